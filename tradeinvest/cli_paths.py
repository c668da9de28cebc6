"""The command line's own files: the spreadsheet it reads and the place it writes to.

Checked before any database work, so a typo in a path is one line and exit 2, never a
traceback, and an output folder that cannot be written is not blamed on the database (whose
faults `reporting.faults` words)."""

from __future__ import annotations

import os
from pathlib import Path


def read_input(file: Path) -> bytes | str:
    """The file's bytes, or a Dutch sentence saying why it cannot be read."""
    try:
        return file.read_bytes()
    except IsADirectoryError:
        return f"{file} is een map, geen bestand. Geef het pad van de spreadsheet."
    except FileNotFoundError:
        return f"Het bestand {file} bestaat niet."
    except OSError as exc:
        return f"Het bestand {file} kan niet worden gelezen ({exc.strerror or exc})."


def output_problem(out: Path, *, folder: bool = False) -> str | None:
    """None when `out` (a file, or a folder to be made when `folder`) can be written, else a
    Dutch sentence naming the place that is wrong."""
    if not folder and out.is_dir():
        return f"{out} is een map; geef een bestandsnaam (bijvoorbeeld {out / 'rapport.pdf'})."
    place = out if folder and out.is_dir() else out.parent
    if not place.is_dir():
        return f"De map {place} bestaat niet; maak hem eerst aan of kies een andere plek."
    if not os.access(place, os.W_OK | os.X_OK):
        return f"In de map {place} mag niet worden geschreven; kies een andere plek."
    return None
