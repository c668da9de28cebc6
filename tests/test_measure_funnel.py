"""Funnel, lead time and mission yield, linking records by the normalised company name.

Story (names deliberately spelled differently per record):
  Gamma               contact 2022-02-01 (DE)                         -> nothing further
  Acme Robotics B.V.  contact 2022-03-01 (DE), bidbook "ACME Robotics" 2022-05-01,
                      project "Acme Robotics GmbH" 2023-02-15 (40 jobs): 351 days;
                      renewed contact 2023-06-01, expansion 2024-04-01 (20 jobs): 305 days
  Beta                lead on mission M1 (starts 2022-11-01, won), contact "Beta Inc" 2023-01-10,
                      lead "Beta, Inc." on M2 (starts 2023-01-15), project 2023-05-16 (30 jobs):
                      196 days from M1's start; credited to M2, the latest mission before it
  Epsilon             lead on M1 (CN)                                  -> nothing further
  Zeta                project 2023-05-20 with lead_reference "m1" (10 jobs): credited to M1
  Delta               project 2023-05-25 (5 jobs), no earlier record: untraced
"""

from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest
from factories import load

from tradeinvest.measure import Filters, funnel, lead_time_by, lead_times, mission_yield

D = dt.date


@pytest.fixture
def story(con):
    load(con, "2022Q1", contacts=[{"company": "Gamma", "contact_date": D(2022, 2, 1)},
                                  {"company": "Acme Robotics B.V.", "contact_date": D(2022, 3, 1)}])
    load(con, "2022Q2", bidbooks=[{"company": "ACME Robotics", "issued_date": D(2022, 5, 1)}])
    load(con, "2022Q4",
         missions=[{"reference": "M1", "start_date": D(2022, 11, 1), "companies": 12}],
         leads=[{"mission_reference": "M1", "company": "Beta", "country": "US",
                 "status": "won"},
                {"mission_reference": "M1", "company": "Epsilon", "country": "CN"}])
    load(con, "2023Q1", contacts=[{"company": "Beta Inc", "country": "US",
                                   "contact_date": D(2023, 1, 10)}])
    load(con, "2023Q1",
         missions=[{"reference": "M2", "start_date": D(2023, 1, 15), "country": "US",
                    "companies": 6}],
         leads=[{"mission_reference": "M2", "company": "Beta, Inc.", "country": "US"}])
    load(con, "2023Q2", contacts=[{"company": "Acme Robotics", "contact_date": D(2023, 6, 1)}])
    load(con, "2023Q1", projects=[{"company": "Acme Robotics GmbH", "new_jobs": 40,
                                   "date_realised": D(2023, 2, 15)}])
    load(con, "2023Q2", projects=[
        {"company": "Beta", "country": "US", "new_jobs": 30, "date_realised": D(2023, 5, 16)},
        {"company": "Zeta", "country": "CN", "new_jobs": 10, "lead_reference": "m1",
         "date_realised": D(2023, 5, 20)},
        {"company": "Delta", "new_jobs": 5, "date_realised": D(2023, 5, 25)}])
    load(con, "2024Q2", projects=[{"company": "Acme Robotics", "project_kind": "expansion",
                                   "new_jobs": 20, "date_realised": D(2024, 4, 1)}])
    return con


def test_lead_time_per_project(story):
    lt = lead_times(story).set_index("company")
    assert lt.loc["Acme Robotics GmbH", "days"] == 351
    assert lt.loc["Acme Robotics", "days"] == 305       # from the renewed contact
    assert lt.loc["Acme Robotics", "first_touch"] == pd.Timestamp(2023, 6, 1)
    assert lt.loc["Beta", "days"] == 196                # mission start beats the contact
    assert pd.isna(lt.loc["Delta", "days"]) and pd.isna(lt.loc["Zeta", "days"])


def test_lead_time_distribution(story):
    overall = lead_time_by(story, None).iloc[0]
    assert (overall["projects"], overall["traced"]) == (5, 3)
    assert overall["median_days"] == 305                # of 196, 305, 351
    assert overall["p25_days"] == 250.5                 # 196 + (305 - 196) / 2
    assert overall["p75_days"] == 328                   # 305 + (351 - 305) / 2
    by = lead_time_by(story, ("country", "sector")).set_index("country")
    assert by.loc["DE", ["projects", "traced", "median_days"]].tolist() == [3, 2, 328]
    assert by.loc["US", "median_days"] == 196
    assert pd.isna(by.loc["CN", "median_days"])
    assert lead_time_by(story, "year", Filters(year=2024)).iloc[0]["median_days"] == 305


