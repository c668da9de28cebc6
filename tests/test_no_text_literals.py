"""Every text a user reads comes from the catalogue (tradeinvest/texts): no page, ui module or
the app entry point writes a Dutch/English pair of its own (`"…" if nl else "…"`, or a
`_t(lang, "…", "…")` of its own)."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
# Every module that shows or prints words: pages, ui, reporting (charts, report, formats),
# loading and the command line.
SHOWN = sorted([*ROOT.glob("pages/*.py"), *ROOT.glob("tradeinvest/ui/*.py"), ROOT / "app.py",
                *ROOT.glob("tradeinvest/reporting/*.py"), *ROOT.glob("tradeinvest/loading/*.py"),
                *ROOT.glob("tradeinvest/cli*.py")])

COLUMN = re.compile(r"[a-z0-9]+(_[a-z0-9]+)+")  # snake_case: a column or key, not a text


def _has_text(node: ast.AST) -> bool:
    """A string constant with a letter in it (not a language code, not a column name such
    as "name_nl")."""
    return any(isinstance(c, ast.Constant) and isinstance(c.value, str)
               and len(c.value) > 2 and any(ch.isalpha() for ch in c.value)
               and not COLUMN.fullmatch(c.value)
               for c in ast.walk(node))


def _is_pair(node: ast.AST) -> bool:
    if isinstance(node, ast.IfExp):
        test = ast.unparse(node.test)
        return ("nl" in test or "lang" in test) and _has_text(node.body) \
            and _has_text(node.orelse)
    return (isinstance(node, ast.Call) and getattr(node.func, "id", "") == "_t"
            and sum(_has_text(a) for a in node.args) >= 2)


def language_pairs(source: str) -> list[str]:
    """The language pairs written in `source`: `a if <language test> else b` whose both
    sides hold words, and `_t(lang, a, b)` calls."""
    return [ast.unparse(node)[:80] for node in ast.walk(ast.parse(source)) if _is_pair(node)]


def test_the_check_finds_a_pair_and_passes_a_catalogue_lookup():
    assert language_pairs('x = "Nieuwe banen" if nl else "New jobs"')
    assert language_pairs('x = f"{n} dit kwartaal" if lang == "nl" else f"{n} this quarter"')
    assert language_pairs('x = _t(lang, "Uitloggen", "Sign out")')
    assert language_pairs('x = "Jaar" if nl else "Year"')
    assert not language_pairs('x = t("new_jobs", lang)')
    assert not language_pairs('x = table["name_nl" if lang == "nl" else "name_en"]')


@pytest.mark.parametrize("path", SHOWN, ids=lambda p: str(p.relative_to(ROOT)))
def test_no_page_or_ui_module_writes_its_own_language_pair(path):
    assert not language_pairs(path.read_text(encoding="utf-8"))
