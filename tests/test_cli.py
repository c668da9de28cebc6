"""The command line: load, history, undo, and a refused file leaves the database unchanged."""

from __future__ import annotations

import argparse
import json
import re
import shlex
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest
from conftest import project_row, projects_xlsx

from tradeinvest import cli
from tradeinvest.cli import main
from tradeinvest.store import db as store_db

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


def test_loading_the_same_file_again_adds_no_identical_version(tmp_path, capsys):
    """As on the Upload page: the very file that counts already is named, not loaded again;
    a changed file for the same quarter replaces it."""
    db = tmp_path / "cli.duckdb"
    good = tmp_path / "projecten.xlsx"
    good.write_bytes(projects_xlsx(project_row(jobs=40)))
    load = ["--db", str(db), "load", str(good), "--kind", "projects", "--period", "2024Q3"]
    assert main(load) == 0
    capsys.readouterr()
    assert main(load) == 0
    assert "al geladen: het is upload 1" in capsys.readouterr().out
    good.write_bytes(projects_xlsx(project_row(jobs=41)))
    assert main(load) == 0
    assert "upload 2" in capsys.readouterr().out
    con = store_db.connect(db)
    try:
        assert con.execute("SELECT count(*) FROM uploads").fetchone()[0] == 2
    finally:
        con.close()


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


# --- read-only commands and user changes while the app holds the database (issue 12, item 6) --

def _cli(db: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "tradeinvest", "--db", str(db), *args],
                          capture_output=True, text=True, cwd=ROOT, timeout=300)


def _content(cur) -> dict[str, list[tuple]]:
    """Every row of every table of the database itself (not the app's in-memory marts)."""
    tables = [r[0] for r in cur.execute(
        "SELECT table_name FROM information_schema.tables WHERE table_type = 'BASE TABLE' "
        "AND table_catalog = current_database()").fetchall()]
    return {t: sorted(cur.execute(f'SELECT * FROM "{t}"').fetchall(), key=repr) for t in tables}


def test_read_commands_answer_from_the_snapshot_while_the_app_holds_the_database(
        app_db, tmp_path) -> None:
    from streamlit.testing.v1 import AppTest

    from tradeinvest.loading import uploads
    from tradeinvest.measure import progress_summary
    from tradeinvest.store import users
    from tradeinvest.ui import state

    con = store_db.connect(app_db)
    users.add_user(con, "anna", "coordinator", "een lang wachtwoord", "test")
    users.add_user(con, "bram", "team", "een lang wachtwoord", "test")
    con.close()
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=120).run()  # the app opens it
    at.text_input(key="signin_name").input("bram")
    at.text_input(key="signin_password").input("een lang wachtwoord")
    at.button[0].click()
    at.run()
    assert not at.exception
    assert "bram" in " ".join(c.value for c in at.sidebar.caption)

    live = state.connection().cursor()
    latest = live.execute("SELECT max(quarter) FROM uploads WHERE kind = 'projects'"
                          ).fetchone()[0]  # e.g. "2024Q3"
    year = int(latest[:4])
    (tmp_path / "x.xlsx").write_bytes(projects_xlsx(project_row("P-BUSY")))
    busy = _cli(app_db, "load", str(tmp_path / "x.xlsx"), "--kind", "projects",
                "--quarter", "2024Q3")
    assert busy.returncode == 2 and "in gebruik" in busy.stderr  # a write still waits

    progress = _cli(app_db, "progress", "--year", str(year), "--json")
    assert progress.returncode == 0, progress.stderr
    assert "kopie van" in progress.stderr  # says it reads the snapshot, and from when
    assert json.loads(progress.stdout) == json.loads(json.dumps(
        progress_summary(live, year, None), default=str))

    report = _cli(app_db, "report", "--year", str(year), "--quarter", latest[-2:],
                  "--out", str(tmp_path / "rapport.xlsx"))
    assert report.returncode == 0, report.stderr
    assert (tmp_path / "rapport.xlsx").stat().st_size > 0

    history = _cli(app_db, "history")
    assert history.returncode == 0, history.stderr
    expected = uploads.history(live)
    assert [line.split()[0] for line in history.stdout.splitlines()[1:]] == [
        str(u) for u in expected["upload_id"]]

    listed = _cli(app_db, "users", "list")
    assert listed.returncode == 0, listed.stderr
    assert [line.split()[0] for line in listed.stdout.splitlines()[1:]] == ["anna", "bram"]

    backup = _cli(app_db, "backup", "--out", str(tmp_path / "bak"))
    assert backup.returncode == 0, backup.stderr
    restored = tmp_path / "restored.duckdb"
    assert _cli(restored, "restore", str(tmp_path / "bak")).returncode == 0
    copy = store_db.connect(restored)
    try:
        backed_up, now = _content(copy), _content(live)
    finally:
        copy.close()
    # The snapshot is as of the last data change; bram's sign-in came after it (not a change).
    audit_then, audit_now = backed_up.pop("audit_log"), now.pop("audit_log")
    later = [row for row in audit_now if row not in audit_then]
    assert [row[1:3] for row in later] == [("bram", "sign_in")]
    assert backed_up == now

    # A user removed from the command line while the app runs: queued, then applied on the
    # app's next page view, audited as the command-line user; bram is signed out at once.
    removed = _cli(app_db, "users", "remove", "bram")
    assert removed.returncode == 0 and "wachtrij" in removed.stdout, removed.stderr
    assert users.role_of(live, "bram") == "team"  # not yet: the app has not run since
    at.run()
    assert not at.exception
    assert users.role_of(live, "bram") is None
    assert state.principal() is None  # the session's sign-in no longer holds
    assert [b.label for b in at.button] == ["Inloggen"]  # the sign-in page, nothing else
    actor, detail = live.execute("SELECT actor, detail FROM audit_log WHERE action = "
                                 "'user_removed'").fetchone()
    assert actor.startswith("cli") and "wachtrij" in actor and detail == "bram"
    listed = _cli(app_db, "users", "list")  # the snapshot follows the change
    assert [line.split()[0] for line in listed.stdout.splitlines()[1:]] == ["anna"]
    live.close()


