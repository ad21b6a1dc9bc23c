"""Statements in wire-style news: attribution habits of agency copy, sentence by sentence."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from newsevents import Statement
from newsevents.serialize import converter
from statement_helpers import annotate, by_cue

if TYPE_CHECKING:
    from spacy.language import Language


def statements(nlp: Language, text: str) -> list[Statement]:
    """Run the pipeline and return the statements the component stored on the doc."""
    doc = nlp(text)
    return [converter.structure(item, Statement) for item in doc._.newsevents_statements]


def summary(statement: Statement) -> tuple[str | None, str, list[str], str]:
    """Return a statement's speaker as written, cue, content texts and kind."""
    mention = statement.speaker_mention.text if statement.speaker_mention else None
    content = [span.text for span in statement.content]
    return mention, statement.cue.text, content, statement.kind.value


def test_said_in_a_statement_that(nlp: Language) -> None:
    """'The ministry said in a statement that ...' is said by the ministry, cue "said"."""
    found = statements(
        nlp, "The transport ministry said in a statement that the ferry service would resume."
    )
    assert [summary(s) for s in found] == [
        (
            "The transport ministry",
            "said",
            ["that the ferry service would resume"],
            "indirect",
        )
    ]


def test_told_in_an_interview_that(nlp: Language) -> None:
    """A that-clause hung on "interview" is what the verb before it reports."""
    found = statements(
        nlp, "The coach told a radio station in an interview that the team had lost its way."
    )
    assert [summary(s) for s in found] == [
        ("The coach", "told", ["that the team had lost its way"], "indirect")
    ]


def test_date_of_the_reported_clause_stays(nlp: Language) -> None:
    """A date at the end of a reported clause is part of what was said."""
    (found,) = statements(
        nlp, "The brewer announced that it would close three plants by the end of the decade."
    )
    assert summary(found)[2] == ["that it would close three plants by the end of the decade"]


def test_date_after_a_count_stays(nlp: Language) -> None:
    """A date on a noun of a reported clause ("four times this year") is said too."""
    (found,) = statements(
        nlp, "Traders noted that the refinery had raised prices four times this year."
    )
    assert summary(found)[2] == ["that the refinery had raised prices four times this year"]


def test_date_of_the_cue_before_a_bare_clause(nlp: Language) -> None:
    """'said on Thursday he would ...': the date tells when it was said, not what."""
    (found,) = statements(
        nlp, "Mayor Ines Calder said on Thursday she would seek a second term in office."
    )
    assert summary(found) == (
        "Mayor Ines Calder",
        "said",
        ["she would seek a second term in office"],
        "indirect",
    )


def test_date_late_on_a_day_before_a_bare_clause(nlp: Language) -> None:
    """'said late on Sunday they had ...' leaves "late on Sunday" out of the content."""
    (found,) = statements(nlp, "The insurgents said late on Sunday they had taken the bridge.")
    assert summary(found)[2] == ["they had taken the bridge"]


def test_second_speaker_after_while(nlp: Language) -> None:
    """'X said ..., while Y said ...': Y's statement is no part of X's content."""
    found = statements(
        nlp,
        "The union said the walkout would begin on Monday, while the employers said "
        "they were still ready to talk.",
    )
    assert [summary(s) for s in found] == [
        ("The union", "said", ["the walkout would begin on Monday"], "indirect"),
        ("the employers", "said", ["they were still ready to talk"], "indirect"),
    ]


def test_cue_set_off_by_commas_speaks_with_the_name_after_it(nlp: Language) -> None:
    """'The truce, said envoy Lena Ruiz, "..."' is said by Lena Ruiz, not by the truce."""
    (found,) = statements(nlp, 'The truce, said U.N. envoy Lena Ruiz, "remains fragile."')
    assert summary(found)[:2] == ("U.N. envoy Lena Ruiz", "said")


@pytest.mark.parametrize(
    "text",
    [
        # a text that ends with a line break, as files do
        'As one diplomat puts it, the delta "is losing an argument it was never invited to."\n',
        'According to Panetta, the leader is "unpredictable and vicious."\n',
    ],
)
def test_a_quotation_opened_in_the_content_closes_in_it(nlp: Language, text: str) -> None:
    """The content takes in the full stop and the mark that close the quoted words."""
    (found,) = statements(nlp, text)
    assert summary(found)[2][-1].endswith('."')


def test_what_is_signaled_may_be_a_noun(nlp: Language) -> None:
    """'signaled openness to easing sooner': a stance told as a noun, as 'signaled that'."""
    (found,) = statements(nlp, "Several officials have signaled openness to easing sooner.")
    assert summary(found)[:3] == ("Several officials", "signaled", ["openness to easing sooner"])


def test_they_in_what_a_plural_said_is_that_plural(nlp: Language) -> None:
    """'police said ... the march, which they described as peaceful': the police, once."""
    found = statements(
        nlp,
        "Organisers said 30,000 people took part, while police said in a statement that about "
        "8,000 had joined the march, which they described as peaceful.",
    )
    assert [summary(s)[:2] for s in found] == [("Organisers", "said"), ("police", "said")]


def test_a_past_perfect_joined_to_the_reported_clause_is_its_subjects(nlp: Language) -> None:
    """'said the company takes ... and had asked Greenpeace': the company asked."""
    found = statements(
        nlp,
        "Ann Lee said the company takes the allegations seriously and had asked Greenpeace to "
        "share its data.",
    )
    assert [summary(s)[:2] for s in found] == [("Ann Lee", "said"), ("the company", "asked")]


def test_subject_the_parser_hangs_on_the_auxiliary(nlp: Language) -> None:
    """'has today (Wednesday 12 March) announced': the subject of "has" speaks."""
    (found,) = statements(
        nlp,
        "The Department of Health and Social Care has today (Wednesday 12 March) announced a "
        "£240 million funding package to help hospitals reduce waiting lists.",
    )
    assert summary(found)[:2] == ("The Department of Health and Social Care", "announced")


def test_date_of_the_cue_after_its_object(nlp: Language) -> None:
    """'announced the measures on Tuesday': the date is when they were announced."""
    (found,) = statements(nlp, "Health Minister Karl Brandt announced the new rules on Tuesday.")
    assert summary(found)[1:3] == ("announced", ["the new rules"])


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "The rebels said they had destroyed 12 tanks, a figure that could not be confirmed.",
            "they had destroyed 12 tanks",
        ),
        (
            "Friedrich Merz said that Germany would raise defence spending by 2029, a move that "
            "would make its army the largest in Europe.",
            "that Germany would raise defence spending by 2029",
        ),
        (
            "The board said it would close the plant, a decision that will cost about 300 jobs.",
            "it would close the plant",
        ),
        (
            "The Supreme Court on Thursday ruled that federal regulators cannot impose large "
            "civil penalties through in-house proceedings, a decision that could reshape how "
            "agencies enforce the law.",
            "that federal regulators cannot impose large civil penalties through in-house "
            "proceedings",
        ),
        # what others did after, in another tense
        (
            "Powell said last week that policymakers were well positioned to wait, though "
            "several officials have since signaled openness to easing sooner.",
            "that policymakers were well positioned to wait",
        ),
        # the speaker's own "though" stays his
        (
            "Powell said the economy was strong, though risks remained.",
            "the economy was strong, though risks remained",
        ),
    ],
)
def test_writers_comment_after_the_claim(nlp: Language, text: str, content: str) -> None:
    """', a figure that could not be confirmed', ', a move that would ...': the writer's."""
    (found,) = statements(nlp, text)
    assert summary(found)[2] == [content]


def test_writers_comment_without_that(nlp: Language) -> None:
    """', an accusation the employers rejected' ends what the union said."""
    (found,) = statements(
        nlp, "The union said the ballot was rigged, an accusation the employers rejected."
    )
    assert summary(found)[2] == ["the ballot was rigged"]


def test_cue_to_come_inside_another_statement(nlp: Language) -> None:
    """'said the bloc would propose ...' is one statement: the proposal is yet to come."""
    found = statements(
        nlp, "Trade Commissioner Olaf Lind said the bloc would propose new tariffs on steel."
    )
    assert [summary(s)[1] for s in found] == ["said"]


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        (
            '"We acted within the law," the mayor countered.',
            "countered",
            ['"We acted within the law,"'],
        ),
        (
            "The minister reassured farmers that the subsidies would continue.",
            "reassured",
            ["that the subsidies would continue"],
        ),
        (
            "The driver confessed that he had been looking at his phone.",
            "confessed",
            ["that he had been looking at his phone"],
        ),
        (
            "The ministry clarified that the curfew applied only to the capital.",
            "clarified",
            ["that the curfew applied only to the capital"],
        ),
    ],
)
def test_reporting_verbs_of_news(nlp: Language, text: str, cue: str, content: list[str]) -> None:
    """Countering, reassuring, confessing and clarifying report what was said."""
    (found,) = statements(nlp, text)
    assert summary(found)[1:3] == (cue, content)


def test_phrases_before_the_cue_that_only_say_when(nlp: Language) -> None:
    """'Hours after ..., the mayor tweeted a video' says nothing: the phrase only says when."""
    found = statements(
        nlp, "Hours after the storm hit the coast, the mayor tweeted a video of flooded streets."
    )
    assert found == []


def test_clause_after_a_letter_seen_by_an_agency(nlp: Language) -> None:
    """'wrote in a letter seen by AFP that ...': the clause is what the letter's writer wrote."""
    (found,) = statements(
        nlp, "The governor wrote in a letter seen by AFP that the dam was at risk of collapse."
    )
    assert summary(found) == (
        "The governor",
        "wrote",
        ["that the dam was at risk of collapse"],
        "indirect",
    )


def test_name_given_that_the_parser_took_for_an_apposition(nlp: Language) -> None:
    """'called the offer "an insult"' names it, though parsed as apposition; a person is no name."""
    (found,) = statements(nlp, 'The pilots\' leader, Maria Osei, called the offer "an insult."')
    assert summary(found)[:3] == (
        "The pilots' leader, Maria Osei",
        "called",
        ['the offer "an insult."'],
    )
    assert found.speaker is not None
    assert statements(nlp, "Macron called his friend the chancellor to discuss the crisis.") == []


def test_writers_framing_in_a_move(nlp: Language) -> None:
    """', in a move seen as ...' after the reported clause is the writer's framing."""
    found = statements(
        nlp,
        "The ministry said on Monday it would ban grain exports, in a move traders "
        "said would lift world prices.",
    )
    said = [s for s in found if s.speaker_mention and s.speaker_mention.text == "The ministry"]
    assert [summary(s)[2] for s in said] == [["it would ban grain exports"]]


def test_the_company_is_the_organisation_that_spoke_last(nlp: Language) -> None:
    """'Nokia said ... The telecoms equipment maker said ...': both are Nokia's statements."""
    doc = nlp(
        "Nokia said its sales fell 9 percent in the quarter.\n\n"
        "The telecoms equipment maker said demand would pick up next year."
    )
    names = {actor["id"]: actor["name"] for actor in doc._.newsevents_actors}
    found = [converter.structure(item, Statement) for item in doc._.newsevents_statements]
    assert [(summary(s)[0], names.get(s.speaker or "")) for s in found] == [
        ("Nokia", "Nokia"),
        ("The telecoms equipment maker", "Nokia"),
    ]


def test_claimed_without_evidence_that(nlp: Language) -> None:
    """'claimed without evidence that ...': the clause is what was claimed, not the evidence."""
    found = statements(
        nlp, "The governor claimed without evidence that the ballots had been forged."
    )
    assert [summary(s) for s in found] == [
        ("The governor", "claimed", ["that the ballots had been forged"], "indirect")
    ]


def test_without_providing_evidence_that(nlp: Language) -> None:
    """'claimed without providing evidence that ...' reports the clause too."""
    (found,) = statements(
        nlp, "The militia claimed without providing evidence that it had downed a drone."
    )
    assert summary(found)[1:3] == ("claimed", ["that it had downed a drone"])


def test_speaker_before_an_aside_not_the_subject_of_the_words(nlp: Language) -> None:
    """'Lopez, asked about the floods, said she was ...': Lopez speaks, not "she" of the words."""
    (found,) = statements(
        nlp,
        'Mayor Lopez, asked about the floods, said she was "optimistic" the roads would reopen.',
    )
    assert summary(found)[:2] == ("Mayor Lopez", "said")


def test_told_a_briefing_that(nlp: Language) -> None:
    """'told a regular press briefing that X "..." Y': the whole clause was told."""
    (found,) = statements(
        nlp,
        "The foreign ministry spokeswoman, Mao Ning, told a regular press briefing that "
        'China "firmly rejected" the report.',
    )
    assert summary(found) == (
        "The foreign ministry spokeswoman, Mao Ning",
        "told",
        ['that China "firmly rejected" the report'],
        "mixed",
    )


def test_inverted_speaker_with_a_number(nlp: Language) -> None:
    """'"...?" asked one protester' and 'asked two residents of ...' name who asked."""
    (first,) = statements(nlp, '"Who pays for this?" asked one pensioner, waving a sign.')
    (second,) = statements(nlp, '"Why now?" asked two farmers from the valley.')
    assert summary(first)[:2] == ("one pensioner", "asked")
    assert summary(second)[:2] == ("two farmers", "asked")


def test_a_statement_read(nlp: Language) -> None:
    """'"...," the statement read' quotes a document; 'Read more:' after a quotation is no cue."""
    (found,) = statements(nlp, '"We mourn a great teacher," the statement read.')
    assert summary(found) == (None, "read", ['"We mourn a great teacher,"'], "direct")
    found = statements(
        nlp,
        '"The roads are open again," the mayor said. "Nobody was hurt." '
        "Read more: How the storm hit the coast",
    )
    assert [summary(s)[:2] for s in found] == [("the mayor", "said"), ("the mayor", "said")]


def test_without_giving_details_is_the_writers(nlp: Language) -> None:
    """', without giving a date' says what the speaker left out, not what they said."""
    (found,) = statements(
        nlp, "The two governments said talks would resume next month, without giving a date."
    )
    assert summary(found)[2] == ["talks would resume next month"]


def test_that_clause_parsed_as_adverbial(nlp: Language) -> None:
    """'..., telling reporters only that he was "..."' reports the that-clause."""
    found = statements(
        nlp,
        "The mayor declined to say whether he would resign, telling reporters only that "
        'he was "considering all options."',
    )
    assert [summary(s)[1:] for s in found] == [
        ("telling", ['that he was "considering all options."'], "mixed")
    ]


def test_let_me_state_is_the_quoted_speakers(nlp: Language) -> None:
    """'Let me state that ...' in a quotation left open is no statement of "me"."""
    found = statements(
        nlp,
        '"Our answer is simple: stay out.\n\nLet me state clearly that the border is '
        'closed," Reyes said.',
    )
    assert [summary(s)[:2] for s in found] == [("Reyes", "said")]


def test_stressing_and_facts_are_no_statements(nlp: Language) -> None:
    """'it is important to note ...' and 'That explains why ...' add no statement."""
    found = statements(
        nlp, "Aid workers say it is important to note the region is not yet in famine."
    )
    assert [summary(s)[1] for s in found] == ["say"]
    assert statements(nlp, "That explains why the council raised the fares.") == []


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "Aid groups called for the border crossing to be reopened quickly.",
            "Aid groups",
            "the border crossing to be reopened quickly",
        ),
        (
            "Union leader Marta Ruiz called for the talks to resume on Monday.",
            "Union leader Marta Ruiz",
            "the talks to resume on Monday",
        ),
    ],
)
def test_called_for_someone_to_act(nlp: Language, text: str, speaker: str, content: str) -> None:
    """'called for X to be Y' is a request even when the parser makes "for" the clause's mark."""
    found = [summary(s) for s in statements(nlp, text)]
    assert (speaker, "called for", [content], "indirect") in found


def test_cue_read_as_adjective_after_quotation(nlp: Language) -> None:
    """'"...," Trump told supporters' speaks even when the parser makes "told" a modifier."""
    doc = nlp('"I\'m not going to let it happen," Trump told supporters.')
    told = next(token for token in doc if token.text == "told")
    assert told.dep_ == "amod"  # the misparse this test is about
    found = [summary(s) for s in statements(nlp, doc.text)]
    assert found == [("Trump", "told", ['"I\'m not going to let it happen,"'], "direct")]


@pytest.mark.parametrize(
    "text",
    [
        '"We will accept the result," Dana Whitfield said on NBC\'s "Meet the Press."',
        '"We will win," Ortiz told the crowd at the "Rally for Hope" on Sunday.',
    ],
)
def test_title_in_quotation_marks_is_not_said(nlp: Language, text: str) -> None:
    """A show or event named in quotation marks after the cue is not a second quotation."""
    (found,) = statements(nlp, text)
    assert len(found.content) == 1
    assert found.content[0].text.startswith('"We will')


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a cue with a thing for its object is no statement "according to" passes on
        (
            "According to people familiar with the matter, the board had discussed deeper "
            "cuts but rejected them.",
            ("people familiar with the matter", "According to"),
        ),
        # the that-clause the parser made relative to "the meeting" is what was told
        (
            "Ararat Mirzoyan told reporters after the meeting that the delegations had agreed "
            "on most of the text.",
            ("Ararat Mirzoyan", "told"),
        ),
        # the clause the parser hung on the main verb is what the MP was warned
        (
            "The Speaker, Sir Lindsay Hale, intervened twice, at one point warning the MP Mark "
            "Ebbs that he would be asked to leave the chamber if he continued to heckle.",
            ("The Speaker, Sir Lindsay Hale", "warning"),
        ),
        # "The report" refers back to "a report by" its author
        (
            "The row follows a report by the National Audit Office. The report said that staff "
            "shortages were the main constraint.",
            ("the National Audit Office", "said"),
        ),
    ],
)
def test_statements_found_past_a_misleading_parse(
    nlp: Language, text: str, expected: tuple[str, str]
) -> None:
    """The source of a fronted "according to", a that-clause after a meeting noun."""
    found = [summary(s)[:2] for s in statements(nlp, text)]
    assert expected in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Helen Aldridge said the plan was sound, before adding that it would take time.",
            [
                ("Helen Aldridge", "said", ["the plan was sound"], "indirect"),
                ("Helen Aldridge", "adding", ["that it would take time"], "indirect"),
            ],
        ),
        (
            "Judge Anne Collingwood warned jurors not to research the case online, reminding "
            "them that they must decide it on the evidence.",
            [
                (
                    "Judge Anne Collingwood",
                    "warned",
                    ["jurors not to research the case online"],
                    "indirect",
                ),
                (
                    "Judge Anne Collingwood",
                    "reminding",
                    ["that they must decide it on the evidence"],
                    "indirect",
                ),
            ],
        ),
        (
            "The ministry criticised the plan, with spokeswoman Maria Zakharova telling "
            "reporters that it would fail.",
            [
                ("The ministry", "criticised", ["the plan"], "indirect"),
                ("spokeswoman Maria Zakharova", "telling", ["that it would fail"], "indirect"),
            ],
        ),
        # what was promised is no statement made
        (
            "The former councillor promised to declare a housing emergency.",
            [
                (
                    "The former councillor",
                    "promised",
                    ["to declare a housing emergency"],
                    "indirect",
                )
            ],
        ),
    ],
)
def test_a_second_cue_of_the_sentence_is_its_own(
    nlp: Language, text: str, expected: list[tuple[str, str, list[str], str]]
) -> None:
    """A participle after "before" or after an infinitive, and "with X telling", stand apart."""
    assert [summary(s) for s in statements(nlp, text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a caveat of the writer's is no part of what was blamed
        (
            "The governor said shelling had killed four civilians. He blamed rebel artillery, "
            "without providing evidence.",
            ("He", "blamed", ["rebel artillery"]),
        ),
        # a second that-clause after "but" is said too
        (
            'Kim Alvarez said the reversal was "a good first step" but that trust would take '
            "time to rebuild.",
            (
                "Kim Alvarez",
                "said",
                ['the reversal was "a good first step" but that trust would take time to rebuild'],
            ),
        ),
        # "according to" belongs to the nearest cue above it, out of its content
        (
            "The minister has said that his country will not sign, and a delegate reiterated "
            "that position on Monday, according to observers.",
            ("a delegate", "reiterated", ["that position on Monday"]),
        ),
        # a cue in the past joined to the infinitive of "urged" is the urger's
        (
            "He urged the presidency to restore stronger language and called on all parties "
            'to "show ambition".',
            ("He", "called on", ['all parties to "show ambition"']),
        ),
    ],
)
def test_content_and_speaker_of_joined_clauses(
    nlp: Language, text: str, expected: tuple[str, str, list[str]]
) -> None:
    """Caveats, a second that-clause, a late "according to" and a cue joined to an infinitive."""
    found = [summary(s)[:3] for s in statements(nlp, text)]
    assert expected in found


@pytest.mark.parametrize(
    ("text", "cues"),
    [
        # what a thing "suggested" inside someone's words is theirs to say
        (
            "Natarajan said the split vote was notable, adding that it suggested the debate "
            "inside the bank had shifted decisively.",
            ["said", "adding"],
        ),
        # what someone was asked about is no statement
        (
            "Asked whether she had spoken to Castellano about the bill, Whitfield declined to "
            'say. "Our conversations are private," she said.',
            ["said"],
        ),
    ],
)
def test_cues_that_make_no_statement(nlp: Language, text: str, cues: list[str]) -> None:
    """An inference by "it" inside another's words, and a question asked, are no statements."""
    assert [s.cue.text for s in statements(nlp, text)] == cues


@pytest.mark.parametrize(
    ("text", "cues"),
    [
        # what hotel owners warned against is no statement of theirs
        ("Hotel owners warned against blaming short-term rentals for the crisis.", ["warned"]),
        # a cost estimated by no one named is no statement
        (
            "NASA said the original plan, estimated to cost up to $11 billion, was too expensive.",
            ["said"],
        ),
        # a radar reveals no one's words
        (
            "The radar revealed at least three distinct layers of sediment. Officials said the "
            "find was important.",
            ["said"],
        ),
        # a short sentence quoted after a statement floats to it
        ('Ruth Adeyemi turns the radio up. "Right," she says. "Let\'s go."', ["says", "says"]),
        # the clause after "the trial" the parser made relative to it is what was told
        (
            "James Holloway told the jury during the trial that Whitlock had forged signatures.",
            ["told"],
        ),
    ],
)
def test_cues_of_things_and_short_quotes(nlp: Language, text: str, cues: list[str]) -> None:
    """Inanimate and unspoken cues make no statement; a short quoted sentence floats."""
    assert [s.cue.text for s in statements(nlp, text)] == cues


def test_the_writers_word_for_what_was_said_is_no_content(nlp: Language) -> None:
    """', a pledge the opposition dismissed as ...' is the writer's, not the promise."""
    found = [
        summary(s)[1:3]
        for s in statements(
            nlp,
            "Daniel Hargreaves promised to build 20,000 new homes if re-elected, a pledge the "
            'opposition dismissed as "recycled."',
        )
    ]
    assert ("promised", ["to build 20,000 new homes if re-elected"]) in found


def test_said_at_the_time_that(nlp: Language) -> None:
    """In "said at the time that ...", the clause after the time is what was said."""
    for text, cue in (
        ("The minister said at the time that the plan was sound.", "said"),
        ("The minister told reporters at the time that the plan was sound.", "told"),
    ):
        assert [summary(s) for s in statements(nlp, text)] == [
            ("The minister", cue, ["that the plan was sound"], "indirect")
        ], text


def test_a_particle_cue_needs_its_particle(nlp: Language) -> None:
    """A preposition that begins a phrase of its own is no particle of "pass on", "call on"."""
    assert statements(nlp, "The planet passed in front of its star on four occasions.") == []
    (found,) = statements(nlp, "The minister called on Monday for an inquiry.")
    assert summary(found) == ("The minister", "called", ["an inquiry"], "indirect")
    (found,) = statements(nlp, "The opposition on Thursday called for three days of protests.")
    assert summary(found)[1:3] == ("called for", ["three days of protests"])


def test_the_statement_said_in_the_paragraph_after_its_author(nlp: Language) -> None:
    """A statement told in the paragraph before is its author's: Oakridge Homes's."""
    doc = nlp(
        "In a statement, Oakridge Homes said it had listened carefully.\n\n"
        '"Ashgrove needs homes that young people can afford," the statement said.'
    )
    names = {actor["id"]: actor["name"] for actor in doc._.newsevents_actors}
    speakers = [names.get(item["speaker"]) for item in doc._.newsevents_statements]
    assert speakers == ["Oakridge Homes", "Oakridge Homes"]


def test_an_infinitive_after_a_gerund_stays_in_the_content(nlp: Language) -> None:
    """The parser hangs "to raise ..." on the cue; it is part of what Moreno is accused of."""
    (found,) = statements(nlp, "Smith accused Moreno of planning to raise property taxes.")
    assert summary(found)[1:3] == ("accused", ["Moreno of planning to raise property taxes"])


def test_accepted_that_acknowledges(nlp: Language) -> None:
    """A witness who "accepted that" something is so acknowledges it; an offer accepted is none."""
    (found,) = statements(nlp, "Ellison accepted that she had not kept a written record.")
    assert summary(found)[1:3] == ("accepted", ["that she had not kept a written record"])
    assert found.act.value == "acknowledge"
    assert statements(nlp, "He accepted the offer.") == []


def test_told_her_a_clause_the_parser_read_as_an_object(nlp: Language) -> None:
    """'told her the figures needed to look better' tells a clause; 'the story he liked' none."""
    found = statements(
        nlp, "Ellison said Richard Halden had told her the figures needed to look better."
    )
    assert [summary(s)[:3] for s in found] == [
        ("Ellison", "said", ["Richard Halden had told her the figures needed to look better"]),
        ("Richard Halden", "told", ["the figures needed to look better"]),
    ]
    assert statements(nlp, "He told her the story he liked.") == []


def test_a_status_given_in_quotation_marks_is_no_statement(nlp: Language) -> None:
    """'were declared "persona non grata", according to ...' is the ministry's statement."""
    (found,) = statements(
        nlp,
        'The diplomats were declared "persona non grata", according to a statement from the '
        "Kazari foreign ministry.",
    )
    assert summary(found) == (
        "the Kazari foreign ministry",
        "according to",
        ['The diplomats were declared "persona non grata"'],
        "mixed",
    )
    assert statements(nlp, "He was declared the winner.") == []


def test_a_headline_speaker_after_as(nlp: Language) -> None:
    """'Shares slide as chief executive warns ...': the chief executive warns, not the shares."""
    found = statements(nlp, 'Shares slide as chief executive warns of "tough" year ahead')
    assert [summary(s)[:2] for s in found] == [("chief executive", "warns")]
    # "such as" names an example of the speakers, who stay the speakers
    (found,) = statements(nlp, "Dissidents, such as Fariñas, say the policy should change.")
    speaker = summary(found)[0]
    assert speaker is not None
    assert speaker.startswith("Dissidents")


@pytest.mark.parametrize("joint", [",", " and"])
def test_a_headline_comma_joins_a_second_cue(nlp: Language, joint: str) -> None:
    """'Rubio says U.S. will not beg Iran for talks, warns of new sanctions': two of Rubio's."""
    found = statements(
        nlp,
        f"Rubio says U.S. will not beg Iran for talks{joint} warns of new sanctions\n\n"
        "WASHINGTON — Secretary of State Marco Rubio spoke on Sunday.",
    )
    assert [summary(s)[:3] for s in found] == [
        ("Rubio", "says", ["U.S. will not beg Iran for talks"]),
        ("Rubio", "warns", ["of new sanctions"]),
    ]
    assert all(s.reported_by is None for s in found)


def test_a_passive_cue_with_its_agent(nlp: Language) -> None:
    """'Her death was confirmed by her son': the son confirms; "claimed by" a group is none."""
    (found,) = statements(nlp, "Her death on Sunday was confirmed by her son, Thomas Vance.")
    assert summary(found) == ("her son, Thomas Vance", "confirmed", ["Her death"], "indirect")
    (found,) = statements(nlp, "The plan was announced by the ministry on Monday.")
    assert summary(found) == ("the ministry", "announced", ["The plan"], "indirect")
    assert statements(nlp, "Attacks on military targets are often claimed by veterans.") == []


def test_praising_someone_named_and_dismissing_a_claim(nlp: Language) -> None:
    """'praised Joe Biden' praises; 'dismissed the criticism' denies, 'dismissed the aide' not."""
    (found,) = statements(nlp, "Claire Harmon praised Joe Biden.")
    assert (summary(found)[1:3], found.act.value) == (("praised", ["Joe Biden"]), "praise")
    assert statements(nlp, "Biden welcomed Kishida.") == []  # a guest greeted
    (found,) = statements(nlp, "Jack Delaney dismissed the criticism of his tax plan.")
    assert (summary(found)[2], found.act.value) == (["the criticism of his tax plan"], "deny")
    assert statements(nlp, "The minister dismissed the aide.") == []
    assert statements(nlp, "The court dismissed the case.") == []


def test_linking_adverbs_and_only_that_are_no_content(nlp: Language) -> None:
    """In "Instead, she said, ..." and "saying only that ...", the content is what was said."""
    found = statements(
        nlp,
        "Sarah Whitfield said there was no sign of a new strain. Instead, she said, the surge "
        "reflected lower immunity.",
    )
    assert summary(found[-1])[2] == ["the surge reflected lower immunity"]
    (found,) = statements(
        nlp, "Brett Clothier declined to comment, saying only that the case would go on."
    )
    assert summary(found)[2] == ["that the case would go on"]


def test_a_thing_that_raises_fears_is_no_speaker(nlp: Language) -> None:
    """'An engine problem raised fears that ...' voices nothing; a minister or a report does."""
    text = "The lander entered orbit after an engine problem raised fears that it might fail."
    assert statements(nlp, text) == []
    for text in (
        "The minister raised concerns about the plan.",
        "The report raised concerns that the plan was flawed.",
        "The index maker expressed concern over the rules.",
    ):
        (found,) = statements(nlp, text)
        assert found.cue.text.split()[0] in ("raised", "expressed"), text


def test_as_predicted_and_an_option_weighed_are_no_statements(nlp: Language) -> None:
    """Words like "performed as predicted" or "including asking the court" report no speech."""
    found = statements(nlp, "Kenji Watanabe said the engine had performed as predicted.")
    assert [summary(s)[1] for s in found] == ["said"]
    found = statements(
        nlp, "Brennan said his client was weighing options, including asking the court to rule."
    )
    assert [summary(s)[1] for s in found] == ["said"]
    # an aside before the clause still reports
    (found,) = statements(nlp, "As mentioned, IBM has opted for the mouse stick.")
    assert summary(found)[1] == "mentioned"


def test_a_that_clause_read_as_relative_of_any_setting(nlp: Language) -> None:
    """'said in an advisory that ...', 'told supporters at a diner that ...' say the clause."""
    (found,) = statements(nlp, "The Health Agency said in an advisory that cases had doubled.")
    assert summary(found)[1:3] == ("said", ["that cases had doubled"])
    (found,) = statements(
        nlp, "Jack Delaney told supporters at a diner that the state had run a surplus."
    )
    assert summary(found)[1:3] == ("told", ["that the state had run a surplus"])
    # a true relative clause ("the hotel that she had booked") says nothing
    assert statements(nlp, "She told reporters at the hotel that she had booked.") == []


def test_a_that_clause_read_as_relative_of_a_time(nlp: Language) -> None:
    """'told journalists after the session that ...': the clause after a time is what was said."""
    for text, speaker, cue, content in (
        (
            "Daniel Hargreaves told journalists after the session that the government had run "
            "out of excuses.",
            "Daniel Hargreaves",
            "told",
            "that the government had run out of excuses",
        ),
        (
            "Jones said at a news conference after the vote that she would resign.",
            "Jones",
            "said",
            "that she would resign",
        ),
    ):
        (found,) = statements(nlp, text)
        assert summary(found)[:3] == (speaker, cue, [content]), text


def test_a_second_cue_joined_to_the_reported_clause(nlp: Language) -> None:
    """In "said the mission showed ... and announced that ...", the speaker announces too."""
    found = statements(
        nlp,
        "Katrin Vogel said the mission showed that Europe could do difficult things and "
        "announced that Germany would contribute 40 million euros.",
    )
    assert [summary(s)[:3] for s in found] == [
        ("Katrin Vogel", "said", ["the mission showed that Europe could do difficult things"]),
        ("Katrin Vogel", "announced", ["that Germany would contribute 40 million euros"]),
    ]
    found = statements(
        nlp,
        "Grace Adeyemi pointed out that the test had been collected by independent testers "
        "and said the federation had carried out 1,200 tests.",
    )
    assert [summary(s)[0] for s in found] == ["Grace Adeyemi", "Grace Adeyemi"]
    # a that-clause joined to the first stays in it
    (found,) = statements(
        nlp,
        "Schenker said the group has an interest in it, and that an attack would send a signal.",
    )
    assert summary(found)[2] == [
        "the group has an interest in it, and that an attack would send a signal"
    ]


def test_a_cue_joined_by_but_to_the_reported_clause_is_in_it(nlp: Language) -> None:
    """'said the board had considered ... but concluded that ...': all of it is said."""
    found = statements(
        nlp,
        "Governor Ingrid Halvorsen said the board had considered holding rates steady but "
        "concluded that the risk of doing too little was greater.",
    )
    assert summary(found[0])[:3] == (
        "Governor Ingrid Halvorsen",
        "said",
        [
            "the board had considered holding rates steady but concluded that the risk of "
            "doing too little was greater"
        ],
    )
    assert all(summary(s)[0] != "Governor Ingrid Halvorsen" for s in found[1:])
    # after a modal, the verb joined by "but" is the speaker's own: "ruled out" is hers
    found = statements(
        nlp,
        "Economy Minister Katrin Albers said the government would support retraining "
        "programmes, but ruled out direct subsidies to keep the plant running.",
    )
    assert [summary(s)[:3] for s in found][1] == (
        "Economy Minister Katrin Albers",
        "ruled out",
        ["direct subsidies to keep the plant running"],
    )


