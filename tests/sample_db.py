"""The sample database built once per test process; each test gets its own copy of the file.

Building it takes seconds (it goes through the real loader), copying it milliseconds.
"""

from __future__ import annotations

import functools
import tempfile
from pathlib import Path

from tradeinvest import sample
from tradeinvest.store import db


@functools.cache
def _built() -> bytes:
    with tempfile.TemporaryDirectory(prefix="sample-db-") as folder:
        path = Path(folder) / "sample.duckdb"
        con = db.connect(path)
        try:
            sample.load_sample(con)
            con.execute("CHECKPOINT")
        finally:
            con.close()
        return path.read_bytes()


def sample_copy(path: Path) -> Path:
    """Write a fresh copy of the sample database to `path` and return it."""
    path.write_bytes(_built())
    return path
