"""Realistic, deterministic sample data 2018-2025: the demo database and test/benchmark files.

The story follows the 2018 plan: new jobs rise from about 500 (2018) towards, but below, 1,000;
each project has a history (contact -> bidbook/FFT or mission lead -> project, months apart)
with the same company spelled slightly differently now and then, so company matching and lead
times can be shown. Facts are "as known at the end of `last_quarter`": a bidbook or lead whose
project lands later is still pending. Everything comes from string-seeded `random.Random`
streams per purpose and year, so the years before the cut do not depend on where it is.
"""

from __future__ import annotations

import datetime as dt
import random
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

import duckdb
import pandas as pd

from tradeinvest import vocab
from tradeinvest.ingest import schema
from tradeinvest.periods import Quarter

FIRST_YEAR = 2018
DATA_START = dt.date(FIRST_YEAR, 1, 1)
LAST_CALENDAR_YEAR = 2025
KIND_ORDER = ("missions", "contacts", "bidbooks", "projects")

# Yearly new jobs (before noise of +-15): rising, slower in the covid year, below 1,000.
_JOBS_PATH = {2018: 515, 2019: 590, 2020: 650, 2021: 720, 2022: 790, 2023: 870, 2024: 935,
              2025: 920}
_CONTACTS_PER_YEAR = {2018: 230, 2019: 265, 2020: 205, 2021: 240, 2022: 285, 2023: 310,
                      2024: 330, 2025: 340}
_BIDBOOKS_PER_YEAR = {2018: 26, 2019: 30, 2020: 24, 2021: 30, 2022: 36, 2023: 40, 2024: 44,
                      2025: 45}
_COVID_YEARS = (2020, 2021)

_FOCUS = ("DE", "GB", "CN", "HK", "IN", "JP", "TW", "US", "CA")
_INVEST_COUNTRIES = {"US": 22, "DE": 14, "GB": 12, "CN": 9, "HK": 2, "JP": 8, "IN": 8, "TW": 5,
                     "CA": 4, "FR": 4, "KR": 3, "IL": 3, "SE": 2, "BE": 2, "CH": 2, "DK": 1,
                     "IE": 1, "ES": 1, "SG": 1, "AU": 1}
_TRADE_COUNTRIES = {"DE": 30, "CN": 14, "HK": 3, "TW": 12, "US": 10, "GB": 8, "BE": 6, "FR": 5,
                    "SE": 3, "KR": 3, "CA": 3, "JP": 2, "IN": 1}
_SECTORS_BY_COUNTRY = {
    "DE": {"ict": 4, "mobility": 3, "cleantech": 3, "lsh": 2, "gaming": 1},
    "GB": {"lsh": 6, "ict": 3, "business_services": 2, "gaming": 1},
    "CN": {"ict": 3, "cleantech": 3, "mobility": 2, "agrifood": 1, "lsh": 1},
    "HK": {"business_services": 2, "ict": 2, "logistics": 1},
    "IN": {"ict": 5, "lsh": 2, "business_services": 1},
    "JP": {"lsh": 4, "ict": 2, "mobility": 2},
    "TW": {"ict": 3, "agrifood": 2, "mobility": 2, "lsh": 1},
    "US": {"lsh": 5, "ict": 4, "gaming": 2, "business_services": 1, "cleantech": 1},
    "CA": {"ict": 3, "gaming": 2, "cleantech": 2},
}
_DEFAULT_SECTORS = {"ict": 3, "lsh": 3, "cleantech": 2, "mobility": 1, "agrifood": 1, "gaming": 1}
_TRADE_SECTORS = {"agrifood": 4, "cleantech": 4, "lsh": 3, "ict": 3, "gaming": 2, "mobility": 2,
                  "urban_planning": 1}

_LEGAL = {"DE": ("GmbH", "AG"), "GB": ("Ltd", "plc"), "US": ("Inc.", "Corp.", "LLC"),
          "CA": ("Inc.", "Ltd."), "CN": ("Co., Ltd.",), "HK": ("Ltd.", "Holdings Ltd."),
          "IN": ("Pvt. Ltd.", "Ltd."), "JP": ("Co., Ltd.", "K.K."), "TW": ("Corp.", "Co., Ltd."),
          "FR": ("SAS", "SA"), "KR": ("Co., Ltd.",), "IL": ("Ltd.",), "SE": ("AB",),
          "BE": ("NV", "SA"), "CH": ("AG", "SA"), "DK": ("A/S",), "IE": ("Ltd",),
          "ES": ("S.L.",), "SG": ("Pte. Ltd.",), "AU": ("Pty Ltd",), "NL": ("B.V.",)}
_PLACES = {"CN": ("Shenzhen", "Guangzhou", "Foshan", "Dongguan"), "TW": ("Taichung", "Taoyuan"),
           "JP": ("Osaka", "Kyoto"), "IN": ("Bangalore", "Pune")}
_STEMS = (
    "Acme", "Nova", "Helix", "Quanta", "Vireo", "Lumen", "Orbis", "Zentra", "Axion", "Kestrel",
    "Solis", "Veritas", "Corvid", "Aurora", "Brightwave", "Celerion", "Dynamo", "Evergreen",
    "Fathom", "Granite", "Halcyon", "Ionix", "Juniper", "Kinetix", "Lodestar", "Meridian",
    "Nimbus", "Obsidian", "Paragon", "Quasar", "Redwood", "Sapphire", "Tessera", "Umbra",
    "Vantage", "Westbrook", "Xylem", "Yarrow", "Zephyr", "Altura", "Bluepeak", "Cobalt",
    "Deltavis", "Elara", "Fennec", "Gaialink", "Harbor", "Isotope", "Jadeite", "Kairos",
    "Lattice", "Mosaic", "Northstar", "Oakridge", "Pinnacle", "Quill", "Riverside", "Sequoia",
    "Tidal", "Unison", "Vector", "Willow", "Xenon", "Yotta", "Zenith", "Arclight", "Bramble",
    "Cinder", "Drift", "Ember", "Flint", "Glacier", "Horizon", "Indigo", "Jasper", "Kepler",
    "Lynx", "Marlin", "Nebula", "Onyx", "Polaris", "Radiant", "Summit", "Titan", "Upland",
    "Verdant", "Wren", "Sakura", "Lotus", "Jade Dragon", "Formosa", "Ganges", "Maple", "Rhein",
    "Isar", "Alster", "Thames", "Hudson", "Pacifica", "Sierra", "Cascadia", "Everest", "Orion")
