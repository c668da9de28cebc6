"""Sign-in and roles in the running app (AppTest): demo mode, local users, identity provider."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
import streamlit as st
from conftest import project_row, projects_xlsx
from streamlit.testing.v1 import AppTest

from tradeinvest import access
from tradeinvest.reporting import report_xlsx
from tradeinvest.store import db, reference, sessions, users
from tradeinvest.ui.auth import DEMO_LABEL
from tradeinvest.ui.safe import md

ROOT = Path(__file__).resolve().parents[1]
PASSWORD = "a long password"


def _add(path: Path, name: str, role: str, password: str | None = PASSWORD) -> None:
    con = db.connect(path)
    try:
        users.add_user(con, name, role, password, "test")
    finally:
        con.close()


def _audit(path: Path) -> list[tuple[str, str]]:
    st.cache_resource.clear()  # the app's connection holds the file: release it
    con = db.connect(path)
    try:
        return con.execute("SELECT actor, action FROM audit_log WHERE action LIKE 'sign%' "
                           "ORDER BY logged_at").fetchall()
    finally:
        con.close()


def _app(**params: str) -> AppTest:
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=120)
    for key, value in params.items():
        at.query_params[key] = value
    return at


def _sign_in(at: AppTest, name: str, password: str) -> AppTest:
    at.text_input(key="signin_name").input(name)
    at.text_input(key="signin_password").input(password)
    at.button[0].click()
    return at.run()


def _page(at: AppTest, page: str) -> AppTest:
    at.switch_page(f"pages/{page}.py")
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def _everything_shown(at: AppTest) -> str:
    """All text of the page: elements and the cells of every table."""
    parts = [str(getattr(e, "value", "")) for kind in ("title", "subheader", "markdown",
                                                        "caption", "text", "info", "success",
                                                        "warning", "error")
             for e in getattr(at, kind)]
    parts += [df.value.to_string() for df in at.dataframe]
    return "\n".join(parts)


def test_without_users_the_app_runs_as_a_labelled_demo(app_db):
    at = _app().run()
    assert not at.exception
    assert any(DEMO_LABEL["nl"] in w.value for w in at.sidebar.warning)
    assert at.metric  # straight into the figures, no sign-in
    at = _page(at, "upload")
    assert at.title[0].value == "Gegevens uploaden"
    assert len(at.get("file_uploader")) == 1


def test_once_a_user_exists_sign_in_comes_first_and_is_audited(app_db):
    _add(app_db, "anna", access.COORDINATOR)
    at = _app().run()
    assert at.title[0].value == "Inloggen"
    assert not at.metric and not at.dataframe  # no data before sign-in
    at = _sign_in(at, "anna", "wrong password")
    assert at.title[0].value == "Inloggen"
    assert "verkeerd wachtwoord" in at.error[0].value
    at = _sign_in(at, "Anna", PASSWORD)
    assert not at.exception, [e.value for e in at.exception]
    assert at.title[0].value.startswith("Op weg naar 1.000 banen")
    assert any("anna" in c.value for c in at.sidebar.caption)
    assert not any(DEMO_LABEL["nl"] in w.value for w in at.sidebar.warning)
    assert _audit(app_db) == [("anna", "sign_in_failed"), ("anna", "sign_in")]


def test_a_governor_gets_no_upload_and_no_contact_persons(app_db):
    _add(app_db, "gerda", access.GOVERNOR)
    at = _sign_in(_app(jaar="2024", land="DE").run(), "gerda", PASSWORD)
    assert not at.exception, [e.value for e in at.exception]
    labels = [b.label for b in at.get("download_button")]
    assert any("Kwartaalrapport (Excel)" in label for label in labels)
    assert not at.get("file_uploader")
    # Upload and Settings are not in a governor's navigation at all
    for page in ("upload", "settings"):
        with pytest.raises(ValueError, match="Could not find a navigation page"):
            at.switch_page(f"pages/{page}.py")
    at = _page(at, "countries")
    shown = _everything_shown(at)
    assert "Duitsland" in at.title[0].value
    assert "Contactpersoon" not in shown and "@example.com" not in shown
    assert all(s.value not in ("Contacten", "Contacts") for s in at.subheader)


def test_the_team_sees_contact_persons_on_the_country_drill_down(app_db):
    _add(app_db, "tom", access.TEAM)
    at = _sign_in(_app(jaar="2024", land="DE").run(), "tom", PASSWORD)
    at = _page(at, "countries")
    assert any(s.value == "Contacten" for s in at.subheader)
    contacts = next(df.value for df in at.dataframe if "Contactpersoon" in df.value.columns)
    assert contacts["E-mail"].str.contains("@example.com").any()
    with pytest.raises(ValueError, match="Could not find a navigation page"):
        at.switch_page("pages/settings.py")  # the team does not edit settings


def test_identity_provider_e_mail_maps_to_a_role(app_db):
    _add(app_db, "gov@utrecht.nl", access.GOVERNOR, password=None)
    secrets = {"auth": {"redirect_uri": "http://localhost:8501/oauth2callback",
                        "cookie_secret": "x" * 32, "client_id": "id", "client_secret": "s",
                        "server_metadata_url": "https://idp.example/.well-known/openid"}}
    at = _app()
    at.secrets = secrets
    at.user = {"is_logged_in": False}
    at.run()
    assert at.title[0].value == "Inloggen"
    assert "organisatie-account" in at.button[0].label

    at = _app()
    at.secrets = secrets
    at.user = {"is_logged_in": True, "email": "Gov@Utrecht.nl", "name": "Gerda"}
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    assert at.title[0].value.startswith("Op weg naar 1.000 banen")
    assert any(md("gov@utrecht.nl") in c.value for c in at.sidebar.caption)

    at = _app()
    at.secrets = secrets
    at.user = {"is_logged_in": True, "email": "stranger@example.org"}
    at.run()
    assert "geen rol" in at.error[0].value
    assert not at.metric
    assert _audit(app_db) == [("gov@utrecht.nl", "sign_in"),
                              ("stranger@example.org", "sign_in_failed")]


def test_upload_text_shows_literally_and_the_upload_is_audited_with_the_user(app_db):
    _add(app_db, "anna", access.COORDINATOR)
    at = _sign_in(_app().run(), "anna", PASSWORD)
    at = _page(at, "upload")
    name = "**vet**[klik](http://evil.example)_2025Q4.xlsx"
    bad = projects_xlsx(project_row(country="Atlantis", date="15-12-2025"))
    at.file_uploader[0].set_value((name, bad, report_xlsx.XLSX_MIME)).run()
    error = next(e.value for e in at.error if "niets geladen" in e.value)
    assert md(name) in error and "**vet**" not in error
    good = projects_xlsx(project_row("P-NEW", jobs=10, date="15-12-2025"))
    at.file_uploader[0].set_value(("extra_2025Q4.xlsx", good, report_xlsx.XLSX_MIME)).run()
    at.button(key="confirm_load").click().run()
    assert not at.exception, [e.value for e in at.exception]
    st.cache_resource.clear()
    con = db.connect(app_db)
    try:
        uploaded_by = con.execute("SELECT uploaded_by FROM uploads ORDER BY upload_id DESC "
                                  "LIMIT 1").fetchone()[0]
        logged = con.execute("SELECT actor FROM audit_log WHERE action = 'upload' "
                             "ORDER BY logged_at DESC LIMIT 1").fetchone()[0]
    finally:
        con.close()
    assert uploaded_by == logged == "anna"


def _signed_out_elsewhere(path: Path, at: AppTest) -> None:
    """What "Uitloggen" in another tab of the same browser does to this tab's token."""
    st.cache_resource.clear()  # the app's connection holds the file: release it
    con = db.connect(path)
    try:
        users.sign_out(con, access.Principal("anna", access.COORDINATOR, "local"),
                       at.session_state["auth_token"])
    finally:
        con.close()


def _expired(path: Path, at: AppTest) -> None:
    """This tab's token replaced by one, signed as usual, that expired a minute ago."""
    st.cache_resource.clear()
    con = db.connect(path)
    try:
        issued = reference.utc_now() - dt.timedelta(hours=sessions.hours(con), minutes=1)
        at.session_state["auth_token"] = sessions.issue(con, "anna", issued)
    finally:
        con.close()


@pytest.mark.parametrize("end", [_signed_out_elsewhere, _expired])
def test_an_open_session_ends_with_its_token(app_db, end):
    """Every run re-checks the session's token: a sign-out in another tab or the end of
    `session_hours` shows the sign-in form on the next click, not the data."""
    _add(app_db, "anna", access.COORDINATOR)
    at = _sign_in(_app().run(), "anna", PASSWORD)
    assert at.metric
    end(app_db, at)
    at.run()
    assert at.title[0].value == "Inloggen"
    assert any("U bent uitgelogd" in i.value for i in at.info)
    assert not at.metric and not at.dataframe
    at = _sign_in(at, "anna", PASSWORD)  # and signing in again works
    assert at.metric
