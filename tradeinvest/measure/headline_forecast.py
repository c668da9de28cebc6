"""The one year-end forecast that leads: the Overview's card, banner status and chart marker,
the report's headline and `progress --json` all show it, so no page shows two answers.

Rule (docs/indicators.md, "Forecast"): the method with the lowest backtest mean absolute error
over the quarter ends of finished years BEFORE the viewed year (what could have been known
then: a view of 2024Q2 never learns from 2024 or later), among the methods with a figure now.
Without such a year the run rate leads. Figures: measure/forecast.py and measure/backtest.py.
"""

from __future__ import annotations

from dataclasses import dataclass

import duckdb
import pandas as pd

from tradeinvest.measure import backtest
from tradeinvest.measure.forecast import forecast

DEFAULT = "run_rate"


@dataclass(frozen=True)
class Headline:
    """The leading forecast of `year` at the end of a quarter, with its 80 % interval."""

    method: str
    forecast: float | None
    low: float | None        # None for a method without an interval
    high: float | None


def earlier_scores(con: duckdb.DuckDBPyConnection, year: int) -> pd.DataFrame:
    """backtest.accuracy over the backtest rows of years before `year` only."""
    tested = backtest.backtest(con)
    return backtest.accuracy(tested[tested["year"] < year])


def _best(scores: pd.DataFrame, points: dict[str, float | None]) -> str | None:
    """The lowest-error method among those with a figure now."""
    return backtest.best_method(scores[[points[m] is not None for m in scores["method"]]])


def headline(con: duckdb.DuckDBPyConnection, year: int, quarter: int) -> Headline | None:
    """The leading forecast; None while no finished year before `year` has been tested
    (then the run rate leads, measure/progress.py)."""
    if not any(y < year for y in backtest.finished_years(con)):
        return None
    f = forecast(con, year, quarter)
    best = _best(earlier_scores(con, year), f.points)
    if best is None:
        return None
    return Headline(best, f.points[best], f.lows[best], f.highs[best])


def summary(con: duckdb.DuckDBPyConnection, year: int, quarter: int) -> dict[str, object]:
    """backtest.forecast_summary with each method's mae, coverage and tested and the
    best_method taken from the years before `year` only (no hindsight)."""
    out = backtest.forecast_summary(con, year, quarter)
    scores = earlier_scores(con, year)
    methods: dict[str, dict] = out["methods"]  # type: ignore[assignment]
    for r in scores.itertuples():
        methods[r.method].update(mae=backtest._number(r.mae),
                                 coverage=backtest._number(r.coverage), tested=int(r.n))
    out["best_method"] = _best(scores, {m: v["forecast"] for m, v in methods.items()})
    return out


def backtest_rows(con: duckdb.DuckDBPyConnection, year: int) -> dict[str, object]:
    """backtest.backtest_summary limited to the years before `year` (the Overview's table)."""
    rows = [r for r in backtest.backtest_summary(con)["forecasts"]  # type: ignore[union-attr]
            if r["year"] < year]
    scores = backtest.accuracy(pd.DataFrame(rows, columns=[*backtest.COLUMNS, "period"]))
    return {"forecasts": rows,
            "methods": {r.method: {"n": int(r.n), "mae": backtest._number(r.mae),
                                   "coverage": backtest._number(r.coverage)}
                        for r in scores.itertuples()}}
