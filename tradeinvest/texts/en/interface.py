"""English texts: headlines, charts, sign-in, contacts, report download, settings. Same keys as the
other language's `interface`."""

from __future__ import annotations

TEXTS: dict[str, str] = {
    "headline_finished": "new jobs in {year} against an annual target of {target} ({gap}).",
    "headline_running": (
        "new jobs through {through}, pro-rated target {prorated}; year-end forecast ({method}) "
        "{forecast} against an annual target of {target}."
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
    # reporting/charts.py, plan_charts.py
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
    # ui/auth.py, contacts.py, report_download.py, reference_labels.py, state.py
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
    "ref_valid_until": "Valid through (empty = recurring)",
    "ref_regions": "Regions",
    "db_opening": "Opening the database…",
    # pages/settings.py
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
    # roles, actions and the access refusal (were access.ROLES / ACTION_LABELS_NL)
    "role_coordinator": "Coordinator",
    "role_team": "Team",
    "role_governor": "Governor",
    "action_view": "view data",
    "action_view_contacts": "view contact persons",
    "action_report": "make a report",
    "action_upload": "upload data",
    "action_undo": "undo an upload",
    "action_settings": "change settings",
    "action_change": "change data",
    "action_erase": "erase personal data",
    "action_manage_users": "manage users",
    "action_score": "score opportunities",
    "access_refused": "Not allowed ({who}): {action}.",
    "access_not_signed_in": "not signed in",
    "access_as_role": "role {role}",
    "demo_public_refused": (
        "Refused: demo mode (no users, everyone coordinator) on a network address ({host}); "
        "add a user first, or start deliberately with --demo-public."
    ),
    # the progress status words (were measure.progress.STATUS_LABELS)
    "status_on_track": "On track",
    "status_at_risk": "At risk",
    "status_behind": "Behind",
    "status_reached": "Reached",
    "status_missed": "Missed",
    # the forecast's prior (settings)
    "setting_forecast_p_prospect_high": (
        "Forecast: default chance of landing within 12 months, prospect / "
        "high"
    ),
    "setting_forecast_p_prospect_medium": (
        "Forecast: default chance of landing within 12 months, prospect / "
        "medium"
    ),
    "setting_forecast_p_prospect_low": (
        "Forecast: default chance of landing within 12 months, prospect / "
        "low"
    ),
    "setting_forecast_p_active_high": (
        "Forecast: default chance of landing within 12 months, active / "
        "high"
    ),
    "setting_forecast_p_active_medium": (
        "Forecast: default chance of landing within 12 months, active / "
        "medium"
    ),
    "setting_forecast_p_active_low": (
        "Forecast: default chance of landing within 12 months, active / "
        "low"
    ),
    "setting_forecast_p_verify_high": (
        "Forecast: default chance of landing within 12 months, verify / "
        "high"
    ),
    "setting_forecast_p_verify_medium": (
        "Forecast: default chance of landing within 12 months, verify / "
        "medium"
    ),
    "setting_forecast_p_verify_low": (
        "Forecast: default chance of landing within 12 months, verify / "
        "low"
    ),
    "setting_forecast_prior_strength": (
        "Forecast: weight of the default chances (in opportunities of own "
        "history)"
    ),
    # the import assistant's mapping step (ui/mapping_step.py) and saved mappings
    "map_title": "Map the columns",
    "map_intro": (
        "This file's headers are not the template's. Choose per column which field it is (the "
        "suggestion is already chosen), give required fields the file lacks one value for the "
        "whole file, and confirm. Nothing is loaded before you confirm. * = required field."
    ),
    "map_sheet_title": "Template sheet {sheet}",
    "map_which_sheet": "Which sheet of the file is {sheet}?",
    "map_sheet_with_period": "{name} (names period {period})",
    "map_no_sheet": "No sheet in the file looks like the template's sheet {sheet}.",
    "map_col_header": "Column in the file",
    "map_col_samples": "Samples",
    "map_col_field": "Becomes field",
    "map_col_reason": "Why suggested",
    "map_ignore": "do not use",
    "map_note": "keep as a note",
    "map_lacking_intro": (
        "Required fields no column gives: choose one value for the whole file, or let a rule "
        "derive them where one can."
    ),
    "map_leave_empty": "leave empty",
    "map_derive": "derive (generated)",
    "map_one_value": "one value for the whole file",
    "map_generated": "Derived: {how}",
    "map_name": "Save this mapping under the name",
    "map_default_name": "Own layout {kind}",
    "map_confirm": "Confirm mapping",
    "map_waiting": "Confirm the mapping; the check of the file follows.",
    "map_confirmed": (
        "Mapping confirmed; the file was checked with it. Loading saves it as **{name}**, so a "
        "file with the same columns loads by itself next time."
    ),
    "map_refused_empty": "Required field left empty on sheet {sheet}: {fields}.",
    "map_refused_no_name": "Give the mapping a name to save it under.",
    "map_used_saved": (
        "Read with the saved mapping **{name}** (same columns; rename or delete it on the "
        "Settings page)."
    ),
    "map_name_taken": (
        "A saved mapping **{name}** exists already; loading with this name replaces it. Choose "
        "another name to keep both."
    ),
    "settings_mappings": "Saved mappings",
    "settings_mappings_help": (
        "Mappings of your own headers to the fields, saved when a file was loaded. A file with "
        "the same columns loads with one by itself. Renames and deletions go to the audit log."
    ),
    "settings_mappings_none": "No saved mappings yet.",
    "settings_mapping_pick": "Mapping",
    "settings_mapping_new_name": "New name",
    "settings_mapping_rename": "Rename",
    "settings_mapping_delete": "Delete",
    "settings_mapping_renamed": "Mapping {old} renamed to {new}.",
    "settings_mapping_deleted": (
        "Mapping {name} deleted; a file with those columns gets the mapping step again."
    ),
    "mapping_col_name": "Name",
    "mapping_col_kind": "Kind",
    "mapping_col_created_by": "Saved by",
    "mapping_col_created_at": "Saved on",
    "mapping_col_updated_by": "Changed by",
    "mapping_col_updated_at": "Changed on",
    # traceability in the source-row listings (ui/origins.py)
    "trace_note": "Note from the file",
    "trace_as_typed": "As typed",
    "trace_title": "Origin of a row: where each field comes from",
    "trace_pick": "Row",
    "trace_none": "No origin per field was kept for this upload (loaded before the mapping step).",
    "trace_col_field": "Field",
    "trace_col_stored": "Stored",
    "trace_col_from": "From the file",
    "trace_col_raw": "As typed",
    "trace_from_header": "column '{header}'",
    "trace_from_constant": "one value for the whole file: {value}",
    "trace_from_rule": "derived (generated): {rule}",
    "trace_from_note": "own columns, kept as a note",
    # the confirmation block counts the whole landing year
    "confirmation_whole_year": (
        "Counts the whole landing year {year}: "
        "the quarter filter does not apply to this block."
    ),
}
