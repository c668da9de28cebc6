"""Excel templates: the schema's headers, drop-downs, help, and filled files a coordinator sends."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

import openpyxl
import pandas as pd
import pytest

from tradeinvest import vocab
from tradeinvest.ingest import schema
from tradeinvest.ingest.templates import (
    HELP_SHEET,
    LISTS_SHEET,
    column_vocab,
    write_workbook,
)
from tradeinvest.loading import check
from tradeinvest.loading.templates import write_templates
from tradeinvest.texts import t


def _open(data: bytes) -> openpyxl.Workbook:
    return openpyxl.load_workbook(io.BytesIO(data))


def _validation_for(ws, column_index: int):
    letter = openpyxl.utils.get_column_letter(column_index)
    for dv in ws.data_validations.dataValidation:
        if any(str(r).startswith(f"{letter}2:") for r in dv.sqref.ranges):
            return dv
    return None


def _list_values(wb: openpyxl.Workbook, formula: str) -> list[str]:
    sheet, cells = formula.split("!")
    return [c.value for row in wb[sheet][cells.replace("$", "")] for c in row]


def _project_frame() -> pd.DataFrame:
    return pd.DataFrame([
        {"reference": "P-2024-001", "company": "Acme Robotics B.V.", "pillar": "invest",
         "project_kind": "new", "country": "DE", "sector": "ict", "theme": None,
         "date_realised": dt.date(2024, 8, 15), "new_jobs": 40.0, "investment_eur": 1.5e6,
         "partner": "IU", "nfia_assisted": True, "lead_source": "bidbook_fft",
         "lead_reference": "B-2024-03", "ema_brexit": False},
        {"reference": "P-2024-002", "company": "Helix Ltd", "pillar": "trade",
         "project_kind": "trade_contract", "country": "GB", "sector": "lsh", "theme": "gezond",
         "date_realised": dt.date(2024, 9, 30), "new_jobs": 2.0, "contract_value_eur": 250_000,
         "partner": "UCIB", "nfia_assisted": False, "ema_brexit": True},
    ], columns=[c.name for c in schema.PROJECTS.columns])


@pytest.mark.parametrize("kind", list(schema.KINDS))
def test_each_template_has_the_schema_headers_in_order_and_a_help_sheet(tmp_path: Path, kind):
    paths = write_templates(tmp_path)
    assert [p.name for p in paths] == [f"{k}_template.xlsx" for k in schema.KINDS]
    wb = openpyxl.load_workbook(tmp_path / f"{kind}_template.xlsx")
    specs = schema.KINDS[kind]
    assert wb.sheetnames == [s.sheet_nl for s in specs] + [HELP_SHEET, LISTS_SHEET]
    assert wb[LISTS_SHEET].sheet_state == "hidden"
    for spec in specs:
        ws = wb[spec.sheet_nl]
        assert [c.value for c in ws[1]] == [c.nl for c in spec.columns]
        assert ws.max_row == 1 and ws.freeze_panes == "A2"
    help_rows = list(wb[HELP_SHEET].iter_rows(values_only=True))
    described = {(r[0], r[1]): r[3] for r in help_rows if r[0] in wb.sheetnames}
    assert described == {(s.sheet_nl, c.nl): "Ja" if c.required else "Nee"
                         for s in specs for c in s.columns}


def test_choice_and_country_columns_get_drop_downs_with_dutch_labels():
    wb = _open(write_workbook("projects"))
    ws = wb[schema.PROJECTS.sheet_nl]
    for i, column in enumerate(schema.PROJECTS.columns, 1):
        dv = _validation_for(ws, i)
        terms = column_vocab(column)
        if terms is not None:
            assert _list_values(wb, dv.formula1) == [t.nl for t in terms], column.name
        elif column.type == "country":
            countries = _list_values(wb, dv.formula1)
            assert {"Duitsland", "Verenigd Koninkrijk", "Hongkong"} <= set(countries)
        else:
            assert dv is None, column.name


def test_required_columns_are_marked_differently_from_optional_ones():
    ws = _open(write_workbook("contacts"))[schema.CONTACTS.sheet_nl]
    fills = {c.required: set() for c in schema.CONTACTS.columns}
    for cell, column in zip(ws[1], schema.CONTACTS.columns, strict=True):
        fills[column.required].add(cell.fill.fgColor.rgb)
        assert cell.font.bold
        assert cell.comment.text.startswith("Verplicht" if column.required else "Optioneel")
    assert len(fills[True]) == len(fills[False]) == 1 and fills[True] != fills[False]


def test_rows_are_written_with_dutch_labels_and_real_dates():
    wb = _open(write_workbook("projects", {"projects": _project_frame()}))
    rows = list(wb[schema.PROJECTS.sheet_nl].iter_rows(min_row=2, values_only=True))
    header = [c.name for c in schema.PROJECTS.columns]
    first, second = (dict(zip(header, r, strict=True)) for r in rows)
    assert (first["pillar"], first["project_kind"], first["country"], first["sector"],
            first["partner"], first["nfia_assisted"], first["lead_source"]) == (
        "Invest", "Nieuwe vestiging", "Duitsland", "ICT", "Invest Utrecht", "Ja", "Bidbook / FFT")
    assert first["date_realised"] == dt.datetime(2024, 8, 15)
    assert first["new_jobs"] == 40 and first["theme"] is None
    assert (second["country"], second["theme"], second["ema_brexit"]) == (
        "Verenigd Koninkrijk", "Gezond", "Ja")
    cell = wb[schema.PROJECTS.sheet_nl]["I2"]
    assert cell.is_date and cell.number_format == "dd-mm-yyyy"


def test_a_filled_workbook_reads_back_to_the_same_canonical_values(con):
    frame = _project_frame()
    checked = check.check_upload(con, write_workbook("projects", {"projects": frame}),
                                   "p.xlsx", "projects", "2024Q3")
    assert [p for p in checked.problems if p.severity == "error"] == []
    back = checked.frames["projects"]
    for name in ("reference", "company", "pillar", "project_kind", "country", "sector",
                 "date_realised", "new_jobs", "partner", "nfia_assisted", "ema_brexit"):
        assert back[name].to_pylist() == list(frame[name]), name
    assert back["theme"].to_pylist() == [vocab.SECTOR_THEME["ict"], "gezond"]


def test_english_headers_and_labels_when_asked():
    wb = _open(write_workbook("projects", {"projects": _project_frame()}, lang="en"))
    ws = wb[schema.PROJECTS.sheet_nl]
    assert [c.value for c in ws[1]] == [c.en for c in schema.PROJECTS.columns]
    assert (ws["E2"].value, ws["D2"].value) == ("Germany", "New establishment")


@pytest.mark.parametrize("kind", list(schema.KINDS))
def test_title_and_workbook_title_are_in_the_templates_own_language(kind):
    """The help sheet's title and the file's title property name the kind in the template's
    language (the catalogue's kind_<kind>), a yearly kind as one file per year."""
    per = {"nl": ("jaar", "kwartaal"), "en": ("year", "quarter")}
    for lang, (year, quarter) in per.items():
        wb = _open(write_workbook(kind, lang=lang))
        name = t(f"kind_{kind}", lang)
        assert wb.properties.title == name
        title = wb[HELP_SHEET]["A1"].value
        assert name in title
        assert title.endswith(year if kind in schema.YEARLY_KINDS else quarter)
    assert wb[HELP_SHEET]["A1"].value.startswith("Template ")


def test_the_same_content_gives_the_same_bytes():
    assert write_workbook("missions") == write_workbook("missions")


def test_many_rows_are_streamed_and_keep_their_drop_downs():
    n = 2_100
    frame = pd.DataFrame({"contact_date": [dt.date(2024, 1, 1) + dt.timedelta(days=i % 90)
                                           for i in range(n)],
                          "company": [f"Bedrijf {i}" for i in range(n)], "country": "US",
                          "sector": "lsh", "pillar": "invest", "contact_kind": "acquisition",
                          "channel": "fair"})
    ws = _open(write_workbook("contacts", {"contacts": frame}))[schema.CONTACTS.sheet_nl]
    assert ws.max_row == n + 1
    assert ws.cell(n + 1, 3).value == "Verenigde Staten"
    assert len(ws.data_validations.dataValidation) == sum(
        column_vocab(c) is not None or c.type == "country" for c in schema.CONTACTS.columns)


def test_a_workbook_without_aids_has_only_the_data_sheets_and_still_reads_back(con):
    data = write_workbook("projects", {"projects": _project_frame()}, aids=False)
    wb = _open(data)
    assert wb.sheetnames == [schema.PROJECTS.sheet_nl]
    checked = check.check_upload(con, data, "p.xlsx", "projects", "2024Q3")
    assert checked.rows == 2
