"""The text of a doc read once for all components, and never the text of another doc."""

from __future__ import annotations

import gc

import spacy

from newsevents import _doctext
from newsevents._doctext import doc_text, remember_text


def test_text_is_the_docs_and_kept_for_the_same_doc() -> None:
    """The text equals ``doc.text`` and is the same object while the doc is unchanged."""
    nlp = spacy.blank("en")
    doc = nlp("Kerry met Li in Beijing.")
    first = doc_text(doc)
    assert first == doc.text
    assert doc_text(doc) is first


def test_another_doc_or_a_retokenized_doc_gets_its_own_text() -> None:
    """A second doc, or the same doc with tokens merged, never gets a stale text."""
    nlp = spacy.blank("en")
    one, two = nlp("Kerry met Li."), nlp("Xi met Lula.")
    assert doc_text(one) == "Kerry met Li."
    assert doc_text(two) == "Xi met Lula."
    assert doc_text(one) == "Kerry met Li."
    with one.retokenize() as retokenizer:
        retokenizer.merge(one[0:2])
    assert doc_text(one) == one.text


def test_text_is_kept_for_every_doc_still_alive_and_dropped_with_it() -> None:
    """Reading a batch of docs in turn, each doc's text is read once and freed with the doc."""
    nlp = spacy.blank("en")
    docs = [nlp(f"Kerry met Li on day {number}.") for number in range(3)]
    first = [doc_text(doc) for doc in docs]
    assert [doc_text(doc) for doc in docs] == first
    assert all(again is text for again, text in zip(map(doc_text, docs), first, strict=True))
    before = len(_doctext._texts)
    del docs
    _doctext._texts._last = None  # the last doc read is held until another is
    gc.collect()
    assert len(_doctext._texts) == before - 3


def test_a_remembered_text_is_used_only_if_the_tokens_end_where_it_does() -> None:
    """A text the tokens do not end with (a tokenizer that dropped characters) is not kept."""
    nlp = spacy.blank("en")
    doc = nlp.make_doc("Kerry met Li.")
    remember_text(doc, "Kerry met Li.")
    assert doc_text(doc) == "Kerry met Li."
    other = nlp.make_doc("Kerry met Li.")
    remember_text(other, "Kerry met Li. And more.")
    assert doc_text(other) == "Kerry met Li."


def test_a_deck_under_a_title_case_headline_is_no_byline() -> None:
    """'Zelensky Arrives in Washington' under 'Ukraine Talks Resume' is a deck, not writers."""
    body = "\n\nKYIV (Reuters) - President Volodymyr Zelensky said talks would resume."
    deck = "Zelensky Arrives in Washington"
    assert _doctext.credit_spans(f"Ukraine Talks Resume\n\n{deck}{body}") == []
    # control: under a headline in sentence case, the same shape is the writers' line
    text = f"Constitutional court upholds amnesty law\n\nSam Jones in Madrid{body}"
    start = text.index("Sam Jones")
    assert _doctext.credit_spans(text)[0] == (start, start + len("Sam Jones in Madrid"))
