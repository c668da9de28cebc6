"""Source rows in one shape: which rows count (now or at an earlier moment), and how they look.

Which uploads count lives in `upload_spans`; `active_rows` is the only place that turns "now"
or "as reported at T" into SQL, and every measure reads through it. On top of that each fact
table is brought into the common columns that `filters.where` understands:

    d (period date), pillar, country, country_group, sector, theme, partner, project_kind,
    ema_brexit, company

plus its own measure columns. Records that are re-reported in a later upload (a lead whose
status moved on, a project listed twice) count once: the latest upload wins, by reference
(projects, missions, bidbooks) or by mission + company key (leads, `company_key`: the same
company however spelled). Contacts have no key. Projects carry `company_norm`, the company
key, so trade wins can be counted per company and year.

Speed: deriving that shape (the latest-upload-wins windows, the joins) costs tens of
milliseconds per query at a million rows, and a page asks a dozen queries. So the shapes of
"now" are kept as tables ("marts", grain: one counted record, same columns as the derived
shape) in an in-memory database attached to the DuckDB instance, rebuilt when the data
changed. "Changed" is read from a stamp: the number of uploads, of spans and of closed spans.
That is exact because fact rows are only ever added together with a new upload and spans are
only added or closed, never edited (migration 001). An "as at T" query reads the marts too
when the uploads that counted at T are those that count now; otherwise it derives the shape.
The marts live in memory, not in the file: the file holds only what was uploaded, backups and
the erase rewrite stay as they were, and a restart rebuilds them on first use.
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import threading
import weakref
from collections.abc import Callable

import duckdb

from tradeinvest import vocab
from tradeinvest.measure.filters import lit
from tradeinvest.store import db
from tradeinvest.text_keys import normalise_company


def first_row(con: duckdb.DuckDBPyConnection, sql: str, params: list[object] | None = None
              ) -> tuple | None:
    """The first row of a query. Fetches all rows: DuckDB 2.0 keeps a half-read result open
    on the cursor and refuses some later calls (create_function) until it is consumed."""
    rows = con.execute(sql, params or []).fetchall()
    return rows[0] if rows else None


FACT_TABLES = frozenset({"projects", "missions", "leads", "contacts", "bidbooks"})


def active_upload_ids(as_of: dt.datetime | None = None) -> str:
    """SQL selecting the upload_ids that count now, or at moment `as_of`.

    An upload counts at T when one of its spans has active_from <= T and (active_to IS NULL or
    active_to > T); undo and replace only ever close or open spans, so this is exact.
    """
    if as_of is None:
        return "SELECT upload_id FROM active_uploads"
    t = lit(as_of)
    return (f"SELECT upload_id FROM upload_spans WHERE active_from <= {t} "
            f"AND (active_to IS NULL OR active_to > {t})")


def active_rows(table: str, as_of: dt.datetime | None = None) -> str:
    """SQL relation of the rows of fact `table` that count now (its *_current view) or at T."""
    if table not in FACT_TABLES:
        raise ValueError(f"not a fact table: {table}")
    if as_of is None:
        return f"{table}_current"
    return f"(SELECT * FROM {table} WHERE upload_id IN ({active_upload_ids(as_of)}))"


_NEWEST = "ORDER BY upload_id DESC, source_row DESC"


def _latest(table: str, key: str, as_of: dt.datetime | None) -> str:
    return (f"(SELECT * FROM {active_rows(table, as_of)} QUALIFY row_number() OVER "
            f"(PARTITION BY {key} {_NEWEST}) = 1)")


def moments_cte(moments: dict[tuple[int, int], dt.datetime]) -> str:
    """SQL CTEs for replaying many quarter ends at once (the backtest): `m(mi, y, q, moment)`,
    one row per (year, quarter) of `moments` numbered mi in their order, and `a(mi,
    upload_id)`: the uploads that counted at each moment (the rule of active_upload_ids)."""
    values = ", ".join(f"({i}, {int(y)}, {int(q)}, {lit(at)})"
                       for i, ((y, q), at) in enumerate(moments.items()))
    return (f"m(mi, y, q, moment) AS (VALUES {values}), a AS (SELECT DISTINCT m.mi, "
            "s.upload_id FROM m JOIN upload_spans s ON s.active_from <= m.moment "
            "AND (s.active_to IS NULL OR s.active_to > m.moment))")


def latest_at_moments(table: str, key: str) -> str:
    """SQL: `_latest` at every moment of `moments_cte` at once: the rows of fact `table`
    that counted then, one per `key` (the newest), each with its moment's mi."""
    if table not in FACT_TABLES:
        raise ValueError(f"not a fact table: {table}")
    return (f"(SELECT a.mi, t.* FROM a JOIN {table} t USING (upload_id) QUALIFY "
            f"row_number() OVER (PARTITION BY a.mi, {key} {_NEWEST}) = 1)")


