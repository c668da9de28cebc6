"""Traceability in the source-row listings (the Countries, Sectors and Missions drill-downs):
beside what was stored, the note kept from the file and the values as typed where cleaning
changed them; and for one chosen row, per field the file's header it was read from, or the one
value given for the whole file, or the rule that derived it (a generated reference)."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import streamlit as st

from tradeinvest import access
from tradeinvest.loading import mapping_fields
from tradeinvest.measure import records
from tradeinvest.reporting import fmt
from tradeinvest.reporting.labels import DIMENSION_VOCAB, label
from tradeinvest.texts import t
from tradeinvest.ui import auth, state, widgets

TRACE_COLUMNS = {"note": "trace_note", "as_typed": "trace_as_typed"}
_STORED_AS = {"date_realised": "d"}  # field -> its column in the listing where named apart


def trace_columns(data: pd.DataFrame) -> dict[str, str]:
    """The listing's trace columns (column -> catalogue key) that any of its rows fills: a
    listing of template uploads shows none of them. The kept note is free text that may name
    people: shown only to a role that may see contact details."""
    return {c: k for c, k in TRACE_COLUMNS.items() if c in data and data[c].notna().any()
            and (c != "note" or auth.can(access.VIEW_CONTACTS))}


def row_detail(data: pd.DataFrame, kind: str, spec: str, choice: list[str], key: str,
               lang: str) -> None:
    """One listed row (picked by `choice`, its label per row) field by field: what was stored
    and where it came from in the file."""
    if data.empty:
        return
    with st.expander(t("trace_title", lang)):
        i = st.selectbox(t("trace_pick", lang), range(len(data)), format_func=choice.__getitem__,
                         key=f"trace_{key}")
        row = data.iloc[i]
        origins = state.measure(records.row_origins, int(row["upload_id"]), spec,
                                int(row["source_row"]))
        if not auth.can(access.VIEW_CONTACTS):  # the kept note: see trace_columns
            origins = origins[origins["field"] != records.NOTE_FIELD]
        if origins.empty:
            st.caption(t("trace_none", lang))
            return
        sheet = next(s for s in mapping_fields.sheets(kind) if s.spec == spec)
        names = {f.name: f for f in sheet.fields}
        order = {name: i for i, name in enumerate(names)}  # template order, the note last
        origins = origins.sort_values("field", key=lambda c: c.map(order).fillna(len(order)))
        countries = state.country_names(lang)
        note = origins["field"] == records.NOTE_FIELD  # stored as typed: once is enough
        shown = pd.DataFrame({
            "field": [names[f].label.text(lang) if f in names else t("trace_note", lang)
                      for f in origins["field"]],  # a field the template lacks: the note
            "stored": [_stored(row, f, lang, countries) for f in origins["field"]],
            "from": [_source(o, names, lang) for o in origins.itertuples()],
            "raw": origins["raw"].where(~note, None)})
        widgets.table(shown, f"{key}_herkomst", lang,
                      {c: t(f"trace_col_{c}", lang) for c in shown.columns})


def _stored(row: pd.Series, field: str, lang: str, countries: dict[str, str]) -> str:
    """What the listing row stored for `field`, as the pages write it (a label, a date, a
    number in the reader's format)."""
    value = row.get(_STORED_AS.get(field, field))
    if value is None or (not isinstance(value, str) and pd.isna(value)):
        return ""
    if field == "country" or field in DIMENSION_VOCAB:
        return label(field, value, lang, countries)
    if isinstance(value, dt.date | pd.Timestamp):
        return fmt.date(pd.Timestamp(value).date(), lang)
    if isinstance(value, int | float) and not isinstance(value, bool):
        return fmt.number(value, 0 if float(value).is_integer() else 2, lang)
    return str(value)


def _source(origin: object, names: dict[str, mapping_fields.Field], lang: str) -> str:
    """Where one field came from: the file's header, the value given for the whole file, the
    rule that derived it, or (a kept note) the file's own columns."""
    how, header, value, field = (getattr(origin, n) for n in ("how", "header", "value", "field"))
    if field == records.NOTE_FIELD:
        return t("trace_from_note", lang)
    if how == "header":
        return t("trace_from_header", lang, header=header)
    if how == "constant":
        return t("trace_from_constant", lang, value=value)
    if how == "derived":
        rule = names[field].derived if field in names else None
        return t("trace_from_rule", lang, rule=rule.text(lang) if rule else "")
    return ""
