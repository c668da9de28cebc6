"""Page sections for plan versus reality, shared by the Countries, Plans and Calendar pages.

Each section asks the measure layer and draws; data changes are on the pages, through
`ui.loading` (access rules apply; a refusal is shown as a message, not a crash).
"""

from __future__ import annotations

import pandas as pd
import streamlit as st

from tradeinvest import measure as m
from tradeinvest.loading import kinds
from tradeinvest.measure import plans as m_plans
from tradeinvest.reporting import fmt, plan_charts
from tradeinvest.reporting.labels import label, plan_labelled
from tradeinvest.texts import t
from tradeinvest.ui import state, widgets
from tradeinvest.ui.filters import Selection
from tradeinvest.ui.safe import md

_PLAN_COLUMNS = ("label", "plan", "actual", "share", "gap")


def _plan_columns(lang: str) -> dict[str, str]:
    """The headers of the plan-and-actual table and its CSV."""
    return {c: t(f"plan_column_{c}", lang) for c in _PLAN_COLUMNS}


def country_plan(sel: Selection, country: str, names: dict[str, str],
                 note_filters: bool = True) -> None:
    """The country team's plan for the selected year against what was realised. A plan is for
    a whole country and year, so with `note_filters` it says which sidebar filters it leaves
    out (on a page that says so itself, pass False)."""
    lang = sel.lang
    if sel.year is None:
        return
    name = names.get(country, country)
    st.subheader(t("plan_heading", lang, year=sel.year))
    ignored = [t(n, sel.lang).lower() for n in ("quarter", "pillar", "sector", "partner")
               if getattr(sel, n) is not None]
    if note_filters and ignored:
        st.info(t("plan_filters_ignored", lang, filters=", ".join(ignored)))
    frame = state.measure(m_plans.plan_vs_actual, sel.year, country)
    if frame.empty:
        st.caption(t("plan_none", lang, name=name, year=sel.year))
        return
    plans = state.measure(m_plans.country_plans, sel.year)
    row = plans[plans["country"] == country].iloc[0]
    parts = [f"{t('pillar', lang)}: {label('pillar', row.pillar, lang)}"]
    for column in ("regions", "activities", "team"):
        if isinstance(row[column], str) and row[column]:
            parts.append(f"{t(f'plan_{column}', lang)}: {md(row[column])}")
    st.caption(" · ".join(parts))
    quarters = state.measure(m_plans.quarters_with_results, sel.year)
    if quarters < 4:
        st.caption(t("plan_quarters_loaded", lang, quarters=quarters))
    left, right = st.columns(2)  # the table needs half: at 2/5 its last column was cut
    frame = plan_labelled(frame, lang)
    numbers = frame[list(_PLAN_COLUMNS)]
    with left:
        widgets.chart(plan_charts.share_of_plan(
            frame, t("plan_chart_title", lang, name=name, year=sel.year), lang),
            numbers, f"landenplan_{country}", lang, _plan_columns(lang))
    with right:
        shown = numbers.assign(plan=[fmt.number(v, 0, lang) for v in frame["plan"]],
                               share=[fmt.percent(v, 0, lang) for v in frame["share"]],
                               gap=[fmt.signed(v, 0, lang) for v in frame["gap"]])
        widgets.table(shown, f"landenplan_tabel_{country}", lang, _plan_columns(lang),
                      numbers=numbers)


def plans_editor_frame(plans: pd.DataFrame, lang: str) -> pd.DataFrame:
    """The year's plans as the editor shows them: pillar as its label, targets as numbers."""
    frame = plans.reindex(columns=kinds.columns("country_plans"))
    frame["pillar"] = [label("pillar", p, lang) if isinstance(p, str) else None
                       for p in frame["pillar"]]
    return frame


def view_target_banner(sel: Selection, target: m_plans.ViewTarget, new_jobs: float,
                       through: str, names: dict[str, str]) -> None:
    """The headline of a filtered view: its new jobs against the country's own plan target,
    or plainly that no target fits the view; never the regional target (a part of the
    region measured against the whole region reads as failure)."""
    lang = sel.lang
    jobs = fmt.number(new_jobs, 0, lang)
    name = names.get(target.country or "", target.country or "")
    if target.kind == "country_plan" and target.target:
        st.info(t("plan_target_banner", lang, name=name, jobs=jobs, through=through,
                  year=sel.year, goal=fmt.number(target.target, 0, lang),
                  share=fmt.percent(m.share_of(new_jobs, target.target), 0, lang)))
        return
    own_plan = target.country and not any((sel.pillar, sel.sector, sel.partner))
    why = (t("plan_no_jobs_target", lang, year=sel.year, name=name) if own_plan else
           t("plan_no_target_for_selection", lang))
    st.info(t("plan_no_target_banner", lang, jobs=jobs, through=through, why=why))
