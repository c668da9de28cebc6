"""A pre-filled confirmation letter per project, as a PDF to print or send (issue 17, item 2).

The letter asks the company, not a person, to confirm or dispute the team's support and to
answer the counterfactual question in the bands of `store.confirmations.BANDS` (the share it
would have achieved without help), whether the support was a prerequisite and whether it went
faster. It shows the project as counted: company, landing date, kind, country, expected new
jobs, investment (contract value for an export contract) and the team's recorded effort with
the company (`measure.confirmations.letter_facts`). No person is named. fpdf2 writes it with
the report's font (`report_pdf.body_font`); no browser is needed.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from tradeinvest.measure.confirmations import BAND_MIDPOINT
from tradeinvest.reporting import fmt, labels
from tradeinvest.reporting.report_pdf import MARGIN_MM, _Writer, body_font
from tradeinvest.texts import t

BOX_MM = 3.6     # a tick box's side
LINE_MM = 6.0    # the height of one answer line


def letter_file_name(reference: str, lang: str) -> str:
    """The download's file name: the reference made safe for a file system."""
    safe = "".join(ch if ch.isalnum() or ch in "-_" else "_" for ch in reference)
    return f"{t('letter_file', lang)}_{safe}.pdf"


def _money(facts: dict[str, Any], lang: str) -> tuple[str, str]:
    """(label, value): the investment, or the contract value of an export contract."""
    trade = facts.get("pillar") == "trade"
    key, value = (("letter_contract_value", facts.get("contract_value_eur")) if trade
                  else ("letter_investment", facts.get("investment_eur")))
    return t(key, lang), (t("letter_not_given", lang) if value is None
                          else fmt.euro(value, lang))


def _rows(facts: dict[str, Any], lang: str, countries: dict[str, str] | None
          ) -> list[tuple[str, str]]:
    """The project's figures as (label, value) lines."""
    landed = facts["d"]
    landed = landed.date() if isinstance(landed, dt.datetime) else landed
    return [
        (t("letter_reference", lang), str(facts["reference"])),
        (t("letter_company", lang), str(facts["company"])),
        (t("letter_landed", lang), fmt.date(landed, lang)),
        (t("letter_kind", lang), labels.label("project_kind", facts["project_kind"], lang)),
        (t("letter_country", lang), labels.label("country", facts["country"], lang, countries)),
        (t("letter_new_jobs", lang), fmt.number(facts["new_jobs"], 0, lang)),
        _money(facts, lang),
        (t("letter_contribution", lang), t(
            "letter_contribution_text", lang, contacts=facts.get("contacts", 0),
            bidbooks=facts.get("bidbooks", 0), leads=facts.get("leads", 0))),
    ]


def _facts_table(w: _Writer, rows: list[tuple[str, str]]) -> None:
    pdf = w.pdf
    pdf.set_font(w.family, size=10)
    with pdf.table(col_widths=(0.44, 0.56), text_align="LEFT", line_height=5.5,
                   first_row_as_headings=False, padding=(0.8, 1.5)) as tbl:
        for label, value in rows:
            row = tbl.row()
            row.cell(w.text(label))
            row.cell(w.text(value))
    pdf.ln(4)


def _question(w: _Writer, question: str, options: list[str]) -> None:
    """The question in bold, then one tick box per option, each on its own line."""
    pdf = w.pdf
    if pdf.get_y() + LINE_MM * (len(options) + 2) > pdf.page_break_trigger:
        pdf.add_page()
    pdf.set_font(w.family, "B", 10)
    _para(w, question)
    pdf.set_font(w.family, size=10)
    for option in options:
        x, y = pdf.get_x() + 4, pdf.get_y()
        pdf.rect(x, y + (LINE_MM - BOX_MM) / 2, BOX_MM, BOX_MM)
        pdf.set_x(x + BOX_MM + 2.5)
        pdf.cell(0, LINE_MM, w.text(option), new_x="LMARGIN", new_y="NEXT", align="L")
    pdf.ln(2)


def _para(w: _Writer, text: str) -> None:
    """A paragraph of body text, left-aligned (never stretched)."""
    w.pdf.multi_cell(0, 5.5, w.text(text), new_x="LMARGIN", new_y="NEXT", align="L")


def confirmation_letter(facts: dict[str, Any], lang: str = "nl",
                        countries: dict[str, str] | None = None) -> bytes:
    """The letter for one project (`letter_facts`) in `lang`, as PDF bytes."""
    from fpdf import FPDF

    pdf = FPDF(orientation="P", unit="mm", format="A4")
    pdf.set_margins(MARGIN_MM + 5, MARGIN_MM, MARGIN_MM + 5)
    pdf.set_auto_page_break(True, margin=16)
    pdf.set_title(t("letter_title", lang))
    pdf.set_creator("tradeinvest")
    w = _Writer(pdf, body_font(pdf), lang)
    pdf.add_page()
    w.small(t("letter_sender", lang), grey=90)
    pdf.ln(2)
    w.heading(t("letter_title", lang), 14)
    pdf.set_font(w.family, size=10)
    _para(w, t("letter_to", lang, company=facts["company"]))
    pdf.ln(2)
    _para(w, t("letter_intro", lang))
    pdf.ln(3)
    w.heading(t("letter_facts", lang), 11)
    _facts_table(w, _rows(facts, lang, countries))
    w.heading(t("letter_questions", lang), 11)
    yes_no = [t("letter_yes", lang), t("letter_no", lang)]
    _question(w, t("letter_q_confirm", lang),
              [t("letter_confirm", lang), t("letter_dispute", lang)])
    _question(w, t("letter_q_band", lang), [t(f"band_{b}", lang) for b in BAND_MIDPOINT])
    _question(w, t("letter_q_prerequisite", lang), yes_no)
    _question(w, t("letter_q_faster", lang), yes_no)
    pdf.ln(2)
    pdf.set_font(w.family, size=10)
    _para(w, t("letter_return", lang, reference=facts["reference"]))
    pdf.ln(8)
    _para(w, t("letter_sign", lang, company=facts["company"]))
    return bytes(pdf.output())
