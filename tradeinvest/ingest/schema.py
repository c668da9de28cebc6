"""What each spreadsheet kind holds: the one schema the reader, validator and templates share.

A *kind* (projects, missions, contacts, bidbooks) is uploaded per quarter, the activity calendar
and the country plans per year; it has one or more
sheets, each a `SheetSpec` whose columns map one-to-one onto a DuckDB table
(see `tradeinvest/store/migrations`). Column names are the stored names; headers in a file
are matched against the Dutch label, the English label and the synonyms, ignoring case,
spacing and punctuation.
"""

from __future__ import annotations

from dataclasses import replace

from tradeinvest import vocab
from tradeinvest.ingest.schema_follow_up import FOLLOW_UP
from tradeinvest.ingest.schema_pipeline import PIPELINE
from tradeinvest.ingest.spec import Column, LimitKind, SheetSpec

# The largest value a number column accepts per row, by what it measures: a typo (an extra
# zero, 1e308) is refused instead of turning a total into infinity. Jobs per row can be set
# (settings key `max_jobs_per_row`); see ingest/limits.py.
LIMITS: dict[LimitKind, float] = {"jobs": 10_000.0, "amount": 100e9, "count": 100_000.0}


def _ref(name: str, nl: str, en: str, required: bool, *syn: str, help_nl: str = "") -> Column:
    return Column(name, nl, en, "text", required, syn, help_nl=help_nl)


_COMPANY = Column("company", "Bedrijf", "Company", "text", True,
                  ("bedrijfsnaam", "company name", "organisatie", "organisation", "organization",
                   "naam bedrijf", "onderneming", "firma"),
                  help_nl="Naam van het bedrijf zoals het zichzelf noemt.")
_COUNTRY = Column("country", "Land", "Country", "country", True,
                  ("land van herkomst", "herkomstland", "origin country", "country of origin",
                   "land hoofdkantoor", "hq country", "iso", "landcode"),
                  help_nl="Invest: land van het hoofdkantoor van de uiteindelijke moeder; Trade: "
                          "de exportmarkt. NL of EN naam, of ISO-code zoals DE of DEU.")
_SECTOR = Column("sector", "Sector", "Sector", "sector", True, ("branche", "industry", "cluster"),
                 help_nl="Sector uit de lijst; synoniemen worden herkend.")
_THEME = Column("theme", "Thema", "Theme", "theme", False, ("groen gezond slim", "profiel"),
                help_nl="Groen, Gezond of Slim. Leeg = afgeleid uit de sector.")
# A mission may serve several themes ("Gezond; Slim; Groen"); a project keeps one.
_THEMES = replace(_THEME, several=True,
                  help_nl="Groen, Gezond of Slim; een missie die meer thema's dient: "
                          "'Gezond; Slim; Groen'. Leeg = afgeleid uit de sector.")
_PILLAR = Column("pillar", "Pijler", "Pillar", "choice", True, ("invest of trade",),
                 choices=vocab.PILLARS, help_nl="Invest of Trade.")
_PARTNER = Column("partner", "Partner", "Partner", "choice", False,
                  ("gecrediteerde partner", "credited partner", "organisatie team",
                   "betrokken partner"),
                  choices=vocab.PARTNERS, help_nl="Welke partner het resultaat op zijn naam zet.")
_EMA = Column("ema_brexit", "EMA/Brexit", "EMA/Brexit", "bool", False,
              ("ema", "brexit", "ema brexit tag", "ema-gerelateerd"),
              choices=vocab.YES_NO, help_nl="Ja als het project of de lead met EMA/Brexit "
                                            "samenhangt.")

