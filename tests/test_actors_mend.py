"""Tests of entity mends and former office holders: names cut in two, spans over verbs."""

from __future__ import annotations

import pytest
from spacy.language import Language

from actor_helpers import annotate_with_entities
from newsevents import annotate
from newsevents.model import ActorKind, Document


def _with_entities(nlp: Language, text: str, entities: list[tuple[str, str]]) -> Document:
    """Annotate ``text`` as if the model had tagged exactly ``entities`` (word, label)."""
    return annotate_with_entities(nlp, text, entities, id="mend")


def _person_names(document: Document) -> list[str]:
    return [actor.name for actor in document.actors if actor.kind is ActorKind.PERSON]


def _speaker_names(document: Document) -> list[str | None]:
    names = {actor.id: actor.name for actor in document.actors}
    return [
        names.get(statement.speaker) if statement.speaker is not None else None
        for statement in document.statements
    ]


def test_two_adjacent_person_entities_are_one_name(nlp: Language) -> None:
    """Two person entities one space apart, the first a word of the second's name, are one."""
    text = (
        "Interior Minister Tamar Kvaratskhelia said on Friday that the border would reopen. "
        "The minister added that traffic was light. Merkel arrived first, and the Merkel "
        "Sarkozy summit opened later."
    )
    document = _with_entities(
        nlp,
        text,
        [
            ("Tamar", "PERSON"),
            ("Kvaratskhelia", "PERSON"),
            ("Friday", "DATE"),
            ("Merkel", "PERSON"),
            ("Merkel", "PERSON"),
            ("Sarkozy", "PERSON"),
        ],
    )
    names = _person_names(document)
    assert names[0] == "Tamar Kvaratskhelia"
    assert "Merkel Sarkozy" not in names  # "Merkel" is tagged alone too: two persons
    assert _speaker_names(document) == ["Tamar Kvaratskhelia", "Tamar Kvaratskhelia"]


def test_untagged_first_name_joins_the_surname_after_a_title(nlp: Language) -> None:
    """An untagged first name after a title and before a tagged surname is part of the name."""
    text = "Energy Minister Tamar Kvaratskhelia said on Friday that the pipeline was safe."
    document = _with_entities(nlp, text, [("Kvaratskhelia", "PERSON"), ("Friday", "DATE")])
    assert _person_names(document) == ["Tamar Kvaratskhelia"]


def test_former_title_before_the_name_resolves_the_former_president(nlp: Language) -> None:
    """'The former president' is the person introduced as 'Former <country> President X'."""
    document = annotate(
        "Former Chilean President Sebastian Pinera visited Lima. "
        "The former president told reporters the trip had gone well."
    )
    assert _speaker_names(document) == ["Sebastian Pinera"]


def test_former_title_after_the_name_resolves_the_former_mayor(nlp: Language) -> None:
    """'The former mayor' is the person named as 'X, the former mayor,'."""
    document = annotate(
        "Halyna Moroz, the former mayor, spoke in Odesa on Sunday. "
        "The former mayor said she would stand again."
    )
    assert _speaker_names(document) == ["Halyna Moroz"]


def test_former_description_needs_a_former_office_holder(nlp: Language) -> None:
    """'The former mayor' is the former one, not the mayor who holds the office now."""
    document = annotate(
        "Mayor Ivan Petrenko opened the port on Sunday. Halyna Moroz, the former mayor, "
        "watched. The former mayor said she would stand again."
    )
    assert _speaker_names(document)[-1] == "Halyna Moroz"
    assert len(_person_names(document)) == 2


def test_person_span_over_a_verb_is_two_persons(nlp: Language) -> None:
    """A person entity stretched over a verb ('Obama rang Merkel') is two persons."""
    document = annotate("Obama rang Merkel on Monday.")
    assert _person_names(document) == ["Obama", "Merkel"]
    assert [len(meeting.participants) for meeting in document.meetings] == [2]


def test_organisation_span_over_a_verb_is_two_persons(nlp: Language) -> None:
    """An organisation entity stretched over a verb ('Biden phoned Scholz') is two persons."""
    document = annotate("Biden phoned Scholz on Friday.")
    assert _person_names(document) == ["Biden", "Scholz"]
    assert not [a for a in document.actors if a.kind is ActorKind.ORGANIZATION]


def test_part_tagged_as_organisation_elsewhere_keeps_its_label(nlp: Language) -> None:
    """A part of a stretched span tagged as an organisation elsewhere stays one."""
    text = "Acme fell sharply. Later Acme sued Globex in court."
    document = _with_entities(nlp, text, [("Acme", "ORG"), ("Acme sued Globex", "ORG")])
    kinds = {actor.name: actor.kind for actor in document.actors}
    assert "Acme sued Globex" not in kinds
    assert kinds["Acme"] is ActorKind.ORGANIZATION
    assert [
        mention.text for a in document.actors if a.name == "Acme" for mention in a.mentions
    ] == [
        "Acme",
        "Acme",
    ]


