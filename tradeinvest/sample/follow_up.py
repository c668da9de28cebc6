"""Sample follow-ups (Nazorg) for the demo: for most projects landed 2018-2024 with expected new
jobs, the actual jobs at 12, 24 and 36 months after landing, as the team would gather them.

Each project's path comes from a string-seeded `random.Random` (its reference), so it does not
depend on the other projects: every figure lies between 60 % and 110 % of the expected jobs,
mostly rising; about one project in seven loses jobs at its latest follow-up. A figure dated
after the sample's last day is not there yet (so some follow-ups are due). The figures are
loaded as one Nazorg file per year of the figure date, through the real loader.
"""

from __future__ import annotations

import calendar
import datetime as dt
import random

import duckdb
import pandas as pd

from tradeinvest import vocab
from tradeinvest.ingest.templates import write_workbook
from tradeinvest.loading.uploads import load_upload
from tradeinvest.periods import Quarter

FIRST_LANDING, LAST_LANDING = 2018, 2024
FOLLOWED_SHARE = 0.85  # the rest is never followed up
LOSS_SHARE = 0.15      # of the followed: fewer jobs at the latest follow-up than before
LOW, HIGH = 0.6, 1.1   # every figure within these shares of the expected jobs
_SOURCES = [term.code for term in vocab.FOLLOW_UP_SOURCES]
_SOURCE_WEIGHTS = [4, 5, 2, 2, 1]


def _add_months(day: dt.date, months: int) -> dt.date:
    month = day.month - 1 + months
    year, month = day.year + month // 12, month % 12 + 1
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def _ratios(rng: random.Random) -> list[float]:
    """The share of the expected jobs found at 12, 24 and 36 months."""
    r12 = rng.uniform(LOW, 0.9)
    r24 = min(HIGH, r12 * rng.uniform(1.0, 1.25))
    r36 = min(HIGH, r24 * rng.uniform(1.0, 1.1))
    return [r12, r24, r36]


def _project_rows(reference: str, landed: dt.date, expected: float, last_day: dt.date
                  ) -> list[dict[str, object]]:
    """The follow-ups of one project known by `last_day` (none for a project not followed)."""
    rng = random.Random(f"follow_up:{reference}")
    if rng.random() > FOLLOWED_SHARE:
        return []
    ratios, loses = _ratios(rng), rng.random() < LOSS_SHARE
    rows = []
    for months, ratio in zip(vocab.FOLLOW_UP_MONTHS, ratios, strict=True):
        day = _add_months(landed, months) + dt.timedelta(days=rng.randint(0, 40))
        if day > last_day:
            break
        rows.append({"project_reference": reference, "months": months,
                     "actual_jobs": float(round(expected * ratio)), "figure_date": day,
                     "source": rng.choices(_SOURCES, _SOURCE_WEIGHTS)[0], "note": None})
    if loses and len(rows) > 1:  # the latest figure below the one before, still >= LOW
        before = float(rows[-2]["actual_jobs"])  # type: ignore[arg-type]
        rows[-1]["actual_jobs"] = float(max(round(expected * LOW),
                                            round(before * rng.uniform(0.75, 0.95))))
    return rows


def follow_up_frames(con: duckdb.DuckDBPyConnection, last_day: dt.date
                     ) -> dict[int, pd.DataFrame]:
    """The sample follow-ups by year of the figure date, for the loaded sample projects."""
    projects = con.execute(
        """SELECT reference, date_realised, new_jobs FROM projects_current
           WHERE new_jobs > 0 AND year(date_realised) BETWEEN ? AND ?
           ORDER BY reference""", [FIRST_LANDING, LAST_LANDING]).fetchall()
    rows = [row for ref, landed, jobs in projects
            for row in _project_rows(ref, landed, float(jobs), last_day)]
    frame = pd.DataFrame(rows)
    if frame.empty:
        return {}
    years = frame["figure_date"].map(lambda d: d.year)
    return {int(y): part.reset_index(drop=True) for y, part in frame.groupby(years)}


def load_follow_up_sample(con: duckdb.DuckDBPyConnection, user: str = "voorbeelddata",
                          last_quarter: str = "2025Q4") -> int:
    """Load the sample follow-ups, one Nazorg file per year; return how many uploads."""
    frames = follow_up_frames(con, Quarter.parse(last_quarter).end)
    for year, frame in frames.items():
        data = write_workbook("follow_up", {"follow_ups": frame}, aids=False)
        load_upload(con, data, f"nazorg_{year}.xlsx", "follow_up", str(year), user)
    return len(frames)
