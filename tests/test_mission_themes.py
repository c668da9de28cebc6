"""A mission serving several themes ("Gezond; Slim; Groen"): stored whole, once in totals,
once under each of its themes in a breakdown by theme; a project keeps one theme.

Real .xlsx files (openpyxl) through the real loader into a real DuckDB file. The example
(hand-computed):

    M-1  "Gezond; Slim; Groen"   10 companies, 2 leads
    M-2  "Slim"                   6 companies, 0 leads
    M-3  (blank, sector Agrifood -> Groen)   4 companies, 0 leads

Totals: 3 missions, 20 companies, leads per mission 2/3.
By theme: gezond 1 mission (10 companies; leads per mission 2/1), slim 2 (16; 2/2),
groen 2 (14; 2/2): 5 missions under the themes, 3 in the total.
"""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import db_snapshot, make_xlsx, project_row, projects_xlsx

from tests.apptest import app
from tradeinvest import vocab
from tradeinvest.ingest import themes
from tradeinvest.loading import uploads
from tradeinvest.loading.check import UploadRejected
from tradeinvest.measure import Filters, mission_yield, output_by, totals
from tradeinvest.store import db as store_db
from tradeinvest.store.backup import backup, restore
from tradeinvest.texts import t

MISSION_HEADER = ["Missiereferentie", "Naam", "Soort", "Pijler", "Land", "Startdatum", "Thema",
                  "Sector", "Deelnemende bedrijven"]
LEAD_HEADER = ["Missiereferentie", "Bedrijf", "Land", "Sector", "Pijler", "Status"]
LEADS = [["M-1", "Deltavis Medical", "Verenigde Staten", "Life sciences & health", "Invest",
          "Nieuw"],
         ["M-1", "Smartgrid Inc", "Verenigde Staten", "ICT", "Invest", "Nieuw"]]


def mission(ref: str, theme: str | None, companies: int, sector: str = "ICT",
            date: str = "10-05-2024") -> list[object]:
    return [ref, f"Missie {ref}", "Beurs", "Invest", "Verenigde Staten", date, theme, sector,
            companies]


def missions_xlsx(*rows: list[object], leads: list[list[object]] | None = None) -> bytes:
    sheets = {"Missies": [MISSION_HEADER, *rows]}
    if leads:
        sheets["Leads"] = [LEAD_HEADER, *leads]
    return make_xlsx(sheets)


T0 = dt.datetime(2024, 7, 1, 9, 0)
EXAMPLE = (mission("M-1", "Gezond; Slim; Groen", 10), mission("M-2", "Slim", 6),
           mission("M-3", None, 4, sector="Agrifood & tuinbouw"))


def load_example(con, theme_of_m1: str = "Gezond; Slim; Groen", now: dt.datetime | None = None):
    rows = (mission("M-1", theme_of_m1, 10), *EXAMPLE[1:])
    return uploads.load_upload(con, missions_xlsx(*rows, leads=LEADS), "missies.xlsx",
                               "missions", "2024Q2", "coordinator", now=now)


def by_theme(con, filters: Filters | None = None) -> dict[str, tuple[int, int, float]]:
    frame = output_by(con, "theme", filters)
    return {r.theme: (r.missions, r.mission_companies, r.leads_per_mission)
            for r in frame.itertuples() if r.missions}


@pytest.mark.parametrize("typed", ["Gezond; Slim; Groen", "Gezond, Slim, Groen",
                                   "Gezond/Slim/Groen", "Gezond, Slim en Groen",
                                   "Healthy; Smart and Green", "gezond;SLIM;groen;Slim"])
def test_a_mission_of_three_themes_loads_with_every_theme_stored(con, typed):
    load_example(con, typed)
    rows = con.execute("SELECT reference, theme, themes FROM missions_current "
                       "ORDER BY reference").fetchall()
    assert rows == [("M-1", "gezond", ["gezond", "slim", "groen"]), ("M-2", "slim", None),
                    ("M-3", "groen", None)]


def test_totals_count_the_mission_once(con):
    load_example(con)
    figures = totals(con, Filters(year=2024))
    assert (figures["missions"], figures["mission_companies"]) == (3, 20)
    assert figures["leads_per_mission"] == pytest.approx(2 / 3)


