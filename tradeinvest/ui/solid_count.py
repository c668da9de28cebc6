"""The Overview's "how solid is the count" section (issue 17): for governors, the headline's
expected jobs beside follow-up, the investors' confirmations and the evidence; for the team,
which of the year's projects miss which evidence. Figures: measure/solid_count.py."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from tradeinvest.loading import evidence as evidence_edits
from tradeinvest.measure import evidence as m_evidence
from tradeinvest.measure import solid_count as m_solid
from tradeinvest.reporting import fmt
from tradeinvest.texts import t
from tradeinvest.ui import filters, state, widgets
from tradeinvest.ui.safe import md

SHOWN = ["year", "new_jobs", "expected_jobs_followed", "realised_jobs", "realisation_share",
         "jobs_lost", "confirmed_share", "evidence_complete_share"]


def column_labels(lang: str) -> dict[str, str]:
    """The section's table headers."""
    return {c: t(f"solid_col_{c}", lang) for c in (*SHOWN, "company", "country", "partner",
                                                  "missing", "evidence", "reference")}


def _metrics(years: pd.DataFrame, year: int, lang: str) -> None:
    """Evidence-complete and confirmed share of the year's jobs; realisation of the latest
    landing year with follow-up."""
    row = years[years["year"] == year]
    now = row.iloc[0] if not row.empty else None
    c1, c2, c3 = st.columns(3)
    if now is not None:
        c1.metric(t("solid_evidence_complete", lang),
                  fmt.percent(now["evidence_complete_share"], 0, lang),
                  t("solid_of_jobs", lang, jobs=fmt.number(now["evidence_complete_jobs"], 0, lang),
                    total=fmt.number(now["new_jobs"], 0, lang)),
                  delta_color="off", delta_arrow="off")
        c2.metric(t("solid_confirmed", lang), fmt.percent(now["confirmed_share"], 0, lang),
                  t("solid_of_jobs", lang, jobs=fmt.number(now["confirmed_jobs"], 0, lang),
                    total=fmt.number(now["new_jobs"], 0, lang)),
                  delta_color="off", delta_arrow="off")
    followed = years[(years["projects_followed"].fillna(0) > 0) & (years["year"] <= year)]
    if followed.empty:
        c3.metric(t("solid_realised", lang), fmt.MISSING)
        c3.caption(t("solid_no_follow_up", lang))
        return
    last = followed.iloc[-1]
    c3.metric(t("solid_realised", lang), fmt.percent(last["realisation_rate"], 0, lang),
              t("solid_realised_delta", lang, year=int(last["year"]),
                realised=fmt.number(last["realised_jobs"], 0, lang),
                expected=fmt.number(last["expected_jobs_followed"], 0, lang)),
              delta_color="off", delta_arrow="off")


def gaps_table(sel: filters.Selection) -> None:
    """The year's projects that miss a counting evidence item, most jobs first."""
    lang = sel.lang
    gaps = state.measure(m_evidence.evidence_gaps, sel.year, sel.filters())
    items = {i.code: (i.label_en if lang == "en" else i.label_nl)
             for i in state.measure(m_evidence.checklist)}
    with st.expander(t("solid_gaps_title", lang, year=sel.year, count=len(gaps))):
        if gaps.empty:
            st.caption(t("solid_gaps_none", lang))
            return
        shown = gaps.assign(missing=[", ".join(items.get(c, c) for c in codes)
                                     for codes in gaps["missing"]])
        widgets.table(shown[["reference", "company", "country", "partner", "new_jobs",
                             "missing", "evidence"]], "bewijs_ontbreekt", lang,
                      column_labels(lang))


def section(sel: filters.Selection) -> None:
    """The whole section for the selected year and filters."""
    lang = sel.lang
    st.subheader(t("solid_title", lang))
    st.caption(t("solid_intro", lang))
    years = state.measure(m_solid.solid_by_year, sel.filters(), sel.year)
    _metrics(years, sel.year, lang)
    numbers = years.assign(realisation_share=years["realisation_rate"])[SHOWN]
    shown = numbers.assign(year=numbers["year"].astype(str))  # a year, not 2.024
    widgets.table(shown, "hoe_solide", lang, column_labels(lang), numbers=numbers)
    st.caption(t("solid_headline_unchanged", lang))
    gaps_table(sel)


def checklist_editor(lang: str) -> None:
    """The Settings page's evidence checklist: edit, add or remove items (coordinator only,
    audited by `loading.evidence.save_checklist`)."""
    st.subheader(t("settings_evidence", lang))
    st.caption(t("settings_evidence_help", lang))
    table = state.read(evidence_edits.checklist_table)
    config = {c: (st.column_config.CheckboxColumn(t(f"evidence_col_{c}", lang)) if c == "counts"
                  else st.column_config.TextColumn(t(f"evidence_col_{c}", lang)))
              for c in evidence_edits.COLUMNS}
    edited = st.data_editor(table, num_rows="dynamic", hide_index=True, key="edit_evidence",
                            width="stretch", column_config=config)
    if st.button(t("save", lang), key="save_evidence"):
        problems = state.write(evidence_edits.save_checklist, edited, state.user())
        if problems:
            st.error(t("not_saved", lang, problems="; ".join(md(p.text(lang)) for p in problems)))
        else:
            st.success(t("saved", lang))
