"""Turn raw spreadsheet cells into canonical values: pure functions, no I/O.

Cells arrive as python-calamine values (str, int, float, bool, datetime, date, time, None) or as
CSV strings. Coordinators type the same thing in many ways ("Duitsland", "DE", "Germany";
"1.234,5"; "najaar 2018"), so every parser accepts the common Dutch and English forms and
otherwise raises `ValueError` with a short Dutch sentence the coordinator can act on. Parsers
never guess silently: where a form is ambiguous, the rule is fixed and documented here.
Blank cells are the caller's business (`is_blank`); parsers assume non-blank input.
"""

from __future__ import annotations

import calendar
import datetime as dt
import gettext
import math
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

import pycountry
from rapidfuzz import fuzz, process

from tradeinvest import vocab
from tradeinvest.vocab import Vocabulary

__all__ = [
    "ParsedDate",
    "Precision",
    "is_blank",
    "match_term",
    "near_misses",
    "normalise_company",
    "normalise_header",
    "parse_bool",
    "parse_country",
    "parse_date",
    "parse_int",
    "parse_number",
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
_COUNTRY_HOW = "de Nederlandse of Engelse naam of een ISO-code zoals DE"
_UNKNOWN_COUNTRY = f"onbekend land; gebruik {_COUNTRY_HOW}"
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
        raise ValueError(f"onbekend land; {meant}Gebruik anders {_COUNTRY_HOW}" if meant
                         else _UNKNOWN_COUNTRY)
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


def _meant(labels: list[str]) -> str:
    """"bedoelde u X? " (or "X of Y"), empty without labels: the start of a refusal."""
    if not labels:
        return ""
    return f"bedoelde u {' of '.join(dict.fromkeys(labels))}? "


def parse_country(value: object) -> str:
    """ISO 3166-1 alpha-2 code from a Dutch or English name or an alpha-2/alpha-3 code.

    Case, spacing and accents do not matter ("duitsland", "DEU", "de" -> "DE"). Hong Kong
    ("HK") and Macau ("MO") stay their own codes; grouping them under China is done where
    countries are reported, not here. Plain "Korea" is read as South Korea (KR).
    """
    if not isinstance(value, str):
        raise ValueError(_UNKNOWN_COUNTRY)
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
        labels = ", ".join(term.nl for term in terms)
        meant = _term_meant(terms, value)
        raise ValueError(f"onbekende waarde; {meant}{'Of k' if meant else 'k'}ies uit: {labels}")
    return code


def _term_meant(terms: Vocabulary, value: object) -> str:
    """"bedoelde u X? " for the terms nearest a value that matched none, else empty."""
    labels = {term.code: term.nl for term in terms}
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
        meant = _term_meant(vocab.YES_NO, value).strip()
        raise ValueError(f"kies ja of nee; {meant}" if meant else "kies ja of nee") from None


# --- numbers --------------------------------------------------------------------------------

_NOT_A_NUMBER = "geen getal; vul een getal in zoals 1234,5 (zonder woorden of eenheden)"
# Currency before or after the number. Two patterns, as one alternation with `\s*` before the
# end anchor is tried at every position: quadratic in a cell full of spaces (a minute or more).
_CURRENCY_FIRST = re.compile(r"^(?:€|eur(?:o)?\b)", re.IGNORECASE)
_CURRENCY_LAST = re.compile(r"(?:€|eur(?:o)?)$", re.IGNORECASE)
_NUMBER_CHARS = re.compile(r"^[+-]?[\d.,]+$")
# Valid thousands groups ("12.345.678"): first group 1-3 digits without a leading 0.
_GROUPED = {sep: re.compile(rf"[1-9]\d{{0,2}}(?:{re.escape(sep)}\d{{3}})+") for sep in ".,"}


def _grouped(digits: str, sep: str) -> bool:
    return _GROUPED[sep].fullmatch(digits) is not None


def _number_from_text(text: str) -> float:
    """See parse_number for the separator rules."""
    text = text.strip().replace("\u2212", "-")  # typographic minus
    text = _CURRENCY_LAST.sub("", _CURRENCY_FIRST.sub("", text)).strip()
    if text.endswith((",-", ",--")):  # "€ 12,-" is Dutch for twelve euro
        text = text.rstrip("-")[:-1]
    text = re.sub(r"(?<=\d)[ \u00a0\u202f](?=\d{3}(?:\D|$))", "", text)  # "12 000"
    if not _NUMBER_CHARS.fullmatch(text):
        raise ValueError(_NOT_A_NUMBER)
    sign = -1.0 if text.startswith("-") else 1.0
    body = text.lstrip("+-")
    if not body or not body[0].isdigit() or not body[-1].isdigit():
        raise ValueError(_NOT_A_NUMBER)
    has_dot, has_comma = "." in body, "," in body
    if has_dot and has_comma:
        decimal = "." if body.rfind(".") > body.rfind(",") else ","
        thousands = "," if decimal == "." else "."
        whole, _, fraction = body.rpartition(decimal)
        if decimal in whole or not _grouped(whole, thousands):
            raise ValueError(_NOT_A_NUMBER)
        body = f"{whole.replace(thousands, '')}.{fraction}"
    elif has_comma:
        if body.count(",") == 1:
            body = body.replace(",", ".")  # Dutch decimal comma, also for "1,250"
        elif _grouped(body, ","):
            body = body.replace(",", "")
        else:
            raise ValueError(_NOT_A_NUMBER)
    elif has_dot:
        if _grouped(body, "."):
            body = body.replace(".", "")  # Dutch thousands: "12.000", "1.250", "1.234.567"
        elif body.count(".") > 1:
            raise ValueError(_NOT_A_NUMBER)
    return sign * float(body)


@lru_cache(maxsize=8192)
def _cached_number(text: str) -> float:
    return _number_from_text(text)


def parse_number(value: object) -> float:
    """A number from a numeric cell or from Dutch or English text.

    Text may carry "€"/"EUR", a sign, spaces or dots as thousands separators and the Dutch
    ",-" for whole euros ("€ 12.000,-"). Words and units ("1,2 mln", "n.v.t.") are rejected.
    Separator rules, so the reading is never a guess:
    - dot and comma both present: the last one is the decimal mark ("1.234,5" and "1,234.5"
      are both 1234.5);
    - a single comma is a decimal comma ("12,5" -> 12.5, also "1,250" -> 1.25); several
      commas in groups of three are English thousands ("1,234,567");
    - dots only: groups of exactly three digits after a dot are Dutch thousands ("12.000" ->
      12000, "1.250" -> 1250); any other single dot is a decimal point ("1234.5", "0.125").
    Negative numbers are returned as they are; whether a sign is allowed is the caller's rule.
    """
    if isinstance(value, bool):
        raise ValueError("verwacht een getal, geen ja/nee")
    if isinstance(value, int):
        return float(value)
    if isinstance(value, float):
        if not math.isfinite(value):
            raise ValueError(_NOT_A_NUMBER)
        return value
    if isinstance(value, dt.date | dt.time):
        raise ValueError("verwacht een getal, maar de cel is een datum of tijd")
    if not isinstance(value, str):
        raise ValueError(_NOT_A_NUMBER)
    return _cached_number(value)


def parse_int(value: object) -> int:
    """A whole number (a count such as participating companies); 2,5 is rejected, 12.000 is
    twelve thousand by the rules of parse_number."""
    number = parse_number(value)
    if not number.is_integer():
        raise ValueError("verwacht een geheel getal, zonder decimalen")
    return int(number)


# --- dates ----------------------------------------------------------------------------------

Precision = Literal["day", "month", "quarter", "season", "half", "year", "unknown"]


@dataclass(frozen=True)
class ParsedDate:
    """A date as precise as the coordinator wrote it: the first and last day of the period.

    "juni 2018" is 2018-06-01..2018-06-30 with precision "month"; an exact date has
    start == end and precision "day"; "tbd" has start and end None and precision "unknown".
    Keeping the period (not just a date) lets the caller decide how to treat a fuzzy date.
    """

    start: dt.date | None
    end: dt.date | None
    precision: Precision


_DATE_HINT = "datum niet herkend; gebruik dd-mm-jjjj, bijvoorbeeld 05-03-2024"
_NO_SUCH_DATE = "deze datum bestaat niet; controleer dag en maand (dd-mm-jjjj)"
_YEARS = range(1900, 2200)
_EXCEL_SERIALS = (20000, 80000)  # 1954-10-03 .. 2119-01-10: a plausible Excel date
_EXCEL_EPOCH = dt.date(1899, 12, 30)  # 1900 date system; serials above 60 are exact from here
# Excel counts a 29-02-1900 that never was (serial 60): its dates before 1-3-1900 are off by a
# day or fictitious, and no upload is about then, so a date cell before it is refused.
_EXCEL_FIRST_TRUE_DATE = dt.date(1900, 3, 1)
_BEFORE_1900_03 = ("datum vóór 1 maart 1900: Excel rekent die dagen verkeerd (het kent een "
                   "29-02-1900 die niet bestaat); vul de echte datum in, dd-mm-jjjj")

_MONTH_NAMES = (
    ("januari", "january", "jan"), ("februari", "february", "feb"),
    ("maart", "march", "mrt", "mar"), ("april", "apr"), ("mei", "may"),
    ("juni", "june", "jun"), ("juli", "july", "jul"), ("augustus", "august", "aug"),
    ("september", "sep", "sept"), ("oktober", "october", "okt", "oct"),
    ("november", "nov"), ("december", "dec"),
)
_MONTHS = {name: n for n, names in enumerate(_MONTH_NAMES, start=1) for name in names}
_ORDINAL_NAMES = (
    ("1", "1e", "1ste", "eerste", "1st", "first"),
    ("2", "2e", "2de", "tweede", "2nd", "second"),
    ("3", "3e", "3de", "derde", "3rd", "third"),
    ("4", "4e", "4de", "vierde", "4th", "fourth"),
)
_ORDINALS = {name: n for n, names in enumerate(_ORDINAL_NAMES, start=1) for name in names}

# Meteorological seasons (first month, number of months); winter starts in December of the
# year written, so "winter 2018" is December 2018 up to and including February 2019.
_SEASONS: dict[str, int] = {
    "voorjaar": 3, "lente": 3, "spring": 3, "zomer": 6, "summer": 6,
    "najaar": 9, "herfst": 9, "autumn": 9, "fall": 9, "winter": 12,
}
_UNKNOWN = {"tbd", "tba", "ntb", "nnb", "nogtebepalen", "nadertebepalen", "nognietbekend",
            "onbekend", "unknown", "?", "??", "???"}

_TIME = r"(?:[ t]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?"
_ISO = re.compile(rf"(\d{{4}})([-/.])(\d{{1,2}})\2(\d{{1,2}}){_TIME}")
_DMY = re.compile(rf"(\d{{1,2}})([-/.])(\d{{1,2}})\2(\d{{4}}){_TIME}")
_MY = re.compile(r"(\d{1,2})[-/.](\d{4})")
_YM = re.compile(r"(\d{4})[-/.](\d{1,2})")
_DAY_MONTH_YEAR = re.compile(r"(?:(\d{1,2})(?:e|ste|de|st|nd|rd|th)? )?([a-z]+)\.? (\d{4})")
_MONTH_DAY_YEAR = re.compile(r"([a-z]+)\.? (\d{1,2})(?:st|nd|rd|th)? (\d{4})")
_ORDINAL = "|".join(sorted(_ORDINALS, key=len, reverse=True))
_QUARTER = (
    re.compile(r"[qk]([1-4]) ?[-/]? ?(\d{4})"),
    re.compile(r"(\d{4}) ?[-/]? ?[qk]([1-4])"),
    re.compile(rf"({_ORDINAL}) (?:kwartaal|quarter)(?: (?:van|of))? (\d{{4}})"),
    re.compile(r"kwartaal ([1-4]) (\d{4})"),
)
_HALF = (
    re.compile(r"h([12]) ?[-/]? ?(\d{4})"),
    re.compile(r"(\d{4}) ?[-/]? ?h([12])"),
    re.compile(rf"({_ORDINAL}) (?:helft|halfjaar|half year|half)(?: (?:van|of))? (\d{{4}})"),
)
_SEASON = re.compile(rf"({'|'.join(_SEASONS)}) (\d{{4}})(?: ?[-/] ?(\d{{4}}))?")


def _year(text: str) -> int:
    year = int(text)
    if year not in _YEARS:
        raise ValueError("jaartal niet herkend; gebruik een jaar tussen 1900 en 2199")
    return year


def _day(year: str, month: int, day: int) -> ParsedDate:
    try:
        date = dt.date(_year(year), month, day)
    except ValueError as exc:
        if "jaartal" in str(exc):
            raise
        raise ValueError(_NO_SUCH_DATE) from None
    return ParsedDate(date, date, "day")


def _months(year: int, first: int, count: int, precision: Precision) -> ParsedDate:
    """The period of `count` months starting at month `first` (may run into the next year)."""
    if not 1 <= first <= 12:
        raise ValueError("maand niet herkend; gebruik 1 tot en met 12 of de naam van de maand")
    last_index = first - 1 + count - 1
    end_year, end_month = year + last_index // 12, last_index % 12 + 1
    end = dt.date(end_year, end_month, calendar.monthrange(end_year, end_month)[1])
    return ParsedDate(dt.date(year, first, 1), end, precision)


def _date_from_text(text: str) -> ParsedDate:
    t = " ".join(text.casefold().replace(",", " ").split())
    if t.replace(".", "").replace(" ", "").replace("-", "") in _UNKNOWN:
        return ParsedDate(None, None, "unknown")
    if m := _ISO.fullmatch(t):
        return _day(m[1], int(m[3]), int(m[4]))
    if m := _DMY.fullmatch(t):  # always day first, the Dutch way: 03/05/2024 is 3 May
        return _day(m[4], int(m[3]), int(m[1]))
    if m := _MY.fullmatch(t):
        return _months(_year(m[2]), int(m[1]), 1, "month")
    if m := _YM.fullmatch(t):
        return _months(_year(m[1]), int(m[2]), 1, "month")
    if re.fullmatch(r"\d{4}", t):
        return _months(_year(t), 1, 12, "year")
    if m := _SEASON.fullmatch(t):
        year, first = _year(m[2]), _SEASONS[m[1]]
        if m[3] and not (first == 12 and int(m[3]) == year + 1):
            raise ValueError("seizoen niet herkend; schrijf bijvoorbeeld 'najaar 2018' of "
                             "'winter 2018/2019'")
        return _months(year, first, 3, "season")
    for pattern in _QUARTER:
        if m := pattern.fullmatch(t):
            year_first = m[1].isdigit() and len(m[1]) == 4
            year, quarter = (m[1], m[2]) if year_first else (m[2], m[1])
            return _months(_year(year), 3 * _ORDINALS[quarter] - 2, 3, "quarter")
    for pattern in _HALF:
        if m := pattern.fullmatch(t):
            year_first = m[1].isdigit() and len(m[1]) == 4
            year, half = (m[1], m[2]) if year_first else (m[2], m[1])
            if _ORDINALS[half] > 2:
                break
            return _months(_year(year), 6 * _ORDINALS[half] - 5, 6, "half")
    if (m := _DAY_MONTH_YEAR.fullmatch(t)) and m[2] in _MONTHS:
        if m[1] is None:
            return _months(_year(m[3]), _MONTHS[m[2]], 1, "month")
        return _day(m[3], _MONTHS[m[2]], int(m[1]))
    if (m := _MONTH_DAY_YEAR.fullmatch(t)) and m[1] in _MONTHS:
        return _day(m[3], _MONTHS[m[1]], int(m[2]))
    raise ValueError(_DATE_HINT)


@lru_cache(maxsize=8192)
def _cached_date(text: str) -> ParsedDate:
    return _date_from_text(text)


def parse_date(value: object) -> ParsedDate:
    """A date or a fuzzy period, from a date cell, an Excel serial number or text.

    Exact (precision "day"): date/datetime cells; Excel serial numbers 20000-80000 (1900
    date system, the time of day dropped); "05-03-2024", "5-3-2024", "05/03/2024",
    "05.03.2024", "2024-03-05" (time part allowed), "3 juni 2018", "3 jun 2018",
    "June 3, 2018". Numeric dates are always read day first, the Dutch way: "03/05/2024" is
    3 May 2024, never 5 March. Two-digit years are rejected rather than guessed.
    Fuzzy: "juni 2018", "06-2018", "2018-06" (month); "Q3 2018", "2018Q3", "3e kwartaal 2018"
    (quarter); "voorjaar/lente", "zomer", "najaar/herfst", "winter" 2018 (meteorological
    seasons: Mar-May, Jun-Aug, Sep-Nov, and Dec 2018-Feb 2019 for "winter 2018"); "1e helft
    2018", "H2 2018" (half); "2018" or the number 2018 (year). "tbd", "n.t.b.", "onbekend",
    "?" give precision "unknown" with no dates. A time without a date is rejected.
    """
    if isinstance(value, dt.datetime):
        value = value.date()
    if isinstance(value, dt.date):
        if value < _EXCEL_FIRST_TRUE_DATE:
            raise ValueError(_BEFORE_1900_03)
        return ParsedDate(value, value, "day")
    if isinstance(value, dt.time):
        raise ValueError("alleen een tijd, geen datum; vul een datum in zoals 05-03-2024")
    if isinstance(value, bool):
        raise ValueError(_DATE_HINT)
    if isinstance(value, int | float):
        if not math.isfinite(value):
            raise ValueError(_DATE_HINT)
        if float(value).is_integer() and int(value) in _YEARS:
            return _months(int(value), 1, 12, "year")
        if _EXCEL_SERIALS[0] <= value <= _EXCEL_SERIALS[1]:
            date = _EXCEL_EPOCH + dt.timedelta(days=int(value))
            return ParsedDate(date, date, "day")
        raise ValueError(_DATE_HINT)
    if not isinstance(value, str):
        raise ValueError(_DATE_HINT)
    return _cached_date(value)


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
        raise ValueError("bedrijfsnaam zonder letters of cijfers; vul de naam van het bedrijf in")
    return " ".join(tokens)
