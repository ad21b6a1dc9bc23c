"""Look words up by their string ids in a doc's arrays, without a Python object per word.

``doc.to_array(...).tolist()`` makes a Python int of each 64-bit hash, and a walk over the
list costs more than the few words it picks; comparing the ids in the array does not.

>>> import numpy as np
>>> values = np.array([5, 9, 2, 7], dtype=np.uint64)
>>> np.flatnonzero(found_in(values, id_array(frozenset({7, 5, 11})))).tolist()
[0, 3]
"""

from __future__ import annotations

import functools

import numpy as np
import numpy.typing as npt

__all__ = ["found_in", "id_array"]


@functools.lru_cache(maxsize=64)
def id_array(ids: frozenset[int]) -> npt.NDArray[np.uint64]:
    """Return string ids as a sorted array, for :func:`found_in` (made once per lexicon)."""
    return np.array(sorted(ids), dtype=np.uint64)


def found_in(values: npt.NDArray[np.uint64], ids: npt.NDArray[np.uint64]) -> npt.NDArray[np.bool_]:
    """Return where ``values`` holds one of the sorted ``ids`` (faster than ``np.isin``)."""
    if not len(ids):
        return np.zeros(len(values), dtype=bool)
    at = ids.searchsorted(values)
    at[at == len(ids)] = 0  # past the last id: compared with the first, which differs
    found: npt.NDArray[np.bool_] = ids[at] == values
    return found
