"""Turn raw cells into canonical, typed rows and find every problem before anything is written.

Column-wise on Arrow: each column is parsed once per distinct value (files repeat countries,
sectors and dates a lot) and mapped back with `take`; plain text and numbers are proven plain
by Arrow and skip the Python parsers. Problems are still found per cell, in row order.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from tradeinvest.ingest import (
    cell_values,
    dates,
    follow_up_rules,
    limits,
    numeric,
    row_rules,
    themes,
    totals,
    units,
)
from tradeinvest.ingest.distinct import Distinct
from tradeinvest.ingest.problems import Problem, capped
from tradeinvest.ingest.reader import ReadResult
from tradeinvest.ingest.schema import Column
from tradeinvest.ingest.source import SheetData, python_values
from tradeinvest.periods import Quarter
from tradeinvest.text_keys import is_blank
from tradeinvest.texts.phrases import Phrase


@dataclass(frozen=True)
class Context:
    """What the validator needs to know about the database (read before validating)."""

    known_missions: frozenset[str] = frozenset()
    focus_countries: frozenset[str] = frozenset()  # ISO2 codes, reporting groups included
    limits: Mapping[str, float] = field(default_factory=dict)  # limits.overrides(settings)
    known_projects: frozenset[str] = frozenset()  # folded references (follow-ups refer to them)


@dataclass
class Validated:
    """The rows without errors of each sheet, as Arrow tables, and every problem found."""

    frames: dict[str, pa.Table] = field(default_factory=dict)  # by spec.name
    problems: list[Problem] = field(default_factory=list)
    # by spec.name: (source row, field, the text as typed) of each value the cleaning changed
    # ("ca. 30" stored as 30, an amount in "mln €" stored in euro), kept beside what is stored
    raw_values: dict[str, list[RawValue]] = field(default_factory=dict)

    @property
    def rows(self) -> int:
        return sum(len(f) for f in self.frames.values())


RawValue = tuple[int, str, str]
_OK, _EMPTY, _WRONG = 0, 1, 2  # state of a distinct value after parsing


class _SheetCheck:
    """Validation of one sheet: converts each column, then checks rows across columns.

    Work is per distinct value (files repeat countries, sectors and dates), and per row only
    where Arrow does it or a problem is reported, so a 100k-row sheet needs no Python loop over
    its cells. Values a vectorised test cannot prove plain go through `cell_values.parser`.
    """

    def __init__(self, data: SheetData, file_name: str, quarter: Quarter, context: Context):
        self.data, self.spec, self.file = data, data.spec, file_name
        self.quarter, self.context = quarter, context
        self.problems: list[Problem] = []
        self.bad_rows: set[int] = set()
        self.n = len(data.row_numbers)
        self.converted: dict[str, pa.Array] = {}  # by column, every row: see `run`
        # per date column, every row: the written period's first and last day (not clipped to
        # the quarter), so rules across dates compare what the coordinator wrote
        self.spans: dict[str, tuple[pa.Array, pa.Array]] = {}
        self.changed: list[tuple[int, str, str]] = []  # (row index, column, raw): see Validated

    def problem(self, severity: str, phrase: Phrase, index: int | None = None,
                column: str | None = None, value: object = None) -> None:
        header = self.data.headers.get(column, self.spec.column(column).nl) if column else None
        self.problems.append(Problem.saying(
            severity,  # type: ignore[arg-type]
            self.file, phrase, self.data.sheet,
            None if index is None else self.data.row_numbers[index], header,
            None if value is None else cell_values.shown(value)))
        if severity == "error" and index is not None:
            self.bad_rows.add(index)

    def raw(self, column: str, index: int) -> object:
        """One cell as calamine gives it (for the value shown with a problem)."""
        cells = self.data.columns[column]
        if isinstance(cells, list):
            return cells[index]
        return python_values(cells.slice(index, 1))[0]

    def convert(self, column: Column) -> tuple[pa.Array, Distinct, dict[int, object]]:
        """Parse each distinct cell value once; report empty required cells and bad values.

        Returns the converted column (Arrow; the default for an empty cell, null for a bad
        one; null for dates, see `_dates`), the distinct values and the results of the ones
        parsed in Python (a value or the ValueError).
        """
        kind = cell_values.ARROW_TYPES.get(column.type, pa.null())
        if column.name not in self.data.headers and not column.required:
            # the file has no such column
            return pa.array([column.default] * self.n, kind), Distinct.of(pa.nulls(self.n)), {}
        cells = Distinct.of(self.data.columns[column.name])
        largest = limits.maximum(column, self.context.limits)
        factor = self._unit(column)
        plain = (None if column.type == "date"
                 else cell_values.plain_values(column, cells.arrow, largest, factor))
        todo = range(len(cells)) if plain is None else np.flatnonzero(~plain[0]).tolist()
        parse = cell_values.parser(column, largest, factor)
        state = np.full(len(cells), _OK, dtype=np.int8)
        results: dict[int, object] = {}
        for k, raw in zip(todo, cells.values_at(todo), strict=True):
            if is_blank(raw):
                state[k] = _EMPTY
                continue
            try:
                results[k] = parse(raw)
            except ValueError as exc:
                results[k] = exc
                state[k] = _WRONG
        empty = cells.rows(state == _EMPTY, True)
        wrong = cells.rows(state == _WRONG, False)
        for i in np.flatnonzero(wrong | (empty if column.required else False)):
            if empty[i]:
                self.problem("error", Phrase("problem_required_empty"), int(i), column.name)
            else:
                k = int(cells.codes[i])
                refusal = results[k]
                assert isinstance(refusal, ValueError)
                self.problem("error", Phrase.of(refusal), int(i), column.name, cells.value(k))
        if column.type in ("number", "int"):
            self._reading_notes(column, cells, results, factor != 1)
        if column.type == "date":
            return pa.nulls(self.n), cells, results
        done = [results.get(k) if s == _OK else column.default if s == _EMPTY else None
                for k, s in zip(todo, state[todo].tolist(), strict=True)]
        if plain is None:
            per_value = pa.array(done, kind)
        elif done:
            mask = np.zeros(len(cells), dtype=bool)
            mask[todo] = True
            per_value = pc.replace_with_mask(plain[1], pa.array(mask), pa.array(done, kind))
        else:
            per_value = plain[1]
        return cells.spread(per_value, column.default), cells, results

    def _unit(self, column: Column) -> float:
        """The factor of a unit in an amount column's header, said once per column."""
        header = self.data.headers.get(column.name)
        factor = units.header_unit(header) if header and column.limit == "amount" else 1
        if factor != 1:
            self.problem("warning", Phrase("problem_unit_scaled", {
                "header": header, "factor": totals.dutch(factor)}), None, column.name)
        return factor

    def _reading_notes(self, column: Column, cells: Distinct, results: dict[int, object],
                       scaled: bool) -> None:
        """A warning on each row whose text number was an estimate ("ca. 30") or had
        thousands separators (how it was read); the raw text of each value changed (an
        estimate, every amount of a scaled column) is kept (`changed`)."""
        notes: dict[int, Phrase] = {}
        for k, v in results.items():
            if not isinstance(v, int | float):
                continue
            raw = cells.value(k)
            if numeric.was_estimate(raw):
                notes[k] = Phrase("problem_number_estimate", {"number": limits.dutch(v)})
            elif note := limits.separator_note(raw, v):
                notes[k] = note
        flagged = np.zeros(len(cells), dtype=bool)
        flagged[list(notes)] = True
        for i in np.flatnonzero(cells.rows(flagged, False)):
            k = int(cells.codes[i])
            self.problem("warning", notes[k], int(i), column.name, cells.value(k))
        estimates = [k for k, note in notes.items() if note.key == "problem_number_estimate"]
        changed = np.ones(len(cells), dtype=bool) if scaled else np.zeros(len(cells), dtype=bool)
        changed[estimates] = True
        rows = np.flatnonzero(cells.rows(changed, False))
        if len(rows):
            ks = np.unique(cells.codes[rows]).tolist()
            shown = dict(zip(ks, map(cell_values.shown, cells.values_at(ks)), strict=True))
            self.changed += [(i, column.name, shown[k])
                             for i, k in zip(rows.tolist(), cells.codes[rows].tolist(),
                                             strict=True)]

    def run(self) -> pa.Table:
        """The rows without errors; `self.converted` keeps every row (null: a bad value)."""
        converted = {c.name: self.convert(c) for c in self.spec.columns}
        frame = self.converted = {"source_row": pa.array(self.data.row_numbers, pa.int64())}
        for column in self.spec.columns:
            out, cells, results = converted[column.name]
            if column.type == "date":
                self._dates(column, cells, results, frame)
            elif column.type == "bool":
                frame[column.name] = out.fill_null(False)
            else:
                frame[column.name] = out
        self._rules(frame)
        keep = np.ones(self.n, dtype=bool)
        keep[list(self.bad_rows)] = False
        return pa.table(frame).filter(pa.array(keep))

    def raw_values(self) -> list[RawValue]:
        """The changed values of the rows without errors, by row (`Validated.raw_values`)."""
        rows = self.data.row_numbers
        return sorted((rows[i], name, raw) for i, name, raw in self.changed
                      if i not in self.bad_rows)

    def _dates(self, column: Column, cells: Distinct, results: dict[int, object],
               frame: dict[str, pa.Array]) -> None:
        """Store each date as its first day (in the quarter for the quarter's date) with its
        precision; tbd in a required date is an error, a date outside the quarter too."""
        in_quarter = column.name == self.spec.quarter_date
        q_start, q_end = self.quarter.start, self.quarter.end
        starts: list[dt.date | None] = []
        firsts: list[dt.date | None] = []
        lasts: list[dt.date | None] = []
        precisions: list[str | None] = []
        checks: list[tuple[str, Phrase] | None] = []
        for k in range(len(cells)):
            value = results.get(k)
            check = None
            if not isinstance(value, dates.ParsedDate):  # empty or wrong: no date
                starts.append(None)
                firsts.append(None)
                lasts.append(None)
                precisions.append(None)
                checks.append(None)
                continue
            start = value.start
            if value.precision == "unknown":
                if column.required:
                    check = ("error", Phrase("problem_date_tbd"))
            elif in_quarter and value.start and value.end:
                if value.end < q_start or value.start > q_end:
                    check = ("error", Phrase("problem_date_outside_quarter", {
                        "quarter": str(self.quarter), "start": f"{q_start:%d-%m-%Y}",
                        "end": f"{q_end:%d-%m-%Y}"}))
                elif value.start < q_start or value.end > q_end:
                    check = ("warning", Phrase("problem_date_partly_outside", {
                        "precision": value.precision, "quarter": str(self.quarter),
                        "stored": f"{max(value.start, q_start):%d-%m-%Y}"}))
                start = max(value.start, q_start)  # a fuzzy period: its part in the quarter
            starts.append(start)
            firsts.append(value.start)
            lasts.append(value.end)
            precisions.append(value.precision)
            checks.append(check)
        flagged = cells.rows(np.array([c is not None for c in checks], dtype=bool), False)
        for i in np.flatnonzero(flagged):
            k = int(cells.codes[i])
            severity, phrase = checks[k]  # type: ignore[misc]
            self.problem(severity, phrase, int(i), column.name, cells.value(k))
        frame[column.name] = cells.spread(pa.array(starts, pa.date32()), None)
        self.spans[column.name] = (cells.spread(pa.array(firsts, pa.date32()), None),
                                   cells.spread(pa.array(lasts, pa.date32()), None))
        frame[f"{column.name}_precision"] = cells.spread(pa.array(precisions, pa.string()), None)

    def _rules(self, frame: dict[str, pa.Array]) -> None:
        """Rules across columns and rows (`row_rules`), in the order their problems are listed."""
        themes.spread(frame)  # before derive_theme: a list's first theme is no blank
        row_rules.derive_theme(frame)
        row_rules.duplicates(self.spec, frame, self.data.row_numbers, self.problem)
        if self.spec.name == "projects":
            row_rules.project_kind(frame, self.raw, self.problem)
        if "end_date" in self.spans:
            row_rules.end_before_start(self.spans, self.raw, self.problem)
        if self.spec.name == "leads":
            row_rules.unknown_missions(frame, self.context.known_missions, self.problem)
        if self.spec.name == "follow_ups":
            follow_up_rules.check_rows(frame, self.context.known_projects, self.problem)
        row_rules.off_focus(frame, self.context.focus_countries, self.quarter.year, self.problem)


