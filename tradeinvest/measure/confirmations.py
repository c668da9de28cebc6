"""Verified outcomes: the investor's confirmation and the team's contribution (docs/indicators.md,
"Verified outcomes: confirmation and contribution").

Grain: one counted project (facts.projects: the latest upload wins by reference) that landed in
the year, with the usual Filters; its new jobs are the headline's. Its confirmation is joined
by reference compared without case; a project without one is "not asked".

- confirmed jobs: new jobs of projects the company confirmed; confirmed share = confirmed jobs
  / the year's new jobs. Disputed jobs apart; unconfirmed = not asked or asked, not answered.
- contribution-weighted jobs, a second view beside the headline, never replacing it: new jobs
  × (1 - the midpoint of the band the company would have achieved without help): none 1.0,
  up to 20 % 0.9, 20-40 % 0.7, 40-60 % 0.5, 60-80 % 0.3, more than 80 % 0.1, all of it 0.0.
  A disputed project weighs 0 (the company says the team did not contribute). A project
  without a band (not asked, asked but unanswered, confirmed without answering the question)
  counts at weight 1, as in the headline; the "answered" figures leave it out of their base.
"""

from __future__ import annotations

import duckdb
import pandas as pd

from tradeinvest.measure import facts
from tradeinvest.measure.breakdowns import plain
from tradeinvest.measure.filters import Filters, lit, where

# band -> the midpoint of the share the company would have achieved without help.
BAND_MIDPOINT: dict[str, float] = {"none": 0.0, "up_to_20": 0.1, "40": 0.3, "60": 0.5,
                                   "80": 0.7, "more_than_80": 0.9, "all": 1.0}
UNANSWERED_WEIGHT = 1.0  # no band: counted as in the headline
DISPUTED_WEIGHT = 0.0


def _weight_sql() -> str:
    whens = " ".join(f"WHEN {lit(b)} THEN {1.0 - m!r}" for b, m in BAND_MIDPOINT.items())
    return (f"(CASE WHEN status = 'disputed' THEN {DISPUTED_WEIGHT!r} "
            f"ELSE (CASE band {whens} ELSE {UNANSWERED_WEIGHT!r} END) END)")


def projects(con: duckdb.DuckDBPyConnection, filters: Filters | None = None) -> pd.DataFrame:
    """Per counted project in `filters`: reference, company, d (landed), country, sector,
    project_kind, pillar, new_jobs, investment_eur, status (not_asked when none stored),
    asked_on, band, prerequisite, faster, answered_on, weight (its contribution weight)."""
    return con.execute(f"""
        SELECT p.reference, p.company, p.d, p.country, p.sector, p.project_kind, p.pillar,
               p.new_jobs, p.investment_eur, p.contract_value_eur,
               coalesce(c.status, 'not_asked') AS status, c.asked_on, c.band, c.prerequisite,
               c.faster, c.answered_on
        FROM {facts.projects(con)} p
        LEFT JOIN confirmations c ON lower(c.reference) = lower(p.reference)
        WHERE {where(filters)} ORDER BY p.d, p.company""").df().assign(
        weight=lambda df: df.apply(lambda r: weight(r["status"], r["band"]), axis=1)
        if len(df) else pd.Series(dtype=float))


def weight(status: str, band: str | None) -> float:
    """The contribution weight of one project (the rule in the module's docstring)."""
    if status == "disputed":
        return DISPUTED_WEIGHT
    if isinstance(band, str) and band in BAND_MIDPOINT:
        return 1.0 - BAND_MIDPOINT[band]
    return UNANSWERED_WEIGHT


def confirmation_summary(con: duckdb.DuckDBPyConnection, year: int,
                         filters: Filters | None = None) -> dict[str, float | None]:
    """The year's confirmation figures (keys in the module's docstring and docs), as plain
    numbers; shares None when the year has no new jobs (or no answered ones)."""
    f = (filters or Filters()).period(year)
    row = con.execute(f"""
        SELECT coalesce(sum(new_jobs), 0) AS new_jobs,
               coalesce(sum(new_jobs) FILTER (WHERE status = 'confirmed'), 0),
               coalesce(sum(new_jobs) FILTER (WHERE status = 'disputed'), 0),
               coalesce(sum(new_jobs) FILTER (WHERE status IN ('not_asked', 'asked')), 0),
               coalesce(sum(new_jobs * {_weight_sql()}), 0),
               count(*) FILTER (WHERE status <> 'not_asked'),
               count(*) FILTER (WHERE status = 'confirmed'),
               count(*) FILTER (WHERE status = 'disputed'),
               count(*),
               coalesce(sum(new_jobs) FILTER (WHERE answered), 0),
               coalesce(sum(new_jobs * {_weight_sql()}) FILTER (WHERE answered), 0)
        FROM (SELECT p.new_jobs, coalesce(c.status, 'not_asked') AS status, c.band,
                     (c.status = 'disputed' OR c.band IS NOT NULL) IS TRUE AS answered
              FROM {facts.projects(con)} p
              LEFT JOIN confirmations c ON lower(c.reference) = lower(p.reference)
              WHERE {where(f)})""").fetchall()[0]
    keys = ("new_jobs", "confirmed_jobs", "disputed_jobs", "unconfirmed_jobs",
            "contribution_weighted_jobs", "asked_projects", "confirmed_projects",
            "disputed_projects", "projects_landed", "answered_jobs", "answered_weighted_jobs")
    out: dict[str, float | None] = {k: plain(v) for k, v in zip(keys, row, strict=True)}
    jobs, answered = out["new_jobs"] or 0, out["answered_jobs"] or 0
    out["confirmed_share"] = (out["confirmed_jobs"] or 0) / jobs if jobs else None
    out["answered_contribution_share"] = ((out["answered_weighted_jobs"] or 0) / answered
                                          if answered else None)
    return out


def letter_facts(con: duckdb.DuckDBPyConnection, ref: str) -> dict[str, object] | None:
    """What the confirmation letter of one counted project says (None: no such project):
    reference, company, d (landed), project_kind, pillar, country, new_jobs, investment_eur,
    contract_value_eur, and the team's recorded effort with the company up to the landing
    date: contacts, bidbooks (bidbooks and fact-finding trips), leads (mission leads).
    Effort is matched by company key (measure.funnel's rule), so it is a lower bound."""
    facts.ensure_company_key(con)
    rows = con.execute(f"""
        WITH proj AS (SELECT * FROM {facts.projects(con)} WHERE lower(reference) = lower(?)),
             touch AS (SELECT * FROM {facts.touches(con)}),
             keys AS {facts.company_keys('touch', 'proj')}
        SELECT p.reference, p.company, p.d, p.project_kind, p.pillar, p.country, p.new_jobs,
               p.investment_eur, p.contract_value_eur,
               count(t.stage) FILTER (WHERE t.stage = 1) AS contacts,
               count(t.stage) FILTER (WHERE t.stage = 2) AS bidbooks,
               count(t.stage) FILTER (WHERE t.stage = 3) AS leads
        FROM proj p JOIN keys pk ON pk.company = p.company
        LEFT JOIN (SELECT touch.*, k.ckey FROM touch JOIN keys k USING (company)) t
               ON t.ckey = pk.ckey AND t.d <= p.d
        GROUP BY ALL""", [ref]).df()
    if rows.empty:
        return None
    return {k: plain(v) if k not in ("reference", "company", "d", "project_kind", "pillar",
                                     "country") else v
            for k, v in rows.iloc[0].to_dict().items()}
