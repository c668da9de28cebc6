"""Stage history from successive pipeline uploads (measure/pipeline.py), hand-computed on three
quarters and five opportunities:

    ref  source       country  2024Q1          2024Q2               2024Q3
    A    mission M-1  DE       prospect        active ("k-a")       won (P-1)
    B    nfia         DE       active          verify               verify
    C    mission M-1  US       prospect        lost (costs, to BE)  -
    D    own_network  US       prospect        prospect             active
    E    nfia         GB       verify          won (P-2)            -

Reached (first quarter at that stage or later): prospect A B C D E; active A B D E (E first
seen at verify); verify A (won in Q3 without being reported at verify) B E; won A E; lost C.
Outcomes: A, E won; C lost; B, D open.
"""

from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest
from factories import load

from tradeinvest.measure import Filters
from tradeinvest.measure import pipeline as pl

JOBS = {"A": 20.0, "B": 50.0, "C": 10.0, "D": 30.0, "E": 40.0}
SOURCE = {"A": ("mission", "M-1", "DE", "ict"), "B": ("nfia", None, "DE", "lsh"),
          "C": ("mission", "M-1", "US", "ict"), "D": ("own_network", None, "US", "lsh"),
          "E": ("nfia", None, "GB", "ict")}


def _opp(name: str, stage: str, likelihood: str | None = None, ref: str | None = None,
         **extra: object) -> dict[str, object]:
    source, mission, country, sector = SOURCE[name]
    return {"reference": ref or f"K-{name}", "company": f"Company {name}", "stage": stage,
            "likelihood": likelihood, "expected_jobs": JOBS[name], "source": source,
            "mission_reference": mission, "country": country, "sector": sector, "theme": None,
            **extra}


def _quarters() -> dict[str, list[dict[str, object]]]:
    return {
        "2024Q1": [_opp("A", "prospect", "low"), _opp("B", "active", "high"),
                   _opp("C", "prospect", "low"), _opp("D", "prospect", "medium"),
                   _opp("E", "verify", "high")],
        "2024Q2": [_opp("A", "active", "medium", ref="k-a"), _opp("B", "verify", "high"),
                   _opp("C", "lost", lost_reason="costs", lost_to_country="BE"),
                   _opp("D", "prospect", "medium"),
                   _opp("E", "won", project_reference="P-2")],
        "2024Q3": [_opp("A", "won", project_reference="P-1"), _opp("B", "verify", "high"),
                   _opp("D", "active", "medium")],
    }


@pytest.fixture
def loaded(con):
    for quarter, rows in _quarters().items():
        load(con, quarter, pipeline=rows)
    return con


def _rows(frame, *columns: str) -> list[tuple]:
    return [tuple(None if pd.isna(v) else v for v in row)
            for row in frame[list(columns)].itertuples(index=False)]


def test_when_each_opportunity_first_reached_each_stage(loaded):
    h = pl.stage_history(loaded)
    a = h[h["reference"] == "K-A"]  # the latest report's spelling ("K-A" in Q3)
    assert _rows(a, "stage", "first_quarter", "reported", "quarters_in_stage", "outcome") == [
        ("prospect", "2024Q1", True, 1, "won"), ("active", "2024Q2", True, 1, "won"),
        ("verify", "2024Q3", False, None, "won"), ("won", "2024Q3", True, None, "won")]
    e = h[h["reference"] == "K-E"]
    assert _rows(e, "stage", "first_quarter", "reported") == [
        ("prospect", "2024Q1", False), ("active", "2024Q1", False), ("verify", "2024Q1", True),
        ("won", "2024Q2", True)]
    assert _rows(h[h["reference"] == "K-C"], "stage", "first_quarter", "outcome") == [
        ("prospect", "2024Q1", "lost"), ("lost", "2024Q2", "lost")]
    assert len(h) == 4 + 3 + 2 + 2 + 4  # A B C D E