def test_erase_also_removes_the_snapshot_that_may_hold_the_erased_details(tmp_path) -> None:
    from sample_db import sample_copy
    from test_privacy import PERSON, _load_people

    from tradeinvest.store import snapshot

    path = sample_copy(tmp_path / "people.duckdb")
    con = store_db.connect(path)
    _load_people(con)
    copy = snapshot.write(con, path)  # as the app writes it after each change
    con.close()
    assert PERSON[1].encode() in copy.read_bytes()  # DETACH checkpointed it into the file
    assert main(["--db", str(path), "erase", "--company", "Tjallema Robotics"]) == 0
    assert not copy.exists()


def test_a_user_added_while_the_app_holds_the_database_can_sign_in_once_applied(tmp_path):
    """`users add` from a second process while the file is held: queued with the password
    hashed (never the password itself), applied from the holder's connection."""
    from tradeinvest.store import user_queue, users

    path = tmp_path / "held.duckdb"
    holder = store_db.connect(path)  # this process plays the app
    try:
        run = _cli(path, "users", "add", "Carla", "--role", "team",
                   "--password", "een lang wachtwoord")
        assert run.returncode == 0 and "wachtrij" in run.stdout, run.stderr
        queued = user_queue.pending(path)
        assert len(queued) == 1 and "een lang wachtwoord" not in queued[0].read_text()
        assert user_queue.queue_dir(path).stat().st_mode & 0o077 == 0  # owner only
        assert user_queue.apply(holder, path) == 1
        assert user_queue.pending(path) == []
        assert users.authenticate(holder, "carla", "een lang wachtwoord") is not None
        assert users.authenticate(holder, "carla", "verkeerd wachtwoord!") is None
    finally:
        holder.close()


def test_a_lock_lifted_while_the_app_holds_the_database_is_applied_by_the_app(tmp_path):
    """`users unlock` from a second process while the file is held: queued like add/remove,
    and the name can sign in once the holder applies the queue."""
    from tradeinvest import access
    from tradeinvest.store import throttle, user_queue, users

    path = tmp_path / "held.duckdb"
    holder = store_db.connect(path)  # this process plays the app
    try:
        users.add_user(holder, "dirk", access.TEAM, "een lang wachtwoord", "test")
        for _ in range(int(throttle.DEFAULTS["signin_max_failures"])):
            assert users.authenticate(holder, "dirk", "verkeerd wachtwoord!") is None
        with pytest.raises(users.SignInLocked):
            users.authenticate(holder, "dirk", "een lang wachtwoord")
        run = _cli(path, "users", "unlock", "dirk")
        assert run.returncode == 0 and "wachtrij" in run.stdout, run.stderr
        assert user_queue.apply(holder, path) == 1
        assert users.authenticate(holder, "dirk", "een lang wachtwoord") is not None
    finally:
        holder.close()


