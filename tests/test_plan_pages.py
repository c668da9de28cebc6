"""Calendar, Country plans and Yardstick pages (and the plan on the Countries page) in AppTest
on the sample database: no exceptions, and the figures shown are the measure functions'."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.apptest import app, metrics
from tests.sample_db import sample_copy
from tests.test_plans import plans_frame
from tradeinvest.ingest.templates import write_workbook
from tradeinvest.measure import calendar as m_cal
from tradeinvest.measure import plans as m_plans
from tradeinvest.measure import yardstick as m_yard
from tradeinvest.reporting import fmt, report_xlsx
from tradeinvest.store import db
from tradeinvest.store import plans as store_plans


@pytest.fixture(scope="module")
def sample_db(tmp_path_factory) -> Path:
    return sample_copy(tmp_path_factory.mktemp("plan_pages") / "sample.duckdb")


def read(path: Path):
    return db.connect(path)


def test_sample_has_calendars_plans_and_scored_opportunities(sample_db):
    con = read(sample_db)
    try:
        assert m_cal.calendar_years(con) == [2025, 2024, 2019, 2018]
        assert m_plans.plan_years(con) == [2025, 2024]
        summary = m_cal.calendar_summary(con, 2018)
        assert summary["planned_items"] == 33 and summary["carried_out"] >= 5
        jobs = m_plans.plans_vs_target(con, 2025).set_index("indicator").loc["new_jobs"]
        assert (jobs.plans_sum, jobs.regional_target) == (1000, 1000)
        assert len(m_yard.opportunity_outcomes(con)) == 15
    finally:
        con.close()


def test_calendar_page_shows_the_measured_plan_and_reality(app_db):
    at = app("calendar", jaar="2018")
    con = read(app_db)
    summary = m_cal.calendar_summary(con, 2018)
    shown = metrics(at)
    assert shown["Gepland"] == fmt.number(summary["planned_items"]) == "33"
    assert shown["Uitgevoerd"] == fmt.number(summary["carried_out"])
    assert shown["Niet uitgevoerd"] == fmt.number(summary["not_carried_out"])
    assert shown["Buiten plan"] == fmt.number(summary["unplanned_missions"])
    assert shown["Nieuwe banen"] == fmt.number(summary["new_jobs"])
    assert any(c.value.startswith("Kalenderjaar 2018 (het jaar in de zijbalk)")
               for c in at.caption)
    assert at.title[0].value == "Activiteitenkalender: plan en uitvoering"


def test_the_coordinator_fills_in_a_missing_country_on_the_calendar_page(app_db):
    at = app("calendar", jaar="2018")
    before = m_cal.calendar_summary(read(app_db), 2018)["without_country"]
    assert before == 2  # "Innovatieontbijt" (no place) and "Uitgaande missie Toronto"
    at.selectbox(key="cal_open_country").set_value("CA").run()  # no country until chosen
    at.button(key="cal_open_save").click().run()
    assert not at.exception, [e.value for e in at.exception]
    assert m_cal.calendar_summary(read(app_db), 2018)["without_country"] == before - 1
    assert any("opgeslagen" in s.value for s in at.success)


def test_calendar_page_in_english_with_a_pillar_filter(app_db):
    at = app("calendar", taal="en", jaar="2024", pijler="trade")
    summary = m_cal.calendar_summary(read(app_db), 2024, "trade")
    assert summary["planned_items"] < m_cal.calendar_summary(read(app_db), 2024)["planned_items"]
    assert metrics(at)["Planned"] == fmt.number(summary["planned_items"], lang="en")


def test_plans_page_shows_whether_the_plans_add_up(app_db):
    at = app("plans", jaar="2024")
    jobs = m_plans.plans_vs_target(read(app_db), 2024).set_index("indicator").loc["new_jobs"]
    shown = metrics(at)
    assert shown["Som landenplannen: nieuwe banen"] == fmt.number(jobs.plans_sum) == "930"
    assert shown["Regionaal doel"] == fmt.number(jobs.regional_target) == "1.000"
    assert shown["Plannen minus doel"] == fmt.signed(jobs.plan_gap) == "−70"
    assert shown["Realisatie regio"] == fmt.number(jobs.actual_region)


def test_country_page_shows_the_country_plan_against_actual(app_db):
    at = app("countries", jaar="2024", land="CN")
    assert any(h.value == "Landenplan 2024: plan en realisatie" for h in at.subheader)
    plan = m_plans.plan_vs_actual(read(app_db), 2024, "CN").set_index("indicator")
    table = next(df.value for df in at.dataframe
                 if "Realisatie / plan" in list(df.value.columns))
    shown = table.set_index("Indicator")
    assert shown.loc["Nieuwe banen", "Realisatie"] == plan.loc["new_jobs", "actual"]
    assert shown.loc["Nieuwe banen", "Realisatie / plan"] == fmt.percent(
        plan.loc["new_jobs", "share"])


def test_yardstick_page_scores_a_new_opportunity(app_db):
    at = app("yardstick")
    before = len(m_yard.opportunity_outcomes(read(app_db)))
    at.text_input(key="yard_title").input("Inkomende missie Busan")
    at.slider(key="yard_score_a").set_value(5)
    at.slider(key="yard_score_d").set_value(1)
    submit = next(b for b in at.button if b.label == "Score opslaan")
    submit.click().run()
    assert not at.exception, [e.value for e in at.exception]
    con = read(app_db)
    out = m_yard.opportunity_outcomes(con)
    assert len(out) == before + 1
    new = out[out["title"] == "Inkomende missie Busan"].iloc[0]
    # 5, 3, 3, 1 with 40/20/20/20: (200 + 60 + 60 + 20) / 100 = 3.4
    assert new.total == pytest.approx(3.4) and new.decision == "open"
    assert store_plans.yardstick_weights(con) == {"a": 40.0, "b": 20.0, "c": 20.0, "d": 20.0}
    assert any("score 3,4" in s.value for s in at.success)


def test_a_country_plans_file_is_checked_like_any_upload_and_loads_on_confirmation(app_db):
    at = app("plans")
    bad = write_workbook("country_plans", {"country_plans": plans_frame(
        ("Atlantis", "invest", 1, 1, 1, 1, 1, 10))})
    at.file_uploader(key="plans_file").set_value(("plannen.xlsx", bad, report_xlsx.XLSX_MIME)).run()
    assert any("1 fout en 0 waarschuwingen in plannen" in e.value for e in at.error)
    assert at.dataframe[-1].value.iloc[0]["Kolom"] == "Land"
    assert not [b for b in at.button if b.key == "plans_load"]

    year = at.selectbox(key="plans_edit_year").value
    good = write_workbook("country_plans", {"country_plans": plans_frame(
        ("DE", "invest", 10, 2, 3, 4, 1, 25), ("JP", "trade", 5, 1, 1, 2, 1, 5))})
    at.file_uploader(key="plans_file").set_value(
        ("plannen.xlsx", good, report_xlsx.XLSX_MIME)).run()
    assert any("2 rijen goedgekeurd (Landenplannen" in s.value for s in at.success)
    at.button(key="plans_load").click().run()
    assert not at.exception
    assert any(f"Landenplannen {year} geladen" in s.value and "(2 plannen)" in s.value
               for s in at.success)
    plans = m_plans.country_plans(read(app_db), int(year))
    assert sorted(plans["country"]) == ["DE", "JP"]