PROJECTS = SheetSpec(
    name="projects", sheet_nl="Projecten", sheet_names=("projects", "projecten", "banen", "jobs"),
    key=("reference",), quarter_date="date_realised",
    columns=(
        _ref("reference", "Projectreferentie", "Project reference", True, "referentie",
             "reference", "ref", "projectnummer", "project id", "id",
             help_nl="Uniek nummer, bijvoorbeeld P-2024-001."),
        _COMPANY,
        _PILLAR,
        Column("project_kind", "Soort project", "Project kind", "choice", True,
               ("soort", "type", "projecttype", "project type", "kind"),
               choices=vocab.PROJECT_KINDS,
               help_nl="Nieuwe vestiging, uitbreiding, behoud, overname of exportcontract."),
        _COUNTRY,
        Column("intermediate_company", "Tussenliggend bedrijf", "Intermediate company", "text",
               False, ("via", "tussenhoudster", "intermediate"),
               help_nl="Bijvoorbeeld de Britse dochter waarlangs een Amerikaans bedrijf "
                       "investeert."),
        _SECTOR,
        _THEME,
        Column("date_realised", "Datum gerealiseerd", "Date realised", "date", True,
               ("datum", "date", "realisatiedatum", "datum realisatie", "landing date",
                "datum landing", "gerealiseerd op", "opening"),
               help_nl="Datum van besluit of opening (dd-mm-jjjj). Moet in het kwartaal vallen."),
        Column("new_jobs", "Nieuwe directe banen", "New direct jobs", "number", True,
               ("nieuwe banen", "banen", "jobs", "new jobs", "fte", "arbeidsplaatsen",
                "nieuwe arbeidsplaatsen", "direct jobs"),
               help_nl="Verwachte nieuwe directe banen (fte) in de eerste drie jaar.",
               limit="jobs"),
        Column("retained_jobs", "Behouden banen", "Retained jobs", "number", False,
               ("behouden arbeidsplaatsen", "safeguarded jobs", "retained", "behoud banen"),
               default=0.0, help_nl="Behouden banen; telt nooit mee als nieuwe banen. Leeg = 0.",
               limit="jobs"),
        Column("investment_eur", "Investering (EUR)", "Investment (EUR)", "number", False,
               ("investering", "investment", "investering eur", "investment eur",
                "investeringsbedrag"),
               help_nl="Investeringsbedrag in euro (optioneel).", limit="amount"),
        Column("contract_value_eur", "Contractwaarde (EUR)", "Contract value (EUR)", "number",
               False, ("contractwaarde", "contract value", "waarde contract", "orderwaarde"),
               help_nl="Alleen voor Trade: waarde van het exportcontract in euro.",
               limit="amount"),
        Column("municipality", "Gemeente", "Municipality", "text", False,
               ("plaats", "vestigingsplaats", "location", "city"),
               help_nl="Gemeente in de regio waar het project landt."),
        _PARTNER,
        Column("nfia_assisted", "Met NFIA", "NFIA assisted", "bool", False,
               ("nfia", "nfia betrokken", "nfia-assisted", "nfia assisted"),
               choices=vocab.YES_NO, help_nl="Ja als NFIA betrokken was."),
        Column("lead_source", "Bron lead", "Lead source", "choice", False,
               ("bron", "source", "herkomst lead", "leadbron"), choices=vocab.LEAD_SOURCES,
               help_nl="Waar het project vandaan kwam."),
        _ref("lead_reference", "Referentie bron", "Source reference", False,
             "missiereferentie", "bidbookreferentie", "source ref", "mission reference",
             help_nl="Referentie van de missie of het bidbook/FFT waaruit het project kwam."),
        _EMA,
        _ref("evidence", "Bewijs", "Evidence", False, "bron bewijs", "persbericht",
             "press release",
             help_nl="Bewijsstukken uit de bewijslijst, gescheiden door ';', bijvoorbeeld "
                     "'KvK; bezoekverslag; investeringsbesluit; belang ≥ 10 %; persbericht "
                     "12-3-2024' (lijst: Instellingen > Bewijslijst)."),
    ),
)

