"""The sample pipeline 2018-2025: each quarter's snapshot of the opportunities the team worked
on or closed (kind "pipeline"), consistent with the sample's projects.

Every investment project with new jobs (new establishments, expansions, acquisitions) was an
opportunity first: seen two to seven quarters before it landed (an investment decision takes
half a year to two), moving prospect -> active -> verify, won in the quarter the project landed
and naming that project's reference. About as many opportunities are lost, after one to five
quarters, with a reason and often the country they went to; a few open ones at the end expect
to land the year after. The team's expected land date is mostly right (within a month), one in
five times a quarter or more too early (the project came late), and vague ("najaar 2024") until
the verify stage. The likelihood the team gives says something: higher for those later won.

Drawn from string-seeded streams per year (`World.rng("pipeline", year)`) after the rest of
the world is built and numbered, so the sample's other figures do not change.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field

import pandas as pd

from tradeinvest.ingest import schema
from tradeinvest.periods import Quarter
from tradeinvest.sample.calendar_data import FIRST_YEAR
from tradeinvest.sample.entities import Company, Project, pick, random_day
from tradeinvest.sample.world import World

FIRST = Quarter(FIRST_YEAR, 1)
# project.lead_source -> pipeline source
_SOURCE = {"mission": "mission", "bidbook_fft": "bidbook", "nfia_lead": "nfia",
           "ir_visit": "own_network", "direct": "own_network", "other": "partner"}
_LOST_REASONS = {"other_location": 40, "costs": 18, "talent": 12, "real_estate": 10,
                 "cancelled": 12, "regulation": 4, "other": 4}
_LOST_TO = {"DE": 25, "BE": 15, "IE": 14, "GB": 10, "FR": 9, "DK": 6, "ES": 6, "PL": 5, "SE": 5,
            "CZ": 5}
_MONTHS_NL = ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
              "september", "oktober", "november", "december")
# the likelihood the team gives per open stage, by how the opportunity ends (None: still open)
_LIKELIHOOD = {
    "won": {"prospect": {"low": 2, "medium": 3, "high": 1},
            "active": {"low": 1, "medium": 3, "high": 4}, "verify": {"medium": 1, "high": 6}},
    "lost": {"prospect": {"low": 4, "medium": 2}, "active": {"low": 3, "medium": 3, "high": 1},
             "verify": {"medium": 2, "high": 2}},
    None: {"prospect": {"low": 3, "medium": 2}, "active": {"low": 1, "medium": 3, "high": 2},
           "verify": {"medium": 1, "high": 5}}}


@dataclass(eq=False)
class Opportunity:
    company: Company
    spelled: str
    pillar: str
    sector: str
    expected_jobs: float
    land: dt.date                        # when the team expects it to land
    source: str
    stages: list[tuple[Quarter, str]] = field(default_factory=list)  # per quarter reported
    likelihood: dict[str, str] = field(default_factory=dict)         # per open stage
    mission_ref: str | None = None
    lost_reason: str | None = None
    lost_to: str | None = None
    project: Project | None = None
    ref: str = ""


def _shift(quarter: Quarter, by: int) -> Quarter:
    index = quarter.year * 4 + quarter.q - 1 + by
    return Quarter(index // 4, index % 4 + 1)


def _open_stages(rng: random.Random, quarters: int) -> list[str]:
    """The stage reported in each of `quarters` open quarters, in order: a prospect first
    when there is time for it, verify last more often than not."""
    stages = ["active"] * quarters
    if quarters >= 2 or rng.random() < 0.3:
        stages[0] = "prospect"
    if quarters >= 2 and rng.random() < 0.65:
        stages[-1] = "verify"
    if quarters >= 4 and rng.random() < 0.5:
        stages[1] = "prospect"
    return stages


def _history(opp: Opportunity, rng: random.Random, first: Quarter, stages: list[str],
             closed: str | None) -> None:
    """Report the open stages quarter by quarter from `first` (earliest 2018Q1), then close."""
    for i, stage in enumerate(stages):
        quarter = _shift(first, i)
        if quarter >= FIRST:
            opp.stages.append((quarter, stage))
        opp.likelihood.setdefault(stage, pick(rng, _LIKELIHOOD[closed][stage]))
    if closed:
        opp.stages.append((_shift(first, len(stages)), closed))


def _won(world: World, rng: random.Random, project: Project) -> Opportunity:
    landed = Quarter.of(project.date)
    open_quarters = rng.choice((2, 3, 3, 4, 4, 5, 5, 6, 7))
    # days the team expected it earlier: mostly right, one in five a quarter or more late
    early = rng.randint(90, 270) if rng.random() < 0.2 else rng.randint(0, 30)
    land = project.date - dt.timedelta(days=early)
    opp = Opportunity(project.company, project.spelled, project.pillar, project.company.sector,
                      float(round(project.new_jobs * rng.uniform(0.7, 1.3))), land,
                      _SOURCE.get(project.lead_source or "other", "partner"), project=project)
    if opp.source == "mission" and project.source is not None:
        opp.mission_ref = project.source.ref
    _history(opp, rng, _shift(landed, -open_quarters), _open_stages(rng, open_quarters), "won")
    return opp


def _mission_before(world: World, rng: random.Random, day: dt.date) -> str | None:
    recent = [m.ref for m in world.missions if m.pillar in ("invest", "both")
              and dt.timedelta(0) <= day - m.start <= dt.timedelta(days=180)]
    return rng.choice(recent) if recent else None


def _lost(world: World, rng: random.Random, year: int) -> Opportunity:
    company = world.foreign_company(rng)
    first_day = random_day(rng, dt.date(year, 1, 1), dt.date(year, 12, 31))
    open_quarters = rng.choice((1, 2, 2, 3, 3, 4, 5))
    land = first_day + dt.timedelta(days=rng.randint(180, 540))
    source = pick(rng, {"mission": 3, "bidbook": 2, "nfia": 3, "own_network": 2, "partner": 1})
    opp = Opportunity(company, world.spell(rng, company), "invest", company.sector,
                      float(rng.choice((5, 8, 10, 12, 15, 20, 25, 30, 40, 60, 80))), land, source)
    if source == "mission":
        opp.mission_ref = _mission_before(world, rng, first_day)
        opp.source = "mission" if opp.mission_ref else "own_network"
    opp.lost_reason = pick(rng, _LOST_REASONS)
    if opp.lost_reason != "cancelled" and rng.random() < 0.8:
        opp.lost_to = pick(rng, {c: w for c, w in _LOST_TO.items() if c != company.country})
    _history(opp, rng, Quarter.of(first_day), _open_stages(rng, open_quarters), "lost")
    return opp


def _still_open(world: World, rng: random.Random, last_year: int) -> list[Opportunity]:
    """Opportunities first seen in the last year that expect to land the year after."""
    out = []
    for _ in range(rng.randint(8, 12)):
        company = world.foreign_company(rng)
        first = Quarter(last_year, rng.randint(1, 4))
        land = random_day(rng, dt.date(last_year + 1, 1, 1), dt.date(last_year + 1, 12, 31))
        opp = Opportunity(company, world.spell(rng, company), "invest", company.sector,
                          float(rng.choice((10, 15, 20, 30, 45, 60))), land,
                          pick(rng, {"nfia": 3, "own_network": 2, "bidbook": 2, "partner": 1}))
        quarters = 4 - first.q + 1
        _history(opp, rng, first, _open_stages(rng, quarters + 1)[:quarters], None)
        out.append(opp)
    return out


def build_pipeline(world: World) -> list[Opportunity]:
    """Every opportunity of the sample, numbered K-<year first seen>-<nnn>."""
    opportunities: list[Opportunity] = []
    for year in world.years:
        rng = world.rng("pipeline", year)
        won = [_won(world, rng, p) for p in world.projects if p.date.year == year
               and p.pillar == "invest" and p.new_jobs > 0]
        lost = [_lost(world, rng, year) for _ in range(round(len(won) * rng.uniform(0.8, 1.2)))]
        opportunities += won + lost
    opportunities += _still_open(world, world.rng("pipeline_open", world.years[-1]),
                                 world.years[-1])
    opportunities = [o for o in opportunities if o.stages]
    opportunities.sort(key=lambda o: (o.stages[0][0], o.company.name))
    counters: dict[int, int] = {}
    for opp in opportunities:
        year = opp.stages[0][0].year
        counters[year] = counters.get(year, 0) + 1
        opp.ref = f"K-{year}-{counters[year]:03d}"
    return opportunities


def _land_text(opp: Opportunity, stage: str) -> dt.date | str:
    """Exact once a win is being verified; before that the month or, early on, the season."""
    if stage in ("verify", "won") or opp.land.day % 3 == 0:
        return opp.land if stage != "won" or opp.project is None else opp.project.date
    if stage == "prospect":
        season = ("winter", "voorjaar", "voorjaar", "voorjaar", "zomer", "zomer", "zomer",
                  "najaar", "najaar", "najaar", "winter", "winter")[opp.land.month - 1]
        year = opp.land.year - (opp.land.month <= 2)  # winter starts in December
        return f"{season} {year}"
    return f"{_MONTHS_NL[opp.land.month - 1]} {opp.land.year}"


def _row(opp: Opportunity, stage: str) -> dict[str, object]:
    return {
        "reference": opp.ref, "company": opp.spelled, "country": opp.company.country,
        "sector": opp.sector, "theme": None, "pillar": opp.pillar, "stage": stage,
        "likelihood": opp.likelihood.get(stage), "expected_jobs": opp.expected_jobs,
        "expected_land_date": _land_text(opp, stage), "source": opp.source,
        "mission_reference": opp.mission_ref,
        "lost_reason": opp.lost_reason if stage == "lost" else None,
        "lost_to_country": opp.lost_to if stage == "lost" else None,
        "project_reference": opp.project.ref if stage == "won" and opp.project else None}


def pipeline_frames(world: World, quarters: list[Quarter]
                    ) -> dict[str, dict[str, pd.DataFrame]]:
    """Per quarter (text) the pipeline upload's frame: the opportunities reported then."""
    wanted = set(quarters)
    rows: dict[Quarter, list[dict[str, object]]] = {}
    for opp in build_pipeline(world):
        for quarter, stage in opp.stages:
            if quarter in wanted:
                rows.setdefault(quarter, []).append(_row(opp, stage))
    columns = [c.name for c in schema.KINDS["pipeline"][0].columns]
    return {str(q): {"pipeline": pd.DataFrame.from_records(rows[q], columns=columns)}
            for q in quarters if q in rows}
