"""English is complete: with English chosen, every page (app.PAGES) shows no Dutch.

The detector is built from the app's own Dutch texts: each `"…" if nl else "…"` pair and each
`_t(lang, "…", "…")` in the code, the text catalogues (CSV headers included) and the vocabulary
give Dutch words that do not occur on the English side; common Dutch words are added. Data
values (company, mission and event names, places, file names, user names) are proper names:
every text value stored in the database is blanked out before a text is checked.
"""

from __future__ import annotations

import ast
import json
import re
from pathlib import Path

import duckdb
import pytest

from tests.apptest import ROOT, app, app_pages
from tradeinvest import vocab
from tradeinvest.reporting import charts
from tradeinvest.reporting.labels import label
from tradeinvest.texts import CATALOGUES

COMMON_DUTCH = {"het", "een", "niet", "geen", "voor", "naar", "met", "bij", "uit", "ook", "nog",
                "zijn", "wordt", "worden", "alle", "deze", "dit", "dat", "wat", "hier", "jaar",
                "kwartaal", "banen", "nieuwe", "gegevens", "bestand", "opslaan", "doel",
                "waarvan", "vorig", "t/m", "landen", "missies", "en", "van",
                "de", "op"}
ENGLISH_TOO = {"leads", "of", "in", "is", "over", "per", "ICT", "trade", "invest", "status",
               "sector", "partner", "indicator", "export", "fact-finding", "trips", "bidbooks",
               "gaming",
               "life", "sciences", "health", "agrifood", "flex", "support", "brexit", "ema",
               "fte", "q1", "q2", "q3", "q4", "a", "b", "c", "d", "e-mail", "plan",
               "start", "demo", "team", "upload"}
WORD = re.compile(r"(?<!\w)[A-Za-zÀ-ÿ][A-Za-zÀ-ÿ'/-]*(?!\w)")
BILINGUAL = {"Taal / Language", "Nederlands"}  # the language switch: each language in its own


def _words(text: str) -> set[str]:
    """Lower-case words; codes such as DE or ICT (all capitals, short) are not words."""
    return {w.lower() for w in WORD.findall(text) if not (w.isupper() and len(w) <= 3)}


def _pairs_in_code() -> list[tuple[str, str]]:
    """(Dutch, English) string pairs written in the code: `a if nl else b` and `_t(lang, a, b)`."""
    pairs = []
    files = [*ROOT.glob("pages/*.py"), *ROOT.glob("tradeinvest/**/*.py"), ROOT / "app.py"]
    for path in files:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            sides = None
            if isinstance(node, ast.IfExp) and "nl" in ast.unparse(node.test):
                sides = (node.body, node.orelse)
            elif (isinstance(node, ast.Call) and getattr(node.func, "id", "") == "_t"
                  and len(node.args) == 3):
                sides = (node.args[1], node.args[2])
            if sides:
                texts = [" ".join(c.value for c in ast.walk(s) if isinstance(c, ast.Constant)
                                  and isinstance(c.value, str)) for s in sides]
                pairs.append((texts[0], texts[1]))
    return pairs


def dutch_words() -> set[str]:
    catalogue = ((text, CATALOGUES["en"][key]) for key, text in CATALOGUES["nl"].items())
    pairs = [*_pairs_in_code(), *catalogue,
             *((t.nl, t.en) for terms in vars(vocab).values()
               if isinstance(terms, tuple) and terms and isinstance(terms[0], vocab.Term)
               for t in terms)]
    dutch = set().union(*(_words(nl) for nl, _ in pairs))
    english = set().union(*(_words(en) for _, en in pairs))
    return {w for w in (dutch - english) | COMMON_DUTCH
            if len(w) > 1 and w not in {e.lower() for e in ENGLISH_TOO}}


