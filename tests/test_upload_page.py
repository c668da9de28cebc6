"""The Upload page in AppTest on a copy of the sample database (data through 2025Q4): the
change a file makes, before and after the load; the view following the load; an identical
re-load; undo in two steps; one upload limit; the problem table and its period hint.

Hand-computed: the file holds two 2026Q1 projects of 40 and 28 new jobs and no investment, a
quarter the sample does not have, so it adds 68 new jobs and 2 projects in 2026Q1.
"""

from __future__ import annotations

import re
import tomllib

from conftest import project_row, projects_xlsx
from streamlit import config as st_config

from tests.apptest import ROOT, app
from tradeinvest.loading import settings as reference_edits
from tradeinvest.loading import uploads
from tradeinvest.reference_data import DEFAULT_SETTINGS
from tradeinvest.reporting import report_xlsx
from tradeinvest.store import db
from tradeinvest.ui import filters, loading

NAME = "projecten_2026Q1.xlsx"
DATA = projects_xlsx(project_row("P-26-1", jobs=40, date="15-01-2026"),
                     project_row("P-26-2", jobs=28, date="20-03-2026"))
CHANGE = "2026Q1: +68 nieuwe banen, +2 investeringsprojecten."


def _checked(at, name: str = NAME, data: bytes = DATA):
    at.file_uploader[0].set_value((name, data, report_xlsx.XLSX_MIME)).run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def _undo_choice(at):
    return next(s for s in at.selectbox if s.label == "Upload ongedaan maken")


def _states(app_db) -> dict[int, str]:
    con = db.connect(app_db)
    hist = uploads.history(con)
    return dict(zip(hist["upload_id"].astype(int), hist["state"], strict=True))


def _load(at) -> int:
    """Press Laden; the upload id from the message that follows."""
    at.button(key="confirm_load").click().run()
    assert not at.exception, [e.value for e in at.exception]
    loaded = next(s.value for s in at.success if "geladen" in s.value)
    assert loaded.endswith(f"Veranderd: {CHANGE}")
    return int(loaded.split()[1])


def test_the_change_is_shown_before_and_after_the_load_and_the_view_follows_it(app_db):
    at = _checked(app("upload"))
    assert at.selectbox(key="f_year").value == 2025
    assert f"**Wat dit bestand verandert:** {CHANGE}" in [i.value for i in at.info]
    _load(at)
    assert (at.selectbox(key="f_year").value, at.selectbox(key="f_quarter").value) == (2026, 1)
    assert at.file_uploader[0].value is None  # emptied: the loaded file is not offered again
    assert not [b for b in at.button if b.key == "confirm_load"]


def test_the_change_reads_in_english_too(app_db):
    at = _checked(app("upload", taal="en"))
    assert "**What this file changes:** 2026Q1: +68 new jobs, +2 investment projects." in [
        i.value for i in at.info]


def test_the_same_file_again_is_recognised_and_not_offered_for_loading(app_db):
    at = _checked(app("upload"))
    upload_id = _load(at)
    _checked(at)
    assert any(i.value.startswith(f"Dit bestand is al geladen: het is upload {upload_id}")
               for i in at.info)
    assert not [b for b in at.button if b.key == "confirm_load"]


def test_loading_over_a_counting_upload_says_which_it_replaces_before_the_button(app_db):
    at = _checked(app("upload"))
    assert not [w for w in at.warning if "Vervangt" in w.value]  # 2026Q1 has no upload yet
    upload_id = _load(at)
    second = projects_xlsx(project_row("P-26-1", jobs=41, date="15-01-2026"))
    for lang, text in (("nl", "Vervangt upload {} (projecten\\_2026Q1\\.xlsx, 2 rijen) voor deze "
                                "soort en periode; ongedaan maken kan."),
                       ("en", "Replaces upload {} (projecten\\_2026Q1\\.xlsx, 2 rows) for this "
                              "kind and period; it can be undone.")):
        at = _checked(app("upload", taal=lang), "projecten_2026Q1_v2.xlsx", second)
        assert [w.value for w in at.warning if w.value.startswith(text[:8])] == [
            text.format(upload_id)]
        assert [b for b in at.button if b.key == "confirm_load"]


