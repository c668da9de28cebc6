"""Reference data as the 2018 plan set it (see ../shared/domain.md): the defaults the store
seeds into a new database, the reporting groups of countries, the shapes of a target path,
and which reference tables the coordinator edits. Pure values and arithmetic, no I/O; every
figure stays editable in the database (settings page)."""

from __future__ import annotations

# Reporting groups: the plan counts Hong Kong (and Macao) under China.
COUNTRY_GROUPS = {"HK": "CN", "MO": "CN"}

JOBS_INDICATOR = "new_jobs"
DEFAULT_SETTINGS: dict[str, tuple[float, str]] = {
    "indirect_jobs_per_direct": (0.9, "Indirecte banen per directe FDI-baan (NL-gemiddelde)"),
    "on_track_share": (0.95, "Op koers vanaf dit aandeel van het (naar rato) doel"),
    "at_risk_share": (0.80, "Risico vanaf dit aandeel; daaronder: achter"),
    "baseline_jobs": (500.0, "Nulmeting: nieuwe banen per jaar (2016, IU en UCIB samen)"),
    "baseline_year": (2016.0, "Jaar van de nulmeting"),
    "max_upload_mb": (20.0, "Grootste toegestane upload in MB"),
    "max_jobs_per_row": (10_000.0, "Meeste banen in één rij van een upload; meer wordt "
                                   "geweigerd als tikfout (ingest/limits.py)"),
    # The pipeline forecast's prior (measure/forecast.py): the chance that an open
    # opportunity lands within 12 months, per stage and likelihood, and how many
    # opportunities of history that prior weighs as.
    **{f"forecast_p_{stage}_{likelihood}": (p, f"Prognose: kans op landen binnen 12 maanden, "
                                               f"{stage}/{likelihood} (standaard)")
       for stage, chances in (("prospect", (0.25, 0.12, 0.05)), ("active", (0.50, 0.30, 0.15)),
                              ("verify", (0.90, 0.80, 0.65)))
       for likelihood, p in zip(("high", "medium", "low"), chances, strict=True)},
    "forecast_prior_strength": (10.0, "Prognose: gewicht van de standaardkansen, in "
                                      "kansen uit de eigen historie"),
}

DEFAULT_BUDGET_2018 = [  # line, FTE, EUR (plan 6.1)
    ("Invest", 7.5, 258_000), ("Trade", 3.0, 140_000), ("Support", 2.0, 40_000),
    ("EMA / Brexit", 4.0, 100_000), ("Flex (missies)", 0.0, 100_000),
]
DEFAULT_FOCUS_2018 = [  # iso2, invest, trade, regions (plan ch. 5)
    ("DE", True, "yes", "Zuid-Duitsland, Noordrijn-Westfalen"),
    ("GB", True, "depends", "EMA-speerpunt"),
    ("CN", True, "yes", "Guangdong"),
    ("HK", True, "yes", "Hongkong"),
    ("IN", True, "no", None),
    ("JP", True, "no", None),
    ("TW", True, "yes", "Taichung, Kaohsiung, Taoyuan, New Taipei, Taipei"),
    ("US", True, "reactive", "SF, Atlanta, New York, Boston, Chicago"),
    ("CA", True, "reactive", "Toronto"),
]

EDITABLE = {  # table -> columns the coordinator edits (in this order)
    "targets": ["indicator", "year", "value", "note"],
    "budget_lines": ["year", "line", "fte", "eur", "valid_until"],
    "focus_countries": ["year", "iso2", "invest", "trade", "regions"],
}


def straight_line(start_year: int, start: float, end_year: int, end: float) -> dict[int, float]:
    """Equal yearly steps: 500 in 2018 to 1,000 in 2023 gives 500, 600, ..., 1,000."""
    step = (end - start) / (end_year - start_year)
    return {y: round(start + step * (y - start_year), 1) for y in range(start_year, end_year + 1)}


def constant_growth(start_year: int, start: float, end_year: int, end: float) -> dict[int, float]:
    """Same growth rate each year (500 -> 1,000 in five years is about +14.9 %/yr)."""
    rate = (end / start) ** (1 / (end_year - start_year))
    return {y: round(start * rate ** (y - start_year), 1) for y in range(start_year, end_year + 1)}
