"""Values as people type them (issue 15, item 4): "ca. 30" and "30 fte" read as 30 with a
warning, a range refused, a unit in an amount's header scaling the amounts to euro, a totals row
(by its word or its SUM formulas) skipped and its total compared with the rows, and the raw text
of every changed value kept for traceability. Real .xlsx files written by openpyxl; a SUM's
cached value written into the sheet XML, as Excel would (openpyxl computes no formulas)."""

from __future__ import annotations

import datetime as dt
import io
import re
import zipfile

import openpyxl
import pytest
from conftest import PROJECT_HEADER, db_snapshot, make_xlsx, project_row

from tests.corpus.make_corpus import MISSION_HEADER, mission
from tradeinvest.ingest import formulas, numeric, reader
from tradeinvest.ingest.mapping import Mapping, SheetMapping
from tradeinvest.ingest.problems import Problem
from tradeinvest.ingest.units import header_unit
from tradeinvest.ingest.validate import Context, Validated, validate
from tradeinvest.loading import uploads
from tradeinvest.loading.check import UploadRejected
from tradeinvest.periods import Quarter

HEADER = [*PROJECT_HEADER, "Investering (EUR)"]
JOBS = HEADER.index("Nieuwe directe banen")  # column H
INVEST = HEADER.index("Investering (EUR)")  # column K
FILE = "projecten.xlsx"


def workbook(rows: list[list[object]], cached: dict[str, float] | None = None) -> bytes:
    """A projects sheet (header in row 1); `cached`: cell -> the value Excel stored for the
    formula in that cell."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Projecten"
    ws.append(HEADER)
    for row in rows:
        ws.append(row)
    buf = io.BytesIO()
    wb.save(buf)
    return with_cached_values(buf.getvalue(), cached or {})


def with_cached_values(data: bytes, cached: dict[str, float]) -> bytes:
    """The workbook with each formula cell's cached value filled in (openpyxl leaves `<v />`)."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, \
            zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            part = src.read(item.filename)
            if item.filename == "xl/worksheets/sheet1.xml":
                for ref, value in cached.items():
                    part, count = re.subn(
                        rf'(<c r="{ref}"[^>]*><f>[^<]*</f>)<v\s*/>'.encode(),
                        rb"\g<1><v>" + repr(value).encode() + b"</v>", part)
                    assert count == 1, ref
            dst.writestr(item, part)
    return out.getvalue()


def row(ref: str, jobs: object = 40, invest: object = None, company: str = "Acme",
        date: object = "15-08-2024") -> list[object]:
    return [*project_row(ref, company=company, jobs=jobs, date=date), invest]


def check(data: bytes, unit_header: str | None = None) -> Validated:
    """Read and validate; `unit_header` stands for the investment column's header as the
    coordinator wrote it (the mapping step lets such a header name the column)."""
    read = reader.read_upload(data, FILE, "projects")
    if unit_header is not None:
        read.sheets["projects"].headers["investment_eur"] = unit_header
    return validate(read, FILE, Quarter(2024, 3), Context())


def of(result: Validated, key: str) -> list[Problem]:
    return [p for p in result.problems if p.key == key]


def column(result: Validated, name: str) -> list[object]:
    return result.frames["projects"][name].to_pylist()


# --- numbers as typed -----------------------------------------------------------------------

ESTIMATES = ["ca. 30", "ca 30", "± 30", "+/- 30", "30 fte", "30 FTE", "30 (verwacht)",
             "circa 30", "~30", "Ca. 30 fte"]


@pytest.mark.parametrize("typed", ESTIMATES)
def test_an_estimate_loads_as_its_number_with_a_warning(typed: str) -> None:
    result = check(workbook([row("P-1", jobs=typed), row("P-2", jobs=12)]))
    assert not [p for p in result.problems if p.severity == "error"]
    assert column(result, "new_jobs") == [30.0, 12.0]
    [warning] = of(result, "problem_number_estimate")
    assert (warning.severity, warning.file, warning.sheet, warning.row, warning.column,
            warning.value) == ("warning", FILE, "Projecten", 2, "Nieuwe directe banen", typed)
    assert "30" in warning.text("nl") and "30" in warning.text("en")
    assert result.raw_values["projects"] == [(2, "new_jobs", typed)]


