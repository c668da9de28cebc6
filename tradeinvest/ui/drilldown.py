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
from tradeinvest.texts import t as text
from tradeinvest.ui import state, widgets
from tradeinvest.ui.filters import Selection

OUTPUT_SERIES = {"contacts": ("Contacten", "Contacts"),
                 "bidbooks_ffts": ("Bidbooks en FFT's", "Bidbooks and FFTs"),
                 "leads": ("Leads", "Leads"),
                 "investment_projects": ("Investeringsprojecten", "Investment projects"),
                 "trade_wins": ("Trade wins", "Trade wins")}


def headline(sel: Selection, f: m.Filters, *, impact: bool = True) -> None:
    """Output and impact in the selected period, as metrics (`impact=False`: output only, for
    a page that shows impact its own way, such as a country's origin and export market)."""
    nl = sel.lang == "nl"
    t = state.measure(m.totals, f.period(sel.year, sel.quarter, year_to_date=True))
    out = st.columns(3)  # output, then impact: no label cut off
    out[0].metric("Contacten" if nl else "Contacts", fmt.number(t["contacts"], 0, sel.lang))
    out[1].metric("Bidbooks + FFT's" if nl else "Bidbooks + FFTs",
                  fmt.number(t["bidbooks_ffts"], 0, sel.lang))
    out[2].metric(text("leads_by_company", sel.lang), fmt.number(t["leads"], 0, sel.lang),
                  help=text("leads_by_company_help", sel.lang))
    if not impact:
        return
    imp = st.columns(4)
    imp[0].metric(text("investment_projects", sel.lang),
                  fmt.number(t["investment_projects"], 0, sel.lang))
    imp[1].metric(text("trade_wins", sel.lang), fmt.number(t["trade_wins"], 0, sel.lang),
                  fmt.contracts(t["trade_contracts"], sel.lang), delta_color="off",
                  delta_arrow="off")
    imp[2].metric("Nieuwe banen" if nl else "New jobs", fmt.number(t["new_jobs"], 0, sel.lang))
    imp[3].metric("Investering" if nl else "Investment", fmt.euro(t["investment_eur"], sel.lang))


def trend(sel: Selection, f: m.Filters, key: str) -> None:
    """Output and impact per year: how effort turns into projects and jobs over time."""
    nl = sel.lang == "nl"
    out = state.measure(m.output_by, "year", f)
    imp = state.measure(m.impact_by, "year", f)
    frame = out.merge(imp, on="year", how="outer").fillna(0).sort_values("year")
    if frame.empty:
        widgets.empty(sel.lang)
        return
    left, right = st.columns(2)
    with left:
        series = {c: OUTPUT_SERIES[c][0 if nl else 1] for c in OUTPUT_SERIES}
        widgets.chart(charts.lines(frame, "year", series,
                                   "Van inzet naar resultaat per jaar" if nl else
                                   "From effort to results per year",
                                   "Jaar" if nl else "Year", "Aantal" if nl else "Count",
                                   sel.lang),
                      frame[["year", *OUTPUT_SERIES]], f"{key}_trend", sel.lang)
    with right:  # investment (by origin) and trade (by export market) stacked, named apart
        jobs = frame.melt(id_vars=["year"], value_vars=["new_jobs_invest", "new_jobs_trade"],
                          var_name="part", value_name="jobs")
        widgets.chart(charts.stacked_bars(
            jobs, "year", "jobs", "part",
            "Nieuwe banen per jaar" if nl else "New jobs per year", "Jaar" if nl else "Year",
            "Nieuwe directe banen" if nl else "New direct jobs", sel.lang,
            {"new_jobs_invest": "Investeringen (herkomst)" if nl else "Investment (origin)",
             "new_jobs_trade": "Trade, schatting (exportmarkt)" if nl else
                               "Trade, estimate (export market)"}),
            frame[["year", "new_jobs", "new_jobs_invest", "new_jobs_trade", "retained_jobs"]],
            f"{key}_jobs", sel.lang)


def funnel(sel: Selection, f: m.Filters, key: str) -> None:
    """Companies by the furthest stage they reached in the selected period, under the same
    filters as the headline metrics (so "Project" is the companies behind "Projecten")."""
    nl = sel.lang == "nl"
    data = state.measure(period_funnel, f.period(sel.year, sel.quarter, year_to_date=True))
    if not data["companies_contacted"]:
        st.caption("Geen trechtergegevens in deze periode." if nl else "No funnel data.")
        return
    period = sel.period_label()
    stages = ["Contact", "Bidbook/FFT", "Lead", "Project"]
    values = [float(data[s]) for s in STAGES]
    widgets.chart(charts.funnel(stages, values,
                                f"Trechter {period}: bedrijven per verste fase" if nl else
                                f"Funnel {period}: companies by furthest stage", sel.lang),
                  pd.DataFrame({"stage": stages, "companies": values}), f"{key}_funnel",
                  sel.lang)
    kpi = state.measure(m.totals, f.period(sel.year, sel.quarter, year_to_date=True))
    inv, wins = kpi["investment_projects"], kpi["trade_wins"]
    st.caption(f"Bedrijven met inzet of resultaat in {period} onder de gekozen filters, elk "
               f"op de verste fase die het in die periode bereikte. Project = bedrijven met "
               f"een gerealiseerd investeringsproject of een trade win; de kerncijfers tellen "
               f"{fmt.count(inv, 'investeringsproject', 'investeringsprojecten', sel.lang)} en "
               f"{fmt.count(wins, 'trade win', 'trade wins', sel.lang)}." if nl else
               f"Companies with effort or a result in {period} under the chosen filters, each "
               f"at the furthest stage it reached in that period. Project = companies with a "
               f"realised investment project or a trade win; the headline counts "
               f"{fmt.count(inv, 'investment project', 'investment projects', sel.lang)} and "
               f"{fmt.count(wins, 'trade win', 'trade wins', sel.lang)}.")


