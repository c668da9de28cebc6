"""The saved mappings on the Settings page: listed with who saved and changed them when,
renamed and deleted (coordinator only: the Settings page and state.write check; the loading
service audits each change)."""

from __future__ import annotations

import streamlit as st

from tradeinvest.loading import mappings
from tradeinvest.reporting import fmt
from tradeinvest.reporting.labels import kind_label
from tradeinvest.texts import t
from tradeinvest.ui import flash, loading, state, widgets
from tradeinvest.ui.safe import md

FLASH = "_mappings_flash"
COLUMNS = ("name", "kind", "created_by", "created_at", "updated_by", "updated_at")


def section(lang: str) -> None:
    """The list, then rename or delete the one chosen."""
    st.subheader(t("settings_mappings", lang))
    st.caption(t("settings_mappings_help", lang))
    flash.show(FLASH)
    saved = state.read(mappings.list_mappings)
    if saved.empty:
        st.caption(t("settings_mappings_none", lang))
        return
    shown = saved.assign(kind=[kind_label(k, lang) for k in saved["kind"]],
                         **{c: [fmt.timestamp(v, lang) if v is not None else "" for v in saved[c]]
                            for c in ("created_at", "updated_at")})
    widgets.table(shown[list(COLUMNS)], "koppelingen", lang,
                  {c: t(f"mapping_col_{c}", lang) for c in COLUMNS})
    pick, new_name, rename, delete = st.columns([3, 3, 1, 1], vertical_alignment="bottom")
    name = pick.selectbox(t("settings_mapping_pick", lang), saved["name"].tolist(),
                          key="mapping_pick")
    new = new_name.text_input(t("settings_mapping_new_name", lang), value=name,
                              key=f"mapping_new_{name}").strip()
    if rename.button(t("settings_mapping_rename", lang), key="mapping_rename",
                     disabled=not new or new == name):
        done, _ = loading.attempt(lang, mappings.rename_mapping, name, new, state.user())
        if done:
            flash.after_rerun(FLASH, t("settings_mapping_renamed", lang, old=md(name),
                                       new=md(new)))
    if delete.button(t("settings_mapping_delete", lang), key="mapping_delete"):
        done, _ = loading.attempt(lang, mappings.delete_mapping, name, state.user())
        if done:
            flash.after_rerun(FLASH, t("settings_mapping_deleted", lang, name=md(name)))
