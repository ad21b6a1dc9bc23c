"""Fuzzing: arbitrary text through ``annotate``, schema-generated documents through the loaders.

Whatever the text, ``annotate`` returns a document that ``validate`` accepts. Whatever
document the JSON Schema allows, ``from_dict`` either loads it or raises a
:class:`~newsevents.DocumentError` with JSON paths, ``validate`` returns a list of problems,
and the two agree. Whatever bytes a JSON Lines file holds, the readers report bad lines and
go on. The example counts are modest so that the suite stays fast.
"""

from __future__ import annotations

import io
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from hypothesis_jsonschema import from_schema

import newsevents
from newsevents import (
    Actor,
    ActorKind,
    Document,
    DocumentError,
    Location,
    Meeting,
    MeetingKind,
    Span,
    Statement,
    StatementKind,
    Topic,
)
from newsevents import reader as article_reader
from newsevents.render import render_html
from newsevents.tables import COLUMNS, TABLES, rows

FUZZ = settings(
    max_examples=40,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)

#: Pieces of news prose and of trouble, for texts more likely to wake the extractors up.
NEWS_PIECES = [
    "Kerry",
    "John Kerry",
    "Li Qiang",
    "Premier",
    "President Xi Jinping",
    "China",
    "the United States",
    "Reuters",
    "said",
    "told reporters",
    "according to",
    "met",
    "meeting",
    "talks",
    "visit",
    "in Beijing",
    "on Tuesday",
    "climate change",
    "trade",
    "he",
    "she",
    "they",
    ".",
    ",",
    ":",
    '"',
    "“",
    "”",
    "‘",
    "’",
    "'",
    "«",
    "»",
    "\n",
    "\n\n",
    "\r\n",
    "\t",
    "\u200b",
    "\u200d",
    "\ufeff",
    "\u202e",
    "\x00",
    "🇺🇸",
    "👋🏽",
    "قال",
    "שלום",
    "<b>",
    "</p>",
    "&amp;",
]

news_like_text = st.lists(st.sampled_from(NEWS_PIECES), max_size=60).map(" ".join)
any_text = st.text(max_size=400)


def check_annotation(nlp: Any, text: str) -> None:
    """Annotate ``text`` and check the result is a valid document over the same text."""
    document = newsevents.annotate(text, pipeline=nlp)
    assert document.text == text
    assert newsevents.validate(document) == []
    assert newsevents.loads(newsevents.dumps(document)) == document


def test_annotate_accepts_any_text(nlp: Any) -> None:
    """Arbitrary Unicode text (no lone surrogates) annotates into a valid document."""

    @FUZZ
    @given(any_text)
    def fuzz(text: str) -> None:
        check_annotation(nlp, text)

    fuzz()


def test_annotate_accepts_news_like_text_full_of_traps(nlp: Any) -> None:
    """News words mixed with quote marks, control and zero-width characters never break it."""

    @FUZZ
    @given(news_like_text)
    def fuzz(text: str) -> None:
        check_annotation(nlp, text)

    fuzz()


def generator_schema() -> dict[str, Any]:
    """Return the schema for hypothesis-jsonschema, which cannot resolve refs under a URN ``$id``.

    With the ``$id`` left out, ``#/$defs/...`` resolves against the schema itself.
    """
    contents = newsevents.schema()
    del contents["$id"]
    return contents


@settings(FUZZ, max_examples=30)  # drawing from the schema is the slow part
@given(from_schema(generator_schema()))
def test_a_document_the_schema_allows_loads_or_fails_clearly(data: dict[str, Any]) -> None:
    """``from_dict`` loads it or raises DocumentError with paths; ``validate`` agrees.

    Whatever loads also goes through the tables and the HTML view, valid or not (offsets
    past the end of the text, dangling references...).
    """
    problems = newsevents.validate(data)
    assert all(problem.path.startswith("$") and problem.message for problem in problems)
    refused: DocumentError | None = None
    try:
        document = newsevents.from_dict(data)
    except DocumentError as exc:
        refused = exc
    if refused is not None:
        assert refused.problems
        assert all(problem.startswith("$") for problem in refused.problems)
        # What the model refuses, validate must refuse too.
        assert problems
        return
    if not problems:
        # A valid document survives the round trip and stays valid.
        assert newsevents.validate(document) == []
        assert newsevents.from_dict(newsevents.to_dict(document)) == document
    for table in TABLES:
        for row in rows([document], table):
            assert tuple(row) == COLUMNS[table]
    page = render_html(document)
    assert page.startswith("<!DOCTYPE html>")
    assert "<script" not in page


