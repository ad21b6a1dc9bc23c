"""The ``newsevents_topics`` spaCy component (being written)."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from newsevents.extensions import DOC_TOPICS, register_extensions
from newsevents.model import Topic
from newsevents.serialize import converter

__all__ = ["extract_topics", "make_topics_component"]


def extract_topics(doc: Doc) -> list[Topic]:
    """Return the topics of a processed ``doc``."""
    return []  # PLACEHOLDER: replaced when the component is written


class TopicsComponent:
    """Runs :func:`extract_topics` and stores the result on ``doc._.newsevents_topics``."""

    def __call__(self, doc: Doc) -> Doc:
        """Annotate ``doc`` in place and return it."""
        found = extract_topics(doc)
        doc._.set(DOC_TOPICS, [converter.unstructure(item, Topic) for item in found])
        return doc


@Language.factory(
    "newsevents_topics",
    assigns=["doc._.newsevents_topics"],
    requires=["doc._.newsevents_actors"],
)
def make_topics_component(nlp: Language, name: str) -> TopicsComponent:
    """Create the ``newsevents_topics`` component (``nlp.add_pipe("newsevents_topics")``)."""
    register_extensions()
    return TopicsComponent()
