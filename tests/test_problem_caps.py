"""A clear report, not thousands of lines (issue 12, item 7): warnings of one kind beyond ten
become one summary line, and quoted values are cut to ~100 characters; errors are all listed."""

from __future__ import annotations

import pytest
from conftest import PROJECT_HEADER, make_xlsx, project_row
from openpyxl.utils import get_column_letter

from tradeinvest.ingest.problems import REPEATS_SHOWN, Problem, capped
from tradeinvest.loading import uploads
from tradeinvest.loading.check import UploadRejected
from tradeinvest.periods import Quarter
from tradeinvest.quoting import QUOTE_LIMIT

EXCEL_COLUMNS = 16_384  # the most an Excel sheet has (XFD)


def load(con, data: bytes):
    return uploads.load_upload(con, data, "p.xlsx", "projects", "2024Q3", "test")


def test_a_sheet_full_of_unknown_columns_gives_ten_lines_and_a_count(con):
    unknown = EXCEL_COLUMNS - len(PROJECT_HEADER)
    header = [*PROJECT_HEADER, *(f"extra {i}" for i in range(unknown))]
    assert get_column_letter(len(header)) == "XFD"
    result = load(con, make_xlsx({"Projecten": [header, project_row()]}))
    assert result.rows == 1
    listed = [w for w in result.warnings if "onbekende kolom)" in w.text("nl")]
    assert [w.column for w in listed] == [f"extra {i}" for i in range(REPEATS_SHOWN)]
    (summary,) = [w for w in result.warnings if w.text("nl").startswith("…")]
    assert summary.text("nl") == f"… en nog {unknown - REPEATS_SHOWN:,} onbekende kolommen".replace(
        ",", ".")
    assert len(result.warnings) == REPEATS_SHOWN + 1


def test_a_warning_on_many_rows_of_a_column_is_summarised(con):
    rows = [project_row(f"P-{i}", jobs=f"1.{i:03d}") for i in range(30)]  # "1.000" ... "1.029"
    result = load(con, make_xlsx({"Projecten": [PROJECT_HEADER, *rows]}))
    assert result.rows == 30
    about_jobs = [w for w in result.warnings if w.column == "Nieuwe directe banen"]
    assert [w.row for w in about_jobs[:REPEATS_SHOWN]] == list(range(2, 12))
    assert about_jobs[-1].row is None
    assert about_jobs[-1].text("nl") == "… en nog 20 waarschuwingen in deze kolom"
    assert str(about_jobs[-1]) == ("Waarschuwing: p.xlsx, blad 'Projecten', kolom 'Nieuwe "
                                   "directe banen': … en nog 20 waarschuwingen in deze kolom")


def test_errors_are_never_capped(con):
    rows = [project_row(f"P-{i}", country="Atlantis") for i in range(30)]
    with pytest.raises(UploadRejected) as caught:
        load(con, make_xlsx({"Projecten": [PROJECT_HEADER, *rows]}))
    errors = [p for p in caught.value.problems if p.severity == "error"]
    assert [p.row for p in errors] == list(range(2, 32))


def test_capping_twice_changes_nothing():
    problems = [Problem("warning", "f", f"kolom 'k{i}' wordt genegeerd", "s", 1, f"k{i}",
                        kind="onbekende kolommen") for i in range(25)]
    once = capped(problems)
    assert len(once) == REPEATS_SHOWN + 1 and capped(once) == once


def test_a_32767_character_value_is_quoted_shortened(con):
    giant = "Atlantis " * 3641  # 32,769 characters: more than an Excel cell holds
    giant = giant[:32_767]
    header = [*PROJECT_HEADER, "x" * 32_767]
    with pytest.raises(UploadRejected) as caught:
        load(con, make_xlsx({"Projecten": [header, project_row(country=giant)]}))
    problems = caught.value.problems
    (error,) = [p for p in problems if p.severity == "error"]
    assert error.value == giant[:QUOTE_LIMIT - 1] + "…" and len(error.value) == QUOTE_LIMIT
    (ignored,) = [p for p in problems if "onbekende kolom" in p.text("nl")]
    assert len(ignored.column) == QUOTE_LIMIT and ignored.column.endswith("…")
    assert all(len(str(p)) < 500 for p in problems), [len(str(p)) for p in problems]


def test_a_period_message_quotes_at_most_100_characters():
    with pytest.raises(ValueError) as caught:
        Quarter.parse("2024Q3" + "x" * 30_000)
    assert len(str(caught.value)) < 200 and "…" in str(caught.value)
