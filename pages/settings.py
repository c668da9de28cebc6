"""Settings (coordinator): targets, budget lines, focus countries and thresholds, in DuckDB."""

import streamlit as st

from tradeinvest import access
from tradeinvest.loading import settings as reference_edits
from tradeinvest.measure import catalog
from tradeinvest.reference_data import EDITABLE
from tradeinvest.ui import auth, filters, reference_labels, state
from tradeinvest.ui.safe import md

sel = filters.current()
nl = sel.lang == "nl"
auth.require(access.SETTINGS, sel.lang)  # coordinator only; state.write checks again
st.title("Instellingen" if nl else "Settings")
st.caption("Wijzigingen gelden direct op alle pagina's en worden gelogd met wie en wanneer."
           if nl else "Changes apply at once on every page and are logged with who and when.")

tables = {name: state.read(catalog.reference_table, name) for name in EDITABLE}
current_settings = state.read(catalog.settings_table)

SECTIONS = {
    "targets": ("Doelen per indicator en jaar" if nl else "Targets per indicator and year",
                "Nieuwe directe banen per jaar. Na het laatste jaar met een doel geldt het "
                "laatste doel." if nl else
                "New direct jobs per year. After the last year with a target, the last target "
                "applies."),
    "budget_lines": ("Budget per jaar en post" if nl else "Budget per year and line",
                     "`valid_until` = laatste jaar waarin een post geldt: leeg = doorlopend, "
                     "gelijk aan het jaar = eenmalig (EMA/Brexit: twee jaar, t/m 2019). Een "
                     "jaar zonder eigen regels leent de nog geldige posten van het laatste "
                     "eerdere jaar; de pagina's zeggen het wanneer een jaar leent." if nl else
                     "`valid_until` = last year a line applies: empty = recurring, equal to "
                     "the year = one-off (EMA/Brexit: two years, through 2019). A year without "
                     "its own lines borrows the still valid lines of the latest earlier year; "
                     "the pages say so when a year borrows."),
    "focus_countries": ("Focuslanden per jaar" if nl else "Focus countries per year",
                        "Trade: ja / nee / reactief / hangt ervan af. Een jaar zonder eigen "
                        "lijst gebruikt de laatste eerdere lijst." if nl else
                        "Trade: yes / no / reactive / depends. A year without its own list "
                        "uses the latest earlier list."),
}
for name, (title, help_text) in SECTIONS.items():
    st.subheader(title)
    st.caption(help_text)
    code_column = {"targets": "indicator", "focus_countries": "iso2"}.get(name)
    present = tables[name][code_column].dropna().tolist() if code_column else []
    edited = st.data_editor(tables[name], num_rows="dynamic", hide_index=True,
                            key=f"edit_{name}", width="stretch",
                            column_config=reference_labels.column_config(
                                name, sel.lang, state.country_names(sel.lang), present))
    if st.button("Opslaan" if nl else "Save", key=f"save_{name}"):
        problems = state.write(reference_edits.replace_reference, name, edited, state.user())
        if problems:
            st.error("Niet opgeslagen: " + "; ".join(map(md, problems)) if nl else
                     "Not saved: " + "; ".join(map(md, problems)))
        else:
            st.success("Opgeslagen." if nl else "Saved.")

st.subheader("Doelpad banen opnieuw vullen" if nl else "Refill the jobs target path")
c1, c2, c3, c4, c5 = st.columns(5)
SHAPES = {"linear": "Rechte lijn" if nl else "Straight line",
          "growth": "Constante groei" if nl else "Constant growth"}
shape = c1.radio("Vorm" if nl else "Shape", list(SHAPES), format_func=SHAPES.get,
                 key="target_shape")
start_year = c2.number_input("Van jaar" if nl else "From year", 2000, 2100, 2018,
                             key="target_start_year")
start = c3.number_input("Startwaarde" if nl else "Start value", 0.0, value=500.0, step=50.0,
                        key="target_start")
end_year = c4.number_input("Tot jaar" if nl else "To year", 2000, 2100, 2023,
                           key="target_end_year")
end = c5.number_input("Eindwaarde" if nl else "End value", 0.0, value=1000.0, step=50.0,
                      key="target_end")
if st.button("Doelpad toepassen" if nl else "Apply target path", key="apply_path"):
    if end_year <= start_year or start <= 0:
        st.error("Het eindjaar moet na het startjaar liggen en de startwaarde boven 0." if nl
                 else "The end year must follow the start year and the start value exceed 0.")
    else:
        path = state.write(reference_edits.apply_target_path, shape, int(start_year), float(start),
                           int(end_year), float(end), state.user())
        st.success(", ".join(f"{y}: {v:g}" for y, v in path.items()))

st.subheader("Drempels en kengetallen" if nl else "Thresholds and ratios")
with st.form("settings_form"):
    values = {row.key: reference_labels.setting_input(row.key, row.value, row.note, sel.lang)
              for row in current_settings.itertuples()}
    if st.form_submit_button("Opslaan" if nl else "Save"):
        state.write(reference_edits.update_settings, values, state.user())
        st.success("Opgeslagen." if nl else "Saved.")
