"""Sign-in throttling: a growing wait, then a lock, after repeated wrong passwords.

Counted from the audit log, so a restart does not reset it. Every local sign-in row carries
keyed tags (`store.secret`): one for the name typed, one for the browser session, and one for
the client's address when Streamlit knows it (`st.context.ip_address`: the TCP peer, so not
forgeable; None for loopback, hence also behind a reverse proxy on this machine, where
X-Forwarded-For is deliberately not trusted). The address tag survives a reload, which starts
a new browser session.
For each tag, the failures since its last successful sign-in or unlock, within the window
(default 15 minutes) up to the last failure, give the wait after that last failure:

- fewer than `signin_max_failures` (5): none;
- from the 5th failure on: `signin_delay_seconds` (15) after the last failure, doubling with
  each further failure (15 s, 30 s, 1 min, 2 min, 4 min: together well inside the window);
- from `signin_lock_failures` (10): locked for `signin_lock_minutes` (30) after the last one.

An attempt during a wait is refused without checking the password (and audited as
`sign_in_locked`, not as a failure). The name, the session and the address all count, so
neither trying many passwords for one name from fresh sessions nor many names from one session
(or, where the address is known, one machine) gets far.
The coordinator lifts a name's lock with `python -m tradeinvest users unlock NAME` (audited).
The limits are the defaults below, overridden by rows with the same keys in `settings`.
"""

from __future__ import annotations

import datetime as dt
import re

import duckdb

from tradeinvest.store import reference, secret

DEFAULTS: dict[str, float] = {
    "signin_window_minutes": 15,
    "signin_max_failures": 5,
    "signin_delay_seconds": 15,
    "signin_lock_failures": 10,
    "signin_lock_minutes": 30,
}
FAILED, LOCKED, SIGNED_IN, UNLOCKED = "sign_in_failed", "sign_in_locked", "sign_in", \
    "sign_in_unlocked"


def limits(con: duckdb.DuckDBPyConnection) -> dict[str, float]:
    """The throttle's limits: DEFAULTS, overridden by `settings` rows of the same key."""
    stored = reference.settings(con)
    return {key: float(stored.get(key, value)) for key, value in DEFAULTS.items()}


def name_tag(con: duckdb.DuckDBPyConnection, username: str) -> str:
    return f"[naam {secret.short_tag(con, 'signin-name', username)}]"


def session_tag(con: duckdb.DuckDBPyConnection, session: str | None) -> str:
    """The session's tag; "" when there is no browser session (command line, tests)."""
    return f"[sessie {secret.short_tag(con, 'signin-session', session)}]" if session else ""


def address_tag(con: duckdb.DuckDBPyConnection, address: str | None) -> str:
    """The client address's tag; "" when unknown (loopback, behind a proxy on this machine)."""
    return f"[adres {secret.short_tag(con, 'signin-address', address)}]" if address else ""


def _all_tags(con: duckdb.DuckDBPyConnection, username: str, session: str | None,
              address: str | None) -> list[str]:
    return [t for t in (name_tag(con, username), session_tag(con, session),
                        address_tag(con, address)) if t]


def tags(con: duckdb.DuckDBPyConnection, username: str, session: str | None,
         address: str | None = None) -> str:
    """The tags to append to a sign-in audit row's detail."""
    return " ".join(_all_tags(con, username, session, address))


def _wait_for(con: duckdb.DuckDBPyConnection, tag: str, now: dt.datetime,
              limit: dict[str, float]) -> dt.datetime | None:
    """Until when `tag` must wait (None: it may try now).

    The failures are counted in the window before the last one, so a lock lasts its full
    time even when the failures that caused it grow older than the window meanwhile.
    """
    reset = con.execute(
        "SELECT max(logged_at) FROM audit_log WHERE action IN (?, ?) AND contains(detail, ?) "
        "AND logged_at <= ?", [SIGNED_IN, UNLOCKED, tag, now]).fetchone()[0]
    reset = reset or dt.datetime.min
    last = con.execute(
        "SELECT max(logged_at) FROM audit_log WHERE action = ? AND contains(detail, ?) "
        "AND logged_at > ? AND logged_at <= ?", [FAILED, tag, reset, now]).fetchone()[0]
    if last is None:
        return None
    since = max(reset, last - dt.timedelta(minutes=limit["signin_window_minutes"]))
    failures = con.execute(
        "SELECT count(*) FROM audit_log WHERE action = ? AND contains(detail, ?) "
        "AND logged_at > ? AND logged_at <= ?", [FAILED, tag, since, last]).fetchone()[0]
    if failures < limit["signin_max_failures"]:
        return None
    if failures >= limit["signin_lock_failures"]:
        until = last + dt.timedelta(minutes=limit["signin_lock_minutes"])
    else:
        steps = failures - limit["signin_max_failures"]
        until = last + dt.timedelta(seconds=limit["signin_delay_seconds"] * 2 ** steps)
    return until if until > now else None


def locked_until(con: duckdb.DuckDBPyConnection, username: str, session: str | None,
                 now: dt.datetime, address: str | None = None) -> dt.datetime | None:
    """Until when a sign-in as `username` from `session` (and client `address`) is refused
    unchecked (None: not)."""
    limit = limits(con)
    waits = [_wait_for(con, tag, now, limit)
             for tag in _all_tags(con, username, session, address)]
    return max((w for w in waits if w is not None), default=None)


def unlock(con: duckdb.DuckDBPyConnection, username: str, actor: str,
           now: dt.datetime | None = None) -> None:
    """Lift the wait or lock on `username` (audited), and on the browser sessions and client
    addresses its failures came from, so the user can sign in again from the same tab and
    machine; earlier failures no longer count."""
    name = name_tag(con, username)
    details = con.execute("SELECT detail FROM audit_log WHERE action = ? AND contains(detail, "
                          "?) ORDER BY logged_at DESC LIMIT 100", [FAILED, name]).fetchall()
    sources = sorted({m for (detail,) in details
                       for m in re.findall(r"\[(?:sessie|adres) \w+\]", detail)})
    reference.audit(con, actor, UNLOCKED, " ".join([f"{username} ontgrendeld", name,
                                                    *sources]), now)
