"""A message that survives the rerun after a save or an upload (the yearly pages' "flash").

A page saves or loads, stores what to say under its own key and reruns, so every figure is
drawn from the new data; the next run shows the message once.
"""

from __future__ import annotations

import streamlit as st

from tradeinvest.reporting import fmt
from tradeinvest.texts import t
from tradeinvest.ui import loading


def show(key: str) -> None:
    """The message left under `key` by the run before, shown once."""
    if key in st.session_state:
        st.success(st.session_state.pop(key))


def after_rerun(key: str, text: str) -> None:
    """Keep `text` for the next run (see `show`) and rerun now."""
    st.session_state[key] = text
    st.rerun()


def yearly_upload(data: bytes, file_name: str, kind: str, year: int, button: str, key: str,
                  flash_key: str, lang: str) -> None:
    """Check a yearly file (`kind` calendar or country_plans) for `year` and load it when
    `button` is pressed; then rerun saying "<kind> <year> loaded as upload N (M rows)"."""
    result = loading.check_and_offer_load(data, file_name, kind, str(year), button, key, lang)
    if result is not None:
        rows = fmt.count(result.rows, t(f"rows_{kind}_one", lang), t(f"rows_{kind}_many", lang),
                         lang)
        after_rerun(flash_key, t(f"{kind}_loaded", lang, year=year, upload=result.upload_id,
                                 rows=rows))
