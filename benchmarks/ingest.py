"""Ingest speed: end-to-end load of a generated projects file next to raw pandas reads.

Run: `make bench` or `PYTHONPATH=. .venv/bin/python benchmarks/ingest.py [ROWS ...]`
(default 100000). Prints rows/s;
nothing here is asserted. Files are generated under benchmarks/out/ (not committed).
"""

from __future__ import annotations

import datetime as dt
import random
import sys
import tempfile
import time
from pathlib import Path

import openpyxl
import pandas as pd

from tradeinvest.store import db, uploads

OUT = Path(__file__).parent / "out"
HEADER = ["Projectreferentie", "Bedrijf", "Pijler", "Soort project", "Land", "Sector",
          "Datum gerealiseerd", "Nieuwe directe banen", "Behouden banen", "Investering (EUR)",
          "Partner", "Gemeente"]
COUNTRIES = ["Duitsland", "Verenigde Staten", "China", "Japan", "India", "Taiwan", "VK", "CA"]
SECTORS = ["LSH", "ICT", "Gaming", "Duurzame technologie", "Agrifood"]


def projects_file(rows: int) -> Path:
    """A realistic projects sheet for 2024Q3 (written once, reused)."""
    path = OUT / f"projects_{rows}.xlsx"
    if path.exists():
        return path
    OUT.mkdir(exist_ok=True)
    rng = random.Random(rows)
    wb = openpyxl.Workbook(write_only=True)
    ws = wb.create_sheet("Projecten")
    ws.append(HEADER)
    start = dt.date(2024, 7, 1)
    for i in range(rows):
        ws.append([f"P-{i:07d}", f"Bedrijf {rng.randrange(rows // 3 + 1)} B.V.", "Invest",
                   rng.choice(["Nieuwe vestiging", "Uitbreiding"]), rng.choice(COUNTRIES),
                   rng.choice(SECTORS), start + dt.timedelta(days=rng.randrange(92)),
                   rng.randrange(1, 80), 0, rng.randrange(10_000, 5_000_000),
                   rng.choice(["IU", "UCIB", "ABT"]), "Utrecht"])
    wb.save(path)
    return path


def timed(label: str, rows: int, fn) -> float:
    start = time.perf_counter()
    fn()
    seconds = time.perf_counter() - start
    print(f"  {label:<42} {seconds:8.2f} s  {rows / seconds:>10,.0f} rows/s")
    return seconds


def main(sizes: list[int]) -> None:
    for rows in sizes:
        path = projects_file(rows)
        data = path.read_bytes()
        print(f"projects, {rows:,} rows, {len(data) / 1e6:.1f} MB")
        timed("pandas.read_excel(engine='calamine')", rows,
              lambda: pd.read_excel(path, engine="calamine"))
        if rows <= 100_000:
            timed("pandas.read_excel(engine='openpyxl')", rows,
                  lambda: pd.read_excel(path, engine="openpyxl"))
        with tempfile.TemporaryDirectory() as tmp:
            con = db.connect(Path(tmp) / "bench.duckdb")
            timed("tradeinvest load (read+validate+write)", rows,
                  lambda: uploads.load_upload(con, data, path.name, "projects", "2024Q3",
                                              "bench"))
            con.close()


if __name__ == "__main__":
    main([int(a) for a in sys.argv[1:]] or [100_000])