# Columns of free text the coordinator's files or edits supply (not codes, not app texts: the
# settings' notes and the countries' Dutch names are the app's words and must be English).
FREE_TEXT = {"company", "name", "title", "event", "place", "staff", "organised_by", "partners",
             "topic", "regions", "activities", "team", "note", "line", "city", "led_by",
             "reason", "file_name", "municipality", "intermediate_company", "evidence",
             "reference", "mission_reference", "username", "uploaded_by",
             "header", "raw",  # a file's own headers and values as typed (upload_origins)
             "label_nl", "synonyms"}  # the evidence checklist's Dutch name and synonyms


def data_values(db_path: Path) -> list[str]:
    """Every free text stored in the database (names, places, notes): proper names and data,
    not UI text."""
    con = duckdb.connect(str(db_path), read_only=True)
    try:
        columns = con.execute("SELECT table_name, column_name FROM information_schema.columns "
                              "WHERE data_type = 'VARCHAR' AND table_name <> 'settings'"
                              ).fetchall()
        values: set[str] = set()
        for table, column in columns:
            if column not in FREE_TEXT:
                continue
            values |= {v for (v,) in con.execute(f'SELECT DISTINCT "{column}" FROM "{table}"')
                       .fetchall() if isinstance(v, str) and len(v) > 2}
    finally:
        con.close()
    return sorted(values, key=len, reverse=True)


def _figure_texts(spec: str) -> list[str]:
    fig = json.loads(spec)
    layout = fig.get("layout", {})
    out = [str(layout.get("title", {}).get("text", ""))]
    for axis in ("xaxis", "yaxis"):
        out.append(str(layout.get(axis, {}).get("title", {}).get("text", "")))
    for trace in fig.get("data", []):
        out += [str(trace.get("name", "")), *map(str, trace.get("labels", []) or [])]
    return out


def visible_texts(at) -> list[str]:
    """What a reader sees: headings, text, messages, widget labels and options, table headers
    and text cells, chart titles, axis titles, legends and treemap labels."""
    texts: list[str] = []
    for kind in ("title", "header", "subheader", "markdown", "caption", "info", "success",
                 "warning", "error", "text", "exception"):
        texts += [str(e.value) for e in getattr(at, kind)]
    for m in at.metric:
        texts += [m.label, str(m.value), str(m.proto.body)]
    for kind in ("button", "checkbox", "toggle", "number_input", "text_input", "text_area",
                 "date_input", "slider", "select_slider", "color_picker"):
        texts += [str(e.label) for e in getattr(at, kind)]
    for kind in ("selectbox", "radio", "multiselect"):
        for e in getattr(at, kind):
            texts += [str(e.label), *map(str, e.options)]
    texts += [e.label for e in at.expander] + [e.label for e in at.tabs]
    for e in at.get("download_button"):
        texts.append(e.proto.label)
    for frame in at.dataframe:
        config = json.loads(frame.proto.columns or "{}")
        names = {str(k): v.get("label") for k, v in config.items() if isinstance(v, dict)}
        value = frame.value
        texts += [names.get(str(c)) or str(c) for c in value.columns]
        for column in value.columns:
            if value[column].dtype == object or str(value[column].dtype).startswith("str"):
                options = config.get(str(column), {}).get("type_config", {}).get("options", [])
                shown = {o["value"]: o["label"] for o in options if isinstance(o, dict)}
                texts += [str(shown.get(v, v)) for v in value[column].dropna().head(200)]
    for chart in at.get("plotly_chart"):
        texts += _figure_texts(chart.proto.spec)
    return texts


def dutch_left(texts: list[str], names: list[str], words: set[str]) -> dict[str, str]:
    found: dict[str, str] = {}
    for text in texts:
        if text in BILINGUAL:
            continue
        cleaned = text
        for name in names:
            if name in cleaned:
                cleaned = cleaned.replace(name, " ")
        hits = _words(cleaned) & words
        if hits:
            found[text[:120]] = ", ".join(sorted(hits))
    return found


def test_the_detector_knows_dutch_and_passes_english():
    words = dutch_words()
    assert {"banen", "nieuwe", "gerealiseerd", "opslaan", "kwartaal"} <= words
    assert not _words("New jobs by country of origin, Realised, Save, Quarter") & words


