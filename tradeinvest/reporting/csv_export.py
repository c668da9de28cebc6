"""Every CSV the app offers: the headers the screen shows, numbers a spreadsheet reads as numbers.

A Dutch Excel splits a CSV on `;` and reads `1234,5` as a number (and `1234.5` as text or a
date); an English one splits on `,` and reads `1234.5`. So the Dutch file is `;`-separated with
a decimal comma and the English file `,`-separated with a decimal point, both with a BOM (é, €
intact). Numbers are rounded as the screen rounds them (`fmt.column_decimals`), so no float
noise (`450.90000000000003`) reaches the file, and they stay numbers: only text is guarded
against formula evaluation (`cells.csv_text`).
"""

from __future__ import annotations

import math

import pandas as pd

from tradeinvest.reporting import fmt
from tradeinvest.reporting.cells import csv_text
from tradeinvest.texts import CATALOGUES, t

CSV_MIME = "text/csv"


def column_label(name: object, lang: str = "nl") -> str:
    """The header for an internal column name (`x_label`: the header of `x`): the catalogue's
    `col_<name>`; an unknown name is shown as it is. Tables pass their own labels; these cover
    the rest (chart data, tables without an explicit header list)."""
    key = str(name).removesuffix("_label")
    return t(f"col_{key}", lang) if f"col_{key}" in CATALOGUES["nl"] else key


def headers(columns: list[object], lang: str, labels: dict[str, str] | None = None
            ) -> dict[object, str]:
    """Column -> header: the caller's labels first, then `column_label`; a code column beside
    its `_label` column is headed "... (code)"."""
    given = labels or {}
    out = {c: given.get(str(c), column_label(c, lang)) for c in columns}
    for c in columns:
        if f"{c}_label" in out and str(c) not in given:
            out[c] = f"{out[c]} (code)"
    return out


def _cell(value: object, lang: str) -> object:
    """One cell of a text (object) column: a float written in the reader's decimal mark, text
    made formula-safe."""
    if isinstance(value, float) and not math.isnan(value):
        text = f"{round(value, 2):g}" if value != int(value) else str(int(value))
        return text.replace(".", ",") if lang == "nl" else text
    return csv_text(value)


def prepared(frame: pd.DataFrame, lang: str,
             labels: dict[str, str] | None = None) -> pd.DataFrame:
    """The frame as written: numbers rounded as on screen (whole numbers without `.0`), text
    formula-safe, headers as shown."""
    out = frame.copy()
    for column in out.columns:
        series = out[column]
        if pd.api.types.is_bool_dtype(series):
            continue
        if pd.api.types.is_numeric_dtype(series):
            decimals = fmt.column_decimals(column, series)
            rounded = series.astype("Float64").round(decimals)
            whole = rounded.dropna().mod(1).eq(0).all()
            out[column] = rounded.astype("Int64") if decimals == 0 or whole else rounded
        elif not pd.api.types.is_datetime64_any_dtype(series):
            out[column] = series.map(lambda v: _cell(v, lang))
    return out.rename(columns=headers(list(out.columns), lang, labels))


def to_csv(frame: pd.DataFrame, lang: str = "nl", labels: dict[str, str] | None = None
           ) -> bytes:
    """CSV bytes a Dutch (`;`, decimal comma) or English (`,`, decimal point) Excel opens in
    columns, with numbers as numbers."""
    nl = lang == "nl"
    return prepared(frame, lang, labels).to_csv(
        index=False, sep=";" if nl else ",", decimal="," if nl else ".").encode("utf-8-sig")
