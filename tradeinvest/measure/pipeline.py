"""The pipeline's stage history, read from successive quarterly pipeline uploads (kind
"pipeline", table `pipeline`, migration 009). Definitions: docs/indicators.md, "Pipeline".

Source grain: one opportunity as reported in one counting pipeline upload (a quarter's
snapshot). The same reference (case ignored) in several quarters is one opportunity.

Stage rules:
- stages in order prospect < active < verify < won; lost closes an opportunity at any stage;
- an opportunity *reached* a stage in the first quarter it was reported at that stage or a
  later one (first seen at "active": it reached prospect and active that quarter); it reached
  lost in the first quarter it was reported lost;
- its outcome: won if it was ever reported won, else lost if ever reported lost, else open;
- time in a stage (quarters): from the quarter it first reached the stage to the quarter it
  first reached a later stage or was lost, for opportunities reported at that stage at least
  once and that have left it (an opportunity still in the stage is not counted);
- conversion from a stage: of the opportunities that reached it, the share whose outcome is
  won (open ones count in the base: they have not converted yet);
- an opportunity is filtered and grouped by what its latest report says (country, sector,
  pillar, theme, source, mission), so a corrected country moves its whole history.

Filters: country, sector, pillar and theme (`filters.where`, without the period) and a mission
reference; the period where a measure says so. `as_of`: the uploads as they counted then.
"""

from __future__ import annotations

import datetime as dt

import duckdb
import pandas as pd

from tradeinvest import vocab
from tradeinvest.measure.facts import active_upload_ids, theme_of
from tradeinvest.measure.filters import Filters, lit, where

RANKED = ("prospect", "active", "verify", "won")  # the stages in order; lost stands apart
STAGES = (*RANKED, "lost")
_RANK = "CASE stage " + " ".join(f"WHEN {lit(s)} THEN {i}" for i, s in enumerate(RANKED, 1)) \
    + " END"


def reports(as_of: dt.datetime | None = None, *, uploads: str | None = None) -> str:
    """SQL relation, grain: one opportunity as reported in one counting pipeline upload (now,
    or at `as_of`; `uploads`: SQL picking the upload_ids instead, e.g. all of them for a
    replay of many moments at once): the stored row plus `key` (lower-case reference), the
    upload's `quarter` ("2024Q3"), `period_start`, `period_end`, `qi` (year * 4 + quarter - 1,
    so quarters subtract) and `rank` (1 prospect .. 4 won; NULL for lost)."""
    return f"""(
        SELECT p.*, lower(p.reference) AS key, u.quarter, u.period_start, u.period_end,
               year(u.period_start) * 4 + quarter(u.period_start) - 1 AS qi,
               {_RANK} AS rank
        FROM pipeline p JOIN uploads u USING (upload_id)
        WHERE p.upload_id IN ({uploads or active_upload_ids(as_of)}))"""


def _chosen(f: Filters | None, mission: str | None, as_of: dt.datetime | None) -> str:
    """One row per opportunity as last reported (grain: opportunity), kept by the filters."""
    keep = where(f, period=False)
    if mission:
        keep += f" AND lower(mission_reference) = {lit(mission.lower())}"
    return f"""(
        SELECT * FROM (
            SELECT r.key, r.reference, r.company, r.pillar, r.country,
                   c.group_iso2 AS country_group, r.sector,
                   coalesce(r.theme, {theme_of('r.sector')}) AS theme,
                   CAST(NULL AS TEXT) AS partner, CAST(NULL AS TEXT) AS project_kind,
                   FALSE AS ema_brexit, coalesce(r.source, 'unknown') AS source,
                   r.mission_reference, r.stage AS last_stage, r.quarter AS last_quarter
            FROM {reports(as_of)} r LEFT JOIN countries c ON c.iso2 = r.country
            QUALIFY row_number() OVER (PARTITION BY r.key
                                       ORDER BY r.period_start DESC, r.upload_id DESC) = 1)
        WHERE {keep})"""


def _outcomes(f: Filters | None, mission: str | None, as_of: dt.datetime | None) -> str:
    """Grain: opportunity; its outcome (won | lost | open) and attributes."""
    return f"""(
        SELECT o.*, CASE WHEN a.won THEN 'won' WHEN a.lost THEN 'lost' ELSE 'open' END
                    AS outcome
        FROM {_chosen(f, mission, as_of)} o JOIN (
            SELECT key, bool_or(stage = 'won') AS won, bool_or(stage = 'lost') AS lost
            FROM {reports(as_of)} GROUP BY key) a USING (key))"""


