"""A problem found in an uploaded file, located the way the coordinator sees the file.

A problem's words live in the text catalogue (`tradeinvest.texts`, keys `problem_*`): it
carries a key and the fields to fill in, and is rendered in the reader's language (`text`).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from typing import Literal

from tradeinvest.quoting import shorten
from tradeinvest.texts import t
from tradeinvest.texts.phrases import Phrase

Severity = Literal["error", "warning"]
REPEATS_SHOWN = 10  # warnings of one kind listed before "… en nog N …"


@dataclass(frozen=True)
class Problem:
    """One finding. Errors block the load; warnings are shown and the load may go on.

    `row` is the row number as shown in Excel (1-based, header rows counted); `column` is
    the header as written in the file; `key` and `fields` are the catalogue text that says
    what is wrong, in the coordinator's words (`text`). `kind`: the catalogue key of what
    repeats of this warning are called in the summary line ("onbekende kolommen"); see
    `capped`. Quoted texts (value, column, sheet, file) are cut to ~100 characters.
    """

    severity: Severity
    file: str
    key: str
    sheet: str | None = None
    row: int | None = None
    column: str | None = None
    value: str | None = None
    kind: str | None = None
    fields: Mapping[str, object] = field(default_factory=dict, hash=False)

    def __post_init__(self) -> None:
        for name in ("file", "sheet", "column", "value"):
            if (text := getattr(self, name)) is not None:
                object.__setattr__(self, name, shorten(text))

    @classmethod
    def saying(cls, severity: Severity, file: str, phrase: Phrase, sheet: str | None = None,
               row: int | None = None, column: str | None = None, value: str | None = None,
               kind: str | None = None) -> Problem:
        """A problem whose text is `phrase`."""
        return cls(severity, file, phrase.key, sheet, row, column, value, kind, phrase.fields)

    @property
    def phrase(self) -> Phrase:
        return Phrase(self.key, self.fields)

    def text(self, lang: str = "nl") -> str:
        """What is wrong, in `lang`."""
        return self.phrase.text(lang)

    def where(self, lang: str = "nl") -> str:
        parts = [self.file]
        if self.sheet:
            parts.append(t("problem_where_sheet", lang, sheet=self.sheet))
        if self.row is not None:
            parts.append(t("problem_where_row", lang, row=self.row))
        if self.column:
            parts.append(t("problem_where_column", lang, column=self.column))
        return ", ".join(parts)

    def line(self, lang: str = "nl") -> str:
        """The problem as one line: label, place, text and the value it is about."""
        value = ("" if self.value in (None, "")
                 else t("problem_value", lang, value=self.value))
        label = t(f"problem_label_{self.severity}", lang)
        return f"{label}: {self.where(lang)}: {self.text(lang)}{value}"

    def __str__(self) -> str:
        return self.line("nl")

    def as_dict(self, lang: str = "nl") -> dict[str, object]:
        """The located problem with its text in `lang` (a row of the problem report)."""
        return {"severity": self.severity, "file": self.file, "sheet": self.sheet,
                "row": self.row, "column": self.column, "value": self.value,
                "message": self.text(lang)}


def _in_cells(problem: Problem) -> bool:
    return problem.kind is None and problem.row is not None and problem.column is not None


def _repeat_key(problem: Problem) -> tuple[object, ...] | None:
    """Warnings of one kind: the same `kind`, else the same column of a sheet, else the same
    text; None for errors, which are all listed (each one blocks the load)."""
    if problem.severity != "warning":
        return None
    what = problem.kind or (("column", problem.column) if _in_cells(problem)
                            else ("message", problem.text()))
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
            noun = (Phrase(problem.kind) if problem.kind
                    else Phrase("problem_more_in_column") if _in_cells(problem)
                    else Phrase("problem_more_times", {"message": problem.phrase}))
            kept.append(replace(problem, key="problem_more", fields={"more": more, "noun": noun},
                                row=None, value=None, kind=f"samenvatting {key}",
                                column=problem.column if _in_cells(problem) else None))
    return kept


class UploadRejected(Exception):
    """Raised when a file has errors; carries every problem found, nothing was written."""

    def __init__(self, problems: list[Problem]):
        self.problems = problems
        super().__init__(self.text("nl"))

    def text(self, lang: str = "nl") -> str:
        """How many errors were found and that nothing was loaded, in `lang`."""
        errors = sum(p.severity == "error" for p in self.problems)
        return t("problem_rejected", lang, errors=errors)


def has_errors(problems: list[Problem]) -> bool:
    return any(p.severity == "error" for p in problems)
