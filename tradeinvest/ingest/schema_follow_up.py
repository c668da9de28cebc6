"""The follow-up kind ("Nazorg"): per landed project the actual direct jobs found 12, 24 or 36
months after landing, the date and the source of the figure. A yearly kind (the year the
follow-ups were gathered); registered in `schema.KINDS`. Its row rules (`follow_up_rules`): the
months one of 12/24/36 and the project known (an error naming the row: a follow-up of a
reference that is not loaded would silently count nowhere). Negative jobs are refused by the
number parser like in every jobs column."""

from __future__ import annotations

from tradeinvest import vocab
from tradeinvest.ingest.spec import Column, SheetSpec

FOLLOW_UP = SheetSpec(
    name="follow_ups", sheet_nl="Nazorg", key=("project_reference", "months"),
    sheet_names=("nazorg", "follow-up", "follow up", "followup", "opvolging", "nameting"),
    columns=(
        Column("project_reference", "Projectreferentie", "Project reference", "text", True,
               ("referentie", "reference", "ref", "projectnummer", "project id", "project"),
               help_nl="Referentie van een geüpload project, bijvoorbeeld P-2024-001."),
        Column("months", "Maanden na landing", "Months after landing", "int", True,
               ("maanden", "months", "moment", "nazorgmoment", "na maanden"),
               help_nl="12, 24 of 36: hoeveel maanden na de datum gerealiseerd.",
               limit="count"),
        Column("actual_jobs", "Werkelijke banen", "Actual jobs", "number", True,
               ("banen", "jobs", "actual jobs", "fte", "gerealiseerde banen",
                "werkelijke arbeidsplaatsen"),
               help_nl="Directe banen (fte) die er op dat moment werkelijk zijn (0 of meer).",
               limit="jobs"),
        Column("figure_date", "Datum cijfer", "Date of figure", "date", True,
               ("datum", "date", "peildatum", "datum meting"),
               help_nl="Wanneer het cijfer is vastgesteld (dd-mm-jjjj)."),
        Column("source", "Bron cijfer", "Source of figure", "choice", True,
               ("bron", "source", "herkomst"), choices=vocab.FOLLOW_UP_SOURCES,
               help_nl="Bezoek, telefoon, jaarverslag, KvK of enquête."),
        Column("note", "Toelichting", "Note", "text", False, ("opmerking", "notes", "remark"),
               help_nl="Vrije toelichting (geen namen van personen)."),
    ),
)
