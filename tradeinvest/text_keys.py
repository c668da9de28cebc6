"""Text keys shared by every layer: a cell's blankness, word folding (case, accents and
punctuation away), the company key that links one company across files, and "did you mean".

Pure functions, no I/O. Ingest reads cells with them; measure matches names and companies with
the same rules (so a key made at load time and one made at query time agree); the store keys
erased companies with them.
"""

from __future__ import annotations

import math
import re
import unicodedata
from functools import lru_cache

from rapidfuzz import fuzz, process

from tradeinvest.texts.phrases import Phrase, Refusal, Words

# Characters that look empty in Excel but are not whitespace to str.strip().
_INVISIBLE = "\u200b\u200c\u200d\u2060\ufeff"
_APOSTROPHES = re.compile(r"['\u2018\u2019\u02bc`´]")
_PUNCT = re.compile(r"[^\w\s]|_")
# Letters NFKD does not split into base letter + accent.
_LETTERS = str.maketrans({"æ": "ae", "ø": "o", "œ": "oe", "ł": "l", "đ": "d", "ı": "i",
                          "þ": "th", "ð": "d"})


def is_blank(value: object) -> bool:
    """True for an empty cell: None, a whitespace-only string, or NaN (pandas' missing value)."""
    if value is None:
        return True
    if isinstance(value, str):
        return not value.strip().strip(_INVISIBLE).strip()
    return isinstance(value, float) and math.isnan(value)


def cell_text(value: object) -> str:
    """A cell as text; Excel stores typed whole numbers as floats, so 1.0 reads as "1"."""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


@lru_cache(maxsize=65536)
def _fold(text: str) -> str:
    """Case, accents and punctuation folded away: the base of every matching key.

    Apostrophes vanish ("FFT's" -> "ffts"); every other punctuation mark, the underscore
    included, becomes a space ("E-mail" -> "e mail", "new_jobs" -> "new jobs").
    """
    text = unicodedata.normalize("NFKD", text.casefold().translate(_LETTERS))
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = _PUNCT.sub(" ", _APOSTROPHES.sub("", text))
    return " ".join(text.split())


def normalise_header(text: object) -> str:
    """A header or label reduced to a comparison key, so file headers match schema synonyms.

    Lower case, accents stripped (ü -> u, ø -> o), punctuation -> space (so "E-mail" -> "e mail"),
    whitespace collapsed; "€", "(EUR)" and the word "euro" all become "eur", so
    "Investering (€)" == "Investering (EUR)" == "investering eur". Applied to both sides of
    every comparison, so only consistency matters.
    """
    key = _fold(cell_text(text).replace("€", " eur "))
    if "euro" in key:
        key = " ".join("eur" if word == "euro" else word for word in key.split())
    return key


# --- near misses: "Duitsand" -> "bedoelde u Duitsland?" -------------------------------------

_NEAR = 80  # rapidfuzz ratio (0-100) a known name must reach to be offered for a typo


def near_misses(key: str, names: dict[str, str]) -> list[str]:
    """The codes of the `names` (folded name -> code) closest to folded `key`, best first and
    ties kept; none when nothing comes close. Names under four characters (ISO codes, "ja")
    are left out: against those a typo is as near to many codes as to the one meant."""
    if len(key) < 3:
        return []
    found = process.extract(key, [n for n in names if len(n) >= 4], scorer=fuzz.ratio,
                            score_cutoff=_NEAR, limit=5)
    best = found[0][1] if found else None
    return list(dict.fromkeys(names[name] for name, score, _ in found if score == best))


def meant(labels: list[str] | list[Words]) -> str | Words | Phrase | None:
    """What the coordinator may have meant, for "bedoelde u X?" ("X of Y" for several); None
    without labels."""
    unique = list(dict.fromkeys(labels))
    if not unique:
        return None
    said: str | Words | Phrase = unique[0]
    for label in unique[1:]:
        said = Phrase("problem_or", {"first": said, "second": label})
    return said


# --- companies ------------------------------------------------------------------------------

# Legal forms, as folded tokens (dots removed first, so "B.V." is "bv", "Co., Ltd." is
# "co ltd"). Only dropped from the end of a name, repeatedly: "Acme Holding B.V." -> "acme".
_LEGAL_FORMS = frozenset({
    "bv", "nv", "vof", "cv", "io", "bvba", "gmbh", "mbh", "ag", "kg", "kgaa", "ug", "se",
    "ltd", "limited", "plc", "llp", "llc", "lp", "inc", "incorporated", "corp", "corporation",
    "co", "company", "sa", "sas", "sarl", "srl", "spa", "sl", "sro", "pty", "pte", "pvt",
    "private", "kk", "kabushiki", "kaisha", "oy", "oyj", "ab", "asa", "aps", "as",
    "holding", "holdings", "group", "groep",
})
_LEGAL_PAIRS = frozenset({("a", "s"), ("s", "a"), ("n", "v"), ("b", "v")})  # "A/S", "B V"
_CONNECTORS = frozenset({"and", "en", "und"})  # "&" is punctuation and vanishes anyway


def normalise_company(name: object) -> str:
    """A key that links one company across contacts, bidbooks, leads and projects.

    Lower case, accents and punctuation removed, "&"/"and"/"en"/"und" dropped (so "Marks &
    Spencer" == "Marks and Spencer"), a leading "the" dropped, and legal forms and the words
    holding(s)/group/groep dropped from the end: "Acme Robotics B.V." == "ACME Robotics" ==
    "Acme  Robotics GmbH". Limits: renamed companies, abbreviations ("IBM" vs "International
    Business Machines"), country subsidiaries ("Acme Nederland") and typos give other keys;
    those need a manual link. A name made only of a legal form keeps it ("B.V." -> "bv").
    """
    text = cell_text(name).replace(".", "")
    tokens = [word for word in _fold(text).split() if word not in _CONNECTORS]
    if len(tokens) > 1 and tokens[0] == "the":
        tokens = tokens[1:]
    while len(tokens) > 1:
        if tokens[-1] in _LEGAL_FORMS:
            tokens.pop()
        elif len(tokens) > 2 and tuple(tokens[-2:]) in _LEGAL_PAIRS:
            del tokens[-2:]
        else:
            break
    if not tokens:
        raise Refusal("problem_company_no_letters")
    return " ".join(tokens)
