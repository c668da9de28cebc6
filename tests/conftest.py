"""Shared fixtures: a real DuckDB file in a temp dir, and real .xlsx files written by openpyxl."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.corpus.make_corpus import xlsx as make_xlsx  # noqa: F401 - for the tests
from tradeinvest.store import db as store_db

pytest_plugins = ["tests.browser"]


@pytest.fixture
def db_file(tmp_path: Path) -> Path:
    return tmp_path / "test.duckdb"


@pytest.fixture
def app_db(tmp_path: Path):
    """A private copy of the sample database as the app's $TRADEINVEST_DB, caches cleared."""
    from streamlit import cache_data, cache_resource

    from tests.sample_db import sample_copy

    path = sample_copy(tmp_path / "app.duckdb")
    os.environ["TRADEINVEST_DB"] = str(path)
    cache_resource.clear()
    cache_data.clear()
    yield path
    cache_resource.clear()
    cache_data.clear()
    os.environ.pop("TRADEINVEST_DB", None)


@pytest.fixture
def con(db_file: Path):
    connection = store_db.connect(db_file)
    yield connection
    connection.close()


def db_snapshot(connection) -> dict[str, list[tuple]]:
    """Every row of every table, sorted: two equal snapshots mean the content is unchanged."""
    tables = [r[0] for r in connection.execute(
        "SELECT table_name FROM information_schema.tables WHERE table_type = 'BASE TABLE'"
    ).fetchall()]
    return {t: sorted(connection.execute(f'SELECT * FROM "{t}"').fetchall(), key=repr)
            for t in tables}


PROJECT_HEADER = ["Projectreferentie", "Bedrijf", "Pijler", "Soort project", "Land", "Sector",
                  "Datum gerealiseerd", "Nieuwe directe banen", "Behouden banen", "Partner"]


def project_row(ref: str = "P-1", company: str = "Acme Robotics B.V.", pillar: str = "Invest",
                kind: str = "Nieuwe vestiging", country: str = "Duitsland",
                sector: str = "ICT", date: object = "15-08-2024", jobs: object = 40,
                retained: object = None, partner: str = "IU") -> list[object]:
    return [ref, company, pillar, kind, country, sector, date, jobs, retained, partner]


def projects_xlsx(*rows: list[object]) -> bytes:
    return make_xlsx({"Projecten": [PROJECT_HEADER, *rows]})
