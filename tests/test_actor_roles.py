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


def _speakers(nlp: Language, text: str) -> list[str | None]:
    document = annotate(text, pipeline=nlp)
    names = {actor.id: actor.name for actor in document.actors}
    return [names.get(s.speaker or "") for s in document.statements]


def _mentions(nlp: Language, text: str) -> dict[str, list[str]]:
    document = annotate(text, pipeline=nlp)
    return {actor.name: [m.text for m in actor.mentions] for actor in document.actors}


def test_epithet_in_apposition_refers_back(nlp: Language) -> None:
    """'Luca Moretti, the new champion, ...' then '"...," the champion said': Moretti."""
    text = (
        'Luca Moretti, the new champion, was in tears. "This is for my father," the champion said.'
    )
    assert _speakers(nlp, text) == ["Luca Moretti"]


def test_age_refers_back(nlp: Language) -> None:
    """'Curtis Bell, 38,' then 'The 38-year-old said': Bell; another age fits no one."""
    text = "A voter, Curtis Bell, 38, waited for hours. The 38-year-old said the queue was long."
    assert _speakers(nlp, text) == ["Curtis Bell"]
    assert _mentions(nlp, text)["Curtis Bell"] == ["Curtis Bell", "38-year-old"]
    other = "A voter, Curtis Bell, 38, waited for hours. The 45-year-old said the queue was long."
    assert _mentions(nlp, other)["Curtis Bell"] == ["Curtis Bell"]


def test_nationality_refers_back(nlp: Language) -> None:
    """'Ukrainian Andriy Kovalenko' then 'The Ukrainian said': Kovalenko, not Moretti."""
    text = (
        "Ukrainian Andriy Kovalenko lost the final to Moretti. "
        "The Ukrainian said he had nothing to be ashamed of."
    )
    assert _speakers(nlp, text) == ["Andriy Kovalenko"]


def test_epithet_fitting_two_persons_is_left_alone(nlp: Language) -> None:
    """Two people called "a mechanic": "the mechanic" is a mention of neither."""
    text = (
        "Harry Kane, a mechanic, spoke. Erling Haaland, a mechanic, left. The mechanic was booked."
    )
    mentions = _mentions(nlp, text)
    assert mentions["Harry Kane"] == ["Harry Kane"]
    assert mentions["Erling Haaland"] == ["Erling Haaland"]
    assert _mentions(nlp, text.replace("Erling Haaland, a mechanic", "Erling Haaland"))[
        "Harry Kane"
    ] == ["Harry Kane", "mechanic"]


def test_description_with_its_own_modifiers_is_no_epithet(nlp: Language) -> None:
    """Kane, "a mechanic", then "The mechanic of the rival club was booked": someone else."""
    text = "Harry Kane, a mechanic, spoke. The mechanic of the rival club was booked."
    assert _mentions(nlp, text)["Harry Kane"] == ["Harry Kane"]


def test_outlet_called_the_paper(nlp: Language) -> None:
    """'The Yorkshire Post reported ... The newspaper said': one outlet, no person."""
    text = (
        "The Yorkshire Post reported that his mother had attended every day. "
        "The newspaper said her son was innocent."
    )
    assert _speakers(nlp, text) == ["Yorkshire Post", "Yorkshire Post"]
    document = annotate(text, pipeline=nlp)
    post = next(actor for actor in document.actors if actor.name == "Yorkshire Post")
    assert post.kind.value == "organization"
