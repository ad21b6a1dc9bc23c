"""The meeting a statement was made in, and the topics its content mentions.

Both come from the components that ran before: ``doc._.newsevents_meetings`` and
``doc._.newsevents_topics``.
"""

from __future__ import annotations

import bisect
import itertools
from collections.abc import Container, Mapping, Sequence
from functools import cache
from typing import Any

from spacy.strings import hash_string  # type: ignore[attr-defined]
from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from newsevents._names import name_head
from newsevents._syntax import Sentences, doc_children, is_caption
from newsevents._words import LATER_WORDS
from newsevents.extensions import DOC_ACTORS, DOC_MEETINGS, DOC_TOPICS
from newsevents.meetings import MeetingLexicon
from newsevents.statements._document import _Document


class _MeetingLinker:
    """Which meeting a statement was made in.

    A statement belongs to a meeting whose evidence holds its cue (or whose trigger shares
    its sentence) when its speaker took part; and later statements by participants stay in
    the last meeting that took place until the text moves to another setting ("at a press
    conference") or another meeting. A meeting told as background, in a relative clause or
    at another time ("Chow, who met Calandra last month, called on ...", "after talks
    with Sissi, Cameron said"), is no setting for speech outside that clause.
    """

    def __init__(self, doc: Doc, extractor: _Document) -> None:
        self.meetings = [m for m in doc._.get(DOC_MEETINGS) or [] if _usable_meeting(m)]
        # each actor's kind, and the body each person belongs to: a body's member speaks
        # at its meeting
        actors = doc._.get(DOC_ACTORS) or [] if self.meetings else []
        self.kinds: dict[str, str] = {str(a["id"]): str(a.get("kind")) for a in actors}
        self.bodies: dict[str, str] = {
            str(a["id"]): str(a["affiliation"])
            for a in actors
            if a.get("kind") == "person" and isinstance(a.get("affiliation"), str)
        }
        # the assemblies, whose members sit in the meetings they hold: "Testifying before
        # the Senate Commerce Committee, ... Sen. Ted Cruz, the committee chairman, asked"
        self.assemblies = {
            str(a["id"])
            for a in actors
            if a.get("kind") == "organization"
            and name_head(str(a.get("name") or "")) in _ASSEMBLY_HEADS
        }
        # the chamber each legislator sits in, by title ("Sen. Maria Cantwell": the Senate),
        # and the committees of each chamber ("the Senate Commerce Committee")
        self.chambers: dict[str, str] = {
            str(a["id"]): chamber
            for a in actors
            if a.get("kind") == "person"
            for chamber in _chambers(a.get("titles") or ())
        }
        self.committees: dict[str, str] = {
            str(a["id"]): chamber
            for a in actors
            if str(a["id"]) in self.assemblies
            for chamber in _chambers((str(a.get("name") or "").split(" ", 1)[0],))
        }
        # where each visit's trigger starts: "called on the Crown Prince" paid a call
        self.visit_starts = {
            m["trigger"]["start"] for m in self.meetings if m.get("kind") == "visit"
        }
        self.resets = _setting_positions(extractor) if self.meetings else []
        # the resets that tell an audience ("told the crowd"), which may be at a body's
        # public meeting
        self.audiences = {
            reset
            for reset in self.resets
            if (token := _token_at(extractor, reset)) is not None
            and token.lemma_.casefold() in _AUDIENCE_NOUNS
        }
        self.verbs = extractor.lexicon.verbs
        self.sentences = extractor.sentences
        self.triggers = {
            m["id"]: _token_at(extractor, m["trigger"]["start"]) for m in self.meetings
        }
        # Each trigger's sentence, and whether the meeting is background to speech told in
        # other sentences: read once, not for every statement.
        self.trigger_sentences: dict[str, int] = {}
        self.later_background: dict[str, bool] = {}
        # Whether each trigger says where speech was made ("during a meeting"), read once.
        self.settings: dict[str, bool] = {}
        for key, trigger in self.triggers.items():
            if trigger is not None:
                self.trigger_sentences[key] = self.sentences.of(trigger.i).start
                self.later_background[key] = _background(trigger, None, self.verbs, self.sentences)
                self.settings[key] = _setting(trigger)

    def _takes_part(self, meeting: Mapping[str, Any], speaker: str | None) -> bool:
        """Whether ``speaker`` took part in ``meeting``, or is a member of the body that met.

        "The Allentown School Board met on Thursday night. ... Board President Audrey
        Mathison told the crowd": the meeting of one organisation alone is attended by those
        who belong to it; not talks between two sides, whose officials may speak from
        elsewhere.
        """
        if _takes_part(meeting, speaker):
            return True
        body = self.bodies.get(speaker or "")
        chamber = self.chambers.get(speaker or "")
        if chamber is not None and any(
            self.committees.get(str(participant)) == chamber
            for participant in meeting.get("participants") or ()
        ):
            return True  # "Testifying before the Senate Commerce Committee ... Sen. X asked"
        if body is None:
            return False
        if body == self._body_that_met(meeting):
            return True
        # a member of an assembly that took part sits in it: not an official of one side
        # of talks, who may speak from elsewhere
        return body in self.assemblies and body in (meeting.get("participants") or ())

    def _body_that_met(self, meeting: Mapping[str, Any]) -> str | None:
        """Return the organisation whose own meeting ``meeting`` is ("the board met"), if so.

        It meets alone: not "ACLJ counsel met with Trump", where not all its people were.
        """
        participants = list(meeting.get("participants") or ())
        if len(participants) != 1 or self.kinds.get(participants[0]) != "organization":
            return None
        return str(participants[0])

    def _call_on(self, meeting: Mapping[str, Any]) -> bool:
        """Whether a visit is a call on someone: "Jaishankar called on President X"."""
        trigger = self.triggers.get(meeting["id"])
        return trigger is not None and trigger.lemma_.casefold() == "call"

    def is_visit(self, cue: SpacySpan) -> bool:
        """Whether the cue is a visit's trigger: "called on the Crown Prince" paid a call."""
        return cue.start_char in self.visit_starts

    def _apart(self, meeting: Mapping[str, Any], cue: SpacySpan, sentence: SpacySpan) -> bool:
        """Whether ``meeting`` is background to the speech at ``cue`` (see _background)."""
        key = meeting["id"]
        trigger = self.triggers[key]
        if trigger is None:
            return False
        if self.trigger_sentences[key] == sentence.start:
            return _background(trigger, cue, self.verbs, self.sentences)
        return self.later_background[key]

    def _sets_content(
        self, meeting: Mapping[str, Any], cue: SpacySpan, content: Sequence[tuple[int, int]]
    ) -> bool:
        """Whether a setting ("in a phone call") hangs on a verb inside the content.

        "Murphy said Blinken had told him in a phone call that ...", "accused the
        conservatives of breaking a promise made during coalition negotiations": the meeting
        is where the content's own verb happened, not where the cue was said.
        """
        trigger = self.triggers.get(meeting["id"])
        if trigger is None:
            return False
        node = trigger.head  # the preposition ("in", "during", "at")
        while node.pos_ not in ("VERB", "AUX") and node.head.i != node.i:
            node = node.head
        if node.pos_ not in ("VERB", "AUX") or cue.start <= node.i < cue.end:
            return False
        return any(first <= node.idx < last for first, last in content)

    def link(
        self,
        cue: SpacySpan,
        speaker: str | None,
        addressee: str | None = None,
        content: Sequence[tuple[int, int]] = (),
    ) -> str | None:
        """Return the id of the meeting the statement at ``cue`` was made in, if any.

        A meeting told inside what was said ("A meeting with Biden has not been ruled out,
        a spokesperson said") is what the statement is about, not where it was made; a
        visit may be both.
        """
        if not self.meetings:
            return None
        sentence = self.sentences.of(cue.start)
        position = cue.start_char

        def told(meeting: Mapping[str, Any]) -> bool:
            # a visit goes on around what is said in it ("Upon arrival, Hall said that his
            # visit ..."), and "during a meeting" inside the content says where it was said,
            # unless a verb of the content is what it sets ("said Blinken had told him in a
            # phone call that ...": the call is where Blinken spoke, not the speaker)
            start = meeting["trigger"]["start"]
            if not any(first <= start < last for first, last in content):
                return False
            if meeting["kind"] == "visit" and _occurred(meeting):
                return False  # (a visit still to come is only told: "is expected to visit")
            if self.settings.get(meeting["id"], False):
                return self._sets_content(meeting, cue, content)
            return True

        meetings = [m for m in self.meetings if not told(m)]
        direct: list[tuple[bool, int, str]] = []
        for meeting in meetings:
            evidence = meeting.get("evidence") or {}
            trigger = meeting["trigger"]["start"]
            in_evidence = evidence.get("start", -1) <= position < evidence.get("end", -1)
            in_sentence = sentence.start_char <= trigger < sentence.end_char
            apart = self._apart(meeting, cue, sentence)
            if (
                (in_evidence or in_sentence)
                and not apart
                and _occurred(meeting)  # no one speaks in a meeting still to come
                and self._takes_part(meeting, speaker)
            ):
                direct.append((meeting["kind"] == "visit", abs(trigger - position), meeting["id"]))
        if direct:
            return min(direct)[2]
        if speaker is None or _own_time(cue.root):
            return None
        earlier = [
            m
            for m in meetings
            if m["trigger"]["start"] < position
            # a visit goes on for days, but a call on someone is a meeting with them
            and (m["kind"] != "visit" or self._call_on(m))
            and _occurred(m)
            and not self._apart(m, cue, sentence)
        ]
        if not earlier:
            return None
        last = max(earlier, key=lambda m: m["trigger"]["start"])
        # "Lund told the meeting": speech to the meeting itself is made in it, by one who
        # is there, whatever was told in between ("results published after the meeting")
        addressed = _addresses_meeting(cue.root)
        if addressed is not None:
            # "... at its annual general meeting. The board met on Tuesday. ..., Lund told
            # the meeting": the meeting told by the same noun, not one told by a verb since
            named = [
                m
                for m in earlier
                if (trigger := self.triggers.get(m["id"])) is not None
                and trigger.lemma == addressed.lemma
            ]
            if named:
                last = max(named, key=lambda m: m["trigger"]["start"])
        since = last["trigger"]["start"]
        if addressed is not None:
            since = max(since, sentence.start_char)
        elif not self._takes_part(last, speaker):
            return None
        if any(since < m["trigger"]["start"] < position for m in self.meetings if told(m)):
            # "Yoon and Han held a closed-door meeting ..., the party said": what was said
            # tells another meeting, which the text has moved on to
            return None
        fronted = _fronted_time(sentence)
        evidence = str((last.get("evidence") or {}).get("text") or "").casefold()
        if fronted is not None and fronted.casefold() not in evidence and not _same_time(fronted):
            return None  # "... at a 2007 hearing. In 2015, she said": another time
        own = _cue_time(cue.root)
        if own is not None and own.casefold() not in evidence and not _same_time(own):
            return None  # "... appeared before the committee on Wednesday. X said last month"
        # "at a press conference" before the cue, or in its own sentence ("Sunak said at a
        # joint news conference"), moves the speech out of the meeting; but what one who
        # met told another who met ("Xi told Biden that ...") was said in it, unless its
        # own sentence sets it elsewhere
        told_other = addressee not in (None, speaker) and self._takes_part(last, addressee)
        since = max(since, sentence.start_char) if told_other else since
        # "told the crowd" at a body's meeting, by one who belongs to it, is said at the
        # meeting, which the public attends
        body = self._body_that_met(last)
        public = body is not None and self.bodies.get(speaker) == body
        if any(
            since < reset < sentence.end_char and not (public and reset in self.audiences)
            for reset in self.resets
        ):
            return None
        return str(last["id"])


