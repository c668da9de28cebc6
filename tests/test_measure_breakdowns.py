"""Output and impact by any dimension; groups add up to the total; EMA/Brexit on its own."""

from __future__ import annotations

import math

import pandas as pd
import pytest
from factories import load

from tradeinvest.measure import (
    Filters,
    ema_brexit,
    impact_by,
    leads_per_company,
    mission_yield,
    output_and_impact_by,
    output_and_impact_by_country,
    output_by,
    totals,
    with_view_targets,
)
from tradeinvest.measure.breakdowns import IMPACT_MEASURES, OUTPUT_MEASURES


@pytest.fixture
def output(con):
    """Q1 2023: 3 contacts, 1 bidbook + 2 FFTs, missions M1 (CN, 12 companies, 3 leads) and
    M2 (DE, 8 companies, 1 lead)."""
    load(con, "2023Q1", contacts=[{"country": "DE", "partner": "IU"},
                                  {"country": "DE", "partner": "IU"},
                                  {"country": "US", "partner": "UCIB"}])
    load(con, "2023Q1", bidbooks=[{"country": "DE"}, {"country": "DE", "bidbook_kind": "fft"},
                                  {"country": "CN", "bidbook_kind": "fft"}])
    load(con, "2023Q1",
         missions=[{"reference": "M1", "country": "CN", "companies": 12, "partner": "IU"},
                   {"reference": "M2", "country": "DE", "companies": 8, "partner": "EBU"}],
         leads=[{"mission_reference": "M1", "company": "A", "country": "CN", "status": "won"},
                {"mission_reference": "M1", "company": "B", "country": "CN"},
                {"mission_reference": "M1", "company": "C", "country": "HK"},
                {"mission_reference": "m2", "company": "D", "country": "DE"}])
    return con


def test_output_totals(output):
    row = output_by(output, None).iloc[0]
    assert row["contacts"] == 3
    assert (row["bidbooks"], row["ffts"], row["bidbooks_ffts"]) == (1, 2, 3)
    assert (row["missions"], row["mission_companies"]) == (2, 20)
    assert (row["leads"], row["won_leads"]) == (4, 1)
    assert row["leads_per_mission"] == 2.0           # 4 leads / 2 missions
    assert row["effort"] == 10                       # 3 contacts + 3 bidbooks/FFTs + 4 leads


def test_output_by_country_places_leads_by_company_and_ratio_by_mission(output):
    by = output_by(output, "country").set_index("country")
    assert by.loc["CN", ["ffts", "missions", "mission_companies", "leads"]].tolist() == \
        [1, 1, 12, 2]
    assert by.loc["HK", "leads"] == 1
    assert by.loc["CN", "leads_per_mission"] == 3.0  # M1 had 3 leads (one of them HK)
    assert by.loc["DE", ["contacts", "bidbooks_ffts", "leads"]].tolist() == [2, 2, 1]
    group = output_by(output, "country_group").set_index("country_group")
    assert group.loc["CN", "leads"] == 3


def test_output_by_partner_credits_leads_to_their_mission(output):
    by = output_by(output, "partner").set_index("partner")
    assert by.loc["IU", ["contacts", "leads", "mission_companies"]].tolist() == [2, 3, 12]
    assert by.loc["EBU", "leads"] == 1
    assert by.loc["unknown", "bidbooks_ffts"] == 3   # bidbooks carry no partner


def test_a_lead_reported_again_later_counts_once_with_its_new_status(output):
    load(output, "2023Q2", missions=[],
         leads=[{"mission_reference": "M1", "company": "B", "country": "CN", "status": "won"}])
    by = output_by(output, "quarter").set_index("quarter")
    assert by.index.tolist() == ["2023Q1"]           # dated by its mission's start
    assert (by.loc["2023Q1", "leads"], by.loc["2023Q1", "won_leads"]) == (4, 2)