def test_a_user_changed_while_the_app_holds_the_database_is_changed_once_applied(tmp_path):
    """`users set` from a second process while the file is held: queued with the new password
    hashed, applied by the holder; the old password no longer works, the role is kept."""
    from tradeinvest import access
    from tradeinvest.store import user_queue, users

    path = tmp_path / "held.duckdb"
    holder = store_db.connect(path)  # this process plays the app
    try:
        users.add_user(holder, "eva", access.TEAM, "het oude wachtwoord", "test")
        run = _cli(path, "users", "set", "eva", "--password", "het nieuwe wachtwoord")
        assert run.returncode == 0 and "wachtrij" in run.stdout, run.stderr
        assert "het nieuwe wachtwoord" not in user_queue.pending(path)[0].read_text()
        assert user_queue.apply(holder, path) == 1
        assert users.authenticate(holder, "eva", "het oude wachtwoord") is None
        assert users.authenticate(holder, "eva", "het nieuwe wachtwoord") == \
            access.Principal("eva", access.TEAM, "local")
    finally:
        holder.close()


def test_a_queued_user_change_the_app_would_refuse_is_refused_at_once(tmp_path):
    """While the app holds the file, `users add` of an existing name and `users remove` of an
    unknown one are checked against the app's latest copy and refused there, not queued."""
    from tradeinvest import access
    from tradeinvest.store import snapshot, user_queue, users

    path = tmp_path / "held.duckdb"
    holder = store_db.connect(path)  # this process plays the app
    try:
        users.add_user(holder, "anna", access.COORDINATOR, "een lang wachtwoord", "test")
        snapshot.write(holder, path)  # as the app does after each change
        again = _cli(path, "users", "add", "Anna", "--role", "governor",
                     "--password", "een ander wachtwoord")
        assert again.returncode == 2 and "users set anna" in again.stderr, again.stderr
        ghost = _cli(path, "users", "remove", "ghost")
        assert ghost.returncode == 1 and "Geen gebruiker ghost" in ghost.stderr
        assert user_queue.pending(path) == []
    finally:
        holder.close()


def test_paths_of_the_command_line_are_one_line_and_exit_2(tmp_path, capsys):
    """A missing spreadsheet, a folder given as the spreadsheet, a report into a folder that
    does not exist: one Dutch line, exit 2, no traceback; the database is not blamed."""
    db_file = tmp_path / "t.duckdb"
    assert main(["--db", str(db_file), "load", str(tmp_path / "nope.xlsx"), "--kind",
                 "projects", "--quarter", "2024Q3"]) == 2
    assert "bestaat niet" in capsys.readouterr().err
    assert main(["--db", str(db_file), "load", str(tmp_path), "--kind", "projects",
                 "--quarter", "2024Q3"]) == 2
    assert "is een map" in capsys.readouterr().err
    out = tmp_path / "missing" / "r.xlsx"
    assert main(["--db", str(db_file), "report", "--year", "2024", "--quarter", "Q3",
                 "--out", str(out)]) == 2
    err = capsys.readouterr().err
    assert "De map" in err and "bestaat niet" in err and "database" not in err
    store_db.connect(db_file).close()  # a database to back up, into a place that is not there
    assert main(["--db", str(db_file), "backup", "--out", str(tmp_path / "a" / "b")]) == 2
    assert "bestaat niet" in capsys.readouterr().err


@pytest.mark.parametrize("where", ["before", "after"])
def test_load_takes_the_period_and_the_db_before_or_after_the_command(tmp_path, capsys, where):
    db = tmp_path / "cli.duckdb"
    good = tmp_path / "projecten.xlsx"
    good.write_bytes(projects_xlsx(project_row(jobs=40)))
    load = ["load", str(good), "--kind", "projects", "--period", "2024Q3"]
    args = ["--db", str(db), *load] if where == "before" else [*load, "--db", str(db)]
    assert main(args) == 0
    assert "Geladen als upload 1: projects 2024Q3, 1 rijen" in capsys.readouterr().out
    assert main(["history", "--db", str(db)]) == 0  # the same file, found again
    assert "projecten.xlsx" in capsys.readouterr().out


