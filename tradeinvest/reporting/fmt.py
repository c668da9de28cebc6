"""Numbers, euros, shares and dates as a Dutch (or English) reader expects them.

Babel writes them from the CLDR data of `nl_NL` and `en_GB` (separators, the euro's place and
spacing, abbreviated month names), so no separator or month name is written by hand here. The
CLDR forms: a Dutch euro is "€ 638.000" with a no-break space (U+00A0, in every font the PDF
uses; a line never breaks between sign and amount) and a negative one "€ -12,50"; a British
September is "Sept".
"""

from __future__ import annotations

import datetime as dt
import functools
import math

from babel import Locale
from babel.dates import format_date, format_time
from babel.numbers import NumberPattern, parse_pattern

from tradeinvest.texts import t

LOCALES = {"nl": "nl_NL", "en": "en_GB"}
MISSING = "–"


@functools.cache
def _locale(lang: str) -> Locale:
    """The Babel locale of a language of the app (Dutch unless "en")."""
    return Locale.parse(LOCALES.get(lang, LOCALES["nl"]))


@functools.cache
def _pattern(kind: str, decimals: int, lang: str) -> NumberPattern:
    """The locale's own decimal, percent or currency pattern with exactly `decimals` digits
    after the separator (parsed once: a table formats thousands of cells)."""
    locale = _locale(lang)
    formats = {"decimal": locale.decimal_formats, "percent": locale.percent_formats}
    source = (formats[kind][None] if kind in formats else locale.currency_formats["standard"])
    pattern = parse_pattern(source.pattern)
    pattern.frac_prec = (decimals, decimals)
    return pattern


def _missing(value: object) -> bool:
    return value is None or (isinstance(value, float) and math.isnan(value))


def number(value: float | int | None, decimals: int = 0, lang: str = "nl") -> str:
    """1234.5 -> '1.234,5' in Dutch, '1,234.5' in English; None -> '–'."""
    if _missing(value):
        return MISSING
    return _pattern("decimal", decimals, lang).apply(value, _locale(lang))


def euro(value: float | int | None, lang: str = "nl", decimals: int = 0) -> str:
    """'€ 1.234.567' in Dutch (no-break space), '€1,234,567' in English."""
    if _missing(value):
        return MISSING
    return _pattern("currency", decimals, lang).apply(value, _locale(lang), currency="EUR",
                                                      currency_digits=False)


def percent(share: float | None, decimals: int = 0, lang: str = "nl") -> str:
    """0.873 -> '87%' (a share, not a percentage, goes in)."""
    if _missing(share):
        return MISSING
    return _pattern("percent", decimals, lang).apply(share, _locale(lang))


def signed(value: float | int | None, decimals: int = 0, lang: str = "nl") -> str:
    """A change: '+12', '−3,5' (a true minus sign, as wide as the plus), '0'."""
    if _missing(value):
        return MISSING
    if value == 0:
        return number(0, decimals, lang)
    return ("+" if value > 0 else "−") + number(abs(value), decimals, lang)


def date(value: dt.date | dt.datetime | None, lang: str = "nl") -> str:
    """'15 aug 2024' / '15 Aug 2024': the locale's medium date."""
    if value is None:
        return MISSING
    return format_date(value, "medium", locale=_locale(lang))


def month(value: dt.date, lang: str = "nl") -> str:
    """'jun 2018' / 'Jun 2018': a month as the locale abbreviates it, with its year."""
    return format_date(value, "MMM y", locale=_locale(lang))


def timestamp(value: dt.datetime | None, lang: str = "nl") -> str:
    """'15 aug 2024 09:07': the date as `date` writes it and the 24-hour time."""
    if value is None:
        return MISSING
    return f"{date(value, lang)} {format_time(value, 'HH:mm', locale=_locale(lang))}"


def count(n: int, one: str, many: str, lang: str = "nl") -> str:
    """`n` with the singular or plural noun ("1 rij", "3 rijen"), the number in `lang` format."""
    return f"{number(n, 0, lang)} {one if n == 1 else many}"


def counted(n: int, key: str, lang: str = "nl") -> str:
    """`n` with the noun of catalogue entry `key` ("one|many"): "1 contract", "3 contracten"."""
    one, many = t(key, lang).split("|")
    return count(n, one, many, lang)


def contracts(n: int, lang: str = "nl") -> str:
    """"1 contract", "3 contracten" / "3 contracts": the trade-wins metrics' subline."""
    return counted(n, "count_contracts", lang)


def column_decimals(name: object, values: object) -> int:
    """Decimals a table shows for a numeric column: none for euros and whole numbers, three
    for shares (0.873, shown as 87,3 %), else one. The CSV rounds the same way."""
    import pandas as pd

    series = pd.Series(values, dtype="Float64").dropna()
    label = str(name)
    if label.endswith("_eur"):
        return 0
    if label.startswith("share") or label.endswith("_share"):
        return 3
    return 0 if series.mod(1).eq(0).all() else 1
