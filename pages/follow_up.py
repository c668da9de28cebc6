"""Follow-up (Nazorg; team, coordinator, governors): the jobs landed projects really have 12,
24 and 36 months after landing beside the jobs they expected, and the follow-ups due in a
quarter. The coordinator enters one follow-up here. Never changes the headline."""

import datetime as dt

import streamlit as st

from tradeinvest import access
from tradeinvest.loading import follow_up
from tradeinvest.measure import outcomes
from tradeinvest.texts import t
from tradeinvest.ui import auth, filters, flash, state, widgets
from tradeinvest.ui import follow_up as sections

sel = filters.current()
lang = sel.lang
names = state.country_names(lang)
widgets.need_year(sel, t("page_follow_up", lang))

st.title(t("page_follow_up", lang))
st.caption(t("fu_intro", lang))
flash.show(sections.FLASH)
widgets.filter_scope(sel, ("year", "pillar", "country", "sector", "partner"), lang)
if auth.can(access.CHANGE):  # the coordinator; the server refuses anyone else anyway
    sections.entry_form(lang, follow_up.add_follow_up)

sections.summary(state.measure(outcomes.follow_up_summary, sel.year, sel.filters()), sel.year,
                 lang)
st.subheader(t("fu_by_title", lang))
by = sections.pick_by(lang, outcomes.BY)
sections.realisation_table(state.measure(outcomes.realisation_by, by, sel.filters()), by,
                           names, lang)

sections.due_section(dt.date.today(), sel.filters(), names, lang)
