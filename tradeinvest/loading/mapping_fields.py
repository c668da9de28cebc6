"""The fields a mapping can send a file's column to, per kind and sheet, as the import
assistant's screen offers them: the template's name in both languages, whether the field is
required, the vocabulary to pick one value for the whole file from, and the rule that can
derive it when the file lacks it. The ui reads the schema through this (it may not import
ingest).
"""

from __future__ import annotations

from dataclasses import dataclass

from tradeinvest.ingest import schema
from tradeinvest.ingest.mapping import DERIVABLE
from tradeinvest.texts.phrases import Phrase, Words
from tradeinvest.vocab import Term


@dataclass(frozen=True)
class Field:
    """One field of a sheet of the template, as a mapping choice."""

    name: str
    label: Words             # the template's header, Dutch and English
    required: bool
    terms: tuple[Term, ...]  # the vocabulary of a choice field (one value for the file)
    derived: Phrase | None   # how a rule derives it when the file lacks it, else None


@dataclass(frozen=True)
class Sheet:
    """A sheet of the template (schema.SheetSpec) with its fields in template order."""

    spec: str
    name: str                # the template's sheet name ("Projecten")
    fields: tuple[Field, ...]

    def field(self, name: str) -> Field:
        return next(f for f in self.fields if f.name == name)


def sheets(kind: str) -> tuple[Sheet, ...]:
    """The template's sheets of `kind` with the fields a column may be mapped to."""
    return tuple(
        Sheet(spec.name, spec.sheet_nl, tuple(
            Field(c.name, Words(c.nl, c.en), c.required, tuple(c.choices or ()),
                  DERIVABLE.get((spec.name, c.name)))
            for c in spec.columns))
        for spec in schema.KINDS[kind])