def test_a_second_cue_the_parser_joined_to_a_gerund(nlp: Language) -> None:
    """'accused X of using ... and called on Y': called on is the accuser's second cue."""
    found = statements(
        nlp,
        "Claire Duvivier accused the armed groups of using starvation as a weapon and called "
        "on all parties to release aid workers.",
    )
    assert [summary(s)[:3] for s in found] == [
        ("Claire Duvivier", "accused", ["the armed groups of using starvation as a weapon"]),
        ("Claire Duvivier", "called on", ["all parties to release aid workers"]),
    ]
    found = statements(
        nlp,
        "Issa Traore told the council that his government was committed to protecting "
        "civilians and accused aid agencies of exaggerating figures.",
    )
    assert [summary(s)[:3] for s in found] == [
        ("Issa Traore", "told", ["that his government was committed to protecting civilians"]),
        ("Issa Traore", "accused", ["aid agencies of exaggerating figures"]),
    ]


def test_what_a_request_asks_for_says_nothing(nlp: Language) -> None:
    """'urged members to set aside ... and guarantee ...': no statement by the members."""
    (found,) = statements(
        nlp,
        "Osei urged council members to set aside their differences and guarantee safe passage.",
    )
    assert summary(found)[:2] == ("Osei", "urged")


def test_a_clause_after_the_speaker_s_own_cue(nlp: Language) -> None:
    """A participle after a quoted phrase, and a second that-clause, are the outer cue's."""
    found = statements(
        nlp,
        'Thierry Lacombe said that the club needed "a striker who scores twenty goals," '
        'adding: "We create chances but we don\'t finish them."',
    )
    assert [summary(s)[:3] for s in found] == [
        ("Thierry Lacombe", "said", ['that the club needed "a striker who scores twenty goals,"']),
        ("Thierry Lacombe", "adding", ['"We create chances but we don\'t finish them."']),
    ]
    found = statements(
        nlp,
        "Ann Holt said that Kansas had requested a disaster declaration and that loans would "
        "be available by spring.",
    )
    requested = next(s for s in found if s.cue.text == "requested")
    assert [c.text for c in requested.content] == ["a disaster declaration"]


def test_asked_set_off_by_commas_is_no_statement_of_the_one_asked(nlp: Language) -> None:
    """'Marsh, asked whether ..., said ...': Marsh said it; she asked nothing."""
    (found,) = statements(
        nlp,
        "Helena Marsh, asked whether the outbreak could spread to Zambia, said the risk was "
        '"moderate but real."',
    )
    assert summary(found)[:3] == ("Helena Marsh", "said", ['the risk was "moderate but real."'])
    # "asked" with its own subject, no comma between, is her question
    found = statements(nlp, "Helena Marsh asked whether the outbreak could spread.")
    assert [summary(s)[:2] for s in found] == [("Helena Marsh", "asked")]


def test_a_person_the_parser_made_a_modifier_of_their_force(nlp: Language) -> None:
    """'Chief Constable Andrew Fairley of Northamptonshire Police told': Fairley speaks."""
    found, names = annotate(
        nlp,
        "Chief Constable Andrew Fairley of Northamptonshire Police told a news conference that "
        "the suspect had been shot dead.",
    )
    assert [names.get(s.speaker or "") for s in found] == ["Andrew Fairley"]


def test_the_company_is_not_the_outlet_that_reported_last(nlp: Language) -> None:
    """'According to Bloomberg News, ... The company said': the company, not Bloomberg."""
    found, names = annotate(
        nlp,
        "Halvorsen Foods said profit rose. According to Bloomberg News, Halvorsen has held "
        "talks with two firms.\n\nThe company also said it would buy back shares.",
    )
    assert names.get(found[-1].speaker or "") == "Halvorsen Foods"
    # a word of the press still refers to the press
    found, names = annotate(
        nlp,
        "Apple said sales rose. Reuters reported the deal was close. The agency said talks "
        "would resume.",
    )
    assert names.get(found[-1].speaker or "") == "Reuters"
    # the company the story is about, with analysts' banks named since
    found, names = annotate(
        nlp,
        "Halvorsen Foods said on Tuesday that third-quarter profit rose 14 percent. Shares of "
        'Halvorsen Foods rose 7 percent.\n\n"Can you help us understand Europe?" asked Priya '
        "Raman, an analyst at Barclays. Tom Eckhardt of Morgan Stanley asked about the frozen "
        "unit.\n\nAccording to Bloomberg News, Halvorsen has held talks with two firms.\n\n"
        "The company also said it would buy back shares.",
    )
    assert names.get(found[-1].speaker or "") == "Halvorsen Foods"


def test_according_to_with_a_statement_joined_after(nlp: Language) -> None:
    """'According to the police, two died, and witnesses said ...': two statements."""
    found = statements(
        nlp, "According to the police, two people died, and witnesses said the fire spread."
    )
    assert [summary(s)[:3] for s in found] == [
        ("the police", "According to", ["two people died"]),
        ("witnesses", "said", ["the fire spread"]),
    ]
    assert found[1].reported_by is None


def test_the_regulator_is_the_organisation_made_subject_since(nlp: Language) -> None:
    """'the regulator said' after another body became a sentence's subject is that body."""
    text = (
        "The European Commission said it would review the deal. Britain's Competition and "
        'Markets Authority was more direct. "We will look closely," the regulator said.'
    )
    doc = nlp(text)
    names = {actor["id"]: actor["name"] for actor in doc._.newsevents_actors}
    speakers = [names.get(item["speaker"]) for item in doc._.newsevents_statements]
    assert speakers == ["European Commission", "Competition and Markets Authority"]
    # a company in what the Commission said is no speaker of the next quotation
    doc = nlp(
        'The European Commission said Google had broken rules. "Serious," the regulator said.'
    )
    names = {actor["id"]: actor["name"] for actor in doc._.newsevents_actors}
    speakers = [names.get(item["speaker"]) for item in doc._.newsevents_statements]
    assert speakers == ["European Commission", "European Commission"]


def test_the_union_is_the_body_whose_name_says_union(nlp: Language) -> None:
    """'According to the union' after another body spoke is the one named "Union"."""
    text = (
        "The National Union of Rail Workers said 9,000 members were on strike. Brooks said "
        "the company had offered to meet the union again. According to the union, the "
        "dispute centres on pay."
    )
    doc = nlp(text)
    names = {actor["id"]: actor["name"] for actor in doc._.newsevents_actors}
    speakers = [names.get(item["speaker"]) for item in doc._.newsevents_statements]
    assert speakers[-1] == "National Union of Rail Workers"
    # a word for any kind of body says nothing of which one: the last that spoke
    doc = nlp(
        "The International Organization for Migration counted 9,000 arrivals. The German "
        "Red Cross said it would send tents. The aid organization said it would send kits."
    )
    names = {actor["id"]: actor["name"] for actor in doc._.newsevents_actors}
    speakers = [names.get(item["speaker"]) for item in doc._.newsevents_statements]
    assert speakers[-1] == "German Red Cross"


def test_a_cue_joined_to_what_the_speaker_said_of_herself(nlp: Language) -> None:
    """'said she was alarmed ... and urged both sides to ...': two statements of hers."""
    found = statements(
        nlp,
        "Margit Lindahl said she was alarmed by the escalation and urged both sides to show "
        "restraint.",
    )
    assert [summary(s)[:3] for s in found] == [
        ("Margit Lindahl", "said", ["she was alarmed by the escalation"]),
        ("Margit Lindahl", "urged", ["both sides to show restraint"]),
    ]
    # a cue in her own reported past stays inside what she said
    (found,) = statements(
        nlp,
        "Margit Lindahl said she had been alarmed by the escalation and had urged both "
        "sides to show restraint.",
    )
    assert summary(found)[1] == "said"


def test_quotation_split_around_a_cue_and_a_participle(nlp: Language) -> None:
    """'"We think," Marchetti said, pausing for applause, "that ..."': one statement."""
    (found,) = statements(
        nlp, '"We think," Marchetti said, pausing for applause, "that most of you will love them."'
    )
    assert summary(found)[2] == ['"We think,"', '"that most of you will love them."']
    # a participle whose object is quoted frames no second part: 'quoting "credible" sources'
    (found,) = statements(
        nlp, '"Some 256 soldiers died," TOLOnews reported, quoting "credible" sources.'
    )
    assert summary(found)[2] == ['"Some 256 soldiers died,"']


def test_quotation_after_a_cue_set_in_the_middle(nlp: Language) -> None:
    """'What brought her back, Mbeki explains, was routine. "I made ..."': hers too."""
    found = statements(
        nlp,
        'What brought her back, Mbeki explains, was routine. "I made myself sit at the desk '
        'every morning at six."',
    )
    assert [summary(s)[:3] for s in found] == [
        ("Mbeki", "explains", ["What brought her back", "was routine"]),
        ("Mbeki", "explains", ['"I made myself sit at the desk every morning at six."']),
    ]


def test_argued_against(nlp: Language) -> None:
    """'has argued against rapid easing' is a statement; 'argued for hours' is not."""
    (found,) = statements(nlp, "Joachim Brenner has repeatedly argued against rapid easing.")
    assert summary(found)[1:3] == ("argued", ["against rapid easing"])
    assert statements(nlp, "Lawyers argued for hours in court.") == []


def test_a_participle_on_words_that_cannot_speak(nlp: Language) -> None:
    """'pushed for language ruling out a cut' reports nothing; 'a sign saying' does."""
    assert statements(nlp, "Brenner pushed for language ruling out a cut.") == []
    (found,) = statements(
        nlp, 'An Egyptian protester holds a sign saying "Tiran and Sanafir are Egyptian."'
    )
    assert summary(found)[1] == "saying"


def test_a_linking_phrase_before_the_cue_is_no_content(nlp: Language) -> None:
    """'In addition, he said, Pakistan scuttled ...': the phrase links, it says nothing."""
    found = statements(
        nlp,
        "Zakhilwal rejected the claim. In addition, he said, Pakistan scuttled opportunities "
        "for cooperation.",
    )
    assert summary(found[-1])[2] == ["Pakistan scuttled opportunities for cooperation"]


def test_a_source_identified_only_by_a_first_name(nlp: Language) -> None:
    """'One operator, identified only as Farida, told researchers ...': Farida speaks."""
    doc = nlp(
        "One sewing machine operator, identified only as Farida, told researchers that her "
        'supervisor had torn up her union card. "I was scared," she is quoted as saying.'
    )
    names = {actor["id"]: actor["name"] for actor in doc._.newsevents_actors}
    speakers = [names.get(item["speaker"]) for item in doc._.newsevents_statements]
    assert speakers == ["Farida", "Farida"]
    # a club named after "as" and before a noun is no one's name
    doc = nlp("Jose Mourinho was named as Chelsea manager on Monday, the club said.")
    kinds = {actor["name"]: actor["kind"] for actor in doc._.newsevents_actors}
    assert kinds.get("Chelsea") != "person"


def test_the_club_is_the_team_named_just_before(nlp: Language) -> None:
    """'Blackburn Rovers have received a bid. In a statement, the club said ...'."""
    doc = nlp(
        "Blackburn Rovers have received a bid for Diego Moreno. In a statement, the club said "
        'it had "received an approach" from Atletico.'
    )
    names = {actor["id"]: actor["name"] for actor in doc._.newsevents_actors}
    speakers = [names.get(item["speaker"]) for item in doc._.newsevents_statements]
    assert speakers == ["Blackburn Rovers"]


def test_objected_to_and_asked_whether(nlp: Language) -> None:
    """'objected to the language', 'asked whether ...' are statements; 'was asked' is none."""
    (found,) = statements(nlp, "Saudi Arabia objected to the language.")
    assert summary(found)[:3] == ("Saudi Arabia", "objected", ["to the language"])
    (found,) = statements(nlp, "Chief Justice John Roberts asked whether the rule applied.")
    assert summary(found)[1:3] == ("asked", ["whether the rule applied"])
    # whom a question is put to is no part of it
    (found,) = statements(nlp, "Justice Alito asked Prelogar whether a kit would count.")
    assert summary(found)[2] == ["whether a kit would count"]
    assert statements(nlp, "Roberts was asked whether the rule applied.") == []


def test_a_name_the_model_runs_over_the_cue(nlp: Language) -> None:
    """'"...," Stamatakis told The Guardian', tagged as one work of art: his, to the paper."""
    doc = nlp(
        "Co-author Emmanuel Stamatakis said the intensity of walking mattered. "
        '"We were surprised by how strong it was," Stamatakis told The Guardian.'
    )
    names = {actor["id"]: actor["name"] for actor in doc._.newsevents_actors}
    told = doc._.newsevents_statements[-1]
    assert (names.get(told["speaker"]), names.get(told["addressee"])) == (
        "Emmanuel Stamatakis",
        "Guardian",
    )


def test_the_minister_after_an_unnamed_minister(nlp: Language) -> None:
    """'A senior minister told the ABC ... the minister said': not the Prime Minister."""
    text = (
        "Prime Minister Anthony Albanese faces a challenge. A senior minister told the ABC that "
        'the numbers were "moving quickly". "People are scared," the minister said.'
    )
    doc = nlp(text)
    assert [item["speaker"] for item in doc._.newsevents_statements] == [None, None]
    # with no one unnamed before it, the description is the minister named
    doc = nlp(
        'Prime Minister Anthony Albanese faces a challenge. "We are ready," the minister said.'
    )
    names = {actor["id"]: actor["name"] for actor in doc._.newsevents_actors}
    assert [names.get(item["speaker"]) for item in doc._.newsevents_statements] == [
        "Anthony Albanese"
    ]


def test_briefings_and_calls_in_news_of_diplomacy(nlp: Language) -> None:
    """'said at a regular press briefing that ...'; 'made the remarks at a briefing' is none."""
    (found,) = statements(nlp, "Wang Lei said at a regular press briefing that talks would go on.")
    assert summary(found)[:3] == ("Wang Lei", "said", ["that talks would go on"])
    assert statements(nlp, "Wang Lei made the remarks at a regular press briefing.") == []
    # who phones someone to congratulate them does the congratulating
    doc = nlp("Ron Olson said he had called Maria Castillo to congratulate her.")
    names = {actor["id"]: actor["name"] for actor in doc._.newsevents_actors}
    assert "Maria Castillo" not in [
        names.get(item["speaker"]) for item in doc._.newsevents_statements
    ]


def test_a_prince_named_with_a_particle_and_an_agency_after_its_kind(nlp: Language) -> None:
    """'Prince Abdulaziz bin Salman told', 'according to state news agency INA'."""
    doc = nlp(
        "Saudi Energy Minister Prince Abdulaziz bin Salman told reporters that the market was "
        "balanced. Oil exports rose, according to state news agency INA."
    )
    names = {actor["id"]: actor["name"] for actor in doc._.newsevents_actors}
    speakers = [names.get(item["speaker"]) for item in doc._.newsevents_statements]
    assert speakers == ["Abdulaziz bin Salman", "INA"]


def _speakers_and_principals(nlp: Language, text: str) -> list[tuple[str | None, str | None]]:
    doc = nlp(text)
    names = {actor["id"]: actor["name"] for actor in doc._.newsevents_actors}
    return [
        (names.get(item["speaker"]), names.get(item.get("on_behalf_of")))
        for item in doc._.newsevents_statements
    ]


def test_a_quotation_with_a_word_of_negation_and_the_comma_outside(nlp: Language) -> None:
    """'«No tengo miedo», she added': the quotation's "No" negates no saying."""
    found = statements(nlp, "Rosa Mamani marched. «No tengo miedo», she added.")
    assert [summary(s) for s in found] == [("she", "added", ["«No tengo miedo»"], "direct")]
    found = statements(nlp, '"No one is safe", the minister said.')
    assert [summary(s)[1:] for s in found] == [("said", ['"No one is safe"'], "direct")]
    # outside a quotation, "no official" still withholds the saying
    assert statements(nlp, "No official said the talks had failed.") == []


def test_a_that_clause_after_a_setting_the_parser_tore_apart(nlp: Language) -> None:
    """'said on a call with analysts that ...': the clause after "that" is what was said."""
    (found,) = statements(
        nlp, "Priya Raman said on a call with analysts that several customers had paused orders."
    )
    assert summary(found)[:3] == (
        "Priya Raman",
        "said",
        ["that several customers had paused orders"],
    )


def test_instructions_and_advice_against(nlp: Language) -> None:
    """'instructed the jury to disregard ...', 'advised against restrictions' are requests."""
    (found,) = statements(
        nlp, "Judge Eleanor Pratt instructed the jury to disregard a remark about the divorce."
    )
    assert summary(found)[1:3] == (
        "instructed",
        ["the jury to disregard a remark about the divorce"],
    )
    assert found.act is not None
    assert found.act.value == "request"
    (found,) = statements(
        nlp, "The World Health Organization advised against restrictions on travel."
    )
    assert summary(found)[1:3] == ("advised", ["against restrictions on travel"])


def test_a_ministry_spokesperson_speaks_for_the_ministry_named_before(nlp: Language) -> None:
    """'according to Uganda's Ministry of Health. A ministry spokesperson, X, told ...'."""
    text = (
        "At least 27 cases have been recorded, according to Uganda's Ministry of Health.\n\n"
        "A ministry spokesperson, Emmanuel Ainebyoona, told local broadcaster NTV that two "
        "patients had been discharged."
    )
    assert _speakers_and_principals(nlp, text) == [
        ("Ministry of Health", None),
        ("Emmanuel Ainebyoona", "Ministry of Health"),
    ]


def test_the_maker_described_by_what_it_makes(nlp: Language) -> None:
    """'Stratalink Technologies shares fell after the networking-chip maker said ...'."""
    text = (
        "Stratalink Technologies shares fell 12% on Friday after the networking-chip maker "
        "said it would cut about 3,800 jobs."
    )
    assert _speakers_and_principals(nlp, text) == [("Stratalink Technologies", None)]


def test_according_to_a_group(nlp: Language) -> None:
    """'according to prosecutors', 'according to analysts': the group is the speaker."""
    text = "The economy shrank in the third quarter, according to analysts."
    assert _speakers_and_principals(nlp, text) == [("analysts", None)]


def test_a_cue_joined_to_the_clause_of_what_the_speaker_is_concerned_about(nlp: Language) -> None:
    """'expressed concern over reports that ... had been hit ... and called on ...'."""
    found = statements(
        nlp,
        "The ombudsman, Josué Gutiérrez, expressed concern over reports that journalists had "
        "been hit by tear gas canisters and called on the government to open an investigation.",
    )
    cues = {summary(s)[1]: s for s in found}
    assert summary(cues["expressed concern"])[2] == [
        "over reports that journalists had been hit by tear gas canisters"
    ]
    assert summary(cues["reports"])[2] == ["that journalists had been hit by tear gas canisters"]
    assert summary(cues["called on"])[:3] == (
        "The ombudsman, Josué Gutiérrez",
        "called on",
        ["the government to open an investigation"],
    )


def test_according_to_a_title_then_the_name_set_off(nlp: Language) -> None:
    """'According to the IEBC's acting chief executive, Marjan Hussein Marjan, the ...'."""
    (found,) = statements(
        nlp,
        "According to the IEBC's acting chief executive, Marjan Hussein Marjan, the "
        "commission's secretariat has continued with voter-registration planning.",
    )
    assert summary(found)[2] == [
        "the commission's secretariat has continued with voter-registration planning"
    ]


def test_a_person_proposed_for_a_post_says_nothing(nlp: Language) -> None:
    """'Ruth Achieng', proposed as IEBC vice-chairperson': she is proposed, no one speaks."""
    text = (
        "Among the nominees is former county secretary Ruth Achieng', proposed as IEBC "
        "vice-chairperson."
    )
    assert statements(nlp, text) == []
    # named, the one who proposes speaks
    (found,) = statements(nlp, "Ruto proposed that the vote be delayed.")
    assert summary(found)[1] == "proposed"


def test_an_opening_participle_that_names_the_subject_only(nlp: Language) -> None:
    """'Commenting on the deal, Wang said ...': one statement; a warning of is its own."""
    found = statements(nlp, "Commenting on the deal, Wang Lei said it was fair.")
    assert [summary(s)[1:3] for s in found] == [("said", ["it was fair"])]
    found = statements(nlp, "Warning of a crisis, Wang Lei said the result was clear.")
    assert [summary(s)[1] for s in found] == ["Warning", "said"]


def test_it_after_an_office_issued_a_statement(nlp: Language) -> None:
    """'Chalmers' office issued a statement. It said ...': the statement, for Chalmers."""
    text = (
        "Jim Chalmers' office issued a statement on Monday. It said the minister would not resign."
    )
    assert _speakers_and_principals(nlp, text) == [(None, "Jim Chalmers")]


@pytest.mark.parametrize(
    ("text", "principal"),
    [
        (
            "The OCHA said on Friday that only 42 aid trucks had entered.\n\n“We are watching "
            "a catastrophe unfold,” said Olga Cherevko, an OCHA spokesperson in Gaza.",
            "OCHA",
        ),
        (
            'The Junge Gruppe said the reform was too costly.\n\n"We cannot support this '
            "law,\" the group's spokesman, Pascal Reddig, told DW.",
            "Junge Gruppe",
        ),
        (
            'Meridian Records said it was disappointed by the ruling.\n\n"We have always '
            'paid her," a spokesperson for the label said in a statement.',
            "Meridian Records",
        ),
        (
            'President Lee Jae-myung convened an emergency meeting.\n\n"The launch is a clear '
            'violation," presidential spokesperson Kang Yu-jung said in a briefing.',
            "Lee Jae-myung",
        ),
    ],
)
def test_a_spokesperson_for_a_body_named_again(nlp: Language, text: str, principal: str) -> None:
    """'an OCHA spokesperson', 'the group's spokesman', 'a spokesperson for the label'."""
    assert _speakers_and_principals(nlp, text)[-1][1] == principal


def test_declined_to_confirm_or_deny(nlp: Language) -> None:
    """'declined to confirm or deny': neither; 'refused to comment but said ...' still says."""
    assert statements(nlp, "The ministry declined to confirm or deny the report.") == []
    (found,) = statements(
        nlp, "The ministry refused to comment but said it was looking into the report."
    )
    assert summary(found)[1] == "said"


def test_orders_and_rulings(nlp: Language) -> None:
    """'ordered agencies to speed up ...' is a request, 'ruled that ...' a statement."""
    (found,) = statements(
        nlp,
        "President Marcos, who flew to Tuguegarao on Friday afternoon, ordered government "
        "agencies to speed up the delivery of relief goods.",
    )
    assert summary(found)[:3] == (
        "President Marcos, who flew to Tuguegarao on Friday afternoon",
        "ordered",
        ["government agencies to speed up the delivery of relief goods"],
    )
    assert found.act is not None
    assert found.act.value == "request"
    (found,) = statements(nlp, "The Supreme Court ruled 6-3 that the law was unconstitutional.")
    assert summary(found)[:3] == (
        "The Supreme Court",
        "ruled",
        ["that the law was unconstitutional"],
    )
    # an order of things and a ruling out stay what they were
    assert statements(nlp, "The court ordered the evacuation of the building.") == []
    (found,) = statements(nlp, "The judge ruled out a retrial.")
    assert summary(found)[1] == "ruled out"


@pytest.mark.parametrize("cue", ["said", "ordered"])
def test_a_day_between_the_speaker_and_the_cue(nlp: Language, cue: str) -> None:
    """'President Barack Obama Sunday said ...': the day is no speaker, Obama is."""
    (found,) = statements(
        nlp,
        f"President Barack Obama Sunday {cue} the U.S. government "
        + ("would start" if cue == "said" else "to start")
        + " preparing to lift sanctions.",
    )
    speaker, said = summary(found)[:2]
    assert said == cue
    assert speaker is not None
    assert speaker.endswith("Barack Obama")


def test_a_dateline_with_the_day_before_the_month_is_no_content(nlp: Language) -> None:
    """A dateline such as 'LEEDS, 27 November 2026 – ' is no part of what was said."""
    (found,) = statements(
        nlp,
        "LEEDS, 27 November 2026 – Two people were taken to hospital after a stabbing, "
        "West Yorkshire Police said.",
    )
    assert summary(found)[:3] == (
        "West Yorkshire Police",
        "said",
        ["Two people were taken to hospital after a stabbing"],
    )


def test_the_prefix_of_a_hyphenated_title_is_no_speaker(nlp: Language) -> None:
    """'"...," said co-author Professor Samuel Adeyemi': the professor, not "co"."""
    (found,) = statements(
        nlp, '"It works," said co-author Professor Samuel Adeyemi of the University of Ibadan.'
    )
    speaker = summary(found)[0]
    assert speaker is not None
    assert speaker.startswith("author Professor Samuel Adeyemi")


@pytest.mark.parametrize(
    "text",
    [
        "Speaking on behalf of the European Union, Josep Borrell said the sanctions would stay.",
        "Josep Borrell, speaking on behalf of the European Union, said the sanctions would stay.",
    ],
)
def test_speaking_on_behalf_of(nlp: Language, text: str) -> None:
    """'Speaking on behalf of the EU, Borrell said': on behalf of the EU."""
    assert _speakers_and_principals(nlp, text) == [("Josep Borrell", "European Union")]


def test_a_hyphen_the_parser_makes_a_subject_is_no_speaker(nlp: Language) -> None:
    """A quotation after another, where the parser makes "-" of "co-author" a subject too."""
    found = statements(
        nlp,
        'The trial was small. "Kidney patients are always told to wait for the data," said '
        "co-author Professor Samuel Adeyemi of the University of Ibadan. "
        '"Now the data is about them, and that is overdue."',
    )
    assert {summary(s)[0] for s in found} == {
        "author Professor Samuel Adeyemi of the University of Ibadan"
    }


def test_a_spokesperson_of_a_body_named_by_its_last_word(nlp: Language) -> None:
    """'the European Commission ... A Commission spokesperson, X, said': for the Commission."""
    text = (
        "The deal needs approval from the European Commission. A Commission spokesperson, "
        "Arianna Podesta, said the EU executive would assess the transaction carefully."
    )
    assert _speakers_and_principals(nlp, text) == [("Arianna Podesta", "European Commission")]


def test_a_scientist_s_title_before_the_name(nlp: Language) -> None:
    """'Seismologist Hernán Fuentes said': the title is no part of his name."""
    text = "Seismologist Hernán Fuentes said the region had not seen such a quake."
    assert _speakers_and_principals(nlp, text) == [("Hernán Fuentes", None)]


def test_the_company_is_the_one_named_with_its(nlp: Language) -> None:
    """After "Lumora unveiled its glasses", "the company said" is Lumora's statement."""
    found, names = annotate(
        nlp,
        "Lumora unveiled its glasses on Monday. Lumora will begin shipping the glasses "
        "next week, the company said.",
    )
    assert [names.get(s.speaker or "") for s in found] == ["Lumora"]


def test_a_quotation_of_a_date_is_said(nlp: Language) -> None:
    """'"Three years," Begum said': quoted words are a statement, though they name a time."""
    found, names = annotate(nlp, '"Three years," Begum said.')
    assert [(names.get(s.speaker or ""), [c.text for c in s.content]) for s in found] == [
        ("Begum", ['"Three years,"'])
    ]
    found, _ = annotate(nlp, "The ministry issued a statement on Monday.")
    assert found == []


def test_an_infinitive_on_a_noun_is_no_cue(nlp: Language) -> None:
    """'his own reasons to blame his former employer': no one blames, nothing is said."""
    found, _ = annotate(
        nlp,
        "Defence lawyer Simon Okafor suggested that Pryce had his own reasons to blame his "
        "former employer.",
    )
    assert [s.cue.text for s in found] == ["suggested"]


@pytest.mark.parametrize(
    ("text", "addressee"),
    [
        ("Prosecutor Diane Whitfield told the jury that the company had lied.", "jury"),
        ("Dr Rachel Obi urged the government to invest in safe parks.", "government"),
        ("Defence Minister Ingrid Solberg told parliament that spending would rise.", "parliament"),
        ('"Until we fix care, we will never fix the NHS," Helen Marlow told MPs.', "MPs"),
        ("Kessler Motors will cut 4,200 jobs, Chief Executive Markus Vogel told staff.", "staff"),
        ("Treasurer Sam Whitford warned colleagues that the budget was stranded.", "colleagues"),
    ],
)
def test_a_body_or_group_told_is_the_addressee(nlp: Language, text: str, addressee: str) -> None:
    """The jury, a bare government or parliament, MPs tagged as a name: each is told."""
    found, names = annotate(nlp, text)
    assert [names.get(s.addressee or "") for s in found] == [addressee]


def test_a_bare_government_that_speaks(nlp: Language) -> None:
    """'The government said': the body speaks; 'the government' after a named one is it."""
    found, names = annotate(nlp, "The government said on Monday that taxes would rise.")
    assert [names.get(s.speaker or "") for s in found] == ["government"]
    found, names = annotate(
        nlp,
        "The British government said on Monday that taxes would rise. Critics urged the "
        "government to think again.",
    )
    assert names.get(found[-1].addressee or "") == "British government"


INTERVIEW = (
    "Mayor Ruth Calder rebuilt the town after the flood. Calder spoke to us in her office, "
    "a day after the council's new barrier opened.\n\n"
    "Q: What would you tell other councils?\n\n"
    "A: Plan for the worst. Don't wait for the money from London.\n\n"
    "Q: Will you stand again?\n\n"
    "A: Ask me next year.\n\n"
    "Critics disagreed. Councillor Nick Allen said the barrier was a vanity project."
)


def test_interview_answers_are_said_by_the_one_interviewed(nlp: Language) -> None:
    """Each 'A:' paragraph is the interviewee's, direct; the questions say nothing."""
    found, names = annotate(nlp, INTERVIEW)
    answers = [s for s in found if s.cue.text == "A:"]
    assert [
        (names.get(s.speaker or ""), s.kind.value, [c.text for c in s.content]) for s in answers
    ] == [
        ("Ruth Calder", "direct", ["Plan for the worst. Don't wait for the money from London."]),
        ("Ruth Calder", "direct", ["Ask me next year."]),
    ]
    assert not any(s.cue.text.startswith("Q") for s in found)
    assert names.get(found[-1].speaker or "") == "Nick Allen"


def test_answers_marked_by_the_name_of_who_gives_them(nlp: Language) -> None:
    """'Q: ...' then 'Rebelo: I am confident ...': Rebelo's, direct; her "I" asks nothing apart."""
    found, names = annotate(
        nlp,
        "Mayor Ana Rebelo spoke to us in her office.\n\n"
        "Q: Is the freeze going to survive?\n\n"
        "Rebelo: I am confident it will. I have asked the government to tax empty homes.\n\n"
        "Q: And the landlords?\n\n"
        "A: They will adapt.",
    )
    assert [
        (names.get(s.speaker or ""), summary(s)[:2], s.kind.value, [c.text for c in s.content])
        for s in found
    ] == [
        (
            "Ana Rebelo",
            ("Rebelo", ":"),
            "direct",
            ["I am confident it will. I have asked the government to tax empty homes."],
        ),
        ("Ana Rebelo", (None, "A:"), "direct", ["They will adapt."]),
    ]
    # control: with no question before it, a name and a colon open no answer
    found, _ = annotate(nlp, "Rebelo: We cannot set national rent rules.")
    assert not any(s.cue.text == ":" and not s.content[0].text.startswith('"') for s in found)


def test_a_paragraph_opening_with_an_initial_is_no_answer(nlp: Language) -> None:
    """Without a question before it, 'A. Smith said ...' is no interview's answer."""
    found, _ = annotate(nlp, "A. Smith said the plan would work.\n\nA. Jones disagreed.")
    assert not any(s.cue.text.startswith("A") for s in found)


def test_spokesperson_for_a_body_named_after_a_comma(nlp: Language) -> None:
    """'A spokesperson for the rail operator, Ferromex, said': on behalf of Ferromex."""
    found, names = annotate(
        nlp,
        "A spokesperson for the rail operator, Ferromex, said the company was cooperating "
        "fully with investigators.",
    )
    assert [names.get(s.on_behalf_of or "") for s in found] == ["Ferromex"]


def test_a_question_quoted_before_an_age_description(nlp: Language) -> None:
    """'"... why not?" the 22-year-old said. "..."': both quotations are the player's."""
    found, names = annotate(
        nlp,
        "Kwame Asante described his second goal as the best of his career.\n\n"
        '"I just saw the keeper off his line and thought, why not?" the 22-year-old said. '
        '"When it went in I did not know where to run."',
    )
    assert [(s.cue.text, names.get(s.speaker or "")) for s in found] == [
        ("described", "Kwame Asante"),
        ("said", "Kwame Asante"),
        ("said", "Kwame Asante"),
    ]
    assert found[1].content[0].text.endswith('why not?"')


def test_guillemets_opening_a_paragraph_before_an_inverted_cue(nlp: Language) -> None:
    """'«...», said the critic Luc Verbeke': the closing mark parsed as a subject is none."""
    found, names = annotate(
        nlp,
        'Variety\'s Jessica Kent described the film as "admirable but airless".\n\n'
        "«C'est un grand film fragile», said the Belgian critic Luc Verbeke.",
    )
    assert [(s.cue.text, names.get(s.speaker or ""), s.kind.value) for s in found][1:] == [
        ("said", "Luc Verbeke", "direct")
    ]
    assert found[1].content[0].text == "«C'est un grand film fragile»"


def test_a_quoted_title_opening_a_sentence_is_not_said(nlp: Language) -> None:
    """'"The Salt Years" opens in February' after a statement: a title, no floating quote."""
    found = statements(
        nlp,
        'Ana Muresan said she was writing a new script. "It will be another film with many '
        'women," she said.\n\n"The Salt Years" opens in Romanian cinemas in February.',
    )
    assert [summary(s)[2] for s in found] == [
        ["she was writing a new script"],
        ['"It will be another film with many women,"'],
    ]


def test_a_police_spokesman_speaks_for_the_police(nlp: Language) -> None:
    """'A police spokesman, Colonel Raul Ibarra, told ...': on behalf of the police."""
    found, names = annotate(
        nlp,
        "A police spokesman, Colonel Raul Ibarra, told local radio that agitators had "
        "infiltrated the march.",
    )
    assert [names.get(s.on_behalf_of or "") for s in found] == ["police"]


