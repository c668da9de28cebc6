"""Entry point: navigation over the pages and the shared filters (`make run` starts it through
`python -m tradeinvest.serve app.py`, which is `streamlit run app.py` less a start-up quirk)."""

import streamlit as st

from tradeinvest.texts import t
from tradeinvest.ui import auth, filters, state

# The tab icon is an emoji: a ":material/…:" page_icon is fetched from fonts.gstatic.com, which
# fails offline. The page icons below come from the font Streamlit bundles (nothing fetched;
# tests/test_sign_in_browser.py blocks off-host requests and checks none was made).
st.set_page_config(page_title=t("app_title"), layout="wide", page_icon="📈")

# script, title key, icon, URL path
PAGES = [
    ("pages/overview.py", "page_overview", ":material/flag:", "overzicht"),
    ("pages/countries.py", "page_countries", ":material/public:", "landen"),
    ("pages/sectors.py", "page_sectors", ":material/category:", "sectoren"),
    ("pages/missions.py", "page_missions", ":material/flight_takeoff:", "missies"),
    ("pages/calendar.py", "page_calendar", ":material/calendar_month:", "kalender"),
    ("pages/plans.py", "page_plans", ":material/assignment:", "landenplannen"),
    ("pages/yardstick.py", "page_yardstick", ":material/straighten:", "meetlat"),
    ("pages/follow_up.py", "page_follow_up", ":material/fact_check:", "nazorg"),
    ("pages/upload.py", "page_upload", ":material/upload_file:", "uploaden"),
    ("pages/settings.py", "page_settings", ":material/settings:", "instellingen"),
]

# Streamlit serves the default page at "/" only and answers its own path with "Page not
# found"; it still reserves that path. So the first page reserves START, and its usual path
# (a bookmark such as /overzicht?jaar=2024) is a hidden page that forwards to "/" with the
# link's filters.
START = "start"

state.open_or_stop()
lang = filters.language()
with state.faults_shown():  # a database fault (read-only, full disk): a message, no traceback
    # sign-in page (and stop) until signed in, at any page path so a deep link survives it;
    # demo: no users yet
    principal = auth.gate(lang, [page[3] for page in PAGES])
visible = auth.visible_pages(PAGES, principal)
pages = [st.Page(script, title=t(key, lang), icon=icon, url_path=START if i == 0 else path,
                 default=i == 0)
         for i, (script, key, icon, path) in enumerate(visible)]


def forward_to_start() -> None:
    st.switch_page(pages[0], query_params={k: st.query_params.get_all(k)
                                           for k in st.query_params})


page = st.navigation([*pages, st.Page(forward_to_start, title=pages[0].title,
                                      url_path=visible[0][3], visibility="hidden"),
                      *auth.out_of_reach(PAGES, principal, lang)])
with state.faults_shown():
    st.session_state["selection"] = filters.sidebar(lang)
    page.run()
