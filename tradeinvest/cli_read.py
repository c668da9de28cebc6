"""How the command line reads while the app may hold the database (see store.snapshot).

A read-only command uses `reading(path)`: the live file when free; else the app's snapshot,
with one line on stderr saying from when the figures are, so a script reading stdout gets the
same output either way.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from tradeinvest.texts import t

if TYPE_CHECKING:  # the database library loads with the first command that reads, not --help
    import duckdb


@contextmanager
def reading(path: Path) -> Iterator[duckdb.DuckDBPyConnection]:
    """A connection for a read-only command (closed after); DatabaseBusy when the app holds
    the file and has written no snapshot yet."""
    from tradeinvest.store import snapshot

    with snapshot.reading(path) as (con, taken):
        if taken is not None:
            print(t("db_snapshot_as_of").format(time=f"{taken:%Y-%m-%d %H:%M:%S}"),
                  file=sys.stderr)
        yield con
