"""Tests of the ``newsevents_meetings`` component: who met whom, where, when, held or planned."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
import spacy
from spacy.language import Language

from newsevents import Document, Meeting, annotate, from_dict
from newsevents.errors import InputError
from newsevents.lexicons import load_lexicon
from newsevents.meetings import MeetingLexicon, MeetingsComponent, extract_meetings
from newsevents.model import MeetingKind, MeetingStatus
from newsevents.reader import read_text

DATE = "2023-07-19"  # a Wednesday


@pytest.fixture(scope="module")
def seed(nlp: Language, seed_txt: Path) -> Document:
    """Annotate the seed article once for this module."""
    article = read_text(seed_txt)
    return annotate(article.text, date=article.date, id=article.id, pipeline=nlp)


@pytest.fixture(scope="module")
def gold(seed_gold_path: Path) -> Document:
    """Load the hand-made gold annotation of the seed article."""
    return from_dict(json.loads(seed_gold_path.read_text(encoding="utf-8")))


def described(document: Document, meeting: Meeting) -> dict[str, Any]:
    """Describe a meeting by names and labels, so that two documents' ids do not matter."""
    actors = {actor.id: actor.name for actor in document.actors}
    topics = {topic.id: topic.label for topic in document.topics}
    location = meeting.location
    return {
        "kind": meeting.kind,
        "trigger": (meeting.trigger.start, meeting.trigger.text),
        "participants": {actors[item] for item in meeting.participants},
        "host": actors.get(meeting.host) if meeting.host else None,
        "location": (location.name, location.country) if location else None,
        "status": meeting.status,
        "topics": {topics[item] for item in meeting.topics},
    }


def meetings_in(nlp: Language, text: str, date: str | None = DATE) -> list[dict[str, Any]]:
    """Annotate ``text`` and describe its meetings."""
    document = annotate(text, date=date, pipeline=nlp)
    found = []
    for meeting in document.meetings:
        item = described(document, meeting)
        item["date"] = meeting.date
        item["date_text"] = meeting.date_text.text if meeting.date_text else None
        found.append(item)
    return found


def only(nlp: Language, text: str, date: str | None = DATE) -> dict[str, Any]:
    """Return the one meeting of ``text``."""
    found = meetings_in(nlp, text, date)
    assert len(found) == 1, found
    return found[0]


# -- the seed article -----------------------------------------------------------------------


def test_seed_finds_every_gold_meeting(seed: Document, gold: Document) -> None:
    """Each meeting of the gold file is found with its kind, people, place, status, topics."""
    found = {meeting.trigger.start: described(seed, meeting) for meeting in seed.meetings}
    for meeting in gold.meetings:
        expected = described(gold, meeting)
        assert found.get(meeting.trigger.start) == expected


def test_seed_finds_nothing_else(seed: Document, gold: Document) -> None:
    """No other meetings: not the press conference, not the message, not the mentions."""
    assert [m.trigger.start for m in seed.meetings] == [m.trigger.start for m in gold.meetings]
    text = seed.text
    for phrase in ("During a press conference", "conveyed a message", "Iran nuclear talks"):
        start = text.index(phrase)
        assert not any(start <= m.trigger.start < start + len(phrase) for m in seed.meetings)


def test_seed_evidence_is_the_sentence(seed: Document, gold: Document) -> None:
    """Each meeting's evidence is the sentence that introduces it, as in the gold file."""
    expected = {m.trigger.start: m.evidence for m in gold.meetings}
    for meeting in seed.meetings:
        assert meeting.evidence == expected[meeting.trigger.start]


def test_seed_coreferent_mentions_make_one_meeting(seed: Document) -> None:
    """Kerry's visit, mentioned three times, is one visit; "the talks" add no meeting."""
    visits = [m for m in seed.meetings if m.kind is MeetingKind.VISIT]
    assert len(visits) == 1
    talks = [m.trigger.text for m in seed.meetings if m.trigger.text in ("talks", "discussions")]
    assert talks == ["talks"]  # only the COP28 talks in Dubai, a summit of their own


# -- patterns -------------------------------------------------------------------------------


def test_met_with_place_and_weekday(nlp: Language) -> None:
    """Subject and object meet; the place gets its country, the weekday its date."""
    meeting = only(nlp, "US climate envoy John Kerry met Wang Yi in Beijing on Tuesday.")
    assert meeting["kind"] is MeetingKind.MEETING
    assert meeting["participants"] == {"John Kerry", "Wang Yi"}
    assert meeting["location"] == ("Beijing", "CHN")
    assert (meeting["date"], meeting["date_text"]) == ("2023-07-18", "Tuesday")
    assert meeting["status"] is MeetingStatus.OCCURRED


def test_will_meet_is_planned(nlp: Language) -> None:
    """A future meeting is planned; "next week" is kept as text, not pinned to a day."""
    meeting = only(nlp, "John Kerry will meet with Wang Yi next week.")
    assert meeting["participants"] == {"John Kerry", "Wang Yi"}
    assert meeting["status"] is MeetingStatus.PLANNED
    assert (meeting["date"], meeting["date_text"]) == (None, "next week")


def test_month_last_year_and_weekend_are_kept_as_date_text(nlp: Language) -> None:
    """Words like "in June last year" and "over the weekend" name periods: text, no single day."""
    meeting = only(nlp, "John Kerry met Wang Yi in June last year.")
    assert (meeting["date"], meeting["date_text"]) == (None, "June last year")
    meeting = only(nlp, "John Kerry met Wang Yi in Paris over the weekend.")
    assert (meeting["date"], meeting["date_text"]) == (None, "the weekend")


def test_today_untagged_by_the_model_is_the_day_of_the_report(nlp: Language) -> None:
    """A meeting "today" is dated the publication day, "tomorrow" the day after."""
    meeting = only(nlp, "Biden met Lula today.")
    assert (meeting["date"], meeting["date_text"]) == ("2023-07-19", "today")
    meeting = only(nlp, "Today, Biden met Lula in Rome.")
    assert (meeting["date"], meeting["date_text"]) == ("2023-07-19", "Today")
    meeting = only(nlp, "Biden will meet Lula tomorrow.")
    assert (meeting["date"], meeting["date_text"]) == ("2023-07-20", "tomorrow")


def test_preparing_to_visit_is_planned(nlp: Language) -> None:
    """A visit someone "is preparing to" make is planned, and the country visited hosts."""
    meeting = only(nlp, "German Chancellor Olaf Scholz is preparing to visit China next month.")
    assert meeting["kind"] is MeetingKind.VISIT
    assert meeting["participants"] == {"Olaf Scholz", "China"}
    assert meeting["host"] == "China"
    assert meeting["location"] == ("China", "CHN")
    assert meeting["status"] is MeetingStatus.PLANNED


def test_visited_country(nlp: Language) -> None:
    """A visit to a country: the country hosts and is the place."""
    meeting = only(nlp, "French President Emmanuel Macron visited Germany last week.")
    assert meeting["kind"] is MeetingKind.VISIT
    assert meeting["host"] == "Germany"
    assert meeting["participants"] == {"Emmanuel Macron", "Germany"}
    assert meeting["status"] is MeetingStatus.OCCURRED


def test_hosted(nlp: Language) -> None:
    """The subject of "hosted" is the host; the guest takes part too."""
    meeting = only(
        nlp, "Chinese President Xi Jinping hosted Brazilian President Lula da Silva in Beijing."
    )
    assert meeting["host"] == "Xi Jinping"
    assert meeting["participants"] == {"Xi Jinping", "Lula da Silva"}
    assert meeting["location"] == ("Beijing", "CHN")


def test_received_a_visitor_not_a_letter(nlp: Language) -> None:
    """Receiving a person is a meeting the subject hosts; receiving a letter is not."""
    text = (
        "Chinese President Xi Jinping received US Secretary of State Antony Blinken at the "
        "Great Hall of the People in Beijing."
    )
    meeting = only(nlp, text)
    assert meeting["host"] == "Xi Jinping"
    assert meeting["participants"] == {"Xi Jinping", "Antony Blinken"}
    assert meeting["location"] == ("Great Hall of the People", "CHN")
    letter = "Chinese President Xi Jinping received a letter from Joe Biden."
    assert meetings_in(nlp, letter) == []


