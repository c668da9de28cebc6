"""Progress towards the jobs target: realised against target, within the year, and forecast.

Headline new jobs = the new direct jobs of all projects that landed in the period (invest:
new establishments, expansions, acquisitions creating jobs; trade contracts' jobs are the
companies' estimates and shown as "of which trade (estimate)"). Retained jobs and indirect
jobs are separate figures, never added to the count against the target.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass, replace

import duckdb
import pandas as pd

from tradeinvest.measure import facts, solid_count
from tradeinvest.measure.breakdowns import impact_by, totals
from tradeinvest.measure.filters import Filters, where
from tradeinvest.measure.targets import target_for, targets
from tradeinvest.periods import Quarter, quarter_number
from tradeinvest.reference_data import JOBS_INDICATOR
from tradeinvest.store import reference
from tradeinvest.texts import t

# A running year is on_track | at_risk | behind, a finished one (all four quarters loaded)
# reached | missed; their words are the catalogue's status_<code>.
STATUSES = ("on_track", "at_risk", "behind", "reached", "missed")
HEADLINE_FORECAST = "run_rate"


@dataclass(frozen=True)
class Progress:
    """Jobs progress for a year up to and including `quarter` (None: the whole year)."""

    year: int
    quarter: int | None
    quarters_loaded: tuple[int, ...]   # quarters <= `quarter` with an active projects upload
    quarters_missing: tuple[int, ...]  # before the latest loaded one, neither loaded nor empty
    target: float | None               # annual target (carry-forward rule)
    prorated_target: float | None      # target × quarters loaded / 4
    new_jobs: float                    # realised new direct jobs, year to date
    new_jobs_invest: float
    new_jobs_trade: float              # of which trade (estimate)
    retained_jobs: float               # separate, never in new_jobs
    indirect_jobs: float               # indirect_jobs_per_direct × new invest (FDI) jobs
    share_of_target: float | None      # new_jobs / target
    share_of_prorated: float | None    # new_jobs / prorated_target
    status: str | None                 # on_track | at_risk | behind; reached | missed when
    #                                    the year is finished
    forecast_run_rate: float | None    # None for a finished year: nothing left to forecast
    forecast_last_four: float | None
    finished: bool = False             # all four quarters loaded and the whole year chosen
    gap: float | None = None           # finished year: new_jobs - target (negative: short)
    forecast_method: str = HEADLINE_FORECAST  # the leading method (measure/headline_forecast)
    forecast_pipeline: float | None = None    # the pipeline's, when it leads
    forecast_low: float | None = None         # the leading method's 80 % interval, if any
    forecast_high: float | None = None

    @property
    def forecast(self) -> float | None:
        """The headline year-end forecast: the leading method's (the run rate while the
        backtest has no earlier year)."""
        return {"run_rate": self.forecast_run_rate, "last_four": self.forecast_last_four,
                "pipeline": self.forecast_pipeline}[self.forecast_method]


def quarters_loaded(con: duckdb.DuckDBPyConnection, year: int, *,
                    as_of: dt.datetime | None = None) -> tuple[int, ...]:
    """Quarters of `year` that have an active projects upload (now or at `as_of`)."""
    rows = con.execute(
        f"""SELECT DISTINCT quarter(period_start) AS q FROM uploads
            WHERE kind = 'projects' AND year(period_start) = {int(year)}
              AND upload_id IN ({facts.active_upload_ids(as_of)}) ORDER BY q""").fetchall()
    return tuple(int(r[0]) for r in rows)


@dataclass(frozen=True)
class RunRates:
    """The realised jobs of `year` through a quarter and the two forecasts made from them alone
    (also what the pipeline forecast and its backtest start from, measure/forecast.py)."""

    new_jobs: float                  # realised new direct jobs, Q1 through the quarter
    quarters_loaded: tuple[int, ...]  # quarters <= the quarter with an active projects upload
    run_rate: float | None           # new_jobs × 4 / quarters loaded; None when finished
    last_four: float | None          # see progress(); None when finished


def _loaded(con: duckdb.DuckDBPyConnection, years: tuple[int, ...],
            as_of: dt.datetime | None) -> set[Quarter]:
    """Quarters of `years` with an active projects upload (now or at `as_of`)."""
    rows = con.execute(
        f"""SELECT DISTINCT year(period_start), quarter(period_start) FROM uploads
            WHERE kind = 'projects' AND year(period_start) IN ({', '.join(map(str, years))})
              AND upload_id IN ({facts.active_upload_ids(as_of)})""").fetchall()
    return {Quarter(int(y), int(q)) for y, q in rows}


def _quarter_jobs(con: duckdb.DuckDBPyConnection, years: tuple[int, ...],
                  filters: Filters | None, as_of: dt.datetime | None) -> dict[Quarter, float]:
    """New jobs per quarter of `years` (one query)."""
    rows = con.execute(
        f"SELECT year(d), quarter(d), coalesce(sum(new_jobs), 0) "
        f"FROM {facts.projects(con, as_of)} WHERE year(d) IN ({', '.join(map(str, years))}) "
        f"AND {where(filters, period=False)} GROUP BY 1, 2").fetchall()
    return {Quarter(int(y), int(q)): float(j) for y, q, j in rows}


def run_rates(con: duckdb.DuckDBPyConnection, year: int, quarter: int | None,
              filters: Filters | None = None, *, as_of: dt.datetime | None = None) -> RunRates:
    """Realised jobs through `quarter` (None: the year) and the run-rate and last-four
    forecasts of the year end (rules: progress()); two queries."""
    years = (year - 1, year)
    return _rates(year, quarter, _loaded(con, years, as_of),
                  _quarter_jobs(con, years, filters, as_of))


def _rates(year: int, quarter: int | None, loaded_all: set[Quarter],
           jobs: dict[Quarter, float]) -> RunRates:
    """run_rates from the quarters loaded and the new jobs per quarter of the year and the
    year before."""
    loaded = tuple(sorted(w.q for w in loaded_all
                          if w.year == year and (quarter is None or w.q <= quarter)))
    new_jobs = sum(v for w, v in jobs.items() if w.year == year and
                   (quarter is None or w.q <= quarter))
    if not loaded or len(loaded) == 4:
        return RunRates(new_jobs, loaded, None, None)
    end = Quarter(year, max(loaded))
    window = [end.previous().previous().previous(), end.previous().previous(), end.previous(),
              end]
    present = [w for w in window if w in loaded_all]
    last_four = sum(jobs.get(w, 0.0) for w in present) * 4 / len(present)
    return RunRates(new_jobs, loaded, new_jobs * 4 / len(loaded), last_four)


def status_of(share: float | None, settings: dict[str, float]) -> str | None:
    """on_track from settings.on_track_share, at_risk from at_risk_share, else behind."""
    if share is None:
        return None
    if share >= settings["on_track_share"]:
        return "on_track"
    if share >= settings["at_risk_share"]:
        return "at_risk"
    return "behind"


def _ratio(part: float, whole: float | None) -> float | None:
    return part / whole if whole else None


def progress(con: duckdb.DuckDBPyConnection, year: int, quarter: int | str | None = None,
             filters: Filters | None = None, *, as_of: dt.datetime | None = None) -> Progress:
    """Realised new jobs in `year` up to `quarter` against the (pro-rated) target.

    Quarters loaded = quarters of the year up to `quarter` with an active projects upload;
    pro-rated target = annual target × quarters loaded / 4; status compares year to date with
    the pro-rated target using the on_track_share / at_risk_share settings.
    A quarter counts as loaded when it has a projects upload, also one reported empty (a file
    with only the header row). A quarter before the latest loaded one that is neither is
    *missing*: unknown, left out of the pro-rated target and of both forecasts alike.
    Forecasts of the year end: run rate = year to date × 4 / quarters loaded; last four =
    the loaded quarters among the four ending with the latest loaded quarter
    (reaches into the previous year) × 4 / their number. The run rate leads here; the
    measure package's `progress` (measure/headline_forecast.py) lets the method most accurate
    in the backtest of earlier years lead instead (`led_by`): status of a running year =
    status_of(leading forecast / target), with the run rate the same as year to date
    against the pro-rated target.
    A finished year (all four quarters loaded, no quarter or Q4 chosen) is not forecast:
    status is reached (new jobs >= target) or missed, `gap` = new jobs - target.
    The period of `filters` is replaced by year/quarter; other filters narrow the realised
    figures while target, pro-rated target, status and gap stay the regional ones: a view of
    part of the region compares with `measure.plans.view_target` instead (a country's own
    plan target, or none), as the Overview does; never show this status for such a view.
    """
    return _progress(con, year, quarter, filters, as_of)[0]


def _progress(con: duckdb.DuckDBPyConnection, year: int, quarter: int | str | None,
              filters: Filters | None, as_of: dt.datetime | None
              ) -> tuple[Progress, dict[str, float | int | None]]:
    q = quarter_number(quarter, year)
    base = filters or Filters()
    ytd = totals(con, base.period(year, q, year_to_date=True), as_of=as_of)
    rates = run_rates(con, year, q, base, as_of=as_of)
    loaded = rates.quarters_loaded
    settings = reference.settings(con)
    target = target_for(con, year)
    missing = tuple(x for x in range(1, max(loaded, default=0)) if x not in loaded)
    finished = len(loaded) == 4
    prorated = target * len(loaded) / 4 if target is not None and loaded else None
    new_jobs = float(ytd["new_jobs"] or 0)
    run_rate, last_four = rates.run_rate, rates.last_four
    share_prorated = _ratio(new_jobs, prorated)
    status = status_of(share_prorated, settings)
    if finished and target is not None:
        status = "reached" if new_jobs >= target else "missed"
    return Progress(
        year=year, quarter=q, quarters_loaded=loaded, quarters_missing=missing, target=target,
        prorated_target=prorated,
        new_jobs=new_jobs, new_jobs_invest=float(ytd["new_jobs_invest"] or 0),
        new_jobs_trade=float(ytd["new_jobs_trade"] or 0),
        retained_jobs=float(ytd["retained_jobs"] or 0),
        indirect_jobs=settings["indirect_jobs_per_direct"] * float(ytd["new_jobs_invest"] or 0),
        share_of_target=_ratio(new_jobs, target), share_of_prorated=share_prorated,
        status=status, forecast_run_rate=run_rate, forecast_last_four=last_four,
        finished=finished, gap=new_jobs - target if finished and target is not None else None
    ), ytd


def forecast_status(forecast: float | None, target: float | None, settings: dict[str, float],
                    otherwise: str | None) -> str | None:
    """A running year's status from a year-end forecast against the annual target
    (`otherwise` without a target or a forecast)."""
    return status_of(forecast / target, settings) if target and forecast is not None \
        else otherwise


def led_by(p: Progress, method: str, forecast: float | None, low: float | None,
           high: float | None, settings: dict[str, float]) -> Progress:
    """`p` with another method leading (measure/headline_forecast.py): its forecast, interval
    and the status of the running year from that forecast against the annual target."""
    status = p.status if p.finished else forecast_status(forecast, p.target, settings, p.status)
    return replace(p, forecast_method=method, forecast_low=low, forecast_high=high,
                   forecast_pipeline=forecast if method == "pipeline" else None, status=status)



def progress_by_year(con: duckdb.DuckDBPyConnection, filters: Filters | None = None, *,
                     as_of: dt.datetime | None = None,
                     last_year: int | None = None) -> pd.DataFrame:
    """Realised new jobs against the target for every year with a target or a project.

    Columns: year, target, new_jobs, new_jobs_invest, new_jobs_trade, retained_jobs,
    indirect_jobs, share_of_target, through (the last quarter counted: 4, or the chosen one).
    All years up to `last_year` (all when None: the quarterly report stops at its own year, so
    loading a later quarter does not change it); when `filters` has a year and a quarter, that
    year's row is Q1 up to and including that quarter, so a chart of the path shows what the
    headline shows.
    """
    chosen = filters or Filters()
    f = chosen.without_period()
    jobs_cols = ["new_jobs", "new_jobs_invest", "new_jobs_trade", "retained_jobs"]
    realised = impact_by(con, "year", f, as_of=as_of)[["year", *jobs_cols]]
    if chosen.year is not None and chosen.quarter is not None:
        ytd = impact_by(con, "year", chosen.period(chosen.year, chosen.quarter, True),
                        as_of=as_of)[["year", *jobs_cols]]
        realised = pd.concat([realised[realised["year"] != chosen.year], ytd])
    target_years = con.execute("SELECT year FROM targets WHERE indicator = ?",
                               [JOBS_INDICATOR]).fetchall()
    years = sorted(y for y in {int(y) for y in realised["year"]} | {int(r[0]) for r in target_years}
                   if last_year is None or y <= last_year)
    out = targets(con, years=years)[["year", "target"]].merge(realised, on="year", how="left")
    out[jobs_cols] = out[jobs_cols].fillna(0.0).astype(float)
    out["through"] = [chosen.quarter if y == chosen.year and chosen.quarter else 4
                      for y in out["year"]]
    rate = reference.settings(con)["indirect_jobs_per_direct"]
    out["indirect_jobs"] = rate * out["new_jobs_invest"]
    out["share_of_target"] = out["new_jobs"] / out["target"].where(out["target"] > 0)
    return out


def progress_summary(con: duckdb.DuckDBPyConnection, year: int,
                     quarter: int | str | None = None, filters: Filters | None = None, *,
                     as_of: dt.datetime | None = None) -> dict[str, object]:
    """The headline figures as plain JSON-serialisable values (CLI `progress --json`).

    Keys: year, quarter, through ("2023Q3" or None), as_of, target, quarters_loaded,
    quarters_missing, finished, gap, prorated_target, new_jobs, new_jobs_invest,
    new_jobs_trade, share_of_target,
    share_of_prorated, status, status_label_nl, forecast (the leading method's: here the run
    rate; measure/headline_forecast.py's progress_summary lets the most accurate one lead),
    forecast_method, forecast_low, forecast_high (its 80 % interval, if any),
    forecast_run_rate, forecast_last_four, retained_jobs, indirect_jobs,
    indirect_jobs_per_direct, output {contacts, bidbooks, ffts, bidbooks_ffts, missions,
    mission_companies, leads, won_leads, leads_per_mission}, impact {projects (=
    investment_projects), investment_projects, new_establishments, expansions, retentions,
    acquisitions, trade_wins (company-years), trade_contracts, investment_eur,
    contract_value_eur}. Output and impact are year to date, like new_jobs.
    Beside the headline (issue 17; never part of it): solid_count.PROGRESS_KEYS (realised_jobs,
    realisation_rate, net_jobs, confirmed_jobs, confirmed_share, contribution_weighted_jobs,
    evidence_complete_jobs, evidence_complete_share) for the whole landing year with the
    same filters, as now (None with `as_of`: follow-up, confirmations and the checklist keep
    no history).
    """
    p, ytd = _progress(con, year, quarter, filters, as_of)
    fields = asdict(p)
    head = ("year", "quarter")
    jobs = ("target", "quarters_loaded", "prorated_target", "new_jobs", "new_jobs_invest",
            "new_jobs_trade", "share_of_target", "share_of_prorated", "status")
    return {
        **{k: fields[k] for k in head},
        "through": str(Quarter(year, p.quarter)) if p.quarter else None,
        "as_of": as_of.isoformat() if as_of else None,
        **{k: fields[k] for k in jobs},
        "quarters_loaded": list(p.quarters_loaded),
        "quarters_missing": list(p.quarters_missing),
        "finished": p.finished,
        "gap": p.gap,
        "status_label_nl": t(f"status_{p.status}", "nl") if p.status else None,
        "forecast": p.forecast,
        "forecast_method": p.forecast_method,
        "forecast_low": p.forecast_low,
        "forecast_high": p.forecast_high,
        "forecast_run_rate": p.forecast_run_rate,
        "forecast_last_four": p.forecast_last_four,
        "retained_jobs": p.retained_jobs,
        "indirect_jobs": p.indirect_jobs,
        "indirect_jobs_per_direct": reference.settings(con)["indirect_jobs_per_direct"],
        "output": {k: ytd[k] for k in ("contacts", "bidbooks", "ffts", "bidbooks_ffts",
                                       "missions", "mission_companies", "leads", "won_leads",
                                       "leads_per_mission")},
        "impact": {k: ytd[k] for k in ("projects", "investment_projects",
                                       "new_establishments", "expansions", "retentions",
                                       "acquisitions", "trade_wins", "trade_contracts",
                                       "investment_eur", "contract_value_eur")},
        **(solid_count.progress_keys(con, year, filters) if as_of is None
           else dict.fromkeys(solid_count.PROGRESS_KEYS)),
    }


def replay_run_rates(con: duckdb.DuckDBPyConnection,
                     moments: dict[tuple[int, int], dt.datetime]) -> dict[tuple[int, int],
                                                                          RunRates]:
    """run_rates(year, quarter, as_of=moment) for every ((year, quarter), moment) at once, on
    all projects (no filters): two queries for all of them (the backtest's replay)."""
    if not moments:
        return {}
    head = f"WITH {facts.moments_cte(moments)}"
    loaded: dict[int, set[Quarter]] = {i: set() for i in range(len(moments))}
    for i, y, q in con.execute(
            f"""{head} SELECT DISTINCT a.mi, year(u.period_start), quarter(u.period_start)
                FROM a JOIN m USING (mi) JOIN uploads u USING (upload_id)
                WHERE u.kind = 'projects' AND year(u.period_start) IN (m.y - 1, m.y)
            """).fetchall():
        loaded[int(i)].add(Quarter(int(y), int(q)))
    jobs: dict[int, dict[Quarter, float]] = {i: {} for i in range(len(moments))}
    for i, y, q, j in con.execute(
            f"""{head} SELECT p.mi, year(p.date_realised), quarter(p.date_realised),
                       coalesce(sum(p.new_jobs), 0)
                FROM {facts.latest_at_moments('projects', 'lower(reference)')} p
                JOIN m USING (mi) WHERE year(p.date_realised) IN (m.y - 1, m.y)
                GROUP BY 1, 2, 3""").fetchall():
        jobs[int(i)][Quarter(int(y), int(q))] = float(j)
    return {(y, q): _rates(y, q, loaded[i], jobs[i]) for i, (y, q) in enumerate(moments)}
