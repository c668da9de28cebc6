"""The import assistant's mapping step in the upload flow (Upload, Calendar and Country plans
pages): when a file's headers are not the template's, she says how its columns map (each with
its header, sample values, the suggested field and why) and gives the required fields the file
lacks one value or a rule, before anything is checked further or loaded. The confirmed choice
is kept for this file in the session; the load saves it under its name for the next quarter.
"""

from __future__ import annotations

from dataclasses import dataclass

import streamlit as st

from tradeinvest.loading import assistant, mapping_fields, mappings
from tradeinvest.loading.assistant import Mapping, SheetGuess, SheetMapping
from tradeinvest.loading.check import UploadRejected
from tradeinvest.reporting.labels import kind_label
from tradeinvest.texts import t
from tradeinvest.texts.phrases import Phrase
from tradeinvest.ui import state
from tradeinvest.ui.safe import md

_PROPOSAL = "_mapping_proposal"    # session key: ((digest, kind), Proposal)
_CONFIRMED = "_mapping_confirmed"  # session key: ((digest, kind), Decision)
IGNORE, NOTE, DERIVE, EMPTY = ":ignore", ":note", ":derive", ":empty"  # never a field name
_GRID = [3, 3, 3, 4]  # header, samples, field, reason: readable on a laptop screen


@dataclass(frozen=True)
class Decision:
    """How to read the file: `mapping` None checks it as it is (template headers, or a saved
    mapping its header signature matches); `save_as` names a mapping confirmed here."""

    mapping: Mapping | None = None
    save_as: str | None = None


@dataclass(frozen=True)
class _Choice:
    """One sheet's choices on screen, read from the widgets of this run."""

    sheet: mapping_fields.Sheet
    guess: SheetGuess
    columns: dict[str, str]    # file header -> field, IGNORE or NOTE
    lacking: dict[str, str]    # required field the columns lack -> DERIVE, EMPTY or a value


def decide(data: bytes, digest: str, file_name: str, kind: str, lang: str) -> Decision | None:
    """The way to check `data`; None while the mapping step (shown here) awaits her
    confirmation, so nothing is checked further or loaded before she confirms."""
    key = (digest, kind)
    kept = st.session_state.get(_PROPOSAL)
    if kept is None or kept[0] != key:
        try:
            kept = (key, state.read(assistant.propose, data, file_name, kind))
        except (UploadRejected, ValueError):  # unreadable: the check says why, row by row
            kept = (key, None)
        st.session_state[_PROPOSAL] = kept
    proposal = kept[1]
    if proposal is None or not proposal.needs_mapping:
        return Decision()
    done = st.session_state.get(_CONFIRMED)
    confirmed = done[1] if done is not None and done[0] == key else None
    # A bordered box, not an expander: the Calendar and Plans pages upload inside one already.
    with st.container(border=True, key=f"map_step_{digest[:12]}"):
        st.markdown(f":material/tune: **{t('map_title', lang)}**")
        st.caption(t("map_intro", lang))
        choices = [c for sheet in mapping_fields.sheets(kind)
                   if (c := _sheet_step(proposal, sheet, digest, lang)) is not None]
        name = st.text_input(t("map_name", lang), key=f"map_name_{digest[:12]}_{kind}",
                             value=t("map_default_name", lang, kind=kind_label(kind, lang)))
        _name_taken(name, lang)
        if st.button(t("map_confirm", lang), type="primary", key=f"map_confirm_{digest[:12]}"):
            refused = refusals(kind, choices, name)
            for phrase in refused:
                st.error(md(phrase.text(lang)))
            if not refused:  # this run goes on with it: the check follows below
                confirmed = Decision(mapping_of(choices), name.strip())
                st.session_state[_CONFIRMED] = (key, confirmed)
    if confirmed is None:
        st.info(t("map_waiting", lang))
    else:
        st.success(t("map_confirmed", lang, name=md(confirmed.save_as)))
    return confirmed


def _name_taken(name: str, lang: str) -> None:
    """Say so when a saved mapping has this name already: the load would replace it (one of
    another kind is refused then, with the message)."""
    saved = state.read(mappings.list_mappings)
    taken = {n.casefold(): n for n in saved["name"]}.get(" ".join(name.split()).casefold())
    if taken is not None:
        st.warning(t("map_name_taken", lang, name=md(taken)))


def _sheet_step(proposal: assistant.Proposal, sheet: mapping_fields.Sheet, digest: str,
                lang: str) -> _Choice | None:
    """One template sheet: which of the file's sheets (when several qualify), each column's
    field, and a value or rule for each required field no column gives."""
    guesses: list[SheetGuess] = list(proposal.guesses.get(sheet.spec, []))
    if not guesses:
        st.warning(t("map_no_sheet", lang, sheet=md(sheet.name)))
        return None
    st.markdown(f"**{t('map_sheet_title', lang, sheet=md(sheet.name))}**")
    names = proposal.sheet_choices.get(sheet.spec) or [g.layout.sheet for g in guesses]
    if len(names) > 1:
        periods = {g.layout.sheet: g.layout.period for g in guesses}
        chosen = st.selectbox(
            t("map_which_sheet", lang, sheet=md(sheet.name)), names,
            key=f"map_sheet_{digest[:12]}_{sheet.spec}",
            format_func=lambda n: n if not periods.get(n) else t(
                "map_sheet_with_period", lang, name=n, period=periods[n]))
        guess = next(g for g in guesses if g.layout.sheet == chosen)
    else:
        guess = next((g for g in guesses if g.layout.sheet == names[0]), guesses[0])
    key = f"map_{digest[:12]}_{sheet.spec}_{guess.layout.sheet}"
    suggested = proposal.mapping.sheets.get(sheet.spec, SheetMapping())
    columns = _column_grid(guess, sheet, suggested.notes, key, lang)
    lacking = _lacking(proposal, sheet, columns, key, lang)
    return _Choice(sheet, guess, columns, lacking)


