"""The year-end forecast of new jobs by three methods, the pipeline one with an 80 % interval.

- run rate: year to date × 4 / quarters loaded (measure.progress.run_rates, the headline
  so far);
- last four: the last four loaded quarters as a year (measure.progress.run_rates);
- pipeline: realised year to date + every open opportunity of the quarter's pipeline upload
  (stage prospect, active or verify; expected land date this year, earlier or unknown) times
  its probability of landing by the year end, given its stage, likelihood and the months left.

Probability (docs/indicators.md, "Forecast"): for the cell (stage, likelihood, quarter) the
region's own history counts the opportunities seen open in that cell at that quarter's end of
an earlier year (n) and those of them won by that year's end (won); the default p0 of the
settings (`forecast_p_<stage>_<likelihood>`, a chance within 12 months, turned into one for
the months left as 1 − (1 − p12)^(months/12)) weighs as `a` = `forecast_prior_strength`
opportunities: p = (won + a·p0) / (n + a), the mean of a Beta(a·p0, a·(1 − p0)) prior updated
with the history. A missing likelihood counts as medium.

Interval: DRAWS simulated year ends, each opportunity landing (Bernoulli, its p) or not,
independently, from a seeded generator; low and high are the 10th and 90th percentiles.
Everything reads the data as reported at `as_of` (None: now), so the backtest can replay it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

import duckdb
import numpy as np
import pandas as pd

from tradeinvest.measure.facts import active_upload_ids, moments_cte
from tradeinvest.measure.pipeline import reports
from tradeinvest.measure.progress import RunRates, run_rates
from tradeinvest.measure.targets import target_for
from tradeinvest.periods import quarter_number
from tradeinvest.reference_data import DEFAULT_SETTINGS
from tradeinvest.store import reference
from tradeinvest.texts.phrases import Refusal

OPEN_STAGES = ("prospect", "active", "verify")
LIKELIHOODS = ("high", "medium", "low")
METHODS = ("run_rate", "last_four", "pipeline")
DRAWS = 2_000       # simulated year ends per forecast
SEED = 2016         # the generator's seed: the same data gives the same interval
CHUNK = 2_000_000   # draws × opportunities per block: bounds the simulation's memory
INTERVAL = (0.10, 0.90)
TOP = 10            # opportunities listed as mattering most


@dataclass(frozen=True)
class Forecast:
    """The year-end forecasts for `year` as seen at the end of `quarter` (as at `as_of`).

    `points`, `lows`, `highs`: by method (None: the method has no figure, or no interval);
    `expected`: the pipeline's expected jobs (sum of p × expected jobs; None without a
    pipeline upload for the quarter); `still_needed` = target − realised − expected;
    `opportunities`: the open ones with the largest p × expected jobs, largest first.
    """

    year: int
    quarter: int
    realised: float
    target: float | None
    points: dict[str, float | None]
    lows: dict[str, float | None]
    highs: dict[str, float | None]
    expected: float | None
    still_needed: float | None
    opportunities: pd.DataFrame = field(repr=False)


def months_left(quarter: int) -> int:
    """Months from the end of `quarter` to the end of its year (Q3: 3)."""
    return 12 - 3 * quarter


OPEN = ("stage IN ('prospect', 'active', 'verify') "
        "AND (land_year IS NULL OR land_year <= year)")


def _snapshot(as_of: dt.datetime | None, uploads_where: str, uploads: str | None = None,
              extra: str = "") -> str:
    """SQL: the pipeline reports (measure.pipeline.reports) of the quarters `uploads_where`
    picks (over period_start), as reported at `as_of` (or of the `uploads` given), one row per
    opportunity (`key`, the reference case-insensitive; listed twice in one file: its last
    row) per quarter. Columns: year, quarter, key, reference, company, country, stage,
    likelihood (missing: medium), expected_jobs, land_year (NULL: unknown), `extra` ones."""
    return f"""(
        SELECT year(period_start) AS year, quarter(period_start) AS quarter, key, reference,
               company, country, stage, coalesce(likelihood, 'medium') AS likelihood,
               expected_jobs, year(expected_land_date) AS land_year{extra}
        FROM {reports(as_of, uploads=uploads)} WHERE {uploads_where}
        QUALIFY row_number() OVER (PARTITION BY upload_id, key ORDER BY source_row DESC) = 1)"""


def has_pipeline(con: duckdb.DuckDBPyConnection, year: int, quarter: int,
                 as_of: dt.datetime | None = None) -> bool:
    """Whether a pipeline upload for `year` Q`quarter` counts (now or at `as_of`)."""
    return con.execute(
        f"SELECT count(*) FROM uploads WHERE kind = 'pipeline' AND quarter = ? "
        f"AND upload_id IN ({active_upload_ids(as_of)})",
        [f"{int(year)}Q{int(quarter)}"]).fetchall()[0][0] > 0


def open_at(con: duckdb.DuckDBPyConnection, year: int, quarter: int,
            as_of: dt.datetime | None = None) -> pd.DataFrame:
    """The opportunities open at the end of `year` Q`quarter` that may land that year:
    stage prospect/active/verify, expected land date in that year or before, or unknown."""
    where = f"year(period_start) = {int(year)} AND quarter(period_start) = {int(quarter)}"
    return con.execute(f"SELECT * FROM {_snapshot(as_of, where)} WHERE {OPEN} "
                       f"ORDER BY key").df()


def history(con: duckdb.DuckDBPyConnection, year: int, quarter: int,
            as_of: dt.datetime | None = None) -> pd.DataFrame:
    """Per (stage, likelihood): n = opportunities open at the end of Q`quarter` of a year
    before `year` whose Q4 pipeline is reported, won = those of them marked won in a later
    quarter's pipeline of that same year. Columns: stage, likelihood, n, won."""
    return con.execute(f"""
        WITH s AS MATERIALIZED {_snapshot(as_of, f"year(period_start) < {int(year)}")},
        finished AS (SELECT DISTINCT year FROM s WHERE quarter = 4),
        seen AS (SELECT year, key, stage, likelihood FROM s
                 WHERE quarter = {int(quarter)} AND {OPEN}
                   AND year IN (SELECT year FROM finished)),
        won AS (SELECT DISTINCT year, key FROM s
                WHERE quarter > {int(quarter)} AND stage = 'won')
        SELECT seen.stage, seen.likelihood, count(*) AS n, count(won.key) AS won
        FROM seen LEFT JOIN won USING (year, key)
        GROUP BY ALL ORDER BY ALL""").df()