def test_the_period_forms_of_load_and_progress(tmp_path, capsys):
    db = tmp_path / "cli.duckdb"
    good = tmp_path / "projecten.xlsx"
    good.write_bytes(projects_xlsx(project_row(jobs=40)))
    assert main(["load", str(good), "--kind", "projects", "--quarter", "2024Q3",
                 "--db", str(db)]) == 0  # today's --quarter stays an alias
    capsys.readouterr()
    assert main(["load", str(good), "--kind", "projects", "--period", "2024", "--db",
                 str(db)]) == 1  # a quarterly kind needs a quarter
    assert "kwartaal '2024' niet herkend" in capsys.readouterr().err
    outputs = []
    for args in (["--period", "2024Q3"], ["--year", "2024", "--quarter", "Q3"]):
        assert main(["progress", *args, "--json", "--db", str(db)]) == 0
        outputs.append(json.loads(capsys.readouterr().out))
    assert outputs[0] == outputs[1] and outputs[0]["through"] == "2024Q3"
    assert outputs[0]["new_jobs"] == 40
    assert main(["progress", "--period", "2024", "--json", "--db", str(db)]) == 0
    assert json.loads(capsys.readouterr().out)["year"] == 2024
    assert main(["progress", "--db", str(db)]) == 2  # neither --period nor --year
    assert "--period" in capsys.readouterr().err


def _commands(parser: argparse.ArgumentParser, prefix: tuple[str, ...] = ()
              ) -> list[tuple[str, ...]]:
    """Every (sub)command path of the parser: ("load",), ("users", "add"), ..."""
    found = []
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                found.append((*prefix, name))
                found.extend(_commands(sub, (*prefix, name)))
    return found


