"""Cutting long texts into pieces and merging the pieces' annotations."""

from __future__ import annotations

import itertools
from typing import Any

from hypothesis import given
from hypothesis import strategies as st

from newsevents import (
    Actor,
    ActorKind,
    Document,
    Location,
    Meeting,
    MeetingKind,
    Span,
    Statement,
    StatementKind,
    Topic,
    TopicCategory,
    validate,
)
from newsevents.chunking import Annotations, merge_annotations, split_text


def _span(text: str, word: str, start: int = 0) -> Span:
    begin = text.index(word, start)
    return Span(start=begin, end=begin + len(word), text=word)


@given(st.text(alphabet="ab .\n", max_size=300), st.integers(min_value=1, max_value=40))
def test_split_covers_the_text_in_order_within_the_limit(text: str, limit: int) -> None:
    """Pieces are consecutive, cover every character, and none is longer than the limit."""
    bounds = split_text(text, limit)
    assert bounds[0][0] == 0
    assert bounds[-1][1] == len(text)
    for (_, end), (start, _) in itertools.pairwise(bounds):
        assert end == start
    assert all(0 < end - start <= limit for start, end in bounds) or text == ""
    assert "".join(text[start:end] for start, end in bounds) == text


def test_split_prefers_paragraphs_then_lines_then_sentences() -> None:
    """A blank line wins over a line break, which wins over a sentence end or a space."""
    paragraphs = "One two. Three\nfour five.\n\nSix seven."
    assert [paragraphs[s:e] for s, e in split_text(paragraphs, 30)] == [
        "One two. Three\nfour five.\n\n",
        "Six seven.",
    ]
    lines = "One two. Three four\nfive six seven"
    assert split_text(lines, 25)[0] == (0, len("One two. Three four\n"))
    sentences = "One two. Three four five"
    assert split_text(sentences, 12)[0] == (0, len("One two. "))
    words = "aaaa bbbb cccc"
    assert split_text(words, 12)[0] == (0, len("aaaa bbbb "))
    solid = "x" * 25
    assert split_text(solid, 10) == [(0, 10), (10, 20), (20, 25)]


def _piece(text: str, *, with_extra: bool) -> Annotations:
    """Annotations of one piece as an extractor would make them, with local ids."""
    kerry = Actor(
        id="a1",
        kind=ActorKind.PERSON,
        name="John Kerry",
        mentions=[_span(text, "Kerry")],
        titles=["climate envoy"],
        country="USA",
        affiliation="a2",
    )
    usa = Actor(id="a2", kind=ActorKind.COUNTRY, name="United States", mentions=[_span(text, "US")])
    actors = [kerry, usa]
    if with_extra:
        li = Actor(id="a3", kind=ActorKind.PERSON, name="Li Qiang", mentions=[_span(text, "Li")])
        actors.insert(0, li)
    climate = Topic(
        id="t1",
        label="climate change",
        mentions=[_span(text, "climate")],
        category=TopicCategory.ENVIRONMENT,
    )
    participants = ["a1", "a3"] if with_extra else ["a1"]
    meeting = Meeting(
        id="m1",
        kind=MeetingKind.MEETING,
        trigger=_span(text, "met"),
        participants=participants,
        host="a2",
        location=Location(name="Beijing", span=_span(text, "Beijing"), country="CHN"),
        topics=["t1"],
        evidence=Span(start=0, end=len(text), text=text),
    )
    statement = Statement(
        id="s1",
        speaker="a1",
        cue=_span(text, "said"),
        content=[_span(text, "climate")],
        kind=StatementKind.INDIRECT,
        speaker_mention=_span(text, "Kerry"),
        on_behalf_of="a2",
        meeting="m1",
        topics=["t1", "t9"],
    )
    return Annotations(
        actors=tuple(actors), topics=(climate,), meetings=(meeting,), statements=(statement,)
    )


def test_merge_shifts_renumbers_and_merges_by_name() -> None:
    """Spans move by their piece's offset, ids are renumbered, same-name actors become one."""
    first = "US climate envoy Kerry met officials in Beijing and said much."
    second = "Kerry met Li in Beijing; US climate talks, Kerry said."
    text = first + " " + second
    offset = len(first) + 1
    merged = merge_annotations(
        [(0, _piece(first, with_extra=False)), (offset, _piece(second, with_extra=True))]
    )
    names = [(actor.id, actor.name) for actor in merged.actors]
    assert names == [("a1", "John Kerry"), ("a2", "United States"), ("a3", "Li Qiang")]
    kerry = merged.actors[0]
    assert [(m.start, m.text) for m in kerry.mentions] == [
        (first.index("Kerry"), "Kerry"),
        (offset + second.index("Kerry"), "Kerry"),
    ]
    assert kerry.titles == ("climate envoy",)
    assert kerry.affiliation == "a2"
    assert [topic.id for topic in merged.topics] == ["t1"]
    assert len(merged.topics[0].mentions) == 2
    assert [m.id for m in merged.meetings] == ["m1", "m2"]
    assert merged.meetings[1].participants == ("a1", "a3")
    assert merged.meetings[1].host == "a2"
    assert [s.id for s in merged.statements] == ["s1", "s2"]
    assert merged.statements[1].meeting == "m2"
    # "t9" was never defined in its piece: the reference is dropped, not kept dangling.
    assert merged.statements[1].topics == ("t1",)
    document = Document(
        id="d",
        text=text,
        actors=merged.actors,
        topics=merged.topics,
        meetings=merged.meetings,
        statements=merged.statements,
    )
    assert validate(document) == []


def test_merge_of_one_piece_at_zero_keeps_everything() -> None:
    """Merging a single piece at offset 0 changes nothing but (already sequential) ids."""
    text = "US climate envoy Kerry met Li in Beijing and said much."
    piece = _piece(text, with_extra=True)
    merged = merge_annotations([(0, piece)])

    def spans(annotations: Annotations) -> list[Any]:
        return sorted((m.start, m.end) for actor in annotations.actors for m in actor.mentions)

    assert spans(merged) == spans(piece)
    assert merged.meetings[0].trigger == piece.meetings[0].trigger
    assert merged.statements[0].content == piece.statements[0].content
