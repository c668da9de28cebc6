"""Countries (team): the world map and ranking; pick a country for its pipeline and results."""

import streamlit as st

from tradeinvest import measure as m
from tradeinvest.measure import catalog
from tradeinvest.reporting import fmt, labels
from tradeinvest.reporting.maps import codes_without_shape, world_choropleth
from tradeinvest.texts import t
from tradeinvest.ui import contacts, drilldown, filters, plans, state, widgets
from tradeinvest.ui.safe import md


def origin_and_market(sel: filters.Selection) -> None:
    """The country in its two roles, apart: origin of investment projects (the parent's home
    country) and export market of trade contracts (where regional companies sell)."""
    nl, lang = sel.lang == "nl", sel.lang
    period = sel.period()
    rows = {role: state.measure(m.impact_by_country_role, role, None, period)
            for role in m.COUNTRY_ROLES}
    inv, trade = rows["origin"].iloc[0], rows["market"].iloc[0]
    st.markdown("**Als land van herkomst (investeringen)**" if nl else
                "**As country of origin (investment)**")
    a, b, c = st.columns(3)
    a.metric(t("investment_projects", lang), fmt.number(inv["investment_projects"], 0, lang))
    b.metric("Nieuwe banen (herkomst)" if nl else "New jobs (origin)",
             fmt.number(inv["new_jobs"], 0, lang))
    c.metric("Investering" if nl else "Investment", fmt.euro(inv["investment_eur"], lang))
    st.markdown("**Als exportmarkt (trade)**" if nl else "**As export market (trade)**")
    a, b, c = st.columns(3)
    a.metric(t("trade_wins", lang), fmt.number(trade["trade_wins"], 0, lang),
             fmt.contracts(trade["trade_contracts"], lang), delta_color="off",
             delta_arrow="off")
    b.metric("Banen, schatting (exportmarkt)" if nl else "Jobs, estimate (export market)",
             fmt.number(trade["new_jobs"], 0, lang))
    c.metric("Contractwaarde" if nl else "Contract value",
             fmt.euro(trade["contract_value_eur"], lang))
    jobs = [fmt.number(v, 0, lang) for v in
            (inv["new_jobs"] + trade["new_jobs"], inv["new_jobs"], trade["new_jobs"])]
    st.caption(f"Samen {jobs[0]} nieuwe banen: {jobs[1]} uit investeringen (herkomst) en "
               f"{jobs[2]} geschat uit trade (exportmarkt)." if nl else
               f"Together {jobs[0]} new jobs: {jobs[1]} from investment (origin) and {jobs[2]} "
               "estimated from trade (export market).")


sel = filters.current()
lang, nl = sel.lang, sel.lang == "nl"
names = state.country_names(lang)
if sel.year is None:
    st.title("Landen" if nl else "Countries")
    widgets.empty(lang)
    st.stop()

