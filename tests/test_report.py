"""The governors' quarterly report: Excel with real numbers and inert text, PDF with charts."""

from __future__ import annotations

import io
from pathlib import Path

import openpyxl
import pytest
from conftest import project_row, projects_xlsx
from sample_db import sample_copy

from tradeinvest import cli
from tradeinvest import measure as m
from tradeinvest.loading import uploads
from tradeinvest.reporting import (
    fmt,
    report,
    report_model,
    report_pdf,
    report_sections,
    report_xlsx,
)
from tradeinvest.store import db
from tradeinvest.texts import t

FORMULA = '=HYPERLINK("http://x","y")'
SHEETS = ["Voortgang", "Pad naar doel", "Landen", "Exportmarkten", "Sectoren", "Output",
          "Impact", "Projecten", "Missies", "Kosten per baan",
          "Hoe solide"]  # i17c


def _text_cells(data: bytes) -> bytes:
    """The workbook with formula-looking cells stored as text, as a coordinator's file has
    them when typed with a leading apostrophe or pasted from elsewhere (openpyxl would
    otherwise write them as formulas, which have no cached value to read)."""
    wb = openpyxl.load_workbook(io.BytesIO(data))
    for row in wb.active.iter_rows():
        for cell in row:
            if cell.data_type == "f":
                cell.data_type = "s"
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


@pytest.fixture(scope="module")
def report_db(tmp_path_factory) -> Path:
    """The sample data plus a 2024Q3 re-upload whose company names look like formulas."""
    path = sample_copy(tmp_path_factory.mktemp("report") / "report.duckdb")
    con = db.connect(path)
    rows = [project_row("P-F1", company=FORMULA, date="15-08-2024", jobs=40),
            project_row("P-F2", company="+31 Trading", date="16-08-2024", jobs=7),
            project_row("P-F3", company="-Minus Corp", date="17-08-2024", jobs=3),
            project_row("P-F4", company="@Home B.V.", date="18-08-2024", jobs=2)]
    uploads.load_upload(con, _text_cells(projects_xlsx(*rows)), "extra.xlsx", "projects",
                        "2024Q3", "anna")
    con.close()
    return path


def _sheet_rows(ws) -> tuple[list[str], list[list[openpyxl.cell.cell.Cell]]]:
    """Header (row 4) and data rows up to the first empty row."""
    header = [c.value for c in ws[4]]
    rows = []
    for row in ws.iter_rows(min_row=5):
        if all(c.value is None for c in row):
            break
        rows.append(list(row))
    return header, rows


def test_excel_report_has_dutch_sheets_and_numbers_with_formats(report_db, tmp_path):
    out = tmp_path / "q3.xlsx"
    assert cli.main(["--db", str(report_db), "report", "--year", "2024", "--quarter", "Q3",
                     "--format", "xlsx", "--out", str(out)]) == 0
    con = db.connect(report_db)
    p = m.progress(con, 2024, 3)
    cost = m.cost_effectiveness(con, m.Filters(year=2024, quarter=3, year_to_date=True))
    con.close()
    wb = openpyxl.load_workbook(out)
    assert wb.sheetnames == SHEETS

    header, rows = _sheet_rows(wb["Voortgang"])
    assert header == ["Indicator", "Waarde"]
    values = {r[0].value: r[1] for r in rows}
    jobs = values["Nieuwe directe banen (jaar tot nu)"]
    assert jobs.data_type == "n" and jobs.value == p.new_jobs and jobs.number_format == "#,##0"
    assert values["Jaardoel"].value == p.target == 1000
    # the leading forecast (lowest backtest error over the years before 2024) comes first
    lead = t(report_sections.FORECAST_LABELS[p.forecast_method], "nl")
    assert values[lead].value == pytest.approx(p.forecast)
    assert values["Prognose jaareinde (tempo tot nu)"].value == pytest.approx(p.forecast_run_rate)
    labels = [r[0].value for r in rows]
    assert len(labels) == len(set(labels))  # no figure twice
    share = values["Realisatie t.o.v. doel naar rato"]
    assert share.value == pytest.approx(p.share_of_prorated) and share.number_format == "0%"
    assert values["Status"].value == t(f"status_{p.status}", "nl")

    header, rows = _sheet_rows(wb["Pad naar doel"])
    assert header[:3] == ["Jaar", "Doel", "Nieuwe banen"]
    assert [r[0].value for r in rows][:6] == [2018, 2019, 2020, 2021, 2022, 2023]

    header, rows = _sheet_rows(wb["Impact"])
    assert header == ["Indicator", "t/m Q2", "t/m Q3", "Verschil"]
    by_label = {r[0].value: r for r in rows}
    invest = by_label["Investering (€)"]
    assert invest[2].number_format == '"€" #,##0' and invest[2].data_type == "n"
    assert by_label["Nieuwe directe banen"][2].value == p.new_jobs

    header, rows = _sheet_rows(wb["Kosten per baan"])
    total = next(r for r in rows if r[0].value == "Totaal")
    expected = cost.loc[cost["line"] == "total", "cost_per_job"].iloc[0]
    assert total[header.index("Kosten per baan (€)")].value == pytest.approx(expected)

    for ws in wb.worksheets:  # no number hides as text anywhere in the data
        for row in _sheet_rows(ws)[1]:
            for cell in row:
                if isinstance(cell.value, str):
                    assert not cell.value.replace(".", "").replace(",", "").isdigit(), \
                        (ws.title, cell.coordinate, cell.value)


