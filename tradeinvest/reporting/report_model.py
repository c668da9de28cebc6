"""What a quarterly report is, apart from how it is built (`report`, `report_sections`) and
written (`report_xlsx`, `report_pdf`): its sections as tables, its charts and its headline."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

import pandas as pd
import plotly.graph_objects as go

from tradeinvest import measure as m
from tradeinvest.reporting import fmt
from tradeinvest.texts import t


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
        return t("report_title", self.lang, year=self.year, quarter=self.quarter)

    @property
    def subtitle(self) -> str:
        return t("report_subtitle", self.lang, through=self.through,
                 stamp=fmt.timestamp(self.generated, self.lang))