def test_held_talks_with(nlp: Language) -> None:
    """In "held talks with", the talks are the trigger; subject and "with" take part."""
    meeting = only(
        nlp, "US President Joe Biden held talks with Chinese President Xi Jinping on Friday."
    )
    assert meeting["kind"] is MeetingKind.TALKS
    assert meeting["trigger"][1] == "talks"
    assert meeting["participants"] == {"Joe Biden", "Xi Jinping"}
    assert meeting["date"] == "2023-07-14"


def test_phone_calls(nlp: Language) -> None:
    """Speaking by phone with someone, or holding a phone call, is a call."""
    spoke = only(nlp, "Joe Biden spoke by phone with Xi Jinping on Thursday.")
    assert spoke["kind"] is MeetingKind.CALL
    assert spoke["participants"] == {"Joe Biden", "Xi Jinping"}
    held = only(nlp, "John Kerry and Wang Yi held a phone call on Friday.")
    assert held["kind"] is MeetingKind.CALL
    assert held["participants"] == {"John Kerry", "Wang Yi"}
    assert meetings_in(nlp, "Joe Biden made a phone call from the airport.") == []


def test_sat_down_with(nlp: Language) -> None:
    """Sitting down with someone is a meeting."""
    meeting = only(nlp, "John Kerry sat down with Wang Yi on Monday.")
    assert meeting["participants"] == {"John Kerry", "Wang Yi"}
    assert meeting["date"] == "2023-07-17"


def test_during_a_meeting_with(nlp: Language) -> None:
    """The subject of the clause a meeting frames takes part in it."""
    meeting = only(nlp, "During a meeting with Wang Yi, John Kerry said both sides should act.")
    assert meeting["participants"] == {"John Kerry", "Wang Yi"}


def test_bare_group_takes_part(nlp: Language) -> None:
    """A group named by a bare plural noun ("students") takes part in the meeting."""
    text = "On Monday, President Emmanuel Macron met with students at the university."
    assert only(nlp, text)["participants"] == {"Emmanuel Macron", "students"}


def test_the_two_ministers(nlp: Language) -> None:
    """In "the two ministers met", they are the two people named just before."""
    text = "Antony Blinken and Sergei Lavrov arrived in Geneva. The two ministers met for hours."
    meeting = only(nlp, text)
    assert meeting["participants"] == {"Antony Blinken", "Sergei Lavrov"}


def test_negotiations_between_will_resume(nlp: Language) -> None:
    """Negotiations between two countries that "will resume" in a city are planned there."""
    meeting = only(nlp, "Negotiations between Iran and the United States will resume in Vienna.")
    assert meeting["kind"] is MeetingKind.NEGOTIATION
    assert meeting["participants"] == {"Iran", "United States"}
    assert meeting["location"] == ("Vienna", "AUT")
    assert meeting["status"] is MeetingStatus.PLANNED


def test_cancelled(nlp: Language) -> None:
    """A cancelled planned meeting is cancelled, and the possessor takes part."""
    meeting = only(nlp, "Vladimir Putin and Joe Biden cancelled their planned meeting in Geneva.")
    assert meeting["status"] is MeetingStatus.CANCELLED
    assert meeting["participants"] == {"Vladimir Putin", "Joe Biden"}


def test_ongoing(nlp: Language) -> None:
    """A meeting in the present progressive, without a date, is going on."""
    meeting = only(nlp, "Joe Biden and Emmanuel Macron are meeting in Paris.")
    assert meeting["status"] is MeetingStatus.ONGOING
    assert meeting["location"] == ("Paris", "FRA")


def test_sidelines(nlp: Language) -> None:
    """Two people who talk "on the sidelines of" a summit meet there."""
    found = meetings_in(nlp, "On the sidelines of the summit, Joe Biden and Xi Jinping talked.")
    sideline = [m for m in found if m["trigger"][1] == "sidelines"]
    assert len(sideline) == 1
    assert sideline[0]["participants"] == {"Joe Biden", "Xi Jinping"}


def test_met_on_the_margins_of_a_summit(nlp: Language) -> None:
    """A meeting on the margins of a summit is apart from the summit, which both attend."""
    found = meetings_in(
        nlp, "Narendra Modi met Olaf Scholz on the margins of the G20 summit in Bali."
    )
    assert [(m["kind"], m["trigger"][1]) for m in found] == [
        (MeetingKind.MEETING, "met"),
        (MeetingKind.SUMMIT, "summit"),
    ]
    assert found[0]["participants"] == {"Narendra Modi", "Olaf Scholz"}
    assert found[0]["location"] == found[1]["location"] == ("Bali", "IDN")
    assert {"Narendra Modi", "Olaf Scholz"} <= found[1]["participants"]


def test_the_meeting_refers_back_and_brings_its_topics(nlp: Language) -> None:
    """A later "the meeting" is the same meeting, and its sentence adds topics."""
    text = (
        "John Kerry met Wang Yi on Monday. The meeting lasted three hours and covered "
        "climate finance."
    )
    meeting = only(nlp, text)
    assert meeting["trigger"][1] == "met"
    assert "climate finance" in meeting["topics"]


def test_host_for_talks_is_one_meeting(nlp: Language) -> None:
    """Talks a trigger verb is "for" are the meeting that verb reports, not a second one."""
    text = (
        "Turkish President Recep Tayyip Erdogan will host Russian President Vladimir Putin "
        "for talks in Ankara."
    )
    meeting = only(nlp, text)
    assert meeting["host"] == "Recep Tayyip Erdogan"
    assert meeting["location"] == ("Ankara", "TUR")
    assert meeting["status"] is MeetingStatus.PLANNED


def test_travel_to_a_country_for_talks(nlp: Language) -> None:
    """Talks someone travels to a country for take place there, and are planned."""
    text = (
        "French President Emmanuel Macron will travel to China next week for talks with "
        "Chinese President Xi Jinping."
    )
    meeting = only(nlp, text)
    assert meeting["participants"] == {"Emmanuel Macron", "Xi Jinping"}
    assert meeting["location"] == ("China", "CHN")
    assert (meeting["status"], meeting["date_text"]) == (MeetingStatus.PLANNED, "next week")


def test_a_round_of_negotiations(nlp: Language) -> None:
    """In "hold a new round of negotiations", the round stands for the negotiations."""
    text = "Iran and the United States will hold a new round of negotiations in Geneva."
    meeting = only(nlp, text)
    assert meeting["kind"] is MeetingKind.NEGOTIATION
    assert meeting["participants"] == {"Iran", "United States"}
    assert meeting["location"] == ("Geneva", "CHE")


def test_the_date_nearest_the_trigger_wins(nlp: Language) -> None:
    """Of two dates in a sentence, the one on the meeting's own verb dates it."""
    text = (
        "Japanese Prime Minister Fumio Kishida visited Paris earlier this week and will "
        "travel to London on Saturday to meet British Prime Minister Rishi Sunak."
    )
    found = {m["trigger"][1]: m for m in meetings_in(nlp, text, date="2023-01-14")}
    assert (found["meet"]["date"], found["meet"]["date_text"]) == ("2023-01-14", "Saturday")
    assert found["meet"]["status"] is MeetingStatus.PLANNED
    assert found["visited"]["date_text"] == "earlier this week"


def test_summit_a_country_is_hosting(nlp: Language) -> None:
    """In "the summit, which Japan is hosting", Japan hosts the summit."""
    text = "Joe Biden will travel to Hiroshima in May for the G7 summit, which Japan is hosting."
    meeting = only(nlp, text)
    assert meeting["kind"] is MeetingKind.SUMMIT
    assert meeting["host"] == "Japan"
    assert meeting["location"] == ("Hiroshima", "JPN")
    assert meeting["status"] is MeetingStatus.PLANNED


def test_the_meeting_between_them_refers_back_past_other_meetings(nlp: Language) -> None:
    """A later "the meeting between A and B" is A and B's meeting, however far back."""
    text = (
        "Joe Biden welcomed Fumio Kishida to the White House on Friday. "
        "Fumio Kishida will meet Rishi Sunak on Saturday. "
        "Antony Blinken met Wang Yi in Munich. "
        "Olaf Scholz spoke by phone with Emmanuel Macron. "
        "The meeting between Joe Biden and Fumio Kishida lasted two hours."
    )
    found = meetings_in(nlp, text, date="2023-01-14")
    assert [m["trigger"][1] for m in found] == ["welcomed", "meet", "met", "spoke"]


def test_their_two_hour_meeting_is_the_same_meeting(nlp: Language) -> None:
    """A description ("their two-hour meeting") does not make the meeting another one."""
    text = (
        "Joe Biden welcomed Fumio Kishida to the White House on Friday. The two leaders "
        "discussed export controls during their two-hour meeting."
    )
    meeting = only(nlp, text)
    assert meeting["trigger"][1] == "welcomed"
    assert "export controls" in meeting["topics"]