def test_a_verb_after_a_name_in_apposition_read_as_its_modifier(nlp: Language) -> None:
    """'Bremen's mayor, Thomas Reinke, called ...', '..., Felix Brandt, posted on X that'."""
    found = statements(
        nlp,
        'Bremen\'s mayor, Thomas Reinke, called the announcement "a black day for our city" '
        "and urged the federal government to bring forward infrastructure projects.",
    )
    assert [summary(s)[:3] for s in found] == [
        (
            "Bremen's mayor, Thomas Reinke",
            "called",
            ['the announcement "a black day for our city"'],
        ),
        (
            "Bremen's mayor, Thomas Reinke",
            "urged",
            ["the federal government to bring forward infrastructure projects"],
        ),
    ]
    (found,) = statements(
        nlp,
        "Lumora's chief technology officer, Felix Brandt, posted on LinkedIn that the battery "
        "lasted nine hours.",
    )
    assert summary(found)[1:3] == ("posted", ["that the battery lasted nine hours"])


def test_called_it_and_a_quotation_hung_elsewhere(nlp: Language) -> None:
    """'Morison called the case "spurious"': the object and the quotation after it."""
    (found,) = statements(
        nlp, 'Morison called the case against him and his colleague "spurious" and "flawed."'
    )
    assert summary(found)[2][0].startswith("the case against him")


@pytest.mark.parametrize("speaker", ["Governor Ingrid Halvorsen", "she"])
def test_a_clause_after_and_beyond_a_cue_set_in_the_sentence(nlp: Language, speaker: str) -> None:
    """'X, Governor Halvorsen said, and Y': both clauses are said, without the "and"."""
    (found,) = statements(
        nlp,
        f"Growth was weak but positive, {speaker} said, and unemployment remained close to "
        "historic lows.",
    )
    assert summary(found)[2] == [
        "Growth was weak but positive",
        "unemployment remained close to historic lows",
    ]


@pytest.mark.parametrize("speaker", ["her son, Daniel Ellery", "Daniel Ellery, her son"])
def test_speaker_in_apposition_after_the_clause_is_not_said(nlp: Language, speaker: str) -> None:
    """'X, her son, Daniel Ellery, said': the parser hangs the speaker on X; he is not said."""
    (found,) = statements(nlp, f"The cause was heart failure, {speaker}, said.")
    assert summary(found) == (speaker, "said", ["The cause was heart failure"], "indirect")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The SNP's Stephen Flynn paid tribute to the firefighters who died in a warehouse "
            "blaze.",
            ("paid tribute", ["to the firefighters who died in a warehouse blaze"], "praise"),
        ),
        (
            "Former students remembered her as a demanding but devoted supervisor.",
            ("remembered", ["her as a demanding but devoted supervisor"], "assert"),
        ),
        (
            "She said the team had modelled several scenarios, but agreed that more "
            "observations were needed.",
            ("agreed", ["that more observations were needed"], "acknowledge"),
        ),
        (
            'The senator challenged Labour MPs to "look their constituents in the eye".',
            ("challenged", ['Labour MPs to "look their constituents in the eye"'], "request"),
        ),
        (
            "Ed Davey said families were paying too much, and asked whether ministers would "
            "publish the review.",
            ("asked", ["whether ministers would publish the review"], "request"),
        ),
    ],
)
def test_tributes_memories_agreement_and_challenges(
    nlp: Language, text: str, expected: tuple[str, list[str], str]
) -> None:
    """Cues of obituaries and debates: paid tribute to, remembered as, agreed that, challenged."""
    found = [s for s in statements(nlp, text) if s.cue.text == expected[0]]
    assert [(s.cue.text, summary(s)[2], s.act.value if s.act else None) for s in found] == [
        expected
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Last autumn, it looked as if Washington would agree to this in return for an airbase.",
        "Last autumn, it looked as if Washington would concede.",
        "The two sides agreed to meet again.",
        "Ruiz challenged the ruling in court.",
        "Protesters paid tribute.",
    ],
)
def test_agreement_and_challenge_that_say_nothing(nlp: Language, text: str) -> None:
    """Agreeing to something, challenging a ruling, a tribute with no one named: no statement."""
    assert statements(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            'The Prime Minister said the review would be published "in the new year", a phrase '
            "greeted with groans.",
            'the review would be published "in the new year"',
        ),
        (
            'The Prime Minister told him an announcement would come "shortly", drawing a cry of '
            '"When?" from the benches.',
            'an announcement would come "shortly"',
        ),
        (
            "Astronomers say they have found signs of water vapour on a rocky planet, a result "
            "that, if confirmed, would be a first.",
            "they have found signs of water vapour on a rocky planet",
        ),
        (
            "He said the army would retreat, prompting fears of a collapse.",
            "the army would retreat",
        ),
        # what was said may go on with a participle of its own
        (
            "Some observers suggest that sanctions will worsen, prompting, perhaps, a coup.",
            "that sanctions will worsen, prompting, perhaps, a coup",
        ),
    ],
)
def test_how_the_words_were_received_is_not_said(nlp: Language, text: str, content: str) -> None:
    """', a phrase greeted with groans', ', drawing a cry of ...': the writer's, not said."""
    found = statements(nlp, text)
    assert summary(found[0])[2] == [content]


def test_relative_cue_says_nothing_of_the_main_clause_after_it(nlp: Language) -> None:
    """'The report, which warned that X, helped lead to Y': Y is not what it warned."""
    found = statements(
        nlp,
        "Her 1988 report to the government, which warned that trawling was destroying reefs "
        "thousands of years old, helped lead to the creation of protected areas.",
    )
    (warned,) = [s for s in found if s.cue.text == "warned"]
    (content,) = summary(warned)[2]
    assert content.startswith("that trawling was destroying reefs")
    assert "helped" not in content


def test_role_noun_after_a_fronted_participle_is_the_one_told_before(nlp: Language) -> None:
    """'Speaking with journalists, the lawmaker alleged': the senator of the sentence before."""
    found, names = annotate(
        nlp,
        "Senator Rasheed Oloyede accused the governor of plotting. Speaking with journalists, "
        'the lawmaker alleged that party structures had been "hijacked".',
    )
    alleged = next(s for s in found if s.cue.text == "alleged")
    assert alleged.speaker is not None
    assert names[alleged.speaker] == "Rasheed Oloyede"


def test_role_noun_after_a_fronted_phrase_is_not_guessed(nlp: Language) -> None:
    """'In a taped confession, the suspect claimed': not whoever spoke before."""
    found, _ = annotate(
        nlp,
        "Police spokesman Kirt Chantarith said a suspect had been arrested. He said the man "
        "had shot Ley over a debt.\n\nIn a taped confession, the suspect claimed his name was "
        "Chuab Samlaap.",
    )
    claimed = next(s for s in found if s.cue.text == "claimed")
    assert claimed.speaker is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            'Elena Varga conducts her last concert next month. In her words, "the orchestra '
            'deserves someone younger."',
            ("her", "In her words", ['"the orchestra deserves someone younger."'], "direct"),
        ),
        (
            "The plan, in the words of one diplomat, is dead on arrival.",
            ("one diplomat", "in the words of", ["The plan", "is dead on arrival"], "indirect"),
        ),
        (
            "European Central Bank President Christine Lagarde spoke on Monday. In Lagarde's "
            'words, inflation is "a stubborn guest".',
            ("Lagarde", "In Lagarde's words", ['inflation is "a stubborn guest"'], "mixed"),
        ),
    ],
)
def test_in_her_words(nlp: Language, text: str, expected: tuple[object, ...]) -> None:
    """'In her words, ...', 'in the words of X': X says the rest of the clause."""
    (found,) = statements(nlp, text)
    assert summary(found) == expected


def test_in_her_words_names_the_speaker(nlp: Language) -> None:
    """The possessor is resolved like any speaker: "her" is the conductor named before."""
    found, names = annotate(
        nlp,
        'Conductor Elena Varga leaves the podium. In her words, "it is time."',
    )
    (words,) = found
    assert words.speaker is not None
    assert names[words.speaker] == "Elena Varga"


@pytest.mark.parametrize(
    "text",
    [
        "In other words, the plan is dead.",
        "In a word, the plan is dead.",
        "Prime Minister John Smith said the plan was, in his words, dead.",
    ],
)
def test_words_that_give_nobody_the_clause(nlp: Language, text: str) -> None:
    """No speaker in the aside, or an aside inside a statement told already: no new one."""
    found = statements(nlp, text)
    assert [s.cue.text for s in found] == ([] if text.startswith("In") else ["said"])


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            '"He has learned to play one capital off against another," as one diplomat put it.',
            ['"He has learned to play one capital off against another,"'],
        ),
        (
            "As one diplomat put it, Erdogan has learned to play one capital off against another.",
            ["Erdogan has learned to play one capital off against another"],
        ),
    ],
)
def test_as_one_diplomat_put_it(nlp: Language, text: str, content: list[str]) -> None:
    """'..., as one diplomat put it': the diplomat's words."""
    (found,) = statements(nlp, text)
    assert summary(found)[:3] == ("one diplomat", "put", content)


def test_put_it_without_as_is_no_cue(nlp: Language) -> None:
    """'put it on the table': no "as", nothing said."""
    assert statements(nlp, "He put it on the table and left the room.") == []


def test_inverted_cue_given_the_clause_s_subject_too(nlp: Language) -> None:
    """'Europe's role, says one EU official, has shrunk': the role is part of what was said."""
    (found,) = statements(
        nlp, "Europe's role, says one EU official, has shrunk to writing cheques."
    )
    assert summary(found)[:3] == (
        "one EU official",
        "says",
        ["Europe's role", "has shrunk to writing cheques"],
    )


@pytest.mark.parametrize(
    ("text", "mention", "content"),
    [
        (
            "The UAE was accused by UN experts of arming the Rapid Support Forces.",
            "UN experts",
            ["The UAE", "of arming the Rapid Support Forces"],
        ),
        (
            "The plan was praised by the minister for health for cutting waiting lists.",
            "the minister for health",
            ["The plan", "for cutting waiting lists"],
        ),
        ("The plan was praised by the mayor of Lyon.", "the mayor of Lyon", ["The plan"]),
    ],
)
def test_passive_cue_keeps_what_for(
    nlp: Language, text: str, mention: str, content: list[str]
) -> None:
    """'was accused by X of Y': X accuses the subject of Y, which the parser hangs on X."""
    (found,) = statements(nlp, text)
    assert summary(found)[0] == mention
    assert summary(found)[2] == content


@pytest.mark.parametrize("cue", ["said", "argued"])
def test_that_clause_after_a_call_read_as_a_relative_clause(nlp: Language, cue: str) -> None:
    """'said in a call with journalists that X': X, which the parser hangs on "call"."""
    (found,) = statements(
        nlp,
        f"Martin Ashby {cue} in a call with journalists that the Commission had moved the "
        "goalposts.",
    )
    assert summary(found)[:3] == (
        "Martin Ashby",
        cue,
        ["that the Commission had moved the goalposts"],
    )


def test_a_relative_clause_on_the_setting_is_no_content(nlp: Language) -> None:
    """'spoke in a call that the Commission had arranged': what the call was, not words."""
    assert statements(nlp, "Ashby spoke in a call that the Commission had arranged.") == []


def test_participle_after_a_clause_of_time_is_the_main_subject_s(nlp: Language) -> None:
    """'X admonished the lawyers after an exchange grew heated, telling them': X tells."""
    (found,) = statements(
        nlp,
        "Judge Theresa Okafor admonished both lawyers after an exchange grew heated, telling "
        "them that the courtroom is not a debate stage.",
    )
    assert summary(found)[:2] == ("Judge Theresa Okafor", "telling")


def test_second_object_of_a_cue_left_out_before_it(nlp: Language) -> None:
    """'accused the unions of X and the government of Y': both are what was said."""
    (found,) = statements(
        nlp,
        'Julien Odent accused the unions of "taking the country hostage" and the government '
        'of "total incompetence."',
    )
    (content,) = summary(found)[2]
    assert content.startswith("the unions of")
    assert content.endswith('the government of "total incompetence."')


def test_a_second_cue_joined_to_the_first_keeps_its_own_object(nlp: Language) -> None:
    """'praised the police and thanked the firefighters': two statements, one object each."""
    found = statements(nlp, "The minister praised the police and thanked the firefighters.")
    assert [summary(s)[1:3] for s in found] == [
        ("praised", ["the police"]),
        ("thanked", ["the firefighters"]),
    ]


@pytest.mark.parametrize(
    ("text", "outer", "inner"),
    [
        (
            "Claire Dumont confirmed that Aurora had requested a meeting with the race director.",
            "Claire Dumont",
            "requested",
        ),
        (
            "The Washington Post reported that Robert Einhorn told members of Congress that "
            "China had cancelled the sale.",
            "Washington Post",
            "told",
        ),
    ],
)
def test_a_statement_in_another_s_reported_clause_is_reported_by_it(
    nlp: Language, text: str, outer: str, inner: str
) -> None:
    """'X confirmed that Y had requested ...': Y's request, passed on by X."""
    found, names = annotate(nlp, text)
    told = next(s for s in found if s.cue.text == inner)
    assert told.reported_by is not None
    assert names[told.reported_by] == outer


@pytest.mark.parametrize(
    "text",
    [
        "Senator Bob Corker stressed the need to support Ukraine and called for more aid.",
        "President Robert Mugabe told delegates that the policy has not hurt the country as "
        "critics say.",
    ],
)
def test_a_second_verb_or_an_aside_is_reported_by_no_one(nlp: Language, text: str) -> None:
    """'stressed ... and called for ...', '... as critics say': nobody passes these on."""
    found, _ = annotate(nlp, text)
    assert found
    assert all(s.reported_by is None for s in found)


def test_a_paper_the_model_missed_is_the_one_told(nlp: Language) -> None:
    """'told The Standard that ...': the newspaper is the addressee."""
    found, names = annotate(nlp, "The minister told The Standard that the plan was dead.")
    (told,) = found
    assert told.addressee is not None
    assert names[told.addressee] == "Standard"


def test_participle_after_a_clause_of_time_with_a_person_is_that_person_s(
    nlp: Language,
) -> None:
    """'Protests erupted after President Hassan addressed the nation, saying': Hassan's."""
    found, names = annotate(
        nlp,
        "Protests erupted in Dar es Salaam after President Samia Suluhu Hassan addressed the "
        "nation, saying the curfew would remain in place.",
    )
    saying = next(s for s in found if s.cue.text == "saying")
    assert saying.speaker is not None
    assert names[saying.speaker] == "Samia Suluhu Hassan"


def test_as_one_aide_put_it_keeps_the_whole_quotation(nlp: Language) -> None:
    """'"He has learned that patience pays," as one aide put it': the whole quotation."""
    (found,) = statements(nlp, '"He has learned that patience pays," as one aide put it.')
    assert summary(found)[1:3] == ("put", ['"He has learned that patience pays,"'])


def test_that_clause_after_a_setting_stops_before_a_joined_cue(nlp: Language) -> None:
    """'argued in a call with journalists that X, and claimed Y': X, then Y apart."""
    found = statements(
        nlp,
        "Martin Ashby argued in a call with journalists that the Commission had moved the "
        "goalposts and claimed that the fine was unlawful.",
    )
    assert [summary(s)[1:3] for s in found] == [
        ("argued", ["that the Commission had moved the goalposts"]),
        ("claimed", ["that the fine was unlawful"]),
    ]


def test_relative_that_clause_of_a_setting_stops_before_a_joined_cue(nlp: Language) -> None:
    """'said in a press release that X and urged Y', "that X" parsed as a relative clause."""
    found = statements(
        nlp,
        "The unification ministry said in a press release that it regrets the North's move "
        "and urged Pyongyang to respond to the offer.",
    )
    assert [summary(s)[:3] for s in found] == [
        ("The unification ministry", "said", ["that it regrets the North's move"]),
        ("The unification ministry", "urged", ["Pyongyang to respond to the offer"]),
    ]


def test_a_past_cue_joined_to_a_clause_of_what_goes_on_is_the_clause_subjects(
    nlp: Language,
) -> None:
    """The control: 'soldiers are looting homes and threatened anyone': the soldiers'."""
    (found,) = [
        s
        for s in statements(
            nlp, "Residents said soldiers are looting homes and threatened anyone who resisted."
        )
        if s.cue.text == "said"
    ]
    assert summary(found)[2] == ["soldiers are looting homes and threatened anyone who resisted"]


def test_a_past_cue_joined_to_a_present_clause_is_the_outer_speakers(nlp: Language) -> None:
    """'Graham said Iran is dangerous and urged ...': Graham urged, not Iran."""
    found = statements(nlp, "Graham said Iran is dangerous and urged the administration to act.")
    assert [summary(s)[:3] for s in found] == [
        ("Graham", "said", ["Iran is dangerous"]),
        ("Graham", "urged", ["the administration to act"]),
    ]
    assert all(s.reported_by is None for s in found)


def test_that_clause_after_a_quoted_programme_title(nlp: Language) -> None:
    """'told X on "State of the Union" that ...': the clause the parser hangs on the title."""
    (found,) = statements(
        nlp,
        "Sen. Lindsey Graham, a close ally of President Donald Trump, told CNN's Dana Bash "
        'on "State of the Union" that Iran was closer to a bomb than ever.',
    )
    assert summary(found)[1:3] == ("told", ["that Iran was closer to a bomb than ever"])


def test_reported_clause_stops_before_the_writers_as_clause(nlp: Language) -> None:
    """', as MPs accused the firm of ...': another's statement, out of the first content."""
    found = statements(
        nlp,
        'Simon Harcourt admitted that the company "got it wrong" on sewage spills, as MPs '
        "accused the firm of handing out bonuses.",
    )
    assert [summary(s)[:3] for s in found] == [
        ("Simon Harcourt", "admitted", ['that the company "got it wrong" on sewage spills']),
        ("MPs", "accused", ["the firm of handing out bonuses"]),
    ]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # the speaker's next act, joined after the quotation that closes what was said
        (
            'Montemayor said Dizon\'s testimony was "a pack of lies" and moved to cite her in '
            "contempt.",
            'Dizon\'s testimony was "a pack of lies"',
        ),
        # a verb with an auxiliary, or a second that-clause, goes on saying it
        (
            'Tan said the plan was "dead on arrival" and would be rejected.',
            'the plan was "dead on arrival" and would be rejected',
        ),
        (
            'Tan said the allegations were "not true," but that he would resign.',
            'the allegations were "not true," but that he would resign',
        ),
    ],
)
def test_reported_clause_stops_before_the_speakers_next_act(
    nlp: Language, text: str, content: str
) -> None:
    """'said X was "a pack of lies" and moved to cite her': the move is the writer's."""
    (found,) = statements(nlp, text)
    assert summary(found)[2] == [content]


def test_thing_of_someone_inside_a_quotation_is_no_speaker(nlp: Language) -> None:
    """'"... when his body was telling him to stop," Ekholm said': no statement by a body."""
    found = statements(
        nlp, '"Today he stayed in it when his body was telling him to stop," Ekholm said.'
    )
    assert [summary(s)[:2] for s in found] == [("Ekholm", "said")]
    found = statements(nlp, '"His lawyer told him to stay silent," Ekholm said.')
    assert [summary(s)[:2] for s in found] == [("His lawyer", "told"), ("Ekholm", "said")]


def test_claiming_a_title_is_no_statement(nlp: Language) -> None:
    """'to claim inaugural Riyadh Slam': a sporting title won, nothing said."""
    assert (
        statements(nlp, "Lindqvist outlasts Moreau in five-set epic to claim inaugural Riyadh Slam")
        == []
    )
    (found,) = statements(nlp, "He claimed the record was a fake.")
    assert summary(found)[1:3] == ("claimed", ["the record was a fake"])


@pytest.mark.parametrize(
    ("text", "cue", "speaker"),
    [
        (
            "President Andrés Felipe Quintero addressed the nation on Sunday.\nThe head of state "
            "announced that he had ordered the deployment of 3,500 additional troops.",
            "announced",
            "Andrés Felipe Quintero",
        ),
        (
            "Prime Minister Keir Starmer met King Charles. The head of government said the talks "
            "went well.",
            "said",
            "Keir Starmer",
        ),
        (
            "The former mayor of Medellín, Federico Salazar Arango, said the government had "
            '"lost control of territory".',
            "said",
            "Federico Salazar Arango",
        ),
        (
            "Kamran Rezaei was freed on Sunday. His family said on Monday that he had been flown "
            "to Oman.",
            "said",
            "family",
        ),
    ],
)
def test_speaker_named_by_description(nlp: Language, text: str, cue: str, speaker: str) -> None:
    """'The head of state', 'the former mayor of X, Name,' and 'His family' speak as actors."""
    found, names = annotate(nlp, text)
    (statement,) = [s for s in found if s.cue.text == cue]
    assert statement.speaker is not None
    assert names[statement.speaker] == speaker


def test_description_with_an_employer_is_no_one_of_another(nlp: Language) -> None:
    """'The chief executive of Thames Vale Water' is not Ofwat's chief executive named later."""
    found, names = annotate(
        nlp,
        'The chief executive of Thames Vale Water admitted that the company "got it wrong".\n'
        "Later, Ofwat's interim chief executive, Daniel Okafor, said the regulator was "
        "considering enforcement action.",
    )
    assert [(s.cue.text, names.get(s.speaker or "")) for s in found] == [
        ("admitted", None),
        ("said", "Daniel Okafor"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Kamran Rezaei arrived late on Sunday. Nasrin Rezaei told reporters that she had spoken "
        "briefly to her father.",
        "Kamran Rezaei, 54, arrived late on Sunday.\n\nNasrin Rezaei told reporters that she had "
        "spoken briefly to her father.",
    ],
)
def test_kin_with_the_same_surname_speaks_for_herself(nlp: Language, text: str) -> None:
    """'Kamran Rezaei ... Nasrin Rezaei told reporters': her statement, not her father's."""
    found, names = annotate(nlp, text)
    (told,) = found
    assert told.speaker is not None
    assert names[told.speaker] == "Nasrin Rezaei"


def test_relative_clause_of_the_speaker_names_no_principal(nlp: Language) -> None:
    """'Dizon, who had denied contact with officials of Agriverde, confirmed': for no one."""
    found, _ = annotate(
        nlp,
        "Former undersecretary Maricel Dizon, who had earlier denied any contact with "
        "officials of Agriverde Trading Corporation, confirmed that the number belonged to her.",
    )
    assert [(s.cue.text, s.on_behalf_of) for s in found] == [
        ("denied", None),
        ("confirmed", None),
    ]


def test_panel_is_the_committee_named_before(nlp: Language) -> None:
    """'before the Senate Blue Ribbon Committee ... told the panel': the committee is told."""
    found, names = annotate(
        nlp,
        'Dizon appeared before the Senate Blue Ribbon Committee. "Yes, Mr. Chair, that is my '
        'number," Dizon told the panel.',
    )
    (told,) = found
    assert told.addressee is not None
    assert names[told.addressee] == "Senate Blue Ribbon Committee"


def test_headline_boss_of_a_company_is_its_chief_named_after(nlp: Language) -> None:
    """'Thames Vale Water boss admits ...': the boss is the chief executive named after.

    The company, untagged in the headline, is named again; its boss is Simon Harcourt.
    """
    found, names = annotate(
        nlp,
        'Thames Vale Water boss admits "we got it wrong"\n\nThe chief executive of Thames Vale '
        "Water, Simon Harcourt, apologised to MPs on Monday.",
    )
    (admits,) = found
    assert admits.speaker is not None
    assert names[admits.speaker] == "Simon Harcourt"


def test_warning_hung_on_the_one_warned(nlp: Language) -> None:
    """'warned his colleagues against X', parsed with "against" on the colleagues."""
    found, names = annotate(
        nlp, 'Senator Joel Bautista warned his colleagues against "trial by publicity."'
    )
    (warned,) = found
    assert [span.text for span in warned.content] == ['against "trial by publicity."']
    assert warned.addressee is not None
    assert names[warned.addressee] == "colleagues"


@pytest.mark.parametrize(
    "text",
    [
        "Dizon wrote to Tan twice. In another, sent two days later, she told Tan: \"Don't worry "
        'about the specs."',
        'Dizon wrote to Tan twice. Two days later, she told Tan: "Don\'t worry about the specs."',
    ],
)
def test_quotation_after_the_addressee_and_a_colon_is_what_was_told(
    nlp: Language, text: str
) -> None:
    """'she told Tan: "..."': the quotation, direct, to Tan; not the words before the cue."""
    found, names = annotate(nlp, text)
    (told,) = found
    assert [span.text for span in told.content] == ['"Don\'t worry about the specs."']
    assert told.kind.value == "direct"
    assert told.addressee is not None
    assert names[told.addressee] == "Tan"


def test_quotation_left_open_after_a_colon_stays_reported(nlp: Language) -> None:
    """'described the scene: "I saw flames ...' with no closing mark: still what was said."""
    (found,) = statements(
        nlp,
        'A spokesman for the college, Scott Craig, described the scene: "I saw flames about 100 '
        "feet high in the air.",
    )
    assert "I saw flames" in summary(found)[2][0]


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        (
            "The British Heart Foundation said the results were interesting but urged people "
            "not to change their diets.",
            "the results were interesting",
            ("urged", "people not to change their diets"),
        ),
        (
            'Professor Naveed Sattar said the trial was "well run" but warned against '
            "over-interpreting it.",
            'the trial was "well run"',
            ("warned", "against over-interpreting it"),
        ),
        (
            "The government says it wants growth. Ed Davey said the government should have "
            "taxed the banks and urged Reeves to exempt care homes.",
            "the government should have taxed the banks",
            ("urged", "Reeves to exempt care homes"),
        ),
    ],
)
def test_cue_joined_to_the_reported_clause_is_the_speakers(
    nlp: Language, text: str, first: str, second: tuple[str, str]
) -> None:
    """'said the results were interesting but urged ...': the speaker urged, not the results."""
    said, joined = (s for s in statements(nlp, text) if s.cue.text != "says")
    assert (said.cue.text, [span.text for span in said.content]) == ("said", [first])
    assert (joined.cue.text, joined.content[0].text) == second
    assert joined.speaker_mention == said.speaker_mention
    assert joined.speaker == said.speaker is not None
    assert joined.reported_by is None


@pytest.mark.parametrize(
    "text",
    [
        "Mark Ellison of Northamptonshire Police said the sentence was fair.",
        "Detective Constable Mark Ellison of Northamptonshire Police said he hoped the "
        "sentence would send a clear message.",
    ],
)
def test_person_of_an_organisation_the_parser_makes_a_modifier_speaks(
    nlp: Language, text: str
) -> None:
    """'Mark Ellison of Northamptonshire Police said': he speaks, not the police."""
    (statement,), names = annotate(nlp, text)
    assert names[statement.speaker or ""] == "Mark Ellison"
    assert statement.speaker_mention is not None
    assert statement.speaker_mention.text.endswith("Mark Ellison of Northamptonshire Police")


@pytest.mark.parametrize(
    ("text", "cues"),
    [
        ("More tests are needed to confirm the results.", []),
        (
            "The researchers said larger trials were needed to confirm the results and to "
            "rule out other explanations.",
            ["said"],
        ),
        # a person or body still speaks through an infinitive
        ("The government was forced to admit that the figures were wrong.", ["admit"]),
    ],
)
def test_infinitive_cue_of_a_thing_says_nothing(nlp: Language, text: str, cues: list[str]) -> None:
    """'More tests are needed to confirm the results': what the tests are for, no statement."""
    assert [s.cue.text for s in statements(nlp, text)] == cues


def test_the_speaker_is_never_the_addressee(nlp: Language) -> None:
    """'the judge told her', with "her" resolved to the judge: no addressee, not the judge."""
    found, names = annotate(
        nlp,
        "Judge Helen Marsh said Sandra Whitcombe had committed a grotesque breach of trust. "
        '"You targeted the weak," the judge told her.',
    )
    told = next(s for s in found if s.cue.text == "told")
    assert names[told.speaker or ""] == "Helen Marsh"
    assert told.addressee != told.speaker


def test_a_setting_read_as_a_clause_before_the_cue_is_not_said(nlp: Language) -> None:
    """'In a statement read to the court, Dunn said ...': what follows "said" was said."""
    (found,) = statements(
        nlp,
        "In a victim personal statement read to the court, Margaret Dunn, whose mother Joan "
        "lost £96,000, said the family had been robbed twice.",
    )
    assert summary(found)[1:3] == ("said", ["the family had been robbed twice"])


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Rain Newton-Smith, the CBI chief executive, said:\n\n"
            "Firms will now think twice before hiring.\n\nShares fell.",
            "Firms will now think twice before hiring.",
        ),
        (
            "One former minister told Pippa Crerar:\n\nNobody is happy about this.",
            "Nobody is happy about this.",
        ),
    ],
)
def test_block_quote_after_a_colon_is_said_word_for_word(
    nlp: Language, text: str, content: str
) -> None:
    """A live blog's 'X said:' and the next paragraph, without quotation marks."""
    (found,) = statements(nlp, text)
    assert (summary(found)[2], found.kind.value) == ([content], "direct")


@pytest.mark.parametrize(
    "text",
    [
        "Asked about the cuts, the prime minister's spokesperson said:\n\n11.42am GMT\n\n"
        "Labour MPs have reacted angrily to the cuts.",
        "In a post on X, Badenoch said:\n\nKemi Badenoch (@KemiBadenoch) March 4, 2025",
    ],
)
def test_time_stamp_or_byline_after_a_colon_is_no_block_quote(nlp: Language, text: str) -> None:
    """A live blog's time stamp or a post's by-line after 'said:' is no sentence said."""
    assert [s.kind.value for s in statements(nlp, text) if s.cue.text == "said"] == []


def test_words_going_on_after_a_colon_and_a_line_break_are_no_block(nlp: Language) -> None:
    """'said:' then a single line break and running text: read as before, no block."""
    found = statements(
        nlp,
        "Landaeta said:\n It is the first thing you should do. Landaeta also spoke of deaths.",
    )
    said = next(s for s in found if s.cue.text == "said")
    assert said.kind.value != "direct"
    assert all("Landaeta also" not in span.text for span in said.content)


def test_verb_sharing_the_clauses_modal_is_the_clauses_subjects(nlp: Language) -> None:
    """'said the Fed would cut rates and announce an end': the Fed would announce it."""
    found, names = annotate(
        nlp,
        "Analysts said the Fed would cut rates in March and announce an end to quantitative "
        "tightening.",
    )
    announce = next(s for s in found if s.cue.text == "announce")
    assert names[announce.speaker or ""] == "Fed"


def test_cue_whose_object_is_the_clauses_subject_is_the_speakers(nlp: Language) -> None:
    """'said Netanyahu was a close friend but urged him ...': Biden urged Netanyahu."""
    found, names = annotate(
        nlp, "Biden said Netanyahu was a close friend but urged him to protect civilians."
    )
    urged = next(s for s in found if s.cue.text == "urged")
    assert (names[urged.speaker or ""], names[urged.addressee or ""]) == ("Biden", "Netanyahu")


def test_passive_not_explained_is_said_and_brackets_close(nlp: Language) -> None:
    """'could not be explained by addiction alone' is said; '(AES)' keeps its bracket."""
    (judge,) = statements(
        nlp,
        "The judge said the offending was sustained and calculated and could not be "
        "explained by addiction alone.",
    )
    assert summary(judge)[2] == [
        "the offending was sustained and calculated and could not be explained by addiction alone"
    ]
    (general,) = statements(
        nlp,
        "The general said his government would deepen ties with the Alliance of Sahel States "
        "(AES).",
    )
    assert summary(general)[2][0].endswith("(AES)")


@pytest.mark.parametrize(
    ("text", "cue", "act", "addressee"),
    [
        ("The mayor told residents to stay indoors.", "told", "request", "residents"),
        ("Police warned drivers not to travel on Sunday.", "warned", "request", "drivers"),
        ("Residents were told to stay indoors.", "told", "request", "residents"),
        # a time between the one told and what they are told to do
        (
            "Judge Alan Brandt told jurors on Tuesday not to read the news.",
            "told",
            "request",
            "jurors",
        ),
        (
            "Judge Alan Brandt reminded jurors Tuesday afternoon not to read the news.",
            "reminded",
            "request",
            "jurors",
        ),
        # controls: telling what is so is an assertion, to the one told
        ("She told reporters she was tired.", "told", "assert", "reporters"),
        ("Residents were warned that floods could come.", "warned", "assert", "residents"),
    ],
)
def test_telling_someone_to_do_something_is_a_request(
    nlp: Language, text: str, cue: str, act: str, addressee: str
) -> None:
    """'told residents to stay indoors' asks them; 'Residents were told to ...' too."""
    found, names = annotate(nlp, text)
    (told,) = [s for s in found if s.cue.text == cue]
    assert (told.act.value if told.act else None, names[told.addressee or ""]) == (act, addressee)


def speaker_name(found: list[Statement], names: dict[str, str], cue: str) -> str | None:
    """Return the name of the speaker of the one statement whose cue reads ``cue``."""
    (statement,) = [s for s in found if s.cue.text == cue]
    return names.get(statement.speaker or "")


@pytest.mark.parametrize(
    ("text", "cue", "speaker"),
    [
        (
            'A post shared 40,000 times on Facebook this week claims that "Brussels will make '
            'growing tomatoes illegal".',
            "claims",
            None,
        ),
        (
            "According to a document seen by Reuters, the advisers set a deadline of April 15.",
            "According to",
            None,
        ),
        (
            "Similar claims circulated in 2019, according to a fact check by Full Fact.",
            "according to",
            "Full Fact",
        ),
        # control: who wrote a report is its author
        (
            "Similar claims circulated in 2019, according to a report by Full Fact.",
            "according to",
            "Full Fact",
        ),
    ],
)
def test_a_platform_or_a_reader_is_no_author(
    nlp: Language, text: str, cue: str, speaker: str | None
) -> None:
    """'shared on Facebook', 'seen by Reuters': where it was shared, who read it; not authors."""
    found, names = annotate(nlp, text)
    assert speaker_name(found, names, cue) == speaker


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        (
            "According to a letter from the ministry seen by Reuters, the government plans to "
            "cut fuel subsidies.",
            "the ministry",
        ),
        (
            "A letter from the Finance Ministry, seen by Reuters, said the government plans to "
            "cut fuel subsidies.",
            "the Finance Ministry",
        ),
    ],
)
def test_who_read_a_document_is_not_in_its_authors_mention(
    nlp: Language, text: str, mention: str
) -> None:
    """'a letter from the ministry seen by Reuters': the author as written is the ministry."""
    found, _ = annotate(nlp, text)
    (statement,) = found
    assert statement.speaker_mention is not None
    assert statement.speaker_mention.text == mention


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Ingrid Halvorsen said the group was reviewing the portfolio but did not mention the "
            "tanker unit.",
            "the group was reviewing the portfolio",
        ),
        ("Neil Harcourt repeated the claim in a post on X on Monday.", "the claim"),
        ("Neil Harcourt repeated the claim in an interview on Monday.", "the claim"),
        ("Neil Harcourt repeated the claim on X on Monday.", "the claim"),
        (
            "Exclusive: Halvorsen explores sale of tanker unit, sources say\n\nOSLO (Reuters) - "
            "Halvorsen Shipping is exploring a sale, three people said.",
            "Halvorsen explores sale of tanker unit",
        ),
        # control: a phrase that belongs to the object stays
        (
            "The minister repeated the claim of a plot against him.",
            "the claim of a plot against him",
        ),
    ],
)
def test_what_was_not_said_and_where_is_not_content(nlp: Language, text: str, content: str) -> None:
    """'but did not mention', 'in a post on X', a wire's 'Exclusive:' label: no content."""
    found, _ = annotate(nlp, text)
    assert [span.text for span in found[0].content] == [content]


