"""The pipeline on screen (AppTest, sample database): the team's Pipeline page and the sections
on the Countries and Missions drill-downs show what measure/pipeline.py returns."""

from __future__ import annotations

import pytest

from tests.apptest import app, metrics
from tradeinvest.measure import Filters, mission_yield
from tradeinvest.measure import pipeline as pl
from tradeinvest.reporting import fmt
from tradeinvest.store import db
from tradeinvest.texts import t


def _expected(con, f: Filters, quarter: str, mission: str | None = None) -> dict[str, str]:
    by_stage = pl.open_by_stage(con, quarter, f, mission)
    conv = pl.conversion(con, f, mission)
    high = by_stage.loc[by_stage["likelihood"] == "high", "expected_jobs"].sum()
    return {t("pipeline_open", "nl"): fmt.number(by_stage["opportunities"].sum()),
            t("pipeline_open_jobs", "nl"): fmt.number(by_stage["expected_jobs"].sum()),
            t("pipeline_high_jobs", "nl"): fmt.number(high),
            t("pipeline_conversion", "nl"): fmt.percent(
                None if conv.empty else conv.iloc[0]["conversion"])}


def test_the_team_page_shows_the_measured_open_pipeline_and_conversion(app_db):
    at = app("pipeline")
    con = db.connect(app_db)
    assert at.title[0].value == "Pijplijn — 2025"
    shown = metrics(at)
    expected = _expected(con, Filters(), "2025Q4")
    assert {k: shown[k] for k in expected} == expected
    assert int(shown["Open kansen"]) > 0
    assert any(c.value == t("pipeline_snapshot", "nl", quarter="2025Q4") for c in at.caption)
    by_source = next(d.value for d in at.dataframe if {"Bron", "Bereikt"} <= set(d.value.columns))
    assert by_source["Bereikt"].sum() == pl.conversion(con, by_source=True)["reached"].sum()
    listed = next(d.value for d in at.dataframe if "Referentie" in d.value.columns)
    assert len(listed) == int(shown["Open kansen"])


def test_a_chosen_quarter_shows_that_quarters_snapshot_and_losses(app_db):
    at = app("pipeline", jaar="2024", kwartaal="2")
    con = db.connect(app_db)
    expected = _expected(con, Filters(), "2024Q2")
    assert {k: metrics(at)[k] for k in expected} == expected
    lost = pl.lost_by(con, "lost_reason", Filters(year=2024, quarter=2, year_to_date=True))
    reasons = next(d.value for d in at.dataframe if "Reden" in d.value.columns)
    assert reasons["Kansen"].sum() == lost["opportunities"].sum() > 0


def test_the_country_drill_down_has_the_countrys_pipeline(app_db):
    at = app("countries", jaar="2025", land="US")
    expected = _expected(db.connect(app_db), Filters(country="US"), "2025Q4")
    assert {k: metrics(at)[k] for k in expected} == expected
    assert any(s.value == "Pijplijn" for s in at.subheader)


def test_the_mission_drill_down_has_the_pipeline_from_that_mission(app_db):
    at = app("missions", jaar="2024")
    con = db.connect(app_db)
    box = next(s for s in at.selectbox if s.label == "Missie")
    sourced = {r[0] for r in con.execute(
        "SELECT DISTINCT mission_reference FROM pipeline").fetchall()}
    missions = mission_yield(con, Filters(year=2024))["reference"]
    chosen = next(ref for ref in missions if ref in sourced)
    box.set_value(chosen).run()
    expected = _expected(con, Filters(), "2024Q4", chosen)
    assert pl.conversion(con, mission=chosen)["reached"].iloc[0] > 0
    assert {k: metrics(at)[k] for k in expected} == expected
    assert any(s.value.startswith("Pijplijn uit missie") for s in at.subheader)


@pytest.mark.parametrize("lang", ["en"])
def test_the_pipeline_page_speaks_english(app_db, lang):
    at = app("pipeline", taal=lang)
    assert at.title[0].value == "Pipeline — 2025"
    assert "Open opportunities" in metrics(at)
