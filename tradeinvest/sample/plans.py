"""Sample plans for the demo database: activity calendars, country plans, scored opportunities.

Loaded at the end of `load_sample` (the package), through the same functions the coordinator uses
(calendar workbooks with title rows and messy dates through `load_upload`, country plans via
the template and via the in-app save, opportunities via `loading.yardstick.add_opportunity`), so the
demo exercises the real paths. Fixed content, no randomness: deterministic and fast.

- 2018: annex 2 of the plan as written (Invest and Trade sheets, "juni 2018", "najaar 2018",
  "1ste helft 2018", "tbd", missing end dates; places "VS, Boston", "München", "Baden-W", …).
- 2019, 2024, 2025: built from the sample's missions, some with vague dates or a Dutch venue,
  plus a few plans that were never carried out.
- Country plans 2024 (new-jobs targets add up to 930: short of the 1,000) and 2025 (1,000).
- Fourteen opportunities 2018-2025 scored on the yardstick, linked to sample missions,
  bidbooks and companies.
"""

from __future__ import annotations

import datetime as dt
import io

import duckdb
import pandas as pd
from openpyxl import Workbook

from tradeinvest.ingest import schema
from tradeinvest.ingest.templates import write_workbook
from tradeinvest.loading import plans as loading_plans
from tradeinvest.loading import yardstick as loading_yardstick
from tradeinvest.loading.uploads import load_upload
from tradeinvest.periods import Quarter
from tradeinvest.sample.calendar_data import CALENDAR

_HEADER = ["Thema", "Startdatum", "Einddatum", "Event", "Waar", "Wie", "Organisatie door",
           "Met wie extern"]
D = dt.datetime  # real Excel date cells

