"""Tests of actor names: entity edges trimmed, names cut at a particle, titles before names."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Span as SpacySpan

from actor_helpers import annotate_with_entities
from newsevents import annotate, validate
from newsevents.model import Actor, ActorKind, Document
from newsevents.pipeline import doc_to_document


def _with_entities(nlp: Language, text: str, entities: list[tuple[str, str]]) -> Document:
    """Annotate ``text`` with exactly ``entities`` (words, label), and check it is valid."""
    document = annotate_with_entities(nlp, text, entities, id="names")
    assert validate(document) == []
    return document


def _actor(document: Document, name: str) -> Actor:
    found = [actor for actor in document.actors if actor.name == name]
    assert found, [actor.name for actor in document.actors]
    return found[0]


def _assert_clean_edges(document: Document) -> None:
    for actor in document.actors:
        for text in (actor.name, *(mention.text for mention in actor.mentions)):
            assert text == text.strip(), repr(text)
            assert not text.endswith((",", ";", ":", "!", "?")), repr(text)
            assert not text.startswith(('"', "\u201c", "(")), repr(text)


def test_whitespace_after_an_entity_is_no_part_of_the_name(nlp: Language) -> None:
    """A paragraph break or a line break the model put inside an entity is left out."""
    text = (
        "Residents were warned by the Marlow Water Board\n\nThe board said pipes froze. "
        "A vote of the Regional Ballot Council\n will follow."
    )
    document = _with_entities(
        nlp,
        text,
        [("the Marlow Water Board\n\n", "ORG"), ("the Regional Ballot Council\n ", "ORG")],
    )
    _assert_clean_edges(document)
    board = _actor(document, "Marlow Water Board")
    assert board.mentions[0].text == "the Marlow Water Board"
    assert _actor(document, "Regional Ballot Council").kind is ActorKind.ORGANIZATION


def test_punctuation_after_an_entity_is_no_part_of_the_name(nlp: Language) -> None:
    """A comma or colon closing an entity is cut; the stop of "Inc." or "Sr." stays."""
    text = (
        "Analysts at the Institute for Coastal Studies, a think tank, said prices rose. "
        "Shares of Velmora Inc., the shipper, fell. Police named it the Harbor Sweep Op: "
        "dozens were held. Her uncle, Marcus Hale Sr., spoke first."
    )
    document = _with_entities(
        nlp,
        text,
        [
            ("the Institute for Coastal Studies,", "ORG"),
            ("Velmora Inc.,", "ORG"),
            ("the Harbor Sweep Op:", "ORG"),
            ("Marcus Hale Sr.,", "PERSON"),
        ],
    )
    _assert_clean_edges(document)
    institute = _actor(document, "Institute for Coastal Studies")
    assert institute.mentions[0].text == "the Institute for Coastal Studies"
    _actor(document, "Velmora Inc.")
    _actor(document, "Harbor Sweep Op")
    assert _actor(document, "Marcus Hale Sr.").mentions[0].text == "Marcus Hale Sr."


def test_a_letter_ending_a_sentence_loses_the_full_stop_only(nlp: Language) -> None:
    """'on X.' and 'Napoleon I.' ending a sentence drop the stop; 'Co.' there keeps its own."""
    text = (
        "The minister posted the letter on X.\n\nA portrait shows Napoleon I.\n\n"
        "He once worked at Brantley Co.\n\nThe firm made rope."
    )
    document = _with_entities(
        nlp,
        text,
        [("X.\n\n", "ORG"), ("Napoleon I.\n\n", "PERSON"), ("Brantley Co.\n\n", "ORG")],
    )
    _assert_clean_edges(document)
    assert _actor(document, "X").mentions[0].text == "X"
    assert _actor(document, "Napoleon I").kind is ActorKind.PERSON
    _actor(document, "Brantley Co.")


def test_an_initial_inside_a_name_keeps_its_stop(nlp: Language) -> None:
    """An initial inside a name keeps its stop ('Harlan J. Whitby'); a sentence's last 'X.' not."""
    text = "Harlan J. Whitby said the vote was fair. The posting on X.\n\nIt was deleted."
    document = _with_entities(nlp, text, [("Harlan J. Whitby", "PERSON"), ("X.\n\n", "ORG")])
    assert _actor(document, "Harlan J. Whitby").kind is ActorKind.PERSON
    assert _actor(document, "X").kind is ActorKind.ORGANIZATION


def test_the_model_s_own_entity_at_a_paragraph_end_is_trimmed(nlp: Language) -> None:
    """With the model's own entities, no actor name or mention keeps a paragraph break."""
    text = (
        "The prime minister said the deal was dead, she wrote on X.\n\n"
        "A senior Danish official said talks would resume."
    )
    document = annotate(text, pipeline=nlp)
    assert validate(document) == []
    _assert_clean_edges(document)


def test_a_particle_outside_both_halves_of_a_name_joins_them(nlp: Language) -> None:
    """'[Marta van] der [Hoek]' (a place for the model) is one person, the speaker."""
    text = "Trade Commissioner Marta van der Hoek told reporters the deal was close."
    document = _with_entities(
        nlp, text, [("Trade Commissioner", "ORG"), ("Marta van", "PERSON"), ("Hoek", "GPE")]
    )
    person = _actor(document, "Marta van der Hoek")
    assert person.kind is ActorKind.PERSON
    assert [statement.speaker for statement in document.statements] == [person.id]


def test_particles_after_a_person_entity_join_the_next_capitalised_word(nlp: Language) -> None:
    """'[Karim] bin Tariq' untagged and '[Luisa] da [Costa]' (an organisation) are persons."""
    text = (
        "Karim bin Tariq arrived in the capital on Monday. Luisa da Costa met him there. "
        "Aid chief Rosa de la Vega flew in later."
    )
    document = _with_entities(
        nlp,
        text,
        [
            ("Karim", "PERSON"),
            ("Monday", "DATE"),
            ("Luisa", "PERSON"),
            ("Costa", "ORG"),
            ("Rosa", "PERSON"),
        ],
    )
    names = [actor.name for actor in document.actors if actor.kind is ActorKind.PERSON]
    assert "Karim bin Tariq" in names
    assert "Luisa da Costa" in names
    assert "Rosa de la Vega" in names
    assert "Costa" not in [actor.name for actor in document.actors]


def test_a_particle_before_another_entity_or_a_date_stops_the_name(nlp: Language) -> None:
    """'[Karim] bin Tariq [Monday]' stops before the date; a tagged 'al Qaeda' stays apart."""
    text = (
        "Police said Karim bin Tariq Monday had fled. Investigators told Halvorsen al Qaeda "
        "had claimed the attack."
    )
    document = _with_entities(
        nlp,
        text,
        [("Karim", "PERSON"), ("Monday", "DATE"), ("Halvorsen", "PERSON"), ("al Qaeda", "ORG")],
    )
    names = [actor.name for actor in document.actors]
    assert "Karim bin Tariq" in names
    assert "Halvorsen" in names
    assert "al Qaeda" in names or "Qaeda" in names


def test_police_superintendent_is_a_title_before_a_name(nlp: Language) -> None:
    """'Police Superintendent Dana Whitlock' is Dana Whitlock, with the title."""
    document = annotate(
        "Police Superintendent Dana Whitlock said the city was calm on Sunday.", pipeline=nlp
    )
    person = _actor(document, "Dana Whitlock")
    assert "superintendent" in " ".join(person.titles).lower()


def test_a_title_ending_in_a_place_is_no_first_name(nlp: Language) -> None:
    """The place closing "Chancellor of the Duchy of Lancaster" is no part of the name after it.

    The speaker of the sentence is that person, though the parser hangs the name on the
    title's last "of".
    """
    document = annotate(
        "Chancellor of the Duchy of Lancaster Pat McFadden told MPs the review was over.",
        pipeline=nlp,
    )
    person = _actor(document, "Pat McFadden")
    assert [m.text for m in person.mentions] == ["Pat McFadden"]
    (statement,) = document.statements
    assert statement.speaker == person.id
    # a name after a lower-case "of" is whose friend it is, not who speaks
    document = annotate("A friend of Pat McFadden said the review was over.", pipeline=nlp)
    (statement,) = document.statements
    assert statement.speaker is None


def test_whip_and_inspector_general_are_titles(nlp: Language) -> None:
    """'Minority Whip' and 'Inspector General' before a name are titles, not name words."""
    text = (
        "Minority Whip Rafael Okonjo said the bill would fail. "
        "Inspector General Ruth Calloway said the audit was done."
    )
    document = _with_entities(
        nlp,
        text,
        [("Minority Whip Rafael Okonjo", "PERSON"), ("Inspector General Ruth Calloway", "PERSON")],
    )
    whip = _actor(document, "Rafael Okonjo")
    assert "whip" in " ".join(whip.titles).lower()
    inspector = _actor(document, "Ruth Calloway")
    assert "inspector general" in " ".join(inspector.titles).lower()


def test_a_letter_ending_a_sentence_is_the_same_name_without_the_stop(nlp: Language) -> None:
    """'on X.' ending a sentence and 'X' in the next one are one actor with two mentions."""
    text = "The minister posted the letter on X.\n\nX removed it an hour later."
    document = _with_entities(nlp, text, [("X.\n\n", "ORG"), ("X", "ORG")])
    actor = _actor(document, "X")
    assert [mention.text for mention in actor.mentions] == ["X", "X"]


def test_a_quote_opened_inside_an_entity_after_the_is_left_out(nlp: Language) -> None:
    """'the "Harbor Front' (the quote never closed in the entity) is the Harbor Front."""
    text = 'Troops have been on alert since the "Harbor Front" militia seized the port.'
    document = _with_entities(nlp, text, [('the "Harbor Front', "ORG")])
    _assert_clean_edges(document)
    militia = _actor(document, "Harbor Front")
    assert militia.mentions[0].text == "Harbor Front"


def test_letters_after_a_name_are_no_part_of_it(nlp: Language) -> None:
    """'Sarah Kendrick KC' and 'Ms Kendrick' are one person, named without the letters."""
    text = (
        "Opening the case, Sarah Kendrick KC told jurors that the scheme was planned. "
        "Ms Kendrick said the defendant had bought two homes."
    )
    document = _with_entities(nlp, text, [("Sarah Kendrick KC", "PERSON"), ("Kendrick", "PERSON")])
    kendrick = _actor(document, "Sarah Kendrick")
    assert [mention.text for mention in kendrick.mentions] == ["Sarah Kendrick", "Kendrick"]
    # no organisation "KC"; the jurors told are a group
    assert [actor.name for actor in document.actors] == ["Sarah Kendrick", "jurors"]


def test_an_organisation_named_for_its_owner(nlp: Language) -> None:
    """'The Alzheimer's Society', tagged only as 'Society', is named with its owner."""
    text = "The Alzheimer's Society said that more work was needed."
    document = _with_entities(nlp, text, [("Society", "ORG")])
    assert [actor.name for actor in document.actors] == ["Alzheimer's Society"]
    # an owner the model tags is an actor of its own: "the Kremlin's press office"
    owned = _with_entities(
        nlp,
        "The Kremlin's Society said that more work was needed.",
        [("Kremlin", "ORG"), ("Society", "ORG")],
    )
    assert sorted(actor.name for actor in owned.actors) == ["Kremlin", "Society"]


