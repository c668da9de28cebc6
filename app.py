"""Entry point: navigation over the pages and the shared filters (`streamlit run app.py`)."""

import streamlit as st

from tradeinvest.reporting.i18n import t
from tradeinvest.ui import filters, state

st.set_page_config(page_title="Trade & Invest Utrecht Region", layout="wide",
                   page_icon=":material/trending_up:")

# script, title key, icon, URL path
PAGES = [
    ("pages/overview.py", "page_overview", ":material/flag:", "overzicht"),
    ("pages/countries.py", "page_countries", ":material/public:", "landen"),
    ("pages/sectors.py", "page_sectors", ":material/category:", "sectoren"),
    ("pages/missions.py", "page_missions", ":material/flight_takeoff:", "missies"),
    ("pages/upload.py", "page_upload", ":material/upload_file:", "uploaden"),
    ("pages/settings.py", "page_settings", ":material/settings:", "instellingen"),
]

state.open_or_stop()
lang = filters.language()
page = st.navigation([st.Page(script, title=t(key, lang), icon=icon, url_path=path,
                              default=i == 0)
                      for i, (script, key, icon, path) in enumerate(PAGES)])
st.session_state["selection"] = filters.sidebar(lang)
page.run()
