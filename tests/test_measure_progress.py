"""Jobs progress against target: year to date, pro-rated target, status, forecasts, summary.

Hand-made year (target 2023 = 1,000 on the default straight line):
  2022Q2: new 1,000 (outside the rolling window)     2022Q3: new 60
  2022Q4: reported empty (an upload without rows: loaded, zero jobs)
  2023Q1: new establishment 100 (DE) + trade contract 20 (estimate)
  2023Q2: expansion 80 + retention (0 new, 50 retained)      Q3, Q4: not loaded
"""

from __future__ import annotations

import datetime as dt
import json

import pytest
from factories import load

from tradeinvest.measure import Filters, progress, progress_by_year, progress_summary
from tradeinvest.periods import quarter_number
from tradeinvest.store import reference


@pytest.fixture
def year(con):
    load(con, "2022Q2", projects=[{"new_jobs": 1000}])
    load(con, "2022Q3", projects=[{"new_jobs": 60}])
    load(con, "2022Q4", projects=[])
    load(con, "2023Q1", projects=[
        {"new_jobs": 100},
        {"new_jobs": 20, "pillar": "trade", "project_kind": "trade_contract"}])
    load(con, "2023Q2", projects=[
        {"new_jobs": 80, "project_kind": "expansion", "country": "US"},
        {"new_jobs": 0, "retained_jobs": 50, "project_kind": "retention"}])
    return con


def test_year_to_date_against_pro_rated_target(year):
    p = progress(year, 2023, 2)
    assert p.quarters_loaded == (1, 2)
    assert p.target == 1000
    assert p.prorated_target == 500          # 1,000 × 2 / 4
    assert p.new_jobs == 200                 # 100 + 20 + 80 + 0
    assert p.new_jobs_trade == 20            # of which trade (estimate)
    assert p.new_jobs_invest == 180
    assert p.retained_jobs == 50             # never added to new jobs
    assert p.indirect_jobs == pytest.approx(162)  # 0.9 × 180 invest jobs
    assert p.share_of_target == pytest.approx(0.2)
    assert p.share_of_prorated == pytest.approx(0.4)
    assert p.status == "behind"              # 0.4 < at_risk_share 0.80


def test_forecasts_run_rate_and_last_four_quarters(year):
    p = progress(year, 2023, 2)
    assert p.forecast_run_rate == 400        # 200 × 4 / 2
    assert p.forecast == p.forecast_run_rate
    assert p.forecast_last_four == 260       # 2022Q3..2023Q2: 60 + 0 + 120 + 80
    q1 = progress(year, 2023, 1)
    assert (q1.new_jobs, q1.prorated_target, q1.forecast_run_rate) == (120, 250, 480)
    assert q1.forecast_last_four == 1180     # 2022Q2..2023Q1: 1,000 + 60 + 0 + 120


def test_status_thresholds_come_from_the_settings_table(year):
    reference.set_setting(year, "on_track_share", 0.4)
    assert progress(year, 2023, 2).status == "on_track"      # 0.4 >= 0.4
    reference.set_setting(year, "on_track_share", 0.5)
    reference.set_setting(year, "at_risk_share", 0.35)
    assert progress(year, 2023, 2).status == "at_risk"


def test_whole_year_uses_the_loaded_quarters_and_filters_narrow_the_realised(year):
    assert progress(year, 2023).quarters_loaded == (1, 2)
    de = progress(year, 2023, 2, Filters(country="DE", year=1999))  # period is replaced
    assert de.new_jobs == 120 and de.target == 1000


def test_as_reported_before_the_q2_upload(year):
    q2_loaded = year.execute("SELECT max(uploaded_at) FROM uploads").fetchall()[0][0]
    p = progress(year, 2023, 2, as_of=q2_loaded - dt.timedelta(seconds=1))
    assert p.quarters_loaded == (1,)
    assert p.new_jobs == 120


def test_no_target_no_share_no_status(year):
    p = progress(year, 2017)
    assert (p.target, p.share_of_target, p.status, p.forecast) == (None, None, None, None)


def test_by_year_against_target(year):
    frame = progress_by_year(year).set_index("year")
    assert frame.loc[2022, "new_jobs"] == 1060
    assert frame.loc[2022, "target"] == 900
    assert frame.loc[2022, "share_of_target"] == pytest.approx(1060 / 900)
    assert frame.loc[2023, "indirect_jobs"] == pytest.approx(162)
    assert frame.loc[2019, "new_jobs"] == 0


def test_summary_is_plain_json(year):
    s = progress_summary(year, 2023, "Q2")
    again = json.loads(json.dumps(s))
    assert again["through"] == "2023Q2"
    assert again["new_jobs"] == 200 and again["new_jobs_trade"] == 20
    assert again["status"] == "behind" and again["status_label_nl"] == "Achter"
    assert again["forecast"] == 400 and again["forecast_method"] == "run_rate"
    # 3 investment projects (new, expansion, retention) and 1 export contract, apart
    impact = again["impact"]
    assert impact["projects"] == impact["investment_projects"] == 3
    assert (impact["retentions"], impact["trade_contracts"], impact["trade_wins"]) == (1, 1, 1)
    assert again["quarters_missing"] == [] and again["finished"] is False
    assert again["output"]["contacts"] == 0
    assert again["output"]["leads_per_mission"] is None


def test_quarter_arguments():
    assert {quarter_number(q, 2023) for q in (2, "2", "Q2", "k2", "2023Q2")} == {2}
    assert quarter_number(None) is None
    with pytest.raises(ValueError):
        quarter_number("2022Q2", 2023)
    with pytest.raises(ValueError):
        quarter_number(5)


def test_every_status_has_its_own_word_in_every_language():
    """The measure gives a status code; its word is the catalogue's status_<code>."""
    from tradeinvest.measure import STATUSES
    from tradeinvest.texts import CATALOGUES

    for catalogue in CATALOGUES.values():
        words = {catalogue[f"status_{code}"] for code in STATUSES}
        assert len(words) == len(STATUSES)
