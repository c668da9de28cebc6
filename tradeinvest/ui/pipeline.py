"""The pipeline sections (measure/pipeline.py): on the Countries and Missions drill-downs and the
team's Pipeline page. They ask the measure layer and draw; the stage rules live there."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pandas as pd
import streamlit as st

from tradeinvest import vocab
from tradeinvest.measure import Filters
from tradeinvest.measure import pipeline as pl
from tradeinvest.periods import Quarter
from tradeinvest.reporting import fmt, pipeline_charts, plan_charts
from tradeinvest.reporting.labels import label
from tradeinvest.texts import t
from tradeinvest.ui import state, widgets
from tradeinvest.ui.filters import Selection

# The sidebar filters the pipeline follows (it has no partner).
APPLIES = ("year", "quarter", "pillar", "country", "sector")
_VOCABS = {"stage": vocab.PIPELINE_STAGES, "likelihood": vocab.LIKELIHOODS,
           "source": vocab.PIPELINE_SOURCES, "lost_reason": vocab.LOST_REASONS}
# shown column -> catalogue key of its header
_CONVERSION = {"stage": "pipeline_col_stage", "reached": "pipeline_col_reached",
               "won": "pipeline_col_won", "lost": "pipeline_col_lost",
               "open": "pipeline_col_open", "conversion_share": "pipeline_col_conversion"}
_OPEN_LIST = {"reference": "pipeline_col_reference", "company": "pipeline_col_company",
              "country": "pipeline_col_country", "stage": "pipeline_col_stage",
              "likelihood": "pipeline_col_likelihood",
              "expected_jobs": "pipeline_col_expected_jobs",
              "land": "pipeline_col_land_date", "source": "pipeline_col_source",
              "mission_reference": "pipeline_col_mission"}


def pipeline_filters(f: Filters) -> Filters:
    """The selection without partner: pipeline rows carry none (a partner set would empty it;
    `widgets.filter_scope` says it is ignored)."""
    return dataclasses.replace(f, partner=None)


def _labels(frame: pd.DataFrame, lang: str, names: dict[str, str] | None = None
            ) -> pd.DataFrame:
    """Codes in the vocabulary columns (and countries) as the reader's labels."""
    out = frame.copy()
    for column, terms in _VOCABS.items():
        if column in out:
            out[column] = [t("unknown", lang) if c in (None, "unknown") or pd.isna(c)
                           else vocab.label_of(terms, c, lang) for c in out[column]]
    for column in ("country", "lost_to_country"):
        if column in out:
            out[column] = [label("country", c, lang, names) for c in out[column]]
    # a share: tables and CSV show it as a percentage (fmt.column_decimals)
    return out.rename(columns={"conversion": "conversion_share"})


def _headers(columns: dict[str, str], lang: str) -> dict[str, str]:
    return {c: t(k, lang) for c, k in columns.items()}


def period_end(sel: Selection) -> dt.date | None:
    """The last day of the selected period (a quarter, or the year)."""
    if sel.year is None:
        return None
    return Quarter(sel.year, sel.quarter or 4).end


def section(sel: Selection, f: Filters, key: str, mission: str | None = None) -> None:
    """Open opportunities by stage and likelihood in the period's latest pipeline snapshot,
    their expected jobs, conversion per stage, and what was lost in the period (why, where)."""
    lang, f = sel.lang, pipeline_filters(f)
    quarter = state.measure(pl.snapshot_quarter, period_end(sel))
    if quarter is None:
        widgets.empty(lang, t("pipeline_none", lang))
        return
    by_stage = state.measure(pl.open_by_stage, quarter, f, mission)
    conv = state.measure(pl.conversion, f, mission)
    c = st.columns(4)
    c[0].metric(t("pipeline_open", lang), fmt.number(by_stage["opportunities"].sum(), 0, lang))
    c[1].metric(t("pipeline_open_jobs", lang),
                fmt.number(by_stage["expected_jobs"].sum(), 0, lang))
    high = by_stage.loc[by_stage["likelihood"] == "high", "expected_jobs"].sum()
    c[2].metric(t("pipeline_high_jobs", lang), fmt.number(high, 0, lang))
    first = conv.iloc[0]["conversion"] if not conv.empty else None
    c[3].metric(t("pipeline_conversion", lang), fmt.percent(first, 0, lang),
                help=t("pipeline_conversion_help", lang))
    st.caption(t("pipeline_snapshot", lang, quarter=quarter))
    left, right = st.columns(2)
    with left:
        if by_stage.empty:
            st.caption(t("pipeline_no_open", lang, quarter=quarter))
        else:
            widgets.chart(pipeline_charts.open_pipeline(
                by_stage, t("pipeline_open_chart", lang), t("pipeline_stage_axis", lang),
                t("pipeline_jobs_axis", lang), lang, t("unknown", lang)),
                _labels(by_stage, lang), f"{key}_pijplijn_open", lang,
                _headers({"stage": "pipeline_col_stage", "likelihood": "pipeline_col_likelihood",
                          "opportunities": "pipeline_col_opportunities",
                          "expected_jobs": "pipeline_col_expected_jobs"}, lang))
    with right:
        if not conv.empty:
            widgets.chart(pipeline_charts.conversion(
                conv, t("pipeline_conversion_chart", lang), t("pipeline_share_axis", lang),
                lang), _labels(conv, lang), f"{key}_pijplijn_conversie", lang,
                _headers(_CONVERSION, lang))
            st.caption(t("pipeline_conversion_note", lang))
    lost(sel, f, key, mission)


