"""Output and impact indicators, by any one dimension: one function each, not one per chart.

Output (plan 2.1): contacts, bidbooks/propositions and fact-finding trips, companies on
missions, leads from missions. Impact (plan 2.2): projects by kind, new direct jobs (trade jobs
are estimates), retained jobs, investment and contract value. Every record sits in exactly one
group of a dimension, so the groups of a breakdown add up to its total (ratios excepted), but
for one: a mission serving several themes counts once under each of its themes (and once in
the total), so missions by theme may add up to more than the total (docs/indicators.md).
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import replace

import duckdb
import pandas as pd

from tradeinvest.measure import facts
from tradeinvest.measure.filters import Dimension, Filters, group_sql, where


def _count(column: str) -> str:
    return f"CAST(coalesce(sum({column}), 0) AS BIGINT)"


def _total(expr: str, condition: str = "TRUE") -> str:
    return f"CAST(coalesce(sum({expr}) FILTER (WHERE {condition}), 0) AS DOUBLE)"


OUTPUT_MEASURES: dict[str, str] = {
    "contacts": _count("contacts"),
    "bidbooks": _count("bidbooks"),
    "ffts": _count("ffts"),
    "bidbooks_ffts": _count("coalesce(bidbooks, 0) + coalesce(ffts, 0)"),
    "missions": _count("missions"),
    "mission_companies": _count("mission_companies"),
    "leads": _count("leads"),
    "won_leads": _count("won_leads"),
    "leads_per_mission": "CAST(sum(mission_leads) AS DOUBLE) / nullif(sum(missions), 0)",
    "effort": _count("coalesce(contacts, 0) + coalesce(bidbooks, 0) + coalesce(ffts, 0) "
                     "+ coalesce(leads, 0)"),
}

_INVESTMENT = "project_kind <> 'trade_contract'"
_TRADE = "project_kind = 'trade_contract'"

IMPACT_MEASURES: dict[str, str] = {
    # Investment (FDI) projects and trade wins are different things, counted apart: the
    # region's published "projects" are companies that invested; `projects` is that figure.
    "projects": f"count(*) FILTER (WHERE {_INVESTMENT})",
    "investment_projects": f"count(*) FILTER (WHERE {_INVESTMENT})",
    "new_establishments": "count(*) FILTER (WHERE project_kind = 'new')",
    "expansions": "count(*) FILTER (WHERE project_kind = 'expansion')",
    "retentions": "count(*) FILTER (WHERE project_kind = 'retention')",
    "acquisitions": "count(*) FILTER (WHERE project_kind = 'acquisition')",
    "trade_contracts": f"count(*) FILTER (WHERE {_TRADE})",
    # One trade win per company (by company key) and year, however many contracts it signed.
    "trade_wins": f"count(DISTINCT CASE WHEN {_TRADE} THEN "
                  "coalesce(company_norm, lower(company)) || ':' || year(d) END)",
    "new_jobs": _total("new_jobs"),
    "new_jobs_invest": _total("new_jobs", "pillar = 'invest'"),
    "new_jobs_trade": _total("new_jobs", "pillar = 'trade'"),
    "retained_jobs": _total("retained_jobs"),
    "investment_eur": _total("investment_eur"),
    "contract_value_eur": _total("contract_value_eur"),
}


def _grouped(con: duckdb.DuckDBPyConnection, relation: str, measures: dict[str, str],
             dimension: Dimension, filters: Filters | None, *, themes: bool = False
             ) -> pd.DataFrame:
    """`themes`: the relation holds missions' theme lists (filtered and grouped by them)."""
    select, positions = group_sql(dimension)
    if themes and "theme" in ((dimension,) if isinstance(dimension, str) else dimension or ()):
        relation = facts.per_theme(relation)
    cols = ", ".join(f"{sql} AS {name}" for name, sql in measures.items())
    tail = f"GROUP BY {positions} ORDER BY {positions}" if positions else ""
    return con.execute(f"SELECT {select}{cols} FROM {relation} "
                       f"WHERE {where(filters, themes=themes)} {tail}").df()


def output_by(con: duckdb.DuckDBPyConnection, dimension: Dimension,
              filters: Filters | None = None, *, as_of: dt.datetime | None = None
              ) -> pd.DataFrame:
    """Output indicators per group of `dimension` (a tuple: per combination; None: totals).

    Columns: <dimension>, contacts, bidbooks, ffts, bidbooks_ffts, missions, mission_companies
    (sum of companies taking part), leads, won_leads, leads_per_mission, effort
    (contacts + bidbooks + FFTs + leads).
    Each record is placed by its own date and attributes: a contact by its date, a bidbook by
    its issue date, a mission by its start date and destination, a lead by its mission's start
    date but the lead company's own country, sector and pillar (and its mission's partner).
    `leads_per_mission` is a property of missions: the leads of the missions in the group
    divided by those missions. `project_kind` is not a dimension of output. A mission serving
    several themes counts under each of them by theme (once in a total); a theme filter keeps
    a mission serving that theme.
    """
    if dimension == "project_kind" or (isinstance(dimension, tuple)
                                        and "project_kind" in dimension):
        raise ValueError("output has no project_kind; use impact_by")
    return _grouped(con, facts.output(con, as_of), OUTPUT_MEASURES, dimension, filters,
                    themes=True)


