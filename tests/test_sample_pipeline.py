"""The sample pipeline (issue 16): consistent with the sample's projects, stages that move on,
lost opportunities with reasons (tests/test_sample.py keeps the other figures pinned)."""

from __future__ import annotations

import pandas as pd
import pytest

from tradeinvest import sample, vocab

ORDER = {s.code: i for i, s in enumerate(vocab.PIPELINE_STAGES)}


@pytest.fixture(scope="module")
def frames():
    return sample.sample_frames()


def _all(frames, kind: str) -> pd.DataFrame:
    return pd.concat([f[kind].assign(quarter=q) for (k, q), f in frames.items() if k == kind],
                     ignore_index=True)


def test_each_won_opportunity_is_a_sample_project_landed_in_that_quarter(frames):
    pipeline, projects = _all(frames, "pipeline"), _all(frames, "projects")
    won = pipeline[pipeline["stage"] == "won"]
    landed = dict(zip(projects["reference"], projects["quarter"], strict=True))
    assert len(won) > 100 and won["project_reference"].notna().all()
    assert [landed.get(ref) for ref in won["project_reference"]] == won["quarter"].tolist()
    assert won["project_reference"].is_unique and won["reference"].is_unique
    invest = projects[(projects["pillar"] == "invest") & (projects["new_jobs"] > 0)]
    assert set(invest["reference"]) == set(won["project_reference"])


def test_lost_ones_say_why_and_often_where(frames):
    lost = _all(frames, "pipeline").query("stage == 'lost'")
    assert len(lost) > 50 and lost["lost_reason"].notna().all()
    assert set(lost["lost_reason"]) <= {t.code for t in vocab.LOST_REASONS}
    assert lost["lost_to_country"].notna().mean() > 0.5
    assert (lost["lost_to_country"] != lost["country"]).all()


def test_an_opportunity_moves_on_quarter_by_quarter_and_closes_once(frames):
    pipeline = _all(frames, "pipeline")
    for _, history in pipeline.groupby("reference"):
        stages = [ORDER[s] for s in history["stage"]]
        assert stages == sorted(stages)  # never back (lost sorts last)
        assert history["quarter"].is_unique
        assert sum(s in ("won", "lost") for s in history["stage"]) <= 1
        assert history["stage"].iloc[:-1].isin(vocab.OPEN_STAGES).all()
    # every quarter holds open opportunities, and some remain open at the end
    assert pipeline.groupby("quarter")["stage"].apply(lambda s: s.isin(vocab.OPEN_STAGES).any()
                                                      ).all()
    assert pipeline.query("quarter == '2025Q4'")["stage"].isin(vocab.OPEN_STAGES).sum() >= 8


def test_the_mission_source_names_a_sample_mission(frames):
    pipeline, missions = _all(frames, "pipeline"), _all(frames, "missions")
    from_missions = pipeline[pipeline["source"] == "mission"]
    assert len(from_missions) > 0
    assert set(from_missions["mission_reference"]) <= set(missions["reference"])

