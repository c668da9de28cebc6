"""Per-process connection, the data version that invalidates caches, and cached measure calls.

One DuckDB connection per process (`cache_resource`); each call takes its own cursor, since a
connection is not thread-safe and Streamlit runs each session in its own thread. Measures are
cached with the data version in the key, so an upload, undo or settings change shows at once
on every page without a restart.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any, TypeVar

import duckdb
import streamlit as st

from tradeinvest import access
from tradeinvest.measure import catalog
from tradeinvest.reporting import faults
from tradeinvest.store import db, reference, snapshot, user_queue
from tradeinvest.texts import t

T = TypeVar("T")


@st.cache_resource(show_spinner=t("db_opening"))
def connection() -> duckdb.DuckDBPyConnection:
    """Open the database; fill it with the sample data on the very first run.

    A file that cannot be written (read-only file or folder) is opened read-only instead, so
    the pages (and the sign-in page) still serve; `read_only()` then shows a banner and every
    change is refused with a message.
    """
    try:
        con = db.connect()
    except db.DatabaseFault as exc:
        if exc.kind != "readonly":
            raise
        return db.connect(read_only=True)
    if catalog.is_empty(con):
        from tradeinvest import sample

        sample.load_sample(con)
    _refresh_snapshot(con)
    return con


def _refresh_snapshot(con: duckdb.DuckDBPyConnection) -> None:
    """Write the copy the command line reads while the app holds the file (store.snapshot).
    A database fault here (disk full) keeps the previous copy, which says its own time."""
    try:
        snapshot.write(con, db.db_path())
    except Exception as exc:
        if db.fault_of(exc) is None:
            raise


def read_only() -> bool:
    """True when the app could open the database for reading only."""
    cur = cursor()
    try:
        row = cur.execute("SELECT bool_or(readonly) FROM duckdb_databases() WHERE "
                          "database_name = 'tradeinvest'").fetchone()
    finally:
        cur.close()
    return bool(row and row[0])


def _lang() -> str:
    return "en" if st.session_state.get("f_lang") == "en" else "nl"


@contextmanager
def faults_shown() -> Iterator[None]:
    """A database fault in the block becomes a message on the page and ends the run there:
    never a traceback (other exceptions pass through)."""
    try:
        yield
    except Exception as exc:
        text = faults.message(exc, _lang(), path=db.db_path())
        if text is None:
            raise
        st.error(text)
        st.stop()


def open_or_stop() -> None:
    """Open the database, or explain why not (busy, not a database) and stop the page; say so
    when it is open for reading only."""
    with faults_shown():
        con = connection()
        if read_only():
            st.warning(t("db_read_only_banner", _lang()), icon=":material/lock:")
        elif user_queue.pending(db.db_path()):
            apply_user_queue(con)


def apply_user_queue(con: duckdb.DuckDBPyConnection) -> int:
    """Apply the user changes the command line queued while the app held the file (on every
    page view, before sign-in is checked, so a removed user cannot act from this view on)."""
    cur = con.cursor()
    try:
        taken = user_queue.apply(cur, db.db_path())
    finally:
        cur.close()
    if taken:
        _refresh_snapshot(con)
    return taken


def cursor() -> duckdb.DuckDBPyConnection:
    return connection().cursor()


def data_version() -> tuple:
    cur = cursor()
    try:
        return catalog.data_version(cur)
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
    A database fault (read-only, disk full, a conflict) is raised as a `db.DatabaseFault`.
    """
    cur = cursor()
    try:
        result = access.perform(cur, principal(), fn, *args, audit=reference.audit, **kwargs)
        _refresh_snapshot(connection())
        return result
    except access.AccessDenied as exc:
        st.error(exc.text(_lang()))
        st.stop()
        raise  # st.stop() raises; this keeps type checkers informed
    except Exception as exc:
        fault = db.fault_of(exc, db.db_path())
        if fault is None or fault is exc:
            raise
        raise fault from exc
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
