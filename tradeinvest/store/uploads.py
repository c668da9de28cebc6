"""Uploads: check a file, load it all-or-nothing, replace per kind and quarter, undo, history.

An upload is one file of one kind for one quarter (for the yearly kinds, the activity
calendar and the country plans: one year, stored as "2018" in the quarter column). Loading the
same kind and period again replaces the earlier version, which stays in the history (and in
`upload_spans`, so figures "as reported" at an earlier moment can be rebuilt). Undo takes an
upload out; if it had replaced an earlier version, that version counts again.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import threading
from collections.abc import Callable
from dataclasses import dataclass

import duckdb
import pandas as pd
import pyarrow as pa

from tradeinvest.ingest import limits, reader, schema, suggest
from tradeinvest.ingest.problems import Problem, UploadRejected, has_errors
from tradeinvest.ingest.validate import Context, Validated, validate
from tradeinvest.periods import Period, Quarter, parse_year
from tradeinvest.store import reference
from tradeinvest.store.db import DatabaseFault, fault_of, transaction
from tradeinvest.texts.phrases import Phrase

Hook = Callable[[duckdb.DuckDBPyConnection], None]

# One load at a time in this process (the app's sessions are threads of one process, and
# DuckDB lets only one process write the file): the second waits, then finds the first one's
# upload in its check below and is told instead of replacing it unseen.
_LOAD_LOCK = threading.Lock()


class UploadConflict(DatabaseFault):
    """Another upload for the same kind and period was loaded after this one was checked."""

    kind = "conflict"


@dataclass(frozen=True)
class LoadResult:
    upload_id: int
    kind: str
    quarter: str
    rows: int
    warnings: list[Problem]
    replaced_upload_id: int | None


def _context(con: duckdb.DuckDBPyConnection, year: int) -> Context:
    missions = con.execute("SELECT DISTINCT lower(reference) FROM missions_current").fetchall()
    focus = con.execute(
        """SELECT DISTINCT c.iso2 FROM focus_countries f
           JOIN countries g ON g.iso2 = f.iso2
           JOIN countries c ON c.group_iso2 = g.group_iso2
           WHERE f.year = (SELECT max(year) FROM focus_countries WHERE year <= ?)""",
        [year]).fetchall()
    return Context(frozenset(r[0] for r in missions), frozenset(r[0] for r in focus),
                   limits.overrides(reference.settings(con)))


def _period(kind: str, quarter: str, file_name: str) -> tuple[Quarter, str]:
    """(quarter to validate against, period text stored in uploads.quarter).

    Quarterly kinds: the quarter ("2024Q3"). Yearly kinds (schema.YEARLY_KINDS: activity
    calendar, country plans): the year ("2018"), validated as its first quarter (their sheets
    have no quarter date); replace and undo then work per kind and year.
    """
    if kind not in schema.KINDS:
        raise UploadRejected([Problem("error", file_name, "problem_unknown_kind", fields={
            "kind": kind, "kinds": ", ".join(schema.KINDS)})])
    try:
        if kind in schema.YEARLY_KINDS:
            year = parse_year(quarter)
            return Quarter(year, 1), str(year)
        q = Quarter.parse(quarter)
        return q, str(q)
    except ValueError as exc:
        raise UploadRejected([Problem.saying("error", file_name, Phrase.of(exc))]) from exc


def check_upload(con: duckdb.DuckDBPyConnection, data: bytes, file_name: str, kind: str,
                 quarter: str) -> Validated:
    """Read and validate without writing anything: the report the coordinator sees first."""
    q, _ = _period(kind, quarter, file_name)
    max_bytes = int(reference.settings(con).get("max_upload_mb", 20) * 1024 * 1024)
    read = reader.read_upload(data, file_name, kind, max_bytes=max_bytes)
    if has_errors(read.problems):
        return Validated(problems=read.problems)
    checked = validate(read, file_name, q, _context(con, q.year))
    # Only a file with errors can be one for another quarter: a valid file skips this pass.
    hint = suggest.period_hint(read, file_name, kind, q) if has_errors(checked.problems) else None
    if hint is not None:
        checked.problems.insert(0, hint)
    if kind == "calendar":
        from tradeinvest.ingest.calendar import finish
        from tradeinvest.store.plans import place_answers

        finish(checked, read, file_name, q.year, place_answers(con))
    if checked.rows == 0 and kind == "projects" and not has_errors(checked.problems):
        # A quarter without landings is news too: a projects file with only its header row is
        # the coordinator's explicit "no projects this quarter" (loaded, in the history).
        checked.problems.append(Problem("warning", file_name, "problem_projects_empty"))
    elif checked.rows == 0 and not has_errors(checked.problems):
        # Loading nothing would replace the quarter's figures with zero without anyone seeing
        # it happen (an empty template sent by mistake); taking data out is what undo is for.
        checked.problems.append(Problem("error", file_name, "problem_no_data"))
    return checked


def _insert(cur: duckdb.DuckDBPyConnection, table: str, frame: pa.Table,
            upload_id: int) -> None:
    """Insert the validated Arrow table as it is: DuckDB scans it, no Python object per cell."""
    if frame.num_rows == 0:
        return
    frame = frame.append_column("upload_id", pa.repeat(pa.scalar(upload_id, pa.int64()),
                                                        frame.num_rows))
    if table == "contacts":
        personal = [c.name for c in schema.CONTACTS.columns if c.personal]
        cur.register("incoming_persons", frame.select(["upload_id", "source_row", *personal]))
        given = " OR ".join(f"{name} IS NOT NULL" for name in personal)
        cur.execute(f"INSERT INTO contact_persons BY NAME SELECT * FROM incoming_persons "
                    f"WHERE {given}")
        cur.unregister("incoming_persons")
        frame = frame.drop_columns(personal)
    cur.register("incoming_rows", frame)
    cur.execute(f"INSERT INTO {table} BY NAME SELECT * FROM incoming_rows")
    cur.unregister("incoming_rows")


def latest_upload(con: duckdb.DuckDBPyConnection, kind: str, quarter: str) -> int:
    """The newest upload id for a kind and period (0 for none): what a user saw when a file
    was checked, compared again inside the load's transaction."""
    try:
        q = _period(kind, quarter, "")[1]
    except UploadRejected:
        return 0
    row = con.execute("SELECT max(upload_id) FROM uploads WHERE kind = ? AND quarter = ?",
                      [kind, q]).fetchone()
    return int(row[0] or 0)