_SECTOR_WORDS = {
    "lsh": ("Therapeutics", "Biosciences", "Diagnostics", "Medical", "Pharma", "Health",
            "Biologics", "MedTech"),
    "ict": ("Software", "Data", "Systems", "Cloud", "Analytics", "Robotics", "Networks",
            "Digital", "AI"),
    "gaming": ("Games", "Studios", "Interactive", "Entertainment"),
    "cleantech": ("Energy", "CleanTech", "Solar", "Recycling", "Water", "Environmental",
                  "Hydrogen"),
    "agrifood": ("Foods", "AgriTech", "Seeds", "Greenhouse Systems", "Horticulture", "Nutrition"),
    "mobility": ("Mobility", "E-Mobility", "Charging", "Bikes", "Automotive"),
    "business_services": ("Consulting", "Financial Services", "Partners", "Services"),
    "urban_planning": ("Urban Solutions", "Smart City", "Engineering"),
    "logistics": ("Logistics", "Freight"),
}
_NL_STEMS = ("Domstad", "Vecht", "Eemland", "Heuvelrug", "Kromme Rijn", "Lek", "Leidsche Rijn",
             "Nedereem", "Soester", "Zeister", "Houtense", "Bunnikse", "Van Dijk", "De Boer",
             "Amersfoortse", "Utrechtse", "Maliebaan", "Oudegracht", "Wijk bij Duurstede",
             "Grebbe", "Lopik", "Montfoort", "Baarnse", "Vinkeveen", "Rhenense", "Linschoten")
_NL_WORDS = {"agrifood": ("Kassenbouw", "Tuinbouwtechniek", "Agro", "Zaden"),
             "cleantech": ("Recycling", "Waterzuivering", "Energietechniek", "Afvalsystemen"),
             "lsh": ("Zorgtechniek", "Medical", "Diagnostiek", "Farma"),
             "ict": ("Software", "Data", "Automatisering", "IT"),
             "gaming": ("Games", "Game Studio", "Interactive"),
             "mobility": ("Fietsen", "Laadpalen", "Mobility"),
             "urban_planning": ("Bouwadvies", "Stedenbouw", "Ingenieurs")}
_SURNAMES = {"DE": ("Schneider", "Müller", "Weber", "Fischer", "Becker"),
             "GB": ("Smith", "Taylor", "Clarke", "Evans", "Hughes"),
             "US": ("Miller", "Johnson", "Garcia", "Brown", "Davis"),
             "CA": ("Tremblay", "Roy", "Campbell"), "CN": ("Chen", "Wang", "Li", "Zhang"),
             "HK": ("Wong", "Chan", "Leung"), "TW": ("Lin", "Huang", "Tsai", "Chang"),
             "JP": ("Tanaka", "Sato", "Suzuki", "Watanabe"), "IN": ("Patel", "Sharma", "Iyer"),
             "FR": ("Martin", "Dubois", "Laurent"), "KR": ("Kim", "Park", "Lee"),
             "IL": ("Cohen", "Levi"), "SE": ("Andersson", "Lindqvist"),
             "NL": ("de Vries", "Jansen", "van den Berg", "Bakker", "Visser", "de Jong")}
_PHONE_CODES = {"DE": 49, "GB": 44, "US": 1, "CA": 1, "CN": 86, "HK": 852, "TW": 886, "JP": 81,
                "IN": 91, "FR": 33, "KR": 82, "IL": 972, "SE": 46, "BE": 32, "CH": 41, "NL": 31}
_MUNICIPALITIES = {"Utrecht": 45, "Amersfoort": 10, "Nieuwegein": 10, "Zeist": 7, "Bunnik": 7,
                   "Houten": 6, "Veenendaal": 5, "De Bilt": 4, "Woerden": 4, "IJsselstein": 2}
_PARTNERS = {"IU": 55, "UCIB": 25, "ABT": 12, "EBU": 8}

