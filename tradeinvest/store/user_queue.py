"""User changes from the command line while the app holds the database: a small queue.

`users add` / `users remove` that find the file busy write one JSON file each into the folder
`<name>.queue/` beside the database (created 0700, files 0600: whoever may write there may
change users, exactly who may open the database file itself). The app applies them, oldest
first, on its next page view, audited as the command-line user; a removed user can no longer
act from then on (the role is read again on every run). A password is hashed by the command
line before it is queued: the queue never holds one.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import threading
import uuid
from pathlib import Path

import duckdb

from tradeinvest.store import reference, users

_APPLYING = threading.Lock()  # the app's sessions are threads: one applies at a time


def queue_dir(db_file: str | os.PathLike[str]) -> Path:
    """`data/tradeinvest.duckdb` -> `data/tradeinvest.queue/`."""
    path = Path(db_file)
    return path.with_name(f"{path.stem}.queue")


def enqueue(db_file: str | os.PathLike[str], change: dict[str, str | bool | None]) -> Path:
    """Queue one change: {"command": "add"|"set"|"remove"|"unlock", "name", "role",
    "password_hash", "oidc_only", "actor"}; written under a temporary name and renamed, so
    the app never reads half."""
    folder = queue_dir(db_file)
    folder.mkdir(mode=0o700, exist_ok=True)
    stamp = dt.datetime.now()
    name = f"{stamp:%Y%m%dT%H%M%S%f}-{uuid.uuid4().hex[:8]}.json"
    temp = folder / f".{name}.tmp"
    fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as out:
        json.dump({**change, "queued_at": stamp.isoformat()}, out)
    final = folder / name
    os.replace(temp, final)
    return final


def pending(db_file: str | os.PathLike[str]) -> list[Path]:
    """Queued changes not yet applied, oldest first."""
    folder = queue_dir(db_file)
    return sorted(folder.glob("*.json")) if folder.is_dir() else []


def _apply_one(con: duckdb.DuckDBPyConnection, change: dict[str, str | bool | None]) -> None:
    actor = f"{change.get('actor') or 'cli'} (wachtrij, {change.get('queued_at')})"
    name = str(change.get("name") or "")
    if change.get("command") == "add":
        users.add_user(con, name, str(change.get("role")), None, actor,
                       password_hash=change.get("password_hash"))
    elif change.get("command") == "set":
        users.change_user(con, name, actor, role=change.get("role") or None,
                          password_hash=change.get("password_hash"),
                          oidc_only=bool(change.get("oidc_only")))
    elif change.get("command") == "remove":
        users.remove_user(con, name, actor)
    elif change.get("command") == "unlock":
        users.unlock(con, name, actor)
    else:
        raise ValueError(f"onbekende opdracht {change.get('command')!r}")


def apply(con: duckdb.DuckDBPyConnection, db_file: str | os.PathLike[str]) -> int:
    """Apply every queued change (the app, on a page view); returns how many were taken.

    A change that cannot be applied (say, an unknown role) is written to the audit log as
    refused and taken out of the queue, so it cannot block the ones after it.
    """
    files = pending(db_file)
    if not files:
        return 0
    with _APPLYING:
        taken = 0
        for file in pending(db_file):  # again, under the lock: another thread may have been
            try:
                change = json.loads(file.read_text(encoding="utf-8"))
                _apply_one(con, change)
            except (ValueError, TypeError, AttributeError) as exc:
                reference.audit(con, "cli (wachtrij)", "user_queue_refused",
                                f"{file.name}: {exc}")
            file.unlink()
            taken += 1
    return taken