ids = st.sampled_from(["a1", "a2", "t1", "m1", "s1", "x9"])
spans = st.tuples(st.integers(0, 80), st.integers(0, 20), st.text(max_size=12)).map(
    lambda values: Span(start=values[0], end=values[0] + values[1], text=values[2])
)
span_lists = st.lists(spans, max_size=4)
actors = st.builds(
    Actor,
    id=ids,
    kind=st.sampled_from(ActorKind),
    name=st.text(min_size=1, max_size=20),
    mentions=span_lists,
)
topics = st.builds(Topic, id=ids, label=st.text(min_size=1, max_size=20), mentions=span_lists)
meetings = st.builds(
    Meeting,
    id=ids,
    kind=st.sampled_from(MeetingKind),
    trigger=spans,
    participants=st.lists(ids, max_size=3),
    host=st.none() | ids,
    location=st.none() | st.builds(Location, name=st.text(min_size=1), span=st.none() | spans),
    date_text=st.none() | spans,
    topics=st.lists(ids, max_size=2),
)
statements = st.builds(
    Statement,
    id=ids,
    speaker=st.none() | ids,
    cue=spans,
    content=span_lists,
    kind=st.sampled_from(StatementKind),
    addressee=st.none() | ids,
    meeting=st.none() | ids,
    topics=st.lists(ids, max_size=2),
)
#: Documents the model accepts but that are mostly invalid: offsets past the text, span
#: texts that do not match, duplicate and dangling ids. Readers of files meet such things.
loadable_documents = st.builds(
    Document,
    id=st.text(min_size=1, max_size=10),
    text=st.text(max_size=80),
    title=st.none() | st.text(max_size=20),
    actors=st.lists(actors, max_size=3),
    topics=st.lists(topics, max_size=2),
    meetings=st.lists(meetings, max_size=2),
    statements=st.lists(statements, max_size=2),
)


@FUZZ
@given(loadable_documents)
def test_tables_html_and_validate_take_any_document_the_model_allows(document: Document) -> None:
    """Invalid offsets and references give problems from validate, never an exception."""
    problems = newsevents.validate(document)
    assert all(problem.path.startswith("$.") for problem in problems)
    for table in TABLES:
        for row in rows([document], table):
            assert tuple(row) == COLUMNS[table]
    page = render_html(document)
    assert page.endswith("</html>\n")
    assert "<script" not in page
    assert newsevents.loads(newsevents.dumps(document)) == document


@FUZZ
@given(st.lists(st.binary(max_size=200), max_size=8))
def test_read_jsonl_reports_garbage_lines_and_goes_on(lines: list[bytes]) -> None:
    """Arbitrary bytes between two good lines: the good documents come out, the rest is reported."""
    good = newsevents.dumps(Document(id="good", text="Kerry met Li.")).encode()
    cleaned = [line.replace(b"\n", b" ") for line in lines]
    data = b"\n".join([good, *cleaned, good]) + b"\n"
    errors: list[Exception] = []
    documents = list(newsevents.read_jsonl(io.BytesIO(data), on_error=errors.append))
    assert [document.id for document in documents[:1] + documents[-1:]] == ["good", "good"]
    for error in errors:
        assert str(error).startswith("<stream>:")


@FUZZ
@given(st.lists(st.binary(max_size=200), max_size=8))
def test_article_reader_reports_garbage_lines_and_goes_on(lines: list[bytes]) -> None:
    """The article reader skips what is not a record and keeps the records around it."""
    cleaned = [line.replace(b"\n", b" ") for line in lines]
    data = b"\n".join([b'{"id": "first", "text": "A."}', *cleaned, b'{"id": "last", "text": "B."}'])
    errors: list[Exception] = []
    articles = list(article_reader.read_jsonl(io.BytesIO(data), on_error=errors.append))
    ids = [article.id for article in articles]
    assert ids[0] == "first"
    assert ids[-1] == "last"
    assert all(str(error).startswith("<stream>:") for error in errors)
