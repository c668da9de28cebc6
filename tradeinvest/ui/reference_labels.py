"""The Settings page's tables and thresholds in the reader's words, in Dutch and English.

The reference tables hold codes (`new_jobs`, `DE`, `yes`/`no`/`reactive`) and the thresholds
carry a Dutch note from the database; the coordinator edits words ("Nieuwe directe banen",
"DE · Duitsland", "reactief") and whole years, while the codes stay what is stored.
"""

from __future__ import annotations

from typing import Any

import streamlit as st

from tradeinvest.texts import CATALOGUES, t

# code -> catalogue key of its word
INDICATORS = {"new_jobs": "new_direct_jobs", "companies_attracted": "companies_attracted"}
TRADE = {code: f"trade_{code}" for code in ("yes", "no", "reactive", "depends")}


def setting_label(key: str, lang: str) -> str | None:
    """The label of a threshold in `lang` (catalogue key `setting_<key>`), None without one."""
    return t(f"setting_{key}", lang) if f"setting_{key}" in CATALOGUES["nl"] else None


def _coded(keys: dict[str, str], lang: str) -> Any:
    """A format function: the word for a code, the code itself when it has none."""
    return lambda code: t(keys[code], lang) if code in keys else str(code)


def column_config(table: str, lang: str, countries: dict[str, str],
                  present: list[object]) -> dict[str, Any]:
    """Headers, formats and pick lists for one editable reference table; `present`: the codes
    now in its code column (kept selectable even if unknown here)."""
    cc = st.column_config
    year = cc.NumberColumn(t("year", lang), format="%d", step=1, min_value=2000,
                           max_value=2100)
    if table == "targets":
        options = sorted({*INDICATORS, *map(str, present)})
        return {"indicator": cc.SelectboxColumn(t("indicator", lang), options=options,
                                                format_func=_coded(INDICATORS, lang)),
                "year": year, "value": cc.NumberColumn(t("col_target", lang), format="%g"),
                "note": cc.TextColumn(t("ref_note", lang))}
    if table == "budget_lines":
        return {"year": year, "line": cc.TextColumn(t("ref_budget_line", lang)),
                "fte": cc.NumberColumn(t("col_fte", lang), format="%.1f", min_value=0),
                "eur": cc.NumberColumn(t("budget_eur", lang), format="€ %d", min_value=0),
                "valid_until": cc.NumberColumn(t("ref_valid_until", lang), format="%d", step=1,
                                               min_value=2000, max_value=2100)}
    return {"year": year,
            "iso2": cc.SelectboxColumn(t("country", lang),
                                       options=sorted({*countries, *map(str, present)}),
                                       format_func=lambda code: f"{code} · {countries[code]}"
                                       if code in countries else str(code)),
            "invest": cc.CheckboxColumn(t("invest", lang)),
            "trade": cc.SelectboxColumn(t("trade", lang), options=list(TRADE),
                                        format_func=_coded(TRADE, lang)),
            "regions": cc.TextColumn(t("ref_regions", lang))}


def setting_input(key: str, value: float, note: str, lang: str) -> float:
    """A number box for one threshold, labelled in `lang`; years and counts as whole numbers,
    shares and ratios with two decimals."""
    label = setting_label(key, lang) or note
    whole = float(value).is_integer() and not key.endswith(("_share", "_per_direct")) \
        and not key.startswith("forecast_p_")  # a chance of 0 or 1 is still a share
    if whole:
        return float(st.number_input(label, value=int(value), step=1, format="%d",
                                     key=f"setting_{key}"))
    return float(st.number_input(label, value=float(value), step=0.01, format="%.2f",
                                 key=f"setting_{key}"))
