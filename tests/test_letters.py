"""The pre-filled confirmation letter (issue 17, item 2): generated for a counted project,
opened with pypdf, its text holds the company, the project's figures and every question with
its options, in Dutch and in English; it names no person."""

from __future__ import annotations

import datetime as dt
import io

import pypdf
import pytest
from factories import load

from tradeinvest.measure.confirmations import BAND_MIDPOINT, letter_facts
from tradeinvest.reporting import fmt
from tradeinvest.reporting.letters import confirmation_letter, letter_file_name
from tradeinvest.texts import LANGUAGES, t


@pytest.fixture
def project(con):
    """Köhler Präzision GmbH lands 15 May 2024 with 45 jobs and € 2.5 m; before it the team
    had two contacts with the company (spelled once without the legal form) and a bidbook."""
    load(con, "2024Q1", contacts=[{"company": "Köhler Präzision GmbH"},
                                  {"company": "Kohler Prazision"},
                                  {"company": "Someone Else BV"}])
    load(con, "2024Q1", bidbooks=[{"company": "Köhler Präzision GmbH"}])
    load(con, "2024Q2", projects=[{"reference": "P-24-07", "company": "Köhler Präzision GmbH",
                                   "new_jobs": 45.0, "investment_eur": 2_500_000.0,
                                   "date_realised": dt.date(2024, 5, 15)}])
    return con


def _text(pdf: bytes) -> str:
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    return " ".join(" ".join((page.extract_text() or "").split()) for page in reader.pages)


def test_the_facts_count_the_effort_before_landing(project):
    facts = letter_facts(project, "p-24-07")
    assert (facts["contacts"], facts["bidbooks"], facts["leads"]) == (2, 1, 0)
    assert letter_facts(project, "NOPE") is None


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_letter_holds_the_project_and_every_question(project, lang):
    facts = letter_facts(project, "P-24-07")
    text = _text(confirmation_letter(facts, lang, {"DE": "Land-DE"}))
    expected = ["Köhler Präzision GmbH", "P-24-07", fmt.number(45, 0, lang),
                fmt.euro(2_500_000, lang), fmt.date(facts["d"].date(), lang), "Land-DE",
                t("letter_contribution_text", lang, contacts=2, bidbooks=1, leads=0),
                t("letter_title", lang)]
    questions = ["letter_q_confirm", "letter_confirm", "letter_dispute", "letter_q_band",
                 "letter_q_prerequisite", "letter_q_faster", "letter_yes", "letter_no",
                 *(f"band_{b}" for b in BAND_MIDPOINT)]
    expected += [t(k, lang) for k in questions]
    missing = [e for e in expected if " ".join(e.split()) not in text]
    assert not missing, (missing, text)
    other = "en" if lang == "nl" else "nl"
    assert t("letter_q_band", other) not in text


def test_the_file_name_is_safe():
    assert letter_file_name("P/24 07", "en") == "confirmation_P_24_07.pdf"
    assert letter_file_name("P-1", "nl") == "bevestiging_P-1.pdf"
