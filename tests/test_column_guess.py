"""Column suggestions of the import assistant (issue 15, item 2): each column of a sheet the
coordinator keeps her own way gets a suggested field, by its header and by its content, with a
reason she understands; no field twice; candidate sheets ranked by fit. Hand-built layouts,
and real workbooks written by openpyxl read with `read_layout`."""

from __future__ import annotations

import datetime as dt
from collections import Counter

from conftest import make_xlsx
from hypothesis import given, settings
from hypothesis import strategies as st

from tradeinvest.ingest import schema
from tradeinvest.ingest.column_content import profile, vocabulary
from tradeinvest.ingest.column_guess import (
    SheetGuess,
    _guess_sheet,  # every spec's guess, also for sheets that do not qualify
    guess_sheets,
    suggested_mapping,
)
from tradeinvest.ingest.layout import SheetLayout, read_layout
from tradeinvest.ingest.mapping import DERIVABLE, header_signature

COORDINATOR = ("Bedrijfsnaam", "Land van herkomst", "Sector", "Type", "Datum bekendmaking",
               "Aantal banen (3 jaar)", "Investering (mln €)", "Opmerkingen")
COORDINATOR_ROWS = [
    ["Acme Robotics B.V.", "Duitsland", "LSH", "Nieuwe vestiging", dt.datetime(2016, 10, 4),
     "ca. 30", 2.5, "via NFIA"],
    ["Beta Ltd", "VK", "ICT", "Uitbreiding", dt.datetime(2016, 11, 14), "25 fte", 1, None],
    ["Gamma Inc", "VS", "Gaming", "Behoud", dt.datetime(2016, 12, 1), 12, None, "let op"],
    ["Delta GmbH", "DE", "Agrifood", "Exportcontract", dt.datetime(2016, 12, 20), 4, 0.3, None],
]
EXPECTED = {"Bedrijfsnaam": "company", "Land van herkomst": "country", "Sector": "sector",
            "Type": "project_kind", "Datum bekendmaking": "date_realised",
            "Aantal banen (3 jaar)": "new_jobs", "Investering (mln €)": "investment_eur",
            "Opmerkingen": None}


def layout(headers: tuple[str, ...] | list[str], rows: list[list[object]], sheet: str = "Blad1",
           period: str | None = None) -> SheetLayout:
    """A layout as read_layout makes it: per column the values of the data rows."""
    samples = tuple(tuple(row[j] if j < len(row) else None for row in rows)
                    for j in range(len(headers)))
    return SheetLayout(sheet, 1, tuple(headers), samples, header_signature(headers), period)


def fields(guess: SheetGuess) -> dict[str, str | None]:
    return {g.header: g.field for g in guess.columns}


def reasons(guess: SheetGuess) -> dict[str, str]:
    return {g.header: g.reason.key for g in guess.columns}


def only(kind: str, spec: str, *layouts: SheetLayout) -> SheetGuess:
    found = guess_sheets(kind, list(layouts))[spec]
    assert len(found) == 1, [g.layout.sheet for g in found]
    return found[0]


def test_the_coordinators_list_gets_a_field_per_column_and_pillar_and_reference_derived():
    guess = only("projects", "projects", layout(COORDINATOR, COORDINATOR_ROWS, "Q4 2016"))
    assert fields(guess) == EXPECTED
    assert guess.missing == ()
    assert {("projects", "pillar"), ("projects", "reference")} <= set(DERIVABLE)
    mapping = suggested_mapping("projects", {"projects": guess}).sheets["projects"]
    assert mapping.sheet == "Q4 2016"
    assert mapping.columns == {h: f for h, f in EXPECTED.items() if f}
    assert mapping.derived == frozenset({"pillar", "reference"})
    assert mapping.notes == ("Opmerkingen",)
    assert reasons(guess)["Opmerkingen"] == "guess_note"
    assert [g.letter for g in guess.columns] == list("ABCDEFGH")
    assert guess.columns[5].samples == ("ca. 30", "25 fte", "12", "4")


def test_reasons_say_why_in_both_languages():
    guess = only("projects", "projects", layout(COORDINATOR, COORDINATOR_ROWS))
    by_header = {g.header: g for g in guess.columns}
    assert by_header["Bedrijfsnaam"].reason.text("nl") == \
        "de kop is een bekende naam voor 'Bedrijf'"
    assert by_header["Sector"].reason.text("en") == \
        "the header is 'Sector' and the values come from the list 'Sector'"
    assert by_header["Land van herkomst"].reason.text("nl") == \
        "de kop is een bekende naam voor 'Land' en de waarden zijn landen"
    assert by_header["Opmerkingen"].reason.text("en") == "free text: kept as a note on the row"
    assert all(0 <= g.score <= 100 for g in guess.columns)


