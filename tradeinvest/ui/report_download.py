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
from tradeinvest.ui import state, widgets


def buttons(year: int, quarter: int, lang: str) -> None:
    """Excel and PDF buttons for `year` Q1..`quarter` (any role with `report`)."""
    p = state.principal()
    if p is None or not access.allowed(p.role, access.REPORT):
        return
    nl = lang == "nl"
    con = state.connection()  # captured: the deferred callables run outside the script

    def make(kind: str) -> bytes:
        access.require(p, access.REPORT)
        cur = con.cursor()
        try:
            built = report.build(cur, year, quarter, lang)
        finally:
            cur.close()
        return report_pdf.to_pdf(built) if kind == "pdf" else report_xlsx.to_xlsx(built)

    st.subheader(f"Kwartaalrapport {year} Q{quarter}" if nl else
                 f"Quarterly report {year} Q{quarter}")
    st.caption("Voor bestuurders: voortgang, pad naar het doel, banen per land en sector, output "
               "en impact met verandering, missies en kosten per baan. Regionaal: de filters "
               "links gelden hier niet." if nl else
               "For governors: progress, path to target, jobs by country and sector, output and "
               "impact with change, missions and cost per job. Regional: the filters on the "
               "left do not apply.")
    name = f"kwartaalrapport_{year}Q{quarter}" if nl else f"quarterly_report_{year}Q{quarter}"
    left, right = st.columns(2)
    widgets.download("⬇ Kwartaalrapport (Excel)" if nl else "⬇ Quarterly report (Excel)",
                     lambda: make("xlsx"), f"{name}.xlsx", "report_xlsx", lang,
                     mime=report_xlsx.XLSX_MIME, target=left)
    try:
        report_pdf.chromium_path()
    except report_model.ReportError as exc:
        right.button("⬇ PDF", disabled=True, key="report_pdf_disabled")
        right.caption(str(exc))
        return
    widgets.download("⬇ Kwartaalrapport (PDF)" if nl else "⬇ Quarterly report (PDF)",
                     lambda: make("pdf"), f"{name}.pdf", "report_pdf", lang,
                     mime=report_pdf.PDF_MIME, target=right)
