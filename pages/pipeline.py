"""Pipeline (team): the opportunities in the latest pipeline upload by stage and likelihood,
conversion per stage and source, time per stage, what was lost and why, the open list."""

import streamlit as st

from tradeinvest.texts import t
from tradeinvest.ui import filters, pipeline, widgets

sel = filters.current()
lang = sel.lang
title = f"{t('page_pipeline', lang)} — {sel.period_label()}" if sel.year else t(
    "page_pipeline", lang)
widgets.need_year(sel, title)
st.title(title)
widgets.filter_scope(sel, pipeline.APPLIES, lang)
f = sel.filters()
pipeline.section(sel, f, "team")
pipeline.open_list(sel, f, "team")
pipeline.by_source_and_time(sel, f, "team")
