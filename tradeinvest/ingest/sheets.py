"""Choose the sheet of each spec in a file and read it into `SheetData`: header row, columns,
data rows (blank rows left out), with a `Problem` for what is missing or odd.

Works on a `Source`, so an .xlsx workbook and a CSV file are read by the same rules.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import pyarrow as pa

from tradeinvest.ingest.header_row import (
    Lookup,
    column_letter,
    find_header,
    header_key,
    map_columns,
)
from tradeinvest.ingest.problems import Problem, Severity
from tradeinvest.ingest.schema import SheetSpec
from tradeinvest.ingest.source import (
    HEADER_SEARCH_ROWS,
    Body,
    Cells,
    Refused,
    Rows,
    SheetData,
    Source,
)
from tradeinvest.texts.phrases import Phrase

MAX_ROW_PROBLEMS = 10  # per kind of row-level problem; then one summary line


def read_sheets(source: Source, specs: Sequence[SheetSpec], file_name: str,
                problems: list[Problem]) -> dict[str, SheetData]:
    """The sheet of each spec found in `source`, by spec name; problems appended to `problems`.

    Raises `Refused` when every sheet is empty.
    """
    lookups = {spec.name: Lookup.of(spec) for spec in specs}
    chosen: dict[str, str] = {}
    if not source.is_csv:
        for spec in specs:
            accepted = {header_key(n) for n in (spec.name, spec.sheet_nl, *spec.sheet_names)}
            matches = [n for n in source.names if header_key(n) in accepted]
            if matches:
                chosen[spec.name] = matches[0]
            if len(matches) > 1:
                listed = ", ".join(f"'{m}'" for m in matches)
                problems.append(Problem("warning", file_name, "problem_sheets_alike", fields={
                    "sheet": spec.sheet_nl, "listed": listed, "first": matches[0]}))
    if not chosen and (len(specs) == 1 or source.is_csv):
        # A lone unnamed sheet (CSV, or a workbook whose sheet kept the name "Blad1"): take the
        # first sheet whose header row fits a spec, preferring the spec it fits best.
        _choose_by_header(source, specs, lookups, chosen)
    if not chosen and not any(_head(source, n) for n in source.names):
        raise Refused("problem_all_sheets_empty")
    for i, spec in enumerate(specs):
        if spec.name in chosen:
            continue
        if i == 0:
            problems.append(Problem.saying("error", file_name, _missing_sheet(spec, source)))
        else:  # a later sheet (Leads next to Missies) may be left out
            problems.append(Problem("warning", file_name, "problem_later_sheet_missing", fields={
                "sheet": spec.sheet_nl, "what": spec.sheet_nl.lower()}))
    sheets: dict[str, SheetData] = {}
    for spec in specs:
        if spec.name in chosen:
            sheet = _read_sheet(source, chosen[spec.name], lookups[spec.name], file_name,
                                problems)
            if sheet is not None:
                sheets[spec.name] = sheet
    return sheets


def _choose_by_header(source: Source, specs: Sequence[SheetSpec],
                      lookups: dict[str, Lookup], chosen: dict[str, str]) -> None:
    first_non_empty = None
    for name in source.names:
        head = _head(source, name)
        if not head:
            continue
        first_non_empty = first_non_empty or name
        scored = [(found[1], spec.name) for spec in specs
                  if (found := find_header(head, lookups[spec.name])) is not None]
        if scored:
            chosen[max(scored)[1]] = name
            return
    if first_non_empty is not None and len(specs) == 1:
        chosen[specs[0].name] = first_non_empty  # read it to report the missing header row


def _head(source: Source, name: str) -> Rows:
    """The first rows of a sheet, [] when it cannot be read (reported when read in full)."""
    try:
        return source.load(name, HEADER_SEARCH_ROWS)
    except Exception:  # noqa: BLE001 - XmlError and the like inside one sheet
        return []


def _missing_sheet(spec: SheetSpec, source: Source) -> Phrase:
    if source.is_csv:
        return Phrase("problem_csv_no_header_for", {"sheet": spec.sheet_nl})
    found = ", ".join(f"'{n}'" for n in source.names) or Phrase("problem_none")
    return Phrase("problem_sheet_missing", {"sheet": spec.sheet_nl, "found": found})


def _read_sheet(source: Source, name: str, lookup: Lookup, file_name: str,
                problems: list[Problem]) -> SheetData | None:
    spec = lookup.spec
    sheet_label = name or None  # Problem.sheet: None for CSV

    def problem(severity: Severity, phrase: Phrase, row: int | None = None,
                column: str | None = None, kind: str | None = None) -> None:
        problems.append(Problem.saying(severity, file_name, phrase, sheet_label, row, column,
                                       kind=kind))

    try:
        head = source.load(name, HEADER_SEARCH_ROWS)
        found = find_header(head, lookup)
        body = None if found is None else _body(source, name, found[0])
        merged = source.merged(name)
    except Exception:  # noqa: BLE001 - XmlError and the like inside one sheet
        problem("error", Phrase("problem_sheet_unreadable"))
        return None
    if found is None:
        expected = ", ".join(f"'{c.nl}'" for c in spec.columns if c.required)
        where = (Phrase("problem_in_first_rows", {"rows": HEADER_SEARCH_ROWS}) if len(head) > 1
                 else Phrase("problem_in_the_sheet"))
        problem("error", Phrase("problem_no_header", {"where": where, "expected": expected}))
        return None
    assert body is not None
    h = found[0]
    header_row = head[h]
    header_no = h + 1
    for (r0, c0), (r1, c1) in merged:
        if r0 <= h <= r1:
            problem("error", Phrase("problem_merged_header", {
                "first": _cell_ref(r0, c0), "last": _cell_ref(r1, c1)}), header_no)

    index, headers = map_columns(header_row, lookup, header_no, problem)
    if isinstance(body, Body):
        row_numbers = body.row_numbers
        n = len(row_numbers)
        columns: dict[str, Cells] = {
            col.name: body.columns.get(index[col.name], pa.nulls(n)) if col.name in index
            else pa.nulls(n) for col in spec.columns}
    else:
        kept = [(n, r) for n, r in enumerate(body, start=h + 2) if not _is_blank(r)]
        row_numbers = [n for n, _ in kept]
        data = [r for _, r in kept]
        if source.is_csv:
            data = _fit_csv_rows(data, row_numbers, len(header_row), problem)
        n = len(data)
        columns = {}
        for col in spec.columns:
            j = index.get(col.name)
            cells = [None] * n if j is None else [None if (v := r[j]) == "" else v for r in data]
            columns[col.name] = pa.array(cells, pa.string()) if source.is_csv else cells
    if not row_numbers:
        problem("warning", Phrase("problem_no_data_rows"), header_no)
    return SheetData(spec, name, headers, row_numbers, columns)


def _body(source: Source, name: str, h: int) -> Body | Rows:
    """The rows below header row `h`: straight to Arrow where possible, else as row lists."""
    return source.body(name, h + 1) or source.load(name, None)[h + 1:]


def _fit_csv_rows(data: Rows, row_numbers: list[int], width: int,
                  problem: Callable[..., None]) -> Rows:
    """Pad short CSV records; report records with values beyond the header (shifted columns)."""
    over = [(n, r) for n, r in zip(row_numbers, data, strict=True)
            if len(r) > width and any(v.strip() for v in r[width:])]
    for n, r in over[:MAX_ROW_PROBLEMS]:
        problem("error", Phrase("problem_csv_row_too_wide", {"values": len(r), "columns": width}),
                n)
    if len(over) > MAX_ROW_PROBLEMS:
        problem("error", Phrase("problem_csv_more_wide_rows",
                                {"rows": len(over) - MAX_ROW_PROBLEMS}))
    return [r if len(r) >= width else r + [""] * (width - len(r)) for r in data]


def _is_blank(row: list[object]) -> bool:
    """True when every cell is empty; returns at the first real value, so cheap per data row."""
    for v in row:
        if type(v) is str:
            if v and not v.isspace():
                return False
        elif v is not None:
            return False
    return True


def _cell_ref(row: int, col: int) -> str:
    return f"{column_letter(col)}{row + 1}"
