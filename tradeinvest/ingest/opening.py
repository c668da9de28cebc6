"""Open an uploaded file as a `Source`: decide its format from the content and refuse what is
no spreadsheet or not safe to open (a zip bomb, a password, a Word file named .xlsx).

Shared by the reader (the whole check) and the layout reader (the import assistant's look at
a file), so both refuse the same files with the same messages.
"""

from __future__ import annotations

import hashlib
import io
import threading
import zipfile
from collections.abc import Sequence

from tradeinvest.ingest.csv_reader import open_csv
from tradeinvest.ingest.sheet_extent import MAX_CELLS, too_large_sheet
from tradeinvest.ingest.source import Refused, Source
from tradeinvest.ingest.spec import SheetSpec
from tradeinvest.ingest.xlsx_reader import open_workbook
from tradeinvest.texts.phrases import Phrase

MB = 1024 * 1024
MAX_UPLOAD_BYTES = 20 * MB
# Zip-bomb guard, checked on the zip directory before calamine sees the file. Real .xlsx files
# unpack to ~5-20x their size (a 1M-row sheet: ~30 MB file, ~300 MB XML), so the absolute limit
# leaves room for benchmark-sized files while stopping multi-GB bombs; above a twentieth of it
# (50 MB by default) a ratio over 100x is refused too, as no honest workbook compresses so well.
MAX_UNZIPPED_BYTES = 1024 * MB
MAX_ZIP_RATIO = 100

_OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ZIP_MAGICS = (b"PK\x03\x04", b"PK\x05\x06")
_KNOWN_NON_SHEETS: tuple[tuple[bytes, Phrase], ...] = (
    (b"%PDF", Phrase("problem_what_pdf")),
    (b"\x89PNG", Phrase("problem_what_image", {"format": "PNG"})),
    (b"\xff\xd8\xff", Phrase("problem_what_image", {"format": "JPEG"})),
    (b"GIF8", Phrase("problem_what_image", {"format": "GIF"})),
    (b"{\\rtf", Phrase("problem_what_rtf")),
    (b"\x1f\x8b", Phrase("problem_what_archive", {"format": "gzip"})),
    (b"Rar!", Phrase("problem_what_archive", {"format": "RAR"})),
    (b"7z\xbc\xaf", Phrase("problem_what_archive", {"format": "7z"})),
)
_ZIP_NON_SHEETS: tuple[tuple[str, Phrase], ...] = (
    ("word/", Phrase("problem_what_word")),
    ("ppt/", Phrase("problem_what_powerpoint")),
)
# The files whose zip directory and sheet extent passed `_check_zip` lately (sha256, limit): the
# import assistant looks at a file the check has just opened, and the far-cell scan streams every
# sheet's XML (~90 % of a first look at a big file), so a file is scanned once, not twice.
_PASSED_ZIPS: dict[tuple[bytes, int], None] = {}
_PASSED_ZIPS_KEPT = 8
_PASSED_LOCK = threading.Lock()  # sessions check files in parallel threads
# Bytes that occur in text files; anything else (NUL, most control codes) means binary.
_TEXT_BYTES = bytes([7, 8, 9, 10, 11, 12, 13, 27, *range(0x20, 0x100)])


def open_source(data: bytes, file_name: str, specs: Sequence[SheetSpec],
                max_bytes: int = MAX_UPLOAD_BYTES,
                max_unzipped_bytes: int = MAX_UNZIPPED_BYTES) -> Source:
    """Decide the format from the content (the extension only sharpens messages)."""
    if not data:
        raise Refused("problem_file_empty")
    if len(data) > max_bytes:
        raise Refused("problem_file_too_big", size=_size_nl(len(data)), limit=_size_nl(max_bytes))
    if data.startswith(_ZIP_MAGICS):
        _check_zip_once(data, max_unzipped_bytes)
        return open_workbook(data)
    if data.startswith(_OLE2_MAGIC):
        if "EncryptedPackage".encode("utf-16-le") in data or \
                "EncryptionInfo".encode("utf-16-le") in data:
            raise Refused("problem_password")
        if "Workbook".encode("utf-16-le") in data or "Book".encode("utf-16-le") in data:
            raise Refused("problem_old_xls")
        raise Refused("problem_not_spreadsheet_but", what=Phrase("problem_what_office"))
    for magic, what in _KNOWN_NON_SHEETS:
        if data.startswith(magic):
            raise Refused("problem_not_spreadsheet_but", what=what)
    if not _looks_like_text(data):
        ext = file_name.rsplit(".", 1)[-1].lower() if "." in file_name else ""
        if ext in ("xlsx", "xlsm"):
            raise Refused("problem_fake_xlsx", ext=ext)
        raise Refused("problem_not_spreadsheet")
    head = data[:200].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if head.startswith((b"<!doctype html", b"<html")):
        raise Refused("problem_not_spreadsheet_but", what=Phrase("problem_what_html"))
    if head.startswith(b"<?xml"):
        raise Refused("problem_not_spreadsheet_but", what=Phrase("problem_what_xml"))
    return open_csv(data, specs)


def _looks_like_text(data: bytes) -> bool:
    sample = data[:8192]
    if sample.startswith((b"\xff\xfe", b"\xfe\xff")):  # UTF-16 text ("Unicode-tekst")
        return True
    return len(sample.translate(None, _TEXT_BYTES)) <= len(sample) // 100


def _check_zip_once(data: bytes, max_unzipped_bytes: int) -> None:
    """`_check_zip`, skipped for a file that passed it lately (same bytes, same limit)."""
    key = (hashlib.sha256(data).digest(), max_unzipped_bytes)
    with _PASSED_LOCK:
        if key in _PASSED_ZIPS:
            return
    _check_zip(data, max_unzipped_bytes)
    with _PASSED_LOCK:
        _PASSED_ZIPS[key] = None
        while len(_PASSED_ZIPS) > _PASSED_ZIPS_KEPT:
            del _PASSED_ZIPS[next(iter(_PASSED_ZIPS))]


def _check_zip(data: bytes, max_unzipped_bytes: int) -> None:
    """Refuse a zip that is no .xlsx workbook, is damaged or unpacks too large (a zip bomb),
    from the zip directory alone: nothing is unpacked before this check."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            infos = zf.infolist()
            unzipped = sum(i.file_size for i in infos)
            if unzipped > max_unzipped_bytes or (
                    unzipped > max_unzipped_bytes // 20 and unzipped > MAX_ZIP_RATIO * len(data)):
                raise Refused("problem_zip_bomb", size=_size_nl(unzipped))
            names = {i.filename for i in infos}
            mimetype = zf.read("mimetype")[:100] if "mimetype" in names else b""
            if (far := too_large_sheet(zf)) is not None:
                raise Refused("problem_sheet_too_large", cells=f"{far[1]:,}".replace(",", "."),
                              limit=f"{MAX_CELLS:,}".replace(",", "."))
    except Refused:
        raise
    except Exception as exc:  # BadZipFile, but also OSError/EOFError/ValueError on odd input
        raise Refused("problem_zip_damaged") from exc
    if "xl/workbook.bin" in names:
        raise Refused("problem_xlsb")
    if mimetype.startswith(b"application/vnd.oasis.opendocument.spreadsheet"):
        raise Refused("problem_ods")
    if "xl/workbook.xml" not in names:
        what = next((w for prefix, w in _ZIP_NON_SHEETS
                     if any(n.startswith(prefix) for n in names)), Phrase("problem_what_zip"))
        raise Refused("problem_not_spreadsheet_but", what=what)


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
