"""The import assistant in Debian's Chromium: a file with her own headers -> the mapping step
(suggestions preselected) -> Pijler = Invest for the whole file, reference generated ->
confirm -> the check's verdict -> loaded -> the Overview's figure moves; next quarter's file
with the same columns loads with no mapping clicks. Screenshots land in /tmp/shots15/ (look
at them: AppTest draws no layout).

Hand-computed: 40 + 28 new jobs in 2026Q1 (a quarter the sample does not have) -> 68; then
12 in 2026Q2 -> 80 for 2026 through Q2.
"""

from __future__ import annotations

import re
from pathlib import Path

from test_import_assistant_page import FIRST, SECOND

from tests.browser import wait_for_app

SHOTS = Path("/tmp/shots15")


def _upload(page, path: Path) -> None:
    page.locator('[data-testid="stFileUploader"] input[type="file"]').set_input_files(str(path))


def _pick(page, label: str, option: str) -> None:
    """Choose `option` in the main area's select box `label`."""
    page.locator('[data-testid="stMain"]').get_by_role("combobox", name=label).click()
    page.get_by_role("option", name=option, exact=True).click()
    wait_for_app(page)


def _new_jobs(app) -> str:
    """The Overview's new-jobs figure, reached through the sidebar (same session)."""
    app.page.get_by_role("link", name="Overzicht").click()
    wait_for_app(app.page)
    metric = app.page.locator('[data-testid="stMetric"]').filter(
        has_text="Nieuwe banen (jaar tot nu)").first
    return metric.locator('[data-testid="stMetricValue"]').inner_text()


def test_unknown_headers_mapped_confirmed_loaded_and_the_overview_moves(streamlit_app,
                                                                        tmp_path):
    app = streamlit_app("app.py", path="/uploaden", viewport=(1366, 2600))  # a laptop's width
    page = app.page
    first = tmp_path / FIRST[0]
    first.write_bytes(FIRST[1])
    _upload(page, first)
    page.get_by_text("Kolommen koppelen").first.wait_for(timeout=60_000)
    wait_for_app(page)
    main = page.locator('[data-testid="stMain"]')
    assert main.get_by_role("combobox", name="Bedrijfsnaam").input_value() == "Bedrijf *"
    assert main.get_by_role("button", name="Laden").count() == 0  # nothing loads before
    app.screenshot("assistant_1_step.png", folder=SHOTS, full_page=True)

    _pick(page, "Pijler", "Invest")
    app.screenshot("assistant_2_chosen.png", folder=SHOTS, full_page=True)
    main.get_by_role("button", name="Koppeling bevestigen").click()
    page.get_by_text("2 rijen goedgekeurd").wait_for(timeout=60_000)
    wait_for_app(page)
    app.screenshot("assistant_3_verdict.png", folder=SHOTS, full_page=True)
    main.get_by_role("button", name="Laden").click()
    page.get_by_text(re.compile(r"Upload \d+ geladen")).wait_for(timeout=60_000)
    wait_for_app(page)
    app.screenshot("assistant_4_loaded.png", folder=SHOTS, full_page=True)
    assert _new_jobs(app) == "68"
    app.screenshot("assistant_5_overview.png", folder=SHOTS, full_page=True)

    page.get_by_role("link", name="Uploaden").click()
    wait_for_app(page)
    second = tmp_path / SECOND[0]
    second.write_bytes(SECOND[1])
    _upload(page, second)
    page.get_by_text("1 rij goedgekeurd").wait_for(timeout=60_000)
    wait_for_app(page)
    assert page.get_by_text("Kolommen koppelen").count() == 0  # no mapping clicks
    assert page.get_by_text(re.compile("bewaarde koppeling Eigen indeling")).count() == 1
    app.screenshot("assistant_6_second_quarter.png", folder=SHOTS, full_page=True)
    main.get_by_role("button", name="Laden").click()
    page.get_by_text(re.compile(r"Upload \d+ geladen")).wait_for(timeout=60_000)
    wait_for_app(page)
    assert _new_jobs(app) == "80"

    page.get_by_role("link", name="Instellingen").click()
    wait_for_app(page)
    page.get_by_text("Bewaarde koppelingen").scroll_into_view_if_needed()
    app.screenshot("assistant_7_settings.png", folder=SHOTS, full_page=True)
    app.goto("/landen?jaar=2026&land=DE")
    page.get_by_text("Herkomst van een rij").click()
    wait_for_app(page)
    page.get_by_text("één waarde voor het hele bestand: Invest").first.wait_for(
        state="attached", timeout=60_000)  # a grid cell: drawn on a canvas
    app.screenshot("assistant_8_source_rows.png", folder=SHOTS, full_page=True)
    assert page.locator('[data-testid="stException"]').count() == 0
