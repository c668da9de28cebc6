"""The governors' quarterly report as one-click downloads on the Overview page.

The files are made only when a button is clicked (Streamlit's deferred download data), so
the page stays fast; the PDF takes a few seconds because Chromium draws the charts. The
report is regional (the sidebar's pillar/country/sector filters do not apply) and comes from
the measure API, so it never holds contact-person details.
"""

from __future__ import annotations

import streamlit as st

from tradeinvest import access
from tradeinvest.reporting import report, report_model, report_pdf, report_xlsx
from tradeinvest.texts import t
from tradeinvest.ui import state, widgets


def buttons(year: int, quarter: int, lang: str) -> None:
    """Excel and PDF buttons for `year` Q1..`quarter` (any role with `report`)."""
    p = state.principal()
    if p is None or not access.allowed(p.role, access.REPORT):
        return
    con = state.connection()  # captured: the deferred callables run outside the script

    def make(kind: str) -> bytes:
        access.require(p, access.REPORT)
        cur = con.cursor()
        try:
            built = report.build(cur, year, quarter, lang)
        finally:
            cur.close()
        return report_pdf.to_pdf(built) if kind == "pdf" else report_xlsx.to_xlsx(built)

    st.subheader(t("report_download_title", lang, year=year, quarter=quarter))
    st.caption(t("report_explained", lang))
    name = t("report_file", lang, year=year, quarter=quarter)
    left, right = st.columns(2)
    widgets.download(t("report_xlsx", lang),
                     lambda: make("xlsx"), f"{name}.xlsx", "report_xlsx", lang,
                     mime=report_xlsx.XLSX_MIME, target=left)
    try:
        report_pdf.chromium_path()
    except report_model.ReportError as exc:
        right.button(t("report_pdf_unavailable", lang), disabled=True, key="report_pdf_disabled")
        right.caption(str(exc))
        return
    widgets.download(t("report_pdf", lang),
                     lambda: make("pdf"), f"{name}.pdf", "report_pdf", lang,
                     mime=report_pdf.PDF_MIME, target=right)
