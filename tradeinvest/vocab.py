"""Canonical vocabularies: one place for every coded value the product knows.

Each vocabulary maps a canonical code (stored in DuckDB) to its Dutch and English label and
the synonyms a coordinator may type in a spreadsheet. Ingest normalises to the code, templates
offer the Dutch labels as drop-downs, pages show the label in the chosen language.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Term:
    code: str
    nl: str
    en: str
    synonyms: tuple[str, ...] = ()

    def label(self, lang: str = "nl") -> str:
        return self.nl if lang == "nl" else self.en


Vocabulary = tuple[Term, ...]

PILLARS: Vocabulary = (
    Term("invest", "Invest", "Invest", ("investeren", "acquisitie", "fdi", "investment")),
    Term("trade", "Trade", "Trade", ("handel", "export")),
)
# Missions may serve both pillars.
MISSION_PILLARS: Vocabulary = PILLARS + (
    Term("both", "Invest en Trade", "Invest and Trade", ("beide", "invest & trade", "i&t")),
)

THEMES: Vocabulary = (
    Term("groen", "Groen", "Green", ("green", "duurzaam", "sustainable")),
    Term("gezond", "Gezond", "Healthy", ("healthy", "health", "gezondheid")),
    Term("slim", "Slim", "Smart", ("smart",)),
    Term("overig", "Overig", "Other", ("other", "geen", "none", "-")),
)

# Sector taxonomy (plan ch. 3): each sector carries its default Groen/Gezond/Slim theme.
SECTORS: Vocabulary = (
    Term("lsh", "Life sciences & health", "Life sciences & health",
         ("life sciences", "lsh", "health", "zorg", "medisch", "medical", "pharma", "farma",
          "biotech", "healthcare", "ouderenzorg", "elderly care", "life sciences en health",
          "life sciences and health", "medtech")),
    Term("ict", "ICT", "ICT",
         ("it", "software", "tech", "digital", "digitaal", "ict & tech", "data", "ai",
          "informatietechnologie", "information technology")),
    Term("gaming", "Gaming", "Gaming", ("games", "game", "serious gaming", "esports")),
    Term("mobility", "Stedelijke mobiliteit", "Urban mobility",
         ("mobiliteit", "urban mobility", "mobility", "transport", "e-mobility")),
    Term("urban_planning", "Stedelijke ontwikkeling", "Urban planning",
         ("urban planning", "healthy urban living", "gezonde verstedelijking", "bouw",
          "construction", "vastgoed", "real estate", "smart city")),
    Term("cleantech", "Duurzame technologie", "Sustainable technology",
         ("sustainable technology", "duurzaamheid", "sustainability", "energie", "energy",
          "cleantech", "afvalmanagement", "waste management", "circulair", "circular",
          "innovatie & duurzaamheid", "innovation & sustainability")),
    Term("agrifood", "Agrifood & tuinbouw", "Agrifood & horticulture",
         ("agrifood", "food", "voeding", "glastuinbouw", "tuinbouw", "horticulture",
          "greenhouse horticulture", "agri")),
    Term("creative", "Creatieve industrie", "Creative industries",
         ("creative", "creatief", "media", "design", "creatieve sector")),
    Term("business_services", "Zakelijke dienstverlening", "Business services",
         ("business services", "financial services", "financiele dienstverlening",
          "hoofdkantoor", "headquarters", "hq", "consultancy")),
    Term("logistics", "Logistiek", "Logistics", ("logistiek", "distributie", "distribution")),
    Term("other", "Overig", "Other", ("overig", "anders", "overige")),
)
SECTOR_THEME: dict[str, str] = {
    "lsh": "gezond", "ict": "slim", "gaming": "slim", "mobility": "groen",
    "urban_planning": "groen", "cleantech": "groen", "agrifood": "groen", "creative": "slim",
    "business_services": "overig", "logistics": "overig", "other": "overig",
}

PROJECT_KINDS: Vocabulary = (
    Term("new", "Nieuwe vestiging", "New establishment",
         ("nieuw", "new", "greenfield", "vestiging", "nieuwvestiging", "establishment")),
    Term("expansion", "Uitbreiding", "Expansion", ("expansie", "uitbreiding", "expansion")),
    Term("retention", "Behoud", "Retention",
         ("behoud", "retentie", "investor relations", "ir", "retention")),
    Term("acquisition", "Overname / fusie", "Acquisition / merger",
         ("overname", "fusie", "acquisition", "merger", "m&a")),
    Term("trade_contract", "Exportcontract", "Export contract",
         ("export", "contract", "exportcontract", "handelscontract", "trade contract",
          "trade")),
)

PARTNERS: Vocabulary = (
    Term("IU", "Invest Utrecht", "Invest Utrecht", ("iu", "invest utrecht", "provincie")),
    Term("UCIB", "Utrecht City in Business", "Utrecht City in Business",
         ("ucib", "gemeente utrecht", "utrecht city in business")),
    Term("ABT", "Amersfoort Business Team", "Amersfoort Business Team",
         ("abt", "amersfoort", "gemeente amersfoort", "amersfoort business team")),
    Term("EBU", "Economic Board Utrecht", "Economic Board Utrecht", ("ebu",)),
    Term("USP", "Utrecht Science Park", "Utrecht Science Park", ("usp",)),
    Term("UM", "Utrecht Marketing", "Utrecht Marketing", ("um", "utrecht marketing")),
    Term("NFIA", "NFIA (Invest in Holland)", "NFIA (Invest in Holland)",
         ("nfia", "invest in holland")),
    Term("other", "Overig", "Other", ("overig", "anders")),
)

LEAD_SOURCES: Vocabulary = (
    Term("mission", "Missie / evenement", "Mission / event",
         ("missie", "mission", "event", "evenement", "beurs", "fair")),
    Term("bidbook_fft", "Bidbook / FFT", "Bidbook / FFT",
         ("bidbook", "fft", "fact finding trip", "propositie", "proposition")),
    Term("nfia_lead", "NFIA-lead", "NFIA lead", ("nfia", "nfia lead", "nfia-lead")),
    Term("ir_visit", "Investor relations", "Investor relations",
         ("ir", "ir-bezoek", "ir visit", "investor relations", "bedrijfsbezoek")),
    Term("direct", "Directe aanvraag", "Direct enquiry",
         ("direct", "direct enquiry", "aanvraag", "inbound", "online")),
    Term("other", "Overig", "Other", ("overig", "anders")),
)

MISSION_KINDS: Vocabulary = (
    Term("outgoing", "Uitgaande missie", "Outgoing mission",
         ("uitgaand", "uitgaande missie", "outgoing", "handelsmissie", "economische missie")),
    Term("incoming", "Inkomende missie", "Incoming mission",
         ("inkomend", "inkomende missie", "incoming", "ontvangst")),
    Term("fair", "Beurs / congres", "Fair / congress",
         ("beurs", "fair", "congres", "congress", "trade fair", "expo")),
    Term("event", "Evenement / seminar", "Event / seminar",
         ("evenement", "event", "seminar", "netwerkbijeenkomst", "eigen evenement")),
)

LEAD_STATUSES: Vocabulary = (
    Term("new", "Nieuw", "New", ("nieuw", "new", "open")),
    Term("in_progress", "In behandeling", "In progress",
         ("in behandeling", "lopend", "in progress", "actief", "active", "opvolging")),
    Term("won", "Gewonnen", "Won", ("gewonnen", "won", "binnen", "gerealiseerd", "success")),
    Term("lost", "Verloren", "Lost", ("verloren", "lost", "afgevallen", "dropped", "nee")),
)

CONTACT_KINDS: Vocabulary = (
    Term("acquisition", "Acquisitieprospect", "Acquisition prospect",
         ("acquisitie", "prospect", "acquisition", "acquisition prospect")),
    Term("ir_visit", "Investor-relationsbezoek", "Investor-relations visit",
         ("ir", "ir-bezoek", "investor relations", "ir visit", "bedrijfsbezoek")),
    Term("trade_client", "Trade-klant", "Trade client",
         ("trade", "exportklant", "trade client", "handelsklant", "klant")),
)

CHANNELS: Vocabulary = (
    Term("fair", "Beurs", "Fair", ("beurs", "fair", "congres", "event", "evenement")),
    Term("mission", "Missie", "Mission", ("missie", "mission")),
    Term("fft", "Fact-finding trip", "Fact-finding trip", ("fft", "fact finding trip")),
    Term("nfia_lead", "NFIA-lead", "NFIA lead", ("nfia", "nfia lead", "nfia-lead")),
    Term("online", "Online", "Online", ("online", "website", "linkedin", "e-mail")),
    Term("other", "Overig", "Other", ("overig", "anders", "netwerk", "network")),
)

BIDBOOK_KINDS: Vocabulary = (
    Term("bidbook", "Bidbook / propositie", "Bidbook / proposition",
         ("bidbook", "propositie", "proposition", "offerte", "voorstel")),
    Term("fft", "Fact-finding trip", "Fact-finding trip",
         ("fft", "fact finding trip", "fact-finding", "bezoek")),
)

OUTCOMES: Vocabulary = (
    Term("pending", "Lopend", "Pending", ("lopend", "pending", "open", "in behandeling")),
    Term("won", "Gewonnen", "Won", ("gewonnen", "won", "gerealiseerd")),
    Term("lost", "Verloren", "Lost", ("verloren", "lost", "afgewezen")),
)

YES_NO: Vocabulary = (
    Term("yes", "Ja", "Yes", ("ja", "j", "yes", "y", "true", "waar", "1", "x")),
    Term("no", "Nee", "No", ("nee", "n", "no", "false", "onwaar", "0")),
)

# Trade status of a focus country (plan table 3): yes, no, reactive, depends on Brexit.
TRADE_STATUS: Vocabulary = (
    Term("yes", "Ja", "Yes"),
    Term("no", "Nee", "No"),
    Term("reactive", "Reactief", "Reactive"),
    Term("depends", "Afhankelijk (Brexit)", "Depends (Brexit)"),
)

# The yardstick (plan 3.5): what kind of opportunity was scored, and what was decided.
OPPORTUNITY_KINDS: Vocabulary = (
    Term("incoming_request", "Inkomend verzoek", "Incoming request",
         ("verzoek", "inkomende missie", "request")),
    Term("mission_proposal", "Missievoorstel", "Mission proposal",
         ("missie", "uitgaande missie", "mission")),
    Term("bidbook_request", "Verzoek om bidbook / propositie", "Bidbook / proposition request",
         ("bidbook", "propositie", "fft")),
    Term("new_market", "Uitnodiging nieuwe markt", "Invitation to a new market",
         ("nieuwe markt", "new market", "verkenning")),
    Term("other", "Overig", "Other", ("overig", "anders")),
)
DECISIONS: Vocabulary = (
    Term("take", "Oppakken", "Take", ("ja", "yes", "doen", "oppakken")),
    Term("decline", "Afwijzen", "Decline", ("nee", "no", "afwijzen", "niet doen")),
    Term("open", "Nog open", "Open", ("open", "nog niet besloten")),
)
# A planned calendar item against the missions that were carried out.
CALENDAR_STATUS: Vocabulary = (
    Term("carried_out", "Uitgevoerd", "Carried out"),
    Term("in_region", "In de regio gehouden", "Held in the region"),
    Term("not_carried_out", "Niet uitgevoerd", "Not carried out"),
    Term("planned", "Nog gepland", "Still planned"),
)
# Where a follow-up's jobs figure came from.
FOLLOW_UP_SOURCES: Vocabulary = (
    Term("visit", "Bezoek", "Visit", ("bedrijfsbezoek", "company visit", "bezocht")),
    Term("phone", "Telefoon", "Phone", ("telefonisch", "gebeld", "call", "phone call")),
    Term("annual_report", "Jaarverslag", "Annual report", ("jaarrekening", "annual accounts")),
    Term("chamber", "KvK", "Chamber of Commerce",
         ("kamer van koophandel", "kvk-uittreksel", "chamber of commerce", "kvk uittreksel")),
    Term("survey", "Enquête", "Survey", ("enquete", "vragenlijst", "questionnaire")),
)
FOLLOW_UP_MONTHS = (12, 24, 36)  # the follow-up moments, months after landing


# The pipeline (kind "pipeline"): an opportunity's stage, its likelihood to land, where it came
# from and, when lost, why. Stages in the order an opportunity moves through them (verify = a
# win the team still has to confirm); won and lost close it.
PIPELINE_STAGES: Vocabulary = (
    Term("prospect", "Prospect", "Prospect",
         ("prospect", "verkenning", "lead", "nieuw", "new", "eerste contact")),
    Term("active", "Actief", "Active",
         ("actief", "active", "in behandeling", "lopend", "in progress", "opvolging")),
    Term("verify", "Verificatie", "Verify win",
         ("verificatie", "verify", "verify win", "te verifiëren", "te verifieren",
          "verifiëren", "verifieren", "bijna binnen")),
    Term("won", "Gewonnen", "Won",
         ("gewonnen", "won", "binnen", "geland", "landed", "gerealiseerd", "win")),
    Term("lost", "Verloren", "Lost",
         ("verloren", "lost", "afgevallen", "dropped", "afgewezen", "geannuleerd")),
)
OPEN_STAGES = ("prospect", "active", "verify")  # not yet won or lost
LIKELIHOODS: Vocabulary = (
    Term("high", "Hoog", "High", ("hoog", "high", "h", "groot", "hoge kans")),
    Term("medium", "Midden", "Medium",
         ("midden", "medium", "m", "gemiddeld", "middel", "redelijk")),
    Term("low", "Laag", "Low", ("laag", "low", "l", "klein", "lage kans")),
)
PIPELINE_SOURCES: Vocabulary = (
    Term("mission", "Missie", "Mission",
         ("missie", "mission", "missiereferentie", "evenement", "event", "beurs", "fair")),
    Term("bidbook", "Bidbook / FFT", "Bidbook / FFT",
         ("bidbook", "fft", "fact finding trip", "propositie", "proposition")),
    Term("nfia", "NFIA-lead", "NFIA lead",
         ("nfia", "nfia lead", "nfia-lead", "invest in holland")),
    Term("own_network", "Eigen netwerk", "Own network",
         ("eigen netwerk", "own network", "netwerk", "network", "ir", "investor relations",
          "direct", "eigen")),
    Term("partner", "Partner", "Partner",
         ("partner", "partners", "via partner", "regiopartner")),
)
LOST_REASONS: Vocabulary = (
    Term("other_location", "Andere locatie gekozen", "Chose another location",
         ("andere locatie", "other location", "concurrent", "competitor", "ander land",
          "andere regio", "other region")),
    Term("costs", "Kosten", "Costs",
         ("kosten", "costs", "cost", "prijs", "belasting", "tax", "loonkosten")),
    Term("talent", "Personeel / talent", "Staff / talent",
         ("personeel", "talent", "staff", "arbeidsmarkt", "labour market")),
    Term("real_estate", "Huisvesting / locatie", "Premises / site",
         ("huisvesting", "vastgoed", "real estate", "kantoorruimte", "premises", "site",
          "bedrijventerrein")),
    Term("cancelled", "Project gestopt", "Project cancelled",
         ("gestopt", "geannuleerd", "cancelled", "canceled", "uitgesteld", "postponed",
          "on hold")),
    Term("regulation", "Regelgeving / vergunning", "Regulation / permits",
         ("regelgeving", "vergunning", "regulation", "permits", "permit")),
    Term("other", "Overig", "Other", ("overig", "anders", "other")),
)


def label_of(vocab: Vocabulary, code: str | None, lang: str = "nl") -> str:
    """The display label of a code; unknown codes are shown as they are."""
    for term in vocab:
        if term.code == code:
            return term.label(lang)
    return "" if code is None else str(code)
