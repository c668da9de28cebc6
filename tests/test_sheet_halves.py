"""Reading a big worksheet in two halves: when it is done, and when it is left to the whole read.

That the halves give the same rows and problems as the whole read is proven in
`test_validate_paths.py`; here are the guards around it.
"""

from __future__ import annotations

import io
import re
import zipfile

import fastexcel
import pytest

from tests.corpus.make_corpus import ACCEPTED, PROJECT_HEADER, REFUSED, Case, xlsx
from tradeinvest.ingest import reader, sheet_halves, xlsx_reader
from tradeinvest.ingest.sheet_halves import Columns
from tradeinvest.ingest.source import python_values

SHEET = "xl/worksheets/sheet1.xml"


def _rows(n: int) -> list[list[object]]:
    return [[f"P-{i}", "Acme B.V.", "Invest", "Uitbreiding", "Duitsland", "ICT", None, i]
            for i in range(n)]


def _book(n: int = 40, **kwargs: object) -> bytes:
    return xlsx({"Projecten": [PROJECT_HEADER, *_rows(n)]}, **kwargs)  # type: ignore[arg-type]


def _read(book: bytes, skip: int) -> Columns:
    return xlsx_reader._fast_columns(fastexcel.read_excel(book), "Projecten", skip)


@pytest.fixture(autouse=True)
def _small_sheets_split(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sheet_halves, "MIN_SPLIT_BYTES", 0)


def test_the_halves_hold_every_row_once_in_order() -> None:
    halves = sheet_halves.read_in_halves(_book(), SHEET, 1, _read)
    assert halves is not None
    assert halves.body.height == 40
    assert halves.body.columns[0].to_pylist() == [f"P-{i}" for i in range(40)]
    assert halves.body.columns[7].to_pylist() == [float(i) for i in range(40)]
    assert halves.merge_cells == b""


def test_the_merged_cells_at_the_end_of_the_sheet_are_handed_back() -> None:
    book = xlsx({"Projecten": [["Titel"], PROJECT_HEADER, *_rows(40)]},
                merge={"Projecten": "A1:C1 B3:C3"})
    halves = sheet_halves.read_in_halves(book, SHEET, 2, _read)
    assert halves is not None
    assert xlsx_reader._merge_ranges(halves.merge_cells) == [((0, 0), (0, 2)), ((2, 1), (2, 2))]


def test_merged_header_cells_are_reported_when_the_sheet_is_read_in_halves() -> None:
    book = xlsx({"Projecten": [PROJECT_HEADER, *_rows(40)]}, merge={"Projecten": "H1:I1"})
    problems = reader.read_upload(book, "p.xlsx", "projects").problems
    assert any("samengevoegde cellen in de kopregel (H1:I1)" in p.message for p in problems)


def test_a_sheet_whose_rows_carry_no_number_is_read_whole() -> None:
    with zipfile.ZipFile(io.BytesIO(_book())) as zf:
        parts = {i.filename: zf.read(i) for i in zf.infolist()}
    parts[SHEET] = re.sub(rb'(<row\b[^>]*?)\s+r="\d+"', rb"\1", parts[SHEET])
    assert sheet_halves.read_in_halves(sheet_halves._stored_zip(list(parts.items())), SHEET, 1,
                                       _read) is None


def test_one_core_a_small_or_huge_sheet_or_a_failing_half_means_the_whole_read(
        monkeypatch: pytest.MonkeyPatch) -> None:
    def second_half_fails(book: bytes, skip: int) -> Columns:
        if skip > 1:
            raise ValueError("kapot")
        return _read(book, skip)

    assert sheet_halves.read_in_halves(_book(), SHEET, 1, second_half_fails) is None
    assert sheet_halves.read_in_halves(_book(), SHEET, 38, _read) is None  # cut above data
    monkeypatch.setattr(sheet_halves, "MIN_SPLIT_BYTES", 10**9)
    assert sheet_halves.read_in_halves(_book(), SHEET, 1, _read) is None
    monkeypatch.setattr(sheet_halves, "MIN_SPLIT_BYTES", 0)
    monkeypatch.setattr(sheet_halves, "MAX_SPLIT_BYTES", 1000)
    assert sheet_halves.read_in_halves(_book(), SHEET, 1, _read) is None
    monkeypatch.setattr(sheet_halves, "MAX_SPLIT_BYTES", 10**9)
    monkeypatch.setattr(sheet_halves.os, "cpu_count", lambda: 1)
    assert sheet_halves.read_in_halves(_book(), SHEET, 1, _read) is None


def test_the_stored_zip_is_a_valid_zip_with_checksums() -> None:
    content = [("a.xml", b"<a/>"), ("dir/b.xml", [b"<b>", "é".encode(), b"</b>"]),
               ("leeg.xml", b"")]
    with zipfile.ZipFile(io.BytesIO(sheet_halves._stored_zip(content))) as zf:
        assert zf.testzip() is None  # every CRC right
        assert zf.namelist() == ["a.xml", "dir/b.xml", "leeg.xml"]
        assert zf.read("dir/b.xml") == "<b>é</b>".encode()
        assert zf.read("leeg.xml") == b""


def test_sheet_paths_follow_the_workbook_relations() -> None:
    book = xlsx({"Missies": [["a"]], "Leads": [["b"]]})
    assert xlsx_reader._sheet_paths(book) == {"Missies": "xl/worksheets/sheet1.xml",
                                         "Leads": "xl/worksheets/sheet2.xml"}
    assert xlsx_reader._sheet_paths(b"geen zip") == {}


def test_the_merged_cells_are_found_when_the_end_of_the_rows_straddles_two_chunks() -> None:
    xml = (b"<row r=\"9\"><c r=\"A9\"><v>1</v></c></row></sheetData><mergeCells count=\"1\">"
           b"<mergeCell ref=\"A1:B1\"/></mergeCells></worksheet>")
    cut = xml.index(b"</sheetData>") + 5  # "</she" | "etData>..."
    for chunks in ([xml], [xml[:cut], xml[cut:]], [xml[:cut], xml[cut:cut + 3], xml[cut + 3:]]):
        assert sheet_halves._merge_cells(chunks) == \
            b'<mergeCells count="1"><mergeCell ref="A1:B1"/></mergeCells>'
    assert sheet_halves._merge_cells([b"<row r=\"9\"/></sheetData></worksheet>"]) == b""


@pytest.mark.parametrize("case", [c for c in REFUSED + ACCEPTED if c.name.endswith(".xlsx")],
                         ids=lambda c: c.name)
def test_every_corpus_workbook_reads_the_same_in_halves_as_whole(
        case: Case, monkeypatch: pytest.MonkeyPatch) -> None:
    data = case.make()
    monkeypatch.setattr(sheet_halves, "MIN_SPLIT_BYTES", 10**12)
    whole = reader.read_upload(data, case.name, case.kind)
    monkeypatch.setattr(sheet_halves, "MIN_SPLIT_BYTES", 0)
    split = reader.read_upload(data, case.name, case.kind)
    assert split.problems == whole.problems
    assert split.sheets.keys() == whole.sheets.keys()
    for key, sheet in whole.sheets.items():
        assert split.sheets[key].row_numbers == sheet.row_numbers
        for name, cells in sheet.columns.items():
            assert python_values(split.sheets[key].columns[name]) == \
                python_values(cells)
