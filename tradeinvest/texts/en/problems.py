"""English texts: what an upload check finds (ingest's problems). Same keys as the other language's
`problems`."""

from __future__ import annotations

TEXTS: dict[str, str] = {
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
    "problem_sheet_too_large": (
        "a sheet runs from A1 to a cell so far away that it spans {cells} cells (more than "
        "{limit}); usually one stray cell sits far to the right or far down. Delete it in Excel "
        "(Ctrl+End shows the last cell) and save the file again"
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
    # refusals of the loading service and the floor (typed-in values, periods, undo)
    "refusal_list": "{problems}",
    "refusal_opportunity_title": "give the opportunity a name",
    "refusal_score_range": "score {q} must be a whole number from 1 to 5",
    "refusal_opportunity_kind": "unknown kind of opportunity '{kind}'",
    "refusal_decision": "the decision must be take, decline or still open",
    "refusal_country": "unknown country '{country}'",
    "refusal_decision_of": "opportunity {id}: the decision must be take, decline or open",
    "refusal_weight_negative": "weight {q} must be 0 or more",
    "refusal_weights_sum": "the weights together must be more than 0",
    "refusal_row_year": "row {row}: the year is missing or impossible ({year})",
    "refusal_row_negative": "row {row}: {column} must be 0 or more ({value})",
    "refusal_row_valid_until": "row {row}: valid until ({until}) lies before the year ({year})",
    "refusal_row_country_code": "row {row}: unknown country code {code}",
    "refusal_row_trade": "row {row}: trade must be yes, no, reactive or depends",
    "refusal_duplicate_rows": "duplicate rows for {keys}",
    "refusal_no_place": (
        "this item has neither a place nor a name; fill in the country in the file"
    ),
    "refusal_upload_unknown": "upload {id} does not exist",
    "refusal_upload_undone": "upload {id} has already been undone",
    "refusal_period_years": (
        "period '{text}' lies outside the years {first}–{last}; choose a year from 2000 to 2100"
    ),
    "refusal_quarter_unread": "quarter '{text}' not recognised; write for example 2024Q3",
    "refusal_year_unread": "year '{text}' not recognised; write for example 2018",
    "refusal_quarter_number": "the quarter must be 1 to 4, not {value}",
    "refusal_quarter_year": "quarter {value} does not belong to year {year}",
    "refusal_period_unread": (
        "period '{text}' not recognised; write for example 2024Q3 (a quarter) or 2018 (a year)"
    ),
    # saved column mappings
    "refusal_mapping_name_empty": "give the mapping a name",
    "refusal_mapping_unknown": "there is no saved mapping named '{name}'",
    "refusal_mapping_name_taken": (
        "there is already a saved mapping named '{name}'; choose another name"
    ),
    "refusal_mapping_other_kind": (
        "the saved mapping '{name}' belongs to another kind of file ({kind})"
    ),
    "refusal_mapping_field_twice": (
        "the columns {headers} are both mapped to '{field}'; map one"
    ),
    "refusal_mapping_sheet_unknown": "the column mapping names an unknown sheet '{sheet}'",
    "refusal_mapping_field_named": (
        "'{field}' is not a field of this kind of file; fields: {fields}"
    ),
    "refusal_mapping_header_missing": (
        "the file has no column '{header}'; columns: {headers}"
    ),
    # sheets by content and applying a column mapping
    "refusal_mapping_unread": "the column mapping could not be read",
    "problem_sheet_choose": (
        "several sheets could be '{sheet}' ({listed}); choose which sheet to read"
    ),
    "problem_sheet_other_period": (
        "sheet '{found}' seems to be about {named}, not {period}; it is not read unless you "
        "choose it"
    ),
    "problem_mapping_sheet_missing": (
        "the column mapping reads sheet '{found}', but the file has no such sheet (sheets: "
        "{listed})"
    ),
    "problem_mapping_field_twice": "'{column}' comes from more than one source: {where}",
    "problem_mapping_unknown_field": "the column mapping names an unknown field '{field}'",
    "problem_mapping_not_derivable": "'{column}' cannot be derived; map a column to it",
    "problem_source_header": "column '{header}'",
    "problem_source_constant": "one value '{value}' for the whole file",
    "problem_source_derived": "derived",
    # several themes in one cell
    "problem_one_theme_only": (
        "a project has one theme; this cell names several ({themes}); choose one"
    ),
    "problem_unknown_theme_in_list": "'{word}' is not a theme; choose from: {labels}",
    "problem_unknown_theme_in_list_meant": (
        "'{word}' is not a theme; did you mean {meant}? Or choose from: {labels}"
    ),
    # values as typed
    "problem_number_estimate": (
        "read as the number {number} (an estimate or unit beside the number left out); if "
        "that is wrong, enter the number only"
    ),
    "problem_number_range": (
        "a range (such as 10-15) cannot be counted; enter one number, for example the "
        "expected one"
    ),
    "problem_unit_scaled": (
        "the header '{header}' names a unit: the amounts in this column were multiplied by "
        "{factor} and stored in euro"
    ),
    "problem_totals_row_word": (
        "totals row skipped: this row is not counted as a record; its total was compared with "
        "the sum of the rows above"
    ),
    "problem_totals_row_formula": (
        "row of SUM formulas skipped as a totals row: it is not counted; its total was "
        "compared with the sum of the rows above"
    ),
    "problem_total_differs": (
        "the file's total ({total}) differs from the sum of the rows read ({sum}); is a row "
        "missing or is the formula wrong?"
    ),
    # the pipeline kind's rules (ingest/pipeline_rules.py)
    "problem_pipeline_lost_reason": (
        "a lost opportunity needs a reason: fill in 'Reason lost'"
    ),
    "problem_pipeline_won_project": (
        "a won opportunity names the project it became: fill in 'Project reference'"
    ),
    "problem_pipeline_lost_detail": (
        "a reason or country lost to is filled in, but the opportunity is not at stage Lost; "
        "it is only read once the stage is Lost"
    ),
    "problem_pipeline_project_not_won": (
        "a project reference is filled in, but the opportunity is not at stage Won; "
        "it only counts as won once the stage is Won"
    ),
    # confirmation and contribution
    "refusal_confirmation_project": "no project with reference '{reference}'",
    "refusal_confirmation_status": (
        "unknown status '{value}' (not asked, asked, confirmed or disputed)"
    ),
    "refusal_confirmation_band": (
        "unknown answer '{value}' to the question how much the company would have achieved "
        "without help"
    ),
    "refusal_confirmation_asked_on": (
        "project '{reference}': give the date the confirmation was asked"
    ),
    "refusal_confirmation_unanswered": (
        "project '{reference}': answers belong to a confirmed or disputed project"
    ),
    # the evidence checklist (Bewijs column, Settings)
    "problem_evidence_unknown": (
        "not an item of the evidence checklist and does not count as evidence (the "
        "text is kept); choose from: {labels}"
    ),
    "problem_evidence_unknown_meant": (
        "not an item of the evidence checklist and does not count as evidence (the "
        "text is kept); did you mean {meant}? Or choose from: {labels}"
    ),
    "refusal_evidence_row": "row {row}: code, Dutch and English name are required",
    "refusal_evidence_clash": "'{name}' belongs to more than one item ({codes})",
    # follow-up (Nazorg)
    "problem_follow_up_months": (
        "follow-up is only after 12, 24 or 36 months; fill in one of those three"
    ),
    "problem_follow_up_unknown_project": (
        "no uploaded project has this reference; upload the project first or correct the "
        "reference"
    ),
}
