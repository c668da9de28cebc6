"""English texts: overview, countries, sectors, missions, the drill-downs, filters. Same keys as
the other language's `dashboards`."""

from __future__ import annotations

TEXTS: dict[str, str] = {
    "count_contracts": "contract|contracts",
    # ui/drilldown
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
    # pages/countries
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
    # pages/sectors
    "sectors_and_themes": "Sectors and themes",
    "pick_sector": "Pick a sector under Filters on the left to drill down.",
    "jobs_by_theme_and_sector": "New jobs by theme and sector",
    "jobs_per_year_and_theme": "New jobs per year and theme",
    "theme_is": "Theme: {theme}",
    # pages/missions
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
    # pages/overview
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
    "year_end_forecast": "Year-end forecast ({method})",
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
    # ui/filters, app
    "language_switch": "Taal / Language",
    "language_nl": "Nederlands",
    "language_en": "English",
    # i15f: missions by theme
    "themes": "Themes",
    "missions_by_theme": "Missions by theme",
    "missions_by_theme_note": (
        "A mission serving several themes counts once under each of its themes and once in "
        "the total, so the themes together may count more missions than the total."
    ),
    # i16h: the forecast on the Overview
    "forecast_title": "Forecast: will we reach the target this year?",
    "forecast_method_run_rate": "Run rate",
    "forecast_method_last_four": "Last four quarters",
    "forecast_method_pipeline": "Pipeline",
    "forecast_best": "Year-end forecast: {method}",
    "forecast_interval": "80 % interval: {low} – {high}",
    "forecast_no_interval": "no interval for this method",
    "forecast_expected": "Expected to land this year (pipeline, weighted by probability)",
    "forecast_still_needed": "Still needed from the pipeline",
    "forecast_still_needed_help": "Target − realised − expected from the pipeline; negative: "
                                  "the expectation covers the target.",
    "forecast_why": "Shown: the method that has been most accurate here, with the smallest "
                    "mean error in past years ({mae} jobs over {n} quarter ends).",
    "forecast_untested": "No finished year yet to test the methods on; shown: {method}.",
    "forecast_no_pipeline": "No pipeline loaded for {through}: no pipeline forecast.",
    "forecast_backtest_title": "Backtest: how good was each forecast in past years?",
    "forecast_backtest_help": "Each method computed at the end of Q1–Q3 of every finished year "
                              "on the data as reported then (never a later correction), "
                              "against the year's outcome as reported now.",
    "forecast_col_method": "Method",
    "forecast_col_n": "Quarter ends",
    "forecast_col_mae": "Mean absolute error",
    "forecast_col_coverage": "Inside 80 % interval",
    "forecast_col_period": "Quarter end",
    "forecast_col_forecast": "Forecast",
    "forecast_col_low": "80 % low",
    "forecast_col_high": "80 % high",
    "forecast_col_actual": "Outcome",
    "forecast_col_error": "Error",
    "forecast_top_title": "Opportunities that matter most (expected jobs × probability)",
    "forecast_col_reference": "Reference",
    "forecast_col_company": "Company",
    "forecast_col_country": "Country",
    "forecast_col_stage": "Stage",
    "forecast_col_likelihood": "Likelihood",
    "forecast_col_expected_jobs": "Expected jobs",
    "forecast_col_probability": "Probability by year end",
    "forecast_col_weighted_jobs": "Weighted jobs",
    "forecast_stage_prospect": "Prospect",
    "forecast_stage_active": "Active",
    "forecast_stage_verify": "Verify win",
    "forecast_likelihood_high": "High",
    "forecast_likelihood_medium": "Medium",
    "forecast_likelihood_low": "Low",
    # i16g: the pipeline (ui/pipeline.py, pages/pipeline.py)
    "page_pipeline": "Pipeline",
    "pipeline_title": "Pipeline",
    "pipeline_none": (
        "No pipeline uploaded up to this period yet. Upload the Pipeline (opportunities) file "
        "each quarter on the Upload page."
    ),
    "pipeline_snapshot": (
        "Open opportunities as the pipeline upload of {quarter} has them: what the team "
        "worked on that quarter."
    ),
    "pipeline_open": "Open opportunities",
    "pipeline_open_jobs": "Expected jobs, all open opportunities (unweighted)",
    "pipeline_high_jobs": "Expected jobs, high likelihood",
    "pipeline_conversion": "Conversion prospect → won",
    "pipeline_conversion_help": (
        "Of all opportunities in the pipeline uploads so far, the share that was won; "
        "opportunities still open count too."
    ),
    "pipeline_no_open": "No open opportunities in the pipeline of {quarter}.",
    "pipeline_open_chart": "Open pipeline by stage and likelihood",
    "pipeline_conversion_chart": "Conversion by stage: share won",
    "pipeline_conversion_note": (
        "An opportunity reached a stage in the first quarter it was reported at that stage or "
        "a later one; conversion = won ÷ reached, over all pipeline uploads."
    ),
    "pipeline_lost_reasons": "Reasons lost ({period})",
    "pipeline_lost_countries": "Lost to country ({period})",
    "pipeline_none_lost": "No opportunities lost in {period}.",
    "pipeline_by_source": "Conversion by source",
    "pipeline_time_in_stage": "Time per stage",
    "pipeline_time_note": (
        "Quarters from the first quarter at a stage to the quarter of the next stage or of "
        "losing it; opportunities still at the stage are not counted."
    ),
    "pipeline_open_list": "Open opportunities, most expected jobs first",
    "pipeline_of_mission": "Pipeline from mission {mission}",
    "pipeline_stage_axis": "Stage",
    "pipeline_jobs_axis": "Expected jobs",
    "pipeline_share_axis": "Share won",
    "pipeline_col_stage": "Stage",
    "pipeline_col_likelihood": "Likelihood to land",
    "pipeline_col_source": "Source",
    "pipeline_col_opportunities": "Opportunities",
    "pipeline_col_expected_jobs": "Expected jobs",
    "pipeline_col_reached": "Reached",
    "pipeline_col_won": "Won",
    "pipeline_col_lost": "Lost",
    "pipeline_col_open": "Still open",
    "pipeline_col_conversion": "Conversion",
    "pipeline_col_reason": "Reason",
    "pipeline_col_lost_to": "Country",
    "pipeline_col_left": "Opportunities that left the stage",
    "pipeline_col_mean_quarters": "Mean (quarters)",
    "pipeline_col_median_quarters": "Median (quarters)",
    "pipeline_col_reference": "Reference",
    "pipeline_col_company": "Company",
    "pipeline_col_country": "Country",
    "pipeline_col_land_date": "Expected landing",
    "pipeline_col_mission": "Mission",
    # i17c: how solid is the count (Overview), the evidence checklist (Settings)
    "solid_title": "How solid is the count?",
    "solid_intro": (
        "The headline counts the jobs a company expects to create within three years when it "
        "lands. Here: how much of that is confirmed and backed by evidence, and what follow-"
        "up found in actual jobs, per landing year. Definitions: docs/indicators.md, chapter "
        "Verified outcomes."
    ),
    "solid_evidence_complete": "Jobs with complete evidence",
    "solid_confirmed": "Confirmed by the investor",
    "solid_realised": "Realised after follow-up",
    "solid_of_jobs": "{jobs} of {total} jobs",
    "solid_realised_delta": "{year}: {realised} of {expected} jobs",
    "solid_no_follow_up": "No follow-up yet for these landing years.",
    "solid_headline_unchanged": (
        "These figures stand beside the headline and do not change it: the count stays the "
        "expected new jobs at landing."
    ),
    "solid_gaps_title": "Projects {year} missing evidence ({count})",
    "solid_gaps_none": "Every project of this year has complete evidence.",
    "solid_col_year": "Landing year",
    "solid_col_new_jobs": "Expected new jobs",
    "solid_col_expected_jobs_followed": "Expected (followed up)",
    "solid_col_realised_jobs": "Realised (follow-up)",
    "solid_col_realisation_share": "Realisation",
    "solid_col_jobs_lost": "Jobs lost (follow-up)",
    "solid_col_confirmed_share": "Confirmed",
    "solid_col_evidence_complete_share": "Complete evidence",
    "solid_col_company": "Company",
    "solid_col_country": "Country",
    "solid_col_partner": "Partner",
    "solid_col_missing": "Missing",
    "solid_col_evidence": "Evidence (as typed)",
    "solid_col_reference": "Project",
    "settings_evidence": "Evidence checklist",
    "settings_evidence_help": (
        "What the Evidence column of the projects file may name. Synonyms separated by ';'. A"
        " project has complete evidence when every item that counts is named."
    ),
    "evidence_col_code": "Code",
    "evidence_col_label_nl": "Name (Dutch)",
    "evidence_col_label_en": "Name (English)",
    "evidence_col_synonyms": "Synonyms",
    "evidence_col_counts": "Counts",
    # i17b: confirmation and contribution
    "confirmation_section": "Confirmation by the investor",
    "confirmation_intro": (
        "Confirmed jobs and jobs weighted by our contribution stand beside the headline "
        "figures and never replace them. Per project: was confirmation asked, and what did "
        "the company answer?"
    ),
    "confirmation_confirmed_jobs": "Confirmed jobs",
    "confirmation_share_of_jobs": "{share} of the new jobs",
    "confirmation_weighted_jobs": "Jobs weighted by contribution",
    "confirmation_weighted_help": (
        "A second view, not replacing the headline: new jobs × (1 − the share the company "
        "would have achieved without help, the middle of the band chosen). Disputed counts 0,"
        " unanswered counts in full (see the definitions)."
    ),
    "confirmation_asked": "Asked / confirmed / disputed",
    "confirmation_status": "Status",
    "confirmation_band": "Achieved without help",
    "confirmation_weight": "Weight",
    "confirmation_prerequisite": "Prerequisite",
    "confirmation_faster": "Faster",
    "confirmation_asked_on": "Asked on",
    "confirmation_answered_on": "Answered on",
    "confirmation_status_not_asked": "Not asked",
    "confirmation_status_asked": "Asked",
    "confirmation_status_confirmed": "Confirmed",
    "confirmation_status_disputed": "Disputed",
    "confirmation_unanswered": "(not answered)",
    "confirmation_no_projects": "No projects in this selection.",
    "confirmation_edit": "Letter and answers of one project",
    "confirmation_project": "Project",
    "confirmation_letter_language": "Language of the letter",
    "confirmation_letter_download": "Confirmation letter (PDF)",
    "confirmation_save": "Save the answers",
    "confirmation_saved": "Confirmation of {reference} saved: {status}.",
    "confirmation_upload": "Answers of several projects from a file",
    "confirmation_upload_help": (
        "One row per project with the columns Project reference, Status, Asked on, Achieved "
        "without help, Prerequisite, Faster and Answered on (sheet 'Confirmations'). All or "
        "nothing: with an error nothing is stored."
    ),
    "confirmation_upload_button": "Save the answers from the file",
    "confirmation_uploaded": "Answers of {count} projects saved.",
    # i17a: follow-up (Nazorg)
    "fu_intro": (
        "How many jobs the landed projects really have 12, 24 and 36 months after landing, "
        "beside the jobs they expected. The headline stays the expected new jobs at landing; "
        "these figures stand beside it."
    ),
    'fu_summary_title': 'Follow-up of the projects landed in {year}',
    'fu_none_followed': 'No follow-up loaded yet for projects landed in {year}.',
    "fu_help_realised": (
        "The jobs at the latest follow-up (highest months) of each project followed up: net, "
        "a loss is already in it."
    ),
    'fu_help_rate': 'Actual jobs divided by the expected new jobs of the same projects.',
    "fu_help_lost": (
        "Per project the highest jobs at any follow-up less the latest."
    ),
    'fu_help_gross': 'Per project the highest jobs at any follow-up: actual plus lost jobs.',
    "fu_summary_caption": (
        "{followed} of the {landed} projects have a follow-up; together they expected "
        "{expected} new jobs."
    ),
    "fu_by_title": (
        "Realisation by landing year, country, sector and project kind (all years with a "
        "follow-up)"
    ),
    'fu_by': 'By',
    "fu_no_follow_ups": (
        "No follow-up loaded yet. Upload a follow-up file (per year) or enter a follow-up "
        "figure above."
    ),
    'fu_due_title': 'Follow-ups due in {quarter}',
    'fu_due_none': 'No follow-ups due in {quarter}.',
    "fu_due_caption": (
        "A project landed on day d is due in the month of d + 12, 24 and 36 months, as long "
        "as no figure for that moment is loaded. Who: the partner or the country's team."
    ),
    'fu_entry_title': 'Enter a follow-up figure (coordinator)',
    'fu_entry_save': 'Save follow-up',
    'fu_entry_saved': 'Follow-up of {reference} after {months} months saved as upload {upload}.',
}