def test_two_persons_joined_by_and_in_one_organisation_span(nlp: Language) -> None:
    """'[Lula and Ramaphosa] met' is two persons when both are named as persons elsewhere."""
    text = (
        "Procter and Gamble met with investors on Monday. Luiz Lula greeted Cyril Ramaphosa "
        "on Sunday. Lula and Ramaphosa met for an hour."
    )
    document = _with_entities(
        nlp,
        text,
        [
            ("Procter and Gamble", "ORG"),
            ("Monday", "DATE"),
            ("Luiz Lula", "PERSON"),
            ("Cyril Ramaphosa", "PERSON"),
            ("Sunday", "DATE"),
            ("Lula and Ramaphosa", "ORG"),
        ],
    )
    assert _person_names(document) == ["Luiz Lula", "Cyril Ramaphosa"]
    # A company's name: neither word names a person elsewhere, so it stays whole.
    assert [a.name for a in document.actors if a.kind is ActorKind.ORGANIZATION] == [
        "Procter and Gamble"
    ]
    # the greeting and the hour's meeting told right after it are one encounter, of the two
    meeting = document.meetings[-1]
    names = {actor.id: actor.name for actor in document.actors}
    assert sorted(names[p] for p in meeting.participants) == ["Cyril Ramaphosa", "Luiz Lula"]


def test_place_in_a_span_over_a_verb_stays_a_place(nlp: Language) -> None:
    """'[Obama visited Kenya]' is a person and a country, not one organisation."""
    text = "Obama visited Kenya in July."
    document = _with_entities(nlp, text, [("Obama visited Kenya", "ORG"), ("July", "DATE")])
    kinds = {actor.name: actor.kind for actor in document.actors}
    assert kinds == {"Obama": ActorKind.PERSON, "Kenya": ActorKind.COUNTRY}


def test_ex_president_is_the_former_president(nlp: Language) -> None:
    """'The ex-president' is the person introduced as 'Ex-President X'."""
    document = annotate(
        "Ex-President Jacob Zuma spoke in Durban. The ex-president told supporters he would return."
    )
    zuma = [actor for actor in document.actors if actor.name == "Jacob Zuma"]
    assert [mention.text for mention in zuma[0].mentions][:2] == ["Jacob Zuma", "ex-president"]
    assert _speaker_names(document) == ["Jacob Zuma"]


def test_organisation_entity_starting_with_a_first_name_is_a_person(nlp: Language) -> None:
    """'[Declan Rourke]' tagged as an organisation is a person: "he" then refers to him."""
    text = (
        'At dawn, Declan Rourke is already on the quay. "There used to be sixty boats here," '
        "he said. Students at George Mason University and Virginia Tech agreed."
    )
    document = _with_entities(
        nlp,
        text,
        [
            ("Declan Rourke", "ORG"),
            ("George Mason University", "ORG"),
            ("Virginia Tech", "ORG"),
        ],
    )
    kinds = {actor.name: actor.kind for actor in document.actors}
    assert kinds["Declan Rourke"] is ActorKind.PERSON
    # an institution's word, or a place first, keeps an organisation
    assert kinds["George Mason University"] is ActorKind.ORGANIZATION
    assert kinds["Virginia Tech"] is ActorKind.ORGANIZATION
    assert _speaker_names(document) == ["Declan Rourke"]


def test_a_name_tagged_as_an_organisation_quoted_on_as_she_is_a_person(nlp: Language) -> None:
    """'Ramaswamy said ... . Of the cases, 94 were in children, she said.': a person."""
    text = (
        '"Measles is one of the most contagious diseases we know of," Ramaswamy said.\n\n'
        "Of the 112 cases, 94 were in children, she said."
    )
    document = _with_entities(nlp, text, [("Ramaswamy", "ORG"), ("112", "CARDINAL")])
    assert _person_names(document) == ["Ramaswamy"]
    assert _speaker_names(document) == ["Ramaswamy", "Ramaswamy"]


def test_a_country_tagged_as_a_person_is_the_country(nlp: Language) -> None:
    """'[Burkina Faso]' tagged as a person is the country, a party to the meeting."""
    text = "French envoy Nicolas de Riviere met the ambassadors of Mali and Burkina Faso."
    document = _with_entities(
        nlp,
        text,
        [("Nicolas de Riviere", "PERSON"), ("Mali", "GPE"), ("Burkina Faso", "PERSON")],
    )
    kinds = {actor.name: actor.kind for actor in document.actors}
    assert kinds["Burkina Faso"] is ActorKind.COUNTRY
    names = {actor.id: actor.name for actor in document.actors}
    (meeting,) = document.meetings
    assert {"Mali", "Burkina Faso"} <= {names[p] for p in meeting.participants}


