"""The evidence behind each count (issue 17, item 3): the Bewijs column read as checklist
items, the checklist edited (coordinator, audited), evidence completeness hand-computed on a
five-project example, and the headline unchanged by any of it."""

from __future__ import annotations

from pathlib import Path

import duckdb
import pandas as pd
import pytest
from conftest import PROJECT_HEADER, make_xlsx, project_row

from tests.apptest import app
from tradeinvest import access
from tradeinvest import measure as m
from tradeinvest.ingest.evidence import read_evidence, split_evidence
from tradeinvest.loading import check, evidence, uploads
from tradeinvest.measure.evidence import checklist, evidence_gaps, evidence_summary
from tradeinvest.measure.solid_count import PROGRESS_KEYS
from tradeinvest.store import db, reference
from tradeinvest.texts import t

# (reference, jobs, country, evidence as typed): hand-computed below.
FIVE = [
    ("P-1", 40, "Duitsland", "KvK; bezoekverslag; investeringsbesluit; belang ≥ 10 %"),
    ("P-2", 25, "Duitsland",
     "KvK-inschrijving, Bezoekverslag, investeringsbesluit, eigendom 10%, persbericht 12-3"),
    ("P-3", 10, "Duitsland", "KvK; persbericht"),
    ("P-4", 15, "Duitsland", None),
    ("P-5", 30, "Frankrijk",
     "kvk en bezoekverslag; investeringsbesluit; belang ≥ 10 %; https://example.nl/nieuws"),
]
COUNTING = ["registration", "visit_report", "investment_decision", "ownership"]


def _file(with_evidence: bool = True) -> bytes:
    header = [*PROJECT_HEADER, "Bewijs"] if with_evidence else PROJECT_HEADER
    rows = [[*project_row(ref, company=f"Bedrijf {ref}", country=country, jobs=jobs,
                          date="15-08-2024"), *([text] if with_evidence else [])]
            for ref, jobs, country, text in FIVE]
    return make_xlsx({"Projecten": [header, *rows]})


@pytest.fixture
def con(tmp_path: Path) -> duckdb.DuckDBPyConnection:
    c = db.connect(tmp_path / "e.duckdb")
    uploads.load_upload(c, _file(), "p.xlsx", "projects", "2024Q3", "anna")
    yield c
    c.close()


def test_the_default_checklist_is_seeded():
    c = duckdb.connect()
    db.migrate(c)
    items = checklist(c)
    assert [i.code for i in items] == ["registration", "press_release", "visit_report",
                                       "investment_decision", "ownership"]
    assert [i.code for i in items if i.counts] == COUNTING


@pytest.mark.parametrize(("text", "codes", "unknown"), [
    ("KvK; persbericht", {"registration", "press_release"}, []),
    ("KvK-inschrijving, bezoekverslag", {"registration", "visit_report"}, []),
    ("Persbericht 12-3", {"press_release"}, []),
    ("Persbericht NFIA", {"press_release"}, []),
    ("Belang ≥ 10 %", {"ownership"}, []),
    ("investeringsbesluit en Chamber of Commerce", {"investment_decision", "registration"}, []),
    ("Opening vestiging", set(), ["Opening vestiging"]),
    (None, set(), []),
])
def test_an_evidence_cell_is_read_as_items(text, codes, unknown):
    c = duckdb.connect()
    db.migrate(c)
    assert read_evidence(text, checklist(c)) == (frozenset(codes), unknown)


def test_split_keeps_a_date_and_drops_blank_parts():
    assert split_evidence(" KvK ;; persbericht 12-03-2024 \n") == ["KvK",
                                                                     "persbericht 12-03-2024"]


def test_an_unknown_item_is_a_warning_naming_it_and_the_load_goes_on(tmp_path):
    c = db.connect(tmp_path / "w.duckdb")
    data = make_xlsx({"Projecten": [[*PROJECT_HEADER, "Bewijs"],
                                    [*project_row("P-1"), "persbercht; KvK"],
                                    [*project_row("P-2"), "https://example.nl/nieuws"]]})
    checked = check.check_upload(c, data, "p.xlsx", "projects", "2024Q3")
    assert not checked.has_errors and checked.rows == 2
    found = [(p.key, p.row, p.column, p.value) for p in checked.warnings]
    assert ("problem_evidence_unknown_meant", 2, "Bewijs", "persbercht") in found
    assert ("problem_evidence_unknown", 3, "Bewijs", "https://example.nl/nieuws") in found
    meant = next(p for p in checked.warnings if p.key == "problem_evidence_unknown_meant")
    assert "Persbericht" in meant.text("nl") and "Press release" in meant.text("en")
    uploads.load_upload(c, data, "p.xlsx", "projects", "2024Q3", "anna")
    kept = c.execute("SELECT evidence FROM projects ORDER BY reference").fetchall()
    assert kept == [("persbercht; KvK",), ("https://example.nl/nieuws",)]  # text kept as typed


