"""UI texts in Dutch (default) and English: one table, looked up by key."""

from __future__ import annotations

TEXTS: dict[str, tuple[str, str]] = {
    "app_title": ("Trade & Invest Utrecht Region", "Trade & Invest Utrecht Region"),
    "language": ("Taal", "Language"),
    "page_overview": ("Overzicht", "Overview"),
    "page_upload": ("Uploaden", "Upload"),
    "page_countries": ("Landen", "Countries"),
    "page_sectors": ("Sectoren", "Sectors"),
    "page_missions": ("Missies", "Missions"),
    "page_settings": ("Instellingen", "Settings"),
    "page_calendar": ("Kalender", "Calendar"),
    "page_plans": ("Landenplannen", "Country plans"),
    "page_yardstick": ("Meetlat", "Yardstick"),
    "filters": ("Filters", "Filters"),
    "year": ("Jaar", "Year"),
    "quarter": ("Kwartaal", "Quarter"),
    "whole_year": ("Heel jaar (t/m laatste kwartaal)", "Whole year (to latest quarter)"),
    "through": ("t/m", "through"),
    "pillar": ("Pijler", "Pillar"),
    "country": ("Land", "Country"),
    "sector": ("Sector", "Sector"),
    "theme": ("Thema", "Theme"),
    "partner": ("Partner", "Partner"),
    "all": ("Alle", "All"),
    "no_data": ("Nog geen gegevens. Upload op de pagina Uploaden een spreadsheet met projecten "
                "en banen (download daar het sjabloon).",
                "No data yet. Upload a projects spreadsheet on the Upload page (the template "
                "is there too)."),
    "download_csv": ("Download gegevens (CSV)", "Download data (CSV)"),
    # database faults (reporting/faults.py): {name} is the database file
    "db_busy": ("De database {name} is in gebruik door een ander programma (meestal de "
                "draaiende app). Doe dit in de app (een bestand laden: op de pagina Uploaden), of "
                "stop de app en probeer het opnieuw.",
                "The database {name} is in use by another program (usually the running app). "
                "Do this in the app (load a file: on the Upload page), or stop the app and try "
                "again."),
    "db_readonly": ("De database {name} kan niet worden beschreven (alleen-lezen bestand of "
                    "map). Er is niets gewijzigd; vraag de beheerder het bestand schrijfbaar te "
                    "maken.",
                    "The database {name} cannot be written (read-only file or folder). Nothing "
                    "was changed; ask the administrator to make the file writable."),
    "db_full": ("De schijf met de database {name} is vol. Er is niets gewijzigd; maak ruimte "
                "vrij en probeer het opnieuw.",
                "The disk holding the database {name} is full. Nothing was changed; free some "
                "space and try again."),
    "db_corrupt": ("Het bestand {name} is geen bruikbare database (beschadigd, of een ander "
                   "soort bestand). Zet een back-up terug met `python -m tradeinvest restore`.",
                   "The file {name} is not a usable database (damaged, or another kind of "
                   "file). Restore a backup with `python -m tradeinvest restore`."),
    "db_conflict": ("Een andere upload voor dit soort en deze periode was eerder klaar; uw "
                    "bestand is niet geladen; herlaad de pagina om die te zien.",
                    "Another upload for this kind and period finished first; your file was not "
                    "loaded; reload the page to see it."),
    "db_other": ("De database {name} gaf een fout; er is niets gewijzigd. Probeer het opnieuw "
                 "of meld het de beheerder.",
                 "The database {name} reported an error; nothing was changed. Try again or "
                 "tell the administrator."),
    "db_read_only_banner": ("Alleen lezen: de database kan nu niet worden beschreven, dus "
                            "uploaden en instellingen wijzigen gaan niet.",
                            "Read only: the database cannot be written now, so uploads and "
                            "settings changes are not possible."),
    "db_snapshot_as_of": ("Let op: de app houdt de database open; dit zijn de gegevens van de "
                          "kopie van {time}.",
                          "Note: the app holds the database; these are the figures of the copy "
                          "of {time}."),
    # A change of a headline figure (measure.changes.FIGURES keys), "+68 nieuwe banen":
    # one / many.
    "change_new_jobs": ("nieuwe baan|nieuwe banen", "new job|new jobs"),
    "change_investment_projects": ("investeringsproject|investeringsprojecten",
                                   "investment project|investment projects"),
    "change_trade_wins": ("trade win|trade wins", "trade win|trade wins"),
    "change_contacts": ("contact|contacten", "contact|contacts"),
    "change_bidbooks_ffts": ("bidbook of FFT|bidbooks en FFT's",
                             "bidbook or FFT|bidbooks and FFTs"),
    "change_mission_companies": ("bedrijf op missie|bedrijven op missie",
                                 "company on missions|companies on missions"),
    "change_leads": ("lead|leads", "lead|leads"),
    "change_investment_eur": ("investering|investering", "investment|investment"),
    "change_in": ("in", "in"),
    "change_none": ("Geen verandering in de kerncijfers.", "No change in the headline figures."),
    "change_preview": ("Wat dit bestand verandert", "What this file changes"),
    "change_done": ("Veranderd", "Changed"),
    "replaces_upload": ("Vervangt upload {id} ({file}, {rows}) voor deze soort en periode; "
                        "ongedaan maken kan.",
                        "Replaces upload {id} ({file}, {rows}) for this kind and period; "
                        "it can be undone."),
    "change_undo": ("Ongedaan maken verandert", "Undoing changes"),
    # Two lead figures that a filter places differently: name them apart (docs/indicators.md)
    "leads_by_company": ("Leads (naar het leadbedrijf)", "Leads (by the lead company)"),
    "leads_by_company_help": (
        "Leads geplaatst naar land, sector en pijler van het leadbedrijf zelf.",
        "Leads placed by the lead company's own country, sector and pillar."),
    "leads_per_mission": ("Leads per missie (naar missiebestemming)",
                          "Leads per mission (by mission destination)"),
    "leads_per_mission_help": (
        "Alle leads van de missies, geplaatst naar de bestemming van de missie; onder een "
        "landfilter kan dit afwijken van Leads (naar het leadbedrijf).",
        "All leads of the missions, placed by the mission's destination; under a country "
        "filter this can differ from Leads (by the lead company)."),
    "country_help": (
        "Kiest investeringen met hun moederbedrijf in dit land (herkomst) én trade naar dit "
        "land (exportmarkt); de pagina's tonen beide apart. Leads en contacten: het land van "
        "het bedrijf; missies: de bestemming.",
        "Selects investments whose parent is in this country (origin) and trade sold to this "
        "country (export market); the pages show the two apart. Leads and contacts: the "
        "company's country; missions: the destination."),
    "investment_projects": ("Investeringsprojecten", "Investment projects"),
    "trade_wins": ("Trade wins (bedrijven per jaar)", "Trade wins (company-years)"),
    "filters_applied": ("Filters uit de zijbalk op deze pagina: {}.",
                        "Sidebar filters on this page: {}."),
    "filters_not_applicable": ("Niet van toepassing op deze pagina (genegeerd): {}.",
                               "Not applicable on this page (ignored): {}."),
    "filtered_empty": ("Niets dat past bij de gekozen filters ({}). Zet een filter in de "
                       "zijbalk op 'Alle' om meer te zien.",
                       "Nothing matches the chosen filters ({}). Set a filter in the sidebar "
                       "to 'All' to see more."),
}


def t(key: str, lang: str = "nl") -> str:
    """The text for a key; an unknown key is shown as itself so a gap is visible, not fatal."""
    pair = TEXTS.get(key)
    if pair is None:
        return key
    return pair[0] if lang == "nl" else pair[1]