def test_the_real_workbook_with_a_title_block_is_read_and_guessed():
    data = make_xlsx({"Q4 2016": [["Nieuwe investeringen regio Utrecht"], ["Stand 31-12-2016"],
                                  list(COORDINATOR), *COORDINATOR_ROWS]})
    layouts, problems = read_layout(data, "lijst.xlsx", "projects")
    assert not [p for p in problems if p.severity == "error"]
    guess = only("projects", "projects", *layouts)
    assert guess.layout.header_row == 3
    assert fields(guess) == EXPECTED
    assert guess.missing == ()


def test_content_wins_over_a_misleading_header():
    rows = [["Duitsland", dt.date(2016, 10, 3), "Acme", 10, "Uitbreiding"],
            ["Japan", dt.date(2016, 11, 3), "Beta", 5, "Behoud"],
            ["VS", dt.date(2016, 12, 3), "Gamma", 7, "Nieuwe vestiging"]]
    guess = only("projects", "projects",
                 layout(["Info", "Land", "Bedrijf", "Banen", "Omschrijving"], rows))
    assert fields(guess) == {"Info": "country", "Land": "date_realised", "Bedrijf": "company",
                             "Banen": "new_jobs", "Omschrijving": "project_kind"}
    why = {g.header: g.reason for g in guess.columns}
    assert why["Info"].text("nl") == "de waarden zijn landen"
    assert why["Land"].text("nl") == "de waarden zijn datums, al lijkt de kop op 'Land'"
    assert why["Land"].text("en") == "the values are dates, although the header resembles " \
                                     "'Country'"
    assert why["Omschrijving"].key == "guess_values_terms"


def test_a_field_goes_to_one_column_the_best_one():
    rows = [["Duitsland", "Frankrijk", "Acme"], ["Japan", "China", "Beta"]]
    guess = guess_sheets("projects", [layout(["Info", "Land", "Bedrijf"], rows)])["projects"]
    assert guess == []  # two columns only: no projects sheet
    single = guess_sheets("projects", [layout(["Info", "Land", "Bedrijf", "Sector"],
                                              [r + ["ICT"] for r in rows])])["projects"][0]
    assert fields(single) == {"Info": None, "Land": "country", "Bedrijf": "company",
                              "Sector": "sector"}
    info = single.columns[0]
    assert info.reason.key == "guess_taken"
    assert info.reason.text("nl") == "lijkt ook 'Land', maar kolom B past daar beter bij"


_LABELS = [label for spec in schema.ALL_SHEETS for c in spec.columns for label in c.headers()] + [
    "Info", "Opmerkingen", "Datum", "Aantal", "Land", "Type"]


@settings(max_examples=60, deadline=None)
@given(st.sampled_from(sorted(schema.KINDS)),
       st.lists(st.sampled_from(_LABELS), min_size=1, max_size=12),
       st.lists(st.sampled_from(["Duitsland", "ICT", 12, dt.date(2016, 10, 1), "Acme", "Ja",
                                 "Uitbreiding", "Invest", "juni 2018", "ca. 30", None]),
                min_size=1, max_size=12))
def test_no_field_is_suggested_twice(kind, headers, values):
    sheet = layout(headers, [[values[(i + j) % len(values)] for j in range(len(headers))]
                             for i in range(5)])
    for spec in schema.KINDS[kind]:
        terms = {vocabulary(c) for c in spec.columns} - {None}
        guess = _guess_sheet(spec, sheet, [profile(v, terms) for v in sheet.samples])
        given_fields = Counter(g.field for g in guess.columns if g.field)
        assert all(n == 1 for n in given_fields.values()), given_fields
        assert set(guess.missing).isdisjoint(given_fields)


def test_only_the_sampled_values_are_looked_at():
    """A column of 200 countries followed by 99,800 dates is read as countries: only the
    first 200 values of a column (the layout's sample) decide."""
    values = ["Duitsland"] * 200 + [dt.date(2016, 10, 1)] * 99_800
    sheet = SheetLayout("Blad1", 1, ("Info", "Bedrijf", "Sector"),
                        (tuple(values), ("Acme",) * 200, ("ICT",) * 200), "", None)
    guess = only("projects", "projects", sheet)
    assert fields(guess)["Info"] == "country"


