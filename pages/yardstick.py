"""Yardstick (coordinator, team): score an opportunity on the four questions of plan 3.5,
record the decision, and see whether the scores predicted what followed."""

import datetime as dt

import pandas as pd
import streamlit as st

from tradeinvest import access, vocab
from tradeinvest.loading import yardstick
from tradeinvest.measure import yardstick as m_yard
from tradeinvest.measure.funnel import mission_yield
from tradeinvest.reporting import fmt, plan_charts
from tradeinvest.reporting.labels import label
from tradeinvest.ui import auth, filters, loading, state, widgets

sel = filters.current()
lang, nl = sel.lang, sel.lang == "nl"
names = state.country_names(lang)
weights = state.measure(m_yard.yardstick_weights)

st.title("Meetlat Utrecht Region" if nl else "Utrecht Region yardstick")
st.caption(
    "Bij elke kans (verzoek, missievoorstel, bidbookverzoek, uitnodiging voor een nieuwe "
    "markt) vier vragen, elk 1 (niet) tot 5 (volledig). Totaal = gewogen gemiddelde."
    if nl
    else "Four questions for every opportunity (request, mission proposal, bidbook "
    "request, invitation to a new market), each 1 (not) to 5 (fully). Total = weighted "
    "average."
)
if "yard_flash" in st.session_state:
    st.success(st.session_state.pop("yard_flash"))

weights_text = ", ".join(f"{q.upper()} {fmt.number(w, 0, lang)}" for q, w in weights.items())
if auth.can(access.SETTINGS):  # the coordinator sets the weights; the server checks anyway
    with st.expander(("Gewichten: " if nl else "Weights: ") + weights_text):
        cols = st.columns(4)
        new_weights = {
            q: cols[i].number_input(
                m_yard.QUESTION_TEXT[q][0 if nl else 1],
                0.0,
                100.0,
                float(weights[q]),
                step=5.0,
                key=f"yard_w_{q}",
            )
            for i, q in enumerate(m_yard.QUESTIONS)
        }
        if st.button("Gewichten opslaan" if nl else "Save weights", key="yard_w_save"):
            problems = loading.write(
                lang, yardstick.set_yardstick_weights, new_weights, state.user()
            )
            if problems:
                st.error("; ".join(problems))
            elif problems is not None:
                st.session_state["yard_flash"] = (
                    "Gewichten opgeslagen." if nl else "Weights saved.")
                st.rerun()
else:
    st.caption(("Gewichten (de coördinator stelt ze in): " if nl
                else "Weights (set by the coordinator): ") + weights_text)

