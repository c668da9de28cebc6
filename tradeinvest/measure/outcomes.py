"""Verified outcomes, follow-up: the jobs landed projects really have 12, 24 and 36 months after
landing, beside the jobs they expected. Never part of the headline (that counts expected new
jobs at landing, the field's convention); these figures stand beside it.

Grain (docs/indicators.md, "Verified outcomes: follow-up"):
- a follow-up figure: one project (reference, case-folded) and moment (12/24/36 months) among
  the counting uploads of kind follow_up; reported twice (two years' uploads, an entry in the
  app), the one with the latest figure date counts (then the newest upload);
- a project's latest follow-up: its figure with the highest months; `previous`: its figure
  with the next lower months (none for a project followed once);
- per project: realised = latest actual jobs; lost = max(0, previous - latest);
- the projects: those landed in the period (date_realised, as in the headline, the same
  `Filters`); "followed" = with any follow-up figure; expected = their new direct jobs;
  realisation rate = realised / expected of the followed projects; net jobs = realised - lost.
"""

from __future__ import annotations

import datetime as dt

import duckdb
import pandas as pd

from tradeinvest.measure import facts
from tradeinvest.measure.breakdowns import plain
from tradeinvest.measure.filters import Filters, dimension_sql, lit, where
from tradeinvest.periods import Quarter
from tradeinvest.vocab import FOLLOW_UP_MONTHS

BY = ("year", "country", "sector", "project_kind")  # realisation_by's dimensions
_ALIASES = {"landing_year": "year"}  # also accepted: the column is then named as asked

_FIGURES = """(SELECT lower(project_reference) AS ref, months, actual_jobs
    FROM follow_ups_current
    QUALIFY row_number() OVER (PARTITION BY lower(project_reference), months
        ORDER BY figure_date DESC NULLS LAST, upload_id DESC, source_row DESC) = 1)"""

_LATEST = f"""(SELECT ref, months AS latest_months, actual_jobs AS realised,
        greatest(coalesce(previous, actual_jobs) - actual_jobs, 0) AS lost
    FROM (SELECT ref, months, actual_jobs,
                 lag(actual_jobs) OVER (PARTITION BY ref ORDER BY months) AS previous,
                 row_number() OVER (PARTITION BY ref ORDER BY months DESC) AS rank
          FROM {_FIGURES})
    WHERE rank = 1)"""

_MEASURES = """count(*) AS projects_landed,
    count(l.realised) AS projects_followed,
    coalesce(sum(p.new_jobs) FILTER (WHERE l.realised IS NOT NULL), 0) AS expected_jobs_followed,
    coalesce(sum(l.realised), 0) AS realised_jobs,
    coalesce(sum(l.lost), 0) AS jobs_lost"""


def _followed(con: duckdb.DuckDBPyConnection) -> str:
    """The landed projects (common shape) with their latest follow-up (null: none yet)."""
    return (f"{facts.projects(con)} p LEFT JOIN {_LATEST} l "
            f"ON l.ref = lower(p.reference)")


def _rate(realised: float, expected: float, followed: int) -> float | None:
    return realised / expected if followed and expected else None


def follow_up_summary(con: duckdb.DuckDBPyConnection, year: int,
                      filters: Filters | None = None) -> dict[str, float | None]:
    """The follow-up figures of the projects landed in `year` (see the module's grain)."""
    f = (filters or Filters()).period(year)
    row = con.execute(f"SELECT {_MEASURES} FROM {_followed(con)} WHERE {where(f)}").fetchone()
    landed, followed, expected, realised, lost = (plain(v) or 0 for v in row)
    return {"expected_jobs_followed": float(expected), "realised_jobs": float(realised),
            "realisation_rate": _rate(realised, expected, followed),
            "jobs_lost": float(lost), "net_jobs": float(realised - lost),
            "projects_followed": followed, "projects_landed": landed}


def realisation_by(con: duckdb.DuckDBPyConnection, by: str,
                   filters: Filters | None = None) -> pd.DataFrame:
    """The follow-up figures per landing year, country, sector or project kind (`by`, see BY),
    only the groups with a followed project; columns: `by`, projects_landed,
    projects_followed, expected_jobs_followed, realised_jobs, realisation_rate, jobs_lost,
    net_jobs. A year/quarter in `filters` narrows to the projects landed then."""
    if _ALIASES.get(by, by) not in BY:
        raise ValueError(f"unknown dimension {by!r}; choose from {', '.join(BY)}")
    frame = con.execute(
        f"""SELECT {dimension_sql(_ALIASES.get(by, by))} AS {by}, {_MEASURES} FROM {_followed(con)}
            WHERE {where(filters)} GROUP BY 1 HAVING count(l.realised) > 0 ORDER BY 1""").df()
    frame["realisation_rate"] = [
        _rate(r, e, n) for r, e, n in zip(frame["realised_jobs"], frame["expected_jobs_followed"],
                                          frame["projects_followed"], strict=True)]
    frame["net_jobs"] = frame["realised_jobs"] - frame["jobs_lost"]
    return frame


def follow_ups_due(con: duckdb.DuckDBPyConnection, year: int, quarter: int,
                   filters: Filters | None = None) -> pd.DataFrame:
    """The follow-ups due in the quarter: a project landed on day d (with expected new jobs) is
    due at the month of d + 12, 24 and 36 months; due in the quarter when that month falls in
    it and no figure for that moment is loaded. One row per project and moment, by due month:
    reference, company, country, partner (who follows up: the partner or the country team),
    landed, new_jobs, months, due_month (its first day). `filters`: their dimensions only (a
    country team sees its own); the period is the quarter's."""
    q = Quarter(year, quarter)
    moments = ", ".join(f"({m})" for m in FOLLOW_UP_MONTHS)
    return con.execute(
        f"""SELECT p.reference, p.company, p.country, p.partner, p.d AS landed, p.new_jobs,
                   m.months, due_month
            FROM {facts.projects(con)} p CROSS JOIN (VALUES {moments}) m(months),
                 LATERAL (SELECT CAST(date_trunc('month', p.d) + to_months(m.months)
                                      AS DATE) AS due_month)
            WHERE p.new_jobs > 0 AND {where(filters, period=False)}
              AND due_month BETWEEN {lit(q.start)} AND {lit(q.end)}
              AND NOT EXISTS (SELECT 1 FROM {_FIGURES} x
                              WHERE x.ref = lower(p.reference) AND x.months = m.months)
            ORDER BY due_month, p.reference, m.months""").df()


def due_quarter(today: dt.date) -> tuple[int, int]:
    """The quarter (year, number) `today` falls in: the due list's default."""
    q = Quarter.of(today)
    return q.year, q.q
