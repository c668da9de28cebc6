"""Ingest speed: end-to-end load of generated projects and contacts files next to raw parsers.

Run: `make bench` or `PYTHONPATH=. .venv/bin/python benchmarks/ingest.py [ROWS ...]`
(default 10000 100000; add 1000000 for the big one). For each kind (projects, contacts), size
and format (xlsx, csv) it prints rows/s of the raw parsers (pandas read_excel with calamine and
openpyxl, python-calamine `to_python`, fastexcel to Arrow — the reader the load itself uses —,
pandas read_csv, pyarrow.csv), of the stages of a load (reader, validator), and of the
end-to-end load, then the ratio end-to-end / fastest raw parse. Each figure is the best of
three runs below 1M rows (one run at 1M). A "floor" line shows the least any load can take: the
fastest parse written into a fresh DuckDB file and committed, with no checks and no history.
Nothing here is asserted. Files are generated under benchmarks/out/ (not committed).
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

import duckdb
import fastexcel
import openpyxl
import pandas as pd
import pyarrow as pa
import pyarrow.csv as pa_csv
import python_calamine

from tradeinvest.ingest.reader import read_upload
from tradeinvest.ingest.validate import Context, validate
from tradeinvest.loading import settings as reference_edits
from tradeinvest.loading import uploads
from tradeinvest.periods import Quarter
from tradeinvest.store import db

OUT = Path(__file__).parent / "out"
COUNTRIES = ["Duitsland", "Verenigde Staten", "China", "Japan", "India", "Taiwan", "VK", "CA"]
SECTORS = ["LSH", "ICT", "Gaming", "Duurzame technologie", "Agrifood"]
OPENPYXL_MAX_ROWS = 100_000  # openpyxl reads ~4k rows/s: a million rows would take minutes
START = dt.date(2024, 7, 1)  # 2024Q3


def _projects(rows: int) -> Iterator[list[object]]:
    """A realistic projects sheet for 2024Q3 (same content for every format)."""
    rng = random.Random(rows)
    for i in range(rows):
        yield [f"P-{i:07d}", f"Bedrijf {rng.randrange(rows // 3 + 1)} B.V.", "Invest",
               rng.choice(["Nieuwe vestiging", "Uitbreiding"]), rng.choice(COUNTRIES),
               rng.choice(SECTORS), START + dt.timedelta(days=rng.randrange(92)),
               rng.randrange(1, 80), 0, rng.randrange(10_000, 5_000_000),
               rng.choice(["IU", "UCIB", "ABT"]), "Utrecht"]


def _contacts(rows: int) -> Iterator[list[object]]:
    """A realistic contacts sheet for 2024Q3, a third with contact-person details."""
    rng = random.Random(rows + 1)
    for i in range(rows):
        person = rng.random() < 1 / 3
        yield [START + dt.timedelta(days=rng.randrange(92)),
               f"Bedrijf {rng.randrange(rows // 5 + 1)} GmbH", rng.choice(COUNTRIES),
               rng.choice(SECTORS), rng.choice(["Invest", "Trade"]),
               rng.choice(["Acquisitieprospect", "Investor-relationsbezoek", "Trade-klant"]),
               rng.choice(["Beurs", "Missie", "Online", "NFIA-lead"]), rng.choice(COUNTRIES),
               rng.choice(["IU", "UCIB", "ABT"]),
               f"Persoon {i}" if person else None,
               f"persoon{i}@bedrijf.example" if person else None,
               f"+31 6 {i:08d}" if person else None]


KINDS: dict[str, tuple[str, list[str], Callable[[int], Iterator[list[object]]]]] = {
    "projects": ("Projecten", [
        "Projectreferentie", "Bedrijf", "Pijler", "Soort project", "Land", "Sector",
        "Datum gerealiseerd", "Nieuwe directe banen", "Behouden banen", "Investering (EUR)",
        "Partner", "Gemeente"], _projects),
    "contacts": ("Contacten", [
        "Datum", "Bedrijf", "Land", "Sector", "Pijler", "Soort contact", "Kanaal",
        "Landenteam", "Partner", "Contactpersoon", "E-mail", "Telefoon"], _contacts),
}


def data_file(kind: str, rows: int, fmt: str) -> Path:
    """benchmarks/out/KIND_ROWS.(xlsx|csv), written once and reused."""
    path = OUT / f"{kind}_{rows}.{fmt}"
    if path.exists():
        return path
    OUT.mkdir(exist_ok=True)
    sheet, header, generate = KINDS[kind]
    if fmt == "xlsx":
        wb = openpyxl.Workbook(write_only=True)
        ws = wb.create_sheet(sheet)
        ws.append(header)
        for row in generate(rows):
            ws.append(row)
        wb.save(path)
    else:  # what Dutch Excel writes: ';', dd-mm-jjjj, Windows-1252
        with path.open("w", newline="", encoding="cp1252") as f:
            writer = csv.writer(f, delimiter=";")
            writer.writerow(header)
            for row in generate(rows):
                writer.writerow([v.strftime("%d-%m-%Y") if isinstance(v, dt.date) else v
                                 for v in row])
    return path


def repeats(rows: int) -> int:
    """Best of three below a million rows (runs of the same file differ by ~5-10 %)."""
    return 3 if rows < 1_000_000 else 1


def timed(label: str, rows: int, fn: Callable[[], object],
          setup: Callable[[], object] | None = None, once: bool = False) -> float:
    """The best of `repeats(rows)` runs of `fn` (`setup` runs untimed before each); `once`
    for the slow comparators, where a few per cent do not matter."""
    best = float("inf")
    for _ in range(1 if once else repeats(rows)):
        if setup:
            setup()
        start = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - start)
    print(f"  {label:<44} {best:8.2f} s  {rows / best:>10,.0f} rows/s")
    return best


def stages(data: bytes, name: str, kind: str, rows: int) -> None:
    """The load's own stages, timed apart (the write is the rest of the end-to-end line)."""
    read = None

    def do_read() -> None:
        nonlocal read
        read = read_upload(data, name, kind, max_bytes=len(data) + 1)

    timed("  stage: reader (read_upload)", rows, do_read)
    timed("  stage: validator (validate)", rows,
          lambda: validate(read, name, Quarter.parse("2024Q3"), Context()))


