"""The source rows behind a figure: each with the file, quarter and spreadsheet row it came from.

Grain: one counted project (the latest upload wins per reference, as in every measure).
"""

from __future__ import annotations

import datetime as dt

import duckdb
import pandas as pd

from tradeinvest.measure import facts
from tradeinvest.measure.filters import Filters, lit, where


def project_records(con: duckdb.DuckDBPyConnection, filters: Filters | None = None, *,
                    as_of: dt.datetime | None = None) -> pd.DataFrame:
    """Projects counted under `filters`, newest first, traceable to file and row.

    Columns: reference, company, d (date realised), project_kind, pillar, country, sector,
    theme, partner, new_jobs, retained_jobs, investment_eur, contract_value_eur, lead_source,
    lead_reference, ema_brexit, upload_id, file_name, quarter, source_row.
    """
    return con.execute(f"""
        SELECT p.reference, p.company, p.d, p.project_kind, p.pillar, p.country, p.sector,
               p.theme, p.partner, p.new_jobs, p.retained_jobs, p.investment_eur,
               p.contract_value_eur, p.lead_source, p.lead_reference, p.ema_brexit,
               p.upload_id, u.file_name, u.quarter, p.source_row
        FROM {facts.projects(con, as_of)} p JOIN uploads u USING (upload_id)
        WHERE {where(filters)}
        ORDER BY p.d DESC, p.reference""").df()


def lead_records(con: duckdb.DuckDBPyConnection, mission_reference: str | None = None,
                 filters: Filters | None = None, *, as_of: dt.datetime | None = None
                 ) -> pd.DataFrame:
    """Leads counted under `filters` (optionally of one mission), traceable to file and row.

    Columns: mission_reference, company, country, sector, pillar, status, expected_jobs,
    expected_value_eur, ema_brexit, d (mission start), file_name, quarter, source_row.
    """
    mission = "TRUE" if mission_reference is None else (
        f"l.mission_key = lower({lit(mission_reference)})")
    return con.execute(f"""
        SELECT l.mission_reference, l.company, l.country, l.sector, l.pillar, l.status,
               l.expected_jobs, l.expected_value_eur, l.ema_brexit, l.d, u.file_name,
               u.quarter, l.source_row
        FROM {facts.leads(con, as_of)} l JOIN uploads u USING (upload_id)
        WHERE {where(filters)} AND {mission}
        ORDER BY l.mission_key, l.company""").df()
