"""What the coordinator types into the app about plans: the country plans, saved as data (the
edited rows are checked by the same validator as an uploaded plans workbook and loaded as a new
version of the year's plans; the earlier one stays in the upload history, undo brings it back;
no workbook is written), and the country of a calendar place the import could not resolve."""

from __future__ import annotations

import datetime as dt
import hashlib

import duckdb
import pandas as pd

from tradeinvest import places
from tradeinvest.countries import parse_country
from tradeinvest.ingest import schema
from tradeinvest.ingest.reader import ReadResult, SheetData
from tradeinvest.loading.check import check_read
from tradeinvest.loading.uploads import LoadResult, load_checked
from tradeinvest.periods import Period
from tradeinvest.store import plans, uploads
from tradeinvest.text_keys import is_blank
from tradeinvest.texts.phrases import Refusal

_FIRST_ROW = 2  # row numbers as in the plans template: the header is row 1


def _cell(value: object) -> object:
    """An editor cell as a spreadsheet cell would read: None when empty, plain Python."""
    if value is pd.NA or value is pd.NaT or is_blank(value):
        return None
    return value.item() if hasattr(value, "item") else value


def typed_in(frame: pd.DataFrame, spec: schema.SheetSpec = schema.COUNTRY_PLANS) -> ReadResult:
    """The edited table as the reader gives a sheet of `spec` (the plans sheet; the follow-ups
    too, loading/follow_up.py): every column, blank rows left out."""
    names = [c.name for c in spec.columns]
    rows = [[_cell(v) for v in row] for row in frame.reindex(columns=names).itertuples(
        index=False, name=None)]
    rows = [row for row in rows if any(v is not None for v in row)]
    sheet = SheetData(spec=spec, sheet=spec.sheet_nl,
                      headers={c.name: c.nl for c in spec.columns},
                      row_numbers=list(range(_FIRST_ROW, _FIRST_ROW + len(rows))),
                      columns={n: [row[i] for row in rows] for i, n in enumerate(names)})
    return ReadResult(sheets={spec.name: sheet})


def save_country_plans(con: duckdb.DuckDBPyConnection, year: int, frame: pd.DataFrame,
                       user: str, *, now: dt.datetime | None = None) -> LoadResult:
    """Save the year's country plans as edited in the app: a new version of the year's plans.

    `frame` has the columns of the plans sheet (country as ISO2 or a name, pillar as code or
    label). Raises UploadRejected with every problem (then nothing changes).
    """
    period = Period(int(year))
    read = typed_in(frame)
    content = repr(sorted(read.sheets["country_plans"].columns.items())).encode()
    checked = check_read(con, read, f"landenplannen_{period}_app", "country_plans", period,
                         hashlib.sha256(content).hexdigest())
    return load_checked(con, checked, user, now=now,
                        seen_upload=uploads.newest_upload_id(con, "country_plans", period))


def set_place_country(con: duckdb.DuckDBPyConnection, place: str | None, event: str | None,
                      country: str, user: str, *, now: dt.datetime | None = None) -> str:
    """Store the country of a place (or of an event without a place); return the ISO2 code.

    The answer holds for every calendar item with the same place, in every year, from now on.
    Raises ValueError (a Refusal) for an unknown country or an item with neither place nor event.
    """
    iso2 = parse_country(country)
    key = places.place_key(place, event)
    if key is None:
        raise Refusal("refusal_no_place")
    shown = f"(event) {event}" if key.startswith("event:") else str(place)
    plans.record_place_country(con, key, shown, iso2, user, now or dt.datetime.now())
    return iso2
