"""Erase searches free text too (issue 12, item 7): a contact person's details typed into a
project's evidence or a calendar item's "Wie", and any e-mail address in the company's own
rows, are replaced; the output says what changed and what erase does not search."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import PROJECT_HEADER, make_xlsx, project_row
from sample_db import sample_copy
from test_privacy import PERSON, _contacts, _in_file

from tradeinvest import cli
from tradeinvest import measure as m
from tradeinvest.loading import uploads
from tradeinvest.loading.erase_text import free_text_columns
from tradeinvest.store import db

OWN_MAIL = "sales@tjallema-robotics.example"
OTHER_MAIL = "info@vrijling-optics.example"
CALENDAR = ["Startdatum", "Event", "Waar", "Wie"]


def _projects() -> bytes:
    evidence = [
        f"Bevestigd door {PERSON[0]} ({PERSON[1]}), zie ook {OWN_MAIL}",
        f"Mail van {OTHER_MAIL}; bezoek met {PERSON[0]}",
    ]
    return make_xlsx({"Projecten": [
        [*PROJECT_HEADER, "Bewijs"],
        [*project_row("P-1", company="Tjallema Robotics B.V.", date="15-08-2024"), evidence[0]],
        [*project_row("P-2", company="Vrijling Optics GmbH", date="16-08-2024"), evidence[1]],
    ]})


@pytest.fixture
def text_db(tmp_path: Path) -> Path:
    path = sample_copy(tmp_path / "text.duckdb")
    con = db.connect(path)
    uploads.load_upload(con, _contacts([["02-07-2024", "Tjallema Robotics B.V.", "DE", "ICT",
                                         "Invest", "prospect", "beurs", *PERSON]]),
                        "c.xlsx", "contacts", "2024Q3", "anna")
    uploads.load_upload(con, _projects(), "p.xlsx", "projects", "2024Q3", "anna")
    uploads.load_upload(con, make_xlsx({"Invest": [CALENDAR, ["03-06-2024", "BIO Boston",
                                                              "VS, Boston", PERSON[0]]]}),
                        "k.xlsx", "calendar", "2024", "anna")
    con.execute("CHECKPOINT")
    con.close()
    return path


def test_every_free_text_column_exists_and_no_identifier_is_touched():
    columns = free_text_columns()
    assert "evidence" in columns["projects"] and "staff" in columns["calendar_items"]
    searched = {c for cols in columns.values() for c in cols}
    assert not searched & {"company", "reference", "mission_reference", "person_email"}


def test_erase_replaces_details_and_own_e_mails_in_free_text(text_db, capsys):
    con = db.connect(text_db)
    totals = m.totals(con, m.Filters().period(2024))
    con.close()
    assert cli.main(["--db", str(text_db), "erase", "--company", "Tjallema Robotics"]) == 0
    out = capsys.readouterr().out
    assert "projects.evidence (2)" in out and "calendar_items.staff (1)" in out
    assert "Vrije tekst: 3 cellen aangepast" in out
    assert "Niet doorzocht: bedrijfsnamen en referenties" in out

    assert _in_file(text_db, (*PERSON, OWN_MAIL)) == []
    con = db.connect(text_db)
    try:
        evidence = dict(con.execute("SELECT reference, evidence FROM projects "
                                    "WHERE reference IN ('P-1', 'P-2')").fetchall())
        assert evidence["P-1"] == "Bevestigd door [gewist] ([gewist]), zie ook [gewist]"
        # another company's row: only the person's name goes, its own address stays
        assert evidence["P-2"] == f"Mail van {OTHER_MAIL}; bezoek met [gewist]"
        assert m.totals(con, m.Filters().period(2024)) == totals
    finally:
        con.close()


def test_an_e_mail_in_free_text_of_a_company_without_contact_persons_does_not_survive(
        text_db, capsys):
    assert cli.main(["--db", str(text_db), "erase", "--company", "Vrijling Optics"]) == 0
    out = capsys.readouterr().out
    assert "Vrije tekst: 1 cellen aangepast" in out and "projects.evidence (1)" in out
    assert _in_file(text_db, (OTHER_MAIL,)) == []
