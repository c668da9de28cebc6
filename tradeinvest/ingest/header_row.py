"""Find the header row of a sheet and map its cells to the spec's columns.

A header matches a column by its name, Dutch or English label (tier 0) or a synonym (tier 1),
compared as `header_key`: case, accents, punctuation and spaces do not matter.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from tradeinvest.ingest.schema import SheetSpec
from tradeinvest.ingest.source import HEADER_SEARCH_ROWS, Rows
from tradeinvest.quoting import shorten
from tradeinvest.text_keys import normalise_header
from tradeinvest.texts.phrases import Phrase


@dataclass
class Lookup:
    """Header key -> candidate columns, tier 0 = name/Dutch/English label, 1 = synonym.

    Keys are `normalise_header` with the spaces removed as well, so "Project-referentie",
    "Start datum" and "Projectreferentie", "Startdatum" meet.
    """

    spec: SheetSpec
    by_header: dict[str, dict[str, int]]

    @classmethod
    def of(cls, spec: SheetSpec) -> Lookup:
        by_header: dict[str, dict[str, int]] = {}
        for col in spec.columns:
            labels = [(col.name, 0), (col.nl, 0), (col.en, 0)]
            labels += [(s, 1) for s in col.synonyms]
            for label, tier in labels:
                key = header_key(label)
                if key:
                    cands = by_header.setdefault(key, {})
                    cands[col.name] = min(tier, cands.get(col.name, tier))
        return cls(spec, by_header)

    def get(self, cell: object) -> dict[str, int] | None:
        return self.by_header.get(header_key(cell)) if isinstance(cell, str) else None


def header_key(text: object) -> str:
    """A header or sheet name as the key it is matched by."""
    return normalise_header(text).replace(" ", "")


def find_header(rows: Rows, lookup: Lookup) -> tuple[int, int] | None:
    """(row index, matching cells) of the first of the first 30 rows with >= 2 known headers."""
    for i, row in enumerate(rows[:HEADER_SEARCH_ROWS]):
        hits = sum(1 for cell in row if lookup.get(cell))
        if hits >= 2:
            return i, hits
    return None


def map_columns(header_row: list[object], lookup: Lookup, header_no: int,
                problem: Callable[..., None]) -> tuple[dict[str, int], dict[str, str]]:
    """Column name -> cell index, and -> header text; problems for unknown, double, missing.

    A label (name, Dutch, English) wins over a synonym; a synonym shared by two columns goes
    to the one whose header is not already present, and is an error only when both are free
    (the shipped schema has no shared synonym, but a later synonym must not silently pick one).
    """
    spec = lookup.spec
    hits: dict[str, list[tuple[int, str]]] = {}
    pending: list[tuple[int, str, list[str]]] = []
    for j, cell in enumerate(header_row):
        text = _cell_text(cell)
        if not text:
            continue
        cands = lookup.get(text)
        if not cands:
            problem("warning", Phrase("problem_unknown_column", {"column": shorten(text)}),
                    header_no, text, "problem_kind_unknown_columns")
            continue
        best = min(cands.values())
        cols = [c for c, tier in cands.items() if tier == best]
        if best == 0 and len(cols) == 1:
            hits.setdefault(cols[0], []).append((j, text))
        else:
            pending.append((j, text, cols))
    for j, text, cols in pending:
        free = [c for c in cols if c not in hits]
        if len(cols) == 1 or len(free) == 1:
            hits.setdefault((free or cols)[0], []).append((j, text))
        else:
            names = ", ".join(f"'{spec.column(c).nl}'" for c in (free or cols))
            problem("error", Phrase("problem_header_ambiguous", {
                "header": shorten(text), "names": names}), header_no, text)
    index: dict[str, int] = {}
    headers: dict[str, str] = {}
    for name, found in hits.items():
        index[name], headers[name] = found[0]
        if len(found) > 1:
            where = [Phrase("problem_header_at", {"header": t, "letter": column_letter(j)})
                     for j, t in found]
            problem("error", Phrase("problem_column_twice", {
                "column": spec.column(name).nl, "where": where}), header_no, found[1][1])
    for col in spec.columns:
        if col.required and col.name not in index:
            also = ", ".join(f"'{s}'" for s in (col.en, *col.synonyms[:4]) if s != col.nl)
            problem("error", Phrase("problem_required_column_missing", {
                "column": col.nl, "also": also}), header_no, col.nl)
    return index, headers


def _cell_text(cell: object) -> str:
    """A header cell as text; Excel stores typed whole numbers as floats, so 1.0 reads as "1"."""
    if cell is None:
        return ""
    if isinstance(cell, float) and cell.is_integer():
        return str(int(cell))
    return str(cell).strip()


def column_letter(j: int) -> str:
    """Column index as Excel names it: 0 -> "A", 26 -> "AA"."""
    letters = ""
    j += 1
    while j:
        j, rem = divmod(j - 1, 26)
        letters = chr(65 + rem) + letters
    return letters