@pytest.mark.parametrize("typed", ["10-15", "10 – 15", "10 tot 15", "ca. 10-15"])
def test_a_range_is_an_error_that_asks_for_one_number(typed: str) -> None:
    result = check(workbook([row("P-1", jobs=typed)]))
    [error] = of(result, "problem_number_range")
    assert (error.severity, error.row, error.column, error.value) == (
        "error", 2, "Nieuwe directe banen", typed)
    assert "bereik" in error.text("nl") and "één getal" in error.text("nl")
    assert "range" in error.text("en")
    assert len(result.frames["projects"]) == 0


@pytest.mark.parametrize(("typed", "expected"), [
    ("1.234", 1234.0), ("12,5", 12.5), ("1,234.5", 1234.5), (" 7 ", 7.0)])
def test_separators_read_as_before(typed: str, expected: float) -> None:
    assert numeric.parse_typed(typed) == expected == numeric.parse_number(typed)
    assert not numeric.was_estimate(typed)


def test_a_negative_estimate_is_still_refused_as_negative() -> None:
    result = check(workbook([row("P-1", jobs="ca. -5"), row("P-2", jobs=-3)]))
    assert [(p.key, p.row) for p in result.problems if p.severity == "error"] == [
        ("problem_negative", 2), ("problem_negative", 3)]


def test_words_without_a_number_stay_no_number() -> None:
    """Also hostile cells, read in linear time (no timing asserted: a quadratic reading of a
    cell of a million characters would hang this test)."""
    for typed in ("fte", "ca.", "n.v.t.", "(30)", "veel (verwacht)", "ca. ca. ca. ca. ca. 3",
                  "1" + " " * 1_000_000 + "stuks", "ca. " * 250_000 + "3",
                  "3" + " (x)" * 250_000, "1" + " " * 1_000_000 + "- 2 fte x"):
        with pytest.raises(ValueError, match="geen getal"):
            numeric.parse_typed(typed)


def test_a_count_typed_as_an_estimate_or_a_range() -> None:
    """Whole-number columns (participating companies) read as typed too."""
    data = make_xlsx({"Missies": [MISSION_HEADER, mission(Deelnemende_bedrijven="ca. 12"),
                                  mission(Missiereferentie="M-2", Deelnemende_bedrijven="8-10")]})
    read = reader.read_upload(data, "missies.xlsx", "missions")
    result = validate(read, "missies.xlsx", Quarter(2024, 2), Context())
    assert [(p.key, p.row) for p in result.problems if p.severity == "error"] == [
        ("problem_number_range", 3)]
    assert [(p.row, p.value) for p in of(result, "problem_number_estimate")] == [(2, "ca. 12")]
    assert result.frames["missions"]["companies"].to_pylist() == [12]


# --- units in a header ----------------------------------------------------------------------

@pytest.mark.parametrize(("header", "factor"), [
    ("Investering (mln €)", 1e6), ("Investering x 1.000", 1e3), ("Investering (x1000)", 1e3),
    ("Investering k€", 1e3), ("Investering in duizenden euro", 1e3), ("Investering (mrd)", 1e9),
    ("Investering (€ x 1.000.000)", 1e6), ("Investering (EUR)", 1), ("Investering", 1)])
def test_a_unit_in_the_header_scales_the_amounts(header: str, factor: float) -> None:
    assert header_unit(header) == factor
    result = check(workbook([row("P-1", invest=2.5), row("P-2", invest="1,25"),
                             row("P-3", invest="ca. 3")]), unit_header=header)
    assert column(result, "investment_eur") == [2.5 * factor, 1.25 * factor, 3 * factor]
    said = of(result, "problem_unit_scaled")
    if factor == 1:
        assert said == [] and result.raw_values["projects"] == [(4, "investment_eur", "ca. 3")]
        return
    [note] = said  # once for the column, not per row
    assert (note.severity, note.row, note.column) == ("warning", None, header)
    grouped = f"{factor:,.0f}".replace(",", ".")
    assert grouped in note.text("nl") and header in note.text("en")
    assert result.raw_values["projects"] == [
        (2, "investment_eur", "2,5"), (3, "investment_eur", "1,25"),
        (4, "investment_eur", "ca. 3")]


