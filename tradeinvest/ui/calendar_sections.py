"""The Calendar page's sections: the upload, the figures, the timeline and tables, and the
countries the coordinator fills in. The page asks the measure layer and calls these to draw.

Data changes arrive as functions from the page (`save`), which keeps the loading calls in one
place there; `ui.loading.write` shows any refusal as a message.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

import pandas as pd
import streamlit as st

from tradeinvest import vocab
from tradeinvest.reporting import fmt, plan_charts, report_xlsx
from tradeinvest.reporting.labels import label
from tradeinvest.texts import t
from tradeinvest.ui import flash, loading, state, widgets
from tradeinvest.ui.safe import md

FLASH = "cal_flash"
METRICS = {"planned_items": "cal_planned", "carried_out": "cal_carried_out",
           "in_region": "cal_in_region", "not_carried_out": "cal_not_carried_out",
           "unplanned_missions": "cal_unplanned", "leads": "col_leads",
           "projects": "col_projects", "new_jobs": "col_new_jobs"}  # figure -> label key


def upload_section(default_year: int, template: Callable[[], bytes], lang: str) -> None:
    """Check and load a year's calendar (title rows, Invest and Trade sheets); `template`
    makes the empty workbook."""
    st.caption(t("cal_upload_help", lang))
    widgets.download(t("cal_template", lang), template(), "calendar_template.xlsx",
                     "cal_template", lang, mime=report_xlsx.XLSX_MIME)
    file = st.file_uploader(t("cal_file", lang), type=["xlsx"], key="cal_file")
    year = st.number_input(t("cal_year", lang), 2000, 2100, default_year, key="cal_year")
    if file is not None:
        flash.yearly_upload(file.getvalue(), file.name, "calendar", year,
                            t("cal_load", lang, year=year), "cal_load", FLASH, lang)


def metrics(summary: dict[str, Any], lang: str) -> None:
    """The year's figures in one row, and what "carried out" and "in the region" mean."""
    for col, (key, text) in zip(st.columns(len(METRICS)), METRICS.items(), strict=True):
        col.metric(t(text, lang), fmt.number(summary[key], 0, lang),
                   help=t("cal_unplanned_help", lang) if key == "unplanned_missions" else None)
    st.caption(t("cal_explained", lang))


def plan_timeline(plan: pd.DataFrame, year: int, names: dict[str, str], lang: str) -> None:
    """The planned items of the view over the year, coloured as the reader chooses."""
    groups = {"pillar": t("pillar", lang), "country": t("country", lang),
              "theme": t("cal_theme_group", lang)}
    colour_by = st.radio(t("cal_colour_by", lang), list(groups), format_func=groups.get,
                         horizontal=True, key="cal_colour")
    group_names = {code: label(colour_by, code, lang, names)
                   for code in plan[colour_by].dropna().unique()}
    group_names["unknown"] = t("unknown", lang)
    if plan.dropna(subset=["plan_start"]).empty:
        st.info(t("cal_no_dated", lang))
        return
    widgets.chart(plan_charts.timeline(plan, colour_by, group_names, names,
                                       t("cal_timeline_title", lang, year=year), lang),
                  plan.drop(columns=["item", "place_key"]), f"kalender_{year}", lang)


def plan_table(plan: pd.DataFrame, year: int, names: dict[str, str], lang: str) -> None:
    """The planned items of the view with their status and what followed."""
    status_text = {term.code: term.label(lang) for term in vocab.CALENDAR_STATUS}
    shown = plan.assign(
        when=[plan_charts.period_label(s, p, e, lang) for s, p, e in
              zip(plan["plan_start"], plan["start_precision"], plan["plan_end"], strict=True)],
        pillar=[label("pillar", v, lang) for v in plan["pillar"]],
        country=[label("country", v, lang, names) for v in plan["country"]],
        status=plan["status"].map(status_text),
        mission=plan["mission_name"].fillna(""),
        topic=plan["topic"].fillna(""),
        place=plan["place"].fillna(""),
    )
    columns = ["event", "pillar", "topic", "place", "country", "when", "status", "mission",
               "leads", "projects", "new_jobs"]
    widgets.table(shown[columns], f"kalender_items_{year}", lang,
                  {"event": t("cal_event", lang), "topic": t("theme", lang),
                   "place": t("cal_where", lang), "when": t("cal_planned", lang),
                   "mission": t("cal_as_mission", lang)})


def unplanned_section(unplanned: pd.DataFrame, year: int, narrowed: bool,
                      names: dict[str, str], lang: str) -> None:
    """The missions of the year that were not on the calendar."""
    st.subheader(t("cal_unplanned_title", lang))
    if unplanned.empty:
        st.caption(t("cal_all_planned_narrowed" if narrowed else "cal_all_planned", lang))
        return
    shown = unplanned.assign(
        country=[label("country", v, lang, names) for v in unplanned["country"]],
        start_date=[fmt.date(pd.Timestamp(d).date(), lang) for d in unplanned["start_date"]])
    columns = ["reference", "name", "country", "start_date", "companies", "leads", "projects",
               "new_jobs"]
    widgets.table(shown[columns], f"kalender_buiten_plan_{year}", lang,
                  {"name": t("col_mission_name", lang), "start_date": t("start", lang)})


def fill_in_countries(open_items: pd.DataFrame, names: dict[str, str], lang: str,
                      save: Callable[..., Any]) -> None:
    """Ask the country of the items whose place named none; `save(con, place, event, country,
    user)` stores the answer for every item with that place."""
    st.subheader(t("cal_fill_title", lang))
    if open_items.empty:
        st.caption(t("cal_all_have_country", lang))
        return
    st.caption(t("cal_fill_help", lang))
    options = {int(r.item): f"{r.event} — {r.place or t('cal_no_place', lang)}"
               for r in open_items.itertuples()}
    left, middle, right = st.columns([3, 2, 1])
    item = left.selectbox(t("item", lang), list(options), format_func=options.get,
                          key="cal_open_item")
    country = middle.selectbox(
        t("country", lang), sorted(names, key=names.get), format_func=names.get,
        index=None,  # no country until one is chosen (not the first, Afghanistan)
        placeholder=t("choose_country", lang), key="cal_open_country")
    if right.button(t("save", lang), key="cal_open_save", disabled=country is None):
        row = open_items[open_items["item"] == item].iloc[0]
        if loading.write(lang, save, row.place, row.event, country, state.user()) is not None:
            flash.after_rerun(FLASH, t("cal_country_saved", lang, event=md(row.event),
                                       country=names.get(country, country)))


def columns_caption(names: Iterable[str], lang: str) -> None:
    """The calendar template's column names (in the reader's language)."""
    st.caption(t("cal_columns", lang, columns=", ".join(names)))
