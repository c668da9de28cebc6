"""Check an upload without writing anything: read the file (or take rows typed into the app),
validate them against what the database knows (missions, focus countries, value limits), and
say what loading them would write. The verdict the coordinator sees first; a load checks again
inside its own call before it writes.
"""

from __future__ import annotations

import dataclasses
import hashlib
from dataclasses import dataclass, field

import duckdb
import pyarrow as pa
import pyarrow.compute as pc

from tradeinvest.ingest import limits, reader, schema, suggest
from tradeinvest.ingest.calendar import finish
from tradeinvest.ingest.layout import SheetLayout, read_layout
from tradeinvest.ingest.mapping import Mapping, Origin, SheetMapping
from tradeinvest.ingest.problems import Problem, UploadRejected, has_errors
from tradeinvest.ingest.spec import SheetSpec
from tradeinvest.ingest.validate import Context, Validated, validate
from tradeinvest.loading import mappings, trace
from tradeinvest.loading.evidence import evidence_warnings
from tradeinvest.loading.kinds import is_yearly
from tradeinvest.periods import Period, Quarter, parse_year
from tradeinvest.store import reference, uploads
from tradeinvest.store.plans import place_answers
from tradeinvest.texts.phrases import Phrase


@dataclass(frozen=True)
class Checked:
    """A file's verdict: its problems, and the rows that passed, for `kind` and `period`;
    the mapping it was read by (`mapping_name`: the saved one used, found by the file's header
    `signature`) and its traceability (where each field came from, kept notes, values as
    typed), stored with the load."""

    kind: str
    period: Period
    file_name: str
    sha256: str
    validated: Validated
    mapping: Mapping | None = None
    mapping_name: str | None = None
    signature: str | None = None
    origins: dict[str, dict[str, Origin]] = field(default_factory=dict)
    notes: dict[str, list[str | None]] = field(default_factory=dict)
    raw_values: pa.Table | None = None

    @property
    def problems(self) -> list[Problem]:
        return self.validated.problems

    @property
    def frames(self) -> dict[str, pa.Table]:
        """The rows that passed, by sheet (spec.name)."""
        return self.validated.frames

    @property
    def rows(self) -> int:
        return self.validated.rows

    @property
    def has_errors(self) -> bool:
        """True when errors stop the load (warnings do not)."""
        return has_errors(self.problems)

    @property
    def warnings(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == "warning"]

    def upload(self) -> uploads.Upload:
        """What loading this writes, as the store takes it: plain tables per database table."""
        tables: list[tuple[str, pa.Table]] = []
        for spec in schema.KINDS[self.kind]:
            if spec.name in self.frames:
                tables.extend(_tables(spec, self.frames[spec.name]))
        return uploads.Upload(self.kind, self.period, self.file_name, self.sha256, tables,
                              self.rows, len(self.warnings),
                              trace.origins_table(self.origins), self.raw_values)


def _tables(spec: SheetSpec, frame: pa.Table) -> list[tuple[str, pa.Table]]:
    """A sheet's rows as database tables: contact-person details apart (only the rows that
    give any), so no KPI query ever reads them."""
    personal = [c.name for c in spec.columns if c.personal]
    if not personal:
        return [(spec.table or spec.name, frame)]
    given = pc.is_valid(frame[personal[0]])
    for name in personal[1:]:
        given = pc.or_(given, pc.is_valid(frame[name]))
    persons = frame.select(["source_row", *personal]).filter(given)
    return [("contact_persons", persons), (spec.table or spec.name, frame.drop_columns(personal))]


def period_of(kind: str, text: object, file_name: str) -> Period:
    """The period an upload of `kind` for `text` counts for: a quarter for the quarterly
    kinds, a year for the yearly ones (validated as its first quarter: their sheets carry no
    quarter date). Read once, here, at the edge; raises UploadRejected for an unknown
    kind or a period of the wrong form."""
    if kind not in schema.KINDS:
        raise UploadRejected([Problem("error", file_name, "problem_unknown_kind", fields={
            "kind": kind, "kinds": ", ".join(schema.KINDS)})])
    try:
        if is_yearly(kind):
            return Period(parse_year(text))
        quarter = Quarter.parse(str(text))
        return Period(quarter.year, quarter.q)
    except ValueError as exc:
        raise UploadRejected([Problem.saying("error", file_name, Phrase.of(exc))]) from exc