# The activity calendar (annex 2 style): year, month, day, days, name, kind, pillar, country,
# city, sector, led by, partner.
_Event = tuple[int, int, int, int, str, str, str, str, str, str, str, str]
_CALENDAR: tuple[_Event, ...] = (
    (2018, 3, 12, 3, "BIO-Europe Spring 2018", "fair", "invest", "NL", "Amsterdam", "lsh",
     "Team EMA/Brexit", "IU"),
    (2018, 4, 23, 5, "Hannover Messe 2018", "fair", "both", "DE", "Hannover", "ict",
     "Landenteam Duitsland", "UCIB"),
    (2018, 6, 3, 6, "BIO International Convention 2018", "fair", "invest", "US", "Boston", "lsh",
     "Landenteam VS", "IU"),
    (2018, 8, 22, 4, "Gamescom 2018", "fair", "both", "DE", "Keulen", "gaming",
     "Landenteam Duitsland", "UCIB"),
    (2018, 10, 8, 4, "Gouverneursmissie India", "outgoing", "invest", "IN", "Mumbai", "lsh",
     "Gedeputeerde Economie", "IU"),
    (2018, 11, 2, 10, "Taichung World Flora Exposition", "fair", "trade", "TW", "Taichung",
     "agrifood", "Landenteam Taiwan", "IU"),
    (2018, 11, 12, 4, "Medica 2018", "fair", "invest", "DE", "Düsseldorf", "lsh",
     "Landenteam Duitsland", "IU"),
    (2019, 2, 18, 3, "Inkomende missie Kansai", "incoming", "invest", "JP", "Utrecht", "lsh",
     "Landenteam Japan", "IU"),
    (2019, 3, 25, 3, "BIO-Europe Spring 2019", "fair", "invest", "AT", "Wenen", "lsh",
     "Team EMA/Brexit", "IU"),
    (2019, 5, 20, 4, "Collision 2019", "fair", "invest", "CA", "Toronto", "ict",
     "Landenteam VS en Canada", "UCIB"),
    (2019, 6, 3, 4, "BIO International Convention 2019", "fair", "invest", "US", "Philadelphia",
     "lsh", "Landenteam VS", "IU"),
    (2019, 8, 20, 5, "Gamescom 2019", "fair", "both", "DE", "Keulen", "gaming",
     "Landenteam Duitsland", "UCIB"),
    (2019, 9, 16, 3, "Inkomende missie Taoyuan", "incoming", "both", "TW", "Utrecht",
     "mobility", "Landenteam Taiwan", "EBU"),
    (2019, 10, 14, 5, "Handelsmissie Taiwan tuinbouw", "outgoing", "trade", "TW", "Taichung",
     "agrifood", "Landenteam Taiwan", "IU"),
    (2019, 11, 3, 7, "Missie Guangdong", "outgoing", "both", "CN", "Guangzhou", "cleantech",
     "Gedeputeerde Economie", "IU"),
    (2020, 2, 10, 3, "Inkomende missie Taichung (smart city)", "incoming", "both", "TW",
     "Amersfoort", "urban_planning", "Landenteam Taiwan", "ABT"),
    (2020, 3, 2, 3, "Handelsmissie Noordrijn-Westfalen", "outgoing", "trade", "DE",
     "Düsseldorf", "cleantech", "Wethouder Economische Zaken Utrecht", "UCIB"),
    (2020, 6, 8, 5, "BIO Digital 2020", "fair", "invest", "US", "online", "lsh",
     "Landenteam VS", "IU"),
    (2020, 8, 27, 4, "Gamescom 2020 (digitaal)", "fair", "both", "DE", "online", "gaming",
     "Landenteam Duitsland", "UCIB"),
    (2020, 10, 6, 1, "Webinar Invest in Utrecht - India", "event", "invest", "IN", "online",
     "ict", "Landenteam India", "IU"),
    (2020, 11, 16, 4, "Medica 2020 (digitaal)", "fair", "invest", "DE", "online", "lsh",
     "Landenteam Duitsland", "IU"),
    (2021, 3, 23, 1, "Online seminar Japan: life sciences in Utrecht", "event", "invest", "JP",
     "online", "lsh", "Landenteam Japan", "IU"),
    (2021, 6, 10, 9, "BIO Digital 2021", "fair", "invest", "US", "online", "lsh",
     "Landenteam VS", "IU"),
    (2021, 8, 25, 5, "Gamescom 2021 (digitaal)", "fair", "both", "DE", "online", "gaming",
     "Landenteam Duitsland", "UCIB"),
    (2021, 11, 1, 4, "Web Summit 2021", "fair", "invest", "PT", "Lissabon", "ict",
     "Landenteam VS en Canada", "UCIB"),
    (2021, 11, 15, 4, "Medica 2021", "fair", "invest", "DE", "Düsseldorf", "lsh",
     "Landenteam Duitsland", "IU"),
    (2022, 3, 15, 4, "MIPIM 2022", "fair", "invest", "FR", "Cannes", "urban_planning",
     "Team Healthy Urban Living", "UCIB"),
    (2022, 5, 30, 4, "Hannover Messe 2022", "fair", "both", "DE", "Hannover", "ict",
     "Landenteam Duitsland", "UCIB"),
    (2022, 6, 13, 4, "BIO International Convention 2022", "fair", "invest", "US", "San Diego",
     "lsh", "Landenteam VS", "IU"),
    (2022, 8, 24, 5, "Gamescom 2022", "fair", "both", "DE", "Keulen", "gaming",
     "Landenteam Duitsland", "UCIB"),
    (2022, 10, 10, 5, "Missie India", "outgoing", "invest", "IN", "Mumbai", "ict",
     "Gedeputeerde Economie", "IU"),
    (2022, 11, 14, 4, "Medica 2022", "fair", "invest", "DE", "Düsseldorf", "lsh",
     "Landenteam Duitsland", "IU"),
    (2023, 3, 20, 3, "BIO-Europe Spring 2023", "fair", "invest", "CH", "Basel", "lsh",
     "Landenteam Duitsland", "IU"),
    (2023, 4, 17, 5, "Hannover Messe 2023", "fair", "both", "DE", "Hannover", "ict",
     "Landenteam Duitsland", "UCIB"),
    (2023, 6, 5, 4, "BIO International Convention 2023", "fair", "invest", "US", "Boston", "lsh",
     "Landenteam VS", "IU"),
    (2023, 8, 23, 5, "Gamescom 2023", "fair", "both", "DE", "Keulen", "gaming",
     "Landenteam Duitsland", "UCIB"),
    (2023, 9, 18, 3, "Inkomende missie Korea", "incoming", "invest", "KR", "Utrecht",
     "mobility", "Team Invest", "EBU"),
    (2023, 10, 16, 5, "Handelsmissie Taiwan (Taichung, Kaohsiung)", "outgoing", "trade", "TW",
     "Taichung", "agrifood", "Landenteam Taiwan", "IU"),
    (2023, 11, 5, 6, "Missie Guangdong en Hongkong", "outgoing", "both", "CN", "Shenzhen",
     "cleantech", "Gedeputeerde Economie", "IU"),
    (2024, 2, 26, 3, "Inkomende missie Osaka", "incoming", "invest", "JP", "Utrecht", "lsh",
     "Landenteam Japan", "IU"),
    (2024, 3, 18, 3, "BIO-Europe Spring 2024", "fair", "invest", "ES", "Barcelona", "lsh",
     "Landenteam VS", "IU"),
    (2024, 4, 22, 5, "Hannover Messe 2024", "fair", "both", "DE", "Hannover", "ict",
     "Landenteam Duitsland", "UCIB"),
    (2024, 6, 3, 4, "BIO International Convention 2024", "fair", "invest", "US", "San Diego",
     "lsh", "Landenteam VS", "IU"),
    (2024, 8, 21, 5, "Gamescom 2024", "fair", "both", "DE", "Keulen", "gaming",
     "Landenteam Duitsland", "UCIB"),
    (2024, 10, 14, 5, "Missie India", "outgoing", "invest", "IN", "Bengaluru", "ict",
     "Gedeputeerde Economie", "IU"),
    (2024, 11, 11, 4, "Web Summit 2024", "fair", "invest", "PT", "Lissabon", "ict",
     "Landenteam VS en Canada", "UCIB"),
    (2025, 3, 17, 3, "BIO-Europe Spring 2025", "fair", "invest", "IT", "Milaan", "lsh",
     "Landenteam VS", "IU"),
    (2025, 5, 27, 4, "Web Summit Vancouver 2025", "fair", "invest", "CA", "Vancouver", "ict",
     "Landenteam VS en Canada", "UCIB"),
    (2025, 6, 16, 4, "BIO International Convention 2025", "fair", "invest", "US", "Boston",
     "lsh", "Landenteam VS", "IU"),
    (2025, 8, 20, 5, "Gamescom 2025", "fair", "both", "DE", "Keulen", "gaming",
     "Landenteam Duitsland", "UCIB"),
    (2025, 10, 20, 6, "Missie Guangdong", "outgoing", "both", "CN", "Guangzhou", "cleantech",
     "Gedeputeerde Economie", "IU"),
    (2025, 11, 10, 5, "Taiwan Smart Agriweek", "fair", "trade", "TW", "Taipei", "agrifood",
     "Landenteam Taiwan", "IU"),
)