def validate(read: ReadResult, file_name: str, quarter: Quarter, context: Context) -> Validated:
    """Validate every sheet the reader found; rows with errors are left out of the frames.

    A totals row is left out before validation (`totals`). Leads may refer to any mission on
    the Missies sheet, also one whose row has an error elsewhere (that error is reported
    there, once); the references are the Missies sheet's converted ones, so a reference that
    is itself bad (too long) is reported, not raised.
    """
    result = Validated(problems=list(read.problems))
    ctx = context
    for name in sorted(read.sheets, key=lambda n: n == "leads"):  # Missies before Leads
        filled = {f for f, origin in read.origins.get(name, {}).items() if origin.how != "header"}
        data, totals_rows = totals.split(read.sheets[name], filled)
        result.problems += totals.skipped(totals_rows, data, file_name)
        check = _SheetCheck(data, file_name, quarter, ctx)
        result.frames[name] = check.run()
        result.problems.extend(check.problems)
        result.raw_values[name] = check.raw_values()
        if not check.bad_rows:  # with rows left out the sums say nothing
            result.problems += totals.compare(totals_rows, result.frames[name], data, file_name)
        if name == "missions":
            refs = check.converted["reference"].unique().drop_null().to_pylist()
            ctx = dataclasses.replace(
                context, known_missions=context.known_missions | {r.casefold() for r in refs})
    result.problems = capped(result.problems)
    return result
