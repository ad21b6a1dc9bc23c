"""Actors in the roles the other components give them: speakers and participants."""

from __future__ import annotations

from spacy.language import Language

from newsevents import annotate


def test_state_body_speaks(nlp: Language) -> None:
    """A statement of 'the Turkish foreign ministry' has that organisation as its speaker."""
    document = annotate(
        "The Turkish foreign ministry said the talks would resume next week.", pipeline=nlp
    )
    names = {actor.id: actor.name for actor in document.actors}
    assert [names.get(s.speaker or "") for s in document.statements] == ["Turkish foreign ministry"]
