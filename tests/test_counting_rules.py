"""Counting rules of issue 18 and the honest figures of issue 13, each on hand-made data.

Origin vs export market, trade wins per company-year, an explicit empty quarter (through the
real load path), a missing quarter in both forecasts, a finished year, the path following the
chosen quarter, budget lines with a period of validity and cost pro-rated to the period.
The default budget is the plan's 2018 budget: 16.5 FTE, EUR 638,000, of which the EMA/Brexit
line (4 FTE, EUR 100,000) runs two years (through 2019); the default jobs target is 1,000
from 2023 on.
"""

from __future__ import annotations

import pytest
from conftest import project_row, projects_xlsx
from factories import load

from tests.corpus.make_corpus import projects as header_only_projects
from tradeinvest.loading import settings as reference_edits
from tradeinvest.loading import uploads
from tradeinvest.measure import (
    Filters,
    budget_of_year,
    catalog,
    cost_effectiveness,
    impact_by,
    impact_by_country_role,
    progress,
    progress_by_year,
)


def test_origin_and_export_market_are_two_figures(con):
    load(con, "2023Q1", projects=[
        {"company": "Bayer Parent GmbH", "country": "DE", "new_jobs": 50},
        {"company": "Utrecht Exporter B.V.", "country": "DE", "pillar": "trade",
         "project_kind": "trade_contract", "new_jobs": 12, "contract_value_eur": 3e5},
        {"company": "Acme Inc", "country": "US", "new_jobs": 30}])
    origin = impact_by_country_role(con, "origin").set_index("country_group")
    market = impact_by_country_role(con, "market").set_index("country_group")
    assert origin.loc["DE", ["investment_projects", "trade_contracts", "new_jobs"]].tolist() \
        == [1, 0, 50]
    assert origin.loc["US", "new_jobs"] == 30
    assert market.index.tolist() == ["DE"]
    assert market.loc["DE", ["investment_projects", "trade_contracts", "new_jobs"]].tolist() \
        == [0, 1, 12]
    # the country filter takes both roles, but keeps them apart in the figures
    de = impact_by(con, None, Filters(country="DE")).iloc[0]
    assert (de["investment_projects"], de["trade_contracts"]) == (1, 1)
    assert (de["new_jobs_invest"], de["new_jobs_trade"]) == (50, 12)
    # a pillar filter of the other pillar leaves nothing
    assert impact_by_country_role(con, "market", filters=Filters(pillar="invest")).empty


def test_trade_wins_are_company_years_with_their_contracts_summed(con):
    load(con, "2023Q2", projects=[
        {"company": "Hortitech B.V.", "pillar": "trade", "project_kind": "trade_contract",
         "country": "DE", "new_jobs": 2, "contract_value_eur": 1e5},
        {"company": "HortiTech", "pillar": "trade", "project_kind": "trade_contract",
         "country": "CN", "new_jobs": 1, "contract_value_eur": 5e4},
        {"company": "Gamefab", "pillar": "trade", "project_kind": "trade_contract",
         "country": "DE", "new_jobs": 0, "contract_value_eur": 2e4},
        {"company": "Invest Co", "new_jobs": 10}])
    load(con, "2024Q1", projects=[
        {"company": "Hortitech BV", "pillar": "trade", "project_kind": "trade_contract",
         "country": "DE", "new_jobs": 1, "contract_value_eur": 7e4}])
    by_year = impact_by(con, "year").set_index("year")
    # 2023: Hortitech (two contracts, one spelled differently) and Gamefab = 2 wins, 3 contracts
    assert by_year.loc[2023, ["trade_wins", "trade_contracts", "investment_projects"]].tolist() \
        == [2, 3, 1]
    assert by_year.loc[2023, "contract_value_eur"] == 170_000   # 100k + 50k + 20k
    assert by_year.loc[2024, ["trade_wins", "trade_contracts"]].tolist() == [1, 1]
    assert impact_by(con, None).iloc[0]["trade_wins"] == 3      # company-years, not companies
    # by market Hortitech 2023 is a win in DE and in CN: groups may add up to more than total
    market = impact_by_country_role(con, "market", filters=Filters(year=2023)
                                    ).set_index("country_group")
    assert market["trade_wins"].to_dict() == {"CN": 1, "DE": 2}


