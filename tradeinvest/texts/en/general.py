"""English texts: app-wide words: pages, filters, database faults, the change preview. Same keys as
the other language's `general`."""

from __future__ import annotations

TEXTS: dict[str, str] = {
    "app_title": "Trade & Invest Utrecht Region",
    "language": "Language",
    "page_overview": "Overview",
    "page_upload": "Upload",
    "page_countries": "Countries",
    "page_sectors": "Sectors",
    "page_missions": "Missions",
    "page_settings": "Settings",
    "page_calendar": "Calendar",
    "page_plans": "Country plans",
    "page_yardstick": "Yardstick",
    "filters": "Filters",
    "year": "Year",
    "quarter": "Quarter",
    "whole_year": "Whole year (to latest quarter)",
    "through": "through",
    "pillar": "Pillar",
    "country": "Country",
    "sector": "Sector",
    "theme": "Theme",
    "partner": "Partner",
    "all": "All",
    "no_data": (
        "No data yet. Upload a projects spreadsheet on the Upload page (the template is there "
        "too)."
    ),
    "download_csv": "Download data (CSV)",
    "db_busy": (
        "The database {name} is in use by another program (usually the running app). Do this "
        "in the app (load a file: on the Upload page), or stop the app and try again."
    ),
    "db_readonly": (
        "The database {name} cannot be written (read-only file or folder). Nothing was "
        "changed; ask the administrator to make the file writable."
    ),
    "db_full": (
        "The disk holding the database {name} is full. Nothing was changed; free some space "
        "and try again."
    ),
    "db_corrupt": (
        "The file {name} is not a usable database (damaged, or another kind of file). Restore "
        "a backup with `python -m tradeinvest restore`."
    ),
    "db_conflict": (
        "Another upload for this kind and period finished first; your file was not loaded; "
        "reload the page to see it."
    ),
    "db_other": (
        "The database {name} reported an error; nothing was changed. Try again or tell the "
        "administrator."
    ),
    "db_read_only_banner": (
        "Read only: the database cannot be written now, so uploads and settings changes are "
        "not possible."
    ),
    "db_snapshot_as_of": (
        "Note: the app holds the database; these are the figures of the copy of {time}."
    ),
    "change_new_jobs": "new job|new jobs",
    "change_investment_projects": "investment project|investment projects",
    "change_trade_wins": "trade win|trade wins",
    "change_contacts": "contact|contacts",
    "change_bidbooks_ffts": "bidbook or FFT|bidbooks and FFTs",
    "change_mission_companies": "company on missions|companies on missions",
    "change_leads": "lead|leads",
    "change_investment_eur": "investment|investment",
    "change_in": "in",
    "change_none": "No change in the headline figures.",
    "change_preview": "What this file changes",
    "change_done": "Changed",
    "replaces_upload": (
        "Replaces upload {id} ({file}, {rows}) for this kind and period; it can be undone."
    ),
    "change_undo": "Undoing changes",
    "leads_by_company": "Leads (by the lead company)",
    "leads_by_company_help": "Leads placed by the lead company's own country, sector and pillar.",
    "leads_per_mission": "Leads per mission (by mission destination)",
    "leads_per_mission_help": (
        "All leads of the missions, placed by the mission's destination; under a country "
        "filter this can differ from Leads (by the lead company)."
    ),
    "country_help": (
        "Selects investments whose parent is in this country (origin) and trade sold to this "
        "country (export market); the pages show the two apart. Leads and contacts: the "
        "company's country; missions: the destination."
    ),
    "investment_projects": "Investment projects",
    "trade_wins": "Trade wins (company-years)",
    "filters_applied": "Sidebar filters on this page: {}.",
    "filters_not_applicable": "Not applicable on this page (ignored): {}.",
    "filtered_empty": (
        "Nothing matches the chosen filters ({}). Set a filter in the sidebar to 'All' to see "
        "more."
    ),
    # follow-up (Nazorg)
    'page_follow_up': 'Follow-up',
}
