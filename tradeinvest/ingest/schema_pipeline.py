"""The pipeline kind ("Pijplijn", quarterly, one sheet): the opportunities the team worked on or
closed in the quarter, one row each, as the UK's Data Hub tracks investment opportunities
(prospect -> active -> verify win -> won, or lost with reason and the country it went to).

Each upload is the quarter's snapshot; the same reference in successive quarters is the same
opportunity, so the uploads together give its stage history (measure/pipeline.py). Stored in
table `pipeline` (migration 009). The expected land date may be vague ("najaar 2025"): it is
kept as its first day with its precision, like every other date.
"""

from __future__ import annotations

from tradeinvest import vocab
from tradeinvest.ingest.spec import Column, SheetSpec

PIPELINE = SheetSpec(
    name="pipeline", sheet_nl="Pijplijn",
    sheet_names=("pipeline", "pijplijn", "opportunities", "kansen", "opportunity pipeline"),
    key=("reference",),
    columns=(
        Column("reference", "Referentie", "Reference", "text", True,
               ("kansreferentie", "opportunity reference", "ref", "id", "nummer",
                "opportunity id", "kans id"),
               help_nl="Vast nummer van de kans, elk kwartaal hetzelfde (bijvoorbeeld "
                       "K-2024-012): zo volgt de pijplijn de kans van fase tot fase."),
        Column("company", "Bedrijf", "Company", "text", True,
               ("bedrijfsnaam", "company name", "organisatie", "organisation", "organization",
                "naam bedrijf", "onderneming", "firma"),
               help_nl="Naam van het bedrijf zoals het zichzelf noemt."),
        Column("country", "Land", "Country", "country", True,
               ("land moeder", "land van herkomst", "herkomstland", "country of origin",
                "land hoofdkantoor", "hq country", "iso", "landcode"),
               help_nl="Land van het hoofdkantoor van de uiteindelijke moeder. NL of EN naam, "
                       "of ISO-code zoals DE of DEU."),
        Column("sector", "Sector", "Sector", "sector", True, ("branche", "industry", "cluster"),
               help_nl="Sector uit de lijst; synoniemen worden herkend."),
        Column("theme", "Thema", "Theme", "theme", False, ("groen gezond slim", "profiel"),
               help_nl="Groen, Gezond of Slim. Leeg = afgeleid uit de sector."),
        Column("pillar", "Pijler", "Pillar", "choice", True, ("invest of trade",),
               choices=vocab.PILLARS, help_nl="Invest of Trade."),
        Column("stage", "Fase", "Stage", "choice", True,
               ("stadium", "status", "stand", "pipeline stage", "pijplijnfase"),
               choices=vocab.PIPELINE_STAGES,
               help_nl="Prospect, Actief, Verificatie (gewonnen, nog te bevestigen), Gewonnen "
                       "of Verloren: de fase aan het eind van het kwartaal."),
        Column("likelihood", "Kans op landen", "Likelihood to land", "choice", False,
               ("kans", "likelihood", "waarschijnlijkheid", "slagingskans", "probability"),
               choices=vocab.LIKELIHOODS,
               help_nl="Hoog, Midden of Laag: hoe waarschijnlijk het is dat de kans landt."),
        Column("expected_jobs", "Verwachte banen", "Expected jobs", "number", False,
               ("banen", "jobs", "verwachte nieuwe banen", "expected new jobs",
                "verwachte arbeidsplaatsen", "potential jobs", "fte"),
               default=0.0, limit="jobs",
               help_nl="Verwachte nieuwe directe banen (fte) als de kans landt. Leeg = 0."),
        Column("expected_land_date", "Verwachte landingsdatum", "Expected land date", "date",
               False, ("landingsdatum", "verwachte datum", "land date", "expected landing",
                       "verwacht", "wanneer", "when"),
               help_nl="dd-mm-jjjj, of zo precies als bekend: 'juni 2025', 'najaar 2025', "
                       "'2e helft 2025', 'tbd'."),
        Column("source", "Bron", "Source", "choice", False,
               ("bron kans", "herkomst", "lead source", "bron lead", "origin"),
               choices=vocab.PIPELINE_SOURCES,
               help_nl="Missie, Bidbook / FFT, NFIA-lead, Eigen netwerk of Partner."),
        Column("mission_reference", "Missiereferentie", "Mission reference", "text", False,
               ("missie", "mission", "missie id", "mission id", "referentie missie"),
               help_nl="Bij bron Missie: de referentie van de missie (bijvoorbeeld M-2024-03)."),
        Column("lost_reason", "Reden verloren", "Reason lost", "choice", False,
               ("reden", "reason", "lost reason", "verliesreden", "waarom verloren"),
               choices=vocab.LOST_REASONS,
               help_nl="Verplicht bij fase Verloren: waarom de kans niet landde."),
        Column("lost_to_country", "Verloren aan land", "Lost to country", "country", False,
               ("verloren aan", "lost to", "gekozen land", "concurrerend land",
                "country lost to"),
               help_nl="Bij fase Verloren: het land waar het bedrijf in plaats daarvan "
                       "heen ging (als bekend)."),
        Column("project_reference", "Projectreferentie", "Project reference", "text", False,
               ("project", "gekoppeld project", "linked project", "project id"),
               help_nl="Verplicht bij fase Gewonnen: de referentie van het project in de "
                       "projectbestanden (bijvoorbeeld P-2024-001)."),
    ),
)