def test_a_header_only_projects_file_is_an_explicit_empty_quarter(con):
    load(con, "2024Q1", projects=[{"new_jobs": 40}])
    first = uploads.load_upload(con, projects_xlsx(project_row(date="15-05-2024", jobs=30)),
                                "q2.xlsx", "projects", "2024Q2", "coordinator")
    empty = uploads.load_upload(con, header_only_projects(), "q2-leeg.xlsx", "projects",
                                "2024Q2", "coordinator")
    assert (empty.rows, empty.replaced_upload_id) == (0, first.upload_id)
    assert any("uitdrukkelijk leeg" in w.text("nl") for w in empty.warnings)
    history = uploads.history(con).set_index("upload_id")
    assert history.loc[empty.upload_id, ["state", "row_count"]].tolist() == ["active", 0]
    assert history.loc[first.upload_id, "state"] == "replaced"
    p = progress(con, 2024, 2)
    assert (p.quarters_loaded, p.quarters_missing, p.new_jobs) == ((1, 2), (), 40)
    assert p.prorated_target == 500                 # 1,000 × 2 / 4: the empty quarter counts
    uploads.undo_upload(con, empty.upload_id, "coordinator")
    assert progress(con, 2024, 2).new_jobs == 70    # the replaced file counts again


def test_both_forecasts_leave_a_missing_quarter_out_alike(con):
    load(con, "2024Q1", projects=[{"new_jobs": 100}])
    load(con, "2024Q3", projects=[{"new_jobs": 200}])   # Q2 neither loaded nor reported empty
    q3 = progress(con, 2024, 3)
    assert (q3.quarters_loaded, q3.quarters_missing) == ((1, 3), (2,))
    assert q3.prorated_target == 500                # 1,000 × 2 loaded / 4
    assert q3.forecast_run_rate == 600              # 300 × 4 / 2
    assert q3.forecast_last_four == 600             # 2023Q4..2024Q3 loaded: Q1, Q3 -> 300 × 4 / 2
    load(con, "2024Q4", projects=[{"new_jobs": 140}])
    year = progress(con, 2024)
    assert (year.quarters_missing, year.finished) == ((2,), False)
    assert year.forecast_run_rate == pytest.approx(440 * 4 / 3)
    assert year.forecast_last_four == pytest.approx(440 * 4 / 3)


@pytest.mark.parametrize(("q4_jobs", "status", "gap"), [(300, "reached", 200),
                                                         (99, "missed", -1)])
def test_a_finished_year_is_reached_or_missed_not_forecast(con, q4_jobs, status, gap):
    for q in (1, 2, 3):
        load(con, f"2023Q{q}", projects=[{"new_jobs": 300}])
    load(con, "2023Q4", projects=[{"new_jobs": q4_jobs}])
    p = progress(con, 2023)
    assert (p.finished, p.status, p.gap) == (True, status, gap)   # 900 + Q4 against 1,000
    assert (p.forecast, p.forecast_last_four) == (None, None)
    assert progress(con, 2023, 4).status == status
    through_q3 = progress(con, 2023, 3)
    assert (through_q3.finished, through_q3.status) == (False, "on_track")  # 900 / 750
    assert through_q3.forecast == 1200


def test_the_path_follows_the_chosen_quarter(con):
    load(con, "2022Q3", projects=[{"new_jobs": 70}])
    for q, jobs in ((1, 100), (2, 50), (3, 30)):
        load(con, f"2023Q{q}", projects=[{"new_jobs": jobs}])
    path = progress_by_year(con, Filters(year=2023, quarter=2, year_to_date=True)
                            ).set_index("year")
    assert path.loc[2023, ["new_jobs", "through"]].tolist() == [150, 2]
    assert path.loc[2022, ["new_jobs", "through"]].tolist() == [70, 4]
    assert progress_by_year(con).set_index("year").loc[2023, "new_jobs"] == 180


