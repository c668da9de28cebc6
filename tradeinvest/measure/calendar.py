"""The activity calendar against what happened: which planned items were carried out as
missions, what followed from them, and which missions were never on the calendar.

Matching rule (one planned item <-> at most one mission, and the other way round):

1. explicit: the item's Missiereferentie is the mission's reference (case ignored);
2. country and date: the item's country and the mission's country are in the same reporting
   group (HK with CN) and the periods overlap, the plan's period widened by the setting
   `calendar_match_days` (7) on each side. The plan's period runs from the first day of the
   start as written to the last day of the end as written ("juni 2018": 1-30 June; "najaar
   2018": Sep-Nov; no end date: the end of the start's period);
3. name: the event and mission names share at least half of the words of the shorter one
   (case, accents, years and words such as missie, beurs, naar ignored; "BioEurope" and
   "BIO-Europe" are the same), and the mission starts in the calendar's year. This catches
   items without a date ("tbd") and incoming visits planned at a Dutch venue but recorded
   with the visitors' country.

Pairs are taken best first: by rule, then by days between the starts (or by name likeness),
then in calendar order. Only missions starting in the calendar's year are candidates.
An item held in the region (its place is in the Netherlands: receptions, ambassadors' visits,
Chinese New Year, incoming visits) without a mission is "in the region", its own status: no
mission can match it, so it is no failure. An incoming visit's country is the visitors' (the
theme or a word of the event name naming one foreign country: "Inkomend bezoek Kaohsiung" is
Taiwan), so the country filter finds it under Taiwan, not the Netherlands.
Any other item without a mission is "not carried out" once the period it was planned for (the whole
year for an undated item) has ended by the end of the latest quarter with missions loaded,
and "still planned" before that: the data decide, not the wall clock. Leads, projects and jobs
of a carried-out item are its mission's (`funnel.mission_yield`), so they never double count.
"""

from __future__ import annotations

import datetime as dt

import duckdb
import pandas as pd

from tradeinvest.measure import facts
from tradeinvest.measure.filters import Filters
from tradeinvest.measure.funnel import mission_yield
from tradeinvest.periods import fuzzy_date_end
from tradeinvest.places import place_key, resolve_place
from tradeinvest.reference_data import COUNTRY_GROUPS
from tradeinvest.store.plans import place_answers
from tradeinvest.store.reference import settings
from tradeinvest.text_keys import normalise_header

DEFAULT_MATCH_DAYS = 7
REGION = "NL"  # a venue in this country is "in the region"
NAME_LIKENESS = 0.5
_STOPWORDS = frozenset({
    "missie", "mission", "missies", "beurs", "fair", "naar", "to", "de", "het", "een", "van",
    "the", "of", "and", "en", "voor", "for", "in", "op", "met", "inkomende", "uitgaande",
    "inkomend", "uitgaand", "incoming", "outgoing", "bezoek", "visit", "bestuurlijke",
    "handelsmissie", "trade", "event", "evenement", "deelname", "congres",
})


def calendar_years(con: duckdb.DuckDBPyConnection) -> list[int]:
    """Years with an activity calendar that counts now, newest first."""
    rows = con.execute("SELECT DISTINCT year(period_start) FROM active_uploads "
                       "WHERE kind = 'calendar' ORDER BY 1 DESC").fetchall()
    return [int(r[0]) for r in rows]


def calendar_items(con: duckdb.DuckDBPyConnection, year: int) -> pd.DataFrame:
    """The planned items of `year`'s calendar, in calendar order, with their period and country.

    Columns: item (row number in this frame), pillar, topic, event, place, staff, organised_by,
    partners, start_date (first day written; None when unknown), start_precision, plan_start,
    plan_end (the period as written; None when unknown), country (as imported, else the
    coordinator's answer, for a visit to the region the visitors' country; None = still to
    answer), country_source (… | visitors), in_region (the venue is in the Netherlands),
    place_key, sector, theme, mission_reference, file_name, source_row.
    """
    frame = con.execute("""
        SELECT i.pillar, i.topic, i.event, i.place, i.staff, i.organised_by, i.partners,
               i.start_date, i.start_date_precision AS start_precision, i.end_date,
               i.end_date_precision AS end_precision, i.country, i.country_source, i.sector,
               i.theme, i.mission_reference, u.file_name, i.source_row, i.upload_id
        FROM calendar_items_current i JOIN uploads u USING (upload_id)
        WHERE year(u.period_start) = ?
        ORDER BY i.start_date NULLS LAST, i.pillar, i.source_row""", [int(year)]).df()
    frame = frame.astype(object).where(frame.notna(), None)
    answers = place_answers(con)
    keys, countries, sources, starts, ends, region = [], [], [], [], [], []
    for r in frame.itertuples(index=False):
        key = place_key(r.place, r.event)
        keys.append(key)
        answered = answers.get(key) if key else None
        venue = r.country or answered
        visitors = visitors_country(r.topic, r.event) if venue == REGION else None
        region.append(venue == REGION)
        countries.append(visitors or venue)
        sources.append("visitors" if visitors else r.country_source if r.country
                       else ("answer" if answered else None))
        start = _date(r.start_date)
        starts.append(start)
        end = fuzzy_date_end(_date(r.end_date), r.end_precision) if r.end_date is not None else None
        ends.append(end or fuzzy_date_end(start, r.start_precision))
    frame = frame.assign(place_key=keys, country=countries, country_source=sources,
                         in_region=region, start_date=starts, plan_start=starts, plan_end=ends)
    frame.insert(0, "item", range(len(frame)))
    return none_for_missing(frame.drop(columns=["end_date", "end_precision", "upload_id"]))


