"""Tests of speakers named "they", of cues that say nothing, and of verbs joined to a clause."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from newsevents import Statement
from newsevents.model import SpeechAct
from statement_helpers import annotate, by_cue

if TYPE_CHECKING:
    from spacy.language import Language


def mention(statement: Statement) -> str | None:
    """Return the speaker as written, or None."""
    return statement.speaker_mention.text if statement.speaker_mention else None


def contents(statement: Statement) -> list[str]:
    """Return the texts of the statement's content spans."""
    return [span.text for span in statement.content]


# --- "they" ---------------------------------------------------------------------------------


def test_they_after_two_joined_names_is_the_first(nlp: Language) -> None:
    """Names joined by "and" are the antecedent; the speaker is the first, as when both say."""
    found, names = annotate(
        nlp,
        "Emmanuel Macron and Olaf Scholz met in Berlin on Tuesday. "
        "They said the alliance would stand firm.",
    )
    said = by_cue(found, "said")
    assert mention(said) == "They"
    assert names.get(said.speaker or "") == "Emmanuel Macron"
    assert contents(said) == ["the alliance would stand firm"]


def test_they_after_a_group_is_the_group(nlp: Language) -> None:
    """A group named in the plural before speaks through "they"."""
    found, names = annotate(
        nlp,
        "The foreign ministers gathered in Vienna for a second day. "
        "They warned that the ceasefire was fragile.",
    )
    warned = by_cue(found, "warned")
    assert warned.speaker is not None
    assert "ministers" in names[warned.speaker]


def test_they_told_after_a_group_subject(nlp: Language) -> None:
    """A "they told reporters ..." takes the group that was the subject before."""
    found, names = annotate(
        nlp,
        "Senior Japanese officials arrived in Seoul on Monday. "
        "They told reporters that the visit would last two days.",
    )
    told = by_cue(found, "told")
    assert told.speaker is not None
    assert names[told.speaker] == "Senior Japanese officials"


def test_they_skips_things_to_reach_the_speakers(nlp: Language) -> None:
    """Things ("the talks") are no antecedent of a "they" that speaks."""
    found, names = annotate(
        nlp,
        "The ministers met in Geneva. The talks lasted five hours, and they said "
        "some progress was made.",
    )
    said = by_cue(found, "said")
    assert said.speaker is not None
    assert "ministers" in names[said.speaker]


def test_they_after_a_plural_that_is_no_actor_stays_unknown(nlp: Language) -> None:
    """A nearer plural that can speak but is no actor stops the search: no wrong speaker."""
    found, _ = annotate(
        nlp,
        "The ministers met in Geneva. Hundreds of farmers gathered outside. "
        "They said the new rules would ruin them.",
    )
    said = by_cue(found, "said")
    assert mention(said) == "They"
    assert said.speaker is None


def test_they_without_a_plural_antecedent_stays_unknown(nlp: Language) -> None:
    """One person named before is no antecedent of "they"."""
    found, _ = annotate(nlp, "Angela Merkel visited the plant. They said it would close.")
    assert by_cue(found, "said").speaker is None


def test_they_chains_through_an_earlier_they(nlp: Language) -> None:
    """A "they" that is no speaker passes its antecedent on to the next one."""
    found, names = annotate(
        nlp,
        "Senior Chinese officials met the delegation on Monday. They met again on Friday. "
        "They said the talks had been useful.",
    )
    said = by_cue(found, "said")
    assert said.speaker is not None
    assert names[said.speaker] == "Senior Chinese officials"


def test_they_never_takes_a_plural_only_inside_a_quotation(nlp: Language) -> None:
    """Outside quotation marks, a group named only inside them is no antecedent."""
    found, _ = annotate(
        nlp,
        'The mayor spoke briefly. "Our senior officials will be there," she said. '
        "They said the bridge would reopen.",
    )
    said = [s for s in found if s.speaker_mention and s.speaker_mention.text == "They"]
    assert len(said) == 1
    assert said[0].speaker is None


