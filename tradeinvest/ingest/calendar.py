"""The activity calendar after validation: pillar, country and theme of every planned item.

The validator has already read the dates as precisely as they were written ("juni 2018" is a
month, "najaar 2018" a season, "tbd" unknown) and stored each as the first day of its period
with its precision. Here each row gets the pillar of its sheet, a country (see `places`; an
explicit Land column wins, then the place, then a stored answer of the coordinator), and a
sector and Groen/Gezond/Slim theme when the free theme text names a sector. A row whose
country stays open, or that is dated outside the calendar's year, is a warning, never an
error: the plan is the team's own and may be vague.
"""

from __future__ import annotations

import pyarrow as pa

from tradeinvest import places, vocab
from tradeinvest.ingest import normalise
from tradeinvest.ingest.problems import Problem, capped
from tradeinvest.ingest.reader import ReadResult
from tradeinvest.ingest.validate import Validated
from tradeinvest.quoting import shorten
from tradeinvest.text_keys import is_blank
from tradeinvest.texts.phrases import Phrase

PILLAR_OF_SHEET = {"calendar_invest": "invest", "calendar_trade": "trade"}


def _sector(topic: object) -> str | None:
    if is_blank(topic):
        return None
    try:
        return normalise.match_term(vocab.SECTORS, topic)
    except ValueError:
        return None


def finish(checked: Validated, read: ReadResult, file_name: str, year: int,
           answers: dict[str, str]) -> None:
    """Complete the calendar frames in place and add the warnings (see module docstring).

    `answers` maps `places.place_key` to the ISO2 code the coordinator gave earlier.
    """
    for name, frame in checked.frames.items():
        sheet = read.sheets[name].sheet if name in read.sheets else None
        header = read.sheets[name].headers if name in read.sheets else {}
        countries, sources, sectors = [], [], []
        table = frame.to_pandas()
        clean = table.astype(object).where(table.notna(), None)  # NaN -> None
        for row in clean.itertuples(index=False):
            code, how = (row.country, "column") if row.country else (None, None)
            if code is None:
                code, how = places.resolve_place(row.place, row.topic)
            if code is None:
                key = places.place_key(row.place, row.event)
                if key is not None and key in answers:
                    code, how = answers[key], "answer"
            if code is None:
                where = f"'{shorten(row.place)}'" if row.place else Phrase("problem_place_empty")
                checked.problems.append(Problem(
                    "warning", file_name, "problem_calendar_no_country", sheet,
                    int(row.source_row), header.get("place", "Waar"),
                    None if row.place is None else str(row.place),
                    fields={"event": shorten(row.event), "place": where}))
            start = row.start_date
            if start is not None and start.year != year:
                checked.problems.append(Problem(
                    "warning", file_name, "problem_calendar_other_year", sheet,
                    int(row.source_row), header.get("start_date", "Startdatum"),
                    f"{start:%d-%m-%Y}", fields={"year": year}))
            countries.append(code)
            sources.append(how)
            sectors.append(_sector(row.topic))
        checked.frames[name] = pa.Table.from_pandas(table.assign(
            pillar=PILLAR_OF_SHEET[name], country=countries, country_source=sources,
            sector=sectors, theme=[vocab.SECTOR_THEME.get(s) if s else None for s in sectors]),
            preserve_index=False)
    checked.problems = capped(checked.problems)
