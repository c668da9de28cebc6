"""Every CSV the app offers: the headers the screen shows, numbers a spreadsheet reads as numbers.

A Dutch Excel splits a CSV on `;` and reads `1234,5` as a number (and `1234.5` as text or a
date); an English one splits on `,` and reads `1234.5`. So the Dutch file is `;`-separated with
a decimal comma and the English file `,`-separated with a decimal point, both with a BOM (é, €
intact). Numbers are rounded as the screen rounds them (`fmt.column_decimals`), so no float
noise (`450.90000000000003`) reaches the file, and they stay numbers: only text is guarded
against formula evaluation (`cells.csv_text`).
"""

from __future__ import annotations

import math

import pandas as pd

from tradeinvest.reporting import fmt
from tradeinvest.reporting.cells import csv_text

CSV_MIME = "text/csv"

# Internal column names -> the header a reader sees (Dutch, English). Tables pass their own
# labels; these cover the rest (chart data, tables without an explicit header list).
COLUMN_LABELS: dict[str, tuple[str, str]] = {
    "year": ("Jaar", "Year"), "quarter": ("Kwartaal", "Quarter"),
    "country": ("Land", "Country"), "country_group": ("Land van herkomst", "Country of origin"),
    "name": ("Naam", "Name"), "iso2": ("ISO-code", "ISO code"), "iso3": ("ISO3-code", "ISO3 code"),
    "theme": ("Thema", "Theme"), "sector": ("Sector", "Sector"), "fte": ("Fte", "FTE"),
    "pillar": ("Pijler", "Pillar"), "partner": ("Partner", "Partner"),
    "reference": ("Referentie", "Reference"), "company": ("Bedrijf", "Company"),
    "d": ("Datum", "Date"), "start_date": ("Startdatum", "Start date"),
    "end_date": ("Einddatum", "End date"),
    "project_kind": ("Soort project", "Project kind"), "target": ("Doel", "Target"),
    "realised": ("Gerealiseerd", "Realised"), "share_of_target": ("Realisatie", "Share of target"),
    "new_jobs": ("Nieuwe banen", "New jobs"), "retained_jobs": ("Behouden banen", "Retained jobs"),
    "new_jobs_invest": ("Nieuwe banen Invest", "New jobs invest"),
    "new_jobs_trade": ("Nieuwe banen Trade (schatting)", "New jobs trade (estimate)"),
    "indirect_jobs": ("Indirecte banen (schatting)", "Indirect jobs (estimate)"),
    "projects": ("Projecten", "Projects"), "investment_eur": ("Investering (€)", "Investment (€)"),
    "contract_value_eur": ("Contractwaarde (€)", "Contract value (€)"),
    "contacts": ("Contacten", "Contacts"), "bidbooks": ("Bidbooks", "Bidbooks"),
    "ffts": ("Fact-finding trips", "Fact-finding trips"), "missions": ("Missies", "Missions"),
    "mission_companies": ("Bedrijven op missie", "Companies on missions"),
    "companies": ("Bedrijven", "Companies"), "leads": ("Leads", "Leads"),
    "won_leads": ("Gewonnen leads", "Won leads"), "expected_jobs": ("Verwachte banen",
                                                                      "Expected jobs"),
    "opportunity_id": ("Kans", "Opportunity"), "title": ("Titel", "Title"),
    "total": ("Totaalscore", "Total score"), "decision": ("Besluit", "Decision"),
    "previous": ("Vorig kwartaal", "Previous quarter"), "current": ("Nu", "Now"),
    "delta": ("Verschil", "Change"), "label": ("Indicator", "Indicator"),
    "plan": ("Plan", "Plan"), "actual": ("Werkelijk", "Actual"),
    "source": ("Bron (bestand · kwartaal · rij)", "Source (file · quarter · row)"),
    "new_establishments": ("Nieuwe vestigingen", "New establishments"),
    "expansions": ("Uitbreidingen", "Expansions"), "retentions": ("Behoud", "Retentions"),
    "acquisitions": ("Overnames / fusies", "Acquisitions / mergers"),
    "trade_contracts": ("Exportcontracten", "Export contracts"),
    "label_nl": ("Indicator (Nederlands)", "Indicator (Dutch)"),
    "label_en": ("Indicator (Engels)", "Indicator (English)"),
    "file_name": ("Bestand", "File"), "source_row": ("Rij", "Row"),
    "country_source": ("Land bepaald uit", "Country taken from"),
    "match_rule": ("Koppelregel", "Match rule"), "mission_kind": ("Soort missie", "Mission kind"),
    "mission_name": ("Missie", "Mission"), "mission_reference": ("Missiereferentie",
                                                                  "Mission reference"),
    "mission_reference_matched": ("Gekoppelde missie", "Matched mission"),
    "mission_start": ("Start missie", "Mission start"), "mission_end": ("Einde missie",
                                                                        "Mission end"),
    "organised_by": ("Georganiseerd door", "Organised by"),
    "plan_start": ("Start volgens plan", "Planned start"),
    "plan_end": ("Einde volgens plan", "Planned end"),
    "start_precision": ("Precisie startdatum", "Start date precision"),
    "end_precision": ("Precisie einddatum", "End date precision"),
    "target_new_jobs": ("Doel nieuwe banen", "Target new jobs"),
    "status": ("Status", "Status"), "topic": ("Onderwerp", "Topic"), "event": ("Activiteit",
                                                                             "Activity"),
    "place": ("Plaats", "Place"), "staff": ("Medewerkers", "Staff"),
    "partners": ("Partners", "Partners"), "place_key": ("Plaats (sleutel)", "Place (key)"),
    "item": ("Nr.", "No."), "indicator": ("Indicator (code)", "Indicator (code)"),
    "investment_projects": ("Investeringsprojecten", "Investment projects"),
    "trade_wins": ("Trade wins (bedrijven per jaar)", "Trade wins (company-years)"),
    "in_region": ("In de regio gehouden", "Held in the region"),
    "budget_year": ("Budget van jaar", "Budget of year"), "borrowed": ("Geleend", "Borrowed"),
    "months": ("Maanden", "Months"), "valid_until": ("Geldig t/m", "Valid until"),
    "through": ("T/m", "Through"), "line": ("Begrotingsregel", "Budget line"),
    "eur": ("Bedrag (€)", "Amount (€)"), "cost_per_job": ("Kosten per baan (€)",
                                                         "Cost per job (€)"),
    "jobs_per_fte": ("Banen per fte", "Jobs per FTE"),
    "stage": ("Fase", "Stage"), "share": ("Aandeel", "Share"), "gap": ("Verschil", "Difference"),
    "sha256": ("Controlegetal (sha256)", "Checksum (sha256)"),
}


