"""The import assistant's service on real files: a coordinator's own quarterly list (title
block, own headers, no reference or pillar column, a note column) is proposed a mapping, loads
by it with traceability kept, and next quarter's file with the same layout loads with no
mapping given, naming the saved one; the generated reference is stable, so replace and undo
work."""

from __future__ import annotations

import dataclasses

import pytest
from conftest import db_snapshot, make_xlsx, project_row, projects_xlsx

from tradeinvest.loading import assistant, check, mappings, uploads
from tradeinvest.loading.assistant import Mapping, SheetMapping
from tradeinvest.measure import Filters, progress
from tradeinvest.measure.records import project_records, row_origins
from tradeinvest.texts.phrases import Refusal

HEADER = ["Bedrijfsnaam", "Land van herkomst", "Sector", "Type", "Datum bekendmaking",
          "Aantal banen (3 jaar)", "Opmerkingen"]
ROWS = [["Acme Robotics B.V.", "Duitsland", "ICT", "Nieuwe vestiging", "15-11-2016", 30,
         "via de NFIA"],
        ["Genmab", "Denemarken", "LSH", "Uitbreiding", "02-12-2016", "12,5", None]]
CHOSEN = Mapping({"projects": SheetMapping(
    columns={"Type": "project_kind", "Datum bekendmaking": "date_realised",
             "Aantal banen (3 jaar)": "new_jobs"},
    constants={"pillar": "Invest"}, derived=frozenset({"reference"}),
    notes=("Opmerkingen",))})


def own_list(rows: list[list[object]] = ROWS, sheet: str = "Q4 2016", **more: list) -> bytes:
    """The coordinator's list: a two-line title block above her own headers."""
    return make_xlsx({sheet: [["Projecten Trade & Invest"], ["stand per kwartaal"], HEADER,
                              *rows], **more})


def test_a_file_with_its_own_headers_needs_a_mapping_and_gets_a_suggestion(con) -> None:
    proposal = assistant.propose(con, own_list(), "eigen.xlsx", "projects")
    assert proposal.needs_mapping and proposal.saved_name is None
    assert proposal.sheet_choices["projects"] == ["Q4 2016"]
    suggested = proposal.mapping.sheets["projects"]
    assert suggested.columns["Bedrijfsnaam"] == "company"
    assert suggested.columns["Aantal banen (3 jaar)"] == "new_jobs"
    assert "reference" in suggested.derived
    plain = check.check_upload(con, own_list(), "eigen.xlsx", "projects", "2016Q4")
    assert plain.has_errors and plain.mapping is None


def test_the_template_needs_no_mapping(con) -> None:
    proposal = assistant.propose(con, projects_xlsx(project_row()), "p.xlsx", "projects")
    assert not proposal.needs_mapping


def test_loaded_by_a_mapping_with_origins_notes_and_values_as_typed(con) -> None:
    result = uploads.load_upload(con, own_list(), "eigen.xlsx", "projects", "2016Q4", "anna",
                                 mapping=CHOSEN, save_as="Eigen lijst")
    assert result.rows == 2
    assert progress(con, 2016).new_jobs == 42.5  # 30 + "12,5"
    listed = project_records(con, Filters(year=2016)).set_index("company")
    assert listed.loc["Acme Robotics B.V.", "note"] == "via de NFIA"
    assert listed.loc["Genmab", "as_typed"] == "Aantal banen (3 jaar): 12,5"
    assert listed["reference"].str.startswith("G-").all()
    origins = row_origins(con, result.upload_id, "projects", 5).set_index("field")
    assert origins.loc["new_jobs", ["how", "header", "raw"]].tolist() == [
        "header", "Aantal banen (3 jaar)", "12,5"]
    assert origins.loc["pillar", ["how", "value"]].tolist() == ["constant", "Invest"]
    assert origins.loc["reference", "how"] == "derived"
    saved = mappings.list_mappings(con)
    assert saved["name"].tolist() == ["Eigen lijst"] and saved["created_by"].tolist() == ["anna"]


def test_next_quarter_with_the_same_layout_loads_with_no_mapping_given(con) -> None:
    # confirmed on the assistant's screen: the mapping names last quarter's sheet
    on_sheet = Mapping({"projects": dataclasses.replace(CHOSEN.sheets["projects"],
                                                        sheet="Q4 2016")})
    uploads.load_upload(con, own_list(), "q4.xlsx", "projects", "2016Q4", "anna",
                        mapping=on_sheet, save_as="Eigen lijst")
    # the same headers in another order and case, on a sheet with another name
    q1 = make_xlsx({"Q1 2017": [
        [h.upper() for h in reversed(HEADER)],
        [None, 8, "10-02-2017", "Nieuwe vestiging", "ICT", "Japan", "Sony"]]})
    proposal = assistant.propose(con, q1, "q1.xlsx", "projects")
    assert (proposal.saved_name, proposal.needs_mapping) == ("Eigen lijst", False)
    checked = check.check_upload(con, q1, "q1.xlsx", "projects", "2017Q1")
    assert checked.mapping_name == "Eigen lijst" and not checked.has_errors
    uploads.load_upload(con, q1, "q1.xlsx", "projects", "2017Q1", "anna")
    assert progress(con, 2017).new_jobs == 8


