"""Entry point: navigation over the pages and the shared filters (`streamlit run app.py`)."""

import streamlit as st

from tradeinvest.reporting.i18n import t
from tradeinvest.ui import filters

st.set_page_config(page_title="Trade & Invest Utrecht Region", page_icon="📈", layout="wide")

lang = filters.language()
PAGES = [
    st.Page("pages/overview.py", title=t("page_overview", lang), icon="🎯", default=True,
            url_path="overzicht"),
    st.Page("pages/countries.py", title=t("page_countries", lang), icon="🌍", url_path="landen"),
    st.Page("pages/sectors.py", title=t("page_sectors", lang), icon="🧩", url_path="sectoren"),
    st.Page("pages/missions.py", title=t("page_missions", lang), icon="✈️", url_path="missies"),
    st.Page("pages/upload.py", title=t("page_upload", lang), icon="📤", url_path="uploaden"),
    st.Page("pages/settings.py", title=t("page_settings", lang), icon="⚙️",
            url_path="instellingen"),
]
page = st.navigation(PAGES)
st.session_state["selection"] = filters.sidebar(lang)
page.run()
