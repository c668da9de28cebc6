"""Traceability as stored (migration 007): where each field of an upload came from and the
values as typed are written in the load's own transaction (all or nothing), survive backup and
restore, and show beside the stored values in the source-row listings."""

from __future__ import annotations

import datetime as dt

import pyarrow as pa
import pytest
from conftest import db_snapshot

from tests import factories
from tradeinvest.measure.records import lead_records, project_records, row_origins
from tradeinvest.periods import Period
from tradeinvest.store import db, uploads
from tradeinvest.store import mappings as stored
from tradeinvest.store.backup import backup, restore

T0 = dt.datetime(2024, 10, 1, 9)


def _upload(origins: list[tuple], raw: list[tuple]) -> uploads.Upload:
    """One project (row 3 of the file) with its origins and values as typed."""
    row = {**factories._defaults("projects", Period(2024, 3).first_quarter, 1),
           "reference": "G-ABC", "new_jobs": 30.0, "theme": "slim", "source_row": 3}
    frame = pa.table({k: [v] for k, v in row.items()})
    return uploads.Upload(
        "projects", Period(2024, 3), "eigen.xlsx", "x", [("projects", frame)], 1,
        origins=pa.table({k: [o[i] for o in origins] for i, k in enumerate(
            ("sheet", "field", "header", "how", "value"))}),
        raw_values=pa.table({k: [r[i] for r in raw] for i, k in enumerate(
            ("sheet", "source_row", "field", "raw"))}))


ORIGINS = [("projects", "new_jobs", "Aantal banen (3 jaar)", "header", None),
           ("projects", "pillar", None, "constant", "Invest"),
           ("projects", "reference", None, "derived", None)]
RAW = [("projects", 3, "new_jobs", "ca. 30"), ("projects", 3, "note", "via de gemeente")]


def test_origins_and_values_as_typed_are_stored_with_the_load_and_listed(con) -> None:
    with db.transaction(con) as cur:
        upload_id, _ = uploads.record_load(cur, _upload(ORIGINS, RAW), "c", T0)
    listed = project_records(con)
    assert listed[["reference", "new_jobs", "note", "as_typed"]].values.tolist() == [
        ["G-ABC", 30.0, "via de gemeente", "Aantal banen (3 jaar): ca. 30"]]
    origins = row_origins(con, upload_id, "projects", 3).set_index("field")
    assert origins.loc["new_jobs", ["how", "header", "raw"]].tolist() == [
        "header", "Aantal banen (3 jaar)", "ca. 30"]
    assert origins.loc["pillar", ["how", "value"]].tolist() == ["constant", "Invest"]
    assert origins.loc["reference", "how"] == "derived"
    assert origins.loc["note", "raw"] == "via de gemeente"
    assert row_origins(con, upload_id, "projects", 4)["raw"].isna().all()  # another row


def test_a_failed_load_leaves_no_traceability_behind(con) -> None:
    before = db_snapshot(con)
    with pytest.raises(RuntimeError), db.transaction(con) as cur:
        uploads.record_load(cur, _upload(ORIGINS, RAW), "c", T0)
        raise RuntimeError("disk full, say")
    assert db_snapshot(con) == before


def test_listings_without_traceability_keep_their_columns(con) -> None:
    factories.load(con, "2024Q2", missions=[{"reference": "M-1"}],
                   leads=[{"mission_reference": "M-1"}])
    leads = lead_records(con)
    assert len(leads) == 1 and leads[["note", "as_typed"]].isna().all(axis=None)


def test_saved_mappings_and_traceability_survive_backup_and_restore(con, tmp_path) -> None:
    with db.transaction(con) as cur:
        uploads.record_load(cur, _upload(ORIGINS, RAW), "c", T0)
        stored.insert(cur, "Eigen lijst", "projects", "abc123", '{"sheets": {}}', "anna", T0)
    folder = backup(con, tmp_path / "backup")
    con2 = db.connect(restore(tmp_path / "restored.duckdb", folder))
    try:
        assert db_snapshot(con2) == db_snapshot(con)
        assert stored.matching(con2, "projects", "abc123") == ("Eigen lijst", '{"sheets": {}}')
        assert project_records(con2)["as_typed"].tolist() == ["Aantal banen (3 jaar): ca. 30"]
    finally:
        con2.close()


def test_only_values_cleaning_changed_are_kept_as_typed(con) -> None:
    from conftest import project_row, projects_xlsx

    from tradeinvest.loading import check

    data = projects_xlsx(project_row("P-1", jobs=40, retained=5),
                         project_row("P-2", jobs="12,5", retained="3"),
                         project_row("P-3", jobs=" 7 "),
                         project_row("P-4", jobs="x"))  # refused: not loaded, not kept
    checked = check.check_upload(con, data, "p.xlsx", "projects", "2024Q3")
    assert checked.rows == 3
    assert checked.raw_values.to_pylist() == [
        {"sheet": "projects", "source_row": 3, "field": "new_jobs", "raw": "12,5"}]