def raw_parsers(path: Path, data: bytes, fmt: str, rows: int) -> list[float]:
    """Seconds of each raw parser (no checks at all) on the same file."""
    if fmt == "csv":
        return [
            timed("pandas.read_csv", rows,
                  lambda: pd.read_csv(path, sep=";", encoding="cp1252")),
            timed("pyarrow.csv.read_csv", rows, lambda: pa_csv.read_csv(
                pa.BufferReader(data), read_options=pa_csv.ReadOptions(encoding="cp1252"),
                parse_options=pa_csv.ParseOptions(delimiter=";"))),
        ]
    times = [
        timed("pandas.read_excel(engine='calamine')", rows,
              lambda: pd.read_excel(path, engine="calamine")),
        timed("python-calamine to_python", rows, lambda: (
            python_calamine.CalamineWorkbook.from_filelike(io.BytesIO(data))
            .get_sheet_by_index(0).to_python())),
        timed("fastexcel to_arrow (the load's reader)", rows,
              lambda: fastexcel.read_excel(data).load_sheet(0).to_arrow()),
    ]
    if rows <= OPENPYXL_MAX_ROWS:
        times.append(timed("pandas.read_excel(engine='openpyxl')", rows,
                           lambda: pd.read_excel(path, engine="openpyxl"), once=True))
    else:
        print(f"  pandas.read_excel(engine='openpyxl'): skipped above {OPENPYXL_MAX_ROWS:,} "
              "rows (~4k rows/s, minutes)")
    return times


class FreshDatabase:
    """An empty database file before each timed run: `reset` closes, deletes and reopens it."""

    def __init__(self, path: Path, open_db: Callable[[Path], duckdb.DuckDBPyConnection]):
        self.path, self.open_db = path, open_db
        self.con: duckdb.DuckDBPyConnection | None = None

    def reset(self) -> None:
        self.close()
        self.path.unlink(missing_ok=True)
        self.con = self.open_db(self.path)

    def close(self) -> None:
        if self.con is not None:
            self.con.close()
            self.con = None


def floor(path: Path, data: bytes, fmt: str, rows: int, tmp: Path) -> float:
    """The bare minimum of a load: the fastest parse written into an open, empty DuckDB file
    and committed; no checks, no history (for CSV DuckDB's own reader, parsing and writing in
    one go)."""
    fresh = FreshDatabase(tmp / "floor.duckdb", lambda p: duckdb.connect(str(p)))

    def write() -> None:
        assert fresh.con is not None
        if fmt == "csv":
            fresh.con.execute("CREATE TABLE t AS SELECT * FROM read_csv(?, delim = ';', "
                              "header = true, all_varchar = true, encoding = 'latin-1')",
                              [str(path)])
        else:
            fresh.con.register("batch", fastexcel.read_excel(data).load_sheet(0).to_arrow())
            fresh.con.execute("CREATE TABLE t AS SELECT * FROM batch")

    seconds = timed("floor: parse + DuckDB write, no checks", rows, write, fresh.reset)
    fresh.close()
    return seconds


def bench_db(path: Path, upload_bytes: int) -> duckdb.DuckDBPyConnection:
    """The app's database, its upload cap raised above the default 20 MB when needed."""
    con = db.connect(path)
    if upload_bytes > 20 * 1024 * 1024:
        reference_edits.update_settings(con, {"max_upload_mb": upload_bytes / 2**20 + 1}, "bench")
    return con


def bench(kind: str, rows: int, fmt: str) -> None:
    path = data_file(kind, rows, fmt)
    data = path.read_bytes()
    print(f"{kind}, {rows:,} rows, {fmt}, {len(data) / 1e6:.1f} MB")
    raw = raw_parsers(path, data, fmt, rows)
    stages(data, path.name, kind, rows)
    with tempfile.TemporaryDirectory() as tmp:
        bare = floor(path, data, fmt, rows, Path(tmp))
        fresh = FreshDatabase(Path(tmp) / "bench.duckdb", lambda p: bench_db(p, len(data)))
        total = timed("tradeinvest load (read+validate+write)", rows,
                      lambda: uploads.load_upload(fresh.con, data, path.name, kind, "2024Q3",
                                                  "bench"), fresh.reset)
        fresh.close()
    print(f"  ratio end-to-end / fastest raw parse: {total / min(raw):.2f}; "
          f"/ floor: {total / bare:.2f}")


def main(sizes: list[int]) -> None:
    for rows in sizes:
        for kind in KINDS:
            for fmt in ("xlsx", "csv"):
                bench(kind, rows, fmt)


if __name__ == "__main__":
    main([int(a) for a in sys.argv[1:]] or [10_000, 100_000])