def test_a_scaled_amount_is_bounded_in_euro() -> None:
    """The amount limit (1e12 euro) applies to the amount in euro, not to the typed figure."""
    result = check(workbook([row("P-1", invest=2000)]), unit_header="Investering (mrd)")
    assert [p.key for p in result.problems if p.severity == "error"] == [
        "problem_too_large_amount"]


def test_jobs_are_never_scaled() -> None:
    read = reader.read_upload(workbook([row("P-1", jobs=3)]), FILE, "projects")
    read.sheets["projects"].headers["new_jobs"] = "Banen (x 1.000)"
    result = validate(read, FILE, Quarter(2024, 3), Context())
    assert column(result, "new_jobs") == [3.0] and not of(result, "problem_unit_scaled")


# --- totals rows ----------------------------------------------------------------------------

def _listed(second_jobs: object = "ca. 20") -> list[list[object]]:
    return [row("P-1", jobs=10, invest=1000), row("P-2", jobs=second_jobs, invest=2500.5),
            row("P-3", jobs=5, invest=None)]


@pytest.mark.parametrize("word", ["Totaal", "TOTAL", "som", "Totalen:", " totaal "])
def test_a_totals_row_by_word_is_skipped_and_agrees(word: str) -> None:
    total = [None] * len(HEADER)
    total[0], total[JOBS], total[INVEST] = word, 35, 3500.5
    result = check(workbook([*_listed(), total]))
    assert not [p for p in result.problems if p.severity == "error"]
    assert column(result, "source_row") == [2, 3, 4]
    [skipped] = of(result, "problem_totals_row_word")
    assert (skipped.severity, skipped.sheet, skipped.row) == ("warning", "Projecten", 5)
    assert of(result, "problem_total_differs") == []


def test_a_totals_row_that_differs_gives_both_figures() -> None:
    total = [None] * len(HEADER)
    total[1], total[JOBS], total[INVEST] = "Totaal", 36, 1234567.5
    result = check(workbook([*_listed(), total]))
    differs = of(result, "problem_total_differs")
    assert [(p.severity, p.row, p.column) for p in differs] == [
        ("warning", 5, "Nieuwe directe banen"), ("warning", 5, "Investering (EUR)")]
    assert "36" in differs[0].text("nl") and "35" in differs[0].text("nl")
    assert "1.234.567,5" in differs[1].text("nl") and "3.500,5" in differs[1].text("nl")
    assert len(result.frames["projects"]) == 3


def test_a_company_called_total_with_a_date_is_a_project() -> None:
    result = check(workbook([row("P-1"), [*project_row("Total", company="Total"), None]]))
    assert column(result, "reference") == ["P-1", "Total"]
    assert of(result, "problem_totals_row_word") == []


def _sum_row(jobs_total: float, invest_total: float, second_jobs: object = "ca. 20") -> bytes:
    """Three projects and a totals row of SUM formulas in row 5 (nothing else in it)."""
    total: list[object] = [None] * len(HEADER)
    total[JOBS], total[INVEST] = "=SUM(H2:H4)", "=SUM(K2:K4)"
    return workbook([*_listed(second_jobs), total],
                    cached={"H5": jobs_total, "K5": invest_total})


def test_calamine_reads_the_cached_value_of_a_sum() -> None:
    data = _sum_row(35, 3500.5)
    read = reader.read_upload(data, FILE, "projects")
    sheet = read.sheets["projects"]
    assert sheet.row_numbers == [2, 3, 4, 5]
    assert sheet.values("new_jobs")[-1] == 35 and sheet.values("investment_eur")[-1] == 3500.5
    assert sheet.sum_rows() == frozenset({5}) == formulas.sum_rows(data, "Projecten")


@pytest.mark.parametrize("second_jobs", ["ca. 20", 20])  # calamine's path, fastexcel's Arrow
def test_a_row_of_sum_formulas_is_skipped_and_agrees(second_jobs: object) -> None:
    data = _sum_row(35, 3500.5, second_jobs)
    result = check(data)
    assert not [p for p in result.problems if p.severity == "error"]
    assert column(result, "source_row") == [2, 3, 4]
    assert column(result, "new_jobs") == [10.0, 20.0, 5.0]
    [skipped] = of(result, "problem_totals_row_formula")
    assert (skipped.row, skipped.sheet) == (5, "Projecten")
    assert of(result, "problem_total_differs") == [] and of(result, "problem_required_empty") == []


