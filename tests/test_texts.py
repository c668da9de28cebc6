"""The text catalogue: every key in Dutch and in English, with the same {fields}."""

from __future__ import annotations

import string

from tradeinvest.texts import CATALOGUES, LANGUAGES, t


def _fields(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name is not None}


def test_every_key_is_in_every_language():
    for lang in LANGUAGES:
        assert set(CATALOGUES[lang]) == set(CATALOGUES["nl"]), lang


def test_every_text_is_written_and_has_the_same_fields_in_both_languages():
    for key, dutch in CATALOGUES["nl"].items():
        english = CATALOGUES["en"][key]
        assert dutch.strip() and english.strip(), key
        assert _fields(dutch) == _fields(english), key


def test_fields_are_filled_in_and_an_unknown_key_shows_itself():
    assert t("filters_applied", "en").format("Land") == "Sidebar filters on this page: Land."
    assert t("replaces_upload", "nl", id=3, file="a.xlsx", rows="2 rijen").startswith(
        "Vervangt upload 3 (a.xlsx, 2 rijen)")
    assert t("no_such_key", "en") == "no_such_key"


def test_each_area_of_the_catalogue_has_the_same_keys_in_every_language_and_no_key_twice():
    """A catalogue is one package per language with the same area modules (texts/nl/report.py
    beside texts/en/report.py …), so a text is found by its area in both."""
    from tradeinvest.texts import en, nl

    areas = {lang: {a.__name__.rsplit(".", 1)[1]: a.TEXTS for a in m.AREAS}
             for lang, m in (("nl", nl), ("en", en))}
    assert list(areas["nl"]) == list(areas["en"])
    for name, dutch in areas["nl"].items():
        assert set(dutch) == set(areas["en"][name]), name
    for lang, by_area in areas.items():
        assert sum(map(len, by_area.values())) == len(CATALOGUES[lang]), f"a key twice in {lang}"
