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
    # i14e: formats
    "count_contracts": "contract|contracts",
    # i14e: ui/drilldown
    "contacts": "Contacts",
    "bidbooks_ffts": "Bidbooks + FFTs",
    "bidbooks_and_ffts": "Bidbooks and FFTs",
    "leads": "Leads",
    "trade_wins_short": "Trade wins",
    "new_jobs": "New jobs",
    "investment": "Investment",
    "investment_eur": "Investment (€)",
    "retained_jobs": "Retained jobs",
    "effort_to_results_per_year": "From effort to results per year",
    "count": "Count",
    "new_jobs_per_year": "New jobs per year",
    "new_direct_jobs": "New direct jobs",
    "investment_origin": "Investment (origin)",
    "trade_estimate_market": "Trade, estimate (export market)",
    "no_funnel_data": "No funnel data.",
    "funnel_title": "Funnel {period}: companies by furthest stage",
    "funnel_note": (
        "Companies with effort or a result in {period} under the chosen filters, each at the "
        "furthest stage it reached in that period. Project = companies with a realised "
        "investment project or a trade win; the headline counts {projects} and {wins}."
    ),
    "no_lead_time": "No projects in {period} with an earlier contact to measure lead time.",
    "lead_time_title": "Lead time from first contact to project, {period}",
    "days": "Days",
    "lead_time_note": (
        "Projects realised in {period}: median {median} days (middle half {p25}–{p75}), "
        "{traced} of {projects} traced."
    ),
    "count_projects": "project|projects",
    "no_missions_in_period": "No missions in this period.",
    "no_projects_in_period": "No projects in this period.",
    "reference": "Reference",
    "mission": "Mission",
    "kind": "Kind",
    "destination": "Destination",
    "start": "Start",
    "companies": "Companies",
    "leads_of_mission": "Leads of the mission",
    "won_leads": "Won leads",
    "projects": "Projects",
    "company": "Company",
    "realised": "Realised",
    "source_row": "{file} · {period} · row {row}",
    "source_file_period_row": "Source (file · quarter · row)",
    "funnel_stages": "Contact|Bidbook/FFT|Lead|Project",
    # i14e: pages/countries
    "pick_country": "Pick a country under Filters on the left to drill down.",
    "new_jobs_from_investment": "New jobs from investment",
    "trade_jobs_estimate": "Trade jobs (estimate)",
    "effort_contacts_bidbooks_leads": "Effort (contacts, bidbooks, leads)",
    "by_country_of_origin": "By country of origin (parent)",
    "by_export_market": "By export market",
    "by_country_of_company_or_market": "By country of the company or market",
    "investment_projects_origin": "Investment projects (origin)",
    "new_jobs_investment_origin": "New jobs from investment (origin)",
    "trade_wins_market": "Trade wins (export market)",
    "export_contracts_market": "Export contracts (export market)",
    "trade_jobs_estimate_market": "Trade jobs, estimate (export market)",
    "as_country_of_origin": "As country of origin (investment)",
    "new_jobs_origin": "New jobs (origin)",
    "as_export_market": "As export market (trade)",
    "jobs_estimate_market": "Jobs, estimate (export market)",
    "contract_value": "Contract value",
    "origin_and_market_total": (
        "Together {total} new jobs: {origin} from investment (origin) and {market} estimated "
        "from trade (export market)."
    ),
    "map_shows": "Map shows",
    "too_small_for_map": "Too small for the map (listed in the table): {codes}",
    "countries_roles_note": (
        "Investments sit with the parent's country (origin), trade with the country exported "
        "to (export market); leads with the lead company's country."
    ),
    "not_focus_country": "{name} is not on the {year} focus list; results still count.",
    "focus_country": (
        "Focus country {year} (list {list_year}): invest {invest}, trade {trade}{regions}."
    ),
    "focus_regions": "; regions: {regions}",
    "yes": "yes",
    "no": "no",
    "effort_and_results_over_years": "Effort and results over the years",
    "missions": "Missions",
    # i14e: pages/sectors
    "sectors_and_themes": "Sectors and themes",
    "pick_sector": "Pick a sector under Filters on the left to drill down.",
    "jobs_by_theme_and_sector": "New jobs by theme and sector",
    "jobs_per_year_and_theme": "New jobs per year and theme",
    "theme_is": "Theme: {theme}",
    # i14e: pages/missions
    "companies_taking_part": "Companies taking part",
    "jobs_traced": "Jobs traced",
    "mission_leads_summary": (
        "{companies} companies took part, {leads} leads ({per_company} per company), {won} "
        "won."
    ),
    "no_missions_in_year": "No missions in {year}. Upload a missions workbook.",
    "missions_compared": "Missions compared",
    "missions_compared_note": (
        "Side by side: leads, of which won, and projects tracing back to the mission (won "
        "leads are part of the leads, so not added up)."
    ),
    "leads_of_one_mission": "Leads of one mission",
    "source": "Source",
    # i14e: pages/overview
    "figure_new_jobs": "New jobs (year to date)",
    "figure_investment_projects": "Investment projects",
    "figure_trade_wins": "Trade wins (company-years)",
    "figure_contacts": "Contacts",
    "figure_bidbooks_ffts": "Bidbooks and FFTs",
    "figure_mission_companies": "Companies on missions",
    "figure_leads": "Leads",
    "figure_investment_eur": "Investment (€)",
    "no_projects_for_year": "No projects uploaded for {year} yet.",
    "road_to_1000": "The road to 1,000 jobs — {year}",
    "data_through": "Data through {through}. ",
    "country_roles_caption": (
        "Country = country of origin (parent) for investments and export market for trade; "
        "both are shown apart below."
    ),
    "this_quarter": "{delta} this quarter",
    "annual_target": "Annual target",
    "country_plan_target": "Country plan target",
    "target_none_here": "Target (none here)",
    "share_reached": "{share} reached",
    "difference_from_target": "Difference from target",
    "year_end_forecast": "Year-end forecast",
    "last_four_quarters": "last 4 quarters: {value}",
    "forecast_run_rate": (
        "Run rate (year to date × 4 / quarters loaded; a missing quarter is left out)"
    ),
    "forecast_last_four": (
        "Last four quarters (rolling; a missing quarter is left out, the loaded quarters × 4 "
        "/ their number)"
    ),
    "of_which_trade_invest": "Of which trade (estimate): {trade}; invest: {invest}.",
    "retained_jobs_separate": "Retained jobs (separate)",
    "indirect_jobs": "Indirect jobs",
    "indirect_jobs_help": (
        "Estimate: indirect jobs per direct FDI job × new invest jobs; not counted for the "
        "target."
    ),
    "new_and_expansions": "{new} new, {expansions}",
    "count_expansions": "expansion|expansions",
    "trade_wins_help": "One per company and year, the contracts' values summed.",
    "realised_through_quarter": "{year}: realised (Q1 to Q{quarter}).",
    "jobs_by_origin": "New jobs (investment) by country of origin",
    "jobs": "Jobs",
    "trade_jobs_by_market": "Trade: jobs (estimate) by export market",
    "new_jobs_estimate": "New jobs (estimate)",
    "export_market_code": "Export market (code)",
    "export_market": "Export market",
    "changed_since_last_quarter": "What changed since last quarter",
    "indicator": "Indicator",
    "previous_quarter": "Previous quarter",
    "now": "Now",
    "change": "Change",
    "no_restatements": "No restatements: figures equal what was reported earlier.",
    "restated": "Restated compared with the earlier report:",
    "jobs_from_focus": "Jobs from focus countries",
    "effort_on_focus": "Effort on focus countries",
    "cost_per_new_job": "Cost per new job",
    "jobs_per_fte": "{value} jobs per FTE",
    # i14e: ui/filters, app
    "language_switch": "Taal / Language",
    "language_nl": "Nederlands",
    "language_en": "English",
    # i14h: upload problems
    "problem_label_error": "ERROR",
    "problem_label_warning": "Warning",
    "problem_where_sheet": "sheet '{sheet}'",
    "problem_where_row": "row {row}",
    "problem_where_column": "column '{column}'",
    "problem_value": " (value: {value!r})",
    "problem_rejected": "{errors} error(s) found; nothing was loaded.",
    "problem_more": "… and {more} more {noun}",
    "problem_more_in_column": "warnings in this column",
    "problem_more_times": "times: {message}",
    "problem_kind_unknown_columns": "unknown columns",
    "problem_as_said": "{text}",
    "problem_or": "{first} or {second}",
    "problem_none": "none",
    "problem_col_severity": "Severity",
    "problem_col_file": "File",
    "problem_col_sheet": "Sheet",
    "problem_col_row": "Row",
    "problem_col_column": "Column",
    "problem_col_value": "Value",
    "problem_col_message": "Message",
    "problem_severity_error": "error",
    "problem_severity_warning": "warning",
    "problem_required_empty": "this required field is empty",
    "problem_date_tbd": (
        "the date is not known yet ('tbd'); fill in a date or leave this row out until the "
        "date is fixed"
    ),
    "problem_date_outside_quarter": (
        "the date lies outside the chosen quarter {quarter} ({start} to {end})"
    ),
    "problem_date_partly_outside": (
        "imprecise date ({precision}) lies partly outside {quarter}; stored as {stored}"
    ),
    "problem_duplicate": "duplicate: the same {label} is also on row {row}",
    "problem_kind_pillar_clash": (
        "project kind and pillar do not match: an export contract belongs to Trade, the other "
        "kinds to Invest"
    ),
    "problem_retention_new_jobs": (
        "a retention project with new jobs: those count as new jobs; is it really an "
        "expansion?"
    ),
    "problem_end_before_start": "the end date lies before the start date",
    "problem_unknown_mission": (
        "this mission is not on the Missies sheet and was not uploaded before either"
    ),
    "problem_off_focus": (
        "country {code} is not on the focus list of {year} ({rows} row(s)); it does count"
    ),
    "problem_separator_read": (
        "text with separators read as the number {number} (without thousands, comma = "
        "decimal); if that is wrong, fill in the number without dots"
    ),
    "problem_too_large": "the number is too large; check the value",
    "problem_too_large_jobs": (
        "the number is too large: more than {largest} jobs in one row cannot be right; check "
        "the value (the limit is in Settings: {setting})"
    ),
    "problem_too_large_amount": (
        "the number is too large: more than {largest} euro in one row cannot be right; check "
        "the value"
    ),
    "problem_too_large_count": (
        "the number is too large: more than {largest} in one row cannot be right; check the "
        "value"
    ),
    "problem_text_too_long": "text is longer than {limit} characters",
    "problem_negative": "a negative number is not possible here; fill in 0 or more",
    "problem_not_a_number": (
        "not a number; fill in a number such as 1234,5 (without words or units)"
    ),
    "problem_number_not_bool": "expected a number, not yes/no",
    "problem_number_not_date": "expected a number, but the cell is a date or time",
    "problem_not_whole": "expected a whole number, without decimals",
    "problem_date_unknown": "date not recognised; use dd-mm-yyyy, for example 05-03-2024",
    "problem_no_such_date": "this date does not exist; check day and month (dd-mm-yyyy)",
    "problem_before_1900_03": (
        "date before 1 March 1900: Excel counts those days wrongly (it knows a 29-02-1900 "
        "that does not exist); fill in the real date, dd-mm-yyyy"
    ),
    "problem_year_unknown": "year not recognised; use a year between 1900 and 2199",
    "problem_month_unknown": "month not recognised; use 1 to 12 or the name of the month",
    "problem_season_unknown": (
        "season not recognised; write for example 'autumn 2018' or 'winter 2018/2019'"
    ),
    "problem_time_only": "only a time, no date; fill in a date such as 05-03-2024",
    "problem_unknown_country": (
        "unknown country; use the Dutch or English name or an ISO code such as DE"
    ),
    "problem_unknown_country_meant": (
        "unknown country; did you mean {meant}? Otherwise use the Dutch or English name or an "
        "ISO code such as DE"
    ),
    "problem_unknown_term": "unknown value; choose from: {labels}",
    "problem_unknown_term_meant": "unknown value; did you mean {meant}? Or choose from: {labels}",
    "problem_yes_no": "choose yes or no",
    "problem_yes_no_meant": "choose yes or no; did you mean {meant}?",
    "problem_company_no_letters": (
        "company name without letters or digits; fill in the name of the company"
    ),
    "problem_sheets_alike": (
        "several sheets seem to be '{sheet}' ({listed}); only '{first}' was read"
    ),
    "problem_all_sheets_empty": "the file holds no data (all sheets are empty)",
    "problem_later_sheet_missing": "sheet '{sheet}' is missing; no {what} are read",
    "problem_csv_no_header_for": (
        "no header row for '{sheet}' was found in this CSV file; deliver the sheets as .xlsx "
        "with a sheet '{sheet}'"
    ),
    "problem_sheet_missing": (
        "sheet '{sheet}' is missing (sheets found: {found}); name the sheet '{sheet}'"
    ),
    "problem_sheet_unreadable": (
        "the sheet cannot be read; the file may be damaged. Open it in Excel and save it again "
        "as .xlsx"
    ),
    "problem_no_header": (
        "no header row found in {where}; expected a row with the column names {expected}"
    ),
    "problem_in_first_rows": "the first {rows} rows",
    "problem_in_the_sheet": "the sheet",
    "problem_merged_header": "merged cells in the header row ({first}:{last}); unmerge them",
    "problem_no_data_rows": "no data rows below the header row",
    "problem_csv_row_too_wide": (
        "this row has {values} values but the header row {columns} columns; is there a "
        "separator (for example a comma in an amount) without quotes?"
    ),
    "problem_csv_more_wide_rows": "{rows} more rows with too many values",
    "problem_unknown_column": "column '{column}' is ignored (unknown column)",
    "problem_header_ambiguous": (
        "header '{header}' fits more than one column ({names}); use the exact column name"
    ),
    "problem_column_twice": (
        "column '{column}' is in the header row more than once: {where}; keep one"
    ),
    "problem_header_at": "'{header}' (column {letter})",
    "problem_required_column_missing": (
        "required column '{column}' is missing (also recognised: {also})"
    ),
    "problem_file_unreadable": (
        "the file could not be read ({error}); open it in Excel and save it again as .xlsx"
    ),
    "problem_file_empty": "the file is empty (0 bytes)",
    "problem_file_too_big": (
        "the file is {size}; that is more than {limit}, the limit for an upload. Remove sheets "
        "you do not need or split the file"
    ),
    "problem_password": "the file is protected by a password; save it without a password",
    "problem_old_xls": "old Excel format (.xls); save as .xlsx",
    "problem_xlsb": "binary Excel format (.xlsb); save as .xlsx",
    "problem_ods": "OpenDocument spreadsheet (.ods); save as .xlsx",
    "problem_not_spreadsheet": "this is no spreadsheet (.xlsx or .csv)",
    "problem_not_spreadsheet_but": "this is no spreadsheet (.xlsx or .csv), but {what}",
    "problem_what_office": "another Office file (for example Word)",
    "problem_what_pdf": "a PDF file",
    "problem_what_image": "an image ({format})",
    "problem_what_rtf": "a Word document (RTF)",
    "problem_what_archive": "a compressed file ({format})",
    "problem_what_word": "a Word document",
    "problem_what_powerpoint": "a PowerPoint file",
    "problem_what_zip": "a zip file",
    "problem_what_html": "a web page (HTML); open it in Excel and save as .xlsx",
    "problem_what_xml": "an XML file; open it in Excel and save as .xlsx",
    "problem_fake_xlsx": (
        "the file is called .{ext} but is no valid Excel file (damaged?); open it in Excel and "
        "save it again as .xlsx"
    ),
    "problem_zip_bomb": (
        "the file unpacks to {size}; that is too large or suspiciously strongly compressed "
        "(zip bomb). Open it in Excel, remove sheets you do not need and save it again"
    ),
    "problem_zip_damaged": (
        "the file is damaged (no valid .xlsx file); open it in Excel and save it again as .xlsx"
    ),
    "problem_workbook_damaged": (
        "the file is damaged and cannot be read; open it in Excel and save it again as .xlsx"
    ),
    "problem_csv_nul": (
        "the CSV file holds a NUL character on line {line} (binary data); it is damaged or no "
        "text file. Save it again in Excel as CSV or as .xlsx"
    ),
    "problem_csv_unreadable": (
        "the CSV file cannot be read ({reason}); save it again in Excel as CSV or as .xlsx"
    ),
    "problem_csv_cell_too_long": "a cell is longer than {limit} characters",
    "problem_calendar_no_country": (
        "the country of '{event}' cannot be told from the place {place}; the item is on the "
        "calendar without a country. Fill in the country on the Calendar page (or in the "
        "column Land)"
    ),
    "problem_place_empty": "(empty)",
    "problem_calendar_other_year": (
        "the start date is not in {year}, the year of this calendar; the item is on the "
        "calendar all the same"
    ),
    "problem_period_hint": (
        "most dates ({n} of {total}) fall in {best}, not in {quarter}: choose quarter {best} "
        "when uploading (or check the dates)"
    ),
    "problem_unknown_kind": "unknown kind '{kind}'; choose from {kinds}",
    "problem_projects_empty": (
        "no projects in this file: the quarter is loaded as explicitly empty (no projects this "
        "quarter)"
    ),
    "problem_no_data": (
        "the file holds no data rows; there is nothing to load. To withdraw an earlier upload, "
        "undo it in the history"
    ),
    # i14f: reporting/csv_export.py, labels.py
    "col_year": "Year",
    "col_quarter": "Quarter",
    "col_country": "Country",
    "col_country_group": "Country of origin",
    "col_name": "Name",
    "col_iso2": "ISO code",
    "col_iso3": "ISO3 code",
    "col_theme": "Theme",
    "col_sector": "Sector",
    "col_fte": "FTE",
    "col_pillar": "Pillar",
    "col_partner": "Partner",
    "col_reference": "Reference",
    "col_company": "Company",
    "col_d": "Date",
    "col_start_date": "Start date",
    "col_end_date": "End date",
    "col_project_kind": "Project kind",
    "col_target": "Target",
    "col_realised": "Realised",
    "col_share_of_target": "Share of target",
    "col_new_jobs": "New jobs",
    "col_retained_jobs": "Retained jobs",
    "col_new_jobs_invest": "New jobs invest",
    "col_new_jobs_trade": "New jobs trade (estimate)",
    "col_indirect_jobs": "Indirect jobs (estimate)",
    "col_projects": "Projects",
    "col_investment_eur": "Investment (€)",
    "col_contract_value_eur": "Contract value (€)",
    "col_contacts": "Contacts",
    "col_bidbooks": "Bidbooks",
    "col_ffts": "Fact-finding trips",
    "col_missions": "Missions",
    "col_mission_companies": "Companies on missions",
    "col_companies": "Companies",
    "col_leads": "Leads",
    "col_won_leads": "Won leads",
    "col_expected_jobs": "Expected jobs",
    "col_opportunity_id": "Opportunity",
    "col_title": "Title",
    "col_total": "Total score",
    "col_decision": "Decision",
    "col_previous": "Previous quarter",
    "col_current": "Now",
    "col_delta": "Change",
    "col_label": "Indicator",
    "col_plan": "Plan",
    "col_actual": "Actual",
    "col_source": "Source (file · quarter · row)",
    "col_new_establishments": "New establishments",
    "col_expansions": "Expansions",
    "col_retentions": "Retentions",
    "col_acquisitions": "Acquisitions / mergers",
    "col_trade_contracts": "Export contracts",
    "col_label_nl": "Indicator (Dutch)",
    "col_label_en": "Indicator (English)",
    "col_file_name": "File",
    "col_source_row": "Row",
    "col_country_source": "Country taken from",
    "col_match_rule": "Match rule",
    "col_mission_kind": "Mission kind",
    "col_mission_name": "Mission",
    "col_mission_reference": "Mission reference",
    "col_mission_reference_matched": "Matched mission",
    "col_mission_start": "Mission start",
    "col_mission_end": "Mission end",
    "col_organised_by": "Organised by",
    "col_plan_start": "Planned start",
    "col_plan_end": "Planned end",
    "col_start_precision": "Start date precision",
    "col_end_precision": "End date precision",
    "col_target_new_jobs": "Target new jobs",
    "col_status": "Status",
    "col_topic": "Topic",
    "col_event": "Activity",
    "col_place": "Place",
    "col_staff": "Staff",
    "col_partners": "Partners",
    "col_place_key": "Place (key)",
    "col_item": "No.",
    "col_indicator": "Indicator (code)",
    "col_investment_projects": "Investment projects",
    "col_trade_wins": "Trade wins (company-years)",
    "col_in_region": "Held in the region",
    "col_budget_year": "Budget of year",
    "col_borrowed": "Borrowed",
    "col_months": "Months",
    "col_valid_until": "Valid until",
    "col_through": "Through",
    "col_line": "Budget line",
    "col_eur": "Amount (€)",
    "col_cost_per_job": "Cost per job (€)",
    "col_jobs_per_fte": "Jobs per FTE",
    "col_stage": "Stage",
    "col_share": "Share",
    "col_gap": "Difference",
    "col_sha256": "Checksum (sha256)",
    "unknown": "unknown",
    "kind_projects": "Projects and jobs",
    "kind_missions": "Missions and leads",
    "kind_contacts": "Contacts",
    "kind_bidbooks": "Bidbooks and FFTs",
    "kind_calendar": "Activity calendar (per year)",
    "kind_country_plans": "Country plans (per year)",
    # i14f: reporting/headline.py
    "headline_finished": "new jobs in {year} against an annual target of {target} ({gap}).",
    "headline_running": (
        "new jobs through {through}, pro-rated target {prorated}; year-end forecast {forecast} "
        "against an annual target of {target}."
    ),
    "headline_missing": (
        "Missing: {quarters} — neither loaded nor reported empty. Such a quarter is unknown: it "
        "is left out of the pro-rated target and both forecasts use the loaded quarters (× 4 / "
        "their number). Upload the quarter, or a projects file with only the header row if there "
        "were no projects."
    ),
    "cost_budget_months": "Budget {months}/12 of {year}",
    "cost_year_running": (
        "(the year is still running: through Q{quarter}, the latest loaded quarter)"
    ),
    "cost_borrowed": "borrowed from {budget_year} (no budget of its own for {year})",
    "cost_regional": (
        "Regional figure: budget and jobs of the whole region, the filters do not apply here (the "
        "budget is not split by country or sector)."
    ),
    # i14f: reporting/charts.py, plan_charts.py
    "chart_year_end_forecast": "Year-end forecast",
    "chart_jobs_per_year": "New jobs per year: realised and target",
    "date_unknown": "date unknown",
    "season_3": "spring",
    "season_6": "summer",
    "season_9": "autumn",
    "season_12": "winter",
    "half_year": "H{half} {year}",
    "chart_mission_started": "Mission started",
    "chart_percent_of_plan": "% of plan",
    "plans_sum": "Sum of country plans",
    "regional_target": "Regional target",
    "jobs_word": "jobs",
    "projects_word": "projects",
    "chart_yardstick_score": "Yardstick score (1–5)",
    "chart_jobs_that_followed": "New jobs that followed",
    # i14f: ui/auth.py, contacts.py, report_download.py, reference_labels.py, state.py
    "demo_label": "Demo – sample data, no sign-in",
    "demo_explained": (
        "Anyone with the link acts as coordinator here. Sign-in switches on once a user exists: "
        "`python -m tradeinvest users add NAME --role coordinator`."
    ),
    "sign_in": "Sign in",
    "sign_out": "Sign out",
    "signed_out_elsewhere": (
        "You were signed out: in another tab, because the sign-in time has passed, or because "
        "your account was changed. Please sign in again."
    ),
    "oidc_no_role": "{email} has no role in this app. Ask the coordinator to add you.",
    "oidc_sign_in": "Sign in with your organisation account",
    "user_name": "User name",
    "password": "Password",
    "sign_in_failed": "Unknown user name or wrong password.",
    "sign_in_locked": (
        "Too many failed sign-in attempts. Try again after {when}, or ask the coordinator to "
        "unlock you."
    ),
    "signed_in_as": "Signed in as",
    "no_access_title": "No access",
    "no_access": "You do not have access to this page.",
    "contacts_persons_note": (
        "With contact persons: personal data, visible to the team and the coordinator only; not "
        "to governors, not in reports or exports."
    ),
    "contacts_none": "No contacts in this period.",
    "contacts_col_person": "Contact person",
    "contacts_col_email": "E-mail",
    "contacts_col_phone": "Phone",
    "row": "row",
    "report_download_title": "Quarterly report {year} Q{quarter}",
    "report_explained": (
        "For governors: progress, path to target, jobs by country and sector, output and impact "
        "with change, missions and cost per job. Regional: the filters on the left do not apply."
    ),
    "report_file": "quarterly_report_{year}Q{quarter}",
    "report_xlsx": "⬇ Quarterly report (Excel)",
    "report_pdf": "⬇ Quarterly report (PDF)",
    "companies_attracted": "Companies attracted",
    "trade_yes": "yes",
    "trade_no": "no",
    "trade_reactive": "reactive",
    "trade_depends": "depends",
    "setting_indirect_jobs_per_direct": "Indirect jobs per direct FDI job (Dutch average)",
    "setting_on_track_share": "On track from this share of the (pro-rated) target",
    "setting_at_risk_share": "At risk from this share; below it: behind",
    "setting_baseline_jobs": "Baseline: new jobs per year (2016, IU and UCIB together)",
    "setting_baseline_year": "Year of the baseline",
    "setting_max_upload_mb": "Largest upload allowed, in MB",
    "setting_max_jobs_per_row": (
        "Most jobs in one row of an upload; more is refused as a typing error"
    ),
    "setting_calendar_match_days": "Calendar: days of slack when matching to missions carried out",
    "setting_yardstick_weight_a": "Yardstick: weight A, contribution to the targets (jobs)",
    "setting_yardstick_weight_b": "Yardstick: weight B, fits the strategy",
    "setting_yardstick_weight_c": "Yardstick: weight C, effectiveness (network, market demand)",
    "setting_yardstick_weight_d": "Yardstick: weight D, efficiency and continuity",
    "ref_note": "Note",
    "ref_budget_line": "Budget line",
    "ref_regions": "Regions",
    "db_opening": "Opening the database…",
    # i14f: pages/settings.py
    "settings_intro": "Changes apply at once on every page and are logged with who and when.",
    "settings_targets": "Targets per indicator and year",
    "settings_targets_help": (
        "New direct jobs per year. After the last year with a target, the last target applies."
    ),
    "settings_budget_lines": "Budget per year and line",
    "settings_budget_lines_help": (
        "`valid_until` = last year a line applies: empty = recurring, equal to the year = one-off "
        "(EMA/Brexit: two years, through 2019). A year without its own lines borrows the still "
        "valid lines of the latest earlier year; the pages say so when a year borrows."
    ),
    "settings_focus_countries": "Focus countries per year",
    "settings_focus_countries_help": (
        "Trade: yes / no / reactive / depends. A year without its own list uses the latest "
        "earlier list."
    ),
    "save": "Save",
    "saved": "Saved.",
    "not_saved": "Not saved: {problems}",
    "target_path_title": "Refill the jobs target path",
    "shape_linear": "Straight line",
    "shape_growth": "Constant growth",
    "target_path_shape": "Shape",
    "target_path_from_year": "From year",
    "target_path_start": "Start value",
    "target_path_to_year": "To year",
    "target_path_end": "End value",
    "target_path_apply": "Apply target path",
    "target_path_invalid": "The end year must follow the start year and the start value exceed 0.",
    "settings_thresholds": "Thresholds and ratios",
    # i14f: pages/calendar.py, ui/flash.py, ui/calendar_sections.py
    "calendar_loaded": "Calendar {year} loaded as upload {upload} ({rows}).",
    "rows_calendar_one": "item",
    "rows_calendar_many": "items",
    "country_plans_loaded": "Country plans {year} loaded as upload {upload} ({rows}).",
    "rows_country_plans_one": "plan",
    "rows_country_plans_many": "plans",
    "cal_upload_help": (
        "One workbook per year with the sheets Invest and Trade, columns as annex 2 of the plan. "
        "Uploading again replaces that year's calendar; undo on the Upload page."
    ),
    "cal_template": "⬇ Calendar template",
    "cal_file": "Calendar (.xlsx)",
    "cal_year": "Year of this calendar",
    "cal_load": "Load calendar {year}",
    "cal_title": "Activity calendar: plan and reality",
    "cal_none": "No activity calendar yet. The coordinator uploads a year's calendar.",
    "cal_year_caption": "Calendar year {year} (the sidebar's year).",
    "cal_year_missing": (
        "No activity calendar for {year}. Calendars exist for {years}: pick that year in the "
        "sidebar, or upload below."
    ),
    "cal_planned": "Planned",
    "cal_carried_out": "Carried out",
    "cal_in_region": "In the region",
    "cal_not_carried_out": "Not carried out",
    "cal_unplanned": "Not planned",
    "cal_unplanned_help": "Missions that were not on the calendar",
    "cal_explained": (
        "Carried out = a recorded mission fits the item (same mission reference; or same country "
        "and overlapping period; or a similar name in the same year). Leads, projects and jobs "
        "are that mission's. In the region = held in the Netherlands (reception, ambassador's "
        "visit, incoming visit): no mission belongs to it, so it is not 'not carried out'; an "
        "incoming visit counts under the visitors' country."
    ),
    "cal_colour_by": "Colour by",
    "cal_theme_group": "Theme (Green/Healthy/Smart)",
    "cal_no_dated": "No dated items.",
    "cal_timeline_title": "Calendar {year}: planned (bar) and carried out (◆ mission start)",
    "cal_where": "Place",
    "cal_as_mission": "Carried out as mission",
    "cal_unplanned_title": "Carried out but not planned",
    "cal_all_planned": "Every mission of this year was on the calendar.",
    "cal_all_planned_narrowed": "Every mission of this year in this selection was on the calendar.",
    "cal_fill_title": "Fill in the country",
    "cal_all_have_country": "Every item has a country.",
    "cal_fill_help": (
        "'Place' gave no single country for these items. The answer holds for every item with the "
        "same place, in later calendars too."
    ),
    "cal_no_place": "(no place)",
    "choose_country": "Choose a country",
    "cal_country_saved": "Country of '{event}' saved: {country}.",
    "cal_upload_expander": "Upload a calendar",
    "cal_columns": "Columns: {columns}.",
    # i14f: pages/plans.py, ui/plans_sections.py
    "plans_year_caption": "Plan year {year} (the sidebar's year).",
    "plans_add_up": "Do the {year} country plans add up to the regional target?",
    "plans_sum_jobs": "Sum of country plans: new jobs",
    "plans_minus_target": "Plans minus target",
    "actual_region": "Actual, region",
    "plans_all_countries": (
        "This sum covers all countries; the country filter applies to 'Plan and actual per "
        "country' below."
    ),
    "plans_none": "No country plans for {year} yet. Enter them below or upload the template.",
    "plans_chart_title": "Jobs: plans and target {year}",
    "plans_sum_short": "Sum of plans",
    "plans_gap": "Plans − target",
    "actual_planned": "Actual, planned countries",
    "plans_actual_note": (
        "Actual = the year as loaded so far. 'Planned countries' counts each record once (Hong "
        "Kong is under China)."
    ),
    "plans_per_country": "Plan and actual per country",
    "plans_cell_note": "Each cell: actual / plan.",
    "plans_look_at": "Look at a country",
    "plans_edit_year": "Plan year to edit",
    "plans_edit_title": "Edit the {year} country plans",
    "plans_edit_help": (
        "Country as a name or ISO code; empty target = none. Saving makes a new version in the "
        "upload history (undo on the Upload page)."
    ),
    "plans_save": "Save country plans",
    "plans_saved": "Country plans {year} saved ({rows}).",
    "plans_template_expander": "Download or upload the template",
    "plans_template": "⬇ Country plans template",
    "plans_file": "Filled template (.xlsx)",
    "plans_load": "Load as {year} country plans",
    # i14f: pages/yardstick.py, ui/yardstick_sections.py
    "yard_title": "Utrecht Region yardstick",
    "yard_intro": (
        "Four questions for every opportunity (request, mission proposal, bidbook request, "
        "invitation to a new market), each 1 (not) to 5 (fully). Total = weighted average."
    ),
    "yard_weights": "Weights: {weights}",
    "yard_weights_read_only": "Weights (set by the coordinator): {weights}",
    "yard_q_a": "A. Contribution to the goals",
    "yard_q_b": "B. Fit with the strategy",
    "yard_q_c": "C. Effectiveness",
    "yard_q_d": "D. Efficiency and continuity",
    "yard_q_help_a": (
        "Primarily: the possible contribution to employment. Secondly: what did this or a similar "
        "opportunity yield before, and how soon does it deliver?"
    ),
    "yard_q_help_b": (
        "Contribution to Invest and Trade; fits Green, Healthy, Smart / Healthy Urban Living; "
        "distinctive compared with others?"
    ),
    "yard_q_help_c": (
        "Enough support, network and ecosystem to make the most of the opportunity; for trade "
        "missions: demonstrable demand from companies?"
    ),
    "yard_q_help_d": "Costs against the expected return; not a one-off action but part of a line.",
    "yard_weights_save": "Save weights",
    "yard_weights_saved": "Weights saved.",
    "yard_score_new": "Score a new opportunity",
    "yard_opportunity": "Opportunity",
    "yard_received": "Received on",
    "yard_why": "Why",
    "yard_mission": "Mission (reference)",
    "yard_bidbook": "Bidbook reference",
    "yard_save_score": "Save score",
    "yard_saved": "Opportunity {id} saved: score {score}.",
    "yard_scored_title": "Scored opportunities {year} and what followed",
    "yard_year_caption": "Opportunities received in {year} (the sidebar's year).",
    "yard_none": "No scored opportunities yet.",
    "yard_no": "No",
    "yard_received_short": "Received",
    "yard_linked_via": "Linked via",
    "yard_scored_note": (
        "Score with the current weights. What followed comes from one link: mission, else "
        "bidbook, else company (from the date received). (?) = reference not found."
    ),
    "yard_update": "Update decisions and links",
    "save_changes": "Save changes",
    "yard_predicts": "Does the yardstick predict results?",
    "yard_band": "Score band",
    "yard_opportunities": "Opportunities",
    "yard_taken": "Taken",
    "yard_declined": "Declined",
    "yard_taken_with_result": "Taken with a project",
    "yard_hit_rate": "Hit rate",
    "yard_hit_rate_help": "Taken with a project ÷ taken",
    "yard_jobs_per_taken": "Jobs per taken",
    "yard_declined_with_result": "Declined, yet project",
    "yard_bands_note": (
        "Leads, projects and jobs of the taken opportunities per band. Hit rate = the share of "
        "the taken opportunities that at least one project followed (taken with a project ÷ "
        "taken); blank when nothing in that band was taken. A higher band should give a higher "
        "hit rate and more jobs; if not, revisit the weights."
    ),
    "yard_chart_title": "Score against jobs that followed",
    # i14f: words that read the same in both languages
    "cal_event": "Event",
    "item": "Item",
    "score": "Score",
    "band": "Band",
    "yard_open": "Open",
    "budget_eur": "Budget (€)",
    "invest": "Invest",
    "trade": "Trade",
    "report_pdf_unavailable": "⬇ PDF",
    # i14c: loading (ui/loading.py, ui/plans.py, pages/upload.py, the command line)
    "upload_rows": "row|rows",
    "upload_errors": "error|errors",
    "upload_warnings": "warning|warnings",
    "upload_first_problems": (
        "The first {shown} of {total} problems; the problem report (CSV) has them all."
    ),
    "upload_reading": "Reading and checking…",
    "upload_checked": "Checked",
    "upload_refused": (
        "{errors} and {warnings} in {file}. Nothing was loaded: fix the file and upload it "
        "again."
    ),
    "upload_passed": "{rows} passed ({what}){warned}.",
    "upload_already_loaded": (
        "This file is already loaded: it is upload {id}, which counts now for this kind and "
        "period. Loading it again changes nothing."
    ),
    "upload_problem_report": "⬇ Problem report (CSV)",
    "upload_writing": "Writing…",
    "upload_done": "Done",
    "upload_title": "Upload data",
    "upload_intro": (
        "One file per kind and quarter. Uploading again replaces the earlier version; every "
        "upload can be undone."
    ),
    "upload_kind": "Kind of data",
    "upload_file": "Spreadsheet (.xlsx, .xlsm or .csv)",
    "upload_largest_file": "Largest file: {limit} MB (a setting on the Settings page).",
    "upload_templates": "Templates",
    "upload_year": "Year (e.g. 2024)",
    "upload_quarter": "Quarter (e.g. 2024Q3)",
    "upload_load": "Load",
    "upload_replaces": " (replaces upload {id})",
    "upload_loaded": "Upload {id} loaded: {rows} {kind} {period}{replaced}. {change}: {effect}",
    "upload_history": "Upload history",
    "upload_none_yet": "No uploads yet.",
    "upload_state_active": "counts",
    "upload_state_replaced": "replaced",
    "upload_state_undone": "undone",
    "history_upload_id": "Upload",
    "history_kind": "Kind",
    "history_quarter": "Period",
    "history_state": "State",
    "history_row_count": "Rows",
    "history_warning_count": "Warnings",
    "history_file_name": "File",
    "history_sha256": "Checksum (sha256)",
    "history_uploaded_by": "By",
    "history_uploaded_at": "When",
    "undo_confirm_text": (
        "**Undo upload {id}:** {kind} {period}, file {file}, {rows}. {change}: {effect}"
    ),
    "undo_cancel": "Cancel",
    "undo_confirm": "Confirm",
    "undo_counts_again": "; upload {id} counts again",
    "undo_done": "Upload {id} undone{again}. {change}: {effect}",
    "undo_choice": "Undo upload",
    "undo_already": "Upload {id} has been undone.",
    "undo_button": "Undo…",
    "plan_column_label": "Indicator",
    "plan_column_plan": "Plan",
    "plan_column_actual": "Actual",
    "plan_column_share": "Actual / plan",
    "plan_column_gap": "Difference",
    "plan_heading": "Country plan {year}: plan and actual",
    "plan_filters_ignored": (
        "A country plan covers the whole country and year: the filters {filters} do not apply "
        "to this block."
    ),
    "plan_none": "No country plan for {name} in {year}. Add it on the Country plans page.",
    "plan_regions": "Regions",
    "plan_activities": "Activities",
    "plan_team": "Team",
    "plan_quarters_loaded": "Actual so far: {quarters} of 4 quarters loaded.",
    "plan_chart_title": "{name} {year}: actual as a share of the plan",
    "plan_target_banner": (
        "**{name}**: {jobs} new jobs through {through} against the target in the {year} "
        "country plan: {goal} ({share})."
    ),
    "plan_no_jobs_target": "the {year} country plan of {name} sets no jobs target",
    "plan_no_target_for_selection": (
        "only the region and the country plans have a jobs target, not this selection"
    ),
    "plan_no_target_banner": (
        "{jobs} new jobs through {through} in this selection. No target to compare with: "
        "{why}; the regional target is for the whole region."
    ),
    "cli_demo_built": "Sample database built: {path} ({count} uploads)",
    "cli_load_refused": "{refused} The database is unchanged.",
    "cli_load_replaces": "; replaces upload {id}",
    "cli_loaded": "Loaded as upload {id}: {kind} {period}, {rows} rows{replaced}",
    "cli_failed": "Failed: {reason}",
    "cli_undone": "Upload {id} undone{again}",
    "cli_progress_period": (
        "give --period (for example 2024Q3 or 2024), or --year with --quarter (Q1..Q4) if wanted"
    ),
    "cli_backup_no_db": "The database {path} does not exist; there is nothing to back up.",
    "cli_backup_written": "Backup written: {folder}",
    "cli_restored": "Database {path} restored from {folder}",
}
