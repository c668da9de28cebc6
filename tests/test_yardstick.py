"""The Utrecht Region yardstick: weighted scores (hand-computed), weights as settings, and what
followed each scored opportunity, by score band."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest
from factories import load

from tradeinvest.loading import yardstick as loading_yardstick
from tradeinvest.loading.yardstick import Opportunity
from tradeinvest.measure import yardstick as m_yard
from tradeinvest.store import plans as store_plans

DEFAULT = {"a": 40, "b": 20, "c": 20, "d": 20}


def test_total_is_the_weighted_average_of_the_four_scores():
    scores = {"a": 5, "b": 3, "c": 4, "d": 2}
    assert m_yard.score(scores, DEFAULT) == pytest.approx((200 + 60 + 80 + 40) / 100)  # 3.8
    assert m_yard.score(scores, {"a": 1, "b": 1, "c": 1, "d": 1}) == pytest.approx(3.5)
    assert m_yard.score(scores, {"a": 100, "b": 0, "c": 0, "d": 0}) == 5
    assert m_yard.score({q: 1 for q in "abcd"}, DEFAULT) == 1
    with pytest.raises(ValueError, match="score A"):
        m_yard.score({**scores, "a": 6}, DEFAULT)
    with pytest.raises(ValueError, match="meer dan 0"):
        m_yard.score(scores, {q: 0 for q in "abcd"})


@pytest.mark.parametrize(("total", "band"), [(1.0, "1–2"), (1.99, "1–2"), (2.0, "2–3"),
                                             (3.8, "3–4"), (4.0, "4–5"), (5.0, "4–5")])
def test_score_bands(total, band):
    assert m_yard.band_of(total) == band


def test_weights_are_settings_with_the_plan_defaults(con):
    assert store_plans.yardstick_weights(con) == {"a": 40.0, "b": 20.0, "c": 20.0, "d": 20.0}
    refused = loading_yardstick.set_yardstick_weights(con, {"a": -1, "b": 1, "c": 1, "d": 1}, "c")
    assert [p.text("nl") for p in refused] == ["gewicht A moet 0 of meer zijn"]
    assert [p.text("en") for p in refused] == ["weight A must be 0 or more"]
    assert loading_yardstick.set_yardstick_weights(con, {"a": 25, "b": 25, "c": 25, "d": 25},
                                             "coord") == []
    assert store_plans.yardstick_weights(con) == {q: 25.0 for q in "abcd"}
    assert con.execute("SELECT count(*) FROM audit_log WHERE detail LIKE 'meetlat%'"
                       ).fetchone()[0] == 1


def test_scores_must_be_whole_numbers_from_one_to_five(con):
    with pytest.raises(ValueError, match="score C moet een geheel getal"):
        loading_yardstick.add_opportunity(con, Opportunity(dt.date(2024, 1, 1), "X", "other",
                                                     3, 3, 0, 3), "coord")
    with pytest.raises(ValueError, match="onbekend land"):
        loading_yardstick.add_opportunity(con, Opportunity(dt.date(2024, 1, 1), "X", "other",
                                                     3, 3, 3, 3, country="Atlantis"), "coord")
    assert store_plans.opportunities(con).empty


@pytest.fixture
def results(con):
    """A mission with two leads (one won) and a project from it (30 jobs); a bidbook that led
    to a project (20 jobs); a company with a project before (99) and after (15) the request,
    and a lead at a later mission."""
    load(con, "2024Q1", missions=[{"reference": "M-1", "start_date": dt.date(2024, 2, 1)}],
         leads=[{"mission_reference": "M-1", "company": "Helix Inc.", "status": "won"},
                {"mission_reference": "M-1", "company": "Nova Ltd"}])
    load(con, "2024Q1", bidbooks=[{"reference": "B-1", "project_reference": "P-2",
                                   "outcome": "won"}])
    load(con, "2024Q3", missions=[{"reference": "M-2", "start_date": dt.date(2024, 8, 1)}],
         leads=[{"mission_reference": "M-2", "company": "ACME Robotics"}])
    load(con, "2023Q1", projects=[{"reference": "P-0", "company": "Acme Robotics B.V.",
                                   "new_jobs": 99.0}])
    load(con, "2024Q4", projects=[
        {"reference": "P-1", "company": "Helix Inc.", "lead_reference": "M-1", "new_jobs": 30.0},
        {"reference": "P-2", "company": "Other BV", "new_jobs": 20.0},
        {"reference": "P-3", "company": "Acme Robotics GmbH", "new_jobs": 15.0}])
    return con


def test_what_followed_each_opportunity_comes_from_its_most_specific_link(results):
    con = results
    add = loading_yardstick.add_opportunity
    a = add(con, Opportunity(dt.date(2023, 11, 1), "Missie", "mission_proposal", 5, 4, 4, 3,
                             decision="take", mission_reference="m-1", company="Helix"), "c")
    b = add(con, Opportunity(dt.date(2024, 1, 1), "Bidbook", "bidbook_request", 4, 4, 3, 4,
                             decision="take", bidbook_reference="B-1"), "c")
    c = add(con, Opportunity(dt.date(2024, 1, 1), "Vraag Acme", "incoming_request", 2, 2, 3, 2,
                             decision="decline", reason="te vaag", company="ACME robotics"),
            "c")
    d = add(con, Opportunity(dt.date(2024, 1, 1), "Onbekend", "other", 3, 3, 3, 3,
                             decision="take", mission_reference="M-404"), "c")
    e = add(con, Opportunity(dt.date(2024, 2, 1), "Open", "new_market", 1, 1, 1, 1), "c")
    out = m_yard.opportunity_outcomes(con).set_index("opportunity_id")
    assert out.loc[a, ["link", "link_found", "leads", "won_leads", "projects",
                       "new_jobs"]].tolist() == ["mission", True, 2, 1, 1, 30.0]
    assert out.loc[b, ["link", "link_found", "projects", "new_jobs"]].tolist() == [
        "bidbook", True, 1, 20.0]
    # the company's project before the request (99 jobs) does not count; the later lead does
    assert out.loc[c, ["link", "leads", "projects", "new_jobs"]].tolist() == [
        "company", 1, 1, 15.0]
    assert out.loc[d, ["link", "link_found", "projects"]].tolist() == ["mission", False, 0]
    assert out.loc[e, "link"] is None and out.loc[e, "decision"] == "open"
    # 5,4,4,3 with 40/20/20/20: (200 + 80 + 80 + 60) / 100 = 4.2
    assert out.loc[a, "total"] == pytest.approx(4.2) and out.loc[a, "band"] == "4–5"
    assert out.loc[c, "total"] == pytest.approx(2.2)

    bands = m_yard.yardstick_bands(con).set_index("band")
    assert bands["opportunities"].to_dict() == {"1–2": 1, "2–3": 1, "3–4": 2, "4–5": 1}
    top, mid = bands.loc["4–5"], bands.loc["3–4"]
    assert (top.taken, top.taken_with_result, top.hit_rate, top.new_jobs) == (1, 1, 1.0, 30.0)
    # b: (160 + 80 + 60 + 80) / 100 = 3.8 with a result, d: 3.0 without
    assert (mid.taken, mid.taken_with_result, mid.hit_rate, mid.new_jobs,
            mid.jobs_per_taken) == (2, 1, 0.5, 20.0, 10.0)
    assert bands.loc["2–3", "declined_with_result"] == 1
    assert bands.loc["1–2", "open"] == 1 and pd.isna(bands.loc["1–2", "hit_rate"])


def test_new_weights_rescore_but_the_decision_time_total_is_kept(results):
    con = results
    oid = loading_yardstick.add_opportunity(con, Opportunity(dt.date(2024, 1, 1), "X", "other",
                                                       5, 3, 4, 2), "c")
    loading_yardstick.set_yardstick_weights(con, {q: 25 for q in "abcd"}, "c")
    row = m_yard.opportunity_outcomes(con).set_index("opportunity_id").loc[oid]
    assert row.total_at_decision == pytest.approx(3.8) and row.total == pytest.approx(3.5)


def test_decisions_and_links_are_recorded_later_and_audited(results):
    con = results
    oid = loading_yardstick.add_opportunity(
        con, Opportunity(dt.date(2023, 12, 1), "Missie", "other", 4, 4, 4, 4), "c")
    frame = store_plans.opportunities(con)[["opportunity_id",
                                            *store_plans.EDITABLE_OPPORTUNITY]]
    refused = loading_yardstick.update_opportunities(con, frame.assign(decision="maybe"), "c")
    assert [p.text("nl") for p in refused] == [
        f"kans {oid}: besluit moet take, decline of open zijn"]
    frame = frame.assign(decision="take", reason="goede kans", mission_reference="M-1")
    assert loading_yardstick.update_opportunities(con, frame, "coord") == []
    out = m_yard.opportunity_outcomes(con).set_index("opportunity_id").loc[oid]
    assert (out.decision, out.reason, out.projects, out.new_jobs, out.updated_by) == (
        "take", "goede kans", 1, 30.0, "coord")
    audit = con.execute("SELECT count(*) FROM audit_log WHERE action = 'yardstick'").fetchone()
    assert audit[0] == 2  # scored, then updated
    assert loading_yardstick.update_opportunities(con, frame, "coord") == []  # unchanged: no write
    assert con.execute("SELECT count(*) FROM audit_log WHERE action = 'yardstick'"
                       ).fetchone()[0] == 2
