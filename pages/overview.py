"""Overview (governors): on track this year? the path to 1,000, where jobs come from, changes."""

import streamlit as st

from tradeinvest import measure as m
from tradeinvest.reporting import charts, fmt
from tradeinvest.reporting.labels import labelled
from tradeinvest.reporting.maps import world_choropleth
from tradeinvest.store import catalog
from tradeinvest.ui import filters, report_download, state, widgets

sel = filters.current()
lang, nl = sel.lang, sel.lang == "nl"
if sel.year is None:
    st.title("Overzicht" if nl else "Overview")
    widgets.empty(lang)
    st.stop()

p = state.measure(m.progress, sel.year, sel.quarter, sel.filters())
if not p.quarters_loaded:
    st.title(f"{'Overzicht' if nl else 'Overview'} {sel.year}")
    widgets.empty(lang, f"Voor {sel.year} zijn nog geen projecten geüpload." if nl else
                  f"No projects uploaded for {sel.year} yet.")
    st.stop()
through = f"{sel.year}Q{max(p.quarters_loaded)}"
names = state.country_names(lang)

st.title(f"Op weg naar 1.000 banen — {sel.year}" if nl else f"The road to 1,000 jobs — {sel.year}")
st.caption((f"Gegevens t/m {through}. " if nl else f"Data through {through}. ") +
           (("Let op: filters actief; het doel blijft het regionale doel." if nl else
             "Note: filters are active; the target stays the regional target.")
            if sel.narrowed else ""))

status_text = m.STATUS_LABELS[p.status][0 if nl else 1] if p.status else "–"
banner = {"on_track": st.success, "at_risk": st.warning, "behind": st.error}.get(p.status, st.info)
banner(f"**{status_text}**: {fmt.number(p.new_jobs, 0, lang)} "
       + (f"nieuwe banen t/m {through} tegen een doel naar rato van "
          f"{fmt.number(p.prorated_target, 0, lang)} ({fmt.percent(p.share_of_prorated, 0, lang)})."
          f" Prognose jaareinde: {fmt.number(p.forecast, 0, lang)} bij een jaardoel van "
          f"{fmt.number(p.target, 0, lang)}." if nl else
          f"new jobs through {through} against a pro-rated target of "
          f"{fmt.number(p.prorated_target, 0, lang)} ({fmt.percent(p.share_of_prorated, 0, lang)})."
          f" Year-end forecast: {fmt.number(p.forecast, 0, lang)} against an annual target of "
          f"{fmt.number(p.target, 0, lang)}."))

changes = state.measure(m.changes_since_previous_quarter, sel.year, max(p.quarters_loaded),
                        sel.filters())
delta = dict(zip(changes["figure"], changes["delta"], strict=True))
c1, c2, c3, c4, c5 = st.columns(5)
c1.metric("Nieuwe banen (jaar tot nu)" if nl else "New jobs (year to date)",
          fmt.number(p.new_jobs, 0, lang),
          f"{fmt.signed(delta.get('new_jobs'), 0, lang)} "
          f"{'dit kwartaal' if nl else 'this quarter'}")
c2.metric("Jaardoel" if nl else "Annual target", fmt.number(p.target, 0, lang),
          f"{fmt.percent(p.share_of_target, 0, lang)} {'bereikt' if nl else 'reached'}",
          delta_color="off")
c3.metric("Prognose jaareinde" if nl else "Year-end forecast", fmt.number(p.forecast, 0, lang),
          f"{'laatste 4 kwartalen' if nl else 'last 4 quarters'}: "
          f"{fmt.number(p.forecast_last_four, 0, lang)}", delta_color="off",
          help=m.FORECAST_METHODS["run_rate"][0 if nl else 1])
c4.metric("Behouden banen (apart)" if nl else "Retained jobs (separate)",
          fmt.number(p.retained_jobs, 0, lang))
c5.metric("Indirecte banen (schatting)" if nl else "Indirect jobs (estimate)",
          fmt.number(p.indirect_jobs, 0, lang),
          help="Indirecte banen per directe FDI-baan × nieuwe Invest-banen; telt niet mee "
               "voor het doel." if nl else
               "Indirect jobs per direct FDI job × new invest jobs; not counted for the target.")
