"""Quarters: the unit of every upload ("2024Q3") and of within-year progress."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from tradeinvest.quoting import shorten

_QUARTER = re.compile(r"^\s*(?:(\d{4})\s*[-/ ]?\s*[QK]([1-4])|[QK]([1-4])\s*[-/ ]?\s*(\d{4}))\s*$",
                      re.IGNORECASE)


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
        m = _QUARTER.match(str(text))
        if not m:
            raise ValueError(f"kwartaal '{shorten(text)}' niet herkend; schrijf bijvoorbeeld "
                             "2024Q3")
        year, q = (m.group(1), m.group(2)) if m.group(1) else (m.group(4), m.group(3))
        return cls(_in_range(int(year), text), int(q))

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
    m = re.fullmatch(r"\s*(\d{4})\s*", str(text))
    if not m:
        raise ValueError(f"jaar '{shorten(text)}' niet herkend; schrijf bijvoorbeeld 2018")
    return _in_range(int(m.group(1)), text)