def load_upload(con: duckdb.DuckDBPyConnection, data: bytes, file_name: str, kind: str,
                quarter: str, user: str, *, now: dt.datetime | None = None,
                before_commit: Hook | None = None, seen_upload: int | None = None) -> LoadResult:
    """Validate, then write the whole file in one transaction, or raise UploadRejected.

    `seen_upload` is `latest_upload` as the user saw it when checking the file (default: as
    this call starts). If a newer upload for this kind and period is there by the time the
    transaction runs, nothing is loaded: UploadConflict is raised and the attempt is written
    to the audit log. `before_commit` runs inside the transaction just before COMMIT (tests
    use it to inject a failure and prove that nothing is left behind).
    """
    if seen_upload is None:
        seen_upload = latest_upload(con, kind, quarter)
    checked = check_upload(con, data, file_name, kind, quarter)
    if has_errors(checked.problems):
        raise UploadRejected(checked.problems)
    q = _period(kind, quarter, file_name)[1]
    try:
        with _LOAD_LOCK:
            return _write(con, checked, data, file_name, kind, q, user, now, before_commit,
                          seen_upload)
    except (UploadConflict, duckdb.TransactionException) as exc:
        fault = fault_of(exc)
        if fault is None or fault.kind != "conflict":
            raise
        with transaction(con) as cur:
            reference.audit(cur, user, "upload_conflict",
                            f"{kind} {q} {file_name} niet geladen: een andere upload voor deze "
                            f"soort en periode was eerder klaar ({fault.detail})")
        raise UploadConflict(fault.detail) from exc


def _write(con: duckdb.DuckDBPyConnection, checked: Validated, data: bytes, file_name: str,
           kind: str, q: str, user: str, now: dt.datetime | None, before_commit: Hook | None,
           seen_upload: int) -> LoadResult:
    """The load's one transaction (see load_upload)."""
    now = now or dt.datetime.now()
    warnings = [p for p in checked.problems if p.severity == "warning"]
    with transaction(con) as cur:
        newest = latest_upload(cur, kind, q)
        if newest != seen_upload:
            raise UploadConflict(f"upload {newest}")
        upload_id, replaced = record_load(cur, checked, kind, q, file_name,
                                          hashlib.sha256(data).hexdigest(), user, now)
        reference.audit(cur, user, "upload", f"{kind} {q} {file_name} ({checked.rows} rijen, "
                        f"upload {upload_id}{f', vervangt {replaced}' if replaced else ''})", now)
        if before_commit:
            before_commit(cur)
    return LoadResult(upload_id, kind, q, checked.rows, warnings, replaced)


def record_load(cur: duckdb.DuckDBPyConnection, checked: Validated, kind: str, period: str,
                file_name: str, sha256: str, user: str, now: dt.datetime
                ) -> tuple[int, int | None]:
    """Write a checked file as the counting upload of `kind` and stored `period`, replacing
    the active one; (upload_id, replaced upload_id). Inside the caller's transaction; also
    what the change preview replays on a scratch copy (measure.preview)."""
    warnings = sum(p.severity == "warning" for p in checked.problems)
    previous = cur.execute("SELECT upload_id FROM active_uploads WHERE kind = ? AND quarter = ?",
                           [kind, period]).fetchone()
    replaced = previous[0] if previous else None
    span = Period.parse(period)
    upload_id = cur.execute(
        """INSERT INTO uploads (kind, quarter, period_start, period_end, file_name, sha256,
               row_count, warning_count, uploaded_by, uploaded_at, replaces_upload_id)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING upload_id""",
        [kind, period, span.start, span.end, file_name, sha256, checked.rows, warnings, user,
         now, replaced]).fetchone()[0]
    if replaced is not None:
        cur.execute("UPDATE upload_spans SET active_to = ? WHERE upload_id = ? AND "
                    "active_to IS NULL", [now, replaced])
    cur.execute("INSERT INTO upload_spans VALUES (?, ?, NULL)", [upload_id, now])
    for spec in schema.KINDS[kind]:
        if spec.name in checked.frames:
            _insert(cur, spec.table or spec.name, checked.frames[spec.name], upload_id)
    return upload_id, replaced


