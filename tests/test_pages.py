"""Pages in AppTest on a real sample database: what is shown equals what `measure` returns."""

from __future__ import annotations

import os
import re

import pytest
import streamlit as st
from conftest import make_xlsx, project_row, projects_xlsx

from tests.apptest import app, metrics
from tradeinvest import measure as m
from tradeinvest.loading import check, uploads
from tradeinvest.reporting import fmt, report_xlsx
from tradeinvest.store import db
from tradeinvest.texts import t


def test_overview_shows_the_measured_progress_of_the_latest_year(app_db):
    at = app()
    con = db.connect(app_db)
    p = m.progress(con, 2025)
    shown = metrics(at)
    assert shown["Nieuwe banen (jaar tot nu)"] == fmt.number(p.new_jobs)
    assert shown["Jaardoel"] == fmt.number(p.target) == "1.000"
    # 2025 has all four quarters: reached or missed by how much, not forecast
    assert p.finished and p.status in ("reached", "missed")
    assert "Prognose jaareinde" not in shown
    assert shown["Verschil met jaardoel"] == fmt.signed(p.gap) == fmt.signed(p.new_jobs - 1000)
    assert shown["Behouden banen (apart)"] == fmt.number(p.retained_jobs)
    assert shown["Indirecte banen"] == fmt.number(p.indirect_jobs)
    status = t(f"status_{p.status}", "nl")
    banners = [b.value for b in (*at.success, *at.warning, *at.error)]
    assert any(b.startswith(f"**{status}**: {fmt.number(p.new_jobs)} nieuwe banen in 2025 "
                            f"tegen een jaardoel van 1.000") for b in banners)
    assert at.title[0].value == "Op weg naar 1.000 banen — 2025"
    totals = m.totals(con, m.Filters(year=2025))
    assert shown["Investeringsprojecten"] == fmt.number(totals["investment_projects"])
    assert shown["Trade wins (bedrijven per jaar)"] == fmt.number(totals["trade_wins"])


def _path_chart(at) -> dict[str, dict[int, float]]:
    """The path chart as drawn: trace name -> {year: value} (Plotly's binary arrays decoded)."""
    import base64
    import json

    import numpy as np

    def values(a):
        if isinstance(a, dict):
            return np.frombuffer(base64.b64decode(a["bdata"]), dtype=a["dtype"]).tolist()
        return list(a)

    spec = json.loads(at.get("plotly_chart")[0].proto.spec)
    return {d["name"]: dict(zip(values(d["x"]), values(d["y"]), strict=True))
            for d in spec["data"]}


def test_a_finished_year_has_no_forecast_on_the_path(app_db):
    drawn = _path_chart(app(jaar="2025"))
    assert "Prognose jaareinde" not in drawn
    assert drawn["Gerealiseerd"][2025] == m.progress(db.connect(app_db), 2025).new_jobs


def test_a_chosen_quarter_is_a_running_year_with_its_forecast_and_path(app_db):
    at = app(jaar="2025", kwartaal="2")
    con = db.connect(app_db)
    p = m.progress(con, 2025, 2)
    card = t("year_end_forecast", "nl", method=t(f"forecast_method_{p.forecast_method}",
                                                 "nl").lower())  # the leading method, named
    assert not p.finished and metrics(at)[card] == fmt.number(p.forecast)
    drawn = _path_chart(at)  # the chart follows the chosen quarter, like the headline
    assert drawn["Gerealiseerd"][2025] == p.new_jobs
    assert drawn["Prognose jaareinde"] == {2025: p.forecast}
    assert drawn["Gerealiseerd"][2024] == m.progress(con, 2024).new_jobs
    path = m.progress_by_year(con, m.Filters(year=2025, quarter=2, year_to_date=True))
    assert path.set_index("year").loc[2025, "new_jobs"] == p.new_jobs
    cost = m.cost_effectiveness(con, m.Filters(year=2025, quarter=2, year_to_date=True))
    total = cost[cost["line"] == "total"].iloc[0]
    assert (total["months"], total["eur"]) == (6, 538_000 * 6 / 12)
    assert metrics(at)["Kosten per nieuwe baan"] == fmt.euro(total["cost_per_job"])
    assert any("geleend van 2018" in c.value for c in at.caption)


