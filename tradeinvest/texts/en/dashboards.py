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
    # missions by theme
    "themes": "Themes",
    "missions_by_theme": "Missions by theme",
    "missions_by_theme_note": (
        "A mission serving several themes counts once under each of its themes and once in "
        "the total, so the themes together may count more missions than the total."
    ),
}
