"""Plotly figures for pages and reports: titles and axes a governor reads, target always shown.

Each builder takes a tidy DataFrame and returns a Figure; no Streamlit and no SQL here, so the
same figure serves the page, the PDF report and a test.
"""

from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go

from tradeinvest import vocab
from tradeinvest.reporting import fmt
from tradeinvest.reporting.chart_text import escaped, plain  # noqa: F401 (plain: for callers)
from tradeinvest.texts import t

BLUE, ORANGE, GREY, GREEN, RED = "#1f4e79", "#e07b00", "#8c8c8c", "#2e7d32", "#c62828"
THEME_COLOURS = {"groen": "#2e7d32", "gezond": "#c2185b", "slim": "#1565c0", "overig": GREY}
# A theme's colour whatever the language it is written in (code, Dutch or English label).
_THEME_COLOUR_BY_NAME = {name.lower(): THEME_COLOURS[term.code] for term in vocab.THEMES
                         for name in (term.code, term.nl, term.en)}
FONT = dict(family="Source Sans Pro, Arial, sans-serif", size=15)


def _layout(fig: go.Figure, lang: str, title: str, x: str = "", y: str = "",
            height: int = 420) -> go.Figure:
    """Titles, fonts and number format every figure shares; ends by escaping all its text
    (`chart_text.escaped`), so builders pass uploaded names raw."""
    fig.update_layout(title=dict(text=title, x=0, font=dict(size=19)), font=FONT,
                      xaxis_title=x, yaxis_title=y, height=height, plot_bgcolor="white",
                      margin=dict(l=10, r=10, t=60, b=10),
                      # below the plot: above it, a legend of two lines in a half-width
                      # column grew into the title
                      legend=dict(orientation="h", yanchor="top", y=-0.2, x=0, xanchor="left"),
                      separators=",." if lang == "nl" else ".,")
    fig.update_yaxes(gridcolor="#e6e6e6", zerolinecolor="#bdbdbd")
    return escaped(fig)


def path_chart(frame: pd.DataFrame, lang: str = "nl", current_year: int | None = None,
               forecast: float | None = None) -> go.Figure:
    """Realised new jobs per year (bars) against the target path (line), with this year's forecast.

    `frame` columns: year, realised, target.
    """
    fig = go.Figure()
    colours = [ORANGE if y == current_year else BLUE for y in frame["year"]]
    fig.add_bar(x=frame["year"], y=frame["realised"], name=t("col_realised", lang),
                marker_color=colours,
                text=[fmt.number(v, 0, lang) for v in frame["realised"]], textposition="inside",
                insidetextanchor="end", textfont=dict(color="white"),
                hovertemplate="%{x}: %{y:,.0f}<extra></extra>")
    if frame["target"].notna().any():
        fig.add_scatter(x=frame["year"], y=frame["target"], name=t("col_target", lang),
                        mode="lines+markers", line=dict(color=RED, width=3, dash="dash"),
                        hovertemplate="%{x}: %{y:,.0f}<extra></extra>")
    if forecast is not None and current_year is not None:
        fig.add_scatter(x=[current_year], y=[forecast], mode="markers",
                        name=t("chart_year_end_forecast", lang),
                        marker=dict(symbol="diamond-open", size=16, color=ORANGE,
                                    line=dict(width=3)),
                        hovertemplate="%{y:,.0f}<extra></extra>")
    fig.update_xaxes(dtick=1)
    return _layout(fig, lang, t("chart_jobs_per_year", lang), t("year", lang),
                   t("new_direct_jobs", lang))


def ranking(frame: pd.DataFrame, label: str, value: str, title: str, axis: str,
            lang: str = "nl", top: int = 12, colour: str = BLUE) -> go.Figure:
    """Horizontal bars, largest on top (which countries/sectors bring the jobs)."""
    data = frame.nlargest(top, value).iloc[::-1]
    fig = go.Figure()
    fig.add_bar(y=data[label], x=data[value], orientation="h", marker_color=colour,
                text=[fmt.number(v, 0, lang) for v in data[value]], textposition="outside",
                cliponaxis=False,
                hovertemplate="%{y}: %{x:,.0f}<extra></extra>")
    return _layout(fig, lang, title, axis, "", height=max(300, 34 * len(data) + 120))


def stacked_bars(frame: pd.DataFrame, x: str, y: str, colour: str, title: str, x_title: str,
                 y_title: str, lang: str = "nl", labels: dict[str, str] | None = None,
                 colours: dict[str, str] | None = None) -> go.Figure:
    """One bar per x, stacked by a category (jobs per year by theme, output per quarter...)."""
    fig = go.Figure()
    for key, part in frame.groupby(colour, sort=True):
        name = (labels or {}).get(str(key), str(key))
        fig.add_bar(x=part[x], y=part[y], name=name,
                    marker_color=(colours or {}).get(str(key)),
                    hovertemplate="%{x}: %{y:,.0f}")  # the name shows beside, escaped
    fig.update_layout(barmode="stack")
    return _layout(fig, lang, title, x_title, y_title)


def lines(frame: pd.DataFrame, x: str, series: dict[str, str], title: str, x_title: str,
          y_title: str, lang: str = "nl") -> go.Figure:
    """Several indicators over time, one line each (output → impact trends)."""
    fig = go.Figure()
    for column, name in series.items():
        fig.add_scatter(x=frame[x], y=frame[column], name=name, mode="lines+markers")
    return _layout(fig, lang, title, x_title, y_title)


def funnel(stages: list[str], values: list[float], title: str, lang: str = "nl") -> go.Figure:
    """Contacts → bidbooks/FFTs → leads → projects for one selection."""
    fig = go.Figure()
    fig.add_funnel(y=stages, x=values, textinfo="value+percent initial",
                   marker=dict(color=[BLUE, "#2f6fa8", ORANGE, GREEN][: len(stages)]))
    return _layout(fig, lang, title, height=360)


def treemap(frame: pd.DataFrame, parent: str, child: str, value: str, title: str,
            lang: str = "nl") -> go.Figure:
    """Jobs by theme (parent) and sector (child)."""
    data = frame[frame[value] > 0]
    parents = data.groupby(parent, as_index=False)[value].sum()
    ids = [f"p/{p}" for p in parents[parent]] + [f"c/{p}/{c}" for p, c in
                                                 zip(data[parent], data[child], strict=True)]
    fig = go.Figure()
    fig.add_treemap(ids=ids, labels=list(parents[parent]) + list(data[child]),
                    parents=[""] * len(parents) + [f"p/{p}" for p in data[parent]],
                    values=list(parents[value]) + list(data[value]), branchvalues="total",
                    texttemplate="%{label}<br>%{value:,.0f}",
                    marker=dict(colors=[_THEME_COLOUR_BY_NAME.get(str(p).lower(), GREY)
                                        for p in parents[parent]] + [None] * len(data)))
    return _layout(fig, lang, title, height=460)


def box(frame: pd.DataFrame, group: str, value: str, title: str, axis: str,
        lang: str = "nl") -> go.Figure:
    """A distribution per group (lead time in days per country)."""
    fig = go.Figure()
    for key, part in frame.groupby(group, sort=True):
        fig.add_box(x=part[value], name=str(key), boxpoints="all", jitter=0.3,
                    marker_color=BLUE, orientation="h")
    fig.update_layout(showlegend=False)
    return _layout(fig, lang, title, axis, "", height=max(300, 40 * frame[group].nunique() + 140))