def test_a_real_big_sheet_is_sampled_not_read_whole():
    rows = [["Duitsland" if i < 200 else "15-10-2016", f"Bedrijf {i}", "ICT"]
            for i in range(1_000)]
    layouts, _ = read_layout(make_xlsx({"Blad1": [["Info", "Bedrijf", "Sector"], *rows]}),
                             "groot.xlsx", "projects")
    assert all(len(values) <= 200 for values in layouts[0].samples)
    assert fields(only("projects", "projects", *layouts))["Info"] == "country"


def test_english_headers():
    headers = ("Company", "Country of origin", "Industry", "Project type", "Announcement date",
               "Jobs (3 years)", "Investment (m EUR)", "Notes")
    guess = only("projects", "projects", layout(headers, COORDINATOR_ROWS, "Projects"))
    assert [g.field for g in guess.columns] == list(EXPECTED.values())
    assert guess.columns[-1].reason.key == "guess_note"


def test_whole_numbers_under_a_jobs_header_are_the_new_jobs():
    rows = [["Acme", "Duitsland", "ICT", 12], ["Beta", "Japan", "LSH", 30]]
    guess = only("projects", "projects",
                 layout(["Bedrijf", "Land", "Sector", "Werkgelegenheid"], rows))
    assert fields(guess)["Werkgelegenheid"] == "new_jobs"
    assert guess.columns[3].reason.text("nl") == "hele getallen, en de kop gaat over banen"


def test_the_best_fitting_sheet_comes_first_and_an_older_period_after_an_equal_one():
    current = layout(COORDINATOR, COORDINATOR_ROWS, "Q4 2016")
    older = layout(COORDINATOR, COORDINATOR_ROWS, "Q3 2016 (oud)", period="2016Q3")
    summary = layout(["Land", "Aantal"], [["Duitsland", 3], ["VK", 1]], "Samenvatting")
    found = guess_sheets("projects", [older, summary, current])["projects"]
    assert [g.layout.sheet for g in found] == ["Q4 2016", "Q3 2016 (oud)"]
    assert found[0].fit == found[1].fit


def test_calendar_sheets_named_by_year_go_to_their_pillar():
    headers = ["Wanneer", "Activiteit", "Waar", "Wie", "Organisatie", "Opmerkingen"]
    rows = [["juni 2018", "Bio-Europe", "Duitsland, Keulen", "Anna", "NFIA", None],
            ["najaar 2018", "Web Summit", "Portugal, Lissabon", "Bart", "IU", "onder voorbehoud"]]
    invest, trade = layout(headers, rows, "Invest 2018"), layout(headers, rows, "Trade 2018")
    found = guess_sheets("calendar", [invest, trade])
    assert [g.layout.sheet for g in found["calendar_invest"]] == ["Invest 2018"]
    assert [g.layout.sheet for g in found["calendar_trade"]] == ["Trade 2018"]
    unnamed = guess_sheets("calendar", [trade, layout(headers, rows, "Blad1"), invest])
    # a sheet whose name says neither pillar is a candidate for both, after the named one
    assert [g.layout.sheet for g in unnamed["calendar_invest"]] == ["Invest 2018", "Blad1"]
    assert [g.layout.sheet for g in unnamed["calendar_trade"]] == ["Trade 2018", "Blad1"]
    assert fields(found["calendar_invest"][0]) == {
        "Wanneer": "start_date", "Activiteit": "event", "Waar": "place", "Wie": "staff",
        "Organisatie": "organised_by", "Opmerkingen": None}
    assert found["calendar_trade"][0].missing == ()


def test_missions_and_leads_sheets_are_told_apart_and_dates_found_by_content():
    missions = layout(
        ["Missiereferentie", "Naam", "Soort", "Pijler", "Bestemming", "Periode", "Tot",
         "Deelnemers"],
        [["M-1", "Missie Japan", "Uitgaande missie", "Trade", "Japan", dt.date(2016, 10, 3),
          dt.date(2016, 10, 7), 12],
         ["M-2", "Medica", "Beurs", "Invest", "Duitsland", dt.date(2016, 11, 14),
          dt.date(2016, 11, 17), 8]], "Missies Q4")
    leads = layout(["Missiereferentie", "Bedrijf", "Land", "Sector", "Pijler", "Stand"],
                   [["M-1", "Sony", "Japan", "ICT", "Invest", "Nieuw"],
                    ["M-2", "Bayer", "Duitsland", "LSH", "Invest", "Gewonnen"]], "Leads Q4")
    found = guess_sheets("missions", [missions, leads])
    assert [g.layout.sheet for g in found["missions"]] == ["Missies Q4"]
    assert [g.layout.sheet for g in found["leads"]] == ["Leads Q4"]
    assert fields(found["missions"][0]) == {
        "Missiereferentie": "reference", "Naam": "name", "Soort": "mission_kind",
        "Pijler": "pillar", "Bestemming": "country", "Periode": "start_date",
        "Tot": "end_date", "Deelnemers": "companies"}
    assert reasons(found["missions"][0])["Periode"] == "guess_values_dates"
    assert fields(found["leads"][0])["Stand"] == "status"
    assert found["missions"][0].missing == () and found["leads"][0].missing == ()


