"""The backtest replays every past quarter end on the data as reported then."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest
from factories import load
from pipeline_factory import load_pipeline, opportunity

from tradeinvest.measure import backtest as bt
from tradeinvest.store import reference

JOBS = {1: 100, 2: 60, 3: 80, 4: 40}  # 2024's projects per quarter: 280 in the year


def _year_2024(con) -> None:
    """2024 loaded quarter by quarter: projects, then the quarter's pipeline (one verify/high
    opportunity of 50 jobs landing this year, left open: never won)."""
    reference.set_setting(con, "forecast_prior_strength", 10)
    reference.set_setting(con, "forecast_p_verify_high", 0.96)
    for q, jobs in JOBS.items():
        load(con, f"2024Q{q}", projects=[{"new_jobs": jobs}])
        load_pipeline(con, f"2024Q{q}", [opportunity("V", "verify", "high", 50,
                                                     dt.date(2024, 12, 1))])


def _by(frame, method: str) -> dict[int, float]:
    rows = frame[frame["method"] == method]
    return dict(zip(rows["quarter"], rows["forecast"], strict=True))


def test_each_method_at_each_past_quarter_end_against_the_actual(con):
    _year_2024(con)
    tested = bt.backtest(con)
    assert set(tested["year"]) == {2024} and set(tested["quarter"]) == {1, 2, 3}
    assert (tested["actual"] == 280).all()
    run_rate = {1: 400, 2: 320, 3: 240 * 4 / 3}
    assert _by(tested, "run_rate") == pytest.approx(run_rate)
    # no history: p = 1 − 0.04 ** (months / 12) for 9, 6 and 3 months left
    pipeline = {q: sum(list(JOBS.values())[:q]) + 50 * (1 - 0.04 ** ((12 - 3 * q) / 12))
                for q in (1, 2, 3)}
    assert _by(tested, "pipeline") == pytest.approx(pipeline)
    scores = bt.accuracy(tested).set_index("method")
    assert scores.loc["run_rate", "mae"] == pytest.approx(
        sum(abs(v - 280) for v in run_rate.values()) / 3)
    inside = tested[tested["method"] == "pipeline"]["inside"]
    assert scores.loc["pipeline", "coverage"] == pytest.approx(inside.mean())
    assert pd.isna(scores.loc["run_rate", "coverage"])


def test_a_correction_uploaded_later_does_not_change_an_earlier_forecast(con):
    _year_2024(con)
    before = bt.backtest(con)
    load(con, "2024Q1", projects=[{"new_jobs": 1000}])  # Q1 corrected after the year ended
    load_pipeline(con, "2024Q2", [opportunity("V", "verify", "high", 5000)])
    after = bt.backtest(con)
    assert list(after["forecast"]) == pytest.approx(list(before["forecast"]))
    assert list(after["low"].fillna(-1)) == list(before["low"].fillna(-1))
    assert (after["actual"] == 280 - 100 + 1000).all()  # the actual is as reported now


def test_a_year_not_yet_finished_is_not_tested_and_the_summary_names_the_best(con):
    _year_2024(con)
    load(con, "2025Q1", projects=[{"new_jobs": 10}])
    summary = bt.backtest_summary(con)
    assert {row["year"] for row in summary["forecasts"]} == {2024}
    maes = {m: v["mae"] for m, v in summary["methods"].items()}
    assert summary["best_method"] == min(maes, key=lambda m: maes[m])
