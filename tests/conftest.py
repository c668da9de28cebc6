"""Shared fixtures: a real DuckDB file in a temp dir, and real .xlsx files written by openpyxl."""

from __future__ import annotations

import io
from collections.abc import Sequence
from pathlib import Path

import openpyxl
import pytest

from tradeinvest.store import db as store_db


@pytest.fixture
def db_file(tmp_path: Path) -> Path:
    return tmp_path / "test.duckdb"


@pytest.fixture
def con(db_file: Path):
    connection = store_db.connect(db_file)
    yield connection
    connection.close()


def make_xlsx(sheets: dict[str, Sequence[Sequence[object]]]) -> bytes:
    """An .xlsx file (as bytes) with one sheet per entry; each entry is a list of rows."""
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for name, rows in sheets.items():
        ws = wb.create_sheet(name)
        for row in rows:
            ws.append(list(row))
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()
