"""Rows of a worksheet that add up the rows above them: a cell with `=SUM(F3:F11)` (or
SUBTOTAL) over a range of one column's earlier rows. calamine gives only a formula's cached
value, so a totals row typed as formulas looks like data; the formulas are read from the sheet's
XML, streamed in chunks as `sheet_extent` does, and only when the validator asks (a sheet with a
row that could be a totals row, see `totals`).
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Iterator, Mapping
from functools import partial

from tradeinvest.ingest.source import SheetData
from tradeinvest.ingest.xlsx_reader import _sheet_paths

_CHUNK = 8 * 1024 * 1024
_TAIL = 4096  # a formula cell cut by a chunk border is read whole with the next chunk
_SUM_CELL = re.compile(
    rb'<c r="[A-Z]{1,3}(\d{1,7})"[^>]*><f(?:\s[^>]*)?>(?:_xlfn\.)?(?:SUM|SUBTOTAL)\(([^<]*)</f>',
    re.IGNORECASE)
_RANGE = re.compile(rb"\$?([A-Z]{1,3})\$?(\d{1,7}):\$?([A-Z]{1,3})\$?(\d{1,7})", re.IGNORECASE)


def attach(data: bytes, sheets: Mapping[str, SheetData]) -> None:
    """Let each sheet of an .xlsx workbook find its SUM rows when asked (`SheetData.sum_rows`)."""
    if not data.startswith(b"PK"):
        return
    for sheet in sheets.values():
        sheet.sum_rows = partial(sum_rows, data, sheet.sheet)


def sum_rows(data: bytes, sheet: str) -> frozenset[int]:
    """Excel row numbers of `sheet` holding a SUM over a range of earlier rows of one column."""
    path = _sheet_paths(data).get(sheet)
    if path is None:
        return frozenset()
    rows: set[int] = set()
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            for chunk in _chunks(zf, path):
                if b"<f" not in chunk:
                    continue
                for row, args in _SUM_CELL.findall(chunk):
                    if _adds_rows_above(int(row), args):
                        rows.add(int(row))
    except (zipfile.BadZipFile, OSError, KeyError):  # read before by calamine: not expected
        return frozenset()
    return frozenset(rows)


def _adds_rows_above(row: int, args: bytes) -> bool:
    """True for a range down one column ending above `row` ("F3:F11" in row 12), not one
    across a row (a per-row total such as "B3:D3")."""
    found = _RANGE.search(args)
    if found is None:
        return False
    first, last = int(found.group(2)), int(found.group(4))
    return (found.group(1).upper() == found.group(3).upper() and first != last
            and max(first, last) < row)


def _chunks(zf: zipfile.ZipFile, name: str) -> Iterator[bytes]:
    with zf.open(name) as part:
        tail = b""
        while block := part.read(_CHUNK):
            chunk = tail + block
            yield chunk
            cut = chunk.rfind(b"<c ", len(chunk) - _TAIL)
            tail = chunk[cut:] if cut >= 0 else chunk[-_TAIL:]
