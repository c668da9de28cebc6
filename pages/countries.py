"""Countries (team): the world map and ranking; pick a country for its pipeline and results."""

import streamlit as st

from tradeinvest import measure as m
from tradeinvest.measure import catalog
from tradeinvest.reporting import fmt, labels
from tradeinvest.reporting.maps import codes_without_shape, world_choropleth
from tradeinvest.texts import t
from tradeinvest.ui import confirmations, contacts, drilldown, filters, plans, state, widgets
from tradeinvest.ui.safe import md

# map metric -> (catalogue key of its label, which country it is: a key of ROLE_TITLES)
MAP_METRICS = {"new_jobs_invest": ("new_jobs_from_investment", "origin"),
               "investment_projects": ("investment_projects", "origin"),
               "new_jobs_trade": ("trade_jobs_estimate", "market"),
               "trade_wins": ("trade_wins_short", "market"),
               "effort": ("effort_contacts_bidbooks_leads", "company")}
ROLE_TITLES = {"origin": "by_country_of_origin", "market": "by_export_market",
               "company": "by_country_of_company_or_market"}
RANKING_COLUMNS = {"name": "country", "contacts": "contacts", "bidbooks_ffts": "bidbooks_ffts",
                   "leads": "leads_by_company", "investment_projects": "investment_projects_origin",
                   "new_jobs_invest": "new_jobs_investment_origin", "investment_eur": None,
                   "trade_wins": "trade_wins_market", "trade_contracts": "export_contracts_market",
                   "new_jobs_trade": "trade_jobs_estimate_market",
                   "contract_value_eur": None, "retained_jobs": "retained_jobs"}


def origin_and_market(sel: filters.Selection) -> None:
    """The country in its two roles, apart: origin of investment projects (the parent's home
    country) and export market of trade contracts (where regional companies sell)."""
    lang = sel.lang
    period = sel.period()
    rows = {role: state.measure(m.impact_by_country_role, role, None, period)
            for role in m.COUNTRY_ROLES}
    inv, trade = rows["origin"].iloc[0], rows["market"].iloc[0]
    st.markdown(f"**{t('as_country_of_origin', lang)}**")
    a, b, c = st.columns(3)
    a.metric(t("investment_projects", lang), fmt.number(inv["investment_projects"], 0, lang))
    b.metric(t("new_jobs_origin", lang), fmt.number(inv["new_jobs"], 0, lang))
    c.metric(t("investment", lang), fmt.euro(inv["investment_eur"], lang))
    st.markdown(f"**{t('as_export_market', lang)}**")
    a, b, c = st.columns(3)
    a.metric(t("trade_wins", lang), fmt.number(trade["trade_wins"], 0, lang),
             fmt.contracts(trade["trade_contracts"], lang), delta_color="off",
             delta_arrow="off")
    b.metric(t("jobs_estimate_market", lang), fmt.number(trade["new_jobs"], 0, lang))
    c.metric(t("contract_value", lang), fmt.euro(trade["contract_value_eur"], lang))
    jobs = [fmt.number(v, 0, lang) for v in
            (inv["new_jobs"] + trade["new_jobs"], inv["new_jobs"], trade["new_jobs"])]
    st.caption(t("origin_and_market_total", lang, total=jobs[0], origin=jobs[1],
                 market=jobs[2]))


def country_list(sel: filters.Selection, names: dict[str, str]) -> None:
    """Every country on a world map (one metric at a time) and in a ranking."""
    lang = sel.lang
    table = state.measure(m.output_and_impact_by_country, sel.period()).merge(
        state.measure(catalog.country_table), left_on="country", right_on="iso2", how="left")
    table["name"] = table["country"].map(names).fillna(table["country"])
    metric = st.radio(t("map_shows", lang), list(MAP_METRICS), horizontal=True,
                      format_func=lambda c: t(MAP_METRICS[c][0], lang))
    widgets.chart(world_choropleth(table, "iso3", metric, "name",
                                   t(ROLE_TITLES[MAP_METRICS[metric][1]], lang),
                                   t("count", lang)),
                  table[["country", "name", metric]], "landen_kaart", lang)
    missing = codes_without_shape(table.loc[table[metric] > 0, "iso3"].dropna())
    if missing:
        st.caption(t("too_small_for_map", lang, codes=", ".join(missing)))
    ranking = table.sort_values("all_jobs", ascending=False)[list(RANKING_COLUMNS)]
    widgets.table(ranking, "landen_ranglijst", lang,
                  {c: t(k, lang) for c, k in RANKING_COLUMNS.items() if k})
    st.caption(t("countries_roles_note", lang))


def focus_banner(sel: filters.Selection, country: str, names: dict[str, str]) -> None:
    """Whether the country is on the year's focus list, and for what."""
    lang, name = sel.lang, names.get(country, country)
    focus = state.measure(m.focus_list, sel.year)
    row = focus[focus["iso2"] == country]
    if row.empty:
        st.info(t("not_focus_country", lang, name=name, year=sel.year))
        return
    r = row.iloc[0]
    regions = t("focus_regions", lang, regions=md(r.regions)) if r.regions else ""
    st.success(t("focus_country", lang, year=sel.year, list_year=r.list_year,
                 invest=t("yes" if r.invest else "no", lang),
                 trade=labels.label("trade", r.trade, lang).lower(), regions=regions))


sel = filters.current()
lang = sel.lang
names = state.country_names(lang)
widgets.need_year(sel, t("page_countries", lang))
if widgets.list_or_drill(sel, sel.country, t("page_countries", lang), t("pick_country", lang)):
    country_list(sel, names)
    st.stop()

country = sel.country
f = sel.filters()
st.title(f"{names.get(country, country)} — {sel.period_label()}")
focus_banner(sel, country, names)
drilldown.headline(sel, f, impact=False)
origin_and_market(sel)
plans.country_plan(sel, country, names)
st.subheader(t("effort_and_results_over_years", lang))
drilldown.trend(sel, f, "land")
left, right = st.columns(2)
with left:
    drilldown.funnel(sel, f, "land")
with right:
    drilldown.lead_time(sel, f, "sector", "land", names)
st.subheader(t("missions", lang))
drilldown.missions(sel, f, "land", names)
st.subheader(t("projects", lang))
drilldown.projects(sel, f, "land", names)
contacts.section(sel, f)  # with contact persons: team and coordinator only
confirmations.section(sel, f)  # the investor's confirmation; answers: coordinator only
