"""The investor's confirmation on a drill-down (issue 17, item 2): the year's confirmed and
contribution-weighted jobs beside (never instead of) the headline, every project's status, and
for the coordinator the letter to download and the form to enter the answers.

Who sees what (tradeinvest.access): the coordinator (the only role with CHANGE) gets the
letter and the form; team and governors see the figures and statuses read-only (answers name
companies, not persons, so nothing here is for the team only). The server guard is
`state.write`, whatever is shown.
"""

from __future__ import annotations

import datetime as dt

import pandas as pd
import streamlit as st

from tradeinvest import access
from tradeinvest.loading.confirmations import (
    BANDS,
    STATUSES,
    Confirmation,
    load_answers,
    set_confirmation,
)
from tradeinvest.measure import Filters
from tradeinvest.measure import confirmations as m_conf
from tradeinvest.reporting import fmt
from tradeinvest.reporting.letters import confirmation_letter, letter_file_name
from tradeinvest.reporting.report_pdf import PDF_MIME
from tradeinvest.texts import LANGUAGES, t
from tradeinvest.ui import flash, loading, state, widgets
from tradeinvest.ui.filters import Selection

FLASH = "confirmation_flash"
ANSWERED = ("confirmed", "disputed")
COLUMNS = {"reference": "reference", "company": "company", "d": "letter_landed",
           "new_jobs": "new_jobs", "status": "confirmation_status",
           "band": "confirmation_band", "weight": "confirmation_weight"}


def may_edit() -> bool:
    """Whether the signed-in role may enter answers (access.CHANGE: the coordinator)."""
    who = state.principal()
    return who is not None and access.allowed(who.role, access.CHANGE)


def _figures(year: int, f: Filters, lang: str) -> None:
    s = state.measure(m_conf.confirmation_summary, year, f.without_period())
    a, b, c = st.columns(3)
    a.metric(t("confirmation_confirmed_jobs", lang), fmt.number(s["confirmed_jobs"], 0, lang),
             None if s["confirmed_share"] is None else t(
                 "confirmation_share_of_jobs", lang,
                 share=fmt.percent(s["confirmed_share"], 0, lang)),
             delta_color="off", delta_arrow="off")
    b.metric(t("confirmation_weighted_jobs", lang),
             fmt.number(s["contribution_weighted_jobs"], 0, lang),
             help=t("confirmation_weighted_help", lang))
    c.metric(t("confirmation_asked", lang), " / ".join(
        fmt.number(s[k], 0, lang) for k in ("asked_projects", "confirmed_projects",
                                             "disputed_projects")))


def _band(code: object, lang: str) -> str:
    return t(f"band_{code}", lang) if isinstance(code, str) else ""


def _statuses(projects: pd.DataFrame, lang: str) -> None:
    shown = projects[list(COLUMNS)].assign(
        d=[fmt.date(pd.Timestamp(d).date(), lang) for d in projects["d"]],
        status=[t(f"confirmation_status_{s}", lang) for s in projects["status"]],
        band=[_band(b, lang) for b in projects["band"]])
    widgets.table(shown, "bevestigingen", lang, {c: t(k, lang) for c, k in COLUMNS.items()})


def section(sel: Selection, f: Filters) -> None:
    """The confirmation section of the selected year and filters."""
    lang = sel.lang
    st.subheader(t("confirmation_section", lang))
    st.caption(t("confirmation_intro", lang))
    if sel.quarter is not None:  # the year's projects, whatever quarter is chosen: say so
        st.caption(t("confirmation_whole_year", lang, year=sel.year))
    flash.show(FLASH)
    projects = state.measure(m_conf.projects, f.without_period().period(sel.year))
    _figures(sel.year, f, lang)
    if projects.empty:
        widgets.empty(lang, t("confirmation_no_projects", lang))
        return
    _statuses(projects, lang)
    if may_edit():
        _editor(projects, sel, lang)
        _upload(lang)