@pytest.mark.parametrize(
    "text",
    [
        "Meetings are useful.",
        "The talks were cancelled.",
        "During a press conference, Xi Jinping said the climate mattered.",
        "John Kerry conveyed a message from Joe Biden to Xi Jinping.",
        "The company met the requirements of the regulator.",
        "The plan met with criticism from lawmakers.",
        "China did not meet its targets.",
        "Xi Jinping refused to meet Joe Biden.",
        "Joe Biden visited the website.",
        "Joe Biden will meet Republicans halfway on spending.",
        "Pope Francis visited the refugee center on Lesbos.",
        "Joe Biden's visit to the refugee center lasted an hour.",
        "Years ago, he met the love of his life in a small bar.",
        "The senator visited the old temples of Kyoto.",
        "Footage of their visit was shown on television.",
        "Governor Ron DeSantis greeted supporters at a rally in Tampa.",
        "The mayor shook hands with voters outside the market.",
        "Donald Trump testified in court on Monday.",
        "Sam Bankman-Fried appeared before a judge in Manhattan.",
        "The spending bill appeared before the Senate Appropriations Committee in May.",
        "The judge scheduled a hearing on the motion for Friday.",
        "Prime Minister Rishi Sunak had breakfast at a cafe in Leeds.",
        "The World Economic Forum said in a report that growth would slow.",
        "The pilot told Captain Ahmed Khan to sit down.",
        "Elon Musk told analysts on a conference call that demand remained strong.",
    ],
)
def test_not_meetings(nlp: Language, text: str) -> None:
    """Generic nouns, press conferences, messages, idioms, sights, crowds, courts: no meeting."""
    assert meetings_in(nlp, text) == []


def test_visit_to_a_country_of_two_words(nlp: Language) -> None:
    """A visited country of two words ("North Korea") hosts the visit, as one word would."""
    meeting = only(nlp, "Mike Pompeo visited North Korea.")
    assert (meeting["participants"], meeting["host"]) == (
        {"Mike Pompeo", "North Korea"},
        "North Korea",
    )


def test_headline_visit_with_the_place_taken_for_an_adverb(nlp: Language) -> None:
    """In "Modi visits Washington", parsed with the place as an adverb, it is still where."""
    meeting = only(nlp, "Modi visits Washington.")
    assert meeting["kind"] is MeetingKind.VISIT
    assert meeting["location"] == ("Washington", "USA")


def test_partner_after_a_caption_aside(nlp: Language) -> None:
    """A partner after an aside ("Kerry, center, and Shoukry") takes part, not a new clause."""
    text = (
        "Egyptian President Abdel-Fattah el-Sissi, right, meets with Secretary of State "
        "John Kerry, center, and Foreign Minister Sameh Shoukry at the palace."
    )
    participants = only(nlp, text)["participants"]
    assert participants == {"Abdel-Fattah el-Sissi", "John Kerry", "Sameh Shoukry"}


def test_members_of_a_group_named_after_including(nlp: Language) -> None:
    """Those named after "including" take part with their group."""
    text = "Donald Trump met with party leaders, including House Speaker Paul Ryan, on Thursday."
    assert only(nlp, text)["participants"] == {"Donald Trump", "party leaders", "Paul Ryan"}


def test_visit_to_a_named_building_is_a_visit(nlp: Language) -> None:
    """A visit to a named building ("the White House") is kept, unlike one to "the center"."""
    meeting = only(nlp, "Angela Merkel visited the White House on Monday.")
    assert (meeting["kind"], meeting["participants"]) == (
        MeetingKind.VISIT,
        {"Angela Merkel", "White House"},
    )


def test_planned_visit_by(nlp: Language) -> None:
    """A visit "by" someone that "is planned for March" is planned, in the month ahead."""
    text = "A visit by US President Barack Obama to Havana is planned for March."
    meeting = only(nlp, text)
    assert meeting["participants"] == {"Barack Obama"}
    assert meeting["location"] == ("Havana", "CUB")
    assert (meeting["status"], meeting["date_text"]) == (MeetingStatus.PLANNED, "March")


def test_a_pair_of_countries_makes_talks(nlp: Language) -> None:
    """Talks of two countries ("US-China talks") are talks even when no actor is named."""
    meeting = only(nlp, "US-China talks resumed in Geneva on Monday.")
    assert meeting["kind"] is MeetingKind.TALKS
    assert meeting["participants"] == {"United States", "China"}
    assert meeting["location"] == ("Geneva", "CHE")
    assert meeting["date"] == "2023-07-17"


@pytest.mark.parametrize(
    ("text", "participants"),
    [
        ("The case came up during Tuesday's U.S.-Turkey meeting.", {"United States", "Turkey"}),
        ("The Sino-Japanese talks ended on Friday.", {"China", "Japan"}),
    ],
)
def test_countries_of_one_hyphenated_word_take_part(
    nlp: Language, text: str, participants: set[str]
) -> None:
    """Both countries of "U.S.-Turkey" or "Sino-Japanese" written as one word take part."""
    assert only(nlp, text)["participants"] == participants


def test_met_in_the_middle_of_a_summit(nlp: Language) -> None:
    """Meeting "in the middle of the summit" is a meeting, unlike meeting "in the middle"."""
    meeting = only(nlp, "Joe Biden met Xi Jinping in the middle of the summit.")
    assert meeting["participants"] == {"Joe Biden", "Xi Jinping"}


def test_dates_without_publication_date(nlp: Language) -> None:
    """Without a publication date, a date with its year still resolves."""
    meeting = only(nlp, "Donald Trump met Shinzo Abe in Tokyo on Nov. 5, 2019.", date=None)
    assert (meeting["date"], meeting["date_text"]) == ("2019-11-05", "Nov. 5, 2019")
    assert meeting["location"] == ("Tokyo", "JPN")


def test_greeted_and_was_greeted_by(nlp: Language) -> None:
    """Greeting someone is a meeting the greeter hosts, in the active and the passive."""
    active = only(nlp, "Pope Francis greeted Argentine President Javier Milei at the Vatican.")
    assert active["participants"] == {"Francis", "Javier Milei"}
    assert active["host"] == "Francis"
    passive = only(nlp, "Prime Minister Keir Starmer was greeted by King Charles on Tuesday.")
    assert passive["participants"] == {"Keir Starmer", "Charles"}
    assert passive["host"] == "Charles"


def test_caption_verb_taken_for_a_noun(nlp: Language) -> None:
    """In a caption ("X, left, greets Y in Z, date"), the verb read as a noun still counts."""
    text = (
        "Canadian Prime Minister Justin Trudeau, left, greets Mexican President Andres Manuel "
        "Lopez Obrador in Ottawa, Canada, June 2, 2022."
    )
    meeting = only(nlp, text)
    assert meeting["kind"] is MeetingKind.MEETING
    assert meeting["participants"] == {"Justin Trudeau", "Andres Manuel Lopez Obrador"}
    assert meeting["location"] == ("Ottawa", "CAN")


def test_caption_verb_read_as_the_noun_of_one_phrase(nlp: Language) -> None:
    """A caption "X (R) greets Y in Z", read as one noun phrase, is still X greeting Y."""
    text = (
        "Chinese President Xi Jinping (R) greets Spanish Prime Minister Pedro Sanchez in Beijing."
    )
    meeting = only(nlp, text)
    assert meeting["participants"] == {"Xi Jinping", "Pedro Sanchez"}
    assert meeting["location"] == ("Beijing", "CHN")


def test_caption_guest_read_as_a_subject(nlp: Language) -> None:
    """In "X, left, welcomes Y in Z", parsed with X under "left" and Y as subject, X hosts Y."""
    text = (
        "Polish President Andrzej Duda, left, welcomes Lithuanian President Gitanas Nauseda "
        "in Warsaw, Poland, April 5, 2023."
    )
    meeting = only(nlp, text)
    assert meeting["participants"] == {"Andrzej Duda", "Gitanas Nauseda"}
    assert meeting["host"] == "Andrzej Duda"
    assert meeting["location"] == ("Warsaw", "POL")


