"""The pipeline in Debian's Chromium: the team's Pipeline page and the pipeline section of a
country drill-down render with their Plotly charts and no error. Screenshots land in
test-artifacts/pipeline_*.png (AppTest draws no charts)."""

from __future__ import annotations

from tests.sample_db import sample_copy


def test_the_pipeline_page_and_a_country_pipeline_render_with_charts(chromium_browser,
                                                                     tmp_path):
    from tests.browser import streamlit_page

    sample_copy(tmp_path / "tradeinvest.duckdb")
    with streamlit_page("app.py", tmp_path, browser=chromium_browser, path="/pijplijn",
                        viewport=(1400, 3000)) as app:
        page = app.page
        for path, name in (("/pijplijn", "team"), ("/landen?land=US", "country"),
                           ("/pijplijn?taal=en", "team_en")):
            app.goto(path)
            app.screenshot(f"pipeline_{name}.png", full_page=True)
            assert page.locator('[data-testid="stException"]').count() == 0, name
            assert page.locator('[data-testid="stAlertContentError"]').count() == 0, name
            main = page.locator('[data-testid="stMain"]')
            # the open pipeline and the conversion chart, drawn by Plotly
            charts = main.locator(".js-plotly-plot")
            charts.first.wait_for()
            titles = main.locator(".js-plotly-plot .gtitle").all_text_contents()
            wanted = (("Open pipeline", "Conversion by stage") if name.endswith("en")
                      else ("Open pijplijn", "Conversie per fase"))
            missing = [w for w in wanted if not any(str(x).startswith(w) for x in titles)]
            assert not missing, (name, titles)
