"""English texts: the pipeline (page and drill-down sections) and the
forecast on the Overview. Same keys as the other language's `pipeline`."""

from __future__ import annotations

TEXTS: dict[str, str] = {
    # the forecast on the Overview
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
    # the pipeline (ui/pipeline.py, pages/pipeline.py)
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
}
