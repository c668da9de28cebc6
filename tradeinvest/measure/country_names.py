"""Every country the data can name, for the labels and the world map of what measure reports.

The layers above measure (reporting, ui, pages) get the country list here, never from the store.
"""

from __future__ import annotations

import duckdb
import pandas as pd

from tradeinvest.store import catalog


def country_names(con: duckdb.DuckDBPyConnection) -> pd.DataFrame:
    """All ISO countries: iso2, iso3, name_nl, name_en (read from the store's catalogue)."""
    return catalog.country_table(con)
