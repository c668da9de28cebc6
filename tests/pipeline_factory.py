"""Pipeline rows for the forecast tests, loaded by tests/factories.py (the store's writer)."""

from __future__ import annotations

import datetime as dt
from typing import Any

import duckdb
from factories import load


def opportunity(reference: str, stage: str, likelihood: str | None = "medium",
                jobs: float = 10.0, land: dt.date | None = None) -> dict[str, Any]:
    """One pipeline row with what the forecast reads; the other columns take the defaults."""
    return {"reference": reference, "company": f"Company {reference}", "stage": stage,
            "likelihood": likelihood, "expected_jobs": float(jobs), "expected_land_date": land,
            "expected_land_date_precision": "day" if land else None}


def load_pipeline(con: duckdb.DuckDBPyConnection, quarter: str, rows: list[dict[str, Any]], *,
                  at: dt.datetime | None = None) -> int:
    """One pipeline upload for `quarter` (replacing the earlier one)."""
    return load(con, quarter, at=at, pipeline=rows)
