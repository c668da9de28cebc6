"""The sample world cut to the end of a quarter, as upload frames per (kind, quarter): facts
as known then (a lead or bidbook whose project lands later is still open)."""

from __future__ import annotations

import datetime as dt

import pandas as pd

from tradeinvest import vocab
from tradeinvest.ingest import schema
from tradeinvest.ingest.spec import SheetSpec
from tradeinvest.periods import Quarter
from tradeinvest.sample.calendar_data import SEVERAL_THEMES
from tradeinvest.sample.entities import Bidbook, Lead
from tradeinvest.sample.evidence import evidence_text
from tradeinvest.sample.world import World

KIND_ORDER = ("missions", "contacts", "bidbooks", "projects")


def _lead_status(lead: Lead, cut: dt.date) -> str:
    if lead.project is not None and lead.project.date <= cut:
        return "won"
    age = (cut - lead.mission.start).days
    if lead.lost_after is not None and age >= lead.lost_after:
        return "lost"
    return "new" if age < 60 else "in_progress"


def _bidbook_outcome(bidbook: Bidbook, cut: dt.date) -> str:
    if bidbook.project is not None and bidbook.project.date <= cut:
        return "won"
    if bidbook.lost_after is not None and (cut - bidbook.date).days >= bidbook.lost_after:
        return "lost"
    return "pending"


def _frame(spec: SheetSpec, rows: list[dict[str, object]]) -> pd.DataFrame:
    return pd.DataFrame.from_records(rows, columns=[c.name for c in spec.columns])


def upload_frames(world: World, quarters: list[Quarter], cut: dt.date
                  ) -> dict[tuple[str, str], dict[str, pd.DataFrame]]:
    by_quarter: dict[tuple[str, Quarter], list] = {}
    for kind, items, date_of in (
            ("missions", world.missions, lambda m: m.start),
            ("contacts", world.contacts, lambda c: c.date),
            ("bidbooks", world.bidbooks, lambda b: b.date),
            ("projects", world.projects, lambda p: p.date)):
        for item in items:
            by_quarter.setdefault((kind, Quarter.of(date_of(item))), []).append(item)
    out: dict[tuple[str, str], dict[str, pd.DataFrame]] = {}
    for quarter in quarters:
        for kind in KIND_ORDER:
            items = by_quarter.get((kind, quarter))
            if not items:
                continue
            out[(kind, str(quarter))] = _rows(kind, items, cut)
    return out


def _rows(kind: str, items: list, cut: dt.date) -> dict[str, pd.DataFrame]:
    if kind == "missions":
        missions = [{
            "reference": m.ref, "name": m.name, "mission_kind": m.kind, "pillar": m.pillar,
            "country": m.country, "city": m.city, "start_date": m.start, "end_date": m.end,
            "theme": SEVERAL_THEMES.get((m.start.year, m.name), vocab.SECTOR_THEME[m.sector]),
            "sector": m.sector, "led_by": m.led_by,
            "companies": m.companies, "partner": m.partner} for m in items]
        leads = [{
            "mission_reference": m.ref, "company": lead.spelled,
            "country": lead.market or lead.company.country,
            "sector": lead.company.sector, "pillar": lead.pillar,
            "status": _lead_status(lead, cut), "expected_jobs": lead.expected_jobs,
            "expected_value_eur": lead.expected_value, "ema_brexit": lead.ema}
            for m in items for lead in m.leads]
        return {"missions": _frame(schema.MISSIONS, missions),
                "leads": _frame(schema.LEADS, leads)}
    if kind == "contacts":
        return {"contacts": _frame(schema.CONTACTS, [{
            "contact_date": c.date, "company": c.spelled,
            "country": c.country,
            "sector": c.company.sector, "pillar": c.pillar, "contact_kind": c.kind,
            "channel": c.channel, "country_team": c.team, "partner": c.partner,
            "person_name": c.person[0], "person_email": c.person[1],
            "person_phone": c.person[2]} for c in items])}
    if kind == "bidbooks":
        rows = []
        for b in items:
            outcome = _bidbook_outcome(b, cut)
            rows.append({"reference": b.ref, "issued_date": b.date, "company": b.spelled,
                         "country": b.market or b.company.country, "sector": b.company.sector,
                         "bidbook_kind": b.kind, "outcome": outcome,
                         "project_reference": b.project.ref if outcome == "won" and b.project
                         else None, "pillar": b.pillar})
        return {"bidbooks": _frame(schema.BIDBOOKS, rows)}
    return {"projects": _frame(schema.PROJECTS, [{
        "reference": p.ref, "company": p.spelled, "pillar": p.pillar, "project_kind": p.kind,
        "country": p.market or p.company.country, "intermediate_company": p.intermediate,
        "sector": p.company.sector, "theme": p.theme, "date_realised": p.date,
        "new_jobs": p.new_jobs, "retained_jobs": p.retained_jobs,
        "investment_eur": p.investment, "contract_value_eur": p.contract_value,
        "municipality": p.municipality, "partner": p.partner, "nfia_assisted": p.nfia,
        "lead_source": p.lead_source, "lead_reference": p.source.ref if p.source else None,
        "ema_brexit": p.ema, "evidence": evidence_text(p)} for p in items])}
