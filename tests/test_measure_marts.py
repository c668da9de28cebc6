"""The marts (the common fact shapes of "now", kept as in-memory tables) always equal the shapes
derived from the source tables: after loads, replacements and undo, and for "as at T"."""

from __future__ import annotations

import datetime as dt
import threading

import duckdb
import pytest
from factories import load, undo

from tradeinvest.measure import Filters, facts, totals

KINDS = ("projects", "missions", "leads", "contacts", "bidbooks", "output")


def _differences(con: duckdb.DuckDBPyConnection, kind: str, as_of: dt.datetime | None = None
                 ) -> int:
    """Rows in the mart but not in the derived shape, plus the other way round (multisets)."""
    mart, derived = facts.relation(con, kind, as_of), facts._DERIVED[kind](as_of)
    return con.execute(f"""SELECT (SELECT count(*) FROM (SELECT * FROM {mart} EXCEPT ALL
                                                       SELECT * FROM {derived}))
                                + (SELECT count(*) FROM (SELECT * FROM {derived} EXCEPT ALL
                                                         SELECT * FROM {mart}))""").fetchone()[0]


def _assert_marts_equal_derived(con: duckdb.DuckDBPyConnection) -> None:
    for kind in KINDS:
        assert facts.relation(con, kind) == f"marts.{kind}"
        assert _differences(con, kind) == 0, kind


def test_marts_follow_every_load_replacement_and_undo(con):
    load(con, "2023Q1", projects=[{"new_jobs": 10}, {"reference": "P-X", "new_jobs": 5}])
    load(con, "2023Q1", missions=[{"companies": 4}], leads=[{"status": "won"}, {}])
    load(con, "2023Q1", contacts=[{}, {"country": "HK"}])
    load(con, "2023Q1", bidbooks=[{"bidbook_kind": "fft"}])
    _assert_marts_equal_derived(con)
    assert totals(con, Filters(year=2023))["new_jobs"] == 15

    replaced = load(con, "2023Q1", projects=[{"new_jobs": 7}])  # a re-upload replaces Q1
    _assert_marts_equal_derived(con)
    assert totals(con, Filters(year=2023))["new_jobs"] == 7

    undo(con, replaced)
    _assert_marts_equal_derived(con)
    assert totals(con, Filters(year=2023))["new_jobs"] == 0


def test_as_at_an_earlier_moment_reads_the_marts_only_when_the_same_uploads_counted(con):
    first = load(con, "2023Q1", projects=[{"new_jobs": 10}])
    same = dt.datetime(2030, 1, 1)  # after every upload: the same uploads count as now
    assert facts.relation(con, "projects", same) == "marts.projects"
    before_second = con.execute("SELECT uploaded_at FROM uploads WHERE upload_id = ?",
                                [first]).fetchone()[0] + dt.timedelta(minutes=30)
    load(con, "2023Q2", projects=[{"new_jobs": 3}])
    assert facts.relation(con, "projects", before_second) != "marts.projects"
    for kind in KINDS:
        assert _differences(con, kind, before_second) == 0
    assert totals(con, Filters(year=2023), as_of=before_second)["new_jobs"] == 10
    assert totals(con, Filters(year=2023))["new_jobs"] == 13


def test_marts_live_in_memory_and_the_database_file_holds_none(con, db_file):
    load(con, "2023Q1", projects=[{"new_jobs": 10}])
    facts.ensure_marts(con)
    main = db_file.stem
    tables = {r[0] for r in con.execute("SELECT table_name FROM duckdb_tables() "
                                        "WHERE database_name = ?", [main]).fetchall()}
    assert "projects" in tables and "output" not in tables and "state" not in tables
    con.close()
    again = duckdb.connect(str(db_file))  # a new instance: no marts until first use
    assert "marts" not in {r[0] for r in again.execute(
        "SELECT database_name FROM duckdb_databases()").fetchall()}
    again.close()


def test_a_mart_built_by_other_code_is_rebuilt(con, monkeypatch):
    load(con, "2023Q1", projects=[{"new_jobs": 10}])
    facts.ensure_marts(con)
    con.execute("UPDATE marts.projects SET new_jobs = 99")  # as another shape would have it
    monkeypatch.setattr(facts, "_STAMP", facts._STAMP.replace(facts._SHAPE_VERSION, "other"))
    assert totals(con, Filters(year=2023))["new_jobs"] == 10


def test_readers_in_many_threads_build_the_marts_once_and_all_see_the_data(con):
    load(con, "2023Q1", projects=[{"new_jobs": 10}, {"new_jobs": 5}])
    builds: list[str] = []
    real = facts._DERIVED["projects"]
    seen: list[float] = []
    errors: list[BaseException] = []

    def count_builds(as_of):
        builds.append("projects")
        return real(as_of)

    def read() -> None:
        try:
            seen.append(totals(con.cursor(), Filters(year=2023))["new_jobs"])
        except BaseException as exc:  # noqa: BLE001 - collected and asserted below
            errors.append(exc)

    facts._DERIVED["projects"] = count_builds
    try:
        threads = [threading.Thread(target=read) for _ in range(12)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
    finally:
        facts._DERIVED["projects"] = real
    assert not errors
    assert seen == [15.0] * 12
    assert builds == ["projects"]


@pytest.mark.parametrize(("filters", "jobs"), [
    (Filters(year=2023), 1 + 2 + 4 + 8),
    (Filters(year=2023, quarter=1), 1 + 2),
    (Filters(year=2023, quarter=4), 8),
    (Filters(year=2023, quarter=3, year_to_date=True), 1 + 2 + 4),
    (Filters(year=2023, quarter=4, year_to_date=True), 1 + 2 + 4 + 8),
    (Filters(quarter=1), 1 + 2 + 16),
])
def test_period_edges_are_whole_days(con, filters, jobs):
    days = {"2023-01-01": 1, "2023-03-31": 2, "2023-04-01": 4, "2023-12-31": 8,
            "2024-01-01": 16, "2022-12-31": 32}
    load(con, "2023Q4", projects=[{"date_realised": dt.date.fromisoformat(d), "new_jobs": n}
                                  for d, n in days.items()])
    assert totals(con, filters)["new_jobs"] == jobs
