"""Contacts with their contact persons: the one read of personal details, for the team.

Personal details sit apart in `contact_persons` and no KPI, chart, report or export reads
them; this module is the only place that joins them back, and it checks the role itself
(`access.VIEW_CONTACTS`), so a governor's session cannot get them even through a page bug.
"""

from __future__ import annotations

import duckdb
import pandas as pd

from tradeinvest import access
from tradeinvest.measure import facts
from tradeinvest.measure.filters import Filters, where


def contact_list(con: duckdb.DuckDBPyConnection, principal: access.Principal | None,
                 filters: Filters | None = None) -> pd.DataFrame:
    """Contacts that count now under `filters`, newest first, with person name, e-mail and
    phone. Raises AccessDenied for a role without `view_contacts`.

    Columns: d, company, country, sector, pillar, contact_kind, channel, person_name,
    person_email, person_phone, file_name, quarter, source_row.
    """
    access.require(principal, access.VIEW_CONTACTS)
    return con.execute(f"""
        SELECT c.d, c.company, c.country, c.sector, c.pillar, c.contact_kind, c.channel,
               p.person_name, p.person_email, p.person_phone, u.file_name, u.quarter,
               c.source_row
        FROM {facts.contacts(con)} c
        LEFT JOIN contact_persons p USING (upload_id, source_row)
        JOIN uploads u USING (upload_id)
        WHERE {where(filters)}
        ORDER BY c.d DESC, c.company""").df()