def test_completeness_of_the_five_projects_by_hand(con):
    # complete: P-1 (40), P-2 (25), P-5 (30; the URL is no item, the four counting ones are
    # there); P-3 lacks visit report, decision, ownership; P-4 has nothing.
    found = evidence_summary(con, 2024)
    assert found["evidence_complete_jobs"] == 95.0
    assert found["evidence_complete_share"] == pytest.approx(95 / 120)
    assert found["projects_missing"] == 2.0 and found["projects"] == 5.0
    gaps = evidence_gaps(con, 2024)
    assert gaps["reference"].tolist() == ["P-4", "P-3"]  # most jobs first
    assert gaps["missing"].tolist() == [COUNTING, ["visit_report", "investment_decision",
                                                   "ownership"]]
    assert evidence_summary(con, 2023)["evidence_complete_share"] is None  # no jobs that year
    france = evidence_summary(con, 2024, m.Filters(country="FR"))
    assert france["evidence_complete_jobs"] == 30.0 and france["evidence_complete_share"] == 1.0


def _table_with(counting: set[str], con: duckdb.DuckDBPyConnection) -> pd.DataFrame:
    table = evidence.checklist_table(con)
    return table.assign(counts=table["code"].isin(counting))


def test_the_checklist_decides_what_counts(con):
    assert evidence.save_checklist(con, _table_with({"registration"}, con), "anna") == []
    # only registration counts now: P-4 alone misses it
    found = evidence_summary(con, 2024)
    assert found["evidence_complete_jobs"] == 105.0 and found["projects_missing"] == 1.0
    logged = con.execute("SELECT actor, action, detail FROM audit_log "
                         "WHERE detail LIKE 'evidence_items%'").fetchall()
    assert logged and logged[-1][0] == "anna" and logged[-1][1] == "settings"
    assert evidence.save_checklist(con, _table_with(set(), con), "anna") == []
    assert evidence_summary(con, 2024)["evidence_complete_jobs"] == 120.0  # nothing counts


def test_a_bad_checklist_is_refused_and_nothing_written(con):
    before = evidence.checklist_table(con)
    clash = before.copy()
    clash.loc[clash["code"] == "press_release", "synonyms"] = "kvk"
    assert [p.key for p in evidence.save_checklist(con, clash, "anna")] == [
        "refusal_evidence_clash"]
    blank = pd.concat([before, pd.DataFrame([{"code": "x", "label_nl": "", "label_en": "X",
                                              "synonyms": "", "counts": True}])])
    assert [p.key for p in evidence.save_checklist(con, blank, "anna")] == [
        "refusal_evidence_row"]
    twice = pd.concat([before, before.iloc[:1]])
    assert "refusal_duplicate_rows" in [p.key for p in evidence.save_checklist(con, twice, "a")]
    pd.testing.assert_frame_equal(evidence.checklist_table(con), before)


@pytest.mark.parametrize("role", access.ROLES)
def test_only_the_coordinator_edits_the_checklist(con, role):
    table = _table_with({"registration"}, con)
    principal = access.Principal("kim", role)
    if role == access.COORDINATOR:
        access.perform(con, principal, evidence.save_checklist, table, "kim",
                       audit=reference.audit)
        assert [i.code for i in checklist(con) if i.counts] == ["registration"]
    else:
        with pytest.raises(access.AccessDenied):
            access.perform(con, principal, evidence.save_checklist, table, "kim",
                           audit=reference.audit)
        assert [i.code for i in checklist(con) if i.counts] == COUNTING


def headline(con: duckdb.DuckDBPyConnection, year: int) -> dict[str, object]:
    """progress --json without the figures that stand beside the headline."""
    return {k: v for k, v in m.progress_summary(con, year).items() if k not in PROGRESS_KEYS}


def test_the_headline_does_not_depend_on_evidence(tmp_path, con):
    bare = db.connect(tmp_path / "bare.duckdb")
    uploads.load_upload(bare, _file(with_evidence=False), "p.xlsx", "projects", "2024Q3", "anna")
    with_evidence = headline(con, 2024)
    evidence.save_checklist(con, _table_with({"registration"}, con), "anna")
    assert headline(con, 2024) == with_evidence == headline(bare, 2024)
    assert with_evidence["new_jobs"] == 120.0
    assert m.progress_summary(con, 2024)["evidence_complete_jobs"] == 105.0
    assert m.progress_summary(bare, 2024)["evidence_complete_jobs"] == 0.0
    bare.close()


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_the_settings_page_shows_the_checklist_and_saves_it_audited(app_db, lang):
    at = app("settings", taal=lang)
    assert t("settings_evidence", lang) in [h.value for h in at.subheader]
    at.button(key="save_evidence").click()
    at.run()
    assert not at.exception and t("saved", lang) in [s.value for s in at.success]
    con = db.connect(app_db)
    logged = con.execute("SELECT count(*) FROM audit_log WHERE action = 'settings' "
                         "AND detail LIKE 'evidence_items: registration, press_release (telt "
                         "niet), visit_report%'").fetchone()[0]
    assert logged == 1 and [i.code for i in checklist(con) if i.counts] == COUNTING
    con.close()
