"""Per-process connection, the data version that invalidates caches, and cached measure calls.

One DuckDB connection per process (`cache_resource`); each call takes its own cursor, since a
connection is not thread-safe and Streamlit runs each session in its own thread. Measures are
cached with the data version in the key, so an upload, undo or settings change shows at once
on every page without a restart.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import Any, TypeVar

import duckdb
import streamlit as st

from tradeinvest import access
from tradeinvest.store import catalog, db, uploads

T = TypeVar("T")


@st.cache_resource(show_spinner="Database openen…")
def connection() -> duckdb.DuckDBPyConnection:
    """Open the database; fill it with the sample data on the very first run."""
    con = db.connect()
    if uploads.is_empty(con):
        from tradeinvest import sample

        sample.load_sample(con)
    return con


def open_or_stop() -> None:
    """Open the database, or explain why not (another process holds it) and stop the page."""
    try:
        connection()
    except db.DatabaseBusy as exc:
        st.error(str(exc))
        st.stop()


def cursor() -> duckdb.DuckDBPyConnection:
    return connection().cursor()


def data_version() -> tuple:
    cur = cursor()
    try:
        return uploads.data_version(cur)
    finally:
        cur.close()


@st.cache_data(max_entries=512, ttl=3600, show_spinner=False)
def _cached(name: str, version: tuple, args: tuple, kwargs: tuple) -> Any:
    module, _, func = name.rpartition(".")
    fn = getattr(importlib.import_module(module), func)
    cur = cursor()
    try:
        return fn(cur, *args, **dict(kwargs))
    finally:
        cur.close()


def measure(fn: Callable[..., T], *args: Any, **kwargs: Any) -> T:
    """Call a measure function `fn(con, *args, **kwargs)` through the bounded cache."""
    return _cached(f"{fn.__module__}.{fn.__name__}", data_version(), args,
                   tuple(sorted(kwargs.items())))


def read(fn: Callable[..., T], *args: Any, **kwargs: Any) -> T:
    """Run `fn(con, ...)` on its own cursor, uncached: for what must be fresh or is too big to
    cache (a file being checked, the upload history, the settings being edited)."""
    cur = cursor()
    try:
        return fn(cur, *args, **kwargs)
    finally:
        cur.close()


def write(fn: Callable[..., T], *args: Any, **kwargs: Any) -> T:
    """Run a data change `fn(con, ...)` on its own cursor; caches follow the data version.

    The one path of every data change in the app: `access.perform` refuses (and audits) it
    unless the signed-in role may do that action, whatever widget was reached.
    """
    cur = cursor()
    try:
        return access.perform(cur, principal(), fn, *args, **kwargs)
    except access.AccessDenied as exc:
        st.error(str(exc))
        st.stop()
        raise  # st.stop() raises; this keeps type checkers informed
    finally:
        cur.close()


PRINCIPAL_KEY = "auth_principal"


def principal() -> access.Principal | None:
    """Who is signed in (set by ui.auth.gate in app.py; the demo coordinator in demo mode)."""
    return st.session_state.get(PRINCIPAL_KEY)


def user() -> str:
    """The signed-in user's name, for the audit trail of uploads, undo and settings."""
    p = principal()
    return p.name if p else "anoniem"


def country_names(lang: str) -> dict[str, str]:
    """ISO2 -> country name in the chosen language."""
    table = measure(catalog.country_table)
    return dict(zip(table["iso2"], table["name_nl" if lang == "nl" else "name_en"], strict=True))
