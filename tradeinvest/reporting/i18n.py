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
