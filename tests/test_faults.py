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
import json
import os
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

from tradeinvest.loading import uploads
from tradeinvest.reporting import faults
from tradeinvest.store import db

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
from tradeinvest.loading import uploads
from tradeinvest.store import db

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


# --- database faults become messages (issue 12, item 5) ----------------------------------------

def _audit(con, action: str) -> list[tuple]:
    return con.execute("SELECT actor, action, detail FROM audit_log WHERE action = ? "
                       "ORDER BY logged_at", [action]).fetchall()


def test_two_loads_for_the_same_period_at_once_one_loads_and_one_is_told(con) -> None:
    files = [projects_xlsx(project_row(f"P-{who}", jobs=jobs)) for who, jobs in (("a", 5),
                                                                                  ("b", 7))]
    seen = uploads.latest_upload(con, "projects", "2024Q3")  # both users checked their file
    barrier = threading.Barrier(2)
    outcome: dict[str, object] = {}

    def press_load(who: str, data: bytes) -> None:
        cur = con.cursor()  # one cursor per session thread, as the app does
        barrier.wait()
        try:
            outcome[who] = uploads.load_upload(cur, data, f"{who}.xlsx", "projects", "2024Q3",
                                               who, seen_upload=seen)
        except Exception as exc:  # noqa: BLE001 - the test asserts what it was
            outcome[who] = exc
        finally:
            cur.close()

    threads = [threading.Thread(target=press_load, args=(who, data))
               for who, data in zip("ab", files, strict=True)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=60)

    loaded = [w for w, r in outcome.items() if isinstance(r, uploads.LoadResult)]
    told = [w for w, r in outcome.items() if isinstance(r, uploads.UploadConflict)]
    assert len(loaded) == 1 and len(told) == 1, outcome
    assert faults.message(outcome[told[0]]).startswith("Een andere upload voor dit soort")
    assert faults.message(outcome[told[0]], "en").startswith("Another upload for this kind")
    assert [r[0] for r in _audit(con, "upload")] == loaded
    assert [r[0] for r in _audit(con, "upload_conflict")] == told
    assert len(uploads.history(con)) == 1  # the told one left nothing behind
    jobs = con.execute("SELECT sum(new_jobs) FROM projects_current").fetchone()[0]
    assert jobs == {"a": 5, "b": 7}[loaded[0]]


def test_a_load_pressed_after_another_session_loaded_the_same_period_is_told(
        app_db, tmp_path, monkeypatch) -> None:
    """Two AppTest sessions on one database: A checks its file, B checks and loads another
    file for the same kind and period, A presses Laden."""
    from streamlit.testing.v1 import AppTest

    file_a, file_b = tmp_path / "projecten-a.xlsx", tmp_path / "projecten.xlsx"
    file_a.write_bytes(projects_xlsx(project_row("P-X", date="15-08-2024")))
    file_b.write_bytes(projects_xlsx(project_row("P-Y", date="16-08-2024")))
    script = str(ROOT / "tests" / "apps" / "load_button.py")
    a, b = (AppTest.from_file(script, default_timeout=120) for _ in range(2))
    monkeypatch.setenv("TRADEINVEST_TEST_FILE", str(file_a))
    a.run()
    monkeypatch.setenv("TRADEINVEST_TEST_FILE", str(file_b))
    b.run()
    b.button(key="confirm_load").click().run()
    assert any("geladen als upload" in s.value for s in b.success)
    monkeypatch.setenv("TRADEINVEST_TEST_FILE", str(file_a))
    a.button(key="confirm_load").click().run()

    assert not a.exception and not b.exception
    assert [e.value for e in a.error] == [faults.message(uploads.UploadConflict("x"))]
    from tradeinvest.ui import state

    cur = state.connection().cursor()  # the app's connection holds the file: read through it
    try:
        assert [r[1] for r in _audit(cur, "upload") if "projecten.xlsx" in r[2]] == ["upload"]
        assert len(_audit(cur, "upload_conflict")) == 1
    finally:
        cur.close()


