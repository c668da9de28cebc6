"""A project's Bewijs/Evidence cell read as items of the evidence checklist: pure, no I/O.

The cell lists items ("KvK; persbericht 12-3", "KvK-inschrijving, bezoekverslag"): split on
`;`, `,`, `|`, `+`, a line break and the words "en"/"and"/"&" between items. Each part is
matched against the checklist (code, Dutch and English label, synonyms) after folding case,
accents and punctuation (text_keys.normalise_header) and dropping numbers, so "Persbericht
12-3" is a press release and "Belang ≥ 10 %" is ownership. A part that begins with an item's
name names that item ("Persbericht NFIA", "KvK-uittreksel 2024").

An unknown part (a URL, "Opening vestiging", a typo) is a *warning*, never an error: files
from before the checklist hold free text, and refusing them would refuse the whole quarter's
projects for a note. The part is simply not an item (the project may then miss one) and the
cell's text is stored as typed, so nothing is lost; a near miss gets "bedoelde u ...?".
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from tradeinvest.ingest.problems import Problem
from tradeinvest.text_keys import is_blank, meant, near_misses, normalise_header
from tradeinvest.texts.phrases import Words

_SPLIT = re.compile(r"[;,|+\n]|\s(?:en|and|&)\s", re.IGNORECASE)


@dataclass(frozen=True)
class EvidenceItem:
    """One checklist item (a row of evidence_items)."""

    code: str
    label_nl: str
    label_en: str
    synonyms: tuple[str, ...] = ()
    counts: bool = True

    def names(self) -> tuple[str, ...]:
        return (self.code, self.label_nl, self.label_en, *self.synonyms)


def item_key(text: object) -> str:
    """The folded form an item is matched by: numbers dropped ("persbericht 12 3" ->
    "persbericht"), so dates and "10 %" never stop a match."""
    return " ".join(w for w in normalise_header(text).split() if not w.isdigit())


def name_index(items: Iterable[EvidenceItem]) -> dict[str, str]:
    """Folded name -> item code, over every item's code, labels and synonyms."""
    return {key: item.code for item in items for name in item.names()
            if (key := item_key(name))}


def split_evidence(text: object) -> list[str]:
    """The parts of an evidence cell, trimmed; none for a blank cell."""
    if is_blank(text):
        return []
    return [part.strip() for part in _SPLIT.split(str(text)) if part and part.strip()]


def match_part(part: str, names: dict[str, str]) -> str | None:
    """The code of the item `part` names, or None: an exact name, else the longest name its
    words begin with."""
    key = item_key(part)
    if not key:
        return None
    if key in names:
        return names[key]
    words = key.split()
    best = max((n for n in names if words[:len(n.split())] == n.split()), key=len, default=None)
    return names[best] if best else None


def read_evidence(text: object, items: Sequence[EvidenceItem]
                  ) -> tuple[frozenset[str], list[str]]:
    """The item codes a cell names, and its parts that name no item (as typed)."""
    names = name_index(items)
    found: set[str] = set()
    unknown: list[str] = []
    for part in split_evidence(text):
        code = match_part(part, names)
        if code is None:
            unknown.append(part)
        else:
            found.add(code)
    return frozenset(found), unknown


def evidence_problems(cells: Sequence[tuple[int, object]], items: Sequence[EvidenceItem],
                      file_name: str, sheet: str | None, column: str) -> list[Problem]:
    """A warning per part that names no checklist item: (row, cell) pairs in, the part and a
    near miss ("bedoelde u Persbericht?") out."""
    if not items:
        return []
    names = name_index(items)
    labels = {item.code: Words(item.label_nl, item.label_en) for item in items}
    choices = Words(", ".join(i.label_nl for i in items), ", ".join(i.label_en for i in items))
    problems = []
    for row, cell in cells:
        for part in read_evidence(cell, items)[1]:
            near = meant([labels[c] for c in near_misses(item_key(part), names)])
            key = "problem_evidence_unknown_meant" if near else "problem_evidence_unknown"
            problems.append(Problem("warning", file_name, key, sheet, row, column, part,
                                    fields={"meant": near, "labels": choices}))
    return problems
