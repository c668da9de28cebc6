"""Sign-in cookies: signed tokens that survive a reload and a restart, and stop at once when
forged, expired, signed out, or when their user is removed or changed."""

from __future__ import annotations

import datetime as dt
import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from tradeinvest import access
from tradeinvest.store import db, reference, secret, sessions, users

PASSWORD = "a long password"
ROOT = Path(__file__).resolve().parents[1]


def _anna(con) -> access.Principal:
    users.add_user(con, "anna", access.TEAM, PASSWORD, "test")
    return access.Principal("anna", access.TEAM, "local")


def test_a_token_signs_in_until_it_expires(con):
    anna = _anna(con)
    now = reference.utc_now()
    token = sessions.issue(con, "anna", now)
    assert users.resume(con, token) == anna
    assert sessions.verify(con, token, now + dt.timedelta(hours=7.9)) == "anna"
    assert sessions.verify(con, token, now + dt.timedelta(hours=8)) is None
    con.execute("INSERT OR REPLACE INTO settings VALUES ('session_hours', 1, 'test')")
    short = sessions.issue(con, "anna", now)
    assert sessions.verify(con, short, now + dt.timedelta(hours=1)) is None


def test_forged_or_garbled_tokens_are_refused(con):
    _anna(con)
    token = sessions.issue(con, "anna")
    head, name, issued, expires, nonce, mac = token.split(".")
    later = str(int(expires) + 10**9)
    for bad in (None, "", "x", token + "0", token.replace(mac, "0" * len(mac)),
                ".".join([head, name, issued, later, nonce, mac]),
                ".".join([head, "Z2VyZGE", issued, expires, nonce, mac])):  # "gerda"
        assert sessions.verify(con, bad) is None, bad


def test_sign_out_ends_that_token_only(con):
    anna = _anna(con)
    first, second = sessions.issue(con, "anna"), sessions.issue(con, "anna")
    users.sign_out(con, anna, first)
    assert sessions.verify(con, first) is None
    assert sessions.verify(con, second) == "anna"


def test_removing_or_changing_a_user_ends_their_tokens_at_once(con):
    _anna(con)
    token = sessions.issue(con, "anna")
    users.change_user(con, "anna", "test", password="a new long password")  # reset
    assert sessions.verify(con, token) is None
    token = sessions.issue(con, "anna")
    users.change_user(con, "anna", "test", role=access.GOVERNOR)
    assert sessions.verify(con, token) is None
    token = sessions.issue(con, "anna")
    users.remove_user(con, "anna", "test")
    assert users.resume(con, token) is None


def test_the_secret_survives_a_restart_and_stays_out_of_git(db_file):
    con = db.connect(db_file)
    _anna(con)
    token = sessions.issue(con, "anna")
    key = secret.key_file(con)
    con.close()
    secret._cache.clear()  # as a new process: read from the file again
    con = db.connect(db_file)
    try:
        assert sessions.verify(con, token) == "anna"
    finally:
        con.close()
    assert key is not None and key.exists()
    assert stat.S_IMODE(key.stat().st_mode) == 0o600
    ignored = subprocess.run(["git", "check-ignore", "-q", "data/tradeinvest.duckdb.key"],
                             cwd=ROOT, check=False)
    assert ignored.returncode == 0


def _cli(db_file: Path, tz: str, *args: str) -> None:
    """Run the command line as a separate process in time zone `tz` (the app's may differ)."""
    env = {**os.environ, "TZ": tz, "PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, "-m", "tradeinvest", "--db", str(db_file), *args],
                          cwd=ROOT, env=env, capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr


@pytest.mark.parametrize("tz", ["Etc/GMT+5", "Etc/GMT-5"])  # POSIX sign: +5 is UTC-5
def test_a_password_reset_from_another_time_zone_ends_old_cookies_only(db_file, tz):
    """The app and `users set` may run with different TZ: times are compared in UTC."""
    con = db.connect(db_file)
    _anna(con)
    old = sessions.issue(con, "anna")
    con.close()
    _cli(db_file, tz, "users", "set", "anna", "--password", "a new long password")
    con = db.connect(db_file)
    try:
        assert sessions.verify(con, old) is None  # failed west of UTC (cookie outlived reset)
        fresh = sessions.issue(con, "anna")
        assert sessions.verify(con, fresh) == "anna"  # failed east of UTC (fresh one refused)
    finally:
        con.close()
