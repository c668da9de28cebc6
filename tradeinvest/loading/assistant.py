"""The import assistant's service: what a file looks like (its sheets, headers and sample
values), which field each column seems to hold and why, a saved mapping that fits, and whether
the file needs a mapping step at all. The ui and the command line build on this; they may not
import ingest, so the mapping types are re-exported here.

Nothing here writes: `check.check_upload(..., mapping=)` checks a file by a mapping and
`uploads.load_upload(..., mapping=, save_as=)` loads it (and saves the mapping with the load).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from dataclasses import dataclass

import duckdb

from tradeinvest.ingest import reader, schema
from tradeinvest.ingest.column_guess import Guess, SheetGuess, guess_sheets, suggested_mapping
from tradeinvest.ingest.header_row import Lookup, header_key
from tradeinvest.ingest.layout import SheetLayout, read_layout
from tradeinvest.ingest.mapping import DERIVABLE, Mapping, SheetMapping, field_named
from tradeinvest.ingest.problems import Problem
from tradeinvest.loading import check, mappings
from tradeinvest.texts.phrases import Phrase, Refusal, Words

__all__ = ["Guess", "Mapping", "Proposal", "SheetGuess", "SheetLayout", "SheetMapping",
           "command_mapping", "derivation", "field_label", "propose"]

# What a file read without a mapping says when its layout, not its values, is the trouble:
# then the check shows the mapping step instead of only errors.
HEADER_TROUBLE = frozenset({
    "problem_required_column_missing", "problem_no_header", "problem_sheet_missing",
    "problem_csv_no_header_for", "problem_sheet_choose", "problem_header_ambiguous",
    "problem_column_twice"})


@dataclass(frozen=True)
class Proposal:
    """What the assistant proposes for a file of `kind`.

    `mapping` is the saved mapping that fits (`saved_name`), else the suggested one;
    `needs_mapping`: the file read without a mapping has a header-type error (and no saved
    mapping fits); `sheet_choices`: per spec the file's sheets that qualify, best first;
    `signature`: the header signature a mapping of this file is saved under; `problems`: the
    file refused as a whole (not a spreadsheet, too big, empty)."""

    kind: str
    layouts: list[SheetLayout]
    guesses: dict[str, list[SheetGuess]]
    mapping: Mapping
    saved_name: str | None
    needs_mapping: bool
    sheet_choices: dict[str, list[str]]
    signature: str | None
    problems: list[Problem]


def propose(con: duckdb.DuckDBPyConnection, data: bytes, file_name: str, kind: str
            ) -> Proposal:
    """Read the file's layout, guess each column's field, and find a saved mapping."""
    limit = check.upload_limit(con)
    layouts, problems = read_layout(data, file_name, kind, limit)
    guesses = guess_sheets(kind, layouts)
    chosen = {spec: options[0] for spec, options in guesses.items() if options}
    found = check.saved_for(con, kind, layouts)
    if found is not None:
        name, mapping, needs = found[0], found[1], False
    else:
        plain = reader.read_upload(data, file_name, kind, max_bytes=limit)
        name, mapping = None, suggested_mapping(kind, chosen)
        needs = not problems and any(p.key in HEADER_TROUBLE for p in plain.problems)
    first = schema.KINDS[kind][0].name
    signature = (chosen[first].layout.signature if first in chosen
                 else layouts[0].signature if layouts else None)
    return Proposal(kind, layouts, guesses, mapping, name, needs,
                    {spec: [g.layout.sheet for g in options] for spec, options in guesses.items()},
                    signature, problems)


def field_label(kind: str, spec: str, field: str) -> Words:
    """A field as the template heads it, in both languages."""
    column = next(s for s in schema.KINDS[kind] if s.name == spec).column(field)
    return Words(column.nl, column.en)


def derivation(spec: str, field: str) -> Phrase | None:
    """How a rule derives `field` of `spec` when the file lacks it; None when no rule can."""
    return DERIVABLE.get((spec, field))


def _resolve(kind: str, text: str) -> tuple[str, str]:
    """(spec, field) a command line names by internal name or Dutch/English header."""
    for spec in schema.KINDS[kind]:
        if (name := field_named(spec, text)) is not None:
            return spec.name, name
    fields = ", ".join(dict.fromkeys(c.nl for s in schema.KINDS[kind] for c in s.columns))
    raise Refusal("refusal_mapping_field_named", field=text, fields=fields)


def _replaced(sheet: SheetMapping, field: str) -> SheetMapping:
    """`sheet` without any source of `field` (a header, a constant, a rule)."""
    return dataclasses.replace(
        sheet, columns={h: f for h, f in sheet.columns.items() if f != field},
        constants={f: v for f, v in sheet.constants.items() if f != field},
        derived=sheet.derived - {field})


# What `--map "File header=..."` may say besides a field: keep the column as a free-text note
# per row, or leave it unread (the kind's first sheet).
AS_NOTE = frozenset({"note", "notitie"})
IGNORED = frozenset({"ignore", "negeren"})


def _header_to(sheet: SheetMapping, header: str, field: str, note: bool) -> SheetMapping:
    """`sheet` reading the file's `header` as `field` ("" = not read), or as a note."""
    columns = {h: f for h, f in sheet.columns.items() if header_key(h) != header_key(header)}
    notes = tuple(h for h in sheet.notes if header_key(h) != header_key(header))
    if note:
        return dataclasses.replace(sheet, columns=columns, notes=(*notes, header))
    return dataclasses.replace(sheet, columns={**columns, header: field}, notes=notes)


