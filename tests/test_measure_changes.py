"""What changed since last quarter, and the restatement view (as reported then versus now).

Timeline: 5 Apr Q1 projects (100 jobs) and contacts (2); 5 Jul Q2 projects (50 jobs);
10 Jul a corrected Q1 file replaces the first (120 jobs, one more project).
"""

from __future__ import annotations

import datetime as dt

import pytest
from factories import load

from tradeinvest.measure import (
    Filters,
    changes_since_previous_quarter,
    reported_at,
    restatement,
)
from tradeinvest.texts import CATALOGUES, t

APR, JUL, JUL10 = dt.datetime(2023, 4, 5), dt.datetime(2023, 7, 5), dt.datetime(2023, 7, 10)


@pytest.fixture
def history(con):
    load(con, "2023Q1", at=APR, projects=[{"new_jobs": 100, "investment_eur": 2e6}])
    load(con, "2023Q1", at=APR, contacts=[{}, {"country": "US"}])
    load(con, "2023Q2", at=JUL, projects=[{"new_jobs": 50}])
    load(con, "2023Q1", at=JUL10, projects=[{"new_jobs": 100, "investment_eur": 2e6},
                                            {"new_jobs": 20}])
    return con


def _by_figure(frame):
    return frame.set_index("figure")


def test_delta_since_the_end_of_the_previous_quarter(history):
    c = _by_figure(changes_since_previous_quarter(history, 2023, 2))
    assert c.loc["new_jobs", ["previous", "current", "delta"]].tolist() == [120, 170, 50]
    assert c.loc["investment_projects", "delta"] == 1
    assert c.loc["contacts", ["previous", "current", "delta"]].tolist() == [2, 2, 0]
    assert c.loc["investment_eur", "current"] == 2e6
    # each figure is named in both languages by the catalogue's `figure_<key>`
    assert t("figure_new_jobs") == "Nieuwe banen (jaar tot nu)"
    assert all(f"figure_{k}" in CATALOGUES[lang] for k in c.index for lang in CATALOGUES)


def test_first_quarter_starts_from_zero(history):
    c = _by_figure(changes_since_previous_quarter(history, 2023, 1))
    assert c.loc["new_jobs", ["previous", "current", "delta"]].tolist() == [0, 120, 120]


def test_reported_moment_is_just_before_the_next_quarter_was_first_uploaded(history):
    assert reported_at(history, 2023, 1) == JUL - dt.timedelta(microseconds=1)
    assert reported_at(history, 2023, 2) is None  # nothing later yet: reported = now


def test_restatement_shows_the_late_correction(history):
    r = _by_figure(restatement(history, 2023, 1))
    assert r.loc["new_jobs", ["reported", "now", "difference"]].tolist() == [100, 120, 20]
    assert r.loc["investment_projects", "difference"] == 1
    assert r.loc["contacts", "difference"] == 0
    same = _by_figure(restatement(history, 2023, 2))
    assert (same["difference"] == 0).all()


def test_restatement_at_a_chosen_moment_with_filters(history):
    r = _by_figure(restatement(history, 2023, 1, Filters(country="US"),
                               as_of=APR + dt.timedelta(days=1)))
    assert r.loc["contacts", ["reported", "now"]].tolist() == [1, 1]
    assert r.loc["new_jobs", "now"] == 0
