"""Cost-effectiveness: euros per new job and new jobs per FTE, per year and budget line.

Budgets come from budget_lines; a year without its own rows uses the latest earlier year's
budget (a year before the first budget has none). Jobs of a year are the new direct jobs of
the projects that landed in it. A budget line gets the jobs it works for, matched on its name:
"Invest…" the Invest jobs, "Trade…" the Trade jobs (estimates), a line naming EMA or Brexit
the EMA/Brexit tagged jobs; other lines (support, flex) have no jobs of their own. EMA/Brexit
jobs are also Invest jobs, so line jobs overlap; the year total uses all new jobs once.
"""

from __future__ import annotations

import datetime as dt

import duckdb
import pandas as pd

from tradeinvest.measure import facts
from tradeinvest.measure.filters import Filters, where

LINE_JOBS: tuple[tuple[str, str], ...] = (  # regex on lower(line) -> jobs column
    (r"^invest", "invest"),
    (r"^trade", "trade"),
    (r"\bema\b|brexit", "ema"),
)
TOTAL_LINE = "total"


def cost_effectiveness(con: duckdb.DuckDBPyConnection, filters: Filters | None = None, *,
                       as_of: dt.datetime | None = None) -> pd.DataFrame:
    """Per year (all years, or `filters.year`) and budget line, plus a 'total' line per year.

    Columns: year, budget_year (whose budget applies), line, fte, eur, new_jobs, cost_per_job
    (eur / new_jobs), jobs_per_fte (new_jobs / fte). Only the year of `filters` is used: the
    budget is not split by country, sector or partner, and a quarter would set part of the
    jobs against a whole year's budget.
    """
    year = (filters or Filters()).year
    only_year = "TRUE" if year is None else f"y = {int(year)}"
    line_jobs = " ".join(f"WHEN regexp_matches(lower(b.line), '{rx}') THEN coalesce(j.{col}, 0)"
                         for rx, col in LINE_JOBS)
    return con.execute(f"""
        WITH j AS (
            SELECT year(d) AS y, sum(new_jobs) AS all_jobs,
                   coalesce(sum(new_jobs) FILTER (WHERE pillar = 'invest'), 0) AS invest,
                   coalesce(sum(new_jobs) FILTER (WHERE pillar = 'trade'), 0) AS trade,
                   coalesce(sum(new_jobs) FILTER (WHERE ema_brexit), 0) AS ema
            FROM {facts.projects(con, as_of)} WHERE {where(None)} GROUP BY 1),
        years AS (
            SELECT y, (SELECT max(year) FROM budget_lines WHERE year <= y) AS budget_year
            FROM (SELECT y FROM j UNION SELECT year FROM budget_lines)
            WHERE {only_year}),
        lines AS (
            SELECT yr.y, yr.budget_year, b.line, b.fte, b.eur, FALSE AS is_total,
                   CASE {line_jobs} END AS new_jobs
            FROM years yr JOIN budget_lines b ON b.year = yr.budget_year
            LEFT JOIN j ON j.y = yr.y
            UNION ALL
            SELECT yr.y, yr.budget_year, '{TOTAL_LINE}', sum(b.fte), sum(b.eur), TRUE,
                   coalesce(any_value(j.all_jobs), 0)
            FROM years yr JOIN budget_lines b ON b.year = yr.budget_year
            LEFT JOIN j ON j.y = yr.y GROUP BY yr.y, yr.budget_year)
        SELECT y AS year, budget_year, line, fte, eur, CAST(new_jobs AS DOUBLE) AS new_jobs,
               eur / nullif(new_jobs, 0) AS cost_per_job,
               new_jobs / nullif(fte, 0) AS jobs_per_fte
        FROM lines ORDER BY year, is_total, line""").df()
