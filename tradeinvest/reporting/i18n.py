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
    # A change of a headline figure (measure.changes.FIGURES keys), "+68 nieuwe banen":
    # one / many.
    "change_new_jobs": ("nieuwe baan|nieuwe banen", "new job|new jobs"),
    "change_projects": ("project|projecten", "project|projects"),
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
    "change_undo": ("Ongedaan maken verandert", "Undoing changes"),
}


def t(key: str, lang: str = "nl") -> str:
    """The text for a key; an unknown key is shown as itself so a gap is visible, not fatal."""
    pair = TEXTS.get(key)
    if pair is None:
        return key
    return pair[0] if lang == "nl" else pair[1]
