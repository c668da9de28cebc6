"""Numbers, euros, shares and dates as a Dutch (or English) reader expects them."""

from __future__ import annotations

import datetime as dt
import math

MONTHS_NL = ["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"]
MONTHS_EN = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def _missing(value: object) -> bool:
    return value is None or (isinstance(value, float) and math.isnan(value))


def number(value: float | int | None, decimals: int = 0, lang: str = "nl") -> str:
    """1234.5 -> '1.234,5' in Dutch, '1,234.5' in English; None -> '–'."""
    if _missing(value):
        return "–"
    text = f"{value:,.{decimals}f}"
    if lang == "nl":
        text = text.replace(",", "_").replace(".", ",").replace("_", ".")
    return text


def euro(value: float | int | None, lang: str = "nl", decimals: int = 0) -> str:
    """'€ 1.234.567' in Dutch, '€1,234,567' in English."""
    if _missing(value):
        return "–"
    sign = "-" if value < 0 else ""
    body = number(abs(value), decimals, lang)
    return f"{sign}€ {body}" if lang == "nl" else f"{sign}€{body}"


def percent(share: float | None, decimals: int = 0, lang: str = "nl") -> str:
    """0.873 -> '87%' (a share, not a percentage, goes in)."""
    if _missing(share):
        return "–"
    return f"{number(share * 100, decimals, lang)}%"


def signed(value: float | int | None, decimals: int = 0, lang: str = "nl") -> str:
    """A change: '+12', '−3,5', '0'."""
    if _missing(value):
        return "–"
    if value == 0:
        return number(0, decimals, lang)
    return ("+" if value > 0 else "−") + number(abs(value), decimals, lang)


def date(value: dt.date | dt.datetime | None, lang: str = "nl") -> str:
    """'15 aug 2024' / '15 Aug 2024'."""
    if value is None:
        return "–"
    months = MONTHS_NL if lang == "nl" else MONTHS_EN
    return f"{value.day} {months[value.month - 1]} {value.year}"


def timestamp(value: dt.datetime | None, lang: str = "nl") -> str:
    if value is None:
        return "–"
    return f"{date(value, lang)} {value:%H:%M}"


def count(n: int, one: str, many: str, lang: str = "nl") -> str:
    """`n` with the singular or plural noun ("1 rij", "3 rijen"), the number in `lang` format."""
    return f"{number(n, 0, lang)} {one if n == 1 else many}"


def contracts(n: int, lang: str = "nl") -> str:
    """"1 contract", "3 contracten" / "3 contracts": the trade-wins metrics' subline."""
    return count(n, "contract", "contracten" if lang == "nl" else "contracts", lang)


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
