"""The governors' quarterly report, as Excel (one sheet per section) and as PDF (with charts).

Built from the measure API only (`tradeinvest.measure`), so every figure in it is the figure
the pages show; contact-person details are not part of that API and so never in a report.
Dutch by default, English on request.

Excel: real numbers with number formats (never numbers as text), Dutch headers, one sheet per
section. Text that comes from uploaded files (company, mission names) and starts with `=`,
`+`, `-`, `@`, tab or carriage return is stored as a plain string with Excel's quote prefix
(what typing a leading apostrophe gives), so Excel never evaluates it as a formula.

PDF: `report_pdf` (fpdf2, charts drawn for the page in the system Chromium); Excel needs no
browser.
"""

from __future__ import annotations

import datetime as dt
import io
import math
import os
from dataclasses import dataclass, field
from pathlib import Path

import duckdb
import pandas as pd
import plotly.graph_objects as go
from openpyxl import Workbook
from openpyxl.cell.cell import Cell
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

from tradeinvest import measure as m
from tradeinvest.measure import catalog
from tradeinvest.reporting import charts, fmt, maps
from tradeinvest.reporting.cells import FORMULA_START
from tradeinvest.reporting.headline import status_label
from tradeinvest.reporting.labels import label

XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"

# Column kinds -> Excel number formats (locale-neutral codes: Dutch Excel shows 1.234,5).
EXCEL_FORMATS = {"year": "0", "int": "#,##0", "dec1": "#,##0.0", "dec2": "#,##0.00",
                 "eur": '"€" #,##0', "pct": "0%", "date": "d-m-yyyy", "text": "@"}


class ReportError(RuntimeError):
    """The report cannot be made (no data for the quarter, no Chromium for the PDF)."""


@dataclass
class Table:
    """One section: a sheet in Excel, a table in the PDF.

    `columns`: (frame column, header, kind); kind "row" takes the kind per row from
    `row_kinds` (figure lists mixing counts, euros and shares in one column).
    """

    sheet: str
    title: str
    frame: pd.DataFrame
    columns: list[tuple[str, str, str]]
    note: str = ""
    row_kinds: list[str] = field(default_factory=list)


@dataclass
class Report:
    year: int
    quarter: int
    lang: str
    through: str                 # latest quarter with projects, e.g. "2024Q3"
    progress: m.Progress
    tables: list[Table]
    figures: dict[str, go.Figure]
    generated: dt.datetime

    @property
    def title(self) -> str:
        return (f"Kwartaalrapportage Trade & Invest Utrecht Region — {self.year} Q{self.quarter}"
                if self.lang == "nl" else
                f"Quarterly report Trade & Invest Utrecht Region — {self.year} Q{self.quarter}")

    @property
    def subtitle(self) -> str:
        stamp = fmt.timestamp(self.generated, self.lang)
        return (f"Gegevens t/m {self.through}; gemaakt {stamp}. Nieuwe banen zijn directe banen "
                "binnen drie jaar; behouden en indirecte banen tellen niet mee voor het doel."
                if self.lang == "nl" else
                f"Data through {self.through}; made {stamp}. New jobs are direct jobs within "
                "three years; retained and indirect jobs do not count towards the target.")


def _t(lang: str, nl: str, en: str) -> str:
    return nl if lang == "nl" else en


# --- building: measure API only ---------------------------------------------------------------

OUTPUT_ROWS = ("contacts", "bidbooks", "ffts", "missions", "mission_companies", "leads",
               "won_leads")
IMPACT_ROWS = ("investment_projects", "new_establishments", "expansions", "retentions",
               "acquisitions", "trade_wins", "trade_contracts", "new_jobs", "new_jobs_invest",
               "new_jobs_trade", "retained_jobs", "investment_eur", "contract_value_eur")