def lost(sel: Selection, f: Filters, key: str, mission: str | None = None) -> None:
    """Opportunities lost in the selected period: by reason and by the country they went to."""
    lang = sel.lang
    period = f.period(sel.year, sel.quarter, year_to_date=True)
    reasons = state.measure(pl.lost_by, "lost_reason", period, mission)
    if reasons.empty:
        st.caption(t("pipeline_none_lost", lang, period=sel.period_label()))
        return
    countries = state.measure(pl.lost_by, "lost_to_country", period, mission)
    names = state.country_names(lang)
    left, right = st.columns(2)
    with left:
        st.markdown(f"**{t('pipeline_lost_reasons', lang, period=sel.period_label())}**")
        widgets.table(_labels(reasons, lang), f"{key}_pijplijn_redenen", lang, _headers(
            {"lost_reason": "pipeline_col_reason", "opportunities": "pipeline_col_opportunities",
             "expected_jobs": "pipeline_col_expected_jobs"}, lang))
    with right:
        st.markdown(f"**{t('pipeline_lost_countries', lang, period=sel.period_label())}**")
        widgets.table(_labels(countries, lang, names), f"{key}_pijplijn_landen", lang,
                      _headers({"lost_to_country": "pipeline_col_lost_to",
                                "opportunities": "pipeline_col_opportunities",
                                "expected_jobs": "pipeline_col_expected_jobs"}, lang))


def by_source_and_time(sel: Selection, f: Filters, key: str) -> None:
    """Conversion per source (per stage reached) and the quarters spent per stage."""
    lang, f = sel.lang, pipeline_filters(f)
    st.subheader(t("pipeline_by_source", lang))
    by_source = state.measure(pl.conversion, f, by_source=True)
    widgets.table(_labels(by_source, lang)[["source", *_CONVERSION]],
                  f"{key}_pijplijn_bronnen", lang,
                  _headers({"source": "pipeline_col_source", **_CONVERSION}, lang))
    st.subheader(t("pipeline_time_in_stage", lang))
    widgets.table(_labels(state.measure(pl.time_in_stage, f), lang), f"{key}_pijplijn_tijd",
                  lang, _headers({"stage": "pipeline_col_stage",
                                  "opportunities": "pipeline_col_left",
                                  "mean_quarters": "pipeline_col_mean_quarters",
                                  "median_quarters": "pipeline_col_median_quarters"}, lang))
    st.caption(t("pipeline_time_note", lang))


def open_list(sel: Selection, f: Filters, key: str) -> None:
    """The open opportunities of the period's snapshot, most expected jobs first."""
    lang = sel.lang
    quarter = state.measure(pl.snapshot_quarter, period_end(sel))
    if quarter is None:
        return
    frame = state.measure(pl.open_opportunities, quarter, pipeline_filters(f))
    if frame.empty:
        return
    st.subheader(t("pipeline_open_list", lang))
    frame = frame.assign(land=[
        plan_charts.period_label(pd.Timestamp(d).date() if pd.notna(d) else None, p, None, lang)
        for d, p in zip(frame["expected_land_date"], frame["expected_land_date_precision"],
                        strict=True)])
    widgets.table(_labels(frame, lang, state.country_names(lang))[list(_OPEN_LIST)],
                  f"{key}_pijplijn_lijst", lang, _headers(_OPEN_LIST, lang))
