"""The governors' quarterly report as a PDF a governor can forward: A4, charts drawn for the page.

fpdf2 writes the pages; Plotly's static export (kaleido 1.x) draws the charts to PNG in the
system Chromium, each at the pixel size of its place on the page (`print_charts`), and the
world map gets its geometry from the bundled TopoJSON, nothing is downloaded. Without Chromium
the PDF fails with a `ReportError` that says so; the Excel report needs no browser.

Tables: columns are as wide as their longest word (a header such as "Gerealiseerd" is never
split mid-word), the rest of the width goes to the columns with the most text; dates and
amounts never break across lines.
"""

from __future__ import annotations

import asyncio
import io
import math
import os
import shutil
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pandas as pd
import plotly.graph_objects as go

from tradeinvest.reporting import fmt, maps, print_charts
from tradeinvest.reporting.headline import missing_sentence, status_sentence
from tradeinvest.reporting.report_model import Report, ReportError, Table
from tradeinvest.texts import t

PDF_MIME = "application/pdf"
CHROMIUM_DEFAULT = "/usr/bin/chromium"
FONT_DIRS = (Path("/usr/share/fonts/truetype/liberation"), Path("/usr/share/fonts/truetype/dejavu"))
FONT_FILES = (("LiberationSans-Regular.ttf", "LiberationSans-Bold.ttf"),
              ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf"))
MARGIN_MM = 15.0
PAD_MM = 1.0            # a table cell's left and right padding
TABLE_FONT_PT = 8.0
NBSP = "\u00a0"         # fpdf2 never breaks a line here: "17 mrt 2025", "€ 1.000" stay whole
CHART_ORDER = ("path", "countries", "map", "sectors")
CHART_HEIGHT_MM = {"path": 80.0, "map": 85.0}


def chromium_path() -> str:
    """The browser kaleido will use: $BROWSER_PATH, else Debian's Chromium (then exported as
    BROWSER_PATH so kaleido never looks for, or downloads, a browser of its own)."""
    configured = os.environ.get("BROWSER_PATH")
    if configured:
        if not Path(configured).exists():
            raise ReportError(t("report_browser_path_missing", path=configured))
        return configured
    found = next((p for p in (CHROMIUM_DEFAULT, shutil.which("chromium"),
                              shutil.which("chromium-browser")) if p and Path(p).exists()), None)
    if found is None:
        raise ReportError(t("report_no_chromium"))
    os.environ["BROWSER_PATH"] = found
    return found


def render_png(figures: list[go.Figure], scale: float = 3.0) -> list[bytes]:
    """PNG images of the figures at their own layout size (`print_charts.for_page`), all in
    one headless Chromium session (one start-up); `scale` 3 gives ~290 dpi on paper."""
    chromium_path()
    import kaleido
    import plotly.io as pio

    pio.defaults.topojson = maps.topojson_data_url()  # the world map's geometry, offline

    async def run() -> list[bytes]:
        async with kaleido.Kaleido(n=1, mathjax=False) as k:  # MathJax would come from a CDN
            return [await k.calc_fig(fig, opts={"format": "png", "width": fig.layout.width,
                                                "height": fig.layout.height, "scale": scale},
                                     topojson=pio.defaults.topojson) for fig in figures]

    # Own thread, own event loop: works the same from the CLI and inside Streamlit.
    with ThreadPoolExecutor(max_workers=1) as pool:
        try:
            return pool.submit(lambda: asyncio.run(run())).result()
        except Exception as exc:
            raise ReportError(t("report_charts_failed", error=exc)) from exc


def page_figures(report: Report, width_mm: float) -> dict[str, go.Figure]:
    """The report's charts laid out for their place on the page, `width_mm` wide."""
    return {key: print_charts.for_page(
        report.figures[key], width_mm,
        CHART_HEIGHT_MM.get(key) or print_charts.height_mm(report.figures[key]))
        for key in CHART_ORDER}


def cell_text(value: object, kind: str, lang: str) -> str:
    """A table cell as the page shows it; numbers, euros and dates hold together."""
    if value is None or (isinstance(value, float) and math.isnan(value)) or value is pd.NaT:
        return "–"
    match kind:
        case "year":
            return str(int(value))  # type: ignore[call-overload]
        case "int":
            text = fmt.number(float(value), 0, lang)
        case "dec1" | "dec2":
            text = fmt.number(float(value), int(kind[-1]), lang)
        case "eur":
            text = fmt.euro(float(value), lang)
        case "pct":
            text = fmt.percent(float(value), 0, lang)
        case "date":
            text = fmt.date(value, lang)  # type: ignore[arg-type]
        case _:
            return str(value)
    return text.replace(" ", NBSP)


def column_widths(width_of: Callable[[str, bool], float], headers: list[str],
                  rows: list[list[str]], total: float) -> list[float]:
    """Column widths (mm) summing to `total`: each at least its longest word (headers in bold,
    measured by `width_of(text, bold)`) plus padding, the rest shared by how much wider each
    column's full text is (so a long header alone does not take the room). Words too long for
    any share keep their minimum (scaled)."""
    pad = 2 * PAD_MM + 0.5
    minimum, natural = [], []
    for c, header in enumerate(headers):
        cells = [r[c] for r in rows]
        words = [(w, True) for w in header.split()] + [(w, False) for v in cells
                                                       for w in v.split(" ")]
        minimum.append(max(width_of(w, bold) for w, bold in words) + pad)
        natural.append(max([width_of(header, True) + pad,
                            *(width_of(v, False) + pad for v in cells)]))
    spare = total - sum(minimum)
    if spare <= 0:
        return [w * total / sum(minimum) for w in minimum]
    wants = [max(n - w, 0.0) for n, w in zip(natural, minimum, strict=True)]
    if sum(wants) <= spare:  # everything fits on one line: share the rest evenly
        even = (spare - sum(wants)) / len(minimum)
        return [n + even for n in natural]
    return [w + spare * want / sum(wants) for w, want in zip(minimum, wants, strict=True)]


@dataclass
class _Writer:
    """One PDF being written: the fpdf2 document, its font family and the report's language."""

    pdf: Any  # fpdf.FPDF, imported only when a PDF is made
    family: str
    lang: str

    def text(self, value: str) -> str:
        """The core font (no Unicode TTF on the machine) knows Latin-1 only."""
        if self.family == "body":
            return value
        value = (value.replace("€", "EUR").replace("−", "-").replace("–", "-")
                 .replace("—", "-"))
        return value.encode("latin-1", "replace").decode("latin-1")

    def heading(self, title: str, size: int = 13) -> None:
        pdf = self.pdf
        pdf.set_font(self.family, "B", size)
        pdf.set_text_color(31, 78, 121)
        pdf.multi_cell(0, 7, self.text(title), new_x="LMARGIN", new_y="NEXT")
        pdf.set_text_color(0)

    def small(self, value: str, grey: int = 0) -> None:
        self.pdf.set_font(self.family, size=8)
        self.pdf.set_text_color(grey)
        self.pdf.multi_cell(0, 4, self.text(value), new_x="LMARGIN", new_y="NEXT")
        self.pdf.set_text_color(0)

    def image(self, png: bytes, fig: go.Figure) -> None:
        """The chart at exactly the size it was drawn for (no rescaling of its text)."""
        pdf = self.pdf
        w, h = fig.layout.width / print_charts.PX_PER_MM, fig.layout.height / print_charts.PX_PER_MM
        if pdf.get_y() + h > pdf.page_break_trigger:
            pdf.add_page()
        pdf.image(io.BytesIO(png), w=w, h=h)
        pdf.ln(3)

    def width_of(self, value: str, bold: bool) -> float:
        self.pdf.set_font(self.family, "B" if bold else "", TABLE_FONT_PT)
        return float(self.pdf.get_string_width(self.text(value)))

    def table(self, table: Table, limit: int | None = None) -> None:
        from fpdf.fonts import FontFace

        pdf, lang = self.pdf, self.lang
        self.heading(table.title, 12)
        frame = table.frame.head(limit) if limit else table.frame
        headers = [self.text(header) for _, header, _ in table.columns]
        rows, aligns = [], []
        for i, row in enumerate(frame.itertuples(index=False)):
            values, cells, align = row._asdict(), [], []
            for column, _, kind in table.columns:
                kind = table.row_kinds[i] if kind == "row" else kind
                value = values[column]
                kind = "text" if isinstance(value, str) else kind
                cells.append(self.text(cell_text(value, kind, lang)))
                align.append("LEFT" if kind == "text" else "RIGHT")
            rows.append(cells)
            aligns.append(align)
        widths = column_widths(self.width_of, headers, rows, pdf.epw)
        pdf.set_font(self.family, size=TABLE_FONT_PT)
        with pdf.table(col_widths=widths, text_align="LEFT", line_height=4.2,
                       padding=(0.6, PAD_MM), wrapmode="WORD",
                       headings_style=FontFace(emphasis="BOLD", fill_color=(220, 230, 241)),
                       first_row_as_headings=True) as tbl:
            head = tbl.row()
            for header in headers:
                head.cell(header)
            for cells, align in zip(rows, aligns, strict=True):
                out = tbl.row()
                for value, side in zip(cells, align, strict=True):
                    out.cell(value, align=side)
        if limit and len(table.frame) > limit:
            self.small(t("report_first_rows", lang, limit=limit, rows=len(table.frame)))
        if table.note:
            self.small(table.note, grey=90)
        pdf.ln(4)


def _headline(w: _Writer, report: Report) -> None:
    """Title, data note and the status sentence in the status colour."""
    pdf, lang, p = w.pdf, w.lang, report.progress
    w.heading(report.title, 16)
    pdf.set_font(w.family, size=9)
    pdf.multi_cell(0, 5, w.text(report.subtitle), new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    colour = {"on_track": (46, 125, 50), "at_risk": (224, 123, 0), "behind": (198, 40, 40)}
    colour.update(reached=colour["on_track"], missed=colour["behind"])
    pdf.set_font(w.family, "B", 12)
    pdf.set_text_color(*colour.get(p.status or "", (0, 0, 0)))
    missing = missing_sentence(p, lang)
    pdf.multi_cell(0, 6, w.text(status_sentence(p, report.through, lang)
                                + (f" {missing}" if missing else "")),
                   new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0)
    pdf.ln(3)


def _document(report: Report) -> _Writer:
    """An empty A4 document with the report's footer and a Unicode font if there is one."""
    from fpdf import FPDF

    lang = report.lang
    holder: dict[str, str] = {}

    class PDF(FPDF):
        def footer(self) -> None:
            self.set_y(-12)
            self.set_font(holder["family"], size=8)
            self.set_text_color(110)
            self.cell(0, 5, f"{report.title} · {t('report_page', lang)} {self.page_no()}",
                      align="C")

    pdf = PDF(orientation="P", unit="mm", format="A4")
    pdf.set_margins(MARGIN_MM, MARGIN_MM, MARGIN_MM)
    pdf.set_auto_page_break(True, margin=16)
    pdf.set_title(report.title)
    pdf.set_creator("tradeinvest")
    holder["family"] = body_font(pdf)
    return _Writer(pdf, holder["family"], lang)


def body_font(pdf: Any) -> str:
    """Add the machine's Unicode TTF as family "body" and return it; "helvetica" (the core
    font, Latin-1 only: `_Writer.text`) when there is none."""
    for folder, (regular, bold) in zip(FONT_DIRS, FONT_FILES, strict=True):
        if (folder / regular).exists() and (folder / bold).exists():
            pdf.add_font("body", "", str(folder / regular))
            pdf.add_font("body", "B", str(folder / bold))
            return "body"
    return "helvetica"


def to_pdf(report: Report) -> bytes:
    """The report as PDF: headline, charts, then every table. Needs Chromium (ReportError)."""
    w = _document(report)
    figures = page_figures(report, w.pdf.epw)
    images = dict(zip(CHART_ORDER, render_png([figures[k] for k in CHART_ORDER]), strict=True))

    def chart(key: str) -> None:
        w.image(images[key], figures[key])

    w.pdf.add_page()
    _headline(w, report)
    w.table(report.tables[0])
    chart("path")
    w.pdf.add_page()
    w.heading(t("report_where_jobs_come_from", w.lang))
    chart("countries")
    chart("map")
    chart("sectors")
    for table in report.tables[2:]:
        w.table(table, limit=25)
    w.table(report.tables[1])
    return bytes(w.pdf.output())
