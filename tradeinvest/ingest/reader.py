"""Turn an uploaded file (bytes + name) into raw cells per sheet spec, or problems.

The reader only deals with the *file*: what format it really is, whether it is safe to open,
which sheet and which row hold the data, which column is which. It never parses values
(dates, countries, numbers in text): the validator does that on the columns returned here.
It never raises on bad input: every failure is a `Problem` (a catalogue text), located the way the
coordinator sees the file (file, sheet, Excel row number, header text).

`opening` decides the format from the content and refuses what is no spreadsheet or not safe
to open (`xlsx_reader` and `csv_reader` open the file as a `source.Source`); `sheets` picks and
reads its sheets (with `header_row` finding the header row), by a `mapping.Mapping` when the
coordinator gave one.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from tradeinvest.ingest.mapping import Mapping, Origin
from tradeinvest.ingest.opening import MAX_UNZIPPED_BYTES, MAX_UPLOAD_BYTES, open_source
from tradeinvest.ingest.problems import Problem, capped
from tradeinvest.ingest.schema import KINDS
from tradeinvest.ingest.sheets import read_sheets
from tradeinvest.ingest.source import Refused, SheetData
from tradeinvest.periods import Period

__all__ = ["MAX_UNZIPPED_BYTES", "MAX_UPLOAD_BYTES", "ReadResult", "SheetData", "read_upload"]


@dataclass
class ReadResult:
    """What `read_upload` found: the sheets it read and every problem; per sheet where each
    field came from (`origins`: spec -> field -> Origin) and the note kept per data row
    (`notes`: spec -> one text or None per row, only for a mapping with note headers)."""

    sheets: dict[str, SheetData] = field(default_factory=dict)  # by spec.name
    problems: list[Problem] = field(default_factory=list)
    origins: dict[str, dict[str, Origin]] = field(default_factory=dict)
    notes: dict[str, list[str | None]] = field(default_factory=dict)


def read_upload(data: bytes, file_name: str, kind: str, max_bytes: int = MAX_UPLOAD_BYTES,
                *, max_unzipped_bytes: int = MAX_UNZIPPED_BYTES, mapping: Mapping | None = None,
                period: Period | None = None) -> ReadResult:
    """Read every sheet of `kind` from an uploaded file; problems instead of exceptions.

    `max_bytes` bounds the upload itself; `max_unzipped_bytes` is the zip-bomb limit (see
    MAX_UNZIPPED_BYTES), a parameter so tests can lower it without big files. `mapping`: the
    file's own layout as the coordinator confirmed it; `period`: the upload's period, so a
    sheet named after another period is never read silently.
    """
    specs = KINDS[kind]  # a wrong kind is a programming error, not bad input: let it raise
    result = ReadResult()
    try:
        source = open_source(data, file_name, specs, max_bytes, max_unzipped_bytes)
        read = read_sheets(source, specs, file_name, result.problems, mapping=mapping,
                           period=period)
        result.sheets, result.origins, result.notes = read.sheets, read.origins, read.notes
    except Refused as exc:
        result.sheets.clear()
        result.problems.append(Problem.saying("error", file_name, exc.phrase))
    except Exception as exc:  # noqa: BLE001 - last resort: a bad file must never crash the upload
        result.sheets.clear()
        result.problems.append(Problem("error", file_name, "problem_file_unreadable",
                                       fields={"error": type(exc).__name__}))
    result.problems = capped(result.problems)
    return result
