"""The text of a spaCy ``Doc``, built once for the doc every component is working on.

``Doc.text`` joins the text of every token, making a ``Token`` object for each one, each
time it is read: on a long article that costs more than some components' whole work. The
components of the pipeline read the text of the same doc one after the other, so the text
of the last doc asked for is kept, with the doc and its length to tell when it is stale.

>>> import spacy
>>> nlp = spacy.blank("en")
>>> doc = nlp("Kerry met Li.")
>>> doc_text(doc) is doc_text(doc)
True
"""

from __future__ import annotations

from spacy.tokens import Doc

__all__ = ["doc_text"]

# The last doc asked for, its number of tokens then, and its text.
_last: tuple[Doc, int, str] | None = None


def doc_text(doc: Doc) -> str:
    """Return ``doc.text``, reading it from the doc only when it is not the last one read."""
    global _last
    last = _last
    if last is not None and last[0] is doc and last[1] == len(doc):
        return last[2]
    text = doc.text
    _last = (doc, len(doc), text)
    return text
