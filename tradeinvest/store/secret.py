"""The app's signing secret: random bytes made once, kept in a file beside the database.

Used to sign the sign-in cookie and to key the names in the sign-in throttle's audit rows
(an unknown name is never logged as typed: people type passwords into the name field). The
file (`<database>.key`, e.g. data/tradeinvest.duckdb.key) is git-ignored and readable by its
owner only; it is never committed and not part of a backup. Deleting it signs everyone out.
An in-memory database (tests) gets a secret for the life of the process.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import secrets
import threading
from pathlib import Path

import duckdb

SECRET_BYTES = 32
_cache: dict[str, bytes] = {}
_lock = threading.Lock()


def key_file(con: duckdb.DuckDBPyConnection) -> Path | None:
    """Where the secret of this connection's database lives (None: in-memory database)."""
    row = con.execute("SELECT path FROM duckdb_databases() "
                      "WHERE database_name = current_database()").fetchone()
    return Path(row[0] + ".key") if row and row[0] else None


def _read_or_create(path: Path) -> bytes:
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        data = path.read_bytes()
        if len(data) >= SECRET_BYTES:
            return data
        raise ValueError(f"{path} is te kort voor een geheime sleutel; verwijder het bestand "
                         "(iedereen wordt dan uitgelogd)") from None
    data = secrets.token_bytes(SECRET_BYTES)
    with os.fdopen(fd, "wb") as out:
        out.write(data)
    return data


def app_secret(con: duckdb.DuckDBPyConnection) -> bytes:
    """The secret for this database, created on first use."""
    path = key_file(con)
    name = str(path) if path else ":memory:"
    with _lock:
        if name not in _cache:
            _cache[name] = _read_or_create(path) if path else secrets.token_bytes(SECRET_BYTES)
        return _cache[name]


def sign(con: duckdb.DuckDBPyConnection, purpose: str, value: str) -> str:
    """HMAC-SHA256 of `value` for `purpose` (hex): the same input gives the same tag."""
    message = f"{purpose}\0{value}".encode()
    return hmac.new(app_secret(con), message, hashlib.sha256).hexdigest()


def short_tag(con: duckdb.DuckDBPyConnection, purpose: str, value: str) -> str:
    """A 16-hex-digit keyed tag: names a user or session in the audit log without its text."""
    return sign(con, purpose, value)[:16]