def test_a_surname_alone_is_the_relative_introduced_first(nlp: Language) -> None:
    """'Margaret Ellison ... her daughter, Clare Ellison ... Ellison once told': Margaret."""
    text = (
        "Margaret Ellison, a marine biologist, has died aged 87. Her daughter, Clare Ellison, "
        "said she was kind. Ellison once told the BBC that she loved the sea."
    )
    document = annotate(text, pipeline=nlp)
    margaret = _actor(document, "Margaret Ellison")
    assert "Ellison" in [mention.text for mention in margaret.mentions]
    clare = _actor(document, "Clare Ellison")
    assert "Ellison" not in [mention.text for mention in clare.mentions]


def test_more_first_names_tell_he_from_she(nlp: Language) -> None:
    """'Don McAllister' is no 'she': the 'she' he quotes is the woman named before."""
    document = annotate(
        "Don McAllister said Eleanor Vance had taught many younger journalists. "
        '"She told me that the story is never about you," McAllister said.',
        pipeline=nlp,
    )
    names = {actor.id: actor.name for actor in document.actors}
    speakers = [names.get(s.speaker or "") for s in document.statements]
    assert speakers[-2:] == ["Eleanor Vance", "Don McAllister"]


def test_an_organisation_before_a_title_says_whose_it_is(nlp: Language) -> None:
    """'the OpenAI chief' is OpenAI's chief executive, not the EU's tech chief."""
    document = annotate(
        "OpenAI Chief Executive Sam Altman met EU tech chief Henna Virkkunen in Brussels. "
        "Later, the OpenAI chief said the talks had been useful.",
        pipeline=nlp,
    )
    altman = _actor(document, "Sam Altman")
    assert "chief" in [m.text for m in altman.mentions]
    assert [m.text for m in _actor(document, "Henna Virkkunen").mentions] == ["Henna Virkkunen"]


def test_two_titles_after_between_are_two_people(nlp: Language) -> None:
    """'a meeting between the Pope and Vice President Sara Duterte': no Pope Duterte."""
    document = annotate(
        "Pope Leo XIV arrived in Manila on Thursday. A brief meeting between the Pope and "
        "Vice President Sara Duterte was dropped from the programme.",
        pipeline=nlp,
    )
    titles = {actor.name: actor.titles for actor in document.actors}
    assert titles["Sara Duterte"] == ("Vice President",)
    # one person with two titles still has both
    document = annotate(
        "State Councilor and Foreign Minister Wang Yi met Antony Blinken.", pipeline=nlp
    )
    titles = {actor.name: actor.titles for actor in document.actors}
    assert titles["Wang Yi"] == ("State Councilor", "Foreign Minister")


def test_a_short_form_in_brackets_is_the_organisation_before_it(nlp: Language) -> None:
    """'the Bureau of Meteorology (BoM)': one organisation, whatever the letters."""
    document = annotate(
        "Forecasters at the Bureau of Meteorology (BoM) said the heat would last. The BoM "
        "said it would be hot. The Intergovernmental Authority on Development (IGAD) met "
        "in Djibouti. IGAD said peace was near.",
        pipeline=nlp,
    )
    organizations = {
        actor.name: [mention.text for mention in actor.mentions]
        for actor in document.actors
        if actor.kind is ActorKind.ORGANIZATION
    }
    assert organizations == {
        "Bureau of Meteorology": ["the Bureau of Meteorology", "BoM", "BoM"],
        "Intergovernmental Authority on Development": [
            "The Intergovernmental Authority on Development",
            "IGAD",
            "IGAD",
        ],
    }


def test_a_known_organisation_the_model_leaves_untagged(nlp: Language) -> None:
    """'Médecins Sans Frontières said ... The charity said': the charity speaks twice."""
    document = annotate(
        "Médecins Sans Frontières said it was alarmed by shortages. The charity said nurses "
        "had been forced to reuse gloves.",
        pipeline=nlp,
    )
    assert [(actor.name, actor.kind) for actor in document.actors] == [
        ("Médecins Sans Frontières", ActorKind.ORGANIZATION)
    ]
    (charity,) = (actor.id for actor in document.actors)
    assert [statement.speaker for statement in document.statements] == [charity, charity]


def test_a_name_with_an_age_after_it_is_a_person(nlp: Language) -> None:
    """'Curtis Bell, 38,' tagged as an organisation is a person, and 'Bell' is him."""
    document = _with_entities(
        nlp,
        'Another voter, Curtis Bell, 38, said it was fine. "He is the only one," Bell said.',
        [("Curtis Bell", "ORG"), ("38", "DATE"), ("Bell", "ORG")],
    )
    (person,) = document.actors
    assert (person.name, person.kind) == ("Curtis Bell", ActorKind.PERSON)
    # "He" in Bell's own quotation is someone else: a speaker calls himself "I"
    assert [mention.text for mention in person.mentions] == ["Curtis Bell", "Bell"]


def test_a_royal_named_by_one_name_is_no_one_else_s_first_name(nlp: Language) -> None:
    """'President William Ruto ... Prince William' are two people; 'Prince Mohammed' is MBS."""
    document = annotate(
        "President William Ruto welcomed the visitor at State House on Thursday.\n\n"
        "Prince William arrived in Nairobi on Wednesday for a four-day visit."
    )
    persons = [actor.name for actor in document.actors if actor.kind is ActorKind.PERSON]
    assert persons == ["William Ruto", "William"]
    assert _actor(document, "William").titles == ("Prince",)
    document = annotate(
        "Crown Prince Mohammed bin Salman met Biden. Prince Mohammed said the talks were good."
    )
    assert [mention.text for mention in _actor(document, "Mohammed bin Salman").mentions] == [
        "Mohammed bin Salman",
        "Mohammed",
    ]


def test_a_police_force_tagged_as_a_place_is_an_organisation(nlp: Language) -> None:
    """'[West Yorkshire Police]' tagged as a place is a body, and 'the force' refers to it."""
    document = _with_entities(
        nlp,
        "West Yorkshire Police said two men had been arrested. The force said they were held.",
        [("West Yorkshire Police", "GPE")],
    )
    (force,) = document.actors
    assert (force.name, force.kind) == ("West Yorkshire Police", ActorKind.ORGANIZATION)
    assert [mention.text for mention in force.mentions] == ["West Yorkshire Police", "The force"]
    # a place whose name ends with such a word stays a place
    document = _with_entities(
        nlp, "Troops entered the West Bank on Monday.", [("West Bank", "GPE"), ("Monday", "DATE")]
    )
    assert document.actors == ()


def test_a_name_the_model_ends_on_a_hyphen_goes_on(nlp: Language) -> None:
    """'[Bilawal Bhutto-]Zardari', '[Francois-]Philippe Champagne' are one name each."""
    document = _with_entities(
        nlp,
        "PPP Chairman Bilawal Bhutto-Zardari said the talks failed.",
        [("PPP", "ORG"), ("Bilawal Bhutto-", "PERSON")],
    )
    assert [a.name for a in document.actors if a.kind is ActorKind.PERSON] == [
        "Bilawal Bhutto-Zardari"
    ]
    document = _with_entities(
        nlp,
        "Industry Minister Francois-Philippe Champagne said on Tuesday that he would go.",
        [("Francois-", "PERSON"), ("Tuesday", "DATE")],
    )
    assert [a.name for a in document.actors] == ["Francois-Philippe Champagne"]
    # a headline glued to a body by a hyphen is no name going on
    document = _with_entities(
        nlp,
        "This Day in History: Jonestown Massacre-Thirty-eight years ago, 900 people died.",
        [("Jonestown Massacre-", "PERSON")],
    )
    assert "Thirty" not in " ".join(actor.name for actor in document.actors)


def test_a_title_s_portfolio_and_complement_are_no_names(nlp: Language) -> None:
    """'Minister for [Law] and Justice X', 'ambassador to the UN, X,': X is the one."""
    document = _with_entities(
        nlp,
        "Talking to the media outside Parliament House, Minister for Law and Justice Azam "
        "Nazeer Tarar said the talks failed.",
        [("Parliament House", "ORG"), ("Law", "PERSON"), ("Azam Nazeer Tarar", "PERSON")],
    )
    assert [(a.name, a.kind) for a in document.actors] == [
        ("Parliament House", ActorKind.ORGANIZATION),
        ("Azam Nazeer Tarar", ActorKind.PERSON),
    ]
    document = annotate(
        "Haiti's ambassador to the UN, Jean-Robert Baptiste, warned that time was running out."
    )
    baptiste = _actor(document, "Jean-Robert Baptiste")
    # the title set off before the name is his title, as "The foreign minister, Wang Yi,"
    assert [mention.text for mention in baptiste.mentions] == ["Jean-Robert Baptiste"]
    assert (baptiste.titles, baptiste.country) == (("ambassador",), "HTI")
    assert "ambassador" not in [actor.name for actor in document.actors]


def test_a_spokesperson_s_company_by_its_first_word_is_the_company(nlp: Language) -> None:
    """'NNPC Ltd raised prices. NNPC spokesman X said': one company, for whom X speaks."""
    document = annotate(
        "NNPC Ltd raised the price of petrol. NNPC spokesman Olufemi Soneye said the company "
        "had no option."
    )
    organizations = [a for a in document.actors if a.kind is ActorKind.ORGANIZATION]
    assert [(a.name, [m.text for m in a.mentions]) for a in organizations] == [
        ("NNPC Ltd", ["NNPC Ltd", "NNPC"])
    ]
    (statement,) = document.statements
    assert statement.on_behalf_of == organizations[0].id


def test_an_arabic_family_name_after_a_patronymic_is_the_name_s_end(nlp: Language) -> None:
    """'[Sheikh Mohammed bin Abdulrahman] Al Thani': one name, not the emir's surname."""
    document = _with_entities(
        nlp,
        "Sheikh Mohammed bin Abdulrahman Al Thani met Saudi officials in Doha. Later, "
        "Emir Sheikh Tamim bin Hamad Al Thani received them.",
        [
            ("Sheikh Mohammed bin Abdulrahman", "PERSON"),
            ("Saudi", "NORP"),
            ("Doha", "GPE"),
            ("Tamim bin Hamad Al Thani", "PERSON"),
        ],
    )
    minister = _actor(document, "Mohammed bin Abdulrahman Al Thani")
    assert [m.text for m in minister.mentions] == ["Mohammed bin Abdulrahman Al Thani"]
    emir = _actor(document, "Tamim bin Hamad Al Thani")
    assert [m.text for m in emir.mentions] == ["Tamim bin Hamad Al Thani"]
    # "Al" after a name with no patronymic is not taken in: "told Al Jazeera"
    document = _with_entities(
        nlp,
        "Minister Omar Hassan told Al Jazeera the talks had failed.",
        [("Omar Hassan", "PERSON"), ("Al Jazeera", "ORG")],
    )
    assert [a.name for a in document.actors] == ["Omar Hassan", "Al Jazeera"]


