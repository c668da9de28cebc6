"""Pages in AppTest on a real sample database: what is shown equals what `measure` returns."""

from __future__ import annotations

import os
import re

import pytest
import streamlit as st
from conftest import make_xlsx, project_row, projects_xlsx

from tests.apptest import app, metrics
from tradeinvest import measure as m
from tradeinvest.reporting import fmt, report
from tradeinvest.store import db, uploads


def test_overview_shows_the_measured_progress_of_the_latest_year(app_db):
    at = app()
    con = db.connect(app_db)
    p = m.progress(con, 2025)
    shown = metrics(at)
    assert shown["Nieuwe banen (jaar tot nu)"] == fmt.number(p.new_jobs)
    assert shown["Jaardoel"] == fmt.number(p.target) == "1.000"
    assert shown["Prognose jaareinde"] == fmt.number(p.forecast)
    assert shown["Behouden banen (apart)"] == fmt.number(p.retained_jobs)
    assert shown["Indirecte banen"] == fmt.number(p.indirect_jobs)
    status = m.STATUS_LABELS[p.status][0]
    banners = [b.value for b in (*at.success, *at.warning, *at.error)]
    assert any(b.startswith(f"**{status}**") for b in banners)
    assert at.title[0].value == "Op weg naar 1.000 banen — 2025"


def test_overview_in_english_uses_english_labels_and_number_format(app_db):
    at = app(taal="en", jaar="2024")
    p = m.progress(db.connect(app_db), 2024)
    assert metrics(at)["Annual target"] == "1,000"
    assert metrics(at)["New jobs (year to date)"] == fmt.number(p.new_jobs, lang="en")


def test_a_link_with_filters_opens_the_same_country_view(app_db):
    at = app("countries", jaar="2024", land="DE")
    assert at.title[0].value == "Duitsland — 2024"
    totals = m.totals(db.connect(app_db), m.Filters(year=2024, country="DE"))
    shown = metrics(at)
    assert shown["Contacten"] == fmt.number(totals["contacts"])
    assert shown["Projecten"] == fmt.number(totals["projects"])
    assert shown["Nieuwe banen"] == fmt.number(totals["new_jobs"])
    assert at.query_params["land"] in ("DE", ["DE"])  # the view stays in the URL


def test_countries_ranking_adds_up_to_the_overview_total(app_db):
    at = app("countries")
    ranking = at.dataframe[0].value
    p = m.progress(db.connect(app_db), 2025)
    assert ranking["Nieuwe banen"].sum() == pytest.approx(p.new_jobs)


def test_sectors_page_lists_every_sector_with_measured_jobs(app_db):
    at = app("sectors")
    table = at.dataframe[0].value
    by_sector = m.impact_by(db.connect(app_db), "sector", m.Filters(year=2025))
    assert table["Nieuwe banen"].sum() == pytest.approx(by_sector["new_jobs"].sum())
    at.selectbox(key="f_sector").set_value("lsh").run()
    assert at.title[0].value == "Life sciences & health — 2025"


def test_missions_page_counts_the_measured_missions(app_db):
    at = app("missions")
    missions = m.mission_yield(db.connect(app_db), m.Filters(year=2025))
    assert metrics(at)["Missies"] == fmt.number(len(missions))
    assert metrics(at)["Bedrijven mee"] == fmt.number(missions["companies"].sum())


def undo_choice(at):
    return next(s for s in at.selectbox if s.label == "Upload ongedaan maken")


