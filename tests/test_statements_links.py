"""Tests of whom a spokesperson speaks for and of the outlet that reports a statement."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from newsevents.errors import InputError
from newsevents.statements import CueLexicon
from statement_helpers import annotate, by_cue

if TYPE_CHECKING:
    from spacy.language import Language

    from newsevents import Statement


def only_reported(nlp: Language, text: str, cue: str, outlet: str) -> Statement:
    """Return the one statement of ``text``, checking that ``outlet`` reported it."""
    found, names = annotate(nlp, text)
    assert len(found) == 1, [s.cue.text for s in found]
    statement = by_cue(found, cue)
    assert statement.reported_by is not None
    assert names[statement.reported_by] == outlet
    return statement


@pytest.mark.parametrize(
    ("text", "principal"),
    [
        ("Kremlin spokesman Dmitry Peskov said Moscow would wait for an answer.", "Kremlin"),
        ("A spokesman for UNICEF, Marta Ruiz, said the camps lacked clean water.", "UNICEF"),
        ("Marta Ruiz, a spokeswoman for UNICEF, said the camps lacked clean water.", "UNICEF"),
        ("A White House spokeswoman said the visit would go ahead.", "White House"),
        ("Pentagon press secretary John Kirby said the ships would stay in port.", "Pentagon"),
        ("Netanyahu's office said the envoy would fly to Doha on Sunday.", "Netanyahu"),
        (
            "Ukrainian President Volodymyr Zelenskiy spoke by phone with French President "
            "Emmanuel Macron on Saturday and urged him to back the sanctions, his office said.",
            "Volodymyr Zelenskiy",
        ),
        # an unnamed spokesperson or official named again with "the" speaks for the same body
        (
            "According to a spokesperson for the European Commission, Brussels is ready to "
            "release emergency funds. The spokesperson, who declined to be named, said a "
            "decision was expected within weeks.",
            "European Commission",
        ),
        (
            "About 1,000 fighters a month were joining the group, a Pentagon official told VOA. "
            "The official also said the most popular route ran through Turkey.",
            "Pentagon",
        ),
        # a named spokesperson of no one named speaks for the body the sentence before is about
        (
            'Northern Rail raised its offer. "We are disappointed," a company spokeswoman, '
            "Helen Brooks, said.",
            "Northern Rail",
        ),
        (
            "Northern Rail raised its offer. Helen Brooks, a company spokeswoman, said talks "
            "would go on.",
            "Northern Rail",
        ),
        (
            "Medtrax Corp. recalled pumps. A spokeswoman for the company, Jennifer Pratt, said "
            "Delaney remained in his role.",
            "Medtrax Corp.",
        ),
        # "its" and "their" spokesperson: the body the sentence before is about
        (
            "Toyota cut its forecast on Monday. Its spokeswoman, Daniela Ferrer, said demand "
            "was weak.",
            "Toyota",
        ),
        (
            "The Green Party rejected the offer on Monday. Its spokesman said the deal was unfair.",
            "Green Party",
        ),
        # the body after the name a spokesperson title stands before
        (
            "Spokeswoman Mary Moriarty of the Foreign Ministry said the embassy would stay open.",
            "Foreign Ministry",
        ),
        (
            "A spokeswoman for the Hennepin County Attorney's Office said it would appeal.",
            "Hennepin County Attorney's Office",
        ),
        # a spokesperson for a person's office speaks for the person
        (
            "A spokesperson for the office of Mayor Denise Harker said the mayor respects the "
            "decision.",
            "Denise Harker",
        ),
        (
            "A spokesperson for Mayor Denise Harker's office said the mayor respects the decision.",
            "Denise Harker",
        ),
        # officials at or from a body speak for it, as officials of it do
        (
            "One senior official at the Ministry of Natural Resources said the dam was safe.",
            "Ministry of Natural Resources",
        ),
        (
            "An official from the Ministry of Natural Resources said the dam was safe.",
            "Ministry of Natural Resources",
        ),
        (
            "Helen Brooks, a spokeswoman at the Ministry of Natural Resources, said it was safe.",
            "Ministry of Natural Resources",
        ),
    ],
)
def test_spokesperson_speaks_on_behalf_of_the_principal(
    nlp: Language, text: str, principal: str
) -> None:
    """A spokesperson's or office's statement is made on behalf of whom they speak for."""
    found, names = annotate(nlp, text)
    statement = by_cue(found, "said")
    assert statement.on_behalf_of is not None
    assert names[statement.on_behalf_of] == principal
    assert statement.on_behalf_of != statement.speaker


@pytest.mark.parametrize(
    "text",
    [
        "Chinese foreign ministry spokesperson Mao Ning said the talks were useful.",
        "Karl Berg, the finance minister of Norway, said the budget was sound.",
        "Senator Jane Holt said the bill would pass.",
        # the spokeswoman of a body that is no actor speaks for no one before
        "Northern Rail raised its offer. Helen Brooks, a spokeswoman for the union, said "
        "it was too little.",
        # "their" of two people is no body's
        "Ms Ferrer and Mr Diaz disagreed. Their spokeswoman said the deal was unfair.",
    ],
)
def test_no_principal_without_a_spokesperson_and_an_actor(nlp: Language, text: str) -> None:
    """No one is spoken for without a spokesperson word whose principal is an actor."""
    found, _ = annotate(nlp, text)
    assert by_cue(found, "said").on_behalf_of is None


@pytest.mark.parametrize(
    ("text", "cue", "outlet"),
    [
        ("Khamenei hailed the strike, Iranian state TV reported.", "hailed", "Iranian state TV"),
        ("Xi called for restraint, Xinhua said.", "called for", "Xinhua"),
        ("The premier said the economy was growing, Reuters reported.", "said", "Reuters"),
    ],
)
def test_outlet_after_a_statement_reports_it(
    nlp: Language, text: str, cue: str, outlet: str
) -> None:
    """An outlet after a statement (", Xinhua said") is its reporter, not a speaker."""
    statement = only_reported(nlp, text, cue, outlet)
    assert statement.speaker != statement.reported_by
    assert all(outlet not in span.text for span in statement.content)


def test_outlet_clause_is_cut_from_the_content(nlp: Language) -> None:
    """The outlet's words hung inside a statement leave it, and no second statement stays."""
    found, _ = annotate(nlp, "The minister said the bridge would reopen, the agency reported.")
    assert len(found) == 1
    statement = by_cue(found, "said")
    assert [span.text for span in statement.content] == ["the bridge would reopen"]


@pytest.mark.parametrize(
    ("text", "cue", "outlet", "report"),
    [
        (
            "The minister rejected a Reuters report that the plant would close.",
            "rejected",
            "Reuters",
            "a Reuters report that the plant would close",
        ),
        (
            "Leavitt dismissed a report by The Wall Street Journal that Lutnick had urged a delay.",
            "dismissed",
            "Wall Street Journal",
            "a report by The Wall Street Journal that Lutnick had urged a delay",
        ),
    ],
)
def test_an_outlet_report_denied_is_no_reporter_of_the_denial(
    nlp: Language, text: str, cue: str, outlet: str, report: str
) -> None:
    """'rejected a Reuters report that ...': the report is what is rejected, whole."""
    found, names = annotate(nlp, text)
    denial = by_cue(found, cue)
    assert [span.text for span in denial.content] == [report]
    assert denial.reported_by is None
    own = by_cue(found, "report")
    assert own.speaker is not None
    assert names[own.speaker] == outlet