if sel.country is None:
    st.title(f"Landen — {sel.period_label()}" if nl else f"Countries — {sel.period_label()}")
    st.caption("Kies links bij Filters een land om in te zoomen." if nl else
               "Pick a country under Filters on the left to drill down.")
    period = sel.period()
    origin = state.measure(m.impact_by_country_role, "origin", "country", period)[
        ["country", "investment_projects", "new_jobs", "retained_jobs", "investment_eur"]]
    market = state.measure(m.impact_by_country_role, "market", "country", period)[
        ["country", "trade_wins", "trade_contracts", "new_jobs", "contract_value_eur"]]
    output = state.measure(m.output_by, "country", period)
    table = output.merge(origin, on="country", how="outer").merge(
        market, on="country", how="outer", suffixes=("_invest", "_trade")).fillna(0).merge(
        state.measure(catalog.country_table), left_on="country", right_on="iso2", how="left")
    table["name"] = table["name_nl" if nl else "name_en"].fillna(table["country"])
    MAP_METRICS = {  # column -> (label nl, label en, which country it is)
        "new_jobs_invest": ("Nieuwe banen investeringen", "New jobs from investment", "origin"),
        "investment_projects": ("Investeringsprojecten", "Investment projects", "origin"),
        "new_jobs_trade": ("Banen trade (schatting)", "Trade jobs (estimate)", "market"),
        "trade_wins": ("Trade wins", "Trade wins", "market"),
        "effort": ("Inzet (contacten, bidbooks, leads)", "Effort (contacts, bidbooks, leads)",
                   "company"),
    }
    ROLE_TITLES = {"origin": ("Per land van herkomst (moederbedrijf)",
                              "By country of origin (parent)"),
                   "market": ("Per exportmarkt", "By export market"),
                   "company": ("Per land van het bedrijf of de markt",
                               "By country of the company or market")}
    metric = st.radio("Kaart toont" if nl else "Map shows", list(MAP_METRICS), horizontal=True,
                      format_func=lambda c: MAP_METRICS[c][0 if nl else 1])
    role = ROLE_TITLES[MAP_METRICS[metric][2]]
    widgets.chart(world_choropleth(table, "iso3", metric, "name", role[0 if nl else 1],
                                   "Aantal" if nl else "Count"),
                  table[["country", "name", metric]], "landen_kaart", lang)
    missing = codes_without_shape(table.loc[table[metric] > 0, "iso3"].dropna())
    if missing:
        st.caption(("Te klein voor de kaart (wel in de tabel): " if nl else
                    "Too small for the map (listed in the table): ") + ", ".join(missing))
    ranking = table.assign(all_jobs=table["new_jobs_invest"] + table["new_jobs_trade"]
                           ).sort_values("all_jobs", ascending=False)[
        ["name", "contacts", "bidbooks_ffts", "leads", "investment_projects", "new_jobs_invest",
         "investment_eur", "trade_wins", "trade_contracts", "new_jobs_trade",
         "contract_value_eur", "retained_jobs"]]
    widgets.table(ranking, "landen_ranglijst", lang, {
        "name": "Land" if nl else "Country", "contacts": "Contacten" if nl else "Contacts",
        "bidbooks_ffts": "Bidbooks + FFT's" if nl else "Bidbooks + FFTs",
        "leads": t("leads_by_company", lang),
        "investment_projects": "Investeringsprojecten (herkomst)" if nl else
                               "Investment projects (origin)",
        "new_jobs_invest": "Nieuwe banen investeringen (herkomst)" if nl else
                           "New jobs from investment (origin)",
        "trade_wins": "Trade wins (exportmarkt)" if nl else "Trade wins (export market)",
        "trade_contracts": "Exportcontracten (exportmarkt)" if nl else
                           "Export contracts (export market)",
        "new_jobs_trade": "Banen trade, schatting (exportmarkt)" if nl else
                          "Trade jobs, estimate (export market)",
        "retained_jobs": "Behouden banen" if nl else "Retained jobs"})
    st.caption("Investeringen staan bij het land van het moederbedrijf (herkomst), trade bij "
               "het land waarheen geëxporteerd wordt (exportmarkt); leads bij het land van het "
               "leadbedrijf." if nl else
               "Investments sit with the parent's country (origin), trade with the country "
               "exported to (export market); leads with the lead company's country.")
    st.stop()

country = sel.country
f = sel.filters()
st.title(f"{names.get(country, country)} — {sel.period_label()}")
focus = state.measure(m.focus_list, sel.year)
row = focus[focus["iso2"] == country]
if row.empty:
    st.info(f"{names.get(country, country)} staat niet op de focuslijst van {sel.year}; "
            "resultaten tellen wel mee." if nl else
            f"{names.get(country, country)} is not on the {sel.year} focus list; results "
            "still count.")
else:
    r = row.iloc[0]
    trade = labels.label("trade", r.trade, lang).lower()
    st.success(f"Focusland {sel.year} (lijst {r.list_year}): Invest "
               f"{'ja' if r.invest else 'nee'}, Trade {trade}"
               f"{f'; regio: {md(r.regions)}' if r.regions else ''}." if nl else
               f"Focus country {sel.year} (list {r.list_year}): invest "
               f"{'yes' if r.invest else 'no'}, trade {trade}"
               f"{f'; regions: {md(r.regions)}' if r.regions else ''}.")
drilldown.headline(sel, f, impact=False)
origin_and_market(sel)
plans.country_plan(sel, country, names)
st.subheader("Inzet en resultaat door de jaren" if nl else "Effort and results over the years")
drilldown.trend(sel, f, "land")
left, right = st.columns(2)
with left:
    drilldown.funnel(sel, f, "land")
with right:
    drilldown.lead_time(sel, f, "sector", "land", names)
st.subheader("Missies" if nl else "Missions")
drilldown.missions(sel, f, "land", names)
st.subheader("Projecten" if nl else "Projects")
drilldown.projects(sel, f, "land", names)
contacts.section(sel, f)  # with contact persons: team and coordinator only