def test_upload_then_undo_changes_the_overview_without_a_restart(app_db):
    at = app("upload")
    before = metrics(app())["Nieuwe banen (jaar tot nu)"]
    data = projects_xlsx(project_row("P-NEW", jobs=1000, date="15-12-2025"))
    at.selectbox[0].set_value("projects")
    at.file_uploader[0].set_value(("extra_2025Q4.xlsx", data, report.XLSX_MIME)).run()
    assert at.text_input[0].value == "2025Q4"  # suggested from the file name
    assert any("1 rij goedgekeurd" in s.value for s in at.success)
    newest_before = undo_choice(at).value
    at.button(key="confirm_load").click().run()
    assert not at.exception
    loaded = next(s.value for s in at.success if "geladen" in s.value)
    assert re.fullmatch(r"Upload \d+ geladen: 1 rij Projecten en banen 2025Q4 "
                        r"\(vervangt upload \d+\)\.", loaded)
    # The undo choice moves to the upload just loaded, not the one that was newest before.
    assert undo_choice(at).value == int(loaded.split()[1]) != newest_before
    # The sample's 2025Q4 projects upload was replaced by this one-row file.
    con = db.connect(app_db)
    after = m.progress(con, 2025)
    overview = app()
    assert metrics(overview)["Nieuwe banen (jaar tot nu)"] == fmt.number(after.new_jobs)
    assert metrics(overview)["Nieuwe banen (jaar tot nu)"] != before
    upload_id = int(uploads.history(con)["upload_id"].iloc[0])
    at = app("upload")
    undo_choice(at).set_value(upload_id)
    at.button(key="undo_button").click().run()
    assert metrics(app())["Nieuwe banen (jaar tot nu)"] == before


def test_a_checked_file_is_read_again_only_by_the_load_itself(app_db, monkeypatch):
    reads: list[str] = []
    check_upload = uploads.check_upload

    def noted(*args, **kwargs):
        reads.append(args[2])
        return check_upload(*args, **kwargs)

    monkeypatch.setattr(uploads, "check_upload", noted)
    at = app("upload")
    data = projects_xlsx(project_row("P-NEW", jobs=10, date="15-12-2025"))
    at.file_uploader[0].set_value(("extra_2025Q4.xlsx", data, report.XLSX_MIME)).run()
    at.run()  # any rerun of the page (a filter, a click elsewhere) keeps the check
    assert reads == ["extra_2025Q4.xlsx"]
    at.button(key="confirm_load").click().run()
    assert any("geladen" in s.value for s in at.success)
    # The load validates once more before it writes; then the data have changed, so the file
    # still shown is judged once against them; a later rerun keeps that judgement.
    assert reads == ["extra_2025Q4.xlsx"] * 3
    at.run()
    assert len(reads) == 3


def test_a_file_with_errors_shows_the_report_and_offers_no_load(app_db):
    at = app("upload")
    data = projects_xlsx(project_row(country="Atlantis", date="15-12-2025"))
    at.file_uploader[0].set_value(("fout_2025Q4.xlsx", data, report.XLSX_MIME)).run()
    assert any("Er is niets geladen" in e.value for e in at.error)
    problems = at.dataframe[0].value
    assert problems.iloc[0]["Kolom"] == "Land" and problems.iloc[0]["Rij"] == 2
    assert not [b for b in at.button if b.key == "confirm_load"]


def test_settings_target_path_changes_the_overview_target(app_db):
    at = app("settings")
    at.radio(key="target_shape").set_value("growth")
    at.number_input(key="target_end").set_value(1200.0)
    at.button(key="apply_path").click().run()
    assert not at.exception
    con = db.connect(app_db)
    assert m.target_for(con, 2023) == pytest.approx(1200.0)
    assert m.target_for(con, 2020) == pytest.approx(500 * (1200 / 500) ** (2 / 5), abs=0.1)
    assert metrics(app(jaar="2023"))["Jaardoel"] == "1.200"


def test_a_database_without_projects_explains_what_to_upload(tmp_path):
    path = tmp_path / "contacts_only.duckdb"
    con = db.connect(path)
    header = ["Datum", "Bedrijf", "Land", "Sector", "Pijler", "Soort contact", "Kanaal"]
    uploads.load_upload(con, make_xlsx({"Contacten": [
        header, ["02-07-2024", "Acme", "DE", "ICT", "Invest", "prospect", "beurs"]]}),
        "c.xlsx", "contacts", "2024Q3", "c")
    con.close()
    os.environ["TRADEINVEST_DB"] = str(path)
    st.cache_resource.clear()
    st.cache_data.clear()
    try:
        at = app()
        assert any("nog geen projecten" in i.value for i in at.info)
        for page in ("countries", "sectors", "missions"):
            app(page)  # no traceback on any page
    finally:
        st.cache_resource.clear()
        os.environ.pop("TRADEINVEST_DB", None)