def test_overview_in_english_uses_english_labels_and_number_format(app_db):
    at = app(taal="en", jaar="2024")
    p = m.progress(db.connect(app_db), 2024)
    assert metrics(at)["Annual target"] == "1,000"
    assert metrics(at)["New jobs (year to date)"] == fmt.number(p.new_jobs, lang="en")


def test_a_link_with_filters_opens_the_same_country_view(app_db):
    at = app("countries", jaar="2024", land="DE")
    assert at.title[0].value == "Duitsland — 2024"
    totals = m.totals(db.connect(app_db), m.Filters(year=2024, country="DE"))
    shown = metrics(at)
    assert shown["Contacten"] == fmt.number(totals["contacts"])
    assert shown["Investeringsprojecten"] == fmt.number(totals["investment_projects"])
    assert shown["Trade wins (bedrijven per jaar)"] == fmt.number(totals["trade_wins"])
    assert shown["Leads (naar het leadbedrijf)"] == fmt.number(totals["leads"])
    # the country in its two roles, apart
    origin = m.impact_by_country_role(db.connect(app_db), "origin", None,
                                      m.Filters(year=2024, country="DE")).iloc[0]
    assert any(md.value == "**Als land van herkomst (investeringen)**" for md in at.markdown)
    assert shown["Nieuwe banen (herkomst)"] == fmt.number(origin["new_jobs"])
    market = m.impact_by_country_role(db.connect(app_db), "market", None,
                                      m.Filters(year=2024, country="DE")).iloc[0]
    assert shown["Banen, schatting (exportmarkt)"] == fmt.number(market["new_jobs"])
    assert origin["new_jobs"] + market["new_jobs"] == totals["new_jobs"]
    together = (f"Samen {fmt.number(totals['new_jobs'])} nieuwe banen: "
                f"{fmt.number(origin['new_jobs'])} uit investeringen (herkomst)")
    assert any(c.value.startswith(together) for c in at.caption)
    assert at.query_params["land"] in ("DE", ["DE"])  # the view stays in the URL


def test_countries_ranking_adds_up_to_the_overview_total(app_db):
    at = app("countries")
    ranking = at.dataframe[0].value
    p = m.progress(db.connect(app_db), 2025)
    assert ranking["Nieuwe banen investeringen (herkomst)"].sum() == pytest.approx(
        p.new_jobs_invest)
    assert ranking["Banen trade, schatting (exportmarkt)"].sum() == pytest.approx(
        p.new_jobs_trade)


def test_sectors_page_lists_every_sector_with_measured_jobs(app_db):
    at = app("sectors")
    table = at.dataframe[0].value
    by_sector = m.impact_by(db.connect(app_db), "sector", m.Filters(year=2025))
    assert table["Nieuwe banen"].sum() == pytest.approx(by_sector["new_jobs"].sum())
    at.selectbox(key="f_sector").set_value("lsh").run()
    assert at.title[0].value == "Life sciences & health — 2025"


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_the_two_lead_figures_are_named_apart(app_db, lang):
    """Leads follow the lead company's country, leads per mission the mission's destination:
    under a country filter they differ, so each screen names which one it shows."""
    from tradeinvest.texts import t

    country = app("countries", taal=lang, jaar="2025", land="DE")
    shown = metrics(country)
    de = m.totals(db.connect(app_db), m.Filters(year=2025, country="DE"))
    assert shown[t("leads_by_company", lang)] == fmt.number(de["leads"], lang=lang)
    assert "Leads" not in shown
    columns = {c for df in country.dataframe for c in df.value.columns}
    assert ("Leads van de missie" if lang == "nl" else "Leads of the mission") in columns
    missions = app("missions", taal=lang, jaar="2025", land="DE")
    labels = {mt.label for mt in missions.metric}
    assert t("leads_per_mission", lang) in labels
    assert not {"Leads per missie", "Leads per mission"} & labels
    assert t("leads_by_company", lang) != t("leads_per_mission", lang)


