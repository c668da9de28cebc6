"""Settings (coordinator): targets, budget lines, focus countries and thresholds, in DuckDB;
the saved mappings of the import assistant."""

import streamlit as st

from tradeinvest import access
from tradeinvest.loading import settings as reference_edits
from tradeinvest.measure import catalog
from tradeinvest.reference_data import EDITABLE
from tradeinvest.texts import t
from tradeinvest.ui import auth, filters, reference_labels, saved_mappings, solid_count, state
from tradeinvest.ui.safe import md

sel = filters.current()
lang = sel.lang
auth.require(access.SETTINGS, lang)  # coordinator only; state.write checks again
st.title(t("page_settings", lang))
st.caption(t("settings_intro", lang))

tables = {name: state.read(catalog.reference_table, name) for name in EDITABLE}
current_settings = state.read(catalog.settings_table)

for name in ("targets", "budget_lines", "focus_countries"):
    st.subheader(t(f"settings_{name}", lang))
    st.caption(t(f"settings_{name}_help", lang))
    code_column = {"targets": "indicator", "focus_countries": "iso2"}.get(name)
    present = tables[name][code_column].dropna().tolist() if code_column else []
    edited = st.data_editor(tables[name], num_rows="dynamic", hide_index=True,
                            key=f"edit_{name}", width="stretch",
                            column_config=reference_labels.column_config(
                                name, lang, state.country_names(lang), present))
    if st.button(t("save", lang), key=f"save_{name}"):
        problems = state.write(reference_edits.replace_reference, name, edited, state.user())
        if problems:
            st.error(t("not_saved", lang, problems="; ".join(md(p.text(lang)) for p in problems)))
        else:
            st.success(t("saved", lang))

solid_count.checklist_editor(lang)  # the evidence checklist

st.subheader(t("target_path_title", lang))
c1, c2, c3, c4, c5 = st.columns(5)
shape = c1.radio(t("target_path_shape", lang), ["linear", "growth"],
                 format_func=lambda code: t(f"shape_{code}", lang), key="target_shape")
start_year = c2.number_input(t("target_path_from_year", lang), 2000, 2100, 2018,
                             key="target_start_year")
start = c3.number_input(t("target_path_start", lang), 0.0, value=500.0, step=50.0,
                        key="target_start")
end_year = c4.number_input(t("target_path_to_year", lang), 2000, 2100, 2023,
                           key="target_end_year")
end = c5.number_input(t("target_path_end", lang), 0.0, value=1000.0, step=50.0,
                      key="target_end")
if st.button(t("target_path_apply", lang), key="apply_path"):
    if end_year <= start_year or start <= 0:
        st.error(t("target_path_invalid", lang))
    else:
        path = state.write(reference_edits.apply_target_path, shape, int(start_year), float(start),
                           int(end_year), float(end), state.user())
        st.success(", ".join(f"{y}: {v:g}" for y, v in path.items()))

st.subheader(t("settings_thresholds", lang))
with st.form("settings_form"):
    values = {row.key: reference_labels.setting_input(row.key, row.value, row.note, lang)
              for row in current_settings.itertuples()}
    if st.form_submit_button(t("save", lang)):
        state.write(reference_edits.update_settings, values, state.user())
        st.success(t("saved", lang))

saved_mappings.section(lang)
