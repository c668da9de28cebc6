"""The whole app in Debian's Chromium: first run fills the sample data, every page of
app.PAGES renders offline, and an xlsx uploaded through the Upload page changes the Overview's
figure; then every page of app.PAGES × role (coordinator, team, governor) × language × {no
filter, Germany + ICT} without a traceback or an error message, in one server and one browser
with one sign-in per role (about 5 minutes on a busy 2-core machine): a page the role may not
open says so and shows no input, and a role that may change nothing sees no input widget.

Screenshots of every page (per role) land in the test's tmp dir, `screens/` (look at them:
AppTest draws no charts); pytest keeps the last runs' tmp dirs.
"""

from __future__ import annotations

import datetime as dt
import re

import pandas as pd

from tests.apptest import app_pages
from tests.browser import (
    block_external_requests,
    input_widgets,
    screenshot,
    streamlit_page,
    wait_for_app,
)
from tests.sample_db import sample_copy
from tests.test_role_widgets import READ_ONLY
from tradeinvest import access, sample
from tradeinvest import measure as m
from tradeinvest.ingest.templates import write_workbook
from tradeinvest.reporting import fmt
from tradeinvest.store import db, users
from tradeinvest.texts import CATALOGUES, LANGUAGES
from tradeinvest.ui import auth

JOBS_LABEL = "Nieuwe banen (jaar tot nu)"


def metric_value(page, label: str) -> str:
    metric = page.locator('[data-testid="stMetric"]').filter(has_text=label).first
    return metric.locator('[data-testid="stMetricValue"]').inner_text().strip()


def dutch_number(text: str) -> float:
    return float(text.replace(".", "").replace(",", "."))


def app_paths() -> dict[str, str]:
    """URL of every page of app.PAGES -> its path: the first page is served at "/"."""
    return {"/" if i == 0 else f"/{path}": path for i, (*_, path) in enumerate(app_pages())}


TRACEBACK = re.compile(r'Traceback \(most recent call last\)|File "[^"]+", line \d+')


def traceback_shown(page) -> bool:
    """Whether the page shows a Python traceback: an exception element or its text."""
    return bool(page.locator('[data-testid="stException"]').count()
                or TRACEBACK.search(page.locator('[data-testid="stMain"]').inner_text()))


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
    for url, name in app_paths().items():
        app.goto(url)
        assert not traceback_shown(page), name
        if name == "landen":
            page.wait_for_selector(".choroplethlayer path", timeout=30_000)
            assert page.locator(".choroplethlayer path").count() > 0
        app.screenshot(f"page_{name}.png", full_page=True, folder=tmp_path / "screens")
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


# --- every page × role × language × filter ------------------------------------------------

PASSWORD = "a long e2e password"
FILTERS = ({}, {"country": (("Land", "Duitsland"), ("Country", "Germany")),
               "sector": (("Sector", "ICT"), ("Sector", "ICT"))})  # (label, value) nl, en
ERRORS = '[data-testid="stException"], [data-testid="stAlertContentError"]'


def _sign_in(page, name: str) -> None:
    """Fill the sign-in form if it is shown (a session kept across reloads skips it)."""
    password = page.locator('input[type="password"]')
    if not password.count():
        return
    page.locator('[data-testid="stForm"] input[type="text"]').first.fill(name)
    password.fill(PASSWORD)
    password.press("Enter")
    wait_for_app(page)
    page.locator('[data-testid="stSidebarNav"]').wait_for(timeout=60_000)


def _choose(page, label: str, option: str) -> None:
    """Pick `option` in the sidebar select box labelled `label`."""
    page.locator('[data-testid="stSidebar"]').get_by_role("combobox", name=label).click()
    page.keyboard.type(option)
    page.keyboard.press("Enter")
    wait_for_app(page)


def _problems(page) -> list[str]:
    """Tracebacks and error messages on the page; the KPI banner's "Achter"/"Behind" status is
    a finding shown in red, not an error of the app."""
    statuses = tuple(f"{CATALOGUES[lang][f'status_{code}']}:" for code in m.STATUSES
                     for lang in LANGUAGES)
    texts = list(dict.fromkeys(e.inner_text().strip() for e in page.locator(ERRORS).all()))
    return [t for t in texts if not t.startswith(statuses)] + (
        ["Page not found"] if page.get_by_text("Page not found").count() else []) + (
        ["traceback text"] if traceback_shown(page) else [])


