"""The sample world: every generated entity on one timeline, its companies and people, and its
missions from the calendar. Projects (`projects`) and the rest of the effort (`effort`) are
added to it in that order; `number` gives the references last."""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Sequence

from tradeinvest.sample.calendar_data import CALENDAR, FIRST_YEAR, LAST_CALENDAR_YEAR
from tradeinvest.sample.entities import (
    Bidbook,
    Company,
    Contact,
    Mission,
    Project,
    ascii_only,
    pick,
)
from tradeinvest.sample.weights import (
    DEFAULT_SECTORS,
    FOCUS,
    INVEST_COUNTRIES,
    LEGAL,
    NL_STEMS,
    NL_WORDS,
    PARTNERS,
    PHONE_CODES,
    PLACES,
    SECTOR_WORDS,
    SECTORS_BY_COUNTRY,
    STEMS,
    SURNAMES,
    TRADE_SECTORS,
)


class World:
    """All generated entities on one timeline; the cut to `last_quarter` happens on output."""

    def __init__(self, seed: int, last_year: int):
        self.seed = seed
        self.years = range(FIRST_YEAR, last_year + 1)
        self.names: set[str] = set()
        self.companies: list[Company] = []
        self.regional: list[Company] = []
        self.landed: list[tuple[int, Company]] = []  # (year, company) of new/acquisition
        self.missions: list[Mission] = []
        self.bidbooks: list[Bidbook] = []
        self.projects: list[Project] = []
        self.contacts: list[Contact] = []

    def rng(self, purpose: str, year: int) -> random.Random:
        return random.Random(f"{self.seed}/{purpose}/{year}")

    # --- companies -----------------------------------------------------------------------
    def foreign_company(self, rng: random.Random, country: str | None = None,
                        sector: str | None = None) -> Company:
        country = country or pick(rng, INVEST_COUNTRIES)
        sector = sector or pick(rng, SECTORS_BY_COUNTRY.get(country, DEFAULT_SECTORS))
        words = SECTOR_WORDS.get(sector, ("Group",))
        legal = rng.choice(LEGAL.get(country, ("Ltd.",)))
        for _ in range(50):
            base = f"{rng.choice(STEMS)} {rng.choice(words)}"
            place = rng.choice(PLACES[country]) if country in PLACES and rng.random() < 0.4 \
                else None
            full = f"{place + ' ' if place else ''}{base} {legal}"
            if base.casefold() not in self.names:
                break
        self.names.add(base.casefold())
        variants = [base, f"{base} B.V.", full.replace(",", "").replace(".", ""),
                    f"{base} Netherlands B.V."]
        if place:
            variants.append(f"{base} {legal}")
        company = Company(full, country, sector, tuple(variants))
        self.companies.append(company)
        return company

    def regional_company(self, rng: random.Random, sector: str | None = None) -> Company:
        sector = sector or pick(rng, TRADE_SECTORS)
        for _ in range(50):
            base = f"{rng.choice(NL_STEMS)} {rng.choice(NL_WORDS[sector])}"
            if base.casefold() not in self.names:
                break
        self.names.add(base.casefold())
        company = Company(f"{base} B.V.", "NL", sector, (base, f"{base} BV", f"{base} bv"),
                          regional=True)
        self.regional.append(company)
        return company

    def spell(self, rng: random.Random, company: Company) -> str:
        """Mostly the usual name; sometimes the way another colleague writes it."""
        return company.name if rng.random() < 0.75 else rng.choice(company.variants)

    def trade_company(self, rng: random.Random) -> Company:
        if self.regional and rng.random() < 0.45:
            return rng.choice(self.regional)
        return self.regional_company(rng)

    def person(self, rng: random.Random, country: str
               ) -> tuple[str | None, str | None, str | None]:
        if rng.random() >= 0.45:
            return (None, None, None)
        surname = rng.choice(SURNAMES.get(country, SURNAMES["NL"]))
        initial = rng.choice("ABCDEFGHJKLMNPRSTW")
        email = (f"{initial}.{ascii_only(surname).replace(' ', '')}@example.com".lower()
                 if rng.random() < 0.8 else None)
        phone = (f"+{PHONE_CODES.get(country, 31)} {rng.randint(10, 99)} "
                 f"{rng.randint(100, 999)} {rng.randint(1000, 9999)}"
                 if rng.random() < 0.5 else None)
        return (f"{initial}. {surname}", email, phone)

    def add_contact(self, rng: random.Random, date: dt.date, company: Company, pillar: str,
                    kind: str, channel: str, country: str | None = None) -> None:
        """A contact; trade clients are regional companies, `country` is then the market."""
        market = country or company.country
        group = "CN" if market == "HK" else market
        team = group if market in FOCUS else None
        person_country = "NL" if company.regional else company.country
        self.contacts.append(Contact(date, company, self.spell(rng, company), pillar, kind,
                                     channel, market, team, pick(rng, PARTNERS),
                                     self.person(rng, person_country)))

    # --- missions ------------------------------------------------------------------------
    def build_calendar(self) -> None:
        for year in self.years:
            rng = self.rng("missions", year)
            events = [e for e in CALENDAR if e[0] == year] or [
                (year, *e[1:]) for e in CALENDAR if e[0] == LAST_CALENDAR_YEAR]
            for _y, month, day, days, name, kind, pillar, country, city, sector, led, partner \
                    in events:
                start = dt.date(year, month, day)
                name = name.replace(str(LAST_CALENDAR_YEAR), str(year))
                mission = Mission(start, start + dt.timedelta(days=days - 1), name, kind, pillar,
                                  country, city, sector, led, partner)
                mission.companies = rng.randint(5, 8) if mission.online else rng.randint(6, 15)
                self.missions.append(mission)
        self.missions.sort(key=lambda m: m.start)

    def find_mission(self, rng: random.Random, day: dt.date, pillars: Sequence[str],
                     country: str, sector: str, company: Company) -> Mission | None:
        """A mission 2-24 months before `day` where this company plausibly became a lead."""
        window = [m for m in self.missions
                  if day - dt.timedelta(days=720) <= m.start <= day - dt.timedelta(days=60)
                  and m.pillar in pillars and all(lead.company is not company for lead in m.leads)]
        if not window:
            return None
        scored = [(2 * (m.country == country) + (m.sector == sector), i)
                  for i, m in enumerate(window)]
        best = max(s for s, _ in scored)
        if best == 0 and rng.random() < 0.6:
            return None
        return window[rng.choice([i for s, i in scored if s == best])]


    def number(self) -> None:
        """References by date within each year: M-2024-03, B-2024-12, P-2024-017."""
        for items, prefix, width in ((self.missions, "M", 2), (self.bidbooks, "B", 2),
                                     (self.projects, "P", 3)):
            items.sort(key=lambda x: x.start if isinstance(x, Mission) else x.date)
            counter: dict[int, int] = {}
            for item in items:
                day = item.start if isinstance(item, Mission) else item.date
                counter[day.year] = counter.get(day.year, 0) + 1
                item.ref = f"{prefix}-{day.year}-{counter[day.year]:0{width}d}"
        self.contacts.sort(key=lambda c: c.date)
