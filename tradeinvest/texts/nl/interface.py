"""Dutch (the default language) texts: headlines, charts, sign-in, contacts, report download,
settings. Same keys as the other language's `interface`."""

from __future__ import annotations

TEXTS: dict[str, str] = {
    "headline_finished": "nieuwe banen in {year} tegen een jaardoel van {target} ({gap}).",
    "headline_running": (
        "nieuwe banen t/m {through}, doel naar rato {prorated}; prognose jaareinde ({method}) "
        "{forecast} bij een jaardoel van {target}."
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
    # reporting/charts.py, plan_charts.py
    "chart_year_end_forecast": "Prognose jaareinde",
    "chart_jobs_per_year": "Nieuwe banen per jaar: gerealiseerd en doel",
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
    # ui/auth.py, contacts.py, report_download.py, reference_labels.py, state.py
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
    "contacts_persons_note": (
        "Met contactpersonen: persoonsgegevens, alleen zichtbaar voor het team en de coördinator; "
        "niet voor bestuurders, niet in rapporten of exports."
    ),
    "contacts_none": "Geen contacten in deze periode.",
    "contacts_col_person": "Contactpersoon",
    "contacts_col_email": "E-mail",
    "contacts_col_phone": "Telefoon",
    "row": "rij",
    "report_download_title": "Kwartaalrapport {year} Q{quarter}",
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
    "ref_valid_until": "Geldig t/m (leeg = doorlopend)",
    "ref_regions": "Regio's",
    "db_opening": "Database openen…",
    # pages/settings.py
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
    # roles, actions and the access refusal (were access.ROLES / ACTION_LABELS_NL)
    "role_coordinator": "Coördinator",
    "role_team": "Team",
    "role_governor": "Bestuurder",
    "action_view": "gegevens bekijken",
    "action_view_contacts": "contactpersonen bekijken",
    "action_report": "rapport maken",
    "action_upload": "gegevens uploaden",
    "action_undo": "upload ongedaan maken",
    "action_settings": "instellingen wijzigen",
    "action_change": "gegevens wijzigen",
    "action_erase": "persoonsgegevens wissen",
    "action_manage_users": "gebruikers beheren",
    "action_score": "kansen scoren",
    "access_refused": "Niet toegestaan ({who}): {action}.",
    "access_not_signed_in": "niet ingelogd",
    "access_as_role": "rol {role}",
    "demo_public_refused": (
        "Geweigerd: demomodus (geen gebruikers, iedereen coördinator) op een netwerkadres "
        "({host}); voeg eerst een gebruiker toe, of start bewust met --demo-public."
    ),
    # the progress status words (were measure.progress.STATUS_LABELS)
    "status_on_track": "Op koers",
    "status_at_risk": "Risico",
    "status_behind": "Achter",
    "status_reached": "Gehaald",
    "status_missed": "Niet gehaald",
    # the forecast's prior (settings)
    "setting_forecast_p_prospect_high": (
        "Prognose: standaardkans op landen binnen 12 maanden, prospect / "
        "hoog"
    ),
    "setting_forecast_p_prospect_medium": (
        "Prognose: standaardkans op landen binnen 12 maanden, prospect / "
        "midden"
    ),
    "setting_forecast_p_prospect_low": (
        "Prognose: standaardkans op landen binnen 12 maanden, prospect / "
        "laag"
    ),
    "setting_forecast_p_active_high": (
        "Prognose: standaardkans op landen binnen 12 maanden, actief / "
        "hoog"
    ),
    "setting_forecast_p_active_medium": (
        "Prognose: standaardkans op landen binnen 12 maanden, actief / "
        "midden"
    ),
    "setting_forecast_p_active_low": (
        "Prognose: standaardkans op landen binnen 12 maanden, actief / "
        "laag"
    ),
    "setting_forecast_p_verify_high": (
        "Prognose: standaardkans op landen binnen 12 maanden, verificatie / "
        "hoog"
    ),
    "setting_forecast_p_verify_medium": (
        "Prognose: standaardkans op landen binnen 12 maanden, verificatie / "
        "midden"
    ),
    "setting_forecast_p_verify_low": (
        "Prognose: standaardkans op landen binnen 12 maanden, verificatie / "
        "laag"
    ),
    "setting_forecast_prior_strength": (
        "Prognose: gewicht van de standaardkansen (in kansen uit de eigen "
        "historie)"
    ),
    # the import assistant's mapping step (ui/mapping_step.py) and saved mappings
    "map_title": "Kolommen koppelen",
    "map_intro": (
        "De kolomkoppen van dit bestand zijn niet die van het sjabloon. Kies per kolom welk "
        "veld het is (het voorstel staat al gekozen), geef verplichte velden die het bestand "
        "niet heeft één waarde voor het hele bestand, en bevestig. Er wordt niets geladen "
        "voordat u bevestigt. * = verplicht veld."
    ),
    "map_sheet_title": "Blad {sheet} van het sjabloon",
    "map_which_sheet": "Welk blad van het bestand is {sheet}?",
    "map_sheet_with_period": "{name} (noemt periode {period})",
    "map_no_sheet": "Geen blad in het bestand lijkt op het blad {sheet} van het sjabloon.",
    "map_col_header": "Kolom in het bestand",
    "map_col_samples": "Voorbeelden",
    "map_col_field": "Wordt veld",
    "map_col_reason": "Waarom voorgesteld",
    "map_ignore": "niet gebruiken",
    "map_note": "als notitie bewaren",
    "map_lacking_intro": (
        "Verplichte velden die geen kolom geeft: kies één waarde voor het hele bestand, of "
        "laat ze afleiden waar een regel dat kan."
    ),
    "map_leave_empty": "leeg laten",
    "map_derive": "afleiden (gegenereerd)",
    "map_one_value": "één waarde voor het hele bestand",
    "map_generated": "Afgeleid: {how}",
    "map_name": "Bewaar deze koppeling onder de naam",
    "map_default_name": "Eigen indeling {kind}",
    "map_confirm": "Koppeling bevestigen",
    "map_waiting": "Bevestig de koppeling; daarna volgt de controle van het bestand.",
    "map_confirmed": (
        "Koppeling bevestigd; het bestand is ermee gecontroleerd. Bij het laden wordt ze bewaard "
        "als **{name}**, zodat een bestand met dezelfde kolommen volgende keer vanzelf laadt."
    ),
    "map_refused_empty": "Verplicht veld leeg gelaten op blad {sheet}: {fields}.",
    "map_refused_no_name": "Geef de koppeling een naam om haar onder te bewaren.",
    "map_used_saved": (
        "Gelezen met de bewaarde koppeling **{name}** (zelfde kolommen; hernoemen of verwijderen "
        "kan op de pagina Instellingen)."
    ),
    "map_name_taken": (
        "Er is al een bewaarde koppeling **{name}**; laden met deze naam vervangt haar. Kies een "
        "andere naam om beide te houden."
    ),
    "settings_mappings": "Bewaarde koppelingen",
    "settings_mappings_help": (
        "Koppelingen van eigen kolomkoppen aan de velden, bewaard bij het laden. Een bestand "
        "met dezelfde kolommen laadt er vanzelf mee. Hernoemen en verwijderen komen in het "
        "auditlog."
    ),
    "settings_mappings_none": "Nog geen bewaarde koppelingen.",
    "settings_mapping_pick": "Koppeling",
    "settings_mapping_new_name": "Nieuwe naam",
    "settings_mapping_rename": "Hernoemen",
    "settings_mapping_delete": "Verwijderen",
    "settings_mapping_renamed": "Koppeling {old} hernoemd tot {new}.",
    "settings_mapping_deleted": (
        "Koppeling {name} verwijderd; een bestand met die kolommen krijgt weer de koppelstap."
    ),
    "mapping_col_name": "Naam",
    "mapping_col_kind": "Soort",
    "mapping_col_created_by": "Bewaard door",
    "mapping_col_created_at": "Bewaard op",
    "mapping_col_updated_by": "Gewijzigd door",
    "mapping_col_updated_at": "Gewijzigd op",
    # traceability in the source-row listings (ui/origins.py)
    "trace_note": "Notitie uit het bestand",
    "trace_as_typed": "Zoals getypt",
    "trace_title": "Herkomst van een rij: per veld waar het vandaan komt",
    "trace_pick": "Rij",
    "trace_none": "Van deze upload is geen herkomst per veld bewaard (geladen vóór de koppelhulp).",
    "trace_col_field": "Veld",
    "trace_col_stored": "Opgeslagen",
    "trace_col_from": "Uit het bestand",
    "trace_col_raw": "Zoals getypt",
    "trace_from_header": "kolom '{header}'",
    "trace_from_constant": "één waarde voor het hele bestand: {value}",
    "trace_from_rule": "afgeleid (gegenereerd): {rule}",
    "trace_from_note": "eigen kolommen, als notitie bewaard",
    # the confirmation block counts the whole landing year
    "confirmation_whole_year": (
        "Telt het hele landingsjaar {year}: "
        "het kwartaalfilter geldt niet voor dit blok."
    ),
}