def _readme_command_lines() -> list[list[str]]:
    """The README's example command lines as words, after `python -m tradeinvest`."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    return [shlex.split(m.group(1), comments=True)
            for m in re.finditer(r"python -m tradeinvest ([^\n`]*)", readme)]


def test_every_command_of_the_command_line_is_in_the_readme():
    lines = [" ".join(word for word in line if not word.startswith("-"))
             for line in _readme_command_lines()]
    missing = [" ".join(path) for path in _commands(cli._parser())
               if not any(f" {' '.join(path)} " in f" {line} " for line in lines)]
    assert missing == []


def test_every_example_in_the_readme_is_accepted_by_the_parser():
    examples = _readme_command_lines()
    assert len(examples) >= 10
    for line in examples:
        words = [{"UPLOAD_ID": "1"}.get(w, w) for w in line]
        cli._parser().parse_args(words)  # a mismatch exits (SystemExit) and fails the test


def test_every_command_answers_help():
    for path in _commands(cli._parser()):
        with pytest.raises(SystemExit) as done:
            cli._parser().parse_args([*path, "--help"])
        assert done.value.code == 0, path


def test_help_loads_no_data_library():
    code = ("import runpy, sys\n"
            "sys.argv = ['tradeinvest', '--help']\n"
            "try:\n    runpy.run_module('tradeinvest', run_name='__main__')\n"
            "except SystemExit:\n    pass\n"
            "print(sorted(m for m in ('pandas', 'duckdb', 'streamlit', 'openpyxl', 'plotly', "
            "'pyarrow', 'tradeinvest.loading', 'tradeinvest.measure') if m in sys.modules))")
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         cwd=ROOT, timeout=60)
    assert run.returncode == 0, run.stderr
    assert run.stdout.strip().splitlines()[-1] == "[]"
    assert "load" in run.stdout and "--db" in run.stdout


def test_the_kinds_offered_are_the_loading_services_kinds():
    from tradeinvest.loading import kinds

    assert cli.KINDS == kinds.KINDS



# The import assistant on the command line ------------------------------------------------

OWN_HEADER = ["Bedrijfsnaam", "Land van herkomst", "Sector", "Type", "Datum bekendmaking",
              "Aantal banen (3 jaar)", "Opmerkingen"]


def _own_list(tmp_path: Path, name: str, sheet: str, *rows: list[object]) -> Path:
    from conftest import make_xlsx

    path = tmp_path / name
    path.write_bytes(make_xlsx({sheet: [["Projecten Trade & Invest"], OWN_HEADER, *rows]}))
    return path


def test_check_prints_problems_and_the_suggested_mapping_and_changes_nothing(tmp_path, capsys):
    db = tmp_path / "cli.duckdb"
    main(["--db", str(db), "history"])
    before = db.stat().st_mtime_ns, db.stat().st_size
    own = _own_list(tmp_path, "eigen.xlsx", "Q4 2016",
                    ["Acme", "Duitsland", "ICT", "Nieuwe vestiging", "15-11-2016", 30, "NFIA"])
    capsys.readouterr()
    assert main(["--db", str(db), "check", str(own), "--kind", "projects",
                 "--period", "2016Q4"]) == 1
    out = capsys.readouterr().out
    assert "Voorgestelde kolomindeling voor projects, blad 'Q4 2016':" in out
    assert "'Bedrijfsnaam' -> Bedrijf (" in out
    assert "Projectreferentie: afgeleid" in out
    assert "kan zo niet worden geladen" in out
    assert (db.stat().st_mtime_ns, db.stat().st_size) == before

    assert main(["--db", str(db), "check", str(own), "--kind", "projects", "--period",
                 "2016Q4", "--map", "Type=Soort project", "--map",
                 "Datum bekendmaking=Datum gerealiseerd", "--map",
                 "Aantal banen (3 jaar)=new_jobs", "--set", "pijler=Invest"]) == 0
    out = capsys.readouterr().out
    assert "Projectreferentie afgeleid" in out and "kan zo worden geladen (1 rijen)" in out
    assert (db.stat().st_mtime_ns, db.stat().st_size) == before


def test_check_says_what_the_suggestion_gives_and_save_mapping_alone_takes_it(tmp_path,
                                                                            capsys):
    """As the page preselects each suggestion: `check` says the suggested mapping would load
    the file, `load --save-mapping NAME` loads it with that mapping, and one --set over it
    changes only that field."""
    db = tmp_path / "cli.duckdb"
    own = _own_list(tmp_path, "eigen.xlsx", "Q4 2016",
                    ["Acme", "Duitsland", "ICT", "Nieuwe vestiging", "15-11-2016", "ca. 30", ""],
                    ["Beta", "Japan", "ICT", "Uitbreiding", "01-12-2016", "12", "NFIA"])
    assert main(["--db", str(db), "check", str(own), "--kind", "projects",
                 "--period", "2016Q4"]) == 1
    out = capsys.readouterr().out
    assert "Met de voorgestelde kolomindeling kan het bestand worden geladen (2 rijen)" in out
    assert main(["--db", str(db), "load", str(own), "--kind", "projects", "--period", "2016Q4",
                 "--set", "pijler=Invest", "--save-mapping", "Eigen lijst"]) == 0
    out = capsys.readouterr().out
    assert "Geladen als upload 1" in out and "gelezen als het getal 30" in out
    con = duckdb.connect(str(db), read_only=True)
    try:
        assert con.execute("SELECT sum(new_jobs), string_agg(DISTINCT pillar, ',') "
                           "FROM projects_current").fetchone() == (42.0, "invest")
    finally:
        con.close()


def test_two_columns_sent_to_one_field_are_refused_and_a_new_mapping_is_no_copy(tmp_path,
                                                                                capsys):
    """Two --map for one field is a wrong use (exit 2, nothing loaded); the same file read by
    another mapping chosen now stores other values, so it loads as a new version instead of
    being called "already loaded"."""
    db = tmp_path / "cli.duckdb"
    own = _own_list(tmp_path, "eigen.xlsx", "Q4 2016",
                    ["Acme", "Duitsland", "ICT", "Nieuwe vestiging", "15-11-2016", 30, "NFIA"])
    base = ["--db", str(db), "load", str(own), "--kind", "projects", "--period", "2016Q4"]
    assert main([*base, "--map", "Bedrijfsnaam=Bedrijf", "--map", "Opmerkingen=Bedrijf"]) == 2
    assert "allebei aan 'Bedrijf' gekoppeld" in capsys.readouterr().err
    assert main(["--db", str(db), "history"]) == 0
    assert "geen uploads" in capsys.readouterr().out.lower()
    assert main([*base, "--save-mapping", "Eigen lijst"]) == 0
    capsys.readouterr()
    assert main(base) == 0  # the same file, read the same way (the saved mapping fits)
    assert "al geladen" in capsys.readouterr().out
    assert main([*base, "--map", "Opmerkingen=Bewijs"]) == 0  # read another way: new version
    assert "Geladen als upload 2" in capsys.readouterr().out


def test_load_with_map_set_save_then_next_quarter_by_name_and_by_layout(tmp_path, capsys):
    db = tmp_path / "cli.duckdb"
    q4 = _own_list(tmp_path, "q4.xlsx", "Q4 2016",
                   ["Acme", "Duitsland", "ICT", "Nieuwe vestiging", "15-11-2016", 30, "NFIA"])
    choices = ["--map", "Type=Soort project", "--map", "Datum bekendmaking=Date realised",
               "--map", "Aantal banen (3 jaar)=Nieuwe directe banen", "--set", "pillar=Invest",
               "--map", "Opmerkingen=notitie"]
    assert main(["--db", str(db), "load", str(q4), "--kind", "projects", "--period", "2016Q4",
                 *choices, "--sheet", "Q4 2016", "--save-mapping", "Eigen lijst",
                 "--user", "anna"]) == 0
    out = capsys.readouterr().out
    assert "Projectreferentie afgeleid" in out and "Geladen als upload 1" in out
    assert "Kolomindeling opgeslagen als 'Eigen lijst'" in out

    q1 = _own_list(tmp_path, "q1.xlsx", "Q1 2017",
                   ["Sony", "Japan", "ICT", "Uitbreiding", "10-02-2017", 8, ""])
    assert main(["--db", str(db), "load", str(q1), "--kind", "projects", "--period", "2017Q1",
                 "--mapping", "eigen lijst"]) == 0
    assert "Opgeslagen kolomindeling 'Eigen lijst' gebruikt" in capsys.readouterr().out
    q2 = _own_list(tmp_path, "q2.xlsx", "Q2 2017",
                   ["Biogen", "VS", "LSH", "Nieuwe vestiging", "10-05-2017", 5, ""])
    assert main(["--db", str(db), "load", str(q2), "--kind", "projects", "--period",
                 "2017Q2"]) == 0
    out = capsys.readouterr().out
    assert "Opgeslagen kolomindeling 'Eigen lijst' gebruikt" in out and "upload 3" in out

    from tradeinvest.measure.records import project_records

    con = store_db.connect(db)
    try:
        listed = project_records(con).set_index("company")
    finally:
        con.close()
    assert listed.loc["Acme", "note"] == "NFIA" and listed.loc["Acme", "pillar"] == "invest"
    assert listed["reference"].str.startswith("G-").all() and len(listed) == 3
    assert main(["--db", str(db), "mappings", "list"]) == 0
    out = capsys.readouterr().out
    assert "Eigen lijst" in out and "projects" in out and "anna" in out
    assert main(["--db", str(db), "mappings", "rename", "Eigen lijst", "Lijst"]) == 0
    assert main(["--db", str(db), "mappings", "rename", "Eigen lijst", "X"]) == 1
    assert "geen opgeslagen koppeling" in capsys.readouterr().err
    assert main(["--db", str(db), "mappings", "delete", "Lijst"]) == 0
    capsys.readouterr()
    assert main(["--db", str(db), "mappings", "list"]) == 0
    assert "Nog geen opgeslagen kolomindelingen" in capsys.readouterr().out


@pytest.mark.parametrize("option", [["--map", "Bedrijfsnaam"], ["--set", "pijler="],
                                    ["--map", "=Bedrijf"]])
def test_bad_map_or_set_text_is_one_clear_line_and_exit_2(tmp_path, capsys, option):
    own = _own_list(tmp_path, "eigen.xlsx", "Blad1")
    with pytest.raises(SystemExit) as done:
        main(["--db", str(tmp_path / "x.duckdb"), "load", str(own), "--kind", "projects",
              "--period", "2016Q4", *option])
    assert done.value.code == 2
    assert "links=rechts" in capsys.readouterr().err


@pytest.mark.parametrize(("option", "said"), [
    (["--map", "Geen kolom=Bedrijf"], "geen kolom 'Geen kolom'"),
    (["--set", "onbekend=1"], "'onbekend' is geen veld"),
    (["--mapping", "nergens"], "geen opgeslagen koppeling met de naam 'nergens'")])
def test_unknown_header_field_or_mapping_name_is_exit_2(tmp_path, capsys, option, said):
    own = _own_list(tmp_path, "eigen.xlsx", "Blad1",
                    ["Acme", "Duitsland", "ICT", "Nieuwe vestiging", "15-11-2016", 30, ""])
    db = tmp_path / "x.duckdb"
    assert main(["--db", str(db), "load", str(own), "--kind", "projects", "--period",
                 "2016Q4", *option]) == 2
    assert said in capsys.readouterr().err
