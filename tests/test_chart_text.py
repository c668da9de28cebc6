"""Uploaded text shows literally in charts: Plotly reads <b>, <a href>, <br> or <span style> in
any label, hover, legend or title as markup. Every chart builder (found by walking the reporting
modules for functions that return a Figure) gets hostile names and must leave no markup in its
figure JSON; the templates, the builders' own markup, must never carry data."""

from __future__ import annotations

import datetime as dt
import importlib
import inspect
import json
import pkgutil
import re
import typing
from collections.abc import Callable, Iterator

import pandas as pd
import plotly.graph_objects as go
import pytest

import tradeinvest.reporting
from tradeinvest.reporting import charts, maps, pipeline_charts, plan_charts
from tradeinvest.reporting.chart_text import plain

HOSTILE = ['<b>Vet</b>', '<span style="font-size:60px;color:red">Groot</span>',
           '<a href="http://example.invalid">klik</a>', 'regel<br>breuk', 'Tom &amp; Jerry']
TEMPLATE_KEYS = {"hovertemplate", "texttemplate"}


def _builders() -> dict[str, Callable[..., go.Figure]]:
    """Every public function in tradeinvest.reporting.* that makes a Plotly figure (returns
    one and takes none: `chart_text.escaped` transforms, it does not build)."""
    found = {}
    for info in pkgutil.iter_modules(tradeinvest.reporting.__path__):
        module = importlib.import_module(f"tradeinvest.reporting.{info.name}")
        for name, func in inspect.getmembers(module, inspect.isfunction):
            if name.startswith("_") or func.__module__ != module.__name__:
                continue
            hints = typing.get_type_hints(func)
            takes = [v for k, v in hints.items() if k != "return"]
            if hints.get("return") is go.Figure and go.Figure not in takes:
                found[f"{info.name}.{name}"] = func
    return found


def _frame(**columns: list) -> pd.DataFrame:
    return pd.DataFrame(columns)


def _calendar_items() -> pd.DataFrame:
    rows = [{"event": name, "country": code, "pillar": pillar, "status": status,
             "plan_start": dt.date(2018, 3 + i, 1), "plan_end": dt.date(2018, 3 + i, 3),
             "start_precision": "day",
             "mission_start": dt.date(2018, 3 + i, 2) if status == "carried_out" else None,
             "mission_name": HOSTILE[-1 - i]}
            for i, (name, code, pillar, status) in enumerate(zip(
                HOSTILE, ["DE", "XX<b>", None, "CN", "US"], ["invest", "trade", "<i>p</i>",
                                                              "invest", "trade"],
                ["carried_out", "planned", "not_carried_out", "carried_out", "planned"],
                strict=True))]
    return pd.DataFrame(rows)


