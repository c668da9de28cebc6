"""Excel templates built from the one schema, so what coordinators fill in is what ingest reads.

Each kind gets one sheet per `SheetSpec` (headers = Dutch labels), drop-down lists fed from a
hidden "Lijsten" sheet, date and euro formats, and a "Toelichting" sheet that explains every
column. The same writer fills in rows (canonical codes translated back to Dutch labels), which is
how sample data and tests produce files exactly as a coordinator would.

Drop-downs warn but do not block other values: ingest also accepts English names, ISO codes and
synonyms, and a coordinator pasting those should not be stopped by Excel.
"""

from __future__ import annotations

import datetime as dt
import io
import math
import re
import zipfile
from collections.abc import Callable, Iterable
from functools import cache

import pandas as pd
from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.comments import Comment
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation

from tradeinvest import vocab
from tradeinvest.countries import country_rows
from tradeinvest.ingest.schema import KINDS, YEARLY_KINDS
from tradeinvest.ingest.spec import Column
from tradeinvest.texts import t
from tradeinvest.vocab import Vocabulary

LISTS_SHEET = "Lijsten"
HELP_SHEET = "Toelichting"
DATE_FORMAT = "dd-mm-yyyy"  # shown as dd-mm-jjjj in a Dutch Excel
EURO_FORMAT = '"€" #,##0'
_LAST_ROW = 1_048_576
# Above this many data rows the workbook is streamed (write-only: flat memory); below it the
# normal mode is faster, as it skips write-only's temporary files. Both give the same file.
_STREAM_ROWS = 2_000
_REQUIRED_FILL = PatternFill("solid", fgColor="F8CBAD")
_OPTIONAL_FILL = PatternFill("solid", fgColor="DDEBF7")
_BOLD = Font(bold=True)
# Fixed zip timestamps: the same content gives the same bytes (committed templates, file hashes).
_ZIP_TIME = (2018, 1, 1, 0, 0, 0)
_CORE_TIME = re.compile(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*(</dcterms:)")
_BASE_WIDTH = {"date": 13, "country": 22, "sector": 26, "theme": 10, "bool": 11, "number": 14,
               "int": 12, "text": 24, "choice": 18}


def column_vocab(column: Column) -> Vocabulary | None:
    """The vocabulary behind a column's drop-down, if it has one."""
    if column.type == "sector":
        return vocab.SECTORS
    if column.type == "theme":
        return vocab.THEMES
    if column.type == "bool":
        return column.choices or vocab.YES_NO
    if column.type == "choice":
        return column.choices
    return None


def _is_euro(column: Column) -> bool:
    return column.name.endswith("_eur")


@cache
def _countries(lang: str) -> tuple[tuple[str, str], ...]:
    """(ISO2, name) sorted by name; pycountry is read once per process."""
    rows = country_rows()
    names = rows["name_nl" if lang == "nl" else "name_en"]
    return tuple(sorted(zip(rows["iso2"], names, strict=True), key=lambda r: r[1].casefold()))


def _allowed(column: Column, lang: str) -> str:
    terms = column_vocab(column)
    if terms is not None:
        return "; ".join(t.label(lang) for t in terms)
    if column.type == "country":
        return "Landnaam (Nederlands of Engels) of ISO-code, bijv. Duitsland, Germany, DE"
    if column.type == "date":
        return "Datum dd-mm-jjjj"
    if column.type == "int":
        return "Geheel getal, 0 of meer"
    if column.type == "number":
        return "Bedrag in euro, 0 of meer" if _is_euro(column) else "Getal, 0 of meer"
    return "Vrije tekst (hoogstens 500 tekens)"


def _width(column: Column, header: str) -> float:
    base = _BASE_WIDTH[column.type]
    terms = column_vocab(column)
    if column.type == "choice" and terms:
        base = min(28, max(len(t.nl) for t in terms) + 3)
    if column.name in ("company", "name", "evidence", "intermediate_company", "person_email"):
        base = 30
    return max(base, len(header) + 4)


class _Lists:
    """The hidden sheet with one column per drop-down list; returns each list's cell range."""

    def __init__(self, lang: str):
        self.lang = lang
        self.columns: list[tuple[str, list[str]]] = []
        self._ranges: dict[object, str] = {}

    def range_for(self, column: Column) -> str | None:
        terms = column_vocab(column)
        if terms is not None:
            key: object = terms
            title, values = column.nl, [t.label(self.lang) for t in terms]
        elif column.type == "country":
            key, title = "country", "Land"
            values = [name for _, name in _countries(self.lang)]
        else:
            return None
        if key not in self._ranges:
            self.columns.append((title, values))
            letter = get_column_letter(len(self.columns))
            self._ranges[key] = f"{LISTS_SHEET}!${letter}$2:${letter}${len(values) + 1}"
        return self._ranges[key]

    def write(self, wb: Workbook) -> None:
        ws = wb.create_sheet(LISTS_SHEET)
        ws.sheet_state = "hidden"
        for i, (_, values) in enumerate(self.columns, 1):
            ws.column_dimensions[get_column_letter(i)].width = max(map(len, values)) + 2
        ws.append([title for title, _ in self.columns])
        longest = max((len(v) for _, v in self.columns), default=0)
        for r in range(longest):
            ws.append([v[r] if r < len(v) else None for _, v in self.columns])


def _blank(value: object) -> bool:
    if value is None or value is pd.NA or value is pd.NaT:
        return True
    return isinstance(value, float) and math.isnan(value)


def _converter(column: Column, lang: str) -> Callable[[object], object]:
    """Canonical value -> what a coordinator types (labels, names, real dates, plain numbers)."""
    terms = column_vocab(column)
    if column.type == "bool":
        yes, no = (terms[0].label(lang), terms[1].label(lang)) if terms else ("Ja", "Nee")
        return lambda v: None if _blank(v) else (yes if bool(v) else no)
    if terms is not None:
        labels = {t.code: t.label(lang) for t in terms}
        return lambda v: None if _blank(v) else labels.get(str(v), str(v))
    if column.type == "country":
        names = dict(_countries(lang))
        return lambda v: None if _blank(v) else names.get(str(v).upper(), str(v))
    if column.type == "date":
        def to_date(v: object) -> object:
            if _blank(v):
                return None
            if isinstance(v, pd.Timestamp):
                return v.date()
            if isinstance(v, dt.datetime):
                return v.date()
            return v
        return to_date
    if column.type in ("number", "int"):
        def to_number(v: object) -> object:
            if _blank(v):
                return None
            if hasattr(v, "item"):
                v = v.item()  # numpy scalar
            if isinstance(v, float) and v.is_integer():
                return int(v)
            return v
        return to_number
    return lambda v: None if _blank(v) else str(v)


def _rows(ws: object, columns: tuple[Column, ...], frame: pd.DataFrame,
          lang: str) -> Iterable[list[object]]:
    """Data rows in column order; dates and euros as styled cells so Excel shows them right."""
    values: list[list[object]] = []
    formats: list[str | None] = []
    for column in columns:
        convert = _converter(column, lang)
        raw = frame[column.name].tolist() if column.name in frame.columns else [None] * len(frame)
        values.append([convert(v) for v in raw])
        formats.append(DATE_FORMAT if column.type == "date"
                       else EURO_FORMAT if _is_euro(column) else None)
    for row in zip(*values, strict=True):
        out: list[object] = []
        for value, fmt in zip(row, formats, strict=True):
            if fmt is None or value is None:
                out.append(value)
            else:
                cell = WriteOnlyCell(ws, value=value)
                cell.number_format = fmt
                out.append(cell)
        yield out


def _stable_bytes(data: bytes) -> bytes:
    """Rewrite the zip with fixed timestamps so equal content gives equal bytes."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, \
            zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            content = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                content = _CORE_TIME.sub(rb"\g<1>2018-01-01T00:00:00Z\g<2>", content)
            dst.writestr(zipfile.ZipInfo(info.filename, date_time=_ZIP_TIME), content,
                         compress_type=zipfile.ZIP_DEFLATED)
    return out.getvalue()


def _help_sheet(wb: Workbook, kind: str, lang: str) -> None:
    ws = wb.create_sheet(HELP_SHEET)
    for letter, width in zip("ABCDEF", (14, 28, 28, 10, 70, 60), strict=True):
        ws.column_dimensions[letter].width = width
    ws.freeze_panes = "A5"
    per = "yearly" if kind in YEARLY_KINDS else "quarterly"
    title = WriteOnlyCell(ws, value=t(f"template_title_{per}", lang, kind=t(f"kind_{kind}", lang)))
    title.font = Font(bold=True, size=13)
    ws.append([title])
    ws.append(["Verplichte kolommen hebben een oranje kop; de andere een blauwe. Keuzelijsten "
               "tonen de toegestane waarden; Engelse namen, ISO-landcodes en synoniemen worden "
               "ook herkend. Datums als dd-mm-jjjj, bedragen in euro."])
    ws.append([])
    header = []
    for text in ("Blad", "Kolom", "Kolom (Engels)", "Verplicht", "Uitleg", "Toegestane waarden"):
        cell = WriteOnlyCell(ws, value=text)
        cell.font = _BOLD
        header.append(cell)
    ws.append(header)
    wrap = Alignment(wrap_text=True, vertical="top")
    for spec in KINDS[kind]:
        for column in spec.columns:
            row = []
            for value in (spec.sheet_nl, column.nl, column.en, "Ja" if column.required else "Nee",
                          column.help_nl, _allowed(column, lang)):
                cell = WriteOnlyCell(ws, value=value)
                cell.alignment = wrap
                row.append(cell)
            ws.append(row)


def write_workbook(kind: str, frames: dict[str, pd.DataFrame] | None = None,
                   lang: str = "nl", *, aids: bool = True) -> bytes:
    """An .xlsx for `kind`: the empty template, or (with `frames` by spec.name) a filled file.

    Frames hold canonical values (ISO2 countries, vocabulary codes, dates, numbers, bools); they
    are written the way a coordinator types them: Dutch names and labels, Ja/Nee, real dates.
    `aids=False` leaves out what only a person needs (help sheet, drop-downs, header notes):
    the hidden country list is most of the writing time when many files are made at once.
    """
    if kind not in KINDS:
        raise ValueError(f"unknown kind {kind!r}; choose from {', '.join(KINDS)}")
    frames = frames or {}
    stream = sum(len(f) for f in frames.values() if f is not None) > _STREAM_ROWS
    wb = Workbook(write_only=stream)
    if not stream:
        wb.remove(wb.active)
    wb.properties.creator = "Trade & Invest Utrecht Region"
    wb.properties.title = t(f"kind_{kind}", lang)
    lists = _Lists(lang)
    for spec in KINDS[kind]:
        ws = wb.create_sheet(spec.sheet_nl)
        ws.freeze_panes = "A2"
        header = []
        for i, column in enumerate(spec.columns, 1):
            letter = get_column_letter(i)
            label = column.nl if lang == "nl" else column.en
            dim = ws.column_dimensions[letter]
            dim.width = _width(column, label)
            if column.type == "date":
                dim.number_format = DATE_FORMAT
            elif _is_euro(column):
                dim.number_format = EURO_FORMAT
            cell = WriteOnlyCell(ws, value=label)
            cell.font = _BOLD
            cell.fill = _REQUIRED_FILL if column.required else _OPTIONAL_FILL
            header.append(cell)
            if not aids:
                continue
            note = ("Verplicht. " if column.required else "Optioneel. ") + column.help_nl
            cell.comment = Comment(note, "Trade & Invest", width=260, height=90)
            source = lists.range_for(column)
            if source is not None:
                dv = DataValidation(type="list", formula1=source, allow_blank=True,
                                    showErrorMessage=True, errorStyle="warning",
                                    errorTitle="Onbekende waarde",
                                    error="Kies bij voorkeur uit de lijst. Een synoniem of "
                                          "ISO-code mag ook; de upload controleert het.")
                dv.add(f"{letter}2:{letter}{_LAST_ROW}")
                ws.data_validations.append(dv)
        ws.append(header)
        frame = frames.get(spec.name)
        if frame is not None and not frame.empty:
            for row in _rows(ws, spec.columns, frame, lang):
                ws.append(row)
    if aids:
        _help_sheet(wb, kind, lang)
        lists.write(wb)
    buf = io.BytesIO()
    wb.save(buf)
    return _stable_bytes(buf.getvalue())
