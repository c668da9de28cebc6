"""Focus check: share of jobs and effort from the focus list of the record's year.

Default 2018 list (plan ch. 5): DE, GB, CN, HK, IN (trade: no), JP, TW, US (trade: reactive),
CA. 2019 has no list of its own and uses 2018's.
"""

from __future__ import annotations

import pandas as pd
import pytest
from factories import load

from tradeinvest.measure import Filters, focus_list, focus_share


def _year(frame, year):
    return frame.set_index("year").loc[year]


def test_share_of_jobs_and_effort_from_focus_countries(con):
    load(con, "2019Q2", projects=[
        {"country": "DE", "new_jobs": 100},                         # focus
        {"country": "HK", "new_jobs": 50},                          # focus
        {"country": "FR", "new_jobs": 50},                          # other
        {"country": "IN", "new_jobs": 40, "pillar": "trade",        # India: not for Trade
         "project_kind": "trade_contract"}])
    load(con, "2019Q2", contacts=[{"country": "DE"}, {"country": "DE"}, {"country": "DE"},
                                  {"country": "FR"}])
    row = _year(focus_share(con), 2019)
    assert row["list_year"] == 2018
    assert (row["jobs_focus"], row["jobs_other"]) == (150, 90)
    assert row["jobs_focus_share"] == pytest.approx(150 / 240)
    assert (row["effort_focus"], row["effort_other"]) == (3, 1)
    assert row["effort_focus_share"] == 0.75


def test_trade_focus_is_yes_or_depends_not_reactive(con):
    load(con, "2019Q1", contacts=[{"country": "US", "pillar": "trade"},   # reactive: other
                                  {"country": "GB", "pillar": "trade"},   # depends: focus
                                  {"country": "US", "pillar": "invest"}])  # invest: focus
    row = _year(focus_share(con), 2019)
    assert (row["effort_focus"], row["effort_other"]) == (2, 1)


def test_a_newer_list_applies_from_its_year_and_groups_match_both_ways(con):
    con.execute("INSERT INTO focus_countries VALUES (2021, 'FR', TRUE, 'no', NULL), "
                "(2021, 'HK', TRUE, 'no', NULL)")
    load(con, "2021Q3", projects=[{"country": "FR", "new_jobs": 10},
                                  {"country": "CN", "new_jobs": 30},    # HK listed -> CN too
                                  {"country": "DE", "new_jobs": 60}])   # no longer on the list
    row = _year(focus_share(con), 2021)
    assert row["list_year"] == 2021
    assert (row["jobs_focus"], row["jobs_other"]) == (40, 60)
    assert focus_list(con, 2022)["iso2"].tolist() == ["FR", "HK"]
    assert len(focus_list(con, 2020)) == 9


def test_a_year_before_the_first_list_has_no_shares(con):
    load(con, "2017Q4", projects=[{"country": "DE", "new_jobs": 10}])
    row = _year(focus_share(con), 2017)
    assert pd.isna(row["list_year"])
    assert pd.isna(row["jobs_focus_share"])
    assert row["jobs_other"] == 10


def test_filters_apply(con):
    load(con, "2019Q2", projects=[{"country": "DE", "new_jobs": 100, "sector": "lsh"},
                                  {"country": "FR", "new_jobs": 50}])
    row = _year(focus_share(con, Filters(sector="lsh")), 2019)
    assert (row["jobs_focus"], row["jobs_other"]) == (100, 0)
