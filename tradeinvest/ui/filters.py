"""Shared filters in the sidebar that carry across pages and live in the URL.

A link with `?jaar=2024&land=DE` opens the same view: the URL seeds the widgets of a new
session, and every run writes the widgets' values back to the URL.
"""

from __future__ import annotations

from dataclasses import dataclass

import streamlit as st

from tradeinvest import vocab
from tradeinvest.measure import Filters, catalog
from tradeinvest.texts import t
from tradeinvest.ui import state

# URL parameter -> session_state key
_PARAMS = {"taal": "f_lang", "jaar": "f_year", "kwartaal": "f_quarter", "pijler": "f_pillar",
           "land": "f_country", "sector": "f_sector", "partner": "f_partner"}
_INT_PARAMS = {"jaar", "kwartaal"}
# The "whole year" and "all" choices of the select boxes. Not None: a select box whose value is
# set to None from the script shows Streamlit's placeholder ("Choose an option") instead.
WHOLE_YEAR = 0
ALL = ""


@dataclass(frozen=True)
class Selection:
    lang: str
    year: int | None
    quarter: int | None          # None: the whole year so far
    pillar: str | None
    country: str | None          # ISO2
    sector: str | None
    partner: str | None

    def filters(self) -> Filters:
        """The dimension filters for the measure layer; the period is chosen per chart."""
        return Filters(pillar=self.pillar, country=self.country, sector=self.sector,
                       partner=self.partner)

    def period(self) -> Filters:
        """The selected year, up to and including the selected quarter (if any)."""
        return self.filters().period(self.year, self.quarter, year_to_date=True)

    def period_label(self) -> str:
        """The period as page titles say it: "2025", or "2025 t/m Q3" when a quarter is chosen
        (the figures are the year to date through that quarter)."""
        if self.quarter is None:
            return f"{self.year}"
        return f"{self.year} {t('through', self.lang)} Q{self.quarter}"

    @property
    def narrowed(self) -> bool:
        return any((self.pillar, self.country, self.sector, self.partner))


def _seed_from_url() -> None:
    for param, key in _PARAMS.items():
        if key in st.session_state or param not in st.query_params:
            continue
        value = st.query_params[param]
        if param in _INT_PARAMS:
            try:
                st.session_state[key] = int(value)
            except ValueError:
                continue
        else:
            st.session_state[key] = value


def _write_to_url() -> None:
    params = {param: str(st.session_state[key]) for param, key in _PARAMS.items()
              if st.session_state.get(key) not in (None, ALL, WHOLE_YEAR)}
    if dict(st.query_params) != params:
        st.query_params.from_dict(params)


def _vocab_select(label: str, terms: vocab.Vocabulary, key: str, lang: str) -> str | None:
    codes = [ALL, *(term.code for term in terms)]
    if st.session_state.get(key) not in codes:
        st.session_state[key] = ALL
    return st.sidebar.selectbox(
        label, codes, key=key,
        format_func=lambda c: t("all", lang) if c == ALL else vocab.label_of(terms, c, lang)
    ) or None


def language() -> str:
    """The chosen language; call first, the page titles depend on it."""
    _seed_from_url()
    if st.session_state.get("f_lang") not in ("nl", "en"):
        st.session_state["f_lang"] = "nl"
    return st.sidebar.radio(t("language_switch"), ["nl", "en"], key="f_lang", horizontal=True,
                            format_func=lambda c: t(f"language_{c}"))


_SHOW_PERIOD = "f_show_period"  # (year, quarter) the next run's sidebar switches to


def show_period(year: int, quarter: int | None) -> None:
    """Switch the year and quarter filters on the next run (after a load: to its period).
    A widget's value cannot change once it is drawn in a run, so it is handed over."""
    st.session_state[_SHOW_PERIOD] = (year, quarter)


def _relabel_on_language_change(lang: str) -> None:
    """After a switch of language, hand every filter its own value again. The browser keeps a
    select box's choice as the text it showed ("Duitsland") under the widget's key, which does
    not change with the language; a value set from the script is sent along with the new
    options, so the box shows "Germany" at once instead of after a reload."""
    if st.session_state.get("_f_lang_drawn") not in (None, lang):
        for key in _PARAMS.values():
            if key != "f_lang" and key in st.session_state:
                st.session_state[key] = st.session_state[key]
    st.session_state["_f_lang_drawn"] = lang


def sidebar(lang: str) -> Selection:
    """Draw the shared filters and return what is selected."""
    _relabel_on_language_change(lang)
    years = state.measure(catalog.years)  # cached per data version: runs on every rerun
    if (shown := st.session_state.pop(_SHOW_PERIOD, None)) is not None:
        st.session_state["f_year"] = shown[0]
        st.session_state["f_quarter"] = shown[1] or WHOLE_YEAR
    countries = state.measure(catalog.countries)
    st.sidebar.subheader(t("filters", lang))
    if st.session_state.get("f_year") not in years:  # e.g. its only upload was undone
        st.session_state["f_year"] = years[0] if years else None
        st.session_state["f_quarter"] = WHOLE_YEAR  # a quarter of that year meant nothing here
    year = st.sidebar.selectbox(t("year", lang), years, key="f_year") if years else None
    if st.session_state.get("f_quarter") not in (WHOLE_YEAR, 1, 2, 3, 4):
        st.session_state["f_quarter"] = WHOLE_YEAR
    quarter = st.sidebar.selectbox(
        t("quarter", lang), [WHOLE_YEAR, 1, 2, 3, 4], key="f_quarter",
        format_func=lambda q: t("whole_year", lang) if q == WHOLE_YEAR else f"Q{q}") or None
    pillar = _vocab_select(t("pillar", lang), vocab.PILLARS, "f_pillar", lang)
    names = {iso2: {"nl": dutch, "en": english}[lang] for iso2, dutch, english in countries}
    if st.session_state.get("f_country") not in (ALL, *names):
        st.session_state["f_country"] = ALL
    country = st.sidebar.selectbox(
        t("country", lang), [ALL, *names], key="f_country", help=t("country_help", lang),
        format_func=lambda c: t("all", lang) if c == ALL else names[c]) or None
    sector = _vocab_select(t("sector", lang), vocab.SECTORS, "f_sector", lang)
    partner = _vocab_select(t("partner", lang), vocab.PARTNERS, "f_partner", lang)
    _write_to_url()
    return Selection(lang, year, quarter, pillar, country, sector, partner)


def current() -> Selection:
    """The selection made by app.py's sidebar in this run (pages call this)."""
    return st.session_state["selection"]
