"""The governors' quarterly report, as Excel (one sheet per section) and as PDF (with charts).

Built from the measure API only (`tradeinvest.measure`), so every figure in it is the figure
the pages show; contact-person details are not part of that API and so never in a report.
Dutch by default, English on request.

The parts: `report_model` (what a report is), `report_sections` (one builder per section),
`report_xlsx` (Excel: real numbers with formats, formula-looking text kept inert) and
`report_pdf` (fpdf2, charts drawn for the page in the system Chromium; Excel needs no browser).
"""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import duckdb

from tradeinvest import measure as m
from tradeinvest.measure import catalog
from tradeinvest.reporting import report_pdf, report_xlsx
from tradeinvest.reporting.report_model import Report, ReportError
from tradeinvest.reporting.report_sections import SECTIONS, Scope
from tradeinvest.reporting.report_solid import solid_section
from tradeinvest.texts import t


def scope(con: duckdb.DuckDBPyConnection, year: int, quarter: int | str, lang: str) -> Scope:
    """What the sections share for `year` through `quarter`; ReportError without data."""
    p = m.progress(con, year, quarter)
    if p.quarter is None:
        raise ReportError(t("report_choose_quarter", lang))
    q = p.quarter
    if not p.quarters_loaded:
        raise ReportError(t("report_no_projects", lang, year=year, quarter=q))
    previous = (m.totals(con, m.Filters().period(year, q - 1, year_to_date=True)) if q > 1
                else {})
    ytd = m.Filters().period(year, q, year_to_date=True)
    return Scope(con, year, q, lang, p, ytd, catalog.country_table(con), m.totals(con, ytd),
                 previous)


def build(con: duckdb.DuckDBPyConnection, year: int, quarter: int | str,
          lang: str = "nl") -> Report:
    """Gather the quarter's figures through the measure API; raise ReportError without data."""
    s = scope(con, year, quarter, lang)
    sections = [builder(s) for builder in (*SECTIONS, solid_section)]  # how solid is the count
    figures = {key: fig for section in sections for key, fig in section.figures.items()}
    return Report(year, s.quarter, lang, f"{year}Q{max(s.progress.quarters_loaded)}",
                  s.progress, [section.table for section in sections], figures,
                  dt.datetime.now().replace(microsecond=0))


def write(con: duckdb.DuckDBPyConnection, year: int, quarter: int | str, fmt_: str,
          out: str | os.PathLike[str], lang: str = "nl") -> Report:
    """Build and write the report to `out` as `fmt_` ("xlsx" or "pdf")."""
    report = build(con, year, quarter, lang)
    data = report_pdf.to_pdf(report) if fmt_ == "pdf" else report_xlsx.to_xlsx(report)
    Path(out).write_bytes(data)
    return report
