"""Targets per indicator and year, as the coordinator stored them, with the carry-forward rule.

Rule: a year uses its own stored target; a year after it, without its own, keeps the latest
earlier target (after 2023 the 1,000 stays until the coordinator sets more); a year before the
first stored target has none. Defaults (reference.py): new_jobs 500 in 2018 to 1,000 in 2023 on
a straight line; reference_data.constant_growth is the alternative path the settings page applies.
"""

from __future__ import annotations

from collections.abc import Iterable

import duckdb
import pandas as pd

from tradeinvest.measure.facts import first_row
from tradeinvest.reference_data import JOBS_INDICATOR


def target_for(con: duckdb.DuckDBPyConnection, year: int,
               indicator: str = JOBS_INDICATOR) -> float | None:
    """The target of `indicator` for `year` under the carry-forward rule (None: no target)."""
    row = first_row(con, "SELECT value FROM targets WHERE indicator = ? AND year <= ? "
                    "ORDER BY year DESC LIMIT 1", [indicator, int(year)])
    return None if row is None else float(row[0])


def targets(con: duckdb.DuckDBPyConnection, indicator: str = JOBS_INDICATOR,
            years: Iterable[int] | None = None) -> pd.DataFrame:
    """Targets for `years` (default: first stored target year to the later of the last target
    year and the last year with a realised project).

    Columns: year, target, set_in (the stored year whose value applies), carried (True when
    the value is carried forward from an earlier year).
    """
    if years is None:
        bounds = first_row(
            con, """SELECT min(year), greatest(max(year),
                           (SELECT max(year(date_realised)) FROM projects_current))
                    FROM targets WHERE indicator = ?""", [indicator])
        if bounds is None or bounds[0] is None:
            return pd.DataFrame({"year": [], "target": [], "set_in": [], "carried": []})
        years = range(int(bounds[0]), int(bounds[1]) + 1)
    return con.execute(
        """SELECT y.year, t.value AS target, t.year AS set_in,
                  t.year IS NOT NULL AND t.year <> y.year AS carried
           FROM (SELECT unnest(CAST(? AS INTEGER[])) AS year) y
           ASOF LEFT JOIN (SELECT year, value FROM targets WHERE indicator = ?) t
                ON y.year >= t.year
           ORDER BY y.year""", [[int(y) for y in years], indicator]).df()


def share_of(value: float, target: float | None) -> float | None:
    """How much of a target `value` reaches (0.873 = 87,3 %); None without a (non-zero) target,
    so no page divides by zero or shows a share of nothing."""
    return value / target if target else None
