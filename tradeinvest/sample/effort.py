"""The rest of the sample's effort: mission leads, bidbooks and contacts that did not (yet)
land as a project, up to each year's volume."""

from __future__ import annotations

import datetime as dt

from tradeinvest.sample.calendar_data import DATA_START
from tradeinvest.sample.entities import Bidbook, Lead, pick, random_day
from tradeinvest.sample.weights import (
    BIDBOOKS_PER_YEAR,
    CONTACTS_PER_YEAR,
    COVID_YEARS,
    TRADE_COUNTRIES,
)
from tradeinvest.sample.world import World


def fill_leads(world: World) -> None:
    """Each mission's further leads (most never land), with the contact each one made."""
    for mission in world.missions:
        rng = world.rng(f"leads/{mission.name}/{mission.start}", mission.start.year)
        want = rng.randint(2, 5) if mission.online else rng.randint(4, 12)
        taken = {lead.company.name for lead in mission.leads}
        for _ in range(100):
            if len(mission.leads) >= want:
                break
            trade = mission.pillar == "trade" or (mission.pillar == "both"
                                                  and rng.random() < 0.5)
            if trade:
                company = world.trade_company(rng)
            else:
                country = (mission.country if mission.kind != "fair" or rng.random() < 0.4
                           else None)
                country = None if country in ("NL", "AT", "CH", "ES", "IT", "PT") \
                    else country
                company = world.foreign_company(rng, country, mission.sector
                                                if rng.random() < 0.7 else None)
            if company.name in taken:
                continue
            taken.add(company.name)
            ema = (mission.sector == "lsh" and company.country == "GB"
                   and mission.start.year <= 2020)
            lead = Lead(mission, company, world.spell(rng, company),
                        "trade" if trade else "invest",
                        None if trade else float(rng.choice((5, 10, 15, 20, 30, 50))),
                        round(rng.uniform(2e4, 1e6), -3) if trade else None, ema,
                        lost_after=rng.randint(90, 600) if rng.random() < 0.65 else None,
                        market=mission.country if trade else None)
            mission.leads.append(lead)
            channel = "mission" if mission.kind in ("outgoing", "incoming") else "fair"
            world.add_contact(rng, random_day(rng, mission.start, mission.end), company,
                              lead.pillar, "trade_client" if trade else "acquisition",
                              channel, mission.country if trade else None)
        mission.companies = max(mission.companies,
                                sum(lead.pillar == "trade" for lead in mission.leads))


def fill_bidbooks(world: World, year: int) -> None:
    """Bidbooks and FFTs up to the year's volume, with an earlier first contact for most."""
    rng = world.rng("bidbooks", year)
    want = BIDBOOKS_PER_YEAR.get(year, 45) + rng.randint(-3, 3)
    have = sum(b.date.year == year for b in world.bidbooks)
    for _ in range(max(0, want - have)):
        day = random_day(rng, dt.date(year, 1, 1), dt.date(year, 12, 31))
        market = None
        if rng.random() < 0.06:
            company = world.trade_company(rng)
            market = pick(rng, TRADE_COUNTRIES)
            pillar: str | None = "trade"
        else:
            landed = {id(c) for _, c in world.landed}
            known = [c for c in world.companies if id(c) not in landed]
            company = (rng.choice(known) if known and rng.random() < 0.3
                       else world.foreign_company(rng))
            pillar = "invest"
        kind = "fft" if rng.random() < 0.4 else "bidbook"
        world.bidbooks.append(Bidbook(day, company, world.spell(rng, company), kind, pillar,
                                      lost_after=rng.randint(60, 400)
                                      if rng.random() < 0.7 else None, market=market))
        first = day - dt.timedelta(days=rng.randint(14, 120))
        if first >= DATA_START and rng.random() < 0.7:
            channels = ("fair", "online", "other") if market else \
                ("nfia_lead", "fair", "online", "other")
            world.add_contact(rng, first, company, pillar or "invest",
                              "trade_client" if market else "acquisition",
                              rng.choice(channels), market)


def fill_contacts(world: World, year: int) -> None:
    """Contacts up to the year's volume (fewer fairs and missions in the covid years)."""
    rng = world.rng("contacts", year)
    want = CONTACTS_PER_YEAR.get(year, 340) + rng.randint(-10, 10)
    have = sum(c.date.year == year for c in world.contacts)
    covid = year in COVID_YEARS
    channels = ({"fair": 8, "mission": 4, "fft": 2, "nfia_lead": 20, "online": 45,
                 "other": 21} if covid else
                {"fair": 22, "mission": 12, "fft": 8, "nfia_lead": 15, "online": 20,
                 "other": 23})
    missions = [m for m in world.missions if m.start.year == year]
    for _ in range(max(0, want - have)):
        channel = pick(rng, channels)
        mission = None
        if channel in ("fair", "mission"):
            kinds = ("outgoing", "incoming") if channel == "mission" else ("fair", "event")
            options = [m for m in missions if m.kind in kinds]
            mission = rng.choice(options) if options else None
            channel = channel if mission else "online"
        day = (random_day(rng, mission.start, mission.end) if mission
               else random_day(rng, dt.date(year, 1, 1), dt.date(year, 12, 31)))
        trade = rng.random() < (0.45 if mission and mission.pillar != "invest" else 0.28)
        if trade:
            market = mission.country if mission else pick(rng, TRADE_COUNTRIES)
            world.add_contact(rng, day, world.trade_company(rng), "trade", "trade_client",
                              channel, market)
            continue
        if rng.random() < 0.28 and world.landed:
            company = rng.choice(world.landed)[1]
            world.add_contact(rng, day, company, "invest", "ir_visit",
                              "other" if rng.random() < 0.8 else channel)
            continue
        country = mission.country if mission and rng.random() < 0.6 else None
        country = None if country in ("NL", "AT", "CH", "ES", "IT", "PT") else country
        known = [c for c in world.companies if c.country == country] if country else \
            world.companies
        company = (rng.choice(known) if known and rng.random() < 0.3
                   else world.foreign_company(rng, country))
        world.add_contact(rng, day, company, "invest", "acquisition", channel)