def test_countries_in_a_list_are_countries_however_tagged(nlp: Language) -> None:
    """'[Mali, Burkina Faso] and [Niger]': one entity split, a person and no tag are countries."""
    text = "Mali, Burkina Faso and Niger boycotted the summit, as did Chad and Togo."
    document = _with_entities(
        nlp, text, [("Mali, Burkina Faso", "ORG"), ("Niger", "PERSON"), ("Chad", "GPE")]
    )
    kinds = {actor.name: actor.kind for actor in document.actors}
    listed = ("Mali", "Burkina Faso", "Niger", "Chad", "Togo")
    assert kinds == dict.fromkeys(listed, ActorKind.COUNTRY)
    # a person tagged next to a country alone is no country
    document = _with_entities(
        nlp, "Jordan and Chad Smith met.", [("Jordan", "GPE"), ("Chad Smith", "PERSON")]
    )
    assert {actor.name: actor.kind for actor in document.actors}["Chad Smith"] is ActorKind.PERSON


def test_the_council_refers_back_to_the_security_council(nlp: Language) -> None:
    """'The Security Council met ... The council is expected to hold consultations': one."""
    document = annotate(
        "The Security Council met on Wednesday to discuss the Sahel. The council is expected "
        "to hold another round of consultations on the crisis next week. Residents of the "
        "city council area said the office of the mayor was closed.",
        date="2024-03-07",
    )
    (council,) = [a for a in document.actors if a.name == "Security Council"]
    assert [m.text for m in council.mentions] == ["The Security Council", "The council"]
    assert [list(m.participants) for m in document.meetings] == [[council.id], [council.id]]


def test_a_name_after_a_word_for_organisations_is_one(nlp: Language) -> None:
    """'logistics company [Brightline Freight]' tagged as a person is an organisation."""
    text = (
        "Shares of Dutch logistics company Brightline Freight rose, the newspaper Handelsblatt "
        "said."
    )
    document = _with_entities(
        nlp, text, [("Brightline Freight", "PERSON"), ("Handelsblatt", "PERSON")]
    )
    kinds = {actor.name: actor.kind for actor in document.actors}
    assert kinds == {
        "Brightline Freight": ActorKind.ORGANIZATION,
        "Handelsblatt": ActorKind.ORGANIZATION,
    }


def test_two_person_entities_joined_by_a_hyphen_are_one_name(nlp: Language) -> None:
    """'[Kassym]-[Jomart Tokayev]': one person, cut at the hyphen of the first name."""
    text = "President Kassym-Jomart Tokayev spoke by telephone with Nikol Pashinyan on Monday."
    document = _with_entities(
        nlp,
        text,
        [
            ("Kassym", "PERSON"),
            ("Jomart Tokayev", "PERSON"),
            ("Nikol Pashinyan", "PERSON"),
            ("Monday", "DATE"),
        ],
    )
    assert _person_names(document) == ["Kassym-Jomart Tokayev", "Nikol Pashinyan"]
    names = {actor.id: actor.name for actor in document.actors}
    (call,) = document.meetings
    assert {names[p] for p in call.participants} == {"Kassym-Jomart Tokayev", "Nikol Pashinyan"}


def test_a_surname_the_tagger_took_for_a_plural_is_the_person(nlp: Language) -> None:
    """'Sharples said' opening a sentence, tagged as a plural noun, is Rebecca Sharples."""
    document = annotate(
        '"They keep telling us it is about standards," said Rebecca Sharples, who helped to '
        "set up the group.\n\nSharples said more than 600 people had signed a petition."
    )
    assert _speaker_names(document) == ["Rebecca Sharples", "Rebecca Sharples"]


def test_a_company_named_by_its_first_word(nlp: Language) -> None:
    """'Corvane Chemicals ... Corvane said': the company, though tagged as a person."""
    text = "Corvane Chemicals makes paint. In a statement, Corvane said it rejected the claims."
    document = _with_entities(nlp, text, [("Corvane Chemicals", "ORG"), ("Corvane", "PERSON")])
    (company,) = document.actors
    assert (company.name, company.kind) == ("Corvane Chemicals", ActorKind.ORGANIZATION)
    assert [m.text for m in company.mentions] == ["Corvane Chemicals", "Corvane"]
    # a person of that name, named in full, keeps it
    text = "Ford Motor cut prices. Henry Ford, a historian, said Ford was right."
    document = _with_entities(
        nlp, text, [("Ford Motor", "ORG"), ("Henry Ford", "PERSON"), ("Ford", "PERSON")]
    )
    assert "Henry Ford" in _person_names(document)


