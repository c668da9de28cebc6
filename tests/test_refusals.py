"""A refusal of the loading service or the floor reads in the page's language: the Dutch of
`str()` stays as the command line and the tests know it, and `ui.refusals.said` gives the
English (or Dutch) of every kind of refusal a page shows."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from tradeinvest import access, periods
from tradeinvest.loading import check, yardstick
from tradeinvest.measure.filters import Filters
from tradeinvest.store import db, uploads
from tradeinvest.texts.phrases import Refusal
from tradeinvest.ui import refusals

REFUSED = [  # (what refuses, its Dutch, its English)
    (lambda: periods.Period.parse("morgen"),
     "periode 'morgen' niet herkend; schrijf bijvoorbeeld 2024Q3 (een kwartaal) of 2018 (een jaar)",
     "period 'morgen' not recognised; write for example 2024Q3 (a quarter) or 2018 (a year)"),
    (lambda: periods.Quarter.parse("2024"),
     "kwartaal '2024' niet herkend; schrijf bijvoorbeeld 2024Q3",
     "quarter '2024' not recognised; write for example 2024Q3"),
    (lambda: periods.parse_year("2024Q1"),
     "jaar '2024Q1' niet herkend; schrijf bijvoorbeeld 2018",
     "year '2024Q1' not recognised; write for example 2018"),
    (lambda: periods.Period.parse("1999"),
     "periode '1999' valt buiten de jaren 2000–2100; kies een jaar van 2000 tot en met 2100",
     "period '1999' lies outside the years 2000–2100; choose a year from 2000 to 2100"),
    (lambda: periods.quarter_number(7),
     "kwartaal moet 1 t/m 4 zijn, niet 7", "the quarter must be 1 to 4, not 7"),
    (lambda: periods.quarter_number("2023Q3", 2024),
     "kwartaal 2023Q3 hoort niet bij jaar 2024", "quarter 2023Q3 does not belong to year 2024"),
    (lambda: Filters(quarter=5),
     "kwartaal moet 1 t/m 4 zijn, niet 5", "the quarter must be 1 to 4, not 5"),
]


@pytest.mark.parametrize(("refuse", "nl", "en"), REFUSED)
def test_a_floor_refusal_is_dutch_as_text_and_english_on_an_english_page(refuse, nl, en):
    with pytest.raises(Refusal) as refused:
        refuse()
    assert str(refused.value) == nl
    assert _plain(refusals.said(refused.value, "nl")) == nl
    assert _plain(refusals.said(refused.value, "en")) == en


def _plain(shown: str) -> str:
    """The text a page shows for Markdown that `said` escaped so it shows literally."""
    return re.sub(r"\\(.)", r"\1", shown)


def test_an_opportunity_with_every_problem_is_refused_with_all_of_them_in_either_language(tmp_path):
    con = db.connect(tmp_path / "t.duckdb")
    bad = yardstick.Opportunity(dt.date(2024, 1, 1), " ", "other", 0, 3, 3, 3, country="Atlantis")
    with pytest.raises(Refusal) as refused:
        yardstick.add_opportunity(con, bad, "c")
    assert str(refused.value) == ("geef de kans een naam; score A moet een geheel getal van 1 tot "
                                  "en met 5 zijn; onbekend land 'Atlantis'")
    assert _plain(refusals.said(refused.value, "en")) == (
        "give the opportunity a name; score A must be a whole number from 1 to 5; unknown "
        "country 'Atlantis'")


def test_undoing_an_unknown_upload_is_refused_in_the_page_language(tmp_path):
    con = db.connect(tmp_path / "t.duckdb")
    with pytest.raises(Refusal) as refused:
        uploads.record_undo(con, 99, "c", dt.datetime(2024, 1, 1))
    assert str(refused.value) == "upload 99 bestaat niet"
    assert _plain(refusals.said(refused.value, "en")) == "upload 99 does not exist"


def test_other_refusals_say_their_own_text_in_the_language(tmp_path):
    denied = access.AccessDenied("team", access.SETTINGS)
    assert _plain(refusals.said(denied, "en")) == denied.text("en") != denied.text("nl")
    with pytest.raises(check.UploadRejected) as rejected:
        check.check_upload(db.connect(tmp_path / "t.duckdb"), b"", "x.xlsx", "no_such_kind",
                           "2024Q1")
    assert _plain(refusals.said(rejected.value, "en")) == rejected.value.text("en")
    assert _plain(refusals.said(ValueError("iets anders"), "en")) == "iets anders"


def test_what_a_refusal_names_shows_literally_not_as_markup():
    """A refusal names what was typed (a mapping's name, a file's header): st.error renders
    Markdown, so `said` escapes it: no bold, link or colour from a name."""
    from tradeinvest.texts.phrases import Refusal

    typed = "**Firma** [x](https://evil.example) :red[R] <b>y</b>"
    shown = refusals.said(Refusal("refusal_mapping_name_taken", name=typed), "nl")
    assert "**" not in shown.replace("\\*", "") and "](" not in shown.replace("\\]\\(", "")
    assert _plain(shown) == Refusal("refusal_mapping_name_taken", name=typed).phrase.text("nl")
