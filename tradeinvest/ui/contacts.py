"""The team's view of contacts with their contact persons (Countries page drill-down).

Shown only to roles with `view_contacts` (coordinator, team); a governor gets no section at
all, and `measure.persons.contact_list` refuses them even if this check were skipped. The rows
are read per run, never through the shared `st.cache_data` cache, so personal details are
not kept in memory that other sessions could reach; there is no CSV download of them.
"""

from __future__ import annotations

import pandas as pd
import streamlit as st

from tradeinvest import access, vocab
from tradeinvest import measure as m
from tradeinvest.measure import persons
from tradeinvest.reporting import fmt
from tradeinvest.reporting.labels import label
from tradeinvest.texts import t
from tradeinvest.ui import state
from tradeinvest.ui.filters import Selection
from tradeinvest.ui.widgets import blank_missing

COLUMNS = {"d": "col_d", "company": "col_company", "sector": "col_sector",
           "contact_kind": "kind", "person_name": "contacts_col_person",
           "person_email": "contacts_col_email", "person_phone": "contacts_col_phone",
           "source": "col_source"}  # column -> catalogue key of its header


def section(sel: Selection, f: m.Filters) -> None:
    """Contacts of the drilled-into selection in the period, with person details."""
    p = state.principal()
    if p is None or not access.allowed(p.role, access.VIEW_CONTACTS):
        return
    st.subheader(t("contacts", sel.lang))
    st.caption(t("contacts_persons_note", sel.lang))
    cur = state.cursor()
    try:
        data = persons.contact_list(cur, p, f.period(sel.year, sel.quarter, year_to_date=True))
    finally:
        cur.close()
    if data.empty:
        st.caption(t("contacts_none", sel.lang))
        return
    shown = data.assign(
        d=[fmt.date(pd.Timestamp(v).date(), sel.lang) for v in data["d"]],
        sector=[label("sector", v, sel.lang) for v in data["sector"]],
        contact_kind=[vocab.label_of(vocab.CONTACT_KINDS, v, sel.lang)
                      for v in data["contact_kind"]],
        source=[f"{a} · {b} · {t('row', sel.lang)} {r}" for a, b, r in
                zip(data["file_name"], data["quarter"], data["source_row"], strict=True)])
    columns = {column: t(key, sel.lang) for column, key in COLUMNS.items()}
    st.dataframe(blank_missing(shown[list(columns)]).rename(columns=columns), hide_index=True,
                 width="stretch", key="contacts_persons",
                 column_config={columns["person_email"]: st.column_config.TextColumn(
                     width=280)})  # an address must be readable whole
