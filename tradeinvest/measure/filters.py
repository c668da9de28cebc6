"""The one selection every measure takes, and its one translation into SQL.

Every measure first brings its source rows into the same shape (see `facts.py`): a period date
`d` and the columns `pillar`, `country`, `country_group`, `sector`, `theme`, `partner`,
`project_kind`, `ema_brexit`. `Filters` is translated against those names only, so a filter
means the same thing on every page and in every indicator.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace

from tradeinvest.texts.phrases import Refusal

Values = tuple[str, ...]
Dimension = str | tuple[str, ...] | None


def _as_tuple(value: str | Values | None) -> Values | None:
    if value is None or value == "" or value == ():
        return None
    return (value,) if isinstance(value, str) else tuple(value)


@dataclass(frozen=True)
class Filters:
    """What to count. Empty fields select everything.

    Period: `year` alone is that calendar year; `year` + `quarter` is that one quarter, or Q1 up
    to and including `quarter` when `year_to_date` is set. Dimension fields take one code or a
    tuple of codes. `country` is ISO2; a reporting group (CN) includes its members (HK, MO)
    through countries.group_iso2, a member (HK) selects only itself. `pillar` "invest" or
    "trade" also matches missions that serve both. `ema_brexit=True` keeps only EMA/Brexit
    tagged records (only projects and leads carry the tag).
    """

    year: int | None = None
    quarter: int | None = None
    year_to_date: bool = False
    pillar: str | Values | None = None
    country: str | Values | None = None
    sector: str | Values | None = None
    theme: str | Values | None = None
    partner: str | Values | None = None
    ema_brexit: bool | None = None

    def __post_init__(self) -> None:
        if self.quarter is not None and self.quarter not in (1, 2, 3, 4):
            raise Refusal("refusal_quarter_number", value=repr(self.quarter))
        for name in ("pillar", "country", "sector", "theme", "partner"):
            object.__setattr__(self, name, _as_tuple(getattr(self, name)))
        if self.country:
            object.__setattr__(self, "country", tuple(c.upper() for c in self.country))

    def without_period(self) -> Filters:
        return replace(self, year=None, quarter=None, year_to_date=False)

    def period(self, year: int | None, quarter: int | None = None,
               year_to_date: bool = False) -> Filters:
        return replace(self, year=year, quarter=quarter, year_to_date=year_to_date)


ALL = Filters()


def lit(value: object) -> str:
    """A SQL literal. Values are inlined (not bound) so that query parts compose freely;
    strings are quoted by doubling single quotes, which is complete for DuckDB."""
    if value is None:
        return "NULL"
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, int | float):
        return repr(value)
    if isinstance(value, dt.datetime):
        return f"TIMESTAMP '{value.replace(tzinfo=None).isoformat(sep=' ')}'"
    if isinstance(value, dt.date):
        return f"DATE '{value.isoformat()}'"
    return "'" + str(value).replace("'", "''") + "'"


def _in(column: str, values: Values) -> str:
    return f"{column} IN ({', '.join(lit(v) for v in values)})"


def _period(f: Filters) -> list[str]:
    """The period as a date range where a year is given: DuckDB then skips the row groups of
    other years (a mart is stored in date order), which year(d) = ... would not let it do."""
    if f.year is None:
        return [] if f.quarter is None else [f"quarter(d) = {int(f.quarter)}"]
    first_month = 1 if f.quarter is None or f.year_to_date else 3 * f.quarter - 2
    start = dt.date(int(f.year), first_month, 1)
    end = (dt.date(int(f.year) + 1, 1, 1) if f.quarter in (None, 4)
           else dt.date(int(f.year), 3 * f.quarter + 1, 1))
    return [f"d >= {lit(start)}", f"d < {lit(end)}"]


def where(f: Filters | None, *, period: bool = True, themes: bool = False) -> str:
    """The WHERE condition of `f` over the common column names (`TRUE` when empty).

    `period=False` leaves out year/quarter, for measures that choose their own date window.
    `themes=True` for a relation with missions' `themes` lists (facts.missions, facts.output):
    a theme filter then keeps a mission serving any chosen theme among others.
    """
    f = f or ALL
    parts: list[str] = []
    if period:
        parts.extend(_period(f))
    if f.pillar:
        parts.append(f"({_in('pillar', f.pillar)} OR pillar = 'both')")
    if f.country:
        parts.append(f"({_in('country', f.country)} OR {_in('country_group', f.country)})")
    if f.sector:
        parts.append(_in("sector", f.sector))
    if f.theme and themes:
        chosen = ", ".join(lit(v) for v in f.theme)
        parts.append(f"({_in('theme', f.theme)} OR list_has_any(themes, [{chosen}]))")
    elif f.theme:
        parts.append(_in("theme", f.theme))
    if f.partner:
        parts.append(_in("partner", f.partner))
    if f.ema_brexit is not None:
        parts.append(f"ema_brexit = {lit(bool(f.ema_brexit))}")
    return " AND ".join(parts) or "TRUE"


# Breakdown dimensions -> SQL over the common columns. Rows without a value group as 'unknown'.
DIMENSIONS: dict[str, str] = {
    "year": "year(d)",
    "quarter": "strftime(d, '%Y') || 'Q' || quarter(d)",
    "pillar": "coalesce(pillar, 'unknown')",
    "country": "coalesce(country, 'unknown')",
    "country_group": "coalesce(country_group, 'unknown')",
    "sector": "coalesce(sector, 'unknown')",
    "theme": "coalesce(theme, 'unknown')",
    "partner": "coalesce(partner, 'unknown')",
    "project_kind": "coalesce(project_kind, 'unknown')",
}


def dimension_sql(dimension: str) -> str:
    try:
        return DIMENSIONS[dimension]
    except KeyError:
        raise ValueError(f"unknown dimension {dimension!r}; choose from "
                         f"{', '.join(DIMENSIONS)}") from None


def group_sql(dimension: Dimension) -> tuple[str, str]:
    """(select list ending in ", ", GROUP BY positions) for a dimension, a tuple, or None."""
    dims = () if dimension is None else (
        (dimension,) if isinstance(dimension, str) else tuple(dimension))
    select = "".join(f"{dimension_sql(d)} AS {d}, " for d in dims)
    positions = ", ".join(str(i) for i in range(1, len(dims) + 1))
    return select, positions