def theme_of(sector: str) -> str:
    """SQL CASE giving the Groen/Gezond/Slim theme of a sector (from vocab.SECTOR_THEME)."""
    whens = " ".join(f"WHEN {lit(s)} THEN {lit(t)}" for s, t in vocab.SECTOR_THEME.items())
    return f"(CASE {sector} {whens} END)"


def _group(alias: str) -> str:
    return f"LEFT JOIN countries {alias}_c ON {alias}_c.iso2 = {alias}.country"


def _projects(as_of: dt.datetime | None) -> str:
    """Realised projects, dated when they landed (date_realised)."""
    return f"""(
        SELECT p.upload_id, p.source_row, p.reference, p.company, p.date_realised AS d,
               p.pillar, p.country, p_c.group_iso2 AS country_group, p.sector, p.theme,
               p.partner, p.project_kind, p.ema_brexit, p.new_jobs, p.retained_jobs,
               p.investment_eur, p.contract_value_eur, p.lead_reference, p.lead_source,
               p.nfia_assisted, company_key(p.company) AS company_norm
        FROM {_latest('projects', 'lower(reference)', as_of)} p {_group('p')})"""


def _missions(as_of: dt.datetime | None) -> str:
    """Missions dated by start date, each with the number of its leads (`mission_leads`) and
    every theme it serves (`themes`: the file's list, else its one theme; see `per_theme`)."""
    return f"""(
        SELECT lower(m.reference) AS mission_key, m.reference, m.name, m.mission_kind,
               m.start_date AS d, m.end_date, m.pillar, m.country,
               m_c.group_iso2 AS country_group, m.sector,
               coalesce(m.theme, {theme_of('m.sector')}) AS theme,
               coalesce(m.themes, [coalesce(m.theme, {theme_of('m.sector')})]) AS themes,
               m.partner,
               CAST(NULL AS TEXT) AS project_kind, FALSE AS ema_brexit,
               m.companies, coalesce(n.leads, 0) AS mission_leads,
               coalesce(n.won_leads, 0) AS mission_won_leads
        FROM {_latest('missions', 'lower(reference)', as_of)} m {_group('m')}
        LEFT JOIN (SELECT lower(mission_reference) AS mission_key, count(*) AS leads,
                          count(*) FILTER (WHERE status = 'won') AS won_leads
                   FROM {_leads_latest(as_of)} GROUP BY 1) n
               ON n.mission_key = lower(m.reference))"""


def _leads_latest(as_of: dt.datetime | None) -> str:
    """One lead per mission and company, the company matched by `company_key` (the rule that
    matches spellings everywhere else), so "Deltavis Medical LLC" re-reported as "Deltavis
    Medical" is one lead with its latest status; a name without a key falls back to its text."""
    return _latest("leads", "lower(mission_reference), "
                   "coalesce(company_key(company), lower(trim(company)))", as_of)


def _leads(as_of: dt.datetime | None) -> str:
    """Leads with the lead's own company, country, sector and pillar, dated by the start of
    their mission (the upload's quarter if the mission is gone), credited to its partner."""
    return f"""(
        SELECT l.upload_id, l.source_row, lower(l.mission_reference) AS mission_key,
               l.mission_reference, l.company,
               coalesce(m.start_date, u.period_start) AS d, l.pillar, l.country,
               l_c.group_iso2 AS country_group, l.sector, {theme_of('l.sector')} AS theme,
               m.partner, CAST(NULL AS TEXT) AS project_kind, l.ema_brexit, l.status,
               l.expected_jobs, l.expected_value_eur
        FROM {_leads_latest(as_of)} l {_group('l')}
        JOIN uploads u ON u.upload_id = l.upload_id
        LEFT JOIN {_latest('missions', 'lower(reference)', as_of)} m
               ON lower(m.reference) = lower(l.mission_reference))"""


def _contacts(as_of: dt.datetime | None) -> str:
    return f"""(
        SELECT c.upload_id, c.source_row, c.company, c.contact_date AS d, c.pillar, c.country,
               c_c.group_iso2 AS country_group, c.sector, {theme_of('c.sector')} AS theme,
               c.partner, CAST(NULL AS TEXT) AS project_kind, FALSE AS ema_brexit,
               c.contact_kind, c.channel
        FROM {active_rows('contacts', as_of)} c {_group('c')})"""