# A read-only file. The tests run as root, and root writes a chmod 444 file anyway (it has the
# capability to override file permissions). So the process under test runs without that
# capability (util-linux `setpriv` drops CAP_DAC_OVERRIDE and CAP_DAC_READ_SEARCH from its
# bounding and inheritable sets): it is root that obeys file modes, which is exactly what an
# ordinary user meets. Without setpriv (not Linux) the test is skipped, and says why.
NO_OVERRIDE = ["setpriv", "--inh-caps=-dac_override,-dac_read_search",
               "--bounding-set=-dac_override,-dac_read_search"]


def _without_override(args: list[str], **env: str) -> subprocess.CompletedProcess[str]:
    if shutil.which("setpriv") is None:
        pytest.skip("setpriv (util-linux) is needed to take root's permission override away")
    return subprocess.run([*NO_OVERRIDE, sys.executable, *args], capture_output=True, text=True,
                          cwd=ROOT, env={**os.environ, **env}, timeout=300)


def _read_only_sample(tmp_path: Path, *, user: bool = False) -> Path:
    from sample_db import sample_copy

    from tradeinvest.store import users

    path = sample_copy(tmp_path / "alleen-lezen.duckdb")
    if user:  # sign-in on: the app must still serve its sign-in page
        con = db.connect(path)
        users.add_user(con, "anna", "coordinator", "een lang wachtwoord", "test")
        con.close()
    path.chmod(0o444)
    probe = _without_override(["-c", f"open({str(path)!r}, 'r+b')"])
    assert probe.returncode != 0 and "Permission denied" in probe.stderr  # it is read-only
    return path


def test_a_read_only_database_file_is_one_line_and_exit_2_from_the_cli(tmp_path) -> None:
    path = _read_only_sample(tmp_path)
    good = tmp_path / "p.xlsx"
    good.write_bytes(projects_xlsx(project_row()))
    run = _without_override(["-m", "tradeinvest", "--db", str(path), "load", str(good),
                             "--kind", "projects", "--quarter", "2024Q3"])
    assert run.returncode == 2, run.stderr
    assert run.stderr.strip() == faults.describe(db.DatabaseFault(kind="readonly"), path=path,
                                                 full_path=True)
    assert "Traceback" not in run.stderr


APP_READ_ONLY = """
import json, sys
sys.path.insert(0, "tests")
from streamlit.testing.v1 import AppTest
at = AppTest.from_file("app.py", default_timeout=120).run()
seen = {"warnings": [w.value for w in at.warning], "metrics": len(at.metric),
        "sign_in_form": len(at.text_input)}
if seen["sign_in_form"]:
    at.text_input(key="signin_name").input("anna")
    at.text_input(key="signin_password").input("een lang wachtwoord")
    at.button[0].click()
    at.run()
seen.update(errors=[e.value for e in at.error], exceptions=[str(e.value) for e in at.exception])
print(json.dumps(seen))
"""


def _read_only_app(path: Path) -> dict:
    run = _without_override(["-c", APP_READ_ONLY], TRADEINVEST_DB=str(path))
    assert run.returncode == 0, run.stderr[-3000:]
    seen = json.loads(run.stdout.strip().splitlines()[-1])
    assert seen["exceptions"] == [], seen
    assert any(w.startswith("Alleen lezen") for w in seen["warnings"]), seen
    return seen


def test_the_app_serves_a_read_only_database_with_a_banner(tmp_path) -> None:
    seen = _read_only_app(_read_only_sample(tmp_path))  # demo mode: no users
    # No fault message (a red status banner, a year "Niet gehaald", is a figure, not a fault).
    assert not [e for e in seen["errors"] if "database" in e.lower()], seen["errors"]
    assert seen["metrics"] > 0  # the Overview's figures show, read from the file


def test_the_sign_in_page_serves_on_a_read_only_database_and_says_why_not(tmp_path) -> None:
    seen = _read_only_app(_read_only_sample(tmp_path, user=True))
    assert seen["sign_in_form"] == 2 and seen["metrics"] == 0  # name, password; no figures
    # Signing in is audited, which cannot be written: told so, not signed in unaudited.
    assert seen["errors"] == ["De database alleen-lezen.duckdb kan niet worden beschreven "
                              "(alleen-lezen bestand of map). Er is niets gewijzigd; vraag de "
                              "beheerder het bestand schrijfbaar te maken."]


