"""JSON that every reader accepts: Python's json writes NaN and Infinity, which are not JSON."""

from __future__ import annotations

import json
import math
from typing import Any


def _finite(value: Any) -> Any:
    """`value` with every NaN or ±infinity (anywhere inside) replaced by None."""
    if isinstance(value, float) and not math.isfinite(value):
        return None
    if isinstance(value, dict):
        return {k: _finite(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_finite(v) for v in value]
    return value


def dumps(value: Any, **kwargs: Any) -> str:
    """`json.dumps` with a number that is not finite written as null (`allow_nan=False` makes
    any left over an error, never invalid output)."""
    return json.dumps(_finite(value), allow_nan=False, **kwargs)
