"""A column as its distinct values: files repeat countries, sectors and dates a lot, so each
distinct value is parsed once and the result spread back over the rows with `take`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np
import pyarrow as pa

from tradeinvest.ingest.source import Cells, python_values


@dataclass
class Distinct:
    """A column as its distinct values and, per row, the index of its value (-1: empty)."""

    codes: np.ndarray
    listed: list[object] | None = None  # the distinct values, when the cells were Python values
    arrow: pa.Array | None = None  # the distinct values, when the cells were Arrow

    @classmethod
    def of(cls, cells: Cells) -> Distinct:
        if isinstance(cells, list):
            # The key is the value itself for text and (type, value) otherwise, as 1, 1.0 and
            # True are equal keys but parse differently.
            index: dict[object, int] = {}
            values: list[object] = []
            codes = np.empty(len(cells), dtype=np.int64)
            for i, raw in enumerate(cells):
                if raw is None:
                    codes[i] = -1
                    continue
                key = raw if type(raw) is str else (type(raw), raw)
                k = index.get(key)
                if k is None:
                    k = index[key] = len(values)
                    values.append(raw)
                codes[i] = k
            return cls(codes, listed=values)
        if pa.types.is_null(cells.type):
            return cls(np.full(len(cells), -1, dtype=np.int64), listed=[])
        encoded = cells.dictionary_encode()
        codes = encoded.indices.fill_null(-1).to_numpy(zero_copy_only=False).astype(np.int64)
        return cls(codes, arrow=encoded.dictionary)

    def __len__(self) -> int:
        return len(self.listed) if self.listed is not None else len(self.arrow)  # type: ignore[arg-type]

    def value(self, k: int) -> object:
        """Distinct value `k` as calamine gives it."""
        return self.values_at([k])[0]

    def values_at(self, ks: Sequence[int]) -> list[object]:
        """Distinct values `ks` as calamine gives them (only these become Python objects)."""
        if self.listed is not None:
            return [self.listed[k] for k in ks]
        assert self.arrow is not None
        return python_values(self.arrow.take(pa.array(ks, pa.int64())))

    def rows(self, per_value: np.ndarray, empty: bool) -> np.ndarray:
        """Per row: `per_value` of its value, `empty` for an empty cell."""
        return np.append(per_value, empty)[self.codes]

    def spread(self, per_value: pa.Array, empty: object) -> pa.Array:
        """Per row: `per_value` of its value, `empty` for an empty cell."""
        ends = pa.concat_arrays([per_value, pa.array([empty], per_value.type)])
        return ends.take(pa.array(np.where(self.codes < 0, len(per_value), self.codes)))


def by_value(cells: pa.Array, mapping: Callable[[object], object],
             kind: pa.DataType) -> pa.Array:
    """`mapping` applied to each distinct value of `cells` (null stays null), mapped back."""
    encoded = cells.dictionary_encode()
    mapped = pa.array([mapping(v) for v in encoded.dictionary.to_pylist()], kind)
    return mapped.take(encoded.indices)


def mask(condition: pa.Array) -> np.ndarray:
    """An Arrow condition as a numpy mask; null (a value missing) is False."""
    return condition.fill_null(False).to_numpy(zero_copy_only=False)