FIGURE_LABELS: dict[str, tuple[str, str]] = {
    "contacts": ("Contacten", "Contacts"),
    "bidbooks": ("Bidbooks / proposities", "Bidbooks / propositions"),
    "ffts": ("Fact-finding trips", "Fact-finding trips"),
    "missions": ("Missies", "Missions"),
    "mission_companies": ("Bedrijven op missie", "Companies on missions"),
    "leads": ("Leads", "Leads"),
    "won_leads": ("Gewonnen leads", "Won leads"),
    "investment_projects": ("Investeringsprojecten", "Investment projects"),
    "new_establishments": ("Nieuwe vestigingen", "New establishments"),
    "expansions": ("Uitbreidingen", "Expansions"),
    "retentions": ("Behoud", "Retentions"),
    "acquisitions": ("Overnames / fusies", "Acquisitions / mergers"),
    "trade_wins": ("Trade wins (bedrijven per jaar)", "Trade wins (company-years)"),
    "trade_contracts": ("Exportcontracten", "Export contracts"),
    "new_jobs": ("Nieuwe directe banen", "New direct jobs"),
    "new_jobs_invest": ("waarvan Invest", "of which invest"),
    "new_jobs_trade": ("waarvan Trade (schatting)", "of which trade (estimate)"),
    "retained_jobs": ("Behouden banen (apart)", "Retained jobs (separate)"),
    "investment_eur": ("Investering (€)", "Investment (€)"),
    "contract_value_eur": ("Contractwaarde (€)", "Contract value (€)"),
}


def _num(value: object) -> float | None:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return None
    return float(value)  # type: ignore[arg-type]


def _progress_table(p: m.Progress, lang: str) -> Table:
    status = status_label(p, lang)
    rows = [
        (_t(lang, "Status", "Status"), status, "text"),
        (_t(lang, "Nieuwe directe banen (jaar tot nu)", "New direct jobs (year to date)"),
         p.new_jobs, "int"),
        (_t(lang, "waarvan Invest", "of which invest"), p.new_jobs_invest, "int"),
        (_t(lang, "waarvan Trade (schatting)", "of which trade (estimate)"), p.new_jobs_trade,
         "int"),
        (_t(lang, "Jaardoel", "Annual target"), p.target, "int"),
        (_t(lang, "Doel naar rato", "Pro-rated target"), p.prorated_target, "int"),
        (_t(lang, "Realisatie t.o.v. doel naar rato", "Share of pro-rated target"),
         p.share_of_prorated, "pct"),
        (_t(lang, "Realisatie t.o.v. jaardoel", "Share of annual target"), p.share_of_target,
         "pct"),
        (_t(lang, "Verschil met jaardoel (afgerond jaar)", "Difference from target (finished "
                "year)"), p.gap, "int"),
        (_t(lang, "Prognose jaareinde (tempo tot nu)", "Year-end forecast (run rate)"),
         p.forecast_run_rate, "int"),
        (_t(lang, "Prognose: laatste vier kwartalen", "Forecast: last four quarters"),
         p.forecast_last_four, "int"),
        (_t(lang, "Behouden banen (apart)", "Retained jobs (separate)"), p.retained_jobs,
         "int"),
        (_t(lang, "Indirecte banen (schatting)", "Indirect jobs (estimate)"), p.indirect_jobs,
         "int"),
        (_t(lang, "Geladen kwartalen", "Quarters loaded"),
         ", ".join(f"Q{q}" for q in p.quarters_loaded), "text"),
        (_t(lang, "Ontbrekende kwartalen", "Missing quarters"),
         ", ".join(f"Q{q}" for q in p.quarters_missing) or "–", "text"),
    ]
    frame = pd.DataFrame([(a, b) for a, b, _ in rows], columns=["figure", "value"])
    return Table(_t(lang, "Voortgang", "Progress"),
                 _t(lang, "Doel en voortgang", "Target and progress"), frame,
                 [("figure", "Indicator", "text"), ("value", _t(lang, "Waarde", "Value"), "row")],
                 _t(lang, "Status: jaar tot nu t.o.v. het doel naar rato (doel × geladen "
                          "kwartalen / 4); een jaar met vier geladen kwartalen is gehaald of "
                          "niet gehaald, zonder prognose. Prognose: jaar tot nu × 4 / geladen "
                          "kwartalen; een ontbrekend kwartaal telt in doel en beide prognoses "
                          "niet mee.",
                    "Status: year to date against the pro-rated target (target × quarters "
                    "loaded / 4); a year with four quarters loaded is reached or missed, not "
                    "forecast. Forecast: year to date × 4 / quarters loaded; a missing "
                    "quarter is left out of the target and both forecasts."),
                 [k for _, _, k in rows])