@pytest.mark.parametrize(
    ("phrase", "author"),
    [
        ("a report in The Wall Street Journal", "Wall Street Journal"),
        ("a report in The New York Times", "New York Times"),
        ("a report in Congress", None),
    ],
)
def test_a_report_in_an_outlet_is_the_outlets(
    nlp: Language, phrase: str, author: str | None
) -> None:
    """'a report in The Wall Street Journal that ...' is the paper's, as 'a report by' is."""
    found, names = annotate(nlp, f"Leavitt dismissed {phrase} that Lutnick had urged a delay.")
    (report,) = [s for s in found if s.cue.text == "report"]
    assert (names[report.speaker] if report.speaker else None) == author


def test_outlet_with_nothing_reported_keeps_its_statement(nlp: Language) -> None:
    """An outlet that reports a fact, not a statement, is the speaker of its own words."""
    found, names = annotate(nlp, "Hundreds of troops crossed the border, Xinhua said.")
    statement = by_cue(found, "said")
    assert statement.speaker is not None
    assert names[statement.speaker] == "Xinhua"
    assert statement.reported_by is None


def test_organisation_that_is_no_outlet_keeps_its_statement(nlp: Language) -> None:
    """A ministry after a statement is a second speaker, who passes the first one on."""
    found, names = annotate(
        nlp, "Mr. Hale said the deal was dead, the foreign ministry of Peru said on Friday."
    )
    assert len(found) == 2
    hale, ministry = sorted(found, key=lambda statement: statement.cue.start)
    assert ministry.reported_by is None
    assert hale.reported_by is not None
    assert names[hale.reported_by] == names[ministry.speaker or ""]


def test_lexicon_checks_spokespeople_and_outlets() -> None:
    """The spokesperson and outlet lists of a cue lexicon are read and checked."""
    lexicon = CueLexicon.from_data(
        {"spokespeople": ["Herald"], "outlets": {"words": ["Gazette"], "names": ["Tass"]}}
    )
    assert lexicon.spokespeople == frozenset({"herald"})
    assert lexicon.outlet_words == frozenset({"gazette"})
    assert lexicon.outlet_names == frozenset({"tass"})
    with pytest.raises(InputError, match=r"\$\.outlets\.names"):
        CueLexicon.from_data({"outlets": {"names": "Tass"}})


def test_institution_called_office_speaks_for_itself(nlp: Language) -> None:
    """A country's office (an institution) is no person's office: nobody is spoken for."""
    found, _ = annotate(nlp, "Britain's Foreign Office said the embassy would stay open.")
    assert by_cue(found, "said").on_behalf_of is None


def test_spokesperson_named_again_speaks_for_the_same_principal(nlp: Language) -> None:
    """A known spokesperson's later statements ("He added ...") keep their principal."""
    found, names = annotate(
        nlp,
        "Dmitry Peskov, the Kremlin spokesman, said Moscow would wait. "
        "He added that the talks could resume in May.",
    )
    added = by_cue(found, "added")
    assert added.on_behalf_of is not None
    assert names[added.on_behalf_of] == "Kremlin"


@pytest.mark.parametrize(
    ("text", "cue", "outlet"),
    [
        (
            "Putin said the sanctions had failed, the state news agency TASS reported.",
            "said",
            "TASS",
        ),
        (
            "Lavrov said the West was to blame, reported the official news agency RIA.",
            "said",
            "RIA",
        ),
        ("Kim vowed to expand the fleet, KCNA said on Thursday.", "vowed", "KCNA"),
    ],
)
def test_outlet_closing_the_sentence_reports_it(
    nlp: Language, text: str, cue: str, outlet: str
) -> None:
    """An outlet closing the sentence, before or after its verb, reports the statement."""
    statement = only_reported(nlp, text, cue, outlet)
    assert all(outlet not in span.text for span in statement.content)


def test_people_closing_the_sentence_are_no_outlet(nlp: Language) -> None:
    """People closing the sentence ("the engineers said") speak, and pass on what they tell."""
    found, names = annotate(nlp, "Officials said the dam was safe, the engineers said.")
    assert len(found) == 2
    officials, engineers = sorted(found, key=lambda statement: statement.cue.start)
    assert engineers.reported_by is None
    assert officials.reported_by is not None
    assert names[officials.reported_by] == "engineers"


def test_principal_named_once_holds_for_the_next_statement(nlp: Language) -> None:
    """After "Kremlin spokesman Dmitry Peskov said", his "He added" speaks for the Kremlin."""
    found, names = annotate(
        nlp,
        "Kremlin spokesman Dmitry Peskov said Moscow would wait. "
        "He added that the talks could resume in June.",
    )
    added = by_cue(found, "added")
    assert added.on_behalf_of is not None
    assert names[added.on_behalf_of] == "Kremlin"


def test_spokesperson_of_an_unknown_body_speaks_for_nobody(nlp: Language) -> None:
    """A spokesperson of a body that is no actor is not given a country instead."""
    found, _ = annotate(
        nlp, "Iranian foreign ministry spokesman Nasser Kanaani said Tehran would respond."
    )
    assert by_cue(found, "said").on_behalf_of is None


@pytest.mark.parametrize(
    "text",
    [
        "Germany's foreign ministry said the seizure was dangerous. \"China hopes the parties "
        'will remain calm," foreign ministry spokesman Lin Jian told a regular press briefing.',
        "Germany's foreign ministry said the seizure was dangerous. Beijing urged restraint. "
        '"We hope the parties will remain calm," foreign ministry spokesman Lin Jian told a '
        "regular press briefing.",
    ],
)
def test_a_ministry_of_another_country_is_no_principal(nlp: Language, text: str) -> None:
    """A bare "foreign ministry" is not the one of a country the text has left."""
    found, _ = annotate(nlp, text)
    assert by_cue(found, "told").on_behalf_of is None


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        (
            "Germany's foreign ministry said the seizure was dangerous. \"Germany hopes the "
            'parties will remain calm," foreign ministry spokesman Martin Giese told reporters.',
            "told",
        ),
        (
            "Germany's foreign ministry said it had summoned Iran's ambassador. \"We are in "
            'close contact with our partners," a ministry spokeswoman told reporters.',
            "told",
        ),
        (
            "Germany's foreign ministry said the seizure was dangerous. \"China hopes the "
            'parties will remain calm," German foreign ministry spokesman Martin Giese told '
            "reporters.",
            "told",
        ),
    ],
)
def test_a_ministry_of_the_same_country_stays_the_principal(
    nlp: Language, text: str, cue: str
) -> None:
    """The ministry named before is still the principal while the text stays on its country."""
    found, names = annotate(nlp, text)
    statement = by_cue(found, cue)
    assert statement.on_behalf_of is not None
    assert names[statement.on_behalf_of] == "Germany's foreign ministry"


@pytest.mark.parametrize(
    "text",
    [
        '"They promised homes and they delivered excuses," the leader said.',
        '"They denied everything," the lawyer said.',
    ],
)
def test_thing_promised_inside_a_quotation_is_no_statement(nlp: Language, text: str) -> None:
    """A cue inside a quotation whose object is a thing, not words, reports no statement."""
    found, _ = annotate(nlp, text)
    assert [s.cue.text for s in found] == ["said"]


