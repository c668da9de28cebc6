"""Missions (team): every mission with companies, leads and what traces back to it; compare."""

import pandas as pd
import streamlit as st

from tradeinvest import measure as m
from tradeinvest.reporting import fmt, plan_charts
from tradeinvest.reporting.labels import label
from tradeinvest.texts import t
from tradeinvest.ui import drilldown, filters, state, widgets

sel = filters.current()
lang, nl = sel.lang, sel.lang == "nl"
names = state.country_names(lang)
st.title(f"Missies — {sel.year}" if nl else f"Missions — {sel.year}")
if sel.year is None:
    widgets.empty(lang)
    st.stop()

f = sel.filters()
applied = widgets.filter_scope(sel, ("year", "pillar", "country", "sector", "partner"), lang)
missions = state.measure(m.mission_yield, f.period(sel.year))
if missions.empty:
    if sel.narrowed and not state.measure(m.mission_yield, m.Filters(year=sel.year)).empty:
        widgets.filtered_empty(sel, applied, lang)  # missions exist, the filters left none
    else:
        widgets.empty(lang, f"Geen missies in {sel.year}. Upload een missiebestand (Missies + "
                      "Leads)." if nl else
                      f"No missions in {sel.year}. Upload a missions workbook.")
    st.stop()

totals = missions[["companies", "leads", "won_leads", "projects", "new_jobs"]].sum()
c = st.columns(5)
c[0].metric("Missies" if nl else "Missions", fmt.number(len(missions), 0, lang))
c[1].metric("Bedrijven mee" if nl else "Companies taking part",
            fmt.number(totals["companies"], 0, lang))
c[2].metric(t("leads_per_mission", lang), fmt.number(totals["leads"] / len(missions), 1, lang),
            help=t("leads_per_mission_help", lang))
c[3].metric("Gewonnen leads" if nl else "Won leads", fmt.number(totals["won_leads"], 0, lang))
c[4].metric("Banen herleid" if nl else "Jobs traced", fmt.number(totals["new_jobs"], 0, lang))

widgets.chart(plan_charts.grouped_bars(
    missions, "name", {"leads": "Leads", "won_leads": "Gewonnen leads" if nl else "Won leads",
                       "projects": "Projecten" if nl else "Projects"},
    "Missies vergeleken" if nl else "Missions compared", "Aantal" if nl else "Count", lang),
    missions, "missies_vergeleken", lang)
st.caption("Naast elkaar: leads, waarvan gewonnen, en projecten die naar de missie herleiden "
           "(gewonnen leads zijn een deel van de leads, dus niet opgeteld)." if nl else
           "Side by side: leads, of which won, and projects tracing back to the mission (won "
           "leads are part of the leads, so not added up).")

drilldown.missions(sel, f, "missies", names)

st.subheader("Leads van één missie" if nl else "Leads of one mission")
choice = st.selectbox("Missie" if nl else "Mission", missions["reference"].tolist(),
                      format_func=dict(zip(missions["reference"], missions["name"],
                                           strict=True)).get)
leads = state.measure(m.lead_records, choice)
row = missions[missions["reference"] == choice].iloc[0]
per_company = row.leads / row.companies if row.companies else None
st.caption((f"{row.companies} bedrijven mee, {row.leads} leads "
            f"({fmt.number(per_company, 2, lang)} per bedrijf), {row.won_leads} gewonnen.")
           if nl else
           (f"{row.companies} companies took part, {row.leads} leads "
            f"({fmt.number(per_company, 2, lang)} per company), {row.won_leads} won."))
if not leads.empty:
    shown = leads.assign(
        country=[label("country", v, lang, names) for v in leads["country"]],
        sector=[label("sector", v, lang) for v in leads["sector"]],
        status=[label("status", v, lang) for v in leads["status"]],
        d=[fmt.date(pd.Timestamp(v).date(), lang) for v in leads["d"]],
        source=[f"{a} · {b} · {'rij' if nl else 'row'} {r}" for a, b, r in
                zip(leads["file_name"], leads["quarter"], leads["source_row"], strict=True)])
    widgets.table(shown[["company", "country", "sector", "status", "expected_jobs", "source"]],
                  "missie_leads", lang, {
                      "country": "Land" if nl else "Country", "sector": "Sector",
                      "source": "Bron" if nl else "Source"})
