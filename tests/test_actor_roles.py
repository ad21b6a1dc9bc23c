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


def test_agency_named_with_its_descriptor_speaks(nlp: Language) -> None:
    """'Iran's state-run IRNA news agency said': IRNA is the speaker, not nobody."""
    document = annotate("Iran's state-run IRNA news agency said the talks ended.", pipeline=nlp)
    names = {actor.id: actor.name for actor in document.actors}
    assert [names.get(s.speaker or "") for s in document.statements] == ["IRNA"]
    irna = next(actor for actor in document.actors if actor.name == "IRNA")
    assert irna.country == "IRN"  # the owner before "state-run"


def test_state_run_agency_with_its_name_is_that_organisation(nlp: Language) -> None:
    """'Russia's state-run Tass news agency reported': one organisation, Tass, of Russia."""
    document = annotate(
        "Three soldiers were wounded, Russia's state-run Tass news agency reported.",
        pipeline=nlp,
    )
    organisations = [a for a in document.actors if a.kind.value == "organization"]
    assert [a.name for a in organisations] == ["Tass"]
    names = {actor.id: actor.name for actor in document.actors}
    assert [names.get(s.speaker or "") for s in document.statements] == ["Tass"]


def test_agency_speaker_is_written_as_its_whole_phrase(nlp: Language) -> None:
    """The speaker as written is "Iran's state-run IRNA news agency", not the name alone."""
    document = annotate("Iran's state-run IRNA news agency said the talks ended.", pipeline=nlp)
    mentions = [s.speaker_mention.text for s in document.statements if s.speaker_mention]
    assert mentions == ["Iran's state-run IRNA news agency"]


def test_lead_description_named_in_the_next_sentence(nlp: Language) -> None:
    """'Ontario's housing minister says ...' then 'Paul Calandra told reporters': one person."""
    document = annotate(
        "TORONTO — Ontario's housing minister says the province will miss its target.\n\n"
        '"We are doing everything we can," Paul Calandra told reporters on Tuesday.',
        pipeline=nlp,
    )
    names = {actor.id: actor.name for actor in document.actors}
    assert [names.get(s.speaker or "") for s in document.statements] == [
        "Paul Calandra",
        "Paul Calandra",
    ]


def test_lead_description_left_alone_when_two_could_be_meant(nlp: Language) -> None:
    """With two untitled people speaking after the lead, its description names neither."""
    document = annotate(
        "Ontario's housing minister says the province will miss its target.\n\n"
        "Paul Calandra told reporters the math was hard. Sarah Jensen said it was a failure.",
        pipeline=nlp,
    )
    first = document.statements[0]
    assert first.speaker is None
