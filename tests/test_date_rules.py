"""Rules across a row's dates compare what the coordinator wrote, not the stored start.

The stored start of the quarter's date is clipped to the quarter (a fuzzy period keeps its part
in it); a file checked against the wrong quarter then had every start moved past its end, and
each row got a false "einddatum ligt voor de startdatum" beside the one right period hint.
"""

from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest

from tests.corpus.make_corpus import MISSION_HEADER, mission, xlsx
from tradeinvest.ingest.templates import write_workbook
from tradeinvest.loading import check

BACKWARDS = "de einddatum ligt voor de startdatum"


def _missions(*spans: tuple[dt.date, dt.date]) -> bytes:
    """A missions workbook as the template writes it (empty Leads sheet included)."""
    frame = pd.DataFrame([{
        "reference": f"M-{i}", "name": f"Missie {i}", "mission_kind": "trade_fair",
        "pillar": "invest", "country": "DE", "start_date": start, "end_date": end,
        "companies": 3} for i, (start, end) in enumerate(spans, 1)])
    return write_workbook("missions", {"missions": frame})


def _messages(con, data: bytes, quarter: str) -> list[str]:
    return [p.text("nl") for p in check.check_upload(con, data, "m.xlsx", "missions",
                                                    quarter).problems]


def test_a_file_for_another_quarter_gets_the_hint_and_no_false_end_date_error(con):
    data = _missions((dt.date(2025, 7, 8), dt.date(2025, 7, 11)),
                     (dt.date(2025, 8, 20), dt.date(2025, 8, 24)))
    messages = _messages(con, data, "2026Q1")
    assert any("de meeste datums (2 van 2) vallen in 2025Q3" in m for m in messages)
    assert not any(BACKWARDS in m for m in messages)
    assert not any(BACKWARDS in m for m in _messages(con, data, "2025Q3"))


def test_an_end_before_the_start_is_still_an_error_in_any_quarter(con):
    data = _missions((dt.date(2025, 7, 8), dt.date(2025, 7, 1)),
                     (dt.date(2025, 8, 20), dt.date(2025, 8, 24)))
    for quarter in ("2025Q3", "2026Q1"):
        assert sum(BACKWARDS in m for m in _messages(con, data, quarter)) == 1, quarter


@pytest.mark.parametrize(("start", "end", "backwards"), [
    ("juni 2025", "03-07-2025", False),   # fuzzy start clipped to 01-07 in Q3: not after end
    ("15-07-2025", "juli 2025", False),   # fuzzy end stored as 01-07: may still be the 31st
    ("15-07-2025", "juni 2025", True),    # all of June is before the 15th of July
])
def test_fuzzy_dates_are_backwards_only_when_the_whole_period_is(con, start, end, backwards):
    data = xlsx({"Missies": [MISSION_HEADER, mission(Startdatum=start, Einddatum=end)]})
    assert any(BACKWARDS in m for m in _messages(con, data, "2025Q3")) is backwards
