"""Turn raw spreadsheet cells into canonical keys and codes: pure functions, no I/O.

Cells arrive as python-calamine values (str, int, float, bool, datetime, date, time, None) or as
CSV strings. Coordinators type the same thing in many ways ("Duitsland", "DE", "Germany";
"Acme B.V.", "ACME"), so every parser accepts the common Dutch and English forms and
otherwise raises `problems.Refusal` (a `ValueError`) saying what the coordinator can do. Parsers
never guess silently: where a form is ambiguous, the rule is fixed and documented here.
Blank cells are the caller's business (`is_blank`); parsers assume non-blank input.
Here: header keys, countries, vocabulary terms, yes/no and company keys; numbers are read by
`numeric`, dates by `dates`, by the same rules.
"""

from __future__ import annotations

import gettext
import math
import re
import unicodedata
from functools import lru_cache

import pycountry
from rapidfuzz import fuzz, process

from tradeinvest import vocab
from tradeinvest.ingest.problems import Phrase, Refusal, Words
from tradeinvest.vocab import Vocabulary

__all__ = [
    "is_blank",
    "match_term",
    "near_misses",
    "normalise_company",
    "normalise_header",
    "parse_bool",
    "parse_country",
    "vocabulary_clashes",
]

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


def _cell_text(value: object) -> str:
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
    key = _fold(_cell_text(text).replace("€", " eur "))
    if "euro" in key:
        key = " ".join("eur" if word == "euro" else word for word in key.split())
    return key


# --- countries ------------------------------------------------------------------------------

# Only what pycountry (English names, Dutch translations, ISO codes) misses; Duitsland,
# Zuid-Korea, Hongkong, Taiwan, Rusland, Tsjechië and the like come from the library (the tests
# pin them). Keys are folded with normalise_header, so spelling variants need no extra entries.
_COUNTRY_ALIASES: dict[str, str] = {
    # United Kingdom: its parts count as the UK
    "UK": "GB", "U.K.": "GB", "VK": "GB", "Engeland": "GB", "England": "GB",
    "Great Britain": "GB", "Britain": "GB", "Groot-Brittannië": "GB", "Schotland": "GB",
    "Scotland": "GB", "Wales": "GB", "Noord-Ierland": "GB", "Northern Ireland": "GB",
    # United States
    "U.S.": "US", "U.S.A.": "US", "VS": "US", "V.S.": "US", "Amerika": "US", "America": "US",
    # Plain "Korea" in business use means South Korea
    "Korea": "KR",
    # China and its special regions: Hong Kong and Macau keep their own codes
    "Chinese Taipei": "TW", "Republic of China": "TW", "ROC": "TW",
    "HK SAR": "HK", "Hong Kong SAR": "HK", "Hongkong SAR": "HK", "Hong Kong SAR China": "HK",
    "Macau SAR": "MO", "PRC": "CN", "Mainland China": "CN",
    # Others where common usage differs from the ISO name or its Dutch translation
    "Russia": "RU", "Tsjechische Republiek": "CZ", "Turkey": "TR", "Holland": "NL",
    "The Netherlands": "NL", "Deutschland": "DE", "BRD": "DE", "UAE": "AE", "VAE": "AE",
    "Emiraten": "AE", "Ivory Coast": "CI", "Vatican": "VA", "Vaticaanstad": "VA",
    "Palestine": "PS", "Palestina": "PS", "Saudi-Arabië": "SA", "Cape Verde": "CV",
    "Swaziland": "SZ", "Macedonia": "MK", "Macedonië": "MK", "Burma": "MM", "Birma": "MM",
}


def _country_names() -> list[tuple[str, str]]:
    """(name, alpha_2) for every English and Dutch name pycountry knows, English first."""
    dutch = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["nl"])
    english: list[tuple[str, str]] = []
    translated: list[tuple[str, str]] = []
    for country in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            name = getattr(country, attr, None)
            if name:
                english.append((name, country.alpha_2))
                translated.append((dutch.gettext(name), country.alpha_2))
    names: list[tuple[str, str]] = []
    for name, code in english + translated:
        names.append((name, code))
        if ", " in name:  # "Korea, Republiek" is also written "Republiek Korea"
            head, tail = name.split(", ", 1)
            names.append((f"{tail} {head}", code))
    return names


@lru_cache(maxsize=1)
def _country_lookup() -> dict[str, str]:
    """Folded name or code -> alpha_2. Aliases win over codes, codes over names; within names
    English wins over Dutch and the first country keeps a name two countries share."""
    lookup: dict[str, str] = {}
    for name, code in _country_names():
        lookup.setdefault(normalise_header(name), code)
    for country in pycountry.countries:
        lookup[country.alpha_2.casefold()] = country.alpha_2
        lookup[country.alpha_3.casefold()] = country.alpha_2
    for alias, code in _COUNTRY_ALIASES.items():
        lookup[normalise_header(alias)] = code
    return lookup


@lru_cache(maxsize=8192)
def _country_from_text(text: str) -> str:
    key = normalise_header(text)
    code = _country_lookup().get(key)
    if code is None:
        meant = _meant([_dutch_country_name(c) for c in near_misses(key, _country_lookup())])
        if meant is None:
            raise Refusal("problem_unknown_country")
        raise Refusal("problem_unknown_country_meant", meant=meant)
    return code


@lru_cache(maxsize=1)
def _dutch_country_names() -> dict[str, str]:
    dutch = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["nl"])
    return {c.alpha_2: dutch.gettext(getattr(c, "common_name", None) or c.name)
            for c in pycountry.countries}


def _dutch_country_name(code: str) -> str:
    return _dutch_country_names().get(code, code)


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


def _meant(labels: list[str] | list[Words]) -> str | Words | Phrase | None:
    """What the coordinator may have meant, for "bedoelde u X?" ("X of Y" for several); None
    without labels."""
    unique = list(dict.fromkeys(labels))
    if not unique:
        return None
    meant: str | Words | Phrase = unique[0]
    for label in unique[1:]:
        meant = Phrase("problem_or", {"first": meant, "second": label})
    return meant


def parse_country(value: object) -> str:
    """ISO 3166-1 alpha-2 code from a Dutch or English name or an alpha-2/alpha-3 code.

    Case, spacing and accents do not matter ("duitsland", "DEU", "de" -> "DE"). Hong Kong
    ("HK") and Macau ("MO") stay their own codes; grouping them under China is done where
    countries are reported, not here. Plain "Korea" is read as South Korea (KR).
    """
    if not isinstance(value, str):
        raise Refusal("problem_unknown_country")
    return _country_from_text(value)


# --- vocabularies ---------------------------------------------------------------------------

# id(vocab) -> (vocab, index). Vocabularies are module constants, so identity is a cheap and
# safe key (the stored reference keeps the id from being reused); hashing a whole vocabulary
# on every cell would cost more than the lookup itself.
_TERM_INDEXES: dict[int, tuple[Vocabulary, dict[str, str]]] = {}


def _key(value: object) -> str:
    """Folded form of a vocabulary value; a value of only punctuation (THEMES' "-") keeps
    itself, so it neither vanishes nor matches every other punctuation-only cell."""
    text = _cell_text(value)
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
    return _meant([labels[c] for c in near_misses(_key(value), _term_index(terms))])


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
    text = _cell_text(name).replace(".", "")
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
