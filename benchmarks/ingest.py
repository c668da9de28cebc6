"""Ingest speed: end-to-end load of a generated projects file next to raw parsers.

Run: `make bench` or `PYTHONPATH=. .venv/bin/python benchmarks/ingest.py [ROWS ...]`
(default 10000 100000; add 1000000 for the big one). For each size and format (xlsx, csv) it
prints rows/s of the raw parsers (pandas read_excel with calamine and openpyxl, python-calamine
itself, pandas read_csv), of the three stages of a load (reader, validator, write), and of the
end-to-end load, then the ratio end-to-end / fastest raw parse. Nothing here is asserted.
Files are generated under benchmarks/out/ (not committed).
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import random
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import openpyxl
import pandas as pd
import python_calamine

from tradeinvest.ingest.reader import read_upload
from tradeinvest.ingest.validate import Context, validate
from tradeinvest.periods import Quarter
from tradeinvest.store import db, reference, uploads

OUT = Path(__file__).parent / "out"
HEADER = ["Projectreferentie", "Bedrijf", "Pijler", "Soort project", "Land", "Sector",
          "Datum gerealiseerd", "Nieuwe directe banen", "Behouden banen", "Investering (EUR)",
          "Partner", "Gemeente"]
COUNTRIES = ["Duitsland", "Verenigde Staten", "China", "Japan", "India", "Taiwan", "VK", "CA"]
SECTORS = ["LSH", "ICT", "Gaming", "Duurzame technologie", "Agrifood"]
OPENPYXL_MAX_ROWS = 100_000  # openpyxl reads ~6k rows/s: a million rows would take minutes


def _rows(rows: int) -> Iterator[list[object]]:
    """A realistic projects sheet for 2024Q3 (same content for every format)."""
    rng = random.Random(rows)
    start = dt.date(2024, 7, 1)
    for i in range(rows):
        yield [f"P-{i:07d}", f"Bedrijf {rng.randrange(rows // 3 + 1)} B.V.", "Invest",
               rng.choice(["Nieuwe vestiging", "Uitbreiding"]), rng.choice(COUNTRIES),
               rng.choice(SECTORS), start + dt.timedelta(days=rng.randrange(92)),
               rng.randrange(1, 80), 0, rng.randrange(10_000, 5_000_000),
               rng.choice(["IU", "UCIB", "ABT"]), "Utrecht"]


def projects_file(rows: int, fmt: str) -> Path:
    """benchmarks/out/projects_ROWS.(xlsx|csv), written once and reused."""
    path = OUT / f"projects_{rows}.{fmt}"
    if path.exists():
        return path
    OUT.mkdir(exist_ok=True)
    if fmt == "xlsx":
        wb = openpyxl.Workbook(write_only=True)
        ws = wb.create_sheet("Projecten")
        ws.append(HEADER)
        for row in _rows(rows):
            ws.append(row)
        wb.save(path)
    else:  # what Dutch Excel writes: ';', dd-mm-jjjj, Windows-1252
        with path.open("w", newline="", encoding="cp1252") as f:
            writer = csv.writer(f, delimiter=";")
            writer.writerow(HEADER)
            for row in _rows(rows):
                row[6] = row[6].strftime("%d-%m-%Y")
                writer.writerow(row)
    return path


def timed(label: str, rows: int, fn: Callable[[], object]) -> float:
    start = time.perf_counter()
    fn()
    seconds = time.perf_counter() - start
    print(f"  {label:<44} {seconds:8.2f} s  {rows / seconds:>10,.0f} rows/s")
    return seconds


def stages(data: bytes, name: str, rows: int) -> None:
    """The load's own stages, timed apart (the write is measured by the end-to-end line)."""
    read = None

    def do_read() -> None:
        nonlocal read
        read = read_upload(data, name, "projects", max_bytes=len(data) + 1)

    timed("  stage: reader (read_upload)", rows, do_read)
    timed("  stage: validator (validate)", rows,
          lambda: validate(read, name, Quarter.parse("2024Q3"), Context()))


def bench(rows: int, fmt: str) -> None:
    path = projects_file(rows, fmt)
    data = path.read_bytes()
    print(f"projects, {rows:,} rows, {fmt}, {len(data) / 1e6:.1f} MB")
    raw: list[float] = []
    if fmt == "xlsx":
        raw.append(timed("pandas.read_excel(engine='calamine')", rows,
                         lambda: pd.read_excel(path, engine="calamine")))
        raw.append(timed("python-calamine to_python", rows, lambda: (
            python_calamine.CalamineWorkbook.from_filelike(io.BytesIO(data))
            .get_sheet_by_index(0).to_python())))
        if rows <= OPENPYXL_MAX_ROWS:
            raw.append(timed("pandas.read_excel(engine='openpyxl')", rows,
                             lambda: pd.read_excel(path, engine="openpyxl")))
    else:
        raw.append(timed("pandas.read_csv", rows,
                         lambda: pd.read_csv(path, sep=";", encoding="cp1252")))
    stages(data, path.name, rows)
    with tempfile.TemporaryDirectory() as tmp:
        con = db.connect(Path(tmp) / "bench.duckdb")
        if len(data) > 20 * 1024 * 1024:  # above the default upload cap (20 MB)
            reference.update_settings(con, {"max_upload_mb": len(data) / 2**20 + 1}, "bench")
        total = timed("tradeinvest load (read+validate+write)", rows,
                      lambda: uploads.load_upload(con, data, path.name, "projects", "2024Q3",
                                                  "bench"))
        con.close()
    print(f"  ratio end-to-end / fastest raw parse: {total / min(raw):.2f}")


def main(sizes: list[int]) -> None:
    for rows in sizes:
        for fmt in ("xlsx", "csv"):
            bench(rows, fmt)


if __name__ == "__main__":
    main([int(a) for a in sys.argv[1:]] or [10_000, 100_000])