def test_a_sum_whose_cached_value_differs_is_a_warning() -> None:
    data = _sum_row(35, 3000)
    [differs] = of(check(data), "problem_total_differs")
    assert (differs.row, differs.column) == (5, "Investering (EUR)")
    assert "3.000" in differs.text("nl") and "3.500,5" in differs.text("nl")


def test_a_sum_under_a_unit_header_is_compared_in_euro() -> None:
    data = _sum_row(35, 3500.5)
    result = check(data, unit_header="Investering (x 1.000)")
    assert column(result, "investment_eur") == [1_000_000.0, 2_500_500.0, None]
    assert of(result, "problem_total_differs") == []


def test_a_sum_across_a_row_is_no_totals_row() -> None:
    """A per-row formula (=SUM(H2:J2), a total across columns) leaves the row a record."""
    rows = [row("P-1", jobs=10), row("P-2", jobs="=SUM(H2:H2)")]
    assert formulas.sum_rows(workbook(rows, cached={"H3": 10}), "Projecten") == frozenset()
    wide = [row("P-1", jobs="=SUM(I2:J2)")]
    assert formulas.sum_rows(workbook(wide, cached={"H2": 0}), "Projecten") == frozenset()


def test_without_a_totals_row_the_xml_is_not_read() -> None:
    read = reader.read_upload(workbook(_listed()), FILE, "projects")

    def refuse() -> frozenset[int]:
        raise AssertionError("the sheet XML was read")
    read.sheets["projects"].sum_rows = refuse
    result = validate(read, FILE, Quarter(2024, 3), Context())
    assert len(result.frames["projects"]) == 3


# --- all or nothing -------------------------------------------------------------------------

def test_an_error_still_loads_nothing(con) -> None:
    data = _sum_row(35, 3500.5)
    bad = workbook([*_listed(), row("P-4", jobs="10-15")])
    before = db_snapshot(con)
    with pytest.raises(UploadRejected) as refused:
        uploads.load_upload(con, bad, FILE, "projects", "2024Q3", "tester")
    assert [p.key for p in refused.value.problems if p.severity == "error"] == [
        "problem_number_range"]
    assert db_snapshot(con) == before
    loaded = uploads.load_upload(con, data, FILE, "projects", "2024Q3", "tester")
    assert loaded.rows == 3
    assert con.execute("SELECT sum(new_jobs), sum(investment_eur) FROM projects").fetchone() == (
        35.0, 3500.5)


def test_a_totals_row_in_a_csv_file_is_skipped() -> None:
    lines = [";".join(HEADER)] + [";".join("" if v is None else str(v) for v in r)
                                  for r in _listed(20)]
    lines.append("Totaal;;;;;;;36;;;;3500,5")
    result = check("\n".join(lines).encode())
    assert column(result, "source_row") == [2, 3, 4]
    assert [p.row for p in of(result, "problem_totals_row_word")] == [5]
    [differs] = of(result, "problem_total_differs")
    assert differs.column == "Nieuwe directe banen" and differs.sheet is None


def test_a_totals_word_in_a_date_column_is_a_totals_row() -> None:
    """Contacts start with their date: "Totaal" there is the row's first cell, not a date."""
    header = ["Datum", "Bedrijf", "Land", "Sector", "Pijler", "Soort contact", "Kanaal"]
    contact = ["15-08-2024", "Acme", "Duitsland", "ICT", "Invest", "Acquisitie", "Beurs"]
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Contacten"
    for cells in (header, contact, ["Totaal:", 1]):
        ws.append(cells)
    buf = io.BytesIO()
    wb.save(buf)
    read = reader.read_upload(buf.getvalue(), "contacten.xlsx", "contacts")
    result = validate(read, "contacten.xlsx", Quarter(2024, 3), Context())
    assert [p.row for p in of(result, "problem_totals_row_word")] == [3]
    assert not [p for p in result.problems if p.severity == "error"]
    assert result.frames["contacts"]["source_row"].to_pylist() == [2]


# --- the coordinator's own list, read by a mapping -------------------------------------------

