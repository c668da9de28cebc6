"""Output beside impact in one table: what the team did and what came of it, per group.

The Countries and Sectors lists and the drill-downs' trend per year show both; one join here,
so every page puts the same rows side by side.
"""

from __future__ import annotations

import datetime as dt

import duckdb
import pandas as pd

from tradeinvest.measure.breakdowns import impact_by, impact_by_country_role, output_by
from tradeinvest.measure.filters import Filters

_RATIOS = ("leads_per_mission",)  # undefined without missions: left missing, never 0

ORIGIN_COLUMNS = ("investment_projects", "new_jobs", "retained_jobs", "investment_eur")
MARKET_COLUMNS = ("trade_wins", "trade_contracts", "new_jobs", "contract_value_eur")


def _joined(left: pd.DataFrame, right: pd.DataFrame, on: str,
            suffixes: tuple[str, str] = ("_x", "_y")) -> pd.DataFrame:
    """Outer join on `on` (groups sorted); a group missing on one side has 0 there."""
    frame = left.merge(right, on=on, how="outer", suffixes=suffixes)
    counts = [c for c in frame.columns if c not in _RATIOS]
    return frame.fillna({c: 0 for c in counts})


def output_and_impact_by(con: duckdb.DuckDBPyConnection, dimension: str,
                         filters: Filters | None = None, *,
                         as_of: dt.datetime | None = None) -> pd.DataFrame:
    """Grain: one row per group of `dimension` (e.g. "year", "sector") with output or impact
    under `filters`. Columns: `dimension`, then `output_by`'s and `impact_by`'s columns (each
    counted as there: a record in its own period and group); a group with only one side has
    0 on the other (`leads_per_mission` stays missing without missions). Rows sorted by group.
    """
    return _joined(output_by(con, dimension, filters, as_of=as_of),
                   impact_by(con, dimension, filters, as_of=as_of), dimension)


def output_and_impact_by_country(con: duckdb.DuckDBPyConnection,
                                 filters: Filters | None = None, *,
                                 as_of: dt.datetime | None = None) -> pd.DataFrame:
    """Grain: one row per country (ISO2) with output (placed by the company's or the
    mission's country), investment projects whose parent is from there (origin) or trade
    contracts sold there (export market), under `filters`.

    Columns: country, `output_by`'s columns, then origin's investment_projects,
    new_jobs_invest, retained_jobs, investment_eur, then market's trade_wins,
    trade_contracts, new_jobs_trade, contract_value_eur, and all_jobs (new_jobs_invest +
    new_jobs_trade: the ranking's order). Each impact figure comes from one role only, so a
    country's investment and trade never mix; missing sides are 0.
    """
    origin = impact_by_country_role(con, "origin", "country", filters, as_of=as_of)
    market = impact_by_country_role(con, "market", "country", filters, as_of=as_of)
    output = _joined(output_by(con, "country", filters, as_of=as_of),
                     origin[["country", *ORIGIN_COLUMNS]], "country")
    both = _joined(output, market[["country", *MARKET_COLUMNS]], "country",
                   suffixes=("_invest", "_trade"))
    return both.assign(all_jobs=both["new_jobs_invest"] + both["new_jobs_trade"])