def forecast_settings(con: duckdb.DuckDBPyConnection) -> dict[str, float]:
    """The prior's settings: stored ones, the defaults for any missing (an older database)."""
    stored = reference.settings(con)
    return {k: float(stored.get(k, v)) for k, (v, _) in DEFAULT_SETTINGS.items()
            if k.startswith("forecast_")}


def prior(settings: dict[str, float], stage: str, likelihood: str, months: int) -> float:
    """The default chance of landing within `months` (constant hazard from the 12-month one)."""
    p12 = min(max(settings[f"forecast_p_{stage}_{likelihood}"], 0.0), 1.0)
    return 1.0 - (1.0 - p12) ** (months / 12)


def probabilities(cells: pd.DataFrame, settings: dict[str, float], months: int) -> pd.DataFrame:
    """p per (stage, likelihood): (won + a·p0) / (n + a); with a = 0 and no history, p0."""
    a = max(settings["forecast_prior_strength"], 0.0)
    counts = dict(zip(zip(cells["stage"], cells["likelihood"], strict=True),
                      zip(cells["n"], cells["won"], strict=True), strict=True))
    grid = pd.DataFrame([(s, lk, *counts.get((s, lk), (0, 0)))
                         for s in OPEN_STAGES for lk in LIKELIHOODS],
                        columns=["stage", "likelihood", "n", "won"])
    grid["p0"] = [prior(settings, s, lk, months)  # no months left (Q4): 0
                  for s, lk in zip(grid["stage"], grid["likelihood"], strict=True)]
    denominator = grid["n"] + a
    grid["p"] = np.where(denominator > 0, (grid["won"] + a * grid["p0"])
                         / denominator.where(denominator > 0, 1), grid["p0"])
    return grid


