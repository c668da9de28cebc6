"""Country plans: plan against actual on a hand-computed example, the plans against the regional
target, and saving from the app as a new version that undo reverts."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest
from factories import load, n

from tradeinvest.ingest import schema
from tradeinvest.ingest.templates import write_workbook
from tradeinvest.loading import plans as loading_plans
from tradeinvest.loading import uploads
from tradeinvest.loading.check import UploadRejected
from tradeinvest.measure import plans as m_plans
from tradeinvest.reporting.labels import plan_labelled
from tradeinvest.texts import LANGUAGES, t

TARGETS = ("contacts", "bidbooks_ffts", "mission_companies", "leads", "projects", "new_jobs")


def plans_frame(*rows: tuple) -> pd.DataFrame:
    """(country, pillar, contacts, bidbooks_ffts, mission_companies, leads, projects, jobs)."""
    records = [{"country": r[0], "pillar": r[1], "regions": "regio",
                **{f"target_{k}": v for k, v in zip(TARGETS, r[2:], strict=True)}}
               for r in rows]
    return pd.DataFrame(records).reindex(columns=[c.name for c in schema.COUNTRY_PLANS.columns])


def load_plans(con, year: int, *rows: tuple) -> uploads.LoadResult:
    data = write_workbook("country_plans", {"country_plans": plans_frame(*rows)})
    return uploads.load_upload(con, data, f"plannen_{year}.xlsx", "country_plans", str(year),
                               "coord")


@pytest.fixture
def germany_2024(con):
    """Actual 2024 in Germany: 3 contacts, 1 bidbook + 1 FFT, one mission with 7 companies and
    2 leads of German companies, 2 projects with 40 + 10 new jobs. Elsewhere: one US project
    of 100 jobs and a Hong Kong project of 5 (under China), and German work in 2023."""
    day = dt.date(2024, 5, 10)
    load(con, "2024Q2", contacts=n(3, country="DE", contact_date=day))
    load(con, "2024Q2", bidbooks=[{"country": "DE", "bidbook_kind": "bidbook"},
                                  {"country": "DE", "bidbook_kind": "fft"}])
    load(con, "2024Q2", missions=[{"reference": "M-DE", "country": "DE", "companies": 7}],
         leads=[{"mission_reference": "M-DE", "company": "A GmbH", "country": "DE"},
                {"mission_reference": "M-DE", "company": "B GmbH", "country": "DE"}])
    load(con, "2024Q3", projects=[{"country": "DE", "new_jobs": 40.0},
                                  {"country": "DE", "new_jobs": 10.0},
                                  {"country": "US", "new_jobs": 100.0},
                                  {"country": "HK", "new_jobs": 5.0}])
    load(con, "2023Q3", projects=[{"country": "DE", "new_jobs": 999.0}])
    return con


def test_plan_against_actual_for_one_country(germany_2024):
    con = germany_2024
    load_plans(con, 2024, ("DE", "both", 4, 4, 10, 2, 4, 100),
               ("US", "invest", 50, 5, None, 5, 5, 900))
    frame = m_plans.plan_vs_actual(con, 2024, "DE").set_index("indicator")
    assert frame["plan"].to_dict() == {"contacts": 4, "bidbooks_ffts": 4,
                                       "mission_companies": 10, "leads": 2, "projects": 4,
                                       "new_jobs": 100}
    assert frame["actual"].to_dict() == {"contacts": 3, "bidbooks_ffts": 2,
                                         "mission_companies": 7, "leads": 2, "projects": 2,
                                         "new_jobs": 50}
    assert frame["share"].to_dict() == {"contacts": 0.75, "bidbooks_ffts": 0.5,
                                        "mission_companies": 0.7, "leads": 1.0,
                                        "projects": 0.5, "new_jobs": 0.5}
    assert frame.loc["new_jobs", "gap"] == -50
    us = m_plans.plan_vs_actual(con, 2024, "US").set_index("indicator")
    assert pd.isna(us.loc["mission_companies", "plan"]) and pd.isna(
        us.loc["mission_companies", "share"])
    assert m_plans.plan_vs_actual(con, 2024, "JP").empty


def test_the_country_plans_add_up_against_the_regional_target(germany_2024):
    con = germany_2024
    load_plans(con, 2024, ("DE", "both", 4, 4, 10, 2, 4, 100),
               ("US", "invest", 50, 5, None, 5, 5, 850),
               ("CN", "both", 10, 1, 5, 1, 1, 20))
    frame = m_plans.plans_vs_target(con, 2024).set_index("indicator")
    jobs = frame.loc["new_jobs"]
    # 100 + 850 + 20 = 970 against the default target 1,000 (from 2023 on)
    assert (jobs.plans_sum, jobs.plans, jobs.regional_target, jobs.plan_gap) == (
        970, 3, 1000, -30)
    # actual in the planned countries: DE 50 + US 100 + HK 5 (China's group); region the same
    assert (jobs.actual_planned, jobs.actual_region) == (155, 155)
    companies = frame.loc["mission_companies"]
    assert (companies.plans_sum, companies.plans) == (15, 2)
    assert pd.isna(companies.regional_target)  # no stored target for this indicator
    overview = m_plans.plans_overview(con, 2024)
    assert len(overview) == 3 * len(m_plans.PLAN_INDICATORS)
    assert overview.set_index(["country", "indicator"]).loc[("CN", "new_jobs"), "actual"] == 5


def test_plan_indicators_are_codes_named_by_the_catalogue_where_shown(con):
    """The measure gives the indicator code only; `plan_labelled` names it in the reader's
    language, each indicator with its own words, in the measure's order."""
    load_plans(con, 2024, ("DE", "invest", 10, 2, 4, 6, 3, 50))
    frame = m_plans.plan_vs_actual(con, 2024, "DE")
    assert not {"label_nl", "label_en", "label"} & set(frame.columns)
    assert tuple(frame["indicator"]) == m_plans.PLAN_INDICATORS
    for lang in LANGUAGES:
        names = list(plan_labelled(frame, lang)["label"])
        assert names == [t(f"plan_indicator_{code}", lang) for code in m_plans.PLAN_INDICATORS]
        assert len(set(names)) == len(names) and not any(n.startswith("plan_") for n in names)
    assert plan_labelled(frame, "nl")["label"].iloc[-1] == "Nieuwe banen"


