"""What the file readers share: a file seen as named sheets of rows (`Source`, made by
`xlsx_reader` or `csv_reader`), the data rows of a sheet read straight to Arrow (`Body`), and
one sheet's cells as `sheets` hands them to the validator (`SheetData`).

Apart so the format readers and the sheet reader depend on these shapes, not on each other.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from tradeinvest.ingest.spec import SheetSpec
from tradeinvest.texts.phrases import Refusal

HEADER_SEARCH_ROWS = 30  # the header row must be within the first 30 rows
SAMPLE_ROWS = 200  # values per column the import assistant looks at (never the whole column)
HEAD_ROWS = HEADER_SEARCH_ROWS + SAMPLE_ROWS  # rows read without reading the whole sheet

# A column's cells: an Arrow array (one type, null for an empty cell), or, for a sheet whose
# columns mix types, calamine's Python values (None for an empty cell).
Cells = pa.Array | list[object]


@dataclass
class SheetData:
    """One sheet's cells, column by column, aligned with the Excel row numbers."""

    spec: SheetSpec
    sheet: str  # sheet name as in the file; "" for CSV (Problem.where then shows the file only)
    headers: dict[str, str]  # column name (spec) -> header text as written in the file
    row_numbers: list[int]  # spreadsheet row number as the user sees it (1-based)
    columns: dict[str, Cells]  # every spec column; all None when the file lacks it
    # Excel row numbers holding a SUM over the rows above (`formulas.attach`), read on demand
    sum_rows: Callable[[], frozenset[int]] = frozenset

    def values(self, name: str) -> list[object]:
        """A column as the Python values calamine gives (a date cell at midnight is a date)."""
        return python_values(self.columns[name])


def python_values(cells: Cells) -> list[object]:
    """Arrow cells as calamine's Python values; timestamps at midnight become dates."""
    if isinstance(cells, list):
        return cells
    return [_calamine_value(v) for v in cells.to_pylist()]


def _calamine_value(value: object) -> object:
    if isinstance(value, dt.datetime) and value.time() == dt.time():
        return value.date()
    return value


class Refused(Refusal):
    """The whole file is refused with one message (`reader.read_upload` reports it)."""


Rows = list[list[object]]


Merged = list[tuple[tuple[int, int], tuple[int, int]]]


@dataclass
class Body:
    """The data rows below the header, non-blank rows only, as Arrow columns."""

    row_numbers: list[int]
    columns: dict[int, pa.Array]  # cell index (0 = column A) -> cells; absent: no values


@dataclass
class Source:
    """A workbook or a CSV file seen as named sheets of row lists."""

    names: list[str]
    load: Callable[[str, int | None], Rows]  # (sheet, nrows) -> rows from A1
    merged: Callable[[str], Merged]
    # (sheet, first data row index) -> the body read straight to Arrow, None: use `load`
    body: Callable[[str, int], Body | None] = lambda _name, _skip: None
    is_csv: bool = False


def empty_as_null(array: pa.Array) -> pa.Array:
    """Text cells with "" as None, as calamine and the CSV path give an empty cell."""
    return pc.if_else(pc.equal(array, ""), pa.scalar(None, array.type), array)


def arrow_body(columns: dict[int, pa.Array], height: int, skip: int) -> Body:
    """Drop blank rows (every cell empty or whitespace, as `sheets._is_blank`); keep the Excel
    row numbers."""
    filled = np.zeros(height, dtype=bool)
    # Typed columns first: a column of numbers without gaps proves every row at once.
    for cells in sorted(columns.values(), key=lambda c: pa.types.is_string(c.type)):
        if filled.all():
            break
        if pa.types.is_string(cells.type) or pa.types.is_large_string(cells.type):
            # A printable ASCII character proves a value; Python judges the rest (isspace).
            printable = pc.match_substring_regex(cells, "[!-~]").fill_null(True)
            rest = cells.filter(pc.invert(printable)).unique().to_pylist()
            blank = [v for v in rest if v is not None and v.isspace()]
            filled |= pc.invert(pc.or_kleene(cells.is_null(), pc.is_in(
                cells, pa.array(blank, cells.type)))).to_numpy(zero_copy_only=False)
        else:
            filled |= cells.is_valid().to_numpy(zero_copy_only=False)
    keep = np.flatnonzero(filled)
    if len(keep) < height:
        rows = pa.array(keep)
        columns = {j: cells.take(rows) for j, cells in columns.items()}
    return Body((keep + skip + 1).tolist(), columns)

