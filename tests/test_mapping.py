"""A coordinator's own workbook read by a column mapping: the mapping itself (JSON, signature,
field names, derive rules), the layout the assistant looks at, and the reader applying it.
Real .xlsx files written by openpyxl."""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import make_xlsx

from tradeinvest.ingest.layout import SAMPLE_ROWS, read_layout
from tradeinvest.ingest.mapping import (
    DERIVABLE,
    Mapping,
    Origin,
    SheetMapping,
    field_named,
    generated_reference,
    header_signature,
)
from tradeinvest.ingest.reader import ReadResult, read_upload
from tradeinvest.ingest.schema import KINDS, PROJECTS
from tradeinvest.ingest.validate import Context, validate
from tradeinvest.periods import Quarter
from tradeinvest.texts.phrases import Refusal

# The coordinator's quarterly list: a title block, her own headers, no reference and no pillar.
OWN_HEADER = ["Bedrijfsnaam", "Land van herkomst", "Sector", "Type", "Datum bekendmaking",
              "Aantal banen (3 jaar)", "Investering (mln €)", "Opmerkingen"]
OWN_ROWS = [
    ["Acme Robotics B.V.", "Duitsland", "ICT", "Uitbreiding", dt.date(2016, 11, 3), 30, 2,
     "via NFIA"],
    ["Nordic Foods AB", "Zweden", "Agrifood", "Exportcontract", dt.date(2016, 12, 1), 5, None,
     None],
]
TITLE = [["Projecten Q4 2016"], ["Opgesteld door de coördinator"]]
OWN_COLUMNS = {"Bedrijfsnaam": "company", "Land van herkomst": "country",
               "Sector": "sector", "Type": "project_kind",
               "Datum bekendmaking": "date_realised", "Aantal banen (3 jaar)": "new_jobs"}


def _own_file(rows: list[list[object]] | None = None, sheet: str = "Q4 2016") -> bytes:
    return make_xlsx({sheet: [*TITLE, OWN_HEADER, *(OWN_ROWS if rows is None else rows)]})


def _mapping(**given: object) -> Mapping:
    return Mapping({"projects": SheetMapping(**given)})  # type: ignore[arg-type]


def _errors(read: ReadResult) -> list[str]:
    return [p.text("nl") for p in read.problems if p.severity == "error"]


# --- the mapping itself ----------------------------------------------------------------------

def test_a_mapping_survives_json_unchanged_and_bad_text_is_refused() -> None:
    mapping = Mapping({
        "projects": SheetMapping("Q4 2016", OWN_COLUMNS, {"partner": "IU"},
                                 frozenset({"pillar", "reference"}), ("Opmerkingen",)),
        "leads": SheetMapping()})

    again = Mapping.from_json(mapping.to_json())

    assert again == mapping
    assert again.to_json() == mapping.to_json()
    assert again.without_sheets().sheets["projects"] == SheetMapping(
        None, OWN_COLUMNS, {"partner": "IU"}, frozenset({"pillar", "reference"}),
        ("Opmerkingen",))
    with pytest.raises(Refusal):
        Mapping.from_json("{not json")
    with pytest.raises(Refusal):
        Mapping.from_json('{"sheets": [1, 2]}')


def test_the_header_signature_ignores_order_case_spacing_and_punctuation() -> None:
    same = header_signature(["Bedrijfsnaam", "Land van herkomst", "Datum bekendmaking"])

    assert header_signature(["land-van  HERKOMST", "Datum bekendmaking ", "bedrijfsnaam",
                             ""]) == same
    assert header_signature(["Bedrijfsnaam", "Land", "Datum bekendmaking"]) != same


@pytest.mark.parametrize(("text", "field"), [
    ("new_jobs", "new_jobs"), ("Nieuwe directe banen", "new_jobs"),
    ("New direct jobs", "new_jobs"), ("  pijler ", "pillar"), ("Project reference", "reference"),
    ("banen", None), ("Onbekend", None),
])
def test_a_field_is_named_by_its_internal_name_or_template_header(text, field) -> None:
    assert field_named(PROJECTS, text) == field


def test_a_generated_reference_is_the_same_for_the_same_project_however_it_is_written() -> None:
    ref = generated_reference("Acme Robotics B.V.", dt.date(2016, 11, 3), "Uitbreiding")

    assert ref is not None and ref.startswith("G-") and len(ref) == 12
    assert generated_reference("ACME Robotics", "03-11-2016", "expansion") == ref
    assert generated_reference("Acme Robotics", dt.date(2016, 11, 4), "Uitbreiding") != ref
    assert generated_reference("Acme Robotics", dt.date(2016, 11, 3), "Behoud") != ref
    assert generated_reference(None, dt.date(2016, 11, 3), "Behoud") is None


