"""In Chromium: a mission named with Plotly markup, uploaded through the real loader, shows on the
Missies page as the text typed, and no chart holds a link (issue 12, item 2)."""

from __future__ import annotations

from tests.browser import require_chromium, streamlit_page
from tests.sample_db import sample_copy
from tradeinvest import sample
from tradeinvest.ingest.templates import write_workbook
from tradeinvest.loading import uploads
from tradeinvest.store import db

HOSTILE = ('<a href="http://example.invalid">klik</a> '
           '<span style="font-size:60px;color:red">Groot</span> <b>Vet</b>')

# every <a> inside a chart, except Plotly's own mode-bar buttons (the logo link, if shown)
_LINKS = """() => [...document.querySelectorAll('.js-plotly-plot a')]
    .filter(a => !a.closest('.modebar'))
    .map(a => a.outerHTML)"""
_TICKS = """() => [...document.querySelectorAll('.js-plotly-plot .xtick text')]
    .map(t => t.textContent)"""


def _missions_with_a_hostile_name(tmp_path) -> None:
    frames = sample.sample_frames()[("missions", "2025Q4")]
    missions = frames["missions"].copy()
    missions.loc[0, "name"] = HOSTILE
    data = write_workbook("missions", {"missions": missions, "leads": frames["leads"]})
    con = db.connect(sample_copy(tmp_path / "tradeinvest.duckdb"))
    try:
        uploads.load_upload(con, data, "missies.xlsx", "missions", "2025Q4", "test")
    finally:
        con.close()


def test_a_hostile_mission_name_is_text_in_the_missions_chart(chromium_browser, tmp_path):
    require_chromium()
    _missions_with_a_hostile_name(tmp_path)
    with streamlit_page("app.py", tmp_path, path="/missies?jaar=2025",
                        browser=chromium_browser, viewport=(1400, 2400)) as app:
        page = app.page
        assert page.locator('[data-testid="stException"]').count() == 0
        assert page.locator(".js-plotly-plot").count() > 0
        assert page.evaluate(_LINKS) == []
        assert page.locator('a[href*="example.invalid"]').count() == 0
        assert HOSTILE in page.evaluate(_TICKS)  # the category label reads as typed
        app.screenshot("missions_hostile_name.png", full_page=True)
