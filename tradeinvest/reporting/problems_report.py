"""The validation report as a table (downloaded as CSV through `ui.widgets.download`)."""

from __future__ import annotations

import pandas as pd

from tradeinvest.ingest.problems import Problem
from tradeinvest.texts import t

COLUMNS = ("severity", "file", "sheet", "row", "column", "value", "message")


def problems_frame(problems: list[Problem], lang: str = "nl") -> pd.DataFrame:
    """Errors first, then warnings, each in file order; headers and texts in `lang`."""
    frame = pd.DataFrame([p.as_dict(lang) for p in problems], columns=list(COLUMNS))
    frame = frame.sort_values(["severity", "sheet", "row"], key=_order, kind="stable")
    frame["severity"] = frame["severity"].map(lambda s: t(f"problem_severity_{s}", lang))
    frame["row"] = frame["row"].astype("Int64")
    names = {name: t(f"problem_col_{name}", lang) for name in COLUMNS}
    return frame.rename(columns=names).reset_index(drop=True)


def _order(column: pd.Series) -> pd.Series:
    """Sort key: rows by number (row 9 before row 10; problems without a row last), the rest
    as text ("error" before "warning")."""
    if column.name == "row":
        return pd.to_numeric(column, errors="coerce").fillna(float("inf"))
    return column.astype(str)