def test_briefing_the_council_is_speaking_to_it(nlp: Language) -> None:
    """'Briefing the council before the vote, Guterres said': the council is addressed."""
    found, names = annotate(
        nlp,
        "The UN Security Council voted on Monday. Briefing the council before the vote, "
        "Guterres said the situation remained dire.",
    )
    (said,) = found
    assert names[said.addressee or ""] == "UN Security Council"


def test_the_company_after_an_analyst_is_the_company_that_spoke(nlp: Language) -> None:
    """An analyst quoted between 'Veridian said' and 'The company also said' is no company."""
    found, names = annotate(
        nlp,
        "Veridian Pharmaceuticals said Thursday it will cut 1,200 jobs.\n\nAnalyst Priya Raman "
        "of Leerink Partners wrote in a note that the cuts were overdue.\n\nThe company also "
        "said it would raise its dividend.",
    )
    assert [names.get(s.speaker or "") for s in found] == [
        "Veridian Pharmaceuticals",
        "Priya Raman",
        "Veridian Pharmaceuticals",
    ]


def test_a_company_spokeswoman_speaks_for_the_company_named_before(nlp: Language) -> None:
    """'A company spokeswoman', a sentence after the company: on behalf of the company."""
    found, names = annotate(
        nlp,
        "Veridian Pharmaceuticals said it will close a plant. The Lima plant employs 640 "
        "people. A company spokeswoman, Karen Fisk, said workers were informed Thursday.",
    )
    fisk = next(s for s in found if names.get(s.speaker or "") == "Karen Fisk")
    assert names[fisk.on_behalf_of or ""] == "Veridian Pharmaceuticals"


@pytest.mark.parametrize(
    "text",
    [
        '"This campaign was never about me," Moreno said, as the crowd chanted "Elena!". '
        '"It was about every family that wants a fair shot."',
        '"The voters have spoken," Moreno said. Some in the crowd booed, and she raised a hand '
        'to quiet them. "It was about every family that wants a fair shot."',
    ],
)
def test_floating_quotation_goes_on_with_the_main_speaker(nlp: Language, text: str) -> None:
    """Not the crowd chanting in a clause of time; and after 'X booed, and she raised a hand'."""
    found, names = annotate(nlp, text)
    last = next(s for s in found if s.content[0].text.startswith('"It was about'))
    assert names[last.speaker or ""] == "Moreno"


def test_two_that_clauses_after_a_setting_are_both_said(nlp: Language) -> None:
    """'said in a statement that A and that B': both clauses are said."""
    (said,) = statements(
        nlp,
        "The company said in a statement that the restructuring would save $450 million a "
        "year and that it expected to record charges of up to $300 million.",
    )
    assert summary(said)[2] == [
        "that the restructuring would save $450 million a year and that it expected to record "
        "charges of up to $300 million"
    ]


def test_floating_quotation_after_a_chant_of_two_sentences(nlp: Language) -> None:
    """'as supporters shouted "Elena! Elena!". "Now ..."': Moreno's, not dropped."""
    found, names = annotate(
        nlp,
        '"We did it," Moreno said, as supporters shouted "Elena! Elena!". "Now the real work '
        'begins."',
    )
    last = next(s for s in found if s.content[0].text.startswith('"Now'))
    assert names[last.speaker or ""] == "Moreno"


def test_a_company_spokesperson_with_two_companies_before_speaks_for_neither(
    nlp: Language,
) -> None:
    """'Valtra ... Nordmark ... a company spokesperson': which company, the text does not say."""
    (said,) = statements(
        nlp,
        "Valtra shares fell 7.2% in Frankfurt, while Nordmark rose 3.1% in Zurich.\n\n"
        "Brenner is due to meet major shareholders next week, a company spokesperson said.",
    )
    assert said.on_behalf_of is None


def test_telling_someone_to_expect_is_no_request(nlp: Language) -> None:
    """'told residents to expect heavy rain': a forecast told, not a request."""
    (told,) = statements(nlp, "The forecaster told residents to expect heavy rain on Sunday.")
    assert told.act is not None
    assert told.act.value == "assert"


def test_told_on_condition_of_anonymity_to_discuss_is_no_request(nlp: Language) -> None:
    """'told Reuters on condition of anonymity to discuss ...': the infinitive is anonymity's."""
    (told,) = statements(
        nlp,
        "The official told Reuters on condition of anonymity to discuss internal deliberations "
        "that the plan was dead.",
    )
    assert told.act is not None
    assert told.act.value == "assert"


def test_a_company_spokeswoman_after_a_rival_spoke_speaks_for_neither(nlp: Language) -> None:
    """'Tesco said ... Rival Sainsbury's said ... A company spokeswoman said': of neither."""
    found = statements(
        nlp,
        "Tesco said profits rose. Rival Sainsbury's said sales fell. A company spokeswoman said "
        "prices would stay low.",
    )
    assert found[-1].on_behalf_of is None


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        (
            "The President of the European Council Antonio Costa told reporters the summit "
            "went well.",
            "The President of the European Council Antonio Costa",
        ),
        (
            "Secretary-General of NATO Mark Rutte said allies would spend more.",
            "Secretary-General of NATO Mark Rutte",
        ),
    ],
)
def test_speaker_as_written_keeps_a_title_of_a_body(nlp: Language, text: str, mention: str) -> None:
    """'The President of the European Council Antonio Costa': the whole phrase speaks."""
    (said,) = statements(nlp, text)
    assert summary(said)[0] == mention


def test_a_company_spokeswoman_after_its_chief_executive(nlp: Language) -> None:
    """'A company spokeswoman' after its chief executive: the company's, not the wire's (AP).

    The company is named in a headline and in full; either name is the one company.
    """
    found, names = annotate(
        nlp,
        "Veridian Pharma to cut 1,200 jobs\n\nNEW YORK (AP) - Veridian Pharmaceuticals said on "
        'Thursday it would cut 1,200 jobs. "These are difficult decisions," Chief Executive '
        "Laura Brennan said.\n\nThe Ohio plant employs about 640 people. A company spokeswoman, "
        "Karen Fisk, said workers were informed on Thursday.",
    )
    fisk = next(s for s in found if names.get(s.speaker or "") == "Karen Fisk")
    assert names[fisk.on_behalf_of or ""] == "Veridian Pharmaceuticals"


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            'The company said it was "disappointed" and would appeal.',
            'it was "disappointed" and would appeal',
        ),
        (
            'Lee said she was "very disappointed" but would keep working.',
            'she was "very disappointed" but would keep working',
        ),
        (
            "Wexler acknowledged she had been fired from the home in the meantime and had "
            "filed a wrongful termination claim.",
            "she had been fired from the home in the meantime and had filed a wrongful "
            "termination claim",
        ),
        (
            "Lyle argued that the home was understaffed and that poor record-keeping, not his "
            "client, explains the deaths.",
            "that the home was understaffed and that poor record-keeping, not his client, "
            "explains the deaths",
        ),
        (
            'The company has said it was "disappointed" and would appeal.',
            'it was "disappointed" and would appeal',
        ),
        # control: what the speaker did next is not said
        (
            'The company said it was "disappointed" and declined to comment further.',
            'it was "disappointed"',
        ),
    ],
)
def test_a_verb_in_the_reported_tense_hung_on_the_cue_is_said_too(
    nlp: Language, text: str, content: str
) -> None:
    """'said it was "disappointed" and would appeal': the modal goes on with what was said."""
    (statement,) = statements(nlp, text)
    assert [span.text for span in statement.content] == [content]


@pytest.mark.parametrize(
    "text",
    [
        "On the criticism from her own party's left wing, Rebelo was blunt: \"Slogans do not "
        "put roofs over anybody's heads.\"",
        'On the question of the new stadium near the river, Rebelo was blunt: "It will not be '
        'built."',
        # control: the short clause alone
        'Rebelo was blunt: "It will not be built."',
    ],
)
def test_a_long_phrase_fronted_to_a_clause_before_a_colon_leaves_its_speaker(
    nlp: Language, text: str
) -> None:
    """'On the criticism from her own party's left wing, Rebelo was blunt: "..."' is Rebelo's."""
    (statement,) = statements(nlp, text)
    assert summary(statement)[:2] == ("Rebelo", ":")


@pytest.mark.parametrize(
    ("text", "cues"),
    [
        ("The results add to signs that food companies are losing ground.", []),
        ("The family had waited two years for someone to explain what happened.", []),
        ("The family had waited two years for the home to explain what happened.", []),
        # controls: adding that, explaining
        ("The CEO added that food companies are losing ground.", ["added"]),
        ("The home explained what happened.", ["explained"]),
    ],
)
def test_adding_to_signs_and_speech_waited_for_are_no_statements(
    nlp: Language, text: str, cues: list[str]
) -> None:
    """'add to signs that ...' says nothing; 'waited for someone to explain' awaits speech."""
    assert [s.cue.text for s in statements(nlp, text)] == cues


def test_a_participle_hung_on_the_place_marched_through_is_the_marchers(
    nlp: Language,
) -> None:
    """'marched through the city centre demanding a cap': the marchers demand it."""
    (statement,) = statements(
        nlp, "Thousands of residents have marched through the city centre demanding a cap."
    )
    assert summary(statement)[:3] == ("Thousands of residents", "demanding", ["a cap"])


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Donald Trump attacked mail-in ballots, which he has falsely claimed are riddled "
            "with fraud.",
            ["are riddled with fraud"],
        ),
        # control: the predicate with no auxiliary before it
        ("Troops shelled what the rebels claimed was a hospital.", ["was a hospital"]),
    ],
)
def test_what_x_claimed_keeps_the_verb_after_its_auxiliary(
    nlp: Language, text: str, content: list[str]
) -> None:
    """'which he claimed are riddled with fraud': all of the predicate, not its "are"."""
    (statement,) = statements(nlp, text)
    assert summary(statement)[1:3] == ("claimed", content)


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Northvale Software will cut about 1,800 jobs as the software maker shifts "
            "spending toward artificial intelligence, Chief Executive Mark Delaney wrote.",
            "Northvale Software will cut about 1,800 jobs as the software maker shifts "
            "spending toward artificial intelligence",
        ),
        # controls: "as" and the speaker alone before the cue
        ("The company will cut jobs, as Delaney wrote in a memo.", "The company will cut jobs"),
        ("As Delaney wrote, the company will cut jobs.", "the company will cut jobs"),
    ],
)
def test_an_as_clause_before_the_speaker_is_part_of_what_was_written(
    nlp: Language, text: str, content: str
) -> None:
    """'... jobs as the maker shifts spending, Delaney wrote': the "as" is no cue's."""
    (statement,) = statements(nlp, text)
    assert summary(statement)[1:3] == ("wrote", [content])


def test_the_writer_s_as_clause_after_according_to_is_no_content(nlp: Language) -> None:
    """'..., according to medical sources, as hundreds of trucks remain stranded'."""
    (statement,) = statements(
        nlp,
        "At least 38 Palestinians have been killed in Israeli air strikes since dawn, "
        "according to medical sources, as hundreds of aid trucks remain stranded at the "
        "Rafah crossing.",
    )
    assert summary(statement)[:3] == (
        "medical sources",
        "according to",
        ["At least 38 Palestinians have been killed in Israeli air strikes since dawn"],
    )


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "The minister said the plan would work but was expensive.",
            "the plan would work but was expensive",
        ),
        # control: a verb of what the speaker did, in the cue's past
        (
            "He said he would oppose the bill but seemed open to changes.",
            "he would oppose the bill",
        ),
    ],
)
def test_was_after_a_would_clause_is_what_was_said(nlp: Language, text: str, content: str) -> None:
    """'said the plan would work but was expensive': "is" shifted back, not the speaker's act."""
    (statement,) = statements(nlp, text)
    assert summary(statement)[2] == [content]


def test_a_dateline_in_normal_case_is_no_content(nlp: Language) -> None:
    """'Deir el-Balah, central Gaza – ...': the place and dash are no part of what was said."""
    (statement,) = statements(
        nlp,
        "Deir el-Balah, central Gaza – Israeli warplanes pounded residential areas on "
        "Tuesday, killing at least 38 people, Palestinian health officials said.",
    )
    assert summary(statement)[2] == [
        "Israeli warplanes pounded residential areas on Tuesday, killing at least 38 people"
    ]


def test_a_claim_denied_is_not_passed_on_by_who_denies_it(nlp: Language) -> None:
    """'Israeli officials accuse Hamas ..., a charge the group denies': Hamas reports nothing."""
    found = statements(
        nlp, "Israeli officials accuse Hamas of diverting aid, a charge the group denies."
    )
    assert [(s.cue.text, s.reported_by) for s in found] == [("accuse", None), ("denies", None)]


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        (
            "Patients at Kenyatta National Hospital described waiting for days to be seen.",
            "described",
            "waiting for days to be seen",
        ),
        ("He recounted being beaten by guards.", "recounted", "being beaten by guards"),
        (
            "She recalled seeing the bodies in the street.",
            "recalled",
            "seeing the bodies in the street",
        ),
    ],
)
def test_what_was_described_or_recalled_in_a_gerund(
    nlp: Language, text: str, cue: str, content: str
) -> None:
    """'described waiting for days': the gerund is what was told."""
    (statement,) = statements(nlp, text)
    assert summary(statement)[1:3] == (cue, [content])


def test_a_question_asked_by_someone_described_is_a_statement(nlp: Language) -> None:
    """'Asked by a French reporter whether ...': the reporter asks, though no one named."""
    found = statements(
        nlp,
        "Asked by a French reporter whether Germany would support common European bonds, "
        "Olaf Scholz said it was too early.",
    )
    assert [summary(s) for s in found] == [
        (
            "a French reporter",
            "Asked",
            ["whether Germany would support common European bonds"],
            "indirect",
        ),
        ("Olaf Scholz", "said", ["it was too early"], "indirect"),
    ]
    assert found[0].speaker is None
    assert found[0].act.value == "request"


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Scholz rejected the idea at the time.", "the idea"),
        # control: the time of what was said, inside the reported clause
        ("Scholz said the economy was weak at the time.", "the economy was weak at the time"),
    ],
)
def test_at_the_time_after_an_object_is_when_it_was_said(
    nlp: Language, text: str, content: str
) -> None:
    """'rejected the idea at the time': a time no tagger marks, the cue's own."""
    (statement,) = statements(nlp, text)
    assert summary(statement)[2] == [content]


def test_a_second_that_clause_after_a_quotation_with_a_comma_is_said_too(
    nlp: Language,
) -> None:
    """'that Ukraine "should be thanking Elon, not attacking him" and that the war ...'."""
    (statement,) = statements(
        nlp,
        'Donald Trump weighed in on Sunday, writing on Truth Social that Ukraine "should be '
        'thanking Elon, not attacking him" and that the war "would never have happened" if '
        "he had been in the White House.",
    )
    assert summary(statement)[1:3] == (
        "writing",
        [
            'that Ukraine "should be thanking Elon, not attacking him" and that the war '
            '"would never have happened" if he had been in the White House'
        ],
    )


@pytest.mark.parametrize(
    ("text", "speaker", "mention"),
    [
        (
            "Among those in line was Debbie Kowalski, a retired worker from Millcreek Township, "
            "who said she had voted for Obama.",
            "Debbie Kowalski",
            "Debbie Kowalski, a retired worker from Millcreek Township",
        ),
        (
            "I spoke to Debbie Kowalski, a nurse at Erie General Hospital, who said she had "
            "voted for Obama.",
            "Debbie Kowalski",
            "Debbie Kowalski, a nurse at Erie General Hospital",
        ),
        # controls: no place at the end of the apposition, a name's own "of"
        (
            "Among those in line was Debbie Kowalski, a retired worker, who said she had voted "
            "for Obama.",
            "Debbie Kowalski",
            "Debbie Kowalski, a retired worker",
        ),
        (
            "Among those in line was Debbie Kowalski of Erie, who said she had voted for Obama.",
            "Debbie Kowalski",
            "Debbie Kowalski of Erie",
        ),
        # controls: a person's noun, and a body that "which" is about, speak themselves
        ("I spoke to a friend of her mother, who said she had voted.", None, "her mother"),
        (
            "She called the Erie General Hospital, which said the ward was full.",
            "Erie General Hospital",
            "the Erie General Hospital",
        ),
    ],
)
def test_who_after_an_apposition_ending_in_a_place_is_the_person(
    nlp: Language, text: str, speaker: str | None, mention: str
) -> None:
    """'X, a nurse at Erie General Hospital, who said': "who" is X, not the hospital."""
    found, names = annotate(nlp, text)
    (statement,) = found
    assert (names.get(statement.speaker or ""), summary(statement)[0]) == (speaker, mention)


@pytest.mark.parametrize(
    ("text", "speaker", "mention"),
    [
        (
            "Climate scientist Francisco Aquino of the Federal University of Rio Grande do Sul "
            "said that the region had received three months of rain.",
            "Francisco Aquino",
            "Climate scientist Francisco Aquino of the Federal University of Rio Grande do Sul",
        ),
        ("Ana Souza of Mato Grosso do Sul said it rained.", "Ana Souza", None),
        # controls: no particle in the place's name, a particle in the speaker's own name
        (
            "Francisco Aquino of the Federal University of Parana said it rained.",
            "Francisco Aquino",
            "Francisco Aquino of the Federal University of Parana",
        ),
        (
            "Climate scientist Francisco Aquino of the University of Rio de Janeiro said it "
            "rained.",
            "Francisco Aquino",
            "Climate scientist Francisco Aquino of the University of Rio de Janeiro",
        ),
    ],
)
def test_a_place_with_a_lower_case_particle_after_the_speaker(
    nlp: Language, text: str, speaker: str, mention: str | None
) -> None:
    """'X of Mato Grosso do Sul said': the parser's second subject "Sul" is no speaker."""
    found, names = annotate(nlp, text)
    (statement,) = found
    assert names.get(statement.speaker or "") == speaker
    if mention is not None:
        assert summary(statement)[0] == mention


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        (
            "Reporting from Gaza, Al Jazeera's Hind Khoudary said hospitals were struggling.",
            "Al Jazeera's Hind Khoudary",
        ),
        # controls: the participle set off after the name, another participle first
        (
            "Al Jazeera's Hind Khoudary, reporting from Deir el-Balah, said hospitals were "
            "struggling.",
            "Al Jazeera's Hind Khoudary",
        ),
        (
            "Speaking in Beirut, Hamas official Osama Hamdan said the talks had failed.",
            "Hamas official Osama Hamdan",
        ),
    ],
)
def test_the_speaker_after_an_opening_participle_stops_at_its_comma(
    nlp: Language, text: str, mention: str
) -> None:
    """'Reporting from Gaza, Al Jazeera's X said': the place is no part of the speaker."""
    (statement,) = statements(nlp, text)
    assert summary(statement)[0] == mention


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Polish Foreign Minister Radoslaw Sikorski, whose government pays for thousands of "
            'the terminals used in Ukraine, posted on X that Musk should "be careful" and noted '
            "that Poland could look for other providers.",
            [
                ("posted", ['that Musk should "be careful"']),
                ("noted", ["that Poland could look for other providers"]),
            ],
        ),
        (
            "Mykhailo Podolyak, an adviser to the head of Zelenskyy's office, posted on X that "
            'the outage had left Ukrainian units "blind for hours" and demanded an explanation.',
            [
                ("posted", ['that the outage had left Ukrainian units "blind for hours"']),
                ("demanded", ["an explanation"]),
            ],
        ),
        (
            "Mykhailo Podolyak, an adviser to Zelenskyy, posted on X that the outage had left "
            "units blind and demanded an explanation.",
            [
                ("posted", ["that the outage had left units blind"]),
                ("demanded", ["an explanation"]),
            ],
        ),
        # controls: no aside before the verb, "said" in its place
        (
            'Polish Foreign Minister Radoslaw Sikorski posted on X that Musk should "be careful" '
            "and noted that Poland could look for other providers.",
            [
                ("posted", ['that Musk should "be careful"']),
                ("noted", ["that Poland could look for other providers"]),
            ],
        ),
        (
            "Polish Foreign Minister Radoslaw Sikorski, whose government pays for thousands of "
            'the terminals used in Ukraine, said on X that Musk should "be careful" and noted '
            "that Poland could look for other providers.",
            [
                ("said", ['that Musk should "be careful"']),
                ("noted", ["that Poland could look for other providers"]),
            ],
        ),
        # control: a participle with no that-clause after an aside says nothing
        ("A video of the strike, which circulated widely, posted on X, showed the damage.", []),
    ],
)
def test_posted_after_an_aside_is_the_sentences_verb(
    nlp: Language, text: str, expected: list[tuple[str, list[str]]]
) -> None:
    """'X, whose government ..., posted on X that ... and noted that ...': two statements of X."""
    found, names = annotate(nlp, text)
    assert [(s.cue.text, [c.text for c in s.content]) for s in found] == expected
    speakers = {names.get(s.speaker or "") for s in found}
    assert len(speakers) <= 1
    assert None not in speakers


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Olaf Scholz said Germany shared that goal and noted that Berlin had raised its "
            "defense budget.",
            [
                ("Olaf Scholz", "said", ["Germany shared that goal"], None),
                ("Olaf Scholz", "noted", ["that Berlin had raised its defense budget"], None),
            ],
        ),
        (
            "Olaf Scholz said Germany shared that goal and added that Berlin had raised its "
            "defense budget.",
            [
                ("Olaf Scholz", "said", ["Germany shared that goal"], None),
                ("Olaf Scholz", "added", ["that Berlin had raised its defense budget"], None),
            ],
        ),
        # controls: a common noun for the body; a person's clause stays theirs
        (
            "Olaf Scholz said the government shared that goal and noted that Berlin had raised "
            "its defense budget.",
            [
                ("Olaf Scholz", "said", ["the government shared that goal"], None),
                ("Olaf Scholz", "noted", ["that Berlin had raised its defense budget"], None),
            ],
        ),
        (
            "Olaf Scholz said Macron shared that goal and noted that Berlin had raised its "
            "defense budget.",
            [
                (
                    "Olaf Scholz",
                    "said",
                    ["Macron shared that goal and noted that Berlin had raised its defense budget"],
                    None,
                ),
                ("Macron", "noted", ["that Berlin had raised its defense budget"], "Olaf Scholz"),
            ],
        ),
    ],
)
def test_a_cue_joined_to_a_clause_about_a_country_is_the_speakers(
    nlp: Language, text: str, expected: list[tuple[str, str, list[str], str | None]]
) -> None:
    """'Scholz said Germany shared that goal and noted that ...': Scholz noted, not Germany."""
    found, names = annotate(nlp, text)
    assert [
        (
            names.get(s.speaker or ""),
            s.cue.text,
            [c.text for c in s.content],
            names.get(s.reported_by or ""),
        )
        for s in found
    ] == expected


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            'The company said it was "disappointed" and would appeal.',
            'it was "disappointed" and would appeal',
        ),
        (
            "She acknowledged she had been fired and had filed a claim.",
            "she had been fired and had filed a claim",
        ),
        (
            "Olaf Scholz said Germany had shared that goal and had noted that Berlin raised it.",
            "Germany had shared that goal and had noted that Berlin raised it",
        ),
    ],
)
def test_a_verb_in_the_reported_tense_goes_on_with_what_was_said(
    nlp: Language, text: str, content: str
) -> None:
    """The reported tense ("would appeal", "had noted") goes on with the first statement."""
    found = statements(nlp, text)
    assert [c.text for c in found[0].content] == [content]


@pytest.mark.parametrize(
    "opening",
    [
        "In September,",
        "On Monday,",
        # controls: dates the model ends before the name
        "Last year,",
        "In 2023,",
    ],
)
def test_a_name_after_an_opening_date_speaks(nlp: Language, opening: str) -> None:
    """'In September, Musk said': the model runs the date on over the name; Musk speaks."""
    text = f"Elon Musk criticised Kyiv. {opening} Musk said that he had refused a request."
    found, names = annotate(nlp, text)
    said = [s for s in found if s.cue.text == "said"]
    assert [(names.get(s.speaker or ""), summary(s)[0]) for s in said] == [("Elon Musk", "Musk")]


def test_a_date_with_a_comma_inside_stays_whole(nlp: Language) -> None:
    """'on Monday, March 3': a date goes on over its comma where no subject follows it."""
    (statement,) = statements(nlp, "The talks ended on Monday, March 3, the ministry said.")
    assert summary(statement)[:3] == (
        "the ministry",
        "said",
        ["The talks ended on Monday, March 3"],
    )


@pytest.mark.parametrize(
    ("text", "principal"),
    [
        ("Israel closed the crossing. Israeli officials accuse Hamas of diverting aid.", "Israel"),
        ("Israel closed the crossing. Israeli officials said Hamas was diverting aid.", "Israel"),
        # controls: one official, a country's short name, no such country, no officials
        ("Israel closed the crossing. An Israeli official said Hamas was diverting aid.", "Israel"),
        (
            "The United States closed the crossing. U.S. officials said Hamas was diverting aid.",
            "United States",
        ),
        ("Israel closed the crossing. Palestinian officials said Hamas was diverting aid.", None),
        ("Israel closed the crossing. Israeli soldiers said Hamas was diverting aid.", None),
    ],
)
def test_officials_of_a_nationality_speak_for_its_country(
    nlp: Language, text: str, principal: str | None
) -> None:
    """'Israeli officials said', a group actor with the nationality in it: for Israel."""
    found, names = annotate(nlp, text)
    (statement,) = found
    assert names.get(statement.on_behalf_of or "") == principal


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        (
            "Macron and Scholz vow joint push on EU defence spending\n\nFrench President "
            "Emmanuel Macron and German Chancellor Olaf Scholz pledged on Monday to work together.",
            "vow",
            "joint push on EU defence spending",
        ),
        ("Macron and Scholz vow joint push on EU defence spending", "vow", None),
        # control: a verb the tagger reads right
        (
            "Macron and Scholz say Europe must spend more\n\nFrench President Emmanuel Macron "
            "and German Chancellor Olaf Scholz met on Monday.",
            "say",
            "Europe must spend more",
        ),
    ],
)
def test_a_headline_of_two_joined_names_is_said_by_both(
    nlp: Language, text: str, cue: str, content: str | None
) -> None:
    """'Macron and Scholz vow joint push on ...': the phrase of both, its first name speaks."""
    found, names = annotate(nlp, text)
    statement = next(s for s in found if s.cue.text == cue)
    assert summary(statement)[0] == "Macron and Scholz"
    assert names.get(statement.speaker or "") in ("Emmanuel Macron", "Macron")
    if content is not None:
        assert summary(statement)[2] == [content]


@pytest.mark.parametrize(
    ("between", "speaker"),
    [
        ("A Northvale spokesperson confirmed the cuts.", "Mark Delaney"),
        (
            "A Northvale spokesperson confirmed the cuts.\n\nAnalysts were surprised.",
            "Mark Delaney",
        ),
        # controls: too far back, another memo nearer
        (
            "A Northvale spokesperson confirmed the cuts.\n\nAnalysts were surprised.\n\n"
            "Shares fell.",
            None,
        ),
        ("A union leaked a second memo.", None),
    ],
)
def test_the_memo_refers_back_over_paragraphs_to_its_author(
    nlp: Language, between: str, speaker: str | None
) -> None:
    """'... Delaney wrote in a memo. ¶ ... ¶ The memo said': Delaney's, the nearest memo's."""
    text = (
        "Northvale will cut 1,800 jobs, Chief Executive Mark Delaney wrote in a memo to staff."
        f"\n\n{between}\n\nThe memo said employees would receive 16 weeks of severance pay."
    )
    found, names = annotate(nlp, text)
    statement = by_cue([s for s in found if s.content[0].text.startswith("employees")], "said")
    assert names.get(statement.speaker or "") == speaker


def test_what_x_warned_stops_before_a_verb_joined_after_a_comma(nlp: Language) -> None:
    """'The bill, which critics have warned could be abused, passed': the bill passed."""
    (statement,) = statements(
        nlp, "The bill, which critics have warned could be abused, passed on Tuesday."
    )
    assert summary(statement)[1:3] == ("warned", ["could be abused"])


def test_a_past_as_clause_after_according_to_is_part_of_the_account(nlp: Language) -> None:
    """'..., according to prosecutors, as they slept': when it happened, what they say."""
    (statement,) = statements(
        nlp, "The man stabbed three people, according to prosecutors, as they slept in their tents."
    )
    assert summary(statement)[2] == ["The man stabbed three people", "as they slept in their tents"]


def test_an_acronym_after_a_normal_case_dateline_stays_in_the_content(nlp: Language) -> None:
    """'Kyiv, Ukraine – NATO troops arrived': the parser no longer cuts 'NATO' off."""
    (statement,) = statements(nlp, "Kyiv, Ukraine – NATO troops arrived, a spokesman said.")
    assert summary(statement)[2] == ["NATO troops arrived"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Analysts said the Fed held rates and signalled that cuts would come later.", "Fed"),
        ("Reuters reported that Tesla cut prices and said that demand had weakened.", "Tesla"),
        # control: a country speaks through the one who tells of it
        (
            "Olaf Scholz said Germany shared that goal and noted that Berlin had raised its "
            "defense budget.",
            "Olaf Scholz",
        ),
    ],
)
def test_a_body_joined_to_a_reported_clause_speaks_itself(
    nlp: Language, text: str, speaker: str
) -> None:
    """'said the Fed held rates and signalled that ...': the Fed signalled; a country does not."""
    found, names = annotate(nlp, text)
    assert names.get(found[1].speaker or "") == speaker


@pytest.mark.parametrize(
    ("text", "for_israel"),
    [
        (
            "Israel and Hamas traded accusations. Former Israeli officials said it would fail.",
            False,
        ),
        ("Israel approved the deal. Israeli opposition officials said it was a surrender.", False),
        (
            "Israel and Hamas traded accusations. A former Israeli official said it would fail.",
            False,
        ),
        # controls: officials of the state
        ("Israel and Hamas traded accusations. Israeli officials said it would fail.", True),
        ("Israel and Hamas traded accusations. An Israeli official said it would fail.", True),
    ],
)
def test_former_or_opposition_officials_speak_for_no_state(
    nlp: Language, text: str, for_israel: bool
) -> None:
    """'Former Israeli officials', 'Israeli opposition officials': not on behalf of Israel."""
    (statement,), names = annotate(nlp, text)
    assert (names.get(statement.on_behalf_of or "") == "Israel") is for_israel


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Turkey's Erdogan called it an act of piracy. \"Turkey will do whatever is "
            'necessary for peace," the president told lawmakers in Ankara.',
            "Erdogan",
        ),
        (
            "Turkey's Erdogan called it an act of piracy. The president told lawmakers in "
            "Ankara that Turkey would do whatever is necessary.",
            "Erdogan",
        ),
        (
            "Turkey's Erdogan called it an act of piracy. The Turkish leader told lawmakers "
            "that Turkey would respond.",
            "Erdogan",
        ),
        # two leaders could be meant; another office; a title that says the office; another
        # country's president; too far back
        (
            "Turkey's Erdogan met Hungary's Viktor Orban in Ankara. The president told "
            "reporters that the talks were useful.",
            None,
        ),
        (
            "Turkey's Erdogan called it an act of piracy. The foreign minister told "
            "lawmakers that Turkey would respond.",
            None,
        ),
        (
            "Turkey's Foreign Minister Hakan Fidan called it an act of piracy. The president "
            "told lawmakers that Turkey would respond.",
            None,
        ),
        (
            "Turkey's Erdogan called it an act of piracy. The Greek president told lawmakers "
            "that Greece would respond.",
            "Greek president",
        ),
        (
            "Turkey's Erdogan called it an act of piracy. Ships were halted. Ports closed. "
            "Prices rose. The president told lawmakers that Turkey would respond.",
            None,
        ),
    ],
)
def test_a_leader_named_by_country_is_the_president_after(
    nlp: Language, text: str, speaker: str | None
) -> None:
    """'Turkey's Erdogan ... The president told': the one leader named by country alone."""
    found, names = annotate(nlp, text)
    told = by_cue(found, "told")
    assert names.get(told.speaker or "") == speaker


def test_a_german_paper_is_no_person_who_speaks(nlp: Language) -> None:
    """'In an interview with Der Spiegel, he said': "he" is the politician, not the paper."""
    (said,), names = annotate(
        nlp,
        "Lars Klingbeil struck a more conciliatory tone. In an interview with Der Spiegel, "
        "he said he was confident that an agreement could be reached.",
    )
    assert names.get(said.speaker or "") == "Lars Klingbeil"


