"""KPI definitions over the DuckDB store: the only API the pages and the CLI call.

Every function takes a connection or cursor first and an optional `Filters`; those reading
facts also take a keyword `as_of` (figures as reported at that moment). Definitions in plain
words: docs/indicators.md.
"""

from tradeinvest.measure.breakdowns import (
    COUNTRY_ROLES,
    ema_brexit,
    impact_by,
    impact_by_country_role,
    leads_per_company,
    output_by,
    totals,
)
from tradeinvest.measure.changes import (
    FIGURES,
    changes_since_previous_quarter,
    headline_figures,
    reported_at,
    restatement,
)
from tradeinvest.measure.cost import budget_of_year, cost_effectiveness
from tradeinvest.measure.filters import DIMENSIONS, Filters
from tradeinvest.measure.focus import focus_list, focus_share
from tradeinvest.measure.funnel import funnel, lead_time_by, lead_times, mission_yield
from tradeinvest.measure.headline_forecast import progress, progress_summary
from tradeinvest.measure.progress import (
    STATUSES,
    Progress,
    progress_by_year,
    quarters_loaded,
)
from tradeinvest.measure.records import lead_records, project_records
from tradeinvest.measure.side_by_side import output_and_impact_by, output_and_impact_by_country
from tradeinvest.measure.targets import share_of, target_for, targets
from tradeinvest.measure.view_path import with_view_targets

__all__ = [
    "COUNTRY_ROLES", "DIMENSIONS", "FIGURES", "STATUSES", "Filters",
    "Progress", "budget_of_year", "changes_since_previous_quarter", "cost_effectiveness",
    "ema_brexit", "focus_list", "focus_share", "funnel", "headline_figures", "impact_by",
    "impact_by_country_role", "lead_records", "lead_time_by", "lead_times", "mission_yield",
    "output_by", "progress", "progress_by_year", "progress_summary", "project_records",
    "quarters_loaded", "reported_at", "restatement", "share_of", "target_for", "targets", "totals",
    # i14e: KPI math moved out of the pages
    "leads_per_company", "output_and_impact_by", "output_and_impact_by_country",
    "with_view_targets",
]