def test_statement_at_a_news_conference_is_not_said_in_the_meeting_before(
    nlp: Language,
) -> None:
    """'X said at a joint news conference' after a meeting: not said in the meeting."""
    found, _ = annotate(
        nlp,
        "Rishi Sunak met Ursula von der Leyen in Windsor on Monday. Sunak stressed that the "
        'talks had been hard. "This is a decisive breakthrough," Sunak said at a joint news '
        "conference with von der Leyen.",
    )
    assert by_cue(found, "stressed").meeting == "m1"
    assert by_cue(found, "said").meeting is None


@pytest.mark.parametrize(
    ("text", "cue", "meeting"),
    [
        # a meeting in a relative clause is background, not where the speech was made
        (
            "Toronto Mayor Olivia Chow, who met with Ontario housing minister Paul Calandra "
            "last month, has called on the province to fund more affordable housing.",
            "called on",
            None,
        ),
        # so is one at another time in the cue's sentence ...
        (
            "Speaking before talks with Egyptian President Abdel Fattah el-Sissi in London, "
            "David Cameron noted that experts were not yet certain of the cause of the crash.",
            "noted",
            None,
        ),
        # ... but not one the speech is made during
        (
            "During talks with Xi Jinping in Beijing, Joe Biden said the two sides had made "
            "progress.",
            "said",
            "m1",
        ),
        # speech told in a relative clause is background to the meeting of the main clause
        (
            'Javier Milei, who once called Francis "the representative of evil on earth," '
            "later met him at the Vatican in February 2024.",
            "called",
            None,
        ),
        # a photo caption's meeting is no scene for the speech after it
        (
            "FILE - Afghan Foreign Minister Salahuddin Rabbani talks with Pakistan's Sartaj "
            "Aziz during their meeting in Islamabad.\n\nRabbani has also said that Kabul is "
            "frustrated because of the delay.",
            "said",
            None,
        ),
        # a meeting told in the past perfect happened before the story's time
        (
            'Ana Torres had met with residents more than a dozen times. "This deal delivers '
            'what they need," Torres said.',
            "said",
            None,
        ),
        # a report dated after the meeting keeps the meeting as the story's scene
        (
            "The two countries agreed to resume military contacts, the White House said after Joe "
            "Biden and Xi Jinping met for four hours near San Francisco. Xi told Biden that "
            '"planet Earth is big enough for the two countries to succeed."',
            "told",
            "m1",
        ),
    ],
)
def test_a_meeting_told_as_background_is_not_where_the_speech_was_made(
    nlp: Language, text: str, cue: str, meeting: str | None
) -> None:
    """Relative clauses, other times and captions do not set the speech in their meeting."""
    found, _ = annotate(nlp, text)
    assert by_cue(found, cue).meeting == meeting


@pytest.mark.parametrize(
    ("second", "cue"),
    [
        ("Sunak told a news conference that the deal was done.", "told"),
        ("Sunak said after the meeting that the deal was done.", "said"),
        ("Following the talks, Sunak said that the deal was done.", "said"),
        ("Sunak told reporters in London that the deal was done.", "told"),
        ("Speaking to journalists, Sunak said that the deal was done.", "said"),
        ("Sunak said on X that the deal was done.", "said"),
        ("Sunak wrote on Telegram that the deal was done.", "wrote"),
        # a time of its own that opens the sentence
        ("In 2015, Sunak said that the deal was done.", "said"),
        ("On Thursday, Sunak said that the deal was done.", "said"),
        # a time of its own on the cue: before the meeting, or after it
        ("Sunak had two years earlier called the deal a mistake.", "called"),
        ("Sunak afterwards said that the deal was done.", "said"),
    ],
)
def test_speech_at_a_news_conference_or_after_the_meeting_is_not_in_it(
    nlp: Language, second: str, cue: str
) -> None:
    """'told a news conference', 'told reporters', 'on X', 'after the meeting': not in it."""
    found, _ = annotate(nlp, "Rishi Sunak met Ursula von der Leyen in Windsor. " + second)
    assert by_cue(found, cue).meeting is None


@pytest.mark.parametrize(
    ("text", "meetings"),
    [
        # a meeting told in what was said is what the speech is about; "during" says where
        (
            "Wang Yi met Sergei Lavrov in Moscow on Monday, his ministry said. Kerry asked "
            "Wang, during a meeting in Beijing, to curb exports.",
            {"said": None, "asked": "m2"},
        ),
        # what one who met told the other stays in the meeting after "after the meeting"
        (
            "Joe Biden met Xi Jinping near San Francisco. Biden said after the meeting that "
            "progress had been made. Xi told Biden that the planet was big enough for both.",
            {"said": None, "told": "m1"},
        ),
        # a participant's word on a meeting told after the first is about it, not in either
        (
            "South Korean President Yoon Suk Yeol met leaders of the People Power Party on "
            "Monday. Yoon Suk Yeol and party chief Han Dong-hoon held a closed-door meeting "
            "at the presidential office, the party said.",
            {"said": None},
        ),
    ],
)
def test_meeting_of_a_statement_about_one_or_told_to_a_participant(
    nlp: Language, text: str, meetings: dict[str, str | None]
) -> None:
    """'Wang met Lavrov, his ministry said': not in it; 'Xi told Biden that': in it."""
    found, _ = annotate(nlp, text)
    assert {cue: by_cue(found, cue).meeting for cue in meetings} == meetings


def test_a_spokesman_named_with_a_plural_bodys_one_word_name_speaks_for_it(
    nlp: Language,
) -> None:
    """'The Houthis ... Houthi military spokesman Yahya Saree said': for the Houthis."""
    found, names = annotate(
        nlp,
        "The Houthis attacked a US warship. Houthi military spokesman Yahya Saree said the "
        "attack used drones.",
    )
    statement = by_cue(found, "said")
    assert statement.on_behalf_of is not None
    assert names[statement.on_behalf_of] == "Houthis"


def test_a_persons_campaign_speaks_for_the_person(nlp: Language) -> None:
    """'Hillary Clinton's campaign said' speaks for Clinton, as "Netanyahu's office" does."""
    found, names = annotate(
        nlp,
        "Hillary Clinton's campaign said the report was damning. "
        "The Labour campaign said it would win.",
    )
    first, second = found
    assert first.on_behalf_of is not None
    assert names[first.on_behalf_of] == "Hillary Clinton"
    assert second.on_behalf_of is None


def test_a_document_speaks_for_whom_its_author_speaks(nlp: Language) -> None:
    """'according to a statement from Sisi's office': on behalf of Sisi, as the office is."""
    found, names = annotate(
        nlp,
        "Egyptian President Abdel Fattah al-Sisi received Blinken in Cairo. The two discussed "
        "a ceasefire, according to a statement from Sisi's office.",
    )
    statement = by_cue(found, "according to")
    assert statement.on_behalf_of is not None
    assert names[statement.on_behalf_of] == "Abdel Fattah al-Sisi"


