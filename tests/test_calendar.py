"""The activity calendar: import with messy dates and places, countries asked for and answered,
yearly replace and undo, and the matching of planned items to the missions carried out."""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import make_xlsx
from factories import load

from tradeinvest.loading import check, uploads
from tradeinvest.loading import plans as loading_plans
from tradeinvest.loading.check import UploadRejected
from tradeinvest.measure import calendar as m_cal
from tradeinvest.measure.changes import reported_at
from tradeinvest.periods import fuzzy_date_end
from tradeinvest.places import resolve_place

HEADER = ["Thema", "Startdatum", "Einddatum", "Event", "Waar", "Wie", "Organisatie door",
          "Met wie extern"]
D = dt.datetime


def calendar_xlsx(invest: list[list[object]], trade: list[list[object]], year: int = 2018,
                  header: list[str] = HEADER) -> bytes:
    """A calendar as the team keeps it: a title row and a blank row above each header."""
    return make_xlsx({
        "Invest": [[f"Overzicht missies & bijeenkomsten Invest {year}"], [], header, *invest],
        "Trade": [[f"Overzicht missies & bijeenkomsten Trade {year}"], header, *trade]})


ANNEX = calendar_xlsx(
    invest=[
        ["LSH", D(2018, 6, 3), D(2018, 6, 8), "BIO 2018 - beurs", "VS, Boston", "Jan",
         "Invest in Holland", "Invest in Holland"],                                    # row 4
        ["Duitsland", "juni 2018", None, "HollandTag", "Düsseldorf", "Bianca", "UCIB", None],
        [None, "1ste helft 2018", None, "Innovatieontbijt", None, "Anna", "IU", "USP"],  # 6
        ["Brexit", "tbd", None, "Acquisitiereis VK", "VK", "Esther", "NBCC", None],      # 7
        [None, "oktober 2018", None, "Expo Real vastgoedbeurs", "München", "Bianca", "UCIB",
         None],                                                                         # 8
        ["Gaming", "22-8-2018", "25-8-2018", "GamesCom - beurs", "Duitsland, Keulen",
         "Frederique", "IU + DGG", None],                                               # 9
    ],
    trade=[
        [None, "najaar 2018", None, "Uitgaande missie Toronto", None, None, "UU", None],  # 3
        [None, D(2018, 11, 26), D(2018, 11, 30), "Uitgaande missie", "Baden-W", "George",
         "Utrecht Region", None],                                                       # 4
        ["Taiwan", D(2018, 11, 2), D(2018, 11, 11), "Missie naar Horticulture expo 2018",
         "Taichung", "Jaap", "Burgemeester Almere", None],                              # 5
        ["Smart City", "12-11-2018", None, "World Smart City Expo", "Copenhagen DK", None,
         None, None],                                                                   # 6
    ])


@pytest.mark.parametrize(("place", "topic", "expected"), [
    ("VS, Boston", None, ("US", "place")),
    ("Duitsland, Keulen", "Gaming", ("DE", "place")),
    ("München", None, ("DE", "city")),
    ("Taipei", "Taiwan", ("TW", "city")),
    ("Copenhagen DK", None, ("DK", "place")),
    ("VK", "Brexit", ("GB", "place")),
    ("Baden-Württemberg", None, ("DE", "region")),
    ("tbd", "Duitsland", ("DE", "topic")),
    (None, "USA", ("US", "topic")),
    (None, "IT", (None, None)),            # a bare code in the theme is not a country
    ("Baden-W", None, (None, None)),       # an abbreviation is asked for, not guessed
    ("Utrecht / Taipei", None, (None, None)),  # two countries: asked for
    ("online", None, (None, None)),
])
def test_places_resolve_to_a_country_only_when_sure(place, topic, expected):
    assert resolve_place(place, topic) == expected


