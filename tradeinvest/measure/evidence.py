"""Evidence behind each count: which of a year's projects rest on complete evidence.

Grain: one row per project that landed in the year (`facts.projects`: the latest version of
each reference, dated by date_realised), with the usual Filters (period replaced by the whole
landing year). A project's items are read from its Bewijs/Evidence text as stored
(`ingest.evidence.read_evidence` against the checklist in evidence_items). A project is
*evidence-complete* when every checklist item that counts is among them (with no item
counting, every project is). Evidence-complete jobs = the new direct jobs of the complete
projects; their share = those jobs / all new direct jobs of the year (the headline's new jobs
for that year and filters; None when there are none). Nothing here changes the headline.
"""

from __future__ import annotations

import duckdb
import pandas as pd

from tradeinvest.ingest.evidence import EvidenceItem, read_evidence
from tradeinvest.measure import facts
from tradeinvest.measure.filters import Filters, where


def checklist(con: duckdb.DuckDBPyConnection) -> list[EvidenceItem]:
    """The checklist items (evidence_items, migration 013) in their order."""
    rows = con.execute("SELECT code, label_nl, label_en, synonyms, counts FROM evidence_items "
                       "ORDER BY position, code").fetchall()
    return [EvidenceItem(code, nl, en, split_synonyms(syn), bool(counts))
            for code, nl, en, syn, counts in rows]


def split_synonyms(text: str | None) -> tuple[str, ...]:
    """The synonyms as stored ("kvk; handelsregister") as a tuple."""
    return tuple(s.strip() for s in (text or "").split(";") if s.strip())


GAP_COLUMNS = ["reference", "company", "country", "partner", "d", "new_jobs", "evidence",
               "missing"]


def project_evidence(con: duckdb.DuckDBPyConnection, year: int,
                     filters: Filters | None = None) -> pd.DataFrame:
    """The year's projects with their new jobs, evidence text as typed, the items found
    (`present`, codes) and the counting items they lack (`missing`, codes in checklist order)."""
    f = (filters or Filters()).period(int(year))
    frame = con.execute(
        f"""SELECT p.reference, p.company, p.country, p.partner, p.d, p.new_jobs, x.evidence
            FROM (SELECT * FROM {facts.projects(con)} WHERE {where(f)}) p
            JOIN (SELECT upload_id, source_row, evidence FROM projects) x
              ON x.upload_id = p.upload_id AND x.source_row = p.source_row
            ORDER BY p.d, p.reference""").df()
    items = checklist(con)
    counting = [i.code for i in items if i.counts]
    present = [read_evidence(text, items)[0] for text in frame["evidence"]]
    frame["present"] = [sorted(p) for p in present]
    frame["missing"] = [[c for c in counting if c not in p] for p in present]
    return frame


def evidence_summary(con: duckdb.DuckDBPyConnection, year: int,
                     filters: Filters | None = None) -> dict[str, float | None]:
    """evidence_complete_jobs, evidence_complete_share (of the year's new jobs; None when
    there are none), projects_missing (projects lacking a counting item) and projects."""
    frame = project_evidence(con, year, filters)
    complete = frame["missing"].map(len) == 0
    jobs = float(frame["new_jobs"].sum())
    complete_jobs = float(frame.loc[complete, "new_jobs"].sum())
    return {"evidence_complete_jobs": complete_jobs,
            "evidence_complete_share": complete_jobs / jobs if jobs else None,
            "projects_missing": float((~complete).sum()),
            "projects": float(len(frame))}


def evidence_gaps(con: duckdb.DuckDBPyConnection, year: int,
                  filters: Filters | None = None) -> pd.DataFrame:
    """Per project lacking a counting item: reference, company, country, partner, landing
    date `d`, new_jobs, the evidence as typed and `missing` (item codes); most jobs first."""
    frame = project_evidence(con, year, filters)
    gaps = frame[frame["missing"].map(len) > 0]
    return gaps.sort_values(["new_jobs", "reference"], ascending=[False, True])[
        GAP_COLUMNS].reset_index(drop=True)