def test_officials_speak_for_the_organisation_or_country_named_with_them(
    nlp: Language,
) -> None:
    """'A Hamas official said', 'U.S. officials say': on behalf of Hamas, of the US."""
    found, names = annotate(
        nlp,
        "Hamas fighters attacked the post. A Hamas official, speaking on condition of "
        "anonymity, said the group was studying the text. The United States sent envoys. "
        "U.S. officials say the talks will resume. Trump and U.S. officials said the deal "
        "was close.",
    )
    principals = [names[s.on_behalf_of] if s.on_behalf_of is not None else None for s in found]
    assert principals == ["Hamas", "United States", None]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # the organisation named just before with the description's word in its name
        (
            "The Reserve Bank of Westland held rates. Marsh told reporters it was too early. "
            "The bank said inflation had eased.",
            "Reserve Bank of Westland",
        ),
        # a company's legal name the model tags as a person is a company
        (
            "Lumora Inc reported record revenue on Wednesday. The company said sales rose.",
            "Lumora Inc",
        ),
        # a nationality stands for the person written of, across a paragraph of quotes
        (
            "Jannik Sinner was gracious in defeat. The Italian said he had been hampered.",
            "Jannik Sinner",
        ),
        ("Carlos Alcaraz won the final. The Spaniard said he was tired.", "Carlos Alcaraz"),
        # ... and with a clause that tells more of them
        (
            "Villa manager Unai Emery said his players had been honest. The Spaniard, who "
            "managed Arsenal until 2019, said he still had respect for the club.",
            "Unai Emery",
        ),
        (
            'Carlos Alcaraz won.\n\n"It was tough," Alcaraz said. "I was cramping."\n\n'
            "The 21-year-old said he was calm.",
            "Carlos Alcaraz",
        ),
        # "she" over sentences that name no one; "Her brother Daniel" is a man
        (
            "Margaret Doyle kept the room. Police searched for months. The case went cold. "
            "Nobody knew why. She said he had wanted to come home.",
            "Margaret Doyle",
        ),
        (
            "Margaret Doyle opened the door. Her brother Daniel was there. She said he had "
            "wanted to come home.",
            "Margaret Doyle",
        ),
    ],
)
def test_described_speakers_of_news_habits(nlp: Language, text: str, speaker: str) -> None:
    """'The bank', 'the Italian', 'the 21-year-old' and 'she' are the person or body meant."""
    found, names = annotate(nlp, text)
    last = [s for s in found if s.cue.text == "said"][-1]
    assert last.speaker is not None
    assert names[last.speaker] == speaker


def test_an_unnamed_spokesperson_speaks_for_the_subject_before(nlp: Language) -> None:
    """'The UAW condemned it. A union spokesperson told Reuters': for the UAW; not officials."""
    found, names = annotate(
        nlp,
        "The United Auto Workers union condemned the decision. A union spokesperson told "
        "Reuters that talks were scheduled for next week. The Afghan Taliban released a "
        "photo. Four soldiers are suspected of helping the attackers, according to officials.",
    )
    assert [names.get(s.on_behalf_of or "") for s in found] == [None, "United Auto Workers", None]


def test_quoted_by_an_outlet_as_saying(nlp: Language) -> None:
    """'Putin was quoted by Interfax as saying ...': Putin speaks, Interfax reports it."""
    found, names = annotate(
        nlp, "Putin was quoted by the Interfax news agency as saying that Russia would respond."
    )
    saying = by_cue(found, "saying")
    assert saying.reported_by is not None
    assert names[saying.reported_by] == "Interfax"


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        # a visit still to come, told in what was said
        (
            "Hamas leader Ismail Haniyeh is expected to visit Cairo later this week for talks "
            "with Egyptian mediators, two sources familiar with the matter said.",
            "said",
        ),
        # nothing is said in a meeting still to come, in its sentence or not
        (
            "Republican candidate Donald Trump, who has criticised U.S. aid to Ukraine, said on "
            "Wednesday he would meet Volodymyr Zelensky on Friday at Trump Tower in New York.",
            "criticised",
        ),
        (
            "Republican candidate Donald Trump, who has criticised U.S. aid to Ukraine, said on "
            "Wednesday he would meet Volodymyr Zelensky on Friday at Trump Tower in New York.",
            "said",
        ),
        # a clause joined with "later" comes after the call
        (
            "President Joe Biden spoke with Donald Trump by phone on Saturday night and later "
            'addressed the nation from the Oval Office, urging Americans to "cool it down."',
            "urging",
        ),
        # "in talks with" is negotiating, not a setting
        (
            "Tesla is in talks with Chinese regulators about its software, according to a person "
            "familiar with the matter.",
            "according to",
        ),
    ],
)
def test_statement_not_made_in_the_meeting_it_tells_of(nlp: Language, text: str, cue: str) -> None:
    """A meeting still to come, one the speech came after, or "in talks": not where it was said."""
    found, _ = annotate(nlp, text)
    assert by_cue(found, cue).meeting is None


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "A former colleague of the defendant, Priya Nair, said she had raised concerns.",
            "Priya Nair",
        ),
        # a surname the tagger took for a common noun at the start of a sentence
        (
            'Maria Delacroix defeated Frank Ruddock. "We chose change," Delacroix told a crowd. '
            "The 46-year-old promised to build homes. Ruddock conceded. He said he had called "
            "Delacroix.",
            "Frank Ruddock",
        ),
    ],
)
def test_speaker_named_where_the_parse_hides_the_name(
    nlp: Language, text: str, speaker: str
) -> None:
    """A name closing the subject's phrase, and a surname tagged as a noun, are the speaker."""
    found, names = annotate(nlp, text)
    said = by_cue(found, "said")
    assert said.speaker is not None
    assert names[said.speaker] == speaker


def test_told_reporters_makes_the_reporters_the_addressee(nlp: Language) -> None:
    """'Khan told reporters that ...': the reporters are whom it was said to."""
    (statement,), names = annotate(nlp, "Khan told reporters that the talks had failed.")
    assert statement.addressee is not None
    assert names[statement.addressee] == "reporters"


def test_according_to_a_body_after_the_words_is_their_source(nlp: Language) -> None:
    """'told reporters that ..., according to the IOM': no reporter; a newspaper is one."""
    (statement,), names = annotate(
        nlp,
        "He told reporters that more than 1.3 million Haitians remained displaced, according "
        "to the International Organization for Migration.",
    )
    assert statement.reported_by is None
    (statement,), names = annotate(
        nlp,
        "The governor denies the claims, according to the Latin American Herald Tribune.",
    )
    assert statement.reported_by is not None
    assert names[statement.reported_by] == "Latin American Herald Tribune"


def test_told_a_newspaper_by_name_makes_no_person(nlp: Language) -> None:
    """'Cllr Ahmed told The Star': "Star" is no person but the paper he told."""
    doc = nlp('"It was useful," Cllr Ahmed told The Star.')
    kinds = {actor["name"]: actor["kind"] for actor in doc._.newsevents_actors}
    assert kinds.get("Star") == "organization"
    found, names = annotate(nlp, '"It was useful," Cllr Ahmed told The Star.')
    assert [names.get(s.speaker or "") for s in found] == ["Cllr Ahmed"]
    assert [names.get(s.addressee or "") for s in found] == ["Star"]


def test_compound_noun_is_no_cue(nlp: Language) -> None:
    """'Not all member states back retaliation': 'states' is a noun, no statement."""
    found, _ = annotate(nlp, "Not all member states back retaliation.")
    assert found == []
    found, _ = annotate(nlp, "The report states that prices rose.")
    assert [s.cue.text for s in found] == ["states"]


