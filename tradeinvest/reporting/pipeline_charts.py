"""Plotly figures of the pipeline (measure/pipeline.py): the open pipeline by stage and
likelihood, and the conversion per stage. Same conventions as `charts` (titles, fonts, number
format and escaping through its `_layout`); no Streamlit and no SQL here."""

from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go

from tradeinvest import vocab
from tradeinvest.reporting import charts, fmt

LIKELIHOOD_COLOURS = {"high": charts.GREEN, "medium": charts.ORANGE, "low": charts.RED,
                      "unknown": charts.GREY}


def open_pipeline(frame: pd.DataFrame, title: str, x_title: str, y_title: str,
                  lang: str = "nl", unknown: str = "") -> go.Figure:
    """Expected jobs per open stage (in stage order), stacked by likelihood to land.

    `frame`: measure.pipeline.open_by_stage (stage, likelihood, opportunities, expected_jobs).
    """
    stages = [vocab.label_of(vocab.PIPELINE_STAGES, s, lang) for s in vocab.OPEN_STAGES]
    fig = go.Figure()
    for code in [*(t.code for t in vocab.LIKELIHOODS), "unknown"]:
        part = frame[frame["likelihood"] == code]
        if part.empty:
            continue
        name = unknown if code == "unknown" else vocab.label_of(vocab.LIKELIHOODS, code, lang)
        fig.add_bar(x=[vocab.label_of(vocab.PIPELINE_STAGES, s, lang) for s in part["stage"]],
                    y=part["expected_jobs"], name=name, marker_color=LIKELIHOOD_COLOURS[code],
                    customdata=part["opportunities"],
                    hovertemplate="%{x}: %{y:,.0f} (%{customdata})")
    fig.update_layout(barmode="stack")
    fig.update_xaxes(categoryorder="array", categoryarray=stages)
    return charts._layout(fig, lang, title, x_title, y_title)


def conversion(frame: pd.DataFrame, title: str, y_title: str, lang: str = "nl") -> go.Figure:
    """The share won of the opportunities that reached each open stage, as bars with the
    percentage and "won / reached" written on them.

    `frame`: measure.pipeline.conversion (stage, reached, won, ..., conversion).
    """
    fig = go.Figure()
    fig.add_bar(x=[vocab.label_of(vocab.PIPELINE_STAGES, s, lang) for s in frame["stage"]],
                y=frame["conversion"], marker_color=charts.BLUE,
                text=[f"{fmt.percent(c, 0, lang)} ({fmt.number(w, 0, lang)}/"
                      f"{fmt.number(r, 0, lang)})"
                      for c, w, r in zip(frame["conversion"], frame["won"], frame["reached"],
                                         strict=True)],
                textposition="outside", cliponaxis=False,
                hovertemplate="%{x}: %{y:.0%}<extra></extra>")
    fig.update_yaxes(tickformat=".0%", range=[0, 1.1])
    return charts._layout(fig, lang, title, "", y_title, height=360)
