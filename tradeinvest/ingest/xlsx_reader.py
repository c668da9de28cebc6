"""Read an .xlsx workbook as a `Source`: first rows for the header search, the body to Arrow.

A sheet's body is read once, to Arrow, by fastexcel (calamine in Rust, no Python object per
cell); a big sheet in two halves on two cores (`sheet_halves`). fastexcel needs the header
row's index before it reads, so the first 30 rows come from python-calamine on a copy of the
workbook whose sheets are cut after row 30 (exact calamine values for the header search, a
few kB to parse); merged cells from the <mergeCells> element at the end of the sheet's XML,
found while the sheet is read. When fastexcel cannot prove a column has one type (text and
numbers mixed, times, durations) the sheet is read again the old way (python-calamine
`to_python`, one Python value per cell), so odd files behave exactly as before.
calamine only reads cell values and cached formula results; macros never run.
"""

from __future__ import annotations

import datetime as dt
import io
import logging
import posixpath
import re
import zipfile
from typing import IO
from xml.etree import ElementTree

import fastexcel
import pyarrow as pa
import pyarrow.compute as pc
import python_calamine as calamine

from tradeinvest.ingest import sheet_halves
from tradeinvest.ingest.source import (
    HEAD_ROWS,
    Body,
    Merged,
    Refused,
    Rows,
    Source,
    arrow_body,
    empty_as_null,
)

# fastexcel warns for every all-empty column that it reads it as text, which is what the
# reader wants (every cell None); only that note is dropped, so the app's logs stay readable.
logging.getLogger("fastexcel.types.dtype").addFilter(
    lambda record: not record.getMessage().startswith("Could not determine dtype"))


def open_workbook(data: bytes) -> Source:
    """The worksheets of an .xlsx file (already checked to be one and no zip bomb);
    `Refused` when it is password-protected or calamine cannot open it."""
    try:
        book = calamine.CalamineWorkbook.from_filelike(io.BytesIO(data))
        metadata = book.sheets_metadata
    except calamine.PasswordError as exc:
        raise Refused("problem_password") from exc
    except Exception as exc:  # noqa: BLE001 - ZipError, XmlError, CalamineError, ...
        raise Refused("problem_workbook_damaged") from exc
    workbook = _Workbook(data, book)
    return Source([m.name for m in metadata if m.typ == calamine.SheetTypeEnum.WorkSheet],
                  workbook.load, workbook.merged, workbook.body)


