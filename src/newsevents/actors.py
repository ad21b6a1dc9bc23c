"""The ``newsevents_actors`` spaCy component (being written)."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from newsevents.extensions import DOC_ACTORS, register_extensions
from newsevents.model import Actor
from newsevents.serialize import converter

__all__ = ["extract_actors", "make_actors_component"]


def extract_actors(doc: Doc) -> list[Actor]:
    """Return the actors of a processed ``doc``."""
    return []  # PLACEHOLDER: replaced when the component is written


class ActorsComponent:
    """Runs :func:`extract_actors` and stores the result on ``doc._.newsevents_actors``."""

    def __call__(self, doc: Doc) -> Doc:
        """Annotate ``doc`` in place and return it."""
        found = extract_actors(doc)
        doc._.set(DOC_ACTORS, [converter.unstructure(item, Actor) for item in found])
        return doc


@Language.factory(
    "newsevents_actors",
    assigns=["doc._.newsevents_actors"],
    requires=["doc.ents"],
)
def make_actors_component(nlp: Language, name: str) -> ActorsComponent:
    """Create the ``newsevents_actors`` component (``nlp.add_pipe("newsevents_actors")``)."""
    register_extensions()
    return ActorsComponent()