# --- cues that say nothing --------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The minister said nothing about the new tariffs.",
        "The envoy said little about the outcome of the talks.",
        "The spokeswoman told journalists nothing about the deal.",
        "The embassy would neither confirm nor deny the arrests.",
        "The agency would not confirm or deny the account.",
        "Neither the mayor nor the governor said when the roads would reopen.",
        "The general declined to say how many soldiers had died.",
        "The company refused to comment on the lawsuit.",
        "The senator would not say whether she would run.",
        "The premier did not rule out new elections.",
        "The union never called for a strike.",
    ],
)
def test_cues_that_say_nothing_make_no_statement(nlp: Language, text: str) -> None:
    """A cue negated, declined, or with "nothing" as what was said makes no statement."""
    found, _ = annotate(nlp, text)
    assert found == []


def test_said_nothing_then_another_cue(nlp: Language) -> None:
    """A "said nothing" makes no statement; the cue joined to it still does."""
    found, _ = annotate(
        nlp, "The coach said nothing at first, but later wrote that the team was exhausted."
    )
    assert [s.cue.text for s in found] == ["wrote"]


def test_denied_that_is_a_statement(nlp: Language) -> None:
    """A "denied that ..." says something: a statement with the act deny."""
    found, _ = annotate(nlp, "The colonel denied that his unit had fired on the crowd.")
    denied = by_cue(found, "denied")
    assert denied.act is SpeechAct.DENY
    assert contents(denied) == ["that his unit had fired on the crowd"]


def test_a_little_is_said(nlp: Language) -> None:
    """A "said a little about" still says something."""
    found, _ = annotate(nlp, "The author said a little about her childhood in Lagos.")
    assert contents(by_cue(found, "said")) == ["a little about her childhood in Lagos"]


# --- verbs joined after a reported clause --------------------------------------------------------


def test_a_persons_act_after_a_clause_about_a_thing_is_not_said(nlp: Language) -> None:
    """In "She said the plan failed and resigned", resigning is hers, not the plan's."""
    found, _ = annotate(nlp, "The treasurer said the plan had failed and resigned.")
    said = by_cue(found, "said")
    assert contents(said) == ["the plan had failed"]
    assert [s.cue.text for s in found] == ["said"]


def test_a_persons_act_after_a_clause_about_a_person_stays(nlp: Language) -> None:
    """When the clause is about a person, the joined verb may be theirs: it stays said."""
    found, _ = annotate(nlp, "The treasurer said the chairman had failed and resigned.")
    assert contents(by_cue(found, "said")) == ["the chairman had failed and resigned"]


def test_joined_verbs_of_a_thing_stay_said(nlp: Language) -> None:
    """In "said the economy grew and would keep growing", both verbs are the economy's."""
    found, _ = annotate(nlp, "The minister said the economy grew and would keep growing.")
    assert contents(by_cue(found, "said")) == ["the economy grew and would keep growing"]


def test_warned_after_a_comma_keeps_the_speaker(nlp: Language) -> None:
    """In "He said the talks stalled, and warned that ...", he warned, not the talks."""
    found, _ = annotate(
        nlp, "He said the talks had stalled, and warned that sanctions would follow."
    )
    said, warned = by_cue(found, "said"), by_cue(found, "warned")
    assert contents(said) == ["the talks had stalled"]
    assert mention(warned) == "He"
    assert contents(warned) == ["that sanctions would follow"]


def test_added_parsed_as_a_second_clause_keeps_the_speaker(nlp: Language) -> None:
    """In "Officials said the fire was out and added that ...", officials added it."""
    found, _ = annotate(
        nlp,
        "Officials said the fire was under control and added that the roads would reopen.",
    )
    said, added = by_cue(found, "said"), by_cue(found, "added")
    assert contents(said) == ["the fire was under control"]
    assert mention(added) == "Officials"
    assert contents(added) == ["that the roads would reopen"]


# --- audit of full articles: general patterns --------------------------------------------------


