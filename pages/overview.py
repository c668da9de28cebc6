"""Overview (governors): on track this year? the path to 1,000, where jobs come from, changes."""

import pandas as pd
import streamlit as st

from tradeinvest import measure as m
from tradeinvest.measure import catalog
from tradeinvest.measure import plans as m_plans
from tradeinvest.reporting import charts, fmt
from tradeinvest.reporting.headline import cost_note, missing_sentence, status_sentence
from tradeinvest.reporting.labels import labelled
from tradeinvest.reporting.maps import world_choropleth
from tradeinvest.texts import t
from tradeinvest.ui import filters, report_download, solid_count, state, widgets
from tradeinvest.ui import forecast as ui_forecast
from tradeinvest.ui import plans as ui_plans

BANNERS = {"on_track": st.success, "at_risk": st.warning, "behind": st.error,
           "reached": st.success, "missed": st.error}
TARGET_LABELS = {"region": "annual_target", "country_plan": "country_plan_target"}


def headline(sel: filters.Selection, p: m.Progress, own: m_plans.ViewTarget,
             changes: dict[str, float]) -> None:
    """Jobs so far, the target that fits the view and the forecast (or, for a finished
    year, the difference); then the kinds of projects and trade wins."""
    lang = sel.lang
    c1, c2, c3 = st.columns(3)  # two rows, so no label is cut off
    c1.metric(t("figure_new_jobs", lang), fmt.number(p.new_jobs, 0, lang),
              t("this_quarter", lang, delta=fmt.signed(changes.get("new_jobs"), 0, lang)))
    goal, share = ((p.target, p.share_of_target) if own.kind == "region" else
                   (own.target, m.share_of(p.new_jobs, own.target)))
    c2.metric(t(TARGET_LABELS.get(own.kind, "target_none_here"), lang),
              fmt.number(goal, 0, lang),
              t("share_reached", lang, share=fmt.percent(share, 0, lang)) if goal else None,
              delta_color="off", delta_arrow="off")  # a share, not a change: no arrow
    if p.finished:  # a finished year is reached or missed, not forecast
        c3.metric(t("difference_from_target", lang),
                  fmt.signed(p.new_jobs - goal if goal else None, 0, lang), delta_color="off")
    else:
        c3.metric(t("year_end_forecast", lang,
                    method=t(f"forecast_method_{p.forecast_method}", lang).lower()),
                  fmt.number(p.forecast, 0, lang),
                  t("forecast_interval", lang, low=fmt.number(p.forecast_low, 0, lang),
                    high=fmt.number(p.forecast_high, 0, lang))
                  if p.forecast_low is not None else
                  t("last_four_quarters", lang, value=fmt.number(p.forecast_last_four, 0, lang)),
                  delta_color="off", delta_arrow="off",
                  help=f"{t('forecast_run_rate', lang)}; {t('forecast_last_four', lang)}")
    st.caption(t("of_which_trade_invest", lang, trade=fmt.number(p.new_jobs_trade, 0, lang),
                 invest=fmt.number(p.new_jobs_invest, 0, lang)))
    kinds = state.measure(m.totals, sel.period())
    c4, c5, k1, k2 = st.columns(4)
    c4.metric(t("retained_jobs_separate", lang), fmt.number(p.retained_jobs, 0, lang))
    c5.metric(t("indirect_jobs", lang), fmt.number(p.indirect_jobs, 0, lang),
              help=t("indirect_jobs_help", lang))
    k1.metric(t("investment_projects", lang), fmt.number(kinds["investment_projects"], 0, lang),
              t("new_and_expansions", lang,
                new=fmt.number(kinds["new_establishments"], 0, lang),
                expansions=fmt.counted(kinds["expansions"], "count_expansions", lang)),
              delta_color="off", delta_arrow="off")
    k2.metric(t("trade_wins", lang), fmt.number(kinds["trade_wins"], 0, lang),
              f"{fmt.contracts(kinds['trade_contracts'], lang)}, "
              f"{fmt.euro(kinds['contract_value_eur'], lang)}",
              delta_color="off", delta_arrow="off", help=t("trade_wins_help", lang))


def path_to_target(sel: filters.Selection, p: m.Progress) -> None:
    """New jobs per year against the target that fits the view, this year's forecast."""
    lang = sel.lang
    path = m.with_view_targets(state.measure(m.progress_by_year, sel.period()),
                               state.measure(m_plans.view_targets_by_year, sel.filters()))
    widgets.chart(charts.path_chart(path.rename(columns={"new_jobs": "realised"}), lang,
                                    sel.year, p.forecast), path, "pad_naar_1000", lang)
    if sel.quarter:
        st.caption(t("realised_through_quarter", lang, year=sel.year, quarter=sel.quarter))


