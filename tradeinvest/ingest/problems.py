"""A problem found in an uploaded file, located the way the coordinator sees the file."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Literal

Severity = Literal["error", "warning"]


@dataclass(frozen=True)
class Problem:
    """One finding. Errors block the load; warnings are shown and the load may go on.

    `row` is the row number as shown in Excel (1-based, header rows counted); `column` is
    the header as written in the file; `message` is Dutch, in the coordinator's words.
    """

    severity: Severity
    file: str
    message: str
    sheet: str | None = None
    row: int | None = None
    column: str | None = None
    value: str | None = None

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


class UploadRejected(Exception):
    """Raised when a file has errors; carries every problem found, nothing was written."""

    def __init__(self, problems: list[Problem]):
        self.problems = problems
        errors = [p for p in problems if p.severity == "error"]
        super().__init__(f"{len(errors)} fout(en) gevonden; er is niets geladen.")


def has_errors(problems: list[Problem]) -> bool:
    return any(p.severity == "error" for p in problems)
