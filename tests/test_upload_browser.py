"""The Upload page in Debian's Chromium: upload -> verdict with the change preview -> load ->
the view switched to the loaded period -> undo with its confirmation; and a problem table
whose messages wrap. Screenshots land in test-artifacts/upload_*.png (look at them)."""

from __future__ import annotations

import re

from conftest import project_row, projects_xlsx

from tests.browser import wait_for_app

CHANGE = "2026Q1: +68 nieuwe banen, +2 investeringsprojecten."


def _upload(page, path) -> None:
    page.locator('[data-testid="stFileUploader"] input[type="file"]').set_input_files(str(path))


def test_upload_preview_load_view_and_confirmed_undo(streamlit_app, tmp_path):
    app = streamlit_app("app.py", path="/uploaden", viewport=(1400, 1800))
    page = app.page
    upload = tmp_path / "projecten_2026Q1.xlsx"
    upload.write_bytes(projects_xlsx(project_row("P-26-1", jobs=40, date="15-01-2026"),
                                     project_row("P-26-2", jobs=28, date="20-03-2026")))
    assert page.get_by_text("20MB per file").count() == 1  # the app's own limit, not 50
    _upload(page, upload)
    page.get_by_text("2 rijen goedgekeurd").wait_for(timeout=60_000)
    wait_for_app(page)
    assert page.get_by_text(f"Wat dit bestand verandert: {CHANGE}").count() == 1
    app.screenshot("upload_1_checked.png", full_page=True)

    page.get_by_role("button", name="Laden").click()
    page.get_by_text(re.compile(r"Upload \d+ geladen")).wait_for(timeout=60_000)
    wait_for_app(page)
    loaded = page.get_by_text(re.compile(r"Upload \d+ geladen")).first.inner_text()
    assert loaded.endswith(f"Veranderd: {CHANGE}")
    upload_id = loaded.split()[1]
    assert page.get_by_role("combobox", name="Jaar").input_value() == "2026"
    assert page.get_by_role("combobox", name="Kwartaal").input_value() == "Q1"
    assert "jaar=2026" in page.url and "kwartaal=1" in page.url
    assert page.get_by_role("button", name="Laden").count() == 0
    app.screenshot("upload_2_loaded.png", full_page=True)

    choice = page.get_by_role("combobox", name="Upload ongedaan maken")
    assert choice.input_value().startswith(f"{upload_id} · Projecten en banen 2026Q1")
    page.get_by_role("button", name="Ongedaan maken…").click()
    page.get_by_text(f"Upload {upload_id} ongedaan maken:").wait_for(timeout=60_000)
    wait_for_app(page)
    app.screenshot("upload_3_confirm.png", full_page=True)
    page.get_by_role("button", name="Bevestigen").click()
    page.get_by_text(f"Upload {upload_id} ongedaan gemaakt").wait_for(timeout=60_000)
    wait_for_app(page)
    app.screenshot("upload_4_undone.png", full_page=True)
    assert choice.input_value().startswith(f"{upload_id} · ")  # the choice stayed
    assert page.get_by_text(f"Upload {upload_id} is ongedaan gemaakt.").count() == 1
    assert page.get_by_role("button", name="Bevestigen").count() == 0
    app.screenshot("upload_4_undone.png", full_page=True)
    assert page.locator('[data-testid="stException"]').count() == 0


def test_the_problem_table_shows_whole_messages(streamlit_app, tmp_path):
    app = streamlit_app("app.py", path="/uploaden", viewport=(1400, 1400))
    page = app.page
    upload = tmp_path / "projecten_2025Q4.xlsx"
    rows = [project_row(f"P-{i}", country="Duitsand", date=f"{i + 1:02d}-08-2025")
            for i in range(12)]
    upload.write_bytes(projects_xlsx(*rows))
    _upload(page, upload)
    page.get_by_text("Er is niets geladen").wait_for(timeout=60_000)
    wait_for_app(page)
    assert page.get_by_text("de meeste datums (12 van 12) vallen in 2025Q3").count() == 1
    app.screenshot("upload_5_problems.png", full_page=True)
    assert page.locator('[data-testid="stException"]').count() == 0