def test_the_theme_breakdown_counts_it_under_each_of_its_three_themes(con):
    load_example(con)
    assert by_theme(con, Filters(year=2024)) == {
        "gezond": (1, 10, 2.0), "groen": (2, 14, 1.0), "slim": (2, 16, 1.0)}
    # the themes add up to more missions than the total, as docs/indicators.md says
    frame = output_by(con, "theme", Filters(year=2024))
    assert frame["missions"].sum() == 5 > totals(con, Filters(year=2024))["missions"] == 3
    # other dimensions still place each mission once
    assert output_by(con, "country", Filters(year=2024))["missions"].sum() == 3
    per_year = output_by(con, ("year", "theme"), Filters(year=2024))
    assert per_year.set_index("theme")["missions"].to_dict() == {
        "gezond": 1, "groen": 2, "slim": 2}


def test_the_theme_filter_keeps_a_mission_serving_that_theme(con):
    load_example(con)
    assert totals(con, Filters(year=2024, theme="gezond"))["missions"] == 1
    assert totals(con, Filters(year=2024, theme="groen"))["missions"] == 2  # M-1, M-3
    # two themes chosen: M-1 serves both, and still counts once
    both = Filters(year=2024, theme=("gezond", "slim"))
    assert (totals(con, both)["missions"], totals(con, both)["mission_companies"]) == (2, 16)
    assert mission_yield(con, both)["reference"].tolist() == ["M-1", "M-2"]
    assert mission_yield(con, Filters(theme="overig")).empty
    listed = mission_yield(con, Filters(theme="groen"))
    assert [list(t) for t in listed["themes"]] == [["gezond", "slim", "groen"], ["groen"]]


def test_a_project_with_two_themes_is_refused_saying_it_keeps_one(con):
    header = ["Projectreferentie", "Bedrijf", "Pijler", "Soort project", "Land", "Sector",
              "Datum gerealiseerd", "Nieuwe directe banen", "Behouden banen", "Partner",
              "Thema"]
    before = db_snapshot(con)
    data = make_xlsx({"Projecten": [header, project_row("P-1") + ["Gezond; Slim"]]})
    with pytest.raises(UploadRejected) as refused:
        uploads.load_upload(con, data, "p.xlsx", "projects", "2024Q3", "c")
    problem = next(p for p in refused.value.problems if p.severity == "error")
    assert (problem.row, problem.column, problem.value) == (2, "Thema", "Gezond; Slim")
    assert problem.text("nl") == ("een project heeft één thema; deze cel noemt er meer "
                                  "(Gezond, Slim); kies er één")
    assert "a project has one theme" in problem.text("en")
    assert db_snapshot(con) == before
    # one theme still loads as before
    uploads.load_upload(con, projects_xlsx(project_row("P-1")), "p.xlsx", "projects", "2024Q3",
                        "c")
    assert con.execute("SELECT theme FROM projects_current").fetchall() == [("slim",)]


@pytest.mark.parametrize(("typed", "word", "meant"), [
    ("Gezond; Slimm; Groen", "Slimm", "bedoelde u Slim?"),
    ("Gezond en Blauw", "Blauw", None)])
def test_an_unknown_word_in_a_list_is_refused_by_name(con, typed, word, meant):
    before = db_snapshot(con)
    with pytest.raises(UploadRejected) as refused:
        load_example(con, typed)
    errors = [p for p in refused.value.problems if p.severity == "error"]
    assert [(p.row, p.column, p.value) for p in errors] == [(2, "Thema", typed)]
    said = errors[0].text("nl")
    assert said.startswith(f"'{word}' is geen thema;")
    assert (meant in said) if meant else ("bedoelde" not in said)
    assert "Groen, Gezond, Slim, Overig" in said
    assert errors[0].text("en").startswith(f"'{word}' is not a theme;")
    assert db_snapshot(con) == before