def test_handshake_alone_is_a_meeting(nlp: Language) -> None:
    """Shaking hands with someone is an encounter: both take part; "hands" is no one."""
    meeting = only(
        nlp, "Spanish Prime Minister Pedro Sanchez shook hands with Emmanuel Macron in Madrid."
    )
    assert meeting["trigger"][1] == "shook"
    assert meeting["participants"] == {"Pedro Sanchez", "Emmanuel Macron"}
    assert meeting["location"] == ("Madrid", "ESP")


def test_greeting_folds_into_the_meeting_of_its_sentence(nlp: Language) -> None:
    """A greeting before a meeting told in the same sentence is part of that meeting."""
    text = (
        "Indian Prime Minister Narendra Modi shakes hands with Australian Prime Minister "
        "Anthony Albanese before their talks in New Delhi."
    )
    meeting = only(nlp, text)
    assert meeting["kind"] is MeetingKind.TALKS
    assert meeting["trigger"][1] == "talks"
    assert meeting["participants"] == {"Narendra Modi", "Anthony Albanese"}
    assert meeting["location"] == ("New Delhi", "IND")


def test_testimony_before_a_legislative_committee(nlp: Language) -> None:
    """Testifying before (or appearing before) a committee is a meeting with the committee."""
    testified = only(
        nlp, "Defense Secretary Lloyd Austin testified before the House Armed Services Committee."
    )
    assert testified["trigger"][1] == "testified"
    assert testified["participants"] == {"Lloyd Austin", "House Armed Services Committee"}
    hearing = only(nlp, "Mark Zuckerberg testified at a congressional hearing on Wednesday.")
    assert hearing["participants"] == {"Mark Zuckerberg"}
    appeared = only(nlp, "Jerome Powell appeared before the Senate Banking Committee on Tuesday.")
    assert appeared["participants"] == {"Jerome Powell", "Senate Banking Committee"}


def test_hearing_of_a_committee(nlp: Language) -> None:
    """A committee's hearing is a meeting of the committee with who speaks at it."""
    text = "At a hearing of the Senate Judiciary Committee, Merrick Garland defended the agency."
    meeting = only(nlp, text)
    assert meeting["trigger"][1] == "hearing"
    assert meeting["participants"] == {"Senate Judiciary Committee", "Merrick Garland"}


def test_a_meal_with_someone(nlp: Language) -> None:
    """Lunch with someone is a meeting; the "with" partner and the subject take part."""
    meeting = only(nlp, "Emmanuel Macron had lunch with Olaf Scholz in Paris on Friday.")
    assert (meeting["kind"], meeting["trigger"][1]) == (MeetingKind.MEETING, "lunch")
    assert meeting["participants"] == {"Emmanuel Macron", "Olaf Scholz"}
    assert meeting["location"] == ("Paris", "FRA")
    over = only(nlp, "Over dinner in Rome, Emmanuel Macron and Giorgia Meloni discussed energy.")
    assert over["participants"] == {"Emmanuel Macron", "Giorgia Meloni"}


def test_met_a_visiting_guest(nlp: Language) -> None:
    """In "met visiting Chancellor X", "visiting" describes the guest, who is met."""
    meeting = only(nlp, "Chinese Premier Li Qiang met visiting German Chancellor Olaf Scholz.")
    assert (meeting["kind"], meeting["trigger"][1]) == (MeetingKind.MEETING, "met")
    assert meeting["participants"] == {"Li Qiang", "Olaf Scholz"}


def test_two_who_act_together_after_talks_took_part(nlp: Language) -> None:
    """Two who sign a statement "after talks" held those talks."""
    meeting = only(nlp, "Vladimir Putin and Xi Jinping signed a joint statement after talks.")
    assert meeting["participants"] == {"Vladimir Putin", "Xi Jinping"}


def test_they_of_a_caption_are_the_two_named(nlp: Language) -> None:
    """In "X and Y smile as they pose after a meeting", "they" are X and Y, who met."""
    text = "Joe Biden and Xi Jinping smiled as they posed for photos after a bilateral meeting."
    assert only(nlp, text)["participants"] == {"Joe Biden", "Xi Jinping"}


def test_planning_a_trip_to_meet(nlp: Language) -> None:
    """The place of "planning a trip to Berlin to meet X" is where the trip goes."""
    text = "Giorgia Meloni is planning a trip to Berlin on Friday to meet with Olaf Scholz."
    meeting = only(nlp, text)
    assert meeting["participants"] == {"Giorgia Meloni", "Olaf Scholz"}
    assert meeting["location"] == ("Berlin", "DEU")
    assert meeting["status"] is MeetingStatus.PLANNED


def test_hosted_a_dinner_for_guests(nlp: Language) -> None:
    """The guests "for" whom a dinner is hosted take part; the host hosts it."""
    text = "Joe Biden hosted a dinner for Republican senators at the White House."
    meeting = only(nlp, text)
    assert meeting["trigger"][1] == "dinner"
    assert meeting["participants"] == {"Joe Biden", "Republican senators"}
    assert meeting["host"] == "Joe Biden"


def test_attended_a_named_conference(nlp: Language) -> None:
    """A gathering named with a capital ("the Munich Security Conference") is a summit."""
    meeting = only(
        nlp, "Italian Prime Minister Giorgia Meloni attended the Munich Security Conference."
    )
    assert (meeting["kind"], meeting["trigger"][1]) == (MeetingKind.SUMMIT, "attended")
    assert meeting["participants"] == {"Giorgia Meloni"}


def test_attended_gathering_keeps_its_venue(nlp: Language) -> None:
    """With the verb as trigger, a venue after the gathering's name is still its location."""
    text = (
        "Kenyan President William Ruto attends the Africa Climate Forum "
        "at the Kenyatta International Convention Centre in Nairobi."
    )
    meeting = only(nlp, text)
    assert meeting["trigger"][1] == "attends"
    assert meeting["participants"] == {"William Ruto"}
    assert meeting["location"] is not None
    assert meeting["location"][0] == "Kenyatta International Convention Centre"


def test_verb_misparsed_as_joined_to_a_dashed_list(nlp: Language) -> None:
    """A verb misparsed as joined to a dashed list's last name takes the phrase head as subject."""
    text = (
        "Envoys from Chile and the four states that signed the pact - Peru, Bolivia, "
        "Ecuador, Brazil, and the United States - meet in Lima Tuesday to set up a panel."
    )
    meeting = only(nlp, text)
    assert "Chile" in meeting["participants"]
    assert meeting["location"] == ("Lima", "PER")


# -- the lexicon ----------------------------------------------------------------------------


def test_shipped_lexicon_is_read_once() -> None:
    """The shipped lexicon is built once and has a kind for every trigger."""
    lexicon = MeetingLexicon.load()
    assert lexicon is MeetingLexicon.load()
    assert lexicon.verbs["meet"] is MeetingKind.MEETING
    assert lexicon.nouns["negotiation"] is MeetingKind.NEGOTIATION
    assert lexicon.particle_verbs[("sit", "down")] is MeetingKind.MEETING


def test_lexicon_errors_name_the_place() -> None:
    """A bad lexicon says which file and which entry is wrong."""
    with pytest.raises(InputError, match=r"mine\.json: \$\.nouns\.summit: unknown meeting kind"):
        MeetingLexicon.from_data({"nouns": {"summit": "party"}}, source="mine.json")
    with pytest.raises(InputError, match=r"\$\.support_verbs"):
        MeetingLexicon.from_data({"support_verbs": {"hold": "guest"}})
    with pytest.raises(InputError, match=r"\$\.person_nouns: expected a list"):
        MeetingLexicon.from_data({"person_nouns": "official"})


def test_user_lexicon_replaces_the_shipped_one(nlp: Language, tmp_path: Path) -> None:
    """A user's lexicon without "meet" finds no meeting in "met"; the factory takes a path."""
    data = dict(load_lexicon("meeting_triggers"))
    data["verbs"] = {key: value for key, value in data["verbs"].items() if key != "meet"}
    path = tmp_path / "triggers.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    doc = nlp("John Kerry met Wang Yi in Beijing.")
    assert extract_meetings(doc) != []
    assert extract_meetings(doc, MeetingLexicon.load(path)) == []
    blank = spacy.blank("en")
    component = blank.add_pipe("newsevents_meetings", config={"lexicon": str(path)})
    assert isinstance(component, MeetingsComponent)
    assert "meet" not in component.lexicon.verbs


# -- cities and capitals ------------------------------------------------------------------------


