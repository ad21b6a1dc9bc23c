r"""The ``newsevents_paragraphs`` component: a blank line always ends a sentence.

News articles separate paragraphs with blank lines, and a paragraph never continues a
sentence of the one before. The small English models sometimes parse across the break
("... arrived late" + blank line + "Officials said ..." as one sentence), which then leaks a
speaker or a participant from one paragraph into the next. This component runs before the
parser and marks the first token of every paragraph as a sentence start; the parser keeps
boundaries that are already set.

>>> import spacy
>>> nlp = spacy.blank("en")
>>> _ = nlp.add_pipe("newsevents_paragraphs")
>>> _ = nlp.add_pipe("sentencizer")
>>> [sent.text for sent in nlp("The minister arrived late\n\nOfficials said so.").sents]
['The minister arrived late\n\n', 'Officials said so.']
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

__all__ = ["QUOTE_OPENERS", "make_paragraphs_component", "mark_paragraph_starts"]

#: Marks that may open a quotation at the start of a paragraph; the word after one of them
#: continues the same sentence.
QUOTE_OPENERS = frozenset({'"', "“", "„", "«", "»", "‘", "'"})


def mark_paragraph_starts(doc: Doc) -> Doc:
    """Mark the first token after each blank line as a sentence start, and return ``doc``.

    Only blank lines count (two or more line breaks): a single line break is often a
    wrapped line in the middle of a sentence.
    """
    for index in range(1, len(doc)):
        previous = doc[index - 1]
        token = doc[index]
        if token.is_space or not previous.is_space or previous.text.count("\n") < 2:
            continue
        token.is_sent_start = True
        if token.text in QUOTE_OPENERS and index + 1 < len(doc):
            # The quotation mark opens the sentence; the words after it belong to it.
            doc[index + 1].is_sent_start = False
    return doc


@Language.factory("newsevents_paragraphs", assigns=["token.is_sent_start"])
def make_paragraphs_component(nlp: Language, name: str) -> ParagraphsComponent:
    """Create the ``newsevents_paragraphs`` component; add it before the parser."""
    return ParagraphsComponent()


class ParagraphsComponent:
    """Calls :func:`mark_paragraph_starts` on each doc."""

    def __call__(self, doc: Doc) -> Doc:
        """Mark paragraph starts in ``doc`` and return it."""
        return mark_paragraph_starts(doc)
