"""Command line for scripting and bulk loads: `python -m tradeinvest COMMAND --db PATH`.

Exit codes: 0 done; 1 the file was refused (problem report on stderr, database unchanged);
2 wrong use, or a database fault (busy, read-only, disk full, not a database, another upload
for the same kind and period finished first): one line on stderr, no traceback.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from tradeinvest import cli_access, cli_paths, jsonsafe
from tradeinvest.cli_read import reading
from tradeinvest.ingest.problems import UploadRejected
from tradeinvest.periods import parse_year
from tradeinvest.reporting import faults
from tradeinvest.store import db, uploads

TEMPLATES_DIR = Path(__file__).resolve().parents[1] / "data" / "templates"


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="python -m tradeinvest", description=__doc__)
    p.add_argument("--db", help="DuckDB file (default: $TRADEINVEST_DB or data/tradeinvest.duckdb)")
    sub = p.add_subparsers(dest="command", required=True)
    sub.add_parser("demo", help="rebuild the database with the bundled sample data")
    load = sub.add_parser("load", help="check and load one spreadsheet")
    load.add_argument("file", type=Path)
    load.add_argument("--kind", required=True, choices=["projects", "missions", "contacts",
                                                        "bidbooks", "calendar", "country_plans"])
    load.add_argument("--quarter", required=True,
                      help="e.g. 2024Q3; a year (2018) for calendar and country_plans")
    load.add_argument("--user", default="cli")
    sub.add_parser("history", help="list every upload, newest first")
    undo = sub.add_parser("undo", help="take an upload out of the figures")
    undo.add_argument("upload_id", type=int)
    undo.add_argument("--user", default="cli")
    tpl = sub.add_parser("templates", help="write the empty xlsx templates")
    tpl.add_argument("--out", type=Path, default=TEMPLATES_DIR)
    prog = sub.add_parser("progress", help="headline figures for a year (and quarter)")
    prog.add_argument("--year", type=int, required=True)
    prog.add_argument("--quarter", help="Q1..Q4: figures up to and including that quarter")
    prog.add_argument("--json", action="store_true", help="print JSON")
    cli_access.add_parsers(sub)  # users, erase, report
    bak = sub.add_parser("backup", help="export the whole database to a new folder (Parquet)")
    bak.add_argument("--out", type=Path, required=True)
    res = sub.add_parser("restore", help="build the database from a backup folder")
    res.add_argument("backup_dir", type=Path)
    res.add_argument("--force", action="store_true", help="overwrite a database that has data")
    return p


def _demo(path: Path) -> int:
    from tradeinvest import sample

    for suffix in ("", ".wal"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    con = db.connect(path)
    try:
        count = sample.load_sample(con)
    finally:
        con.close()
    print(f"Voorbeelddatabase opgebouwd: {path} ({count} uploads)")
    return 0


def _load(path: Path, args: argparse.Namespace) -> int:
    data = cli_paths.read_input(args.file)
    if isinstance(data, str):
        print(data, file=sys.stderr)
        return 2
    con = db.connect(path)
    try:
        result = uploads.load_upload(con, data, args.file.name, args.kind, args.quarter,
                                     args.user)
    except UploadRejected as exc:
        for problem in exc.problems:
            print(problem, file=sys.stderr)
        print(f"{exc} De database is ongewijzigd.", file=sys.stderr)
        return 1
    finally:
        con.close()
    for warning in result.warnings:
        print(warning)
    replaced = f"; vervangt upload {result.replaced_upload_id}" if result.replaced_upload_id else ""
    print(f"Geladen als upload {result.upload_id}: {result.kind} {result.quarter}, "
          f"{result.rows} rijen{replaced}")
    return 0


def _history(path: Path) -> int:
    with reading(path) as con:
        frame = uploads.history(con)
    columns = ["upload_id", "kind", "quarter", "state", "row_count", "file_name", "uploaded_by",
               "uploaded_at"]
    print(frame[columns].to_string(index=False) if not frame.empty else "Nog geen uploads.")
    return 0


def _undo(path: Path, args: argparse.Namespace) -> int:
    con = db.connect(path)
    try:
        restored = uploads.undo_upload(con, args.upload_id, args.user)
    except ValueError as exc:
        print(f"Niet gelukt: {exc}", file=sys.stderr)
        return 1
    finally:
        con.close()
    again = f"; upload {restored} telt weer" if restored else ""
    print(f"Upload {args.upload_id} ongedaan gemaakt{again}")
    return 0


def _templates(out: Path) -> int:
    from tradeinvest.ingest.templates import write_templates

    for written in write_templates(out):
        print(written)
    return 0


def _progress(path: Path, args: argparse.Namespace) -> int:
    from tradeinvest.measure import progress_summary

    try:
        with reading(path) as con:
            summary = progress_summary(con, parse_year(args.year), args.quarter)
    except ValueError as exc:  # a year or quarter out of range, said in Dutch
        print(f"Niet gelukt: {exc}", file=sys.stderr)
        return 2
    if args.json:
        print(jsonsafe.dumps(summary, indent=2, ensure_ascii=False, default=str))
    else:
        for key, value in summary.items():
            print(f"{key}: {value}")
    return 0


def _backup(path: Path, out: Path) -> int:
    from tradeinvest.store import backup

    if not path.exists():
        print(f"De database {path} bestaat niet; er is niets om te bewaren.", file=sys.stderr)
        return 1
    if problem := cli_paths.output_problem(out, folder=True):
        print(problem, file=sys.stderr)
        return 2
    with reading(path) as con:
        try:
            folder = backup.backup(con, out)
        except backup.BackupError as exc:
            print(f"Niet gelukt: {exc}", file=sys.stderr)
            return 1
    print(f"Back-up geschreven: {folder}")
    return 0


def _restore(path: Path, args: argparse.Namespace) -> int:
    from tradeinvest.store import backup

    try:
        backup.restore(path, args.backup_dir, force=args.force)
    except backup.BackupError as exc:
        print(f"Niet gelukt: {exc}", file=sys.stderr)
        return 1
    print(f"Database {path} teruggezet uit {args.backup_dir}")
    return 0


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    path = db.db_path(args.db)
    try:
        if args.command in cli_access.COMMANDS:
            return cli_access.run(path, args)
        match args.command:
            case "demo":
                return _demo(path)
            case "load":
                return _load(path, args)
            case "history":
                return _history(path)
            case "undo":
                return _undo(path, args)
            case "templates":
                return _templates(args.out)
            case "progress":
                return _progress(path, args)
            case "backup":
                return _backup(path, args.out)
            case "restore":
                return _restore(path, args)
    except Exception as exc:
        text = faults.message(exc, "nl", path=path, full_path=True)
        if text is None:
            raise
        print(text, file=sys.stderr)
        return 2
    return 2
