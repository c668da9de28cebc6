"""Dutch (the default language) texts: overview, countries, sectors, missions, the drill-downs,
filters. Same keys as the other language's `dashboards`."""

from __future__ import annotations

TEXTS: dict[str, str] = {
    "count_contracts": "contract|contracten",
    # ui/drilldown
    "contacts": "Contacten",
    "bidbooks_ffts": "Bidbooks + FFT's",
    "bidbooks_and_ffts": "Bidbooks en FFT's",
    "leads": "Leads",
    "trade_wins_short": "Trade wins",
    "new_jobs": "Nieuwe banen",
    "investment": "Investering",
    "investment_eur": "Investering (€)",
    "retained_jobs": "Behouden banen",
    "effort_to_results_per_year": "Van inzet naar resultaat per jaar",
    "count": "Aantal",
    "new_jobs_per_year": "Nieuwe banen per jaar",
    "new_direct_jobs": "Nieuwe directe banen",
    "investment_origin": "Investeringen (herkomst)",
    "trade_estimate_market": "Trade, schatting (exportmarkt)",
    "no_funnel_data": "Geen trechtergegevens in deze periode.",
    "funnel_title": "Trechter {period}: bedrijven per verste fase",
    "funnel_note": (
        "Bedrijven met inzet of resultaat in {period} onder de gekozen filters, elk op de "
        "verste fase die het in die periode bereikte. Project = bedrijven met een "
        "gerealiseerd investeringsproject of een trade win; de kerncijfers tellen {projects} "
        "en {wins}."
    ),
    "no_lead_time": (
        "Geen projecten in {period} met een eerder contact om de doorlooptijd te meten."
    ),
    "lead_time_title": "Doorlooptijd van eerste contact tot project, {period}",
    "days": "Dagen",
    "lead_time_note": (
        "Projecten gerealiseerd in {period}: mediaan {median} dagen (middelste helft "
        "{p25}–{p75}), {traced} van {projects} herleid."
    ),
    "count_projects": "project|projecten",
    "no_missions_in_period": "Geen missies in deze periode.",
    "no_projects_in_period": "Geen projecten in deze periode.",
    "reference": "Referentie",
    "mission": "Missie",
    "kind": "Soort",
    "destination": "Bestemming",
    "start": "Start",
    "companies": "Bedrijven",
    "leads_of_mission": "Leads van de missie",
    "won_leads": "Gewonnen leads",
    "projects": "Projecten",
    "company": "Bedrijf",
    "realised": "Gerealiseerd",
    "source_row": "{file} · {period} · rij {row}",
    "source_file_period_row": "Bron (bestand · kwartaal · rij)",
    "funnel_stages": "Contact|Bidbook/FFT|Lead|Project",
    # pages/countries
    "pick_country": "Kies links bij Filters een land om in te zoomen.",
    "new_jobs_from_investment": "Nieuwe banen investeringen",
    "trade_jobs_estimate": "Banen trade (schatting)",
    "effort_contacts_bidbooks_leads": "Inzet (contacten, bidbooks, leads)",
    "by_country_of_origin": "Per land van herkomst (moederbedrijf)",
    "by_export_market": "Per exportmarkt",
    "by_country_of_company_or_market": "Per land van het bedrijf of de markt",
    "investment_projects_origin": "Investeringsprojecten (herkomst)",
    "new_jobs_investment_origin": "Nieuwe banen investeringen (herkomst)",
    "trade_wins_market": "Trade wins (exportmarkt)",
    "export_contracts_market": "Exportcontracten (exportmarkt)",
    "trade_jobs_estimate_market": "Banen trade, schatting (exportmarkt)",
    "as_country_of_origin": "Als land van herkomst (investeringen)",
    "new_jobs_origin": "Nieuwe banen (herkomst)",
    "as_export_market": "Als exportmarkt (trade)",
    "jobs_estimate_market": "Banen, schatting (exportmarkt)",
    "contract_value": "Contractwaarde",
    "origin_and_market_total": (
        "Samen {total} nieuwe banen: {origin} uit investeringen (herkomst) en {market} "
        "geschat uit trade (exportmarkt)."
    ),
    "map_shows": "Kaart toont",
    "too_small_for_map": "Te klein voor de kaart (wel in de tabel): {codes}",
    "countries_roles_note": (
        "Investeringen staan bij het land van het moederbedrijf (herkomst), trade bij het "
        "land waarheen geëxporteerd wordt (exportmarkt); leads bij het land van het "
        "leadbedrijf."
    ),
    "not_focus_country": (
        "{name} staat niet op de focuslijst van {year}; resultaten tellen wel mee."
    ),
    "focus_country": (
        "Focusland {year} (lijst {list_year}): Invest {invest}, Trade {trade}{regions}."
    ),
    "focus_regions": "; regio: {regions}",
    "yes": "ja",
    "no": "nee",
    "effort_and_results_over_years": "Inzet en resultaat door de jaren",
    "missions": "Missies",
    # pages/sectors
    "sectors_and_themes": "Sectoren en thema's",
    "pick_sector": "Kies links bij Filters een sector om in te zoomen.",
    "jobs_by_theme_and_sector": "Nieuwe banen per thema en sector",
    "jobs_per_year_and_theme": "Nieuwe banen per jaar en thema",
    "theme_is": "Thema: {theme}",
    # pages/missions
    "companies_taking_part": "Bedrijven mee",
    "jobs_traced": "Banen herleid",
    "mission_leads_summary": (
        "{companies} bedrijven mee, {leads} leads ({per_company} per bedrijf), {won} "
        "gewonnen."
    ),
    "no_missions_in_year": "Geen missies in {year}. Upload een missiebestand (Missies + Leads).",
    "missions_compared": "Missies vergeleken",
    "missions_compared_note": (
        "Naast elkaar: leads, waarvan gewonnen, en projecten die naar de missie herleiden "
        "(gewonnen leads zijn een deel van de leads, dus niet opgeteld)."
    ),
    "leads_of_one_mission": "Leads van één missie",
    "source": "Bron",
    # pages/overview
    "figure_new_jobs": "Nieuwe banen (jaar tot nu)",
    "figure_investment_projects": "Investeringsprojecten",
    "figure_trade_wins": "Trade wins (bedrijven per jaar)",
    "figure_contacts": "Contacten",
    "figure_bidbooks_ffts": "Bidbooks en FFT's",
    "figure_mission_companies": "Bedrijven op missie",
    "figure_leads": "Leads",
    "figure_investment_eur": "Investering (€)",
    "no_projects_for_year": "Voor {year} zijn nog geen projecten geüpload.",
    "road_to_1000": "Op weg naar 1.000 banen — {year}",
    "data_through": "Gegevens t/m {through}. ",
    "country_roles_caption": (
        "Land = land van herkomst (moederbedrijf) voor investeringen en exportmarkt voor "
        "trade; beide staan hieronder apart."
    ),
    "this_quarter": "{delta} dit kwartaal",
    "annual_target": "Jaardoel",
    "country_plan_target": "Doel landenplan",
    "target_none_here": "Doel (geen voor deze selectie)",
    "share_reached": "{share} bereikt",
    "difference_from_target": "Verschil met jaardoel",
    "year_end_forecast": "Prognose jaareinde ({method})",
    "last_four_quarters": "laatste 4 kwartalen: {value}",
    "forecast_run_rate": (
        "Tempo tot nu (jaar tot nu × 4 / geladen kwartalen; een ontbrekend kwartaal telt niet "
        "mee)"
    ),
    "forecast_last_four": (
        "Laatste vier kwartalen (voortschrijdend; een ontbrekend kwartaal telt niet mee, de "
        "geladen kwartalen × 4 / hun aantal)"
    ),
    "of_which_trade_invest": "Waarvan Trade (schatting): {trade}; Invest: {invest}.",
    "retained_jobs_separate": "Behouden banen (apart)",
    "indirect_jobs": "Indirecte banen",
    "indirect_jobs_help": (
        "Schatting: indirecte banen per directe FDI-baan × nieuwe Invest-banen; telt niet mee "
        "voor het doel."
    ),
    "new_and_expansions": "{new} nieuw, {expansions}",
    "count_expansions": "uitbreiding|uitbreidingen",
    "trade_wins_help": "Eén per bedrijf en jaar, de waarde van de contracten opgeteld.",
    "realised_through_quarter": "{year}: gerealiseerd (Q1 t/m Q{quarter}).",
    "jobs_by_origin": "Nieuwe banen (investeringen) per land van herkomst",
    "jobs": "Banen",
    "trade_jobs_by_market": "Trade: banen (schatting) per exportmarkt",
    "new_jobs_estimate": "Nieuwe banen (schatting)",
    "export_market_code": "Exportmarkt (code)",
    "export_market": "Exportmarkt",
    "changed_since_last_quarter": "Wat veranderde sinds vorig kwartaal",
    "indicator": "Indicator",
    "previous_quarter": "Vorig kwartaal",
    "now": "Nu",
    "change": "Verschil",
    "no_restatements": "Geen correcties: de cijfers zijn gelijk aan wat eerder gerapporteerd is.",
    "restated": "Gecorrigeerd ten opzichte van de eerdere rapportage:",
    "jobs_from_focus": "Banen uit focuslanden",
    "effort_on_focus": "Inzet op focuslanden",
    "cost_per_new_job": "Kosten per nieuwe baan",
    "jobs_per_fte": "{value} banen per fte",
    # ui/filters, app
    "language_switch": "Taal / Language",
    "language_nl": "Nederlands",
    "language_en": "English",
    # i15f: missions by theme
    "themes": "Thema's",
    "missions_by_theme": "Missies per thema",
    "missions_by_theme_note": (
        "Een missie die meer thema's dient, telt onder elk van haar thema's één keer mee en in "
        "het totaal één keer; de thema's samen kunnen dus meer missies tellen dan het totaal."
    ),
    # i16h: the forecast on the Overview
    "forecast_title": "Prognose: halen we het doel dit jaar?",
    "forecast_method_run_rate": "Tempo tot nu",
    "forecast_method_last_four": "Laatste vier kwartalen",
    "forecast_method_pipeline": "Pijplijn",
    "forecast_best": "Prognose jaareinde: {method}",
    "forecast_interval": "80%-interval: {low} – {high}",
    "forecast_no_interval": "geen interval bij deze methode",
    "forecast_expected": "Verwacht dit jaar te landen (pijplijn, gewogen naar kans)",
    "forecast_still_needed": "Nog nodig uit de pijplijn",
    "forecast_still_needed_help": "Doel − gerealiseerd − verwacht uit de pijplijn; negatief: "
                                  "de verwachting dekt het doel.",
    "forecast_why": "Getoond: de methode die hier het meest accuraat was, met in eerdere jaren "
                    "de kleinste gemiddelde afwijking ({mae} banen over {n} kwartaaleinden).",
    "forecast_untested": "Nog geen afgesloten jaar om de methoden te toetsen; getoond: {method}.",
    "forecast_no_pipeline": "Geen pijplijn geladen voor {through}: geen pijplijnprognose.",
    "forecast_backtest_title": "Backtest: hoe goed was elke prognose in eerdere jaren?",
    "forecast_backtest_help": "Elke methode berekend aan het eind van Q1–Q3 van elk afgesloten "
                              "jaar met de gegevens zoals toen gemeld (nooit een latere "
                              "correctie), tegen de jaaruitkomst zoals nu gemeld.",
    "forecast_col_method": "Methode",
    "forecast_col_n": "Kwartaaleinden",
    "forecast_col_mae": "Gem. absolute fout",
    "forecast_col_coverage": "Binnen 80%-interval",
    "forecast_col_period": "Kwartaaleinde",
    "forecast_col_forecast": "Prognose",
    "forecast_col_low": "80% laag",
    "forecast_col_high": "80% hoog",
    "forecast_col_actual": "Uitkomst",
    "forecast_col_error": "Fout",
    "forecast_top_title": "Kansen die het meest tellen (verwachte banen × kans)",
    "forecast_col_reference": "Referentie",
    "forecast_col_company": "Bedrijf",
    "forecast_col_country": "Land",
    "forecast_col_stage": "Fase",
    "forecast_col_likelihood": "Waarschijnlijkheid",
    "forecast_col_expected_jobs": "Verwachte banen",
    "forecast_col_probability": "Kans vóór jaareinde",
    "forecast_col_weighted_jobs": "Gewogen banen",
    "forecast_stage_prospect": "Prospect",
    "forecast_stage_active": "Actief",
    "forecast_stage_verify": "Verificatie",
    "forecast_likelihood_high": "Hoog",
    "forecast_likelihood_medium": "Midden",
    "forecast_likelihood_low": "Laag",
    # i16g: the pipeline (ui/pipeline.py, pages/pipeline.py)
    "page_pipeline": "Pijplijn",
    "pipeline_title": "Pijplijn",
    "pipeline_none": (
        "Nog geen pijplijn geüpload tot en met deze periode. Upload per kwartaal het bestand "
        "Pijplijn (kansen) op de pagina Uploaden."
    ),
    "pipeline_snapshot": (
        "Open kansen volgens de pijplijn-upload van {quarter}: waar het team dat kwartaal aan "
        "werkte."
    ),
    "pipeline_open": "Open kansen",
    "pipeline_open_jobs": "Verwachte banen, alle open kansen (ongewogen)",
    "pipeline_high_jobs": "Verwachte banen, kans hoog",
    "pipeline_conversion": "Conversie prospect → gewonnen",
    "pipeline_conversion_help": (
        "Van alle kansen in de pijplijn-uploads tot nu toe het deel dat gewonnen werd; kansen "
        "die nog open zijn tellen mee."
    ),
    "pipeline_no_open": "Geen open kansen in de pijplijn van {quarter}.",
    "pipeline_open_chart": "Open pijplijn per fase en kans",
    "pipeline_conversion_chart": "Conversie per fase: deel dat gewonnen werd",
    "pipeline_conversion_note": (
        "Een kans heeft een fase bereikt in het eerste kwartaal dat ze in die fase of een "
        "latere werd gemeld; conversie = gewonnen ÷ bereikt, over alle pijplijn-uploads."
    ),
    "pipeline_lost_reasons": "Redenen verloren ({period})",
    "pipeline_lost_countries": "Verloren aan land ({period})",
    "pipeline_none_lost": "Geen verloren kansen in {period}.",
    "pipeline_by_source": "Conversie per bron",
    "pipeline_time_in_stage": "Tijd per fase",
    "pipeline_time_note": (
        "Kwartalen van het eerste kwartaal in een fase tot het kwartaal van de volgende fase "
        "of verlies; kansen die nog in de fase zitten tellen niet mee."
    ),
    "pipeline_open_list": "Open kansen, meeste verwachte banen eerst",
    "pipeline_of_mission": "Pijplijn uit missie {mission}",
    "pipeline_stage_axis": "Fase",
    "pipeline_jobs_axis": "Verwachte banen",
    "pipeline_share_axis": "Deel gewonnen",
    "pipeline_col_stage": "Fase",
    "pipeline_col_likelihood": "Kans op landen",
    "pipeline_col_source": "Bron",
    "pipeline_col_opportunities": "Kansen",
    "pipeline_col_expected_jobs": "Verwachte banen",
    "pipeline_col_reached": "Bereikt",
    "pipeline_col_won": "Gewonnen",
    "pipeline_col_lost": "Verloren",
    "pipeline_col_open": "Nog open",
    "pipeline_col_conversion": "Conversie",
    "pipeline_col_reason": "Reden",
    "pipeline_col_lost_to": "Land",
    "pipeline_col_left": "Kansen die de fase verlieten",
    "pipeline_col_mean_quarters": "Gemiddeld (kwartalen)",
    "pipeline_col_median_quarters": "Mediaan (kwartalen)",
    "pipeline_col_reference": "Referentie",
    "pipeline_col_company": "Bedrijf",
    "pipeline_col_country": "Land",
    "pipeline_col_land_date": "Verwachte landing",
    "pipeline_col_mission": "Missie",
    # i17c: how solid is the count (Overview), the evidence checklist (Settings)
    "solid_title": "Hoe solide is de telling?",
    "solid_intro": (
        "De kopcijfers tellen de banen die een bedrijf bij de landing verwacht binnen drie "
        "jaar te scheppen. Hier staat wat daarvan bevestigd en onderbouwd is, en wat de "
        "nazorg aan werkelijke banen vond, per landingsjaar. Definities: docs/indicators.md, "
        "hoofdstuk Geverifieerde resultaten."
    ),
    "solid_evidence_complete": "Banen met volledig bewijs",
    "solid_confirmed": "Door de investeerder bevestigd",
    "solid_realised": "Gerealiseerd na nazorg",
    "solid_of_jobs": "{jobs} van {total} banen",
    "solid_realised_delta": "{year}: {realised} van {expected} banen",
    "solid_no_follow_up": "Nog geen nazorg voor deze landingsjaren.",
    "solid_headline_unchanged": (
        "Deze cijfers staan naast de kopcijfers en veranderen ze niet: de telling blijft de "
        "verwachte nieuwe banen bij de landing."
    ),
    "solid_gaps_title": "Projecten {year} waar bewijs ontbreekt ({count})",
    "solid_gaps_none": "Alle projecten van dit jaar hebben volledig bewijs.",
    "solid_col_year": "Landingsjaar",
    "solid_col_new_jobs": "Verwachte nieuwe banen",
    "solid_col_expected_jobs_followed": "Verwacht (met nazorg)",
    "solid_col_realised_jobs": "Gerealiseerd (nazorg)",
    "solid_col_realisation_share": "Realisatie",
    "solid_col_jobs_lost": "Banen verloren (nazorg)",
    "solid_col_confirmed_share": "Bevestigd",
    "solid_col_evidence_complete_share": "Volledig bewijs",
    "solid_col_company": "Bedrijf",
    "solid_col_country": "Land",
    "solid_col_partner": "Partner",
    "solid_col_missing": "Ontbreekt",
    "solid_col_evidence": "Bewijs (zoals ingevuld)",
    "solid_col_reference": "Project",
    "settings_evidence": "Bewijslijst",
    "settings_evidence_help": (
        "Wat in de kolom Bewijs van het projectenbestand mag staan. Synoniemen gescheiden "
        "door ';'. Een project heeft volledig bewijs als elk onderdeel dat telt genoemd is."
    ),
    "evidence_col_code": "Code",
    "evidence_col_label_nl": "Naam (Nederlands)",
    "evidence_col_label_en": "Naam (Engels)",
    "evidence_col_synonyms": "Synoniemen",
    "evidence_col_counts": "Telt mee",
    # i17b: confirmation and contribution
    "confirmation_section": "Bevestiging door de investeerder",
    "confirmation_intro": (
        "Bevestigde banen en banen gewogen naar onze bijdrage staan naast de kopcijfers en "
        "vervangen ze nooit. Per project: is de bevestiging gevraagd, en wat antwoordde het "
        "bedrijf?"
    ),
    "confirmation_confirmed_jobs": "Bevestigde banen",
    "confirmation_share_of_jobs": "{share} van de nieuwe banen",
    "confirmation_weighted_jobs": "Banen gewogen naar bijdrage",
    "confirmation_weighted_help": (
        "Tweede weergave, vervangt het kopcijfer niet: nieuwe banen × (1 − het deel dat het "
        "bedrijf zonder hulp ook had bereikt, midden van de gekozen klasse). Betwist telt 0, "
        "niet beantwoord telt volledig (zie de definities)."
    ),
    "confirmation_asked": "Gevraagd / bevestigd / betwist",
    "confirmation_status": "Status",
    "confirmation_band": "Zonder hulp ook bereikt",
    "confirmation_weight": "Gewicht",
    "confirmation_prerequisite": "Voorwaarde",
    "confirmation_faster": "Sneller",
    "confirmation_asked_on": "Gevraagd op",
    "confirmation_answered_on": "Antwoord op",
    "confirmation_status_not_asked": "Niet gevraagd",
    "confirmation_status_asked": "Gevraagd",
    "confirmation_status_confirmed": "Bevestigd",
    "confirmation_status_disputed": "Betwist",
    "confirmation_unanswered": "(niet beantwoord)",
    "confirmation_no_projects": "Geen projecten in deze selectie.",
    "confirmation_edit": "Brief en antwoorden van één project",
    "confirmation_project": "Project",
    "confirmation_letter_language": "Taal van de brief",
    "confirmation_letter_download": "Bevestigingsbrief (PDF)",
    "confirmation_save": "Antwoorden opslaan",
    "confirmation_saved": "Bevestiging van {reference} opgeslagen: {status}.",
    "confirmation_upload": "Antwoorden van meer projecten uit een bestand",
    "confirmation_upload_help": (
        "Eén rij per project met de kolommen Projectreferentie, Status, Gevraagd op, Zonder "
        "hulp ook bereikt, Voorwaarde, Sneller en Antwoord op (blad 'Bevestigingen'). Alles "
        "of niets: bij een fout wordt niets opgeslagen."
    ),
    "confirmation_upload_button": "Antwoorden opslaan uit het bestand",
    "confirmation_uploaded": "Antwoorden van {count} projecten opgeslagen.",
    # i17a: follow-up (Nazorg)
    "fu_intro": (
        "Hoeveel banen de gelande projecten 12, 24 en 36 maanden na landing werkelijk hebben,"
        " naast de banen die ze verwachtten. De kopcijfers blijven de verwachte nieuwe banen "
        "bij landing; deze cijfers staan ernaast."
    ),
    'fu_summary_title': 'Nazorg van de projecten geland in {year}',
    'fu_none_followed': 'Nog geen nazorg geladen voor projecten geland in {year}.',
    "fu_help_realised": (
        "De banen bij de laatste nazorg (hoogste aantal maanden) van elk project met nazorg: "
        "netto, een verlies is hierin al verwerkt."
    ),
    "fu_help_rate": (
        "Werkelijke banen gedeeld door de verwachte nieuwe banen van dezelfde projecten."
    ),
    'fu_help_lost': 'Per project het hoogste aantal banen bij een nazorg min het laatste.',
    'fu_help_gross': (
        'Per project het hoogste aantal banen bij een nazorg: werkelijke plus verloren banen.'
    ),
    "fu_summary_caption": (
        "{followed} van de {landed} projecten hebben nazorg; zij verwachtten samen {expected}"
        " nieuwe banen."
    ),
    "fu_by_title": (
        "Realisatie per jaar van landing, land, sector en soort project (alle jaren met "
        "nazorg)"
    ),
    'fu_by': 'Per',
    "fu_no_follow_ups": (
        "Nog geen nazorg geladen. Upload een Nazorg-bestand (per jaar) of voer hierboven een "
        "nazorgcijfer in."
    ),
    'fu_due_title': 'Nazorg die in {quarter} aan de beurt is',
    'fu_due_none': 'Geen nazorg aan de beurt in {quarter}.',
    "fu_due_caption": (
        "Een project dat op dag d landde is aan de beurt in de maand van d + 12, 24 en 36 "
        "maanden, zolang voor dat moment nog geen cijfer geladen is. Wie: de partner of het "
        "landenteam van het land."
    ),
    'fu_entry_title': 'Nazorgcijfer invoeren (coördinator)',
    'fu_entry_save': 'Nazorg opslaan',
    'fu_entry_saved': 'Nazorg voor {reference} na {months} maanden opgeslagen als upload {upload}.',
}
