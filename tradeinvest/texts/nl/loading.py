"""Dutch (the default language) texts: upload page, history, undo, the command line. Same keys as
the other language's `loading`."""

from __future__ import annotations

TEXTS: dict[str, str] = {
    "upload_rows": "rij|rijen",
    "upload_errors": "fout|fouten",
    "upload_warnings": "waarschuwing|waarschuwingen",
    "upload_first_problems": (
        "De eerste {shown} van {total} meldingen; het probleemrapport (CSV) heeft ze allemaal."
    ),
    "upload_reading": "Bestand lezen en controleren…",
    "upload_checked": "Gecontroleerd",
    "upload_refused": (
        "{errors} en {warnings} in {file}. Er is niets geladen: verbeter het bestand en upload "
        "het opnieuw."
    ),
    "upload_passed": "{rows} goedgekeurd ({what}){warned}.",
    "upload_already_loaded": (
        "Dit bestand is al geladen: het is upload {id}, die nu meetelt voor deze soort en "
        "periode. Opnieuw laden verandert niets."
    ),
    "upload_problem_report": "⬇ Probleemrapport (CSV)",
    "upload_writing": "Schrijven…",
    "upload_done": "Klaar",
    "upload_title": "Gegevens uploaden",
    "upload_intro": (
        "Eén bestand per soort en kwartaal. Opnieuw uploaden vervangt de vorige versie; elke "
        "upload is ongedaan te maken."
    ),
    "upload_kind": "Soort gegevens",
    "upload_file": "Spreadsheet (.xlsx, .xlsm of .csv)",
    "upload_largest_file": "Grootste bestand: {limit} MB (instelling op de pagina Instellingen).",
    "upload_templates": "Sjablonen",
    "upload_year": "Jaar (bijv. 2024)",
    "upload_quarter": "Kwartaal (bijv. 2024Q3)",
    "upload_load": "Laden",
    "upload_replaces": " (vervangt upload {id})",
    "upload_loaded": (
        "Upload {id} geladen: {rows} {kind} {period}{replaced}. {change}: {effect}"
    ),
    "upload_history": "Uploadgeschiedenis",
    "upload_none_yet": "Nog geen uploads.",
    "upload_state_active": "telt mee",
    "upload_state_replaced": "vervangen",
    "upload_state_undone": "ongedaan",
    "history_upload_id": "Upload",
    "history_kind": "Soort",
    "history_quarter": "Periode",
    "history_state": "Status",
    "history_row_count": "Rijen",
    "history_warning_count": "Waarschuwingen",
    "history_file_name": "Bestand",
    "history_sha256": "Controlegetal (sha256)",
    "history_uploaded_by": "Door",
    "history_uploaded_at": "Wanneer",
    "undo_confirm_text": (
        "**Upload {id} ongedaan maken:** {kind} {period}, bestand {file}, {rows}. {change}: "
        "{effect}"
    ),
    "undo_cancel": "Annuleren",
    "undo_confirm": "Bevestigen",
    "undo_counts_again": "; upload {id} telt weer",
    "undo_done": "Upload {id} ongedaan gemaakt{again}. {change}: {effect}",
    "undo_choice": "Upload ongedaan maken",
    "undo_already": "Upload {id} is ongedaan gemaakt.",
    "undo_button": "Ongedaan maken…",
    "plan_column_label": "Indicator",
    "plan_column_plan": "Plan",
    "plan_column_actual": "Realisatie",
    "plan_column_share": "Realisatie / plan",
    "plan_column_gap": "Verschil",
    "plan_heading": "Landenplan {year}: plan en realisatie",
    "plan_filters_ignored": (
        "Een landenplan geldt voor het hele land en jaar, dus deze filters gelden niet voor dit "
        "blok: {filters}."
    ),
    "plan_none": "Geen landenplan voor {name} in {year}. Voeg het toe op de pagina Landenplannen.",
    "plan_regions": "Regio's",
    "plan_activities": "Activiteiten",
    "plan_team": "Team",
    "plan_quarters_loaded": "Realisatie tot nu: {quarters} van 4 kwartalen geladen.",
    "plan_chart_title": "{name} {year}: realisatie als deel van het plan",
    "plan_target_banner": (
        "**{name}**: {jobs} nieuwe banen t/m {through} tegen het doel uit het landenplan "
        "{year}: {goal} ({share})."
    ),
    "plan_no_jobs_target": "het landenplan {year} van {name} heeft geen banendoel",
    "plan_no_target_for_selection": (
        "alleen de regio en de landenplannen hebben een banendoel, niet deze selectie"
    ),
    "plan_no_target_banner": (
        "{jobs} nieuwe banen t/m {through} in deze selectie. Geen doel om mee te vergelijken: "
        "{why}; het regionale doel geldt voor de hele regio."
    ),
    "cli_demo_built": "Voorbeelddatabase opgebouwd: {path} ({count} uploads)",
    "cli_load_refused": "{refused} De database is ongewijzigd.",
    "cli_load_replaces": "; vervangt upload {id}",
    "cli_loaded": "Geladen als upload {id}: {kind} {period}, {rows} rijen{replaced}",
    "cli_failed": "Niet gelukt: {reason}",
    "cli_undone": "Upload {id} ongedaan gemaakt{again}",
    "cli_progress_period": (
        "geef --period (bijvoorbeeld 2024Q3 of 2024), of --year met eventueel --quarter (Q1..Q4)"
    ),
    "cli_backup_no_db": "De database {path} bestaat niet; er is niets om te bewaren.",
    "cli_backup_written": "Back-up geschreven: {folder}",
    "cli_restored": "Database {path} teruggezet uit {folder}",
    # the title of a template's help sheet ({kind}: the catalogue's kind_<kind>)
    "template_title_quarterly": "Sjabloon {kind}: één bestand per kwartaal",
    "template_title_yearly": "Sjabloon {kind}: één bestand per jaar",
    # the command line's own texts (printed in Dutch) and erase's report
    "cli_password_needed": (
        "geef --password, --oidc-only, of voer de opdracht uit in een terminal (dan wordt het "
        "wachtwoord gevraagd)"
    ),
    "cli_password_prompt": "Wachtwoord: ",
    "cli_password_again": "Nog een keer: ",
    "cli_passwords_differ": "de twee wachtwoorden verschillen",
    "cli_user_added": "Gebruiker {name} heeft rol {role}. Inloggen is aan (geen demomodus).",
    "cli_user_changed": "Gebruiker {name} gewijzigd; bestaande inlogcookies werken niet meer.",
    "cli_no_user": "Geen gebruiker {name}.",
    "cli_user_removed": "Gebruiker {name} verwijderd.{demo}",
    "cli_no_users_left": (
        " Er zijn geen gebruikers meer: de app draait weer in demomodus (iedereen coördinator)."
    ),
    "cli_user_unlocked": "Gebruiker {name} kan weer inloggen.",
    "cli_no_users_yet": "Nog geen gebruikers: de app draait in demomodus.",
    "cli_has_password": "ja",
    "cli_oidc_only": "nee (OIDC)",
    "cli_users_waiting": "{count} gebruikerswijziging(en) wachten tot de app ze toepast.",
    "cli_unknown_role": "onbekende rol {role}",
    "cli_user_exists": (
        "gebruiker {name} bestaat al; wijzig met 'users set {name} --role ... / --password ...'"
    ),
    "cli_user_queued": (
        "De app houdt de database open: de wijziging voor {name} staat in de wachtrij en gaat "
        "in bij de volgende paginaweergave van de app."
    ),
    "cli_no_database": "De database {path} bestaat niet.",
    "cli_report_format": "Kies --format xlsx of pdf (of een --out die op .xlsx/.pdf eindigt).",
    "cli_report_written": "Rapport {year} Q{quarter} (gegevens t/m {through}) geschreven: {out}",
    "cli_input_folder": "{file} is een map, geen bestand. Geef het pad van de spreadsheet.",
    "cli_input_missing": "Het bestand {file} bestaat niet.",
    "cli_input_unreadable": "Het bestand {file} kan niet worden gelezen ({reason}).",
    "cli_output_folder": "{out} is een map; geef een bestandsnaam (bijvoorbeeld {example}).",
    "cli_output_no_folder": (
        "De map {place} bestaat niet; maak hem eerst aan of kies een andere plek."
    ),
    "cli_output_read_only": "In de map {place} mag niet worden geschreven; kies een andere plek.",
    "erase_nothing_found": "Geen contacten of andere rijen van dit bedrijf gevonden.",
    "erase_persons": (
        "{persons} regels met contactpersoongegevens gewist van {contacts} contacten; de "
        "contacten zelf en alle cijfers blijven."
    ),
    "erase_free_text": (
        "Vrije tekst: {cells} cellen aangepast, gegevens vervangen door {redacted}{where}."
    ),
    "erase_not_searched": "Niet doorzocht: {what}.",
    "erase_not_searched_what": (
        "bedrijfsnamen en referenties (geen persoonsgegevens; de cijfers hangen eraan), "
        "bestandsnamen, gebruikersnamen en het auditlog"
    ),
    "erase_rewritten": (
        "De database is opnieuw geschreven zodat gewiste gegevens ook niet meer in het bestand "
        "staan. Let op: back-ups van vóór het wissen bevatten ze nog."
    ),
    "erase_redacted": "[gewist]",
    "erase_database_busy": (
        "De database {path} is in gebruik (meestal door de draaiende app). Stop de app en "
        "probeer het opnieuw."
    ),
    # how a field the file lacks is derived (ingest.mapping.DERIVABLE)
    "mapping_derived_pillar": (
        "afgeleid uit de soort project (exportcontract: Trade, anders Invest)"
    ),
    "mapping_derived_reference": (
        "gemaakt uit bedrijf, datum en soort project (begint met G-; bij elke upload van dezelfde "
        "regel dezelfde)"
    ),
    # column suggestions of the import assistant (why a column gets a field)
    "guess_header_same": "de kop is '{label}'",
    "guess_header_known": "de kop is een bekende naam voor '{label}'",
    "guess_header_like": "de kop lijkt op '{label}'",
    "guess_header_and_content": "{head} en {what}",
    "guess_content_over_header": "{what}, al lijkt de kop op '{label}'",
    "guess_jobs": "hele getallen, en de kop gaat over banen",
    "guess_note": "vrije tekst: wordt als opmerking bij de rij bewaard",
    "guess_nothing": "geen veld herkend: de kolom wordt niet gebruikt",
    "guess_blank_header": "kolom zonder kop: wordt niet gebruikt",
    "guess_taken": "lijkt ook '{label}', maar kolom {letter} past daar beter bij",
    "guess_values_countries": "de waarden zijn landen",
    "guess_values_dates": "de waarden zijn datums",
    "guess_values_terms": "de waarden komen uit de lijst '{label}'",
    # the import assistant on the command line
    "cli_bad_pair": (
        "'{text}' is niet te lezen; schrijf het als links=rechts, bijvoorbeeld "
        "--map \"Bedrijfsnaam=Bedrijf\" of --set pijler=Invest"
    ),
    "cli_check_loadable": (
        "Het bestand kan zo worden geladen ({rows} rijen); er is niets veranderd."
    ),
    "cli_check_not_loadable": (
        "Het bestand kan zo niet worden geladen ({errors} fouten); er is niets veranderd."
    ),
    "cli_check_suggestion_loadable": (
        "Met de voorgestelde kolomindeling kan het bestand worden geladen ({rows} rijen):"
        " laad het met --save-mapping NAAM (en --map/--set waar u iets anders wilt)."
    ),
    "cli_check_suggestion_not_loadable": (
        "Met de voorgestelde kolomindeling blijven er {errors} fouten (hierboven); geef "
        "met --map/--set wat anders moet."
    ),
    "cli_suggestion_title": "Voorgestelde kolomindeling voor {spec}, blad '{sheet}':",
    "cli_suggestion_csv": "(csv)",
    "cli_suggestion_line": "  '{header}' -> {field} ({reason})",
    "cli_suggestion_note": "notitie per rij",
    "cli_suggestion_unused": "niet gebruikt",
    "cli_suggestion_derived": "  {field}: afgeleid ({how})",
    "cli_suggestion_missing": (
        "  {field}: geen kolom gevonden; geef --map \"Kop in het bestand={field}\" of "
        "--set \"{field}=waarde\""
    ),
    "cli_sheet_choices": "  Bladen die dit kunnen zijn: {sheets}; kies met --sheet",
    "cli_mapping_used": "Opgeslagen kolomindeling '{name}' gebruikt.",
    "cli_field_derived": "{field} afgeleid: {how}",
    "cli_mapping_saved": "Kolomindeling opgeslagen als '{name}'.",
    "cli_mappings_none": "Nog geen opgeslagen kolomindelingen.",
    "cli_mapping_renamed": "Kolomindeling '{old}' heet nu '{new}'.",
    "cli_mapping_deleted": "Kolomindeling '{name}' verwijderd.",
    "guess_values_do_not_fit": "de kop lijkt op '{label}', maar de waarden passen daar niet bij",
    # forecast command
    "cli_forecast_period": "geef --year en --quarter (bijvoorbeeld --year 2025 --quarter Q3), "
                           "of --backtest",
    "cli_forecast_head": "Prognose {year} aan het eind van Q{quarter}: gerealiseerd {realised}, "
                         "doel {target}",
    "cli_forecast_method": "  {method}: {forecast}{interval} (backtest: gemiddelde absolute "
                           "fout {mae}){best}",
    "cli_forecast_interval": ", 80%-interval {low} – {high}",
    "cli_forecast_best": "  ← meest accuraat hier",
    "cli_forecast_still_needed": "Verwacht uit de pijplijn: {expected}; nog nodig uit de "
                                 "pijplijn: {needed}",
    "cli_backtest_method": "{method}: {n} kwartaaleinden, gemiddelde absolute fout {mae}, "
                           "actueel binnen het 80%-interval: {coverage}",
}
