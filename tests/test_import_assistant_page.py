"""The import assistant on the Upload page (AppTest, a copy of the sample database with data
through 2025Q4): the coordinator's own workbook, with her own headers in another order and no
reference or pillar column, gets the mapping step; confirmed with Pijler = Invest for the whole
file and a generated reference it loads, and the Overview's figure moves; next quarter's file
with the same columns loads with no mapping clicks and names the saved mapping; an
inconsistent mapping is refused; both languages; no other role ever sees the step; the saved
mappings on the Settings page, renamed and deleted.

Hand-computed: the first file holds two 2026Q1 projects of 40 and 28 new jobs (68 in 2026Q1,
a quarter the sample does not have); the second one 2026Q2 project of 12 (80 in 2026 through
Q2).
"""

from __future__ import annotations

import datetime as dt
import re

import pytest
from conftest import make_xlsx

from tests.apptest import app, metrics, sign_in
from tradeinvest import access
from tradeinvest.loading import mappings
from tradeinvest.reporting import report_xlsx
from tradeinvest.store import db, users

# Her own headers, in her own order: no Projectreferentie, no Pijler; a note column.
OWN_HEADER = ["Datum bekendmaking", "Bedrijfsnaam", "Aantal banen (3 jaar)", "Land van herkomst",
              "Sector", "Type", "Opmerkingen"]
Q1_ROWS = [[dt.datetime(2026, 1, 15), "Acme Robotics B.V.", 40, "Duitsland", "ICT",
            "Nieuwe vestiging", "via NFIA"],
           [dt.datetime(2026, 3, 20), "Beta Foods GmbH", 28, "Frankrijk", "Agrifood",
            "Uitbreiding", None]]
Q2_ROWS = [[dt.datetime(2026, 4, 10), "Gamma Labs Inc.", 12, "Verenigde Staten",
            "Life sciences & health", "Nieuwe vestiging", "bezoek in mei"]]
FIRST = ("eigen_lijst_2026Q1.xlsx", make_xlsx({"Landingen": [OWN_HEADER, *Q1_ROWS]}))
SECOND = ("eigen_lijst_2026Q2.xlsx", make_xlsx({"Landingen": [OWN_HEADER, *Q2_ROWS]}))
# What the suggestion should make of each of her columns (by header or by content).
SUGGESTED = {"Datum bekendmaking": "date_realised", "Bedrijfsnaam": "company",
             "Aantal banen (3 jaar)": "new_jobs", "Land van herkomst": "country",
             "Sector": "sector", "Type": "project_kind"}
NEW_JOBS = "Nieuwe banen (jaar tot nu)"
PASSWORD = "a long role password"


def _dropped(at, file: tuple[str, bytes]):
    at.file_uploader[0].set_value((file[0], file[1], report_xlsx.XLSX_MIME)).run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def _column_choice(at, header: str):
    return next(s for s in at.main.selectbox if s.label == header)


def _lacking(at, field: str):
    return next(s for s in at.main.selectbox if (s.key or "").endswith(f"_set_{field}"))


def _confirm(at):
    next(b for b in at.main.button if (b.key or "").startswith("map_confirm")).click().run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def _step_shown(at) -> bool:
    return any((b.key or "").startswith("map_confirm") for b in at.main.button)


def _load(at) -> str:
    at.button(key="confirm_load").click().run()
    assert not at.exception, [e.value for e in at.exception]
    return next(s.value for s in at.success if "geladen" in s.value or "loaded" in s.value)


def _overview_new_jobs(at) -> str:
    at.switch_page("pages/overview.py")
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    return metrics(at)[NEW_JOBS]


def test_her_own_workbook_is_mapped_confirmed_loaded_and_remembered(app_db):
    at = _dropped(app("upload"), FIRST)
    assert _step_shown(at)
    assert not [b for b in at.button if b.key == "confirm_load"]  # nothing loads before
    for header, field in SUGGESTED.items():
        assert _column_choice(at, header).value == field, header
    assert _lacking(at, "reference").value == ":derive"  # a rule can derive it
    _lacking(at, "pillar").set_value("Invest").run()
    name = next(s for s in at.main.text_input if (s.key or "").startswith("map_name"))
    name.input("Eigen kwartaallijst").run()
    _confirm(at)
    assert [b for b in at.button if b.key == "confirm_load"]  # the check's verdict follows
    assert any("2 rijen goedgekeurd" in s.value for s in at.success)
    assert any("Eigen kwartaallijst" in s.value for s in at.success)  # saved as, on load
    loaded = _load(at)
    assert "2 rijen" in loaded
    assert _overview_new_jobs(at) == "68"  # the Overview follows the load to 2026Q1

    con = db.connect(app_db)
    saved = mappings.list_mappings(con)
    assert saved[["name", "kind"]].values.tolist() == [["Eigen kwartaallijst", "projects"]]
    con.close()

    at.switch_page("pages/upload.py")
    _dropped(at.run(), SECOND)
    assert not _step_shown(at)  # the same columns: no mapping clicks
    assert any("Eigen kwartaallijst" in i.value and "bewaarde koppeling" in i.value
               for i in at.info)
    _load(at)
    assert _overview_new_jobs(at) == "80"