def test_a_contrasting_cue_with_its_own_subject_is_cut_out(nlp: Language) -> None:
    """In "A said X, but B described it as Y", B's words are no part of A's."""
    found, _ = annotate(
        nlp,
        "Officials said the bridge was safe, but the engineer described it as a danger to traffic.",
    )
    assert contents(by_cue(found, "said")) == ["the bridge was safe"]
    described = by_cue(found, "described")
    assert mention(described) == "the engineer"
    assert contents(described) == ["it as a danger to traffic"]


def test_according_to_stops_before_a_contrasting_clause(nlp: Language) -> None:
    """A clause set against the source's after the aside ("but ...") is the writer's."""
    found, _ = annotate(
        nlp,
        "Dozens of reporters are in prison, according to press freedom groups, but "
        "editors continue to publish.",
    )
    according = by_cue(found, "according to")
    assert contents(according) == ["Dozens of reporters are in prison"]


def test_according_to_keeps_a_clause_after_a_leading_aside(nlp: Language) -> None:
    """After "According to X," at the start, the whole sentence is the source's."""
    found, _ = annotate(
        nlp, "According to the police, the driver fled, but he was caught an hour later."
    )
    assert contents(by_cue(found, "According to")) == [
        "the driver fled, but he was caught an hour later"
    ]


def test_a_quotation_that_goes_on_from_the_clause_keeps_the_clause(nlp: Language) -> None:
    """'Fans were "just cowards", he added': the words before the marks are said too."""
    found, _ = annotate(nlp, 'Fans who threw bottles at the players were "just cowards", he added.')
    added = by_cue(found, "added")
    assert contents(added) == ['Fans who threw bottles at the players were "just cowards"']
    assert added.kind.value == "mixed"


def test_a_quotation_after_a_colon_is_what_was_said(nlp: Language) -> None:
    """After a colon, the quotation alone is what was said."""
    found, _ = annotate(nlp, 'The leaflet told voters: "Stay home on Sunday," she said.')
    assert contents(by_cue(found, "said")) == ['"Stay home on Sunday,"']


def test_a_verb_with_an_object_before_its_preposition_is_no_phrase_cue(nlp: Language) -> None:
    """A "called her in for a talk" is no "called for"."""
    found, _ = annotate(nlp, "Her manager called her in along with other staff for a talk.")
    assert found == []


def test_a_cue_asked_for_is_not_made(nlp: Language) -> None:
    """In "urged the president to announce a pardon", the pardon is not announced."""
    found, _ = annotate(nlp, "The senator urged the president to announce a pardon.")
    assert [s.cue.text for s in found] == ["urged"]


def test_a_cue_forced_is_made(nlp: Language) -> None:
    """In "forced the governor to admit that ...", the governor admitted it."""
    found, _ = annotate(nlp, "The scandal forced the governor to admit that he had lied.")
    assert mention(by_cue(found, "admit")) == "the governor"


def test_the_name_before_a_dashed_description_speaks(nlp: Language) -> None:
    """In "Maduro — the successor of Chávez — defends ..., saying", Maduro speaks."""
    found, names = annotate(
        nlp,
        "Nicolás Maduro — the chosen successor of Hugo Chávez — strongly defends the "
        "assembly, saying it will strengthen the state.",
    )
    saying = by_cue(found, "saying")
    assert mention(saying) == "Nicolás Maduro"
    assert names.get(saying.speaker or "") == "Nicolás Maduro"


def test_a_cut_cue_takes_its_quoted_words_along(nlp: Language) -> None:
    """A quotation inside the cue that is cut out leaves nothing of itself behind."""
    found, _ = annotate(
        nlp,
        "Lawmakers said the measure was one way to share the burden, but the party leader "
        'described it as the imposition of quotas "with brute force."',
    )
    assert contents(by_cue(found, "said")) == ["the measure was one way to share the burden"]
    assert contents(by_cue(found, "described")) == [
        'it as the imposition of quotas "with brute force."'
    ]


