"""Countries (team): the world map and ranking; pick a country for its pipeline and results."""

import streamlit as st

from tradeinvest import measure as m
from tradeinvest.reporting import labels
from tradeinvest.reporting.maps import codes_without_shape, world_choropleth
from tradeinvest.store import catalog
from tradeinvest.ui import contacts, drilldown, filters, plans, state, widgets
from tradeinvest.ui.safe import md

sel = filters.current()
lang, nl = sel.lang, sel.lang == "nl"
names = state.country_names(lang)
if sel.year is None:
    st.title("Landen" if nl else "Countries")
    widgets.empty(lang)
    st.stop()

if sel.country is None:
    st.title(f"Landen — {sel.year}" if nl else f"Countries — {sel.year}")
    st.caption("Kies links bij Filters een land om in te zoomen." if nl else
               "Pick a country under Filters on the left to drill down.")
    period = sel.period()
    impact = state.measure(m.impact_by, "country", period)
    output = state.measure(m.output_by, "country", period)
    table = output.merge(impact, on="country", how="outer").fillna(0).merge(
        state.measure(catalog.country_table), left_on="country", right_on="iso2", how="left")
    table["name"] = table["name_nl" if nl else "name_en"].fillna(table["country"])
    metric = st.radio("Kaart toont" if nl else "Map shows", ["new_jobs", "projects", "effort"],
                      horizontal=True, format_func=lambda c: {
                          "new_jobs": "Nieuwe banen" if nl else "New jobs",
                          "projects": "Projecten" if nl else "Projects",
                          "effort": "Inzet (contacten, bidbooks, leads)" if nl else
                                    "Effort (contacts, bidbooks, leads)"}[c])
    widgets.chart(world_choropleth(table, "iso3", metric, "name",
                                   "Per land van herkomst" if nl else "By country of origin",
                                   "Aantal" if nl else "Count"),
                  table[["country", "name", metric]], "landen_kaart", lang)
    missing = codes_without_shape(table.loc[table[metric] > 0, "iso3"].dropna())
    if missing:
        st.caption(("Te klein voor de kaart (wel in de tabel): " if nl else
                    "Too small for the map (listed in the table): ") + ", ".join(missing))
    ranking = table.sort_values("new_jobs", ascending=False)[
        ["name", "contacts", "bidbooks_ffts", "leads", "projects", "new_jobs", "retained_jobs",
         "investment_eur"]]
    widgets.table(ranking, "landen_ranglijst", lang, {
        "name": "Land" if nl else "Country", "contacts": "Contacten" if nl else "Contacts",
        "bidbooks_ffts": "Bidbooks + FFT's" if nl else "Bidbooks + FFTs", "leads": "Leads",
        "projects": "Projecten" if nl else "Projects",
        "new_jobs": "Nieuwe banen" if nl else "New jobs",
        "retained_jobs": "Behouden banen" if nl else "Retained jobs",
        "investment_eur": "Investering (€)" if nl else "Investment (€)"})
    st.stop()

country = sel.country
f = sel.filters()
st.title(f"{names.get(country, country)} — {sel.year}")
focus = state.measure(m.focus_list, sel.year)
row = focus[focus["iso2"] == country]
if row.empty:
    st.info(f"{names.get(country, country)} staat niet op de focuslijst van {sel.year}; "
            "resultaten tellen wel mee." if nl else
            f"{names.get(country, country)} is not on the {sel.year} focus list; results "
            "still count.")
else:
    r = row.iloc[0]
    trade = labels.label("trade", r.trade, lang).lower()
    st.success(f"Focusland {sel.year} (lijst {r.list_year}): Invest "
               f"{'ja' if r.invest else 'nee'}, Trade {trade}"
               f"{f'; regio: {md(r.regions)}' if r.regions else ''}." if nl else
               f"Focus country {sel.year} (list {r.list_year}): invest "
               f"{'yes' if r.invest else 'no'}, trade {trade}"
               f"{f'; regions: {md(r.regions)}' if r.regions else ''}.")
drilldown.headline(sel, f)
plans.country_plan(sel, country, names)
st.subheader("Inzet en resultaat door de jaren" if nl else "Effort and results over the years")
drilldown.trend(sel, f, "land")
left, right = st.columns(2)
with left:
    drilldown.funnel(sel, f, "land")
with right:
    drilldown.lead_time(sel, f, "sector", "land", names)
st.subheader("Missies" if nl else "Missions")
drilldown.missions(sel, f, "land", names)
st.subheader("Projecten" if nl else "Projects")
drilldown.projects(sel, f, "land", names)
contacts.section(sel, f)  # with contact persons: team and coordinator only