def _bidbooks(as_of: dt.datetime | None) -> str:
    """Bidbooks/propositions and fact-finding trips. They carry no partner column."""
    return f"""(
        SELECT b.reference, b.company, b.issued_date AS d, b.pillar, b.country,
               b_c.group_iso2 AS country_group, b.sector, {theme_of('b.sector')} AS theme,
               CAST(NULL AS TEXT) AS partner, CAST(NULL AS TEXT) AS project_kind,
               FALSE AS ema_brexit, b.bidbook_kind, b.outcome, b.project_reference
        FROM {_latest('bidbooks', 'lower(reference)', as_of)} b {_group('b')})"""


_COMMON = "d, pillar, country, country_group, sector, theme, partner, project_kind, ema_brexit"

Relations = Callable[[str], str]  # fact kind -> SQL relation of its common shape


def _output(rel: Relations) -> str:
    """All output records in one relation, one measure column per kind (NULL elsewhere);
    `themes` is a mission's list of themes (NULL on the other kinds' rows)."""
    return f"""(
        SELECT {_COMMON}, 1 AS contacts FROM {rel('contacts')}
        UNION ALL BY NAME
        SELECT {_COMMON}, CAST(bidbook_kind = 'bidbook' AS INTEGER) AS bidbooks,
               CAST(bidbook_kind = 'fft' AS INTEGER) AS ffts FROM {rel('bidbooks')}
        UNION ALL BY NAME
        SELECT {_COMMON}, themes, 1 AS missions, companies AS mission_companies,
               mission_leads
        FROM {rel('missions')}
        UNION ALL BY NAME
        SELECT {_COMMON}, 1 AS leads, CAST(status = 'won' AS INTEGER) AS won_leads
        FROM {rel('leads')})"""


_DERIVED: dict[str, Callable[[dt.datetime | None], str]] = {
    "projects": _projects, "missions": _missions, "leads": _leads, "contacts": _contacts,
    "bidbooks": _bidbooks,
    "output": lambda as_of: _output(lambda kind: _DERIVED[kind](as_of)),
}
_MARTS = "marts"
# Part of the stamp: marts built by other code (another shape) are stale too.
_SHAPE_VERSION = hashlib.sha256("".join(f(None) for f in _DERIVED.values()).encode()
                                ).hexdigest()[:16]
_STAMP = (f"'{_SHAPE_VERSION}:' || (SELECT count(*) FROM uploads) || ':' || "
          "(SELECT count(*) || ':' || count(active_to) FROM upload_spans)")
_building = threading.Lock()


def _attach(con: duckdb.DuckDBPyConnection) -> None:
    # One in-memory catalog per DuckDB instance, shared by all its cursors.
    con.execute(f"ATTACH IF NOT EXISTS ':memory:' AS {_MARTS}")
    con.execute(f"CREATE TABLE IF NOT EXISTS {_MARTS}.state (stamp TEXT)")


def _fresh(con: duckdb.DuckDBPyConnection) -> bool:
    row = first_row(con, f"SELECT (SELECT max(stamp) FROM {_MARTS}.state) = {_STAMP}")
    return bool(row and row[0])


def ensure_marts(con: duckdb.DuckDBPyConnection) -> None:
    """Rebuild the marts of "now" if the data changed since they were built.

    One thread builds while others wait; the build reads one consistent snapshot and stores
    the stamp of that snapshot, so a load committing meanwhile triggers the next rebuild.
    """
    try:
        if _fresh(con):
            return
    except duckdb.CatalogException:  # first use in this DuckDB instance
        pass
    ensure_company_key(con)  # the lead and project shapes key companies
    with _building:
        _attach(con)
        _build(con)


def _build(con: duckdb.DuckDBPyConnection) -> None:
    with db.transaction(con) as cur:
        if _fresh(cur):
            return
        for kind in ("contacts", "bidbooks", "missions", "leads", "projects"):
            cur.execute(f"CREATE OR REPLACE TABLE {_MARTS}.{kind} AS "
                        f"SELECT * FROM {_DERIVED[kind](None)} ORDER BY d")
        cur.execute(f"CREATE OR REPLACE TABLE {_MARTS}.output AS SELECT * FROM "
                    f"{_output(lambda kind: f'{_MARTS}.{kind}')} ORDER BY d")
        cur.execute(f"DELETE FROM {_MARTS}.state")
        cur.execute(f"INSERT INTO {_MARTS}.state SELECT {_STAMP}")


