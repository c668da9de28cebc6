"""One follow-up typed in by the coordinator (a project's actual jobs at 12, 24 or 36 months):
saved as a new version of the year's follow-up upload (the year the figure was established),
so it is checked by the same validator as an uploaded Nazorg file, kept in the upload history
and taken out again by undo. The entry replaces a figure for the same project and moment in
that year's upload; the audit log names project, moment and jobs (never a person)."""

from __future__ import annotations

import datetime as dt
import hashlib

import duckdb
import pandas as pd

from tradeinvest.ingest import schema
from tradeinvest.loading.check import check_read
from tradeinvest.loading.plans import typed_in
from tradeinvest.loading.uploads import LoadResult, load_checked
from tradeinvest.periods import Period
from tradeinvest.store import reference, uploads

KIND = "follow_up"
SPEC = schema.KINDS[KIND][0]
COLUMNS = [c.name for c in SPEC.columns]


def year_rows(con: duckdb.DuckDBPyConnection, year: int) -> pd.DataFrame:
    """The follow-ups of the year's counting upload, in file order (the columns of the sheet)."""
    return con.execute(
        f"""SELECT {', '.join(COLUMNS)} FROM follow_ups_current f
            JOIN uploads u USING (upload_id)
            WHERE u.kind = ? AND u.quarter = ? ORDER BY source_row""",
        [KIND, str(year)]).df()


def add_follow_up(con: duckdb.DuckDBPyConnection, reference_: str, months: int,
                  actual_jobs: float, figure_date: dt.date, source: str, user: str, *,
                  note: str | None = None, now: dt.datetime | None = None) -> LoadResult:
    """Save one follow-up as a new version of the follow-up upload of `figure_date`'s year.

    Raises UploadRejected with the problems (unknown project, months not 12/24/36, negative
    jobs, an unknown source): then nothing changes."""
    period = Period(figure_date.year)
    earlier = year_rows(con, figure_date.year)
    same = ((earlier["project_reference"].str.casefold() == reference_.strip().casefold())
            & (earlier["months"] == months))
    entry = pd.DataFrame([{"project_reference": reference_.strip(), "months": months,
                           "actual_jobs": actual_jobs, "figure_date": figure_date,
                           "source": source, "note": note}])
    frame = pd.concat([earlier[~same].astype(object), entry.astype(object)], ignore_index=True)
    read = typed_in(frame, SPEC)
    content = repr(sorted(read.sheets[SPEC.name].columns.items())).encode()
    checked = check_read(con, read, f"nazorg_{period}_app", KIND, period,
                         hashlib.sha256(content).hexdigest())

    def audit(cur: duckdb.DuckDBPyConnection) -> None:
        reference.audit(cur, user, "follow_up", f"{reference_.strip()} +{months}m: {actual_jobs:g} "
                        f"({figure_date:%d-%m-%Y}, {source})", now)

    return load_checked(con, checked, user, now=now, before_commit=audit,
                        seen_upload=uploads.newest_upload_id(con, KIND, period))