# Annex 2 of the plan, as written (theme, start, end, event, place, who, organised by, with).
ANNEX2_INVEST: list[tuple] = [
    ("Azie", D(2018, 1, 29), D(2018, 1, 29), "Reünie Missie Guangdong 2017", "Bunnik", "Anna",
     "IU", "MOA"),
    ("Azie", D(2018, 1, 29), D(2018, 1, 29), "Ontvangst Taiwanese ambassadeur", "Utrecht",
     "Anna", "Gemeente Utrecht", None),
    (None, "januari 2018", None, "Inkomend bezoek van de burgemeester van Taipei", "Utrecht",
     "Erlijn", "Gemeente Utrecht", None),
    ("Azie", D(2018, 2, 21), D(2018, 2, 21), "Chinees Nieuwjaar", "Nieuwegein", "Anna",
     "Gemeente Nieuwegein", None),
    ("LSH", D(2018, 3, 12), D(2018, 3, 14), "BioEurope Spring", "Amsterdam", "Jan",
     "Invest in Holland", "EMA Taskforce"),
    ("USA", D(2018, 3, 19), D(2018, 3, 23), "GDC (Game Developers Conference)", None,
     "Frédérique", "IU", "DGG"),
    ("ICT", D(2018, 4, 15), D(2018, 4, 19), "RSA - Acquisitiereis ICT", "VS", "Frederique",
     "NAT ICT", "Invest in Holland"),
    ("LSH", D(2018, 6, 3), D(2018, 6, 8), "BIO 2018 - beurs", "VS, Boston", "Jan",
     "Invest in Holland", "Invest in Holland"),
    ("ICT", D(2018, 6, 4), D(2018, 6, 6), "Infosecurity", "UK", "Frederique",
     "IU + NFIA London", "NAT ICT"),
    ("Duitsland", "juni 2018", None, "HollandTag", "Düsseldorf", "Bianca", "UCIB", None),
    (None, "1ste helft 2018", None, "Innovatieontbijt buitenlandse bedrijven in de regio", None,
     "Anna", "IU", "USP"),
    ("Azie", D(2018, 7, 11), None, "Ontvangst Chinese ambassadeur", "Utrecht", "Anna",
     "Gemeente Utrecht", None),
    ("Gaming", D(2018, 8, 22), D(2018, 8, 25), "GamesCom - beurs", "Duitsland, Keulen",
     "Frederique", "IU + DGG", "Utrecht, Dutch Game Garden"),
    ("Duitsland", "September 2018", None, "Start-up Event voor Duitse start-ups", "tbd",
     "Bianca", "UCIB", None),
    ("LSH", D(2018, 10, 8), D(2018, 10, 11), "Bestuurlijke Missie India", "India, Mumbai",
     "Pim & Jan", "IU + NFIA India", "BM de Bilt, Utrecht Region"),
    (None, "oktober 2018", None, "Expo Real vastgoedbeurs", "München", "Bianca", "UCIB", None),
    ("LSH", D(2018, 11, 5), D(2018, 11, 7), "BioEurope 2018 - beurs", "Copenhagen DK", "Jan",
     "IU + LS regio's", "EMA Taskforce"),
    ("Brexit", "tbd", None, "Acquisitiereis VK", "VK", "Esther", "NBCC + Utrecht Region",
     "UCIB & Amersfoort"),
    ("IiH", "tbd", None, "Acquisitiereis Frankrijk", "Frankrijk", "Jan", "NAT LSH + IiH",
     "Invest in Holland"),
]
ANNEX2_TRADE: list[tuple] = [
    (None, D(2018, 1, 28), D(2018, 1, 29), "Inkomende missie burgemeester Ko van Taipei City",
     "Utrecht", "Jaap", "Utrecht Region", None),
    (None, D(2018, 4, 17), D(2018, 4, 17), "Duitslanddag", "Utrecht", "George",
     "Utrecht Region", None),
    (None, "april 2018", None, "Hannover Messe", "Hannover", "George", "Utrecht Region", None),
    ("Taiwan", D(2018, 6, 5), D(2018, 6, 9), "Missie Brainport & RVO naar Computex / Innovex",
     "Taipei", "Jaap", "EBU", None),
    (None, D(2018, 7, 2), D(2018, 7, 28), "Stores", "München", "George", "Utrecht Region",
     None),
    (None, "najaar 2018", None, "Uitgaande missie Toronto", None, None, "UU", None),
    ("Taiwan", D(2018, 8, 30), D(2018, 9, 1), "Missie naar Water Expo", "Taipei", "Jaap",
     "Utrecht Region", None),
    (None, "september 2018", None, "Dutch Media Week", "Hilversum", "Jaap", "Utrecht Region",
     None),
    ("Mobiliteit", D(2018, 9, 17), D(2018, 9, 19), "Inkomend bezoek Regensburg", "Utrecht",
     "George", "Utrecht Region", None),
    (None, "oktober 2018", None, "Design Week", "Manchester", "Jaap", "Utrecht Region", None),
    (None, None, None, "Taiwan Business Day", "Utrecht", None, None,
     "Taiwan Globalization Network"),
    ("Taiwan", D(2018, 11, 2), D(2018, 11, 11), "Missie naar Horticulture expo 2018",
     "Taichung", "Jaap", "Burgemeester Almere", "Brainport en Utrecht Region"),
    ("Smart City", D(2018, 11, 12), D(2018, 11, 15), "Deelname World Smart City Expo",
     "Barcelona", "Tom W.", None, None),
    (None, D(2018, 11, 26), D(2018, 11, 30), "Uitgaande missie Baden-W", "Baden-W", "George",
     "Utrecht Region", None),
]
_MONTHS_NL = ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
              "september", "oktober", "november", "december")
_TOPIC = {"lsh": "LSH", "ict": "ICT", "gaming": "Gaming", "cleantech": "Duurzaamheid",
          "agrifood": "Tuinbouw", "mobility": "Mobiliteit", "urban_planning": "Smart City"}
_COUNTRY_NL = {"DE": "Duitsland", "US": "VS", "IN": "India", "CN": "China", "TW": "Taiwan",
               "CA": "Canada", "JP": "Japan"}