def test_every_page_in_english_has_no_dutch_left(app_db):
    words, names = dutch_words(), data_values(app_db)
    at = app(taal="en")
    found: dict[str, dict[str, str]] = {}
    for script, *_ in app_pages():
        at.switch_page(script)
        at.run()
        assert not at.exception, (script, [e.value for e in at.exception])
        left = dutch_left(visible_texts(at), names, words)
        if left:
            found[script] = left
    assert not found, json.dumps(found, indent=1, ensure_ascii=False)


def test_the_sector_treemap_keeps_its_theme_colours_in_english():
    import pandas as pd

    frame = pd.DataFrame({"theme": ["groen", "slim"], "sector": ["cleantech", "ict"],
                          "new_jobs": [5, 7]})
    colours = {}
    for lang in ("nl", "en"):
        shown = frame.assign(theme_label=[label("theme", c, lang) for c in frame["theme"]],
                             sector_label=[label("sector", c, lang) for c in frame["sector"]])
        fig = charts.treemap(shown, "theme_label", "sector_label", "new_jobs", "t", lang)
        colours[lang] = list(fig.data[0].marker.colors[:2])
    assert colours["en"] == colours["nl"]
    assert charts.GREY not in colours["en"]


@pytest.mark.parametrize("lang", ["en"])
def test_switching_language_relabels_the_chosen_sidebar_values_at_once(app_db, lang):
    at = app(land="DE")
    at.run()
    assert not at.selectbox(key="f_country").proto.set_value  # a plain rerun sends no value
    at.radio(key="f_lang").set_value(lang).run()
    box = at.selectbox(key="f_country")
    assert box.value == "DE"
    # The browser shows what the script sends: the new options and, now, the value again.
    assert box.proto.set_value and box.proto.raw_value == "Germany"
    assert "Germany" in box.proto.options


def test_settings_show_words_and_whole_years_not_codes(app_db):
    at = app("settings", taal="en")
    boxes = {box.label: box for box in at.number_input}
    year = boxes["Year of the baseline"]
    assert year.value == 2016 and year.proto.format == "%d"
    assert boxes["On track from this share of the (pro-rated) target"].proto.format == "%.2f"
    shown = set()
    for frame in at.dataframe:
        config = json.loads(frame.proto.columns or "{}")
        shown |= {v.get("label") for v in config.values() if isinstance(v, dict)}
        shown |= {o["label"] for v in config.values() if isinstance(v, dict)
                  for o in v.get("type_config", {}).get("options", []) if isinstance(o, dict)}
    assert {"New direct jobs", "Country", "reactive", "Budget line"} <= shown
    assert not {"new_jobs", "iso2"} & shown


def test_every_setting_has_its_label_in_both_languages():
    """A setting added to the defaults without a label would show its Dutch description (or
    its code) on the English Settings page."""
    from tradeinvest.reference_data import DEFAULT_SETTINGS
    from tradeinvest.ui.reference_labels import setting_label

    for key in DEFAULT_SETTINGS:
        nl, en = setting_label(key, "nl"), setting_label(key, "en")
        assert nl and en and nl != en, key


def _placeholders(at) -> list[str]:
    """Sidebar select boxes whose value is sent empty: the browser then shows Streamlit's
    own placeholder ("Choose an option", English in a Dutch app) instead of the choice."""
    return [box.label for box in at.sidebar.selectbox
            if box.proto.set_value and not box.proto.HasField("raw_value")]


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_no_sidebar_box_shows_streamlit_s_placeholder(app_db, lang):
    """Every page on its first run, after a switch of language, and after a year the data
    no longer holds (the year and quarter are reset)."""
    other = {"nl": "en", "en": "nl"}[lang]
    for script, *_ in app_pages():
        at = app(Path(script).stem, taal=lang, jaar="1999", kwartaal="2", land="DE")
        assert not _placeholders(at), script
        at.radio(key="f_lang").set_value(other).run()
        assert not _placeholders(at), script