OWN_HEADER = ["Bedrijfsnaam", "Land van herkomst", "Sector", "Type", "Datum bekendmaking",
              "Aantal banen (3 jaar)", "Investering (mln €)", "Opmerkingen"]
OWN_MAPPING = SheetMapping(None, {
    "Bedrijfsnaam": "company", "Land van herkomst": "country", "Sector": "sector",
    "Type": "project_kind", "Datum bekendmaking": "date_realised",
    "Aantal banen (3 jaar)": "new_jobs", "Investering (mln €)": "investment_eur"},
    {"partner": "IU"}, frozenset({"pillar", "reference"}), ("Opmerkingen",))


def _own_list(first_cell: str | None, jobs_total: float, invest_total: float) -> bytes:
    """Her quarterly list: a title block, her headers in row 3, three projects (rows 4-6)
    and a totals row of SUM formulas (row 7) whose first cell is `first_cell`."""
    rows = [["Acme Robotics B.V.", "Duitsland", "ICT", "Uitbreiding", dt.date(2016, 11, 3),
             "ca. 30", 2, "via NFIA"],
            ["Nordic Foods AB", "Zweden", "Agrifood", "Exportcontract", dt.date(2016, 12, 1),
             "25 fte", "1,5", None],
            ["Kyoto Labs", "Japan", "LSH", "Nieuwe vestiging", dt.date(2016, 10, 20), 5, None,
             None],
            [first_cell, None, None, None, None, "=SUM(F4:F6)", "=SUM(G4:G6)", None]]
    data = make_xlsx({"Q4 2016": [["Projecten Q4 2016"], ["Opgesteld door de coördinator"],
                                  OWN_HEADER, *rows]})
    return with_cached_values(data, {"F7": jobs_total, "G7": invest_total})


@pytest.mark.parametrize("first_cell", ["Totaal", None])
def test_her_own_list_loads_its_values_as_typed(first_cell: str | None) -> None:
    """The issue's workbook: "ca. 30" and "25 fte" are 30 and 25, the amounts in millions are
    euro, the totals row (by its word, or by its formulas alone while a constant fills the
    partner of every row) is skipped and its figures agree with the rows."""
    data = _own_list(first_cell, 60, 3.5)
    read = reader.read_upload(data, "lijst.xlsx", "projects",
                              mapping=Mapping({"projects": OWN_MAPPING}))
    result = validate(read, "lijst.xlsx", Quarter(2016, 4), Context())
    assert [p.text("nl") for p in result.problems if p.severity == "error"] == []
    assert column(result, "source_row") == [4, 5, 6]
    assert column(result, "new_jobs") == [30.0, 25.0, 5.0]
    assert column(result, "investment_eur") == [2_000_000.0, 1_500_000.0, None]
    how = "word" if first_cell else "formula"
    assert [p.row for p in of(result, f"problem_totals_row_{how}")] == [7]
    assert [(p.row, p.column) for p in of(result, "problem_number_estimate")] == [
        (4, "Aantal banen (3 jaar)"), (5, "Aantal banen (3 jaar)")]
    assert [p.column for p in of(result, "problem_unit_scaled")] == ["Investering (mln €)"]
    assert of(result, "problem_total_differs") == []
    assert result.raw_values["projects"] == [
        (4, "investment_eur", "2"), (4, "new_jobs", "ca. 30"),
        (5, "investment_eur", "1,5"), (5, "new_jobs", "25 fte")]


def test_her_totals_that_do_not_add_up_are_named() -> None:
    data = _own_list("Totaal", 61, 3)
    read = reader.read_upload(data, "lijst.xlsx", "projects",
                              mapping=Mapping({"projects": OWN_MAPPING}))
    result = validate(read, "lijst.xlsx", Quarter(2016, 4), Context())
    assert [(p.row, p.column, p.text("nl")) for p in of(result, "problem_total_differs")] == [
        (7, "Aantal banen (3 jaar)", "het totaal in het bestand (61) wijkt af van de som van de "
         "ingelezen regels (60); ontbreekt er een regel of klopt de formule niet?"),
        (7, "Investering (mln €)", "het totaal in het bestand (3.000.000) wijkt af van de som "
         "van de ingelezen regels (3.500.000); ontbreekt er een regel of klopt de formule "
         "niet?")]