def test_the_generated_reference_is_stable_so_replace_and_undo_work(con) -> None:
    first = uploads.load_upload(con, own_list(), "q4.xlsx", "projects", "2016Q4", "anna",
                                mapping=CHOSEN)
    refs = sorted(project_records(con, Filters(year=2016))["reference"])
    changed = [ROWS[0], [*ROWS[1][:5], 14, None]]
    second = uploads.load_upload(con, own_list(changed), "q4-v2.xlsx", "projects", "2016Q4",
                                 "anna", mapping=CHOSEN)
    assert second.replaced_upload_id == first.upload_id
    assert sorted(project_records(con, Filters(year=2016))["reference"]) == refs
    assert progress(con, 2016).new_jobs == 44
    assert uploads.undo_upload(con, second.upload_id, "anna") == first.upload_id
    assert progress(con, 2016).new_jobs == 42.5


def test_a_sheet_is_chosen_when_several_qualify(con) -> None:
    data = own_list(sheet="Q4 2016", **{"Q4 2016 (kopie)": [HEADER, ROWS[0]]})
    proposal = assistant.propose(con, data, "twee.xlsx", "projects")
    assert set(proposal.sheet_choices["projects"]) == {"Q4 2016", "Q4 2016 (kopie)"}
    checked = check.check_upload(con, data, "twee.xlsx", "projects", "2016Q4",
                                 mapping=CHOSEN, sheet="Q4 2016 (kopie)")
    assert not checked.has_errors and checked.rows == 1


def test_an_inconsistent_mapping_is_refused_by_the_check_and_loads_nothing(con) -> None:
    twice = Mapping({"projects": SheetMapping(
        columns={**CHOSEN.sheets["projects"].columns, "Opmerkingen": "new_jobs"},
        constants={"pillar": "Invest"}, derived=frozenset({"reference"}))})
    before = db_snapshot(con)
    checked = check.check_upload(con, own_list(), "eigen.xlsx", "projects", "2016Q4",
                                 mapping=twice)
    assert checked.has_errors
    with pytest.raises(uploads.UploadRejected):
        uploads.load_upload(con, own_list(), "eigen.xlsx", "projects", "2016Q4", "anna",
                            mapping=twice)
    assert db_snapshot(con) == before


@pytest.mark.parametrize(("columns", "constants", "key"), [
    ([("Geen kolom", "company")], [], "refusal_mapping_header_missing"),
    ([("Type", "geen veld")], [], "refusal_mapping_field_named"),
    ([], [("onbekend", "x")], "refusal_mapping_field_named"),
])
def test_command_line_choices_name_real_headers_and_fields(con, columns, constants, key):
    with pytest.raises(Refusal) as refused:
        assistant.command_mapping(con, own_list(), "eigen.xlsx", "projects", columns=columns,
                                  constants=constants)
    assert refused.value.phrase.key == key


def test_command_line_choices_by_dutch_english_or_internal_name_derive_the_rest(con):
    mapping, name = assistant.command_mapping(
        con, own_list(), "eigen.xlsx", "projects",
        columns=[("Type", "Soort project"), ("datum bekendmaking", "Date realised"),
                 ("Aantal banen (3 jaar)", "new_jobs")], constants=[("pijler", "Invest")])
    assert name is None
    sheet = mapping.sheets["projects"]
    assert sheet.columns == {"Type": "project_kind", "Datum bekendmaking": "date_realised",
                             "Aantal banen (3 jaar)": "new_jobs"}
    assert sheet.constants == {"pillar": "Invest"} and sheet.derived == {"reference"}


def test_a_saved_mapping_of_two_sheets_finds_next_quarters_sheets_by_content(con) -> None:
    missions = ["Missiereferentie", "Naam", "Soort", "Pijler", "Land", "Startdatum",
                "Aantal bedrijven mee"]
    leads = ["Missiereferentie", "Bedrijf", "Land", "Sector", "Pijler", "Status"]

    def workbook(q: str, start: str) -> bytes:
        return make_xlsx({
            f"Missies {q}": [missions, ["M-1", "BIO", "Beurs", "Invest", "VS", start, 9]],
            f"Leads {q}": [leads, ["M-1", "Genmab", "VS", "LSH", "Invest", "Nieuw"]]})

    saved = Mapping({
        "missions": SheetMapping(sheet="Missies Q2", columns={"Aantal bedrijven mee":
                                                              "companies"}),
        "leads": SheetMapping(sheet="Leads Q2")})
    uploads.load_upload(con, workbook("Q2", "03-06-2024"), "q2.xlsx", "missions", "2024Q2",
                        "anna", mapping=saved, save_as="Missies eigen")
    checked = check.check_upload(con, workbook("Q3", "03-09-2024"), "q3.xlsx", "missions",
                                 "2024Q3")
    assert checked.mapping_name == "Missies eigen"
    assert not checked.has_errors, [p.text() for p in checked.problems]
    assert checked.rows == 2


def test_command_line_keeps_a_column_as_a_note_or_leaves_it_unread(con) -> None:
    mapping, _ = assistant.command_mapping(
        con, own_list(), "eigen.xlsx", "projects",
        columns=[("Opmerkingen", "Bedrijf"), ("opmerkingen", "notitie"), ("Type", "negeren")])
    sheet = mapping.sheets["projects"]
    assert sheet.notes == ("Opmerkingen",) and sheet.columns == {"Type": ""}
    assert "company" not in sheet.columns.values()
