"""The investor's confirmation and the team's contribution (issue 17, item 2): the figures on a
hand-computed five-project example, the headline unchanged, the service's checks and audit."""

from __future__ import annotations

import datetime as dt

import pytest
from factories import load

from tradeinvest.loading.confirmations import Confirmation, set_confirmation, set_confirmations
from tradeinvest.measure import Filters, progress, totals
from tradeinvest.measure.confirmations import confirmation_summary, projects, weight
from tradeinvest.texts.phrases import Refusal

ASKED = dt.date(2024, 11, 1)
ANSWERED = dt.date(2024, 12, 2)


@pytest.fixture
def five(con):
    """2024: A 100 jobs (DE), B 50, C 40, D 20, E 10 (all NL... except A); 2023: F 70."""
    load(con, "2024Q2", projects=[
        {"reference": "A", "company": "Alpha GmbH", "new_jobs": 100.0, "country": "DE"},
        {"reference": "B", "company": "Beta Inc", "new_jobs": 50.0, "country": "US"},
        {"reference": "C", "company": "Gamma KK", "new_jobs": 40.0, "country": "JP"},
        {"reference": "D", "company": "Delta SA", "new_jobs": 20.0, "country": "FR"},
        {"reference": "E", "company": "Epsilon AB", "new_jobs": 10.0, "country": "SE"}])
    load(con, "2023Q2", projects=[{"reference": "F", "company": "Zeta", "new_jobs": 70.0}])
    return con


def _answer(con, **kw):
    set_confirmations(con, [
        Confirmation("a", "confirmed", ASKED, "none", True, True, ANSWERED),   # weight 1.0
        Confirmation("B", "confirmed", ASKED, "60", False, True, ANSWERED),    # 1 - 0.5
        Confirmation("C", "disputed", ASKED, None, None, None, ANSWERED),      # 0
        Confirmation("D", "asked", ASKED),                                     # unanswered: 1
        Confirmation("F", "confirmed", ASKED, "all", False, False, ANSWERED),  # other year
    ], "coordinator", **kw)


def test_five_projects_hand_computed(five):
    _answer(five)
    s = confirmation_summary(five, 2024)
    assert s["new_jobs"] == 220
    assert s["confirmed_jobs"] == 150          # A + B
    assert s["confirmed_share"] == pytest.approx(150 / 220)
    assert s["disputed_jobs"] == 40            # C
    assert s["unconfirmed_jobs"] == 30         # D asked, E not asked
    # 100 x 1.0 + 50 x 0.5 + 40 x 0 + 20 x 1 (no answer) + 10 x 1 (not asked)
    assert s["contribution_weighted_jobs"] == pytest.approx(155)
    assert (s["asked_projects"], s["confirmed_projects"], s["disputed_projects"],
            s["projects_landed"]) == (4, 2, 1, 5)
    assert s["answered_jobs"] == 190           # A, B and the disputed C
    assert s["answered_contribution_share"] == pytest.approx(125 / 190)
    by_country = confirmation_summary(five, 2024, Filters(country="US"))
    assert (by_country["confirmed_jobs"], by_country["contribution_weighted_jobs"]) == (50, 25)
    assert confirmation_summary(five, 2023)["contribution_weighted_jobs"] == 0  # F: "all"


def test_nothing_asked_is_the_headline(five):
    s = confirmation_summary(five, 2024)
    assert (s["confirmed_jobs"], s["confirmed_share"], s["contribution_weighted_jobs"]) == (
        0, 0, 220)
    assert s["answered_contribution_share"] is None
    assert confirmation_summary(five, 2030)["confirmed_share"] is None


@pytest.mark.parametrize(("status", "band", "expected"), [
    ("confirmed", "none", 1.0), ("confirmed", "up_to_20", 0.9), ("confirmed", "40", 0.7),
    ("confirmed", "60", 0.5), ("confirmed", "80", 0.3), ("confirmed", "more_than_80", 0.1),
    ("confirmed", "all", 0.0), ("confirmed", None, 1.0), ("asked", None, 1.0),
    ("not_asked", None, 1.0), ("disputed", "none", 0.0)])
def test_weight_of_each_band(status, band, expected):
    assert weight(status, band) == pytest.approx(expected)


def test_the_headline_is_unchanged(five):
    before = (progress(five, 2024), totals(five, Filters(year=2024)))
    _answer(five)
    assert (progress(five, 2024), totals(five, Filters(year=2024))) == before


def test_every_change_is_audited_with_who(five):
    _answer(five, now=dt.datetime(2024, 12, 3, 10))
    rows = five.execute("SELECT actor, action, detail FROM audit_log WHERE action = "
                        "'confirmation' ORDER BY detail").fetchall()
    assert [r[2].split(":")[0] for r in rows] == ["A", "B", "C", "D", "F"]  # as the project has it
    assert {r[0] for r in rows} == {"coordinator"}
    assert "band=60" in rows[1][2]
    listed = projects(five, Filters(year=2024)).set_index("reference")
    assert listed.loc["E", "status"] == "not_asked" and listed.loc["B", "weight"] == 0.5


def test_a_later_answer_replaces_the_earlier(five):
    _answer(five)
    set_confirmation(five, Confirmation("B", "confirmed", ASKED, "all"), "coordinator")
    assert confirmation_summary(five, 2024)["contribution_weighted_jobs"] == pytest.approx(130)
    assert five.execute("SELECT count(*) FROM confirmations").fetchone()[0] == 5


@pytest.mark.parametrize(("item", "key"), [
    (Confirmation("NOPE", "confirmed"), "refusal_confirmation_project"),
    (Confirmation("A", "maybe"), "refusal_confirmation_status"),
    (Confirmation("A", "confirmed", band="half"), "refusal_confirmation_band"),
    (Confirmation("A", "asked"), "refusal_confirmation_asked_on"),
    (Confirmation("A", "asked", ASKED, band="40"), "refusal_confirmation_unanswered")])
def test_bad_answers_are_refused_and_nothing_is_stored(five, item, key):
    with pytest.raises(Refusal) as refused:
        set_confirmations(five, [Confirmation("B", "confirmed"), item], "coordinator")
    assert key in {p.key for p in refused.value.phrase.fields["problems"].phrases}
    assert five.execute("SELECT count(*) FROM confirmations").fetchone()[0] == 0
    assert five.execute("SELECT count(*) FROM audit_log WHERE action = 'confirmation'"
                        ).fetchone()[0] == 0
