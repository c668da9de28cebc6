"""Codes to the words users read: countries by name, vocabulary codes by label."""

from __future__ import annotations

import pandas as pd

from tradeinvest import vocab
from tradeinvest.texts import CATALOGUES, t

DIMENSION_VOCAB: dict[str, vocab.Vocabulary] = {
    "sector": vocab.SECTORS, "theme": vocab.THEMES, "pillar": vocab.MISSION_PILLARS,
    "partner": vocab.PARTNERS, "project_kind": vocab.PROJECT_KINDS,
    "mission_kind": vocab.MISSION_KINDS, "status": vocab.LEAD_STATUSES,
    "lead_status": vocab.LEAD_STATUSES, "outcome": vocab.OUTCOMES, "trade": vocab.TRADE_STATUS,
}


def label(dimension: str, code: object, lang: str = "nl",
          countries: dict[str, str] | None = None) -> str:
    """The label of one code of a dimension; countries need the name table."""
    if code is None or code == "unknown" or (isinstance(code, float) and pd.isna(code)):
        return t("unknown", lang)
    if dimension in ("country", "country_group", "country_team"):
        return (countries or {}).get(str(code), str(code))
    terms = DIMENSION_VOCAB.get(dimension)
    return vocab.label_of(terms, str(code), lang) if terms else str(code)


def labelled(frame: pd.DataFrame, dimension: str, lang: str = "nl",
             countries: dict[str, str] | None = None, column: str | None = None) -> pd.DataFrame:
    """A copy with `<column>_label` next to the code column."""
    column = column or dimension
    return frame.assign(**{f"{column}_label": [label(dimension, c, lang, countries)
                                               for c in frame[column]]})


def plan_labelled(frame: pd.DataFrame, lang: str = "nl") -> pd.DataFrame:
    """A copy with `label`: the name of each row's country-plan `indicator` in `lang`."""
    return frame.assign(label=[t(f"plan_indicator_{code}", lang) for code in frame["indicator"]])


def kind_label(kind: str, lang: str = "nl") -> str:
    """The name of an upload kind (`projects` -> "Projecten en banen" / "Projects and jobs")."""
    key = f"kind_{kind}"
    return t(key, lang) if key in CATALOGUES["nl"] else kind
