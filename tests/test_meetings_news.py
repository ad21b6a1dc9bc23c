"""Meetings in news sentences: planned talks, visits named by travel, calls, hosts and places."""

from __future__ import annotations

from typing import Any

import pytest
from spacy.language import Language

from newsevents import annotate
from newsevents.model import ActorKind, MeetingKind, MeetingStatus

DATE = "2024-06-12"  # a Wednesday


def meetings_in(nlp: Language, text: str) -> list[dict[str, Any]]:
    """Annotate ``text`` and describe each meeting by names, so that ids do not matter."""
    document = annotate(text, date=DATE, pipeline=nlp)
    names = {actor.id: actor.name for actor in document.actors}
    labels = {topic.id: topic.label for topic in document.topics}
    found = []
    for meeting in document.meetings:
        location = meeting.location
        found.append(
            {
                "kind": meeting.kind,
                "trigger": meeting.trigger.text,
                "participants": {names[actor] for actor in meeting.participants},
                "host": names.get(meeting.host) if meeting.host else None,
                "location": (location.name, location.country) if location else None,
                "status": meeting.status,
                "date": meeting.date,
                "date_text": meeting.date_text.text if meeting.date_text else None,
                "topics": {labels[topic] for topic in meeting.topics},
            }
        )
    return found


def only(nlp: Language, text: str) -> dict[str, Any]:
    """Return the one meeting of ``text``."""
    found = meetings_in(nlp, text)
    assert len(found) == 1, found
    return found[0]


# -- who: "both sides", "they" --------------------------------------------------------------


def test_both_sides_are_the_two_who_met(nlp: Language) -> None:
    """With no nations named, "both sides" who agree to meet are the two people who met."""
    first, second = meetings_in(
        nlp,
        "Ukrainian President Volodymyr Zelensky met Polish President Andrzej Duda in Warsaw. "
        "Both sides agreed to meet again in July.",
    )
    assert first["status"] is MeetingStatus.OCCURRED
    assert second["participants"] == {"Volodymyr Zelensky", "Andrzej Duda"}
    assert second["status"] is MeetingStatus.PLANNED
    assert second["date_text"] == "July"


def test_they_who_agree_to_hold_talks_are_the_two_named(nlp: Language) -> None:
    """An unresolved "they" that agrees to hold talks stands for the last two people named."""
    talks = only(nlp, "Putin and Erdogan spoke last week. They agreed to hold talks in Sochi.")
    assert talks["kind"] is MeetingKind.TALKS
    assert talks["participants"] == {"Putin", "Erdogan"}
    assert talks["location"] == ("Sochi", "RUS")
    assert talks["status"] is MeetingStatus.PLANNED
    # people named by a plural noun since may be whom "they" stands for: no guess
    other = only(
        nlp,
        "Joe Biden and Emmanuel Macron spoke. After the protesters left, they met at the palace.",
    )
    assert other["participants"] == set()


# -- hosts and places -----------------------------------------------------------------------


def test_state_visit_hosted_by(nlp: Language) -> None:
    """A visit "hosted by" someone has that host; the arrival gives its place and day."""
    visit = only(
        nlp,
        "Indian Prime Minister Narendra Modi arrived in Washington on Tuesday for a state "
        "visit hosted by President Joe Biden.",
    )
    assert visit["kind"] is MeetingKind.VISIT
    assert visit["participants"] == {"Narendra Modi", "Joe Biden"}
    assert visit["host"] == "Joe Biden"
    assert visit["location"] == ("Washington", "USA")
    assert visit["date_text"] == "Tuesday"


def test_place_after_the_host_of_a_passive(nlp: Language) -> None:
    """A place hanging on the host of a passive ("hosted by X in Beijing") is where they met."""
    meeting = only(
        nlp,
        "Kenyan President William Ruto was hosted by Chinese President Xi Jinping in Beijing "
        "last week.",
    )
    assert meeting["participants"] == {"William Ruto", "Xi Jinping"}
    assert meeting["host"] == "Xi Jinping"
    assert meeting["location"] == ("Beijing", "CHN")


def test_place_of_a_summit_hosted_by(nlp: Language) -> None:
    """The place of a summit may hang on the clause that hosts it ("hosted by X in Kazan")."""
    summit = only(nlp, "Modi attended a summit hosted by Putin in Kazan.")
    assert summit["participants"] == {"Modi", "Putin"}
    assert summit["host"] == "Putin"
    assert summit["location"] is not None
    assert summit["location"][0] == "Kazan"


# -- travel named a visit -------------------------------------------------------------------


def test_travel_then_the_first_such_visit(nlp: Language) -> None:
    """Travel followed by "the first such visit since 2016" is a planned visit there."""
    visit = only(
        nlp,
        "Australian Prime Minister Anthony Albanese will travel to Beijing in November, the "
        "first such visit since 2016.",
    )
    assert visit["kind"] is MeetingKind.VISIT
    assert visit["participants"] == {"Anthony Albanese"}
    assert visit["location"] == ("Beijing", "CHN")
    assert visit["status"] is MeetingStatus.PLANNED
    assert visit["date_text"] == "November"  # not "since 2016"


def test_arrival_then_the_first_visit_by(nlp: Language) -> None:
    """An arrival followed by "the first visit by ..." was that visit, on that day."""
    visit = only(
        nlp,
        "Narendra Modi arrived in Kyiv on Friday, the first visit by an Indian prime minister "
        "since 1991.",
    )
    assert visit["participants"] == {"Narendra Modi"}
    assert visit["location"] == ("Kyiv", "UKR")
    assert visit["status"] is MeetingStatus.OCCURRED
    assert (visit["date"], visit["date_text"]) == ("2024-06-07", "Friday")


# -- calls -----------------------------------------------------------------------------------


def test_call_with_a_caller_named_by_title(nlp: Language) -> None:
    """A call keeps its one known participant when someone is on the other end too."""
    call = only(nlp, "The prime minister held a phone call with Zelensky on Sunday.")
    assert call["kind"] is MeetingKind.CALL
    assert call["participants"] == {"Zelensky"}
    assert meetings_in(nlp, "Zelensky made a phone call on Sunday.") == []


def test_call_received_with_its_day_before_the_caller(nlp: Language) -> None:
    """'received a phone call on Saturday from Macron': "from" hung on the verb is the caller."""
    call = only(
        nlp,
        "Crown Prince Mohammed bin Salman received a phone call on Saturday from French "
        "President Emmanuel Macron.",
    )
    assert call["kind"] is MeetingKind.CALL
    assert call["participants"] == {"Mohammed bin Salman", "Emmanuel Macron"}
    assert call["date"] == "2024-06-08"


def test_call_received_by_his_royal_highness(nlp: Language) -> None:
    """'His Royal Highness ... received a phone call': the crown prince named before."""
    call = only(
        nlp,
        "Crown Prince Mohammed bin Salman chaired the cabinet session. His Royal Highness also "
        "received a phone call from the Prime Minister of Pakistan, Shehbaz Sharif.",
    )
    assert call["participants"] == {"Mohammed bin Salman", "Shehbaz Sharif"}


def test_talks_by_video_link_are_a_call(nlp: Language) -> None:
    """Talks held "by video link" and a meeting "via video link" are calls."""
    talks = only(nlp, "Scholz held talks by video link with Macron on Thursday.")
    assert talks["kind"] is MeetingKind.CALL
    assert talks["participants"] == {"Scholz", "Macron"}
    met = only(nlp, "Macron met with Zelensky via video link on Friday.")
    assert met["kind"] is MeetingKind.CALL
    assert met["participants"] == {"Macron", "Zelensky"}


def test_talked_via_video_link(nlp: Language) -> None:
    """Two people who "talked via video link" had a call, as by phone."""
    call = only(nlp, "Sunak and Meloni talked via video link on Thursday.")
    assert call["kind"] is MeetingKind.CALL
    assert call["participants"] == {"Sunak", "Meloni"}


# -- status and date ------------------------------------------------------------------------


def test_participle_clause_takes_the_main_tense(nlp: Language) -> None:
    """A summit attended "while" doing what someone "will" do is planned, not held."""
    summit = only(
        nlp,
        "Emmanuel Macron and Olaf Scholz will certainly talk while attending the summit in "
        "Granada.",
    )
    assert summit["kind"] is MeetingKind.SUMMIT
    assert summit["participants"] == {"Emmanuel Macron", "Olaf Scholz"}
    assert summit["status"] is MeetingStatus.PLANNED


def test_expected_in_a_city_for_talks(nlp: Language) -> None:
    """Who "is expected in Washington for talks" takes part, and the talks are planned."""
    talks = only(nlp, "Netanyahu is expected in Washington next week for talks with Biden.")
    assert talks["participants"] == {"Netanyahu", "Biden"}
    assert talks["host"] is None
    assert talks["location"] == ("Washington", "USA")
    assert talks["status"] is MeetingStatus.PLANNED
    assert talks["date_text"] == "next week"


def test_invited_for_talks_is_a_guest(nlp: Language) -> None:
    """Who "was invited" for talks, with no one said to invite, is a guest, not the host."""
    talks = only(nlp, "Netanyahu was invited to Washington for talks with Biden.")
    assert talks["participants"] == {"Netanyahu", "Biden"}
    assert talks["host"] is None
    assert talks["status"] is MeetingStatus.PLANNED


def test_talks_under_way_are_ongoing(nlp: Language) -> None:
    """Talks "under way" (or "underway") are ongoing."""
    for text in (
        "Talks between Armenia and Azerbaijan are under way in Washington.",
        "Talks between Armenia and Azerbaijan are underway in Washington.",
    ):
        talks = only(nlp, text)
        assert talks["participants"] == {"Armenia", "Azerbaijan"}
        assert talks["status"] is MeetingStatus.ONGOING


def test_who_cancels_a_meeting_between_two_is_not_in_it(nlp: Language) -> None:
    """A meeting "between" two, cancelled by a third, has the two; its clause gives the date."""
    meeting = only(
        nlp,
        "The White House cancelled a meeting between Biden and Netanyahu scheduled for next week.",
    )
    assert meeting["participants"] == {"Biden", "Netanyahu"}
    assert meeting["status"] is MeetingStatus.CANCELLED
    assert meeting["date_text"] == "next week"


def test_skipped_summit_is_no_meeting_of_the_absent(nlp: Language) -> None:
    """Someone who skipped or will miss a summit did not attend it."""
    assert meetings_in(nlp, "Putin skipped the BRICS summit in Johannesburg.") == []
    assert meetings_in(nlp, "Xi will miss the G20 summit in New Delhi.") == []


# -- visits ----------------------------------------------------------------------------------


def test_courtesy_call_on_someone_is_a_visit(nlp: Language) -> None:
    """A courtesy call "on" someone is a visit they host, not a phone call."""
    visit = only(
        nlp,
        "Japanese Prime Minister Fumio Kishida paid a courtesy call on King Charles on Tuesday.",
    )
    assert visit["kind"] is MeetingKind.VISIT
    assert visit["participants"] == {"Fumio Kishida", "Charles"}
    assert visit["host"] == "Charles"
    assert meetings_in(nlp, "The UN issued a call on Israel to halt the offensive.") == []


def test_meeting_during_a_visit_is_where_the_visit_goes(nlp: Language) -> None:
    """Someone who will visit a city to meet someone meets them in that city."""
    visit, meeting = meetings_in(nlp, "Blinken will visit Kyiv next week to meet Zelensky.")
    assert visit["kind"] is MeetingKind.VISIT
    assert meeting["participants"] == {"Blinken", "Zelensky"}
    assert meeting["location"] == ("Kyiv", "UKR")
    assert meeting["status"] is MeetingStatus.PLANNED


def test_received_a_visiting_leader(nlp: Language) -> None:
    """A leader received as "visiting" is received where and when the sentence says."""
    meeting = only(
        nlp,
        "Japanese Prime Minister Fumio Kishida received visiting Indian Prime Minister "
        "Narendra Modi in Tokyo on Monday.",
    )
    assert meeting["participants"] == {"Fumio Kishida", "Narendra Modi"}
    assert meeting["host"] == "Fumio Kishida"
    assert meeting["location"] == ("Tokyo", "JPN")
    assert (meeting["date"], meeting["date_text"]) == ("2024-06-10", "Monday")


def test_host_for_a_state_visit_is_a_visit(nlp: Language) -> None:
    """Hosting someone "for an official visit" reports a visit, hosted by the subject."""
    visit = only(
        nlp,
        "Spanish Prime Minister Pedro Sanchez will host Argentine President Javier Milei in "
        "Madrid next month for an official visit.",
    )
    assert visit["kind"] is MeetingKind.VISIT
    assert visit["participants"] == {"Pedro Sanchez", "Javier Milei"}
    assert visit["host"] == "Pedro Sanchez"
    assert visit["location"] == ("Madrid", "ESP")
    assert visit["status"] is MeetingStatus.PLANNED


def test_host_for_a_summit_is_a_summit(nlp: Language) -> None:
    """Hosting leaders "for a summit" reports a summit, hosted by the subject."""
    summit = only(nlp, "Erdogan hosted Putin and Assad for a summit in Ankara.")
    assert summit["kind"] is MeetingKind.SUMMIT
    assert summit["participants"] == {"Erdogan", "Putin", "Assad"}
    assert summit["host"] == "Erdogan"
    assert summit["location"] == ("Ankara", "TUR")


def test_welcomed_to_a_city(nlp: Language) -> None:
    """Someone welcomed "to Pyongyang" is met there."""
    meeting = only(nlp, "Kim Jong Un welcomed Putin to Pyongyang with a lavish ceremony.")
    assert meeting["participants"] == {"Kim Jong Un", "Putin"}
    assert meeting["host"] == "Kim Jong Un"
    assert meeting["location"] == ("Pyongyang", "PRK")


# -- frames ----------------------------------------------------------------------------------


def test_what_is_rejected_in_a_call_does_not_undo_it(nlp: Language) -> None:
    """What someone rejects during a call does not undo the call; not travelling does."""
    call = only(nlp, "In a call with Biden on Tuesday, Netanyahu rejected a ceasefire.")
    assert call["kind"] is MeetingKind.CALL
    assert call["participants"] == {"Biden", "Netanyahu"}
    assert call["date_text"] == "Tuesday"
    assert meetings_in(nlp, "Xi will not travel to Washington for the summit.") == []


def test_officials_of_two_nations_after_talks(nlp: Language) -> None:
    """Officials of two nations who speak "following talks" took part in them."""
    talks = only(
        nlp,
        "Following talks in Jeddah, Ukrainian and US officials said they had agreed on a "
        "ceasefire proposal.",
    )
    assert talks["kind"] is MeetingKind.TALKS
    assert talks["participants"]
    assert talks["location"] == ("Jeddah", "SAU")


def test_on_a_visit_is_ongoing(nlp: Language) -> None:
    """Someone who "is on a visit" or "is in Washington for talks" is there now."""
    visit, _ = meetings_in(
        nlp, "Blinken, who is on a three-day visit to China, met Wang Yi on Monday."
    )
    assert visit["kind"] is MeetingKind.VISIT
    assert visit["host"] == "China"
    assert visit["status"] is MeetingStatus.ONGOING
    talks = only(nlp, "Rishi Sunak is in Washington for talks with Joe Biden.")
    assert talks["participants"] == {"Rishi Sunak", "Joe Biden"}
    assert talks["status"] is MeetingStatus.ONGOING


# -- one by one ------------------------------------------------------------------------------


def test_met_separately_with_two_is_two_meetings(nlp: Language) -> None:
    """Someone who "met separately with" two people had one meeting with each."""
    found = meetings_in(nlp, "Fumio Kishida met separately with Biden and Yoon on Tuesday.")
    assert [meeting["participants"] for meeting in found] == [
        {"Fumio Kishida", "Biden"},
        {"Fumio Kishida", "Yoon"},
    ]
    assert {meeting["date"] for meeting in found} == {"2024-06-11"}


def test_separate_talks_with_two_are_two_meetings(nlp: Language) -> None:
    """Separate talks with two people are two meetings; without the word, one of three."""
    found = meetings_in(nlp, "Blinken held separate talks with Netanyahu and Gallant.")
    assert [meeting["participants"] for meeting in found] == [
        {"Blinken", "Netanyahu"},
        {"Blinken", "Gallant"},
    ]
    assert all(meeting["kind"] is MeetingKind.TALKS for meeting in found)
    together = only(nlp, "Blinken met with Netanyahu and Gallant.")
    assert together["participants"] == {"Blinken", "Netanyahu", "Gallant"}


def test_talks_called_for_are_planned(nlp: Language) -> None:
    """Talks someone calls for, asks for or is open to have not taken place."""
    for text in (
        "Putin has called for talks with Ukraine, but Zelensky rejected the offer.",
        "Macron said he was open to talks with Putin.",
        "Biden asked for a meeting with Xi.",
    ):
        (meeting,) = meetings_in(nlp, text)
        assert meeting["status"] is MeetingStatus.PLANNED, text


def test_met_with_tear_gas_is_no_meeting(nlp: Language) -> None:
    """Someone met "with tear gas" or "with fierce criticism" was not met in a meeting."""
    assert meetings_in(nlp, "Police met protesters with tear gas.") == []
    assert meetings_in(nlp, "Netanyahu met Gantz with fierce criticism of his plan.") == []
    meeting = only(nlp, "Xi met Biden with a smile.")
    assert meeting["participants"] == {"Xi", "Biden"}


def test_the_pair_are_the_two_named(nlp: Language) -> None:
    """The pair who met are the last two people named before."""
    first, second = meetings_in(
        nlp, "Putin met Erdogan in Sochi. The pair last met in Samarkand in September."
    )
    assert first["participants"] == {"Putin", "Erdogan"}
    assert second["participants"] == {"Putin", "Erdogan"}
    assert second["location"] == ("Samarkand", "UZB")
    assert second["date_text"] == "September"


def test_where_clause_after_the_gathering_travelled_to(nlp: Language) -> None:
    """A meeting in a where-clause after a summit someone flies to is where they fly."""
    found = meetings_in(
        nlp,
        "On Wednesday, Xi will fly to Kazakhstan for a summit of the Shanghai Cooperation "
        "Organisation, where he is expected to meet Turkish President Recep Tayyip Erdogan.",
    )
    meeting = found[-1]
    assert meeting["participants"] == {"Xi", "Recep Tayyip Erdogan"}
    assert meeting["location"] == ("Kazakhstan", "KAZ")
    assert meeting["status"] is MeetingStatus.PLANNED
    assert meeting["date_text"] == "Wednesday"


def test_who_is_sent_for_talks_takes_part(nlp: Language) -> None:
    """Someone sent to a city for talks takes part in them, not who sent them."""
    talks = only(nlp, "Xi Jinping sent Wang Yi to Moscow for talks with Sergei Lavrov.")
    assert talks["participants"] == {"Wang Yi", "Sergei Lavrov"}
    assert talks["location"] == ("Moscow", "RUS")


def test_planned_meeting_called_off_later_is_cancelled(nlp: Language) -> None:
    """A planned meeting that "the meeting was called off" refers back to is cancelled."""
    meeting = only(
        nlp, "Putin and Xi will meet in Moscow next week. The talks were cancelled after a row."
    )
    assert meeting["participants"] == {"Putin", "Xi"}
    assert meeting["status"] is MeetingStatus.CANCELLED


def test_cancelled_trip_calls_off_the_meeting_it_was_for(nlp: Language) -> None:
    """A meeting set abroad is off when "he cancelled the trip" follows it."""
    meeting = only(
        nlp,
        "Sunak was due to meet Macron in Paris on Friday. But he cancelled the trip after "
        "the attack.",
    )
    assert meeting["participants"] == {"Sunak", "Macron"}
    assert meeting["status"] is MeetingStatus.CANCELLED
    # "it" in the meeting's own sentence is the meeting
    meeting = only(
        nlp,
        "The coalition had scheduled a meeting with Donnelly for last Friday, but her office "
        "cancelled it.",
    )
    assert meeting["status"] is MeetingStatus.CANCELLED
    meeting = only(nlp, "Sunak will meet Macron on Friday. It was cancelled on Tuesday.")
    assert meeting["status"] is MeetingStatus.CANCELLED
    # a trip the text names elsewhere, or told too far on, leaves the meeting planned
    for text in (
        "Sunak was due to meet Macron in Paris on Friday. Blair cancelled the trip to Rome.",
        "Sunak will meet Macron in Paris on Friday. It rained. Then it snowed. Then it "
        "rained again. Blair cancelled his trip.",
    ):
        assert only(nlp, text)["status"] is MeetingStatus.PLANNED, text


def test_its_board_stands_for_the_company_named_before(nlp: Language) -> None:
    """The board of "Acme Corp said its board would meet" is Acme Corp's."""
    meeting = only(nlp, "Acme Corp said its board would meet on Friday.")
    assert meeting["participants"] == {"Acme Corp"}
    assert meeting["status"] is MeetingStatus.PLANNED
    # "its" with no organisation before it in the sentence makes no participant
    assert meetings_in(nlp, "Its board would meet on Friday.") == []


def test_a_group_of_people_and_a_number_of_them_take_part(nlp: Language) -> None:
    """People named as "a group of senators" or "about 40 residents" meet as groups."""
    meeting = only(nlp, "A bipartisan group of senators met with President Donald Trump.")
    assert meeting["participants"] == {"senators", "Donald Trump"}
    meeting = only(nlp, "Mayor Rachel Donnelly met with about 40 residents on Monday.")
    assert meeting["participants"] == {"Rachel Donnelly", "residents"}


def test_spoke_with_is_the_call_the_next_sentence_tells(nlp: Language) -> None:
    """A readout's "Biden spoke with Lula. The call, which lasted ..." is a call."""
    meeting = only(
        nlp,
        "President Biden spoke with President Lula of Brazil on Tuesday. The call, which "
        "lasted about 40 minutes, was the first conversation between the two leaders since "
        "March.",
    )
    assert meeting["kind"] is MeetingKind.CALL
    assert meeting["participants"] == {"Biden", "Lula"}
    assert meeting["date"] == "2024-06-11"
    # "the call" may come a few sentences on, after what was discussed
    meeting = meetings_in(
        nlp,
        "Today, President Biden spoke with President Lula of Brazil. The leaders discussed "
        "democracy. The two presidents also discussed Venezuela. The leaders agreed to meet "
        "in New York in September. The call lasted about 40 minutes.",
    )
    assert [(m["kind"], m["participants"], m["status"]) for m in meeting] == [
        (MeetingKind.CALL, {"Biden", "Lula"}, MeetingStatus.OCCURRED),
        (MeetingKind.MEETING, {"Biden", "Lula"}, MeetingStatus.PLANNED),
    ]
    # speaking with someone, with no call told next, is no meeting; nor with reporters
    assert meetings_in(nlp, "Biden spoke with Lula in Rome.") == []
    assert meetings_in(nlp, "Biden spoke with reporters. The call was short.") == []


def test_the_summit_of_the_same_body_is_the_one_told(nlp: Language) -> None:
    """A later "The AU summit is set to close on Sunday" is the African Union summit told."""
    summit = only(
        nlp,
        "African leaders gathered in Addis Ababa on Saturday for the two-day African Union "
        "summit. The AU summit is set to close on Sunday with the adoption of a declaration.",
    )
    assert summit["location"] == ("Addis Ababa", "ETH")
    assert summit["date"] == "2024-06-08"


def test_who_leads_a_delegation_takes_part(nlp: Language) -> None:
    """A delegation "led by President Mohamud" brings him; "the two leaders' talks" are it."""
    meeting = only(
        nlp,
        "Abiy Ahmed received a Somali delegation led by President Hassan Sheikh Mohamud on "
        "Friday. The two leaders' talks were described by both sides as warm.",
    )
    assert meeting["participants"] == {
        "Abiy Ahmed",
        "Somali delegation",
        "Hassan Sheikh Mohamud",
    }
    assert meeting["host"] == "Abiy Ahmed"


def test_who_also_took_part_a_sentence_later_joins(nlp: Language) -> None:
    """A later "Israel Katz also attended", told after the meeting, adds him to it."""
    text = "Steve Witkoff met Benjamin Netanyahu in Jerusalem on Wednesday. The meeting lasted"
    meeting = only(nlp, text + " nearly three hours. Israel Katz also took part.")
    assert meeting["participants"] == {"Steve Witkoff", "Benjamin Netanyahu", "Israel Katz"}
    meeting = only(nlp, text + " long. Israel Katz was also present.")
    assert "Israel Katz" in meeting["participants"]
    # what he attended is named: another thing
    meeting = only(nlp, text + " long. Israel Katz also attended a football match.")
    assert meeting["participants"] == {"Steve Witkoff", "Benjamin Netanyahu"}


def test_a_call_has_no_place_from_what_was_discussed(nlp: Language) -> None:
    """A call "in which the two leaders discussed the situation in Gaza" was not in Gaza."""
    meeting = only(
        nlp,
        "The trip follows a phone call between President Donald Trump and Sisi last week, in "
        "which the two leaders discussed the humanitarian situation in Gaza, according to the "
        "Egyptian presidency.",
    )
    assert meeting["kind"] is MeetingKind.CALL
    assert meeting["location"] is None


def test_the_day_a_cancelled_meeting_had_been_scheduled_for(nlp: Language) -> None:
    """A meeting "that had been scheduled for Thursday" and is cancelled is dated then."""
    meeting = only(
        nlp,
        "A meeting between Trump and the Congressional Hispanic Caucus that had been "
        "scheduled for Thursday was cancelled.",
    )
    assert meeting["status"] is MeetingStatus.CANCELLED
    assert (meeting["date"], meeting["date_text"]) == ("2024-06-13", "Thursday")
    # "planned for Monday" hung on those met as a participle
    meeting = only(nlp, "A meeting with Muslim scholars planned for Monday was called off.")
    assert (meeting["date"], meeting["date_text"]) == ("2024-06-17", "Monday")


def test_the_place_may_hang_on_the_last_one_met(nlp: Language) -> None:
    """In "met A and B at Parliament House" the parser hangs the place on B."""
    meeting = only(
        nlp,
        "On Wednesday, the delegation met Queensland Premier David Crisafulli and Brisbane "
        "Lord Mayor Adrian Schrinner at Parliament House.",
    )
    assert meeting["location"] is not None
    assert meeting["location"][0] == "Parliament House"


def test_people_named_after_their_department_are_met(nlp: Language) -> None:
    """Who "met with Department of Public Works director Sam Hartley" met Hartley."""
    meeting = only(
        nlp,
        "Donnelly met with Department of Public Works director Sam Hartley and police chief "
        "Maria Vasquez at City Hall on Monday.",
    )
    assert meeting["participants"] == {"Donnelly", "Sam Hartley", "Maria Vasquez"}


def test_its_own_meeting_is_not_the_one_told_before(nlp: Language) -> None:
    """A board that "will take up the contract at its monthly meeting" meets on its own."""
    found = meetings_in(
        nlp,
        "Union members will vote on the deal at a ratification meeting scheduled for next "
        "Sunday at the union hall. The SEPTA board will take up the contract at its monthly "
        "meeting later this month.",
    )
    assert [m["participants"] for m in found] == [{"Union members"}, {"SEPTA"}]


def test_where_she_plans_to_meet_someone_is_a_meeting_of_two(nlp: Language) -> None:
    """The ministers of "a meeting of ministers, where she plans to meet Haddad" meet apart."""
    found = meetings_in(
        nlp,
        "Treasury Secretary Janet Yellen is expected to travel to Rio de Janeiro in July for a "
        "meeting of G20 finance ministers, where she plans to meet with Brazilian Finance "
        "Minister Fernando Haddad.",
    )
    assert [m["participants"] for m in found] == [
        {"G20 finance ministers", "Janet Yellen"},
        {"Janet Yellen", "Fernando Haddad"},
    ]


def test_the_two_leaders_are_those_who_just_met(nlp: Language) -> None:
    """Who "agreed to meet again" as "the two leaders" are the two who just held talks."""
    found = meetings_in(
        nlp,
        "Carney and Sheinbaum held talks in Mexico City on Thursday. U.S. President Donald "
        "Trump has said he may seek to renegotiate the trade deal. The two leaders agreed to "
        "meet again in Ottawa next year.",
    )
    assert [m["participants"] for m in found] == [{"Carney", "Sheinbaum"}] * 2


def test_dropped_meetings_and_meetings_no_one_will_hold(nlp: Language) -> None:
    """A meeting "dropped from the schedule" is cancelled; some clauses hold no meeting.

    "neither country would negotiate", "whether Wang would visit Munich".
    """
    meeting = only(nlp, "A meeting with Muslim scholars planned for Monday was dropped.")
    assert meeting["status"] is MeetingStatus.CANCELLED
    meeting = only(nlp, "He dropped in on the meeting of ministers.")
    assert meeting["status"] is MeetingStatus.OCCURRED
    for text in (
        "Carney said neither country would negotiate with Washington.",
        "The embassy did not comment on whether Wang would also visit Munich.",
    ):
        assert meetings_in(nlp, text) == [], text


def test_travel_named_a_visit_needs_a_place(nlp: Language) -> None:
    """Travel called "his first visit" with no place nor host to go to is no visit."""
    assert (
        meetings_in(nlp, "Trump will go to court on Monday, his first visit since the trial.") == []
    )
    visit = only(
        nlp,
        "Antony Blinken is scheduled to travel to Israel on Monday, his fifth visit to the "
        "region since October.",
    )
    assert visit["participants"] == {"Antony Blinken", "Israel"}
    assert visit["host"] == "Israel"
    assert visit["status"] is MeetingStatus.PLANNED
    assert visit["date_text"] == "Monday"


def test_place_named_by_nation_and_town(nlp: Language) -> None:
    """A town a nation or a name singles out is a place; "the city" alone is not."""
    capital = only(nlp, "Blinken met Wang Yi in the Chinese capital on Monday.")
    assert capital["location"] == ("Chinese capital", "CHN")
    city = only(nlp, "Zelensky met Blinken in the Saudi city of Jeddah earlier this month.")
    assert city["location"] == ("Jeddah", "SAU")
    unnamed = only(nlp, "Biden met Trudeau in the city on Monday.")
    assert unnamed["location"] is None


def test_were_to_meet_is_planned(nlp: Language) -> None:
    """People who "were to meet" had a meeting planned, which a postponement keeps planned."""
    meeting = only(
        nlp,
        "Macron and Scholz were to meet in Paris on Friday but the meeting was postponed.",
    )
    assert meeting["participants"] == {"Macron", "Scholz"}
    assert meeting["location"] == ("Paris", "FRA")
    assert meeting["status"] is MeetingStatus.PLANNED


def test_departed_for_a_city_for_a_summit(nlp: Language) -> None:
    """Someone who "departed for Hiroshima" for a summit attends it there."""
    summit = only(nlp, "Joe Biden departed for Hiroshima on Wednesday for the G7 summit.")
    assert summit["kind"] is MeetingKind.SUMMIT
    assert "Joe Biden" in summit["participants"]
    assert summit["location"] == ("Hiroshima", "JPN")
    assert summit["date_text"] == "Wednesday"


def test_progressive_with_a_coming_day_is_planned(nlp: Language) -> None:
    """Someone "is hosting" guests "on Friday": planned for the coming Friday."""
    meeting = only(nlp, "Scholz is hosting Macron and Tusk in Berlin on Friday.")
    assert meeting["host"] == "Scholz"
    assert meeting["status"] is MeetingStatus.PLANNED
    assert (meeting["date"], meeting["date_text"]) == ("2024-06-14", "Friday")


def test_time_clause_of_the_future_is_planned(nlp: Language) -> None:
    """A time clause of the future is in the present: "When Obama meets them, he will"."""
    meeting = only(
        nlp,
        "When President Barack Obama meets with other leaders of the Americas, he will "
        "encounter a charged environment.",
    )
    assert meeting["status"] is MeetingStatus.PLANNED


def test_present_with_a_weekday_and_no_document_date_is_planned(nlp: Language) -> None:
    """With no document date, "meet in Vienna Monday" is still ahead; a past date is not."""
    document = annotate(
        "Representatives of Iran and the six world powers meet in Vienna Monday.", pipeline=nlp
    )
    (meeting,) = document.meetings
    assert meeting.status is MeetingStatus.PLANNED
    caption = annotate("Obama meets with Putin in Beijing, Nov. 10, 2014.", pipeline=nlp)
    (meeting,) = caption.meetings
    assert meeting.status is MeetingStatus.OCCURRED


def test_calls_between_the_same_people_are_one_call(nlp: Language) -> None:
    """A call told again in a caption is the same call; one on another day is another."""
    (call,) = meetings_in(
        nlp,
        "In a much anticipated call, Trump also spoke with Russian President Vladimir Putin.\n\n"
        "U.S. President Donald Trump speaks by phone with Russia's President Vladimir Putin "
        "in the Oval Office.",
    )
    assert call["kind"] is MeetingKind.CALL
    assert call["participants"] == {"Donald Trump", "Vladimir Putin"}
    assert call["location"] == ("Oval Office", "USA")
    two = meetings_in(
        nlp,
        "Trump spoke with Putin by phone on Monday. On Thursday, Trump spoke with Putin by "
        "phone again.",
    )
    assert [call["date_text"] for call in two] == ["Monday", "Thursday"]


def test_present_perfect_progressive_is_ongoing(nlp: Language) -> None:
    """Talks someone "has been conducting" go on; ones they "had been" holding are over."""
    ongoing = only(nlp, "Davutoglu has been conducting negotiations with the opposition parties.")
    assert ongoing["status"] is MeetingStatus.ONGOING
    over = only(nlp, "Kerry had been meeting with Lavrov for hours.")
    assert over["status"] is MeetingStatus.OCCURRED


@pytest.mark.parametrize(
    "text",
    [
        "Xi Jinping met visiting Belarusian President Alexander Lukashenko in Beijing.",
        "Xi Jinping held talks with visiting Belarusian President Alexander Lukashenko.",
    ],
)
def test_who_meets_a_visiting_guest_hosts(nlp: Language, text: str) -> None:
    """The one who meets or holds talks with a "visiting" guest is the host."""
    meeting = only(nlp, text)
    assert meeting["participants"] == {"Xi Jinping", "Alexander Lukashenko"}
    assert meeting["host"] == "Xi Jinping"
    unhosted = only(nlp, "Kerry met Lavrov in Geneva on Monday.")
    assert unhosted["host"] is None


def test_meeting_told_again_on_the_same_day_is_one_meeting(nlp: Language) -> None:
    """The same two people meeting on the same day, told in two sentences, meet once."""
    (meeting,) = meetings_in(
        nlp, "Biden met Xi in Lima on Saturday. Biden and Xi met on Saturday for two hours."
    )
    assert meeting["participants"] == {"Biden", "Xi"}
    two = meetings_in(nlp, "Biden met Xi on Monday. On Friday, Biden met Xi again in Lima.")
    assert [m["date_text"] for m in two] == ["Monday", "Friday"]


def test_meeting_not_planned_is_no_meeting(nlp: Language) -> None:
    """A meeting that "is not planned" is none; one "not expected to produce a deal" is."""
    assert meetings_in(nlp, "A meeting between Biden and Xi is not planned.") == []
    meeting = only(nlp, "A meeting between Biden and Xi is not expected to produce a breakthrough.")
    assert meeting["participants"] == {"Biden", "Xi"}


def test_arrival_city_is_where_the_country_is_visited(nlp: Language) -> None:
    """Arriving in a city for (or on) a visit to its country: the city is the place."""
    visit = only(
        nlp,
        "German Foreign Minister Annalena Baerbock arrived in Kyiv on Monday, her fourth "
        "visit to Ukraine since the war began.",
    )
    assert visit["participants"] == {"Annalena Baerbock", "Ukraine"}
    assert visit["host"] == "Ukraine"
    assert visit["location"] == ("Kyiv", "UKR")
    assert visit["date_text"] == "Monday"
    state = only(nlp, "Xi Jinping arrived in Paris on Sunday for a two-day state visit to France.")
    assert state["host"] == "France"
    assert state["location"] == ("Paris", "FRA")


def test_meeting_on_the_agenda(nlp: Language) -> None:
    """A meeting "on the agenda" is planned; one "not on the agenda" is none."""
    meeting = only(nlp, "A meeting between Putin and Zelensky is on the cards for next month.")
    assert meeting["status"] is MeetingStatus.PLANNED
    assert meeting["date_text"] == "next month"
    assert (
        meetings_in(nlp, "Peskov said a meeting between Putin and Zelensky was not on the agenda.")
        == []
    )


def test_one_person_called_another(nlp: Language) -> None:
    """One person who called another on a day had a call; calling someone weak is none."""
    call = only(nlp, "Biden called Netanyahu on Sunday to urge restraint.")
    assert call["kind"] is MeetingKind.CALL
    assert call["participants"] == {"Biden", "Netanyahu"}
    assert (call["date"], call["date_text"]) == ("2024-06-09", "Sunday")
    for text in (
        "Trump called Biden weak.",
        "Biden called Netanyahu a friend.",
        "The judge called Cohen to the stand.",
    ):
        assert meetings_in(nlp, text) == [], text


@pytest.mark.parametrize(
    "text",
    [
        # the parser reads the one called as what someone is "called"...
        "Senate Republicans elected Sen. John Thune as their leader, over a candidate backed "
        "by allies of President-elect Donald Trump. A senior Republican aide said Thune had "
        "called Trump on Tuesday night.",
        # ... and the whole as a name: "[John Thune called Donald Trump]"
        "John Thune called Donald Trump on Tuesday.",
    ],
)
def test_callee_the_parser_read_as_a_name(nlp: Language, text: str) -> None:
    """'Thune called Donald Trump on Tuesday' is a call, however the parser read "called"."""
    calls = [m for m in meetings_in(nlp, text) if m["kind"] is MeetingKind.CALL]
    assert [m["participants"] for m in calls] == [{"John Thune", "Donald Trump"}]


def test_met_two_in_separate_meetings(nlp: Language) -> None:
    """Someone who met two people "in separate meetings" had one meeting with each."""
    found = meetings_in(nlp, "Blinken met Netanyahu and Gallant on Monday in separate meetings.")
    assert [meeting["participants"] for meeting in found] == [
        {"Blinken", "Netanyahu"},
        {"Blinken", "Gallant"},
    ]


def test_in_talks_with(nlp: Language) -> None:
    """Who a headline or a phrase puts "in talks with" someone takes part; now."""
    talks = only(nlp, "Britain in talks with France over migrant boats.")
    assert talks["participants"] == {"United Kingdom", "France"}
    assert talks["status"] is MeetingStatus.ONGOING
    officials = only(nlp, "Officials in talks with Hamas said progress was slow.")
    assert officials["participants"] == {"officials", "Hamas"}


def topic_labels(nlp: Language, text: str) -> list[list[str]]:
    """Annotate ``text`` and return the topic labels of each meeting."""
    document = annotate(text, date=DATE, pipeline=nlp)
    labels = {topic.id: topic.label for topic in document.topics}
    return [[labels[topic] for topic in meeting.topics] for meeting in document.meetings]


def test_reported_discussion_after_meeting_gives_topics(nlp: Language) -> None:
    """'The two leaders discussed X, officials said' after a meeting gives it X as topics."""
    text = (
        "Chancellor Karl Brandt met Prime Minister Ines Moreau in Vienna on Monday. "
        "The two leaders discussed trade and migration, officials said."
    )
    assert topic_labels(nlp, text) == [["trade", "migration"]]


def test_they_discussed_needs_two_who_met(nlp: Language) -> None:
    """'They discussed' after a meeting with one known participant is about someone else."""
    text = (
        "President Ivan Sokolov chaired a meeting in the capital on Monday. "
        "They discussed trade and migration."
    )
    assert topic_labels(nlp, text) == [[]]


def test_to_of_a_verb_that_moves_nothing_is_no_place(nlp: Language) -> None:
    """'During the talks, X will raise the deployment of police to Haiti': no place."""
    found = meetings_in(
        nlp,
        "Chancellor Karl Brandt met Prime Minister Ines Moreau on Monday. During the talks, "
        "Brandt raised the deployment of European police officers to Haiti, an aide said.",
    )
    assert found
    assert all(meeting["location"] is None for meeting in found)


def test_to_of_a_travel_verb_is_the_place(nlp: Language) -> None:
    """'will fly to Berlin on Monday to meet X': Berlin is where they meet."""
    found = only(nlp, "President Ines Moreau will fly to Berlin on Monday to meet Karl Brandt.")
    assert found["location"] == ("Berlin", "DEU")


def test_expected_to_discuss_after_meeting_gives_topics(nlp: Language) -> None:
    """'The two leaders are expected to discuss X, a spokesman said' gives the meeting X."""
    text = (
        "Chancellor Karl Brandt will host Prime Minister Ines Moreau in Vienna next week. "
        "The two leaders are expected to discuss trade and migration, a spokesman said."
    )
    assert topic_labels(nlp, text) == [["trade", "migration"]]


def test_the_visit_prepared_for_is_the_visit_told_before(nlp: Language) -> None:
    """'held talks ... to prepare for the visit' refers back; who prepares is no visitor."""
    found = meetings_in(
        nlp,
        "Chancellor Karl Brandt will host Prime Minister Ines Moreau in Vienna next week "
        "for a state visit. Foreign Minister Tomas Lind held talks with Anna Berg in "
        "Vienna on Monday to prepare for the visit.",
    )
    visits = [m for m in found if m["kind"] is MeetingKind.VISIT]
    assert len(visits) == 1
    assert visits[0]["participants"] == {"Karl Brandt", "Ines Moreau"}


# -- headlines and misread names ---------------------------------------------------------------


def test_headline_names_joined_by_a_comma_and_told_again_are_one_meeting(nlp: Language) -> None:
    """'Modi, Albanese hold talks' over the story's talks: one meeting, with the story's date."""
    (meeting,) = meetings_in(
        nlp,
        "Modi, Albanese hold talks in Sydney on trade\n\n"
        "SYDNEY - Indian Prime Minister Narendra Modi and his Australian counterpart Anthony "
        "Albanese held talks in Sydney on Wednesday, agreeing to speed up work on a trade deal.",
    )
    assert meeting["participants"] == {"Narendra Modi", "Anthony Albanese"}
    assert meeting["trigger"] == "talks"
    assert meeting["location"] == ("Sydney", "AUS")
    assert meeting["date_text"] == "Wednesday"


@pytest.mark.parametrize(
    ("text", "participants", "status"),
    [
        (  # a party named otherwise: "angry residents", "residents"
            "Mayor meets angry residents over tower plan\n\n"
            "Mayor Andy Burnham met residents of Ancoats on Monday evening.",
            {"Andy Burnham", "residents"},
            MeetingStatus.OCCURRED,
        ),
        (  # a headline's present for a meeting to come
            "IOC board meets in Lausanne\n\n"
            "The IOC executive board will meet in Lausanne from Wednesday to Friday.",
            {"IOC"},
            MeetingStatus.PLANNED,
        ),
        (  # a party the story does not name again stays
            "Congo resumes peace talks with rebels in Doha\n\n"
            "Congo's government and the M23 rebel group resumed talks in Doha on Saturday.",
            {"Congo's government", "rebels", "M23"},  # the M23, an organisation, takes part
            MeetingStatus.OCCURRED,
        ),
    ],
)
def test_headline_meeting_told_again_in_other_words(
    nlp: Language, text: str, participants: set[str], status: MeetingStatus
) -> None:
    """The lead's meeting that names a party of the headline's is the headline's meeting."""
    (meeting,) = meetings_in(nlp, text)
    assert (meeting["participants"], meeting["status"]) == (participants, status)


@pytest.mark.parametrize("byline", ["By Hyonhee Shin and Joyce Lee\n\n", ""])
def test_headline_meeting_told_again_after_a_byline(nlp: Language, byline: str) -> None:
    """A byline between the headline and the lead is no sentence of the story."""
    (meeting,) = meetings_in(
        nlp,
        "Yoon meets ruling party leaders amid crisis\n\n"
        f"{byline}SEOUL, June 10 (Reuters) - South Korean President Yoon Suk Yeol met leaders of "
        "his ruling People Power Party on Monday.",
    )
    assert meeting["trigger"] == "met"
    assert meeting["date"] == "2024-06-10"


def test_headline_meeting_of_others_stays_its_own(nlp: Language) -> None:
    """A headline meeting the story's first meeting does not retell stays a meeting."""
    found = meetings_in(
        nlp,
        "Biden meets Xi in Bali\n\n"
        "Japanese Prime Minister Fumio Kishida met Australian Prime Minister Anthony Albanese "
        "in Tokyo on Monday.",
    )
    assert [m["participants"] for m in found] == [
        {"Biden", "Xi"},
        {"Fumio Kishida", "Anthony Albanese"},
    ]


@pytest.mark.parametrize(
    ("text", "participants"),
    [
        (  # the parser hangs "Sunak" on a part of the second name
            "Rishi Sunak and Ursula von der Leyen sealed a deal on Monday after a meeting at a "
            "hotel in Windsor.",
            {"Rishi Sunak", "Ursula von der Leyen"},
        ),
        (  # "weeks of talks" reads as "talks"
            "Foreign Secretary James Cleverly had held weeks of talks with European Commission "
            "Vice-President Maros Sefcovic to prepare the agreement.",
            {"James Cleverly", "Maros Sefcovic"},
        ),
        (  # the parser reads "[al-Sisi and Jordan]'s King Abdullah II"
            "Iraqi Prime Minister Mohammed Shia al-Sudani received Egyptian President Abdel "
            "Fattah al-Sisi and Jordan's King Abdullah II at Baghdad airport.",
            {"Mohammed Shia al-Sudani", "Abdel Fattah al-Sisi", "Abdullah II"},
        ),
    ],
)
def test_who_acts_around_a_meeting_the_parser_misreads_takes_part(
    nlp: Language, text: str, participants: set[str]
) -> None:
    """'A and B sealed a deal after a meeting', 'held weeks of talks with X': all of them met."""
    assert only(nlp, text)["participants"] == participants


def test_group_of_20_summit_is_a_summit_of_the_group(nlp: Language) -> None:
    """'for the Group of 20 summit': the name is whole and the summit is found."""
    meeting = only(
        nlp,
        "Anthony Albanese signed the agreement. He will travel to New Delhi later this year "
        "for the Group of 20 summit, his office said.",
    )
    assert meeting["kind"] is MeetingKind.SUMMIT
    assert meeting["participants"] == {"Group of 20", "Anthony Albanese"}
    assert meeting["status"] is MeetingStatus.PLANNED
    assert meeting["location"] == ("New Delhi", "IND")


def test_the_two_discussed_read_as_an_adjective_still_gives_topics(nlp: Language) -> None:
    """'The two discussed efforts to reach a ceasefire': the parser's adjective is the verb."""
    document = annotate(
        "Egyptian President Abdel Fattah al-Sisi received Blinken in Cairo on Tuesday. "
        "The two discussed efforts to reach a ceasefire in Gaza.",
        date=DATE,
        pipeline=nlp,
    )
    (meeting,) = document.meetings
    labels = {topic.id: topic.label for topic in document.topics}
    assert [labels[topic] for topic in meeting.topics] == ["ceasefire"]


def test_summits_in_one_city_are_one_summit_unless_of_other_bodies(nlp: Language) -> None:
    """A summit told twice in Brussels is one; a NATO and an EU summit there are two."""
    found = meetings_in(
        nlp,
        "Scholz hosted Macron in Potsdam on Monday before a European Union summit in Brussels "
        "later this week. EU leaders will gather in Brussels on Friday for a two-day summit.",
    )
    (summit,) = [m for m in found if m["kind"] is MeetingKind.SUMMIT]
    assert summit["kind"] is MeetingKind.SUMMIT
    assert summit["status"] is MeetingStatus.PLANNED
    # who met before it and will be there take part too
    assert summit["participants"] == {"European Union", "EU leaders", "Scholz", "Macron"}
    assert summit["date_text"] == "Friday"
    found = meetings_in(
        nlp,
        "NATO leaders will hold a NATO summit in Brussels on Friday. The European Union will "
        "hold an EU summit in Brussels on Friday.",
    )
    assert len([m for m in found if m["kind"] is MeetingKind.SUMMIT]) == 2


def test_what_is_done_before_a_summit_leaves_the_summit_ahead(nlp: Language) -> None:
    """'met on Monday ahead of the G7 summit': the summit is planned, the meeting held."""
    found = meetings_in(
        nlp, "Kishida met Biden in Tokyo on Monday ahead of the G7 summit in Hiroshima."
    )
    summit = next(m for m in found if m["kind"] is MeetingKind.SUMMIT)
    assert summit["status"] is MeetingStatus.PLANNED


def test_a_clause_joined_to_a_reporting_aside_keeps_the_first_subject(nlp: Language) -> None:
    """'Macron held a call with Xi, the Elysee said, and is due to travel': Macron travels."""
    found = meetings_in(
        nlp,
        "Macron held a video call with Chinese President Xi Jinping last week, the Elysee said, "
        "and is due to travel to China in April for a state visit.",
    )
    visit = next(m for m in found if m["kind"] is MeetingKind.VISIT)
    assert visit["participants"] == {"Macron", "China"}
    assert visit["host"] == "China"


def test_a_call_received_from_someone_has_both_ends(nlp: Language) -> None:
    """'received a call from Macron', 'took a call from Netanyahu': a call between the two."""
    meeting = only(
        nlp,
        "Spanish Prime Minister Pedro Sanchez received a call from French President Emmanuel "
        "Macron on Monday.",
    )
    assert meeting["kind"] is MeetingKind.CALL
    assert meeting["participants"] == {"Pedro Sanchez", "Emmanuel Macron"}
    assert meeting["host"] is None
    assert meetings_in(nlp, "Biden made a call for restraint.") == []


def test_a_visit_received_from_someone_is_hosted_by_the_receiver(nlp: Language) -> None:
    """'Xi received a visit from Lula in Beijing': Lula visits, Xi hosts."""
    meeting = only(
        nlp,
        "Chinese President Xi Jinping received a visit from Brazilian President Luiz Inacio "
        "Lula da Silva in Beijing.",
    )
    assert meeting["kind"] is MeetingKind.VISIT
    assert meeting["participants"] == {"Xi Jinping", "Luiz Inacio Lula da Silva"}
    assert meeting["host"] == "Xi Jinping"


def test_caption_talks_with_after_a_position_are_the_named_persons_talks(nlp: Language) -> None:
    """'Kerry, left, talks with Lavrov during a meeting in Geneva': both, in Geneva."""
    meeting = only(
        nlp,
        "Secretary of State John Kerry, left, talks with Russian Foreign Minister Sergei "
        "Lavrov during a meeting in Geneva, Switzerland, Sept. 12, 2013.",
    )
    assert meeting["participants"] == {"John Kerry", "Sergei Lavrov"}
    assert meeting["location"] == ("Geneva", "CHE")


def test_who_did_not_meet_during_a_visit_takes_no_part_in_it(nlp: Language) -> None:
    """'Pezeshkian did not meet Grossi during the visit': no visit between them."""
    found = meetings_in(
        nlp,
        "Rafael Grossi met Iranian Foreign Minister Abbas Araqchi in Tehran on Wednesday. "
        "Iranian President Masoud Pezeshkian did not meet Grossi during the visit.",
    )
    assert [m["participants"] for m in found] == [{"Rafael Grossi", "Abbas Araqchi"}]
    # what is refused during a meeting does not undo it
    call = only(nlp, "In a call with Biden, Netanyahu rejected a ceasefire.")
    assert call["participants"] == {"Biden", "Netanyahu"}


@pytest.mark.parametrize(
    "text",
    [
        "Mayor Andy Burnham said he would meet the chief constable on Monday to discuss safety.",
        "Andy Burnham will meet the detective superintendent on Monday.",
    ],
)
def test_meeting_with_someone_named_only_by_title(nlp: Language, text: str) -> None:
    """A title alone ("the chief constable") is someone to meet; the date is the meeting's."""
    meeting = only(nlp, text)
    assert meeting["participants"] == {"Andy Burnham"}
    assert meeting["status"] is MeetingStatus.PLANNED
    assert meeting["date_text"] == "Monday"


def test_date_hung_on_the_subject_of_the_meeting(nlp: Language) -> None:
    """'a conference on a two-state solution on Monday': Monday is when the conference is."""
    meeting = only(
        nlp, "France and Saudi Arabia will host a conference on a two-state solution on Monday."
    )
    assert meeting["kind"] is MeetingKind.SUMMIT
    assert meeting["date_text"] == "Monday"
    assert meeting["status"] is MeetingStatus.PLANNED


def test_meeting_in_a_gerund_after_before_takes_the_time_of_its_clause(nlp: Language) -> None:
    """'is expected to meet ... before flying to Addis Ababa for a summit': still ahead."""
    meeting, summit = meetings_in(
        nlp,
        "Hassan Sheikh Mohamud is expected to meet Kenyan business leaders before flying to "
        "Addis Ababa on Friday for an African Union summit.",
    )
    assert meeting["status"] is MeetingStatus.PLANNED
    assert summit["kind"] is MeetingKind.SUMMIT
    assert summit["status"] is MeetingStatus.PLANNED
    assert str(summit["date"]) == "2024-06-14"  # the Friday after the document's Wednesday


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Joe Biden opened the NATO summit in Washington.", MeetingStatus.OCCURRED),
        ("Iran is open to talks with the United States.", MeetingStatus.PLANNED),
    ],
)
def test_opening_a_meeting_is_not_wishing_for_it(
    nlp: Language, text: str, status: MeetingStatus
) -> None:
    """'opened the summit' began it; 'open to talks' only wishes for them."""
    assert only(nlp, text)["status"] is status


def test_a_summit_told_again_without_a_city_is_one_summit(nlp: Language) -> None:
    """'opened the summit ... his first NATO summit': one summit; the EU's and NATO's: two."""
    found = meetings_in(
        nlp,
        "Joe Biden opened the summit on Wednesday. British Prime Minister Keir Starmer was "
        "attending his first NATO summit.",
    )
    assert [m["kind"] for m in found] == [MeetingKind.SUMMIT]
    assert {"Joe Biden", "Keir Starmer"} <= found[0]["participants"]
    found = meetings_in(
        nlp,
        "Olaf Scholz attended the European Union summit on Monday. Keir Starmer was "
        "attending his first NATO summit.",
    )
    assert [m["kind"] for m in found] == [MeetingKind.SUMMIT, MeetingKind.SUMMIT]


_TWO_MEETINGS = (
    "Chinese Foreign Minister Wang Yi met Russian Foreign Minister Sergei Lavrov in Moscow on "
    "Monday, days before he is due to travel to Washington for talks with U.S. Secretary of "
    "State Antony Blinken.\n\nDuring the meeting, which lasted more than three hours, the two "
    "ministers discussed the war in Ukraine, the Chinese foreign ministry said.\n\nLavrov "
    "told Wang that Moscow valued Beijing's position.\n\nThe Washington talks, scheduled for "
    "Thursday, will be the first since April. U.S. officials said Blinken would raise "
    "the fentanyl trade."
)


def test_a_meeting_held_and_talks_to_come_told_together(nlp: Language) -> None:
    """'met Lavrov on Monday, days before talks with Blinken': each mention to its own."""
    held, ahead = meetings_in(nlp, _TWO_MEETINGS)
    # "the two ministers" who held "the meeting" are the two with that title
    assert held["participants"] == {"Wang Yi", "Sergei Lavrov"}
    assert held["date_text"] == "Monday"  # the model ran the date on to "Monday, days"
    assert "war" in held["topics"]
    # "The Washington talks" (a city, not a party) are the talks with Blinken
    assert ahead["participants"] == {"Wang Yi", "Antony Blinken"}  # not Lavrov, who told
    assert ahead["status"] is MeetingStatus.PLANNED
    assert ahead["date_text"] == "Thursday"
    assert "drug trafficking" in ahead["topics"]  # "would raise the fentanyl trade"


def test_a_meeting_not_ruled_out_is_planned(nlp: Language) -> None:
    """'A meeting with Biden has not been ruled out': not held, but possible."""
    meeting = only(nlp, "A meeting between Wang Yi and Joe Biden has not been ruled out.")
    assert meeting["status"] is MeetingStatus.PLANNED


@pytest.mark.parametrize(
    "text",
    [
        "Joe Biden said on Monday that he would meet Xi Jinping.",
        "Dmitry Peskov told reporters in Moscow that Vladimir Putin would meet Xi Jinping.",
    ],
)
def test_when_and_where_it_was_reported_is_not_the_meetings(nlp: Language, text: str) -> None:
    """'said on Monday that he would meet', 'told reporters in Moscow that': the report's."""
    meeting = only(nlp, text)
    assert meeting["date_text"] is None
    assert meeting["location"] is None


def test_discussed_joined_to_the_report_of_a_meeting(nlp: Language) -> None:
    """'held meetings with X and Y, his office said, and discussed Z': those who met did."""
    found = meetings_in(
        nlp,
        "In Washington, Secretary of State Marco Rubio said the war must end.\n\nZelenskyy "
        "held separate meetings with Carney and Frederiksen, his office said, and discussed "
        "air defence and energy infrastructure.",
    )
    assert len(found) == 2
    assert all("infrastructure" in meeting["topics"] for meeting in found)


def test_headline_infinitive_is_planned(nlp: Language) -> None:
    """'Biden to meet Xi in San Francisco' (a headline) says Biden will meet Xi."""
    meeting = only(nlp, "Biden to meet Xi in San Francisco\n\nThe two leaders will discuss trade.")
    assert meeting["status"] is MeetingStatus.PLANNED
    assert meeting["participants"] == {"Biden", "Xi"}


def test_day_of_an_evening(nlp: Language) -> None:
    """'on Tuesday evening': the model tags "Tuesday" a date of the time "evening"."""
    meeting = only(
        nlp,
        "President Donald Trump met with Republican leaders at the White House on Tuesday "
        "evening but did not invite Democrats.",
    )
    assert meeting["date_text"] == "Tuesday"
    assert str(meeting["date"]) == "2024-06-11"  # the Tuesday before the Wednesday


def test_the_day_a_meeting_was_reported_is_not_its_date(nlp: Language) -> None:
    """'Bloomberg first reported the talks on Monday': Monday is the report's."""
    meeting = only(
        nlp, "Bloomberg News first reported the talks between Apple and Google on Monday."
    )
    assert meeting["date_text"] is None


def test_planned_meeting_told_again_without_a_day_is_one(nlp: Language) -> None:
    """Two undated mentions of a planned meeting between the same two people are one."""
    found = meetings_in(
        nlp,
        "David Cameron will hold talks with Abdel Fattah el-Sissi. Egypt has denied the "
        "claims.\n\nMarkets fell.\n\nAbdel Fattah el-Sissi will also meet with David Cameron.",
    )
    assert len(found) == 1
    assert found[0]["participants"] == {"David Cameron", "Abdel Fattah el-Sissi"}


# -- who acts between two mentions ----------------------------------------------------------


def test_when_groups_met_only_their_members_join_from_between_the_mentions(
    nlp: Language,
) -> None:
    """'agriculture ministers met': the minister quoted next joins; a farmer outside does not."""
    found = meetings_in(
        nlp,
        "Hundreds of farmers drove tractors into Brussels on Thursday as agriculture ministers "
        "met to discuss environmental rules. \u201cWe feed Europe,\u201d said Jan de Vries, a "
        "dairy farmer from Friesland. Inside the meeting, Belgian agriculture minister David "
        "Clarinval said the ministers had agreed to simplify reporting requirements.",
    )
    assert [m["participants"] for m in found] == [{"agriculture ministers", "David Clarinval"}]


def test_a_visit_for_talks_with_a_group(nlp: Language) -> None:
    """'visit Cairo for talks with Egyptian mediators': the mediators take part."""
    meeting = only(
        nlp,
        "Hamas leader Ismail Haniyeh is expected to visit Cairo later this week for talks "
        "with Egyptian mediators.",
    )
    assert meeting["participants"] == {"Ismail Haniyeh", "Egyptian mediators"}
    assert meeting["status"] is MeetingStatus.PLANNED


def test_the_leaders_after_two_named_are_those_two(nlp: Language) -> None:
    """'Biden welcomed Kishida ... The leaders held talks': the two of them talked.

    The talks the two held right after the welcome are the meeting the welcome began.
    """
    meeting = only(
        nlp,
        "President Joe Biden welcomed Japanese Prime Minister Fumio Kishida to the White "
        "House on Wednesday. The leaders held talks in the Oval Office for two hours.",
    )
    assert meeting["trigger"] == "welcomed"
    assert meeting["participants"] == {"Joe Biden", "Fumio Kishida"}


def test_the_leaders_after_a_group_of_leaders_are_that_group(nlp: Language) -> None:
    """'EU leaders gathered ... The leaders held talks': the EU leaders, not two named."""
    found = meetings_in(
        nlp,
        "EU leaders gathered in Brussels. Emmanuel Macron met Olaf Scholz. The leaders held "
        "talks on Ukraine.",
    )
    assert found[-1]["participants"] == {"EU leaders"}


def test_joining_two_for_a_summit_and_addressing_a_meeting_to_come(nlp: Language) -> None:
    """'will join Biden and Kishida for a summit': all three; 'will address a meeting': ahead."""
    summit = only(
        nlp,
        "Philippine President Ferdinand Marcos Jr. will join Joe Biden and Fumio Kishida for "
        "a trilateral summit on Thursday.",
    )
    assert summit["participants"] == {"Ferdinand Marcos Jr.", "Joe Biden", "Fumio Kishida"}
    address = only(nlp, "On Thursday, Kishida will address a joint meeting of Congress.")
    assert address["status"] is MeetingStatus.PLANNED


def test_day_of_a_night(nlp: Language) -> None:
    """'on Saturday night': the model tags the whole a time; its weekday dates the call."""
    call = only(nlp, "President Joe Biden spoke with Donald Trump by phone on Saturday night.")
    assert (str(call["date"]), call["date_text"]) == ("2024-06-08", "Saturday")


def test_talks_with_a_visiting_guest_read_as_a_verb(nlp: Language) -> None:
    """'held talks with visiting President Emmanuel Macron', "visiting" parsed as a verb."""
    meeting = only(nlp, "Xi Jinping held talks with visiting President Emmanuel Macron.")
    assert (meeting["participants"], meeting["host"]) == (
        {"Xi Jinping", "Emmanuel Macron"},
        "Xi Jinping",
    )


def test_guest_named_with_demonym_title_and_hyphenated_name(nlp: Language) -> None:
    """'visiting Kazakh President Kassym-Jomart Tokayev', tagged as one organisation."""
    document = annotate(
        "Xi Jinping held talks with visiting Kazakh President Kassym-Jomart Tokayev on "
        "Wednesday. Tokayev said Kazakhstan adheres to the one-China principle.",
        date=DATE,
        pipeline=nlp,
    )
    (tokayev,) = [actor for actor in document.actors if "Tokayev" in actor.name]
    assert (tokayev.name, tokayev.kind, tokayev.country) == (
        "Kassym-Jomart Tokayev",
        ActorKind.PERSON,
        "KAZ",
    )
    (talks,) = document.meetings
    assert set(talks.participants) == {tokayev.id, document.actors[0].id}


@pytest.mark.parametrize(
    ("text", "location"),
    [
        # the parser hangs the place on the name split off "her Turkish counterpart"
        (
            "Annalena Baerbock met her Turkish counterpart Hakan Fidan in Brussels on Tuesday.",
            ("Brussels", "BEL"),
        ),
        # ... or on "visiting", read as a verb
        (
            "Wang Yi held talks with visiting Ukrainian Foreign Minister Dmytro Kuleba in "
            "Guangzhou on Wednesday.",
            ("Guangzhou", "CHN"),
        ),
    ],
)
def test_place_hung_on_the_one_met(nlp: Language, text: str, location: tuple[str, str]) -> None:
    """Where the parser hangs the place on the person met, it is still the meeting's."""
    assert only(nlp, text)["location"] == location


def test_in_talks_reported_and_a_caption_date_after_a_title(nlp: Language) -> None:
    """'is in talks with X, the company said' goes on; a caption's date after a titled name."""
    talks = only(nlp, "Meridian Health is in talks with CareBridge Inc, the company said.")
    assert talks["status"] is MeetingStatus.ONGOING
    caption = only(
        nlp, "FILE - Benjamin Netanyahu meets Secretary of State Antony Blinken, May 3, 2023."
    )
    assert str(caption["date"]) == "2023-05-03"


def test_calling_a_group(nlp: Language) -> None:
    """'Harris called Democratic senators on Sunday' is a call with the group."""
    call = only(nlp, "Kamala Harris called Democratic senators on Sunday.")
    assert (call["kind"], call["participants"]) == (
        MeetingKind.CALL,
        {"Kamala Harris", "Democratic senators"},
    )
    assert meetings_in(nlp, "Kamala Harris called the protesters terrorists.") == []


def test_the_summit_attended_is_the_one_hosted_in_a_city(nlp: Language) -> None:
    """'Modi hosted the G20 summit in New Delhi ... Biden and Sunak attended the summit': one."""
    summit = only(
        nlp,
        "Narendra Modi hosted the G20 summit in New Delhi on Sunday. Joe Biden and Rishi "
        "Sunak attended the summit.",
    )
    assert {"Narendra Modi", "Joe Biden", "Rishi Sunak"} <= summit["participants"]
    assert summit["location"] == ("New Delhi", "IND")


@pytest.mark.parametrize(
    ("text", "participants", "date"),
    [
        (
            "Biden and Xi will not meet as planned on Friday, the White House said.",
            {"Biden", "Xi"},
            "2024-06-14",
        ),
        (
            "A planned meeting between Biden and Xi will not take place on Friday.",
            {"Biden", "Xi"},
            "2024-06-14",
        ),
        (
            "The talks between Lavrov and Blinken did not go ahead as planned.",
            {"Lavrov", "Blinken"},
            None,
        ),
        (
            "Secretary of State Antony Blinken will no longer travel to Beijing to meet Wang Yi "
            "as scheduled.",
            {"Antony Blinken", "Wang Yi"},
            None,
        ),
    ],
)
def test_a_meeting_that_will_not_happen_as_set_is_cancelled(
    nlp: Language, text: str, participants: set[str], date: str | None
) -> None:
    """A meeting that "will not take place" or not "as planned" is cancelled, on its day."""
    meeting = only(nlp, text)
    assert meeting["participants"] == participants
    assert meeting["status"] is MeetingStatus.CANCELLED
    assert meeting["date"] == date


def test_a_meeting_not_held_is_none(nlp: Language) -> None:
    """Not meeting, with nothing set that is called off, is no meeting."""
    assert meetings_in(nlp, "Biden did not meet Xi on Friday.") == []


def test_place_of_a_where_clause_hung_on_the_main_verb(nlp: Language) -> None:
    """A "where" clause after "travel to Ankara" hung on the main verb: the talks are there."""
    talks = only(
        nlp,
        "German Foreign Minister Annalena Baerbock is due to travel to Ankara next month, "
        "where she will hold talks with Hakan Fidan.",
    )
    assert talks["participants"] == {"Annalena Baerbock", "Hakan Fidan"}
    assert talks["location"] == ("Ankara", "TUR")
    assert talks["status"] is MeetingStatus.PLANNED


def test_talks_to_merge_with_a_company_have_both_companies(nlp: Language) -> None:
    """Talks "to merge with X": X is the other side of the talks."""
    talks = only(nlp, "Meridian Foods is in talks to merge with CareBridge, the company said.")
    assert talks["participants"] == {"Meridian Foods", "CareBridge"}
    assert talks["status"] is MeetingStatus.ONGOING


def test_a_visit_for_a_summit_is_the_summit(nlp: Language) -> None:
    """A visit to New Delhi "for the G20 summit": the meeting told is the summit there."""
    summit = only(nlp, "Biden visited New Delhi on Saturday for the G20 summit.")
    assert summit["kind"] is MeetingKind.SUMMIT
    assert summit["trigger"] == "summit"
    assert summit["location"] == ("New Delhi", "IND")
    assert summit["date"] == "2024-06-08"


@pytest.mark.parametrize(
    ("second", "date"),
    [
        ("Later in the day, he held talks with Xi Jinping.", "2024-06-10"),
        ("Later that day he met Xi Jinping.", "2024-06-10"),
        ("The next day, he met Xi Jinping.", "2024-06-11"),
        ("Earlier in the day, he had met Xi Jinping.", "2024-06-10"),
    ],
)
def test_a_day_told_against_the_day_before(nlp: Language, second: str, date: str) -> None:
    """Phrases like "later in the day" and "the next day" count from the day told before."""
    first, other = meetings_in(nlp, f"Antony Blinken met Wang Yi in Beijing on Monday. {second}")
    assert first["date"] == "2024-06-10"
    assert other["participants"] == {"Antony Blinken", "Xi Jinping"}
    assert other["date"] == date


@pytest.mark.parametrize(
    ("text", "participants"),
    [
        # the talks held on the margins are the meeting, not a second one
        (
            "Macron and Trudeau held talks on Thursday evening on the margins of the gathering.",
            {"Macron", "Trudeau"},
        ),
        # "It will be the first meeting between ...": the talks told before, still ahead
        (
            "Brazilian President Lula will travel to Buenos Aires on July 18 for talks with "
            "Argentine President Javier Milei. It will be the first meeting between the two "
            "leaders.",
            {"Lula", "Javier Milei"},
        ),
        # who chairs the talks just told joins them
        (
            "Chief negotiators from Serbia and Kosovo will hold talks in Brussels on October "
            "22, according to EU envoy Miroslav Lajcak. Lajcak said he would chair the talks.",
            {"Chief negotiators", "Serbia", "Kosovo", "Miroslav Lajcak"},
        ),
    ],
)
def test_one_meeting_told_twice(nlp: Language, text: str, participants: set[str]) -> None:
    """A meeting told again, by a sidelines phrase, a predicate or a definite noun, is one."""
    meeting = only(nlp, text)
    assert meeting["participants"] == participants
    assert meeting["status"] in (MeetingStatus.OCCURRED, MeetingStatus.PLANNED)


def test_status_from_preparations_and_the_length_of_a_visit(nlp: Language) -> None:
    """Preparations are for a summit to come; a three-day visit begun yesterday goes on."""
    call, summit = meetings_in(
        nlp,
        "Biden spoke with Japanese Prime Minister Fumio Kishida by video link on Tuesday to "
        "discuss preparations for the Quad summit.",
    )
    assert call["kind"] is MeetingKind.CALL
    assert summit["status"] is MeetingStatus.PLANNED
    visit = only(
        nlp,
        "South Korean President Yoon Suk Yeol arrived in Hanoi on Tuesday for a three-day "
        "state visit to Vietnam.",
    )
    assert visit["date"] == "2024-06-11"
    assert visit["status"] is MeetingStatus.ONGOING
    over = only(nlp, "Xi Jinping began a two-day visit to France on Saturday.")
    assert over["status"] is MeetingStatus.OCCURRED


def test_places_and_days_said_of_the_meeting_itself(nlp: Language) -> None:
    """The place on the one met beats the place of a verb joined before; regions have countries."""
    first, second = meetings_in(
        nlp,
        "Lajcak met Kosovo's chief negotiator Besnik Bislimi in Pristina on Monday and is due "
        "to meet his Serbian counterpart Petar Petkovic in Belgrade on Thursday.",
    )
    assert first["location"] == ("Pristina", "XKX")
    assert second["location"] == ("Belgrade", "SRB")
    summit = only(nlp, "Canada will host next year's G7 summit in Kananaskis, Alberta.")
    assert summit["location"] is not None
    assert summit["location"][1] == "CAN"
    call = only(
        nlp,
        "Kenyan President William Ruto held a phone call with Chinese President Xi Jinping "
        "earlier in the day, Ruto's office said.",
    )
    assert call["date"] == DATE
    assert call["date_text"] == "earlier in the day"


def test_the_two_leaders_are_heads_of_state_or_government(nlp: Language) -> None:
    """'The two leaders' after two ministers met are the president and prime minister."""
    found = meetings_in(
        nlp,
        "U.S. President Joe Biden spoke by phone with Indian Prime Minister Narendra Modi on "
        "Wednesday. External Affairs Minister S. Jaishankar is also due to meet Defense "
        "Secretary Lloyd Austin on Friday. The two leaders last met in person in June.",
    )
    assert found[-1]["participants"] == {"Joe Biden", "Narendra Modi"}


def test_countless_meetings_are_none(nlp: Language) -> None:
    """'too many meetings where nothing happens' with no one of their own are no meeting."""
    text = "Resident Maria Lopez said she had attended too many meetings where nothing happens."
    assert meetings_in(nlp, text) == []


def test_names_set_off_and_guests_of_honour_take_part(nlp: Language) -> None:
    """'Qatar's emir, Sheikh Tamim ...,' is the sheikh; a dinner in honour of X has X."""
    call = only(
        nlp,
        "Hamas leader Ismail Haniyeh spoke by phone with Qatar's emir, Sheikh Tamim bin "
        "Hamad Al Thani, on Sunday.",
    )
    assert call["participants"] == {"Ismail Haniyeh", "Tamim bin Hamad Al Thani"}
    dinner = only(
        nlp,
        "Vietnamese President Vo Van Thuong hosted a state dinner in honor of South Korean "
        "President Yoon Suk Yeol at the Presidential Palace.",
    )
    assert dinner["participants"] == {"Vo Van Thuong", "Yoon Suk Yeol"}
    assert dinner["host"] == "Vo Van Thuong"
    minister = only(
        nlp,
        "Canadian Industry Minister Francois-Philippe Champagne said on Tuesday that he would "
        "meet with both companies.",
    )
    assert "Francois-Philippe Champagne" in minister["participants"]
    assert "Francois" not in minister["participants"]


def test_leaders_met_one_by_one_and_a_meeting_before_one_called_off(nlp: Language) -> None:
    """Leaders met separately are met one by one; the last one held is not one called off."""
    found = meetings_in(
        nlp,
        "Pope Francis is expected to meet separately with several leaders, including U.S. "
        "President Joe Biden, Indian Prime Minister Narendra Modi and Turkish President Tayyip "
        "Erdogan, the Vatican said.",
    )
    assert [m["participants"] for m in found] == [
        {"Francis", "Joe Biden"},
        {"Francis", "Narendra Modi"},
        {"Francis", "Tayyip Erdogan"},
    ]
    called_off, held = meetings_in(
        nlp,
        "It is the second time this year that a high-level meeting between Vucic and Kurti "
        "has been called off. The last face-to-face meeting between Vucic and Kurti took place "
        "in September 2023 in Brussels.",
    )
    assert called_off["status"] is MeetingStatus.CANCELLED
    assert held["status"] is MeetingStatus.OCCURRED
    assert held["location"] == ("Brussels", "BEL")


def test_the_place_of_an_occasion(nlp: Language) -> None:
    """'welcomed Yoon at an official ceremony at the Presidential Palace': there."""
    meeting = only(
        nlp,
        "Vietnamese President Vo Van Thuong welcomed South Korean President Yoon Suk Yeol at "
        "an official ceremony at the Presidential Palace in Hanoi on Tuesday morning.",
    )
    assert meeting["location"] is not None
    assert meeting["location"][0] == "Presidential Palace"


def test_a_company_board_a_host_by_passive_and_a_day_on_the_verb(nlp: Language) -> None:
    """A board meets as its company; a passive "hosted by" hosts; a day on the verb dates it."""
    board = only(nlp, "Apple's board met in Cupertino on Monday and approved a revised offer.")
    assert board["participants"] == {"Apple"}
    assert board["date"] == "2024-06-10"
    summit = only(nlp, "Next year's G7 summit will be hosted by Canada in Kananaskis, Alberta.")
    assert summit["host"] == "Canada"
    assert summit["participants"] == {"G7", "Canada"}
    council = only(nlp, "The flooding is expected to dominate the City Council meeting on Monday.")
    assert council["date"] == "2024-06-17"
    assert council["status"] is MeetingStatus.PLANNED
    region = only(
        nlp,
        "Leaders of the Group of Seven opened their annual summit in the Italian region of "
        "Apulia on Thursday.",
    )
    assert region["location"] == ("Apulia", "ITA")


def test_every_name_of_a_titled_list_attends(nlp: Language) -> None:
    """A list of titled names the parser strings as appositions and modifiers all attend."""
    meeting = only(
        nlp,
        "President Joe Biden hosted congressional leaders at the White House on Wednesday. "
        "House Speaker Mike Johnson, Senate Majority Leader Chuck Schumer, Senate Minority "
        "Leader Mitch McConnell and House Minority Leader Hakeem Jeffries attended the meeting.",
    )
    assert {"Mike Johnson", "Chuck Schumer", "Mitch McConnell", "Hakeem Jeffries"} <= meeting[
        "participants"
    ]
    # a name joined as the modifier of another keeps its own conjuncts out
    postponed = only(
        nlp,
        "A planned meeting between Netanyahu and U.S. envoy Brett McGurk was postponed, "
        "Israeli media reported.",
    )
    assert postponed["participants"] == {"Netanyahu", "Brett McGurk"}


@pytest.mark.parametrize(
    "text",
    [
        "The White House press secretary said the President had no plans to meet Sanders.",
        "There are no plans for a meeting with Putin.",
    ],
)
def test_no_plans_to_meet_is_no_meeting(nlp: Language, text: str) -> None:
    """'had no plans to meet', 'no plans for a meeting': none."""
    assert meetings_in(nlp, text) == []


@pytest.mark.parametrize(
    ("announced", "date"), [("in October", None), ("on June 3", None), ("for Friday", "2024-06-14")]
)
def test_the_day_a_meeting_was_announced_is_not_its_day(
    nlp: Language, announced: str, date: str | None
) -> None:
    """'A meeting ..., announced in October, was shelved': undated; 'announced for Friday' is."""
    meeting = only(
        nlp,
        f"A meeting between President Trump and Vladimir Putin in Budapest, announced {announced}, "
        "was shelved within days.",
    )
    assert meeting["status"] is MeetingStatus.CANCELLED
    assert meeting["date"] == date


@pytest.mark.parametrize(
    "text",
    [
        "Opposition leader Lee Jae-myung rejected an offer to meet Yoon Suk Yeol.",
        "Opposition leader Lee Jae-myung refused an invitation to meet President Yoon Suk Yeol.",
    ],
)
def test_a_refused_invitation_to_meet_is_no_meeting(nlp: Language, text: str) -> None:
    """'refused an invitation to meet him', 'rejected an offer to meet': as 'refused to meet'."""
    assert meetings_in(nlp, text) == []


def test_a_summit_one_declined_an_invitation_to_attend_is_still_a_summit(nlp: Language) -> None:
    """'declined an invitation to attend the G20 summit, which took place in Rio': a summit."""
    found = meetings_in(
        nlp,
        "Putin declined an invitation to attend the G20 summit, which took place in Rio in "
        "November.",
    )
    assert [m["kind"] for m in found] == [MeetingKind.SUMMIT]


def test_an_accepted_invitation_to_meet_is_a_planned_meeting(nlp: Language) -> None:
    """The control: 'accepted an invitation to meet Yoon on Friday' is planned."""
    found = only(
        nlp, "Opposition leader Lee Jae-myung accepted an invitation to meet Yoon Suk Yeol."
    )
    assert found["participants"] == {"Lee Jae-myung", "Yoon Suk Yeol"}
    assert found["status"] is MeetingStatus.PLANNED


def test_what_a_meeting_is_not_and_who_is_not_in_it(nlp: Language) -> None:
    """Unconfirmed is planned; who tells of or calls off a meeting takes no part in it.

    A summit two people met at is a gathering of its own.
    """
    unconfirmed = only(nlp, "A meeting with US President Joe Biden has not been confirmed.")
    assert unconfirmed["status"] is MeetingStatus.PLANNED
    talks = only(
        nlp,
        "Qatar has been mediating indirect talks between Israel and Hamas since November. "
        "The indirect negotiations, which resumed in Doha on Monday, are still ongoing, a "
        "Qatari spokesman, Majed al-Ansari, said.",
    )
    assert talks["participants"] == {"Israel", "Hamas"}
    assert talks["location"] == ("Doha", "QAT")
    visit = only(nlp, "Netanyahu called off the visit of an Israeli delegation to Washington.")
    assert visit["participants"] == {"Israeli delegation"}
    assert visit["status"] is MeetingStatus.CANCELLED
    met, summit = meetings_in(nlp, "Biden and Xi met at the G20 summit in Bali.")
    assert met["participants"] == {"Biden", "Xi"}
    assert summit["kind"] is MeetingKind.SUMMIT


def test_days_and_places_of_news_habits(nlp: Language) -> None:
    """Days set for a meeting called off, visits still going on, and places of habit.

    A cancelled meeting "scheduled for Friday" is the next Friday; a state visit begun
    yesterday goes on; Downing Street and a city after the day are places.
    """
    cancelled = only(
        nlp,
        "President Donald Trump cancelled a meeting with South African President Cyril "
        "Ramaphosa scheduled for Friday.",
    )
    assert cancelled["date"] == "2024-06-14"
    visit = only(
        nlp,
        "King Charles III received Nigerian President Bola Tinubu at Buckingham Palace on "
        "Tuesday at the start of a three-day state visit to the United Kingdom.",
    )
    assert visit["status"] is MeetingStatus.ONGOING
    assert visit["location"] == ("Buckingham Palace", "GBR")
    talks = only(
        nlp,
        "Nigerian President Bola Tinubu held talks with Prime Minister Keir Starmer at "
        "Downing Street.",
    )
    assert talks["location"] == ("Downing Street", "GBR")
    summit = only(
        nlp,
        "Kenyan President William Ruto will host a summit of East African leaders on June 20 "
        "in Nairobi.",
    )
    assert summit["location"] == ("Nairobi", "KEN")


def test_teams_that_meet_in_a_sports_report_do_not_meet(nlp: Language) -> None:
    """In a report with a score, clubs that "meet" play; owners who meet officials meet."""
    found = meetings_in(
        nlp,
        "Arsenal meet Chelsea at Stamford Bridge on Sunday. The London rivals drew 1-1 in the "
        "league last season, when the striker scored twice and the goalkeeper was sent off.\n\n"
        "Premier League club owners met with league officials in London on Monday.",
    )
    assert [m["trigger"] for m in found] == ["met"]
    assert "league officials" in found[0]["participants"]


_SCORE_LEAD = "Nigeria beat Senegal 2-1 in the quarter-final on Monday to win the match. "


@pytest.mark.parametrize(
    "text",
    [
        _SCORE_LEAD + "Mali and Burkina Faso meet in the other semi-final in Accra on Wednesday.",
        "Mali will meet Burkina Faso in the semifinal in Accra on Wednesday.",
        "Mali will meet Burkina Faso in the semi-finals in Accra.",
        "Mali and Burkina Faso meet in the semi-final on Wednesday.",
    ],
)
def test_national_teams_that_meet_in_a_semi_final_do_not_meet(nlp: Language, text: str) -> None:
    """The contest hangs on the opponent or is split at its hyphen: teams, even countries."""
    assert meetings_in(nlp, text) == []


def test_a_person_who_meets_a_team_in_a_sports_report_meets(nlp: Language) -> None:
    """'Sports Minister John Enoh will meet the players', after a score: a meeting."""
    found = only(
        nlp,
        _SCORE_LEAD + "Sports Minister John Enoh will meet the players at the team hotel on "
        "Wednesday.",
    )
    assert found["participants"] == {"John Enoh", "players"}
    assert (found["status"], found["date_text"]) == (MeetingStatus.PLANNED, "Wednesday")
    # a group, or clubs, that meet there still play; "the final days" is no contest
    assert meetings_in(nlp, _SCORE_LEAD + "The players met the fans at the stadium.") == []
    assert meetings_in(nlp, _SCORE_LEAD + "Liverpool and Everton meet in the semi-final.") == []
    found = only(nlp, "Macron met Scholz in the final days of the campaign.")
    assert found["participants"] == {"Macron", "Scholz"}


def test_a_reception_and_its_talks_and_whose_meeting(nlp: Language) -> None:
    """Received and then talks in one sentence are one meeting; "whose meeting" is theirs."""
    meeting = only(
        nlp,
        "Prime Minister Narendra Modi will arrive in Vienna on Friday. He will be received by "
        "Chancellor Karl Nehammer at the Federal Chancellery, and the two leaders will hold "
        "restricted and delegation-level talks.",
    )
    assert meeting["participants"] == {"Narendra Modi", "Karl Nehammer"}
    whose = only(
        nlp,
        "Ruto invited Felix Tshisekedi and Paul Kagame, whose meeting last year in Luanda "
        "ended without agreement.",
    )
    assert whose["participants"] == {"Felix Tshisekedi", "Paul Kagame"}
    assert whose["location"] == ("Luanda", "AGO")


def test_meetings_of_another_time_stay_apart(nlp: Language) -> None:
    """A meeting of 1995 or 2007 takes in no later meeting, nor those who act in the story."""
    talks = only(
        nlp,
        "The 1995 Dayton talks brought together Slobodan Milosevic and Franjo Tudjman. Milorad "
        "Dodik, who was not invited to Thursday's meeting, has threatened secession.",
    )
    assert talks["date"] is None
    assert talks["date_text"] == "1995"
    met = only(
        nlp,
        "In 2007, Roh Moo-hyun and Kim Jong Il met in Pyongyang. Kim Jong Un sent a message to "
        "Moon Jae-in, expressing his hope for improved relations. The United Nations Command "
        "said it had been informed of the talks.",
    )
    assert met["participants"] == {"Roh Moo-hyun", "Kim Jong Il"}


def test_who_chairs_the_meeting_just_told_and_days_of_a_month(nlp: Language) -> None:
    """'The meeting, which Borrell chaired' is the one told; 'Saturday, March 30' is that day."""
    meeting = only(
        nlp,
        "European Union foreign ministers met in Brussels on Monday. The meeting, which Josep "
        "Borrell chaired, was overshadowed by Hungary.",
    )
    assert "Josep Borrell" in meeting["participants"]
    town_hall = only(nlp, "Thao will hold a town-hall meeting with residents on Saturday, June 29.")
    assert town_hall["date"] == "2024-06-29"
    council = only(
        nlp, "Leaders will meet at the European Council summit in Brussels on June 27-28."
    )
    assert council["date"] == "2024-06-27"
    promised = only(nlp, "Mayor Sheng Thao promised to meet the union leaders again next week.")
    assert promised["status"] is MeetingStatus.PLANNED


def test_a_videoconference_is_a_call(nlp: Language) -> None:
    """'held a videoconference with Zelensky': a call between the two."""
    call = only(nlp, "Macron held a videoconference with Zelensky on Monday.")
    assert call["kind"] is MeetingKind.CALL
    assert call["participants"] == {"Macron", "Zelensky"}


@pytest.mark.parametrize(
    ("text", "participants"),
    [
        (
            "Pope Francis held an audience with rebel leader Moussa Diallo on Tuesday.",
            {"Francis", "Moussa Diallo"},
        ),
        (
            "Egyptian intelligence chief Adel Mansour held a two-hour session with rebel leader "
            "Moussa Diallo on Tuesday.",
            {"Adel Mansour", "Moussa Diallo"},
        ),
        # a body's own session
        (
            "Ukraine's defence minister, Rustem Umarov, attended the NATO-Ukraine Council "
            "session on Tuesday.",
            {"NATO-Ukraine Council", "Rustem Umarov"},
        ),
        # an audience or a session with no partner is none
        ("Moussa Diallo addressed the audience on Tuesday.", None),
        ("Moussa Diallo opened a session of parliament on Tuesday.", None),
    ],
)
def test_an_audience_or_session_with_someone(
    nlp: Language, text: str, participants: set[str] | None
) -> None:
    """'held an audience with', 'a two-hour session with': a meeting only with a partner."""
    found = meetings_in(nlp, text)
    if participants is None:
        assert found == []
    else:
        (meeting,) = found
        assert meeting["participants"] == participants
        assert meeting["date"] == "2024-06-11"


def test_the_day_a_meeting_of_several_days_ended(nlp: Language) -> None:
    """'wrapped up a two-day meeting in Brussels on Wednesday': over, not under way."""
    meeting = only(
        nlp, "NATO defence ministers wrapped up a two-day meeting in Brussels on Wednesday."
    )
    assert meeting["status"] is MeetingStatus.OCCURRED


def test_the_next_round_of_negotiations_is_planned(nlp: Language) -> None:
    """'The next round of negotiations ... is scheduled': planned, like the round itself."""
    meeting = only(
        nlp,
        "The next round of negotiations between Halvorsen Maritime and Brightline Freight "
        "is scheduled for June 28.",
    )
    assert meeting["status"] is MeetingStatus.PLANNED


def test_they_will_meet_again_are_those_who_met(nlp: Language) -> None:
    """'Both sides said they would meet again next month': those who met just before."""
    found = meetings_in(
        nlp,
        "Armenian Deputy Prime Minister Mher Grigoryan and Azerbaijani Deputy Prime Minister "
        "Shahin Mustafayev met on the border on Tuesday. The talks ended without agreement, "
        "but both sides said they would meet again next month.",
    )
    assert [(m["trigger"], m["status"], m["participants"]) for m in found] == [
        ("met", MeetingStatus.OCCURRED, {"Mher Grigoryan", "Shahin Mustafayev"}),
        ("meet", MeetingStatus.PLANNED, {"Mher Grigoryan", "Shahin Mustafayev"}),
    ]


@pytest.mark.parametrize(
    ("when", "day"),
    [
        ("A day earlier", "2024-06-10"),
        ("Two days later", "2024-06-13"),
        ("The next day", "2024-06-12"),
    ],
)
def test_a_day_counted_from_the_day_told_before(nlp: Language, when: str, day: str) -> None:
    """'A day earlier, Bayramov received Klaar': a day before the meeting told before."""
    found = meetings_in(
        nlp,
        f"Foreign Minister Ararat Mirzoyan met US envoy Louis O'Brien in Yerevan on Tuesday. "
        f"{when}, Foreign Minister Jeyhun Bayramov received EU envoy Toivo Klaar in Baku.",
    )
    assert [m["date"] for m in found] == ["2024-06-11", day]


def test_a_message_conveyed_during_a_call_makes_the_call(nlp: Language) -> None:
    """'conveyed the message to Aliyev during a phone call': a call; the message alone none."""
    found = meetings_in(
        nlp,
        "Pashinyan said he had sent a message to Azerbaijani President Ilham Aliyev through "
        "European Council President Charles Michel. Michel conveyed the message to Aliyev "
        "during a phone call on Monday.",
    )
    assert [(m["kind"], m["participants"], m["date"]) for m in found] == [
        (MeetingKind.CALL, {"Charles Michel", "Ilham Aliyev"}, "2024-06-10")
    ]


def test_the_meeting_named_as_known_is_the_one_told_before(nlp: Language) -> None:
    """'Before the consultations, de Riviere met the ambassadors': two meetings, not three."""
    found = meetings_in(
        nlp,
        "The Security Council met behind closed doors on Tuesday to discuss the Sahel. Before "
        "the consultations, French envoy Nicolas de Riviere met with the ambassadors of Mali "
        "and Burkina Faso at the French mission.",
    )
    assert [(m["trigger"], m["status"]) for m in found] == [
        ("met", MeetingStatus.OCCURRED),
        ("met", MeetingStatus.OCCURRED),
    ]
    # who met in the next sentence, at another meeting, did not sit on the council
    assert found[0]["participants"] == {"Security Council"}


def test_the_place_of_an_audience_and_a_city_with_its_article(nlp: Language) -> None:
    """'received Lula in a private audience at the Apostolic Palace'; 'met in The Hague'."""
    audience = only(
        nlp,
        "Pope Francis received Brazilian President Luiz Ferreira in a private audience at the "
        "Apostolic Palace on Tuesday.",
    )
    assert audience["location"] == ("Apostolic Palace", "VAT")
    hague = only(nlp, "Dutch Prime Minister Dick Schoof met Olaf Scholz in The Hague on Tuesday.")
    assert hague["location"] == ("The Hague", "NLD")


def test_the_royal_couple_and_a_summit_that_looks_unlikely(nlp: Language) -> None:
    """'The royal couple are expected to meet X': both; 'a summit ... looks unlikely': planned."""
    found = meetings_in(
        nlp,
        "King Philippe and Queen Mathilde of Belgium are in Rome this week. The royal couple "
        "are also expected to meet Italian President Sergio Mattarella on Sunday.",
    )
    assert found[-1]["participants"] == {"Philippe", "Mathilde", "Sergio Mattarella"}
    summit = only(
        nlp,
        "A summit between Armenian Prime Minister Nikol Pashinyan and Azerbaijani President "
        "Ilham Aliyev now looks unlikely, diplomats said.",
    )
    assert summit["status"] is MeetingStatus.PLANNED


def test_both_delegations_are_no_two_persons(nlp: Language) -> None:
    """'could sit down with both delegations': not the two persons named before."""
    found = meetings_in(
        nlp,
        "United States envoy Rebecca Hale is due to meet Egyptian Foreign Minister Sameh Fawzy "
        "on Thursday. A diplomat said Hale could also sit down with both delegations "
        "separately.",
    )
    assert found[-1]["trigger"] == "sit"
    assert "Sameh Fawzy" not in found[-1]["participants"]


def test_the_two_countries_are_no_organisation(nlp: Language) -> None:
    """'The deputy prime ministers of the two countries met': not the European Council."""
    meeting = only(
        nlp,
        "European Council President Charles Michel said on Monday that talks were possible. "
        "The deputy prime ministers of the two countries, Mher Grigoryan and Shahin "
        "Mustafayev, met on the border on Tuesday.",
    )
    assert "European Council" not in meeting["participants"]
    assert {"Mher Grigoryan", "Shahin Mustafayev"} <= meeting["participants"]


def test_spoke_by_telephone_read_as_a_passive_agent(nlp: Language) -> None:
    """'X, whose country offered to host the talks, spoke by telephone with Y': a call."""
    found = meetings_in(
        nlp,
        "Kazakh President Kassym-Jomart Tokayev, whose country has offered to host the "
        "negotiations, spoke by telephone with Nikol Pashinyan on Tuesday.",
    )
    calls = [m for m in found if m["kind"] is MeetingKind.CALL]
    assert len(calls) == 1
    assert "Nikol Pashinyan" in calls[0]["participants"]


def test_what_a_summit_is_called_and_when_a_wish_was_said(nlp: Language) -> None:
    """'called the summit "a success"' names it; 'said on Tuesday he would like to meet'."""
    summit = only(
        nlp,
        "The Group of Seven summit wrapped up on Tuesday in southern Italy. Italian Prime "
        'Minister Giorgia Meloni called the summit "a success of Italian diplomacy."',
    )
    assert summit["status"] is MeetingStatus.OCCURRED
    assert "Giorgia Meloni" not in summit["participants"]
    wish = only(
        nlp,
        "U.S. President Donald Trump said on Tuesday he would like to meet North Korean "
        "leader Kim Jong Un.",
    )
    assert (wish["status"], wish["date"]) == (MeetingStatus.PLANNED, None)


def test_a_meeting_once_hoped_for_or_expected(nlp: Language) -> None:
    """'had hoped to meet' is planned; one 'had been expected' on a weekday, the day past."""
    hoped = only(nlp, "Emmanuel Macron had hoped to meet Rishi Sunak in Paris.")
    assert hoped["status"] is MeetingStatus.PLANNED
    called_off = only(
        nlp,
        "Emmanuel Macron and Rishi Sunak had been expected to hold a bilateral meeting on "
        "Monday, but the meeting was cancelled.",
    )
    assert (called_off["status"], called_off["date"]) == (MeetingStatus.CANCELLED, "2024-06-10")


def test_more_towns_of_meetings_have_their_country(nlp: Language) -> None:
    """Summit towns the gazetteer lacked: Gyeongju, Bürgenstock, Trondheim."""
    for town, code in (("Gyeongju", "KOR"), ("Bürgenstock", "CHE"), ("Trondheim", "NOR")):
        meeting = only(nlp, f"Rishi Sunak met Fumio Kishida in {town} on Tuesday.")
        assert meeting["location"] == (town, code)


def test_where_clause_below_a_trip_takes_its_place_and_time(nlp: Language) -> None:
    """'will travel to Ankara next week, where he is expected to meet Erdogan'."""
    meeting = only(
        nlp,
        "Mark Rutte will travel to Ankara next week, where he is expected to meet Turkish "
        "President Tayyip Erdogan.",
    )
    assert meeting["location"] == ("Ankara", "TUR")
    assert (meeting["date_text"], meeting["status"]) == ("next week", MeetingStatus.PLANNED)


def test_place_of_the_clause_that_planned_the_meeting(nlp: Language) -> None:
    """'..., which had been pencilled in for December in Kuala Lumpur': the plan's place."""
    meeting = only(
        nlp,
        "A planned meeting between Hegseth and Chinese Defence Minister Dong Jun, which had "
        "been pencilled in for December in Kuala Lumpur, has been postponed indefinitely.",
    )
    assert meeting["location"] == ("Kuala Lumpur", "MYS")
    # postponed indefinitely: December is no longer its month
    assert meeting["date_text"] is None


def test_country_of_a_city_outside_the_gazetteer(nlp: Language) -> None:
    """'in Port Sudan', 'in Hamburg': a city the model tags as a place has its country."""
    for town, code in (("Port Sudan", "SDN"), ("Hamburg", "DEU"), ("Nagasaki", "JPN")):
        meeting = only(nlp, f"Rishi Sunak met Fumio Kishida in {town} on Tuesday.")
        assert meeting["location"] == (town, code)


def test_sidelines_of_a_summit_the_parser_splits(nlp: Language) -> None:
    """'on the sidelines of the Group of 20 summit': the group is no party of the meeting."""
    found = meetings_in(
        nlp,
        "Trump and Xi met on Thursday on the sidelines of the Group of 20 summit in Johannesburg.",
    )
    met = next(meeting for meeting in found if meeting["trigger"] == "met")
    assert met["participants"] == {"Trump", "Xi"}
    assert met["location"] == ("Johannesburg", "ZAF")


def test_round_of_talks_that_will_begin(nlp: Language) -> None:
    """'A new round of talks ... will begin in Cairo on Sunday': planned, there, that day."""
    meeting = only(
        nlp,
        "A new round of talks between Sudan's army and the Rapid Support Forces will begin "
        "in Cairo on Sunday, mediators said on Friday.",
    )
    assert meeting["location"] == ("Cairo", "EGY")
    assert (meeting["status"], meeting["date"]) == (MeetingStatus.PLANNED, "2024-06-16")


def test_who_travels_to_a_meeting_takes_part(nlp: Language) -> None:
    """'will travel to the Pacific Islands Forum meeting later this month': Wong goes."""
    meeting = only(
        nlp, "Penny Wong will travel to the Pacific Islands Forum meeting later this month."
    )
    assert "Penny Wong" in meeting["participants"]
    assert (meeting["status"], meeting["date_text"]) == (MeetingStatus.PLANNED, "later this month")


def test_date_of_a_plan_hung_on_whom_the_meeting_is_of(nlp: Language) -> None:
    """'A meeting of ... ministers that had been scheduled for later this month'."""
    meeting = only(
        nlp,
        "A trilateral meeting of Chinese, Japanese and South Korean culture ministers that had "
        "been scheduled for later this month will not take place as planned.",
    )
    assert (meeting["status"], meeting["date_text"]) == (
        MeetingStatus.CANCELLED,
        "later this month",
    )


def test_where_clause_on_the_place_a_trip_came_from(nlp: Language) -> None:
    """'arrived in Amman ... from Cairo, where he met Sisi': the meeting is in Cairo."""
    meeting = only(
        nlp,
        "Marco Rubio arrived in Amman late on Thursday from Cairo, where he met Egyptian "
        "President Abdel Fattah al-Sisi on Wednesday.",
    )
    assert meeting["location"] == ("Cairo", "EGY")
    assert meeting["date_text"] == "Wednesday"


def test_top_diplomat_and_the_governor(nlp: Language) -> None:
    """'The top U.S. diplomat' is the secretary of state; 'Secretary to the Governor' is not."""
    found = meetings_in(
        nlp,
        "U.S. Secretary of State Marco Rubio held talks with Jordan's King Abdullah on Friday. "
        "The top U.S. diplomat began the trip in Israel on Monday. In Jerusalem he met Prime "
        "Minister Benjamin Netanyahu.",
    )
    assert found[-1]["participants"] == {"Marco Rubio", "Benjamin Netanyahu"}
    meeting = only(
        nlp,
        "Governor Hyacinth Alia toured flooded areas on Thursday. The governor met residents "
        "sheltering at a primary school in Obagaji. The Chief Press Secretary to the Governor, "
        "Tersoo Kula, said relief was coming.",
    )
    assert meeting["participants"] == {"Hyacinth Alia", "residents"}
    assert meeting["location"] is not None
    assert meeting["location"][0] == "Obagaji"


def test_a_title_owning_a_venue_is_part_of_its_name(nlp: Language) -> None:
    """'at the Prime Minister's Office in Tokyo'; "China's Great Hall" still loses China's."""
    meeting = only(
        nlp,
        "Shigeru Ishiba and Lee Jae-myung will hold a summit meeting at the Prime Minister's "
        "Office in Tokyo on December 9.",
    )
    assert meeting["location"] == ("Prime Minister's Office", "JPN")
    meeting = only(nlp, "Xi Jinping met Vladimir Putin at China's Great Hall of the People.")
    assert meeting["location"] == ("Great Hall of the People", "CHN")


def test_a_range_of_days_and_a_day_ahead(nlp: Language) -> None:
    """'from December 8 to 10' dates a meeting by its first day, ahead of the document."""
    meeting = only(
        nlp,
        "Prime Minister Takaichi said she looks forward to welcoming President Lee Jae-myung "
        "to Japan as a state guest from December 8 to 10.",
    )
    assert (meeting["date"], meeting["date_text"]) == ("2024-12-08", "December 8 to 10")
    # a day after the document's is still ahead, whatever the tense of the verb
    assert meeting["status"] is MeetingStatus.PLANNED
    meeting = only(nlp, "Narendra Modi held talks with Shigeru Ishiba in Tokyo on June 3-4.")
    assert (meeting["date"], meeting["status"]) == ("2024-06-03", MeetingStatus.OCCURRED)


def test_a_meeting_told_again_in_passing(nlp: Language) -> None:
    """'A day after meeting Netanyahu, Rubio flew to Riyadh': the meeting told before."""
    (meeting,) = meetings_in(
        nlp,
        "In Jerusalem, Marco Rubio met Prime Minister Benjamin Netanyahu on Monday. A day "
        "after meeting Netanyahu, Rubio flew to Riyadh.",
    )
    assert meeting["location"] == ("Jerusalem", "ISR")
    # told alone, it is not where or when the trip after it went
    meeting = only(nlp, "After meeting Benjamin Netanyahu, Marco Rubio flew to Riyadh on Tuesday.")
    assert (meeting["location"], meeting["date"]) == (None, None)


def test_a_meeting_during_a_visit_is_where_the_visit_went(nlp: Language) -> None:
    """'During his visit to Peru, Li met Boluarte': in Peru; a city said in the clause wins."""
    found = meetings_in(nlp, "During his visit to Peru, Li Qiang met President Dina Boluarte.")
    met = next(meeting for meeting in found if meeting["trigger"] == "met")
    assert met["location"] == ("Peru", "PER")
    found = meetings_in(
        nlp, "During a visit to Peru, Li Qiang met President Dina Boluarte in Lima."
    )
    met = next(meeting for meeting in found if meeting["trigger"] == "met")
    assert met["location"] == ("Lima", "PER")


def test_a_postponed_meeting_keeps_only_the_day_it_is_moved_to(nlp: Language) -> None:
    """'originally scheduled for Saturday, were postponed': that day is gone."""
    (meeting,) = meetings_in(
        nlp,
        "Abbas Araghchi and Steve Witkoff are preparing to hold a fifth round of nuclear talks "
        "in Muscat. The talks, originally scheduled for Saturday, were postponed, and no new "
        "date has been announced.",
    )
    assert (meeting["date"], meeting["date_text"]) == (None, None)
    assert meeting["status"] is MeetingStatus.PLANNED
    meeting = only(
        nlp,
        "A planned meeting of ECOWAS defence chiefs, scheduled for Friday in Abuja, was "
        "postponed until further notice.",
    )
    assert (meeting["date"], meeting["location"]) == (None, ("Abuja", "NGA"))
    # the day it is moved to dates it; the day it was moved on does not
    meeting = only(
        nlp,
        "The summit between Putin and Xi, scheduled for Monday, was postponed until July 3.",
    )
    assert (meeting["date"], meeting["status"]) == ("2024-07-03", MeetingStatus.PLANNED)
    meeting = only(nlp, "The meeting between Putin and Xi was postponed on Tuesday.")
    assert meeting["date"] is None
    # put off, it has not been held
    meeting = only(
        nlp,
        "A trilateral summit of Japan, China and South Korea, which Japan had hoped to host "
        "by the end of the year, has been put off indefinitely.",
    )
    assert meeting["status"] is MeetingStatus.PLANNED


def test_their_group_stands_for_the_countries_listed_before(nlp: Language) -> None:
    """'Mali, Burkina Faso and Niger ... Their foreign ministers met': the three take part."""
    (meeting,) = meetings_in(
        nlp,
        "Mali, Burkina Faso and Niger boycotted the summit. Their foreign ministers met in "
        "Bamako on Wednesday.",
    )
    assert {"Mali", "Burkina Faso", "Niger"} <= meeting["participants"]
    assert meeting["location"] == ("Bamako", "MLI")


def test_the_country_of_a_venue(nlp: Language) -> None:
    """'at an Osaka hotel', 'at the Moncloa Palace in Madrid', 'in Pasay City'."""
    meeting = only(nlp, "Toshimitsu Motegi met Cho Hyun at an Osaka hotel on Thursday evening.")
    assert meeting["location"] == ("Osaka hotel", "JPN")
    meeting = only(
        nlp,
        "MADRID (EFE) - On Thursday, Sheinbaum held talks with Prime Minister Pedro Sánchez "
        "at the Moncloa Palace in Madrid.",
    )
    assert meeting["location"] == ("Moncloa Palace", "ESP")
    meeting = only(
        nlp,
        "Cardinal Pietro Parolin met Foreign Secretary Theresa Lazaro at the Department of "
        "Foreign Affairs in Pasay City on Thursday.",
    )
    assert meeting["location"] == ("Pasay City", "PHL")
    # a venue named for a city is no place in that city
    meeting = only(
        nlp,
        "Foreign Ministers José Manuel Albares and Juan Ramón de la Fuente met at the Santa "
        "Cruz Palace, the seat of the Spanish Foreign Ministry, on Thursday afternoon.",
    )
    assert meeting["location"] == ("Santa Cruz Palace", None)


def test_back_at_the_bargaining_table(nlp: Language) -> None:
    """'returned to the bargaining table': a negotiation; a table alone is none."""
    meeting = only(
        nlp,
        "Canada Post and the Canadian Union of Postal Workers returned to the bargaining "
        "table on Monday.",
    )
    assert meeting["kind"] is MeetingKind.NEGOTIATION
    assert meeting["participants"] == {"Canada Post", "Canadian Union of Postal Workers"}
    assert meetings_in(nlp, "Canada Post and the union put the table in the hall on Monday.") == []


def test_parties_by_a_leg_a_pair_of_bodies_an_outlet_and_along_with(nlp: Language) -> None:
    """'the Madrid leg of a state visit', 'the two organisations' heads', '(CBC News)'."""
    meeting = only(
        nlp,
        "Mexican President Claudia Sheinbaum on Friday wrapped up the Madrid leg of a "
        "three-day state visit to Spain.",
    )
    assert meeting["participants"] == {"Claudia Sheinbaum", "Spain"}
    assert meeting["host"] == "Spain"
    found = meetings_in(
        nlp,
        "The International Energy Agency forecasts a record surplus, while OPEC sees the "
        "market balanced. The two organisations' heads met in Paris in June.",
    )
    assert [m["participants"] for m in found] == [{"International Energy Agency", "OPEC"}]
    # the outlet of a dateline is no side
    found = meetings_in(
        nlp,
        "OTTAWA (CBC News) - Canada Post and the union representing about 55,000 postal "
        "workers will return to the bargaining table on Monday, after federal Jobs Minister "
        "Patty Hajdu met with both sides on Thursday.",
    )
    met = next(meeting for meeting in found if meeting["trigger"] == "met")
    assert "CBC News" not in met["participants"]
    meeting = only(
        nlp,
        "Louisiana Gov. Jeff Landry hosted Mississippi Gov. Tate Reeves, along with acting "
        "FEMA Administrator Karen Evans, at the Governor's Mansion in Baton Rouge.",
    )
    assert meeting["participants"] == {"Jeff Landry", "Tate Reeves", "Karen Evans"}


def test_calls_the_parser_hangs_apart_and_a_meeting_set_for_a_day(nlp: Language) -> None:
    """'discussed the dispute with Ford in a phone call', 'a meeting ..., set for Saturday'."""
    for text in (
        "Prime Minister Mark Carney discussed the dispute with Premier Doug Ford in a phone "
        "call on Wednesday.",
        "Prime Minister Mark Carney discussed the dispute in a call with Ontario Premier Doug "
        "Ford on Wednesday.",
    ):
        meeting = only(nlp, text)
        assert meeting["kind"] is MeetingKind.CALL
        assert meeting["participants"] == {"Mark Carney", "Doug Ford"}
    meeting = only(
        nlp,
        "A meeting of the board with local presidents, set for Saturday in Winnipeg, was "
        "cancelled.",
    )
    assert meeting["location"] == ("Winnipeg", "CAN")
    # called off on Wednesday, the Saturday it was set for is still ahead
    assert (meeting["status"], meeting["date"]) == (MeetingStatus.CANCELLED, "2024-06-15")


def test_topics_of_what_was_done_as_they_met(nlp: Language) -> None:
    """What the parties did as they met, and the agreements they oversaw right after."""
    meeting = only(
        nlp,
        "Japanese Prime Minister Sanae Takaichi and South Korean President Lee Jae Myung "
        "agreed Friday to launch a new framework for cooperation on semiconductor supply "
        "chains, as the two leaders held talks in Nara.",
    )
    assert {"semiconductors", "supply chains"} <= meeting["topics"]
    meeting = only(
        nlp,
        "On Thursday, Sheinbaum held talks with Prime Minister Pedro Sánchez in Madrid. The "
        "two leaders oversaw the signing of agreements on renewable energy and migration.",
    )
    assert {"renewable energy", "migration"} <= meeting["topics"]


def test_two_leaders_summit_is_their_talks(nlp: Language) -> None:
    """'held talks in Nara ... During the roughly 90-minute summit, the leaders ...': one."""
    (meeting,) = meetings_in(
        nlp,
        "Japanese Prime Minister Sanae Takaichi and South Korean President Lee Jae Myung held "
        "talks in Nara on Friday.\n\nDuring the roughly 90-minute summit at a hotel in Nara "
        "city, the leaders also confirmed close coordination on North Korea.",
    )
    assert meeting["participants"] == {"Sanae Takaichi", "Lee Jae Myung"}
    # a summit of many is no talks of two
    found = meetings_in(
        nlp,
        "Joe Biden held talks with Xi Jinping in Bali. The G20 summit opened on Tuesday.",
    )
    assert len(found) == 2


def test_status_of_talks_wrapped_up_and_a_pencilled_meeting_called_off(nlp: Language) -> None:
    """'agreed on Thursday to ..., wrapping up two days of talks'; 'It has now been cancelled'."""
    meeting = only(
        nlp,
        "NATO defence ministers agreed on Tuesday to speed up deliveries of air-defence "
        "systems, wrapping up two days of talks in Brussels.",
    )
    assert (meeting["status"], meeting["date"]) == (MeetingStatus.OCCURRED, "2024-06-11")
    meeting = only(
        nlp,
        "A meeting between Mark Rutte and Yasar Guler had been pencilled in for the same week "
        "as the summit. It has now been cancelled.",
    )
    assert meeting["status"] is MeetingStatus.CANCELLED


def test_a_meeting_where_a_decision_was_taken_was_held_then(nlp: Language) -> None:
    """'agreed on Tuesday to raise tariffs at a meeting': held when they agreed."""
    meeting = only(
        nlp,
        "EU ministers agreed on Tuesday to raise tariffs at a meeting in Brussels.",
    )
    assert (meeting["status"], meeting["date"]) == (MeetingStatus.OCCURRED, "2024-06-11")
    # a meeting with a day of its own, or "the next" one, is still ahead
    meeting = only(
        nlp,
        "The leaders agreed on Friday to sign the deal at a summit in Rome next month.",
    )
    assert meeting["status"] is MeetingStatus.PLANNED
    meeting = only(nlp, "The board voted to raise rates at its next meeting.")
    assert meeting["status"] is MeetingStatus.PLANNED
    meeting = only(nlp, "The leaders agreed to meet again at a summit next year.")
    assert meeting["status"] is MeetingStatus.PLANNED


@pytest.mark.parametrize(
    ("text", "date_text", "day"),
    [
        (
            "Rubio and Lavrov are expected to meet in Istanbul in the first half of July.",
            "the first half of July",
            None,
        ),
        ("Foreign ministers will meet in mid-July to discuss the plan.", "mid-July", None),
        (  # a run of days: the first
            "The IOC executive board will meet in Lausanne from Monday to Wednesday.",
            "Monday to Wednesday",
            "2024-06-17",
        ),
        (  # the parser hangs the week on the hours
            "Steve Witkoff, who met Putin in Moscow for five hours last week, will return.",
            "last week",
            None,
        ),
    ],
)
def test_date_phrases_of_a_part_of_a_month_or_a_run_of_days(
    nlp: Language, text: str, date_text: str, day: str | None
) -> None:
    """'in the first half of July', 'mid-July', 'from Monday to Wednesday' date a meeting."""
    meeting = only(nlp, text)
    assert (meeting["date_text"], meeting["date"]) == (date_text, day)


def test_a_second_meeting_between_the_two_is_another(nlp: Language) -> None:
    """'A second meeting between the two is planned for Thursday': of the two named last."""
    first, second = meetings_in(
        nlp,
        "Commerce Minister Piyush Goyal met Jamieson Greer on Monday night. A second meeting "
        "between the two is planned for Thursday.",
    )
    assert first["date"] == "2024-06-10"
    assert second["participants"] == {"Piyush Goyal", "Jamieson Greer"}
    assert (second["status"], second["date"]) == (MeetingStatus.PLANNED, "2024-06-13")


def test_the_two_of_a_second_meeting_are_the_two_who_met(nlp: Language) -> None:
    """'A second meeting between the two', after Goyal met Greer: Goyal and Greer.

    Not the last two named (Modi, in "Modi's delegation"); and "before the leaders sit
    down", with no one named, is no meeting of its own.
    """
    _, second = meetings_in(
        nlp,
        "Commerce Minister Piyush Goyal, who is part of Modi's delegation, met Jamieson Greer "
        "on Monday night. A second meeting between the two is planned for Thursday morning "
        "before the leaders sit down together, an Indian official said.",
    )
    assert second["participants"] == {"Piyush Goyal", "Jamieson Greer"}
    # "their second meeting" said of the one told is that meeting
    (meeting,) = meetings_in(
        nlp,
        "Pope Leo XIV received Giorgia Meloni on Monday. It was their second meeting since the "
        "pope's election.",
    )
    assert meeting["participants"] == {"Leo XIV", "Giorgia Meloni"}


def test_a_meeting_ahead_with_a_day_of_its_own_is_not_the_talks_held(nlp: Language) -> None:
    """'held talks with Burnham ... The committee meeting on June 20 will be open': two."""
    (talks,) = meetings_in(
        nlp,
        "Angela Reed visited Manchester last week and held talks with Andy Burnham.\n\n"
        "The planning committee meeting on June 20 will be open to the public.",
    )[1:]
    assert talks["participants"] == {"Angela Reed", "Andy Burnham"}
    assert talks["date"] is None


@pytest.mark.parametrize(
    "text",
    [
        "Donald Trump spoke by telephone with Vladimir Putin on Monday.\n\n"
        "Trump then called Volodymyr Zelenskiy, who was travelling in Europe.",
        "Pope Leo XIV received Javier Milei on Monday. After his audience with the Pope, Milei "
        "held talks with Cardinal Pietro Parolin.",
        "Pope Leo XIV received Javier Milei at the Vatican on Monday.\n\n"
        "Earlier on Monday, Leo received Italian Prime Minister Giorgia Meloni.",
    ],
)
def test_a_meeting_told_as_following_on_keeps_the_day(nlp: Language, text: str) -> None:
    """'then called', 'After his audience with the Pope, ... held talks': the same day."""
    first, second = meetings_in(nlp, text)
    assert (first["date"], second["date"]) == ("2024-06-10", "2024-06-10")


def test_talks_of_the_two_after_a_dated_visit_are_on_its_day(nlp: Language) -> None:
    """'will host Modi on Thursday. The two leaders are expected to hold talks': Thursday."""
    first, second = meetings_in(
        nlp,
        "President Donald Trump will host Prime Minister Narendra Modi at the White House on "
        "Thursday. The two leaders are expected to hold talks in the Oval Office.",
    )
    assert second["participants"] == {"Donald Trump", "Narendra Modi"}
    assert second["date"] == first["date"] == "2024-06-13"
    # a meeting of others, with nothing that says it follows on, is not dated so
    first, second = meetings_in(
        nlp,
        "Xi Jinping met Vladimir Putin on Monday. Narendra Modi held talks with Anthony "
        "Albanese in Sydney.",
    )
    assert second["date"] is None


def test_a_person_named_after_an_office_the_parser_hung_elsewhere(nlp: Language) -> None:
    """'talks with the Vatican's Secretary of State, Cardinal Pietro Parolin': Parolin."""
    meeting = only(
        nlp, "Milei held talks with the Vatican's Secretary of State, Cardinal Pietro Parolin."
    )
    assert meeting["participants"] == {"Milei", "Pietro Parolin"}
    # a group of business people met on a trip
    meeting = only(
        nlp,
        "Javier Milei arrived. Milei will fly to Madrid for a meeting with Spanish businessmen.",
    )
    assert meeting["participants"] == {"Javier Milei", "Spanish businessmen"}


def test_a_meeting_that_has_not_yet_taken_place_is_still_planned(nlp: Language) -> None:
    """'That meeting has not yet taken place; ... were expected to meet': one, planned."""
    meeting = only(
        nlp,
        "Trump and Putin agreed that Rubio and Lavrov would meet. That meeting has not yet "
        "taken place; the State Department said that Rubio and Lavrov were expected to meet "
        "in Istanbul.",
    )
    assert (meeting["status"], meeting["location"]) == (
        MeetingStatus.PLANNED,
        ("Istanbul", "TUR"),
    )
    # one that did not take place is off
    meeting = only(nlp, "Rubio was due to meet Lavrov. The meeting did not take place.")
    assert meeting["status"] is MeetingStatus.CANCELLED


def test_and_then_with_another_is_a_second_call(nlp: Language) -> None:
    """'spoke by telephone with Putin on Monday and then with Zelenskiy': two calls."""
    first, second = meetings_in(
        nlp,
        "Donald Trump spoke by telephone with Vladimir Putin on Monday and then with Ukrainian "
        "President Volodymyr Zelenskiy.",
    )
    assert first["participants"] == {"Donald Trump", "Vladimir Putin"}
    assert second["participants"] == {"Donald Trump", "Volodymyr Zelenskiy"}
    assert second["kind"] is MeetingKind.CALL
    # a headline of both calls, over the two, is no third call
    found = meetings_in(
        nlp,
        "Trump holds back-to-back calls with Putin and Zelenskiy\n\n"
        "Donald Trump spoke by telephone with Vladimir Putin on Monday and then with Ukrainian "
        "President Volodymyr Zelenskiy.",
    )
    assert [m["trigger"] for m in found] == ["spoke", "spoke"]
    # an appeal to a group is made to it
    from statement_helpers import annotate as statements_of

    statements, names = statements_of(
        nlp, "Detective Nadia Rahman appealed to witnesses to come forward."
    )
    assert names.get(statements[0].addressee or "") == "witnesses"


def test_a_meeting_where_a_trip_goes_and_talks_a_place_is_offered_for(nlp: Language) -> None:
    """'is due to visit Buenos Aires next month, where he will meet Caputo': there, then."""
    meeting = meetings_in(
        nlp,
        "Maros Sefcovic is due to visit Buenos Aires next month, where he will meet Luis Caputo.",
    )[-1]
    assert meeting["participants"] == {"Maros Sefcovic", "Luis Caputo"}
    assert (meeting["location"], meeting["date_text"]) == (("Buenos Aires", "ARG"), "next month")
    # talks a place is offered for are ahead, not held
    meeting = only(
        nlp,
        "Leo has offered the Vatican as a venue for peace talks between Russia and Ukraine.",
    )
    assert meeting["status"] is MeetingStatus.PLANNED


def test_a_deal_negotiated_by_one_side_is_no_meeting(nlp: Language) -> None:
    """'had negotiated a deal': no counterpart; 'a contract with Canada Post' names one."""
    text = (
        'Starmer replied that the Conservatives had "negotiated a deal that left fishermen '
        'worse off".'
    )
    assert meetings_in(nlp, text) == []
    meeting = only(nlp, "Union leaders negotiated a new contract with Canada Post.")
    assert "Canada Post" in meeting["participants"]


def test_a_meeting_named_again_by_its_weekday_or_by_those_met(nlp: Language) -> None:
    """'Tuesday's meeting', 'the Monday meeting', 'The ministers, meeting at ...': one each."""
    (meeting,) = meetings_in(
        nlp,
        "Aleksander Ceferin sat down with the board of European Football Clubs on Monday.\n\n"
        "Ceferin is expected to report back on Monday's meeting.",
    )
    assert meeting["date"] == "2024-06-10"
    (meeting,) = meetings_in(
        nlp,
        "President Donald Trump will host the four congressional leaders at the White House "
        'on Monday.\n\nA senior House Republican on the Monday meeting: "Nothing will happen '
        'until the 10th."',
    )
    assert (meeting["status"], meeting["date"]) == (MeetingStatus.PLANNED, "2024-06-17")
    (meeting,) = meetings_in(
        nlp,
        "NATO defence ministers agreed on Tuesday to speed up deliveries of air-defence "
        "systems, wrapping up two days of talks in Brussels.\n\nThe ministers, meeting at the "
        "alliance's headquarters, endorsed a plan to pool orders for interceptors.",
    )
    assert meeting["location"] == ("Brussels", "BEL")


def test_a_venue_is_in_the_dateline_s_country(nlp: Language) -> None:
    """'MANILA - ... at Malacanang Palace': in the Philippines; a town keeps its own country."""
    meeting = only(
        nlp,
        "MANILA - Japanese Prime Minister Sanae Takaichi sat down with Philippine President "
        "Ferdinand Marcos Jr. at Malacanang Palace on Friday.",
    )
    assert meeting["location"] == ("Malacanang Palace", "PHL")
    meeting = only(
        nlp,
        "MUSCAT, Oman (AP) — Iran's foreign minister met the sultan at Al Alam Palace.",
    )
    assert meeting["location"] == ("Al Alam Palace", "OMN")
    meeting = only(nlp, "GENEVA - Lavrov met Blinken in Bochum on Friday.")
    assert meeting["location"] == ("Bochum", "DEU")


def test_a_venue_is_in_the_country_of_an_agency_dateline_in_normal_case(nlp: Language) -> None:
    """'Hanoi (VNA) - ... at the Government Headquarters': in Vietnam."""
    meeting = only(
        nlp,
        "Hanoi (VNA) - Prime Minister Pham Minh Chinh received Lao Prime Minister Sonexay "
        "Siphandone at the Government Headquarters on June 10.",
    )
    assert meeting["location"] == ("Government Headquarters", "VNM")


def test_a_place_of_what_was_discussed_gives_the_venue_no_country(nlp: Language) -> None:
    """'at the State Department ... to discuss security in the Red Sea': not in Sudan."""
    meeting = only(
        nlp,
        "Rubio met Egyptian Foreign Minister Badr Abdelatty at the State Department on Monday "
        "to discuss security in the Red Sea.",
    )
    assert meeting["location"] == ("State Department", None)


def test_a_title_and_a_style_before_the_host_s_name(nlp: Language) -> None:
    """'President His Highness Sheikh Mohamed bin Zayed received ...': he hosts."""
    meeting = only(
        nlp,
        "President His Highness Sheikh Mohamed bin Zayed received Kazakh President "
        "Kassym-Jomart Tokayev in Abu Dhabi today.",
    )
    assert meeting["participants"] == {"Mohamed bin Zayed", "Kassym-Jomart Tokayev"}
    assert meeting["host"] == "Mohamed bin Zayed"


def test_a_leader_named_after_a_country_the_model_cut_short(nlp: Language) -> None:
    """'met Cook Islands Prime Minister Mark Brown': Brown, not "Cook" or the islands."""
    meeting = only(nlp, "Christopher Luxon met Cook Islands Prime Minister Mark Brown on Monday.")
    assert meeting["participants"] == {"Christopher Luxon", "Mark Brown"}
    groups = only(nlp, "Christopher Luxon met Cook Islands leaders on Monday.")
    assert groups["participants"] == {"Christopher Luxon", "Cook Islands leaders"}


@pytest.mark.parametrize(
    ("text", "participants"),
    [
        (
            "Lula held talks with Orsi and with Rodrigo Paz on Monday.",
            {"Lula", "Orsi", "Rodrigo Paz"},
        ),
        (
            "Fiji's Prime Minister Sitiveni Rabuka met separately with leaders from the "
            "Melanesian Spearhead Group to discuss New Caledonia.",
            {"Sitiveni Rabuka", "Melanesian Spearhead Group"},
        ),
    ],
)
def test_those_met_in_a_phrase_the_parser_reads_apart(
    nlp: Language, text: str, participants: set[str]
) -> None:
    """'with Orsi and with Paz', 'with leaders ... to discuss' read as a clause: all met."""
    assert only(nlp, text)["participants"] == participants


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "Lao Prime Minister Sonexay Siphandone visited Vietnam from May 29 to June 1.",
            "2024-05-29",
        ),
        ("Macron will visit China from June 13 to June 15.", "2024-06-13"),
    ],
)
def test_a_run_of_days_over_two_months_is_dated_by_its_first(
    nlp: Language, text: str, day: str
) -> None:
    """'from May 29 to June 1': May 29, as "on June 27-28" is June 27."""
    assert only(nlp, text)["date"] == day


@pytest.mark.parametrize(
    "text",
    [
        "Opposition parties demanded the cancellation of the planned summit with China.",
        "The Kremlin denied reports of the cancellation of a planned summit between Putin and Xi.",
    ],
)
def test_a_cancellation_asked_for_or_denied_cancels_nothing(nlp: Language, text: str) -> None:
    """'demanded the cancellation of the planned summit': still planned."""
    assert only(nlp, text)["status"] is MeetingStatus.PLANNED


def test_the_same_day_is_not_the_first_of_a_run_of_days(nlp: Language) -> None:
    """A visit 'from May 29 to June 1' told in between: 'the same day' is the day before."""
    found = meetings_in(
        nlp,
        "Prime Minister Pham Minh Chinh received Lao Prime Minister Sonexay Siphandone in "
        "Hanoi on June 10.\n\nSonexay Siphandone is on an official visit to Vietnam from "
        "June 9 to June 12.\n\nOn the same day, President Luong Cuong received Sonexay "
        "Siphandone.",
    )
    cuong = next(m for m in found if "Luong Cuong" in m["participants"])
    assert cuong["date"] == "2024-06-10"


@pytest.mark.parametrize(
    "text",
    [
        "Over lunch, EU foreign ministers met Jordan's Foreign Minister Ayman Safadi.",
        "During their talks in Cairo, Blinken met Sisi.",
    ],
)
def test_a_setting_told_before_its_verb_is_the_same_meeting(nlp: Language, text: str) -> None:
    """'Over lunch, X met Y': one meeting, as 'X met Y over lunch' is."""
    meeting = only(nlp, text)
    assert meeting["trigger"] == "met"


def test_a_group_that_arrived_and_was_welcomed(nlp: Language) -> None:
    """'The delegation arrived on Friday and was welcomed by X': the delegation is met."""
    meeting = only(
        nlp,
        "The delegation arrived on Friday and was welcomed at the Council House by Alison Martin.",
    )
    assert meeting["participants"] == {"delegation", "Alison Martin"}
    assert meeting["host"] == "Alison Martin"


def test_the_cancellation_of_a_planned_meeting(nlp: Language) -> None:
    """'was overshadowed by the cancellation of a planned meeting between X and Y': off."""
    meeting = only(
        nlp,
        "The summit was overshadowed by the cancellation of a planned meeting between "
        "Argentina's Javier Milei and Brazil's Luiz Inacio Lula da Silva.",
    )
    assert meeting["status"] is MeetingStatus.CANCELLED
    assert meeting["participants"] == {"Javier Milei", "Luiz Inacio Lula da Silva"}


def test_a_round_of_talks_hosted_by(nlp: Language) -> None:
    """'A third round of talks between A and B, hosted by Turkey and Qatar': Turkey hosts."""
    meeting = only(
        nlp,
        "A third round of talks between Pakistan and Afghanistan, hosted by Turkey and Qatar, "
        "ended in Istanbul on Sunday without agreement.",
    )
    assert meeting["host"] == "Turkey"
    assert {"Pakistan", "Afghanistan"} <= meeting["participants"]


def test_a_day_the_model_tags_as_a_time(nlp: Language) -> None:
    """'a phone call with Erdogan this afternoon' is on the day of the report."""
    meeting = only(
        nlp,
        "Volodymyr Zelensky said he had a phone call with Recep Tayyip Erdogan this afternoon.",
    )
    assert (meeting["date"], meeting["date_text"]) == (DATE, "this afternoon")


def test_a_day_the_parser_hangs_on_a_delegation_or_a_subject(nlp: Language) -> None:
    """'received a delegation led by X on Tuesday'; 'On Friday X was due to visit ..., where'."""
    meeting = only(
        nlp,
        "Kast received a delegation of Japanese trading houses led by Mitsubishi Corp. "
        "president Katsuya Nakanishi on Tuesday.",
    )
    assert meeting["date"] == "2024-06-11"
    found = meetings_in(
        nlp,
        "On Friday Lindqvist was due to visit the company's pilot plant near Calama, where "
        "he will be hosted by the regional governor, Ricardo Díaz, and meet leaders of the "
        "indigenous communities.",
    )
    assert [meeting["date"] for meeting in found] == ["2024-06-14", "2024-06-14"]
    # a participle that says what someone did does not date the meeting
    assert only(nlp, "Biden met the envoy appointed on Tuesday.")["date"] is None


def test_those_briefed_on_talks_are_not_at_them(nlp: Language) -> None:
    """'according to two officials briefed on the discussions': no side of the talks."""
    meeting = only(
        nlp,
        "Iran and the United States wrapped up indirect nuclear talks in Muscat on Thursday. "
        "The talks focused on uranium enrichment, according to two officials briefed on the "
        "discussions.",
    )
    assert meeting["participants"] == {"Iran", "United States"}


def test_a_visit_to_a_city_is_hosted_by_its_country_named_in_the_text(nlp: Language) -> None:
    """'Grossi visited Tehran' where Iran is named: Iran hosts and takes part; else nobody."""
    meeting = only(
        nlp,
        "Iran's nuclear programme is under scrutiny. Rafael Grossi, director general of the "
        "International Atomic Energy Agency, visited Tehran last week.",
    )
    assert (meeting["participants"], meeting["host"]) == ({"Rafael Grossi", "Iran"}, "Iran")
    meeting = only(nlp, "Rafael Grossi visited Tehran last week.")
    assert meeting["host"] is None


def test_whoever_briefs_someone_on_talks_meets_them(nlp: Language) -> None:
    """'expected to brief the crown prince on the talks': Witkoff meets him."""
    found = meetings_in(
        nlp,
        "US envoy Steve Witkoff flew on to Riyadh on Friday, where he was expected to brief "
        "Saudi Crown Prince Mohammed bin Salman on the talks.",
    )
    assert [meeting["participants"] for meeting in found] == [
        {"Steve Witkoff", "Mohammed bin Salman"}
    ]


def test_a_planned_range_that_began_days_ago_is_this_year_s(nlp: Language) -> None:
    """'in China for an official visit from June 10 to 14', told on June 12: this year's."""
    meeting = only(nlp, "Alckmin is in China for an official visit from June 10 to 14.")
    assert (meeting["date"], meeting["status"]) == ("2024-06-10", MeetingStatus.ONGOING)
    assert only(nlp, "Macron will visit China on May 3.")["date"] == "2025-05-03"


def test_the_group_of_20_is_one_name(nlp: Language) -> None:
    """'Finance ministers from the Group of 20 ended two days of talks': no "Group"."""
    meeting = only(
        nlp,
        "Finance ministers and central bank governors from the Group of 20 major economies "
        "ended two days of talks in Miami on Friday.",
    )
    assert "Group" not in meeting["participants"]


def test_headline_infinitive_is_planned_and_told_by_the_lead(nlp: Language) -> None:
    """'X, Y negotiators to resume talks on Tuesday' over its lead: one planned meeting."""
    headline = "Hamas, Israel negotiators to resume Cairo talks on Tuesday"
    document = annotate(headline, pipeline=nlp, date="2026-11-29")
    [meeting] = document.meetings
    assert (meeting.status, meeting.date) == (MeetingStatus.PLANNED, "2026-12-01")
    document = annotate(
        headline + "\n\nCAIRO - Israeli and Hamas negotiators will resume talks in Cairo on "
        "Tuesday, Egyptian officials said.",
        pipeline=nlp,
        date="2026-11-29",
    )
    [meeting] = document.meetings
    assert meeting.location is not None
    assert meeting.location.name == "Cairo"
    assert meeting.evidence.text.startswith("Israeli and Hamas negotiators will resume")


def test_body_after_at_is_where_they_met(nlp: Language) -> None:
    """'met Motegi at the State Department': the department is the venue."""
    document = annotate(
        "Rubio will meet Japanese Foreign Minister Toshimitsu Motegi at the State Department "
        "on Monday.",
        pipeline=nlp,
    )
    [meeting] = document.meetings
    assert meeting.location is not None
    assert meeting.location.name == "State Department"
    document = annotate("The two ministers met at the invitation of the UN.", pipeline=nlp)
    assert all(m.location is None for m in document.meetings)


def test_place_hung_on_who_leads_those_met(nlp: Language) -> None:
    """'met a Hamas delegation led by al-Hayya in Cairo': the meeting is in Cairo."""
    document = annotate(
        "Witkoff met a Hamas delegation led by Khalil al-Hayya in Cairo on Saturday.", pipeline=nlp
    )
    [meeting] = document.meetings
    assert meeting.location is not None
    assert meeting.location.country == "EGY"


def test_meeting_told_again_by_those_it_told_of(nlp: Language) -> None:
    """'X and Y held a summit on Saturday. The leaders met for two hours': one meeting."""
    found = meetings_in(
        nlp,
        "Japanese Prime Minister Sanae Takaichi and South Korean President Lee Jae-myung held a "
        "summit in Nara on Saturday. The leaders met for about two hours at a traditional inn.",
    )
    assert len(found) == 1
    assert found[0]["trigger"] == "summit"
    found = meetings_in(
        nlp,
        "Takaichi and Lee held a summit in Nara on Saturday. Later, the leaders met again.",
    )
    assert len(found) == 2


def test_call_of_they_or_the_two(nlp: Language) -> None:
    """'They spoke by phone', 'the two would speak by phone': a call of the two just named."""
    found = meetings_in(
        nlp,
        "A meeting between Hegseth and Carvalho was cancelled, a spokesman said, adding that "
        "the two would speak by phone next week.",
    )
    assert [(m["kind"], m["participants"]) for m in found] == [
        (MeetingKind.MEETING, {"Hegseth", "Carvalho"}),
        (MeetingKind.CALL, {"Hegseth", "Carvalho"}),
    ]
    found = meetings_in(nlp, "Healey and Vautrin met on Friday. They spoke by phone on Sunday.")
    assert [m["kind"] for m in found] == [MeetingKind.MEETING, MeetingKind.CALL]
    assert meetings_in(nlp, "Officials said they spoke by phone from Oman.") == []


def test_the_two_met(nlp: Language) -> None:
    """'Blinken and Lavrov arrived. The two met for an hour': the two named just before."""
    (meeting,) = meetings_in(nlp, "Blinken and Lavrov arrived in Geneva. The two met for an hour.")
    assert meeting["participants"] == {"Blinken", "Lavrov"}


def test_second_person_joined_to_the_first_ones_place(nlp: Language) -> None:
    """'Rep. Tom Cole of Oklahoma and Sen. Susan Collins of Maine met': both meet."""
    (meeting,) = meetings_in(
        nlp,
        "The chairs of the appropriations committees, Rep. Tom Cole of Oklahoma and Sen. Susan "
        "Collins of Maine, met for a third day on Monday.",
    )
    assert meeting["participants"] == {"Tom Cole", "Susan Collins"}


def test_it_or_they_said_of_themselves(nlp: Language) -> None:
    """'Sable Point Capital said it had requested a meeting with X': the firm takes part."""
    (meeting,) = meetings_in(
        nlp, "Sable Point Capital said it had requested a meeting with Governor Whitfield."
    )
    assert meeting["participants"] == {"Sable Point Capital", "Whitfield"}
    assert meeting["status"] is MeetingStatus.PLANNED
    (meeting,) = meetings_in(
        nlp, "Opposition leaders said they had requested a meeting with the ECOWAS mediators."
    )
    assert "Opposition leaders" in meeting["participants"]


def test_venue_in_the_country_its_sentence_names(nlp: Language) -> None:
    """'flew to Bissau and held talks at the presidential palace' under an ABUJA dateline."""
    found = meetings_in(
        nlp,
        "ABUJA, Nov 30 (Reuters) - West African leaders met on Sunday.\n"
        "The team of mediators flew to Bissau on Thursday and held talks with General Horacio "
        "Nanque at the presidential palace.",
    )
    talks = next(m for m in found if m["trigger"] == "talks")
    assert talks["location"] == ("presidential palace", "GNB")


def test_meeting_on_the_sidelines_of_a_summit_told_before(nlp: Language) -> None:
    """'held a summit in Abuja on Sunday. On the sidelines of the summit, X met Y': Sunday."""
    found = meetings_in(
        nlp,
        "West African leaders held a summit in Abuja on Sunday. On the sidelines of the summit, "
        "Nigerian President Bola Tinubu held a bilateral meeting with Senegalese President Faye.",
    )
    bilateral = next(m for m in found if m["trigger"] == "meeting")
    assert bilateral["participants"] == {"Bola Tinubu", "Faye"}
    assert (bilateral["date"], bilateral["location"]) == ("2024-06-09", ("Abuja", "NGA"))


@pytest.mark.parametrize("sidelines", ["On the sidelines", "On the sidelines on Sunday"])
def test_meeting_on_the_sidelines_of_nothing_named(nlp: Language, sidelines: str) -> None:
    """'On the sidelines, X met Y' after a summit: the sidelines of that summit, its place."""
    found = meetings_in(
        nlp,
        "Pacific Islands Forum leaders opened their annual summit in Koror on Sunday.\n\n"
        f"{sidelines}, Australian Prime Minister Anthony Albanese met Tuvalu's Prime "
        "Minister Feleti Teo.",
    )
    met = next(m for m in found if m["trigger"] == "met")
    assert met["participants"] == {"Anthony Albanese", "Feleti Teo"}
    assert (met["date"], met["location"]) == ("2024-06-09", ("Koror", "PLW"))


def test_sidelines_without_a_summit_before_stay_unplaced(nlp: Language) -> None:
    """No summit told before: "on the sidelines" gives no place of its own."""
    meeting = only(
        nlp, "On the sidelines, Australian Prime Minister Anthony Albanese met Feleti Teo."
    )
    assert meeting["location"] is None


@pytest.mark.parametrize(
    ("second", "carried"),
    [
        ("In the evening, Macron met Merz.", True),
        ("That night, Macron met Merz.", True),
        ("On Sunday evening, Macron met Merz.", False),
        ("Macron met Merz in Hamburg.", False),
    ],
)
def test_a_part_of_the_day_goes_on_from_the_day_told_before(
    nlp: Language, second: str, carried: bool
) -> None:
    """'... on Friday. In the evening, X met Y': on Friday, unless a day of its own."""
    first, then = meetings_in(nlp, f"Macron met Scholz in Berlin on Friday. {second}")
    assert first["date"] == "2024-06-07"
    assert (then["date"] == "2024-06-07") is carried


def test_a_group_of_two_nationalities_is_two_sides(nlp: Language) -> None:
    """'Russian and Ukrainian delegations met': Russia and Ukraine, when the text names them."""
    meeting = only(
        nlp,
        "Russian and Ukrainian delegations met in Istanbul in July. Russia and Ukraine have "
        "been at war since 2022.",
    )
    assert meeting["participants"] == {"Russia", "Ukraine"}
    alone = only(nlp, "Russian and Ukrainian delegations met in Istanbul in July.")
    assert alone["participants"] == {"Russian and Ukrainian delegations"}


def test_agreed_to_resume_something_at_a_summit(nlp: Language) -> None:
    """The summit where something was agreed was held then; talks agreed on are ahead."""
    summit = only(
        nlp,
        "Japanese Prime Minister Sanae Takaichi and South Korean President Lee Jae-myung "
        "agreed on Saturday to resume a currency swap line at a summit in Tokyo.",
    )
    assert summit["status"] is MeetingStatus.OCCURRED
    assert summit["date_text"] == "Saturday"
    both = only(
        nlp,
        "Japanese Prime Minister Sanae Takaichi and South Korean President Lee Jae-myung "
        "agreed on Saturday to expand security cooperation and resume a currency swap line "
        "at a summit in Tokyo.",
    )
    assert both["status"] is MeetingStatus.OCCURRED
    talks = only(nlp, "Takaichi and Lee agreed on Saturday to hold talks at a summit in Seoul.")
    assert talks["status"] is MeetingStatus.PLANNED


def test_what_was_agreed_after_or_during_talks_tells_them_held(nlp: Language) -> None:
    """'agreed to restore embassies after talks'; 'talks, during which both sides agreed to'."""
    after = meetings_in(
        nlp,
        "U.S. and Russian officials agreed on Tuesday to restore their embassies after talks "
        "in Riyadh. It was the first high-level meeting between the two countries since 2022.",
    )
    assert [found["status"] for found in after] == [MeetingStatus.OCCURRED]
    assert after[0]["location"] == ("Riyadh", "SAU")
    for verb in ("had phone talks", "held talks"):
        during = only(
            nlp,
            f"Foreign Minister Bui Thanh Son {verb} with Thai Foreign Minister Maris "
            "Sangiampongsa, during which both sides agreed to boost trade.",
        )
        assert during["status"] is MeetingStatus.OCCURRED
    # what they agreed to hold, or talks with a day of their own ahead, are still to come
    for text in (
        "U.S. and Russian officials agreed on Tuesday to hold talks in Riyadh.",
        "U.S. and Russian officials agreed to restore their embassies after talks in Riyadh "
        "next week.",
        "U.S. and Russian officials will restore their embassies after talks in Riyadh.",
        "Trump will hold a summit with Putin, at which both sides hope to agree a ceasefire.",
    ):
        assert only(nlp, text)["status"] is MeetingStatus.PLANNED, text


def test_the_clause_of_a_plan_places_and_dates_the_meeting(nlp: Language) -> None:
    """'a meeting, planned for Geneva on Friday': Geneva; 'scheduled to take place on ...'."""
    planned = only(
        nlp,
        "A separate meeting between Lutnick and Wang, planned for Geneva on Friday, was "
        "postponed until December 10.",
    )
    assert planned["location"] == ("Geneva", "CHE")
    called_off = only(
        nlp,
        "A meeting between Lutnick and Wang, scheduled to take place in Geneva on Friday, "
        "was cancelled.",
    )
    assert called_off["location"] == ("Geneva", "CHE")
    assert called_off["date_text"] == "Friday"
    assert called_off["status"] is MeetingStatus.CANCELLED


def test_a_meeting_that_was_due_to_take_place_there_and_then(nlp: Language) -> None:
    """'called off a planned meeting with X that was due to take place in Madrid on Monday'."""
    called_off = only(
        nlp,
        "The European Leagues called off a planned meeting with FIFA officials that was due to "
        "take place in Madrid on Monday.",
    )
    assert called_off["location"] == ("Madrid", "ESP")
    assert called_off["date_text"] == "Monday"
    assert called_off["status"] is MeetingStatus.CANCELLED


@pytest.mark.parametrize(
    ("last", "apart"),
    [
        ("Their last meeting, held in Moscow in July 1991, produced the START treaty.", True),
        ("Their meeting, held in Malta in December 1989, produced a thaw.", False),
    ],
)
def test_a_meeting_told_in_another_year_is_another_meeting(
    nlp: Language, last: str, apart: bool
) -> None:
    """'met in Malta in December 1989 ... Their last meeting, in Moscow in July 1991': two."""
    found = meetings_in(
        nlp, f"George H.W. Bush met Mikhail Gorbachev in Malta in December 1989. {last}"
    )
    assert len(found) == (2 if apart else 1)
    assert found[0]["location"] == ("Malta", "MLT")
    if apart:
        assert (found[1]["location"], found[1]["date_text"]) == (("Moscow", "RUS"), "July 1991")


def test_a_meeting_in_another_year_is_not_held_on_the_visit_before(nlp: Language) -> None:
    """'In December 1987, Gorbachev visited Washington. ... met Gorbachev ... in December 1989'."""
    visit, meeting = meetings_in(
        nlp,
        "In December 1987, Gorbachev visited Washington. George H.W. Bush met Gorbachev aboard a "
        "Soviet cruise ship in December 1989.",
    )
    assert visit["location"] == ("Washington", "USA")
    assert meeting["location"] is None


def test_talks_held_separately_after_a_reception_of_both_are_their_own(nlp: Language) -> None:
    """A reception of both, then 'also met separately, their first talks since ...': two."""
    found = meetings_in(
        nlp,
        "Egyptian President Abdel Fattah al-Sisi and Jordan's King Abdullah II were received at "
        "Baghdad airport by Iraqi Prime Minister Mohammed Shia al-Sudani. Sisi and Abdullah also "
        "met separately, their first face-to-face talks since a summit in Cairo in March.",
    )
    assert [m["kind"] for m in found] == [MeetingKind.MEETING, MeetingKind.TALKS]
    assert "Mohammed Shia al-Sudani" not in found[1]["participants"]


def test_a_list_after_between_the_parser_broke(nlp: Language) -> None:
    """'between the OVP, the SPO and the NEOS began': the parser makes two a subject."""
    talks = only(
        nlp, "Exploratory talks between the OVP, the SPO and the NEOS began on October 14."
    )
    assert talks["participants"] == {"OVP", "SPO", "NEOS"}
    talks = only(
        nlp, "Exploratory talks between the OVP, the SPO and the liberal NEOS began on October 14."
    )
    assert talks["participants"] == {"OVP", "SPO", "NEOS"}


def test_a_titled_name_tagged_as_a_building_meets(nlp: Language) -> None:
    """'and Halden CEO Magnus Ek met': the model tags the name as a facility."""
    meeting = only(
        nlp,
        "Nordvik chief executive Ingrid Solberg and Halden CEO Magnus Ek met in Oslo on Friday.",
    )
    assert meeting["participants"] == {"Ingrid Solberg", "Magnus Ek"}


def test_another_round_of_the_talks_told_is_a_meeting_of_their_parties(nlp: Language) -> None:
    """'The next round of talks will be held in Stockholm': the same two, another time."""
    before = "U.S. and Chinese negotiators wrapped up trade talks in Geneva on Saturday. "
    held, following = meetings_in(
        nlp, before + "The next round of talks will be held in Stockholm in January."
    )
    assert following["participants"] == held["participants"]
    assert following["location"] == ("Stockholm", "SWE")
    assert (following["status"], following["date_text"]) == (MeetingStatus.PLANNED, "January")
    held, previous = meetings_in(
        nlp,
        before + "The previous round of talks, held in London on October 20, ended without "
        "agreement.",
    )
    assert previous["participants"] == held["participants"]
    assert (previous["location"], previous["date_text"]) == (("London", "GBR"), "October 20")
    # "It was the fifth round of talks" says what the talks told were
    assert len(meetings_in(nlp, before + "It was the fifth round of talks.")) == 1
    # the next meeting of a planned one is that one
    assert (
        len(
            meetings_in(
                nlp, "Xi and Biden will meet next month. The next meeting will focus on trade."
            )
        )
        == 1
    )


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Smith met ILA leaders at the Labor Department on Friday.", "Labor Department"),
        (
            "Pistorius held talks with his Polish counterpart at the German permanent "
            "representation on Thursday.",
            "German permanent representation",
        ),
        (
            "Umerov met David McGuinty at the Canadian mission to NATO on Thursday.",
            "Canadian mission",
        ),
        ("Smith met Jones, a professor at Harvard University, on Friday.", None),
    ],
)
def test_venues_of_those_met_and_not_of_those_described(
    nlp: Language, text: str, place: str | None
) -> None:
    """A body after "at" on those met, a mission; not the university a professor works at."""
    meeting = only(nlp, text)
    assert (meeting["location"] or (None,))[0] == place


@pytest.mark.parametrize(
    ("text", "participants"),
    [
        (
            "A planned meeting between Lee and Japanese business leaders at the Keidanren "
            "headquarters on Sunday was cancelled.",
            {"Lee", "Japanese business leaders"},
        ),
        (
            "Local union leaders will hold talks with terminal operators in Houston next week.",
            {"Local union leaders", "terminal operators"},
        ),
    ],
)
def test_groups_met_beside_a_person_or_by_their_trade(
    nlp: Language, text: str, participants: set[str]
) -> None:
    """A group the parser hangs a person on, and operators, employers and the like, meet."""
    assert only(nlp, text)["participants"] == participants


def test_the_two_who_meet_again_are_those_who_met(nlp: Language) -> None:
    """'The two CEOs are expected to meet again': the two who met, not the companies."""
    found = meetings_in(
        nlp,
        "Nordvik Industrier and Halden Steel are in advanced talks about a merger. Nordvik "
        "chief executive Ingrid Solberg and Halden CEO Magnus Ek met in Oslo on Friday. "
        "Nordvik shares rose 7.4 percent in Oslo trading on Monday, while Halden gained 5.1 "
        "percent. The two CEOs are expected to meet again in Stockholm next week.",
    )
    assert found[-1]["participants"] == {"Ingrid Solberg", "Magnus Ek"}
    assert found[-1]["location"] == ("Stockholm", "SWE")


def test_dates_after_weekdays_say_which_week(nlp: Language) -> None:
    """'met on Monday and Tuesday, June 3 and 4': the dates, not the Monday last past."""
    meeting = only(
        nlp,
        "Officials from the two foreign ministries met on Monday and Tuesday, June 3 and 4.",
    )
    assert meeting["date"] == "2024-06-03"  # the text's date is Wednesday, June 12
    # a date of something else after the weekday leaves the weekday alone
    meeting = only(nlp, "Kim met Lee on Monday, a day after the November 22 vote.")
    assert meeting["date_text"] == "Monday"


def test_their_meeting_is_the_subjects_not_the_last_two_named(nlp: Language) -> None:
    """'the alliance's heads of government would hold their annual summit': not Umerov's."""
    found = meetings_in(
        nlp,
        "Umerov met Canadian Defence Minister David McGuinty on Thursday. Officials said the "
        "alliance's heads of government would hold their annual summit in Ankara in July.",
    )
    assert "Umerov" not in found[-1]["participants"]
    # "The two leaders will hold their next summit": those two
    found = meetings_in(
        nlp, "Putin and Xi met on Monday. The two leaders will hold their next summit in Beijing."
    )
    assert found[-1]["participants"] == {"Putin", "Xi"}


def test_the_leaders_after_a_headline_group_are_the_two_named(nlp: Language) -> None:
    """A headline's 'South Korea leaders' is no group 'The leaders' in the text refers to."""
    found = meetings_in(
        nlp,
        "Japan, South Korea leaders pledge closer ties at Tokyo summit\n\n"
        "Japanese Prime Minister Sanae Takaichi and South Korean President Lee Jae-myung met "
        "in Tokyo on Saturday. The leaders agreed to hold a trilateral summit with China in "
        "Seoul early next year.",
    )
    assert {"Sanae Takaichi", "Lee Jae-myung", "China"} <= found[-1]["participants"]


def test_the_two_companies_are_no_group(nlp: Language) -> None:
    """'the two companies' unions': two organisations, not a group of shareholders."""
    found = meetings_in(
        nlp,
        "Nordvik chief executive Ingrid Solberg met Trade Minister Cecilie Myrseth on Friday. "
        "Halden shareholders will vote in March. A meeting between the two companies' unions, "
        "planned for Tuesday in Gothenburg, was called off.",
    )
    assert "Halden shareholders" not in found[-1]["participants"]


def test_ceasefire_talks_tagged_as_a_verb_are_talks(nlp: Language) -> None:
    """'Ceasefire talks between ... resumed': "talks", tagged as a verb, is the subject."""
    found = only(nlp, "Ceasefire talks between Israel and Hamas resumed in Cairo on Sunday.")
    assert found["kind"] is MeetingKind.TALKS
    assert found["participants"] == {"Israel", "Hamas"}
    assert found["location"] == ("Cairo", "EGY")
    assert found["date"] == "2024-06-09"


def test_a_capital_at_the_sentence_start_names_no_gathering(nlp: Language) -> None:
    """'Truce talks' opening a paragraph are talks, not a named summit; 'COP28 talks' are one."""
    found = only(
        nlp, "Talks resume\n\nTruce talks between Israel and Hamas resumed in Cairo on Sunday."
    )
    assert found["kind"] is MeetingKind.TALKS
    assert found["participants"] == {"Israel", "Hamas"}
    found = only(nlp, "Climate news\n\nThe COP28 talks ended in Dubai on Sunday.")
    assert found["kind"] is MeetingKind.SUMMIT


def test_talks_told_again_with_a_time_and_status_of_their_own(nlp: Language) -> None:
    """'The talks will resume on Thursday', 'Talks planned for June were cancelled': others."""
    held, resumed = meetings_in(
        nlp,
        "Iran and the United States held talks in Muscat on Sunday. The talks will resume "
        "on Thursday, the mediator said.",
    )
    assert held["status"] is MeetingStatus.OCCURRED
    assert held["date"] == "2024-06-09"
    assert resumed["participants"] == {"Iran", "United States"}
    assert resumed["status"] is MeetingStatus.PLANNED
    assert resumed["date"] == "2024-06-13"
    held, called_off = meetings_in(
        nlp,
        "Iran and the United States held indirect talks in Muscat on Sunday. Talks planned "
        "for March in Muscat were cancelled after the strikes.",
    )
    assert called_off["participants"] == {"Iran", "United States"}
    assert called_off["status"] is MeetingStatus.CANCELLED
    assert called_off["date_text"] == "March"
    # talks told again in the same status are the talks told
    (held,) = meetings_in(
        nlp,
        "Iran and the United States held talks in Muscat on Sunday. The talks, which began "
        "on Saturday, ended without agreement.",
    )


def test_the_two_due_to_meet_are_the_two_named(nlp: Language) -> None:
    """'The two are now due to meet in Bangkok': the subject of "are", the two named."""
    met, planned = meetings_in(
        nlp,
        "Thai Foreign Minister Somchai Wongsawat met his Cambodian counterpart, Sok Pheap, "
        "on Sunday. The two are now due to meet again in Bangkok on June 20.",
    )
    assert planned["participants"] == met["participants"] == {"Somchai Wongsawat", "Sok Pheap"}
    assert planned["status"] is MeetingStatus.PLANNED
    assert planned["location"] == ("Bangkok", "THA")


def test_the_day_a_meeting_was_called_off_is_not_its_day(nlp: Language) -> None:
    """'was called off on Monday' dates the calling off; a planned one's day is the nearer."""
    called_off = only(
        nlp,
        "A planned meeting between Chancellor Markus Weber and President James Whitfield was "
        "called off on Monday morning.",
    )
    assert called_off["status"] is MeetingStatus.CANCELLED
    assert called_off["date"] is None
    planned = only(
        nlp,
        "A planned meeting between Thandi Nkosi and Sipho Dlamini on Friday was called off "
        "after the union objected.",
    )
    assert planned["date"] == "2024-06-14"  # the Friday ahead of Wednesday, June 12
    # the nearer of the two days: a Monday just gone, two days before Wednesday
    gone = only(
        nlp,
        "A planned meeting between Lee Jae-myung and business leaders on Monday was cancelled "
        "after Lee decided to return home early.",
    )
    assert gone["date"] == "2024-06-10"


def test_a_meeting_after_which_something_happened_takes_nothing_of_it(nlp: Language) -> None:
    """'Shares rose in New York after the meeting': not the meeting's place."""
    found = only(
        nlp,
        "President Etienne Laurent held a meeting with Corvex chief executive Rajesh Iyer on "
        "Monday. Shares in Corvex rose 3% in New York after the meeting.",
    )
    assert found["location"] is None
    assert found["date"] == "2024-06-10"


def test_a_one_word_name_after_the_at_which_people_meet_is_a_venue(nlp: Language) -> None:
    """'at the Catshuis' (tagged as a person) and 'the Union Buildings' after those met."""
    found = only(
        nlp,
        "President Kwame Asante met Prime Minister Maarten Visser at the Catshuis on Tuesday.",
    )
    assert found["participants"] == {"Kwame Asante", "Maarten Visser"}
    assert found["location"] is not None
    assert found["location"][0] == "Catshuis"
    found = only(
        nlp,
        "President Sipho Dlamini held talks with the leadership of the Congress of Unions at "
        "the Union Buildings last Wednesday.",
    )
    assert found["location"] is not None
    assert found["location"][0] == "Union Buildings"


@pytest.mark.parametrize(
    "text",
    [
        "Trade negotiations between the European Union and the United States, which have "
        "dragged on for more than three years, appear close to collapse.",
        "Negotiations between ASEAN and China on a code of conduct for the South China Sea, "
        "which began in 2002, have made little progress.",
    ],
)
def test_negotiations_that_have_gone_on_for_years_are_no_meeting(nlp: Language, text: str) -> None:
    """A negotiating process told by how many years it has lasted is no one meeting."""
    assert meetings_in(nlp, text) == []


def test_talks_that_lasted_hours_are_a_meeting(nlp: Language) -> None:
    """'talks between X and Y, which lasted three hours': a meeting."""
    found = only(
        nlp,
        "Talks between Iran and the United States, which lasted three hours, ended on Sunday.",
    )
    assert found["participants"] == {"Iran", "United States"}


def test_the_next_council_meeting_is_the_councils(nlp: Language) -> None:
    """'The next council meeting' after another meeting told between: the council's, there."""
    council, other, following = meetings_in(
        nlp,
        "The FIFA Council met in Zurich on Monday. UEFA president Henrik Lund is expected to "
        "meet the European Club Association's board in Nyon next week. The next council "
        "meeting is scheduled for March in Asuncion, Paraguay.",
    )
    assert council["participants"] == following["participants"] == {"FIFA Council"}
    assert following["status"] is MeetingStatus.PLANNED
    assert following["location"] == ("Asuncion", "PRY")
    assert "Henrik Lund" in other["participants"]
    *_, following = meetings_in(
        nlp,
        "The FIFA Council met on Monday. Lund will meet the club association's board next "
        "week. The council also approved the budget. The next council meeting is in March.",
    )
    assert following["participants"] == {"FIFA Council"}


def test_their_meeting_after_a_preposition_is_the_subjects(nlp: Language) -> None:
    """'commissioners are expected to discuss it at their regular meeting': theirs only."""
    met, regular = meetings_in(
        nlp,
        'Mayor Linda Marsh met residents on Saturday. "She listened," said Walter Briggs. '
        "Montgomery County commissioners are also expected to discuss the flooding at their "
        "regular meeting next Tuesday.",
    )
    assert "Linda Marsh" in met["participants"]
    assert regular["participants"] == {"Montgomery County commissioners"}
    assert regular["status"] is MeetingStatus.PLANNED


def test_talks_told_again_after_other_meetings_between(nlp: Language) -> None:
    """'Talks planned for March were cancelled', with other meetings told since the talks."""
    found = meetings_in(
        nlp,
        "Iran and the United States held indirect talks in Muscat on Sunday. They agreed to "
        "meet again. Before the talks, Farahani was received by the Sultan on Saturday. "
        "Talks planned for March in Muscat were cancelled after the strikes.",
    )
    (called_off,) = [m for m in found if m["status"] is MeetingStatus.CANCELLED]
    assert called_off["participants"] == {"Iran", "United States"}
    assert called_off["date_text"] == "March"


def test_a_day_before_a_purpose_is_the_meetings(nlp: Language) -> None:
    """'met X, an official, on Monday morning to press for ...': met on Monday."""
    found = only(
        nlp,
        "Indonesian Foreign Minister Dewi Santoso met Myanmar's representative, a senior "
        "foreign ministry official, on Monday morning to press for the release of prisoners.",
    )
    assert found["date"] == "2024-06-10"


def test_a_visit_one_has_been_on_since_a_day_goes_on(nlp: Language) -> None:
    """'has been on a three-day visit to Casablanca since Saturday': ongoing."""
    found = only(nlp, "Keller has been on a three-day visit to Casablanca since Saturday.")
    assert found["status"] is MeetingStatus.ONGOING


def test_the_meeting_that_brought_together_is_the_one_hosted(nlp: Language) -> None:
    """'hosted chief executives ... The two-hour meeting brought together the heads of A'."""
    (found,) = meetings_in(
        nlp,
        "French President Etienne Laurent hosted technology chief executives at the Elysee "
        "Palace on Monday.\n\nThe two-hour meeting, held over a working breakfast, brought "
        "together the head of Nimbus AI, Sara Lind.",
    )
    assert found["host"] == "Etienne Laurent"
    assert "Sara Lind" in found["participants"] or "Nimbus AI" in found["participants"]


@pytest.mark.parametrize(
    "text",
    [
        "Ahn Gyu-back held talks with Pete Hegseth in Seoul on Monday.",
        "On Monday Ahn Gyu-back held talks with Pete Hegseth in Seoul.",
        "Defense Minister Ahn Gyu-back held talks with U.S. Defense Secretary Pete Hegseth in "
        "Seoul on Monday.",
    ],
)
def test_talks_held_by_a_hyphenated_name(nlp: Language, text: str) -> None:
    """'Ahn Gyu-back held talks', parsed as '[Ahn Gyu-back held] talks': his talks all the same."""
    talks = only(nlp, text)
    assert talks["kind"] is MeetingKind.TALKS
    assert talks["participants"] == {"Ahn Gyu-back", "Pete Hegseth"}
    assert talks["date"] == "2024-06-10"


def test_chronology_entries_are_dated_by_the_date_they_open_with(nlp: Language) -> None:
    """'March 3: ... meet ...': the present of a chronology tells the past, on that day."""
    document = annotate(
        "Key moments of the year:\n\n"
        "March 3: Government and ELN delegations meet secretly in Caracas.\n\n"
        "May 9: Petro meets Norwegian Foreign Minister Espen Barth Eide in Bogota.\n\n"
        "June 12: Petro will visit Madrid.",
        date=DATE,
        pipeline=nlp,
    )
    found = [(m.trigger.text, m.date, m.status) for m in document.meetings]
    assert found == [
        ("meet", "2024-03-03", MeetingStatus.OCCURRED),
        ("meets", "2024-05-09", MeetingStatus.OCCURRED),
        ("visit", "2024-06-12", MeetingStatus.PLANNED),
    ]


def test_chronology_entry_a_few_weeks_ahead_is_planned(nlp: Language) -> None:
    """'July 2: Lee meets Trump ...', told on June 12: the entry of a schedule, ahead."""
    meeting = only(nlp, "What comes next:\n\nJuly 2: Lee meets Trump at the White House.")
    assert (meeting["date"], meeting["status"]) == ("2024-07-02", MeetingStatus.PLANNED)


def test_meeting_told_again_in_apposition_is_one(nlp: Language) -> None:
    """'held talks with Abiy at the Sheraton, their second meeting in three months': one."""
    talks = only(
        nlp,
        "Kenyan President William Ruto held talks with Ethiopian Prime Minister Abiy Ahmed on "
        "Monday at the Sheraton Addis, their second meeting in three months.",
    )
    assert talks["participants"] == {"William Ruto", "Abiy Ahmed"}
    assert talks["date"] == "2024-06-10"


def test_meeting_named_by_its_day_is_the_one_of_that_day(nlp: Language) -> None:
    """'met tribal leaders on Monday ... who attended Monday's summit': that meeting."""
    meeting = only(
        nlp,
        "Gov. Michelle Lujan Grisham met tribal leaders on Monday in Albuquerque.\n\n"
        "State Sen. Shannon Pinto, who attended Monday's summit, said she would introduce a "
        "bill.",
    )
    assert meeting["participants"] == {"Michelle Lujan Grisham", "tribal leaders", "Shannon Pinto"}


def test_a_stop_on_a_trip_for_a_meeting_is_no_refusal(nlp: Language) -> None:
    """'will stop in Tokyo for a brief meeting with Takaichi': a planned meeting there."""
    meeting = only(
        nlp,
        "Lee will stop in Tokyo on June 16 for a brief meeting with Japanese Prime Minister "
        "Sanae Takaichi, their second encounter since she took office.",
    )
    assert meeting["participants"] == {"Lee", "Sanae Takaichi"}
    assert (meeting["status"], meeting["date"]) == (MeetingStatus.PLANNED, "2024-06-16")
    assert meeting["location"] == ("Tokyo", "JPN")


def test_the_two_last_met(nlp: Language) -> None:
    """'The two last met in Seoul on May 3', parsed with "last" the subject: the two named."""
    _, earlier = meetings_in(
        nlp,
        "Trade Minister Yeo Han-koo met Commerce Secretary Howard Lutnick in Washington on "
        "Monday. The two last met in Seoul on May 3.",
    )
    assert earlier["participants"] == {"Yeo Han-koo", "Howard Lutnick"}
    assert (earlier["date"], earlier["location"]) == ("2024-05-03", ("Seoul", "KOR"))


def test_a_conversation_held_with_someone_is_talks(nlp: Language) -> None:
    """'held a separate conversation with Bessent': talks, "with" hung on the noun."""
    talks = only(
        nlp,
        "Bank of Japan Governor Kazuo Ueda held a separate conversation with US Treasury "
        "secretary Scott Bessent on Monday.",
    )
    assert talks["kind"] is MeetingKind.TALKS
    assert talks["participants"] == {"Kazuo Ueda", "Scott Bessent"}
    assert meetings_in(nlp, "Kazuo Ueda held a conversation with reporters on Monday.") == []


def test_place_name_cut_by_a_hyphen_is_whole(nlp: Language) -> None:
    """'in Ain al-Tineh', parsed as three objects of "in": the place is the whole name."""
    talks = only(
        nlp,
        "Ortagus also held talks on Monday with Parliament Speaker Nabih Berri in Ain al-Tineh.",
    )
    assert talks["location"] is not None
    assert talks["location"][0] == "Ain al-Tineh"


def test_who_is_expected_for_meetings_with_two_takes_part(nlp: Language) -> None:
    """'Le Drian is expected in Beirut for talks with Aoun and Salam': Le Drian too."""
    talks = only(
        nlp,
        "French envoy Jean-Yves Le Drian is expected in Beirut next week for talks with Aoun "
        "and Salam.",
    )
    assert talks["participants"] == {"Jean-Yves Le Drian", "Aoun", "Salam"}
    assert talks["status"] is MeetingStatus.PLANNED
    cancelled = only(nlp, "The White House cancelled a meeting between Biden and Netanyahu.")
    assert cancelled["participants"] == {"Biden", "Netanyahu"}


def test_leaders_one_sat_down_with_take_part(nlp: Language) -> None:
    """'sat down with leaders of more than a dozen pueblos': the leaders are a group met."""
    meeting = only(
        nlp,
        "Gov. Michelle Lujan Grisham sat down with leaders of more than a dozen New Mexico "
        "pueblos and tribes on Monday in Albuquerque.",
    )
    assert meeting["participants"] == {"Michelle Lujan Grisham", "leaders"}


def test_list_introduced_as_ahead_is_planned(nlp: Language) -> None:
    """'Key dates ahead: / February 3: Macron meets Scholz': a schedule, not a chronology."""
    meeting = only(nlp, "Key dates ahead:\n\nFebruary 3: Macron meets Scholz in Berlin.")
    assert (meeting["date"], meeting["status"]) == ("2025-02-03", MeetingStatus.PLANNED)


def test_meeting_named_by_its_day_elsewhere_is_another(nlp: Language) -> None:
    """'met Scholz in Berlin on Monday ... Monday's EU summit in Brussels': two meetings."""
    first, second = meetings_in(
        nlp,
        "Macron met Scholz in Berlin on Monday.\n\nMeloni, who attended Monday's EU summit in "
        "Brussels, said nothing.",
    )
    assert first["participants"] == {"Macron", "Scholz"}
    assert "Meloni" in second["participants"]
    assert second["location"] == ("Brussels", "BEL")


# -- review round 22 ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "person"),
    [
        (
            "On Friday, Putin spoke by phone with Prime Minister of India Narendra Modi.",
            "Narendra Modi",
        ),
        (
            "On Tuesday, Thongloun Sisoulith is scheduled to meet with Chairman of the State Duma "
            "Vyacheslav Volodin.",
            "Vyacheslav Volodin",
        ),
        (
            "Serbian Minister for European Integration Nemanja Starović held talks with Kos in "
            "Brussels on Monday afternoon.",
            "Nemanja Starović",
        ),
    ],
)
def test_person_after_a_title_with_its_complement_takes_part(
    nlp: Language, text: str, person: str
) -> None:
    """'with Prime Minister of India Narendra Modi': the name after the title's "of" phrase."""
    assert person in only(nlp, text)["participants"]


@pytest.mark.parametrize(
    ("text", "joined"),
    [
        ("Starmer and Albanese held talks with Holness on Friday.", "Albanese"),
        (
            "Canadian Foreign Minister Anita Anand joined Norway's Espen Barth Eide in Oslo on "
            "Friday. Anand and Barth Eide also held a separate bilateral meeting.",
            "Barth Eide",
        ),
    ],
)
def test_name_joined_to_a_person_takes_part(nlp: Language, text: str, joined: str) -> None:
    """'Starmer and Albanese' (a nationality's word), 'Anand and Barth Eide' (a building's)."""
    assert joined in only(nlp, text)["participants"]


def test_place_on_the_sidelines_is_the_meetings(nlp: Language) -> None:
    """'On the sidelines of the forum in Manama, X met Y': in Manama."""
    meeting = only(
        nlp, "On the sidelines of the forum in Manama, Al Zayani met Safadi on Saturday."
    )
    assert meeting["location"] == ("Manama", "BHR")


def test_margins_of_the_conference_told_before(nlp: Language) -> None:
    """'on the margins of the conference': that conference's day and city, not a part of it."""
    conference, met = meetings_in(
        nlp,
        "Montenegro held an intergovernmental conference with the EU in Brussels on Wednesday. "
        "Spajić, who also met European Council President António Costa on the margins of the "
        "conference, said reforms would continue.",
    )
    assert conference["trigger"] == "conference"
    assert met["participants"] == {"Spajić", "António Costa"}
    assert (met["location"], met["date"]) == (("Brussels", "BEL"), DATE)


@pytest.mark.parametrize(
    ("text", "country"),
    [
        (
            "MOSCOW, June 12. /TASS/. Lavrov met his Lao counterpart Thongsavanh Phomvihane at the "
            "Foreign Ministry mansion on Wednesday.",
            "RUS",
        ),
        (
            "KUWAIT CITY, June 12, 2024: Jaishankar held talks with Kuwaiti Foreign Minister "
            "Abdullah Al-Yahya at the Ministry of Foreign Affairs on Wednesday.",
            "KWT",
        ),
        (
            "Manama: Crown Prince Salman bin Hamad Al Khalifa received John Healey at Gudaibiya "
            "Palace on Wednesday.",
            "BHR",
        ),
        (
            "ST JOHN'S, Antigua - British Prime Minister Keir Starmer met Mr Browne on Wednesday "
            "at the Royalton resort.",
            "ATG",
        ),
    ],
)
def test_datelines_of_other_styles_give_the_country(nlp: Language, text: str, country: str) -> None:
    """TASS's '/TASS/.', a colon after the city, and 'Antigua' as a region: the venue's country."""
    location = only(nlp, text)["location"]
    assert location is not None
    assert location[1] == country


def test_calling_on_a_person_is_a_courtesy_call(nlp: Language) -> None:
    """'called on the Crown Prince': a visit he hosts, and no appeal to him."""
    text = (
        "Jaishankar called on Crown Prince Sheikh Sabah Khaled Al-Sabah in Kuwait City on "
        "Wednesday."
    )
    meeting = only(nlp, text)
    assert (meeting["kind"], meeting["host"]) == (MeetingKind.VISIT, "Sabah Khaled Al-Sabah")
    assert annotate(text, date=DATE, pipeline=nlp).statements == ()
    assert meetings_in(nlp, "Biden called on Putin to withdraw his troops.") == []
    assert (
        len(annotate("The UN called on both sides for a ceasefire.", pipeline=nlp).statements) == 1
    )


def test_amir_is_a_title(nlp: Language) -> None:
    """'the Amir of Kuwait, Sheikh Mishal Al-Sabah': met as the emir would be."""
    meeting = only(
        nlp, "Jaishankar met the Amir of Kuwait, Sheikh Mishal Al-Sabah, at Bayan Palace on Sunday."
    )
    assert meeting["participants"] == {"Jaishankar", "Mishal Al-Sabah"}


@pytest.mark.parametrize(
    ("text", "host"),
    [
        ("On Friday, King Charles held an audience with Prime Minister Browne.", "Charles"),
        ("Lula had an audience with Pope Leo on Friday.", "Leo"),
    ],
)
def test_sovereign_hosts_an_audience(nlp: Language, text: str, host: str) -> None:
    """'held an audience with', 'had an audience with the Pope': the sovereign grants it."""
    assert only(nlp, text)["host"] == host


def test_meeting_noun_framing_the_talks_held_is_those_talks(nlp: Language) -> None:
    """'In a separate meeting, X held talks with Y': one meeting, not two."""
    meeting = only(
        nlp,
        "Bahraini Foreign Minister Abdullatif Al Zayani attended the forum. In a separate "
        "meeting, Al Zayani held talks with Jordanian Foreign Minister Ayman Safadi.",
    )
    assert meeting["participants"] == {"Abdullatif Al Zayani", "Ayman Safadi"}


def test_two_leaders_holding_talks_after_a_welcome_is_that_meeting(nlp: Language) -> None:
    """'welcomed by Mahama on Wednesday. The two leaders held talks': one meeting."""
    meeting = only(
        nlp,
        "Merz was welcomed at Jubilee House in Accra by President John Mahama on Wednesday. "
        "The two leaders held talks lasting more than an hour.",
    )
    assert meeting["participants"] == {"Merz", "John Mahama"}
    _, second = meetings_in(
        nlp,
        "Merz met Mahama in Accra on Wednesday. The two leaders will hold talks again next month.",
    )
    assert second["status"] is MeetingStatus.PLANNED


def test_trade_mission_is_a_visit(nlp: Language) -> None:
    """'kicked off a weeklong trade mission to Mexico': Whitmer visits Mexico."""
    meeting = only(
        nlp, "Gov. Gretchen Whitmer kicked off a weeklong trade mission to Mexico on Monday."
    )
    assert meeting["kind"] is MeetingKind.VISIT
    assert meeting["participants"] == {"Gretchen Whitmer", "Mexico"}
    assert meeting["host"] == "Mexico"


def test_meeting_on_a_visit_is_where_the_visit_goes(nlp: Language) -> None:
    """'arrived in Kuwait on Monday for a two-day visit. On Tuesday he met ...': in Kuwait."""
    _, met = meetings_in(
        nlp,
        "Indian Foreign Minister S. Jaishankar arrived in Kuwait on Monday for a two-day "
        "visit. On Tuesday he met Prime Minister Sheikh Ahmad Abdullah.",
    )
    assert met["location"] == ("Kuwait", "KWT")


@pytest.mark.parametrize(
    "text",
    [
        # the visit was another time
        "Merz visited Ghana last month. On Wednesday he met Scholz.",
        # the visitor travelled on in between
        "Macron arrived in Beijing on Monday for a state visit. He met Xi on Tuesday and flew "
        "home on Wednesday. On Wednesday evening he met Scholz.",
    ],
)
def test_meeting_after_a_visit_ended_has_no_place_of_it(nlp: Language, text: str) -> None:
    """A visit told before gives no place to a meeting held at another time or after leaving."""
    assert meetings_in(nlp, text)[-1]["location"] is None


def test_style_before_the_title_of_whom_one_calls_on(nlp: Language) -> None:
    """'called on His Highness the Amir of Kuwait, Sheikh Mishal': the Amir, not the caller."""
    meeting = only(
        nlp,
        "On Sunday afternoon, Dr. Jaishankar called on His Highness the Amir of Kuwait, Sheikh "
        "Mishal Al-Ahmad Al-Jaber Al-Sabah, at Bayan Palace.",
    )
    assert meeting["host"] == "Mishal Al-Ahmad Al-Jaber Al-Sabah"
    assert meeting["participants"] == {"Jaishankar", "Mishal Al-Ahmad Al-Jaber Al-Sabah"}


def test_headline_summit_named_for_its_place_is_the_summit_there(nlp: Language) -> None:
    """'wrap up Antigua summit' ... 'ended their summit in Antigua and Barbuda': one summit."""
    meeting = only(
        nlp,
        "Commonwealth leaders wrap up Antigua summit with climate finance pledge\n\nST JOHN'S, "
        "Antigua, June 12 - Commonwealth heads of government ended their biennial summit in "
        "Antigua and Barbuda on Wednesday with a pledge to mobilise new climate finance.",
    )
    assert meeting["location"] == ("Antigua", "ATG")
    assert meeting["date"] == DATE


def test_officer_in_apposition_to_the_organisation_visits(nlp: Language) -> None:
    """'Organization of American States (OAS) Secretary-General Luis Almagro ... visit': him."""
    meeting = only(
        nlp,
        "The OAS criticized Maduro. FILE - Organization of American States (OAS) "
        "Secretary-General Luis Almagro addresses the audience during an official visit to "
        "Honduras, in Tegucigalpa, Jan. 17, 2017.",
    )
    assert meeting["participants"] == {"Luis Almagro", "Honduras"}


def test_plan_told_in_the_past_is_for_a_day_past(nlp: Language) -> None:
    """'was due to meet Starmer on Saturday, but ...': last Saturday; 'is due to': next."""
    called_off = only(
        nlp, "Barrow was due to meet Starmer on Saturday, but the meeting was cancelled."
    )
    assert (called_off["status"], called_off["date"]) == (MeetingStatus.CANCELLED, "2024-06-08")
    ahead = only(nlp, "Barrow is due to meet Starmer on Saturday.")
    assert ahead["date"] == "2024-06-15"
    # wire copy's past tense for a plan that stands: nothing turns from it
    told = only(nlp, "Barrow was due to meet Starmer on Saturday.")
    assert (told["status"], told["date"]) == (MeetingStatus.PLANNED, "2024-06-15")
    supposed = only(nlp, "Barrow was supposed to meet Starmer on Saturday.")
    assert supposed["date"] == "2024-06-08"
    # a text that goes on to tell it as held
    for text in (
        "Barrow was due to meet Starmer on Saturday, where they discussed tariffs.",
        "Barrow was due to meet Starmer on Saturday. Their meeting ended abruptly.",
    ):
        assert meetings_in(nlp, text)[0]["date"] == "2024-06-08", text


@pytest.mark.parametrize("word", ["happy", "keen", "glad", "willing"])
def test_glad_to_meet_is_a_plan(nlp: Language, word: str) -> None:
    """'is happy to meet with Democratic leaders': a meeting still to come."""
    found = only(nlp, f"President Trump is {word} to meet with Democratic leaders, Leavitt said.")
    assert found["status"] is MeetingStatus.PLANNED


@pytest.mark.parametrize(
    "text",
    [
        "Bahrain will host the next Manama Dialogue in November 2024, the organisers announced.",
        "Modi hosted the G20 Summit in New Delhi.",
    ],
)
def test_hosting_a_named_gathering_is_that_gathering(nlp: Language, text: str) -> None:
    """'will host the next Manama Dialogue': one summit the host holds, no guest "Dialogue"."""
    meeting = only(nlp, text)
    assert meeting["kind"] is MeetingKind.SUMMIT
    assert len(meeting["participants"]) == 1


def test_courtesy_call_on_a_visit_is_its_own_in_the_visits_country(nlp: Language) -> None:
    """'arrived in Riyadh ... On Tuesday he called on the Crown Prince at a palace'.

    The call is one of its own, at a palace in the country of the visit.
    """
    visit, call = meetings_in(
        nlp,
        "Jaishankar arrived in Riyadh on Monday for a three-day official visit. On Tuesday he "
        "called on Crown Prince Mohammed bin Salman at Al Yamamah Palace.",
    )
    assert visit["location"] == ("Riyadh", "SAU")
    assert call["host"] == "Mohammed bin Salman"
    assert call["location"] == ("Al Yamamah Palace", "SAU")


def test_visit_told_with_a_time_of_its_own_is_another(nlp: Language) -> None:
    """'This is her second trade mission ... She visited Mexico City in 2023': two visits."""
    found = meetings_in(
        nlp,
        "This is Whitmer's second trade mission to Mexico. She visited Mexico City in 2023, "
        "when she met then-Foreign Secretary Alicia Bárcena.",
    )
    assert [m["trigger"] for m in found] == ["mission", "visited", "met"]
    assert found[2]["location"] == ("Mexico City", "MEX")


def test_office_called_a_trade_mission_is_no_visit(nlp: Language) -> None:
    """'Vietnam's trade mission in Washington said': an office that speaks, no trip."""
    assert (
        meetings_in(nlp, "Vietnam's trade mission in Washington said the tariffs were unfair.")
        == []
    )


def test_meeting_again_and_what_was_agreed_there(nlp: Language) -> None:
    """'held a meeting, where they agreed to ...': held; 'will meet again': another, planned."""
    held, again = meetings_in(
        nlp,
        "Canadian Foreign Minister Anita Anand joined Norway's Espen Barth Eide in Oslo on "
        "Friday. Anand and Barth Eide also held a separate bilateral meeting, where they agreed "
        "to establish a regular dialogue. The two ministers will meet again in Ottawa in the "
        "spring.",
    )
    assert held["status"] is MeetingStatus.OCCURRED
    assert (again["status"], again["location"]) == (MeetingStatus.PLANNED, ("Ottawa", "CAN"))


@pytest.mark.parametrize(
    "text",
    [
        "Prime Minister Narendra Modi accepted an invitation to visit Washington later this "
        "year, the foreign ministry said.",
        "Prime Minister Narendra Modi announced a plan to visit Washington.",
    ],
)
def test_visit_a_noun_of_planning_leads_to_is_planned(nlp: Language, text: str) -> None:
    """'accepted an invitation to visit': the visit is ahead, whatever the tense of accepting."""
    meeting = only(nlp, text)
    assert (meeting["participants"], meeting["status"]) == (
        {"Narendra Modi"},
        MeetingStatus.PLANNED,
    )


@pytest.mark.parametrize(
    ("text", "participants"),
    [
        (
            "ASEAN foreign ministers held a closed-door retreat on Wednesday at the Kuala "
            "Lumpur Convention Centre.",
            {"ASEAN foreign ministers"},
        ),
        ("Biden and Xi held a retreat at Camp David.", {"Biden", "Xi"}),
        (
            "ASEAN foreign ministers held a retreat behind closed doors in Vientiane.",
            {"ASEAN foreign ministers"},
        ),
    ],
)
def test_retreat_held_is_a_meeting(nlp: Language, text: str, participants: set[str]) -> None:
    """'held a closed-door retreat': the holders' meeting."""
    meeting = only(nlp, text)
    assert (meeting["trigger"], meeting["participants"]) == ("retreat", participants)


@pytest.mark.parametrize(
    "text",
    [
        "The army ordered a retreat from Kherson.",
        "Russian forces' retreat from Kherson was a blow to Putin.",
        "The party held a retreat from its earlier positions.",
        "Glaciers are in retreat across the Alps.",
        "The army held a retreat across the river on Tuesday.",
        "The rebels held a disorderly retreat towards the border.",
    ],
)
def test_retreat_from_somewhere_is_no_meeting(nlp: Language, text: str) -> None:
    """A retreat 'from' a place or a position is a way out, not a gathering."""
    assert meetings_in(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Cromwell will meet floods minister Emma Hardy in Westminster next Thursday.",
            ("Westminster", "GBR"),
        ),
        ("IG Metall held talks with employers in Hanover on Tuesday.", ("Hanover", "DEU")),
        (
            "Pope Leo XIV received Ukrainian President Volodymyr Zelensky at Castel Gandolfo.",
            ("Castel Gandolfo", "ITA"),
        ),
    ],
)
def test_places_known_by_their_english_or_british_names(
    nlp: Language, text: str, place: tuple[str, str]
) -> None:
    """'Westminster' in British news is London's; 'Hanover' is Hannover."""
    assert only(nlp, text)["location"] == place


@pytest.mark.parametrize(
    "text",
    [
        "Talks between IG Metall and Volkswagen are scheduled to begin on Wednesday in Wolfsburg.",
        "Talks between IG Metall and Volkswagen are expected to start on Wednesday in Wolfsburg.",
    ],
)
def test_day_and_place_of_talks_due_to_begin(nlp: Language, text: str) -> None:
    """'are scheduled to begin on Wednesday in Wolfsburg': the day and place are the talks'."""
    meeting = only(nlp, text)
    assert (meeting["date"], meeting["location"], meeting["status"]) == (
        "2024-06-12",
        ("Wolfsburg", "DEU"),
        MeetingStatus.PLANNED,
    )


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "Pope Leo XIV received President Volodymyr Zelensky at Castel Gandolfo on the "
            "morning of Wednesday, 9 July 2025.",
            "2025-07-09",
        ),
        (
            "Pope Leo XIV received President Volodymyr Zelensky at Castel Gandolfo on the "
            "morning of 10 June.",
            "2024-06-10",
        ),
    ],
)
def test_the_morning_of_a_date_dates_the_meeting(nlp: Language, text: str, day: str) -> None:
    """'on the morning of 9 July': the day of that morning."""
    assert only(nlp, text)["date"] == day


def test_phone_conversation_held_is_a_call(nlp: Language) -> None:
    """'held a phone conversation with Orbán': a call, not talks."""
    meeting = only(
        nlp,
        "Karol Nawrocki held a phone conversation with Hungarian Prime Minister Viktor Orbán "
        "on Monday.",
    )
    assert (meeting["kind"], meeting["participants"]) == (
        MeetingKind.CALL,
        {"Karol Nawrocki", "Viktor Orbán"},
    )


def test_name_before_talks_with_a_partner_is_a_side(nlp: Language) -> None:
    """'Hamas talks with Egypt collapsed': Hamas is the other side of the talks."""
    assert only(nlp, "Hamas talks with Egypt collapsed on Tuesday.")["participants"] == {
        "Hamas",
        "Egypt",
    }


@pytest.mark.parametrize(
    "text",
    [
        "Pope Leo received Ukrainian President Volodymyr Zelensky on Monday. Following the "
        "audience, the President met with Cardinal Secretary of State Pietro Parolin.",
        "King Charles and Queen Camilla met Italian President Sergio Mattarella at the "
        "Quirinale Palace on Monday. The King held private talks with President Mattarella.",
    ],
)
def test_meeting_that_follows_on_takes_the_day_told_before(nlp: Language, text: str) -> None:
    """'Following the audience, ...' and some of the same people again: the same Monday."""
    first, second = meetings_in(nlp, text)
    assert first["date"] == second["date"] == "2024-06-10"


@pytest.mark.parametrize(
    "text",
    [
        "Trump met Putin in Alaska on Monday. After the summit, he called Zelensky.",
        "Macron hosted a summit on Ukraine in Paris on Monday. After the talks, he met Keir "
        "Starmer.",
    ],
)
def test_after_the_meeting_told_just_before_takes_its_day(nlp: Language, text: str) -> None:
    """'After the summit, he called Zelensky': the meeting told just before, its Monday."""
    first, second = meetings_in(nlp, text)
    assert first["date"] == second["date"] == "2024-06-10"


def test_meeting_after_talks_of_another_kind_keeps_no_day(nlp: Language) -> None:
    """'met Sisi on Monday. After the talks, ...': the talks told before that, not Monday's."""
    *_, last = meetings_in(
        nlp,
        "Blinken held talks in Doha on Saturday. He met Sisi in Cairo on Monday. After the "
        "talks, Blinken met Al Thani.",
    )
    assert (last["participants"], last["date"]) == ({"Blinken", "Al Thani"}, None)


def test_counted_meeting_in_apposition_is_the_one_told(nlp: Language) -> None:
    """', the second meeting between the two since May': the audience, told again."""
    meeting = only(
        nlp,
        "Pope Leo XIV on Wednesday received Ukrainian President Volodymyr Zelensky at Castel "
        "Gandolfo, the second meeting between the two since May.",
    )
    assert (meeting["trigger"], meeting["date"]) == ("received", "2024-06-12")


@pytest.mark.parametrize(
    "text",
    [
        "Donald Trump invited Karol Nawrocki on Monday to visit the White House.",
        "Trump and Xi agreed on Thursday to meet in Beijing.",
        # nor the day of another verb above it
        "Putin and Xi met in Moscow on Tuesday and agreed on Wednesday to hold further talks "
        "in Beijing.",
    ],
)
def test_day_of_an_invitation_or_agreement_is_not_the_meetings(nlp: Language, text: str) -> None:
    """'invited Nawrocki on Monday to visit': Monday is the invitation's day."""
    *_, meeting = meetings_in(nlp, text)
    assert (meeting["date"], meeting["status"]) == (None, MeetingStatus.PLANNED)


def test_talks_that_have_dragged_on_for_years_are_a_process(nlp: Language) -> None:
    """'Talks ... have dragged on since October 2021': no one meeting; talks that began do."""
    assert (
        meetings_in(nlp, "Talks between Israel and Hamas have dragged on since October 2021.") == []
    )
    assert len(meetings_in(nlp, "Talks between Israel and Hamas began on Monday in Cairo.")) == 1


# -- review round 24: sides named again, one by one, hosts, chairs, cancelled days ----------


@pytest.mark.parametrize(
    "text",
    [
        "US and Chinese negotiators held trade talks in Vienna on Sunday, Bessent told "
        "reporters. The talks were the fourth round since May, when the two sides met in Geneva.",
        "US and Chinese negotiators wrapped up trade talks in Vienna on Sunday. The two sides "
        "met in Geneva in May.",
    ],
)
def test_the_two_sides_are_the_sides_of_the_meeting_before(nlp: Language, text: str) -> None:
    """'the two sides met in Geneva': the negotiators, not the last two named (reporters)."""
    _, geneva = meetings_in(nlp, text)
    assert geneva["participants"] == {"US and Chinese negotiators"}


def test_both_delegations_met_are_the_sides_of_the_talks(nlp: Language) -> None:
    """'Stocker met both delegations', after a summit told between: the negotiators."""
    found = meetings_in(
        nlp,
        "US and Chinese negotiators wrapped up trade talks in Vienna on Sunday. Trump will "
        "attend a summit in South Korea, the White House said. Austrian Chancellor Christian "
        "Stocker met both delegations on Saturday.",
    )
    assert found[-1]["participants"] == {"Christian Stocker", "US and Chinese negotiators"}


def test_two_who_met_one_separately_make_two_meetings(nlp: Language) -> None:
    """'Li Qiang and Zhao Leji met separately with Luong Cuong': a meeting each."""
    found = meetings_in(nlp, "Li Qiang and Zhao Leji met separately with Luong Cuong on Tuesday.")
    assert [m["participants"] for m in found] == [
        {"Luong Cuong", "Li Qiang"},
        {"Luong Cuong", "Zhao Leji"},
    ]


def test_a_pull_aside_is_a_meeting(nlp: Language) -> None:
    """'had a pull-aside with Trump': a brief meeting on the margins."""
    meeting = only(
        nlp,
        "British Prime Minister Keir Starmer had a pull-aside with U.S. President Donald Trump "
        "on Monday evening.",
    )
    assert (meeting["kind"], meeting["participants"]) == (
        MeetingKind.MEETING,
        {"Keir Starmer", "Donald Trump"},
    )


def test_host_named_in_a_relative_clause(nlp: Language) -> None:
    """'Stocker, whose government hosted the talks,': he hosts them."""
    meeting = only(
        nlp,
        "US and Chinese negotiators wrapped up trade talks in Vienna on Sunday. Austrian "
        "Chancellor Christian Stocker, whose government hosted the talks, welcomed the outcome.",
    )
    assert meeting["host"] == "Christian Stocker"


@pytest.mark.parametrize(
    "text",
    [
        "At Reykjavik in October 1986, Reagan and Gorbachev met again.",
        "Reagan and Gorbachev met again at Reykjavik in October 1986.",
    ],
)
def test_a_date_hung_on_the_place_of_the_meeting_dates_it(nlp: Language, text: str) -> None:
    """'At Reykjavik in October 1986, they met': the parser hangs the date on the place."""
    meeting = only(nlp, text)
    assert meeting["date_text"] == "October 1986"
    assert meeting["location"] == ("Reykjavik", "ISL")


@pytest.mark.parametrize("verb", ["presided over", "chaired"])
def test_who_presides_over_a_meeting_holds_it(nlp: Language, verb: str) -> None:
    """'presided over an emergency cabinet meeting', as 'chaired': a meeting he hosts."""
    found = only(
        nlp,
        f"Prime Minister Shigeru Ishiba {verb} an emergency cabinet meeting on Monday afternoon.",
    )
    assert found["host"] == "Shigeru Ishiba"
    assert found["date"] == "2024-06-10"


@pytest.mark.parametrize(
    "text",
    [
        "Crown Prince Mohammed bin Salman received today at Al-Yamamah Palace in Riyadh Pakistani "
        "Prime Minister Shehbaz Sharif.",
        "Crown Prince Mohammed bin Salman received Pakistani Prime Minister Shehbaz Sharif at "
        "Al-Yamamah Palace in Riyadh today.",
    ],
)
def test_a_guest_received_after_the_place_is_the_guest(nlp: Language, text: str) -> None:
    """The readout's 'received today at <palace> in <city> <guest>': the guest, not a place."""
    meeting = only(nlp, text)
    assert meeting["participants"] == {"Mohammed bin Salman", "Shehbaz Sharif"}
    assert meeting["host"] == "Mohammed bin Salman"
    assert meeting["date"] == "2024-06-12"


@pytest.mark.parametrize("quantity", ["a string of", "a handful of"])
def test_people_met_after_a_word_of_quantity_take_part(nlp: Language, quantity: str) -> None:
    """'met with a string of foreign leaders': the leaders, not the string."""
    meeting = only(nlp, f"Chinese Premier Li Qiang met with {quantity} foreign leaders in Tianjin.")
    assert meeting["participants"] == {"Li Qiang", "foreign leaders"}
    assert meeting["location"] == ("Tianjin", "CHN")


@pytest.mark.parametrize(
    "attended",
    [
        "The reception was attended by Foreign Minister Faisal bin Farhan and Finance Minister "
        "Muhammad Aurangzeb.",
        "Foreign Minister Faisal bin Farhan and Finance Minister Muhammad Aurangzeb attended the "
        "meeting.",
    ],
)
def test_who_a_meeting_was_attended_by_takes_part(nlp: Language, attended: str) -> None:
    """'The reception was attended by X and Y', as 'X and Y attended the meeting'."""
    meeting = only(
        nlp,
        "Crown Prince Mohammed bin Salman received Pakistani Prime Minister Shehbaz Sharif in "
        f"Riyadh on Monday. {attended}",
    )
    assert meeting["participants"] == {
        "Mohammed bin Salman",
        "Shehbaz Sharif",
        "Faisal bin Farhan",
        "Muhammad Aurangzeb",
    }


def test_whom_one_met_where_a_meeting_was_is_at_that_meeting(nlp: Language) -> None:
    """'attended a roundtable with ..., where he met 40 executives': one meeting."""
    meeting = only(
        nlp,
        "On Tuesday, Li Qiang attended a roundtable with representatives of the global business "
        "community, where he met about 40 executives.",
    )
    assert meeting["participants"] == {
        "Li Qiang",
        "representatives of the global business community",
        "executives",
    }


def test_whom_one_met_where_a_body_met_is_a_meeting_of_its_own(nlp: Language) -> None:
    """'attended a meeting of NATO ministers, where he met Umerov': two meetings."""
    found = meetings_in(
        nlp, "Hegseth attended a meeting of NATO ministers, where he met Rustem Umerov."
    )
    assert [m["participants"] for m in found] == [
        {"Hegseth", "NATO ministers"},
        {"Hegseth", "Rustem Umerov"},
    ]


def test_whom_one_met_at_a_summit_is_a_meeting_of_its_own(nlp: Language) -> None:
    """The control: 'attended the summit, where he met Modi': a summit and a meeting at it."""
    found = meetings_in(nlp, "Li Qiang attended the summit in Tianjin, where he met Narendra Modi.")
    assert [m["kind"] for m in found] == [MeetingKind.SUMMIT, MeetingKind.MEETING]


def test_who_chairs_a_meeting_is_not_where_it_is(nlp: Language) -> None:
    """'a meeting chaired by Britain': Britain leads it; it is not held in Britain."""
    meeting = only(
        nlp,
        "The Ukraine Defense Contact Group held its first meeting chaired by Britain on Wednesday.",
    )
    assert (meeting["host"], meeting["location"]) == ("United Kingdom", None)


def test_day_of_a_meeting_called_off_is_ahead(nlp: Language) -> None:
    """'A meeting ... on Saturday has been called off' (on a Wednesday): this Saturday."""
    meeting = only(
        nlp,
        "A meeting between Takaichi and Li Qiang in Johannesburg on Saturday has been called "
        "off, Chinese officials have said.",
    )
    assert (meeting["status"], meeting["date"]) == (MeetingStatus.CANCELLED, "2024-06-15")


def test_such_a_meeting_is_the_one_told_before(nlp: Language) -> None:
    """'called for such a meeting': the possible meeting just told, not one of its own."""
    meeting = only(
        nlp,
        "Umerov said the sides had discussed a possible meeting between Presidents Vladimir "
        "Putin and Volodymyr Zelensky. Kyiv has repeatedly called for such a meeting.",
    )
    assert {"Vladimir Putin", "Volodymyr Zelensky"} <= meeting["participants"]


@pytest.mark.parametrize(
    ("text", "participants"),
    [
        (
            "Zelenskiy met Carney and Chinese Premier Li Qiang on Tuesday.",
            {"Zelenskiy", "Carney", "Li Qiang"},
        ),
        (
            "A meeting between Takaichi and Chinese Premier Li Qiang took place on Saturday.",
            {"Takaichi", "Li Qiang"},
        ),
    ],
)
def test_a_name_before_and_and_a_nations_title(
    nlp: Language, text: str, participants: set[str]
) -> None:
    """'Carney and Chinese Premier Li Qiang': both take part, the name run into the nation."""
    assert only(nlp, text)["participants"] == participants


def test_the_two_sides_named_as_two_countries_stay_those(nlp: Language) -> None:
    """'The two sides first met in Prague': Armenia and Azerbaijan, not the pair met since."""
    found = meetings_in(
        nlp,
        "Armenia and Azerbaijan held talks in Washington on Sunday. Pashinyan later met Macron "
        "in Paris. The two sides first met in Prague in 2022.",
    )
    assert found[-1]["participants"] == {"Armenia", "Azerbaijan"}


def test_both_delegations_are_not_the_parties_of_a_meeting_to_come(nlp: Language) -> None:
    """'Trump and Xi are expected to meet ... Stocker met both delegations': the negotiators."""
    found = meetings_in(
        nlp,
        "US and Chinese negotiators wrapped up trade talks in Vienna on Sunday. Trump and Xi "
        "are expected to meet in South Korea later this month. Austrian Chancellor Christian "
        "Stocker met both delegations on Saturday.",
    )
    assert found[-1]["participants"] == {"Christian Stocker", "US and Chinese negotiators"}


def test_host_in_a_relative_clause_paragraphs_after_the_talks(nlp: Language) -> None:
    """'whose government hosted the talks', three paragraphs on: the same talks, hosted."""
    meeting = only(
        nlp,
        "The United States and China held trade talks in Vienna on Sunday.\n\nSoybean prices "
        "rose.\n\nThe yuan was little changed.\n\nAustrian Chancellor Christian Stocker, whose "
        "government hosted the talks, welcomed the outcome.",
    )
    assert meeting["host"] == "Christian Stocker"


def test_we_will_meet_again_in_the_coming_weeks(nlp: Language) -> None:
    """'"We will meet again in the coming weeks," Bessent told reporters': both sides."""
    _, again = meetings_in(
        nlp,
        'US and Chinese negotiators wrapped up trade talks in Vienna on Sunday. "We will meet '
        'again in the coming weeks, possibly in Asia," Bessent told reporters.',
    )
    assert (again["participants"], again["status"], again["date_text"]) == (
        {"US and Chinese negotiators"},
        MeetingStatus.PLANNED,
        "the coming weeks",
    )


def test_a_subsequent_round_is_another_of_the_same_sides(nlp: Language) -> None:
    """'A subsequent round of talks was held in London in June': a round of its own."""
    _, london = meetings_in(
        nlp,
        "The United States and China wrapped up trade talks in Vienna on Sunday. A subsequent "
        "round of talks was held in London in June.",
    )
    assert (london["participants"], london["location"]) == (
        {"United States", "China"},
        ("London", "GBR"),
    )


def test_talks_before_a_strike_called_off_keep_their_day(nlp: Language) -> None:
    """'The strike has been called off after talks ... on Monday': the Monday before."""
    meeting = only(
        nlp,
        "The strike has been called off after talks with the company on Monday, the union said.",
    )
    assert meeting["date"] == "2024-06-10"


def test_the_two_sides_met_last_month_is_another_meeting(nlp: Language) -> None:
    """'When the two sides met in Geneva last month': not the talks of Monday."""
    first, second = meetings_in(
        nlp,
        "US and Chinese negotiators resumed trade talks on Monday, the White House said. When "
        "the two sides met in Geneva last month, they agreed to cut tariffs.",
    )
    assert (first["location"], second["location"], second["date_text"]) == (
        None,
        ("Geneva", "CHE"),
        "last month",
    )


def test_next_year_s_summit_hosted_by_a_country_is_its_own(nlp: Language) -> None:
    """'Next year's summit will be hosted by France in Evian': not the summit just ended."""
    found = meetings_in(
        nlp,
        "G7 leaders end summit united on Ukraine\n\nKANANASKIS, Alberta, June 17 (Reuters) - "
        "Leaders of the Group of Seven ended a two-day summit in Kananaskis on Tuesday.\n\n"
        "Next year's summit will be hosted by France in Evian.",
    )
    headline, evian = found[0], found[-1]
    assert (headline["host"], headline["status"]) == (None, MeetingStatus.OCCURRED)
    assert (evian["host"], evian["location"], evian["status"]) == (
        "France",
        ("Evian", "FRA"),
        MeetingStatus.PLANNED,
    )


def test_leaders_meeting_at_a_summit_hold_a_summit(nlp: Language) -> None:
    """'NATO leaders will meet at a summit in The Hague': a summit, planned."""
    meeting = only(nlp, "NATO leaders will meet at a summit in The Hague in June.")
    assert (meeting["kind"], meeting["status"]) == (MeetingKind.SUMMIT, MeetingStatus.PLANNED)


def test_the_prime_minister_after_a_generic_one_is_the_one_named(nlp: Language) -> None:
    """'The prime minister' after 'the first visit by an Indian prime minister' is Modi.

    The indefinite one is anyone, no one of its own.
    """
    _, talks = meetings_in(
        nlp,
        "Prime Minister Narendra Modi will travel to Accra on Wednesday for a two-day visit to "
        "Ghana. It will be the first visit by an Indian prime minister to the West African "
        "nation in three decades. The prime minister will hold bilateral talks with President "
        "John Mahama on Thursday.",
    )
    assert talks["participants"] == {"Narendra Modi", "John Mahama"}


def test_the_summit_of_a_group_s_organisation_is_the_summit_told(nlp: Language) -> None:
    """'Leaders of the Group of Seven ... ended their summit ... The G7 summit': one summit."""
    meeting = only(
        nlp,
        "G7 Leaders Close Summit in Apulia\n\nBORGO EGNAZIA, Italy — Leaders of the Group of "
        "Seven wealthy democracies ended their summit in southern Italy on Saturday with a "
        "pledge to support Ukraine.\n\nThe G7 summit was overshadowed by the war.",
    )
    assert meeting["kind"] is MeetingKind.SUMMIT
    assert "Group of Seven" in meeting["participants"]


def test_rio_is_in_brazil(nlp: Language) -> None:
    """'met in Rio': news writes Rio de Janeiro short; the place is in Brazil."""
    meeting = only(nlp, "Finance ministers from the Group of 20 met in Rio.")
    assert meeting["location"] == ("Rio", "BRA")


@pytest.mark.parametrize(
    "text",
    [
        "Donald Trump said he hopes to meet Shigeru Ishiba.",
        "Donald Trump said he looks forward to meeting Shigeru Ishiba.",
        "Shigeru Ishiba is looking forward to the talks with Donald Trump.",
    ],
)
def test_a_meeting_hoped_for_or_looked_forward_to_is_planned(nlp: Language, text: str) -> None:
    """'said he hopes to meet' ('hopes' lemmatised "hop"), 'looks forward to meeting'."""
    assert only(nlp, text)["status"] is MeetingStatus.PLANNED


def test_talks_between_two_whose_and_hangs_on_the_first(nlp: Language) -> None:
    """'Contract talks between CUPE Local 375 and the MEA': both sides, one meeting."""
    meeting = only(
        nlp,
        "Contract talks between CUPE Local 375 and the Maritime Employers Association broke "
        "down on Sunday. The two sides had been negotiating since Thursday.",
    )
    assert meeting["participants"] == {"CUPE Local", "Maritime Employers Association"}


def test_bilateral_meetings_with_two_people_are_one_with_each(nlp: Language) -> None:
    """'held bilateral meetings with Ramaphosa and Anwar': two meetings; one, one meeting."""
    found = meetings_in(
        nlp,
        "Narendra Modi held bilateral meetings with South African President Cyril Ramaphosa "
        "and Malaysian Prime Minister Anwar Ibrahim on Sunday.",
    )
    assert [m["participants"] for m in found] == [
        {"Narendra Modi", "Cyril Ramaphosa"},
        {"Narendra Modi", "Anwar Ibrahim"},
    ]
    (one,) = meetings_in(nlp, "Narendra Modi held a bilateral meeting with Cyril Ramaphosa.")
    assert one["participants"] == {"Narendra Modi", "Cyril Ramaphosa"}


def test_a_bilateral_on_the_sidelines_of_the_conference_is_a_meeting_of_its_own(
    nlp: Language,
) -> None:
    """'On the sidelines of the conference, Hoekstra met Liu': two meetings.

    The conference is the one told before, which they attend; their meeting is its own.
    """
    sidelines = (
        "On the sidelines of the conference, EU climate commissioner Wopke Hoekstra met "
        "China's climate envoy Liu Zhenmin on Thursday."
    )
    conference, meeting = meetings_in(
        nlp, "The UN climate conference in Belem ended on Saturday. " + sidelines
    )
    assert conference["kind"] is MeetingKind.SUMMIT
    assert conference["location"] == ("Belem", "BRA")
    assert meeting["kind"] is MeetingKind.MEETING
    assert meeting["participants"] == {"Wopke Hoekstra", "Liu Zhenmin"}
    kinds = [m["kind"] for m in meetings_in(nlp, sidelines)]
    assert kinds == [MeetingKind.SUMMIT, MeetingKind.MEETING]


def test_a_visit_that_follows_another_is_the_visit_told(nlp: Language) -> None:
    """'The visit follows a state visit by the Dutch king ... in March 2020': two visits."""
    first, second = meetings_in(
        nlp,
        "Indonesian President Prabowo Subianto began a three-day state visit to the "
        "Netherlands on Tuesday. The visit follows a state visit by the Dutch king to "
        "Indonesia in March 2020.",
    )
    assert first["location"] == ("Netherlands", "NLD")
    assert second["location"] == ("Indonesia", "IDN")


def test_the_last_day_of_a_summit_under_way_is_the_same_summit(nlp: Language) -> None:
    """'opened their two-day summit on Tuesday ... joined the summit ... concludes on Wednesday'."""
    meeting = only(
        nlp,
        "BRICS leaders opened their two-day summit in Rio de Janeiro on Tuesday. Russian "
        "President Vladimir Putin joined the summit by video link. The summit concludes on "
        "Wednesday.",
    )
    assert meeting["participants"] == {"BRICS leaders", "Vladimir Putin"}
    assert meeting["location"] == ("Rio de Janeiro", "BRA")


def test_talks_named_by_the_body_that_holds_them(nlp: Language) -> None:
    """'UN climate talks in Belem ended': the UN's talks (a country before them is a topic)."""
    meeting = only(nlp, "UN climate talks in Belem ended on Saturday with a deal.")
    assert (meeting["participants"], meeting["location"]) == ({"UN"}, ("Belem", "BRA"))
    assert meetings_in(nlp, "The Iran nuclear talks resumed in Vienna.") == []
    # a company is what talks are about; a body that backs them does not hold them
    assert meetings_in(nlp, "The TikTok sale talks have dragged on for months.") == []
    # a name before "talks with" another is the other side
    talks = only(nlp, "The Nissan merger talks with Honda collapsed in February.")
    assert talks["participants"] == {"Nissan", "Honda"}
    assert meetings_in(nlp, "UN-backed peace talks in Geneva collapsed.") == []


def test_talks_the_parser_made_the_object_of_hopes_keep_their_past(nlp: Language) -> None:
    """'said he hopes the talks with Xi on Monday produced results': held, on Monday."""
    meeting = only(nlp, "Biden said he hopes the talks with Xi on Monday produced results.")
    assert (meeting["status"], meeting["date"]) == (MeetingStatus.OCCURRED, "2024-06-10")


def test_what_it_will_be_is_the_visit_told(nlp: Language) -> None:
    """'... for a state visit. It will be the first bilateral visit to Brazil': one visit."""
    meeting = only(
        nlp,
        "Prime Minister Narendra Modi will travel to Brasilia on Thursday for a state visit. It "
        "will be the first bilateral visit to Brazil by an Indian prime minister in nearly six "
        "decades.",
    )
    assert meeting["location"] == ("Brasilia", "BRA")


def test_after_the_audience_two_sentences_on_is_its_day(nlp: Language) -> None:
    """'received Milei on Tuesday. The two spoke ... After the audience, Milei met': Tuesday."""
    _, second = meetings_in(
        nlp,
        "Pope Leo XIV received Argentine President Javier Milei in a private audience at the "
        "Apostolic Palace on Tuesday. The two spoke in Spanish. After the audience, Milei met "
        "with Cardinal Pietro Parolin.",
    )
    assert second["date"] == "2024-06-11"


def test_to_meet_for_their_summit_is_the_summit(nlp: Language) -> None:
    """'met in Baghdad for their fifth trilateral summit ... hosted the summit': one summit."""
    meeting = only(
        nlp,
        "The leaders of Egypt, Jordan and Iraq met in Baghdad on Sunday for their fifth "
        "trilateral summit. Iraqi Prime Minister Mohammed Shia al-Sudani hosted the summit at "
        "the government palace.",
    )
    assert (meeting["kind"], meeting["host"]) == (MeetingKind.SUMMIT, "Mohammed Shia al-Sudani")
    assert meeting["location"] == ("Baghdad", "IRQ")
    assert meeting["date"] == "2024-06-09"


def test_to_meet_for_a_summit_is_the_summit(nlp: Language) -> None:
    """'will meet in Abuja on Sunday for an ordinary summit ... will host the summit': one."""
    meeting = only(
        nlp,
        "Heads of state of the bloc will meet in Abuja on Sunday for an ordinary summit. "
        "Nigeria's President Bola Tinubu will host the summit.",
    )
    assert (meeting["kind"], meeting["host"]) == (MeetingKind.SUMMIT, "Bola Tinubu")


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "LONDON, Feb 6 (Reuters) - Talks between Iran and the United States have collapsed.",
            MeetingKind.TALKS,
        ),
        (
            "LONDON, Feb 6 (Reuters) - Negotiations between Iran and the United States have "
            "collapsed.",
            MeetingKind.NEGOTIATION,
        ),
    ],
)
def test_meeting_noun_opening_a_wire_lead_after_its_dateline(
    nlp: Language, text: str, kind: MeetingKind
) -> None:
    """'(Reuters) - Talks between ...': the tagger takes the capitalised noun for a name."""
    found = only(nlp, text)
    assert (found["kind"], found["participants"]) == (kind, {"Iran", "United States"})


def test_a_gathering_name_alone_is_still_no_meeting(nlp: Language) -> None:
    """'the World Economic Forum said': a body, whatever the noun's capital."""
    assert meetings_in(nlp, "The World Economic Forum said on Monday that Talks resume.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Ukrainian President Volodymyr Zelenskiy held talks via video link with Canadian Prime "
        "Minister Mark Carney on Saturday.",
        "Ukrainian President Volodymyr Zelenskiy spoke via video link with Canadian Prime "
        "Minister Mark Carney on Saturday.",
    ],
)
def test_with_hung_on_the_video_link_is_the_other_end(nlp: Language, text: str) -> None:
    """'held talks via video link with Carney': the parser hangs "with" on the link."""
    found = only(nlp, text)
    assert found["kind"] is MeetingKind.CALL
    assert found["participants"] == {"Volodymyr Zelenskiy", "Mark Carney"}


@pytest.mark.parametrize(
    "second",
    [
        "The meeting was the first face-to-face summit between the two.",
        "It was the first summit between the two leaders since November last year.",
        "The meeting was the first summit between the two leaders.",
    ],
)
def test_what_a_meeting_told_was_is_no_other_meeting(nlp: Language, second: str) -> None:
    """'The meeting was the first summit between the two': the talks, told again."""
    found = only(nlp, f"Kishida and Xi held talks on Thursday. {second}")
    assert (found["kind"], found["date"]) == (MeetingKind.TALKS, "2024-06-06")


def test_a_day_after_since_dates_the_last_meeting_not_this_one(nlp: Language) -> None:
    """'their first visit since May 2019': May 2019 is when the last one was."""
    found = only(nlp, "Kishida visited Seoul, his first visit since May 2019.")
    assert found["date_text"] is None


def test_kyodo_dateline_under_a_headline_dates_nothing(nlp: Language) -> None:
    """'SAN FRANCISCO, June 12 Kyodo - ... met ... on Tuesday': the weekday dates it."""
    found = only(
        nlp,
        "Kishida meets Xi\n\nSAN FRANCISCO, June 12 Kyodo - Japanese Prime Minister Fumio "
        "Kishida met Chinese President Xi Jinping on Tuesday.",
    )
    assert (found["date"], found["date_text"]) == ("2024-06-11", "Tuesday")


@pytest.mark.parametrize(
    ("text", "visitor", "host"),
    [
        (
            "Iran has enriched uranium. Grossi's visit to Tehran on Monday was short.",
            "Grossi",
            "Iran",
        ),
        ("Jaishankar visited the Republic of Cyprus on Monday.", "Jaishankar", "Cyprus"),
    ],
)
def test_the_host_of_a_visit_takes_part_in_it(
    nlp: Language, text: str, visitor: str, host: str
) -> None:
    """Visitor and host are a visit's participants, however the host was found."""
    found = only(nlp, text)
    assert (found["host"], found["participants"]) == (host, {visitor, host})


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "Kishida also had a brief conversation with South Korean President Yoon Suk Yeol.",
            MeetingKind.TALKS,
        ),
        (
            "Kishida had a phone conversation with South Korean President Yoon Suk Yeol.",
            MeetingKind.CALL,
        ),
    ],
)
def test_had_a_conversation_with_someone(nlp: Language, text: str, kind: MeetingKind) -> None:
    """'had a brief conversation with Yoon', as 'held' one: talks (on the phone, a call)."""
    found = only(nlp, text)
    assert found["kind"] is kind
    assert "Kishida" in found["participants"]


def test_a_conversation_with_the_press_is_no_meeting(nlp: Language) -> None:
    """'had a long conversation with reporters': the press is nobody met."""
    assert meetings_in(nlp, "Kishida had a long conversation with reporters on Monday.") == []


def test_a_clause_joined_after_a_meeting_keeps_its_topics_to_itself(nlp: Language) -> None:
    """'met Wang Yi to discuss trade, and held talks with Waqa on climate finance'."""
    first, second = meetings_in(
        nlp,
        "Wong met Chinese Foreign Minister Wang Yi to discuss trade, and held talks with "
        "Pacific Islands Forum chief Baron Waqa on climate finance.",
    )
    assert (first["topics"], second["topics"]) == ({"trade"}, {"climate finance"})


def test_talked_about_says_what_those_who_met_discussed(nlp: Language) -> None:
    """'The two men talked about the stalled trade deal', as 'discussed'."""
    found = only(
        nlp,
        "Brazilian President Luiz Inacio Lula da Silva met German Chancellor Olaf Scholz. The "
        "two men talked about the stalled trade deal.",
    )
    assert found["topics"] == {"trade"}


def test_a_clause_of_another_time_gives_the_meeting_no_topic(nlp: Language) -> None:
    """'held formal talks since Manele replaced Sogavare after elections': no elections."""
    found = meetings_in(
        nlp,
        "Albanese met Solomon Islands Prime Minister Jeremiah Manele on Wednesday. It was the "
        "first time the two leaders have held formal talks since Manele replaced Manasseh "
        "Sogavare after elections in April.",
    )
    assert found
    assert all("elections" not in meeting["topics"] for meeting in found)


def test_whom_after_a_preposition_is_the_name_it_follows(nlp: Language) -> None:
    """'Yoon Suk Yeol, with whom he held talks on Friday': Yoon takes part."""
    found = only(
        nlp,
        "Kishida praised South Korean President Yoon Suk Yeol, with whom he held talks on Friday.",
    )
    assert found["participants"] == {"Kishida", "Yoon Suk Yeol"}


def test_the_one_invited_to_visit_is_the_visitor(nlp: Language) -> None:
    """'extended an invitation to Kombos to visit India': Kombos visits, as 'invited' says."""
    found = only(
        nlp, "Jaishankar extended an invitation to Foreign Minister Kombos to visit India."
    )
    assert (found["participants"], found["host"]) == ({"Kombos", "India"}, "India")


def test_talks_among_others_are_theirs_not_who_agreed_to_them(nlp: Language) -> None:
    """'Kishida and Xi agreed to hold talks among experts': the experts talk."""
    found = only(nlp, "Kishida and Xi agreed to hold talks among experts on the water issue.")
    assert (found["participants"], found["status"]) == ({"experts"}, MeetingStatus.PLANNED)


def test_a_named_legislative_body_that_holds_a_hearing_meets_its_witness(
    nlp: Language,
) -> None:
    """'The Senate Foreign Relations Committee held a hearing with Landau'; not 'the committee'."""
    found = only(
        nlp,
        "The Senate Foreign Relations Committee held a hearing with Deputy Secretary "
        "Christopher Landau on Thursday.",
    )
    assert found["participants"] == {"Senate Foreign Relations Committee", "Christopher Landau"}
    assert meetings_in(nlp, "The committee held a hearing on drug prices.") == []


@pytest.mark.parametrize("subject", ["The leaders", "They"])
def test_what_a_group_that_met_discussed(nlp: Language, subject: str) -> None:
    """'EU leaders met ... The leaders discussed tariffs': one group is several who met."""
    found = only(nlp, f"EU leaders met in Brussels on Thursday. {subject} discussed tariffs.")
    assert found["topics"] == {"tariffs"}


def test_both_who_co_chaired_take_part(nlp: Language) -> None:
    """'Jaishankar and Kombos co-chaired the talks': the parser takes "co" for the subject."""
    found = only(nlp, "On 15 October, Jaishankar and Foreign Minister Kombos co-chaired the talks.")
    assert found["participants"] == {"Jaishankar", "Kombos"}


# -- where and when, clause by clause (round of review 28) ------------------------------------


def test_a_clause_of_someone_else_s_keeps_its_own_place_and_time(nlp: Language) -> None:
    """'Huang met Trump in Washington last month, and Cook held talks with Lutnick'."""
    first, second = meetings_in(
        nlp,
        "Jensen Huang met Donald Trump in Washington last month, and Tim Cook held talks with "
        "Howard Lutnick.",
    )
    assert first["location"] == ("Washington", "USA")
    assert first["date_text"] == "last month"
    assert second["participants"] == {"Tim Cook", "Howard Lutnick"}
    assert second["location"] is None
    assert second["date_text"] is None


def test_a_joined_clause_of_the_same_one_shares_place_and_time(nlp: Language) -> None:
    """'Blinken arrived in Beijing on Sunday, and he met Wang Yi': there and then."""
    meeting = only(nlp, "Blinken arrived in Beijing on Sunday, and he met Wang Yi.")
    assert meeting["location"] == ("Beijing", "CHN")
    assert meeting["date"] == "2024-06-09"


def test_a_planned_convening_after_a_past_perfect_is_dated_ahead(nlp: Language) -> None:
    """'said that the delegation had returned and that he would convene ... on Thursday'."""
    meeting = only(
        nlp,
        "Netanyahu's office said that the delegation had returned and that he would convene "
        "his security cabinet on Thursday.",
    )
    assert meeting["status"] is MeetingStatus.PLANNED
    assert meeting["date"] == "2024-06-13"


def test_next_year_s_meeting_is_not_the_talks_just_held(nlp: Language) -> None:
    """'concluded their talks ... Next year's Forum leaders meeting will be held in Palau'."""
    meeting = only(
        nlp,
        "Pacific Islands Forum leaders concluded their talks in Vava'u. Next year's Forum "
        "leaders meeting will be held in Palau.",
    )
    assert meeting["status"] is MeetingStatus.OCCURRED
    assert meeting["location"] is None
    assert meeting["date_text"] is None


def test_meet_again_is_those_who_met_not_a_summit_told_since(nlp: Language) -> None:
    """'held talks ... a summit between Trump and Putin was unlikely ... agreed to meet again'."""
    *_, again = meetings_in(
        nlp,
        "The United States and Russia held talks in Riyadh on Tuesday. Ushakov said a summit "
        "between President Donald Trump and President Vladimir Putin was unlikely next week. "
        "The two sides agreed to meet again soon.",
    )
    assert again["trigger"] == "meet"
    assert again["participants"] == {"United States", "Russia"}


def test_those_met_named_after_including(nlp: Language) -> None:
    """'met with lawmakers on Capitol Hill, including ... John Thune and ... Jim Risch'."""
    meeting = only(
        nlp,
        "Micron CEO Sanjay Mehrotra met with lawmakers on Capitol Hill, including Senate "
        "Majority Leader John Thune and Idaho Sen. Jim Risch.",
    )
    assert {"Sanjay Mehrotra", "John Thune", "Jim Risch"} <= meeting["participants"]


def test_an_ambassador_to_a_country_is_received(nlp: Language) -> None:
    """'received Cambodian Ambassador to Vietnam Chea Kimtha': the ambassador, not 'Vietnam ...'."""
    meeting = only(
        nlp,
        "Foreign Minister Bui Thanh Son received Cambodian Ambassador to Vietnam Chea Kimtha "
        "on Tuesday.",
    )
    assert meeting["participants"] == {"Bui Thanh Son", "Chea Kimtha"}
    assert meeting["host"] == "Bui Thanh Son"


def test_earlier_the_same_day_is_the_day_told_before(nlp: Language) -> None:
    """'received ... on June 4. Earlier the same day, ... held talks': June 4."""
    _, talks = meetings_in(
        nlp,
        "Prime Minister Pham Minh Chinh received Lao Foreign Minister Thongsavanh Phomvihane in "
        "Hanoi on June 4. Earlier the same day, Foreign Minister Bui Thanh Son held talks "
        "with Thongsavanh Phomvihane.",
    )
    assert talks["date"] == "2024-06-04"


def test_a_hyphenated_venue_is_named_whole(nlp: Language) -> None:
    """'had dinner with President Donald Trump at Mar-a-Lago': not 'Lago'."""
    meeting = only(
        nlp, "Sanjay Mehrotra had dinner with President Donald Trump at Mar-a-Lago on June 8."
    )
    assert meeting["location"][0] == "Mar-a-Lago"


def test_a_round_expected_to_take_place_keeps_place_and_time(nlp: Language) -> None:
    """'A new round of talks is expected to take place in Doha next week'."""
    _, again = meetings_in(
        nlp,
        "Indirect talks between Israel and Hamas ended in Doha on Sunday. A new round of talks "
        "is expected to take place in Doha next week, the sources said.",
    )
    assert again["status"] is MeetingStatus.PLANNED
    assert again["location"] == ("Doha", "QAT")
    assert again["date_text"] == "next week"


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Pacific Islands Forum leaders wrapped up a closed-door retreat in Suva on Tuesday.", 1),
        ("Pacific Islands Forum leaders held a closed-door retreat in Suva on Tuesday.", 1),
        # control: an army's retreat is no gathering
        ("The army concluded its retreat from the city on Tuesday.", 0),
    ],
)
def test_a_retreat_wrapped_up_is_a_meeting(nlp: Language, text: str, found: int) -> None:
    """'wrapped up a closed-door retreat': held by its subject, like 'held a retreat'."""
    assert len(meetings_in(nlp, text)) == found


def test_a_province_named_before_its_noun_is_visited(nlp: Language) -> None:
    """'will visit Quang Ninh province': the province is the place, whatever its name's tag."""
    meeting = only(nlp, "The Lao delegation will visit Quang Ninh province on June 15.")
    assert meeting["kind"] is MeetingKind.VISIT
    assert meeting["location"] == ("Quang Ninh province", None)
    assert meeting["status"] is MeetingStatus.PLANNED


def test_a_meet_and_greet_is_no_meeting(nlp: Language) -> None:
    """'will hold a meet-and-greet with candidate Janet Diaz': a campaign event, no verb."""
    assert not meetings_in(
        nlp,
        "Separately, state Rep. Josh Siegel will hold a meet-and-greet with Democratic "
        "congressional candidate Janet Diaz at Hamilton Street Coffee on Saturday from 10 a.m. "
        "to noon.",
    )


def test_a_trip_cancelled_with_its_place_hung_on_the_verb(nlp: Language) -> None:
    """'canceled his trip to Tonga', the parser hanging "to Tonga" on "canceled"."""
    meeting = only(nlp, "Christopher Landau canceled his trip to Tonga.")
    assert meeting["kind"] is MeetingKind.VISIT
    assert meeting["status"] is MeetingStatus.CANCELLED
    assert meeting["participants"] == {"Christopher Landau", "Tonga"}
    assert meeting["host"] == "Tonga"


@pytest.mark.parametrize(
    "text",
    [
        "On Monday, Blinken met Wang Yi in Beijing, and Austin met Dong Jun.",
        "Blinken met Wang Yi in Beijing on Monday, and the two delegations held talks.",
        "Blinken met Wang Yi in Beijing on Monday, and Austin met him there.",
    ],
)
def test_a_joined_clause_shares_what_is_set_before_both_or_pointed_back_to(
    nlp: Language, text: str
) -> None:
    """A date set before the sentence, 'the two delegations', 'there': the first's day."""
    first, second = meetings_in(nlp, text)
    assert second["date"] == first["date"] == "2024-06-10"


def test_a_reception_as_part_of_a_visit_is_a_meeting_of_its_own(nlp: Language) -> None:
    """'received X in Hanoi on June 11, as part of the latter's official visit': two records."""
    reception, visit = meetings_in(
        nlp,
        "Prime Minister Pham Minh Chinh received Lao Foreign Minister Thongsavanh Phomvihane "
        "in Hanoi on June 11, as part of the latter's official visit to Vietnam from June 10-12.",
    )
    assert (reception["kind"], reception["host"]) == (MeetingKind.MEETING, "Pham Minh Chinh")
    assert reception["participants"] == {"Pham Minh Chinh", "Thongsavanh Phomvihane"}
    assert reception["date"] == "2024-06-11"
    assert visit["kind"] is MeetingKind.VISIT
    assert visit["participants"] == {"Thongsavanh Phomvihane", "Vietnam"}
    assert visit["date"] == "2024-06-10"
    during = meetings_in(
        nlp, "Xi met Macron in Beijing on Monday during Macron's state visit to China."
    )
    assert [(m["kind"], m["participants"]) for m in during] == [
        (MeetingKind.MEETING, {"Xi", "Macron"}),
        (MeetingKind.VISIT, {"Macron", "China"}),
    ]
    # a reception "for" a state visit is that visit
    found = only(nlp, "Xi received Macron in Beijing on Monday for a state visit.")
    assert (found["kind"], found["host"]) == (MeetingKind.VISIT, "Xi")


def test_the_board_meeting_is_the_one_the_board_held(nlp: Language) -> None:
    """'The Allentown School Board met ... The board meeting ran past 11 p.m.': one meeting."""
    found = only(
        nlp,
        "The Allentown School Board met on Thursday night at the district's administration "
        "building. The board meeting ran past 11 p.m.",
    )
    assert found["participants"] == {"Allentown School Board"}
    assert found["date"] == "2024-06-06"


def test_a_retreat_told_again_as_the_body_meeting_and_the_summit(nlp: Language) -> None:
    """'held a retreat ... attending his third Forum meeting ... on the margins of the summit'."""
    retreat, bilateral = meetings_in(
        nlp,
        "Pacific Islands Forum leaders held a retreat in Vava'u on Thursday. Australian Prime "
        "Minister Anthony Albanese, attending his third Forum meeting, held a bilateral meeting "
        "with Fijian Prime Minister Sitiveni Rabuka on the margins of the summit.",
    )
    assert retreat["participants"] == {"Pacific Islands Forum leaders", "Anthony Albanese"}
    assert bilateral["participants"] == {"Anthony Albanese", "Sitiveni Rabuka"}
    assert bilateral["date"] == retreat["date"] == "2024-06-06"
    # a meeting of another body is another meeting
    found = meetings_in(
        nlp,
        "Pacific Islands Forum leaders held a retreat in Vava'u on Thursday. Australian Prime "
        "Minister Anthony Albanese will attend the NATO meeting.",
    )
    assert len(found) == 2


def test_who_joins_a_meeting_by_videoconference_takes_part_in_it(nlp: Language) -> None:
    """'joined the meeting by videoconference': no call of its own, one who took part."""
    found = only(
        nlp,
        "EU foreign ministers met in Luxembourg on Monday. Ukrainian Foreign Minister Andrii "
        "Sybiha joined the meeting by videoconference from Kyiv.",
    )
    assert found["kind"] is MeetingKind.MEETING
    assert found["participants"] == {"EU foreign ministers", "Andrii Sybiha"}
    # talks held by videoconference are a call
    found = only(nlp, "Macron met with Zelensky by videoconference on Monday.")
    assert (found["kind"], found["participants"]) == (MeetingKind.CALL, {"Macron", "Zelensky"})


def test_a_delegation_headed_by_someone_brings_its_leader(nlp: Language) -> None:
    """'A Hamas delegation headed by Khalil al-Hayya', like 'led by'."""
    for verb in ("headed", "led"):
        found = only(
            nlp,
            f"A Hamas delegation {verb} by Khalil al-Hayya arrived in Cairo on Monday for talks "
            "with Egyptian intelligence chief Hassan Rashad.",
        )
        assert "Khalil al-Hayya" in found["participants"], verb


@pytest.mark.parametrize("verb", ["postponed", "cancelled"])
def test_who_calls_off_a_visit_to_a_place_is_its_visitor(nlp: Language, verb: str) -> None:
    """'Zelenskiy postponed a planned visit to Saudi Arabia': Zelenskiy is the visitor."""
    found = only(
        nlp, f"Ukrainian President Volodymyr Zelenskiy {verb} a planned visit to Saudi Arabia."
    )
    assert found["participants"] == {"Volodymyr Zelenskiy", "Saudi Arabia"}
    assert found["host"] == "Saudi Arabia"
    # a visit that names its visitor is called off by someone who need not go
    found = only(nlp, "The Kremlin called off the visit of a Ukrainian delegation to Moscow.")
    assert "Kremlin" not in found["participants"]


def test_a_visit_around_a_reception_by_no_one_named_stays_the_visit(nlp: Language) -> None:
    """'The Pope received Meloni ..., as part of the latter's official visit': the visit."""
    meeting = only(
        nlp, "The Pope received Giorgia Meloni on Friday, as part of the latter's official visit."
    )
    assert meeting["kind"] is MeetingKind.VISIT
    assert meeting["participants"] == {"Giorgia Meloni"}


# -- dates without their year, honorifics, names near a meeting -------------------------------


def test_chronology_entry_with_a_dash_is_dated_by_its_year(nlp: Language) -> None:
    """'June 12, 2018 - Trump and Kim meet': an entry of a chronology, held that year."""
    for mark in ("-", ":"):
        document = annotate(
            f"Here is a timeline:\n\nJune 12, 2018 {mark} Trump and Kim meet in Singapore.\n\n"
            f"June 30, 2019 {mark} Trump meets Kim at the Demilitarized Zone.",
            date=DATE,
            pipeline=nlp,
        )
        found = [(m.date, m.status) for m in document.meetings]
        assert found == [
            ("2018-06-12", MeetingStatus.OCCURRED),
            ("2019-06-30", MeetingStatus.OCCURRED),
        ], mark
    # the dash that joins days is not the one that ends the entry's date
    meeting = only(nlp, "Timeline:\n\nJune 12-13, 2018 - Trump and Kim meet in Singapore.")
    assert (meeting["date"], meeting["status"]) == ("2018-06-12", MeetingStatus.OCCURRED)


@pytest.mark.parametrize(
    "when", ["on Feb 27-28, 2019", "on February 27-28, 2019", "from Feb 27 to 28, 2019"]
)
def test_run_of_days_with_a_year_is_that_year(nlp: Language, when: str) -> None:
    """'held a summit in Hanoi on Feb 27-28, 2019': the first day, in 2019."""
    meeting = only(nlp, f"Trump and Kim held a summit in Hanoi {when}.")
    assert (meeting["date"], meeting["status"]) == ("2019-02-27", MeetingStatus.OCCURRED)


def test_day_without_a_year_told_in_the_past_is_the_last_one(nlp: Language) -> None:
    """'held a summit on Dec 3', told in June: the December before, nearer or not."""
    meeting = only(nlp, "Trump and Kim held a summit in Hanoi on Dec 3.")
    assert (meeting["date"], meeting["status"]) == ("2023-12-03", MeetingStatus.OCCURRED)
    # the future, or a weekday, keeps its day ahead or just past
    meeting = only(nlp, "Trump and Kim will hold a summit in Hanoi on Dec 3.")
    assert (meeting["date"], meeting["status"]) == ("2024-12-03", MeetingStatus.PLANNED)
    meeting = only(nlp, "Trump and Kim held a summit in Hanoi on Friday.")
    assert meeting["date"] == "2024-06-07"
    # a day or two ahead is the slip of time zones, not a year back
    meeting = only(nlp, "Trump and Kim held a summit in Hanoi on June 13.")
    assert meeting["date"] == "2024-06-13"


@pytest.mark.parametrize(
    "text",
    [
        "Prabowo met His Highness Sheikh Mohamed bin Zayed in Abu Dhabi.",
        "Prabowo held talks with His Highness Sheikh Mohamed bin Zayed in Abu Dhabi.",
        "Prabowo met Sheikh Mohamed bin Zayed in Abu Dhabi.",
    ],
)
def test_name_after_a_style_is_whom_one_meets(nlp: Language, text: str) -> None:
    """'met His Highness Sheikh Mohamed bin Zayed': the style is his, the name the one met."""
    meeting = only(nlp, text)
    assert meeting["participants"] == {"Prabowo", "Mohamed bin Zayed"}
    assert meeting["location"] == ("Abu Dhabi", "ARE")


def test_name_after_a_style_attends(nlp: Language) -> None:
    """'The meeting was attended by His Highness Sheikh Tahnoun ...': he takes part."""
    for style in ("His Highness ", ""):
        meeting = only(
            nlp,
            "Sheikh Mohamed bin Zayed received Sheikh Tamim bin Hamad Al Thani in Abu Dhabi. "
            f"The meeting was attended by {style}Sheikh Tahnoun bin Zayed Al Nahyan, Deputy "
            "Ruler of Abu Dhabi.",
        )
        assert "Tahnoun bin Zayed Al Nahyan" in meeting["participants"], style
    # the style names someone, not a meeting
    text = "Prabowo thanked His Highness Sheikh Mohamed bin Zayed for his support."
    assert meetings_in(nlp, text) == []


@pytest.mark.parametrize("invited", ["Sheikh Mohamed bin Zayed", "President Macron"])
def test_the_one_invited_by_a_noun_visits_however_parsed(nlp: Language, invited: str) -> None:
    """'extended an invitation to X to visit Indonesia': X is to visit, however parsed."""
    visit = only(nlp, f"President Prabowo extended an invitation to {invited} to visit Indonesia.")
    assert visit["participants"] == {invited.split(" ", 1)[1], "Indonesia"}
    assert (visit["host"], visit["status"]) == ("Indonesia", MeetingStatus.PLANNED)
    # the one who travels to meet someone is still the traveller, and it happens
    meeting = only(nlp, "Prabowo flew to Abu Dhabi to meet Sheikh Mohamed bin Zayed.")
    assert meeting["participants"] == {"Prabowo", "Mohamed bin Zayed"}
    assert meeting["status"] is MeetingStatus.OCCURRED


def test_who_agree_to_meet_at_a_summit_meet_beside_it(nlp: Language) -> None:
    """'Putin and Xi agreed to meet again at the SCO summit': their meeting, and the summit."""
    for verb in ("agreed to meet again", "will meet"):
        subject = "Putin and Xi" if verb.startswith("agreed") else "Putin"
        whom = "" if verb.startswith("agreed") else " Xi"
        found = meetings_in(nlp, f"{subject} {verb}{whom} at the SCO summit in Tianjin.")
        assert [m["kind"] for m in found] == [MeetingKind.MEETING, MeetingKind.SUMMIT], verb
        assert found[0]["participants"] == {"Putin", "Xi"}, verb
    # leaders of a body who agree to meet at a summit hold it
    summit = only(nlp, "EU leaders agreed to meet at a summit in Brussels.")
    assert summit["kind"] is MeetingKind.SUMMIT


def test_meetings_a_meeting_is_held_beside_are_their_own(nlp: Language) -> None:
    """'will take place in Washington, on the sidelines of the annual meetings of the IMF'."""
    text = (
        "The next meeting of G20 finance ministers will take place in Washington in October, "
        "on the sidelines of the annual meetings of the International Monetary Fund and the "
        "World Bank."
    )
    ministers, annual = meetings_in(nlp, text)
    assert ministers["participants"] == {"G20 finance ministers"}
    assert annual["participants"] == {"International Monetary Fund", "World Bank"}
    assert annual["status"] is MeetingStatus.PLANNED
    # the meeting told before is still the one "the meeting" of the sidelines names
    _, talks = meetings_in(
        nlp,
        "G20 finance ministers held a meeting in Durban on Thursday. On the sidelines of the "
        "meeting, Bessent held talks with Lan Fo'an.",
    )
    assert talks["participants"] == {"Bessent", "Lan Fo'an"}
    assert talks["location"] == ("Durban", "ZAF")


def test_the_two_sides_of_those_named_are_not_them(nlp: Language) -> None:
    """'the chief negotiators of the two sides': not the negotiators and the EU named before."""
    meeting = only(
        nlp,
        "The EU has tried to revive the dialogue. A planned meeting between the chief "
        "negotiators of the two sides, Besnik Bislimi and Petar Petkovic, was called off.",
    )
    assert "EU" not in meeting["participants"]
    assert {"Besnik Bislimi", "Petar Petkovic"} <= meeting["participants"]
    # the two sides named before are theirs
    meeting = only(
        nlp,
        "Serbia and Kosovo have tried to revive the dialogue. A planned meeting between the "
        "chief negotiators of the two sides was called off.",
    )
    assert {"Serbia", "Kosovo"} <= meeting["participants"]


def test_who_had_acted_before_a_meeting_was_not_at_it(nlp: Language) -> None:
    """'Glass Lewis had recommended ...', told between two mentions of the AGM: before it."""
    text = (
        "BP shareholders voted against chair Helge Lund at BP's annual general meeting on "
        'Thursday. Proxy adviser Glass Lewis {verb} that investors oppose Lund. "We have '
        'heard the message," Lund told the meeting, which lasted two hours.'
    )
    meeting = only(nlp, text.format(verb="had recommended"))
    assert "Glass Lewis" not in meeting["participants"]
    meeting = only(nlp, text.format(verb="recommended"))
    assert "Glass Lewis" in meeting["participants"]


def test_a_number_of_those_met_are_met(nlp: Language) -> None:
    """'met about 30 of the company's largest investors in London': them, in London."""
    meeting = only(
        nlp,
        "CEO Murray Auchincloss met about 30 of the company's largest investors in London on "
        "Wednesday.",
    )
    assert meeting["participants"] == {"Murray Auchincloss", "company's largest investors"}
    assert meeting["location"] == ("London", "GBR")
    # a number of times is none met
    meeting = only(nlp, "The two leaders met 20 times in Washington.")
    assert meeting["location"] == ("Washington", "USA")


@pytest.mark.parametrize("verb", ["have not met since", "last met in"])
def test_meeting_of_a_when_clause_is_the_last_they_held(nlp: Language, verb: str) -> None:
    """'have not met since August 2023, when a meeting in Brussels ... ended': theirs, then."""
    meeting = only(
        nlp,
        f"Kurti and Vucic {verb} August 2023, when a meeting in Brussels hosted by Josep "
        "Borrell ended without agreement.",
    )
    assert meeting["participants"] == {"Kurti", "Vucic", "Josep Borrell"}
    assert meeting["host"] == "Josep Borrell"
    assert (meeting["location"], meeting["date_text"]) == (("Brussels", "BEL"), "August 2023")
    assert meeting["status"] is MeetingStatus.OCCURRED


def test_a_when_clause_of_something_else_is_no_meeting(nlp: Language) -> None:
    """'have not met since August 2023, when Borrell resigned': no meeting at all."""
    text = "Kurti and Vucic have not met since August 2023, when Borrell resigned."
    assert meetings_in(nlp, text) == []


@pytest.mark.parametrize(
    "clause", ["which Russia was not invited to", "to which Russia was not invited"]
)
def test_who_was_invited_to_a_conference_held_leaves_it_held(nlp: Language, clause: str) -> None:
    """'the conference, which Russia was not invited to': where one was invited, not a plan."""
    summit = only(
        nlp,
        "Delegations from more than 90 countries gathered at the Bürgenstock resort for the "
        f"conference, {clause}.",
    )
    assert summit["status"] is MeetingStatus.OCCURRED


def test_the_sidelines_of_a_held_meeting_are_of_the_summit_held(nlp: Language) -> None:
    """'On the sidelines, Zelenskyy met ...', after a second summit told as still to come."""
    found = meetings_in(
        nlp,
        "Delegations from more than 90 countries gathered at the Bürgenstock resort for the "
        "conference. Zelenskyy said the next step would be a second summit, possibly hosted by "
        "a country in the Global South. On the sidelines, Zelenskyy met Saudi Foreign Minister "
        "Prince Faisal bin Farhan.",
    )
    held, planned, met = found
    assert planned["status"] is MeetingStatus.PLANNED
    assert met["location"] == held["location"] == ("Bürgenstock resort", "CHE")


@pytest.mark.parametrize(
    "text",
    [
        "President Tinubu will on Thursday host the National Economic Council meeting.",
        "President Tinubu will host the National Economic Council meeting on Thursday.",
    ],
)
def test_a_verb_read_as_a_noun_still_hosts(nlp: Language, text: str) -> None:
    """'will on Thursday host the ... meeting', "host" tagged a noun: hosted, planned, Thursday."""
    meeting = only(nlp, text)
    assert (meeting["host"], meeting["status"]) == ("Tinubu", MeetingStatus.PLANNED)
    assert meeting["date"] == "2024-06-13"


@pytest.mark.parametrize("plan", ["is scheduled to be held", "is scheduled to take place"])
def test_a_meeting_scheduled_to_be_held_is_there_then(nlp: Language, plan: str) -> None:
    """'The NATO summit is scheduled to be held in Minsk on June 26': there, then, planned."""
    summit = only(nlp, f"The NATO summit {plan} in Minsk on June 26.")
    assert (summit["location"], summit["date"]) == (("Minsk", "BLR"), "2024-06-26")
    assert summit["status"] is MeetingStatus.PLANNED
    # a summit held is still held
    summit = only(nlp, "The NATO summit, held in Warsaw on May 6, ended.")
    assert (summit["date"], summit["status"]) == ("2024-05-06", MeetingStatus.OCCURRED)


def test_a_place_glued_to_the_guest_after_it_gives_the_venue_its_country(nlp: Language) -> None:
    """'received at Qasr Al Shati in Abu Dhabi Sheikh Tamim': the venue is in the UAE."""
    meeting = only(
        nlp,
        "Sheikh Mohamed bin Zayed received at Qasr Al Shati in Abu Dhabi Sheikh Tamim bin Hamad "
        "Al Thani.",
    )
    assert meeting["location"] is not None
    assert meeting["location"][1] == "ARE"
    assert meeting["participants"] == {"Mohamed bin Zayed", "Tamim bin Hamad Al Thani"}
    # with no place named, the venue has no country
    meeting = only(
        nlp, "Sheikh Mohamed bin Zayed received at Qasr Al Shati Sheikh Tamim bin Hamad Al Thani."
    )
    assert meeting["location"] is None or meeting["location"][1] is None


def test_what_follows_a_meeting_on_the_sidelines_is_its_own(nlp: Language) -> None:
    """'On the sidelines of the meeting, Bessent held a bilateral ... The two discussed ...'."""
    text = (
        "G20 finance ministers ended a two-day meeting in Durban on Friday. {middle}The two "
        "discussed rare earths."
    )
    middle = (
        "On the sidelines of the meeting, Bessent held a bilateral meeting with Chinese Finance "
        "Minister Lan Fo'an on Thursday. "
    )
    summit, bilateral = meetings_in(nlp, text.format(middle=middle))
    assert bilateral["participants"] == {"Bessent", "Lan Fo'an"}
    assert bilateral["topics"] == {"critical minerals"}
    assert summit["topics"] == set()
    # what the ministers discussed after their meeting is theirs
    summit = only(
        nlp,
        "G20 finance ministers ended a two-day meeting in Durban on Friday. The ministers "
        "discussed rare earths.",
    )
    assert summit["topics"] == {"critical minerals"}


@pytest.mark.parametrize("verb", ["receiving", "hosting"])
def test_a_meeting_one_is_thanked_for_is_the_one_told(nlp: Language, verb: str) -> None:
    """'Opoku-Agyemang thanked Tinubu for receiving her': the reception, told again."""
    meeting = only(
        nlp,
        "President Bola Tinubu received Ghanaian Vice President Jane Opoku-Agyemang at the State "
        f"House on Tuesday. Opoku-Agyemang thanked Tinubu for {verb} her.",
    )
    assert (meeting["trigger"], meeting["host"]) == ("received", "Bola Tinubu")
    # the one thanked did what one is thanked for: a meeting of theirs, none told before
    meeting = only(nlp, "Opoku-Agyemang thanked Tinubu for meeting Macron.")
    assert meeting["participants"] == {"Tinubu", "Macron"}


def test_a_plan_to_meet_again_leaves_the_talks_told_again_one(nlp: Language) -> None:
    """'... held talks in the Kremlin and agreed to meet again': the talks are the meeting."""
    first = "On May 9, Putin met with Chinese President Xi Jinping. "
    met, planned = meetings_in(
        nlp,
        first + "The two leaders held talks in the Kremlin and agreed to meet again in the autumn.",
    )
    assert (met["trigger"], met["location"]) == ("met", ("Kremlin", "RUS"))
    assert planned["status"] is MeetingStatus.PLANNED
    # talks told as held later, or also, are another meeting
    for word in ("Later, the", "The"):
        also = "also " if word == "The" else ""
        found = meetings_in(nlp, f"{first}{word} two leaders {also}held talks in the Kremlin.")
        assert [m["trigger"] for m in found] == ["met", "talks"], word


def test_a_gathering_of_others_beside_a_meeting_is_none_told_before(nlp: Language) -> None:
    """'the annual meetings of the IMF and the World Bank': not a breakfast told before."""
    found = meetings_in(
        nlp,
        "German Finance Minister Lars Klingbeil said he had used a breakfast meeting with his "
        "French and Italian counterparts to coordinate a European position. The next meeting of "
        "G20 finance ministers will take place in Washington in October, on the sidelines of "
        "the annual meetings of the International Monetary Fund and the World Bank.",
    )
    breakfast, ministers, annual = found
    assert "World Bank" not in breakfast["participants"]
    assert breakfast["location"] is None
    assert ministers["participants"] == {"G20 finance ministers"}
    assert annual["participants"] == {"International Monetary Fund", "World Bank"}


def test_the_pronoun_one_is_thanked_for_receiving_is_the_one_who_thanks(nlp: Language) -> None:
    """'X thanked Y for receiving her': her is X, the guest (not Y, who would be "herself")."""
    found = only(nlp, "Opoku-Agyemang thanked Tinubu for receiving her.")
    assert found["participants"] == {"Opoku-Agyemang", "Tinubu"}
    assert found["host"] == "Tinubu"
    # the meeting told before, thanked for, is that one: no second record
    found = meetings_in(
        nlp, "Zelensky met Modi on Saturday. Modi thanked Zelensky for meeting him."
    )
    assert [m["participants"] for m in found] == [{"Zelensky", "Modi"}]


def test_a_meeting_scheduled_and_then_postponed_is_dated_by_the_day_it_is_moved_to(
    nlp: Language,
) -> None:
    """'was scheduled to be held on June 26 but was postponed until July 3': July 3."""
    text = "The EAEU summit was scheduled to be held in Minsk on June 26 but was postponed"
    assert only(nlp, text + " until July 3.")["date"] == "2024-07-03"
    assert only(nlp, text + ".")["date"] is None
    # held, and something else postponed: the day it was held stays
    held = only(
        nlp, "Putin and Lukashenko held talks in Minsk on June 10 and postponed the summit."
    )
    assert held["date"] == "2024-06-10"


def test_a_day_in_the_past_tense_less_than_a_month_ahead_is_that_day(nlp: Language) -> None:
    """'hosted Ruto on June 15', told on June 12: that June, not the one a year back."""
    assert only(nlp, "Biden hosted Ruto on June 15.")["date"] == "2024-06-15"
    # months ahead, the day gone by
    assert only(nlp, "Biden hosted Ruto on October 15.")["date"] == "2023-10-15"


def test_a_meeting_moved_to_another_place_is_there(nlp: Language) -> None:
    """'planned for Minsk on Friday, was moved to Moscow': Moscow, not the place given up."""
    found = only(
        nlp,
        "The meeting between Putin and Lukashenko, planned for Minsk on Friday, "
        "was moved to Moscow.",
    )
    assert found["location"] == ("Moscow", "RUS")
    moved = "The talks between Iran and the US were relocated from Muscat to Rome."
    assert only(nlp, moved)["location"] == ("Rome", "ITA")
    # the verb the meeting is subject of names the place, before the one of its old plan
    now = (
        "The talks between Iran and the US, first set for Muscat, will now take place in "
        "Rome on Saturday."
    )
    assert only(nlp, now)["location"] == ("Rome", "ITA")
    # controls: someone who moves on moves no meeting; a plan with no other place stays
    assert only(nlp, "Putin met Xi in Beijing and then moved to Shanghai.")["location"] == (
        "Beijing",
        "CHN",
    )
    planned = "A meeting between Putin and Trump, planned for Geneva on Friday, was confirmed."
    assert only(nlp, planned)["location"] == ("Geneva", "CHE")


def test_a_day_between_the_subject_and_its_verb_dates_the_meeting(nlp: Language) -> None:
    """'Modi on Saturday held talks with Milei', as Indian wires write it: Saturday."""
    # DATE is Wednesday 2024-06-12: the Saturday gone by is June 8
    found = only(nlp, "Prime Minister Narendra Modi on Saturday held talks with Javier Milei.")
    assert found["date"] == "2024-06-08"
    assert only(nlp, "Modi on Saturday met Milei.")["date"] == "2024-06-08"
    # control: a day of something the subject names is not the meeting's
    assert only(nlp, "Modi held talks with Milei.")["date"] is None


def test_called_on_with_on_read_as_a_particle_is_a_visit(nlp: Language) -> None:
    """'Modi called on Martin Menem on Saturday': the parser's particle "on" still names him."""
    found = only(nlp, "Modi called on Martin Menem on Saturday.")
    assert found["participants"] == {"Modi", "Martin Menem"}
    assert found["host"] == "Martin Menem"
    # control: an appeal is no visit
    assert meetings_in(nlp, "Modi called on Israel to stop the war on Saturday.") == []


def test_a_courtesy_call_is_where_the_one_called_on_is_received(nlp: Language) -> None:
    """'paid a courtesy call on Foreign Minister Ishaq Dar at the Ministry of Foreign Affairs'."""
    found = only(
        nlp,
        "The new ambassador paid a courtesy call on Foreign Minister Ishaq Dar at the "
        "Ministry of Foreign Affairs.",
    )
    assert found["location"] is not None
    assert found["location"][0] == "Ministry of Foreign Affairs"


def test_places_of_a_relative_clause_about_someone_give_no_venue_a_country(
    nlp: Language,
) -> None:
    """'lunch in the Cabinet Room with X, whose government mediated talks in Doha': not Qatar."""
    found = only(
        nlp,
        "Marco Rubio had a working lunch in the Cabinet Room with Qatar's prime minister, "
        "Sheikh Mohammed bin Abdulrahman Al Thani, whose government mediated a parallel "
        "track between Congo and the M23 rebel group in Doha.",
    )
    assert found["location"] == ("Cabinet Room", None)
    # control: a place the sentence goes to still gives its venue the country
    found = only(nlp, "Rubio flew to Bissau and held talks at the presidential palace.")
    assert found["location"] == ("presidential palace", "GNB")


def test_well_known_places_of_a_common_name_are_the_famous_ones(nlp: Language) -> None:
    """'in St. Petersburg' is Russia's city; 'inside St. Peter's Basilica' the Vatican's."""
    found = only(nlp, "Steve Witkoff met Vladimir Putin in St. Petersburg on Friday.")
    assert found["location"] == ("St. Petersburg", "RUS")
    found = only(nlp, "Trump and Zelenskyy held a short meeting inside St. Peter's Basilica.")
    assert found["location"] == ("St. Peter's Basilica", "VAT")


def test_an_ani_dateline_is_no_participant_and_gives_its_country(nlp: Language) -> None:
    """'Buenos Aires [Argentina], July 5 (ANI): ...': a dateline, not a party to the talks."""
    found = only(
        nlp,
        "Buenos Aires [Argentina], July 5 (ANI): Prime Minister Narendra Modi held talks "
        "with Argentine President Javier Milei at the Casa Rosada.",
    )
    assert found["participants"] == {"Narendra Modi", "Javier Milei"}
    assert found["location"] == ("Casa Rosada", "ARG")


def test_a_place_after_the_month_a_meeting_is_expected_in_is_its_place(nlp: Language) -> None:
    """'A third round of talks is expected in March in Seoul': the parser hangs Seoul on March."""
    held, second = meetings_in(
        nlp,
        "Motegi met Cho in Tokyo on Friday. A third round of talks is expected in March in Seoul.",
    )
    assert held["location"] == ("Tokyo", "JPN")
    assert second["location"] == ("Seoul", "KOR")
    assert second["status"] is MeetingStatus.PLANNED


def test_talks_last_held_years_ago_that_resume_are_a_meeting_to_come(nlp: Language) -> None:
    """'Talks ..., last held in Seoul in 2023, will resume in February': planned, not in Seoul."""
    found = only(
        nlp,
        "Talks between Japan and South Korea, last held in Seoul in 2023, will resume in February.",
    )
    assert found["status"] is MeetingStatus.PLANNED
    assert found["location"] is None
    # control: talks that have gone on for years are a process, no meeting
    assert (
        meetings_in(
            nlp,
            "Negotiations between the EU and Mercosur, which began in 2019, have stalled.",
        )
        == []
    )


def test_earlier_in_the_day_is_not_the_day_of_a_relative_clause(nlp: Language) -> None:
    """'Modi, who arrived on Friday evening, ... Earlier in the day, Modi met Menem': Saturday."""
    found = meetings_in(
        nlp,
        "Narendra Modi held talks with Javier Milei on Saturday. Modi, who arrived in Buenos "
        "Aires on Friday evening, was accorded a ceremonial welcome. Earlier in the day, Modi "
        "met Martin Menem.",
    )
    assert [m["date"] for m in found] == ["2024-06-08", "2024-06-08"]
    # control: a day told in the main clause before still anchors it
    found = meetings_in(
        nlp, "Modi arrived in Buenos Aires on Friday evening. Later in the day, Modi met Menem."
    )
    assert [m["date"] for m in found] == ["2024-06-07"]


def test_a_speech_at_a_named_gathering_set_off_by_a_comma_is_the_speakers(
    nlp: Language,
) -> None:
    """'warned that China was preparing to use force, in a speech at the Dialogue': Hegseth."""
    found = only(
        nlp,
        "Hegseth on Saturday warned that China was preparing to use military force, in a "
        "speech at the Shangri-La Dialogue.",
    )
    assert found["participants"] == {"Hegseth"}
    assert found["status"] is MeetingStatus.OCCURRED
    assert found["date"] == "2024-06-08"


def test_a_gatherings_name_is_no_place_and_its_sidelines_take_its_day_and_place(
    nlp: Language,
) -> None:
    """'spoke at the Shangri-La Dialogue in Singapore ... On the sidelines of the forum'."""
    summit, bilateral = meetings_in(
        nlp,
        "Hegseth spoke at the Shangri-La Dialogue in Singapore on Saturday. On the sidelines "
        "of the forum, Hegseth met Philippine Defense Secretary Gilberto Teodoro.",
    )
    assert summit["location"] == ("Singapore", "SGP")
    assert bilateral["participants"] == {"Hegseth", "Gilberto Teodoro"}
    assert (bilateral["location"], bilateral["date"]) == (("Singapore", "SGP"), "2024-06-08")
    # control: a summit named by its noun keeps its place
    found = meetings_in(nlp, "Biden met Xi at the APEC Summit in Lima on Saturday.")
    assert {m["location"] for m in found} == {("Lima", "PER")}


def test_a_meeting_s_topics_leave_out_news_of_another_time(nlp: Language) -> None:
    """A dated relative clause on one who met, and what a meeting 'came as', were not discussed."""
    coup = (
        "Bangladesh's Muhammad Yunus met Myanmar's military leader, Senior General Min Aung "
        "Hlaing, in Bangkok on Friday. It was the first meeting between Yunus and the general, "
        "who seized power in a coup in February 2021."
    )
    assert only(nlp, coup)["topics"] == set()
    came = (
        "Colombian President Gustavo Petro met Venezuelan President Nicolas Maduro on "
        "Saturday. The meeting came as Washington weighs whether to renew a license that "
        "allows Chevron to pump Venezuelan oil despite sanctions."
    )
    assert only(nlp, came)["topics"] == set()
    # controls: what they met to discuss, beside a dated clause on one of them
    discussed = (
        "Petro met Maduro, who won a disputed election in July, on Saturday to discuss oil "
        "sanctions."
    )
    assert only(nlp, discussed)["topics"] == {"oil", "sanctions"}


def test_informal_and_ceremonial_formats_are_meetings(nlp: Language) -> None:
    """'had a tête-à-tête', 'a one-on-one with', 'exchanged a handshake', 'credentials'."""
    for text in (
        "Starmer and Macron had a tête-à-tête in a side room on Monday.",
        "Starmer and Macron had a tete-a-tete in a side room on Monday.",
    ):
        found = only(nlp, text)
        assert found["trigger"] in ("tête-à-tête", "tete-a-tete")
        assert found["participants"] == {"Starmer", "Macron"}
        assert (found["status"], found["date"]) == (MeetingStatus.OCCURRED, "2024-06-10")
    found = only(nlp, "Keir Starmer had a one-on-one with Volodymyr Zelenskyy on Monday.")
    assert found["trigger"] == "one-on-one"
    assert found["participants"] == {"Keir Starmer", "Volodymyr Zelenskyy"}
    found = only(nlp, "Donald Trump exchanged a handshake with Emmanuel Macron at the service.")
    assert found["participants"] == {"Donald Trump", "Emmanuel Macron"}
    for text in (
        "Indonesian Ambassador Chandra Sukotjo presented his credentials to President "
        "Asif Ali Zardari on Monday.",
        "Indonesian Ambassador Chandra Sukotjo on Monday presented his letters of credence "
        "to President Asif Ali Zardari.",
    ):
        found = only(nlp, text)
        assert found["participants"] == {"Chandra Sukotjo", "Asif Ali Zardari"}
        assert (found["host"], found["date"]) == ("Asif Ali Zardari", "2024-06-10")
    # controls: the words as adverbs, credentials that are no papers, things presented,
    # and talk that does not say the two met
    for text in ("Biden and Xi met one-on-one on Monday.", "Biden met Xi one-on-one on Monday."):
        found = only(nlp, text)
        assert (found["trigger"], found["participants"]) == ("met", {"Biden", "Xi"})
    for text in (
        "John Smith presented his credentials as a reformer to voters on Monday.",
        "John Smith presented a letter to President Joe Biden on Monday.",
        "John Smith presented the award to President Joe Biden on Monday.",
        "Javier Milei spoke briefly with Giorgia Meloni after the Mass.",
        "Joe Biden spoke one-on-one with Xi Jinping on Monday.",
    ):
        assert meetings_in(nlp, text) == [], text


def test_before_the_meeting_told_before_is_that_meeting(nlp: Language) -> None:
    """'joined them before the meeting', after the meeting was told: that one, held."""
    held = "Trump and Zelenskyy held a short meeting in Rome on Monday. "
    found = only(
        nlp, held + "Macron and Starmer briefly joined Trump and Zelenskyy before the meeting."
    )
    assert found["participants"] == {"Trump", "Zelenskyy", "Macron", "Starmer"}
    assert (found["status"], found["date"]) == (MeetingStatus.OCCURRED, "2024-06-10")
    # controls: an arrival before it is no second meeting either; a meeting of its own
    # told with the frame stays apart; a meeting not told before is still ahead
    found = only(nlp, held + "Macron and Starmer arrived in Rome before the meeting.")
    assert found["status"] is MeetingStatus.OCCURRED
    first, second = meetings_in(
        nlp, "Xi and Putin held talks in Moscow on Monday. Lavrov met Wang before the talks."
    )
    assert (first["participants"], second["participants"]) == ({"Xi", "Putin"}, {"Lavrov", "Wang"})
    summit = only(nlp, "Macron hosted Scholz in Paris on Monday before a European Union summit.")
    assert summit["status"] is MeetingStatus.PLANNED


def test_the_two_expected_to_meet_are_the_two_named_last(nlp: Language) -> None:
    """'The two are expected to meet', and 'the two' of a handshake told in their sentence."""
    met = "Keir Starmer met Giorgia Meloni on Monday. "
    for text in (
        "The two are expected to meet in Rome next month.",
        "The two are expected to meet again in Rome next month.",
    ):
        _held, planned = meetings_in(nlp, met + text)
        assert planned["participants"] == {"Keir Starmer", "Giorgia Meloni"}, text
        assert (planned["status"], planned["location"]) == (MeetingStatus.PLANNED, ("Rome", "ITA"))
    # the two of a handshake, not those of the meeting told before; the handshake stays
    found = meetings_in(
        nlp,
        "Donald Trump met Volodymyr Zelenskyy on Saturday.\n\n"
        "Trump also shook hands with Ursula von der Leyen at the end of the service, and the "
        "two agreed to meet for substantive talks.",
    )
    assert [(m["participants"], m["status"]) for m in found[1:]] == [
        ({"Donald Trump", "Ursula von der Leyen"}, MeetingStatus.OCCURRED),
        ({"Donald Trump", "Ursula von der Leyen"}, MeetingStatus.PLANNED),
    ]
    # controls: the two of a meeting when the last two named are not named together; a
    # handshake before talks is the start of the talks; "the two" with no one named
    found = meetings_in(
        nlp,
        "Mark Carney and Claudia Sheinbaum held talks in Ottawa on Monday. Donald Trump has "
        "said he wants a new trade deal. The two leaders agreed to meet again in July.",
    )
    assert found[-1]["participants"] == {"Mark Carney", "Claudia Sheinbaum"}
    assert (
        only(nlp, "Modi shakes hands with Albanese before their talks in New Delhi.")["trigger"]
        == "talks"
    )
    assert (
        meetings_in(nlp, "The company said on Monday. The two are expected to meet in Rome.") == []
    )


def test_a_noun_that_says_what_a_visit_was_is_that_visit(nlp: Language) -> None:
    """'the visit was the first visit by ... to Argentina', 'in what was the first visit'."""
    found = only(
        nlp,
        "Narendra Modi arrived in Buenos Aires on Monday for a state visit. Kumaran said the "
        "visit was the first bilateral visit by an Indian Prime Minister to Argentina.",
    )
    assert found["participants"] == {"Narendra Modi", "Argentina"}
    assert found["date"] == "2024-06-10"
    visit, talks = meetings_in(
        nlp,
        "Russian envoy Kirill Dmitriev visited Washington last week and held talks with Steve "
        "Witkoff, in what was the first visit by a senior Russian official to the U.S. since 2022.",
    )
    assert (visit["kind"], talks["kind"]) == (MeetingKind.VISIT, MeetingKind.TALKS)
    # controls: a visit to another country, or by another visitor, is another visit
    assert (
        len(
            meetings_in(
                nlp,
                "Narendra Modi arrived in Buenos Aires on Monday for a state visit. Kumaran said "
                "the visit was the first bilateral visit by an Indian Prime Minister to Brazil.",
            )
        )
        == 2
    )
    other = meetings_in(
        nlp,
        "Narendra Modi visited Buenos Aires on Monday, which was the first visit by Lula "
        "to Argentina.",
    )
    assert [m["participants"] & {"Lula"} for m in other] == [set(), {"Lula"}]


def test_who_secures_a_meeting_and_the_three_leaders_take_part(nlp: Language) -> None:
    """'secured a meeting with Meloni', 'The three leaders then had a working lunch with X'."""
    for verb in ("secured", "managed", "snatched"):
        found = only(nlp, f"Keir Starmer {verb} a brief meeting with Giorgia Meloni on Monday.")
        assert found["participants"] == {"Keir Starmer", "Giorgia Meloni"}, verb
    trilateral = (
        "Felix Tshisekedi and Paul Kagame held a trilateral meeting with Donald Trump in the "
        "Oval Office on Monday. "
    )
    _held, lunch = meetings_in(
        nlp, trilateral + "The three leaders then had a working lunch with Marco Rubio."
    )
    assert lunch["participants"] == {
        "Felix Tshisekedi",
        "Paul Kagame",
        "Donald Trump",
        "Marco Rubio",
    }
    # controls: a deal secured is no meeting; "the three companies" are not the leaders
    assert meetings_in(nlp, "Keir Starmer secured a deal with Giorgia Meloni on Monday.") == []
    assert len(meetings_in(nlp, trilateral + "The three companies then signed a deal.")) == 1


def test_what_a_meeting_is_the_first_since_is_no_topic_of_it(nlp: Language) -> None:
    """'the first visit by a Russian official to the U.S. since the invasion of Ukraine'."""
    found = meetings_in(
        nlp,
        "Kirill Dmitriev visited Washington last week and held talks with Steve Witkoff, in "
        "what was the first visit by a senior Russian official to the U.S. since the invasion "
        "of Ukraine.",
    )
    assert found
    assert all(m["topics"] == set() for m in found)
    # control: what the talks covered stays
    found = only(nlp, "Dmitriev held talks with Witkoff on the war in Ukraine.")
    assert found["topics"] == {"war"}


def test_place_after_the_joined_people_met(nlp: Language) -> None:
    """'with survivors of the attack and their parents in Southport': the place is kept."""
    found = only(
        nlp,
        "Home Secretary Yvette Cooper held a meeting with survivors of the attack and their "
        "parents in Southport on Monday evening.",
    )
    assert found["location"] == ("Southport", "GBR")
    # control: with one group met
    found = only(
        nlp,
        "Home Secretary Yvette Cooper held a meeting with survivors of the attack in Southport "
        "on Monday evening.",
    )
    assert found["location"] == ("Southport", "GBR")


def test_a_venue_after_a_fronted_town_is_the_place(nlp: Language) -> None:
    """'In Manila, Marcos received Marles at Malacanang Palace': the palace, in the city."""
    found = only(
        nlp,
        "In Manila, Philippine President Ferdinand Marcos Jr. received Australian Defense "
        "Minister Richard Marles at Malacanang Palace.",
    )
    assert found["location"] == ("Malacanang Palace", "PHL")
    found = only(nlp, "On Tuesday, in London, Starmer met Macron at Lancaster House.")
    assert found["location"] == ("Lancaster House", "GBR")
    # controls: the fronted town with no venue, and a venue after the verb alone
    found = only(nlp, "In Manila, Philippine President Ferdinand Marcos Jr. met Marles on Tuesday.")
    assert found["location"] == ("Manila", "PHL")
    found = only(nlp, "In London, Starmer met Macron at a dinner on Tuesday.")
    assert found["location"] == ("London", "GBR")


def test_an_untagged_venue_and_weekday_after_at(nlp: Language) -> None:
    """'will visit Sanchez at the Moncloa later Thursday': the venue and the day are kept."""
    found = only(
        nlp, "Macron will visit Prime Minister Pedro Sanchez at the Moncloa later Thursday."
    )
    assert found["location"] == ("Moncloa", None)
    assert found["date"] == "2024-06-13"
    # control: "on Thursday"
    found = only(nlp, "Macron will visit Prime Minister Pedro Sanchez at the Moncloa on Thursday.")
    assert (found["location"], found["date"]) == (("Moncloa", None), "2024-06-13")


def test_a_place_after_the_day_a_meeting_was_planned_for(nlp: Language) -> None:
    """'planned for January 2024 in Djibouti': the place hangs on the day."""
    for plan in ("for January 2024 in Djibouti", "for Djibouti in January 2024"):
        found = only(
            nlp,
            "A meeting between army chief Gen. Abdel Fattah Burhan and RSF leader Mohamed "
            f"Hamdan Dagalo, planned {plan}, never took place.",
        )
        assert found["location"] == ("Djibouti", "DJI"), plan
        assert found["status"] == MeetingStatus.CANCELLED


def test_talks_stalled_in_a_month_of_an_earlier_year_are_a_meeting(nlp: Language) -> None:
    """'Talks ... stalled in December 2023' say when they stopped, not how long they lasted."""
    found = only(nlp, "Talks between Iran and the United States stalled in December 2022.")
    assert found["participants"] == {"Iran", "United States"}
    assert found["date_text"] == "December 2022"
    # controls: how long they have lasted is a process
    for lasting in ("have stalled since December 2022", "have dragged on since 2021"):
        text = f"Talks between Iran and the United States {lasting}."
        assert meetings_in(nlp, text) == [], lasting


def test_meeting_face_to_face(nlp: Language) -> None:
    """'could meet face to face next week': 'face' is how they meet, not whom."""
    found = only(nlp, "Burhan and Dagalo could meet face to face next week.")
    assert found["participants"] == {"Burhan", "Dagalo"}
    assert (found["status"], found["date_text"]) == (MeetingStatus.PLANNED, "next week")
    found = only(nlp, "Burhan and Dagalo met face to face in Jeddah on Monday.")
    assert found["location"] == ("Jeddah", "SAU")
    # control: facing someone is no meeting
    assert meetings_in(nlp, "The army will face the rebels next week.") == []


def test_a_person_hosts_a_team_no_actor_covers(nlp: Language) -> None:
    """'King Charles III hosted the Lionesses at Buckingham Palace': the host's meeting."""
    found = only(nlp, "King Charles III hosted the Lionesses at Buckingham Palace on Tuesday.")
    assert (found["host"], found["location"]) == ("Charles III", ("Buckingham Palace", "GBR"))
    assert found["date"] == "2024-06-11"
    found = only(
        nlp,
        "The England women's football team were hosted by King Charles III at Buckingham "
        "Palace on Tuesday.",
    )
    assert found["host"] == "Charles III"
    # controls: a thing received, guests with no article, no place
    for text in (
        "King Charles III received the report at Buckingham Palace on Tuesday.",
        "King Charles III hosted survivors at Buckingham Palace on Tuesday.",
        "King Charles III hosted the team on Tuesday.",
    ):
        assert meetings_in(nlp, text) == [], text


def test_what_people_of_a_kind_do_is_no_meeting(nlp: Language) -> None:
    """'Champions visiting the White House is a tradition', 'Presidents have welcomed ...'."""
    for text in (
        "Champions visiting the White House is a tradition that dates back decades.",
        "Leaders visiting Kyiv is a sign of support.",
        "Presidents have welcomed teams from the NFL and the NBA for decades.",
    ):
        assert meetings_in(nlp, text) == [], text
    # controls: a team that visited, people who met on a day or for hours
    found = only(nlp, "The Los Angeles Dodgers visited the White House in April.")
    assert found["kind"] == MeetingKind.VISIT
    assert only(nlp, "Leaders met in Paris on Monday.")["location"] == ("Paris", "FRA")
    assert only(nlp, "Biden visiting Kyiv is a sign of support.")["kind"] == MeetingKind.VISIT


def test_a_summit_prepared_for_is_not_set_when_and_where_it_is_prepared(nlp: Language) -> None:
    """'hold consultations in Seoul next month to prepare for a summit': the summit is later."""
    summit = "a summit between Shigeru Ishiba and Choi Sang-mok."
    for text in (
        f"Officials said they would hold consultations in Seoul next month to prepare for {summit}",
        f"Aides will travel to Seoul next month to prepare for {summit}",
    ):
        (found,) = [m for m in meetings_in(nlp, text) if m["trigger"] == "summit"]
        assert (found["location"], found["date_text"]) == (None, None), text
        assert found["status"] == MeetingStatus.PLANNED
    # control: a summit one travels to attend is then and there
    found = only(nlp, f"Aides will travel to Seoul next month to attend {summit}")
    assert (found["location"], found["date_text"]) == (("Seoul", "KOR"), "next month")


def test_the_sidelines_of_a_gathering_of_several_days_take_not_its_first_day(
    nlp: Language,
) -> None:
    """A bilateral on the sidelines of 'four days of talks' opened on Tuesday is undated."""
    opened = (
        "The ASEAN Foreign Ministers' Meeting opened on Tuesday in Kuala Lumpur for four days "
        "of talks. ",
        "West African leaders opened a three-day summit in Abuja on Sunday. ",
    )
    for first in opened:
        found = meetings_in(
            nlp,
            first + "On the sidelines of the meeting, Tinubu held a bilateral meeting with Faye.",
        )
        assert found[-1]["participants"] == {"Tinubu", "Faye"}
        assert found[-1]["date"] is None, first
        assert found[-1]["location"] is not None
    # controls: a summit held on a day, or opened on it with no length told, gives its
    # sidelines that day
    for first in ("held a summit", "opened a summit"):
        found = meetings_in(
            nlp,
            f"West African leaders {first} in Abuja on Sunday. On the sidelines of the "
            "summit, Tinubu held a bilateral meeting with Faye.",
        )
        assert found[-1]["date"] == "2024-06-09", first


def test_on_the_sidelines_of_a_meeting_told_by_its_name(nlp: Language) -> None:
    """'On the sidelines' after 'The ASEAN Foreign Ministers' Meeting opened in Kuala Lumpur'."""
    opened = "The ASEAN Foreign Ministers' Meeting opened on Tuesday in Kuala Lumpur. "
    found = meetings_in(
        nlp,
        opened + "Thai Foreign Minister Maris Sangiampongsa met his Cambodian counterpart Prak "
        "Sokhonn on the sidelines on Wednesday.",
    )
    assert found[-1]["participants"] == {"Maris Sangiampongsa", "Prak Sokhonn"}
    assert found[-1]["location"] == ("Kuala Lumpur", "MYS")
    assert found[-1]["date"] == "2024-06-12"
    # control: a meeting of two told before is no gathering with sidelines
    found = meetings_in(
        nlp, "Biden met Xi in Woodside on Tuesday. On the sidelines, Blinken met Wang Yi."
    )
    assert found[-1]["location"] is None


def test_a_venue_a_host_receives_at_is_in_the_host_country(nlp: Language) -> None:
    """'WASHINGTON - Spanish Prime Minister Sanchez will host Macron at the Moncloa': Spain."""
    found = only(
        nlp,
        "WASHINGTON (AP) — Spanish Prime Minister Pedro Sanchez will host Emmanuel Macron at "
        "the Moncloa on Thursday.",
    )
    assert found["location"] == ("Moncloa", "ESP")
    # control: a host with no country leaves the venue in the dateline's
    found = only(nlp, "MANILA (AP) — Marcos received Richard Marles at Malacanang Palace.")
    assert found["location"] == ("Malacanang Palace", "PHL")


def test_met_separately_with_a_long_name_meets_that_person_once(nlp: Language) -> None:
    """'met separately with A and B': two meetings, however many pieces B's name is found in."""
    found = meetings_in(
        nlp,
        "U.S. envoy Steve Witkoff met separately with Egyptian President Abdel Fattah el-Sissi "
        "and Qatari Prime Minister Sheikh Mohammed bin Abdulrahman Al Thani on Tuesday.",
    )
    assert len(found) == 2, found
    assert sum("Abdel Fattah el-Sissi" in m["participants"] for m in found) == 1
    # controls: two short names are still two meetings, and two met together one
    found = meetings_in(nlp, "Blinken met separately with Lapid and Abbas in Jerusalem.")
    assert [m["participants"] for m in found] == [{"Blinken", "Lapid"}, {"Blinken", "Abbas"}]
    found = only(nlp, "Blinken met Lapid and Abbas in Jerusalem.")
    assert found["participants"] == {"Blinken", "Lapid", "Abbas"}


def test_a_meeting_told_again_by_name_in_the_next_sentence_is_one(nlp: Language) -> None:
    """'met el-Sissi on Tuesday. Witkoff and el-Sissi met for two hours': one meeting."""
    lead = "Steve Witkoff met Egyptian President Abdel Fattah el-Sissi on Tuesday. "
    for again in (
        "Witkoff and el-Sissi met for two hours.",
        "Witkoff met el-Sissi at the Ittihadiya Palace.",
        "He held talks with el-Sissi at the Ittihadiya Palace.",
    ):
        found = only(nlp, lead + again)
        assert found["participants"] == {"Steve Witkoff", "Abdel Fattah el-Sissi"}, again
        assert found["date"] == "2024-06-11", again
    # one of the meetings "met separately" made, told again in passing
    found = meetings_in(
        nlp,
        "Steve Witkoff met separately with Egyptian President Abdel Fattah el-Sissi and "
        "Jordan's King Abdullah on Tuesday. After meeting el-Sissi in Cairo, he flew to Amman.",
    )
    assert len(found) == 2, found
    # controls: a time of its own, "again" or "also" is another meeting
    for other in (
        "Witkoff met el-Sissi again on Wednesday.",
        "Witkoff met el-Sissi in Cairo last year.",
        "He also met el-Sissi at a dinner.",
    ):
        assert len(meetings_in(nlp, lead + other)) == 2, other
    found = meetings_in(
        nlp, "Witkoff met el-Sissi in 2023. Witkoff met el-Sissi in Cairo last week."
    )
    assert len(found) == 2, found


def test_the_ministers_who_meet_again_are_those_who_met(nlp: Language) -> None:
    """'The ministers will meet again' is not the group of a meeting still to come."""
    lead = (
        "Thai Foreign Minister Maris Sangiampongsa met his Cambodian counterpart Prak Sokhonn "
        "on Tuesday. "
    )
    *_, again = meetings_in(
        nlp,
        lead + "Lavrov will attend the East Asia Summit foreign ministers' meeting on Friday. "
        "The ministers will meet again in Bangkok next month.",
    )
    assert again["participants"] == {"Maris Sangiampongsa", "Prak Sokhonn"}
    assert again["status"] is MeetingStatus.PLANNED
    # controls: with nothing between, the same two; a group that met is that group
    *_, again = meetings_in(nlp, lead + "The ministers will meet again in Bangkok next month.")
    assert again["participants"] == {"Maris Sangiampongsa", "Prak Sokhonn"}
    *_, again = meetings_in(
        nlp,
        "Maris met Prak on Tuesday. NATO foreign ministers met in Brussels on Tuesday. "
        "The ministers will meet again in June.",
    )
    assert again["participants"] == {"NATO foreign ministers"}


def test_a_delegation_headed_by_someone_holds_talks_with_its_leader(nlp: Language) -> None:
    """'A Hamas delegation headed by al-Hayya held talks with Egyptian officials'."""
    for verb in ("headed", "led"):
        found = only(
            nlp,
            f"A Hamas delegation {verb} by Khalil al-Hayya held talks with Egyptian officials "
            "in Cairo last week.",
        )
        assert found["participants"] == {
            "Hamas delegation",
            "Khalil al-Hayya",
            "Egyptian officials",
        }, verb
    # controls: with no leader named, and with the talks it arrived for
    found = only(nlp, "A Hamas delegation held talks with Egyptian officials in Cairo last week.")
    assert found["participants"] == {"Hamas delegation", "Egyptian officials"}
    found = only(nlp, "A Hamas delegation headed by Khalil al-Hayya arrived in Cairo for talks.")
    assert found["participants"] == {"Hamas delegation", "Khalil al-Hayya"}


def test_a_round_of_another_track_does_not_take_the_parties_told_before(nlp: Language) -> None:
    """'held talks with Egyptian officials ... The previous round of indirect negotiations'."""
    found = meetings_in(
        nlp,
        "A Hamas delegation held talks with Egyptian officials in Cairo last week. "
        "The previous round of indirect negotiations, held in Doha in March, collapsed.",
    )
    assert all(m["participants"] == {"Hamas delegation", "Egyptian officials"} for m in found)
    assert [m["trigger"] for m in found] == ["talks"]
    # controls: the same word, or the same qualifier, is the same series
    for lead, then in (
        ("held talks in Muscat on Sunday.", "The next round of formal talks will be in Rome."),
        (
            "held indirect negotiations in Cairo last week.",
            "The previous round of indirect talks, held in Doha in March, collapsed.",
        ),
    ):
        _held, other = meetings_in(nlp, f"Iran and the United States {lead} {then}")
        assert other["participants"] == {"Iran", "United States"}, then


def test_who_attended_a_meeting_in_a_joined_passive_takes_part(nlp: Language) -> None:
    """'The meeting lasted around an hour and was also attended by Cooper'."""
    lead = "Sir Keir Starmer has met the families of the three girls. "
    for then in (
        "The meeting lasted around an hour and was also attended by Home Secretary Yvette Cooper.",
        "The meeting was also attended by Home Secretary Yvette Cooper.",
    ):
        found = only(nlp, lead + then)
        assert "Yvette Cooper" in found["participants"], then
    found = only(
        nlp, "The summit opened on Monday and was attended by Emmanuel Macron and Olaf Scholz."
    )
    assert found["participants"] == {"Emmanuel Macron", "Olaf Scholz"}
    # control: who describes the meeting does not take part
    found = only(
        nlp,
        lead + "The meeting lasted around an hour and was described as constructive by Home "
        "Secretary Yvette Cooper.",
    )
    assert "Yvette Cooper" not in found["participants"]


def test_a_meeting_told_with_a_is_no_session_of_the_one_told(nlp: Language) -> None:
    """'The meeting was constructive. An annual general meeting is due in May': not theirs."""
    lead = "Marsh met Christer Gardell in London on Tuesday. The meeting was constructive. "
    found = meetings_in(nlp, lead + "An annual general meeting is due in May.")
    assert all(
        m["participants"] != {"Marsh", "Christer Gardell"} or m["date_text"] != "May" for m in found
    ), found
    # controls: told as the next, or by "the" with a time of its own, it is theirs
    *_, further = meetings_in(nlp, lead + "A further meeting is due in May.")
    assert further["participants"] == {"Marsh", "Christer Gardell"}
    assert further["status"] is MeetingStatus.PLANNED
    *_, resumed = meetings_in(
        nlp,
        "Wage talks between Acme and the union were adjourned on Monday. "
        "The talks will resume on Thursday.",
    )
    assert resumed["date"] == "2024-06-13"


def test_a_meeting_of_the_same_people_at_another_part_of_the_day_is_another(nlp: Language) -> None:
    """'held talks with Ruto ... In the evening, Xi hosted a banquet in honor of Ruto'."""
    found = meetings_in(
        nlp,
        "Xi Jinping held talks with Kenyan President William Ruto in Beijing on Thursday. "
        "In the evening, Xi hosted a banquet in honor of Ruto.",
    )
    assert [m["trigger"] for m in found] == ["talks", "banquet"]
    assert found[0]["host"] is None
    # control: told again with no time of its own, the talks themselves
    found = only(
        nlp,
        "Xi Jinping held talks with Kenyan President William Ruto in Beijing on Thursday. "
        "Xi and Ruto met for two hours.",
    )
    assert found["trigger"] == "talks"


def test_officials_from_both_countries_are_the_two_sides(nlp: Language) -> None:
    """'Cho met Iwaya ... Officials from both countries said they would hold consultations'."""
    lead = (
        "South Korean Foreign Minister Cho Tae-yul met Japanese Foreign Minister Takeshi Iwaya "
        "in Tokyo on Tuesday. "
    )
    for then in (
        "Officials from both countries said they would hold consultations in Seoul next month.",
        "Officials from both sides will hold consultations in Seoul next month.",
        "Both countries will hold consultations in Seoul next month.",
        # control: as before
        "The two countries will hold consultations in Seoul next month.",
    ):
        _met, planned = meetings_in(nlp, lead + then)
        assert planned["participants"] == {"Cho Tae-yul", "Takeshi Iwaya"}, then
        assert planned["status"] is MeetingStatus.PLANNED, then
    # control: those of the two sides the phrase names are those people
    _met, called_off = meetings_in(
        nlp,
        "Kurti met Sorensen in Pristina on Monday. A planned meeting between the chief "
        "negotiators of the two sides, Besnik Bislimi and Petar Petkovic, was called off.",
    )
    assert {"Besnik Bislimi", "Petar Petkovic"} <= called_off["participants"]
    assert not {"Kurti", "Sorensen"} & called_off["participants"]


@pytest.mark.parametrize(
    ("text", "participants"),
    [
        (
            "Blinken met Israeli Prime Minister Benjamin Netanyahu and Defense Minister Yoav "
            "Gallant on Monday.",
            {"Blinken", "Benjamin Netanyahu", "Yoav Gallant"},
        ),
        # controls: one titled person; two people the parser lists as it should
        (
            "Blinken met Prime Minister Benjamin Netanyahu on Monday.",
            {"Blinken", "Benjamin Netanyahu"},
        ),
        (
            "Xi met with Prime Minister Anthony Albanese and Foreign Minister Penny Wong.",
            {"Xi", "Anthony Albanese", "Penny Wong"},
        ),
    ],
)
def test_a_first_titled_name_read_inside_the_second_takes_part(
    nlp: Language, text: str, participants: set[str]
) -> None:
    """Both people of "met Prime Minister X and Defense Minister Y" take part.

    The parser may hang the first name in apposition to its title, inside the second name.
    """
    assert only(nlp, text)["participants"] == participants


@pytest.mark.parametrize(
    "between",
    [
        "The prime minister received the relatives at Downing Street on Tuesday morning. ",
        # control: "the meeting" right after the meeting told again
        "",
    ],
)
def test_the_meeting_after_a_headline_told_again_is_that_meeting(
    nlp: Language, between: str
) -> None:
    """How far "the meeting" is from a meeting is counted from its mention told last.

    A headline's meeting told again in the body keeps the headline's mention last in its
    list, which put "The meeting ... was also attended by Cooper" too far away from it.
    """
    meeting = only(
        nlp,
        "Starmer meets families of Southport victims as inquiry opens\n\n"
        "Sir Keir Starmer has met the families of the three girls.\n\n"
        f"{between}The meeting lasted around an hour and was also attended by Home "
        "Secretary Yvette Cooper.",
    )
    assert {"Keir Starmer", "Yvette Cooper"} <= meeting["participants"]


@pytest.mark.parametrize(
    ("text", "topics"),
    [
        (
            "Phumtham Wechayachai and Hun Manet agreed to an immediate ceasefire at talks "
            "hosted by Malaysian Prime Minister Anwar Ibrahim in Putrajaya on Monday.",
            {"ceasefire"},
        ),
        (
            "The two ministers signed a trade deal at talks in Geneva on Monday.",
            {"trade"},
        ),
        # controls: agreed after the talks in the same clause; nothing agreed
        (
            "Phumtham Wechayachai and Hun Manet held talks in Putrajaya on Monday and "
            "agreed to an immediate ceasefire.",
            {"ceasefire"},
        ),
        ("Police arrested a man at talks in Geneva on Monday.", set()),
    ],
)
def test_what_was_agreed_at_talks_is_their_topic(
    nlp: Language, text: str, topics: set[str]
) -> None:
    """In "agreed to an immediate ceasefire at talks hosted by Anwar", the talks were on it."""
    assert only(nlp, text)["topics"] == topics


@pytest.mark.parametrize(
    "between",
    [
        "Biden welcomed Trump. Trump thanked him. ",
        "Reporters were ushered out. ",
        # control: the next sentence
        "",
    ],
)
def test_the_two_met_a_few_sentences_after_the_meeting_is_that_meeting(
    nlp: Language, between: str
) -> None:
    """In "The two met for nearly two hours", with no day of its own, the meeting told before.

    Told a few sentences after it, with no other meeting between, it is still that meeting
    and brings it what they discussed.
    """
    meeting = only(
        nlp,
        "Donald Trump met Joe Biden in the Oval Office on Wednesday. "
        f"{between}The two met for nearly two hours. They discussed the war in Ukraine.",
    )
    assert meeting["participants"] == {"Donald Trump", "Joe Biden"}
    assert meeting["date_text"] == "Wednesday"
    assert meeting["topics"] == {"war"}


def test_the_two_met_after_another_meeting_told_between_is_not_retold(nlp: Language) -> None:
    """Another meeting told in between keeps a later "the two met" from reaching back."""
    found = meetings_in(
        nlp,
        "Donald Trump met Joe Biden in the Oval Office on Wednesday. "
        "Kamala Harris met Mike Johnson on Capitol Hill. "
        "Later, the two met again for nearly two hours.",
    )
    assert len(found) == 3


@pytest.mark.parametrize(
    ("said", "count"),
    [
        ("The group said in a statement after the panel met that it made no change.", 1),
        ("OPEC+ will meet again on June 1, the group said after the panel met.", 2),
        # control: no time clause
        ("OPEC+ will meet again on June 1, the group said.", 2),
    ],
)
def test_after_the_panel_met_is_the_meeting_held(nlp: Language, said: str, count: int) -> None:
    """In "the group said after the panel met", the clause only dates the saying.

    The meeting it names is the one told before, held by the same people.
    """
    found = meetings_in(
        nlp, f"The Joint Ministerial Monitoring Committee met virtually on Wednesday. {said}"
    )
    assert len(found) == count
    assert found[0]["date_text"] == "Wednesday"


@pytest.mark.parametrize(
    ("headline", "count"),
    [
        ("OPEC+ keeps output policy unchanged, to meet again on July 1", 2),
        # control: a headline in the present tells the lead's meeting
        ("OPEC+ ministers meet, keep output policy unchanged", 1),
    ],
)
def test_a_headline_infinitive_is_no_present_of_the_leads_meeting(
    nlp: Language, headline: str, count: int
) -> None:
    """In "keeps policy unchanged, to meet again on July 1", the meeting is a plan.

    The present tense of the verb the infinitive hangs on does not make it the meeting the
    lead tells as held, which would take the headline's day.
    """
    found = meetings_in(
        nlp,
        f"{headline}\n\nLONDON, June 12 (Reuters) - OPEC+ ministers on Wednesday kept output "
        "policy unchanged and asked some members to step up cuts, after a meeting of a "
        "ministerial panel, sources said.",
    )
    assert len(found) == count
    held = [m for m in found if m["status"] is MeetingStatus.OCCURRED]
    assert len(held) == 1
    assert held[0]["date"] != "2024-07-01"
    if count == 2:
        assert {m["date"] for m in found} >= {"2024-07-01"}


_BAYROU = "Lula was due to meet Prime Minister Francois Bayrou at Matignon on Wednesday. "


@pytest.mark.parametrize(
    ("between", "pair", "participants"),
    [
        (_BAYROU, "presidents", {"Emmanuel Macron", "Luiz Inacio Lula da Silva"}),
        # control: nobody named between
        ("", "presidents", {"Emmanuel Macron", "Luiz Inacio Lula da Silva"}),
        # control: "the two leaders" may be a prime minister and a president
        (_BAYROU, "leaders", {"Luiz Inacio Lula da Silva", "Francois Bayrou"}),
    ],
)
def test_the_two_presidents_are_not_one_named_with_another_title(
    nlp: Language, between: str, pair: str, participants: set[str]
) -> None:
    """In "the two presidents", one named only as a prime minister is not of the two.

    Nor does the meeting told just before, with that prime minister, give its two instead.
    """
    found = meetings_in(
        nlp,
        "Emmanuel Macron will receive Brazilian President Luiz Inacio Lula da Silva at the "
        f"Elysee Palace on Thursday. {between}On Friday, the two {pair} will travel to Nice "
        "for the United Nations Ocean Conference.",
    )
    assert found[-1]["participants"] == participants


def test_the_two_after_a_meeting_of_many_are_the_last_two_named(nlp: Language) -> None:
    """In "The two last met", after a ministers' meeting told last, the two are the last named.

    The many of the ministers' meeting are not the two.
    """
    found = meetings_in(
        nlp,
        "External Affairs Minister S Jaishankar is expected to meet his Chinese counterpart "
        "Wang Yi on the margins of the Shanghai Cooperation Organisation (SCO) foreign "
        "ministers' meeting in Astana later this year, officials said. The two last met in "
        "Johannesburg in August.",
    )
    assert found[-1]["trigger"] == "met"
    assert found[-1]["participants"] == {"S Jaishankar", "Wang Yi"}


@pytest.mark.parametrize(
    "first",
    [
        "Trump said he expected to meet Putin very soon, in what would be the first "
        "U.S.-Russia summit since 2021.",
        # control: the summit told on its own
        "Russia and the United States will hold a summit soon.",
    ],
)
def test_a_named_conference_is_not_an_earlier_summit_with_no_place(
    nlp: Language, first: str
) -> None:
    """In "on the sidelines of the Munich Security Conference", a gathering of its own.

    It is not the summit told before with no place, which would take its people and day.
    """
    found = meetings_in(
        nlp,
        f"{first} Zelenskiy said he would meet U.S. Vice President JD Vance on the sidelines "
        "of the Munich Security Conference on Friday.",
    )
    summit = next(m for m in found if m["trigger"] == "summit")
    assert summit["participants"] == {"United States", "Russia"}
    assert summit["date"] is None
    assert any(m["trigger"] == "Conference" for m in found)


@pytest.mark.parametrize(
    ("second", "count"),
    [
        ("The JMMC can recommend changes and convene a full OPEC+ meeting.", 1),
        ("The committee can convene a meeting of the council at any time.", 1),
        # control: a meeting it will convene, on a day
        ("The JMMC will convene a full OPEC+ meeting on July 1.", 2),
    ],
)
def test_what_a_body_can_convene_is_no_meeting(nlp: Language, second: str, count: int) -> None:
    """In "The JMMC can convene a full OPEC+ meeting", a power of the body, no meeting held."""
    found = meetings_in(
        nlp, f"The Joint Ministerial Monitoring Committee met virtually on Wednesday. {second}"
    )
    assert len(found) == count
    assert found[0]["date_text"] == "Wednesday"


def test_talks_a_person_can_hold_are_still_told(nlp: Language) -> None:
    """In "he can hold talks with Zelensky", a person's, the talks are still a meeting."""
    talks = only(nlp, "Vladimir Putin said he can hold talks with Volodymyr Zelensky.")
    assert talks["participants"] == {"Vladimir Putin", "Volodymyr Zelensky"}


@pytest.mark.parametrize(
    ("greeting", "count"),
    [
        ("greeted arriving heads of state on a red carpet throughout the morning.", 1),
        ("greeted the arriving leaders on a red carpet.", 1),
        # controls: a named guest is greeted in a meeting of its own; a crowd is no one
        ("greeted Jordanian King Abdullah on a red carpet.", 2),
        ("greeted supporters at a rally.", 1),
    ],
)
def test_a_greeting_of_arrivals_after_a_summit_is_that_summit(
    nlp: Language, greeting: str, count: int
) -> None:
    """In "Sisi greeted arriving heads of state", after a summit, the summit's arrivals.

    The greeting is no meeting of its own; the greeter is at the summit.
    """
    found = meetings_in(
        nlp,
        "Arab leaders held an emergency summit in Cairo on Tuesday. Egyptian President Abdel "
        f"Fattah al-Sisi {greeting}",
    )
    assert len(found) == count
    assert found[0]["kind"] is MeetingKind.SUMMIT
    if "arriving" in greeting:
        assert "Abdel Fattah al-Sisi" in found[0]["participants"]


@pytest.mark.parametrize(
    ("talks", "kind"),
    [
        ("Corps Commander-level talks", MeetingKind.TALKS),
        ("Corps Commander talks", MeetingKind.TALKS),
        # controls: a rank in lower case, and the name of a gathering
        ("commander-level talks", MeetingKind.TALKS),
        ("the Normandy Format talks", MeetingKind.SUMMIT),
    ],
)
def test_a_rank_before_talks_names_no_gathering(
    nlp: Language, talks: str, kind: MeetingKind
) -> None:
    """In "Corps Commander-level talks" the capitals tell who holds the talks, not a summit."""
    meeting = only(nlp, f"India and China held {talks} on Monday.")
    assert meeting["kind"] is kind
    assert meeting["participants"] == {"India", "China"}


@pytest.mark.parametrize(
    ("text", "location"),
    [
        ("Lula will meet Francois Bayrou at Matignon on Thursday.", ("Matignon", None)),
        # control: with the article, and a name the model tags
        ("Lula will meet Francois Bayrou at the Matignon on Thursday.", ("Matignon", None)),
        (
            "The leaders of the PVV and the NSC met for a fourth round of exploratory talks "
            "at a government building in The Hague on Tuesday.",
            ("The Hague", "NLD"),
        ),
        # control: the talks' place hung on the verb
        ("The leaders of the PVV and the NSC met in The Hague on Tuesday.", ("The Hague", "NLD")),
        (
            "Leo and Bartholomew led an ecumenical meeting near the ruins of the ancient "
            "basilica in Iznik.",
            ("Iznik", None),
        ),
        # control: "near" a place that is in no town named
        ("Leo and Bartholomew led an ecumenical meeting near the ruins on Friday.", None),
        (
            "Trump will meet with Senate leaders on Capitol Hill on Thursday.",
            ("Capitol Hill", "USA"),
        ),
        # control: what talks are "on" is no place
        ("Trump will hold talks with Zelenskiy on Ukraine on Thursday.", None),
    ],
)
def test_place_at_a_bare_name_for_talks_near_and_on(
    nlp: Language, text: str, location: tuple[str, str | None] | None
) -> None:
    """A meeting's place told by "at Name", "for talks at", "near ... in" or "on" a known place."""
    assert only(nlp, text)["location"] == location


@pytest.mark.parametrize(
    ("second", "location"),
    [
        ("OPEC ministers last met in person there in December 2022.", ("Vienna", "AUT")),
        # control: no "there"
        ("OPEC ministers last met in person in December 2022.", None),
    ],
)
def test_there_is_the_place_told_just_before(
    nlp: Language, second: str, location: tuple[str, str] | None
) -> None:
    """In "... will be held in Vienna. Ministers last met there", they met in Vienna."""
    found = meetings_in(nlp, f"The full OPEC ministerial meeting will be held in Vienna. {second}")
    assert found[-1]["trigger"] == "met"
    assert found[-1]["location"] == location


@pytest.mark.parametrize(
    "text",
    [
        "Emmanuel Macron will receive Lula at the Elysee Palace on Thursday for talks, before "
        "a state dinner at the Palace of Versailles in the evening.",
        # control: the dinner told in a sentence of its own
        "Emmanuel Macron will receive Lula at the Elysee Palace on Thursday. In the evening, "
        "Macron will host a state dinner for Lula at the Palace of Versailles.",
    ],
)
def test_dinner_after_a_dated_meeting_of_its_sentence(nlp: Language, text: str) -> None:
    """A dinner told after a meeting's day in the same sentence is on that day, same host."""
    received, dinner = meetings_in(nlp, text)
    assert dinner["trigger"] == "dinner"
    assert (dinner["date"], dinner["host"]) == ("2024-06-13", "Emmanuel Macron")
    assert received["date"] == "2024-06-13"


def test_dinner_with_a_day_of_its_own_keeps_it(nlp: Language) -> None:
    """In "... on Thursday, before a dinner on Friday" the dinner is on Friday."""
    found = meetings_in(
        nlp,
        "Emmanuel Macron will receive Lula at the Elysee Palace on Thursday, before a state "
        "dinner on Friday.",
    )
    assert found[-1]["trigger"] == "dinner"
    assert found[-1]["date_text"] == "Friday"


@pytest.mark.parametrize(
    ("text", "status", "date"),
    [
        (
            "The Brazilian side is keen to repeat the episode with a visit by Lula to the "
            "Institut de France on Thursday afternoon.",
            MeetingStatus.PLANNED,
            "2024-06-13",
        ),
        # controls: the plan told by "will", and a visit done
        (
            "Lula will visit the Institut de France on Thursday afternoon.",
            MeetingStatus.PLANNED,
            "2024-06-13",
        ),
        (
            "Lula marked the anniversary with a visit to the Institut de France on Thursday.",
            MeetingStatus.OCCURRED,
            "2024-06-06",
        ),
    ],
)
def test_visit_an_infinitive_is_to_be_done_with(
    nlp: Language, text: str, status: MeetingStatus, date: str
) -> None:
    """In "keen to repeat the episode with a visit on Thursday" the visit is planned."""
    meeting = only(nlp, text)
    assert (meeting["status"], meeting["date"]) == (status, date)


@pytest.mark.parametrize(
    "met",
    [
        "met separately with each of the party leaders",
        "met each of the party leaders",
        # controls: a number of them, and the group itself
        "met two of the party leaders",
        "met separately with the party leaders",
    ],
)
def test_each_of_a_group_met_is_the_group(nlp: Language, met: str) -> None:
    """In "met each of the party leaders" those met are the party leaders."""
    meeting = only(nlp, f"Ronald Plasterk {met} on Monday.")
    assert meeting["participants"] == {"Ronald Plasterk", "party leaders"}
    assert meeting["date"] == "2024-06-10"


def test_none_of_a_group_is_no_one_met(nlp: Language) -> None:
    """In "met none of the party leaders" no one of them was met."""
    assert meetings_in(nlp, "Ronald Plasterk met none of the party leaders on Monday.") == []


@pytest.mark.parametrize(
    ("people", "participants"),
    [
        ("Gulf and Egyptian leaders", {"Egyptian leaders"}),
        # control: two nationalities before the people
        ("Qatari and Egyptian leaders", {"Qatari and Egyptian leaders"}),
    ],
)
def test_meeting_of_a_region_and_a_group(
    nlp: Language, people: str, participants: set[str]
) -> None:
    """In "a meeting of Gulf and Egyptian leaders" the region qualifies the people after it."""
    meeting = only(
        nlp, f"A smaller meeting of {people} in Riyadh on February 21 paved the way for the summit."
    )
    assert meeting["participants"] == participants
    assert (meeting["location"], meeting["date"]) == (("Riyadh", "SAU"), "2024-02-21")


@pytest.mark.parametrize(
    ("noun", "trigger"),
    [
        ("an interfaith gathering", "gathering"),
        # control: the same with "meeting"
        ("an interfaith meeting", "meeting"),
    ],
)
def test_gathering_with_someone_is_a_meeting(nlp: Language, noun: str, trigger: str) -> None:
    """In "attend an interfaith gathering with Pope Leo XIV" a planned meeting is told."""
    meeting = only(
        nlp,
        f"Turkey's top Muslim cleric Ali Erbas is expected to attend {noun} with Pope Leo XIV "
        "in Istanbul.",
    )
    assert meeting["trigger"] == trigger
    assert meeting["participants"] == {"Leo XIV", "Ali Erbas"}
    assert (meeting["status"], meeting["location"]) == (MeetingStatus.PLANNED, ("Istanbul", "TUR"))


def test_gathering_of_a_crowd_is_no_meeting(nlp: Language) -> None:
    """In "Thousands of protesters joined a gathering outside parliament" no meeting is told."""
    text = "Thousands of protesters joined a gathering outside parliament on Monday."
    assert meetings_in(nlp, text) == []


@pytest.mark.parametrize(
    ("second", "rounds"),
    [
        ("The 20th round of talks was held on October 9-10 last year, also at Chushul.", 2),
        # controls: "previous", and an ordinal with no time of its own (the talks told)
        ("The previous round of talks was held on October 9-10 last year, also at Chushul.", 2),
        ("The 21st round of talks lasted ten hours.", 1),
    ],
)
def test_round_told_by_an_ordinal_is_another_round(nlp: Language, second: str, rounds: int) -> None:
    """In "... held the 21st round ... The 20th round of talks was held on October 9-10" two."""
    found = meetings_in(
        nlp, f"India and China held the 21st round of military talks at Chushul on Monday. {second}"
    )
    assert len(found) == rounds, found
    assert all(m["participants"] == {"India", "China"} for m in found)
    if rounds == 2:
        assert found[1]["date"] == "2023-10-09"


@pytest.mark.parametrize(
    ("text", "topics"),
    [
        ("Bartholomew met Pope Leo XIV at the Vatican in May, days after his election.", set()),
        ("Bartholomew met Pope Leo XIV at the Vatican in May to discuss the war.", {"war"}),
        (
            "OPEC ministers last met in person in Vienna in December 2022 after a series of "
            "online meetings during the pandemic.",
            set(),
        ),
        # control: what was discussed, beside a time phrase
        ("Biden met Xi on Monday and discussed trade during the talks.", {"trade"}),
    ],
)
def test_time_phrases_of_a_meeting_are_not_discussed(
    nlp: Language, text: str, topics: set[str]
) -> None:
    """In "days after his election", "during the pandemic" the meeting is dated, not about it."""
    assert meetings_in(nlp, text)[0]["topics"] == topics


def test_a_phrase_of_time_that_holds_the_meeting_keeps_its_topics(nlp: Language) -> None:
    """'comes five months before the COP30 climate conference': the conference's own words."""
    found = only(
        nlp,
        "The visit comes five months before the COP30 climate conference in Belem, which "
        "Emmanuel Macron has said he will attend.",
    )
    assert found["topics"] == {"COP30", "climate talks"}
    # control: a phrase of time after the meeting still dates it and is not discussed
    found = only(
        nlp,
        "Patriarch Bartholomew met Pope Leo XIV at the Vatican in May, days after his election.",
    )
    assert found["topics"] == set()


def test_a_meeting_planned_for_a_day_and_called_off_is_cancelled(nlp: Language) -> None:
    """The participle of the plan, misread as the meeting's verb, hides the verb above it."""
    found = only(
        nlp,
        "A meeting between the leaders of Serbia and Kosovo planned for Thursday in Brussels "
        "has been called off, the European Union said.",
    )
    assert found["status"] is MeetingStatus.CANCELLED
    assert (found["date"], found["location"]) == ("2024-06-13", ("Brussels", "BEL"))
    # control: a planned meeting that nothing became of stays planned
    found = only(nlp, "A meeting between Vucic and Kurti is planned for Thursday in Brussels.")
    assert found["status"] is MeetingStatus.PLANNED


def test_a_subject_read_as_an_apposition_after_an_opening_phrase_takes_part(
    nlp: Language,
) -> None:
    """In "In a call with X's emir, Y welcomed ..., Z said", Y, read as X's apposition, calls."""
    found = only(
        nlp,
        "In a call with Qatar's Emir Sheikh Tamim bin Hamad Al Thani, British Prime Minister "
        "Keir Starmer welcomed Qatar's role as a mediator, Downing Street said on Thursday.",
    )
    assert found["participants"] == {"Tamim bin Hamad Al Thani", "Keir Starmer"}
    # control: an apposition that names the same one again adds no one
    found = only(nlp, "Rubio met Egypt's foreign minister, Badr Abdelatty, in Cairo on Monday.")
    assert found["participants"] == {"Rubio", "Badr Abdelatty"}


def test_a_days_meeting_is_the_meeting_still_to_come_that_day(nlp: Language) -> None:
    """A day's meeting ("Thursday's meeting") told on that day is the talks set for it."""
    text = (
        "Indonesian President Prabowo Subianto will hold talks with Spanish Prime Minister "
        "Pedro Sanchez at the Moncloa Palace on Thursday. Officials said the talks would "
        "cover trade. Human rights groups urged Sanchez to raise the situation in Papua "
        "during Thursday's meeting."
    )
    document = annotate(text, date="2024-06-13", pipeline=nlp)  # a Thursday
    (meeting,) = document.meetings
    names = {actor.id: actor.name for actor in document.actors}
    assert {names[p] for p in meeting.participants} == {"Prabowo Subianto", "Pedro Sanchez"}
    assert (meeting.status, meeting.date) == (MeetingStatus.PLANNED, "2024-06-13")
    # control: a day's meeting of another day than the one set is a meeting of its own
    other = annotate(text.replace("during Thursday's", "during Monday's"), pipeline=nlp)
    assert len(other.meetings) == 2


def test_his_first_summit_is_the_summit_told_before(nlp: Language) -> None:
    """Who attends "his first ASEAN summit" counts his summits; the one he attends is told."""
    text = (
        "Southeast Asian leaders opened their annual summit in Kuala Lumpur on Monday. "
        "Malaysian Prime Minister Anwar Ibrahim also held a separate meeting with Singapore's "
        "Prime Minister Lawrence Wong, who was attending his first ASEAN summit since taking "
        "office last year."
    )
    summit, meeting = meetings_in(nlp, text)
    assert summit["kind"] is MeetingKind.SUMMIT
    assert "Lawrence Wong" in summit["participants"]
    assert summit["location"] == ("Kuala Lumpur", "MYS")
    assert meeting["participants"] == {"Anwar Ibrahim", "Lawrence Wong"}
    # control: with no summit told before, his first summit is one of its own
    found = only(nlp, "Lawrence Wong attended his first ASEAN summit in Vientiane.")
    assert found["kind"] is MeetingKind.SUMMIT


def test_the_company_talks_are_to_acquire_is_their_other_side(nlp: Language) -> None:
    """In "in advanced talks to acquire Baltic Ferries", the company to be bought talks too."""
    found = only(
        nlp,
        "Norwegian shipping group Nordwind is in advanced talks to acquire Baltic Ferries, its "
        "Swedish rival, people familiar with the matter said.",
    )
    assert found["participants"] == {"Nordwind", "Baltic Ferries"}
    assert found["status"] is MeetingStatus.ONGOING
    found = only(nlp, "Nordwind is in talks to merge with Baltic Ferries, the company said.")
    assert found["participants"] == {"Nordwind", "Baltic Ferries"}
    # control: what talks are to end is no party to them
    found = only(nlp, "Kallas said the European Union was in talks to end the war in Ukraine.")
    assert found["participants"] == {"European Union"}


def test_a_caption_name_joined_to_a_position_word_is_met_there(nlp: Language) -> None:
    """In "meets with Kishida, left, and Marcos at ..., April 11, 2024", Marcos is met too."""
    found = only(
        nlp,
        "FILE - U.S. President Joe Biden, center, meets with Japanese Prime Minister Fumio "
        "Kishida, left, and Marcos at the White House in Washington, April 11, 2024. (AP "
        "Photo/Evan Vucci, File)",
    )
    assert found["participants"] == {"Joe Biden", "Fumio Kishida", "Marcos"}
    assert (found["location"], found["date"]) == (("White House", "USA"), "2024-04-11")


def test_a_verb_read_as_the_guests_adjective_still_hosts(nlp: Language) -> None:
    """After a long titled subject, "hosted RSF leader Dagalo" may be read as an adjective."""
    found = only(
        nlp,
        "Sudan's army chief Abdel Fattah al-Burhan hosted RSF leader Mohamed Hamdan Dagalo in "
        "Khartoum.",
    )
    assert found["participants"] == {"Abdel Fattah al-Burhan", "Mohamed Hamdan Dagalo"}
    assert (found["host"], found["location"]) == ("Abdel Fattah al-Burhan", ("Khartoum", "SDN"))


def test_who_walks_away_from_a_meeting_or_is_joined_at_it_was_at_it(nlp: Language) -> None:
    """'walked away from a meeting with X', 'joined Trump at the talks': at the meeting."""
    found = only(nlp, "Farrell walked away from a meeting with Valdis Dombrovskis in Osaka.")
    assert found["participants"] == {"Farrell", "Valdis Dombrovskis"}
    found = only(
        nlp, "Union leader Sharon Graham stormed out of the talks with Yorkline on Monday."
    )
    assert found["participants"] == {"Sharon Graham", "Yorkline"}
    found = only(
        nlp,
        "Vice President JD Vance joined President Donald Trump at the talks with Volodymyr "
        "Zelensky in the Oval Office.",
    )
    assert found["participants"] == {"JD Vance", "Donald Trump", "Volodymyr Zelensky"}
    # control: who walks away from a deal was at no meeting
    assert meetings_in(nlp, "Farrell walked away from the deal in Osaka.") == []


def test_both_delegations_are_the_two_not_a_name_inside_one(nlp: Language) -> None:
    """In "the RSF delegation", RSF is inside the delegation: "both delegations" are two sides."""
    (found,) = meetings_in(
        nlp,
        "The Sudanese army and the Rapid Support Forces (RSF) sent envoys to Geneva. The army's "
        "delegation and the RSF delegation arrived on Sunday. Mediator Tom Perriello met with "
        "both delegations on Monday.",
    )
    assert found["participants"] == {"Tom Perriello", "Sudanese army", "RSF delegation"}


def test_a_meeting_followed_by_another_keeps_its_subject_and_time(nlp: Language) -> None:
    """In "will hold a summit with X, followed by a meeting with Y", the subject meets Y later."""
    summit, meeting = meetings_in(
        nlp,
        "Indian Prime Minister Narendra Modi will hold a summit with the African Union, "
        "followed by a meeting with Kenyan President William Ruto.",
    )
    assert summit["participants"] == {"Narendra Modi", "African Union"}
    assert meeting["participants"] == {"Narendra Modi", "William Ruto"}
    assert (summit["status"], meeting["status"]) == (MeetingStatus.PLANNED, MeetingStatus.PLANNED)
    # one met first, the other after: the lunch is not with the first one met
    talks, lunch = meetings_in(
        nlp,
        "Chancellor Olaf Scholz met French President Emmanuel Macron in Paris on Monday, "
        "followed by a lunch with Belgian Prime Minister Alexander De Croo.",
    )
    assert talks["participants"] == {"Olaf Scholz", "Emmanuel Macron"}
    assert lunch["participants"] == {"Olaf Scholz", "Alexander De Croo"}
    assert lunch["status"] is MeetingStatus.OCCURRED


def test_the_town_hung_on_the_agreement_talked_over_is_the_place(nlp: Language) -> None:
    """'talks on a free trade agreement in Ottawa' were held in Ottawa."""
    found = only(
        nlp,
        "Negotiators from Canada and the European Union concluded a third round of talks on a "
        "digital trade agreement in Ottawa on Friday.",
    )
    assert found["location"] == ("Ottawa", "CAN")
    # control: a ceasefire deal in a town is about that town, not where it is talked over
    found = only(
        nlp, "Negotiators from Israel and Hamas held talks on a ceasefire deal in Gaza on Friday."
    )
    assert found["location"] is None


def test_a_meal_hosted_after_talks_takes_their_day_and_its_guests_place(nlp: Language) -> None:
    """'will host a lunch for the guest at the Royal Palace after the talks': that day and place."""
    talks, lunch = meetings_in(
        nlp,
        "Dutch Prime Minister Dick Schoof will hold talks with Chilean President Gabriel Boric "
        "in The Hague on Thursday. King Willem-Alexander will host a lunch for the Chilean "
        "leader at the Noordeinde Palace after the talks.",
    )
    assert talks["date"] == lunch["date"] == "2024-06-13"
    assert lunch["location"] is not None
    assert lunch["location"][0] == "Noordeinde Palace"
    assert lunch["participants"] == {"Willem-Alexander", "Gabriel Boric"}


def test_arriving_on_a_foreign_trip_is_a_visit(nlp: Language) -> None:
    """'arrived in Egypt on his first foreign trip' is a visit to Egypt."""
    found = only(
        nlp,
        "Lebanese President Joseph Aoun arrived in Egypt on Tuesday on his first foreign trip "
        "since taking office.",
    )
    assert found["kind"] is MeetingKind.VISIT
    assert found["participants"] == {"Joseph Aoun", "Egypt"}
    assert found["location"] == ("Egypt", "EGY")


def test_one_named_person_who_saw_another_met_them(nlp: Language) -> None:
    """'Aoun also saw Foreign Minister Badr Abdelatty' is a meeting; seeing a show is not."""
    found = meetings_in(
        nlp,
        "Lebanese President Joseph Aoun met Egyptian President Abdel Fattah al-Sisi in Cairo. "
        "Aoun also saw Foreign Minister Badr Abdelatty.",
    )
    assert [m["participants"] for m in found] == [
        {"Joseph Aoun", "Abdel Fattah al-Sisi"},
        {"Joseph Aoun", "Badr Abdelatty"},
    ]
    # controls: what one sees someone do, or someone seen on a screen, is no meeting
    assert meetings_in(nlp, "Joe Biden saw Donald Trump on television.") == []
    assert meetings_in(nlp, "Kamala Harris saw Donald Trump as a threat.") == []
    assert meetings_in(nlp, "Fans saw Lionel Messi score twice.") == []


def test_a_joined_verb_of_seeing_shares_the_subject(nlp: Language) -> None:
    """'Hammond saw Okafor and also saw Lindqvist': two meetings of Hammond's."""
    found = meetings_in(
        nlp,
        "British Foreign Secretary Ellen Hammond arrived in Abuja on Monday. Hammond saw "
        "Vice President Daniel Okafor on Tuesday and also saw Finance Minister Amara Bello.",
    )
    assert [m["participants"] for m in found] == [
        {"Ellen Hammond", "Daniel Okafor"},
        {"Ellen Hammond", "Amara Bello"},
    ]
    # control: the joined verb still sees someone on a screen
    assert (
        len(
            meetings_in(
                nlp,
                "Ellen Hammond saw Daniel Okafor on Tuesday and also saw Amara Bello on "
                "television.",
            )
        )
        == 1
    )


def test_a_surname_the_model_leaves_out_of_the_name_is_the_persons(nlp: Language) -> None:
    """'opposition leader Mateo Varela Feijoo': one person, whom the subject will meet."""
    found = only(
        nlp,
        "Chilean President Gabriel Boric will also meet opposition leader Mateo Varela Feijoo "
        "of the Republican Party.",
    )
    assert found["participants"] == {"Gabriel Boric", "Mateo Varela Feijoo"}
    assert found["status"] is MeetingStatus.PLANNED


def test_a_visit_called_off_on_a_day_is_not_dated_by_it(nlp: Language) -> None:
    """'On Tuesday, X cancelled a planned visit to Y': Tuesday is when it was called off."""
    found = only(
        nlp,
        "Also on Tuesday, Slovak Prime Minister Robert Fico cancelled a planned visit to "
        "Slovenia, his office said.",
    )
    assert found["status"] is MeetingStatus.CANCELLED
    assert (found["date"], found["date_text"]) == (None, None)
    found = only(nlp, "Mark Carney on Monday called off a planned trip to Mexico.")
    assert (found["status"], found["date"]) == (MeetingStatus.CANCELLED, None)
    # control: a day told after the meeting may be the meeting's own
    found = only(nlp, "The meeting between Carney and Sheinbaum on Friday was cancelled.")
    assert found["date_text"] == "Friday"


def test_a_meeting_told_again_in_a_free_relative_is_the_one_told(nlp: Language) -> None:
    """', in what would have been their first encounter': the meeting of the clause."""
    found = only(
        nlp,
        "Armenian Prime Minister Nikol Pashinyan and Azerbaijani President Ilham Aliyev were "
        "due to meet under the auspices of mediator Charles Michel on Thursday, in what would "
        "have been their first face-to-face encounter in more than a year.",
    )
    assert found["participants"] == {"Nikol Pashinyan", "Ilham Aliyev"}
    assert found["trigger"] == "meet"


def test_the_two_sides_of_a_counted_round_are_those_of_the_round_before(nlp: Language) -> None:
    """'the two sides agreed to hold a fifth round': the fourth's sides, not two named since."""
    held, planned = meetings_in(
        nlp,
        "Negotiators from Canada and Mercosur wrapped up a fourth round of talks on a trade "
        "agreement in Ottawa on Friday. A spokesman for the Brazilian agriculture ministry "
        "said the Canadian Cattle Association had raised concerns. Trade Minister Maninder "
        "Sidhu is expected to travel to Brasilia next month, and the two sides have agreed "
        "to hold a fifth round of talks in Montevideo in October.",
    )
    assert held["participants"] == planned["participants"] == {"Canada", "Mercosur"}
    assert planned["location"] == ("Montevideo", "URY")
    assert planned["status"] is MeetingStatus.PLANNED


def test_people_listed_each_with_their_party_all_meet(nlp: Language) -> None:
    """'A of X, B of Y and C of Z met': the parser hangs B and C on X; all three meet."""
    found = only(
        nlp,
        "Rob Jetten of D66, Henri Bontenbal of the Christian Democrats and Caroline van der "
        "Plas of the Farmer-Citizen Movement met at the Catshuis in The Hague on Tuesday.",
    )
    assert found["participants"] == {"Rob Jetten", "Henri Bontenbal", "Caroline van der Plas"}
    found = only(nlp, "Rob Jetten of D66 and Dilan Yesilgoz of the VVD met in The Hague.")
    assert found["participants"] == {"Rob Jetten", "Dilan Yesilgoz"}


def test_meeting_since_which_nothing_happened_took_place(nlp: Language) -> None:
    """'has not visited X since his meeting with Y': the negation is not the meeting's."""
    found = only(
        nlp,
        "Chinese President Xi Jinping has not visited Canada since his 2017 meeting with "
        "Justin Trudeau in Beijing.",
    )
    assert found["participants"] == {"Xi Jinping", "Justin Trudeau"}
    assert found["status"] is MeetingStatus.OCCURRED
    assert found["date_text"] == "2017"


def test_summit_in_another_country_is_not_the_meeting_before(nlp: Language) -> None:
    """'their 2023 summit in Marseille' after a visit hosted in New Delhi is another meeting."""
    found = meetings_in(
        nlp,
        "Emmanuel Macron met Narendra Modi in Paris in July 2021. Modi hosted Macron in New "
        "Delhi that November. By the time of their 2023 summit in Marseille, the jet deal was "
        "signed.",
    )
    assert [m["location"] for m in found] == [
        ("Paris", "FRA"),
        ("New Delhi", "IND"),
        ("Marseille", "FRA"),
    ]


def test_group_to_meet_again_is_the_group_that_met(nlp: Language) -> None:
    """'The party leaders will meet again' after 'Leaders of four parties met': not a pair."""
    found = meetings_in(
        nlp,
        "Leaders of four Belgian parties met for a second day of coalition talks on Tuesday. "
        "Socialist leader Paul Magnette met the mediator Bart De Wever separately on Monday. "
        "The party leaders will meet again on Friday, De Wever said.",
    )
    again = found[-1]
    assert again["status"] is MeetingStatus.PLANNED
    assert again["participants"] == {"party leaders"}


def test_headline_joins_two_nations_with_a_comma(nlp: Language) -> None:
    """'Serbia, Kosovo hold talks on border' in a headline: both nations hold them."""
    found = meetings_in(nlp, "Serbia, Kosovo hold talks on border\n\nThe talks were tense.")
    assert found[0]["participants"] == {"Serbia", "Kosovo"}


def test_session_of_a_named_body_is_its_meeting(nlp: Language) -> None:
    """'attended a session of the UN Security Council' is a meeting; 'of parliament' is not."""
    found = only(nlp, "Andrii Sybiha attended a session of the UN Security Council on Monday.")
    assert found["trigger"] == "session"
    assert found["participants"] == {"Andrii Sybiha", "UN Security Council"}
    assert meetings_in(nlp, "The mayor attended a session of parliament on Monday.") == []


def test_private_people_met_are_not_the_countries_they_come_from(nlp: Language) -> None:
    """'met volunteers and families from Syria': the nations are where they come from."""
    found = only(
        nlp,
        "Chancellor Olaf Scholz met volunteers and families from Syria and Afghanistan at a "
        "shelter in Leipzig on Monday.",
    )
    assert found["participants"] == {"Olaf Scholz", "volunteers", "families"}
    found = only(nlp, "Antony Blinken met officials from Qatar and Egypt in Cairo on Monday.")
    assert {"Qatar", "Egypt"} <= found["participants"]


def test_date_told_against_the_year_named_before(nlp: Language) -> None:
    """'on November 9 that year', 'that November': in the year the text named before."""
    found = meetings_in(
        nlp,
        "In 2017, Donald Trump visited China. Xi Jinping hosted Trump in Beijing on November 9 "
        "that year.",
    )
    assert found[-1]["date"] == "2017-11-09"
    assert found[-1]["date_text"] == "November 9 that year"
    found = meetings_in(
        nlp,
        "In 2017, Donald Trump visited China. Xi Jinping hosted Trump in Beijing that November.",
    )
    assert found[-1]["date_text"] == "that November"


def test_those_among_the_ones_at_a_meeting_take_part(nlp: Language) -> None:
    """'Among those at the meeting were X and Y', 'X and Y were among those attending'."""
    opening = "Defence Secretary John Healey met Pete Hegseth at the Pentagon on Tuesday. "
    everyone = {"John Healey", "Pete Hegseth", "Tony Radakin", "Dan Caine"}
    found = only(
        nlp, opening + "Among those at the meeting were Admiral Tony Radakin and General Dan Caine."
    )
    assert found["participants"] == everyone
    found = only(
        nlp, opening + "Admiral Tony Radakin and General Dan Caine were among those attending."
    )
    assert found["participants"] == everyone
    found = only(nlp, opening + "Among those killed in the strike was Ali Hassan.")
    assert found["participants"] == {"John Healey", "Pete Hegseth"}


def test_visited_city_read_as_a_name_is_the_place(nlp: Language) -> None:
    """'visited Nagpur', the city tagged as a person or organisation: the place, no host."""
    for city in ("Nagpur", "Coimbatore"):
        found = only(
            nlp, f"Chief Minister Eknath Shinde visited {city} on Friday, a week after Mumbai."
        )
        assert found["participants"] == {"Eknath Shinde"}
        assert found["host"] is None
        assert found["location"] == (city, "IND")
    # a person named like a town of a country the text does not name stays the host
    found = only(nlp, "On Sunday, the bishop visited Mandela and prayed for his health.")
    assert found["host"] == "Mandela"


def test_a_bilateral_told_as_a_noun_is_a_meeting(nlp: Language) -> None:
    """'held a 45-minute bilateral with Li Qiang': the adjective stands for the meeting."""
    found = only(
        nlp,
        "British Prime Minister Keir Starmer held a 45-minute bilateral with Chinese Premier "
        "Li Qiang in Johannesburg.",
    )
    assert (found["kind"], found["trigger"]) == (MeetingKind.MEETING, "bilateral")
    assert found["participants"] == {"Keir Starmer", "Li Qiang"}
    found = only(nlp, "Joe Biden and Fumio Kishida held a bilateral in Tokyo on Friday.")
    assert found["participants"] == {"Joe Biden", "Fumio Kishida"}
    # the adjective of a meeting noun is no second meeting, and a relationship is none
    found = only(nlp, "Joe Biden and Fumio Kishida held a bilateral meeting in Tokyo.")
    assert found["trigger"] == "meeting"
    assert meetings_in(nlp, "The bilateral relationship is strong, Biden said of Japan.") == []


def test_a_call_told_with_an_adverb_of_time(nlp: Language) -> None:
    """'called the sultan late on Wednesday': the adverb is no name the callee is called."""
    found = only(
        nlp,
        "Japanese Prime Minister Shigeru Ishiba called Omani Sultan Haitham bin Tariq late on "
        "Wednesday and asked Muscat to keep mediating.",
    )
    assert found["kind"] is MeetingKind.CALL
    assert found["participants"] == {"Shigeru Ishiba", "Haitham bin Tariq"}
    assert meetings_in(nlp, "Donald Trump called Joe Biden weak on Tuesday.") == []


def test_talks_with_his_host_named_after_a_comma(nlp: Language) -> None:
    """'held talks with his host, Kenyan President William Ruto,': Ruto takes part and hosts."""
    found = only(
        nlp,
        "Brazilian President Luiz Inacio Lula da Silva held talks with his host, Kenyan "
        "President William Ruto, at State House in Nairobi.",
    )
    assert found["participants"] == {"Luiz Inacio Lula da Silva", "William Ruto"}
    assert found["host"] == "William Ruto"
    # a host of people is a number of them
    found = only(nlp, "Lula met a host of Kenyan officials in Nairobi on Wednesday.")
    assert found["host"] is None


def test_a_meeting_of_two_people_has_no_margins(nlp: Language) -> None:
    """'met Ramaphosa on the margins of the meeting' after a bilateral: not that bilateral."""
    found = meetings_in(
        nlp,
        "Keir Starmer held a bilateral with Li Qiang, the first meeting between a British "
        "leader and a Chinese premier at a summit since 2018. Mark Carney met Cyril Ramaphosa "
        "on the margins of the meeting.",
    )
    assert found[0]["participants"] == {"Keir Starmer", "Li Qiang"}
    assert {"Mark Carney", "Cyril Ramaphosa"} in [m["participants"] for m in found]


def test_saw_after_an_opening_day_read_into_the_name(nlp: Language) -> None:
    """'On Tuesday Scholz saw Macron', no comma after the day: a meeting, on Tuesday."""
    found = only(nlp, "On Tuesday Olaf Scholz saw Emmanuel Macron.")
    assert found["participants"] == {"Olaf Scholz", "Emmanuel Macron"}
    assert (found["trigger"], found["date"]) == ("saw", "2024-06-11")
    found = only(nlp, "On Friday Macron saw Olaf Scholz in Berlin.")
    assert found["participants"] == {"Macron", "Olaf Scholz"}
    assert (found["location"], found["date"]) == (("Berlin", "DEU"), "2024-06-07")
    # seeing someone on a screen is still no meeting
    assert meetings_in(nlp, "On Friday Olaf Scholz saw Macron on television.") == []


def test_host_of_the_gathering_told_before_at_a_venue(nlp: Language) -> None:
    """'Amherd hosted the leaders at the resort' after their summit: its host, at the resort."""
    found = only(
        nlp,
        "World leaders gathered in Switzerland on Saturday for a summit on peace in Ukraine. "
        "Swiss President Viola Amherd hosted the leaders at the Bürgenstock resort.",
    )
    assert found["kind"] is MeetingKind.SUMMIT
    assert found["participants"] == {"World leaders", "Viola Amherd"}
    assert found["host"] == "Viola Amherd"
    assert found["location"] == ("Bürgenstock resort", "CHE")
    assert found["date"] == "2024-06-08"
    found = only(
        nlp,
        "Zelenskiy and Harris attended a peace summit in Switzerland on Saturday. Swiss "
        "President Viola Amherd hosted the gathering at the Bürgenstock resort.",
    )
    assert found["location"] == ("Bürgenstock resort", "CHE")


def test_leading_a_delegation_to_a_country_is_a_visit(nlp: Language) -> None:
    """'led a delegation of executives to China': the leader visits, the country hosts."""
    found = only(
        nlp,
        "German Economy Minister Robert Habeck led a delegation of 40 executives to China on "
        "Monday.",
    )
    assert (found["kind"], found["trigger"]) == (MeetingKind.VISIT, "led")
    assert found["participants"] == {"Robert Habeck", "China"}
    assert found["host"] == "China"
    assert (found["location"], found["date"]) == (("China", "CHN"), "2024-06-10")
    # the delegation, when it is an actor, visits with its leader
    found = only(
        nlp, "German Economy Minister Robert Habeck headed a business delegation to Beijing."
    )
    assert found["participants"] == {"Robert Habeck", "business delegation"}
    assert found["location"] == ("Beijing", "CHN")
    # a delegation led to something that is no place is no visit
    assert meetings_in(nlp, "Robert Habeck led the delegation to victory.") == []


def test_the_talks_after_which_someone_speaks_are_those_they_held(nlp: Language) -> None:
    """'Sato said after the talks': the talks Sato held, not the meeting told last."""
    talks, met = meetings_in(
        nlp,
        "Chilean President Gabriel Boric held talks with Japanese Prime Minister Hiroshi Sato "
        "in Tokyo on Monday. On Tuesday, Boric met the head of the Asian Development Bank, "
        "Elena Marsh, in Manila. Sato said after the talks that Japan would buy more copper.",
    )
    assert talks["participants"] == {"Gabriel Boric", "Hiroshi Sato"}
    assert met["participants"] == {"Gabriel Boric", "Elena Marsh"}


def test_place_hung_on_the_name_set_off_after_those_met(nlp: Language) -> None:
    """'talks with his host, President John Mahama, at Jubilee House': the talks' place."""
    found = only(
        nlp,
        "Lula held talks with his host, Ghanaian President John Mahama, at Jubilee House in "
        "Accra on Wednesday.",
    )
    assert (found["kind"], found["trigger"]) == (MeetingKind.TALKS, "talks")
    assert found["location"] == ("Jubilee House", "GHA")
    assert found["date"] == "2024-06-12"


def test_the_two_boards_are_the_two_companies_of_the_story(nlp: Language) -> None:
    """'The two boards' and 'the two companies' are the companies named most, not persons."""
    found = only(
        nlp,
        "Danish brewer Tuborg Brands has agreed to merge with Finnish rival Kalja Group, people "
        "familiar with the matter said. Chief executive Anna Holm will lead the combined "
        "company, and Kalja Group's chief executive Mikko Virtanen will step down. The two "
        "boards are scheduled to meet in Helsinki later this month to approve it.",
    )
    assert found["participants"] == {"Tuborg Brands", "Kalja Group"}
    assert found["status"] is MeetingStatus.PLANNED
    # a shareholder named last is not one of the two companies
    found = only(
        nlp,
        "Danish brewer Tuborg Brands has agreed to merge with Finnish rival Kalja Group, people "
        "familiar with the matter said. Tuborg Brands will keep its headquarters in "
        "Copenhagen, and Kalja Group will keep its brands. Kalja Group's largest shareholder, "
        "the Nordic Pension Fund, backs the deal. The two companies are scheduled to meet "
        "regulators in Brussels next week.",
    )
    assert found["participants"] == {"Tuborg Brands", "Kalja Group", "regulators"}


def test_the_other_company_of_talks_to_buy_or_to_sell(nlp: Language) -> None:
    """'in talks to buy the wind developer Aurora Tuuli', 'to sell its unit to Philips'."""
    found = only(
        nlp,
        "Nordvik Energy is in talks to buy the Finnish wind developer Aurora Tuuli, a person "
        "familiar with the matter said.",
    )
    assert found["participants"] == {"Nordvik Energy", "Aurora Tuuli"}
    found = only(nlp, "Siemens is in talks to sell its healthcare unit to Philips, it said.")
    assert found["participants"] == {"Siemens", "Philips"}
    # a player a club is in talks to buy is no side of the talks
    found = only(nlp, "Chelsea are in talks to buy Enzo Fernandez, the club said.")
    assert found["participants"] == {"Chelsea"}


def test_testimony_of_a_witness_whose_title_begins_with_under(nlp: Language) -> None:
    """A witness titled "Under Secretary" is at the testimony, after a dateline too."""
    found = only(
        nlp,
        "WASHINGTON, May 8 - Treasury Under Secretary Nadia Brook testified before the Senate "
        "Finance Committee on Thursday, defending the new sanctions.",
    )
    assert found["participants"] == {"Nadia Brook", "Senate Finance Committee"}
    assert found["trigger"] == "testified"


def test_talks_about_a_merger_keep_the_company_it_is_with(nlp: Language) -> None:
    """Talks "about a merger with" a company, or "over a takeover of" one, are with it."""
    found = only(
        nlp,
        "Danish utility Fjordlys Energy has held talks about a merger with Swedish network "
        "operator Nordgrid, three people familiar with the matter said.",
    )
    assert found["participants"] == {"Fjordlys Energy", "Nordgrid"}
    assert found["trigger"] == "talks"
    found = only(nlp, "Vestra Bank is in talks over a takeover of the insurer Kolding Mutual.")
    assert found["participants"] == {"Vestra Bank", "Kolding Mutual"}


def test_a_venue_named_before_a_lower_case_noun_is_the_place(nlp: Language) -> None:
    """A name before "air base", "hotel" in lower case names the venue, with its country."""
    found = only(nlp, "NATO defence ministers met at Kleinfeld air base in Germany on Wednesday.")
    assert found["location"] == ("Kleinfeld air base", "DEU")
    # a nation before the noun names no venue: the city after it is the place
    found = only(nlp, "Blinken met Lavrov at the US embassy in Paris on Wednesday.")
    assert found["location"] == ("Paris", "FRA")
    # nor does a body: the city after its headquarters is the place
    found = only(nlp, "Blinken met Lavrov at the OSCE headquarters in Vienna on Wednesday.")
    assert found["location"] == ("Vienna", "AUT")


def test_the_mediator_of_talks_takes_part(nlp: Language) -> None:
    """Talks "mediated by" or "brokered by" a third party have it among their parties."""
    found = only(
        nlp,
        "Unite and Ford held talks on Monday. The talks, mediated by Norway, lasted eight hours.",
    )
    assert found["participants"] == {"Unite", "Ford", "Norway"}
    assert found["host"] is None
    found = only(nlp, "Talks between Israel and Hamas brokered by Qatar resumed on Monday.")
    assert found["participants"] == {"Israel", "Hamas", "Qatar"}


def test_a_meeting_joined_to_a_cancelled_trip_was_held(nlp: Language) -> None:
    """'cancelled his trip to Brussels and instead met the ambassador': the meeting was held."""
    trip, met = meetings_in(
        nlp,
        "Serbian President Aleksandar Vucic cancelled his trip to Brussels on Tuesday and "
        "instead met the Chinese ambassador, Li Ming, in Belgrade, his office said.",
    )
    assert (trip["trigger"], trip["status"]) == ("trip", MeetingStatus.CANCELLED)
    assert met["trigger"] == "met"
    assert met["participants"] == {"Aleksandar Vucic", "Li Ming"}
    assert met["status"] is MeetingStatus.OCCURRED
    assert met["location"] == ("Belgrade", "SRB")
    # a meeting called off with another verb of its own is still off
    (found,) = meetings_in(
        nlp, "Kurti called off and postponed the meeting with Vucic on Tuesday, his office said."
    )
    assert found["status"] is MeetingStatus.CANCELLED
    # nor is a visit called off with something else ("exercises ..., as well as a visit")
    (found,) = meetings_in(
        nlp,
        "The Australian military has canceled joint exercises with Fiji, as well as a visit "
        "to the island nation by its navy chief originally scheduled for June, the defence "
        "ministry said Saturday.",
    )
    assert (found["trigger"], found["status"]) == ("visit", MeetingStatus.CANCELLED)


def test_a_group_visited_takes_part_but_hosts_no_one(nlp: Language) -> None:
    """'visited German troops in Lithuania': the troops take part, Lithuania hosts."""
    found = only(
        nlp, "German Chancellor Friedrich Merz visited German troops in Lithuania on Tuesday."
    )
    assert found["participants"] == {"Friedrich Merz", "German troops", "Lithuania"}
    assert found["host"] == "Lithuania"
    found = only(nlp, "Prime Minister Mark Carney visited flood victims in Quebec on Tuesday.")
    assert found["host"] is None


def test_a_counted_round_is_of_the_round_counted_before(nlp: Language) -> None:
    """'The tenth round of talks' after the ninth: of the ninth's parties, not of talks between."""
    found = meetings_in(
        nlp,
        "Negotiators from the European Union and India wrapped up the ninth round of talks on "
        "a free trade agreement in New Delhi on Friday. EU Trade Commissioner Maros Sefcovic "
        "held talks with Indian Commerce Minister Piyush Goyal on Thursday evening. The tenth "
        "round of talks is scheduled to be held in Brussels in January.",
    )
    tenth = found[-1]
    assert tenth["status"] is MeetingStatus.PLANNED
    assert tenth["location"] == ("Brussels", "BEL")
    assert tenth["participants"] == {"European Union", "India"}


def test_two_meetings_to_come_in_spans_apart_stay_apart(nlp: Language) -> None:
    """'in January' and 'in early December', same people and place: two meetings to come."""
    found = meetings_in(
        nlp,
        "EU Trade Commissioner Maros Sefcovic will hold talks with Indian Commerce Minister "
        "Piyush Goyal in Brussels in January. Goyal is also expected to meet Sefcovic in "
        "Brussels in early December, a ministry official said.",
    )
    assert [(m["trigger"], m["date_text"]) for m in found] == [
        ("talks", "January"),
        ("meet", "early December"),
    ]
    # told again for the same span, it is one meeting
    (found_once,) = meetings_in(
        nlp,
        "EU Trade Commissioner Maros Sefcovic will hold talks with Indian Commerce Minister "
        "Piyush Goyal in Brussels in January. Goyal is expected to meet Sefcovic in Brussels "
        "in January, a ministry official said.",
    )
    assert found_once["participants"] == {"Maros Sefcovic", "Piyush Goyal"}


def test_each_who_joined_takes_part_but_not_who_did_not(nlp: Language) -> None:
    """'Ishiba, Macron and Scholz joined ..., while Trump did not take part': the three."""
    found = meetings_in(
        nlp,
        "Leaders of the Group of Seven held a meeting on Tuesday to discuss the fallout of new "
        "U.S. tariffs. Japanese Prime Minister Shigeru Ishiba, French President Emmanuel "
        "Macron and German Chancellor Olaf Scholz joined by video link, while U.S. President "
        "Donald Trump did not take part, officials said. The meeting lasted two hours.",
    )
    (meeting,) = [m for m in found if m["trigger"] == "meeting"]
    assert {"Shigeru Ishiba", "Emmanuel Macron", "Olaf Scholz"} <= meeting["participants"]
    assert "Donald Trump" not in meeting["participants"]


def test_both_delegations_are_not_the_bodies_of_a_title(nlp: Language) -> None:
    """'The African Union envoy for Sudan ... to meet both delegations': not the AU and Sudan."""
    met, planned = meetings_in(
        nlp,
        "Qatari minister Mohammed Al-Khulaifi met the army delegation, led by General Yasser "
        "al-Atta, on Thursday morning. The African Union envoy for Sudan, Mohamed Ibn Chambas, "
        "joined the mediators on Friday and is expected to meet both delegations before the "
        "weekend.",
    )
    assert met["participants"] == {"Mohammed Al-Khulaifi", "army delegation", "Yasser al-Atta"}
    assert planned["status"] is MeetingStatus.PLANNED
    assert planned["participants"] == {"Mohamed Ibn Chambas"}


def test_a_visit_to_see_a_group_is_the_visit_told(nlp: Language) -> None:
    """'called off a visit to Pristina ... to visit German troops': one visit, Kosovo hosting."""
    found = meetings_in(
        nlp,
        "German Chancellor Friedrich Merz called off a visit to Pristina that had been planned "
        "for next week, citing the tension in the north of Kosovo. Merz had been expected to "
        "visit German troops serving with the NATO-led mission.",
    )
    visits = [m for m in found if m["kind"] is MeetingKind.VISIT]
    assert len(visits) == 1
    (visit,) = visits
    assert visit["participants"] == {"Friedrich Merz", "German troops", "Kosovo"}
    assert visit["host"] == "Kosovo"
    assert visit["status"] is MeetingStatus.CANCELLED


def test_an_earnings_call_is_a_briefing(nlp: Language) -> None:
    """'said on a call with analysts', 'an investor call': a briefing, no call met."""
    document = annotate(
        "Harlow Foods reported a quarterly loss on Tuesday. Chief executive Maria Lindqvist "
        "said on a call with analysts that demand would recover next year. Finance chief "
        "Tom Reyes said on an earnings call that prices would rise. Lindqvist held a call "
        "with Prime Minister Mark Dalton on Wednesday.",
        date=DATE,
        pipeline=nlp,
    )
    names = {actor.id: actor.name for actor in document.actors}
    calls = [{names[p] for p in m.participants} for m in document.meetings]
    assert calls == [{"Maria Lindqvist", "Mark Dalton"}]
    assert all(statement.meeting is None for statement in document.statements)


def test_negotiations_resumed_continue_the_talks(nlp: Language) -> None:
    """'Negotiations will resume in Geneva' after talks: a planned session of the same parties."""
    held, resumed = meetings_in(
        nlp,
        "Serbia and Kosovo held talks in Brussels on Monday. Negotiations will resume in "
        "Geneva on Friday, an EU diplomat said.",
    )
    assert held["participants"] == {"Serbia", "Kosovo"}
    assert resumed["participants"] == {"Serbia", "Kosovo"}
    assert resumed["location"] == ("Geneva", "CHE")
    assert (resumed["status"], resumed["date"]) == (MeetingStatus.PLANNED, "2024-06-14")


def test_earlier_talks_named_by_their_brokers_are_of_the_sides_told(nlp: Language) -> None:
    """'Previous negotiations, brokered by Norway and Turkey': the sides of the talks told."""
    found = meetings_in(
        nlp,
        "Ethiopia and Eritrea opened talks in Nairobi on Monday. The talks, hosted by Kenya, "
        "are the first in two years. Previous negotiations in Oslo, brokered by Norway and "
        "Turkey, collapsed in 2022.",
    )
    talks, previous = found
    assert talks["participants"] == {"Ethiopia", "Eritrea", "Kenya"}
    assert previous["participants"] == {"Ethiopia", "Eritrea", "Norway", "Turkey"}
    assert previous["host"] is None
    assert previous["location"] == ("Oslo", "NOR")


def test_those_at_the_roundtable_told_are_at_that_roundtable(nlp: Language) -> None:
    """'a roundtable with business leaders hosted by X ... were among those at the roundtable'."""
    found = meetings_in(
        nlp,
        "After his meeting with Chancellor Olaf Scholz, Okonjo joined a roundtable with "
        "business leaders hosted by Finance Minister Christian Lindner. Siemens chief Roland "
        "Busch and BASF chief Martin Brudermueller were among the executives at the roundtable.",
    )
    roundtables = [m for m in found if m["trigger"] == "roundtable"]
    assert len(roundtables) == 1
    (roundtable,) = roundtables
    assert roundtable["host"] == "Christian Lindner"
    assert {"Christian Lindner", "Roland Busch", "Martin Brudermueller"} <= roundtable[
        "participants"
    ]
    (meeting,) = [m for m in found if m["trigger"] == "meeting"]
    assert "Roland Busch" not in meeting["participants"]


def test_headline_meeting_naming_only_a_group_is_the_leads(nlp: Language) -> None:
    """'Allies promise more drones at Ramstein meeting' over the lead's meeting: one meeting."""
    (meeting,) = meetings_in(
        nlp,
        "Allies promise more drones for Moldova at Ramstein meeting\n\n"
        "By Anna Keller\n\n"
        "RAMSTEIN, Germany, June 11 - The Moldova Support Group met at Ramstein air base on "
        "Tuesday, with Canadian Defence Minister Bill Blair chairing the meeting.",
    )
    assert meeting["participants"] == {"Moldova Support Group", "Bill Blair"}
    assert meeting["trigger"] == "met"
    assert meeting["date"] == "2024-06-11"


def test_who_after_a_person_set_off_after_a_country_is_that_person(nlp: Language) -> None:
    """'the envoy on Myanmar, Othman Hashim, who visited ...': the envoy visits, not Myanmar."""
    visit, meeting = meetings_in(
        nlp,
        "The ministers also received a briefing from the ASEAN special envoy on Myanmar, "
        "Othman Hashim, who visited Naypyitaw last month and met junta chief Min Aung Hlaing.",
    )
    assert visit["trigger"] == "visited"
    assert "Othman Hashim" in visit["participants"]
    assert meeting["participants"] == {"Othman Hashim", "Min Aung Hlaing"}


def test_name_of_a_joined_title_hung_on_the_first_subject(nlp: Language) -> None:
    """'Graves and cabinet member for highways Carol Hart met residents': both met them."""
    meeting = only(
        nlp,
        "The council's cabinet will vote in March. Council leader Alan Graves and cabinet "
        "member for highways Carol Hart met residents of the Mayfield Road area on Monday.",
    )
    assert meeting["participants"] == {"Alan Graves", "Carol Hart", "residents"}


def test_with_and_a_participle_after_a_comma_sets_the_scene(nlp: Language) -> None:
    """', with mediators from Acas shuttling between the two rooms': not those met."""
    found = meetings_in(
        nlp,
        "Wage talks between the Unite union and the Associated Port Employers collapsed on "
        "Friday after the two sides met for nine hours. Negotiators for the dockworkers and "
        "the employers' group sat down at a hotel in Southampton on Thursday afternoon, with "
        "mediators from Acas shuttling between the two rooms.",
    )
    assert all(meeting["participants"] != {"mediators"} for meeting in found)
    met = next(meeting for meeting in found if meeting["trigger"] == "met")
    assert met["location"] == ("Southampton", "GBR")


def test_talks_due_to_resume_on_a_day(nlp: Language) -> None:
    """'The talks are due to resume on Friday': a planned session on Friday."""
    held, resumed = meetings_in(
        nlp,
        "Unite and the Associated Port Employers held talks in London on Monday. The talks "
        "are due to resume on Friday at the Acas offices in Birmingham.",
    )
    assert held["date"] == "2024-06-10"
    assert (resumed["status"], resumed["date"]) == (MeetingStatus.PLANNED, "2024-06-14")
    assert resumed["participants"] == {"Unite", "Associated Port Employers"}


def test_description_named_in_apposition_is_the_person(nlp: Language) -> None:
    """'sat down with the mediator, former judge Anna Varga,': the person named takes part."""
    meeting = only(
        nlp,
        "Party leaders Peter Holm and Karin Lund sat down with the arbitrator, former judge "
        "Anna Varga, in Copenhagen on Monday.",
    )
    assert meeting["participants"] == {"Peter Holm", "Karin Lund", "Anna Varga"}


def test_resumed_negotiations_continue_the_round_not_the_ministers_talks(nlp: Language) -> None:
    """'Negotiations will resume', after a round and two ministers' talks: the round's parties."""
    found = meetings_in(
        nlp,
        "Negotiators from Canada and Mexico wrapped up the fourth round of talks on a trade "
        "agreement in Ottawa on Friday. Canadian Trade Minister Mary Ng held talks with "
        "Mexican Economy Minister Marcelo Ebrard on Thursday. Negotiations will resume in "
        "Monterrey next month.",
    )
    (resumed,) = [m for m in found if m["trigger"] == "Negotiations"]
    assert resumed["participants"] == {"Canada", "Mexico"}
    assert resumed["status"] is MeetingStatus.PLANNED


def test_postponed_summit_told_three_ways_is_one(nlp: Language) -> None:
    """A summit put off, the plan it was ('had been due to meet') and its new time: one."""
    (summit,) = meetings_in(
        nlp,
        "Summit between Serbia and Croatia leaders postponed\n\n"
        "ZAGREB, June 12 - A planned summit between Serbian President Ana Kovac and Croatian "
        "Prime Minister Marko Lind has been postponed, officials said on Wednesday. The "
        "leaders had been due to meet in Vienna on Monday. The meeting will now take place "
        "in July, a spokesman said.",
    )
    assert summit["participants"] == {"Ana Kovac", "Marko Lind"}
    assert summit["status"] is MeetingStatus.PLANNED
    assert summit["location"] == ("Vienna", "AUT")
    assert summit["date"] is None  # the Monday it was set for is gone
    assert summit["date_text"] == "July"


def test_place_of_a_roundtable_hung_on_its_host(nlp: Language) -> None:
    """'a roundtable with investors hosted by X at the Y Building': the building is the place."""
    found = meetings_in(
        nlp,
        "Later on Tuesday, Okafor joined a roundtable with investors hosted by Finance "
        "Minister Paul Lindqvist at the Riverside Conference Building.",
    )
    (roundtable,) = [m for m in found if m["trigger"] == "roundtable"]
    assert roundtable["host"] == "Paul Lindqvist"
    assert roundtable["location"] is not None
    assert roundtable["location"][0] == "Riverside Conference Building"


def test_walking_out_of_a_consultation_with_a_named_party(nlp: Language) -> None:
    """'walked out of a consultation with Ofcom' is talks held; 'in consultation with' is not."""
    meeting = only(nlp, "Union leaders walked out of a consultation with Ofcom on Tuesday.")
    assert meeting["kind"] is MeetingKind.TALKS
    assert meeting["participants"] == {"Union leaders", "Ofcom"}
    assert meeting["status"] is MeetingStatus.OCCURRED
    assert meetings_in(nlp, "The plan was drawn up in consultation with NATO.") == []
    assert meetings_in(nlp, "The government launched a consultation with Ofcom on the rules.") == []


def test_a_body_a_spokesperson_speaks_for_is_no_person(nlp: Language) -> None:
    """'mediated by Acas ... a spokesperson for Acas': a body, never named as a person."""
    document = annotate(
        "The talks, mediated by Acas, began in Leeds on Wednesday. Both sides will return to "
        "the table on Friday, a spokesperson for Acas said.",
        date=DATE,
        pipeline=nlp,
    )
    kinds = {actor.name: actor.kind for actor in document.actors}
    assert kinds["Acas"] is ActorKind.ORGANIZATION
    (meeting,) = document.meetings
    assert [kinds[actor.name] for actor in document.actors if actor.id in meeting.participants] == [
        ActorKind.ORGANIZATION
    ]
    # a one-word name that does what people do stays a person
    document = annotate(
        "Dempsey met Williams in Leeds on Monday. A spokesperson for Dempsey said the talks "
        "went well.",
        date=DATE,
        pipeline=nlp,
    )
    assert {a.kind for a in document.actors if a.name == "Dempsey"} == {ActorKind.PERSON}


def test_mediators_shuttling_between_two_sides_hold_indirect_talks(nlp: Language) -> None:
    """'mediators shuttled between the delegations' is talks of the mediators and both sides."""
    meeting = only(
        nlp,
        "Norwegian mediators shuttled between Colombian and ELN delegations in Havana on Monday.",
    )
    assert meeting["kind"] is MeetingKind.TALKS
    assert meeting["trigger"] == "shuttled"
    assert meeting["participants"] == {"Norwegian mediators", "Colombian and ELN delegations"}
    assert meeting["location"] == ("Havana", "CUB")
    assert meeting["date"] == "2024-06-10"
    # places gone between, and a scene with no parties, are no talks
    assert meetings_in(nlp, "The envoy shuttled between Paris and London on Monday.") == []
    assert meetings_in(nlp, "Buses shuttled between the airport and the hotels.") == []


def test_a_postponed_visit_told_again_as_its_plan_is_one_visit(nlp: Language) -> None:
    """'had been scheduled to arrive ... for a visit' after 'postponed a visit': one, undated."""
    found = meetings_in(
        nlp,
        "Chancellor Lena Hartmann postponed a visit to Japan planned for this month because of "
        "a budget dispute at home. Prime Minister Ishiba spoke by phone with President Lee on "
        "Tuesday. Hartmann had been scheduled to arrive in Tokyo on June 27 for a three-day "
        "visit. The visit was postponed last week, a spokesman said.",
    )
    visits = [m for m in found if m["kind"] is MeetingKind.VISIT]
    assert len(visits) == 1, found
    (visit,) = visits
    assert visit["participants"] == {"Lena Hartmann", "Japan"}
    assert visit["status"] is MeetingStatus.PLANNED
    assert visit["date"] is None


def test_the_opening_and_the_end_of_one_gathering_are_one_meeting(nlp: Language) -> None:
    """'ended their annual meeting on Friday ... The Meeting opened on Wednesday': one."""
    text = (
        "Central European finance ministers ended their annual meeting in Prague on Friday "
        "with a joint statement on energy. The 12th Visegrad Finance Ministers' Meeting, "
        "chaired by Czech Finance Minister Petra Novak, opened on Wednesday."
    )
    document = annotate(text, date="2024-06-15", pipeline=nlp)
    names = {actor.id: actor.name for actor in document.actors}
    (meeting,) = document.meetings
    assert meeting.kind is MeetingKind.MEETING
    assert meeting.date == "2024-06-12"  # dated by its opening
    assert meeting.location is not None
    assert meeting.location.name == "Prague"
    assert {names[p] for p in meeting.participants} == {
        "Central European finance ministers",
        "Visegrad Finance Ministers",
        "Petra Novak",
    }
    # a gathering of other people stays apart
    other = (
        "Central European finance ministers ended their annual meeting in Prague on Friday. "
        "The annual meeting of the Chess Federation opened on Wednesday."
    )
    assert len(annotate(other, date="2024-06-15", pipeline=nlp).meetings) == 2


def test_the_speaker_is_not_at_a_meeting_named_in_what_is_reported(nlp: Language) -> None:
    """'..., on the sidelines of an OECD meeting, the ministry said in a statement': not there."""
    found = meetings_in(
        nlp,
        "Trade talks will resume in Paris next month, on the sidelines of an OECD meeting, "
        "the Indian commerce ministry said in a statement.",
    )
    assert all("Indian commerce ministry" not in m["participants"] for m in found), found
    (gathering,) = [m for m in found if m["trigger"] == "meeting"]
    assert gathering["participants"] == {"OECD"}


def test_a_headline_chief_is_the_officer_its_lead_names(nlp: Language) -> None:
    """'receives UEFA chief' over 'received UEFA President Karl Brandt': Brandt, one meeting."""
    text = (
        "Conti receives UEFA chief ahead of Congress in Lisbon\n\n"
        "ROME, May 15 - Italian Prime Minister Giorgia Conti received UEFA President Karl "
        "Brandt in Rome on Friday, days before the body holds its annual congress in Lisbon."
    )
    document = annotate(text, date="2024-05-16", pipeline=nlp)
    names = {actor.id: actor.name for actor in document.actors}
    (meeting,) = document.meetings
    assert {names[p] for p in meeting.participants} == {"Giorgia Conti", "Karl Brandt"}
    assert meeting.location is not None
    assert meeting.location.name == "Rome"


def test_a_place_after_the_event_a_meeting_is_timed_by_is_not_its_own(nlp: Language) -> None:
    """'received Brandt ahead of Congress in Lisbon': Lisbon is the congress's place."""
    meeting = only(nlp, "Marta Keller received Karl Brandt ahead of Congress in Lisbon.")
    assert meeting["participants"] == {"Marta Keller", "Karl Brandt"}
    assert meeting["location"] is None
    meeting = only(nlp, "Marta Keller met Karl Brandt after the summit in Lisbon.")
    assert meeting["location"] is None
    meeting = only(nlp, "Marta Keller met Karl Brandt in Lisbon after the summit.")
    assert meeting["location"] == ("Lisbon", "PRT")


def test_the_place_hung_on_visiting_after_met_with(nlp: Language) -> None:
    """'met with visiting Prime Minister Sharif at the Great Hall': the hall is the place."""
    meeting = only(
        nlp,
        "Chinese President Xi Jinping met with visiting Pakistani Prime Minister Shehbaz "
        "Sharif at the Great Hall of the People in Beijing on Tuesday.",
    )
    assert meeting["participants"] == {"Xi Jinping", "Shehbaz Sharif"}
    assert meeting["host"] == "Xi Jinping"
    assert meeting["location"] == ("Great Hall of the People", "CHN")


def test_talks_a_trip_is_for_after_the_time_of_the_trip(nlp: Language) -> None:
    """'will travel to Moscow at the end of the month for talks with Lavrov': both, planned."""
    meeting = only(
        nlp,
        "Foreign Minister Wang Yi will travel to Moscow at the end of the month for talks "
        "with Russian Foreign Minister Sergei Lavrov, the Chinese Foreign Ministry announced.",
    )
    assert meeting["participants"] == {"Wang Yi", "Sergei Lavrov"}
    assert meeting["status"] is MeetingStatus.PLANNED
    assert meeting["location"] == ("Moscow", "RUS")


def test_a_meeting_something_is_expected_at_is_to_come(nlp: Language) -> None:
    """'with a vote expected at a further shareholders' meeting in November': planned."""
    found = meetings_in(
        nlp,
        "Club owners met in London on Tuesday to discuss a cap on spending, with a vote "
        "expected at a further shareholders' meeting in November.",
    )
    assert [m["status"] for m in found] == [MeetingStatus.OCCURRED, MeetingStatus.PLANNED]
    assert found[0]["date"] == "2024-06-11"


def test_people_who_meet_in_a_sports_report_still_meet(nlp: Language) -> None:
    """In a report with a score, 'club owners met in London' is a meeting; the sides are not."""
    text = (
        "Premier League club owners met in London on Tuesday to discuss a spending cap for "
        "the league. Liverpool face Chelsea at Anfield on Saturday. The two sides met in the "
        "final in May, when Chelsea won 2-1 with a late goal from their striker."
    )
    (meeting,) = meetings_in(nlp, text)
    assert meeting["participants"] == {"Premier League club owners"}
    assert meeting["date"] == "2024-06-11"


def test_who_refused_to_meet_a_visitor_is_not_at_the_visit(nlp: Language) -> None:
    """'Orban refused to meet Sybiha during his visit to Budapest': Sybiha visits Hungary."""
    (visit,) = meetings_in(
        nlp,
        "Hungary has long blocked Ukraine's bid. Hungarian Prime Minister Viktor Orban "
        "refused to meet Ukrainian Foreign Minister Andrii Sybiha during his visit to "
        "Budapest on Thursday.",
    )
    assert visit["kind"] is MeetingKind.VISIT
    assert visit["participants"] == {"Andrii Sybiha", "Hungary"}
    assert visit["host"] == "Hungary"


def test_a_subject_the_parser_hangs_on_an_emphatic_did(nlp: Language) -> None:
    """'Sybiha did, however, meet Magyar': the subject hung on "did" still meets."""
    meeting = only(
        nlp,
        "Ukrainian Foreign Minister Andrii Sybiha did, however, meet Hungarian opposition "
        "leader Peter Magyar on Thursday evening, Magyar said on Facebook.",
    )
    assert meeting["participants"] == {"Andrii Sybiha", "Peter Magyar"}


def test_talks_told_with_a_place_are_not_a_call_told_before(nlp: Language) -> None:
    """'the envoy's talks in Riyadh', after a meeting there and a call: the meeting there."""
    found = meetings_in(
        nlp,
        "U.S. envoy Daniel Marsh arrived in Riyadh on Sunday, where he met Saudi Foreign "
        "Minister Prince Faisal bin Farhan. Marsh spoke by phone with Palestinian Prime "
        "Minister Mohammad Mustafa on Monday. Regional diplomats said the envoy's talks in "
        "Riyadh had focused on Saudi funding.",
    )
    (call,) = [m for m in found if m["kind"] is MeetingKind.CALL]
    assert call["location"] is None
    (met,) = [m for m in found if m["trigger"] == "met"]
    assert met["location"] == ("Riyadh", "SAU")


def test_the_same_day_as_another_clause_is_not_the_day_told_last(nlp: Language) -> None:
    """'on the same day as the ECB kept its rate at a meeting': not the day a plan told."""
    found = meetings_in(
        nlp,
        "Economists said the split vote made a cut at the MPC's next meeting, on July 25, "
        "more likely. The decision came a day after the U.S. Federal Reserve lowered its key "
        "rate at the end of its two-day policy meeting in Washington, and on the same day as "
        "the European Central Bank's Governing Council kept its deposit rate at 2 per cent "
        "at a meeting in Frankfurt.",
    )
    frankfurt = found[-1]
    assert frankfurt["location"] == ("Frankfurt", "DEU")
    assert frankfurt["status"] is MeetingStatus.OCCURRED
    assert frankfurt["date"] != "2024-07-25"


def test_its_meeting_set_before_the_subject_is_the_subjects(nlp: Language) -> None:
    """'At its May meeting, the committee had voted': the committee named before."""
    found = meetings_in(
        nlp,
        "Bank of England holds rates as MPC splits\n\n"
        "LONDON - The Bank of England kept interest rates on hold on Thursday. The Monetary "
        "Policy Committee met on Wednesday and voted 5-4 to keep Bank Rate unchanged.\n\n"
        "Governor Andrew Bailey said the committee would take a gradual approach. "
        '"We need to be sure that inflation is on track," he said.\n\n'
        "Minutes of the meeting showed that most members saw a risk from wage growth. At its "
        "May meeting, the committee had voted 7-2 to hold rates.",
    )
    assert found[-1]["date_text"] == "May"
    assert found[-1]["participants"] == {"Monetary Policy Committee"}


def test_a_hearing_in_a_clause_of_while_takes_the_day_of_its_main_clause(
    nlp: Language,
) -> None:
    """'faced questioning on Tuesday as he testified before the committee': Tuesday."""
    meeting = only(
        nlp,
        "Meta Chief Executive Mark Zuckerberg faced hours of sharp questioning on Tuesday as he "
        "testified before the Senate Judiciary Committee.",
    )
    assert meeting["date"] == "2024-06-11"


def test_the_board_is_the_board_of_the_company_the_story_is_about(nlp: Language) -> None:
    """'The board met on Tuesday evening', paragraphs after the company: the company's board."""
    text = (
        "Shareholders of Tarnvik Foods rejected the pay plan of Tarnvik Foods on Wednesday.\n\n"
        "The board met on Tuesday evening to discuss a compromise."
    )
    (meeting,) = meetings_in(nlp, text)
    assert meeting["participants"] == {"Tarnvik Foods"}
    assert (meeting["trigger"], meeting["date"]) == ("met", "2024-06-11")


def test_talks_to_acquire_said_of_the_company_are_with_the_company(nlp: Language) -> None:
    """'The company said it was in talks to acquire the operator Brenna Freight': both."""
    text = (
        "Tarnvik Foods cut its forecast on Monday.\n\n"
        "The company also said it was in talks to acquire the Swedish freight operator "
        "Brenna Freight."
    )
    (meeting,) = meetings_in(nlp, text)
    assert meeting["kind"] is MeetingKind.TALKS
    assert meeting["participants"] == {"Tarnvik Foods", "Brenna Freight"}


def test_a_named_congress_to_be_held_is_a_planned_gathering(nlp: Language) -> None:
    """'The 12th UCI Congress will be held in Oslo on June 21': a planned summit in Oslo."""
    meeting = only(nlp, "The 12th UCI Congress will be held in Oslo on June 21.")
    assert (meeting["kind"], meeting["trigger"]) == (MeetingKind.SUMMIT, "Congress")
    assert meeting["location"] == ("Oslo", "NOR")
    assert (meeting["status"], meeting["date"]) == (MeetingStatus.PLANNED, "2024-06-21")
    held = only(nlp, "The Baltic Security Conference will be held in Riga on June 20.")
    assert held["location"] == ("Riga", "LVA")
    # a legislature is never held, and a custom is no one gathering
    assert meetings_in(nlp, "Congress held a vote on the budget on Monday.") == []
    assert meetings_in(nlp, "The Baltic Forum takes place in Riga every June.") == []


def test_a_place_named_with_a_preposition_inside_its_name_is_whole(nlp: Language) -> None:
    """'met Dempsey at the Department for Transport': the place is the department, whole."""
    meeting = only(nlp, "Heidi Alexander met Eddie Dempsey at the Department for Transport.")
    assert meeting["location"] is not None
    assert meeting["location"][0] == "Department for Transport"


def test_the_talks_told_again_are_those_of_the_sentence_not_of_its_time_clause(
    nlp: Language,
) -> None:
    """'resumed talks on Wednesday, two weeks after ... walked out of talks. The talks ...'."""
    text = (
        "Unite and Northern Rail resumed talks on Wednesday, two weeks after Unite "
        "negotiators walked out of talks over job cuts. The talks began in Leeds at 10 a.m."
    )
    found = meetings_in(nlp, text)
    resumed = next(m for m in found if m["date"] == "2024-06-12")
    assert resumed["location"] == ("Leeds", "GBR")
    assert all(m["location"] is None for m in found if m is not resumed)


def test_both_sides_urged_far_from_their_talks_are_the_sides_of_the_talks(
    nlp: Language,
) -> None:
    """'urged both sides to return to the negotiating table', paragraphs after the talks."""
    text = (
        "Talks between Unite and the Associated Port Employers collapsed on Friday after "
        "the two sides met for nine hours.\n\n"
        "The dispute will now go to a hearing before the Central Arbitration Committee.\n\n"
        "Doyle said the union would hold a ballot next week. A strike could begin in "
        "April, he said.\n\n"
        "Transport Secretary Heidi Alexander urged both sides to return to the negotiating "
        "table."
    )
    found = meetings_in(nlp, text)
    assert found, found
    assert all(
        "Central Arbitration Committee" not in m["participants"]
        or m["participants"] == {"Central Arbitration Committee"}
        for m in found
    ), found


def test_a_visit_put_off_is_set_for_when_the_visitor_will_now_travel(nlp: Language) -> None:
    """'postponed a visit to India ... Merz will now travel to New Delhi in January'."""
    text = (
        "Friedrich Merz postponed a visit to India planned for this month because of a "
        "budget crisis. Merz will now travel to New Delhi on July 8, a spokesman said."
    )
    (visit,) = meetings_in(nlp, text)
    assert visit["kind"] is MeetingKind.VISIT
    assert (visit["status"], visit["date"], visit["date_text"]) == (
        MeetingStatus.PLANNED,
        "2024-07-08",
        "July 8",
    )


def test_speech_told_to_the_meeting_is_in_the_meeting_told_by_that_noun(nlp: Language) -> None:
    """'... annual general meeting. The board met on Tuesday. ..., X told the meeting'."""
    text = (
        "Shareholders of Nordvik Shipping gathered for its annual general meeting in Oslo on "
        "Wednesday. The board met on Tuesday evening to approve the accounts. "
        '"We have had a difficult year," chairman Anders Birkholm told the meeting.'
    )
    document = annotate(text, date=DATE, pipeline=nlp)
    (statement,) = document.statements
    meeting = next(m for m in document.meetings if m.id == statement.meeting)
    assert meeting.trigger.text == "meeting"
    assert meeting.date == "2024-06-12"


def test_a_series_of_meetings_of_one_side_frames_the_meetings_told_next(
    nlp: Language,
) -> None:
    """'held a series of bilateral meetings ... He met Kato and later sat down with Liao'."""
    text = (
        "Treasury Secretary Scott Bessent held a series of bilateral meetings in Tokyo on "
        "Tuesday. He met Japanese Finance Minister Katsunobu Kato and later sat down with "
        "Chinese Vice Premier He Lifeng."
    )
    found = meetings_in(nlp, text)
    assert [m["participants"] for m in found] == [
        {"Scott Bessent", "Katsunobu Kato"},
        {"Scott Bessent", "He Lifeng"},
    ]
    assert all(m["date"] == "2024-06-11" and m["location"] == ("Tokyo", "JPN") for m in found)
    # with no meetings told after it, the series stays a meeting of its own
    (alone,) = meetings_in(nlp, text.split(". ")[0] + ".")
    assert alone["participants"] == {"Scott Bessent"}


def test_a_leg_of_a_tour_is_dated_by_the_day_of_its_own_stop(nlp: Language) -> None:
    """'fly to Cairo on Thursday before heading to Doha for talks. In Cairo, he will meet'."""
    text = (
        "Foreign Secretary David Lammy is due to fly on to Cairo on Thursday before heading "
        "to Doha for talks with Qatari Prime Minister Mohammed bin Abdulrahman Al Thani. In "
        "Cairo, he is expected to meet President Abdel Fattah el-Sisi."
    )
    doha, cairo = meetings_in(nlp, text)
    assert doha["location"] == ("Doha", "QAT")
    assert (doha["date"], doha["date_text"]) == (None, None)
    assert cairo["location"] == ("Cairo", "EGY")
    assert (cairo["date"], cairo["date_text"]) == ("2024-06-13", "Thursday")


def test_a_visit_pulled_out_of_is_cancelled_and_so_is_what_it_was_for(nlp: Language) -> None:
    """'pulled out of a planned visit to Kyiv ... had been due to meet Svyrydenko'."""
    text = (
        "Slovak Prime Minister Robert Fico pulled out of a planned visit to Kyiv, his office "
        "said. Fico had been due to meet Ukrainian Prime Minister Yulia Svyrydenko."
    )
    visit, meeting = meetings_in(nlp, text)
    assert visit["kind"] is MeetingKind.VISIT
    assert visit["participants"] >= {"Robert Fico"}
    assert visit["location"] == ("Kyiv", "UKR")
    assert visit["status"] is MeetingStatus.CANCELLED
    assert meeting["participants"] == {"Robert Fico", "Yulia Svyrydenko"}
    assert meeting["status"] is MeetingStatus.CANCELLED
    # one who pulls out of a summit takes no part in it
    found = meetings_in(
        nlp, "Robert Fico pulled out of the EU summit in Brussels, his office said."
    )
    assert all("Robert Fico" not in m["participants"] for m in found), found


def test_a_verb_read_as_a_piece_of_the_name_after_it_still_meets(nlp: Language) -> None:
    """'Salah, 34, whose deal expires in June, met manager Arne Slot': the two met."""
    meeting = only(
        nlp, "Mohamed Salah, 34, whose deal expires in June, met manager Arne Slot on Monday."
    )
    assert meeting["participants"] == {"Mohamed Salah", "Arne Slot"}


def test_a_day_after_a_meeting_called_off_is_the_day_it_was_called_off(nlp: Language) -> None:
    """'cancelled a planned visit to Vilnius on Tuesday': Tuesday is the cancelling's day."""
    for text in (
        "Czech Prime Minister Petr Fiala cancelled a planned visit to Vilnius on Tuesday.",
        "Petr Fiala called off a planned meeting with Gitanas Nauseda on Tuesday.",
        "A planned visit by Petr Fiala to Vilnius was cancelled on Tuesday.",
        "Petr Fiala scrapped a planned visit on Tuesday.",
    ):
        found = only(nlp, text)
        assert found["status"] is MeetingStatus.CANCELLED, text
        assert (found["date"], found["date_text"]) == (None, None), text
    # a day right after the meeting told as known may be its own
    found = only(nlp, "Petr Fiala cancelled the visit on Friday.")
    assert (found["status"], found["date_text"]) == (MeetingStatus.CANCELLED, "Friday")


def test_the_hearing_chaired_after_testimony_is_hosted_by_its_chair(nlp: Language) -> None:
    """'testified before the Senate committee ... The hearing was chaired by X': X hosts it."""
    found = only(
        nlp,
        "Bank chief Laura Kemp testified before the Senate Banking Committee on Tuesday. The "
        "hearing, the panel's second this year, was chaired by Senator Paul Ritter.",
    )
    assert found["trigger"] == "testified"
    assert found["participants"] == {"Laura Kemp", "Senate Banking Committee", "Paul Ritter"}
    assert found["host"] == "Paul Ritter"
    # a hearing told after a court's is no meeting
    found = meetings_in(
        nlp,
        "Laura Kemp testified in a Delaware court on Tuesday. The hearing was chaired by "
        "Judge Paul Ritter.",
    )
    assert found == []


def test_a_hearing_of_an_arbitration_committee_is_no_meeting(nlp: Language) -> None:
    """'an arbitration hearing before the Central Arbitration Committee': a tribunal's."""
    for text in (
        "The pay dispute will now go to an arbitration hearing before the Central "
        "Arbitration Committee, scheduled for July 2 in London.",
        "The pay dispute will go to a hearing before the Central Arbitration Committee.",
        "Nurse Jane Olds testified before an employment tribunal in Leeds on Monday.",
    ):
        assert meetings_in(nlp, text) == [], text
    # a legislative committee's hearing still is one
    found = only(nlp, "Laura Kemp testified before the Senate Banking Committee on Monday.")
    assert found["participants"] == {"Laura Kemp", "Senate Banking Committee"}


def test_talks_due_to_resume_far_down_a_story_are_the_story_s_talks(nlp: Language) -> None:
    """'Talks are due to resume on Tuesday', many sentences after the talks: the same sides."""
    text = (
        "Pay talks between the GMB union and the Northern Bus Operators collapsed on Monday. "
        "The union said the offer was an insult. The operators said it was fair. Drivers "
        "earn less than they did in 2019. Fares have risen twice since then. Passengers "
        "have complained about cancelled services. The union has about 3,000 members at "
        "the firms. A ballot on strikes will be held next week. Local councils have urged "
        "calm. The mayor said he was worried. Bus use has fallen by a tenth. Some routes "
        "may be cut. Rail fares are rising too. Taxi drivers have protested. Cycling has "
        "grown. Talks are due to resume on Thursday in Leeds, the union said."
    )
    held, resumed = meetings_in(nlp, text)
    assert held["participants"] == {"GMB", "Northern Bus Operators"}
    assert resumed["trigger"] == "Talks"
    assert resumed["participants"] == {"GMB", "Northern Bus Operators"}
    assert resumed["status"] is MeetingStatus.PLANNED
    assert (resumed["date"], resumed["location"]) == ("2024-06-13", ("Leeds", "GBR"))


def test_a_name_hung_on_the_time_after_it_is_still_met(nlp: Language) -> None:
    """'asked for a meeting with Szabo weeks ago': the parser hangs Szabo on the time."""
    for name in ("Szabo", "Babis"):
        text = (
            "Foreign Minister Ivan Petrov visited Budapest on Thursday. Petrov had asked for "
            f"a meeting with {name} weeks ago, but the office refused."
        )
        asked = next(m for m in meetings_in(nlp, text) if m["trigger"] == "meeting")
        assert asked["participants"] == {"Ivan Petrov", name}, text
    # a time after a name the parser reads well changes nothing
    found = only(nlp, "Anna Lind held talks with Emmanuel Macron last month in Paris.")
    assert found["participants"] == {"Anna Lind", "Emmanuel Macron"}
    assert found["date_text"] == "last month"


def test_who_urges_both_sides_back_to_the_table_takes_no_part(nlp: Language) -> None:
    """'Alexander urged both sides to return to the negotiating table': she urges, not meets."""
    text = (
        "Talks between Unite and the Associated Port Employers collapsed on Friday. "
        "Transport Secretary Heidi Alexander urged both sides to return to the negotiating "
        "table."
    )
    (talks,) = meetings_in(nlp, text)
    assert talks["participants"] == {"Unite", "Associated Port Employers"}


def test_a_region_of_several_countries_is_in_none(nlp: Language) -> None:
    """'a tour of the Gulf': the Gulf is no province of Papua New Guinea that bears its name."""
    text = "Gianni Infantino made a three-day visit to the Gulf with Donald Trump last week."
    (visit,) = meetings_in(nlp, text)
    assert visit["location"] == ("Gulf", None)
    assert visit["kind"] is MeetingKind.VISIT


def test_a_meeting_where_a_stop_called_off_would_have_been_is_called_off(nlp: Language) -> None:
    """'A planned stop in Israel, where he was to meet Netanyahu, was cancelled': so is that."""
    for text in (
        "A planned stop in Israel, where Antony Blinken had been expected to meet Prime "
        "Minister Benjamin Netanyahu, was cancelled after the Israeli leader's office said he "
        "was unavailable.",
        "A dinner in Paris, where Emmanuel Macron was due to meet Olaf Scholz, was called off.",
    ):
        (meeting,) = meetings_in(nlp, text)
        assert meeting["status"] is MeetingStatus.CANCELLED, text
    # a meeting held where a visit was cut short is held
    (held,) = meetings_in(
        nlp, "A visit to Paris, where Emmanuel Macron met Olaf Scholz, ended early on Friday."
    )
    assert held["status"] is MeetingStatus.OCCURRED


def test_a_round_whose_verb_is_misread_as_a_clause_of_its_phrase(nlp: Language) -> None:
    """'The third round of talks ... on a fisheries chapter ended in Oslo on Friday'.

    The parser reads the finite verb as a clause of the last noun of the round's phrase;
    its place and day are the round's, and the body named before its noun ("the Mercosur
    trade bloc") is a side.
    """
    text = (
        "OSLO, July 15 - The third round of talks between the European Union and the Mercosur "
        "trade bloc on a fisheries and farming chapter ended in Oslo on Friday without a "
        "deal, officials said."
    )
    found = only(nlp, text)
    assert found["participants"] == {"European Union", "Mercosur"}
    assert (found["location"], found["date_text"]) == (("Oslo", "NOR"), "Friday")
    assert found["status"] is MeetingStatus.OCCURRED


def test_a_bare_round_of_talks_told_before_is_another_meeting(nlp: Language) -> None:
    """'The previous round, held in Lima in May', 'A fourth round is planned for October'.

    A round ordered in its series, with a time or a place of its own, is a meeting of the
    parties of the talks told before; one with neither, or a round of something else, is
    none.
    """
    text = (
        "Chile and Peru held talks on a water-sharing pact in Santiago on Monday. "
        "The previous round, held in Lima in May, ended without progress. "
        "A fourth round is planned for October. The previous round had been tense."
    )
    held, previous, fourth = meetings_in(nlp, text)
    assert held["trigger"] == "talks"
    assert previous["trigger"] == fourth["trigger"] == "round"
    assert previous["participants"] == fourth["participants"] == {"Chile", "Peru"}
    assert (previous["location"], previous["date_text"]) == (("Lima", "PER"), "May")
    assert previous["status"] is MeetingStatus.OCCURRED
    assert (fourth["status"], fourth["date_text"]) == (MeetingStatus.PLANNED, "October")
    text = "Chile and Peru held talks in Santiago on Monday. Boric won the second round in May."
    assert [m["trigger"] for m in meetings_in(nlp, text)] == ["talks"]


def test_who_joins_the_talks_told_takes_part_in_them(nlp: Language) -> None:
    """'Turkey is expected to join the talks': the talks told before, not new ones."""
    text = (
        "Serbia and Kosovo held talks in Brussels on Monday. Albania arrived in Brussels on "
        "Tuesday and is expected to join the talks as an observer, officials said."
    )
    found = only(nlp, text)
    assert found["participants"] == {"Serbia", "Kosovo", "Albania"}
    assert (found["date_text"], found["status"]) == ("Monday", MeetingStatus.OCCURRED)


def test_a_scheduled_meeting_not_held_is_cancelled(nlp: Language) -> None:
    """'did not hold a scheduled meeting': the meeting set is off; without the plan, none."""
    text = (
        "Chancellor Olaf Scholz and Prime Minister Mette Frederiksen did not hold a scheduled "
        "meeting after their flights were delayed, officials said."
    )
    found = only(nlp, text)
    assert found["participants"] == {"Olaf Scholz", "Mette Frederiksen"}
    assert found["status"] is MeetingStatus.CANCELLED
    assert meetings_in(nlp, "Scholz and Frederiksen did not hold a meeting on Monday.") == []


def test_one_said_after_a_meeting_far_from_the_one_told_is_not_at_it(nlp: Language) -> None:
    """'Binet said after the meeting' sentences after another meeting: not that meeting's.

    One who took part says it, or one says it just after the meeting, and it is that one.
    """
    text = (
        "Macron met Scholz in Berlin on Monday. Prices rose in France in June. Unions called "
        'a strike. The strike closed schools. Teachers marched in Paris. "We will not give '
        'up," union leader Sophie Binet said after the meeting.'
    )
    assert only(nlp, text)["participants"] == {"Macron", "Scholz"}
    text = (
        "Macron met Scholz in Berlin on Monday. Prices rose in France in June. Unions called "
        'a strike. The strike closed schools. "We agreed a lot," Scholz said after the meeting.'
    )
    assert only(nlp, text)["participants"] == {"Macron", "Scholz"}


def test_speaking_with_a_counterpart_is_a_call(nlp: Language) -> None:
    """'spoke with her French counterpart': a call between the two, phone told or not."""
    text = "Foreign Minister Annalena Baerbock spoke with her Polish counterpart on Monday."
    found = only(nlp, text)
    assert found["kind"] is MeetingKind.CALL
    assert "Annalena Baerbock" in found["participants"]
    text = (
        "Defence Minister Boris Pistorius spoke with his Dutch counterpart Kajsa Ollongren "
        "on Tuesday."
    )
    found = only(nlp, text)
    assert found["kind"] is MeetingKind.CALL
    assert found["participants"] == {"Boris Pistorius", "Kajsa Ollongren"}
    assert meetings_in(nlp, "Minister Boris Pistorius spoke with reporters on Tuesday.") == []


def test_who_leaves_a_place_after_talks_had_them_there(nlp: Language) -> None:
    """'left Lima after talks with X': the one who leaves met X, in the place left."""
    text = (
        "Foreign Minister Penny Wong left Lima on Friday after talks with President Dina Boluarte."
    )
    found = only(nlp, text)
    assert found["participants"] == {"Penny Wong", "Dina Boluarte"}
    assert found["location"] == ("Lima", "PER")
    text = (
        "Foreign Minister Penny Wong left for Quito on Friday after talks with President "
        "Dina Boluarte."
    )
    assert only(nlp, text)["location"] != ("Quito", "ECU")


def test_talks_resumed_are_a_session_of_the_talks_told(nlp: Language) -> None:
    """'held talks on Friday. Talks resumed on Monday': a second session, held, on Monday."""
    text = "Chile and Peru held talks in Santiago on Friday. Talks resumed on Monday."
    first, again = meetings_in(nlp, text)
    assert again["participants"] == {"Chile", "Peru"}
    assert (again["date_text"], again["status"]) == ("Monday", MeetingStatus.OCCURRED)
    assert first["date_text"] == "Friday"


def test_who_made_what_the_meeting_discussed_is_not_at_it(nlp: Language) -> None:
    """'focused on a report that Smith prepared': Smith is told of, not one who met."""
    text = (
        "Scholz and Macron met in Paris on Monday. The meeting focused on a study that "
        "economist Isabel Schnabel wrote."
    )
    assert only(nlp, text)["participants"] == {"Scholz", "Macron"}


def test_the_two_sides_met_before_talks_to_come_are_their_sides(nlp: Language) -> None:
    """'will hold talks next week ... The two sides last met on May 4': the talks' sides.

    With no meeting held told before, the sides are those of the talks to come, not the
    last two named (a minister quoted between them and his country).
    """
    text = (
        'Chile and Bolivia will hold talks in Lima next week. "We want a deal," Chilean '
        "Foreign Minister Alberto van Klaveren told reporters. The two sides last met on May 4."
    )
    _, met = meetings_in(nlp, text)
    assert met["participants"] == {"Chile", "Bolivia"}
    assert met["status"] is MeetingStatus.OCCURRED


def test_who_mediates_the_talks_told_takes_part_in_them(nlp: Language) -> None:
    """'The talks were mediated by Norway', 'Norway mediated the talks': a third party."""
    for told in ("The talks were mediated by Norway.", "Norway mediated the talks."):
        text = "Ethiopia and Eritrea held talks in Nairobi on Monday. " + told
        found = only(nlp, text)
        assert found["participants"] == {"Ethiopia", "Eritrea", "Norway"}
        assert found["host"] is None


def test_separate_rooms_are_no_place_of_the_talks(nlp: Language) -> None:
    """'met the negotiators in separate rooms': rooms apart are no one place of a meeting."""
    text = (
        "Norwegian envoy Tor Wennesland met Serbian and Kosovar negotiators in separate "
        "rooms on Monday."
    )
    assert only(nlp, text)["location"] is None