def test_a_name_that_says_he_in_its_own_clause_is_a_person(nlp: Language) -> None:
    """'Bell said he would not' is a person, though a person was named a sentence before."""
    text = (
        "Dev Patel said the attack had backfired. Bell said he would not request a recount. "
        '"The numbers are the numbers," he said.'
    )
    document = _with_entities(nlp, text, [("Dev Patel", "PERSON"), ("Bell", "ORG")])
    assert _person_names(document) == ["Dev Patel", "Bell"]
    assert _speaker_names(document) == ["Dev Patel", "Bell", "Bell"]
    # another name between the organisation and "he" may be who "he" is
    text = "Dev Patel spoke. Hezbollah said Badreddine had told friends that he would return."
    document = _with_entities(nlp, text, [("Dev Patel", "PERSON"), ("Hezbollah", "ORG")])
    assert "Hezbollah" not in _person_names(document)


def test_a_name_ending_with_a_person_s_surname_is_kin(nlp: Language) -> None:
    """'Eleanor Vance died ... Clare Vance said': Clare Vance is a person, who says "she"."""
    text = (
        "Eleanor Vance died on Sunday. Clare Vance said the family would hold a private "
        'funeral. "Mum would have hated a fuss," she said.'
    )
    document = _with_entities(nlp, text, [("Eleanor Vance", "PERSON"), ("Clare Vance", "ORG")])
    assert _person_names(document) == ["Eleanor Vance", "Clare Vance"]
    assert _speaker_names(document) == ["Clare Vance", "Clare Vance"]


def test_letters_after_a_name_and_an_honorific_before_one(nlp: Language) -> None:
    """'James Whitcombe KC' makes no organisation 'KC'; '[Mr Justice Farrington]' is a person."""
    text = "Defence barrister James Whitcombe KC suggested that the judge, Mr Justice "
    text += "Farrington, had erred."
    document = _with_entities(
        nlp,
        text,
        [("James Whitcombe", "PERSON"), ("KC", "ORG"), ("Mr Justice Farrington", "ORG")],
    )
    assert [(actor.name, actor.kind) for actor in document.actors] == [
        ("James Whitcombe", ActorKind.PERSON),
        ("Farrington", ActorKind.PERSON),
    ]
    # the letters head the speaker's phrase: the speaker is the person before them
    assert _speaker_names(document) == ["James Whitcombe"]


def test_a_word_inside_a_title_is_no_name(nlp: Language) -> None:
    """'Chief Financial Officer Michael Tran': no person 'Financial' takes his pronouns."""
    text = (
        "Chief Financial Officer Michael Tran said earnings would fall. He told analysts the "
        "company would slow its buyback."
    )
    document = _with_entities(nlp, text, [("Michael Tran", "PERSON")])
    assert _person_names(document) == ["Michael Tran"]
    assert _speaker_names(document) == ["Michael Tran", "Michael Tran"]


def test_a_source_named_after_according_to_is_an_organisation(nlp: Language) -> None:
    """'according to Opta', untagged by the model, names the source that speaks."""
    text = "City have now won four of their last six league matches, according to Opta."
    document = _with_entities(nlp, text, [])
    assert [(actor.name, actor.kind) for actor in document.actors] == [
        ("Opta", ActorKind.ORGANIZATION)
    ]
    assert _speaker_names(document) == ["Opta"]
    # so does the name before a word for data; a first name opens a person's name
    document = _with_entities(nlp, "Revenue fell, according to LSEG data.", [])
    assert _speaker_names(document) == ["LSEG"]
    for text in ("The talks failed, according to Maria.", "It fell, according to Opta staff."):
        kinds = [actor.kind for actor in _with_entities(nlp, text, []).actors]
        assert ActorKind.ORGANIZATION not in kinds, text


def test_a_first_name_tagged_alone_takes_its_surname(nlp: Language) -> None:
    """'Gov. [Jeff] Landry' is Jeff Landry, whom 'He' then refers to."""
    text = "Gov. Jeff Landry met officials on Wednesday. He said the storm had passed."
    document = _with_entities(nlp, text, [("Jeff", "PERSON")])
    assert _person_names(document) == ["Jeff Landry"]
    assert _speaker_names(document) == ["Jeff Landry"]


def test_a_surname_tagged_as_an_unknown_place_after_a_first_name(nlp: Language) -> None:
    """'Takahide [Kiuchi]' tagged as a place no gazetteer knows is a person's name."""
    text = (
        "Some economists also voiced concern. Takahide Kiuchi, executive economist at Nomura "
        "Research Institute, said the extra budget was too large."
    )
    document = _with_entities(nlp, text, [("Kiuchi", "GPE"), ("Nomura Research Institute", "ORG")])
    assert _speaker_names(document) == ["Takahide Kiuchi"]
    # a known place keeps its tag: "Landlocked Hungary" is the country
    document = _with_entities(
        nlp, "Landlocked Hungary said it would close its border.", [("Hungary", "GPE")]
    )
    kinds = {actor.name: actor.kind for actor in document.actors}
    assert kinds == {"Hungary": ActorKind.COUNTRY}


