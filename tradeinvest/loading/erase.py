"""Erase on request: remove the contact-person details of one company, everywhere.

Personal details of contacts live only in `contact_persons` (see migration 001), one row per
contact row of an upload, so history included they are found through the `contacts` rows of
the company. Those rows are deleted; the contacts themselves (date, company, country...) stay,
so every aggregate figure is unchanged. The same details typed into free text (a project's
evidence, a calendar item's "Wie") are replaced there too: see `erase_text`.

Deleting is not enough for a file database: DuckDB leaves the old blocks in the file after
DELETE, CHECKPOINT and VACUUM (measured: the name is still readable in the bytes). So erase
ends by rewriting the database into a fresh file (COPY FROM DATABASE) that replaces the old one:
only live rows are written, the deleted details are gone from the disk file. The audit log
records that an erase happened, by whom and how many rows, never the details or the name.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import duckdb

from tradeinvest.loading.erase_text import REDACTED, Scrubbed, scrub
from tradeinvest.store import db, reference
from tradeinvest.text_keys import normalise_company
from tradeinvest.texts import t


@dataclass(frozen=True)
class Erased:
    companies: int         # distinct spellings of the company name that matched
    contact_rows: int      # contact rows of those companies (kept)
    person_rows: int       # contact_persons rows removed
    text: tuple[Scrubbed, ...] = ()  # free-text cells changed, per column (erase_text)

    def report_nl(self) -> str:
        """What was found and changed, and what erase does not search, for the command line."""
        if not self.companies:
            lines = [t("erase_nothing_found")]
        else:
            lines = [t("erase_persons", persons=self.person_rows, contacts=self.contact_rows)]
        where = ", ".join(f"{s.table}.{s.column} ({s.cells})" for s in self.text)
        lines.append(t("erase_free_text", cells=sum(s.cells for s in self.text),
                       redacted=REDACTED, where=f": {where}" if where else ""))
        lines.append(t("erase_not_searched", what=t("erase_not_searched_what")))
        lines.append(t("erase_rewritten"))
        return "\n".join(lines)


def _key(name: str) -> str:
    try:
        return normalise_company(name)
    except ValueError:  # a name the matching rule cannot key: compare it as written
        return name.strip().lower()


def matching_names(con: duckdb.DuckDBPyConnection, company: str) -> list[str]:
    """Every spelling of `company` in any table with a company column (contacts, projects,
    leads, bidbooks, opportunities), by the product's one matching rule (`normalise_company`:
    case, accents, punctuation and legal forms ignored)."""
    wanted = _key(company)
    tables = [r[0] for r in con.execute(
        "SELECT c.table_name FROM information_schema.columns c JOIN information_schema.tables t"
        " USING (table_name) WHERE c.column_name = 'company' AND t.table_type = 'BASE TABLE'"
        " ORDER BY 1").fetchall()]
    names = [r[0] for r in con.execute(" UNION ".join(
        f"SELECT DISTINCT company FROM {t} WHERE company IS NOT NULL" for t in tables)).fetchall()]
    return sorted(n for n in names if _key(n) == wanted)


def erase_company(path: str | os.PathLike[str] | None, company: str, actor: str) -> Erased:
    """Remove the personal details of `company`'s contact persons from the database file.

    Raises DatabaseBusy when another process (the app) holds the file: the rewrite needs it
    to itself.
    """
    target = db.db_path(path)
    con = db.connect(target)
    try:
        names = matching_names(con, company)
        with db.transaction(con) as cur:
            cur.execute("CREATE TEMP TABLE erase_names (company TEXT)")
            cur.executemany("INSERT INTO erase_names VALUES (?)", [[n] for n in names])
            mine = ("FROM contact_persons p JOIN contacts c USING (upload_id, source_row) "
                    "WHERE c.company IN (SELECT company FROM erase_names)")
            details = [v for row in cur.execute(
                f"SELECT DISTINCT person_name, person_email, person_phone {mine}").fetchall()
                       for v in row if v]
            contact_rows = cur.execute(
                "SELECT count(*) FROM contacts WHERE company IN "
                "(SELECT company FROM erase_names)").fetchone()[0]
            removed = len(cur.execute(
                """DELETE FROM contact_persons p USING contacts c
                   WHERE c.upload_id = p.upload_id AND c.source_row = p.source_row
                     AND c.company IN (SELECT company FROM erase_names)
                   RETURNING p.upload_id""").fetchall())
            text = scrub(cur, details)
            cur.execute("DROP TABLE erase_names")
            reference.audit(cur, actor, "erase",
                            f"persoonsgegevens gewist op verzoek: {removed} contactpersoon-"
                            f"regels van {contact_rows} contacten, "
                            f"{sum(s.cells for s in text)} cellen vrije tekst (naam niet gelogd)")
        con.execute("CHECKPOINT")
    finally:
        con.close()
    compact(target)
    return Erased(len(names), int(contact_rows), removed, tuple(text))


def _quote(path: Path) -> str:
    return "'" + str(path).replace("'", "''") + "'"


def compact(path: str | os.PathLike[str]) -> None:
    """Rewrite the database into a fresh file with only its live rows, then swap it in.

    The old file is replaced only after the copy succeeded, so a failure leaves it intact.
    """
    source = Path(path)
    fresh = source.with_name(source.name + ".compact")
    for leftover in (fresh, Path(f"{fresh}.wal")):
        leftover.unlink(missing_ok=True)
    con = duckdb.connect(":memory:")
    try:
        try:
            con.execute(f"ATTACH {_quote(source)} AS src (READ_ONLY)")
        except duckdb.IOException as exc:
            if "lock" in str(exc).lower():
                raise db.DatabaseBusy(t("erase_database_busy", path=source)) from exc
            raise
        con.execute(f"ATTACH {_quote(fresh)} AS dst")
        con.execute("COPY FROM DATABASE src TO dst")
        con.execute("DETACH dst")
        con.execute("DETACH src")
    except BaseException:
        con.close()
        fresh.unlink(missing_ok=True)
        raise
    con.close()
    os.chmod(fresh, source.stat().st_mode & 0o777)
    os.replace(fresh, source)
    Path(f"{source}.wal").unlink(missing_ok=True)
