"""Turn raw cells into canonical, typed rows and find every problem before anything is written.

Column-wise on Arrow: each column is parsed once per distinct value (files repeat countries,
sectors and dates a lot) and mapped back with `take`; plain text and numbers are proven plain
by Arrow and skip the Python parsers. Problems are still found per cell, in row order.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from tradeinvest import countries, text_keys, vocab
from tradeinvest.ingest import limits, normalise
from tradeinvest.ingest.problems import Problem, capped
from tradeinvest.ingest.reader import Cells, ReadResult, SheetData, python_values
from tradeinvest.ingest.schema import Column
from tradeinvest.periods import Quarter

_MAX_TEXT = 500


@dataclass(frozen=True)
class Context:
    """What the validator needs to know about the database (read before validating)."""

    known_missions: frozenset[str] = frozenset()
    focus_countries: frozenset[str] = frozenset()  # ISO2 codes, reporting groups included
    limits: Mapping[str, float] = field(default_factory=dict)  # limits.overrides(settings)


@dataclass
class Validated:
    frames: dict[str, pa.Table] = field(default_factory=dict)  # by spec.name
    problems: list[Problem] = field(default_factory=list)

    @property
    def rows(self) -> int:
        return sum(len(f) for f in self.frames.values())


def _text(value: object) -> str:
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, dt.datetime | dt.date):
        value = value.strftime("%d-%m-%Y")
    text = " ".join(str(value).split())
    if len(text) > _MAX_TEXT:
        raise ValueError(f"tekst is langer dan {_MAX_TEXT} tekens")
    return text


def _bounded(parse: Callable[[object], float], largest: float, too_large: str
             ) -> Callable[[object], float]:
    """Counts and amounts: 0 up to `largest` (limits.maximum: text of 400 nines parses to
    infinity, 1e308 jobs would make every total infinite); -0 is stored as 0."""
    def checked(value: object) -> float:
        number = parse(value)
        if number < 0:
            raise ValueError("een negatief getal kan hier niet; vul 0 of meer in")
        if not number <= largest:
            raise ValueError(too_large)
        return number + 0  # -0.0 + 0 is 0.0
    return checked


_PARSERS: dict[str, Callable[[object], object]] = {
    "text": _text,
    "date": normalise.parse_date,
    "country": countries.parse_country,
    "sector": lambda v: normalise.match_term(vocab.SECTORS, v),
    "theme": lambda v: normalise.match_term(vocab.THEMES, v),
    "bool": normalise.parse_bool,
}


def _parser(column: Column, largest: float) -> Callable[[object], object]:
    if column.type == "choice":
        assert column.choices is not None
        choices = column.choices
        return lambda v: normalise.match_term(choices, v)
    if column.type in ("number", "int"):
        parse = normalise.parse_int if column.type == "int" else normalise.parse_number
        return _bounded(parse, largest, limits.too_large(column, largest))
    return _PARSERS[column.type]


def _shown(value: object) -> str:
    """The value as the coordinator typed it in Dutch Excel: -5.0 as '-5', -2.5 as '-2,5'."""
    if isinstance(value, dt.datetime | dt.date):
        return value.strftime("%d-%m-%Y")
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else str(value).replace(".", ",")
    return str(value)


# Text that `_text` returns unchanged: printable ASCII words with single spaces between them.
_PLAIN_TEXT = r"^[!-~]+( [!-~]+)*$"
# Numbers in text that `normalise.parse_number` reads as Arrow's cast does: digits, or digits
# with one decimal comma (at most 15 digits each side, exact in a double).
_PLAIN_NUMBER = r"^[0-9]{1,15}(,[0-9]{1,15})?$"
_ARROW_TYPES: dict[str, pa.DataType] = {
    "text": pa.string(), "number": pa.float64(), "int": pa.int64(), "country": pa.string(),
    "sector": pa.string(), "theme": pa.string(), "choice": pa.string(), "bool": pa.bool_(),
}
_OK, _EMPTY, _WRONG = 0, 1, 2  # state of a distinct value after parsing


@dataclass
class _Distinct:
    """A column as its distinct values and, per row, the index of its value (-1: empty)."""

    codes: np.ndarray
    listed: list[object] | None = None  # the distinct values, when the cells were Python values
    arrow: pa.Array | None = None  # the distinct values, when the cells were Arrow

    @classmethod
    def of(cls, cells: Cells) -> _Distinct:
        if isinstance(cells, list):
            # The key is the value itself for text and (type, value) otherwise, as 1, 1.0 and
            # True are equal keys but parse differently.
            index: dict[object, int] = {}
            values: list[object] = []
            codes = np.empty(len(cells), dtype=np.int64)
            for i, raw in enumerate(cells):
                if raw is None:
                    codes[i] = -1
                    continue
                key = raw if type(raw) is str else (type(raw), raw)
                k = index.get(key)
                if k is None:
                    k = index[key] = len(values)
                    values.append(raw)
                codes[i] = k
            return cls(codes, listed=values)
        if pa.types.is_null(cells.type):
            return cls(np.full(len(cells), -1, dtype=np.int64), listed=[])
        encoded = cells.dictionary_encode()
        codes = encoded.indices.fill_null(-1).to_numpy(zero_copy_only=False).astype(np.int64)
        return cls(codes, arrow=encoded.dictionary)

    def __len__(self) -> int:
        return len(self.listed) if self.listed is not None else len(self.arrow)  # type: ignore[arg-type]

    def value(self, k: int) -> object:
        """Distinct value `k` as calamine gives it."""
        return self.values_at([k])[0]

    def values_at(self, ks: Sequence[int]) -> list[object]:
        """Distinct values `ks` as calamine gives them (only these become Python objects)."""
        if self.listed is not None:
            return [self.listed[k] for k in ks]
        assert self.arrow is not None
        return python_values(self.arrow.take(pa.array(ks, pa.int64())))

    def rows(self, per_value: np.ndarray, empty: bool) -> np.ndarray:
        """Per row: `per_value` of its value, `empty` for an empty cell."""
        return np.append(per_value, empty)[self.codes]

    def spread(self, per_value: pa.Array, empty: object) -> pa.Array:
        """Per row: `per_value` of its value, `empty` for an empty cell."""
        ends = pa.concat_arrays([per_value, pa.array([empty], per_value.type)])
        return ends.take(pa.array(np.where(self.codes < 0, len(per_value), self.codes)))


def _by_value(cells: pa.Array, mapping: Callable[[object], object],
              kind: pa.DataType) -> pa.Array:
    """`mapping` applied to each distinct value of `cells` (null stays null), mapped back."""
    encoded = cells.dictionary_encode()
    mapped = pa.array([mapping(v) for v in encoded.dictionary.to_pylist()], kind)
    return mapped.take(encoded.indices)


class _SheetCheck:
    """Validation of one sheet: converts each column, then checks rows across columns.

    Work is per distinct value (files repeat countries, sectors and dates), and per row only
    where Arrow does it or a problem is reported, so a 100k-row sheet needs no Python loop over
    its cells. Values a vectorised test cannot prove plain go through the `normalise` parsers.
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

    def problem(self, severity: str, message: str, index: int | None = None,
                column: str | None = None, value: object = None) -> None:
        header = self.data.headers.get(column, self.spec.column(column).nl) if column else None
        self.problems.append(Problem(
            severity,  # type: ignore[arg-type]
            self.file, message, self.data.sheet,
            None if index is None else self.data.row_numbers[index], header,
            None if value is None else _shown(value)))
        if severity == "error" and index is not None:
            self.bad_rows.add(index)

    def raw(self, column: str, index: int) -> object:
        """One cell as calamine gives it (for the value shown with a problem)."""
        cells = self.data.columns[column]
        if isinstance(cells, list):
            return cells[index]
        return python_values(cells.slice(index, 1))[0]

    def convert(self, column: Column) -> tuple[pa.Array, _Distinct, dict[int, object]]:
        """Parse each distinct cell value once; report empty required cells and bad values.

        Returns the converted column (Arrow; the default for an empty cell, null for a bad
        one; null for dates, see `_dates`), the distinct values and the results of the ones
        parsed in Python (a value or the ValueError).
        """
        kind = _ARROW_TYPES.get(column.type, pa.null())
        if column.name not in self.data.headers and not column.required:
            # the file has no such column
            return pa.array([column.default] * self.n, kind), _Distinct.of(pa.nulls(self.n)), {}
        cells = _Distinct.of(self.data.columns[column.name])
        largest = limits.maximum(column, self.context.limits)
        plain = None if column.type == "date" else self._plain(column, cells.arrow, largest)
        todo = range(len(cells)) if plain is None else np.flatnonzero(~plain[0]).tolist()
        parse = _parser(column, largest)
        state = np.full(len(cells), _OK, dtype=np.int8)
        results: dict[int, object] = {}
        for k, raw in zip(todo, cells.values_at(todo), strict=True):
            if text_keys.is_blank(raw):
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
                self.problem("error", "dit verplichte veld is leeg", int(i), column.name)
            else:
                k = int(cells.codes[i])
                self.problem("error", str(results[k]), int(i), column.name, cells.value(k))
        if column.type in ("number", "int"):
            self._separator_notes(column, cells, results)
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

    def _separator_notes(self, column: Column, cells: _Distinct,
                         results: dict[int, object]) -> None:
        """A warning on each row whose text number had thousands separators (how it was read)."""
        notes = {k: note for k, v in results.items() if isinstance(v, int | float)
                 and (note := limits.separator_note(cells.value(k), v))}
        if not notes:
            return
        flagged = np.zeros(len(cells), dtype=bool)
        flagged[list(notes)] = True
        for i in np.flatnonzero(cells.rows(flagged, False)):
            k = int(cells.codes[i])
            self.problem("warning", notes[k], int(i), column.name, cells.value(k))

    @staticmethod
    def _plain(column: Column, values: pa.Array | None,
               largest: float) -> tuple[np.ndarray, pa.Array] | None:
        """Values Arrow parses exactly as the per-value parser: (which, parsed), else None.

        Only where the parser's result is certain: text that `_text` leaves as it is, numbers
        that Excel typed (finite, 0 up to `largest`) or plain digits in text.
        """
        if values is None:
            return None
        is_text = pa.types.is_string(values.type)
        if column.type == "text" and is_text:
            done = pc.and_(pc.match_substring_regex(values, _PLAIN_TEXT),
                           pc.less_equal(pc.utf8_length(values), _MAX_TEXT))
            return done.to_numpy(zero_copy_only=False), values
        if column.type not in ("number", "int"):
            return None
        if is_text:
            digits = pc.match_substring_regex(values, _PLAIN_NUMBER)
            text = pc.if_else(digits, pc.replace_substring(values, ",", "."), "0")
            numbers = pc.cast(text, pa.float64())
        elif pa.types.is_float64(values.type):
            digits = pc.is_finite(values)
            numbers = values
        else:
            return None
        numbers = pc.add(numbers, 0.0)  # -0 stored as 0
        done = pc.and_(digits, pc.and_(pc.greater_equal(numbers, 0),
                                       pc.less_equal(numbers, largest)))
        if column.type == "int":
            done = pc.and_(done, pc.equal(pc.floor(numbers), numbers))
            numbers = pc.cast(pc.if_else(done, numbers, 0), pa.int64())
        return done.to_numpy(zero_copy_only=False), numbers

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
        self._derive_theme(frame)
        self._duplicates(frame)
        self._rules(frame)
        keep = np.ones(self.n, dtype=bool)
        keep[list(self.bad_rows)] = False
        return pa.table(frame).filter(pa.array(keep))

    def _dates(self, column: Column, cells: _Distinct, results: dict[int, object],
               frame: dict[str, pa.Array]) -> None:
        """Store each date as its first day (in the quarter for the quarter's date) with its
        precision; tbd in a required date is an error, a date outside the quarter too."""
        in_quarter = column.name == self.spec.quarter_date
        q_start, q_end = self.quarter.start, self.quarter.end
        starts: list[dt.date | None] = []
        firsts: list[dt.date | None] = []
        lasts: list[dt.date | None] = []
        precisions: list[str | None] = []
        checks: list[tuple[str, str] | None] = []
        for k in range(len(cells)):
            value = results.get(k)
            check = None
            if not isinstance(value, normalise.ParsedDate):  # empty or wrong: no date
                starts.append(None)
                firsts.append(None)
                lasts.append(None)
                precisions.append(None)
                checks.append(None)
                continue
            start = value.start
            if value.precision == "unknown":
                if column.required:
                    check = ("error", "de datum is nog niet bekend ('tbd'); vul een datum in "
                             "of laat deze rij weg tot de datum vaststaat")
            elif in_quarter and value.start and value.end:
                if value.end < q_start or value.start > q_end:
                    check = ("error", f"de datum valt buiten het gekozen kwartaal "
                             f"{self.quarter} ({q_start:%d-%m-%Y} t/m {q_end:%d-%m-%Y})")
                elif value.start < q_start or value.end > q_end:
                    check = ("warning", f"onnauwkeurige datum ({value.precision}) valt "
                             f"deels buiten {self.quarter}; opgeslagen als "
                             f"{max(value.start, q_start):%d-%m-%Y}")
                start = max(value.start, q_start)  # a fuzzy period: its part in the quarter
            starts.append(start)
            firsts.append(value.start)
            lasts.append(value.end)
            precisions.append(value.precision)
            checks.append(check)
        flagged = cells.rows(np.array([c is not None for c in checks], dtype=bool), False)
        for i in np.flatnonzero(flagged):
            k = int(cells.codes[i])
            severity, message = checks[k]  # type: ignore[misc]
            self.problem(severity, message, int(i), column.name, cells.value(k))
        frame[column.name] = cells.spread(pa.array(starts, pa.date32()), None)
        self.spans[column.name] = (cells.spread(pa.array(firsts, pa.date32()), None),
                                   cells.spread(pa.array(lasts, pa.date32()), None))
        frame[f"{column.name}_precision"] = cells.spread(pa.array(precisions, pa.string()), None)

    def _derive_theme(self, frame: dict[str, pa.Array]) -> None:
        """A blank theme follows the sector's theme (vocab.SECTOR_THEME)."""
        if "theme" in frame and "sector" in frame:
            from_sector = _by_value(frame["sector"], lambda s: vocab.SECTOR_THEME.get(s or ""),
                                    pa.string())
            frame["theme"] = pc.coalesce(frame["theme"].cast(pa.string()), from_sector)

    def _duplicates(self, frame: dict[str, pa.Array]) -> None:
        """A key (case ignored) that an earlier row already has is an error on the later row."""
        if not self.spec.key:
            return
        combined = np.zeros(self.n, dtype=np.int64)
        missing = np.zeros(self.n, dtype=bool)
        for name in self.spec.key:
            keys = frame[name].cast(pa.string())
            if pc.all(pc.string_is_ascii(keys)).as_py() is not False:
                folded = pc.ascii_lower(keys)  # casefold of ASCII text is lower case
            else:
                folded = _by_value(keys, lambda k: str(k).casefold(), pa.string())
            codes = folded.dictionary_encode().indices.fill_null(-1).to_numpy(
                zero_copy_only=False).astype(np.int64)
            missing |= codes < 0
            combined = combined * (self.n + 1) + codes
        present = np.flatnonzero(~missing)
        _, first, key = np.unique(combined[present], return_index=True, return_inverse=True)
        first_row = present[first[key]]  # per present row: the first row with its key
        label = self.spec.column(self.spec.key[0]).nl
        last = self.spec.key[-1]
        for p in np.flatnonzero(first_row != present):
            i, row = int(present[p]), self.data.row_numbers[int(first_row[p])]
            self.problem("error", f"dubbel: dezelfde {label} staat ook op rij {row}", i, last,
                         frame[last][i].as_py())

    def _rules(self, frame: dict[str, pa.Array]) -> None:
        """Rules across columns: pillar and kind agree, periods run forward, references exist."""
        if self.spec.name == "projects":
            kind, pillar = frame["project_kind"], frame["pillar"]
            clash = pc.and_(pc.and_(kind.is_valid(), pillar.is_valid()),
                            pc.not_equal(pc.equal(kind, "trade_contract"),
                                         pc.equal(pillar, "trade")))
            retained = pc.and_(pc.equal(kind, "retention"),
                               pc.greater(frame["new_jobs"].fill_null(0), 0))
            clash_rows = _mask(clash)
            retained_rows = _mask(retained)
            for i in np.flatnonzero(clash_rows | retained_rows):
                if clash_rows[i]:
                    self.problem("error", "soort project en pijler passen niet bij elkaar: een "
                                 "exportcontract hoort bij Trade, de andere soorten bij Invest",
                                 int(i), "project_kind", self.raw("project_kind", int(i)))
                if retained_rows[i]:
                    self.problem("warning", "een behoudproject met nieuwe banen: die tellen als "
                                 "nieuwe banen; is het eigenlijk een uitbreiding?", int(i),
                                 "new_jobs", frame["new_jobs"][int(i)].as_py())
        if "end_date" in self.spans:
            # the end's last possible day before the start's first: the stored start may be
            # clipped to the quarter (or a fuzzy end stored as its first day), so not that
            backwards = pc.less(self.spans["end_date"][1], self.spans["start_date"][0])
            for i in np.flatnonzero(_mask(backwards)):
                self.problem("error", "de einddatum ligt voor de startdatum", int(i),
                             "end_date", self.raw("end_date", int(i)))
        if self.spec.name == "leads":
            known = self.context.known_missions
            unknown = _by_value(frame["mission_reference"],
                                lambda ref: bool(ref) and ref.casefold() not in known, pa.bool_())
            for i in np.flatnonzero(_mask(unknown)):
                self.problem("error", "deze missie staat niet op het blad Missies en is "
                             "ook niet eerder geüpload", int(i), "mission_reference",
                             frame["mission_reference"][int(i)].as_py())
        self._focus(frame)

    def _focus(self, frame: dict[str, pa.Array]) -> None:
        """One warning per country outside the year's focus list (effort elsewhere counts)."""
        if not self.context.focus_countries or "country" not in frame:
            return
        countries = _Distinct.of(frame["country"].cast(pa.string()))
        counts = np.bincount(countries.codes[countries.codes >= 0], minlength=len(countries))
        for k in range(len(countries)):  # in the order of their first row
            code = countries.value(k)
            if isinstance(code, str) and code and code not in self.context.focus_countries:
                first = int(np.argmax(countries.codes == k))
                self.problem("warning", f"land {code} staat niet op de focuslijst van "
                             f"{self.quarter.year} ({counts[k]} rij(en)); het telt wel mee",
                             first, "country", code)


def _mask(condition: pa.Array) -> np.ndarray:
    """An Arrow condition as a numpy mask; null (a value missing) is False."""
    return condition.fill_null(False).to_numpy(zero_copy_only=False)


def validate(read: ReadResult, file_name: str, quarter: Quarter, context: Context) -> Validated:
    """Validate every sheet the reader found; rows with errors are left out of the frames.

    Leads may refer to any mission on the Missies sheet, also one whose row has an error
    elsewhere (that error is reported there, once); the references are the Missies sheet's
    converted ones, so a reference that is itself bad (too long) is reported, not raised.
    """
    result = Validated(problems=list(read.problems))
    ctx = context
    for name in sorted(read.sheets, key=lambda n: n == "leads"):  # Missies before Leads
        check = _SheetCheck(read.sheets[name], file_name, quarter, ctx)
        result.frames[name] = check.run()
        result.problems.extend(check.problems)
        if name == "missions":
            refs = check.converted["reference"].unique().drop_null().to_pylist()
            ctx = dataclasses.replace(
                context, known_missions=context.known_missions | {r.casefold() for r in refs})
    result.problems = capped(result.problems)
    return result
