"""Turn an uploaded file (bytes + name) into raw cells per sheet spec, or problems.

The reader only deals with the *file*: what format it really is, whether it is safe to open,
which sheet and which row hold the data, which column is which. It never parses values
(dates, countries, numbers in text): the validator does that on the columns returned here.
It never raises on bad input: every failure is a `Problem` in Dutch, located the way the
coordinator sees the file (file, sheet, Excel row number, header text).

Speed: an .xlsx sheet is read once, to Arrow, by fastexcel (calamine in Rust, no Python
object per cell); a big sheet in two halves on two cores (`sheet_halves`). fastexcel needs the
header row's index before it reads, so the first 30 rows come from python-calamine on a copy of
the workbook whose sheets are cut after row 30 (exact calamine values for the header search, a
few kB to parse); merged cells from the <mergeCells> element at the end of the sheet's XML,
found while the sheet is read. When fastexcel
cannot prove a column has one type (text and numbers mixed, times, durations) the sheet is read
again the old way (python-calamine `to_python`, one Python value per cell), so odd files behave
exactly as before. CSV without quote characters is parsed by pyarrow.csv, all columns as text
(there a record is a line split at the delimiter, as in the `csv` module); any other CSV, and
any that pyarrow refuses, by the `csv` module, whose columns then become Arrow arrays.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import logging
import posixpath
import re
import zipfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import IO
from xml.etree import ElementTree

import fastexcel
import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.csv as pa_csv
import python_calamine as calamine

from tradeinvest.ingest import sheet_halves
from tradeinvest.ingest.problems import Problem, Severity, capped
from tradeinvest.ingest.schema import KINDS, SheetSpec
from tradeinvest.quoting import shorten
from tradeinvest.text_keys import normalise_header

MB = 1024 * 1024
MAX_UPLOAD_BYTES = 20 * MB
# Zip-bomb guard, checked on the zip directory before calamine sees the file. Real .xlsx files
# unpack to ~5-20x their size (a 1M-row sheet: ~30 MB file, ~300 MB XML), so the absolute limit
# leaves room for benchmark-sized files while stopping multi-GB bombs; above a twentieth of it
# (50 MB by default) a ratio over 100x is refused too, as no honest workbook compresses so well.
MAX_UNZIPPED_BYTES = 1024 * MB
MAX_ZIP_RATIO = 100
HEADER_SEARCH_ROWS = 30  # the header row must be within the first 30 rows
MAX_ROW_PROBLEMS = 10  # per kind of row-level problem; then one summary line

_OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ZIP_MAGICS = (b"PK\x03\x04", b"PK\x05\x06")
_NOT_SPREADSHEET = "dit is geen spreadsheet (.xlsx of .csv)"
_KNOWN_NON_SHEETS: tuple[tuple[bytes, str], ...] = (
    (b"%PDF", "een PDF-bestand"),
    (b"\x89PNG", "een afbeelding (PNG)"),
    (b"\xff\xd8\xff", "een afbeelding (JPEG)"),
    (b"GIF8", "een afbeelding (GIF)"),
    (b"{\\rtf", "een Word-document (RTF)"),
    (b"\x1f\x8b", "een gecomprimeerd bestand (gzip)"),
    (b"Rar!", "een gecomprimeerd bestand (RAR)"),
    (b"7z\xbc\xaf", "een gecomprimeerd bestand (7z)"),
)
_ZIP_NON_SHEETS: tuple[tuple[str, str], ...] = (
    ("word/", "een Word-document"),
    ("ppt/", "een PowerPoint-bestand"),
)
# Bytes that occur in text files; anything else (NUL, most control codes) means binary.
_TEXT_BYTES = bytes([7, 8, 9, 10, 11, 12, 13, 27, *range(0x20, 0x100)])
_CSV_DELIMITERS = (";", ",", "\t")
# fastexcel warns for every all-empty column that it reads it as text, which is what the
# reader wants (every cell None); only that note is dropped, so the app's logs stay readable.
logging.getLogger("fastexcel.types.dtype").addFilter(
    lambda record: not record.getMessage().startswith("Could not determine dtype"))


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


@dataclass
class ReadResult:
    sheets: dict[str, SheetData] = field(default_factory=dict)  # by spec.name
    problems: list[Problem] = field(default_factory=list)


class _Rejected(Exception):
    """Internal: the whole file is refused with one message."""


Rows = list[list[object]]


Merged = list[tuple[tuple[int, int], tuple[int, int]]]


@dataclass
class _Body:
    """The data rows below the header, non-blank rows only, as Arrow columns."""

    row_numbers: list[int]
    columns: dict[int, pa.Array]  # cell index (0 = column A) -> cells; absent: no values


@dataclass
class _Source:
    """A workbook or a CSV file seen as named sheets of row lists."""

    names: list[str]
    load: Callable[[str, int | None], Rows]  # (sheet, nrows) -> rows from A1
    merged: Callable[[str], Merged]
    # (sheet, first data row index) -> the body read straight to Arrow, None: use `load`
    body: Callable[[str, int], _Body | None] = lambda _name, _skip: None
    is_csv: bool = False


def read_upload(data: bytes, file_name: str, kind: str, max_bytes: int = MAX_UPLOAD_BYTES,
                *, max_unzipped_bytes: int = MAX_UNZIPPED_BYTES) -> ReadResult:
    """Read every sheet of `kind` from an uploaded file; problems instead of exceptions.

    `max_bytes` bounds the upload itself; `max_unzipped_bytes` is the zip-bomb limit (see
    MAX_UNZIPPED_BYTES), a parameter so tests can lower it without big files.
    """
    specs = KINDS[kind]  # a wrong kind is a programming error, not bad input: let it raise
    result = ReadResult()
    try:
        source = _open(data, file_name, specs, max_bytes, max_unzipped_bytes)
        _read_sheets(source, specs, file_name, result)
    except _Rejected as exc:
        result.sheets.clear()
        result.problems.append(Problem("error", file_name, str(exc)))
    except Exception as exc:  # noqa: BLE001 - last resort: a bad file must never crash the upload
        result.sheets.clear()
        result.problems.append(Problem(
            "error", file_name,
            f"het bestand kon niet worden gelezen ({type(exc).__name__}); open het in Excel en "
            "sla het opnieuw op als .xlsx"))
    result.problems = capped(result.problems)
    return result


# --- format detection -------------------------------------------------------------------------

def _open(data: bytes, file_name: str, specs: Sequence[SheetSpec], max_bytes: int,
          max_unzipped_bytes: int) -> _Source:
    """Decide the format from the content (the extension only sharpens messages)."""
    if not data:
        raise _Rejected("het bestand is leeg (0 bytes)")
    if len(data) > max_bytes:
        raise _Rejected(f"het bestand is {_size_nl(len(data))}; dat is groter dan "
                        f"{_size_nl(max_bytes)}, de grens voor een upload. Verwijder overbodige "
                        "bladen of splits het bestand")
    if data.startswith(_ZIP_MAGICS):
        return _open_zip(data, max_unzipped_bytes)
    if data.startswith(_OLE2_MAGIC):
        if "EncryptedPackage".encode("utf-16-le") in data or \
                "EncryptionInfo".encode("utf-16-le") in data:
            raise _Rejected("het bestand is met een wachtwoord beveiligd; sla het op zonder "
                            "wachtwoord")
        if "Workbook".encode("utf-16-le") in data or "Book".encode("utf-16-le") in data:
            raise _Rejected("oud Excel-formaat (.xls); sla op als .xlsx")
        raise _Rejected(f"{_NOT_SPREADSHEET}, maar een ander Office-bestand (bijvoorbeeld Word)")
    for magic, what in _KNOWN_NON_SHEETS:
        if data.startswith(magic):
            raise _Rejected(f"{_NOT_SPREADSHEET}, maar {what}")
    if not _looks_like_text(data):
        ext = file_name.rsplit(".", 1)[-1].lower() if "." in file_name else ""
        if ext in ("xlsx", "xlsm"):
            raise _Rejected(f"het bestand heet .{ext} maar is geen geldig Excel-bestand "
                            "(beschadigd?); open het in Excel en sla het opnieuw op als .xlsx")
        raise _Rejected(_NOT_SPREADSHEET)
    head = data[:200].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if head.startswith((b"<!doctype html", b"<html")):
        raise _Rejected(f"{_NOT_SPREADSHEET}, maar een webpagina (HTML); open het in Excel en "
                        "sla op als .xlsx")
    if head.startswith(b"<?xml"):
        raise _Rejected(f"{_NOT_SPREADSHEET}, maar een XML-bestand; open het in Excel en sla op "
                        "als .xlsx")
    return _open_csv(data, specs)


def _looks_like_text(data: bytes) -> bool:
    sample = data[:8192]
    if sample.startswith((b"\xff\xfe", b"\xfe\xff")):  # UTF-16 text ("Unicode-tekst")
        return True
    return len(sample.translate(None, _TEXT_BYTES)) <= len(sample) // 100


def _open_zip(data: bytes, max_unzipped_bytes: int) -> _Source:
    damaged = ("het bestand is beschadigd (geen geldig .xlsx-bestand); open het in Excel en "
               "sla het opnieuw op als .xlsx")
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            infos = zf.infolist()
            # Sizes from the zip directory: nothing is unpacked before this check.
            unzipped = sum(i.file_size for i in infos)
            if unzipped > max_unzipped_bytes or (
                    unzipped > max_unzipped_bytes // 20 and unzipped > MAX_ZIP_RATIO * len(data)):
                raise _Rejected(f"het bestand pakt uit tot {_size_nl(unzipped)}; dat is te groot "
                                "of verdacht sterk gecomprimeerd (zip-bom). Open het in Excel, "
                                "verwijder overbodige bladen en sla het opnieuw op")
            names = {i.filename for i in infos}
            mimetype = zf.read("mimetype")[:100] if "mimetype" in names else b""
    except _Rejected:
        raise
    except Exception as exc:  # BadZipFile, but also OSError/EOFError/ValueError on odd input
        raise _Rejected(damaged) from exc
    if "xl/workbook.bin" in names:
        raise _Rejected("binair Excel-formaat (.xlsb); sla op als .xlsx")
    if mimetype.startswith(b"application/vnd.oasis.opendocument.spreadsheet"):
        raise _Rejected("OpenDocument-rekenblad (.ods); sla op als .xlsx")
    if "xl/workbook.xml" not in names:
        what = next((w for prefix, w in _ZIP_NON_SHEETS
                     if any(n.startswith(prefix) for n in names)), "een zip-bestand")
        raise _Rejected(f"{_NOT_SPREADSHEET}, maar {what}")
    try:
        # calamine only reads cell values and cached formula results; macros never run.
        book = calamine.CalamineWorkbook.from_filelike(io.BytesIO(data))
        metadata = book.sheets_metadata
    except calamine.PasswordError as exc:
        raise _Rejected("het bestand is met een wachtwoord beveiligd; sla het op zonder "
                        "wachtwoord") from exc
    except Exception as exc:  # noqa: BLE001 - ZipError, XmlError, CalamineError, ...
        raise _Rejected("het bestand is beschadigd en kan niet worden gelezen; open het in "
                        "Excel en sla het opnieuw op als .xlsx") from exc
    sheet_names = [m.name for m in metadata if m.typ == calamine.SheetTypeEnum.WorkSheet]
    full = _CalamineSheets(book)
    head: list[_CalamineSheets] = []
    paths = _sheet_paths(data)
    # sheet -> its <mergeCells> element, or the thread finding it while fastexcel reads
    merge_cells: dict[str, bytes | sheet_halves.InThread[bytes]] = {}
    fast: fastexcel.ExcelReader | None = None

    def load(name: str, nrows: int | None) -> Rows:
        if nrows is not None and nrows <= HEADER_SEARCH_ROWS:
            # The first rows exactly as calamine reads them, from a copy of the workbook cut
            # after them; the whole workbook when it cannot be cut.
            if not head:
                try:
                    head.append(_CalamineSheets(calamine.CalamineWorkbook.from_filelike(
                        io.BytesIO(_head_workbook(data)))))
                except Exception:  # noqa: BLE001 - an odd zip or sheet: calamine reports it
                    head.append(full)
            return head[0].sheet(name).to_python(skip_empty_area=False, nrows=nrows)
        return full.sheet(name).to_python(skip_empty_area=False, nrows=nrows)

    def merged(name: str) -> Merged:
        path = paths.get(name)
        if path is None:
            return full.sheet(name).merged_cell_ranges or []
        found = merge_cells.pop(name, None)
        if isinstance(found, sheet_halves.InThread):
            found = found.result()
        return _merge_ranges(_merge_element(data, path) if found is None else found)

    def body(name: str, skip: int) -> _Body | None:
        nonlocal fast
        path = paths.get(name)
        halves = None if path is None else sheet_halves.read_in_halves(
            data, path, skip, lambda book, s: _fast_columns(fastexcel.read_excel(book), name, s))
        if halves is not None:
            merge_cells[name] = halves.merge_cells
            raw = halves.body
        else:
            if path is not None:  # merged cells sit at the end of the XML: found meanwhile
                merge_cells[name] = sheet_halves.InThread(lambda: _merge_element(data, path))
            try:
                fast = fast or fastexcel.read_excel(data)
                raw = _fast_columns(fast, name, skip)
            except Exception:  # noqa: BLE001 - mixed types, an odd sheet: read it the old way
                return None
        columns: dict[int, pa.Array] = {}
        for j, array in raw.columns.items():
            cells = _exact_cells(array)
            if cells is None:
                return None
            columns[j] = cells
        return _arrow_body(columns, raw.height, skip)

    return _Source(sheet_names, load, merged, body)


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
    """The workbook with every worksheet cut after row HEADER_SEARCH_ROWS; other parts are
    copied as they are.

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
    """(XML before the first row numbered above HEADER_SEARCH_ROWS, True), or (the whole XML,
    False) when the sheet is shorter or a row has no number."""
    buf, pos = b"", 0
    while chunk := stream.read(1 << 16):
        buf += chunk
        for m in sheet_halves.ROW_TAG.finditer(buf, pos):
            number = sheet_halves.ROW_NUMBER.search(m[1])
            if number is None:
                return buf + stream.read(), False
            pos = m.end()
            if int(number[1]) > HEADER_SEARCH_ROWS:
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
        return _empty_as_null(array)
    if pa.types.is_float64(kind) or pa.types.is_boolean(kind) or pa.types.is_null(kind):
        return array
    if pa.types.is_timestamp(kind) or pa.types.is_date(kind):
        first = pc.min(array.cast(pa.timestamp("ms"))).as_py()
        return array if first is None or first >= _EXCEL_DAY_ONE else None
    return None


