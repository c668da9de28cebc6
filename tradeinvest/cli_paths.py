"""The command line's own files: the spreadsheet it reads and the place it writes to.

Checked before any database work, so a typo in a path is one line and exit 2, never a
traceback, and an output folder that cannot be written is not blamed on the database (whose
faults `reporting.faults` words)."""

from __future__ import annotations

import os
from pathlib import Path

from tradeinvest.texts import t


def read_input(file: Path) -> bytes | str:
    """The file's bytes, or a Dutch sentence saying why it cannot be read."""
    try:
        return file.read_bytes()
    except IsADirectoryError:
        return t("cli_input_folder", file=file)
    except FileNotFoundError:
        return t("cli_input_missing", file=file)
    except OSError as exc:
        return t("cli_input_unreadable", file=file, reason=exc.strerror or exc)


def output_problem(out: Path, *, folder: bool = False) -> str | None:
    """None when `out` (a file, or a folder to be made when `folder`) can be written, else a
    Dutch sentence naming the place that is wrong."""
    if not folder and out.is_dir():
        return t("cli_output_folder", out=out, example=out / "rapport.pdf")
    place = out if folder and out.is_dir() else out.parent
    if not place.is_dir():
        return t("cli_output_no_folder", place=place)
    if not os.access(place, os.W_OK | os.X_OK):
        return t("cli_output_read_only", place=place)
    return None