def test_overview_names_a_missing_quarter_and_calls_cost_regional_under_a_filter(app_db):
    con = db.connect(app_db)
    q2 = con.execute("SELECT upload_id FROM active_uploads WHERE kind = 'projects' "
                     "AND quarter = '2024Q2'").fetchall()[0][0]
    uploads.undo_upload(con, q2, "coordinator")
    p = m.progress(con, 2024)
    con.close()
    assert (p.quarters_missing, p.finished) == ((2,), False)
    at = app(jaar="2024", land="DE")
    warnings = [w.value for w in at.warning]
    assert any(w.startswith("Ontbrekend: 2024Q2") and "beide prognoses" in w for w in warnings)
    captions = " ".join(c.value for c in at.caption)
    assert "Regionaal cijfer" in captions and "geleend van 2018" in captions
    assert "land van herkomst (moederbedrijf) voor investeringen en exportmarkt" in captions


def test_missions_page_counts_the_measured_missions(app_db):
    at = app("missions")
    missions = m.mission_yield(db.connect(app_db), m.Filters(year=2025))
    assert metrics(at)["Missies"] == fmt.number(len(missions))
    assert metrics(at)["Bedrijven mee"] == fmt.number(missions["companies"].sum())


def undo_choice(at):
    return next(s for s in at.selectbox if s.label == "Upload ongedaan maken")


def test_upload_then_undo_changes_the_overview_without_a_restart(app_db):
    at = app("upload")
    before = metrics(app())["Nieuwe banen (jaar tot nu)"]
    data = projects_xlsx(project_row("P-NEW", jobs=1000, date="15-12-2025"))
    at.selectbox[0].set_value("projects")
    at.file_uploader[0].set_value(("extra_2025Q4.xlsx", data, report_xlsx.XLSX_MIME)).run()
    assert at.text_input[0].value == "2025Q4"  # suggested from the file name
    assert any("1 rij goedgekeurd" in s.value for s in at.success)
    newest_before = undo_choice(at).value
    at.button(key="confirm_load").click().run()
    assert not at.exception
    loaded = next(s.value for s in at.success if "geladen" in s.value)
    assert re.match(r"Upload \d+ geladen: 1 rij Projecten en banen 2025Q4 "
                    r"\(vervangt upload \d+\)\. Veranderd: 2025Q4: ", loaded)
    # The undo choice moves to the upload just loaded, not the one that was newest before.
    assert undo_choice(at).value == int(loaded.split()[1]) != newest_before
    # The sample's 2025Q4 projects upload was replaced by this one-row file.
    con = db.connect(app_db)
    after = m.progress(con, 2025)
    overview = app()
    assert metrics(overview)["Nieuwe banen (jaar tot nu)"] == fmt.number(after.new_jobs)
    assert metrics(overview)["Nieuwe banen (jaar tot nu)"] != before
    upload_id = int(uploads.history(con)["upload_id"].iloc[0])
    at = app("upload")
    undo_choice(at).set_value(upload_id)
    at.button(key="undo_button").click().run()
    at.button(key=f"undo_confirm_{upload_id}").click().run()  # the second step
    assert metrics(app())["Nieuwe banen (jaar tot nu)"] == before


def test_a_checked_file_is_read_again_only_by_the_load_itself(app_db, monkeypatch):
    reads: list[str] = []
    check_upload = check.check_upload

    def noted(*args, **kwargs):
        reads.append(args[2])
        return check_upload(*args, **kwargs)

    monkeypatch.setattr(check, "check_upload", noted)
    at = app("upload")
    data = projects_xlsx(project_row("P-NEW", jobs=10, date="15-12-2025"))
    at.file_uploader[0].set_value(("extra_2025Q4.xlsx", data, report_xlsx.XLSX_MIME)).run()
    at.run()  # any rerun of the page (a filter, a click elsewhere) keeps the check
    assert reads == ["extra_2025Q4.xlsx"]
    at.button(key="confirm_load").click().run()
    assert any("geladen" in s.value for s in at.success)
    # The load validates once more before it writes; then the uploader is emptied, so the
    # loaded file is not judged (or offered) again.
    assert reads == ["extra_2025Q4.xlsx"] * 2
    at.run()
    assert len(reads) == 2


