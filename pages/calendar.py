"""Calendar (team, coordinator): the year's activity calendar against the missions carried out,
what followed from them, and the countries still to fill in; upload a year's calendar."""

import pandas as pd
import streamlit as st

from tradeinvest import access, vocab
from tradeinvest.loading import kinds, templates
from tradeinvest.loading import plans as loading_plans
from tradeinvest.measure import calendar as m_cal
from tradeinvest.reporting import fmt, plan_charts, report
from tradeinvest.reporting.labels import label
from tradeinvest.ui import auth, filters, loading, state, widgets
from tradeinvest.ui.safe import md

sel = filters.current()
lang, nl = sel.lang, sel.lang == "nl"
names = state.country_names(lang)
years = state.measure(m_cal.calendar_years)


def upload_section(default_year: int) -> None:
    """Check and load a year's calendar (title rows, Invest and Trade sheets)."""
    st.caption(
        "Eén werkmap per jaar met de bladen Invest en Trade, kolommen zoals bijlage 2 "
        "van het plan. Opnieuw uploaden vervangt de kalender van dat jaar; ongedaan "
        "maken kan op de pagina Uploaden."
        if nl
        else "One workbook per year with the sheets Invest and Trade, columns as annex 2 of "
        "the plan. Uploading again replaces that year's calendar; undo on the Upload "
        "page."
    )
    widgets.download(
        "⬇ Sjabloon activiteitenkalender" if nl else "⬇ Calendar template",
        templates.template("calendar", lang),
        "calendar_template.xlsx",
        "cal_template",
        lang,
        mime=report.XLSX_MIME,
    )
    file = st.file_uploader(
        "Kalender (.xlsx)" if nl else "Calendar (.xlsx)", type=["xlsx"], key="cal_file"
    )
    year = st.number_input("Jaar van deze kalender" if nl else "Year of this calendar", 2000,
                           2100, default_year, key="cal_year")
    if file is None:
        return
    result = loading.check_and_offer_load(
        file.getvalue(),
        file.name,
        "calendar",
        str(year),
        f"Kalender {year} laden" if nl else f"Load calendar {year}",
        "cal_load",
        lang,
    )
    if result is not None:
        st.session_state["cal_flash"] = (
            f"Kalender {year} geladen als upload {result.upload_id} "
            f"({fmt.count(result.rows, 'item', 'items', lang)})."
            if nl
            else f"Calendar {year} loaded as upload {result.upload_id} "
            f"({fmt.count(result.rows, 'item', 'items', lang)})."
        )
        st.rerun()


st.title(
    "Activiteitenkalender: plan en uitvoering" if nl else "Activity calendar: plan and reality"
)
if "cal_flash" in st.session_state:
    st.success(st.session_state.pop("cal_flash"))
if not years or sel.year is None:
    widgets.empty(
        lang,
        "Nog geen activiteitenkalender. De coördinator uploadt de kalender van een jaar."
        if nl
        else "No activity calendar yet. The coordinator uploads a year's calendar.",
    )
    if auth.can(access.UPLOAD):
        upload_section(sel.year or 2018)
    st.stop()

year = sel.year
st.caption(
    f"Kalenderjaar {year} (het jaar in de zijbalk)." if nl
    else f"Calendar year {year} (the sidebar's year)."
)
applied = widgets.filter_scope(sel, ("year", "pillar", "country", "sector"), lang)
if year not in years:
    widgets.empty(
        lang,
        f"Geen activiteitenkalender voor {year}. Kalenders zijn er voor "
        f"{', '.join(map(str, years))}: kies dat jaar in de zijbalk, of upload hieronder."
        if nl
        else f"No activity calendar for {year}. Calendars exist for "
        f"{', '.join(map(str, years))}: pick that year in the sidebar, or upload below.",
    )
    if auth.can(access.UPLOAD):
        upload_section(int(year))
    st.stop()
