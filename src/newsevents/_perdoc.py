"""What the components work out once for a doc and read many times: its text, its children.

The components of the pipeline read the same doc one after the other, and ``nlp.pipe``
hands a whole batch of docs to one component before the next, so what is worked out is kept
for every doc still alive (a weak reference to the doc, which drops it with the doc), with
the doc's length to tell when it is stale.

>>> import spacy
>>> lengths = PerDoc(lambda doc: len(doc.text))
>>> doc = spacy.blank("en")("Kerry met Li.")
>>> lengths.get(doc)
13
"""

from __future__ import annotations

import threading
import weakref
from collections.abc import Callable
from typing import Generic, TypeVar

from spacy.tokens import Doc

__all__ = ["PerDoc"]

T = TypeVar("T")


class PerDoc(Generic[T]):
    """A value built from a doc the first time it is asked for, kept while the doc lives."""

    def __init__(self, build: Callable[[Doc], T]) -> None:
        self._build = build
        # The last doc asked for, its number of tokens then, and its value: the common case,
        # checked before the table.
        self._last: tuple[Doc, int, T] | None = None
        # Every doc still alive asked for: its number of tokens then, and its value.
        self._values: weakref.WeakKeyDictionary[Doc, tuple[int, T]] = weakref.WeakKeyDictionary()
        self._lock = threading.Lock()

    def get(self, doc: Doc) -> T:
        """Return the value for ``doc``, building it only the first time it is asked for."""
        last = self._last
        length = len(doc)
        if last is not None and last[0] is doc and last[1] == length:
            return last[2]
        with self._lock:
            known = self._values.get(doc)
        if known is not None and known[0] == length:
            value = known[1]
        else:
            value = self._build(doc)
            self.put(doc, value)
        self._last = (doc, length, value)
        return value

    def __len__(self) -> int:
        """Return how many docs still alive have a value kept."""
        with self._lock:
            return len(self._values)

    def put(self, doc: Doc, value: T) -> None:
        """Keep ``value`` for ``doc`` as it is now."""
        with self._lock:
            self._values[doc] = (len(doc), value)
