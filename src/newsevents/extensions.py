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
``doc._.newsevents_failure`` a component, in batches ``"<error type>: <message>"`` when a
                                                    component failed on the doc, else ``None``
=========================== ======================= =========================================

In batches (:func:`newsevents.annotate_many`, ``newsevents annotate``) the components keep
an error on the doc in ``doc._.newsevents_failure`` instead of raising it, and the components
after the failed one leave the doc alone: an exception raised in a worker process would
stop ``nlp.pipe`` for every document. Called on their own they raise as usual.

>>> register_extensions()
>>> from spacy.tokens import Doc
>>> Doc.has_extension(DOC_ACTORS)
True
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from spacy.attrs import IDX
from spacy.tokens import Doc, Token

__all__ = [
    "DOC_ACTORS",
    "DOC_DATE",
    "DOC_FAILURE",
    "DOC_MEETINGS",
    "DOC_STATEMENTS",
    "DOC_TOPICS",
    "TOKEN_ACTOR",
    "Guarded",
    "register_extensions",
    "set_token_actors",
    "token_actors",
]

DOC_DATE = "newsevents_date"
DOC_ACTORS = "newsevents_actors"
DOC_TOPICS = "newsevents_topics"
DOC_MEETINGS = "newsevents_meetings"
DOC_STATEMENTS = "newsevents_statements"
TOKEN_ACTOR = "newsevents_actor"
DOC_FAILURE = "newsevents_failure"

_DOC_DEFAULTS: dict[str, Any] = {
    DOC_FAILURE: None,
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


# spaCy keeps the value of a plain token extension in ``doc.user_data`` under this key with
# the token's character offset; ``token._`` makes an ``Underscore`` object on every read or
# write, which costs more than the components' work on most tokens they ask about.
_TOKEN_KEY = ("._.", TOKEN_ACTOR)


def _plain_token_actor() -> bool:
    """Whether ``token._.newsevents_actor`` is registered as here: a value, no getter."""
    return Token.get_extension(TOKEN_ACTOR) == (None, None, None, None)


def token_actors(doc: Doc) -> Mapping[int, Any]:
    """Return ``token._.newsevents_actor`` of the tokens of ``doc`` that have one set.

    The values are keyed by the token's character offset (``token.idx``), read from the doc
    at once.

    >>> import spacy
    >>> register_extensions()
    >>> doc = spacy.blank("en")("Kerry met Li.")
    >>> doc[2]._.set(TOKEN_ACTOR, "a2")
    >>> token_actors(doc)
    {10: 'a2'}
    """
    if not _plain_token_actor():
        return {token.idx: token._.get(TOKEN_ACTOR) for token in doc}
    user_data: dict[Any, Any] = doc.user_data  # typed as str keys, but keyed by tuples
    return {
        key[2]: value
        for key, value in user_data.items()
        if isinstance(key, tuple) and key[:2] == _TOKEN_KEY and len(key) == 4 and key[3] is None
    }


def set_token_actors(doc: Doc, actors: Mapping[int, str]) -> None:
    """Set ``token._.newsevents_actor`` of the tokens ``actors`` maps, by token index.

    >>> import spacy
    >>> register_extensions()
    >>> doc = spacy.blank("en")("Kerry met Li.")
    >>> set_token_actors(doc, {0: "a1"})
    >>> doc[0]._.get(TOKEN_ACTOR), doc[1]._.get(TOKEN_ACTOR)
    ('a1', None)
    """
    if not _plain_token_actor():
        for i, actor in actors.items():
            doc[i]._.set(TOKEN_ACTOR, actor)
        return
    user_data: dict[Any, Any] = doc.user_data
    if not actors:
        return
    starts: list[int] = doc.to_array(IDX).tolist()  # ``token.idx``, without a Token each
    for i, actor in actors.items():
        user_data[("._.", TOKEN_ACTOR, starts[i], None)] = actor


class Guarded:
    """A component that, in batches, keeps an error on the doc instead of raising it.

    Subclasses do their work in :meth:`annotate`. With :attr:`keep_errors` set (the batch
    runner sets it while it runs), an exception becomes ``doc._.newsevents_failure``, and a
    doc a component before failed on is passed on untouched.

    >>> import spacy
    >>> register_extensions()
    >>> class Broken(Guarded):
    ...     def annotate(self, doc):
    ...         raise ValueError("no luck")
    >>> broken = Broken()
    >>> broken.keep_errors = True
    >>> broken(spacy.blank("en")("Kerry met Li."))._.newsevents_failure
    'ValueError: no luck'
    """

    keep_errors: bool = False

    def __call__(self, doc: Doc) -> Doc:
        """Annotate ``doc`` in place and return it."""
        if not self.keep_errors:
            return self.annotate(doc)
        if doc._.get(DOC_FAILURE) is not None:
            return doc
        try:
            return self.annotate(doc)
        except Exception as exc:  # kept on the doc, and reported by the batch runner
            lines = str(exc).strip().splitlines()
            reason = f": {lines[-1]}" if lines else ""
            doc._.set(DOC_FAILURE, f"{type(exc).__name__}{reason}")
            return doc

    def annotate(self, doc: Doc) -> Doc:
        """Annotate ``doc`` in place and return it."""
        raise NotImplementedError