def _change_table(sheet: str, title: str, keys: tuple[str, ...], previous: dict,
                  current: dict, quarter: int, lang: str) -> Table:
    frame = pd.DataFrame([{"figure": FIGURE_LABELS[k][0 if lang == "nl" else 1],
                           "previous": _num(previous.get(k)) or 0.0,
                           "current": _num(current.get(k)) or 0.0} for k in keys])
    frame["delta"] = frame["current"] - frame["previous"]
    kinds = ["eur" if k.endswith("_eur") else "int" for k in keys]
    prev_label = (_t(lang, f"t/m Q{quarter - 1}", f"through Q{quarter - 1}") if quarter > 1
                  else _t(lang, "vorig kwartaal", "previous quarter"))
    return Table(sheet, title, frame,
                 [("figure", "Indicator", "text"), ("previous", prev_label, "row"),
                  ("current", _t(lang, f"t/m Q{quarter}", f"through Q{quarter}"), "row"),
                  ("delta", _t(lang, "Verschil", "Change"), "row")],
                 _t(lang, "Jaar tot nu, op de gegevens van vandaag; voor Q1 is het vorige "
                          "kwartaal nul.", "Year to date, on today's data; for Q1 the previous "
                          "quarter is zero."), kinds)


def _market_table(con: duckdb.DuckDBPyConnection, ytd: m.Filters, year: int, q: int,
                  lang: str, names: dict[str, str]) -> Table:
    """Trade by export market: trade wins, contracts, estimated jobs and value (never mixed
    with the investment projects by origin)."""
    by_market = m.impact_by_country_role(con, "market", "country_group", ytd)
    by_market = by_market.assign(name=[label("country_group", c, lang, names)
                                       for c in by_market["country_group"]]
                                 ).sort_values("contract_value_eur", ascending=False)
    return Table(
        _t(lang, "Exportmarkten", "Export markets"),
        _t(lang, f"Trade per exportmarkt, {year} t/m Q{q}",
           f"Trade by export market, {year} through Q{q}"), by_market,
        [("name", _t(lang, "Exportmarkt", "Export market"), "text"),
         ("trade_wins", _t(lang, "Trade wins", "Trade wins"), "int"),
         ("trade_contracts", _t(lang, "Exportcontracten", "Export contracts"), "int"),
         ("new_jobs", _t(lang, "Banen (schatting)", "Jobs (estimate)"), "int"),
         ("contract_value_eur", _t(lang, "Contractwaarde (€)", "Contract value (€)"), "eur")],
        _t(lang, "Trade win = een bedrijf met minstens één contract in het jaar (waarden "
                 "opgeteld); een bedrijf dat in twee markten wint telt in elk één keer.",
           "Trade win = a company with at least one contract in the year (values summed); a "
           "company winning in two markets counts once in each."))


