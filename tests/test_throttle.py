"""Sign-in throttling: growing waits, then a lock, counted from the audit log (an injected
clock, no sleeping), surviving a restart, lifted by `users unlock`; and through the form."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
import streamlit as st
from streamlit.testing.v1 import AppTest

from tradeinvest import access, cli
from tradeinvest.store import db, reference, throttle, users

ROOT = Path(__file__).resolve().parents[1]
PASSWORD = "a long password"
T0 = dt.datetime(2026, 3, 2, 9, 0, 0)
LIMIT = throttle.DEFAULTS


def _seconds(s: float) -> dt.timedelta:
    return dt.timedelta(seconds=s)


@pytest.fixture
def anna(con):
    users.add_user(con, "anna", access.COORDINATOR, PASSWORD, "test")
    return con


def _fail(con, times: int, now: dt.datetime, session: str | None = None,
          name: str = "anna") -> None:
    for _ in range(times):
        assert users.authenticate(con, name, "wrong password", session, now) is None


def _locked(con, now: dt.datetime) -> dt.datetime | None:
    return throttle.locked_until(con, "anna", None, now)


def _refused_until(con, now: dt.datetime, session: str | None = None,
                   name: str = "anna", password: str = PASSWORD) -> dt.datetime:
    with pytest.raises(users.SignInLocked) as caught:
        users.authenticate(con, name, password, session, now)
    return caught.value.until


def test_six_wrong_passwords_then_the_right_one_is_refused_until_the_lock_ends(anna):
    _fail(anna, int(LIMIT["signin_max_failures"]), T0)
    until = _refused_until(anna, T0, password="wrong password")  # the 6th: not even checked
    assert until == T0 + _seconds(LIMIT["signin_delay_seconds"])
    assert _refused_until(anna, T0 + _seconds(1)) == until  # the right password: refused too
    assert _refused_until(anna, until - _seconds(1)) == until
    assert users.authenticate(anna, "anna", PASSWORD, None, until) == \
        access.Principal("anna", access.COORDINATOR, "local")
    # the success resets the count: one new failure is no wait
    _fail(anna, 1, until + _seconds(1))
    assert users.authenticate(anna, "anna", PASSWORD, None, until + _seconds(2))


def test_the_wait_grows_then_locks_for_the_set_time(anna):
    now = T0
    _fail(anna, int(LIMIT["signin_max_failures"]), now)
    waits = []
    for _ in range(int(LIMIT["signin_lock_failures"] - LIMIT["signin_max_failures"])):
        until = _refused_until(anna, now)
        waits.append((until - now).total_seconds())
        now = until
        _fail(anna, 1, now)
    assert waits == [LIMIT["signin_delay_seconds"] * 2 ** i for i in range(len(waits))]
    lock_end = now + dt.timedelta(minutes=LIMIT["signin_lock_minutes"])
    assert _refused_until(anna, now + dt.timedelta(minutes=10)) == lock_end
    assert users.authenticate(anna, "anna", PASSWORD, None, lock_end)


def test_settings_rows_override_the_defaults(anna):
    anna.execute("INSERT OR REPLACE INTO settings VALUES ('signin_max_failures', 2, 'test')")
    _fail(anna, 2, T0)
    assert _refused_until(anna, T0) == T0 + _seconds(LIMIT["signin_delay_seconds"])


def test_failures_outside_the_window_do_not_count(anna):
    _fail(anna, 4, T0)
    later = T0 + dt.timedelta(minutes=LIMIT["signin_window_minutes"], seconds=1)
    _fail(anna, 4, later)
    assert users.authenticate(anna, "anna", PASSWORD, None, later)


def test_one_session_trying_many_names_is_throttled(anna):
    for i in range(int(LIMIT["signin_max_failures"])):
        _fail(anna, 1, T0, session="browser-1", name=f"guess{i}")
    _refused_until(anna, T0, session="browser-1")  # even anna's right password from there
    assert users.authenticate(anna, "anna", PASSWORD, "browser-2", T0)


def test_one_address_is_throttled_across_reloads(anna):
    """A reload is a new browser session; the client's address stays, and so does its wait."""
    for i in range(int(LIMIT["signin_max_failures"])):
        assert users.authenticate(anna, f"guess{i}", "x", f"tab-{i}", T0, "10.1.2.3") is None
    with pytest.raises(users.SignInLocked):
        users.authenticate(anna, "anna", PASSWORD, "tab-new", T0, "10.1.2.3")
    assert users.authenticate(anna, "anna", PASSWORD, "tab-new", T0, "10.9.9.9")
    throttle.unlock(anna, "guess0", "test", T0 + _seconds(1))  # and the address it came from
    assert users.authenticate(anna, "anna", PASSWORD, "tab-new", T0 + _seconds(2), "10.1.2.3")


def test_unknown_names_are_throttled_but_never_logged_as_typed(anna):
    _fail(anna, int(LIMIT["signin_max_failures"]), T0, name="my secret password")
    _refused_until(anna, T0, name="my secret password")
    logged = anna.execute("SELECT actor || detail FROM audit_log").fetchall()
    assert not any("my secret password" in row[0] for row in logged)


