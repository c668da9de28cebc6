"""Traceability of a checked file: where each stored field came from (a header of the file, one
value given for the whole file, or a rule), and per row the text as typed of a value that
cleaning changed ("ca. 30" stored as 30, "2,5" under "mln €" stored as 2500000) and the note
kept from the file's own columns. Stored with the upload (store.uploads, migration 007) and
shown beside the stored value in the source-row listings (measure.records).
"""

from __future__ import annotations

import math
from collections.abc import Mapping

import pyarrow as pa

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


def _plain(value: object) -> str:
    """A stored number as a person would type it plainly (40, not 40.0)."""
    if isinstance(value, float) and math.isfinite(value) and value.is_integer():
        return str(int(value))
    return str(value)


def _changed(raw: object, stored: object) -> bool:
    """True when what was typed is not plainly what was stored."""
    if stored is None or isinstance(raw, bool):
        return False
    if isinstance(raw, str):
        return raw.strip() != _plain(stored)
    if isinstance(raw, int | float):
        return float(raw) != float(stored)  # type: ignore[arg-type]
    return False


def raw_values(read: ReadResult, frames: Mapping[str, pa.Table]) -> pa.Table:
    """(sheet, source_row, field, raw) for the loaded rows: number cells whose text or value
    was changed by cleaning, and the kept notes (field NOTE_FIELD)."""
    rows: list[tuple[str, int, str, str]] = []
    for spec_name, frame in frames.items():
        data = read.sheets.get(spec_name)
        if data is None or "source_row" not in frame.column_names:
            continue
        loaded = {row: i for i, row in enumerate(frame["source_row"].to_pylist())}
        for column in data.spec.columns:
            if column.type not in _NUMBERS or column.name not in frame.column_names:
                continue
            stored = frame[column.name].to_pylist()
            for row, raw in zip(data.row_numbers, data.values(column.name), strict=True):
                i = loaded.get(row)
                if i is not None and raw is not None and _changed(raw, stored[i]):
                    rows.append((spec_name, row, column.name, str(raw).strip()))
        notes = read.notes.get(spec_name) or []
        rows.extend((spec_name, row, NOTE_FIELD, str(note))
                    for row, note in zip(data.row_numbers, notes, strict=False)
                    if note and row in loaded)
    return pa.Table.from_pylist([dict(zip(RAW_SCHEMA.names, r, strict=True)) for r in rows],
                                schema=RAW_SCHEMA)