def _empty_as_null(array: pa.Array) -> pa.Array:
    """Text cells with "" as None, as calamine and the CSV path give an empty cell."""
    return pc.if_else(pc.equal(array, ""), pa.scalar(None, array.type), array)


def _arrow_body(columns: dict[int, pa.Array], height: int, skip: int) -> _Body:
    """Drop blank rows (every cell empty or whitespace, as `_is_blank`), keep Excel numbers."""
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
    return _Body((keep + skip + 1).tolist(), columns)


def _open_csv(data: bytes, specs: Sequence[SheetSpec]) -> _Source:
    text = _decode(data)
    if (nul := text.find("\0")) >= 0:  # binary debris in text: the file is damaged
        line = text.count("\n", 0, nul) + 1
        raise _Rejected(f"het CSV-bestand bevat op regel {line} een NUL-teken (binaire "
                        "gegevens); het is beschadigd of geen tekstbestand. Sla het in Excel "
                        "opnieuw op als CSV of als .xlsx")
    sample = text[:65536].splitlines()[:HEADER_SEARCH_ROWS]
    delimiter = _sniff_delimiter(sample, specs)
    fields = _arrow_csv(text, delimiter)
    if fields is not None:
        def body(_name: str, skip: int) -> _Body:
            columns = {j: _empty_as_null(cells[skip:]) for j, cells in enumerate(fields)}
            return _arrow_body(columns, len(fields[0]) - skip, skip)

        def head(_name: str, nrows: int | None) -> Rows:
            return [list(row) for row in zip(*(c[:nrows].to_pylist() for c in fields),
                                             strict=True)]

        return _Source([""], head, lambda _name: [], body, is_csv=True)
    try:
        rows: Rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))
    except csv.Error as exc:
        reason = (f"een cel is langer dan {csv.field_size_limit():_} tekens".replace("_", ".")
                  if "field larger than field limit" in str(exc) else str(exc))
        raise _Rejected(f"het CSV-bestand kan niet worden gelezen ({reason}); sla het in Excel "
                        "opnieuw op als CSV of als .xlsx") from exc

    def load(_name: str, nrows: int | None) -> Rows:
        return rows if nrows is None else rows[:nrows]

    return _Source([""], load, lambda _name: [], is_csv=True)


