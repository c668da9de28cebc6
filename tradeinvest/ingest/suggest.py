"""Suggest the quarter of an upload (from the file name, else from the dates inside), and say
so once when a file is checked against a quarter most of its dates are not in."""

from __future__ import annotations

import re
from collections import Counter

from tradeinvest.ingest import dates, reader, schema
from tradeinvest.ingest.problems import Problem
from tradeinvest.periods import Quarter
from tradeinvest.text_keys import is_blank

_IN_NAME = re.compile(r"(20\d\d)\s*[-_ ]?\s*[QqKk]([1-4])|[QqKk]([1-4])\s*[-_ ]?\s*(20\d\d)")


def _date_quarters(read: reader.ReadResult, kind: str) -> tuple[Counter[Quarter], str, str]:
    """How many rows' quarter dates fall in each quarter; with the sheet and header read."""
    counts: Counter[Quarter] = Counter()
    spec = schema.KINDS.get(kind, (None,))[0]
    if spec is None or spec.quarter_date is None or spec.name not in read.sheets:
        return counts, "", ""
    sheet = read.sheets[spec.name]
    for raw in sheet.values(spec.quarter_date):
        if is_blank(raw):
            continue
        try:
            parsed = dates.parse_date(raw)
        except ValueError:
            continue
        if parsed.start is not None:
            counts[Quarter.of(parsed.start)] += 1
    header = sheet.headers.get(spec.quarter_date, spec.column(spec.quarter_date).nl)
    return counts, sheet.sheet, header


def suggest_quarter(data: bytes, file_name: str, kind: str) -> str | None:
    """The quarter named in the file name, else the most common quarter of its dates."""
    m = _IN_NAME.search(file_name)
    if m:
        year, q = (m.group(1), m.group(2)) if m.group(1) else (m.group(4), m.group(3))
        return str(Quarter(int(year), int(q)))
    spec = schema.KINDS.get(kind, (None,))[0]
    if spec is None or spec.quarter_date is None:
        return None
    counts = _date_quarters(reader.read_upload(data, file_name, kind), kind)[0]
    return str(counts.most_common(1)[0][0]) if counts else None


def period_hint(read: reader.ReadResult, file_name: str, kind: str, quarter: Quarter
                ) -> Problem | None:
    """One error naming the quarter most of the dates are in, when that is not `quarter`:
    a file checked against the wrong quarter then reads as one mistake with its remedy, not
    as thousands of row errors."""
    counts, sheet, header = _date_quarters(read, kind)
    if not counts:
        return None
    best, n = counts.most_common(1)[0]
    total = sum(counts.values())
    if best == quarter or 2 * n <= total:
        return None
    return Problem("error", file_name, "problem_period_hint", sheet or None, None, header,
                   fields={"n": n, "total": total, "best": str(best), "quarter": str(quarter)})