@dataclass(eq=False)
class _Company:
    name: str
    country: str
    sector: str
    variants: tuple[str, ...]
    regional: bool = False


@dataclass(eq=False)
class _Mission:
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
    leads: list[_Lead] = field(default_factory=list)
    ref: str = ""

    @property
    def online(self) -> bool:
        return self.city == "online"


@dataclass(eq=False)
class _Lead:
    mission: _Mission
    company: _Company
    spelled: str
    pillar: str
    expected_jobs: float | None
    expected_value: float | None
    ema: bool
    lost_after: int | None = None  # days after the mission it was dropped, if it was
    project: _Project | None = None
    market: str | None = None  # trade: the export market (the company itself is regional)


@dataclass(eq=False)
class _Bidbook:
    date: dt.date
    company: _Company
    spelled: str
    kind: str
    pillar: str | None
    lost_after: int | None = None
    project: _Project | None = None
    market: str | None = None
    ref: str = ""


@dataclass(eq=False)
class _Project:
    date: dt.date
    company: _Company
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
    source: _Mission | _Bidbook | None = None
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
class _Contact:
    date: dt.date
    company: _Company
    spelled: str
    pillar: str
    kind: str
    channel: str
    country: str
    team: str | None
    partner: str
    person: tuple[str | None, str | None, str | None] = (None, None, None)


def _pick(rng: random.Random, weights: dict[str, float]) -> str:
    return rng.choices(list(weights), weights=list(weights.values()))[0]


def _day(rng: random.Random, first: dt.date, last: dt.date) -> dt.date:
    return first + dt.timedelta(days=rng.randint(0, max(0, (last - first).days)))


def _ascii(text: str) -> str:
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()