def _addresses_meeting(verb: Token) -> Token | None:
    """Return the noun of a meeting told before that ``verb`` is said to or in, if one.

    The meeting is named by a noun of the meeting lexicon, as the verb's object ("told a
    closing session") or after "in", "at" or "during" with "the" ("Later in the hearing,
    Moran asked"); not an audience ("told an audience in Ohio"), which is the press's or
    the public's.
    """
    nouns, press = _meeting_words()
    for child in verb.children:
        if child.dep_ in ("dobj", "dative"):
            named = [child]
        elif child.dep_ == "prep" and child.lower_ in ("in", "at", "during"):
            named = [
                noun
                for noun in child.children
                if noun.dep_ == "pobj"
                and any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children)
            ]
        else:
            continue
        for noun in named:
            if noun.lemma in nouns and noun.lemma not in press:
                return noun
    return None


@cache
def _meeting_words() -> tuple[frozenset[int], frozenset[int]]:
    """Return the hashes of the meeting lexicon's nouns and of its words for the press.

    Speech "after the talks" is no longer made in them; speech "told reporters" is made to
    the press, not in a meeting.
    """
    lexicon = MeetingLexicon.load()
    nouns = frozenset(hash_string(noun) for noun in lexicon.nouns)
    press = frozenset(hash_string(noun) for noun in lexicon.press_nouns)
    return nouns, press