def test_two_columns_to_one_field_or_a_required_field_left_empty_is_refused(app_db):
    at = _dropped(app("upload"), FIRST)
    _column_choice(at, "Opmerkingen").set_value("company").run()
    _lacking(at, "pillar").set_value(":empty").run()
    _confirm(at)
    errors = [re.sub(r"\\(.)", r"\1", e.value) for e in at.error]  # shown literally
    assert any("'Bedrijfsnaam', 'Opmerkingen'" in e and "Bedrijf" in e for e in errors), errors
    assert any(e.startswith("Verplicht veld leeg gelaten") and "Pijler" in e for e in errors)
    assert _step_shown(at)
    assert not [b for b in at.button if b.key == "confirm_load"]


def test_the_step_reads_in_english(app_db):
    at = _dropped(app("upload", taal="en"), FIRST)
    assert any("**Map the columns**" in m.value for m in at.main.markdown)
    assert "do not use" in _column_choice(at, "Opmerkingen").options
    _lacking(at, "pillar").set_value("Invest").run()
    _confirm(at)
    assert any("2 rows passed" in s.value for s in at.success)
    assert any(s.value.startswith("Mapping confirmed") for s in at.success)


def test_the_saved_mappings_are_listed_renamed_and_deleted_on_settings(app_db):
    at = _dropped(app("upload"), FIRST)
    _lacking(at, "pillar").set_value("Invest").run()
    _confirm(at)
    _load(at)
    other = make_xlsx({"Landingen": [[*OWN_HEADER, "Contactmoment"],
                                     *[[*r, None] for r in Q2_ROWS]]})  # another layout
    _dropped(at, ("andere_lijst_2026Q2.xlsx", other))
    assert [w.value for w in at.warning if w.value.startswith("Er is al")] == [
        "Er is al een bewaarde koppeling **Eigen indeling Projecten en banen**; laden met deze "
        "naam vervangt haar. Kies een andere naam om beide te houden."]
    at.switch_page("pages/settings.py")
    at.run()
    table = next(d.value for d in at.dataframe if "Naam" in d.value.columns)
    assert table["Naam"].tolist() == ["Eigen indeling Projecten en banen"]
    at.text_input(key="mapping_new_Eigen indeling Projecten en banen").input("Kwartaallijst").run()
    at.button(key="mapping_rename").click().run()
    assert any("hernoemd tot Kwartaallijst" in s.value for s in at.success)
    con = db.connect(app_db)
    assert mappings.list_mappings(con)["name"].tolist() == ["Kwartaallijst"]
    at.button(key="mapping_delete").click().run()
    assert mappings.list_mappings(con).empty
    con.close()


@pytest.mark.parametrize("role", [r for r in access.ROLES if r != access.COORDINATOR])
def test_no_other_role_sees_an_upload_or_the_mapping_step(app_db, role):
    con = db.connect(app_db)
    users.add_user(con, role, role, PASSWORD, "test")
    con.close()
    at = sign_in(app(), role, PASSWORD)
    for script in ("pages/upload.py", "pages/settings.py"):
        with pytest.raises(ValueError, match="Could not find a navigation page"):
            at.switch_page(script)
    for script in ("pages/calendar.py", "pages/plans.py"):
        at.switch_page(script)
        at.run()
        assert not at.exception
        assert not at.main.get("file_uploader")
        assert not _step_shown(at)


def test_the_source_rows_show_where_each_value_came_from(app_db):
    at = _dropped(app("upload"), FIRST)
    _column_choice(at, "Opmerkingen").set_value(":note").run()
    _lacking(at, "pillar").set_value("Invest").run()
    _confirm(at)
    _load(at)
    at = app("countries", jaar="2026", kwartaal="1", land="DE")
    listing = next(d.value for d in at.dataframe if "Notitie uit het bestand" in d.value.columns)
    assert listing["Notitie uit het bestand"].tolist() == ["via NFIA"]  # Acme, Germany
    assert listing["Referentie"].str.startswith("G-").all()  # generated
    detail = next(d.value for d in at.dataframe if "Uit het bestand" in d.value.columns)
    came = dict(zip(detail["Veld"], detail["Uit het bestand"], strict=True))
    assert came["Bedrijf"] == "kolom 'Bedrijfsnaam'"
    assert came["Nieuwe directe banen"] == "kolom 'Aantal banen (3 jaar)'"
    assert came["Pijler"] == "één waarde voor het hele bestand: Invest"
    assert came["Projectreferentie"].startswith("afgeleid (gegenereerd)")
    assert came["Notitie uit het bestand"] == "eigen kolommen, als notitie bewaard"
    stored = dict(zip(detail["Veld"], detail["Opgeslagen"], strict=True))
    assert (stored["Bedrijf"], stored["Land"], stored["Pijler"], stored["Nieuwe directe banen"],
            stored["Datum gerealiseerd"]) == ("Acme Robotics B.V.", "Duitsland", "Invest", "40",
                                              "15 jan 2026")
    assert detail["Veld"].tolist()[:2] == ["Projectreferentie", "Bedrijf"]  # template order

    # The kept note is free text that may name people: not for a governor (no contact details).
    con = db.connect(app_db)
    users.add_user(con, access.GOVERNOR, access.GOVERNOR, PASSWORD, "test")
    con.close()
    at = sign_in(app(None, jaar="2026", kwartaal="1", land="DE"), access.GOVERNOR, PASSWORD)
    at.switch_page("pages/countries.py")
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    frames = [d.value for d in at.dataframe]
    detail = next(d for d in frames if "Uit het bestand" in d.columns)
    assert "Pijler" in detail["Veld"].tolist()
    assert not [d for d in frames if "Notitie uit het bestand" in d.columns]
    assert "Notitie uit het bestand" not in detail["Veld"].tolist()


