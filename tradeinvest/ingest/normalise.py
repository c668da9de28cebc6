"""Turn raw spreadsheet cells into canonical values: pure functions, no I/O.

Cells arrive as python-calamine values (str, int, float, bool, datetime, date, time, None) or as
CSV strings. Coordinators type the same thing in many ways ("Duitsland", "DE", "Germany";
"1.234,5"; "najaar 2018"), so every parser accepts the common Dutch and English forms and
otherwise raises `ValueError` with a short Dutch sentence the coordinator can act on. Parsers
never guess silently: where a form is ambiguous, the rule is fixed and documented here.
Blank cells are the caller's business (`text_keys.is_blank`); parsers assume non-blank
input. Folding, company keys and countries are floor-one modules (`text_keys`, `countries`).
"""

from __future__ import annotations

import calendar
import datetime as dt
import math
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

from tradeinvest import vocab
from tradeinvest.text_keys import cell_text, did_you_mean, near_misses, normalise_header
from tradeinvest.vocab import Vocabulary

__all__ = [
    "ParsedDate",
    "Precision",
    "match_term",
    "parse_bool",
    "parse_date",
    "parse_int",
    "parse_number",
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
        labels = ", ".join(term.nl for term in terms)
        meant = _term_meant(terms, value)
        raise ValueError(f"onbekende waarde; {meant}{'Of k' if meant else 'k'}ies uit: {labels}")
    return code


def _term_meant(terms: Vocabulary, value: object) -> str:
    """"bedoelde u X? " for the terms nearest a value that matched none, else empty."""
    labels = {term.code: term.nl for term in terms}
    return did_you_mean([labels[c] for c in near_misses(_key(value), _term_index(terms))])


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
