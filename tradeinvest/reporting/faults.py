"""The one place that turns a database fault into what the user reads (Dutch or English).

`store.db.fault_of` says which fault an exception is (busy, read-only, disk full, not a
database, a write conflict); this module words it from the text catalogue. The app shows it on the
page and the command line prints it as one line with exit code 2 — never a traceback.
"""

from __future__ import annotations

from pathlib import Path

from tradeinvest.store.db import DatabaseFault, db_path, fault_of
from tradeinvest.texts import t


def message(exc: BaseException, lang: str = "nl", *, path: Path | None = None,
            full_path: bool = False) -> str | None:
    """The message for a database fault, or None when `exc` is not one.

    The app names the file only (no server paths on screen); the command line, run by the
    administrator on the server, gives the full path (`full_path`). `path` is the database
    file when the fault itself does not know it (one raised inside a transaction).
    """
    fault = fault_of(exc, path)
    if fault is None:
        return None
    return describe(fault, lang, path=path, full_path=full_path)


def describe(fault: DatabaseFault, lang: str = "nl", *, path: Path | None = None,
             full_path: bool = False) -> str:
    """The message for a classified fault."""
    where = fault.path or path or db_path()
    name = str(where) if full_path else where.name
    return t(f"db_{fault.kind}", lang).format(name=name)
