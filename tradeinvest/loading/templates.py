"""The workbooks the coordinators fill in: one empty template per kind (with help sheet,
drop-downs and header notes), offered on the pages and written by the command line."""

from __future__ import annotations

from pathlib import Path

from tradeinvest.ingest import templates
from tradeinvest.loading.kinds import KINDS


def template(kind: str, lang: str = "nl") -> bytes:
    """The empty .xlsx template of `kind`, its headers and help in `lang`."""
    return templates.write_workbook(kind, lang=lang)


def write_templates(out_dir: Path) -> list[Path]:
    """Every kind's empty template as `<kind>_template.xlsx` in `out_dir` (the copies shipped
    in data/templates); the paths written."""
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for kind in KINDS:
        path = out_dir / f"{kind}_template.xlsx"
        path.write_bytes(template(kind))
        written.append(path)
    return written
