"""Backup and restore of the whole database as a folder of Parquet files.

Why EXPORT DATABASE and not a copy of the .duckdb file: a copy taken while the app runs may
catch the file between checkpoints (and miss what is still in the WAL), and the file format
is tied to the DuckDB version. EXPORT reads one consistent transaction while the app keeps
serving pages, and Parquet opens anywhere. The folder holds `schema.sql` (tables, views,
sequences), `load.sql` and one Parquet file per table, the upload history included.
"""

from __future__ import annotations

import os
from pathlib import Path

import duckdb

from tradeinvest.store.db import DatabaseBusy, connect, schema_version

BACKUP_FILES = ("schema.sql", "load.sql")


class BackupError(RuntimeError):
    """A backup or restore that is refused; the message (Dutch) says why and what to do."""


def _sql_text(path: Path) -> str:
    return "'" + str(path).replace("'", "''") + "'"


def backup(con: duckdb.DuckDBPyConnection, out_dir: str | os.PathLike[str]) -> Path:
    """Write the whole database to a new or empty folder; returns the folder.

    A non-empty folder is refused: DuckDB would overwrite files one by one and leave a mix of
    two backups.
    """
    out = Path(out_dir).resolve()
    if out.exists() and (not out.is_dir() or any(out.iterdir())):
        raise BackupError(f"De map {out} bestaat al en is niet leeg; kies een nieuwe of lege "
                          "map voor de back-up")
    out.parent.mkdir(parents=True, exist_ok=True)
    cur = con.cursor()  # the app's shared connection stays free for other threads
    try:
        cur.execute(f"EXPORT DATABASE {_sql_text(out)} (FORMAT parquet)")
    finally:
        cur.close()
    return out


def _has_user_data(path: Path) -> bool:
    """True when the file holds uploads or any logged change (every data change writes the
    audit log); a fresh database with only the default reference data may be overwritten."""
    if not path.exists() or path.stat().st_size == 0:
        return False
    try:
        con = duckdb.connect(str(path), read_only=True)
    except (duckdb.IOException, duckdb.ConnectionException) as exc:
        raise DatabaseBusy(
            f"De database {path} is in gebruik door een ander programma (meestal de draaiende "
            f"app). Stop de app en probeer het opnieuw. ({exc})") from exc
    try:
        tables = {r[0] for r in con.execute(
            "SELECT table_name FROM information_schema.tables").fetchall()}
        if not {"uploads", "audit_log"} <= tables:
            return bool(tables)  # some other database: never overwrite it silently
        return any(con.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                   for t in ("uploads", "audit_log"))
    finally:
        con.close()


def _continue_upload_ids(con: duckdb.DuckDBPyConnection) -> None:
    """Make the next upload id follow the highest restored one.

    DuckDB 2.0 exports the sequence with its next value as START, so normally nothing is done;
    a backup made otherwise (or by an older DuckDB) could restart at 1 and a new load would then
    collide with an existing upload id. The sequence cannot be dropped while `uploads` uses it,
    so it is advanced instead.
    """
    highest = con.execute("SELECT coalesce(max(upload_id), 0) FROM uploads").fetchone()[0]
    start, last, step = con.execute(
        "SELECT start_value, last_value, increment_by FROM duckdb_sequences() "
        "WHERE sequence_name = 'upload_id_seq'").fetchone()
    following = start if last is None else last + step
    if following <= highest:
        con.execute("SELECT max(nextval('upload_id_seq')) FROM range(?)",
                    [highest - following + 1])


def restore(path_db: str | os.PathLike[str], in_dir: str | os.PathLike[str], *,
            force: bool = False) -> Path:
    """Build the database file `path_db` from a backup folder; returns the file.

    A file that already holds data is only replaced with `force`. The new file is built beside
    the target and moved over it at the end, so a failed restore leaves the target as it was.
    Migrations newer than the backup run on the restored file; older ones never run again, as
    the backup carries its schema_version.
    """
    source = Path(in_dir).resolve()
    missing = [name for name in BACKUP_FILES if not (source / name).is_file()]
    if missing:
        raise BackupError(f"{source} is geen back-up van deze app ({', '.join(missing)} "
                          "ontbreekt)")
    target = Path(path_db).resolve()
    if not force and _has_user_data(target):
        raise BackupError(f"De database {target} bevat al gegevens; terugzetten zou die "
                          "overschrijven. Kies een nieuw bestand, of gebruik --force")
    building = target.with_name(target.name + ".restoring")
    for leftover in (building, Path(f"{building}.wal")):
        leftover.unlink(missing_ok=True)
    target.parent.mkdir(parents=True, exist_ok=True)
    con = duckdb.connect(str(building))
    try:
        con.execute(f"IMPORT DATABASE {_sql_text(source)}")
        tables = {r[0] for r in con.execute(
            "SELECT table_name FROM information_schema.tables").fetchall()}
        if "uploads" not in tables or schema_version(con) == 0:
            raise BackupError(f"{source} is geen back-up van deze app (geen uploadgeschiedenis "
                              "of schemaversie)")
        _continue_upload_ids(con)
        con.execute("CHECKPOINT")
    except BaseException:
        con.close()
        building.unlink(missing_ok=True)
        raise
    con.close()
    _has_user_data(target)  # raises DatabaseBusy while another process holds the target
    Path(f"{target}.wal").unlink(missing_ok=True)  # a stale WAL must not replay onto the new file
    os.replace(building, target)
    connect(target).close()  # apply migrations newer than the backup
    return target
