"""Faults: a load killed at any moment, and readers running while a load replaces a quarter.

A power cut or a killed process in the middle of a load must leave the database either as it
was or with the whole upload, and it must open again. Pages read while the coordinator loads:
every figure they see is the old one or the new one, never a half-loaded quarter.
(One writer per file across processes, "De database … is in gebruik", is covered by
tests/test_cli.py::test_a_load_while_another_process_holds_the_database_says_so.)
"""

from __future__ import annotations

import datetime as dt
import io
import random
import shutil
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import openpyxl
import pytest
from conftest import PROJECT_HEADER, db_snapshot, project_row, projects_xlsx

from tradeinvest.store import db, uploads

ROOT = Path(__file__).resolve().parents[1]
NOW = dt.datetime(2024, 10, 2, 9, 0)  # fixed, so a completed load has one exact content
ROWS = 20_000


def big_projects_xlsx(rows: int, seed: int, date: str = "15-08-2024") -> tuple[bytes, int]:
    """A projects sheet for 2024Q3 with whole-number jobs (sums are exact in any order);
    returns the file and its total of new jobs."""
    rng = random.Random(seed)
    wb = openpyxl.Workbook(write_only=True)
    ws = wb.create_sheet("Projecten")
    ws.append(PROJECT_HEADER)
    total = 0
    for i in range(rows):
        jobs = rng.randrange(1, 80)
        total += jobs
        ws.append(project_row(f"P-{seed}-{i:06d}", company=f"Bedrijf {rng.randrange(5000)}",
                              country=rng.choice(["Duitsland", "VS", "Japan", "India"]),
                              sector=rng.choice(["ICT", "LSH", "Gaming"]), date=date, jobs=jobs))
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue(), total


# --- SIGKILL during a load --------------------------------------------------------------------

CHILD = """
import datetime as dt, sys, time
from pathlib import Path
from tradeinvest.store import db, uploads

path, file, mode = sys.argv[1], Path(sys.argv[2]), sys.argv[3]
con = db.connect(path)
data = file.read_bytes()

def hang(_cur):  # inside the transaction, every row written, just before COMMIT
    print("in-transaction", flush=True)
    time.sleep(600)

print("ready", flush=True)
started = time.perf_counter()
uploads.load_upload(con, data, file.name, "projects", "2024Q3", "kill-test",
                    now=dt.datetime.fromisoformat(sys.argv[4]),
                    before_commit=hang if mode == "hang" else None)
print("loaded", time.perf_counter() - started, flush=True)
con.close()
print("done", flush=True)
"""


@pytest.fixture(scope="module")
def big_file() -> tuple[bytes, int]:
    """Written once for the module: openpyxl needs a few seconds for 20k rows."""
    return big_projects_xlsx(ROWS, seed=1)


@pytest.fixture(scope="module")
def kill_setup(tmp_path_factory: pytest.TempPathFactory, big_file: tuple[bytes, int]):
    """A database holding one earlier upload, the big file, and the two allowed contents."""
    tmp = tmp_path_factory.mktemp("kill")
    base = tmp / "base.duckdb"
    con = db.connect(base)
    uploads.load_upload(con, projects_xlsx(project_row("P-Q2", date="15-05-2024")), "q2.xlsx",
                        "projects", "2024Q2", "c", now=NOW - dt.timedelta(days=90))
    before = db_snapshot(con)
    con.close()
    data = big_file[0]
    big = tmp / "projecten-q3.xlsx"
    big.write_bytes(data)

    full = tmp / "full.duckdb"
    shutil.copy(base, full)
    con = db.connect(full)
    uploads.load_upload(con, data, big.name, "projects", "2024Q3", "kill-test", now=NOW)
    after = db_snapshot(con)
    con.close()
    assert len(after["projects"]) == ROWS + 1
    return base, big, before, after


def _start_child(path: Path, big: Path, mode: str) -> subprocess.Popen[str]:
    child = subprocess.Popen([sys.executable, "-c", CHILD, str(path), str(big), mode,
                              NOW.isoformat()], stdout=subprocess.PIPE, text=True, cwd=ROOT)
    assert child.stdout is not None
    assert child.stdout.readline().strip() == "ready"
    return child


