"""A unit in an amount column's header: "Investering (mln €)", "Waarde x 1.000", "(x1000)",
"k€", "in duizenden euro", "(mrd)" mean the typed amounts are millions, thousands, billions
of euro. The validator scales them to euro (the database stores euro) and says so once per
column.
"""

from __future__ import annotations

import re

# Words first: "€ mln" and "(mln €)" carry a word; "x 1.000" and "x1000000" a multiplier.
_WORDS: tuple[tuple[re.Pattern[str], float], ...] = (
    (re.compile(r"\b(?:mrd|miljard(?:en)?|billions?|bn)\b"), 1e9),
    (re.compile(r"\b(?:mln|mio|miljoen(?:en)?|millions?|meur)\b|\bm\s?€|€\s?m\b|\beur\s?m\b"), 1e6),
    (re.compile(r"\b(?:duizend(?:en)?|thousands?|keur)\b|\bk\s?€|€\s?k\b|\(k\)|\bk\s?eur\b|\beur\s?k\b"),
     1e3),
)
# "x 1.000", "x1000", "× 1.000.000", "* 1000", "x €1.000": the thousands as groups of 000.
_TIMES = re.compile(r"(?:^|[\s(])[x×*]\s?€?\s?1((?:[.,\s]?000){1,3})(?![\d])")


def header_unit(header: str) -> float:
    """The factor a header's unit multiplies its amounts by; 1 without a unit.

    >>> header_unit("Investering (mln €)"), header_unit("Waarde (x1000)"), header_unit("EUR")
    (1000000.0, 1000.0, 1)
    """
    text = header.casefold()
    if (times := _TIMES.search(text)) is not None:
        return float(10 ** (3 * times.group(1).count("000")))
    for pattern, factor in _WORDS:
        if pattern.search(text):
            return factor
    return 1
