"""Periods: a quarter ("2024Q3", the unit of the quarterly uploads and of within-year progress)
or a whole year ("2018", the yearly uploads). Read once, at the edge, by the one pattern below;
and the last day of the period a fuzzy date of the activity calendar stands for."""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass

from tradeinvest.quoting import shorten
from tradeinvest.texts.phrases import Refusal

# "2024Q3", "2024-Q3", "2024 K3" (Dutch kwartaal), "Q3 2024", or a bare year "2018": the one
# pattern, matched as a whole text (_PERIOD) or searched for in a file name (_IN_TEXT).
_FORMS = r"(?:(\d{4})(?:\s*[-/ ]?\s*[QK]([1-4]))?|[QK]([1-4])\s*[-/ ]?\s*(\d{4}))"
_PERIOD = re.compile(rf"^\s*{_FORMS}\s*$", re.IGNORECASE)
_IN_TEXT = re.compile(rf"(?<!\d){_FORMS}(?!\d)", re.IGNORECASE)  # digits around: no period


YEARS = range(2000, 2101)  # the years an upload or report may be about
# Months a stored fuzzy date spans, by its precision ("juni 2018" is a month, "najaar" a season).
_SPAN_MONTHS = {"day": 0, "month": 1, "quarter": 3, "season": 3, "half": 6, "year": 12}


def _in_range(year: int, text: object) -> int:
    if year not in YEARS:
        raise Refusal("refusal_period_years", text=shorten(text), first=YEARS[0],
                      last=YEARS[-1])
    return year


@dataclass(frozen=True, order=True)
class Quarter:
    year: int
    q: int

    @classmethod
    def parse(cls, text: str) -> Quarter:
        """Read "2024Q3", "2024-Q3", "Q3 2024" or Dutch "2024K3" of a year in YEARS; raise
        ValueError in Dutch otherwise (9999Q4 would fail later, on a date past year 9999)."""
        period = _match(text)
        if period is None or period.quarter is None:
            raise Refusal("refusal_quarter_unread", text=shorten(text))
        return cls(period.year, period.quarter)

    @classmethod
    def of(cls, day: dt.date) -> Quarter:
        return cls(day.year, (day.month - 1) // 3 + 1)

    @property
    def start(self) -> dt.date:
        return dt.date(self.year, 3 * self.q - 2, 1)

    @property
    def end(self) -> dt.date:
        """Last day of the quarter."""
        return self.next().start - dt.timedelta(days=1)

    def next(self) -> Quarter:
        return Quarter(self.year + self.q // 4, self.q % 4 + 1)

    def previous(self) -> Quarter:
        return Quarter(self.year - (self.q == 1), (self.q - 2) % 4 + 1)

    def __str__(self) -> str:
        return f"{self.year}Q{self.q}"


def parse_year(text: object) -> int:
    """A calendar year ("2018") for uploads that cover a whole year (activity calendar, country
    plans); raise ValueError in Dutch otherwise."""
    period = _match(text)
    if period is None or period.quarter is not None:
        raise Refusal("refusal_year_unread", text=shorten(text))
    return period.year


def quarter_number(value: int | str | None, year: int | None = None) -> int | None:
    """The quarter (1–4) that 3, "3", "Q3", "K3" or "2023Q3" (whose year must be `year`)
    names, as the `progress` command and the report take it; None or "" stays None."""
    if value is None or value == "":
        return None
    text = "".join(str(value).split())  # "Q 3" as "Q3"
    if len(text) == 1:
        text = f"Q{text}"  # a bare digit
    period = _match(text) or _match(f"{YEARS[0] if year is None else year} {text}")
    if period is None or period.quarter is None:
        raise Refusal("refusal_quarter_number", value=repr(value))
    if year is not None and period.year != year:
        raise Refusal("refusal_quarter_year", value=value, year=year)
    return period.quarter


def fuzzy_date_end(start: dt.date | None, precision: str | None) -> dt.date | None:
    """Last day of the period a stored fuzzy date stands for ("juni 2018" stored as 1 June,
    precision month -> 30 June); an exact date is its own end; unknown gives None."""
    if start is None or precision not in _SPAN_MONTHS:
        return None
    months = _SPAN_MONTHS[precision]
    if months == 0:
        return start
    index = start.month - 1 + months - 1
    year, month = start.year + index // 12, index % 12 + 1
    return dt.date(year, month, calendar.monthrange(year, month)[1])


@dataclass(frozen=True, order=True)
class Period:
    """What one upload is about: a quarter (`quarter` 1–4) or a whole year (`quarter` None).
    Stored as its text ("2024Q3", "2018") with its first and last day beside it (uploads
    .period_start / .period_end), so no query re-reads the text."""

    year: int
    quarter: int | None = None

    @classmethod
    def parse(cls, text: object) -> Period:
        """A quarter in any form Quarter.parse reads, or a year; ValueError in Dutch otherwise."""
        period = _match(text)
        if period is None:
            raise Refusal("refusal_period_unread", text=shorten(text))
        return period

    @property
    def is_year(self) -> bool:
        return self.quarter is None

    @property
    def first_quarter(self) -> Quarter:
        """The quarter a year's sheets are checked against (they carry no quarter date)."""
        return Quarter(self.year, self.quarter or 1)

    @property
    def start(self) -> dt.date:
        return self.first_quarter.start

    @property
    def end(self) -> dt.date:
        return dt.date(self.year, 12, 31) if self.is_year else self.first_quarter.end

    def __str__(self) -> str:
        return str(self.year) if self.is_year else f"{self.year}Q{self.quarter}"


def _match(text: object) -> Period | None:
    """The period `text` names, None when it names none; a year outside YEARS raises."""
    m = _PERIOD.match(str(text))
    if not m:
        return None
    year, quarter = _year_and_quarter(m)
    return Period(_in_range(year, text), quarter)


def _year_and_quarter(m: re.Match[str]) -> tuple[int, int | None]:
    """The year and quarter (None: a bare year) a match of the one pattern names."""
    year, q = (m.group(1), m.group(2)) if m.group(1) else (m.group(4), m.group(3))
    return int(year), int(q) if q else None


def find_period(text: object) -> Period | None:
    """The period a file name names ("projecten_2024Q3.xlsx", "Q3 2024 leads.csv",
    "kalender 2018.xlsx"): its first quarter, else its first year; None when it names none
    in YEARS. Digits right before or after a form end it (a date "20240930" names nothing);
    "_" counts as a space, as file names write it for one."""
    found: list[Period] = []
    for m in _IN_TEXT.finditer(str(text).replace("_", " ")):
        year, quarter = _year_and_quarter(m)
        if year in YEARS:
            found.append(Period(year, quarter))
    return next((p for p in found if not p.is_year), found[0] if found else None)
