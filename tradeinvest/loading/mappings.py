"""Saved column mappings: the import assistant's memory. A mapping the coordinator confirmed is
saved under a name, per kind, keyed by the header signature of the file it was made for; next
quarter's file with the same headers finds it (`find_mapping`) and loads without asking.

Names are unique (ignoring case). Every change (save, rename, delete) is written to the audit
log with who and when, in the same transaction as the change itself.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter

import duckdb
import pandas as pd

from tradeinvest.ingest import schema
from tradeinvest.ingest.mapping import Mapping, mapping_problems
from tradeinvest.store import mappings as stored
from tradeinvest.store import reference
from tradeinvest.store.db import transaction
from tradeinvest.texts.phrases import Phrase, Refusal, Several


def _name(name: str) -> str:
    """The name as saved: trimmed; a Refusal when nothing is left."""
    text = " ".join(str(name).split())
    if not text:
        raise Refusal("refusal_mapping_name_empty")
    return text


def check_consistent(kind: str, mapping: Mapping) -> None:
    """A Refusal saying every way the mapping contradicts itself: a sheet or field `kind`
    does not have, two file columns for one field, one field from a column and a constant or a
    rule (ingest.mapping.mapping_problems)."""
    specs = {spec.name: spec for spec in schema.KINDS[kind]}
    problems: list[Phrase] = []
    for name, sheet in mapping.sheets.items():
        spec = specs.get(name)
        if spec is None:
            problems.append(Phrase("refusal_mapping_sheet_unknown", {"sheet": name}))
            continue
        fields = {c.name for c in spec.columns}
        twice = Counter(f for f in sheet.columns.values() if f in fields)
        problems += [Phrase("refusal_mapping_field_twice", {
            "field": spec.column(f).nl,
            "headers": ", ".join(f"'{h}'" for h, g in sheet.columns.items() if g == f)})
            for f, n in twice.items() if n > 1]
        problems += mapping_problems(spec, sheet)
    if problems:
        raise Refusal("refusal_list", problems=Several(tuple(problems)))


def save_in(cur: duckdb.DuckDBPyConnection, name: str, kind: str, mapping: Mapping,
            signature: str, user: str, now: dt.datetime | None = None) -> str:
    """Save inside the caller's transaction (a load saves its mapping with the load);
    returns the name saved. An existing name of the same kind is updated; of another kind,
    refused."""
    check_consistent(kind, mapping)
    name, now = _name(name), now or reference.utc_now()
    existing = stored.stored_name(cur, name)
    if existing is None:
        stored.insert(cur, name, kind, signature, mapping.to_json(), user, now)
        reference.audit(cur, user, "mapping_save", f"{name} ({kind})", now)
        return name
    other = stored.kind_of(cur, existing)
    if other != kind:
        raise Refusal("refusal_mapping_other_kind", name=existing, kind=other)
    stored.update(cur, existing, signature, mapping.to_json(), user, now)
    reference.audit(cur, user, "mapping_update", f"{existing} ({kind})", now)
    return existing


def save_mapping(con: duckdb.DuckDBPyConnection, name: str, kind: str, mapping: Mapping,
                 signature: str, user: str, *, now: dt.datetime | None = None) -> None:
    """Save (or update) a confirmed mapping under `name` for `kind` and header `signature`."""
    with transaction(con) as cur:
        save_in(cur, name, kind, mapping, signature, user, now)


def list_mappings(con: duckdb.DuckDBPyConnection) -> pd.DataFrame:
    """Every saved mapping: name, kind, signature, created_by, created_at, updated_by,
    updated_at (by kind, then name)."""
    return stored.listing(con)


def _known(con: duckdb.DuckDBPyConnection, name: str) -> str:
    existing = stored.stored_name(con, _name(name))
    if existing is None:
        raise Refusal("refusal_mapping_unknown", name=name)
    return existing


def rename_mapping(con: duckdb.DuckDBPyConnection, old: str, new: str, user: str, *,
                   now: dt.datetime | None = None) -> None:
    """Give a saved mapping another name; a Refusal for an unknown one or a name in use."""
    now = now or reference.utc_now()
    with transaction(con) as cur:
        old_name, new_name = _known(cur, old), _name(new)
        taken = stored.stored_name(cur, new_name)
        if taken is not None and taken != old_name:
            raise Refusal("refusal_mapping_name_taken", name=taken)
        if new_name == old_name:
            return
        stored.rename(cur, old_name, new_name, user, now)
        reference.audit(cur, user, "mapping_rename", f"{old_name} -> {new_name}", now)


def delete_mapping(con: duckdb.DuckDBPyConnection, name: str, user: str, *,
                   now: dt.datetime | None = None) -> None:
    """Delete a saved mapping; a Refusal for an unknown one. Loaded uploads keep their
    traceability (it is stored with each upload, not looked up here)."""
    now = now or reference.utc_now()
    with transaction(con) as cur:
        existing = _known(cur, name)
        stored.delete(cur, existing)
        reference.audit(cur, user, "mapping_delete", existing, now)


def get_mapping(con: duckdb.DuckDBPyConnection, name: str, kind: str) -> tuple[str, Mapping]:
    """(name as saved, mapping) for `--mapping NAME`; a Refusal when there is none by that
    name or it is for another kind."""
    existing = _known(con, name)
    found = stored.mapping_json(con, existing)
    assert found is not None  # _known found the name just now
    saved_kind, text = found
    if saved_kind != kind:
        raise Refusal("refusal_mapping_other_kind", name=existing, kind=saved_kind)
    return existing, Mapping.from_json(text)


def has_saved(con: duckdb.DuckDBPyConnection, kind: str) -> bool:
    """True when any mapping is saved for `kind` (else a check need not look for one)."""
    return stored.count(con, kind) > 0


def find_mapping(con: duckdb.DuckDBPyConnection, kind: str, signature: str
                 ) -> tuple[str, Mapping] | None:
    """The saved mapping for `kind` whose header signature is `signature`, as (name,
    mapping); None when no saved mapping fits."""
    found = stored.matching(con, kind, signature)
    return None if found is None else (found[0], Mapping.from_json(found[1]))
