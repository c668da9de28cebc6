"""The Settings page's tables and thresholds in the reader's words, in Dutch and English.

The reference tables hold codes (`new_jobs`, `DE`, `yes`/`no`/`reactive`) and the thresholds
carry a Dutch note from the database; the coordinator edits words ("Nieuwe directe banen",
"DE · Duitsland", "reactief") and whole years, while the codes stay what is stored.
"""

from __future__ import annotations

from typing import Any

import streamlit as st

INDICATORS = {"new_jobs": ("Nieuwe directe banen", "New direct jobs"),
              "companies_attracted": ("Aangetrokken bedrijven", "Companies attracted")}
TRADE = {"yes": ("ja", "yes"), "no": ("nee", "no"), "reactive": ("reactief", "reactive"),
         "depends": ("hangt ervan af", "depends")}
SETTINGS = {
    "indirect_jobs_per_direct": ("Indirecte banen per directe FDI-baan (NL-gemiddelde)",
                                 "Indirect jobs per direct FDI job (Dutch average)"),
    "on_track_share": ("Op koers vanaf dit aandeel van het (naar rato) doel",
                       "On track from this share of the (pro-rated) target"),
    "at_risk_share": ("Risico vanaf dit aandeel; daaronder: achter",
                      "At risk from this share; below it: behind"),
    "baseline_jobs": ("Nulmeting: nieuwe banen per jaar (2016, IU en UCIB samen)",
                      "Baseline: new jobs per year (2016, IU and UCIB together)"),
    "baseline_year": ("Jaar van de nulmeting", "Year of the baseline"),
    "max_upload_mb": ("Grootste toegestane upload in MB", "Largest upload allowed, in MB"),
    "max_jobs_per_row": ("Meeste banen in één rij van een upload; meer wordt geweigerd als "
                         "tikfout", "Most jobs in one row of an upload; more is refused as a "
                         "typing error"),
    "calendar_match_days": ("Kalender: dagen speling bij koppelen aan uitgevoerde missies",
                            "Calendar: days of slack when matching to missions carried out"),
    "yardstick_weight_a": ("Meetlat: gewicht A, bijdrage aan de doelen (banen)",
                           "Yardstick: weight A, contribution to the targets (jobs)"),
    "yardstick_weight_b": ("Meetlat: gewicht B, past in de strategie",
                           "Yardstick: weight B, fits the strategy"),
    "yardstick_weight_c": ("Meetlat: gewicht C, effectiviteit (netwerk, marktvraag)",
                           "Yardstick: weight C, effectiveness (network, market demand)"),
    "yardstick_weight_d": ("Meetlat: gewicht D, efficiëntie en continuïteit",
                           "Yardstick: weight D, efficiency and continuity"),
}


def _pick(pair: tuple[str, str], lang: str) -> str:
    return pair[0 if lang == "nl" else 1]


def _coded(names: dict[str, tuple[str, str]], lang: str) -> Any:
    """A format function: the word for a code, the code itself when it has none."""
    return lambda code: _pick(names[code], lang) if code in names else str(code)


def column_config(table: str, lang: str, countries: dict[str, str],
                  present: list[object]) -> dict[str, Any]:
    """Headers, formats and pick lists for one editable reference table; `present`: the codes
    now in its code column (kept selectable even if unknown here)."""
    cc, nl = st.column_config, lang == "nl"
    year = cc.NumberColumn("Jaar" if nl else "Year", format="%d", step=1, min_value=2000,
                           max_value=2100)
    if table == "targets":
        options = sorted({*INDICATORS, *map(str, present)})
        return {"indicator": cc.SelectboxColumn("Indicator", options=options,
                                                format_func=_coded(INDICATORS, lang)),
                "year": year, "value": cc.NumberColumn("Doel" if nl else "Target", format="%g"),
                "note": cc.TextColumn("Toelichting" if nl else "Note")}
    if table == "budget_lines":
        return {"year": year, "line": cc.TextColumn("Budgetpost" if nl else "Budget line"),
                "fte": cc.NumberColumn("Fte" if nl else "FTE", format="%.1f", min_value=0),
                "eur": cc.NumberColumn("Budget (€)", format="€ %d", min_value=0)}
    named = {code: (f"{code} · {name}", f"{code} · {name}") for code, name in countries.items()}
    return {"year": year,
            "iso2": cc.SelectboxColumn("Land" if nl else "Country",
                                       options=sorted({*countries, *map(str, present)}),
                                       format_func=_coded(named, lang)),
            "invest": cc.CheckboxColumn("Invest"),
            "trade": cc.SelectboxColumn("Trade", options=list(TRADE),
                                        format_func=_coded(TRADE, lang)),
            "regions": cc.TextColumn("Regio's" if nl else "Regions")}


def setting_input(key: str, value: float, note: str, lang: str) -> float:
    """A number box for one threshold, labelled in `lang`; years and counts as whole numbers,
    shares and ratios with two decimals."""
    label = _pick(SETTINGS[key], lang) if key in SETTINGS else note
    whole = float(value).is_integer() and not key.endswith(("_share", "_per_direct"))
    if whole:
        return float(st.number_input(label, value=int(value), step=1, format="%d",
                                     key=f"setting_{key}"))
    return float(st.number_input(label, value=float(value), step=0.01, format="%.2f",
                                 key=f"setting_{key}"))
