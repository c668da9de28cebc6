"""Loading uploads: all-or-nothing, replace per kind and quarter, undo, history."""

from __future__ import annotations

import datetime as dt
import hashlib

import numpy as np
import pandas as pd
import pytest
from conftest import db_snapshot, make_xlsx, project_row, projects_xlsx

from tradeinvest.ingest import reader, templates
from tradeinvest.loading import check, uploads
from tradeinvest.loading import plans as loading_plans
from tradeinvest.loading.check import UploadRejected


def current_jobs(con) -> float:
    return con.execute("SELECT coalesce(sum(new_jobs), 0) FROM projects_current").fetchone()[0]


def test_a_valid_projects_file_is_loaded_with_its_history(con):
    data = projects_xlsx(project_row("P-1", jobs=40), project_row("P-2", jobs="12,5"))
    result = uploads.load_upload(con, data, "q3.xlsx", "projects", "2024Q3", "coordinator")
    assert (result.rows, result.replaced_upload_id) == (2, None)
    assert current_jobs(con) == 52.5
    row = con.execute("SELECT country, sector, theme, date_realised, date_realised_precision, "
                      "partner, source_row FROM projects WHERE reference = 'P-1'").fetchone()
    assert row == ("DE", "ict", "slim", dt.date(2024, 8, 15), "day", "IU", 2)
    hist = uploads.history(con).iloc[0]
    assert (hist.kind, hist.quarter, hist.file_name, hist.row_count, hist.uploaded_by,
            hist.state) == ("projects", "2024Q3", "q3.xlsx", 2, "coordinator", "active")
    assert hist.sha256 == hashlib.sha256(data).hexdigest()


def test_uploading_the_same_kind_and_quarter_again_replaces_it(con):
    first = uploads.load_upload(con, projects_xlsx(project_row(jobs=40)), "a.xlsx", "projects",
                                "2024Q3", "c")
    second = uploads.load_upload(con, projects_xlsx(project_row(jobs=55)), "b.xlsx", "projects",
                                 "2024Q3", "c")
    assert second.replaced_upload_id == first.upload_id
    assert current_jobs(con) == 55
    states = dict(uploads.history(con)[["upload_id", "state"]].itertuples(index=False))
    assert states == {first.upload_id: "replaced", second.upload_id: "active"}


def test_another_quarter_adds_to_the_figures(con):
    uploads.load_upload(con, projects_xlsx(project_row(jobs=40)), "a.xlsx", "projects", "2024Q3",
                        "c")
    uploads.load_upload(con, projects_xlsx(project_row(jobs=10, date="05-11-2024")), "b.xlsx",
                        "projects", "2024Q4", "c")
    assert current_jobs(con) == 50


def test_undo_of_a_replacement_brings_the_earlier_version_back(con):
    first = uploads.load_upload(con, projects_xlsx(project_row(jobs=40)), "a.xlsx", "projects",
                                "2024Q3", "c")
    second = uploads.load_upload(con, projects_xlsx(project_row(jobs=55)), "b.xlsx", "projects",
                                 "2024Q3", "c")
    assert uploads.undo_upload(con, second.upload_id, "c") == first.upload_id
    assert current_jobs(con) == 40
    assert uploads.undo_upload(con, first.upload_id, "c") is None
    assert current_jobs(con) == 0
    with pytest.raises(ValueError, match="al ongedaan"):
        uploads.undo_upload(con, first.upload_id, "c")
    with pytest.raises(ValueError, match="bestaat niet"):
        uploads.undo_upload(con, 999, "c")
    actions = [r[0] for r in con.execute("SELECT action FROM audit_log ORDER BY logged_at")
               .fetchall()]
    assert actions == ["upload", "upload", "undo", "undo"]


def test_undo_keeps_the_spans_so_earlier_states_can_be_rebuilt(con):
    t0 = dt.datetime(2024, 10, 1, 9)
    first = uploads.load_upload(con, projects_xlsx(project_row(jobs=40)), "a.xlsx", "projects",
                                "2024Q3", "c", now=t0)
    uploads.load_upload(con, projects_xlsx(project_row(jobs=55)), "b.xlsx", "projects",
                        "2024Q3", "c", now=t0 + dt.timedelta(days=30))
    spans = con.execute("SELECT upload_id, active_from, active_to FROM upload_spans "
                        "ORDER BY active_from").fetchall()
    assert spans[0] == (first.upload_id, t0, t0 + dt.timedelta(days=30))


