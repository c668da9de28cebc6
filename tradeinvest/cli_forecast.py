"""Command-line part for the year-end forecast and its backtest (`forecast`), hooked into cli.py.

    python -m tradeinvest forecast --year 2025 --quarter Q3 [--json]
    python -m tradeinvest forecast --backtest [--json]

The figures are those of `measure.headline_forecast.summary` (backtest errors of the years
before `--year`) / `measure.backtest.backtest_summary`, the same functions the Overview shows.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from tradeinvest import jsonsafe
from tradeinvest.cli_read import reading
from tradeinvest.texts import t


def add_parser(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    fc = sub.add_parser("forecast", help="year-end forecast of new jobs by each method, or "
                        "how each did in past years (--backtest)")
    fc.add_argument("--year", type=int, help="the year to forecast")
    fc.add_argument("--quarter", help="Q1..Q4: as seen at the end of that quarter")
    fc.add_argument("--backtest", action="store_true",
                    help="every past quarter end replayed on the data as reported then")
    fc.add_argument("--json", action="store_true", help="print JSON")


def _value(value: object) -> str:
    return "–" if value is None else f"{value:.0f}" if isinstance(value, float) else str(value)


def _print_forecast(summary: dict) -> None:
    """The forecast as lines of text (Dutch, like the other commands)."""
    print(t("cli_forecast_head", year=summary["year"], quarter=summary["quarter"],
            realised=_value(summary["realised"]), target=_value(summary["target"])))
    for method, row in summary["methods"].items():
        best = t("cli_forecast_best") if method == summary["best_method"] else ""
        interval = ("" if row["low"] is None else
                    t("cli_forecast_interval", low=_value(row["low"]), high=_value(row["high"])))
        print(t("cli_forecast_method", method=t(f"forecast_method_{method}"),
                forecast=_value(row["forecast"]), interval=interval, mae=_value(row["mae"]),
                best=best))
    print(t("cli_forecast_still_needed", expected=_value(summary["expected_from_pipeline"]),
            needed=_value(summary["still_needed"])))


def _print_backtest(summary: dict) -> None:
    for row in summary["forecasts"]:
        print(f"{row['period']}  {t('forecast_method_' + row['method']):<22} "
              f"{_value(row['forecast']):>7} {_value(row['actual']):>7} "
              f"{_value(row['error']):>7}")
    for method, row in summary["methods"].items():
        coverage = "–" if row["coverage"] is None else f"{row['coverage']:.0%}"
        print(t("cli_backtest_method", method=t(f"forecast_method_{method}"), n=row["n"],
                mae=_value(row["mae"]), coverage=coverage))


def run(path: Path, args: argparse.Namespace) -> int:
    """`forecast`: exit 2 without --year and --quarter (or --backtest)."""
    from tradeinvest.measure.backtest import backtest_summary
    from tradeinvest.measure.headline_forecast import summary as forecast_summary

    if not args.backtest and (args.year is None or args.quarter is None):
        print(t("cli_failed", reason=t("cli_forecast_period")), file=sys.stderr)
        return 2
    try:
        with reading(path) as con:
            summary = (backtest_summary(con) if args.backtest
                       else forecast_summary(con, args.year, args.quarter))
    except ValueError as exc:  # a quarter that is not one, said in Dutch
        print(t("cli_failed", reason=exc), file=sys.stderr)
        return 2
    if args.json:
        print(jsonsafe.dumps(summary, indent=2, ensure_ascii=False, default=str))
    elif args.backtest:
        _print_backtest(summary)
    else:
        _print_forecast(summary)
    return 0
