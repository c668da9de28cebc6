"""Roles and the guard on data changes; the local users store (hashing, CLI, audit)."""

from __future__ import annotations

import io
import sys

import pytest
from conftest import db_snapshot, project_row, projects_xlsx

from tradeinvest import access, cli
from tradeinvest.loading import settings as reference_edits
from tradeinvest.loading import uploads
from tradeinvest.store import db as store_db
from tradeinvest.store import reference, users
from tradeinvest.texts import LANGUAGES, t

COORDINATOR = access.Principal("anna", access.COORDINATOR)
TEAM = access.Principal("tom", access.TEAM)
GOVERNOR = access.Principal("gerda", access.GOVERNOR)

# role x action -> allowed (the matrix, written out so a change to it shows here)
EXPECTED = {
    access.COORDINATOR: {a: True for a in access.ACTIONS},
    access.TEAM: {**{a: False for a in access.ACTIONS},
                  access.VIEW: True, access.VIEW_CONTACTS: True, access.REPORT: True,
                  access.SCORE: True},
    access.GOVERNOR: {**{a: False for a in access.ACTIONS},
                      access.VIEW: True, access.REPORT: True},
}


@pytest.mark.parametrize("role", list(access.ROLES))
@pytest.mark.parametrize("action", access.ACTIONS)
def test_role_matrix(role: str, action: str) -> None:
    assert access.allowed(role, action) is EXPECTED[role][action]


def test_unknown_roles_and_actions_are_refused() -> None:
    assert not access.allowed(None, access.VIEW)
    assert not access.allowed("admin", access.VIEW)
    assert not access.allowed(access.COORDINATOR, "drop_everything")
    with pytest.raises(access.AccessDenied):
        access.require(None, access.VIEW)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_a_refusal_names_role_and_action_in_the_catalogues_words(lang: str) -> None:
    """Roles and actions are named by the catalogue (role_<code>, action_<code>): every one
    has its own words, and the refusal says them in the page's language, Dutch by default."""
    for codes, prefix in ((access.ROLES, "role_"), (access.ACTIONS, "action_")):
        words = [t(prefix + code, lang) for code in codes]
        assert len(set(words)) == len(codes) and not any(w.startswith(prefix) for w in words)
    for role in (None, *access.ROLES):
        for action in access.ACTIONS:
            refused = access.AccessDenied(role, action)
            said = refused.text(lang)
            assert t(f"action_{action}", lang) in said
            assert role is None or access.role_label(role, lang) in said
            assert str(refused) == refused.text("nl")
    assert access.role_label("admin", lang) == "admin"


def test_every_data_change_of_the_app_has_its_action() -> None:
    assert access.action_of(uploads.load_upload) == access.UPLOAD
    assert access.action_of(uploads.undo_upload) == access.UNDO
    for fn in (reference_edits.replace_reference, reference_edits.update_settings,
               reference_edits.apply_target_path):
        assert access.action_of(fn) == access.SETTINGS
    # a store function nobody registered counts as a data change: coordinator only
    assert access.action_of(reference.seed_defaults) == access.CHANGE


def _changes(con, principal):
    """Each data change the app offers, as `state.write` runs it: through access.perform."""
    data = projects_xlsx(project_row())
    return {
        access.UPLOAD: lambda: access.perform(con, principal, uploads.load_upload, data,
                                              "p.xlsx", "projects", "2024Q3", principal.name,
                                              audit=reference.audit),
        access.UNDO: lambda: access.perform(con, principal, uploads.undo_upload, 1,
                                            principal.name, audit=reference.audit),
        access.SETTINGS: lambda: access.perform(con, principal, reference_edits.update_settings,
                                                {"on_track_share": 0.9}, principal.name,
                                                audit=reference.audit),
    }


@pytest.mark.parametrize("principal", [TEAM, GOVERNOR], ids=["team", "governor"])
@pytest.mark.parametrize("action", [access.UPLOAD, access.UNDO, access.SETTINGS])
def test_a_data_change_by_a_non_coordinator_is_refused_and_audited(con, principal, action):
    uploads.load_upload(con, projects_xlsx(project_row()), "p.xlsx", "projects", "2024Q3",
                        "anna")
    before = db_snapshot(con)
    with pytest.raises(access.AccessDenied, match="Niet toegestaan"):
        _changes(con, principal)[action]()
    after = db_snapshot(con)
    refused = [row for row in after["audit_log"] if row not in before["audit_log"]]
    assert [(r[1], r[2]) for r in refused] == [(principal.name, "refused")]
    assert action in refused[0][3]
    assert {k: v for k, v in after.items() if k != "audit_log"} == \
        {k: v for k, v in before.items() if k != "audit_log"}


def test_the_coordinator_changes_data_and_the_audit_log_names_them(con):
    changes = _changes(con, COORDINATOR)
    changes[access.UPLOAD]()
    changes[access.UNDO]()
    changes[access.SETTINGS]()
    log = con.execute("SELECT actor, action FROM audit_log ORDER BY logged_at").fetchall()
    assert log == [("anna", "upload"), ("anna", "undo"), ("anna", "settings")]


def test_password_hashes_are_salted_and_verify() -> None:
    first, second = users.hash_password("correct horse"), users.hash_password("correct horse")
    assert first != second
    assert "correct horse" not in first
    assert users.verify_password("correct horse", first)
    assert users.verify_password("correct horse", second)
    assert not users.verify_password("Correct horse", first)
    assert not users.verify_password("correct horse", None)
    assert not users.verify_password("correct horse", "plain text")


