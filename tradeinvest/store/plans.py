"""Storage for plan versus reality: answers about calendar places, opportunities scored on the
yardstick, and the yardstick's weights. Every change audits. Persistence only: what is typed
in is checked by the loading service first (tradeinvest.loading.plans, .yardstick).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence

import duckdb
import pandas as pd

from tradeinvest.store import reference
from tradeinvest.store.db import transaction

QUESTIONS = ("a", "b", "c", "d")
WEIGHT_KEYS = {q: f"yardstick_weight_{q}" for q in QUESTIONS}
DEFAULT_WEIGHTS = {"a": 40.0, "b": 20.0, "c": 20.0, "d": 20.0}


# --- calendar places ------------------------------------------------------------------------

def place_answers(con: duckdb.DuckDBPyConnection) -> dict[str, str]:
    """place_key -> ISO2 the coordinator gave for places the import could not resolve."""
    return dict(con.execute("SELECT place_key, iso2 FROM place_countries").fetchall())


def record_place_country(con: duckdb.DuckDBPyConnection, key: str, shown: str, iso2: str,
                         user: str, now: dt.datetime) -> None:
    """Store the country (ISO2) of a place (`key`: places.place_key, `shown`: as the
    coordinator reads it), audited. The answer holds for every calendar item with the same
    place, in every year, from now on."""
    with transaction(con) as cur:
        cur.execute("INSERT OR REPLACE INTO place_countries VALUES (?, ?, ?, ?, ?)",
                    [key, shown, iso2, user, now])
        reference.audit(cur, user, "calendar", f"land van '{shown}' = {iso2}", now)


# --- the yardstick --------------------------------------------------------------------------

def yardstick_weights(con: duckdb.DuckDBPyConnection) -> dict[str, float]:
    """The weights of questions A-D from the settings table (defaults 40/20/20/20)."""
    stored = reference.settings(con)
    return {q: float(stored.get(key, DEFAULT_WEIGHTS[q])) for q, key in WEIGHT_KEYS.items()}


def record_weights(con: duckdb.DuckDBPyConnection, weights: Mapping[str, float], user: str
                   ) -> None:
    """Store checked weights of questions A-D in the settings table, audited."""
    with transaction(con) as cur:
        for q in QUESTIONS:
            cur.execute("INSERT OR REPLACE INTO settings VALUES (?, ?, "
                        "coalesce((SELECT note FROM settings WHERE key = ?), ?))",
                        [WEIGHT_KEYS[q], float(weights[q]), WEIGHT_KEYS[q],
                         f"Meetlat: gewicht {q.upper()}"])
        reference.audit(cur, user, "settings", "meetlat gewichten " + ", ".join(
            f"{q.upper()}={float(weights[q]):g}" for q in QUESTIONS))


def insert_opportunity(con: duckdb.DuckDBPyConnection, row: Mapping[str, object], user: str,
                       now: dt.datetime) -> int:
    """Store a checked opportunity (`row`: column -> value, scores 1-5, blanks None) with the
    weights in force now, audited; return its id."""
    w = yardstick_weights(con)
    values = {**row, **{f"weight_{q}": w[q] for q in QUESTIONS}, "created_by": user,
              "created_at": now}
    marks = ", ".join("?" for _ in values)
    with transaction(con) as cur:
        new_id = cur.execute(
            f"INSERT INTO opportunities ({', '.join(values)}) VALUES ({marks}) "
            "RETURNING opportunity_id", list(values.values())).fetchall()[0][0]
        scores = "/".join(str(row[f"score_{q}"]) for q in QUESTIONS)
        reference.audit(cur, user, "yardstick", f"kans {new_id} '{row['title']}' gescoord "
                        f"({scores}), {row['decision']}", now)
    return int(new_id)


EDITABLE_OPPORTUNITY = ("decision", "reason", "mission_reference", "bidbook_reference",
                        "company")


def record_opportunity_changes(con: duckdb.DuckDBPyConnection,
                               rows: Sequence[tuple[int, tuple[object, ...]]], user: str,
                               now: dt.datetime) -> None:
    """Write checked decisions, reasons and links: `rows` of (opportunity_id, values in
    EDITABLE_OPPORTUNITY order); only rows that differ from what is stored are written (and
    audited)."""
    cols = ", ".join(EDITABLE_OPPORTUNITY)
    current = {int(r[0]): tuple(r[1:]) for r in con.execute(
        f"SELECT opportunity_id, {cols} FROM opportunities").fetchall()}
    sets = ", ".join(f"{c} = ?" for c in EDITABLE_OPPORTUNITY)
    with transaction(con) as cur:
        for oid, new in rows:
            if oid not in current or current[oid] == new:
                continue
            cur.execute(f"UPDATE opportunities SET {sets}, updated_by = ?, updated_at = ? "
                        "WHERE opportunity_id = ?", [*new, user, now, oid])
            reference.audit(cur, user, "yardstick", f"kans {oid}: besluit {new[0]}, "
                            f"koppeling {new[2] or new[3] or new[4] or '-'}", now)


def opportunities(con: duckdb.DuckDBPyConnection) -> pd.DataFrame:
    """Every scored opportunity, newest first, as stored."""
    return con.execute("SELECT * FROM opportunities ORDER BY received DESC, opportunity_id DESC"
                       ).df()