# Plans that never became a mission (year -> rows), next to the sample's missions.
_NOT_CARRIED_OUT: dict[int, list[tuple]] = {
    2019: [("LSH", "najaar 2019", None, "Acquisitiereis Boston en New York", "VS", "Jan",
            "IU", "NFIA New York")],
    2024: [("Duitsland", "oktober 2024", None, "Handelsmissie Beieren", "München", "George",
            "UCIB", "EBU"),
           ("ICT", "1ste helft 2024", None, "Acquisitiereis Canada", "Canada, Toronto", "Tom W.",
            "UCIB", "NFIA"),
           ("LSH", "tbd", None, "Seminar Invest in Utrecht Japan", "Tokio", "Anna", "IU", None)],
    2025: [("Taiwan", "najaar 2025", None, "Inkomend bezoek Kaohsiung", "Utrecht", "Jaap",
            "Utrecht Region", None),
           ("Smart City", D(2025, 11, 4), D(2025, 11, 6), "Smart City Expo World Congress",
            "Barcelona", "Tom W.", "UCIB", None)],
}


def _workbook(year: int, invest: list[tuple], trade: list[tuple]) -> bytes:
    """A calendar as the team keeps it: a title row above each header, one sheet per pillar."""
    wb = Workbook()
    wb.remove(wb.active)
    for sheet, rows in (("Invest", invest), ("Trade", trade)):
        ws = wb.create_sheet(sheet)
        ws.append([f"Overzicht missies & bijeenkomsten {sheet} {year}"])
        ws.append([])
        ws.append(_HEADER)
        for row in rows:
            ws.append(list(row))
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def _from_missions(year: int) -> tuple[list[tuple], list[tuple]]:
    """A later year's calendar from the sample's missions: every second one with only its
    month, incoming visits at their Dutch venue, countries written the Dutch way."""
    invest, trade = [], []
    events = [e for e in CALENDAR if e[0] == year and e[8] != "online"]
    for i, (_y, month, day, days, name, kind, pillar, country, city, sector, led, partner) \
            in enumerate(events):
        start = D(year, month, day)
        end = start + dt.timedelta(days=days - 1)
        when: tuple = ((f"{_MONTHS_NL[month - 1]} {year}", None) if i % 2 else (start, end))
        place = (f"{_COUNTRY_NL[country]}, {city}"
                 if country in _COUNTRY_NL and i % 3 == 0 and kind != "incoming" else city)
        row = (_TOPIC.get(sector), *when, name, place, led, partner, None)
        (trade if pillar == "trade" else invest).append(row)
    extra = _NOT_CARRIED_OUT.get(year, [])
    invest += [r for r in extra if r[0] not in ("Taiwan", "Duitsland")]
    trade += [r for r in extra if r[0] in ("Taiwan", "Duitsland")]
    return invest, trade


_PLAN_COLUMNS = ("country", "pillar", "regions", "activities", "team", "target_contacts",
                 "target_bidbooks_ffts", "target_mission_companies", "target_leads",
                 "target_projects", "target_new_jobs")
_PLANS_2024 = [
    ("DE", "both", "Zuid-Duitsland, Noordrijn-Westfalen",
     "Hannover Messe, Gamescom, Medica; handelsmissie Beieren", "Bianca, George",
     60, 8, 30, 12, 10, 90),
    ("GB", "invest", "Londen, Cambridge (EMA)", "BIO-Europe, acquisitiereis VK", "Esther",
     35, 6, 0, 4, 6, 90),
    ("CN", "both", "Guangdong, Hongkong", "Missie Guangdong (najaar), inkomende delegaties",
     "Anna", 25, 5, 12, 8, 7, 200),
    ("IN", "invest", "Mumbai, Bengaluru", "Missie India (oktober)", "Pim, Jan",
     25, 4, 14, 6, 3, 150),
    ("JP", "invest", "Kansai, Tokio", "Inkomende missie Osaka, seminar Japan", "Anna",
     30, 4, 10, 4, 3, 120),
    ("TW", "both", "Taichung, Kaohsiung, Taoyuan, New Taipei, Taipei",
     "Handelsmissie tuinbouw, inkomend bezoek", "Jaap", 15, 2, 12, 6, 5, 30),
    ("US", "invest", "SF, Atlanta, New York, Boston, Chicago",
     "BIO International Convention, acquisitiereis", "Jan, Frederique", 60, 8, 12, 8, 7, 200),
    ("CA", "invest", "Toronto, Vancouver", "Acquisitiereis Canada", "Tom W.",
     10, 2, 0, 2, 2, 50),
]
_JOBS_2025 = {"DE": 100, "GB": 90, "CN": 220, "IN": 160, "JP": 120, "TW": 40, "US": 210,
              "CA": 60}  # adds up to 1,000