MISSIONS = SheetSpec(
    name="missions", sheet_nl="Missies", sheet_names=("missions", "missies", "missie", "mission"),
    key=("reference",), quarter_date="start_date",
    columns=(
        _ref("reference", "Missiereferentie", "Mission reference", True, "referentie",
             "reference", "ref", "missie id", "mission id", "id",
             help_nl="Uniek nummer, bijvoorbeeld M-2024-03."),
        Column("name", "Naam", "Name", "text", True,
               ("naam missie", "mission name", "evenement", "event", "titel", "title"),
               help_nl="Naam van de missie, beurs of het evenement."),
        Column("mission_kind", "Soort", "Kind", "choice", True,
               ("soort missie", "type", "mission kind", "mission type"),
               choices=vocab.MISSION_KINDS,
               help_nl="Uitgaande missie, inkomende missie, beurs of evenement."),
        Column("pillar", "Pijler", "Pillar", "choice", True, ("invest of trade",),
               choices=vocab.MISSION_PILLARS, help_nl="Invest, Trade of beide."),
        Column("country", "Land", "Country", "country", True, ("bestemming", "destination"),
               help_nl="Land van bestemming (bij inkomende missies: land van herkomst)."),
        Column("city", "Stad", "City", "text", False, ("plaats", "place", "locatie", "location"),
               help_nl="Stad of regio."),
        Column("start_date", "Startdatum", "Start date", "date", True,
               ("begindatum", "van", "from", "start", "datum", "date"),
               help_nl="Eerste dag (dd-mm-jjjj). Moet in het kwartaal vallen."),
        Column("end_date", "Einddatum", "End date", "date", False, ("tot", "to", "end", "eind"),
               help_nl="Laatste dag; leeg = een dag."),
        _THEMES,
        Column("sector", "Sector", "Sector", "sector", False, ("branche", "industry"),
               help_nl="Hoofdsector van de missie (optioneel)."),
        Column("led_by", "Geleid door", "Led by", "text", False,
               ("leider", "delegatieleider", "leader", "head of delegation", "medewerker",
                "staff member"),
               help_nl="Bijvoorbeeld de gedeputeerde Economie."),
        Column("companies", "Deelnemende bedrijven", "Participating companies", "int", True,
               ("aantal bedrijven", "bedrijven", "companies", "number of companies",
                "deelnemers", "participants"),
               help_nl="Aantal deelnemende bedrijven (geheel getal).", limit="count"),
        _PARTNER,
    ),
)

LEADS = SheetSpec(
    name="leads", sheet_nl="Leads", sheet_names=("leads", "lead"),
    key=("mission_reference", "company"),
    columns=(
        _ref("mission_reference", "Missiereferentie", "Mission reference", True, "missie",
             "mission", "missie id", "mission id", "referentie missie",
             help_nl="Referentie van de missie (op het blad Missies of eerder geüpload)."),
        _COMPANY,
        _COUNTRY,
        _SECTOR,
        _PILLAR,
        Column("status", "Status", "Status", "choice", True, ("stand", "stage", "fase"),
               choices=vocab.LEAD_STATUSES, help_nl="Nieuw, in behandeling, gewonnen of "
                                                    "verloren."),
        Column("expected_jobs", "Verwachte banen", "Expected jobs", "number", False,
               ("banen", "jobs", "verwachte arbeidsplaatsen", "potential jobs"),
               help_nl="Verwachte nieuwe banen als de lead landt.", limit="jobs"),
        Column("expected_value_eur", "Verwachte contractwaarde (EUR)",
               "Expected contract value (EUR)", "number", False,
               ("contractwaarde", "contract value", "waarde", "value"),
               help_nl="Voor Trade: verwachte contractwaarde in euro.", limit="amount"),
        _EMA,
    ),
)

CONTACTS = SheetSpec(
    name="contacts", sheet_nl="Contacten", sheet_names=("contacts", "contacten", "contact"),
    quarter_date="contact_date",
    columns=(
        Column("contact_date", "Datum", "Date", "date", True,
               ("contactdatum", "contact date", "datum contact"),
               help_nl="Datum van het contact (dd-mm-jjjj). Moet in het kwartaal vallen."),
        _COMPANY,
        _COUNTRY,
        _SECTOR,
        _PILLAR,
        Column("contact_kind", "Soort contact", "Contact kind", "choice", True,
               ("soort", "type", "contact type", "kind"), choices=vocab.CONTACT_KINDS,
               help_nl="Acquisitieprospect, investor-relationsbezoek of trade-klant."),
        Column("channel", "Kanaal", "Channel", "choice", True, ("via", "bron", "source"),
               choices=vocab.CHANNELS,
               help_nl="Beurs, missie, fact-finding trip, NFIA-lead, online of overig."),
        Column("country_team", "Landenteam", "Country team", "country", False,
               ("team", "landen team", "country desk"),
               help_nl="Landenteam dat het contact had (land)."),
        _PARTNER,
        Column("person_name", "Contactpersoon", "Contact person", "text", False,
               ("naam contactpersoon", "contact name", "naam", "name", "persoon"),
               personal=True, help_nl="Optioneel; persoonsgegeven, apart bewaard."),
        Column("person_email", "E-mail", "E-mail", "text", False,
               ("email", "e-mailadres", "mail", "email address"), personal=True,
               help_nl="Optioneel; persoonsgegeven, apart bewaard."),
        Column("person_phone", "Telefoon", "Phone", "text", False,
               ("telefoonnummer", "tel", "phone number", "mobiel"), personal=True,
               help_nl="Optioneel; persoonsgegeven, apart bewaard."),
    ),
)