def test_city_hosting_talks_is_their_place(nlp: Language) -> None:
    """A city that hosts talks is where they were held, with its country, not a participant."""
    meeting = only(nlp, "Prague hosted talks between Armenia and Azerbaijan on Thursday.")
    assert meeting["participants"] == {"Armenia", "Azerbaijan"}
    assert meeting["host"] is None
    assert meeting["location"] == ("Prague", "CZE")


def test_city_welcoming_a_group_is_the_place(nlp: Language) -> None:
    """A city that welcomes or hosts a group of guests is the place where they met."""
    meeting = only(nlp, "Nairobi hosted Sudanese and South Sudanese negotiators last week.")
    assert meeting["participants"] == {"Sudanese and South Sudanese negotiators"}
    assert meeting["location"] == ("Nairobi", "KEN")
    welcomed = only(nlp, "Rome welcomed the foreign ministers of the Group of Seven on Monday.")
    assert welcomed["location"] == ("Rome", "ITA")


def test_capitals_stand_for_their_governments(nlp: Language) -> None:
    """Capitals that meet stand for the countries the article names."""
    text = (
        "Iran and Saudi Arabia restored ties in March. "
        "Tehran and Riyadh held talks in Baghdad on Friday."
    )
    meeting = only(nlp, text)
    assert meeting["participants"] == {"Iran", "Saudi Arabia"}
    assert meeting["location"] == ("Baghdad", "IRQ")


def test_capital_hosting_a_guest_is_host_and_place(nlp: Language) -> None:
    """A capital that hosts a visitor: its country hosts, and the city is the place."""
    text = (
        "Japan wants closer ties with India. "
        "Tokyo hosted Indian Prime Minister Narendra Modi on Monday."
    )
    meeting = only(nlp, text)
    assert meeting["host"] == "Japan"
    assert meeting["participants"] == {"Japan", "Narendra Modi"}
    assert meeting["location"] == ("Tokyo", "JPN")


def test_trip_in_apposition_takes_the_traveller(nlp: Language) -> None:
    """'began his mission, a trip to X to meet Y': who began the mission meets Y."""
    text = (
        "Kenya's foreign minister began his first mission, a trip to Kampala to meet "
        "Ugandan President Yoweri Museveni."
    )
    meeting = only(nlp, text)
    assert meeting["participants"] == {"foreign minister", "Yoweri Museveni"}
    assert meeting["location"] == ("Kampala", "UGA")


def test_second_name_joined_to_an_apposition_takes_part(nlp: Language) -> None:
    """'US envoy A and B met C': B, joined to the envoy's name, meets C too."""
    text = "US envoy Steve Witkoff and Jared Kushner met Russian President Vladimir Putin."
    meeting = only(nlp, text)
    assert meeting["participants"] == {"Steve Witkoff", "Jared Kushner", "Vladimir Putin"}


def test_phone_call_with_partner_on_the_phone_word(nlp: Language) -> None:
    """'spoke by telephone with X': the partner may hang on the phone word."""
    text = (
        "Turkish President Recep Tayyip Erdogan spoke by telephone with Russian leader "
        "Vladimir Putin on Saturday."
    )
    meeting = only(nlp, text)
    assert meeting["kind"] is MeetingKind.CALL
    assert meeting["participants"] == {"Recep Tayyip Erdogan", "Vladimir Putin"}


def test_where_clause_gives_the_place(nlp: Language) -> None:
    """'flew to X, where she met Y': X is the place, and gives a venue its country."""
    text = "The minister flew to Hanoi, where she met Vietnamese Prime Minister Pham Minh Chinh."
    assert only(nlp, text)["location"] == ("Hanoi", "VNM")
    venue = (
        "Two days later, Sanchez traveled to Rabat, where he met King Mohammed VI of Morocco "
        "at the Royal Palace."
    )
    assert only(nlp, venue)["location"] == ("Royal Palace", "MAR")


def test_headline_subject_after_a_dash(nlp: Language) -> None:
    """A subject set off by dashes, which the parser leaves unlabelled, still meets."""
    text = (
        "Next steps - Envoys from Chile and the four Andean states that signed the pact - "
        "Peru, Bolivia, Ecuador and Colombia - meet in Lima Tuesday to set up a panel."
    )
    meeting = only(nlp, text)
    assert {"Chile", "Andean states"} <= meeting["participants"]
    assert meeting["location"] == ("Lima", "PER")


def test_named_building_before_the_noun_is_the_venue(nlp: Language) -> None:
    """'a White House lunch': the building is where they met, not a participant."""
    text = (
        "During a White House lunch with Canadian Prime Minister Mark Carney, "
        "President Donald Trump discussed tariffs."
    )
    meeting = only(nlp, text)
    assert meeting["participants"] == {"Mark Carney", "Donald Trump"}
    assert meeting["location"] is not None
    assert meeting["location"][0] == "White House"


def test_talks_hosted_by_a_country_that_brings_parties_together(nlp: Language) -> None:
    """'The talks, hosted by X, brought together A and B': X hosts, A and B take part."""
    text = "The talks, hosted by Qatar, brought together Israeli and Hamas negotiators."
    meeting = only(nlp, text)
    assert meeting["host"] == "Qatar"
    assert meeting["participants"] == {"Qatar", "Israeli and Hamas negotiators"}
    assert meeting["location"] == ("Qatar", "QAT")
    involving = only(nlp, "Talks involving Armenia and Azerbaijan resumed on Monday.")
    assert involving["participants"] == {"Armenia", "Azerbaijan"}


def test_venue_of_a_hosting_city_gets_its_country(nlp: Language) -> None:
    """A venue named inside a hosting city is the place, in the city's country."""
    meeting = only(nlp, "Doha hosted Afghan and American negotiators at a hotel on Sunday.")
    assert meeting["location"] == ("hotel", "QAT")


def test_army_of_a_country_and_a_named_force(nlp: Language) -> None:
    """'talks between Sudan's army and the RSF': the army is a party, an actor of Sudan."""
    text = (
        "Talks between Sudan's army and the paramilitary Rapid Support Forces resumed in "
        "Jeddah on Sunday."
    )
    meeting = only(nlp, text)
    assert meeting["participants"] == {"Sudan's army", "Rapid Support Forces"}
    assert meeting["location"] == ("Jeddah", "SAU")


def test_caption_place_after_the_name_of_the_person_met(nlp: Language) -> None:
    """'meets his counterpart Nasser Bourita in Rabat, Morocco, <date>': the place counts."""
    text = (
        "Spanish Foreign Minister Jose Manuel Albares, left, meets his Moroccan counterpart "
        "Nasser Bourita in Rabat, Morocco, Feb. 2, 2023."
    )
    meeting = only(nlp, text)
    assert meeting["participants"] == {"Jose Manuel Albares", "Nasser Bourita"}
    assert meeting["location"] == ("Rabat", "MAR")


def test_names_in_apposition_to_an_unnamed_group(nlp: Language) -> None:
    """'with the two suspects, Marek and his cousin, Piotr Nowak': the named take part."""
    text = (
        "Prosecutors said that Kowalski had dinner with the two suspects, Marek and his "
        "cousin, Piotr Nowak, the night of the robbery."
    )
    meeting = only(nlp, text)
    assert {"Kowalski", "Piotr Nowak"} <= meeting["participants"]


def test_capital_hosting_talks_of_others_is_only_the_place(nlp: Language) -> None:
    """A capital that hosts talks between others is where they met, not a party to them."""
    text = (
        "Poland and Lithuania are neighbours. "
        "Warsaw hosted the talks between Lithuanian and Latvian officials on Monday."
    )
    meeting = only(nlp, text)
    assert "Poland" not in meeting["participants"]
    assert meeting["host"] is None
    assert meeting["location"] == ("Warsaw", "POL")


def test_called_off_visit_is_cancelled_not_hosted(nlp: Language) -> None:
    """'called off a visit': the visitor cancels it; "call" here does not convene a meeting."""
    meeting = only(nlp, "Erdogan called off a planned visit to Washington.")
    assert meeting["kind"] is MeetingKind.VISIT
    assert meeting["status"] is MeetingStatus.CANCELLED
    assert meeting["participants"] == {"Erdogan"}
    assert meeting["host"] is None


def test_meal_the_parser_hangs_on_the_object(nlp: Language) -> None:
    """'discussed the war over dinner': the two who discussed had dinner together."""
    text = "Scholz and Macron discussed the war in Ukraine over dinner in Paris on Friday."
    meeting = only(nlp, text)
    assert meeting["trigger"][1] == "dinner"
    assert meeting["participants"] == {"Scholz", "Macron"}


