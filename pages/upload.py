"""Upload (coordinator): check a quarterly spreadsheet, see every problem, load, undo."""

import pandas as pd
import streamlit as st

from tradeinvest import access
from tradeinvest.ingest import schema
from tradeinvest.ingest.suggest import suggest_quarter
from tradeinvest.ingest.templates import write_workbook
from tradeinvest.measure import preview
from tradeinvest.periods import Quarter
from tradeinvest.reporting import fmt, report_xlsx
from tradeinvest.reporting.labels import kind_label
from tradeinvest.store import uploads
from tradeinvest.texts import t
from tradeinvest.ui import auth, filters, loading, state, widgets
from tradeinvest.ui.safe import md

HISTORY_COLUMNS = {
    "nl": {"upload_id": "Upload", "kind": "Soort", "quarter": "Periode", "state": "Status",
           "row_count": "Rijen", "warning_count": "Waarschuwingen", "file_name": "Bestand",
           "sha256": "Controlegetal (sha256)", "uploaded_by": "Door", "uploaded_at": "Wanneer"},
    "en": {"upload_id": "Upload", "kind": "Kind", "quarter": "Period", "state": "State",
           "row_count": "Rows", "warning_count": "Warnings", "file_name": "File",
           "sha256": "Checksum (sha256)", "uploaded_by": "By", "uploaded_at": "When"},
}


def confirm_undo(upload_id: int, row: pd.Series) -> None:
    """The second step of an undo: the upload's name and figures, then Bevestigen or Annuleren.
    The confirmed upload is the one named here, whatever the choice box shows by then, and a
    second click finds no confirmation left (the pending undo is cleared first)."""
    nl = filters.current().lang == "nl"
    lang = "nl" if nl else "en"
    rows = fmt.count(int(row["row_count"]), *(("rij", "rijen") if nl else ("row", "rows")), lang)
    effect = loading.describe(state.measure(preview.undo_changes, upload_id), lang)
    st.warning(
        f"**Upload {upload_id} ongedaan maken:** {md(row['kind'])} {md(row['quarter'])}, bestand "
        f"{md(row['file_name'])}, {rows}. {t('change_undo', lang)}: {effect}" if nl else
        f"**Undo upload {upload_id}:** {md(row['kind'])} {md(row['quarter'])}, file "
        f"{md(row['file_name'])}, {rows}. {t('change_undo', lang)}: {effect}")
    yes, no, _ = st.columns([1, 1, 4])
    if no.button("Annuleren" if nl else "Cancel", key=f"undo_cancel_{upload_id}"):
        st.session_state.pop("undo_pending", None)
        st.rerun()
    if not yes.button("Bevestigen" if nl else "Confirm", type="primary",
                      key=f"undo_confirm_{upload_id}"):
        return
    st.session_state.pop("undo_pending", None)
    try:
        restored = state.write(uploads.undo_upload, upload_id, state.user())
    except ValueError as exc:
        st.error(str(exc))
        return
    st.session_state["flash"] = (
        f"Upload {upload_id} ongedaan gemaakt"
        f"{f'; upload {restored} telt weer' if restored else ''}. "
        f"{t('change_done', lang)}: {effect}" if nl else
        f"Upload {upload_id} undone{f'; upload {restored} counts again' if restored else ''}. "
        f"{t('change_done', lang)}: {effect}")
    st.rerun()


sel = filters.current()
nl = sel.lang == "nl"
auth.require(access.UPLOAD, sel.lang)  # coordinator only; state.write checks again
st.title("Gegevens uploaden" if nl else "Upload data")
st.caption("Eén bestand per soort en kwartaal. Opnieuw uploaden vervangt de vorige versie; "
           "elke upload is ongedaan te maken." if nl else
           "One file per kind and quarter. Uploading again replaces the earlier version; "
           "every upload can be undone.")

kinds = list(schema.KINDS)
left, right = st.columns([2, 1])
with left:
    kind = st.selectbox("Soort gegevens" if nl else "Kind of data", kinds,
                        format_func=lambda k: kind_label(k, sel.lang))
    limit = loading.upload_limit_mb()
    # A new key after each load empties the uploader, so the loaded file is not offered again.
    upload = st.file_uploader("Spreadsheet (.xlsx, .xlsm of .csv)" if nl else
                              "Spreadsheet (.xlsx, .xlsm or .csv)", type=["xlsx", "xlsm", "csv"],
                              key=f"upload_file_{st.session_state.get('uploads_loaded', 0)}",
                              max_upload_size=limit)
    st.caption(f"Grootste bestand: {limit} MB (instelling op de pagina Instellingen)." if nl
               else f"Largest file: {limit} MB (a setting on the Settings page).")
