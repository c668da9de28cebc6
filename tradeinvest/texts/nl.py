"""Every text a user reads, in Dutch (the default language). Keys match texts/en.py."""

from __future__ import annotations

TEXTS: dict[str, str] = {
    "app_title": "Trade & Invest Utrecht Region",
    "language": "Taal",
    "page_overview": "Overzicht",
    "page_upload": "Uploaden",
    "page_countries": "Landen",
    "page_sectors": "Sectoren",
    "page_missions": "Missies",
    "page_settings": "Instellingen",
    "page_calendar": "Kalender",
    "page_plans": "Landenplannen",
    "page_yardstick": "Meetlat",
    "filters": "Filters",
    "year": "Jaar",
    "quarter": "Kwartaal",
    "whole_year": "Heel jaar (t/m laatste kwartaal)",
    "through": "t/m",
    "pillar": "Pijler",
    "country": "Land",
    "sector": "Sector",
    "theme": "Thema",
    "partner": "Partner",
    "all": "Alle",
    "no_data": (
        "Nog geen gegevens. Upload op de pagina Uploaden een spreadsheet met projecten en "
        "banen (download daar het sjabloon)."
    ),
    "download_csv": "Download gegevens (CSV)",
    "db_busy": (
        "De database {name} is in gebruik door een ander programma (meestal de draaiende app). "
        "Doe dit in de app (een bestand laden: op de pagina Uploaden), of stop de app en "
        "probeer het opnieuw."
    ),
    "db_readonly": (
        "De database {name} kan niet worden beschreven (alleen-lezen bestand of map). Er is "
        "niets gewijzigd; vraag de beheerder het bestand schrijfbaar te maken."
    ),
    "db_full": (
        "De schijf met de database {name} is vol. Er is niets gewijzigd; maak ruimte vrij en "
        "probeer het opnieuw."
    ),
    "db_corrupt": (
        "Het bestand {name} is geen bruikbare database (beschadigd, of een ander soort "
        "bestand). Zet een back-up terug met `python -m tradeinvest restore`."
    ),
    "db_conflict": (
        "Een andere upload voor dit soort en deze periode was eerder klaar; uw bestand is niet "
        "geladen; herlaad de pagina om die te zien."
    ),
    "db_other": (
        "De database {name} gaf een fout; er is niets gewijzigd. Probeer het opnieuw of meld "
        "het de beheerder."
    ),
    "db_read_only_banner": (
        "Alleen lezen: de database kan nu niet worden beschreven, dus uploaden en instellingen "
        "wijzigen gaan niet."
    ),
    "db_snapshot_as_of": (
        "Let op: de app houdt de database open; dit zijn de gegevens van de kopie van {time}."
    ),
    "change_new_jobs": "nieuwe baan|nieuwe banen",
    "change_investment_projects": "investeringsproject|investeringsprojecten",
    "change_trade_wins": "trade win|trade wins",
    "change_contacts": "contact|contacten",
    "change_bidbooks_ffts": "bidbook of FFT|bidbooks en FFT's",
    "change_mission_companies": "bedrijf op missie|bedrijven op missie",
    "change_leads": "lead|leads",
    "change_investment_eur": "investering|investering",
    "change_in": "in",
    "change_none": "Geen verandering in de kerncijfers.",
    "change_preview": "Wat dit bestand verandert",
    "change_done": "Veranderd",
    "replaces_upload": (
        "Vervangt upload {id} ({file}, {rows}) voor deze soort en periode; ongedaan maken kan."
    ),
    "change_undo": "Ongedaan maken verandert",
    "leads_by_company": "Leads (naar het leadbedrijf)",
    "leads_by_company_help": (
        "Leads geplaatst naar land, sector en pijler van het leadbedrijf zelf."
    ),
    "leads_per_mission": "Leads per missie (naar missiebestemming)",
    "leads_per_mission_help": (
        "Alle leads van de missies, geplaatst naar de bestemming van de missie; onder een "
        "landfilter kan dit afwijken van Leads (naar het leadbedrijf)."
    ),
    "country_help": (
        "Kiest investeringen met hun moederbedrijf in dit land (herkomst) én trade naar dit "
        "land (exportmarkt); de pagina's tonen beide apart. Leads en contacten: het land van "
        "het bedrijf; missies: de bestemming."
    ),
    "investment_projects": "Investeringsprojecten",
    "trade_wins": "Trade wins (bedrijven per jaar)",
    "filters_applied": "Filters uit de zijbalk op deze pagina: {}.",
    "filters_not_applicable": "Niet van toepassing op deze pagina (genegeerd): {}.",
    "filtered_empty": (
        "Niets dat past bij de gekozen filters ({}). Zet een filter in de zijbalk op 'Alle' om "
        "meer te zien."
    ),
    # i14f: reporting/csv_export.py, labels.py
    "col_year": "Jaar",
    "col_quarter": "Kwartaal",
    "col_country": "Land",
    "col_country_group": "Land van herkomst",
    "col_name": "Naam",
    "col_iso2": "ISO-code",
    "col_iso3": "ISO3-code",
    "col_theme": "Thema",
    "col_sector": "Sector",
    "col_fte": "Fte",
    "col_pillar": "Pijler",
    "col_partner": "Partner",
    "col_reference": "Referentie",
    "col_company": "Bedrijf",
    "col_d": "Datum",
    "col_start_date": "Startdatum",
    "col_end_date": "Einddatum",
    "col_project_kind": "Soort project",
    "col_target": "Doel",
    "col_realised": "Gerealiseerd",
    "col_share_of_target": "Realisatie",
    "col_new_jobs": "Nieuwe banen",
    "col_retained_jobs": "Behouden banen",
    "col_new_jobs_invest": "Nieuwe banen Invest",
    "col_new_jobs_trade": "Nieuwe banen Trade (schatting)",
    "col_indirect_jobs": "Indirecte banen (schatting)",
    "col_projects": "Projecten",
    "col_investment_eur": "Investering (€)",
    "col_contract_value_eur": "Contractwaarde (€)",
    "col_contacts": "Contacten",
    "col_bidbooks": "Bidbooks",
    "col_ffts": "Fact-finding trips",
    "col_missions": "Missies",
    "col_mission_companies": "Bedrijven op missie",
    "col_companies": "Bedrijven",
    "col_leads": "Leads",
    "col_won_leads": "Gewonnen leads",
    "col_expected_jobs": "Verwachte banen",
    "col_opportunity_id": "Kans",
    "col_title": "Titel",
    "col_total": "Totaalscore",
    "col_decision": "Besluit",
    "col_previous": "Vorig kwartaal",
    "col_current": "Nu",
    "col_delta": "Verschil",
    "col_label": "Indicator",
    "col_plan": "Plan",
    "col_actual": "Werkelijk",
    "col_source": "Bron (bestand · kwartaal · rij)",
    "col_new_establishments": "Nieuwe vestigingen",
    "col_expansions": "Uitbreidingen",
    "col_retentions": "Behoud",
    "col_acquisitions": "Overnames / fusies",
    "col_trade_contracts": "Exportcontracten",
    "col_label_nl": "Indicator (Nederlands)",
    "col_label_en": "Indicator (Engels)",
    "col_file_name": "Bestand",
    "col_source_row": "Rij",
    "col_country_source": "Land bepaald uit",
    "col_match_rule": "Koppelregel",
    "col_mission_kind": "Soort missie",
    "col_mission_name": "Missie",
    "col_mission_reference": "Missiereferentie",
    "col_mission_reference_matched": "Gekoppelde missie",
    "col_mission_start": "Start missie",
    "col_mission_end": "Einde missie",
    "col_organised_by": "Georganiseerd door",
    "col_plan_start": "Start volgens plan",
    "col_plan_end": "Einde volgens plan",
    "col_start_precision": "Precisie startdatum",
    "col_end_precision": "Precisie einddatum",
    "col_target_new_jobs": "Doel nieuwe banen",
    "col_status": "Status",
    "col_topic": "Onderwerp",
    "col_event": "Activiteit",
    "col_place": "Plaats",
    "col_staff": "Medewerkers",
    "col_partners": "Partners",
    "col_place_key": "Plaats (sleutel)",
    "col_item": "Nr.",
    "col_indicator": "Indicator (code)",
    "col_investment_projects": "Investeringsprojecten",
    "col_trade_wins": "Trade wins (bedrijven per jaar)",
    "col_in_region": "In de regio gehouden",
    "col_budget_year": "Budget van jaar",
    "col_borrowed": "Geleend",
    "col_months": "Maanden",
    "col_valid_until": "Geldig t/m",
    "col_through": "T/m",
    "col_line": "Begrotingsregel",
    "col_eur": "Bedrag (€)",
    "col_cost_per_job": "Kosten per baan (€)",
    "col_jobs_per_fte": "Banen per fte",
    "col_stage": "Fase",
    "col_share": "Aandeel",
    "col_gap": "Verschil",
    "col_sha256": "Controlegetal (sha256)",
    "unknown": "onbekend",
    "kind_projects": "Projecten en banen",
    "kind_missions": "Missies en leads",
    "kind_contacts": "Contacten",
    "kind_bidbooks": "Bidbooks en FFT's",
    "kind_calendar": "Activiteitenkalender (per jaar)",
    "kind_country_plans": "Landenplannen (per jaar)",
    # i14f: reporting/headline.py
    "headline_finished": "nieuwe banen in {year} tegen een jaardoel van {target} ({gap}).",
    "headline_running": (
        "nieuwe banen t/m {through}, doel naar rato {prorated}; prognose jaareinde {forecast} bij "
        "een jaardoel van {target}."
    ),
    "headline_missing": (
        "Ontbrekend: {quarters} — niet geladen en niet als leeg gemeld. Zo'n kwartaal is "
        "onbekend: het telt niet mee in het doel naar rato en beide prognoses rekenen met de "
        "geladen kwartalen (× 4 / hun aantal). Upload het kwartaal, of een projectenbestand met "
        "alleen de kopregel als er geen projecten waren."
    ),
    "cost_budget_months": "Budget {months}/12 van {year}",
    "cost_year_running": "(het jaar loopt nog: t/m Q{quarter}, het laatste geladen kwartaal)",
    "cost_borrowed": "geleend van {budget_year} (geen eigen budget voor {year})",
    "cost_regional": (
        "Regionaal cijfer: budget en banen van de hele regio, de filters gelden hier niet (het "
        "budget is niet per land of sector verdeeld)."
    ),
    # i14f: reporting/charts.py, plan_charts.py
    "chart_year_end_forecast": "Prognose jaareinde",
    "chart_jobs_per_year": "Nieuwe banen per jaar: gerealiseerd en doel",
    "new_direct_jobs": "Nieuwe directe banen",
    "date_unknown": "datum onbekend",
    "season_3": "voorjaar",
    "season_6": "zomer",
    "season_9": "najaar",
    "season_12": "winter",
    "half_year": "{half}e helft {year}",
    "chart_mission_started": "Missie gestart",
    "chart_percent_of_plan": "% van plan",
    "plans_sum": "Som landenplannen",
    "regional_target": "Regionaal doel",
    "jobs_word": "banen",
    "projects_word": "projecten",
    "chart_yardstick_score": "Score meetlat (1–5)",
    "chart_jobs_that_followed": "Nieuwe banen die volgden",
    # i14f: ui/auth.py, contacts.py, report_download.py, reference_labels.py, state.py
    "demo_label": "Demo – voorbeelddata, geen inlog",
    "demo_explained": (
        "Iedereen met de link werkt hier als coördinator. Inloggen gaat aan zodra er een "
        "gebruiker is: `python -m tradeinvest users add NAAM --role coordinator`."
    ),
    "sign_in": "Inloggen",
    "sign_out": "Uitloggen",
    "signed_out_elsewhere": (
        "U bent uitgelogd: in een ander tabblad, doordat de inlogtijd voorbij is, of doordat uw "
        "account is gewijzigd. Log opnieuw in."
    ),
    "oidc_no_role": "{email} heeft geen rol in deze app. Vraag de coördinator om u toe te voegen.",
    "oidc_sign_in": "Inloggen met organisatie-account",
    "user_name": "Gebruikersnaam",
    "password": "Wachtwoord",
    "sign_in_failed": "Onbekende gebruikersnaam of verkeerd wachtwoord.",
    "sign_in_locked": (
        "Te veel mislukte pogingen om in te loggen. Probeer het opnieuw na {when}, of vraag de "
        "coördinator om u te ontgrendelen."
    ),
    "signed_in_as": "Ingelogd als",
    "no_access_title": "Geen toegang",
    "no_access": "U heeft geen toegang tot deze pagina.",
    "contacts": "Contacten",
    "contacts_persons_note": (
        "Met contactpersonen: persoonsgegevens, alleen zichtbaar voor het team en de coördinator; "
        "niet voor bestuurders, niet in rapporten of exports."
    ),
    "contacts_none": "Geen contacten in deze periode.",
    "kind": "Soort",
    "contacts_col_person": "Contactpersoon",
    "contacts_col_email": "E-mail",
    "contacts_col_phone": "Telefoon",
    "row": "rij",
    "report_title": "Kwartaalrapport {year} Q{quarter}",
    "report_explained": (
        "Voor bestuurders: voortgang, pad naar het doel, banen per land en sector, output en "
        "impact met verandering, missies en kosten per baan. Regionaal: de filters links gelden "
        "hier niet."
    ),
    "report_file": "kwartaalrapport_{year}Q{quarter}",
    "report_xlsx": "⬇ Kwartaalrapport (Excel)",
    "report_pdf": "⬇ Kwartaalrapport (PDF)",
    "companies_attracted": "Aangetrokken bedrijven",
    "trade_yes": "ja",
    "trade_no": "nee",
    "trade_reactive": "reactief",
    "trade_depends": "hangt ervan af",
    "setting_indirect_jobs_per_direct": "Indirecte banen per directe FDI-baan (NL-gemiddelde)",
    "setting_on_track_share": "Op koers vanaf dit aandeel van het (naar rato) doel",
    "setting_at_risk_share": "Risico vanaf dit aandeel; daaronder: achter",
    "setting_baseline_jobs": "Nulmeting: nieuwe banen per jaar (2016, IU en UCIB samen)",
    "setting_baseline_year": "Jaar van de nulmeting",
    "setting_max_upload_mb": "Grootste toegestane upload in MB",
    "setting_max_jobs_per_row": (
        "Meeste banen in één rij van een upload; meer wordt geweigerd als tikfout"
    ),
    "setting_calendar_match_days": "Kalender: dagen speling bij koppelen aan uitgevoerde missies",
    "setting_yardstick_weight_a": "Meetlat: gewicht A, bijdrage aan de doelen (banen)",
    "setting_yardstick_weight_b": "Meetlat: gewicht B, past in de strategie",
    "setting_yardstick_weight_c": "Meetlat: gewicht C, effectiviteit (netwerk, marktvraag)",
    "setting_yardstick_weight_d": "Meetlat: gewicht D, efficiëntie en continuïteit",
    "ref_note": "Toelichting",
    "ref_budget_line": "Budgetpost",
    "ref_regions": "Regio's",
    "db_opening": "Database openen…",
    # i14f: pages/settings.py
    "settings_intro": (
        "Wijzigingen gelden direct op alle pagina's en worden gelogd met wie en wanneer."
    ),
    "settings_targets": "Doelen per indicator en jaar",
    "settings_targets_help": (
        "Nieuwe directe banen per jaar. Na het laatste jaar met een doel geldt het laatste doel."
    ),
    "settings_budget_lines": "Budget per jaar en post",
    "settings_budget_lines_help": (
        "`valid_until` = laatste jaar waarin een post geldt: leeg = doorlopend, gelijk aan het "
        "jaar = eenmalig (EMA/Brexit: twee jaar, t/m 2019). Een jaar zonder eigen regels leent de "
        "nog geldige posten van het laatste eerdere jaar; de pagina's zeggen het wanneer een jaar "
        "leent."
    ),
    "settings_focus_countries": "Focuslanden per jaar",
    "settings_focus_countries_help": (
        "Trade: ja / nee / reactief / hangt ervan af. Een jaar zonder eigen lijst gebruikt de "
        "laatste eerdere lijst."
    ),
    "save": "Opslaan",
    "saved": "Opgeslagen.",
    "not_saved": "Niet opgeslagen: {problems}",
    "target_path_title": "Doelpad banen opnieuw vullen",
    "shape_linear": "Rechte lijn",
    "shape_growth": "Constante groei",
    "target_path_shape": "Vorm",
    "target_path_from_year": "Van jaar",
    "target_path_start": "Startwaarde",
    "target_path_to_year": "Tot jaar",
    "target_path_end": "Eindwaarde",
    "target_path_apply": "Doelpad toepassen",
    "target_path_invalid": "Het eindjaar moet na het startjaar liggen en de startwaarde boven 0.",
    "settings_thresholds": "Drempels en kengetallen",
    # i14f: pages/calendar.py, ui/flash.py, ui/calendar_sections.py
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
    # i14f: pages/plans.py, ui/plans_sections.py
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
    # i14f: pages/yardstick.py, ui/yardstick_sections.py
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
    # i14f: words that read the same in both languages
    "cal_event": "Event",
    "start": "Start",
    "item": "Item",
    "score": "Score",
    "band": "Band",
    "yard_open": "Open",
    "indicator": "Indicator",
    "budget_eur": "Budget (€)",
    "invest": "Invest",
    "trade": "Trade",
    "report_pdf_unavailable": "⬇ PDF",
}