def stored_period(kind: str, period: str, file_name: str) -> str:
    """The period text an upload of `kind` for `period` is stored under ("2024Q3", "2018");
    raises UploadRejected for an unknown kind or an unreadable period."""
    return _period(kind, period, file_name)[1]


def active_same_file(con: duckdb.DuckDBPyConnection, data: bytes, kind: str, period: str
                     ) -> int | None:
    """The counting upload of `kind` and stored `period` if it is this very file (same
    sha256): loading it again would only replace it with an identical copy."""
    rows = con.execute("SELECT upload_id FROM active_uploads WHERE kind = ? AND quarter = ? "
                       "AND sha256 = ?", [kind, period, hashlib.sha256(data).hexdigest()]
                       ).fetchall()
    return rows[0][0] if rows else None


def active_upload(con: duckdb.DuckDBPyConnection, kind: str, period: str
                  ) -> tuple[int, str, int] | None:
    """The counting upload of `kind` and stored `period` as (upload_id, file name, rows), or
    None: what loading another file for that kind and period would replace."""
    row = con.execute("SELECT upload_id, file_name, row_count FROM active_uploads "
                      "WHERE kind = ? AND quarter = ?", [kind, period]).fetchone()
    return None if row is None else (int(row[0]), str(row[1]), int(row[2]))


def undo_upload(con: duckdb.DuckDBPyConnection, upload_id: int, user: str, *,
                now: dt.datetime | None = None) -> int | None:
    """Take an upload out of the figures; return the earlier version that counts again, if any.

    Raises ValueError (Dutch message) for an unknown or already undone upload.
    """
    now = now or dt.datetime.now()
    with transaction(con) as cur:
        row = cur.execute("SELECT kind, quarter, undone_at FROM uploads WHERE upload_id = ?",
                          [upload_id]).fetchone()
        if row is None:
            raise ValueError(f"upload {upload_id} bestaat niet")
        kind, quarter, undone_at = row
        if undone_at is not None:
            raise ValueError(f"upload {upload_id} is al ongedaan gemaakt")
        was_active = cur.execute(
            "SELECT count(*) FROM upload_spans WHERE upload_id = ? AND active_to IS NULL",
            [upload_id]).fetchone()[0] > 0
        cur.execute("UPDATE uploads SET undone_at = ?, undone_by = ? WHERE upload_id = ?",
                    [now, user, upload_id])
        restored = None
        if was_active:
            cur.execute("UPDATE upload_spans SET active_to = ? WHERE upload_id = ? AND "
                        "active_to IS NULL", [now, upload_id])
            earlier = cur.execute(
                """SELECT upload_id FROM uploads WHERE kind = ? AND quarter = ?
                   AND undone_at IS NULL AND upload_id < ? ORDER BY upload_id DESC LIMIT 1""",
                [kind, quarter, upload_id]).fetchone()
            if earlier:
                restored = earlier[0]
                cur.execute("INSERT INTO upload_spans VALUES (?, ?, NULL)", [restored, now])
        reference.audit(cur, user, "undo", f"upload {upload_id} ({kind} {quarter})"
                        f"{f'; upload {restored} telt weer' if restored else ''}", now)
    return restored


def history(con: duckdb.DuckDBPyConnection) -> pd.DataFrame:
    """Every upload, newest first, with its state: active, replaced or undone."""
    return con.execute(
        """SELECT u.upload_id, u.kind, u.quarter, u.file_name, u.sha256, u.row_count,
                  u.warning_count, u.uploaded_by, u.uploaded_at, u.replaces_upload_id,
                  u.undone_at, u.undone_by,
                  CASE WHEN u.undone_at IS NOT NULL THEN 'undone'
                       WHEN a.upload_id IS NOT NULL THEN 'active'
                       ELSE 'replaced' END AS state
           FROM uploads u LEFT JOIN active_uploads a USING (upload_id)
           ORDER BY u.upload_id DESC""").df()


def is_empty(con: duckdb.DuckDBPyConnection) -> bool:
    """True before the first upload ever (the app then loads the sample data)."""
    return con.execute("SELECT count(*) FROM uploads").fetchone()[0] == 0


def data_version(con: duckdb.DuckDBPyConnection) -> tuple:
    """Changes whenever data or settings change: every change writes the audit log."""
    count, last = con.execute("SELECT count(*), max(logged_at) FROM audit_log").fetchone()
    return (count, str(last))
