"""The evidence checklist: edited on the Settings page (coordinator, audited) and applied to
a projects file's Bewijs/Evidence column when it is checked (warnings, see ingest/evidence.py).
"""

from __future__ import annotations

import duckdb
import pandas as pd

from tradeinvest import access
from tradeinvest.ingest import reader
from tradeinvest.ingest.evidence import EvidenceItem, evidence_problems, item_key
from tradeinvest.ingest.validate import Validated
from tradeinvest.measure.evidence import checklist, split_synonyms
from tradeinvest.store.db import transaction
from tradeinvest.store.reference import audit
from tradeinvest.texts.phrases import Phrase

COLUMNS = ("code", "label_nl", "label_en", "synonyms", "counts")


def checklist_table(con: duckdb.DuckDBPyConnection) -> pd.DataFrame:
    """The checklist as the Settings page edits it: synonyms as one text ("kvk; kamer")."""
    items = checklist(con)
    return pd.DataFrame([(i.code, i.label_nl, i.label_en, "; ".join(i.synonyms), i.counts)
                         for i in items], columns=list(COLUMNS))


def _items(frame: pd.DataFrame) -> tuple[list[EvidenceItem], list[Phrase]]:
    """The edited rows as items, and what is wrong with them (then nothing is written)."""
    items, problems = [], []
    for row_number, row in enumerate(frame.itertuples(index=False), start=1):
        code, nl, en = (str(v).strip() if not pd.isna(v) else "" for v in row[:3])
        if not code or not nl or not en:
            problems.append(Phrase("refusal_evidence_row", {"row": row_number}))
            continue
        synonyms = split_synonyms(None if pd.isna(row[3]) else str(row[3]))
        items.append(EvidenceItem(code, nl, en, synonyms, bool(row[4]) if not pd.isna(row[4])
                                  else True))
    owners: dict[str, set[str]] = {}
    for item in items:
        for name in item.names():
            owners.setdefault(item_key(name), set()).add(item.code)
    if len({i.code for i in items}) < len(items):
        problems.append(Phrase("refusal_duplicate_rows", {"keys": "code"}))
    problems.extend(Phrase("refusal_evidence_clash", {"name": name, "codes": ", ".join(sorted(c))})
                    for name, c in owners.items() if name and len(c) > 1)
    return items, problems


def save_checklist(con: duckdb.DuckDBPyConnection, frame: pd.DataFrame, user: str
                   ) -> list[Phrase]:
    """Replace the checklist with the edited rows in one transaction with its audit line;
    return the problems (then nothing is written). Settings action: coordinator only."""
    frame = frame[list(COLUMNS)].dropna(how="all").reset_index(drop=True)
    items, problems = _items(frame)
    if problems:
        return problems
    with transaction(con) as cur:
        cur.execute("DELETE FROM evidence_items")
        for position, i in enumerate(items, start=1):
            cur.execute("INSERT INTO evidence_items VALUES (?, ?, ?, ?, ?, ?)",
                        [i.code, i.label_nl, i.label_en, "; ".join(i.synonyms), i.counts,
                         position])
        audit(cur, user, "settings", "evidence_items: " + ", ".join(
            f"{i.code}{'' if i.counts else ' (telt niet)'}" for i in items))
    return []


access.register(save_checklist, access.SETTINGS)


def evidence_warnings(con: duckdb.DuckDBPyConnection, read: reader.ReadResult,
                      checked: Validated, file_name: str) -> None:
    """Add a warning to a projects file's verdict for each evidence part that names no
    checklist item (see ingest/evidence.py for why a warning and not an error)."""
    frame = checked.frames.get("projects")
    data = read.sheets.get("projects")
    if frame is None or data is None or not data.headers.get("evidence"):
        return
    cells = zip(frame.column("source_row").to_pylist(), frame.column("evidence").to_pylist(),
                strict=True)
    checked.problems.extend(evidence_problems(
        [(row, cell) for row, cell in cells if cell is not None],
        checklist(con), file_name, data.sheet or None, data.headers["evidence"]))
