"""Which country a place in the activity calendar is in: resolved when sure, asked otherwise.

Calendar places are written as people write them: "VS, Boston", "Duitsland, Keulen",
"Copenhagen DK", "München", "Taipei", "tbd". The rule, in order (the first that gives an
answer wins, and a place whose parts point at two countries is not resolved):

1. each part of the place (split on , / ; and brackets) as a country: Dutch or English name,
   ISO code or alias (`countries.parse_country`); a trailing upper-case code ("Copenhagen DK");
2. each part as a city from `CITY_COUNTRIES`, the small table below of the cities in the plan
   and its activity calendars (not a gazetteer: a city not listed is asked for);
3. each part as a region from ISO 3166-2 (pycountry's subdivisions: "Baden-Württemberg",
   "Taichung", "Massachusetts"), only when one country has a region of that name;
4. the calendar's theme column when it is itself a country name ("USA", "Duitsland"; bare
   two-letter codes are not used here: "IT" in a theme means ICT work, not Italy).

What is left (blank, "tbd", "online", abbreviations such as "Baden-W", unknown cities) stays
without a country: the import warns with the row, and the coordinator answers on the
calendar page; the answer is stored per place and used from then on.

Floor one: the import resolves places with it, and the calendar measures read visitors'
countries out of event names and key stored answers by the same `place_key`.
"""

from __future__ import annotations

import re
from functools import lru_cache

import pycountry

from tradeinvest.countries import parse_country
from tradeinvest.text_keys import is_blank, normalise_header

# The plan's cities (annex 2, chapter 5 focus regions) and the cities of later calendars in the
# sample data; Dutch and English spellings. Keep it small: add a city when a calendar uses it.
CITY_COUNTRIES: dict[str, str] = {
    # the region and other Dutch venues (receptions, incoming visits, fairs held in NL)
    "Utrecht": "NL", "Amersfoort": "NL", "Bunnik": "NL", "Nieuwegein": "NL", "Zeist": "NL",
    "Houten": "NL", "Hilversum": "NL", "Amsterdam": "NL", "Rotterdam": "NL", "Den Haag": "NL",
    "Eindhoven": "NL", "Almere": "NL",
    # Germany (South Germany, North Rhine-Westphalia)
    "Keulen": "DE", "Köln": "DE", "Cologne": "DE", "Düsseldorf": "DE", "München": "DE",
    "Munich": "DE", "Hannover": "DE", "Hanover": "DE", "Regensburg": "DE", "Stuttgart": "DE",
    "Berlijn": "DE", "Berlin": "DE", "Frankfurt": "DE",
    # United Kingdom
    "Londen": "GB", "London": "GB", "Manchester": "GB",
    # United States and Canada (plan: SF, Atlanta, New York, Boston, Chicago; Toronto)
    "Boston": "US", "San Francisco": "US", "Atlanta": "US", "New York": "US", "Chicago": "US",
    "Philadelphia": "US", "San Diego": "US", "Toronto": "CA", "Vancouver": "CA",
    # China incl. Hong Kong (Guangdong), Taiwan, India, Japan
    "Guangzhou": "CN", "Kanton": "CN", "Shenzhen": "CN", "Shanghai": "CN", "Beijing": "CN",
    "Peking": "CN", "Taipei": "TW", "New Taipei": "TW", "Taichung": "TW", "Kaohsiung": "TW",
    "Taoyuan": "TW", "Mumbai": "IN", "Bombay": "IN", "Bangalore": "IN", "Bengaluru": "IN",
    "New Delhi": "IN", "Tokio": "JP", "Tokyo": "JP", "Osaka": "JP",
    # fairs elsewhere in Europe (BIO-Europe, Smart City Expo, Web Summit, MIPIM, ...)
    "Kopenhagen": "DK", "Copenhagen": "DK", "Barcelona": "ES", "Wenen": "AT", "Vienna": "AT",
    "Lissabon": "PT", "Lisbon": "PT", "Cannes": "FR", "Parijs": "FR", "Paris": "FR",
    "Basel": "CH", "Bazel": "CH", "Milaan": "IT", "Milan": "IT",
}
# Written where a place should be, but not a place.
_NOT_A_PLACE = {"tbd", "tba", "ntb", "nnb", "nog te bepalen", "onbekend", "unknown", "online",
                "digitaal", "virtueel", "virtual", "divers", "diverse", "nvt", "n v t", "?"}
_SPLIT = re.compile(r"[,/;()\[\]]|\s[-–]\s")
_TRAILING_CODE = re.compile(r"^(.+?)\s+([A-Z]{2,3})$")


@lru_cache(maxsize=1)
def _cities() -> dict[str, str]:
    return {normalise_header(name): code for name, code in CITY_COUNTRIES.items()}


@lru_cache(maxsize=1)
def _regions() -> dict[str, str | None]:
    """Folded ISO 3166-2 subdivision name -> country, None when two countries share it."""
    out: dict[str, str | None] = {}
    for sub in pycountry.subdivisions:
        key = normalise_header(sub.name)
        out[key] = sub.country_code if out.get(key, sub.country_code) == sub.country_code \
            else None
    return out


def place_key(place: object, event: object = None) -> str | None:
    """The key an answer is stored under: the folded place, or "event:" + the folded event
    name when the place says nothing (blank, tbd, online)."""
    if not is_blank(place) and normalise_header(place) not in _NOT_A_PLACE:
        return normalise_header(place)
    if not is_blank(event):
        return "event:" + normalise_header(event)
    return None


def _country(text: str) -> str | None:
    try:
        return parse_country(text)
    except ValueError:
        return None


def _part(part: str) -> tuple[str, str] | None:
    """(country, how) for one part of a place, or None."""
    if (code := _country(part)) is not None:
        return code, "place"
    key = normalise_header(part)
    if key in _cities():
        return _cities()[key], "city"
    if (m := _TRAILING_CODE.match(part)) and (code := _country(m.group(2))) is not None:
        return code, "place"
    region = _regions().get(key)
    if region is not None:
        return region, "region"
    return None


def resolve_place(place: object, topic: object = None) -> tuple[str | None, str | None]:
    """(ISO2, how) for a calendar place: how is place | city | region | topic; (None, None)
    when the rule in the module docstring gives no single country."""
    if not is_blank(place) and normalise_header(place) not in _NOT_A_PLACE:
        text = str(place).strip()
        parts = [p.strip() for p in _SPLIT.split(text) if p.strip()]
        found = [hit for p in [text, *parts] if (hit := _part(p)) is not None]
        countries = {code for code, _ in found}
        if len(countries) == 1:
            return found[0]
        if len(countries) > 1:
            return None, None  # "Utrecht / Taipei": ask, do not pick one
    if (not is_blank(topic) and len(str(topic).strip()) > 2
            and (code := _country(str(topic).strip())) is not None):
        return code, "topic"
    return None, None
