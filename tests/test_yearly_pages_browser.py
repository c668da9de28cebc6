"""Kalender, Landenplannen and Meetlat in Debian's Chromium with a country filter in the link
(`?land=DE`): no traceback or error element, the sidebar's year only, and the filters that do
not apply said so. Screenshots land in test-artifacts/yearly_*.png (look at them)."""

from __future__ import annotations

PAGES = {"/kalender": "kalender", "/landenplannen": "landenplannen", "/meetlat": "meetlat"}


def test_yearly_pages_with_a_country_and_sector_filter_render(streamlit_app):
    app = streamlit_app("app.py", viewport=(1400, 2400))
    page = app.page
    for path, name in PAGES.items():
        for query, suffix in (("?land=DE", "de"), ("?land=DE&sector=lsh", "de_lsh")):
            app.goto(path + query)
            app.screenshot(f"yearly_{name}_{suffix}.png", full_page=True)
            assert page.locator('[data-testid="stException"]').count() == 0, (name, query)
            assert page.locator('[data-testid="stAlertContentError"]').count() == 0, (name,
                                                                                   query)
            main = page.locator('[data-testid="stMain"]').inner_text()
            assert "zijbalk" in main, name  # the sidebar's year, said on the page
            if "sector" in query:
                assert "Niet van toepassing" in main or "gelden niet" in main \
                    or "sector" in main, name
    assert not app.blocked, app.blocked
