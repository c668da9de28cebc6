"""The pipeline kind (issue 16): a quarter's opportunities read, checked and loaded like every
kind; a lost opportunity needs its reason, a won one the project it became; vague land dates."""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import db_snapshot, make_xlsx

from tradeinvest.ingest import schema
from tradeinvest.loading import check, kinds
from tradeinvest.loading.uploads import UploadRejected, history, load_upload, undo_upload

HEADER = ["Referentie", "Bedrijf", "Land", "Sector", "Pijler", "Fase", "Kans op landen",
          "Verwachte banen", "Verwachte landingsdatum", "Bron", "Missiereferentie",
          "Reden verloren", "Verloren aan land", "Projectreferentie"]


def _row(ref: str, stage: str, **over: object) -> list[object]:
    row = {"Referentie": ref, "Bedrijf": f"Bedrijf {ref}", "Land": "Duitsland",
           "Sector": "ICT", "Pijler": "Invest", "Fase": stage, "Kans op landen": "hoog",
           "Verwachte banen": 20, "Verwachte landingsdatum": "najaar 2025", "Bron": "Missie",
           "Missiereferentie": "M-2025-01", "Reden verloren": None, "Verloren aan land": None,
           "Projectreferentie": None, **over}
    return [row[h] for h in HEADER]


def _file(*rows: list[object]) -> bytes:
    return make_xlsx({"Pijplijn": [HEADER, *rows]})


def _problems(checked) -> list[tuple[str, int | None, str | None, str]]:
    return [(p.severity, p.row, p.column, p.key) for p in checked.problems]


def test_the_pipeline_is_a_quarterly_kind_with_one_sheet():
    assert "pipeline" in kinds.KINDS and not kinds.is_yearly("pipeline")
    assert [s.name for s in schema.KINDS["pipeline"]] == ["pipeline"]


def test_a_clean_file_is_read_with_codes_and_the_vague_land_date(con):
    checked = check.check_upload(con, _file(
        _row("K-1", "actief", **{"Kans op landen": "midden"}),
        _row("K-2", "verificatie", **{"Bron": "NFIA-lead", "Verwachte landingsdatum":
                                      "15-11-2025"}),
        _row("K-3", "gewonnen", **{"Projectreferentie": "P-2025-001"}),
        _row("K-4", "verloren", **{"Reden verloren": "Kosten", "Verloren aan land": "België",
                                   "Kans op landen": "laag"}),
        _row("K-5", "Prospect", **{"Verwachte landingsdatum": None, "Verwachte banen": None})),
        "pijplijn.xlsx", "pipeline", "2025Q3")
    assert [p for p in checked.problems if p.severity == "error"] == []
    frame = checked.validated.frames["pipeline"].to_pandas()
    assert frame["stage"].tolist() == ["active", "verify", "won", "lost", "prospect"]
    assert frame["likelihood"].tolist() == ["medium", "high", "high", "low", "high"]
    assert frame["source"].tolist()[:2] == ["mission", "nfia"]
    assert frame["lost_reason"].tolist()[3] == "costs"
    assert frame["lost_to_country"].tolist()[3] == "BE"
    assert frame["theme"].tolist()[0] == "slim"  # from the sector
    assert frame["expected_jobs"].tolist()[4] == 0  # blank = 0
    # "najaar 2025" is autumn: stored as its first day with its precision, never clipped
    assert frame["expected_land_date"].tolist()[0] == dt.date(2025, 9, 1)
    assert frame["expected_land_date_precision"].tolist()[:2] == ["season", "day"]


def test_lost_needs_a_reason_and_won_a_project_reference(con):
    checked = check.check_upload(con, _file(
        _row("K-1", "verloren", **{"Verloren aan land": "BE"}),
        _row("K-2", "gewonnen"),
        _row("K-3", "actief", **{"Reden verloren": "Kosten", "Projectreferentie": "P-9"})),
        "pijplijn.xlsx", "pipeline", "2025Q3")
    assert _problems(checked) == [
        ("error", 2, "Reden verloren", "problem_pipeline_lost_reason"),
        ("error", 3, "Projectreferentie", "problem_pipeline_won_project"),
        ("warning", 4, "Reden verloren", "problem_pipeline_lost_detail"),
        ("warning", 4, "Projectreferentie", "problem_pipeline_project_not_won"),
    ]


def test_a_refused_file_leaves_the_database_as_it_was(con):
    before = db_snapshot(con)
    with pytest.raises(UploadRejected):
        load_upload(con, _file(_row("K-1", "verloren")), "p.xlsx", "pipeline", "2025Q3", "t")
    assert db_snapshot(con) == before


def test_load_replace_and_undo_as_for_every_kind(con):
    first = load_upload(con, _file(_row("K-1", "actief"), _row("K-2", "prospect")),
                        "p.xlsx", "pipeline", "2025Q3", "t")
    second = load_upload(con, _file(_row("K-1", "verificatie")), "p2.xlsx", "pipeline",
                         "2025Q3", "t")
    current = con.execute("SELECT reference, stage, upload_id FROM pipeline_current").fetchall()
    assert current == [("K-1", "verify", second.upload_id)]
    assert con.execute("SELECT count(*) FROM pipeline").fetchone()[0] == 3  # kept by upload
    undo_upload(con, second.upload_id, "t")
    assert sorted(con.execute("SELECT reference, stage FROM pipeline_current").fetchall()) == [
        ("K-1", "active"), ("K-2", "prospect")]
    assert {first.upload_id, second.upload_id} <= set(history(con)["upload_id"])


def test_the_command_line_loads_a_pipeline_file(tmp_path, capsys):
    from tradeinvest.cli import main

    db = tmp_path / "cli.duckdb"
    good, bad = tmp_path / "pijplijn.xlsx", tmp_path / "fout.xlsx"
    good.write_bytes(_file(_row("K-1", "actief")))
    bad.write_bytes(_file(_row("K-1", "gewonnen")))
    assert main(["--db", str(db), "load", str(bad), "--kind", "pipeline",
                 "--period", "2025Q3"]) == 1
    assert "Projectreferentie" in capsys.readouterr().err
    assert main(["--db", str(db), "load", str(good), "--kind", "pipeline",
                 "--period", "2025Q3"]) == 0
    assert "upload 1" in capsys.readouterr().out
