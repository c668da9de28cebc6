"""Cost per new job and new jobs per FTE, per year and budget line (2018 budget: 16.5 FTE,
€638,000; 2019 has no budget of its own and uses 2018's)."""

from __future__ import annotations

import pandas as pd
import pytest
from factories import load

from tradeinvest.measure import Filters, cost_effectiveness


@pytest.fixture
def year_2019(con):
    load(con, "2019Q3", projects=[
        {"new_jobs": 260},
        {"new_jobs": 40, "ema_brexit": True, "sector": "lsh"},
        {"new_jobs": 100, "pillar": "trade", "project_kind": "trade_contract"}])
    load(con, "2019Q4", projects=[])  # "no projects this quarter": the year runs through Q4
    return con


def test_total_per_year(year_2019):
    frame = cost_effectiveness(year_2019, Filters(year=2019)).set_index("line")
    total = frame.loc["total"]
    assert (total["year"], total["budget_year"]) == (2019, 2018)
    assert (total["fte"], total["eur"], total["new_jobs"]) == (16.5, 638_000, 400)
    assert total["cost_per_job"] == 1595                     # 638,000 / 400
    assert total["jobs_per_fte"] == pytest.approx(400 / 16.5)


def test_per_budget_line(year_2019):
    frame = cost_effectiveness(year_2019, Filters(year=2019)).set_index("line")
    assert frame.loc["Invest", ["new_jobs", "cost_per_job", "jobs_per_fte"]].tolist() == \
        [300, 860, 40]                                       # 258,000 / 300; 300 / 7.5
    assert frame.loc["Trade", "cost_per_job"] == 1400        # 140,000 / 100
    assert frame.loc["EMA / Brexit", ["new_jobs", "cost_per_job"]].tolist() == [40, 2500]
    assert pd.isna(frame.loc["Support", "new_jobs"])         # no jobs of its own
    assert pd.isna(frame.loc["Flex (missies)", "jobs_per_fte"])


def test_years_without_budget_before_the_first_are_left_out(con):
    load(con, "2017Q2", projects=[{"new_jobs": 10}])
    load(con, "2020Q2", projects=[{"new_jobs": 319}])
    load(con, "2020Q4", projects=[])  # 2020 runs through Q4: its whole budget
    con.execute("INSERT INTO budget_lines (year, line, fte, eur) "
                "VALUES (2020, 'Invest', 8, 300000)")
    frame = cost_effectiveness(con)
    assert sorted(set(frame["year"])) == [2018, 2020]
    total_2020 = frame[(frame["year"] == 2020) & (frame["line"] == "total")].iloc[0]
    assert (total_2020["budget_year"], total_2020["eur"]) == (2020, 300_000)


def test_a_running_year_gets_the_budget_through_its_latest_loaded_quarter(con):
    """2026 has data through Q2 (Q2 reported empty): the whole-year view sets 6/12 of the
    borrowed 2018 budget (538,000 without the EMA line, 12.5 FTE) against its 55 jobs."""
    load(con, "2026Q1", projects=[{"new_jobs": 55}])
    load(con, "2026Q2", projects=[])
    total = cost_effectiveness(con, Filters(year=2026)).set_index("line").loc["total"]
    assert (total["months"], total["eur"], total["fte"]) == (6, 269_000, 6.25)
    assert total["cost_per_job"] == pytest.approx(269_000 / 55)    # 4,890.91
    every_year = cost_effectiveness(con).set_index(["year", "line"])
    assert every_year.loc[(2026, "total"), "eur"] == 269_000
    assert every_year.loc[(2018, "total"), "months"] == 12          # no upload: a budget year
    load(con, "2026Q4", projects=[])
    assert cost_effectiveness(con, Filters(year=2026)).set_index("line").loc[
        "total", "eur"] == 538_000                                   # through Q4: 12/12


def test_the_cost_note_says_a_running_year_is_pro_rated_to_its_latest_quarter(con):
    from tradeinvest.reporting.headline import cost_note

    load(con, "2026Q1", projects=[{"new_jobs": 55}])
    load(con, "2026Q2", projects=[])
    row = cost_effectiveness(con, Filters(year=2026)).set_index("line").loc["total"]
    assert cost_note(row, False, "nl", whole_year=True).startswith(
        "Budget 6/12 van 2026 (het jaar loopt nog: t/m Q2, het laatste geladen kwartaal)")
    assert "through Q2, the latest loaded quarter" in cost_note(row, False, "en",
                                                               whole_year=True)
    chosen = cost_effectiveness(con, Filters(year=2026, quarter=2, year_to_date=True))
    assert "loopt nog" not in cost_note(chosen.iloc[-1], False, "nl")


def test_a_year_whose_only_projects_file_is_empty_is_a_year_to_choose(con):
    """Steps of the user test: 2026Q1 loaded, 2026Q2 reported empty, 2026Q1 undone."""
    from tradeinvest.loading import uploads
    from tradeinvest.measure import catalog

    load(con, "2025Q4", projects=[{"new_jobs": 5}])
    q1 = load(con, "2026Q1", projects=[{"new_jobs": 55}])
    load(con, "2026Q2", projects=[])
    uploads.undo_upload(con, q1, "coordinator")
    assert catalog.years(con)[:2] == [2026, 2025]
