"""English texts: upload page, history, undo, the command line. Same keys as the other language's
`loading`."""

from __future__ import annotations

TEXTS: dict[str, str] = {
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
        "A country plan covers the whole country and year, so these filters do not apply to "
        "this block: {filters}."
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
    # the title of a template's help sheet ({kind}: the catalogue's kind_<kind>)
    "template_title_quarterly": "Template {kind}: one file per quarter",
    "template_title_yearly": "Template {kind}: one file per year",
    # the command line's own texts (printed in Dutch) and erase's report
    "cli_password_needed": (
        "give --password, --oidc-only, or run the command in a terminal (then the password is "
        "asked for)"
    ),
    "cli_password_prompt": "Password: ",
    "cli_password_again": "Once more: ",
    "cli_passwords_differ": "the two passwords differ",
    "cli_user_added": "User {name} has role {role}. Sign-in is on (no demo mode).",
    "cli_user_changed": "User {name} changed; existing sign-in cookies no longer work.",
    "cli_no_user": "No user {name}.",
    "cli_user_removed": "User {name} removed.{demo}",
    "cli_no_users_left": (
        " There are no users left: the app runs in demo mode again (everyone coordinator)."
    ),
    "cli_user_unlocked": "User {name} can sign in again.",
    "cli_no_users_yet": "No users yet: the app runs in demo mode.",
    "cli_has_password": "yes",
    "cli_oidc_only": "no (OIDC)",
    "cli_users_waiting": "{count} user change(s) waiting for the app to apply them.",
    "cli_unknown_role": "unknown role {role}",
    "cli_user_exists": (
        "user {name} already exists; change it with 'users set {name} --role ... / --password "
        "...'"
    ),
    "cli_user_queued": (
        "The app holds the database open: the change for {name} is queued and takes effect on "
        "the app's next page view."
    ),
    "cli_no_database": "The database {path} does not exist.",
    "cli_report_format": "Choose --format xlsx or pdf (or an --out ending in .xlsx/.pdf).",
    "cli_report_written": "Report {year} Q{quarter} (data up to {through}) written: {out}",
    "cli_input_folder": "{file} is a folder, not a file. Give the path of the spreadsheet.",
    "cli_input_missing": "The file {file} does not exist.",
    "cli_input_unreadable": "The file {file} cannot be read ({reason}).",
    "cli_output_folder": "{out} is a folder; give a file name (for example {example}).",
    "cli_output_no_folder": (
        "The folder {place} does not exist; create it first or choose another place."
    ),
    "cli_output_read_only": "The folder {place} may not be written to; choose another place.",
    "erase_nothing_found": "No contacts or other rows of this company found.",
    "erase_persons": (
        "{persons} rows of contact-person details erased from {contacts} contacts; the "
        "contacts themselves and all figures stay."
    ),
    "erase_free_text": (
        "Free text: {cells} cells changed, details replaced by {redacted}{where}."
    ),
    "erase_not_searched": "Not searched: {what}.",
    "erase_not_searched_what": (
        "company names and references (no personal data; the figures depend on them), "
        "file names, user names and the audit log"
    ),
    "erase_rewritten": (
        "The database has been rewritten so erased details are no longer in the file either. "
        "Note: backups from before the erase still hold them."
    ),
    "erase_redacted": "[erased]",
    "erase_database_busy": (
        "The database {path} is in use (usually by the running app). Stop the app and try "
        "again."
    ),
    # how a field the file lacks is derived (ingest.mapping.DERIVABLE)
    "mapping_derived_pillar": "derived from the project kind (export contract: Trade, else Invest)",
    "mapping_derived_reference": (
        "made from company, date and project kind (starts with G-; the same on every upload of "
        "the same row)"
    ),
    # column suggestions of the import assistant (why a column gets a field)
    "guess_header_same": "the header is '{label}'",
    "guess_header_known": "the header is a known name for '{label}'",
    "guess_header_like": "the header resembles '{label}'",
    "guess_header_and_content": "{head} and {what}",
    "guess_content_over_header": "{what}, although the header resembles '{label}'",
    "guess_jobs": "whole numbers, and the header is about jobs",
    "guess_note": "free text: kept as a note on the row",
    "guess_nothing": "no field recognised: the column is not used",
    "guess_blank_header": "column without a header: not used",
    "guess_taken": "also looks like '{label}', but column {letter} fits it better",
    "guess_values_countries": "the values are countries",
    "guess_values_dates": "the values are dates",
    "guess_values_terms": "the values come from the list '{label}'",
    # the import assistant on the command line
    "cli_bad_pair": (
        "'{text}' cannot be read; write it as left=right, for example "
        "--map \"Company name=Company\" or --set pillar=Invest"
    ),
    "cli_check_loadable": "The file can be loaded as it is ({rows} rows); nothing was changed.",
    "cli_check_not_loadable": (
        "The file cannot be loaded as it is ({errors} errors); nothing was changed."
    ),
    "cli_check_suggestion_loadable": (
        "With the suggested column mapping the file can be loaded ({rows} rows): load it "
        "with --save-mapping NAME (and --map/--set where you want something else)."
    ),
    "cli_check_suggestion_not_loadable": (
        "With the suggested column mapping {errors} errors remain (above); say with "
        "--map/--set what must change."
    ),
    "cli_suggestion_title": "Suggested column mapping for {spec}, sheet '{sheet}':",
    "cli_suggestion_csv": "(csv)",
    "cli_suggestion_line": "  '{header}' -> {field} ({reason})",
    "cli_suggestion_note": "note per row",
    "cli_suggestion_unused": "not used",
    "cli_suggestion_derived": "  {field}: derived ({how})",
    "cli_suggestion_missing": (
        "  {field}: no column found; give --map \"Header in the file={field}\" or "
        "--set \"{field}=value\""
    ),
    "cli_sheet_choices": "  Sheets that may be this one: {sheets}; choose with --sheet",
    "cli_mapping_used": "Saved column mapping '{name}' used.",
    "cli_field_derived": "{field} derived: {how}",
    "cli_mapping_saved": "Column mapping saved as '{name}'.",
    "cli_mappings_none": "No saved column mappings yet.",
    "cli_mapping_renamed": "Column mapping '{old}' is now called '{new}'.",
    "cli_mapping_deleted": "Column mapping '{name}' deleted.",
    "guess_values_do_not_fit": "the header resembles '{label}', but the values do not fit it",
    # forecast command
    "cli_forecast_period": "give --year and --quarter (for example --year 2025 --quarter Q3), "
                           "or --backtest",
    "cli_forecast_head": "Forecast {year} at the end of Q{quarter}: realised {realised}, "
                         "target {target}",
    "cli_forecast_method": "  {method}: {forecast}{interval} (backtest: mean absolute error "
                           "{mae}){best}",
    "cli_forecast_interval": ", 80 % interval {low} – {high}",
    "cli_forecast_best": "  ← most accurate here",
    "cli_forecast_still_needed": "Expected from the pipeline: {expected}; still needed from "
                                 "the pipeline: {needed}",
    "cli_backtest_method": "{method}: {n} quarter ends, mean absolute error {mae}, actual "
                           "inside the 80 % interval: {coverage}",
}
