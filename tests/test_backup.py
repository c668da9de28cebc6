"""Backup and restore: the whole history round-trips, ids continue, nothing is overwritten by
accident, and the command line does the same."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from conftest import db_snapshot, make_xlsx, project_row, projects_xlsx

from tradeinvest.cli import main
from tradeinvest.loading import settings as reference_edits
from tradeinvest.loading import uploads
from tradeinvest.store import db, reference
from tradeinvest.store.backup import BackupError, backup, restore

T0 = dt.datetime(2024, 10, 1, 9)


def fill(con) -> None:
    """A small history: two quarters, a replacement, an undo, missions with leads, contacts
    with personal details, and edited settings and targets."""
    uploads.load_upload(con, projects_xlsx(project_row("P-1", date="15-05-2024")), "q2.xlsx",
                        "projects", "2024Q2", "c", now=T0)
    first = uploads.load_upload(con, projects_xlsx(project_row("P-2", jobs=10)), "q3.xlsx",
                                "projects", "2024Q3", "c", now=T0 + dt.timedelta(hours=1))
    second = uploads.load_upload(con, projects_xlsx(project_row("P-2", jobs="12,5")),
                                 "q3-v2.xlsx", "projects", "2024Q3", "c",
                                 now=T0 + dt.timedelta(hours=2))
    assert second.replaced_upload_id == first.upload_id
    uploads.undo_upload(con, second.upload_id, "c", now=T0 + dt.timedelta(hours=3))
    uploads.load_upload(con, make_xlsx({
        "Missies": [["Missiereferentie", "Naam", "Soort", "Pijler", "Land", "Startdatum",
                     "Deelnemende bedrijven"],
                    ["M-1", "BIO Boston", "Beurs", "Invest", "VS", dt.date(2024, 6, 3), 9]],
        "Leads": [["Missiereferentie", "Bedrijf", "Land", "Sector", "Pijler", "Status"],
                  ["M-1", "Genmab", "VS", "LSH", "Invest", "Nieuw"]]}),
        "m.xlsx", "missions", "2024Q2", "c", now=T0 + dt.timedelta(hours=4))
    uploads.load_upload(con, make_xlsx({"Contacten": [
        ["Datum", "Bedrijf", "Land", "Sector", "Pijler", "Soort contact", "Kanaal",
         "Contactpersoon"],
        [dt.date(2024, 7, 2), "Acme", "DE", "ICT", "Invest", "prospect", "beurs", "J. Jansen"]]}),
        "c.xlsx", "contacts", "2024Q3", "c", now=T0 + dt.timedelta(hours=5))
    reference_edits.update_settings(con, {"on_track_share": 0.9}, "c")
    reference.set_target(con, "new_jobs", 2025, 1100, "nieuw doel")


def test_round_trip_keeps_every_row_and_the_schema_version(con, tmp_path) -> None:
    fill(con)
    folder = backup(con, tmp_path / "backup")
    restored = restore(tmp_path / "restored.duckdb", folder)

    con2 = db.connect(restored)  # migrations must find nothing to do
    try:
        assert db_snapshot(con2) == db_snapshot(con)
        assert db.schema_version(con2) == db.schema_version(con) == db.MIGRATIONS[-1][0]
        assert con2.execute("SELECT sum(new_jobs) FROM projects_current").fetchone() == \
            con.execute("SELECT sum(new_jobs) FROM projects_current").fetchone()
        assert uploads.history(con2).equals(uploads.history(con))
    finally:
        con2.close()


def test_upload_ids_continue_after_a_restore(con, tmp_path) -> None:
    fill(con)
    restored = restore(tmp_path / "restored.duckdb", backup(con, tmp_path / "backup"))
    expected = uploads.load_upload(con, projects_xlsx(project_row("P-9")), "q3.xlsx",
                                   "projects", "2024Q3", "c").upload_id

    con2 = db.connect(restored)
    try:
        new = uploads.load_upload(con2, projects_xlsx(project_row("P-9")), "q3.xlsx",
                                  "projects", "2024Q3", "c")
        assert new.upload_id == expected == 6  # five uploads restored: no gap, no collision
    finally:
        con2.close()


def test_a_backup_whose_sequence_restarts_is_repaired_on_restore(con, tmp_path) -> None:
    fill(con)
    folder = backup(con, tmp_path / "backup")
    schema, edits = re.subn(r"(CREATE SEQUENCE upload_id_seq .*?)START \d+", r"\1START 1",
                            (folder / "schema.sql").read_text())
    assert edits == 1
    (folder / "schema.sql").write_text(schema)

    con2 = db.connect(restore(tmp_path / "restored.duckdb", folder))
    try:
        new = uploads.load_upload(con2, projects_xlsx(project_row("P-9")), "q3.xlsx",
                                  "projects", "2024Q3", "c")
        assert new.upload_id == 6
    finally:
        con2.close()


def test_restore_refuses_to_overwrite_data_unless_forced(con, db_file, tmp_path) -> None:
    fill(con)
    folder = backup(con, tmp_path / "backup")
    other = tmp_path / "other.duckdb"
    con3 = db.connect(other)
    uploads.load_upload(con3, projects_xlsx(project_row("X-1")), "x.xlsx", "projects",
                        "2024Q3", "c")
    kept = db_snapshot(con3)
    con3.close()

    with pytest.raises(BackupError, match="bevat al gegevens"):
        restore(other, folder)
    con3 = db.connect(other)
    assert db_snapshot(con3) == kept
    con3.close()

    restore(other, folder, force=True)
    con3 = db.connect(other)
    try:
        assert db_snapshot(con3) == db_snapshot(con)
    finally:
        con3.close()


def test_a_fresh_database_without_uploads_may_be_overwritten(con, tmp_path) -> None:
    fill(con)
    fresh = tmp_path / "fresh.duckdb"
    db.connect(fresh).close()  # defaults only, as the app creates it

    restore(fresh, backup(con, tmp_path / "backup"))


def test_backup_and_restore_refuse_wrong_folders(con, tmp_path) -> None:
    (tmp_path / "full").mkdir()
    (tmp_path / "full" / "notes.txt").write_text("x")
    with pytest.raises(BackupError, match="niet leeg"):
        backup(con, tmp_path / "full")
    with pytest.raises(BackupError, match="geen back-up"):
        restore(tmp_path / "new.duckdb", tmp_path / "full")
    assert not (tmp_path / "new.duckdb").exists()


def test_backup_and_restore_from_the_command_line(con, db_file, tmp_path, capsys) -> None:
    fill(con)
    expected = db_snapshot(con)
    con.close()
    out, copy = tmp_path / "bak", tmp_path / "copy.duckdb"

    assert main(["--db", str(db_file), "backup", "--out", str(out)]) == 0
    assert "Back-up geschreven" in capsys.readouterr().out
    assert main(["--db", str(db_file), "backup", "--out", str(out)]) == 1
    assert "niet leeg" in capsys.readouterr().err
    assert main(["--db", str(copy), "restore", str(out)]) == 0
    assert main(["--db", str(copy), "restore", str(out)]) == 1
    assert "--force" in capsys.readouterr().err
    assert main(["--db", str(copy), "restore", str(out), "--force"]) == 0

    con2 = db.connect(copy)
    try:
        assert db_snapshot(con2) == expected
    finally:
        con2.close()


def test_migration_6_gives_every_stored_upload_its_first_and_last_day(tmp_path, monkeypatch):
    """A database from before migration 6 keeps its uploads, now with their period's dates."""
    path = tmp_path / "old.duckdb"
    monkeypatch.setattr(db, "MIGRATIONS", db.MIGRATIONS[:5])
    old = db.connect(path)
    for kind, period in (("projects", "2024Q3"), ("calendar", "2018"), ("projects", "2023Q1")):
        old.execute("INSERT INTO uploads (kind, quarter, file_name, sha256, row_count, "
                    "uploaded_by, uploaded_at) VALUES (?, ?, 'f.xlsx', 'x', 0, 'c', now())",
                    [kind, period])
    old.close()
    monkeypatch.undo()
    con = db.connect(path)
    rows = con.execute("SELECT quarter, period_start, period_end FROM uploads ORDER BY 1"
                       ).fetchall()
    assert [(p, str(s), str(e)) for p, s, e in rows] == [
        ("2018", "2018-01-01", "2018-12-31"), ("2023Q1", "2023-01-01", "2023-03-31"),
        ("2024Q3", "2024-07-01", "2024-09-30")]
