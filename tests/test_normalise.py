"""Raw cells as coordinators type them -> canonical values, or a Dutch error message."""

from __future__ import annotations

import datetime as dt

import pytest

from tradeinvest import vocab
from tradeinvest.countries import parse_country
from tradeinvest.ingest import schema
from tradeinvest.ingest.dates import ParsedDate, parse_date
from tradeinvest.ingest.normalise import match_term, parse_bool, vocabulary_clashes
from tradeinvest.ingest.numeric import parse_int, parse_number
from tradeinvest.text_keys import is_blank, normalise_company, normalise_header

D = dt.date


# --- is_blank -------------------------------------------------------------------------------

@pytest.mark.parametrize("value", [None, "", "   ", "\t\n", "\u00a0", "\ufeff", float("nan")])
def test_empty_looking_cells_are_blank(value: object) -> None:
    assert is_blank(value)


@pytest.mark.parametrize("value", [0, 0.0, False, "0", "-", "?", D(2024, 1, 1)])
def test_values_that_mean_something_are_not_blank(value: object) -> None:
    assert not is_blank(value)


# --- normalise_header -----------------------------------------------------------------------

@pytest.mark.parametrize(("raw", "key"), [
    ("  Nieuwe  directe banen ", "nieuwe directe banen"),
    ("Investering (EUR)", "investering eur"),
    ("Investering (€)", "investering eur"),
    ("Investering in euro", "investering in eur"),
    ("E-mail", "e mail"),
    ("Land van herkomst", "land van herkomst"),
    ("Geüpload", "geupload"),
    ("Café", "cafe"),
    ("FFT's", "ffts"),
    ("new_jobs", "new jobs"),
    ("EMA/Brexit", "ema brexit"),
])
def test_headers_fold_case_accents_spacing_and_punctuation(raw: str, key: str) -> None:
    assert normalise_header(raw) == key


def test_header_keys_are_stable_when_folded_again() -> None:
    """A key stored already folded (a synonym typed as a key) still matches the raw header."""
    headers = [h for spec in schema.ALL_SHEETS for c in spec.columns for h in c.headers()]
    for header in headers:
        key = normalise_header(header)
        assert key and normalise_header(key) == key == normalise_header(header.upper())


# --- parse_country --------------------------------------------------------------------------

@pytest.mark.parametrize(("raw", "code"), [
    ("Duitsland", "DE"), ("Germany", "DE"), ("DE", "DE"), ("DEU", "DE"), ("de", "DE"),
    ("Bondsrepubliek Duitsland", "DE"), ("  duitsland ", "DE"),
    ("Verenigd Koninkrijk", "GB"), ("United Kingdom", "GB"), ("UK", "GB"), ("VK", "GB"),
    ("U.K.", "GB"), ("Engeland", "GB"), ("Great Britain", "GB"), ("Groot-Brittannië", "GB"),
    ("groot brittannie", "GB"), ("GBR", "GB"),
    ("Verenigde Staten", "US"), ("United States", "US"), ("VS", "US"), ("USA", "US"),
    ("U.S.", "US"), ("Amerika", "US"), ("Verenigde Staten van Amerika", "US"),
    ("Hongkong", "HK"), ("Hong Kong", "HK"), ("HK SAR", "HK"), ("HK", "HK"),
    ("Macau", "MO"), ("Macao", "MO"),
    ("China", "CN"), ("Volksrepubliek China", "CN"),
    ("Taiwan", "TW"), ("Taiwan, Province of China", "TW"),
    ("Zuid-Korea", "KR"), ("Zuid Korea", "KR"), ("South Korea", "KR"), ("Korea", "KR"),
    ("Noord-Korea", "KP"),
    ("Rusland", "RU"), ("Russia", "RU"), ("Tsjechië", "CZ"), ("Tsjechie", "CZ"),
    ("Czech Republic", "CZ"), ("Zwitserland", "CH"), ("Turkije", "TR"), ("Turkey", "TR"),
    ("India", "IN"), ("Japan", "JP"), ("Canada", "CA"), ("Nederland", "NL"),
    ("België", "BE"), ("Belgie", "BE"), ("Côte d'Ivoire", "CI"), ("Ivoorkust", "CI"),
    ("Vietnam", "VN"), ("Verenigde Arabische Emiraten", "AE"), ("UAE", "AE"),
])
def test_dutch_english_and_iso_country_names_give_alpha2(raw: str, code: str) -> None:
    assert parse_country(raw) == code


@pytest.mark.parametrize("raw", ["Atlantis", "Europa", "XX", "Zuid-Duitsland", 49, True])
def test_unknown_country_is_rejected_in_dutch(raw: object) -> None:
    with pytest.raises(ValueError, match="onbekend land"):
        parse_country(raw)


