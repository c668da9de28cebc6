"""Dutch (the default language) texts: the quarterly report (PDF and Excel). Same keys as the other
language's `report`."""

from __future__ import annotations

TEXTS: dict[str, str] = {
    "report_title": "Kwartaalrapportage Trade & Invest Utrecht Region — {year} Q{quarter}",
    "report_subtitle": (
        "Gegevens t/m {through}; gemaakt {stamp}. Nieuwe banen zijn directe banen binnen drie "
        "jaar; behouden en indirecte banen tellen niet mee voor het doel."
    ),
    "report_choose_quarter": "Kies een kwartaal (Q1–Q4).",
    "report_no_projects": "Voor {year} t/m Q{quarter} zijn geen projecten geladen.",
    "report_through_quarter": "t/m Q{quarter}",
    "report_previous_quarter": "vorig kwartaal",
    "report_figure_contacts": "Contacten",
    "report_figure_bidbooks": "Bidbooks / proposities",
    "report_figure_ffts": "Fact-finding trips",
    "report_figure_missions": "Missies",
    "report_figure_mission_companies": "Bedrijven op missie",
    "report_figure_leads": "Leads",
    "report_figure_won_leads": "Gewonnen leads",
    "report_figure_investment_projects": "Investeringsprojecten",
    "report_figure_new_establishments": "Nieuwe vestigingen",
    "report_figure_expansions": "Uitbreidingen",
    "report_figure_retentions": "Behoud",
    "report_figure_acquisitions": "Overnames / fusies",
    "report_figure_trade_wins": "Trade wins (bedrijven per jaar)",
    "report_figure_trade_contracts": "Exportcontracten",
    "report_figure_new_jobs": "Nieuwe directe banen",
    "report_figure_new_jobs_invest": "waarvan Invest",
    "report_figure_new_jobs_trade": "waarvan Trade (schatting)",
    "report_figure_retained_jobs": "Behouden banen (apart)",
    "report_figure_investment_eur": "Investering (€)",
    "report_figure_contract_value_eur": "Contractwaarde (€)",
    "report_status": "Status",
    "report_new_jobs_ytd": "Nieuwe directe banen (jaar tot nu)",
    "report_annual_target": "Jaardoel",
    "report_prorated_target": "Doel naar rato",
    "report_share_of_prorated": "Realisatie t.o.v. doel naar rato",
    "report_share_of_target": "Realisatie t.o.v. jaardoel",
    "report_gap": "Verschil met jaardoel (afgerond jaar)",
    "report_forecast_run_rate": "Prognose jaareinde (tempo tot nu)",
    "report_forecast_last_four": "Prognose: laatste vier kwartalen",
    "report_indirect_jobs": "Indirecte banen (schatting)",
    "report_quarters_loaded": "Geladen kwartalen",
    "report_quarters_missing": "Ontbrekende kwartalen",
    "report_sheet_progress": "Voortgang",
    "report_title_progress": "Doel en voortgang",
    "report_indicator": "Indicator",
    "report_value": "Waarde",
    "report_note_progress": (
        "Status: jaar tot nu t.o.v. het doel naar rato (doel × geladen kwartalen / 4); een "
        "jaar met vier geladen kwartalen is gehaald of niet gehaald, zonder prognose. "
        "Prognose: jaar tot nu × 4 / geladen kwartalen; een ontbrekend kwartaal telt in doel "
        "en beide prognoses niet mee."
    ),
    "report_change": "Verschil",
    "report_note_change": (
        "Jaar tot nu, op de gegevens van vandaag; voor Q1 is het vorige kwartaal nul."
    ),
    "report_sheet_output": "Output",
    "report_title_output": "Output (plan 2.1) en verandering sinds vorig kwartaal",
    "report_sheet_impact": "Impact",
    "report_title_impact": "Impact (plan 2.2) en verandering sinds vorig kwartaal",
    "report_sheet_markets": "Exportmarkten",
    "report_title_markets": "Trade per exportmarkt, {year} t/m Q{quarter}",
    "report_export_market": "Exportmarkt",
    "report_trade_wins": "Trade wins",
    "report_jobs_estimate": "Banen (schatting)",
    "report_note_markets": (
        "Trade win = een bedrijf met minstens één contract in het jaar (waarden opgeteld); een "
        "bedrijf dat in twee markten wint telt in elk één keer."
    ),
    "report_sheet_path": "Pad naar doel",
    "report_title_path": "Nieuwe banen per jaar tegen het doelpad",
    "report_year": "Jaar",
    "report_target": "Doel",
    "report_new_jobs": "Nieuwe banen",
    "report_invest": "Invest",
    "report_trade_estimate": "Trade (schatting)",
    "report_retained_jobs": "Behouden banen",
    "report_share": "Realisatie",
    "report_note_path": "{year}: t/m Q{quarter}.",
    "report_chart_countries": "Nieuwe banen (investeringen) per land van herkomst",
    "report_jobs": "Banen",
    "report_sheet_countries": "Landen",
    "report_title_countries": "Banen per land van herkomst, {year} t/m Q{quarter}",
    "report_country": "Land",
    "report_note_countries": (
        "Land van het hoofdkantoor van de uiteindelijke moeder; Hongkong telt bij China."
    ),
    "report_chart_sectors": "Nieuwe banen per sector",
    "report_sheet_sectors": "Sectoren",
    "report_title_sectors": "Banen per thema en sector, {year} t/m Q{quarter}",
    "report_theme": "Thema",
    "report_sector": "Sector",
    "report_projects": "Projecten",
    "report_title_projects": "Gerealiseerde projecten, {year} t/m Q{quarter}",
    "report_realised": "Gerealiseerd",
    "report_company": "Bedrijf",
    "report_kind": "Soort",
    "report_note_projects": "Trade-banen zijn schattingen van de bedrijven.",
    "report_title_missions": "Missies en hun opbrengst, {year} t/m Q{quarter}",
    "report_reference": "Referentie",
    "report_mission": "Missie",
    "report_start": "Start",
    "report_companies": "Bedrijven",
    "report_leads_per_company": "Leads per bedrijf",
    "report_note_missions": (
        "Projecten en banen die naar de missie herleiden (elk project telt bij één missie)."
    ),
    "report_sheet_cost": "Kosten per baan",
    "report_title_cost": "Kosten per nieuwe baan {year} t/m Q{quarter}",
    "report_total": "Totaal",
    "report_budget_line": "Budgetpost",
    "report_budget_year": "Budget van jaar",
    "report_fte": "FTE",
    "report_budget_eur": "Budget (€)",
    "report_cost_per_job": "Kosten per baan (€)",
    "report_jobs_per_fte": "Banen per fte",
    "report_note_cost": (
        "Budget naar rato: {months} van de 12 maanden, tegen de banen t/m Q{quarter}. Een jaar "
        "zonder eigen budget leent de nog geldige posten van het laatste eerdere jaar (kolom "
        "Budget van jaar). Regionaal budget, niet per land. Invest-, Trade- en EMA-posten "
        "overlappen, de totaalregel telt elke baan één keer."
    ),
    "report_first_rows": "Eerste {limit} van {rows} regels; alle regels in het Excel-rapport.",
    "report_page": "pagina",
    "report_where_jobs_come_from": "Waar de banen vandaan komen",
    "report_browser_path_missing": (
        "Het PDF-rapport heeft Chromium nodig voor de grafieken, maar BROWSER_PATH={path} "
        "bestaat niet. Installeer Chromium (apt-get install chromium) of kies Excel."
    ),
    "report_no_chromium": (
        "Het PDF-rapport heeft Chromium nodig voor de grafieken en dat is niet geïnstalleerd "
        "(apt-get install chromium). Het Excel-rapport werkt zonder."
    ),
    "report_charts_failed": "Grafieken konden niet worden gemaakt met Chromium: {error}",
    # the forecast and its backtest in the report
    "report_forecast_pipeline": "Prognose jaareinde (pijplijn)",
    "report_forecast_low": "Pijplijnprognose: 80%-interval laag",
    "report_forecast_high": "Pijplijnprognose: 80%-interval hoog",
    "report_still_needed": "Nog nodig uit de pijplijn",
    "report_backtest_mae": "Backtest, gemiddelde absolute fout: {method}",
    "report_backtest_coverage": "Backtest: uitkomst binnen het 80%-interval",
    # how solid is the count
    "report_sheet_solid": "Hoe solide",
    "report_title_solid": "Hoe solide is de telling? Per landingsjaar t/m {year}",
    "report_solid_year": "Landingsjaar",
    "report_solid_new_jobs": "Verwachte nieuwe banen",
    "report_solid_expected_followed": "Verwacht (met nazorg)",
    "report_solid_realised": "Gerealiseerd (nazorg)",
    "report_solid_realisation": "Realisatie",
    "report_solid_lost": "Banen verloren (nazorg)",
    "report_solid_confirmed": "Bevestigd",
    "report_solid_weighted": "Banen naar bijdrage",
    "report_solid_evidence": "Volledig bewijs",
    "report_note_solid": (
        "Naast de kopcijfers, die ze niet veranderen. Verwacht: de banen die de bedrijven bij de "
        "landing verwachten (de telling). Realisatie: laatst gemelde werkelijke banen ÷ verwachte "
        "banen van de projecten met nazorg. Bevestigd: aandeel van de verwachte banen dat de "
        "investeerder bevestigde. Banen naar bijdrage: een tweede weergave, gewogen naar wat de "
        "investeerder zonder hulp had bereikt. Volledig bewijs: aandeel van de banen waarvan elk "
        "telbaar onderdeel van de bewijslijst aanwezig is. Per landingsjaar zoals nu geladen; "
        "definities in docs/indicators.md."
    ),
    # confirmation and contribution
    "letter_title": "Bevestiging van uw project in de regio Utrecht",
    "letter_sender": "Trade & Invest regio Utrecht",
    "letter_to": "Aan: {company}",
    "letter_intro": (
        "Trade & Invest regio Utrecht houdt bij welke projecten het team heeft ondersteund. "
        "Wilt u namens uw bedrijf de gegevens hieronder controleren en de vier vragen "
        "beantwoorden? Wij gebruiken uw antwoorden alleen om onze eigen bijdrage te meten; ze"
        " worden niet gepubliceerd per bedrijf."
    ),
    "letter_facts": "Het project zoals wij het hebben vastgelegd",
    "letter_reference": "Referentie",
    "letter_company": "Bedrijf",
    "letter_landed": "Gerealiseerd op",
    "letter_kind": "Soort project",
    "letter_country": "Land",
    "letter_new_jobs": "Verwachte nieuwe banen (binnen drie jaar)",
    "letter_investment": "Investering",
    "letter_contract_value": "Contractwaarde",
    "letter_not_given": "niet opgegeven",
    "letter_contribution": "Onze ondersteuning",
    "letter_contribution_text": (
        "contacten: {contacts}; bidbooks en oriëntatiereizen: {bidbooks}; deelname aan "
        "handelsmissies: {leads}"
    ),
    "letter_questions": "Vragen",
    "letter_q_confirm": (
        "1. Heeft Trade & Invest regio Utrecht uw bedrijf bij dit project ondersteund?"
    ),
    "letter_confirm": "Ja, dat bevestigen wij",
    "letter_dispute": "Nee, dat betwisten wij",
    "letter_q_band": (
        "2. Welk deel van dit project had uw bedrijf zonder onze hulp ook gerealiseerd?"
    ),
    "letter_q_prerequisite": "3. Was onze ondersteuning een voorwaarde om het project te doen?",
    "letter_q_faster": "4. Is het project door onze ondersteuning sneller gegaan?",
    "letter_yes": "Ja",
    "letter_no": "Nee",
    "letter_return": (
        "Stuur deze brief ingevuld terug aan Trade & Invest regio Utrecht, met referentie "
        "{reference}. Vermeld geen persoonsgegevens; het antwoord geldt namens het bedrijf."
    ),
    "letter_sign": "Datum: ______________    Namens {company}: ______________________________",
    "band_none": "Niets",
    "band_up_to_20": "Tot 20 %",
    "band_40": "20 tot 40 %",
    "band_60": "40 tot 60 %",
    "band_80": "60 tot 80 %",
    "band_more_than_80": "Meer dan 80 %",
    "band_all": "Alles",
    "letter_file": "bevestiging",
}