def test_undo_and_replace_keep_working(con):
    first = load_example(con, now=T0)
    # the same quarter again, now M-1 serves two themes: the new version counts
    second = uploads.load_upload(
        con, missions_xlsx(mission("M-1", "Gezond en Slim", 10), *EXAMPLE[1:]), "v2.xlsx",
        "missions", "2024Q2", "coordinator", now=T0 + dt.timedelta(hours=2))
    assert second.replaced_upload_id == first.upload_id
    assert by_theme(con) == {"gezond": (1, 10, 0.0), "groen": (1, 4, 0.0),
                             "slim": (2, 16, 0.0)}
    assert totals(con)["missions"] == 3
    # as reported between the two loads: the first version, by the derived (not mart) path
    then = output_by(con, "theme", as_of=T0 + dt.timedelta(hours=1))
    assert then.set_index("theme")["missions"].to_dict() == {"gezond": 1, "groen": 2, "slim": 2}
    # undo: the first version (three themes, two leads) counts again
    assert uploads.undo_upload(con, second.upload_id, "coordinator",
                               now=T0 + dt.timedelta(hours=3)) == first.upload_id
    assert by_theme(con) == {"gezond": (1, 10, 2.0), "groen": (2, 14, 1.0),
                             "slim": (2, 16, 1.0)}
    uploads.undo_upload(con, first.upload_id, "coordinator", now=T0 + dt.timedelta(hours=4))
    assert output_by(con, "theme")["missions"].sum() == 0


def test_a_list_is_parsed_to_its_codes_each_once_in_the_order_typed():
    assert themes.parse_themes("Slim / Gezond / slim") == "slim;gezond"
    assert themes.parse_themes("Groen") == "groen"
    for unknown in ("Paars", "n/a", "Paars en Blauw"):  # no theme in it: said as before
        with pytest.raises(ValueError, match="^onbekende waarde"):
            themes.parse_themes(unknown)
        with pytest.raises(ValueError, match="^onbekende waarde"):
            themes.parse_theme(unknown)


def test_the_sample_holds_one_mission_of_three_themes_counted_once_in_the_total(app_db):
    con = store_db.connect(app_db)
    try:
        listed = mission_yield(con, Filters(year=2025))
        several = listed[[len(t) > 1 for t in listed["themes"]]]
        assert several["name"].tolist() == ["Missie Guangdong"]
        assert sorted(several["themes"].iloc[0]) == ["gezond", "groen", "slim"]
        total = totals(con, Filters(year=2025))["missions"]
        assert total == len(listed)
        assert output_by(con, "theme", Filters(year=2025))["missions"].sum() == total + 2
    finally:
        con.close()


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_the_missions_page_shows_missions_by_theme_and_says_how_they_add_up(app_db, lang):
    at = app("missions", taal=lang, jaar="2025")
    assert t("missions_by_theme", lang) in [h.value for h in at.subheader]
    assert t("missions_by_theme_note", lang) in [c.value for c in at.caption]
    con = store_db.connect(app_db)
    try:
        measured = output_by(con, "theme", Filters(year=2025))
    finally:
        con.close()
    shown = next(d.value for d in at.dataframe
                 if t("companies_taking_part", lang) in d.value.columns
                 and t("theme", lang) in d.value.columns)
    expected = {vocab.label_of(vocab.THEMES, r.theme, lang): r.missions
                for r in measured.itertuples() if r.missions}
    assert dict(zip(shown[t("theme", lang)], shown[t("missions", lang)], strict=True)) == expected
    # the multi-theme mission is listed with its three themes
    listing = next(d.value for d in at.dataframe if t("themes", lang) in d.value.columns)
    names = [vocab.label_of(vocab.THEMES, c, lang) for c in ("groen", "slim", "gezond")]
    assert ", ".join(names) in listing[t("themes", lang)].tolist()


def test_backup_and_restore_keep_every_theme_of_a_mission(con, tmp_path):
    load_example(con)
    restored = restore(tmp_path / "restored.duckdb", backup(con, tmp_path / "backup"))
    again = store_db.connect(restored)
    try:
        assert db_snapshot(again) == db_snapshot(con)
        assert by_theme(again) == by_theme(con) == {
            "gezond": (1, 10, 2.0), "groen": (2, 14, 1.0), "slim": (2, 16, 1.0)}
    finally:
        again.close()