# The heads of the names of assemblies, whose members sit in the meetings they take part in
# ("the Senate Commerce Committee", "the Security Council", "the board").
_ASSEMBLY_HEADS = frozenset({
    "assembly", "board", "cabinet", "caucus", "committee", "congress", "council",
    "parliament", "senate", "subcommittee",
})  # fmt: skip
# The titles of legislators, and the chamber whose committees they sit in at a hearing.
_CHAMBER_TITLES = {
    "sen.": "senate", "sen": "senate", "senator": "senate",
    "rep.": "house", "rep": "house", "representative": "house", "congressman": "house",
    "congresswoman": "house", "senate": "senate", "house": "house",
}  # fmt: skip


def _chambers(titles: Sequence[object]) -> list[str]:
    """Return the chamber a legislator's title or a committee's first word names, if one."""
    for title in titles:
        chamber = _CHAMBER_TITLES.get(str(title).split(" ")[-1].casefold())
        if chamber is not None:
            return [chamber]
    return []


# Social networks: speech "on X" or "on Telegram" is posted there, not made in a meeting.
_PLATFORMS = (
    "X", "Twitter", "Facebook", "Telegram", "Instagram", "TikTok", "Weibo", "YouTube",
    "Bluesky", "Threads",
)  # fmt: skip
# Words that set a meeting at another time than the speech around it.
_OTHER_TIME = frozenset({"after", "before", "following", "ahead", "since", "until", "prior"})