@pytest.mark.parametrize(
    ("text", "addressee"),
    [
        (
            "In an interview with Der Spiegel, Lars Klingbeil said a deal was possible. "
            '"We have solved harder problems than this one," Klingbeil told the magazine.',
            "Der Spiegel",
        ),
        (
            "In an interview with the magazine Der Spiegel, Lars Klingbeil said a deal was "
            'possible. "We have solved harder problems," Klingbeil told the magazine.',
            "Der Spiegel",
        ),
        # a body told before, or one that gave no interview, is no magazine
        (
            'Lars Klingbeil told the SPD that a deal was possible. "We have solved harder '
            'problems," Klingbeil told the magazine.',
            None,
        ),
        (
            "In an interview with the SPD's youth wing, Lars Klingbeil said a deal was "
            'possible. "We have solved harder problems," Klingbeil told the magazine.',
            None,
        ),
    ],
)
def test_the_magazine_told_is_the_outlet_that_held_the_interview(
    nlp: Language, text: str, addressee: str | None
) -> None:
    """'In an interview with Der Spiegel ... told the magazine': the addressee is the paper."""
    found, names = annotate(nlp, text)
    assert names.get(found[-1].addressee or "") == addressee


@pytest.mark.parametrize(
    "text",
    [
        "Reacting, the Senate spokesman, Yemi Adaramodu, told our correspondent that the "
        'National Assembly would not be drawn into "partisan propaganda."',
        "Also, the coalition called on the National Assembly to summon the Chief of Staff to "
        "the President.\n\nReacting, the Senate spokesman, Yemi Adaramodu, told our "
        'correspondent that the National Assembly would not be drawn into "partisan '
        'propaganda."',
    ],
)
def test_an_opening_participle_before_a_name_set_off_is_no_part_of_the_speaker(
    nlp: Language, text: str
) -> None:
    """'Reacting, the Senate spokesman, Yemi Adaramodu, told': the spokesman speaks."""
    found, names = annotate(nlp, text)
    told = by_cue(found, "told")
    assert told.speaker_mention is not None
    assert told.speaker_mention.text == "the Senate spokesman, Yemi Adaramodu"
    assert names.get(told.speaker or "") == "Yemi Adaramodu"


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        (
            "Reacting, Yemi Adaramodu told our correspondent that the assembly would act.",
            "Yemi Adaramodu",
        ),
        (
            "Speaking in Lima, the trade minister, Ana Ruiz, said the deal was close.",
            "the trade minister, Ana Ruiz",
        ),
        ("Housing, the minister said, would be the priority.", "the minister"),
    ],
)
def test_opening_phrases_before_the_speaker_controls(
    nlp: Language, text: str, mention: str
) -> None:
    """What opens the sentence before the speaker stays out of the speaker's phrase."""
    (statement,) = statements(nlp, text)
    assert statement.speaker_mention is not None
    assert statement.speaker_mention.text == mention


_LEADERS = "Here is what leaders said:\n\n"


@pytest.mark.parametrize(
    ("text", "speaker", "mention", "content"),
    [
        (
            _LEADERS + "CANADIAN PRIME MINISTER MARK CARNEY\n\n"
            '"These tariffs are unjustified and they will hurt workers on both sides."',
            "MARK CARNEY",
            "CANADIAN PRIME MINISTER MARK CARNEY",
            '"These tariffs are unjustified and they will hurt workers on both sides."',
        ),
        (
            _LEADERS + "Mark Carney, Canada's prime minister\n\n"
            '"These tariffs are unjustified and they will hurt workers on both sides."',
            "Mark Carney",
            "Mark Carney",
            '"These tariffs are unjustified and they will hurt workers on both sides."',
        ),
        (
            _LEADERS + "MEXICAN PRESIDENT CLAUDIA SHEINBAUM, speaking at her daily news conference"
            '\n\n"We will not respond with tariffs for now."',
            None,
            "MEXICAN PRESIDENT CLAUDIA SHEINBAUM",
            '"We will not respond with tariffs for now."',
        ),
        (
            # a name the actors read as an organisation's is still no organisation speaking
            _LEADERS + "EUROPEAN COMMISSION PRESIDENT URSULA VON DER LEYEN\n\n"
            '"We deeply regret this decision."',
            None,
            "EUROPEAN COMMISSION PRESIDENT URSULA VON DER LEYEN",
            '"We deeply regret this decision."',
        ),
    ],
)
def test_factbox_label_names_the_speaker_of_the_quotation_below(
    nlp: Language, text: str, speaker: str | None, mention: str, content: str
) -> None:
    """A label line naming a person, then a paragraph that is only a quotation: direct."""
    (found,), names = annotate(nlp, text)
    label = text.split("\n\n")[1]
    assert (names.get(found.speaker or ""), summary(found)) == (
        speaker,
        (mention, label, [content], "direct"),
    )


def test_quotations_under_factbox_labels_go_to_each_label(nlp: Language) -> None:
    """A second quotation paragraph goes on with its label; the next label starts anew."""
    found, names = annotate(
        nlp,
        _LEADERS + "President Joe Biden\n\n"
        '"We will act on this soon."\n\n"We will win this fight, and we will win it soon."'
        "\n\nJAPANESE CHIEF CABINET SECRETARY YOSHIMASA HAYASHI\n\n"
        '"It is extremely regrettable."',
    )
    assert [names.get(s.speaker or "") for s in found] == [
        "Joe Biden",
        "Joe Biden",
        "YOSHIMASA HAYASHI",
    ]


@pytest.mark.parametrize(
    "text",
    [
        'Trump Vows Retaliation\n\n"We will not stand for this."',
        'Background\n\n"We will not stand for this."',
        'EUROPEAN UNION\n\n"We deeply regret this decision."',
        'By Lisa Baertlein\n\n"We will not stand for this."',
        # the quotation is no paragraph of its own
        'President Joe Biden\n\n"We will act," he added later.',
    ],
)
def test_heading_section_title_or_byline_names_no_speaker_of_a_quotation(
    nlp: Language, text: str
) -> None:
    """A heading with a verb, a section title, a body's name or a by-line is no label."""
    assert [s.cue.text for s in statements(nlp, text) if s.cue.text in text.split("\n")[0]] == []


_GUTERRES = "UN Secretary-General Antonio Guterres called for "


@pytest.mark.parametrize(
    "text",
    [
        _GUTERRES + '"maximum restraint", his spokesman Stephane Dujarric said.',
        _GUTERRES + '"maximum restraint", his spokesman Stephane Dujarric said, adding that the '
        "agency was ready to assist.",
        # control: the same without quotation marks
        _GUTERRES + "maximum restraint, his spokesman Stephane Dujarric said.",
    ],
)
def test_trailing_spokesman_said_after_a_quoted_phrase_reports_the_clause(
    nlp: Language, text: str
) -> None:
    """'X called for "restraint", his spokesman Y said': Y says the clause and reports X's."""
    found, names = annotate(nlp, text)
    said = by_cue(found, "said")
    called = by_cue(found, "called for")
    assert names.get(said.speaker or "") == "Stephane Dujarric"
    assert said.content[0].text.startswith(_GUTERRES)
    assert names.get(called.reported_by or "") == "Stephane Dujarric"


def test_quotation_with_the_comma_outside_stays_one_statement(nlp: Language) -> None:
    """'"We will win this war", Kerry said': the quotation alone, once."""
    found = statements(nlp, '"We will win this war", Kerry said.')
    assert [summary(s) for s in found] == [("Kerry", "said", ['"We will win this war"'], "direct")]


_CLUB_QUOTE = ' "Our club will not negotiate through the media," the statement said.'


@pytest.mark.parametrize(
    "text",
    [
        "Galatasaray responded with a statement on its website." + _CLUB_QUOTE,
        "Galatasaray hit back with a statement." + _CLUB_QUOTE,
        # controls
        "Galatasaray issued a statement on its website." + _CLUB_QUOTE,
        "Galatasaray said in a statement that it had acted in good faith." + _CLUB_QUOTE,
    ],
)
def test_statement_answered_with_is_its_authors(nlp: Language, text: str) -> None:
    """'X responded with a statement. "...," the statement said': X's statement."""
    found, names = annotate(nlp, text)
    quoted = next(s for s in found if s.kind.value == "direct")
    assert names.get(quoted.speaker or "") == "Galatasaray"


def test_statement_reacted_to_has_no_author(nlp: Language) -> None:
    """'Fans reacted with anger to the statement': the fans did not write it."""
    found, _ = annotate(nlp, "Fans reacted with anger to the statement." + _CLUB_QUOTE)
    assert [s.speaker_mention for s in found] == [None]


@pytest.mark.parametrize(
    ("text", "contents"),
    [
        ("Galatasaray issued a statement on its website.", []),
        ("The ministry issued a statement on Facebook.", []),
        # control: what the statement was on
        ("The club issued a statement on the transfer dispute.", ["on the transfer dispute"]),
    ],
)
def test_statement_issued_on_a_website_says_only_where(
    nlp: Language, text: str, contents: list[str]
) -> None:
    """'issued a statement on its website' says where it was put, not what it said."""
    found = statements(nlp, text)
    assert [span.text for s in found for span in s.content] == contents


@pytest.mark.parametrize(
    "text",
    [
        "Najib Mikati said Beirut had complained to the United States and had been told the "
        "violations would stop.",
        "Lebanon complained to the United States and was told the violations would stop.",
        # controls: the passive with its own subject
        "Najib Mikati said Lebanon had been told the violations would stop.",
        "Lebanon was told the violations would stop.",
    ],
)
def test_passive_joined_after_a_verb_makes_its_shared_subject_the_one_told(
    nlp: Language, text: str
) -> None:
    """'X had complained and had been told ...': X was told; nobody named told X."""
    found, names = annotate(nlp, text)
    told = by_cue(found, "told")
    assert (told.speaker, told.speaker_mention, names.get(told.addressee or "")) == (
        None,
        None,
        "Lebanon",
    )


def test_passive_report_joined_after_a_verb_has_no_speaker(nlp: Language) -> None:
    """'The government is struggling and is reported to be short on men': no one reports."""
    found = statements(
        nlp,
        "The government is already struggling with its campaign and is reported to be short "
        "on men.",
    )
    assert [summary(s) for s in found] == [
        (None, "reported", ["The government", "to be short on men"], "indirect")
    ]


def test_active_verb_joined_after_a_passive_keeps_the_subject(nlp: Language) -> None:
    """Control: 'The driver was stopped and said ...': the driver speaks."""
    (found,) = statements(nlp, "The driver was stopped and said he had done nothing wrong.")
    assert summary(found)[0] == "The driver"


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        (
            "Governments voiced alarm after the Guards seized a tanker, with several capitals "
            "urging Tehran to release the vessel.",
            "several capitals",
        ),
        (
            "Governments voiced alarm, with several capitals urging Tehran to release the vessel.",
            "several capitals",
        ),
        # controls: an actor after "with", and the plain clause
        (
            "Governments voiced alarm after the Guards seized a tanker, with Germany urging "
            "Tehran to release the vessel.",
            "Germany",
        ),
        ("Several capitals urged Tehran to release the vessel.", "Several capitals"),
    ],
)
def test_participle_after_with_is_said_by_the_object_of_with(
    nlp: Language, text: str, mention: str
) -> None:
    """', with several capitals urging ...': the capitals urge; the alarm is about nothing."""
    found = statements(nlp, text)
    assert [summary(s) for s in found] == [
        (mention, found[0].cue.text, ["Tehran to release the vessel"], "indirect")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The minister expressed frustration with the delays.",
            ("The minister", "expressed frustration", ["with the delays"], "indirect"),
        ),
        (
            "Blinken met with Israeli officials, telling them that the war must end.",
            ("Blinken", "telling", ["that the war must end"], "indirect"),
        ),
    ],
)
def test_with_phrase_of_an_attitude_or_participle_after_a_comma_stays(
    nlp: Language, text: str, expected: tuple[str, str, list[str], str]
) -> None:
    """Controls: 'frustration with the delays' is about them; ', telling them' is Blinken's."""
    assert [summary(s) for s in statements(nlp, text)] == [expected]


@pytest.mark.parametrize(
    ("text", "cues"),
    [
        (
            "The dispute between the club and its star forward threatened to spill into the "
            "new season.",
            [],
        ),
        ("The crisis threatens to derail the talks.", []),
        # controls: a body, a group, a paper's words
        ("The club threatened to sell the striker.", ["threatened"]),
        ("Protesters threatened to block the road.", ["threatened"]),
        ("Staff were told to sign a form pledging to vote Sunday.", ["told", "pledging"]),
    ],
)
def test_thing_threatening_to_do_something_says_nothing(
    nlp: Language, text: str, cues: list[str]
) -> None:
    """'The dispute threatened to spill into the new season': no one speaks."""
    assert [s.cue.text for s in statements(nlp, text)] == cues


@pytest.mark.parametrize(
    ("text", "contents"),
    [
        ("Both spoke on condition of anonymity to describe private conversations.", []),
        ("Both spoke on condition of anonymity to discuss internal deliberations.", []),
        # controls: what was described, and a purpose with no anonymity
        (
            "Both spoke on condition of anonymity to describe how the deal was struck.",
            ["how the deal was struck"],
        ),
        ("He spoke at a rally to announce his candidacy.", ["his candidacy"]),
    ],
)
def test_reason_given_for_anonymity_is_no_statement(
    nlp: Language, text: str, contents: list[str]
) -> None:
    """'spoke on condition of anonymity to describe private conversations': boilerplate."""
    assert [span.text for s in statements(nlp, text) for span in s.content] == contents


def test_noun_cue_in_a_sentence_case_headline_makes_no_statement(nlp: Language) -> None:
    """'Merz rejects calls for new debt' as the headline: Merz's rejection, no 'calls for'."""
    found = statements(
        nlp,
        "Merz rejects calls for new debt for pension reform\n\n"
        "Chancellor Friedrich Merz on Sunday rejected calls from the Social Democrats for "
        "further borrowing.",
    )
    assert [s.cue.text for s in found] == ["rejects", "rejected"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Some founders expressed apprehension that a sudden ban could disrupt supply chains.",
            ("expressed apprehension", "express", "that a sudden ban could disrupt supply chains"),
        ),
        (
            "Merz has dismissed demands from his coalition partner to loosen the debt brake.",
            ("dismissed", "deny", "demands from his coalition partner to loosen the debt brake"),
        ),
        (
            "Senator Ted Cruz pressed him on why the agency had waited so long.",
            ("pressed", "request", "on why the agency had waited so long"),
        ),
        (
            "The EU pressed Iran to release the tanker.",
            ("pressed", "request", "Iran to release the tanker"),
        ),
        (
            "Economists questioned the government's figures.",
            ("questioned", "express", "the government's figures"),
        ),
        (
            'Duckworth called the delays "inexcusable".',
            ("called", "criticize", 'the delays "inexcusable"'),
        ),
    ],
)
def test_cues_of_doubt_dismissal_and_pressing(
    nlp: Language, text: str, expected: tuple[str, str, str]
) -> None:
    """'expressed apprehension', 'dismissed demands', 'pressed him on', 'questioned the figures'."""
    found = statements(nlp, text)
    first = found[0]
    assert (first.cue.text, first.act.value, first.content[0].text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Police questioned the suspect.",
        "The judge dismissed the case.",
        "Troops pressed on toward the capital.",
        "The government pressed ahead with the reforms.",
    ],
)
def test_questioning_dismissing_or_pressing_that_says_nothing(nlp: Language, text: str) -> None:
    """Controls: an interrogation, a court's dismissal, an advance: no statement."""
    assert statements(nlp, text) == []


def test_publicity_secretary_speaks_for_the_party(nlp: Language) -> None:
    """'The party's National Publicity Secretary, X, said': on behalf of the party."""
    found, names = annotate(
        nlp,
        "The Peoples Democratic Party (PDP) criticised the move. The party's National "
        "Publicity Secretary, Debo Ologunagba, said Nigerians had a right to know.",
    )
    said = by_cue(found, "said")
    assert names.get(said.on_behalf_of or "") == "Peoples Democratic Party"


def test_unnamed_source_opening_the_sentence_says_the_clause(nlp: Language) -> None:
    """'According to a person who heard it, Blinken told ...': the person's and Blinken's."""
    found = statements(
        nlp,
        "According to a person who heard the conversation, Blinken also told Murphy that the "
        "deal was weak.",
    )
    assert [summary(s) for s in found] == [
        (
            "a person who heard the conversation",
            "According to",
            ["Blinken also told Murphy that the deal was weak"],
            "indirect",
        ),
        ("Blinken", "told", ["that the deal was weak"], "indirect"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Blinken told Murphy that the deal was weak, according to a person who heard it.",
        "According to Xinhua, Li called on rich nations to act.",
    ],
)
def test_trailing_or_named_source_leaves_one_statement(nlp: Language, text: str) -> None:
    """Controls: a trailing source, or a name, is an aside of the one statement."""
    assert len(statements(nlp, text)) == 1


def test_headline_ending_in_a_name_after_a_colon_is_that_persons(nlp: Language) -> None:
    """'Centre to bring new policy on drone imports soon: Scindia': Scindia says it."""
    found, names = annotate(
        nlp,
        "Centre to bring new policy on drone imports soon: Scindia\n\n"
        "New Delhi, Jul 8 (PTI) The Centre will soon come out with a revised policy on drone "
        "imports, Union Civil Aviation Minister Jyotiraditya Scindia said on Tuesday.",
    )
    headline = by_cue(found, ":")
    assert (names.get(headline.speaker or ""), summary(headline)) == (
        "Jyotiraditya Scindia",
        ("Scindia", ":", ["Centre to bring new policy on drone imports soon"], "indirect"),
    )


@pytest.mark.parametrize(
    "text",
    [
        "Ukraine war: Zelensky\n\nPresident Volodymyr Zelensky spoke on Monday.",
        "Trump says tariffs will stay: analysis\n\nDonald Trump spoke on Monday.",
    ],
)
def test_headline_colon_before_a_topic_or_label_names_no_speaker(nlp: Language, text: str) -> None:
    """Controls: no verb before the colon, or no person after it: no statement by colon."""
    assert [s.cue.text for s in statements(nlp, text) if s.cue.text == ":"] == []


@pytest.mark.parametrize(
    ("text", "named", "reported"),
    [
        (
            "The Presidency has described as false and mischievous reports that President "
            "Bola Tinubu was flown abroad for medical treatment.",
            "as false and mischievous reports that President Bola Tinubu was flown abroad "
            "for medical treatment",
            "that President Bola Tinubu was flown abroad for medical treatment",
        ),
        (
            "The ministry described as false the reports that the minister had resigned.",
            "as false the reports that the minister had resigned",
            "that the minister had resigned",
        ),
        (
            "The ministry dismissed as baseless claims that it had paid the hackers.",
            "as baseless claims that it had paid the hackers",
            "that it had paid the hackers",
        ),
        # the that-clause hung on the cue
        (
            "The Presidency has described as false and mischievous reports circulating on "
            "social media that President Bola Tinubu was flown abroad for medical treatment.",
            "as false and mischievous reports circulating on social media that President Bola "
            "Tinubu was flown abroad for medical treatment",
            "that President Bola Tinubu was flown abroad for medical treatment",
        ),
    ],
)
def test_an_object_moved_after_what_it_is_called_is_named_not_asserted(
    nlp: Language, text: str, named: str, reported: str
) -> None:
    """'described as false reports that X': the speaker names the reports, not X."""
    found, _ = annotate(nlp, text)
    naming = next(s for s in found if s.cue.text in ("described", "dismissed"))
    assert [span.text for span in naming.content] == [named]
    noun = next(s for s in found if s.cue.text in ("reports", "claims"))
    assert noun.speaker is None
    assert noun.speaker_mention is None
    assert [span.text for span in noun.content] == [reported]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "The Presidency has described reports that President Bola Tinubu was flown abroad "
            "for medical treatment as false and mischievous.",
            "that President Bola Tinubu was flown abroad for medical treatment",
        ),
        (
            "The ministry dismissed reports that the minister had resigned as baseless.",
            "that the minister had resigned",
        ),
        # the clause's own "as" phrase stays: on a passive, or on a noun after a verb
        (
            "The ministry denied reports that the minister was seen as weak.",
            "that the minister was seen as weak",
        ),
        (
            "The ministry dismissed reports that the minister was seen as weak.",
            "that the minister was seen as weak",
        ),
    ],
)
def test_what_the_reports_are_called_is_no_part_of_them(
    nlp: Language, text: str, content: str
) -> None:
    """'described reports that X as false': the reports say X, the describer 'as false'."""
    found, _ = annotate(nlp, text)
    assert [span.text for span in by_cue(found, "reports").content] == [content]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "The minister was described as a friend of the family by his neighbours.",
            ["The minister"],
        ),
        ("Zhao described the talks as useful.", ["the talks as useful"]),
        ("The mayor called the decision a serious mistake.", ["the decision a serious mistake"]),
    ],
)
def test_naming_in_the_usual_order_controls(nlp: Language, text: str, content: list[str]) -> None:
    """What is named before what it is called, or a passive, reads as before."""
    found, _ = annotate(nlp, text)
    naming = next(s for s in found if s.cue.text in ("described", "called"))
    assert [span.text for span in naming.content] == content


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "The head of the FAA acknowledged Wednesday that the agency would not meet its "
            "hiring targets, as senators pressed him on a string of near-misses.",
            "that the agency would not meet its hiring targets",
        ),
        (
            "Michael Whitaker acknowledged that the agency would not meet its hiring targets, "
            "as senators pressed him on near-misses.",
            "that the agency would not meet its hiring targets",
        ),
        (
            "Whitaker said the agency has struggled to hire, as the crowd watched.",
            "the agency has struggled to hire",
        ),
        # controls: the speaker's reason, in the clause's own tense or in the present
        ("The minister said sales fell, as demand slowed.", "sales fell, as demand slowed"),
        (
            "The minister said prices would rise, as demand outstrips supply.",
            "prices would rise, as demand outstrips supply",
        ),
        (
            "The minister said prices would rise, as demand had outstripped supply.",
            "prices would rise, as demand had outstripped supply",
        ),
    ],
)
def test_an_as_clause_in_the_plain_past_is_the_time_of_the_cue(
    nlp: Language, text: str, content: str
) -> None:
    """'acknowledged that X would ..., as senators pressed him': the senators are the writer's."""
    # ("pressed him on ..." is the senators' own statement)
    (statement,) = [s for s in statements(nlp, text) if s.cue.text != "pressed"]
    assert [span.text for span in statement.content] == [content]


@pytest.mark.parametrize(
    ("text", "content", "kind"),
    [
        (
            "Matthew Miller said he would not characterize private conversations but insisted "
            'the secretary "has always been clear-eyed" about the risks.',
            'the secretary "has always been clear-eyed" about the risks',
            "mixed",
        ),
        (
            'Matthew Miller insisted the secretary "has always been clear-eyed" about the risks.',
            'the secretary "has always been clear-eyed" about the risks',
            "mixed",
        ),
        (
            "Matthew Miller declined to comment but insisted that the secretary "
            '"has always been clear-eyed" about the risks.',
            'that the secretary "has always been clear-eyed" about the risks',
            "mixed",
        ),
    ],
)
def test_a_clause_whose_subject_was_read_as_the_object_of_a_second_cue(
    nlp: Language, text: str, content: str, kind: str
) -> None:
    """'... but insisted the secretary "has always been clear-eyed" about the risks'."""
    found, _ = annotate(nlp, text)
    insisted = by_cue(found, "insisted")
    assert [span.text for span in insisted.content] == [content]
    assert insisted.kind.value == kind
    said = [s for s in found if s.cue.text == "said"]
    assert [[span.text for span in s.content] for s in said] in (
        [],
        [["he would not characterize private conversations"]],
    )


@pytest.mark.parametrize(
    ("text", "mention", "content"),
    [
        (
            "According to a survey by the public broadcaster ARD, 61% of Germans believe their "
            "pension will not be enough.",
            "the public broadcaster ARD",
            "61% of Germans believe their pension will not be enough",
        ),
        (
            "According to a survey by ARD, 61% of Germans believe their pension will not be "
            "enough.",
            "ARD",
            "61% of Germans believe their pension will not be enough",
        ),
        (
            "According to a survey by the public broadcaster ARD, most Germans believe their "
            "pension will not be enough.",
            "the public broadcaster ARD",
            "most Germans believe their pension will not be enough",
        ),
        (
            "According to the city's chief planner, Kerri Voumvakis, the change could take years.",
            "the city's chief planner, Kerri Voumvakis",
            "the change could take years",
        ),
    ],
)
def test_a_subject_read_as_the_apposition_of_a_name_in_the_source(
    nlp: Language, text: str, mention: str, content: str
) -> None:
    """'According to a survey by the broadcaster ARD, 61% of Germans believe ...'."""
    (statement,) = statements(nlp, text)
    assert statement.speaker_mention is not None
    assert statement.speaker_mention.text == mention
    assert [span.text for span in statement.content] == [content]


def test_a_cue_set_against_the_source_after_though(nlp: Language) -> None:
    """'According to media reports, A, though B are said to ...': A is the reports'."""
    found, _ = annotate(
        nlp,
        "According to Turkish media reports, Al-Hilal have already made an approach worth 75 "
        "million euros, though Galatasaray are said to value the forward at 100 million euros.",
    )
    assert [span.text for span in by_cue(found, "According to").content] == [
        "Al-Hilal have already made an approach worth 75 million euros"
    ]
    assert [span.text for span in by_cue(found, "said").content] == [
        "Galatasaray",
        "to value the forward at 100 million euros",
    ]


@pytest.mark.parametrize(
    ("text", "contents"),
    [
        (
            "Hamas said it accepted the plan, though Israel said it would study it.",
            [["it accepted the plan"], ["it would study it"]],
        ),
        (
            "Officials said the bridge was safe, although engineers warned that it needed repairs.",
            [["the bridge was safe"], ["that it needed repairs"]],
        ),
        # no cue after "though": the clause goes on with what was said
        (
            "The minister said the plan would work, though it would take time.",
            [["the plan would work, though it would take time"]],
        ),
        (
            "Dozens are in prison, according to rights groups, though editors continue to publish.",
            [["Dozens are in prison"]],
        ),
    ],
)
def test_though_sets_a_clause_against_the_one_before(
    nlp: Language, text: str, contents: list[list[str]]
) -> None:
    """'though' and 'although', like 'but' and 'while', open a clause of its own."""
    found = statements(nlp, text)
    assert [[span.text for span in s.content] for s in found] == contents


def test_the_office_of_two_leaders_named_by_country_stays_unresolved(nlp: Language) -> None:
    """In "France's Macron hosted Germany's Scholz. The chancellor told", either is meant."""
    found = statements(
        nlp,
        "France's Macron hosted Germany's Scholz in Paris on Monday. The chancellor told "
        "reporters the talks were useful.",
    )
    assert [s.speaker for s in found if s.cue.text == "told"] == [None]


def test_an_opening_participle_before_a_titled_name_is_no_part_of_the_speaker(
    nlp: Language,
) -> None:
    """'Reacting, Senate President Godswill Akpabio said', parsed with the name adverbial."""
    (statement,) = statements(
        nlp, "Reacting, Senate President Godswill Akpabio said the bill would pass."
    )
    assert statement.speaker_mention is not None
    assert statement.speaker_mention.text == "Senate President Godswill Akpabio"
    assert statement.speaker is not None


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        (
            "Graham said Iran was dangerous and urged the administration to act.",
            ("Graham", "said", ["Iran was dangerous"]),
            ("Graham", "urged", ["the administration to act"]),
        ),
        (
            "Iwaya said the Philippines was an indispensable partner and urged China to "
            "respect international law.",
            ("Iwaya", "said", ["the Philippines was an indispensable partner"]),
            ("Iwaya", "urged", ["China to respect international law"]),
        ),
        # a country's plain past, then a request to someone: the speaker asks
        (
            "Iwaya said Japan valued its ties with Manila and urged China to respect "
            "international law.",
            ("Iwaya", "said", ["Japan valued its ties with Manila"]),
            ("Iwaya", "urged", ["China to respect international law"]),
        ),
        (
            "Iwaya said Japan valued its ties with Manila and called on China to respect "
            "international law.",
            ("Iwaya", "said", ["Japan valued its ties with Manila"]),
            ("Iwaya", "called on", ["China to respect international law"]),
        ),
    ],
)
def test_a_past_cue_joined_to_a_clause_shifted_back_is_the_outer_speakers(
    nlp: Language,
    text: str,
    first: tuple[str, str, list[str]],
    second: tuple[str, str, list[str]],
) -> None:
    """'Graham said Iran was dangerous and urged ...': Graham urged, as with 'is'."""
    found = statements(nlp, text)
    assert [summary(s)[:3] for s in found] == [first, second]
    assert all(s.reported_by is None for s in found)


@pytest.mark.parametrize(
    "text",
    [
        # what went on, and a body that speaks itself: the clause's subject's
        "Residents said soldiers were looting homes and threatened anyone who resisted.",
        "Analysts said the Fed held rates and urged banks to lend more.",
    ],
)
def test_a_past_cue_joined_to_a_past_clause_of_what_went_on_stays_in_it(
    nlp: Language, text: str
) -> None:
    """The controls: 'soldiers were looting homes and threatened ...' stays the soldiers'."""
    said = by_cue(statements(nlp, text), "said")
    assert summary(said)[2] == [text.split(" said ", 1)[1].rstrip(".")]


@pytest.mark.parametrize(
    "text",
    [
        # the parser hangs "telling" on "halt", an infinitive inside the one asked for
        "South Africa asked the court to order Israel to halt its military operations in "
        "Rafah, telling the judges that the offensive was the last step.",
        # the controls: hung on the cue, or on the first infinitive
        "South Africa asked the court to order Israel to halt its offensive, telling the "
        "judges that the assault was the last step.",
        "South Africa asked the court to act quickly, telling the judges that the assault "
        "was the last step.",
    ],
)
def test_a_participle_after_a_request_of_nested_infinitives_is_the_askers(
    nlp: Language, text: str
) -> None:
    """', telling the judges that ...' after 'asked the court to order Israel to halt ...'."""
    found, names = annotate(nlp, text)
    asked, telling = by_cue(found, "asked"), by_cue(found, "telling")
    assert names.get(telling.speaker or "") == "South Africa"
    assert asked.content[-1].text.endswith(("Rafah", "offensive", "quickly"))
    assert [span.text for span in telling.content] == [text.split("judges ", 1)[1].rstrip(".")]


@pytest.mark.parametrize(
    ("headline", "speaker", "mention"),
    [
        ("Japan, Philippines vow closer defence ties", "Japan", "Japan, Philippines"),
        ('Japan, Philippines condemn "dangerous" manoeuvres', "Japan", "Japan, Philippines"),
        (
            "Britain, France, Germany urge Iran to return to talks",
            "United Kingdom",
            "Britain, France, Germany",
        ),
        # the controls: joined by "and"; a place set off before the name is no subject
        ("Japan and Philippines vow closer defence ties", "Japan", "Japan and Philippines"),
        ("In Manila, Marcos vows closer defence ties", "Marcos", "Marcos"),
    ],
)
def test_names_a_headline_joins_with_commas_speak_as_joined_by_and(
    nlp: Language, headline: str, speaker: str, mention: str
) -> None:
    """'Japan, Philippines vow ...': the first name speaks, the mention holds both."""
    found, names = annotate(nlp, headline + "\n\nMANILA (Reuters) - The talks ended on Friday.")
    (first,) = [s for s in found if s.cue.start < len(headline)]
    assert names.get(first.speaker or "") == speaker
    assert summary(first)[0] == mention


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Newspapers were divided over the deal, with some hailing a long-overdue "
            "compromise and others warning that it would change little.",
            [
                ("some", "hailing", ["a long-overdue compromise"]),
                ("others", "warning", ["that it would change little"]),
            ],
        ),
        # parsed with the second participle hung on the first
        (
            "Critics were split, with some praising the reforms and others criticizing the cost.",
            [("some", "praising", ["the reforms"]), ("others", "criticizing", ["the cost"])],
        ),
        # the controls: one participle; two objects and one subject
        (
            "Newspapers were divided over the deal, with some hailing a long-overdue compromise.",
            [("some", "hailing", ["a long-overdue compromise"])],
        ),
        (
            "The minister was praising the reforms and the budget, warning that it would "
            "change little.",
            [
                ("The minister", "praising", ["the reforms and the budget"]),
                ("The minister", "warning", ["that it would change little"]),
            ],
        ),
    ],
)
def test_two_participles_with_subjects_of_their_own_after_with(
    nlp: Language, text: str, expected: list[tuple[str, str, list[str]]]
) -> None:
    """'with some hailing X and others warning that ...': two speakers, two contents."""
    assert [summary(s)[:3] for s in statements(nlp, text)] == expected


def test_she_after_an_unnamed_speaker_is_not_a_woman_named_before(nlp: Language) -> None:
    """'A neighbor, who declined to give her name, said ... "...," she said': the neighbour."""
    found, _ = annotate(
        nlp,
        "The woman was identified by the Jefferson County coroner as Alicia Moreno. A "
        "neighbor, who declined to give her name, said she had called 911 twice. "
        '"You could hear everything," she said.',
    )
    assert [(s.cue.text, summary(s)[0], s.speaker) for s in found] == [
        ("said", "A neighbor, who declined to give her name", None),
        ("said", "she", None),
    ]


@pytest.mark.parametrize(
    "text",
    [
        # parsed with "Whitcombe" a second subject of "sued", torn off "including bestselling"
        "A group of novelists including bestselling thriller writer Dana Whitcombe sued "
        "Lumora Labs on Tuesday, accusing it of copying pirated books.",
        # the control: parsed as one subject
        "A group of novelists including thriller writer Dana Whitcombe sued Lumora Labs on "
        "Tuesday, accusing it of copying pirated books.",
    ],
)
def test_a_second_subject_torn_off_the_first_ones_phrase_is_part_of_it(
    nlp: Language, text: str
) -> None:
    """'A group of novelists including bestselling ... Whitcombe sued': the group speaks."""
    (found,) = statements(nlp, text)
    assert summary(found)[0] == text.split(" sued", 1)[0]
    assert found.speaker is None


def test_of_two_subjects_set_apart_the_nearer_speaks(nlp: Language) -> None:
    """The control: '"A scuffle ensued," the driver said' is the driver's."""
    (found,) = statements(nlp, '"A scuffle ensued," the driver said.')
    assert summary(found)[0] == "the driver"