def test_a_lower_case_word_tagged_as_a_body_is_no_actor(nlp: Language) -> None:
    """'as [bin] strike looms': a common noun, whatever the model tagged it."""
    document = _with_entities(
        nlp,
        "Council approves tax rise as bin strike looms\n\nBirmingham City Council approved "
        "the rise on Tuesday.",
        [("bin", "ORG"), ("Birmingham City Council", "ORG")],
    )
    assert [a.name for a in document.actors] == ["Birmingham City Council"]


def test_a_region_after_its_country_s_possessive_is_a_place(nlp: Language) -> None:
    """'fled Myanmar's [Rakhine State]', tagged as a body: where they fled from, no actor."""
    document = _with_entities(
        nlp,
        "About 150,000 people have crossed from Myanmar's Rakhine State since January, the "
        "agency said.",
        [("Myanmar", "GPE"), ("Rakhine State", "ORG")],
    )
    assert "Rakhine State" not in [a.name for a in document.actors]
    # a body it names stays one: "loyal to Syria's Islamic State"
    document = _with_entities(
        nlp,
        "Fighters loyal to Syria's Islamic State attacked the town.",
        [("Syria", "GPE"), ("Islamic State", "ORG")],
    )
    assert "Islamic State" in [a.name for a in document.actors]


def test_a_caucus_tagged_as_a_person_is_a_body(nlp: Language) -> None:
    """'The Congressional Progressive [Caucus]', '[Problem Solvers] [Caucus]': two bodies."""
    document = _with_entities(
        nlp,
        "The Congressional Progressive Caucus and the Problem Solvers Caucus both endorsed "
        "the Senate version on Wednesday.",
        [
            ("Congressional Progressive Caucus", "PERSON"),
            ("Caucus", "PERSON"),
            ("Senate", "ORG"),
            ("Wednesday", "DATE"),
        ],
    )
    assert [(a.name, a.kind) for a in document.actors] == [
        ("Congressional Progressive Caucus", ActorKind.ORGANIZATION),
        ("Problem Solvers Caucus", ActorKind.ORGANIZATION),
        ("Senate", ActorKind.ORGANIZATION),
    ]


def test_a_headline_s_short_name_inside_a_full_name_below_is_that_person(nlp: Language) -> None:
    """'Sheinbaum, Lula agree ...' over 'Claudia Sheinbaum Pardo' and 'Luiz Inácio Lula da Silva'.

    A Spanish name's first surname, and the name a person is known by before a particle,
    name the person when the headline gives them before the full name, as a surname does.
    """
    document = _with_entities(
        nlp,
        "Sheinbaum and Lula agree to expand trade\n\n"
        "Mexican President Claudia Sheinbaum Pardo spoke by telephone on Wednesday with "
        "Brazilian President Luiz Inácio Lula da Silva. Sheinbaum's party, Morena, backed "
        "the call, and its president Luisa María Alcalde Luján praised it. Alcalde said the "
        "two countries had much to gain.",
        [
            ("Sheinbaum", "PERSON"),
            ("Lula", "PERSON"),
            ("Mexican", "NORP"),
            ("Claudia Sheinbaum Pardo", "PERSON"),
            ("Wednesday", "DATE"),
            ("Brazilian", "NORP"),
            ("Luiz Inácio Lula da Silva", "PERSON"),
            ("Sheinbaum", "PERSON"),
            ("Luisa María Alcalde Luján", "PERSON"),
        ],
    )
    persons = [a for a in document.actors if a.kind is ActorKind.PERSON]
    assert [a.name for a in persons] == [
        "Claudia Sheinbaum Pardo",
        "Luiz Inácio Lula da Silva",
        "Luisa María Alcalde Luján",
    ]
    assert [m.text for m in persons[0].mentions] == [
        "Sheinbaum",
        "Claudia Sheinbaum Pardo",
        "Sheinbaum",
    ]
    assert [m.text for m in persons[1].mentions] == ["Lula", "Luiz Inácio Lula da Silva"]
    # the first surname the model left untagged is a mention too
    assert [m.text for m in persons[2].mentions] == ["Luisa María Alcalde Luján", "Alcalde"]


def test_the_irish_premier_and_deputy_premier_are_titles(nlp: Language) -> None:
    """'Tánaiste Simon Harris', 'the Taoiseach, Micheál Martin': titles, not words of names."""
    document = _with_entities(
        nlp,
        "Irish Tánaiste Simon Harris said the bloc should avoid a trade war. Taoiseach "
        "Micheál Martin agreed.",
        [("Irish", "NORP"), ("Tánaiste Simon Harris", "PERSON"), ("Micheál Martin", "PERSON")],
    )
    harris = _actor(document, "Simon Harris")
    assert harris.titles == ("Tánaiste",)
    assert harris.country == "IRL"
    assert _actor(document, "Micheál Martin").titles == ("Taoiseach",)


def test_a_feast_is_no_actor(nlp: Language) -> None:
    """'a common date for Easter', 'before Ramadan': feasts, whatever the model tags them."""
    document = _with_entities(
        nlp,
        "The two churches hope to agree on a common date for Easter, Bishop Anna Ruiz said. "
        "Prices rose before Ramadan.",
        [("Easter", "PERSON"), ("Anna Ruiz", "PERSON"), ("Ramadan", "ORG")],
    )
    assert [a.name for a in document.actors] == ["Anna Ruiz"]


def test_a_score_after_a_side_s_name_is_no_part_of_it(nlp: Language) -> None:
    """'Chelsea beat [Tottenham 1-0]': the side is Tottenham."""
    document = _with_entities(
        nlp,
        "Chelsea beat Tottenham 1-0 on Sunday. Tottenham have now lost four games in a row.",
        [("Chelsea", "ORG"), ("Tottenham 1-0", "ORG"), ("Sunday", "DATE"), ("Tottenham", "ORG")],
    )
    spurs = _actor(document, "Tottenham")
    assert [m.text for m in spurs.mentions] == ["Tottenham", "Tottenham"]
    _assert_clean_edges(document)


def test_a_name_joined_by_a_connective_between_hyphens_is_whole(nlp: Language) -> None:
    """'the Lashkar-e-[Taiba] group': the model's piece after 'e' is the end of one name."""
    document = _with_entities(
        nlp,
        "Police blamed the Lashkar-e-Taiba group for the attack. Later the Lashkar-e-Taiba "
        "denied any role.",
        [("Taiba", "ORG"), ("Lashkar", "PERSON"), ("Taiba", "ORG")],
    )
    group = _actor(document, "Lashkar-e-Taiba")
    assert group.kind is ActorKind.ORGANIZATION
    assert [m.text for m in group.mentions] == ["Lashkar-e-Taiba", "Lashkar-e-Taiba"]
    assert [a.name for a in document.actors if a.kind is not ActorKind.GROUP] == ["Lashkar-e-Taiba"]


def test_a_name_of_what_a_company_makes_is_no_actor(nlp: Language) -> None:
    """'its Gemini assistant ... Gemini would soon': a product, wherever the text names it."""
    document = _with_entities(
        nlp,
        "Lumora showed new features for its Gemini assistant on Tuesday. Gemini would soon "
        "be able to book tables, said Ana Ruiz, who leads the team. Rival Cobalt uses Gemini "
        "too, and Cobalt said its own Nova chatbot was faster.",
        [
            ("Lumora", "ORG"),
            ("Gemini", "PERSON"),
            ("Tuesday", "DATE"),
            ("Gemini", "PERSON"),
            ("Ana Ruiz", "PERSON"),
            ("Cobalt", "ORG"),
            ("Gemini", "PERSON"),
            ("Cobalt", "ORG"),
            ("Nova", "PERSON"),
        ],
    )
    assert [a.name for a in document.actors] == ["Lumora", "Ana Ruiz", "Cobalt"]


def test_a_body_s_title_in_apposition_leaves_a_company_that_owns_its(nlp: Language) -> None:
    """'Microsoft, Lumora's largest investor, has been building its own models': a company."""
    document = _with_entities(
        nlp,
        "Microsoft, Lumora's largest investor, has been building its own models.",
        [("Microsoft", "PERSON"), ("Lumora", "ORG")],
    )
    assert _actor(document, "Microsoft").kind is ActorKind.ORGANIZATION
    assert _actor(document, "Microsoft").titles == ()


def test_a_thing_split_from_a_law_s_name_is_no_actor(nlp: Language) -> None:
    """'under the EU's [AI Act]': the law's "AI" is no organisation, its "EU" is the EU."""
    document = _with_entities(
        nlp,
        "The models must meet new rules under the EU's AI Act from August.",
        [("EU", "ORG"), ("AI Act", "ORG"), ("August", "DATE")],
    )
    assert [a.name for a in document.actors] == ["EU"]


def test_a_state_s_name_of_two_words_is_no_person(nlp: Language) -> None:
    """'[Andhra Pradesh] has suffered', 'chief minister of [Andhra Pradesh]': a state."""
    document = _with_entities(
        nlp,
        "Ravi Naidu was sworn in as chief minister of Andhra Pradesh on Wednesday. "
        '"Andhra Pradesh has suffered for five years," he said.',
        [
            ("Ravi Naidu", "PERSON"),
            ("Andhra Pradesh", "ORG"),
            ("Wednesday", "DATE"),
            ("Andhra Pradesh", "PERSON"),
        ],
    )
    assert [a.name for a in document.actors] == ["Ravi Naidu"]
    # a royal named like a town keeps his title and stays a person
    document = _with_entities(
        nlp,
        "Prince George of Wales visited the school.",
        [("Prince George", "PERSON"), ("Wales", "GPE")],
    )
    assert "George" in [a.name for a in document.actors if a.kind is ActorKind.PERSON]


def test_a_first_name_the_tagger_read_as_a_plural_opens_the_name(nlp: Language) -> None:
    """'the composer [Anders] Lie', "Anders" tagged as a plural proper noun: one person."""
    text = "Ingrid Holm wrote the book. Her husband, the composer Anders Lie, said she slept."
    doc = nlp.make_doc(text)
    for name, component in nlp.pipeline:
        if name == "newsevents_actors":
            first = next(t for t in doc if t.text == "Anders")
            first.tag_ = "NNPS"  # as the small model tags it in such a sentence
            holm = doc.char_span(0, len("Ingrid Holm"), label="PERSON")
            surname = doc[first.i + 1 : first.i + 2]
            assert holm is not None
            doc.ents = [holm, SpacySpan(doc, surname.start, surname.end, label="PERSON")]
        doc = component(doc)
    document = doc_to_document(doc, id="anders", pipeline=nlp)
    names = {a.name: [m.text for m in a.mentions] for a in document.actors}
    assert names["Anders Lie"] == ["Anders Lie"]
    assert "she" in names["Ingrid Holm"]