def interval(jobs: np.ndarray, p: np.ndarray, realised: float, draws: int = DRAWS,
             seed: int = SEED) -> tuple[float, float]:
    """(10th, 90th percentile) of realised + the jobs of the opportunities that land, over
    `draws` simulated year ends: a draws × opportunities Bernoulli matrix, in blocks."""
    rng = np.random.default_rng(seed)
    totals = np.full(draws, float(realised))
    block = max(1, CHUNK // max(len(jobs), 1))
    for start in range(0, draws, block):
        size = min(block, draws - start)
        landed = rng.random((size, len(jobs))) < p
        totals[start:start + size] += landed @ jobs
    low, high = np.quantile(totals, INTERVAL)
    return float(low), float(high)


def with_probabilities(opportunities: pd.DataFrame, grid: pd.DataFrame) -> pd.DataFrame:
    """The opportunities with their p and weighted jobs (p × expected jobs), largest first."""
    chance = dict(zip(zip(grid["stage"], grid["likelihood"], strict=True), grid["p"],
                      strict=True))
    out = opportunities.assign(p=[chance.get(k, np.nan) for k in zip(
        opportunities["stage"], opportunities["likelihood"], strict=True)])
    out["weighted_jobs"] = out["p"] * out["expected_jobs"]
    return out.sort_values(["weighted_jobs", "key"], ascending=[False, True],
                           ignore_index=True)


def forecast(con: duckdb.DuckDBPyConnection, year: int, quarter: int | str, *,
             as_of: dt.datetime | None = None) -> Forecast:
    """The three year-end forecasts for `year` at the end of `quarter`, as reported at
    `as_of`."""
    q = quarter_number(quarter, year)
    if q is None:
        raise Refusal("refusal_quarter_number", value=repr(quarter))
    p = run_rates(con, year, q, as_of=as_of)
    view = None
    if p.quarters_loaded and has_pipeline(con, year, q, as_of):
        view = (history(con, year, q, as_of), open_at(con, year, q, as_of))
    return assemble(year, q, p, target_for(con, year), forecast_settings(con), view)


def assemble(year: int, q: int, p: RunRates, target: float | None,
             settings: dict[str, float], view: tuple[pd.DataFrame, pd.DataFrame] | None
             ) -> Forecast:
    """The forecasts from what they read: the run rates, the target, the prior's settings
    and `view` = (history, open_at) of the quarter's pipeline (None: no pipeline upload)."""
    points: dict[str, float | None] = {"run_rate": p.run_rate, "last_four": p.last_four,
                                       "pipeline": None}
    lows: dict[str, float | None] = dict.fromkeys(METHODS)
    highs: dict[str, float | None] = dict.fromkeys(METHODS)
    expected, ranked = None, pd.DataFrame()
    if view is not None:
        grid = probabilities(view[0], settings, months_left(q))
        ranked = with_probabilities(view[1], grid)
        jobs, chance = ranked["expected_jobs"].to_numpy(float), ranked["p"].to_numpy(float)
        expected = float(jobs @ chance)
        points["pipeline"] = p.new_jobs + expected
        lows["pipeline"], highs["pipeline"] = interval(jobs, chance, p.new_jobs)
    still = (target - p.new_jobs - expected
             if target is not None and expected is not None else None)
    return Forecast(year, q, p.new_jobs, target, points, lows, highs, expected, still,
                    ranked.head(TOP))


def replay_views(con: duckdb.DuckDBPyConnection, moments: dict[tuple[int, int], dt.datetime]
                 ) -> dict[tuple[int, int], tuple[pd.DataFrame, pd.DataFrame]]:
    """For many (year, quarter) at once, each as reported at its moment: (history, open_at),
    for those with a pipeline upload then; the same figures as one `history` and `open_at`
    per moment, in three queries (the backtest's replay)."""
    if not moments:
        return {}
    head = f"WITH {moments_cte(moments)}"
    present = {int(r[0]) for r in con.execute(
        f"{head} SELECT DISTINCT m.mi FROM m JOIN a USING (mi) JOIN uploads u USING (upload_id) "
        "WHERE u.kind = 'pipeline' AND u.quarter = m.y || 'Q' || m.q").fetchall()}
    rows = _snapshot(None, "TRUE", "SELECT upload_id FROM uploads", ", upload_id")
    snap = f"s AS MATERIALIZED (SELECT a.mi, r.* FROM a JOIN {rows} r USING (upload_id))"
    cells = con.execute(f"""{head}, {snap},
        finished AS (SELECT DISTINCT mi, year FROM s WHERE quarter = 4),
        seen AS (SELECT s.mi, s.year, key, stage, likelihood FROM s JOIN m USING (mi)
                 JOIN finished USING (mi, year)
                 WHERE s.year < m.y AND s.quarter = m.q AND {OPEN}),
        won AS (SELECT DISTINCT s.mi, s.year, key FROM s JOIN m USING (mi)
                WHERE s.year < m.y AND s.quarter > m.q AND stage = 'won')
        SELECT seen.mi, seen.stage, seen.likelihood, count(*) AS n, count(won.key) AS won
        FROM seen LEFT JOIN won USING (mi, year, key)
        GROUP BY ALL ORDER BY ALL""").df()
    opened = con.execute(f"""{head}, {snap}
        SELECT s.* EXCLUDE (upload_id) FROM s JOIN m USING (mi)
        WHERE s.year = m.y AND s.quarter = m.q AND {OPEN} ORDER BY s.mi, key""").df()
    out = {}
    for i, key in enumerate(moments):
        if i in present:
            out[key] = (cells[cells["mi"] == i].drop(columns="mi").reset_index(drop=True),
                        opened[opened["mi"] == i].drop(columns="mi").reset_index(drop=True))
    return out