def test_plans_saved_in_the_app_are_a_new_version_that_undo_reverts(con):
    first = load_plans(con, 2025, ("DE", "both", 4, 4, 10, 2, 4, 100))
    edited = m_plans.country_plans(con, 2025)[[c.name for c in schema.COUNTRY_PLANS.columns]]
    edited.loc[0, "target_new_jobs"] = 120
    edited["pillar"] = ["Invest en Trade"]  # the editor shows labels
    extra = plans_frame(("Japan", "Invest", 30, 4, 10, 4, 3, 120))
    result = loading_plans.save_country_plans(con, 2025, pd.concat([edited, extra]), "coord")
    assert result.replaced_upload_id == first.upload_id
    now = m_plans.country_plans(con, 2025).set_index("country")
    assert now["target_new_jobs"].to_dict() == {"DE": 120, "JP": 120}
    assert now.loc["DE", "pillar"] == "both"
    uploads.undo_upload(con, result.upload_id, "coord")
    assert m_plans.country_plans(con, 2025)["target_new_jobs"].tolist() == [100]
    assert m_plans.plan_years(con) == [2025]


def test_a_bad_plan_is_refused_with_every_problem(con):
    with pytest.raises(UploadRejected) as refused:
        loading_plans.save_country_plans(con, 2025, plans_frame(
            ("Atlantis", "invest", 1, 1, 1, 1, 1, 10), ("DE", "invest", -5, 1, 1, 1, 1, 10),
            ("DE", "trade", 1, 1, 1, 1, 1, 10)), "coord")
    messages = " | ".join(p.text("nl") for p in refused.value.problems if p.severity == "error")
    assert "onbekend land" in messages and "negatief" in messages and "dubbel" in messages
    assert m_plans.country_plans(con, 2025).empty
