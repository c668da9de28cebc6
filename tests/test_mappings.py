"""Saved column mappings (the import assistant's memory): saved, listed, renamed and deleted
with every change in the audit log; names unique; an inconsistent mapping refused; saved with
a load in the same transaction; carried by backup and restore."""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import db_snapshot, make_xlsx

from tradeinvest.loading import mappings, uploads
from tradeinvest.loading.assistant import Mapping, SheetMapping
from tradeinvest.store import db
from tradeinvest.store.backup import backup, restore
from tradeinvest.texts.phrases import Refusal

T0 = dt.datetime(2025, 1, 6, 9)
OWN = Mapping({"projects": SheetMapping(
    columns={"Type": "project_kind", "Datum bekendmaking": "date_realised",
             "Aantal banen (3 jaar)": "new_jobs"},
    constants={"pillar": "Invest"}, derived=frozenset({"reference"}),
    notes=("Opmerkingen",))})


def _audit(con) -> list[tuple]:
    return con.execute("SELECT actor, action, detail FROM audit_log ORDER BY logged_at, "
                       "action").fetchall()


def test_save_list_rename_delete_each_audited_with_who_and_when(con) -> None:
    mappings.save_mapping(con, " Eigen  lijst ", "projects", OWN, "sig1", "anna", now=T0)
    listed = mappings.list_mappings(con)
    assert listed.to_dict("records") == [{
        "name": "Eigen lijst", "kind": "projects", "signature": "sig1", "created_by": "anna",
        "created_at": T0, "updated_by": "anna", "updated_at": T0}]
    assert mappings.find_mapping(con, "projects", "sig1") == ("Eigen lijst", OWN)
    assert mappings.find_mapping(con, "missions", "sig1") is None  # per kind
    assert mappings.find_mapping(con, "projects", "other") is None

    later = T0 + dt.timedelta(days=1)
    mappings.rename_mapping(con, "eigen LIJST", "Lijst coördinator", "tom", now=later)
    row = mappings.list_mappings(con).iloc[0]
    assert (row["name"], row["created_by"], row["updated_by"]) == (
        "Lijst coördinator", "anna", "tom")
    assert row["updated_at"] == later and row["created_at"] == T0
    assert mappings.get_mapping(con, "lijst coördinator", "projects") == (
        "Lijst coördinator", OWN)

    mappings.delete_mapping(con, "Lijst coördinator", "anna", now=later + dt.timedelta(1))
    assert mappings.list_mappings(con).empty
    assert _audit(con) == [
        ("anna", "mapping_save", "Eigen lijst (projects)"),
        ("tom", "mapping_rename", "Eigen lijst -> Lijst coördinator"),
        ("anna", "mapping_delete", "Lijst coördinator")]


def test_saving_under_the_same_name_updates_it(con) -> None:
    mappings.save_mapping(con, "Eigen lijst", "projects", OWN, "sig1", "anna", now=T0)
    other = Mapping({"projects": SheetMapping(columns={"Firma": "company"})})
    mappings.save_mapping(con, "EIGEN LIJST", "projects", other, "sig2", "tom", now=T0 + dt.
                          timedelta(hours=1))
    assert mappings.find_mapping(con, "projects", "sig2") == ("Eigen lijst", other)
    assert mappings.find_mapping(con, "projects", "sig1") is None
    assert len(mappings.list_mappings(con)) == 1
    assert [a[1] for a in _audit(con)] == ["mapping_save", "mapping_update"]


@pytest.mark.parametrize(("call", "key"), [
    (lambda con: mappings.rename_mapping(con, "A", "b", "x"), "refusal_mapping_name_taken"),
    (lambda con: mappings.rename_mapping(con, "nope", "C", "x"), "refusal_mapping_unknown"),
    (lambda con: mappings.rename_mapping(con, "A", "  ", "x"), "refusal_mapping_name_empty"),
    (lambda con: mappings.delete_mapping(con, "nope", "x"), "refusal_mapping_unknown"),
    (lambda con: mappings.get_mapping(con, "A", "missions"), "refusal_mapping_other_kind"),
    (lambda con: mappings.save_mapping(con, "a", "missions", Mapping(), "s", "x"),
     "refusal_mapping_other_kind"),
])
def test_refused_changes_say_why_and_change_nothing(con, call, key) -> None:
    mappings.save_mapping(con, "A", "projects", OWN, "sig1", "anna", now=T0)
    mappings.save_mapping(con, "B", "projects", Mapping(), "sig2", "anna", now=T0)
    before = db_snapshot(con)
    with pytest.raises(Refusal) as refused:
        call(con)
    assert refused.value.phrase.key == key
    assert db_snapshot(con) == before


@pytest.mark.parametrize(("sheet", "said"), [
    (SheetMapping(columns={"Banen": "new_jobs", "FTE": "new_jobs"}),
     "de kolommen 'Banen', 'FTE' zijn allebei aan 'Nieuwe directe banen' gekoppeld"),
    (SheetMapping(columns={"Soort": "pillar"}, constants={"pillar": "Invest"}), "Pijler"),
    (SheetMapping(columns={"X": "no_such_field"}), "no_such_field"),
])
def test_an_inconsistent_mapping_is_refused(con, sheet, said) -> None:
    with pytest.raises(Refusal) as refused:
        mappings.save_mapping(con, "Fout", "projects", Mapping({"projects": sheet}), "s", "x")
    assert said in str(refused.value)
    assert mappings.list_mappings(con).empty and _audit(con) == []


def test_a_mapping_for_a_sheet_the_kind_lacks_is_refused(con) -> None:
    with pytest.raises(Refusal, match="onbekend blad 'leads'"):
        mappings.save_mapping(con, "Fout", "projects", Mapping({"leads": SheetMapping()}),
                              "s", "x")


def test_a_mapping_survives_backup_and_restore(con, tmp_path) -> None:
    mappings.save_mapping(con, "Eigen lijst", "projects", OWN, "sig1", "anna", now=T0)
    folder = backup(con, tmp_path / "backup")
    con2 = db.connect(restore(tmp_path / "restored.duckdb", folder))
    try:
        assert mappings.find_mapping(con2, "projects", "sig1") == ("Eigen lijst", OWN)
        assert mappings.list_mappings(con2).equals(mappings.list_mappings(con))
    finally:
        con2.close()


def test_a_refused_load_saves_no_mapping_and_a_refused_save_loads_nothing(con) -> None:
    bad = make_xlsx({"Projecten": [["Bedrijfsnaam", "Land"], ["Acme", "Duitsland"]]})
    before = db_snapshot(con)
    with pytest.raises(uploads.UploadRejected):
        uploads.load_upload(con, bad, "eigen.xlsx", "projects", "2016Q4", "anna",
                            mapping=OWN, save_as="Eigen lijst")
    assert db_snapshot(con) == before

    mappings.save_mapping(con, "Missies", "missions", Mapping(), "s", "anna", now=T0)
    before = db_snapshot(con)
    good = make_xlsx({"Projecten": [
        ["Bedrijfsnaam", "Land van herkomst", "Sector", "Type", "Datum bekendmaking",
         "Aantal banen (3 jaar)", "Opmerkingen"],
        ["Acme", "Duitsland", "ICT", "Nieuwe vestiging", "15-11-2016", 30, "via NFIA"]]})
    with pytest.raises(Refusal, match="ander soort bestand"):
        uploads.load_upload(con, good, "eigen.xlsx", "projects", "2016Q4", "anna",
                            mapping=OWN, save_as="missies")
    assert db_snapshot(con) == before
