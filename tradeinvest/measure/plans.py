"""Country work plans against reality, and the plans together against the regional target.

Plan = the targets in the year's country plans (upload kind `country_plans`, per year; the
latest version counts). Actual = the same indicator from `breakdowns.totals` for that year and
country, on the data loaded so far (so during the year it is the year to date, not a
forecast). A country follows the reporting-group rule of every filter: the plan for China
counts Hong Kong too; a separate plan for Hong Kong then also sees its own records, so the
actuals of the two plans overlap (the "planned countries" total below counts each record once).
"""

from __future__ import annotations

import duckdb
import pandas as pd

from tradeinvest.measure.breakdowns import totals
from tradeinvest.measure.filters import Filters
from tradeinvest.measure.progress import quarters_loaded
from tradeinvest.measure.targets import target_for

# indicator (= the column of `totals`, and the targets-table indicator) -> Dutch, English label
PLAN_INDICATORS: dict[str, tuple[str, str]] = {
    "contacts": ("Contacten", "Contacts"),
    "bidbooks_ffts": ("Bidbooks en FFT's", "Bidbooks and FFTs"),
    "mission_companies": ("Bedrijven op missie", "Companies on missions"),
    "leads": ("Leads", "Leads"),
    "projects": ("Projecten", "Projects"),
    "new_jobs": ("Nieuwe banen", "New jobs"),
}


def plan_years(con: duckdb.DuckDBPyConnection) -> list[int]:
    """Years with country plans that count now, newest first."""
    rows = con.execute("SELECT DISTINCT CAST(quarter AS INTEGER) FROM active_uploads "
                       "WHERE kind = 'country_plans' ORDER BY 1 DESC").fetchall()
    return [int(r[0]) for r in rows]


def country_plans(con: duckdb.DuckDBPyConnection, year: int) -> pd.DataFrame:
    """The country plans of `year` as they count now, by country.

    Columns: country, pillar, regions, activities, team, target_<indicator> for each of
    PLAN_INDICATORS (None: no target set), note, file_name, source_row.
    """
    targets = ", ".join(f"p.target_{k}" for k in PLAN_INDICATORS)
    return con.execute(f"""
        SELECT p.country, p.pillar, p.regions, p.activities, p.team, {targets}, p.note,
               u.file_name, p.source_row
        FROM country_plans_current p JOIN uploads u USING (upload_id)
        WHERE u.quarter = ? ORDER BY p.country""", [str(int(year))]).df()


def _share(actual: float, plan: float | None) -> float | None:
    return None if plan is None or pd.isna(plan) or plan == 0 else actual / plan


def plan_vs_actual(con: duckdb.DuckDBPyConnection, year: int, country: str) -> pd.DataFrame:
    """One country's plan against its actual figures of `year`, per indicator.

    Columns: indicator, label_nl, label_en, plan (NaN without a plan or target), actual,
    share (actual / plan), gap (actual - plan). Empty when the country has no plan that year.
    """
    plans = country_plans(con, year)
    row = plans[plans["country"] == country.upper()]
    if row.empty:
        return pd.DataFrame(columns=["indicator", "label_nl", "label_en", "plan", "actual",
                                     "share", "gap"])
    plan = row.iloc[0]
    actual = totals(con, Filters(year=int(year), country=country))
    out = []
    for key, (nl, en) in PLAN_INDICATORS.items():
        target = plan[f"target_{key}"]
        target = None if pd.isna(target) else float(target)
        value = float(actual[key] or 0)
        out.append({"indicator": key, "label_nl": nl, "label_en": en, "plan": target,
                    "actual": value, "share": _share(value, target),
                    "gap": None if target is None else value - target})
    return pd.DataFrame(out).astype({"plan": float, "share": float, "gap": float})


def plans_vs_target(con: duckdb.DuckDBPyConnection, year: int) -> pd.DataFrame:
    """Do the country plans add up to the region's target? Per indicator.

    Columns: indicator, label_nl, label_en, plans_sum (sum of the country plans' targets;
    NaN when no plan sets one), plans (number of plans with a target), regional_target (the
    stored target of that indicator for `year`, carry-forward rule; new_jobs = the jobs target,
    1,000 from 2023), plan_gap (plans_sum - regional_target), actual_planned (actual in the
    planned countries, each record once), actual_region (actual in all countries).
    """
    plans = country_plans(con, year)
    countries = tuple(plans["country"])
    region = totals(con, Filters(year=int(year)))
    planned = totals(con, Filters(year=int(year), country=countries)) if countries else {}
    out = []
    for key, (nl, en) in PLAN_INDICATORS.items():
        column = plans[f"target_{key}"].dropna() if not plans.empty else pd.Series(dtype=float)
        plans_sum = float(column.sum()) if len(column) else None
        target = target_for(con, int(year), key)
        out.append({"indicator": key, "label_nl": nl, "label_en": en, "plans_sum": plans_sum,
                    "plans": len(column), "regional_target": target,
                    "plan_gap": None if plans_sum is None or target is None
                    else plans_sum - target,
                    "actual_planned": float(planned.get(key) or 0) if countries else 0.0,
                    "actual_region": float(region[key] or 0)})
    return pd.DataFrame(out).astype({"plans_sum": float, "regional_target": float,
                                     "plan_gap": float})


def plans_overview(con: duckdb.DuckDBPyConnection, year: int) -> pd.DataFrame:
    """Every country plan of `year` with plan and actual side by side (long format).

    Columns: country, indicator, label_nl, label_en, plan, actual, share.
    """
    frames = []
    for country in country_plans(con, year)["country"]:
        frame = plan_vs_actual(con, year, country)
        frames.append(frame.assign(country=country)[
            ["country", "indicator", "label_nl", "label_en", "plan", "actual", "share"]])
    if not frames:
        return pd.DataFrame(columns=["country", "indicator", "label_nl", "label_en", "plan",
                                     "actual", "share"])
    return pd.concat(frames, ignore_index=True)


def quarters_with_results(con: duckdb.DuckDBPyConnection, year: int) -> int:
    """How many quarters of `year` have projects loaded: actuals cover that part of the year."""
    return len(quarters_loaded(con, year))
