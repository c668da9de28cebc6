"""The follow-up page's sections (Nazorg): realised against expected jobs of the landed projects
(figures for the year, a table per landing year, country, sector or project kind), the
follow-ups due in a quarter (who follows up which company at which moment), and the
coordinator's form that enters one follow-up. The page decides who sees the form; the server
refuses anyone else anyway (`ui.loading.write`)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import pandas as pd
import streamlit as st

from tradeinvest import vocab
from tradeinvest.measure import outcomes as m_outcomes
from tradeinvest.measure.filters import Filters
from tradeinvest.reporting import fmt
from tradeinvest.reporting.labels import label
from tradeinvest.texts import t
from tradeinvest.ui import flash, loading, state, widgets

FLASH = "follow_up_flash"
_SOURCES = [term.code for term in vocab.FOLLOW_UP_SOURCES]
_TABLE = ("projects_landed", "projects_followed", "expected_jobs_followed", "realised_jobs",
          "realisation_share", "jobs_lost", "gross_jobs")


def _labels(lang: str) -> dict[str, str]:
    """Headers of the follow-up tables (screen and CSV)."""
    keys = ("projects_landed", "projects_followed", "expected_jobs_followed", "realised_jobs",
            "realisation_share", "jobs_lost", "gross_jobs", "landed", "months", "due_month",
            "year")
    return {k: t(f"fu_col_{k}", lang) for k in keys}


def summary(figures: dict[str, float | None], year: int, lang: str) -> None:
    """The year's follow-up figures as metrics, beside (never instead of) the headline."""
    st.subheader(t("fu_summary_title", lang, year=year))
    if not figures["projects_followed"]:
        widgets.empty(lang, t("fu_none_followed", lang, year=year))
        return
    rate = figures["realisation_rate"]
    cols = st.columns(4)
    cols[0].metric(t("fu_col_realised_jobs", lang), fmt.number(figures["realised_jobs"], 0, lang),
                   help=t("fu_help_realised", lang))
    cols[1].metric(t("fu_col_realisation_share", lang),
                   "–" if rate is None else fmt.percent(rate, 0, lang),
                   help=t("fu_help_rate", lang))
    cols[2].metric(t("fu_col_jobs_lost", lang), fmt.number(figures["jobs_lost"], 0, lang),
                   help=t("fu_help_lost", lang))
    cols[3].metric(t("fu_col_gross_jobs", lang), fmt.number(figures["gross_jobs"], 0, lang),
                   help=t("fu_help_gross", lang))
    st.caption(t("fu_summary_caption", lang,
                 followed=fmt.number(figures["projects_followed"], 0, lang),
                 landed=fmt.number(figures["projects_landed"], 0, lang),
                 expected=fmt.number(figures["expected_jobs_followed"], 0, lang)))


def realisation_table(frame: pd.DataFrame, by: str, names: dict[str, str], lang: str) -> None:
    """Realisation per group of `by` (the rows of `measure.outcomes.realisation_by`)."""
    if frame.empty:
        widgets.empty(lang, t("fu_no_follow_ups", lang))
        return
    shown = frame.rename(columns={"realisation_rate": "realisation_share"})
    shown["realisation_share"] = shown["realisation_share"].astype("Float64")
    numbers = shown[[by, *_TABLE]] if by == "year" else None  # the CSV keeps the year a number
    shown[by] = (shown[by].astype(str) if by == "year"  # 2018, not "2.018"
                 else [label(by, v, lang, names) for v in shown[by]])
    widgets.table(shown[[by, *_TABLE]], f"nazorg_{by}", lang,
                  {**_labels(lang), by: t(f"fu_by_{by}", lang)}, numbers=numbers)


def due_section(today: dt.date, filters: Filters, names: dict[str, str], lang: str) -> None:
    """The follow-ups due in a quarter (this one unless another is chosen): who (partner,
    country team), which company, which moment and month."""
    head = st.container()  # the title names the quarter chosen below it
    year, quarter = _pick_quarter(today, lang)
    label_q = f"{year}Q{quarter}"
    head.subheader(t("fu_due_title", lang, quarter=label_q))
    due = state.measure(m_outcomes.follow_ups_due, year, quarter, filters)
    if due.empty:
        widgets.empty(lang, t("fu_due_none", lang, quarter=label_q))
        return
    shown = due.assign(
        country=[label("country", v, lang, names) for v in due["country"]],
        partner=[label("partner", v, lang) for v in due["partner"]],
        landed=[fmt.date(pd.Timestamp(d).date(), lang) for d in due["landed"]],
        due_month=[fmt.month(pd.Timestamp(d).date(), lang) for d in due["due_month"]])
    widgets.table(shown[["due_month", "reference", "company", "partner", "country", "landed",
                         "months", "new_jobs"]], f"nazorg_due_{label_q}", lang, _labels(lang))
    st.caption(t("fu_due_caption", lang))


def entry_form(lang: str, save: Callable[..., Any]) -> None:
    """The coordinator's form for one follow-up; `save(con, reference, months, actual_jobs,
    figure_date, source, user, note=...)` (loading.follow_up.add_follow_up)."""
    with st.expander(t("fu_entry_title", lang)), st.form("fu_entry", clear_on_submit=False):
        left, mid, right = st.columns(3)
        reference = left.text_input(t("fu_col_reference", lang), key="fu_reference")
        months = mid.selectbox(t("fu_col_months", lang), vocab.FOLLOW_UP_MONTHS,
                               key="fu_months")
        jobs = right.number_input(t("fu_col_actual_jobs", lang), min_value=0.0, value=0.0,
                                  step=1.0, key="fu_jobs")
        left, mid, right = st.columns(3)
        day = left.date_input(t("fu_col_figure_date", lang), dt.date.today(),
                              format="DD-MM-YYYY", key="fu_date")
        source = mid.selectbox(
            t("fu_col_source", lang), _SOURCES, key="fu_source",
            format_func=lambda c: vocab.label_of(vocab.FOLLOW_UP_SOURCES, c, lang))
        note = right.text_input(t("fu_col_note", lang), key="fu_note")
        submitted = st.form_submit_button(t("fu_entry_save", lang))
    if submitted:
        result = loading.write(lang, save, reference, int(months), float(jobs), day, source,
                               state.user(), note=note or None)
        if result is not None:
            flash.after_rerun(FLASH, t("fu_entry_saved", lang, reference=reference.strip(),
                                       months=months, upload=result.upload_id))


def pick_by(lang: str, choices: tuple[str, ...]) -> str:
    """Which breakdown the realisation table shows (landing year, country, sector, kind)."""
    return st.segmented_control(t("fu_by", lang), choices, default=choices[0],
                                format_func=lambda b: t(f"fu_by_{b}", lang),
                                key="fu_by") or choices[0]


def _pick_quarter(today: dt.date, lang: str) -> tuple[int, int]:
    """The quarter whose due follow-ups are listed: this quarter unless another is chosen."""
    year, quarter = today.year, (today.month - 1) // 3 + 1
    left, right, _ = st.columns([1, 1, 3])
    years = list(range(year - 8, year + 2))
    year = left.selectbox(t("year", lang), years, index=years.index(year), key="fu_due_year")
    quarter = right.selectbox(t("quarter", lang), (1, 2, 3, 4), index=quarter - 1,
                              format_func=lambda q: f"Q{q}", key="fu_due_quarter")
    return int(year), int(quarter)