TITLE, AXIS = HOSTILE[2], HOSTILE[1]
# how to call each builder with hostile text in every text it takes (data, labels, titles)
CALLS: dict[str, Callable[[str], go.Figure]] = {
    "charts.path_chart": lambda lang: charts.path_chart(
        _frame(year=[2022, 2023], realised=[10.0, 20.0], target=[15.0, 25.0]), lang, 2023, 30),
    "charts.ranking": lambda lang: charts.ranking(
        _frame(label=HOSTILE, value=[1, 2, 3, 4, 5]), "label", "value", TITLE, AXIS, lang),
    "charts.stacked_bars": lambda lang: charts.stacked_bars(
        _frame(name=HOSTILE * 2, count=range(10), measure=["leads"] * 5 + HOSTILE),
        "name", "count", "measure", TITLE, AXIS, HOSTILE[0], lang, {"leads": HOSTILE[3]}),
    "charts.lines": lambda lang: charts.lines(
        _frame(year=HOSTILE, a=range(5), b=range(5)), "year", {"a": HOSTILE[0], "b": "b"},
        TITLE, AXIS, HOSTILE[4], lang),
    "charts.funnel": lambda lang: charts.funnel(HOSTILE[:4], [4.0, 3.0, 2.0, 1.0], TITLE, lang),
    "charts.treemap": lambda lang: charts.treemap(
        _frame(theme=HOSTILE[:2] * 2 + ["Groen"], sector=HOSTILE, jobs=[1, 2, 3, 4, 5]),
        "theme", "sector", "jobs", TITLE, lang),
    "charts.box": lambda lang: charts.box(
        _frame(group=HOSTILE * 2, days=range(10)), "group", "days", TITLE, AXIS, lang),
    "maps.world_choropleth": lambda lang: maps.world_choropleth(
        _frame(iso3=["DEU", "usa", "<b>X</b>", "CHN", "JPN"], v=range(5), name=HOSTILE),
        "iso3", "v", "name", TITLE, AXIS),
    "plan_charts.timeline": lambda lang: plan_charts.timeline(
        _calendar_items(), "pillar", {"invest": HOSTILE[0]}, {"DE": HOSTILE[3]}, TITLE, lang),
    "plan_charts.share_of_plan": lambda lang: plan_charts.share_of_plan(
        _frame(label=HOSTILE, plan=[10] * 5, actual=range(5),
               share=[0.0, 0.5, 0.9, 1.0, 1.2]), TITLE, lang),
    "plan_charts.plans_against_target": lambda lang: plan_charts.plans_against_target(
        _frame(country=["DE", "<i>x</i>", "CN"], target_new_jobs=[10, 20, 30]), 100.0,
        {"DE": HOSTILE[2], "CN": HOSTILE[4]}, TITLE, lang),
    "plan_charts.grouped_bars": lambda lang: plan_charts.grouped_bars(
        _frame(name=HOSTILE, leads=range(5), won=range(5)), "name",
        {"leads": HOSTILE[0], "won": HOSTILE[3]}, TITLE, AXIS, lang),
    "plan_charts.score_vs_results": lambda lang: plan_charts.score_vs_results(
        _frame(decision=["take", "decline", "open", "take", "open"], total=[1, 2, 3, 4, 5],
               new_jobs=range(5), title=HOSTILE, projects=range(5)), TITLE, lang),
    "pipeline_charts.open_pipeline": lambda lang: pipeline_charts.open_pipeline(
        _frame(stage=["prospect", "active", "<b>verify</b>", "verify", "active"],
               likelihood=["high", "medium", "low", "unknown", "high"], opportunities=range(5),
               expected_jobs=[10.0, 20.0, 30.0, 40.0, 50.0]), TITLE, AXIS, HOSTILE[3], lang,
        HOSTILE[0]),
    "pipeline_charts.conversion": lambda lang: pipeline_charts.conversion(
        _frame(stage=["prospect", "<i>active</i>", "verify"], reached=[10, 8, 4], won=[2, 3, 4],
               conversion=[0.2, 0.375, 1.0]), TITLE, AXIS, lang),
}


def _strings(node: object, key: str = "") -> Iterator[tuple[str, str]]:
    """(key, string) for every string in a figure's JSON."""
    if isinstance(node, str):
        yield key, node
    elif isinstance(node, dict):
        for k, v in node.items():
            if k != "template":  # Plotly's theme, not ours
                yield from _strings(v, k)
    elif isinstance(node, list):
        for v in node:
            yield from _strings(v, key)


def test_every_builder_that_returns_a_figure_is_walked():
    """A new chart builder fails here until it has a hostile call below."""
    assert set(_builders()) == set(CALLS)


@pytest.mark.parametrize("lang", ["nl", "en"])
@pytest.mark.parametrize("name", sorted(_builders()))
def test_no_markup_survives_in_any_figure(name: str, lang: str):
    spec = json.loads(CALLS[name](lang).to_json())
    strings = list(_strings(spec))
    for key, text in strings:
        if key in TEMPLATE_KEYS:  # the builder's markup; data must never be in it
            assert not any(h in text or plain(h) in text for h in HOSTILE), (key, text)
        else:
            assert "<" not in text and ">" not in text, (key, text)
            assert not re.search(r"&(?!(amp|lt|gt);)", text), (key, text)
    if name != "charts.path_chart":  # the one builder that takes no text
        shown = " ".join(text for _, text in strings)
        assert plain(HOSTILE[2]) in shown, "the hostile text should reach the figure, escaped"


def test_escaped_names_keep_their_written_form():
    fig = charts.stacked_bars(_frame(name=[HOSTILE[2]], count=[3], measure=["leads"]),
                              "name", "count", "measure", "t", "", "", "nl",
                              {"leads": "Leads"})
    assert list(fig.data[0].x) == ['&lt;a href="http://example.invalid"&gt;klik&lt;/a&gt;']
    assert plain("Tom &amp; Jerry") == "Tom &amp;amp; Jerry"  # Plotly shows "&amp;" literally
    assert plain("Missie Shenzhen (China)") == "Missie Shenzhen (China)"
