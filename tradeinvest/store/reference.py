"""Reference data the coordinator maintains, as stored: countries, targets, budget lines, focus,
settings, and the audit log every data change writes to.

Defaults come from the 2018 plan (`tradeinvest.reference_data`); every figure stays editable
(`loading.settings` checks and writes the edits, `measure.catalog` reads them back).
A year without its own focus list uses the latest earlier year; a year without its own budget
borrows the still valid lines of the latest earlier budget (`valid_until`, see measure.cost).
"""

from __future__ import annotations

import datetime as dt

import duckdb

from tradeinvest.countries import country_rows
from tradeinvest.reference_data import (
    DEFAULT_BUDGET_2018,
    DEFAULT_FOCUS_2018,
    DEFAULT_SETTINGS,
    JOBS_INDICATOR,
    straight_line,
)


def seed_defaults(con: duckdb.DuckDBPyConnection) -> None:
    """Migration 2: the countries and the 2018 plan's targets, budget, focus and settings."""
    countries = country_rows()
    con.register("seed_countries", countries)
    con.execute("INSERT INTO countries SELECT * FROM seed_countries")
    con.unregister("seed_countries")
    for year, value in straight_line(2018, 500, 2023, 1000).items():
        set_target(con, JOBS_INDICATOR, year, value, "Plan 2018: van 500 naar 1.000 (rechte lijn)")
    set_target(con, "companies_attracted", 2022, 400,
               "EBU 2022: meer dan 400 internationale innovatieve bedrijven")
    for line, fte, eur in DEFAULT_BUDGET_2018:
        con.execute("INSERT INTO budget_lines (year, line, fte, eur) VALUES (2018, ?, ?, ?)",
                    [line, fte, eur])
    for iso2, invest, trade, regions in DEFAULT_FOCUS_2018:
        con.execute("INSERT INTO focus_countries VALUES (2018, ?, ?, ?, ?)",
                    [iso2, invest, trade, regions])
    for key, (value, note) in DEFAULT_SETTINGS.items():
        con.execute("INSERT INTO settings VALUES (?, ?, ?)", [key, value, note])


def set_target(con: duckdb.DuckDBPyConnection, indicator: str, year: int, value: float,
               note: str | None = None) -> None:
    con.execute("INSERT OR REPLACE INTO targets VALUES (?, ?, ?, ?)",
                [indicator, year, value, note])


def settings(con: duckdb.DuckDBPyConnection) -> dict[str, float]:
    return dict(con.execute("SELECT key, value FROM settings").fetchall())


def set_setting(con: duckdb.DuckDBPyConnection, key: str, value: float) -> None:
    """Set a setting; one added to DEFAULT_SETTINGS after the database was made is added."""
    note = DEFAULT_SETTINGS.get(key, (None, None))[1]
    con.execute("INSERT INTO settings VALUES (?, ?, ?) ON CONFLICT (key) DO UPDATE SET "
                "value = excluded.value", [key, value, note])


def utc_now() -> dt.datetime:
    """Now in UTC, without tzinfo (as DuckDB's TIMESTAMP stores it).

    Sign-in times (users, cookies, throttle, audit log) are compared across processes: the app
    and a `users` command may run with different time zones, so they are all kept in UTC.
    """
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


def audit(con: duckdb.DuckDBPyConnection, user: str, action: str, detail: str,
          now: dt.datetime | None = None) -> None:
    """Every data change is logged with who and when (UTC; and makes caches refresh)."""
    con.execute("INSERT INTO audit_log VALUES (?, ?, ?, ?)",
                [now or utc_now(), user, action, detail])
