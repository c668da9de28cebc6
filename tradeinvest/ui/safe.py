"""Text from uploaded files shown as text inside elements that render Markdown.

st.markdown, st.caption, st.success/info/warning/error, titles and metric labels render
Markdown (links, images fetched from any address, `:red[...]` colours, `$...$` maths,
emoji `:codes:`). A company, mission or file name from an upload must show exactly as typed,
so it is escaped: every ASCII punctuation character gets a backslash (CommonMark shows the
character itself then). Tables (st.dataframe) need none of this: they never render Markdown.
"""

from __future__ import annotations

import re

_PUNCTUATION = re.compile(r"([!-/:-@\[-`{-~])")  # all ASCII punctuation


def md(value: object) -> str:
    """`value` as Markdown that renders as the literal text, on one line."""
    text = re.sub(r"[\r\n\t]+", " ", str(value))
    return _PUNCTUATION.sub(r"\\\1", text)
