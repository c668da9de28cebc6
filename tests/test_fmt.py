import datetime as dt

import pytest

from tradeinvest.reporting import fmt

NBSP = "\u00a0"  # CLDR's space between the euro sign and a Dutch amount: never broken


def test_numbers_use_dutch_separators_in_dutch_and_english_in_english():
    assert fmt.number(1234567.891, 1) == "1.234.567,9"
    assert fmt.number(1234567.891, 1, "en") == "1,234,567.9"
    assert fmt.number(None) == "–"
    assert fmt.number(float("nan")) == "–"


def test_euros_shares_changes_and_dates():
    assert fmt.euro(638000) == f"€{NBSP}638.000"
    assert fmt.euro(1234567) == f"€{NBSP}1.234.567"
    assert fmt.euro(-12.5, decimals=2) == f"€{NBSP}-12,50"  # CLDR Dutch: the sign after the €
    assert fmt.euro(638000, "en") == "€638,000"
    assert fmt.euro(-12.5, "en", 2) == "-€12.50"
    assert fmt.percent(0.8734) == "87%"
    assert fmt.percent(0.8734, 1) == "87,3%"
    assert fmt.percent(0.8734, 1, "en") == "87.3%"
    assert fmt.signed(12) == "+12" and fmt.signed(-3.5, 1) == "−3,5" and fmt.signed(0) == "0"
    assert fmt.date(dt.date(2024, 3, 5)) == "5 mrt 2024"
    assert fmt.date(dt.date(2024, 8, 15)) == "15 aug 2024"  # no dot after the Dutch month
    assert fmt.date(dt.date(2024, 3, 5), "en") == "5 Mar 2024"
    assert fmt.date(dt.date(2024, 9, 5), "en") == "5 Sept 2024"  # CLDR's British September
    assert fmt.month(dt.date(2018, 6, 3)) == "jun 2018"
    assert fmt.timestamp(dt.datetime(2024, 3, 5, 9, 7)) == "5 mrt 2024 09:07"


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_nouns_follow_the_count_in_both_languages(lang):
    assert fmt.contracts(1, lang) == "1 contract"
    assert fmt.contracts(1200, lang) == ("1.200 contracten" if lang == "nl" else
                                         "1,200 contracts")
    assert fmt.counted(2, "change_leads", lang) == "2 leads"


def test_every_number_written_fits_the_pdf_font():
    """Spaces are plain or no-break (U+00A0, in Latin-1 and the PDF's fonts), never CLDR's
    narrow no-break space (U+202F), which the PDF's fonts lack."""
    texts = [f(v, lang) for lang in ("nl", "en") for v in (-1234.5, 0.5, 1e6)
             for f in (fmt.euro, lambda v, lang: fmt.number(v, 1, lang),
                       lambda v, lang: fmt.percent(v, 1, lang))]
    texts += [fmt.timestamp(dt.datetime(2024, 9, 5, 9, 7), lang) for lang in ("nl", "en")]
    assert all(c in " \u00a0" or not c.isspace() for text in texts for c in text)