class _Workbook:
    """One workbook's sheets as the sheet reader asks for them (`Source.load`, `.merged`,
    `.body`), sharing what one read finds for the next: the cut copy for the header search,
    the sheets' XML parts, the merged cells found while a body was read, fastexcel's reader."""

    def __init__(self, data: bytes, book: calamine.CalamineWorkbook):
        self.data = data
        self.full = _CalamineSheets(book)
        self.head: _CalamineSheets | None = None
        self.paths = _sheet_paths(data)
        # sheet -> its <mergeCells> element, or the thread finding it while fastexcel reads
        self.merge_cells: dict[str, bytes | sheet_halves.InThread[bytes]] = {}
        self.fast: fastexcel.ExcelReader | None = None

    def load(self, name: str, nrows: int | None) -> Rows:
        """The sheet's first `nrows` rows from A1 (all rows for None) as calamine's values."""
        if nrows is not None and nrows <= HEAD_ROWS:
            return self._head_sheets().sheet(name).to_python(skip_empty_area=False, nrows=nrows)
        return self.full.sheet(name).to_python(skip_empty_area=False, nrows=nrows)

    def _head_sheets(self) -> _CalamineSheets:
        """The first rows exactly as calamine reads them, from a copy of the workbook cut
        after them; the whole workbook when it cannot be cut."""
        if self.head is None:
            try:
                self.head = _CalamineSheets(calamine.CalamineWorkbook.from_filelike(
                    io.BytesIO(_head_workbook(self.data))))
            except Exception:  # noqa: BLE001 - an odd zip or sheet: calamine reports it
                self.head = self.full
        return self.head

    def merged(self, name: str) -> Merged:
        """The sheet's merged cell ranges."""
        path = self.paths.get(name)
        if path is None:
            return self.full.sheet(name).merged_cell_ranges or []
        found = self.merge_cells.pop(name, None)
        if isinstance(found, sheet_halves.InThread):
            found = found.result()
        return _merge_ranges(_merge_element(self.data, path) if found is None else found)

    def body(self, name: str, skip: int) -> Body | None:
        """The rows from index `skip` on, straight to Arrow; None: read them with `load`."""
        raw = self._columns(name, skip)
        if raw is None:
            return None
        columns: dict[int, pa.Array] = {}
        for j, array in raw.columns.items():
            cells = _exact_cells(array)
            if cells is None:
                return None
            columns[j] = cells
        return arrow_body(columns, raw.height, skip)

    def _columns(self, name: str, skip: int) -> sheet_halves.Columns | None:
        """fastexcel's columns below row `skip` (in two halves when the sheet is big); None
        when fastexcel refuses the sheet (mixed types, an odd sheet)."""
        path = self.paths.get(name)
        halves = None if path is None else sheet_halves.read_in_halves(
            self.data, path, skip,
            lambda book, s: _fast_columns(fastexcel.read_excel(book), name, s))
        if halves is not None:
            self.merge_cells[name] = halves.merge_cells
            return halves.body
        if path is not None:  # merged cells sit at the end of the XML: found meanwhile
            self.merge_cells[name] = sheet_halves.InThread(
                lambda: _merge_element(self.data, path))
        try:
            self.fast = self.fast or fastexcel.read_excel(self.data)
            return _fast_columns(self.fast, name, skip)
        except Exception:  # noqa: BLE001 - mixed types, an odd sheet: read it the old way
            return None


def _fast_columns(reader: fastexcel.ExcelReader, name: str, skip: int) -> sheet_halves.Columns:
    """The sheet below row `skip` as fastexcel types it, refusing mixed columns (strict)."""
    sheet = reader.load_sheet(name, header_row=None, skip_rows=skip, schema_sample_rows=None,
                              dtype_coercion="strict")
    batch = sheet.to_arrow()
    return sheet_halves.Columns(
        {info.absolute_index: array
         for info, array in zip(sheet.selected_columns, batch.columns, strict=True)},
        batch.num_rows)


class _CalamineSheets:
    """A calamine workbook's sheets; get_sheet_by_name parses the whole sheet: keep the last."""

    def __init__(self, book: calamine.CalamineWorkbook):
        self.book = book
        self.last: dict[str, calamine.CalamineSheet] = {}

    def sheet(self, name: str) -> calamine.CalamineSheet:
        if name not in self.last:
            self.last.clear()
            self.last[name] = self.book.get_sheet_by_name(name)
        return self.last[name]


def _worksheets(zf: zipfile.ZipFile) -> list[str]:
    return [n for n in zf.namelist() if sheet_halves.is_worksheet(n)]


_RELS = "{http://schemas.openxmlformats.org/package/2006/relationships}"
_MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_REL_ID = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"


