"""The countries of the world as the team writes them: ISO 3166-1 codes with Dutch and English
names (pycountry and its Dutch translations), the aliases people use ("VS", "UK", "Holland"),
and the reading of a written country name into its code.

Pure (no I/O beyond pycountry's own data files); ingest reads country cells with
`parse_country`, measure reads countries out of calendar places with it, and the store seeds
its countries table from `country_rows`.
"""

from __future__ import annotations

import gettext
from functools import lru_cache

import pandas as pd
import pycountry

from tradeinvest.reference_data import COUNTRY_GROUPS
from tradeinvest.text_keys import meant, near_misses, normalise_header
from tradeinvest.texts.phrases import Refusal

# Only what pycountry (English names, Dutch translations, ISO codes) misses; Duitsland,
# Zuid-Korea, Hongkong, Taiwan, Rusland, Tsjechië and the like come from the library (the tests
# pin them). Keys are folded with normalise_header, so spelling variants need no extra entries.
_COUNTRY_ALIASES: dict[str, str] = {
    # United Kingdom: its parts count as the UK
    "UK": "GB", "U.K.": "GB", "VK": "GB", "Engeland": "GB", "England": "GB",
    "Great Britain": "GB", "Britain": "GB", "Groot-Brittannië": "GB", "Schotland": "GB",
    "Scotland": "GB", "Wales": "GB", "Noord-Ierland": "GB", "Northern Ireland": "GB",
    # United States
    "U.S.": "US", "U.S.A.": "US", "VS": "US", "V.S.": "US", "Amerika": "US", "America": "US",
    # Plain "Korea" in business use means South Korea
    "Korea": "KR",
    # China and its special regions: Hong Kong and Macau keep their own codes
    "Chinese Taipei": "TW", "Republic of China": "TW", "ROC": "TW",
    "HK SAR": "HK", "Hong Kong SAR": "HK", "Hongkong SAR": "HK", "Hong Kong SAR China": "HK",
    "Macau SAR": "MO", "PRC": "CN", "Mainland China": "CN",
    # Others where common usage differs from the ISO name or its Dutch translation
    "Russia": "RU", "Tsjechische Republiek": "CZ", "Turkey": "TR", "Holland": "NL",
    "The Netherlands": "NL", "Deutschland": "DE", "BRD": "DE", "UAE": "AE", "VAE": "AE",
    "Emiraten": "AE", "Ivory Coast": "CI", "Vatican": "VA", "Vaticaanstad": "VA",
    "Palestine": "PS", "Palestina": "PS", "Saudi-Arabië": "SA", "Cape Verde": "CV",
    "Swaziland": "SZ", "Macedonia": "MK", "Macedonië": "MK", "Burma": "MM", "Birma": "MM",
}


def _country_names() -> list[tuple[str, str]]:
    """(name, alpha_2) for every English and Dutch name pycountry knows, English first."""
    dutch = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["nl"])
    english: list[tuple[str, str]] = []
    translated: list[tuple[str, str]] = []
    for country in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            name = getattr(country, attr, None)
            if name:
                english.append((name, country.alpha_2))
                translated.append((dutch.gettext(name), country.alpha_2))
    names: list[tuple[str, str]] = []
    for name, code in english + translated:
        names.append((name, code))
        if ", " in name:  # "Korea, Republiek" is also written "Republiek Korea"
            head, tail = name.split(", ", 1)
            names.append((f"{tail} {head}", code))
    return names


@lru_cache(maxsize=1)
def _country_lookup() -> dict[str, str]:
    """Folded name or code -> alpha_2. Aliases win over codes, codes over names; within names
    English wins over Dutch and the first country keeps a name two countries share."""
    lookup: dict[str, str] = {}
    for name, code in _country_names():
        lookup.setdefault(normalise_header(name), code)
    for country in pycountry.countries:
        lookup[country.alpha_2.casefold()] = country.alpha_2
        lookup[country.alpha_3.casefold()] = country.alpha_2
    for alias, code in _COUNTRY_ALIASES.items():
        lookup[normalise_header(alias)] = code
    return lookup


@lru_cache(maxsize=8192)
def _country_from_text(text: str) -> str:
    key = normalise_header(text)
    code = _country_lookup().get(key)
    if code is None:
        said = meant([_dutch_country_name(c) for c in near_misses(key, _country_lookup())])
        if said is None:
            raise Refusal("problem_unknown_country")
        raise Refusal("problem_unknown_country_meant", meant=said)
    return code


@lru_cache(maxsize=1)
def _dutch_country_names() -> dict[str, str]:
    dutch = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["nl"])
    return {c.alpha_2: dutch.gettext(getattr(c, "common_name", None) or c.name)
            for c in pycountry.countries}


def _dutch_country_name(code: str) -> str:
    return _dutch_country_names().get(code, code)


def parse_country(value: object) -> str:
    """ISO 3166-1 alpha-2 code from a Dutch or English name or an alpha-2/alpha-3 code.

    Case, spacing and accents do not matter ("duitsland", "DEU", "de" -> "DE"). Hong Kong
    ("HK") and Macau ("MO") stay their own codes; grouping them under China is done where
    countries are reported, not here. Plain "Korea" is read as South Korea (KR).
    """
    if not isinstance(value, str):
        raise Refusal("problem_unknown_country")
    return _country_from_text(value)


def country_rows() -> pd.DataFrame:
    """All ISO 3166-1 countries with Dutch names (pycountry's translations) and the reporting
    group each one counts under."""
    nl = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["nl"])
    rows = []
    for c in pycountry.countries:
        en = getattr(c, "common_name", None) or c.name
        rows.append((c.alpha_2, c.alpha_3, nl.gettext(c.name), en,
                     COUNTRY_GROUPS.get(c.alpha_2, c.alpha_2)))
    return pd.DataFrame(rows, columns=["iso2", "iso3", "name_nl", "name_en", "group_iso2"])
