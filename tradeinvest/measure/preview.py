"""What a load or an undo changes in the headline figures, per quarter: before it happens (to
decide) and after (to see it happened).

Before: the change is replayed on a scratch in-memory copy of the uploads and of the kind's
rows that could count (those of the counting uploads and of every version of the same kind and
period), with the store's own write (`uploads.record_load`, `uploads.record_undo`), and the
figures are counted there, before and after, by the same measure code as every page. So the
preview follows the counting rules (latest upload wins per reference, a record that moves to
another quarter) without repeating them, and the real database is only read.
After: the same figures as at just before the upload against now (`as_of`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

import duckdb
import pandas as pd

from tradeinvest.ingest import schema
from tradeinvest.measure.breakdowns import impact_by, output_by
from tradeinvest.measure.changes import FIGURES
from tradeinvest.measure.facts import first_row
from tradeinvest.store import db, uploads
from tradeinvest.store.db import transaction


@dataclass(frozen=True)
class Change:
    """One headline figure (a `changes.FIGURES` key) of one quarter that moves."""

    quarter: str
    figure: str
    before: float
    after: float

    @property
    def delta(self) -> float:
        return self.after - self.before


def _figures(con: duckdb.DuckDBPyConnection, as_of: dt.datetime | None = None
             ) -> pd.DataFrame:
    """The FIGURES per quarter ("2026Q1"), all quarters, no filter."""
    both = pd.concat([output_by(con, "quarter", as_of=as_of).set_index("quarter"),
                      impact_by(con, "quarter", as_of=as_of).set_index("quarter")], axis=1)
    return both.reindex(columns=list(FIGURES)).astype(float).fillna(0.0)


def _changes(before: pd.DataFrame, after: pd.DataFrame) -> list[Change]:
    """Every figure of every quarter whose value differs, quarters in order."""
    quarters = sorted(set(before.index) | set(after.index))
    old = before.reindex(quarters).fillna(0.0)
    new = after.reindex(quarters).fillna(0.0)
    return [Change(str(q), f, float(old.at[q, f]), float(new.at[q, f]))
            for q in quarters for f in FIGURES
            if round(float(new.at[q, f]) - float(old.at[q, f]), 6) != 0]


def _kind_tables(kind: str) -> list[str]:
    return list(dict.fromkeys(spec.table or spec.name for spec in schema.KINDS[kind]))


@contextmanager
def _scratch(con: duckdb.DuckDBPyConnection, kind: str, period: str
             ) -> Iterator[duckdb.DuckDBPyConnection]:
    """An in-memory database with the real uploads and the rows of `kind` that count now or
    belong to any version of `kind` + `period` (the ones a load or undo there can bring in)."""
    with duckdb.connect(":memory:") as scratch:
        db.migrate(scratch)
        with scratch.cursor() as work:  # migrate leaves a result open on the connection
            _copy(con, work, kind, period)
            yield work


def _copy(con: duckdb.DuckDBPyConnection, work: duckdb.DuckDBPyConnection, kind: str,
          period: str) -> None:
    ids = ("SELECT upload_id FROM active_uploads UNION SELECT upload_id FROM uploads "
           "WHERE kind = ? AND quarter = ?")
    copies = {"uploads": ("SELECT * FROM uploads", []),
              "upload_spans": ("SELECT * FROM upload_spans", [])}
    for table in _kind_tables(kind):
        copies[table] = (f"SELECT * FROM {table} WHERE upload_id IN ({ids})", [kind, period])
    for table, (sql, params) in copies.items():
        work.register("copied_rows", con.sql(sql, params=params).to_arrow_table())
        work.execute(f"INSERT INTO {table} BY NAME SELECT * FROM copied_rows")
        work.unregister("copied_rows")
    # The next upload_id must follow the copied ones, as in the real database.
    work.execute("SELECT nextval('upload_id_seq') FROM range((SELECT coalesce(max(upload_id), "
                 "0) FROM uploads))").fetchall()


def _replayed_moment(scratch: duckdb.DuckDBPyConnection) -> dt.datetime:
    """A moment after everything recorded: the replayed change must come last."""
    latest = first_row(scratch, "SELECT max(active_from) FROM upload_spans")
    return max(dt.datetime.now(), ((latest and latest[0]) or dt.datetime.min)
               + dt.timedelta(seconds=1))


def load_changes(con: duckdb.DuckDBPyConnection, upload: uploads.Upload) -> list[Change]:
    """What loading `upload` (a checked file, as the store takes it) would change."""
    if upload.kind in schema.YEARLY_KINDS:
        return []  # calendar and country plans carry no headline figures
    with _scratch(con, upload.kind, str(upload.period)) as scratch:
        before = _figures(scratch)
        uploads.record_load(scratch, upload, "preview", _replayed_moment(scratch))
        return _changes(before, _figures(scratch))


def undo_changes(con: duckdb.DuckDBPyConnection, upload_id: int) -> list[Change]:
    """What undoing `upload_id` would change (an earlier version it replaced counts again)."""
    row = first_row(con, "SELECT kind, quarter FROM uploads WHERE upload_id = ?", [upload_id])
    if row is None or row[0] in schema.YEARLY_KINDS:
        return []
    with _scratch(con, row[0], row[1]) as scratch:
        before = _figures(scratch)
        with transaction(scratch) as cur:
            uploads.record_undo(cur, upload_id, "preview", _replayed_moment(scratch))
        return _changes(before, _figures(scratch))


def load_effect(con: duckdb.DuckDBPyConnection, upload_id: int) -> list[Change]:
    """What loading `upload_id` changed: figures as at just before it against now."""
    row = first_row(con, "SELECT uploaded_at, kind FROM uploads WHERE upload_id = ?",
                    [upload_id])
    if row is None or row[1] in schema.YEARLY_KINDS:
        return []
    just_before = row[0] - dt.timedelta(microseconds=1)
    return _changes(_figures(con, as_of=just_before), _figures(con))