def column_label(name: object, lang: str = "nl") -> str:
    """The header for an internal column name (`x_label`: the header of `x`); an unknown
    name is shown as it is."""
    key = str(name).removesuffix("_label")
    pair = COLUMN_LABELS.get(key)
    return key if pair is None else pair[0 if lang == "nl" else 1]


def headers(columns: list[object], lang: str, labels: dict[str, str] | None = None
            ) -> dict[object, str]:
    """Column -> header: the caller's labels first, then COLUMN_LABELS; a code column beside
    its `_label` column is headed "... (code)"."""
    given = labels or {}
    out = {c: given.get(str(c), column_label(c, lang)) for c in columns}
    for c in columns:
        if f"{c}_label" in out and str(c) not in given:
            out[c] = f"{out[c]} (code)"
    return out


def _cell(value: object, lang: str) -> object:
    """One cell of a text (object) column: a float written in the reader's decimal mark, text
    made formula-safe."""
    if isinstance(value, float) and not math.isnan(value):
        text = f"{round(value, 2):g}" if value != int(value) else str(int(value))
        return text.replace(".", ",") if lang == "nl" else text
    return csv_text(value)


def prepared(frame: pd.DataFrame, lang: str,
             labels: dict[str, str] | None = None) -> pd.DataFrame:
    """The frame as written: numbers rounded as on screen (whole numbers without `.0`), text
    formula-safe, headers as shown."""
    out = frame.copy()
    for column in out.columns:
        series = out[column]
        if pd.api.types.is_bool_dtype(series):
            continue
        if pd.api.types.is_numeric_dtype(series):
            decimals = fmt.column_decimals(column, series)
            rounded = series.astype("Float64").round(decimals)
            whole = rounded.dropna().mod(1).eq(0).all()
            out[column] = rounded.astype("Int64") if decimals == 0 or whole else rounded
        elif not pd.api.types.is_datetime64_any_dtype(series):
            out[column] = series.map(lambda v: _cell(v, lang))
    return out.rename(columns=headers(list(out.columns), lang, labels))


def to_csv(frame: pd.DataFrame, lang: str = "nl", labels: dict[str, str] | None = None
           ) -> bytes:
    """CSV bytes a Dutch (`;`, decimal comma) or English (`,`, decimal point) Excel opens in
    columns, with numbers as numbers."""
    nl = lang == "nl"
    return prepared(frame, lang, labels).to_csv(
        index=False, sep=";" if nl else ",", decimal="," if nl else ".").encode("utf-8-sig")
