"""Follow-up of realised jobs (Nazorg): a five-project example computed by hand, the follow-ups
due by quarter, the headline untouched, a real Nazorg workbook loaded, replaced and undone,
bad rows refused with the database unchanged, and the coordinator's entry on the page."""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
from pathlib import Path

import openpyxl
import pytest

from tests import factories
from tests.apptest import ROOT, app, sign_in
from tests.conftest import db_snapshot
from tradeinvest.ingest.problems import UploadRejected
from tradeinvest.loading import follow_up, templates, uploads
from tradeinvest.measure import breakdowns, outcomes
from tradeinvest.measure.filters import Filters
from tradeinvest.measure.progress import progress
from tradeinvest.store import db, users
from tradeinvest.texts import t

HEADERS = ["Projectreferentie", "Maanden na landing", "Werkelijke banen", "Datum cijfer",
           "Bron cijfer"]
# Five projects landed 2023Q2 (15-05-2023 by the factories): expected new jobs per project
EXPECTED = {"P-1": 40.0, "P-2": 20.0, "P-3": 10.0, "P-4": 30.0, "P-5": 50.0}


def nazorg_xlsx(*rows: tuple[object, ...], sheet: str = "Nazorg") -> bytes:
    """A Nazorg workbook as a coordinator writes it (openpyxl, Dutch headers)."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sheet
    ws.append(HEADERS)
    for row in rows:
        ws.append(list(row))
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


def _load(con, year: int, *rows: tuple[object, ...]) -> uploads.LoadResult:
    return uploads.load_upload(con, nazorg_xlsx(*rows), f"nazorg_{year}.xlsx", "follow_up",
                               str(year), "coord")


@pytest.fixture
def five(con):
    """The five projects (P-5 in France, the rest in Germany) and their follow-ups:
    P-1 30 -> 36; P-2 20 -> 15 (5 lost); P-3 12; P-4 none; P-5 40 -> 45 -> 35 (10 lost)."""
    factories.load(con, "2023Q2", projects=[
        {"reference": ref, "new_jobs": jobs, "country": "FR" if ref == "P-5" else "DE"}
        for ref, jobs in EXPECTED.items()])
    _load(con, 2024, ("P-1", 12, 30, "01-06-2024", "bezoek"),
          ("P-2", 12, 20, "03-06-2024", "telefoon"), ("p-3", 12, 12, "10-06-2024", "KvK"),
          ("P-5", 12, 40, "20-06-2024", "jaarverslag"))
    _load(con, 2025, ("P-1", 24, 36, "02-06-2025", "enquête"),
          ("P-2", 24, 15, "04-06-2025", "bezoek"), ("P-5", 24, 45, "20-05-2025", "telefoon"))
    follow_up.add_follow_up(con, "P-5", 36, 35.0, dt.date(2026, 5, 20), "visit", "coord")
    return con


def test_realisation_rate_jobs_lost_and_net_jobs_by_hand(five):
    summary = outcomes.follow_up_summary(five, 2023)
    # followed: P-1, P-2, P-3, P-5; expected 40 + 20 + 10 + 50 = 120
    # realised (latest): 36 + 15 + 12 + 35 = 98; lost: P-2 20-15 = 5, P-5 45-35 = 10
    assert summary == {"expected_jobs_followed": 120.0, "realised_jobs": 98.0,
                       "realisation_rate": pytest.approx(98 / 120), "jobs_lost": 15.0,
                       "net_jobs": 83.0, "projects_followed": 4, "projects_landed": 5}
    france = outcomes.follow_up_summary(five, 2023, Filters(country="FR"))
    assert (france["expected_jobs_followed"], france["realised_jobs"], france["jobs_lost"],
            france["net_jobs"], france["realisation_rate"]) == (50.0, 35.0, 10.0, 25.0, 0.7)
    nothing = outcomes.follow_up_summary(five, 2024)
    assert (nothing["realisation_rate"], nothing["projects_landed"]) == (None, 0)


def test_realisation_per_landing_year_and_country(five):
    by_year = outcomes.realisation_by(five, "year").set_index("year")
    assert by_year.loc[2023, "realised_jobs"] == 98
    assert by_year.loc[2023, "realisation_rate"] == pytest.approx(98 / 120)
    assert outcomes.realisation_by(five, "landing_year")["landing_year"].tolist() == [2023]
    by_country = outcomes.realisation_by(five, "country").set_index("country")
    # Germany: P-1..P-3 followed (expected 70, realised 63, lost 5); P-4 landed, not followed
    assert by_country.loc["DE", ["projects_landed", "projects_followed",
                                 "expected_jobs_followed", "realised_jobs", "jobs_lost",
                                 "net_jobs"]].tolist() == [4, 3, 70, 63, 5, 58]
    assert by_country.loc["DE", "realisation_rate"] == pytest.approx(0.9)
    with pytest.raises(ValueError, match="unknown dimension"):
        outcomes.realisation_by(five, "theme")


def test_the_later_figure_for_the_same_moment_counts(five):
    _load(five, 2027, ("P-3", 12, 9, "15-01-2027", "bezoek"))  # P-3 measured again, later
    assert outcomes.follow_up_summary(five, 2023)["realised_jobs"] == 98 - 12 + 9


def test_follow_ups_due_by_quarter(five):
    factories.load(five, "2022Q3", projects=[{"reference": "R-0", "new_jobs": 0.0,
                                              "retained_jobs": 25.0}])

    def due(year: int, quarter: int) -> list[tuple[str, int, dt.date]]:
        frame = outcomes.follow_ups_due(five, year, quarter)
        return [(r, m, d.date()) for r, m, d in
                zip(frame["reference"], frame["months"], frame["due_month"], strict=True)]

    assert due(2024, 2) == [("P-4", 12, dt.date(2024, 5, 1))]  # the rest has its 12 months
    assert due(2025, 2) == [("P-3", 24, dt.date(2025, 5, 1)), ("P-4", 24, dt.date(2025, 5, 1))]
    assert due(2026, 2) == [(r, 36, dt.date(2026, 5, 1)) for r in ("P-1", "P-2", "P-3", "P-4")]
    assert due(2024, 3) == []  # nothing landed in 2023Q3; R-0 (2023Q3 due) expects no jobs
    assert due(2023, 3) == []
    assert len(outcomes.follow_ups_due(five, 2026, 2, Filters(country="DE"))) == 4
    assert outcomes.follow_ups_due(five, 2026, 2, Filters(country="FR")).empty  # P-5 is done
    row = outcomes.follow_ups_due(five, 2024, 2).iloc[0]
    assert (row["company"], row["country"]) == ("Company 4", "DE")


def test_the_headline_is_unchanged_by_any_follow_up(con):
    factories.load(con, "2023Q2", projects=[{"reference": r, "new_jobs": j}
                                            for r, j in EXPECTED.items()])
    before = (dataclasses.asdict(progress(con, 2023)),
              breakdowns.totals(con, Filters(year=2023)))
    _load(con, 2024, ("P-1", 12, 5, "01-06-2024", "bezoek"),
          ("P-2", 12, 60, "01-06-2024", "bezoek"))
    follow_up.add_follow_up(con, "P-3", 24, 0.0, dt.date(2025, 5, 1), "phone", "coord")
    after = (dataclasses.asdict(progress(con, 2023)),
             breakdowns.totals(con, Filters(year=2023)))
    assert after == before
    assert before[1]["new_jobs"] == sum(EXPECTED.values())


def test_a_nazorg_file_loads_replaces_and_undoes(five):
    first = outcomes.follow_up_summary(five, 2023)
    again = _load(five, 2025, ("P-1", 24, 40, "02-06-2025", "bezoek"))  # 2025 file, replaced
    assert again.replaced_upload_id is not None
    # the 2025 file now holds only P-1 (40): P-2 and P-5 are back at their 12-month figures,
    # P-5's 36-month figure (2026) stays
    replaced = outcomes.follow_up_summary(five, 2023)
    assert replaced["realised_jobs"] == 40 + 20 + 12 + 35
    assert replaced["jobs_lost"] == 40 - 35
    uploads.undo_upload(five, again.upload_id, "coord")
    assert outcomes.follow_up_summary(five, 2023) == first
    history = uploads.history(five)
    assert set(history[history["kind"] == "follow_up"]["state"]) == {"active", "undone"}


def test_bad_rows_are_refused_naming_the_row_and_nothing_changes(five):
    before = db_snapshot(five)
    with pytest.raises(UploadRejected) as refused:
        _load(five, 2026, ("P-1", 36, 30, "01-06-2026", "bezoek"),
              ("P-9", 36, 10, "01-06-2026", "bezoek"), ("P-2", 18, 10, "01-06-2026", "bezoek"),
              ("P-3", 36, -2, "01-06-2026", "bezoek"))
    found = {(p.row, p.column, p.key) for p in refused.value.problems}
    assert (3, "Projectreferentie", "problem_follow_up_unknown_project") in found
    assert (4, "Maanden na landing", "problem_follow_up_months") in found
    assert any(row == 5 and column == "Werkelijke banen" for row, column, _ in found)
    assert db_snapshot(five) == before


def test_the_template_has_the_nazorg_sheet_and_a_help_sheet(tmp_path):
    book = openpyxl.load_workbook(io.BytesIO(templates.template("follow_up")))
    assert book.sheetnames[0] == "Nazorg" and len(book.sheetnames) >= 2
    assert [c.value for c in book["Nazorg"][1]][:5] == HEADERS
    shipped = ROOT / "data" / "templates" / "follow_up_template.xlsx"
    assert shipped.exists()
    assert "follow_up_template.xlsx" in {p.name for p in templates.write_templates(tmp_path)}


def _enter(at, reference: str, months: int, jobs: float) -> None:
    at.text_input(key="fu_reference").input(reference)
    at.selectbox(key="fu_months").set_value(months)
    at.number_input(key="fu_jobs").set_value(jobs)
    at.date_input(key="fu_date").set_value(dt.date(2025, 3, 1))
    next(b for b in at.button if b.label == t("fu_entry_save", "nl")).click().run()


def test_the_coordinator_enters_a_follow_up_on_the_page(app_db: Path):
    con = db.connect(app_db)
    try:
        landed = con.execute(  # a sample project never followed up
            """SELECT reference, year(date_realised), new_jobs FROM projects_current p
               WHERE new_jobs > 0 AND year(date_realised) <= 2024 AND NOT EXISTS (
                   SELECT 1 FROM follow_ups_current f
                   WHERE lower(f.project_reference) = lower(p.reference))
               ORDER BY reference LIMIT 1""").fetchone()
        before = outcomes.follow_up_summary(con, landed[1])
    finally:
        con.close()
    at = app("follow_up", jaar=str(landed[1]))
    assert at.text_input(key="fu_reference")  # demo mode: the coordinator
    _enter(at, "X-does-not-exist", 12, 5)
    assert any("niets geladen" in e.value for e in at.error)  # and the problem listed:
    assert any("geen geüpload project" in str(frame.value.to_dict()) for frame in at.dataframe)
    _enter(at, landed[0], 12, 3)
    assert not at.exception
    assert any(f"Nazorg voor {landed[0]} na 12 maanden opgeslagen" in s.value
               for s in at.success)
    con = db.connect(app_db)
    try:
        after = outcomes.follow_up_summary(con, landed[1])
        audit = con.execute("SELECT detail FROM audit_log WHERE action = 'follow_up'").fetchall()
    finally:
        con.close()
    assert after["projects_followed"] == before["projects_followed"] + 1
    assert after["realised_jobs"] == before["realised_jobs"] + 3
    assert after["expected_jobs_followed"] == before["expected_jobs_followed"] + landed[2]
    assert audit == [(f"{landed[0]} +12m: 3 (01-03-2025, visit)",)]


@pytest.mark.parametrize("role", ["team", "governor"])
def test_other_roles_see_the_figures_but_no_entry(app_db: Path, role: str):
    con = db.connect(app_db)
    try:
        users.add_user(con, role, role, "a long role password", "test")
    finally:
        con.close()
    from streamlit.testing.v1 import AppTest

    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=120)
    at.query_params["jaar"] = "2022"
    sign_in(at.run(), role, "a long role password")
    at.switch_page("pages/follow_up.py").run()
    assert not at.exception
    assert not [w for w in at.text_input if w.key == "fu_reference"]
    assert at.metric  # the year's follow-up figures are there
