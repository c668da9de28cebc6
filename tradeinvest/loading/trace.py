"""Traceability of a checked file: where each stored field came from (a header of the file, one
value given for the whole file, or a rule), and per row the text as typed of a value that
cleaning changed ("ca. 30" stored as 30, "2,5" under "mln €" stored as 2500000) and the note
kept from the file's own columns. Stored with the upload (store.uploads, migration 007) and
shown beside the stored value in the source-row listings (measure.records).
"""

from __future__ import annotations

from collections.abc import Mapping

import pyarrow as pa
import pyarrow.compute as pc

from tradeinvest.ingest.mapping import Origin
from tradeinvest.ingest.reader import ReadResult

NOTE_FIELD = "note"  # upload_raw_values.field of a kept note
ORIGIN_SCHEMA = pa.schema([("sheet", pa.string()), ("field", pa.string()),
                           ("header", pa.string()), ("how", pa.string()),
                           ("value", pa.string())])
RAW_SCHEMA = pa.schema([("sheet", pa.string()), ("source_row", pa.int32()),
                        ("field", pa.string()), ("raw", pa.string())])
_NUMBERS = ("number", "int")


def origins_table(origins: Mapping[str, Mapping[str, Origin]]) -> pa.Table:
    """(sheet, field, header, how, value) per field of each sheet spec, from the reader's
    origins (header or value None where it does not apply)."""
    rows = [(spec, name, origin.header or None, origin.how, origin.value or None)
            for spec, fields in origins.items() for name, origin in sorted(fields.items())]
    return pa.Table.from_pylist([dict(zip(ORIGIN_SCHEMA.names, r, strict=True)) for r in rows],
                                schema=ORIGIN_SCHEMA)


def _typed(row_numbers: list[int], cells: object) -> tuple[pa.Table, pa.Table]:
    """A sheet column's non-blank cells as (source_row, raw): those typed as text, and those
    typed as numbers. Calamine gives a column of one type as Arrow, a mixed one as a list."""
    if isinstance(cells, pa.Array | pa.ChunkedArray):
        rows = pa.array(row_numbers, pa.int64())
        table = pa.table({"source_row": rows, "raw": cells}).filter(pc.is_valid(cells))
        if pa.types.is_string(cells.type) or pa.types.is_large_string(cells.type):
            return table, _empty(pa.float64())
        if pa.types.is_integer(cells.type) or pa.types.is_floating(cells.type):
            return _empty(pa.string()), table.set_column(1, "raw", pc.cast(table["raw"],
                                                                         pa.float64()))
        cells = table["raw"].to_pylist()
        row_numbers = table["source_row"].to_pylist()
    values = cells if isinstance(cells, list) else []
    texts = [(r, v) for r, v in zip(row_numbers, values, strict=True) if type(v) is str]
    numbers = [(r, float(v)) for r, v in zip(row_numbers, values, strict=True)
               if type(v) in (int, float)]
    return _pairs(texts, pa.string()), _pairs(numbers, pa.float64())


def _empty(kind: pa.DataType) -> pa.Table:
    return _pairs([], kind)


def _pairs(pairs: list[tuple[int, object]], kind: pa.DataType) -> pa.Table:
    return pa.table({"source_row": pa.array([p[0] for p in pairs], pa.int64()),
                     "raw": pa.array([p[1] for p in pairs], kind)})


def _changed(spec: str, name: str, frame: pa.Table, texts: pa.Table, numbers: pa.Table
             ) -> pa.Table:
    """(sheet, source_row, field, raw) of the loaded rows whose value as typed is not plainly
    what was stored: text other than the stored number written plainly ("ca. 30", "2,5"), or
    a number other than the stored one (a unit scaled it)."""
    stored = pa.table({"source_row": pc.cast(frame["source_row"], pa.int64()),
                       "stored": pc.cast(frame[name], pa.float64())}).filter(
        pc.is_valid(frame[name]))
    typed = texts.join(stored, "source_row")
    typed = typed.filter(pc.not_equal(pc.utf8_trim_whitespace(typed["raw"]),
                                      pc.cast(typed["stored"], pa.string())))
    scaled = numbers.join(stored, "source_row")
    scaled = scaled.filter(pc.not_equal(scaled["raw"], scaled["stored"]))
    rows = pa.concat_arrays([pc.cast(typed["source_row"], pa.int32()).combine_chunks(),
                             pc.cast(scaled["source_row"], pa.int32()).combine_chunks()])
    raw = pa.concat_arrays([pc.utf8_trim_whitespace(typed["raw"]).combine_chunks(),
                            pc.cast(scaled["raw"], pa.string()).combine_chunks()])
    n = len(rows)
    return pa.table([pa.repeat(pa.scalar(spec), n), rows, pa.repeat(pa.scalar(name), n), raw],
                    schema=RAW_SCHEMA)


def raw_values(read: ReadResult, frames: Mapping[str, pa.Table]) -> pa.Table:
    """(sheet, source_row, field, raw) for the loaded rows: number cells whose text or value
    was changed by cleaning, and the kept notes (field NOTE_FIELD)."""
    found: list[pa.Table] = [RAW_SCHEMA.empty_table()]
    for spec_name, frame in frames.items():
        data = read.sheets.get(spec_name)
        if data is None or "source_row" not in frame.column_names:
            continue
        for column in data.spec.columns:
            if column.type in _NUMBERS and column.name in frame.column_names:
                texts, numbers = _typed(data.row_numbers, data.columns[column.name])
                found.append(_changed(spec_name, column.name, frame, texts, numbers))
        loaded = set(frame["source_row"].to_pylist())
        notes = [(row, str(note)) for row, note in zip(data.row_numbers,
                                                      read.notes.get(spec_name) or [],
                                                      strict=False) if note and row in loaded]
        found.append(pa.table([pa.array([spec_name] * len(notes), pa.string()),
                               pa.array([r for r, _ in notes], pa.int32()),
                               pa.array([NOTE_FIELD] * len(notes), pa.string()),
                               pa.array([t for _, t in notes], pa.string())],
                              schema=RAW_SCHEMA))
    return pa.concat_tables(found).sort_by([("sheet", "ascending"),
                                            ("source_row", "ascending"),
                                            ("field", "ascending")])
