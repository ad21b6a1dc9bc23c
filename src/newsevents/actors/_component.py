"""The ``newsevents_actors`` pipeline component and its spaCy factory."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc
from spacy.tokens import Span as SpacySpan

from newsevents.actors._extractor import ActorExtractor, _default_extractor, _DocActors
from newsevents.extensions import (
    DOC_ACTORS,
    TOKEN_ACTOR,
    Guarded,
    register_extensions,
    set_token_actors,
)
from newsevents.model import Actor
from newsevents.serialize import converter


class ActorsComponent(Guarded):
    """The ``newsevents_actors`` pipeline component.

    Stores the actors as dicts on ``doc._.newsevents_actors``, sets
    ``token._.newsevents_actor`` to the actor id on every token of every mention (and of the
    title phrase around a person's name), and writes the repaired entities to ``doc.ents``.
    """

    def __init__(self, extractor: ActorExtractor) -> None:
        self.extractor = extractor

    def annotate(self, doc: Doc) -> Doc:
        """Annotate ``doc`` in place and return it."""
        work = _DocActors(self.extractor, doc)
        before = work.model_entities
        found = work.run()
        if found.entities != before:
            # as ``doc.ents = spans`` does, without making each span a second time
            doc.set_ents(
                [SpacySpan(doc, start, end, label=label) for start, end, label in found.entities],
                default="outside",
            )
        if doc._.get(DOC_ACTORS) is not None:
            for token in doc:  # annotated before: forget the old ids
                token._.set(TOKEN_ACTOR, None)
        set_token_actors(doc, found.token_actors)
        doc._.set(DOC_ACTORS, [converter.unstructure(actor, Actor) for actor in found.actors])
        return doc


@Language.factory(
    "newsevents_actors",
    assigns=["doc._.newsevents_actors", "token._.newsevents_actor", "doc.ents"],
    requires=["doc.ents", "token.dep", "token.pos"],
    default_config={"titles": None, "demonyms": None},
)
def make_actors_component(
    nlp: Language, name: str, titles: str | None, demonyms: str | None
) -> ActorsComponent:
    """Create the ``newsevents_actors`` component (``nlp.add_pipe("newsevents_actors")``).

    ``titles`` and ``demonyms`` are paths of lexicon files that replace the shipped ones;
    they are read once, here.
    """
    register_extensions()
    if titles is None and demonyms is None:
        return ActorsComponent(_default_extractor())
    return ActorsComponent(ActorExtractor.from_files(titles, demonyms))
