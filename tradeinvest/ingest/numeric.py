"""Numbers from spreadsheet cells: a numeric cell, or Dutch or English text ("1.234,5",
"€ 12.000,-", "1,234.5"). Pure functions; a text that is no number raises `texts.phrases.Refusal`
(a `ValueError`) saying why (see `parse_number` for the separator rules, fixed so nothing is
guessed). Upload cells are read by `parse_typed`, which also reads a number typed as an
estimate ("ca. 30", "30 fte") and refuses a range ("10-15") saying so.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from functools import lru_cache

from tradeinvest.texts.phrases import Refusal

_NOT_A_NUMBER = "problem_not_a_number"
# Currency before or after the number. Two patterns, as one alternation with `\s*` before the
# end anchor is tried at every position: quadratic in a cell full of spaces (a minute or more).
_CURRENCY_FIRST = re.compile(r"^(?:€|eur(?:o)?\b)", re.IGNORECASE)
_CURRENCY_LAST = re.compile(r"(?:€|eur(?:o)?)$", re.IGNORECASE)
_NUMBER_CHARS = re.compile(r"^[+-]?[\d.,]+$")
# Valid thousands groups ("12.345.678"): first group 1-3 digits without a leading 0.
_GROUPED = {sep: re.compile(rf"[1-9]\d{{0,2}}(?:{re.escape(sep)}\d{{3}})+") for sep in ".,"}


def _grouped(digits: str, sep: str) -> bool:
    return _GROUPED[sep].fullmatch(digits) is not None


def _number_from_text(text: str) -> float:
    """See parse_number for the separator rules."""
    text = text.strip().replace("\u2212", "-")  # typographic minus
    text = _CURRENCY_LAST.sub("", _CURRENCY_FIRST.sub("", text)).strip()
    if text.endswith((",-", ",--")):  # "€ 12,-" is Dutch for twelve euro
        text = text.rstrip("-")[:-1]
    text = re.sub(r"(?<=\d)[ \u00a0\u202f](?=\d{3}(?:\D|$))", "", text)  # "12 000"
    if not _NUMBER_CHARS.fullmatch(text):
        raise Refusal(_NOT_A_NUMBER)
    sign = -1.0 if text.startswith("-") else 1.0
    body = text.lstrip("+-")
    if not body or not body[0].isdigit() or not body[-1].isdigit():
        raise Refusal(_NOT_A_NUMBER)
    has_dot, has_comma = "." in body, "," in body
    if has_dot and has_comma:
        decimal = "." if body.rfind(".") > body.rfind(",") else ","
        thousands = "," if decimal == "." else "."
        whole, _, fraction = body.rpartition(decimal)
        if decimal in whole or not _grouped(whole, thousands):
            raise Refusal(_NOT_A_NUMBER)
        body = f"{whole.replace(thousands, '')}.{fraction}"
    elif has_comma:
        if body.count(",") == 1:
            body = body.replace(",", ".")  # Dutch decimal comma, also for "1,250"
        elif _grouped(body, ","):
            body = body.replace(",", "")
        else:
            raise Refusal(_NOT_A_NUMBER)
    elif has_dot:
        if _grouped(body, "."):
            body = body.replace(".", "")  # Dutch thousands: "12.000", "1.250", "1.234.567"
        elif body.count(".") > 1:
            raise Refusal(_NOT_A_NUMBER)
    return sign * float(body)


@lru_cache(maxsize=8192)
def _cached_number(text: str) -> float:
    return _number_from_text(text)


def parse_number(value: object) -> float:
    """A number from a numeric cell or from Dutch or English text.

    Text may carry "€"/"EUR", a sign, spaces or dots as thousands separators and the Dutch
    ",-" for whole euros ("€ 12.000,-"). Words and units ("1,2 mln", "n.v.t.") are rejected.
    Separator rules, so the reading is never a guess:
    - dot and comma both present: the last one is the decimal mark ("1.234,5" and "1,234.5"
      are both 1234.5);
    - a single comma is a decimal comma ("12,5" -> 12.5, also "1,250" -> 1.25); several
      commas in groups of three are English thousands ("1,234,567");
    - dots only: groups of exactly three digits after a dot are Dutch thousands ("12.000" ->
      12000, "1.250" -> 1250); any other single dot is a decimal point ("1234.5", "0.125").
    Negative numbers are returned as they are; whether a sign is allowed is the caller's rule.
    """
    if isinstance(value, bool):
        raise Refusal("problem_number_not_bool")
    if isinstance(value, int):
        return float(value)
    if isinstance(value, float):
        if not math.isfinite(value):
            raise Refusal(_NOT_A_NUMBER)
        return value
    if isinstance(value, dt.date | dt.time):
        raise Refusal("problem_number_not_date")
    if not isinstance(value, str):
        raise Refusal(_NOT_A_NUMBER)
    return _cached_number(value)


def parse_int(value: object) -> int:
    """A whole number (a count such as participating companies); 2,5 is rejected, 12.000 is
    twelve thousand by the rules of parse_number."""
    return whole(parse_number(value))


def whole(number: float) -> int:
    """`number` as an int; a fraction is refused."""
    if not number.is_integer():
        raise Refusal("problem_not_whole")
    return int(number)


# --- numbers as people type them ---------------------------------------------------------------
# "ca. 30", "± 30", "30 fte", "30 (verwacht)": an estimate around one number, read as that number
# (with a warning). Stripped with str methods, not regexes ending in `\s*`: a cell of a million
# spaces must stay linear (see _CURRENCY_FIRST).
_APPROX_PREFIXES = tuple(sorted((
    "circa", "ca.", "ca", "c.", "±", "+/-", "+-", "~", "≈", "ongeveer", "plm.", "plm",
    "approx.", "approx", "about", "around", "est.",
), key=len, reverse=True))
_UNIT_SUFFIXES = ("fte", "banen", "jobs")
# "10-15", "10 – 15", "10 tot 15", "10 t/m 15", "10 à 15", "10 to 15": a range, not one number.
_RANGE = re.compile(r"\d[\d.,]*\s*(?:-|–|—|tot(?: en met)?|t/m|à|a|to)\s*\d[\d.,]*",
                    re.IGNORECASE)


_MAX_QUALIFIERS = 4  # "ca. 30 fte (verwacht)" has three; a cell of "ca. ca. ca. …" stays linear


def _without_qualifiers(text: str) -> str:
    """`text` without the words around an estimate ("ca. 30 fte (verwacht)" -> "30")."""
    text = text.strip()
    for _ in range(_MAX_QUALIFIERS):
        low = text.casefold()
        if text.endswith(")") and (start := text.rfind("(")) > 0:
            text = text[:start].rstrip()
            continue
        suffix = next((w for w in _UNIT_SUFFIXES if low.endswith(w)
                       and not low[:-len(w)][-1:].isalpha()), None)
        if suffix is not None and len(low) > len(suffix):
            text = text[:-len(suffix)].rstrip()
            continue
        prefix = next((p for p in _APPROX_PREFIXES if low.startswith(p)
                       and not (p[-1].isalpha() and low[len(p):len(p) + 1].isalpha())), None)
        if prefix is not None and len(low) > len(prefix):
            text = text[len(prefix):].lstrip()
            continue
        break
    return text


@lru_cache(maxsize=8192)
def _typed_number(text: str) -> tuple[float, bool]:
    """(number, whether words around it were dropped); a range or no number raises."""
    try:
        return _number_from_text(text), False
    except Refusal as strict:
        core = _without_qualifiers(text)
        if _RANGE.fullmatch(core):
            raise Refusal("problem_number_range") from None
        if core == text.strip() or not core:
            raise strict from None
        return _number_from_text(core), True


def parse_typed(value: object) -> float:
    """A number as `parse_number` reads it, or one typed as an estimate: "ca. 30", "circa 30",
    "± 30", "+/- 30", "~30", "30 fte", "30 (verwacht)" are 30 (`typed_note` says so). A range
    ("10-15", "10 tot 15") is refused: it cannot be counted."""
    if isinstance(value, str):
        return _typed_number(value)[0]
    return parse_number(value)


def was_estimate(value: object) -> bool:
    """True when `parse_typed` read `value` by dropping words around its number."""
    return isinstance(value, str) and _typed_number(value)[1]
