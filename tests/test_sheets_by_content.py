"""Sheets found by what they hold, not by their exact name: renamed sheets of every kind,
several candidates (the coordinator is asked), a sheet that names another period. Real .xlsx
files written by openpyxl."""

from __future__ import annotations

import datetime as dt

from conftest import PROJECT_HEADER, make_xlsx, project_row

from tradeinvest.ingest.mapping import Mapping, SheetMapping
from tradeinvest.ingest.reader import ReadResult, read_upload
from tradeinvest.periods import Period

CALENDAR_HEADER = ["Thema", "Startdatum", "Einddatum", "Event", "Waar", "Wie",
                   "Organisatie door", "Met wie extern"]
INVEST_ROW = ["LSH", dt.datetime(2018, 6, 3), None, "BIO 2018 - beurs", "VS, Boston", "Jan",
              "NFIA", None]
TRADE_ROW = ["Agri", dt.datetime(2018, 9, 1), None, "Fruit Logistica", "Berlijn", "Esther",
             "UCIB", None]
MISSION_HEADER = ["Missiereferentie", "Naam", "Soort", "Pijler", "Land", "Startdatum",
                  "Deelnemende bedrijven"]
MISSION_ROW = ["M-1", "BIO 2018", "Beurs", "Invest", "VS", dt.date(2018, 6, 3), 5]
LEAD_HEADER = ["Missiereferentie", "Bedrijf", "Land", "Sector", "Pijler", "Status"]
LEAD_ROW = ["M-1", "Gene Co", "VS", "LSH", "Invest", "Nieuw"]
Q4 = Period(2016, 4)


def _project(ref: str) -> list[object]:
    return project_row(ref, date=dt.date(2016, 11, 3))


def _problems(read: ReadResult) -> list[tuple[str, str]]:
    return [(p.severity, p.text("nl")) for p in read.problems]


def _sheets(read: ReadResult) -> dict[str, str]:
    return {spec: sheet.sheet for spec, sheet in read.sheets.items()}


def test_a_calendar_with_sheets_named_after_pillar_and_year_is_read() -> None:
    data = make_xlsx({"Toelichting": [["Kalender van het team"]],
                      "Trade 2018": [["Overzicht Trade 2018"], CALENDAR_HEADER, TRADE_ROW],
                      "Invest 2018": [["Overzicht Invest 2018"], [], CALENDAR_HEADER,
                                      INVEST_ROW]})

    read = read_upload(data, "kalender.xlsx", "calendar", period=Period(2018))

    assert read.problems == []
    assert _sheets(read) == {"calendar_invest": "Invest 2018", "calendar_trade": "Trade 2018"}
    assert read.sheets["calendar_invest"].values("event") == ["BIO 2018 - beurs"]
    assert read.sheets["calendar_trade"].row_numbers == [3]


def test_a_projects_sheet_named_after_its_quarter_or_left_as_blad1_is_read() -> None:
    for name in ("Q4 2016", "Blad1"):
        data = make_xlsx({"Uitleg": [["Lees dit eerst"]],
                          name: [PROJECT_HEADER, _project("P-1")]})

        read = read_upload(data, "lijst.xlsx", "projects", period=Q4)

        assert read.problems == []
        assert _sheets(read) == {"projects": name}


def test_missions_and_leads_sheets_named_otherwise_go_to_the_spec_they_fit() -> None:
    data = make_xlsx({"Blad2": [LEAD_HEADER, LEAD_ROW], "Blad1": [MISSION_HEADER, MISSION_ROW]})
    named = make_xlsx({"Missies 2018": [MISSION_HEADER, MISSION_ROW],
                       "Leads 2018": [LEAD_HEADER, LEAD_ROW]})

    assert _sheets(read_upload(data, "m.xlsx", "missions")) == {
        "missions": "Blad1", "leads": "Blad2"}
    assert _sheets(read_upload(named, "m.xlsx", "missions")) == {
        "missions": "Missies 2018", "leads": "Leads 2018"}


def test_several_sheets_that_fit_are_not_guessed_between_the_coordinator_is_asked() -> None:
    data = make_xlsx({"Blad1": [PROJECT_HEADER, _project("P-1")],
                      "Blad2": [PROJECT_HEADER, _project("P-2")]})

    read = read_upload(data, "lijst.xlsx", "projects", period=Q4)

    assert read.sheets == {}
    assert _problems(read) == [("error", "meerdere bladen kunnen 'Projecten' zijn ('Blad1', "
                                         "'Blad2'); kies welk blad gelezen moet worden")]
    chosen = Mapping({"projects": SheetMapping(sheet="Blad2")})
    again = read_upload(data, "lijst.xlsx", "projects", period=Q4, mapping=chosen)
    assert again.problems == []
    assert again.sheets["projects"].values("reference") == ["P-2"]


