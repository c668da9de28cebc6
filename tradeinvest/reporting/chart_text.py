"""The one escaping path from uploaded text into Plotly figures.

Plotly reads `<b>`, `<a href>`, `<br>`, `<span style>` in every text it draws (axis categories,
hover, legend, annotations, titles) as markup, so a mission called `<a href="…">` would become
a clickable link. Builders therefore pass raw data and end with `escaped(fig)`, which escapes
every string in the figure once; Plotly decodes `&lt;` `&gt;` `&amp;` back, so the reader sees
exactly what was typed. Only the templates (`hovertemplate`, `texttemplate`) are left alone:
they hold the builder's own markup (`<br>`, `<extra>`) and must never hold data; data reaches a
template only through a placeholder such as `%{x}`, `%{customdata[0]}` or `%{data.name}`.
"""

from __future__ import annotations

import html
from typing import Any

import numpy as np
import plotly.graph_objects as go

# keys whose strings are the builder's own markup, or Plotly's theme (never data)
_TEMPLATES = frozenset({"hovertemplate", "texttemplate", "template"})


def plain(text: object) -> str:
    """Uploaded text as Plotly shows it literally (`<b>` stays `<b>`, not bold)."""
    return html.escape(str(text), quote=False)


def _escape(value: Any) -> Any:
    """Every string inside `value` (dicts, lists, tuples, object arrays) escaped; numbers,
    dates and numeric arrays unchanged."""
    if isinstance(value, str):
        return plain(value)
    if isinstance(value, dict):
        return {k: v if k in _TEMPLATES else _escape(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_escape(v) for v in value]
    if isinstance(value, np.ndarray) and value.dtype == object:
        return np.array([_escape(v) for v in value.tolist()], dtype=object)
    return value


def escaped(fig: go.Figure) -> go.Figure:
    """The figure with all its text escaped once (call it last, on a figure of raw data)."""
    spec = fig.to_dict()
    layout = spec.get("layout", {})
    return go.Figure({"data": [_escape(trace) for trace in spec.get("data", [])],
                      "layout": _escape(layout)})
