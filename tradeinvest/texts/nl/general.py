"""Dutch (the default language) texts: app-wide words: pages, filters, database faults, the change
preview. Same keys as the other language's `general`."""

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
    # follow-up (Nazorg)
    'page_follow_up': 'Nazorg',
}
