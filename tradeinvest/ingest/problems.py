"""A problem found in an uploaded file, located the way the coordinator sees the file."""

from __future__ import annotations

from collections import Counter
from dataclasses import asdict, dataclass, replace
from typing import Literal

from tradeinvest.quoting import shorten

Severity = Literal["error", "warning"]
REPEATS_SHOWN = 10  # warnings of one kind listed before "… en nog N …"


@dataclass(frozen=True)
class Problem:
    """One finding. Errors block the load; warnings are shown and the load may go on.

    `row` is the row number as shown in Excel (1-based, header rows counted); `column` is
    the header as written in the file; `message` is Dutch, in the coordinator's words.
    `kind`: what repeats of this warning are called in the summary line ("onbekende kolommen");
    see `capped`. Quoted texts (value, column, sheet, file) are cut to ~100 characters.
    """

    severity: Severity
    file: str
    message: str
    sheet: str | None = None
    row: int | None = None
    column: str | None = None
    value: str | None = None
    kind: str | None = None

    def __post_init__(self) -> None:
        for name in ("file", "sheet", "column", "value"):
            if (text := getattr(self, name)) is not None:
                object.__setattr__(self, name, shorten(text))

    def where(self) -> str:
        parts = [self.file]
        if self.sheet:
            parts.append(f"blad '{self.sheet}'")
        if self.row is not None:
            parts.append(f"rij {self.row}")
        if self.column:
            parts.append(f"kolom '{self.column}'")
        return ", ".join(parts)

    def __str__(self) -> str:
        value = f" (waarde: {self.value!r})" if self.value not in (None, "") else ""
        label = "FOUT" if self.severity == "error" else "Waarschuwing"
        return f"{label}: {self.where()}: {self.message}{value}"

    def as_dict(self) -> dict[str, object]:
        return asdict(self)


def _in_cells(problem: Problem) -> bool:
    return problem.kind is None and problem.row is not None and problem.column is not None


def _repeat_key(problem: Problem) -> tuple[object, ...] | None:
    """Warnings of one kind: the same `kind`, else the same column of a sheet, else the same
    message; None for errors, which are all listed (each one blocks the load)."""
    if problem.severity != "warning":
        return None
    what = problem.kind or (("column", problem.column) if _in_cells(problem)
                            else ("message", problem.message))
    return problem.file, problem.sheet, what


def capped(problems: list[Problem], shown: int = REPEATS_SHOWN) -> list[Problem]:
    """The first `shown` warnings of each kind, then one line "… en nog 16.371 onbekende
    kolommen" (16,384 unknown columns were 16,372 lines before). Idempotent."""
    totals = Counter(k for p in problems if (k := _repeat_key(p)) is not None)
    seen: Counter[tuple[object, ...]] = Counter()
    kept: list[Problem] = []
    for problem in problems:
        key = _repeat_key(problem)
        if key is None or totals[key] <= shown:
            kept.append(problem)
            continue
        seen[key] += 1
        if seen[key] <= shown:
            kept.append(problem)
        if seen[key] == shown:
            more = f"{totals[key] - shown:,}".replace(",", ".")
            noun = problem.kind or ("waarschuwingen in deze kolom" if _in_cells(problem)
                                    else f"keer: {problem.message}")
            kept.append(replace(problem, message=f"… en nog {more} {noun}", row=None,
                                value=None, kind=f"samenvatting {key}",
                                column=problem.column if _in_cells(problem) else None))
    return kept


class UploadRejected(Exception):
    """Raised when a file has errors; carries every problem found, nothing was written."""

    def __init__(self, problems: list[Problem]):
        self.problems = problems
        errors = [p for p in problems if p.severity == "error"]
        super().__init__(f"{len(errors)} fout(en) gevonden; er is niets geladen.")


def has_errors(problems: list[Problem]) -> bool:
    return any(p.severity == "error" for p in problems)
