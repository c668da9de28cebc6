"""The report's charts laid out for an A4 page, so a printed or forwarded PDF reads like the page.

A chart drawn for the screen (wide, 15 px labels, 10 px margins that rely on the browser to
grow them) shrinks to a few millimetres of text on paper, and an export where the margins do
not grow cuts labels to their last letters ("0" for "1000", "k" for "Denemarken"). Here each
figure gets the pixel size of the image it becomes on the page (96 px per inch, so 11 px is
about 8 pt in print), margins wide enough for its longest tick label (and automargin on top),
category labels wrapped by word, and axis titles set off from the ticks.
"""

from __future__ import annotations

import html
import textwrap

import plotly.graph_objects as go

from tradeinvest.reporting.chart_text import plain

PX_PER_MM = 96 / 25.4          # CSS pixels per millimetre: Chromium's unit at scale 1
FONT_PX = 11                   # ≈ 8 pt on paper
TITLE_PX = 13
PRINT_FONT = "Liberation Sans, Arial, sans-serif"  # the PDF's own body font (metric Arial)
CHAR_PX = 0.56 * FONT_PX       # average width of a character of that font, with room to spare
LABEL_CHARS = 26               # category labels wrap after this many characters
ROW_MM = 6.5                   # per bar of a horizontal ranking (a wrapped label has two lines)
PAD_PX = 12                    # space kept clear around the drawing, so nothing meets the edge


def wrap(text: object, width: int = LABEL_CHARS) -> str:
    """A category label broken by word into lines of at most `width` characters as shown
    (the label arrives escaped, "&amp;" shows as one character; Plotly breaks lines on <br>);
    a single longer word is kept whole."""
    shown = html.unescape(str(text))
    lines = textwrap.wrap(shown, width, break_long_words=False, break_on_hyphens=False)
    return "<br>".join(plain(line) for line in lines) or str(text)


def _longest_line(labels: list[object]) -> int:
    return max((len(line) for value in labels for line in str(value).split("<br>")), default=0)


def height_mm(fig: go.Figure, default_mm: float = 80.0) -> float:
    """How tall the chart is on paper: horizontal bars get a row each, the rest `default_mm`."""
    bars = [tr for tr in fig.data if tr.type == "bar" and tr.orientation == "h"]
    if bars:
        rows = max(len(tr.y) for tr in bars)
        return max(45.0, rows * ROW_MM + 30.0)
    return default_mm


def _categories(fig: go.Figure) -> list[object]:
    """The category labels of horizontal bars: the y axis's tick labels."""
    return [v for tr in fig.data if tr.type == "bar" and tr.orientation == "h" for v in tr.y]


def for_page(fig: go.Figure, width_mm: float, tall_mm: float) -> go.Figure:
    """A copy of `fig` laid out at the pixel size of its image on the page."""
    out = go.Figure(fig)
    for trace in out.data:
        if trace.type == "bar" and trace.orientation == "h":
            trace.y = [wrap(v) for v in trace.y]
    width, height = round(width_mm * PX_PER_MM), round(tall_mm * PX_PER_MM)
    categories = _categories(out)
    # Left margin: the longest category line, else room for a number such as "1.000" and
    # the axis title beside it; right margin: bar values written outside the bars.
    left = (_longest_line(categories) * CHAR_PX if categories else 6 * CHAR_PX + FONT_PX * 2)
    has_values_outside = any(getattr(tr, "textposition", None) == "outside" for tr in out.data)
    out.update_layout(
        width=width, height=height, autosize=False, paper_bgcolor="white",
        plot_bgcolor="white",
        font=dict(family=PRINT_FONT, size=FONT_PX),
        title=dict(font=dict(size=TITLE_PX), x=0, xref="container", xanchor="left",
                   y=1, yref="container", yanchor="top", pad=dict(t=PAD_PX, l=PAD_PX),
                   automargin=True),
        margin=dict(l=round(left) + PAD_PX + 6, r=PAD_PX + (40 if has_values_outside else 10),
                    t=TITLE_PX * 3 + PAD_PX * 2, b=FONT_PX * 4 + PAD_PX, pad=2,
                    autoexpand=True),
        legend=dict(font=dict(size=FONT_PX - 1), orientation="h", yanchor="bottom", y=1.0,
                    x=1, xanchor="right"),
    )
    out.update_xaxes(automargin=True, tickfont=dict(size=FONT_PX), title_standoff=8,
                     title_font=dict(size=FONT_PX))
    out.update_yaxes(automargin=True, tickfont=dict(size=FONT_PX), title_standoff=8,
                     title_font=dict(size=FONT_PX))
    if any(tr.type == "choropleth" for tr in out.data):
        out.update_layout(margin=dict(l=PAD_PX, r=PAD_PX, t=TITLE_PX * 3, b=PAD_PX))
        out.update_traces(colorbar=dict(thickness=12, len=0.8, tickfont=dict(size=FONT_PX - 1)),
                          selector=dict(type="choropleth"))
    return out