def test_quotation_after_a_cue_keeps_its_addressee(nlp: Language) -> None:
    """'"...," the governor told reporters. "..."': both parts are told to reporters."""
    found, names = annotate(
        nlp,
        'Governor Eleanor Whitcombe spoke on Tuesday. "We are making progress," the governor '
        'told reporters. "But we are not there yet."',
    )
    assert len(found) == 2
    assert [names.get(s.addressee or "") for s in found] == ["reporters", "reporters"]


def test_question_asked_by_someone_named(nlp: Language) -> None:
    """'Asked by Mr Adebayo whether ..., Whitfield said': Adebayo asks Whitfield."""
    found, names = annotate(
        nlp,
        "Asked by Mr Adebayo whether the can had been tested, Sergeant Claire Whitfield said "
        "the results had been inconclusive.",
    )
    asked = by_cue(found, "Asked")
    assert names[asked.speaker or ""] == "Adebayo"
    assert names[asked.addressee or ""] == "Claire Whitfield"
    assert [c.text for c in asked.content] == ["whether the can had been tested"]
    found, _ = annotate(nlp, "He was asked by police to leave the area.")
    assert found == []


def test_told_a_gathering_that(nlp: Language) -> None:
    """'told the closing session that ...', parsed as a relative clause: what was said."""
    found, names = annotate(
        nlp, "Ruto told the closing session that Africa had waited long enough."
    )
    told = by_cue(found, "told")
    assert names[told.speaker or ""] == "Ruto"
    assert [c.text for c in told.content] == ["that Africa had waited long enough"]
    found, _ = annotate(nlp, "Ruto told the story that he wrote.")
    assert found == []


def test_according_to_with_the_subject_read_as_its_apposition(nlp: Language) -> None:
    """'According to Mr Bellingham, the risk ... had not disappeared': the risk is said."""
    found, names = annotate(
        nlp,
        "Markets were calm.\n\nAccording to Mr Bellingham, the risk of a further hike had not "
        "disappeared.",
    )
    according = by_cue(found, "According to")
    assert names[according.speaker or ""] == "Bellingham"
    assert according.speaker_mention is not None
    assert according.speaker_mention.text == "Mr Bellingham"
    assert [c.text for c in according.content] == ["the risk of a further hike had not disappeared"]
    found, _ = annotate(nlp, "According to Ms Lee, an economist at the bank, prices will rise.")
    according = by_cue(found, "According to")
    assert [c.text for c in according.content] == ["prices will rise"]


@pytest.mark.parametrize(
    ("text", "addressee"),
    [
        ("Avery told the justices that the law was clear.", "justices"),
        ("He urged residents of low-lying areas to leave.", "residents"),
        ("Fink told jurors that the singer lied.", "jurors"),
        ("Adeyemi called on students to stay calm.", "students"),
        ("Judge Okafor warned protesters to stay away.", "protesters"),
        ("Geng Wei asked the sponsors to remove two paragraphs.", "sponsors"),
        ('"We won," Ortega told a cheering crowd.', "cheering crowd"),
    ],
)
def test_addressee_of_a_request_is_a_group(nlp: Language, text: str, addressee: str) -> None:
    """'urged residents to leave', 'told jurors that ...': the group is the addressee."""
    found, names = annotate(nlp, text)
    [statement] = found
    assert names.get(statement.addressee or "") == addressee


@pytest.mark.parametrize(
    ("text", "cue", "content", "addressee"),
    [
        (
            "Amnesty International renewed its call on Egypt to release the activists.",
            "renewed",
            "its call on Egypt to release the activists",
            "Egypt",
        ),
        (
            "The union issued a call on members to strike.",
            "issued a call",
            "members to strike",
            "members",
        ),
    ],
)
def test_request_noun_keeps_whom_it_asks(
    nlp: Language, text: str, cue: str, content: str, addressee: str
) -> None:
    """'issued a call on members to strike': asked of the members, as 'called on' is."""
    found, names = annotate(nlp, text)
    [statement] = found
    assert statement.cue.text == cue
    assert [c.text for c in statement.content] == [content]
    assert names.get(statement.addressee or "") == addressee


def test_a_demand_renewed_is_one_statement(nlp: Language) -> None:
    """'renewed its demand that ...' is the verb's statement; the noun adds no second one."""
    found, names = annotate(
        nlp, "Amnesty International renewed its demand that Egypt release the activists."
    )
    [statement] = found
    assert names.get(statement.speaker or "") == "Amnesty International"
    # someone else's words dismissed are still theirs
    found, _ = annotate(nlp, "He dismissed opposition allegations that the vote was rigged.")
    assert sorted(s.cue.text for s in found) == ["allegations", "dismissed"]


def test_spokesperson_of_a_body_named_by_what_it_does(nlp: Language) -> None:
    """'A ministry spokesperson' after 'The health ministry said': the health ministry's."""
    found, names = annotate(
        nlp,
        "The health ministry said cases had doubled. Communities need clean water, Phiri said. "
        "A ministry spokesperson said street food had been banned.",
    )
    assert names.get(found[0].speaker or "") == "health ministry"
    assert names.get(found[-1].on_behalf_of or "") == "health ministry"


def test_spokesperson_of_the_body_the_word_heads(nlp: Language) -> None:
    """'A university spokeswoman' speaks for the university, not the University ... Union."""
    found, names = annotate(
        nlp,
        "Lecturers at the University of Northbridge are on strike, the University and College "
        "Union said. A university spokeswoman said contingency plans were in place.",
    )
    spokeswoman = found[-1]
    assert names.get(spokeswoman.on_behalf_of or "") == "University of Northbridge"


@pytest.mark.parametrize(
    ("text", "cue", "addressee"),
    [
        (  # the name in apposition
            "ATP chairman Dominic Reyes told the broadcaster Sky Italia that the event would stay.",
            "told",
            "Sky Italia",
        ),
        (  # a participle of speaking to
            'Speaking to reporters in Sacramento, Newsom called the fire "a reminder".',
            "called",
            "reporters",
        ),
        (  # "on" left without an object by the parser
            "Chancellor Friedrich Merz spoke on Monday. In a brief statement, he said Germany "
            'could not "spend money it does not have" and called on all coalition partners to '
            "show responsibility.",
            "called on",
            "coalition partners",
        ),
    ],
)
def test_addressee_the_parse_hides(nlp: Language, text: str, cue: str, addressee: str) -> None:
    """Whom it was said to, named in apposition, after "speaking to" or as "on"'s object."""
    found, names = annotate(nlp, text)
    assert names.get(by_cue(found, cue).addressee or "") == addressee


@pytest.mark.parametrize(
    ("text", "cue", "outlet"),
    [
        (
            "The Times of Israel reported that Netanyahu had instructed the team to show "
            "flexibility.",
            "instructed",
            "Times of Israel",
        ),
        (  # a name after "the" that the model leaves untagged is no person
            "The Inquirer reported that some local officials had complained about delays.",
            "complained",
            "Inquirer",
        ),
    ],
)
def test_statement_an_outlet_reports(nlp: Language, text: str, cue: str, outlet: str) -> None:
    """'The Times of Israel reported that Netanyahu had instructed ...': reported by it."""
    found, names = annotate(nlp, text)
    assert names.get(by_cue(found, cue).reported_by or "") == outlet


