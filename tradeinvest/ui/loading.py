"""Check a file, show the verdict with every problem, and load it on confirmation; data changes
with refusals shown on the page. One flow for the Upload, Calendar and Plans pages, so a file
is judged and reported the same wherever the coordinator drops it.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from typing import Any

import streamlit as st

from tradeinvest.ingest.problems import UploadRejected, has_errors
from tradeinvest.ingest.validate import Validated
from tradeinvest.reporting import fmt
from tradeinvest.reporting.labels import kind_label
from tradeinvest.reporting.problems_report import problems_frame
from tradeinvest.store import uploads
from tradeinvest.ui import state, widgets
from tradeinvest.ui.safe import md

_CHECKED = "_upload_checked"  # session key: (file, kind, period, data version), Validated


def write(lang: str, fn: Callable[..., Any], *args: Any, **kwargs: Any) -> Any | None:
    """`state.write`, with a refusal (no right, bad file) shown on the page; None then."""
    try:
        return state.write(fn, *args, **kwargs)
    except UploadRejected as exc:
        st.error(str(exc))
        st.dataframe(problems_frame(exc.problems, lang), hide_index=True, width="stretch")
    except PermissionError as exc:  # access.AccessDenied: this role may not change data
        st.error(str(exc))
    except ValueError as exc:  # a store function's plain-language refusal
        st.error(str(exc))
    return None


def _checked(data: bytes, file_name: str, kind: str, period: str) -> Validated:
    """The check of this file, kept for the session while file, kind, period and data stay the
    same: every rerun of the page (the load button, a filter) would otherwise read and validate
    the whole file again. The load itself still validates before it writes."""
    key = (hashlib.sha256(data).hexdigest(), file_name, kind, period, state.data_version())
    kept = st.session_state.get(_CHECKED)
    if kept is None or kept[0] != key:
        kept = (key, state.read(uploads.check_upload, data, file_name, kind, period))
        st.session_state[_CHECKED] = kept  # one file per session, the last one checked
    return kept[1]


def check_and_offer_load(data: bytes, file_name: str, kind: str, period: str, button: str,
                         key: str, lang: str) -> uploads.LoadResult | None:
    """Check `data` as `kind` for `period` (a quarter, or a year for yearly kinds), show how
    many rows passed or which errors and warnings stop it (table and CSV report), and load it
    when the user presses `button`. Returns the LoadResult once loaded, else None.
    """
    nl = lang == "nl"
    bar = st.progress(0, text="Bestand lezen en controleren…" if nl else "Reading and checking…")
    try:
        checked = _checked(data, file_name, kind, period)
        problems = checked.problems
    except UploadRejected as exc:  # unknown kind or unreadable quarter
        checked, problems = None, exc.problems
    bar.progress(100, text="Gecontroleerd" if nl else "Checked")
    errors = sum(p.severity == "error" for p in problems)
    warnings = len(problems) - errors
    what = f"{kind_label(kind, lang)}, {md(period)}"
    n_errors = fmt.count(errors, *(("fout", "fouten") if nl else ("error", "errors")), lang)
    n_warnings = fmt.count(warnings, *(("waarschuwing", "waarschuwingen") if nl else
                                       ("warning", "warnings")), lang)
    if errors:
        st.error(f"{n_errors} en {n_warnings} in {md(file_name)}. Er is niets geladen: verbeter "
                 "het bestand en upload het opnieuw." if nl else
                 f"{n_errors} and {n_warnings} in {md(file_name)}. Nothing was loaded: fix the "
                 "file and upload it again.")
    elif checked is not None:
        rows = fmt.count(checked.rows, *(("rij", "rijen") if nl else ("row", "rows")), lang)
        warned = f", {n_warnings}" if warnings else ""
        st.success(f"{rows} goedgekeurd ({what}){warned}." if nl else
                   f"{rows} passed ({what}){warned}.")
    if problems:
        st.dataframe(problems_frame(problems, lang), hide_index=True, width="stretch")
        widgets.download("⬇ Probleemrapport (CSV)" if nl else "⬇ Problem report (CSV)",
                         problems_frame(problems, lang), f"problemen_{file_name}.csv",
                         f"{key}_problems", lang)
    if checked is None or has_errors(problems):
        return None
    if not st.button(button, type="primary", key=key):
        return None
    bar = st.progress(50, text="Schrijven…" if nl else "Writing…")
    result = write(lang, uploads.load_upload, data, file_name, kind, period, state.user())
    if result is not None:
        bar.progress(100, text="Klaar" if nl else "Done")
    return result
