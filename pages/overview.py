"""Overview (governors): on track this year? the path to 1,000, where jobs come from, changes."""

import streamlit as st

from tradeinvest import measure as m
from tradeinvest.measure import catalog
from tradeinvest.measure import plans as m_plans
from tradeinvest.reporting import charts, fmt
from tradeinvest.reporting.headline import cost_note, missing_sentence, status_sentence
from tradeinvest.reporting.labels import labelled
from tradeinvest.reporting.maps import world_choropleth
from tradeinvest.ui import filters, report_download, state, widgets
from tradeinvest.ui import plans as ui_plans

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
own = state.measure(m_plans.view_target, sel.year, sel.filters())  # filtered: never the region's
st.caption((f"Gegevens t/m {through}. " if nl else f"Data through {through}. ") +
           (("Land = land van herkomst (moederbedrijf) voor investeringen en exportmarkt voor "
             "trade; beide staan hieronder apart." if nl else
             "Country = country of origin (parent) for investments and export market for "
             "trade; both are shown apart below.") if sel.country else ""))

if own.kind != "region":  # a part of the region: its own plan's target or none, not the region's
    ui_plans.view_target_banner(sel, own, p.new_jobs, through, names)
else:
    banner = {"on_track": st.success, "at_risk": st.warning, "behind": st.error,
              "reached": st.success, "missed": st.error}.get(p.status, st.info)
    banner(status_sentence(p, through, lang, bold=True))
missing = missing_sentence(p, lang)
if missing:
    st.warning(missing)

changes = state.measure(m.changes_since_previous_quarter, sel.year, max(p.quarters_loaded),
                        sel.filters())
delta = dict(zip(changes["figure"], changes["delta"], strict=True))
c1, c2, c3 = st.columns(3)  # two rows, so no label is cut off
c1.metric("Nieuwe banen (jaar tot nu)" if nl else "New jobs (year to date)",
          fmt.number(p.new_jobs, 0, lang),
          f"{fmt.signed(delta.get('new_jobs'), 0, lang)} "
          f"{'dit kwartaal' if nl else 'this quarter'}")
goal, share = ((p.target, p.share_of_target) if own.kind == "region" else
               (own.target, p.new_jobs / own.target if own.target else None))
c2.metric({"region": "Jaardoel" if nl else "Annual target",
           "country_plan": "Doel landenplan" if nl else "Country plan target"}.get(
              own.kind, "Doel (geen voor deze selectie)" if nl else "Target (none here)"),
          fmt.number(goal, 0, lang),
          f"{fmt.percent(share, 0, lang)} {'bereikt' if nl else 'reached'}" if goal else None,
          delta_color="off", delta_arrow="off")  # a share, not a change: no arrow
if p.finished:  # a finished year is reached or missed, not forecast
    c3.metric("Verschil met jaardoel" if nl else "Difference from target",
              fmt.signed(p.new_jobs - goal if goal else None, 0, lang), delta_color="off")
else:
    c3.metric("Prognose jaareinde" if nl else "Year-end forecast",
              fmt.number(p.forecast, 0, lang),
              f"{'laatste 4 kwartalen' if nl else 'last 4 quarters'}: "
              f"{fmt.number(p.forecast_last_four, 0, lang)}", delta_color="off", delta_arrow="off",
              help=m.FORECAST_METHODS["run_rate"][0 if nl else 1] + "; " +
              m.FORECAST_METHODS["last_four"][0 if nl else 1])
st.caption((f"Waarvan Trade (schatting): {fmt.number(p.new_jobs_trade, 0, lang)}; Invest: "
            f"{fmt.number(p.new_jobs_invest, 0, lang)}.") if nl else
           (f"Of which trade (estimate): {fmt.number(p.new_jobs_trade, 0, lang)}; invest: "
            f"{fmt.number(p.new_jobs_invest, 0, lang)}."))
period = sel.period()
kinds = state.measure(m.totals, period)
c4, c5, k1, k2 = st.columns(4)
c4.metric("Behouden banen (apart)" if nl else "Retained jobs (separate)",
          fmt.number(p.retained_jobs, 0, lang))
c5.metric("Indirecte banen" if nl else "Indirect jobs",
          fmt.number(p.indirect_jobs, 0, lang),
          help="Schatting: indirecte banen per directe FDI-baan × nieuwe Invest-banen; telt "
               "niet mee voor het doel." if nl else
               "Estimate: indirect jobs per direct FDI job × new invest jobs; not counted for "
               "the target.")
k1.metric("Investeringsprojecten" if nl else "Investment projects",
          fmt.number(kinds["investment_projects"], 0, lang),
          f"{fmt.number(kinds['new_establishments'], 0, lang)} "
          f"{'nieuw' if nl else 'new'}, "
          + (fmt.count(kinds["expansions"], "uitbreiding", "uitbreidingen", lang) if nl else
             fmt.count(kinds["expansions"], "expansion", "expansions", lang)),
          delta_color="off", delta_arrow="off")
