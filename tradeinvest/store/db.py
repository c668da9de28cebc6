"""The one module that opens DuckDB: where the file lives, locking, and schema migrations.

DuckDB lets one process hold a file read-write. The app keeps one connection per process
(Streamlit's `cache_resource`) and hands each thread its own cursor; the command line opens a
connection for the length of one command. While the app holds the file, a command-line load
fails with `DatabaseBusy`.

Every fault of the file itself (busy, read-only, disk full, not a database, a write conflict)
becomes a `DatabaseFault` with a `kind` here, in `fault_of`; `reporting.faults` turns it into
the Dutch or English message that the app and the command line show (never a traceback).
"""

from __future__ import annotations

import errno
import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from importlib import resources
from pathlib import Path

import duckdb

from tradeinvest.store.reference import seed_defaults

DEFAULT_DB = Path(__file__).resolve().parents[2] / "data" / "tradeinvest.duckdb"


class DatabaseFault(RuntimeError):
    """The database file could not do what was asked: `kind` says why (see FAULT_KINDS)."""

    kind = "other"

    def __init__(self, detail: str = "", path: str | os.PathLike[str] | None = None,
                 kind: str | None = None) -> None:
        super().__init__(detail or (kind or self.kind))
        self.path = Path(path) if path else None
        self.detail = detail
        if kind is not None:
            self.kind = kind


class DatabaseBusy(DatabaseFault):
    """Another process (usually the running app) holds the database file."""

    kind = "busy"


# What a write meets on a read-only connection (`_open_read_only`: the tables are views there).
READ_ONLY_VIEW = ("is not an table", "only insert into base table", "only update base table",
                  "only delete from base table")

# kind -> lower-case fragments of DuckDB's (or the OS's) message that identify it; first match.
FAULT_KINDS: dict[str, tuple[str, ...]] = {
    "busy": ("could not set lock", "conflicting lock"),
    "readonly": ("read-only", "permission denied", "operation not permitted",
                 "read only file system", *READ_ONLY_VIEW),
    "full": ("no space left", "disk full", "file too large", "disk quota"),
    "corrupt": ("not a valid duckdb database", "corrupt", "checksum", "serialization error",
                "invalid metadata", "wal file"),
    "conflict": ("conflict on", "write-write conflict"),
}


_FILE_ERRNOS = {errno.EACCES, errno.EPERM, errno.EROFS, errno.ENOSPC, errno.EDQUOT, errno.EFBIG}


def fault_of(exc: BaseException, path: str | os.PathLike[str] | None = None
             ) -> DatabaseFault | None:
    """The DatabaseFault an exception stands for, or None when it is not a database fault
    (a bug, a refused file): the one place that reads DuckDB's error texts."""
    if isinstance(exc, DatabaseFault):
        return exc
    if not isinstance(exc, (duckdb.Error, OSError)):
        return None
    text = str(exc).lower()
    if isinstance(exc, OSError) and exc.errno not in _FILE_ERRNOS:
        return None  # a missing template or upload file is not a database fault
    for kind, fragments in FAULT_KINDS.items():
        if any(f in text for f in fragments):
            return (DatabaseBusy if kind == "busy" else DatabaseFault)(str(exc), path, kind)
    if isinstance(exc, (duckdb.IOException, duckdb.FatalException)):
        return DatabaseFault(str(exc), path)
    return None


def db_path(path: str | os.PathLike[str] | None = None) -> Path:
    """The database file: the argument, else $TRADEINVEST_DB, else data/tradeinvest.duckdb."""
    return Path(path or os.environ.get("TRADEINVEST_DB") or DEFAULT_DB)


def connect(path: str | os.PathLike[str] | None = None, *,
            read_only: bool = False) -> duckdb.DuckDBPyConnection:
    """Open (creating if needed) and migrate the database; raise a DatabaseFault (busy,
    read-only, full, corrupt) when the file cannot be opened so.

    `read_only` opens an existing file without writing anything (no migration: a file that
    still needs one is refused as read-only).
    """
    target = db_path(path)
    try:
        if not read_only:
            target.parent.mkdir(parents=True, exist_ok=True)
        con = _open_read_only(target) if read_only else duckdb.connect(str(target))
    except (duckdb.Error, OSError) as exc:
        raise (fault_of(exc, target) or DatabaseFault(str(exc), target)) from exc
    if not read_only and not _file_backed(con):
        con.close()  # DuckDB opens "x.csv", "x.parquet", "x.json" as a database in memory
        raise DatabaseFault("not a database file", target, "corrupt")
    try:
        if read_only:
            if _pending(con):
                raise DatabaseFault("schema needs a migration", target, "readonly")
        else:
            migrate(con)
    except BaseException as exc:
        con.close()
        fault = fault_of(exc, target)
        if fault is None or fault is exc:
            raise
        raise fault from exc
    return con


