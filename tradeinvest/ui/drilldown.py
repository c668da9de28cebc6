"""Drill-down sections shared by the Countries and Sectors pages (and Missions where it fits).

Each section takes the current selection and the measure filters of the thing drilled into,
asks the measure layer, and draws; there is no business rule here.
"""

from __future__ import annotations

import pandas as pd
import streamlit as st

from tradeinvest import measure as m
from tradeinvest.measure.funnel import STAGES, period_funnel
from tradeinvest.reporting import charts, fmt
from tradeinvest.reporting.labels import label, labelled
from tradeinvest.texts import t
from tradeinvest.ui import origins, state, widgets
from tradeinvest.ui.filters import Selection

# column -> catalogue key, for the trend chart's series and the tables' headers
OUTPUT_SERIES = {"contacts": "contacts", "bidbooks_ffts": "bidbooks_and_ffts", "leads": "leads",
                 "investment_projects": "investment_projects",
                 "trade_wins": "trade_wins_short"}


def headline(sel: Selection, f: m.Filters, *, impact: bool = True) -> None:
    """Output and impact in the selected period, as metrics (`impact=False`: output only, for
    a page that shows impact its own way, such as a country's origin and export market)."""
    lang = sel.lang
    k = state.measure(m.totals, f.period(sel.year, sel.quarter, year_to_date=True))
    out = st.columns(3)  # output, then impact: no label cut off
    out[0].metric(t("contacts", lang), fmt.number(k["contacts"], 0, lang))
    out[1].metric(t("bidbooks_ffts", lang), fmt.number(k["bidbooks_ffts"], 0, lang))
    out[2].metric(t("leads_by_company", lang), fmt.number(k["leads"], 0, lang),
                  help=t("leads_by_company_help", lang))
    if not impact:
        return
    imp = st.columns(4)
    imp[0].metric(t("investment_projects", lang), fmt.number(k["investment_projects"], 0, lang))
    imp[1].metric(t("trade_wins", lang), fmt.number(k["trade_wins"], 0, lang),
                  fmt.contracts(k["trade_contracts"], lang), delta_color="off",
                  delta_arrow="off")
    imp[2].metric(t("new_jobs", lang), fmt.number(k["new_jobs"], 0, lang))
    imp[3].metric(t("investment", lang), fmt.euro(k["investment_eur"], lang))


def trend(sel: Selection, f: m.Filters, key: str) -> None:
    """Output and impact per year: how effort turns into projects and jobs over time."""
    lang = sel.lang
    frame = state.measure(m.output_and_impact_by, "year", f)
    if frame.empty:
        widgets.empty(lang)
        return
    left, right = st.columns(2)
    with left:
        series = {c: t(k, lang) for c, k in OUTPUT_SERIES.items()}
        widgets.chart(charts.lines(frame, "year", series, t("effort_to_results_per_year", lang),
                                   t("year", lang), t("count", lang), lang),
                      frame[["year", *OUTPUT_SERIES]], f"{key}_trend", lang)
    with right:  # investment (by origin) and trade (by export market) stacked, named apart
        jobs = frame.melt(id_vars=["year"], value_vars=["new_jobs_invest", "new_jobs_trade"],
                          var_name="part", value_name="jobs")
        widgets.chart(charts.stacked_bars(
            jobs, "year", "jobs", "part", t("new_jobs_per_year", lang), t("year", lang),
            t("new_direct_jobs", lang), lang,
            {"new_jobs_invest": t("investment_origin", lang),
             "new_jobs_trade": t("trade_estimate_market", lang)}),
            frame[["year", "new_jobs", "new_jobs_invest", "new_jobs_trade", "retained_jobs"]],
            f"{key}_jobs", lang)


def funnel(sel: Selection, f: m.Filters, key: str) -> None:
    """Companies by the furthest stage they reached in the selected period, under the same
    filters as the headline metrics (so "Project" is the companies behind "Projecten")."""
    lang = sel.lang
    data = state.measure(period_funnel, f.period(sel.year, sel.quarter, year_to_date=True))
    if not data["companies_contacted"]:
        st.caption(t("no_funnel_data", lang))
        return
    period = sel.period_label()
    stages = t("funnel_stages", lang).split("|")
    values = [float(data[s]) for s in STAGES]
    widgets.chart(charts.funnel(stages, values, t("funnel_title", lang, period=period), lang),
                  pd.DataFrame({"stage": stages, "companies": values}), f"{key}_funnel", lang)
    kpi = state.measure(m.totals, f.period(sel.year, sel.quarter, year_to_date=True))
    st.caption(t("funnel_note", lang, period=period,
                 projects=fmt.counted(kpi["investment_projects"], "change_investment_projects",
                                      lang),
                 wins=fmt.counted(kpi["trade_wins"], "change_trade_wins", lang)))


