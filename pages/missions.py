"""Missions (team): every mission with companies, leads and what traces back to it; compare."""

from dataclasses import replace

import pandas as pd
import streamlit as st

from tradeinvest import measure as m
from tradeinvest.reporting import fmt, plan_charts
from tradeinvest.reporting.labels import label, labelled
from tradeinvest.texts import t
from tradeinvest.ui import drilldown, filters, origins, pipeline, state, widgets
from tradeinvest.ui.safe import md

LEAD_COLUMNS = {"company": None, "country": "country", "sector": "sector", "status": None,
                "expected_jobs": None, "source": "source"}


def headline(missions: pd.DataFrame, f: m.Filters, lang: str) -> None:
    """The year's missions in five figures; leads per mission as the measure layer has it."""
    totals = missions[["companies", "won_leads", "new_jobs"]].sum()
    per_mission = state.measure(m.totals, f)["leads_per_mission"]
    c = st.columns(5)
    c[0].metric(t("missions", lang), fmt.number(len(missions), 0, lang))
    c[1].metric(t("companies_taking_part", lang), fmt.number(totals["companies"], 0, lang))
    c[2].metric(t("leads_per_mission", lang), fmt.number(per_mission, 1, lang),
                help=t("leads_per_mission_help", lang))
    c[3].metric(t("won_leads", lang), fmt.number(totals["won_leads"], 0, lang))
    c[4].metric(t("jobs_traced", lang), fmt.number(totals["new_jobs"], 0, lang))


def by_theme(f: m.Filters, lang: str) -> None:
    """Missions and their companies per theme: a mission serving several themes is under
    each of them (docs/indicators.md), which the note under the table says."""
    data = state.measure(m.output_by, "theme", f)
    data = labelled(data[data["missions"] > 0], "theme", lang)
    columns = {"theme_label": "theme", "missions": "missions",
               "mission_companies": "companies_taking_part"}
    widgets.table(data[list(columns)], "missies_per_thema", lang,
                  {c: t(k, lang) for c, k in columns.items()})
    st.caption(t("missions_by_theme_note", lang))


def one_mission(missions: pd.DataFrame, names: dict[str, str], lang: str) -> str:
    """The leads of the mission chosen in the box, each traceable to its file and row;
    returns the chosen mission's reference."""
    choice = st.selectbox(t("mission", lang), missions["reference"].tolist(),
                          format_func=dict(zip(missions["reference"], missions["name"],
                                               strict=True)).get)
    leads = state.measure(m.lead_records, choice)
    chosen = missions["reference"] == choice
    row = missions[chosen].iloc[0]
    per_company = m.leads_per_company(missions)[chosen].iloc[0]
    st.caption(t("mission_leads_summary", lang, companies=row.companies, leads=row.leads,
                 per_company=fmt.number(per_company, 2, lang), won=row.won_leads))
    if leads.empty:
        return choice
    shown = leads.assign(
        country=[label("country", v, lang, names) for v in leads["country"]],
        sector=[label("sector", v, lang) for v in leads["sector"]],
        status=[label("status", v, lang) for v in leads["status"]],
        source=drilldown.source(leads["file_name"], leads["quarter"], leads["source_row"],
                                lang))
    columns = {**LEAD_COLUMNS, **origins.trace_columns(leads)}
    widgets.table(shown[list(columns)], "missie_leads", lang,
                  {c: t(k, lang) for c, k in columns.items() if k})
    origins.row_detail(leads, "missions", "leads",
                       [f"{c} · {s}" for c, s in zip(leads["company"], shown["source"],
                                                     strict=True)], "missie_leads", lang)
    return choice


sel = filters.current()
lang = sel.lang
names = state.country_names(lang)
title = f"{t('page_missions', lang)} — {sel.year}"
widgets.need_year(sel, title)
st.title(title)

f = sel.filters()
applied = widgets.filter_scope(sel, ("year", "pillar", "country", "sector", "partner"), lang)
missions = state.measure(m.mission_yield, f.period(sel.year))
if missions.empty:
    if sel.narrowed and not state.measure(m.mission_yield, m.Filters(year=sel.year)).empty:
        widgets.filtered_empty(sel, applied, lang)  # missions exist, the filters left none
    else:
        widgets.empty(lang, t("no_missions_in_year", lang, year=sel.year))
    st.stop()

headline(missions, f.period(sel.year), lang)
widgets.chart(plan_charts.grouped_bars(
    missions, "name", {"leads": t("leads", lang), "won_leads": t("won_leads", lang),
                       "projects": t("projects", lang)},
    t("missions_compared", lang), t("count", lang), lang),
    missions, "missies_vergeleken", lang)
st.caption(t("missions_compared_note", lang))

drilldown.missions(sel, f, "missies", names)

st.subheader(t("missions_by_theme", lang))
by_theme(f.period(sel.year), lang)

st.subheader(t("leads_of_one_mission", lang))
chosen = one_mission(missions, names, lang)
st.subheader(t("pipeline_of_mission", lang,
               mission=md(missions.loc[missions["reference"] == chosen, "name"].iloc[0])))
# the page follows the year, not the quarter (said above): so does the mission's pipeline
pipeline.section(replace(sel, quarter=None), f.period(sel.year), "missie", chosen)