def test_the_lock_survives_a_restart_and_the_cli_unlocks_it(db_file, capsys):
    con = db.connect(db_file)
    users.add_user(con, "anna", access.COORDINATOR, PASSWORD, "test")
    now = reference.utc_now()
    _fail(con, int(LIMIT["signin_max_failures"]), now)
    con.close()
    con = db.connect(db_file)  # a new process would open it the same way
    try:
        _refused_until(con, now)
    finally:
        con.close()
    assert cli.main(["--db", str(db_file), "users", "unlock", "Anna"]) == 0
    assert "anna" in capsys.readouterr().out
    assert cli.main(["--db", str(db_file), "users", "unlock", "nobody"]) == 1
    con = db.connect(db_file)
    try:
        assert users.authenticate(con, "anna", PASSWORD, None, reference.utc_now())
        actors = con.execute("SELECT actor FROM audit_log WHERE action = ?",
                             [throttle.UNLOCKED]).fetchall()
    finally:
        con.close()
    assert len(actors) == 1 and actors[0][0].startswith("cli")


@pytest.mark.parametrize("tz", ["Etc/GMT+5", "Etc/GMT-5"])  # POSIX sign: +5 is UTC-5
def test_an_unlock_from_another_time_zone_lifts_the_lock(db_file, tz):
    """`users unlock` run with another TZ than the app: the audit log is in UTC, so the unlock
    still comes after the failures (west of UTC it came 'before' them and unlocked nothing)."""
    con = db.connect(db_file)
    users.add_user(con, "anna", access.COORDINATOR, PASSWORD, "test")
    now = reference.utc_now() - dt.timedelta(minutes=8)  # locked for 30 min from ~now
    _fail(con, int(LIMIT["signin_max_failures"]), now)
    while (until := _locked(con, now)) is not None and until - now < _seconds(600):
        now = until
        _fail(con, 1, now)
    assert _locked(con, reference.utc_now()) is not None
    con.close()
    env = {**os.environ, "TZ": tz, "PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, "-m", "tradeinvest", "--db", str(db_file), "users",
                           "unlock", "anna"], cwd=ROOT, env=env, capture_output=True,
                          text=True, check=False)
    assert done.returncode == 0, done.stderr
    con = db.connect(db_file)
    try:
        assert users.authenticate(con, "anna", PASSWORD, None, reference.utc_now())
    finally:
        con.close()


def _sign_in(at: AppTest, name: str, password: str) -> AppTest:
    at.text_input(key="signin_name").input(name)
    at.text_input(key="signin_password").input(password)
    at.button[0].click()
    return at.run()


@pytest.mark.parametrize(("lang", "words"), [("nl", "Te veel mislukte pogingen"),
                                             ("en", "Too many failed sign-in attempts")])
def test_the_sign_in_form_says_until_when(app_db, lang, words):
    con = db.connect(app_db)
    users.add_user(con, "anna", access.COORDINATOR, PASSWORD, "test")
    con.close()
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=120)
    at.query_params["taal"] = lang
    at.run()
    for _ in range(int(LIMIT["signin_max_failures"])):
        at = _sign_in(at, "anna", "wrong password")
        assert not any(words in e.value for e in at.error)
    at = _sign_in(at, "anna", PASSWORD)
    message = next(e.value for e in at.error if words in e.value)
    assert ":" in message and not at.metric  # a time, and still no data
    st.cache_resource.clear()  # the app's connection holds the file: release it
    assert cli.main(["--db", str(app_db), "users", "unlock", "anna"]) == 0
    at = _sign_in(at, "anna", PASSWORD)
    assert not at.exception and at.metric


def test_a_reload_does_not_reset_the_wait_for_a_known_address(app_db, monkeypatch):
    """Through the form: failures from one address (Streamlit's TCP peer), then a reload (a
    new AppTest is a new browser session): still refused, without checking the password."""
    from streamlit.runtime.context import ContextProxy

    monkeypatch.setattr(ContextProxy, "ip_address", property(lambda self: "10.1.2.3"))
    con = db.connect(app_db)
    users.add_user(con, "anna", access.COORDINATOR, PASSWORD, "test")
    con.close()
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=120).run()
    for i in range(int(LIMIT["signin_max_failures"])):
        at = _sign_in(at, f"guess{i}", "wrong password")  # other names: no name wait
    reloaded = AppTest.from_file(str(ROOT / "app.py"), default_timeout=120).run()
    reloaded = _sign_in(reloaded, "anna", PASSWORD)
    assert any("Te veel mislukte pogingen" in e.value for e in reloaded.error)
    assert not reloaded.metric


def test_the_wait_is_shown_in_the_apps_local_time(monkeypatch):
    """`until` is UTC (the audit log's time); the form says it in the server's local time."""
    from tradeinvest.ui import auth

    monkeypatch.setenv("TZ", "Etc/GMT-5")  # POSIX sign: UTC+5
    time.tzset()
    try:
        shown = auth._locked_message(T0, "nl")
    finally:
        monkeypatch.undo()
        time.tzset()
    assert "02-03-2026 14:00:00" in shown