def lead_time(sel: Selection, f: m.Filters, group: str, key: str,
              countries: dict[str, str]) -> None:
    """Days from first contact to landing of the projects that landed in the selected period
    (like every other figure of the page), as a distribution per group."""
    nl = sel.lang == "nl"
    f, period = f.period(sel.year, sel.quarter, year_to_date=True), sel.period_label()
    times = state.measure(m.lead_times, f)
    times = times.dropna(subset=["days"]) if "days" in times else times
    if times.empty:
        st.caption(f"Geen projecten in {period} met een eerder contact om de doorlooptijd te "
                   "meten." if nl else
                   f"No projects in {period} with an earlier contact to measure lead time.")
        return
    times = labelled(times, group, sel.lang, countries)
    widgets.chart(charts.box(times, f"{group}_label", "days",
                             f"Doorlooptijd van eerste contact tot project, {period}" if nl
                             else f"Lead time from first contact to project, {period}",
                             "Dagen" if nl else "Days", sel.lang),
                  times.drop(columns=[f"{group}_label"]), f"{key}_leadtime", sel.lang)
    summary = state.measure(m.lead_time_by, None, f)
    if not summary.empty and summary["median_days"].notna().any():
        row = summary.iloc[0]
        median, p25, p75 = (fmt.number(v, 0, sel.lang)
                            for v in (row.median_days, row.p25_days, row.p75_days))
        st.caption(f"Projecten gerealiseerd in {period}: mediaan {median} dagen (middelste "
                   f"helft {p25}–{p75}), {int(row.traced)} van "
                   f"{fmt.count(int(row.projects), 'project', 'projecten', sel.lang)} "
                   "herleid." if nl else
                   f"Projects realised in {period}: median {median} days (middle half "
                   f"{p25}–{p75}), {int(row.traced)} of "
                   f"{fmt.count(int(row.projects), 'project', 'projects', sel.lang)} traced.")


def missions(sel: Selection, f: m.Filters, key: str, countries: dict[str, str]) -> None:
    """Missions in the selected year with what traces back to them."""
    nl = sel.lang == "nl"
    data = state.measure(m.mission_yield, f.period(sel.year))
    if data.empty:
        st.caption("Geen missies in deze periode." if nl else "No missions in this period.")
        return
    shown = data.assign(
        mission_kind=[label("mission_kind", c, sel.lang) for c in data["mission_kind"]],
        country=[label("country", c, sel.lang, countries) for c in data["country"]],
        start_date=[fmt.date(pd.Timestamp(d).date(), sel.lang) for d in data["start_date"]])
    widgets.table(shown[["reference", "name", "mission_kind", "country", "start_date",
                         "companies", "leads", "won_leads", "projects", "new_jobs"]],
                  f"{key}_missions", sel.lang, MISSION_COLUMNS[sel.lang])


MISSION_COLUMNS = {
    "nl": {"reference": "Referentie", "name": "Missie", "mission_kind": "Soort",
           "country": "Bestemming", "start_date": "Start", "companies": "Bedrijven",
           "leads": "Leads van de missie",
           "won_leads": "Gewonnen leads", "projects": "Projecten", "new_jobs": "Nieuwe banen"},
    "en": {"reference": "Reference", "name": "Mission", "mission_kind": "Kind",
           "country": "Destination", "start_date": "Start", "companies": "Companies",
           "leads": "Leads of the mission", "won_leads": "Won leads", "projects": "Projects",
           "new_jobs": "New jobs"},
}


def projects(sel: Selection, f: m.Filters, key: str, countries: dict[str, str]) -> None:
    """The projects behind the figures, each traceable to its file and row."""
    nl = sel.lang == "nl"
    data = state.measure(m.project_records, f.period(sel.year, sel.quarter, year_to_date=True))
    if data.empty:
        st.caption("Geen projecten in deze periode." if nl else "No projects in this period.")
        return
    shown = data.assign(
        d=[fmt.date(pd.Timestamp(d).date(), sel.lang) for d in data["d"]],
        project_kind=[label("project_kind", c, sel.lang) for c in data["project_kind"]],
        country=[label("country", c, sel.lang, countries) for c in data["country"]],
        sector=[label("sector", c, sel.lang) for c in data["sector"]],
        source=[f"{fn} · {q} · rij {r}" if nl else f"{fn} · {q} · row {r}"
                for fn, q, r in zip(data["file_name"], data["quarter"], data["source_row"],
                                    strict=True)])
    widgets.table(shown[["reference", "company", "d", "project_kind", "country", "sector",
                         "new_jobs", "retained_jobs", "investment_eur", "source"]],
                  f"{key}_projects", sel.lang, PROJECT_COLUMNS[sel.lang])


PROJECT_COLUMNS = {
    "nl": {"reference": "Referentie", "company": "Bedrijf", "d": "Gerealiseerd",
           "project_kind": "Soort", "country": "Land", "sector": "Sector",
           "new_jobs": "Nieuwe banen", "retained_jobs": "Behouden banen",
           "investment_eur": "Investering (€)", "source": "Bron (bestand · kwartaal · rij)"},
    "en": {"reference": "Reference", "company": "Company", "d": "Realised",
           "project_kind": "Kind", "country": "Country", "sector": "Sector",
           "new_jobs": "New jobs", "retained_jobs": "Retained jobs",
           "investment_eur": "Investment (€)", "source": "Source (file · quarter · row)"},
}