def suggest_period(data: bytes, file_name: str, kind: str) -> str:
    """The period to offer for a dropped file: named in its file name, else the most common
    quarter of its dates; "" when neither tells."""
    return suggest.suggest_period(data, file_name, kind) or ""


def _context(con: duckdb.DuckDBPyConnection, year: int, kind: str) -> Context:
    missions = con.execute("SELECT DISTINCT lower(reference) FROM missions_current").fetchall()
    focus = con.execute(
        """SELECT DISTINCT c.iso2 FROM focus_countries f
           JOIN countries g ON g.iso2 = f.iso2
           JOIN countries c ON c.group_iso2 = g.group_iso2
           WHERE f.year = (SELECT max(year) FROM focus_countries WHERE year <= ?)""",
        [year]).fetchall()
    projects = (con.execute("SELECT DISTINCT lower(reference) FROM projects_current").fetchall()
                if kind == "follow_up" else [])  # what a follow-up may refer to
    return Context(frozenset(r[0] for r in missions), frozenset(r[0] for r in focus),
                   limits.overrides(reference.settings(con)),
                   known_projects=frozenset(r[0] for r in projects))


def check_upload(con: duckdb.DuckDBPyConnection, data: bytes, file_name: str, kind: str,
                 period: str | Period, *, mapping: Mapping | None = None,
                 sheet: str | None = None) -> Checked:
    """Read and validate a file without writing anything. Raises UploadRejected for an
    unknown kind or an unreadable period; every other problem is in the verdict.

    Without a `mapping`, a saved mapping whose header signature matches one of the file's
    sheets is used (and named in `Checked.mapping_name`). `sheet` names the file's sheet to
    read for the kind's first sheet (when several qualify)."""
    if not isinstance(period, Period):
        period = period_of(kind, period, file_name)
    max_bytes = upload_limit(con)
    name, layouts = None, None
    if mapping is not None or mappings.has_saved(con, kind):
        layouts = read_layout(data, file_name, kind, max_bytes)[0]
        if mapping is None and (found := saved_for(con, kind, layouts)) is not None:
            name, mapping = found
    if sheet is not None:
        mapping = with_sheet(kind, mapping, sheet)
    read = reader.read_upload(data, file_name, kind, max_bytes=max_bytes, mapping=mapping,
                              period=period)
    checked = check_read(con, read, file_name, kind, period, hashlib.sha256(data).hexdigest())
    return dataclasses.replace(checked, mapping=mapping, mapping_name=name,
                               signature=_signature(kind, layouts, read))


def upload_limit(con: duckdb.DuckDBPyConnection) -> int:
    """The largest file accepted, in bytes (setting max_upload_mb)."""
    return int(reference.settings(con).get("max_upload_mb", 20) * 1024 * 1024)


def saved_for(con: duckdb.DuckDBPyConnection, kind: str, layouts: list[SheetLayout]
              ) -> tuple[str, Mapping] | None:
    """The saved mapping of `kind` made for one of these sheets' headers, if any, reading
    the sheet whose headers it fits (see fit_sheets)."""
    for layout in layouts:
        if (found := mappings.find_mapping(con, kind, layout.signature)) is not None:
            return found[0], fit_sheets(kind, found[1], layouts, layout.sheet)
    return None


def fit_sheets(kind: str, mapping: Mapping, layouts: list[SheetLayout],
               matched: str | None = None) -> Mapping:
    """A saved mapping applied to another file: a sheet it names that this file lacks (last
    quarter's "Q4 2016") becomes `matched` (the sheet whose headers fit) for a kind of one
    sheet, else the sheet chosen by content (the calendar's Invest and Trade sheets may have
    the same headers: the headers alone cannot tell which is which)."""
    names = {layout.sheet for layout in layouts}
    single = len(schema.KINDS[kind]) == 1
    return Mapping({spec: sheet if sheet.sheet is None or sheet.sheet in names
                    else dataclasses.replace(sheet, sheet=matched if single else None)
                    for spec, sheet in mapping.sheets.items()})


