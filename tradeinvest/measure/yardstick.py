"""The Utrecht Region yardstick (plan 3.5): score an opportunity, and learn from what followed.

Four questions, each scored 1 (not at all) to 5 (fully): A contribution to the goals (jobs
first; past results of similar activities; speed), B fit with the strategy (Invest/Trade,
Groen/Gezond/Slim), C effectiveness (support, network, demand from companies), D efficiency
and continuity (cost against expected yield, no one-shots). Total = the weighted average
sum(w * s) / sum(w), so it stays on the 1-5 scale whatever the weights; the weights are
settings (default A 40, B 20, C 20, D 20).

What followed, per opportunity, from ONE link, the most specific one given: a mission
reference (that mission's leads, won leads, projects and new jobs under `mission_yield`'s
crediting), else a bidbook reference (projects whose source reference is the bidbook, or the
project the bidbook names), else a company name (that company's leads and projects from the
day the opportunity came in, matched with `company_key`). Two opportunities linked to the same
mission both show its results: each is its own case to learn from.
"""

from __future__ import annotations

from collections.abc import Mapping

import duckdb
import pandas as pd

from tradeinvest.measure import facts
from tradeinvest.measure.calendar import keep_rows, none_for_missing
from tradeinvest.measure.funnel import mission_yield
from tradeinvest.store.plans import QUESTIONS, yardstick_weights

BANDS = ("1–2", "2–3", "3–4", "4–5")


def score(scores: Mapping[str, float], weights: Mapping[str, float]) -> float:
    """The weighted average of the four scores (1-5). Raises ValueError for a score outside
    1-5 or weights that are negative or add up to nothing."""
    for q in QUESTIONS:
        if not 1 <= float(scores[q]) <= 5:
            raise ValueError(f"score {q.upper()} moet tussen 1 en 5 liggen")
        if float(weights[q]) < 0:
            raise ValueError(f"gewicht {q.upper()} moet 0 of meer zijn")
    total_weight = sum(float(weights[q]) for q in QUESTIONS)
    if total_weight <= 0:
        raise ValueError("de gewichten samen moeten meer dan 0 zijn")
    return sum(float(weights[q]) * float(scores[q]) for q in QUESTIONS) / total_weight


def band_of(total: float) -> str:
    """Score band: 1–2, 2–3, 3–4 (lower bound included) and 4–5 (5 included)."""
    return BANDS[min(int(total) - 1, 3)] if total >= 1 else BANDS[0]


def _bidbook_outcomes(con: duckdb.DuckDBPyConnection) -> pd.DataFrame:
    return con.execute(f"""
        WITH b AS (SELECT lower(reference) AS bkey, lower(project_reference) AS pkey
                   FROM {facts.bidbooks(con)}),
             o AS (SELECT opportunity_id, lower(bidbook_reference) AS bkey FROM opportunities
                   WHERE bidbook_reference IS NOT NULL)
        SELECT o.opportunity_id, bool_or(b.bkey IS NOT NULL) AS link_found,
               count(DISTINCT p.reference) AS projects,
               CAST(coalesce(sum(p.new_jobs), 0) AS DOUBLE) AS new_jobs
        FROM o LEFT JOIN b USING (bkey)
        LEFT JOIN {facts.projects(con)} p
               ON lower(p.lead_reference) = o.bkey OR lower(p.reference) = b.pkey
        GROUP BY 1""").df()


def _company_outcomes(con: duckdb.DuckDBPyConnection) -> pd.DataFrame:
    facts.ensure_company_key(con)
    return con.execute(f"""
        WITH o AS (SELECT opportunity_id, received, company_key(company) AS ckey
                   FROM opportunities WHERE company IS NOT NULL),
             p AS (SELECT *, company_key(company) AS ckey FROM {facts.projects(con)}),
             l AS (SELECT *, company_key(company) AS ckey FROM {facts.leads(con)})
        SELECT o.opportunity_id,
               (SELECT count(*) FROM l WHERE l.ckey = o.ckey AND l.d >= o.received) AS leads,
               (SELECT count(*) FROM l WHERE l.ckey = o.ckey AND l.d >= o.received
                                         AND l.status = 'won') AS won_leads,
               (SELECT count(*) FROM p WHERE p.ckey = o.ckey AND p.d >= o.received)
                   AS projects,
               (SELECT CAST(coalesce(sum(new_jobs), 0) AS DOUBLE) FROM p
                WHERE p.ckey = o.ckey AND p.d >= o.received) AS new_jobs
        FROM o""").df()