def test_an_office_held_in_a_relative_clause_is_a_title(nlp: Language) -> None:
    """'X, who served as CFO,' is the former CFO; 'who is CEO' the CEO, not an organisation."""
    document = annotate(
        "Thandiwe Mokoena, who served as CFO between 2019 and 2022, testified on Friday. "
        "The former CFO rejected this outright."
    )
    (person,) = document.actors
    assert (person.name, person.titles) == ("Thandiwe Mokoena", ("CFO",))
    assert _speaker_names(document) == ["Thandiwe Mokoena"]
    document = annotate(
        "John Smith, who is chief executive of Acme Corp, spoke on Friday. "
        "The chief executive said sales rose."
    )
    assert _speaker_names(document) == ["John Smith"]
    # a clause that says no office gives no title
    document = annotate("John Smith, who served the company for years, spoke on Friday.")
    assert document.actors[0].titles == ()


def test_a_title_after_a_company_s_possessive(nlp: Language) -> None:
    """'Jane Doe, the company's chief executive,': the chief executive said is Jane Doe."""
    document = annotate(
        "Jane Doe, the company's chief executive, spoke on Friday. "
        "The chief executive said sales rose."
    )
    assert _speaker_names(document) == ["Jane Doe"]
    assert document.actors[0].titles == ("chief executive",)


def test_organisation_cut_after_and_goes_on(nlp: Language) -> None:
    """'[The Ministry of Culture, Sports and] Tourism' is the ministry's whole name."""
    document = _with_entities(
        nlp,
        "The Ministry of Culture, Sports and Tourism said it was monitoring the situation.",
        [("The Ministry of Culture, Sports and", "ORG")],
    )
    assert [a.name for a in document.actors] == ["Ministry of Culture, Sports and Tourism"]


def test_organisation_ending_in_and_stops_at_a_title(nlp: Language) -> None:
    """'[the Ministry of Defence and] Interior Minister Ali Khan': the title is Khan's."""
    document = _with_entities(
        nlp,
        "Officials from the Ministry of Defence and Interior Minister Ali Khan met on Monday.",
        [("the Ministry of Defence and", "ORG"), ("Ali Khan", "PERSON")],
    )
    names = [a.name for a in document.actors if a.kind is ActorKind.ORGANIZATION]
    assert names == ["Ministry of Defence"]


def test_title_and_name_tagged_as_a_place_is_a_person(nlp: Language) -> None:
    """'[Grand Imam Ahmad Fauzi Rahman]' tagged as a building is a titled person."""
    document = _with_entities(
        nlp,
        "Pope Leo XIV will meet Grand Imam Ahmad Fauzi Rahman in Jakarta on Tuesday.",
        [("Leo XIV", "PERSON"), ("Grand Imam Ahmad Fauzi Rahman", "FAC"), ("Jakarta", "GPE")],
    )
    rahman = next(a for a in document.actors if a.name == "Ahmad Fauzi Rahman")
    assert rahman.kind is ActorKind.PERSON
    assert rahman.titles == ("Grand Imam",)
    names = {actor.id: actor.name for actor in document.actors}
    [meeting] = document.meetings
    assert [names[p] for p in meeting.participants] == ["Leo XIV", "Ahmad Fauzi Rahman"]


def test_name_with_the_is_no_person(nlp: Language) -> None:
    """'The Yorkshire Post reported that his ...': the outlet, tagged as a person or not."""
    text = "The Yorkshire Post reported that his mother had attended every day."
    for label in ("PERSON", "ORG"):
        document = _with_entities(nlp, text, [("The Yorkshire Post", label)])
        assert [(a.name, a.kind) for a in document.actors] == [
            ("Yorkshire Post", ActorKind.ORGANIZATION)
        ]


def test_family_name_before_a_generational_suffix(nlp: Language) -> None:
    """'President Ferdinand Marcos Jr.' ... 'Marcos said': one person."""
    for text in (
        "President Ferdinand Marcos Jr. visited the town on Saturday. Marcos said aid would come.",
        "Ferdinand Marcos Jr visited the town. Marcos said aid would come.",
    ):
        document = annotate(text, pipeline=nlp)
        assert len(_person_names(document)) == 1, _person_names(document)
        [marcos] = document.actors
        assert [m.text for m in marcos.mentions][-1] == "Marcos"


def test_nationality_tag_that_is_no_demonym_is_a_name(nlp: Language) -> None:
    """'Li and [Albanese]', 'Mr [Albanese]' tagged as nationalities are persons."""
    for text, entities in (
        ("Li and Albanese held talks in Canberra.", [("Li", "PERSON"), ("Albanese", "NORP")]),
        ("The Chinese premier met Mr Albanese.", [("Albanese", "NORP")]),
    ):
        document = _with_entities(nlp, text, entities)
        assert "Albanese" in _person_names(document), text
    document = _with_entities(
        nlp,
        "Republicans and Democrats met on Monday.",
        [("Republicans", "NORP"), ("Democrats", "NORP")],
    )
    assert _person_names(document) == []


