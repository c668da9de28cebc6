"""The investors' answers as a sheet: one row per project (issue 17, item 2).

Not an upload kind (not in schema.KINDS): answers are no quarter's facts and are not versioned
by upload; a project's answer replaces its earlier one (loading.confirmations.load_answers).
The sheet is read and its values parsed by the same reader and validator as every upload, so
headers, dates, yes/no and the choices read as they do there, with the same problems.
"""

from __future__ import annotations

from tradeinvest.ingest.opening import MAX_UNZIPPED_BYTES, MAX_UPLOAD_BYTES, open_source
from tradeinvest.ingest.problems import Problem, capped
from tradeinvest.ingest.reader import ReadResult
from tradeinvest.ingest.schema import Column, SheetSpec
from tradeinvest.ingest.sheets import read_sheets
from tradeinvest.ingest.source import Refused
from tradeinvest.ingest.validate import Context, Validated, validate
from tradeinvest.periods import Quarter
from tradeinvest.vocab import YES_NO, Term, Vocabulary

STATUS_TERMS: Vocabulary = (
    Term("not_asked", "Niet gevraagd", "Not asked"),
    Term("asked", "Gevraagd", "Asked", ("verstuurd", "sent")),
    Term("confirmed", "Bevestigd", "Confirmed", ("ja", "yes", "bevestigt")),
    Term("disputed", "Betwist", "Disputed", ("nee", "no", "betwijfeld")),
)
BAND_TERMS: Vocabulary = (
    Term("none", "Niets", "None of it", ("0", "0 %", "0%", "geen", "none")),
    Term("up_to_20", "Tot 20 %", "Up to 20 %", ("20", "20 %", "20%", "tot 20%", "up to 20%")),
    Term("40", "20 tot 40 %", "20 to 40 %", ("40 %", "40%", "tot 40%", "up to 40%")),
    Term("60", "40 tot 60 %", "40 to 60 %", ("60 %", "60%", "tot 60%", "up to 60%")),
    Term("80", "60 tot 80 %", "60 to 80 %", ("80 %", "80%", "tot 80%", "up to 80%")),
    Term("more_than_80", "Meer dan 80 %", "More than 80 %", (">80%", "> 80 %", "meer dan 80%",
                                                           "more than 80%")),
    Term("all", "Alles", "All of it", ("100", "100 %", "100%", "alles", "all")),
)
SPEC = SheetSpec("confirmations", "Bevestigingen", ("confirmations", "antwoorden", "answers"), (
    Column("reference", "Projectreferentie", "Project reference", "text", True,
           ("referentie", "reference", "project")),
    Column("status", "Status", "Status", "choice", True, choices=STATUS_TERMS),
    Column("asked_on", "Gevraagd op", "Asked on", "date", False, ("datum gevraagd",)),
    Column("band", "Zonder hulp ook bereikt", "Achieved without help", "choice", False,
           ("zonder hulp", "without help", "counterfactual"), choices=BAND_TERMS),
    # yes/no as a choice: a blank cell is "not answered", where a "bool" column reads "no"
    Column("prerequisite", "Voorwaarde", "Prerequisite", "choice", choices=YES_NO),
    Column("faster", "Sneller", "Faster", "choice", choices=YES_NO),
    Column("answered_on", "Antwoord op", "Answered on", "date", False, ("datum antwoord",)),
), key=("reference",))
_ANY_QUARTER = Quarter(2000, 1)  # the sheet has no quarter date (SPEC.quarter_date is None)


def read_answers(data: bytes, file_name: str) -> Validated:
    """The answer rows without errors (frame "confirmations") and every problem, never an
    exception for a bad file (as reader.read_upload)."""
    read = ReadResult()
    try:
        source = open_source(data, file_name, (SPEC,), MAX_UPLOAD_BYTES, MAX_UNZIPPED_BYTES)
        found = read_sheets(source, (SPEC,), file_name, read.problems)
        read.sheets, read.origins = found.sheets, found.origins
    except Refused as exc:
        read.sheets.clear()
        read.problems.append(Problem.saying("error", file_name, exc.phrase))
    except Exception as exc:  # noqa: BLE001 - a bad file must never crash the page
        read.sheets.clear()
        read.problems.append(Problem("error", file_name, "problem_file_unreadable",
                                     fields={"error": type(exc).__name__}))
    checked = validate(read, file_name, _ANY_QUARTER, Context())
    checked.problems = capped(checked.problems)
    return checked
