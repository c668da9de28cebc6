"""Read one big worksheet as two halves on two cores: a large .xlsx body in ~2/3 of the time.

fastexcel (calamine) parses a sheet on one core. A worksheet's XML is a list of numbered
<row> elements, so it can be cut between two rows: each half, in a copy of the workbook stored
without compression, is read by its own fastexcel call (which releases the GIL), the first in a
thread while the second half is still being unpacked. The halves' columns, keyed by cell index
from column A, are joined row-aligned. Anything unexpected (a small or a very big sheet, one
core, a prefixed namespace, a row without a number, a column whose type differs between the
halves, an error in either half) gives None, and the reader reads the sheet whole as before:
the result never differs from the whole read, only the time (`tests/test_validate_paths.py`
proves both equal; `tests/test_sheet_halves.py` tests the guards).
"""

from __future__ import annotations

import io
import os
import re
import struct
import threading
import zipfile
import zlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Generic, TypeVar, cast

import pyarrow as pa

# Below this much sheet XML (~7k rows of 12 columns) a second thread and two workbook copies
# cost about what they save. Above the maximum (~400k rows; a file within the default 20 MB
# upload cap stays below it) the copies would double the reader's memory (2.7 instead of
# 1.3 GB at 1M rows) for a sixth less time: such a sheet is read whole.
MIN_SPLIT_BYTES = 4 * 1024 * 1024
MAX_SPLIT_BYTES = 256 * 1024 * 1024
# The first half starts while the rest is still being unpacked; it gets the larger share so
# that both halves finish together (unpacking is ~4x faster than parsing).
FIRST_SHARE = 0.55
_CHUNK = 1 << 20
ROW_TAG = re.compile(rb"<row\b([^>]*)>")
ROW_NUMBER = re.compile(rb"""\br\s*=\s*["'](\d+)["']""")
_SHEET_DATA_OPEN = re.compile(rb"<sheetData\s*>")
SHEET_DATA_END = b"</sheetData>"
CLOSE = SHEET_DATA_END + b"</worksheet>"
_EMPTY_SHEET = (b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns='
                b'"http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData/>'
                b"</worksheet>")
T = TypeVar("T")
MERGE_CELLS = re.compile(rb"<mergeCells\b.*?</mergeCells>", re.S)


@dataclass
class Columns:
    """A sheet body as fastexcel gives it: cell index (0 = column A) -> cells, and its height."""

    columns: dict[int, pa.Array]
    height: int


# (workbook bytes, rows to skip from row 1) -> that workbook's sheet body; raises on failure.
ReadPart = Callable[[bytes, int], Columns]


@dataclass
class Halves:
    body: Columns
    merge_cells: bytes  # the sheet's <mergeCells> element, b"" when it has none


def read_in_halves(data: bytes, path: str, skip: int, read: ReadPart) -> Halves | None:
    """The body below row `skip` of worksheet part `path`, read in two halves; None: read it
    whole (see the module docstring for when)."""
    if (os.cpu_count() or 1) < 2:
        return None
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            info = zf.getinfo(path)
            if not MIN_SPLIT_BYTES <= info.file_size <= MAX_SPLIT_BYTES:
                return None
            others = [(i.filename, _EMPTY_SHEET if is_worksheet(i.filename)
                       else zf.read(i)) for i in zf.infolist()
                      if i.filename != path and i.filename.endswith((".xml", ".rels"))]
            with zf.open(info) as stream:
                cut = _cut(stream, int(info.file_size * FIRST_SHARE), skip)
                if cut is None:
                    return None

                def read_upper() -> Columns:
                    book = _stored_zip([*others, (path, [*cut.upper, CLOSE])])
                    cut.upper.clear()  # the copy in `book` is all that is needed now
                    return read(book, skip)

                first = InThread(read_upper)
                while chunk := stream.read(_CHUNK):
                    cut.lower.append(chunk)
        second = read(_stored_zip([*others, (path, [cut.opening, *cut.lower])]),
                      cut.first_row - 1)
        body = _join(first.result(), second, cut.first_row - 1 - skip)
    except Exception:  # noqa: BLE001 - anything odd: the whole read decides
        return None
    return None if body is None else Halves(body, _merge_cells(cut.lower))


def is_worksheet(name: str) -> bool:
    return name.startswith("xl/worksheets/") and name.endswith(".xml")


@dataclass
class _Cut:
    """A worksheet's XML cut before a row, kept as the unpacked chunks (no copy of them)."""

    opening: bytes  # the XML up to and including <sheetData>
    upper: list[bytes]  # the XML from the start to the cut
    lower: list[bytes]  # the XML from the cut on (the rest is appended as it is unpacked)
    first_row: int  # the number of the row at the cut


