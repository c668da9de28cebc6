"""Every text a user reads comes from the catalogue (tradeinvest/texts): no page, ui module or
the app entry point writes a Dutch/English pair of its own (`"…" if nl else "…"`, or a
`_t(lang, "…", "…")` of its own), and none writes a Dutch sentence in place of a catalogue
lookup (a page, ui, reporting, loading or command-line module)."""

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


# i14j: Dutch written in place of a catalogue lookup. A constant reads as a Dutch sentence when
# it has a space and one of these common words; the catalogue (tradeinvest/texts) is not
# scanned, and neither are docstrings, SQL or what only the audit log / a logger records.
DUTCH_WORDS = ("niet", "het", "een", "van", "de", "voor", "geen", "kies", "bestand", "kwartaal",
               "opgeslagen", "moet", "zijn", "wordt", "bestaat", "gebruiker", "wachtwoord",
               "geladen", "ongedaan", "rijen", "gewist")
_DUTCH = re.compile(rf"\b({'|'.join(DUTCH_WORDS)})\b", re.IGNORECASE)
_SQL = re.compile(r"^\s*\(?\s*(SELECT|INSERT|UPDATE|DELETE|CREATE|DROP|WITH|ALTER|ATTACH|"
                  r"DETACH|COPY|FROM|WHERE|JOIN|UNION|SET|AND|OR|ORDER|GROUP)\b")
_LOGGERS = {"log", "logger", "logging", "_log", "LOG"}


def _docstrings(tree: ast.AST) -> set[int]:
    """The ids of the docstring constants (module, class, function)."""
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef):
            first = node.body[0] if node.body else None
            if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant):
                found.add(id(first.value))
    return found


def _is_log_call(node: ast.AST) -> bool:
    """`audit(...)`, `reference.audit(...)` or `logger.info(...)`: text for the log only."""
    if not isinstance(node, ast.Call):
        return False
    func = node.func
    name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", "")
    owner = getattr(getattr(func, "value", None), "id", "")
    return name == "audit" or owner in _LOGGERS


def _texts(node: ast.AST, skipped: set[int]) -> list[str]:
    """The string constants under `node` (an f-string as its literal parts joined), leaving
    out docstrings and what a log call records."""
    if id(node) in skipped or _is_log_call(node):
        return []
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return [node.value]
    if isinstance(node, ast.JoinedStr):
        return ["".join(v.value if isinstance(v, ast.Constant) else "{}" for v in node.values)]
    return [text for child in ast.iter_child_nodes(node) for text in _texts(child, skipped)]


def dutch_literals(source: str) -> list[str]:
    """The constants in `source` that read as Dutch for a user (see DUTCH_WORDS)."""
    tree = ast.parse(source)
    return [text for text in _texts(tree, _docstrings(tree))
            if " " in text.strip() and _DUTCH.search(text) and not _SQL.match(text)]


def test_the_dutch_check_finds_a_sentence_and_passes_code_sql_and_logs():
    assert dutch_literals('st.error("Het bestand is niet gelezen")')
    assert dutch_literals('x = f"{n} uploads voor dit kwartaal"')
    assert not dutch_literals('x = t("file_not_read", lang)')
    assert not dutch_literals('"""Een docstring van de module."""\nx = 1')
    assert not dutch_literals('con.execute("SELECT * FROM uploads WHERE kind = ?")')
    assert not dutch_literals('audit(cur, user, "settings", f"doelpad {note}: de regels")')
    assert not dutch_literals('logger.info("geen verbinding")')
    assert not dutch_literals('x = "Sign in with your e-mail address"')


def test_no_module_that_shows_words_writes_dutch_of_its_own():
    offenders = [f"{path.relative_to(ROOT)}: {text[:70]!r}" for path in SHOWN
                 for text in dutch_literals(path.read_text(encoding="utf-8"))]
    assert not offenders, ("Dutch outside the catalogue (tradeinvest/texts):\n"
                           + "\n".join(offenders))