def test_a_re_spelled_lead_across_two_quarters_counts_once_with_its_latest_status(con):
    """The same company under two spellings (company_key: legal form dropped) for one mission,
    in progress in the 2024Q2 upload and won in the 2024Q4 one: one lead, won."""
    load(con, "2024Q2", missions=[{"reference": "M-DV", "country": "US"}],
         leads=[{"mission_reference": "M-DV", "company": "Deltavis Medical LLC",
                 "country": "US", "status": "in_progress"},
                {"mission_reference": "M-DV", "company": "Other Co", "country": "US"}])
    load(con, "2024Q4", missions=[],
         leads=[{"mission_reference": "m-dv", "company": "Deltavis Medical", "country": "US",
                 "status": "won"}])
    row = output_by(con, None).iloc[0]
    assert (row["leads"], row["won_leads"]) == (2, 1)
    assert row["leads_per_mission"] == 2.0           # the mission's own count agrees


@pytest.fixture
def impact(con):
    load(con, "2022Q4", projects=[{"new_jobs": 7, "country": "US"}])
    load(con, "2023Q1", projects=[
        {"project_kind": "new", "new_jobs": 40, "investment_eur": 1e6, "country": "DE"},
        {"project_kind": "expansion", "new_jobs": 25, "country": "CN"},
        {"project_kind": "acquisition", "new_jobs": 0, "country": "HK"},
        {"project_kind": "retention", "retained_jobs": 60, "new_jobs": 0, "country": "DE",
         "investment_eur": 5e5},
        {"project_kind": "trade_contract", "pillar": "trade", "new_jobs": 3, "country": "DE",
         "contract_value_eur": 2e5}])
    return con


def test_impact_by_project_kind(impact):
    by = impact_by(impact, "project_kind", Filters(year=2023)).set_index("project_kind")
    # "projects" are investment projects: the export contract is a trade contract, not one
    assert by["projects"].to_dict() == {"acquisition": 1, "expansion": 1, "new": 1,
                                        "retention": 1, "trade_contract": 0}
    assert by["trade_contracts"].to_dict()["trade_contract"] == 1
    total = impact_by(impact, None, Filters(year=2023)).iloc[0]
    assert total["new_jobs"] == 68                   # 40 + 25 + 0 + 0 + 3
    assert (total["new_jobs_invest"], total["new_jobs_trade"]) == (65, 3)
    assert total["retained_jobs"] == 60
    assert (total["investment_eur"], total["contract_value_eur"]) == (1.5e6, 2e5)
    assert (total["new_establishments"], total["trade_contracts"]) == (1, 1)
    assert (total["projects"], total["investment_projects"], total["trade_wins"]) == (4, 4, 1)


def test_impact_by_two_dimensions(impact):
    by = impact_by(impact, ("year", "country_group"))
    assert by[["year", "country_group", "new_jobs"]].values.tolist() == [
        [2022, "US", 7], [2023, "CN", 25], [2023, "DE", 43]]


@pytest.mark.parametrize("dimension", ["country", "country_group", "pillar", "partner",
                                       "quarter", "sector", "theme"])
def test_groups_add_up_to_the_grand_total(impact, output, dimension):
    for measure, columns in ((impact_by, IMPACT_MEASURES), (output_by, OUTPUT_MEASURES)):
        # trade wins are company-years: a company winning in two groups is a win in each
        additive = [c for c in columns if c not in ("leads_per_mission", "trade_wins")]
        grand = measure(impact, None).iloc[0][additive]
        parts = measure(impact, dimension)[additive].sum()
        assert parts.tolist() == pytest.approx(grand.tolist()), (measure.__name__, dimension)