def test_a_file_with_errors_reports_every_problem_and_writes_nothing(con):
    uploads.load_upload(con, projects_xlsx(project_row(jobs=40)), "ok.xlsx", "projects",
                        "2024Q3", "c")
    before = db_snapshot(con)
    bad = projects_xlsx(
        project_row("P-1", country="Atlantis"),
        project_row("P-2", jobs=-3),
        project_row("P-3", jobs="veel"),
        project_row("P-4", date="15-01-2024"),
        project_row("P-4", sector="Ruimtevaart-mijnbouw"),
        project_row("P-6", company=None),
    )
    with pytest.raises(UploadRejected) as caught:
        uploads.load_upload(con, bad, "bad.xlsx", "projects", "2024Q3", "c")
    found = {(p.row, p.column) for p in caught.value.problems if p.severity == "error"}
    assert found == {(2, "Land"), (3, "Nieuwe directe banen"), (4, "Nieuwe directe banen"),
                     (5, "Datum gerealiseerd"), (6, "Projectreferentie"), (6, "Sector"),
                     (7, "Bedrijf")}
    outside = next(p for p in caught.value.problems if p.row == 5)
    assert "buiten het gekozen kwartaal 2024Q3" in outside.text("nl")
    assert outside.file == "bad.xlsx" and outside.sheet == "Projecten"
    assert db_snapshot(con) == before


def test_a_failure_just_before_commit_leaves_the_database_as_it_was(con):
    uploads.load_upload(con, projects_xlsx(project_row(jobs=40)), "ok.xlsx", "projects",
                        "2024Q3", "c")
    before = db_snapshot(con)

    def crash(_cur):
        raise RuntimeError("disk vol")

    with pytest.raises(RuntimeError, match="disk vol"):
        uploads.load_upload(con, projects_xlsx(project_row(jobs=99)), "new.xlsx", "projects",
                            "2024Q3", "c", before_commit=crash)
    assert db_snapshot(con) == before


def test_kind_and_pillar_must_agree(con):
    bad = projects_xlsx(project_row(pillar="Invest", kind="Exportcontract"))
    with pytest.raises(UploadRejected) as caught:
        uploads.load_upload(con, bad, "x.xlsx", "projects", "2024Q3", "c")
    assert "exportcontract hoort bij Trade" in caught.value.problems[0].text("nl")


def test_a_country_outside_the_focus_list_is_a_warning_not_an_error(con):
    result = uploads.load_upload(con, projects_xlsx(project_row(country="Frankrijk")), "f.xlsx",
                                 "projects", "2024Q3", "c")
    assert [p.column for p in result.warnings] == ["Land"]
    assert "focuslijst" in result.warnings[0].text("nl")


def test_a_wrong_quarter_text_is_refused_clearly(con):
    with pytest.raises(UploadRejected) as caught:
        uploads.load_upload(con, projects_xlsx(project_row()), "x.xlsx", "projects", "Q5", "c")
    assert "kwartaal" in caught.value.problems[0].text("nl")


MISSION_HEADER = ["Missiereferentie", "Naam", "Soort", "Pijler", "Land", "Stad", "Startdatum",
                  "Einddatum", "Deelnemende bedrijven"]
LEAD_HEADER = ["Missiereferentie", "Bedrijf", "Land", "Sector", "Pijler", "Status",
               "Verwachte banen"]


def test_missions_and_their_leads_load_together(con):
    data = make_xlsx({
        "Missies": [MISSION_HEADER,
                    ["M-1", "BIO Boston", "Beurs", "Invest", "VS", "Boston", "03-06-2024",
                     "08-06-2024", 9]],
        "Leads": [LEAD_HEADER,
                  ["M-1", "Genmab Inc", "VS", "LSH", "Invest", "Nieuw", 20],
                  ["M-1", "Biogen", "Verenigde Staten", "life sciences", "Invest", "gewonnen",
                   None]],
    })
    result = uploads.load_upload(con, data, "m.xlsx", "missions", "2024Q2", "c")
    assert result.rows == 3
    assert con.execute("SELECT companies, end_date FROM missions_current").fetchone() == (
        9, dt.date(2024, 6, 8))
    assert sorted(con.execute("SELECT status FROM leads_current").fetchall()) == [("new",),
                                                                                 ("won",)]


def test_a_lead_for_an_unknown_mission_is_an_error(con):
    data = make_xlsx({
        "Missies": [MISSION_HEADER,
                    ["M-1", "BIO", "Beurs", "Invest", "VS", "Boston", "03-06-2024", None, 9]],
        "Leads": [LEAD_HEADER, ["M-9", "Genmab", "VS", "LSH", "Invest", "Nieuw", 20]],
    })
    with pytest.raises(UploadRejected) as caught:
        uploads.load_upload(con, data, "m.xlsx", "missions", "2024Q2", "c")
    problem = caught.value.problems[0]
    assert (problem.sheet, problem.row, problem.column) == ("Leads", 2, "Missiereferentie")