def build(con: duckdb.DuckDBPyConnection, year: int, quarter: int | str,
          lang: str = "nl") -> Report:
    """Gather the quarter's figures through the measure API; raise ReportError without data."""
    p = m.progress(con, year, quarter)
    if p.quarter is None:
        raise ReportError(_t(lang, "Kies een kwartaal (Q1–Q4).", "Choose a quarter (Q1–Q4)."))
    q = p.quarter
    if not p.quarters_loaded:
        raise ReportError(_t(lang, f"Voor {year} t/m Q{q} zijn geen projecten geladen.",
                             f"No projects loaded for {year} through Q{q}."))
    ytd = m.Filters().period(year, q, year_to_date=True)
    countries = catalog.country_table(con)
    names = dict(zip(countries["iso2"], countries["name_nl" if lang == "nl" else "name_en"],
                     strict=True))
    tables = [_progress_table(p, lang)]
    figures: dict[str, go.Figure] = {}

    path = m.progress_by_year(con, ytd)
    figures["path"] = charts.path_chart(
        path.rename(columns={"new_jobs": "realised"})[["year", "realised", "target"]], lang,
        year, p.forecast)
    tables.append(Table(
        _t(lang, "Pad naar doel", "Path to target"),
        _t(lang, "Nieuwe banen per jaar tegen het doelpad", "New jobs per year against the path"),
        path, [("year", _t(lang, "Jaar", "Year"), "year"),
               ("target", _t(lang, "Doel", "Target"), "int"),
               ("new_jobs", _t(lang, "Nieuwe banen", "New jobs"), "int"),
               ("new_jobs_invest", "Invest", "int"),
               ("new_jobs_trade", _t(lang, "Trade (schatting)", "Trade (estimate)"), "int"),
               ("retained_jobs", _t(lang, "Behouden banen", "Retained jobs"), "int"),
               ("share_of_target", _t(lang, "Realisatie", "Share of target"), "pct")],
        _t(lang, f"{year}: t/m Q{q}.", f"{year}: through Q{q}.")))

    by_group = m.impact_by_country_role(con, "origin", "country_group", ytd)
    by_group = by_group.assign(name=[label("country_group", c, lang, names)
                                     for c in by_group["country_group"]])
    by_group = by_group.sort_values(["new_jobs", "investment_projects"], ascending=False)
    figures["countries"] = charts.ranking(
        by_group, "name", "new_jobs", _t(lang, "Nieuwe banen (investeringen) per land van "
                                               "herkomst", "New jobs (investment) by country "
                                               "of origin"),
        _t(lang, "Nieuwe directe banen", "New direct jobs"), lang)
    by_country = m.impact_by_country_role(con, "origin", "country", ytd).merge(
        countries, left_on="country", right_on="iso2", how="left")
    by_country["name"] = by_country["name_nl" if lang == "nl" else "name_en"].fillna(
        by_country["country"])
    figures["map"] = maps.world_choropleth(
        by_country, "iso3", "new_jobs", "name",
        _t(lang, "Nieuwe banen (investeringen) per land van herkomst",
           "New jobs (investment) by country of origin"), _t(lang, "Banen", "Jobs"))
    impact_cols = [("investment_projects", _t(lang, "Investeringsprojecten",
                                               "Investment projects"), "int"),
                   ("new_jobs", _t(lang, "Nieuwe banen", "New jobs"), "int"),
                   ("retained_jobs", _t(lang, "Behouden banen", "Retained jobs"), "int"),
                   ("investment_eur", _t(lang, "Investering (€)", "Investment (€)"), "eur")]
    tables.append(Table(_t(lang, "Landen", "Countries"),
                        _t(lang, f"Banen per land van herkomst, {year} t/m Q{q}",
                           f"Jobs by country of origin, {year} through Q{q}"),
                        by_group, [("name", _t(lang, "Land", "Country"), "text"), *impact_cols],
                        _t(lang, "Land van het hoofdkantoor van de uiteindelijke moeder; "
                                 "Hongkong telt bij China.",
                           "Country of the ultimate parent's headquarters; Hong Kong counts "
                           "under China.")))
    tables.append(_market_table(con, ytd, year, q, lang, names))

    by_sector = m.impact_by(con, ("theme", "sector"), ytd)
    by_sector = by_sector.assign(
        theme_label=[label("theme", c, lang) for c in by_sector["theme"]],
        sector_label=[label("sector", c, lang) for c in by_sector["sector"]],
    ).sort_values(["new_jobs", "investment_projects"], ascending=False)
    figures["sectors"] = charts.ranking(
        by_sector, "sector_label", "new_jobs", _t(lang, "Nieuwe banen per sector",
                                                  "New jobs by sector"),
        _t(lang, "Nieuwe directe banen", "New direct jobs"), lang)
    tables.append(Table(_t(lang, "Sectoren", "Sectors"),
                        _t(lang, f"Banen per thema en sector, {year} t/m Q{q}",
                           f"Jobs by theme and sector, {year} through Q{q}"),
                        by_sector, [("theme_label", _t(lang, "Thema", "Theme"), "text"),
                                    ("sector_label", "Sector", "text"), *impact_cols,
                                    ("trade_wins", _t(lang, "Trade wins", "Trade wins"),
                                     "int")]))

    current = m.totals(con, ytd)
    previous = (m.totals(con, m.Filters().period(year, q - 1, year_to_date=True)) if q > 1
                else {})
    tables.append(_change_table("Output", _t(lang, "Output (plan 2.1) en verandering sinds "
                                                   "vorig kwartaal",
                                             "Output (plan 2.1) and change since last quarter"),
                                OUTPUT_ROWS, previous, current, q, lang))
    tables.append(_change_table("Impact", _t(lang, "Impact (plan 2.2) en verandering sinds "
                                                   "vorig kwartaal",
                                             "Impact (plan 2.2) and change since last quarter"),
                                IMPACT_ROWS, previous, current, q, lang))

    projects = m.project_records(con, ytd)
    projects = projects.assign(
        kind=[label("project_kind", c, lang) for c in projects["project_kind"]],
        country_name=[label("country", c, lang, names) for c in projects["country"]],
        sector_label=[label("sector", c, lang) for c in projects["sector"]],
        landed=[pd.Timestamp(d).date() if pd.notna(d) else None for d in projects["d"]])
    tables.append(Table(
        _t(lang, "Projecten", "Projects"),
        _t(lang, f"Gerealiseerde projecten, {year} t/m Q{q}",
           f"Realised projects, {year} through Q{q}"), projects,
        [("landed", _t(lang, "Gerealiseerd", "Realised"), "date"),
         ("company", _t(lang, "Bedrijf", "Company"), "text"),
         ("kind", _t(lang, "Soort", "Kind"), "text"),
         ("country_name", _t(lang, "Land", "Country"), "text"),
         ("sector_label", "Sector", "text"),
         ("new_jobs", _t(lang, "Nieuwe banen", "New jobs"), "int"),
         ("retained_jobs", _t(lang, "Behouden banen", "Retained jobs"), "int"),
         ("investment_eur", _t(lang, "Investering (€)", "Investment (€)"), "eur")],
        _t(lang, "Trade-banen zijn schattingen van de bedrijven.",
           "Trade jobs are the companies' estimates.")))

    missions = m.mission_yield(con, ytd)
    missions = missions.assign(
        country_name=[label("country", c, lang, names) for c in missions["country"]],
        start=[pd.Timestamp(d).date() if pd.notna(d) else None for d in missions["start_date"]],
        leads_per_company=[lead / comp if comp else None for lead, comp in
                           zip(missions["leads"], missions["companies"], strict=True)])
    tables.append(Table(
        _t(lang, "Missies", "Missions"),
        _t(lang, f"Missies en hun opbrengst, {year} t/m Q{q}",
           f"Missions and their yield, {year} through Q{q}"), missions,
        [("reference", _t(lang, "Referentie", "Reference"), "text"),
         ("name", _t(lang, "Missie", "Mission"), "text"),
         ("country_name", _t(lang, "Land", "Country"), "text"),
         ("start", "Start", "date"),
         ("companies", _t(lang, "Bedrijven", "Companies"), "int"),
         ("leads", "Leads", "int"),
         ("leads_per_company", _t(lang, "Leads per bedrijf", "Leads per company"), "dec2"),
         ("won_leads", _t(lang, "Gewonnen leads", "Won leads"), "int"),
         ("projects", _t(lang, "Projecten", "Projects"), "int"),
         ("new_jobs", _t(lang, "Nieuwe banen", "New jobs"), "int")],
        _t(lang, "Projecten en banen die naar de missie herleiden (elk project telt bij één "
                 "missie).", "Projects and jobs tracing back to the mission (each project "
                 "counts for one mission).")))

    cost = m.cost_effectiveness(con, ytd)
    cost = cost.assign(line=[_t(lang, "Totaal", "Total") if v == "total" else v
                             for v in cost["line"]])
    tables.append(Table(
        _t(lang, "Kosten per baan", "Cost per job"),
        _t(lang, f"Kosten per nieuwe baan {year} t/m Q{q}",
           f"Cost per new job {year} through Q{q}"), cost,
        [("line", _t(lang, "Budgetpost", "Budget line"), "text"),
         ("budget_year", _t(lang, "Budget van jaar", "Budget of year"), "year"),
         ("fte", "FTE", "dec1"), ("eur", _t(lang, "Budget (€)", "Budget (€)"), "eur"),
         ("new_jobs", _t(lang, "Nieuwe banen", "New jobs"), "int"),
         ("cost_per_job", _t(lang, "Kosten per baan (€)", "Cost per job (€)"), "eur"),
         ("jobs_per_fte", _t(lang, "Banen per fte", "Jobs per FTE"), "dec1")],
        _t(lang, f"Budget naar rato: {3 * q} van de 12 maanden, tegen de banen t/m Q{q}. "
                 "Een jaar zonder eigen budget leent de nog geldige posten van het laatste "
                 "eerdere jaar (kolom Budget van jaar). Regionaal budget, niet per land. "
                 "Invest-, Trade- en EMA-posten overlappen, de totaalregel telt elke baan één "
                 "keer.",
           f"Budget pro-rated: {3 * q} of 12 months, against the jobs through Q{q}. A year "
           "without its own budget borrows the still valid lines of the latest earlier year "
           "(column Budget of year). A regional budget, not per country. Invest, trade and "
           "EMA lines overlap, the total line counts each job once.")))

    return Report(year, q, lang, f"{year}Q{max(p.quarters_loaded)}", p, tables, figures,
                  dt.datetime.now().replace(microsecond=0))


