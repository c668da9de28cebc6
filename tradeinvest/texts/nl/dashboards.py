"""Dutch (the default language) texts: overview, countries, sectors, missions, the drill-downs,
filters. Same keys as the other language's `dashboards`."""

from __future__ import annotations

TEXTS: dict[str, str] = {
    "count_contracts": "contract|contracten",
    # ui/drilldown
    "contacts": "Contacten",
    "bidbooks_ffts": "Bidbooks + FFT's",
    "bidbooks_and_ffts": "Bidbooks en FFT's",
    "leads": "Leads",
    "trade_wins_short": "Trade wins",
    "new_jobs": "Nieuwe banen",
    "investment": "Investering",
    "investment_eur": "Investering (€)",
    "retained_jobs": "Behouden banen",
    "effort_to_results_per_year": "Van inzet naar resultaat per jaar",
    "count": "Aantal",
    "new_jobs_per_year": "Nieuwe banen per jaar",
    "new_direct_jobs": "Nieuwe directe banen",
    "investment_origin": "Investeringen (herkomst)",
    "trade_estimate_market": "Trade, schatting (exportmarkt)",
    "no_funnel_data": "Geen trechtergegevens in deze periode.",
    "funnel_title": "Trechter {period}: bedrijven per verste fase",
    "funnel_note": (
        "Bedrijven met inzet of resultaat in {period} onder de gekozen filters, elk op de "
        "verste fase die het in die periode bereikte. Project = bedrijven met een "
        "gerealiseerd investeringsproject of een trade win; de kerncijfers tellen {projects} "
        "en {wins}."
    ),
    "no_lead_time": (
        "Geen projecten in {period} met een eerder contact om de doorlooptijd te meten."
    ),
    "lead_time_title": "Doorlooptijd van eerste contact tot project, {period}",
    "days": "Dagen",
    "lead_time_note": (
        "Projecten gerealiseerd in {period}: mediaan {median} dagen (middelste helft "
        "{p25}–{p75}), {traced} van {projects} herleid."
    ),
    "count_projects": "project|projecten",
    "no_missions_in_period": "Geen missies in deze periode.",
    "no_projects_in_period": "Geen projecten in deze periode.",
    "reference": "Referentie",
    "mission": "Missie",
    "kind": "Soort",
    "destination": "Bestemming",
    "start": "Start",
    "companies": "Bedrijven",
    "leads_of_mission": "Leads van de missie",
    "won_leads": "Gewonnen leads",
    "projects": "Projecten",
    "company": "Bedrijf",
    "realised": "Gerealiseerd",
    "source_row": "{file} · {period} · rij {row}",
    "source_file_period_row": "Bron (bestand · kwartaal · rij)",
    "funnel_stages": "Contact|Bidbook/FFT|Lead|Project",
    # pages/countries
    "pick_country": "Kies links bij Filters een land om in te zoomen.",
    "new_jobs_from_investment": "Nieuwe banen investeringen",
    "trade_jobs_estimate": "Banen trade (schatting)",
    "effort_contacts_bidbooks_leads": "Inzet (contacten, bidbooks, leads)",
    "by_country_of_origin": "Per land van herkomst (moederbedrijf)",
    "by_export_market": "Per exportmarkt",
    "by_country_of_company_or_market": "Per land van het bedrijf of de markt",
    "investment_projects_origin": "Investeringsprojecten (herkomst)",
    "new_jobs_investment_origin": "Nieuwe banen investeringen (herkomst)",
    "trade_wins_market": "Trade wins (exportmarkt)",
    "export_contracts_market": "Exportcontracten (exportmarkt)",
    "trade_jobs_estimate_market": "Banen trade, schatting (exportmarkt)",
    "as_country_of_origin": "Als land van herkomst (investeringen)",
    "new_jobs_origin": "Nieuwe banen (herkomst)",
    "as_export_market": "Als exportmarkt (trade)",
    "jobs_estimate_market": "Banen, schatting (exportmarkt)",
    "contract_value": "Contractwaarde",
    "origin_and_market_total": (
        "Samen {total} nieuwe banen: {origin} uit investeringen (herkomst) en {market} "
        "geschat uit trade (exportmarkt)."
    ),
    "map_shows": "Kaart toont",
    "too_small_for_map": "Te klein voor de kaart (wel in de tabel): {codes}",
    "countries_roles_note": (
        "Investeringen staan bij het land van het moederbedrijf (herkomst), trade bij het "
        "land waarheen geëxporteerd wordt (exportmarkt); leads bij het land van het "
        "leadbedrijf."
    ),
    "not_focus_country": (
        "{name} staat niet op de focuslijst van {year}; resultaten tellen wel mee."
    ),
    "focus_country": (
        "Focusland {year} (lijst {list_year}): Invest {invest}, Trade {trade}{regions}."
    ),
    "focus_regions": "; regio: {regions}",
    "yes": "ja",
    "no": "nee",
    "effort_and_results_over_years": "Inzet en resultaat door de jaren",
    "missions": "Missies",
    # pages/sectors
    "sectors_and_themes": "Sectoren en thema's",
    "pick_sector": "Kies links bij Filters een sector om in te zoomen.",
    "jobs_by_theme_and_sector": "Nieuwe banen per thema en sector",
    "jobs_per_year_and_theme": "Nieuwe banen per jaar en thema",
    "theme_is": "Thema: {theme}",
    # pages/missions
    "companies_taking_part": "Bedrijven mee",
    "jobs_traced": "Banen herleid",
    "mission_leads_summary": (
        "{companies} bedrijven mee, {leads} leads ({per_company} per bedrijf), {won} "
        "gewonnen."
    ),
    "no_missions_in_year": "Geen missies in {year}. Upload een missiebestand (Missies + Leads).",
    "missions_compared": "Missies vergeleken",
    "missions_compared_note": (
        "Naast elkaar: leads, waarvan gewonnen, en projecten die naar de missie herleiden "
        "(gewonnen leads zijn een deel van de leads, dus niet opgeteld)."
    ),
    "leads_of_one_mission": "Leads van één missie",
    "source": "Bron",
    # pages/overview
    "figure_new_jobs": "Nieuwe banen (jaar tot nu)",
    "figure_investment_projects": "Investeringsprojecten",
    "figure_trade_wins": "Trade wins (bedrijven per jaar)",
    "figure_contacts": "Contacten",
    "figure_bidbooks_ffts": "Bidbooks en FFT's",
    "figure_mission_companies": "Bedrijven op missie",
    "figure_leads": "Leads",
    "figure_investment_eur": "Investering (€)",
    "no_projects_for_year": "Voor {year} zijn nog geen projecten geüpload.",
    "road_to_1000": "Op weg naar 1.000 banen — {year}",
    "data_through": "Gegevens t/m {through}. ",
    "country_roles_caption": (
        "Land = land van herkomst (moederbedrijf) voor investeringen en exportmarkt voor "
        "trade; beide staan hieronder apart."
    ),
    "this_quarter": "{delta} dit kwartaal",
    "annual_target": "Jaardoel",
    "country_plan_target": "Doel landenplan",
    "target_none_here": "Doel (geen voor deze selectie)",
    "share_reached": "{share} bereikt",
    "difference_from_target": "Verschil met jaardoel",
    "year_end_forecast": "Prognose jaareinde ({method})",
    "last_four_quarters": "laatste 4 kwartalen: {value}",
    "forecast_run_rate": (
        "Tempo tot nu (jaar tot nu × 4 / geladen kwartalen; een ontbrekend kwartaal telt niet "
        "mee)"
    ),
    "forecast_last_four": (
        "Laatste vier kwartalen (voortschrijdend; een ontbrekend kwartaal telt niet mee, de "
        "geladen kwartalen × 4 / hun aantal)"
    ),
    "of_which_trade_invest": "Waarvan Trade (schatting): {trade}; Invest: {invest}.",
    "retained_jobs_separate": "Behouden banen (apart)",
    "indirect_jobs": "Indirecte banen",
    "indirect_jobs_help": (
        "Schatting: indirecte banen per directe FDI-baan × nieuwe Invest-banen; telt niet mee "
        "voor het doel."
    ),
    "new_and_expansions": "{new} nieuw, {expansions}",
    "count_expansions": "uitbreiding|uitbreidingen",
    "trade_wins_help": "Eén per bedrijf en jaar, de waarde van de contracten opgeteld.",
    "realised_through_quarter": "{year}: gerealiseerd (Q1 t/m Q{quarter}).",
    "jobs_by_origin": "Nieuwe banen (investeringen) per land van herkomst",
    "jobs": "Banen",
    "trade_jobs_by_market": "Trade: banen (schatting) per exportmarkt",
    "new_jobs_estimate": "Nieuwe banen (schatting)",
    "export_market_code": "Exportmarkt (code)",
    "export_market": "Exportmarkt",
    "changed_since_last_quarter": "Wat veranderde sinds vorig kwartaal",
    "indicator": "Indicator",
    "previous_quarter": "Vorig kwartaal",
    "now": "Nu",
    "change": "Verschil",
    "no_restatements": "Geen correcties: de cijfers zijn gelijk aan wat eerder gerapporteerd is.",
    "restated": "Gecorrigeerd ten opzichte van de eerdere rapportage:",
    "jobs_from_focus": "Banen uit focuslanden",
    "effort_on_focus": "Inzet op focuslanden",
    "cost_per_new_job": "Kosten per nieuwe baan",
    "jobs_per_fte": "{value} banen per fte",
    # ui/filters, app
    "language_switch": "Taal / Language",
    "language_nl": "Nederlands",
    "language_en": "English",
    # missions by theme
    "themes": "Thema's",
    "missions_by_theme": "Missies per thema",
    "missions_by_theme_note": (
        "Een missie die meer thema's dient, telt onder elk van haar thema's één keer mee en in "
        "het totaal één keer; de thema's samen kunnen dus meer missies tellen dan het totaal."
    ),
}
