"""Text from uploads in files that open in Excel: never evaluated as a formula.

A spreadsheet program treats a cell starting with `=`, `+`, `-` or `@` (and tab or carriage
return, which some programs strip first) as a formula: a company name such as
`=HYPERLINK("http://x","y")` from an upload would become a live link, or worse. In .xlsx the
report stores such text as a string with Excel's quote prefix (`report_xlsx.put_text`); in CSV,
which has no types, the text gets a leading apostrophe (the OWASP advice for CSV injection;
`csv_export` applies it to text cells only, so numbers stay numbers).
"""

from __future__ import annotations

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def csv_text(value: object) -> object:
    """`value` with a leading apostrophe if it is text a spreadsheet would evaluate."""
    if isinstance(value, str) and value.startswith(FORMULA_START):
        return "'" + value
    return value
