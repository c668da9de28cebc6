"""Test app: one world choropleth, for tests/test_map_offline.py.

``?geometry=`` picks where plotly.js gets the world geometry: ``static`` (default, what the app
uses: Streamlit static serving), ``inline`` (the data URL used for export) or ``cdn`` (plotly's
default, to prove the test notices a map that tries to go online).
"""

import pandas as pd
import streamlit as st

from tradeinvest.reporting.maps import map_config, topojson_data_url, world_choropleth

df = pd.DataFrame(
    {
        "iso3": ["DEU", "USA", "CHN", "IND"],
        "value": [120.0, 80.0, 45.0, 10.0],
        "name": ["Duitsland", "Verenigde Staten", "China", "India"],
    }
)
fig = world_choropleth(df, "iso3", "value", "name", "Investeringen per land", "Aantal")

geometry = st.query_params.get("geometry", "static")
if geometry == "inline":
    config = {"topojsonURL": topojson_data_url()}
elif geometry == "cdn":
    config = {}
else:
    config = map_config()
st.plotly_chart(fig, config=config, key="map")
