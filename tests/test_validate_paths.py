"""The reader's fast and exact paths validate alike, for xlsx and for CSV.

xlsx: fastexcel to Arrow for sheets whose every column has one type; any other sheet (text and
numbers mixed in a column, times, an odd sheet) is read by calamine's `to_python`. CSV:
pyarrow.csv for files without quote characters whose records are all as long; any other by the
`csv` module. Whatever path a file takes, the coordinator must get the same stored rows and the
same problem report. Each file is read once as it is and once with the fast path refused
(`_exact_cells` or `_arrow_csv` returning None), then validated; everything must be identical.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

import pyarrow as pa
import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from tests.corpus.make_corpus import LEAD_HEADER, MISSION_HEADER, PROJECT_HEADER, xlsx
from tradeinvest.ingest import csv_reader, reader, sheet_halves, xlsx_reader
from tradeinvest.ingest.source import python_values
from tradeinvest.ingest.validate import Context, Validated, validate
from tradeinvest.periods import Quarter

D = dt.datetime
CONTEXT = Context(known_missions=frozenset({"m-oud"}), focus_countries=frozenset({"DE", "US"}))


def _projects(dates: Sequence[object], nfia: Sequence[object]) -> bytes:
    """Ten projects rows, one per kind of cell; every column holds one cell type."""
    companies = ["Acme Robotics B.V.", "Müller GmbH", "  Café\u00a0de  Flore\t",
                 "Zero\u200bwidth", "Ørsted A/S", "株式会社テスト", "O'Brien & Zn.",
                 "=HYPERLINK(1)"[1:], "x" * 501, "Acme Robotics B.V."]
    countries = ["Duitsland", "DE", "Verenigde Staten", "Atlantis", "Japan", "UK",
                 "Frankrijk", " duitsland ", None, "Hongkong"]
    kinds = ["Nieuwe vestiging", "Uitbreiding", "Exportcontract", "Behoud", "Overname",
             "Nieuwe vestiging", "Samenwerking", "Nieuwe vestiging", "Uitbreiding", "Behoud"]
    jobs = [40, 2.5, -5, 1e12, None, 0, 12, 3, 7, 1]  # Excel-typed numbers
    retained = ["12,5", "1.234", "12 000", "veertig", " 7 ", None, "€ 12.000,-", "1e309",
                "9" * 400, "5"]  # numbers in text, the Dutch way
    rows = [[f"P-{i}" if i != 9 else "p-0", companies[i], "Invest", kinds[i], countries[i],
             "ICT" if i % 3 else "life sciences", dates[i], jobs[i], retained[i],
             "IU" if i % 2 else None, 3512 + i, nfia[i]] for i in range(10)]
    rows.insert(5, [None] * 12)  # a blank row inside the data keeps later Excel row numbers
    rows.insert(7, ["  ", None, "\t"] + [None] * 9)  # only whitespace: blank too
    return xlsx({"Projecten": [["Projecten Q3 2024"], [], PROJECT_HEADER, *rows]})


TYPED_DATES = [D(2024, 8, 15), D(2024, 7, 1, 9, 30), D(2024, 1, 15), D(2024, 9, 30),
               D(2024, 8, 1), D(2024, 8, 2), D(2024, 8, 3), D(2024, 8, 4), D(2024, 8, 5),
               D(2024, 8, 6)]
TEXT_DATES = ["15-08-2024", "2024-07-01", "15-01-2024", "31-02-2024", "tbd", "Q3 2024",
              "juni 2024", "september 2024", "15/08/24", " 05-08-2024 "]
TYPED_BOOLS = [True, False, True, False, True, False, True, False, True, False]
TEXT_BOOLS = ["ja", "nee", "x", "misschien", "yes", None, "Nee", "1", "ja", "nee"]


def _missions() -> bytes:
    missions = [
        ["M-1", "BIO Boston", "Beurs", "Invest", "VS", "Boston", D(2024, 6, 3), "08-06-2024", 9],
        ["M-2", "Hannover Messe", "Beurs", "Trade", "Duitsland", "Hannover", D(2024, 4, 22),
         "20-04-2024", 2.5],
        ["M-3", "Japan", "Uitgaande missie", "Invest", "Japan", None, D(2024, 1, 5), None,
         99_999_999_999],
        ["M-" + "x" * 600, "Te lang", "Beurs", "Invest", "VS", None, D(2024, 5, 1), "mei 2024", 1],
        ["m-1", "Dubbel", "Beurs", "Invest", "VS", None, D(2024, 5, 2), None, 3],
    ]
    leads = [["M-1", "Genmab", "VS", "LSH", "Invest", "Nieuw"],
             ["m-oud", "Philips", "Duitsland", "ICT", "Trade", "Gewonnen"],
             ["M-9", "Onbekend B.V.", "VS", "LSH", "Invest", "Nieuw"],
             ["M-" + "x" * 600, "Lang B.V.", "VS", "LSH", "Invest", "Nieuw"],
             ["M-2", "Genmab", "VS", "LSH", "Invest", "Verloren"],
             ["m-1", "genmab", "VS", "LSH", "Invest", "Nieuw"]]
    return xlsx({"Missies": [MISSION_HEADER, *missions], "Leads": [LEAD_HEADER, *leads]})


WORKBOOKS = {
    "projects, typed dates and booleans": ("projects", "2024Q3",
                                           lambda: _projects(TYPED_DATES, TYPED_BOOLS)),
    "projects, dates and booleans as text": ("projects", "2024Q3",
                                             lambda: _projects(TEXT_DATES, TEXT_BOOLS)),
    "missions and leads": ("missions", "2024Q2", _missions),
}


def _check(data: bytes, kind: str, quarter: str, name: str = "paden.xlsx"
           ) -> tuple[reader.ReadResult, Validated]:
    read = reader.read_upload(data, name, kind)
    return read, validate(read, name, Quarter.parse(quarter), CONTEXT)


def _assert_same(fast: tuple[reader.ReadResult, Validated],
                 slow: tuple[reader.ReadResult, Validated]) -> None:
    (fast_read, fast_checked), (slow_read, slow_checked) = fast, slow
    assert fast_read.problems == slow_read.problems
    assert fast_read.sheets.keys() == slow_read.sheets.keys()
    for key, sheet in fast_read.sheets.items():
        other = slow_read.sheets[key]
        assert (sheet.sheet, sheet.headers, sheet.row_numbers) == \
            (other.sheet, other.headers, other.row_numbers)
        for name, cells in sheet.columns.items():
            assert python_values(cells) == python_values(other.columns[name])
    assert fast_checked.problems == slow_checked.problems
    assert fast_checked.frames.keys() == slow_checked.frames.keys()
    for key, frame in fast_checked.frames.items():
        assert frame.schema == slow_checked.frames[key].schema, key
        assert frame.to_pylist() == slow_checked.frames[key].to_pylist(), key


@pytest.mark.parametrize("name", WORKBOOKS)
def test_fast_and_fallback_reads_validate_to_the_same_rows_and_problems(
        name: str, monkeypatch: pytest.MonkeyPatch) -> None:
    kind, quarter, make = WORKBOOKS[name]
    data = make()
    fast = _check(data, kind, quarter)
    monkeypatch.setattr(xlsx_reader, "_exact_cells", lambda _array: None)
    slow = _check(data, kind, quarter)

    for sheet in fast[0].sheets.values():  # the fast path was taken...
        assert all(isinstance(c, pa.Array) for c in sheet.columns.values()), sheet.sheet
    for sheet in slow[0].sheets.values():  # ...and here refused
        assert any(isinstance(c, list) for c in sheet.columns.values()), sheet.sheet
    _assert_same(fast, slow)
    # the workbooks are meant to hold both kept rows and every kind of problem
    assert fast[1].rows > 0
    assert {p.severity for p in fast[1].problems} == {"error", "warning"}


# CSV cells: values of every kind (a cell may be empty or only whitespace), and, in hostile
# cells, the characters that decide how a line splits (line breaks, delimiters, quotes).
CSV_CELLS = st.sampled_from([
    "", " ", "\t", "P-1", "Acme B.V.", "Müller GmbH", " Café\u00a0de  Flore ", "Duitsland",
    "DE", "ICT", "Invest", "Nieuwe vestiging", "15-08-2024", "Q3 2024", "31-02-2024", "40",
    "12,5", "€ 1.250.000", "-5", "veertig", "ja", "nee", "IU", "x" * 501, "ÿ", "\u2028"])
HOSTILE_CSV_CELLS = st.one_of(
    st.sampled_from(["a;b", "a,b", "a\tb", "\"quoted\"", "a\"b", "a\rb", "a\nb", "a\r\nb",
                     "\r", "\n\n"]),
    st.text(alphabet="ab ;,\t\r\n\"'€é\u00a0", max_size=6),
)


@st.composite
def csv_files(draw: st.DrawFn) -> bytes:
    """A projects CSV as Excel or a hand-made export might write it, without escaping."""
    delimiter = draw(st.sampled_from([";", ",", "\t"]))
    newline = draw(st.sampled_from(["\r\n", "\n", "\r"]))
    header = draw(st.permutations(PROJECT_HEADER))
    lines = [header] if draw(st.integers(0, 4)) else [["Projecten Q3"] + [""] * 11, header]
    hostile_pct = draw(st.sampled_from([0, 0, 2, 20]))
    for i in range(draw(st.integers(0, 8))):
        width = len(header) if draw(st.integers(0, 5)) else draw(st.integers(0, 14))
        row = [draw(HOSTILE_CSV_CELLS if draw(st.integers(0, 99)) < hostile_pct else CSV_CELLS)
               for _ in range(width)]
        if (j := header.index("Projectreferentie")) < width and draw(st.booleans()):
            row[j] = f"P-{i}"
        lines.append(row)
    text = newline.join(delimiter.join(row) for row in lines)
    text += newline if draw(st.booleans()) else ""
    encoding = draw(st.sampled_from(["cp1252", "utf-8", "utf-8-sig", "utf-16"]))
    return text.encode(encoding, errors="replace")


@given(csv_files())
@settings(max_examples=150, deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.too_slow])
def test_csv_read_by_pyarrow_and_by_the_csv_module_validates_alike(data: bytes) -> None:
    arrow_csv = csv_reader._arrow_csv
    taken: list[bool] = []

    def noted(text: str, delimiter: str) -> list[pa.Array] | None:
        fields = arrow_csv(text, delimiter)
        taken.append(fields is not None)
        return fields

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(csv_reader, "_arrow_csv", noted)
        fast = _check(data, "projects", "2024Q3", "paden.csv")
        patch.setattr(csv_reader, "_arrow_csv", lambda _text, _delimiter: None)
        slow = _check(data, "projects", "2024Q3", "paden.csv")
    event(f"read by pyarrow: {taken == [True]}")
    _assert_same(fast, slow)


def test_a_plain_csv_takes_the_pyarrow_path_and_a_quoted_one_does_not() -> None:
    plain = "Projectreferentie;Bedrijf\r\nP-1;Acme\r\n\r\nP-2;\r\n"
    fields = csv_reader._arrow_csv(plain, ";")
    assert fields is not None
    assert [c.to_pylist() for c in fields] == [["Projectreferentie", "P-1", "", "P-2"],
                                               ["Bedrijf", "Acme", "", ""]]
    assert csv_reader._arrow_csv(plain.replace("Acme", '"Acme"'), ";") is None  # quoting
    assert csv_reader._arrow_csv(plain + "P-3\r\n", ";") is None  # a short record
    assert csv_reader._arrow_csv(plain + "P-3;" + "x" * 131_073, ";") is None  # over csv's limit


def _uneven_projects(*, mixed: bool = False) -> bytes:
    """Forty projects whose columns differ between the top and the bottom of the sheet: a
    column filled only at the top, one only at the bottom, blank rows in the middle and at the
    end; `mixed`: the jobs column holds text at the top and numbers at the bottom."""
    rows: list[list[object]] = []
    for i in range(40):
        top = i < 20
        rows.append([f"P-{i}", f"Bedrijf {i % 7}", "Invest", "Nieuwe vestiging",
                     "Duitsland" if i % 2 else "VS", "ICT", D(2024, 8, 1 + i % 28),
                     (str(i) if top else i) if mixed else i, None,
                     "IU" if top else None, None if top else "Utrecht", None])
        if 18 <= i <= 22:
            rows.append([None] * 12)
    rows += [[None] * 12, ["  "] + [None] * 11]
    return xlsx({"Projecten": [["Projecten Q3 2024"], [], PROJECT_HEADER, *rows]})


HALVES_WORKBOOKS = {
    **WORKBOOKS,
    "projects, columns filled in one half only": ("projects", "2024Q3", _uneven_projects),
    "projects, text above and numbers below": ("projects", "2024Q3",
                                               lambda: _uneven_projects(mixed=True)),
}


@pytest.mark.parametrize("name", HALVES_WORKBOOKS)
def test_a_sheet_read_in_two_halves_validates_as_when_read_whole(
        name: str, monkeypatch: pytest.MonkeyPatch) -> None:
    kind, quarter, make = HALVES_WORKBOOKS[name]
    data = make()
    whole = _check(data, kind, quarter)  # these sheets are far below MIN_SPLIT_BYTES
    read_in_halves = sheet_halves.read_in_halves
    split: list[bool] = []

    def noted(*args: object) -> sheet_halves.Halves | None:
        halves = read_in_halves(*args)  # type: ignore[arg-type]
        split.append(halves is not None)
        return halves

    monkeypatch.setattr(sheet_halves, "MIN_SPLIT_BYTES", 0)
    monkeypatch.setattr(sheet_halves, "read_in_halves", noted)
    _assert_same(_check(data, kind, quarter), whole)
    # Every sheet is cut, except where the halves type a column differently (then read whole).
    assert split == ([False] if "text above" in name else [True] * len(whole[0].sheets))
