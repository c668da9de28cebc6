"""Upload problems speak the page's language (issue 14): every `problem_*` key the code uses is
in both catalogues with the fields the code fills in, and a bad file reads in English on the
English page and in Dutch on the Dutch one."""

from __future__ import annotations

import ast
import re
import string
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import PROJECT_HEADER, make_xlsx, project_row, projects_xlsx

from tests.apptest import ROOT, app
from tradeinvest.ingest import limits, schema
from tradeinvest.loading import check
from tradeinvest.reporting import report_xlsx
from tradeinvest.texts import CATALOGUES, LANGUAGES, t

PACKAGE = ROOT / "tradeinvest"
PROBLEM_KEYS = {k for k in CATALOGUES["nl"] if k.startswith("problem_")}
# Calls that take a problem key (first "problem_..." string) and its fields: Phrase(key,
# {fields}), Refusal/Refused(key, **fields), t(key, lang, **fields), Problem(..., key, ...,
# fields={fields}).
_KEYED_CALLS = {"Phrase", "Refusal", "Refused", "Problem", "t"}


def _fields(key: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(CATALOGUES["nl"][key])
            if name is not None}


def _sources() -> Iterator[tuple[Path, ast.Module]]:
    for path in sorted(PACKAGE.rglob("*.py")):
        if path.parent.name in LANGUAGES:  # the catalogues themselves (texts/nl/, texts/en/)
            continue
        yield path, ast.parse(path.read_text(encoding="utf-8"))


def _key_strings() -> Iterator[tuple[Path, str, bool]]:
    """(file, text, whole key?) of every "problem_..." string in the code; an f-string's
    constant start is a key family ("problem_label_{severity}")."""
    for path, tree in _sources():
        prefixes = set()
        for node in ast.walk(tree):
            if isinstance(node, ast.JoinedStr) and isinstance(node.values[0], ast.Constant):
                prefixes.add(id(node.values[0]))
                if str(node.values[0].value).startswith("problem_"):
                    yield path, node.values[0].value, False
        for node in ast.walk(tree):
            if (isinstance(node, ast.Constant) and isinstance(node.value, str)
                    and node.value.startswith("problem_") and id(node) not in prefixes
                    and node.value.replace("_", "").isalnum()):
                yield path, node.value, True


def _keyed_calls() -> Iterator[tuple[Path, int, str, set[str] | None]]:
    """(file, line, key, fields given) of each keyed call with a literal key; fields None where
    they are not written out (a dict built elsewhere, **kwargs)."""
    for path, tree in _sources():
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            name = getattr(node.func, "id", getattr(node.func, "attr", ""))
            keys = [a.value for a in node.args if isinstance(a, ast.Constant)
                    and isinstance(a.value, str) and a.value.startswith("problem_")]
            if name not in _KEYED_CALLS or not keys:
                continue
            yield path, node.lineno, keys[0], _given(name, node)


def _given(name: str, call: ast.Call) -> set[str] | None:
    if name in ("Refusal", "Refused", "t"):
        if any(k.arg is None for k in call.keywords):
            return None
        return {k.arg for k in call.keywords if k.arg}
    fields: ast.expr | None = call.args[1] if name == "Phrase" and len(call.args) > 1 else next(
        (k.value for k in call.keywords if k.arg == "fields"), None)
    if fields is None:
        return set()
    if isinstance(fields, ast.Dict) and all(isinstance(k, ast.Constant) for k in fields.keys):
        return {k.value for k in fields.keys}  # type: ignore[union-attr]
    return None


def test_every_problem_key_in_the_code_is_in_both_catalogues():
    found = list(_key_strings())
    assert len({text for _, text, _ in found}) > 50  # the walk sees the code
    for path, text, whole in found:
        for lang in LANGUAGES:
            keys = CATALOGUES[lang]
            assert (text in keys if whole else any(k.startswith(text) for k in keys)), (
                path.name, text, lang)


def test_every_problem_key_in_the_catalogue_is_used():
    whole = {text for _, text, is_whole in _key_strings() if is_whole}
    families = {text for _, text, is_whole in _key_strings() if not is_whole}
    unused = [k for k in PROBLEM_KEYS
              if k not in whole and not any(k.startswith(f) for f in families)]
    assert unused == []


def test_each_keyed_call_fills_in_exactly_the_fields_of_its_text():
    calls = list(_keyed_calls())
    checked = [(p.name, line, key, given) for p, line, key, given in calls if given is not None]
    assert len(checked) > 40
    for name, line, key, given in checked:
        assert given == _fields(key), (name, line, key)


def test_each_number_limit_has_its_refusal_in_both_languages():
    for column in (c for spec in schema.KINDS.values() for s in spec for c in s.columns
                   if c.limit is not None):
        phrase = limits.too_large(column, limits.maximum(column, {}))
        for lang in LANGUAGES:
            text = phrase.text(lang)
            assert text.startswith(t("problem_too_large", lang).split(";")[0]), (column, lang)
            assert "{" not in text and "problem_" not in text


def test_a_problem_reads_in_either_language_and_the_cli_line_stays_dutch(con):
    data = make_xlsx({"Projecten": [[*PROJECT_HEADER, "Extra"],
                                    [*project_row(country="Duitsand", date="15-08-2024"), 1]]})
    problems = check.check_upload(con, data, "p.xlsx", "projects", "2024Q3").problems
    error = next(p for p in problems if p.severity == "error")
    assert str(error) == ("FOUT: p.xlsx, blad 'Projecten', rij 2, kolom 'Land': onbekend land; "
                          "bedoelde u Duitsland? Gebruik anders de Nederlandse of Engelse naam "
                          "of een ISO-code zoals DE (waarde: 'Duitsand')")
    assert error.line("en") == ("ERROR: p.xlsx, sheet 'Projecten', row 2, column 'Land': "
                                "unknown country; did you mean Duitsland? Otherwise use the Dutch "
                                "or English name or an ISO code such as DE (value: 'Duitsand')")
    warning = next(p for p in problems if p.severity == "warning")
    assert warning.text("nl") == "kolom 'Extra' wordt genegeerd (onbekende kolom)"
    assert warning.text("en") == "column 'Extra' is ignored (unknown column)"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_a_bad_upload_shows_its_errors_in_the_page_language(app_db, lang):
    at = app("upload", taal=lang)
    bad = projects_xlsx(project_row(country="Duitsand", date="15-12-2025"),
                        project_row("P-2", date="15-12-2025", jobs="veel"))
    at.file_uploader[0].set_value(("fout_2025Q4.xlsx", bad, report_xlsx.XLSX_MIME)).run()
    assert not at.exception, [e.value for e in at.exception]
    table = at.dataframe[0].value
    assert list(table.columns) == [t(f"problem_col_{c}", lang) for c in
                                   ("severity", "file", "sheet", "row", "column", "value",
                                    "message")]
    messages = table[t("problem_col_message", lang)].tolist()
    assert messages == [t("problem_unknown_country_meant", lang, meant="Duitsland"),
                        t("problem_not_a_number", lang)]
    assert set(table[t("problem_col_severity", lang)]) == {t("problem_severity_error", lang)}
    other = t("problem_not_a_number", "en" if lang == "nl" else "nl")
    assert other not in messages  # the two languages differ, so the check can fail

    at.file_uploader[0].set_value(("leeg_2025Q4.xlsx", b"", report_xlsx.XLSX_MIME)).run()
    shown = [re.sub(r"\\(.)", r"\1", e.value) for e in at.error]  # markdown escapes undone
    assert t("problem_file_empty", lang) in shown