# Her own calendar: sheets named with the year, the event under a header of her own.
OWN_CALENDAR = ("kalender_eigen_2025.xlsx", make_xlsx({
    "Invest 2025": [["Naam activiteit", "Wanneer", "Stad"],
                    ["MEDICA beurs", dt.datetime(2025, 11, 17), "Düsseldorf"],
                    ["BIO International", dt.datetime(2025, 6, 16), "Boston"]],
    "Trade 2025": [["Naam activiteit", "Wanneer", "Stad"],
                   ["Handelsmissie Japan", dt.datetime(2025, 5, 12), "Tokio"]]}))
# Her own country plans: no pillar column; one value for the whole file instead.
OWN_PLANS = ("landenplannen_eigen.xlsx", make_xlsx({"Blad1": [
    ["Focusmarkt", "Doel nieuwe banen", "Doel leads", "Wie"],
    ["Duitsland", 120, 30, "Anna"], ["Japan", 40, 10, "Kees"]]}))


def test_the_calendar_page_maps_her_own_calendar_before_loading_it(app_db):
    at = app("calendar")
    _dropped(at, OWN_CALENDAR)
    assert _step_shown(at)
    for sheet in ("Invest", "Trade"):
        assert any(f"Blad {sheet} van het sjabloon" in m.value for m in at.main.markdown)
    assert not [b for b in at.button if b.key == "cal_load"]
    _confirm(at)
    assert any("3 rijen goedgekeurd" in s.value for s in at.success)
    at.button(key="cal_load").click().run()
    assert not at.exception, [e.value for e in at.exception]
    assert any(s.value.startswith("Kalender 2025 geladen als upload") and "3 " in s.value
               for s in at.success)


def test_the_plans_page_maps_her_own_plans_with_one_pillar_for_the_file(app_db):
    at = app("plans")
    _dropped(at, OWN_PLANS)
    assert _step_shown(at)
    assert _column_choice(at, "Focusmarkt").value == "country"
    pillar = _lacking(at, "pillar")
    assert pillar.options[:1] == ["leeg laten"]  # no rule derives a plan's pillar
    pillar.set_value("Invest en Trade").run()
    _confirm(at)
    assert any("2 rijen goedgekeurd" in s.value for s in at.success)
    load = next(b for b in at.button if (b.key or "") == "plans_load")
    load.click().run()
    assert not at.exception, [e.value for e in at.exception]
    assert any(s.value.startswith("Landenplannen") and "geladen als upload" in s.value
               for s in at.success)


def test_when_several_sheets_qualify_she_chooses_one_and_each_names_its_period(app_db):
    old = [[dt.datetime(2025, 11, 3), "Delta BV", 5, "België", "ICT", "Uitbreiding", None]]
    two = ("eigen_lijst_2026Q1.xlsx", make_xlsx({"Q1 2026": [OWN_HEADER, *Q1_ROWS],
                                                  "Q4 2025 (oud)": [OWN_HEADER, *old]}))
    at = _dropped(app("upload"), two)
    which = next(s for s in at.main.selectbox
                 if s.label == "Welk blad van het bestand is Projecten?")
    assert which.options == ["Q1 2026 (noemt periode 2026Q1)",
                             "Q4 2025 (oud) (noemt periode 2025Q4)"]
    assert which.value == "Q1 2026"  # the best fit first
    _lacking(at, "pillar").set_value("Invest").run()
    _confirm(at)
    assert any("2 rijen goedgekeurd" in s.value for s in at.success)
    which = next(s for s in at.main.selectbox if s.label.startswith("Welk blad"))
    which.set_value("Q4 2025 (oud)").run()
    _lacking(at, "pillar").set_value("Invest").run()
    _confirm(at)
    assert any("2025Q4" in e.value for e in at.error)  # its dates are not 2026Q1
    assert not [b for b in at.button if b.key == "confirm_load"]