def _signature(kind: str, layouts: list[SheetLayout] | None, read: reader.ReadResult
               ) -> str | None:
    """The header signature a mapping of this file is saved under: that of the sheet read
    for the kind's first sheet (else the file's first sheet with a header row)."""
    if not layouts:
        return None
    data = read.sheets.get(schema.KINDS[kind][0].name)
    found = [x for x in layouts if data is not None and x.sheet == data.sheet] or layouts
    return found[0].signature


def with_sheet(kind: str, mapping: Mapping | None, sheet: str) -> Mapping:
    """`mapping` (or none) reading the file's sheet `sheet` for the kind's first sheet."""
    first = schema.KINDS[kind][0].name
    sheets = dict(mapping.sheets) if mapping else {}
    sheets[first] = dataclasses.replace(sheets.get(first, SheetMapping()), sheet=sheet)
    return Mapping(sheets)


def check_read(con: duckdb.DuckDBPyConnection, read: reader.ReadResult, file_name: str,
               kind: str, period: Period, sha256: str) -> Checked:
    """Validate what was read (from a file, or rows typed into the app) for `kind` and
    `period`: the same checks whichever way the rows came in."""
    if has_errors(read.problems):
        return Checked(kind, period, file_name, sha256, Validated(problems=read.problems),
                       origins=read.origins, notes=read.notes)
    quarter = period.first_quarter
    checked = validate(read, file_name, quarter, _context(con, period.year, kind))
    # Only a file with errors can be one for another quarter: a valid file skips this pass.
    hint = suggest.period_hint(read, file_name, kind, quarter) if has_errors(
        checked.problems) else None
    if hint is not None:
        checked.problems.insert(0, hint)
    if kind == "projects":
        evidence_warnings(con, read, checked, file_name)
    if kind == "calendar":
        finish(checked, read, file_name, period.year, place_answers(con))
    _say_when_empty(checked, kind, file_name)
    return Checked(kind, period, file_name, sha256, checked, origins=read.origins,
                   notes=read.notes, raw_values=trace.raw_values(read, checked))


def _say_when_empty(checked: Validated, kind: str, file_name: str) -> None:
    """A file without rows: for projects a quarter explicitly without landings (a warning),
    for any other kind an error (loading nothing would silently zero the figures)."""
    if checked.rows != 0 or has_errors(checked.problems):
        return
    if kind == "projects":
        # A quarter without landings is news too: a projects file with only its header row is
        # the coordinator's explicit "no projects this quarter" (loaded, in the history).
        checked.problems.append(Problem("warning", file_name, "problem_projects_empty"))
    else:
        # Loading nothing would replace the quarter's figures with zero without anyone seeing
        # it happen (an empty template sent by mistake); taking data out is what undo is for.
        checked.problems.append(Problem("error", file_name, "problem_no_data"))


def already_loaded(con: duckdb.DuckDBPyConnection, checked: Checked,
                   saved: str | None = None) -> int | None:
    """The counting upload of the checked kind and period if it is this very file (same
    sha256) read the same way: loading it again would only replace it with an identical copy.
    A file read by a mapping chosen now (not a saved one) may store other values than the
    counting copy, so it is never "already loaded" (`saved`: the saved mapping the caller
    chose it by, as the command line's --mapping does)."""
    if checked.mapping is not None and (checked.mapping_name or saved) is None:
        return None
    return uploads.active_same_file(con, checked.sha256, checked.kind, checked.period)


def would_replace(con: duckdb.DuckDBPyConnection, checked: Checked) -> tuple[int, str, int] | None:
    """The counting upload (id, file name, rows) that loading `checked` would replace."""
    return uploads.active_upload(con, checked.kind, checked.period)
