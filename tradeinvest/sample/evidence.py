"""The sample's evidence per project: most name every item that counts, some miss one.

Drawn from a random generator of its own per project reference, so the sample's other draws
(and with them every headline figure) stay exactly as they were. Written the way a team types
it ("KvK; bezoekverslag; investeringsbesluit; belang ≥ 10 %; persbericht 12-03-2024"); a
press release the sample already had keeps its date.
"""

from __future__ import annotations

import random

from tradeinvest.sample.entities import Project

_ITEMS = ("KvK", "bezoekverslag", "investeringsbesluit", "belang ≥ 10 %")
MISSING_ONE = 0.15   # share of projects lacking one counting item
NONE_AT_ALL = 0.03   # share of projects without any evidence


def evidence_text(project: Project) -> str | None:
    """The project's Bewijs cell in the sample."""
    rng = random.Random(f"evidence {project.ref}")
    draw = rng.random()
    if draw < NONE_AT_ALL:
        return None
    items = list(_ITEMS)
    if draw < NONE_AT_ALL + MISSING_ONE:
        items.remove(rng.choice(items))
    if project.evidence and project.evidence.lower().startswith("persbericht"):
        items.append(project.evidence.lower())
    return "; ".join(items)