def test_every_derivable_field_exists_in_its_spec() -> None:
    specs = {s.name: s for specs in KINDS.values() for s in specs}
    for spec, name in DERIVABLE:
        assert specs[spec].column(name).required


# --- the layout the assistant looks at -------------------------------------------------------

def test_the_layout_finds_the_own_header_row_below_a_title_and_samples_the_first_rows() -> None:
    rows = [[f"Bedrijf {i}", "Duitsland", "ICT", "Uitbreiding", dt.date(2016, 11, 3), i, None,
             None] for i in range(SAMPLE_ROWS + 50)]
    data = make_xlsx({"Uitleg": [["Lees dit eerst"]], "Q4 2016": [*TITLE, OWN_HEADER, *rows],
                      "Leeg": []})

    layouts, problems = read_layout(data, "lijst.xlsx", "projects")

    assert problems == []
    assert [layout.sheet for layout in layouts] == ["Q4 2016"]
    layout = layouts[0]
    assert layout.header_row == 3
    assert layout.headers == tuple(OWN_HEADER)
    assert layout.period == "2016Q4"
    assert layout.signature == header_signature(OWN_HEADER)
    assert len(layout.samples) == len(OWN_HEADER)
    assert len(layout.samples[0]) == SAMPLE_ROWS
    assert layout.samples[0][:2] == ("Bedrijf 0", "Bedrijf 1")
    assert layout.samples[5][-1] == SAMPLE_ROWS - 1
    assert set(layout.samples[7]) == {None}


def test_the_layout_of_a_csv_and_of_a_refused_file() -> None:
    data = b"Bedrijfsnaam;Land van herkomst;Type\nAcme;Duitsland;Uitbreiding\n"

    layouts, problems = read_layout(data, "lijst.csv", "projects")

    assert problems == []
    assert [(lo.sheet, lo.header_row, lo.headers, lo.period) for lo in layouts] == [
        ("", 1, ("Bedrijfsnaam", "Land van herkomst", "Type"), None)]
    assert layouts[0].samples == (("Acme",), ("Duitsland",), ("Uitbreiding",))
    refused, problems = read_layout(b"%PDF-1.4", "lijst.xlsx", "projects")
    assert refused == [] and [p.severity for p in problems] == ["error"]


# --- reading by a mapping ----------------------------------------------------------------------

def test_own_headers_in_another_order_are_read_by_the_mapping_with_a_constant_and_a_rule() -> None:
    mapping = _mapping(columns=OWN_COLUMNS, constants={"pillar": "Invest"},
                       derived=frozenset({"reference"}), notes=("Opmerkingen",))

    read = read_upload(_own_file(), "lijst.xlsx", "projects", mapping=mapping)

    assert read.problems == []  # "Investering (mln €)" is left out silently
    sheet = read.sheets["projects"]
    assert sheet.sheet == "Q4 2016" and sheet.row_numbers == [4, 5]
    assert sheet.values("company") == ["Acme Robotics B.V.", "Nordic Foods AB"]
    assert sheet.values("new_jobs") == [30, 5]
    assert sheet.values("pillar") == ["Invest", "Invest"]
    assert sheet.values("investment_eur") == [None, None]
    refs = sheet.values("reference")
    assert refs == [generated_reference("Acme Robotics B.V.", dt.date(2016, 11, 3),
                                        "Uitbreiding"),
                    generated_reference("Nordic Foods AB", dt.date(2016, 12, 1),
                                        "Exportcontract")]
    assert read.notes == {"projects": ["via NFIA", None]}
    assert read.origins["projects"]["country"] == Origin("header", "Land van herkomst")
    assert read.origins["projects"]["pillar"] == Origin("constant", value="Invest")
    assert read.origins["projects"]["reference"] == Origin("derived")
    # the constant is checked like a typed value: an export contract cannot be Invest
    checked = validate(read, "lijst.xlsx", Quarter(2016, 4), Context())
    assert [(p.key, p.row, p.column) for p in checked.problems if p.severity == "error"] == [
        ("problem_kind_pillar_clash", 5, "Type")]
    frame = checked.frames["projects"].to_pylist()
    assert [(r["pillar"], r["project_kind"], r["new_jobs"]) for r in frame] == [
        ("invest", "expansion", 30)]


