"""The ``newsevents_statements`` pipeline component and its spaCy factory."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from newsevents.extensions import DOC_STATEMENTS, Guarded, register_extensions
from newsevents.model import Statement
from newsevents.serialize import converter
from newsevents.statements._build import extract_statements
from newsevents.statements._lexicon import CueLexicon


class StatementsComponent(Guarded):
    """Runs :func:`extract_statements` and stores the result on ``doc._.newsevents_statements``."""

    def __init__(self, lexicon: CueLexicon) -> None:
        self.lexicon = lexicon

    def annotate(self, doc: Doc) -> Doc:
        """Annotate ``doc`` in place and return it."""
        found = extract_statements(doc, self.lexicon)
        doc._.set(DOC_STATEMENTS, [converter.unstructure(item, Statement) for item in found])
        return doc


@Language.factory(
    "newsevents_statements",
    assigns=["doc._.newsevents_statements"],
    requires=["doc._.newsevents_actors"],
    default_config={"cues": None},
)
def make_statements_component(nlp: Language, name: str, cues: str | None) -> StatementsComponent:
    """Create the ``newsevents_statements`` component (``nlp.add_pipe("newsevents_statements")``).

    ``cues`` is the path of a cue lexicon to use instead of the shipped one.
    """
    register_extensions()
    return StatementsComponent(CueLexicon.load(cues))