k2.metric("Trade wins (bedrijven per jaar)" if nl else "Trade wins (company-years)",
          fmt.number(kinds["trade_wins"], 0, lang),
          f"{fmt.contracts(kinds['trade_contracts'], lang)}, "
          f"{fmt.euro(kinds['contract_value_eur'], lang)}",
          delta_color="off", delta_arrow="off",
          help="Eén per bedrijf en jaar, de waarde van de contracten opgeteld." if nl else
               "One per company and year, the contracts' values summed.")

path = state.measure(m.progress_by_year, period)
own_targets = state.measure(m_plans.view_targets_by_year, sel.filters())
if own_targets is not None:  # a part of the region: its own plans' targets, else none
    path = path.assign(target=path["year"].map(own_targets).astype(float))
    path = path.assign(share_of_target=path["new_jobs"] / path["target"])
chosen = (f" (Q1 t/m Q{sel.quarter})" if nl else f" (Q1 to Q{sel.quarter})") \
    if sel.quarter else ""
widgets.chart(charts.path_chart(path.rename(columns={"new_jobs": "realised"}), lang, sel.year,
                                p.forecast), path, "pad_naar_1000", lang)
if chosen:
    st.caption(f"{sel.year}: gerealiseerd{chosen}." if nl else f"{sel.year}: realised{chosen}.")

left, right = st.columns(2)
by_country = labelled(state.measure(m.impact_by_country_role, "origin", "country_group", period),
                      "country_group", lang, names)
with left:
    widgets.chart(charts.ranking(by_country, "country_group_label", "new_jobs",
                                 "Nieuwe banen (investeringen) per land van herkomst" if nl else
                                 "New jobs (investment) by country of origin",
                                 "Nieuwe directe banen" if nl else "New direct jobs", lang),
                  by_country, "banen_per_land", lang)
by_sector = labelled(labelled(state.measure(m.impact_by, ("theme", "sector"), period), "theme",
                              lang), "sector", lang)
with right:
    widgets.chart(charts.treemap(by_sector, "theme_label", "sector_label", "new_jobs",
                                 "Nieuwe banen per thema en sector" if nl else
                                 "New jobs by theme and sector", lang),
                  by_sector, "banen_per_sector", lang)

iso3 = state.measure(m.impact_by_country_role, "origin", "country", period).merge(
    state.measure(catalog.country_table), left_on="country", right_on="iso2")
iso3["name"] = iso3["name_nl" if nl else "name_en"]
widgets.chart(world_choropleth(iso3, "iso3", "new_jobs", "name",
                               "Nieuwe banen (investeringen) per land van herkomst" if nl else
                               "New jobs (investment) by country of origin",
                               "Banen" if nl else "Jobs"),
              iso3[["country", "name", "new_jobs", "investment_projects"]], "kaart_banen", lang)
by_market = labelled(state.measure(m.impact_by_country_role, "market", "country_group", period),
                     "country_group", lang, names)
widgets.chart(charts.ranking(by_market, "country_group_label", "new_jobs",
                             "Trade: banen (schatting) per exportmarkt" if nl else
                             "Trade: jobs (estimate) by export market",
                             "Nieuwe banen (schatting)" if nl else "New jobs (estimate)", lang),
              by_market, "banen_per_exportmarkt", lang,
              {"country_group": "Exportmarkt (code)" if nl else "Export market (code)",
               "country_group_label": "Exportmarkt" if nl else "Export market"})

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
cost = state.measure(m.cost_effectiveness, period)
f1, f2, f3 = st.columns(3)
if not focus.empty:
    f1.metric("Banen uit focuslanden" if nl else "Jobs from focus countries",
              fmt.percent(focus["jobs_focus_share"].iloc[0], 0, lang))
    f2.metric("Inzet op focuslanden" if nl else "Effort on focus countries",
              fmt.percent(focus["effort_focus_share"].iloc[0], 0, lang))
total = cost[cost["line"] == "total"]
if not total.empty:
    row = total.iloc[0]
    note = cost_note(row, sel.narrowed, lang, whole_year=sel.quarter is None)
    f3.metric("Kosten per nieuwe baan" if nl else "Cost per new job",
              fmt.euro(row["cost_per_job"], lang),
              f"{fmt.number(row['jobs_per_fte'], 1, lang)} "
              f"{'banen per fte' if nl else 'jobs per FTE'}", delta_color="off", delta_arrow="off",
              help=note)
    f3.caption(note)

report_download.buttons(sel.year, sel.quarter or max(p.quarters_loaded), lang)