def test_a_surname_tagged_as_no_person_after_a_name_is_its_last_word(nlp: Language) -> None:
    """'[Ana Beatriz] [Costa]' with "Costa" taken for an organisation: one person."""
    text = "Brazilian minister Ana Beatriz Costa said she would present a new draft."
    document = _with_entities(
        nlp, text, [("Brazilian", "NORP"), ("Ana Beatriz", "PERSON"), ("Costa", "ORG")]
    )
    assert _person_names(document) == ["Ana Beatriz Costa"]
    assert _speaker_names(document) == ["Ana Beatriz Costa"]
    # the model may tag the surname alone as an organisation later too
    text += ' "Nobody will get everything," Costa said.'
    document = _with_entities(
        nlp,
        text,
        [("Brazilian", "NORP"), ("Ana Beatriz", "PERSON"), ("Costa", "ORG"), ("Costa", "ORG")],
    )
    assert _person_names(document) == ["Ana Beatriz Costa"]
    assert _speaker_names(document) == ["Ana Beatriz Costa", "Ana Beatriz Costa"]


def test_an_untagged_hyphenated_first_name_is_one_word(nlp: Language) -> None:
    """'King Willem-Alexander' untagged is one person; 'Trump-Putin' and a dash are not."""
    text = "King Willem-Alexander received Kwame Asante in Amsterdam."
    document = _with_entities(nlp, text, [("Kwame Asante", "PERSON"), ("Amsterdam", "GPE")])
    assert _person_names(document) == ["Willem-Alexander", "Kwame Asante"]
    text = "Donald Trump met Vladimir Putin. Trump-Putin talks ended.\n\nTalks-Putin said more."
    document = _with_entities(nlp, text, [("Donald Trump", "PERSON"), ("Vladimir Putin", "PERSON")])
    assert _person_names(document) == ["Donald Trump", "Vladimir Putin"]


def test_a_name_and_its_cue_tagged_as_one_work_is_the_name(nlp: Language) -> None:
    """'"...," [Morrow told] Sky News': the verb ends the span; Morrow is Kate Morrow."""
    text = (
        'Opposition leader Kate Morrow criticised the government. "Australians are sick of '
        'this," Morrow told Sky News.'
    )
    document = _with_entities(
        nlp, text, [("Kate Morrow", "PERSON"), ("Morrow told", "WORK_OF_ART"), ("Sky News", "ORG")]
    )
    assert _speaker_names(document)[-1] == "Kate Morrow"
    document = _with_entities(nlp, "Apple said it would appeal.", [("Apple said", "ORG")])
    assert [(a.name, a.kind) for a in document.actors] == [("Apple", ActorKind.ORGANIZATION)]


def test_a_product_after_a_word_for_companies_is_a_company(nlp: Language) -> None:
    """'Danish shipping giant [Maersk]' tagged as a product is an organisation, everywhere."""
    text = (
        "Maersk warns Red Sea disruption to last into next year\n\n"
        "Danish shipping giant Maersk said Thursday it expects the disruption to last. "
        "Maersk, considered a barometer of global trade, also raised its guidance."
    )
    document = _with_entities(
        nlp,
        text,
        [("Maersk", "PERSON"), ("Red Sea", "LOC"), ("Maersk", "PRODUCT"), ("Maersk", "PERSON")],
    )
    (maersk,) = document.actors
    assert (maersk.name, maersk.kind) == ("Maersk", ActorKind.ORGANIZATION)
    assert [m.text for m in maersk.mentions] == ["Maersk", "Maersk", "Maersk"]


def test_a_product_before_a_company_title_is_the_employer(nlp: Language) -> None:
    """'[Maersk] chief executive Vincent Clerc': the company, and Clerc's affiliation."""
    text = "Maersk chief executive Vincent Clerc told reporters the ships would keep sailing."
    document = _with_entities(nlp, text, [("Maersk", "PRODUCT"), ("Vincent Clerc", "PERSON")])
    names = {actor.id: actor.name for actor in document.actors}
    kinds = {actor.name: actor.kind for actor in document.actors}
    assert kinds["Maersk"] is ActorKind.ORGANIZATION
    (clerc,) = [actor for actor in document.actors if actor.name == "Vincent Clerc"]
    assert clerc.affiliation is not None
    assert names[clerc.affiliation] == "Maersk"


def test_a_product_a_descriptor_does_not_name_stays_no_actor(nlp: Language) -> None:
    """'Tesla, the carmaker, recalled the [Model Y]': the product is no company."""
    text = "Tesla, the carmaker, recalled the Model Y on Friday."
    document = _with_entities(nlp, text, [("Tesla", "ORG"), ("Model Y", "PRODUCT")])
    assert [actor.name for actor in document.actors] == ["Tesla"]


