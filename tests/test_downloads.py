"""Every CSV download, on every page, in both languages: a Dutch Excel opens it with the
headers the screen shows and the numbers as numbers (read back as Excel reads it)."""

from __future__ import annotations

import io
import re

import pandas as pd
import pytest

from tests.apptest import app, app_pages
from tradeinvest.reporting import csv_export
from tradeinvest.ui import widgets

SETTINGS = {"nl": {"sep": ";", "decimal": ","}, "en": {"sep": ",", "decimal": "."}}
CODE = re.compile(r"^[a-z0-9]+(_[a-z0-9]+)+$|^[a-z]$")  # new_jobs, iso2-like codes, "d"
NAME = re.compile(r"^[a-z][a-z0-9_]*$")  # share, gap, stage, through: an internal name
FORMATTED = re.compile("^[+\u2212-]?\\d[\\d.,\u202f ]*%?$|^–$")
MINUS = "\u2212"  # the screen's minus sign: Excel reads "−15" as text


def _walk(monkeypatch, lang: str) -> list[tuple[str, pd.DataFrame, dict | None, bytes]]:
    """Every page in `lang`, with the CSVs made: file name, the frame that went in, its labels
    and the bytes that came out."""
    made: list[tuple[str, pd.DataFrame, dict | None, bytes]] = []
    real, real_download = csv_export.to_csv, widgets.download
    offered = [""]  # the file name of the download being made

    def spy(frame, lang_="nl", labels=None):
        data = real(frame, lang_, labels)
        made.append((offered[0], frame, labels, data))
        return data

    def named(label, data, file_name, *args, **kwargs):
        offered[0] = file_name
        return real_download(label, data, file_name, *args, **kwargs)

    monkeypatch.setattr(csv_export, "to_csv", spy)
    monkeypatch.setattr(widgets, "download", named)
    at = app(taal=lang)
    for script, *_ in app_pages():
        at.switch_page(script)
        at.run()
        assert not at.exception, (script, [e.value for e in at.exception])
    return made


def _formatted(values: pd.Series) -> bool:
    """A text column holding numbers as the screen writes them ("227%", "+14", "−15", "–")."""
    texts = [str(v) for v in values if isinstance(v, str) and v.strip()]
    return any(t != "–" for t in texts) and all(FORMATTED.match(t) for t in texts)


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_every_csv_reads_back_with_screen_headers_and_numbers(app_db, monkeypatch, lang):
    made = _walk(monkeypatch, lang)
    assert len(made) >= 10  # charts and tables on the pages
    codes, minus, as_text = set(), [], []
    for name, frame, labels, data in made:
        back = pd.read_csv(io.BytesIO(data), encoding="utf-8-sig", **SETTINGS[lang])
        expected = list(csv_export.headers(list(frame.columns), lang, labels).values())
        assert list(back.columns) == expected
        if MINUS in "".join(data.decode("utf-8-sig").splitlines()[1:]):  # a header may say −
            minus.append(name)
        as_text += [(name, c) for c in frame.columns
                    if not pd.api.types.is_numeric_dtype(frame[c]) and _formatted(frame[c])]
        # no internal name as a header (share, gap, stage): every column has its label
        codes |= {h for c, h in zip(frame.columns, back.columns, strict=True)
                  if CODE.match(str(h)) or (h == c and NAME.match(h))}
        for column, header in zip(frame.columns, expected, strict=True):
            source = frame[column]
            if pd.api.types.is_numeric_dtype(source) and not pd.api.types.is_bool_dtype(source):
                assert pd.api.types.is_numeric_dtype(back[header]), (header, back[header])
                shown = source.astype("Float64").round(3).fillna(-1).tolist()
                read = back[header].astype("Float64").fillna(-1).tolist()
                assert read == pytest.approx(shown, abs=0.051), header
    assert not codes, " ".join(sorted(codes))
    assert not minus, minus  # numbers as numbers: never the screen's text "−15"
    assert not as_text, as_text  # nor "227%" or "+14": the download gets the numbers
    market = [d.decode("utf-8-sig").splitlines()[0] for n, *_, d in made
              if n == "banen_per_exportmarkt.csv"]
    assert market and all(("Exportmarkt" if lang == "nl" else "Export market") in h
                          and "herkomst" not in h and "origin" not in h for h in market)


def test_dutch_csv_has_decimal_commas_no_noise_and_inert_formulas():
    frame = pd.DataFrame({"company": ["=HYPERLINK(\"x\")", "+96 B.V."],
                          "fte": [450.90000000000003, 2.25],
                          "delta": [-3, 96], "investment_eur": [1000000.4, 2.0]})
    text = csv_export.to_csv(frame, "nl").decode("utf-8-sig").splitlines()
    assert text[0] == "Bedrijf;Fte;Verschil;Investering (€)"
    assert text[1] == '"\'=HYPERLINK(""x"")";450,9;-3;1000000'
    assert text[2].startswith("'+96 B.V.;2,2")  # text made inert, the number stays a number
    assert "−" not in "".join(text)
    english = csv_export.to_csv(frame, "en").decode("utf-8-sig").splitlines()
    assert english[0] == "Company,FTE,Change,Investment (€)"
    assert english[1].endswith(",450.9,-3,1000000")
