"""The area a worksheet spans, from its cell references, before any reader lays it out.

calamine lays a sheet out as one dense block from A1 to its last cell (~32 bytes a cell), so a
5 kB file with one cell at XFD1048576 asks for 512 GB and kills the process. The references are
read from the sheet's XML in chunks; the usual sheet (columns A–Z, or fewer than 10,000 rows)
is passed by three fast searches, and only a sheet with both long column letters and long row
numbers has every reference read to find its real extent.
"""

from __future__ import annotations

import re
import zipfile
from collections.abc import Iterator

from tradeinvest.ingest.sheet_halves import is_worksheet

MAX_CELLS = 30_000_000  # ~1 GB laid out; e.g. 100,000 rows × 300 columns
_CHUNK = 8 * 1024 * 1024
_OVERLAP = 64  # a reference cut by a chunk border is read whole in the next chunk
_WIDE = re.compile(rb'<c r="[A-Z]{2}')  # a column past Z
_VERY_WIDE = re.compile(rb'<c r="[A-Z]{3}')  # a column past ZZ: checked whatever the rows
_TALL = re.compile(rb'<c r="[A-Z]{1,3}\d{5}')  # a row past 9,999
_REFERENCE = re.compile(rb'<c r="([A-Z]{1,3})(\d{1,7})"')


def _chunks(zf: zipfile.ZipFile, name: str) -> Iterator[bytes]:
    """The part's bytes in overlapping chunks (never the whole sheet in memory at once)."""
    with zf.open(name) as part:
        tail = b""
        while block := part.read(_CHUNK):
            yield tail + block
            tail = block[-_OVERLAP:]


def _column_number(letters: bytes) -> int:
    number = 0
    for letter in letters:
        number = number * 26 + letter - 64
    return number


def cells_spanned(zf: zipfile.ZipFile, name: str) -> int:
    """Columns × rows from A1 to the sheet's farthest reference; 0 for a sheet that cannot
    reach MAX_CELLS (columns A–Z only, or at most 702 columns and rows under 10,000)."""
    wide = tall = very_wide = False
    for chunk in _chunks(zf, name):
        wide = wide or bool(_WIDE.search(chunk))
        tall = tall or bool(_TALL.search(chunk))
        very_wide = very_wide or bool(_VERY_WIDE.search(chunk))
    if not (very_wide or (wide and tall)):
        return 0
    columns = rows = 0
    for chunk in _chunks(zf, name):
        for letters, digits in _REFERENCE.findall(chunk):
            columns = max(columns, _column_number(letters))
            rows = max(rows, int(digits))
    return columns * rows


def too_large_sheet(zf: zipfile.ZipFile) -> tuple[str, int] | None:
    """(part name, cells) of the first worksheet spanning more than MAX_CELLS, else None."""
    for name in zf.namelist():
        if is_worksheet(name):
            cells = cells_spanned(zf, name)
            if cells > MAX_CELLS:
                return name, cells
    return None
