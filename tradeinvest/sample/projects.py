"""The sample's projects year by year: investment projects on the jobs path and trade
contracts, each with where it came from (a mission lead, a bidbook or FFT, an NFIA lead, an
account-management visit), and the contacts that led to it."""

from __future__ import annotations

import datetime as dt
import random

from tradeinvest import vocab
from tradeinvest.sample.calendar_data import DATA_START, FIRST_YEAR
from tradeinvest.sample.entities import Bidbook, Lead, Project, pick, random_day
from tradeinvest.sample.weights import (
    COVID_YEARS,
    INVEST_COUNTRIES,
    JOBS_PATH,
    MUNICIPALITIES,
    PARTNERS,
    TRADE_COUNTRIES,
)
from tradeinvest.sample.world import World


def invest_projects(world: World, year: int) -> None:
    """The year's projects: the jobs path's total (with noise) spread over new, expansion,
    acquisition and retention projects, plus the year's trade contracts."""
    rng = world.rng("projects", year)
    total = JOBS_PATH.get(year, 930) + rng.randint(-15, 15)
    n_trade = max(8, round(12 + (year - FIRST_YEAR) * 2.5 + rng.randint(-3, 3)
                           - (6 if year == 2020 else 0)))
    trade_jobs = [rng.choice((0, 1, 1, 2, 2, 3, 4, 5)) for _ in range(n_trade)]
    kinds = (["new"] * rng.randint(10, 14) + ["expansion"] * rng.randint(4, 7)
             + ["acquisition"] * rng.randint(1, 2) + ["retention"] * rng.randint(2, 4))
    acq_jobs = {i: (0 if rng.random() < 0.7 else rng.randint(5, 15))
                for i, k in enumerate(kinds) if k == "acquisition"}
    growing = [i for i, k in enumerate(kinds) if k in ("new", "expansion")]
    raw = {i: _raw_jobs(rng) for i in growing}
    if rng.random() < 0.55:  # the one large project that doubles its quarter
        raw[rng.choice(growing)] = rng.uniform(120, 260)
    target = total - sum(trade_jobs) - sum(acq_jobs.values())
    factor = target / sum(raw.values())
    jobs = {i: max(2, round(r * factor)) for i, r in raw.items()}
    largest = max(jobs, key=lambda i: jobs[i])
    jobs[largest] += target - sum(jobs.values())
    jobs.update(acq_jobs)
    for i, kind in enumerate(kinds):
        _invest_project(world, rng, year, kind, float(jobs.get(i, 0)))
    for est in trade_jobs:
        _trade_project(world, rng, year, float(est))


def _raw_jobs(rng: random.Random) -> float:
    size = rng.random()
    if size < 0.45:
        return rng.uniform(4, 15)
    if size < 0.82:
        return rng.uniform(15, 45)
    return rng.uniform(45, 110)


def _invest_project(world: World, rng: random.Random, year: int, kind: str, jobs: float) -> None:
    day = random_day(rng, dt.date(year, 1, 1), dt.date(year, 12, 31))
    earlier = [c for y, c in world.landed if y < year]
    if kind in ("expansion", "retention") and earlier and rng.random() < 0.55:
        company = rng.choice(earlier)
    else:
        weights = dict(INVEST_COUNTRIES)
        if year <= 2020:
            weights["GB"] *= 2
        if year in COVID_YEARS or year == 2022:
            weights["CN"] /= 2
        company = world.foreign_company(rng, pick(rng, weights))
    if kind in ("new", "acquisition"):
        world.landed.append((year, company))
    project = Project(day, company, world.spell(rng, company), kind, jobs)
    partner = pick(rng, PARTNERS)
    project.partner = partner
    project.municipality = ("Utrecht" if partner == "UCIB" else
                            rng.choice(("Amersfoort", "Amersfoort", "Leusden", "Soest"))
                            if partner == "ABT" else pick(rng, MUNICIPALITIES))
    if kind == "retention":
        project.retained_jobs = float(rng.choice((20, 35, 50, 80, 120, 180, 250)))
        if rng.random() < 0.5:
            project.investment = round(project.retained_jobs * rng.uniform(5e3, 15e3), -5)
    elif kind == "acquisition":
        project.investment = round(rng.uniform(5e5, 6e6), -5)
    elif rng.random() < 0.8:
        per_job = rng.uniform(5e3, 25e3) * (1.8 if company.sector == "lsh" else 1)
        project.investment = max(50_000.0, round(jobs * per_job, -4))
    ema_p = {"lsh": 0.8}.get(company.sector, 0.3) if year <= 2020 else 0.1
    if company.country == "GB" and rng.random() < ema_p:
        project.ema = True
    elif company.country in ("US", "JP", "CA", "IN") and rng.random() < 0.12:
        project.intermediate = f"{company.variants[0]} Europe Ltd"
        project.ema = year <= 2019 and company.sector == "lsh"
    project.theme = vocab.SECTOR_THEME[company.sector] if rng.random() < 0.4 else None
    if rng.random() < 0.85:
        project.evidence = rng.choice((
            f"Persbericht {day:%d-%m-%Y}", "Bezoekverslag", "Bevestiging bedrijf (e-mail)",
            "Opening vestiging", "Persbericht NFIA"))
    source = pick(rng, {
        "new": {"mission": 22, "bidbook_fft": 33, "nfia_lead": 22, "direct": 13, "other": 5},
        "acquisition": {"direct": 4, "nfia_lead": 3, "other": 3},
        "expansion": {"ir_visit": 60, "bidbook_fft": 25, "mission": 10, "direct": 5},
        "retention": {"ir_visit": 85, "other": 15},
    }[kind])
    _attach_source(world, rng, project, source)
    world.projects.append(project)