def test_fuzzy_dates_keep_their_whole_period():
    assert fuzzy_date_end(dt.date(2018, 6, 1), "month") == dt.date(2018, 6, 30)
    assert fuzzy_date_end(dt.date(2018, 9, 1), "season") == dt.date(2018, 11, 30)
    assert fuzzy_date_end(dt.date(2018, 1, 1), "half") == dt.date(2018, 6, 30)
    assert fuzzy_date_end(dt.date(2018, 12, 1), "season") == dt.date(2019, 2, 28)
    assert fuzzy_date_end(dt.date(2018, 6, 3), "day") == dt.date(2018, 6, 3)
    assert fuzzy_date_end(None, "unknown") is None


def test_a_calendar_with_title_rows_and_messy_dates_and_places_imports(con):
    result = uploads.load_upload(con, ANNEX, "kalender_2018.xlsx", "calendar", "2018", "coord")
    assert (result.kind, str(result.period), result.rows) == ("calendar", "2018", 10)
    unresolved = {(w.sheet, w.row, w.value) for w in result.warnings if "land van" in w.text("nl")}
    assert unresolved == {("Invest", 6, None), ("Trade", 3, None), ("Trade", 4, "Baden-W")}

    items = m_cal.calendar_items(con, 2018).set_index("event")
    bio = items.loc["BIO 2018 - beurs"]
    assert (bio.pillar, bio.country, bio.plan_start, bio.plan_end, bio.sector, bio.theme) == (
        "invest", "US", dt.date(2018, 6, 3), dt.date(2018, 6, 8), "lsh", "gezond")
    holland = items.loc["HollandTag"]  # "juni 2018", no end date: the whole of June
    assert (holland.start_precision, holland.plan_start, holland.plan_end, holland.country) == (
        "month", dt.date(2018, 6, 1), dt.date(2018, 6, 30), "DE")
    toronto = items.loc["Uitgaande missie Toronto"]  # "najaar 2018": Sep-Nov
    assert (toronto.pillar, toronto.plan_start, toronto.plan_end, toronto.country) == (
        "trade", dt.date(2018, 9, 1), dt.date(2018, 11, 30), None)
    breakfast = items.loc["Innovatieontbijt"]
    assert (breakfast.plan_start, breakfast.plan_end) == (dt.date(2018, 1, 1),
                                                          dt.date(2018, 6, 30))
    vk = items.loc["Acquisitiereis VK"]  # "tbd": on the calendar without a date
    assert (vk.plan_start, vk.start_precision, vk.country) == (None, "unknown", "GB")
    gamescom = items.loc["GamesCom - beurs"]  # dd-m-jjjj text
    assert (gamescom.plan_start, gamescom.plan_end, gamescom.country) == (
        dt.date(2018, 8, 22), dt.date(2018, 8, 25), "DE")
    assert items.loc["Expo Real vastgoedbeurs", "country_source"] == "city"
    assert items.loc["World Smart City Expo", "country"] == "DK"
    assert items.loc["Uitgaande missie", "country"] is None


def test_the_coordinator_answers_a_missing_country_and_it_holds_from_then_on(con):
    uploads.load_upload(con, ANNEX, "kalender_2018.xlsx", "calendar", "2018", "coord")
    assert loading_plans.set_place_country(con, "Baden-W", "Uitgaande missie", "Duitsland",
                                         "coord") == "DE"
    items = m_cal.calendar_items(con, 2018).set_index("event")
    assert (items.loc["Uitgaande missie", "country"],
            items.loc["Uitgaande missie", "country_source"]) == ("DE", "answer")
    # an item without a place is answered by its event name
    loading_plans.set_place_country(con, None, "Uitgaande missie Toronto", "CA", "coord")
    assert m_cal.calendar_items(con, 2018).set_index("event").loc[
        "Uitgaande missie Toronto", "country"] == "CA"
    # the next import knows the answer: no warning for Baden-W any more
    again = uploads.load_upload(con, ANNEX, "kalender_2018_v2.xlsx", "calendar", "2018",
                                "coord")
    assert not [w for w in again.warnings if w.value == "Baden-W"]
    audit = con.execute("SELECT count(*) FROM audit_log WHERE action = 'calendar'").fetchone()
    assert audit[0] == 2
    with pytest.raises(ValueError, match="onbekend land"):
        loading_plans.set_place_country(con, "Baden-W", None, "Zwaben", "coord")


