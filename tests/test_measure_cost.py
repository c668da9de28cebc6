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
    con.execute("INSERT INTO budget_lines (year, line, fte, eur) "
                "VALUES (2020, 'Invest', 8, 300000)")
    frame = cost_effectiveness(con)
    assert sorted(set(frame["year"])) == [2018, 2020]
    total_2020 = frame[(frame["year"] == 2020) & (frame["line"] == "total")].iloc[0]
    assert (total_2020["budget_year"], total_2020["eur"]) == (2020, 300_000)
