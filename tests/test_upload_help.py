"""Help for the two mistakes coordinators make most: a typo in a coded value ("Duitsand" ->
"bedoelde u Duitsland?") and a file checked against the wrong quarter (one line naming the
right quarter, not an error per row)."""

from __future__ import annotations

import math
import re

import pytest
from conftest import project_row, projects_xlsx

from tradeinvest import vocab
from tradeinvest.ingest import reader, schema
from tradeinvest.ingest.cell_values import parser
from tradeinvest.ingest.spec import Column
from tradeinvest.ingest.suggest import period_hint
from tradeinvest.loading import check
from tradeinvest.periods import Quarter

# Coded columns take a value from a list; the others hold free text, numbers or dates.
FREE = {"text", "number", "int", "date"}
CODED = [(spec.name, column) for spec in schema.ALL_SHEETS for column in spec.columns
         if column.type not in FREE]
TERMS = {"sector": vocab.SECTORS, "theme": vocab.THEMES}


def _typo(word: str) -> str:
    """One letter left out, from the middle of the word."""
    middle = len(word) // 2
    return word[:middle] + word[middle + 1:]


def _meant_and_typed(column: Column) -> tuple[str, str]:
    """The label a suggestion should name, and a one-letter typo of a way to write it: the
    longest way whose typo is no known value itself (a synonym may be spelled like that)."""
    if column.type == "country":
        return "Duitsland", _typo("Duitsland")
    terms = column.choices or TERMS[column.type]
    ways = sorted(((term, text) for term in terms for text in (term.nl, *term.synonyms)),
                  key=lambda pair: -len(pair[1]))
    for term, text in ways:
        try:
            parser(column, math.inf)(_typo(text))
        except ValueError:
            return term.nl, _typo(text)
    raise AssertionError(f"every typo of {column.name} is a known value")


def _suggested(message: str) -> list[str]:
    found = re.search(r"bedoelde u (.+?)\?", message)
    return found.group(1).split(" of ") if found else []


def test_the_walk_covers_every_kind_of_coded_column():
    assert {column.type for _, column in CODED} == {"country", "sector", "theme", "choice",
                                                    "bool"}


@pytest.mark.parametrize(("sheet", "column"), CODED,
                         ids=[f"{sheet}.{column.name}" for sheet, column in CODED])
def test_every_coded_column_suggests_the_value_meant_for_a_one_letter_typo(sheet, column):
    meant, typed = _meant_and_typed(column)
    with pytest.raises(ValueError) as refused:
        parser(column, math.inf)(typed)
    assert meant in _suggested(str(refused.value)), (typed, str(refused.value))


def test_a_value_far_from_every_known_one_gets_no_guess():
    with pytest.raises(ValueError) as refused:
        parser(schema.PROJECTS.column("country"), math.inf)("Atlantis")
    assert "bedoelde u" not in str(refused.value)
    with pytest.raises(ValueError) as refused:
        parser(schema.PROJECTS.column("sector"), math.inf)("Ruimtevaart-mijnbouw")
    assert "bedoelde u" not in str(refused.value) and "kies uit" in str(refused.value)


def test_the_suggestion_reaches_the_problem_report(con):
    data = projects_xlsx(project_row(country="Duitsand"))
    problems = check.check_upload(con, data, "p.xlsx", "projects", "2024Q3").problems
    assert [p.text("nl") for p in problems if p.column == "Land"] == [
        "onbekend land; bedoelde u Duitsland? Gebruik anders de Nederlandse of Engelse naam "
        "of een ISO-code zoals DE"]


def _rows_in(month: int, n: int) -> bytes:
    return projects_xlsx(*(project_row(f"P-{i}", date=f"{i % 28 + 1:02d}-{month:02d}-2024")
                           for i in range(n)))


def test_a_file_for_another_quarter_gets_one_line_naming_it_first(con):
    checked = check.check_upload(con, _rows_in(8, 30), "p.xlsx", "projects", "2024Q4")
    first = checked.problems[0]
    assert (first.severity, first.row, first.column) == ("error", None, "Datum gerealiseerd")
    assert first.text("nl") == ("de meeste datums (30 van 30) vallen in 2024Q3, niet in 2024Q4: "
                             "kies kwartaal 2024Q3 bij het uploaden (of controleer de datums)")
    assert len(checked.problems) == 31  # and still each row, for the report


def test_no_hint_when_the_chosen_quarter_holds_half_of_the_dates_or_more(con):
    data = projects_xlsx(*(project_row(f"P-{i}", date=f"15-{8 if i < 5 else 11:02d}-2024")
                           for i in range(10)))
    read = reader.read_upload(data, "p.xlsx", "projects")
    assert period_hint(read, "p.xlsx", "projects", Quarter(2024, 4)) is None
    assert period_hint(read, "p.xlsx", "projects", Quarter(2024, 3)) is None
    assert period_hint(read, "p.xlsx", "projects", Quarter(2024, 2)) is None  # no majority
    assert period_hint(reader.read_upload(_rows_in(11, 3), "p.xlsx", "projects"), "p.xlsx",
                       "projects", Quarter(2024, 3)) is not None
