"""The headline sentences about progress, worded once for the Overview page and the report.

A running year is compared with its pro-rated target and forecast; a finished year (all four
quarters loaded) is reached or missed, by how much, and not forecast. Quarters that are
missing (neither loaded nor reported empty) are named, with how the figures treat them.
"""

from __future__ import annotations

import pandas as pd

from tradeinvest import measure as m
from tradeinvest.reporting import fmt
from tradeinvest.texts import t


def status_label(p: m.Progress, lang: str) -> str:
    """The status word (Op koers, Gehaald, ...), or a dash without a target."""
    return t(f"status_{p.status}", lang) if p.status else "–"


def status_sentence(p: m.Progress, through: str, lang: str, *, bold: bool = False) -> str:
    """"Op koers: 600 nieuwe banen t/m 2024Q2, doel naar rato 500; prognose jaareinde 1.200
    bij een jaardoel van 1.000." or, for a finished year, "Gehaald: 1.050 nieuwe banen in
    2018 tegen een jaardoel van 1.000 (+50).". `bold` marks the status word in Markdown."""
    jobs, target = fmt.number(p.new_jobs, 0, lang), fmt.number(p.target, 0, lang)
    word = status_label(p, lang)
    head = f"{f'**{word}**' if bold else word}: {jobs} "
    if p.finished:
        return head + t("headline_finished", lang, year=p.year, target=target,
                        gap=fmt.signed(p.gap, 0, lang))
    return head + t("headline_running", lang, through=through, target=target,
                    prorated=fmt.number(p.prorated_target, 0, lang),
                    forecast=fmt.number(p.forecast, 0, lang),
                    method=t(f"forecast_method_{p.forecast_method}", lang).lower())


def missing_sentence(p: m.Progress, lang: str) -> str | None:
    """Which quarters are missing and how the figures treat them; None when none is."""
    if not p.quarters_missing:
        return None
    quarters = ", ".join(f"{p.year}Q{q}" for q in p.quarters_missing)
    return t("headline_missing", lang, quarters=quarters)


def cost_note(row: pd.Series, narrowed: bool, lang: str, *, whole_year: bool = False) -> str:
    """What the cost-per-job figure rests on: the months of budget (for a `whole_year` view of
    a running year: up to its latest loaded quarter, said so), whose budget (borrowed from an
    earlier year, visibly), and that it is regional when filters are active."""
    year, budget_year, months = int(row["year"]), int(row["budget_year"]), int(row["months"])
    text = t("cost_budget_months", lang, months=months, year=year)
    if whole_year and months < 12:
        text += " " + t("cost_year_running", lang, quarter=months // 3)
    if row["borrowed"]:
        text += ", " + t("cost_borrowed", lang, budget_year=budget_year, year=year)
    text += "."
    if narrowed:
        text += " " + t("cost_regional", lang)
    return text