def test_two_country_columns_of_contacts_are_told_apart_by_header():
    rows = [[dt.date(2016, 10, 3), "Acme", "Japan", "ICT", "Invest", "Trade-klant", "Beurs",
             "Japan"]]
    guess = only("contacts", "contacts", layout(
        ["Datum", "Bedrijf", "Land", "Sector", "Pijler", "Soort contact", "Kanaal",
         "Landen team"], rows))
    assert fields(guess)["Land"] == "country"
    assert fields(guess)["Landen team"] == "country_team"


def test_a_sheet_without_known_columns_qualifies_for_nothing():
    rows = [["a", "b"], ["c", "d"]]
    assert guess_sheets("projects", [layout(["Foo", "Bar"], rows)]) == {"projects": []}


def test_the_templates_own_headers_give_every_column_its_field_and_only_its_sheet():
    for kind, specs in schema.KINDS.items():
        for spec in specs:
            for lang in ("nl", "en"):
                headers = tuple(getattr(c, lang) for c in spec.columns)
                sheet = SheetLayout(spec.sheet_nl, 1, headers, tuple(() for _ in headers),
                                    header_signature(headers), None)
                found = guess_sheets(kind, [sheet])
                assert [g.field for g in found[spec.name][0].columns] == \
                    [c.name for c in spec.columns], (kind, spec.name, lang)
                assert all(not found[other.name] for other in specs if other is not spec)


def test_a_known_header_is_kept_when_its_values_are_unknown_terms():
    rows = [["Acme", "Japan", "Hightech systemen"], ["Beta", "VS", "Medische technologie"]]
    guess = only("projects", "projects", layout(["Bedrijf", "Land", "Sector"], rows))
    assert fields(guess)["Sector"] == "sector"
    assert guess.columns[2].reason.key == "guess_header_same"


def test_a_mission_serving_several_themes_is_a_theme_column():
    rows = [["M-1", "Missie Japan", "Gezond; Slim; Groen", "Japan", "Beurs"],
            ["M-2", "Medica", "Gezond", "Duitsland", "Beurs"]]
    guess = only("missions", "missions",
                 layout(["Referentie", "Naam", "Profiel missie", "Land", "Soort"], rows))
    assert fields(guess)["Profiel missie"] == "theme"
    assert guess.columns[2].reason.key == "guess_header_and_content"


def test_a_header_whose_values_do_not_fit_says_so():
    rows = [["M-1", "Sony", dt.date(2016, 10, 3), "ICT", "Invest", "Nieuw"],
            ["M-2", "Bayer", dt.date(2016, 11, 3), "LSH", "Invest", "Gewonnen"]]
    guess = only("missions", "leads", layout(
        ["Missiereferentie", "Bedrijf", "Land", "Sector", "Pijler", "Status"], rows, "Leads"))
    land = guess.columns[2]
    assert land.field is None
    assert land.reason.text("nl") == \
        "de kop lijkt op 'Land', maar de waarden passen daar niet bij"
    assert guess.missing == ("country",)


def test_a_dutch_csv_is_guessed_from_its_text_values():
    lines = [";".join(COORDINATOR)] + [
        ";".join("" if v is None else v.strftime("%d-%m-%Y") if isinstance(v, dt.datetime)
                 else str(v).replace(".", ",") for v in row) for row in COORDINATOR_ROWS]
    data = "\r\n".join(lines).encode("cp1252")
    layouts, problems = read_layout(data, "lijst.csv", "projects")
    assert not problems
    guess = only("projects", "projects", *layouts)
    assert fields(guess) == EXPECTED
    assert reasons(guess)["Datum bekendmaking"] == "guess_header_and_content"