if auth.can(access.SCORE):  # coordinator and team; the server refuses others anyway
    st.subheader("Nieuwe kans scoren" if nl else "Score a new opportunity")
    missions = state.measure(mission_yield)
    mission_names = dict(zip(missions["reference"], missions["name"], strict=True))
    with st.form("yard_new", clear_on_submit=True):
        left, right = st.columns(2)
        title = left.text_input("Kans" if nl else "Opportunity", key="yard_title")
        kind = right.selectbox(
            "Soort" if nl else "Kind",
            [t.code for t in vocab.OPPORTUNITY_KINDS],
            format_func=lambda c: vocab.label_of(vocab.OPPORTUNITY_KINDS, c, lang),
            key="yard_kind",
        )
        a, b, c = st.columns(3)
        received = a.date_input(
            "Binnengekomen op" if nl else "Received on",
            dt.date.today(),
            format="DD-MM-YYYY",
            key="yard_received",
        )
        pillar = b.selectbox(
            "Pijler" if nl else "Pillar",
            [None, "invest", "trade"],
            format_func=lambda p: "–" if p is None else label("pillar", p, lang),
            key="yard_pillar",
        )
        country = c.selectbox(
            "Land" if nl else "Country",
            [None, *sorted(names, key=names.get)],
            format_func=lambda x: "–" if x is None else names[x],
            key="yard_country",
        )
        scores = {}
        score_cols = st.columns(4)
        for i, q in enumerate(m_yard.QUESTIONS):
            text_nl, text_en, help_nl = m_yard.QUESTION_TEXT[q]
            scores[q] = score_cols[i].slider(
                text_nl if nl else text_en, 1, 5, 3, help=help_nl, key=f"yard_score_{q}"
            )
        d1, d2 = st.columns([1, 3])
        decision = d1.radio(
            "Besluit" if nl else "Decision",
            [t.code for t in vocab.DECISIONS],
            format_func=lambda x: vocab.label_of(vocab.DECISIONS, x, lang),
            index=2,
            key="yard_decision",
        )  # "open" until decided
        reason = d2.text_area("Waarom" if nl else "Why", key="yard_reason", height=80)
        l1, l2, l3 = st.columns(3)
        mission = l1.selectbox(
            "Missie (referentie)" if nl else "Mission (reference)",
            [None, *missions["reference"]],
            key="yard_mission",
            format_func=lambda r: "–" if r is None else f"{r} {mission_names.get(r, '')}",
        )
        bidbook = l2.text_input(
            "Bidbookreferentie" if nl else "Bidbook reference", key="yard_bidbook"
        )
        company = l3.text_input("Bedrijf" if nl else "Company", key="yard_company")
        if st.form_submit_button("Score opslaan" if nl else "Save score"):
            opportunity = yardstick.Opportunity(
                received,
                title,
                kind,
                *(int(scores[q]) for q in m_yard.QUESTIONS),
                pillar=pillar,
                country=country,
                decision=decision,
                reason=reason,
                mission_reference=mission,
                bidbook_reference=bidbook,
                company=company,
            )
            new_id = loading.write(lang, yardstick.add_opportunity, opportunity, state.user())
            if new_id is not None:
                total = m_yard.score(scores, weights)
                st.session_state["yard_flash"] = (
                    f"Kans {new_id} opgeslagen: score {fmt.number(total, 1, lang)}."
                    if nl
                    else f"Opportunity {new_id} saved: score {fmt.number(total, 1, lang)}."
                )
                st.rerun()

every = state.measure(m_yard.opportunity_outcomes)
outcomes = m_yard.narrow(every, sel.year, sel.country, sel.pillar)
st.subheader(
    f"Gescoorde kansen {sel.year} en wat volgde" if nl
    else f"Scored opportunities {sel.year} and what followed"
)
applied = widgets.filter_scope(sel, ("year", "country", "pillar"), lang)
st.caption(f"Kansen die binnenkwamen in {sel.year} (het jaar in de zijbalk)." if nl
           else f"Opportunities received in {sel.year} (the sidebar's year).")
if every.empty:
    widgets.empty(lang, "Nog geen gescoorde kansen." if nl else "No scored opportunities yet.")
    st.stop()
if outcomes.empty:
    widgets.filtered_empty(sel, applied, lang)
    st.stop()
DECISION = {t.code: t.label(lang) for t in vocab.DECISIONS}
shown = outcomes.sort_values(["received", "opportunity_id"], ascending=False)
shown = shown.assign(
    received=[fmt.date(pd.Timestamp(d).date(), lang) for d in shown["received"]],
    opportunity_kind=[
        vocab.label_of(vocab.OPPORTUNITY_KINDS, k, lang) for k in shown["opportunity_kind"]
    ],
    country=[label("country", v, lang, names) for v in shown["country"]],
    decision=shown["decision"].map(DECISION),
    link=[
        ("–" if k is None else f"{k}{'' if found else ' (?)'}")
        for k, found in zip(shown["link"], shown["link_found"], strict=True)
    ],
)
widgets.table(
    shown[
        [
            "opportunity_id",
            "received",
            "title",
            "opportunity_kind",
            "country",
            "total",
            "band",
            "decision",
            "reason",
            "link",
            "leads",
            "projects",
            "new_jobs",
        ]
    ],
    "meetlat_kansen",
    lang,
    {
        "opportunity_id": "Nr" if nl else "No",
        "received": "Binnen" if nl else "Received",
        "title": "Kans" if nl else "Opportunity",
        "opportunity_kind": "Soort" if nl else "Kind",
        "total": "Score",
        "band": "Band",
        "reason": "Waarom" if nl else "Why",
        "link": "Gekoppeld via" if nl else "Linked via",
    },
)
st.caption(
    "Score met de huidige gewichten. Wat volgde komt uit één koppeling: missie, anders "
    "bidbook, anders bedrijf (vanaf de datum van binnenkomst). (?) = referentie niet "
    "gevonden in de gegevens."
    if nl
    else "Score with the current weights. What followed comes from one link: mission, else "
    "bidbook, else company (from the date received). (?) = reference not found."
)