plan = state.measure(m_cal.calendar_view, year, sel.pillar, sel.country, sel.sector)
summary = state.measure(m_cal.calendar_summary, year, sel.pillar, sel.country, sel.sector)
cols = st.columns(8)
for col, key, nl_label, en_label in (
    (cols[0], "planned_items", "Gepland", "Planned"),
    (cols[1], "carried_out", "Uitgevoerd", "Carried out"),
    (cols[2], "in_region", "In de regio", "In the region"),
    (cols[3], "not_carried_out", "Niet uitgevoerd", "Not carried out"),
    (cols[4], "unplanned_missions", "Buiten plan", "Not planned"),
    (cols[5], "leads", "Leads", "Leads"),
    (cols[6], "projects", "Projecten", "Projects"),
    (cols[7], "new_jobs", "Nieuwe banen", "New jobs"),
):
    col.metric(nl_label if nl else en_label, fmt.number(summary[key], 0, lang),
               help=("Missies die niet op de kalender stonden" if nl else
                     "Missions that were not on the calendar")
               if key == "unplanned_missions" else None)
st.caption(
    "Uitgevoerd = er is een missie geregistreerd die bij het item past (zelfde "
    "missiereferentie; of zelfde land en overlappende periode; of gelijkende naam in "
    "hetzelfde jaar). Leads, projecten en banen zijn die van die missie. In de regio = "
    "gehouden in Nederland (ontvangst, ambassadeursbezoek, inkomend bezoek): daar hoort "
    "geen missie bij, dus geen 'niet uitgevoerd'; een inkomend bezoek telt bij het land "
    "van de bezoekers."
    if nl
    else "Carried out = a recorded mission fits the item (same mission reference; or same "
    "country and overlapping period; or a similar name in the same year). Leads, "
    "projects and jobs are that mission's. In the region = held in the Netherlands "
    "(reception, ambassador's visit, incoming visit): no mission belongs to it, so it is "
    "not 'not carried out'; an incoming visit counts under the visitors' country."
)


def plan_timeline(plan: pd.DataFrame) -> None:
    """The planned items of the view over the year, coloured as the reader chooses."""
    groups = {
        "pillar": "Pijler" if nl else "Pillar",
        "country": "Land" if nl else "Country",
        "theme": "Thema (Groen/Gezond/Slim)" if nl else "Theme (Green/Healthy/Smart)",
    }
    colour_by = st.radio(
        "Kleur naar" if nl else "Colour by",
        list(groups),
        format_func=groups.get,
        horizontal=True,
        key="cal_colour",
    )
    group_names = {
        code: label(colour_by, code, lang, names) for code in plan[colour_by].dropna().unique()
    }
    group_names["unknown"] = "onbekend" if nl else "unknown"
    dated = plan.dropna(subset=["plan_start"])
    if dated.empty:
        st.info("Geen items met een datum." if nl else "No dated items.")
    else:
        widgets.chart(
            plan_charts.timeline(
                plan,
                colour_by,
                group_names,
                names,
                f"Kalender {year}: gepland (balk) en uitgevoerd (◆ start missie)"
                if nl
                else f"Calendar {year}: planned (bar) and carried out (◆ mission start)",
                lang,
            ),
            plan.drop(columns=["item", "place_key"]),
            f"kalender_{year}",
            lang,
        )


def plan_table(plan: pd.DataFrame) -> None:
    """The planned items of the view with their status and what followed."""
    status_text = {t.code: t.label(lang) for t in vocab.CALENDAR_STATUS}
    shown = plan.assign(
        when=[
            plan_charts.period_label(s, p, e, lang)
            for s, p, e in zip(
                plan["plan_start"], plan["start_precision"], plan["plan_end"], strict=True
            )
        ],
        pillar=[label("pillar", v, lang) for v in plan["pillar"]],
        country=[label("country", v, lang, names) for v in plan["country"]],
        status=plan["status"].map(status_text),
        mission=plan["mission_name"].fillna(""),
        topic=plan["topic"].fillna(""),
        place=plan["place"].fillna(""),
    )
    widgets.table(
        shown[
            [
                "event",
                "pillar",
                "topic",
                "place",
                "country",
                "when",
                "status",
                "mission",
                "leads",
                "projects",
                "new_jobs",
            ]
        ],
        f"kalender_items_{year}",
        lang,
        {
            "event": "Event",
            "topic": "Thema" if nl else "Theme",
            "place": "Waar" if nl else "Place",
            "when": "Gepland" if nl else "Planned",
            "mission": "Uitgevoerd als missie" if nl else "Carried out as mission",
        },
    )


