"""The spaCy ``Doc`` and ``Token`` extensions the newsevents components read and write.

Every value is plain and msgpack-serialisable, so that ``Doc.to_bytes()`` and ``DocBin``
keep working on annotated documents: annotations are stored as the JSON-ready dicts of
:func:`newsevents.serialize.converter` (``converter.unstructure(actor)``), and tokens carry
actor ids as strings.

=========================== ======================= =========================================
extension                   set by                  value
=========================== ======================= =========================================
``doc._.newsevents_date``   the caller (annotate)   ISO publication date, or ``None``
``doc._.newsevents_actors`` ``newsevents_actors``   list of Actor dicts
``token._.newsevents_actor`` ``newsevents_actors``  id of the actor the token refers to
                                                    (names, short names, resolved pronouns)
``doc._.newsevents_topics`` ``newsevents_topics``   list of Topic dicts
``doc._.newsevents_meetings`` ``newsevents_meetings`` list of Meeting dicts
``doc._.newsevents_statements`` ``newsevents_statements`` list of Statement dicts
=========================== ======================= =========================================

>>> register_extensions()
>>> from spacy.tokens import Doc
>>> Doc.has_extension(DOC_ACTORS)
True
"""

from __future__ import annotations

from typing import Any

from spacy.tokens import Doc, Token

__all__ = [
    "DOC_ACTORS",
    "DOC_DATE",
    "DOC_MEETINGS",
    "DOC_STATEMENTS",
    "DOC_TOPICS",
    "TOKEN_ACTOR",
    "register_extensions",
]

DOC_DATE = "newsevents_date"
DOC_ACTORS = "newsevents_actors"
DOC_TOPICS = "newsevents_topics"
DOC_MEETINGS = "newsevents_meetings"
DOC_STATEMENTS = "newsevents_statements"
TOKEN_ACTOR = "newsevents_actor"

_DOC_DEFAULTS: dict[str, Any] = {
    DOC_DATE: None,
    DOC_ACTORS: None,
    DOC_TOPICS: None,
    DOC_MEETINGS: None,
    DOC_STATEMENTS: None,
}


def register_extensions() -> None:
    """Register the extensions once; calling it again does nothing.

    The list-valued extensions default to ``None`` (not ``[]``) so that a component can tell
    "not run" from "found nothing", and so that no mutable default is shared between docs.
    """
    for name, default in _DOC_DEFAULTS.items():
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=default)
    if not Token.has_extension(TOKEN_ACTOR):
        Token.set_extension(TOKEN_ACTOR, default=None)
