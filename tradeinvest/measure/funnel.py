"""Linking effort to results by company: funnel, lead time and what each mission yielded.

Matching rule: records belong to the same company when their company names give the same key
under `text_keys.normalise_company` (lower case, accents, punctuation and trailing legal
forms such as B.V./GmbH/Ltd/Inc removed), run in SQL as the function `company_key`. Limits:
renamed companies, abbreviations, local subsidiaries ("Acme Nederland") and typos do not
match, so results traced back are a lower bound; two different companies with the same name
would merge. Effort ("touches") = contacts, bidbooks/FFTs and mission leads (dated by their
mission's start date).
"""

from __future__ import annotations

import datetime as dt

import duckdb
import pandas as pd

from tradeinvest.measure import facts
from tradeinvest.measure.filters import Dimension, Filters, dimension_sql, group_sql, where


def _keyed(con: duckdb.DuckDBPyConnection, as_of: dt.datetime | None) -> str:
    """CTEs: touch/proj (common columns), keys (company -> ckey), kt (keyed touches with a
    key), kp (all projects, ckey NULL when the name gives no key, prev_d = the date of the
    company's previous project: effort before that belongs to the earlier project)."""
    return f"""
        touch AS (SELECT * FROM {facts.touches(con, as_of)}),
        proj AS (SELECT * FROM {facts.projects(con, as_of)}),
        keys AS {facts.company_keys('touch', 'proj')},
        kt AS (SELECT k.ckey, touch.* FROM touch JOIN keys k USING (company)
               WHERE k.ckey IS NOT NULL),
        kp AS (SELECT k.ckey, proj.*, lag(proj.d) OVER (PARTITION BY k.ckey
                                         ORDER BY proj.d, proj.reference) AS prev_d
               FROM proj LEFT JOIN keys k USING (company))"""


def funnel(con: duckdb.DuckDBPyConnection, filters: Filters | None = None, *,
           period: str = "year", as_of: dt.datetime | None = None) -> pd.DataFrame:
    """Companies by the period and country in which they were first touched, and how far they
    got: at least a contact, a bidbook/FFT, a mission lead, a realised project.

    Columns: <period> ('year' or 'quarter'), country, companies_contacted (all companies first
    touched then), companies_bidbook_fft, companies_lead, companies_project, new_jobs,
    conversion (companies_project / companies_contacted).
    A company's stage is the furthest it reached, in the order contact < bidbook/FFT < lead <
    project, so each column is part of the one before. A project counts when it landed on or
    after the first touch. Filters apply to the first touch (its date, country, sector, ...).
    Each company sits in one row, so rows add up.
    """
    if period not in ("year", "quarter"):
        raise ValueError("period is 'year' or 'quarter'")
    facts.ensure_company_key(con)
    return con.execute(f"""
        WITH {_keyed(con, as_of)},
        first AS (SELECT * FROM kt QUALIFY row_number() OVER
                  (PARTITION BY ckey ORDER BY d, stage, company, country) = 1),
        reach AS (SELECT ckey, max(stage) AS furthest FROM kt GROUP BY ckey),
        won AS (SELECT f.ckey, sum(p.new_jobs) AS jobs FROM first f
                JOIN kp p ON p.ckey = f.ckey AND p.d >= f.d GROUP BY f.ckey),
        cohort AS (SELECT f.*, CASE WHEN w.ckey IS NOT NULL THEN 4 ELSE r.furthest END AS stage_,
                          coalesce(w.jobs, 0) AS jobs
                   FROM first f JOIN reach r USING (ckey) LEFT JOIN won w USING (ckey))
        SELECT {dimension_sql(period)} AS {period}, country,
               count(*) AS companies_contacted,
               count(*) FILTER (WHERE stage_ >= 2) AS companies_bidbook_fft,
               count(*) FILTER (WHERE stage_ >= 3) AS companies_lead,
               count(*) FILTER (WHERE stage_ >= 4) AS companies_project,
               CAST(sum(jobs) AS DOUBLE) AS new_jobs,
               count(*) FILTER (WHERE stage_ >= 4) / count(*) AS conversion
        FROM cohort WHERE {where(filters)} GROUP BY 1, 2 ORDER BY 1, 2""").df()


