"""Values out of range (issue 12, item 4): each refused with the row and column named, or read
with a warning that says how, through real .xlsx files, the loader and the CLI; the database
is unchanged after a refusal and JSON output is always valid."""

from __future__ import annotations

import io
import json
import math
import subprocess
import sys
from pathlib import Path

import openpyxl
import pytest
from conftest import PROJECT_HEADER, db_snapshot, project_row

from tests import factories
from tests.apptest import app
from tradeinvest import jsonsafe
from tradeinvest.ingest import schema
from tradeinvest.loading import settings as reference_edits
from tradeinvest.loading import uploads
from tradeinvest.loading.check import UploadRejected
from tradeinvest.measure import catalog
from tradeinvest.reporting import report_xlsx

REPO = Path(__file__).resolve().parents[1]
HEADER = [*PROJECT_HEADER, "Investering (EUR)"]


def workbook(*rows: list[object], date_format_rows: tuple[int, ...] = ()) -> bytes:
    """A projects sheet; the date cell of the given data rows (1-based) formatted as a date,
    so a number there is an Excel serial date."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Projecten"
    ws.append(HEADER)
    for row in rows:
        ws.append(row)
    for n in date_format_rows:
        ws.cell(n + 1, HEADER.index("Datum gerealiseerd") + 1).number_format = "dd-mm-yyyy"
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def row(ref: str = "P-1", jobs: object = 40, date: object = "15-08-2024",
        invest: object = None) -> list[object]:
    return [*project_row(ref, date=date, jobs=jobs), invest]


def refused(con, data: bytes, quarter: str = "2024Q3") -> list:
    """The errors of a refused load; asserts the database did not change."""
    before = db_snapshot(con)
    with pytest.raises(UploadRejected) as caught:
        uploads.load_upload(con, data, "projecten.xlsx", "projects", quarter, "test")
    assert db_snapshot(con) == before
    return [p for p in caught.value.problems if p.severity == "error"]


def located(errors: list, row_number: int, column: str, *words: str) -> None:
    report_text = "\n".join(map(str, errors))
    assert any(p.row == row_number and p.column == column and all(w in p.text("nl") for w in words)
               for p in errors), report_text


def test_every_number_column_of_the_schema_has_a_limit():
    numeric = [c for s in schema.ALL_SHEETS for c in s.columns if c.type in ("number", "int")]
    assert numeric and all(c.limit in schema.LIMITS for c in numeric), [
        c.name for c in numeric if c.limit is None]


def test_1e308_jobs_are_refused_on_their_rows(con):
    errors = refused(con, workbook(row("P-1", 1e308), row("P-2", 1e308), row("P-3", 10_000)))
    located(errors, 2, "Nieuwe directe banen", "te groot", "10.000 banen")
    located(errors, 3, "Nieuwe directe banen", "te groot")
    assert {p.row for p in errors} == {2, 3}  # 10,000 itself is allowed


def test_an_amount_above_100_billion_is_refused(con):
    errors = refused(con, workbook(row(invest=2e11)))
    located(errors, 2, "Investering (EUR)", "te groot", "100.000.000.000 euro")


def test_the_jobs_limit_is_a_setting_also_in_a_database_made_before_it(con):
    con.execute("DELETE FROM settings WHERE key = 'max_jobs_per_row'")  # an older database
    assert "max_jobs_per_row" in set(catalog.settings_table(con)["key"])
    reference_edits.update_settings(con, {"max_jobs_per_row": 50}, "test")
    errors = refused(con, workbook(row(jobs=60)))
    located(errors, 2, "Nieuwe directe banen", "meer dan 50 banen", "max_jobs_per_row")
    assert uploads.load_upload(con, workbook(row(jobs=50)), "p.xlsx", "projects", "2024Q3",
                               "test").rows == 1


def test_thousands_separators_load_with_a_warning_saying_how_they_were_read(con):
    result = uploads.load_upload(con, workbook(row(invest="1.000.000,5"), row("P-2", "1.250")),
                                 "p.xlsx", "projects", "2024Q3", "test")
    warnings = {(p.row, p.column): p.text("nl") for p in result.warnings}
    assert "gelezen als het getal 1000000,5" in warnings[(2, "Investering (EUR)")]
    assert "gelezen als het getal 1250" in warnings[(3, "Nieuwe directe banen")]
    assert (2, "Nieuwe directe banen") not in warnings  # a plain 40: nothing to say
    stored = con.execute("SELECT reference, investment_eur, new_jobs FROM projects_current "
                         "ORDER BY reference").fetchall()
    assert stored == [("P-1", 1000000.5, 40.0), ("P-2", None, 1250.0)]


def test_a_million_jobs_written_with_separators_is_still_too_many(con):
    located(refused(con, workbook(row(jobs="1.000.000,5"))), 2, "Nieuwe directe banen",
            "te groot")


@pytest.mark.parametrize("minus_zero", ["-0", -0.0, "-0,0"])
def test_minus_zero_is_stored_as_zero(con, minus_zero):
    uploads.load_upload(con, workbook(row(jobs=minus_zero)), "p.xlsx", "projects", "2024Q3",
                        "test")
    (jobs,) = con.execute("SELECT new_jobs FROM projects_current").fetchone()
    assert jobs == 0 and math.copysign(1.0, jobs) == 1.0


@pytest.mark.parametrize("serial", [60, 59, 1])
def test_excel_serial_dates_before_march_1900_are_refused(con, serial):
    data = workbook(row("P-1"), row("P-2", date=serial), date_format_rows=(2,))
    located(refused(con, data), 3, "Datum gerealiseerd", "vóór 1 maart 1900", "29-02-1900")


@pytest.mark.parametrize("quarter", ["9999Q4", "1900Q1", "2101Q1"])
def test_periods_outside_2000_to_2100_are_refused_with_a_message(con, quarter):
    (error,) = refused(con, workbook(row()), quarter)
    assert f"periode '{quarter}' valt buiten de jaren 2000–2100" in error.text("nl")


def cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "tradeinvest", *args], cwd=REPO,
                          capture_output=True, text=True, timeout=300)


def test_the_cli_says_what_is_wrong_with_a_period_and_changes_nothing(tmp_path, con, db_file):
    uploads.load_upload(con, workbook(row()), "p.xlsx", "projects", "2024Q3", "test")
    before = db_snapshot(con)
    con.close()
    path = tmp_path / "p.xlsx"
    path.write_bytes(workbook(row(), row("P-2", 1e308)))
    for quarter in ("9999Q4", "1900Q1"):
        done = cli("--db", str(db_file), "load", str(path), "--kind", "projects",
                   "--quarter", quarter)
        assert done.returncode == 1 and "Traceback" not in done.stderr
        assert f"periode '{quarter}' valt buiten de jaren 2000–2100" in done.stderr
    done = cli("--db", str(db_file), "load", str(path), "--kind", "projects", "--quarter",
               "2024Q3")
    assert done.returncode == 1 and "rij 3, kolom 'Nieuwe directe banen'" in done.stderr
    assert "te groot" in done.stderr
    path.write_bytes(workbook(row(), row("P-2", date=60), date_format_rows=(2,)))
    done = cli("--db", str(db_file), "load", str(path), "--kind", "projects", "--quarter",
               "2024Q3")
    assert done.returncode == 1 and "rij 3, kolom 'Datum gerealiseerd'" in done.stderr
    assert "vóór 1 maart 1900" in done.stderr
    for args in (("--year", "2024", "--quarter", "9999Q4"), ("--year", "9999")):
        done = cli("--db", str(db_file), "progress", *args, "--json")
        assert done.returncode == 2 and "Traceback" not in done.stderr, done.stderr
        assert "valt buiten de jaren 2000–2100" in done.stderr
    from tradeinvest.store import db

    again = db.connect(db_file)
    try:
        assert db_snapshot(again) == before
    finally:
        again.close()


def test_the_cli_loads_thousands_separators_and_says_how_it_read_them(tmp_path, db_file):
    path = tmp_path / "p.xlsx"
    path.write_bytes(workbook(row(invest="1.000.000,5")))
    done = cli("--db", str(db_file), "load", str(path), "--kind", "projects", "--quarter",
               "2024Q3")
    assert done.returncode == 0, done.stderr
    assert ("Waarschuwing: p.xlsx, blad 'Projecten', rij 2, kolom 'Investering (EUR)': tekst "
            "met scheidingstekens gelezen als het getal 1000000,5") in done.stdout


def _no_constants(name: str) -> None:
    raise AssertionError(f"{name} is not JSON")


def test_progress_json_is_valid_even_when_a_total_is_not_finite(con, db_file):
    """A database filled before the limits existed: two rows of 1e308 jobs sum to infinity."""
    factories.load(con, "2024Q3", projects=[{"new_jobs": 1e308}, {"new_jobs": 1e308}])
    con.close()
    done = cli("--db", str(db_file), "progress", "--year", "2024", "--json")
    assert done.returncode == 0, done.stderr
    summary = json.loads(done.stdout, parse_constant=_no_constants)
    assert summary["new_jobs"] is None


def test_json_helper_writes_null_for_nan_and_infinity():
    value = {"a": math.nan, "b": [math.inf, -math.inf, 1.5], "c": (2, "x")}
    assert json.loads(jsonsafe.dumps(value)) == {"a": None, "b": [None, None, 1.5],
                                                 "c": [2, "x"]}


def test_the_upload_page_says_a_period_is_out_of_range_without_a_traceback(app_db):
    at = app("upload")
    data = workbook(row(date="15-12-2025"))
    at.file_uploader[0].set_value(("p_2025Q4.xlsx", data, report_xlsx.XLSX_MIME)).run()
    at.text_input[0].set_value("9999Q4").run()
    assert not at.exception
    messages = at.dataframe[0].value["Melding"].tolist()  # the problem table
    assert any("periode '9999Q4' valt buiten de jaren 2000–2100" in m for m in messages)
    assert any("Er is niets geladen" in e.value for e in at.error)
    assert not [b for b in at.button if b.key == "confirm_load"]