def test_official_of_a_nationality_speaks_for_its_country(nlp: Language) -> None:
    """'An Israeli official said' speaks for Israel when the story names Israel."""
    found, names = annotate(
        nlp,
        "Israel and Hamas resumed talks. An Israeli official, speaking on condition of "
        "anonymity, said the talks were useful.",
    )
    official = by_cue(found, "said")
    assert names.get(official.on_behalf_of or "") == "Israel"
    found, _ = annotate(nlp, "An Israeli official said the talks were useful.")
    assert by_cue(found, "said").on_behalf_of is None  # no actor for Israel


def test_statement_inside_a_quotation_is_reported_by_who_is_quoted(nlp: Language) -> None:
    """'"The Prime Minister promised ...," Kemi Badenoch told MPs': reported by Badenoch."""
    found, names = annotate(
        nlp,
        '"The Prime Minister promised pensioners that nobody would be worse off," Kemi '
        "Badenoch told MPs.",
    )
    promised = by_cue(found, "promised")
    assert promised.reported_by is not None
    assert names[promised.reported_by] == "Kemi Badenoch"
    assert by_cue(found, "told").reported_by is None


def test_speech_on_the_day_of_the_meeting_stays_in_it(nlp: Language) -> None:
    """'met ... on Tuesday. ... On Tuesday, Xi said': the day of the meeting, so in it."""
    found, _ = annotate(
        nlp,
        "Xi Jinping met Joe Biden in Woodside on Tuesday. The talks lasted four hours. On "
        "Tuesday, Xi said the two countries must cooperate.",
    )
    assert by_cue(found, "said").meeting == "m1"


@pytest.mark.parametrize("opening", ["On the same day,", "That day,"])
def test_a_fronted_time_that_refers_back_keeps_the_meeting(nlp: Language, opening: str) -> None:
    """'On the same day, Putin said': the day of the talks told, so in them."""
    found, _ = annotate(
        nlp,
        f"Putin held talks with Xi in Beijing on Thursday. {opening} Putin said relations "
        "were at their best ever.",
    )
    assert by_cue(found, "said").meeting == "m1"


@pytest.mark.parametrize(
    ("text", "meeting"),
    [
        # a call on someone is a meeting with them: what they say next is said in it
        (
            "Jaishankar called on President Nikos Christodoulides at the Presidential Palace "
            "in Nicosia. Christodoulides expressed his appreciation for India's support.",
            "m1",
        ),
        # a visit to a country goes on for days: speech after it is no part of it
        (
            "Jaishankar visited Cyprus on Monday. President Nikos Christodoulides expressed "
            "his appreciation for India's support.",
            None,
        ),
    ],
)
def test_speech_after_a_call_on_someone_is_made_in_it(
    nlp: Language, text: str, meeting: str | None
) -> None:
    """'called on President X. X expressed his appreciation': said at the call."""
    found, _ = annotate(nlp, text)
    assert by_cue(found, "expressed his appreciation").meeting == meeting


def test_speech_at_a_reception_told_as_part_of_a_visit_is_made_at_it(nlp: Language) -> None:
    """'received X ..., as part of the latter's official visit. Chinh suggested': at it."""
    found, _ = annotate(
        nlp,
        "Prime Minister Pham Minh Chinh received Lao Foreign Minister Thongsavanh Phomvihane "
        "in Hanoi on October 14, as part of the latter's official visit to Vietnam. Chinh "
        "suggested the two sides boost trade.",
    )
    assert by_cue(found, "suggested").meeting == "m1"


@pytest.mark.parametrize(
    ("text", "meeting"),
    [
        # a member of the body that met speaks at its meeting, also to its public
        (
            'The Allentown School Board met on Thursday night. "We heard you tonight," Board '
            "President Audrey Mathison told the crowd.",
            "m1",
        ),
        # not to reporters, nor one who is no member, to the crowd
        (
            'The Allentown School Board met on Thursday night. "We heard you tonight," Board '
            "President Audrey Mathison told reporters.",
            None,
        ),
        (
            "The Allentown School Board met on Thursday night. Jane Doe, a teacher at Dieruff "
            "High School, told the crowd the board had failed.",
            None,
        ),
        # an official of one side of talks may speak from elsewhere
        (
            "Israel and Hamas held talks in Doha on Sunday. Hamas spokesman Hazem Qassem told "
            "the crowd the talks were serious.",
            None,
        ),
    ],
)
def test_a_member_of_a_body_speaks_at_its_meeting(
    nlp: Language, text: str, meeting: str | None
) -> None:
    """'The Allentown School Board met ... Board President Audrey Mathison told the crowd'."""
    found, _ = annotate(nlp, text)
    assert by_cue(found, "told").meeting == meeting


def test_sources_briefed_on_talks_do_not_take_part_in_them(nlp: Language) -> None:
    """'two officials briefed on the negotiations said': told of the talks, not at them."""
    doc = nlp(
        "Indirect talks between Israel and Hamas ended in Doha on Sunday without a "
        "breakthrough, two officials briefed on the negotiations said. Mediators shuttled "
        "between the two delegations, the officials said."
    )
    names = {actor["id"]: actor["name"] for actor in doc._.newsevents_actors}
    (talks,) = doc._.newsevents_meetings
    assert {names[p] for p in talks["participants"]} == {"Israel", "Hamas"}
    statements = doc._.newsevents_statements
    assert [s.get("meeting") for s in statements] == [None, None]


@pytest.mark.parametrize(
    "text",
    [
        "Senator Chris Murphy said Secretary of State Antony Blinken had told him in a phone call "
        "that the deal was weak.",
        "Speaking to the newspaper Bild, Matthias Miersch accused the conservatives of breaking a "
        "promise made during coalition negotiations.",
    ],
)
def test_a_setting_of_a_verb_inside_the_content_is_not_where_it_was_said(
    nlp: Language, text: str
) -> None:
    """In "said Blinken had told him in a phone call that", the call is Blinken's, not Murphy's."""
    found, _ = annotate(nlp, text)
    assert by_cue(found, "said" if "said" in text else "accused").meeting is None
    if "told" in text:
        assert by_cue(found, "told").meeting is not None  # Blinken spoke in the call
    # the setting of the cue itself is where it was said
    own, _ = annotate(
        nlp, "Antony Blinken told Chris Murphy in a phone call on Monday that the deal was weak."
    )
    assert by_cue(own, "told").meeting is not None


def test_speech_to_reporters_on_the_sidelines_of_an_event_is_in_no_meeting(
    nlp: Language,
) -> None:
    """In "told reporters here on the sidelines of the event", the press is no partner."""
    doc = nlp(
        '"The revised policy will give a further push to our start-ups," Jyotiraditya Scindia '
        "told reporters here on the sidelines of the event."
    )
    assert doc._.newsevents_meetings == []
    found, _ = annotate(
        nlp,
        '"The revised policy will give a further push to our start-ups," Jyotiraditya Scindia '
        "told reporters here on the sidelines of the event.",
    )
    assert by_cue(found, "told").meeting is None
    # one told on the sidelines who is no journalist met the speaker there
    told = nlp("Modi told Biden on the sidelines of the G20 summit that India wanted peace.")
    meetings = told._.newsevents_meetings
    assert [m["trigger"]["text"] for m in meetings] == ["sidelines", "summit"]
    # "that India wanted peace" is what was told, not a wish for the summit
    assert meetings[1]["status"] == "occurred"