def where_jobs_come_from(sel: filters.Selection, names: dict[str, str]) -> None:
    """Jobs by country of origin (ranking and map), by theme and sector, by export market."""
    lang, period = sel.lang, sel.period()
    left, right = st.columns(2)
    by_country = labelled(state.measure(m.impact_by_country_role, "origin", "country_group",
                                        period), "country_group", lang, names)
    with left:
        widgets.chart(charts.ranking(by_country, "country_group_label", "new_jobs",
                                     t("jobs_by_origin", lang), t("new_direct_jobs", lang),
                                     lang),
                      by_country, "banen_per_land", lang)
    by_sector = labelled(labelled(state.measure(m.impact_by, ("theme", "sector"), period),
                                  "theme", lang), "sector", lang)
    with right:
        widgets.chart(charts.treemap(by_sector, "theme_label", "sector_label", "new_jobs",
                                     t("jobs_by_theme_and_sector", lang), lang),
                      by_sector, "banen_per_sector", lang)
    iso3 = state.measure(m.impact_by_country_role, "origin", "country", period).merge(
        state.measure(catalog.country_table), left_on="country", right_on="iso2")
    iso3["name"] = iso3["country"].map(names)
    widgets.chart(world_choropleth(iso3, "iso3", "new_jobs", "name", t("jobs_by_origin", lang),
                                   t("jobs", lang)),
                  iso3[["country", "name", "new_jobs", "investment_projects"]], "kaart_banen",
                  lang)
    by_market = labelled(state.measure(m.impact_by_country_role, "market", "country_group",
                                       period), "country_group", lang, names)
    widgets.chart(charts.ranking(by_market, "country_group_label", "new_jobs",
                                 t("trade_jobs_by_market", lang), t("new_jobs_estimate", lang),
                                 lang),
                  by_market, "banen_per_exportmarkt", lang,
                  {"country_group": t("export_market_code", lang),
                   "country_group_label": t("export_market", lang)})


def what_changed(sel: filters.Selection, quarter: int, changes: pd.DataFrame) -> None:
    """The headline figures against last quarter's, and corrections of what was reported."""
    lang = sel.lang
    st.subheader(t("changed_since_last_quarter", lang))
    shown = changes.assign(label=[t(f"figure_{k}", lang) for k in changes["figure"]])
    widgets.table(shown[["label", "previous", "current", "delta"]], "veranderingen", lang,
                  {"label": t("indicator", lang), "previous": t("previous_quarter", lang),
                   "current": t("now", lang), "delta": t("change", lang)})
    restated = state.measure(m.restatement, sel.year, quarter, sel.filters())
    moved = restated[restated["difference"].abs() > 0]
    if moved.empty:
        st.caption(t("no_restatements", lang))
        return
    st.warning(t("restated", lang))
    for row in moved.itertuples():
        st.text(f"• {t(f'figure_{row.figure}', lang)}: {fmt.number(row.reported, 0, lang)} "
                f"→ {fmt.number(row.now, 0, lang)} ({fmt.signed(row.difference, 0, lang)})")


def focus_and_cost(sel: filters.Selection) -> None:
    """The share of jobs and effort on focus countries, and the cost per new job."""
    lang, period = sel.lang, sel.period()
    focus = state.measure(m.focus_share, period)
    cost = state.measure(m.cost_effectiveness, period)
    f1, f2, f3 = st.columns(3)
    if not focus.empty:
        f1.metric(t("jobs_from_focus", lang),
                  fmt.percent(focus["jobs_focus_share"].iloc[0], 0, lang))
        f2.metric(t("effort_on_focus", lang),
                  fmt.percent(focus["effort_focus_share"].iloc[0], 0, lang))
    total = cost[cost["line"] == "total"]
    if not total.empty:
        row = total.iloc[0]
        note = cost_note(row, sel.narrowed, lang, whole_year=sel.quarter is None)
        f3.metric(t("cost_per_new_job", lang), fmt.euro(row["cost_per_job"], lang),
                  t("jobs_per_fte", lang, value=fmt.number(row["jobs_per_fte"], 1, lang)),
                  delta_color="off", delta_arrow="off", help=note)
        f3.caption(note)


sel = filters.current()
lang = sel.lang
widgets.need_year(sel, t("page_overview", lang))

p = state.measure(m.progress, sel.year, sel.quarter, sel.filters())
if not p.quarters_loaded:
    st.title(f"{t('page_overview', lang)} {sel.year}")
    widgets.empty(lang, t("no_projects_for_year", lang, year=sel.year))
    st.stop()
latest = max(p.quarters_loaded)
through = f"{sel.year}Q{latest}"
names = state.country_names(lang)

st.title(t("road_to_1000", lang, year=sel.year))
own = state.measure(m_plans.view_target, sel.year, sel.filters())  # filtered: never the region's
st.caption(t("data_through", lang, through=through) +
           (t("country_roles_caption", lang) if sel.country else ""))
if own.kind != "region":  # a part of the region: its own plan's target or none, not the region's
    ui_plans.view_target_banner(sel, own, p.new_jobs, through, names)
else:
    BANNERS.get(p.status, st.info)(status_sentence(p, through, lang, bold=True))
missing = missing_sentence(p, lang)
if missing:
    st.warning(missing)

changes = state.measure(m.changes_since_previous_quarter, sel.year, latest, sel.filters())
headline(sel, p, own, dict(zip(changes["figure"], changes["delta"], strict=True)))
if not p.finished and not sel.narrowed:  # the region's forecast, for the region's view
    ui_forecast.section(sel.year, sel.quarter or latest, lang, names)
path_to_target(sel, p)
where_jobs_come_from(sel, names)
what_changed(sel, latest, changes)
focus_and_cost(sel)
solid_count.section(sel)  # how solid is the count
report_download.buttons(sel.year, sel.quarter or latest, lang)
