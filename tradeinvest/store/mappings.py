"""Saved column mappings as stored: one row per name (unique, compared without case), its kind,
the header signature of the files it fits and the mapping as JSON text. Persistence only: what
a mapping means (ingest.mapping.Mapping) and the audit of each change are the loading
service's (tradeinvest.loading.mappings); every function here runs inside the caller's
transaction.
"""

from __future__ import annotations

import datetime as dt

import duckdb
import pandas as pd

COLUMNS = ("name", "kind", "signature", "created_by", "created_at", "updated_by", "updated_at")


def stored_name(con: duckdb.DuckDBPyConnection, name: str) -> str | None:
    """The saved name that `name` stands for (same text ignoring case), or None."""
    row = con.execute("SELECT name FROM saved_mappings WHERE lower(name) = lower(?)",
                      [name]).fetchone()
    return None if row is None else str(row[0])


def kind_of(con: duckdb.DuckDBPyConnection, name: str) -> str | None:
    """The kind a saved mapping is for, or None when no mapping has that name."""
    row = con.execute("SELECT kind FROM saved_mappings WHERE name = ?", [name]).fetchone()
    return None if row is None else str(row[0])


def insert(cur: duckdb.DuckDBPyConnection, name: str, kind: str, signature: str,
           mapping_json: str, user: str, now: dt.datetime) -> None:
    cur.execute("INSERT INTO saved_mappings VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                [name, kind, signature, mapping_json, user, now, user, now])


def update(cur: duckdb.DuckDBPyConnection, name: str, signature: str, mapping_json: str,
           user: str, now: dt.datetime) -> None:
    cur.execute("UPDATE saved_mappings SET signature = ?, mapping_json = ?, updated_by = ?, "
                "updated_at = ? WHERE name = ?", [signature, mapping_json, user, now, name])


def rename(cur: duckdb.DuckDBPyConnection, old: str, new: str, user: str,
           now: dt.datetime) -> None:
    """Give a saved mapping another name (a new row and the old one gone: DuckDB updates a
    key as delete + insert anyway)."""
    cur.execute("""INSERT INTO saved_mappings
                   SELECT ?, kind, signature, mapping_json, created_by, created_at, ?, ?
                   FROM saved_mappings WHERE name = ?""", [new, user, now, old])
    cur.execute("DELETE FROM saved_mappings WHERE name = ?", [old])


def delete(cur: duckdb.DuckDBPyConnection, name: str) -> None:
    cur.execute("DELETE FROM saved_mappings WHERE name = ?", [name])


def listing(con: duckdb.DuckDBPyConnection) -> pd.DataFrame:
    """Every saved mapping (without its JSON), by kind and name."""
    return con.execute(f"SELECT {', '.join(COLUMNS)} FROM saved_mappings "
                       "ORDER BY kind, lower(name)").df()


def count(con: duckdb.DuckDBPyConnection, kind: str) -> int:
    return int(con.execute("SELECT count(*) FROM saved_mappings WHERE kind = ?",
                           [kind]).fetchone()[0])


def mapping_json(con: duckdb.DuckDBPyConnection, name: str) -> tuple[str, str] | None:
    """(kind, mapping JSON) of the mapping saved as `name`, or None."""
    row = con.execute("SELECT kind, mapping_json FROM saved_mappings WHERE name = ?",
                      [name]).fetchone()
    return None if row is None else (str(row[0]), str(row[1]))


def matching(con: duckdb.DuckDBPyConnection, kind: str, signature: str
             ) -> tuple[str, str] | None:
    """(name, mapping JSON) of the mapping saved for `kind` and header `signature`; the one
    changed last when several fit."""
    row = con.execute("SELECT name, mapping_json FROM saved_mappings WHERE kind = ? AND "
                      "signature = ? ORDER BY updated_at DESC, name LIMIT 1",
                      [kind, signature]).fetchone()
    return None if row is None else (str(row[0]), str(row[1]))