def test_a_years_calendar_is_replaced_by_a_new_upload_and_undo_brings_it_back(con):
    first = uploads.load_upload(con, ANNEX, "v1.xlsx", "calendar", "2018", "coord")
    small = calendar_xlsx([["LSH", D(2018, 3, 12), None, "BioEurope Spring", "Amsterdam", None,
                            None, None]], [])
    second = uploads.load_upload(con, small, "v2.xlsx", "calendar", "2018", "coord")
    assert second.replaced_upload_id == first.upload_id
    assert list(m_cal.calendar_items(con, 2018)["event"]) == ["BioEurope Spring"]
    other_year = uploads.load_upload(con, calendar_xlsx(
        [["ICT", "maart 2019", None, "RSA", "San Francisco", None, None, None]], [], 2019),
        "2019.xlsx", "calendar", "2019", "coord")
    assert other_year.replaced_upload_id is None and m_cal.calendar_years(con) == [2019, 2018]
    assert uploads.undo_upload(con, second.upload_id, "coord") == first.upload_id
    assert len(m_cal.calendar_items(con, 2018)) == 10
    history = uploads.history(con).set_index("upload_id")
    assert history.loc[first.upload_id, "quarter"] == "2018"
    assert history.loc[second.upload_id, "state"] == "undone"


def test_a_calendar_is_per_year_and_needs_an_event(con):
    with pytest.raises(UploadRejected) as refused:
        uploads.load_upload(con, ANNEX, "k.xlsx", "calendar", "2018Q1", "coord")
    assert "jaar '2018Q1' niet herkend" in refused.value.problems[0].text("nl")
    no_event = calendar_xlsx([["LSH", "juni 2018", None, None, "Boston", None, None, None]], [])
    checked = check.check_upload(con, no_event, "k.xlsx", "calendar", "2018")
    errors = [p for p in checked.problems if p.severity == "error"]
    assert [(e.sheet, e.row, e.column) for e in errors] == [("Invest", 4, "Event")]
    late = calendar_xlsx([["LSH", "maart 2019", None, "BIO-Europe", "Wenen", None, None, None]],
                         [])
    warned = check.check_upload(con, late, "k.xlsx", "calendar", "2018").problems
    assert any("niet in 2018" in w.text("nl") for w in warned)


def test_a_calendar_upload_is_not_a_later_quarter_for_restatements(con):
    load(con, "2018Q4", projects=[{}])
    uploads.load_upload(con, calendar_xlsx([["ICT", "maart 2019", None, "RSA", "Boston", None,
                                             None, None]], [], 2019),
                        "2019.xlsx", "calendar", "2019", "coord")
    assert reported_at(con, 2018, 4) is None


def _mission(ref: str, name: str, country: str, start: dt.date, days: int = 3,
             companies: int = 5) -> dict:
    return {"reference": ref, "name": name, "country": country, "start_date": start,
            "end_date": start + dt.timedelta(days=days - 1), "companies": companies}