BIDBOOKS = SheetSpec(
    name="bidbooks", sheet_nl="Bidbooks", sheet_names=("bidbooks", "bidbook", "proposities",
                                                       "ffts", "fft"),
    key=("reference",), quarter_date="issued_date",
    columns=(
        _ref("reference", "Referentie", "Reference", True, "bidbook referentie", "ref", "id",
             "nummer", help_nl="Uniek nummer, bijvoorbeeld B-2024-07."),
        Column("issued_date", "Datum", "Date", "date", True,
               ("datum uitgebracht", "issued", "date issued", "datum bezoek"),
               help_nl="Datum uitgebracht of datum van de trip. Moet in het kwartaal vallen."),
        _COMPANY,
        _COUNTRY,
        _SECTOR,
        Column("bidbook_kind", "Soort", "Kind", "choice", True, ("type", "soort", "kind"),
               choices=vocab.BIDBOOK_KINDS, help_nl="Bidbook/propositie of fact-finding trip."),
        Column("outcome", "Uitkomst", "Outcome", "choice", True,
               ("resultaat", "result", "status"), choices=vocab.OUTCOMES,
               help_nl="Lopend, gewonnen of verloren."),
        _ref("project_reference", "Projectreferentie", "Project reference", False,
             "project", "gekoppeld project", "linked project",
             help_nl="Referentie van het project dat eruit voortkwam."),
        Column("pillar", "Pijler", "Pillar", "choice", False, (), choices=vocab.PILLARS,
               default="invest", help_nl="Invest of Trade (leeg = Invest)."),
    ),
)

# --- yearly kinds: the activity calendar (plan annex 2) and the country work plans ----------
# Both cover a whole year: the upload's period is the year ("2018"), kept in uploads.quarter,
# so history, replace and undo work as for the quarterly kinds.

_CALENDAR_COLUMNS = (
    Column("topic", "Thema", "Theme", "text", False,
           ("onderwerp", "topic", "sector", "cluster", "focus"),
           help_nl="Vrij: sector, regio of onderwerp (LSH, ICT, Azië, Brexit, …)."),
    Column("start_date", "Startdatum", "Start date", "date", False,
           ("begindatum", "van", "from", "start", "datum", "date", "wanneer", "when"),
           help_nl="dd-mm-jjjj, of zo precies als bekend: 'juni 2018', 'najaar 2018', "
                   "'1ste helft 2018', 'tbd'."),
    Column("end_date", "Einddatum", "End date", "date", False, ("tot", "to", "end", "eind"),
           help_nl="Laatste dag; leeg = gelijk aan de startdatum."),
    Column("event", "Event", "Event", "text", True,
           ("evenement", "activiteit", "activity", "naam", "name", "missie", "mission",
            "titel", "title"),
           help_nl="Naam van de missie, beurs, het bezoek of evenement."),
    Column("place", "Waar", "Place", "text", False,
           ("plaats", "locatie", "location", "stad", "city", "where", "bestemming",
            "destination"),
           help_nl="Land en/of stad, bijvoorbeeld 'VS, Boston', 'Duitsland, Keulen', 'Taipei'."),
    Column("staff", "Wie", "Staff member", "text", False,
           ("medewerker", "medewerkers", "who", "staff", "contactpersoon", "trekker"),
           help_nl="Medewerker(s) van het team."),
    Column("organised_by", "Organisatie door", "Organised by", "text", False,
           ("organisatie", "organisator", "organiser", "organizer", "organized by", "door"),
           help_nl="Wie het organiseert (IU, UCIB, NFIA, …)."),
    Column("partners", "Met wie extern", "External partners", "text", False,
           ("extern", "externe partners", "externe partij", "partners", "met wie",
            "with whom"),
           help_nl="Externe partners."),
    Column("country", "Land", "Country", "country", False, ("land bestemming", "iso"),
           help_nl="Optioneel: het land als 'Waar' het niet zegt (bij een inkomend bezoek: "
                   "het land van herkomst). Gaat voor op 'Waar'."),
    Column("mission_reference", "Missiereferentie", "Mission reference", "text", False,
           ("missie id", "mission id", "referentie", "reference"),
           help_nl="Optioneel: de referentie in de missiebestanden, als die al bekend is."),
)
CALENDAR_INVEST = SheetSpec(
    name="calendar_invest", sheet_nl="Invest", table="calendar_items",
    sheet_names=("invest", "missies invest", "kalender invest", "acquisitie", "investment"),
    columns=_CALENDAR_COLUMNS)
