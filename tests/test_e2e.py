"""The whole app in Debian's Chromium: first run fills the sample data, every page renders
offline, and an xlsx uploaded through the Upload page changes the Overview's figure.

Screenshots of every page land in test-artifacts/ (look at them: AppTest draws no charts).
"""

from __future__ import annotations

import datetime as dt
import re

import pandas as pd

from tests.browser import wait_for_app
from tradeinvest import sample
from tradeinvest.ingest.templates import write_workbook
from tradeinvest.reporting import fmt

PAGES = {"/": "overview", "/landen": "countries", "/sectoren": "sectors",
         "/missies": "missions", "/uploaden": "upload", "/instellingen": "settings"}
JOBS_LABEL = "Nieuwe banen (jaar tot nu)"


def metric_value(page, label: str) -> str:
    metric = page.locator('[data-testid="stMetric"]').filter(has_text=label).first
    return metric.locator('[data-testid="stMetricValue"]').inner_text().strip()


def dutch_number(text: str) -> float:
    return float(text.replace(".", "").replace(",", "."))


def one_project_file(jobs: int) -> bytes:
    """A filled-in projects template, as the coordinator would send it."""
    frame = pd.DataFrame([{
        "reference": "P-E2E-1", "company": "Browser Test B.V.", "pillar": "invest",
        "project_kind": "new", "country": "JP", "sector": "ict",
        "date_realised": dt.date(2025, 11, 20), "new_jobs": jobs, "retained_jobs": 0,
        "partner": "IU"}])
    return write_workbook("projects", {"projects": frame})


def test_every_page_renders_offline_and_an_upload_moves_the_overview(streamlit_app, tmp_path):
    app = streamlit_app("app.py", viewport=(1400, 2600))
    page = app.page
    before = dutch_number(metric_value(page, JOBS_LABEL))
    for path, name in PAGES.items():
        app.goto(path)
        assert page.locator('[data-testid="stException"]').count() == 0, name
        if path == "/landen":
            page.wait_for_selector(".choroplethlayer path", timeout=30_000)
            assert page.locator(".choroplethlayer path").count() > 0
        app.screenshot(f"page_{name}.png", full_page=True)
    assert not [u for u in app.blocked if "plot.ly" in u], app.blocked

    app.goto("/overzicht?jaar=2024")  # a bookmark to the Overview's own path, with a filter
    page.locator("h1").filter(has_text="2024").first.wait_for(timeout=60_000)
    assert page.get_by_text("Page not found").count() == 0
    assert "jaar=2024" in page.url and "/overzicht" not in page.url

    upload = tmp_path / "projecten_2025Q4.xlsx"
    upload.write_bytes(one_project_file(1000))
    app.goto("/uploaden")
    page.locator('[data-testid="stFileUploader"] input[type="file"]').set_input_files(str(upload))
    page.get_by_text("1 rij goedgekeurd").wait_for(timeout=60_000)
    assert page.get_by_label("Kwartaal (bijv. 2024Q3)").input_value() == "2025Q4"
    app.screenshot("page_upload_checked.png", full_page=True)
    page.get_by_role("button", name="Laden").click()
    page.get_by_text(re.compile(r"Upload \d+ geladen")).wait_for(timeout=60_000)
    wait_for_app(page)
    loaded = page.get_by_text(re.compile(r"Upload \d+ geladen")).first.inner_text()
    undo = page.get_by_role("combobox", name="Upload ongedaan maken").input_value()
    assert undo.startswith(f"{loaded.split()[1]} · Projecten en banen 2025Q4")  # the newest

    app.goto("/")
    replaced = sample.sample_frames()[("projects", "2025Q4")]["projects"]["new_jobs"].sum()
    expected = before - replaced + 1000
    assert metric_value(page, JOBS_LABEL) == fmt.number(expected)
    app.screenshot("page_overview_after_upload.png", full_page=True)


def test_a_deep_link_as_the_first_request_after_a_start_opens_its_page_without_an_error(
        streamlit_app):
    app = streamlit_app("app.py", path="/missies?jaar=2024")  # a fresh server: first session
    page = app.page
    page.locator("h1").filter(has_text="2024").first.wait_for(timeout=60_000)
    assert page.get_by_text("Page not found").count() == 0
    assert "/missies" in page.url and "jaar=2024" in page.url