@pytest.mark.parametrize(
    ("text", "speaker", "content", "outlet"),
    [
        (
            '"Nothing has been done," Lavrov was quoted by RIA Novosti as saying.',
            "Lavrov",
            '"Nothing has been done,"',
            "RIA Novosti",
        ),
        (
            "Such a step would prompt a response, Ryabkov was quoted as saying by Interfax.",
            "Ryabkov",
            "Such a step would prompt a response",
            "Interfax",
        ),
        (
            "Such a step would prompt a response, Ryabkov was quoted by Interfax as saying.",
            "Ryabkov",
            "Such a step would prompt a response",
            "Interfax",
        ),
        (
            '"We are studying it," TASS cited the source as saying.',
            "the source",
            '"We are studying it,"',
            "TASS",
        ),
        (
            '"We are studying it," TASS quoted the source as saying.',
            "the source",
            '"We are studying it,"',
            "TASS",
        ),
        (
            "TASS cited a source as saying that talks could resume in April.",
            "a source",
            "that talks could resume in April",
            "TASS",
        ),
        (
            "The deal is close, Interfax quoted Ryabkov as saying.",
            "Ryabkov",
            "The deal is close",
            "Interfax",
        ),
        # controls: the forms read before, and no one named as quoting
        (
            "Lavrov was quoted by RIA Novosti as saying that nothing had been done.",
            "Lavrov",
            "that nothing had been done",
            "RIA Novosti",
        ),
        ('"We will win," Kerry was quoted as saying.', "Kerry", '"We will win,"', None),
        (
            "Such a step would prompt a response, Ryabkov was quoted as saying.",
            "Ryabkov",
            "Such a step would prompt a response",
            None,
        ),
        (
            '"We are studying it," the source told TASS.',
            "the source",
            '"We are studying it,"',
            None,
        ),
    ],
)
def test_quoted_or_cited_as_saying_in_every_order(
    nlp: Language, text: str, speaker: str, content: str, outlet: str | None
) -> None:
    """Who is quoted speaks, and who quotes them reports it, before or after what was said."""
    found, names = annotate(nlp, text)
    (statement,) = found
    assert statement.speaker_mention is not None
    assert statement.speaker_mention.text == speaker
    assert [span.text for span in statement.content] == [content]
    assert names.get(statement.reported_by or "") == outlet


def test_quoting_joined_to_a_reported_clause_is_no_part_of_it(nlp: Language) -> None:
    """In "The complaint says X, and quotes one of them as writing that Y", X and Y are two."""
    found = statements(
        nlp,
        "The complaint says engineers discussed the risks in internal messages, and quotes one "
        'of them as writing that the practice was "definitely not great."',
    )
    assert [summary(s) for s in found] == [
        (None, "says", ["engineers discussed the risks in internal messages"], "indirect"),
        ("one of them", "writing", ['that the practice was "definitely not great."'], "mixed"),
    ]


def test_citing_a_source_as_saying_after_a_report(nlp: Language) -> None:
    """'Reuters reported that X, citing a source as saying that Y': Y is reported by Reuters."""
    found, names = annotate(
        nlp,
        "Reuters reported on Monday that talks could resume, citing a source as saying that "
        "the deal was close.",
    )
    assert [span.text for span in by_cue(found, "reported").content] == ["that talks could resume"]
    saying = by_cue(found, "saying")
    assert saying.speaker_mention is not None
    assert saying.speaker_mention.text == "a source"
    assert names.get(saying.reported_by or "") == "Reuters"


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "The court's president, Nawaf Salam, said at the opening of the hearing that Israel "
            "would present its response on Friday.",
            "The court's president, Nawaf Salam",
            "that Israel would present its response on Friday",
        ),
        (
            "Salam said in a press release that Israel would respond on Friday.",
            "Salam",
            "that Israel would respond on Friday",
        ),
        (
            "The ministry said in a press release that Israel would respond on Friday.",
            "The ministry",
            "that Israel would respond on Friday",
        ),
        # controls: the setting alone, a clause with an object, a statement of its own
        (
            "Salam said at the hearing that Israel would respond on Friday.",
            "Salam",
            "that Israel would respond on Friday",
        ),
        (
            "Salam said in a statement that Israel would respond on Friday.",
            "Salam",
            "that Israel would respond on Friday",
        ),
    ],
)
def test_that_clause_hung_on_the_noun_of_a_setting_is_said(
    nlp: Language, text: str, speaker: str, content: str
) -> None:
    """In "said at the opening of the hearing that ...", the clause is what was said."""
    (statement,) = statements(nlp, text)
    assert summary(statement) == (speaker, "said", [content], "indirect")


@pytest.mark.parametrize(
    "text",
    [
        "Salam said in a statement that he posted on Friday.",
        "Salam spoke at the opening of the hearing that Israel requested.",
    ],
)
def test_a_relative_clause_of_a_setting_says_nothing(nlp: Language, text: str) -> None:
    """'said in a statement that he posted': the statement, whose words are not given."""
    assert statements(nlp, text) == []


def test_a_document_named_in_the_setting_of_a_cue_makes_no_statement(nlp: Language) -> None:
    """In "He said at the end of the report that ...", the clause is his, not the report's."""
    found = statements(nlp, "He said at the end of the report that the risks were high.")
    assert [summary(s) for s in found] == [("He", "said", ["that the risks were high"], "indirect")]


@pytest.mark.parametrize(
    ("text", "author"),
    [
        (
            '"We will rebuild," the army said in a statement. The bridge will reopen soon, the '
            "statement said. Roads are also clear, the statement added.",
            "the army",
        ),
        (
            "The IAEA said in a confidential report that Iran had expanded its stockpile. The "
            "report said the stock had grown since November. The report also said cameras had "
            "been removed.",
            "The IAEA",
        ),
        (
            # a report a statement speaks of is no other report the text tells
            "The IAEA said in a confidential report that Iran had expanded its stockpile. The "
            "report to member states said the stock had grown since the last report in "
            "November. The report also said cameras had been removed.",
            "The IAEA",
        ),
        # control: another report told in between leaves the last one without an author
        (
            "The IAEA said in a confidential report that Iran had expanded its stockpile. A "
            "union leaked a second report. The report also said cameras had been removed.",
            None,
        ),
    ],
)
def test_a_document_told_again_keeps_its_author(
    nlp: Language, text: str, author: str | None
) -> None:
    """'the statement added' after 'the statement said' is still the army's statement."""
    found = statements(nlp, text)
    last = found[-1]
    assert (last.speaker_mention.text if last.speaker_mention else None) == author
    assert (last.speaker is not None) == (author is not None)


@pytest.mark.parametrize(
    ("text", "author"),
    [
        (
            "Officers were called to the apartment at 2 a.m., according to a Lakewood Police "
            "Department news release.",
            "Lakewood Police Department",
        ),
        (
            "Officers were called at 2 a.m., according to a Lakewood Police Department press "
            "release.",
            "Lakewood Police Department",
        ),
        ("A Pentagon press release said the drill was routine.", "Pentagon"),
        ("A Pentagon news release said the drill was routine.", "Pentagon"),
        # controls: the author before the plain noun, no author, the press as author
        ("A Pentagon release said the drill was routine.", "Pentagon"),
        ("A press release said the drill was routine.", None),
        ("According to press reports, the drill was routine.", "press"),
    ],
)
def test_the_kind_of_release_is_no_author(nlp: Language, text: str, author: str | None) -> None:
    """In "a Pentagon press release" the Pentagon wrote the press release."""
    (statement,) = statements(nlp, text)
    assert (statement.speaker_mention.text if statement.speaker_mention else None) == author


@pytest.mark.parametrize(
    ("text", "mention", "speaker"),
    [
        (
            "The Times said the deal was a first step. But the London daily cautioned that "
            "deals often unravel.",
            "the London daily",
            True,
        ),
        # controls: the bare noun, and a day after a name
        (
            "The Times said the deal was a first step. But the newspaper cautioned that deals "
            "often unravel.",
            "the newspaper",
            True,
        ),
        (
            "President Barack Obama Sunday said the deal was a first step.",
            "President Barack Obama",
            True,
        ),
    ],
)
def test_the_london_daily_describes_an_outlet(
    nlp: Language, text: str, mention: str, speaker: bool
) -> None:
    """'the London daily' is the Times described, though the model reads 'daily' as a time."""
    found, names = annotate(nlp, text)
    statement = found[-1]
    assert statement.speaker_mention is not None
    assert statement.speaker_mention.text == mention
    assert (statement.speaker is not None) == speaker
    if "Times" in text:
        assert names[statement.speaker or ""] == "Times"


@pytest.mark.parametrize(
    ("text", "addressee"),
    [
        (
            "Live Nation said in a statement to Variety that all tickets would be honored.",
            "Variety",
        ),
        # control: a setting addressed to no one
        ("Live Nation said in a statement on Monday that all tickets would be honored.", None),
    ],
)
def test_a_statement_to_an_outlet_is_addressed_to_it(
    nlp: Language, text: str, addressee: str | None
) -> None:
    """'said in a statement to Variety': Variety is the addressee."""
    found, names = annotate(nlp, text)
    (statement,) = found
    assert names.get(statement.addressee or "") == addressee


@pytest.mark.parametrize(
    "text",
    [
        "The suit alleges that the company copied books.",
        # control: the word already known
        "The lawsuit alleges that the company copied books.",
    ],
)
def test_a_suit_is_a_document(nlp: Language, text: str) -> None:
    """'The suit alleges' names no speaker: the suit is a document, like 'the lawsuit'."""
    (statement,) = statements(nlp, text)
    assert statement.speaker_mention is None


def test_a_cue_joined_to_a_clause_hung_on_the_setting_is_the_speakers(nlp: Language) -> None:
    """'said in a press release that prices will fall and urged drivers ...': two statements."""
    found = statements(
        nlp,
        "The ministry said in a press release that fuel prices will fall next month and urged "
        "drivers not to hoard petrol.",
    )
    assert [summary(s) for s in found] == [
        ("The ministry", "said", ["that fuel prices will fall next month"], "indirect"),
        ("The ministry", "urged", ["drivers not to hoard petrol"], "indirect"),
    ]


@pytest.mark.parametrize(
    ("text", "speaker", "mention"),
    [
        (
            "Officials condemned comments made by Balazs Orban, the prime minister's political "
            "director, who suggested that Warsaw was prolonging the war.",
            "Balazs Orban",
            "Balazs Orban, the prime minister's political director",
        ),
        (
            "The guesthouse was run by a widow called Mrs. Tursun, who explained that her "
            "husband had built the place.",
            "Tursun",
            "a widow called Mrs. Tursun",
        ),
        (
            "The guesthouse was run by a widow named Tursun, who explained that her husband had "
            "built the place.",
            "Tursun",
            "a widow named Tursun",
        ),
        # controls: the name alone, and the appositive before a main verb
        (
            "Officials condemned comments made by Balazs Orban, who suggested that Warsaw was "
            "prolonging the war.",
            "Balazs Orban",
            "Balazs Orban",
        ),
        (
            "Balazs Orban, the prime minister's political director, said that Warsaw was "
            "prolonging the war.",
            "Balazs Orban",
            "Balazs Orban, the prime minister's political director",
        ),
    ],
)
def test_a_who_clause_after_a_person_appositive_or_a_given_name(
    nlp: Language, text: str, speaker: str, mention: str
) -> None:
    """'Balazs Orban, the ... director, who suggested', 'a widow called X, who explained'."""
    found, names = annotate(nlp, text)
    cue = next(word for word in ("suggested", "explained", "said") if f" {word} " in text)
    statement = by_cue(found, cue)
    assert names.get(statement.speaker or "") == speaker
    assert statement.speaker_mention is not None
    assert statement.speaker_mention.text == mention


def test_a_who_clause_on_a_naming_verb_is_not_named(nlp: Language) -> None:
    """'a widow who called Tursun a liar': the widow speaks, not the one she called so."""
    found = statements(nlp, "The guesthouse was run by a widow who called Tursun a liar.")
    statement = by_cue(found, "called")
    assert statement.speaker is None
    assert statement.speaker_mention is not None
    assert statement.speaker_mention.text == "a widow"


@pytest.mark.parametrize(
    ("text", "mention", "content"),
    [
        (
            "According to people close to the campaign, Paul Manafort, the campaign chairman, "
            "has been urging Mr. Trump to moderate his tone.",
            "people close to the campaign",
            "Paul Manafort, the campaign chairman, has been urging Mr. Trump to moderate his tone",
        ),
        # controls: no appositive, and a name in apposition to the source
        (
            "According to people close to the campaign, Paul Manafort has been urging Mr. Trump "
            "to moderate his tone.",
            "people close to the campaign",
            "Paul Manafort has been urging Mr. Trump to moderate his tone",
        ),
        (
            "According to the city's chief planner, Kerri Voumvakis, the change could cut rents.",
            "the city's chief planner, Kerri Voumvakis",
            "the change could cut rents",
        ),
    ],
)
def test_a_name_with_its_appositive_after_according_to_is_the_subject(
    nlp: Language, text: str, mention: str, content: str
) -> None:
    """'According to people ..., Paul Manafort, the campaign chairman, has been urging'."""
    found = statements(nlp, text)
    statement = by_cue(found, "According to")
    assert statement.speaker_mention is not None
    assert statement.speaker_mention.text == mention
    assert [span.text for span in statement.content] == [content]
    if "people" in mention:
        assert statement.speaker is None


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        (
            '"Green or black?" Mrs. Tursun asked.\n\n"Black, please."\n\n"Good," she replied.',
            ["Tursun", None, "Tursun"],
        ),
        (
            '"You should not write that," Ahmet said.\n\n"Write what?"\n\n"What Memet said."',
            ["Ahmet", None, "Ahmet"],
        ),
        (
            '"You should not write that," Ahmet said.\n\n"Write what?"\n\n"What Memet said." '
            'He paused. "He has children."',
            ["Ahmet", None, "Ahmet", "Ahmet"],
        ),
        # controls: news goes on quoting one speaker, in a paragraph of its own or not
        ('"We will fight," Ahmet said.\n\n"We have no choice."', ["Ahmet", "Ahmet"]),
        ('"Is this fair?" Ahmet asked.\n\n"We have no choice."', ["Ahmet", "Ahmet"]),
        ('"You should not write that," Ahmet said. "Write it down."', ["Ahmet", "Ahmet"]),
    ],
)
def test_a_dialogue_reply_is_not_the_speaker_before(
    nlp: Language, text: str, speakers: list[str | None]
) -> None:
    """'"Green or black?" she asked. / "Black, please."': the answer is the other one's."""
    found, names = annotate(nlp, text)
    assert [names.get(s.speaker or "") for s in found] == speakers
    reply = [s for s in found if s.speaker is None]
    if reply:
        assert reply[0].speaker_mention is None
        assert names.get(reply[0].addressee or "") == speakers[0]


@pytest.mark.parametrize(
    "text",
    [
        "Moody's said Hallbrook's leverage would remain above 3.5 times earnings, a level the "
        'agency said was "weakly positioned" for its rating. It affirmed the rating itself.',
        # control: no statement inside the first one's words
        "Moody's said Hallbrook's leverage was likely to remain high. It affirmed the rating "
        "itself.",
    ],
)
def test_it_goes_on_from_the_speaker_not_from_a_statement_in_its_words(
    nlp: Language, text: str
) -> None:
    """'Moody's said ..., a level the agency said was weak. It affirmed': Moody's."""
    found, names = annotate(nlp, text)
    first, affirmed = by_cue(found, "said"), by_cue(found, "affirmed")
    assert first.speaker is not None
    assert affirmed.speaker == first.speaker
    assert names[affirmed.speaker].startswith("Moody")


@pytest.mark.parametrize(
    ("introduced", "speaker"),
    [
        ("a schoolteacher, Memet", "Memet"),
        ("Memet, a schoolteacher", "Memet"),
        ("a schoolteacher named Memet", "Memet"),
        # control: one introduced as something else is not the teacher
        ("a driver, Memet", "Ahmet"),
    ],
)
def test_the_role_noun_is_the_one_introduced_as_it(
    nlp: Language, introduced: str, speaker: str
) -> None:
    """'we met a schoolteacher, Memet. The teacher told me': Memet, not the last speaker."""
    found, names = annotate(
        nlp,
        f"Ahmet told me not to buy anything. At a tea stall we met {introduced}. The teacher "
        "told me that the old city was being demolished.",
    )
    statement = next(
        s for s in found if s.speaker_mention and s.speaker_mention.text == "The teacher"
    )
    assert names.get(statement.speaker or "") == speaker


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        ("The CDC's guidance says older adults should receive a high-dose vaccine.", "The CDC"),
        ("Anyone with chest pain should seek care immediately, the guidance says.", None),
        ("The recommendations say children should be vaccinated.", None),
        # controls: a document already known; a body named by an adjective of the word
        ("The CDC's report says older adults should receive a high-dose vaccine.", "The CDC"),
        ("The advisory board said children should be vaccinated.", "The advisory board"),
    ],
)
def test_guidance_is_a_document(nlp: Language, text: str, mention: str | None) -> None:
    """'The CDC's guidance says' is the CDC's; 'the guidance says' names no speaker."""
    (statement,) = statements(nlp, text)
    assert summary(statement)[0] == mention


@pytest.mark.parametrize(
    ("text", "act"),
    [
        (
            'One ally described the briefing against her as "cowardly and frankly pathetic".',
            "criticize",
        ),
        ("The minister described the warnings as appalling and cruel.", "criticize"),
        # controls: a word already known; a neutral description
        ('One ally described the briefing against her as "shameful".', "criticize"),
        ('One ally described the briefing against her as "brief".', "assert"),
    ],
)
def test_pejoratives_make_a_naming_criticism(nlp: Language, text: str, act: str) -> None:
    """'described X as cowardly and pathetic' criticizes X."""
    (statement,) = statements(nlp, text)
    assert statement.act is not None
    assert statement.act.value == act


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "An old man whispered that he could get me real steel.",
            ("An old man", "whispered", ["that he could get me real steel"], "assert"),
        ),
        (
            "A butcher shouted at us to try his mutton.",
            ("A butcher", "shouted at", ["us to try his mutton"], "request"),
        ),
        (
            "Experts advise that people at higher risk should not delay.",
            ("Experts", "advise", ["that people at higher risk should not delay"], "request"),
        ),
        # controls: a clause shouted at someone is no request; an addressee with an infinitive
        (
            "She shouted at them that the bridge was closed.",
            ("She", "shouted", ["that the bridge was closed"], "assert"),
        ),
        (
            "Experts advise people at higher risk not to delay.",
            ("Experts", "advise", ["people at higher risk not to delay"], "request"),
        ),
    ],
)
def test_whispered_shouted_at_and_advise_that(
    nlp: Language, text: str, expected: tuple[str, str, list[str], str]
) -> None:
    """'whispered that', 'shouted at us to ...' and 'advise that' are statements."""
    (statement,) = statements(nlp, text)
    mention, cue, content, _ = summary(statement)
    assert statement.act is not None
    assert (mention, cue, content, statement.act.value) == expected


def test_shouting_at_someone_says_nothing(nlp: Language) -> None:
    """'shouted at the referee' with nothing asked or said is no statement."""
    assert statements(nlp, "He shouted at the referee.") == []


@pytest.mark.parametrize(
    ("text", "mentions"),
    [
        (
            "A No 10 spokesperson said the prime minister had full confidence in the chancellor.",
            ["A No 10 spokesperson"],
        ),
        ("No 10 said the prime minister had full confidence in the chancellor.", ["No 10"]),
        (
            "Downing Street said the prime minister had full confidence in the chancellor. "
            "No 10 added that the policy was right.",
            ["Downing Street", "No 10"],
        ),
        # controls: "No." with its full stop; a true negation
        (
            "A No. 10 spokesman said the prime minister had full confidence in the chancellor.",
            ["A No. 10 spokesman"],
        ),
        ("No spokesperson said the prime minister had full confidence in the chancellor.", []),
    ],
)
def test_no_10_is_no_negation(nlp: Language, text: str, mentions: list[str]) -> None:
    """'No 10 said' is said by the prime minister's office; 'No spokesperson said' is not said."""
    assert [summary(s)[0] for s in statements(nlp, text)] == mentions


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        (
            "The Labour MP for Burnley, Oliver Ryan, said he had been contacted by pensioners.",
            "The Labour MP for Burnley, Oliver Ryan",
        ),
        (
            "A spokeswoman for Mr. Portman, Caroline Vance, said the senator has his own views.",
            "A spokeswoman for Mr. Portman, Caroline Vance",
        ),
        (
            "Mercedes' George Russell complained that his tyres had gone.",
            "Mercedes' George Russell",
        ),
        # controls: "for" with a common noun; no "for"; the possessive with "'s"
        (
            "A spokeswoman for the college, Caroline Vance, said the senator has his own views.",
            "A spokeswoman for the college, Caroline Vance",
        ),
        (
            "The Labour MP, Oliver Ryan, said he had been contacted by pensioners.",
            "The Labour MP, Oliver Ryan",
        ),
        (
            "Mercedes's George Russell complained that his tyres had gone.",
            "Mercedes's George Russell",
        ),
    ],
)
def test_the_phrase_before_an_appositive_name_is_kept(
    nlp: Language, text: str, mention: str
) -> None:
    """'The MP for Burnley, Oliver Ryan, said': the title with its proper noun stays."""
    (statement,) = statements(nlp, text)
    assert summary(statement)[0] == mention


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A source said three ministers had raised concerns directly with Downing Street.", []),
        ("Three ministers raised concerns with the prime minister.", []),
        # controls: what the concerns are about, with "with" or another preposition
        (
            "The union raised concerns with the pace of the reform.",
            [("The union", "raised concerns", ["with the pace of the reform"], "indirect")],
        ),
        (
            "Three ministers raised concerns over the plan.",
            [("Three ministers", "raised concerns", ["over the plan"], "indirect")],
        ),
    ],
)
def test_concerns_raised_with_someone_say_nothing(
    nlp: Language, text: str, expected: list[tuple[str | None, str, list[str], str]]
) -> None:
    """'raised concerns with Downing Street': whom they were raised with is no content."""
    found = [s for s in statements(nlp, text) if s.cue.text == "raised concerns"]
    assert [summary(s) for s in found] == expected


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Health officials urged residents on Thursday to get vaccinated.",
            "residents on Thursday to get vaccinated",
        ),
        # controls: an active infinitive; no date between
        (
            "Health officials urged residents on Thursday to stay home.",
            "residents on Thursday to stay home",
        ),
        (
            "Health officials urged residents to get vaccinated.",
            "residents to get vaccinated",
        ),
    ],
)
def test_a_passive_infinitive_after_the_addressee_is_asked(
    nlp: Language, text: str, content: str
) -> None:
    """'urged residents on Thursday to get vaccinated': the request keeps its infinitive."""
    (statement,) = statements(nlp, text)
    assert summary(statement)[2] == [content]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Doctors warned that antiviral drugs such as Tamiflu work best when started within "
            "48 hours of symptoms.",
            [
                "that antiviral drugs such as Tamiflu work best when started within 48 hours "
                "of symptoms"
            ],
        ),
        (
            "Doctors said that drugs such as Tamiflu work best.",
            ["that drugs such as Tamiflu work best"],
        ),
        # controls: a clause the parser reads; a demonstrative "that"
        (
            "Doctors warned that Tamiflu works best when started early.",
            ["that Tamiflu works best when started early"],
        ),
        (
            "Officials said that countries such as France would join.",
            ["that countries such as France would join"],
        ),
        ("She said that was wrong.", ["that was wrong"]),
    ],
)
def test_a_that_clause_the_parser_misreads_is_said(
    nlp: Language, text: str, content: list[str]
) -> None:
    """'warned that drugs such as Tamiflu work best': "work" read as a noun leaves no verb."""
    (statement,) = statements(nlp, text)
    assert summary(statement)[2] == content


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            'He told the news site Index that he had been describing the views of "some in '
            'Poland," not the government.',
            'that he had been describing the views of "some in Poland," not the government',
        ),
        # control: without the quotation marks
        (
            "He told the news site Index that he had been describing the views of some in "
            "Poland, not the government.",
            "that he had been describing the views of some in Poland, not the government",
        ),
    ],
)
def test_a_contrast_after_a_closing_mark_is_said(nlp: Language, text: str, content: str) -> None:
    """'of "some in Poland," not the government': the comma in the mark ends no clause."""
    (statement,) = statements(nlp, text)
    assert summary(statement)[2] == [content]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Trump said he would soften the tariff, a shift that some economists welcomed but "
            "that his advisers did not anticipate.",
            "he would soften the tariff",
        ),
        # controls: one relative clause; a second that-clause of the speaker's own
        (
            "Trump said he would be open to softening the tariff, a decision that will cost jobs.",
            "he would be open to softening the tariff",
        ),
        (
            "Trump said he would soften the tariff but that he would keep the wall.",
            "he would soften the tariff but that he would keep the wall",
        ),
    ],
)
def test_a_comment_with_two_relative_clauses_is_the_writers(
    nlp: Language, text: str, content: str
) -> None:
    """', a shift that economists welcomed but that his advisers did not anticipate' is cut."""
    (statement,) = statements(nlp, text)
    assert summary(statement)[2] == [content]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Reuters reported that a million homes had lost power, citing the grid operator.",
            "that a million homes had lost power",
        ),
        (
            "The president declared that the economy was strong, pointing to job growth, to "
            "applause from Democrats.",
            "that the economy was strong",
        ),
        (
            "The president declared that the economy was strong, to applause from Democrats.",
            "that the economy was strong",
        ),
        # controls: a result of what was reported; a participle that names no source; the
        # aside before the clause
        (
            "Police said a bomb exploded in the market, killing 12 people.",
            "a bomb exploded in the market, killing 12 people",
        ),
        (
            "Reuters reported, citing the grid operator, that a million homes had lost power.",
            "that a million homes had lost power",
        ),
        (
            "She said the bill would pass, bringing relief to farmers.",
            "the bill would pass, bringing relief to farmers",
        ),
    ],
)
def test_a_source_or_evidence_after_the_clause_is_the_speakers(
    nlp: Language, text: str, content: str
) -> None:
    """', citing the grid operator', ', pointing to job growth', ', to applause' are cut."""
    (statement,) = statements(nlp, text)
    assert summary(statement)[2] == [content]


def test_another_speakers_word_on_the_clause_is_their_statement(nlp: Language) -> None:
    """'..., an answer Castellano called "a dodge."' is Castellano's, not Whitmore's."""
    found = statements(
        nlp,
        'Whitmore said she would accept it "if it is a fair election," an answer Castellano '
        'called "a dodge."',
    )
    assert [summary(s) for s in found] == [
        ("Whitmore", "said", ['she would accept it "if it is a fair election,"'], "mixed"),
        ("Castellano", "called", ['"a dodge."'], "direct"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Whitmore said she would cut taxes, a plan Democrats rejected.",
        "Whitmore said she would cut taxes, a plan that Democrats rejected.",
    ],
)
def test_a_noun_another_speaker_judged_is_cut(nlp: Language, text: str) -> None:
    """', a plan Democrats rejected': any noun, with a cue that has a subject of its own."""
    found = statements(nlp, text)
    assert summary(found[0])[2] == ["she would cut taxes"]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # the writer's own word on it stays cut; a relative clause whose subject is the
        # noun's ("that drew jeers") reports nothing, and a noun inside the clause stays
        (
            'Whitmore said she would accept it "if it is a fair election," a remark that drew '
            "jeers.",
            'she would accept it "if it is a fair election,"',
        ),
        (
            "Whitmore said she saw a man her neighbours called a hero.",
            "she saw a man her neighbours called a hero",
        ),
    ],
)
def test_a_noun_judged_controls(nlp: Language, text: str, content: str) -> None:
    """A noun after a comma is cut only with someone else's cue on it."""
    found = statements(nlp, text)
    assert summary(found[0])[2] == [content]


@pytest.mark.parametrize(
    ("text", "contents"),
    [
        (
            'Cristo condemned the kidnappings, which he described as "an unacceptable practice".',
            [["the kidnappings"], ['as "an unacceptable practice"']],
        ),
        (
            "Ruiz praised the deal, which critics called a sellout.",
            [["the deal"], ["a sellout"]],
        ),
        # control: a passive naming has no speaker of its own and stays in the object
        (
            "Ruiz praised the deal, which was described as historic.",
            [["the deal, which was described as historic"], ["as historic"]],
        ),
    ],
)
def test_a_relative_naming_after_the_object_is_a_statement(
    nlp: Language, text: str, contents: list[list[str]]
) -> None:
    """'condemned the kidnappings, which he described as ...': two statements."""
    found = statements(nlp, text)
    assert [summary(s)[2] for s in found] == contents


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        ('Storm live\n\n15:20 GMT\nSunak: "Stay at home if you can"', "Sunak"),
        ('Storm live\n\n15:20 GMT\nPM: "Stay at home if you can"', "PM"),
        (
            "Bogotá, Dec 12 (EFE).- Gov. Diane Whitmore said on Wednesday that taxes would fall.",
            "Gov. Diane Whitmore",
        ),
        (
            "Caracas, 12 dic (EFE).- The minister said on Wednesday that taxes would fall.",
            "The minister",
        ),
        ("Talks to resume\n\nInterior Minister Juan Cristo said the talks would resume.", None),
        ("Headline here\n\nCristo said the talks would resume.", None),
        # controls: no time stamp; an AP dateline; a headline with its full stop
        ('Storm live\n\nSunak: "Stay at home if you can"', "Sunak"),
        (
            "PHOENIX (AP) — Gov. Diane Whitmore said on Wednesday that taxes would fall.",
            "Gov. Diane Whitmore",
        ),
        ("Headline here.\n\nCristo said the talks would resume.", "Cristo"),
    ],
)
def test_a_speaker_is_never_read_across_a_line_or_a_dateline(
    nlp: Language, text: str, mention: str | None
) -> None:
    """'15:20 GMT / Sunak:', 'Dec 12 (EFE).- Gov. Diane Whitmore said': the name alone."""
    found = statements(nlp, text)
    expected = mention or text.split("\n\n")[1].split(" said")[0]
    assert [summary(s)[0] for s in found] == [expected]


@pytest.mark.parametrize(
    ("text", "content", "kind"),
    [
        (
            'The Ministry of Commerce said in a statement that the US move "seriously '
            'undermines the international trade order".',
            'that the US move "seriously undermines the international trade order"',
            "mixed",
        ),
        (
            'The company said in a statement that the merger "creates value for shareholders".',
            'that the merger "creates value for shareholders"',
            "mixed",
        ),
        # controls: no quotation marks; no setting; a quotation right after the setting
        (
            "The Ministry of Commerce said in a statement that the US move seriously "
            "undermines the international trade order.",
            "that the US move seriously undermines the international trade order",
            "indirect",
        ),
        (
            'The Ministry of Commerce said that the US move "seriously undermines the '
            'international trade order".',
            'that the US move "seriously undermines the international trade order"',
            "mixed",
        ),
        (
            'The ministry said in a statement "the plan will fail".',
            '"the plan will fail"',
            "direct",
        ),
    ],
)
def test_a_that_clause_after_a_setting_keeps_its_subject_before_a_quotation(
    nlp: Language, text: str, content: str, kind: str
) -> None:
    """'said in a statement that the US move "undermines ..."': the subject is said too."""
    (statement,) = statements(nlp, text)
    assert summary(statement)[2:] == ([content], kind)


@pytest.mark.parametrize(
    ("text", "said", "hoped", "reported"),
    [
        (
            "Cardinal Pietro Parolin said the pope was worried and hoped the trip would bring "
            "peace.",
            "the pope was worried and hoped the trip would bring peace",
            "the pope",
            True,
        ),
        (
            "Parolin said Pope Leo was saddened and hoped the fighting would stop.",
            "Pope Leo was saddened and hoped the fighting would stop",
            "Pope Leo",
            True,
        ),
        # controls: a clause about a country; a pronoun, which may be the speaker
        (
            "Graham said Iran was dangerous and hoped the administration would act.",
            "Iran was dangerous",
            "Graham",
            False,
        ),
        (
            "Parolin said he was worried and hoped the trip would bring peace.",
            "he was worried",
            "Parolin",
            False,
        ),
    ],
)
def test_a_feeling_joined_to_how_a_person_felt_is_that_persons(
    nlp: Language, text: str, said: str, hoped: str, reported: bool
) -> None:
    """'said the pope was worried and hoped ...': the pope hoped; Parolin reports it."""
    found, _ = annotate(nlp, text)
    assert summary(by_cue(found, "said"))[2] == [said]
    hope = by_cue(found, "hoped")
    assert summary(hope)[0] == hoped
    assert (hope.reported_by is not None) is reported


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Sen. Rosa Castellano shot back that the governor had signed a budget that cut "
            "funding.",
            (
                "Sen. Rosa Castellano",
                "shot back",
                "that the governor had signed a budget that cut funding",
            ),
        ),
        (
            '"You closed three emergency rooms," Sen. Rosa Castellano shot back.',
            ("Sen. Rosa Castellano", "shot back", '"You closed three emergency rooms,"'),
        ),
        (
            "The senator hit back that the governor had cut funding.",
            ("The senator", "hit back", "that the governor had cut funding"),
        ),
        ('"Nonsense," the minister fired back.', ("the minister", "fired back", '"Nonsense,"')),
        ('"Not now," she snapped.', ("she", "snapped", '"Not now,"')),
        (
            "The pope prayed for the victims of the floods.",
            ("The pope", "prayed", "for the victims of the floods"),
        ),
        (
            "Rep. Marjorie Greene heckled the president about a nursing student killed last month.",
            ("Rep. Marjorie Greene", "heckled", "about a nursing student killed last month"),
        ),
        (
            "Chinese experts believe that such measures will isolate the US.",
            ("Chinese experts", "believe", "that such measures will isolate the US"),
        ),
        (
            "Officials fear that the death toll will rise.",
            ("Officials", "fear", "that the death toll will rise"),
        ),
    ],
)
def test_retorts_prayers_heckles_and_beliefs_are_statements(
    nlp: Language, text: str, expected: tuple[str, str, str]
) -> None:
    """'shot back that ...', 'prayed for ...', 'heckled ... about', 'experts believe that'."""
    (statement,) = statements(nlp, text)
    mention, cue, content, _ = summary(statement)
    assert (mention, cue, content) == (expected[0], expected[1], [expected[2]])


