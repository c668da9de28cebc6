"""How large a number in an upload may be, and how a text number was read.

A typo such as an extra zero or 1e308 jobs would otherwise load and turn a total into infinity
("Op koers: inf nieuwe banen"), so each number column of the schema names what it measures
(`Column.limit`: jobs, amount, count) and a value above that kind's limit is an error on its
row. The jobs limit can be set (settings key `max_jobs_per_row`). Text numbers with thousands
separators ("1.000.000,5") load, with a warning saying how they were read.
"""

from __future__ import annotations

import sys
from collections.abc import Mapping

from tradeinvest.ingest.schema import LIMITS
from tradeinvest.ingest.spec import Column
from tradeinvest.texts.phrases import Phrase

JOBS_SETTING = "max_jobs_per_row"
_INT_MAX = 2**31 - 1  # DuckDB INTEGER


def overrides(settings: Mapping[str, float]) -> dict[str, float]:
    """The limits the coordinator changed in the settings (only jobs can be set)."""
    value = settings.get(JOBS_SETTING)
    return {} if value is None or not value > 0 else {"jobs": float(value)}


def maximum(column: Column, changed: Mapping[str, float]) -> float:
    """The largest value `column` accepts (inclusive): its kind's limit, and always storable."""
    storable = float(_INT_MAX) if column.type == "int" else sys.float_info.max
    if column.limit is None:
        return storable
    return min(changed.get(column.limit, LIMITS[column.limit]), storable)


def dutch(number: float) -> str:
    """A number as the coordinator writes it without grouping: 1000000,5 and 12000."""
    text = f"{number:f}".rstrip("0").rstrip(".") if number % 1 else f"{number:.0f}"
    return text.replace(".", ",")


def too_large(column: Column, largest: float) -> Phrase:
    """Why a value above `largest` in `column` is refused (the row and column are added by
    the problem report)."""
    if column.limit is None:
        return Phrase("problem_too_large")
    grouped = f"{largest:,.0f}".replace(",", ".")
    setting = {"setting": JOBS_SETTING} if column.limit == "jobs" else {}
    return Phrase(f"problem_too_large_{column.limit}", {"largest": grouped, **setting})


def separator_note(raw: object, number: float) -> Phrase | None:
    """A warning when text used thousands separators or a decimal point, saying the number it
    was read as; None for a plain number ("1250", "12,5") or a numeric cell."""
    if not isinstance(raw, str) or ("." not in raw and raw.count(",") < 2):
        return None
    return Phrase("problem_separator_read", {"number": dutch(number)})
