import datetime as dt

import pytest

from tradeinvest.periods import Quarter


@pytest.mark.parametrize("text", ["2024Q3", "2024-Q3", "q3 2024", "2024K3", " 2024 Q3 "])
def test_quarter_reads_common_spellings(text):
    assert Quarter.parse(text) == Quarter(2024, 3)


@pytest.mark.parametrize("text", ["2024Q5", "Q3", "derde kwartaal", ""])
def test_quarter_refuses_what_it_cannot_read(text):
    with pytest.raises(ValueError, match="kwartaal"):
        Quarter.parse(text)


def test_quarter_bounds_and_neighbours():
    q = Quarter(2024, 4)
    assert (q.start, q.end) == (dt.date(2024, 10, 1), dt.date(2024, 12, 31))
    assert q.next() == Quarter(2025, 1)
    assert Quarter(2025, 1).previous() == q
    assert Quarter.of(dt.date(2024, 8, 15)) == Quarter(2024, 3)
    assert str(q) == "2024Q4"


def test_a_period_is_a_quarter_or_a_year_with_its_first_and_last_day():
    import datetime as dt

    from tradeinvest.periods import Period

    q3 = Period.parse("Q3 2024")
    assert (str(q3), q3.is_year, q3.start, q3.end) == (
        "2024Q3", False, dt.date(2024, 7, 1), dt.date(2024, 9, 30))
    year = Period.parse(" 2018 ")
    assert (str(year), year.is_year, year.start, year.end) == (
        "2018", True, dt.date(2018, 1, 1), dt.date(2018, 12, 31))
    assert str(year.first_quarter) == "2018Q1"
    for wrong in ("2024Q5", "Q3", "18", "1999"):
        with pytest.raises(ValueError):
            Period.parse(wrong)


@pytest.mark.parametrize(("name", "expected"), [
    ("projecten_2024Q3.xlsx", "2024Q3"),
    ("Q3 2024 leads.csv", "2024Q3"),
    ("export 2024K3.xlsx", "2024Q3"),
    ("leads 2024-Q3 (definitief).xlsx", "2024Q3"),
    ("q4_2025.csv", "2025Q4"),
    ("kalender 2018.xlsx", "2018"),  # a bare year, as nothing else is named
    ("overzicht 2023 tot Q1 2024.xlsx", "2024Q1"),  # a quarter wins over an earlier year
    ("20240930 export.xlsx", None),  # digits around: a date, no period
    ("1999Q3.xlsx", None),  # outside the years an upload may be about
    ("projecten.xlsx", None),
])
def test_find_period_reads_the_period_a_file_name_names(name, expected):
    from tradeinvest.periods import find_period

    found = find_period(name)
    assert (None if found is None else str(found)) == expected