def _column_grid(guess: SheetGuess, sheet: mapping_fields.Sheet, noted: tuple[str, ...],
                 key: str, lang: str) -> dict[str, str]:
    """Per column of the file: its header, a few values, the field (the suggestion
    preselected; `noted`: headers the suggestion keeps as a note) and why it was suggested."""
    options = [IGNORE, NOTE, *(f.name for f in sheet.fields)]

    def label(code: str) -> str:
        if code in (IGNORE, NOTE):
            return t("map_ignore" if code == IGNORE else "map_note", lang)
        field = sheet.field(code)
        return field.label.text(lang) + (" *" if field.required else "")

    head = st.columns(_GRID)
    for column, text in zip(head, ("map_col_header", "map_col_samples", "map_col_field",
                                   "map_col_reason"), strict=True):
        column.caption(t(text, lang))
    chosen: dict[str, str] = {}
    for i, g in enumerate(c for c in guess.columns if c.header.strip()):
        left, samples, field, reason = st.columns(_GRID, vertical_alignment="center")
        left.markdown(f"{g.letter} · **{md(g.header)}**")
        samples.caption(" · ".join(md(s) for s in g.samples) or "–")
        wanted = NOTE if g.header in noted else g.field
        chosen[g.header] = field.selectbox(
            g.header, options, index=options.index(wanted) if wanted in options else 0,
            format_func=label, key=f"{key}_col{i}", label_visibility="collapsed")
        reason.caption(g.reason.text(lang) if chosen[g.header] == (wanted or IGNORE) else "")
    return chosen


def _lacking(proposal: assistant.Proposal, sheet: mapping_fields.Sheet,
             columns: dict[str, str], key: str, lang: str) -> dict[str, str]:
    """A value for the whole file, or "derive" where a rule allows, per required field that
    no column gives; the suggestion's choice preselected."""
    given = set(columns.values())
    missing = [f for f in sheet.fields if f.required and f.name not in given]
    if not missing:
        return {}
    st.caption(t("map_lacking_intro", lang))
    suggested = proposal.mapping.sheets.get(sheet.spec, SheetMapping())
    out: dict[str, str] = {}
    for f in missing:
        left, value, why = st.columns([2, 3, 6], vertical_alignment="center")
        left.markdown(f"**{md(f.label.text(lang))}**")
        options = [EMPTY, *([DERIVE] if f.derived else []), *(term.nl for term in f.terms)]
        labels = {EMPTY: t("map_leave_empty", lang), DERIVE: t("map_derive", lang),
                  **{term.nl: term.label(lang) for term in f.terms}}
        wanted = (DERIVE if f.name in suggested.derived
                  else suggested.constants.get(f.name, EMPTY))
        if f.terms or f.derived:
            out[f.name] = value.selectbox(
                f.label.text(lang), options, format_func=labels.get,
                index=options.index(wanted) if wanted in options else 0,
                key=f"{key}_set_{f.name}", label_visibility="collapsed")
        else:  # no vocabulary: one value typed for the whole file
            typed = value.text_input(f.label.text(lang), key=f"{key}_set_{f.name}",
                                     placeholder=t("map_one_value", lang),
                                     label_visibility="collapsed").strip()
            out[f.name] = typed or EMPTY
        if out[f.name] == DERIVE and f.derived is not None:
            why.caption(t("map_generated", lang, how=f.derived.text(lang)))
    return out


def refusals(kind: str, choices: list[_Choice], name: str) -> list[Phrase]:
    """Why the choices cannot be confirmed: the loading service's refusal of a mapping that
    contradicts itself (two columns sent to one field), a required field left empty, no
    name to save the mapping under. Empty when they can."""
    out: list[Phrase] = []
    try:
        mappings.check_consistent(kind, mapping_of(choices))
    except ValueError as exc:
        out.append(Phrase.of(exc))
    for c in choices:
        empty = [c.sheet.field(code).label for code, v in c.lacking.items() if v == EMPTY]
        if empty:
            out.append(Phrase("map_refused_empty", {"fields": empty, "sheet": c.sheet.name}))
    if not name.strip():
        out.append(Phrase("map_refused_no_name"))
    return out


def mapping_of(choices: list[_Choice]) -> Mapping:
    """The confirmed choices as the Mapping the check and the load read the file with."""
    return Mapping(sheets={c.sheet.spec: SheetMapping(
        sheet=c.guess.layout.sheet or None,
        columns={h: code for h, code in c.columns.items() if code not in (IGNORE, NOTE)},
        constants={f: v for f, v in c.lacking.items() if v not in (DERIVE, EMPTY)},
        derived=frozenset(f for f, v in c.lacking.items() if v == DERIVE),
        notes=tuple(h for h, code in c.columns.items() if code == NOTE))
        for c in choices})
