"""Turn raw spreadsheet cells into canonical keys and codes: pure functions, no I/O.

Cells arrive as python-calamine values (str, int, float, bool, datetime, date, time, None) or as
CSV strings. Coordinators type the same thing in many ways ("Duitsland", "DE", "Germany";
"Acme B.V.", "ACME"), so every parser accepts the common Dutch and English forms and
otherwise raises `texts.phrases.Refusal` (a `ValueError`) saying what the coordinator can
do. Parsers never guess silently: where a form is ambiguous, the rule is fixed and documented here.
Blank cells are the caller's business (`text_keys.is_blank`); parsers assume non-blank input.
Here: vocabulary terms and yes/no; numbers are read by `numeric`, dates by `dates`, by the same
rules; header keys, company keys (`text_keys`) and countries (`countries`) are floor-one modules
that measure and the store share.
"""

from __future__ import annotations

from tradeinvest import vocab
from tradeinvest.text_keys import cell_text, meant, near_misses, normalise_header
from tradeinvest.texts.phrases import Phrase, Refusal, Words
from tradeinvest.vocab import Vocabulary

__all__ = [
    "match_term",
    "parse_bool",
    "vocabulary_clashes",
]

# --- vocabularies ---------------------------------------------------------------------------

# id(vocab) -> (vocab, index). Vocabularies are module constants, so identity is a cheap and
# safe key (the stored reference keeps the id from being reused); hashing a whole vocabulary
# on every cell would cost more than the lookup itself.
_TERM_INDEXES: dict[int, tuple[Vocabulary, dict[str, str]]] = {}


def _key(value: object) -> str:
    """Folded form of a vocabulary value; a value of only punctuation (THEMES' "-") keeps
    itself, so it neither vanishes nor matches every other punctuation-only cell."""
    text = cell_text(value)
    return normalise_header(text) or " ".join(text.split())


def _term_index(terms: Vocabulary) -> dict[str, str]:
    """Folded code/label/synonym -> code. Codes and labels win over synonyms of another term;
    otherwise the first term keeps a key two terms share (tests keep shipped vocabularies
    free of such clashes)."""
    cached = _TERM_INDEXES.get(id(terms))
    if cached is not None and cached[0] is terms:
        return cached[1]
    index: dict[str, str] = {}
    for term in terms:
        for text in (term.code, term.nl, term.en):
            index.setdefault(_key(text), term.code)
    for term in terms:
        for text in term.synonyms:
            index.setdefault(_key(text), term.code)
    _TERM_INDEXES[id(terms)] = (terms, index)
    return index


def vocabulary_clashes(terms: Vocabulary) -> list[str]:
    """Keys that two terms of one vocabulary share (a value there would match ambiguously)."""
    owners: dict[str, set[str]] = {}
    for term in terms:
        for text in (term.code, term.nl, term.en, *term.synonyms):
            owners.setdefault(_key(text), set()).add(term.code)
    return sorted(key for key, codes in owners.items() if len(codes) > 1)


def match_term(terms: Vocabulary, value: object) -> str:
    """The code of the term whose code, Dutch label, English label or synonym matches `value`,
    compared with normalise_header (so case, accents and punctuation do not matter)."""
    code = _term_index(terms).get(_key(value))
    if code is None:
        labels = Words(", ".join(term.nl for term in terms), ", ".join(term.en for term in terms))
        meant = _term_meant(terms, value)
        if meant is None:
            raise Refusal("problem_unknown_term", labels=labels)
        raise Refusal("problem_unknown_term_meant", meant=meant, labels=labels)
    return code


def _term_meant(terms: Vocabulary, value: object) -> str | Words | Phrase | None:
    """The terms nearest a value that matched none ("bedoelde u X?"), else None."""
    labels = {term.code: Words(term.nl, term.en) for term in terms}
    return meant([labels[c] for c in near_misses(_key(value), _term_index(terms))])


def parse_bool(value: object) -> bool:
    """Yes/no from vocab.YES_NO ("ja", "nee", "x", "yes", "1", ...) or a real boolean;
    the numbers 1 and 0 count too, as Excel often stores checkboxes that way."""
    if isinstance(value, bool):
        return value
    if isinstance(value, int | float) and value in (0, 1):
        return value == 1
    try:
        return match_term(vocab.YES_NO, value) == "yes"
    except ValueError:
        meant = _term_meant(vocab.YES_NO, value)
        if meant is None:
            raise Refusal("problem_yes_no") from None
        raise Refusal("problem_yes_no_meant", meant=meant) from None