def _kill(child: subprocess.Popen[str]) -> None:
    child.send_signal(signal.SIGKILL)  # no-op when it has already finished
    child.wait()


def _content_after_crash(path: Path) -> dict[str, list[tuple]]:
    con = db.connect(path)  # must open (and replay or drop the WAL) without error
    try:
        return db_snapshot(con)
    finally:
        con.close()


def test_a_load_killed_inside_its_transaction_leaves_the_earlier_content(kill_setup,
                                                                        tmp_path) -> None:
    base, big, before, _after = kill_setup
    path = tmp_path / "db.duckdb"
    shutil.copy(base, path)
    child = _start_child(path, big, "hang")
    try:
        assert child.stdout.readline().strip() == "in-transaction"
    finally:
        _kill(child)

    assert _content_after_crash(path) == before


def test_a_load_killed_at_random_moments_is_all_or_nothing(kill_setup, tmp_path) -> None:
    base, big, before, after = kill_setup
    rng = random.Random(20241002)
    outcomes: list[str] = []

    def trial(n: int, delay: float | None) -> float | None:
        """Load in a child, SIGKILL it `delay` s after it starts (None: let it finish)."""
        path = tmp_path / f"db{n}.duckdb"
        shutil.copy(base, path)
        child = _start_child(path, big, "run")
        seconds = None
        try:
            if delay is None:
                seconds = float(child.stdout.readline().split()[1])
                assert child.stdout.readline().strip() == "done"
            else:
                time.sleep(delay)
        finally:
            _kill(child)
        content = _content_after_crash(path)
        assert content in (before, after), f"half-loaded database after a kill at {delay} s"
        outcomes.append("loaded" if content == after else "as before")
        return seconds

    # The uninterrupted run gives the load time in a child; reading and validating take most
    # of it, so besides one kill anywhere, three land in the last stretch: the insert and the
    # commit (which of them is hit varies with the machine, the outcome must not).
    load_seconds = trial(0, None)
    assert outcomes == ["loaded"] and load_seconds is not None
    delays = [rng.uniform(0, load_seconds), *(rng.uniform(0.8, 1.1) * load_seconds
                                               for _ in range(3))]
    for n, delay in enumerate(delays, start=1):
        trial(n, delay)
    assert len(outcomes) == 5, outcomes


# --- readers during a replacing load ----------------------------------------------------------

def test_readers_see_the_old_or_the_new_quarter_never_a_mix(con, big_file) -> None:
    old_data, old_total = big_projects_xlsx(500, seed=2)
    new_data, new_total = big_file
    uploads.load_upload(con, old_data, "oud.xlsx", "projects", "2024Q3", "c")
    assert old_total != new_total
    old_count = len(uploads.history(con))
    errors: list[Exception] = []
    seen: list[list[tuple[float, int]]] = [[] for _ in range(20)]
    done = threading.Event()

    def reader(k: int) -> None:
        cur = con.cursor()  # one cursor per thread, as the app does per session
        try:
            while True:
                last = done.is_set()
                jobs = cur.execute("SELECT sum(new_jobs) FROM projects_current").fetchone()[0]
                count = len(uploads.history(cur))
                seen[k].append((jobs, count))
                if last:
                    break
                time.sleep(0.002)  # a page run is a few queries, not a busy loop
        except Exception as exc:  # noqa: BLE001 - collected and reported by the test
            errors.append(exc)
        finally:
            cur.close()

    threads = [threading.Thread(target=reader, args=(k,)) for k in range(20)]
    for t in threads:
        t.start()
    result = uploads.load_upload(con, new_data, "nieuw.xlsx", "projects", "2024Q3", "c")
    done.set()
    for t in threads:
        t.join(timeout=120)

    assert not errors, errors
    assert result.replaced_upload_id is not None
    # Each query sees one committed state; two queries of one page may straddle the commit.
    observed = {obs for per_thread in seen for obs in per_thread}
    assert {jobs for jobs, _ in observed} <= {old_total, new_total}
    assert {count for _, count in observed} <= {old_count, old_count + 1}
    assert all(per_thread[-1] == (new_total, old_count + 1) for per_thread in seen)
