"""Dutch (the default language) texts: the pipeline (page and drill-down sections) and the
forecast on the Overview. Same keys as the other language's `pipeline`."""

from __future__ import annotations

TEXTS: dict[str, str] = {
    # the forecast on the Overview
    "forecast_title": "Prognose: halen we het doel dit jaar?",
    "forecast_method_run_rate": "Tempo tot nu",
    "forecast_method_last_four": "Laatste vier kwartalen",
    "forecast_method_pipeline": "Pijplijn",
    "forecast_best": "Prognose jaareinde: {method}",
    "forecast_interval": "80%-interval: {low} – {high}",
    "forecast_no_interval": "geen interval bij deze methode",
    "forecast_expected": "Verwacht dit jaar te landen (pijplijn, gewogen naar kans)",
    "forecast_still_needed": "Nog nodig uit de pijplijn",
    "forecast_still_needed_help": "Doel − gerealiseerd − verwacht uit de pijplijn; negatief: "
                                  "de verwachting dekt het doel.",
    "forecast_why": "Getoond: de methode die hier het meest accuraat was, met in eerdere jaren "
                    "de kleinste gemiddelde afwijking ({mae} banen over {n} kwartaaleinden).",
    "forecast_untested": "Nog geen afgesloten jaar om de methoden te toetsen; getoond: {method}.",
    "forecast_no_pipeline": "Geen pijplijn geladen voor {through}: geen pijplijnprognose.",
    "forecast_backtest_title": "Backtest: hoe goed was elke prognose in eerdere jaren?",
    "forecast_backtest_help": "Elke methode berekend aan het eind van Q1–Q3 van elk afgesloten "
                              "jaar met de gegevens zoals toen gemeld (nooit een latere "
                              "correctie), tegen de jaaruitkomst zoals nu gemeld.",
    "forecast_col_method": "Methode",
    "forecast_col_n": "Kwartaaleinden",
    "forecast_col_mae": "Gem. absolute fout",
    "forecast_col_coverage": "Binnen 80%-interval",
    "forecast_col_period": "Kwartaaleinde",
    "forecast_col_forecast": "Prognose",
    "forecast_col_low": "80% laag",
    "forecast_col_high": "80% hoog",
    "forecast_col_actual": "Uitkomst",
    "forecast_col_error": "Fout",
    "forecast_top_title": "Kansen die het meest tellen (verwachte banen × kans)",
    "forecast_col_reference": "Referentie",
    "forecast_col_company": "Bedrijf",
    "forecast_col_country": "Land",
    "forecast_col_stage": "Fase",
    "forecast_col_likelihood": "Waarschijnlijkheid",
    "forecast_col_expected_jobs": "Verwachte banen",
    "forecast_col_probability": "Kans vóór jaareinde",
    "forecast_col_weighted_jobs": "Gewogen banen",
    "forecast_stage_prospect": "Prospect",
    "forecast_stage_active": "Actief",
    "forecast_stage_verify": "Verificatie",
    "forecast_likelihood_high": "Hoog",
    "forecast_likelihood_medium": "Midden",
    "forecast_likelihood_low": "Laag",
    # the pipeline (ui/pipeline.py, pages/pipeline.py)
    "page_pipeline": "Pijplijn",
    "pipeline_title": "Pijplijn",
    "pipeline_none": (
        "Nog geen pijplijn geüpload tot en met deze periode. Upload per kwartaal het bestand "
        "Pijplijn (kansen) op de pagina Uploaden."
    ),
    "pipeline_snapshot": (
        "Open kansen volgens de pijplijn-upload van {quarter}: waar het team dat kwartaal aan "
        "werkte."
    ),
    "pipeline_open": "Open kansen",
    "pipeline_open_jobs": "Verwachte banen, alle open kansen (ongewogen)",
    "pipeline_high_jobs": "Verwachte banen, kans hoog",
    "pipeline_conversion": "Conversie prospect → gewonnen",
    "pipeline_conversion_help": (
        "Van alle kansen in de pijplijn-uploads tot nu toe het deel dat gewonnen werd; kansen "
        "die nog open zijn tellen mee."
    ),
    "pipeline_no_open": "Geen open kansen in de pijplijn van {quarter}.",
    "pipeline_open_chart": "Open pijplijn per fase en kans",
    "pipeline_conversion_chart": "Conversie per fase: deel dat gewonnen werd",
    "pipeline_conversion_note": (
        "Een kans heeft een fase bereikt in het eerste kwartaal dat ze in die fase of een "
        "latere werd gemeld; conversie = gewonnen ÷ bereikt, over alle pijplijn-uploads."
    ),
    "pipeline_lost_reasons": "Redenen verloren ({period})",
    "pipeline_lost_countries": "Verloren aan land ({period})",
    "pipeline_none_lost": "Geen verloren kansen in {period}.",
    "pipeline_by_source": "Conversie per bron",
    "pipeline_time_in_stage": "Tijd per fase",
    "pipeline_time_note": (
        "Kwartalen van het eerste kwartaal in een fase tot het kwartaal van de volgende fase "
        "of verlies; kansen die nog in de fase zitten tellen niet mee."
    ),
    "pipeline_open_list": "Open kansen, meeste verwachte banen eerst",
    "pipeline_of_mission": "Pijplijn uit missie {mission}",
    "pipeline_stage_axis": "Fase",
    "pipeline_jobs_axis": "Verwachte banen",
    "pipeline_share_axis": "Deel gewonnen",
    "pipeline_col_stage": "Fase",
    "pipeline_col_likelihood": "Kans op landen",
    "pipeline_col_source": "Bron",
    "pipeline_col_opportunities": "Kansen",
    "pipeline_col_expected_jobs": "Verwachte banen",
    "pipeline_col_reached": "Bereikt",
    "pipeline_col_won": "Gewonnen",
    "pipeline_col_lost": "Verloren",
    "pipeline_col_open": "Nog open",
    "pipeline_col_conversion": "Conversie",
    "pipeline_col_reason": "Reden",
    "pipeline_col_lost_to": "Land",
    "pipeline_col_left": "Kansen die de fase verlieten",
    "pipeline_col_mean_quarters": "Gemiddeld (kwartalen)",
    "pipeline_col_median_quarters": "Mediaan (kwartalen)",
    "pipeline_col_reference": "Referentie",
    "pipeline_col_company": "Bedrijf",
    "pipeline_col_country": "Land",
    "pipeline_col_land_date": "Verwachte landing",
    "pipeline_col_mission": "Missie",
}
