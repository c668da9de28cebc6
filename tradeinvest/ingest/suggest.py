"""Suggest the quarter of an upload: from the file name, else from the dates inside."""

from __future__ import annotations

import re
from collections import Counter

from tradeinvest.ingest import normalise, reader, schema
from tradeinvest.periods import Quarter

_IN_NAME = re.compile(r"(20\d\d)\s*[-_ ]?\s*[QqKk]([1-4])|[QqKk]([1-4])\s*[-_ ]?\s*(20\d\d)")


def suggest_quarter(data: bytes, file_name: str, kind: str) -> str | None:
    """The quarter named in the file name, else the most common quarter of its dates."""
    m = _IN_NAME.search(file_name)
    if m:
        year, q = (m.group(1), m.group(2)) if m.group(1) else (m.group(4), m.group(3))
        return str(Quarter(int(year), int(q)))
    spec = schema.KINDS.get(kind, (None,))[0]
    if spec is None or spec.quarter_date is None:
        return None
    read = reader.read_upload(data, file_name, kind)
    sheet = read.sheets.get(spec.name)
    if sheet is None:
        return None
    counts: Counter[Quarter] = Counter()
    for raw in sheet.values(spec.quarter_date):
        if normalise.is_blank(raw):
            continue
        try:
            parsed = normalise.parse_date(raw)
        except ValueError:
            continue
        if parsed.start is not None:
            counts[Quarter.of(parsed.start)] += 1
    return str(counts.most_common(1)[0][0]) if counts else None
