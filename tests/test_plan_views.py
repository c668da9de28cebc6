"""The yearly pages' small computations (measure.plan_views), on frames worked out by hand."""

from __future__ import annotations

import pandas as pd

from tradeinvest.measure import plan_views


def test_places_to_fill_are_items_with_a_place_but_no_country():
    items = pd.DataFrame({"item": [1, 2, 3, 4], "country": ["DE", None, None, "US"],
                          "place_key": ["berlijn", "ergens", None, None]})
    assert list(plan_views.places_to_fill(items)["item"]) == [2]


def test_the_plan_year_is_the_sidebar_s_else_the_latest_with_plans_else_2018():
    assert plan_views.plan_year(2020, [2018, 2019]) == 2020
    assert plan_views.plan_year(None, [2018, 2021, 2019]) == 2021
    assert plan_views.plan_year(None, []) == 2018


def test_editable_years_are_plans_and_data_years_and_the_year_after_newest_first():
    assert plan_views.editable_plan_years([2018, 2019], [2018, 2020]) == [2021, 2020, 2019,
                                                                         2018]
    assert plan_views.editable_plan_years([], []) == [2019]
    assert plan_views.editable_plan_years([2022], []) == [2023, 2022]


def test_indicator_row_picks_one_indicator():
    summary = pd.DataFrame({"indicator": ["leads", "new_jobs"], "plans_sum": [30, 400]})
    assert plan_views.indicator_row(summary)["plans_sum"] == 400
    assert plan_views.indicator_row(summary, "leads")["plans_sum"] == 30


def test_plans_grid_pairs_actual_and_plan_per_country_and_indicator():
    overview = pd.DataFrame({
        "country": ["DE", "DE", "US", "US"],
        "label": ["Leads", "Nieuwe banen", "Leads", "Nieuwe banen"],
        "actual": [12, 150, 3, 0], "plan": [10, 100, 5, 50]})
    grid = plan_views.plans_grid(overview, "label")
    assert list(grid.columns) == ["country", "Leads", "Nieuwe banen"]
    assert grid.set_index("country").loc["DE", "Nieuwe banen"] == (150, 100)
    assert grid.set_index("country").loc["US", "Leads"] == (3, 5)
    only = plan_views.plans_grid(overview, "label", "US")
    assert list(only["country"]) == ["US"] and only.iloc[0]["Nieuwe banen"] == (0, 50)
