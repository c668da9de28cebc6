"""The Overview's forecast in Debian's Chromium, on the sample (its pipeline 2018-2025): the
forecast most accurate here with its interval, still needed, and the backtest behind it, as
`forecast_summary` has them. Screenshot: test-artifacts/forecast_overview.png."""

from __future__ import annotations

import json

from tests.sample_db import sample_copy
from tradeinvest.measure.headline_forecast import summary as forecast_summary
from tradeinvest.reporting import fmt
from tradeinvest.store import db
from tradeinvest.texts import t


def test_overview_shows_the_forecast_interval_and_still_needed(chromium_browser, tmp_path):
    from tests.browser import streamlit_page

    path = sample_copy(tmp_path / "tradeinvest.duckdb")
    con = db.connect(path)
    try:
        summary = json.loads(json.dumps(forecast_summary(con, 2025, 3)))
    finally:
        con.close()
    best = summary["best_method"]
    shown = summary["methods"][best]
    with streamlit_page("app.py", tmp_path, browser=chromium_browser,
                        path="/overzicht?jaar=2025&kwartaal=3",
                        viewport=(1400, 2400)) as app:
        page = app.page
        main = page.locator('[data-testid="stMain"]')
        main.get_by_text(t("forecast_title", "nl")).wait_for()
        app.screenshot("forecast_overview.png", full_page=True)
        assert page.locator('[data-testid="stException"]').count() == 0
        metrics = {m.locator('[data-testid="stMetricLabel"]').inner_text().strip():
                   m.locator('[data-testid="stMetricValue"]').inner_text().strip()
                   for m in main.locator('[data-testid="stMetric"]').all()}
        label = t("forecast_best", "nl", method=t(f"forecast_method_{best}", "nl"))
        assert metrics[label] == fmt.number(shown["forecast"], 0, "nl")
        assert metrics[t("forecast_still_needed", "nl")] == fmt.number(summary["still_needed"],
                                                                       0, "nl")
        if shown["low"] is not None:
            interval = t("forecast_interval", "nl", low=fmt.number(shown["low"], 0, "nl"),
                         high=fmt.number(shown["high"], 0, "nl"))
            assert main.get_by_text(interval).count() >= 1  # the card and the section agree
        main.get_by_text(t("forecast_backtest_title", "nl")).click()
        main.get_by_text(t("forecast_backtest_help", "nl")).wait_for()