def test_place_after_the_countries_of_those_met(nlp: Language) -> None:
    """'met with the leaders of France, Russia and Ukraine in Minsk': Minsk is the place."""
    meeting = only(nlp, "Merkel met with the leaders of France, Russia and Ukraine in Minsk.")
    assert meeting["location"] == ("Minsk", "BLR")
    assert {"Merkel", "France", "Russia", "Ukraine"} <= meeting["participants"]


def test_first_partner_misparsed_as_a_modifier_of_the_second(nlp: Language) -> None:
    """'talks with Zelensky and Foreign Minister Dmytro Kuleba': both take part."""
    text = (
        "Shortly after arriving in Kyiv, Blinken held talks with Zelensky and "
        "Foreign Minister Dmytro Kuleba."
    )
    meeting = only(nlp, text)
    assert meeting["participants"] == {"Blinken", "Zelensky", "Dmytro Kuleba"}


def test_who_welcomes_a_guest_for_a_visit_hosts_it(nlp: Language) -> None:
    """'Macron welcomed Xi to Paris for a state visit': Macron hosts, Xi visits."""
    text = "Macron welcomed Chinese President Xi Jinping to Paris on Monday for a state visit."
    meeting = only(nlp, text)
    assert meeting["kind"] is MeetingKind.VISIT
    assert meeting["participants"] == {"Macron", "Xi Jinping"}
    assert meeting["host"] == "Macron"


@pytest.mark.parametrize(
    "text",
    [
        "Real Madrid will meet Bayern Munich in the Champions League final on Saturday.",
        "Sinner met Alcaraz in the semifinal at Wimbledon.",
    ],
)
def test_opponents_in_a_contest_do_not_meet(nlp: Language, text: str) -> None:
    """Teams or players who meet in a final or a match are opponents, not a meeting."""
    assert meetings_in(nlp, text) == []


def test_topics_said_right_after_the_first_mention(nlp: Language) -> None:
    """'They discussed X' after the first mention counts when "the talks" come up later."""
    text = (
        "Blinken met Wang Yi in Beijing on Monday. They discussed fentanyl and climate "
        "change. Blinken said the talks were candid."
    )
    meeting = only(nlp, text)
    assert {"climate change"} <= meeting["topics"]
    assert len(meeting["topics"]) >= 2


def test_topics_of_the_two_who_discussed_after_a_call(nlp: Language) -> None:
    """'The two also discussed X' after a call between two named people gives its topics."""
    text = (
        "Chinese Foreign Minister Wang Yi spoke by phone with U.S. Secretary of State "
        "Antony Blinken on Monday. The two also discussed Taiwan and climate change."
    )
    meeting = only(nlp, text)
    assert meeting["kind"] is MeetingKind.CALL
    assert {"climate change"} <= meeting["topics"]


def test_topics_said_a_few_sentences_later(nlp: Language) -> None:
    """'The leaders also discussed Taiwan' two sentences after the meeting gives its topic."""
    text = (
        "Joe Biden and Xi Jinping met for four hours near San Francisco on Wednesday. "
        "Biden told reporters he was pleased. The leaders also discussed Taiwan."
    )
    assert "Taiwan" in only(nlp, text)["topics"]


def test_topics_of_views_exchanged(nlp: Language) -> None:
    """'The two sides exchanged views on ...' says what was discussed; "prisoners" does not."""
    talks = "Xi Jinping held talks with Vladimir Putin in Beijing. "
    found = only(nlp, talks + "The two sides also exchanged views on climate change.")
    assert "climate change" in found["topics"]
    found = only(nlp, talks + "The two sides also exchanged political prisoners.")
    assert found["topics"] == set()


# Four sentences between the meeting and what was discussed.
_FAR = (
    "Ursula von der Leyen hosted Fumio Kishida in Brussels on Wednesday. Von der Leyen "
    "praised Japan. Kishida thanked her. The weather was cold. Crowds gathered outside. "
)


@pytest.mark.parametrize(
    ("subject", "found"),
    [("The two sides also", True), ("Von der Leyen and Kishida", True), ("They", False)],
)
def test_topics_said_further_on(nlp: Language, subject: str, found: bool) -> None:
    """Past three sentences, only a subject that plainly names those who met refers back."""
    meeting = only(nlp, _FAR + f"{subject} discussed climate change.")
    assert ("climate change" in meeting["topics"]) is found


def test_topics_not_of_what_a_participant_includes(nlp: Language) -> None:
    """A participant who "included" aid in a budget says nothing of what was discussed."""
    text = (
        "Obama plans to meet with Central American leaders on Friday. Obama has included "
        "a $1 billion assistance package in his budget request."
    )
    assert "budget" not in only(nlp, text)["topics"]


def test_where_clause_hung_on_the_date_after_the_place(nlp: Language) -> None:
    """'travel to Guangzhou on Thursday, where she will hold talks': Guangzhou is the place."""
    text = (
        "Treasury Secretary Janet Yellen will travel to Guangzhou on Thursday, where she will "
        "hold talks with provincial officials."
    )
    meeting = only(nlp, text)
    assert meeting["location"] == ("Guangzhou", "CHN")
    assert meeting["date_text"] == "Thursday"  # the date of the travel the clause hangs on


def test_convene_is_a_meeting_of_those_who_convene(nlp: Language) -> None:
    """'ministers will convene in Brussels' is a planned meeting; 'convened a meeting' one."""
    document = annotate(
        "EU foreign ministers will convene in Brussels on Monday to discuss sanctions.",
        pipeline=nlp,
        date="2026-11-27",
    )
    [meeting] = document.meetings
    assert meeting.trigger.text == "convene"
    assert meeting.status is MeetingStatus.PLANNED
    names = {actor.id: actor.name for actor in document.actors}
    assert [names[p] for p in meeting.participants] == ["EU foreign ministers"]
    document = annotate("Guterres convened a meeting of the Security Council.", pipeline=nlp)
    assert [m.trigger.text for m in document.meetings] == ["meeting"]
    document = annotate("The president convened his cabinet to discuss the budget.", pipeline=nlp)
    assert document.meetings == ()
    # delegates or supporters who gather are no body that meets
    document = annotate("The city will limit marches before delegates convene.", pipeline=nlp)
    assert document.meetings == ()


def test_purpose_parsed_inside_a_clause_of_time(nlp: Language) -> None:
    """'met ... after the hearing to press for action on climate change': the purpose counts.

    The parser hangs the to-infinitive on "the hearing" or on the verb of the clause of
    time; what the meeting was for is still its topic, and the time is not.
    """
    for text in (
        "Several of them met with Senator Blackburn after the hearing to press for action on "
        "climate change.",
        "The two ministers met on Monday after the summit ended to discuss climate change.",
    ):
        document = annotate(text, pipeline=nlp)
        labels = {topic.id: topic.label for topic in document.topics}
        [meeting] = document.meetings
        assert [labels[t] for t in meeting.topics] == ["climate change"], text
    document = annotate("Macron met Starmer on Monday after tariffs were raised.", pipeline=nlp)
    [meeting] = document.meetings
    assert meeting.topics == ()


def test_a_day_told_above_the_verb_of_agreeing_does_not_date_the_meeting(nlp: Language) -> None:
    """'met Wang Yi on Monday and agreed to hold talks in Beijing': the talks are undated.

    The day belongs to the meeting told on the verb above the one of agreeing, not to the
    talks agreed; read as still to come, it would be the next Monday.
    """
    document = annotate(
        "Lammy met Wang Yi in London on Monday and agreed to hold talks in Beijing.",
        date="2025-10-22",
        pipeline=nlp,
    )
    held, agreed = document.meetings
    assert (held.status, held.date) == (MeetingStatus.OCCURRED, "2025-10-20")
    assert agreed.status is MeetingStatus.PLANNED
    assert (agreed.date, agreed.date_text) == (None, None)


def test_topics_of_another_story_or_of_those_who_report_are_not_the_meetings(
    nlp: Language,
) -> None:
    """'Separately, ...' and 'the banks said they would ...' after a meeting are not its talk."""
    meeting = "The mayor met council leaders on Tuesday to discuss temporary accommodation. "
    later = "The mayor said he would ask for more money. "
    for text in (
        meeting + later + "Separately, the two banks said they would raise interest rates.",
        meeting + later + "Lloyds and Barclays said they would raise interest rates.",
    ):
        assert only(nlp, text)["topics"] == {"housing"}
    reported = "The mayor met council leaders. His office said they discussed interest rates."
    assert only(nlp, reported)["topics"] == {"interest rates"}


