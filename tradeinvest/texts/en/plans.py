"""English texts: calendar, country plans, yardstick. Same keys as the other language's `plans`."""

from __future__ import annotations

TEXTS: dict[str, str] = {
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
    # pages/plans.py, ui/plans_sections.py
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
    # pages/yardstick.py, ui/yardstick_sections.py
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
    # words that read the same in both languages
    "cal_event": "Event",
    "item": "Item",
    "score": "Score",
    "band": "Band",
    "yard_open": "Open",
    "budget_eur": "Budget (€)",
    "invest": "Invest",
    "trade": "Trade",
    "report_pdf_unavailable": "⬇ PDF",
    # the country plans' indicators (were measure.plans.PLAN_INDICATORS)
    "plan_indicator_contacts": "Contacts",
    "plan_indicator_bidbooks_ffts": "Bidbooks and FFTs",
    "plan_indicator_mission_companies": "Companies on missions",
    "plan_indicator_leads": "Leads",
    "plan_indicator_projects": "Projects",
    "plan_indicator_new_jobs": "New jobs",
    # follow-up (Nazorg)
    'follow_up_loaded': 'Follow-up {year} loaded as upload {upload} ({rows}).',
    'rows_follow_up_one': 'follow-up figure',
    'rows_follow_up_many': 'follow-up figures',
}