def test_the_pillar_is_derived_from_the_project_kind() -> None:
    mapping = _mapping(columns=OWN_COLUMNS, derived=frozenset({"pillar", "reference"}))

    read = read_upload(_own_file(), "lijst.xlsx", "projects", mapping=mapping)

    assert _errors(read) == []
    assert read.sheets["projects"].values("pillar") == ["invest", "trade"]
    assert read.origins["projects"]["pillar"] == Origin("derived")
    assert read.notes == {}
    checked = validate(read, "lijst.xlsx", Quarter(2016, 4), Context())
    assert [p for p in checked.problems if p.severity == "error"] == []
    assert [r["pillar"] for r in checked.frames["projects"].to_pylist()] == ["invest", "trade"]


def test_the_generated_reference_is_stable_across_reads_and_row_order() -> None:
    mapping = _mapping(columns=OWN_COLUMNS, derived=frozenset({"pillar", "reference"}))

    first = read_upload(_own_file(), "lijst.xlsx", "projects", mapping=mapping)
    again = read_upload(_own_file(OWN_ROWS[::-1]), "lijst-v2.xlsx", "projects",
                        mapping=Mapping.from_json(mapping.to_json()))

    refs = first.sheets["projects"].values("reference")
    assert len(set(refs)) == 2
    assert again.sheets["projects"].values("reference") == refs[::-1]


def test_two_file_columns_mapped_to_one_field_are_refused() -> None:
    columns = {**OWN_COLUMNS, "Opmerkingen": "company"}
    mapping = _mapping(columns=columns, derived=frozenset({"pillar", "reference"}))

    read = read_upload(_own_file(), "lijst.xlsx", "projects", mapping=mapping)

    assert _errors(read) == ["kolom 'Bedrijf' staat meer dan één keer in de kopregel: "
                             "'Bedrijfsnaam' (kolom A), 'Opmerkingen' (kolom H); laat er één "
                             "staan"]


def test_a_field_from_a_header_and_a_constant_is_refused() -> None:
    mapping = _mapping(columns={**OWN_COLUMNS, "Opmerkingen": "pillar"},
                       constants={"pillar": "Invest"}, derived=frozenset({"reference"}))

    read = read_upload(_own_file(), "lijst.xlsx", "projects", mapping=mapping)

    assert _errors(read) == ["'Pijler' komt uit meer dan één bron: kolom 'Opmerkingen', één "
                             "waarde 'Invest' voor het hele bestand"]
    assert read.sheets == {}


def test_a_required_field_neither_mapped_nor_given_is_missing() -> None:
    mapping = _mapping(columns=OWN_COLUMNS, derived=frozenset({"reference"}))

    read = read_upload(_own_file(), "lijst.xlsx", "projects", mapping=mapping)

    errors = _errors(read)
    assert len(errors) == 1 and errors[0].startswith("verplichte kolom 'Pijler' ontbreekt")


def test_an_unknown_field_or_rule_in_a_mapping_is_refused() -> None:
    mapping = _mapping(columns={**OWN_COLUMNS, "Opmerkingen": "remarks"},
                       constants={"pillar": "Invest"}, derived=frozenset({"reference",
                                                                          "sector"}))

    read = read_upload(_own_file(), "lijst.xlsx", "projects", mapping=mapping)

    assert _errors(read) == ["de kolomindeling noemt een onbekend veld 'remarks'",
                             "'Sector' kan niet worden afgeleid; koppel een kolom",
                             "'Sector' komt uit meer dan één bron: kolom 'Sector', afgeleid"]


def test_a_mapped_header_overrides_a_synonym_and_an_ignored_header_stays_out() -> None:
    header = ["Ref", "Bedrijf", "Pijler", "Soort project", "Land", "Sector", "Datum",
              "Banen", "Plaats", "Opmerking"]
    row = ["P-1", "Acme", "Invest", "Behoud", "Duitsland", "ICT", dt.date(2016, 11, 3), 4,
           "Utrecht", 7]
    # "Banen" would be new jobs by its synonym: the mapping makes it retained jobs; "Plaats"
    # (the municipality by its synonym) is ignored on purpose; headers the mapping does not
    # list are read by name or synonym for the fields it leaves open, unknown ones silently.
    mapping = _mapping(columns={"Banen": "retained_jobs", "Plaats": "",
                                "Sheet total": "new_jobs"})

    read = read_upload(make_xlsx({"Blad1": [header, row]}), "x.xlsx", "projects",
                       mapping=mapping)

    sheet = read.sheets["projects"]
    assert sheet.values("retained_jobs") == [4]
    assert sheet.headers["retained_jobs"] == "Banen" and "new_jobs" not in sheet.headers
    assert sheet.headers["reference"] == "Ref" and "municipality" not in sheet.headers
    errors = _errors(read)  # the header mapped to new jobs is not in the file
    assert len(errors) == 1
    assert errors[0].startswith("verplichte kolom 'Nieuwe directe banen' ontbreekt")
    assert [p for p in read.problems if p.severity == "warning"] == []