CALENDAR_TRADE = SheetSpec(
    name="calendar_trade", sheet_nl="Trade", table="calendar_items",
    sheet_names=("trade", "missies trade", "kalender trade", "handel", "export"),
    columns=_CALENDAR_COLUMNS)


def _target(name: str, nl: str, en: str, *syn: str) -> Column:
    return Column(f"target_{name}", f"Doel {nl}", f"Target {en}", "number", False, syn,
                  help_nl=f"Doel voor het jaar: {nl}. Leeg = geen doel.",
                  limit="jobs" if name == "new_jobs" else "count")


COUNTRY_PLANS = SheetSpec(
    name="country_plans", sheet_nl="Landenplannen", key=("country",),
    sheet_names=("landenplannen", "landenplan", "landenfiches", "landenfiche", "country plans",
                 "work plans", "werkplannen"),
    columns=(
        Column("country", "Land", "Country", "country", True, ("focusland", "landcode"),
               help_nl="Het land van het landenteam (NL of EN naam, of ISO-code)."),
        Column("pillar", "Pijler", "Pillar", "choice", True, ("pijlers", "pillars"),
               choices=vocab.MISSION_PILLARS, help_nl="Invest, Trade of beide."),
        Column("regions", "Regio's", "Regions", "text", False,
               ("regio", "region", "focusregio", "focusregios"),
               help_nl="Regio's binnen het land, bijvoorbeeld 'Beieren, NRW'."),
        Column("activities", "Geplande activiteiten", "Planned activities", "text", False,
               ("activiteiten", "activities", "aanpak", "werkplan"),
               help_nl="De belangrijkste activiteiten (missies, beurzen, bezoeken)."),
        Column("team", "Landenteam", "Country team", "text", False,
               ("team", "medewerkers", "staff"), help_nl="Medewerkers van het landenteam."),
        _target("contacts", "contacten", "contacts", "contacten", "contacts"),
        _target("bidbooks_ffts", "bidbooks en FFT's", "bidbooks and FFTs", "bidbooks",
                "bidbooks en ffts", "ffts", "proposities"),
        _target("mission_companies", "bedrijven op missie", "companies on missions",
                "bedrijven op missie", "missiedeelnemers", "mission companies"),
        _target("leads", "leads", "leads", "leads"),
        _target("projects", "projecten", "projects", "projecten", "projects"),
        _target("new_jobs", "nieuwe banen", "new jobs", "banen", "nieuwe banen", "jobs",
                "new jobs"),
        Column("note", "Toelichting", "Note", "text", False, ("opmerking", "notes", "remark"),
               help_nl="Vrije toelichting."),
    ),
)

KINDS: dict[str, tuple[SheetSpec, ...]] = {
    "projects": (PROJECTS,),
    "missions": (MISSIONS, LEADS),
    "contacts": (CONTACTS,),
    "bidbooks": (BIDBOOKS,),
    "pipeline": (PIPELINE,),
    "calendar": (CALENDAR_INVEST, CALENDAR_TRADE),
    "country_plans": (COUNTRY_PLANS,),
    "follow_up": (FOLLOW_UP,),
}
YEARLY_KINDS = frozenset({"calendar", "country_plans", "follow_up"})  # period = a year, e.g. "2018"
QUARTERLY_KINDS = tuple(k for k in KINDS if k not in YEARLY_KINDS)
ALL_SHEETS: tuple[SheetSpec, ...] = tuple(s for specs in KINDS.values() for s in specs)
