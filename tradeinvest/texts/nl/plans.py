"""Dutch (the default language) texts: calendar, country plans, yardstick. Same keys as the other
language's `plans`."""

from __future__ import annotations

TEXTS: dict[str, str] = {
    "calendar_loaded": "Kalender {year} geladen als upload {upload} ({rows}).",
    "rows_calendar_one": "item",
    "rows_calendar_many": "items",
    "country_plans_loaded": "Landenplannen {year} geladen als upload {upload} ({rows}).",
    "rows_country_plans_one": "plan",
    "rows_country_plans_many": "plannen",
    "cal_upload_help": (
        "Eén werkmap per jaar met de bladen Invest en Trade, kolommen zoals bijlage 2 van het "
        "plan. Opnieuw uploaden vervangt de kalender van dat jaar; ongedaan maken kan op de "
        "pagina Uploaden."
    ),
    "cal_template": "⬇ Sjabloon activiteitenkalender",
    "cal_file": "Kalender (.xlsx)",
    "cal_year": "Jaar van deze kalender",
    "cal_load": "Kalender {year} laden",
    "cal_title": "Activiteitenkalender: plan en uitvoering",
    "cal_none": "Nog geen activiteitenkalender. De coördinator uploadt de kalender van een jaar.",
    "cal_year_caption": "Kalenderjaar {year} (het jaar in de zijbalk).",
    "cal_year_missing": (
        "Geen activiteitenkalender voor {year}. Kalenders zijn er voor {years}: kies dat jaar in "
        "de zijbalk, of upload hieronder."
    ),
    "cal_planned": "Gepland",
    "cal_carried_out": "Uitgevoerd",
    "cal_in_region": "In de regio",
    "cal_not_carried_out": "Niet uitgevoerd",
    "cal_unplanned": "Buiten plan",
    "cal_unplanned_help": "Missies die niet op de kalender stonden",
    "cal_explained": (
        "Uitgevoerd = er is een missie geregistreerd die bij het item past (zelfde "
        "missiereferentie; of zelfde land en overlappende periode; of gelijkende naam in "
        "hetzelfde jaar). Leads, projecten en banen zijn die van die missie. In de regio = "
        "gehouden in Nederland (ontvangst, ambassadeursbezoek, inkomend bezoek): daar hoort geen "
        "missie bij, dus geen 'niet uitgevoerd'; een inkomend bezoek telt bij het land van de "
        "bezoekers."
    ),
    "cal_colour_by": "Kleur naar",
    "cal_theme_group": "Thema (Groen/Gezond/Slim)",
    "cal_no_dated": "Geen items met een datum.",
    "cal_timeline_title": "Kalender {year}: gepland (balk) en uitgevoerd (◆ start missie)",
    "cal_where": "Waar",
    "cal_as_mission": "Uitgevoerd als missie",
    "cal_unplanned_title": "Uitgevoerd maar niet gepland",
    "cal_all_planned": "Elke missie van dit jaar stond op de kalender.",
    "cal_all_planned_narrowed": "Elke missie van dit jaar in deze selectie stond op de kalender.",
    "cal_fill_title": "Land invullen",
    "cal_all_have_country": "Alle items hebben een land.",
    "cal_fill_help": (
        "Bij deze items gaf 'Waar' geen eenduidig land. Het antwoord geldt voor elk item met "
        "dezelfde plaats, ook in latere kalenders."
    ),
    "cal_no_place": "(geen plaats)",
    "choose_country": "Kies een land",
    "cal_country_saved": "Land van '{event}' opgeslagen: {country}.",
    "cal_upload_expander": "Kalender uploaden",
    "cal_columns": "Kolommen: {columns}.",
    # pages/plans.py, ui/plans_sections.py
    "plans_year_caption": "Planjaar {year} (het jaar in de zijbalk).",
    "plans_add_up": "Tellen de landenplannen {year} op tot het regionale doel?",
    "plans_sum_jobs": "Som landenplannen: nieuwe banen",
    "plans_minus_target": "Plannen minus doel",
    "actual_region": "Realisatie regio",
    "plans_all_countries": (
        "Deze optelling gaat over alle landen; het landfilter geldt voor 'Plan en realisatie per "
        "land' hieronder."
    ),
    "plans_none": "Nog geen landenplannen voor {year}. Vul ze hieronder in of upload het sjabloon.",
    "plans_chart_title": "Banen: plannen en doel {year}",
    "plans_sum_short": "Som plannen",
    "plans_gap": "Plannen − doel",
    "actual_planned": "Realisatie planlanden",
    "plans_actual_note": (
        "Realisatie = het jaar zover geladen. 'Planlanden' telt elk record één keer (Hongkong "
        "valt onder China)."
    ),
    "plans_per_country": "Plan en realisatie per land",
    "plans_cell_note": "Per cel: realisatie / plan.",
    "plans_look_at": "Land bekijken",
    "plans_edit_year": "Planjaar om te bewerken",
    "plans_edit_title": "Landenplannen {year} bewerken",
    "plans_edit_help": (
        "Land als naam of ISO-code; doelen leeg = geen doel. Opslaan maakt een nieuwe versie in "
        "de uploadgeschiedenis (ongedaan te maken op de pagina Uploaden)."
    ),
    "plans_save": "Landenplannen opslaan",
    "plans_saved": "Landenplannen {year} opgeslagen ({rows} landen).",
    "plans_template_expander": "Sjabloon downloaden of uploaden",
    "plans_template": "⬇ Sjabloon landenplannen",
    "plans_file": "Ingevuld sjabloon (.xlsx)",
    "plans_load": "Laden als landenplannen {year}",
    # pages/yardstick.py, ui/yardstick_sections.py
    "yard_title": "Meetlat Utrecht Region",
    "yard_intro": (
        "Bij elke kans (verzoek, missievoorstel, bidbookverzoek, uitnodiging voor een nieuwe "
        "markt) vier vragen, elk 1 (niet) tot 5 (volledig). Totaal = gewogen gemiddelde."
    ),
    "yard_weights": "Gewichten: {weights}",
    "yard_weights_read_only": "Gewichten (de coördinator stelt ze in): {weights}",
    "yard_q_a": "A. Bijdrage aan de doelen",
    "yard_q_b": "B. Past in de strategie",
    "yard_q_c": "C. Effectiviteit",
    "yard_q_d": "D. Efficiëntie en continuïteit",
    "yard_q_help_a": (
        "Primair: mogelijke bijdrage aan de werkgelegenheid. Secundair: wat leverde deze of een "
        "soortgelijke kans eerder op, en hoe snel levert ze resultaat?"
    ),
    "yard_q_help_b": (
        "Bijdrage aan Invest en Trade; past bij Groen, Gezond, Slim / Healthy Urban Living; "
        "onderscheidend ten opzichte van anderen?"
    ),
    "yard_q_help_c": (
        "Genoeg draagvlak, netwerk en ecosysteem om de kans te verzilveren; bij handelsmissies: "
        "aantoonbare vraag van bedrijven?"
    ),
    "yard_q_help_d": (
        "Kosten tegen verwachte opbrengst; geen eenmalige actie maar onderdeel van een lijn."
    ),
    "yard_weights_save": "Gewichten opslaan",
    "yard_weights_saved": "Gewichten opgeslagen.",
    "yard_score_new": "Nieuwe kans scoren",
    "yard_opportunity": "Kans",
    "yard_received": "Binnengekomen op",
    "yard_why": "Waarom",
    "yard_mission": "Missie (referentie)",
    "yard_bidbook": "Bidbookreferentie",
    "yard_save_score": "Score opslaan",
    "yard_saved": "Kans {id} opgeslagen: score {score}.",
    "yard_scored_title": "Gescoorde kansen {year} en wat volgde",
    "yard_year_caption": "Kansen die binnenkwamen in {year} (het jaar in de zijbalk).",
    "yard_none": "Nog geen gescoorde kansen.",
    "yard_no": "Nr",
    "yard_received_short": "Binnen",
    "yard_linked_via": "Gekoppeld via",
    "yard_scored_note": (
        "Score met de huidige gewichten. Wat volgde komt uit één koppeling: missie, anders "
        "bidbook, anders bedrijf (vanaf de datum van binnenkomst). (?) = referentie niet gevonden "
        "in de gegevens."
    ),
    "yard_update": "Besluit en koppelingen bijwerken",
    "save_changes": "Wijzigingen opslaan",
    "yard_predicts": "Voorspelt de meetlat het resultaat?",
    "yard_band": "Scoreband",
    "yard_opportunities": "Kansen",
    "yard_taken": "Opgepakt",
    "yard_declined": "Afgewezen",
    "yard_taken_with_result": "Opgepakt met project",
    "yard_hit_rate": "Trefkans",
    "yard_hit_rate_help": "Opgepakt met project ÷ opgepakt",
    "yard_jobs_per_taken": "Banen per opgepakte kans",
    "yard_declined_with_result": "Afgewezen, toch project",
    "yard_bands_note": (
        "Leads, projecten en banen van de opgepakte kansen per band. Trefkans = het deel van de "
        "opgepakte kansen waarop minstens één project volgde (opgepakt met project ÷ opgepakt); "
        "leeg als er in die band niets is opgepakt. Een hogere band hoort een hogere trefkans en "
        "meer banen te geven; zo niet, herzie de gewichten."
    ),
    "yard_chart_title": "Score tegenover banen die volgden",
    # words that read the same in both languages
    "cal_event": "Event",
    "item": "Item",
    "score": "Score",
    "band": "Band",
    "yard_open": "Open",
    "budget_eur": "Budget (€)",
    "invest": "Invest",
    "trade": "Trade",
    "report_pdf_unavailable": "⬇ PDF",
    # the country plans' indicators (were measure.plans.PLAN_INDICATORS)
    "plan_indicator_contacts": "Contacten",
    "plan_indicator_bidbooks_ffts": "Bidbooks en FFT's",
    "plan_indicator_mission_companies": "Bedrijven op missie",
    "plan_indicator_leads": "Leads",
    "plan_indicator_projects": "Projecten",
    "plan_indicator_new_jobs": "Nieuwe banen",
    # follow-up (Nazorg)
    'follow_up_loaded': 'Nazorg {year} geladen als upload {upload} ({rows}).',
    'rows_follow_up_one': 'nazorgcijfer',
    'rows_follow_up_many': 'nazorgcijfers',
}