def test_the_report_s_path_stops_at_its_own_year_when_a_later_quarter_is_loaded(con):
    """The governors' 2022 Q4 report must not change, or grow a 2023 bar, once 2023 is loaded."""
    load(con, "2022Q4", projects=[{"new_jobs": 70}])
    load(con, "2023Q1", projects=[{"new_jobs": 83}])
    through_2022 = progress_by_year(con, Filters(year=2022, quarter=4, year_to_date=True),
                                    last_year=2022)
    assert through_2022["year"].max() == 2022
    assert through_2022.set_index("year").loc[2022, "new_jobs"] == 70
    assert 2023 in set(progress_by_year(con)["year"])  # the app's own path shows every year


def test_a_one_off_budget_line_is_not_carried_into_the_next_year(con):
    assert budget_of_year(con, 2019)["eur"].sum() == 638_000      # EMA/Brexit through 2019
    later = budget_of_year(con, 2023)
    assert "EMA / Brexit" not in set(later["line"])
    assert (later["eur"].sum(), later["borrowed"].all()) == (538_000, True)
    con.execute("INSERT INTO budget_lines VALUES (2020, 'Invest', 8, 300000, NULL), "
                "(2020, 'Expo 2020', 0, 50000, 2020)")
    assert budget_of_year(con, 2020)["eur"].sum() == 350_000
    assert not budget_of_year(con, 2020)["borrowed"].any()
    in_2021 = budget_of_year(con, 2021)
    assert in_2021[["line", "eur", "budget_year"]].values.tolist() == [["Invest", 300000, 2020]]
    assert budget_of_year(con, 2017).empty


def test_the_coordinator_edits_a_line_s_validity_and_an_end_before_its_year_is_refused(con):
    lines = catalog.reference_table(con, "budget_lines")
    assert lines.set_index("line").loc["EMA / Brexit", "valid_until"] == 2019  # migration 005
    lines.loc[lines["line"] == "Support", "valid_until"] = 2018        # make it one-off
    assert reference_edits.replace_reference(con, "budget_lines", lines, "coordinator") == []
    assert budget_of_year(con, 2019)["eur"].sum() == 598_000           # 638,000 - 40,000
    lines.loc[lines["line"] == "Invest", "valid_until"] = 2017
    refused = reference_edits.replace_reference(con, "budget_lines", lines, "coordinator")
    assert [p.text("nl") for p in refused] == ["rij 3: geldig t/m (2017) ligt voor het jaar (2018)"]
    assert [p.text("en") for p in refused] == [
        "row 3: valid until (2017) lies before the year (2018)"]


def test_cost_per_job_pro_rates_the_budget_of_the_year_to_the_period(con):
    load(con, "2026Q1", projects=[{"new_jobs": 68}])
    load(con, "2026Q2", projects=[{"new_jobs": 40, "pillar": "trade",
                                   "project_kind": "trade_contract"}])
    q1 = cost_effectiveness(con, Filters(year=2026, quarter=1)).set_index("line")
    total = q1.loc["total"]
    assert (total["budget_year"], total["borrowed"], total["months"]) == (2018, True, 3)
    assert total["eur"] == 134_500                 # 538,000 (no EMA after 2019) × 3 / 12
    assert total["cost_per_job"] == pytest.approx(134_500 / 68)
    assert total["fte"] == pytest.approx(12.5 * 3 / 12)
    assert q1.loc["Invest", "eur"] == 64_500       # 258,000 × 3 / 12
    ytd = cost_effectiveness(con, Filters(year=2026, quarter=2, year_to_date=True)
                             ).set_index("line")
    assert (ytd.loc["total", "eur"], ytd.loc["total", "new_jobs"]) == (269_000, 108)
    assert ytd.loc["Trade", "cost_per_job"] == pytest.approx(70_000 / 40)
    only_q2 = cost_effectiveness(con, Filters(year=2026, quarter=2)).set_index("line")
    assert only_q2.loc["total", "new_jobs"] == 40
    whole = cost_effectiveness(con, Filters(year=2026)).set_index("line")  # runs through Q2
    assert (whole.loc["total", "eur"], whole.loc["total", "months"]) == (269_000, 6)
