"""The one module that opens DuckDB: where the file lives, locking, and schema migrations.

DuckDB lets one process hold a file read-write. The app keeps one connection per process
(Streamlit's `cache_resource`) and hands each thread its own cursor; the command line opens a
connection for the length of one command. While the app holds the file, a command-line load
fails with `DatabaseBusy`, whose message says what to do.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from importlib import resources
from pathlib import Path

import duckdb

DEFAULT_DB = Path(__file__).resolve().parents[2] / "data" / "tradeinvest.duckdb"


class DatabaseBusy(RuntimeError):
    """Another process (usually the running app) holds the database file."""


def db_path(path: str | os.PathLike[str] | None = None) -> Path:
    """The database file: the argument, else $TRADEINVEST_DB, else data/tradeinvest.duckdb."""
    return Path(path or os.environ.get("TRADEINVEST_DB") or DEFAULT_DB)


def connect(path: str | os.PathLike[str] | None = None) -> duckdb.DuckDBPyConnection:
    """Open (creating if needed) and migrate the database; raise DatabaseBusy if locked."""
    target = db_path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    try:
        con = duckdb.connect(str(target))
    except duckdb.IOException as exc:
        if "lock" in str(exc).lower():
            raise DatabaseBusy(
                f"De database {target} is in gebruik door een ander programma (meestal de "
                "draaiende app). Laad het bestand via de uploadpagina van de app, of stop de "
                f"app en probeer het opnieuw. ({exc})"
            ) from exc
        raise
    migrate(con)
    return con


def _sql_migration(name: str) -> Callable[[duckdb.DuckDBPyConnection], None]:
    def run(con: duckdb.DuckDBPyConnection) -> None:
        con.execute(resources.files("tradeinvest.store.migrations").joinpath(name).read_text())
    return run


def _seed_reference(con: duckdb.DuckDBPyConnection) -> None:
    from tradeinvest.store import reference

    reference.seed_defaults(con)


# Ordered; a migration never changes once released: add a new one instead.
MIGRATIONS: list[tuple[int, Callable[[duckdb.DuckDBPyConnection], None]]] = [
    (1, _sql_migration("001_init.sql")),
    (2, _seed_reference),
    (3, _sql_migration("003_plans.sql")),
    (4, _sql_migration("004_users.sql")),
    (5, _sql_migration("005_budget_validity.sql")),
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