def with_choices(kind: str, layouts: list[SheetLayout], base: Mapping,
                 columns: Iterable[tuple[str, str]], constants: Iterable[tuple[str, str]]
                 ) -> Mapping:
    """`base` with the command line's choices: file header -> field (or AS_NOTE, IGNORED),
    field -> one value. A Refusal for a header the file lacks or a field the kind lacks."""
    sheets = dict(base.sheets)
    headers = {header_key(h): h for layout in layouts for h in layout.headers if h}
    first = schema.KINDS[kind][0].name
    named: dict[str, str] = {}  # field -> the header the command line sent to it
    for header, text in columns:
        if header_key(header) not in headers:
            raise Refusal("refusal_mapping_header_missing", header=header,
                          headers=", ".join(f"'{h}'" for h in headers.values()))
        found, said = headers[header_key(header)], header_key(text)
        if said in AS_NOTE | IGNORED:
            sheets[first] = _header_to(sheets.get(first, SheetMapping()), found, "",
                                       said in AS_NOTE)
            continue
        spec, field = _resolve(kind, text)
        if field in named and header_key(named[field]) != header_key(found):
            raise Refusal("refusal_mapping_field_twice", field=text,
                          headers=f"'{named[field]}', '{found}'")
        named[field] = found
        sheets[spec] = _header_to(_replaced(sheets.get(spec, SheetMapping()), field), found,
                                  field, False)
    for text, value in constants:
        spec, field = _resolve(kind, text)
        sheet = _replaced(sheets.get(spec, SheetMapping()), field)
        sheets[spec] = dataclasses.replace(sheet, constants={**sheet.constants, field: value})
    return Mapping(sheets)


def with_derived(kind: str, layouts: list[SheetLayout], mapping: Mapping) -> Mapping:
    """`mapping` deriving each required field that no header of the file gives (by the
    mapping or by name) and that a rule can derive."""
    sheets = dict(mapping.sheets)
    for spec in schema.KINDS[kind]:
        sheet = sheets.get(spec.name, SheetMapping())
        lookup = Lookup.of(spec, sheet)
        given = {f for layout in layouts for h in layout.headers
                 for f in (lookup.get(h) or {})} | set(sheet.constants) | sheet.derived
        lacking = frozenset(c.name for c in spec.columns if c.required and c.name not in given
                            and (spec.name, c.name) in DERIVABLE)
        if lacking:
            sheets[spec.name] = dataclasses.replace(sheet, derived=sheet.derived | lacking)
    return Mapping(sheets)


def command_mapping(con: duckdb.DuckDBPyConnection, data: bytes, file_name: str, kind: str, *,
                    saved: str | None = None, columns: Iterable[tuple[str, str]] = (),
                    constants: Iterable[tuple[str, str]] = (), suggested: bool = False
                    ) -> tuple[Mapping | None, str | None]:
    """(mapping, name of the saved mapping it is) the command line's choices make: the saved
    one named `saved`, else one whose header signature fits when nothing is said, else the
    suggested one when the file needs a mapping and the command takes part (`suggested`: it
    gives --map, --set or --save-mapping, as the page preselects each suggestion), else an
    empty one; with `columns` (file header -> field) and `constants` (field -> one value) over
    it, deriving the required fields the file lacks where a rule can. The mapping is None when
    nothing at all is needed (the file is read by its headers)."""
    columns, constants = list(columns), list(constants)
    layouts = read_layout(data, file_name, kind, check.upload_limit(con))[0]
    name, base = None, Mapping()
    if saved is not None:
        name, base = mappings.get_mapping(con, saved, kind)
        base = check.fit_sheets(kind, base, layouts)
    elif not columns and not constants and (
            found := check.saved_for(con, kind, layouts)) is not None:
        return found[1], found[0]
    elif suggested:  # the saved mapping that fits, else the suggestion, with the options over it
        proposal = propose(con, data, file_name, kind)
        if proposal.needs_mapping or proposal.saved_name is not None:
            base = proposal.mapping
    mapping = with_derived(kind, layouts, with_choices(kind, layouts, base, columns, constants))
    return (None if name is None and mapping == Mapping() else mapping), name
