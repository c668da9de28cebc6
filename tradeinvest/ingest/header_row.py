"""Find the header row of a sheet and map its cells to the spec's columns.

A header matches a column by its name, Dutch or English label (tier 0) or a synonym (tier 1),
compared as `header_key`: case, accents, punctuation and spaces do not matter.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Protocol

from tradeinvest.ingest.source import HEADER_SEARCH_ROWS, Rows
from tradeinvest.ingest.spec import SheetSpec
from tradeinvest.quoting import shorten
from tradeinvest.text_keys import is_blank, normalise_header
from tradeinvest.texts.phrases import Phrase


class Given(Protocol):
    """What a lookup takes from a coordinator's `mapping.SheetMapping` (a protocol, as
    mapping.py builds on header_key)."""

    @property
    def columns(self) -> dict[str, str]: ...
    @property
    def constants(self) -> dict[str, str]: ...
    @property
    def derived(self) -> frozenset[str]: ...
    @property
    def notes(self) -> tuple[str, ...]: ...


@dataclass
class Lookup:
    """Header key -> candidate columns, tier 0 = name/Dutch/English label, 1 = synonym.

    Keys are `normalise_header` with the spaces removed as well, so "Project-referentie",
    "Start datum" and "Projectreferentie", "Startdatum" meet. With a coordinator's mapping
    (`Lookup.of(spec, mapping)`) its headers go first (tier -1; "" = ignore that header), a
    field the mapping gives is not taken from another header, unknown headers are ignored
    without a warning, and its note headers are set apart.
    """

    spec: SheetSpec
    by_header: dict[str, dict[str, int]]
    mapped: dict[str, str] = field(default_factory=dict)  # header key -> field ("" = ignore)
    given: frozenset[str] = frozenset()  # fields the mapping gives (header, constant, rule)
    filled: frozenset[str] = frozenset()  # fields given without a header (constant, rule)
    notes: frozenset[str] = frozenset()  # header keys kept as a note
    quiet: bool = False  # a mapping was given: unknown headers are no news

    @classmethod
    def of(cls, spec: SheetSpec, mapping: Given | None = None) -> Lookup:
        by_header: dict[str, dict[str, int]] = {}
        for col in spec.columns:
            labels = [(col.name, 0), (col.nl, 0), (col.en, 0)]
            labels += [(s, 1) for s in col.synonyms]
            for label, tier in labels:
                key = header_key(label)
                if key:
                    cands = by_header.setdefault(key, {})
                    cands[col.name] = min(tier, cands.get(col.name, tier))
        if mapping is None:
            return cls(spec, by_header)
        names = {col.name for col in spec.columns}  # other fields: reported by sheets
        mapped = {header_key(h): f for h, f in mapping.columns.items()
                  if header_key(h) and (f == "" or f in names)}
        filled = (set(mapping.constants) | mapping.derived) & names
        return cls(spec, by_header, mapped, frozenset({f for f in mapped.values() if f} | filled),
                   frozenset(filled), frozenset(header_key(h) for h in mapping.notes), quiet=True)

    def get(self, cell: object) -> dict[str, int] | None:
        """The columns a header cell may be; None for a blank, unknown or ignored header."""
        if not isinstance(cell, str | int | float) or isinstance(cell, bool):
            return None
        key = header_key(cell_header(cell))
        if key in self.mapped:
            return {self.mapped[key]: -1} if self.mapped[key] else None
        if key in self.notes:
            return None
        found = self.by_header.get(key)
        if found and self.given:
            found = {c: tier for c, tier in found.items() if c not in self.given}
        return found or None


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


def header_index(rows: Rows, lookups: Sequence[Lookup]) -> int | None:
    """The header row of a sheet's first rows: the first with >= 2 headers any of `lookups`
    knows, else the first that looks like a header (`looks_like_header`); None for neither."""
    known = [found[0] for lookup in lookups if (found := find_header(rows, lookup)) is not None]
    return min(known) if known else looks_like_header(rows)


def looks_like_header(rows: Rows) -> int | None:
    """The first of the first 30 rows that looks like a header: two or more text cells (not
    numbers), at least half of its filled cells, with a filled row below it. A title block
    ("Projecten Q4 2016" in A1) has one text cell, so the headers under it are found."""
    for i, row in enumerate(rows[:HEADER_SEARCH_ROWS]):
        filled = [c for c in row if not is_blank(c)]
        texts = [c for c in filled if isinstance(c, str) and not _is_number(c)]
        if len(texts) >= 2 and 2 * len(texts) >= len(filled) and any(
                not is_blank(c) for below in rows[i + 1:] for c in below):
            return i
    return None


def _is_number(text: str) -> bool:
    try:
        float(text.strip().replace(",", "."))
    except ValueError:
        return False
    return True


def map_columns(header_row: list[object], lookup: Lookup, header_no: int,
                problem: Callable[..., None]) -> tuple[dict[str, int], dict[str, str]]:
    """Column name -> cell index, and -> header text; problems for unknown, double, missing
    (a field the lookup's mapping fills by a constant or a rule is not missing).

    A label (name, Dutch, English) wins over a synonym; a synonym shared by two columns goes
    to the one whose header is not already present, and is an error only when both are free
    (the shipped schema has no shared synonym, but a later synonym must not silently pick one).
    """
    spec = lookup.spec
    hits: dict[str, list[tuple[int, str]]] = {}
    pending: list[tuple[int, str, list[str]]] = []
    for j, cell in enumerate(header_row):
        text = cell_header(cell)
        if not text:
            continue
        cands = lookup.get(text)
        if not cands:
            if lookup.quiet:  # the coordinator's mapping left it out on purpose
                continue
            problem("warning", Phrase("problem_unknown_column", {"column": shorten(text)}),
                    header_no, text, "problem_kind_unknown_columns")
            continue
        best = min(cands.values())
        cols = [c for c, tier in cands.items() if tier == best]
        if best <= 0 and len(cols) == 1:
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
        if col.required and col.name not in index and col.name not in lookup.filled:
            also = ", ".join(f"'{s}'" for s in (col.en, *col.synonyms[:4]) if s != col.nl)
            problem("error", Phrase("problem_required_column_missing", {
                "column": col.nl, "also": also}), header_no, col.nl)
    return index, headers


def cell_header(cell: object) -> str:
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
