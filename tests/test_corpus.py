"""The bad-input corpus (tests/corpus/make_corpus.py) through the real load path.

Every malformed or hostile file is refused by `uploads.load_upload` with a Dutch message that
names what is wrong (and where, for cell problems), and the database is exactly as before.
Hostile files that are valid spreadsheets (formula injection, macros, external links) load,
with their text stored as plain text and only cached values read.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import db_snapshot

from tests.corpus.make_corpus import ACCEPTED, REFUSED, Case, build, project, projects
from tradeinvest.loading import settings as reference_edits
from tradeinvest.loading import uploads
from tradeinvest.loading.check import UploadRejected
from tradeinvest.store import db, reference


@pytest.fixture(scope="module")
def corpus_files(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return build(tmp_path_factory.mktemp("corpus"))


@pytest.fixture(scope="module")
def loaded_con(tmp_path_factory: pytest.TempPathFactory):
    """One database for all refused files, holding an earlier upload of the same quarter."""
    con = db.connect(tmp_path_factory.mktemp("corpus-db") / "corpus.duckdb")
    uploads.load_upload(con, projects(project(), project(Projectreferentie="P-2")),
                        "eerder.xlsx", "projects", "2024Q3", "coordinator")
    yield con
    con.close()


def test_the_corpus_is_big_enough_and_every_file_is_generated(corpus_files) -> None:
    names = [c.name for c in (*REFUSED, *ACCEPTED)]
    assert len(REFUSED) >= 30 and len(set(names)) == len(names)
    assert set(corpus_files) == set(names)


@pytest.mark.parametrize("case", REFUSED, ids=lambda c: c.name)
def test_a_bad_file_is_refused_naming_the_problem_and_changes_nothing(
        case: Case, corpus_files: dict[str, Path], loaded_con) -> None:
    con = loaded_con
    default_cap = reference.settings(con)["max_upload_mb"]
    if case.max_upload_mb is not None:
        reference_edits.update_settings(con, {"max_upload_mb": case.max_upload_mb}, "test")
    try:
        before = db_snapshot(con)
        with pytest.raises(UploadRejected) as caught:
            uploads.load_upload(con, corpus_files[case.name].read_bytes(), case.name, case.kind,
                                case.quarter, "coordinator")
        assert db_snapshot(con) == before
    finally:
        if case.max_upload_mb is not None:
            reference_edits.update_settings(con, {"max_upload_mb": default_cap}, "test")

    problems = caught.value.problems
    report = "\n".join(map(str, problems))
    matching = [p for p in problems
                if p.severity == "error" and all(word in p.text("nl") for word in case.expect)]
    assert matching, report
    assert all(p.file == case.name for p in problems), report
    assert len(problems) <= 20, report  # a clear report, not thousands of lines
    if case.where is not None:
        assert case.where in {(p.sheet or None, p.row, p.column) for p in matching}, report
    if case.value is not None:
        assert case.value in {p.value for p in matching}, report


@pytest.mark.parametrize("case", ACCEPTED, ids=lambda c: c.name)
def test_a_hostile_but_valid_file_loads_with_plain_text_and_cached_values(
        case: Case, corpus_files: dict[str, Path], con) -> None:
    result = uploads.load_upload(con, corpus_files[case.name].read_bytes(), case.name,
                                 case.kind, case.quarter, "coordinator")

    assert result.rows == 1
    columns = ", ".join(case.stored)
    stored = con.execute(f"SELECT {columns} FROM projects_current").fetchall()
    assert stored == [tuple(case.stored.values())]