def test_undo_names_the_upload_and_its_figures_and_waits_for_confirmation(app_db):
    at = _checked(app("upload"))
    upload_id = _load(at)
    assert _undo_choice(at).value == upload_id
    at.button(key="undo_button").click().run()
    at.button(key="undo_button").click().run()  # a double click: still only asks
    asked = [w.value for w in at.warning if "ongedaan maken:" in w.value]
    assert asked == [f"**Upload {upload_id} ongedaan maken:** Projecten en banen 2026Q1, "
                     r"bestand projecten\_2026Q1\.xlsx, 2 rijen. Ongedaan maken verandert: "
                     "2026Q1: −68 nieuwe banen, −2 investeringsprojecten."]
    before = _states(app_db)
    assert before[upload_id] == "active"
    at.button(key=f"undo_confirm_{upload_id}").click().run()
    after = _states(app_db)
    assert {u for u in after if after[u] != before[u]} == {upload_id}
    assert after[upload_id] == "undone"
    # 2026 has no data left: the view goes back to the newest year, whole year.
    assert (at.selectbox(key="f_year").value, at.selectbox(key="f_quarter").value) == (
        2025, filters.WHOLE_YEAR)
    # The choice stays on the undone upload; nothing is left to confirm, undo is disabled.
    assert _undo_choice(at).value == upload_id
    assert at.button(key="undo_button").disabled
    assert not [b for b in at.button if b.key.startswith("undo_confirm")]
    assert any("Veranderd: 2026Q1: −68 nieuwe banen, −2 investeringsprojecten." in s.value
               for s in at.success)


def test_cancel_leaves_every_upload_as_it_was(app_db):
    at = app("upload")
    before = _states(app_db)
    target = _undo_choice(at).value
    at.button(key="undo_button").click().run()
    at.button(key=f"undo_cancel_{target}").click().run()
    assert _states(app_db) == before
    assert not [b for b in at.button if b.key.startswith("undo_confirm")]


def test_the_uploader_states_the_apps_own_limit(app_db):
    at = app("upload")
    assert at.file_uploader[0].proto.max_upload_size_mb == 20  # the setting, not the server's
    assert "Grootste bestand: 20 MB (instelling op de pagina Instellingen)." in [
        c.value for c in at.caption]
    con = db.connect(app_db)
    reference_edits.update_settings(con, {"max_upload_mb": 7}, "test")
    assert app("upload").file_uploader[0].proto.max_upload_size_mb == 7
    reference_edits.update_settings(con, {"max_upload_mb": 100_000}, "test")
    server = st_config.get_option("server.maxUploadSize")
    assert app("upload").file_uploader[0].proto.max_upload_size_mb == server  # never above
    # The server's ceiling leaves room for the default setting: by default the setting rules.
    config = tomllib.loads((ROOT / ".streamlit" / "config.toml").read_text())
    assert config["server"]["maxUploadSize"] >= DEFAULT_SETTINGS["max_upload_mb"][0]


def test_a_near_miss_is_suggested_in_the_problem_table(app_db):
    at = _checked(app("upload"), "fout_2025Q4.xlsx",
                  projects_xlsx(project_row(country="Duitsand", date="15-12-2025")))
    messages = at.dataframe[0].value["Melding"].tolist()
    assert any(m.startswith("onbekend land; bedoelde u Duitsland?") for m in messages)


def test_a_file_for_another_quarter_gets_one_line_above_a_capped_wrapping_table(
        app_db, monkeypatch):
    monkeypatch.setattr(loading, "SHOWN_PROBLEMS", 10)
    rows = [project_row(f"P-{i}", date=f"{i % 28 + 1:02d}-08-2025") for i in range(30)]
    at = _checked(app("upload"), "projecten_2025Q4.xlsx", projects_xlsx(*rows))
    hint = [e.value for e in at.error if "meeste datums" in e.value]
    assert [re.sub(r"\\(.)", r"\1", h) for h in hint] == [
        "de meeste datums (30 van 30) vallen in 2025Q3, niet in 2025Q4: kies kwartaal 2025Q3 "
        "bij het uploaden (of controleer de datums)"]
    assert "De eerste 10 van 31 meldingen; het probleemrapport (CSV) heeft ze allemaal." in [
        c.value for c in at.caption]
    table = at.dataframe[0]
    assert len(table.value) == 10
    hinted = _checked(app("upload"), "projecten_2025Q4.xlsx", projects_xlsx(*rows[:2]))
    line = hinted.dataframe[0].value.iloc[-1]  # the file's problem: no row, no value
    assert line["Melding"].startswith("de meeste datums (2 van 2)")
    assert (line["Rij"], line["Waarde"]) == ("", "")
    assert table.proto.row_height > 64  # above 4rem the grid wraps a cell's text
    assert '"Melding": {"width": "large"}' in table.proto.columns
