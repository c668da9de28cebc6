"""The text catalogue: one package per language (`nl/`, `en/`, modules by area), looked up by key.

Floor one: pure data, imported by every layer that shows words, so it imports nothing.
"""

from __future__ import annotations

from tradeinvest.texts import en, nl

LANGUAGES = ("nl", "en")
CATALOGUES: dict[str, dict[str, str]] = {"nl": nl.TEXTS, "en": en.TEXTS}


def t(key: str, lang: str = "nl", **fields: object) -> str:
    """The text for `key` in `lang` (Dutch unless "en"), with `{name}` fields filled in when
    given. An unknown key is shown as itself so a gap is visible, not fatal; a test keeps every
    key in both catalogues."""
    text = CATALOGUES["en" if lang == "en" else "nl"].get(key, key)
    return text.format(**fields) if fields else text