def test_a_counterattack_or_a_belief_of_no_one_is_no_statement(nlp: Language) -> None:
    """'hit back with airstrikes', 'snapped a streak', 'are believed to have fled' say nothing.

    A belief told inside what someone said stays in it, and so does "I believe" in a quotation.
    """
    for text in [
        # a counterattack, a streak, a photo: no words
        "Israel hit back with airstrikes on Sunday.",
        "The army fired back at the gunmen.",
        "The Lakers snapped a five-game losing streak.",
        "He snapped a photo of the crowd.",
        # belief told of no one, or a description
        "More than 62,000 civilians are believed to have fled the city.",
        "Police found screws and batteries believed to be from the device.",
        "Many believe in miracles.",
        "The agency helps citizens who believe that their rights were violated.",
    ]:
        assert statements(nlp, text) == [], text
    text = (
        "Harris's father, Tyrone Harris Sr., said he believed his son was unarmed and called "
        'the police version "a bunch of lies." Police believe the gunman acted alone.'
    )
    assert [summary(s)[:3] for s in statements(nlp, text)] == [
        ("Harris's father, Tyrone Harris Sr", "said", ["he believed his son was unarmed"]),
        ("Harris's father, Tyrone Harris Sr", "called", ['the police version "a bunch of lies."']),
        ("Police", "believe", ["the gunman acted alone"]),
    ]
    assert [summary(s)[1] for s in statements(nlp, '"I believe we will win," she said.')] == [
        "said"
    ]


def test_a_past_tense_read_as_a_participle_after_a_set_off_name_speaks(nlp: Language) -> None:
    """'Colombia's minister, Juan Cristo, affirmed on Thursday that ...', 'affirmed' read VBN."""
    text = (
        "Colombia's Interior Minister, Juan Fernando Cristo, affirmed on Thursday that the "
        "talks will resume in January."
    )
    (statement,) = statements(nlp, text)
    assert summary(statement) == (
        "Colombia's Interior Minister, Juan Fernando Cristo",
        "affirmed",
        ["that the talks will resume in January"],
        "indirect",
    )
    # controls: a participle on a person says nothing of hers; "assured" as before
    assert [
        summary(s)[1] for s in statements(nlp, "Ruth Achieng', proposed as IEBC vice-chair.")
    ] == []
    text = text.replace("affirmed", "assured")
    assert [summary(s)[1] for s in statements(nlp, text)] == ["assured"]


def test_documents_opening_a_paragraph_show_what_they_say(nlp: Language) -> None:
    """'Records show that ...' opening a paragraph, tagged a proper noun, is a document's."""
    said = "show that night shifts were understaffed."
    for text in [
        f"Nursing homes\n\nThe chain cut costs.\n\nRecords {said}",
        f"Nursing homes\n\nThe chain cut costs.\n\nEmails {said}",
        # control: within the paragraph, as before
        f"Nursing homes\n\nThe chain cut costs. Records {said}",
    ]:
        (statement,) = statements(nlp, text)
        assert summary(statement) == (
            None,
            "show",
            ["that night shifts were understaffed"],
            "indirect",
        ), text
    # control: what is no document shows nothing
    assert statements(nlp, "Nursing homes\n\nThe chain cut costs.\n\nRecords fell that year.") == []


def test_a_that_clause_read_as_a_relative_clause_on_a_time_the_cue_lasted(
    nlp: Language,
) -> None:
    """'warned for more than a year that ...': the clause is what was warned, not a 'when'."""
    (statement,) = statements(
        nlp, "Managers warned for more than a year that night shifts were understaffed."
    )
    assert summary(statement) == (
        "Managers",
        "warned",
        ["that night shifts were understaffed"],
        "indirect",
    )
    # controls: as before, "for months"; a time that is the object; no cue
    (statement,) = statements(
        nlp, "Managers warned for months that night shifts were understaffed."
    )
    assert summary(statement)[2] == ["that night shifts were understaffed"]
    assert statements(nlp, "He recalled the year that the plant closed.") == []
    assert statements(nlp, "Managers worked for more than a year that nobody noticed.") == []


def test_who_uses_a_speech_to_ask_asks(nlp: Language) -> None:
    """'used his address to call on Congress to ...': Biden asks, not the address."""
    for text, mention, cue in [
        (
            "President Joe Biden used his State of the Union address on Thursday to call on "
            "Congress to pass a border bill.",
            "President Joe Biden",
            "call on",
        ),
        ("Biden used his speech to urge Congress to pass a border bill.", "Biden", "urge"),
        ("Biden used the address to urge Congress to pass a border bill.", "Biden", "urge"),
        ("Zelensky seized the moment to call for more weapons.", "Zelensky", "call for"),
        # controls: the object speaks after "forced"; a purpose without an object
        (
            "The scandal forced the governor to admit that he had lied.",
            "the governor",
            "admit",
        ),
        (
            "President Joe Biden went on television to call on Congress to pass a border bill.",
            "President Joe Biden",
            "call on",
        ),
    ]:
        (statement,) = statements(nlp, text)
        assert summary(statement)[:2] == (mention, cue), text


def test_a_joined_passive_is_told_to_its_own_subject(nlp: Language) -> None:
    """'... boarded up their windows and residents were told to move cars': residents are."""
    found = statements(
        nlp,
        "Kay says shopkeepers have boarded up their windows and residents were told to move cars.",
    )
    assert summary(by_cue(found, "told"))[2] == ["residents", "to move cars"]
    # controls: alone; a joined passive with no subject of its own shares the first one's
    found = statements(nlp, "Kay says residents were told to move cars.")
    assert summary(by_cue(found, "told"))[2] == ["residents", "to move cars"]
    found = statements(nlp, "Beirut had complained to Washington and had been told to wait.")
    assert summary(by_cue(found, "told"))[2] == ["Beirut", "to wait"]


def test_what_a_critic_called_takes_the_act_of_the_criticism(nlp: Language) -> None:
    """'criticised what he called "the globalisation of indifference"' criticises."""
    for text, act in [
        ('The pope criticised what he called "the globalisation of indifference."', "criticize"),
        ('The minister praised what she called "a historic deal."', "praise"),
        # controls: the name alone decides, as before
        ("Trump denounced what he called a witch hunt.", "criticize"),
        ("He called the plan a mistake.", "criticize"),
        ("He called the talks lengthy.", "assert"),
    ]:
        (statement,) = statements(nlp, text)
        assert (statement.cue.text, statement.act.value if statement.act else None) == (
            "called",
            act,
        ), text


def test_a_headline_ending_in_people_named_by_a_noun_is_theirs(nlp: Language) -> None:
    """'US chip curbs will only accelerate China's self-reliance: experts' is the experts'."""
    body = "\n\nThe curbs were announced on Tuesday."
    found = statements(
        nlp, "US chip curbs will only accelerate China's self-reliance: experts" + body
    )
    assert [summary(s) for s in found] == [
        ("experts", ":", ["US chip curbs will only accelerate China's self-reliance"], "indirect")
    ]
    found = statements(nlp, "US curbs will backfire: Chinese analysts" + body)
    assert [summary(s)[:3] for s in found] == [
        ("Chinese analysts", ":", ["US curbs will backfire"])
    ]
    # controls: a topic; a thing after the colon
    assert statements(nlp, "Floods: experts" + body) == []
    assert statements(nlp, "Prices will rise: inflation" + body) == []


def test_a_verb_that_speaks_only_with_its_particle_is_no_joined_cue_without_it(
    nlp: Language,
) -> None:
    """'had blocked and fired water cannon at' is what was said, not a second cue."""
    text = (
        "The coast guard said two Chinese ships had blocked and fired water cannon at a "
        "Philippine vessel near the shoal."
    )
    (statement,) = statements(nlp, text)
    assert summary(statement)[2] == [
        "two Chinese ships had blocked and fired water cannon at a Philippine vessel near the shoal"
    ]
    # controls: with the particle it is a second statement, and a cue alone still cuts
    found = statements(
        nlp, "The minister said the plan was fair and fired back that critics had not read it."
    )
    assert [summary(s)[1:3] for s in found] == [
        ("said", ["the plan was fair"]),
        ("fired back", ["that critics had not read it"]),
    ]
    found = statements(nlp, "Vogel said the mission worked and announced that Germany would pay.")
    assert [summary(s)[1:3] for s in found] == [
        ("said", ["the mission worked"]),
        ("announced", ["that Germany would pay"]),
    ]


def test_an_as_clause_the_parser_made_a_subject_is_the_writers(nlp: Language) -> None:
    """'could slip into famine, as fighting between A and B blocked convoys' ends at famine."""
    text = (
        "Relief agencies warned on Tuesday that the region could slip into famine within "
        "weeks, as fighting between the army and the Rapid Support Forces blocked aid "
        "convoys for a third month."
    )
    (statement,) = statements(nlp, text)
    assert summary(statement)[2] == ["that the region could slip into famine within weeks"]
    # read the other way: "fighting" the verb of the "as" clause, "blocked" joined to "slip"
    text = (
        "United Nations agencies warned on Tuesday that parts of Sudan's Darfur region could "
        "slip into famine within weeks, as fighting between the army and the paramilitary "
        "Rapid Support Forces blocked aid convoys for a third month."
    )
    (statement,) = statements(nlp, text)
    assert summary(statement)[2] == [
        "that parts of Sudan's Darfur region could slip into famine within weeks"
    ]


def test_a_naming_cue_joined_to_a_clause_about_a_country_is_the_speakers(
    nlp: Language,
) -> None:
    """'said Russia had nothing to do with it and described the claims as absurd': his."""
    text = (
        "Kremlin spokesman Dmitry Peskov told reporters on Monday that Russia had "
        '"nothing to do" with the damage to the cables and described the accusations as '
        '"absurd".'
    )
    found = statements(nlp, text)
    assert [summary(s)[:3] for s in found] == [
        (
            "Kremlin spokesman Dmitry Peskov",
            "told",
            ['that Russia had "nothing to do" with the damage to the cables'],
        ),
        ("Kremlin spokesman Dmitry Peskov", "described", ['the accusations as "absurd"']),
    ]


def test_a_clause_of_why_is_not_what_a_headline_cue_says(nlp: Language) -> None:
    """'Aid agencies warn of famine risk as fighting blocks convoys' warns of famine risk."""
    text = (
        "Aid agencies warn of famine risk as Sudan fighting blocks convoys\n\n"
        "Relief workers said the roads were closed."
    )
    found = statements(nlp, text)
    assert summary(found[0])[:3] == ("Aid agencies", "warn", ["of famine risk"])
    # control: a reported clause that opens with a clause of its own keeps it
    text = (
        "Analyst Sam Ortiz says while he remains optimistic about the long term, the "
        "region's immediate outlook is bleak."
    )
    (statement,) = statements(nlp, text)
    assert summary(statement)[2] == [
        "while he remains optimistic about the long term, the region's immediate outlook is bleak"
    ]


def test_an_opening_place_the_parser_made_the_subject_is_no_part_of_the_speaker(
    nlp: Language,
) -> None:
    """'Outside court, a spokeswoman for the prosecution said' is the spokeswoman's."""
    text = (
        "Outside court, a spokeswoman for the Crown Prosecution Service said it would not "
        "comment while the trial was ongoing."
    )
    (statement,) = statements(nlp, text)
    assert summary(statement)[0] == "a spokeswoman for the Crown Prosecution Service"


def test_a_role_right_after_its_quotation_is_the_last_speaker(nlp: Language) -> None:
    """'"...," the defender said' after the captain's statement is the captain's."""
    text = (
        "Riverside captain Declan Moore admitted the defeat hurt. \"It's a derby, so it hurts "
        'more than a normal loss," the defender said. "We owe the fans," said the defender.'
    )
    doc = nlp(text)
    names = {actor["id"]: actor["name"] for actor in doc._.newsevents_actors}
    found = [converter.structure(item, Statement) for item in doc._.newsevents_statements]
    assert [names.get(s.speaker or "") for s in found] == ["Declan Moore"] * 3
    # control: a role another person holds by title is that person's, not the last speaker's
    text = (
        'Manager Gary Hartley defended goalkeeper Luca Bianchi. "He is devastated," Hartley '
        'said. "I made a mistake," the goalkeeper said.'
    )
    doc = nlp(text)
    names = {actor["id"]: actor["name"] for actor in doc._.newsevents_actors}
    found = [converter.structure(item, Statement) for item in doc._.newsevents_statements]
    assert [names.get(s.speaker or "") for s in found] == ["Gary Hartley", "Luca Bianchi"]


def test_according_to_the_official_opening_a_sentence_is_the_person_before(
    nlp: Language,
) -> None:
    """'Minister Anna Berg visited ... According to the official, ...' is Berg's."""
    doc = nlp(
        "Health Minister Anna Berg visited the hospital on Monday. According to the "
        "official, the ward will reopen in May."
    )
    names = {actor["id"]: actor["name"] for actor in doc._.newsevents_actors}
    (statement,) = [converter.structure(item, Statement) for item in doc._.newsevents_statements]
    assert names.get(statement.speaker or "") == "Anna Berg"
    assert summary(statement)[:2] == ("the official", "According to")
    # control: a role with more words names someone new
    doc = nlp(
        "Health Minister Anna Berg visited the hospital on Monday. According to the "
        "official in charge of the ward, it will reopen in May."
    )
    (statement,) = [converter.structure(item, Statement) for item in doc._.newsevents_statements]
    assert statement.speaker is None


def test_a_pronoun_no_actor_covers_after_a_quotation_is_the_last_speaker(
    nlp: Language,
) -> None:
    """'The Conservative leader asked ... "...," she said' is the leader's, resolved."""
    text = (
        "Kemi Badenoch accused the prime minister of betraying pensioners on Wednesday.\n\n"
        "The Conservative leader told MPs that more than 10 million pensioners had lost the "
        'payment and asked the prime minister whether he would apologise. "He promised '
        'change. This is the change: cold homes and higher bills," she said.'
    )
    doc = nlp(text)
    names = {actor["id"]: actor["name"] for actor in doc._.newsevents_actors}
    found = [converter.structure(item, Statement) for item in doc._.newsevents_statements]
    said = [s for s in found if s.cue.text == "said"]
    assert [(names.get(s.speaker or ""), summary(s)[0]) for s in said] == [("Kemi Badenoch", "she")]
    # control: one who asked is not one who spoke
    found = statements(
        nlp,
        "When asked by Xinhua if there is any plan for him to meet officials, he said "
        '"I have not been asked to meet anyone."',
    )
    assert [s.speaker for s in found if s.cue.text == "said"] == [None]


def test_an_as_clause_in_the_past_after_an_accusation_is_the_writers(nlp: Language) -> None:
    """'accused X of betraying pensioners on Wednesday as the leaders clashed' ends early."""
    text = (
        'Kemi Badenoch accused Keir Starmer of "betraying" millions of pensioners on '
        "Wednesday as the two leaders clashed over cuts to winter fuel payments."
    )
    (statement,) = statements(nlp, text)
    assert summary(statement)[1:3] == (
        "accused",
        ['Keir Starmer of "betraying" millions of pensioners'],
    )
    # control: an "as" clause in another tense is what was said
    (statement,) = statements(nlp, "She accused him of acting as if the law did not apply.")
    assert summary(statement)[2] == ["him of acting as if the law did not apply"]


def test_a_role_after_a_quotation_is_not_the_asker_when_another_was_named(
    nlp: Language,
) -> None:
    """'She asked Marsh whether ... "Nobody," the witness replied' is not the asker's."""
    doc = nlp(
        "Prosecutor Nadia Okafor asked Eleanor Marsh whether anyone else in the department "
        'knew about the transfers. "Nobody else was told," the witness replied.'
    )
    names = {actor["id"]: actor["name"] for actor in doc._.newsevents_actors}
    found = [converter.structure(item, Statement) for item in doc._.newsevents_statements]
    replied = [s for s in found if s.cue.text == "replied"]
    assert [names.get(s.speaker or "") for s in replied] != ["Nadia Okafor"]
    assert [summary(s)[0] for s in replied] == ["the witness"]


@pytest.mark.parametrize(
    ("headline", "speaker", "content"),
    [
        ("Pope appeals for calm in Lagos", "Pope", "calm in Lagos"),
        ("Cardinal appeals for calm in Lagos", "Cardinal", "calm in Lagos"),
        ("Harbour Trust appeals for volunteers", "Harbour Trust", "volunteers"),
        ("UN envoy appeals for talks on Yemen", "UN envoy", "talks on Yemen"),
    ],
)
def test_a_headline_cue_in_the_present_read_as_a_noun_speaks(
    nlp: Language, headline: str, speaker: str, content: str
) -> None:
    """'Pope appeals for calm': the headline's verb, though parsed as a noun or modified."""
    found = statements(nlp, f"{headline}\n\nThe appeal came after a night of unrest.")
    assert [summary(s)[:3] for s in found] == [(speaker, "appeals for", [content])]
    # control: a plural noun in a headline that has its own verb stays a noun
    assert statements(nlp, "Court hears appeals for bail\n\nThe hearing lasted an hour.") == []


def test_an_appeal_for_people_is_a_request(nlp: Language) -> None:
    """'appeal for blood donors', 'appealed for witnesses': people asked for, not passed on."""
    found = statements(nlp, "Health officials appeal for blood donors\n\nStocks are low.")
    assert [summary(s)[:3] for s in found] == [("Health officials", "appeal for", ["blood donors"])]
    found = statements(nlp, "Police appealed for witnesses to come forward after the crash.")
    assert [summary(s)[2] for s in found] == [["witnesses to come forward after the crash"]]
    # control: a sentence passed on a person is no message
    assert statements(nlp, "The court passed sentence on the former mayor.") == []


def test_pleading_with_someone_asks_them(nlp: Language) -> None:
    """'pleaded with Serbia to ease ...': Serbia is asked, and addressed."""
    doc = nlp("EU pleads with Serbia to ease border rules\n\nTalks resume next week.")
    names = {actor["id"]: actor["name"] for actor in doc._.newsevents_actors}
    found = [converter.structure(item, Statement) for item in doc._.newsevents_statements]
    assert [summary(s)[:3] for s in found] == [
        ("EU", "pleads with", ["Serbia to ease border rules"])
    ]
    assert names.get(found[0].addressee or "") == "Serbia"
    found = statements(nlp, "He pleaded with the judge for mercy.")
    assert [summary(s)[2] for s in found] == [["for mercy"]]


def test_the_post_citing_a_source_reports_it(nlp: Language) -> None:
    """'Citing unnamed officials, the Post reported ...': the paper, not a post online."""
    doc = nlp("Citing unnamed officials, the Post reported that the plan had been shelved.")
    names = {actor["id"]: actor["name"] for actor in doc._.newsevents_actors}
    (found,) = [converter.structure(item, Statement) for item in doc._.newsevents_statements]
    assert summary(found)[0] == "unnamed officials"
    assert names.get(found.reported_by or "") == "Post"


def test_the_company_is_not_the_outlet_that_reported_it(nlp: Language) -> None:
    """'Acme sold the data, Reuters reported. ..., the company said' is Acme's."""
    doc = nlp(
        "Acme Corp sold the data to police, Reuters reported. "
        "The data was anonymised, the company said."
    )
    names = {actor["id"]: actor["name"] for actor in doc._.newsevents_actors}
    found = [converter.structure(item, Statement) for item in doc._.newsevents_statements]
    said = [s for s in found if s.cue.text == "said"]
    assert [names.get(s.speaker or "") for s in said] == ["Acme Corp"]
    doc = nlp(
        "Acme Corp sold the data to police, the Post reported. "
        "The data was anonymised, the firm said."
    )
    names = {actor["id"]: actor["name"] for actor in doc._.newsevents_actors}
    found = [converter.structure(item, Statement) for item in doc._.newsevents_statements]
    said = [s for s in found if s.cue.text == "said"]
    assert [names.get(s.speaker or "") for s in said] != ["Post"]


def test_a_cue_joined_by_a_comma_with_its_subject_after_it_reports_the_clause(
    nlp: Language,
) -> None:
    """'..., were led by the council and involved officials, said one of the people'."""
    text = (
        "The discussions, which have not been previously reported, were led by the "
        "National Security Council and involved officials from the State Department, said "
        "one of the people, who spoke on condition of anonymity because they were not "
        "authorised to discuss internal deliberations."
    )
    (statement,) = statements(nlp, text)
    mention, cue, content, kind = summary(statement)
    assert mention is not None
    assert mention.startswith("one of the people, who spoke")
    assert (cue, kind) == ("said", "indirect")
    assert content == [
        "The discussions, which have not been previously reported, were led by the National "
        "Security Council and involved officials from the State Department"
    ]
    # control: a verb joined with "and" and no subject of its own says nothing of the clause
    found = statements(nlp, "The minister visited the site, met workers and said little.")
    assert [summary(s)[2] for s in found if s.cue.text == "said"] != [
        ["The minister visited the site, met workers"]
    ]


def test_conceding_an_election_acknowledges_it(nlp: Language) -> None:
    """'Calloway conceded defeat in a speech' acknowledges the defeat."""
    (statement,) = statements(nlp, "Mark Calloway conceded defeat in a speech to supporters.")
    assert summary(statement)[:3] == ("Mark Calloway", "conceded", ["defeat"])
    assert statement.act is not None
    assert statement.act.value == "acknowledge"
    # control: a side that concedes goals says nothing
    assert statements(nlp, "The visitors conceded two goals in the second half.") == []


def test_a_headlines_as_clause_without_a_comma_tells_when(nlp: Language) -> None:
    """'Moreno wins governor's race as rival concedes' is not the rival's claim."""
    body = "\n\nDemocrat Elena Moreno was elected governor of Virginia on Tuesday."
    assert statements(nlp, "Moreno wins governor's race as rival concedes" + body) == []
    assert statements(nlp, "Shares jump as central bank warns" + body) == []
    # control: in the body an "as" clause after what it joins still gives its speaker
    (statement,) = statements(nlp, "He escaped as you have just described.")
    assert summary(statement)[:3] == ("you", "described", ["He escaped"])


def test_an_as_after_whom_a_tribute_was_paid_to_is_what_was_said(nlp: Language) -> None:
    """'paid tribute to Whitcombe as "a giant of our movement"' keeps the "as"."""
    found = statements(
        nlp,
        'Prime Minister Keir Starmer paid tribute to Harold Whitcombe as "a giant of our '
        'movement", saying his decency had inspired a generation.',
    )
    paid = by_cue(found, "paid tribute")
    assert summary(paid)[2:] == (['to Harold Whitcombe as "a giant of our movement"'], "mixed")
    # control: an "as" clause of time is no part of it
    (statement,) = statements(nlp, "She warned of a crisis as talks stalled.")
    assert summary(statement)[2] == ["of a crisis"]


def test_a_pronoun_told_is_never_the_byline(nlp: Language) -> None:
    """'By Jane Doe ... Her manager ordered her to ...': the one told is not the writer."""
    doc = nlp(
        "By Jane Doe\n\nThe singer left the band last year. Her manager ordered her to stop "
        "touring. The coach told her that the team would win."
    )
    assert [actor["name"] for actor in doc._.newsevents_actors] == []
    found = [converter.structure(item, Statement) for item in doc._.newsevents_statements]
    assert [s.cue.text for s in found] == ["ordered", "told"]
    assert [s.addressee for s in found] == [None, None]


def test_an_infinitive_told_after_a_time_stays_in_the_content(nlp: Language) -> None:
    """'told us at half-time to be patient, that ...': the request is said too."""
    found = statements(
        nlp, "The coach told us at half-time to be patient, that the chance would come."
    )
    assert [summary(s)[1:3] for s in found] == [
        ("told", ["us at half-time to be patient, that the chance would come"])
    ]


def test_a_body_named_with_and_is_one_speaker(nlp: Language) -> None:
    """'the Canadian Security and Intelligence Service claimed': one body, not two."""
    doc = nlp(
        "A report from the Canadian Security and Intelligence Service claimed that the "
        "network had recruited students. Apple Music and Spotify Premium raised prices."
    )
    names = {actor["id"]: actor["name"] for actor in doc._.newsevents_actors}
    assert sorted(names.values()) == [
        "Apple Music",
        "Canadian Security and Intelligence Service",
        "Spotify Premium",
    ]
    found = [converter.structure(item, Statement) for item in doc._.newsevents_statements]
    assert [(names.get(s.speaker or ""), s.cue.text) for s in found] == [
        ("Canadian Security and Intelligence Service", "claimed")
    ]


def test_the_firm_is_not_an_outlet_shown_reporting(nlp: Language) -> None:
    """'Veltrix Technologies built ..., The Ledger reported. The firm said': not the paper."""
    doc = nlp(
        "Veltrix Technologies built a tool that tracks shipments, The Ledger reported. "
        "The firm said the tool was lawful."
    )
    names = {actor["id"]: actor["name"] for actor in doc._.newsevents_actors}
    assert "Ledger" in names.values()
    found = [converter.structure(item, Statement) for item in doc._.newsevents_statements]
    said = [s for s in found if s.cue.text == "said"]
    assert len(said) == 1
    assert names.get(said[0].speaker or "") != "Ledger"


def test_the_bank_is_the_bank_last_named_as_a_subject(nlp: Language) -> None:
    """'The Bank of Canada said ... Royal Bank of Canada economists ... The bank said'."""
    found, names = annotate(
        nlp,
        "Lenders brace for a pause\n\n"
        "OTTAWA - The Bank of Canada said on Wednesday it would hold rates. Royal Bank of "
        "Canada economists expected a cut. The bank said inflation remained too high.",
    )
    speakers = [(names.get(s.speaker or ""), s.cue.text) for s in found]
    assert speakers == [("Bank of Canada", "said"), ("Bank of Canada", "said")]


def test_the_firm_is_not_an_outlet_reporting_what_the_company_did(nlp: Language) -> None:
    """'Orbis ... The company built the tool, The Ledger reported. The firm said': Orbis."""
    found, names = annotate(
        nlp,
        "Orbis Systems sold software to the police. The company built the tool, The Ledger "
        "reported. The firm said it had followed the law.",
    )
    assert names.get(by_cue(found, "said").speaker or "") == "Orbis Systems"


def test_what_it_called_after_a_dateline_is_the_country_named(nlp: Language) -> None:
    """'BEIJING - China ... to protest what it called ...': China, though left untagged."""
    found, names = annotate(
        nlp,
        "China protests Philippine remarks on Scarborough Shoal, summons envoy\n\n"
        "BEIJING - China on Thursday summoned the Philippine ambassador to protest what it "
        'called "irresponsible and provocative" remarks by Manila\'s defence chief.',
    )
    assert names.get(by_cue(found, "called").speaker or "") == "China"


def test_pressed_by_reporters_is_said_to_the_reporters(nlp: Language) -> None:
    """'Pressed by reporters, X said': the reporters are the addressee, as with 'told'."""
    found, names = annotate(
        nlp, "Pressed by reporters, Prime Minister Mark Carney said he would not resign."
    )
    said = by_cue(found, "said")
    assert names.get(said.speaker or "") == "Mark Carney"
    assert names.get(said.addressee or "") == "reporters"


def test_a_word_of_the_last_speakers_title_names_them(nlp: Language) -> None:
    """'Detective Inspector Sarah Holt ... "...," the detective said': Holt speaks again."""
    found, names = annotate(
        nlp,
        "Detective Inspector Sarah Holt told reporters that officers had recovered a "
        'handgun. "We believe this was a targeted attack," she said.\n\n'
        "Holt appealed for witnesses to come forward. "
        '"Even the smallest detail could be vital," the detective said.',
    )
    statement = found[-1]
    assert summary(statement)[:2] == ("the detective", "said")
    assert names.get(statement.speaker or "") == "Sarah Holt"
    # control: a title word the one who spoke last does not hold names no one
    found, names = annotate(
        nlp,
        "Coach Dan Ellis told reporters that the team had trained well. "
        '"Even the smallest detail could be vital," the detective said.',
    )
    assert found[-1].speaker is None


def test_the_union_is_not_a_company_when_the_text_named_a_union(nlp: Language) -> None:
    """'members of the ASLEF union voted ... The union said': not Northern Rail's words."""
    text = (
        "Train drivers at Northern Rail will walk out after members of the ASLEF union "
        "voted to reject a pay offer.\n\n"
        "The union said in a statement that members had rejected the offer."
    )
    found, names = annotate(nlp, text)
    assert summary(by_cue(found, "said"))[0] == "The union"
    assert by_cue(found, "said").speaker is None
    # control: with no union brought in before, the one organisation named still is
    found, names = annotate(
        nlp,
        "Meridian Foods cut its forecast on Monday.\n\n"
        "The company said in a statement that sales had slowed.",
    )
    assert names.get(by_cue(found, "said").speaker or "") == "Meridian Foods"


def test_a_setting_before_the_speaker_gives_the_addressee(nlp: Language) -> None:
    """'In a statement to People magazine, Ferrer said ...': People was told."""
    found, names = annotate(
        nlp,
        "Lucia Ferrer missed the premiere in Cannes. In a statement to People magazine, "
        'Ferrer said she was "devastated" to miss the event.',
    )
    statement = by_cue(found, "said")
    assert names.get(statement.speaker or "") == "Lucia Ferrer"
    assert statement.addressee is not None
    assert names[statement.addressee] == "People"


def test_an_adjective_joined_after_a_naming_as_is_named_too(nlp: Language) -> None:
    """'described it as overlong but "impossible to shake."': both things it is called."""
    (statement,) = statements(
        nlp, 'Variety\'s reviewer described it as overlong but "impossible to shake."'
    )
    assert summary(statement)[1:] == (
        "described",
        ['it as overlong but "impossible to shake."'],
        "mixed",
    )
    # control: a verb joined after it is another deed, not what the film is called
    (statement,) = statements(nlp, "The critic described the film as overlong and left early.")
    assert summary(statement)[2] == ["the film as overlong"]


def test_a_clause_hung_on_those_a_call_was_held_with_is_what_was_said(nlp: Language) -> None:
    """'said on a call with analysts that ...': the parser hangs the clause on "analysts"."""
    found, names = annotate(
        nlp,
        "Chief executive Sandra Okafor said on a call with analysts that customers were "
        "working through high inventories and were cautious about ordering new chips.",
    )
    statement = by_cue(found, "said")
    assert names.get(statement.speaker or "") == "Sandra Okafor"
    assert [span.text for span in statement.content] == [
        "that customers were working through high inventories and were cautious about "
        "ordering new chips"
    ]


def test_a_cue_in_a_yes_no_question_makes_no_statement(nlp: Language) -> None:
    """'"Will the Chancellor tell the House how many ...?"': nothing has been told."""
    found = statements(
        nlp,
        '"Ten million pensioners will lose this payment," Martin Greaves said. "Will the '
        "Chancellor tell the House how many of them will be forced to choose between "
        'heating and eating this winter?"',
    )
    assert [s.cue.text for s in found] == ["said", "said"]
    found = statements(nlp, '"Did the minister say that the plan was sound?" Greaves asked.')
    assert [s.cue.text for s in found] == ["asked"]
    # control: a question of why takes the promise as made
    found = statements(nlp, '"Why did the minister promise to protect the payment?" Greaves asked.')
    assert [s.cue.text for s in found] == ["promise", "asked"]


def test_a_participle_after_a_relative_clause_of_a_thing_is_the_main_clause_s(
    nlp: Language,
) -> None:
    """'reported results that beat expectations, saying ...': the company says it."""
    found, names = annotate(
        nlp,
        "Rival chipmaker Tessaron Labs reported results last week that beat expectations, "
        "saying its artificial intelligence chips were selling faster than it could make them.",
    )
    statement = by_cue(found, "saying")
    assert names.get(statement.speaker or "") == "Tessaron Labs"
    assert summary(statement)[0] == "Rival chipmaker Tessaron Labs"


def test_a_participle_read_as_a_clause_before_the_cue_is_the_speaker_s(nlp: Language) -> None:
    """'Voters interviewed outside polling stations said ...': the voters, not the stations."""
    (statement,) = statements(
        nlp,
        "Voters interviewed outside polling stations said the economy had been their main concern.",
    )
    assert summary(statement)[:3] == (
        "Voters interviewed outside polling stations",
        "said",
        ["the economy had been their main concern"],
    )
    # control: a clause set off by a comma before the cue is what was said
    (statement,) = statements(nlp, "Prices rose sharply, officials said.")
    assert summary(statement)[:3] == ("officials", "said", ["Prices rose sharply"])


def test_a_past_verb_the_parser_read_as_a_clause_is_the_subject_s_deed(nlp: Language) -> None:
    """'Halloran beat the top seed on Thursday, then called the victory ...': Halloran's."""
    found, names = annotate(
        nlp,
        "Britain's Katie Halloran came from a set down to beat top seed Marta Kowalczyk "
        "4-6 6-3 7-5 at the Italian Open on Thursday, then called the victory the best of "
        "her career.",
    )
    statement = by_cue(found, "called")
    assert names.get(statement.speaker or "") == "Katie Halloran"
    assert summary(statement)[:3] == (
        "Britain's Katie Halloran",
        "called",
        ["the victory the best of her career"],
    )


def test_the_utility_is_the_company_that_spoke_last(nlp: Language) -> None:
    """'Alabama Power said ... The utility said ...': both are Alabama Power's."""
    found, names = annotate(
        nlp,
        "Alabama Power said it could take a week to restore electricity to all customers. "
        "The utility said more than 5,000 workers from 12 states were helping with repairs.",
    )
    assert [names.get(s.speaker or "") for s in found] == ["Alabama Power", "Alabama Power"]


def test_a_role_described_by_age_after_an_opening_phrase_is_the_last_speaker(
    nlp: Language,
) -> None:
    """'In her victory speech, the 49-year-old former state senator promised ...'."""
    found, names = annotate(
        nlp,
        "Castellano told cheering supporters at a convention centre in Columbus that Ohio "
        "had chosen hope. In her victory speech, the 49-year-old former state senator "
        "promised to expand access to child care.",
    )
    statement = by_cue(found, "promised")
    assert names.get(statement.speaker or "") == "Castellano"
    assert summary(statement)[0] == "the 49-year-old former state senator"


