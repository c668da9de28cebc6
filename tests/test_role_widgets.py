"""Every page of app.PAGES for every role (AppTest): a role is shown an input widget only
where it may act, so a governor sees no upload, no settings, no weights or plans editor.

The ground truth is the server's guard, not a list kept here: every data change passes
`access.perform`, which asks `access.action_of` which action it is. So each button a role is
shown is pressed, and the actions the server was asked for must all be the role's
(`access.allowed`); and a role whose actions change nothing (`READ_ONLY`) sees no input widget
at all. Selectboxes, radios, sliders and checkboxes outside a form only choose what is shown;
inside a form they are part of its input (the form counts).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from tests.apptest import ROOT, app_pages, sign_in
from tradeinvest import access
from tradeinvest.store import db, users
from tradeinvest.ui import auth

PASSWORD = "a long role password"
READ_ONLY = frozenset({access.VIEW, access.VIEW_CONTACTS, access.REPORT})  # change nothing
INPUTS = ("button", "file_uploader", "data_editor", "text_input", "text_area", "number_input",
          "date_input", "time_input", "datetime_input", "color_picker", "chat_input",
          "camera_input", "audio_input", "feedback", "form")
VIEWS = ({"jaar": "2024"}, {"jaar": "2024", "land": "DE"})  # list and country drill-down
ROLES = tuple(access.MATRIX)


def input_widgets(at: AppTest) -> list[str]:
    """The page's input widgets (main area; the sidebar holds filters and sign-out)."""
    return [f"{kind} {getattr(w, 'key', None) or getattr(w, 'label', '')}".strip()
            for kind in INPUTS for w in at.main.get(kind)]


def _opened(at: AppTest, script: str) -> bool:
    """Switch to `script`; False when the role's navigation has no such page."""
    try:
        at.switch_page(script)
    except ValueError as exc:
        assert "Could not find a navigation page" in str(exc)
        return False
    at.run()
    assert not at.exception, (script, [e.value for e in at.exception])
    return True


def _pages_of(role: str, view: dict[str, str]) -> Iterator[tuple[str, str, AppTest | None]]:
    """(script, URL path, the signed-in app on that page or None if not in the navigation)."""
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=120)
    for key, value in view.items():
        at.query_params[key] = value
    sign_in(at.run(), role, PASSWORD)
    for script, _key, _icon, path in app_pages():
        yield script, path, at if _opened(at, script) else None


@pytest.fixture
def role_db(app_db: Path) -> Path:
    """The sample database with one user per role, named after the role."""
    con = db.connect(app_db)
    try:
        for role in ROLES:
            users.add_user(con, role, role, PASSWORD, "test")
    finally:
        con.close()
    return app_db


@pytest.fixture
def asked(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The actions the server's guard is asked for (every data change goes through it)."""
    seen: list[str] = []
    real = access.action_of

    def action_of(fn):  # noqa: ANN001, ANN202 - same signature as access.action_of
        seen.append(real(fn))
        return seen[-1]

    monkeypatch.setattr(access, "action_of", action_of)
    return seen


@pytest.mark.parametrize("view", VIEWS, ids=lambda v: "+".join(f"{k}={x}" for k, x in v.items()))
@pytest.mark.parametrize("role", ROLES)
def test_a_role_sees_input_widgets_only_where_it_may_act(role_db, asked, role, view):
    may_change = access.MATRIX[role] - READ_ONLY
    wrong: list[str] = []
    for script, path, at in _pages_of(role, view):
        may_open = access.allowed(role, auth.PAGE_ACTIONS.get(path, access.VIEW))
        if (at is not None) != may_open:
            wrong.append(f"{script}: in the navigation {at is not None}, may open {may_open}")
        if at is None:
            continue
        shown = input_widgets(at)
        if not may_change and shown:
            wrong.append(f"{script}: {role} may change nothing but is shown {shown}")
        if may_change != access.MATRIX[access.COORDINATOR] - READ_ONLY:
            wrong += _press_every_button(at, script, role, asked)
    assert not wrong, "\n".join(wrong)


def _press_every_button(at: AppTest, script: str, role: str, asked: list[str]) -> list[str]:
    """Press each button of the page on a fresh view of it; list the actions the server was
    asked for that `role` does not have (the widget should not have been shown)."""
    wrong = []
    for i in range(len(at.main.button)):
        at.switch_page(script)
        at.run()
        if i >= len(at.main.button):
            break
        button = at.main.button[i]
        before = len(asked)
        button.click()
        at.run()
        refused = sorted({a for a in asked[before:] if not access.allowed(role, a)})
        if refused:
            wrong.append(f"{script}: {role} is shown {button.key or button.label!r}, which "
                         f"asks for {refused}")
    return wrong


def test_the_check_sees_the_coordinators_input_widgets(role_db):
    """The widget inventory is not blind: the coordinator's upload and settings inputs."""
    shown = {script: input_widgets(at) for script, _path, at in
             _pages_of(access.COORDINATOR, VIEWS[0]) if at is not None}
    assert any(w.startswith("file_uploader") for w in shown["pages/upload.py"])
    assert any(w.startswith("data_editor") for w in shown["pages/settings.py"])
    assert any(w.startswith("form") for w in shown["pages/settings.py"])
    assert any(w.startswith("number_input yard_w") for w in shown["pages/yardstick.py"])


def test_the_check_sees_the_servers_guard(role_db, asked):
    """Pressing the team's yardstick buttons reaches `access.action_of` (else the press check
    would pass blind): saving the opportunities' decisions is a SCORE."""
    for script, _path, at in _pages_of(access.TEAM, VIEWS[0]):
        if script == "pages/yardstick.py":
            assert not _press_every_button(at, script, access.TEAM, asked)
    assert access.SCORE in asked