# --- Excel --------------------------------------------------------------------------------


def put_text(cell: Cell, text: str) -> None:
    """Store `text` as a string that Excel never evaluates, even if it looks like a formula."""
    cell.value = text
    if text.startswith(FORMULA_START):
        cell.data_type = "s"      # openpyxl made it a formula on assignment: undo that
        cell.quotePrefix = True   # Excel's "leading apostrophe": stays text when edited


def _put(cell: Cell, value: object, kind: str) -> None:
    if value is None or (isinstance(value, float) and math.isnan(value)) or value is pd.NaT:
        return
    if kind == "text":
        put_text(cell, str(value))
        return
    if kind == "date":
        cell.value = value.date() if isinstance(value, dt.datetime) else value
    elif kind == "year":
        cell.value = int(value)  # type: ignore[call-overload]
    else:
        cell.value = float(value)  # type: ignore[arg-type]
    cell.number_format = EXCEL_FORMATS[kind]


def to_xlsx(report: Report) -> bytes:
    """The report as an .xlsx workbook: one sheet per section."""
    wb = Workbook()
    wb.remove(wb.active)
    bold, head_fill = Font(bold=True), PatternFill("solid", fgColor="DCE6F1")
    for table in report.tables:
        ws = wb.create_sheet(table.sheet[:31])
        put_text(ws.cell(1, 1), f"{table.title} — {report.year} Q{report.quarter}")
        ws.cell(1, 1).font = Font(bold=True, size=14)
        put_text(ws.cell(2, 1), report.subtitle)
        header_row = 4
        for c, (_, header, _) in enumerate(table.columns, start=1):
            cell = ws.cell(header_row, c)
            put_text(cell, header)
            cell.font, cell.fill = bold, head_fill
            cell.alignment = Alignment(wrap_text=True, vertical="top")
        for r, row in enumerate(table.frame.itertuples(index=False), start=header_row + 1):
            values = row._asdict()
            for c, (column, _, kind) in enumerate(table.columns, start=1):
                value = values[column]
                if kind == "row":
                    kind = table.row_kinds[r - header_row - 1]
                    if isinstance(value, str):
                        kind = "text"
                _put(ws.cell(r, c), value, kind)
        if table.note:
            put_text(ws.cell(header_row + len(table.frame) + 2, 1), table.note)
        ws.freeze_panes = ws.cell(header_row + 1, 1)
        for c, (column, header, _) in enumerate(table.columns, start=1):
            longest = max([len(header), *(len(str(v)) for v in table.frame[column].head(200))])
            ws.column_dimensions[get_column_letter(c)].width = min(max(10, longest + 2), 48)
    wb.properties.title = report.title
    wb.properties.creator = "tradeinvest"
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def write(con: duckdb.DuckDBPyConnection, year: int, quarter: int | str, fmt_: str,
          out: str | os.PathLike[str], lang: str = "nl") -> Report:
    """Build and write the report to `out` as `fmt_` ("xlsx" or "pdf")."""
    from tradeinvest.reporting import report_pdf  # it builds on this module's Report

    report = build(con, year, quarter, lang)
    data = report_pdf.to_pdf(report) if fmt_ == "pdf" else to_xlsx(report)
    Path(out).write_bytes(data)
    return report