# Who attend a meeting as its public: "told the crowd", "told the audience".
_AUDIENCE_NOUNS = frozenset({"crowd", "audience"})


def _token_at(extractor: _Document, start: int) -> Token | None:
    """Return the token that starts at character ``start``, if one does."""
    index = bisect.bisect_left(extractor.token_starts, start)
    if index < len(extractor.token_starts) and extractor.token_starts[index] == start:
        return extractor.tokens[index]
    return None


def _before_the_story(trigger: Token) -> bool:
    """Whether a meeting is told in the past perfect: "she had met with residents".

    It happened before the story's time, so it is no scene for the speech after it.
    """
    verb = trigger if trigger.pos_ in ("VERB", "AUX") else trigger.head
    return verb.tag_ == "VBN" and any(
        child.dep_ == "aux" and child.lower_ in ("had", "'d") for child in verb.children
    )


def _earlier_than_cue(trigger: Token, cue: Token) -> bool:
    """Whether a meeting in the cue's sentence is told in the past perfect, as reported.

    "He said he had called Moreno to congratulate her and urged his supporters to ...": the
    call, told in the past perfect in what was said, came before the speech, which was not
    made in it. A meeting told in the sentence's own clause ("Biden had met Xi in Bali and
    told him ...") stays the scene of what was said with it, as does a cue in the same
    tense ("... he had called Moreno and had urged ...").
    """
    if not _before_the_story(trigger) or _before_the_story(cue):
        return False
    verb = trigger if trigger.pos_ in ("VERB", "AUX") else trigger.head
    return verb.dep_ == "ccomp" and verb.head.i != cue.i


def _setting(trigger: Token) -> bool:
    """Whether a trigger noun says where something was said: "during a meeting", "at talks".

    "in the meeting" does, but not a bare "in talks with": that is negotiating ("The
    company is in talks with regulators").
    """
    if trigger.dep_ != "pobj" or trigger.head.lower_ not in ("during", "at", "in"):
        return False
    return trigger.head.lower_ != "in" or any(
        child.dep_ in ("det", "poss") for child in trigger.children
    )


