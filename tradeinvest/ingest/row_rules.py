"""Rules across columns and rows of one sheet, run on its converted columns (`frame`, every row;
null: a value that did not parse): the theme a sector implies, duplicate keys, project kind
and pillar, an end before its start, leads for unknown missions, countries off the focus list.

Each rule reports through `report(severity, phrase, row index, column, value)`, the
validator's `problem`, so its messages are located like every other.
"""

from __future__ import annotations

from collections.abc import Callable, Collection

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from tradeinvest import vocab
from tradeinvest.ingest.distinct import Distinct, by_value, mask
from tradeinvest.ingest.spec import SheetSpec
from tradeinvest.texts.phrases import Phrase, Words

Frame = dict[str, pa.Array]
Report = Callable[..., None]  # (severity, Phrase, row index, column name, value shown)
Raw = Callable[[str, int], object]  # (column, row index) -> the cell as the file has it


def derive_theme(frame: Frame) -> None:
    """A blank theme follows the sector's theme (vocab.SECTOR_THEME)."""
    if "theme" in frame and "sector" in frame:
        from_sector = by_value(frame["sector"], lambda s: vocab.SECTOR_THEME.get(s or ""),
                               pa.string())
        frame["theme"] = pc.coalesce(frame["theme"].cast(pa.string()), from_sector)


def duplicates(spec: SheetSpec, frame: Frame, row_numbers: list[int], report: Report) -> None:
    """A key (case ignored) that an earlier row already has is an error on the later row."""
    if not spec.key:
        return
    n = len(row_numbers)
    combined = np.zeros(n, dtype=np.int64)
    missing = np.zeros(n, dtype=bool)
    for name in spec.key:
        keys = frame[name].cast(pa.string())
        if pc.all(pc.string_is_ascii(keys)).as_py() is not False:
            folded = pc.ascii_lower(keys)  # casefold of ASCII text is lower case
        else:
            folded = by_value(keys, lambda k: str(k).casefold(), pa.string())
        codes = folded.dictionary_encode().indices.fill_null(-1).to_numpy(
            zero_copy_only=False).astype(np.int64)
        missing |= codes < 0
        combined = combined * (n + 1) + codes
    present = np.flatnonzero(~missing)
    _, first, key = np.unique(combined[present], return_index=True, return_inverse=True)
    first_row = present[first[key]]  # per present row: the first row with its key
    first_key = spec.column(spec.key[0])
    label = Words(first_key.nl, first_key.en)
    last = spec.key[-1]
    for p in np.flatnonzero(first_row != present):
        i, row = int(present[p]), row_numbers[int(first_row[p])]
        report("error", Phrase("problem_duplicate", {"label": label, "row": row}), i, last,
               frame[last][i].as_py())


def project_kind(frame: Frame, raw: Raw, report: Report) -> None:
    """A project's kind and pillar agree; a retention project with new jobs is questioned."""
    kind, pillar = frame["project_kind"], frame["pillar"]
    clash = pc.and_(pc.and_(kind.is_valid(), pillar.is_valid()),
                    pc.not_equal(pc.equal(kind, "trade_contract"), pc.equal(pillar, "trade")))
    retained = pc.and_(pc.equal(kind, "retention"),
                       pc.greater(frame["new_jobs"].fill_null(0), 0))
    clash_rows = mask(clash)
    retained_rows = mask(retained)
    for i in np.flatnonzero(clash_rows | retained_rows):
        if clash_rows[i]:
            report("error", Phrase("problem_kind_pillar_clash"), int(i), "project_kind",
                   raw("project_kind", int(i)))
        if retained_rows[i]:
            report("warning", Phrase("problem_retention_new_jobs"), int(i), "new_jobs",
                   frame["new_jobs"][int(i)].as_py())


def end_before_start(spans: dict[str, tuple[pa.Array, pa.Array]], raw: Raw,
                     report: Report) -> None:
    """An end date before the start date is an error.

    Compares the end's last possible day with the start's first (`spans`: per date column
    the written period's first and last day), not the stored dates: the stored start may be
    clipped to the quarter, a fuzzy end stored as its first day.
    """
    backwards = pc.less(spans["end_date"][1], spans["start_date"][0])
    for i in np.flatnonzero(mask(backwards)):
        report("error", Phrase("problem_end_before_start"), int(i), "end_date",
               raw("end_date", int(i)))


def unknown_missions(frame: Frame, known: Collection[str], report: Report) -> None:
    """A lead refers to a mission on the Missies sheet or uploaded before (`known`, folded)."""
    unknown = by_value(frame["mission_reference"],
                       lambda ref: bool(ref) and ref.casefold() not in known, pa.bool_())
    for i in np.flatnonzero(mask(unknown)):
        report("error", Phrase("problem_unknown_mission"), int(i), "mission_reference",
               frame["mission_reference"][int(i)].as_py())


def off_focus(frame: Frame, focus_countries: Collection[str], year: int,
              report: Report) -> None:
    """One warning per country outside the year's focus list (effort elsewhere counts)."""
    if not focus_countries or "country" not in frame:
        return
    countries = Distinct.of(frame["country"].cast(pa.string()))
    counts = np.bincount(countries.codes[countries.codes >= 0], minlength=len(countries))
    for k in range(len(countries)):  # in the order of their first row
        code = countries.value(k)
        if isinstance(code, str) and code and code not in focus_countries:
            first = int(np.argmax(countries.codes == k))
            report("warning", Phrase("problem_off_focus", {
                "code": code, "year": year, "rows": int(counts[k])}), first, "country", code)
