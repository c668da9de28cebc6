"""Periods: a quarter ("2024Q3", the unit of the quarterly uploads and of within-year progress)
or a whole year ("2018", the yearly uploads). Read once, at the edge, by the one pattern below."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from tradeinvest.quoting import shorten

# "2024Q3", "2024-Q3", "2024_Q3", "2024 K3" (Dutch kwartaal), "Q3 2024", or a bare year "2018".
_YEAR_QUARTER = r"(\d{4})(?:\s*[-/_ ]?\s*[QK]([1-4]))?"  # year, then maybe its quarter
_QUARTER_YEAR = r"[QK]([1-4])\s*[-/_ ]?\s*(\d{4})"
_PERIOD = re.compile(rf"^\s*(?:{_YEAR_QUARTER}|{_QUARTER_YEAR})\s*$", re.IGNORECASE)
# The same parts inside a longer text (a file name), not inside a longer number.
_IN_TEXT = re.compile(rf"(?<!\d)(?:{_YEAR_QUARTER}|{_QUARTER_YEAR})(?!\d)", re.IGNORECASE)


YEARS = range(2000, 2101)  # the years an upload or report may be about


def _in_range(year: int, text: object) -> int:
    if year not in YEARS:
        raise ValueError(f"periode '{shorten(text)}' valt buiten de jaren {YEARS[0]}–{YEARS[-1]}; "
                         "kies een jaar van 2000 tot en met 2100")
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
            raise ValueError(f"kwartaal '{shorten(text)}' niet herkend; schrijf bijvoorbeeld "
                             "2024Q3")
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
        raise ValueError(f"jaar '{shorten(text)}' niet herkend; schrijf bijvoorbeeld 2018")
    return period.year


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
            raise ValueError(f"periode '{shorten(text)}' niet herkend; schrijf bijvoorbeeld "
                             "2024Q3 (een kwartaal) of 2018 (een jaar)")
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


def _period_of(m: re.Match[str], text: object) -> Period:
    """The period a match of the pattern's parts names; a year outside YEARS raises."""
    year, q = (m.group(1), m.group(2)) if m.group(1) else (m.group(4), m.group(3))
    return Period(_in_range(int(year), text), int(q) if q else None)


def _match(text: object) -> Period | None:
    """The period `text` names, None when it names none; a year outside YEARS raises."""
    m = _PERIOD.match(str(text))
    return _period_of(m, text) if m else None


def find_period(text: str) -> Period | None:
    """The period named somewhere in `text` (a file name: "projecten_2024Q3.xlsx", "Q3 2024",
    "2024K3", "2024-Q3"): the first quarter found; a bare year ("kalender_2018.xlsx") only
    when no quarter is; None when neither (years outside YEARS are passed over)."""
    found = []
    for m in _IN_TEXT.finditer(text):
        try:
            found.append(_period_of(m, text))
        except ValueError:
            continue
    quarters = [p for p in found if not p.is_year]
    return (quarters or found or [None])[0]