def _background(
    trigger: Token, cue: SpacySpan | None, verbs: Container[str], sentences: Sentences
) -> bool:
    """Whether the meeting triggered by ``trigger`` is background to speech at ``cue``.

    In the cue's sentence: going up from the trigger to the clause that also holds the cue,
    a relative clause ("Chow, who met Calandra last month, called on") or a word of another
    time ("after talks with Sissi, Cameron said") on the way makes it background. For
    speech in other sentences (``cue`` None), a relative clause does, a photo caption
    ("FILE - ...") does, the past perfect ("she had met with residents") does, and so does a
    word of another time unless it only dates a report of the meeting ("the White House
    said after the two leaders met": the meeting is still the story's scene). ``sentences``
    are the doc's.
    """
    if cue is None and (
        is_caption(sentences.of(trigger.i), sentences) or _before_the_story(trigger)
    ):
        return True
    if cue is not None and _later_clause(trigger, cue.root):
        return True
    if cue is not None and _earlier_than_cue(trigger, cue.root):
        return True
    if cue is not None:
        # "Milei, who once called Francis 'the representative of evil', later met him": the
        # speech, told in a relative clause, is background to the meeting
        node = cue.root
        while not (node.left_edge.i <= trigger.i <= node.right_edge.i):
            if node.dep_ == "relcl":
                return True
            if node.head.i == node.i:
                break
            node = node.head
    cue_at = cue.root.i if cue is not None else -1
    node = trigger
    children = doc_children(trigger.doc)  # a word's marks by index, without a ``Token`` each
    while not (cue is not None and node.left_edge.i <= cue_at <= node.right_edge.i):
        if node.dep_ == "relcl":
            return True
        if node.lower_ in _OTHER_TIME or any(
            children.lower[c] in _OTHER_TIME for c in children.with_dep(node.i, ("mark",))
        ):
            dated = node.head
            if cue is not None or dated.lemma_.casefold() not in verbs:
                return True
        if node.head.i == node.i:
            break
        node = node.head
    return False


def _fronted_time(sentence: SpacySpan) -> str | None:
    """Return the time that opens ``sentence`` before a comma, if any: "In 2015, she said".

    A date the model tagged, alone ("Last year,") or after a preposition ("On Thursday,"),
    returned without the preposition.
    """
    words = (t for t in sentence if not (t.is_space or t.is_quote))
    # The words are read as far as the time goes, not to the sentence's end.
    tokens = list(itertools.islice(words, 2))
    if not tokens:
        return None
    first = 1 if tokens[0].pos_ == "ADP" and len(tokens) > 1 else 0
    end = first
    while True:
        if end == len(tokens):
            following = next(words, None)
            if following is None:
                break  # the sentence ends inside the time
            tokens.append(following)
        if tokens[end].ent_type_ != "DATE":
            break
        end += 1
    if end == first or end >= len(tokens) or tokens[end].text != ",":
        return None
    return sentence.doc[tokens[first].i : tokens[end - 1].i + 1].text


def _cue_time(cue: Token) -> str | None:
    """Return the date the model tagged that the cue's verb has of its own, if any.

    "said last month", "said on Monday": the words of the date, without the preposition.
    """
    for child in cue.children:
        if child.dep_ == "prep" and child.lower_ in ("on", "in", "at", "during"):
            dated = [c for c in child.children if c.dep_ == "pobj" and c.ent_type_ == "DATE"]
        elif child.dep_ in ("npadvmod", "tmod") and child.ent_type_ == "DATE":
            dated = [child]
        else:
            continue
        for word in dated:
            words = [t for t in word.subtree if t.ent_type_ == "DATE"]
            if words:
                return word.doc[words[0].i : words[-1].i + 1].text
    return None


def _same_time(when: str) -> bool:
    """Whether a fronted time refers back to the time told: "On the same day", "That day"."""
    words = when.casefold().split()
    if any(word in LATER_WORDS or word in ("earlier", "next", "previous") for word in words):
        return False  # "Later that day": after it
    return "same" in words or (bool(words) and words[0] in ("that", "this"))


def _later_clause(trigger: Token, cue: Token) -> bool:
    """Whether the cue hangs on a verb joined after the trigger's with "later" or "then".

    "Biden spoke with Trump by phone and later addressed the nation, urging ...": the
    speech came after the call, not in it.
    """
    verb = trigger if trigger.pos_ in ("VERB", "AUX") else trigger.head
    node = cue
    while node.head.i != node.i and node.i != verb.i:
        if node.dep_ == "conj" and node.head.i == verb.i:
            return any(c.dep_ == "advmod" and c.lower_ in LATER_WORDS for c in node.children)
        node = node.head
    return False


