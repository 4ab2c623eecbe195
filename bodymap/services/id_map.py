"""Old id -> new id for an import's trigger points and zones, in flat arrays.

A whole-clinic import writes millions of marks; a dict of them would take about 100 bytes a mark.
IdMap keeps two arrays of 8-byte integers and answers lookups by binary search (sorted once, on
the first lookup after additions), so the import's memory does not grow with the clinic.
"""
from __future__ import annotations

from array import array
from collections.abc import Iterator, Mapping
from typing import TYPE_CHECKING

if TYPE_CHECKING:                        # numpy is loaded by an import only, not at start-up
    import numpy as np

__all__ = ["IdMap"]


class IdMap(Mapping[int, int]):
    def __init__(self) -> None:
        self._old, self._new = array("q"), array("q")
        self._index: tuple[np.ndarray, np.ndarray] | None = None

    def __setitem__(self, old: int, new: int) -> None:
        self._old.append(old)
        self._new.append(new)
        self._index = None

    def update(self, pairs: Mapping[int, int]) -> None:
        for old, new in pairs.items():
            self[old] = new

    def _sorted(self) -> tuple[np.ndarray, np.ndarray]:
        if self._index is None:
            import numpy as np
            old = np.frombuffer(self._old, dtype=np.int64) if self._old else np.zeros(0, np.int64)
            new = np.frombuffer(self._new, dtype=np.int64) if self._new else np.zeros(0, np.int64)
            order = np.argsort(old, kind="stable")
            self._index = (old[order], new[order])
        return self._index

    def __getitem__(self, old: int) -> int:
        import numpy as np
        keys, values = self._sorted()
        at = int(np.searchsorted(keys, old, side="right")) - 1      # the last one written wins, as in a dict
        if at < 0 or keys[at] != old:
            raise KeyError(old)
        return int(values[at])

    def __contains__(self, old: object) -> bool:
        return isinstance(old, int) and Mapping.__contains__(self, old)

    def __iter__(self) -> Iterator[int]:
        return iter(dict.fromkeys(self._old))

    def __len__(self) -> int:
        import numpy as np
        return len(np.unique(self._sorted()[0]))