st.caption((f"Waarvan Trade (schatting): {fmt.number(p.new_jobs_trade, 0, lang)}; Invest: "
            f"{fmt.number(p.new_jobs_invest, 0, lang)}.") if nl else
           (f"Of which trade (estimate): {fmt.number(p.new_jobs_trade, 0, lang)}; invest: "
            f"{fmt.number(p.new_jobs_invest, 0, lang)}."))

path = state.measure(m.progress_by_year, sel.filters())
widgets.chart(charts.path_chart(path.rename(columns={"new_jobs": "realised"}), lang, sel.year,
                                p.forecast), path, "pad_naar_1000", lang)

left, right = st.columns(2)
period = sel.period()
by_country = labelled(state.measure(m.impact_by, "country_group", period), "country_group",
                      lang, names)
with left:
    widgets.chart(charts.ranking(by_country, "country_group_label", "new_jobs",
                                 "Nieuwe banen per land van herkomst" if nl else
                                 "New jobs by country of origin",
                                 "Nieuwe directe banen" if nl else "New direct jobs", lang),
                  by_country, "banen_per_land", lang)
by_sector = labelled(labelled(state.measure(m.impact_by, ("theme", "sector"), period), "theme",
                              lang), "sector", lang)
with right:
    widgets.chart(charts.treemap(by_sector, "theme_label", "sector_label", "new_jobs",
                                 "Nieuwe banen per thema en sector" if nl else
                                 "New jobs by theme and sector", lang),
                  by_sector, "banen_per_sector", lang)

iso3 = state.measure(m.impact_by, "country", period).merge(
    state.measure(catalog.country_table), left_on="country", right_on="iso2")
iso3["name"] = iso3["name_nl" if nl else "name_en"]
widgets.chart(world_choropleth(iso3, "iso3", "new_jobs", "name",
                               "Nieuwe banen per land" if nl else "New jobs by country",
                               "Banen" if nl else "Jobs"),
              iso3[["country", "name", "new_jobs", "projects"]], "kaart_banen", lang)

st.subheader("Wat veranderde sinds vorig kwartaal" if nl else "What changed since last quarter")
shown = changes.assign(label=changes["label_nl" if nl else "label_en"])
widgets.table(shown[["label", "previous", "current", "delta"]], "veranderingen", lang,
              {"label": "Indicator", "previous": "Vorig kwartaal" if nl else "Previous quarter",
               "current": "Nu" if nl else "Now", "delta": "Verschil" if nl else "Change"})
restated = state.measure(m.restatement, sel.year, max(p.quarters_loaded), sel.filters())
moved = restated[restated["difference"].abs() > 0]
if moved.empty:
    st.caption("Geen correcties: de cijfers zijn gelijk aan wat eerder gerapporteerd is." if nl
               else "No restatements: figures equal what was reported earlier.")
else:
    st.warning("Gecorrigeerd ten opzichte van de eerdere rapportage:" if nl else
               "Restated compared with the earlier report:")
    for row in moved.itertuples():
        st.text(f"• {row.label_nl if nl else row.label_en}: {fmt.number(row.reported, 0, lang)} "
                f"→ {fmt.number(row.now, 0, lang)} ({fmt.signed(row.difference, 0, lang)})")

focus = state.measure(m.focus_share, period)
cost = state.measure(m.cost_effectiveness, sel.filters().period(sel.year))
f1, f2, f3 = st.columns(3)
if not focus.empty:
    f1.metric("Banen uit focuslanden" if nl else "Jobs from focus countries",
              fmt.percent(focus["jobs_focus_share"].iloc[0], 0, lang))
    f2.metric("Inzet op focuslanden" if nl else "Effort on focus countries",
              fmt.percent(focus["effort_focus_share"].iloc[0], 0, lang))
total = cost[cost["line"] == "total"]
if not total.empty:
    f3.metric("Kosten per nieuwe baan" if nl else "Cost per new job",
              fmt.euro(total["cost_per_job"].iloc[0], lang),
              f"{fmt.number(total['jobs_per_fte'].iloc[0], 1, lang)} "
              f"{'banen per fte' if nl else 'jobs per FTE'}", delta_color="off")

report_download.buttons(sel.year, sel.quarter or max(p.quarters_loaded), lang)