STAGES = ("companies_contacted", "companies_bidbook_fft", "companies_lead", "companies_project")


def period_funnel(con: duckdb.DuckDBPyConnection, filters: Filters | None = None, *,
                  as_of: dt.datetime | None = None) -> dict[str, int | float]:
    """The funnel of one period under exactly the KPI filters: the companies with effort or
    a result in the period, each at the furthest stage it reached there (contact <
    bidbook/FFT < lead < realised project), counted cumulatively (a company at "project" also
    counts at the stages before it).

    Every record is filtered as `breakdowns.totals` filters it (its own date, country,
    sector, ...), so the "project" stage is the number of different companies behind the
    Projects KPI, and equals it when no company landed two projects. Records with the same
    `company_key` are one company; a name without a key counts as itself, a project without
    one as its own company. Keys: the STAGES, plus projects and new_jobs (the KPI figures).
    """
    facts.ensure_company_key(con)
    cond = where(filters)
    row = con.execute(f"""
        WITH touch AS (SELECT * FROM {facts.touches(con, as_of)} WHERE {cond}),
        proj AS (SELECT * FROM {facts.projects(con, as_of)} WHERE {cond}),
        keys AS {facts.company_keys('touch', 'proj')},
        staged AS (
            SELECT coalesce(k.ckey, lower(t.company)) AS ckey, t.stage
            FROM touch t LEFT JOIN keys k USING (company)
            UNION ALL
            SELECT coalesce(k.ckey, 'project:' || lower(p.reference)), 4
            FROM proj p LEFT JOIN keys k USING (company)),
        reach AS (SELECT ckey, max(stage) AS furthest FROM staged WHERE ckey IS NOT NULL
                  GROUP BY ckey)
        SELECT count(*), count(*) FILTER (WHERE furthest >= 2),
               count(*) FILTER (WHERE furthest >= 3), count(*) FILTER (WHERE furthest >= 4),
               (SELECT count(*) FROM proj),
               (SELECT CAST(coalesce(sum(new_jobs), 0) AS DOUBLE) FROM proj)
        FROM reach""").fetchone()
    return {**{stage: int(v) for stage, v in zip(STAGES, row[:4], strict=True)},
            "projects": int(row[4]), "new_jobs": float(row[5])}


def _lead_time_sql(con: duckdb.DuckDBPyConnection, as_of: dt.datetime | None) -> str:
    """Per project: first touch of the same company after its previous project (so an
    expansion is timed from the renewed contact, not from the first landing years ago)."""
    return f"""
        WITH {_keyed(con, as_of)},
        p AS (SELECT * FROM kp),
        lt AS (SELECT p.upload_id, p.source_row, min(t.d) AS first_touch
               FROM p LEFT JOIN kt t ON t.ckey = p.ckey AND t.d <= p.d
                                    AND (p.prev_d IS NULL OR t.d > p.prev_d)
               GROUP BY p.upload_id, p.source_row),
        x AS (SELECT p.*, lt.first_touch, date_diff('day', lt.first_touch, p.d) AS days
              FROM p JOIN lt USING (upload_id, source_row))"""


def lead_times(con: duckdb.DuckDBPyConnection, filters: Filters | None = None, *,
               as_of: dt.datetime | None = None) -> pd.DataFrame:
    """Lead time of every realised project: days from the company's first touch (earliest
    contact, bidbook/FFT or start of a mission where it was a lead) to the landing date.

    Columns: reference, company, date_realised, first_touch, days (None when no earlier
    touch matches: untraced), pillar, country, sector, theme, partner, project_kind, new_jobs.
    """
    facts.ensure_company_key(con)
    return con.execute(f"""{_lead_time_sql(con, as_of)}
        SELECT reference, company, d AS date_realised, first_touch, days, pillar, country,
               sector, theme, partner, project_kind, new_jobs
        FROM x WHERE {where(filters)} ORDER BY d, reference""").df()


