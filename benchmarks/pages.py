"""Overview speed: the page's server-side work (measure queries + Plotly figures) at scale.

Run: `PYTHONPATH=. .venv/bin/python benchmarks/pages.py [ROWS ...]` (default 10k 100k 1M fact
rows). Facts are generated straight into DuckDB with SQL (contacts 80 %, projects 10 %,
bidbooks 5 %, leads 5 %, over 2018-2025). Timed: building the marts (the in-memory fact
shapes of `measure/facts.py`, paid once after each upload or undo), then the Overview's calls
warm (median of five runs after a first, as page reruns without Streamlit's cache would be),
next to the one raw SQL sum the headline needs. Prints figures; nothing is asserted. Peak
memory is this process's max RSS.
"""

from __future__ import annotations

import datetime as dt
import resource
import statistics
import sys
import tempfile
import time
from pathlib import Path

from tradeinvest import measure as m
from tradeinvest.measure import catalog, facts
from tradeinvest.reporting import charts
from tradeinvest.reporting.maps import world_choropleth
from tradeinvest.store import db

COUNTRIES = "['DE','GB','CN','HK','IN','JP','TW','US','CA','FR','KR','IL']"
SECTORS = "['lsh','ict','gaming','cleantech','agrifood','mobility']"


def build(path: Path, rows: int) -> None:
    """One active upload per kind holding `rows` facts in all, dated over 2018-2025."""
    con = db.connect(path)
    now = dt.datetime(2026, 1, 1)
    shares = {"contacts": 0.80, "projects": 0.10, "bidbooks": 0.05, "missions": 0.05}
    for kind in shares:
        con.execute("INSERT INTO uploads (kind, quarter, file_name, sha256, row_count, "
                    "uploaded_by, uploaded_at) VALUES (?, '2025Q4', 'bench', '-', 0, 'bench', ?)",
                    [kind, now])
        con.execute("INSERT INTO upload_spans SELECT max(upload_id), ?, NULL FROM uploads", [now])
    uid = dict(con.execute("SELECT kind, upload_id FROM uploads").fetchall())
    day = "DATE '2018-01-01' + CAST(i % 2922 AS INTEGER)"
    pick = "list_extract({}, 1 + CAST(hash(i * {}) % len({}) AS INTEGER))"
    country, sector = pick.format(COUNTRIES, 7, COUNTRIES), pick.format(SECTORS, 13, SECTORS)
    n = {k: max(1, int(rows * s)) for k, s in shares.items()}
    con.execute(f"""INSERT INTO contacts SELECT {uid['contacts']}, i, {day}, 'day',
        'Bedrijf ' || (i % 50000), {country}, {sector}, 'invest', 'acquisition', 'fair', NULL,
        'IU' FROM range({n['contacts']}) t(i)""")
    con.execute(f"""INSERT INTO projects SELECT {uid['projects']}, i, 'P-' || i,
        'Bedrijf ' || (i % 50000), 'invest', 'new', {country}, NULL, {sector}, 'slim', {day},
        'day', 1 + i % 40, 0, 100000, NULL, 'Utrecht', 'IU', FALSE, 'other', NULL, FALSE, NULL
        FROM range({n['projects']}) t(i)""")
    con.execute(f"""INSERT INTO bidbooks SELECT {uid['bidbooks']}, i, 'B-' || i, {day}, 'day',
        'Bedrijf ' || (i % 50000), {country}, {sector}, 'bidbook', 'pending', NULL, 'invest'
        FROM range({n['bidbooks']}) t(i)""")
    missions = max(1, n["missions"] // 20)
    con.execute(f"""INSERT INTO missions SELECT {uid['missions']}, i, 'M-' || i, 'Missie ' || i,
        'fair', 'invest', {country}, NULL, {day}, 'day', NULL, NULL, NULL, NULL, NULL, 12, 'IU'
        FROM range({missions}) t(i)""")
    con.execute(f"""INSERT INTO leads SELECT {uid['missions']}, i, 'M-' || (i % {missions}),
        'Bedrijf ' || i, {country}, {sector}, 'invest', 'new', 10, NULL, FALSE
        FROM range({n['missions']}) t(i)""")
    con.execute("CHECKPOINT")
    con.close()


def overview(con, year: int) -> None:
    """What pages/overview.py asks of the measure layer and draws, minus Streamlit itself."""
    f = m.Filters()
    period = f.period(year, None, year_to_date=True)
    p = m.progress(con, year, None, f)
    path = m.progress_by_year(con, f)
    charts.path_chart(path.rename(columns={"new_jobs": "realised"}), "nl", year, p.forecast)
    by_country = m.impact_by(con, "country_group", period)
    charts.ranking(by_country, "country_group", "new_jobs", "t", "a")
    by_sector = m.impact_by(con, ("theme", "sector"), period)
    charts.treemap(by_sector, "theme", "sector", "new_jobs", "t")
    iso = m.impact_by(con, "country", period).merge(catalog.country_table(con),
                                                    left_on="country", right_on="iso2")
    world_choropleth(iso, "iso3", "new_jobs", "name_nl", "t", "c")
    quarter = max(p.quarters_loaded) if p.quarters_loaded else 4
    m.changes_since_previous_quarter(con, year, quarter, f)
    m.restatement(con, year, quarter, f)
    m.focus_share(con, period)
    m.cost_effectiveness(con, f.period(year))


def timed(fn, *args) -> float:
    start = time.perf_counter()
    fn(*args)
    return time.perf_counter() - start


def raw_sum(con) -> None:
    """The one query the headline figure needs, for comparison."""
    con.execute("SELECT sum(new_jobs) FROM projects_current "
                "WHERE year(date_realised) = 2025").fetchall()


def main(sizes: list[int]) -> None:
    print(f"{'fact rows':>10} {'marts (s)':>10} {'overview (s)':>13} {'raw SQL (s)':>12} "
          f"{'peak RSS (MB)':>14}")
    for rows in sizes:
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / "bench.duckdb"
            build(path, rows)
            con = db.connect(path)
            marts = timed(facts.ensure_marts, con)
            overview(con, 2025)  # warm: first run registers functions, loads pages
            page = statistics.median(timed(overview, con, 2025) for _ in range(5))
            raw = timed(raw_sum, con)
            peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
            print(f"{rows:>10,} {marts:>10.2f} {page:>13.3f} {raw:>12.4f} {peak:>14.0f}")
            con.close()


if __name__ == "__main__":
    main([int(a) for a in sys.argv[1:]] or [10_000, 100_000, 1_000_000])
