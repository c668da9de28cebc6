"""Reference data the coordinator maintains: countries, targets, budget lines, focus, settings.

Defaults come from the 2018 plan (see ../shared/domain.md); every figure stays editable.
A year without its own focus list uses the latest earlier year; a year without its own budget
borrows the still valid lines of the latest earlier budget (`valid_until`, see measure.cost).
"""

from __future__ import annotations

import datetime as dt
import gettext

import duckdb
import pandas as pd
import pycountry

from tradeinvest.store.db import transaction

# Reporting groups: the plan counts Hong Kong (and Macao) under China.
COUNTRY_GROUPS = {"HK": "CN", "MO": "CN"}

JOBS_INDICATOR = "new_jobs"
DEFAULT_SETTINGS: dict[str, tuple[float, str]] = {
    "indirect_jobs_per_direct": (0.9, "Indirecte banen per directe FDI-baan (NL-gemiddelde)"),
    "on_track_share": (0.95, "Op koers vanaf dit aandeel van het (naar rato) doel"),
    "at_risk_share": (0.80, "Risico vanaf dit aandeel; daaronder: achter"),
    "baseline_jobs": (500.0, "Nulmeting: nieuwe banen per jaar (2016, IU en UCIB samen)"),
    "baseline_year": (2016.0, "Jaar van de nulmeting"),
    "max_upload_mb": (20.0, "Grootste toegestane upload in MB"),
    "max_jobs_per_row": (10_000.0, "Meeste banen in één rij van een upload; meer wordt "
                                   "geweigerd als tikfout (ingest/limits.py)"),
}

DEFAULT_BUDGET_2018 = [  # line, FTE, EUR (plan 6.1)
    ("Invest", 7.5, 258_000), ("Trade", 3.0, 140_000), ("Support", 2.0, 40_000),
    ("EMA / Brexit", 4.0, 100_000), ("Flex (missies)", 0.0, 100_000),
]
DEFAULT_FOCUS_2018 = [  # iso2, invest, trade, regions (plan ch. 5)
    ("DE", True, "yes", "Zuid-Duitsland, Noordrijn-Westfalen"),
    ("GB", True, "depends", "EMA-speerpunt"),
    ("CN", True, "yes", "Guangdong"),
    ("HK", True, "yes", "Hongkong"),
    ("IN", True, "no", None),
    ("JP", True, "no", None),
    ("TW", True, "yes", "Taichung, Kaohsiung, Taoyuan, New Taipei, Taipei"),
    ("US", True, "reactive", "SF, Atlanta, New York, Boston, Chicago"),
    ("CA", True, "reactive", "Toronto"),
]


def straight_line(start_year: int, start: float, end_year: int, end: float) -> dict[int, float]:
    """Equal yearly steps: 500 in 2018 to 1,000 in 2023 gives 500, 600, ..., 1,000."""
    step = (end - start) / (end_year - start_year)
    return {y: round(start + step * (y - start_year), 1) for y in range(start_year, end_year + 1)}


def constant_growth(start_year: int, start: float, end_year: int, end: float) -> dict[int, float]:
    """Same growth rate each year (500 -> 1,000 in five years is about +14.9 %/yr)."""
    rate = (end / start) ** (1 / (end_year - start_year))
    return {y: round(start * rate ** (y - start_year), 1) for y in range(start_year, end_year + 1)}


def country_rows() -> pd.DataFrame:
    """All ISO 3166-1 countries with Dutch names (pycountry's translations)."""
    nl = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["nl"])
    rows = []
    for c in pycountry.countries:
        en = getattr(c, "common_name", None) or c.name
        rows.append((c.alpha_2, c.alpha_3, nl.gettext(c.name), en,
                     COUNTRY_GROUPS.get(c.alpha_2, c.alpha_2)))
    return pd.DataFrame(rows, columns=["iso2", "iso3", "name_nl", "name_en", "group_iso2"])


def seed_defaults(con: duckdb.DuckDBPyConnection) -> None:
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


EDITABLE = {  # table -> columns the coordinator edits (in this order)
    "targets": ["indicator", "year", "value", "note"],
    "budget_lines": ["year", "line", "fte", "eur", "valid_until"],
    "focus_countries": ["year", "iso2", "invest", "trade", "regions"],
}