if auth.can(access.SCORE):  # the server refuses it anyway
    with st.expander("Besluit en koppelingen bijwerken" if nl else "Update decisions and links"):
        editable = outcomes[["opportunity_id", "title", *yardstick.EDITABLE_OPPORTUNITY]]
        edited = st.data_editor(
            editable,
            hide_index=True,
            width="stretch",
            key="yard_editor",
            disabled=["opportunity_id", "title"],
            column_config={
                "decision": st.column_config.SelectboxColumn(
                    "Besluit" if nl else "Decision",
                    options=[t.code for t in vocab.DECISIONS],
                    required=True,
                )
            },
        )
        if st.button("Wijzigingen opslaan" if nl else "Save changes", key="yard_edit_save"):
            problems = loading.write(lang, yardstick.update_opportunities, edited, state.user())
            if problems:
                st.error("; ".join(problems))
            elif problems is not None:
                st.session_state["yard_flash"] = "Opgeslagen." if nl else "Saved."
                st.rerun()

st.subheader("Voorspelt de meetlat het resultaat?" if nl else "Does the yardstick predict results?")
bands = state.measure(m_yard.yardstick_bands, None, sel.year, sel.country, sel.pillar)
left, right = st.columns([3, 2])
with left:
    widgets.table(
        bands.assign(hit_rate=[fmt.percent(v, 0, lang) for v in bands["hit_rate"]]),
        "meetlat_banden",
        lang,
        {
            "band": "Scoreband" if nl else "Score band",
            "opportunities": "Kansen" if nl else "Opportunities",
            "taken": "Opgepakt" if nl else "Taken",
            "declined": "Afgewezen" if nl else "Declined",
            "open": "Open",
            "taken_with_result": "Opgepakt met project" if nl else "Taken with a project",
            "hit_rate": "Trefkans" if nl else "Hit rate",
            "jobs_per_taken": "Banen per opgepakte kans" if nl else "Jobs per taken",
            "declined_with_result": "Afgewezen, toch project" if nl else "Declined, yet project",
        },
        {"Trefkans" if nl else "Hit rate": st.column_config.TextColumn(
            help="Opgepakt met project ÷ opgepakt" if nl else "Taken with a project ÷ taken")},
        numbers=bands,
    )
    st.caption(
        "Leads, projecten en banen van de opgepakte kansen per band. Trefkans = het deel "
        "van de opgepakte kansen waarop minstens één project volgde (opgepakt met project "
        "÷ opgepakt); leeg als er in die band niets is opgepakt. Een hogere band hoort een "
        "hogere trefkans en meer banen te geven; zo niet, herzie de gewichten."
        if nl
        else "Leads, projects and jobs of the taken opportunities per band. Hit rate = the "
        "share of the taken opportunities that at least one project followed (taken with a "
        "project ÷ taken); blank when nothing in that band was taken. A higher band should "
        "give a higher hit rate and more jobs; if not, revisit the weights."
    )
with right:
    widgets.chart(
        plan_charts.score_vs_results(
            outcomes,
            "Score tegenover banen die volgden" if nl else "Score against jobs that followed",
            lang,
        ),
        outcomes[["opportunity_id", "title", "total", "decision", "projects", "new_jobs"]],
        "meetlat_score_banen",
        lang,
    )
