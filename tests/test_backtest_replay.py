"""The backtest reads all its quarter ends at once (progress.replay_run_rates,
forecast.replay_views); each must give exactly what one read as reported at that moment gives,
corrections and replaced uploads included."""

from __future__ import annotations

import datetime as dt

import pandas as pd
from factories import load
from pipeline_factory import load_pipeline, opportunity

from tradeinvest.measure import forecast as fc
from tradeinvest.measure.changes import reported_at
from tradeinvest.measure.progress import replay_run_rates, run_rates


def _two_years(con) -> None:
    """2023 and 2024 quarter by quarter, with won, lost and open opportunities, a pipeline
    row listed twice, a projects correction within a quarter and one after the year."""
    for year in (2023, 2024):
        for q in (1, 2, 3, 4):
            quarter = f"{year}Q{q}"
            load(con, quarter, projects=[{"reference": f"P{year}{q}", "new_jobs": 10 * q},
                                         {"reference": f"R{year}{q}", "new_jobs": year - 2020}])
            rows = [opportunity("A", "active" if q < 3 else "won", "high", 40),
                    opportunity("B", "prospect" if q < 4 else "lost", "low", 25),
                    opportunity("C", "verify", None, 15, dt.date(year, 11, 1)),
                    opportunity("D", "active", "medium", 30, dt.date(year + 1, 3, 1)),
                    opportunity("c", "verify", "high", 18, dt.date(year, 10, 1))]
            load_pipeline(con, quarter, rows)
            if q == 2:  # the quarter re-uploaded before the next one
                load_pipeline(con, quarter, rows[:3])
    load(con, "2023Q1", projects=[{"reference": "P20231", "new_jobs": 500}])


def _moments(con) -> dict[tuple[int, int], dt.datetime]:
    return {(y, q): reported_at(con, y, q) for y in (2023, 2024) for q in (1, 2, 3)}


def test_replayed_run_rates_are_those_as_reported_at_each_moment(con):
    _two_years(con)
    moments = _moments(con)
    replayed = replay_run_rates(con, moments)
    assert replayed == {(y, q): run_rates(con, y, q, as_of=at)
                        for (y, q), at in moments.items()}
    # 2023Q1 as reported then: 10 + 3 jobs; its correction after the year (500) came later
    assert replayed[(2023, 1)].new_jobs == 13 and run_rates(con, 2023, 1).new_jobs == 500


def test_replayed_history_and_open_opportunities_are_those_as_reported_at_each_moment(con):
    _two_years(con)
    moments = _moments(con)
    views = fc.replay_views(con, moments)
    assert set(views) == set(moments)
    for (year, q), at in moments.items():
        cells, opened = views[(year, q)]
        pd.testing.assert_frame_equal(cells, fc.history(con, year, q, at), check_dtype=False)
        pd.testing.assert_frame_equal(opened, fc.open_at(con, year, q, at), check_dtype=False)
    assert not views[(2024, 2)][0].empty  # 2023 is history for 2024