def test_a_body_that_meets_in_session_takes_part_in_its_meeting(nlp: Language) -> None:
    """'The cabinet met in emergency session': the cabinet is an organisation and meets.

    A definite body noun that is the subject of a verb of sitting is a body of its own when
    no actor covers it; with an owner named as an actor ("the council's cabinet") the owner
    meets, as a board meets for its company.
    """
    document = annotate(
        "The cabinet met in emergency session on Sunday night to discuss the floods.",
        date="2025-03-04",
        pipeline=nlp,
    )
    names = {actor.id: actor.name for actor in document.actors}
    [meeting] = document.meetings
    assert [names[p] for p in meeting.participants] == ["cabinet"]
    assert meeting.date == "2025-03-02"
    document = annotate(
        "Harbour City Council approved the budget. The council's cabinet is due to meet on "
        "Tuesday to set the rates.",
        date="2025-03-04",
        pipeline=nlp,
    )
    names = {actor.id: actor.name for actor in document.actors}
    [meeting] = document.meetings
    assert [names[p] for p in meeting.participants] == ["Harbour City Council"]
    assert (meeting.status, meeting.date) == (MeetingStatus.PLANNED, "2025-03-04")
    document = annotate(
        "The union's executive met on Wednesday to consider the pay offer.",
        date="2025-03-06",
        pipeline=nlp,
    )
    names = {actor.id: actor.name for actor in document.actors}
    [meeting] = document.meetings
    assert [names[p] for p in meeting.participants] == ["union's executive"]
    for text in ("A committee will meet on Monday.", "Her cabinet met on Monday."):
        document = annotate(text, date="2025-03-06", pipeline=nlp)
        assert all(not m.participants for m in document.meetings), text


def test_a_meeting_only_tried_for_in_the_past_is_no_meeting(nlp: Language) -> None:
    """'had tried for months to meet Sandhu': an attempt told as past, no meeting.

    What one tried or attempted to do was not done, or the text would tell it done; an
    attempt still to come ("will try to meet") is a meeting planned.
    """
    for text in (
        "Adeyemi said he had tried for months to meet the company's management.",
        "Adeyemi tried to meet Priya Sandhu in May.",
        "Adeyemi attempted to meet Priya Sandhu last year.",
    ):
        document = annotate(text, date="2025-03-06", pipeline=nlp)
        assert document.meetings == (), text
    document = annotate(
        "Adeyemi will try to meet Priya Sandhu next week.", date="2025-03-06", pipeline=nlp
    )
    [meeting] = document.meetings
    assert meeting.status is MeetingStatus.PLANNED


def test_talks_turned_down_are_no_meeting(nlp: Language) -> None:
    """'ruled out talks with the opposition', 'slammed the door on resuming talks': refused.

    A meeting the verb rejects, rules out or shuts the door on did not take place; talks
    called off stay a cancelled meeting.
    """
    for text in (
        "The prime minister ruled out talks with the opposition.",
        "The prime minister rejected talks with the opposition.",
        "The president slammed the door on talks with the rebels.",
        "The president appeared to slam the door on resuming talks with the rebels.",
    ):
        document = annotate(text, date="2025-03-06", pipeline=nlp)
        assert document.meetings == (), text
    document = annotate(
        "The prime minister called off talks with the opposition.", date="2025-03-06", pipeline=nlp
    )
    [meeting] = document.meetings
    assert meeting.status is MeetingStatus.CANCELLED


def test_who_after_a_description_set_off_after_a_person_is_that_person(nlp: Language) -> None:
    """'said Priya Sandhu, a Nairobi-based analyst who made a trip to Kenya': Sandhu went.

    A description in apposition that no actor covers ("a Nairobi-based analyst") still
    stands for the person it follows, so the relative clause's subject is that person.
    """
    document = annotate(
        '"Prices will rise," said Priya Sandhu, a Nairobi-based analyst who recently made a '
        "trip to Kenya to study the drought.",
        date="2025-03-06",
        pipeline=nlp,
    )
    names = {actor.id: actor.name for actor in document.actors}
    [meeting] = document.meetings
    assert meeting.kind is MeetingKind.VISIT
    assert {names[p] for p in meeting.participants} == {"Priya Sandhu", "Kenya"}


def test_the_agents_of_a_participle_at_talks_take_part(nlp: Language) -> None:
    """'the ceasefire signed by Sudan and Chad at the talks in Geneva': both took part.

    A participle with no auxiliary that hangs on a noun is a passive: those it names after
    "by" did what happened at the meeting, so they were at it.
    """
    document = annotate(
        "The rebels broke the ceasefire signed by Sudan and Chad at the talks in Geneva.",
        date="2025-03-06",
        pipeline=nlp,
    )
    names = {actor.id: actor.name for actor in document.actors}
    [meeting] = document.meetings
    assert {names[p] for p in meeting.participants} == {"Sudan", "Chad"}


def test_a_time_right_after_a_meeting_noun_in_the_subject_is_its_time(nlp: Language) -> None:
    """'Critics of Ruto's trip to Ghana later this month agree': the trip is ahead.

    The parser hangs a bare time told right after the noun's phrase on the verb the noun is
    a part of the subject of; it is the meeting's time, and "later this month" is ahead.
    """
    document = annotate(
        "Critics of President Ruto's trip to Ghana later this month agree on one thing.",
        date="2025-03-06",
        pipeline=nlp,
    )
    [meeting] = document.meetings
    assert meeting.date_text is not None
    assert meeting.date_text.text == "later this month"
    assert meeting.status is MeetingStatus.PLANNED
    document = annotate(
        "Critics of President Ruto's trip to Ghana last week said it was costly.",
        date="2025-03-06",
        pipeline=nlp,
    )
    [meeting] = document.meetings
    assert meeting.date_text is not None
    assert meeting.date_text.text == "last week"
    assert meeting.status is MeetingStatus.OCCURRED


def test_the_one_joined_in_doing_it_takes_part(nlp: Language) -> None:
    """'Sandhu joined Adeyemi in testifying before the committee': both testified."""
    document = annotate(
        "Senator Priya Sandhu joined Tom Adeyemi in testifying before the Senate Finance "
        "Committee.",
        date="2025-03-06",
        pipeline=nlp,
    )
    names = {actor.id: actor.name for actor in document.actors}
    [meeting] = document.meetings
    assert {names[p] for p in meeting.participants} == {
        "Priya Sandhu",
        "Tom Adeyemi",
        "Senate Finance Committee",
    }


def test_the_agents_after_a_stranded_preposition_take_part(nlp: Language) -> None:
    """'the commitments agreed to by France and Italy at the negotiating table': a passive.

    However the parser tags the verb, a preposition left without its object right before
    "by" makes the clause passive: those after "by" were at the table.
    """
    document = annotate(
        "He said the remarks amount to a breach of the commitments agreed to by France, "
        "Germany and Italy at the negotiating table with Spain.",
        date="2025-03-06",
        pipeline=nlp,
    )
    names = {actor.id: actor.name for actor in document.actors}
    [meeting] = document.meetings
    assert {names[p] for p in meeting.participants} == {"France", "Germany", "Italy", "Spain"}


def test_parties_named_between_on_the_verb_of_the_talks(nlp: Language) -> None:
    """'Talks resumed on Monday between Serbia and Kosovo': the parties, hung on the verb.

    The parser may hang "between" on the verb the meeting is the subject of, after a date
    or a place; the phrase still names who meets.
    """
    meeting = only(nlp, "Talks resumed on Monday between Serbia and Kosovo.")
    assert meeting["kind"] is MeetingKind.TALKS
    assert meeting["participants"] == {"Serbia", "Kosovo"}
    assert meeting["date"] == "2023-07-17"
    meeting = only(nlp, "Negotiations began on Tuesday among Israel, Egypt and Qatar.")
    assert meeting["participants"] == {"Israel", "Egypt", "Qatar"}


def test_talks_resumed_are_a_session_of_the_negotiation_told(nlp: Language) -> None:
    """'have been negotiating for weeks. Talks resumed on Tuesday': a session of those parties.

    Talks that go on again, on a day of their own, are a new session of the bargaining told
    before, undated, whether it was told by the verb ("negotiating") or the noun.
    """
    for text in (
        "Chile and Peru have been negotiating for weeks. Talks resumed on Tuesday.",
        "Chile and Peru held talks in Lima last month. Talks resumed on Tuesday.",
    ):
        found = meetings_in(nlp, text)
        assert len(found) == 2, text
        assert found[1]["participants"] == {"Chile", "Peru"}, text
        assert found[1]["date"] == "2023-07-18", text