def _upload(lang: str) -> None:
    """Answers of many projects from a sheet (loading.confirmations.load_answers)."""
    st.markdown(f"**{t('confirmation_upload', lang)}**")
    file = st.file_uploader(t("confirmation_upload", lang), type=["xlsx", "xls", "csv"],
                            help=t("confirmation_upload_help", lang), key="conf_upload",
                            label_visibility="collapsed")
    st.caption(t("confirmation_upload_help", lang))
    if file is None or not st.button(t("confirmation_upload_button", lang),
                                     key="conf_upload_save"):
        return
    count = loading.write(lang, load_answers, file.getvalue(), file.name, state.user())
    if count is not None:
        flash.after_rerun(FLASH, t("confirmation_uploaded", lang, count=count))


def _editor(projects: pd.DataFrame, sel: Selection, lang: str) -> None:
    """Pick a project: its letter to download and the form for its answers."""
    st.markdown(f"**{t('confirmation_edit', lang)}**")
    refs = list(projects["reference"])
    companies = dict(zip(refs, projects["company"], strict=True))
    left, right = st.columns([3, 1])
    ref = left.selectbox(t("confirmation_project", lang), refs, key="conf_project",
                         format_func=lambda r: f"{r} · {companies[r]}")
    letter_lang = right.radio(t("confirmation_letter_language", lang), LANGUAGES,
                              index=LANGUAGES.index(lang), key="conf_letter_lang",
                              format_func=lambda x: t(f"language_{x}", x), horizontal=True)
    names = state.country_names(letter_lang)
    widgets.download(t("confirmation_letter_download", lang),
                     lambda: confirmation_letter(state.read(m_conf.letter_facts, ref),
                                                 letter_lang, names),
                     letter_file_name(ref, letter_lang), "conf_letter", lang, mime=PDF_MIME)
    row = projects.set_index("reference").loc[ref]
    answer = _form(ref, row, lang)
    if answer is not None and loading.write(lang, set_confirmation, answer,
                                            state.user()) is not None:
        flash.after_rerun(FLASH, t("confirmation_saved", lang, reference=ref, status=t(
            f"confirmation_status_{answer.status}", lang)))


def _known(value: object) -> object:
    return None if value is None or pd.isna(value) else value


def _yes_no(label: str, value: object, key: str, lang: str) -> bool | None:
    options = [None, True, False]
    shown = {None: t("confirmation_unanswered", lang), True: t("letter_yes", lang),
             False: t("letter_no", lang)}
    return st.radio(label, options, index=options.index(_known(value)), key=key,
                    format_func=shown.get, horizontal=True)


def _form(ref: str, row: pd.Series, lang: str) -> Confirmation | None:
    """The answers of one project as entered (None until saved). Answers count only with a
    confirmed or disputed status; for another status they are left empty."""
    def day(value: object) -> dt.date | None:
        value = _known(value)
        return None if value is None else pd.Timestamp(value).date()

    with st.form(f"conf_form_{ref}"):
        a, b, c = st.columns(3)
        status = a.selectbox(t("confirmation_status", lang), STATUSES,
                             index=STATUSES.index(row["status"]), key=f"conf_status_{ref}",
                             format_func=lambda s: t(f"confirmation_status_{s}", lang))
        asked_on = b.date_input(t("confirmation_asked_on", lang), day(row["asked_on"]),
                                format="DD-MM-YYYY", key=f"conf_asked_{ref}")
        answered_on = c.date_input(t("confirmation_answered_on", lang),
                                   day(row["answered_on"]), format="DD-MM-YYYY",
                                   key=f"conf_answered_{ref}")
        bands = [None, *BANDS]
        band = st.selectbox(t("letter_q_band", lang), bands,
                            index=bands.index(_known(row["band"])), key=f"conf_band_{ref}",
                            format_func=lambda x: _band(x, lang) if x
                            else t("confirmation_unanswered", lang))
        prerequisite = _yes_no(t("letter_q_prerequisite", lang), row["prerequisite"],
                               f"conf_pre_{ref}", lang)
        faster = _yes_no(t("letter_q_faster", lang), row["faster"], f"conf_fast_{ref}", lang)
        if not st.form_submit_button(t("confirmation_save", lang)):
            return None
    answered = status in ANSWERED
    return Confirmation(ref, status, asked_on, band if answered else None,
                        prerequisite if answered else None, faster if answered else None,
                        answered_on if answered else None)
