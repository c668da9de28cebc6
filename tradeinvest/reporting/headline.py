"""The headline sentences about progress, worded once for the Overview page and the report.

A running year is compared with its pro-rated target and forecast; a finished year (all four
quarters loaded) is reached or missed, by how much, and not forecast. Quarters that are
missing (neither loaded nor reported empty) are named, with how the figures treat them.
"""

from __future__ import annotations

import pandas as pd

from tradeinvest import measure as m
from tradeinvest.reporting import fmt


def status_label(p: m.Progress, lang: str) -> str:
    """The status word (Op koers, Gehaald, ...), or a dash without a target."""
    return m.STATUS_LABELS[p.status][0 if lang == "nl" else 1] if p.status else "–"


def status_sentence(p: m.Progress, through: str, lang: str, *, bold: bool = False) -> str:
    """"Op koers: 600 nieuwe banen t/m 2024Q2, doel naar rato 500; prognose jaareinde 1.200
    bij een jaardoel van 1.000." or, for a finished year, "Gehaald: 1.050 nieuwe banen in
    2018 tegen een jaardoel van 1.000 (+50).". `bold` marks the status word in Markdown."""
    nl = lang == "nl"
    jobs, target = fmt.number(p.new_jobs, 0, lang), fmt.number(p.target, 0, lang)
    word = status_label(p, lang)
    head = f"{f'**{word}**' if bold else word}: {jobs} "
    if p.finished:
        return head + (f"nieuwe banen in {p.year} tegen een jaardoel van {target} "
                       f"({fmt.signed(p.gap, 0, lang)})." if nl else
                       f"new jobs in {p.year} against an annual target of {target} "
                       f"({fmt.signed(p.gap, 0, lang)}).")
    prorated, forecast = (fmt.number(p.prorated_target, 0, lang),
                          fmt.number(p.forecast, 0, lang))
    return head + (f"nieuwe banen t/m {through}, doel naar rato {prorated}; prognose jaareinde "
                   f"{forecast} bij een jaardoel van {target}." if nl else
                   f"new jobs through {through}, pro-rated target {prorated}; year-end "
                   f"forecast {forecast} against an annual target of {target}.")


def missing_sentence(p: m.Progress, lang: str) -> str | None:
    """Which quarters are missing and how the figures treat them; None when none is."""
    if not p.quarters_missing:
        return None
    quarters = ", ".join(f"{p.year}Q{q}" for q in p.quarters_missing)
    return (f"Ontbrekend: {quarters} — niet geladen en niet als leeg gemeld. Zo'n kwartaal is "
            "onbekend: het telt niet mee in het doel naar rato en beide prognoses rekenen met "
            "de geladen kwartalen (× 4 / hun aantal). Upload het kwartaal, of een "
            "projectenbestand met alleen de kopregel als er geen projecten waren."
            if lang == "nl" else
            f"Missing: {quarters} — neither loaded nor reported empty. Such a quarter is "
            "unknown: it is left out of the pro-rated target and both forecasts use the loaded "
            "quarters (× 4 / their number). Upload the quarter, or a projects file with only "
            "the header row if there were no projects.")


def cost_note(row: pd.Series, narrowed: bool, lang: str, *, whole_year: bool = False) -> str:
    """What the cost-per-job figure rests on: the months of budget (for a `whole_year` view of
    a running year: up to its latest loaded quarter, said so), whose budget (borrowed from an
    earlier year, visibly), and that it is regional when filters are active."""
    nl = lang == "nl"
    year, budget_year, months = int(row["year"]), int(row["budget_year"]), int(row["months"])
    text = (f"Budget {months}/12 van {year}" if nl else f"Budget {months}/12 of {year}")
    if whole_year and months < 12:
        text += (f" (het jaar loopt nog: t/m Q{months // 3}, het laatste geladen kwartaal)"
                 if nl else
                 f" (the year is still running: through Q{months // 3}, the latest loaded "
                 "quarter)")
    if row["borrowed"]:
        text += (f", geleend van {budget_year} (geen eigen budget voor {year})" if nl else
                 f", borrowed from {budget_year} (no budget of its own for {year})")
    text += "."
    if narrowed:
        text += (" Regionaal cijfer: budget en banen van de hele regio, de filters gelden hier "
                 "niet (het budget is niet per land of sector verdeeld)." if nl else
                 " Regional figure: budget and jobs of the whole region, the filters do not "
                 "apply here (the budget is not split by country or sector).")
    return text
