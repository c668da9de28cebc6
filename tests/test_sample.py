"""Sample data: deterministic, plausible (jobs toward but below 1,000), consistent and loadable."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pandas as pd
import pytest
from factories import load

from tradeinvest import sample
from tradeinvest.ingest import schema
from tradeinvest.measure import Filters, totals
from tradeinvest.periods import Quarter
from tradeinvest.store import db as store_db


@pytest.fixture(scope="module")
def frames():
    return sample.sample_frames()


@pytest.fixture(scope="module")
def loaded(tmp_path_factory):
    con = store_db.connect(tmp_path_factory.mktemp("sample") / "sample.duckdb")
    count = sample.load_sample(con)
    yield con, count
    con.close()


def _all(frames, kind: str, sheet: str) -> pd.DataFrame:
    return pd.concat([f[sheet] for (k, _), f in frames.items() if k == kind], ignore_index=True)


def _yearly_jobs(frames) -> dict[int, float]:
    projects = _all(frames, "projects", "projects")
    years = [d.year for d in projects["date_realised"]]
    return projects.groupby(years)["new_jobs"].sum().to_dict()


def test_two_calls_give_equal_frames(frames):
    again = sample.sample_frames()
    assert list(again) == list(frames)
    for key, sheets in frames.items():
        for name, frame in sheets.items():
            pd.testing.assert_frame_equal(again[key][name], frame)


def test_yearly_new_jobs_rise_from_2018_to_2023_and_stay_below_1000(frames):
    jobs = _yearly_jobs(frames)
    path = [jobs[y] for y in range(2018, 2024)]
    assert path == sorted(path) and len(set(path)) == len(path)
    assert 450 <= jobs[2018] <= 600 and jobs[2023] >= 800
    assert all(total < 1000 for total in jobs.values())
    assert set(jobs) == set(range(2018, 2026))


def test_every_date_lies_in_the_quarter_of_its_upload(frames):
    for (kind, quarter), sheets in frames.items():
        q = Quarter.parse(quarter)
        for spec in schema.KINDS[kind]:
            if spec.quarter_date:
                dates = sheets[spec.name][spec.quarter_date]
                assert all(q.start <= d <= q.end for d in dates), (kind, quarter)


def test_every_kind_has_an_upload_in_every_quarter(frames):
    per_kind = Counter(kind for kind, _ in frames)
    assert per_kind == {kind: 32 for kind in schema.QUARTERLY_KINDS}  # 2018Q1 .. 2025Q4


def test_references_are_unique(frames):
    for kind, sheet in (("projects", "projects"), ("missions", "missions"),
                        ("bidbooks", "bidbooks")):
        refs = _all(frames, kind, sheet)["reference"]
        assert refs.is_unique, kind
    leads = _all(frames, "missions", "leads")
    assert not leads.duplicated(["mission_reference", "company"]).any()


def test_links_point_at_earlier_records_that_exist(frames):
    projects = _all(frames, "projects", "projects")
    missions = _all(frames, "missions", "missions").set_index("reference")["start_date"]
    bidbooks = _all(frames, "bidbooks", "bidbooks")
    issued = bidbooks.set_index("reference")["issued_date"]
    for p in projects.itertuples():
        if p.lead_source == "mission":
            assert missions[p.lead_reference] < p.date_realised
        elif p.lead_source == "bidbook_fft":
            assert issued[p.lead_reference] < p.date_realised
    won = bidbooks[bidbooks["outcome"] == "won"]
    assert len(won) > 0 and won["project_reference"].isin(projects["reference"]).all()
    for (kind, _), sheets in frames.items():
        if kind == "missions":
            assert set(sheets["leads"]["mission_reference"]) <= set(sheets["missions"]["reference"])


def test_company_names_are_sometimes_spelled_differently_along_a_project_history(frames):
    projects = _all(frames, "projects", "projects").set_index("reference")["company"]
    bidbooks = _all(frames, "bidbooks", "bidbooks")
    linked = bidbooks.dropna(subset=["project_reference"])
    differs = [b.company != projects[b.project_reference] for b in linked.itertuples()]
    assert any(differs) and not all(differs)


def test_a_partial_last_quarter_keeps_earlier_facts_and_hides_later_outcomes(frames):
    partial = sample.sample_frames(last_quarter="2025Q2")
    assert max(Quarter.parse(q) for _, q in partial) == Quarter(2025, 2)
    for key, sheets in partial.items():
        if key[0] in ("projects", "contacts"):
            pd.testing.assert_frame_equal(sheets[key[0]], frames[key][key[0]])
    later = {r for (k, q), s in frames.items() if k == "projects" and q > "2025Q2"
             for r in s["projects"]["reference"]}
    bidbooks = _all(partial, "bidbooks", "bidbooks")
    assert not bidbooks["project_reference"].isin(later).any()


def test_loading_the_sample_gives_the_same_yearly_jobs_as_the_frames(frames, loaded):
    con, count = loaded
    assert count == len(frames)
    rows = con.execute("SELECT year(date_realised), sum(new_jobs) FROM projects_current "
                       "GROUP BY 1").fetchall()
    assert dict(rows) == _yearly_jobs(frames)


def test_loaded_sample_keeps_contact_persons_apart(loaded):
    con, _ = loaded
    persons = con.execute("SELECT count(*), count(person_email) FROM contact_persons").fetchone()
    contacts = con.execute("SELECT count(*) FROM contacts_current").fetchone()[0]
    assert 0 < persons[0] < contacts and persons[1] > 0


def test_sample_files_are_written_one_per_kind_and_quarter(tmp_path: Path):
    paths = sample.write_sample_files(tmp_path, last_quarter="2018Q2")
    assert sorted(p.name for p in paths) == sorted(
        f"{k}_{q}.xlsx" for k in schema.QUARTERLY_KINDS for q in ("2018Q1", "2018Q2"))


def _published_year(new: int, expansions: int, jobs: list[float],
                    contracts: list[str]) -> dict[str, list[dict]]:
    """Project rows of a published year as the coordinator uploads them: `new` new
    establishments and `expansions` expansions (one company each, `jobs` in that order), and
    beside them export contracts by the regional companies named in `contracts`."""
    kinds = ["new"] * new + ["expansion"] * expansions
    invest = [{"company": f"Investor {i}", "project_kind": kind, "new_jobs": n}
              for i, (kind, n) in enumerate(zip(kinds, jobs, strict=True))]
    trade = [{"company": name, "pillar": "trade", "project_kind": "trade_contract",
              "new_jobs": 2, "contract_value_eur": 1e5} for name in contracts]
    return {"projects": invest + trade}


def test_the_published_results_reproduce_from_project_rows(con):
    """2018: 20 companies opened or expanded, 1,050 jobs (province annual report 2018);
    2020: 19 projects, 6 of them expansions, > 575 jobs (Utrecht Region, 2021). Export
    contracts of the same years sit beside them and do not count as projects."""
    load(con, "2018Q2", **_published_year(
        16, 4, [50.0] * 19 + [100.0], ["Exporter A", "Exporter A", "Exporter B"]))
    load(con, "2020Q3", **_published_year(
        13, 6, [30.0] * 18 + [40.0], ["Exporter C", "Exporter D", "Exporter D"]))
    y2018 = totals(con, Filters(year=2018))
    assert y2018["new_establishments"] + y2018["expansions"] == 20
    assert y2018["projects"] == y2018["investment_projects"] == 20  # contracts not among them
    assert y2018["new_jobs_invest"] == 1050                          # 19 × 50 + 100
    assert (y2018["trade_wins"], y2018["trade_contracts"]) == (2, 3)
    y2020 = totals(con, Filters(year=2020))
    assert (y2020["investment_projects"], y2020["expansions"]) == (19, 6)
    assert y2020["new_jobs_invest"] == 580 > 575                     # 18 × 30 + 40
    assert (y2020["trade_wins"], y2020["trade_contracts"]) == (2, 3)
