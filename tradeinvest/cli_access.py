"""Command-line parts for access and privacy: `users`, `erase` and `report`.

Kept apart from cli.py, which only hooks them in. The command line is for whoever may open
the database file itself (the administrator), so it runs without a role check; it records
the operating-system user as the actor in the audit log.

    python -m tradeinvest users add NAME --role coordinator|team|governor [--password P]
    python -m tradeinvest users add e-mail@org.nl --role governor --oidc-only
    python -m tradeinvest users set NAME [--role R] [--password P | --oidc-only]
    python -m tradeinvest users remove NAME
    python -m tradeinvest users unlock NAME
    python -m tradeinvest users list
    python -m tradeinvest erase --company NAME
    python -m tradeinvest report --year 2024 --quarter Q3 --format xlsx|pdf --out FILE
"""

from __future__ import annotations

import argparse
import getpass
import sys
from pathlib import Path

from tradeinvest import access, cli_paths
from tradeinvest.cli_read import reading
from tradeinvest.texts import t
from tradeinvest.texts.phrases import Refusal

COMMANDS = frozenset({"users", "erase", "report"})


def add_parsers(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    users = sub.add_parser("users", help="who may sign in, with which role")
    users_sub = users.add_subparsers(dest="users_command", required=True)
    add = users_sub.add_parser("add", help="add a new user (refused for an existing name)")
    change = users_sub.add_parser("set", help="change an existing user's role and/or password")
    for parser, role_required in ((add, True), (change, False)):
        parser.add_argument("name", help="sign-in name; for OIDC sign-in the e-mail address")
        parser.add_argument("--role", required=role_required, choices=list(access.ROLES))
        secret = parser.add_mutually_exclusive_group()
        secret.add_argument("--password", help="else asked for (hidden) when run in a terminal"
                            + ("" if role_required else "; with --role alone: kept"))
        secret.add_argument("--oidc-only", action="store_true",
                            help="no password: signs in through the identity provider only")
    remove = users_sub.add_parser("remove", help="remove a user")
    remove.add_argument("name")
    users_sub.add_parser("list", help="list the users (never the password hashes)")
    unlock = users_sub.add_parser("unlock", help="lift the sign-in lock after wrong passwords")
    unlock.add_argument("name")

    erase = sub.add_parser("erase", help="erase a company's contact-person details (on request)")
    erase.add_argument("--company", required=True, help="company name (matched like uploads)")

    report = sub.add_parser("report", help="the governors' quarterly report (xlsx or pdf)")
    report.add_argument("--year", type=int, required=True)
    report.add_argument("--quarter", required=True, help="Q1..Q4")
    report.add_argument("--format", choices=["xlsx", "pdf"],
                        help="default: from the --out file name")
    report.add_argument("--out", type=Path, required=True)
    report.add_argument("--lang", choices=["nl", "en"], default="nl")


def _actor() -> str:
    try:
        return f"cli:{getpass.getuser()}"
    except (KeyError, OSError):  # no login name in a container
        return "cli"


def _password(args: argparse.Namespace) -> str | None:
    """The password to store, or None (OIDC only); prompted twice when in a terminal."""
    if args.oidc_only:
        return None
    if args.password is not None:
        return args.password
    if not sys.stdin.isatty():
        raise Refusal("cli_password_needed")
    first = getpass.getpass(t("cli_password_prompt"))
    if getpass.getpass(t("cli_password_again")) != first:
        raise Refusal("cli_passwords_differ")
    return first


def _users(path: Path, args: argparse.Namespace) -> int:
    from tradeinvest.store import db, users

    if args.users_command in ("add", "set"):
        try:
            keep = args.users_command == "set" and args.role and args.password is None
            password = None if keep else _password(args)
        except ValueError as exc:
            print(t("cli_failed", reason=exc), file=sys.stderr)
            return 2
    if args.users_command == "list":
        return _list_users(path)
    try:
        con = db.connect(path)
    except db.DatabaseBusy:  # the app holds the file: it applies the change on its next view
        return _queue_user_change(path, args, password if args.users_command in ("add", "set")
                                  else None)
    try:
        match args.users_command:
            case "add":
                try:
                    users.add_user(con, args.name, args.role, password, _actor())
                except ValueError as exc:
                    print(t("cli_failed", reason=exc), file=sys.stderr)
                    return 2 if isinstance(exc, users.UserExists) else 1
                print(t("cli_user_added", name=users.normalise_name(args.name), role=args.role))
            case "set":
                try:
                    users.change_user(con, args.name, _actor(), role=args.role,
                                      password=password, oidc_only=args.oidc_only)
                except ValueError as exc:
                    print(t("cli_failed", reason=exc), file=sys.stderr)
                    return 1
                print(t("cli_user_changed", name=users.normalise_name(args.name)))
            case "remove":
                if not users.remove_user(con, args.name, _actor()):
                    print(t("cli_no_user", name=args.name), file=sys.stderr)
                    return 1
                left = users.count(con)
                print(t("cli_user_removed", name=users.normalise_name(args.name),
                        demo="" if left else t("cli_no_users_left")))
            case "unlock":
                if not users.unlock(con, args.name, _actor()):
                    print(t("cli_no_user", name=args.name), file=sys.stderr)
                    return 1
                print(t("cli_user_unlocked", name=users.normalise_name(args.name)))
    finally:
        con.close()
    return 0


def _list_users(path: Path) -> int:
    from tradeinvest.store import user_queue, users

    with reading(path) as con:
        frame = users.list_users(con)
    if frame.empty:
        print(t("cli_no_users_yet"))
    else:
        frame["password"] = frame["password"].map({True: t("cli_has_password"),
                                                   False: t("cli_oidc_only")})
        print(frame.to_string(index=False))
    if waiting := len(user_queue.pending(path)):
        print(t("cli_users_waiting", count=waiting), file=sys.stderr)
    return 0


def _known_user(path: Path, name: str) -> bool | None:
    """Whether the app's latest copy (store.snapshot) has this user; None without a copy. A
    queued change the app would refuse is refused here, where someone reads the answer."""
    from tradeinvest.store import db, users

    try:
        with reading(path) as con:
            return users.role_of(con, name) is not None
    except db.DatabaseFault:
        return None


def _queue_user_change(path: Path, args: argparse.Namespace, password: str | None) -> int:
    """Queue `users add/set/remove/unlock` for the running app (store.user_queue); the password is
    checked and hashed here, so the queue never holds it."""
    from tradeinvest.store import user_queue, users

    hashed = None
    if password is not None:
        try:
            users.check_password_rules(password)
        except ValueError as exc:
            print(t("cli_failed", reason=exc), file=sys.stderr)
            return 1
        hashed = users.hash_password(password)
    if args.users_command in ("add", "set") and args.role not in (None, *access.ROLES):
        print(t("cli_failed", reason=t("cli_unknown_role", role=repr(args.role))),
              file=sys.stderr)
        return 1
    known = _known_user(path, args.name)
    if args.users_command == "add" and known is True:
        print(t("cli_failed", reason=t("cli_user_exists", name=users.normalise_name(args.name))),
              file=sys.stderr)
        return 2
    if args.users_command != "add" and known is False:
        print(t("cli_no_user", name=args.name), file=sys.stderr)
        return 1
    user_queue.enqueue(path, {"command": args.users_command, "name": args.name,
                              "role": getattr(args, "role", None), "password_hash": hashed,
                              "oidc_only": bool(getattr(args, "oidc_only", False)),
                              "actor": _actor()})
    print(t("cli_user_queued", name=users.normalise_name(args.name)))
    return 0


def _erase(path: Path, args: argparse.Namespace) -> int:
    from tradeinvest.loading import erase
    from tradeinvest.store import snapshot

    if not path.exists():
        print(t("cli_no_database", path=path), file=sys.stderr)
        return 1
    result = erase.erase_company(path, args.company, _actor())
    snapshot.snapshot_path(path).unlink(missing_ok=True)  # it may hold the erased details
    print(result.report_nl())
    return 0


def _report(path: Path, args: argparse.Namespace) -> int:
    from tradeinvest.reporting import report, report_model

    kind = args.format or args.out.suffix.lstrip(".").lower()
    if kind not in ("xlsx", "pdf"):
        print(t("cli_report_format"), file=sys.stderr)
        return 2
    if problem := cli_paths.output_problem(args.out):
        print(problem, file=sys.stderr)
        return 2
    with reading(path) as con:
        try:
            built = report.write(con, args.year, args.quarter, kind, args.out, args.lang)
        except (report_model.ReportError, ValueError) as exc:
            print(t("cli_failed", reason=exc), file=sys.stderr)
            return 1
    print(t("cli_report_written", year=args.year, quarter=built.quarter, through=built.through,
            out=args.out))
    return 0


def run(path: Path, args: argparse.Namespace) -> int:
    """Run one of COMMANDS; DatabaseBusy is left to cli.main (exit 2 with its message)."""
    match args.command:
        case "users":
            return _users(path, args)
        case "erase":
            return _erase(path, args)
        case "report":
            return _report(path, args)
    return 2
