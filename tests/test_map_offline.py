"""The world map draws country shapes with the network cut off (offline government networks).

Unit tests check what `world_choropleth` puts in the figure; the browser tests open
tests/apps/map_demo.py in Chromium with every off-host request aborted and count the country
paths plotly.js drew. The `cdn` case is the control: plotly's default config must be caught.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import TYPE_CHECKING

import pandas as pd
import pytest

from tradeinvest.reporting.maps import (
    TOPOJSON_FILE,
    codes_without_shape,
    map_config,
    topojson_data_url,
    world_choropleth,
)

if TYPE_CHECKING:
    from tests.browser import AppPage

# The browser fixtures (streamlit_app, chromium_browser). Not imported above: pytest must load
# the module itself to assert-rewrite it. Harmless once tests/conftest.py registers it too.

DEMO = "tests/apps/map_demo.py"
COUNTRY_PATHS = ".geo .choroplethlayer path.choroplethlocation"
MAP_TIMEOUT_MS = 30_000


def _df() -> pd.DataFrame:
    return pd.DataFrame(
        {
            "iso3": ["DEU", "usa ", "CHN", None],
            "value": [120.0, 80.5, 45.0, 1.0],
            "name": ["Duitsland", "Verenigde Staten", "China", "zonder code"],
        }
    )


def test_world_choropleth_carries_codes_values_and_names() -> None:
    fig = world_choropleth(_df(), "iso3", "value", "name", "Titel", "Aantal")

    (trace,) = fig.data
    assert trace.type == "choropleth"
    assert trace.locationmode == "ISO-3"
    assert list(trace.locations) == ["DEU", "USA", "CHN"]  # cleaned; row without code dropped
    assert list(trace.z) == [120.0, 80.5, 45.0]
    assert [row[0] for row in trace.customdata] == ["Duitsland", "Verenigde Staten", "China"]
    assert trace.colorbar.title.text == "Aantal"
    assert fig.layout.title.text == "Titel"
    # plotly.js names the file it fetches after scope and resolution: we ship that one
    assert (fig.layout.geo.scope, fig.layout.geo.resolution) == ("world", 110)
    assert TOPOJSON_FILE.name == "world_110m.json"


def test_world_choropleth_with_no_rows_is_still_a_map() -> None:
    empty = _df().iloc[0:0]
    fig = world_choropleth(empty, "iso3", "value", "name", "Leeg", "Aantal")
    assert list(fig.data[0].locations) == []


def test_shipped_geometry_has_the_countries() -> None:
    topology = json.loads(TOPOJSON_FILE.read_text(encoding="utf-8"))
    assert set(topology["objects"]) >= {"countries", "land", "coastlines", "ocean"}
    assert TOPOJSON_FILE.stat().st_size < 1_000_000
    assert codes_without_shape(["DEU", "USA", "CHN", "IND", "NLD", "GBR"]) == []
    assert codes_without_shape(["SGP", "hkg", "DEU", ""]) == ["HKG", "SGP"]


def test_map_config_points_at_static_serving() -> None:
    assert map_config("") == {"topojsonURL": "/app/static/"}
    assert map_config("/tradeinvest/") == {"topojsonURL": "/tradeinvest/app/static/"}


def test_data_url_decodes_to_the_shipped_file() -> None:
    import base64

    url = topojson_data_url()
    # plotly.js appends "world_110m.json" to topojsonURL: the "#" makes that a fragment
    assert url.startswith("data:application/json;base64,") and url.endswith("#")
    payload = url.removeprefix("data:application/json;base64,").removesuffix("#")
    assert base64.b64decode(payload) == TOPOJSON_FILE.read_bytes()


def _country_paths(app: AppPage) -> int:
    app.page.wait_for_selector(COUNTRY_PATHS, state="attached", timeout=MAP_TIMEOUT_MS)
    return app.page.locator(COUNTRY_PATHS).count()


@pytest.mark.parametrize("geometry", ["static", "inline"])
def test_map_renders_offline(streamlit_app: Callable[..., AppPage], geometry: str) -> None:
    """The app's way (static serving) and the export way (data URL) both draw offline."""
    app = streamlit_app(DEMO, path=f"/?geometry={geometry}", static_dir="static")

    assert _country_paths(app) == 4  # DEU, USA, CHN, IND: one path per country with a value
    # the shaded countries have a fill from the colour scale, not the land colour
    fills = app.page.locator(COUNTRY_PATHS).evaluate_all(
        "els => els.map(e => getComputedStyle(e).fill)"
    )
    assert len(set(fills)) > 1, fills
    assert app.page.locator(".geo .layer.land path").count() == 1  # the grey world behind them
    assert not [u for u in app.blocked if "plot.ly" in u], app.blocked
    app.screenshot(f"map_offline_{geometry}.png", '[data-testid="stPlotlyChart"]')
    if geometry == "static":
        app.screenshot("map_offline.png")


def test_without_our_config_the_map_would_go_online(
    streamlit_app: Callable[..., AppPage],
) -> None:
    """Control: plotly's default config fetches from the CDN, so the checks above mean something."""
    app = streamlit_app(DEMO, path="/?geometry=cdn", static_dir="static")

    app.page.wait_for_selector('[data-testid="stPlotlyChart"]', timeout=MAP_TIMEOUT_MS)
    for _ in range(MAP_TIMEOUT_MS // 200):  # the fetch starts once plotly.js has loaded
        if any("cdn.plot.ly" in u for u in app.blocked):
            break
        app.page.wait_for_timeout(200)
    assert any("cdn.plot.ly/un/world_110m.json" in u for u in app.blocked), app.blocked
    assert app.page.locator(COUNTRY_PATHS).count() == 0