def test_a_title_case_headline_s_common_nouns_are_no_person(nlp: Language) -> None:
    """'Man Jailed After [Murder Conviction]': words the story writes in lower case."""
    text = (
        "Man Jailed After Murder Conviction\n\n"
        "A man was jailed for life on Tuesday after his conviction for murder. "
        "His lawyer said he would appeal."
    )
    document = _with_entities(nlp, text, [("Murder Conviction", "PERSON"), ("Tuesday", "DATE")])
    assert document.actors == ()
    assert [s.on_behalf_of for s in document.statements] == [None]
    # a person of the headline is named again below it, capitalised
    text = (
        "Rose Hope Wins Award for Courage\n\n"
        "The award went to Rose Hope, 9, on Tuesday. Her hope is to inspire others, said "
        "her mother, who planted a rose in the garden."
    )
    document = _with_entities(nlp, text, [("Rose Hope", "PERSON"), ("Rose Hope", "PERSON")])
    assert [a.name for a in document.actors if a.kind is ActorKind.PERSON] == ["Rose Hope"]
    assert len(_actor(document, "Rose Hope").mentions) >= 2


def test_a_korean_given_name_of_two_syllables_is_one_with_the_family_name(
    nlp: Language,
) -> None:
    """'Son [Heung-min]', only the given name tagged: one person, "Son" his short name."""
    text = "Son Heung-min scored twice on Saturday. Son said the team played well."
    document = _with_entities(nlp, text, [("Heung-min", "PERSON"), ("Saturday", "DATE")])
    son = _actor(document, "Son Heung-min")
    assert [m.text for m in son.mentions] == ["Son Heung-min", "Son"]
    assert [a.name for a in document.actors] == ["Son Heung-min"]


def test_the_sides_of_a_match_s_score_are_clubs(nlp: Language) -> None:
    """'[Man City] beat [Everton] 2-1', 'drew 1-1 with [Leeds]': clubs, not places or people."""
    text = (
        "Man City beat Everton 2-1 on Saturday. Brighton drew 1-1 with Leeds. "
        "Brighton manager Fabian Hurzeler said his side had been unlucky."
    )
    document = annotate(text, pipeline=nlp)
    kinds = {a.name: a.kind for a in document.actors}
    for club in ("Man City", "Everton", "Brighton", "Leeds"):
        assert kinds[club] is ActorKind.ORGANIZATION, (club, kinds)
    assert [m.text for m in _actor(document, "Brighton").mentions] == ["Brighton", "Brighton"]
    # a tennis match's sets: the players stay persons
    document = annotate(
        "Jannik Sinner beat Carlos Alcaraz 6-4, 6-3 on Sunday. Sinner said he was pleased.",
        pipeline=nlp,
    )
    assert {a.name: a.kind for a in document.actors} == {
        "Jannik Sinner": ActorKind.PERSON,
        "Carlos Alcaraz": ActorKind.PERSON,
    }


def test_a_name_after_a_noun_of_what_a_company_is_is_the_company(nlp: Language) -> None:
    """'the wind developer [Aurora Tuuli]', a first name in it: the company, wherever named."""
    text = (
        "Nordhavn is in talks to buy the Finnish wind developer Aurora Tuuli, a person said. "
        "Aurora Tuuli declined to comment."
    )
    document = _with_entities(
        nlp, text, [("Nordhavn", "ORG"), ("Aurora Tuuli", "PERSON"), ("Aurora Tuuli", "PERSON")]
    )
    tuuli = _actor(document, "Aurora Tuuli")
    assert tuuli.kind is ActorKind.ORGANIZATION
    assert len(tuuli.mentions) == 2


def test_a_name_ending_with_a_word_of_a_company_is_no_person(nlp: Language) -> None:
    """'[Altair Engineering] said', tagged as a person: a company's name."""
    text = "Altair Engineering said profits rose. Bramley Robotics cut jobs."
    document = _with_entities(
        nlp, text, [("Altair Engineering", "PERSON"), ("Bramley Robotics", "PERSON")]
    )
    assert {a.name: a.kind for a in document.actors} == {
        "Altair Engineering": ActorKind.ORGANIZATION,
        "Bramley Robotics": ActorKind.ORGANIZATION,
    }


def test_a_long_name_the_model_missed_after_a_company_noun_is_the_company(
    nlp: Language,
) -> None:
    """'The AI company [Anthropic] said': a word in title case after "the ... company"."""
    text = "The AI company Vellarion said it would expand."
    document = _with_entities(nlp, text, [])
    vellarion = _actor(document, "Vellarion")
    assert vellarion.kind is ActorKind.ORGANIZATION
    assert [m.text for m in vellarion.mentions] == ["Vellarion"]
    assert [s.speaker for s in document.statements] == [vellarion.id]


def test_an_amount_is_no_word_of_a_name(nlp: Language) -> None:
    """'fined [Meta 200 million] euros': the number and its scale end the name."""
    text = "Regulators fined Corvane 300 million euros on Monday."
    document = _with_entities(nlp, text, [("Corvane 300 million", "ORG")])
    assert {a.name: a.kind for a in document.actors} == {"Corvane": ActorKind.ORGANIZATION}


def test_a_companys_name_goes_on_past_a_known_organisation(nlp: Language) -> None:
    """'[Meta] Platforms said': one company, not the organisation Meta and a person."""
    text = "Meta Platforms said it would hire more engineers."
    document = _with_entities(nlp, text, [])
    meta = _actor(document, "Meta Platforms")
    assert meta.kind is ActorKind.ORGANIZATION
    assert [a.name for a in document.actors] == ["Meta Platforms"]


def test_a_name_opening_with_a_company_is_the_companys(nlp: Language) -> None:
    """'[Google Cloud] revenue rose', tagged as a person: a company's unit, no one."""
    text = "Google said demand was strong. Google Cloud revenue rose 30%."
    document = _with_entities(nlp, text, [("Google", "ORG"), ("Google Cloud", "PERSON")])
    assert _actor(document, "Google Cloud").kind is ActorKind.ORGANIZATION
    assert all(a.kind is not ActorKind.PERSON for a in document.actors)


def test_a_name_listed_with_companies_is_a_company(nlp: Language) -> None:
    """'competition from Huawei and [Xiaomi]': one of a list of companies, no person."""
    text = "Apple faces competition from Huawei and Zentrix in China."
    document = _with_entities(
        nlp,
        text,
        [("Apple", "ORG"), ("Huawei", "ORG"), ("Zentrix", "PERSON"), ("China", "GPE")],
    )
    assert _actor(document, "Zentrix").kind is ActorKind.ORGANIZATION


def test_a_name_listed_with_people_stays_a_person(nlp: Language) -> None:
    """'Huawei and [Lena Ortiz]': a list with a person in it says nothing of a company."""
    text = "The award went to Huawei, Ortiz and Lena Marsh."
    document = _with_entities(
        nlp, text, [("Huawei", "ORG"), ("Ortiz", "PERSON"), ("Lena Marsh", "PERSON")]
    )
    assert _actor(document, "Ortiz").kind is ActorKind.PERSON


def test_a_navy_ship_is_no_person(nlp: Language) -> None:
    """'The [USS Carl Vinson] sailed', 'HMS Queen [Elizabeth]': vessels, no actors."""
    text = (
        "The USS Carl Vinson sailed into the Gulf, and HMS Queen Elizabeth followed. "
        "The Carl Vinson carries 60 aircraft, and the Vinson will stay a month."
    )
    document = _with_entities(
        nlp,
        text,
        [
            ("USS Carl Vinson", "PERSON"),
            ("Elizabeth", "PERSON"),
            ("Carl Vinson", "PERSON"),
            ("Vinson", "ORG"),
        ],
    )
    assert [a.name for a in document.actors if a.kind is ActorKind.PERSON] == []


def test_a_name_before_a_noun_of_arms_is_a_weapon(nlp: Language) -> None:
    """'Patriot air defence batteries': a weapon's name, no person."""
    text = "Germany sent Patriot air defence batteries to Poland."
    document = _with_entities(
        nlp, text, [("Germany", "GPE"), ("Patriot", "PERSON"), ("Poland", "GPE")]
    )
    assert [a.name for a in document.actors] == ["Germany", "Poland"]


def test_a_one_word_subject_of_a_plural_verb_is_a_team(nlp: Language) -> None:
    """'[McLaren] now lead the standings': no one person 'lead'; a team everywhere."""
    text = "Norris drove for Veltra again. Veltra now lead the standings by 20 points."
    document = _with_entities(
        nlp, text, [("Norris", "PERSON"), ("Veltra", "PERSON"), ("Veltra", "PERSON")]
    )
    veltra = _actor(document, "Veltra")
    assert veltra.kind is ActorKind.ORGANIZATION
    assert len(veltra.mentions) == 2
    assert _actor(document, "Norris").kind is ActorKind.PERSON


def test_a_dateline_place_after_at_is_a_place(nlp: Language) -> None:
    """'BRACKLEY, England - ... won at Brackley': the dateline's place, no body."""
    text = "BRACKLEY, England - Norris won at Brackley on Sunday."
    document = _with_entities(
        nlp, text, [("BRACKLEY", "GPE"), ("Norris", "PERSON"), ("Brackley", "ORG")]
    )
    assert [a.name for a in document.actors if a.kind is not ActorKind.PERSON] == []


def test_an_outlet_named_once_by_its_noun_is_an_outlet_everywhere(nlp: Language) -> None:
    """'told the [Kommersant] newspaper ... Kommersant said it': an outlet, no person."""
    text = "Peskov told the Vedomsk newspaper that talks would go on. Vedomsk said it had a draft."
    document = _with_entities(
        nlp, text, [("Peskov", "PERSON"), ("Vedomsk", "PERSON"), ("Vedomsk", "PERSON")]
    )
    vedomsk = _actor(document, "Vedomsk")
    assert vedomsk.kind is ActorKind.ORGANIZATION
    assert len(vedomsk.mentions) == 2


def test_a_known_company_the_model_takes_for_a_place_is_an_organisation(nlp: Language) -> None:
    """'chips from [Nvidia] and Kestrel': a company of the lexicon, whatever the tag."""
    text = "The firm buys chips from Nvidia and Kestrel, its chief executive said."
    document = _with_entities(nlp, text, [("Nvidia", "GPE"), ("Kestrel", "ORG")])
    assert _actor(document, "Nvidia").kind is ActorKind.ORGANIZATION
    assert _actor(document, "Kestrel").kind is ActorKind.ORGANIZATION


def test_a_company_named_with_its_owner_is_a_company_of_its_own(nlp: Language) -> None:
    """'[Alphabet's Google] said': two companies, the one that speaks is the one owned."""
    text = "Halcyra's Velonet said on Tuesday it would cut jobs. Velonet employs 900 people."
    document = _with_entities(nlp, text, [("Halcyra's Velonet", "ORG"), ("Velonet", "ORG")])
    assert sorted(a.name for a in document.actors) == ["Halcyra", "Velonet"]
    velonet = _actor(document, "Velonet")
    assert velonet.kind is ActorKind.ORGANIZATION
    assert len(velonet.mentions) == 2
    assert [s.speaker for s in document.statements] == [velonet.id]