def test_ema_brexit_records_and_totals(con):
    load(con, "2023Q2", projects=[{"reference": "P-EMA", "ema_brexit": True, "new_jobs": 30,
                                   "sector": "lsh", "country": "GB"},
                                  {"new_jobs": 5}])
    load(con, "2023Q2", missions=[{"reference": "M9"}],
         leads=[{"mission_reference": "M9", "company": "Pharma Ltd", "ema_brexit": True},
                {"mission_reference": "M9", "company": "Other"}])
    load(con, "2023Q2", contacts=[{}])
    listed = ema_brexit(con)
    assert listed[["record", "reference"]].values.tolist() == [["lead", "M9"],
                                                               ["project", "P-EMA"]]
    t = totals(con, Filters(ema_brexit=True))
    assert (t["new_jobs"], t["projects"], t["leads"], t["contacts"]) == (30, 1, 1, 0)


def test_leads_per_company_divides_each_mission_s_leads_by_its_companies(output):
    missions = mission_yield(output).set_index("reference")
    assert leads_per_company(missions).to_dict() == {"M1": 0.25, "M2": 0.125}  # 3/12, 1/8
    none_along = pd.DataFrame({"leads": [3, 0], "companies": [0, 4]})
    per_company = leads_per_company(none_along)
    assert math.isnan(per_company[0]) and per_company[1] == 0.0


def test_output_and_impact_side_by_side_per_year(impact, output):
    by = output_and_impact_by(impact, "year").set_index("year")
    assert by.index.tolist() == [2022, 2023]
    assert by.loc[2022, ["contacts", "leads", "new_jobs"]].tolist() == [0, 0, 7]  # no output
    assert math.isnan(by.loc[2022, "leads_per_mission"])  # no missions: no ratio, not 0
    assert by.loc[2023, ["contacts", "leads", "investment_projects", "new_jobs"]].tolist() == \
        [3, 4, 4, 68]
    assert by.loc[2023, "leads_per_mission"] == 2.0


def test_output_and_impact_by_country_keeps_origin_and_market_apart(impact, output):
    by = output_and_impact_by_country(impact, Filters(year=2023)).set_index("country")
    assert by.index.tolist() == ["CN", "DE", "HK", "US"]  # 2022's US project is not in 2023
    columns = ["contacts", "bidbooks_ffts", "leads", "investment_projects", "new_jobs_invest",
               "retained_jobs", "investment_eur", "trade_wins", "trade_contracts",
               "new_jobs_trade", "contract_value_eur"]
    # DE: new establishment (40 jobs, €1m) and retention (60 kept, €0.5m) from German
    # parents; one export contract to Germany (3 jobs, €200k) counted as market only
    assert by.loc["DE", columns].tolist() == [2, 2, 1, 2, 40, 60, 1.5e6, 1, 1, 3, 2e5]
    assert by.loc["CN", columns].tolist() == [0, 1, 2, 1, 25, 0, 0, 0, 0, 0, 0]
    assert by.loc["HK", ["leads", "investment_projects", "new_jobs_invest"]].tolist() == \
        [1, 1, 0]
    assert by.loc["US", ["contacts", "investment_projects", "trade_wins"]].tolist() == \
        [1, 0, 0]
    assert by["all_jobs"].to_dict() == {"CN": 25, "DE": 43, "HK": 0, "US": 0}  # DE: 40 + 3


def test_a_share_of_a_target_needs_a_target():
    from tradeinvest.measure import share_of

    assert share_of(873, 1000) == 0.873
    assert share_of(5, None) is None and share_of(5, 0) is None


def test_the_path_of_a_view_uses_the_view_s_own_targets():
    path = pd.DataFrame({"year": [2023, 2024], "new_jobs": [50.0, 30.0],
                         "target": [1000.0, 1000.0], "share_of_target": [0.05, 0.03]})
    assert with_view_targets(path, None) is path  # the whole region: its own targets
    own = with_view_targets(path, {2023: 100.0})  # a country with a 2023 plan only
    assert own["target"].tolist()[0] == 100.0 and math.isnan(own["target"].tolist()[1])
    assert own["share_of_target"].tolist()[0] == 0.5  # 50 / 100
    assert math.isnan(own["share_of_target"].tolist()[1])
    assert with_view_targets(path, {})["target"].isna().all()  # a narrower view: no target
