"""Read a CSV file as a one-sheet `Source`: decoding, delimiter, records.

CSV without quote characters is parsed by pyarrow.csv, all columns as text (there a record is
a line split at the delimiter, as in the `csv` module); any other CSV, and any that pyarrow
refuses, by the `csv` module, whose rows the sheet reader then turns into Arrow arrays.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Sequence

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.csv as pa_csv

from tradeinvest.ingest.header_row import Lookup, find_header
from tradeinvest.ingest.source import (
    HEADER_SEARCH_ROWS,
    Body,
    Refused,
    Rows,
    Source,
    arrow_body,
    empty_as_null,
)
from tradeinvest.ingest.spec import SheetSpec
from tradeinvest.texts.phrases import Phrase

_CSV_DELIMITERS = (";", ",", "\t")


def open_csv(data: bytes, specs: Sequence[SheetSpec]) -> Source:
    """The file as one unnamed sheet; `Refused` when it holds binary debris or cannot be parsed."""
    text = _decode(data)
    if (nul := text.find("\0")) >= 0:  # binary debris in text: the file is damaged
        line = text.count("\n", 0, nul) + 1
        raise Refused("problem_csv_nul", line=line)
    sample = text[:65536].splitlines()[:HEADER_SEARCH_ROWS]
    delimiter = _sniff_delimiter(sample, specs)
    fields = _arrow_csv(text, delimiter)
    if fields is not None:
        def body(_name: str, skip: int) -> Body:
            columns = {j: empty_as_null(cells[skip:]) for j, cells in enumerate(fields)}
            return arrow_body(columns, len(fields[0]) - skip, skip)

        def head(_name: str, nrows: int | None) -> Rows:
            return [list(row) for row in zip(*(c[:nrows].to_pylist() for c in fields),
                                             strict=True)]

        return Source([""], head, lambda _name: [], body, is_csv=True)
    try:
        rows: Rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))
    except csv.Error as exc:
        limit = f"{csv.field_size_limit():_}".replace("_", ".")
        reason = (Phrase("problem_csv_cell_too_long", {"limit": limit})
                  if "field larger than field limit" in str(exc) else str(exc))
        raise Refused("problem_csv_unreadable", reason=reason) from exc

    def load(_name: str, nrows: int | None) -> Rows:
        return rows if nrows is None else rows[:nrows]

    return Source([""], load, lambda _name: [], is_csv=True)


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
            found = find_header(rows, Lookup.of(spec))
            if found is not None and found[1] > best_score:
                best, best_score = delimiter, found[1]
    if best:
        return best
    first = next((line for line in lines if line.strip()), "")
    return max(_CSV_DELIMITERS, key=first.count)
