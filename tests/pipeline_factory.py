"""Pipeline uploads straight into the store for forecast tests, on the pipeline table's
contract (migration 009); the table is made here when the migration is not there yet."""

from __future__ import annotations

import datetime as dt
from typing import Any

import duckdb
import pyarrow as pa
from factories import next_time

from tradeinvest.periods import Period, Quarter
from tradeinvest.store import uploads

PIPELINE_DDL = """CREATE TABLE IF NOT EXISTS pipeline (
  upload_id INTEGER NOT NULL, source_row INTEGER NOT NULL,
  reference TEXT NOT NULL, company TEXT NOT NULL, country TEXT NOT NULL,
  sector TEXT NOT NULL, theme TEXT, pillar TEXT NOT NULL,
  stage TEXT NOT NULL, likelihood TEXT,
  expected_jobs DOUBLE NOT NULL DEFAULT 0,
  expected_land_date DATE, expected_land_date_precision TEXT,
  source TEXT, mission_reference TEXT, lost_reason TEXT, lost_to_country TEXT,
  project_reference TEXT)"""


def ensure_table(con: duckdb.DuckDBPyConnection) -> None:
    con.execute(PIPELINE_DDL)


def opportunity(reference: str, stage: str, likelihood: str | None = "medium",
                jobs: float = 10.0, land: dt.date | None = None, **more: Any) -> dict[str, Any]:
    """One pipeline row; the columns the forecast does not read take fixed values."""
    return {"reference": reference, "company": f"Company {reference}", "country": "DE",
            "sector": "ict", "theme": None, "pillar": "invest", "stage": stage,
            "likelihood": likelihood, "expected_jobs": float(jobs), "expected_land_date": land,
            "expected_land_date_precision": "day" if land else None, **more}


def load_pipeline(con: duckdb.DuckDBPyConnection, quarter: str, rows: list[dict[str, Any]], *,
                  at: dt.datetime | None = None) -> int:
    """One pipeline upload for `quarter` (replacing the earlier one), by the store's writer."""
    ensure_table(con)
    q = Quarter.parse(quarter)
    filled = [{**row, "source_row": i} for i, row in enumerate(rows, start=2)]
    names = list(dict.fromkeys(k for row in filled for k in row)) or ["source_row"]
    table = pa.table({n: pa.array([row.get(n) for row in filled],
                                  type=pa.date32() if n == "expected_land_date" else None)
                      for n in names})
    upload = uploads.Upload("pipeline", Period(q.year, q.q), f"pipeline-{q}.xlsx", "x",
                            [("pipeline", table)], len(rows))
    return uploads.record_load(con, upload, "test", at or next_time(con))[0]
