"""How solid is the count (issue 17, items 4 and 5): the five-project example with follow-up,
confirmations and evidence, hand-computed; progress --json's keys; the headline unchanged;
the Overview section (AppTest, both languages, every role) and the report's xlsx and pdf."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import duckdb
import openpyxl
import pytest
from streamlit.testing.v1 import AppTest
from test_evidence import _file, headline

from tests.apptest import app, sign_in
from tradeinvest import access, cli
from tradeinvest.loading import follow_up, uploads
from tradeinvest.loading.confirmations import set_confirmations
from tradeinvest.measure.solid_count import PROGRESS_KEYS, solid_by_year, solid_figures
from tradeinvest.reporting import fmt, report
from tradeinvest.store import db, users
from tradeinvest.store.confirmations import Confirmation
from tradeinvest.texts import t

# The five projects of test_evidence (P-1 40, P-2 25, P-3 10, P-4 15, P-5 30 jobs, landed
# 15-08-2024; evidence complete: P-1, P-2, P-5 = 95 jobs) with:
#   follow-up at 12 months: P-1 32 actual jobs, P-2 25 -> expected 65, realised 57;
#   P-1 later 24 months: 30 (lost 2 from its peak) -> realised = net 55 (latest), lost 2;
#   confirmations: P-1 confirmed, band "40" (weight 1 - 0.3), P-3 disputed (weight 0),
#   P-5 asked; the rest not asked (weight 1).
HAND = {
    "new_jobs": 120.0, "expected_jobs_followed": 65.0, "realised_jobs": 55.0,
    "realisation_rate": 55 / 65, "jobs_lost": 2.0, "net_jobs": 55.0, "confirmed_jobs": 40.0,
    "confirmed_share": 40 / 120, "contribution_weighted_jobs": 40 * 0.7 + 25 + 0 + 15 + 30,
    "evidence_complete_jobs": 95.0, "evidence_complete_share": 95 / 120,
}


def _add_outcomes(con: duckdb.DuckDBPyConnection) -> None:
    follow_up.add_follow_up(con, "P-1", 12, 32, dt.date(2025, 8, 20), "visit", "anna")
    follow_up.add_follow_up(con, "P-2", 12, 25, dt.date(2025, 9, 1), "phone", "anna")
    follow_up.add_follow_up(con, "P-1", 24, 30, dt.date(2026, 8, 20), "annual_report", "anna")
    set_confirmations(con, [
        Confirmation("P-1", "confirmed", band="40", answered_on=dt.date(2025, 1, 10)),
        Confirmation("P-3", "disputed", answered_on=dt.date(2025, 1, 12)),
        Confirmation("P-5", "asked", asked_on=dt.date(2025, 1, 5))], "anna")


@pytest.fixture
def five(tmp_path: Path) -> Path:
    path = tmp_path / "five.duckdb"
    con = db.connect(path)
    uploads.load_upload(con, _file(), "p.xlsx", "projects", "2024Q3", "anna")
    _add_outcomes(con)
    con.close()
    return path


def test_the_section_figures_by_hand(five):
    con = db.connect(five)
    found = solid_figures(con, 2024)
    for key, value in HAND.items():
        assert found[key] == pytest.approx(value), key
    years = solid_by_year(con)
    assert years["year"].tolist() == [2024]
    con.close()


def test_progress_json_has_the_keys_beside_an_unchanged_headline(five, tmp_path, capsys):
    bare = db.connect(tmp_path / "bare.duckdb")
    uploads.load_upload(bare, _file(with_evidence=False), "p.xlsx", "projects", "2024Q3", "a")
    before = headline(bare, 2024)
    bare.close()
    assert cli.main(["progress", "--year", "2024", "--json", "--db", str(five)]) == 0
    out = json.loads(capsys.readouterr().out)
    assert {k: out[k] for k in before} == json.loads(json.dumps(before, default=str))
    for key in PROGRESS_KEYS:
        assert out[key] == pytest.approx(HAND[key]), key


def test_the_report_holds_the_section_with_the_right_numbers(five, tmp_path):
    con = db.connect(five)
    out = tmp_path / "r.xlsx"
    report.write(con, 2024, 3, "xlsx", out, "nl")
    ws = openpyxl.load_workbook(out)[t("report_sheet_solid", "nl")]
    rows = [[c.value for c in row] for row in ws.iter_rows()]
    header = rows.index(next(r for r in rows if r[0] == t("report_solid_year", "nl")))
    row = dict(zip(rows[header], rows[header + 1], strict=True))
    assert row[t("report_solid_year", "nl")] == 2024
    assert row[t("report_solid_new_jobs", "nl")] == 120
    assert row[t("report_solid_realised", "nl")] == 55
    assert row[t("report_solid_realisation", "nl")] == pytest.approx(55 / 65)
    assert row[t("report_solid_confirmed", "nl")] == pytest.approx(40 / 120)
    assert row[t("report_solid_weighted", "nl")] == pytest.approx(98)
    assert row[t("report_solid_evidence", "nl")] == pytest.approx(95 / 120)
    con.close()


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_the_report_pdf_holds_the_section(five, tmp_path, lang):
    pypdf = pytest.importorskip("pypdf")
    con = db.connect(five)
    out = tmp_path / f"r-{lang}.pdf"
    report.write(con, 2024, 3, "pdf", out, lang)
    con.close()
    text = " ".join(p.extract_text() for p in pypdf.PdfReader(out).pages).replace("\xa0", " ")
    text = " ".join(text.split())
    assert t("report_title_solid", lang, year=2024) in text
    row = " ".join(["2024", fmt.number(120, 0, lang), fmt.number(65, 0, lang),
                    fmt.number(55, 0, lang), fmt.percent(55 / 65, 0, lang),
                    fmt.number(2, 0, lang), fmt.percent(40 / 120, 0, lang),
                    fmt.number(98, 0, lang), fmt.percent(95 / 120, 0, lang)])
    assert row in text


@pytest.fixture
def five_app(five, monkeypatch):
    from streamlit import cache_data, cache_resource

    monkeypatch.setenv("TRADEINVEST_DB", str(five))
    cache_resource.clear()
    cache_data.clear()
    yield five
    cache_resource.clear()
    cache_data.clear()


def _section_shown(at: AppTest, lang: str) -> None:
    """The section's title, its three figures as hand-computed, and the gaps list."""
    assert t("solid_title", lang) in [h.value for h in at.subheader]
    shown = {mt.label: (mt.value, mt.delta) for mt in at.metric}
    assert shown[t("solid_evidence_complete", lang)] == (
        fmt.percent(95 / 120, 0, lang),
        t("solid_of_jobs", lang, jobs=fmt.number(95, 0, lang), total=fmt.number(120, 0, lang)))
    assert shown[t("solid_confirmed", lang)][0] == fmt.percent(40 / 120, 0, lang)
    assert shown[t("solid_realised", lang)] == (
        fmt.percent(55 / 65, 0, lang),
        t("solid_realised_delta", lang, year=2024, realised=fmt.number(55, 0, lang),
          expected=fmt.number(65, 0, lang)))
    assert t("solid_gaps_title", lang, year=2024, count=2) in [e.label for e in at.expander]


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_the_overview_section_in_both_languages(five_app, lang):
    _section_shown(app(jaar="2024", taal=lang), lang)


@pytest.mark.parametrize("role", access.ROLES)
def test_the_overview_section_for_every_role(five_app, role):
    con = db.connect(five_app)
    users.add_user(con, role, role, "a long role password", "test")
    con.close()
    at = app(jaar="2024")
    _section_shown(sign_in(at, role, "a long role password"), "nl")
