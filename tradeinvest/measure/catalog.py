"""What the data holds, for filter choices (years and countries present), the country list
for labels and maps, and the reference tables and settings as the settings page shows them.

The layers above measure (reporting, ui, pages) read these here, never from the store.
"""

from __future__ import annotations

import duckdb
import pandas as pd

from tradeinvest.reference_data import DEFAULT_SETTINGS, EDITABLE


def years(con: duckdb.DuckDBPyConnection) -> list[int]:
    """Years with any current data or an active projects upload, newest first (a year whose
    only projects file reports "no projects this quarter" is still a loaded year)."""
    rows = con.execute(
        """SELECT DISTINCT y FROM (
               SELECT year(period_start) AS y FROM active_uploads
                   WHERE kind = 'projects'
               UNION SELECT year(date_realised) FROM projects_current
               UNION SELECT year(contact_date) FROM contacts_current
               UNION SELECT year(issued_date) FROM bidbooks_current
               UNION SELECT year(start_date) FROM missions_current)
           WHERE y IS NOT NULL ORDER BY y DESC""").fetchall()
    return [r[0] for r in rows]


def countries(con: duckdb.DuckDBPyConnection) -> list[tuple[str, str, str]]:
    """(iso2, Dutch name, English name) of every country in the current data or focus lists."""
    return con.execute(
        """SELECT c.iso2, c.name_nl, c.name_en FROM countries c WHERE c.iso2 IN (
               SELECT country FROM projects_current UNION SELECT country FROM contacts_current
               UNION SELECT country FROM bidbooks_current UNION SELECT country FROM leads_current
               UNION SELECT country FROM missions_current UNION SELECT iso2 FROM focus_countries)
           ORDER BY c.name_nl""").fetchall()


def country_table(con: duckdb.DuckDBPyConnection) -> pd.DataFrame:
    """All ISO countries: iso2, iso3, name_nl, name_en (for labels and the world map)."""
    return con.execute("SELECT iso2, iso3, name_nl, name_en FROM countries ORDER BY iso2").df()


def reference_table(con: duckdb.DuckDBPyConnection, table: str) -> pd.DataFrame:
    """An editable reference table (`reference_data.EDITABLE`), its columns in edit order."""
    cols = ", ".join(EDITABLE[table])
    return con.execute(f"SELECT {cols} FROM {table} ORDER BY 1, 2").df()


def settings_table(con: duckdb.DuckDBPyConnection) -> pd.DataFrame:
    """Every setting, with the default of one added after the database was made."""
    frame = con.execute("SELECT key, value, note FROM settings").df()
    missing = [(k, v, n) for k, (v, n) in DEFAULT_SETTINGS.items() if k not in set(frame["key"])]
    added = pd.DataFrame(missing, columns=["key", "value", "note"])
    return pd.concat([frame, added] if missing else [frame]).sort_values("key",
                                                                          ignore_index=True)


def is_empty(con: duckdb.DuckDBPyConnection) -> bool:
    """True before the first upload ever (the app then loads the sample data)."""
    return con.execute("SELECT count(*) FROM uploads").fetchone()[0] == 0


def data_version(con: duckdb.DuckDBPyConnection) -> tuple:
    """Changes whenever data or settings change: every change writes the audit log."""
    count, last = con.execute("SELECT count(*), max(logged_at) FROM audit_log").fetchone()
    return (count, str(last))