def impact_by(con: duckdb.DuckDBPyConnection, dimension: Dimension,
              filters: Filters | None = None, *, as_of: dt.datetime | None = None
              ) -> pd.DataFrame:
    """Impact indicators of realised projects per group of `dimension` (None: totals).

    Columns: <dimension>, projects (= investment_projects: every kind but export contracts),
    investment_projects, new_establishments, expansions, retentions, acquisitions,
    trade_contracts, trade_wins (company-years with a contract: one per company and year, so a
    company winning in two groups is one win in each and such groups add up to more than the
    total), new_jobs (all new direct jobs: the target count), new_jobs_invest,
    new_jobs_trade (estimates by the companies), retained_jobs (never part of new_jobs),
    investment_eur, contract_value_eur. A project counts in the period it landed.
    """
    return _grouped(con, facts.projects(con, as_of), IMPACT_MEASURES, dimension, filters)


# "Country" means two things: for an investment project the ultimate parent's home country
# (origin), for a trade contract the export market. Two named views, each of one pillar.
# Their names on screen: the catalogue's by_country_of_origin / by_export_market.
COUNTRY_ROLES: dict[str, str] = {"origin": "invest", "market": "trade"}  # role -> pillar


def impact_by_country_role(con: duckdb.DuckDBPyConnection, role: str,
                           dimension: Dimension = "country_group",
                           filters: Filters | None = None, *,
                           as_of: dt.datetime | None = None) -> pd.DataFrame:
    """Impact by origin (`role` "origin": investment projects by their parent's country) or by
    export market ("market": trade contracts by the country sold to); the other pillar's
    records are left out, so a German parent investing and a regional exporter selling to
    Germany never land in the same figure. A pillar filter of the other pillar leaves nothing.
    """
    pillar = COUNTRY_ROLES[role]
    f = filters or Filters()
    keep = (pillar,) if not f.pillar or pillar in f.pillar else ("none",)
    return impact_by(con, dimension, replace(f, pillar=keep), as_of=as_of)


def plain(value: object) -> float | int | None:
    """A pandas/numpy number as a JSON-safe Python number (NaN and NA become None)."""
    if value is None or value is pd.NA:
        return None
    if hasattr(value, "item"):  # numpy scalar
        value = value.item()  # type: ignore[union-attr]
    if isinstance(value, float) and math.isnan(value):
        return None
    return value  # type: ignore[return-value]


def totals(con: duckdb.DuckDBPyConnection, filters: Filters | None = None, *,
           as_of: dt.datetime | None = None) -> dict[str, float | int | None]:
    """Every output and impact total for `filters`, as plain Python numbers."""
    row = {**output_by(con, None, filters, as_of=as_of).to_dict("records")[0],
           **impact_by(con, None, filters, as_of=as_of).to_dict("records")[0]}
    return {k: plain(v) for k, v in row.items()}


def ema_brexit(con: duckdb.DuckDBPyConnection, filters: Filters | None = None, *,
               as_of: dt.datetime | None = None) -> pd.DataFrame:
    """Projects and leads tagged EMA/Brexit, listed on their own.

    Columns: record ('project' | 'lead'), reference (project reference or mission reference),
    company, d (date landed / mission start), pillar, country, sector, project_kind,
    lead_status, new_jobs, retained_jobs, investment_eur, expected_jobs.
    Totals by any dimension: impact_by / output_by with Filters(ema_brexit=True).
    """
    f = where(filters)
    return con.execute(f"""
        SELECT 'project' AS record, reference, company, d, pillar, country, sector,
               project_kind, CAST(NULL AS TEXT) AS lead_status, new_jobs, retained_jobs,
               investment_eur, CAST(NULL AS DOUBLE) AS expected_jobs
        FROM {facts.projects(con, as_of)} WHERE ema_brexit AND {f}
        UNION ALL
        SELECT 'lead', mission_reference, company, d, pillar, country, sector, NULL, status,
               NULL, NULL, NULL, expected_jobs
        FROM {facts.leads(con, as_of)} WHERE ema_brexit AND {f}
        ORDER BY d, record, company""").df()


def leads_per_company(missions: pd.DataFrame) -> pd.Series:
    """Grain: one value per mission (a row of `mission_yield`, or any frame with its `leads`
    and `companies`): the mission's leads divided by the companies taken along; missing (NaN)
    for a mission that took no companies. Same index as `missions`."""
    companies = missions["companies"].astype("float64")
    return missions["leads"].astype("float64") / companies.where(companies > 0)
