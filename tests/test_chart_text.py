"""Uploaded text shows literally in charts: Plotly would read <b>, <a href> or <br> in a label
as markup, so event, mission and opportunity names are escaped (Plotly decodes &lt; back)."""

from __future__ import annotations

import datetime as dt

import pandas as pd

from tradeinvest.reporting import plan_charts
from tradeinvest.reporting.charts import plain

MARKUP = '<b>Beurs</b> & <a href="https://x.example">klik</a>'
ESCAPED = '&lt;b&gt;Beurs&lt;/b&gt; &amp; &lt;a href="https://x.example"&gt;klik&lt;/a&gt;'


def test_plain_escapes_markup_and_leaves_ordinary_text_alone():
    assert plain(MARKUP) == ESCAPED
    assert plain("Missie Shenzhen (China)") == "Missie Shenzhen (China)"


def test_calendar_event_and_mission_names_are_not_markup_in_the_timeline():
    items = pd.DataFrame([{
        "event": MARKUP, "country": "DE", "pillar": "invest", "status": "carried_out",
        "plan_start": dt.date(2018, 3, 1), "plan_end": dt.date(2018, 3, 3),
        "start_precision": "day", "mission_start": dt.date(2018, 3, 2),
        "mission_name": "<i>M1</i>"}])
    fig = plan_charts.timeline(items, "pillar", {"invest": "Invest"}, {"DE": "Duitsland"},
                               "t", "nl")
    assert list(fig.data[0].y) == [f"{ESCAPED} (Duitsland)"]
    assert fig.data[-1].customdata[0][0] == "&lt;i&gt;M1&lt;/i&gt;"


def test_opportunity_titles_are_not_markup_in_the_yardstick_chart():
    frame = pd.DataFrame([{"decision": "take", "total": 4.2, "new_jobs": 30.0,
                           "title": MARKUP, "projects": 1}])
    fig = plan_charts.score_vs_results(frame, "t", "nl")
    assert fig.data[0].customdata[0][0] == ESCAPED
