"""The source rows behind a figure: each with the file, quarter and spreadsheet row it came from,
and beside the stored values what the file said (migration 007): the note kept from the file's
own columns (`note`) and the values as typed where cleaning changed them (`as_typed`, e.g.
"Aantal banen (3 jaar): ca. 30"); `row_origins` gives one row's every field with its header.

Grain: one counted project (the latest upload wins per reference, as in every measure).
"""

from __future__ import annotations

import datetime as dt

import duckdb
import pandas as pd

from tradeinvest.measure import facts
from tradeinvest.measure.filters import Filters, lit, where

NOTE_FIELD = "note"  # upload_raw_values.field of a kept note (loading.trace.NOTE_FIELD)


def _as_typed(sheet: str) -> str:
    """Per (upload_id, source_row) of `sheet`: its kept note and its values as typed, each
    named by the file's header (the field's name when the file had none for it)."""
    return f"""(SELECT r.upload_id, r.source_row,
                   string_agg(r.raw, ' ' ORDER BY r.raw) FILTER (r.field = '{NOTE_FIELD}')
                       AS note,
                   string_agg(coalesce(o.header, r.field) || ': ' || r.raw, '; '
                              ORDER BY r.field) FILTER (r.field <> '{NOTE_FIELD}') AS as_typed
                FROM upload_raw_values r
                LEFT JOIN upload_origins o USING (upload_id, sheet, field)
                WHERE r.sheet = {lit(sheet)}
                GROUP BY r.upload_id, r.source_row)"""


def project_records(con: duckdb.DuckDBPyConnection, filters: Filters | None = None, *,
                    as_of: dt.datetime | None = None) -> pd.DataFrame:
    """Projects counted under `filters`, newest first, traceable to file and row.

    Columns: reference, company, d (date realised), project_kind, pillar, country, sector,
    theme, partner, new_jobs, retained_jobs, investment_eur, contract_value_eur, lead_source,
    lead_reference, ema_brexit, upload_id, file_name, quarter, source_row, note, as_typed.
    """
    return con.execute(f"""
        SELECT p.reference, p.company, p.d, p.project_kind, p.pillar, p.country, p.sector,
               p.theme, p.partner, p.new_jobs, p.retained_jobs, p.investment_eur,
               p.contract_value_eur, p.lead_source, p.lead_reference, p.ema_brexit,
               p.upload_id, u.file_name, u.quarter, p.source_row, t.note, t.as_typed
        FROM {facts.projects(con, as_of)} p JOIN uploads u USING (upload_id)
        LEFT JOIN {_as_typed("projects")} t USING (upload_id, source_row)
        WHERE {where(filters)}
        ORDER BY p.d DESC, p.reference""").df()


def lead_records(con: duckdb.DuckDBPyConnection, mission_reference: str | None = None,
                 filters: Filters | None = None, *, as_of: dt.datetime | None = None
                 ) -> pd.DataFrame:
    """Leads counted under `filters` (optionally of one mission), traceable to file and row.

    Columns: mission_reference, company, country, sector, pillar, status, expected_jobs,
    expected_value_eur, ema_brexit, d (mission start), upload_id, file_name, quarter,
    source_row, note, as_typed.
    """
    mission = "TRUE" if mission_reference is None else (
        f"l.mission_key = lower({lit(mission_reference)})")
    return con.execute(f"""
        SELECT l.mission_reference, l.company, l.country, l.sector, l.pillar, l.status,
               l.expected_jobs, l.expected_value_eur, l.ema_brexit, l.d, l.upload_id,
               u.file_name, u.quarter, l.source_row, t.note, t.as_typed
        FROM {facts.leads(con, as_of)} l JOIN uploads u USING (upload_id)
        LEFT JOIN {_as_typed("leads")} t USING (upload_id, source_row)
        WHERE {where(filters)} AND {mission}
        ORDER BY l.mission_key, l.company""").df()


def row_origins(con: duckdb.DuckDBPyConnection, upload_id: int, sheet: str,
                source_row: int) -> pd.DataFrame:
    """Where one source row's values came from (`sheet`: the sheet spec, e.g. 'projects',
    'leads'): per field the file's header it was read from, or how it was given ('constant'
    with its value, 'derived' by a rule), and the text as typed where cleaning changed it; the
    kept note as field 'note'. Columns: field, how, header, value, raw. Empty for an upload
    loaded before origins were kept."""
    return con.execute(f"""
        SELECT field, o.how, o.header, o.value, r.raw
        FROM (SELECT * FROM upload_origins WHERE upload_id = $id AND sheet = $sheet) o
        FULL JOIN (SELECT * FROM upload_raw_values WHERE upload_id = $id AND sheet = $sheet
                   AND source_row = $row AND field <> '{NOTE_FIELD}') r USING (field)
        UNION ALL
        SELECT field, NULL, NULL, NULL, raw FROM upload_raw_values
        WHERE upload_id = $id AND sheet = $sheet AND source_row = $row
          AND field = '{NOTE_FIELD}'
        ORDER BY field""", {"id": upload_id, "row": source_row, "sheet": sheet}).df()
