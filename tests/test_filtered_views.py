"""Filtered views (issue 13): every page under country and sector filters, the yearly pages on
the sidebar's year, a part of the region against its own target, the funnel equal to the KPI,
filtered-empty messages, and per role only the widgets that role may use."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest
from streamlit.testing.v1 import AppTest

from tests.apptest import ROOT, app, metrics
from tradeinvest import access
from tradeinvest import measure as m
from tradeinvest.loading import yardstick as loading_yardstick
from tradeinvest.measure import calendar as m_cal
from tradeinvest.measure import plans as m_plans
from tradeinvest.measure import yardstick as m_yard
from tradeinvest.measure.funnel import period_funnel
from tradeinvest.reporting import fmt, plan_charts
from tradeinvest.store import db, reference, users
from tradeinvest.store import plans as store_plans
from tradeinvest.ui import auth
from tradeinvest.ui.widgets import blank_missing

PASSWORD = "a long password"
FILTERS = [{"land": "DE"}, {"land": "DE", "sector": "lsh"},
           {"taal": "en", "land": "TW", "sector": "agrifood"},
           {"land": "CN", "pijler": "trade", "kwartaal": "2", "partner": "ucib"}]


def _pages() -> list[tuple[str, str, str, str]]:
    """app.PAGES without running app.py (it draws on import)."""
    source = (ROOT / "app.py").read_text(encoding="utf-8")
    start = source.index("PAGES = [")
    namespace: dict[str, object] = {}
    exec(source[start:source.index("]\n", start) + 2], namespace)  # noqa: S102 - our own file
    return namespace["PAGES"]  # type: ignore[return-value]


def _read(path: Path):
    return db.connect(path)


@pytest.mark.parametrize("params", FILTERS, ids=lambda p: "&".join(f"{k}={v}" for k, v in
                                                                   p.items()))
def test_every_page_runs_under_country_and_sector_filters(app_db, params):
    for script, *_ in _pages():
        app(Path(script).stem, **params)  # asserts no exception


def test_kalender_with_a_country_filter_shows_that_country_and_visits_from_it(app_db):
    at = app("calendar", jaar="2025", land="TW")
    summary = m_cal.calendar_summary(_read(app_db), 2025, None, "TW")
    shown = metrics(at)
    assert shown["Gepland"] == fmt.number(summary["planned_items"]) == "2"
    assert shown["In de regio"] == "1" and shown["Niet uitgevoerd"] == "0"
    table = at.dataframe[0].value.set_index("Event")
    # an incoming visit from Kaohsiung is Taiwan's, held in the region (not a failure)
    assert table.loc["Inkomend bezoek Kaohsiung", "Land"] == "Taiwan"
    assert table.loc["Inkomend bezoek Kaohsiung", "Status"] == "In de regio gehouden"
    assert not [s for s in at.selectbox if s.key == "cal_pick"]  # no year box of its own
    assert any("zijbalk" in c.value for c in at.caption)


def test_calendar_measure_events_in_the_region_and_the_visitors_country(app_db):
    con = _read(app_db)
    items = m_cal.calendar_vs_missions(con, 2018).set_index("event")
    for event in ("Chinees Nieuwjaar", "Ontvangst Chinese ambassadeur"):
        assert items.loc[event, "status"] == "in_region" and items.loc[event, "country"] == "NL"
    assert items.loc["Inkomend bezoek van de burgemeester van Taipei", "country"] == "TW"
    assert "not_carried_out" not in set(items[items["in_region"]]["status"])
    assert m_cal.visitors_country("Taiwan", "Bezoek") == "TW"
    assert m_cal.visitors_country(None, "Inkomend bezoek Regensburg") == "DE"
    assert m_cal.visitors_country(None, "Bezoek van de burgemeester") is None  # "de" is no DE
    assert m_cal.visitors_country(None, "Taipei meets Keulen") is None  # two countries: ask


def test_land_invullen_starts_without_a_country(app_db):
    at = app("calendar", jaar="2018")
    assert at.selectbox(key="cal_open_country").value is None
    assert at.button(key="cal_open_save").disabled


def test_yearly_pages_use_the_sidebar_year_and_mark_filters_that_do_not_apply(app_db):
    at = app("yardstick", jaar="2024", land="DE", sector="lsh")
    assert any("niet van toepassing" in i.value.lower() and "sector" in i.value
               for i in at.info)
    con = _read(app_db)
    expected = m_yard.narrow(m_yard.opportunity_outcomes(con), 2024, "DE")
    shown = at.dataframe[0].value if expected.shape[0] else None
    if shown is not None:
        assert sorted(shown["Nr"]) == sorted(expected["opportunity_id"])
    at = app("plans", jaar="2024", land="DE", sector="lsh")
    assert not [s for s in at.selectbox if s.key in ("plans_pick", "plans_country")]
    assert any("sector" in i.value for i in at.info)
    assert any(h.value == "Landenplan 2024: plan en realisatie" for h in at.subheader)


def test_yardstick_narrow_keeps_year_country_group_and_pillar():
    frame = pd.DataFrame({"received": pd.to_datetime(["2024-03-01", "2024-05-01",
                                                      "2025-01-01", "2024-06-01"]),
                          "country": ["CN", "HK", "CN", "DE"],
                          "pillar": ["invest", "trade", "invest", None]})
    assert len(m_yard.narrow(frame, 2024)) == 3
    assert len(m_yard.narrow(frame, 2024, "CN")) == 2          # Hong Kong is under China
    assert len(m_yard.narrow(frame, 2024, "CN", "trade")) == 1
    assert len(m_yard.narrow(frame)) == 4


def test_a_country_view_compares_with_its_own_plan_target_never_the_region(app_db):
    con = _read(app_db)
    plan = m_plans.country_plans(con, 2025).set_index("country")
    target = m_plans.view_target(con, 2025, m.Filters(country="DE"))
    assert (target.kind, target.target) == ("country_plan", plan.loc["DE", "target_new_jobs"])
    assert m_plans.view_target(con, 2025, m.Filters(country="DE", sector="lsh")).kind == "none"
    assert m_plans.view_target(con, 2025, m.Filters()).target == m.target_for(con, 2025)
    p = m.progress(con, 2025, None, m.Filters(country="DE"))
    at = app(jaar="2025", land="DE")
    assert not at.error  # no red "Achter" against the regional target
    share = fmt.percent(p.new_jobs / target.target)
    assert any(f"landenplan 2025: {fmt.number(target.target)} ({share})" in i.value
               for i in at.info)
    assert metrics(at)["Doel landenplan"] == fmt.number(target.target)
    at = app(jaar="2025", land="DE", sector="lsh")
    assert not at.error and any("Geen doel om mee te vergelijken" in i.value for i in at.info)


def test_the_overview_share_of_target_has_no_arrow(app_db):
    at = app(jaar="2025")
    target = next(x for x in at.metric if x.label == "Jaardoel")
    assert target.delta.endswith("bereikt")
    assert target.proto.direction == target.proto.NONE  # a share reached, not an increase
    assert "Indirecte banen" in metrics(at)


def test_the_country_funnel_equals_the_projects_kpi(app_db):
    at = app("countries", jaar="2025", land="DE", sector="lsh")
    con = _read(app_db)
    f = m.Filters(country="DE", sector="lsh", year=2025, year_to_date=True)
    funnel = period_funnel(con, f)
    kpi = m.totals(con, f)  # one company per result here: the stage equals the two KPIs
    assert funnel["companies_project"] == kpi["investment_projects"] + kpi["trade_wins"] == 3
    assert metrics(at)["Investeringsprojecten"] == str(kpi["investment_projects"])
    projects = fmt.count(kpi["investment_projects"], "investeringsproject",
                         "investeringsprojecten")
    counted = (f"de kerncijfers tellen {projects} en "
               f"{fmt.count(kpi['trade_wins'], 'trade win', 'trade wins')}.")
    assert any(counted in c.value for c in at.caption), counted
    # the country plan has no sector: the block says it leaves the filter out
    assert any("deze filters gelden niet voor dit blok: sector" in i.value for i in at.info)


@pytest.mark.parametrize("page,narrowing", [("calendar", "land, sector"),
                                             ("yardstick", "land")])
def test_yearly_pages_emptied_by_a_filter_say_so(app_db, page, narrowing):
    at = app(page, jaar="2025", land="DE", sector="lsh")
    assert any(f"Niets dat past bij de gekozen filters ({narrowing})" in i.value
               for i in at.info), page


def test_missions_emptied_by_a_filter_say_so(app_db):
    at = app("missions", jaar="2025", land="DE", sector="lsh")
    texts = [i.value for i in at.info]
    assert any("Niets dat past bij de gekozen filters (land, sector)" in t for t in texts)
    assert not any("Upload een missiebestand" in t for t in texts)


def test_missions_compared_are_grouped_not_stacked():
    frame = pd.DataFrame({"name": ["<b>Gamescom</b>"], "leads": [6], "won_leads": [2],
                          "projects": [2]})
    fig = plan_charts.grouped_bars(frame, "name", {"leads": "Leads", "won_leads": "Won",
                                                   "projects": "Projects"}, "t", "n")
    assert fig.layout.barmode == "group"
    assert max(max(bar.y) for bar in fig.data) == 6  # the highest bar is the leads, not 10
    assert fig.data[0].x[0] == "&lt;b&gt;Gamescom&lt;/b&gt;"  # the one chart escaping path


def test_tables_show_blank_not_none():
    frame = pd.DataFrame({"text": ["a", None], "n": [1.0, None]})
    out = blank_missing(frame)
    assert out["text"].tolist() == ["a", ""] and pd.isna(out["n"].iloc[1])


@pytest.mark.parametrize("page,params", [("calendar", {"jaar": "2018"}),
                                         ("countries", {"land": "DE"}),
                                         ("yardstick", {"jaar": "2024"})])
def test_tables_have_no_empty_cell_shown_as_none(app_db, page, params):
    at = app(page, **params)
    tables = [d for d in at.dataframe if not d.proto.editing_mode]
    assert tables
    for table in tables:  # a missing value would be drawn as "None"
        assert not table.value.isna().any().any(), (page, table.value.columns)


# --- roles ---------------------------------------------------------------------------------

INPUTS = ("text_input", "number_input", "slider", "date_input", "text_area", "file_uploader")


def _signed_in(path: Path, role: str, **params: str) -> AppTest:
    con = db.connect(path)
    try:
        users.add_user(con, role, role, PASSWORD, "test")
    finally:
        con.close()
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=120)
    for key, value in params.items():
        at.query_params[key] = value
    at.run()
    at.text_input(key="signin_name").input(role)
    at.text_input(key="signin_password").input(PASSWORD)
    at.button[0].click()
    return at.run()


@pytest.mark.parametrize("role", [access.GOVERNOR, access.TEAM])
def test_each_role_sees_only_the_input_widgets_it_may_use(app_db, role):
    at = _signed_in(app_db, role, jaar="2024")
    principal = access.Principal(role, role)
    for script, *_ in auth.visible_pages(_pages(), principal):
        at.switch_page(script)
        at.run()
        assert not at.exception, (script, [e.value for e in at.exception])
        present = {kind for kind in INPUTS if at.main.get(kind)}
        editors = [d for d in at.main.get("dataframe") if d.proto.editing_mode]  # data_editor
        if not access.allowed(role, access.SCORE):
            assert not present and not editors, (role, script, present)
        elif script == "pages/yardstick.py":  # the team scores, but sets no weights
            assert "slider" in present and "number_input" not in present
            assert not [b for b in at.button if b.key == "yard_w_save"]
        else:
            assert not present & {"file_uploader", "number_input"}, (role, script, present)
            assert not editors, (role, script)


def test_the_team_may_score_and_only_the_coordinator_sets_weights(con):
    team = access.Principal("tom", access.TEAM)
    boss = access.Principal("anna", access.COORDINATOR)
    opportunity = loading_yardstick.Opportunity(pd.Timestamp(2024, 5, 1).date(), "Busan",
                                          "incoming_request", 4, 3, 3, 2)
    new_id = access.perform(con, team, loading_yardstick.add_opportunity, opportunity, "tom",
                            audit=reference.audit)
    assert new_id is not None
    weights = {"a": 25.0, "b": 25.0, "c": 25.0, "d": 25.0}
    with pytest.raises(access.AccessDenied):
        access.perform(con, team, loading_yardstick.set_yardstick_weights, weights, "tom",
                       audit=reference.audit)
    access.perform(con, boss, loading_yardstick.set_yardstick_weights, weights, "anna",
                   audit=reference.audit)
    assert store_plans.yardstick_weights(con) == weights
    with pytest.raises(access.AccessDenied):
        access.perform(con, access.Principal("gerda", access.GOVERNOR),
                       loading_yardstick.add_opportunity, opportunity, "gerda",
                       audit=reference.audit)


def test_the_coordinator_gets_the_editors_and_weights_the_others_do_not(app_db):
    at = app("yardstick")  # demo mode: coordinator
    assert at.main.get("number_input") and at.button(key="yard_w_save")
    at = app("plans")
    assert [d for d in at.main.get("dataframe") if d.proto.editing_mode]
