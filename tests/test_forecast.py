"""The pipeline forecast: hand-computed expected value and interval, the probability estimate
with and without the prior, and the interval's calibration on simulated data."""

from __future__ import annotations

import datetime as dt

import numpy as np
import pytest
from factories import load
from pipeline_factory import load_pipeline, opportunity

from tradeinvest.measure import forecast as fc
from tradeinvest.store import reference

# 12-month chances whose 6-month ones (Q2: six months left) are round: 1 - (1 - p12) ** 0.5
SIX_MONTHS = {0.96: 0.8, 0.75: 0.5, 0.51: 0.3, 0.36: 0.2, 0.19: 0.1}


def _set_priors(con, strength: float, **chances: float) -> None:
    reference.set_setting(con, "forecast_prior_strength", strength)
    for key, value in chances.items():
        reference.set_setting(con, f"forecast_p_{key}", value)


def test_the_prior_for_the_months_left_has_a_constant_hazard():
    settings = {"forecast_p_active_medium": 0.75}
    assert fc.prior(settings, "active", "medium", 12) == pytest.approx(0.75)
    assert fc.prior(settings, "active", "medium", 6) == pytest.approx(0.5)
    assert fc.months_left(3) == 3 and fc.months_left(4) == 0


def test_forecast_with_fixed_probabilities_on_five_opportunities(con):
    """No history, so p = the settings' default for six months left (Q2):
    A verify/high 40 × 0.8 = 32, B active/medium 30 × 0.5 = 15, C prospect/low 100 × 0.1 = 10,
    D lands in 2026 (left out), E prospect/medium, land date unknown, 50 × 0.2 = 10.
    Realised 100 + 50 = 150; expected 67; pipeline 217; still needed 1,000 − 150 − 67 = 783."""
    _set_priors(con, 10, verify_high=0.96, active_medium=0.75, prospect_low=0.19,
                active_high=0.51, prospect_medium=0.36)
    load(con, "2025Q1", projects=[{"new_jobs": 100}])
    load(con, "2025Q2", projects=[{"new_jobs": 50}])
    load_pipeline(con, "2025Q2", [
        opportunity("A", "verify", "high", 40, dt.date(2025, 9, 1)),
        opportunity("B", "active", "medium", 30, dt.date(2025, 11, 1)),
        opportunity("C", "prospect", "low", 100, dt.date(2025, 1, 1)),
        opportunity("D", "active", "high", 20, dt.date(2026, 3, 1)),
        opportunity("E", "prospect", "medium", 50, None)])
    f = fc.forecast(con, 2025, "Q2")
    assert f.realised == 150 and f.target == 1000
    assert f.expected == pytest.approx(67)
    assert f.points["pipeline"] == pytest.approx(217)
    assert f.points["run_rate"] == pytest.approx(300)  # 150 × 4 / 2
    assert f.still_needed == pytest.approx(783)
    assert list(f.opportunities["reference"]) == ["A", "B", "C", "E"]
    assert list(f.opportunities["weighted_jobs"]) == pytest.approx([32, 15, 10, 10])
    # the exact distribution of 150 + 40·A + 30·B + 100·C + 50·E: P(<= 150) = 0.072,
    # P(<= 180) = 0.144, so the 10th percentile is 180; P(<= 250) = 0.836, P(<= 270) = 0.908,
    # so the 90th is 270
    assert (f.lows["pipeline"], f.highs["pipeline"]) == (180, 270)
    assert f.lows["run_rate"] is None and f.highs["last_four"] is None


def _history(con) -> None:
    """2024: at the end of Q2 four active/medium opportunities and one verify/high; two of the
    four and the verify one are won in Q3 or Q4. 2023 has no Q4 pipeline: not history."""
    load_pipeline(con, "2023Q2", [opportunity(f"old{i}", "active") for i in range(5)])
    load_pipeline(con, "2024Q2", [*(opportunity(f"a{i}", "active") for i in range(1, 5)),
                                  opportunity("v1", "verify", "high")])
    load_pipeline(con, "2024Q3", [opportunity("a1", "won"), opportunity("a2", "active"),
                                  opportunity("v1", "verify", "high")])
    load_pipeline(con, "2024Q4", [opportunity("a2", "won"), opportunity("a3", "lost"),
                                  opportunity("v1", "won", "high")])


def test_history_counts_what_was_open_at_that_quarter_end_and_won_by_the_year_end(con):
    _history(con)
    cells = fc.history(con, 2025, 2).set_index(["stage", "likelihood"])
    assert cells.loc[("active", "medium"), ["n", "won"]].tolist() == [4, 2]
    assert cells.loc[("verify", "high"), ["n", "won"]].tolist() == [1, 1]
    assert len(cells) == 2  # 2023 (no Q4 pipeline) is not counted
    assert fc.history(con, 2024, 2).empty  # only years before the forecast's


@pytest.mark.parametrize(("strength", "active", "verify", "prospect"), [
    (0, 2 / 4, 1 / 1, 0.1),                           # history alone; no history: the default
    (4, (2 + 4 * 0.2) / (4 + 4), (1 + 4 * 0.8) / (1 + 4), 0.1),  # shrunk toward the default
])
def test_probability_estimate_with_and_without_the_prior(con, strength, active, verify,
                                                         prospect):
    _set_priors(con, strength, active_medium=0.36, verify_high=0.96, prospect_low=0.19)
    _history(con)
    grid = fc.probabilities(fc.history(con, 2025, 2), fc.forecast_settings(con),
                            6).set_index(["stage", "likelihood"])["p"]
    assert grid[("active", "medium")] == pytest.approx(active)
    assert grid[("verify", "high")] == pytest.approx(verify)
    assert grid[("prospect", "low")] == pytest.approx(prospect)


def test_no_pipeline_upload_for_the_quarter_means_no_pipeline_forecast(con):
    load(con, "2025Q1", projects=[{"new_jobs": 100}])
    f = fc.forecast(con, 2025, 1)
    assert f.points["pipeline"] is None and f.still_needed is None
    assert f.points["run_rate"] == 400


def test_at_the_end_of_q4_nothing_is_left_to_land(con):
    for q in (1, 2, 3, 4):
        load(con, f"2025Q{q}", projects=[{"new_jobs": 10}])
    load_pipeline(con, "2025Q4", [opportunity("A", "verify", "high", 500)])
    f = fc.forecast(con, 2025, 4)
    assert f.expected == 0 and f.points["pipeline"] == 40
    assert (f.lows["pipeline"], f.highs["pipeline"]) == (40, 40)


def test_the_80_percent_interval_covers_70_to_90_percent_of_simulated_years():
    """Known truth: 300 simulated years of 60 opportunities each with a known chance; the
    year's actual is drawn from those chances by another generator."""
    truth = np.random.default_rng(7)
    inside = []
    for _ in range(300):
        jobs = truth.integers(1, 80, 60).astype(float)
        chance = truth.uniform(0.05, 0.9, 60)
        actual = 200 + float(jobs @ (truth.random(60) < chance))
        low, high = fc.interval(jobs, chance, 200)
        inside.append(low <= actual <= high)
    assert 0.70 <= np.mean(inside) <= 0.90