def test_a_company_with_an_s_in_its_name_stays_whole(nlp: Language) -> None:
    """'Moody's Investors Service said': one name, no owner, when neither side is known."""
    text = "Mordan's Investors Service said on Tuesday it would cut the rating."
    document = _with_entities(nlp, text, [("Mordan's Investors Service", "ORG")])
    assert [a.name for a in document.actors] == ["Mordan's Investors Service"]


def test_a_title_that_names_its_holder_alone_is_a_person(nlp: Language) -> None:
    """'The Dalai Lama met students', '[The Aga Khan] visited': persons, with no given name."""
    text = "The Dalai Lama met students on Friday. The Aga Khan visited Lisbon in June."
    document = _with_entities(nlp, text, [("The Aga Khan", "PERSON"), ("Lisbon", "GPE")])
    assert _actor(document, "Dalai Lama").kind is ActorKind.PERSON
    assert _actor(document, "Aga Khan").kind is ActorKind.PERSON
    lama = _actor(document, "Dalai Lama").id
    assert lama in document.meetings[0].participants


def test_a_prelate_or_peer_whose_place_the_model_tags_is_a_person(nlp: Language) -> None:
    """'The Patriarch of [Moscow] said', 'The Duke of [Edinburgh] said': persons."""
    text = (
        "The Patriarch of Moscow said the church would pray for peace. "
        "The Duke of Edinburgh said the charity would grow."
    )
    document = _with_entities(nlp, text, [("Moscow", "GPE"), ("Edinburgh", "ORG")])
    assert sorted((a.name, a.kind) for a in document.actors) == [
        ("Duke of Edinburgh", ActorKind.PERSON),
        ("Patriarch of Moscow", ActorKind.PERSON),
    ]
    assert all(s.speaker is not None for s in document.statements)


def test_a_body_s_name_opened_by_a_country_is_taken_whole(nlp: Language) -> None:
    """'[UK] [Anti-Doping] said': the model tags the country apart; the body is one name."""
    document = annotate("UK Anti-Doping said the cyclist had been banned for four years.")
    assert [a.name for a in document.actors] == ["UK Anti-Doping"]
    assert [m.text for m in document.actors[0].mentions] == ["UK Anti-Doping"]
    document = annotate("In Britain, Reuters said the talks had failed.")
    assert "Britain Reuters" not in [a.name for a in document.actors]


def test_a_companys_short_name_is_its_legal_name_not_a_unit_named_after_it(
    nlp: Language,
) -> None:
    """'Halvorsen AG ... Halvorsen Smart Grid ... Halvorsen said': the company, no unit."""
    text = (
        "Halvorsen AG agreed to buy the software unit. It will join Halvorsen Smart Grid, "
        "the group's grid division. Halvorsen said the deal would close in May."
    )
    document = _with_entities(
        nlp,
        text,
        [("Halvorsen AG", "ORG"), ("Halvorsen Smart Grid", "ORG"), ("Halvorsen", "ORG")],
    )
    company = _actor(document, "Halvorsen AG")
    assert [m.text for m in company.mentions] == ["Halvorsen AG", "Halvorsen"]
    assert [m.text for m in _actor(document, "Halvorsen Smart Grid").mentions] == [
        "Halvorsen Smart Grid"
    ]


def test_a_legal_suffix_gives_no_letter_of_a_companys_acronym(nlp: Language) -> None:
    """'"AI at every node" ... Avrel Inc': the initials of a name and its suffix name none."""
    text = (
        'Huang said grids needed "AI at every node". Its parent, Avrel Inc, has been '
        "buying power from nuclear plants."
    )
    document = _with_entities(nlp, text, [("Huang", "PERSON"), ("Avrel Inc", "ORG")])
    assert [m.text for m in _actor(document, "Avrel Inc").mentions] == ["Avrel Inc"]


def test_a_family_name_spelled_another_way_is_the_same_person(nlp: Language) -> None:
    """'Zelenskiy ... Zelensky ... Zelenskyy's office': one person, however transliterated."""
    text = (
        "Ukrainian President Volodymyr Zelenskiy spoke on Friday. Zelensky told lawmakers "
        "that talks must wait. Andriy Yermak, the head of Zelenskyy's office, agreed."
    )
    document = _with_entities(
        nlp,
        text,
        [
            ("Volodymyr Zelenskiy", "PERSON"),
            ("Zelensky", "PERSON"),
            ("Andriy Yermak", "PERSON"),
            ("Zelenskyy", "GPE"),
        ],
    )
    persons = [a for a in document.actors if a.kind is ActorKind.PERSON]
    assert [a.name for a in persons] == ["Volodymyr Zelenskiy", "Andriy Yermak"]
    assert [m.text for m in persons[0].mentions] == [
        "Volodymyr Zelenskiy",
        "Zelensky",
        "Zelenskyy",
    ]


def test_a_name_before_marriage_is_a_mention_of_the_person(nlp: Language) -> None:
    """'Holloway, who was born Margaret Reid,', 'formerly Helen Whitaker': no one else."""
    text = (
        "Dame Margaret Holloway won the case. Holloway, who was born Margaret Reid in "
        "Glasgow, served in the cabinet. Mrs Grant-Whitaker, formerly Helen Whitaker, edits "
        "the paper. Lady Reid, her mother, attended."
    )
    document = _with_entities(
        nlp,
        text,
        [
            ("Margaret Holloway", "PERSON"),
            ("Holloway", "PERSON"),
            ("Margaret Reid", "PERSON"),
            ("Glasgow", "GPE"),
            ("Grant-Whitaker", "PERSON"),
            ("Helen Whitaker", "PERSON"),
            ("Reid", "PERSON"),
        ],
    )
    persons = {a.name: [m.text for m in a.mentions] for a in document.actors}
    assert persons["Margaret Holloway"][:3] == ["Margaret Holloway", "Holloway", "Margaret Reid"]
    assert persons["Grant-Whitaker"][:2] == ["Grant-Whitaker", "Helen Whitaker"]
    assert "Margaret Reid" not in persons
    assert "Helen Whitaker" not in persons
    assert "Lady Reid" in persons  # the mother, who shares the maiden name, is someone else


def test_a_name_run_on_into_a_clause_ends_before_that(nlp: Language) -> None:
    """'told [the State Duma that Kyiv] was ...': the parliament, and its short name later."""
    text = (
        "Lavrov told the State Duma that Kyiv was inventing preconditions. The Duma's "
        "speaker, Vyacheslav Volodin, agreed."
    )
    document = _with_entities(
        nlp,
        text,
        [
            ("Lavrov", "PERSON"),
            ("the State Duma that Kyiv", "ORG"),
            ("Duma", "PERSON"),
            ("Vyacheslav Volodin", "PERSON"),
        ],
    )
    duma = _actor(document, "State Duma")
    assert duma.kind is ActorKind.ORGANIZATION
    assert [m.text for m in duma.mentions] == ["the State Duma", "Duma"]


def test_a_parliaments_one_word_name_is_no_person(nlp: Language) -> None:
    """'The Rada's speaker said': the Ukrainian parliament, however the model tags it."""
    text = "The Rada's speaker said lawmakers would vote on Tuesday."
    document = _with_entities(nlp, text, [("Rada", "PERSON")])
    assert _actor(document, "Rada").kind is ActorKind.ORGANIZATION


def test_the_royal_title_of_a_peer_named_by_title_and_place_refers_to_them(
    nlp: Language,
) -> None:
    """'The Prince of Wales welcomed ... the prince said': the prince, no one new."""
    text = (
        "The Prince of Wales welcomed the guests at Windsor Castle on Tuesday. "
        '"We have a shared duty," the prince said.'
    )
    document = _with_entities(nlp, text, [("Prince of Wales", "PERSON"), ("Windsor Castle", "FAC")])
    prince = _actor(document, "Prince of Wales")
    assert [m.text for m in prince.mentions] == ["Prince of Wales", "prince"]
    assert document.statements[0].speaker == prince.id


def test_a_name_known_as_after_a_unit_is_a_company_everywhere(nlp: Language) -> None:
    """'The unit, known as Lumen Grid, ... Lumen Grid's founder': a business, no person."""
    text = (
        "The unit, known as Lumen Grid, writes software. Shares rose. Lumen Grid's founder, "
        "Kirsty MacLeod, will stay on."
    )
    document = _with_entities(
        nlp,
        text,
        [("Lumen Grid", "PERSON"), ("Lumen Grid", "PERSON"), ("Kirsty MacLeod", "PERSON")],
    )
    unit = _actor(document, "Lumen Grid")
    assert unit.kind is ActorKind.ORGANIZATION
    assert len(unit.mentions) == 2


def test_an_owner_and_its_company_named_alone_are_two_bodies(nlp: Language) -> None:
    """'[Norvik's Tessel] held talks ... Tessel declined ... its parent, Norvik Inc': two."""
    text = (
        "Norvik's Tessel also held talks on a bid, people said. Tessel declined to comment. "
        "Its parent, Norvik Inc, buys power from nuclear plants."
    )
    document = _with_entities(
        nlp,
        text,
        [("Norvik's Tessel", "ORG"), ("Tessel", "ORG"), ("Norvik Inc", "ORG")],
    )
    bodies = {a.name: [m.text for m in a.mentions] for a in document.actors}
    assert bodies["Tessel"] == ["Tessel", "Tessel"]
    assert bodies["Norvik Inc"] == ["Norvik", "Norvik Inc"]


def test_a_company_title_and_a_name_tagged_as_a_work_are_a_person(nlp: Language) -> None:
    """'[Halvorsen Chief Executive Roland Brecht] said': the company and its chief."""
    text = (
        '"Grids are the bottleneck," Halvorsen Chief Executive Roland Brecht said. '
        "Brecht added more."
    )
    document = _with_entities(
        nlp,
        text,
        [("Halvorsen Chief Executive Roland Brecht", "WORK_OF_ART"), ("Brecht", "ORG")],
    )
    brecht = _actor(document, "Roland Brecht")
    assert brecht.kind is ActorKind.PERSON
    assert brecht.titles == ("Chief Executive",)
    assert [m.text for m in brecht.mentions] == ["Roland Brecht", "Brecht"]
    assert document.statements[0].speaker == brecht.id


def test_an_irish_name_with_its_prefix_tagged_as_a_body_is_a_person(nlp: Language) -> None:
    """'[Seán Ó Fearghaíl], a former speaker of the Dáil, said': a person, no acronym."""
    text = (
        "Seán Ó Fearghaíl, a former speaker of the Dáil, said it showed Europe could act "
        "quickly. Ó Fearghaíl added that he was pleased."
    )
    document = _with_entities(
        nlp,
        text,
        [("Seán Ó Fearghaíl", "ORG"), ("Dáil", "ORG"), ("Ó Fearghaíl", "ORG")],
    )
    person = _actor(document, "Seán Ó Fearghaíl")
    assert person.kind is ActorKind.PERSON
    assert [m.text for m in person.mentions][:2] == ["Seán Ó Fearghaíl", "Ó Fearghaíl"]
    assert _actor(document, "Dáil").kind is ActorKind.ORGANIZATION