def _attach_source(world: World, rng: random.Random, project: Project, source: str) -> None:
    company, day = project.company, project.date
    if source == "mission":
        mission = world.find_mission(rng, day, ("invest", "both"), company.country,
                                     company.sector, company)
        if mission is None:
            source = "nfia_lead"
        else:
            expected = round(max(project.new_jobs, 5) * rng.uniform(0.6, 1.4))
            mission.leads.append(Lead(mission, company, world.spell(rng, company), "invest",
                                      float(expected), None, project.ema, project=project))
            project.source = mission
            world.add_contact(rng, random_day(rng, mission.start, mission.end), company, "invest",
                              "acquisition", "mission" if mission.kind in
                              ("outgoing", "incoming") else "fair")
    if source == "bidbook_fft":
        issued = day - dt.timedelta(days=rng.randint(90, 450))
        if issued < DATA_START:
            source = "nfia_lead"
        else:
            kind = "fft" if rng.random() < 0.4 else "bidbook"
            bidbook = Bidbook(issued, company, world.spell(rng, company), kind,
                              "invest", project=project)
            world.bidbooks.append(bidbook)
            project.source = bidbook
            project.nfia = rng.random() < (0.5 if kind == "fft" else 0.25)
            first = issued - dt.timedelta(days=rng.randint(20, 180))
            if first >= DATA_START:
                world.add_contact(rng, first, company, "invest", "acquisition",
                                  pick(rng, {"nfia_lead": 35, "fair": 25, "online": 20,
                                            "other": 20}))
    lead_time = {"nfia_lead": (60, 400), "direct": (30, 240), "ir_visit": (30, 300),
                 "other": (30, 200)}
    if source in lead_time:
        low, high = lead_time[source]
        first = day - dt.timedelta(days=rng.randint(low, high))
        if source == "nfia_lead" or rng.random() < 0.1:
            project.nfia = True
        if first >= DATA_START:
            kind = "ir_visit" if source == "ir_visit" else "acquisition"
            channel = {"nfia_lead": "nfia_lead", "direct": "online"}.get(source, "other")
            world.add_contact(rng, first, company, "invest", kind, channel)
    project.lead_source = source


def _trade_project(world: World, rng: random.Random, year: int, jobs: float) -> None:
    day = random_day(rng, dt.date(year, 1, 1), dt.date(year, 12, 31))
    company = world.trade_company(rng)
    market = pick(rng, TRADE_COUNTRIES)
    mission = None
    if rng.random() < 0.55:
        window = [m for m in world.missions
                  if day - dt.timedelta(days=500) <= m.start <= day - dt.timedelta(days=30)
                  and m.pillar in ("trade", "both") and not m.online
                  and all(lead.company is not company for lead in m.leads)]
        if window:
            mission = rng.choice(window)
            market = mission.country
    value = round(rng.choice((rng.uniform(2e4, 2e5), rng.uniform(1e5, 8e5),
                              rng.uniform(5e5, 2.5e6))), -3)
    project = Project(day, company, world.spell(rng, company), "trade_contract", jobs,
                      contract_value=value, partner=pick(rng, PARTNERS), market=market)
    project.municipality = pick(rng, MUNICIPALITIES) if rng.random() < 0.7 else None
    project.theme = vocab.SECTOR_THEME[company.sector] if rng.random() < 0.3 else None
    project.evidence = "Bevestiging bedrijf" if rng.random() < 0.8 else None
    if mission is not None:
        mission.leads.append(Lead(mission, company, world.spell(rng, company),
                                  "trade", None, round(value * rng.uniform(0.5, 1.5), -3),
                                  False, project=project, market=market))
        project.source, project.lead_source = mission, "mission"
        world.add_contact(rng, random_day(rng, mission.start, mission.end), company, "trade",
                          "trade_client", "mission" if mission.kind == "outgoing" else "fair",
                          market)
    else:
        project.lead_source = rng.choice(("direct", "other", "other"))
        first = day - dt.timedelta(days=rng.randint(30, 300))
        if first >= DATA_START:
            world.add_contact(rng, first, company, "trade", "trade_client",
                              rng.choice(("other", "online", "fair")), market)
    world.projects.append(project)
