"""The local users store: sign-in names, roles and salted password hashes in DuckDB.

Passwords are hashed with scrypt from the standard library (no extra dependency), each with
its own random salt, so equal passwords never give equal hashes and a stolen database file
yields no passwords. Sign-in attempts, good and bad, go to the audit log with who and when
(never the password). Users who sign in through the organisation's identity provider (OIDC)
are stored without a password: the table then only maps their e-mail address to a role.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import hmac
import secrets

import duckdb
import pandas as pd

from tradeinvest import access
from tradeinvest.store import reference, sessions, throttle
from tradeinvest.store.db import transaction

# scrypt cost: 2^14 × 8 × 128 B = 16 MiB and ~50 ms per check: slow for guessing, fine for
# a sign-in. Stored with the hash, so raising it later keeps old hashes valid.
SCRYPT_N, SCRYPT_R, SCRYPT_P, KEY_BYTES, SALT_BYTES = 2**14, 8, 1, 32, 16
MIN_PASSWORD_LENGTH = 10


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _scrypt(password: str, salt: bytes, n: int, r: int, p: int, length: int) -> bytes:
    return hashlib.scrypt(password.encode("utf-8"), salt=salt, n=n, r=r, p=p, dklen=length,
                          maxmem=256 * 1024 * 1024)


def hash_password(password: str) -> str:
    """'scrypt$N$r$p$salt$hash' (base64) with a fresh random salt."""
    salt = secrets.token_bytes(SALT_BYTES)
    key = _scrypt(password, salt, SCRYPT_N, SCRYPT_R, SCRYPT_P, KEY_BYTES)
    return f"scrypt${SCRYPT_N}${SCRYPT_R}${SCRYPT_P}${_b64(salt)}${_b64(key)}"


def verify_password(password: str, stored: str | None) -> bool:
    """True when `password` matches the stored hash; compares in constant time."""
    try:
        scheme, n, r, p, salt, key = (stored or "").split("$")
        if scheme != "scrypt":
            return False
        expected = base64.b64decode(key)
        actual = _scrypt(password, base64.b64decode(salt), int(n), int(r), int(p),
                         len(expected))
    except (ValueError, TypeError):
        return False
    return hmac.compare_digest(actual, expected)


# Verified against when the name is unknown, so a wrong name costs as long as a wrong password
# and the time taken does not tell which names exist.
_DUMMY_HASH = hash_password(secrets.token_urlsafe(16))


def normalise_name(name: str) -> str:
    return name.strip().lower()


def check_password_rules(password: str) -> None:
    """Raise ValueError (Dutch) for a password too weak to store."""
    if len(password) < MIN_PASSWORD_LENGTH:
        raise ValueError(f"het wachtwoord moet minstens {MIN_PASSWORD_LENGTH} tekens hebben")


class UserExists(ValueError):
    """`add_user` for a name that is taken: changes go through `change_user`."""


def _checked(name: str, role: str | None, password: str | None) -> str:
    """The normalised name, after refusing an empty name, unknown role or weak password."""
    username = normalise_name(name)
    if not username:
        raise ValueError("de gebruikersnaam is leeg")
    if role is not None and role not in access.ROLES:
        raise ValueError(f"onbekende rol {role!r}; kies uit {', '.join(access.ROLES)}")
    if password is not None:
        check_password_rules(password)
    return username


def _how(hashed: str | None) -> str:
    return "" if hashed else ", alleen inloggen via organisatie-account"


def add_user(con: duckdb.DuckDBPyConnection, name: str, role: str, password: str | None,
             actor: str, *, password_hash: str | None = None) -> None:
    """Add a new user; audited. Raises UserExists for a name that is taken, so a typo or a
    second "Anna" never silently replaces someone's role and password.

    `password` None: a user who signs in through the identity provider only, unless
    `password_hash` gives one already hashed (a change queued by the command line).
    """
    username = _checked(name, role, password)
    hashed = hash_password(password) if password is not None else password_hash
    with transaction(con) as cur:
        if cur.execute("SELECT count(*) FROM users WHERE username = ?",
                       [username]).fetchone()[0]:
            raise UserExists(f"gebruiker {username} bestaat al; wijzig met "
                             f"'users set {username} --role ... / --password ...'")
        cur.execute("INSERT INTO users VALUES (?, ?, ?, ?, ?)",
                    [username, role, hashed, reference.utc_now(), actor])
        reference.audit(cur, actor, "user_added", f"{username}: rol {role}{_how(hashed)}")


def change_user(con: duckdb.DuckDBPyConnection, name: str, actor: str, *,
                role: str | None = None, password: str | None = None,
                oidc_only: bool = False, password_hash: str | None = None) -> None:
    """Change an existing user's role and/or password (`oidc_only`: remove the password);
    audited. Their sign-in cookies stop working (`sessions.verify`), also when only the role
    changed. ValueError (Dutch) for an unknown user or when nothing is asked to change."""
    username = _checked(name, role, password)
    if role is None and password is None and password_hash is None and not oidc_only:
        raise ValueError("geef --role, --password of --oidc-only")
    with transaction(con) as cur:
        row = cur.execute("SELECT role, password_hash FROM users WHERE username = ?",
                          [username]).fetchone()
        if row is None:
            raise ValueError(f"geen gebruiker {username}")
        hashed = (None if oidc_only else hash_password(password) if password else
                  password_hash or row[1])
        cur.execute("UPDATE users SET role = ?, password_hash = ?, created_at = ? "
                    "WHERE username = ?", [role or row[0], hashed, reference.utc_now(),
                                           username])
        new_password = ["nieuw wachtwoord"] if password or password_hash else []
        changed = [f"rol {role or row[0]}", *new_password,
                   *(["alleen inloggen via organisatie-account"] if oidc_only else [])]
        reference.audit(cur, actor, "user_changed", f"{username}: {', '.join(changed)}")


def remove_user(con: duckdb.DuckDBPyConnection, name: str, actor: str) -> bool:
    """Remove a user; False if there was none. Audited."""
    username = normalise_name(name)
    with transaction(con) as cur:
        gone = cur.execute("DELETE FROM users WHERE username = ? RETURNING username",
                           [username]).fetchall()
        if gone:
            reference.audit(cur, actor, "user_removed", username)
    return bool(gone)


def list_users(con: duckdb.DuckDBPyConnection) -> pd.DataFrame:
    """username, role, password (yes/no), created_at, created_by: never the hashes."""
    return con.execute(
        """SELECT username, role, password_hash IS NOT NULL AS password, created_at,
                  created_by FROM users ORDER BY username""").df()


def count(con: duckdb.DuckDBPyConnection) -> int:
    return int(con.execute("SELECT count(*) FROM users").fetchone()[0])


def role_of(con: duckdb.DuckDBPyConnection, name: str | None) -> str | None:
    """The current role of a user (None: no such user); read on every page run, so a removed
    user or a changed role takes effect at once."""
    if not name:
        return None
    row = con.execute("SELECT role FROM users WHERE username = ?",
                      [normalise_name(name)]).fetchone()
    return row[0] if row else None


class SignInLocked(Exception):
    """Too many wrong passwords for this name or from this session (`store.throttle`)."""

    def __init__(self, until: dt.datetime) -> None:
        super().__init__(f"inloggen geblokkeerd tot {until:%d-%m-%Y %H:%M:%S}")
        self.until = until


def authenticate(con: duckdb.DuckDBPyConnection, name: str, password: str,
                 session: str | None = None, now: dt.datetime | None = None,
                 address: str | None = None) -> access.Principal | None:
    """Check a local sign-in; the attempt (name, outcome, when) goes to the audit log.

    Raises SignInLocked, without checking the password, while the name, the browser `session`
    or the client `address` must wait after repeated failures. `now`: the clock (UTC; tests
    inject one).
    """
    now = now or reference.utc_now()
    username = normalise_name(name)
    tags = throttle.tags(con, username, session, address)
    until = throttle.locked_until(con, username, session, now, address)
    if until is not None:
        reference.audit(con, username if role_of(con, username) else "(onbekende naam)",
                        throttle.LOCKED, f"geweigerd tot {until:%H:%M:%S} {tags}", now)
        raise SignInLocked(until)
    row = con.execute("SELECT role, password_hash FROM users WHERE username = ?",
                      [username]).fetchone()
    ok = verify_password(password, row[1] if row and row[1] else _DUMMY_HASH) and row is not None
    if ok and row[1]:
        reference.audit(con, username, throttle.SIGNED_IN, f"lokaal inloggen gelukt {tags}", now)
        return access.Principal(username, row[0], "local")
    # An unknown name is not logged as typed: people type their password in the name field.
    reference.audit(con, username if row else "(onbekende naam)", throttle.FAILED,
                    "lokaal inloggen mislukt: " + ("verkeerd wachtwoord" if row else
                                                   "onbekende gebruikersnaam") + f" {tags}", now)
    return None


def unlock(con: duckdb.DuckDBPyConnection, name: str, actor: str) -> bool:
    """Lift the sign-in wait or lock on a user (audited); False if there is no such user."""
    username = normalise_name(name)
    if role_of(con, username) is None:
        return False
    throttle.unlock(con, username, actor)
    return True


def sign_in_oidc(con: duckdb.DuckDBPyConnection, email: str | None) -> access.Principal | None:
    """Map the identity provider's e-mail claim to a role; audited like a local sign-in."""
    role = role_of(con, email)
    if role is None:
        reference.audit(con, normalise_name(email or "-") or "-", "sign_in_failed",
                        "inloggen via organisatie-account: e-mailadres heeft geen rol")
        return None
    username = normalise_name(email or "")
    reference.audit(con, username, "sign_in", "inloggen via organisatie-account gelukt")
    return access.Principal(username, role, "oidc")


def resume(con: duckdb.DuckDBPyConnection, token: str | None) -> access.Principal | None:
    """The local user a sign-in cookie still signs in (`store.sessions`), with today's role."""
    username = sessions.verify(con, token)
    role = role_of(con, username)
    return access.Principal(username, role, "local") if username and role else None


def sign_out(con: duckdb.DuckDBPyConnection, principal: access.Principal,
             token: str | None = None) -> None:
    """Audit the sign-out; with the session's cookie token, that token stops working."""
    tag = f" {sessions.nonce_tag(token)}" if token else ""
    reference.audit(con, principal.name, "sign_out", f"uitgelogd ({principal.via}){tag}")