def test_a_file_with_errors_shows_the_report_and_offers_no_load(app_db):
    at = app("upload")
    data = projects_xlsx(project_row(country="Atlantis", date="15-12-2025"))
    at.file_uploader[0].set_value(("fout_2025Q4.xlsx", data, report_xlsx.XLSX_MIME)).run()
    assert any("Er is niets geladen" in e.value for e in at.error)
    problems = at.dataframe[0].value
    assert problems.iloc[0]["Kolom"] == "Land" and problems.iloc[0]["Rij"] == 2
    assert not [b for b in at.button if b.key == "confirm_load"]


def test_settings_target_path_changes_the_overview_target(app_db):
    at = app("settings")
    at.radio(key="target_shape").set_value("growth")
    at.number_input(key="target_end").set_value(1200.0)
    at.button(key="apply_path").click().run()
    assert not at.exception
    con = db.connect(app_db)
    assert m.target_for(con, 2023) == pytest.approx(1200.0)
    assert m.target_for(con, 2020) == pytest.approx(500 * (1200 / 500) ** (2 / 5), abs=0.1)
    assert metrics(app(jaar="2023"))["Jaardoel"] == "1.200"


def test_a_database_without_projects_explains_what_to_upload(tmp_path):
    path = tmp_path / "contacts_only.duckdb"
    con = db.connect(path)
    header = ["Datum", "Bedrijf", "Land", "Sector", "Pijler", "Soort contact", "Kanaal"]
    uploads.load_upload(con, make_xlsx({"Contacten": [
        header, ["02-07-2024", "Acme", "DE", "ICT", "Invest", "prospect", "beurs"]]}),
        "c.xlsx", "contacts", "2024Q3", "c")
    con.close()
    os.environ["TRADEINVEST_DB"] = str(path)
    st.cache_resource.clear()
    st.cache_data.clear()
    try:
        at = app()
        assert any("nog geen projecten" in i.value for i in at.info)
        for page in ("countries", "sectors", "missions"):
            app(page)  # no traceback on any page
    finally:
        st.cache_resource.clear()
        os.environ.pop("TRADEINVEST_DB", None)


def test_no_projects_this_quarter_is_reported_with_a_header_only_file(app_db):
    """A quarter without landings: the coordinator uploads the projects file with only its
    header row; it loads (with a warning saying so) and counts as loaded (replace and undo:
    test_counting_rules.py)."""
    from tests.corpus.make_corpus import projects as header_only

    at = app("upload")
    at.selectbox[0].set_value("projects")
    at.file_uploader[0].set_value(("projecten_2026Q1.xlsx", header_only(), report_xlsx.XLSX_MIME)
                                  ).run()
    at.text_input[0].set_value("2026Q1").run()
    shown = " ".join(w.value for w in (*at.warning, *at.info, *at.success))
    assert "0 rijen goedgekeurd (Projecten en banen, 2026Q1)" in shown
    problems = " ".join(df.value.to_string() for df in at.dataframe)
    assert "uitdrukkelijk leeg" in problems
    at.button(key="confirm_load").click().run()
    loaded = next(s.value for s in at.success if "geladen" in s.value)
    assert re.fullmatch(r"Upload \d+ geladen: 0 rijen Projecten en banen 2026Q1\. Veranderd: "
                        r"Geen verandering in de kerncijfers\.", loaded)
    con = db.connect(app_db)
    p = m.progress(con, 2026)
    assert (p.quarters_loaded, p.new_jobs, p.status) == ((1,), 0, "behind")
    assert uploads.history(con).iloc[0][["quarter", "row_count", "state"]].tolist() == [
        "2026Q1", 0, "active"]