_LINE_END = re.compile(r"[\r\n]")


def _arrow_csv(text: str, delimiter: str) -> list[pa.Array] | None:
    """The records as one text array per field, or None where the `csv` module could read
    the file differently: a quote character (quoting, line breaks in a value), records of
    unequal length (pyarrow refuses them; the `csv` path pads or reports them), a value over
    the `csv` module's size limit (it refuses the file). Without quotes both read a record as
    a line (ended by CR, LF or CR LF) split at the delimiter; an empty line is a record of
    empty values for pyarrow and an empty record for `csv`, blank either way.
    """
    if '"' in text:
        return None
    width = _LINE_END.split(text, maxsplit=1)[0].count(delimiter) + 1
    try:
        table = pa_csv.read_csv(
            pa.BufferReader(text.encode()),
            read_options=pa_csv.ReadOptions(autogenerate_column_names=True),
            parse_options=pa_csv.ParseOptions(delimiter=delimiter, quote_char=False,
                                              ignore_empty_lines=False),
            convert_options=pa_csv.ConvertOptions(
                column_types={f"f{j}": pa.string() for j in range(width)},
                strings_can_be_null=False))
    except pa.ArrowInvalid:
        return None
    fields = [c.combine_chunks() for c in table.columns]
    longest = max(pc.max(pc.utf8_length(c)).as_py() or 0 for c in fields)
    if len(fields) != width or longest > csv.field_size_limit():
        return None
    return fields