def test_a_name_an_organisation_stands_in_apposition_to_is_that_organisation(
    nlp: Language,
) -> None:
    """'[Gavi], the Vaccine Alliance,' tagged as a person: one organisation, two names."""
    text = (
        "The cuts have also hit Gavi, the Vaccine Alliance. Gavi's chief executive, Sania "
        "Nishtar, said the organisation was short of its target."
    )
    document = _with_entities(
        nlp,
        text,
        [
            ("Gavi", "PERSON"),
            ("the Vaccine Alliance", "ORG"),
            ("Gavi", "PERSON"),
            ("Sania Nishtar", "PERSON"),
        ],
    )
    gavi, nishtar = document.actors
    assert (gavi.name, gavi.kind) == ("Gavi", ActorKind.ORGANIZATION)
    assert [m.text for m in gavi.mentions] == ["Gavi", "the Vaccine Alliance", "Gavi"]
    assert (nishtar.name, nishtar.affiliation) == ("Sania Nishtar", gavi.id)


def test_an_organisation_describing_a_name_leaves_it_alone(nlp: Language) -> None:
    """'[Unite], the Labour Party's biggest donor': a body's noun heads it, two bodies."""
    text = "Ministers met Unite, the Labour Party's biggest donor, on Monday."
    document = _with_entities(
        nlp, text, [("Unite", "ORG"), ("the Labour Party's", "ORG"), ("Monday", "DATE")]
    )
    bodies = [actor for actor in document.actors if actor.kind is ActorKind.ORGANIZATION]
    assert [(actor.name, len(actor.mentions)) for actor in bodies] == [
        ("Unite", 1),
        ("Labour Party", 1),
    ]


def test_a_party_named_in_the_plural_and_tagged_as_one_name_is_a_group(nlp: Language) -> None:
    """'The [Greens] said', tagged as a singular nationality, is the group, like 'Democrats'."""
    text = "Merz relied on the votes of the Greens. The Greens said they would vote for it."
    document = _with_entities(
        nlp, text, [("Merz", "PERSON"), ("Greens", "NORP"), ("Greens", "NORP")]
    )
    (greens,) = [actor for actor in document.actors if actor.name == "Greens"]
    assert greens.kind is ActorKind.GROUP
    assert [m.text for m in greens.mentions] == ["Greens", "Greens"]


def test_a_singular_name_ending_in_s_is_no_plural_group(nlp: Language) -> None:
    """'Russia's turbulent North [Caucasus]', a region tagged as a nationality: no group."""
    text = "It lies in the turbulent Caucasus, with Chechnya to the west."
    document = _with_entities(nlp, text, [("Caucasus", "NORP"), ("Chechnya", "GPE")])
    assert [actor.kind for actor in document.actors] == []


def test_a_body_a_title_and_a_name_tagged_as_one_organisation_are_two(nlp: Language) -> None:
    """'[National Assembly Speaker Woo Won-shik]': the body, and the Speaker of it."""
    text = (
        "National Assembly Speaker Woo Won-shik called on both parties to return to talks. "
        "Woo met with Kwon on Tuesday."
    )
    document = _with_entities(
        nlp,
        text,
        [
            ("National Assembly Speaker Woo Won-shik", "ORG"),
            ("Woo", "PERSON"),
            ("Kwon", "PERSON"),
            ("Tuesday", "DATE"),
        ],
    )
    assembly, woo, kwon = document.actors
    assert (assembly.name, assembly.kind) == ("National Assembly", ActorKind.ORGANIZATION)
    assert (woo.name, woo.titles, woo.affiliation) == ("Woo Won-shik", ("Speaker",), assembly.id)
    assert [m.text for m in woo.mentions] == ["Woo Won-shik", "Woo"]
    assert kwon.name == "Kwon"


def test_a_body_named_after_a_title_stays_one_organisation(nlp: Language) -> None:
    """'[Senate Majority Leader Fund]': a body's word ends it, no person's name."""
    text = "The Senate Majority Leader Fund spent heavily on the race."
    document = _with_entities(nlp, text, [("The Senate Majority Leader Fund", "ORG")])
    assert [(a.name, a.kind) for a in document.actors] == [
        ("Senate Majority Leader Fund", ActorKind.ORGANIZATION)
    ]


def test_a_body_s_name_goes_on_with_what_it_is_for(nlp: Language) -> None:
    """'the Corruption Investigation Office [for High-ranking Officials] (CIO)': one name."""
    text = (
        "Investigators from the Corruption Investigation Office for High-ranking Officials "
        "(CIO) said they would seek a new warrant. The Corruption Investigation Office said "
        "it would try again."
    )
    document = _with_entities(
        nlp,
        text,
        [
            ("the Corruption Investigation Office", "ORG"),
            ("The Corruption Investigation Office", "ORG"),
        ],
    )
    bodies = [a for a in document.actors if a.kind is ActorKind.ORGANIZATION]
    assert [(a.name, [m.text for m in a.mentions]) for a in bodies] == [
        (
            "Corruption Investigation Office for High-ranking Officials",
            [
                "the Corruption Investigation Office for High-ranking Officials",
                "CIO",
                "The Corruption Investigation Office",
            ],
        )
    ]
    assert "High-ranking Officials" not in {a.name for a in document.actors}


