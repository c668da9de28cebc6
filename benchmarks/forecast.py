"""Forecast and backtest speed: 8 years × 4 quarters of uploads with N pipeline opportunities.

Run: `PYTHONPATH=. .venv/bin/python benchmarks/forecast.py [OPPORTUNITIES ...]` (default
10,000). Builds a fresh DuckDB file: for every quarter 2018Q1-2025Q4, in order, a projects
upload (25 projects) and a pipeline upload (each opportunity is listed from the quarter it
enters until the quarter it is won or lost, or it stays open; ~3 quarters on average), each
an hour after the one before, written by the store's own writer. Timed (median of three runs
after a first, wall clock and CPU): the 2025Q3 forecast, the backtest (every quarter 1-3 of
the 8 finished years as reported then) and `forecast_summary` (forecast + backtest, what the
Overview and `forecast` ask). Prints figures; nothing is asserted.
"""

from __future__ import annotations

import datetime as dt
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import duckdb
import numpy as np
import pyarrow as pa

from tradeinvest.measure import backtest, forecast
from tradeinvest.periods import Period, Quarter
from tradeinvest.store import db, uploads

YEARS = range(2018, 2026)
STAGES = np.array(["prospect", "active", "verify"])
LIKELIHOODS = np.array(["high", "medium", "low"])


def _opportunities(count: int, rng: np.random.Generator) -> dict[str, np.ndarray]:
    """Entry quarter (0..31), quarters listed, outcome (won / lost / open), jobs, likelihood."""
    return {"entry": rng.integers(0, 32, count), "life": rng.integers(1, 6, count),
            "outcome": rng.choice(np.array(["won", "lost", "open"]), count, p=[.3, .4, .3]),
            "jobs": rng.integers(1, 120, count).astype(float),
            "likelihood": rng.choice(LIKELIHOODS, count),
            "land": rng.integers(0, 36, count)}  # expected land quarter index


def _pipeline_rows(opps: dict[str, np.ndarray], index: int) -> pa.Table:
    """The pipeline file of quarter `index`: every opportunity listed then, with its stage."""
    age = index - opps["entry"]
    listed = (age >= 0) & (age < opps["life"])
    last = age == opps["life"] - 1
    stage = STAGES[np.clip(age, 0, 2)]
    stage = np.where(last & (opps["outcome"] != "open"), opps["outcome"], stage)[listed]
    land = opps["land"][listed]
    count = int(listed.sum())
    refs = np.flatnonzero(listed)
    return pa.table({
        "source_row": np.arange(2, count + 2), "reference": [f"O-{r}" for r in refs],
        "company": [f"Company {r}" for r in refs], "country": ["DE"] * count,
        "sector": ["ict"] * count, "pillar": ["invest"] * count, "stage": stage,
        "likelihood": opps["likelihood"][listed], "expected_jobs": opps["jobs"][listed],
        "expected_land_date": [dt.date(2018 + int(q) // 4, 3 * (int(q) % 4) + 1, 1)
                               for q in land]})


def build(path: Path, count: int) -> None:
    con = db.connect(path)
    rng = np.random.default_rng(2018)
    opps = _opportunities(count, rng)
    at = dt.datetime(2018, 4, 1)
    for index, q in enumerate(Quarter(y, n) for y in YEARS for n in (1, 2, 3, 4)):
        day = q.start + dt.timedelta(days=40)
        projects = pa.table({
            "source_row": np.arange(2, 27), "reference": [f"P-{q}-{i}" for i in range(25)],
            "company": [f"Company {q} {i}" for i in range(25)], "pillar": ["invest"] * 25,
            "project_kind": ["new"] * 25, "country": ["DE"] * 25, "sector": ["ict"] * 25,
            "theme": ["slim"] * 25, "date_realised": [day] * 25,
            "date_realised_precision": ["day"] * 25,
            "new_jobs": rng.integers(1, 20, 25).astype(float), "retained_jobs": [0.0] * 25,
            "nfia_assisted": [False] * 25, "ema_brexit": [False] * 25})
        for kind, table in (("projects", projects), ("pipeline", _pipeline_rows(opps, index))):
            upload = uploads.Upload(kind, Period(q.year, q.q), f"{kind}-{q}.xlsx", "-",
                                    [(kind, table)], table.num_rows)
            uploads.record_load(con, upload, "bench", at)
            at += dt.timedelta(hours=1)
    con.execute("CHECKPOINT")
    con.close()


def _timed(fn: Callable[[], object]) -> tuple[float, float]:
    """Median wall-clock and CPU seconds (this process, all threads) of three warm runs: on a
    shared machine the CPU time says what the wall clock waits for others."""
    fn()  # first run: connection caches, the company-key function
    wall, cpu = [], []
    for _ in range(3):
        start, start_cpu = time.perf_counter(), time.process_time()
        fn()
        wall.append(time.perf_counter() - start)
        cpu.append(time.process_time() - start_cpu)
    return statistics.median(wall), statistics.median(cpu)


def _report(con: duckdb.DuckDBPyConnection) -> None:
    for name, fn in (
            ("forecast 2025Q3", lambda: forecast.forecast(con, 2025, 3)),
            ("backtest (8 years × Q1-Q3)", lambda: backtest.backtest(con)),
            ("forecast + backtest (summary)", lambda: backtest.forecast_summary(con, 2025, 3))):
        wall, cpu = _timed(fn)
        print(f"  {name:<32} {wall:7.3f} s  (CPU {cpu:.3f} s)")


def main(counts: list[int]) -> None:
    for count in counts:
        with tempfile.TemporaryDirectory() as folder:
            path = Path(folder) / "bench.duckdb"
            start = time.perf_counter()
            build(path, count)
            built = time.perf_counter() - start
            con = db.connect(path)
            rows = con.execute("SELECT count(*) FROM pipeline").fetchone()[0]
            open_now = len(forecast.open_at(con, 2025, 3))
            tested = backtest.backtest(con)
            print(f"{count:,} opportunities, {rows:,} pipeline rows, 64 uploads "
                  f"(built in {built:.1f} s); open at 2025Q3: {open_now:,}; "
                  f"backtest: {len(tested):,} forecasts")
            _report(con)
            con.close()


if __name__ == "__main__":
    main([int(a) for a in sys.argv[1:]] or [10_000])
