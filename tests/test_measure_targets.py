"""Targets: stored per indicator and year; the last one carries forward; none before the first."""

from __future__ import annotations

from tradeinvest.measure import target_for, targets
from tradeinvest.reference_data import constant_growth
from tradeinvest.store import reference


def test_default_straight_line_and_carry_forward(con):
    assert target_for(con, 2017) is None
    assert target_for(con, 2018) == 500
    assert target_for(con, 2020) == 700
    assert target_for(con, 2023) == 1000
    assert target_for(con, 2026) == 1000  # kept until the coordinator sets more


def test_a_later_target_set_by_the_coordinator_applies_from_its_year(con):
    reference.set_target(con, "new_jobs", 2025, 1200)
    frame = targets(con, years=[2017, 2023, 2024, 2025, 2026])
    assert frame["target"].tolist()[1:] == [1000, 1000, 1200, 1200]
    assert frame["target"].isna().tolist()[0]
    assert frame["carried"].tolist() == [False, False, True, False, True]
    assert frame["set_in"].tolist()[1:] == [2023, 2023, 2025, 2025]


def test_constant_growth_path_and_other_indicators(con):
    for year, value in constant_growth(2018, 500, 2023, 1000).items():
        reference.set_target(con, "new_jobs", year, value)
    assert target_for(con, 2020) == 659.8  # 500 × 2^(2/5)
    assert target_for(con, 2022, "companies_attracted") == 400
    assert target_for(con, 2021, "companies_attracted") is None


def test_default_years_run_from_first_target_to_the_last_target_year(con):
    frame = targets(con)
    assert frame["year"].tolist() == [2018, 2019, 2020, 2021, 2022, 2023]
