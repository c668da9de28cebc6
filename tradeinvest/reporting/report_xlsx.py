"""The quarterly report as an Excel workbook: one sheet per section.

Real numbers with number formats (never numbers as text), headers in the report's language.
Text that comes from uploaded files (company, mission names) and starts with `=`, `+`, `-`,
`@`, tab or carriage return is stored as a plain string with Excel's quote prefix (what typing
a leading apostrophe gives), so Excel never evaluates it as a formula.
"""

from __future__ import annotations

import datetime as dt
import io
import math

import pandas as pd
from openpyxl import Workbook
from openpyxl.cell.cell import Cell
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from tradeinvest.reporting.cells import FORMULA_START
from tradeinvest.reporting.report_model import Report, Table

XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"

# Column kinds -> Excel number formats (locale-neutral codes: Dutch Excel shows 1.234,5).
EXCEL_FORMATS = {"year": "0", "int": "#,##0", "dec1": "#,##0.0", "dec2": "#,##0.00",
                 "eur": '"€" #,##0', "pct": "0%", "date": "d-m-yyyy", "text": "@"}
HEADER_ROW = 4


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


def _sheet(ws: Worksheet, table: Table, report: Report) -> None:
    """One section: title, data note, bold headers, the rows, the note, frozen header."""
    put_text(ws.cell(1, 1), f"{table.title} — {report.year} Q{report.quarter}")
    ws.cell(1, 1).font = Font(bold=True, size=14)
    put_text(ws.cell(2, 1), report.subtitle)
    bold, head_fill = Font(bold=True), PatternFill("solid", fgColor="DCE6F1")
    for c, (_, header, _) in enumerate(table.columns, start=1):
        cell = ws.cell(HEADER_ROW, c)
        put_text(cell, header)
        cell.font, cell.fill = bold, head_fill
        cell.alignment = Alignment(wrap_text=True, vertical="top")
    for r, row in enumerate(table.frame.itertuples(index=False), start=HEADER_ROW + 1):
        values = row._asdict()
        for c, (column, _, kind) in enumerate(table.columns, start=1):
            value = values[column]
            if kind == "row":
                kind = table.row_kinds[r - HEADER_ROW - 1]
                if isinstance(value, str):
                    kind = "text"
            _put(ws.cell(r, c), value, kind)
    if table.note:
        put_text(ws.cell(HEADER_ROW + len(table.frame) + 2, 1), table.note)
    ws.freeze_panes = ws.cell(HEADER_ROW + 1, 1)
    for c, (column, header, _) in enumerate(table.columns, start=1):
        longest = max([len(header), *(len(str(v)) for v in table.frame[column].head(200))])
        ws.column_dimensions[get_column_letter(c)].width = min(max(10, longest + 2), 48)


def to_xlsx(report: Report) -> bytes:
    """The report as an .xlsx workbook: one sheet per section."""
    wb = Workbook()
    wb.remove(wb.active)
    for table in report.tables:
        _sheet(wb.create_sheet(table.sheet[:31]), table, report)
    wb.properties.title = report.title
    wb.properties.creator = "tradeinvest"
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()
