"""What the import assistant's suggestion costs beside the check, on the coordinator's own file.

Run: `PYTHONPATH=. .venv/bin/python benchmarks/assistant.py [ROWS ...]` (default 100000).
The file is the quarterly list of issue 15 kept her way: a two-line title block, the headers
"Bedrijfsnaam, Land van herkomst, Sector, Type, Datum bekendmaking, Aantal banen (3 jaar),
Investering (mln €), Opmerkingen", no reference and no pillar column. It prints the seconds of
the check alone (the file read with the suggested mapping and validated, as `check_upload`
does: the check the coordinator's confirmation starts; the check of the file as it is,
without a mapping, which refuses it, beside it), of the
suggestion (`read_layout` + `guess_sheets` + `suggested_mapping`), and the suggestion as a
share of the check. Best of three runs; nothing is asserted. Files go to benchmarks/out/.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import random
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import openpyxl

from tradeinvest.ingest.column_guess import guess_sheets, suggested_mapping
from tradeinvest.ingest.layout import SheetLayout, read_layout
from tradeinvest.ingest.mapping import Mapping
from tradeinvest.ingest.reader import read_upload
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
        kind = rng.choice(KINDS)
        ws.append([f"Bedrijf {i} B.V.", rng.choice(COUNTRIES), rng.choice(SECTORS), kind,
                   START + dt.timedelta(days=rng.randrange(92)),
                   0 if kind == "Behoud" else rng.randrange(1, 80),
                   round(rng.uniform(0.1, 50), 1), "via NFIA" if i % 50 == 0 else None])
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


def suggest(data: bytes, name: str) -> Mapping:
    """What the assistant does before the coordinator confirms: look, guess, propose."""
    layouts, _ = read_layout(data, name, "projects", max_bytes=len(data) + 1)
    guesses = guess_sheets("projects", layouts)
    return suggested_mapping("projects", {spec: found[0] for spec, found in guesses.items()
                                          if found})


def check_mapped(con: object, data: bytes, name: str, mapping: Mapping) -> check.Checked:
    """`check_upload` with a confirmed mapping: read by the mapping, then validated."""
    read = read_upload(data, name, "projects", max_bytes=len(data) + 1, mapping=mapping)
    return check.check_read(con, read, name, "projects", check.period_of("projects", PERIOD, name),
                            hashlib.sha256(data).hexdigest())


def bench(rows: int) -> None:
    path = coordinator_file(rows)
    data = path.read_bytes()
    print(f"coordinator's projects list, {rows:,} rows, xlsx, {len(data) / 1e6:.1f} MB")
    mapping = suggest(data, path.name)
    print(f"  suggested: {mapping.sheets['projects'].columns}, derived "
          f"{sorted(mapping.sheets['projects'].derived)}, notes {mapping.sheets['projects'].notes}")
    with tempfile.TemporaryDirectory() as tmp:
        con = db.connect(Path(tmp) / "bench.duckdb")
        as_is = timed("check, file as it is (no mapping: refused)", lambda: check.check_upload(
            con, data, path.name, "projects", PERIOD))
        mapped = timed("check with the suggested mapping",
                       lambda: check_mapped(con, data, path.name, mapping))
        verdict = check_mapped(con, data, path.name, mapping)
        print(f"  the mapped check: {verdict.validated.rows:,} rows pass, "
          f"{len(verdict.problems)} problems")
        con.close()
    layouts: list[SheetLayout] = []

    def look() -> None:
        layouts[:] = read_layout(data, path.name, "projects", max_bytes=len(data) + 1)[0]

    timed("  of which read_layout", look)
    timed("  of which guess_sheets + suggested_mapping", lambda: suggested_mapping(
        "projects", {s: f[0] for s, f in guess_sheets("projects", layouts).items() if f}))
    suggestion = timed("suggestion (read_layout + guess_sheets + mapping)",
                       lambda: suggest(data, path.name))
    print(f"  suggestion / check as it is: {100 * suggestion / as_is:.1f} %; "
          f"/ check with the mapping: {100 * suggestion / mapped:.1f} %")


def main(sizes: list[int]) -> None:
    for rows in sizes:
        bench(rows)


if __name__ == "__main__":
    main([int(a) for a in sys.argv[1:]] or [100_000])
