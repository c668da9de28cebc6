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
