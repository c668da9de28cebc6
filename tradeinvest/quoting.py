"""Text from a file quoted in a message: a whole 32,767-character cell would bury the message."""

from __future__ import annotations

QUOTE_LIMIT = 100  # characters of a quoted value, the ellipsis included


def shorten(text: object, limit: int = QUOTE_LIMIT) -> str:
    """`text` as written, or its first `limit` - 1 characters and "…" when longer."""
    value = str(text)
    return value if len(value) <= limit else value[: limit - 1] + "…"