def test_contact_person_details_are_stored_apart_from_the_facts(con):
    header = ["Datum", "Bedrijf", "Land", "Sector", "Pijler", "Soort contact", "Kanaal",
              "Contactpersoon", "E-mail"]
    data = make_xlsx({"Contacten": [
        header,
        ["02-07-2024", "Acme", "DE", "ICT", "Invest", "prospect", "beurs", "J. de Vries",
         "j@example.com"],
        ["03-07-2024", "Beta", "JP", "ICT", "Invest", "prospect", "online", None, None],
    ]})
    uploads.load_upload(con, data, "c.xlsx", "contacts", "2024Q3", "c")
    columns = [r[0] for r in con.execute("DESCRIBE contacts").fetchall()]
    assert not {"person_name", "person_email"} & set(columns)
    assert con.execute("SELECT person_name, person_email, source_row FROM contact_persons"
                       ).fetchall() == [("J. de Vries", "j@example.com", 2)]


def test_a_blank_optional_pillar_on_a_bidbook_means_invest(con):
    header = ["Referentie", "Datum", "Bedrijf", "Land", "Sector", "Soort", "Uitkomst", "Pijler"]
    data = make_xlsx({"Bidbooks": [header, ["B-1", "10-07-2024", "Acme", "DE", "ICT", "bidbook",
                                            "lopend", None]]})
    uploads.load_upload(con, data, "b.xlsx", "bidbooks", "2024Q3", "c")
    assert con.execute("SELECT pillar FROM bidbooks_current").fetchall() == [("invest",)]


@pytest.mark.parametrize(("name", "kind", "suggested"), [
    ("projecten_2024Q3.xlsx", "projects", "2024Q3"),
    ("Q3 2024 projecten.xlsx", "projects", "2024Q3"),
    ("projecten 2024K3.xlsx", "projects", "2024Q3"),
    ("missies_2024-Q3.xlsx", "missions", "2024Q3"),
    ("contacten_2023_q1.xlsx", "contacts", "2023Q1"),
    ("kalender_2018.xlsx", "calendar", "2018"),  # a yearly kind: the year
    ("landenplannen_2025Q1.xlsx", "country_plans", "2025"),
    ("export_20240701.xlsx", "projects", "2024Q3"),  # no period in the name: from the dates
    ("projecten_2024.xlsx", "projects", "2024Q3"),  # a bare year is no quarter: the dates
    ("kalender.xlsx", "calendar", ""),
])
def test_the_period_is_suggested_from_the_file_name_else_from_the_dates(name, kind, suggested):
    data = projects_xlsx(project_row(date="15-08-2024"))
    assert check.suggest_period(data, name, kind) == suggested


def test_typed_in_country_plans_are_saved_as_data_without_a_workbook(con, monkeypatch):
    def no_workbook(*args, **kwargs):
        raise AssertionError("typed-in plans are data, not a workbook to read back")

    monkeypatch.setattr(templates, "write_workbook", no_workbook)
    monkeypatch.setattr(reader, "read_upload", no_workbook)
    frame = pd.DataFrame([{"country": "Duitsland", "pillar": "Invest en Trade",
                           "target_new_jobs": 120.0, "target_leads": np.float64(4)},
                          {"country": None, "pillar": None},  # an empty editor row
                          {"country": "JP", "pillar": "invest", "team": "  ",
                           "target_new_jobs": pd.NA}])
    result = loading_plans.save_country_plans(con, 2025, frame, "coord")
    assert (result.kind, str(result.period), result.rows) == ("country_plans", "2025", 2)
    stored = con.execute("SELECT country, pillar, target_new_jobs, target_leads, team "
                         "FROM country_plans ORDER BY country").fetchall()
    assert stored == [("DE", "both", 120.0, 4.0, None), ("JP", "invest", None, None, None)]
    upload = con.execute("SELECT quarter, period_start, period_end, file_name FROM uploads"
                         ).fetchone()
    assert upload == ("2025", dt.date(2025, 1, 1), dt.date(2025, 12, 31),
                      "landenplannen_2025_app")
    with pytest.raises(UploadRejected) as refused:  # the same checks as an uploaded workbook
        loading_plans.save_country_plans(con, 2025, frame.assign(country="Atlantis"), "coord")
    assert any("onbekend land" in p.text("nl") for p in refused.value.problems)


def test_a_period_of_the_wrong_form_for_the_kind_is_refused_before_reading(con):
    for kind, period in (("projects", "2024"), ("calendar", "2024Q3"), ("nonsense", "2024")):
        with pytest.raises(UploadRejected):
            check.check_upload(con, b"not even a spreadsheet", "x.xlsx", kind, period)
    assert uploads.latest_upload(con, "projects", "2024") == 0  # unreadable: none seen
