"""The problem report's order: what the coordinator reads top to bottom."""

from __future__ import annotations

from tradeinvest.ingest.problems import Problem
from tradeinvest.reporting import csv_export
from tradeinvest.reporting.problems_report import problems_frame


def test_errors_come_first_then_rows_in_number_order_with_file_level_problems_last() -> None:
    problems = [Problem("warning", "p.xlsx", "w", "Projecten", 3, "Land"),
                Problem("error", "p.xlsx", "e10", "Projecten", 10, "Datum"),
                Problem("error", "p.xlsx", "bestand", None, None, None),
                Problem("error", "p.xlsx", "e100", "Projecten", 100, "Datum"),
                Problem("error", "p.xlsx", "e9", "Projecten", 9, "Datum"),
                Problem("error", "p.xlsx", "e1000", "Projecten", 1000, "Datum")]
    frame = problems_frame(problems)
    assert frame["Melding"].tolist() == ["e9", "e10", "e100", "e1000", "bestand", "w"]
    assert frame["Rij"].tolist()[:4] == [9, 10, 100, 1000]
    assert csv_export.to_csv(frame, "nl").decode("utf-8-sig").splitlines()[1].split(";")[3] == "9"
