"""The text of a spaCy ``Doc``, built once for the doc every component is working on.

``Doc.text`` joins the text of every token, making a ``Token`` object for each one, each
time it is read: on a long article that costs more than some components' whole work. The
components of the pipeline read the text of the same doc one after the other, and
``nlp.pipe`` hands a whole batch of docs to one component before the next, so the text is
kept for every doc still alive (a weak reference to the doc, which drops the text with the
doc), with the doc's length to tell when it is stale.

>>> import spacy
>>> nlp = spacy.blank("en")
>>> doc = nlp("Kerry met Li.")
>>> doc_text(doc) is doc_text(doc)
True
"""

from __future__ import annotations

import threading
import weakref

from spacy.tokens import Doc

__all__ = ["doc_text", "heading_end"]

# The last doc asked for, its number of tokens then, and its text: the common case, checked
# before the table.
_last: tuple[Doc, int, str] | None = None
# Every doc still alive whose text was read: its number of tokens then, and its text.
_texts: weakref.WeakKeyDictionary[Doc, tuple[int, str]] = weakref.WeakKeyDictionary()
_lock = threading.Lock()


def doc_text(doc: Doc) -> str:
    """Return ``doc.text``, reading it from the doc only the first time it is asked for."""
    global _last
    last = _last
    length = len(doc)
    if last is not None and last[0] is doc and last[1] == length:
        return last[2]
    with _lock:
        known = _texts.get(doc)
    if known is not None and known[0] == length:
        text = known[1]
    else:
        text = doc.text
        with _lock:
            _texts[doc] = (length, text)
    _last = (doc, length, text)
    return text


def heading_end(text: str) -> int:
    r"""Return where a headline on the text's first line ends, or 0 when it has none.

    A headline is a short first line with no sentence end mark: "Modi, Albanese hold talks".

    >>> heading_end("Modi, Albanese hold talks\n\nModi and Albanese met on Wednesday.")
    25
    >>> heading_end("Modi and Albanese met on Wednesday.\n\nThey held talks.")
    0
    """
    end = text.find("\n")
    line = text[:end].strip() if end > 0 else ""
    if not line or len(line) > 200 or line[-1] in ".!?\"\u201d\u2019'":
        return 0
    return end
