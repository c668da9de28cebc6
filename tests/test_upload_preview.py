"""What a load or an undo changes, shown before it happens and after: counted by the measure
code on a scratch copy, equal to what the real load then changes, the real database untouched.

Hand-computed: 2024Q2 holds P-1 (40 jobs) and P-2 (10); 2024Q3 holds P-3 (25). A new 2024Q3
file holds P-3 (30), P-1 again (now dated in Q3, 40) and P-4 (5). The latest upload wins per
reference, so P-1 moves from Q2 to Q3: Q2 50 -> 10 jobs and 2 -> 1 projects, Q3 25 -> 75 jobs
and 1 -> 3 projects.
"""

from __future__ import annotations

from conftest import db_snapshot, make_xlsx, project_row, projects_xlsx

from tradeinvest.loading import check, uploads
from tradeinvest.measure.preview import Change, load_changes, load_effect, undo_changes

EXPECTED = [Change("2024Q2", "new_jobs", 50, 10), Change("2024Q2", "investment_projects", 2, 1),
            Change("2024Q3", "new_jobs", 25, 75), Change("2024Q3", "investment_projects", 1, 3)]
NEW_Q3 = projects_xlsx(project_row("P-3", jobs=30, date="01-09-2024"),
                       project_row("P-1", jobs=40, date="20-08-2024"),
                       project_row("P-4", jobs=5, date="30-09-2024"))


def _history(con) -> int:
    uploads.load_upload(con, projects_xlsx(project_row("P-1", jobs=40, date="15-05-2024"),
                                           project_row("P-2", jobs=10, date="16-05-2024")),
                        "q2.xlsx", "projects", "2024Q2", "test")
    return uploads.load_upload(con, projects_xlsx(project_row("P-3", jobs=25)), "q3.xlsx",
                               "projects", "2024Q3", "test").upload_id


def test_the_preview_follows_the_counting_rules_and_writes_nothing(con):
    _history(con)
    checked = check.check_upload(con, NEW_Q3, "q3b.xlsx", "projects", "2024Q3")
    before = db_snapshot(con)
    assert load_changes(con, checked.upload()) == EXPECTED
    assert db_snapshot(con) == before


def test_after_the_load_its_effect_is_what_the_preview_said(con):
    _history(con)
    result = uploads.load_upload(con, NEW_Q3, "q3b.xlsx", "projects", "2024Q3", "test")
    assert load_effect(con, result.upload_id) == EXPECTED


def test_undo_of_the_replacement_previews_the_way_back_and_of_a_replaced_one_nothing(con):
    first_q3 = _history(con)
    result = uploads.load_upload(con, NEW_Q3, "q3b.xlsx", "projects", "2024Q3", "test")
    back = [Change(c.quarter, c.figure, c.after, c.before) for c in EXPECTED]
    assert undo_changes(con, result.upload_id) == back
    assert undo_changes(con, first_q3) == []  # replaced: it does not count now
    assert [c.delta for c in back] == [40, 1, -50, -2]


def test_an_identical_file_is_recognised_as_the_counting_upload(con):
    first_q3 = _history(con)
    again = projects_xlsx(project_row("P-3", jobs=25))
    assert check.already_loaded(con, check.check_upload(con, again, "x.xlsx", "projects",
                                                        "2024Q3")) == first_q3
    assert check.already_loaded(con, check.check_upload(con, again, "x.xlsx", "projects",
                                                        "2024Q2")) is None
    assert check.already_loaded(con, check.check_upload(con, NEW_Q3, "x.xlsx", "projects",
                                                        "2024Q3")) is None


def test_a_contacts_file_previews_its_own_figure(con):
    header = ["Datum", "Bedrijf", "Land", "Sector", "Pijler", "Soort contact", "Kanaal"]
    rows = [[f"0{d}-07-2024", f"Acme {d}", "DE", "ICT", "Invest", "prospect", "beurs"]
            for d in (1, 2, 3)]
    data = make_xlsx({"Contacten": [header, *rows]})
    checked = check.check_upload(con, data, "c.xlsx", "contacts", "2024Q3")
    assert load_changes(con, checked.upload()) == [
        Change("2024Q3", "contacts", 0, 3)]


def test_every_headline_figure_has_its_words_in_both_languages():
    """The preview names each changes.FIGURES key as "one|many" in Dutch and English."""
    from tradeinvest.measure.changes import FIGURES
    from tradeinvest.texts import CATALOGUES

    for figure in FIGURES:
        for text in (CATALOGUES[lang][f"change_{figure}"] for lang in CATALOGUES):
            one, many = text.split("|")
            assert one and many
