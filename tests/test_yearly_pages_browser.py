"""Kalender, Landenplannen and Meetlat in Debian's Chromium with a country filter in the link
(`?land=DE`, and with a sector too): no traceback or error element, the sidebar's year said
on the page, and a filter that does not apply marked so. Screenshots land in
test-artifacts/yearly_*.png (look at them: AppTest draws no charts or tables)."""

from __future__ import annotations

from tests.sample_db import sample_copy

PAGES = {"/kalender": "kalender", "/landenplannen": "landenplannen", "/meetlat": "meetlat"}


def test_yearly_pages_with_a_country_and_sector_filter_render(chromium_browser, tmp_path):
    from tests.browser import streamlit_page

    sample_copy(tmp_path / "tradeinvest.duckdb")  # the sample, without the first-run build
    with streamlit_page("app.py", tmp_path, browser=chromium_browser, path="/kalender?land=DE",
                        viewport=(1400, 2400)) as app:
        page = app.page
        for path, name in PAGES.items():
            for query, suffix in (("?land=DE", "de"), ("?land=DE&sector=lsh", "de_lsh")):
                app.goto(path + query)
                app.screenshot(f"yearly_{name}_{suffix}.png", full_page=True)
                assert page.locator('[data-testid="stException"]').count() == 0, (name, query)
                assert page.locator('[data-testid="stAlertContentError"]').count() == 0, (
                    name, query)
                main = page.locator('[data-testid="stMain"]').inner_text()
                assert "(het jaar in de zijbalk)" in main, name
                assert "Filters uit de zijbalk op deze pagina" in main, name
                if "sector" in query and name != "kalender":  # the calendar applies sectors
                    assert "Niet van toepassing op deze pagina (genegeerd): sector" in main, name
