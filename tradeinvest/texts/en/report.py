"""English texts: the quarterly report (PDF and Excel). Same keys as the other language's
`report`."""

from __future__ import annotations

TEXTS: dict[str, str] = {
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
    # the forecast and its backtest in the report
    "report_forecast_pipeline": "Year-end forecast (pipeline)",
    "report_forecast_low": "Pipeline forecast: 80 % interval low",
    "report_forecast_high": "Pipeline forecast: 80 % interval high",
    "report_still_needed": "Still needed from the pipeline",
    "report_backtest_mae": "Backtest, mean absolute error: {method}",
    "report_backtest_coverage": "Backtest: outcome inside the 80 % interval",
    # how solid is the count
    "report_sheet_solid": "How solid",
    "report_title_solid": "How solid is the count? Per landing year through {year}",
    "report_solid_year": "Landing year",
    "report_solid_new_jobs": "Expected new jobs",
    "report_solid_expected_followed": "Expected (followed up)",
    "report_solid_realised": "Realised (follow-up)",
    "report_solid_realisation": "Realisation",
    "report_solid_lost": "Jobs lost (follow-up)",
    "report_solid_confirmed": "Confirmed",
    "report_solid_weighted": "Contribution-weighted jobs",
    "report_solid_evidence": "Complete evidence",
    "report_note_solid": (
        "Beside the headline, which they do not change. Expected: the jobs the companies expect "
        "at landing (the count). Realisation: latest reported actual jobs ÷ expected jobs of the "
        "projects with follow-up. Confirmed: share of the expected jobs the investor confirmed. "
        "Contribution-weighted jobs: a second view, weighted by what the investor would have "
        "achieved without help. Complete evidence: share of the jobs with every counting item of "
        "the evidence checklist present. Per landing year as loaded now; definitions in "
        "docs/indicators.md."
    ),
    # confirmation and contribution
    "letter_title": "Confirmation of your project in the Utrecht Region",
    "letter_sender": "Trade & Invest Utrecht Region",
    "letter_to": "To: {company}",
    "letter_intro": (
        "Trade & Invest Utrecht Region keeps track of the projects the team supported. Would "
        "you check the details below on behalf of your company and answer the four questions?"
        " We use your answers only to measure our own contribution; they are not published "
        "per company."
    ),
    "letter_facts": "The project as we recorded it",
    "letter_reference": "Reference",
    "letter_company": "Company",
    "letter_landed": "Realised on",
    "letter_kind": "Kind of project",
    "letter_country": "Country",
    "letter_new_jobs": "Expected new jobs (within three years)",
    "letter_investment": "Investment",
    "letter_contract_value": "Contract value",
    "letter_not_given": "not given",
    "letter_contribution": "Our support",
    "letter_contribution_text": (
        "contacts: {contacts}; bidbooks and fact-finding trips: {bidbooks}; trade missions "
        "joined: {leads}"
    ),
    "letter_questions": "Questions",
    "letter_q_confirm": (
        "1. Did Trade & Invest Utrecht Region support your company in this project?"
    ),
    "letter_confirm": "Yes, we confirm this",
    "letter_dispute": "No, we dispute this",
    "letter_q_band": (
        "2. How much of this project would your company have achieved without our help?"
    ),
    "letter_q_prerequisite": "3. Was our support a prerequisite for the project?",
    "letter_q_faster": "4. Did the project go faster because of our support?",
    "letter_yes": "Yes",
    "letter_no": "No",
    "letter_return": (
        "Please return this letter, filled in, to Trade & Invest Utrecht Region quoting "
        "reference {reference}. Do not add personal details; the answer is given on behalf of"
        " the company."
    ),
    "letter_sign": "Date: ______________    On behalf of {company}: ______________________________",
    "band_none": "None of it",
    "band_up_to_20": "Up to 20 %",
    "band_40": "20 to 40 %",
    "band_60": "40 to 60 %",
    "band_80": "60 to 80 %",
    "band_more_than_80": "More than 80 %",
    "band_all": "All of it",
    "letter_file": "confirmation",
}
