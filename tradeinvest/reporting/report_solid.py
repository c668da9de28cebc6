"""The quarterly report's "how solid is the count" section (issue 17): per landing year the
headline's expected jobs beside follow-up, confirmation and evidence (measure/solid_count.py).
One table: a sheet in the Excel, a table in the PDF; the regional figures (no filters)."""

from __future__ import annotations

from tradeinvest.measure.solid_count import solid_by_year
from tradeinvest.reporting.report_model import Table
from tradeinvest.reporting.report_sections import Scope, Section

# (figure, header key, kind): what the governors read, in this order.
COLUMNS = (
    ("year", "report_solid_year", "year"),
    ("new_jobs", "report_solid_new_jobs", "int"),
    ("expected_jobs_followed", "report_solid_expected_followed", "int"),
    ("realised_jobs", "report_solid_realised", "int"),
    ("realisation_rate", "report_solid_realisation", "pct"),
    ("jobs_lost", "report_solid_lost", "int"),
    ("confirmed_share", "report_solid_confirmed", "pct"),
    ("contribution_weighted_jobs", "report_solid_weighted", "int"),
    ("evidence_complete_share", "report_solid_evidence", "pct"),
)


def solid_section(s: Scope) -> Section:
    """One row per landing year up to the report's year."""
    frame = solid_by_year(s.con, s.ytd.without_period(), s.year)
    return Section(Table(
        s.text("report_sheet_solid"), s.titled("report_title_solid"),
        frame[[c for c, _, _ in COLUMNS]], [s.column(c, key, kind) for c, key, kind in COLUMNS],
        s.text("report_note_solid")))
