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
}


def t(key: str, lang: str = "nl") -> str:
    """The text for a key; an unknown key is shown as itself so a gap is visible, not fatal."""
    pair = TEXTS.get(key)
    if pair is None:
        return key
    return pair[0] if lang == "nl" else pair[1]
