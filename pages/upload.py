"""Upload (coordinator): check a quarterly spreadsheet, see every problem, load, undo."""

import pandas as pd
import streamlit as st

from tradeinvest import access
from tradeinvest.loading import check, kinds, templates, uploads
from tradeinvest.measure import preview
from tradeinvest.reporting import fmt, report_xlsx
from tradeinvest.reporting.labels import kind_label
from tradeinvest.texts import t
from tradeinvest.ui import auth, filters, loading, refusals, state, widgets
from tradeinvest.ui.safe import md

HISTORY_COLUMNS = ("upload_id", "kind", "quarter", "state", "row_count", "warning_count",
                   "file_name", "sha256", "uploaded_by", "uploaded_at")


def confirm_undo(upload_id: int, row: pd.Series) -> None:
    """The second step of an undo: the upload's name and figures, then Bevestigen or Annuleren.
    The confirmed upload is the one named here, whatever the choice box shows by then, and a
    second click finds no confirmation left (the pending undo is cleared first)."""
    lang = filters.current().lang
    effect = loading.describe(state.measure(preview.undo_changes, upload_id), lang)
    st.warning(t("undo_confirm_text", lang, id=upload_id, kind=md(row["kind"]),
                 period=md(row["quarter"]), file=md(row["file_name"]),
                 rows=fmt.counted(int(row["row_count"]), "upload_rows", lang),
                 change=t("change_undo", lang), effect=effect))
    yes, no, _ = st.columns([1, 1, 4])
    if no.button(t("undo_cancel", lang), key=f"undo_cancel_{upload_id}"):
        st.session_state.pop("undo_pending", None)
        st.rerun()
    if not yes.button(t("undo_confirm", lang), type="primary", key=f"undo_confirm_{upload_id}"):
        return
    st.session_state.pop("undo_pending", None)
    try:
        restored = state.write(uploads.undo_upload, upload_id, state.user())
    except ValueError as exc:
        st.error(refusals.said(exc, lang))
        return
    again = t("undo_counts_again", lang, id=restored) if restored else ""
    st.session_state["flash"] = t("undo_done", lang, id=upload_id, again=again,
                                  change=t("change_done", lang), effect=effect)
    st.rerun()


def loaded(result: uploads.LoadResult, kind: str, lang: str) -> None:
    """After a load: say what was loaded and what it changed (shown after the rerun), and let
    the view follow the loaded period."""
    replaced = (t("upload_replaces", lang, id=result.replaced_upload_id)
                if result.replaced_upload_id else "")
    effect = loading.describe(state.measure(preview.load_effect, result.upload_id), lang)
    st.session_state["flash"] = t(
        "upload_loaded", lang, id=result.upload_id,
        rows=fmt.counted(result.rows, "upload_rows", lang), kind=kind_label(kind, lang),
        period=result.period, replaced=replaced, change=t("change_done", lang), effect=effect)
    filters.show_period(result.period.year, result.period.quarter)
    st.session_state["uploads_loaded"] = st.session_state.get("uploads_loaded", 0) + 1
    st.rerun()


sel = filters.current()
lang = sel.lang
auth.require(access.UPLOAD, lang)  # coordinator only; state.write checks again
st.title(t("upload_title", lang))
st.caption(t("upload_intro", lang))

left, right = st.columns([2, 1])
with left:
    kind = st.selectbox(t("upload_kind", lang), list(kinds.KINDS),
                        format_func=lambda k: kind_label(k, lang))
    limit = loading.upload_limit_mb()
    # A new key after each load empties the uploader, so the loaded file is not offered again.
    upload = st.file_uploader(t("upload_file", lang), type=["xlsx", "xlsm", "csv"],
                              key=f"upload_file_{st.session_state.get('uploads_loaded', 0)}",
                              max_upload_size=limit)
    st.caption(t("upload_largest_file", lang, limit=limit))
with right:
    st.markdown(f"**{t('upload_templates', lang)}**")
    for k in kinds.KINDS:
        widgets.download(f"⬇ {kind_label(k, lang)}", templates.template(k, lang),
                         f"{k}_template.xlsx", f"tpl_{k}", lang, mime=report_xlsx.XLSX_MIME)

if upload is not None:
    data = upload.getvalue()
    period = st.text_input(t("upload_year" if kinds.is_yearly(kind) else "upload_quarter", lang),
                           value=check.suggest_period(data, upload.name, kind),
                           key=f"quarter_{upload.file_id}_{kind}")
    result = loading.check_and_offer_load(data, upload.name, kind, period,
                                          t("upload_load", lang), "confirm_load", lang)
    if result is not None:
        loaded(result, kind, lang)

if "flash" in st.session_state:
    st.success(st.session_state.pop("flash"))

st.subheader(t("upload_history", lang))
hist = state.read(uploads.history)
if hist.empty:
    st.info(t("upload_none_yet", lang))
else:
    shown = hist.assign(
        state=hist["state"].map(lambda s: t(f"upload_state_{s}", lang)),
        uploaded_at=hist["uploaded_at"].map(lambda v: fmt.timestamp(v, lang)),
        sha256=hist["sha256"].str[:12])
    shown["kind"] = shown["kind"].map(lambda k: kind_label(k, lang))
    widgets.table(shown[list(HISTORY_COLUMNS)], "uploadgeschiedenis", lang,
                  {c: t(f"history_{c}", lang) for c in HISTORY_COLUMNS})
    choices = shown.set_index("upload_id")
    col1, col2 = st.columns([2, 1])
    # Every upload stays a choice, undone ones too, so the choice stays where it was after an
    # undo. Keyed by the newest upload: after a load the choice starts at the upload just
    # loaded (a browser keeps a widget's old choice for as long as its key stays the same).
    target = int(col1.selectbox(
        t("undo_choice", lang), choices.index.tolist(),
        key=f"undo_id_{choices.index[0]}",
        # No state in the label: a browser keeps showing the label it had for the choice.
        format_func=lambda u: f"{u} · {choices.at[u, 'kind']} {choices.at[u, 'quarter']} · "
                              f"{choices.at[u, 'file_name']}"))
    undone = hist.set_index("upload_id").at[target, "state"] == "undone"
    if undone:
        col1.caption(t("undo_already", lang, id=target))
    if col2.button(t("undo_button", lang), key="undo_button", disabled=undone):
        st.session_state["undo_pending"] = target  # a second step confirms this upload only
    if st.session_state.get("undo_pending") not in (None, target) or undone:
        st.session_state.pop("undo_pending", None)  # another choice: confirm that one anew
    if st.session_state.get("undo_pending") is not None:
        confirm_undo(target, choices.loc[target])
