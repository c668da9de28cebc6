"""Upload (coordinator): check a quarterly spreadsheet, see every problem, load, undo."""

import streamlit as st

from tradeinvest import access
from tradeinvest.ingest import schema
from tradeinvest.ingest.suggest import suggest_quarter
from tradeinvest.ingest.templates import write_workbook
from tradeinvest.reporting import fmt, report
from tradeinvest.reporting.labels import kind_label
from tradeinvest.store import uploads
from tradeinvest.ui import auth, filters, loading, state, widgets

HISTORY_COLUMNS = {
    "nl": {"upload_id": "Upload", "kind": "Soort", "quarter": "Periode", "state": "Status",
           "row_count": "Rijen", "warning_count": "Waarschuwingen", "file_name": "Bestand",
           "sha256": "sha256", "uploaded_by": "Door", "uploaded_at": "Wanneer"},
    "en": {"upload_id": "Upload", "kind": "Kind", "quarter": "Period", "state": "State",
           "row_count": "Rows", "warning_count": "Warnings", "file_name": "File",
           "sha256": "sha256", "uploaded_by": "By", "uploaded_at": "When"},
}

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
    upload = st.file_uploader("Spreadsheet (.xlsx, .xlsm of .csv)" if nl else
                              "Spreadsheet (.xlsx, .xlsm or .csv)", type=["xlsx", "xlsm", "csv"],
                              key="upload_file")
with right:
    st.markdown("**Sjablonen**" if nl else "**Templates**")
    for k in kinds:
        widgets.download(f"⬇ {kind_label(k, sel.lang)}", write_workbook(k, lang=sel.lang),
                         f"{k}_template.xlsx", f"tpl_{k}", sel.lang, mime=report.XLSX_MIME)

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
        st.session_state["flash"] = (
            f"Upload {result.upload_id} geladen: {rows} {schema.KIND_LABELS_NL[kind]} "
            f"{result.quarter}{replaced}." if nl else
            f"Upload {result.upload_id} loaded: {rows} {kind_label(kind, sel.lang)} "
            f"{result.quarter}{replaced}.")
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
    undoable = shown.loc[hist["state"] != "undone"].set_index("upload_id")
    col1, col2 = st.columns([2, 1])
    # Keyed by the newest upload: after a load or an undo the choice starts at the newest
    # again (a browser keeps a widget's old choice for as long as its key stays the same).
    target = col1.selectbox(
        "Upload ongedaan maken" if nl else "Undo upload", undoable.index.tolist(),
        key=f"undo_id_{undoable.index[0]}",
        format_func=lambda u: f"{u} · {undoable.at[u, 'kind']} {undoable.at[u, 'quarter']} · "
                              f"{undoable.at[u, 'file_name']} ({undoable.at[u, 'state']})")
    if col2.button("Ongedaan maken" if nl else "Undo", key="undo_button"):
        try:
            restored = state.write(uploads.undo_upload, int(target), state.user())
        except ValueError as exc:
            st.error(str(exc))
        else:
            st.session_state["flash"] = (
                f"Upload {target} ongedaan gemaakt"
                f"{f'; upload {restored} telt weer' if restored else ''}." if nl else
                f"Upload {target} undone{f'; upload {restored} counts again' if restored else ''}.")
            st.rerun()
