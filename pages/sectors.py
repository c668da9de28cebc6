"""Sectors (team): jobs by Groen/Gezond/Slim theme and sector; pick a sector to drill down."""

import streamlit as st

from tradeinvest import measure as m
from tradeinvest import vocab
from tradeinvest.reporting import charts
from tradeinvest.reporting.labels import labelled
from tradeinvest.ui import drilldown, filters, state, widgets

sel = filters.current()
lang, nl = sel.lang, sel.lang == "nl"
names = state.country_names(lang)
if sel.year is None:
    st.title("Sectoren" if nl else "Sectors")
    widgets.empty(lang)
    st.stop()

if sel.sector is None:
    st.title(f"Sectoren en thema's — {sel.period_label()}" if nl else
             f"Sectors and themes — {sel.period_label()}")
    st.caption("Kies links bij Filters een sector om in te zoomen." if nl else
               "Pick a sector under Filters on the left to drill down.")
    period = sel.period()
    by_sector = labelled(labelled(state.measure(m.impact_by, ("theme", "sector"), period),
                                  "theme", lang), "sector", lang)
    left, right = st.columns(2)
    with left:
        widgets.chart(charts.treemap(by_sector, "theme_label", "sector_label", "new_jobs",
                                     "Nieuwe banen per thema en sector" if nl else
                                     "New jobs by theme and sector", lang),
                      by_sector, "sector_treemap", lang)
    per_year = state.measure(m.impact_by, ("year", "theme"), sel.filters())
    themes = {t.code: t.label(lang) for t in vocab.THEMES}
    with right:
        widgets.chart(charts.stacked_bars(per_year, "year", "new_jobs", "theme",
                                          "Nieuwe banen per jaar en thema" if nl else
                                          "New jobs per year and theme",
                                          "Jaar" if nl else "Year",
                                          "Nieuwe directe banen" if nl else "New direct jobs",
                                          lang, themes, charts.THEME_COLOURS),
                      per_year, "sector_trend", lang)
    output = state.measure(m.output_by, "sector", period)
    table = labelled(output.merge(state.measure(m.impact_by, "sector", period), on="sector",
                                  how="outer").fillna(0), "sector", lang)
    widgets.table(table.sort_values("new_jobs", ascending=False)[
        ["sector_label", "contacts", "bidbooks_ffts", "leads", "investment_projects",
         "trade_wins", "new_jobs", "investment_eur"]], "sector_ranglijst", lang, {
        "sector_label": "Sector", "contacts": "Contacten" if nl else "Contacts",
        "bidbooks_ffts": "Bidbooks + FFT's" if nl else "Bidbooks + FFTs", "leads": "Leads",
        "trade_wins": "Trade wins",
        "investment_eur": "Investering (€)" if nl else "Investment (€)"})
    st.stop()

f = sel.filters()
theme = vocab.label_of(vocab.THEMES, vocab.SECTOR_THEME.get(sel.sector), lang)
st.title(f"{vocab.label_of(vocab.SECTORS, sel.sector, lang)} — {sel.period_label()}")
st.caption(f"Thema: {theme}" if nl else f"Theme: {theme}")
drilldown.headline(sel, f)
st.subheader("Inzet en resultaat door de jaren" if nl else "Effort and results over the years")
drilldown.trend(sel, f, "sector")
left, right = st.columns(2)
with left:
    drilldown.funnel(sel, f, "sector")
with right:
    drilldown.lead_time(sel, f, "country", "sector", names)
st.subheader("Missies" if nl else "Missions")
drilldown.missions(sel, f, "sector", names)
st.subheader("Projecten" if nl else "Projects")
drilldown.projects(sel, f, "sector", names)