def _check(con: duckdb.DuckDBPyConnection, table: str, frame: pd.DataFrame) -> list[str]:
    """Plain-language problems with an edited reference table (empty list: fine)."""
    problems = []
    for i, row in enumerate(frame.itertuples(index=False), start=1):
        year = getattr(row, "year", None)
        if pd.isna(year) or not 2000 <= int(year) <= 2100:
            problems.append(f"rij {i}: jaar ontbreekt of is onmogelijk ({year})")
        for col in ("value", "fte", "eur"):
            v = getattr(row, col, 0)
            if col in frame.columns and (pd.isna(v) or float(v) < 0):
                problems.append(f"rij {i}: {col} moet 0 of meer zijn ({v})")
        until = getattr(row, "valid_until", None)
        if table == "budget_lines" and not pd.isna(until) and not pd.isna(year) \
                and int(until) < int(year):
            problems.append(f"rij {i}: geldig t/m ({int(until)}) ligt voor het jaar ({year})")
        if table == "focus_countries":
            known = con.execute("SELECT count(*) FROM countries WHERE iso2 = ?",
                                [str(row.iso2).upper()]).fetchone()[0]
            if not known:
                problems.append(f"rij {i}: onbekende landcode {row.iso2}")
            if row.trade not in {"yes", "no", "reactive", "depends"}:
                problems.append(f"rij {i}: trade moet yes, no, reactive of depends zijn")
    keys = {"targets": ["indicator", "year"], "budget_lines": ["year", "line"],
            "focus_countries": ["year", "iso2"]}[table]
    if frame.duplicated(keys).any():
        problems.append(f"dubbele regels voor {' + '.join(keys)}")
    return problems


def replace_reference(con: duckdb.DuckDBPyConnection, table: str, frame: pd.DataFrame,
                      user: str) -> list[str]:
    """Replace an editable reference table in one transaction; return problems (then no-op)."""
    frame = frame[EDITABLE[table]].dropna(how="all").reset_index(drop=True)
    if table == "focus_countries":
        frame = frame.assign(iso2=frame["iso2"].astype(str).str.upper(),
                             invest=frame["invest"].fillna(False).astype(bool))
    problems = _check(con, table, frame)
    if problems:
        return problems
    with transaction(con) as cur:
        cur.execute(f"DELETE FROM {table}")
        cur.register("edited", frame)
        cur.execute(f"INSERT INTO {table} BY NAME SELECT * FROM edited")
        cur.unregister("edited")
        audit(cur, user, "settings", f"{table}: {len(frame)} regels")
    return []


def reference_table(con: duckdb.DuckDBPyConnection, table: str) -> pd.DataFrame:
    cols = ", ".join(EDITABLE[table])
    return con.execute(f"SELECT {cols} FROM {table} ORDER BY 1, 2").df()


def update_settings(con: duckdb.DuckDBPyConnection, values: dict[str, float], user: str) -> None:
    with transaction(con) as cur:
        for key, value in values.items():
            set_setting(cur, key, float(value))
        audit(cur, user, "settings", ", ".join(f"{k}={v}" for k, v in values.items()))


def settings_table(con: duckdb.DuckDBPyConnection) -> pd.DataFrame:
    """Every setting, with the default of one added after the database was made."""
    frame = con.execute("SELECT key, value, note FROM settings").df()
    missing = [(k, v, n) for k, (v, n) in DEFAULT_SETTINGS.items() if k not in set(frame["key"])]
    added = pd.DataFrame(missing, columns=["key", "value", "note"])
    return pd.concat([frame, added] if missing else [frame]).sort_values("key",
                                                                          ignore_index=True)


def apply_target_path(con: duckdb.DuckDBPyConnection, shape: str, start_year: int,
                      start: float, end_year: int, end: float, user: str) -> dict[int, float]:
    """Fill the jobs targets with a straight line or constant growth between two points."""
    path = (straight_line if shape == "linear" else constant_growth)(start_year, start,
                                                                      end_year, end)
    note = f"{'Rechte lijn' if shape == 'linear' else 'Constante groei'} {start_year}-{end_year}"
    with transaction(con) as cur:
        for year, value in path.items():
            set_target(cur, JOBS_INDICATOR, year, value, note)
        audit(cur, user, "settings", f"doelpad {note}")
    return path


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