# --- match_term -----------------------------------------------------------------------------

@pytest.mark.parametrize(("terms", "raw", "code"), [
    (vocab.PILLARS, "Invest", "invest"),
    (vocab.PILLARS, "TRADE", "trade"),
    (vocab.PILLARS, "handel", "trade"),
    (vocab.MISSION_PILLARS, "Invest & Trade", "both"),
    (vocab.MISSION_PILLARS, "invest and trade", "both"),
    (vocab.SECTORS, "Life Sciences & Health", "lsh"),
    (vocab.SECTORS, "life sciences en health", "lsh"),
    (vocab.SECTORS, "Stedelijke mobiliteit", "mobility"),
    (vocab.SECTORS, "Urban mobility", "mobility"),
    (vocab.SECTORS, "Zakelijke dienstverlening", "business_services"),
    (vocab.SECTORS, "financiële dienstverlening", "business_services"),
    (vocab.PROJECT_KINDS, "Greenfield", "new"),
    (vocab.PROJECT_KINDS, "M&A", "acquisition"),
    (vocab.CHANNELS, "Fact finding trip", "fft"),
    (vocab.CHANNELS, "E-mail", "online"),
    (vocab.BIDBOOK_KINDS, "fact-finding", "fft"),
    (vocab.THEMES, "-", "overig"),
    (vocab.PARTNERS, "ucib", "UCIB"),
])
def test_terms_match_by_code_label_or_synonym(terms: vocab.Vocabulary, raw: str,
                                              code: str) -> None:
    assert match_term(terms, raw) == code


def test_unknown_term_lists_the_dutch_labels() -> None:
    with pytest.raises(ValueError, match="kies uit: Invest, Trade$"):
        match_term(vocab.PILLARS, "Subsidie")


def test_punctuation_only_value_does_not_match_every_punctuation_synonym() -> None:
    with pytest.raises(ValueError, match="kies uit"):
        match_term(vocab.THEMES, "?")


def test_no_shipped_vocabulary_has_a_value_that_matches_two_terms() -> None:
    for name in dir(vocab):
        terms = getattr(vocab, name)
        if isinstance(terms, tuple) and terms and isinstance(terms[0], vocab.Term):
            assert vocabulary_clashes(terms) == [], name


def test_labels_win_over_another_terms_synonym() -> None:
    terms = (vocab.Term("a", "Alpha", "Alpha", ("beta",)), vocab.Term("b", "Beta", "Beta"))
    assert match_term(terms, "beta") == "b"
    assert vocabulary_clashes(terms) == ["beta"]


# --- parse_bool -----------------------------------------------------------------------------

@pytest.mark.parametrize(("raw", "expected"), [
    ("Ja", True), ("ja", True), ("JA ", True), ("x", True), ("yes", True), ("1", True),
    (True, True), (1, True), (1.0, True),
    ("Nee", False), ("nee", False), ("no", False), ("0", False), (False, False), (0, False),
])
def test_yes_no_cells_become_booleans(raw: object, expected: bool) -> None:
    assert parse_bool(raw) is expected


@pytest.mark.parametrize("raw", ["misschien", "2", 2, 0.5])
def test_other_values_are_not_a_yes_or_no(raw: object) -> None:
    with pytest.raises(ValueError, match="kies ja of nee"):
        parse_bool(raw)


# --- parse_number / parse_int ---------------------------------------------------------------

@pytest.mark.parametrize(("raw", "expected"), [
    (7, 7.0), (2.5, 2.5), (-3, -3.0),
    ("1.234,5", 1234.5), ("1234,5", 1234.5), ("1234.5", 1234.5), ("12,5", 12.5),
    ("12.000", 12000.0), ("1.250", 1250.0), ("1.234.567", 1234567.0),
    ("1,234.5", 1234.5), ("1,234,567", 1234567.0), ("0.125", 0.125), ("1,250", 1.25),
    ("€ 12.000,00", 12000.0), ("€12.000", 12000.0), ("EUR 1.000", 1000.0),
    ("1.000 euro", 1000.0), ("€ 12.000,-", 12000.0), ("12 000", 12000.0),
    ("  7 ", 7.0), ("-3", -3.0), ("+4", 4.0), ("\u22125", -5.0),
])
def test_dutch_and_english_number_formats(raw: object, expected: float) -> None:
    assert parse_number(raw) == expected


@pytest.mark.parametrize("raw", [
    "n.v.t.", "1,2 mln", "ca. 50", "50%", "1.2.3", "1,2,3", "12,", ".5", "-", "1.234,5.6",
    "12 0000", "vijf",
])
def test_text_that_is_not_a_number_is_rejected(raw: str) -> None:
    with pytest.raises(ValueError, match="geen getal"):
        parse_number(raw)