def test_formula_like_company_names_come_out_inert(report_db):
    con = db.connect(report_db)
    try:
        data = report_xlsx.to_xlsx(report.build(con, 2024, "Q3"))
    finally:
        con.close()
    ws = openpyxl.load_workbook(io.BytesIO(data))["Projecten"]
    header, rows = _sheet_rows(ws)
    companies = {r[header.index("Bedrijf")].value: r[header.index("Bedrijf")] for r in rows}
    for name in (FORMULA, "+31 Trading", "-Minus Corp", "@Home B.V."):
        cell = companies[name]          # the text exactly as uploaded...
        assert cell.data_type == "s"    # ...stored as a string, not a formula
        assert cell.quotePrefix         # ...with Excel's leading-apostrophe flag
    raw = openpyxl.load_workbook(io.BytesIO(data), data_only=False)["Projecten"]
    assert not any(c.data_type == "f" for row in raw.iter_rows() for c in row)


def test_pdf_report_shows_the_headline_figures(report_db, tmp_path):
    if not Path(report_pdf.CHROMIUM_DEFAULT).exists():
        pytest.skip("Chromium not installed (apt-get install chromium): PDF charts need it")
    pypdf = pytest.importorskip("pypdf")
    out = tmp_path / "q3.pdf"
    assert cli.main(["--db", str(report_db), "report", "--year", "2024", "--quarter", "Q3",
                     "--out", str(out)]) == 0
    con = db.connect(report_db)
    p = m.progress(con, 2024, 3)
    con.close()
    reader = pypdf.PdfReader(out)
    assert len(reader.pages) >= 3
    text = " ".join(" ".join(page.extract_text().split()) for page in reader.pages)
    assert "Kwartaalrapportage Trade & Invest Utrecht Region — 2024 Q3" in text
    status = t(f"status_{p.status}", "nl")
    assert (f"{status}: {fmt.number(p.new_jobs)} nieuwe banen t/m 2024Q3, doel naar rato "
            f"{fmt.number(p.prorated_target)}; prognose jaareinde "
            f"({t(f'forecast_method_{p.forecast_method}', 'nl').lower()}) {fmt.number(p.forecast)} "
            f"bij een jaardoel van {fmt.number(p.target)}") in text
    assert f"Nieuwe directe banen (jaar tot nu) {fmt.number(p.new_jobs)}" in text
    images = sum(len(page.images) for page in reader.pages)
    assert images == 4  # path, countries, world map, sectors


def test_pdf_without_chromium_fails_with_a_clear_message(report_db, tmp_path, monkeypatch,
                                                        capsys):
    monkeypatch.setenv("BROWSER_PATH", str(tmp_path / "no-chromium-here"))
    out = tmp_path / "q3.pdf"
    assert cli.main(["--db", str(report_db), "report", "--year", "2024", "--quarter", "Q3",
                     "--format", "pdf", "--out", str(out)]) == 1
    assert "Chromium" in capsys.readouterr().err
    assert not out.exists()


def test_a_quarter_without_data_is_refused_and_english_is_available(report_db, tmp_path,
                                                                   capsys):
    out = tmp_path / "empty.xlsx"
    assert cli.main(["--db", str(report_db), "report", "--year", "2031", "--quarter", "Q1",
                     "--out", str(out)]) == 1
    assert "geen projecten geladen" in capsys.readouterr().err
    con = db.connect(report_db)
    try:
        english = report.build(con, 2024, 2, lang="en")
    finally:
        con.close()
    assert [t.sheet for t in english.tables][:3] == ["Progress", "Path to target", "Countries"]
    assert english.title.startswith("Quarterly report")


