"""How good each forecast method has been here: every past quarter end replayed on the data as
reported then, against the year-end figure as reported now.

Rule (docs/indicators.md, "Forecast"): for every year whose four quarters are loaded now, and
each of its quarters 1–3 (at the end of Q4 the year is known, not forecast), each method is
computed as at `changes.reported_at(year, quarter)`: just before the first upload for a later
quarter, so a correction uploaded later never changes an earlier forecast. The actual is the
year's new jobs now. error = forecast − actual; per method the mean absolute error (MAE) over
the quarter ends where it had a figure, and for the pipeline the share of them whose actual
fell inside its 80 % interval. The method with the lowest MAE is "the most accurate here".
"""

from __future__ import annotations

import duckdb
import pandas as pd

from tradeinvest.measure.changes import reported_at
from tradeinvest.measure.facts import active_upload_ids
from tradeinvest.measure.forecast import (
    METHODS,
    Forecast,
    assemble,
    forecast,
    forecast_settings,
    replay_views,
)
from tradeinvest.measure.progress import replay_run_rates, run_rates
from tradeinvest.measure.targets import target_for
from tradeinvest.periods import Quarter

COLUMNS = ["method", "year", "quarter", "forecast", "low", "high", "actual", "error", "inside"]


def finished_years(con: duckdb.DuckDBPyConnection) -> list[int]:
    """Years whose four quarters of projects are loaded now (their actual is known)."""
    rows = con.execute(f"""SELECT year(period_start) FROM uploads
                           WHERE kind = 'projects' AND upload_id IN ({active_upload_ids()})
                           GROUP BY 1 HAVING count(DISTINCT quarter(period_start)) = 4
                           ORDER BY 1""").fetchall()
    return [int(r[0]) for r in rows]


def _replay(con: duckdb.DuckDBPyConnection
            ) -> list[tuple[tuple[int, int], Forecast, float]]:
    """Per past quarter end (Q1–Q3 of the finished years): its forecast as reported then and
    the year's actual now. The run rates and the pipeline's history and open opportunities
    of all quarter ends are read in one go each (progress.replay_run_rates,
    forecast.replay_views): the figures of one `forecast(as_of=moment)` per quarter end."""
    years = finished_years(con)
    moments = {(y, q): reported_at(con, y, q) for y in years for q in (1, 2, 3)}
    replayed = {k: at for k, at in moments.items() if at is not None}
    views, rates = replay_views(con, replayed), replay_run_rates(con, replayed)
    settings = forecast_settings(con)
    out = []
    for year in years:
        actual, target = run_rates(con, year, None).new_jobs, target_for(con, year)
        for quarter in (1, 2, 3):
            moment = moments[(year, quarter)]
            if moment is None:  # no later quarter uploaded: "reported" is now
                f = forecast(con, year, quarter)
            else:
                p = rates[(year, quarter)]
                f = assemble(year, quarter, p, target, settings,
                             views.get((year, quarter)) if p.quarters_loaded else None)
            out.append(((year, quarter), f, actual))
    return out


def backtest(con: duckdb.DuckDBPyConnection) -> pd.DataFrame:
    """One row per method and past quarter end with a forecast: method, year, quarter,
    forecast, low, high (the pipeline's interval; else NaN), actual, error, inside."""
    rows = []
    for (year, quarter), f, actual in _replay(con):
        for method in METHODS:
            point, low, high = f.points[method], f.lows[method], f.highs[method]
            if point is None:
                continue
            inside = None if low is None else bool(low <= actual <= high)
            rows.append((method, year, quarter, point, low, high, actual, point - actual,
                         inside))
    return pd.DataFrame(rows, columns=COLUMNS)


def accuracy(tested: pd.DataFrame) -> pd.DataFrame:
    """Per method (in METHODS order): n (quarter ends tested), mae, coverage (share of the
    pipeline's intervals holding the actual; NaN for a method without an interval)."""
    out = []
    for method in METHODS:
        rows = tested[tested["method"] == method]
        inside = rows["inside"].dropna()
        out.append((method, len(rows), rows["error"].abs().mean() if len(rows) else None,
                    inside.astype(float).mean() if len(inside) else None))
    return pd.DataFrame(out, columns=["method", "n", "mae", "coverage"])


def best_method(scores: pd.DataFrame) -> str | None:
    """The method with the lowest mean absolute error (None before any year is tested)."""
    tested = scores.dropna(subset=["mae"])
    return None if tested.empty else str(tested.sort_values("mae", kind="stable")
                                         .iloc[0]["method"])


def _number(value: object) -> float | None:
    return None if value is None or pd.isna(value) else float(value)


def backtest_summary(con: duckdb.DuckDBPyConnection) -> dict[str, object]:
    """The backtest as plain values (CLI `forecast --backtest --json`, the Overview's table):
    forecasts (per method and quarter end: forecast, low, high, actual, error, inside),
    methods (per method: n, mae, coverage), best_method."""
    tested = backtest(con)
    scores = accuracy(tested)
    return {
        "forecasts": [{"method": r.method, "year": int(r.year), "quarter": int(r.quarter),
                       "period": str(Quarter(int(r.year), int(r.quarter))),
                       "forecast": float(r.forecast), "low": _number(r.low),
                       "high": _number(r.high), "actual": float(r.actual),
                       "error": float(r.error),
                       "inside": None if pd.isna(r.inside) else bool(r.inside)}
                      for r in tested.itertuples()],
        "methods": {r.method: {"n": int(r.n), "mae": _number(r.mae),
                               "coverage": _number(r.coverage)} for r in scores.itertuples()},
        "best_method": best_method(scores),
    }


def forecast_summary(con: duckdb.DuckDBPyConnection, year: int, quarter: int | str
                     ) -> dict[str, object]:
    """This quarter's forecasts as plain values, as the Overview shows them and `forecast
    --json` prints them: year, quarter, realised, target, expected_from_pipeline,
    still_needed, methods (per method: forecast, low, high, and its backtest mae, coverage
    and tested: the quarter ends behind them), best_method (lowest backtest MAE among those
    with a figure now), opportunities (the TOP that matter most)."""
    f = forecast(con, year, quarter)
    scores = backtest_summary(con)["methods"]
    top = f.opportunities
    return {
        "year": f.year, "quarter": f.quarter, "realised": f.realised, "target": f.target,
        "expected_from_pipeline": f.expected, "still_needed": f.still_needed,
        "methods": {m: {"forecast": f.points[m], "low": f.lows[m], "high": f.highs[m],
                        "mae": scores[m]["mae"], "coverage": scores[m]["coverage"],
                        "tested": scores[m]["n"]}
                    for m in METHODS},
        "best_method": best_method(pd.DataFrame([{"method": m, **v} for m, v in scores.items()
                                                 if f.points[m] is not None],
                                                columns=["method", "n", "mae", "coverage"])),
        "opportunities": [{"reference": r.reference, "company": r.company,
                           "country": r.country, "stage": r.stage, "likelihood": r.likelihood,
                           "expected_jobs": float(r.expected_jobs), "probability": float(r.p),
                           "weighted_jobs": float(r.weighted_jobs)}
                          for r in top.itertuples()],
    }
