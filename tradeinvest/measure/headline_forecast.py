"""The one year-end forecast that leads: the Overview's card, banner status and chart marker,
the report's headline and `progress --json` all show it, so no page shows two answers.

Rule (docs/indicators.md, "Forecast"): the method with the lowest backtest mean absolute error
over the quarter ends of finished years BEFORE the viewed year (what could have been known
then: a view of 2024Q2 never learns from 2024 or later), among the methods with a figure now.
Without such a year the run rate leads. Figures: measure/forecast.py and measure/backtest.py.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import duckdb
import pandas as pd

from tradeinvest.measure import backtest
from tradeinvest.measure.filters import Filters
from tradeinvest.measure.forecast import forecast
from tradeinvest.measure.progress import Progress, forecast_status, led_by
from tradeinvest.measure.progress import progress as plain_progress
from tradeinvest.measure.progress import progress_summary as plain_summary
from tradeinvest.store import reference
from tradeinvest.texts import t


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


def _lead(con: duckdb.DuckDBPyConnection, year: int, loaded: tuple[int, ...] | list[int],
          finished: bool, filters: Filters | None, as_of: dt.datetime | None
          ) -> Headline | None:
    """The leading forecast for the region's own view now of a running year; None otherwise
    (a narrowed view or a moment in the past keeps the run rate)."""
    narrowed = filters is not None and filters.without_period() != Filters()
    if not loaded or finished or as_of is not None or narrowed:
        return None
    return headline(con, year, max(loaded))


def progress(con: duckdb.DuckDBPyConnection, year: int, quarter: int | str | None = None,
             filters: Filters | None = None, *, as_of: dt.datetime | None = None
             ) -> Progress:
    """measure.progress.progress with the leading forecast and the status it gives."""
    p = plain_progress(con, year, quarter, filters, as_of=as_of)
    lead = _lead(con, year, p.quarters_loaded, p.finished, filters, as_of)
    if lead is None:
        return p
    return led_by(p, lead.method, lead.forecast, lead.low, lead.high,
                        reference.settings(con))


def progress_summary(con: duckdb.DuckDBPyConnection, year: int,
                     quarter: int | str | None = None, filters: Filters | None = None, *,
                     as_of: dt.datetime | None = None) -> dict[str, object]:
    """measure.progress.progress_summary (CLI `progress --json`) with the leading forecast:
    forecast, forecast_method, forecast_low, forecast_high, status and status_label_nl."""
    out = plain_summary(con, year, quarter, filters, as_of=as_of)
    lead = _lead(con, year, out["quarters_loaded"], bool(out["finished"]),  # type: ignore
                 filters, as_of)
    if lead is None:
        return out
    status = forecast_status(lead.forecast, out["target"],  # type: ignore[arg-type]
                                   reference.settings(con), out["status"])  # type: ignore
    return {**out, "forecast": lead.forecast, "forecast_method": lead.method,
            "forecast_low": lead.low, "forecast_high": lead.high, "status": status,
            "status_label_nl": t(f"status_{status}", "nl") if status else None}


def summary(con: duckdb.DuckDBPyConnection, year: int, quarter: int | str
            ) -> dict[str, object]:
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
