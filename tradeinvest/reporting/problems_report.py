"""The validation report as a table (downloaded as CSV through `ui.widgets.download`)."""

from __future__ import annotations

import pandas as pd

from tradeinvest.ingest.problems import Problem

COLUMNS_NL = {"severity": "Ernst", "file": "Bestand", "sheet": "Blad", "row": "Rij",
              "column": "Kolom", "value": "Waarde", "message": "Melding"}
COLUMNS_EN = {"severity": "Severity", "file": "File", "sheet": "Sheet", "row": "Row",
              "column": "Column", "value": "Value", "message": "Message"}


def problems_frame(problems: list[Problem], lang: str = "nl") -> pd.DataFrame:
    """Errors first, then warnings, each in file order."""
    names = COLUMNS_NL if lang == "nl" else COLUMNS_EN
    frame = pd.DataFrame([p.as_dict() for p in problems], columns=list(names))
    frame = frame.sort_values(["severity", "sheet", "row"], key=_order, kind="stable")
    labels = {"error": "fout", "warning": "waarschuwing"} if lang == "nl" else {}
    frame["severity"] = frame["severity"].map(lambda s: labels.get(s, s))
    frame["row"] = frame["row"].astype("Int64")
    return frame.rename(columns=names).reset_index(drop=True)


def _order(column: pd.Series) -> pd.Series:
    """Sort key: rows by number (row 9 before row 10; problems without a row last), the rest
    as text ("error" before "warning")."""
    if column.name == "row":
        return pd.to_numeric(column, errors="coerce").fillna(float("inf"))
    return column.astype(str)

