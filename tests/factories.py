"""Small hand-made uploads straight into the tables, with defaults, so measure tests stay short.

`load(con, "2023Q2", projects=[{"new_jobs": 40}])` records an upload of the right kind for that
quarter with the store's own writer (its span opens, the rows are written); any column not
given takes a default below.
Loading the same kind and quarter again replaces the earlier upload (its span closes), as a
real re-upload does. Upload times come from a fake clock (one hour after the latest upload),
never from the wall clock.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import duckdb
import pyarrow as pa

from tradeinvest import vocab
from tradeinvest.periods import Period, Quarter
from tradeinvest.store import uploads

KIND_OF_TABLE = {"projects": "projects", "missions": "missions", "leads": "missions",
                 "contacts": "contacts", "bidbooks": "bidbooks", "pipeline": "pipeline"}
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
    if table == "pipeline":
        return {"reference": f"K-{i}", "company": f"Opportunity company {i}", "country": "DE",
                "sector": "ict", "theme": "slim", "pillar": "invest", "stage": "active",
                "likelihood": "medium", "expected_jobs": 10.0}
    raise ValueError(table)


def next_time(con: duckdb.DuckDBPyConnection) -> dt.datetime:
    latest = con.execute("SELECT max(greatest(uploaded_at, coalesce(undone_at, uploaded_at))) "
                         "FROM uploads").fetchall()[0][0]
    return START if latest is None else latest + dt.timedelta(hours=1)


def load(con: duckdb.DuckDBPyConnection, quarter: str, *, at: dt.datetime | None = None,
         **tables: list[dict[str, Any]]) -> int:
    """One upload for `quarter` holding `tables` (e.g. missions=[...], leads=[...]), written
    by the store's own writer (`uploads.record_load`), so spans and replacement are the real
    ones."""
    kinds = {KIND_OF_TABLE[t] for t in tables}
    assert len(kinds) == 1, f"one kind per upload, got {kinds}"
    kind, q = kinds.pop(), Quarter.parse(quarter)
    rows = []
    for table, given in tables.items():
        filled = []
        for i, values in enumerate(given, start=1):
            row = {**_defaults(table, q, i), **values, "source_row": i + 1}
            if table == "projects" and row["theme"] is None:
                row["theme"] = vocab.SECTOR_THEME[row["sector"]]
            filled.append(row)
        names = list(dict.fromkeys(name for row in filled for name in row))
        rows.append((table, pa.table({n: [row.get(n) for row in filled] for n in names})))
    upload = uploads.Upload(kind, Period(q.year, q.q), f"{kind}-{q}.xlsx", "x", rows,
                            sum(len(r) for r in tables.values()))
    return uploads.record_load(con, upload, "test", at or next_time(con))[0]


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