def _setting_positions(extractor: _Document) -> list[int]:
    """Return where the text sets speech elsewhere or later.

    Elsewhere: "during a press conference", "told a news conference", "told reporters",
    "speaking to journalists", "said on X"; later: "after the talks", "following the meeting".
    """
    settings = extractor.lexicon.settings
    meeting_nouns, press_nouns = _meeting_words()
    positions: list[int] = []
    if not extractor.tokens:
        return positions
    # The vocabulary's own ids: "X" is one of spaCy's symbols, not the hash of its text.
    strings = extractor.tokens[0].vocab.strings
    platforms = frozenset(strings.add(form) for name in _PLATFORMS for form in (name, name.lower()))
    setting_ids = extractor.lexicon._setting_ids
    candidates = extractor._words_with(platforms | press_nouns | meeting_nouns | setting_ids)
    lemmas: list[int] = extractor.lemmas[candidates].tolist()
    for index, lemma in zip(candidates, lemmas, strict=True):
        if lemma in platforms:
            token = extractor.tokens[index]
            named = token.text[:1].isupper()  # "X", not the letter "x"
            if named and token.dep_ == "pobj" and token.head.lower_ == "on":
                positions.append(token.idx)  # "said on X", "wrote on Telegram"
            continue
        if lemma in press_nouns:
            token = extractor.tokens[index]
            told = token.dep_ in ("dobj", "dative") and token.head.lemma_ in ("tell", "brief")
            spoke = token.dep_ == "pobj" and token.head.lower_ == "to"
            if told or (spoke and token.head.head.lemma_ in ("speak", "talk")):
                positions.append(token.idx)
                continue
        if lemma in meeting_nouns:
            token = extractor.tokens[index]
            if token.dep_ == "pobj" and token.head.lower_ in ("after", "following"):
                positions.append(token.idx)
                continue
        if lemma not in setting_ids:
            continue
        token = extractor.tokens[index]
        at = token.dep_ == "pobj" and token.head.lower_ in ("during", "at", "in", "on", "via")
        if not (at or (token.dep_ == "dobj" and token.head.pos_ == "VERB")):
            continue
        words = [c.lemma_.lower() for c in token.lefts if c.dep_ == "compound"]
        words.append(token.lemma_.lower())
        if any(" ".join(words[k:]) in settings for k in range(len(words))):
            positions.append(token.idx)
    return positions


# Adverbs that set what was said at another time than a meeting told before: "Reagan had
# two years earlier called ...", "Gorbachev afterwards called Reykjavik a breakthrough" (not
# "later", which may go on telling the meeting: "Li initially expressed doubt ..., he later
# acknowledged").
_OTHER_TIMES = frozenset({"earlier", "afterwards", "afterward", "previously", "since"})


def _own_time(cue: Token) -> bool:
    """Whether a cue tells a time of its own, after or before a meeting told before it.

    "Gorbachev afterwards called Reykjavik ...", "Reagan had only two years earlier called
    the Soviet Union ..." (an adverb of another time, or the past perfect of a cue told
    after a meeting in the past).
    """
    words = [cue]
    if cue.dep_ == "conj" and cue.head.lower_ == "had" and cue.tag_ == "VBN":
        words.append(cue.head)  # "had two years earlier called", parsed with "had" the verb
    # the children from the doc's index (``Token.children`` walks the subtree each time)
    doc = cue.doc
    children = doc_children(doc)
    if any(
        doc[c].lower_ in _OTHER_TIMES for w in words for c in children.with_dep(w.i, ("advmod",))
    ):
        return True
    return cue.tag_ == "VBN" and (
        len(words) > 1 or any(doc[c].lower_ == "had" for c in children.with_dep(cue.i, ("aux",)))
    )


def _usable_meeting(meeting: Any) -> bool:
    return (
        isinstance(meeting, dict)
        and isinstance(meeting.get("id"), str)
        and isinstance((meeting.get("trigger") or {}).get("start"), int)
    )


def _takes_part(meeting: Mapping[str, Any], speaker: str | None) -> bool:
    if speaker is None:
        return True
    return speaker in (meeting.get("participants") or ()) or speaker == meeting.get("host")


def _occurred(meeting: Mapping[str, Any]) -> bool:
    return meeting.get("status") in (None, "occurred", "ongoing")


def _topics_in(doc: Doc, content: Sequence[tuple[int, int]]) -> tuple[str, ...]:
    found: list[str] = []
    for topic in doc._.get(DOC_TOPICS) or []:
        for mention in topic.get("mentions", []):
            # a plain loop: a generator for each of the doc's mentions costs more
            first, last = mention["start"], mention["end"]
            for start, end in content:
                if start <= first and last <= end:
                    break
            else:
                continue
            found.append(topic["id"])
            break
    return tuple(found)