def _file_backed(con: duckdb.DuckDBPyConnection) -> bool:
    """True when the connection writes a file: a path DuckDB reads as a data file (.csv,
    .parquet, .json) opens an in-memory database, and everything loaded would be lost."""
    row = con.execute("SELECT path FROM duckdb_databases() WHERE database_name = "
                      "current_database()").fetchone()
    return bool(row and row[0])


def _open_read_only(target: Path) -> duckdb.DuckDBPyConnection:
    """The file attached read-only to an in-memory instance, each table and view of it shown
    there under its own name by a view (every cursor of the instance sees them).

    A read-only DuckDB instance cannot hold the in-memory marts the measures build, and a
    cursor does not inherit `USE`; so this. A write meets a view and fails (READ_ONLY_VIEW).
    """
    con = duckdb.connect(":memory:")
    try:
        quoted = str(target).replace("'", "''")
        con.execute(f"ATTACH '{quoted}' AS tradeinvest (READ_ONLY)")
        names = con.execute("SELECT table_name FROM information_schema.tables WHERE "
                            "table_catalog = 'tradeinvest' AND table_schema = 'main'").fetchall()
        for (name,) in names:
            con.execute(f'CREATE VIEW main."{name}" AS SELECT * FROM tradeinvest.main."{name}"')
    except BaseException:
        con.close()
        raise
    return con


def _pending(con: duckdb.DuckDBPyConnection) -> bool:
    """True when a migration is still to run (read without creating anything)."""
    has_table = con.execute("SELECT count(*) FROM duckdb_tables() WHERE table_name = "
                            "'schema_version'").fetchone()[0]
    if not has_table:
        return True
    row = con.execute("SELECT max(version) FROM schema_version").fetchone()
    return (row[0] or 0) < MIGRATIONS[-1][0]


def _sql_migration(name: str) -> Callable[[duckdb.DuckDBPyConnection], None]:
    def run(con: duckdb.DuckDBPyConnection) -> None:
        con.execute(resources.files("tradeinvest.store.migrations").joinpath(name).read_text())
    return run


# Ordered; a migration never changes once released: add a new one instead.
MIGRATIONS: list[tuple[int, Callable[[duckdb.DuckDBPyConnection], None]]] = [
    (1, _sql_migration("001_init.sql")),
    (2, seed_defaults),
    (3, _sql_migration("003_plans.sql")),
    (4, _sql_migration("004_users.sql")),
    (5, _sql_migration("005_budget_validity.sql")),
    (6, _sql_migration("006_period_dates.sql")),
    (7, _sql_migration("007_mappings.sql")),
    (8, _sql_migration("008_mission_themes.sql")),
    (9, _sql_migration("009_pipeline.sql")),
    (11, _sql_migration("011_follow_up.sql")),
    (12, _sql_migration("012_confirmations.sql")),
    (13, _sql_migration("013_evidence.sql")),
]


def schema_version(con: duckdb.DuckDBPyConnection) -> int:
    con.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER, applied_at "
                "TIMESTAMP DEFAULT current_timestamp)")
    row = con.execute("SELECT max(version) FROM schema_version").fetchone()
    return int(row[0]) if row and row[0] is not None else 0


@contextmanager
def transaction(con: duckdb.DuckDBPyConnection) -> Iterator[duckdb.DuckDBPyConnection]:
    """A cursor in its own transaction: committed when the block ends, rolled back on error."""
    cur = con.cursor()
    cur.execute("BEGIN TRANSACTION")
    try:
        yield cur
        cur.execute("COMMIT")
    except BaseException:
        with suppress(duckdb.Error):  # a failed COMMIT (conflict, full disk) rolled back
            cur.execute("ROLLBACK")
        raise
    finally:
        cur.close()


def migrate(con: duckdb.DuckDBPyConnection) -> None:
    """Apply each pending migration in its own transaction."""
    current = schema_version(con)
    for version, step in MIGRATIONS:
        if version > current:
            with transaction(con) as cur:
                step(cur)
                cur.execute("INSERT INTO schema_version (version) VALUES (?)", [version])
