"""The forecast on the Overview and on the command line: the same figures, from one function."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from apptest import app, metrics
from pipeline_factory import load_pipeline, opportunity

from tradeinvest import cli
from tradeinvest.measure.headline_forecast import summary as forecast_summary
from tradeinvest.reporting import fmt
from tradeinvest.store import db
from tradeinvest.texts import t


def _with_pipeline(path) -> dict:
    """The sample plus a 2024 pipeline history and a 2025Q3 pipeline; the summary for 2025Q3."""
    con = db.connect(path)
    try:
        load_pipeline(con, "2024Q3", [opportunity("H1", "verify", "high", 30),
                                      opportunity("H2", "active", "medium", 20)])
        load_pipeline(con, "2024Q4", [opportunity("H1", "won", "high", 30)])
        load_pipeline(con, "2025Q3", [
            opportunity("O-1", "verify", "high", 120, dt.date(2025, 11, 1)),
            opportunity("O-2", "active", "medium", 60, None),
            opportunity("O-3", "prospect", "low", 300, dt.date(2025, 12, 1))])
        return json.loads(json.dumps(forecast_summary(con, 2025, 3)))
    finally:
        con.close()


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_overview_shows_forecast_interval_and_still_needed(app_db, lang):
    summary = _with_pipeline(app_db)
    at = app(jaar="2025", kwartaal="3", taal=lang)
    best = summary["best_method"]
    shown = summary["methods"][best]
    label = t("forecast_best", lang, method=t(f"forecast_method_{best}", lang))
    assert metrics(at)[label] == fmt.number(shown["forecast"], 0, lang)
    assert metrics(at)[t("forecast_still_needed", lang)] == fmt.number(
        summary["still_needed"], 0, lang)
    assert metrics(at)[t("forecast_expected", lang)] == fmt.number(
        summary["expected_from_pipeline"], 0, lang)
    metric = next(m for m in at.metric if m.label == label)
    if shown["low"] is not None:
        assert metric.delta == t("forecast_interval", lang, low=fmt.number(shown["low"], 0, lang),
                                 high=fmt.number(shown["high"], 0, lang))
    assert summary["still_needed"] == pytest.approx(
        summary["target"] - summary["realised"] - summary["expected_from_pipeline"])
    pipeline = summary["methods"]["pipeline"]
    assert pipeline["low"] <= pipeline["forecast"] <= pipeline["high"]
    weights = [o["weighted_jobs"] for o in summary["opportunities"]]
    assert weights == sorted(weights, reverse=True) and len(weights) == 3
    assert sum(weights) == pytest.approx(summary["expected_from_pipeline"])
    expanders = [e.label for e in at.expander]
    assert t("forecast_backtest_title", lang) in expanders


def test_the_command_prints_what_the_page_shows(app_db, capsys):
    summary = _with_pipeline(app_db)
    assert cli.main(["forecast", "--year", "2025", "--quarter", "Q3", "--json",
                     "--db", str(app_db)]) == 0
    assert json.loads(capsys.readouterr().out) == summary
    assert cli.main(["forecast", "--backtest", "--json", "--db", str(app_db)]) == 0
    tested = json.loads(capsys.readouterr().out)
    for method, shown in summary["methods"].items():  # the page's errors: years before 2025
        errors = [abs(r["error"]) for r in tested["forecasts"]
                  if r["method"] == method and r["year"] < 2025]
        assert shown["mae"] == pytest.approx(sum(errors) / len(errors))
    assert all(row["error"] == pytest.approx(row["forecast"] - row["actual"])
               for row in tested["forecasts"])
    assert cli.main(["forecast", "--db", str(app_db)]) == 2  # neither a quarter nor --backtest
    assert "--year" in capsys.readouterr().err


def test_the_governors_report_has_the_forecast_interval_and_backtest_error(app_db):
    from tradeinvest.reporting import report

    summary = _with_pipeline(app_db)
    con = db.connect(app_db)
    try:
        built = report.build(con, 2025, 3, "en")
    finally:
        con.close()
    progress = built.tables[0].frame.set_index("figure")["value"]
    pipeline = summary["methods"]["pipeline"]
    assert progress[t("report_forecast_low", "en")] == pytest.approx(pipeline["low"])
    assert progress[t("report_forecast_high", "en")] == pytest.approx(pipeline["high"])
    assert progress[t("report_still_needed", "en")] == pytest.approx(summary["still_needed"])
    run_rate = t("report_backtest_mae", "en", method=t("forecast_method_run_rate", "en"))
    assert progress[run_rate] == pytest.approx(summary["methods"]["run_rate"]["mae"])
