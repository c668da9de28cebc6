"""The things the sample world is made of (companies, missions, leads, bidbooks, projects,
contacts) and the small random draws they share."""

from __future__ import annotations

import datetime as dt
import random
import unicodedata
from dataclasses import dataclass, field


@dataclass(eq=False)
class Company:
    name: str
    country: str
    sector: str
    variants: tuple[str, ...]
    regional: bool = False


@dataclass(eq=False)
class Mission:
    start: dt.date
    end: dt.date
    name: str
    kind: str
    pillar: str
    country: str
    city: str
    sector: str
    led_by: str
    partner: str
    companies: int = 0
    leads: list[Lead] = field(default_factory=list)
    ref: str = ""

    @property
    def online(self) -> bool:
        return self.city == "online"


@dataclass(eq=False)
class Lead:
    mission: Mission
    company: Company
    spelled: str
    pillar: str
    expected_jobs: float | None
    expected_value: float | None
    ema: bool
    lost_after: int | None = None  # days after the mission it was dropped, if it was
    project: Project | None = None
    market: str | None = None  # trade: the export market (the company itself is regional)


@dataclass(eq=False)
class Bidbook:
    date: dt.date
    company: Company
    spelled: str
    kind: str
    pillar: str | None
    lost_after: int | None = None
    project: Project | None = None
    market: str | None = None
    ref: str = ""


@dataclass(eq=False)
class Project:
    date: dt.date
    company: Company
    spelled: str
    kind: str
    new_jobs: float
    retained_jobs: float | None = None
    investment: float | None = None
    contract_value: float | None = None
    municipality: str | None = None
    partner: str | None = None
    nfia: bool = False
    lead_source: str | None = None
    source: Mission | Bidbook | None = None
    ema: bool = False
    intermediate: str | None = None
    theme: str | None = None
    evidence: str | None = None
    market: str | None = None
    ref: str = ""

    @property
    def pillar(self) -> str:
        return "trade" if self.kind == "trade_contract" else "invest"


@dataclass(eq=False)
class Contact:
    date: dt.date
    company: Company
    spelled: str
    pillar: str
    kind: str
    channel: str
    country: str
    team: str | None
    partner: str
    person: tuple[str | None, str | None, str | None] = (None, None, None)


def pick(rng: random.Random, weights: dict[str, float]) -> str:
    return rng.choices(list(weights), weights=list(weights.values()))[0]


def random_day(rng: random.Random, first: dt.date, last: dt.date) -> dt.date:
    return first + dt.timedelta(days=rng.randint(0, max(0, (last - first).days)))


def ascii_only(text: str) -> str:
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
