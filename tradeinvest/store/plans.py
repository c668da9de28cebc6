"""Storage for plan versus reality: answers about calendar places, opportunities scored on the
yardstick, and the yardstick's weights. Every change audits.

Country plans typed into the app are an upload like a plans workbook (tradeinvest.loading.plans).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass

import duckdb
import pandas as pd

from tradeinvest import vocab
from tradeinvest.ingest.normalise import is_blank, parse_country
from tradeinvest.store import reference
from tradeinvest.store.db import transaction

QUESTIONS = ("a", "b", "c", "d")
WEIGHT_KEYS = {q: f"yardstick_weight_{q}" for q in QUESTIONS}
DEFAULT_WEIGHTS = {"a": 40.0, "b": 20.0, "c": 20.0, "d": 20.0}


# --- calendar places ------------------------------------------------------------------------

def place_answers(con: duckdb.DuckDBPyConnection) -> dict[str, str]:
    """place_key -> ISO2 the coordinator gave for places the import could not resolve."""
    return dict(con.execute("SELECT place_key, iso2 FROM place_countries").fetchall())


def record_place_country(con: duckdb.DuckDBPyConnection, key: str, shown: str, iso2: str,
                         user: str, now: dt.datetime) -> None:
    """Store the country (ISO2) of a place (`key`: places.place_key, `shown`: as the
    coordinator reads it), audited. The answer holds for every calendar item with the same
    place, in every year, from now on."""
    with transaction(con) as cur:
        cur.execute("INSERT OR REPLACE INTO place_countries VALUES (?, ?, ?, ?, ?)",
                    [key, shown, iso2, user, now])
        reference.audit(cur, user, "calendar", f"land van '{shown}' = {iso2}", now)


# --- the yardstick --------------------------------------------------------------------------

def yardstick_weights(con: duckdb.DuckDBPyConnection) -> dict[str, float]:
    """The weights of questions A-D from the settings table (defaults 40/20/20/20)."""
    stored = reference.settings(con)
    return {q: float(stored.get(key, DEFAULT_WEIGHTS[q])) for q, key in WEIGHT_KEYS.items()}


def check_weights(weights: Mapping[str, float]) -> list[str]:
    problems = [f"gewicht {q.upper()} moet 0 of meer zijn" for q in QUESTIONS
                if float(weights[q]) < 0]
    if sum(float(weights[q]) for q in QUESTIONS) <= 0:
        problems.append("de gewichten samen moeten meer dan 0 zijn")
    return problems


def set_yardstick_weights(con: duckdb.DuckDBPyConnection, weights: Mapping[str, float],
                          user: str) -> list[str]:
    """Store new weights (audited); return problems instead (then nothing changes)."""
    problems = check_weights(weights)
    if problems:
        return problems
    with transaction(con) as cur:
        for q in QUESTIONS:
            cur.execute("INSERT OR REPLACE INTO settings VALUES (?, ?, "
                        "coalesce((SELECT note FROM settings WHERE key = ?), ?))",
                        [WEIGHT_KEYS[q], float(weights[q]), WEIGHT_KEYS[q],
                         f"Meetlat: gewicht {q.upper()}"])
        reference.audit(cur, user, "settings", "meetlat gewichten " + ", ".join(
            f"{q.upper()}={float(weights[q]):g}" for q in QUESTIONS))
    return []


@dataclass(frozen=True)
class Opportunity:
    """A chance scored on the four questions of plan 3.5 (each 1-5), with its decision."""

    received: dt.date
    title: str
    opportunity_kind: str
    score_a: int
    score_b: int
    score_c: int
    score_d: int
    pillar: str | None = None
    country: str | None = None
    sector: str | None = None
    decision: str = "open"
    reason: str | None = None
    mission_reference: str | None = None
    bidbook_reference: str | None = None
    company: str | None = None


def _blank_to_none(value: object) -> str | None:
    return None if is_blank(value) or value is pd.NA else str(value).strip()


def _opportunity_problems(o: Opportunity) -> list[str]:
    problems = []
    if not (o.title or "").strip():
        problems.append("geef de kans een naam")
    for q in QUESTIONS:
        value = getattr(o, f"score_{q}")
        if not isinstance(value, int) or isinstance(value, bool) or not 1 <= value <= 5:
            problems.append(f"score {q.upper()} moet een geheel getal van 1 tot en met 5 zijn")
    if o.opportunity_kind not in {t.code for t in vocab.OPPORTUNITY_KINDS}:
        problems.append(f"onbekende soort kans '{o.opportunity_kind}'")
    if o.decision not in {t.code for t in vocab.DECISIONS}:
        problems.append("besluit moet oppakken, afwijzen of nog open zijn")
    return problems


def add_opportunity(con: duckdb.DuckDBPyConnection, opportunity: Opportunity, user: str, *,
                    now: dt.datetime | None = None) -> int:
    """Store a scored opportunity with the weights in force now; return its id.

    Raises ValueError (Dutch, all problems joined) for scores outside 1-5 and the like.
    """
    o = opportunity
    problems = _opportunity_problems(o)
    country = _blank_to_none(o.country)
    if country is not None:
        try:
            country = parse_country(country)
        except ValueError:
            problems.append(f"onbekend land '{o.country}'")
    if problems:
        raise ValueError("; ".join(problems))
    now = now or dt.datetime.now()
    w = yardstick_weights(con)
    with transaction(con) as cur:
        new_id = cur.execute(
            """INSERT INTO opportunities (received, title, opportunity_kind, pillar, country,
                   sector, score_a, score_b, score_c, score_d, weight_a, weight_b, weight_c,
                   weight_d, decision, reason, mission_reference, bidbook_reference, company,
                   created_by, created_at)
               VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
               RETURNING opportunity_id""",
            [o.received, o.title.strip(), o.opportunity_kind, _blank_to_none(o.pillar), country,
             _blank_to_none(o.sector), o.score_a, o.score_b, o.score_c, o.score_d, w["a"],
             w["b"], w["c"], w["d"], o.decision, _blank_to_none(o.reason),
             _blank_to_none(o.mission_reference), _blank_to_none(o.bidbook_reference),
             _blank_to_none(o.company), user, now]).fetchall()[0][0]
        reference.audit(cur, user, "yardstick", f"kans {new_id} '{o.title.strip()}' gescoord "
                        f"({o.score_a}/{o.score_b}/{o.score_c}/{o.score_d}), {o.decision}", now)
    return int(new_id)


EDITABLE_OPPORTUNITY = ("decision", "reason", "mission_reference", "bidbook_reference",
                        "company")


def update_opportunities(con: duckdb.DuckDBPyConnection, frame: pd.DataFrame, user: str, *,
                         now: dt.datetime | None = None) -> list[str]:
    """Record decisions, reasons and links (mission / bidbook reference, company) later on.

    `frame` has opportunity_id and the EDITABLE_OPPORTUNITY columns; only changed rows are
    written (and audited). Scores are not edited: a new assessment is a new opportunity.
    Returns problems (then nothing is written).
    """
    decisions = {t.code for t in vocab.DECISIONS}
    problems = [f"kans {int(r.opportunity_id)}: besluit moet take, decline of open zijn"
                for r in frame.itertuples() if r.decision not in decisions]
    if problems:
        return problems
    now = now or dt.datetime.now()
    cols = ", ".join(EDITABLE_OPPORTUNITY)
    current = {int(r[0]): tuple(r[1:]) for r in con.execute(
        f"SELECT opportunity_id, {cols} FROM opportunities").fetchall()}
    with transaction(con) as cur:
        for r in frame.itertuples():
            new = tuple(r.decision if c == "decision" else _blank_to_none(getattr(r, c))
                        for c in EDITABLE_OPPORTUNITY)
            oid = int(r.opportunity_id)
            if oid not in current or current[oid] == new:
                continue
            sets = ", ".join(f"{c} = ?" for c in EDITABLE_OPPORTUNITY)
            cur.execute(f"UPDATE opportunities SET {sets}, updated_by = ?, updated_at = ? "
                        "WHERE opportunity_id = ?", [*new, user, now, oid])
            reference.audit(cur, user, "yardstick", f"kans {oid}: besluit {new[0]}, "
                            f"koppeling {new[2] or new[3] or new[4] or '-'}", now)
    return []


def opportunities(con: duckdb.DuckDBPyConnection) -> pd.DataFrame:
    """Every scored opportunity, newest first, as stored."""
    return con.execute("SELECT * FROM opportunities ORDER BY received DESC, opportunity_id DESC"
                       ).df()
