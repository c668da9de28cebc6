"""Page sections for plan versus reality, shared by the Countries, Plans and Calendar pages.

Each section asks the measure layer and draws; data changes are on the pages, through
`ui.loading` (access rules apply; a refusal is shown as a message, not a crash).
"""

from __future__ import annotations

import pandas as pd
import streamlit as st

from tradeinvest.measure import plans as m_plans
from tradeinvest.reporting import fmt, plan_charts
from tradeinvest.reporting.labels import label
from tradeinvest.texts import t
from tradeinvest.ui import state, widgets
from tradeinvest.ui.filters import Selection
from tradeinvest.ui.safe import md

PLAN_COLUMNS = {
    "nl": {"label": "Indicator", "plan": "Plan", "actual": "Realisatie",
           "share": "Realisatie / plan", "gap": "Verschil"},
    "en": {"label": "Indicator", "plan": "Plan", "actual": "Actual", "share": "Actual / plan",
           "gap": "Difference"},
}


def country_plan(sel: Selection, country: str, names: dict[str, str],
                 note_filters: bool = True) -> None:
    """The country team's plan for the selected year against what was realised. A plan is for
    a whole country and year, so with `note_filters` it says which sidebar filters it leaves
    out (on a page that says so itself, pass False)."""
    nl = sel.lang == "nl"
    if sel.year is None:
        return
    name = names.get(country, country)
    st.subheader(f"Landenplan {sel.year}: plan en realisatie" if nl else
                 f"Country plan {sel.year}: plan and actual")
    ignored = [t(n, sel.lang).lower() for n in ("quarter", "pillar", "sector", "partner")
               if getattr(sel, n) is not None]
    if note_filters and ignored:
        st.info(f"Een landenplan geldt voor het hele land en jaar: de filters "
                f"{', '.join(ignored)} gelden niet voor dit blok." if nl else
                f"A country plan covers the whole country and year: the filters "
                f"{', '.join(ignored)} do not apply to this block.")
    frame = state.measure(m_plans.plan_vs_actual, sel.year, country)
    if frame.empty:
        st.caption(f"Geen landenplan voor {name} in {sel.year}. Voeg het toe op de pagina "
                   "Landenplannen." if nl else
                   f"No country plan for {name} in {sel.year}. Add it on the Country plans "
                   "page.")
        return
    plans = state.measure(m_plans.country_plans, sel.year)
    row = plans[plans["country"] == country].iloc[0]
    parts = [f"{'Pijler' if nl else 'Pillar'}: {label('pillar', row.pillar, sel.lang)}"]
    for column, (nl_label, en_label) in (("regions", ("Regio's", "Regions")),
                                         ("activities", ("Activiteiten", "Activities")),
                                         ("team", ("Team", "Team"))):
        if isinstance(row[column], str) and row[column]:
            parts.append(f"{nl_label if nl else en_label}: {md(row[column])}")
    st.caption(" · ".join(parts))
    quarters = state.measure(m_plans.quarters_with_results, sel.year)
    if quarters < 4:
        st.caption(f"Realisatie tot nu: {quarters} van 4 kwartalen geladen." if nl else
                   f"Actual so far: {quarters} of 4 quarters loaded.")
    left, right = st.columns(2)  # the table needs half: at 2/5 its last column was cut
    columns = ["label", "plan", "actual", "share", "gap"]
    numbers = frame.assign(label=frame["label_nl" if nl else "label_en"])[columns]
    with left:
        widgets.chart(plan_charts.share_of_plan(
            frame, f"{name} {sel.year}: realisatie als deel van het plan" if nl else
            f"{name} {sel.year}: actual as a share of the plan", sel.lang),
            numbers, f"landenplan_{country}", sel.lang, PLAN_COLUMNS[sel.lang])
    with right:
        shown = numbers.assign(plan=[fmt.number(v, 0, sel.lang) for v in frame["plan"]],
                               share=[fmt.percent(v, 0, sel.lang) for v in frame["share"]],
                               gap=[fmt.signed(v, 0, sel.lang) for v in frame["gap"]])
        widgets.table(shown, f"landenplan_tabel_{country}", sel.lang, PLAN_COLUMNS[sel.lang],
                      numbers=numbers)


def plans_editor_frame(plans: pd.DataFrame, lang: str) -> pd.DataFrame:
    """The year's plans as the editor shows them: pillar as its label, targets as numbers."""
    from tradeinvest.ingest import schema

    columns = [c.name for c in schema.COUNTRY_PLANS.columns]
    frame = plans.reindex(columns=columns)
    frame["pillar"] = [label("pillar", p, lang) if isinstance(p, str) else None
                       for p in frame["pillar"]]
    return frame


def view_target_banner(sel: Selection, target: m_plans.ViewTarget, new_jobs: float,
                       through: str, names: dict[str, str]) -> None:
    """The headline of a filtered view: its new jobs against the country's own plan target,
    or plainly that no target fits the view; never the regional target (a part of the
    region measured against the whole region reads as failure)."""
    nl, lang = sel.lang == "nl", sel.lang
    jobs = fmt.number(new_jobs, 0, lang)
    name = names.get(target.country or "", target.country or "")
    if target.kind == "country_plan" and target.target:
        share = fmt.percent(new_jobs / target.target, 0, lang)
        goal = fmt.number(target.target, 0, lang)
        st.info(f"**{name}**: {jobs} nieuwe banen t/m {through} tegen het doel uit het "
                f"landenplan {sel.year}: {goal} ({share})." if nl else
                f"**{name}**: {jobs} new jobs through {through} against the target in the "
                f"{sel.year} country plan: {goal} ({share}).")
        return
    why = ((f"het landenplan {sel.year} van {name} heeft geen banendoel" if nl else
            f"the {sel.year} country plan of {name} sets no jobs target")
           if target.country and not any((sel.pillar, sel.sector, sel.partner)) else
           ("alleen de regio en de landenplannen hebben een banendoel, niet deze selectie"
            if nl else "only the region and the country plans have a jobs target, not this "
            "selection"))
    st.info(f"{jobs} nieuwe banen t/m {through} in deze selectie. Geen doel om mee te "
            f"vergelijken: {why}; het regionale doel geldt voor de hele regio." if nl else
            f"{jobs} new jobs through {through} in this selection. No target to compare "
            f"with: {why}; the regional target is for the whole region.")