def opportunity_outcomes(con: duckdb.DuckDBPyConnection,
                         weights: Mapping[str, float] | None = None) -> pd.DataFrame:
    """Every scored opportunity with its score and what followed.

    Columns: the opportunities table's own columns, total_at_decision (with the weights
    stored when scored), total (with `weights`, default the current settings), band, link
    (mission | bidbook | company | None), link_found (the reference exists in the data),
    leads, won_leads, projects, new_jobs.
    """
    weights = dict(weights) if weights is not None else yardstick_weights(con)
    opps = con.execute("SELECT * FROM opportunities ORDER BY received, opportunity_id").df()
    opps = opps.astype(object).where(opps.notna(), None)
    missions = mission_yield(con).assign(key=lambda f: f["reference"].str.lower())
    by_mission = missions.set_index("key")
    by_bidbook = _bidbook_outcomes(con).set_index("opportunity_id")
    by_company = _company_outcomes(con).set_index("opportunity_id")
    rows = []
    for o in opps.itertuples(index=False):
        row = o._asdict()
        scores = {q: row[f"score_{q}"] for q in QUESTIONS}
        row["total_at_decision"] = score(scores, {q: row[f"weight_{q}"] for q in QUESTIONS})
        row["total"] = score(scores, weights)
        row["band"] = band_of(row["total"])
        result = {"link": None, "link_found": False, "leads": 0, "won_leads": 0,
                  "projects": 0, "new_jobs": 0.0}
        if o.mission_reference:
            key = str(o.mission_reference).lower()
            result["link"] = "mission"
            if key in by_mission.index:
                m = by_mission.loc[key]
                result.update(link_found=True, leads=int(m.leads), won_leads=int(m.won_leads),
                              projects=int(m.projects), new_jobs=float(m.new_jobs))
        elif o.bidbook_reference:
            b = by_bidbook.loc[o.opportunity_id]
            result.update(link="bidbook", link_found=bool(b.link_found),
                          projects=int(b.projects), new_jobs=float(b.new_jobs))
        elif o.company:
            c = by_company.loc[o.opportunity_id]
            result.update(link="company", link_found=bool(c.leads or c.projects),
                          leads=int(c.leads), won_leads=int(c.won_leads),
                          projects=int(c.projects), new_jobs=float(c.new_jobs))
        rows.append({**row, **result})
    columns = [*opps.columns, "total_at_decision", "total", "band", "link", "link_found",
               "leads", "won_leads", "projects", "new_jobs"]
    return none_for_missing(pd.DataFrame(rows, columns=columns))


def narrow(outcomes: pd.DataFrame, year: int | None = None, country: str | None = None,
           pillar: str | None = None) -> pd.DataFrame:
    """`opportunity_outcomes` rows received in `year`, for `country` (a group such as CN
    includes its members) and `pillar`; None keeps all. Opportunities have no sector or
    partner, so those filters do not apply to them."""
    keep = keep_rows(outcomes, "country", country) & keep_rows(outcomes, "pillar", pillar)
    if year is not None:
        keep &= pd.Series([pd.Timestamp(d).year == int(year) for d in outcomes["received"]],
                          index=outcomes.index, dtype=bool)
    return outcomes[keep].reset_index(drop=True)


def yardstick_bands(con: duckdb.DuckDBPyConnection,
                    weights: Mapping[str, float] | None = None, year: int | None = None,
                    country: str | None = None, pillar: str | None = None) -> pd.DataFrame:
    """Does the score predict results? Opportunities per score band and what followed, over
    the opportunities `narrow` keeps.

    Columns: band, opportunities, taken, declined, open, taken_with_result (taken and at least
    one project), hit_rate (taken_with_result / taken), leads, projects, new_jobs (of the
    taken ones), jobs_per_taken, declined_with_result (declined, yet a project followed).
    """
    o = narrow(opportunity_outcomes(con, weights), year, country, pillar)
    rows = []
    for band in BANDS:
        part = o[o["band"] == band] if not o.empty else o
        taken = part[part["decision"] == "take"]
        declined = part[part["decision"] == "decline"]
        hits = int((taken["projects"] > 0).sum())
        rows.append({
            "band": band, "opportunities": len(part), "taken": len(taken),
            "declined": len(declined), "open": int((part["decision"] == "open").sum()),
            "taken_with_result": hits, "hit_rate": hits / len(taken) if len(taken) else None,
            "leads": int(taken["leads"].sum()), "projects": int(taken["projects"].sum()),
            "new_jobs": float(taken["new_jobs"].sum()),
            "jobs_per_taken": float(taken["new_jobs"].sum()) / len(taken) if len(taken)
            else None,
            "declined_with_result": int((declined["projects"] > 0).sum())})
    return pd.DataFrame(rows)
