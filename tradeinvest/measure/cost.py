"""Cost-effectiveness: euros per new job and new jobs per FTE, per period and budget line.

The budget of a year: its own budget lines if it has any; otherwise it *borrows* the lines of
the latest earlier year with a budget that are still valid in it (a line applies from its
year up to and including `valid_until`; empty = recurring, so a one-off line or the two-year
EMA/Brexit line is not carried forward past its end). A year before the first budget has
none. The budget is pro-rated to the period: a quarter gets 3/12 of the year's euros and
FTE, Q1 up to Q3 9/12, so a quarter's jobs are set against a quarter's money. A whole year
that is still running (its latest loaded projects quarter is before Q4) gets the months up to
and including that quarter: with data through Q2, 6/12, not a full year's money against half
a year's jobs.
Jobs of a period are the new direct jobs of the projects that landed in it. A budget line gets
the jobs it works for, matched on its name: "Invest…" the Invest jobs, "Trade…" the Trade
jobs (estimates), a line naming EMA or Brexit the EMA/Brexit tagged jobs; other lines
(support, flex) have no jobs of their own. EMA/Brexit jobs are also Invest jobs, so line jobs
overlap; the total uses all new jobs once. The budget is regional: it is not split by country,
sector or partner, so only the period of the filters applies.
"""

from __future__ import annotations

import datetime as dt
import re

import duckdb
import pandas as pd

from tradeinvest.measure import facts
from tradeinvest.measure.filters import Filters, where
from tradeinvest.measure.progress import quarters_loaded

LINE_JOBS: tuple[tuple[str, str], ...] = (  # regex on lower(line) -> jobs column
    (r"^invest", "invest"),
    (r"^trade", "trade"),
    (r"\bema\b|brexit", "ema"),
)
TOTAL_LINE = "total"


def budget_of_year(con: duckdb.DuckDBPyConnection, year: int) -> pd.DataFrame:
    """The budget lines that apply in `year` (rule in the module text).

    Columns: line, fte, eur, valid_until, budget_year (whose lines), borrowed (budget_year is
    an earlier year). Empty before the first budget.
    """
    return con.execute(f"""
        WITH own AS (SELECT max(year) AS budget_year FROM budget_lines WHERE year <= {int(year)})
        SELECT b.line, b.fte, b.eur, b.valid_until, b.year AS budget_year,
               b.year < {int(year)} AS borrowed
        FROM budget_lines b JOIN own ON b.year = own.budget_year
        WHERE b.year = {int(year)} OR b.valid_until IS NULL OR b.valid_until >= {int(year)}
        ORDER BY b.line""").df()


def _months(con: duckdb.DuckDBPyConnection, year: int, filters: Filters,
            as_of: dt.datetime | None) -> int:
    """Months of `year` the period covers: 3 (one quarter), 3 × q (Q1 up to q), or for the
    whole year 3 × its latest loaded projects quarter (12 when none is loaded)."""
    if filters.quarter is not None:
        return 3 * filters.quarter if filters.year_to_date else 3
    return 3 * max(quarters_loaded(con, year, as_of=as_of), default=4)


def cost_effectiveness(con: duckdb.DuckDBPyConnection, filters: Filters | None = None, *,
                       as_of: dt.datetime | None = None) -> pd.DataFrame:
    """Per year (all years, or `filters.year` with its quarter) and budget line, plus 'total'.

    Columns: year, budget_year (whose budget applies), borrowed (from an earlier year), months
    (of the year in the period; a running year up to its latest loaded quarter), line, fte
    and eur (pro-rated to those months), new_jobs, cost_per_job (eur / new_jobs), jobs_per_fte
    (new_jobs / fte). Only the period of `filters` is used: the budget is regional.
    """
    f = filters or Filters()
    period = Filters(year=f.year, quarter=f.quarter, year_to_date=f.year_to_date)
    jobs = con.execute(f"""
        SELECT year(d) AS y, coalesce(sum(new_jobs), 0) AS all_jobs,
               coalesce(sum(new_jobs) FILTER (WHERE pillar = 'invest'), 0) AS invest,
               coalesce(sum(new_jobs) FILTER (WHERE pillar = 'trade'), 0) AS trade,
               coalesce(sum(new_jobs) FILTER (WHERE ema_brexit), 0) AS ema
        FROM {facts.projects(con, as_of)} WHERE {where(period)} GROUP BY 1""").df()
    by_year = {int(r.y): r for r in jobs.itertuples()}
    budget_years = {int(r[0]) for r in con.execute("SELECT year FROM budget_lines").fetchall()}
    years = [f.year] if f.year is not None else sorted(set(by_year) | budget_years)
    rows = []
    for year in years:
        lines = budget_of_year(con, year)
        if lines.empty:
            continue
        j = by_year.get(year)
        months = _months(con, year, period, as_of)
        share = months / 12
        head = {"year": year, "budget_year": int(lines["budget_year"].iloc[0]),
                "borrowed": bool(lines["borrowed"].iloc[0]), "months": months}
        for line in lines.itertuples():
            rows.append({**head, "line": line.line, "fte": line.fte * share,
                         "eur": line.eur * share, "new_jobs": _line_jobs(line.line, j)})
        rows.append({**head, "line": TOTAL_LINE, "fte": lines["fte"].sum() * share,
                     "eur": lines["eur"].sum() * share,
                     "new_jobs": float(j.all_jobs) if j is not None else 0.0})
    out = pd.DataFrame(rows, columns=["year", "budget_year", "borrowed", "months", "line",
                                      "fte", "eur", "new_jobs"])
    out["new_jobs"] = out["new_jobs"].astype(float)
    out["cost_per_job"] = out["eur"] / out["new_jobs"].where(out["new_jobs"] > 0)
    out["jobs_per_fte"] = out["new_jobs"] / out["fte"].where(out["fte"] > 0)
    return out


def _line_jobs(line: str, jobs: object | None) -> float | None:
    """The jobs a budget line works for (LINE_JOBS), None for a line without jobs of its own."""
    for pattern, column in LINE_JOBS:
        if re.search(pattern, line.lower()):
            return float(getattr(jobs, column)) if jobs is not None else 0.0
    return None
