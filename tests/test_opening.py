"""The far-cell scan of a workbook runs once per file: the import assistant's first look at a
file the check has just opened does not stream every sheet's XML again."""

from __future__ import annotations

import io

import openpyxl
import pytest

from tradeinvest.ingest import opening
from tradeinvest.ingest.schema import KINDS
from tradeinvest.ingest.source import Refused


def _workbook(title: str) -> bytes:
    wb = openpyxl.Workbook()
    wb.active.append(["Bedrijf", "Land"])
    wb.active.append([title, "DE"])
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


@pytest.fixture
def scans(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    calls: list[int] = []
    real = opening.too_large_sheet

    def counting(zf):  # noqa: ANN001, ANN202 - the zipfile the real scan gets
        calls.append(1)
        return real(zf)

    monkeypatch.setattr(opening, "too_large_sheet", counting)
    monkeypatch.setattr(opening, "_PASSED_ZIPS", {})
    return calls


def test_a_file_that_passed_is_not_scanned_again(scans: list[int]) -> None:
    data = _workbook("Acme")
    for _ in range(3):
        opening.open_source(data, "a.xlsx", KINDS["projects"])
    assert len(scans) == 1
    opening.open_source(_workbook("Other"), "b.xlsx", KINDS["projects"])
    assert len(scans) == 2


def test_a_refused_file_is_refused_every_time(scans: list[int]) -> None:
    data = _workbook("Acme")
    for _ in range(2):
        with pytest.raises(Refused):
            opening.open_source(data, "a.xlsx", KINDS["projects"], max_unzipped_bytes=10)
    assert opening._PASSED_ZIPS == {}


def test_only_the_latest_files_are_remembered(scans: list[int]) -> None:
    for i in range(opening._PASSED_ZIPS_KEPT + 3):
        opening.open_source(_workbook(f"Company {i}"), "a.xlsx", KINDS["projects"])
    assert len(opening._PASSED_ZIPS) == opening._PASSED_ZIPS_KEPT
