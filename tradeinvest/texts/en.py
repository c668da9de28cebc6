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
    "new_direct_jobs": "New direct jobs",
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
    "contacts": "Contacts",
    "contacts_persons_note": (
        "With contact persons: personal data, visible to the team and the coordinator only; not "
        "to governors, not in reports or exports."
    ),
    "contacts_none": "No contacts in this period.",
    "kind": "Kind",
    "contacts_col_person": "Contact person",
    "contacts_col_email": "E-mail",
    "contacts_col_phone": "Phone",
    "row": "row",
    "report_title": "Quarterly report {year} Q{quarter}",
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
    "start": "Start",
    "item": "Item",
    "score": "Score",
    "band": "Band",
    "yard_open": "Open",
    "indicator": "Indicator",
    "budget_eur": "Budget (€)",
    "invest": "Invest",
    "trade": "Trade",
    "report_pdf_unavailable": "⬇ PDF",
}
