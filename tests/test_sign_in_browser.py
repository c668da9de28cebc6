"""Sign-in in Debian's Chromium: a deep link survives sign-in (no "Page not found"), a reload
keeps the user signed in through the signed cookie, sign-out ends it, and a link to a page
the role may not open says so.

Screenshots land in test-artifacts/sign_in_*.png (look at them).
"""

from __future__ import annotations

from contextlib import ExitStack
from pathlib import Path

from tests.browser import (
    block_external_requests,
    require_chromium,
    screenshot,
    streamlit_server,
    wait_for_app,
)
from tests.sample_db import sample_copy
from tradeinvest import access
from tradeinvest.store import db, sessions, users

PASSWORD = "a long password"


def _form_shown(page) -> bool:
    return page.get_by_label("Wachtwoord").count() == 1


def _sign_in(page, name: str, password: str) -> None:
    page.get_by_label("Gebruikersnaam").fill(name)
    page.get_by_label("Wachtwoord").fill(password)
    page.get_by_role("button", name="Inloggen").click()
    page.get_by_text("Ingelogd als").wait_for(timeout=60_000)
    wait_for_app(page)


def test_deep_link_reload_and_sign_out(chromium_browser, tmp_path: Path) -> None:
    require_chromium()
    path = sample_copy(tmp_path / "app.duckdb")
    con = db.connect(path)
    users.add_user(con, "tom", access.TEAM, PASSWORD, "test")
    users.add_user(con, "gerda", access.GOVERNOR, PASSWORD, "test")
    con.close()
    with ExitStack() as stack:
        server = stack.enter_context(streamlit_server("app.py", path))
        context = chromium_browser.new_context(viewport={"width": 1280, "height": 900})
        stack.callback(context.close)
        page = context.new_page()
        blocked: list[str] = []
        block_external_requests(page, blocked)

        page.goto(server.url + "/landen?land=DE&jaar=2024")
        wait_for_app(page)
        screenshot(page, "sign_in_deep_link.png")
        assert _form_shown(page)
        assert page.get_by_text("Page not found").count() == 0
        assert page.locator('[role="dialog"]').count() == 0

        _sign_in(page, "tom", PASSWORD)
        page.locator("h1").filter(has_text="Duitsland").first.wait_for(timeout=60_000)
        assert "/landen" in page.url and "land=DE" in page.url and "jaar=2024" in page.url
        cookie = next(c for c in context.cookies() if c["name"] == sessions.COOKIE)
        assert cookie["sameSite"] == "Strict" and cookie["expires"] > 0
        screenshot(page, "sign_in_landed.png")

        page.reload()
        wait_for_app(page)
        page.get_by_text("Ingelogd als").wait_for(timeout=60_000)
        assert not _form_shown(page)
        assert page.locator("h1").filter(has_text="Duitsland").count() >= 1
        screenshot(page, "sign_in_after_reload.png")

        page.get_by_role("button", name="Uitloggen").click()
        page.get_by_label("Wachtwoord").wait_for(timeout=60_000)
        wait_for_app(page)
        page.reload()
        wait_for_app(page)
        assert _form_shown(page)
        assert not [c for c in context.cookies() if c["name"] == sessions.COOKIE]
        screenshot(page, "sign_in_after_sign_out.png")
        assert page.locator('[data-testid="stException"]').count() == 0

        # a link to a page this role may not open: our message, not "Page not found"
        page.goto(server.url + "/uploaden?jaar=2024")
        wait_for_app(page)
        _sign_in(page, "gerda", PASSWORD)
        page.get_by_text("U heeft geen toegang tot deze pagina.").wait_for(timeout=60_000)
        assert page.get_by_text("Page not found").count() == 0
        screenshot(page, "sign_in_no_access.png")
        assert not blocked  # nothing fetched from off the machine (offline networks)


def test_signing_out_in_one_tab_signs_out_the_other(chromium_browser, tmp_path: Path) -> None:
    """Tab 2, opened through the cookie, shows the sign-in form on its next click after tab 1
    signed out; and the overview fetches nothing from off the machine (favicon, icons)."""
    require_chromium()
    path = sample_copy(tmp_path / "app.duckdb")
    con = db.connect(path)
    users.add_user(con, "tom", access.TEAM, PASSWORD, "test")
    con.close()
    with ExitStack() as stack:
        server = stack.enter_context(streamlit_server("app.py", path))
        context = chromium_browser.new_context(viewport={"width": 1280, "height": 900})
        stack.callback(context.close)
        blocked: list[str] = []
        first, second = context.new_page(), context.new_page()
        for page in (first, second):
            block_external_requests(page, blocked)
        first.goto(server.url + "/")
        wait_for_app(first)
        _sign_in(first, "tom", PASSWORD)

        second.goto(server.url + "/")  # the overview, signed in by the cookie
        wait_for_app(second)
        second.get_by_text("Ingelogd als").wait_for(timeout=60_000)
        assert not _form_shown(second)
        second.wait_for_timeout(2_000)  # let the favicon request go out, if any
        assert not blocked, blocked

        first.get_by_role("button", name="Uitloggen").click()
        first.get_by_label("Wachtwoord").wait_for(timeout=60_000)
        # a click in tab 2: a rerun of its own session, which still holds the signed-out token
        second.get_by_role("link", name="Landen", exact=True).click()
        second.get_by_label("Wachtwoord").wait_for(timeout=60_000)
        wait_for_app(second)
        assert second.get_by_text("Ingelogd als").count() == 0
        screenshot(second, "sign_in_other_tab_signed_out.png")
