"""One year-end forecast leads: the method with the lowest backtest error over the years BEFORE
the viewed one (measure/headline_forecast.py); the status compares it with the target.

Hand-made history (prior strength 10, default probability verify/high 0.96 for a year):
- 2023: 50 new jobs each quarter (actual 200); one small active/medium opportunity, never won.
  Run rate at the ends of Q1–Q3: 200 each, error 0: the run rate is exact in 2023.
- 2024: 10, 10, 10, then 1,000 in Q4 (actual 1,030); one verify/high opportunity V of 1,000
  jobs expected 2024-12-01, open at every quarter end. Run rate 40 (error −990 each quarter end),
  pipeline 10 + 1,000 × (1 − 0.04^(9/12)) = 920.6, 20 + 1,000 × 0.8 = 820, 30 + 1,000 × (1 −
  0.04^(3/12)) = 582.8: errors of about 109, 210 and 447.
- 2025 through Q2: 10 + 10 = 20; one verify/high opportunity W of 400 jobs expected
  2025-12-01. Its chance: the prior for six months left, 1 − 0.04^(6/12) = 0.8, with weight
  10, and V seen once at verify/high and not landed: (10 × 0.8 + 0) / (10 + 1) = 8/11. Pipeline
  forecast 20 + 400 × 8/11 = 310.9; 80 % interval 20–420 (W lands or not, P(not) = 3/11).
  Target 2025 = 320: the pipeline gives 310.9 / 320 = 97 % (on track); the run rate, 40, would
  give 12.5 % (behind).
"""

from __future__ import annotations

import datetime as dt

import pytest
from apptest import app, metrics
from factories import load
from pipeline_factory import load_pipeline, opportunity

from tradeinvest import measure as m
from tradeinvest.measure import backtest as bt
from tradeinvest.measure.progress import progress as run_rate_progress
from tradeinvest.reference_data import JOBS_INDICATOR
from tradeinvest.reporting import fmt
from tradeinvest.store import db, reference
from tradeinvest.texts import t

PIPELINE_2025 = 20 + 400 * 8 / 11


def _history(con) -> None:
    reference.set_setting(con, "forecast_prior_strength", 10)
    reference.set_setting(con, "forecast_p_verify_high", 0.96)
    reference.set_target(con, JOBS_INDICATOR, 2025, 320)
    for q in (1, 2, 3, 4):
        load(con, f"2023Q{q}", projects=[{"new_jobs": 50}])
        load_pipeline(con, f"2023Q{q}", [opportunity("S", "active", "medium", 8,
                                                     dt.date(2023, 12, 1))])
    for q, jobs in {1: 10, 2: 10, 3: 10, 4: 1000}.items():
        load(con, f"2024Q{q}", projects=[{"new_jobs": jobs}])
        load_pipeline(con, f"2024Q{q}", [opportunity("V", "verify", "high", 1000,
                                                     dt.date(2024, 12, 1))])
    for q in (1, 2):
        load(con, f"2025Q{q}", projects=[{"new_jobs": 10}])
    load_pipeline(con, "2025Q2", [opportunity("W", "verify", "high", 400,
                                              dt.date(2025, 12, 1))])


def test_the_history_makes_the_pipeline_the_most_accurate(con):
    _history(con)
    tested = bt.backtest(con)
    run_rate = tested[tested["method"] == "run_rate"].set_index("year")["error"]
    assert list(run_rate[2023]) == [0, 0, 0] and list(run_rate[2024]) == [-990, -990, -990]
    scores = bt.accuracy(tested).set_index("method")["mae"]
    assert scores["run_rate"] == pytest.approx(990 / 2)
    assert scores["pipeline"] < scores["last_four"] and scores["pipeline"] < scores["run_rate"]


def test_the_headline_is_the_pipeline_with_its_interval_and_status(con):
    _history(con)
    p = m.progress(con, 2025, 2)
    assert p.forecast_method == "pipeline"
    assert p.forecast == pytest.approx(PIPELINE_2025)
    assert (p.forecast_low, p.forecast_high) == (pytest.approx(20), pytest.approx(420))
    assert p.forecast_run_rate == 40                       # still there, not the headline
    assert p.status == "on_track"                          # 310.9 / 320 >= 95 %
    assert run_rate_progress(con, 2025, 2).status == "behind"  # the run rate's: 40 / 320
    summary = m.progress_summary(con, 2025, 2)
    assert (summary["forecast_method"], summary["status"]) == ("pipeline", "on_track")
    assert summary["forecast"] == pytest.approx(PIPELINE_2025)
    assert summary["status_label_nl"] == t("status_on_track", "nl")


def test_a_past_quarter_learns_only_from_earlier_years(con):
    """Viewing 2024Q2: only 2023 was finished then, where the run rate was exact; the 2024
    backtest rows (which favour the pipeline) are not known yet."""
    _history(con)
    p = m.progress(con, 2024, 2)
    assert (p.forecast_method, p.forecast) == ("run_rate", 40)
    assert m.progress_summary(con, 2024, 2)["forecast_method"] == "run_rate"


def test_a_narrowed_view_or_a_year_without_history_keeps_the_run_rate(con):
    _history(con)
    narrowed = m.progress(con, 2025, 2, m.Filters(sector="Life sciences"))
    assert narrowed.forecast_method == "run_rate"
    first = m.progress(con, 2023, 2)  # no finished year before 2023
    assert (first.forecast_method, first.forecast) == ("run_rate", 200)


@pytest.fixture
def small_app(tmp_path, monkeypatch):
    """The hand-made history as the app's database, caches cleared."""
    from streamlit import cache_data, cache_resource

    path = tmp_path / "small.duckdb"
    con = db.connect(path)
    try:
        _history(con)
    finally:
        con.close()
    monkeypatch.setenv("TRADEINVEST_DB", str(path))
    cache_resource.clear()
    cache_data.clear()
    yield path
    cache_resource.clear()
    cache_data.clear()


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_overview_shows_one_forecast(small_app, lang):
    at = app(jaar="2025", kwartaal="2", taal=lang)
    shown = metrics(at)
    method = t("forecast_method_pipeline", lang)
    card = t("year_end_forecast", lang, method=method.lower())
    assert shown[card] == fmt.number(PIPELINE_2025, 0, lang)
    prefix = t("year_end_forecast", lang, method="").split("(")[0].strip()
    forecasts = {label: value for label, value in shown.items() if label.startswith(prefix)}
    assert len(forecasts) >= 2  # the card and the forecast section: the same one figure
    assert set(forecasts.values()) == {fmt.number(PIPELINE_2025, 0, lang)}
    banner = " ".join(s.value for s in at.success)  # on track: the green banner
    assert fmt.number(PIPELINE_2025, 0, lang) in banner and method.lower() in banner
