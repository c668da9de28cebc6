"""Yardstick (coordinator, team): score an opportunity on the four questions of plan 3.5,
record the decision, and see whether the scores predicted what followed."""

import streamlit as st

from tradeinvest import access
from tradeinvest.loading import yardstick
from tradeinvest.measure import yardstick as m_yard
from tradeinvest.measure.funnel import mission_yield
from tradeinvest.texts import t
from tradeinvest.ui import auth, filters, flash, loading, state, widgets
from tradeinvest.ui import yardstick_sections as sections

sel = filters.current()
lang = sel.lang
names = state.country_names(lang)
weights = state.measure(m_yard.yardstick_weights)

st.title(t("yard_title", lang))
st.caption(t("yard_intro", lang))
flash.show(sections.FLASH)
if auth.can(access.SETTINGS):  # the coordinator sets the weights; the server checks anyway
    sections.weights_editor(weights, lang, yardstick.set_yardstick_weights)
else:  # no input widget where the role may not change them
    st.caption(t("yard_weights_read_only", lang,
                 weights=sections.weights_text(weights, lang)))

if auth.can(access.SCORE):  # coordinator and team; the server refuses others anyway
    fields = sections.score_form(m_yard.QUESTIONS, names, state.measure(mission_yield),
                                 lang)
    if fields is not None:
        new_id = loading.write(lang, yardstick.add_opportunity,
                               yardstick.Opportunity(**fields), state.user())
        sections.saved_score(new_id, fields, weights, lang)

every = state.measure(m_yard.opportunity_outcomes)
outcomes = m_yard.narrow(every, sel.year, sel.country, sel.pillar)
st.subheader(t("yard_scored_title", lang, year=sel.year))
applied = widgets.filter_scope(sel, ("year", "country", "pillar"), lang)
st.caption(t("yard_year_caption", lang, year=sel.year))
if every.empty:
    widgets.empty(lang, t("yard_none", lang))
    st.stop()
if outcomes.empty:
    widgets.filtered_empty(sel, applied, lang)
    st.stop()
sections.outcomes_table(outcomes, names, lang)
if auth.can(access.SCORE):  # the server refuses it anyway
    sections.decisions_editor(outcomes, yardstick.EDITABLE_OPPORTUNITY, lang,
                              yardstick.update_opportunities)
sections.bands_section(
    state.measure(m_yard.yardstick_bands, None, sel.year, sel.country, sel.pillar), outcomes,
    lang)
