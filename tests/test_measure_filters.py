"""Filters mean the same on every measure; "as reported at T" follows upload_spans exactly."""

from __future__ import annotations

import datetime as dt

import pytest
from factories import load, undo

from tradeinvest.measure import Filters, impact_by, output_by, totals
from tradeinvest.measure.facts import active_rows


def _jobs(con, filters=None, **kw) -> float:
    return totals(con, filters, **kw)["new_jobs"]


def test_country_group_includes_its_members_but_a_member_only_itself(con):
    load(con, "2023Q1", projects=[{"country": "CN", "new_jobs": 10},
                                  {"country": "HK", "new_jobs": 5},
                                  {"country": "DE", "new_jobs": 1}])
    assert _jobs(con, Filters(country="CN")) == 15
    assert _jobs(con, Filters(country="hk")) == 5
    assert _jobs(con, Filters(country=("DE", "HK"))) == 6


def test_period_year_quarter_and_year_to_date(con):
    load(con, "2023Q1", projects=[{"new_jobs": 1}])
    load(con, "2023Q2", projects=[{"new_jobs": 2}])
    load(con, "2023Q3", projects=[{"new_jobs": 4}])
    load(con, "2022Q3", projects=[{"new_jobs": 8}])
    assert _jobs(con, Filters(year=2023)) == 7
    assert _jobs(con, Filters(year=2023, quarter=2)) == 2
    assert _jobs(con, Filters(year=2023, quarter=2, year_to_date=True)) == 3
    assert _jobs(con, Filters(quarter=3)) == 12  # Q3 of every year


def test_pillar_filter_keeps_missions_that_serve_both_pillars(con):
    load(con, "2023Q1", missions=[{"pillar": "both", "companies": 4},
                                  {"pillar": "trade", "companies": 2},
                                  {"pillar": "invest", "companies": 1}], leads=[])
    out = output_by(con, None, Filters(pillar="invest"))
    assert out.loc[0, "missions"] == 2
    assert out.loc[0, "mission_companies"] == 5


def test_sector_theme_partner_and_quotes_in_values(con):
    load(con, "2023Q1", contacts=[{"sector": "lsh", "partner": "UCIB"},
                                  {"sector": "ict", "partner": "IU"},
                                  {"sector": "gaming", "partner": "IU"}])
    assert output_by(con, None, Filters(theme="slim")).loc[0, "contacts"] == 2  # ict + gaming
    assert output_by(con, None, Filters(sector="lsh")).loc[0, "contacts"] == 1
    assert output_by(con, None, Filters(partner="IU")).loc[0, "contacts"] == 2
    assert output_by(con, None, Filters(partner="O'Brien")).loc[0, "contacts"] == 0


def test_figures_as_reported_at_an_earlier_moment(con):
    t1, t2, t3 = dt.datetime(2023, 4, 5), dt.datetime(2023, 4, 20), dt.datetime(2023, 5, 1)
    first = load(con, "2023Q1", at=t1, projects=[{"new_jobs": 100}])
    second = load(con, "2023Q1", at=t2, projects=[{"new_jobs": 120}])  # replaces the first
    undo(con, second, at=t3)  # the correction is taken out again (nothing counts after)
    assert _jobs(con, as_of=t1 - dt.timedelta(seconds=1)) == 0
    assert _jobs(con, as_of=t1) == 100
    assert _jobs(con, as_of=t2) == 120
    assert _jobs(con, as_of=dt.datetime(2023, 4, 30)) == 120
    assert _jobs(con) == 0
    assert first < second


def test_active_rows_reads_the_current_view_or_the_spans():
    assert active_rows("projects") == "projects_current"
    assert "upload_spans" in active_rows("projects", dt.datetime(2024, 1, 1))
    with pytest.raises(ValueError):
        active_rows("settings")


def test_unknown_dimension_and_bad_quarter_are_refused(con):
    with pytest.raises(ValueError):
        impact_by(con, "colour")
    with pytest.raises(ValueError):
        output_by(con, "project_kind")
    with pytest.raises(ValueError):
        Filters(quarter=5)


def test_every_measure_answers_on_an_empty_database(con):
    from tradeinvest import measure as m

    assert m.progress(con, 2023, 2).new_jobs == 0
    assert m.progress_summary(con, 2023)["status"] is None
    assert m.progress_by_year(con)["new_jobs"].sum() == 0
    assert m.output_by(con, "country").empty and m.impact_by(con, "year").empty
    assert m.changes_since_previous_quarter(con, 2023, 1)["delta"].sum() == 0
    assert m.restatement(con, 2023, 1)["difference"].sum() == 0
    assert m.focus_share(con).empty and m.ema_brexit(con).empty
    assert m.funnel(con).empty and m.lead_times(con).empty and m.mission_yield(con).empty
    assert m.lead_time_by(con, None).iloc[0]["projects"] == 0
    assert set(m.cost_effectiveness(con)["year"]) == {2018}
