"""Choose the sheet of each spec in a file and read it into `SheetData`: header row, columns,
data rows (blank rows left out), with a `Problem` for what is missing or odd.

Works on a `Source`, so an .xlsx workbook and a CSV file are read by the same rules.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

import pyarrow as pa

from tradeinvest.ingest.header_row import (
    Lookup,
    cell_header,
    column_letter,
    find_header,
    header_key,
    map_columns,
)
from tradeinvest.ingest.mapping import Mapping, Origin, fill, mapping_problems, note_texts, origins
from tradeinvest.ingest.problems import Problem, Severity
from tradeinvest.ingest.schema import SheetSpec
from tradeinvest.ingest.sheet_choice import choose_sheets, head_rows
from tradeinvest.ingest.source import (
    HEADER_SEARCH_ROWS,
    Body,
    Cells,
    Refused,
    Rows,
    SheetData,
    Source,
    python_values,
)
from tradeinvest.periods import Period
from tradeinvest.texts.phrases import Phrase

MAX_ROW_PROBLEMS = 10  # per kind of row-level problem; then one summary line


@dataclass
class SheetsRead:
    """The sheet of each spec read, with where each field came from and the kept notes."""

    sheets: dict[str, SheetData] = field(default_factory=dict)  # by spec.name
    origins: dict[str, dict[str, Origin]] = field(default_factory=dict)  # spec -> field
    notes: dict[str, list[str | None]] = field(default_factory=dict)  # spec -> one per row


def read_sheets(source: Source, specs: Sequence[SheetSpec], file_name: str,
                problems: list[Problem], *, mapping: Mapping | None = None,
                period: Period | None = None) -> SheetsRead:
    """The sheet of each spec found in `source`, read by `mapping` where it says how;
    problems appended to `problems`.

    Raises `Refused` when every sheet is empty.
    """
    given = {spec.name: mapping.of(spec.name) if mapping is not None else None
             for spec in specs}
    lookups = {spec.name: Lookup.of(spec, given[spec.name]) for spec in specs}
    choice = choose_sheets(source, specs, lookups, file_name, problems, mapping, period)
    chosen = choice.sheets
    if not chosen and not any(head_rows(source, n) for n in source.names):
        raise Refused("problem_all_sheets_empty")
    for i, spec in enumerate(specs):
        if spec.name in chosen or spec.name in choice.explained:
            continue
        if i == 0:
            problems.append(Problem.saying("error", file_name, _missing_sheet(spec, source)))
        else:  # a later sheet (Leads next to Missies) may be left out
            problems.append(Problem("warning", file_name, "problem_later_sheet_missing", fields={
                "sheet": spec.sheet_nl, "what": spec.sheet_nl.lower()}))
    read = SheetsRead()
    for spec in specs:
        if spec.name not in chosen:
            continue
        sheet_mapping = given[spec.name]
        wrong = [] if sheet_mapping is None else mapping_problems(spec, sheet_mapping)
        for phrase in wrong:
            problems.append(Problem.saying("error", file_name, phrase, chosen[spec.name] or None))
        found = None if wrong else _read_sheet(source, chosen[spec.name], lookups[spec.name],
                                               file_name, problems)
        if found is not None:
            sheet, notes = found
            if sheet_mapping is not None:
                fill(sheet, sheet_mapping)
            read.sheets[spec.name] = sheet
            read.origins[spec.name] = origins(sheet, sheet_mapping)
            if sheet_mapping is not None and sheet_mapping.notes:
                read.notes[spec.name] = notes
    return read


def _missing_sheet(spec: SheetSpec, source: Source) -> Phrase:
    if source.is_csv:
        return Phrase("problem_csv_no_header_for", {"sheet": spec.sheet_nl})
    found = ", ".join(f"'{n}'" for n in source.names) or Phrase("problem_none")
    return Phrase("problem_sheet_missing", {"sheet": spec.sheet_nl, "found": found})


def _read_sheet(source: Source, name: str, lookup: Lookup, file_name: str,
                problems: list[Problem]) -> tuple[SheetData, list[str | None]] | None:
    """The sheet's cells per spec column, and per data row the text of its note headers."""
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
        cells = _arrow_cells(body)
    else:
        kept = [(n, r) for n, r in enumerate(body, start=h + 2) if not _is_blank(r)]
        row_numbers = [n for n, _ in kept]
        data = [r for _, r in kept]
        if source.is_csv:
            data = _fit_csv_rows(data, row_numbers, len(header_row), problem)
        cells = _row_cells(data, source.is_csv)
    if not row_numbers:
        problem("warning", Phrase("problem_no_data_rows"), header_no)
    columns = {col.name: cells(index.get(col.name)) for col in spec.columns}
    kept_notes = {cell_header(c): python_values(cells(j)) for j, c in enumerate(header_row)
                  if lookup.notes and header_key(cell_header(c)) in lookup.notes}
    return (SheetData(spec, name, headers, row_numbers, columns),
            note_texts(kept_notes, len(row_numbers)))


def _arrow_cells(body: Body) -> Callable[[int | None], Cells]:
    """A cell index's cells of an Arrow body (all null for None or an empty column)."""
    n = len(body.row_numbers)
    return lambda j: pa.nulls(n) if j is None else body.columns.get(j, pa.nulls(n))


def _row_cells(data: Rows, is_csv: bool) -> Callable[[int | None], Cells]:
    """A cell index's cells of row lists: text as Arrow for CSV, calamine's values else."""
    def cells(j: int | None) -> Cells:
        values = [None] * len(data) if j is None else [
            None if (v := r[j]) == "" else v for r in data]
        return pa.array(values, pa.string()) if is_csv else values
    return cells


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
