"""The Yardstick page's sections: the weights, the form that scores a new opportunity, the
scored opportunities with what followed, and whether the bands predicted results.

The page decides who sees what (`auth.can`) and hands in the data changes as functions
(`save`), so the loading calls stay in one place; `ui.loading.write` shows a refusal.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import Any

import pandas as pd
import streamlit as st

from tradeinvest import vocab
from tradeinvest.measure import yardstick as m_yard
from tradeinvest.reporting import fmt, plan_charts
from tradeinvest.reporting.labels import label
from tradeinvest.texts import t
from tradeinvest.ui import flash, loading, state, widgets

FLASH = "yard_flash"
_DECISIONS = [term.code for term in vocab.DECISIONS]


def weights_text(weights: dict[str, float], lang: str) -> str:
    """"A 40, B 20, C 20, D 20": the weights as the reader sees them."""
    return ", ".join(f"{q.upper()} {fmt.number(w, 0, lang)}" for q, w in weights.items())


def weights_editor(weights: dict[str, float], lang: str, save: Callable[..., Any]) -> None:
    """The four weights as number boxes (the coordinator's); `save(con, weights, user)`."""
    with st.expander(t("yard_weights", lang, weights=weights_text(weights, lang))):
        cols = st.columns(len(weights))
        new_weights = {q: cols[i].number_input(t(f"yard_q_{q}", lang), 0.0, 100.0,
                                               float(weights[q]), step=5.0, key=f"yard_w_{q}")
                       for i, q in enumerate(weights)}
        if st.button(t("yard_weights_save", lang), key="yard_w_save"):
            problems = loading.write(lang, save, new_weights, state.user())
            if problems:
                st.error("; ".join(p.text(lang) for p in problems))
            elif problems is not None:
                flash.after_rerun(FLASH, t("yard_weights_saved", lang))


def _choice(options: Sequence[Any], shown: Callable[[Any], str]) -> dict[str, Any]:
    """A select box's options with "–" for none."""
    return {"options": [None, *options],
            "format_func": lambda v: "–" if v is None else shown(v)}


def score_form(questions: Sequence[str], names: dict[str, str], missions: pd.DataFrame,
               lang: str) -> dict[str, Any] | None:
    """The form that scores a new opportunity; its fields (named as `store.plans.Opportunity`'s,
    scores as `score_<q>`) once submitted, else None."""
    st.subheader(t("yard_score_new", lang))
    mission_names = dict(zip(missions["reference"], missions["name"], strict=True))
    with st.form("yard_new", clear_on_submit=True):
        left, right = st.columns(2)
        fields: dict[str, Any] = {
            "title": left.text_input(t("yard_opportunity", lang), key="yard_title"),
            "opportunity_kind": right.selectbox(
                t("kind", lang), [term.code for term in vocab.OPPORTUNITY_KINDS],
                format_func=lambda c: vocab.label_of(vocab.OPPORTUNITY_KINDS, c, lang),
                key="yard_kind")}
        a, b, c = st.columns(3)
        fields["received"] = a.date_input(t("yard_received", lang), dt.date.today(),
                                          format="DD-MM-YYYY", key="yard_received")
        fields["pillar"] = b.selectbox(
            t("pillar", lang), key="yard_pillar",
            **_choice(["invest", "trade"], lambda p: label("pillar", p, lang)))
        fields["country"] = c.selectbox(
            t("country", lang), key="yard_country",
            **_choice(sorted(names, key=names.get), lambda x: names[x]))
        for col, q in zip(st.columns(len(questions)), questions, strict=True):
            fields[f"score_{q}"] = int(col.slider(t(f"yard_q_{q}", lang), 1, 5, 3,
                                                  help=t(f"yard_q_help_{q}", lang),
                                                  key=f"yard_score_{q}"))
        d1, d2 = st.columns([1, 3])
        fields["decision"] = d1.radio(
            t("col_decision", lang), _DECISIONS, index=2, key="yard_decision",  # "open"
            format_func=lambda x: vocab.label_of(vocab.DECISIONS, x, lang))
        fields["reason"] = d2.text_area(t("yard_why", lang), key="yard_reason", height=80)
        l1, l2, l3 = st.columns(3)
        fields["mission_reference"] = l1.selectbox(
            t("yard_mission", lang), key="yard_mission",
            **_choice(list(missions["reference"]), lambda r: f"{r} {mission_names.get(r, '')}"))
        fields["bidbook_reference"] = l2.text_input(t("yard_bidbook", lang), key="yard_bidbook")
        fields["company"] = l3.text_input(t("col_company", lang), key="yard_company")
        submitted = st.form_submit_button(t("yard_save_score", lang))
    return fields if submitted else None


def saved_score(new_id: int | None, fields: dict[str, Any], weights: dict[str, float],
                lang: str) -> None:
    """Once stored (`new_id`), rerun saying the opportunity's number and weighted score."""
    if new_id is not None:
        total = m_yard.score({q: fields[f"score_{q}"] for q in weights}, weights)
        flash.after_rerun(FLASH, t("yard_saved", lang, id=new_id,
                                   score=fmt.number(total, 1, lang)))


def outcomes_table(outcomes: pd.DataFrame, names: dict[str, str], lang: str) -> None:
    """The scored opportunities, newest first, with their link and what followed."""
    decision = {term.code: term.label(lang) for term in vocab.DECISIONS}
    shown = outcomes.sort_values(["received", "opportunity_id"], ascending=False)
    shown = shown.assign(
        received=[fmt.date(pd.Timestamp(d).date(), lang) for d in shown["received"]],
        opportunity_kind=[vocab.label_of(vocab.OPPORTUNITY_KINDS, k, lang)
                          for k in shown["opportunity_kind"]],
        country=[label("country", v, lang, names) for v in shown["country"]],
        decision=shown["decision"].map(decision),
        link=[("–" if k is None else f"{k}{'' if found else ' (?)'}")
              for k, found in zip(shown["link"], shown["link_found"], strict=True)])
    columns = ["opportunity_id", "received", "title", "opportunity_kind", "country", "total",
               "band", "decision", "reason", "link", "leads", "projects", "new_jobs"]
    widgets.table(shown[columns], "meetlat_kansen", lang,
                  {"opportunity_id": t("yard_no", lang),
                   "received": t("yard_received_short", lang),
                   "title": t("yard_opportunity", lang), "opportunity_kind": t("kind", lang),
                   "total": t("score", lang), "band": t("band", lang),
                   "reason": t("yard_why", lang), "link": t("yard_linked_via", lang)})
    st.caption(t("yard_scored_note", lang))


def decisions_editor(outcomes: pd.DataFrame, editable: Sequence[str], lang: str,
                     save: Callable[..., Any]) -> None:
    """Decisions, reasons and links as an editable table; `save(con, frame, user)`."""
    with st.expander(t("yard_update", lang)):
        edited = st.data_editor(
            outcomes[["opportunity_id", "title", *editable]], hide_index=True, width="stretch",
            key="yard_editor", disabled=["opportunity_id", "title"],
            column_config={"decision": st.column_config.SelectboxColumn(
                t("col_decision", lang), options=_DECISIONS, required=True)})
        if st.button(t("save_changes", lang), key="yard_edit_save"):
            problems = loading.write(lang, save, edited, state.user())
            if problems:
                st.error("; ".join(p.text(lang) for p in problems))
            elif problems is not None:
                flash.after_rerun(FLASH, t("saved", lang))


BAND_COLUMNS = {"band": "yard_band", "opportunities": "yard_opportunities",
                "taken": "yard_taken", "declined": "yard_declined",
                "taken_with_result": "yard_taken_with_result", "hit_rate": "yard_hit_rate",
                "jobs_per_taken": "yard_jobs_per_taken",
                "declined_with_result": "yard_declined_with_result"}  # column -> label key


def bands_section(bands: pd.DataFrame, outcomes: pd.DataFrame, lang: str) -> None:
    """Per score band what followed, beside each opportunity's score against its jobs."""
    st.subheader(t("yard_predicts", lang))
    left, right = st.columns([3, 2])
    with left:
        widgets.table(
            bands.assign(hit_rate=[fmt.percent(v, 0, lang) for v in bands["hit_rate"]]),
            "meetlat_banden", lang,
            {"open": t("yard_open", lang), **{c: t(key, lang) for c, key in BAND_COLUMNS.items()}},
            {t("yard_hit_rate", lang): st.column_config.TextColumn(
                help=t("yard_hit_rate_help", lang))},
            numbers=bands)
        st.caption(t("yard_bands_note", lang))
    with right:
        widgets.chart(
            plan_charts.score_vs_results(outcomes, t("yard_chart_title", lang), lang),
            outcomes[["opportunity_id", "title", "total", "decision", "projects", "new_jobs"]],
            "meetlat_score_banen", lang)
