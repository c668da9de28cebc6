"""Focus check: how much of the jobs and of the effort comes from the focus countries.

Each record is judged against the focus list of its own year; a year without its own list
uses the latest earlier year's list, a year before the first list has none (shares empty).
Countries match by reporting group (countries.group_iso2), so Hong Kong counts where China is
on the list and the other way round. The list says per pillar whether a country is focus:
Invest when `invest` is ticked, Trade when `trade` is 'yes' or 'depends' (on Brexit);
'reactive' and 'no' are not focus for Trade.
"""

from __future__ import annotations

import datetime as dt

import duckdb
import pandas as pd

from tradeinvest.measure import facts
from tradeinvest.measure.filters import Filters, lit, where

TRADE_FOCUS = ("yes", "depends")

_GROUPS = f"""(
    SELECT f.year, c.group_iso2, bool_or(f.invest) AS invest,
           bool_or(f.trade IN ({', '.join(lit(t) for t in TRADE_FOCUS)})) AS trade
    FROM focus_countries f JOIN countries c ON c.iso2 = f.iso2 GROUP BY ALL)"""


def focus_list(con: duckdb.DuckDBPyConnection, year: int) -> pd.DataFrame:
    """The focus list that applies to `year`.

    Columns: list_year (the year the list was set for), iso2, invest, trade, regions.
    """
    return con.execute(
        """SELECT year AS list_year, iso2, invest, trade, regions FROM focus_countries
           WHERE year = (SELECT max(year) FROM focus_countries WHERE year <= ?)
           ORDER BY iso2""", [int(year)]).df()


def focus_share(con: duckdb.DuckDBPyConnection, filters: Filters | None = None, *,
                as_of: dt.datetime | None = None) -> pd.DataFrame:
    """Per year: new jobs and effort (contacts + bidbooks/FFTs + leads) in and outside focus.

    Columns: year, list_year, jobs_focus, jobs_other, jobs_focus_share, effort_focus,
    effort_other, effort_focus_share. Shares are None for a year without a list or without
    jobs/effort. Missions are no effort here (their leads are).
    """
    f = where(filters)
    return con.execute(f"""
        WITH x AS (
            SELECT year(d) AS y, country_group, pillar, sum(new_jobs) AS jobs, 0 AS effort
            FROM {facts.projects(con, as_of)} WHERE {f} GROUP BY ALL
            UNION ALL
            SELECT year(d), country_group, pillar, 0,
                   sum(coalesce(contacts, 0) + coalesce(bidbooks, 0) + coalesce(ffts, 0)
                       + coalesce(leads, 0))
            FROM {facts.output(con, as_of)} WHERE missions IS NULL AND {f} GROUP BY ALL),
        lists AS (
            SELECT y, (SELECT max(year) FROM focus_countries WHERE year <= y) AS list_year
            FROM (SELECT DISTINCT y FROM x)),
        judged AS (
            SELECT x.y, l.list_year, x.jobs, x.effort,
                   CASE WHEN l.list_year IS NULL THEN NULL
                        WHEN x.pillar = 'trade' THEN coalesce(g.trade, FALSE)
                        ELSE coalesce(g.invest, FALSE) END AS in_focus
            FROM x JOIN lists l USING (y)
            LEFT JOIN {_GROUPS} g ON g.year = l.list_year AND g.group_iso2 = x.country_group)
        SELECT y AS year, any_value(list_year) AS list_year,
               CAST(coalesce(sum(jobs) FILTER (WHERE in_focus), 0) AS DOUBLE) AS jobs_focus,
               CAST(coalesce(sum(jobs) FILTER (WHERE NOT in_focus OR in_focus IS NULL), 0)
                    AS DOUBLE) AS jobs_other,
               CASE WHEN any_value(list_year) IS NOT NULL
                    THEN coalesce(sum(jobs) FILTER (WHERE in_focus), 0) / nullif(sum(jobs), 0) END
                    AS jobs_focus_share,
               CAST(coalesce(sum(effort) FILTER (WHERE in_focus), 0) AS BIGINT) AS effort_focus,
               CAST(coalesce(sum(effort) FILTER (WHERE NOT in_focus OR in_focus IS NULL), 0)
                    AS BIGINT) AS effort_other,
               CASE WHEN any_value(list_year) IS NOT NULL
                    THEN coalesce(sum(effort) FILTER (WHERE in_focus), 0)
                         / nullif(sum(effort), 0) END AS effort_focus_share
        FROM judged GROUP BY y ORDER BY y""").df()
