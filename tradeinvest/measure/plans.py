"""Country work plans against reality, and the plans together against the regional target.

Plan = the targets in the year's country plans (upload kind `country_plans`, per year; the
latest version counts). Actual = the same indicator from `breakdowns.totals` for that year and
country, on the data loaded so far (so during the year it is the year to date, not a
forecast). A country follows the reporting-group rule of every filter: the plan for China
counts Hong Kong too; a separate plan for Hong Kong then also sees its own records, so the
actuals of the two plans overlap (the "planned countries" total below counts each record once).
"""

from __future__ import annotations

from dataclasses import dataclass

import duckdb
import pandas as pd

from tradeinvest.measure.breakdowns import totals
from tradeinvest.measure.filters import Filters
from tradeinvest.measure.progress import quarters_loaded
from tradeinvest.measure.targets import target_for

# The indicators a country plan sets targets for, in the order pages show them: each is a
# column of `totals` and a targets-table indicator; its name is the catalogue's
# plan_indicator_<code>, looked up where it is shown.
PLAN_INDICATORS = ("contacts", "bidbooks_ffts", "mission_companies", "leads", "projects",
                   "new_jobs")


def plan_years(con: duckdb.DuckDBPyConnection) -> list[int]:
    """Years with country plans that count now, newest first."""
    rows = con.execute("SELECT DISTINCT year(period_start) FROM active_uploads "
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

    Columns: indicator, plan (NaN without a plan or target), actual,
    share (actual / plan), gap (actual - plan). Empty when the country has no plan that year.
    """
    plans = country_plans(con, year)
    row = plans[plans["country"] == country.upper()]
    if row.empty:
        return pd.DataFrame(columns=["indicator", "plan", "actual", "share", "gap"])
    plan = row.iloc[0]
    actual = totals(con, Filters(year=int(year), country=country))
    out = []
    for key in PLAN_INDICATORS:
        target = plan[f"target_{key}"]
        target = None if pd.isna(target) else float(target)
        value = float(actual[key] or 0)
        out.append({"indicator": key, "plan": target,
                    "actual": value, "share": _share(value, target),
                    "gap": None if target is None else value - target})
    return pd.DataFrame(out).astype({"plan": float, "share": float, "gap": float})


def plans_vs_target(con: duckdb.DuckDBPyConnection, year: int) -> pd.DataFrame:
    """Do the country plans add up to the region's target? Per indicator.

    Columns: indicator, plans_sum (sum of the country plans' targets;
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
    for key in PLAN_INDICATORS:
        column = plans[f"target_{key}"].dropna() if not plans.empty else pd.Series(dtype=float)
        plans_sum = float(column.sum()) if len(column) else None
        target = target_for(con, int(year), key)
        out.append({"indicator": key, "plans_sum": plans_sum,
                    "plans": len(column), "regional_target": target,
                    "plan_gap": None if plans_sum is None or target is None
                    else plans_sum - target,
                    "actual_planned": float(planned.get(key) or 0) if countries else 0.0,
                    "actual_region": float(region[key] or 0)})
    return pd.DataFrame(out).astype({"plans_sum": float, "regional_target": float,
                                     "plan_gap": float})


def plans_overview(con: duckdb.DuckDBPyConnection, year: int) -> pd.DataFrame:
    """Every country plan of `year` with plan and actual side by side (long format).

    Columns: country, indicator, plan, actual, share.
    """
    frames = []
    for country in country_plans(con, year)["country"]:
        frame = plan_vs_actual(con, year, country)
        frames.append(frame.assign(country=country)[
            ["country", "indicator", "plan", "actual", "share"]])
    if not frames:
        return pd.DataFrame(columns=["country", "indicator", "plan", "actual", "share"])
    return pd.concat(frames, ignore_index=True)


@dataclass(frozen=True)
class ViewTarget:
    """The new-jobs target a (filtered) view may be compared with.

    kind: "region" (no filter: the regional target), "country_plan" (one country and no other
    dimension: that country's plan target for new jobs), "none" (no target fits the view: a
    sector, pillar or partner has no target of its own, and a country may have no plan)."""

    kind: str
    target: float | None
    country: str | None = None


def country_jobs_targets(con: duckdb.DuckDBPyConnection, country: str) -> dict[int, float]:
    """Year -> the new-jobs target in `country`'s plan of that year (plans that set one)."""
    rows = con.execute("""
        SELECT year(u.period_start), p.target_new_jobs
        FROM country_plans_current p JOIN uploads u USING (upload_id)
        WHERE p.country = ? AND p.target_new_jobs IS NOT NULL""", [country.upper()]).fetchall()
    return {int(year): float(target) for year, target in rows}


def _own_target_kind(filters: Filters) -> tuple[str, str | None]:
    """("region", None) unfiltered; ("country", ISO2) for one country and nothing else;
    ("none", ISO2 or None) for any other narrowing."""
    others = any((filters.pillar, filters.sector, filters.partner, filters.theme,
                  filters.ema_brexit))
    if not others and not filters.country:
        return "region", None
    country = filters.country[0] if filters.country and len(filters.country) == 1 else None
    return ("country" if country and not others else "none"), country


def view_targets_by_year(con: duckdb.DuckDBPyConnection, filters: Filters
                         ) -> dict[int, float] | None:
    """The yearly new-jobs targets of the view (for the path chart): None = the regional
    targets apply (no filter); a country alone: its plans' targets; otherwise none ({})."""
    kind, country = _own_target_kind(filters)
    if kind == "region":
        return None
    return country_jobs_targets(con, country) if kind == "country" and country else {}


def view_target(con: duckdb.DuckDBPyConnection, year: int, filters: Filters) -> ViewTarget:
    """Which target the view of `filters` (its period is ignored) compares with in `year`.

    A part of the region is never measured against the whole region's target: one country
    alone gets its own plan's target, anything else narrower gets none."""
    kind, country = _own_target_kind(filters)
    if kind == "region":
        return ViewTarget("region", target_for(con, int(year)))
    if kind == "none" or country is None:
        return ViewTarget("none", None, country)
    target = country_jobs_targets(con, country).get(int(year))
    return ViewTarget("none" if target is None else "country_plan", target, country)


def quarters_with_results(con: duckdb.DuckDBPyConnection, year: int) -> int:
    """How many quarters of `year` have projects loaded: actuals cover that part of the year."""
    return len(quarters_loaded(con, year))