with right:
    st.markdown("**Sjablonen**" if nl else "**Templates**")
    for k in kinds:
        widgets.download(f"⬇ {kind_label(k, sel.lang)}", write_workbook(k, lang=sel.lang),
                         f"{k}_template.xlsx", f"tpl_{k}", sel.lang, mime=report_xlsx.XLSX_MIME)

if upload is not None:
    data = upload.getvalue()
    suggested = suggest_quarter(data, upload.name, kind) or ""
    yearly = kind in schema.YEARLY_KINDS
    quarter = st.text_input(("Jaar (bijv. 2024)" if yearly else "Kwartaal (bijv. 2024Q3)") if nl
                            else ("Year (e.g. 2024)" if yearly else "Quarter (e.g. 2024Q3)"),
                            value=suggested, key=f"quarter_{upload.file_id}_{kind}")
    result = loading.check_and_offer_load(data, upload.name, kind, quarter,
                                          "Laden" if nl else "Load", "confirm_load", sel.lang)
    if result is not None:
        replaced = ((f" (vervangt upload {result.replaced_upload_id})" if nl else
                     f" (replaces upload {result.replaced_upload_id})")
                    if result.replaced_upload_id else "")
        rows = fmt.count(result.rows, *(("rij", "rijen") if nl else ("row", "rows")), sel.lang)
        effect = loading.describe(state.measure(preview.load_effect, result.upload_id), sel.lang)
        st.session_state["flash"] = (
            f"Upload {result.upload_id} geladen: {rows} {schema.KIND_LABELS_NL[kind]} "
            f"{result.quarter}{replaced}. {t('change_done', sel.lang)}: {effect}" if nl else
            f"Upload {result.upload_id} loaded: {rows} {kind_label(kind, sel.lang)} "
            f"{result.quarter}{replaced}. "
            f"{t('change_done', sel.lang)}: {effect}")
        if kind in schema.YEARLY_KINDS:  # the view follows the loaded period
            filters.show_period(int(result.quarter), None)
        else:
            loaded = Quarter.parse(result.quarter)
            filters.show_period(loaded.year, loaded.q)
        st.session_state["uploads_loaded"] = st.session_state.get("uploads_loaded", 0) + 1
        st.rerun()

if "flash" in st.session_state:
    st.success(st.session_state.pop("flash"))

st.subheader("Uploadgeschiedenis" if nl else "Upload history")
hist = state.read(uploads.history)
if hist.empty:
    st.info("Nog geen uploads." if nl else "No uploads yet.")
else:
    states = ({"active": "telt mee", "replaced": "vervangen", "undone": "ongedaan"} if nl
              else {"active": "counts", "replaced": "replaced", "undone": "undone"})
    shown = hist.assign(
        state=hist["state"].map(states),
        uploaded_at=hist["uploaded_at"].map(lambda v: fmt.timestamp(v, sel.lang)),
        sha256=hist["sha256"].str[:12])
    shown["kind"] = shown["kind"].map(lambda k: kind_label(k, sel.lang))
    widgets.table(shown[["upload_id", "kind", "quarter", "state", "row_count", "warning_count",
                         "file_name", "sha256", "uploaded_by", "uploaded_at"]],
                  "uploadgeschiedenis", sel.lang, HISTORY_COLUMNS[sel.lang])
    choices = shown.set_index("upload_id")
    col1, col2 = st.columns([2, 1])
    # Every upload stays a choice, undone ones too, so the choice stays where it was after an
    # undo. Keyed by the newest upload: after a load the choice starts at the upload just
    # loaded (a browser keeps a widget's old choice for as long as its key stays the same).
    target = int(col1.selectbox(
        "Upload ongedaan maken" if nl else "Undo upload", choices.index.tolist(),
        key=f"undo_id_{choices.index[0]}",
        # No state in the label: a browser keeps showing the label it had for the choice.
        format_func=lambda u: f"{u} · {choices.at[u, 'kind']} {choices.at[u, 'quarter']} · "
                              f"{choices.at[u, 'file_name']}"))
    undone = hist.set_index("upload_id").at[target, "state"] == "undone"
    if undone:
        col1.caption(f"Upload {target} is ongedaan gemaakt." if nl else
                     f"Upload {target} has been undone.")
    if col2.button("Ongedaan maken…" if nl else "Undo…", key="undo_button", disabled=undone):
        st.session_state["undo_pending"] = target  # a second step confirms this upload only
    if st.session_state.get("undo_pending") not in (None, target) or undone:
        st.session_state.pop("undo_pending", None)  # another choice: confirm that one anew
    if st.session_state.get("undo_pending") is not None:
        confirm_undo(target, choices.loc[target])