def test_a_request_joined_to_a_clause_about_a_thing_after_the_setting_is_the_speaker_s(
    nlp: Language,
) -> None:
    """'said in a statement that uncertainty was hurting ... and urged': the speaker urged."""
    found, names = annotate(
        nlp,
        "The Federation of Small Businesses said in a statement that uncertainty over "
        "energy prices was hurting its members and urged ministers to extend the support "
        "scheme.",
    )
    said, urged = by_cue(found, "said"), by_cue(found, "urged")
    assert summary(said)[2] == ["that uncertainty over energy prices was hurting its members"]
    assert names.get(urged.speaker or "") == "Federation of Small Businesses"
    assert summary(urged)[:3] == (
        "The Federation of Small Businesses",
        "urged",
        ["ministers to extend the support scheme"],
    )


def test_what_the_speaker_stopped_short_of_is_no_part_of_what_was_said(
    nlp: Language,
) -> None:
    """'said ..., although he stopped short of endorsing ...': the writer's, not the speaker's."""
    found = statements(
        nlp,
        'Finance Minister Lars Eklund said on Monday that "the rules must change", although '
        "he stopped short of endorsing joint borrowing. Eklund said the deficit would narrow "
        "next year but stopped short of promising tax cuts. Eklund said a rival party had "
        "broken the rules but refrained from naming it.",
    )
    assert [summary(s)[2] for s in found] == [
        ['that "the rules must change"'],
        ["the deficit would narrow next year"],
        ["a rival party had broken the rules"],
    ]


def test_the_force_is_the_police_or_peacekeeping_body_that_spoke_last(nlp: Language) -> None:
    """'The peacekeeping force in Kosovo, KFOR, said ... "...," the force said': KFOR's."""
    found, names = annotate(
        nlp,
        "The NATO-led peacekeeping force in Kosovo, KFOR, said it had sent extra patrols "
        'to the northern town of Zvecan. "We will act impartially to keep the peace," the '
        "force said.",
    )
    assert [names.get(s.speaker or "") for s in found] == ["KFOR", "KFOR"]
    assert summary(found[1])[0] == "the force"


def test_a_spokesman_s_it_is_the_body_he_speaks_for_not_a_second_statement(
    nlp: Language,
) -> None:
    """'A spokesman for the company said it regretted the delay': one statement, the spokesman's."""
    found, names = annotate(
        nlp,
        "Norvik Air cancelled 40 flights on Monday. A spokesman for the company said it "
        "regretted the disruption to passengers.",
    )
    assert [summary(s)[:3] for s in found] == [
        (
            "A spokesman for the company",
            "said",
            ["it regretted the disruption to passengers"],
        )
    ]
    assert names.get(found[0].on_behalf_of or "") == "Norvik Air"


def test_an_organisations_description_given_before_names_it_again(nlp: Language) -> None:
    """'UNHCR, the UN refugee agency, ... The refugee agency said': UNHCR speaks."""
    found, names = annotate(
        nlp,
        "UNHCR, the UN refugee agency, opened a camp in Chad. Police arrested ten people. "
        "The refugee agency said thousands had fled across the border.",
    )
    assert names.get(by_cue(found, "said").speaker or "") == "UNHCR"
    found, names = annotate(
        nlp,
        "The UN refugee agency (UNHCR) said 2,000 people crossed into Chad. Aid groups warned "
        "of hunger. The UN refugee agency said thousands had fled.",
    )
    assert [names.get(s.speaker or "") for s in found if s.cue.text == "said"] == [
        "UNHCR",
        "UNHCR",
    ]


def test_joined_organisations_speak_whatever_word_opens_a_name(nlp: Language) -> None:
    """'Save the Children and ... called on': the first body speaks, the phrase all of them."""
    found, names = annotate(
        nlp,
        "The UN refugee agency said thousands had fled. Save the Children and the Norwegian "
        "Refugee Council called on donors to act.",
    )
    statement = by_cue(found, "called on")
    assert names.get(statement.speaker or "") == "Save the Children"
    assert summary(statement)[0] == "Save the Children and the Norwegian Refugee Council"
    found, names = annotate(
        nlp,
        "Doctors Without Borders and the International Rescue Committee said clinics had closed.",
    )
    assert summary(by_cue(found, "said"))[0] == (
        "Doctors Without Borders and the International Rescue Committee"
    )


def test_the_scot_is_the_player_written_of(nlp: Language) -> None:
    """'The Scot said': the player named before, not an organisation "Scot"."""
    found, names = annotate(
        nlp,
        "Andy Murray beat Rafael Nadal in four sets on Sunday. The Scot said he was proud of "
        "his serve.",
    )
    assert names.get(by_cue(found, "said").speaker or "") == "Andy Murray"
    assert "Scot" not in names.values()


def test_a_time_described_is_what_was_described(nlp: Language) -> None:
    """'Residents described a terrifying night': what the night was like is said."""
    found = statements(nlp, "Residents who rode out the storm described a terrifying night.")
    assert [summary(s) for s in found] == [
        ("Residents who rode out the storm", "described", ["a terrifying night"], "indirect")
    ]
    assert statements(nlp, "She described the last night.") == []


def test_a_storm_that_slams_a_coast_criticises_no_one(nlp: Language) -> None:
    """'Hurricane Delia slams Gulf Coast': a storm is no speaker; 'Critics slam' still is."""
    found = statements(
        nlp,
        "Hurricane Delia slams Gulf Coast, leaving hundreds of thousands without power\n\n"
        "MOBILE, Alabama - The storm hit on Sunday, officials said.",
    )
    assert [s.cue.text for s in found] == ["said"]
    assert [s.cue.text for s in statements(nlp, "Storm slams coast as thousands flee")] == []
    found = statements(nlp, "Opponents slammed the plan. An opponent slammed the plan.")
    assert [s.cue.text for s in found] == ["slammed", "slammed"]


def test_but_after_what_something_remains_is_the_speakers_contrast(nlp: Language) -> None:
    """'said Moscow remained open to talks but accused ...' is the spokesman's accusation."""
    found, names = annotate(
        nlp,
        "Kremlin spokesman Dmitry Peskov said Moscow remained open to talks but accused "
        "Washington of stalling.",
    )
    assert summary(by_cue(found, "said"))[2] == ["Moscow remained open to talks"]
    assert names.get(by_cue(found, "accused").speaker or "") == "Dmitry Peskov"
    # a deed of the clause's subject goes on with "but": the board concluded
    found, _ = annotate(
        nlp,
        "Tanaka said the board had considered holding rates but concluded that a cut was needed.",
    )
    assert summary(by_cue(found, "concluded"))[0] == "the board"


def test_a_club_described_by_its_competition_speaks(nlp: Language) -> None:
    """'Celtic have signed Lund, the Scottish champions said': the club describes itself."""
    found, names = annotate(
        nlp,
        "GLASGOW, Aug 28 - Celtic have completed the signing of striker Eirik Lund from "
        "Bodo/Glimt for a club-record fee, the Scottish champions said on Thursday.\n\n"
        "The 23-year-old has signed a five-year contract, the club said.\n\n"
        "Celtic manager Brendan Rodgers said the striker would start on Saturday.",
    )
    speakers = [names.get(s.speaker or "") for s in found]
    assert speakers == ["Celtic", "Celtic", "Brendan Rodgers"]


def test_the_club_after_a_spokesman_is_the_club_he_spoke_of(nlp: Language) -> None:
    """'Celtic have signed Lund, a spokesman said. // ..., the club said' is Celtic's."""
    found, names = annotate(
        nlp,
        "Celtic have completed the signing of striker Eirik Lund from Bodo/Glimt, a "
        "spokesman said on Thursday.\n\n"
        "The 23-year-old has signed a five-year contract, the club said.",
    )
    assert [names.get(s.speaker or "") for s in found] == [None, "Celtic"]
    assert found[1].speaker_mention is not None
    assert found[1].speaker_mention.text == "the club"


def test_a_body_whose_name_ends_in_a_country_is_no_country(nlp: Language) -> None:
    """'Arthritis Research UK welcomed the study': the charity speaks, not the country."""
    found, names = annotate(
        nlp,
        "The researchers said more trials were needed.\n\n"
        "Arthritis Research UK welcomed the study.",
    )
    assert names.get(by_cue(found, "welcomed").speaker or "") == "Arthritis Research UK"


def test_a_statement_from_a_ministry_is_the_ministrys(nlp: Language) -> None:
    """'according to a statement from Chad's health ministry': the ministry is the source."""
    doc = nlp(
        "According to a statement from Chad's health ministry, at least 40 people have died "
        "of cholera since May. The ministry said more doctors were on their way."
    )
    found = [converter.structure(item, Statement) for item in doc._.newsevents_statements]
    kinds = {actor["id"]: actor["kind"] for actor in doc._.newsevents_actors}
    according = by_cue(found, "According to")
    assert according.speaker is not None
    assert kinds[according.speaker] == "organization"
    assert by_cue(found, "said").speaker == according.speaker


def test_they_who_chant_in_a_clause_are_the_protesters(nlp: Language) -> None:
    """'Protesters marched ..., where they chanted "..."': the protesters, as 'Residents said'."""
    found, names = annotate(
        nlp,
        "Protesters marched from the station to the town hall, where they chanted "
        '"Fair pay now" and waved flags.',
    )
    chanted = by_cue(found, "chanted")
    assert names.get(chanted.speaker or "") == "protesters"
    assert chanted.speaker_mention is not None
    assert chanted.speaker_mention.text == "they"


def test_reports_of_a_passive_clause_end_before_the_next_cue(nlp: Language) -> None:
    """'reports that aid was being blocked and called on ...': the reports say no call."""
    found, names = annotate(
        nlp,
        "The UN expressed concern over reports that aid was being blocked and called on "
        "Israel to open the crossings.",
    )
    assert summary(by_cue(found, "reports"))[2] == ["that aid was being blocked"]
    assert names.get(by_cue(found, "called on").speaker or "") == "UN"


def test_a_rival_or_a_teammate_who_criticises_speaks(nlp: Language) -> None:
    """'A rival slammed the plan': a noun of someone's rival or ally is someone who speaks."""
    for text in (
        "A rival slammed the plan on Tuesday.",
        "A teammate criticised the coach.",
        "An ally of the mayor slammed the decision.",
    ):
        found = statements(nlp, text)
        assert len(found) == 1, text
        assert found[0].act is not None
        assert found[0].act.value == "criticize"


def test_bodies_joined_by_and_speak_through_the_first(nlp: Language) -> None:
    """'The Kestrel Heart Foundation and Diabetes UK welcomed': the first body speaks."""
    for text, first, phrase in (
        (
            "The Kestrel Heart Foundation and Diabetes UK welcomed the plan.",
            "Kestrel Heart Foundation",
            "The Kestrel Heart Foundation and Diabetes UK",
        ),
        (
            "Medical Relief for Syrians and Save the Children urged the government to act.",
            "Medical Relief for Syrians",
            "Medical Relief for Syrians and Save the Children",
        ),
    ):
        found, names = annotate(nlp, text)
        assert len(found) == 1, text
        assert names.get(found[0].speaker or "") == first, text
        assert summary(found[0])[0] == phrase, text
        # the second is a body of its own, not the country its name ends with
        assert phrase.removeprefix("The ").removeprefix(first + " and ") in names.values(), text


def test_an_unnamed_head_of_a_body_speaks_for_it(nlp: Language) -> None:
    """'Its chief executive said': on behalf of the organisation that owns the title."""
    for text in (
        "Brightwater Research welcomed the ban. Its chief executive said it would save lives.",
        "Oxfam welcomed the ban. The charity's director said it would save lives.",
        "Halvor Corp raised its forecast. The company's chairman said demand was strong.",
    ):
        found, names = annotate(nlp, text)
        said = by_cue(found, "said")
        assert said.speaker is None, text
        assert said.on_behalf_of is not None, text
        assert names[said.on_behalf_of] in ("Brightwater Research", "Oxfam", "Halvor Corp"), text


def test_blasting_criticises_unless_it_is_an_attack(nlp: Language) -> None:
    """'A critic blasted the decision' criticises; 'Warplanes slammed rebel positions' attacks."""
    found = statements(nlp, "A critic blasted the decision on Monday.")
    assert len(found) == 1
    assert found[0].act is not None
    assert found[0].act.value == "criticize"
    assert summary(found[0])[:3] == ("A critic", "blasted", ["the decision"])
    for text in (
        "Warplanes slammed rebel positions near the border.",
        "Troops blasted the town with rockets.",
        "Artillery pounded the city overnight.",
        "Government forces blasted Kestrova overnight.",
        "Kane blasted the ball into the net.",
    ):
        assert statements(nlp, text) == [], text


def test_an_expectation_of_people_or_bodies_is_a_statement(nlp: Language) -> None:
    """'Economists expect the bank to cut rates' says what they expect; a market does not."""
    for text, content in (
        ("Economists expect the bank to cut rates in June.", "the bank to cut rates in June"),
        ("The company expects revenue to rise this year.", "revenue to rise this year"),
        ("Police expect that the road will reopen.", "that the road will reopen"),
    ):
        found = statements(nlp, text)
        assert len(found) == 1, text
        assert summary(found[0])[2] == [content], text
    for text in (
        "Markets expect the Fed to hold rates.",
        "The decision is expected to come on Friday.",
        "Residents can expect delays.",
    ):
        assert statements(nlp, text) == [], text


def test_the_outlet_of_an_interview_is_the_addressee(nlp: Language) -> None:
    """'In an interview with the BBC, X said' is told to the BBC, as 'X told the BBC' is."""
    for text, outlet in (
        ("In an interview with the BBC, Mayor Dana Holt said the plan would fail.", "BBC"),
        ("Dana Holt said in an interview with Reuters that the plan would fail.", "Reuters"),
        ("Dana Holt told the BBC the plan would fail.", "BBC"),
    ):
        found, names = annotate(nlp, text)
        assert len(found) == 1, text
        assert names.get(found[0].addressee or "") == outlet, text


def test_a_ministry_named_again_without_its_nation_is_one_actor(nlp: Language) -> None:
    """'The Lebanese health ministry said ... The health ministry added': one speaker."""
    for text in (
        "The Lebanese health ministry said three people were killed. The health ministry "
        "added that 10 were wounded.",
        "Lebanon's health ministry said three people were killed. The health ministry "
        "added that 10 were wounded.",
    ):
        found, _ = annotate(nlp, text)
        said, added = by_cue(found, "said"), by_cue(found, "added")
        assert said.speaker is not None, text
        assert added.speaker == said.speaker, text
    # two countries' ministries before it: which one is not told
    found, names = annotate(
        nlp,
        "The Israeli health ministry said three people were killed. The Lebanese health "
        "ministry said five died. The health ministry added that 10 were wounded.",
    )
    added = by_cue(found, "added")
    assert names.get(added.speaker or "") not in (
        "Israeli health ministry",
        "Lebanese health ministry",
    )


def test_a_source_with_its_acronym_after_the_clause_speaks(nlp: Language) -> None:
    """'..., the Athletics Integrity Unit (AIU) said': the unit says the clause before it."""
    found, names = annotate(
        nlp,
        "Nigerian sprinter Blessing Okafor has been provisionally suspended after testing "
        "positive for a banned anabolic agent, the Athletics Integrity Unit (AIU) said on "
        "Thursday.",
    )
    said = by_cue(found, "said")
    assert names.get(said.speaker or "") == "Athletics Integrity Unit"
    assert summary(said)[:3] == (
        "the Athletics Integrity Unit",
        "said",
        [
            "Nigerian sprinter Blessing Okafor has been provisionally suspended after "
            "testing positive for a banned anabolic agent"
        ],
    )


def test_too_close_to_call_is_no_statement(nlp: Language) -> None:
    """'too close to call for most of the night', 'too frightened to tell': nothing said."""
    for text in (
        "The race had been too close to call for most of the night.",
        "Witnesses were too frightened to tell police what they had seen.",
    ):
        assert statements(nlp, text) == [], text


def test_a_relative_that_tagged_as_a_conjunction_is_said_of_its_noun(nlp: Language) -> None:
    """'an assistant that it says can write code': the company says the assistant can."""
    found, names = annotate(
        nlp,
        "Lumen Labs unveiled an assistant that it says can write software.",
    )
    says = by_cue(found, "says")
    assert names.get(says.speaker or "") == "Lumen Labs"
    assert summary(says)[2] == ["an assistant", "can write software"]


def test_the_company_is_a_firm_named_by_its_last_word(nlp: Language) -> None:
    """'Lumen Labs on Tuesday unveiled ... The company said': the model missed the name."""
    found, names = annotate(
        nlp,
        "SAN FRANCISCO — Lumen Labs on Tuesday unveiled a coding assistant. "
        "The company said in a blog post that it had been tested by 2,000 engineers.",
    )
    said = by_cue(found, "said")
    assert names.get(said.speaker or "") == "Lumen Labs"
    assert said.speaker_mention is not None
    assert said.speaker_mention.text == "The company"


def test_an_adverb_after_a_ministry_is_no_part_of_its_name(nlp: Language) -> None:
    """The speaker of "China's foreign ministry later said" is the ministry, not 'later'."""
    found, names = annotate(
        nlp,
        "China's foreign ministry later said it had lodged stern representations.",
    )
    said = by_cue(found, "said")
    assert names.get(said.speaker or "") == "foreign ministry"
    assert said.speaker_mention is not None
    assert said.speaker_mention.text == "China's foreign ministry"


def test_a_modal_verb_joined_to_a_reported_clause_is_part_of_it(nlp: Language) -> None:
    """'wrote that households had paid ... and would welcome the relief': no praise by her."""
    found, names = annotate(
        nlp,
        "The economics editor, Larry Elliott, was more sympathetic, writing that households "
        'had "paid a heavy price for the bank\'s caution" and would welcome the relief.',
    )
    assert [s.cue.text for s in found] == ["writing"]
    assert summary(found[0])[2] == [
        'that households had "paid a heavy price for the bank\'s caution" and would '
        "welcome the relief"
    ]
    assert names.get(found[0].speaker or "") == "Larry Elliott"


def test_which_never_stands_for_a_person(nlp: Language) -> None:
    """'a motion tabled by Helen Marsh, which calls for a review' is the motion's, not hers."""
    found, _ = annotate(
        nlp, "Lawmakers backed a motion tabled by Helen Marsh, which calls for a review."
    )
    calls = by_cue(found, "calls for")
    assert calls.speaker is None
    assert calls.speaker_mention is not None
    assert calls.speaker_mention.text == "a motion"
    found, _names = annotate(
        nlp,
        "About 40 MPs have signed an amendment tabled by the chair of the work and pensions "
        "committee, Debbie Abrahams, which calls for the measures to be delayed by a year.",
    )
    assert by_cue(found, "calls for").speaker is None


def test_a_ministry_statement_is_the_ministrys(nlp: Language) -> None:
    """'A ministry statement said' after the ministry is named is the ministry's."""
    found, names = annotate(
        nlp,
        "China's foreign ministry said it had protested to the envoy. "
        "A ministry statement said Beijing would respond.",
    )
    statement = [s for s in found if s.cue.text == "said"][1]
    assert names.get(statement.speaker or "") == "China's foreign ministry"


def test_an_editorial_board_speaks_for_its_newspaper(nlp: Language) -> None:
    """'The Daily Herald's editorial board said': on behalf of the Daily Herald."""
    for text in (
        "The Daily Herald's editorial board said the cut was reckless.",
        "The editorial board of the Daily Herald said the cut was reckless.",
    ):
        found, names = annotate(nlp, text)
        said = by_cue(found, "said")
        assert names.get(said.on_behalf_of or "") == "Daily Herald"


def test_an_estimate_set_against_with_while_ends_the_content(nlp: Language) -> None:
    """'said 50,000 took part, while police put the number at 20,000': the police's figure."""
    found, _ = annotate(
        nlp, "Organisers said 50,000 took part, while police put the number at 20,000."
    )
    assert summary(by_cue(found, "said"))[2] == ["50,000 took part"]
    found, _ = annotate(nlp, "Economists said prices rose, while wages fell.")
    assert summary(by_cue(found, "said"))[2] == ["prices rose, while wages fell"]


def test_the_subject_of_quick_to_call_speaks(nlp: Language) -> None:
    """'She was quick to call for calm': she calls for it."""
    found, names = annotate(
        nlp,
        "The mayor, Jane Cole, condemned the attack. She was quick to call for calm.",
    )
    calls = by_cue(found, "call for")
    assert names.get(calls.speaker or "") == "Jane Cole"
    found, _ = annotate(nlp, "It is important to stress that the plan is legal.")
    assert found == []


def test_a_participle_of_asking_requests_its_clause(nlp: Language) -> None:
    """'she said, asking that her name not be published': a request of hers."""
    found, _ = annotate(
        nlp, '"They took everything," she said, asking that her name not be published.'
    )
    asking = by_cue(found, "asking")
    assert asking.act is not None
    assert asking.act.value == "request"
    assert summary(asking)[2] == ["that her name not be published"]
    assert asking.speaker_mention is not None
    assert asking.speaker_mention.text == "she"


def test_a_plural_subject_after_that_on_a_call_is_what_was_told(nlp: Language) -> None:
    """'told analysts on a call that price increases had run their course' is a statement."""
    found, names = annotate(
        nlp,
        "Chief financial officer Raj Menon told analysts on a conference call that price "
        "increases had largely run their course.",
    )
    told = by_cue(found, "told")
    assert names.get(told.speaker or "") == "Raj Menon"
    assert summary(told)[2] == ["that price increases had largely run their course"]


def test_the_pronoun_after_a_quotation_names_its_speaker_first(nlp: Language) -> None:
    """'"He drove us mad," she said': "she" is the woman quoted, "He" the man she speaks of."""
    found, names = annotate(
        nlp,
        "Bernard Okoye, the broadcaster, has died at 77. Funmi Adeyemi, who produced the "
        'show, said Okoye rewrote scripts minutes before air. "He drove us mad," she said.',
    )
    quoted = [s for s in found if s.kind.value == "direct"]
    assert len(quoted) == 1
    assert names.get(quoted[0].speaker or "") == "Funmi Adeyemi"


def test_a_name_set_off_after_the_name_a_relative_clause_gives_speaks(nlp: Language) -> None:
    """'said a soldier who gave only his first name, Oleh,' is Oleh's statement."""
    found, names = annotate(
        nlp,
        '"They come in waves, day and night," said a soldier who gave only his first name, '
        "Oleh, in keeping with military rules.",
    )
    said = by_cue(found, "said")
    assert names.get(said.speaker or "") == "Oleh"


def test_he_after_someone_s_unnamed_commander_is_not_the_possessor(nlp: Language) -> None:
    """'Oleh's commander, a captain, said ... "...," he said': the commander, not Oleh."""
    found, names = annotate(
        nlp,
        '"They come in waves," said a soldier who gave only his first name, Oleh. '
        "Oleh's commander, a 29-year-old captain, said the shortage of infantry was now "
        'serious. "We have drones, we have ammunition," he said.',
    )
    quoted = [s for s in found if s.speaker_mention is not None and s.speaker_mention.text == "he"]
    assert len(quoted) == 1
    assert quoted[0].speaker is None
    assert names.get(found[0].speaker or "") == "Oleh"


def test_an_unnamed_spokesperson_named_again_speaks_for_the_same_principal(
    nlp: Language,
) -> None:
    """'A spokeswoman for Ryanair said ... "...," she said': both on Ryanair's behalf."""
    found, names = annotate(
        nlp,
        "Ryanair cancelled 40 flights. A spokeswoman for Ryanair said flights would resume "
        'on Monday. "We apologise to every passenger," she said.',
    )
    assert [names.get(s.on_behalf_of or "") for s in found] == ["Ryanair", "Ryanair"]
    found, names = annotate(
        nlp,
        "Pop star Jade Renner and actor Luca Marsh have separated, her representative "
        'confirmed on Friday. "They ask for privacy," the representative told Entertainment '
        "Weekly.",
    )
    assert [names.get(s.on_behalf_of or "") for s in found] == ["Jade Renner", "Jade Renner"]


def test_a_report_of_a_body_named_by_its_noun_is_the_bodys(nlp: Language) -> None:
    """'A government report said', with no government named before: the government's."""
    for text, cue in (
        ("Growth slowed in March. A government report said the scheme had failed.", "said"),
        ("A government study found that the scheme had failed.", "found"),
        ("The minister read a government report that said the scheme had failed.", "said"),
    ):
        found, names = annotate(nlp, text)
        statement = by_cue(found, cue)
        assert names.get(statement.speaker or "") == "government", text
        assert statement.speaker_mention is not None
        assert statement.speaker_mention.text == "government"
    found, names = annotate(
        nlp,
        "A government report said the scheme had failed. The government said it would act.",
    )
    assert len({s.speaker for s in found}) == 1
    assert all(names.get(s.speaker or "") == "government" for s in found)
    # a report its reader wrote is no body's speech
    found, names = annotate(nlp, "The minister read a government report that he wrote.")
    assert "government" not in names.values()


def test_a_seat_of_power_speaks_for_its_office(nlp: Language) -> None:
    """'Downing Street said', 'Buckingham Palace says': an organisation, the same each time."""
    for text, name in (
        (
            "Downing Street said the chancellor had full support. "
            "Downing Street added that no decision had been taken.",
            "Downing Street",
        ),
        (
            "Buckingham Palace says the King is recovering well. "
            "Buckingham Palace said he would attend the service.",
            "Buckingham Palace",
        ),
    ):
        found, names = annotate(nlp, text)
        assert len(found) == 2
        assert {names.get(s.speaker or "") for s in found} == {name}
        actors = [a for a in nlp(text)._.newsevents_actors or [] if a["name"] == name]
        assert len(actors) == 1
        assert actors[0]["kind"] == "organization"
        assert actors[0]["country"] == "GBR"


def test_a_company_described_with_its_nationality_refers_back(nlp: Language) -> None:
    """'Siemens ... the German industrial group said': Siemens, not another country's firm."""
    found, names = annotate(
        nlp,
        "Siemens cut its forecast on Tuesday. Shares fell 4%. "
        "The German industrial group said demand in China had weakened.",
    )
    assert names.get(by_cue(found, "said").speaker or "") == "Siemens"
    found, names = annotate(
        nlp, "Nvidia cut its forecast. The US chipmaker said demand had weakened."
    )
    assert names.get(by_cue(found, "said").speaker or "") == "Nvidia"
    # a nationality the company does not have names another one
    found, names = annotate(
        nlp, "France's Renault said sales fell. The German carmaker said demand had weakened."
    )
    carmaker = next(s for s in found if s.speaker_mention and "carmaker" in s.speaker_mention.text)
    assert carmaker.speaker is None


def test_an_estimate_with_a_figure_is_a_claim(nlp: Language) -> None:
    """'Organisers estimated the crowd at 50,000' asserts the figure; no figure, no claim."""
    found, names = annotate(nlp, "Organisers estimated the crowd at 50,000.")
    estimated = by_cue(found, "estimated")
    assert summary(estimated)[2] == ["the crowd at 50,000"]
    assert estimated.act is not None
    assert estimated.act.value == "assert"
    assert names.get(estimated.speaker or "") == "organisers"
    found, _ = annotate(nlp, "Analysts estimate a 20% drop in sales.")
    assert summary(by_cue(found, "estimate"))[2] == ["a 20% drop in sales"]
    found, _ = annotate(nlp, "Officials are still estimating the damage.")
    assert found == []


def test_a_question_asked_in_an_opening_participle_is_a_request(nlp: Language) -> None:
    """'Asking whether the plan was legal, Roberts said ...': a request for information."""
    found, names = annotate(
        nlp,
        "Asking whether the plan was legal, Roberts said the council had not been consulted.",
    )
    asking = by_cue(found, "Asking")
    assert asking.act is not None
    assert asking.act.value == "request"
    assert summary(asking)[2] == ["whether the plan was legal"]
    assert names.get(asking.speaker or "") == "Roberts"
    said = by_cue(found, "said")
    assert summary(said)[2] == ["the council had not been consulted"]


def test_how_the_words_were_received_is_no_content(nlp: Language) -> None:
    """'..., prompting shouts from the benches': the effect of saying it, not what was said."""
    for text in (
        "The minister said the reforms would go ahead, prompting shouts from the benches.",
        "The minister said the reforms would go ahead, sparking an outcry from unions.",
    ):
        found, _ = annotate(nlp, text)
        assert summary(by_cue(found, "said"))[2] == ["the reforms would go ahead"], text
    found, _ = annotate(nlp, '"We will not back down," she said, prompting shouts from MPs.')
    assert summary(by_cue(found, "said"))[2] == ['"We will not back down,"']
    found, _ = annotate(
        nlp, "The minister said the reforms would go ahead, adding that talks would continue."
    )
    assert summary(by_cue(found, "adding"))[2] == ["that talks would continue"]
    found, _ = annotate(nlp, "Police said a bomb exploded, killing 12 people.")
    assert summary(by_cue(found, "said"))[2] == ["a bomb exploded, killing 12 people"]


def test_a_text_a_body_adopted_speaks_for_the_body(nlp: Language) -> None:
    """'The Security Council adopted a resolution on Friday, which calls for': the council's."""
    found, names = annotate(
        nlp,
        "The Security Council adopted a resolution on Friday, "
        "which calls for an immediate ceasefire.",
    )
    calls = by_cue(found, "calls for")
    assert names.get(calls.speaker or "") == "Security Council"
    assert summary(calls)[2] == ["an immediate ceasefire"]
    found, names = annotate(
        nlp,
        "The UN General Assembly adopted a resolution. "
        "The resolution says the occupation is illegal.",
    )
    assert names.get(by_cue(found, "says").speaker or "") == "UN General Assembly"


def test_a_speaker_s_relative_clause_keeps_its_hyphenated_word(nlp: Language) -> None:
    """'UNICEF, which co-authored the report, urged': the clause is not cut at the hyphen."""
    found = statements(
        nlp,
        "UNICEF, which co-authored the report, urged governments to invest in health workers.",
    )
    assert [summary(s)[0] for s in found] == ["UNICEF, which co-authored the report"]


def test_the_agency_is_the_body_that_spoke_before(nlp: Language) -> None:
    """'The World Health Organization said ... The agency said': the WHO, not nobody."""
    found, names = annotate(
        nlp,
        "Measles cases rose to their highest level in 25 years, the World Health Organization "
        "said on Thursday.\n\nIts director-general, Maria Lenhart, told a briefing in Geneva "
        'that more than 127,000 cases had been reported.\n\n"Measles is back," Lenhart said. '
        '"That is a wake-up call."\n\nThe agency said in its weekly report that Romania had '
        "the highest number of cases.",
    )
    agency = next(s for s in found if s.speaker_mention and s.speaker_mention.text == "The agency")
    assert names.get(agency.speaker or "") == "World Health Organization"


def test_a_joined_verb_that_agrees_with_the_speaker_is_no_part_of_what_was_said(
    nlp: Language,
) -> None:
    """'The unions say the offer is too low and have called a strike': "have" is theirs."""
    found = statements(
        nlp, "The nurses' unions say the pay offer is too low and have called a strike for May."
    )
    assert [summary(s)[:3] for s in found] == [
        ("The nurses' unions", "say", ["the pay offer is too low"])
    ]
    # where the number fits the clause's subject, the verb goes on with what was said
    found = statements(nlp, "Officials say the bridge is safe and is open to traffic again.")
    assert [summary(s)[2] for s in found] == [["the bridge is safe and is open to traffic again"]]


def test_a_date_read_as_the_cue_s_object_tells_when_not_what(nlp: Language) -> None:
    """'declared the following week that ...': the date is when, the clause what was said."""
    found = statements(
        nlp, "The council then declared the following week that the curfew was over."
    )
    assert [summary(s)[2] for s in found] == [["that the curfew was over"]]
    # a time that is what was told of keeps its clause
    found = statements(nlp, "She described the night that her brother vanished.")
    assert [summary(s)[2] for s in found] == [["the night that her brother vanished"]]


def test_a_phrase_cue_introduces_a_quotation_after_a_colon(nlp: Language) -> None:
    """'made an announcement to the crew: "..."': the phrase is the cue of the quotation."""
    found = statements(nlp, 'The captain made an announcement to the crew: "We will dock at noon."')
    assert [summary(s) for s in found] == [
        ("The captain", "made an announcement", ['"We will dock at noon."'], "direct")
    ]
    # "the following statement": a participle before the noun is no verb of its own
    found = statements(
        nlp,
        "The ministry issued the following statement to reporters: "
        '"We regret the delay and will pay for the damage."',
    )
    assert [summary(s) for s in found] == [
        (
            "The ministry",
            "issued the following statement",
            ['"We regret the delay and will pay for the damage."'],
            "direct",
        )
    ]


def test_reported_concern_voices_it(nlp: Language) -> None:
    """'reported concern about ...' voices an attitude, as "raised concern" does."""
    found = statements(nlp, "Firefighters reported concern about a crane above the site.")
    assert [summary(s) for s in found] == [
        ("Firefighters", "reported concern", ["about a crane above the site"], "indirect")
    ]
    # what a company reports is a figure, no statement
    assert statements(nlp, "The bank reported a loss.") == []


def test_a_cited_reference_in_brackets_is_no_part_of_what_was_said(nlp: Language) -> None:
    """'... (7096).', '... (Lowe, 51).': the sources a chronology cites, not the words."""
    found = statements(
        nlp, "Analysts contend that the plant could open by the end of the decade (6920, 6819)."
    )
    assert [summary(s)[2] for s in found] == [
        ["that the plant could open by the end of the decade"]
    ]
    found = statements(
        nlp, "The minister declares the site open to inspectors for the first time (Lowe, 51)."
    )
    assert [summary(s)[2] for s in found] == [["the site open to inspectors for the first time"]]
    # a name or a figure in brackets is still what was said
    found = statements(nlp, "She said Finland would join the alliance (NATO).")
    assert [summary(s)[2] for s in found] == [["Finland would join the alliance (NATO)"]]


def test_a_clause_shared_with_a_verb_set_off_after_the_cue(nlp: Language) -> None:
    """'It was suggested, but never proved, that ...': the clause is what was suggested."""
    found = statements(nlp, "It was suggested, but never proved, that the mayor had taken bribes.")
    assert [summary(s) for s in found] == [
        (None, "suggested", ["that the mayor had taken bribes"], "indirect")
    ]
    found = statements(nlp, "Officials suggested, but did not confirm, that the plant would close.")
    assert [summary(s) for s in found] == [
        ("Officials", "suggested", ["that the plant would close"], "indirect")
    ]