def test_users_store_never_holds_the_password_and_audits_sign_in(con, db_file):
    users.add_user(con, " Anna@Example.org ", access.TEAM, "a long password", "cli:test")
    stored = con.execute("SELECT username, role, password_hash FROM users").fetchall()
    assert stored[0][:2] == ("anna@example.org", "team")
    assert "a long password" not in stored[0][2]
    assert users.authenticate(con, "ANNA@example.org", "a long password") == \
        access.Principal("anna@example.org", access.TEAM, "local")
    assert users.authenticate(con, "anna@example.org", "wrong password") is None
    assert users.authenticate(con, "my secret password", "x") is None  # typed in name field
    log = con.execute("SELECT actor, action, detail FROM audit_log ORDER BY logged_at").fetchall()
    assert [(a, b) for a, b, _ in log] == [
        ("cli:test", "user_added"), ("anna@example.org", "sign_in"),
        ("anna@example.org", "sign_in_failed"), ("(onbekende naam)", "sign_in_failed")]
    assert not any("password" in str(row) or "secret" in str(row) for row in log)
    with pytest.raises(ValueError, match="minstens"):
        users.add_user(con, "bob", access.TEAM, "short", "cli:test")
    with pytest.raises(ValueError, match="onbekende rol"):
        users.add_user(con, "bob", "admin", "a long password", "cli:test")


def test_oidc_users_map_by_e_mail_and_unknown_addresses_are_refused(con):
    users.add_user(con, "gov@utrecht.nl", access.GOVERNOR, None, "cli:test")
    assert users.authenticate(con, "gov@utrecht.nl", "") is None  # no password: no local sign-in
    assert users.sign_in_oidc(con, "Gov@Utrecht.nl") == \
        access.Principal("gov@utrecht.nl", access.GOVERNOR, "oidc")
    assert users.sign_in_oidc(con, "stranger@example.org") is None
    actions = [r[0] for r in con.execute("SELECT action FROM audit_log ORDER BY logged_at")
               .fetchall()]
    assert actions == ["user_added", "sign_in_failed", "sign_in", "sign_in_failed"]


def test_users_command_line(db_file, capsys, monkeypatch):
    db = ["--db", str(db_file)]
    assert cli.main([*db, "users", "list"]) == 0
    assert "demomodus" in capsys.readouterr().out
    assert cli.main([*db, "users", "add", "Anna", "--role", "coordinator",
                     "--password", "a long password"]) == 0
    assert cli.main([*db, "users", "add", "gov@utrecht.nl", "--role", "governor",
                     "--oidc-only"]) == 0
    monkeypatch.setattr(sys, "stdin", io.StringIO(""))  # not a terminal: no prompt possible
    assert cli.main([*db, "users", "add", "tom", "--role", "team"]) == 2
    assert "--password" in capsys.readouterr().err
    assert cli.main([*db, "users", "list"]) == 0
    listed = capsys.readouterr().out
    assert "anna" in listed and "gov@utrecht.nl" in listed and "scrypt" not in listed
    assert "tom" not in listed
    assert cli.main([*db, "users", "remove", "anna"]) == 0
    assert cli.main([*db, "users", "remove", "anna"]) == 1


def _user_rows(db_file) -> list[tuple]:
    con = store_db.connect(db_file)
    try:
        return con.execute("SELECT username, role, password_hash FROM users").fetchall()
    finally:
        con.close()


def test_users_add_refuses_an_existing_name_and_users_set_changes_it(db_file, capsys):
    db = ["--db", str(db_file)]
    assert cli.main([*db, "users", "add", "anna", "--role", "coordinator",
                     "--password", "a long password"]) == 0
    before = _user_rows(db_file)
    capsys.readouterr()
    assert cli.main([*db, "users", "add", "Anna", "--role", "governor",
                     "--password", "another long password"]) == 2
    err = capsys.readouterr().err
    assert "bestaat al" in err and "users set" in err and err.count("\n") == 1
    assert _user_rows(db_file) == before  # role and password untouched

    assert cli.main([*db, "users", "set", "Anna", "--role", "team"]) == 0
    (name, role, hashed), = _user_rows(db_file)
    assert (name, role, hashed) == ("anna", "team", before[0][2])  # password kept
    assert cli.main([*db, "users", "set", "anna", "--password", "a new long password"]) == 0
    (_, role, hashed), = _user_rows(db_file)
    assert role == "team" and users.verify_password("a new long password", hashed)
    assert cli.main([*db, "users", "set", "anna", "--oidc-only"]) == 0
    assert _user_rows(db_file)[0][2] is None
    capsys.readouterr()
    assert cli.main([*db, "users", "set", "nobody", "--role", "team"]) == 1
    assert "geen gebruiker nobody" in capsys.readouterr().err
    assert cli.main([*db, "users", "set", "anna", "--password", "short"]) == 1

    con = store_db.connect(db_file)
    try:
        log = con.execute("SELECT actor, action, detail FROM audit_log WHERE action LIKE "
                          "'user_%' ORDER BY logged_at").fetchall()
    finally:
        con.close()
    assert [a for _, a, _ in log] == ["user_added", "user_changed", "user_changed",
                                      "user_changed"]
    assert all(actor.startswith("cli") for actor, _, _ in log)
    assert [d for _, _, d in log][1:] == [
        "anna: rol team", "anna: rol team, nieuw wachtwoord",
        "anna: rol team, alleen inloggen via organisatie-account"]