if plan.empty:
    widgets.filtered_empty(sel, applied, lang)  # the calendar has items, the filters left none
else:
    plan_timeline(plan)
    plan_table(plan)

unplanned = state.measure(m_cal.unplanned_missions, year, sel.pillar, sel.country, sel.sector)
st.subheader("Uitgevoerd maar niet gepland" if nl else "Carried out but not planned")
if unplanned.empty:
    st.caption(
        ("Elke missie van dit jaar" + (" in deze selectie" if sel.narrowed else "")
         + " stond op de kalender.")
        if nl
        else ("Every mission of this year" + (" in this selection" if sel.narrowed else "")
              + " was on the calendar.")
    )
else:
    widgets.table(
        unplanned.assign(
            country=[label("country", v, lang, names) for v in unplanned["country"]],
            start_date=[fmt.date(pd.Timestamp(d).date(), lang) for d in unplanned["start_date"]],
        )[
            [
                "reference",
                "name",
                "country",
                "start_date",
                "companies",
                "leads",
                "projects",
                "new_jobs",
            ]
        ],
        f"kalender_buiten_plan_{year}",
        lang,
        {
            "name": "Missie" if nl else "Mission",
            "start_date": "Start",
        },
    )

everything = state.measure(m_cal.calendar_view, year)  # the task is not narrowed by filters
open_items = everything[everything["country"].isna() & everything["place_key"].notna()]
if auth.can(access.CHANGE):  # the server refuses it anyway
    st.subheader("Land invullen" if nl else "Fill in the country")
    if open_items.empty:
        st.caption("Alle items hebben een land." if nl else "Every item has a country.")
    else:
        st.caption(
            "Bij deze items gaf 'Waar' geen eenduidig land. Het antwoord geldt voor elk item "
            "met dezelfde plaats, ook in latere kalenders."
            if nl
            else "'Place' gave no single country for these items. The answer holds for every "
            "item with the same place, in later calendars too."
        )
        options = {
            int(r.item): f"{r.event} — {r.place or ('(geen plaats)' if nl else '(no place)')}"
            for r in open_items.itertuples()
        }
        left, middle, right = st.columns([3, 2, 1])
        item = left.selectbox("Item", list(options), format_func=options.get, key="cal_open_item")
        country = middle.selectbox(
            "Land" if nl else "Country",
            sorted(names, key=names.get),
            format_func=names.get,
            index=None,  # no country until one is chosen (not the first, Afghanistan)
            placeholder="Kies een land" if nl else "Choose a country",
            key="cal_open_country",
        )
        if right.button("Opslaan" if nl else "Save", key="cal_open_save",
                        disabled=country is None):
            row = open_items[open_items["item"] == item].iloc[0]
            if (
                loading.write(
                    lang, loading_plans.set_place_country, row.place, row.event, country,
                    state.user(),
                )
                is not None
            ):
                st.session_state["cal_flash"] = (
                    f"Land van '{md(row.event)}' opgeslagen: {names.get(country, country)}."
                    if nl
                    else f"Country of '{md(row.event)}' saved."
                )
                st.rerun()

    with st.expander("Kalender uploaden" if nl else "Upload a calendar"):
        upload_section(int(year))
    st.caption(
        f"Kolommen: {', '.join(kinds.column_names('calendar', lang))}."
        if nl
        else f"Columns: {', '.join(kinds.column_names('calendar', lang))}."
    )
