"""Investor confirmations as stored: one row per project reference (compared without case).
Persistence only: what is a valid answer and the audit of each change are the loading
service's (tradeinvest.loading.confirmations); every function here runs inside the caller's
transaction.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import duckdb
import pandas as pd

STATUSES = ("not_asked", "asked", "confirmed", "disputed")
# The share of the project the company would have achieved without help (migration 012).
BANDS = ("none", "up_to_20", "40", "60", "80", "more_than_80", "all")
COLUMNS = ("reference", "status", "asked_on", "band", "prerequisite", "faster", "answered_on",
           "entered_by", "entered_at")


@dataclass(frozen=True)
class Confirmation:
    """One project's confirmation as entered (None: not answered)."""

    reference: str
    status: str
    asked_on: dt.date | None = None
    band: str | None = None
    prerequisite: bool | None = None
    faster: bool | None = None
    answered_on: dt.date | None = None


def replace(cur: duckdb.DuckDBPyConnection, c: Confirmation, user: str,
            now: dt.datetime) -> None:
    """Store `c` as the project's confirmation, in place of an earlier one."""
    cur.execute("DELETE FROM confirmations WHERE lower(reference) = lower(?)", [c.reference])
    cur.execute(f"INSERT INTO confirmations ({', '.join(COLUMNS)}) VALUES "
                "(?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [c.reference, c.status, c.asked_on, c.band, c.prerequisite, c.faster,
                 c.answered_on, user, now])


def one(con: duckdb.DuckDBPyConnection, reference: str) -> Confirmation | None:
    """The confirmation stored for a project, or None."""
    rows = con.execute("SELECT reference, status, asked_on, band, prerequisite, faster, "
                       "answered_on FROM confirmations WHERE lower(reference) = lower(?)",
                       [reference]).fetchall()
    return Confirmation(*rows[0]) if rows else None


def listing(con: duckdb.DuckDBPyConnection) -> pd.DataFrame:
    """Every stored confirmation, by reference."""
    return con.execute(f"SELECT {', '.join(COLUMNS)} FROM confirmations "
                       "ORDER BY lower(reference)").df()
