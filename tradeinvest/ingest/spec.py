"""The shape of a spreadsheet kind: a `SheetSpec` per sheet, a `Column` per stored column.

Apart from `schema` (which lists the kinds) so that a kind defined in a module of its own
(`schema_pipeline`, `schema_follow_up`) can use them without an import cycle; `schema`
re-exports both.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from tradeinvest.vocab import Vocabulary

ColumnType = Literal["text", "number", "int", "date", "country", "sector", "theme", "choice",
                     "bool"]
LimitKind = Literal["jobs", "amount", "count"]


@dataclass(frozen=True)
class Column:
    name: str
    nl: str
    en: str
    type: ColumnType
    required: bool = False
    synonyms: tuple[str, ...] = ()
    choices: Vocabulary | None = None
    help_nl: str = ""
    personal: bool = False  # contact-person details: stored apart, never used by a KPI
    default: object = None  # what a blank optional cell means (None: unknown)
    limit: LimitKind | None = None  # number and int columns: the largest value, see LIMITS
    several: bool = False  # theme: a cell may name several (a mission's), see ingest/themes.py

    def headers(self) -> tuple[str, ...]:
        return (self.name, self.nl, self.en, *self.synonyms)


@dataclass(frozen=True)
class SheetSpec:
    name: str                      # also the DuckDB table name
    sheet_nl: str                  # sheet name in the template
    sheet_names: tuple[str, ...]   # accepted sheet names (besides sheet_nl and name)
    columns: tuple[Column, ...]
    key: tuple[str, ...] = ()      # unique within one file
    quarter_date: str | None = None  # this date must fall in the upload's quarter
    table: str = ""                # DuckDB table when not `name` (two sheets, one table)

    def column(self, name: str) -> Column:
        return next(c for c in self.columns if c.name == name)
