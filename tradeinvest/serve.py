"""Start the app: `python -m tradeinvest.serve app.py [--host H] [--demo-public] [streamlit
options]` = `streamlit run`, listening on 127.0.0.1 unless told otherwise, less a start-up quirk.

**Listening address.** The app listens on 127.0.0.1 (this machine only) by default, here and in
.streamlit/config.toml. Another address must be asked for: `--host 0.0.0.0` (`make run
HOST=0.0.0.0`), or Streamlit's own `--server.address`. Demo mode (no users: everyone is
coordinator) refuses a non-loopback address unless `--demo-public` is given as well; the app
checks the same on every page view, for when the last user is removed while it runs.

**Deep links.** Streamlit treats a `pages/` folder beside the entry script as the old (v1)
multipage layout until the script first calls `st.navigation`. So the first visitor after every
server start who opened a deep link (/missies?jaar=2024) got a "Page not found" dialog over the
right page: the v1 layout knows pages by file name (missions.py), not by our Dutch paths. Our
`pages/` holds scripts that `app.py` navigates with `st.navigation`, never a v1 layout, so the
server is told so before the first session starts.
"""

from __future__ import annotations

import argparse
import os
import sys

import duckdb
from streamlit.runtime.pages_manager import PagesManager
from streamlit.web import cli

from tradeinvest import access
from tradeinvest.store import db
from tradeinvest.texts import LANGUAGES, t

DEFAULT_HOST = "127.0.0.1"


def parse(args: list[str]) -> tuple[str, bool, list[str]]:
    """(host, demo_public, the remaining streamlit arguments) from the command line."""
    parser = argparse.ArgumentParser(add_help=False, allow_abbrev=False)
    parser.add_argument("--host", "--server.address", dest="host", default=DEFAULT_HOST)
    parser.add_argument("--demo-public", action="store_true")
    known, rest = parser.parse_known_args(args)
    return known.host, known.demo_public, rest


def users_in_database() -> int:
    """How many users the app's database has (0: demo mode; also for a file not made yet).

    Read-only, so starting the server changes nothing; a file held by another process counts
    as demo (0), the safe side: the network then needs --demo-public.
    """
    path = db.db_path()
    if not path.exists():
        return 0
    try:
        con = duckdb.connect(str(path), read_only=True)
    except duckdb.Error:
        return 0
    try:
        return int(con.execute("SELECT count(*) FROM users").fetchone()[0])
    except duckdb.Error:  # a database from before the users table: demo mode
        return 0
    finally:
        con.close()


def refusal(host: str, demo_public: bool, users: int) -> str | None:
    """The one-line message (Dutch / English) when this start must be refused, else None."""
    if users or access.demo_may_serve(host, demo_public):
        return None
    return " / ".join(t("demo_public_refused", lang, host=host) for lang in LANGUAGES)


def main(args: list[str]) -> None:
    host, demo_public, rest = parse(args)
    message = refusal(host, demo_public, users_in_database())
    if message:
        print(message, file=sys.stderr)
        sys.exit(2)
    if demo_public:
        os.environ[access.DEMO_PUBLIC_ENV] = "1"
    PagesManager.uses_pages_directory = False
    cli.main.main(args=["run", *rest, "--server.address", host], prog_name="streamlit")


if __name__ == "__main__":
    main(sys.argv[1:])
