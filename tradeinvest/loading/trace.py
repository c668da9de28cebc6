"""Traceability of a checked file: where each stored field came from (a header of the file, one
value given for the whole file, or a rule), and per row the text as typed of a value that
cleaning changed ("ca. 30" stored as 30, "2,5" under "mln €" stored as 2500000) and the note
kept from the file's own columns. Stored with the upload (store.uploads, migration 007) and
shown beside the stored value in the source-row listings (measure.records).
"""

from __future__ import annotations

from collections.abc import Mapping

import pyarrow as pa

from tradeinvest.ingest.mapping import Origin
from tradeinvest.ingest.reader import ReadResult
from tradeinvest.ingest.validate import Validated

NOTE_FIELD = "note"  # upload_raw_values.field of a kept note
ORIGIN_SCHEMA = pa.schema([("sheet", pa.string()), ("field", pa.string()),
                           ("header", pa.string()), ("how", pa.string()),
                           ("value", pa.string())])
RAW_SCHEMA = pa.schema([("sheet", pa.string()), ("source_row", pa.int32()),
                        ("field", pa.string()), ("raw", pa.string())])


def origins_table(origins: Mapping[str, Mapping[str, Origin]]) -> pa.Table:
    """(sheet, field, header, how, value) per field of each sheet spec, from the reader's
    origins (header or value None where it does not apply)."""
    rows = [(spec, name, origin.header or None, origin.how, origin.value or None)
            for spec, fields in origins.items() for name, origin in sorted(fields.items())]
    return pa.Table.from_pylist([dict(zip(ORIGIN_SCHEMA.names, r, strict=True)) for r in rows],
                                schema=ORIGIN_SCHEMA)


def raw_values(read: ReadResult, checked: Validated) -> pa.Table:
    """(sheet, source_row, field, raw) for the loaded rows: the values cleaning changed, as the
    validator recorded them ("ca. 30", an amount under "mln €"), and the kept notes (field
    NOTE_FIELD)."""
    rows: list[tuple[str, int, str, str]] = [
        (spec_name, row, name, raw)
        for spec_name, changed in checked.raw_values.items() for row, name, raw in changed]
    for spec_name, frame in checked.frames.items():
        data = read.sheets.get(spec_name)
        if data is None or "source_row" not in frame.column_names:
            continue
        loaded = set(frame["source_row"].to_pylist())
        rows += [(spec_name, row, NOTE_FIELD, str(note))
                 for row, note in zip(data.row_numbers, read.notes.get(spec_name) or [],
                                      strict=False) if note and row in loaded]
    table = pa.Table.from_pylist([dict(zip(RAW_SCHEMA.names, r, strict=True)) for r in rows],
                                 schema=RAW_SCHEMA)
    return table.sort_by([("sheet", "ascending"), ("source_row", "ascending"),
                          ("field", "ascending")])
