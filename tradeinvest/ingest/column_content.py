"""What a column's sampled values are (countries, dates, numbers, terms of a vocabulary), so
a column can be recognised by its content when its header says little or misleads.

Only the layout's samples are looked at (at most `layout.SAMPLE_ROWS` values per column),
never the whole column: the suggestion must cost next to nothing beside the check itself.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import lru_cache

from tradeinvest import vocab
from tradeinvest.countries import parse_country
from tradeinvest.ingest import dates, numeric
from tradeinvest.ingest.schema import Column
from tradeinvest.text_keys import is_blank, normalise_header
from tradeinvest.vocab import Vocabulary

# A failed country lookup costs ~0.1 ms (it looks for a near miss among ~1,000 names), so each
# test is tried on the first _PROBE distinct values and on the rest only when at least half
# of those pass: a column of company names costs 20 failed lookups, not 200.
_PROBE = 20
_LONGEST = 60  # longer text is no country, date, number or term
CLEAR = 0.6  # share of values of one kind that makes a column's content clear
# A number as people type it: "ca. 30", "± 30", "30 fte", "30 (verwacht)" (the reader of
# values decides what loads; here it only tells a column of numbers from one of words).
_LOOSE_NUMBER = re.compile(
    r"(?:ca\.?|circa|±|~|\+/-|ongeveer|about|approx\.?)?\s*(\d[\d.,]*)\s*(?:[^\W\d_]+\.?|\(.*\))?",
    re.IGNORECASE)
_SEVERAL = re.compile(r"[;,/|]")


@dataclass(frozen=True)
class Profile:
    """Shares (0..1) of a column's non-blank sampled values that read as each kind of value."""

    filled: int                 # non-blank sampled values
    countries: float
    dates: float
    numbers: float
    whole: float                # whole numbers (a count of jobs, companies)
    terms: dict[Vocabulary, float]  # vocabulary -> share of values that are its terms

    def clear(self) -> bool:
        """The values are clearly of one kind (countries, dates, numbers or terms)."""
        return max(self.countries, self.dates, self.numbers, *self.terms.values()) >= CLEAR

    def share(self, column: Column) -> float | None:
        """How well the values suit `column`'s type (None: no values, or any text suits)."""
        if not self.filled:
            return None
        terms = vocabulary(column)
        if terms is not None:
            return self.terms.get(terms, 0.0)
        if column.type == "country":
            return self.countries
        if column.type == "date":
            return self.dates
        if column.type == "int":
            return self.whole
        if column.type == "number":
            return self.numbers
        # free text: a column of dates or numbers is hardly a name or a description
        return 0.2 if max(self.dates, self.numbers) >= 0.8 else None


def vocabulary(column: Column) -> Vocabulary | None:
    """The terms a column's values come from (choices, sectors, themes, yes/no), if any."""
    if column.type == "choice":
        return column.choices
    return {"sector": vocab.SECTORS, "theme": vocab.THEMES,
            "bool": vocab.YES_NO}.get(column.type)


def profile(values: Iterable[object], vocabularies: Iterable[Vocabulary]) -> Profile:
    """The profile of a column's sampled values against the given vocabularies."""
    counts = Counter(v for v in values if not is_blank(v))
    filled = sum(counts.values())
    if not filled:
        return Profile(0, 0.0, 0.0, 0.0, 0.0, {})
    numbers = [(n, x) for v, n in counts.items() if (x := _number(v)) is not None]
    terms = {t: _share(counts, filled, _is_term(_term_keys(t))) for t in set(vocabularies)}
    return Profile(filled, _share(counts, filled, _is_country),
                   _share(counts, filled, _is_date), sum(n for n, _ in numbers) / filled,
                   sum(n for n, x in numbers if x.is_integer()) / filled, terms)


def _share(counts: Counter[object], filled: int, test: Callable[[object], bool]) -> float:
    """Share of the values passing `test`, probing first (see _PROBE)."""
    items = list(counts.items())
    probe = items[:_PROBE]
    hits = sum(n for v, n in probe if test(v))
    if len(items) > _PROBE:
        probed = sum(n for _, n in probe)
        if 2 * hits < probed:
            return hits / probed
        hits += sum(n for v, n in items[_PROBE:] if test(v))
    return hits / filled


def _is_country(value: object) -> bool:
    """A country's name or code (text with a digit is none: "Bedrijf 12 B.V.")."""
    return isinstance(value, str) and len(value) <= _LONGEST \
        and not any(ch.isdigit() for ch in value) and _known_country(value)


@lru_cache(maxsize=4096)
def _known_country(text: str) -> bool:
    """Kept for failures too: a failed lookup searches ~1,000 names for a near miss."""
    try:
        parse_country(text)
    except ValueError:
        return False
    return True


def _is_date(value: object) -> bool:
    """A date cell, or text that names a day, month, quarter, season or half year (a bare
    year or a number is rather a count or an amount)."""
    if isinstance(value, dt.date):
        return True
    if not isinstance(value, str) or len(value) > _LONGEST:
        return False
    try:
        parsed = dates.parse_date(value)
    except ValueError:
        return False
    return parsed.precision not in ("year", "unknown")


def _number(value: object) -> float | None:
    """The number a cell holds, typed or as text ("1.234,5", "ca. 30", "25 fte"), else None."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        return float(value) if math.isfinite(value) else None
    if not isinstance(value, str) or len(value) > _LONGEST:
        return None
    for text in (value, _loose(value)):
        if text:
            try:
                return numeric.parse_number(text)
            except ValueError:
                continue
    return None


def _loose(text: str) -> str | None:
    match = _LOOSE_NUMBER.fullmatch(text.strip())
    return match[1] if match else None


@lru_cache(maxsize=64)
def _term_keys(terms: Vocabulary) -> frozenset[str]:
    """Every folded code, label and synonym of a vocabulary (as `normalise.match_term` folds
    them), without the near-miss search a failed match makes."""
    keys = {normalise_header(text) for term in terms
            for text in (term.code, term.nl, term.en, *term.synonyms)}
    return frozenset(keys - {""})


def _is_term(keys: frozenset[str]) -> Callable[[object], bool]:
    """A term of the list, or several ("Gezond; Slim; Groen": a mission serves several
    themes)."""
    def test(value: object) -> bool:
        if not isinstance(value, str) or len(value) > _LONGEST:
            return False
        if normalise_header(value) in keys:
            return True
        parts = [p for p in _SEVERAL.split(value) if p.strip()]
        return len(parts) > 1 and all(normalise_header(p) in keys for p in parts)
    return test