def test_speech_told_to_the_meeting_is_made_in_it(nlp: Language) -> None:
    """Speech that "told the meeting" is in it, even after a sentence "after the meeting"."""
    text = (
        "BP shareholders voted against chair Helge Lund at BP's annual general meeting on "
        "Thursday. Some 24% of votes were cast against Lund, according to results published by "
        'BP after the meeting. "We have heard the message," Lund told the meeting, which lasted '
        "two hours."
    )
    found, _ = annotate(nlp, text)
    assert by_cue(found, "told").meeting is not None
    # told to an audience, the press or the public, is not
    audience = text.replace("Lund told the meeting", "Lund told an audience in London")
    found, _ = annotate(nlp, audience)
    assert by_cue(found, "told").meeting is None


def test_members_of_a_committee_speak_at_its_hearing(nlp: Language) -> None:
    """Senators of the committee a witness testified before ask in the hearing."""
    opening = (
        "Testifying before the Senate Commerce Committee, FAA Administrator Michael Whitaker "
        "said the agency had hired 1,800 controllers. "
    )
    found, _ = annotate(
        nlp,
        opening + "Sen. Ted Cruz, the committee chairman, asked whether the agency had a plan.",
    )
    hearing = by_cue(found, "said").meeting
    assert hearing is not None
    assert by_cue(found, "asked").meeting == hearing
    # one who is no member, with nothing that sets the speech in the hearing, is not in it
    found, _ = annotate(
        nlp, opening + "Industry analyst Jane Doe asked whether the agency had a plan."
    )
    assert by_cue(found, "asked").meeting is None
    # "Later in the hearing" says where it was asked
    found, _ = annotate(
        nlp,
        opening + "Later in the hearing, Sen. Jerry Moran asked Whitaker whether the agency "
        "would raise the retirement age.",
    )
    assert by_cue(found, "asked").meeting == hearing


def test_speech_at_a_time_of_its_own_is_not_in_the_meeting_before(nlp: Language) -> None:
    """In "appeared before it on Wednesday. X said last month", X is not in the hearing."""
    opening = "Yellen appeared before the House Financial Services Committee on Wednesday. "
    found, _ = annotate(
        nlp,
        opening + "Rep. Patrick McHenry, the committee chairman, said last month that rates were "
        "too high.",
    )
    assert by_cue(found, "said").meeting is None
    found, _ = annotate(nlp, opening + "Yellen said last month that rates were too high.")
    assert by_cue(found, "said").meeting is None
    # the meeting's own day keeps it
    found, _ = annotate(nlp, opening + "Yellen said on Wednesday that rates were too high.")
    assert by_cue(found, "said").meeting is not None


def test_legislators_speak_at_a_hearing_of_their_chambers_committee(nlp: Language) -> None:
    """'Sen. Maria Cantwell, D-Wash., asked' at a Senate committee's hearing is asked in it."""
    opening = (
        "Testifying before the Senate Commerce Committee, FAA Administrator Michael Whitaker "
        "said the agency had hired 1,800 controllers. "
    )
    found, _ = annotate(
        nlp, opening + "Sen. Maria Cantwell, D-Wash., asked whether the agency had a plan."
    )
    assert by_cue(found, "asked").meeting == by_cue(found, "said").meeting is not None
    # a member of the other chamber is not at it
    found, _ = annotate(
        nlp, opening + "Rep. Maxine Waters, D-Calif., asked whether the agency had a plan."
    )
    assert by_cue(found, "asked").meeting is None


@pytest.mark.parametrize(
    "text",
    [
        "China's foreign ministry rejected the statement. Spokesperson Mao Ning told a regular "
        "briefing that Japan was stirring trouble.",
        "China's foreign ministry rejected the statement. Spokesperson Mao Ning said Japan was "
        "stirring trouble.",
        # control: no country in what she said
        "China's foreign ministry rejected the statement. Spokesperson Mao Ning told a regular "
        "briefing that the two countries were stirring trouble.",
    ],
)
def test_a_country_the_spokesperson_speaks_of_leaves_the_ministry_the_principal(
    nlp: Language, text: str
) -> None:
    """The subject of what a spokesperson reports is no country the text moved on to."""
    found, names = annotate(nlp, text)
    statement = found[-1]
    assert statement.on_behalf_of is not None
    assert names[statement.on_behalf_of] == "China's foreign ministry"


@pytest.mark.parametrize(
    ("text", "principal"),
    [
        (
            "Lawyer Vaughan Lowe, representing South Africa, said Israel had ignored the "
            "court's orders.",
            "South Africa",
        ),
        (
            'Maren Holt has postponed her tour. "She is recovering well," a representative for '
            "Holt told People.",
            "Holt",
        ),
        ("A representative of the United Nations said the bill was flawed.", "United Nations"),
        # controls: a title, and someone who speaks for nobody named
        ("Representative Ilhan Omar said the bill was flawed.", None),
        ("Lawyer Vaughan Lowe said Israel had ignored the court's orders.", None),
    ],
)
def test_a_representative_speaks_for_whom_they_represent(
    nlp: Language, text: str, principal: str | None
) -> None:
    """'representing South Africa', 'a representative for Holt' give on_behalf_of."""
    found, names = annotate(nlp, text)
    statement = found[-1]
    name = names.get(statement.on_behalf_of or "")
    # the singer's actor is named "Holt" or "Maren Holt", as the actors component reads it
    assert (name.split()[-1] if name and principal == "Holt" else name) == principal


@pytest.mark.parametrize(
    ("setting", "meeting"),
    [
        ("at the signing ceremony", None),
        ("at the funeral", None),
        ("at his inauguration", None),
        ("at the commemoration", None),
        # control: no setting of its own, so said in the lunch told before
        ("", "m1"),
    ],
)
def test_a_ceremony_ends_the_meeting_told_before(
    nlp: Language, setting: str, meeting: str | None
) -> None:
    """'X said at the ceremony' after a lunch with Y is not said in the lunch, nor what follows."""
    text = (
        "Kagame and Tshisekedi had a working lunch with Trump in the Cabinet Room on Thursday. "
        f'"Today we are succeeding," Trump said{" " if setting else ""}{setting}. '
        'Kagame said there would be "ups and downs" ahead.'
    )
    found, _ = annotate(nlp, text)
    trump, kagame = sorted(found, key=lambda s: s.cue.start)
    if meeting is None:
        assert (trump.meeting, kagame.meeting) == (None, None)
    else:
        assert trump.meeting == meeting


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        (
            "According to records reviewed by the Riverton Gazette, the mayor ordered "
            "the files destroyed.",
            "According to",
        ),
        (
            "The mayor ordered the files destroyed, according to emails obtained by the "
            "Riverton Gazette.",
            "according to",
        ),
        (
            "Documents seen by the Riverton Gazette show the council paid twice for the bridge.",
            "show",
        ),
    ],
)
def test_an_outlet_that_saw_a_document_reported_it(nlp: Language, text: str, cue: str) -> None:
    """'According to records reviewed by <paper>': no author, the paper reported it."""
    statement = only_reported(nlp, text, cue, "Riverton Gazette")
    assert (statement.speaker, statement.speaker_mention) == (None, None)
    # control: investigators who read the records pass nothing on
    found, _ = annotate(nlp, "Emails obtained by investigators show the mayor knew.")
    assert [s.reported_by for s in found] == [None]