def visitors_country(topic: object, event: object) -> str | None:
    """The one foreign country named by a visit's theme or a word (or two words) of its
    event name ("Taiwan"; "Inkomend bezoek Kaohsiung"), else None."""
    words = [w for w in str(event or "").replace(",", " ").split()
             if len(w) > 2 and w[0].isupper()]  # names, not "de" (= DE) or "van"
    pairs = (" ".join(p) for p in zip(words, words[1:], strict=False))
    found = {code for text in (topic, *words, *pairs)
             if text and (code := resolve_place(text)[0]) is not None and code != REGION}
    return found.pop() if len(found) == 1 else None


def none_for_missing(frame: pd.DataFrame) -> pd.DataFrame:
    """Text and date columns with None (not NaN) where empty; numbers stay numbers."""
    out = frame.copy()
    for column in out.columns:
        if not pd.api.types.is_numeric_dtype(out[column]):
            out[column] = out[column].astype(object).where(out[column].notna(), None)
    return out


def _date(value: object) -> dt.date | None:
    if value is None:
        return None
    return value.date() if isinstance(value, pd.Timestamp | dt.datetime) else value


def _words(name: object) -> list[str]:
    words = normalise_header(name or "").split()
    return [w for w in words if w not in _STOPWORDS and not w.isdigit() and len(w) > 1]


def name_likeness(a: object, b: object) -> float:
    """Share of the shorter name's words found in the other (0-1); see the module rule 3.
    Names whose words run together the same ("BioEurope" / "BIO-Europe") count as equal."""
    wa, wb = _words(a), _words(b)
    if not wa or not wb:
        return 0.0
    if "".join(wa) == "".join(wb):
        return 1.0
    return len(set(wa) & set(wb)) / min(len(set(wa)), len(set(wb)))


def _group(code: object) -> str | None:
    return None if code is None else COUNTRY_GROUPS.get(str(code), str(code))


def _missions(con: duckdb.DuckDBPyConnection, year: int, narrow: Filters | None = None
              ) -> pd.DataFrame:
    """Missions starting in `year` (narrowed by the dimensions of `narrow`) with their yield."""
    yields = mission_yield(con, (narrow or Filters()).period(int(year)))
    ends = con.execute(f"SELECT reference, end_date FROM {facts.missions(con)} WHERE year(d) = ?",
                       [int(year)]).df()
    out = yields.merge(ends, on="reference", how="left")
    out["start_date"] = [_date(d) for d in out["start_date"]]
    out["end_date"] = [_date(e) if not pd.isna(e) else s
                       for e, s in zip(out["end_date"], out["start_date"], strict=True)]
    return out


def _cut(con: duckdb.DuckDBPyConnection) -> dt.date | None:
    """End of the latest quarter with an active missions upload: what "has happened" means."""
    row = facts.first_row(con, "SELECT max(period_end) FROM active_uploads "
                               "WHERE kind = 'missions'")
    return None if not row else row[0]


def _pairs(items: pd.DataFrame, missions: pd.DataFrame, tolerance: int
           ) -> list[tuple[tuple, int, int, str]]:
    """Candidate (sort key, item, mission row, rule) pairs under the three rules."""
    pairs = []
    slack = dt.timedelta(days=tolerance)
    for it in items.itertuples(index=False):
        ref = (it.mission_reference or "").casefold()
        for j, ms in enumerate(missions.itertuples(index=False)):
            if ref and ref == str(ms.reference).casefold():
                pairs.append(((0, 0, it.item), it.item, j, "reference"))
                continue
            if (it.plan_start is not None and it.country is not None
                    and _group(it.country) == _group(ms.country)
                    and it.plan_start - slack <= ms.end_date
                    and ms.start_date <= it.plan_end + slack):
                days = abs((ms.start_date - it.plan_start).days)
                pairs.append(((1, days, it.item), it.item, j, "country_date"))
                continue
            likeness = name_likeness(it.event, ms.name)
            if likeness >= NAME_LIKENESS:
                pairs.append(((2, -likeness, it.item), it.item, j, "name"))
    return sorted(pairs, key=lambda p: (p[0], p[2]))


