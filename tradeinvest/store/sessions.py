"""Signed sign-in tokens, so a reload keeps a local user signed in for a set time.

The browser keeps the token in the cookie `tradeinvest_session` (`ui.auth` sets it); the
server keeps nothing but the secret (`store.secret`): a token is `v1.<name>.<issued ms>.<expires
ms>.<nonce>.<HMAC-SHA256>`. It is accepted only while all of these hold, checked on each new
browser session (a reload):
- the signature matches (nobody without the secret file can make or change one);
- it has not expired (`session_hours` in settings, default 8);
- the user still exists and was not added or changed (role, password) after it was issued,
  so removing a user or resetting a password ends their cookies at once;
- it was not signed out: sign-out writes the token's nonce to the audit log.
"""

from __future__ import annotations

import base64
import datetime as dt
import hmac
import secrets as random

import duckdb

from tradeinvest.store import reference, secret

COOKIE = "tradeinvest_session"
DEFAULT_HOURS = 8.0
_PURPOSE = "session-cookie"


def hours(con: duckdb.DuckDBPyConnection) -> float:
    """How long a sign-in lasts across reloads: `session_hours` in settings, else 8."""
    return float(reference.settings(con).get("session_hours", DEFAULT_HOURS))


def _ms(moment: dt.datetime) -> int:
    """Milliseconds since the epoch; a naive `moment` is UTC (`reference.utc_now`), never the
    local time of whichever process wrote it."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    return int(moment.timestamp() * 1000)


def issue(con: duckdb.DuckDBPyConnection, username: str,
          now: dt.datetime | None = None) -> str:
    """A fresh signed token for `username`, valid for `hours(con)` from `now`."""
    now = now or reference.utc_now()
    name = base64.urlsafe_b64encode(username.encode()).decode().rstrip("=")
    expires = now + dt.timedelta(hours=hours(con))
    payload = f"v1.{name}.{_ms(now)}.{_ms(expires)}.{random.token_hex(8)}"
    return f"{payload}.{secret.sign(con, _PURPOSE, payload)}"


def nonce_tag(token: str) -> str:
    """How the audit log names a token (its random part only: not enough to use it)."""
    parts = token.split(".")
    return f"[cookie {parts[4]}]" if len(parts) == 6 else ""


def verify(con: duckdb.DuckDBPyConnection, token: str | None,
           now: dt.datetime | None = None) -> str | None:
    """The user name a token signs in, or None when it is forged, expired, signed out or its
    user was removed or changed since."""
    parts = (token or "").split(".")
    if len(parts) != 6 or parts[0] != "v1":
        return None
    payload, signature = ".".join(parts[:5]), parts[5]
    if not hmac.compare_digest(signature, secret.sign(con, _PURPOSE, payload)):
        return None
    try:
        username = base64.urlsafe_b64decode(parts[1] + "=" * (-len(parts[1]) % 4)).decode()
        issued, expires = int(parts[2]), int(parts[3])
    except ValueError:
        return None
    if _ms(now or reference.utc_now()) >= expires:
        return None
    row = con.execute("SELECT created_at FROM users WHERE username = ?", [username]).fetchone()
    if row is None or _ms(row[0]) > issued:
        return None
    revoked = con.execute("SELECT count(*) FROM audit_log WHERE action = 'sign_out' "
                          "AND contains(detail, ?)", [nonce_tag(token or "")]).fetchone()[0]
    return None if revoked else username
