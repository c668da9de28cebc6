"""Check a file, show the verdict with every problem, and load it on confirmation; data changes
with refusals shown on the page. One flow for the Upload, Calendar and Plans pages, so a file
is judged and reported the same wherever the coordinator drops it.
"""

from __future__ import annotations

import hashlib
import math
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import pandas as pd
import streamlit as st
from streamlit import config as st_config

from tradeinvest import access
from tradeinvest.loading import check, kinds, uploads
from tradeinvest.loading.check import Checked, Problem, UploadRejected
from tradeinvest.measure.preview import Change, load_changes
from tradeinvest.reporting import faults, fmt
from tradeinvest.reporting.labels import kind_label
from tradeinvest.reporting.problems_report import problems_frame
from tradeinvest.store import db, reference
from tradeinvest.texts import t
from tradeinvest.ui import mapping_step, refusals, state, widgets
from tradeinvest.ui.safe import md

_CHECKED = "_upload_checked"  # session key: (file, kind, period, mapping, data version), _Check
_SEEN = "_upload_seen"  # session key: (file, kind, period), newest upload id shown with it
SHOWN_PROBLEMS = 1000  # rows in the problem table; the CSV report has them all
_FILE_LINES = 5  # problems of the whole file (no row) also shown as lines above the table


@dataclass(frozen=True)
class _Check:
    """A file's check: the verdict, what loading it would change, and whether it is already
    the counting upload of its kind and period (then loading it again changes nothing)."""

    checked: Checked
    changes: list[Change] | None  # None: the kind has no headline figures (yearly kinds)
    loaded_as: int | None
    replaces: tuple[int, str, int] | None = None  # the counting upload loading this replaces


def upload_limit_mb() -> int:
    """The largest file the uploader takes, in MB: the app's setting `max_upload_mb` (the
    check refuses anything larger), never above the server's `server.maxUploadSize` (the
    server refuses anything larger). The uploader then states this one limit."""
    setting = state.read(reference.settings).get("max_upload_mb", 20.0)
    return max(1, min(math.ceil(setting), int(st_config.get_option("server.maxUploadSize"))))


def problem_table(problems: list[Problem], lang: str) -> None:
    """The problems as a table whose message wraps, at most SHOWN_PROBLEMS rows (a file for
    the wrong quarter has one per row); problems of the whole file also as lines above it."""
    for p in [p for p in problems if p.row is None][:_FILE_LINES]:
        (st.error if p.severity == "error" else st.warning)(md(p.text(lang)))
    frame = problems_frame(problems, lang)
    if len(frame) > SHOWN_PROBLEMS:
        st.caption(t("upload_first_problems", lang, shown=fmt.number(SHOWN_PROBLEMS, lang=lang),
                     total=fmt.number(len(frame), lang=lang)))
        frame = frame.head(SHOWN_PROBLEMS)
    # severity, file, sheet, row, column, value, message; the file is named above the table.
    widths = dict(zip(frame.columns, ("small", None, "small", 50, 150, 110, "large"),
                      strict=True))
    config = {n: st.column_config.Column(width=w) for n, w in widths.items() if w is not None}
    shown = widgets.blank_missing(frame)  # a problem of the whole file: blank cells, not None
    row = frame.columns[3]
    if frame[row].isna().any():  # st.dataframe shows a missing number as "None"
        shown[row] = [str(v) if pd.notna(v) else "" for v in frame[row]]
        config[row] = st.column_config.TextColumn(width=50, alignment="right")
    st.dataframe(shown, hide_index=True, width="stretch", row_height=72,  # > 4rem: wraps
                 column_order=[n for n, w in widths.items() if w is not None],
                 column_config=config)


def describe(changes: list[Change], lang: str) -> str:
    """ "2026Q1: +68 nieuwe banen, +3 projecten; 2025Q4: −1 project", or "no change"."""
    if not changes:
        return t("change_none", lang)
    parts: dict[str, list[str]] = {}
    for c in changes:
        one, many = t(f"change_{c.figure}", lang).split("|")
        if c.figure == "investment_eur":
            amount = ("+" if c.delta > 0 else "−") + fmt.euro(abs(c.delta), lang)
        else:
            amount = fmt.signed(c.delta, 0 if float(c.delta).is_integer() else 1, lang)
        noun = one if math.isclose(abs(c.delta), 1) else many
        parts.setdefault(c.quarter, []).append(f"{amount} {noun}")
    return "; ".join(f"{q}: {', '.join(p)}" for q, p in parts.items()) + "."


def write(lang: str, fn: Callable[..., Any], *args: Any, **kwargs: Any) -> Any | None:
    """`state.write`, with a refusal (no right, bad file, a database fault such as another
    upload that finished first) shown on the page; None then."""
    return attempt(lang, fn, *args, **kwargs)[1]


def attempt(lang: str, fn: Callable[..., Any], *args: Any, **kwargs: Any) -> tuple[bool, Any]:
    """`write` that also says whether the change went through (for a change that returns
    nothing): (True, its result), or (False, None) with the refusal shown."""
    try:
        return True, state.write(fn, *args, **kwargs)
    except db.DatabaseFault as exc:
        st.error(faults.describe(exc, lang, path=db.db_path()))
    except UploadRejected as exc:
        st.error(refusals.said(exc, lang))
        problem_table(exc.problems, lang)
    except access.AccessDenied as exc:  # this role may not change data
        st.error(refusals.said(exc, lang))
    except ValueError as exc:  # a refusal of the loading service or the floor
        st.error(refusals.said(exc, lang))
    return False, None


