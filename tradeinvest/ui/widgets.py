"""Small page building blocks: a chart with its data download, a table, an empty state."""

from __future__ import annotations

from collections.abc import Collection

import pandas as pd
import plotly.graph_objects as go
import streamlit as st

from tradeinvest.reporting import fmt
from tradeinvest.reporting.cells import csv_safe
from tradeinvest.reporting.i18n import t
from tradeinvest.reporting.maps import map_config
from tradeinvest.ui.filters import Selection

SIDEBAR_FILTERS = ("year", "quarter", "pillar", "country", "sector", "partner")


def _csv(data: pd.DataFrame) -> bytes:
    """`;`-separated with a BOM for Dutch Excel; text that looks like a formula stays text."""
    return csv_safe(data).to_csv(index=False, sep=";").encode("utf-8-sig")


def chart(fig: go.Figure, data: pd.DataFrame, key: str, lang: str) -> None:
    """Draw a figure and offer the rows behind it as CSV (Dutch Excel: `;`, BOM)."""
    st.plotly_chart(fig, key=f"chart_{key}", config=map_config())
    st.download_button(t("download_csv", lang), _csv(data), file_name=f"{key}.csv",
                       mime="text/csv",
                       key=f"csv_{key}")


def _formatters(data: pd.DataFrame, lang: str) -> dict[str, object]:
    """Per numeric column: euros for *_eur columns, whole numbers unless fractions occur."""
    out: dict[str, object] = {}
    for name in data.select_dtypes("number").columns:
        if str(name).endswith("_eur"):
            out[name] = lambda v: fmt.euro(v, lang)
        else:
            whole = data[name].dropna().mod(1).eq(0).all()
            out[name] = (lambda d: lambda v: fmt.number(v, d, lang))(0 if whole else 1)
    return out


def blank_missing(data: pd.DataFrame) -> pd.DataFrame:
    """Text (object) columns with "" for a missing value: a table shows a blank cell, not
    "None"; numeric columns keep their missing values so they sort and format as numbers."""
    out = data.copy()
    for column in out.columns:
        if not pd.api.types.is_numeric_dtype(out[column]) and out[column].isna().any():
            out[column] = out[column].astype(object).where(out[column].notna(), "")
    return out


def table(data: pd.DataFrame, key: str, lang: str, labels: dict[str, str] | None = None,
          widths: dict[str, object] | None = None) -> None:
    """A table in the reader's number format, shown as text (never rendered as HTML/markdown);
    sorting stays numeric because only the display is formatted. Empty cells are blank, not
    "None": a number column with gaps is shown as formatted text (so it sorts as text).
    `widths`: st.column_config per shown column label, for columns that need room.
    CSV download beside it."""
    names = labels or {}
    shown = blank_missing(data)
    formats, config = {}, dict(widths or {})
    for column, format_ in _formatters(data, lang).items():
        if data[column].isna().any():  # st.dataframe shows a missing number as "None"
            shown[column] = [format_(v) if pd.notna(v) else "" for v in data[column]]
            config.setdefault(names.get(column, column),
                              st.column_config.TextColumn(alignment="right"))
        else:  # stays a number: sorts as one, shown in the reader's format
            formats[names.get(column, column)] = format_
    st.dataframe(shown.rename(columns=names).style.format(formats), hide_index=True,
                 width="stretch", key=f"table_{key}", column_config=config)
    st.download_button(t("download_csv", lang), _csv(data), file_name=f"{key}.csv",
                       mime="text/csv",
                       key=f"csv_{key}")


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
