"""Dates from spreadsheet cells, as precise as the coordinator wrote them: an exact day, or a
month, quarter, season, half year or year as its first and last day (`ParsedDate`). Pure
functions; a text that is no date raises `texts.phrases.Refusal` (a `ValueError`) saying
why. A quarter written as a code ("Q3 2018", "2018K3") is read by the one period pattern
(`periods.Period`).
"""

from __future__ import annotations

import calendar
import datetime as dt
import math
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

from tradeinvest.periods import Period, Quarter
from tradeinvest.texts.phrases import Refusal

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


_DATE_HINT = "problem_date_unknown"
_YEARS = range(1900, 2200)
_EXCEL_SERIALS = (20000, 80000)  # 1954-10-03 .. 2119-01-10: a plausible Excel date
_EXCEL_EPOCH = dt.date(1899, 12, 30)  # 1900 date system; serials above 60 are exact from here
# Excel counts a 29-02-1900 that never was (serial 60): its dates before 1-3-1900 are off by a
# day or fictitious, and no upload is about then, so a date cell before it is refused.
_EXCEL_FIRST_TRUE_DATE = dt.date(1900, 3, 1)

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
# A quarter in words; as a code ("Q3 2018") it is read by `periods.Period` (`_quarter`).
_QUARTER_IN_WORDS = (
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
        raise Refusal("problem_year_unknown")
    return year


def _day(year: str, month: int, day: int) -> ParsedDate:
    known_year = _year(year)
    try:
        date = dt.date(known_year, month, day)
    except ValueError:
        raise Refusal("problem_no_such_date") from None
    return ParsedDate(date, date, "day")


def _months(year: int, first: int, count: int, precision: Precision) -> ParsedDate:
    """The period of `count` months starting at month `first` (may run into the next year)."""
    if not 1 <= first <= 12:
        raise Refusal("problem_month_unknown")
    last_index = first - 1 + count - 1
    end_year, end_month = year + last_index // 12, last_index % 12 + 1
    end = dt.date(end_year, end_month, calendar.monthrange(end_year, end_month)[1])
    return ParsedDate(dt.date(year, first, 1), end, precision)


def _quarter(text: str) -> Quarter | None:
    """The quarter a code names ("q3 2018", "2018-q3", "2018k3"), read by the one period
    pattern; None for any other text, and for a year outside `periods.YEARS`."""
    try:
        period = Period.parse(text)
    except ValueError:
        return None
    return None if period.is_year else period.first_quarter


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
            raise Refusal("problem_season_unknown")
        return _months(year, first, 3, "season")
    if quarter := _quarter(t):
        return _months(quarter.year, quarter.start.month, 3, "quarter")
    for pattern in _QUARTER_IN_WORDS:
        if m := pattern.fullmatch(t):
            return _months(_year(m[2]), 3 * _ORDINALS[m[1]] - 2, 3, "quarter")
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
    raise Refusal(_DATE_HINT)


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
    Fuzzy: "juni 2018", "06-2018", "2018-06" (month); "Q3 2018", "2018Q3" (a year in
    periods.YEARS), "3e kwartaal 2018" (quarter); "voorjaar/lente", "zomer",
    "najaar/herfst", "winter" 2018 (meteorological
    seasons: Mar-May, Jun-Aug, Sep-Nov, and Dec 2018-Feb 2019 for "winter 2018"); "1e helft
    2018", "H2 2018" (half); "2018" or the number 2018 (year). "tbd", "n.t.b.", "onbekend",
    "?" give precision "unknown" with no dates. A time without a date is rejected.
    """
    if isinstance(value, dt.datetime):
        value = value.date()
    if isinstance(value, dt.date):
        if value < _EXCEL_FIRST_TRUE_DATE:
            raise Refusal("problem_before_1900_03")
        return ParsedDate(value, value, "day")
    if isinstance(value, dt.time):
        raise Refusal("problem_time_only")
    if isinstance(value, bool):
        raise Refusal(_DATE_HINT)
    if isinstance(value, int | float):
        if not math.isfinite(value):
            raise Refusal(_DATE_HINT)
        if float(value).is_integer() and int(value) in _YEARS:
            return _months(int(value), 1, 12, "year")
        if _EXCEL_SERIALS[0] <= value <= _EXCEL_SERIALS[1]:
            date = _EXCEL_EPOCH + dt.timedelta(days=int(value))
            return ParsedDate(date, date, "day")
        raise Refusal(_DATE_HINT)
    if not isinstance(value, str):
        raise Refusal(_DATE_HINT)
    return _cached_date(value)
