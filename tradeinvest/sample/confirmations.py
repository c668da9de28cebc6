"""Sample confirmations: the investor's answers for the demo (issue 17, item 2).

Most landed projects were asked some weeks after landing (a project of the last months before
the cut not yet); about half of all are confirmed, a few disputed, the rest still waiting.
The counterfactual bands spread over all seven, most companies saying the team made part of
the difference. Deterministic: one string-seeded `random.Random` per project, so a project's
answer does not depend on the others. Entered through the loading service like the
coordinator's (audited); the headline figures are untouched.
"""

from __future__ import annotations

import datetime as dt
import random

import duckdb
import pandas as pd

from tradeinvest.loading.confirmations import BANDS, Confirmation, set_confirmations
from tradeinvest.measure.confirmations import projects
from tradeinvest.periods import Quarter

ASKED_SHARE = 0.85          # of the projects landed before the last 90 days
CONFIRMED_SHARE = 0.62      # of those asked
DISPUTED_SHARE = 0.08       # of those asked
BAND_WEIGHTS = (14, 20, 22, 18, 12, 9, 5)   # none .. all, in the order of BANDS
QUIET_DAYS = 90             # landed this recently before the cut: not asked yet


def _answer(ref: str, landed: dt.date, cut: dt.date, seed: int) -> Confirmation | None:
    """One project's sample answer, or None when it was not asked."""
    r = random.Random(f"confirmation-{seed}-{ref}")
    if landed > cut - dt.timedelta(days=QUIET_DAYS) or r.random() >= ASKED_SHARE:
        return None
    asked = min(landed + dt.timedelta(days=r.randint(30, 80)), cut)
    answered = min(asked + dt.timedelta(days=r.randint(7, 45)), cut)
    pick = r.random()
    if pick < DISPUTED_SHARE:
        return Confirmation(ref, "disputed", asked, None, False, False, answered)
    if pick < DISPUTED_SHARE + CONFIRMED_SHARE:
        band = r.choices(BANDS, weights=BAND_WEIGHTS)[0]
        return Confirmation(ref, "confirmed", asked, band, r.random() < 0.4,
                            r.random() < 0.6, answered)
    return Confirmation(ref, "asked", asked)


def load_confirmations_sample(con: duckdb.DuckDBPyConnection, user: str,
                              last_quarter: str = "2025Q4", seed: int = 2018) -> int:
    """Enter the sample answers of every counted project; returns how many were entered."""
    cut = Quarter.parse(last_quarter).end
    landed = projects(con)
    answers = [a for ref, d in zip(landed["reference"], landed["d"], strict=True)
               if (a := _answer(str(ref), pd.Timestamp(d).date(), cut, seed)) is not None]
    return set_confirmations(con, answers, user) if answers else 0
