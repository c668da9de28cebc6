"""Start the app: `python -m tradeinvest.serve app.py [streamlit options]` = `streamlit run`,
less one start-up quirk.

Streamlit treats a `pages/` folder beside the entry script as the old (v1) multipage layout
until the script first calls `st.navigation`. So the first visitor after every server start who
opens a deep link (/missies?jaar=2024, from a bookmark or an e-mail) got a "Page not found"
dialog over the right page: the v1 layout knows pages by file name (missions.py), not by our
Dutch paths. Our `pages/` holds scripts that `app.py` navigates with `st.navigation`, never a
v1 layout, so the server is told so before the first session starts.
"""

from __future__ import annotations

import sys

from streamlit.runtime.pages_manager import PagesManager
from streamlit.web import cli


def main(args: list[str]) -> None:
    PagesManager.uses_pages_directory = False
    cli.main.main(args=["run", *args], prog_name="streamlit")


if __name__ == "__main__":
    main(sys.argv[1:])
