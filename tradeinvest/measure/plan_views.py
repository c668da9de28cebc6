"""Small computations of the yearly pages (Calendar, Country plans), kept out of the pages.

Pure: frames and lists the measure functions return in, frames and years out.
"""

from __future__ import annotations

from collections.abc import Iterable

import pandas as pd

FIRST_PLAN_YEAR = 2018  # the first year of the plan (annex 2): the default without plans


def places_to_fill(items: pd.DataFrame) -> pd.DataFrame:
    """Calendar items (`calendar_view` rows) whose place gave no single country: a place but
    no country. The coordinator answers once per place."""
    return items[items["country"].isna() & items["place_key"].notna()]


def plan_year(chosen: int | None, plan_years: Iterable[int]) -> int:
    """The year the plans page shows: the sidebar's, else the latest year with plans (the
    plan's first year when there are none)."""
    return chosen if chosen is not None else max([*plan_years, FIRST_PLAN_YEAR])


def editable_plan_years(plan_years: Iterable[int], data_years: Iterable[int]) -> list[int]:
    """Years whose country plans may be edited, newest first: every year with plans or data,
    and the year after the latest (plans are made ahead)."""
    known = {*plan_years, *data_years}
    return sorted(known | {max([*known, FIRST_PLAN_YEAR]) + 1}, reverse=True)


def indicator_row(summary: pd.DataFrame, indicator: str = "new_jobs") -> pd.Series:
    """One indicator's row of `plans_vs_target` (sum of plans, target, gap, actuals)."""
    return summary[summary["indicator"] == indicator].iloc[0]


def plans_grid(overview: pd.DataFrame, label_column: str,
               country: str | None = None) -> pd.DataFrame:
    """`plans_overview` as one row per country and one (actual, plan) pair per indicator
    column (headed by `label_column`), for one `country` when given."""
    wide = overview.assign(cell=list(zip(overview["actual"], overview["plan"], strict=True)))
    grid = wide.pivot(index="country", columns=label_column, values="cell").reset_index()
    grid.columns.name = None
    return grid if country is None else grid[grid["country"] == country]