def calendar_vs_missions(con: duckdb.DuckDBPyConnection, year: int) -> pd.DataFrame:
    """Each planned item of `year` with its status and the mission that carried it out.

    Columns: those of `calendar_items`, plus status (carried_out | in_region | not_carried_out
    | planned),
    match_rule (reference | country_date | name | None), mission_reference_matched,
    mission_name, mission_start, mission_end, companies, leads, won_leads, projects, new_jobs
    (the mission's yield; 0 for items without a mission).
    """
    items = calendar_items(con, year)
    missions = _missions(con, year)
    tolerance = int(settings(con).get("calendar_match_days", DEFAULT_MATCH_DAYS))
    taken_items: dict[int, tuple[int, str]] = {}
    taken_missions: set[int] = set()
    for _key, item, j, rule in _pairs(items, missions, tolerance):
        if item in taken_items or j in taken_missions:
            continue
        taken_items[item] = (j, rule)
        taken_missions.add(j)
    cut = _cut(con)
    rows = []
    for it in items.itertuples(index=False):
        row = it._asdict()
        match = taken_items.get(it.item)
        if match:
            ms = missions.iloc[match[0]]
            row.update(status="carried_out", match_rule=match[1],
                       mission_reference_matched=ms.reference, mission_name=ms["name"],
                       mission_start=ms.start_date, mission_end=ms.end_date,
                       **{k: ms[k] for k in ("companies", "leads", "won_leads", "projects",
                                             "new_jobs")})
        else:
            due = it.plan_end or dt.date(int(year), 12, 31)
            row.update(status="in_region" if it.in_region else "not_carried_out"
                       if cut is not None and due <= cut else "planned", match_rule=None,
                       mission_reference_matched=None,
                       mission_name=None, mission_start=None, mission_end=None, companies=0,
                       leads=0, won_leads=0, projects=0, new_jobs=0.0)
        rows.append(row)
    columns = [*items.columns, "status", "match_rule", "mission_reference_matched",
               "mission_name", "mission_start", "mission_end", "companies", "leads",
               "won_leads", "projects", "new_jobs"]
    return none_for_missing(pd.DataFrame(rows, columns=columns))


def keep_rows(frame: pd.DataFrame, column: str, value: str | None) -> pd.Series:
    """Rows whose `column` is `value` (a country group such as CN includes its members)."""
    if not value:
        return pd.Series(True, index=frame.index, dtype=bool)
    if column == "country":
        return pd.Series([c == value or _group(c) == value for c in frame[column]],
                         index=frame.index, dtype=bool)
    if column == "pillar":  # a mission for both pillars serves each
        return frame[column].isin([value, "both"]).astype(bool)
    return (frame[column] == value).astype(bool)


def calendar_view(con: duckdb.DuckDBPyConnection, year: int, pillar: str | None = None,
                  country: str | None = None, sector: str | None = None) -> pd.DataFrame:
    """`calendar_vs_missions` narrowed to a pillar, a country and/or a sector, after matching
    (so the pairs do not depend on the view). A country group (CN) includes its members (HK),
    as in every filter; a pillar keeps that sheet's items."""
    plan = calendar_vs_missions(con, year)
    keep = keep_rows(plan, "pillar", pillar) & keep_rows(plan, "country", country) \
        & keep_rows(plan, "sector", sector)
    return plan[keep].reset_index(drop=True)


def unplanned_missions(con: duckdb.DuckDBPyConnection, year: int, pillar: str | None = None,
                       country: str | None = None, sector: str | None = None) -> pd.DataFrame:
    """Missions of `year` that no calendar item matched (carried out but never planned),
    narrowed like `calendar_view`.

    Columns: those of `funnel.mission_yield` plus end_date.
    """
    matched = set(calendar_vs_missions(con, year)["mission_reference_matched"].dropna())
    missions = _missions(con, year, Filters(pillar=pillar, country=country, sector=sector))
    return missions[~missions["reference"].isin(matched)].reset_index(drop=True)


def calendar_summary(con: duckdb.DuckDBPyConnection, year: int, pillar: str | None = None,
                     country: str | None = None, sector: str | None = None
                     ) -> dict[str, float | int]:
    """Counts for the headline, over the items `calendar_view` shows: planned items by
    status, items without a country, missions not on the calendar, and the leads, projects
    and new jobs of the carried-out items."""
    plan = calendar_view(con, year, pillar, country, sector)
    return {
        "planned_items": len(plan),
        "carried_out": int((plan["status"] == "carried_out").sum()),
        "in_region": int((plan["status"] == "in_region").sum()),
        "not_carried_out": int((plan["status"] == "not_carried_out").sum()),
        "still_planned": int((plan["status"] == "planned").sum()),
        "without_country": int(plan["country"].isna().sum()),
        "unplanned_missions": len(unplanned_missions(con, year, pillar, country, sector)),
        "leads": int(plan["leads"].sum()),
        "projects": int(plan["projects"].sum()),
        "new_jobs": float(plan["new_jobs"].sum()),
    }
