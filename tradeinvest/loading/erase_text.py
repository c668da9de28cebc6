"""Erase in free text: a contact person's name, e-mail or phone typed into a note, the evidence
of a project or a calendar item's "Wie" must not survive an erase of their company.

Searched (`free_text_columns`): every text column of the upload schema except company names
and references (identifiers, not personal data: changing them would change the figures), and
the typed texts of the yardstick (opportunity title and reason), and the raw text kept for
traceability (notes, values as typed). In those cells each of the
company's contact-person details is replaced by "[gewist]" (whole words, case ignored), and in
the rows of the company itself (projects, opportunities) every e-mail address too.
Not searched, and said so in erase's output and the README: company names, references, file
names, user names and the audit log.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import duckdb

from tradeinvest.ingest.schema import ALL_SHEETS
from tradeinvest.texts import t

REDACTED = t("erase_redacted", "nl")  # written into the stored cells, so in Dutch
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_IDENTIFIERS = frozenset({"company", "intermediate_company"})
# Typed on the Meetlat page (not uploaded); and the raw text kept beside uploaded rows (notes
# kept from a file's own columns, values as typed: upload_raw_values, migration 007).
_TYPED = {"opportunities": ("title", "reason"), "upload_raw_values": ("raw",)}
_SHORTEST = 3  # a detail shorter than this ("Li") would match inside too much text


@dataclass(frozen=True)
class Scrubbed:
    table: str
    column: str
    cells: int  # cells changed


def free_text_columns() -> dict[str, tuple[str, ...]]:
    """Table -> the free-text columns erase searches (see the module docstring)."""
    found: dict[str, list[str]] = {}
    for spec in ALL_SHEETS:
        columns = found.setdefault(spec.table or spec.name, [])
        columns += [c.name for c in spec.columns if c.type == "text" and not c.personal
                    and c.name not in _IDENTIFIERS and not c.name.endswith("reference")
                    and c.name not in columns]
    for table, columns in _TYPED.items():
        found.setdefault(table, []).extend(columns)
    return {table: tuple(columns) for table, columns in found.items() if columns}


def _pattern(details: list[str]) -> re.Pattern[str] | None:
    words = sorted({d.strip() for d in details if d and len(d.strip()) >= _SHORTEST},
                   key=len, reverse=True)
    if not words:
        return None
    return re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, words)) + r")(?!\w)",
                      re.IGNORECASE)


def _candidates(cur: duckdb.DuckDBPyConnection, table: str, column: str, details: list[str],
                own_rows: bool) -> list[tuple[int, str, bool]]:
    """(rowid, text, row of the company) of the cells that may hold a detail or an e-mail."""
    conditions = [f"strpos(lower({column}), ?) > 0" for _ in details]
    own = "company IN (SELECT company FROM erase_names)" if own_rows else "false"
    conditions.append(f"({own} AND strpos({column}, '@') > 0)")
    return cur.execute(
        f"SELECT rowid, {column}, {own} FROM {table} WHERE {column} IS NOT NULL "
        f"AND ({' OR '.join(conditions)})", [d.lower() for d in details]).fetchall()


def scrub(cur: duckdb.DuckDBPyConnection, details: list[str]) -> list[Scrubbed]:
    """Replace `details` (the company's contact persons' names, e-mails, phones) in every
    free-text cell, and e-mail addresses in the company's own rows (temp table erase_names
    holds its spellings). Returns what changed, per column."""
    pattern = _pattern(details)
    details = [d.strip() for d in details if d and len(d.strip()) >= _SHORTEST]
    with_company = {r[0] for r in cur.execute(
        "SELECT table_name FROM information_schema.columns WHERE column_name = 'company'"
    ).fetchall()}
    changed = []
    for table, columns in free_text_columns().items():
        for column in columns:
            cells = 0
            for rowid, text, own in _candidates(cur, table, column, details,
                                                table in with_company):
                new = pattern.sub(REDACTED, text) if pattern else text
                new = _EMAIL.sub(REDACTED, new) if own else new
                if new != text:
                    cur.execute(f"UPDATE {table} SET {column} = ? WHERE rowid = ?", [new, rowid])
                    cells += 1
            if cells:
                changed.append(Scrubbed(table, column, cells))
    return changed
