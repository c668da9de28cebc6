"""Small page building blocks: a chart with its data download, a table, an empty state."""

from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go
import streamlit as st

from tradeinvest.reporting.i18n import t
from tradeinvest.reporting.maps import map_config


def chart(fig: go.Figure, data: pd.DataFrame, key: str, lang: str) -> None:
    """Draw a figure and offer the rows behind it as CSV (Dutch Excel: `;`, BOM)."""
    st.plotly_chart(fig, key=f"chart_{key}", config=map_config())
    st.download_button(t("download_csv", lang), data.to_csv(index=False, sep=";")
                       .encode("utf-8-sig"), file_name=f"{key}.csv", mime="text/csv",
                       key=f"csv_{key}")


def table(data: pd.DataFrame, key: str, lang: str, labels: dict[str, str] | None = None) -> None:
    """A table shown as text (never rendered as HTML/markdown), with its CSV download."""
    st.dataframe(data.rename(columns=labels or {}), hide_index=True, width="stretch",
                 key=f"table_{key}")
    st.download_button(t("download_csv", lang), data.to_csv(index=False, sep=";")
                       .encode("utf-8-sig"), file_name=f"{key}.csv", mime="text/csv",
                       key=f"csv_{key}")


def empty(lang: str, message: str | None = None) -> None:
    """Explain what to upload instead of drawing an empty chart."""
    st.info(message or t("no_data", lang))
