import datetime as dt

from tradeinvest.reporting import fmt


def test_numbers_use_dutch_separators_in_dutch_and_english_in_english():
    assert fmt.number(1234567.891, 1) == "1.234.567,9"
    assert fmt.number(1234567.891, 1, "en") == "1,234,567.9"
    assert fmt.number(None) == "–"
    assert fmt.number(float("nan")) == "–"


def test_euros_shares_changes_and_dates():
    assert fmt.euro(638000) == "€ 638.000"
    assert fmt.euro(-12.5, decimals=2) == "-€ 12,50"
    assert fmt.euro(638000, "en") == "€638,000"
    assert fmt.percent(0.8734) == "87%"
    assert fmt.percent(0.8734, 1) == "87,3%"
    assert fmt.signed(12) == "+12" and fmt.signed(-3.5, 1) == "−3,5" and fmt.signed(0) == "0"
    assert fmt.date(dt.date(2024, 3, 5)) == "5 mrt 2024"
    assert fmt.date(dt.date(2024, 3, 5), "en") == "5 Mar 2024"
