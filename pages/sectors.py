"""Sectors (team): jobs by Groen/Gezond/Slim theme and sector; pick a sector to drill down."""

import streamlit as st

from tradeinvest import measure as m
from tradeinvest import vocab
from tradeinvest.reporting import charts
from tradeinvest.reporting.labels import labelled
from tradeinvest.texts import t
from tradeinvest.ui import drilldown, filters, state, widgets

RANKING_COLUMNS = {"sector_label": "sector", "contacts": "contacts",
                   "bidbooks_ffts": "bidbooks_ffts", "leads": "leads",
                   "investment_projects": None, "trade_wins": "trade_wins_short",
                   "new_jobs": None, "investment_eur": "investment_eur"}


def sector_list(sel: filters.Selection) -> None:
    """Jobs by theme and sector, per year and theme, and every sector ranked by its jobs."""
    lang, period = sel.lang, sel.period()
    by_sector = labelled(labelled(state.measure(m.impact_by, ("theme", "sector"), period),
                                  "theme", lang), "sector", lang)
    left, right = st.columns(2)
    with left:
        widgets.chart(charts.treemap(by_sector, "theme_label", "sector_label", "new_jobs",
                                     t("jobs_by_theme_and_sector", lang), lang),
                      by_sector, "sector_treemap", lang)
    per_year = state.measure(m.impact_by, ("year", "theme"), sel.filters())
    themes = {term.code: term.label(lang) for term in vocab.THEMES}
    with right:
        widgets.chart(charts.stacked_bars(per_year, "year", "new_jobs", "theme",
                                          t("jobs_per_year_and_theme", lang), t("year", lang),
                                          t("new_direct_jobs", lang), lang, themes,
                                          charts.THEME_COLOURS),
                      per_year, "sector_trend", lang)
    table = labelled(state.measure(m.output_and_impact_by, "sector", period), "sector", lang)
    widgets.table(table.sort_values("new_jobs", ascending=False)[list(RANKING_COLUMNS)],
                  "sector_ranglijst", lang,
                  {c: t(k, lang) for c, k in RANKING_COLUMNS.items() if k})


sel = filters.current()
lang = sel.lang
names = state.country_names(lang)
widgets.need_year(sel, t("page_sectors", lang))
if widgets.list_or_drill(sel, sel.sector, t("sectors_and_themes", lang), t("pick_sector", lang)):
    sector_list(sel)
    st.stop()

f = sel.filters()
theme = vocab.label_of(vocab.THEMES, vocab.SECTOR_THEME.get(sel.sector), lang)
st.title(f"{vocab.label_of(vocab.SECTORS, sel.sector, lang)} — {sel.period_label()}")
st.caption(t("theme_is", lang, theme=theme))
drilldown.headline(sel, f)
st.subheader(t("effort_and_results_over_years", lang))
drilldown.trend(sel, f, "sector")
left, right = st.columns(2)
with left:
    drilldown.funnel(sel, f, "sector")
with right:
    drilldown.lead_time(sel, f, "country", "sector", names)
st.subheader(t("missions", lang))
drilldown.missions(sel, f, "sector", names)
st.subheader(t("projects", lang))
drilldown.projects(sel, f, "sector", names)
