"""The investor's confirmation in Debian's Chromium (issue 17): as the coordinator (demo mode,
no users) on Germany's 2024 drill-down, pick a project not yet confirmed, enter "confirmed"
with a band in the form, save -> the section's confirmed jobs rise by exactly that project's
new jobs; the project's letter downloads as a PDF naming the company. Screenshots land in
/tmp/shots17d/ (look at them: AppTest draws no layout).

The project and its jobs are read from the sample copy (read-only) before the server opens it.
"""

from __future__ import annotations

import io
from pathlib import Path

from pypdf import PdfReader

from tests.browser import wait_for_app
from tests.sample_db import sample_copy
from tradeinvest.measure import Filters
from tradeinvest.measure.confirmations import confirmation_summary, projects
from tradeinvest.reporting import fmt
from tradeinvest.store import db
from tradeinvest.texts import t

SHOTS = Path("/tmp/shots17d")
LANG = "nl"


def _confirmed_jobs(main) -> str:
    """The section's confirmed-jobs figure as shown."""
    metric = main.locator('[data-testid="stMetric"]').filter(
        has_text=t("confirmation_confirmed_jobs", LANG)).first
    return metric.locator('[data-testid="stMetricValue"]').inner_text().strip()


def _pick(page, key: str, option: str, typed: str | None = None) -> None:
    """Choose `option` in the select box with widget key `key` (typing `typed` to filter)."""
    box = page.locator(f".st-key-{key}").get_by_role("combobox")
    box.click()
    if typed:
        box.fill(typed)
    page.get_by_role("option", name=option, exact=True).click()


def test_answers_entered_in_the_browser_change_the_figures_and_the_letter_downloads(
        chromium_browser, tmp_path):
    from tests.browser import streamlit_page

    path = sample_copy(tmp_path / "tradeinvest.duckdb")
    con = db.connect(path, read_only=True)
    try:
        listed = projects(con, Filters(year=2024, country="DE"))
        before = confirmation_summary(con, 2024, Filters(country="DE"))
    finally:
        con.close()
    waiting = listed[listed["status"].isin(["not_asked", "asked"])]  # not confirmed
    assert not waiting.empty
    row = waiting.sort_values("new_jobs").iloc[-1]
    ref, company, jobs = row["reference"], row["company"], float(row["new_jobs"])
    assert jobs > 0

    with streamlit_page("app.py", tmp_path, browser=chromium_browser,
                        path="/landen?jaar=2024&land=DE", viewport=(1400, 2400)) as app:
        page = app.page
        main = page.locator('[data-testid="stMain"]')
        section = main.get_by_text(t("confirmation_section", LANG)).first
        section.wait_for()
        section.scroll_into_view_if_needed()
        assert page.locator('[data-testid="stException"]').count() == 0
        shown_before = _confirmed_jobs(main)
        assert shown_before == fmt.number(before["confirmed_jobs"], 0, LANG)
        app.screenshot("confirm_1_before.png", folder=SHOTS, full_page=True)

        _pick(page, "conf_project", f"{ref} · {company}", typed=ref)
        wait_for_app(page)
        page.locator(f".st-key-conf_status_{ref}").wait_for()

        with page.expect_download(timeout=60_000) as fetched:
            main.get_by_role("button", name=t("confirmation_letter_download", LANG)).click()
        pdf = Path(fetched.value.path()).read_bytes()
        assert pdf.startswith(b"%PDF")
        text = "".join(p.extract_text() or "" for p in PdfReader(io.BytesIO(pdf)).pages)
        assert company in " ".join(text.split()), text[:500]
        assert fetched.value.suggested_filename.endswith(".pdf")

        _pick(page, f"conf_status_{ref}", t("confirmation_status_confirmed", LANG))
        _pick(page, f"conf_band_{ref}", t("band_60", LANG))
        app.screenshot("confirm_2_form.png", folder=SHOTS, full_page=True)
        main.get_by_role("button", name=t("confirmation_save", LANG)).click()
        saved = t("confirmation_saved", LANG, reference=ref,
                  status=t("confirmation_status_confirmed", LANG))
        page.get_by_text(saved).first.wait_for(timeout=60_000)
        wait_for_app(page)
        page.get_by_text(saved).first.scroll_into_view_if_needed()
        app.screenshot("confirm_3_saved.png", folder=SHOTS, full_page=True)
        assert page.locator('[data-testid="stException"]').count() == 0
        assert _confirmed_jobs(main) == fmt.number(before["confirmed_jobs"] + jobs, 0, LANG)
        assert not app.blocked, app.blocked
