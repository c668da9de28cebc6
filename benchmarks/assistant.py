"""What the import assistant's suggestion costs beside the check, on the coordinator's own file.

Run: `PYTHONPATH=. .venv/bin/python benchmarks/assistant.py [ROWS ...]` (default 100000).
The file is the quarterly list of issue 15 kept her way: a two-line title block, the headers
"Bedrijfsnaam, Land van herkomst, Sector, Type, Datum bekendmaking, Aantal banen (3 jaar),
Investering (mln €), Opmerkingen", no reference and no pillar column. It prints the seconds of
the check alone (`check_upload` with the suggested mapping, the check the coordinator's
confirmation starts; the check of the file as it is, without a mapping, beside it), of the
suggestion (`read_layout` + `guess_sheets` + `suggested_mapping`), and the suggestion as a
share of the check. Best of three runs; nothing is asserted. Files go to benchmarks/out/.
"""

from __future__ import annotations

import datetime as dt
import inspect
import random
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import openpyxl

from tradeinvest.ingest.column_guess import guess_sheets, suggested_mapping
from tradeinvest.ingest.layout import read_layout
from tradeinvest.loading import check
from tradeinvest.store import db

OUT = Path(__file__).parent / "out"
HEADERS = ["Bedrijfsnaam", "Land van herkomst", "Sector", "Type", "Datum bekendmaking",
           "Aantal banen (3 jaar)", "Investering (mln €)", "Opmerkingen"]
COUNTRIES = ["Duitsland", "Verenigde Staten", "China", "Japan", "India", "Taiwan", "VK", "CA"]
SECTORS = ["LSH", "ICT", "Gaming", "Duurzame technologie", "Agrifood"]
KINDS = ["Nieuwe vestiging", "Uitbreiding", "Behoud", "Exportcontract"]
START = dt.datetime(2016, 10, 1)  # 2016Q4
PERIOD = "2016Q4"


def coordinator_file(rows: int) -> Path:
    """benchmarks/out/coordinator_ROWS.xlsx, written once and reused."""
    path = OUT / f"coordinator_{rows}.xlsx"
    if path.exists():
        return path
    OUT.mkdir(exist_ok=True)
    rng = random.Random(rows)
    wb = openpyxl.Workbook(write_only=True)
    ws = wb.create_sheet("Q4 2016")
    ws.append(["Nieuwe investeringen regio Utrecht"])
    ws.append(["Stand 31-12-2016"])
    ws.append(HEADERS)
    for i in range(rows):
        ws.append([f"Bedrijf {rng.randrange(rows // 3 + 1)} B.V.", rng.choice(COUNTRIES),
                   rng.choice(SECTORS), rng.choice(KINDS),
                   START + dt.timedelta(days=rng.randrange(92)), rng.randrange(1, 80),
                   round(rng.uniform(0.1, 50), 1),
                   "via NFIA" if i % 50 == 0 else None])
    wb.save(path)
    return path


def timed(label: str, fn: Callable[[], object]) -> float:
    """Best of three runs of `fn`, printed."""
    best = float("inf")
    for _ in range(3):
        start = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - start)
    print(f"  {label:<52} {best:8.3f} s")
    return best


def suggest(data: bytes, name: str) -> object:
    """What the assistant does before the coordinator confirms: look, guess, propose."""
    layouts, _ = read_layout(data, name, "projects", max_bytes=len(data) + 1)
    guesses = guess_sheets("projects", layouts)
    return suggested_mapping("projects", {spec: found[0] for spec, found in guesses.items()
                                          if found})


def bench(rows: int) -> None:
    path = coordinator_file(rows)
    data = path.read_bytes()
    print(f"coordinator's projects list, {rows:,} rows, xlsx, {len(data) / 1e6:.1f} MB")
    mapping = suggest(data, path.name)
    with tempfile.TemporaryDirectory() as tmp:
        con = db.connect(Path(tmp) / "bench.duckdb")
        # check_upload takes the confirmed mapping once the assistant's check is merged (i15d)
        takes_mapping = "mapping" in inspect.signature(check.check_upload).parameters
        as_is = timed("check, file as it is (no mapping)", lambda: check.check_upload(
            con, data, path.name, "projects", PERIOD))
        mapped = timed("check with the suggested mapping", lambda: check.check_upload(
            con, data, path.name, "projects", PERIOD, mapping=mapping)) if takes_mapping else None
        con.close()
    suggestion = timed("suggestion (read_layout + guess_sheets + mapping)",
                       lambda: suggest(data, path.name))
    if mapped is not None:
        print(f"  suggestion / check with mapping: {100 * suggestion / mapped:.1f} %")
    print(f"  suggestion / check as it is: {100 * suggestion / as_is:.1f} %")


def main(sizes: list[int]) -> None:
    for rows in sizes:
        bench(rows)


if __name__ == "__main__":
    main([int(a) for a in sys.argv[1:]] or [100_000])
