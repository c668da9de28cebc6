"""A totals row at the foot of a list ("Totaal", or SUM formulas): never a record.

It is found before validation and taken out of the sheet (so it is neither counted nor reported
as a row with empty required fields), reported as skipped, and its figures (the cached values
of its formulas) are compared with the sum of the rows that load: a difference is a warning
with both figures, as a list whose total does not add up is often a list with a row missing.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Collection
from dataclasses import dataclass
from typing import Literal

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
from babel.numbers import format_decimal

from tradeinvest.ingest import cell_values, units
from tradeinvest.ingest.problems import Problem
from tradeinvest.ingest.source import Cells, SheetData, python_values
from tradeinvest.ingest.spec import Column
from tradeinvest.text_keys import is_blank
from tradeinvest.texts.phrases import Phrase

# The first filled cell of a totals row, compared without case, spaces and a closing colon.
WORDS = frozenset({"totaal", "totalen", "total", "totals", "som", "eindtotaal", "grand total"})
_NUMBERS = ("number", "int")


@dataclass(frozen=True)
class TotalsRow:
    row: int  # Excel row number
    how: Literal["word", "formula"]
    cells: dict[str, object]  # number column -> the cell as the file has it (a cached value)


def split(data: SheetData, filled: Collection[str] = ()) -> tuple[SheetData, list[TotalsRow]]:
    """The sheet without its totals rows, and those rows.

    A totals row by word: its first filled cell (columns in the template's order) is "Totaal",
    "Total", "Som" or "Totalen" and it has no date (a company called Total has one). By
    formula: only number cells filled, and one of them adds up the rows above (the sheet's XML
    is read only when such a row exists). `filled`: fields a mapping filled (a constant, a
    derived field), no cell of the file: they say nothing about a row.
    """
    n = len(data.row_numbers)
    mapped = [c for c in data.spec.columns if c.name in data.headers and c.name not in filled]
    if n == 0 or not mapped:
        return data, []
    by_word = np.zeros(n, dtype=bool)
    undecided = np.ones(n, dtype=bool)
    for c in mapped:
        if not undecided.any():
            break
        by_word |= undecided & _is_word(data.columns[c.name])
        undecided &= ~_filled(data.columns[c.name])
    for c in mapped:  # a row with a date is a record (the date cell may be the word itself)
        if c.type == "date" and by_word.any():
            cells = data.columns[c.name]
            by_word &= ~(_filled(cells) & ~_is_word(cells))
    bare = ~_any_filled(data, [c for c in mapped if c.type not in _NUMBERS], n)
    by_formula = np.zeros(n, dtype=bool)
    if bare.any():
        numbers_only = bare & _any_filled(data, [c for c in mapped if c.type in _NUMBERS], n)
        if numbers_only.any():
            sums = list(data.sum_rows())
            by_formula = numbers_only & np.isin(np.array(data.row_numbers), sums)
    skip = by_word | by_formula
    if not skip.any():
        return data, []
    found = [TotalsRow(data.row_numbers[i], "word" if by_word[i] else "formula",
                       {c.name: _cell(data.columns[c.name], int(i)) for c in mapped
                        if c.type in _NUMBERS})
             for i in np.flatnonzero(skip)]
    keep = np.flatnonzero(~skip)
    rows = pa.array(keep)
    columns = {name: [cells[i] for i in keep] if isinstance(cells, list) else cells.take(rows)
               for name, cells in data.columns.items()}
    kept = [data.row_numbers[i] for i in keep]
    return dataclasses.replace(data, row_numbers=kept, columns=columns), found


def skipped(totals: list[TotalsRow], data: SheetData, file_name: str) -> list[Problem]:
    """A warning per skipped totals row."""
    return [Problem.saying("warning", file_name, Phrase(f"problem_totals_row_{t.how}"),
                           data.sheet or None, t.row) for t in totals]


def compare(totals: list[TotalsRow], frame: pa.Table, data: SheetData, file_name: str
            ) -> list[Problem]:
    """Per totals row and number column: the file's own total against the sum of the loaded
    rows above it; a difference is a warning with both figures."""
    problems: list[Problem] = []
    for total in totals:
        above = frame.filter(pc.less(frame["source_row"], total.row))
        for name, raw in total.cells.items():
            column = data.spec.column(name)
            stated = _number(column, data.headers[name], raw)
            if stated is None:
                continue
            counted = pc.sum(above[name]).as_py() or 0
            if abs(stated - counted) > 0.005:
                problems.append(Problem.saying(
                    "warning", file_name,
                    Phrase("problem_total_differs", {"total": dutch(stated),
                                                     "sum": dutch(counted)}),
                    data.sheet or None, total.row, data.headers[name]))
    return problems


def dutch(number: float) -> str:
    """A figure as the coordinator reads it: 1.234.567,5."""
    return format_decimal(number, format="#,##0.##", locale="nl_NL")


def _number(column: Column, header: str, raw: object) -> float | None:
    """The totals cell read as its column's values are (the header's unit included)."""
    if is_blank(raw):
        return None
    factor = units.header_unit(header) if column.limit == "amount" else 1.0
    try:
        return float(cell_values.parser(column, float("inf"), factor)(raw))  # type: ignore[arg-type]
    except ValueError:
        return None


def _any_filled(data: SheetData, columns: list[Column], n: int) -> np.ndarray:
    """Per row: any of `columns` filled (stops once every row is)."""
    filled = np.zeros(n, dtype=bool)
    for c in columns:
        if filled.all():
            break
        filled |= _filled(data.columns[c.name])
    return filled


def _filled(cells: Cells) -> np.ndarray:
    if isinstance(cells, list):
        return np.array([not is_blank(v) for v in cells], dtype=bool)
    if pa.types.is_string(cells.type) or pa.types.is_large_string(cells.type):
        return pc.not_equal(pc.utf8_trim_whitespace(cells), "").fill_null(False).to_numpy(
            zero_copy_only=False)
    return cells.is_valid().to_numpy(zero_copy_only=False)


def _is_word(cells: Cells) -> np.ndarray:
    if isinstance(cells, list):
        return np.array([isinstance(v, str) and _key(v) in WORDS for v in cells], dtype=bool)
    if not (pa.types.is_string(cells.type) or pa.types.is_large_string(cells.type)):
        return np.zeros(len(cells), dtype=bool)
    keys = pc.utf8_lower(pc.utf8_trim(cells, " \t\u00a0:"))
    return pc.is_in(keys, pa.array(sorted(WORDS))).fill_null(False).to_numpy(
        zero_copy_only=False)


def _key(text: str) -> str:
    return text.strip(" \t\u00a0:").casefold()


def _cell(cells: Cells, index: int) -> object:
    if isinstance(cells, list):
        return cells[index]
    return python_values(cells.slice(index, 1))[0]
