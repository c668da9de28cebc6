"""Small page building blocks: a chart with its data download, a table, an empty state."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pandas as pd
import plotly.graph_objects as go
import streamlit as st

from tradeinvest.reporting import csv_export, fmt
from tradeinvest.reporting.i18n import t
from tradeinvest.reporting.maps import map_config

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


def chart(fig: go.Figure, data: pd.DataFrame, key: str, lang: str) -> None:
    """Draw a figure and offer the rows behind it as CSV."""
    st.plotly_chart(fig, key=f"chart_{key}", config=map_config())
    download(t("download_csv", lang), data, f"{key}.csv", f"csv_{key}", lang)


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


def table(data: pd.DataFrame, key: str, lang: str, labels: dict[str, str] | None = None) -> None:
    """A table in the reader's number format, shown as text (never rendered as HTML/markdown);
    sorting stays numeric because only the display is formatted. CSV download beside it, with
    the same headers."""
    names = csv_export.headers(list(data.columns), lang, labels)
    formats = {names[c]: _formatter(c, data[c], lang)
               for c in data.select_dtypes("number").columns}
    shown = data.rename(columns=names)
    st.dataframe(shown.style.format(formats), hide_index=True, width="stretch",
                 key=f"table_{key}")
    download(t("download_csv", lang), data, f"{key}.csv", f"csv_{key}", lang, labels=labels)


def empty(lang: str, message: str | None = None) -> None:
    """Explain what to upload instead of drawing an empty chart."""
    st.info(message or t("no_data", lang))
