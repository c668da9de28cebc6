"""The quarterly report's sections, one builder each, from the measure API only.

Every builder takes the `Scope` (the quarter and what all sections share) and returns its
`Section`: the table (a sheet in Excel, a table in the PDF) and the charts drawn from it.
`SECTIONS` is the report's order; the PDF lays the charts out by their keys.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass, field

import duckdb
import pandas as pd
import plotly.graph_objects as go

from tradeinvest import measure as m
from tradeinvest.measure import headline_forecast
from tradeinvest.measure.breakdowns import leads_per_company
from tradeinvest.reporting import charts, maps
from tradeinvest.reporting.headline import status_label
from tradeinvest.reporting.labels import label
from tradeinvest.reporting.report_model import Table
from tradeinvest.texts import t

OUTPUT_ROWS = ("contacts", "bidbooks", "ffts", "missions", "mission_companies", "leads",
               "won_leads")
IMPACT_ROWS = ("investment_projects", "new_establishments", "expansions", "retentions",
               "acquisitions", "trade_wins", "trade_contracts", "new_jobs", "new_jobs_invest",
               "new_jobs_trade", "retained_jobs", "investment_eur", "contract_value_eur")


@dataclass(frozen=True)
class Scope:
    """The quarter a report covers (year to date through `quarter`) and what every section
    shares: progress, the filters, country names, and this and the previous quarter's totals
    (Q1's previous is empty: zero)."""

    con: duckdb.DuckDBPyConnection
    year: int
    quarter: int
    lang: str
    progress: m.Progress
    ytd: m.Filters
    countries: pd.DataFrame          # iso2, iso3, name_nl, name_en
    current: dict[str, float | int | None]
    previous: dict[str, float | int | None]

    @property
    def names(self) -> dict[str, str]:
        """Country names by ISO code, in the report's language."""
        return dict(zip(self.countries["iso2"], self.countries[self.name_column], strict=True))

    @property
    def name_column(self) -> str:
        return "name_nl" if self.lang == "nl" else "name_en"

    def text(self, key: str, **fields: object) -> str:
        return t(key, self.lang, **fields)

    def titled(self, key: str) -> str:
        """A text naming the year and the quarter reached (titles and notes)."""
        return t(key, self.lang, year=self.year, quarter=self.quarter)

    def column(self, name: str, key: str, kind: str) -> tuple[str, str, str]:
        """A table column: frame column, header from the catalogue, kind."""
        return (name, self.text(key), kind)


@dataclass
class Section:
    table: Table
    figures: dict[str, go.Figure] = field(default_factory=dict)


def _num(value: object) -> float | None:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return None
    return float(value)  # type: ignore[arg-type]


def _dates(values: pd.Series) -> list[object]:
    """Dates as plain dates (Excel date cells, PDF day-month-year), missing ones as None."""
    return [pd.Timestamp(d).date() if pd.notna(d) else None for d in values]


FORECAST_LABELS = {"run_rate": "report_forecast_run_rate",
                   "last_four": "report_forecast_last_four",
                   "pipeline": "report_forecast_pipeline"}


def _forecast_rows(s: Scope) -> list[tuple[str, object, str]]:
    """Each method's year-end forecast once, the leading one first (the headline,
    measure/headline_forecast.py), the pipeline's 80 % interval and what is still needed (a
    running year), and each method's backtest error over the years before this one."""
    summary = headline_forecast.summary(s.con, s.year, s.quarter)
    methods = summary["methods"]
    p = s.progress
    lead = p.forecast_method
    values = {"run_rate": p.forecast_run_rate, "last_four": p.forecast_last_four,
              "pipeline": None if p.finished else methods["pipeline"]["forecast"]}
    rows: list[tuple[str, object, str]] = [
        (s.text(FORECAST_LABELS[m_]), values[m_], "int")
        for m_ in [lead, *(m_ for m_ in FORECAST_LABELS if m_ != lead)]]
    if not p.finished:
        pipeline = methods["pipeline"]
        rows += [(s.text("report_forecast_low"), pipeline["low"], "int"),
                 (s.text("report_forecast_high"), pipeline["high"], "int"),
                 (s.text("report_still_needed"), summary["still_needed"], "int")]
    rows += [(s.text("report_backtest_mae", method=s.text(f"forecast_method_{m_}")),
              methods[m_]["mae"], "int") for m_ in methods]
    rows.append((s.text("report_backtest_coverage"), methods["pipeline"]["coverage"], "pct"))
    return rows


def progress_section(s: Scope) -> Section:
    """The headline figures against the target, one row each."""
    p = s.progress
    rows = [
        ("report_status", status_label(p, s.lang), "text"),
        ("report_new_jobs_ytd", p.new_jobs, "int"),
        ("report_figure_new_jobs_invest", p.new_jobs_invest, "int"),
        ("report_figure_new_jobs_trade", p.new_jobs_trade, "int"),
        ("report_annual_target", p.target, "int"),
        ("report_prorated_target", p.prorated_target, "int"),
        ("report_share_of_prorated", p.share_of_prorated, "pct"),
        ("report_share_of_target", p.share_of_target, "pct"),
        ("report_gap", p.gap, "int"),
        ("report_figure_retained_jobs", p.retained_jobs, "int"),
        ("report_indirect_jobs", p.indirect_jobs, "int"),
        ("report_quarters_loaded", ", ".join(f"Q{q}" for q in p.quarters_loaded), "text"),
        ("report_quarters_missing", ", ".join(f"Q{q}" for q in p.quarters_missing) or "–",
         "text"),
    ]
    rows = [(s.text(key), value, kind) for key, value, kind in rows] + _forecast_rows(s)
    frame = pd.DataFrame([(label, value) for label, value, _ in rows],
                         columns=["figure", "value"])
    return Section(Table(s.text("report_sheet_progress"), s.text("report_title_progress"),
                         frame, [s.column("figure", "report_indicator", "text"),
                                 s.column("value", "report_value", "row")],
                         s.text("report_note_progress"), [kind for _, _, kind in rows]))


def path_section(s: Scope) -> Section:
    """New jobs per year against the target path, with this year's forecast."""
    path = m.progress_by_year(s.con, s.ytd, last_year=s.year)
    figure = charts.path_chart(
        path.rename(columns={"new_jobs": "realised"})[["year", "realised", "target"]], s.lang,
        s.year, s.progress.forecast)
    return Section(Table(
        s.text("report_sheet_path"), s.text("report_title_path"), path,
        [s.column("year", "report_year", "year"), s.column("target", "report_target", "int"),
         s.column("new_jobs", "report_new_jobs", "int"),
         s.column("new_jobs_invest", "report_invest", "int"),
         s.column("new_jobs_trade", "report_trade_estimate", "int"),
         s.column("retained_jobs", "report_retained_jobs", "int"),
         s.column("share_of_target", "report_share", "pct")],
        s.titled("report_note_path")), {"path": figure})


def _impact_columns(s: Scope) -> list[tuple[str, str, str]]:
    return [s.column("investment_projects", "report_figure_investment_projects", "int"),
            s.column("new_jobs", "report_new_jobs", "int"),
            s.column("retained_jobs", "report_retained_jobs", "int"),
            s.column("investment_eur", "report_figure_investment_eur", "eur")]


def countries_section(s: Scope) -> Section:
    """Investment jobs by country group of origin, as a ranking and on the world map."""
    by_group = m.impact_by_country_role(s.con, "origin", "country_group", s.ytd)
    by_group = by_group.assign(name=[label("country_group", c, s.lang, s.names)
                                     for c in by_group["country_group"]])
    by_group = by_group.sort_values(["new_jobs", "investment_projects"], ascending=False)
    ranking = charts.ranking(by_group, "name", "new_jobs", s.text("report_chart_countries"),
                             s.text("report_figure_new_jobs"), s.lang)
    by_country = m.impact_by_country_role(s.con, "origin", "country", s.ytd).merge(
        s.countries, left_on="country", right_on="iso2", how="left")
    by_country["name"] = by_country[s.name_column].fillna(by_country["country"])
    world = maps.world_choropleth(by_country, "iso3", "new_jobs", "name",
                                  s.text("report_chart_countries"), s.text("report_jobs"))
    return Section(Table(s.text("report_sheet_countries"), s.titled("report_title_countries"),
                         by_group, [s.column("name", "report_country", "text"),
                                    *_impact_columns(s)],
                         s.text("report_note_countries")),
                   {"countries": ranking, "map": world})


def markets_section(s: Scope) -> Section:
    """Trade by export market: trade wins, contracts, estimated jobs and value (never mixed
    with the investment projects by origin)."""
    by_market = m.impact_by_country_role(s.con, "market", "country_group", s.ytd)
    by_market = by_market.assign(name=[label("country_group", c, s.lang, s.names)
                                       for c in by_market["country_group"]]
                                 ).sort_values("contract_value_eur", ascending=False)
    return Section(Table(
        s.text("report_sheet_markets"), s.titled("report_title_markets"), by_market,
        [s.column("name", "report_export_market", "text"),
         s.column("trade_wins", "report_trade_wins", "int"),
         s.column("trade_contracts", "report_figure_trade_contracts", "int"),
         s.column("new_jobs", "report_jobs_estimate", "int"),
         s.column("contract_value_eur", "report_figure_contract_value_eur", "eur")],
        s.text("report_note_markets")))


def sectors_section(s: Scope) -> Section:
    """Jobs by theme and sector, with the sector ranking."""
    by_sector = m.impact_by(s.con, ("theme", "sector"), s.ytd)
    by_sector = by_sector.assign(
        theme_label=[label("theme", c, s.lang) for c in by_sector["theme"]],
        sector_label=[label("sector", c, s.lang) for c in by_sector["sector"]],
    ).sort_values(["new_jobs", "investment_projects"], ascending=False)
    ranking = charts.ranking(by_sector, "sector_label", "new_jobs",
                             s.text("report_chart_sectors"), s.text("report_figure_new_jobs"),
                             s.lang)
    return Section(Table(s.text("report_sheet_sectors"), s.titled("report_title_sectors"),
                         by_sector, [s.column("theme_label", "report_theme", "text"),
                                     s.column("sector_label", "report_sector", "text"),
                                     *_impact_columns(s),
                                     s.column("trade_wins", "report_trade_wins", "int")]),
                   {"sectors": ranking})


def _change_section(s: Scope, sheet_key: str, title_key: str, keys: tuple[str, ...]) -> Section:
    """Figures year to date through the previous quarter and through this one, and the change."""
    frame = pd.DataFrame([{"figure": s.text(f"report_figure_{k}"),
                           "previous": _num(s.previous.get(k)) or 0.0,
                           "current": _num(s.current.get(k)) or 0.0} for k in keys])
    frame["delta"] = frame["current"] - frame["previous"]
    kinds = ["eur" if k.endswith("_eur") else "int" for k in keys]
    previous_label = (s.text("report_through_quarter", quarter=s.quarter - 1) if s.quarter > 1
                      else s.text("report_previous_quarter"))
    return Section(Table(
        s.text(sheet_key), s.text(title_key), frame,
        [s.column("figure", "report_indicator", "text"), ("previous", previous_label, "row"),
         ("current", s.text("report_through_quarter", quarter=s.quarter), "row"),
         s.column("delta", "report_change", "row")],
        s.text("report_note_change"), kinds))


def output_section(s: Scope) -> Section:
    """Output (plan 2.1) and its change since the previous quarter."""
    return _change_section(s, "report_sheet_output", "report_title_output", OUTPUT_ROWS)


def impact_section(s: Scope) -> Section:
    """Impact (plan 2.2) and its change since the previous quarter."""
    return _change_section(s, "report_sheet_impact", "report_title_impact", IMPACT_ROWS)


def projects_section(s: Scope) -> Section:
    """Every realised project year to date."""
    projects = m.project_records(s.con, s.ytd)
    projects = projects.assign(
        kind=[label("project_kind", c, s.lang) for c in projects["project_kind"]],
        country_name=[label("country", c, s.lang, s.names) for c in projects["country"]],
        sector_label=[label("sector", c, s.lang) for c in projects["sector"]],
        landed=_dates(projects["d"]))
    return Section(Table(
        s.text("report_projects"), s.titled("report_title_projects"), projects,
        [s.column("landed", "report_realised", "date"),
         s.column("company", "report_company", "text"),
         s.column("kind", "report_kind", "text"),
         s.column("country_name", "report_country", "text"),
         s.column("sector_label", "report_sector", "text"),
         s.column("new_jobs", "report_new_jobs", "int"),
         s.column("retained_jobs", "report_retained_jobs", "int"),
         s.column("investment_eur", "report_figure_investment_eur", "eur")],
        s.text("report_note_projects")))


def missions_section(s: Scope) -> Section:
    """Each mission with the leads, projects and jobs it yielded."""
    missions = m.mission_yield(s.con, s.ytd)
    missions = missions.assign(
        country_name=[label("country", c, s.lang, s.names) for c in missions["country"]],
        start=_dates(missions["start_date"]),
        leads_per_company=leads_per_company(missions))
    return Section(Table(
        s.text("report_figure_missions"), s.titled("report_title_missions"), missions,
        [s.column("reference", "report_reference", "text"),
         s.column("name", "report_mission", "text"),
         s.column("country_name", "report_country", "text"),
         s.column("start", "report_start", "date"),
         s.column("companies", "report_companies", "int"),
         s.column("leads", "report_figure_leads", "int"),
         s.column("leads_per_company", "report_leads_per_company", "dec2"),
         s.column("won_leads", "report_figure_won_leads", "int"),
         s.column("projects", "report_projects", "int"),
         s.column("new_jobs", "report_new_jobs", "int")],
        s.text("report_note_missions")))


def cost_section(s: Scope) -> Section:
    """Cost per new job: the budget pro-rated to the quarter against the jobs so far."""
    cost = m.cost_effectiveness(s.con, s.ytd)
    cost = cost.assign(line=[s.text("report_total") if v == "total" else v
                             for v in cost["line"]])
    return Section(Table(
        s.text("report_sheet_cost"), s.titled("report_title_cost"), cost,
        [s.column("line", "report_budget_line", "text"),
         s.column("budget_year", "report_budget_year", "year"),
         s.column("fte", "report_fte", "dec1"),
         s.column("eur", "report_budget_eur", "eur"),
         s.column("new_jobs", "report_new_jobs", "int"),
         s.column("cost_per_job", "report_cost_per_job", "eur"),
         s.column("jobs_per_fte", "report_jobs_per_fte", "dec1")],
        s.text("report_note_cost", months=3 * s.quarter, quarter=s.quarter)))


SECTIONS: tuple[Callable[[Scope], Section], ...] = (
    progress_section, path_section, countries_section, markets_section, sectors_section,
    output_section, impact_section, projects_section, missions_section, cost_section)
