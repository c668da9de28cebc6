"""The Country plans page's sections: do the plans add up to the regional target, plan and
actual per country, and the editor and template for the coordinator. The page asks the
measure layer and calls these to draw; data changes arrive as functions from the page."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pandas as pd
import streamlit as st

from tradeinvest import vocab
from tradeinvest.loading import kinds
from tradeinvest.measure import plan_views
from tradeinvest.reporting import fmt, plan_charts, report_xlsx
from tradeinvest.reporting.labels import label, plan_labelled
from tradeinvest.texts import t
from tradeinvest.ui import flash, loading, state, widgets
from tradeinvest.ui import plans as ui_plans

FLASH = "plans_flash"


def target_figures(jobs: pd.Series, lang: str) -> None:
    """Sum of the plans' new jobs, the regional target, the gap and the region's actual."""
    c = st.columns(4)
    c[0].metric(t("plans_sum_jobs", lang), fmt.number(jobs.plans_sum, 0, lang))
    c[1].metric(t("regional_target", lang), fmt.number(jobs.regional_target, 0, lang))
    c[2].metric(t("plans_minus_target", lang), fmt.signed(jobs.plan_gap, 0, lang))
    c[3].metric(t("actual_region", lang), fmt.number(jobs.actual_region, 0, lang))


def plans_against_target(plans: pd.DataFrame, summary: pd.DataFrame, target: float | None,
                         year: int, names: dict[str, str], lang: str) -> None:
    """The plans stacked against the regional target, and the sums per indicator."""
    widgets.chart(plan_charts.plans_against_target(
                      plans, target, names, t("plans_chart_title", lang, year=year), lang),
                  plans[["country", "target_new_jobs"]], f"landenplannen_doel_{year}", lang)
    # full width below the chart: six columns need the room (side by side the last was cut)
    # empty cells as "–" (a missing number would show as "None")
    summary = plan_labelled(summary, lang)
    shown = summary.assign(
        plans_sum=[fmt.number(v, 0, lang) for v in summary["plans_sum"]],
        regional_target=[fmt.number(v, 0, lang) for v in summary["regional_target"]],
        plan_gap=[fmt.signed(v, 0, lang) for v in summary["plan_gap"]],
    )
    columns = ["label", "plans_sum", "regional_target", "plan_gap", "actual_planned",
               "actual_region"]
    widgets.table(shown[columns], f"landenplannen_som_{year}", lang,
                  {"plans_sum": t("plans_sum_short", lang),
                   "regional_target": t("regional_target", lang),
                   "plan_gap": t("plans_gap", lang), "actual_planned": t("actual_planned", lang),
                   "actual_region": t("actual_region", lang)},
                  numbers=summary[columns])
    st.caption(t("plans_actual_note", lang))


def per_country(overview: pd.DataFrame, country: str | None, year: int,
                names: dict[str, str], lang: str) -> None:
    """Each plan country's actual / plan per indicator (one country when the sidebar has one)."""
    st.subheader(t("plans_per_country", lang))
    grid = plan_views.plans_grid(plan_labelled(overview, lang), "label", country)
    for column in grid.columns.drop("country"):
        grid[column] = [f"{fmt.number(c[0], 0, lang)} / {fmt.number(c[1], 0, lang)}"
                        if isinstance(c, tuple) else None for c in grid[column]]
    grid["country"] = [label("country", v, lang, names) for v in grid["country"]]
    st.caption(t("plans_cell_note", lang))
    widgets.table(grid, f"landenplannen_per_land_{year}", lang, {"country": t("country", lang)})


def pick_country(plans: pd.DataFrame, chosen: str | None, names: dict[str, str],
                 lang: str) -> str:
    """The sidebar's country, else the one the reader picks from the plan countries."""
    if chosen is not None:
        return chosen
    return st.selectbox(t("plans_look_at", lang), list(plans["country"]),
                        format_func=lambda code: names.get(code, code), key="plans_country")


def editor(edit_plans: pd.DataFrame, edit_year: int, lang: str,
           save: Callable[..., Any]) -> None:
    """The plans of `edit_year` as an editable table; `save(con, year, frame, user)` stores
    them as a new version in the upload history."""
    st.subheader(t("plans_edit_title", lang, year=edit_year))
    st.caption(t("plans_edit_help", lang))
    pillar_labels = [term.label(lang) for term in vocab.MISSION_PILLARS]
    edited = st.data_editor(
        ui_plans.plans_editor_frame(edit_plans, lang), num_rows="dynamic", hide_index=True,
        width="stretch", key=f"plans_editor_{edit_year}",
        column_config={**_editor_headers(lang), "pillar": st.column_config.SelectboxColumn(
            t("pillar", lang), options=pillar_labels, required=True)})
    if st.button(t("plans_save", lang), key="plans_save"):
        result = loading.write(lang, save, edit_year, edited, state.user())
        if result is not None:
            flash.after_rerun(FLASH, t("plans_saved", lang, year=edit_year, rows=result.rows))


def template_section(edit_year: int, template: Callable[[], bytes], lang: str) -> None:
    """Download the empty template (`template` makes it) or upload a filled one."""
    with st.expander(t("plans_template_expander", lang)):
        widgets.download(t("plans_template", lang), template(), "country_plans_template.xlsx",
                         "plans_template", lang, mime=report_xlsx.XLSX_MIME)
        file = st.file_uploader(t("plans_file", lang), type=["xlsx"], key="plans_file")
        if file is not None:
            flash.yearly_upload(file.getvalue(), file.name, "country_plans", edit_year,
                                t("plans_load", lang, year=edit_year), "plans_load", FLASH,
                                lang)


def _editor_headers(lang: str) -> dict[str, Any]:
    """The editor's columns headed as the country-plans template heads them in `lang`."""
    return {name: st.column_config.Column(header) for name, header in
            zip(kinds.columns("country_plans"), kinds.column_names("country_plans", lang),
                strict=True)}