def test_a_town_before_its_state_glued_to_based_is_no_person(nlp: Language) -> None:
    """'The Santa Clara, California-based company said': a town, no one who speaks."""
    text = "Nvidia will supply chips. The Santa Clara, California-based company said it agreed."
    for label in ("PERSON", "GPE"):
        document = _with_entities(
            nlp, text, [("Nvidia", "ORG"), ("Santa Clara", label), ("California", "GPE")]
        )
        assert [a.name for a in document.actors] == ["Nvidia"]


def test_a_company_listed_before_one_glued_to_based_stays_a_company(nlp: Language) -> None:
    """'Air France, Lufthansa, Dubai-based Emirates': a list, no town before its state."""
    text = "Airlines, including Air France, Lufthansa, Dubai-based Emirates, stopped flying."
    document = _with_entities(
        nlp,
        text,
        [("Air France", "ORG"), ("Lufthansa", "ORG"), ("Dubai", "GPE"), ("Emirates", "ORG")],
    )
    assert "Lufthansa" in [a.name for a in document.actors]


def test_a_region_the_model_runs_into_a_person_s_name_is_cut_off_it(nlp: Language) -> None:
    """'envoy for [the Middle East Daniel Marsh]': the region, and the person with the title."""
    text = (
        "The US special envoy for the Middle East Helen Castell arrived in Amman on Monday. "
        "Castell said the talks would go on."
    )
    document = _with_entities(
        nlp,
        text,
        [
            ("US", "GPE"),
            ("the Middle East Helen Castell", "ORG"),
            ("Amman", "GPE"),
            ("Monday", "DATE"),
            ("Castell", "PERSON"),
        ],
    )
    castell = _actor(document, "Helen Castell")
    assert castell.kind is ActorKind.PERSON
    assert "special envoy" in castell.titles
    assert [m.text for m in castell.mentions] == ["Helen Castell", "Castell"]
    assert all("Middle East" not in actor.name for actor in document.actors)
    assert [s.speaker for s in document.statements] == [castell.id]


def test_a_first_name_the_model_tags_apart_opens_the_person_s_name(nlp: Language) -> None:
    """'[Clare] Foges argued', 'Clare' taken for an organisation: one person, Clare Foges."""
    text = "In the Sunday paper, Clare Dunmore argued that the move was a mistake."
    document = _with_entities(nlp, text, [("Clare", "ORG")])
    assert [(a.name, a.kind) for a in document.actors] == [("Clare Dunmore", ActorKind.PERSON)]
    text = "In the Sunday paper, Clare Dunmore argued that the move was a mistake."
    document = _with_entities(nlp, text, [("Clare", "ORG"), ("Dunmore", "PERSON")])
    assert [(a.name, a.kind) for a in document.actors] == [("Clare Dunmore", ActorKind.PERSON)]


def test_a_party_s_adjective_before_a_title_names_no_organisation(nlp: Language) -> None:
    """'the [Liberal] [Democrat] MP Sarah Olney': the words are the MP's title, no body."""
    text = "In reply to a question from the Liberal Democrat MP Jane Harwell, the minister said no."
    document = _with_entities(
        nlp, text, [("Liberal", "ORG"), ("Democrat", "NORP"), ("Jane Harwell", "PERSON")]
    )
    assert [a.name for a in document.actors] == ["Jane Harwell"]
    assert document.actors[0].titles == ("Liberal Democrat MP",)


def test_a_firm_a_job_is_held_at_is_an_organisation(nlp: Language) -> None:
    """'analysts at [Peel Hunt]', 'her editor at [Faber]', 'Kallum Pickering of [Peel Hunt]'."""
    text = "Analysts at Varley Crane said the shares were cheap."
    document = _with_entities(nlp, text, [("Varley Crane", "PERSON")])
    assert _actor(document, "Varley Crane").kind is ActorKind.ORGANIZATION
    text = "Her editor at Holbrook, Anna Pierce, said the novel was daring."
    document = _with_entities(nlp, text, [("Holbrook", "PERSON"), ("Anna Pierce", "PERSON")])
    assert _actor(document, "Holbrook").kind is ActorKind.ORGANIZATION
    assert _actor(document, "Anna Pierce").kind is ActorKind.PERSON
    text = '"The market is ahead of itself," said Tom Keller of Varley Crane.'
    document = _with_entities(nlp, text, [("Tom Keller", "PERSON"), ("Varley Crane", "PERSON")])
    assert _actor(document, "Varley Crane").kind is ActorKind.ORGANIZATION
    keller = _actor(document, "Tom Keller")
    assert [s.speaker for s in document.statements] == [keller.id]


def test_an_indian_honorific_is_no_word_of_the_name(nlp: Language) -> None:
    """'Shri Ram Prasad Mehta said': the person is Ram Prasad Mehta, 'Shri' is a style."""
    text = "Shri Ram Prasad Mehta, the party's candidate, said he welcomed the recount."
    document = _with_entities(nlp, text, [("Prasad Mehta", "PERSON")])
    assert [a.name for a in document.actors] == ["Ram Prasad Mehta"]
    assert [s.speaker for s in document.statements] == [document.actors[0].id]
    text = "The party fielded Shri Anil Kumar Sinha in the seat. Sinha said he would win."
    document = _with_entities(nlp, text, [("Shri Anil Kumar Sinha", "WORK_OF_ART")])
    assert [a.name for a in document.actors] == ["Anil Kumar Sinha"]


def test_begum_is_an_honorific_before_a_full_name_and_a_surname_alone(nlp: Language) -> None:
    """'[Begum Rokeya Hasan]'s party' is Rokeya Hasan's; '"Three years," Begum said' speaks."""
    text = "Begum Rokeya Hasan's party prepared for its first cabinet session."
    document = _with_entities(nlp, text, [("Begum Rokeya Hasan's", "ORG")])
    assert [(a.name, a.kind) for a in document.actors] == [("Rokeya Hasan", ActorKind.PERSON)]
    text = '"Three years," Begum said.'
    document = _with_entities(nlp, text, [("Begum", "PERSON")])
    assert [a.name for a in document.actors] == ["Begum"]
    assert [s.speaker for s in document.statements] == [document.actors[0].id]


def test_a_name_a_country_owns_that_acts_is_a_body_of_that_country(nlp: Language) -> None:
    """'Russia's [Gazprom] said', tagged as a place: the company speaks, and is Russia's."""
    text = "Russia's Velgaz said on Monday it would cut supplies to Ukraine."
    document = _with_entities(
        nlp, text, [("Russia", "GPE"), ("Velgaz", "GPE"), ("Monday", "DATE"), ("Ukraine", "GPE")]
    )
    velgaz = _actor(document, "Velgaz")
    assert velgaz.kind is ActorKind.ORGANIZATION
    assert velgaz.country == "RUS"
    assert [s.speaker for s in document.statements] == [velgaz.id]


def test_a_name_a_country_ends_or_opens_in_capitals_is_a_body_of_it(nlp: Language) -> None:
    """'[Kidney Care UK] welcomed', '[US Anti-Doping] said': bodies, not persons, of the country."""
    text = "The Royal College of Nursing and Lung Health UK welcomed the decision."
    document = _with_entities(
        nlp, text, [("The Royal College of Nursing", "ORG"), ("Lung Health UK", "PERSON")]
    )
    lung = _actor(document, "Lung Health UK")
    assert (lung.kind, lung.country) == (ActorKind.ORGANIZATION, "GBR")
    text = "US Anti-Doping said the sprinter had been suspended."
    document = _with_entities(nlp, text, [("US Anti-Doping", "PERSON")])
    body = _actor(document, "US Anti-Doping")
    assert (body.kind, body.country) == (ActorKind.ORGANIZATION, "USA")
    assert [s.speaker for s in document.statements] == [body.id]
    document = annotate("UK Anti-Doping said the cyclist had been banned for four years.")
    assert [(a.name, a.country) for a in document.actors] == [("UK Anti-Doping", "GBR")]
    text = "Michael Jordan said he would retire."
    document = _with_entities(nlp, text, [("Michael Jordan", "PERSON")])
    assert _actor(document, "Michael Jordan").kind is ActorKind.PERSON


def test_ranks_written_without_full_stops_are_titles(nlp: Language) -> None:
    """'Lt Col Tom Blake said': the person is Tom Blake, with the rank as a title."""
    text = (
        "Lt Col Tom Blake of the Royal Marines said the exercise would go ahead. Maj Gen "
        "Sarah Hill told reporters the troops were ready. The colonel said the weather was fine."
    )
    document = _with_entities(
        nlp,
        text,
        [
            ("Lt Col Tom Blake", "PERSON"),
            ("the Royal Marines", "ORG"),
            ("Gen Sarah Hill", "PERSON"),
        ],
    )
    blake = _actor(document, "Tom Blake")
    hill = _actor(document, "Sarah Hill")
    assert blake.titles == ("Lt Col",)
    assert hill.titles == ("Maj Gen",)
    assert [a.name for a in document.actors if a.kind is ActorKind.PERSON] == [
        "Tom Blake",
        "Sarah Hill",
    ]
    assert [s.speaker for s in document.statements] == [blake.id, hill.id, blake.id]


def test_an_acronym_with_small_letters_is_a_body(nlp: Language) -> None:
    """'the AfD', tagged as a person: an acronym whose first and last letters are capitals."""
    text = "Support for the AfD rose in the east. The AfD said voters wanted change."
    document = _with_entities(nlp, text, [("AfD", "PERSON"), ("AfD", "PERSON")])
    party = _actor(document, "AfD")
    assert party.kind is ActorKind.ORGANIZATION
    assert [s.speaker for s in document.statements] == [party.id]
    document = _with_entities(nlp, "McCain said he would vote no.", [("McCain", "PERSON")])
    assert _actor(document, "McCain").kind is ActorKind.PERSON


def test_a_korean_given_name_with_a_lower_case_syllable_is_found(nlp: Language) -> None:
    """'Wi Sung-lac, Lee's national security adviser, said', missed by the model, speaks."""
    text = (
        "President Lee Jae-myung will visit Tokyo. Wi Sung-lac, Lee's national security "
        "adviser, said the trip would go ahead."
    )
    document = _with_entities(nlp, text, [("Lee Jae-myung", "PERSON"), ("Lee", "PERSON")])
    wi = _actor(document, "Wi Sung-lac")
    assert wi.kind is ActorKind.PERSON
    assert [s.speaker for s in document.statements] == [wi.id]


def test_a_demonym_tagged_as_a_body_before_a_noun_is_no_actor(nlp: Language) -> None:
    """'An [Emirati] official said', tagged as an organisation: the official's nation."""
    text = "An Emirati official said Abu Dhabi wanted guarantees first."
    document = _with_entities(nlp, text, [("Emirati", "ORG"), ("Abu Dhabi", "GPE")])
    assert [a.name for a in document.actors] == []
    assert [s.on_behalf_of for s in document.statements] == [None]


