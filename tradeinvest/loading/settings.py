"""Reference data edits from the settings page: targets, budget lines, focus countries,
settings and the jobs target path. Each edit is checked first (problems as catalogue phrases,
and then nothing is written) and written in one transaction with its line in the audit log.

The access guard (`access.perform`) runs these as the settings action: coordinator only.
"""

from __future__ import annotations

import duckdb
import pandas as pd

from tradeinvest.reference_data import EDITABLE, JOBS_INDICATOR, constant_growth, straight_line
from tradeinvest.store.db import transaction
from tradeinvest.store.reference import audit, set_setting, set_target
from tradeinvest.texts import t
from tradeinvest.texts.phrases import Phrase


def _check(con: duckdb.DuckDBPyConnection, table: str, frame: pd.DataFrame) -> list[Phrase]:
    """The problems with an edited reference table (empty list: fine)."""
    problems = []
    for i, row in enumerate(frame.itertuples(index=False), start=1):
        year = getattr(row, "year", None)
        if pd.isna(year) or not 2000 <= int(year) <= 2100:
            problems.append(Phrase("refusal_row_year", {"row": i, "year": year}))
        for col in ("value", "fte", "eur"):
            v = getattr(row, col, 0)
            if col in frame.columns and (pd.isna(v) or float(v) < 0):
                problems.append(Phrase("refusal_row_negative",
                                       {"row": i, "column": col, "value": v}))
        until = getattr(row, "valid_until", None)
        if table == "budget_lines" and not pd.isna(until) and not pd.isna(year) \
                and int(until) < int(year):
            problems.append(Phrase("refusal_row_valid_until",
                                   {"row": i, "until": int(until), "year": year}))
        if table == "focus_countries":
            known = con.execute("SELECT count(*) FROM countries WHERE iso2 = ?",
                                [str(row.iso2).upper()]).fetchone()[0]
            if not known:
                problems.append(Phrase("refusal_row_country_code", {"row": i, "code": row.iso2}))
            if row.trade not in {"yes", "no", "reactive", "depends"}:
                problems.append(Phrase("refusal_row_trade", {"row": i}))
    keys = {"targets": ["indicator", "year"], "budget_lines": ["year", "line"],
            "focus_countries": ["year", "iso2"]}[table]
    if frame.duplicated(keys).any():
        problems.append(Phrase("refusal_duplicate_rows", {"keys": " + ".join(keys)}))
    return problems


def replace_reference(con: duckdb.DuckDBPyConnection, table: str, frame: pd.DataFrame,
                      user: str) -> list[Phrase]:
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


def update_settings(con: duckdb.DuckDBPyConnection, values: dict[str, float], user: str) -> None:
    with transaction(con) as cur:
        for key, value in values.items():
            set_setting(cur, key, float(value))
        audit(cur, user, "settings", ", ".join(f"{k}={v}" for k, v in values.items()))


def apply_target_path(con: duckdb.DuckDBPyConnection, shape: str, start_year: int,
                      start: float, end_year: int, end: float, user: str) -> dict[int, float]:
    """Fill the jobs targets with a straight line or constant growth between two points."""
    path = (straight_line if shape == "linear" else constant_growth)(start_year, start,
                                                                      end_year, end)
    shape_name = t("shape_linear" if shape == "linear" else "shape_growth", "nl")  # stored
    note = f"{shape_name} {start_year}-{end_year}"
    with transaction(con) as cur:
        for year, value in path.items():
            set_target(cur, JOBS_INDICATOR, year, value, note)
        audit(cur, user, "settings", f"doelpad {note}")
    return path
