"""What the data holds, for filter choices: years, countries, sectors and partners present."""

from __future__ import annotations

import duckdb


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


def latest_quarter(con: duckdb.DuckDBPyConnection) -> str | None:
    """The newest quarter with a projects upload: the default period of the Overview."""
    row = con.execute("SELECT max(quarter) FROM active_uploads WHERE kind = 'projects'"
                      ).fetchone()
    return row[0] if row else None


def country_table(con: duckdb.DuckDBPyConnection):
    """All ISO countries: iso2, iso3, name_nl, name_en (for labels and the world map)."""
    return con.execute("SELECT iso2, iso3, name_nl, name_en FROM countries ORDER BY iso2").df()
