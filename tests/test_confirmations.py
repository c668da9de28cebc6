"""The investor's confirmation and the team's contribution (issue 17, item 2): the figures on a
hand-computed five-project example, the headline unchanged, the service's checks and audit."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest
from conftest import make_xlsx
from factories import load
from streamlit.testing.v1 import AppTest

from tests.apptest import ROOT, metrics, sign_in
from tradeinvest import access
from tradeinvest.ingest.problems import UploadRejected
from tradeinvest.loading.confirmations import (
    Confirmation,
    load_answers,
    set_confirmation,
    set_confirmations,
)
from tradeinvest.measure import Filters, progress, totals
from tradeinvest.measure.confirmations import confirmation_summary, projects, weight
from tradeinvest.store import db, users
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


# --- the page (AppTest): the coordinator enters answers and the figures follow -------------

PASSWORD = "a long role password"


def _country_page(**signed_in: str):
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=120)
    at.query_params.update(jaar="2024", land="DE")
    at.run()
    if signed_in:
        sign_in(at, signed_in["role"], PASSWORD)
    at.switch_page("pages/countries.py")
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def test_answers_entered_on_the_page_change_the_figures(app_db):
    con = db.connect(app_db)
    try:
        listed = projects(con, Filters(year=2024, country="DE"))
        before = confirmation_summary(con, 2024, Filters(country="DE"))
    finally:
        con.close()
    waiting = listed[listed["status"].isin(["not_asked", "asked"])]  # weight 1, unconfirmed
    ref = waiting.sort_values("new_jobs").iloc[-1]["reference"]
    jobs = float(listed.set_index("reference").loc[ref, "new_jobs"])
    at = _country_page()
    shown = metrics(at)
    assert shown["Banen gewogen naar bijdrage"] == f"{before['contribution_weighted_jobs']:.0f}"
    assert shown["Bevestigde banen"] == f"{before['confirmed_jobs']:.0f}"
    at.selectbox(key="conf_project").set_value(ref).run()
    at.selectbox(key=f"conf_status_{ref}").set_value("confirmed")
    at.selectbox(key=f"conf_band_{ref}").set_value("60")
    at.radio(key=f"conf_pre_{ref}").set_value(True)
    at.button[[b.label for b in at.button].index("Antwoorden opslaan")].click().run()
    assert not at.exception and not at.error, [e.value for e in at.error]
    shown = metrics(at)
    assert shown["Bevestigde banen"] == f"{before['confirmed_jobs'] + jobs:.0f}"
    assert shown["Banen gewogen naar bijdrage"] == (
        f"{before['contribution_weighted_jobs'] - jobs * 0.5:.0f}")
    con = db.connect(app_db)
    try:
        audited = con.execute("SELECT actor, detail FROM audit_log WHERE action = "
                              "'confirmation' AND actor <> 'voorbeelddata'").fetchall()
    finally:
        con.close()
    assert len(audited) == 1 and audited[0][1].startswith(f"{ref}: confirmed")
    assert "band=60" in audited[0][1] and "prerequisite=True" in audited[0][1]


@pytest.mark.parametrize("role", ["team", "governor"])
def test_other_roles_see_statuses_but_cannot_edit(app_db, role):
    con = db.connect(app_db)
    try:
        users.add_user(con, role, role, PASSWORD, "test")
        ref = projects(con, Filters(year=2024, country="DE"))["reference"].iloc[0]
        with pytest.raises(access.AccessDenied):  # the server's guard, whatever is shown
            access.perform(con, access.Principal(role, role), set_confirmation,
                           Confirmation(ref, "confirmed"), role,
                           audit=lambda *a: None)
        assert not con.execute("SELECT * FROM confirmations WHERE entered_by = ?",
                               [role]).fetchall()
    finally:
        con.close()
    at = _country_page(role=role)
    keys = [w.key for kind in ("selectbox", "radio", "date_input") for w in at.get(kind)]
    assert not [k for k in keys if k and k.startswith("conf_")]
    assert "Antwoorden opslaan" not in [b.label for b in at.button]
    assert "Bevestigde banen" in [m.label for m in at.metric]


def test_the_sample_holds_spread_confirmations(tmp_path):
    """Most landed projects asked, about half confirmed, a few disputed, every band used."""
    from tests.sample_db import sample_copy

    con = db.connect(sample_copy(tmp_path / "sample.duckdb"))
    try:
        listed = projects(con)
        status = listed["status"].value_counts(normalize=True)
        assert status["not_asked"] < 0.3
        assert 0.4 <= status["confirmed"] <= 0.6
        assert 0 < status["disputed"] <= 0.1
        assert set(listed["band"].dropna()) == {"none", "up_to_20", "40", "60", "80",
                                                "more_than_80", "all"}
        latest = listed["d"].max()
        assert (listed.loc[listed["d"] > latest - pd.Timedelta(days=60), "status"]
                == "not_asked").all()  # the last weeks before the cut are not asked yet
    finally:
        con.close()


# --- answers uploaded as a sheet (loading.confirmations.load_answers) ----------------------

ANSWER_HEADER = ["Projectreferentie", "Status", "Gevraagd op", "Zonder hulp ook bereikt",
                 "Voorwaarde", "Sneller", "Antwoord op"]


def test_a_sheet_of_answers_is_stored_as_entered_on_the_page(five):
    data = make_xlsx({"Bevestigingen": [
        ANSWER_HEADER,
        ["a", "Bevestigd", "01-11-2024", "Niets", "ja", "ja", "02-12-2024"],
        ["B", "Bevestigd", "01-11-2024", "40 tot 60 %", "nee", "ja", "02-12-2024"],
        ["C", "Betwist", "01-11-2024", None, None, None, "02-12-2024"],
        ["D", "Gevraagd", "01-11-2024", None, None, None, None]]})
    assert load_answers(five, data, "antwoorden.xlsx", "coordinator") == 4
    s = confirmation_summary(five, 2024)
    assert (s["confirmed_jobs"], s["disputed_jobs"]) == (150, 40)
    assert s["contribution_weighted_jobs"] == pytest.approx(155)  # as the page example
    b = projects(five, Filters(year=2024)).set_index("reference").loc["B"]
    assert (b["prerequisite"], b["faster"], pd.Timestamp(b["asked_on"]).date()) == (
        False, True, ASKED)


def test_a_bad_sheet_is_refused_naming_the_cell_and_nothing_is_stored(five):
    data = make_xlsx({"Bevestigingen": [
        ANSWER_HEADER,
        ["A", "Bevestigd", "01-11-2024", "Niets", "ja", "ja", "02-12-2024"],
        ["B", "Bevestigd", "01-11-2024", "de helft", None, None, None]]})
    with pytest.raises(UploadRejected) as rejected:
        load_answers(five, data, "antwoorden.xlsx", "coordinator")
    (problem,) = [p for p in rejected.value.problems if p.severity == "error"]
    assert (problem.sheet, problem.row) == ("Bevestigingen", 3)
    assert "de helft" in problem.line("nl") and "Zonder hulp" in problem.line("nl")
    unknown = make_xlsx({"Bevestigingen": [ANSWER_HEADER, ["X-9", "Gevraagd", "01-11-2024"]]})
    with pytest.raises(Refusal, match="X-9"):
        load_answers(five, unknown, "antwoorden.xlsx", "coordinator")
    assert five.execute("SELECT count(*) FROM confirmations").fetchone()[0] == 0
