"""The ``newsevents_statements`` spaCy component (being written)."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from newsevents.extensions import DOC_STATEMENTS, register_extensions
from newsevents.model import Statement
from newsevents.serialize import converter

__all__ = ["extract_statements", "make_statements_component"]


def extract_statements(doc: Doc) -> list[Statement]:
    """Return the statements of a processed ``doc``."""
    return []  # PLACEHOLDER: replaced when the component is written


class StatementsComponent:
    """Runs :func:`extract_statements` and stores the result on ``doc._.newsevents_statements``."""

    def __call__(self, doc: Doc) -> Doc:
        """Annotate ``doc`` in place and return it."""
        found = extract_statements(doc)
        doc._.set(DOC_STATEMENTS, [converter.unstructure(item, Statement) for item in found])
        return doc


@Language.factory(
    "newsevents_statements",
    assigns=["doc._.newsevents_statements"],
    requires=["doc._.newsevents_actors"],
)
def make_statements_component(nlp: Language, name: str) -> StatementsComponent:
    """Create the ``newsevents_statements`` component (``nlp.add_pipe("newsevents_statements")``)."""
    register_extensions()
    return StatementsComponent()
