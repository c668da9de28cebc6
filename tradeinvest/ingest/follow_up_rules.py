"""The follow-up sheet's row rules (see `schema_follow_up`): the months one of 12/24/36 and the
project known. Apart from the schema so the schema imports nothing of the validator's."""

from __future__ import annotations

from collections.abc import Callable, Collection

import numpy as np
import pyarrow as pa

from tradeinvest import vocab
from tradeinvest.ingest.distinct import by_value, mask
from tradeinvest.texts.phrases import Phrase

Report = Callable[..., None]  # the validator's `problem` (see row_rules)


def check_rows(frame: dict[str, pa.Array], known_projects: Collection[str],
               report: Report) -> None:
    """Months one of 12/24/36; the project reference among the loaded projects (folded)."""
    months = by_value(frame["months"],
                      lambda m: m is not None and m not in vocab.FOLLOW_UP_MONTHS, pa.bool_())
    for i in np.flatnonzero(mask(months)):
        report("error", Phrase("problem_follow_up_months"), int(i), "months",
               frame["months"][int(i)].as_py())
    unknown = by_value(frame["project_reference"],
                       lambda ref: bool(ref) and ref.casefold() not in known_projects,
                       pa.bool_())
    for i in np.flatnonzero(mask(unknown)):
        report("error", Phrase("problem_follow_up_unknown_project"), int(i),
               "project_reference", frame["project_reference"][int(i)].as_py())
