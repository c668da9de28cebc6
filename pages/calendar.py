"""Calendar (team, coordinator): the year's activity calendar against the missions carried out,
what followed from them, and the countries still to fill in; upload a year's calendar."""

import functools

import streamlit as st

from tradeinvest import access
from tradeinvest.loading import kinds, templates
from tradeinvest.loading import plans as loading_plans
from tradeinvest.measure import calendar as m_cal
from tradeinvest.measure import plan_views
from tradeinvest.texts import t
from tradeinvest.ui import auth, filters, flash, state, widgets
from tradeinvest.ui import calendar_sections as sections

sel = filters.current()
lang = sel.lang
names = state.country_names(lang)
years = state.measure(m_cal.calendar_years)
template = functools.partial(templates.template, "calendar", lang)

st.title(t("cal_title", lang))
flash.show(sections.FLASH)
if not years or sel.year is None:
    widgets.empty(lang, t("cal_none", lang))
    if auth.can(access.UPLOAD):
        sections.upload_section(sel.year or 2018, template, lang)
    st.stop()

year = sel.year
st.caption(t("cal_year_caption", lang, year=year))
applied = widgets.filter_scope(sel, ("year", "pillar", "country", "sector"), lang)
if year not in years:
    widgets.empty(lang, t("cal_year_missing", lang, year=year, years=", ".join(map(str, years))))
    if auth.can(access.UPLOAD):
        sections.upload_section(int(year), template, lang)
    st.stop()
plan = state.measure(m_cal.calendar_view, year, sel.pillar, sel.country, sel.sector)
sections.metrics(state.measure(m_cal.calendar_summary, year, sel.pillar, sel.country,
                               sel.sector), lang)
if plan.empty:
    widgets.filtered_empty(sel, applied, lang)  # the calendar has items, the filters left none
else:
    sections.plan_timeline(plan, year, names, lang)
    sections.plan_table(plan, year, names, lang)
sections.unplanned_section(
    state.measure(m_cal.unplanned_missions, year, sel.pillar, sel.country, sel.sector),
    year, sel.narrowed, names, lang)

if auth.can(access.CHANGE):  # the server refuses it anyway
    everything = state.measure(m_cal.calendar_view, year)  # the task is not narrowed by filters
    sections.fill_in_countries(plan_views.places_to_fill(everything), names, lang,
                               loading_plans.set_place_country)
    with st.expander(t("cal_upload_expander", lang)):
        sections.upload_section(int(year), template, lang)
    sections.columns_caption(kinds.column_names("calendar", lang), lang)
