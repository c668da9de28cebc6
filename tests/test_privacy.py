"""Contact-person details: team only, never in reports or logs, erased on request for good."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest
from conftest import make_xlsx
from sample_db import sample_copy

from tradeinvest import access, cli
from tradeinvest import measure as m
from tradeinvest.loading import uploads
from tradeinvest.measure import persons
from tradeinvest.reporting import report, report_xlsx
from tradeinvest.store import db
from tradeinvest.ui.safe import md

HEADER = ["Datum", "Bedrijf", "Land", "Sector", "Pijler", "Soort contact", "Kanaal",
          "Contactpersoon", "E-mail", "Telefoon"]
PERSON = ("Wilhelmina Tjallema-Oosterbeek", "w.tjallema@mailbox-tjallema.example",
          "+31 6 4817 2936")
OTHER = ("Pieter Kloosterboer-Vrijling", "p.vrijling@kloosterboer.example", "+49 30 5551 2020")


def _contacts(rows: list[list[object]]) -> bytes:
    return make_xlsx({"Contacten": [HEADER, *rows]})


def _load_people(con) -> None:
    """The person in two uploads of the same quarter (the first stays in the history) and in
    a later quarter, under two spellings of the company; another company's person beside."""
    first = _contacts([["02-07-2024", "Tjallema Robotics B.V.", "DE", "ICT", "Invest",
                        "prospect", "beurs", *PERSON]])
    second = _contacts([["02-07-2024", "Tjallema Robotics B.V.", "DE", "ICT", "Invest",
                         "prospect", "beurs", *PERSON],
                        ["09-07-2024", "Vrijling Optics GmbH", "DE", "ICT", "Invest",
                         "prospect", "online", *OTHER]])
    later = _contacts([["03-10-2024", "tjallema robotics", "DE", "ICT", "Invest", "prospect",
                        "missie", *PERSON]])
    uploads.load_upload(con, first, "c1.xlsx", "contacts", "2024Q3", "anna")
    uploads.load_upload(con, second, "c2.xlsx", "contacts", "2024Q3", "anna")
    uploads.load_upload(con, later, "c3.xlsx", "contacts", "2024Q4", "anna")


@pytest.fixture
def people_db(tmp_path: Path) -> Path:
    path = sample_copy(tmp_path / "people.duckdb")
    con = db.connect(path)
    _load_people(con)
    con.execute("CHECKPOINT")
    con.close()
    return path


def _in_file(path: Path, values: tuple[str, ...]) -> list[str]:
    data = path.read_bytes()
    wal = Path(f"{path}.wal")
    data += wal.read_bytes() if wal.exists() else b""
    return [v for v in values if v.encode("utf-8") in data]


def test_erase_leaves_no_trace_of_the_person_in_the_database_file(people_db, capsys):
    assert _in_file(people_db, PERSON) == list(PERSON)  # the search can find it
    con = db.connect(people_db)
    totals = m.totals(con, m.Filters().period(2024))
    contacts = con.execute("SELECT count(*) FROM contacts").fetchone()[0]
    next_id = con.execute("SELECT max(upload_id) + 1 FROM uploads").fetchone()[0]
    con.close()

    assert cli.main(["--db", str(people_db), "erase", "--company", "TJALLEMA ROBOTICS"]) == 0
    assert "3 regels" in capsys.readouterr().out

    assert _in_file(people_db, PERSON) == []
    assert _in_file(people_db, OTHER) == list(OTHER)  # another company's person stays
    con = db.connect(people_db)
    try:
        assert m.totals(con, m.Filters().period(2024)) == totals  # figures unchanged
        assert con.execute("SELECT count(*) FROM contacts").fetchone()[0] == contacts
        log = con.execute("SELECT actor, action, detail FROM audit_log WHERE action = 'erase'"
                          ).fetchall()
        assert len(log) == 1 and log[0][0].startswith("cli")
        assert "Tjallema" not in str(log) and "tjallema" not in str(log)
        # the rewritten file is a working database: keys, sequences, views intact
        again = uploads.load_upload(con, _contacts([["05-10-2024", "Acme", "DE", "ICT",
                                                     "Invest", "prospect", "beurs", None,
                                                     None, None]]),
                                    "c4.xlsx", "contacts", "2024Q4", "anna")
        assert again.upload_id == next_id
    finally:
        con.close()


def test_governors_cannot_read_contact_persons_the_team_can(people_db):
    con = db.connect(people_db)
    try:
        period = m.Filters(country="DE").period(2024, 3)
        seen = persons.contact_list(con, access.Principal("tom", access.TEAM), period)
        assert PERSON[1] in set(seen["person_email"])
        with pytest.raises(access.AccessDenied):
            persons.contact_list(con, access.Principal("gerda", access.GOVERNOR), period)
        with pytest.raises(access.AccessDenied):
            persons.contact_list(con, None, period)
    finally:
        con.close()


def test_person_details_are_never_in_the_report_nor_in_the_audit_log(people_db):
    con = db.connect(people_db)
    try:
        built = report.build(con, 2024, 4)
        xlsx = report_xlsx.to_xlsx(built)
        log = str(con.execute("SELECT * FROM audit_log").fetchall())
    finally:
        con.close()
    with zipfile.ZipFile(io.BytesIO(xlsx)) as z:
        text = b"".join(z.read(name) for name in z.namelist()).decode("utf-8")
    for value in (*PERSON, *OTHER):
        assert value not in text
        assert value not in log
    assert "Tjallema" not in text  # not even the surname (the company is not in the report)


def test_uploaded_text_is_escaped_for_markdown():
    name = "**vet** [klik](http://evil.example) ![x](http://t.example/p.png) :red[rood] $x$.xlsx"
    escaped = md(name)
    for raw in ("**", "](", "![", ":red[", "$x$"):
        assert raw not in escaped
    # removing the escapes gives the text back exactly (CommonMark shows the characters)
    assert escaped.replace("\\", "") == name
    assert md("a\nb\r\nc") == "a b c"