def _sidebar_keeps(page, filters: dict, lang: str) -> list[str]:
    """Filters the sidebar no longer shows in `lang` (a value left in the other language).
    Waits up to 10 s per box: on a loaded machine the language switch's relabelling rerun may
    still be drawing the sidebar when the page's own run has finished."""
    from playwright.sync_api import expect  # optional at import, as in tests/browser.py

    sidebar = page.locator('[data-testid="stSidebar"]')
    shown = [pair[0 if lang == "nl" else 1] for pair in filters.values()]
    found = []
    for label, value in shown:
        box = sidebar.get_by_role("combobox", name=label)
        try:
            expect(box).to_have_value(value, timeout=10_000)
        except AssertionError:
            found.append(f"sidebar shows {box.input_value()!r} for {label}={value}")
    return found


def _walk_role(app, browser, role: str, shots) -> list[str]:
    """One signed-in session: each filter set, each language, each page of the role (through
    the sidebar's links, so the session and its filters stay), a screenshot of each in the
    first round; then, by URL, each page the role may not open."""
    pages = auth.visible_pages(app_pages(), access.Principal(role, role))
    context = browser.new_context(viewport={"width": 1400, "height": 1600})
    try:
        page = context.new_page()
        block_external_requests(page, app.blocked)
        page.goto(app.server.url + "/")
        wait_for_app(page)
        _sign_in(page, role)
        found = []
        for filters in FILTERS:
            for lang in ("nl", "en"):
                page.locator('[data-testid="stSidebar"] label').filter(
                    has_text="Nederlands" if lang == "nl" else "English").first.click()
                wait_for_app(page)
                if lang == "nl":
                    for (label, value), _ in filters.values():
                        _choose(page, label, value)
                for i, (*_, url_path) in enumerate(pages):
                    page.locator('[data-testid="stSidebarNav"] a').nth(i).click()
                    wait_for_app(page)
                    where = f"{role} {lang} {sorted(filters)} /{url_path}"
                    found += [f"{where}: {p[:300]}" for p in
                              (*_problems(page), *_sidebar_keeps(page, filters, lang))]
                    found += _inputs_of_read_only(page, role, where)
                    if not filters and lang == "nl":
                        screenshot(page, f"{role}_{url_path}.png", folder=shots, full_page=True)
        return found + _out_of_reach(app, page, role, pages, shots)
    finally:
        context.close()


def _inputs_of_read_only(page, role: str, where: str) -> list[str]:
    """A role whose actions change nothing must be shown no input widget."""
    if access.MATRIX[role] - READ_ONLY:
        return []
    return [f"{where}: input widget {kind} for {role}" for kind in input_widgets(page)]


def _out_of_reach(app, page, role: str, pages, shots) -> list[str]:
    """Each page of app.PAGES the role may not open, by its URL: an error message that says
    so (the sign-in holds through the cookie), no input widget, no traceback."""
    found = []
    for *_, url_path in (p for p in app_pages() if p not in pages):
        page.goto(f"{app.server.url}/{url_path}")
        wait_for_app(page)
        _sign_in(page, role)
        where = f"{role} /{url_path} (no access)"
        if not page.locator('[data-testid="stAlertContentError"]').count():
            found.append(f"{where}: no message that the role may not open it")
        found += [f"{where}: input widget {kind}" for kind in input_widgets(page)]
        found += [f"{where}: traceback"] if traceback_shown(page) else []
        found += [f"{where}: Page not found"] if page.get_by_text("Page not found").count() \
            else []
        screenshot(page, f"{role}_{url_path}_no_access.png", folder=shots, full_page=True)
    return found


def test_every_page_for_every_role_language_and_filter_renders_without_error(
        chromium_browser, tmp_path):
    """3 roles × 2 languages × {no filter, Germany + ICT} × each page the role sees, and each
    page it may not open, in one server and one browser; fails on any traceback or error
    element, and on an input widget for a role that may change nothing."""
    db_path = sample_copy(tmp_path / "tradeinvest.duckdb")
    con = db.connect(db_path)
    try:
        for role in access.MATRIX:
            users.add_user(con, role, role, PASSWORD, "e2e")
    finally:
        con.close()
    found = []
    shots = tmp_path / "screens"
    with streamlit_page("app.py", tmp_path, browser=chromium_browser) as app:
        for role in access.MATRIX:
            found += _walk_role(app, chromium_browser, role, shots)
    assert not found, "\n".join(found)
    assert not [u for u in app.blocked if "plot.ly" in u], app.blocked
    shown = sorted(p.stem.removesuffix("_no_access") for p in shots.glob("*.png"))
    assert shown == sorted(f"{role}_{path}" for role in access.MATRIX
                           for *_, path in app_pages())  # all of app.PAGES for every role
