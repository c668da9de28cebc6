"""Load a checked file all-or-nothing, replacing the earlier version of its kind and period;
undo a load; the history of every upload.

A load checks the file again inside its own call and writes it in one transaction. If another
upload for the same kind and period was loaded after the user saw the check, nothing is written
and the attempt is told (UploadConflict) and audited, never replaced unseen.
"""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Callable
from dataclasses import dataclass

import duckdb
import pandas as pd

from tradeinvest.ingest.mapping import Mapping
from tradeinvest.ingest.problems import Problem
from tradeinvest.loading import check, mappings
from tradeinvest.loading.check import Checked, UploadRejected, period_of
from tradeinvest.periods import Period
from tradeinvest.store import reference, uploads
from tradeinvest.store.db import DatabaseFault, fault_of, transaction

Hook = Callable[[duckdb.DuckDBPyConnection], None]

# One load or undo at a time in this process (the app's sessions are threads of one process,
# and DuckDB lets only one process write the file): the second waits, then finds the first
# one's upload in its check below and is told instead of replacing it unseen.
_LOAD_LOCK = threading.Lock()


class UploadConflict(DatabaseFault):
    """Another upload for the same kind and period was loaded after this one was checked."""

    kind = "conflict"


@dataclass(frozen=True)
class LoadResult:
    upload_id: int
    kind: str
    period: Period
    rows: int
    warnings: list[Problem]
    replaced_upload_id: int | None


def latest_upload(con: duckdb.DuckDBPyConnection, kind: str, period: str) -> int:
    """The newest upload id for a kind and period as typed (0 for none, or for a period that
    cannot be read): what a user saw when a file was checked, compared again by the load."""
    try:
        return uploads.newest_upload_id(con, kind, period_of(kind, period, ""))
    except UploadRejected:
        return 0


def load_upload(con: duckdb.DuckDBPyConnection, data: bytes, file_name: str, kind: str,
                period: str, user: str, *, now: dt.datetime | None = None,
                before_commit: Hook | None = None, seen_upload: int | None = None,
                mapping: Mapping | None = None, save_as: str | None = None) -> LoadResult:
    """Check, then write the whole file in one transaction, or raise UploadRejected.

    `mapping`: the file's layout as confirmed (else a saved one whose header signature
    matches, else none); `save_as`: save the mapping under this name with the load, in the
    same transaction (a Refusal for a name of another kind or an inconsistent mapping).

    `seen_upload` is `latest_upload` as the user saw it when checking the file (default: as
    this call starts). If a newer upload for this kind and period is there by the time the
    transaction runs, nothing is loaded: UploadConflict is raised and the attempt is written
    to the audit log. `before_commit` runs inside the transaction just before COMMIT (tests
    use it to inject a failure and prove that nothing is left behind).
    """
    read_period = period_of(kind, period, file_name)
    if seen_upload is None:
        seen_upload = uploads.newest_upload_id(con, kind, read_period)
    if save_as is not None and mapping is None:
        mapping = Mapping()  # the file's own headers as they are, saved under a name
    checked = check.check_upload(con, data, file_name, kind, read_period, mapping=mapping)
    return load_checked(con, checked, user, now=now, before_commit=before_commit,
                        seen_upload=seen_upload, save_as=save_as)


def load_checked(con: duckdb.DuckDBPyConnection, checked: Checked, user: str, *,
                 now: dt.datetime | None = None, before_commit: Hook | None = None,
                 seen_upload: int, save_as: str | None = None) -> LoadResult:
    """Write what `checked` passed (see load_upload); UploadRejected when it has errors.
    `save_as` saves the mapping it was read by with the load (see load_upload)."""
    if checked.has_errors:
        raise UploadRejected(checked.problems)
    if save_as is not None:
        mappings.check_consistent(checked.kind, checked.mapping or Mapping())
    try:
        with _LOAD_LOCK:
            return _write(con, checked, user, now or dt.datetime.now(), before_commit,
                          seen_upload, save_as)
    except (UploadConflict, duckdb.TransactionException) as exc:
        fault = fault_of(exc)
        if fault is None or fault.kind != "conflict":
            raise
        with transaction(con) as cur:
            reference.audit(cur, user, "upload_conflict",
                            f"{checked.kind} {checked.period} {checked.file_name} niet geladen: "
                            f"een andere upload voor deze soort en periode was eerder klaar "
                            f"({fault.detail})")
        raise UploadConflict(fault.detail) from exc


def _write(con: duckdb.DuckDBPyConnection, checked: Checked, user: str, now: dt.datetime,
           before_commit: Hook | None, seen_upload: int, save_as: str | None) -> LoadResult:
    """The load's one transaction (see load_upload)."""
    kind, period, name = checked.kind, checked.period, checked.file_name
    with transaction(con) as cur:
        newest = uploads.newest_upload_id(cur, kind, period)
        if newest != seen_upload:
            raise UploadConflict(f"upload {newest}")
        upload_id, replaced = uploads.record_load(cur, checked.upload(), user, now)
        reference.audit(cur, user, "upload", f"{kind} {period} {name} ({checked.rows} rijen, "
                        f"upload {upload_id}{f', vervangt {replaced}' if replaced else ''})", now)
        if save_as is not None:
            mappings.save_in(cur, save_as, kind, checked.mapping or Mapping(),
                             checked.signature or "", user, now)
        if before_commit:
            before_commit(cur)
    return LoadResult(upload_id, kind, period, checked.rows, checked.warnings, replaced)


def undo_upload(con: duckdb.DuckDBPyConnection, upload_id: int, user: str, *,
                now: dt.datetime | None = None) -> int | None:
    """Take an upload out of the figures; return the earlier version that counts again, if any.

    Raises ValueError (Dutch message) for an unknown or already undone upload.
    """
    with _LOAD_LOCK, transaction(con) as cur:
        return uploads.record_undo(cur, upload_id, user, now or dt.datetime.now())


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