def test_a_note_in_a_place_says_not_the_place(nlp: Language) -> None:
    """In "left a note inside the car that said ...", the note says it, for who left it."""
    found, _ = annotate(
        nlp,
        "Police say he left a handwritten note inside the car that said the attack was revenge.",
    )
    said = by_cue(found, "said")
    assert mention(said) == "he"
    assert contents(said) == ["the attack was revenge"]


def test_a_person_in_a_place_still_speaks(nlp: Language) -> None:
    """In "a man in the office who said ...", the man speaks."""
    found, _ = annotate(nlp, "She met a man in the office who said the plan was dead.")
    assert mention(by_cue(found, "said")) == "a man"


def test_a_past_verb_after_a_clause_with_would_is_the_speakers(nlp: Language) -> None:
    """In "said he would resign and left", leaving is done, not said: no part of the content."""
    found, _ = annotate(
        nlp, "The leader said he would oppose the bill but seemed open to some changes."
    )
    assert contents(by_cue(found, "said")) == ["he would oppose the bill"]


def test_a_verb_sharing_the_clauses_auxiliary_stays_said(nlp: Language) -> None:
    """In "said the army had attacked the village and killed ten", both verbs are said."""
    found, _ = annotate(nlp, "She said the army had attacked the village and killed ten people.")
    assert contents(by_cue(found, "said")) == [
        "the army had attacked the village and killed ten people"
    ]


def test_a_task_to_say_is_no_statement(nlp: Language) -> None:
    """A duty or an aim to say something ("it was their duty to assure") is not said."""
    found, _ = annotate(
        nlp, "Lindqvist said it was the government's duty to assure that nobody went hungry."
    )
    assert [s.cue.text for s in found] == ["said"]


def test_it_takes_the_country_that_is_its_sentences_subject(nlp: Language) -> None:
    """In "India summoned ... what it said was proof", "it" is India."""
    found, names = annotate(
        nlp,
        "India summoned the envoy on Tuesday and presented him with what it said was "
        "proof of the plot.",
    )
    said = by_cue(found, "said")
    assert mention(said) == "it"
    assert names.get(said.speaker or "") == "India"


def test_they_after_the_two_stays_unknown(nlp: Language) -> None:
    """A subject "the two" names nobody: "they" after it is not a country named further on."""
    found, _ = annotate(
        nlp,
        "The two spoke by telephone about the ties between Canada and Mexico. "
        "A statement said the talks went well. They also said trade would grow.",
    )
    said = [s for s in found if mention(s) == "They"]
    assert len(said) == 1
    assert said[0].speaker is None


def test_they_in_a_sentence_with_a_source_is_the_source(nlp: Language) -> None:
    """After "According to X," in its sentence, "they said" is X's, not the subject's.

    What they said is said of the two men, inside the clause the source gives: one
    statement of the officials, the whole clause.
    """
    found, names = annotate(
        nlp,
        "According to senior Iraqi officials, the prisoners were moved at night, except "
        "two men who they said had escaped.",
    )
    (according,) = found
    assert according.speaker is not None
    assert names[according.speaker] == "senior Iraqi officials"
    assert [span.text for span in according.content] == [
        "the prisoners were moved at night, except two men who they said had escaped"
    ]


def test_a_cue_called_for_after_a_date_is_not_made(nlp: Language) -> None:
    """In "called on the government today to declare ...", nothing is declared yet."""
    found, _ = annotate(
        nlp,
        "The head of the clinic, Maria Lindo, called on the government today to declare "
        "the outbreak an emergency.",
    )
    assert [s.cue.text for s in found] == ["called on"]


def test_a_purpose_infinitive_after_a_verb_that_is_no_request_is_made(nlp: Language) -> None:
    """In "called a news conference to announce that ...", the announcement is made."""
    found, _ = annotate(
        nlp, "The mayor called a news conference to announce that the bridge would reopen."
    )
    assert mention(by_cue(found, "announce")) == "The mayor"


