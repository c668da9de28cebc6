"""Which sheet of a file holds each spec: the one the coordinator's mapping names, else the one
with an accepted name ("Projecten", "Leads"), else the one whose header row is found and whose
columns are recognised ("Invest 2018", "Q4 2016", "Blad1").

By content, a sheet goes to the spec its name names ("Trade 2018" -> Trade) or, naming none,
to the spec whose headers it matches most. Where several sheets qualify for one spec the
coordinator is asked which (an error listing them; the page and the CLI then pass the sheet
in the mapping); a sheet whose name names another period than the upload's is never read
silently: skipped when another qualifies, else an error naming it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from tradeinvest.ingest.header_row import Lookup, find_header, header_key
from tradeinvest.ingest.mapping import Mapping
from tradeinvest.ingest.problems import Problem
from tradeinvest.ingest.schema import SheetSpec
from tradeinvest.ingest.source import HEADER_SEARCH_ROWS, Rows, Source
from tradeinvest.periods import Period, find_period


@dataclass
class Choice:
    """The sheet of each spec, and the specs whose missing sheet a problem already explains."""

    sheets: dict[str, str] = field(default_factory=dict)  # spec name -> sheet name
    explained: set[str] = field(default_factory=set)


def choose_sheets(source: Source, specs: Sequence[SheetSpec], lookups: dict[str, Lookup],
                  file_name: str, problems: list[Problem], mapping: Mapping | None = None,
                  period: Period | None = None) -> Choice:
    """The sheet of each spec; problems appended for a choice to make or a sheet skipped."""
    choice = Choice()
    for spec in specs:
        given = mapping.of(spec.name) if mapping is not None else None
        if given is None or given.sheet is None or source.is_csv:  # a CSV is one sheet
            continue
        if given.sheet in source.names:
            choice.sheets[spec.name] = given.sheet
        else:
            listed = ", ".join(f"'{n}'" for n in source.names if n)
            problems.append(Problem("error", file_name, "problem_mapping_sheet_missing",
                                    fields={"found": given.sheet, "listed": listed}))
            choice.explained.add(spec.name)
    if not source.is_csv:
        _by_name(source, specs, file_name, problems, choice)
    pending = [s for s in specs if s.name not in choice.sheets and s.name not in choice.explained]
    if pending:
        _by_content(source, specs, pending, lookups, file_name, problems, choice, period)
    if len(specs) == 1 and not choice.sheets and not choice.explained:
        # read the first sheet with anything in it, to report its missing header row
        first = next((n for n in source.names if head_rows(source, n)), None)
        if first is not None:
            choice.sheets[specs[0].name] = first
    return choice


def _by_name(source: Source, specs: Sequence[SheetSpec], file_name: str,
             problems: list[Problem], choice: Choice) -> None:
    """Sheets with an accepted name (the template's, or a listed synonym); the first of two."""
    for spec in specs:
        if spec.name in choice.sheets or spec.name in choice.explained:
            continue
        accepted = {header_key(n) for n in (spec.name, spec.sheet_nl, *spec.sheet_names)}
        matches = [n for n in source.names if header_key(n) in accepted
                   and n not in choice.sheets.values()]
        if matches:
            choice.sheets[spec.name] = matches[0]
        if len(matches) > 1:
            listed = ", ".join(f"'{m}'" for m in matches)
            problems.append(Problem("warning", file_name, "problem_sheets_alike", fields={
                "sheet": spec.sheet_nl, "listed": listed, "first": matches[0]}))


def _by_content(source: Source, specs: Sequence[SheetSpec], pending: list[SheetSpec],
                lookups: dict[str, Lookup], file_name: str, problems: list[Problem],
                choice: Choice, period: Period | None) -> None:
    """Sheets whose header row fits a pending spec; ask where several fit one spec."""
    fits: dict[str, list[str]] = {spec.name: [] for spec in pending}
    for name in source.names:
        if name in choice.sheets.values():
            continue
        for spec_name in _specs_of(name, head_rows(source, name), specs, pending, lookups):
            fits[spec_name].append(name)
    for spec in pending:
        names = [n for n in fits[spec.name] if n not in choice.sheets.values()]
        other = [n for n in names if _other_period(n, period)]
        names = [n for n in names if n not in other]
        for n in other:  # a warning when another sheet is read, else the reason none is
            problems.append(Problem("warning" if names else "error", file_name,
                                    "problem_sheet_other_period", sheet=n, fields={
                                        "found": n, "named": str(find_period(n)),
                                        "period": str(period)}))
        if len(names) == 1:
            choice.sheets[spec.name] = names[0]
        elif len(names) > 1:
            listed = ", ".join(f"'{n}'" for n in names)
            problems.append(Problem("error", file_name, "problem_sheet_choose", fields={
                "sheet": spec.sheet_nl, "listed": listed}))
        if other or len(names) > 1:
            choice.explained.add(spec.name)


def _specs_of(name: str, head: Rows, specs: Sequence[SheetSpec], pending: list[SheetSpec],
              lookups: dict[str, Lookup]) -> list[str]:
    """The pending specs sheet `name` may hold: those its name names (among the kind's specs)
    that its headers fit, else those its headers fit best; [] when its headers fit none."""
    hits = {spec.name: found[1] for spec in pending
            if (found := find_header(head, lookups[spec.name])) is not None}
    if not hits:
        return []
    named = [spec.name for spec in specs if names_spec(name, spec)]
    if named:
        return [s for s in named if s in hits]
    best = max(hits.values())
    return [s for s, n in hits.items() if n == best]


def names_spec(sheet: str, spec: SheetSpec) -> bool:
    """Whether a sheet's name contains one of the spec's names ("Invest 2018" -> Invest)."""
    key = header_key(sheet)
    return any(word and word in key
               for word in map(header_key, (spec.name, spec.sheet_nl, *spec.sheet_names)))


def _other_period(sheet: str, period: Period | None) -> bool:
    """Whether the sheet's name names a period outside the upload's ("Q3 2016 (oud)" in a
    2016Q4 upload); a year holds its quarters and a quarter lies in its year."""
    named = find_period(sheet) if period is not None and sheet else None
    if named is None or period is None:
        return False
    return named.year != period.year or None not in (named.quarter, period.quarter) \
        and named.quarter != period.quarter


def head_rows(source: Source, name: str) -> Rows:
    """The first rows of a sheet, [] when it cannot be read (reported when read in full)."""
    try:
        return source.load(name, HEADER_SEARCH_ROWS)
    except Exception:  # noqa: BLE001 - XmlError and the like inside one sheet
        return []