@pytest.mark.parametrize(
    ("text", "speaker", "mention"),
    [
        (
            "Citing a source in the Interior Ministry, Reuters said the border would "
            "reopen on Monday.",
            None,
            "a source in the Interior Ministry",
        ),
        (
            "Reuters, citing two people familiar with the matter, said the border would "
            "reopen on Monday.",
            None,
            "two people familiar with the matter",
        ),
        (
            "Citing Interior Minister Dana Okoro, Reuters said the border would reopen on Monday.",
            "Dana Okoro",
            "Interior Minister Dana Okoro",
        ),
    ],
)
def test_an_outlet_citing_a_source_reports_the_source(
    nlp: Language, text: str, speaker: str | None, mention: str
) -> None:
    """'Citing a source in the ministry, Reuters said ...': the source's, reported by Reuters."""
    found, names = annotate(nlp, text)
    statement = only_reported(nlp, text, "said", "Reuters")
    assert names.get(statement.speaker or "") == speaker
    assert statement.speaker_mention is not None
    assert statement.speaker_mention.text == mention
    assert len(found) == 1
    # control: a speaker other than the press keeps what it says citing a reason
    found, names = annotate(
        nlp, "Citing security concerns, the Interior Ministry said the border would stay shut."
    )
    assert [names.get(s.speaker or "") for s in found] == ["Interior Ministry"]
    # control: an outlet citing a document says what it read there itself
    found, names = annotate(
        nlp, "Revenue fell by a third last year, Reuters said, citing a city finance report."
    )
    assert [(names.get(s.speaker or ""), s.reported_by) for s in found] == [("Reuters", None)]


def test_a_meeting_reported_in_the_past_perfect_is_not_where_the_next_cue_was_said(
    nlp: Language,
) -> None:
    """'He said he had called Moreno ... and urged his supporters' urged outside the call."""
    found, _ = annotate(
        nlp,
        "Calloway conceded defeat in a speech to supporters. He said he had called Moreno to "
        'congratulate her and urged his supporters to give her "a fair chance".',
    )
    assert by_cue(found, "urged").meeting is None
    assert by_cue(found, "said").meeting is None
    text = "Calloway said he had called Moreno and urged calm."
    assert [m["kind"] for m in nlp(text)._.newsevents_meetings] == ["call"]
    # control: a meeting in the sentence's own clause is where what was told in it was said
    found, _ = annotate(
        nlp,
        "Joe Biden had met Xi Jinping in Bali and told him that the United States would not "
        "seek conflict.",
    )
    assert by_cue(found, "told").meeting == "m1"


def test_a_bare_ministry_spokesperson_speaks_for_the_country_the_text_is_about(
    nlp: Language,
) -> None:
    """'China on Thursday summoned ... Foreign ministry spokesperson Lin Jian told' is China's.

    The country is the subject of the sentence before even where that mention of it went
    unrecognised as a name.
    """
    found, names = annotate(
        nlp,
        "China protests Japanese remarks on disputed islands, summons envoy\n\n"
        "BEIJING - China on Thursday summoned the Japanese ambassador to protest what it "
        'called "reckless" remarks by Tokyo\'s defence minister.\n\n'
        "Foreign ministry spokesperson Lin Jian told a regular briefing that Japan had "
        "crossed a red line.",
    )
    told = by_cue(found, "told")
    assert told.on_behalf_of is not None
    assert names[told.on_behalf_of] == "China"


@pytest.mark.parametrize(
    ("text", "source", "content"),
    [
        (
            "According to the Institute for the Study of War, a Washington-based think "
            "tank, Russian forces have made small gains in Donetsk.",
            "the Institute for the Study of War, a Washington-based think tank",
            ["Russian forces have made small gains in Donetsk"],
        ),
        (
            "Russian forces have made small gains, according to the Institute for the "
            "Study of War, a Washington-based think tank.",
            "the Institute for the Study of War, a Washington-based think tank",
            ["Russian forces have made small gains"],
        ),
        # control: after a source that is no name, "a man" is the clause's subject
        (
            "According to the ministry, a soldier, who was 24, was killed.",
            "the ministry",
            ["a soldier, who was 24, was killed"],
        ),
    ],
)
def test_a_description_set_off_after_a_named_source_is_the_sources(
    nlp: Language, text: str, source: str, content: list[str]
) -> None:
    """'According to the ISW, a Washington-based think tank, Russian forces ...'."""
    found, _ = annotate(nlp, text)
    statement = by_cue(found, "According to" if text.startswith("According") else "according to")
    assert statement.speaker_mention is not None
    assert statement.speaker_mention.text == source
    assert [span.text for span in statement.content] == content


@pytest.mark.parametrize(
    ("text", "mention", "principal"),
    [
        (
            "A spokesperson for the theatre, The Globe, said the show would go on.",
            "A spokesperson for the theatre, The Globe",
            "Globe",
        ),
        (
            "A lawyer for the airline, Ryanair, said the claim was false.",
            "A lawyer for the airline, Ryanair",
            "Ryanair",
        ),
    ],
)
def test_a_body_named_after_its_noun_is_spoken_for_not_the_speaker(
    nlp: Language, text: str, mention: str, principal: str
) -> None:
    """'A spokesperson for the theatre, The Globe, said': the theatre is spoken for."""
    found, names = annotate(nlp, text)
    statement = by_cue(found, "said")
    assert statement.speaker is None
    assert statement.speaker_mention is not None
    assert statement.speaker_mention.text == mention
    assert statement.on_behalf_of is not None
    assert names[statement.on_behalf_of] == principal


def test_lawyers_for_a_party_speak_on_its_behalf(nlp: Language) -> None:
    """'Lawyers for Veltron argued ...' speak for Veltron; a group of its own is not."""
    found, names = annotate(
        nlp, "Lawyers for the Ravenscroft Trust argued that the permit had been granted lawfully."
    )
    statement = by_cue(found, "argued")
    assert statement.on_behalf_of is not None
    assert names[statement.on_behalf_of] == "Ravenscroft Trust"
    # control: the title "Representative" speaks for no one
    found, _ = annotate(nlp, "Representative Ilhan Omar said the bill would fail.")
    assert by_cue(found, "said").on_behalf_of is None


def test_a_named_lawyer_for_a_party_speaks_on_its_behalf(nlp: Language) -> None:
    """'Nadia Osei, a lawyer for Veltron, said': the noun set off after the name represents."""
    found, names = annotate(
        nlp, "Tomas Reyna, a lawyer for the Ravenscroft Trust, said the permit was lawful."
    )
    statement = by_cue(found, "said")
    assert statement.on_behalf_of is not None
    assert names[statement.on_behalf_of] == "Ravenscroft Trust"
    # control: a lawyer with no one named speaks for no one
    found, _ = annotate(nlp, "Tomas Reyna, a lawyer, said the permit was lawful.")
    assert by_cue(found, "said").on_behalf_of is None
    # control: a lawyer who is also something else of another body
    found, _ = annotate(
        nlp,
        "Lena Marsh, a lawyer and co-founder of Doctors for Okafor, says the plan is fair.",
    )
    assert by_cue(found, "says").on_behalf_of is None


def test_a_nationality_the_model_tags_as_no_entity_is_the_person_written_of(
    nlp: Language,
) -> None:
    """'The Pole told reporters': the player named before, not an organisation "Pole"."""
    found, names = annotate(
        nlp,
        "Magda Linette beat Emma Navarro in Warsaw. The Pole told reporters she was tired.",
    )
    statement = by_cue(found, "told")
    assert names.get(statement.speaker or "") == "Magda Linette"
    assert "Pole" not in names.values()
