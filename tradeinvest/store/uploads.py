"""Uploads as stored: write a checked file as the counting upload of its kind and period,
undo one, and tell which one counts. Persistence only: reading and checking a file is the
loading service's (tradeinvest.loading), which hands the rows down as plain tables.

An upload is one file of one kind for one period (a quarter "2024Q3"; for the yearly kinds,
the activity calendar and the country plans, a year "2018", kept in the quarter column with the
period's first and last day beside it). Recording the same kind and period again replaces the
earlier version, which stays in the history (and in `upload_spans`, so figures "as reported" at
an earlier moment can be rebuilt). Undo takes an upload out; if it had replaced an earlier
version, that version counts again.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

import duckdb
import pyarrow as pa

from tradeinvest.periods import Period
from tradeinvest.store import reference
from tradeinvest.texts.phrases import Refusal


@dataclass(frozen=True)
class Upload:
    """One checked file as it goes into the database: which kind and period it counts for,
    its rows per table (in insert order), each table's columns named as in the database, and
    its traceability: `origins` (sheet, field, header, how: where each field came from) and
    `raw_values` (sheet, source_row, field, raw: the text as typed of a value cleaning changed,
    and kept notes), written with the rows in the same transaction."""

    kind: str
    period: Period
    file_name: str
    sha256: str
    tables: Sequence[tuple[str, pa.Table]]
    rows: int
    warnings: int = 0
    origins: pa.Table | None = None
    raw_values: pa.Table | None = None


def _insert(cur: duckdb.DuckDBPyConnection, table: str, frame: pa.Table,
            upload_id: int) -> None:
    """Insert the Arrow table as it is: DuckDB scans it, no Python object per cell."""
    if frame.num_rows == 0:
        return
    frame = frame.append_column("upload_id", pa.repeat(pa.scalar(upload_id, pa.int64()),
                                                        frame.num_rows))
    cur.register("incoming_rows", frame)
    cur.execute(f"INSERT INTO {table} BY NAME SELECT * FROM incoming_rows")
    cur.unregister("incoming_rows")


def newest_upload_id(con: duckdb.DuckDBPyConnection, kind: str, period: Period) -> int:
    """The newest upload id for a kind and period, undone or not (0 for none)."""
    row = con.execute("SELECT max(upload_id) FROM uploads WHERE kind = ? AND quarter = ?",
                      [kind, str(period)]).fetchone()
    return int(row[0] or 0)


def record_load(cur: duckdb.DuckDBPyConnection, upload: Upload, user: str, now: dt.datetime
                ) -> tuple[int, int | None]:
    """Write `upload` as the counting upload of its kind and period, replacing the active
    one; (upload_id, replaced upload_id). Inside the caller's transaction; also what the
    change preview replays on a scratch copy (measure.preview) and what tests' factories use."""
    period = str(upload.period)
    previous = cur.execute("SELECT upload_id FROM active_uploads WHERE kind = ? AND quarter = ?",
                           [upload.kind, period]).fetchone()
    replaced = previous[0] if previous else None
    upload_id = cur.execute(
        """INSERT INTO uploads (kind, quarter, period_start, period_end, file_name, sha256,
               row_count, warning_count, uploaded_by, uploaded_at, replaces_upload_id)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING upload_id""",
        [upload.kind, period, upload.period.start, upload.period.end, upload.file_name,
         upload.sha256, upload.rows, upload.warnings, user, now, replaced]).fetchone()[0]
    if replaced is not None:
        cur.execute("UPDATE upload_spans SET active_to = ? WHERE upload_id = ? AND "
                    "active_to IS NULL", [now, replaced])
    cur.execute("INSERT INTO upload_spans VALUES (?, ?, NULL)", [upload_id, now])
    for table, frame in upload.tables:
        _insert(cur, table, frame, upload_id)
    for table, frame in (("upload_origins", upload.origins),
                         ("upload_raw_values", upload.raw_values)):
        if frame is not None:
            _insert(cur, table, frame, upload_id)
    return upload_id, replaced


def active_same_file(con: duckdb.DuckDBPyConnection, sha256: str, kind: str, period: Period
                     ) -> int | None:
    """The counting upload of `kind` and `period` if it is this very file (same sha256):
    loading it again would only replace it with an identical copy."""
    rows = con.execute("SELECT upload_id FROM active_uploads WHERE kind = ? AND quarter = ? "
                       "AND sha256 = ?", [kind, str(period), sha256]).fetchall()
    return rows[0][0] if rows else None


def active_upload(con: duckdb.DuckDBPyConnection, kind: str, period: Period
                  ) -> tuple[int, str, int] | None:
    """The counting upload of `kind` and `period` as (upload_id, file name, rows), or None:
    what loading another file for that kind and period would replace."""
    row = con.execute("SELECT upload_id, file_name, row_count FROM active_uploads "
                      "WHERE kind = ? AND quarter = ?", [kind, str(period)]).fetchone()
    return None if row is None else (int(row[0]), str(row[1]), int(row[2]))


def record_undo(cur: duckdb.DuckDBPyConnection, upload_id: int, user: str, now: dt.datetime
                ) -> int | None:
    """Take an upload out of the figures, inside the caller's transaction; return the earlier
    version that counts again, if any. Raises a Refusal for an unknown or
    already undone upload."""
    row = cur.execute("SELECT kind, quarter, undone_at FROM uploads WHERE upload_id = ?",
                      [upload_id]).fetchone()
    if row is None:
        raise Refusal("refusal_upload_unknown", id=upload_id)
    kind, quarter, undone_at = row
    if undone_at is not None:
        raise Refusal("refusal_upload_undone", id=upload_id)
    was_active = cur.execute(
        "SELECT count(*) FROM upload_spans WHERE upload_id = ? AND active_to IS NULL",
        [upload_id]).fetchone()[0] > 0
    cur.execute("UPDATE uploads SET undone_at = ?, undone_by = ? WHERE upload_id = ?",
                [now, user, upload_id])
    restored = None
    if was_active:
        cur.execute("UPDATE upload_spans SET active_to = ? WHERE upload_id = ? AND "
                    "active_to IS NULL", [now, upload_id])
        earlier = cur.execute(
            """SELECT upload_id FROM uploads WHERE kind = ? AND quarter = ?
               AND undone_at IS NULL AND upload_id < ? ORDER BY upload_id DESC LIMIT 1""",
            [kind, quarter, upload_id]).fetchone()
        if earlier:
            restored = earlier[0]
            cur.execute("INSERT INTO upload_spans VALUES (?, ?, NULL)", [restored, now])
    reference.audit(cur, user, "undo", f"upload {upload_id} ({kind} {quarter})"
                    f"{f'; upload {restored} telt weer' if restored else ''}", now)
    return restored
