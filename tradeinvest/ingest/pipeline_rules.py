"""Rules across the columns of a pipeline row (kind "pipeline", `schema_pipeline`): a closed
opportunity says how it closed. Lost needs its reason (why lost is what the team learns from);
won needs the project reference it became (so a win is counted once, as that project, and the
pipeline can be checked against the project files). Details that only fit another stage (a
lost reason on an open opportunity) are questioned, not refused.

Reports through the validator's `problem`, like `row_rules`.
"""

from __future__ import annotations

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from tradeinvest.ingest.distinct import mask
from tradeinvest.ingest.row_rules import Frame, Raw, Report
from tradeinvest.texts.phrases import Phrase


def _given(frame: Frame, column: str) -> pa.Array:
    """True where the column holds a value (not blank)."""
    return pc.and_(frame[column].is_valid(),
                   pc.not_equal(frame[column].cast(pa.string()).fill_null(""), ""))


def closed_opportunities(frame: Frame, raw: Raw, report: Report) -> None:
    """Lost without a reason and won without a project reference are errors; a lost reason or
    lost-to country on a row that is not lost, or a project reference on one not won, warns."""
    stage = frame["stage"]
    checks = (  # (rows, severity, key, column)
        (pc.and_(pc.equal(stage, "lost"), pc.invert(_given(frame, "lost_reason"))),
         "error", "problem_pipeline_lost_reason", "lost_reason"),
        (pc.and_(pc.equal(stage, "won"), pc.invert(_given(frame, "project_reference"))),
         "error", "problem_pipeline_won_project", "project_reference"),
        (pc.and_(pc.not_equal(stage, "lost"), pc.or_(_given(frame, "lost_reason"),
                                                     _given(frame, "lost_to_country"))),
         "warning", "problem_pipeline_lost_detail", "lost_reason"),
        (pc.and_(pc.not_equal(stage, "won"), _given(frame, "project_reference")),
         "warning", "problem_pipeline_project_not_won", "project_reference"),
    )
    flagged = [(mask(rows), severity, key, column) for rows, severity, key, column in checks]
    for i in np.flatnonzero(np.any([f[0] for f in flagged], axis=0)):
        for rows, severity, key, column in flagged:
            if rows[i]:
                report(severity, Phrase(key), int(i), column, raw(column, int(i)))