def test_mediators_meeting_each_side_join_the_talks_told(nlp: Language) -> None:
    """'Qatar and Egypt met each delegation separately', after talks began: part of them.

    Proximity talks: go-betweens who meet each side in turn, at no time of their own, join
    the talks just told; "each delegation" names no party of its own.
    """
    document = annotate(
        "Israel and Hamas began indirect talks in Doha on Monday. Qatar and Egypt met each "
        "delegation separately.",
        date=DATE,
        pipeline=nlp,
    )
    names = {actor.id: actor.name for actor in document.actors}
    [meeting] = document.meetings
    assert meeting.kind is MeetingKind.TALKS
    assert {names[p] for p in meeting.participants} == {"Israel", "Hamas", "Qatar", "Egypt"}


def test_after_meeting_someone_the_subject_of_the_main_verb_meets(nlp: Language) -> None:
    """'Macron left Rome on Monday after meeting Meloni': Macron and Meloni met.

    The gerund's subject is the main verb's; the person met, right after "meeting", is
    met even when the small model reads the name as an adverb of the gerund.
    """
    for text in (
        "Macron left Rome on Monday after meeting Meloni.",
        "After meeting Meloni, Macron flew to Madrid.",
    ):
        assert only(nlp, text)["participants"] == {"Macron", "Meloni"}, text


def test_who_speaks_of_the_meeting_is_not_at_it(nlp: Language) -> None:
    """'Analyst Peter Hays said the meeting showed a thaw': Hays comments, he did not meet.

    A person whose reported clause has the meeting as its subject or object speaks of it;
    one who tells what was done "during the talks" still took part.
    """
    for text in (
        "Xi met Macron in Beijing on Monday. Analyst Peter Hays said the meeting showed a "
        "thaw. The talks ended after two hours.",
        "Kerry met Lavrov in Geneva on Friday. The talks were tense, analyst Ann Lee said.",
    ):
        participants = meetings_in(nlp, text)[0]["participants"]
        assert not participants & {"Peter Hays", "Ann Lee"}, text
    text = (
        "Kerry met Lavrov in Geneva on Friday. Sergei Ryabkov said he raised sanctions "
        "during the talks."
    )
    assert "Sergei Ryabkov" in meetings_in(nlp, text)[0]["participants"]


def test_who_is_told_after_a_meeting_with_someone_is_not_at_it(nlp: Language) -> None:
    """'Kerry told CNN after his meeting with Lavrov': Kerry and Lavrov met, CNN did not.

    What is said before or after a meeting that names its other side is said outside it;
    with no side named, the one told is still the one met ("After talks in Geneva, Kerry told
    Lavrov").
    """
    for text in (
        "Kerry told CNN after his meeting with Lavrov that progress was made.",
        "Speaking to Reuters after talks with Lavrov, Kerry said progress was made.",
    ):
        assert only(nlp, text)["participants"] == {"Kerry", "Lavrov"}, text
    text = "After talks in Geneva, Kerry told Lavrov that sanctions would stay."
    assert only(nlp, text)["participants"] == {"Kerry", "Lavrov"}


def test_an_outlet_spoken_to_during_a_meeting_is_not_at_it(nlp: Language) -> None:
    """'Kerry told the BBC during his visit to Moscow': Kerry visits, the BBC interviews him.

    An organisation named as a news outlet ("the BBC", "Fox News") that one tells or speaks
    to is no side of the meeting; a body that is ("told NATO during the summit") still is.
    """
    for text in (
        "Kerry told the BBC during his visit to Moscow that sanctions would stay.",
        "Kerry spoke to Fox News during the summit in Brussels.",
    ):
        assert only(nlp, text)["participants"] == {"Kerry"}, text
    text = "Kerry told NATO during the summit in Brussels that sanctions would stay."
    assert only(nlp, text)["participants"] == {"Kerry", "NATO"}


def test_a_group_whose_members_are_listed_is_no_side_beside_them(nlp: Language) -> None:
    """'Cuba and the three Baltic states, Estonia, Latvia and Lithuania, met': four sides.

    The members named in apposition are the group; told alone, the group is a side.
    """
    text = "Cuba and the three Baltic states, Estonia, Latvia and Lithuania, met in Oslo."
    assert only(nlp, text)["participants"] == {"Cuba", "Estonia", "Latvia", "Lithuania"}
    assert only(nlp, "Cuba met the Baltic states in Oslo.")["participants"] == {
        "Cuba",
        "Baltic states",
    }


def test_who_acts_in_another_place_between_mentions_is_not_at_the_meeting(
    nlp: Language,
) -> None:
    """'Biden later flew to Delhi, where Modi hosted a dinner': Modi was not in Bali.

    One who acts between a meeting's mentions, in a clause of a place other than the
    meeting's, is elsewhere; in a clause of the meeting's own place, they were there.
    """
    told = "Biden met Xi in Bali on Monday. Biden {} Modi hosted a dinner. The talks in Bali ended."
    away = meetings_in(nlp, told.format("later flew to Delhi, where"))[0]
    assert away["participants"] == {"Biden", "Xi"}
    there = meetings_in(nlp, told.format("stayed on in Bali, where"))[0]
    assert there["participants"] == {"Biden", "Xi", "Modi"}


def test_a_reporter_or_analyst_between_mentions_is_not_at_the_meeting(nlp: Language) -> None:
    """'Correspondent Ann Lee reported from the hotel': she covers the talks, not at them.

    A person titled by a word of the press ("correspondent", "analyst") who acts between a
    meeting's mentions reports or comments on it, as a spokesman speaks of it.
    """
    for text in (
        "Kerry met Lavrov in Geneva on Friday. Correspondent Ann Lee reported from the hotel. "
        "The talks ended late.",
        "Kerry met Lavrov in Geneva on Friday. Political analyst John Hays expects a deal "
        "soon. The talks ended late.",
    ):
        assert meetings_in(nlp, text)[0]["participants"] == {"Kerry", "Lavrov"}, text


def test_a_meeting_one_is_reluctant_to_hold_is_no_meeting(nlp: Language) -> None:
    """'is reluctant to meet', 'appears unwilling to resume talks': turned down, not held.

    An adjective of reluctance over the meeting's infinitive says the meeting is not on, as
    "refused to meet" does.
    """
    for text in (
        "The governor is reluctant to meet the striking nurses.",
        "The union appears unwilling to resume talks with the railway company.",
        "Okafor seemed loath to sit down with Brandt.",
    ):
        assert meetings_in(nlp, text) == [], text


def test_a_meeting_under_a_condition_is_planned(nlp: Language) -> None:
    """'If Okafor meets Brandt, the strike could end': a meeting that may come, not held.

    A condition in the present tense, whatever the main clause's verb, tells a meeting
    still ahead, as a time clause under a future does.
    """
    for text in (
        "If Okafor meets Brandt, the strike could end.",
        "If Okafor and Brandt meet, they will discuss wages.",
        "Unless Okafor meets Brandt, the strike goes on.",
    ):
        meeting = only(nlp, text)
        assert meeting["status"] is MeetingStatus.PLANNED, text
        assert meeting["participants"] == {"Okafor", "Brandt"}, text


def test_a_trip_later_this_month_is_planned_without_a_document_date(nlp: Language) -> None:
    """'Critics of Okafor's trip to Ghana later this month agree': planned, undated.

    With no date of the document the time resolves to no day, but it still says the trip
    is ahead, as it does when the document is dated.
    """
    text = "Critics of Okafor's trip to Ghana later this month agree on one thing."
    for date in (None, DATE):
        meeting = only(nlp, text, date=date)
        assert meeting["status"] is MeetingStatus.PLANNED, date
        assert meeting["date_text"] == "later this month", date


def test_a_meeting_verb_tagged_as_a_noun_in_a_condition_is_read(nlp: Language) -> None:
    """'If Merkel and Macron meet, the crisis could end': the tagger reads "meet" as a noun.

    A meeting word with a subject of its own and the conjunction of its clause is that
    clause's verb, whatever its tag; told in a condition, the meeting is planned.
    """
    meeting = only(nlp, "If Merkel and Macron meet, the crisis could end.")
    assert meeting["status"] is MeetingStatus.PLANNED
    assert meeting["participants"] == {"Merkel", "Macron"}
