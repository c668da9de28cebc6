"""Every text a user reads, in Dutch (the default language). Keys match texts/en.py."""

from __future__ import annotations

TEXTS: dict[str, str] = {
    "app_title": "Trade & Invest Utrecht Region",
    "language": "Taal",
    "page_overview": "Overzicht",
    "page_upload": "Uploaden",
    "page_countries": "Landen",
    "page_sectors": "Sectoren",
    "page_missions": "Missies",
    "page_settings": "Instellingen",
    "page_calendar": "Kalender",
    "page_plans": "Landenplannen",
    "page_yardstick": "Meetlat",
    "filters": "Filters",
    "year": "Jaar",
    "quarter": "Kwartaal",
    "whole_year": "Heel jaar (t/m laatste kwartaal)",
    "through": "t/m",
    "pillar": "Pijler",
    "country": "Land",
    "sector": "Sector",
    "theme": "Thema",
    "partner": "Partner",
    "all": "Alle",
    "no_data": (
        "Nog geen gegevens. Upload op de pagina Uploaden een spreadsheet met projecten en "
        "banen (download daar het sjabloon)."
    ),
    "download_csv": "Download gegevens (CSV)",
    "db_busy": (
        "De database {name} is in gebruik door een ander programma (meestal de draaiende app). "
        "Doe dit in de app (een bestand laden: op de pagina Uploaden), of stop de app en "
        "probeer het opnieuw."
    ),
    "db_readonly": (
        "De database {name} kan niet worden beschreven (alleen-lezen bestand of map). Er is "
        "niets gewijzigd; vraag de beheerder het bestand schrijfbaar te maken."
    ),
    "db_full": (
        "De schijf met de database {name} is vol. Er is niets gewijzigd; maak ruimte vrij en "
        "probeer het opnieuw."
    ),
    "db_corrupt": (
        "Het bestand {name} is geen bruikbare database (beschadigd, of een ander soort "
        "bestand). Zet een back-up terug met `python -m tradeinvest restore`."
    ),
    "db_conflict": (
        "Een andere upload voor dit soort en deze periode was eerder klaar; uw bestand is niet "
        "geladen; herlaad de pagina om die te zien."
    ),
    "db_other": (
        "De database {name} gaf een fout; er is niets gewijzigd. Probeer het opnieuw of meld "
        "het de beheerder."
    ),
    "db_read_only_banner": (
        "Alleen lezen: de database kan nu niet worden beschreven, dus uploaden en instellingen "
        "wijzigen gaan niet."
    ),
    "db_snapshot_as_of": (
        "Let op: de app houdt de database open; dit zijn de gegevens van de kopie van {time}."
    ),
    "change_new_jobs": "nieuwe baan|nieuwe banen",
    "change_investment_projects": "investeringsproject|investeringsprojecten",
    "change_trade_wins": "trade win|trade wins",
    "change_contacts": "contact|contacten",
    "change_bidbooks_ffts": "bidbook of FFT|bidbooks en FFT's",
    "change_mission_companies": "bedrijf op missie|bedrijven op missie",
    "change_leads": "lead|leads",
    "change_investment_eur": "investering|investering",
    "change_in": "in",
    "change_none": "Geen verandering in de kerncijfers.",
    "change_preview": "Wat dit bestand verandert",
    "change_done": "Veranderd",
    "replaces_upload": (
        "Vervangt upload {id} ({file}, {rows}) voor deze soort en periode; ongedaan maken kan."
    ),
    "change_undo": "Ongedaan maken verandert",
    "leads_by_company": "Leads (naar het leadbedrijf)",
    "leads_by_company_help": (
        "Leads geplaatst naar land, sector en pijler van het leadbedrijf zelf."
    ),
    "leads_per_mission": "Leads per missie (naar missiebestemming)",
    "leads_per_mission_help": (
        "Alle leads van de missies, geplaatst naar de bestemming van de missie; onder een "
        "landfilter kan dit afwijken van Leads (naar het leadbedrijf)."
    ),
    "country_help": (
        "Kiest investeringen met hun moederbedrijf in dit land (herkomst) én trade naar dit "
        "land (exportmarkt); de pagina's tonen beide apart. Leads en contacten: het land van "
        "het bedrijf; missies: de bestemming."
    ),
    "investment_projects": "Investeringsprojecten",
    "trade_wins": "Trade wins (bedrijven per jaar)",
    "filters_applied": "Filters uit de zijbalk op deze pagina: {}.",
    "filters_not_applicable": "Niet van toepassing op deze pagina (genegeerd): {}.",
    "filtered_empty": (
        "Niets dat past bij de gekozen filters ({}). Zet een filter in de zijbalk op 'Alle' om "
        "meer te zien."
    ),
    # i14b: quarterly report
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
    # i14e: formats
    "count_contracts": "contract|contracten",
    # i14e: ui/drilldown
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
    # i14e: pages/countries
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
    # i14e: pages/sectors
    "sectors_and_themes": "Sectoren en thema's",
    "pick_sector": "Kies links bij Filters een sector om in te zoomen.",
    "jobs_by_theme_and_sector": "Nieuwe banen per thema en sector",
    "jobs_per_year_and_theme": "Nieuwe banen per jaar en thema",
    "theme_is": "Thema: {theme}",
    # i14e: pages/missions
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
    # i14e: pages/overview
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
    "year_end_forecast": "Prognose jaareinde",
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
    # i14e: ui/filters, app
    "language_switch": "Taal / Language",
    "language_nl": "Nederlands",
    "language_en": "English",
    # i14h: upload problems
    "problem_label_error": "FOUT",
    "problem_label_warning": "Waarschuwing",
    "problem_where_sheet": "blad '{sheet}'",
    "problem_where_row": "rij {row}",
    "problem_where_column": "kolom '{column}'",
    "problem_value": " (waarde: {value!r})",
    "problem_rejected": "{errors} fout(en) gevonden; er is niets geladen.",
    "problem_more": "… en nog {more} {noun}",
    "problem_more_in_column": "waarschuwingen in deze kolom",
    "problem_more_times": "keer: {message}",
    "problem_kind_unknown_columns": "onbekende kolommen",
    "problem_as_said": "{text}",
    "problem_or": "{first} of {second}",
    "problem_none": "geen",
    "problem_col_severity": "Ernst",
    "problem_col_file": "Bestand",
    "problem_col_sheet": "Blad",
    "problem_col_row": "Rij",
    "problem_col_column": "Kolom",
    "problem_col_value": "Waarde",
    "problem_col_message": "Melding",
    "problem_severity_error": "fout",
    "problem_severity_warning": "waarschuwing",
    "problem_required_empty": "dit verplichte veld is leeg",
    "problem_date_tbd": (
        "de datum is nog niet bekend ('tbd'); vul een datum in of laat deze rij weg tot de "
        "datum vaststaat"
    ),
    "problem_date_outside_quarter": (
        "de datum valt buiten het gekozen kwartaal {quarter} ({start} t/m {end})"
    ),
    "problem_date_partly_outside": (
        "onnauwkeurige datum ({precision}) valt deels buiten {quarter}; opgeslagen als {stored}"
    ),
    "problem_duplicate": "dubbel: dezelfde {label} staat ook op rij {row}",
    "problem_kind_pillar_clash": (
        "soort project en pijler passen niet bij elkaar: een exportcontract hoort bij Trade, "
        "de andere soorten bij Invest"
    ),
    "problem_retention_new_jobs": (
        "een behoudproject met nieuwe banen: die tellen als nieuwe banen; is het eigenlijk een "
        "uitbreiding?"
    ),
    "problem_end_before_start": "de einddatum ligt voor de startdatum",
    "problem_unknown_mission": (
        "deze missie staat niet op het blad Missies en is ook niet eerder geüpload"
    ),
    "problem_off_focus": (
        "land {code} staat niet op de focuslijst van {year} ({rows} rij(en)); het telt wel mee"
    ),
    "problem_separator_read": (
        "tekst met scheidingstekens gelezen als het getal {number} (zonder duizendtallen, komma "
        "= decimaal); klopt dat niet, vul het getal dan in zonder punten"
    ),
    "problem_too_large": "het getal is te groot; controleer de waarde",
    "problem_too_large_jobs": (
        "het getal is te groot: meer dan {largest} banen in één rij kan niet kloppen; "
        "controleer de waarde (de grens staat bij Instellingen: {setting})"
    ),
    "problem_too_large_amount": (
        "het getal is te groot: meer dan {largest} euro in één rij kan niet kloppen; "
        "controleer de waarde"
    ),
    "problem_too_large_count": (
        "het getal is te groot: meer dan {largest} in één rij kan niet kloppen; controleer de "
        "waarde"
    ),
    "problem_text_too_long": "tekst is langer dan {limit} tekens",
    "problem_negative": "een negatief getal kan hier niet; vul 0 of meer in",
    "problem_not_a_number": (
        "geen getal; vul een getal in zoals 1234,5 (zonder woorden of eenheden)"
    ),
    "problem_number_not_bool": "verwacht een getal, geen ja/nee",
    "problem_number_not_date": "verwacht een getal, maar de cel is een datum of tijd",
    "problem_not_whole": "verwacht een geheel getal, zonder decimalen",
    "problem_date_unknown": "datum niet herkend; gebruik dd-mm-jjjj, bijvoorbeeld 05-03-2024",
    "problem_no_such_date": "deze datum bestaat niet; controleer dag en maand (dd-mm-jjjj)",
    "problem_before_1900_03": (
        "datum vóór 1 maart 1900: Excel rekent die dagen verkeerd (het kent een 29-02-1900 die "
        "niet bestaat); vul de echte datum in, dd-mm-jjjj"
    ),
    "problem_year_unknown": "jaartal niet herkend; gebruik een jaar tussen 1900 en 2199",
    "problem_month_unknown": (
        "maand niet herkend; gebruik 1 tot en met 12 of de naam van de maand"
    ),
    "problem_season_unknown": (
        "seizoen niet herkend; schrijf bijvoorbeeld 'najaar 2018' of 'winter 2018/2019'"
    ),
    "problem_time_only": "alleen een tijd, geen datum; vul een datum in zoals 05-03-2024",
    "problem_unknown_country": (
        "onbekend land; gebruik de Nederlandse of Engelse naam of een ISO-code zoals DE"
    ),
    "problem_unknown_country_meant": (
        "onbekend land; bedoelde u {meant}? Gebruik anders de Nederlandse of Engelse naam of "
        "een ISO-code zoals DE"
    ),
    "problem_unknown_term": "onbekende waarde; kies uit: {labels}",
    "problem_unknown_term_meant": "onbekende waarde; bedoelde u {meant}? Of kies uit: {labels}",
    "problem_yes_no": "kies ja of nee",
    "problem_yes_no_meant": "kies ja of nee; bedoelde u {meant}?",
    "problem_company_no_letters": (
        "bedrijfsnaam zonder letters of cijfers; vul de naam van het bedrijf in"
    ),
    "problem_sheets_alike": (
        "meerdere bladen lijken '{sheet}' te zijn ({listed}); alleen '{first}' is gelezen"
    ),
    "problem_all_sheets_empty": "het bestand bevat geen gegevens (alle bladen zijn leeg)",
    "problem_later_sheet_missing": "blad '{sheet}' ontbreekt; er worden geen {what} gelezen",
    "problem_csv_no_header_for": (
        "in dit CSV-bestand is geen kopregel voor '{sheet}' gevonden; lever de bladen als .xlsx "
        "met een blad '{sheet}'"
    ),
    "problem_sheet_missing": (
        "blad '{sheet}' ontbreekt (gevonden bladen: {found}); geef het blad de naam '{sheet}'"
    ),
    "problem_sheet_unreadable": (
        "het blad kan niet worden gelezen; het bestand is mogelijk beschadigd. Open het in "
        "Excel en sla het opnieuw op als .xlsx"
    ),
    "problem_no_header": (
        "geen kopregel gevonden in {where}; verwacht een rij met de kolomnamen {expected}"
    ),
    "problem_in_first_rows": "de eerste {rows} rijen",
    "problem_in_the_sheet": "het blad",
    "problem_merged_header": (
        "samengevoegde cellen in de kopregel ({first}:{last}); maak de cellen los"
    ),
    "problem_no_data_rows": "geen gegevensrijen onder de kopregel",
    "problem_csv_row_too_wide": (
        "deze rij heeft {values} waarden maar de kopregel {columns} kolommen; staat er een "
        "scheidingsteken (bijvoorbeeld een komma in een bedrag) zonder aanhalingstekens?"
    ),
    "problem_csv_more_wide_rows": "nog {rows} rijen met te veel waarden",
    "problem_unknown_column": "kolom '{column}' wordt genegeerd (onbekende kolom)",
    "problem_header_ambiguous": (
        "kop '{header}' past bij meer dan één kolom ({names}); gebruik de precieze kolomnaam"
    ),
    "problem_column_twice": (
        "kolom '{column}' staat meer dan één keer in de kopregel: {where}; laat er één staan"
    ),
    "problem_header_at": "'{header}' (kolom {letter})",
    "problem_required_column_missing": (
        "verplichte kolom '{column}' ontbreekt (ook herkend: {also})"
    ),
    "problem_file_unreadable": (
        "het bestand kon niet worden gelezen ({error}); open het in Excel en sla het opnieuw op "
        "als .xlsx"
    ),
    "problem_file_empty": "het bestand is leeg (0 bytes)",
    "problem_file_too_big": (
        "het bestand is {size}; dat is groter dan {limit}, de grens voor een upload. Verwijder "
        "overbodige bladen of splits het bestand"
    ),
    "problem_password": (
        "het bestand is met een wachtwoord beveiligd; sla het op zonder wachtwoord"
    ),
    "problem_old_xls": "oud Excel-formaat (.xls); sla op als .xlsx",
    "problem_xlsb": "binair Excel-formaat (.xlsb); sla op als .xlsx",
    "problem_ods": "OpenDocument-rekenblad (.ods); sla op als .xlsx",
    "problem_not_spreadsheet": "dit is geen spreadsheet (.xlsx of .csv)",
    "problem_not_spreadsheet_but": "dit is geen spreadsheet (.xlsx of .csv), maar {what}",
    "problem_what_office": "een ander Office-bestand (bijvoorbeeld Word)",
    "problem_what_pdf": "een PDF-bestand",
    "problem_what_image": "een afbeelding ({format})",
    "problem_what_rtf": "een Word-document (RTF)",
    "problem_what_archive": "een gecomprimeerd bestand ({format})",
    "problem_what_word": "een Word-document",
    "problem_what_powerpoint": "een PowerPoint-bestand",
    "problem_what_zip": "een zip-bestand",
    "problem_what_html": "een webpagina (HTML); open het in Excel en sla op als .xlsx",
    "problem_what_xml": "een XML-bestand; open het in Excel en sla op als .xlsx",
    "problem_fake_xlsx": (
        "het bestand heet .{ext} maar is geen geldig Excel-bestand (beschadigd?); open het in "
        "Excel en sla het opnieuw op als .xlsx"
    ),
    "problem_zip_bomb": (
        "het bestand pakt uit tot {size}; dat is te groot of verdacht sterk gecomprimeerd "
        "(zip-bom). Open het in Excel, verwijder overbodige bladen en sla het opnieuw op"
    ),
    "problem_zip_damaged": (
        "het bestand is beschadigd (geen geldig .xlsx-bestand); open het in Excel en sla het "
        "opnieuw op als .xlsx"
    ),
    "problem_workbook_damaged": (
        "het bestand is beschadigd en kan niet worden gelezen; open het in Excel en sla het "
        "opnieuw op als .xlsx"
    ),
    "problem_csv_nul": (
        "het CSV-bestand bevat op regel {line} een NUL-teken (binaire gegevens); het is "
        "beschadigd of geen tekstbestand. Sla het in Excel opnieuw op als CSV of als .xlsx"
    ),
    "problem_csv_unreadable": (
        "het CSV-bestand kan niet worden gelezen ({reason}); sla het in Excel opnieuw op als "
        "CSV of als .xlsx"
    ),
    "problem_csv_cell_too_long": "een cel is langer dan {limit} tekens",
    "problem_calendar_no_country": (
        "land van '{event}' niet te bepalen uit de plaats {place}; het item staat zonder land "
        "op de kalender. Vul het land in op de pagina Kalender (of in de kolom Land)"
    ),
    "problem_place_empty": "(leeg)",
    "problem_calendar_other_year": (
        "de startdatum ligt niet in {year}, het jaar van deze kalender; het item staat wel op "
        "de kalender"
    ),
    "problem_period_hint": (
        "de meeste datums ({n} van {total}) vallen in {best}, niet in {quarter}: kies kwartaal "
        "{best} bij het uploaden (of controleer de datums)"
    ),
    "problem_unknown_kind": "onbekende soort '{kind}'; kies uit {kinds}",
    "problem_projects_empty": (
        "geen projecten in dit bestand: het kwartaal wordt geladen als uitdrukkelijk leeg "
        "(geen projecten dit kwartaal)"
    ),
    "problem_no_data": (
        "het bestand bevat geen gegevensrijen; er is niets te laden. Wilt u een eerdere upload "
        "intrekken, maak die dan ongedaan in de geschiedenis"
    ),
    # i14f: reporting/csv_export.py, labels.py
    "col_year": "Jaar",
    "col_quarter": "Kwartaal",
    "col_country": "Land",
    "col_country_group": "Land van herkomst",
    "col_name": "Naam",
    "col_iso2": "ISO-code",
    "col_iso3": "ISO3-code",
    "col_theme": "Thema",
    "col_sector": "Sector",
    "col_fte": "Fte",
    "col_pillar": "Pijler",
    "col_partner": "Partner",
    "col_reference": "Referentie",
    "col_company": "Bedrijf",
    "col_d": "Datum",
    "col_start_date": "Startdatum",
    "col_end_date": "Einddatum",
    "col_project_kind": "Soort project",
    "col_target": "Doel",
    "col_realised": "Gerealiseerd",
    "col_share_of_target": "Realisatie",
    "col_new_jobs": "Nieuwe banen",
    "col_retained_jobs": "Behouden banen",
    "col_new_jobs_invest": "Nieuwe banen Invest",
    "col_new_jobs_trade": "Nieuwe banen Trade (schatting)",
    "col_indirect_jobs": "Indirecte banen (schatting)",
    "col_projects": "Projecten",
    "col_investment_eur": "Investering (€)",
    "col_contract_value_eur": "Contractwaarde (€)",
    "col_contacts": "Contacten",
    "col_bidbooks": "Bidbooks",
    "col_ffts": "Fact-finding trips",
    "col_missions": "Missies",
    "col_mission_companies": "Bedrijven op missie",
    "col_companies": "Bedrijven",
    "col_leads": "Leads",
    "col_won_leads": "Gewonnen leads",
    "col_expected_jobs": "Verwachte banen",
    "col_opportunity_id": "Kans",
    "col_title": "Titel",
    "col_total": "Totaalscore",
    "col_decision": "Besluit",
    "col_previous": "Vorig kwartaal",
    "col_current": "Nu",
    "col_delta": "Verschil",
    "col_label": "Indicator",
    "col_plan": "Plan",
    "col_actual": "Werkelijk",
    "col_source": "Bron (bestand · kwartaal · rij)",
    "col_new_establishments": "Nieuwe vestigingen",
    "col_expansions": "Uitbreidingen",
    "col_retentions": "Behoud",
    "col_acquisitions": "Overnames / fusies",
    "col_trade_contracts": "Exportcontracten",
    "col_label_nl": "Indicator (Nederlands)",
    "col_label_en": "Indicator (Engels)",
    "col_file_name": "Bestand",
    "col_source_row": "Rij",
    "col_country_source": "Land bepaald uit",
    "col_match_rule": "Koppelregel",
    "col_mission_kind": "Soort missie",
    "col_mission_name": "Missie",
    "col_mission_reference": "Missiereferentie",
    "col_mission_reference_matched": "Gekoppelde missie",
    "col_mission_start": "Start missie",
    "col_mission_end": "Einde missie",
    "col_organised_by": "Georganiseerd door",
    "col_plan_start": "Start volgens plan",
    "col_plan_end": "Einde volgens plan",
    "col_start_precision": "Precisie startdatum",
    "col_end_precision": "Precisie einddatum",
    "col_target_new_jobs": "Doel nieuwe banen",
    "col_status": "Status",
    "col_topic": "Onderwerp",
    "col_event": "Activiteit",
    "col_place": "Plaats",
    "col_staff": "Medewerkers",
    "col_partners": "Partners",
    "col_place_key": "Plaats (sleutel)",
    "col_item": "Nr.",
    "col_indicator": "Indicator (code)",
    "col_investment_projects": "Investeringsprojecten",
    "col_trade_wins": "Trade wins (bedrijven per jaar)",
    "col_in_region": "In de regio gehouden",
    "col_budget_year": "Budget van jaar",
    "col_borrowed": "Geleend",
    "col_months": "Maanden",
    "col_valid_until": "Geldig t/m",
    "col_through": "T/m",
    "col_line": "Begrotingsregel",
    "col_eur": "Bedrag (€)",
    "col_cost_per_job": "Kosten per baan (€)",
    "col_jobs_per_fte": "Banen per fte",
    "col_stage": "Fase",
    "col_share": "Aandeel",
    "col_gap": "Verschil",
    "col_sha256": "Controlegetal (sha256)",
    "unknown": "onbekend",
    "kind_projects": "Projecten en banen",
    "kind_missions": "Missies en leads",
    "kind_contacts": "Contacten",
    "kind_bidbooks": "Bidbooks en FFT's",
    "kind_calendar": "Activiteitenkalender (per jaar)",
    "kind_country_plans": "Landenplannen (per jaar)",
    # i14f: reporting/headline.py
    "headline_finished": "nieuwe banen in {year} tegen een jaardoel van {target} ({gap}).",
    "headline_running": (
        "nieuwe banen t/m {through}, doel naar rato {prorated}; prognose jaareinde {forecast} bij "
        "een jaardoel van {target}."
    ),
    "headline_missing": (
        "Ontbrekend: {quarters} — niet geladen en niet als leeg gemeld. Zo'n kwartaal is "
        "onbekend: het telt niet mee in het doel naar rato en beide prognoses rekenen met de "
        "geladen kwartalen (× 4 / hun aantal). Upload het kwartaal, of een projectenbestand met "
        "alleen de kopregel als er geen projecten waren."
    ),
    "cost_budget_months": "Budget {months}/12 van {year}",
    "cost_year_running": "(het jaar loopt nog: t/m Q{quarter}, het laatste geladen kwartaal)",
    "cost_borrowed": "geleend van {budget_year} (geen eigen budget voor {year})",
    "cost_regional": (
        "Regionaal cijfer: budget en banen van de hele regio, de filters gelden hier niet (het "
        "budget is niet per land of sector verdeeld)."
    ),
    # i14f: reporting/charts.py, plan_charts.py
    "chart_year_end_forecast": "Prognose jaareinde",
    "chart_jobs_per_year": "Nieuwe banen per jaar: gerealiseerd en doel",
    "date_unknown": "datum onbekend",
    "season_3": "voorjaar",
    "season_6": "zomer",
    "season_9": "najaar",
    "season_12": "winter",
    "half_year": "{half}e helft {year}",
    "chart_mission_started": "Missie gestart",
    "chart_percent_of_plan": "% van plan",
    "plans_sum": "Som landenplannen",
    "regional_target": "Regionaal doel",
    "jobs_word": "banen",
    "projects_word": "projecten",
    "chart_yardstick_score": "Score meetlat (1–5)",
    "chart_jobs_that_followed": "Nieuwe banen die volgden",
    # i14f: ui/auth.py, contacts.py, report_download.py, reference_labels.py, state.py
    "demo_label": "Demo – voorbeelddata, geen inlog",
    "demo_explained": (
        "Iedereen met de link werkt hier als coördinator. Inloggen gaat aan zodra er een "
        "gebruiker is: `python -m tradeinvest users add NAAM --role coordinator`."
    ),
    "sign_in": "Inloggen",
    "sign_out": "Uitloggen",
    "signed_out_elsewhere": (
        "U bent uitgelogd: in een ander tabblad, doordat de inlogtijd voorbij is, of doordat uw "
        "account is gewijzigd. Log opnieuw in."
    ),
    "oidc_no_role": "{email} heeft geen rol in deze app. Vraag de coördinator om u toe te voegen.",
    "oidc_sign_in": "Inloggen met organisatie-account",
    "user_name": "Gebruikersnaam",
    "password": "Wachtwoord",
    "sign_in_failed": "Onbekende gebruikersnaam of verkeerd wachtwoord.",
    "sign_in_locked": (
        "Te veel mislukte pogingen om in te loggen. Probeer het opnieuw na {when}, of vraag de "
        "coördinator om u te ontgrendelen."
    ),
    "signed_in_as": "Ingelogd als",
    "no_access_title": "Geen toegang",
    "no_access": "U heeft geen toegang tot deze pagina.",
    "contacts_persons_note": (
        "Met contactpersonen: persoonsgegevens, alleen zichtbaar voor het team en de coördinator; "
        "niet voor bestuurders, niet in rapporten of exports."
    ),
    "contacts_none": "Geen contacten in deze periode.",
    "contacts_col_person": "Contactpersoon",
    "contacts_col_email": "E-mail",
    "contacts_col_phone": "Telefoon",
    "row": "rij",
    "report_download_title": "Kwartaalrapport {year} Q{quarter}",
    "report_explained": (
        "Voor bestuurders: voortgang, pad naar het doel, banen per land en sector, output en "
        "impact met verandering, missies en kosten per baan. Regionaal: de filters links gelden "
        "hier niet."
    ),
    "report_file": "kwartaalrapport_{year}Q{quarter}",
    "report_xlsx": "⬇ Kwartaalrapport (Excel)",
    "report_pdf": "⬇ Kwartaalrapport (PDF)",
    "companies_attracted": "Aangetrokken bedrijven",
    "trade_yes": "ja",
    "trade_no": "nee",
    "trade_reactive": "reactief",
    "trade_depends": "hangt ervan af",
    "setting_indirect_jobs_per_direct": "Indirecte banen per directe FDI-baan (NL-gemiddelde)",
    "setting_on_track_share": "Op koers vanaf dit aandeel van het (naar rato) doel",
    "setting_at_risk_share": "Risico vanaf dit aandeel; daaronder: achter",
    "setting_baseline_jobs": "Nulmeting: nieuwe banen per jaar (2016, IU en UCIB samen)",
    "setting_baseline_year": "Jaar van de nulmeting",
    "setting_max_upload_mb": "Grootste toegestane upload in MB",
    "setting_max_jobs_per_row": (
        "Meeste banen in één rij van een upload; meer wordt geweigerd als tikfout"
    ),
    "setting_calendar_match_days": "Kalender: dagen speling bij koppelen aan uitgevoerde missies",
    "setting_yardstick_weight_a": "Meetlat: gewicht A, bijdrage aan de doelen (banen)",
    "setting_yardstick_weight_b": "Meetlat: gewicht B, past in de strategie",
    "setting_yardstick_weight_c": "Meetlat: gewicht C, effectiviteit (netwerk, marktvraag)",
    "setting_yardstick_weight_d": "Meetlat: gewicht D, efficiëntie en continuïteit",
    "ref_note": "Toelichting",
    "ref_budget_line": "Budgetpost",
    "ref_regions": "Regio's",
    "db_opening": "Database openen…",
    # i14f: pages/settings.py
    "settings_intro": (
        "Wijzigingen gelden direct op alle pagina's en worden gelogd met wie en wanneer."
    ),
    "settings_targets": "Doelen per indicator en jaar",
    "settings_targets_help": (
        "Nieuwe directe banen per jaar. Na het laatste jaar met een doel geldt het laatste doel."
    ),
    "settings_budget_lines": "Budget per jaar en post",
    "settings_budget_lines_help": (
        "`valid_until` = laatste jaar waarin een post geldt: leeg = doorlopend, gelijk aan het "
        "jaar = eenmalig (EMA/Brexit: twee jaar, t/m 2019). Een jaar zonder eigen regels leent de "
        "nog geldige posten van het laatste eerdere jaar; de pagina's zeggen het wanneer een jaar "
        "leent."
    ),
    "settings_focus_countries": "Focuslanden per jaar",
    "settings_focus_countries_help": (
        "Trade: ja / nee / reactief / hangt ervan af. Een jaar zonder eigen lijst gebruikt de "
        "laatste eerdere lijst."
    ),
    "save": "Opslaan",
    "saved": "Opgeslagen.",
    "not_saved": "Niet opgeslagen: {problems}",
    "target_path_title": "Doelpad banen opnieuw vullen",
    "shape_linear": "Rechte lijn",
    "shape_growth": "Constante groei",
    "target_path_shape": "Vorm",
    "target_path_from_year": "Van jaar",
    "target_path_start": "Startwaarde",
    "target_path_to_year": "Tot jaar",
    "target_path_end": "Eindwaarde",
    "target_path_apply": "Doelpad toepassen",
    "target_path_invalid": "Het eindjaar moet na het startjaar liggen en de startwaarde boven 0.",
    "settings_thresholds": "Drempels en kengetallen",
    # i14f: pages/calendar.py, ui/flash.py, ui/calendar_sections.py
    "calendar_loaded": "Kalender {year} geladen als upload {upload} ({rows}).",
    "rows_calendar_one": "item",
    "rows_calendar_many": "items",
    "country_plans_loaded": "Landenplannen {year} geladen als upload {upload} ({rows}).",
    "rows_country_plans_one": "plan",
    "rows_country_plans_many": "plannen",
    "cal_upload_help": (
        "Eén werkmap per jaar met de bladen Invest en Trade, kolommen zoals bijlage 2 van het "
        "plan. Opnieuw uploaden vervangt de kalender van dat jaar; ongedaan maken kan op de "
        "pagina Uploaden."
    ),
    "cal_template": "⬇ Sjabloon activiteitenkalender",
    "cal_file": "Kalender (.xlsx)",
    "cal_year": "Jaar van deze kalender",
    "cal_load": "Kalender {year} laden",
    "cal_title": "Activiteitenkalender: plan en uitvoering",
    "cal_none": "Nog geen activiteitenkalender. De coördinator uploadt de kalender van een jaar.",
    "cal_year_caption": "Kalenderjaar {year} (het jaar in de zijbalk).",
    "cal_year_missing": (
        "Geen activiteitenkalender voor {year}. Kalenders zijn er voor {years}: kies dat jaar in "
        "de zijbalk, of upload hieronder."
    ),
    "cal_planned": "Gepland",
    "cal_carried_out": "Uitgevoerd",
    "cal_in_region": "In de regio",
    "cal_not_carried_out": "Niet uitgevoerd",
    "cal_unplanned": "Buiten plan",
    "cal_unplanned_help": "Missies die niet op de kalender stonden",
    "cal_explained": (
        "Uitgevoerd = er is een missie geregistreerd die bij het item past (zelfde "
        "missiereferentie; of zelfde land en overlappende periode; of gelijkende naam in "
        "hetzelfde jaar). Leads, projecten en banen zijn die van die missie. In de regio = "
        "gehouden in Nederland (ontvangst, ambassadeursbezoek, inkomend bezoek): daar hoort geen "
        "missie bij, dus geen 'niet uitgevoerd'; een inkomend bezoek telt bij het land van de "
        "bezoekers."
    ),
    "cal_colour_by": "Kleur naar",
    "cal_theme_group": "Thema (Groen/Gezond/Slim)",
    "cal_no_dated": "Geen items met een datum.",
    "cal_timeline_title": "Kalender {year}: gepland (balk) en uitgevoerd (◆ start missie)",
    "cal_where": "Waar",
    "cal_as_mission": "Uitgevoerd als missie",
    "cal_unplanned_title": "Uitgevoerd maar niet gepland",
    "cal_all_planned": "Elke missie van dit jaar stond op de kalender.",
    "cal_all_planned_narrowed": "Elke missie van dit jaar in deze selectie stond op de kalender.",
    "cal_fill_title": "Land invullen",
    "cal_all_have_country": "Alle items hebben een land.",
    "cal_fill_help": (
        "Bij deze items gaf 'Waar' geen eenduidig land. Het antwoord geldt voor elk item met "
        "dezelfde plaats, ook in latere kalenders."
    ),
    "cal_no_place": "(geen plaats)",
    "choose_country": "Kies een land",
    "cal_country_saved": "Land van '{event}' opgeslagen: {country}.",
    "cal_upload_expander": "Kalender uploaden",
    "cal_columns": "Kolommen: {columns}.",
    # i14f: pages/plans.py, ui/plans_sections.py
    "plans_year_caption": "Planjaar {year} (het jaar in de zijbalk).",
    "plans_add_up": "Tellen de landenplannen {year} op tot het regionale doel?",
    "plans_sum_jobs": "Som landenplannen: nieuwe banen",
    "plans_minus_target": "Plannen minus doel",
    "actual_region": "Realisatie regio",
    "plans_all_countries": (
        "Deze optelling gaat over alle landen; het landfilter geldt voor 'Plan en realisatie per "
        "land' hieronder."
    ),
    "plans_none": "Nog geen landenplannen voor {year}. Vul ze hieronder in of upload het sjabloon.",
    "plans_chart_title": "Banen: plannen en doel {year}",
    "plans_sum_short": "Som plannen",
    "plans_gap": "Plannen − doel",
    "actual_planned": "Realisatie planlanden",
    "plans_actual_note": (
        "Realisatie = het jaar zover geladen. 'Planlanden' telt elk record één keer (Hongkong "
        "valt onder China)."
    ),
    "plans_per_country": "Plan en realisatie per land",
    "plans_cell_note": "Per cel: realisatie / plan.",
    "plans_look_at": "Land bekijken",
    "plans_edit_year": "Planjaar om te bewerken",
    "plans_edit_title": "Landenplannen {year} bewerken",
    "plans_edit_help": (
        "Land als naam of ISO-code; doelen leeg = geen doel. Opslaan maakt een nieuwe versie in "
        "de uploadgeschiedenis (ongedaan te maken op de pagina Uploaden)."
    ),
    "plans_save": "Landenplannen opslaan",
    "plans_saved": "Landenplannen {year} opgeslagen ({rows} landen).",
    "plans_template_expander": "Sjabloon downloaden of uploaden",
    "plans_template": "⬇ Sjabloon landenplannen",
    "plans_file": "Ingevuld sjabloon (.xlsx)",
    "plans_load": "Laden als landenplannen {year}",
    # i14f: pages/yardstick.py, ui/yardstick_sections.py
    "yard_title": "Meetlat Utrecht Region",
    "yard_intro": (
        "Bij elke kans (verzoek, missievoorstel, bidbookverzoek, uitnodiging voor een nieuwe "
        "markt) vier vragen, elk 1 (niet) tot 5 (volledig). Totaal = gewogen gemiddelde."
    ),
    "yard_weights": "Gewichten: {weights}",
    "yard_weights_read_only": "Gewichten (de coördinator stelt ze in): {weights}",
    "yard_q_a": "A. Bijdrage aan de doelen",
    "yard_q_b": "B. Past in de strategie",
    "yard_q_c": "C. Effectiviteit",
    "yard_q_d": "D. Efficiëntie en continuïteit",
    "yard_q_help_a": (
        "Primair: mogelijke bijdrage aan de werkgelegenheid. Secundair: wat leverde deze of een "
        "soortgelijke kans eerder op, en hoe snel levert ze resultaat?"
    ),
    "yard_q_help_b": (
        "Bijdrage aan Invest en Trade; past bij Groen, Gezond, Slim / Healthy Urban Living; "
        "onderscheidend ten opzichte van anderen?"
    ),
    "yard_q_help_c": (
        "Genoeg draagvlak, netwerk en ecosysteem om de kans te verzilveren; bij handelsmissies: "
        "aantoonbare vraag van bedrijven?"
    ),
    "yard_q_help_d": (
        "Kosten tegen verwachte opbrengst; geen eenmalige actie maar onderdeel van een lijn."
    ),
    "yard_weights_save": "Gewichten opslaan",
    "yard_weights_saved": "Gewichten opgeslagen.",
    "yard_score_new": "Nieuwe kans scoren",
    "yard_opportunity": "Kans",
    "yard_received": "Binnengekomen op",
    "yard_why": "Waarom",
    "yard_mission": "Missie (referentie)",
    "yard_bidbook": "Bidbookreferentie",
    "yard_save_score": "Score opslaan",
    "yard_saved": "Kans {id} opgeslagen: score {score}.",
    "yard_scored_title": "Gescoorde kansen {year} en wat volgde",
    "yard_year_caption": "Kansen die binnenkwamen in {year} (het jaar in de zijbalk).",
    "yard_none": "Nog geen gescoorde kansen.",
    "yard_no": "Nr",
    "yard_received_short": "Binnen",
    "yard_linked_via": "Gekoppeld via",
    "yard_scored_note": (
        "Score met de huidige gewichten. Wat volgde komt uit één koppeling: missie, anders "
        "bidbook, anders bedrijf (vanaf de datum van binnenkomst). (?) = referentie niet gevonden "
        "in de gegevens."
    ),
    "yard_update": "Besluit en koppelingen bijwerken",
    "save_changes": "Wijzigingen opslaan",
    "yard_predicts": "Voorspelt de meetlat het resultaat?",
    "yard_band": "Scoreband",
    "yard_opportunities": "Kansen",
    "yard_taken": "Opgepakt",
    "yard_declined": "Afgewezen",
    "yard_taken_with_result": "Opgepakt met project",
    "yard_hit_rate": "Trefkans",
    "yard_hit_rate_help": "Opgepakt met project ÷ opgepakt",
    "yard_jobs_per_taken": "Banen per opgepakte kans",
    "yard_declined_with_result": "Afgewezen, toch project",
    "yard_bands_note": (
        "Leads, projecten en banen van de opgepakte kansen per band. Trefkans = het deel van de "
        "opgepakte kansen waarop minstens één project volgde (opgepakt met project ÷ opgepakt); "
        "leeg als er in die band niets is opgepakt. Een hogere band hoort een hogere trefkans en "
        "meer banen te geven; zo niet, herzie de gewichten."
    ),
    "yard_chart_title": "Score tegenover banen die volgden",
    # i14f: words that read the same in both languages
    "cal_event": "Event",
    "item": "Item",
    "score": "Score",
    "band": "Band",
    "yard_open": "Open",
    "budget_eur": "Budget (€)",
    "invest": "Invest",
    "trade": "Trade",
    "report_pdf_unavailable": "⬇ PDF",
    # i14c: loading (ui/loading.py, ui/plans.py, pages/upload.py, the command line)
    "upload_rows": "rij|rijen",
    "upload_errors": "fout|fouten",
    "upload_warnings": "waarschuwing|waarschuwingen",
    "upload_first_problems": (
        "De eerste {shown} van {total} meldingen; het probleemrapport (CSV) heeft ze allemaal."
    ),
    "upload_reading": "Bestand lezen en controleren…",
    "upload_checked": "Gecontroleerd",
    "upload_refused": (
        "{errors} en {warnings} in {file}. Er is niets geladen: verbeter het bestand en upload "
        "het opnieuw."
    ),
    "upload_passed": "{rows} goedgekeurd ({what}){warned}.",
    "upload_already_loaded": (
        "Dit bestand is al geladen: het is upload {id}, die nu meetelt voor deze soort en "
        "periode. Opnieuw laden verandert niets."
    ),
    "upload_problem_report": "⬇ Probleemrapport (CSV)",
    "upload_writing": "Schrijven…",
    "upload_done": "Klaar",
    "upload_title": "Gegevens uploaden",
    "upload_intro": (
        "Eén bestand per soort en kwartaal. Opnieuw uploaden vervangt de vorige versie; elke "
        "upload is ongedaan te maken."
    ),
    "upload_kind": "Soort gegevens",
    "upload_file": "Spreadsheet (.xlsx, .xlsm of .csv)",
    "upload_largest_file": "Grootste bestand: {limit} MB (instelling op de pagina Instellingen).",
    "upload_templates": "Sjablonen",
    "upload_year": "Jaar (bijv. 2024)",
    "upload_quarter": "Kwartaal (bijv. 2024Q3)",
    "upload_load": "Laden",
    "upload_replaces": " (vervangt upload {id})",
    "upload_loaded": (
        "Upload {id} geladen: {rows} {kind} {period}{replaced}. {change}: {effect}"
    ),
    "upload_history": "Uploadgeschiedenis",
    "upload_none_yet": "Nog geen uploads.",
    "upload_state_active": "telt mee",
    "upload_state_replaced": "vervangen",
    "upload_state_undone": "ongedaan",
    "history_upload_id": "Upload",
    "history_kind": "Soort",
    "history_quarter": "Periode",
    "history_state": "Status",
    "history_row_count": "Rijen",
    "history_warning_count": "Waarschuwingen",
    "history_file_name": "Bestand",
    "history_sha256": "Controlegetal (sha256)",
    "history_uploaded_by": "Door",
    "history_uploaded_at": "Wanneer",
    "undo_confirm_text": (
        "**Upload {id} ongedaan maken:** {kind} {period}, bestand {file}, {rows}. {change}: "
        "{effect}"
    ),
    "undo_cancel": "Annuleren",
    "undo_confirm": "Bevestigen",
    "undo_counts_again": "; upload {id} telt weer",
    "undo_done": "Upload {id} ongedaan gemaakt{again}. {change}: {effect}",
    "undo_choice": "Upload ongedaan maken",
    "undo_already": "Upload {id} is ongedaan gemaakt.",
    "undo_button": "Ongedaan maken…",
    "plan_column_label": "Indicator",
    "plan_column_plan": "Plan",
    "plan_column_actual": "Realisatie",
    "plan_column_share": "Realisatie / plan",
    "plan_column_gap": "Verschil",
    "plan_heading": "Landenplan {year}: plan en realisatie",
    "plan_filters_ignored": (
        "Een landenplan geldt voor het hele land en jaar: de filters {filters} gelden niet voor "
        "dit blok."
    ),
    "plan_none": "Geen landenplan voor {name} in {year}. Voeg het toe op de pagina Landenplannen.",
    "plan_regions": "Regio's",
    "plan_activities": "Activiteiten",
    "plan_team": "Team",
    "plan_quarters_loaded": "Realisatie tot nu: {quarters} van 4 kwartalen geladen.",
    "plan_chart_title": "{name} {year}: realisatie als deel van het plan",
    "plan_target_banner": (
        "**{name}**: {jobs} nieuwe banen t/m {through} tegen het doel uit het landenplan "
        "{year}: {goal} ({share})."
    ),
    "plan_no_jobs_target": "het landenplan {year} van {name} heeft geen banendoel",
    "plan_no_target_for_selection": (
        "alleen de regio en de landenplannen hebben een banendoel, niet deze selectie"
    ),
    "plan_no_target_banner": (
        "{jobs} nieuwe banen t/m {through} in deze selectie. Geen doel om mee te vergelijken: "
        "{why}; het regionale doel geldt voor de hele regio."
    ),
    "cli_demo_built": "Voorbeelddatabase opgebouwd: {path} ({count} uploads)",
    "cli_load_refused": "{refused} De database is ongewijzigd.",
    "cli_load_replaces": "; vervangt upload {id}",
    "cli_loaded": "Geladen als upload {id}: {kind} {period}, {rows} rijen{replaced}",
    "cli_failed": "Niet gelukt: {reason}",
    "cli_undone": "Upload {id} ongedaan gemaakt{again}",
    "cli_progress_period": (
        "geef --period (bijvoorbeeld 2024Q3 of 2024), of --year met eventueel --quarter (Q1..Q4)"
    ),
    "cli_backup_no_db": "De database {path} bestaat niet; er is niets om te bewaren.",
    "cli_backup_written": "Back-up geschreven: {folder}",
    "cli_restored": "Database {path} teruggezet uit {folder}",
}
