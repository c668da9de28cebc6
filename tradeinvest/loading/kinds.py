"""The kinds of upload and the period each one is for: a quarter ("2024Q3") for the quarterly
kinds, a year ("2018") for the yearly ones (activity calendar, country plans). What the
command line offers as --kind and the Upload page as its choice.
"""

from __future__ import annotations

from tradeinvest.ingest import schema

KINDS: tuple[str, ...] = tuple(schema.KINDS)  # in the order the app offers them


def is_yearly(kind: str) -> bool:
    """True for the kinds loaded per year (their sheets carry no quarter date)."""
    return kind in schema.YEARLY_KINDS


def column_names(kind: str, lang: str) -> list[str]:
    """The headers of the first sheet of `kind` as the template writes them in `lang`."""
    return [c.nl if lang == "nl" else c.en for c in schema.KINDS[kind][0].columns]


def columns(kind: str) -> list[str]:
    """The column names of the first sheet of `kind` (the editor of typed-in country plans
    shows these)."""
    return [c.name for c in schema.KINDS[kind][0].columns]