def _check(data: bytes, file_name: str, kind: str, period: str,
           mapping: mapping_step.Mapping | None) -> _Check:
    """Read, validate and preview the file against the current data (raises UploadRejected
    for an unknown kind or an unreadable period)."""
    checked = state.read(check.check_upload, data, file_name, kind, period, mapping=mapping)
    if checked.has_errors:
        return _Check(checked, None, None)
    loaded_as = state.read(check.already_loaded, checked)
    changes = (None if loaded_as or kinds.is_yearly(kind) else
               state.read(load_changes, checked.upload()))
    replaces = None if loaded_as else state.read(check.would_replace, checked)
    return _Check(checked, changes, loaded_as, replaces)


def _replaces(verdict: _Check, lang: str) -> None:
    """Say plainly, before the load button, which upload loading this file replaces."""
    if verdict.replaces is None:
        return
    upload_id, file_name, rows = verdict.replaces
    st.warning(t("replaces_upload", lang, id=upload_id, file=md(file_name),
                 rows=fmt.counted(rows, "upload_rows", lang)))


def _checked(data: bytes, digest: str, file_name: str, kind: str, period: str,
             mapping: mapping_step.Mapping | None) -> _Check:
    """The check of this file, kept for the session while file, kind, period, mapping and data
    stay the same: every rerun of the page (the load button, a filter) would otherwise read
    and validate the whole file again. The load itself still validates before it writes."""
    key = (digest, file_name, kind, period, mapping and mapping.to_json(), state.data_version())
    kept = st.session_state.get(_CHECKED)
    if kept is None or kept[0] != key:
        kept = (key, _check(data, file_name, kind, period, mapping))
        st.session_state[_CHECKED] = kept  # one file per session, the last one checked
    return kept[1]


def _seen(digest: str, file_name: str, kind: str, period: str) -> int:
    """The newest upload for this kind and period as the user saw it with this file: kept from
    the run that showed the check, so the run of the load button (which comes later) still
    compares against that, and a load finished by someone else in between is told, not
    replaced unseen. The first run of a file takes the newest now."""
    key = (digest, file_name, kind, period)
    kept = st.session_state.get(_SEEN)
    newest = state.read(uploads.latest_upload, kind, period)
    st.session_state[_SEEN] = (key, newest)
    return kept[1] if kept is not None and kept[0] == key else newest


def check_and_offer_load(data: bytes, file_name: str, kind: str, period: str, button: str,
                         key: str, lang: str) -> uploads.LoadResult | None:
    """Check `data` as `kind` for `period` (a quarter, or a year for yearly kinds), show how
    many rows passed or which errors and warnings stop it (table and CSV report), and load it
    when the user presses `button`. Returns the LoadResult once loaded, else None. A file
    whose headers are not the template's (nor a saved mapping's) first gets the mapping step:
    nothing is checked further before she confirms it.
    """
    digest = hashlib.sha256(data).hexdigest()
    decision = mapping_step.decide(data, digest, file_name, kind, lang)
    if decision is None:
        return None
    seen = _seen(digest, file_name, kind, period)
    bar = st.progress(0, text=t("upload_reading", lang))
    try:
        verdict = _checked(data, digest, file_name, kind, period, decision.mapping)
        problems = verdict.checked.problems
    except UploadRejected as exc:  # unknown kind or unreadable quarter
        verdict, problems = None, exc.problems
    bar.progress(100, text=t("upload_checked", lang))
    _say_verdict(verdict, problems, file_name, f"{kind_label(kind, lang)}, {md(period)}", lang)
    if problems:
        problem_table(problems, lang)
        widgets.download(t("upload_problem_report", lang), problems_frame(problems, lang),
                         f"problemen_{file_name}.csv", f"{key}_problems", lang)
    if verdict is None or verdict.checked.has_errors or verdict.loaded_as:
        return None
    _replaces(verdict, lang)
    if not st.button(button, type="primary", key=key):
        return None
    bar = st.progress(50, text=t("upload_writing", lang))
    result = write(lang, uploads.load_upload, data, file_name, kind, period, state.user(),
                   seen_upload=seen, mapping=decision.mapping, save_as=decision.save_as)
    if result is not None:
        bar.progress(100, text=t("upload_done", lang))
        st.session_state[_SEEN] = (st.session_state[_SEEN][0], result.upload_id)  # seen now
    return result


def _say_verdict(verdict: _Check | None, problems: list[Problem], file_name: str, what: str,
             lang: str) -> None:
    """The check's outcome in one line: refused with how many errors, or how many rows passed;
    and whether this very file already counts."""
    errors = sum(p.severity == "error" for p in problems)
    warnings = len(problems) - errors
    n_warnings = fmt.counted(warnings, "upload_warnings", lang)
    if errors:
        st.error(t("upload_refused", lang, errors=fmt.counted(errors, "upload_errors", lang),
                   warnings=n_warnings, file=md(file_name)))
    elif verdict is not None:
        rows = fmt.counted(verdict.checked.rows, "upload_rows", lang)
        st.success(t("upload_passed", lang, rows=rows,
                     what=what, warned=f", {n_warnings}" if warnings else ""))
    if verdict is not None and verdict.checked.mapping_name:
        st.info(t("map_used_saved", lang, name=md(verdict.checked.mapping_name)))
    if verdict is not None and verdict.loaded_as:
        st.info(t("upload_already_loaded", lang, id=verdict.loaded_as))
    elif verdict is not None and verdict.changes is not None:
        st.info(f"**{t('change_preview', lang)}:** {describe(verdict.changes, lang)}")
