"""Command line for scripting and bulk loads: `python -m tradeinvest COMMAND [--db PATH]`.

Exit codes: 0 done; 1 the file was refused (problem report on stderr, database unchanged);
2 wrong use, or a database fault (busy, read-only, disk full, not a database, another upload
for the same kind and period finished first): one line on stderr, no traceback.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from tradeinvest import cli_access, cli_import, cli_paths, jsonsafe
from tradeinvest.cli_read import reading
from tradeinvest.periods import Period, parse_year
from tradeinvest.texts import t

# Only the standard library and the light modules above load at start, so `--help` answers at
# once; each command imports what it needs (pandas, DuckDB, the loading service) when it runs.

TEMPLATES_DIR = Path(__file__).resolve().parents[1] / "data" / "templates"
KINDS = cli_import.KINDS
DB_HELP = "DuckDB file (default: $TRADEINVEST_DB or data/tradeinvest.duckdb)"


def _accept_db(parser: argparse.ArgumentParser) -> None:
    """Let `--db` also follow the subcommand (`load F --db X`), in every subcommand and below.
    Its default is SUPPRESS, so a --db given before the subcommand is not overwritten."""
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for sub in action.choices.values():
                sub.add_argument("--db", default=argparse.SUPPRESS, help=DB_HELP)
                _accept_db(sub)


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="python -m tradeinvest", description=__doc__)
    p.add_argument("--db", help=DB_HELP)
    sub = p.add_subparsers(dest="command", required=True)
    sub.add_parser("demo", help="rebuild the database with the bundled sample data")
    cli_import.add_parsers(sub)  # check, load, mappings
    sub.add_parser("history", help="list every upload, newest first")
    undo = sub.add_parser("undo", help="take an upload out of the figures")
    undo.add_argument("upload_id", type=int)
    undo.add_argument("--user", default="cli")
    tpl = sub.add_parser("templates", help="write the empty xlsx templates")
    tpl.add_argument("--out", type=Path, default=TEMPLATES_DIR)
    prog = sub.add_parser("progress", help="headline figures for a year (and quarter)")
    prog.add_argument("--period", help="2024Q3: figures up to and including that quarter; "
                      "2024: the whole year so far")
    prog.add_argument("--year", type=int, help="the year (instead of --period)")
    prog.add_argument("--quarter", help="Q1..Q4 with --year: figures up to and including it")
    prog.add_argument("--json", action="store_true", help="print JSON")
    cli_access.add_parsers(sub)  # users, erase, report
    bak = sub.add_parser("backup", help="export the whole database to a new folder (Parquet)")
    bak.add_argument("--out", type=Path, required=True)
    res = sub.add_parser("restore", help="build the database from a backup folder")
    res.add_argument("backup_dir", type=Path)
    res.add_argument("--force", action="store_true", help="overwrite a database that has data")
    _accept_db(p)
    return p


def _demo(path: Path) -> int:
    from tradeinvest import sample
    from tradeinvest.store import db

    for suffix in ("", ".wal"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    con = db.connect(path)
    try:
        count = sample.load_sample(con)
    finally:
        con.close()
    print(t("cli_demo_built", path=path, count=count))
    return 0


def _history(path: Path) -> int:
    from tradeinvest.loading.uploads import history

    with reading(path) as con:
        frame = history(con)
    columns = ["upload_id", "kind", "quarter", "state", "row_count", "file_name", "uploaded_by",
               "uploaded_at"]
    print(frame[columns].to_string(index=False) if not frame.empty else t("upload_none_yet"))
    return 0


def _undo(path: Path, args: argparse.Namespace) -> int:
    from tradeinvest.loading.uploads import undo_upload
    from tradeinvest.store import db

    con = db.connect(path)
    try:
        restored = undo_upload(con, args.upload_id, args.user)
    except ValueError as exc:
        print(t("cli_failed", reason=exc), file=sys.stderr)
        return 1
    finally:
        con.close()
    again = t("undo_counts_again", id=restored) if restored else ""
    print(t("cli_undone", id=args.upload_id, again=again))
    return 0


def _templates(out: Path) -> int:
    from tradeinvest.loading.templates import write_templates

    for written in write_templates(out):
        print(written)
    return 0


def _progress_period(args: argparse.Namespace) -> tuple[int, str | None]:
    """(year, quarter or None) from `--period 2024Q3` / `--period 2024`, or from `--year 2024
    [--quarter Q3]`; ValueError (Dutch) for neither, both, or an unreadable one."""
    if (args.period is None) == (args.year is None):
        raise ValueError(t("cli_progress_period"))
    if args.period is None:
        return parse_year(args.year), args.quarter
    if args.quarter is not None:
        raise ValueError(t("cli_progress_period"))
    period = Period.parse(args.period)
    return period.year, None if period.is_year else f"Q{period.quarter}"


def _progress(path: Path, args: argparse.Namespace) -> int:
    from tradeinvest.measure import progress_summary

    try:
        year, quarter = _progress_period(args)
        with reading(path) as con:
            summary = progress_summary(con, year, quarter)
    except ValueError as exc:  # a year or quarter out of range, said in Dutch
        print(t("cli_failed", reason=exc), file=sys.stderr)
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
        print(t("cli_backup_no_db", path=path), file=sys.stderr)
        return 1
    if problem := cli_paths.output_problem(out, folder=True):
        print(problem, file=sys.stderr)
        return 2
    with reading(path) as con:
        try:
            folder = backup.backup(con, out)
        except backup.BackupError as exc:
            print(t("cli_failed", reason=exc), file=sys.stderr)
            return 1
    print(t("cli_backup_written", folder=folder))
    return 0


def _restore(path: Path, args: argparse.Namespace) -> int:
    from tradeinvest.store import backup

    try:
        backup.restore(path, args.backup_dir, force=args.force)
    except backup.BackupError as exc:
        print(t("cli_failed", reason=exc), file=sys.stderr)
        return 1
    print(t("cli_restored", path=path, folder=args.backup_dir))
    return 0


def _run(path: Path, args: argparse.Namespace) -> int:
    """The chosen command's exit code."""
    if args.command in cli_access.COMMANDS:
        return cli_access.run(path, args)
    if args.command in cli_import.COMMANDS:
        return cli_import.run(path, args)
    match args.command:
        case "demo":
            return _demo(path)
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
    return 2


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    from tradeinvest.store import db

    path = db.db_path(args.db)
    try:
        return _run(path, args)
    except Exception as exc:
        from tradeinvest.reporting import faults

        text = faults.message(exc, "nl", path=path, full_path=True)
        if text is None:
            raise
        print(text, file=sys.stderr)
        return 2