def _plans_frame(rows: list[tuple]) -> pd.DataFrame:
    return pd.DataFrame(rows, columns=list(_PLAN_COLUMNS)).reindex(
        columns=[c.name for c in schema.COUNTRY_PLANS.columns])


def _mission(con: duckdb.DuckDBPyConnection, name: str, year: int) -> str | None:
    rows = con.execute("SELECT reference FROM missions_current WHERE name = ? "
                       "AND year(start_date) = ? ORDER BY reference", [name, year]).fetchall()
    return rows[0][0] if rows else None


def _bidbook(con: duckdb.DuckDBPyConnection, outcome: str, year: int
             ) -> tuple[str, str, str] | None:
    rows = con.execute("SELECT reference, company, country FROM bidbooks_current WHERE "
                       "outcome = ? AND year(issued_date) = ? ORDER BY reference LIMIT 1",
                       [outcome, year]).fetchall()
    return rows[0] if rows else None


def _landed_company(con: duckdb.DuckDBPyConnection, year: int, rank: int
                    ) -> tuple[str, str, str] | None:
    rows = con.execute("SELECT company, country, sector FROM projects_current WHERE "
                       "year(date_realised) = ? AND pillar = 'invest' "
                       "ORDER BY new_jobs DESC, reference LIMIT 1 OFFSET ?",
                       [year, rank]).fetchall()
    return rows[0] if rows else None