def test_a_long_cell_of_spaces_is_rejected() -> None:
    """A regex that backtracked over inner spaces needed minutes for such a cell, so this test
    would hang; how long the parsers take on hostile cells is printed by
    benchmarks/parsers.py (no timing is asserted here)."""
    with pytest.raises(ValueError, match="geen getal"):
        parse_number("1" + " " * 1_000_000 + "banen")


@pytest.mark.parametrize("raw", [True, False])
def test_booleans_are_not_numbers(raw: bool) -> None:
    with pytest.raises(ValueError, match="geen ja/nee"):
        parse_number(raw)


def test_a_date_cell_is_not_a_number() -> None:
    with pytest.raises(ValueError, match="datum"):
        parse_number(dt.datetime(2024, 3, 5))


@pytest.mark.parametrize(("raw", "expected"), [(12, 12), (12.0, 12), ("12", 12),
                                               ("12.000", 12000), ("3,0", 3)])
def test_whole_numbers_parse_as_int(raw: object, expected: int) -> None:
    result = parse_int(raw)
    assert result == expected and isinstance(result, int)


@pytest.mark.parametrize("raw", [2.5, "2,5", "2.5"])
def test_fractions_are_not_whole_numbers(raw: object) -> None:
    with pytest.raises(ValueError, match="geheel getal"):
        parse_int(raw)


# --- parse_date -----------------------------------------------------------------------------

def _day(year: int, month: int, day: int) -> ParsedDate:
    return ParsedDate(D(year, month, day), D(year, month, day), "day")


@pytest.mark.parametrize(("raw", "expected"), [
    (dt.datetime(2024, 3, 5, 14, 30), _day(2024, 3, 5)),
    (D(2024, 3, 5), _day(2024, 3, 5)),
    (45356, _day(2024, 3, 5)),
    (45356.6, _day(2024, 3, 5)),
    ("05-03-2024", _day(2024, 3, 5)),
    ("5-3-2024", _day(2024, 3, 5)),
    ("05/03/2024", _day(2024, 3, 5)),
    ("05.03.2024", _day(2024, 3, 5)),
    ("2024-03-05", _day(2024, 3, 5)),
    ("2024-03-05 00:00:00", _day(2024, 3, 5)),
    ("2024-03-05T09:15", _day(2024, 3, 5)),
    ("29-02-2024", _day(2024, 2, 29)),
    ("3 juni 2018", _day(2018, 6, 3)),
    ("3 jun 2018", _day(2018, 6, 3)),
    ("3 jun. 2018", _day(2018, 6, 3)),
    ("3 June 2018", _day(2018, 6, 3)),
    ("June 3, 2018", _day(2018, 6, 3)),
    ("June 3rd 2018", _day(2018, 6, 3)),
    ("1 mei 2018", _day(2018, 5, 1)),
    ("1 mrt 2018", _day(2018, 3, 1)),
    ("22 okt 2018", _day(2018, 10, 22)),
])
def test_exact_dates_have_precision_day(raw: object, expected: ParsedDate) -> None:
    assert parse_date(raw) == expected


def test_slashed_dates_are_read_day_first() -> None:
    assert parse_date("03/05/2024") == _day(2024, 5, 3)


