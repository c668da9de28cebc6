"""How solid is the count: the headline's expected jobs beside what follow-up, the investors'
confirmations and the evidence say about them (issue 17). For governors; never a new headline.

Grain: the landing year (projects dated by date_realised), whole years, the usual Filters
otherwise. Per year: new_jobs (the headline's expected new direct jobs of the year's projects),
follow-up (`outcomes.follow_up_summary`), confirmation (`confirmations.confirmation_summary`)
and evidence (`evidence.evidence_summary`), each defined in its own module and in
docs/indicators.md ("Verified outcomes"). Every figure here reads the same stored projects as
the headline and writes nothing, so the headline cannot change by it.
"""

from __future__ import annotations

import duckdb
import pandas as pd

from tradeinvest.measure import facts
from tradeinvest.measure.breakdowns import totals
from tradeinvest.measure.confirmations import confirmation_summary
from tradeinvest.measure.evidence import evidence_summary
from tradeinvest.measure.filters import Filters, where
from tradeinvest.measure.outcomes import follow_up_summary

# The keys `progress --json` gains, in this order.
PROGRESS_KEYS = ("realised_jobs", "realisation_rate", "net_jobs", "confirmed_jobs",
                 "confirmed_share", "contribution_weighted_jobs", "evidence_complete_jobs",
                 "evidence_complete_share")
YEAR_COLUMNS = ["year", "new_jobs", "projects_landed", "projects_followed",
                "expected_jobs_followed", "realised_jobs", "realisation_rate", "jobs_lost",
                "net_jobs", "confirmed_jobs", "confirmed_share", "contribution_weighted_jobs",
                "evidence_complete_jobs", "evidence_complete_share", "projects_missing"]


def solid_figures(con: duckdb.DuckDBPyConnection, year: int,
                  filters: Filters | None = None) -> dict[str, float | None]:
    """Every figure of the section for one landing year, by the names of YEAR_COLUMNS."""
    f = (filters or Filters()).period(int(year))
    new_jobs = float(totals(con, f)["new_jobs"] or 0)
    found: dict[str, float | None] = {"year": float(year), "new_jobs": new_jobs}
    for part in (follow_up_summary(con, year, filters), confirmation_summary(con, year, filters),
                 evidence_summary(con, year, filters)):
        found.update({k: v for k, v in part.items() if k in YEAR_COLUMNS and k not in found})
    return {k: found.get(k) for k in YEAR_COLUMNS}


def progress_keys(con: duckdb.DuckDBPyConnection, year: int,
                  filters: Filters | None = None) -> dict[str, float | None]:
    """The PROGRESS_KEYS for `year` (the whole landing year), for `progress --json`."""
    figures = solid_figures(con, year, filters)
    return {k: figures[k] for k in PROGRESS_KEYS}


def landing_years(con: duckdb.DuckDBPyConnection, filters: Filters | None = None,
                  last_year: int | None = None) -> list[int]:
    """The years with a landed project (up to `last_year`), oldest first."""
    rows = con.execute(f"SELECT DISTINCT year(d) FROM {facts.projects(con)} "
                       f"WHERE {where(filters, period=False)} ORDER BY 1").fetchall()
    return [int(r[0]) for r in rows if last_year is None or r[0] <= last_year]


def solid_by_year(con: duckdb.DuckDBPyConnection, filters: Filters | None = None,
                  last_year: int | None = None) -> pd.DataFrame:
    """One row per landing year (YEAR_COLUMNS), oldest first."""
    rows = [solid_figures(con, y, filters) for y in landing_years(con, filters, last_year)]
    frame = pd.DataFrame(rows, columns=YEAR_COLUMNS)
    frame["year"] = frame["year"].astype(int)
    return frame