def test_the_problem_report_csv_keeps_formula_like_values_as_text():
    from tradeinvest.ingest.problems import Problem
    from tradeinvest.reporting import csv_export
    from tradeinvest.reporting.problems_report import problems_frame

    problem = Problem("error", "f.xlsx", "onbekend land", sheet="Projecten", row=2,
                      column="Land", value=FORMULA)
    text = csv_export.to_csv(problems_frame([problem]), "nl").decode("utf-8-sig")
    assert f"'{FORMULA}" in text.replace('""', '"')
    assert ";=" not in text and ';"=' not in text


@pytest.fixture(scope="module")
def pdf_2024q3(report_db) -> tuple[report_model.Report, bytes]:
    """The 2024 Q3 report and its PDF, made once for the layout tests."""
    if not Path(report_pdf.CHROMIUM_DEFAULT).exists():
        pytest.skip("Chromium not installed (apt-get install chromium): PDF charts need it")
    con = db.connect(report_db)
    try:
        built = report.build(con, 2024, 3)
    finally:
        con.close()
    return built, report_pdf.to_pdf(built)


def _category_lines(fig) -> list[str]:
    return [line for tr in fig.data if tr.type == "bar" and tr.orientation == "h"
            for value in tr.y for line in str(value).split("<br>")]


def test_pdf_charts_are_drawn_at_page_size_with_labels_inside(pdf_2024q3):
    """Each chart image is made at the pixel size of its place on the page, with margins that
    hold its longest label, and nothing drawn touches the image's edge (a cut label would)."""
    from PIL import Image

    from tradeinvest.reporting import print_charts as pc

    built, _ = pdf_2024q3
    width_mm = 210 - 2 * report_pdf.MARGIN_MM
    figures = report_pdf.page_figures(built, width_mm)
    assert set(figures) == set(report_pdf.CHART_ORDER)
    for key, fig in figures.items():
        assert fig.layout.width == round(width_mm * pc.PX_PER_MM), key
        assert fig.layout.font.size >= 10, key
        axes = [a for a in (fig.layout.xaxis, fig.layout.yaxis)]
        assert all(a.automargin for a in axes), key
        lines = _category_lines(fig)
        assert all(len(line) <= pc.LABEL_CHARS or " " not in line for line in lines), lines
        if lines:
            assert fig.layout.margin.l >= max(map(len, lines)) * pc.CHAR_PX, key
    scale = 1.0
    pngs = report_pdf.render_png([figures[k] for k in report_pdf.CHART_ORDER], scale=scale)
    for key, png in zip(report_pdf.CHART_ORDER, pngs, strict=True):
        image = Image.open(io.BytesIO(png)).convert("L")
        fig = figures[key]
        assert image.size == (fig.layout.width, fig.layout.height), key
        band = pc.PAD_PX // 2
        w, h = image.size
        for box in ((0, 0, band, h), (w - band, 0, w, h), (0, 0, w, band), (0, h - band, w, h)):
            assert image.crop(box).getextrema()[0] >= 250, (key, box)  # all white


def test_pdf_table_headers_wrap_by_word_never_inside_one(pdf_2024q3):
    pypdf = pytest.importorskip("pypdf")
    built, data = pdf_2024q3
    tokens = set()
    for page in pypdf.PdfReader(io.BytesIO(data)).pages:
        tokens |= set(page.extract_text().split())
    words = {w for t in built.tables for _, header, _ in t.columns for w in header.split()}
    assert {"Gerealiseerd", "Gewonnen", "Behouden"} <= words
    assert not sorted(words - tokens)  # each header word whole somewhere in the text


def test_table_columns_are_at_least_their_longest_word():
    width_of = lambda text, bold: len(text) * (2.2 if bold else 2.0)  # noqa: E731
    headers = ["Gerealiseerd", "Bedrijf", "Nieuwe banen"]
    rows = [["29 dec 2025", "Vantage Foods A/S with a long name", "46"]]
    widths = report_pdf.column_widths(width_of, headers, rows, 120.0)
    assert sum(widths) == pytest.approx(120.0)
    pad = 2 * report_pdf.PAD_MM
    for header, width in zip(headers, widths, strict=True):
        assert all(width_of(w, True) + pad <= width for w in header.split())


def test_a_label_wraps_by_the_characters_it_shows_not_its_escaped_text():
    """"Life sciences &amp; health" shows 22 characters: one line, still escaped."""
    from tradeinvest.reporting import print_charts as pc

    assert pc.wrap("Life sciences &amp; health", 22) == "Life sciences &amp; health"
    assert pc.wrap("Zakelijke dienstverlening &lt;b&gt;", 26) == \
        "Zakelijke dienstverlening<br>&lt;b&gt;"