def _cut(stream: io.BufferedIOBase, target: int, skip: int) -> _Cut | None:
    """Unpack to `target` bytes, then on to the first whole <row> tag; None when the sheet is
    not plain enough (see the module docstring) or the cut would fall above row `skip` + 2."""
    chunks: list[bytes] = []
    got = 0
    while got < target and (chunk := stream.read(_CHUNK)):
        chunks.append(chunk)
        got += len(chunk)
    if not chunks:
        return None
    opened = _SHEET_DATA_OPEN.search(chunks[0])
    if opened is None or b"<worksheet" not in chunks[0][:opened.start()]:
        return None
    opening = chunks[0][:opened.end()]
    window = chunks.pop()  # holds byte `target`; grows until a whole row tag follows it
    start = max(target - (got - len(window)), 0 if chunks else opened.end())
    while (row := ROW_TAG.search(window, start)) is None:
        if not (chunk := stream.read(_CHUNK)):
            return None
        window += chunk
    # Both rows at the cut must carry their number (a row without one is placed after the
    # row before it, which the second half would not see); writers number all rows or none.
    before = ROW_TAG.match(window, max(window.rfind(b"<row", 0, row.start()), 0))
    number = ROW_NUMBER.search(row[1])
    if number is None or before is None or ROW_NUMBER.search(before[1]) is None:
        return None
    first_row = int(number[1])
    if first_row - 1 <= skip:
        return None
    return _Cut(opening, [*chunks, window[:row.start()]], [window[row.start():]], first_row)


def _merge_cells(xml: list[bytes]) -> bytes:
    """The <mergeCells> element after </sheetData> in the chunks of a sheet's XML, or b""."""
    ahead = b""  # the start of what follows chunk i, enough to complete a mark cut at its end
    for i in range(len(xml) - 1, -1, -1):
        if SHEET_DATA_END in xml[i] + ahead:
            tail = b"".join(xml[i:])
            found = MERGE_CELLS.search(tail, tail.rfind(SHEET_DATA_END))
            return found[0] if found else b""
        ahead = (xml[i] + ahead)[:len(SHEET_DATA_END) - 1]
    return b""


class InThread(Generic[T]):
    """One call run in a thread; `result()` hands back its value or raises its exception.
    zlib and fastexcel release the GIL, so the thread and its caller use both cores."""

    def __init__(self, work: Callable[[], T]):
        self.value: T | None = None
        self.error: BaseException | None = None

        def run() -> None:
            try:
                self.value = work()
            except BaseException as exc:  # noqa: BLE001 - raised again in result()
                self.error = exc

        self.thread = threading.Thread(target=run, daemon=True)
        self.thread.start()

    def result(self) -> T:
        self.thread.join()
        if self.error is not None:
            raise self.error
        return cast(T, self.value)


def _join(first: Columns, second: Columns, first_rows: int) -> Columns | None:
    """The first half padded to `first_rows` rows (its trailing empty rows are not read), then
    the second; None when a column's type differs between the halves."""
    if first.height > first_rows:
        return None
    columns: dict[int, pa.Array] = {}
    for j in sorted(first.columns.keys() | second.columns.keys()):
        upper, lower = first.columns.get(j), second.columns.get(j)
        kinds = {a.type for a in (upper, lower) if a is not None and a.type != pa.null()}
        if len(kinds) > 1:
            return None
        kind = kinds.pop() if kinds else pa.null()
        columns[j] = pa.concat_arrays([*_as(upper, first_rows, kind),
                                       *_as(lower, second.height, kind)])
    return Columns(columns, first_rows + second.height)


def _as(cells: pa.Array | None, rows: int, kind: pa.DataType) -> list[pa.Array]:
    """`cells` as `kind` (an all-empty column is of type null), padded with empty cells."""
    if cells is None or cells.type != kind:
        cells = pa.nulls(0 if cells is None else len(cells), kind)
    return [cells, pa.nulls(rows - len(cells), kind)]


def _stored_zip(entries: Sequence[tuple[str, bytes | Sequence[bytes]]]) -> bytes:
    """A zip of `entries` without compression; an entry may be given as parts to join.

    Written by hand: zipfile copies and checksums every byte twice, a third of the time saved.
    """
    out: list[bytes] = []
    central: list[bytes] = []
    offset = 0
    for name, content in entries:
        parts = [content] if isinstance(content, bytes) else list(content)
        crc = 0
        for part in parts:
            crc = zlib.crc32(part, crc)
        size = sum(len(p) for p in parts)
        encoded = name.encode()
        local = struct.pack("<4s5H3L2H", b"PK\x03\x04", 20, 0x800, 0, 0, 0x21, crc, size, size,
                            len(encoded), 0) + encoded
        central.append(struct.pack("<4s6H3L5H2L", b"PK\x01\x02", 20, 20, 0x800, 0, 0, 0x21,
                                   crc, size, size, len(encoded), 0, 0, 0, 0, 0, offset)
                       + encoded)
        out += [local, *parts]
        offset += len(local) + size
    directory = b"".join(central)
    end = struct.pack("<4s4H2LH", b"PK\x05\x06", 0, 0, len(central), len(central),
                      len(directory), offset, 0)
    return b"".join([*out, directory, end])
