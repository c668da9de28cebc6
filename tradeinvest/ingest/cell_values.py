"""How a cell is read for a column of each type: the parser (with its bounds), the values Arrow
reads exactly as that parser would (`plain_values`, so most cells skip Python), and a value as
the coordinator typed it, for problem messages (`shown`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from tradeinvest import vocab
from tradeinvest.countries import parse_country
from tradeinvest.ingest import dates, limits, normalise, numeric, themes
from tradeinvest.ingest.spec import Column
from tradeinvest.texts.phrases import Phrase, Refusal

_MAX_TEXT = 500


def _text(value: object) -> str:
    """Text as one line with single spaces; dates as dd-mm-jjjj; at most _MAX_TEXT characters."""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, dt.datetime | dt.date):
        value = value.strftime("%d-%m-%Y")
    text = " ".join(str(value).split())
    if len(text) > _MAX_TEXT:
        raise Refusal("problem_text_too_long", limit=_MAX_TEXT)
    return text


def _bounded(parse: Callable[[object], float], largest: float, too_large: Phrase
             ) -> Callable[[object], float]:
    """Counts and amounts: 0 up to `largest` (limits.maximum: text of 400 nines parses to
    infinity, 1e308 jobs would make every total infinite); -0 is stored as 0."""
    def checked(value: object) -> float:
        number = parse(value)
        if number < 0:
            raise Refusal("problem_negative")
        if not number <= largest:
            raise Refusal(too_large.key, **too_large.fields)
        return number + 0  # -0.0 + 0 is 0.0
    return checked


_PARSERS: dict[str, Callable[[object], object]] = {
    "text": _text,
    "date": dates.parse_date,
    "country": parse_country,
    "sector": lambda v: normalise.match_term(vocab.SECTORS, v),
    "theme": themes.parse_theme,
    "bool": normalise.parse_bool,
}


def _typed_int(value: object) -> int:
    return numeric.whole(numeric.parse_typed(value))


def parser(column: Column, largest: float, factor: float = 1.0) -> Callable[[object], object]:
    """The parser of `column`; numbers are read as typed (`numeric.parse_typed`) and scaled by
    `factor` (a unit in the header, `units.header_unit`) before they are bounded."""
    if column.type == "choice":
        assert column.choices is not None
        choices = column.choices
        return lambda v: normalise.match_term(choices, v)
    if column.type == "theme" and column.several:
        return themes.parse_themes
    if column.type == "int":
        return _bounded(_typed_int, largest, limits.too_large(column, largest))
    if column.type == "number":
        parse = numeric.parse_typed
        if factor != 1:
            def parse(v: object) -> float:
                return scaled(numeric.parse_typed(v), factor)
        return _bounded(parse, largest, limits.too_large(column, largest))
    return _PARSERS[column.type]


def scaled(number: float, factor: float) -> float:
    """An amount typed in a unit (millions, thousands) in euro, to the cent: 0,1 mln is
    100000, not 100000.00000000001."""
    return round(number * factor, 2)


def shown(value: object) -> str:
    """The value as the coordinator typed it in Dutch Excel: -5.0 as '-5', -2.5 as '-2,5'."""
    if isinstance(value, dt.datetime | dt.date):
        return value.strftime("%d-%m-%Y")
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else str(value).replace(".", ",")
    return str(value)


# Text that `_text` returns unchanged: printable ASCII words with single spaces between them.
_PLAIN_TEXT = r"^[!-~]+( [!-~]+)*$"
# Numbers in text that `numeric.parse_number` reads as Arrow's cast does: digits, or digits
# with one decimal comma (at most 15 digits each side, exact in a double).
_PLAIN_NUMBER = r"^[0-9]{1,15}(,[0-9]{1,15})?$"
ARROW_TYPES: dict[str, pa.DataType] = {
    "text": pa.string(), "number": pa.float64(), "int": pa.int64(), "country": pa.string(),
    "sector": pa.string(), "theme": pa.string(), "choice": pa.string(), "bool": pa.bool_(),
}


def plain_values(column: Column, values: pa.Array | None, largest: float,
                 factor: float = 1.0) -> tuple[np.ndarray, pa.Array] | None:
    """Values Arrow parses exactly as the per-value parser: (which, parsed), else None.

    Only where the parser's result is certain: text that `_text` leaves as it is, numbers
    that Excel typed (finite, 0 up to `largest` once scaled by `factor`) or plain digits in
    text.
    """
    if values is None:
        return None
    is_text = pa.types.is_string(values.type)
    if column.type == "text" and is_text:
        done = pc.and_(pc.match_substring_regex(values, _PLAIN_TEXT),
                       pc.less_equal(pc.utf8_length(values), _MAX_TEXT))
        return done.to_numpy(zero_copy_only=False), values
    if column.type not in ("number", "int"):
        return None
    if is_text:
        digits = pc.match_substring_regex(values, _PLAIN_NUMBER)
        text = pc.if_else(digits, pc.replace_substring(values, ",", "."), "0")
        numbers = pc.cast(text, pa.float64())
    elif pa.types.is_float64(values.type):
        digits = pc.is_finite(values)
        numbers = values
    else:
        return None
    numbers = pc.add(numbers, 0.0)  # -0 stored as 0
    if factor != 1:
        numbers = pc.round(pc.multiply(numbers, factor), 2)  # as `scaled`
    done = pc.and_(digits, pc.and_(pc.greater_equal(numbers, 0),
                                   pc.less_equal(numbers, largest)))
    if column.type == "int":
        done = pc.and_(done, pc.equal(pc.floor(numbers), numbers))
        numbers = pc.cast(pc.if_else(done, numbers, 0), pa.int64())
    return done.to_numpy(zero_copy_only=False), numbers
