"""The Overview's forecast: the method most accurate here (lowest backtest error) with its
interval, what is still needed from the pipeline, the backtest behind the choice and the
opportunities that matter most. Figures from `measure.headline_forecast.summary` (the backtest
of years before the viewed one only), the same function the `forecast` command prints."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from tradeinvest.measure import headline_forecast
from tradeinvest.reporting import fmt
from tradeinvest.texts import t
from tradeinvest.ui import state, widgets


def _method(code: str | None, lang: str) -> str:
    return t(f"forecast_method_{code}", lang) if code else "–"


def _backtest_tables(year: int, lang: str) -> None:
    """Per method its error and coverage; per method and quarter end forecast against actual
    (years before `year` only: what the choice of method rests on)."""
    tested = state.measure(headline_forecast.backtest_rows, year)
    scores = pd.DataFrame([{"method": _method(m, lang), "n": v["n"], "mae": v["mae"],
                            "coverage_share": v["coverage"]}
                           for m, v in tested["methods"].items()])
    widgets.table(scores, "backtest_methoden", lang,
                  {"method": t("forecast_col_method", lang), "n": t("forecast_col_n", lang),
                   "mae": t("forecast_col_mae", lang),
                   "coverage_share": t("forecast_col_coverage", lang)})
    rows = pd.DataFrame(tested["forecasts"], columns=["method", "period", "forecast", "low",
                                                      "high", "actual", "error"])
    rows["method"] = [_method(m, lang) for m in rows["method"]]
    widgets.table(rows, "backtest", lang,
                  {name: t(f"forecast_col_{name}", lang) for name in rows.columns})


def _opportunities(summary: dict, names: dict[str, str], lang: str) -> None:
    top = pd.DataFrame(summary["opportunities"],
                       columns=["reference", "company", "country", "stage", "likelihood",
                                "expected_jobs", "probability", "weighted_jobs"])
    top = top.rename(columns={"probability": "probability_share"}).assign(
        country=[names.get(c, c) for c in top["country"]],
        stage=[t(f"forecast_stage_{s}", lang) for s in top["stage"]],
        likelihood=[t(f"forecast_likelihood_{lk}", lang) for lk in top["likelihood"]])
    labels = {name: t(f"forecast_col_{name}", lang)
              for name in ("reference", "company", "country", "stage", "likelihood",
                           "expected_jobs", "weighted_jobs")}
    labels["probability_share"] = t("forecast_col_probability", lang)
    widgets.table(top, "kansen", lang, labels)


def section(year: int, quarter: int, lang: str, names: dict[str, str]) -> None:
    """The forecast for `year` as seen at the end of `quarter` (the region's, unfiltered)."""
    summary = state.measure(headline_forecast.summary, year, quarter)
    st.subheader(t("forecast_title", lang))
    best = summary["best_method"]
    shown = summary["methods"][best or "run_rate"]
    c1, c2, c3 = st.columns(3)
    interval = (t("forecast_interval", lang, low=fmt.number(shown["low"], 0, lang),
                  high=fmt.number(shown["high"], 0, lang))
                if shown["low"] is not None else t("forecast_no_interval", lang))
    c1.metric(t("forecast_best", lang, method=_method(best or "run_rate", lang)),
              fmt.number(shown["forecast"], 0, lang), interval, delta_color="off",
              delta_arrow="off")
    c2.metric(t("forecast_expected", lang),
              fmt.number(summary["expected_from_pipeline"], 0, lang))
    c3.metric(t("forecast_still_needed", lang), fmt.number(summary["still_needed"], 0, lang),
              help=t("forecast_still_needed_help", lang))
    if best is None:
        st.caption(t("forecast_untested", lang, method=_method("run_rate", lang)))
    else:
        st.caption(t("forecast_why", lang, mae=fmt.number(shown["mae"], 0, lang),
                     n=fmt.number(shown["tested"], 0, lang)))
    if summary["expected_from_pipeline"] is None:
        st.caption(t("forecast_no_pipeline", lang, through=f"{year}Q{quarter}"))
    with st.expander(t("forecast_backtest_title", lang)):
        st.caption(t("forecast_backtest_help", lang))
        _backtest_tables(year, lang)
    if summary["opportunities"]:
        with st.expander(t("forecast_top_title", lang)):
            _opportunities(summary, names, lang)
