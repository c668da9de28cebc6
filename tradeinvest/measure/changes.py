"""What changed: this quarter's additions, and figures as reported earlier versus now.

Two different questions, kept apart:
- *since last quarter*: the headline figures year to date through a quarter against the same
  figures through the end of the previous quarter, both on today's data. For Q1 the previous
  figures are zero (the year starts empty), so the delta is Q1 itself.
- *restatement*: the same year-to-date figures as they were reported at an earlier moment
  against today. Late or corrected uploads for a quarter show up as the difference.
"""

from __future__ import annotations

import datetime as dt

import duckdb
import pandas as pd

from tradeinvest.measure.breakdowns import totals
from tradeinvest.measure.facts import first_row
from tradeinvest.measure.filters import Filters
from tradeinvest.periods import Quarter

# The headline figures (totals() keys); their labels are the catalogue's `figure_<key>` texts.
FIGURES: tuple[str, ...] = ("new_jobs", "investment_projects", "trade_wins", "contacts",
                            "bidbooks_ffts", "mission_companies", "leads", "investment_eur")


def headline_figures(con: duckdb.DuckDBPyConnection, year: int, quarter: int,
                     filters: Filters | None = None, *, as_of: dt.datetime | None = None
                     ) -> dict[str, float]:
    """The FIGURES for `year`, Q1 up to and including `quarter`, now or as at `as_of`."""
    f = (filters or Filters()).period(year, quarter, year_to_date=True)
    row = totals(con, f, as_of=as_of)
    return {k: float(row[k] or 0) for k in FIGURES}


def _table(before: dict[str, float], after: dict[str, float], names: tuple[str, str, str]
           ) -> pd.DataFrame:
    """One row per figure: the earlier value, the later value, and later minus earlier."""
    a, b, diff = names
    return pd.DataFrame([{"figure": k, a: before[k], b: after[k], diff: after[k] - before[k]}
                         for k in FIGURES])


def changes_since_previous_quarter(con: duckdb.DuckDBPyConnection, year: int, quarter: int,
                                   filters: Filters | None = None) -> pd.DataFrame:
    """Headline figures through `quarter` and their change since the previous quarter's end.

    Columns: figure, previous, current, delta (= current - previous).
    """
    current = headline_figures(con, year, quarter, filters)
    previous = (headline_figures(con, year, quarter - 1, filters) if quarter > 1
                else dict.fromkeys(FIGURES, 0.0))
    return _table(previous, current, ("previous", "current", "delta"))


def reported_at(con: duckdb.DuckDBPyConnection, year: int, quarter: int) -> dt.datetime | None:
    """The moment a quarter's figures count as "reported": just before the first upload for
    any later quarter (so corrections made while the quarter was still the latest are part of
    it). None when no later quarter has been uploaded yet: then "reported" is now.
    """
    # Yearly uploads (calendar, country plans: a whole year) are not quarter data.
    row = first_row(con, "SELECT min(uploaded_at) FROM uploads WHERE period_start > ? "
                    "AND period_end - period_start < 100", [Quarter(year, quarter).start])
    if not row or row[0] is None:
        return None
    return row[0] - dt.timedelta(microseconds=1)


def restatement(con: duckdb.DuckDBPyConnection, year: int, quarter: int,
                filters: Filters | None = None, *, as_of: dt.datetime | None = None
                ) -> pd.DataFrame:
    """Year-to-date figures through `quarter` as reported at `as_of` (default:
    `reported_at(year, quarter)`) against the same figures now.

    Columns: figure, reported, now, difference (= now - reported).
    """
    moment = as_of or reported_at(con, year, quarter)
    now = headline_figures(con, year, quarter, filters)
    then = headline_figures(con, year, quarter, filters, as_of=moment) if moment else now
    return _table(then, now, ("reported", "now", "difference"))