def test_a_read_only_database_refuses_a_load_with_a_message(tmp_path) -> None:
    """The app's path of a change on a read-only connection: the message, not a traceback."""
    from sample_db import sample_copy

    path = sample_copy(tmp_path / "ro.duckdb")
    con = db.connect(path, read_only=True)
    try:
        with pytest.raises(Exception) as caught:
            uploads.load_upload(con, projects_xlsx(project_row()), "p.xlsx", "projects",
                                "2024Q3", "c")
    finally:
        con.close()
    assert faults.message(caught.value, "en", path=path).startswith(
        "The database ro.duckdb cannot be written")


def test_a_corrupt_database_file_is_a_message_in_the_cli_and_the_app(tmp_path,
                                                                     monkeypatch) -> None:
    from streamlit import cache_resource

    path = tmp_path / "kapot.duckdb"
    path.write_bytes(b"dit is geen database " * 1000)
    run = subprocess.run([sys.executable, "-m", "tradeinvest", "--db", str(path), "history"],
                         capture_output=True, text=True, cwd=ROOT)
    assert run.returncode == 2
    assert run.stderr.strip().startswith(f"Het bestand {path} is geen bruikbare database")
    assert "Traceback" not in run.stderr

    from streamlit.testing.v1 import AppTest

    monkeypatch.setenv("TRADEINVEST_DB", str(path))
    cache_resource.clear()
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=120).run()
    cache_resource.clear()
    assert not at.exception
    assert [e.value for e in at.error] == [
        "Het bestand kapot.duckdb is geen bruikbare database (beschadigd, of een ander soort "
        "bestand). Zet een back-up terug met `python -m tradeinvest restore`."]


@pytest.fixture
def tiny_disk(tmp_path: Path):
    """A 4 MB tmpfs (we are root in the tests and CI); skipped where mounting is not allowed."""
    mount = tmp_path / "klein"
    mount.mkdir()
    made = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=4m", "tmpfs", str(mount)],
                          capture_output=True, text=True)
    if made.returncode != 0:
        pytest.skip(f"cannot mount a small tmpfs here: {made.stderr.strip()}")
    try:
        yield mount
    finally:
        subprocess.run(["umount", "-l", str(mount)], check=False)


def test_a_full_disk_is_one_line_and_exit_2_and_nothing_changes(tmp_path, tiny_disk) -> None:
    path = tiny_disk / "vol.duckdb"
    con = db.connect(path)
    con.execute("CHECKPOINT")
    before = db_snapshot(con)
    con.close()
    free = shutil.disk_usage(tiny_disk).free
    (tiny_disk / "opvulling").write_bytes(b"\0" * max(free - 8192, 0))  # leave 8 KB free
    big = tmp_path / "groot.xlsx"
    big.write_bytes(big_projects_xlsx(2000, seed=3)[0])

    run = subprocess.run([sys.executable, "-m", "tradeinvest", "--db", str(path), "load",
                          str(big), "--kind", "projects", "--quarter", "2024Q3"],
                         capture_output=True, text=True, cwd=ROOT)
    assert run.returncode == 2, run.stderr
    assert run.stderr.strip() == faults.describe(db.DatabaseFault(kind="full"), path=path,
                                                 full_path=True)
    (tiny_disk / "opvulling").unlink()
    con = db.connect(path)
    try:
        assert db_snapshot(con) == before
    finally:
        con.close()


@pytest.mark.parametrize("suffix", [".csv", ".parquet", ".json"])
def test_a_data_file_named_as_the_database_is_refused_not_used_in_memory(tmp_path, suffix):
    """DuckDB opens an existing .csv/.parquet/.json as a database held in memory: a load
    reported success and was lost. Now the file is no database, and it stays as it was."""
    path = tmp_path / f"gegevens{suffix}"
    path.write_bytes(b"a,b\n1,2\n")
    with pytest.raises(db.DatabaseFault) as caught:
        db.connect(path)
    assert caught.value.kind == "corrupt"
    assert path.read_bytes() == b"a,b\n1,2\n"
