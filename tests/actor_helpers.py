"""Helpers shared by the actor tests: annotate a text as if the model had tagged given entities."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc
from spacy.tokens import Span as SpacySpan

from newsevents.model import Document
from newsevents.pipeline import doc_to_document


def annotate_with_entities(
    nlp: Language, text: str, entities: list[tuple[str, str]], *, id: str
) -> Document:
    """Annotate ``text`` as if the model had tagged exactly ``entities`` (words, label).

    The entities are given in the order of the text; each is the first match of its words
    after the one before.
    """
    doc: Doc = nlp.make_doc(text)
    for name, component in nlp.pipeline:
        if name == "newsevents_actors":
            spans = []
            searched = 0
            for words, label in entities:
                start = text.index(words, searched)
                searched = start + len(words)
                span = doc.char_span(start, searched, label=label)
                assert span is not None
                spans.append(span)
            doc.ents = [SpacySpan(doc, s.start, s.end, label=s.label_) for s in spans]
        doc = component(doc)
    return doc_to_document(doc, id=id, pipeline=nlp)