def _reached(f: Filters | None, mission: str | None, as_of: dt.datetime | None) -> str:
    """Grain: opportunity x stage reached: the quarter it first reached it, whether it was
    reported at that stage itself, and the quarters until it first reached a later stage or
    was lost (NULL while it has not left the stage, and for won and lost)."""
    stages = ", ".join(f"({lit(s)}, {i})" for i, s in enumerate(RANKED, 1))
    return f"""(
        WITH r AS (SELECT * FROM {reports(as_of)}
                   WHERE key IN (SELECT key FROM {_chosen(f, mission, as_of)})),
        s(stage, rank) AS (VALUES {stages}, ('lost', NULL)),
        reached AS (
            SELECT r.key, s.stage, s.rank, min(r.qi) AS first_qi,
                   arg_min(r.quarter, r.qi) AS first_quarter,
                   bool_or(r.stage = s.stage) AS reported
            FROM r JOIN s ON (s.stage = 'lost' AND r.stage = 'lost') OR r.rank >= s.rank
            GROUP BY ALL),
        left_at AS (
            SELECT s.stage, r.key, min(r.qi) AS left_qi
            FROM r JOIN s ON s.rank IS NOT NULL AND s.rank < 4
                            AND (r.rank > s.rank OR r.stage = 'lost')
            GROUP BY ALL)
        SELECT reached.key, reached.stage, reached.first_quarter, reached.first_qi,
               reached.reported,
               CASE WHEN reached.reported AND l.left_qi >= reached.first_qi
                    THEN l.left_qi - reached.first_qi END AS quarters_in_stage
        FROM reached LEFT JOIN left_at l USING (key, stage))"""


def stage_history(con: duckdb.DuckDBPyConnection, f: Filters | None = None,
                  mission: str | None = None, *, as_of: dt.datetime | None = None
                  ) -> pd.DataFrame:
    """Grain: opportunity x stage it reached. Columns: reference, company, source, stage,
    first_quarter (e.g. "2024Q3"), reported (reported at that stage itself),
    quarters_in_stage (see the module's rules), outcome. Ordered by reference, stage order."""
    order = " ".join(f"WHEN {lit(s)} THEN {i}" for i, s in enumerate(STAGES))
    return con.execute(f"""
        SELECT o.reference, o.company, o.source, h.stage, h.first_quarter, h.reported,
               h.quarters_in_stage, o.outcome
        FROM {_reached(f, mission, as_of)} h JOIN {_outcomes(f, mission, as_of)} o USING (key)
        ORDER BY o.key, CASE h.stage {order} END""").df()


def time_in_stage(con: duckdb.DuckDBPyConnection, f: Filters | None = None,
                  mission: str | None = None, *, as_of: dt.datetime | None = None
                  ) -> pd.DataFrame:
    """Grain: open stage (prospect, active, verify). Columns: stage, opportunities (that were
    reported at the stage and have left it), mean_quarters, median_quarters."""
    stages = ", ".join(f"({lit(s)}, {i})" for i, s in enumerate(vocab.OPEN_STAGES))
    return con.execute(f"""
        SELECT s.stage, count(h.quarters_in_stage) AS opportunities,
               avg(h.quarters_in_stage) AS mean_quarters,
               median(h.quarters_in_stage) AS median_quarters
        FROM (VALUES {stages}) s(stage, i)
        LEFT JOIN {_reached(f, mission, as_of)} h ON h.stage = s.stage
        GROUP BY s.stage, s.i ORDER BY s.i""").df()


def conversion(con: duckdb.DuckDBPyConnection, f: Filters | None = None,
               mission: str | None = None, *, by_source: bool = False,
               as_of: dt.datetime | None = None) -> pd.DataFrame:
    """Grain: open stage (and source when `by_source`). Columns: stage, [source], reached,
    won, lost, open (their outcomes) and conversion = won / reached (NaN when none reached).
    Conversion from prospect is that of every opportunity, as all reached it."""
    stages = ", ".join(f"({lit(s)}, {i})" for i, s in enumerate(vocab.OPEN_STAGES))
    group = "o.source, " if by_source else ""
    return con.execute(f"""
        SELECT s.stage, {group}count(*) AS reached,
               count(*) FILTER (WHERE o.outcome = 'won') AS won,
               count(*) FILTER (WHERE o.outcome = 'lost') AS lost,
               count(*) FILTER (WHERE o.outcome = 'open') AS open,
               count(*) FILTER (WHERE o.outcome = 'won') / count(*) AS conversion
        FROM (VALUES {stages}) s(stage, i)
        JOIN {_reached(f, mission, as_of)} h ON h.stage = s.stage
        JOIN {_outcomes(f, mission, as_of)} o USING (key)
        GROUP BY ALL ORDER BY any_value(s.i), {group}1""").df()