@pytest.mark.parametrize(("raw", "start", "end", "precision"), [
    ("juni 2018", D(2018, 6, 1), D(2018, 6, 30), "month"),
    ("jun 2018", D(2018, 6, 1), D(2018, 6, 30), "month"),
    ("June 2018", D(2018, 6, 1), D(2018, 6, 30), "month"),
    ("06-2018", D(2018, 6, 1), D(2018, 6, 30), "month"),
    ("2018-06", D(2018, 6, 1), D(2018, 6, 30), "month"),
    ("februari 2024", D(2024, 2, 1), D(2024, 2, 29), "month"),
    ("Q3 2018", D(2018, 7, 1), D(2018, 9, 30), "quarter"),
    ("q3-2018", D(2018, 7, 1), D(2018, 9, 30), "quarter"),
    ("2018Q3", D(2018, 7, 1), D(2018, 9, 30), "quarter"),
    ("2018-Q4", D(2018, 10, 1), D(2018, 12, 31), "quarter"),
    ("2018 k2", D(2018, 4, 1), D(2018, 6, 30), "quarter"),
    ("kwartaal 2 2018", D(2018, 4, 1), D(2018, 6, 30), "quarter"),
    ("3e kwartaal 2018", D(2018, 7, 1), D(2018, 9, 30), "quarter"),
    ("derde kwartaal 2018", D(2018, 7, 1), D(2018, 9, 30), "quarter"),
    ("1ste kwartaal 2018", D(2018, 1, 1), D(2018, 3, 31), "quarter"),
    ("voorjaar 2018", D(2018, 3, 1), D(2018, 5, 31), "season"),
    ("lente 2018", D(2018, 3, 1), D(2018, 5, 31), "season"),
    ("zomer 2018", D(2018, 6, 1), D(2018, 8, 31), "season"),
    ("najaar 2018", D(2018, 9, 1), D(2018, 11, 30), "season"),
    ("Herfst 2018", D(2018, 9, 1), D(2018, 11, 30), "season"),
    ("winter 2018", D(2018, 12, 1), D(2019, 2, 28), "season"),
    ("winter 2023/2024", D(2023, 12, 1), D(2024, 2, 29), "season"),
    ("1ste helft 2018", D(2018, 1, 1), D(2018, 6, 30), "half"),
    ("1e helft 2018", D(2018, 1, 1), D(2018, 6, 30), "half"),
    ("eerste helft 2018", D(2018, 1, 1), D(2018, 6, 30), "half"),
    ("H1 2018", D(2018, 1, 1), D(2018, 6, 30), "half"),
    ("2e helft 2018", D(2018, 7, 1), D(2018, 12, 31), "half"),
    ("2de helft 2018", D(2018, 7, 1), D(2018, 12, 31), "half"),
    ("tweede helft 2018", D(2018, 7, 1), D(2018, 12, 31), "half"),
    ("H2 2018", D(2018, 7, 1), D(2018, 12, 31), "half"),
    ("2018", D(2018, 1, 1), D(2018, 12, 31), "year"),
    (2018, D(2018, 1, 1), D(2018, 12, 31), "year"),
    (2018.0, D(2018, 1, 1), D(2018, 12, 31), "year"),
])
def test_fuzzy_dates_become_periods(raw: object, start: D, end: D, precision: str) -> None:
    assert parse_date(raw) == ParsedDate(start, end, precision)  # type: ignore[arg-type]


@pytest.mark.parametrize("raw", ["tbd", "TBD", "t.b.d.", "n.t.b.", "nog niet bekend",
                                 "Onbekend", "?"])
def test_not_yet_known_dates_have_no_period(raw: str) -> None:
    assert parse_date(raw) == ParsedDate(None, None, "unknown")


@pytest.mark.parametrize(("raw", "message"), [
    ("31-02-2024", "bestaat niet"),
    ("2023-02-29", "bestaat niet"),
    ("05-13-2024", "bestaat niet"),
    ("13-2018", "maand niet herkend"),
    ("05-03-24", "datum niet herkend"),
    ("volgende week", "datum niet herkend"),
    ("Q5 2018", "datum niet herkend"),
    ("Q3 1999", "datum niet herkend"),  # a quarter code is read by periods: years 2000-2100
    ("derde helft 2018", "datum niet herkend"),
    ("winter 2019/2018", "seizoen niet herkend"),
    ("0218-03-05", "jaartal"),
    (100, "datum niet herkend"),
    (True, "datum niet herkend"),
    (dt.time(10, 30), "alleen een tijd"),
])
def test_unreadable_or_impossible_dates_are_rejected(raw: object, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        parse_date(raw)


# --- normalise_company ----------------------------------------------------------------------

@pytest.mark.parametrize("names", [
    ("Acme Robotics B.V.", "ACME Robotics", "Acme  Robotics GmbH", "acme robotics bv",
     "Acme Robotics Holding B.V.", "Acme Robotics Ltd.", "Acme Robotics Co., Ltd."),
    ("Marks & Spencer plc", "Marks and Spencer", "MARKS AND SPENCER GROUP PLC"),
    ("Müller GmbH & Co. KG", "Muller", "MÜLLER AG"),
    ("Nestlé S.A.", "Nestle"),
    ("A.P. Møller-Mærsk A/S", "AP Moller Maersk"),
    ("The Boston Consulting Group", "Boston Consulting Group, Inc."),
    ("Tokyo Electron K.K.", "Tokyo Electron"),
])
def test_spellings_of_one_company_share_a_key(names: tuple[str, ...]) -> None:
    assert len({normalise_company(name) for name in names}) == 1


@pytest.mark.parametrize(("first", "second"), [
    ("Acme Robotics", "Acme Medical"),
    ("IBM", "International Business Machines"),  # abbreviations are a documented limit
    ("Acme Nederland B.V.", "Acme B.V."),  # country subsidiaries too
])
def test_different_names_keep_different_keys(first: str, second: str) -> None:
    assert normalise_company(first) != normalise_company(second)


def test_a_name_that_is_only_a_legal_form_keeps_it() -> None:
    assert normalise_company("B.V.") == "bv"


def test_a_name_without_letters_is_rejected() -> None:
    with pytest.raises(ValueError, match="bedrijfsnaam"):
        normalise_company("--")
