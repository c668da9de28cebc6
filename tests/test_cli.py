"""The command line: load, history, undo, and a refused file leaves the database unchanged."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from conftest import project_row, projects_xlsx

from tradeinvest.cli import main

ROOT = Path(__file__).resolve().parents[1]


def test_load_history_and_undo_from_the_command_line(tmp_path, capsys):
    db = tmp_path / "cli.duckdb"
    good = tmp_path / "projecten.xlsx"
    good.write_bytes(projects_xlsx(project_row(jobs=40)))
    assert main(["--db", str(db), "load", str(good), "--kind", "projects",
                 "--quarter", "2024Q3"]) == 0
    assert "upload 1" in capsys.readouterr().out
    assert main(["--db", str(db), "history"]) == 0
    assert "projecten.xlsx" in capsys.readouterr().out
    assert main(["--db", str(db), "undo", "1"]) == 0
    assert main(["--db", str(db), "undo", "1"]) == 1
    assert "al ongedaan" in capsys.readouterr().err


def test_a_refused_file_exits_non_zero_with_the_problem_report(tmp_path):
    db = tmp_path / "cli.duckdb"
    bad = tmp_path / "fout.xlsx"
    bad.write_bytes(projects_xlsx(project_row(country="Atlantis")))
    run = subprocess.run([sys.executable, "-m", "tradeinvest", "--db", str(db), "load", str(bad),
                          "--kind", "projects", "--quarter", "2024Q3"],
                         capture_output=True, text=True, cwd=ROOT)
    assert run.returncode == 1
    assert "fout.xlsx, blad 'Projecten', rij 2, kolom 'Land'" in run.stderr
    assert "ongewijzigd" in run.stderr


def test_a_load_while_another_process_holds_the_database_says_so(tmp_path):
    db = tmp_path / "busy.duckdb"
    good = tmp_path / "p.xlsx"
    good.write_bytes(projects_xlsx(project_row()))
    holder = subprocess.Popen(
        [sys.executable, "-c", "import sys, time\nfrom tradeinvest.store import db\n"
         f"c = db.connect({str(db)!r}); print('ready', flush=True); time.sleep(60)"],
        stdout=subprocess.PIPE, text=True, cwd=ROOT)
    try:
        assert holder.stdout.readline().strip() == "ready"
        run = subprocess.run([sys.executable, "-m", "tradeinvest", "--db", str(db), "load",
                              str(good), "--kind", "projects", "--quarter", "2024Q3"],
                             capture_output=True, text=True, cwd=ROOT)
    finally:
        holder.kill()
        holder.wait()
    assert run.returncode == 2
    assert "in gebruik" in run.stderr