def _opportunities(con: duckdb.DuckDBPyConnection) -> list[loading_yardstick.Opportunity]:
    O = loading_yardstick.Opportunity  # noqa: E741, N806 - a short alias keeps the table readable
    out = [
        O(dt.date(2018, 2, 10), "Gamescom: paviljoen met Dutch Game Garden", "mission_proposal",
          4, 5, 4, 4, "invest", "DE", "gaming", "take", "Sterk netwerk (DGG), banen in gaming",
          _mission(con, "Gamescom 2018", 2018)),
        O(dt.date(2018, 5, 15), "Gouverneursmissie India (LSH)", "mission_proposal", 5, 4, 4, 3,
          "invest", "IN", "lsh", "take", "Focusland, NFIA India doet mee",
          _mission(con, "Gouverneursmissie India", 2018)),
        O(dt.date(2018, 6, 20), "Medica Düsseldorf: stand met LSH-bedrijven",
          "mission_proposal", 3, 4, 3, 3, "invest", "DE", "lsh", "take", None,
          _mission(con, "Medica 2018", 2018)),
        O(dt.date(2018, 9, 1), "Uitnodiging handelsmissie Brazilië", "new_market", 2, 2, 2, 1,
          "trade", "BR", "agrifood", "decline",
          "Geen focusland; weinig vraag van regionale bedrijven; eenmalig"),
        O(dt.date(2019, 3, 1), "Missie Guangdong 2019", "mission_proposal", 4, 4, 5, 4, "trade",
          "CN", "cleantech", "take", "Vervolg op 2017, vraag van bedrijven",
          _mission(con, "Missie Guangdong", 2019)),
        O(dt.date(2020, 12, 1), "Online seminar Japan: life sciences", "other", 3, 3, 3, 4,
          "invest", "JP", "lsh", "take", "Goedkoop, houdt het netwerk warm",
          _mission(con, "Online seminar Japan: life sciences in Utrecht", 2021)),
        O(dt.date(2024, 1, 20), "BIO International Convention 2024: Holland-paviljoen",
          "mission_proposal", 4, 5, 4, 3, "invest", "US", "lsh", "take", None,
          _mission(con, "BIO International Convention 2024", 2024)),
        O(dt.date(2024, 5, 1), "Missie India 2024 (ICT)", "mission_proposal", 4, 3, 4, 3,
          "invest", "IN", "ict", "take", "Focusland; ICT-bedrijven zoeken EU-vestiging",
          _mission(con, "Missie India", 2024)),
        O(dt.date(2024, 6, 1), "Web Summit Lissabon", "mission_proposal", 2, 3, 3, 2, "invest",
          "PT", "ict", "take", "Goedkope stand via NFIA",
          _mission(con, "Web Summit 2024", 2024)),
        O(dt.date(2025, 2, 1), "Uitnodiging verkenningsmissie Zuid-Afrika", "new_market",
          1, 2, 2, 1, "trade", "ZA", None, "decline", "Buiten de strategie, geen netwerk"),
        O(dt.date(2025, 9, 1), "Inkomende delegatie Kaohsiung", "incoming_request", 3, 4, 3, 3,
          "trade", "TW", "cleantech", "open"),
    ]
    won, lost = _bidbook(con, "won", 2022), _bidbook(con, "lost", 2022)
    if won:
        out.append(O(dt.date(2022, 1, 5), f"Verzoek om propositie: {won[1]}", "bidbook_request",
                     4, 4, 4, 3, "invest", won[2], None, "take", "Concreet project met banen",
                     bidbook_reference=won[0]))
    if lost:
        out.append(O(dt.date(2022, 1, 3), f"Verzoek om propositie: {lost[1]}",
                     "bidbook_request", 3, 2, 3, 3, "invest", lost[2], None, "take",
                     bidbook_reference=lost[0]))
    declined = _landed_company(con, 2024, 0)
    if declined:
        out.append(O(dt.date(2023, 1, 15), f"Vestigingsvraag van {declined[0]}",
                     "incoming_request", 2, 3, 2, 2, "invest", declined[1], declined[2],
                     "decline", "Nog te vaag; kwam later toch", company=declined[0]))
    taken = _landed_company(con, 2025, 1)
    if taken:
        out.append(O(dt.date(2024, 3, 1), f"Vestigingsvraag van {taken[0]}", "incoming_request",
                     5, 4, 4, 4, "invest", taken[1], taken[2], "take", "Veel banen, snel",
                     company=taken[0]))
    return out


def load_plans_sample(con: duckdb.DuckDBPyConnection, user: str = "voorbeelddata",
                      last_quarter: str = "2025Q4") -> int:
    """Load the sample calendars, country plans and opportunities; return how many uploads.

    Years after `last_quarter` are left out, as in the rest of the sample.
    """
    last_year = Quarter.parse(last_quarter).year
    count = 0
    calendars = {2018: (ANNEX2_INVEST, ANNEX2_TRADE)}
    calendars.update({y: _from_missions(y) for y in (2019, 2024, 2025)})
    for year, (invest, trade) in calendars.items():
        if year <= last_year:
            load_upload(con, _workbook(year, invest, trade), f"activiteitenkalender_{year}.xlsx",
                        "calendar", str(year), user)
            count += 1
    if last_year >= 2018:
        loading_plans.set_place_country(con, "Baden-W", None, "DE", user,
                                      now=dt.datetime(2018, 12, 3, 9, 0))
    if last_year >= 2024:
        data = write_workbook("country_plans", {"country_plans": _plans_frame(_PLANS_2024)},
                              aids=False)
        load_upload(con, data, "landenplannen_2024.xlsx", "country_plans", "2024", user)
        count += 1
    if last_year >= 2025:
        rows = [(*r[:10], _JOBS_2025[r[0]]) for r in _PLANS_2024]
        rows = [(*r[:5], *(round(v * 1.1) for v in r[5:10]), r[10]) for r in rows]
        loading_plans.save_country_plans(con, 2025, _plans_frame(rows), user)
        count += 1
    for opportunity in _opportunities(con):
        if opportunity.received.year <= last_year:
            loading_yardstick.add_opportunity(
                con, opportunity, user,
                now=dt.datetime.combine(opportunity.received, dt.time(9, 0)))
    return count