def _sheet_paths(data: bytes) -> dict[str, str]:
    """Sheet name -> its XML part in the zip (from workbook.xml and its relations); {} when
    they cannot be read (then merged cells come from calamine's whole-sheet read)."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            book = ElementTree.fromstring(zf.read("xl/workbook.xml"))
            rels = ElementTree.fromstring(zf.read("xl/_rels/workbook.xml.rels"))
            names = set(zf.namelist())
    except Exception:  # noqa: BLE001 - an odd workbook: the slower way still works
        return {}
    targets = {r.get("Id"): posixpath.normpath(posixpath.join("xl", t) if not t.startswith("/")
                                               else t.lstrip("/"))
               for r in rels.iter(f"{_RELS}Relationship") if (t := r.get("Target"))}
    paths = {s.get("name"): targets.get(s.get(_REL_ID)) for s in book.iter(f"{_MAIN}sheet")}
    return {name: path for name, path in paths.items() if name and path in names}


def _head_workbook(data: bytes) -> bytes:
    """The workbook with every worksheet cut after row HEAD_ROWS (the header search and the
    assistant's samples); other parts are copied as they are.

    Only called after the zip-bomb check. Stored uncompressed, so calamine parses a few kB per
    sheet instead of the whole sheet.
    """
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, \
            zipfile.ZipFile(out, "w", zipfile.ZIP_STORED) as dst:
        sheets = set(_worksheets(src))
        for info in src.infolist():
            with src.open(info) as stream:
                name = info.filename
                if name not in sheets:
                    dst.writestr(name, stream.read())
                    continue
                head, cut = _head_xml(stream)
                dst.writestr(name, head + sheet_halves.CLOSE if cut else head)
    return out.getvalue()


def _head_xml(stream: IO[bytes]) -> tuple[bytes, bool]:
    """(XML before the first row numbered above HEAD_ROWS, True), or (the whole XML,
    False) when the sheet is shorter or a row has no number."""
    buf, pos = b"", 0
    while chunk := stream.read(1 << 16):
        buf += chunk
        for m in sheet_halves.ROW_TAG.finditer(buf, pos):
            number = sheet_halves.ROW_NUMBER.search(m[1])
            if number is None:
                return buf + stream.read(), False
            pos = m.end()
            if int(number[1]) > HEAD_ROWS:
                return buf[:m.start()], True
    return buf, False


def _merge_element(data: bytes, path: str) -> bytes:
    """The <mergeCells> element of worksheet part `path` (read to its end), b"" if none."""
    end = sheet_halves.SHEET_DATA_END
    with zipfile.ZipFile(io.BytesIO(data)) as zf, zf.open(path) as stream:
        window = b""
        while end not in window and (chunk := stream.read(1 << 20)):
            window = window[-len(end):] + chunk
        merge = sheet_halves.MERGE_CELLS.search(window[window.find(end):] + stream.read())
    return merge[0] if merge else b""


_MERGE_REF = re.compile(rb"""<mergeCell\b[^>]*?\bref\s*=\s*["']\$?([A-Z]+)\$?(\d+)"""
                        rb"""(?::\$?([A-Z]+)\$?(\d+))?["']""")


def _merge_ranges(element: bytes) -> Merged:
    """((first row, first col), (last row, last col)), 0-based, as calamine gives them."""
    ranges: Merged = []
    for m in _MERGE_REF.finditer(element):
        start = (int(m[2]) - 1, _col_index(m[1].decode()))
        end = (int(m[4]) - 1, _col_index(m[3].decode())) if m[3] else start
        ranges.append((start, end))
    return ranges


def _col_index(letters: str) -> int:
    index = 0
    for ch in letters:
        index = index * 26 + ord(ch) - 64
    return index - 1


_EXCEL_DAY_ONE = dt.datetime(1900, 3, 1)  # before this calamine gives times and odd dates


def _exact_cells(array: pa.Array) -> pa.Array | None:
    """The column when its Arrow type holds exactly what calamine's Python values would;
    None for types the validator would see differently (times, durations, early dates)."""
    kind = array.type
    if pa.types.is_string(kind) or pa.types.is_large_string(kind):
        return empty_as_null(array)
    if pa.types.is_float64(kind) or pa.types.is_boolean(kind) or pa.types.is_null(kind):
        return array
    if pa.types.is_timestamp(kind) or pa.types.is_date(kind):
        first = pc.min(array.cast(pa.timestamp("ms"))).as_py()
        return array if first is None or first >= _EXCEL_DAY_ONE else None
    return None