def test_time_in_stage_counts_those_that_left_it(loaded):
    # prospect: A 1, C 1 (lost), D 2; active: A 1, B 1 (D still active); verify: E 1 (B still)
    t = pl.time_in_stage(loaded)
    assert _rows(t, "stage", "opportunities", "mean_quarters", "median_quarters") == [
        ("prospect", 3, pytest.approx(4 / 3), 1.0), ("active", 2, 1.0, 1.0),
        ("verify", 1, 1.0, 1.0)]


def test_conversion_per_stage_and_per_source(loaded):
    c = pl.conversion(loaded)
    assert _rows(c, "stage", "reached", "won", "lost", "open", "conversion") == [
        ("prospect", 5, 2, 1, 2, 0.4), ("active", 4, 2, 0, 2, 0.5),
        ("verify", 3, 2, 0, 1, pytest.approx(2 / 3))]
    s = pl.conversion(loaded, by_source=True)
    assert _rows(s[s["stage"] == "prospect"], "source", "reached", "won", "conversion") == [
        ("mission", 2, 1, 0.5), ("nfia", 2, 1, 0.5), ("own_network", 1, 0, 0.0)]
    assert _rows(s[s["stage"] == "active"], "source", "reached", "won", "conversion") == [
        ("mission", 1, 1, 1.0), ("nfia", 2, 1, 0.5), ("own_network", 1, 0, 0.0)]


def test_filters_and_mission_choose_opportunities(loaded):
    germany = pl.conversion(loaded, Filters(country="DE"))  # A won, B open
    assert _rows(germany, "stage", "reached", "won") == [
        ("prospect", 2, 1), ("active", 2, 1), ("verify", 2, 1)]
    ict = pl.conversion(loaded, Filters(sector="ict", theme="slim"))  # A, C, E
    assert _rows(ict, "stage", "reached", "won", "lost") == [
        ("prospect", 3, 2, 1), ("active", 2, 2, 0), ("verify", 2, 2, 0)]
    m1 = pl.conversion(loaded, mission="m-1")  # A, C
    assert _rows(m1, "stage", "reached", "won", "lost") == [
        ("prospect", 2, 1, 1), ("active", 1, 1, 0), ("verify", 1, 1, 0)]
    assert pl.conversion(loaded, Filters(country="JP")).empty


def test_reasons_lost_and_countries_lost_to(loaded):
    assert _rows(pl.lost_by(loaded, "lost_reason"), "lost_reason", "opportunities",
                 "expected_jobs") == [("costs", 1, 10.0)]
    assert _rows(pl.lost_by(loaded, "lost_to_country", Filters(year=2024, quarter=2)),
                 "lost_to_country", "opportunities") == [("BE", 1)]
    assert pl.lost_by(loaded, "lost_reason", Filters(year=2024, quarter=3)).empty
    assert pl.lost_by(loaded, "lost_reason", Filters(country="DE")).empty


def test_open_pipeline_of_a_quarter_by_stage_and_likelihood(loaded):
    assert pl.snapshot_quarter(loaded) == "2024Q3"
    assert _rows(pl.open_by_stage(loaded, "2024Q3"), "stage", "likelihood", "opportunities",
                 "expected_jobs") == [("active", "medium", 1, 30.0), ("verify", "high", 1, 50.0)]
    q2 = pl.open_by_stage(loaded, pl.snapshot_quarter(loaded, dt.date(2024, 6, 30)))
    assert _rows(q2, "stage", "likelihood", "opportunities", "expected_jobs") == [
        ("prospect", "medium", 1, 30.0), ("active", "medium", 1, 20.0),
        ("verify", "high", 1, 50.0)]
    assert pl.open_opportunities(loaded, "2024Q3")["reference"].tolist() == ["K-B", "K-D"]


def test_a_later_correction_leaves_the_history_as_reported_before(loaded):
    before = loaded.execute("SELECT max(uploaded_at) FROM uploads").fetchone()[0]
    rows = _quarters()["2024Q3"]
    rows[1] = _opp("B", "won", project_reference="P-3")
    load(loaded, "2024Q3", pipeline=rows)  # replaces Q3: B won after all
    assert pl.conversion(loaded)["won"].tolist() == [3, 3, 3]
    assert pl.conversion(loaded, as_of=before)["won"].tolist() == [2, 2, 2]
