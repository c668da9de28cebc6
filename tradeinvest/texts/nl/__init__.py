"""Every text a user reads, in Dutch (the default language): one catalogue, kept in
modules by area of the app. Keys are unique across the areas and match the other language's
(tests/test_texts.py)."""

from __future__ import annotations

from tradeinvest.texts.nl import (
    columns,
    dashboards,
    general,
    interface,
    loading,
    outcomes,
    pipeline,
    plans,
    problems,
    report,
)

AREAS = (general, report, dashboards, problems, columns, interface, plans, loading, pipeline,
         outcomes)
TEXTS: dict[str, str] = {key: text for area in AREAS for key, text in area.TEXTS.items()}
