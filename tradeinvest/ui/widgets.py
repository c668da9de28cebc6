"""Small page building blocks: a chart with its data download, a table, an empty state."""

from __future__ import annotations

from collections.abc import Callable, Collection
from typing import Any

import pandas as pd
import plotly.graph_objects as go
import streamlit as st

from tradeinvest.reporting import csv_export, fmt
from tradeinvest.reporting.maps import map_config
from tradeinvest.texts import t
from tradeinvest.ui.filters import Selection

SIDEBAR_FILTERS = ("year", "quarter", "pillar", "country", "sector", "partner")

SIGNED_COLUMNS = frozenset({"delta", "difference"})  # changes: shown as +12 / −3


def download(label: str, data: bytes | pd.DataFrame | Callable[[], bytes], file_name: str,
             key: str, lang: str, mime: str = csv_export.CSV_MIME,
             labels: dict[str, str] | None = None, target: Any = st) -> None:
    """Every download button of the app: a frame becomes the CSV a Dutch (or English) Excel
    opens with the screen's headers and numbers as numbers; bytes or a deferred maker go out
    as they are (templates, reports). `target`: where the button goes (a column)."""
    if isinstance(data, pd.DataFrame):
        data = csv_export.to_csv(data, lang, labels)
    target.download_button(label, data=data, file_name=file_name, mime=mime, key=key,
                           on_click="ignore")


def chart(fig: go.Figure, data: pd.DataFrame, key: str, lang: str,
          labels: dict[str, str] | None = None) -> None:
    """Draw a figure and offer the rows behind it as CSV (`labels`: headers where the
    general COLUMN_LABELS would say the wrong thing for this chart)."""
    st.plotly_chart(fig, key=f"chart_{key}", config=map_config())
    download(t("download_csv", lang), data, f"{key}.csv", f"csv_{key}", lang, labels=labels)


def _formatter(name: object, values: pd.Series, lang: str) -> Callable[[object], str]:
    """How the screen writes one numeric column: euros, shares as percentages, changes with
    their sign, else the column's decimals (`fmt.column_decimals`, which the CSV shares)."""
    label = str(name)
    if label.endswith("_eur"):
        return lambda v: fmt.euro(v, lang)  # type: ignore[arg-type]
    decimals = fmt.column_decimals(name, values)
    if decimals == 3:
        return lambda v: fmt.percent(v, 1, lang)  # type: ignore[arg-type]
    if label in SIGNED_COLUMNS:
        return lambda v: fmt.signed(v, decimals, lang)  # type: ignore[arg-type]
    return lambda v: fmt.number(v, decimals, lang)  # type: ignore[arg-type]


def blank_missing(data: pd.DataFrame) -> pd.DataFrame:
    """Text (object) columns with "" for a missing value: a table shows a blank cell, not
    "None"; numeric columns keep their missing values so they sort and format as numbers."""
    out = data.copy()
    for column in out.columns:
        if not pd.api.types.is_numeric_dtype(out[column]) and out[column].isna().any():
            out[column] = out[column].astype(object).where(out[column].notna(), "")
    return out


def table(data: pd.DataFrame, key: str, lang: str, labels: dict[str, str] | None = None,
          widths: dict[str, object] | None = None, numbers: pd.DataFrame | None = None
          ) -> None:
    """A table in the reader's number format, shown as text (never rendered as HTML/markdown);
    sorting stays numeric because only the display is formatted. Empty cells are blank, not
    "None": a number column with gaps is shown as formatted text (so it sorts as text).
    `widths`: st.column_config per shown column header, for columns that need room.
    CSV download beside it, with the same headers; `numbers`: the same columns as numbers
    where `data` shows some as text ("–", "+14", "−15"), so the CSV has what Excel counts."""
    names = csv_export.headers(list(data.columns), lang, labels)
    shown = blank_missing(data)
    formats, config = {}, dict(widths or {})
    for column in data.select_dtypes("number").columns:
        format_ = _formatter(column, data[column], lang)
        if data[column].isna().any():  # st.dataframe shows a missing number as "None"
            shown[column] = [format_(v) if pd.notna(v) else "" for v in data[column]]
            config.setdefault(names[column], st.column_config.TextColumn(alignment="right"))
        else:  # stays a number: sorts as one, shown in the reader's format
            formats[names[column]] = format_
    st.dataframe(shown.rename(columns=names).style.format(formats), hide_index=True,
                 width="stretch", key=f"table_{key}", column_config=config)
    download(t("download_csv", lang), data if numbers is None else numbers, f"{key}.csv",
             f"csv_{key}", lang, labels=labels)


def filter_scope(sel: Selection, applies: Collection[str], lang: str) -> list[str]:
    """Say which of the sidebar's filters this page follows (`applies`: names from
    SIDEBAR_FILTERS) and mark those that are set but not applicable, so no filter is ignored
    silently. Returns the names of the applied filters that are set."""
    chosen = [name for name in SIDEBAR_FILTERS if getattr(sel, name) is not None]
    used = [name for name in chosen if name in applies]
    ignored = [name for name in chosen if name not in applies]
    if used:
        st.caption(t("filters_applied", lang).format(", ".join(t(n, lang).lower()
                                                               for n in used)))
    if ignored:
        st.info(t("filters_not_applicable", lang).format(", ".join(t(n, lang).lower()
                                                                   for n in ignored)))
    return used


def filtered_empty(sel: Selection, applied: Collection[str], lang: str) -> None:
    """The empty state when the sidebar's filters emptied the list (not: nothing uploaded)."""
    narrowing = [t(n, lang).lower() for n in applied if n not in ("year", "quarter")]
    st.info(t("filtered_empty", lang).format(", ".join(narrowing)))


def empty(lang: str, message: str | None = None) -> None:
    """Explain what to upload instead of drawing an empty chart."""
    st.info(message or t("no_data", lang))


def need_year(sel: Selection, title: str) -> None:
    """The page's start when nothing is uploaded yet (no year to show): its title and what to
    upload, then the run stops."""
    if sel.year is None:
        st.title(title)
        empty(sel.lang)
        st.stop()


def list_or_drill(sel: Selection, chosen: str | None, list_title: str, pick: str) -> bool:
    """The preamble of a page that lists all (countries, sectors) or drills into the one
    chosen in the sidebar: True for the list, which gets its title with the period and the
    hint `pick` (how to drill in) here; False when `chosen` is set (the drill-down's turn)."""
    if chosen is not None:
        return False
    st.title(f"{list_title} — {sel.period_label()}")
    st.caption(pick)
    return True