def test_a_list_of_what_a_body_fights_is_its_name(nlp: Language) -> None:
    """'The Global Fund [to Fight AIDS, Tuberculosis and Malaria]': one name, and 'the fund'."""
    text = (
        "The Global Fund to Fight AIDS, Tuberculosis and Malaria is bracing for a shortfall. "
        "Its executive director, Peter Sands, said the fund was prioritising treatment."
    )
    document = _with_entities(
        nlp,
        text,
        [
            ("The Global Fund", "ORG"),
            ("Tuberculosis", "GPE"),
            ("Malaria", "ORG"),
            ("Peter Sands", "PERSON"),
        ],
    )
    fund, sands = document.actors
    assert fund.name == "Global Fund to Fight AIDS, Tuberculosis and Malaria"
    assert [m.text for m in fund.mentions][-1] == "the fund"
    assert sands.affiliation == fund.id


@pytest.mark.parametrize(
    ("text", "entities", "name"),
    [
        # where the body goes, not what it is for
        (
            "The report was sent by the Commission to Congress on Monday.",
            [("the Commission", "ORG"), ("Congress", "ORG"), ("Monday", "DATE")],
            "Commission",
        ),
        (
            "The money went to the Fund for Ukraine, officials said.",
            [("the Fund", "ORG"), ("Ukraine", "GPE")],
            "Fund",
        ),
        # a title-case headline's verb ends the name
        (
            "Global Fund for Health Says Money Ran Out",
            [("Global Fund for Health", "ORG")],
            "Global Fund for Health",
        ),
    ],
)
def test_a_body_s_name_stops_at_a_place_or_a_verb(
    nlp: Language, text: str, entities: list[tuple[str, str]], name: str
) -> None:
    """Only title-case words that name no place, person or date go on a body's name."""
    document = _with_entities(nlp, text, entities)
    assert name in {actor.name for actor in document.actors}


@pytest.mark.parametrize("label", ["NORP", "PERSON"])
def test_a_known_parliament_tagged_as_a_people_or_a_person_is_an_organisation(
    nlp: Language, label: str
) -> None:
    """'The Bundesrat approved': a legislature the lexicon knows, whatever the tag."""
    document = _with_entities(
        nlp,
        "The Bundesrat approved the reform on Friday.",
        [("Bundesrat", label), ("Friday", "DATE")],
    )
    kinds = {actor.name: actor.kind for actor in document.actors}
    assert kinds == {"Bundesrat": ActorKind.ORGANIZATION}


def test_a_name_with_letters_after_it_is_a_person_whatever_its_tag(nlp: Language) -> None:
    """'Rebecca Mills KC', tagged as a place, is a person; 'Mills' names her again."""
    document = _with_entities(
        nlp,
        "Pearce's barrister, Rebecca Mills KC, asked the jury to consider his fear. "
        "Mills said he had panicked.",
        [("Pearce", "PERSON"), ("Rebecca Mills KC", "GPE"), ("Mills", "PERSON")],
    )
    actors = {actor.name: actor for actor in document.actors}
    assert actors["Rebecca Mills"].kind is ActorKind.PERSON
    assert [mention.text for mention in actors["Rebecca Mills"].mentions] == [
        "Rebecca Mills",
        "Mills",
    ]


def test_a_title_word_the_text_names_someone_by_alone_is_a_first_name(nlp: Language) -> None:
    """'Amir Hussain ... justice for Amir': Amir is his first name, not an emir's title."""
    document = _with_entities(
        nlp,
        "The victim, 27-year-old Amir Hussain, died at the scene. His mother, Nasreen "
        'Hussain, said the family wanted "justice for Amir". The Emir of Qatar sent '
        "condolences.",
        [("Amir Hussain", "PERSON"), ("Nasreen Hussain", "PERSON"), ("Amir", "PERSON")],
    )
    actors = {actor.name: actor for actor in document.actors}
    assert actors["Amir Hussain"].titles == ()
    assert actors["Amir Hussain"].mentions[0].text == "Amir Hussain"
    assert actors["Nasreen Hussain"].titles == ()


def test_a_town_after_a_name_and_of_is_where_the_person_lives(nlp: Language) -> None:
    """'Daniel Pearce, of Keighley, denies murder': Keighley is no person."""
    document = _with_entities(
        nlp,
        "Daniel Pearce, of Keighley, denies murder. Pearce told the court he was afraid.",
        [("Daniel Pearce", "PERSON"), ("Keighley", "PERSON"), ("Pearce", "PERSON")],
    )
    assert _person_names(document) == ["Daniel Pearce"]