def test_the_two_named_just_before_speak(nlp: Language) -> None:
    """'X and Y have agreed to merge, the two companies said': the first of the pair speaks."""
    doc = nlp(
        "Northwind Logistics and Calder Shipping have agreed to merge, the two companies said "
        "on Tuesday. Biden and Xi met in Lima. The two leaders said the talks were useful. "
        "Officials met in Quito. The two envoys said the talks had failed."
    )
    names = {actor["id"]: actor["name"] for actor in doc._.newsevents_actors}
    speakers = [names.get(item["speaker"]) for item in doc._.newsevents_statements]
    # any other plural before them stops the search: "Officials met ..."
    assert speakers == ["Northwind Logistics", "Biden", None]


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # two countries, then two pairs of ministers: the countries, not a minister
        (
            "Japan and the Philippines held talks in Manila. The meeting brought together "
            "Takeshi Iwaya and Gen Nakatani with their Philippine counterparts, Enrique Manalo "
            'and Gilberto Teodoro. Both countries condemned "any attempt to change the status '
            'quo by force."',
            [("condemned", "Japan")],
        ),
        # two persons only: no country, no side
        (
            "The meeting brought together Japanese Foreign Minister Takeshi Iwaya and his "
            "Philippine counterpart, Enrique Manalo. The two sides stressed the importance of "
            "a free and open Indo-Pacific. Both countries condemned the drills.",
            [("stressed", None), ("condemned", None)],
        ),
        # the controls: countries for sides and countries, persons for men and leaders
        (
            "Japan and the Philippines held talks in Manila. The two sides stressed the "
            "importance of a free and open Indo-Pacific. Both countries condemned the drills.",
            [("stressed", "Japan"), ("condemned", "Japan")],
        ),
        (
            "Takeshi Iwaya and Enrique Manalo signed the pact in Manila. Both men said the "
            "deal was historic.",
            [("said", "Takeshi Iwaya")],
        ),
        (
            "Japan and the Philippines signed a pact in Manila. Both leaders said the deal "
            "was historic.",
            [("said", None)],
        ),
    ],
)
def test_the_two_of_a_kind_take_a_pair_of_that_kind(
    nlp: Language, text: str, speakers: list[tuple[str, str | None]]
) -> None:
    """'Both countries' are two countries, 'the two sides' never two persons."""
    found, names = annotate(nlp, text)
    assert [(s.cue.text, names.get(s.speaker or "")) for s in found] == speakers


_DEBATE = "Gov. Diane Whitmore and Sen. Rosa Castellano debated on Wednesday. "
_BETWEEN = "Whitmore spoke first. Castellano answered. Simons asked a question. "


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            _DEBATE + _BETWEEN + "Both candidates pledged to protect Social Security.",
            "Diane Whitmore",
        ),
        (
            _DEBATE + _BETWEEN + "The two women pledged to protect Social Security.",
            "Diane Whitmore",
        ),
        # controls: a second pair of persons joined before; two countries, not persons
        (
            _DEBATE
            + "Tom Lee and Ann Ray watched. "
            + _BETWEEN
            + "Both candidates pledged to protect Social Security.",
            None,
        ),
        (
            "Japan and China held talks on Wednesday. The talks ran late. Officials spoke. "
            "Reporters waited. Both candidates pledged to protect Social Security.",
            None,
        ),
    ],
)
def test_both_past_the_window_is_the_one_pair_of_persons(
    nlp: Language, text: str, speaker: str | None
) -> None:
    """'Both candidates', four sentences after the one pair of persons joined: the pair."""
    found, names = annotate(nlp, text)
    assert names.get(by_cue(found, "pledged").speaker or "") == speaker


def test_they_after_a_family_is_the_family_not_an_earlier_plural(nlp: Language) -> None:
    """'The suspect's family said ... . They said ...': not the prosecutors before them."""
    found, names = annotate(
        nlp,
        "Prosecutors allege that Reid fired three shots at close range.\n\n"
        "The suspect's family said in a statement that they were shocked by the charges. "
        "They said Reid would plead not guilty.",
    )
    assert names.get(by_cue(found, "allege").speaker or "") == "prosecutors"
    they = found[-1]
    assert mention(they) == "They"
    assert they.speaker is None