def lead_time(sel: Selection, f: m.Filters, group: str, key: str,
              countries: dict[str, str]) -> None:
    """Days from first contact to landing of the projects that landed in the selected period
    (like every other figure of the page), as a distribution per group."""
    lang = sel.lang
    f, period = f.period(sel.year, sel.quarter, year_to_date=True), sel.period_label()
    times = state.measure(m.lead_times, f)
    times = times.dropna(subset=["days"]) if "days" in times else times
    if times.empty:
        st.caption(t("no_lead_time", lang, period=period))
        return
    times = labelled(times, group, lang, countries)
    widgets.chart(charts.box(times, f"{group}_label", "days",
                             t("lead_time_title", lang, period=period), t("days", lang), lang),
                  times.drop(columns=[f"{group}_label"]), f"{key}_leadtime", lang)
    summary = state.measure(m.lead_time_by, None, f)
    if not summary.empty and summary["median_days"].notna().any():
        row = summary.iloc[0]
        median, p25, p75 = (fmt.number(v, 0, lang)
                            for v in (row.median_days, row.p25_days, row.p75_days))
        st.caption(t("lead_time_note", lang, period=period, median=median, p25=p25, p75=p75,
                     traced=int(row.traced),
                     projects=fmt.counted(int(row.projects), "count_projects", lang)))


def missions(sel: Selection, f: m.Filters, key: str, countries: dict[str, str]) -> None:
    """Missions in the selected year with what traces back to them."""
    lang = sel.lang
    data = state.measure(m.mission_yield, f.period(sel.year))
    if data.empty:
        st.caption(t("no_missions_in_period", lang))
        return
    shown = data.assign(
        mission_kind=[label("mission_kind", c, lang) for c in data["mission_kind"]],
        country=[label("country", c, lang, countries) for c in data["country"]],
        start_date=[fmt.date(pd.Timestamp(d).date(), lang) for d in data["start_date"]],
        themes=[", ".join(label("theme", c, lang) for c in codes) for codes in data["themes"]])
    widgets.table(shown[list(MISSION_COLUMNS)], f"{key}_missions", lang,
                  {c: t(k, lang) for c, k in MISSION_COLUMNS.items()})


MISSION_COLUMNS = {"reference": "reference", "name": "mission", "mission_kind": "kind",
                   "country": "destination", "start_date": "start", "themes": "themes",
                   "companies": "companies",
                   "leads": "leads_of_mission", "won_leads": "won_leads",
                   "projects": "projects", "new_jobs": "new_jobs"}


def source(file_names: pd.Series, periods: pd.Series, rows: pd.Series, lang: str) -> list[str]:
    """Where each record comes from: "file · period · row 12", to find it in the upload."""
    return [t("source_row", lang, file=fn, period=q, row=r)
            for fn, q, r in zip(file_names, periods, rows, strict=True)]


def projects(sel: Selection, f: m.Filters, key: str, countries: dict[str, str]) -> None:
    """The projects behind the figures, each traceable to its file and row."""
    lang = sel.lang
    data = state.measure(m.project_records, f.period(sel.year, sel.quarter, year_to_date=True))
    if data.empty:
        st.caption(t("no_projects_in_period", lang))
        return
    shown = data.assign(
        d=[fmt.date(pd.Timestamp(d).date(), lang) for d in data["d"]],
        project_kind=[label("project_kind", c, lang) for c in data["project_kind"]],
        country=[label("country", c, lang, countries) for c in data["country"]],
        sector=[label("sector", c, lang) for c in data["sector"]],
        source=source(data["file_name"], data["quarter"], data["source_row"], lang))
    columns = {**PROJECT_COLUMNS, **origins.trace_columns(data)}
    widgets.table(shown[list(columns)], f"{key}_projects", lang,
                  {c: t(k, lang) for c, k in columns.items()})
    origins.row_detail(data, "projects", "projects",
                       [f"{r} · {c} · {s}" for r, c, s in zip(
                           data["reference"], data["company"], shown["source"], strict=True)],
                       f"{key}_projects", lang)


PROJECT_COLUMNS = {"reference": "reference", "company": "company", "d": "realised",
                   "project_kind": "kind", "country": "country", "sector": "sector",
                   "new_jobs": "new_jobs", "retained_jobs": "retained_jobs",
                   "investment_eur": "investment_eur", "source": "source_file_period_row"}
