"""A file's own layout mapped onto a kind's sheets: which sheet, which header is which field,
one value for a field the file lacks, fields derived by a rule, headers kept as a note.

A `Mapping` is what the coordinator confirms in the import assistant and what is saved per
header signature, so next quarter's file with the same headers loads without asking. Field
names in a mapping are the schema's internal names (`field_named` accepts the template's Dutch
or English header too). Pure: the reader applies a mapping, the store keeps its JSON.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from typing import Literal

import pyarrow as pa

from tradeinvest import vocab
from tradeinvest.ingest.dates import parse_date
from tradeinvest.ingest.header_row import header_key
from tradeinvest.ingest.normalise import match_term
from tradeinvest.ingest.schema import SheetSpec
from tradeinvest.ingest.source import SheetData
from tradeinvest.text_keys import cell_text, is_blank, normalise_company, normalise_header
from tradeinvest.texts.phrases import Phrase, Refusal

REFERENCE_PREFIX = "G-"  # a generated reference: never typed by the coordinator
_HASH_CHARS = 10  # 40 bits: two different projects of one file share one with ~1e-6 odds


@dataclass(frozen=True)
class SheetMapping:
    """How one spec's sheet is read from the file.

    A header `columns` lists goes to its field ("" = ignore it), before any synonym; a header
    it does not list is read by its name or synonym only for a field the mapping leaves open
    (so a mapping of a few headers, as the CLI's --map gives, keeps the rest recognised),
    and an unknown one is ignored without a warning.
    """

    sheet: str | None = None  # the file's sheet to read; None = choose by content
    columns: dict[str, str] = field(default_factory=dict)  # file header text -> field name
    constants: dict[str, str] = field(default_factory=dict)  # field -> one raw value, every row
    derived: frozenset[str] = frozenset()  # fields derived by a rule (DERIVABLE)
    notes: tuple[str, ...] = ()  # file headers kept as a free-text note per row


@dataclass(frozen=True)
class Mapping:
    """A file's layout per spec name (schema.SheetSpec.name)."""

    sheets: dict[str, SheetMapping] = field(default_factory=dict)

    def of(self, spec: str) -> SheetMapping | None:
        """The mapping of one spec's sheet, None when the mapping says nothing about it."""
        return self.sheets.get(spec)

    def without_sheets(self) -> Mapping:
        """The same mapping choosing its sheets by content: what to save for next quarter's
        file, whose sheet may be named after its own quarter."""
        return Mapping({name: replace(m, sheet=None) for name, m in self.sheets.items()})

    def to_json(self) -> str:
        """Stable JSON (sorted keys), so one mapping always gives one text."""
        return json.dumps({"sheets": {name: {
            "sheet": m.sheet, "columns": m.columns, "constants": m.constants,
            "derived": sorted(m.derived), "notes": list(m.notes)}
            for name, m in self.sheets.items()}}, sort_keys=True, ensure_ascii=False)

    @classmethod
    def from_json(cls, text: str) -> Mapping:
        """The mapping `to_json` wrote; `Refusal` for text that is no mapping."""
        try:
            raw = json.loads(text)
            sheets = {str(name): SheetMapping(
                sheet=None if m.get("sheet") is None else str(m["sheet"]),
                columns={str(k): str(v) for k, v in m.get("columns", {}).items()},
                constants={str(k): str(v) for k, v in m.get("constants", {}).items()},
                derived=frozenset(str(f) for f in m.get("derived", ())),
                notes=tuple(str(h) for h in m.get("notes", ())))
                for name, m in raw["sheets"].items()}
        except (ValueError, TypeError, KeyError, AttributeError) as exc:
            raise Refusal("refusal_mapping_unread") from exc
        return cls(sheets)


@dataclass(frozen=True)
class Origin:
    """Where a stored field's values came from: a file header, one value for the file
    (`value`), or a rule (DERIVABLE)."""

    how: Literal["header", "constant", "derived"]
    header: str = ""  # the file's header text ("" for a constant or a derived field)
    value: str = ""  # the constant's raw value


# (spec name, field) -> how the field is derived when the file lacks it.
DERIVABLE: dict[tuple[str, str], Phrase] = {
    ("projects", "pillar"): Phrase("mapping_derived_pillar"),
    ("projects", "reference"): Phrase("mapping_derived_reference"),
}


def header_signature(headers: Iterable[str]) -> str:
    """A file layout's key: the same for the same headers in any order, case, spacing or
    punctuation ("Land van herkomst" == "land-van herkomst"); blank headers do not count."""
    keys = sorted(k for h in headers if (k := header_key(h)))
    return hashlib.sha256("\n".join(keys).encode()).hexdigest()[:16]


def field_named(spec: SheetSpec, text: str) -> str | None:
    """The field `text` names: its internal name, or the template's Dutch or English header
    (case, spaces and punctuation do not matter); None when it names none."""
    names = {c.name for c in spec.columns}
    if text in names:
        return text
    key = header_key(text)
    return next((c.name for c in spec.columns
                 if key and key in (header_key(c.name), header_key(c.nl), header_key(c.en))),
                None)


def derive(spec: str, name: str, columns: dict[str, Sequence[object]], n: int) -> list[object]:
    """The raw values of derived field `name` for `n` rows, from the other fields' raw values
    (`columns`, field -> values). A row whose inputs are blank or unreadable gets None: the
    validator reports those inputs themselves."""
    blank: list[object] = [None] * n
    if (spec, name) == ("projects", "pillar"):
        kinds = columns.get("project_kind", blank)
        return [_pillar(kind) for kind in kinds]
    if (spec, name) == ("projects", "reference"):
        parts = zip(columns.get("company", blank), columns.get("date_realised", blank),
                    columns.get("project_kind", blank), strict=True)
        return [generated_reference(*p) for p in parts]
    raise KeyError((spec, name))  # a field outside DERIVABLE: a programming error


def _pillar(kind: object) -> str | None:
    code = _term(vocab.PROJECT_KINDS, kind)
    if code is None:
        return None
    return "trade" if code == "trade_contract" else "invest"


def _term(terms: vocab.Vocabulary, value: object) -> str | None:
    if is_blank(value):
        return None
    try:
        return match_term(terms, value)
    except ValueError:
        return None


def generated_reference(company: object, date: object, kind: object) -> str | None:
    """"G-" + a short hash of the normalised company, date and project kind: the same row
    gives the same reference on every upload (so replace and undo find it), however the
    company's legal form, the date's form or the kind's wording differ. None without a
    company or date."""
    if is_blank(company) or is_blank(date):
        return None
    try:
        company_key = normalise_company(company)
    except ValueError:
        company_key = normalise_header(company)
    try:
        when = parse_date(date)
        date_key = f"{_iso(when.start)}/{when.precision}"
    except ValueError:
        date_key = normalise_header(cell_text(date))
    kind_key = _term(vocab.PROJECT_KINDS, kind) or normalise_header(
        "" if is_blank(kind) else cell_text(kind))
    digest = hashlib.sha256(f"{company_key}|{date_key}|{kind_key}".encode()).hexdigest()
    return REFERENCE_PREFIX + digest[:_HASH_CHARS].upper()


def _iso(day: dt.date | None) -> str:
    return "" if day is None else day.isoformat()


def mapping_problems(spec: SheetSpec, given: SheetMapping) -> list[Phrase]:
    """What makes a sheet's mapping inconsistent: a field the spec lacks, a rule that does not
    exist, one field from two sources (a header and a constant, a constant and a rule)."""
    names = {c.name for c in spec.columns}
    said = [f for f in (*given.columns.values(), *given.constants, *given.derived)
            if f and f not in names]
    found = [Phrase("problem_mapping_unknown_field", {"field": f}) for f in dict.fromkeys(said)]
    found += [Phrase("problem_mapping_not_derivable", {"column": spec.column(f).nl})
              for f in sorted(given.derived & names) if (spec.name, f) not in DERIVABLE]
    sources: dict[str, list[Phrase]] = {}
    for header, name in given.columns.items():
        if name in given.constants or name in given.derived:
            sources.setdefault(name, []).append(Phrase("problem_source_header", {"header": header}))
    for name, value in given.constants.items():
        sources.setdefault(name, []).append(Phrase("problem_source_constant", {"value": value}))
    for name in sorted(given.derived):
        sources.setdefault(name, []).append(Phrase("problem_source_derived"))
    found += [Phrase("problem_mapping_field_twice", {"column": spec.column(f).nl, "where": where})
              for f, where in sources.items() if len(where) > 1 and f in names]
    return found


def fill(sheet: SheetData, given: SheetMapping) -> None:
    """Give a read sheet the fields its mapping fills without a header: a constant in every
    row, then the derived fields from the other fields' raw values. Each is named in
    `headers` by the template's Dutch header, so problems with its values name that."""
    n = len(sheet.row_numbers)
    names = {c.name for c in sheet.spec.columns}
    for name, value in given.constants.items():
        if name in names:
            sheet.columns[name] = pa.array([value] * n, pa.string())
            sheet.headers[name] = sheet.spec.column(name).nl
    rules = sorted(f for f in given.derived if (sheet.spec.name, f) in DERIVABLE)
    raw = {name: sheet.values(name) for name in _RULE_INPUTS if rules and name in names}
    for name in rules:
        sheet.columns[name] = pa.array(derive(sheet.spec.name, name, raw, n), pa.string())
        sheet.headers[name] = sheet.spec.column(name).nl


_RULE_INPUTS = ("company", "date_realised", "project_kind")  # what the rules read


def origins(sheet: SheetData, given: SheetMapping | None) -> dict[str, Origin]:
    """Where each field of a read sheet came from (field -> Origin)."""
    found: dict[str, Origin] = {}
    for name, header in sheet.headers.items():
        if given is not None and name in given.constants:
            found[name] = Origin("constant", value=given.constants[name])
        elif given is not None and name in given.derived:
            found[name] = Origin("derived")
        else:
            found[name] = Origin("header", header)
    return found


def note_texts(kept: dict[str, list[object]], n: int) -> list[str | None]:
    """Per row the text of the headers kept as a note: the value alone for one header,
    "header: value" joined by "; " for several; None where they are all blank."""
    texts: list[str | None] = []
    for i in range(n):
        said = [(header, cell_text(values[i])) for header, values in kept.items()
                if not is_blank(values[i])]
        if not said:
            texts.append(None)
        elif len(kept) == 1:
            texts.append(said[0][1].strip())
        else:
            texts.append("; ".join(f"{h}: {v.strip()}" for h, v in said))
    return texts