def _decode(data: bytes) -> str:
    """UTF-8 (with or without BOM) or UTF-16 with BOM, else Windows-1252 (Dutch Excel's CSV)."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", errors="replace")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:
        return data.decode("latin-1")  # never fails; the five bytes cp1252 lacks are rare


def _sniff_delimiter(lines: list[str], specs: Sequence[SheetSpec]) -> str:
    """Pick the delimiter under which a header row is found with the most known headers.

    Counting characters alone fails for Dutch files: `;`-separated with decimal commas.
    """
    best, best_score = "", 1
    for delimiter in _CSV_DELIMITERS:
        try:
            rows: Rows = list(csv.reader(lines, delimiter=delimiter))
        except csv.Error:
            continue
        for spec in specs:
            found = _find_header(rows, _Lookup.of(spec))
            if found is not None and found[1] > best_score:
                best, best_score = delimiter, found[1]
    if best:
        return best
    first = next((line for line in lines if line.strip()), "")
    return max(_CSV_DELIMITERS, key=first.count)


# --- sheets and header row --------------------------------------------------------------------

@dataclass
class _Lookup:
    """Header key -> candidate columns, tier 0 = name/Dutch/English label, 1 = synonym.

    Keys are `normalise_header` with the spaces removed as well, so "Project-referentie",
    "Start datum" and "Projectreferentie", "Startdatum" meet.
    """

    spec: SheetSpec
    by_header: dict[str, dict[str, int]]

    @classmethod
    def of(cls, spec: SheetSpec) -> _Lookup:
        by_header: dict[str, dict[str, int]] = {}
        for col in spec.columns:
            labels = [(col.name, 0), (col.nl, 0), (col.en, 0)]
            labels += [(s, 1) for s in col.synonyms]
            for label, tier in labels:
                key = _key(label)
                if key:
                    cands = by_header.setdefault(key, {})
                    cands[col.name] = min(tier, cands.get(col.name, tier))
        return cls(spec, by_header)

    def get(self, cell: object) -> dict[str, int] | None:
        return self.by_header.get(_key(cell)) if isinstance(cell, str) else None


def _key(text: object) -> str:
    return normalise_header(text).replace(" ", "")


def _find_header(rows: Rows, lookup: _Lookup) -> tuple[int, int] | None:
    """(row index, matching cells) of the first of the first 30 rows with >= 2 known headers."""
    for i, row in enumerate(rows[:HEADER_SEARCH_ROWS]):
        hits = sum(1 for cell in row if lookup.get(cell))
        if hits >= 2:
            return i, hits
    return None


def _read_sheets(source: _Source, specs: Sequence[SheetSpec], file_name: str,
                 result: ReadResult) -> None:
    lookups = {spec.name: _Lookup.of(spec) for spec in specs}
    chosen: dict[str, str] = {}
    if not source.is_csv:
        for spec in specs:
            accepted = {_key(n) for n in (spec.name, spec.sheet_nl, *spec.sheet_names)}
            matches = [n for n in source.names if _key(n) in accepted]
            if matches:
                chosen[spec.name] = matches[0]
            if len(matches) > 1:
                listed = ", ".join(f"'{m}'" for m in matches)
                result.problems.append(Problem(
                    "warning", file_name,
                    f"meerdere bladen lijken '{spec.sheet_nl}' te zijn ({listed}); alleen "
                    f"'{matches[0]}' is gelezen"))
    if not chosen and (len(specs) == 1 or source.is_csv):
        # A lone unnamed sheet (CSV, or a workbook whose sheet kept the name "Blad1"): take the
        # first sheet whose header row fits a spec, preferring the spec it fits best.
        _choose_by_header(source, specs, lookups, chosen)
    if not chosen and not any(_head(source, n) for n in source.names):
        raise _Rejected("het bestand bevat geen gegevens (alle bladen zijn leeg)")
    for i, spec in enumerate(specs):
        if spec.name in chosen:
            continue
        if i == 0:
            result.problems.append(Problem("error", file_name, _missing_sheet(spec, source)))
        else:  # a later sheet (Leads next to Missies) may be left out
            result.problems.append(Problem(
                "warning", file_name,
                f"blad '{spec.sheet_nl}' ontbreekt; er worden geen {spec.sheet_nl.lower()} "
                "gelezen"))
    for spec in specs:
        if spec.name in chosen:
            sheet = _read_sheet(source, chosen[spec.name], lookups[spec.name], file_name,
                                result.problems)
            if sheet is not None:
                result.sheets[spec.name] = sheet


def _choose_by_header(source: _Source, specs: Sequence[SheetSpec],
                      lookups: dict[str, _Lookup], chosen: dict[str, str]) -> None:
    first_non_empty = None
    for name in source.names:
        head = _head(source, name)
        if not head:
            continue
        first_non_empty = first_non_empty or name
        scored = [(found[1], spec.name) for spec in specs
                  if (found := _find_header(head, lookups[spec.name])) is not None]
        if scored:
            chosen[max(scored)[1]] = name
            return
    if first_non_empty is not None and len(specs) == 1:
        chosen[specs[0].name] = first_non_empty  # read it to report the missing header row


def _head(source: _Source, name: str) -> Rows:
    """The first rows of a sheet, [] when it cannot be read (reported when read in full)."""
    try:
        return source.load(name, HEADER_SEARCH_ROWS)
    except Exception:  # noqa: BLE001 - XmlError and the like inside one sheet
        return []


def _missing_sheet(spec: SheetSpec, source: _Source) -> str:
    if source.is_csv:
        return (f"in dit CSV-bestand is geen kopregel voor '{spec.sheet_nl}' gevonden; lever "
                f"de bladen als .xlsx met een blad '{spec.sheet_nl}'")
    found = ", ".join(f"'{n}'" for n in source.names) or "geen"
    return (f"blad '{spec.sheet_nl}' ontbreekt (gevonden bladen: {found}); geef het blad de "
            f"naam '{spec.sheet_nl}'")


def _read_sheet(source: _Source, name: str, lookup: _Lookup, file_name: str,
                problems: list[Problem]) -> SheetData | None:
    spec = lookup.spec
    sheet_label = name or None  # Problem.sheet: None for CSV

    def problem(severity: Severity, message: str, row: int | None = None,
                column: str | None = None, kind: str | None = None) -> None:
        problems.append(Problem(severity, file_name, message, sheet_label, row, column,
                                kind=kind))

    try:
        head = source.load(name, HEADER_SEARCH_ROWS)
        found = _find_header(head, lookup)
        body = None if found is None else _body(source, name, found[0])
        merged = source.merged(name)
    except Exception:  # noqa: BLE001 - XmlError and the like inside one sheet
        problem("error", "het blad kan niet worden gelezen; het bestand is mogelijk beschadigd. "
                         "Open het in Excel en sla het opnieuw op als .xlsx")
        return None
    if found is None:
        expected = ", ".join(f"'{c.nl}'" for c in spec.columns if c.required)
        where = f"de eerste {HEADER_SEARCH_ROWS} rijen" if len(head) > 1 else "het blad"
        problem("error", f"geen kopregel gevonden in {where}; verwacht een rij met de "
                         f"kolomnamen {expected}")
        return None
    assert body is not None
    h = found[0]
    header_row = head[h]
    header_no = h + 1
    for (r0, c0), (r1, c1) in merged:
        if r0 <= h <= r1:
            problem("error", f"samengevoegde cellen in de kopregel "
                             f"({_cell_ref(r0, c0)}:{_cell_ref(r1, c1)}); maak de cellen los",
                    header_no)

    index, headers = _map_columns(header_row, lookup, header_no, problem)
    if isinstance(body, _Body):
        row_numbers = body.row_numbers
        n = len(row_numbers)
        columns: dict[str, Cells] = {
            col.name: body.columns.get(index[col.name], pa.nulls(n)) if col.name in index
            else pa.nulls(n) for col in spec.columns}
    else:
        kept = [(n, r) for n, r in enumerate(body, start=h + 2) if not _is_blank(r)]
        row_numbers = [n for n, _ in kept]
        data = [r for _, r in kept]
        if source.is_csv:
            data = _fit_csv_rows(data, row_numbers, len(header_row), problem)
        n = len(data)
        columns = {}
        for col in spec.columns:
            j = index.get(col.name)
            cells = [None] * n if j is None else [None if (v := r[j]) == "" else v for r in data]
            columns[col.name] = pa.array(cells, pa.string()) if source.is_csv else cells
    if not row_numbers:
        problem("warning", "geen gegevensrijen onder de kopregel", header_no)
    return SheetData(spec, name, headers, row_numbers, columns)


def _body(source: _Source, name: str, h: int) -> _Body | Rows:
    """The rows below header row `h`: straight to Arrow where possible, else as row lists."""
    return source.body(name, h + 1) or source.load(name, None)[h + 1:]


def _map_columns(header_row: list[object], lookup: _Lookup, header_no: int,
                 problem: Callable[..., None]) -> tuple[dict[str, int], dict[str, str]]:
    """Column name -> cell index, and -> header text; problems for unknown, double, missing.

    A label (name, Dutch, English) wins over a synonym; a synonym shared by two columns goes
    to the one whose header is not already present, and is an error only when both are free
    (the shipped schema has no shared synonym, but a later synonym must not silently pick one).
    """
    spec = lookup.spec
    hits: dict[str, list[tuple[int, str]]] = {}
    pending: list[tuple[int, str, list[str]]] = []
    for j, cell in enumerate(header_row):
        text = _cell_text(cell)
        if not text:
            continue
        cands = lookup.get(text)
        if not cands:
            problem("warning", f"kolom '{shorten(text)}' wordt genegeerd (onbekende kolom)",
                    header_no, text, "onbekende kolommen")
            continue
        best = min(cands.values())
        cols = [c for c, tier in cands.items() if tier == best]
        if best == 0 and len(cols) == 1:
            hits.setdefault(cols[0], []).append((j, text))
        else:
            pending.append((j, text, cols))
    for j, text, cols in pending:
        free = [c for c in cols if c not in hits]
        if len(cols) == 1 or len(free) == 1:
            hits.setdefault((free or cols)[0], []).append((j, text))
        else:
            names = ", ".join(f"'{spec.column(c).nl}'" for c in (free or cols))
            problem("error", f"kop '{shorten(text)}' past bij meer dan één kolom ({names}); "
                             "gebruik de precieze kolomnaam", header_no, text)
    index: dict[str, int] = {}
    headers: dict[str, str] = {}
    for name, found in hits.items():
        index[name], headers[name] = found[0]
        if len(found) > 1:
            where = ", ".join(f"'{t}' (kolom {_col_letter(j)})" for j, t in found)
            problem("error", f"kolom '{spec.column(name).nl}' staat meer dan één keer in de "
                             f"kopregel: {where}; laat er één staan", header_no, found[1][1])
    for col in spec.columns:
        if col.required and col.name not in index:
            also = ", ".join(f"'{s}'" for s in (col.en, *col.synonyms[:4]) if s != col.nl)
            problem("error", f"verplichte kolom '{col.nl}' ontbreekt (ook herkend: {also})",
                    header_no, col.nl)
    return index, headers


def _fit_csv_rows(data: Rows, row_numbers: list[int], width: int,
                  problem: Callable[..., None]) -> Rows:
    """Pad short CSV records; report records with values beyond the header (shifted columns)."""
    over = [(n, r) for n, r in zip(row_numbers, data, strict=True)
            if len(r) > width and any(v.strip() for v in r[width:])]
    for n, r in over[:MAX_ROW_PROBLEMS]:
        problem("error", f"deze rij heeft {len(r)} waarden maar de kopregel {width} kolommen; "
                         "staat er een scheidingsteken (bijvoorbeeld een komma in een bedrag) "
                         "zonder aanhalingstekens?", n)
    if len(over) > MAX_ROW_PROBLEMS:
        problem("error", f"nog {len(over) - MAX_ROW_PROBLEMS} rijen met te veel waarden")
    return [r if len(r) >= width else r + [""] * (width - len(r)) for r in data]


# --- small helpers ----------------------------------------------------------------------------

def _is_blank(row: list[object]) -> bool:
    """True when every cell is empty; returns at the first real value, so cheap per data row."""
    for v in row:
        if type(v) is str:
            if v and not v.isspace():
                return False
        elif v is not None:
            return False
    return True


def _cell_text(cell: object) -> str:
    if cell is None:
        return ""
    if isinstance(cell, float) and cell.is_integer():
        return str(int(cell))
    return str(cell).strip()


def _col_letter(j: int) -> str:
    letters = ""
    j += 1
    while j:
        j, rem = divmod(j - 1, 26)
        letters = chr(65 + rem) + letters
    return letters


def _cell_ref(row: int, col: int) -> str:
    return f"{_col_letter(col)}{row + 1}"


def _size_nl(n: int) -> str:
    """Sizes the way a coordinator reads them: '20 MB', '1,5 MB', '300 kB', '12 bytes'."""
    if n >= MB:
        value, unit = n / MB, "MB"
    elif n >= 1024:
        value, unit = n / 1024, "kB"
    else:
        return f"{n} bytes"
    text = f"{value:.0f}" if value >= 10 or value.is_integer() else f"{value:.1f}"
    return f"{text.replace('.', ',')} {unit}"