def test_funnel_by_year_and_country_of_first_touch(story):
    f = funnel(story).set_index(["year", "country"])
    stages = ["companies_contacted", "companies_bidbook_fft", "companies_lead",
              "companies_project"]
    assert f.loc[(2022, "DE"), stages].tolist() == [2, 1, 1, 1]   # Gamma, Acme
    assert f.loc[(2022, "DE"), "new_jobs"] == 60                  # Acme 40 + 20
    assert f.loc[(2022, "US"), stages].tolist() == [1, 1, 1, 1]   # Beta (via the M1 lead)
    assert f.loc[(2022, "CN"), stages].tolist() == [1, 1, 1, 0]   # Epsilon
    assert f.loc[(2022, "DE"), "conversion"] == 0.5
    assert len(f) == 3                     # Zeta and Delta never had a touch
    assert funnel(story, Filters(country="US"))["companies_contacted"].sum() == 1


def test_mission_yield_credits_each_project_once(story):
    y = mission_yield(story).set_index("reference")
    assert y.loc["M1", ["companies", "leads", "won_leads", "projects", "new_jobs"]].tolist() \
        == [12, 2, 1, 1, 10]                                      # Zeta, by its reference
    assert y.loc["M2", ["leads", "projects", "new_jobs"]].tolist() == [1, 1, 30]  # Beta
    assert y["projects"].sum() == 2
    assert mission_yield(story, Filters(country="US")).index.size == 1


def test_sql_company_key_is_the_ingest_rule_and_serves_every_cursor(con):
    from tradeinvest.measure.facts import ensure_company_key
    from tradeinvest.text_keys import normalise_company

    names = ["Acme Robotics B.V.", "Société Générale S.A.", "Marks & Spencer plc", "..."]
    first = con.cursor()
    ensure_company_key(first)
    first.close()
    other = con.cursor()
    ensure_company_key(other)  # registering again is harmless
    keys = [other.execute("SELECT company_key(?)", [n]).fetchall()[0][0] for n in names]
    other.close()
    assert keys[:3] == [normalise_company(n) for n in names[:3]]
    assert keys[3] is None  # no letters: links nothing


def test_a_later_expansion_is_not_credited_to_the_same_mission_again(con):
    load(con, "2022Q1", missions=[{"reference": "M1", "start_date": D(2022, 2, 1)}],
         leads=[{"mission_reference": "M1", "company": "Omega Ltd"}])
    load(con, "2022Q3", projects=[{"company": "Omega", "new_jobs": 15,
                                   "date_realised": D(2022, 8, 1)}])
    load(con, "2024Q3", projects=[{"company": "Omega", "new_jobs": 5, "project_kind":
                                   "expansion", "date_realised": D(2024, 8, 1)}])
    row = mission_yield(con).iloc[0]
    assert (row["projects"], row["new_jobs"]) == (1, 15)


def test_period_funnel_counts_the_companies_behind_the_kpis_of_the_period(story):
    from tradeinvest.measure import totals
    from tradeinvest.measure.funnel import STAGES, period_funnel

    def stages(f: Filters) -> list[int]:
        got = period_funnel(story, f)
        assert got["companies_project"] == totals(story, f)["projects"]  # funnel = KPI
        return [got[s] for s in STAGES]

    # 2022: Gamma and Acme contacted, Acme's bidbook, Beta and Epsilon leads on M1
    assert stages(Filters(year=2022)) == [4, 3, 2, 0]
    # 2023: Beta (contact, lead on M2, project), Acme (project, renewed contact), Zeta, Delta
    assert stages(Filters(year=2023)) == [4, 4, 4, 4]
    assert stages(Filters(year=2023, country="DE")) == [2, 2, 2, 2]  # Acme and Delta
    assert stages(Filters(year=2023, country="US")) == [1, 1, 1, 1]  # Beta
    # Q1 2023 to date: Beta got as far as the lead, Acme's project landed in February
    assert stages(Filters(year=2023, quarter=1, year_to_date=True)) == [2, 2, 2, 1]
    got = period_funnel(story, Filters(year=2023))
    assert (got["projects"], got["new_jobs"]) == (4, 85.0)