def test_a_capitalised_arabic_article_glued_to_a_name_opens_a_body(nlp: Language) -> None:
    """'said Al-Azhar was ready', tagged as a person: a body, unless a person's name ends so."""
    text = "The grand imam said Al-Azhar was ready to continue the work."
    document = _with_entities(nlp, text, [("Al-Azhar", "PERSON")])
    assert [(a.name, a.kind) for a in document.actors] == [("Al-Azhar", ActorKind.ORGANIZATION)]
    text = "The grand imam of Al-Azhar met the pope."
    document = _with_entities(nlp, text, [("Azhar", "PERSON")])
    assert [(a.name, a.kind) for a in document.actors] == [("Al-Azhar", ActorKind.ORGANIZATION)]
    text = "Syrian President Ahmed Al-Sharaa arrived. Officials said Al-Sharaa had asked for help."
    document = _with_entities(
        nlp, text, [("Syrian", "NORP"), ("Ahmed Al-Sharaa", "PERSON"), ("Al-Sharaa", "PERSON")]
    )
    assert _actor(document, "Ahmed Al-Sharaa").kind is ActorKind.PERSON
    assert len(document.actors) == 2  # the person and the officials


def test_a_public_body_named_before_a_place_is_one_organisation(nlp: Language) -> None:
    """'Police [Scotland]', 'Transport for [London]': the body, not the place it serves."""
    text = "Police Scotland confirmed the arrest on Monday."
    document = _with_entities(nlp, text, [("Scotland", "GPE"), ("Monday", "DATE")])
    police = _actor(document, "Police Scotland")
    assert police.kind is ActorKind.ORGANIZATION
    text = "Transport for London said trains would run on Friday."
    document = _with_entities(nlp, text, [("London", "GPE"), ("Friday", "DATE")])
    assert [(a.name, a.kind) for a in document.actors] == [
        ("Transport for London", ActorKind.ORGANIZATION)
    ]
    assert [s.speaker for s in document.statements] == [document.actors[0].id]
    text = "Public Health England said the risk to the public was low."
    for entities in ([("England", "PERSON")], []):
        document = _with_entities(nlp, text, entities)
        assert [(a.name, a.kind) for a in document.actors] == [
            ("Public Health England", ActorKind.ORGANIZATION)
        ]
    text = "Historic England listed the mill on Tuesday."
    document = _with_entities(nlp, text, [("Historic England", "PERSON"), ("Tuesday", "DATE")])
    assert _actor(document, "Historic England").kind is ActorKind.ORGANIZATION
    # a title, or a person's name ending in a place's, is none
    text = "Jack London wrote to the Health Secretary for England."
    document = _with_entities(nlp, text, [("Jack London", "PERSON"), ("England", "GPE")])
    assert _actor(document, "Jack London").kind is ActorKind.PERSON
    assert all(a.name != "Secretary for England" for a in document.actors)


def test_a_place_after_a_title_and_for_is_cut_off_any_name(nlp: Language) -> None:
    """'envoy for [Syria Ilvo Rantakari]': the place, then the envoy, whatever his first name."""
    text = "UN special envoy for Syria Ilvo Rantakari said the talks would resume."
    document = _with_entities(nlp, text, [("UN", "ORG"), ("Syria Ilvo Rantakari", "ORG")])
    envoy = _actor(document, "Ilvo Rantakari")
    assert (envoy.kind, envoy.titles) == (ActorKind.PERSON, ("special envoy",))
    assert [s.speaker for s in document.statements] == [envoy.id]
    # no title before "for": no name to cut
    text = "Funds for Syria Relief Trust were raised."
    document = _with_entities(nlp, text, [("Syria Relief Trust", "ORG")])
    assert [a.name for a in document.actors] == ["Syria Relief Trust"]


def test_a_name_the_model_runs_into_a_time_after_it_is_cut_off(nlp: Language) -> None:
    """'a meeting with [Kovacs weeks ago]', tagged as a date: Kovacs, then 'weeks ago'."""
    text = "Lind had asked for a meeting with Kovacs weeks ago, but Kovacs said no."
    document = _with_entities(
        nlp, text, [("Lind", "PERSON"), ("Kovacs weeks ago", "DATE"), ("Kovacs", "PERSON")]
    )
    kovacs = _actor(document, "Kovacs")
    assert [m.text for m in kovacs.mentions][:2] == ["Kovacs", "Kovacs"]
    (meeting,) = document.meetings
    assert set(meeting.participants) == {_actor(document, "Lind").id, kovacs.id}
    # a feast or a month opening the date is no name
    for text, words in (
        ("Lind met Kovacs at Christmas two years ago.", "Christmas two years ago"),
        ("Lind met Kovacs in March last year.", "March last year"),
    ):
        document = _with_entities(
            nlp, text, [("Lind", "PERSON"), ("Kovacs", "PERSON"), (words, "DATE")]
        )
        assert sorted(a.name for a in document.actors) == ["Kovacs", "Lind"]


def test_a_body_after_a_title_and_for_is_not_cut_into_a_person(nlp: Language) -> None:
    """'a spokesperson for (the) China Coast Guard': the body whole, not a person 'Coast Guard'."""
    for body in ("the China Coast Guard", "China Coast Guard"):
        text = f"Guo Weimin, a spokesperson for {body}, said the boat was fishing illegally."
        document = _with_entities(nlp, text, [("Guo Weimin", "PERSON"), (body, "ORG")])
        guard = _actor(document, "China Coast Guard")
        assert guard.kind is ActorKind.ORGANIZATION, body
        assert all(a.name != "Coast Guard" for a in document.actors), body


def test_a_plural_without_s_opening_a_sentence_is_no_body(nlp: Language) -> None:
    """'Media reports said', the model tagging 'Media': a common noun, no organisation."""
    text = "The talks went on for hours. Media reports said the deal was close."
    document = _with_entities(nlp, text, [("Media", "ORG")])
    assert all(a.name != "Media" for a in document.actors)
    # a body so named inside a sentence stays one
    text = "The film was shown by Media. Media said the film was popular."
    document = _with_entities(nlp, text, [("Media", "ORG"), ("Media", "ORG")])
    assert _actor(document, "Media").kind is ActorKind.ORGANIZATION


def test_the_particles_of_a_surname_stay_with_it_in_later_mentions(nlp: Language) -> None:
    """'Karl von der Heide ... von der Heide said': the mention is never 'Heide' alone."""
    text = (
        "Mayor Karl von der Heide opened the bridge on Monday. Von der Heide said it was safe. "
        "Later von der Heide thanked the builders."
    )
    for later in ("GPE", "PERSON"):
        document = _with_entities(
            nlp, text, [("Karl von der Heide", "PERSON"), ("Heide", later), ("Heide", later)]
        )
        heide = _actor(document, "Karl von der Heide")
        assert [m.text for m in heide.mentions] == [
            "Karl von der Heide",
            "Von der Heide",
            "von der Heide",
        ], later
    # untagged, the particles are still words of the name
    document = _with_entities(nlp, text, [("Karl von der Heide", "PERSON")])
    heide = _actor(document, "Karl von der Heide")
    assert "Heide" not in [m.text for m in heide.mentions]


def test_a_title_before_a_body_and_a_name_is_no_word_of_the_body(nlp: Language) -> None:
    """'Alliance spokesman French Navy Capt. Paul Roux': the body is 'French Navy' alone."""
    text = "Alliance spokesman French Navy Capt. Paul Roux said the ship was hit."
    document = _with_entities(nlp, text, [("French Navy", "ORG"), ("Paul Roux", "PERSON")])
    names = [actor.name for actor in document.actors]
    assert all("spokesman" not in name for name in names), names


def test_a_consort_s_title_is_whole_and_no_name(nlp: Language) -> None:
    """'Maren, the Queen Consort,': her title, and no person 'Consort'."""
    text = "King Olaf and his wife Maren, the Queen Consort, arrived in Oslo. Maren waved."
    document = _with_entities(
        nlp,
        text,
        [("King Olaf", "PERSON"), ("Maren", "PERSON"), ("the Queen Consort", "PERSON")],
    )
    assert all(actor.name != "Consort" for actor in document.actors)
    assert "Queen Consort" in _actor(document, "Maren").titles


def test_titles_of_a_man_and_a_woman_joined_by_and_are_two_people(nlp: Language) -> None:
    """'The King and Queen Maren': she is no king; 'President and CEO Ana Lima' is both."""
    text = "The King and Queen Maren opened the bridge."
    document = _with_entities(nlp, text, [("Queen Maren", "PERSON")])
    assert _actor(document, "Maren").titles == ("Queen",)
    text = "President and CEO Ana Lima opened the plant."
    document = _with_entities(nlp, text, [("Ana Lima", "PERSON")])
    assert _actor(document, "Ana Lima").titles == ("President", "CEO")


def test_a_body_that_speaks_of_itself_is_no_person_of_its_surname(nlp: Language) -> None:
    """'Varga said it would close two plants. Mia Varga ...': the company, and Mia Varga."""
    text = (
        "Varga said it would close two plants. Mia Varga, the founder's daughter, said "
        "the news was sad."
    )
    document = _with_entities(nlp, text, [("Varga", "ORG"), ("Mia Varga", "PERSON")])
    assert _actor(document, "Varga").kind is ActorKind.ORGANIZATION
    assert [m.text for m in _actor(document, "Mia Varga").mentions] == ["Mia Varga"]


def test_a_state_romanised_without_its_macrons_is_a_known_place(nlp: Language) -> None:
    """'killed in [Bihar]' tagged as an organisation: ISO 3166-2 writes 'Bihār', still a place."""
    for state in ("Bihar", "Tamil Nadu", "Maharashtra"):
        text = f"Twelve people died in {state} on Monday after heavy rain."
        document = _with_entities(nlp, text, [(state, "ORG")])
        assert all(a.name != state for a in document.actors), state


def test_a_town_after_a_person_and_of_is_no_organisation(nlp: Language) -> None:
    """'Tom Hardy of [Keighley] said', the town tagged as an organisation: where he is from."""
    text = "Tom Hardy of Keighley said the bus route had been cut."
    document = _with_entities(nlp, text, [("Tom Hardy", "PERSON"), ("Keighley", "ORG")])
    assert [a.name for a in document.actors] == ["Tom Hardy"]
    # a company after "of" is the person's employer, even one named like a town
    for company in ("Toyota", "Zentrix Labs"):
        text = f"Jim Lentz of {company} said sales had risen."
        document = _with_entities(nlp, text, [("Jim Lentz", "PERSON"), (company, "ORG")])
        assert _actor(document, company).kind is ActorKind.ORGANIZATION


