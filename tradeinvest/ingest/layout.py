"""A first look at a file for the import assistant: per sheet its header row, headers, a sample
of values per column and the period its name names, without reading any sheet in full.

The assistant guesses fields from these (`column_guess`); the check then reads the file by the
confirmed mapping. The same format checks as the full read refuse the same files.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from tradeinvest.ingest.header_row import Lookup, cell_header, header_index
from tradeinvest.ingest.mapping import header_signature
from tradeinvest.ingest.opening import MAX_UNZIPPED_BYTES, MAX_UPLOAD_BYTES, open_source
from tradeinvest.ingest.problems import Problem
from tradeinvest.ingest.schema import KINDS
from tradeinvest.ingest.source import HEAD_ROWS, HEADER_SEARCH_ROWS, SAMPLE_ROWS, Refused, Source
from tradeinvest.periods import find_period
from tradeinvest.text_keys import is_blank

__all__ = ["SAMPLE_ROWS", "SheetLayout", "read_layout", "sheet_layout"]


@dataclass(frozen=True)
class SheetLayout:
    """One sheet as the assistant shows it."""

    sheet: str  # the file's sheet name ("" for CSV)
    header_row: int  # Excel row number of the header row found
    headers: tuple[str, ...]  # header texts in file order ("" for a blank header cell)
    # per column: the values of the first data rows (at most SAMPLE_ROWS, blank rows left out;
    # None for an empty cell, so the columns stay aligned row by row)
    samples: tuple[tuple[object, ...], ...]
    signature: str  # header_signature(headers)
    period: str | None  # a period its sheet name names ("Q3 2016 (oud)" -> "2016Q3")


def read_layout(data: bytes, file_name: str, kind: str, max_bytes: int = MAX_UPLOAD_BYTES,
                *, max_unzipped_bytes: int = MAX_UNZIPPED_BYTES
                ) -> tuple[list[SheetLayout], list[Problem]]:
    """The layout of every sheet of the file that has a header row (known headers of `kind`,
    else a row that looks like one); problems for a file refused as a whole."""
    specs = KINDS[kind]  # a wrong kind is a programming error: let it raise
    lookups = [Lookup.of(spec) for spec in specs]
    try:
        source = open_source(data, file_name, specs, max_bytes, max_unzipped_bytes)
        layouts = [found for name in source.names
                   if (found := sheet_layout(source, name, lookups)) is not None]
        if not layouts and not any(_filled(source, name) for name in source.names):
            raise Refused("problem_all_sheets_empty")
    except Refused as exc:
        return [], [Problem.saying("error", file_name, exc.phrase)]
    except Exception as exc:  # noqa: BLE001 - last resort: a bad file must never crash the page
        return [], [Problem("error", file_name, "problem_file_unreadable",
                            fields={"error": type(exc).__name__})]
    return layouts, []


def sheet_layout(source: Source, name: str, lookups: Sequence[Lookup]) -> SheetLayout | None:
    """The layout of one sheet; None when it is empty, unreadable or has no header row."""
    try:
        rows = source.load(name, HEAD_ROWS)
    except Exception:  # noqa: BLE001 - XmlError and the like inside one sheet
        return None
    h = header_index(rows[:HEADER_SEARCH_ROWS], lookups)
    if h is None:
        return None
    data = [row for row in rows[h + 1:h + 1 + SAMPLE_ROWS] if not all(map(is_blank, row))]
    width = max((j + 1 for row in (rows[h], *data) for j, v in enumerate(row)
                 if not is_blank(v)), default=0)
    headers = tuple(cell_header(rows[h][j]) if j < len(rows[h]) else "" for j in range(width))
    samples = tuple(tuple(None if j >= len(row) or is_blank(row[j]) else row[j] for row in data)
                    for j in range(width))
    period = find_period(name) if name else None
    return SheetLayout(name, h + 1, headers, samples, header_signature(headers),
                       None if period is None else str(period))


def _filled(source: Source, name: str) -> bool:
    try:
        return any(not is_blank(v) for row in source.load(name, HEADER_SEARCH_ROWS) for v in row)
    except Exception:  # noqa: BLE001 - an unreadable sheet is not an empty one
        return True