def lead_time_by(con: duckdb.DuckDBPyConnection, dimension: Dimension,
                 filters: Filters | None = None, *, as_of: dt.datetime | None = None
                 ) -> pd.DataFrame:
    """The lead-time distribution per group (a dimension, a tuple such as ('country',
    'sector'), or None for all), over the projects that landed in the filtered period.

    Columns: <dimensions>, projects, traced (projects with a matched earlier touch),
    median_days, p25_days, p75_days (over traced projects; None when none).
    """
    facts.ensure_company_key(con)
    select, positions = group_sql(dimension)
    tail = f"GROUP BY {positions} ORDER BY {positions}" if positions else ""
    return con.execute(f"""{_lead_time_sql(con, as_of)}
        SELECT {select} count(*) AS projects, count(days) AS traced,
               quantile_cont(days, 0.5) AS median_days,
               quantile_cont(days, 0.25) AS p25_days,
               quantile_cont(days, 0.75) AS p75_days
        FROM x WHERE {where(filters)} {tail}""").df()


def mission_yield(con: duckdb.DuckDBPyConnection, filters: Filters | None = None, *,
                  as_of: dt.datetime | None = None) -> pd.DataFrame:
    """What each mission yielded: companies taken along, leads, won leads, and the projects
    and new jobs that trace back to it.

    A project traces back to a mission when its lead_reference is the mission's reference, or
    else when its company matches a lead of that mission and it is the company's first project
    landing on or after the mission's start (a later expansion is not credited again). A
    project is credited to one mission only: the explicit reference first, otherwise the
    latest such mission; so the column totals never double count.
    Columns: reference, name, mission_kind, start_date, pillar, country, theme (the first
    theme named), themes (every theme it serves, a list), partner, companies, leads,
    won_leads, projects, new_jobs. Filters apply to the mission (a theme filter keeps a
    mission serving that theme among others).
    """
    facts.ensure_company_key(con)
    return con.execute(f"""
        WITH {_keyed(con, as_of)},
        ms AS (SELECT * FROM {facts.missions(con, as_of)}),
        kl AS (SELECT k.ckey, l.mission_key FROM {facts.leads(con, as_of)} l
               JOIN keys k USING (company) WHERE k.ckey IS NOT NULL),
        links AS (
            SELECT p.upload_id, p.source_row, lower(p.lead_reference) AS mission_key,
                   1 AS prio, CAST(NULL AS DATE) AS mission_start
            FROM kp p WHERE lower(p.lead_reference) IN (SELECT mission_key FROM ms)
            UNION ALL
            SELECT p.upload_id, p.source_row, m.mission_key, 2, m.d
            FROM kp p JOIN kl ON kl.ckey = p.ckey
            JOIN ms m ON m.mission_key = kl.mission_key
            WHERE p.d >= m.d AND (p.prev_d IS NULL OR m.d > p.prev_d)),
        credited AS (SELECT * FROM links QUALIFY row_number() OVER
                     (PARTITION BY upload_id, source_row
                      ORDER BY prio, mission_start DESC, mission_key) = 1),
        py AS (SELECT c.mission_key, count(*) AS projects, sum(p.new_jobs) AS new_jobs
               FROM credited c JOIN kp p USING (upload_id, source_row) GROUP BY 1)
        SELECT m.reference, m.name, m.mission_kind, m.d AS start_date, m.pillar, m.country,
               m.theme, m.themes, m.partner, m.companies, m.mission_leads AS leads,
               m.mission_won_leads AS won_leads, coalesce(py.projects, 0) AS projects,
               CAST(coalesce(py.new_jobs, 0) AS DOUBLE) AS new_jobs
        FROM ms m LEFT JOIN py USING (mission_key)
        WHERE {where(filters, themes=True)} ORDER BY m.d, m.reference""").df()