@pytest.mark.parametrize("page", ["overview", "countries", "sectors"])
@pytest.mark.parametrize("params", [{"pijler": "invest"}, {"pijler": "trade", "land": "DE"},
                                    {"jaar": "2019", "kwartaal": "3", "land": "CN"}])
def test_origin_and_market_views_render_under_filters_that_empty_one_of_them(
        app_db, page, params):
    """A pillar filter leaves the origin or the market view without rows: no error then."""
    at = app(None if page == "overview" else page, **params)
    assert not at.exception
    status_words = {f"**{t(f'status_{code}', 'nl')}**" for code in m.STATUSES}
    assert all(e.value.split(":")[0] in status_words for e in at.error)  # only a red status


@pytest.mark.parametrize("lang,words", [("nl", ("Duitsland", "Sectoren en thema's", "t/m")),
                                        ("en", ("Germany", "Sectors and themes", "through"))])
def test_a_chosen_quarter_is_named_in_the_titles_as_year_to_date(app_db, lang, words):
    country, sectors, through = words
    assert at_title(app("countries", taal=lang, jaar="2025", kwartaal="3", land="DE")) == \
        f"{country} — 2025 {through} Q3"
    assert at_title(app("sectors", taal=lang, jaar="2025", kwartaal="2")) == \
        f"{sectors} — 2025 {through} Q2"
    assert at_title(app("countries", taal=lang, jaar="2025", land="DE")) == f"{country} — 2025"


def at_title(at) -> str:
    return at.title[0].value


def test_the_lead_time_box_covers_the_chosen_period_like_the_other_figures(app_db):
    con = db.connect(app_db)
    year = m.lead_time_by(con, None, m.Filters(country="DE").period(2025)).iloc[0]
    ever = m.lead_time_by(con, None, m.Filters(country="DE")).iloc[0]
    con.close()
    assert year["projects"] != ever["projects"]  # else this test could not tell them apart
    captions = " ".join(c.value for c in app("countries", jaar="2025", land="DE").caption)
    assert (f"Projecten gerealiseerd in 2025: mediaan {fmt.number(year['median_days'])} dagen"
            in captions)
    assert f"{int(year['traced'])} van {int(year['projects'])} projecten herleid" in captions


def test_one_contract_one_project_one_win_are_singular(app_db):
    """Great Britain 2025 through Q1 has one trade contract, one investment project and one
    trade win (checked against the measure first)."""
    con = db.connect(app_db)
    kpi = m.totals(con, m.Filters(country="GB").period(2025, 1, year_to_date=True))
    con.close()
    assert (kpi["trade_contracts"], kpi["investment_projects"], kpi["trade_wins"]) == (1, 1, 1)
    nl = app("countries", jaar="2025", kwartaal="1", land="GB")
    shown = " ".join([*(x.delta or "" for x in nl.metric), *(c.value for c in nl.caption)])
    assert "1 contract" in shown and "1 contracten" not in shown
    assert "tellen 1 investeringsproject en 1 trade win." in shown
    en = app("countries", taal="en", jaar="2025", kwartaal="1", land="GB")
    shown = " ".join(c.value for c in en.caption)
    assert "counts 1 investment project and 1 trade win." in shown
    assert fmt.contracts(1, "en") == "1 contract" and fmt.contracts(2, "en") == "2 contracts"


def test_a_year_with_only_an_empty_projects_file_opens_with_its_pro_rated_cost(app_db):
    """2026's only projects upload reports Q2 empty: the year is offered and `?jaar=2026`
    shows 2026 (not 2025); the cost note takes 6/12 of the budget and says why."""
    from factories import load

    con = db.connect(app_db)
    load(con, "2026Q2", projects=[])
    con.close()
    st.cache_data.clear()
    at = app(jaar="2026")
    box = at.selectbox(key="f_year")
    assert (box.value, box.options[:2]) == (2026, ["2026", "2025"])
    captions = " ".join(c.value for c in at.caption)
    assert "Budget 6/12 van 2026 (het jaar loopt nog: t/m Q2, het laatste geladen kwartaal)" \
        in captions