class _World:
    """All generated entities on one timeline; the cut to `last_quarter` happens on output."""

    def __init__(self, seed: int, last_year: int):
        self.seed = seed
        self.years = range(FIRST_YEAR, last_year + 1)
        self.names: set[str] = set()
        self.companies: list[_Company] = []
        self.regional: list[_Company] = []
        self.landed: list[tuple[int, _Company]] = []  # (year, company) of new/acquisition
        self.missions: list[_Mission] = []
        self.bidbooks: list[_Bidbook] = []
        self.projects: list[_Project] = []
        self.contacts: list[_Contact] = []

    def rng(self, purpose: str, year: int) -> random.Random:
        return random.Random(f"{self.seed}/{purpose}/{year}")

    # --- companies -----------------------------------------------------------------------
    def foreign_company(self, rng: random.Random, country: str | None = None,
                        sector: str | None = None) -> _Company:
        country = country or _pick(rng, _INVEST_COUNTRIES)
        sector = sector or _pick(rng, _SECTORS_BY_COUNTRY.get(country, _DEFAULT_SECTORS))
        words = _SECTOR_WORDS.get(sector, ("Group",))
        legal = rng.choice(_LEGAL.get(country, ("Ltd.",)))
        for _ in range(50):
            base = f"{rng.choice(_STEMS)} {rng.choice(words)}"
            place = rng.choice(_PLACES[country]) if country in _PLACES and rng.random() < 0.4 \
                else None
            full = f"{place + ' ' if place else ''}{base} {legal}"
            if base.casefold() not in self.names:
                break
        self.names.add(base.casefold())
        variants = [base, f"{base} B.V.", full.replace(",", "").replace(".", ""),
                    f"{base} Netherlands B.V."]
        if place:
            variants.append(f"{base} {legal}")
        company = _Company(full, country, sector, tuple(variants))
        self.companies.append(company)
        return company

    def regional_company(self, rng: random.Random, sector: str | None = None) -> _Company:
        sector = sector or _pick(rng, _TRADE_SECTORS)
        for _ in range(50):
            base = f"{rng.choice(_NL_STEMS)} {rng.choice(_NL_WORDS[sector])}"
            if base.casefold() not in self.names:
                break
        self.names.add(base.casefold())
        company = _Company(f"{base} B.V.", "NL", sector, (base, f"{base} BV", f"{base} bv"),
                           regional=True)
        self.regional.append(company)
        return company

    def spell(self, rng: random.Random, company: _Company) -> str:
        """Mostly the usual name; sometimes the way another colleague writes it."""
        return company.name if rng.random() < 0.75 else rng.choice(company.variants)

    def trade_company(self, rng: random.Random) -> _Company:
        if self.regional and rng.random() < 0.45:
            return rng.choice(self.regional)
        return self.regional_company(rng)

    def person(self, rng: random.Random, country: str
               ) -> tuple[str | None, str | None, str | None]:
        if rng.random() >= 0.45:
            return (None, None, None)
        surname = rng.choice(_SURNAMES.get(country, _SURNAMES["NL"]))
        initial = rng.choice("ABCDEFGHJKLMNPRSTW")
        email = (f"{initial}.{_ascii(surname).replace(' ', '')}@example.com".lower()
                 if rng.random() < 0.8 else None)
        phone = (f"+{_PHONE_CODES.get(country, 31)} {rng.randint(10, 99)} "
                 f"{rng.randint(100, 999)} {rng.randint(1000, 9999)}"
                 if rng.random() < 0.5 else None)
        return (f"{initial}. {surname}", email, phone)

    def add_contact(self, rng: random.Random, date: dt.date, company: _Company, pillar: str,
                    kind: str, channel: str, country: str | None = None) -> None:
        """A contact; trade clients are regional companies, `country` is then the market."""
        market = country or company.country
        group = "CN" if market == "HK" else market
        team = group if market in _FOCUS else None
        person_country = "NL" if company.regional else company.country
        self.contacts.append(_Contact(date, company, self.spell(rng, company), pillar, kind,
                                      channel, market, team, _pick(rng, _PARTNERS),
                                      self.person(rng, person_country)))

    # --- missions ------------------------------------------------------------------------
    def build_calendar(self) -> None:
        for year in self.years:
            rng = self.rng("missions", year)
            events = [e for e in _CALENDAR if e[0] == year] or [
                (year, *e[1:]) for e in _CALENDAR if e[0] == LAST_CALENDAR_YEAR]
            for _y, month, day, days, name, kind, pillar, country, city, sector, led, partner \
                    in events:
                start = dt.date(year, month, day)
                name = name.replace(str(LAST_CALENDAR_YEAR), str(year))
                mission = _Mission(start, start + dt.timedelta(days=days - 1), name, kind, pillar,
                                   country, city, sector, led, partner)
                mission.companies = rng.randint(5, 8) if mission.online else rng.randint(6, 15)
                self.missions.append(mission)
        self.missions.sort(key=lambda m: m.start)

    def find_mission(self, rng: random.Random, day: dt.date, pillars: Sequence[str],
                     country: str, sector: str, company: _Company) -> _Mission | None:
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

    # --- projects and where they came from ----------------------------------------------
    def invest_projects(self, year: int) -> None:
        rng = self.rng("projects", year)
        total = _JOBS_PATH.get(year, 930) + rng.randint(-15, 15)
        n_trade = max(8, round(12 + (year - FIRST_YEAR) * 2.5 + rng.randint(-3, 3)
                               - (6 if year == 2020 else 0)))
        trade_jobs = [rng.choice((0, 1, 1, 2, 2, 3, 4, 5)) for _ in range(n_trade)]
        kinds = (["new"] * rng.randint(10, 14) + ["expansion"] * rng.randint(4, 7)
                 + ["acquisition"] * rng.randint(1, 2) + ["retention"] * rng.randint(2, 4))
        acq_jobs = {i: (0 if rng.random() < 0.7 else rng.randint(5, 15))
                    for i, k in enumerate(kinds) if k == "acquisition"}
        growing = [i for i, k in enumerate(kinds) if k in ("new", "expansion")]
        raw = {i: self._raw_jobs(rng) for i in growing}
        if rng.random() < 0.55:  # the one large project that doubles its quarter
            raw[rng.choice(growing)] = rng.uniform(120, 260)
        target = total - sum(trade_jobs) - sum(acq_jobs.values())
        factor = target / sum(raw.values())
        jobs = {i: max(2, round(r * factor)) for i, r in raw.items()}
        largest = max(jobs, key=lambda i: jobs[i])
        jobs[largest] += target - sum(jobs.values())
        jobs.update(acq_jobs)
        for i, kind in enumerate(kinds):
            self._invest_project(rng, year, kind, float(jobs.get(i, 0)))
        for est in trade_jobs:
            self._trade_project(rng, year, float(est))

    @staticmethod
    def _raw_jobs(rng: random.Random) -> float:
        size = rng.random()
        if size < 0.45:
            return rng.uniform(4, 15)
        if size < 0.82:
            return rng.uniform(15, 45)
        return rng.uniform(45, 110)

    def _invest_project(self, rng: random.Random, year: int, kind: str, jobs: float) -> None:
        day = _day(rng, dt.date(year, 1, 1), dt.date(year, 12, 31))
        earlier = [c for y, c in self.landed if y < year]
        if kind in ("expansion", "retention") and earlier and rng.random() < 0.55:
            company = rng.choice(earlier)
        else:
            weights = dict(_INVEST_COUNTRIES)
            if year <= 2020:
                weights["GB"] *= 2
            if year in _COVID_YEARS or year == 2022:
                weights["CN"] /= 2
            company = self.foreign_company(rng, _pick(rng, weights))
        if kind in ("new", "acquisition"):
            self.landed.append((year, company))
        project = _Project(day, company, self.spell(rng, company), kind, jobs)
        partner = _pick(rng, _PARTNERS)
        project.partner = partner
        project.municipality = ("Utrecht" if partner == "UCIB" else
                                rng.choice(("Amersfoort", "Amersfoort", "Leusden", "Soest"))
                                if partner == "ABT" else _pick(rng, _MUNICIPALITIES))
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
        source = _pick(rng, {
            "new": {"mission": 22, "bidbook_fft": 33, "nfia_lead": 22, "direct": 13, "other": 5},
            "acquisition": {"direct": 4, "nfia_lead": 3, "other": 3},
            "expansion": {"ir_visit": 60, "bidbook_fft": 25, "mission": 10, "direct": 5},
            "retention": {"ir_visit": 85, "other": 15},
        }[kind])
        self._attach_source(rng, project, source)
        self.projects.append(project)

    def _attach_source(self, rng: random.Random, project: _Project, source: str) -> None:
        company, day = project.company, project.date
        if source == "mission":
            mission = self.find_mission(rng, day, ("invest", "both"), company.country,
                                        company.sector, company)
            if mission is None:
                source = "nfia_lead"
            else:
                expected = round(max(project.new_jobs, 5) * rng.uniform(0.6, 1.4))
                mission.leads.append(_Lead(mission, company, self.spell(rng, company), "invest",
                                           float(expected), None, project.ema, project=project))
                project.source = mission
                self.add_contact(rng, _day(rng, mission.start, mission.end), company, "invest",
                                 "acquisition", "mission" if mission.kind in
                                 ("outgoing", "incoming") else "fair")
        if source == "bidbook_fft":
            issued = day - dt.timedelta(days=rng.randint(90, 450))
            if issued < DATA_START:
                source = "nfia_lead"
            else:
                kind = "fft" if rng.random() < 0.4 else "bidbook"
                bidbook = _Bidbook(issued, company, self.spell(rng, company), kind,
                                   "invest", project=project)
                self.bidbooks.append(bidbook)
                project.source = bidbook
                project.nfia = rng.random() < (0.5 if kind == "fft" else 0.25)
                first = issued - dt.timedelta(days=rng.randint(20, 180))
                if first >= DATA_START:
                    self.add_contact(rng, first, company, "invest", "acquisition",
                                     _pick(rng, {"nfia_lead": 35, "fair": 25, "online": 20,
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
                self.add_contact(rng, first, company, "invest", kind, channel)
        project.lead_source = source

    def _trade_project(self, rng: random.Random, year: int, jobs: float) -> None:
        day = _day(rng, dt.date(year, 1, 1), dt.date(year, 12, 31))
        company = self.trade_company(rng)
        market = _pick(rng, _TRADE_COUNTRIES)
        mission = None
        if rng.random() < 0.55:
            window = [m for m in self.missions
                      if day - dt.timedelta(days=500) <= m.start <= day - dt.timedelta(days=30)
                      and m.pillar in ("trade", "both") and not m.online
                      and all(lead.company is not company for lead in m.leads)]
            if window:
                mission = rng.choice(window)
                market = mission.country
        value = round(rng.choice((rng.uniform(2e4, 2e5), rng.uniform(1e5, 8e5),
                                  rng.uniform(5e5, 2.5e6))), -3)
        project = _Project(day, company, self.spell(rng, company), "trade_contract", jobs,
                           contract_value=value, partner=_pick(rng, _PARTNERS), market=market)
        project.municipality = _pick(rng, _MUNICIPALITIES) if rng.random() < 0.7 else None
        project.theme = vocab.SECTOR_THEME[company.sector] if rng.random() < 0.3 else None
        project.evidence = "Bevestiging bedrijf" if rng.random() < 0.8 else None
        if mission is not None:
            mission.leads.append(_Lead(mission, company, self.spell(rng, company),
                                       "trade", None, round(value * rng.uniform(0.5, 1.5), -3),
                                       False, project=project, market=market))
            project.source, project.lead_source = mission, "mission"
            self.add_contact(rng, _day(rng, mission.start, mission.end), company, "trade",
                             "trade_client", "mission" if mission.kind == "outgoing" else "fair",
                             market)
        else:
            project.lead_source = rng.choice(("direct", "other", "other"))
            first = day - dt.timedelta(days=rng.randint(30, 300))
            if first >= DATA_START:
                self.add_contact(rng, first, company, "trade", "trade_client",
                                 rng.choice(("other", "online", "fair")), market)
        self.projects.append(project)

    # --- the rest of the effort: leads, bidbooks and contacts that did not (yet) land -----
    def fill_leads(self) -> None:
        for mission in self.missions:
            rng = self.rng(f"leads/{mission.name}/{mission.start}", mission.start.year)
            want = rng.randint(2, 5) if mission.online else rng.randint(4, 12)
            taken = {lead.company.name for lead in mission.leads}
            for _ in range(100):
                if len(mission.leads) >= want:
                    break
                trade = mission.pillar == "trade" or (mission.pillar == "both"
                                                      and rng.random() < 0.5)
                if trade:
                    company = self.trade_company(rng)
                else:
                    country = (mission.country if mission.kind != "fair" or rng.random() < 0.4
                               else None)
                    country = None if country in ("NL", "AT", "CH", "ES", "IT", "PT") \
                        else country
                    company = self.foreign_company(rng, country, mission.sector
                                                   if rng.random() < 0.7 else None)
                if company.name in taken:
                    continue
                taken.add(company.name)
                ema = (mission.sector == "lsh" and company.country == "GB"
                       and mission.start.year <= 2020)
                lead = _Lead(mission, company, self.spell(rng, company),
                             "trade" if trade else "invest",
                             None if trade else float(rng.choice((5, 10, 15, 20, 30, 50))),
                             round(rng.uniform(2e4, 1e6), -3) if trade else None, ema,
                             lost_after=rng.randint(90, 600) if rng.random() < 0.65 else None,
                             market=mission.country if trade else None)
                mission.leads.append(lead)
                channel = "mission" if mission.kind in ("outgoing", "incoming") else "fair"
                self.add_contact(rng, _day(rng, mission.start, mission.end), company,
                                 lead.pillar, "trade_client" if trade else "acquisition",
                                 channel, mission.country if trade else None)
            mission.companies = max(mission.companies,
                                    sum(lead.pillar == "trade" for lead in mission.leads))

    def fill_bidbooks(self, year: int) -> None:
        rng = self.rng("bidbooks", year)
        want = _BIDBOOKS_PER_YEAR.get(year, 45) + rng.randint(-3, 3)
        have = sum(b.date.year == year for b in self.bidbooks)
        for _ in range(max(0, want - have)):
            day = _day(rng, dt.date(year, 1, 1), dt.date(year, 12, 31))
            market = None
            if rng.random() < 0.06:
                company = self.trade_company(rng)
                market = _pick(rng, _TRADE_COUNTRIES)
                pillar: str | None = "trade"
            else:
                landed = {id(c) for _, c in self.landed}
                known = [c for c in self.companies if id(c) not in landed]
                company = (rng.choice(known) if known and rng.random() < 0.3
                           else self.foreign_company(rng))
                pillar = "invest"
            kind = "fft" if rng.random() < 0.4 else "bidbook"
            self.bidbooks.append(_Bidbook(day, company, self.spell(rng, company), kind, pillar,
                                          lost_after=rng.randint(60, 400)
                                          if rng.random() < 0.7 else None, market=market))
            first = day - dt.timedelta(days=rng.randint(14, 120))
            if first >= DATA_START and rng.random() < 0.7:
                channels = ("fair", "online", "other") if market else \
                    ("nfia_lead", "fair", "online", "other")
                self.add_contact(rng, first, company, pillar or "invest",
                                 "trade_client" if market else "acquisition",
                                 rng.choice(channels), market)

    def fill_contacts(self, year: int) -> None:
        rng = self.rng("contacts", year)
        want = _CONTACTS_PER_YEAR.get(year, 340) + rng.randint(-10, 10)
        have = sum(c.date.year == year for c in self.contacts)
        covid = year in _COVID_YEARS
        channels = ({"fair": 8, "mission": 4, "fft": 2, "nfia_lead": 20, "online": 45,
                     "other": 21} if covid else
                    {"fair": 22, "mission": 12, "fft": 8, "nfia_lead": 15, "online": 20,
                     "other": 23})
        missions = [m for m in self.missions if m.start.year == year]
        for _ in range(max(0, want - have)):
            channel = _pick(rng, channels)
            mission = None
            if channel in ("fair", "mission"):
                kinds = ("outgoing", "incoming") if channel == "mission" else ("fair", "event")
                options = [m for m in missions if m.kind in kinds]
                mission = rng.choice(options) if options else None
                channel = channel if mission else "online"
            day = (_day(rng, mission.start, mission.end) if mission
                   else _day(rng, dt.date(year, 1, 1), dt.date(year, 12, 31)))
            trade = rng.random() < (0.45 if mission and mission.pillar != "invest" else 0.28)
            if trade:
                market = mission.country if mission else _pick(rng, _TRADE_COUNTRIES)
                self.add_contact(rng, day, self.trade_company(rng), "trade", "trade_client",
                                 channel, market)
                continue
            if rng.random() < 0.28 and self.landed:
                company = rng.choice(self.landed)[1]
                self.add_contact(rng, day, company, "invest", "ir_visit",
                                 "other" if rng.random() < 0.8 else channel)
                continue
            country = mission.country if mission and rng.random() < 0.6 else None
            country = None if country in ("NL", "AT", "CH", "ES", "IT", "PT") else country
            known = [c for c in self.companies if c.country == country] if country else \
                self.companies
            company = (rng.choice(known) if known and rng.random() < 0.3
                       else self.foreign_company(rng, country))
            self.add_contact(rng, day, company, "invest", "acquisition", channel)

    def number(self) -> None:
        """References by date within each year: M-2024-03, B-2024-12, P-2024-017."""
        for items, prefix, width in ((self.missions, "M", 2), (self.bidbooks, "B", 2),
                                     (self.projects, "P", 3)):
            items.sort(key=lambda x: x.start if isinstance(x, _Mission) else x.date)
            counter: dict[int, int] = {}
            for item in items:
                day = item.start if isinstance(item, _Mission) else item.date
                counter[day.year] = counter.get(day.year, 0) + 1
                item.ref = f"{prefix}-{day.year}-{counter[day.year]:0{width}d}"
        self.contacts.sort(key=lambda c: c.date)


def _lead_status(lead: _Lead, cut: dt.date) -> str:
    if lead.project is not None and lead.project.date <= cut:
        return "won"
    age = (cut - lead.mission.start).days
    if lead.lost_after is not None and age >= lead.lost_after:
        return "lost"
    return "new" if age < 60 else "in_progress"


def _bidbook_outcome(bidbook: _Bidbook, cut: dt.date) -> str:
    if bidbook.project is not None and bidbook.project.date <= cut:
        return "won"
    if bidbook.lost_after is not None and (cut - bidbook.date).days >= bidbook.lost_after:
        return "lost"
    return "pending"


def _frame(spec: schema.SheetSpec, rows: list[dict[str, object]]) -> pd.DataFrame:
    return pd.DataFrame.from_records(rows, columns=[c.name for c in spec.columns])


def _build(world: _World, quarters: list[Quarter], cut: dt.date
           ) -> dict[tuple[str, str], dict[str, pd.DataFrame]]:
    by_quarter: dict[tuple[str, Quarter], list] = {}
    for kind, items, date_of in (
            ("missions", world.missions, lambda m: m.start),
            ("contacts", world.contacts, lambda c: c.date),
            ("bidbooks", world.bidbooks, lambda b: b.date),
            ("projects", world.projects, lambda p: p.date)):
        for item in items:
            by_quarter.setdefault((kind, Quarter.of(date_of(item))), []).append(item)
    out: dict[tuple[str, str], dict[str, pd.DataFrame]] = {}
    for quarter in quarters:
        for kind in KIND_ORDER:
            items = by_quarter.get((kind, quarter))
            if not items:
                continue
            out[(kind, str(quarter))] = _rows(kind, items, cut)
    return out


def _rows(kind: str, items: list, cut: dt.date) -> dict[str, pd.DataFrame]:
    if kind == "missions":
        missions = [{
            "reference": m.ref, "name": m.name, "mission_kind": m.kind, "pillar": m.pillar,
            "country": m.country, "city": m.city, "start_date": m.start, "end_date": m.end,
            "theme": vocab.SECTOR_THEME[m.sector], "sector": m.sector, "led_by": m.led_by,
            "companies": m.companies, "partner": m.partner} for m in items]
        leads = [{
            "mission_reference": m.ref, "company": lead.spelled,
            "country": lead.market or lead.company.country,
            "sector": lead.company.sector, "pillar": lead.pillar,
            "status": _lead_status(lead, cut), "expected_jobs": lead.expected_jobs,
            "expected_value_eur": lead.expected_value, "ema_brexit": lead.ema}
            for m in items for lead in m.leads]
        return {"missions": _frame(schema.MISSIONS, missions),
                "leads": _frame(schema.LEADS, leads)}
    if kind == "contacts":
        return {"contacts": _frame(schema.CONTACTS, [{
            "contact_date": c.date, "company": c.spelled,
            "country": c.country,
            "sector": c.company.sector, "pillar": c.pillar, "contact_kind": c.kind,
            "channel": c.channel, "country_team": c.team, "partner": c.partner,
            "person_name": c.person[0], "person_email": c.person[1],
            "person_phone": c.person[2]} for c in items])}
    if kind == "bidbooks":
        rows = []
        for b in items:
            outcome = _bidbook_outcome(b, cut)
            rows.append({"reference": b.ref, "issued_date": b.date, "company": b.spelled,
                         "country": b.market or b.company.country, "sector": b.company.sector,
                         "bidbook_kind": b.kind, "outcome": outcome,
                         "project_reference": b.project.ref if outcome == "won" and b.project
                         else None, "pillar": b.pillar})
        return {"bidbooks": _frame(schema.BIDBOOKS, rows)}
    return {"projects": _frame(schema.PROJECTS, [{
        "reference": p.ref, "company": p.spelled, "pillar": p.pillar, "project_kind": p.kind,
        "country": p.market or p.company.country, "intermediate_company": p.intermediate,
        "sector": p.company.sector, "theme": p.theme, "date_realised": p.date,
        "new_jobs": p.new_jobs, "retained_jobs": p.retained_jobs,
        "investment_eur": p.investment, "contract_value_eur": p.contract_value,
        "municipality": p.municipality, "partner": p.partner, "nfia_assisted": p.nfia,
        "lead_source": p.lead_source, "lead_reference": p.source.ref if p.source else None,
        "ema_brexit": p.ema, "evidence": p.evidence} for p in items])}


def sample_frames(seed: int = 2018, last_quarter: str = "2025Q4"
                  ) -> dict[tuple[str, str], dict[str, pd.DataFrame]]:
    """Sample uploads keyed by (kind, quarter), chronological; values keyed by spec.name.

    Frames hold canonical values (ISO2, vocabulary codes, dates, numbers, bools), ready for
    `write_workbook`. `last_quarter` cuts the timeline: later quarters are left out and facts
    are as known then (a bidbook whose project lands later is still pending).
    """
    last = Quarter.parse(last_quarter)
    if last < Quarter(FIRST_YEAR, 1):
        raise ValueError(f"last_quarter must be {FIRST_YEAR}Q1 or later")
    world = _World(seed, max(last.year, LAST_CALENDAR_YEAR))
    world.build_calendar()
    for year in world.years:
        world.invest_projects(year)
    world.fill_leads()
    for year in world.years:
        world.fill_bidbooks(year)
    for year in world.years:
        world.fill_contacts(year)
    world.number()
    quarters = [Quarter(FIRST_YEAR, 1)]
    while quarters[-1] < last:
        quarters.append(quarters[-1].next())
    return _build(world, quarters, last.end)


def write_sample_files(out_dir: Path, seed: int = 2018,
                       last_quarter: str = "2025Q4") -> list[Path]:
    """Each sample upload as `<kind>_<quarter>.xlsx`, as a coordinator would send it."""
    from tradeinvest.ingest.templates import write_workbook

    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for (kind, quarter), frames in sample_frames(seed, last_quarter).items():
        path = out_dir / f"{kind}_{quarter}.xlsx"
        path.write_bytes(write_workbook(kind, frames))
        written.append(path)
    return written


def load_sample(con: duckdb.DuckDBPyConnection, user: str = "voorbeelddata", *,
                seed: int = 2018, last_quarter: str = "2025Q4") -> int:
    """Load every sample upload through the real loader (quarter by quarter); return the count.

    Going through files and `load_upload` means the demo exercises the same path as the
    coordinator. The files skip the help sheet and drop-downs (nobody opens them; it halves the
    time). Raises UploadRejected (with `.problems`) if a sample file were refused.
    Then the plan side (`sample_plans`: activity calendars, country plans, scored
    opportunities) is added; the count returned is of the quarterly uploads only.
    """
    from tradeinvest.ingest.templates import write_workbook
    from tradeinvest.loading.uploads import load_upload

    count = 0
    for (kind, quarter), frames in sample_frames(seed, last_quarter).items():
        load_upload(con, write_workbook(kind, frames, aids=False), f"{kind}_{quarter}.xlsx",
                    kind, quarter, user)
        count += 1
    from tradeinvest.sample_plans import load_plans_sample

    load_plans_sample(con, user, last_quarter)  # calendars, country plans, yardstick
    return count
