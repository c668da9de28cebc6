"""Every text a user reads, in English. Keys match texts/nl.py."""

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
    # i14b: quarterly report
    "report_title": "Quarterly report Trade & Invest Utrecht Region — {year} Q{quarter}",
    "report_subtitle": (
        "Data through {through}; made {stamp}. New jobs are direct jobs within three years; "
        "retained and indirect jobs do not count towards the target."
    ),
    "report_choose_quarter": "Choose a quarter (Q1–Q4).",
    "report_no_projects": "No projects loaded for {year} through Q{quarter}.",
    "report_through_quarter": "through Q{quarter}",
    "report_previous_quarter": "previous quarter",
    "report_figure_contacts": "Contacts",
    "report_figure_bidbooks": "Bidbooks / propositions",
    "report_figure_ffts": "Fact-finding trips",
    "report_figure_missions": "Missions",
    "report_figure_mission_companies": "Companies on missions",
    "report_figure_leads": "Leads",
    "report_figure_won_leads": "Won leads",
    "report_figure_investment_projects": "Investment projects",
    "report_figure_new_establishments": "New establishments",
    "report_figure_expansions": "Expansions",
    "report_figure_retentions": "Retentions",
    "report_figure_acquisitions": "Acquisitions / mergers",
    "report_figure_trade_wins": "Trade wins (company-years)",
    "report_figure_trade_contracts": "Export contracts",
    "report_figure_new_jobs": "New direct jobs",
    "report_figure_new_jobs_invest": "of which invest",
    "report_figure_new_jobs_trade": "of which trade (estimate)",
    "report_figure_retained_jobs": "Retained jobs (separate)",
    "report_figure_investment_eur": "Investment (€)",
    "report_figure_contract_value_eur": "Contract value (€)",
    "report_status": "Status",
    "report_new_jobs_ytd": "New direct jobs (year to date)",
    "report_annual_target": "Annual target",
    "report_prorated_target": "Pro-rated target",
    "report_share_of_prorated": "Share of pro-rated target",
    "report_share_of_target": "Share of annual target",
    "report_gap": "Difference from target (finished year)",
    "report_forecast_run_rate": "Year-end forecast (run rate)",
    "report_forecast_last_four": "Forecast: last four quarters",
    "report_indirect_jobs": "Indirect jobs (estimate)",
    "report_quarters_loaded": "Quarters loaded",
    "report_quarters_missing": "Missing quarters",
    "report_sheet_progress": "Progress",
    "report_title_progress": "Target and progress",
    "report_indicator": "Indicator",
    "report_value": "Value",
    "report_note_progress": (
        "Status: year to date against the pro-rated target (target × quarters loaded / 4); a "
        "year with four quarters loaded is reached or missed, not forecast. Forecast: year to "
        "date × 4 / quarters loaded; a missing quarter is left out of the target and both "
        "forecasts."
    ),
    "report_change": "Change",
    "report_note_change": "Year to date, on today's data; for Q1 the previous quarter is zero.",
    "report_sheet_output": "Output",
    "report_title_output": "Output (plan 2.1) and change since last quarter",
    "report_sheet_impact": "Impact",
    "report_title_impact": "Impact (plan 2.2) and change since last quarter",
    "report_sheet_markets": "Export markets",
    "report_title_markets": "Trade by export market, {year} through Q{quarter}",
    "report_export_market": "Export market",
    "report_trade_wins": "Trade wins",
    "report_jobs_estimate": "Jobs (estimate)",
    "report_note_markets": (
        "Trade win = a company with at least one contract in the year (values summed); a "
        "company winning in two markets counts once in each."
    ),
    "report_sheet_path": "Path to target",
    "report_title_path": "New jobs per year against the path",
    "report_year": "Year",
    "report_target": "Target",
    "report_new_jobs": "New jobs",
    "report_invest": "Invest",
    "report_trade_estimate": "Trade (estimate)",
    "report_retained_jobs": "Retained jobs",
    "report_share": "Share of target",
    "report_note_path": "{year}: through Q{quarter}.",
    "report_chart_countries": "New jobs (investment) by country of origin",
    "report_jobs": "Jobs",
    "report_sheet_countries": "Countries",
    "report_title_countries": "Jobs by country of origin, {year} through Q{quarter}",
    "report_country": "Country",
    "report_note_countries": (
        "Country of the ultimate parent's headquarters; Hong Kong counts under China."
    ),
    "report_chart_sectors": "New jobs by sector",
    "report_sheet_sectors": "Sectors",
    "report_title_sectors": "Jobs by theme and sector, {year} through Q{quarter}",
    "report_theme": "Theme",
    "report_sector": "Sector",
    "report_projects": "Projects",
    "report_title_projects": "Realised projects, {year} through Q{quarter}",
    "report_realised": "Realised",
    "report_company": "Company",
    "report_kind": "Kind",
    "report_note_projects": "Trade jobs are the companies' estimates.",
    "report_title_missions": "Missions and their yield, {year} through Q{quarter}",
    "report_reference": "Reference",
    "report_mission": "Mission",
    "report_start": "Start",
    "report_companies": "Companies",
    "report_leads_per_company": "Leads per company",
    "report_note_missions": (
        "Projects and jobs tracing back to the mission (each project counts for one mission)."
    ),
    "report_sheet_cost": "Cost per job",
    "report_title_cost": "Cost per new job {year} through Q{quarter}",
    "report_total": "Total",
    "report_budget_line": "Budget line",
    "report_budget_year": "Budget of year",
    "report_fte": "FTE",
    "report_budget_eur": "Budget (€)",
    "report_cost_per_job": "Cost per job (€)",
    "report_jobs_per_fte": "Jobs per FTE",
    "report_note_cost": (
        "Budget pro-rated: {months} of 12 months, against the jobs through Q{quarter}. A year "
        "without its own budget borrows the still valid lines of the latest earlier year "
        "(column Budget of year). A regional budget, not per country. Invest, trade and EMA "
        "lines overlap, the total line counts each job once."
    ),
    "report_first_rows": "First {limit} of {rows} rows; all rows in the Excel report.",
    "report_page": "page",
    "report_where_jobs_come_from": "Where the jobs come from",
    "report_browser_path_missing": (
        "The PDF report needs Chromium for its charts, but BROWSER_PATH={path} does not exist. "
        "Install Chromium (apt-get install chromium) or choose Excel."
    ),
    "report_no_chromium": (
        "The PDF report needs Chromium for its charts and it is not installed (apt-get install "
        "chromium). The Excel report works without it."
    ),
    "report_charts_failed": "Charts could not be made with Chromium: {error}",
}
