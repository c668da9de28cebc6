"""Small page building blocks: a chart with its data download, a table, an empty state."""

from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go
import streamlit as st

from tradeinvest.reporting import fmt
from tradeinvest.reporting.cells import csv_safe
from tradeinvest.reporting.i18n import t
from tradeinvest.reporting.maps import map_config


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


def table(data: pd.DataFrame, key: str, lang: str, labels: dict[str, str] | None = None) -> None:
    """A table in the reader's number format, shown as text (never rendered as HTML/markdown);
    sorting stays numeric because only the display is formatted. CSV download beside it."""
    names = labels or {}
    formats = {names.get(c, c): f for c, f in _formatters(data, lang).items()}
    shown = data.rename(columns=names)
    st.dataframe(shown.style.format(formats), hide_index=True, width="stretch",
                 key=f"table_{key}")
    st.download_button(t("download_csv", lang), _csv(data), file_name=f"{key}.csv",
                       mime="text/csv",
                       key=f"csv_{key}")


def empty(lang: str, message: str | None = None) -> None:
    """Explain what to upload instead of drawing an empty chart."""
    st.info(message or t("no_data", lang))
