"""A read-only copy of the database beside it, for the command line while the app runs.

DuckDB lets one process hold the file read-write and then no other process may even read it.
The running app holds it; so after every data change (and when it opens the file) the app
writes `<name>.snapshot.duckdb` next to it: `COPY FROM DATABASE` into a temporary file, which
reads one consistent transaction, then an atomic rename over the previous copy, so a reader
never sees half a copy. Read-only commands (`progress`, `history`, `report`, `backup`,
`users list`) that find the file busy read a private copy of the snapshot instead and say
"as of" when it was taken. A read-only database file is read the same way (a private copy),
so every command keeps its ordinary read-write connection and code path.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import tempfile
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import duckdb

from tradeinvest.store import db

_WRITING = threading.Lock()  # one snapshot at a time per process


def snapshot_path(db_file: str | os.PathLike[str]) -> Path:
    """`data/tradeinvest.duckdb` -> `data/tradeinvest.snapshot.duckdb` (git-ignored)."""
    path = Path(db_file)
    return path.with_name(f"{path.stem}.snapshot.duckdb")


def _quoted(path: Path) -> str:
    return "'" + str(path).replace("'", "''") + "'"


def write(con: duckdb.DuckDBPyConnection, db_file: str | os.PathLike[str]) -> Path:
    """Copy the database `con` holds (the file `db_file`) to its snapshot; returns that path.

    A failure (disk full, ...) leaves the previous snapshot as it was and is raised.
    """
    final = snapshot_path(db_file)
    temp = final.with_name(f"{final.stem}.tmp.duckdb")
    with _WRITING:
        for leftover in (temp, Path(f"{temp}.wal")):
            leftover.unlink(missing_ok=True)
        cur = con.cursor()
        try:
            source = cur.execute("SELECT current_database()").fetchone()[0]
            cur.execute(f"ATTACH {_quoted(temp)} AS snapshot_out")
            try:
                cur.execute(f'COPY FROM DATABASE "{source}" TO snapshot_out')
            finally:
                cur.execute("DETACH snapshot_out")
        except BaseException:
            temp.unlink(missing_ok=True)
            raise
        finally:
            cur.close()
        os.replace(temp, final)
    return final


def taken_at(db_file: str | os.PathLike[str]) -> dt.datetime | None:
    """When the snapshot was written, or None when there is none."""
    path = snapshot_path(db_file)
    return dt.datetime.fromtimestamp(path.stat().st_mtime) if path.exists() else None


@contextmanager
def _private_copy(source: Path) -> Iterator[duckdb.DuckDBPyConnection]:
    """A read-write connection to a throw-away copy of `source` (and its WAL, if any)."""
    with tempfile.TemporaryDirectory(prefix="tradeinvest-read-") as folder:
        copy = Path(folder) / "copy.duckdb"
        with source.open("rb") as src, copy.open("wb") as dst:  # the open file survives a rename
            shutil.copyfileobj(src, dst)
        wal = Path(f"{source}.wal")
        if wal.exists():
            shutil.copyfile(wal, f"{copy}.wal")
        con = db.connect(copy)
        try:
            yield con
        finally:
            con.close()


@contextmanager
def reading(path: Path) -> Iterator[tuple[duckdb.DuckDBPyConnection, dt.datetime | None]]:
    """A connection for a read-only command, and the time of the copy it reads (None: live).

    The live file when it can be opened; a copy of it when it is read-only; the app's
    snapshot when the app holds it (DatabaseBusy still, when there is no snapshot).
    """
    try:
        con = db.connect(path)
    except db.DatabaseFault as fault:
        if fault.kind == "readonly":
            with _private_copy(path) as copy:
                yield copy, None
            return
        if fault.kind != "busy" or not snapshot_path(path).exists():
            raise
        when = taken_at(path)
        with _private_copy(snapshot_path(path)) as copy:
            yield copy, when
        return
    try:
        yield con, None
    finally:
        con.close()
