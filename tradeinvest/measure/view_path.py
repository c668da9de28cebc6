"""The path of new jobs per year measured against the target that fits the view.

A part of the region is never measured against the whole region's target: the Overview's
path chart of a view narrowed to one country uses that country's plan targets, any other
narrowed view none (`plans.view_targets_by_year` says which).
"""

from __future__ import annotations

import pandas as pd


def with_view_targets(path: pd.DataFrame, targets: dict[int, float] | None) -> pd.DataFrame:
    """Grain: one row per year of `path` (a `progress_by_year` frame). `targets`: year ->
    the view's own target (`view_targets_by_year`); None keeps the regional targets. With
    own targets, `target` is the view's (missing where it has none for a year) and
    `share_of_target` is new_jobs ÷ that target."""
    if targets is None:
        return path
    target = path["year"].map(targets).astype(float)
    return path.assign(target=target, share_of_target=path["new_jobs"] / target)
