"""Turn raw cells into canonical, typed rows and find every problem before anything is written.

Parsing is done once per distinct cell value in a column (files repeat countries, sectors
and dates a lot), which keeps validation of large files close to the speed of reading them.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Callable
from dataclasses import dataclass, field

import pandas as pd

from tradeinvest import vocab
from tradeinvest.ingest import normalise
from tradeinvest.ingest.problems import Problem
from tradeinvest.ingest.reader import ReadResult, SheetData
from tradeinvest.ingest.schema import Column
from tradeinvest.periods import Quarter

_MAX_TEXT = 500
_NO_VALUE = object()
_BLANK = object()  # an empty cell, in convert's cache


@dataclass(frozen=True)
class Context:
    """What the validator needs to know about the database (read before validating)."""

    known_missions: frozenset[str] = frozenset()
    focus_countries: frozenset[str] = frozenset()  # ISO2 codes, reporting groups included


@dataclass
class Validated:
    frames: dict[str, pd.DataFrame] = field(default_factory=dict)  # by spec.name
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


def _non_negative(parse: Callable[[object], float], limit: float = math.inf
                  ) -> Callable[[object], float]:
    """Counts and amounts: 0 or more, and storable (text of 400 nines parses to infinity; a
    count above `limit` does not fit the INTEGER column and would fail the insert)."""
    def checked(value: object) -> float:
        number = parse(value)
        if number < 0:
            raise ValueError("een negatief getal kan hier niet; vul 0 of meer in")
        if not number < limit:
            raise ValueError("het getal is te groot; controleer de waarde")
        return number
    return checked


_PARSERS: dict[str, Callable[[object], object]] = {
    "text": _text,
    "number": _non_negative(normalise.parse_number),
    "int": _non_negative(normalise.parse_int, limit=2**31),  # DuckDB INTEGER
    "date": normalise.parse_date,
    "country": normalise.parse_country,
    "sector": lambda v: normalise.match_term(vocab.SECTORS, v),
    "theme": lambda v: normalise.match_term(vocab.THEMES, v),
    "bool": normalise.parse_bool,
}


def _parser(column: Column) -> Callable[[object], object]:
    if column.type == "choice":
        assert column.choices is not None
        choices = column.choices
        return lambda v: normalise.match_term(choices, v)
    return _PARSERS[column.type]


def _shown(value: object) -> str:
    """The value as the coordinator typed it: Excel stores -5 as -5.0, shown as '-5'."""
    if isinstance(value, dt.datetime | dt.date):
        return value.strftime("%d-%m-%Y")
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


class _SheetCheck:
    """Validation of one sheet: converts each column, then checks rows across columns."""

    def __init__(self, data: SheetData, file_name: str, quarter: Quarter, context: Context):
        self.data, self.spec, self.file = data, data.spec, file_name
        self.quarter, self.context = quarter, context
        self.problems: list[Problem] = []
        self.bad_rows: set[int] = set()

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

    def convert(self, column: Column) -> list[object]:
        """Parse each distinct cell value once (files repeat countries, sectors and dates).

        The cache key is the value itself for text (the bulk of cells) and (type, value)
        otherwise, as 1, 1.0 and True are equal keys but parse differently. Measured on a
        100k-row sheet: a key tuple for every cell cost more than the parsing it saved.
        """
        raws = self.data.columns[column.name]
        if column.name not in self.data.headers and not column.required:
            return [column.default] * len(raws)  # the file has no such column
        parse = _parser(column)
        cache: dict[object, object] = {}
        out: list[object] = []
        append = out.append
        for i, raw in enumerate(raws):
            if raw is None:
                result: object = _BLANK
            else:
                key = raw if type(raw) is str else (type(raw), raw)
                result = cache.get(key, _NO_VALUE)
                if result is _NO_VALUE:
                    if normalise.is_blank(raw):
                        result = _BLANK
                    else:
                        try:
                            result = parse(raw)
                        except ValueError as exc:
                            result = exc
                    cache[key] = result
            if result is _BLANK:
                if column.required:
                    self.problem("error", "dit verplichte veld is leeg", i, column.name)
                append(column.default)
            elif isinstance(result, ValueError):
                self.problem("error", str(result), i, column.name, raw)
                append(None)
            else:
                append(result)
        return out

    def run(self) -> pd.DataFrame:
        values = {c.name: self.convert(c) for c in self.spec.columns}
        frame: dict[str, list[object]] = {"source_row": list(self.data.row_numbers)}
        for column in self.spec.columns:
            if column.type == "date":
                self._dates(column, values[column.name], frame)
            elif column.type == "bool":
                frame[column.name] = [bool(v) for v in values[column.name]]
            else:
                frame[column.name] = values[column.name]
        self._derive_theme(frame)
        self._duplicates(frame)
        self._rules(frame)
        df = pd.DataFrame(frame)
        return df.drop(index=sorted(self.bad_rows)).reset_index(drop=True)

    def _dates(self, column: Column, parsed: list[object], frame: dict[str, list]) -> None:
        starts, precisions = [], []
        in_quarter = column.name == self.spec.quarter_date
        q_start, q_end = self.quarter.start, self.quarter.end
        for i, value in enumerate(parsed):
            if value is None:
                starts.append(None)
                precisions.append(None)
                continue
            assert isinstance(value, normalise.ParsedDate)
            if value.precision == "unknown":
                if column.required:
                    self.problem("error", "de datum is nog niet bekend ('tbd'); vul een "
                                 "datum in of laat deze rij weg tot de datum vaststaat",
                                 i, column.name, self.data.columns[column.name][i])
                starts.append(None)
                precisions.append("unknown")
                continue
            if in_quarter and value.start and value.end:
                raw = self.data.columns[column.name][i]
                if value.end < q_start or value.start > q_end:
                    self.problem("error", f"de datum valt buiten het gekozen kwartaal "
                                 f"{self.quarter} ({q_start:%d-%m-%Y} t/m {q_end:%d-%m-%Y})",
                                 i, column.name, raw)
                elif value.start < q_start or value.end > q_end:
                    self.problem("warning", f"onnauwkeurige datum ({value.precision}) valt "
                                 f"deels buiten {self.quarter}; opgeslagen als "
                                 f"{max(value.start, q_start):%d-%m-%Y}", i, column.name, raw)
            start = value.start
            if in_quarter and start is not None and value.end is not None:
                start = max(start, q_start)  # a fuzzy period is dated at its part in the quarter
            starts.append(start)
            precisions.append(value.precision)
        frame[column.name] = starts
        frame[f"{column.name}_precision"] = precisions

    def _derive_theme(self, frame: dict[str, list]) -> None:
        """A blank theme follows the sector's theme (vocab.SECTOR_THEME)."""
        if "theme" in frame and "sector" in frame:
            frame["theme"] = [theme or vocab.SECTOR_THEME.get(sector or "")
                              for theme, sector in zip(frame["theme"], frame["sector"],
                                                       strict=True)]

    def _duplicates(self, frame: dict[str, list]) -> None:
        if not self.spec.key:
            return
        seen: dict[tuple, int] = {}
        keys = zip(*(frame[k] for k in self.spec.key), strict=True)
        for i, key in enumerate(keys):
            if any(k is None for k in key):
                continue
            norm = tuple(str(k).casefold() for k in key)
            if norm in seen:
                first = self.data.row_numbers[seen[norm]]
                self.problem("error", f"dubbel: dezelfde {self.spec.column(self.spec.key[0]).nl}"
                             f" staat ook op rij {first}", i, self.spec.key[-1], key[-1])
            else:
                seen[norm] = i

    def _rules(self, frame: dict[str, list]) -> None:
        """Rules across columns: pillar and kind agree, periods run forward, references exist."""
        n = len(self.data.row_numbers)
        get = frame.get
        if self.spec.name == "projects":
            for i in range(n):
                kind, pillar = get("project_kind")[i], get("pillar")[i]
                if kind and pillar and (kind == "trade_contract") != (pillar == "trade"):
                    self.problem("error", "soort project en pijler passen niet bij elkaar: een "
                                 "exportcontract hoort bij Trade, de andere soorten bij Invest",
                                 i, "project_kind", self.data.columns["project_kind"][i])
                if kind == "retention" and (get("new_jobs")[i] or 0) > 0:
                    self.problem("warning", "een behoudproject met nieuwe banen: die tellen als "
                                 "nieuwe banen; is het eigenlijk een uitbreiding?", i, "new_jobs",
                                 get("new_jobs")[i])
        if "end_date" in frame:
            for i, (start, end) in enumerate(zip(get("start_date"), get("end_date"),
                                                 strict=True)):
                if start and end and end < start:
                    self.problem("error", "de einddatum ligt voor de startdatum", i, "end_date",
                                 self.data.columns["end_date"][i])
        if self.spec.name == "leads":
            for i, ref in enumerate(get("mission_reference")):
                if ref and ref.casefold() not in self.context.known_missions:
                    self.problem("error", "deze missie staat niet op het blad Missies en is "
                                 "ook niet eerder geüpload", i, "mission_reference", ref)
        self._focus(frame)

    def _focus(self, frame: dict[str, list]) -> None:
        """One warning per country outside the year's focus list (effort elsewhere counts)."""
        if not self.context.focus_countries or "country" not in frame:
            return
        outside: dict[str, list[int]] = {}
        for i, code in enumerate(frame["country"]):
            if code and code not in self.context.focus_countries:
                outside.setdefault(code, []).append(i)
        for code, rows in outside.items():
            self.problem("warning", f"land {code} staat niet op de focuslijst van "
                         f"{self.quarter.year} ({len(rows)} rij(en)); het telt wel mee",
                         rows[0], "country", code)


def validate(read: ReadResult, file_name: str, quarter: Quarter, context: Context) -> Validated:
    """Validate every sheet the reader found; rows with errors are left out of the frames."""
    result = Validated(problems=list(read.problems))
    missions = read.sheets.get("missions")
    for name, data in read.sheets.items():
        ctx = context
        if name == "leads" and missions is not None:
            refs = {_text(r).casefold() for r in missions.columns["reference"]
                    if not normalise.is_blank(r)}
            ctx = Context(context.known_missions | refs, context.focus_countries)
        check = _SheetCheck(data, file_name, quarter, ctx)
        result.frames[name] = check.run()
        result.problems.extend(check.problems)
    return result
