"""Country plans (coordinator, country teams): each country team's plan for the year against
what was realised, whether the plans add up to the regional target, and editing the plans."""

import dataclasses

import streamlit as st

from tradeinvest import access, vocab
from tradeinvest.loading import plans as loading_plans
from tradeinvest.loading import templates
from tradeinvest.measure import plans as m_plans
from tradeinvest.reporting import fmt, plan_charts, report
from tradeinvest.reporting.labels import label
from tradeinvest.store import catalog
from tradeinvest.ui import auth, filters, loading, state, widgets
from tradeinvest.ui import plans as ui_plans

sel = filters.current()
lang, nl = sel.lang, sel.lang == "nl"
names = state.country_names(lang)

st.title("Landenplannen" if nl else "Country plans")
if "plans_flash" in st.session_state:
    st.success(st.session_state.pop("plans_flash"))
plan_years = state.measure(m_plans.plan_years)
year = sel.year if sel.year is not None else max([*plan_years, 2018])
st.caption(f"Planjaar {year} (het jaar in de zijbalk)." if nl else
           f"Plan year {year} (the sidebar's year).")
widgets.filter_scope(sel, ("year", "country"), lang)
plans = state.measure(m_plans.country_plans, year)

st.subheader(
    f"Tellen de landenplannen {year} op tot het regionale doel?"
    if nl
    else f"Do the {year} country plans add up to the regional target?"
)
summary = state.measure(m_plans.plans_vs_target, year)
jobs = summary[summary["indicator"] == "new_jobs"].iloc[0]
c = st.columns(4)
c[0].metric(
    "Som landenplannen: nieuwe banen" if nl else "Sum of country plans: new jobs",
    fmt.number(jobs.plans_sum, 0, lang),
)
c[1].metric(
    "Regionaal doel" if nl else "Regional target", fmt.number(jobs.regional_target, 0, lang)
)
c[2].metric(
    "Plannen minus doel" if nl else "Plans minus target", fmt.signed(jobs.plan_gap, 0, lang)
)
c[3].metric("Realisatie regio" if nl else "Actual, region", fmt.number(jobs.actual_region, 0, lang))
if sel.country is not None:
    st.caption("Deze optelling gaat over alle landen; het landfilter geldt voor 'Plan en "
               "realisatie per land' hieronder." if nl else "This sum covers all countries; "
               "the country filter applies to 'Plan and actual per country' below.")
if plans.empty:
    widgets.empty(
        lang,
        f"Nog geen landenplannen voor {year}. Vul ze hieronder in of upload het sjabloon."
        if nl
        else f"No country plans for {year} yet. Enter them below or upload the template.",
    )
else:
    widgets.chart(
        plan_charts.plans_against_target(
            plans,
            jobs.regional_target,
            names,
            f"Banen: plannen en doel {year}" if nl else f"Jobs: plans and target {year}",
            lang,
        ),
        plans[["country", "target_new_jobs"]],
        f"landenplannen_doel_{year}",
        lang,
    )
    # full width below the chart: six columns need the room (side by side the last was cut)
    # empty cells as "–" (a missing number would show as "None")
    shown = summary.assign(
        label=summary["label_nl" if nl else "label_en"],
        plans_sum=[fmt.number(v, 0, lang) for v in summary["plans_sum"]],
        regional_target=[fmt.number(v, 0, lang) for v in summary["regional_target"]],
        plan_gap=[fmt.signed(v, 0, lang) for v in summary["plan_gap"]],
    )
    summary_columns = [
        "label",
        "plans_sum",
        "regional_target",
        "plan_gap",
        "actual_planned",
        "actual_region",
    ]
    widgets.table(
        shown[summary_columns],
        f"landenplannen_som_{year}",
        lang,
        {
            "plans_sum": "Som plannen" if nl else "Sum of plans",
            "regional_target": "Regionaal doel" if nl else "Regional target",
            "plan_gap": "Plannen − doel" if nl else "Plans − target",
            "actual_planned": "Realisatie planlanden" if nl else "Actual, planned countries",
            "actual_region": "Realisatie regio" if nl else "Actual, region",
        },
        numbers=summary.assign(label=shown["label"])[summary_columns],
    )
    st.caption(
        "Realisatie = het jaar zover geladen. 'Planlanden' telt elk record één keer "
        "(Hongkong valt onder China)."
        if nl
        else "Actual = the year as loaded so far. 'Planned countries' counts each record "
        "once (Hong Kong is under China)."
    )

    st.subheader("Plan en realisatie per land" if nl else "Plan and actual per country")
    overview = state.measure(m_plans.plans_overview, year)
    wide = overview.assign(
        cell=[
            f"{fmt.number(a, 0, lang)} / {fmt.number(p, 0, lang)}"
            for a, p in zip(overview["actual"], overview["plan"], strict=True)
        ]
    )
    pivot = wide.pivot(
        index="country", columns="label_nl" if nl else "label_en", values="cell"
    ).reset_index()
    if sel.country is not None:
        pivot = pivot[pivot["country"] == sel.country]
    pivot["country"] = [label("country", v, lang, names) for v in pivot["country"]]
    st.caption("Per cel: realisatie / plan." if nl else "Each cell: actual / plan.")
    widgets.table(
        pivot, f"landenplannen_per_land_{year}", lang, {"country": "Land" if nl else "Country"}
    )
    if sel.country is None:
        pick = st.selectbox(
            "Land bekijken" if nl else "Look at a country",
            list(plans["country"]),
            format_func=lambda code: names.get(code, code),
            key="plans_country",
        )
    else:
        pick = sel.country  # the sidebar's country
    ui_plans.country_plan(dataclasses.replace(sel, year=year), pick, names, note_filters=False)

