"""The ``newsevents_meetings`` spaCy component (being written)."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from newsevents.extensions import DOC_MEETINGS, register_extensions
from newsevents.model import Meeting
from newsevents.serialize import converter

__all__ = ["extract_meetings", "make_meetings_component"]


def extract_meetings(doc: Doc) -> list[Meeting]:
    """Return the meetings of a processed ``doc``."""
    return []  # PLACEHOLDER: replaced when the component is written


class MeetingsComponent:
    """Runs :func:`extract_meetings` and stores the result on ``doc._.newsevents_meetings``."""

    def __call__(self, doc: Doc) -> Doc:
        """Annotate ``doc`` in place and return it."""
        found = extract_meetings(doc)
        doc._.set(DOC_MEETINGS, [converter.unstructure(item, Meeting) for item in found])
        return doc


@Language.factory(
    "newsevents_meetings",
    assigns=["doc._.newsevents_meetings"],
    requires=["doc._.newsevents_actors"],
)
def make_meetings_component(nlp: Language, name: str) -> MeetingsComponent:
    """Create the ``newsevents_meetings`` component (``nlp.add_pipe("newsevents_meetings")``)."""
    register_extensions()
    return MeetingsComponent()