def test_a_calendar_with_two_unnamed_sheets_asks_for_each_pillar() -> None:
    data = make_xlsx({"Blad1": [CALENDAR_HEADER, INVEST_ROW],
                      "Blad2": [CALENDAR_HEADER, TRADE_ROW]})

    read = read_upload(data, "kalender.xlsx", "calendar", period=Period(2018))

    assert read.sheets == {}
    assert [text for _, text in _problems(read)] == [
        "meerdere bladen kunnen 'Invest' zijn ('Blad1', 'Blad2'); kies welk blad gelezen moet "
        "worden",
        "meerdere bladen kunnen 'Trade' zijn ('Blad1', 'Blad2'); kies welk blad gelezen moet "
        "worden"]


def test_an_older_quarters_sheet_beside_this_quarters_is_never_read() -> None:
    data = make_xlsx({"Q3 2016 (oud)": [PROJECT_HEADER, _project("P-OLD")],
                      "Q4 2016": [PROJECT_HEADER, _project("P-NEW")]})

    read = read_upload(data, "lijst.xlsx", "projects", period=Q4)

    assert _sheets(read) == {"projects": "Q4 2016"}
    assert read.sheets["projects"].values("reference") == ["P-NEW"]
    assert [(p.severity, p.sheet) for p in read.problems] == [("warning", "Q3 2016 (oud)")]
    assert read.problems[0].text("nl") == (
        "blad 'Q3 2016 (oud)' lijkt over 2016Q3 te gaan, niet over 2016Q4; het wordt niet "
        "gelezen tenzij u het kiest")
    unsure = read_upload(data, "lijst.xlsx", "projects")  # no period given: both qualify
    assert unsure.sheets == {}
    assert [p.key for p in unsure.problems] == ["problem_sheet_choose"]


def test_a_lone_sheet_of_another_period_is_an_error_until_it_is_chosen() -> None:
    data = make_xlsx({"Q3 2016 (oud)": [PROJECT_HEADER, _project("P-OLD")]})

    read = read_upload(data, "lijst.xlsx", "projects", period=Q4)

    assert read.sheets == {}
    assert [(p.severity, p.key, p.sheet) for p in read.problems] == [
        ("error", "problem_sheet_other_period", "Q3 2016 (oud)")]
    chosen = Mapping({"projects": SheetMapping(sheet="Q3 2016 (oud)")})
    assert _sheets(read_upload(data, "lijst.xlsx", "projects", period=Q4, mapping=chosen)) == {
        "projects": "Q3 2016 (oud)"}


def test_a_year_sheet_holds_its_quarters_and_a_template_name_is_kept() -> None:
    year = make_xlsx({"Projecten 2016": [PROJECT_HEADER, _project("P-1")]})
    template = make_xlsx({"Projecten": [PROJECT_HEADER, _project("P-1")],
                          "Q3 2016": [PROJECT_HEADER, _project("P-2")]})

    assert _sheets(read_upload(year, "l.xlsx", "projects", period=Q4)) == {
        "projects": "Projecten 2016"}
    read = read_upload(template, "l.xlsx", "projects", period=Q4)
    assert read.problems == [] and _sheets(read) == {"projects": "Projecten"}


def test_a_mapping_naming_a_sheet_the_file_lacks_is_an_error_listing_the_sheets() -> None:
    data = make_xlsx({"Q4 2016": [PROJECT_HEADER, _project("P-1")]})
    mapping = Mapping({"projects": SheetMapping(sheet="Q3 2016")})

    read = read_upload(data, "lijst.xlsx", "projects", mapping=mapping)

    assert read.sheets == {}
    assert _problems(read) == [("error", "de kolomindeling leest blad 'Q3 2016', maar dat blad "
                                         "staat niet in het bestand (bladen: 'Q4 2016')")]


def test_a_csv_is_its_one_sheet_whatever_sheet_a_mapping_names() -> None:
    data = ";".join(PROJECT_HEADER).encode() + b"\n" + ";".join(
        "" if v is None else str(v) for v in project_row("P-1", date="03-11-2016")).encode() + b"\n"
    mapping = Mapping({"projects": SheetMapping(sheet="Q4 2016")})

    read = read_upload(data, "lijst.csv", "projects", period=Q4, mapping=mapping)

    assert read.problems == []
    assert read.sheets["projects"].values("reference") == ["P-1"]