def _same_as_now(con: duckdb.DuckDBPyConnection, as_of: dt.datetime) -> bool:
    """Whether exactly the uploads that count now counted at `as_of`."""
    now, then = active_upload_ids(None), active_upload_ids(as_of)
    row = first_row(con, f"SELECT NOT EXISTS (({now} EXCEPT {then}) UNION ALL "
                         f"({then} EXCEPT {now}))")
    return bool(row and row[0])


def relation(con: duckdb.DuckDBPyConnection, kind: str, as_of: dt.datetime | None = None
             ) -> str:
    """SQL relation of fact `kind` (projects, missions, leads, contacts, bidbooks, output) in
    the common shape, now (a mart) or as at `as_of`. The shapes are defined by `_projects`,
    `_missions`, ... above; the functions below name them for readable call sites."""
    if kind not in _DERIVED:
        raise ValueError(f"not a fact shape: {kind}")
    if as_of is None or _same_as_now(con, as_of):
        ensure_marts(con)
        return f"{_MARTS}.{kind}"
    ensure_company_key(con)
    return _DERIVED[kind](as_of)


def projects(con: duckdb.DuckDBPyConnection, as_of: dt.datetime | None = None) -> str:
    return relation(con, "projects", as_of)


def missions(con: duckdb.DuckDBPyConnection, as_of: dt.datetime | None = None) -> str:
    return relation(con, "missions", as_of)


def leads(con: duckdb.DuckDBPyConnection, as_of: dt.datetime | None = None) -> str:
    return relation(con, "leads", as_of)


def contacts(con: duckdb.DuckDBPyConnection, as_of: dt.datetime | None = None) -> str:
    return relation(con, "contacts", as_of)


def bidbooks(con: duckdb.DuckDBPyConnection, as_of: dt.datetime | None = None) -> str:
    return relation(con, "bidbooks", as_of)


def output(con: duckdb.DuckDBPyConnection, as_of: dt.datetime | None = None) -> str:
    return relation(con, "output", as_of)


def per_theme(relation: str) -> str:
    """`relation` (missions, or output) with a mission once per theme it serves: `theme` is
    then each of its `themes` in turn; every other row stays one row. For breakdowns by
    theme only: a mission serving three themes counts under each, once in a total."""
    return f"(SELECT * REPLACE (unnest(coalesce(themes, [theme])) AS theme) FROM {relation})"


def touches(con: duckdb.DuckDBPyConnection, as_of: dt.datetime | None = None) -> str:
    """Every recorded acquisition effort with a company: contacts (stage 1), bidbooks/FFTs
    (stage 2) and mission leads (stage 3), dated; used to link efforts to projects."""
    return f"""(
        SELECT company, {_COMMON}, 1 AS stage FROM {contacts(con, as_of)}
        UNION ALL
        SELECT company, {_COMMON}, 2 AS stage FROM {bidbooks(con, as_of)}
        UNION ALL
        SELECT company, {_COMMON}, 3 AS stage FROM {leads(con, as_of)})"""


@functools.lru_cache(maxsize=1 << 18)
def _company_key(name: str | None) -> str | None:
    # The rule itself lives in text_keys; a name it cannot key (no letters) links nothing.
    # Cached: the rule is pure and the same names come back on every page view.
    if name is None:
        return None
    try:
        return normalise_company(name)
    except ValueError:
        return None


# The connections (and cursors) known to have company_key: asking duckdb_functions() costs
# ~30 ms, and the backtest asks for every quarter end it replays.
_keyed: weakref.WeakSet[duckdb.DuckDBPyConnection] = weakref.WeakSet()


def ensure_company_key(con: duckdb.DuckDBPyConnection) -> None:
    """Make SQL function `company_key(name)` (= text_keys.normalise_company) available.

    A DuckDB Python function belongs to the database instance, so one registration serves
    every cursor of the connection; registering twice is harmless. Checked once per
    connection object.
    """
    if con in _keyed:
        return
    known = first_row(con, "SELECT count(*) FROM duckdb_functions() "
                           "WHERE function_name = 'company_key'")
    if not (known and known[0]):
        try:
            con.create_function("company_key", _company_key, ["VARCHAR"], "VARCHAR",
                                null_handling="special")
        except duckdb.CatalogException as exc:  # another thread was first
            if "already exists" not in str(exc):
                raise
    _keyed.add(con)


def company_keys(*relations: str) -> str:
    """SQL (company, ckey) for the distinct company names in `relations`; the key function
    runs once per distinct name, not per row."""
    names = " UNION ".join(f"SELECT company FROM {r}" for r in relations)
    return f"(SELECT company, company_key(company) AS ckey FROM ({names}))"
