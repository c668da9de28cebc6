"""Command-line parts of the import assistant: `check` (problems and the suggested mapping,
nothing changed), `load` with a column mapping, and `mappings` (list, rename, delete).

    python -m tradeinvest check FILE --kind projects --period 2016Q4
    python -m tradeinvest load FILE --kind projects --period 2016Q4 \\
        --map "Aantal banen (3 jaar)=Nieuwe directe banen" --set pijler=Invest \\
        [--sheet NAME] [--save-mapping NAME | --mapping NAME]
    python -m tradeinvest mappings list | rename OLD NEW | delete NAME

Fields are named by the template's header (Dutch or English) or the internal name. Kept apart
from cli.py, which only hooks them in.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from tradeinvest import cli_paths
from tradeinvest.cli_read import reading
from tradeinvest.texts import t
from tradeinvest.texts.phrases import Refusal

if TYPE_CHECKING:  # the loading service loads with the command, not with --help
    import duckdb

    from tradeinvest.loading.assistant import Mapping, Proposal
    from tradeinvest.loading.check import Checked

COMMANDS = frozenset({"check", "load", "mappings"})
KINDS = ("projects", "missions", "contacts", "bidbooks", "pipeline", "calendar", "country_plans",
         "follow_up")
PERIOD_HELP = "e.g. 2024Q3; a year (2018) for calendar, country_plans and follow_up"


def _pair(text: str) -> tuple[str, str]:
    """'left=right' as a pair; a clear message (argparse: exit 2) for anything else."""
    left, sep, right = text.partition("=")
    if not sep or not left.strip() or not right.strip():
        raise argparse.ArgumentTypeError(t("cli_bad_pair", text=text))
    return left.strip(), right.strip()


def add_parsers(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    check = sub.add_parser("check", help="check a spreadsheet and suggest a column mapping; "
                           "changes nothing (exit 0 loadable, 1 not)")
    load = sub.add_parser("load", help="check and load one spreadsheet")
    for parser in (check, load):
        parser.add_argument("file", type=Path)
        parser.add_argument("--kind", required=True, choices=KINDS)
        parser.add_argument("--period", "--quarter", dest="period", required=True,
                            help=PERIOD_HELP)
        parser.add_argument("--map", action="append", type=_pair, default=[],
                            metavar='"FILE HEADER=FIELD"', help="read this column as this field")
        parser.add_argument("--set", action="append", type=_pair, default=[],
                            metavar="FIELD=VALUE", help="one value for the whole file")
        parser.add_argument("--sheet", help="the file's sheet to read (when several qualify)")
        parser.add_argument("--mapping", help="use the mapping saved under this name")
    load.add_argument("--save-mapping", metavar="NAME", help="save the mapping with the load")
    load.add_argument("--user", default="cli")
    maps = sub.add_parser("mappings", help="saved column mappings: list, rename, delete")
    maps_sub = maps.add_subparsers(dest="mappings_command", required=True)
    maps_sub.add_parser("list", help="list the saved mappings")
    rename = maps_sub.add_parser("rename", help="give a saved mapping another name")
    rename.add_argument("old")
    rename.add_argument("new")
    delete = maps_sub.add_parser("delete", help="delete a saved mapping")
    delete.add_argument("name")
    for parser in (rename, delete):
        parser.add_argument("--user", default="cli")


def run(path: Path, args: argparse.Namespace) -> int:
    if args.command == "mappings":
        return _mappings(path, args)
    data = cli_paths.read_input(args.file)
    if isinstance(data, str):
        print(data, file=sys.stderr)
        return 2
    if args.command == "check":
        with reading(path) as con:
            return _check(con, data, args)
    from tradeinvest.store import db

    con = db.connect(path)
    try:
        return _load(con, data, args)
    finally:
        con.close()


def _mapping(con: duckdb.DuckDBPyConnection, data: bytes, args: argparse.Namespace):
    """(mapping, saved name) from the options; Refusal for a name, header or field unknown."""
    from tradeinvest.loading import assistant

    return assistant.command_mapping(
        con, data, args.file.name, args.kind, saved=args.mapping, columns=args.map,
        constants=args.set,
        suggested=bool(args.map or args.set or getattr(args, "save_mapping", None)))


def _check(con: duckdb.DuckDBPyConnection, data: bytes, args: argparse.Namespace) -> int:
    from tradeinvest.loading import assistant, check
    from tradeinvest.loading.check import UploadRejected

    try:
        mapping, name = _mapping(con, data, args)
        checked = check.check_upload(con, data, args.file.name, args.kind, args.period,
                                     mapping=mapping, sheet=args.sheet)
    except Refusal as exc:
        print(t("cli_failed", reason=exc), file=sys.stderr)
        return 2
    except UploadRejected as exc:
        for problem in exc.problems:
            print(problem)
        return 1
    for problem in checked.problems:
        print(problem)
    _say_mapping(checked, name or checked.mapping_name)
    if name is None and checked.mapping_name is None:
        proposal = assistant.propose(con, data, args.file.name, args.kind)
        _say_proposal(proposal)
        if proposal.needs_mapping and checked.has_errors and not (args.map or args.set):
            _say_with_suggestion(con, data, args, proposal.mapping)
    errors = sum(p.severity == "error" for p in checked.problems)
    print(t("cli_check_not_loadable", errors=errors) if checked.has_errors
          else t("cli_check_loadable", rows=checked.rows))
    return 1 if checked.has_errors else 0


def _say_with_suggestion(con: duckdb.DuckDBPyConnection, data: bytes, args: argparse.Namespace,
                         mapping: Mapping) -> None:
    """What the file would give read by the suggested mapping, as `load --save-mapping NAME`
    (with --map/--set over it) would read it."""
    from tradeinvest.loading import check

    checked = check.check_upload(con, data, args.file.name, args.kind, args.period,
                                 mapping=mapping, sheet=args.sheet)
    errors = [p for p in checked.problems if p.severity == "error"]
    for problem in errors:
        print(problem)
    print(t("cli_check_suggestion_not_loadable", errors=len(errors)) if errors
          else t("cli_check_suggestion_loadable", rows=checked.rows))


def _say_proposal(proposal: Proposal) -> None:
    """The suggested mapping per sheet: file header -> field with the reason, the fields a
    rule derives, the required fields nothing gives, and the sheets to choose from."""
    from tradeinvest.loading import assistant

    kind = proposal.kind
    for spec, options in proposal.guesses.items():
        if not options:
            continue
        chosen, sheet = options[0], proposal.mapping.sheets.get(spec)
        print(t("cli_suggestion_title", sheet=chosen.layout.sheet or t("cli_suggestion_csv"),
                spec=spec))
        for guess in chosen.columns:
            field = (assistant.field_label(kind, spec, guess.field).nl if guess.field
                     else t("cli_suggestion_note") if sheet and guess.header in sheet.notes
                     else t("cli_suggestion_unused"))
            print(t("cli_suggestion_line", header=guess.header, field=field,
                    reason=guess.reason.text("nl")))
        for name in sorted(sheet.derived if sheet else ()):
            how = assistant.derivation(spec, name)
            print(t("cli_suggestion_derived", field=assistant.field_label(kind, spec, name).nl,
                    how=how.text("nl") if how else ""))
        for name in chosen.missing:
            print(t("cli_suggestion_missing", field=assistant.field_label(kind, spec, name).nl))
        if len(options) > 1:
            print(t("cli_sheet_choices", sheets=", ".join(f"'{o}'" for o in
                                                          proposal.sheet_choices[spec])))


def _say_mapping(checked: Checked, name: str | None) -> None:
    """Which saved mapping was used and which fields a rule derived."""
    from tradeinvest.loading import assistant

    if name is not None:
        print(t("cli_mapping_used", name=name))
    for spec, fields in checked.origins.items():
        for field, origin in sorted(fields.items()):
            if origin.how == "derived":
                how = assistant.derivation(spec, field)
                print(t("cli_field_derived",
                        field=assistant.field_label(checked.kind, spec, field).nl,
                        how=how.text("nl") if how else ""))


def _load(con: duckdb.DuckDBPyConnection, data: bytes, args: argparse.Namespace) -> int:
    from tradeinvest.loading import check
    from tradeinvest.loading.assistant import Mapping
    from tradeinvest.loading.check import UploadRejected
    from tradeinvest.loading.uploads import latest_upload, load_checked

    try:
        mapping, name = _mapping(con, data, args)
    except Refusal as exc:
        print(t("cli_failed", reason=exc), file=sys.stderr)
        return 2
    if args.save_mapping is not None and mapping is None:
        mapping = Mapping()  # the file's headers as they are, saved under a name
    try:
        seen = latest_upload(con, args.kind, args.period)
        checked = check.check_upload(con, data, args.file.name, args.kind, args.period,
                                     mapping=mapping, sheet=args.sheet)
        same = check.already_loaded(con, checked, name)
        if same is not None:  # the very file counts already: no identical new version
            print(t("upload_already_loaded", id=same))
            return 0
        result = load_checked(con, checked, args.user, seen_upload=seen,
                              save_as=args.save_mapping)
    except UploadRejected as exc:
        for problem in exc.problems:
            print(problem, file=sys.stderr)
        print(t("cli_load_refused", refused=exc), file=sys.stderr)
        return 1
    except Refusal as exc:  # the mapping could not be saved under that name: nothing loaded
        print(t("cli_load_refused", refused=exc), file=sys.stderr)
        return 1
    _say_mapping(checked, name or checked.mapping_name)
    for warning in result.warnings:
        print(warning)
    replaced = (t("cli_load_replaces", id=result.replaced_upload_id)
                if result.replaced_upload_id else "")
    print(t("cli_loaded", id=result.upload_id, kind=result.kind, period=result.period,
            rows=result.rows, replaced=replaced))
    if args.save_mapping is not None:
        print(t("cli_mapping_saved", name=" ".join(args.save_mapping.split())))
    return 0


def _mappings(path: Path, args: argparse.Namespace) -> int:
    from tradeinvest.loading import mappings
    from tradeinvest.store import db

    if args.mappings_command == "list":
        with reading(path) as con:
            frame = mappings.list_mappings(con)
        print(frame.to_string(index=False) if not frame.empty else t("cli_mappings_none"))
        return 0
    con = db.connect(path)
    try:
        if args.mappings_command == "rename":
            mappings.rename_mapping(con, args.old, args.new, args.user)
            print(t("cli_mapping_renamed", old=args.old, new=args.new))
        else:
            mappings.delete_mapping(con, args.name, args.user)
            print(t("cli_mapping_deleted", name=args.name))
    except Refusal as exc:
        print(t("cli_failed", reason=exc), file=sys.stderr)
        return 1
    finally:
        con.close()
    return 0
