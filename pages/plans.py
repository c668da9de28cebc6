"""Country plans (coordinator, country teams): each country team's plan for the year against
what was realised, whether the plans add up to the regional target, and editing the plans."""

import dataclasses
import functools

import streamlit as st

from tradeinvest import access
from tradeinvest.loading import plans as loading_plans
from tradeinvest.loading import templates
from tradeinvest.measure import catalog, plan_views
from tradeinvest.measure import plans as m_plans
from tradeinvest.texts import t
from tradeinvest.ui import auth, filters, flash, state, widgets
from tradeinvest.ui import plans as ui_plans
from tradeinvest.ui import plans_sections as sections

sel = filters.current()
lang = sel.lang
names = state.country_names(lang)

st.title(t("page_plans", lang))
flash.show(sections.FLASH)
plan_years = state.measure(m_plans.plan_years)
year = plan_views.plan_year(sel.year, plan_years)
st.caption(t("plans_year_caption", lang, year=year))
widgets.filter_scope(sel, ("year", "country"), lang)
plans = state.measure(m_plans.country_plans, year)

st.subheader(t("plans_add_up", lang, year=year))
summary = state.measure(m_plans.plans_vs_target, year)
jobs = plan_views.indicator_row(summary, "new_jobs")
sections.target_figures(jobs, lang)
if sel.country is not None:
    st.caption(t("plans_all_countries", lang))
if plans.empty:
    widgets.empty(lang, t("plans_none", lang, year=year))
else:
    sections.plans_against_target(plans, summary, jobs.regional_target, year, names, lang)
    sections.per_country(state.measure(m_plans.plans_overview, year), sel.country, year, names,
                         lang)
    pick = sections.pick_country(plans, sel.country, names, lang)
    ui_plans.country_plan(dataclasses.replace(sel, year=year), pick, names, note_filters=False)

if auth.can(access.CHANGE):  # the server refuses it anyway
    # editing may prepare next year's plans, so it has its own year (the view above does not)
    data_years = state.measure(catalog.years)
    choices = plan_views.editable_plan_years(plan_years, data_years)
    edit_year = st.selectbox(t("plans_edit_year", lang), choices,
                             index=choices.index(year) if year in choices else 0,
                             key="plans_edit_year")
    edit_plans = plans if edit_year == year else state.measure(m_plans.country_plans, edit_year)
    sections.editor(edit_plans, edit_year, lang,
                    loading_plans.save_country_plans)
    sections.template_section(edit_year,
                              functools.partial(templates.template, "country_plans", lang),
                              lang)
