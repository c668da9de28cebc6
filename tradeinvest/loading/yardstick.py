"""What is typed in on the yardstick page: a scored opportunity, the decisions and links
recorded later, and the weights of the four questions. Checked here the way uploads are read
(a country as a Dutch or English name or ISO code, a blank cell as nothing), recorded by the
store; a refusal says every problem (catalogue phrases, shown in the page's language) and
changes nothing.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass

import duckdb
import pandas as pd

from tradeinvest import vocab
from tradeinvest.countries import parse_country
from tradeinvest.store import plans
from tradeinvest.store.plans import EDITABLE_OPPORTUNITY, QUESTIONS
from tradeinvest.text_keys import is_blank
from tradeinvest.texts.phrases import Phrase, Refusal, Several


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


def _opportunity_problems(o: Opportunity) -> list[Phrase]:
    problems = []
    if not (o.title or "").strip():
        problems.append(Phrase("refusal_opportunity_title"))
    for q in QUESTIONS:
        value = getattr(o, f"score_{q}")
        if not isinstance(value, int) or isinstance(value, bool) or not 1 <= value <= 5:
            problems.append(Phrase("refusal_score_range", {"q": q.upper()}))
    if o.opportunity_kind not in {t.code for t in vocab.OPPORTUNITY_KINDS}:
        problems.append(Phrase("refusal_opportunity_kind", {"kind": o.opportunity_kind}))
    if o.decision not in {t.code for t in vocab.DECISIONS}:
        problems.append(Phrase("refusal_decision"))
    return problems


def add_opportunity(con: duckdb.DuckDBPyConnection, opportunity: Opportunity, user: str, *,
                    now: dt.datetime | None = None) -> int:
    """Store a scored opportunity with the weights in force now; return its id.

    Raises Refusal (all problems joined) for scores outside 1-5 and the like.
    """
    o = opportunity
    problems = _opportunity_problems(o)
    country = _blank_to_none(o.country)
    if country is not None:
        try:
            country = parse_country(country)
        except ValueError:
            problems.append(Phrase("refusal_country", {"country": o.country}))
    if problems:
        raise Refusal("refusal_list", problems=Several(tuple(problems)))
    row = {f.name: getattr(o, f.name) for f in dataclasses.fields(o)}
    row.update({name: _blank_to_none(row[name]) for name in (
        "pillar", "sector", "reason", "mission_reference", "bidbook_reference", "company")})
    row.update(title=o.title.strip(), country=country)
    return plans.insert_opportunity(con, row, user, now or dt.datetime.now())


def update_opportunities(con: duckdb.DuckDBPyConnection, frame: pd.DataFrame, user: str, *,
                         now: dt.datetime | None = None) -> list[Phrase]:
    """Record decisions, reasons and links (mission / bidbook reference, company) later on.

    `frame` has opportunity_id and the EDITABLE_OPPORTUNITY columns; only changed rows are
    written (and audited). Scores are not edited: a new assessment is a new opportunity.
    Returns problems (then nothing is written).
    """
    decisions = {t.code for t in vocab.DECISIONS}
    problems = [Phrase("refusal_decision_of", {"id": int(r.opportunity_id)})
                for r in frame.itertuples() if r.decision not in decisions]
    if problems:
        return problems
    rows = [(int(r.opportunity_id),
             tuple(r.decision if c == "decision" else _blank_to_none(getattr(r, c))
                   for c in EDITABLE_OPPORTUNITY)) for r in frame.itertuples()]
    plans.record_opportunity_changes(con, rows, user, now or dt.datetime.now())
    return []


def check_weights(weights: Mapping[str, float]) -> list[Phrase]:
    """What is wrong with new weights of questions A-D (none negative, together above 0)."""
    problems = [Phrase("refusal_weight_negative", {"q": q.upper()}) for q in QUESTIONS
                if float(weights[q]) < 0]
    if sum(float(weights[q]) for q in QUESTIONS) <= 0:
        problems.append(Phrase("refusal_weights_sum"))
    return problems


def set_yardstick_weights(con: duckdb.DuckDBPyConnection, weights: Mapping[str, float],
                          user: str) -> list[Phrase]:
    """Store new weights (audited); return problems instead (then nothing changes)."""
    problems = check_weights(weights)
    if not problems:
        plans.record_weights(con, weights, user)
    return problems