def _lost(f: Filters | None, mission: str | None, as_of: dt.datetime | None) -> str:
    """Grain: lost opportunity, as its latest lost report says (reason, country lost to,
    expected jobs), dated by the last day of the quarter it was reported lost (`d`)."""
    return f"""(
        SELECT r.key, r.lost_reason, r.lost_to_country, r.expected_jobs, r.period_end AS d
        FROM {reports(as_of)} r JOIN {_outcomes(f, mission, as_of)} o USING (key)
        WHERE r.stage = 'lost' AND o.outcome = 'lost'
        QUALIFY row_number() OVER (PARTITION BY r.key ORDER BY r.period_start DESC) = 1)"""


def lost_by(con: duckdb.DuckDBPyConnection, dimension: str, f: Filters | None = None,
            mission: str | None = None, *, as_of: dt.datetime | None = None) -> pd.DataFrame:
    """Grain: lost reason (`dimension` "lost_reason") or country lost to ("lost_to_country";
    "unknown" when not given), for opportunities lost in the filters' period (the quarter of
    their lost report; all periods without a year). Columns: <dimension>, opportunities,
    expected_jobs. Most opportunities first."""
    if dimension not in ("lost_reason", "lost_to_country"):
        raise ValueError(f"not a lost dimension: {dimension}")
    period = where(Filters(year=f.year, quarter=f.quarter, year_to_date=f.year_to_date)
                   if f else None)
    return con.execute(f"""
        SELECT coalesce({dimension}, 'unknown') AS {dimension}, count(*) AS opportunities,
               sum(expected_jobs) AS expected_jobs
        FROM {_lost(f, mission, as_of)} WHERE {period}
        GROUP BY 1 ORDER BY 2 DESC, 3 DESC, 1""").df()


def snapshot_quarter(con: duckdb.DuckDBPyConnection, until: dt.date | None = None, *,
                     as_of: dt.datetime | None = None) -> str | None:
    """The latest pipeline quarter loaded (ending on or before `until`), e.g. "2025Q3"."""
    limit = "TRUE" if until is None else f"period_end <= {lit(until)}"
    row = con.execute(f"""SELECT max(quarter) FROM uploads WHERE kind = 'pipeline' AND {limit}
                          AND upload_id IN ({active_upload_ids(as_of)})""").fetchall()
    return row[0][0] if row else None


def _open(quarter: str | None, f: Filters | None, mission: str | None,
          as_of: dt.datetime | None) -> str:
    """Grain: opportunity open (prospect, active, verify) in the snapshot of `quarter`."""
    open_stages = ", ".join(lit(s) for s in vocab.OPEN_STAGES)
    return f"""(
        SELECT r.* FROM {reports(as_of)} r JOIN {_chosen(f, mission, as_of)} o USING (key)
        WHERE r.quarter = {lit(quarter)} AND r.stage IN ({open_stages}))"""


def open_opportunities(con: duckdb.DuckDBPyConnection, quarter: str | None,
                       f: Filters | None = None, mission: str | None = None, *,
                       as_of: dt.datetime | None = None) -> pd.DataFrame:
    """Grain: opportunity open (prospect, active, verify) in the pipeline snapshot of
    `quarter` (see `snapshot_quarter`): the team's statement of what it works on; one not
    reported that quarter is not in it. Columns: reference, company, country, sector, stage,
    likelihood, expected_jobs, expected_land_date, expected_land_date_precision, source,
    mission_reference. Most expected jobs first."""
    return con.execute(f"""
        SELECT reference, company, country, sector, stage, likelihood, expected_jobs,
               expected_land_date, expected_land_date_precision, source, mission_reference
        FROM {_open(quarter, f, mission, as_of)}
        ORDER BY expected_jobs DESC, reference""").df()


def open_by_stage(con: duckdb.DuckDBPyConnection, quarter: str | None,
                  f: Filters | None = None, mission: str | None = None, *,
                  as_of: dt.datetime | None = None) -> pd.DataFrame:
    """Grain: open stage x likelihood ("unknown" when not given) in the snapshot of `quarter`.
    Columns: stage, likelihood, opportunities, expected_jobs; stage order, then high first."""
    order = [*vocab.OPEN_STAGES, *(t.code for t in vocab.LIKELIHOODS), "unknown"]
    rank = " ".join(f"WHEN {lit(c)} THEN {i}" for i, c in enumerate(order))
    return con.execute(f"""
        SELECT * FROM (
            SELECT stage, coalesce(likelihood, 'unknown') AS likelihood,
                   count(*) AS opportunities, sum(expected_jobs) AS expected_jobs
            FROM {_open(quarter, f, mission, as_of)} GROUP BY ALL)
        ORDER BY CASE stage {rank} END, CASE likelihood {rank} END""").df()
