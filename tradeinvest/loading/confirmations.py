"""The investor's confirmation of a landed project: entered by the coordinator, one project at
a time on the page, or many at once from a sheet (`load_answers`: the same check per row, all
or nothing). Every change is written to the audit log with who and when, in the same
transaction as the change. Answers record the company's view, never a person's name.

What the answers mean for the figures is `measure.confirmations`; they never change the
headline.
"""

from __future__ import annotations

import datetime as dt

import duckdb
import pandas as pd

from tradeinvest.ingest.problems import UploadRejected, has_errors
from tradeinvest.ingest.schema_confirmations import read_answers
from tradeinvest.store import confirmations as stored
from tradeinvest.store import reference
from tradeinvest.store.confirmations import BANDS, STATUSES, Confirmation
from tradeinvest.store.db import transaction
from tradeinvest.texts.phrases import Phrase, Refusal, Several

ANSWERED = ("confirmed", "disputed")

__all__ = ["ANSWERED", "BANDS", "STATUSES", "Confirmation", "check", "confirmation",
           "load_answers", "set_confirmation", "set_confirmations"]


def _project_reference(con: duckdb.DuckDBPyConnection, ref: str) -> str | None:
    """The reference as the counted project has it, or None when no project has it."""
    rows = con.execute("SELECT reference FROM projects_current WHERE lower(reference) = "
                       "lower(?) ORDER BY upload_id DESC LIMIT 1", [ref.strip()]).fetchall()
    return str(rows[0][0]) if rows else None


def check(con: duckdb.DuckDBPyConnection, c: Confirmation) -> list[Phrase]:
    """Every way `c` cannot be stored (empty: it can): an unknown project, status or band,
    an "asked" without the date it was asked, answers without a confirmation or dispute."""
    problems: list[Phrase] = []
    if _project_reference(con, c.reference) is None:
        problems.append(Phrase("refusal_confirmation_project", {"reference": c.reference}))
    if c.status not in STATUSES:
        problems.append(Phrase("refusal_confirmation_status", {"value": c.status}))
    if c.band is not None and c.band not in BANDS:
        problems.append(Phrase("refusal_confirmation_band", {"value": c.band}))
    if c.status == "asked" and c.asked_on is None:
        problems.append(Phrase("refusal_confirmation_asked_on", {"reference": c.reference}))
    answers = (c.band, c.prerequisite, c.faster, c.answered_on)
    if c.status not in ANSWERED and any(a is not None for a in answers):
        problems.append(Phrase("refusal_confirmation_unanswered", {"reference": c.reference}))
    return problems


def _detail(c: Confirmation) -> str:
    """The audit line: what was stored (codes, no person)."""
    parts = [f"{c.reference}: {c.status}"]
    for name in ("asked_on", "band", "prerequisite", "faster", "answered_on"):
        value = getattr(c, name)
        if value is not None:
            parts.append(f"{name}={value}")
    return ", ".join(parts)


def set_confirmations(con: duckdb.DuckDBPyConnection, items: list[Confirmation], user: str,
                      *, now: dt.datetime | None = None) -> int:
    """Store the confirmations of several projects, all or none: a Refusal listing every
    problem stores nothing. Returns how many were stored."""
    now = now or reference.utc_now()
    with transaction(con) as cur:
        problems = [p for c in items for p in check(cur, c)]
        if problems:
            raise Refusal("refusal_list", problems=Several(tuple(problems)))
        for c in items:
            c = Confirmation(**{**c.__dict__, "reference": _project_reference(cur, c.reference)})
            stored.replace(cur, c, user, now)
            reference.audit(cur, user, "confirmation", _detail(c), now)
    return len(items)


def set_confirmation(con: duckdb.DuckDBPyConnection, c: Confirmation, user: str, *,
                     now: dt.datetime | None = None) -> int:
    """Store one project's status and answers (coordinator only: an unregistered data change
    is access.CHANGE); a Refusal says what is wrong and stores nothing. Returns 1 (stored)."""
    return set_confirmations(con, [c], user, now=now)


def confirmation(con: duckdb.DuckDBPyConnection, ref: str) -> Confirmation | None:
    """The stored confirmation of a project, or None (not asked)."""
    return stored.one(con, ref)


def _value(value: object) -> object:
    return None if value is None or pd.isna(value) else value


def load_answers(con: duckdb.DuckDBPyConnection, data: bytes, file_name: str, user: str, *,
                 now: dt.datetime | None = None) -> int:
    """Store the answers of a sheet (ingest.schema_confirmations: one row per project), all
    or nothing: a file with a bad cell raises UploadRejected with every problem (file, sheet,
    row, column, why); a row the service refuses (unknown project, answers without a
    confirmation) a Refusal naming it. Returns how many projects were stored."""
    read = read_answers(data, file_name)
    if has_errors(read.problems) or "confirmations" not in read.frames:
        raise UploadRejected(read.problems)
    rows = read.frames["confirmations"].to_pandas()
    yes = {"yes": True, "no": False}
    items = [Confirmation(str(r.reference).strip(), str(r.status), _value(r.asked_on),
                          _value(r.band), yes.get(_value(r.prerequisite)),
                          yes.get(_value(r.faster)), _value(r.answered_on))
             for r in rows.itertuples(index=False)]
    return set_confirmations(con, items, user, now=now)
