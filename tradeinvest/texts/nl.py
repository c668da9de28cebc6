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
    # i14c: loading (ui/loading.py, ui/plans.py, pages/upload.py, the command line)
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
        "Een landenplan geldt voor het hele land en jaar: de filters {filters} gelden niet voor "
        "dit blok."
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
}
