"""Open the app in AppTest the way a user does: the entry script, then a page."""

from __future__ import annotations

from pathlib import Path

from streamlit.testing.v1 import AppTest

ROOT = Path(__file__).resolve().parents[1]


def app(page: str | None = None, **params: str) -> AppTest:
    """app.py with URL `params`, switched to pages/`page`.py (None: the Overview); no errors."""
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=120)
    for key, value in params.items():
        at.query_params[key] = value
    at.run()
    if page:
        at.switch_page(f"pages/{page}.py")
        at.run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def metrics(at: AppTest) -> dict[str, str]:
    return {metric.label: metric.value for metric in at.metric}


def app_pages() -> list[tuple[str, str, str, str]]:
    """app.PAGES (script, title key, icon, URL path), read without running app.py (importing
    it would start the app outside Streamlit)."""
    import ast

    tree = ast.parse((ROOT / "app.py").read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(getattr(t, "id", "") == "PAGES"
                                                for t in node.targets):
            return [tuple(row) for row in ast.literal_eval(node.value)]
    raise LookupError("PAGES not found in app.py")


def sign_in(at: AppTest, name: str, password: str) -> AppTest:
    """Fill the local sign-in form shown by app.py and send it."""
    at.text_input(key="signin_name").input(name)
    at.text_input(key="signin_password").input(password)
    at.button[0].click()
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    return at
