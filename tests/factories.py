"""Small hand-made uploads straight into the tables, with defaults, so measure tests stay short.

`load(con, "2023Q2", projects=[{"new_jobs": 40}])` inserts an upload of the right kind for that
quarter, opens its span and writes the rows; any column not given takes a default below.
Loading the same kind and quarter again replaces the earlier upload (its span closes), as a
real re-upload does. Upload times come from a fake clock (one hour after the latest upload),
never from the wall clock.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import duckdb

from tradeinvest import vocab
from tradeinvest.periods import Quarter

KIND_OF_TABLE = {"projects": "projects", "missions": "missions", "leads": "missions",
                 "contacts": "contacts", "bidbooks": "bidbooks"}
START = dt.datetime(2024, 1, 1, 9, 0)


def _mid(quarter: Quarter) -> dt.date:
    return quarter.start + dt.timedelta(days=45)


def _defaults(table: str, quarter: Quarter, i: int) -> dict[str, Any]:
    day = _mid(quarter)
    if table == "projects":
        return {"reference": f"P-{quarter}-{i}", "company": f"Company {i}", "pillar": "invest",
                "project_kind": "new", "country": "DE", "sector": "ict", "theme": None,
                "date_realised": day, "date_realised_precision": "day", "new_jobs": 10.0,
                "retained_jobs": 0.0, "nfia_assisted": False, "ema_brexit": False}
    if table == "missions":
        return {"reference": f"M-{quarter}-{i}", "name": f"Missie {i}",
                "mission_kind": "outgoing", "pillar": "both", "country": "CN",
                "start_date": day, "start_date_precision": "day", "companies": 5}
    if table == "leads":
        return {"mission_reference": f"M-{quarter}-1", "company": f"Lead company {i}",
                "country": "CN", "sector": "lsh", "pillar": "invest", "status": "new",
                "ema_brexit": False}
    if table == "contacts":
        return {"contact_date": day, "contact_date_precision": "day",
                "company": f"Contact company {i}", "country": "DE", "sector": "ict",
                "pillar": "invest", "contact_kind": "acquisition", "channel": "fair"}
    if table == "bidbooks":
        return {"reference": f"B-{quarter}-{i}", "issued_date": day,
                "issued_date_precision": "day", "company": f"Bidbook company {i}",
                "country": "DE", "sector": "ict", "bidbook_kind": "bidbook",
                "outcome": "pending", "pillar": "invest"}
    raise ValueError(table)


def next_time(con: duckdb.DuckDBPyConnection) -> dt.datetime:
    latest = con.execute("SELECT max(greatest(uploaded_at, coalesce(undone_at, uploaded_at))) "
                         "FROM uploads").fetchall()[0][0]
    return START if latest is None else latest + dt.timedelta(hours=1)


def load(con: duckdb.DuckDBPyConnection, quarter: str, *, at: dt.datetime | None = None,
         **tables: list[dict[str, Any]]) -> int:
    """One upload for `quarter` holding `tables` (e.g. missions=[...], leads=[...])."""
    kinds = {KIND_OF_TABLE[t] for t in tables}
    assert len(kinds) == 1, f"one kind per upload, got {kinds}"
    kind, q = kinds.pop(), Quarter.parse(quarter)
    at = at or next_time(con)
    rows = sum(len(r) for r in tables.values())
    previous = con.execute("SELECT upload_id FROM active_uploads WHERE kind = ? AND quarter = ?",
                           [kind, str(q)]).fetchall()
    previous = previous[0] if previous else None
    upload_id = con.execute(
        """INSERT INTO uploads (kind, quarter, period_start, period_end, file_name, sha256,
               row_count, uploaded_by, uploaded_at, replaces_upload_id)
           VALUES (?, ?, ?, ?, ?, 'x', ?, 'test', ?, ?) RETURNING upload_id""",
        [kind, str(q), q.start, q.end, f"{kind}-{q}.xlsx", rows, at,
         previous[0] if previous else None]
    ).fetchall()[0][0]
    if previous:
        con.execute("UPDATE upload_spans SET active_to = ? WHERE upload_id = ? "
                    "AND active_to IS NULL", [at, previous[0]])
    con.execute("INSERT INTO upload_spans VALUES (?, ?, NULL)", [upload_id, at])
    for table, given in tables.items():
        for i, values in enumerate(given, start=1):
            row = {**_defaults(table, q, i), **values, "upload_id": upload_id,
                   "source_row": i + 1}
            if table == "projects" and row["theme"] is None:
                row["theme"] = vocab.SECTOR_THEME[row["sector"]]
            cols = ", ".join(row)
            marks = ", ".join("?" for _ in row)
            con.execute(f"INSERT INTO {table} ({cols}) VALUES ({marks})", list(row.values()))
    return upload_id


def undo(con: duckdb.DuckDBPyConnection, upload_id: int, *, at: dt.datetime | None = None
         ) -> None:
    """Take an upload out of the figures from `at` on (its earlier version does not return)."""
    at = at or next_time(con)
    con.execute("UPDATE uploads SET undone_at = ?, undone_by = 'test' WHERE upload_id = ?",
                [at, upload_id])
    con.execute("UPDATE upload_spans SET active_to = ? WHERE upload_id = ? AND active_to IS NULL",
                [at, upload_id])


def n(rows: int, **values: Any) -> list[dict[str, Any]]:
    """`rows` copies of the same row values (for counts)."""
    return [dict(values) for _ in range(rows)]
