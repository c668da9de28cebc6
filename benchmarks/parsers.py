"""Cell parsers on hostile cells: seconds per call, printed, never asserted.

Run: `PYTHONPATH=. .venv/bin/python benchmarks/parsers.py`. Each cell is a shape that once made
a parser's regex backtrack (a number followed by a million spaces took minutes); every figure
should stay in milliseconds, growing with the cell's length, not with its square.
"""

from __future__ import annotations

import contextlib
import time
from collections.abc import Callable

from tradeinvest.countries import parse_country
from tradeinvest.ingest.dates import parse_date
from tradeinvest.ingest.numeric import parse_number

SIZES = (10_000, 100_000, 1_000_000)
CELLS: dict[str, Callable[[int], str]] = {
    "number, then spaces and a word": lambda n: "1" + " " * n + "banen",
    "number, spaces, euro": lambda n: "12" + " " * n + "EUR",
    "date-like, then spaces": lambda n: "05-03-2024" + " " * n + "x",
    "quarter-like, then spaces": lambda n: "Q3" + " " * n + "2024x",
    "country, then spaces": lambda n: "Duitsland" + " " * n + "?",
}
PARSERS: dict[str, Callable[[object], object]] = {
    "number": parse_number, "date": parse_date, "country": parse_country}


def _seconds(parse: Callable[[object], object], cell: str) -> float:
    started = time.perf_counter()
    with contextlib.suppress(ValueError):  # a refusal is expected; only the time counts
        parse(cell)
    return time.perf_counter() - started


def main() -> None:
    print(f"{'cell':34}{'parser':>9}" + "".join(f"{n:>12,}" for n in SIZES))
    for label, make in CELLS.items():
        for name, parse in PARSERS.items():
            figures = "".join(f"{_seconds(parse, make(n)):>11.4f}s" for n in SIZES)
            print(f"{label:34}{name:>9}{figures}")


if __name__ == "__main__":
    main()