def test_planned_items_are_matched_to_missions_by_reference_country_and_date_or_name(con):
    load(con, "2018Q2",
         missions=[_mission("M-BIO", "BIO International Convention 2018", "US",
                            dt.date(2018, 6, 4)),
                   _mission("M-HAN", "Hannover Messe 2018", "DE", dt.date(2018, 4, 23)),
                   _mission("M-OSA", "Inkomende missie Osaka", "JP", dt.date(2018, 5, 14)),
                   _mission("M-X", "Missie zonder plan", "FR", dt.date(2018, 5, 1))],
         leads=[{"mission_reference": "M-BIO", "company": "Helix Bio Inc.", "status": "won"},
                {"mission_reference": "M-BIO", "company": "Nova Bio Inc."}])
    load(con, "2018Q3", projects=[{"reference": "P-1", "lead_reference": "M-BIO",
                                   "new_jobs": 25.0, "date_realised": dt.date(2018, 9, 1)}])
    plan = calendar_xlsx(
        invest=[
            ["LSH", D(2018, 6, 3), D(2018, 6, 8), "BIO 2018 - beurs", "VS, Boston", None, None,
             None],                                   # country US + overlapping dates
            [None, "tbd", None, "Inkomende missie Osaka", "Utrecht", None, None, None],  # name
            ["ICT", "maart 2018", None, "Acquisitiereis Parijs", "Parijs", None, None, None],
            ["ICT", "najaar 2018", None, "Seminar Tokio", "Tokio", None, None, None],
        ],
        trade=[[None, "april 2018", None, "Beurs met eigen stand", "Hannover", None, None,
                None]],                               # country DE, April overlaps
    )
    uploads.load_upload(con, plan, "k.xlsx", "calendar", "2018", "coord")
    result = m_cal.calendar_vs_missions(con, 2018).set_index("event")
    bio = result.loc["BIO 2018 - beurs"]
    assert (bio.status, bio.match_rule, bio.mission_reference_matched, bio.leads, bio.won_leads,
            bio.projects, bio.new_jobs) == ("carried_out", "country_date", "M-BIO", 2, 1, 1,
                                            25.0)
    assert tuple(result.loc["Inkomende missie Osaka", ["status", "match_rule"]]) == (
        "carried_out", "name")
    assert tuple(result.loc["Beurs met eigen stand", ["mission_reference_matched",
                                                      "match_rule"]]) == ("M-HAN",
                                                                          "country_date")
    # the latest missions upload is 2018Q2: March is over and nothing matched; autumn is ahead
    assert result.loc["Acquisitiereis Parijs", "status"] == "not_carried_out"
    assert result.loc["Seminar Tokio", "status"] == "planned"
    assert list(m_cal.unplanned_missions(con, 2018)["reference"]) == ["M-X"]
    summary = m_cal.calendar_summary(con, 2018)
    assert (summary["planned_items"], summary["carried_out"], summary["not_carried_out"],
            summary["still_planned"], summary["unplanned_missions"], summary["leads"],
            summary["new_jobs"]) == (5, 3, 1, 1, 1, 2, 25.0)
    trade = m_cal.calendar_view(con, 2018, pillar="trade")
    assert list(trade["event"]) == ["Beurs met eigen stand"]


def test_each_mission_carries_out_one_item_at_most_and_an_explicit_reference_wins(con):
    load(con, "2018Q2", missions=[_mission("M-1", "Gamescom 2018", "DE",
                                           dt.date(2018, 6, 10))])
    header = [*HEADER, "Missiereferentie"]
    plan = calendar_xlsx([
        ["Gaming", "juni 2018", None, "Eerste plan", "Keulen", None, None, None, None],
        ["Gaming", "juni 2018", None, "Tweede plan", "Keulen", None, None, None, "m-1"],
    ], [], header=header)
    uploads.load_upload(con, plan, "k.xlsx", "calendar", "2018", "coord")
    result = m_cal.calendar_vs_missions(con, 2018).set_index("event")
    assert tuple(result.loc["Tweede plan", ["status", "match_rule"]]) == ("carried_out",
                                                                          "reference")
    assert result.loc["Eerste plan", "status"] == "not_carried_out"


def test_the_match_window_is_a_setting(con):
    load(con, "2018Q4", missions=[_mission("M-1", "Medica 2018", "DE", dt.date(2018, 11, 12),
                                           days=4)])
    plan = calendar_xlsx([], [[None, D(2018, 11, 25), D(2018, 11, 27), "Handelsmissie",
                               "München", None, None, None]])
    uploads.load_upload(con, plan, "k.xlsx", "calendar", "2018", "coord")
    assert m_cal.calendar_vs_missions(con, 2018)["status"].tolist() == ["not_carried_out"]
    con.execute("UPDATE settings SET value = 14 WHERE key = 'calendar_match_days'")
    assert m_cal.calendar_vs_missions(con, 2018)["status"].tolist() == ["carried_out"]
