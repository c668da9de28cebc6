"""Groen/Gezond/Slim themes as typed: one theme, or (for a mission) a list of them.

A mission may serve several themes, typed as "Gezond; Slim; Groen", "Gezond, Slim",
"Gezond/Slim", "Gezond en Slim" or "Healthy and Smart". A project keeps exactly one theme: a
list there is refused, saying so. A word in a list that names no theme is refused by name,
with the near-miss suggestion of a single value ("Slimm": did you mean Slim?).

While a sheet is checked a list is carried as its codes joined by `JOINED` (one text, as every
other vocabulary column); `spread` then gives the stored columns: `theme`, the first theme
named (what a reader that knows one theme per mission sees), and `themes`, every theme named,
in the order typed, or null when the cell names at most one (migration 008).
"""

from __future__ import annotations

import re

import pyarrow as pa
import pyarrow.compute as pc

from tradeinvest import vocab
from tradeinvest.ingest import normalise
from tradeinvest.texts.phrases import Refusal

JOINED = ";"  # never part of a theme code
# Between themes in a cell: ; , / | & + or a line break, or the word "en"/"and".
_SEPARATOR = re.compile(r"\s*(?:[;,/|&+\n]|\s(?:en|and)\s)\s*", re.IGNORECASE)


def _parts(value: object) -> list[str]:
    """The words of a list when it is one: two parts or more, one of them a theme ("n/a" or
    "Blauw/Paars" is one unknown value, said as before); else none."""
    parts = [part for part in _SEPARATOR.split(str(value).strip()) if part.strip()]
    return parts if len(parts) > 1 and any(map(_is_theme, parts)) else []


def _is_theme(part: str) -> bool:
    try:
        normalise.match_term(vocab.THEMES, part)
    except ValueError:
        return False
    return True


def _codes(parts: list[str]) -> list[str]:
    """The theme of each part, each once, in the order typed; a part naming no theme is
    refused by its word (with what it may have meant)."""
    codes: list[str] = []
    for part in parts:
        try:
            code = normalise.match_term(vocab.THEMES, part)
        except Refusal as exc:
            meant = exc.phrase.fields.get("meant")
            if meant is None:
                raise Refusal("problem_unknown_theme_in_list", word=part,
                              labels=exc.phrase.fields["labels"]) from None
            raise Refusal("problem_unknown_theme_in_list_meant", word=part, meant=meant,
                          labels=exc.phrase.fields["labels"]) from None
        if code not in codes:
            codes.append(code)
    return codes


def _one_or_parts(value: object) -> tuple[str | None, list[str]]:
    """(the theme code, []) for a cell naming one theme; (None, the parts as typed) for a
    list; the one-theme refusal when the cell is neither."""
    try:
        return normalise.match_term(vocab.THEMES, value), []
    except ValueError:
        parts = _parts(value)
        if not parts:
            raise
        return None, parts


def parse_theme(value: object) -> str:
    """One theme (a project's): a list of several is refused, naming them as typed."""
    code, parts = _one_or_parts(value)
    if code is None:
        raise Refusal("problem_one_theme_only", themes=parts)
    return code


def parse_themes(value: object) -> str:
    """One theme or several (a mission's): the codes joined by `JOINED`."""
    code, parts = _one_or_parts(value)
    return code if code is not None else JOINED.join(_codes(parts))


def spread(frame: dict[str, pa.Array]) -> None:
    """A checked sheet's joined theme lists as `theme` (the first) and `themes` (all, or null
    when at most one); a sheet whose theme column holds no list is left as it is."""
    joined = frame.get("theme")
    if joined is None or not pc.any(pc.match_substring(joined, JOINED)).as_py():
        return
    lists = pc.split_pattern(joined, JOINED)
    several = pc.greater(pc.list_value_length(lists), 1)
    frame["theme"] = pc.list_element(lists, 0)
    frame["themes"] = pc.if_else(several, lists, pa.nulls(len(lists), lists.type))