if auth.can(access.CHANGE):  # the server refuses it anyway
    # editing may prepare next year's plans, so it has its own year (the view above does not)
    data_years = state.measure(catalog.years)
    choices = sorted(set(plan_years) | set(data_years)
                     | {max([*plan_years, *data_years, 2018]) + 1}, reverse=True)
    edit_year = st.selectbox("Planjaar om te bewerken" if nl else "Plan year to edit", choices,
                             index=choices.index(year) if year in choices else 0,
                             key="plans_edit_year")
    edit_plans = plans if edit_year == year else state.measure(m_plans.country_plans, edit_year)
    st.subheader(f"Landenplannen {edit_year} bewerken" if nl
                 else f"Edit the {edit_year} country plans")
    st.caption(
        "Land als naam of ISO-code; doelen leeg = geen doel. Opslaan maakt een nieuwe versie "
        "in de uploadgeschiedenis (ongedaan te maken op de pagina Uploaden)."
        if nl
        else "Country as a name or ISO code; empty target = none. Saving makes a new version in "
        "the upload history (undo on the Upload page)."
    )
    pillar_labels = [t.label(lang) for t in vocab.MISSION_PILLARS]
    edited = st.data_editor(
        ui_plans.plans_editor_frame(edit_plans, lang),
        num_rows="dynamic",
        hide_index=True,
        width="stretch",
        key=f"plans_editor_{edit_year}",
        column_config={
            "pillar": st.column_config.SelectboxColumn(
                "Pijler" if nl else "Pillar", options=pillar_labels, required=True
            )
        },
    )
    if st.button("Landenplannen opslaan" if nl else "Save country plans", key="plans_save"):
        result = loading.write(lang, loading_plans.save_country_plans, edit_year, edited,
                               state.user())
        if result is not None:
            st.session_state["plans_flash"] = (
                f"Landenplannen {edit_year} opgeslagen ({result.rows} landen)."
                if nl
                else f"Country plans {edit_year} saved ({result.rows})."
            )
            st.rerun()

    with st.expander(
        "Sjabloon downloaden of uploaden" if nl else "Download or upload the template"
    ):
        widgets.download(
            "⬇ Sjabloon landenplannen" if nl else "⬇ Country plans template",
            templates.template("country_plans", lang),
            "country_plans_template.xlsx",
            "plans_template",
            lang,
            mime=report.XLSX_MIME,
        )
        file = st.file_uploader(
            "Ingevuld sjabloon (.xlsx)" if nl else "Filled template (.xlsx)",
            type=["xlsx"],
            key="plans_file",
        )
        if file is not None:
            result = loading.check_and_offer_load(
                file.getvalue(),
                file.name,
                "country_plans",
                str(edit_year),
                f"Laden als landenplannen {edit_year}" if nl
                else f"Load as {edit_year} country plans",
                "plans_load",
                lang,
            )
            if result is not None:
                st.session_state["plans_flash"] = (
                    f"Landenplannen {edit_year} geladen als upload {result.upload_id} "
                    f"({fmt.count(result.rows, 'plan', 'plannen', lang)})." if nl else
                    f"Country plans {edit_year} loaded as upload {result.upload_id} "
                    f"({fmt.count(result.rows, 'plan', 'plans', lang)}).")
                st.rerun()
