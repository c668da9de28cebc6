"""Suggest the period of an upload (from the file name, else from the dates inside), and say
so once when a file is checked against a quarter most of its dates are not in."""

from __future__ import annotations

from collections import Counter

from tradeinvest.ingest import dates, reader, schema
from tradeinvest.ingest.problems import Problem
from tradeinvest.periods import Quarter, find_period
from tradeinvest.text_keys import is_blank


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


def suggest_period(data: bytes, file_name: str, kind: str) -> str | None:
    """The period named in the file name (a year for the yearly kinds), else the most common
    quarter of its dates."""
    named = find_period(file_name)
    if kind in schema.YEARLY_KINDS:
        return None if named is None else str(named.year)
    if named is not None and not named.is_year:
        return str(named)
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