def test_a_one_word_name_that_reports_news_is_an_outlet(nlp: Language) -> None:
    """'Pravdin reported that ...', untagged or tagged as a person: a newspaper, one actor."""
    text = (
        "In an interview with Pravdin, the mayor said the bridge would close. "
        "Pravdin reported later that he had resigned."
    )
    for entities in ([("Pravdin", "ORG")], [("Pravdin", "ORG"), ("Pravdin", "PERSON")]):
        document = _with_entities(nlp, text, entities)
        outlets = [a for a in document.actors if a.name == "Pravdin"]
        assert [a.kind for a in outlets] == [ActorKind.ORGANIZATION], entities
        assert len(outlets[0].mentions) == 2
    # a man named in full before keeps his name: "Smith reported" is him
    text = "John Smith saw the crash. Smith reported that two cars had collided."
    document = _with_entities(nlp, text, [("John Smith", "PERSON"), ("Smith", "PERSON")])
    assert _actor(document, "John Smith").kind is ActorKind.PERSON


def test_a_body_cut_before_its_first_words_is_made_whole(nlp: Language) -> None:
    """'The Peace and [Security Council]', 'The 9th WTFA [Congress]': one body, whole."""
    for text, tagged, whole in (
        ("The Peace and Security Council met on Friday.", "Security Council", None),
        ("The Trade and Fisheries Board said the quota would fall.", "Fisheries Board", None),
        ("The 9th WTFA Congress voted to admit Samoa.", "Congress", "WTFA Congress"),
    ):
        document = _with_entities(nlp, text, [(tagged, "ORG")])
        name = whole or text.split(tagged)[0].removeprefix("The ") + tagged
        assert _actor(document, name).kind is ActorKind.ORGANIZATION, text
        assert all(a.name != tagged for a in document.actors), text
    # a country, or a name of its own, before "and" stays apart
    text = "Russia and the Security Council disagreed."
    document = _with_entities(nlp, text, [("Russia", "GPE"), ("Security Council", "ORG")])
    assert sorted(a.name for a in document.actors) == ["Russia", "Security Council"]
    # a name that comes with its own article starts there
    text = "Save the Children and the Hillside Relief Council called on donors to act."
    document = _with_entities(nlp, text, [("the Hillside Relief Council", "ORG")])
    names = {a.name for a in document.actors}
    assert {"Save the Children", "Hillside Relief Council"} <= names
    assert all(" and " not in name for name in names)


def test_a_name_with_an_ampersand_is_no_person(nlp: Language) -> None:
    """'the jam maker [Tom & Tilly]'s said', tagged as a person: a company's name."""
    text = "The jam maker Tom & Tilly's said sales rose."
    document = _with_entities(nlp, text, [("Tom & Tilly", "PERSON")])
    assert _actor(document, "Tom & Tilly's").kind is ActorKind.ORGANIZATION


def test_two_names_side_by_side_that_a_body_named_whole_has_are_that_body(nlp: Language) -> None:
    """'Marston General Infirmary said ... a spokesman for [Marston] [General Infirmary]'."""
    text = (
        "Marston General Infirmary said the ward was full. "
        "A spokesman for Marston General Infirmary said patients were safe."
    )
    document = _with_entities(
        nlp,
        text,
        [
            ("Marston General Infirmary", "ORG"),
            ("Marston", "GPE"),
            ("General Infirmary", "PERSON"),
        ],
    )
    assert [(a.name, len(a.mentions)) for a in document.actors] == [
        ("Marston General Infirmary", 2)
    ]


def test_a_persons_possessive_before_a_party_is_the_person_and_the_party(nlp: Language) -> None:
    """'[Kessler's CDU] won', '[Rao]'s BJP' tagged as a place: the leader and the party."""
    text = "Kessler's CDU won the vote on Sunday."
    document = _with_entities(nlp, text, [("Kessler's CDU", "ORG")])
    assert _actor(document, "Kessler").kind is ActorKind.PERSON
    assert _actor(document, "CDU").kind is ActorKind.ORGANIZATION
    text = "Rao's BJP lost the state election."
    document = _with_entities(nlp, text, [("Rao", "GPE"), ("BJP", "ORG")])
    assert _actor(document, "Rao").kind is ActorKind.PERSON
    assert _actor(document, "BJP").kind is ActorKind.ORGANIZATION
    # a company's name with an "'s" inside stays one body
    text = "McDonald's Corp said sales rose."
    document = _with_entities(nlp, text, [("McDonald's Corp", "ORG")])
    assert [a.name for a in document.actors] == ["McDonald's Corp"]


def test_a_demonym_before_a_bodys_acronym_is_no_word_of_it(nlp: Language) -> None:
    """'A [Kenyan U.N.] official said': the body is the U.N."""
    text = "A Kenyan U.N. official said the camp was full."
    document = _with_entities(nlp, text, [("Kenyan U.N.", "ORG")])
    assert [a.name for a in document.actors] == ["U.N."]
    # a nation's own body named with its demonym keeps it
    text = "The Chinese Communist Party said the meeting ended."
    document = _with_entities(nlp, text, [("Chinese Communist Party", "ORG")])
    assert "Chinese Communist Party" in [a.name for a in document.actors]


def test_a_one_word_name_before_a_persons_title_in_apposition_is_a_person(nlp: Language) -> None:
    """'[Mathilde], the Queen Consort, opened', tagged as an organisation: a person."""
    text = "Mathilde, the Queen Consort, opened the new wing on Tuesday."
    document = _with_entities(nlp, text, [("Mathilde", "ORG")])
    assert _actor(document, "Mathilde").kind is ActorKind.PERSON
    # a body's descriptor in apposition leaves a body
    text = "Norvale, the state agency, said it would cut costs."
    document = _with_entities(nlp, text, [("Norvale", "ORG")])
    assert _actor(document, "Norvale").kind is ActorKind.ORGANIZATION


def test_a_noun_after_two_bodies_joined_by_a_slash_is_no_title_of_the_second(
    nlp: Language,
) -> None:
    """'the [ALP]/[NLP] bloc': the bloc is the pair, not the NLP alone."""
    text = "The ALP/NLP bloc won most seats. The NLP said it would join talks."
    document = _with_entities(nlp, text, [("ALP", "ORG"), ("NLP", "ORG"), ("NLP", "ORG")])
    assert _actor(document, "NLP").titles == ()
    text = "The NLP party said it would join talks."
    document = _with_entities(nlp, text, [("NLP", "ORG")])
    assert _actor(document, "NLP").titles == ("party",)


def test_a_possessive_a_verb_follows_ends_a_companys_name(nlp: Language) -> None:
    """'[Hal & Rosie]'s said': the company's name keeps its "'s"."""
    text = "Hal & Rosie's said it would close two shops."
    document = _with_entities(nlp, text, [("Hal & Rosie", "ORG")])
    assert [a.name for a in document.actors] == ["Hal & Rosie's"]
    # a possessive before a noun owns it
    text = "Hal & Rosie's profits rose."
    document = _with_entities(nlp, text, [("Hal & Rosie", "ORG")])
    assert [a.name for a in document.actors] == ["Hal & Rosie"]


def test_a_name_before_shares_or_with_its_is_the_company(nlp: Language) -> None:
    """'Voss shares fell', 'Voss said its sales fell' after 'Tom Voss': the company."""
    text = (
        "Tom Voss, the chairman, spoke on Monday. On Tuesday, Voss shares fell sharply. "
        "Voss said its sales fell."
    )
    document = _with_entities(
        nlp, text, [("Tom Voss", "PERSON"), ("Voss", "PERSON"), ("Voss", "PERSON")]
    )
    assert [(a.name, len(a.mentions)) for a in document.actors] == [("Tom Voss", 1), ("Voss", 2)]
    assert _actor(document, "Voss").kind is ActorKind.ORGANIZATION
    # "his" leaves the man
    text = "Tom Voss, the chairman, spoke on Monday. Voss said his plan would work."
    document = _with_entities(nlp, text, [("Tom Voss", "PERSON"), ("Voss", "PERSON")])
    assert [(a.name, len(a.mentions)) for a in document.actors] == [("Tom Voss", 3)]


def test_a_hyphenated_first_name_cut_by_the_model_is_one_person(nlp: Language) -> None:
    """'[Anvar]-Bek [Tursunov]', or '[Anvar]-' typed a body after a title: one person."""
    text = "President Anvar-Bek Tursunov met Lind on Monday. According to Tursunov, it went well."
    for entities in (
        [("Anvar", "PERSON"), ("Tursunov", "PERSON"), ("Lind", "PERSON"), ("Tursunov", "PERSON")],
        [("Anvar", "ORG"), ("Lind", "PERSON"), ("Tursunov", "PERSON")],
    ):
        document = _with_entities(nlp, text, entities)
        person = _actor(document, "Anvar-Bek Tursunov")
        assert person.kind is ActorKind.PERSON
        assert [m.text for m in person.mentions] == ["Anvar-Bek Tursunov", "Tursunov"]
        assert sorted(a.name for a in document.actors) == ["Anvar-Bek Tursunov", "Lind"]


def test_a_known_outlet_the_model_takes_for_a_person_is_a_body(nlp: Language) -> None:
    """'Marsh told [Vogue]', tagged a person: a magazine, and 'she' is not the magazine."""
    text = "Ana Marsh told Vogue that she had turned down the part."
    document = _with_entities(nlp, text, [("Ana Marsh", "PERSON"), ("Vogue", "PERSON")])
    vogue = _actor(document, "Vogue")
    assert vogue.kind is ActorKind.ORGANIZATION
    assert [m.text for m in vogue.mentions] == ["Vogue"]
    assert [m.text for m in _actor(document, "Ana Marsh").mentions] == ["Ana Marsh", "she"]
    # the surname of a person named in full is that person's
    text = "Paul Variety spoke in Ohio. Variety said he would run."
    document = _with_entities(
        nlp, text, [("Paul Variety", "PERSON"), ("Ohio", "GPE"), ("Variety", "PERSON")]
    )
    assert [m.text for m in _actor(document, "Paul Variety").mentions][:2] == [
        "Paul Variety",
        "Variety",
    ]


def test_a_first_name_a_writer_sets_in_brackets_is_part_of_the_name(nlp: Language) -> None:
    """'[Tom] Keller said': one person, 'Tom Keller', whom 'Keller' names again."""
    text = "\u201cThe plan works,\u201d [Tom] Keller said. Keller spoke in Leeds."
    for entities in (
        [("Tom] Keller", "ORG"), ("Keller", "PERSON"), ("Leeds", "GPE")],
        [("Keller", "PERSON"), ("Keller", "PERSON"), ("Leeds", "GPE")],
    ):
        document = _with_entities(nlp, text, entities)
        keller = _actor(document, "Tom Keller")
        assert keller.kind is ActorKind.PERSON
        assert [m.text for m in keller.mentions] == ["[Tom] Keller", "Keller"]
    # a place in brackets is no first name
    text = "\u201cWe want [US] Congress to act,\u201d Keller said."
    document = _with_entities(nlp, text, [("US", "GPE"), ("Congress", "ORG"), ("Keller", "PERSON")])
    assert _actor(document, "Congress").kind is ActorKind.ORGANIZATION
    # nor a title, nor a footnote's number
    text = "\u201cAt the time [President] Keller was unpopular,\u201d Ames said."
    document = _with_entities(nlp, text, [("Keller", "PERSON"), ("Ames", "PERSON")])
    assert sorted(a.name for a in document.actors) == ["Ames", "Keller"]
