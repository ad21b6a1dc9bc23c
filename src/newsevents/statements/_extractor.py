"""The pass over one document that finds the statements, as drafts.

``_Extractor`` combines the steps: it finds the cues in one pass over the words (verbs and
verb phrases, nouns, prepositions), attaches the direct quotations, gives content to cues set
inside what they report, resolves "according to", gives "the company said" the organisation
that spoke last, cuts inner asides out of other statements' content, drops a statement
reported inside the same speaker's ("Kerry said he hoped ..."), and keeps a third party's
words reported inside an attributed quotation ('"The guards told us to leave," the farmer said').
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Container, Mapping
from functools import cache, cached_property

from spacy.tokens import Token

from newsevents._names import name_head
from newsevents._syntax import SUBJECT_DEPS, doc_children
from newsevents._words import SUBJECT_PRONOUNS
from newsevents.countries import CountryIndex, country_code
from newsevents.lexicons import load_lexicon
from newsevents.model import SpeechAct
from newsevents.paragraphs import is_headline
from newsevents.statements._cues import _Cues
from newsevents.statements._document import _Draft, _subtree_range
from newsevents.statements._interviews import _Interviews
from newsevents.statements._links import _JOINING_WORDS
from newsevents.statements._plurals import _Plurals, _speaking_nouns
from newsevents.statements._quotes_direct import _Quotations
from newsevents.statements._speakers import (
    _institution_words,
    _kinship_nouns,
    _organization_nouns,
    _people_nouns,
    _speaker_words,
    age_description,
)

# Verbs that report a third party's words inside a quotation: people speak through them
# ("they told us"), while "confirmed", "showed" or "suggested" often have things as subject
# ('"The floods confirmed our worst fears," the mayor said').
_SPEAKING = frozenset(
    {"say", "tell", "ask", "claim", "insist", "warn", "promise", "pledge", "vow", "urge"}
    | {"call", "announce", "deny", "complain", "admit", "argue", "reply", "threaten"}
    | {"accuse", "demand", "assure", "allege", "plead", "declare", "swear"}
)
# Verbs by which a body puts out a document that then speaks: "issued a statement. It said".
_AUTHORING_VERBS = frozenset({"issue", "release", "publish", "post", "put"})
# Words for a business: "the company" is no public body, and in a story about one company it
# is that company, not another one named once in passing.
_BUSINESS_WORDS = frozenset({"company", "firm", "corporation"})
# Words in the name of a public body, which is no company: "the Federal Trade Commission".
_PUBLIC_BODIES = frozenset(
    {"commission", "ministry", "department", "government", "court", "council", "parliament"}
    | {"senate", "congress", "police", "administration", "authority", "regulator", "tribunal"}
    | {"agency", "bureau", "cabinet", "embassy", "assembly", "office", "committee"}
)
# How many sentences back "said the father" looks for the person who spoke last.
_EPITHET_WINDOW = 4
# Marks that end a sentence or a line of text that is no heading.
_END_MARKS = frozenset(".!?:;,\"”’'…)-–—")
# A heading is a line of at most this many characters, Title Case or this many words.
_HEADING_LENGTH = 60
_HEADING_WORDS = 5
# A joining word left at the end of content once what it joined was cut away.
_DANGLING_JOINT = re.compile(r"[\s,;]+(?:and|but|or)$")
# A wire's label before a headline: "Exclusive: ...", "UPDATE 2-...", "ANALYSIS-...".
_HEADLINE_LABEL = re.compile(
    r"(?i:exclusive|analysis|breaking|explainer|factbox|insight|wrapup|refile|corrected"
    r"|update(?:\s+\d+)?|breakingviews|focus|timeline|q\+a|fact\s+check)"
    r"\s*(?::\s*|-(?=\S)|\s+-\s+)"
)
# The writer's caveat after what was said: ", without providing evidence", and the writer's
# word for the statement itself, told with what others made of it: ", a pledge the
# opposition dismissed as ...", ", a claim rebels denied".
_CAVEAT = re.compile(
    r",\s+(?:without\s+(?:providing|giving|offering|citing|presenting|producing|elaborating"
    r"|specifying|explaining|saying)\b[^,;:.!?\"“”]*"
    r"|(?:a|an)\s+(?:claim|pledge|promise|assertion|accusation|allegation|charge|remark"
    r"|comment|statement|view|position|move|stance|assessment|warning|threat|demand"
    r"|call|proposal|suggestion)\s+(?:that\s+|which\s+)?(?:the\s+)?\w+\s+\w+.*)$"
)
_GAP = re.compile(r"[.!?\"”’](?: {2,}|\t)")
# Cues that may draw a conclusion from a fact as well as report words.
_INFERENCE = frozenset({
    "suggest", "indicate", "signal", "show", "imply", "reveal", "highlight", "underline",
    "underscore", "illustrate", "demonstrate",
})  # fmt: skip
# Pronouns of the quoted speaker and the listener: "I said", "as you say" make no statement.
_OWN_WORDS = frozenset({"i", "we", "you", "me", "us", "one", "myself", "ourselves", "yourself"})


@cache
def _person_verbs() -> frozenset[str]:
    """Verbs only a person does, of the shipped ``titles`` lexicon ("resign", "smile")."""
    return frozenset(word.lower() for word in load_lexicon("titles").get("person_verbs", []))


@cache
def _role_nouns() -> frozenset[str]:
    """Nouns for a person by role that refer back: "the official", "the veteran politician".

    The ``person_nouns`` of the shipped ``titles`` lexicon and a few roles of public life,
    without family words (see :func:`_kinship_nouns`) and words for anyone at all ("the
    man", "the source").
    """
    words = {word.lower() for word in load_lexicon("titles").get("person_nouns", [])}
    return frozenset((words | _PUBLIC_ROLES) - _kinship_nouns() - _ANYONE)


@cache
def _title_nouns() -> frozenset[str]:
    """Titles of one word of the shipped ``titles`` lexicon ("detective", "senator")."""
    titles = load_lexicon("titles").get("titles", [])
    return frozenset(word.lower() for word in titles if " " not in word) - _kinship_nouns()


# How many sentences back the statement may be whose speaker "The striker added" is.
_LAST_SPEAKER_WINDOW = 3

_PUBLIC_ROLES = frozenset(
    {"politician", "leader", "lawmaker", "legislator", "envoy", "negotiator", "candidate"}
)
_ANYONE = frozenset(
    {"man", "woman", "boy", "girl", "person", "individual", "source", "insider", "local"}
)
# Words that may open a participle cue after a comma ("..., before adding", "while
# noting"): subordinators, not the prepositions of time of the other components.
_PARTICIPLE_OPENERS = frozenset({"before", "after", "while"})
# Adjectives that only place a time ("the last night", "a previous week"), where others say
# what it was like ("described a terrifying night").
_TIME_ADJECTIVES = frozenset({
    "last", "next", "previous", "past", "recent", "early", "late", "same", "following",
    "coming", "first", "final", "whole", "entire", "current", "other", "single", "few",
})  # fmt: skip
# How many sentences back "the company said" looks for the organisation that spoke last.
_DESCRIPTION_WINDOW = 3
# Words of public bodies that may describe a body of any name: "the agency" is the World
# Health Organization's too, where "the ministry" is a body named so.
_ANY_BODY_WORDS = frozenset({"agency"})
# Nouns by which sports news describes a club in its competition: "the champions said".
_TEAM_WORDS = frozenset({
    "champions", "holders", "hosts", "visitors", "side", "team", "outfit", "club",
})  # fmt: skip
# Modals that shift a reported clause back from the time of a cue in the past; a verb in
# the past tense joined to the clause cannot share them ("would resign and left").
_BACKSHIFT = frozenset({"would", "could", "might", "should"})
# Modals that make a cue inside someone's words a statement yet to come.
_MODALS = frozenset({"will", "would", "could", "might", "may", "shall", "should", "must", "can"})
_FEMININE = frozenset({"she", "her", "hers", "herself"})
_MASCULINE = frozenset({"he", "him", "his", "himself"})
# Subjects of a reported clause that may do what a person does.
_PERSONAL = SUBJECT_PRONOUNS | {"who"}
# Who a quoted speaker asks to believe another's account: "asks us to believe ...".
_LISTENERS = frozenset({"us", "you", "me"})
_BELIEVING = frozenset({"believe", "accept", "think", "trust", "imagine", "buy"})


# Words for any kind of body: a name holding one ("International Organization for
# Migration") says nothing of which body "the organization" is.


class _Extractor(_Cues, _Quotations, _Plurals, _Interviews):
    """One pass over one document."""

    def run(self) -> list[_Draft]:
        according: list[tuple[Token, Token | None, SpeechAct]] = []
        nested: list[_Draft] = []
        for index in self._words_with(self.lexicon._lemma_ids, self.lexicon._lower_ids):
            token = self.tokens[index]
            if self.quote_of[index] >= 0:
                inner = self._nested_cue(token)
                if inner is not None:
                    nested.append(inner)
                continue
            draft: _Draft | None = None
            if token.lemma_.lower() in self.lexicon.asides:
                draft = self._aside_cue(token)
            elif (
                token.pos_ == "VERB"
                or token.tag_.startswith("VB")
                # "Red Cross appeals for funds": a headline's verb read as a noun
                or self.headline_subject(token) is not None
                # '"...," the post read': "post read" read as one noun
                or self.document_read_subject(token) is not None
            ):
                draft = self._verb_cue(token)
            if draft is None and token.pos_ in ("NOUN", "PROPN") and not self._in_cue(index):
                # not the noun of a phrase cue already read ("sent a message that ...")
                draft = self._noun_cue(token)
            if draft is not None:
                self.drafts[draft.head] = draft
                continue
            act = self._preposition_cue(token)
            if act is not None:
                according.append((token, self._preposition_object(token), act))
        self._attach_quotes()
        inverted = []
        for draft in list(self.drafts.values()):
            if not draft.content and draft.takes_clause:
                spans = self._inverted_content(self.tokens[draft.head], draft.speaker)
                draft.content = [self._chars(span) for span in spans if self._says_something(*span)]
                if draft.content:
                    inverted.append(draft)
        self._float_again(inverted)
        self._carry_past_colons()
        self._headline_by_name()
        for token, reporter, act in according:
            self._according(token, reporter, act)
        found = [
            draft
            for draft in self.drafts.values()
            if draft.content
            and not self._in_heading(draft)
            and not self._only_when(draft)
            and not self._only_where(draft)
            and not self._inference_of_a_thing(draft)
            and not self._purpose_of_a_thing(draft)
            and not self._reason_for_anonymity(draft)
            and not self._asked_whether(draft)
            and not self._yes_no_question(draft)
        ]
        found = self._outlets(found)
        self._resolve_it(found)
        self._resolve_they(found)
        self._resolve_pairs(found)
        self._resolve_epithets(found)
        self._resolve_descriptions(found)
        self._resolve_given_roles(found)
        self._resolve_roles(found)
        self._resolve_ages(found)
        self._resolve_roles_by_last_speaker(found)
        self._resolve_pronouns_by_last_speaker(found)
        self._cited_sources(found)
        self._cut_asides(found)
        self._cut_relative_asides(found)
        self._cut_participles(found)
        self._cut_coordinated_cues(found)
        self._cut_speaker_acts(found)
        self._second_that_clauses(found)
        found = self._without_planned(found)
        found = self._without_raising(found)
        self._reported_in_statements(found)
        found.extend(self._reported_in_quotations(nested, found))
        answers = self._interview_answers()
        said = [span for answer in answers for span in answer.content]
        # "Rebelo: ... I have asked the government to ...": the one who answers asks
        found = [
            draft
            for draft in found
            if draft.speaker is None
            or draft.speaker.lower_ not in _OWN_WORDS
            or not any(start <= draft.speaker.idx < end for start, end in said)
        ]
        found.extend(answers)
        for draft in found:
            if draft.act is SpeechAct.ASSERT and draft.head >= 0:
                draft.act = self._evaluation(draft) or self._directive(draft) or draft.act
            self._find_principal(draft)
        self._shared_principals(sorted(found, key=lambda d: d.cue))
        for draft in found:
            # "would offer a plan next week but [declined ...]": no joint left dangling
            draft.content = [
                span
                for start, end in draft.content
                if (
                    span := (self._after_label(start, end), self._before_dangling_joint(start, end))
                )[1]
                > span[0]
            ]
        return sorted(self._without_repeats(found), key=lambda d: d.cue)

    def _headline_by_name(self) -> None:
        """Attribute a headline that ends in a person's name after a colon to that person.

        "Centre to bring new policy on drone imports soon: Scindia", as Indian wires write
        it: the story's first line, a paragraph of its own, with a verb before the colon and
        after it only a name (at most four words) the actors know as a person; the colon is
        the cue, the clause before it what was said. ("Scindia: Centre to bring ..." is the
        name before a colon.) So does a headline that ends in people a common noun names
        ("US chip curbs will only accelerate China's self-reliance: experts").
        """
        text = self.text
        end = text.find("\n")
        if end < 0 or not self._story_headline(0, end):
            return
        line = text[:end]
        colon_at = line.rfind(":")
        if colon_at < 0 or not line[:colon_at].strip() or line.rstrip()[-1:] in _END_MARKS:
            return
        colon = self._token_at(colon_at)
        if colon >= len(self.tokens) or self.tokens[colon].text != ":":
            return
        names = [t for t in self.tokens[colon + 1 :] if t.idx < end and not t.is_space]
        before = [t for t in self.tokens[:colon] if not (t.is_space or t.is_punct)]
        if not names or len(names) > 4 or not before or colon in self.drafts:
            return
        head = names[-1]
        actor = self.actor(head)
        # or people a common noun names, as wires write it: "...: experts", "...: officials"
        people = (
            head.pos_ == "NOUN"
            and head.lemma_.lower() in _people_nouns()
            and all(t.pos_ in ("ADJ", "NOUN", "PROPN", "DET") for t in names)
        )
        if not people and (actor is None or self.actor_kinds.get(actor) != "person"):
            return
        if not any(t.pos_ in ("VERB", "AUX") or t.tag_.startswith("VB") for t in before):
            return  # "Floods: Scindia", a topic, not what was said
        if any(draft.content and draft.head < colon for draft in self.drafts.values()):
            return  # the headline's own cue says who speaks ("Rubio says ...: analysis")
        draft = _Draft(cue=(colon, colon + 1), act=SpeechAct.ASSERT)
        draft.speaker = head
        draft.mention = (names[0].i, head.i + 1)
        draft.content = [self._chars((before[0].i, colon))]
        draft.label = True
        self.drafts[colon] = draft

    def _after_label(self, start: int, end: int) -> int:
        """Return where content ``[start, end)`` starts after a wire's headline label.

        "Exclusive: Halvorsen explores sale of tanker unit, sources say": the label at the
        start of a line is the outlet's, not what the sources say.
        """
        if start > 0 and self.text[start - 1] != "\n":
            return start
        label = _HEADLINE_LABEL.match(self.text, start, end)
        return label.end() if label is not None else start

    def _before_dangling_joint(self, start: int, end: int) -> int:
        """Return where content ``[start, end)`` ends without a trailing "and", "but", "or".

        Nor with the writer's caveat: "blamed rebel artillery, without providing evidence".
        """
        caveat = _CAVEAT.search(self.text, start, end)
        if caveat is not None and caveat.end() == end and caveat.start() > start:
            end = caveat.start()
        match = _DANGLING_JOINT.search(self.text, start, end)
        return match.start() if match is not None and match.end() == end else end

    def _inference_of_a_thing(self, draft: _Draft) -> bool:
        """Whether a cue of inference has a thing for subject: "Sales rose, suggesting ...".

        "Evidence suggests", "prices rose sharply, indicating": no one said anything. A
        person, a group, an organisation, a document ("the report suggests") or a
        pronoun still speaks.
        """
        if draft.head < 0 or draft.speaker is None or draft.document:
            return False
        if self._lemma(self.tokens[draft.head]) not in _INFERENCE:
            return False
        subject = draft.speaker
        if subject.lower_ in ("it", "this", "that") and self.actor(subject) is None:
            # "Natarajan said the vote was notable, adding that it suggested ...": a thing
            # someone else speaks of
            cue = self.tokens[draft.head].idx
            return any(
                other is not draft and any(a <= cue < b for a, b in other.content)
                for other in self.drafts.values()
            )
        return self._thing(subject)

    def _thing(self, noun: Token) -> bool:
        """Whether a noun names a thing that cannot speak: no actor, no word of speakers."""
        return noun.pos_ == "NOUN" and self.actor(noun) is None and not self._speaking_word(noun)

    def _purpose_of_a_thing(self, draft: _Draft) -> bool:
        """Whether the cue is an infinitive whose subject, taken from above, is a thing.

        "More tests are needed to confirm the results", "trials ... to rule out other
        explanations": what the tests are for, no one's words.
        """
        if draft.head < 0 or draft.speaker is None or draft.document:
            return False
        cue = self.tokens[draft.head]
        subject = draft.speaker
        return (
            any(c.dep_ == "aux" and c.lower_ == "to" for c in self._children(cue))
            and subject.head.i != cue.i
            and self._thing(subject)
        )

    def _reason_for_anonymity(self, draft: _Draft) -> bool:
        """Whether the cue only says why a source was not named, with a thing for content.

        "Both spoke on condition of anonymity to describe private conversations": an
        infinitive after the anonymity a source asked for, whose content is the object
        alone, names what the source spoke of, not what was said ("... to describe how
        the deal was struck" still says something).
        """
        if draft.head < 0 or len(draft.content) != 1:
            return False
        cue = self.tokens[draft.head]
        if not any(c.dep_ == "aux" and c.lower_ == "to" for c in self._children(cue)):
            return False
        obj = next((c for c in self._children(cue) if c.dep_ == "dobj"), None)
        if obj is None or draft.content[0] != self._chars(_subtree_range(obj)):
            return False
        head = cue.head
        return any(t.lemma_.lower() == "anonymity" for t in head.subtree if t.i < cue.i)

    def _asked_whether(self, draft: _Draft) -> bool:
        """Whether the cue is what someone was asked: "Asked whether she had spoken to X"."""
        if draft.head < 0:
            return False
        verb = self.tokens[draft.head]
        return any(
            child.dep_ == "mark" and child.lower_ in ("whether", "if")
            for child in self._children(verb)
        ) and self._lemma(verb.head) in ("ask", "question", "wonder")

    def _yes_no_question(self, draft: _Draft) -> bool:
        """Whether the cue is what a question asks about: "Will the minister tell us how?".

        A cue whose clause opens with its auxiliary before its subject and whose sentence
        ends in a question mark only asks whether something is or will be said; a question
        of why or when ("Why did the minister promise ...?") takes the saying as given.
        """
        if draft.head < 0:
            return False
        verb = self.tokens[draft.head]
        subjects = [c for c in self._children(verb) if c.dep_ in SUBJECT_DEPS]
        auxiliaries = [c for c in self._children(verb) if c.dep_ in ("aux", "auxpass")]
        if not subjects or not auxiliaries or auxiliaries[0].i > subjects[0].i:
            return False
        opening = verb.left_edge.i
        if any(
            not (t.is_punct or t.is_quote or t.dep_ == "cc")
            for t in self.tokens[opening : auxiliaries[0].i]
        ):
            return False
        # the mark that ends the clause, within its quotation or sentence
        for end in (verb.right_edge.i, verb.sent.end - 1):
            while end > verb.i and (self.tokens[end].is_quote or self.tokens[end].text == "''"):
                end -= 1
            if self.tokens[end].text == "?":
                return True
        return False

    def _in_cue(self, index: int) -> bool:
        """Whether token ``index`` is inside the cue of a statement found before it."""
        return any(d.cue[0] < index < d.cue[1] for d in self.drafts.values())

    def _only_where(self, draft: _Draft) -> bool:
        """Whether all the content says is where: "made the remarks at a press briefing".

        One phrase of a preposition whose object is a setting of the cue lexicon.
        """
        if len(draft.content) != 1:
            return False
        start, end = draft.content[0]
        first = self._token_at(start)
        last = bisect.bisect_right(self.token_starts, end - 1)
        tokens = self.tokens[first:last]
        if not tokens or tokens[0].pos_ != "ADP" or tokens[0].lower_ not in ("at", "in", "during"):
            return False
        head = next((c for c in self._children(tokens[0]) if c.dep_ == "pobj"), None)
        if head is None or head.i >= last or tokens[-1].i != head.right_edge.i:
            return False
        words = " ".join(t.lower_ for t in tokens[1 : head.i - first + 1])
        return any(words.endswith(setting) for setting in self.lexicon.settings)

    def _only_when(self, draft: _Draft) -> bool:
        """Whether all the content says is when: "issued a statement on Monday".

        Words in quotation marks are said, whatever they say: '"Three years," Begum said'.
        """
        if draft.from_quotes:
            return False
        for start, end in draft.content:
            last = bisect.bisect_right(self.token_starts, end - 1)
            for token in self.tokens[self._token_at(start) : last]:
                if (
                    token.dep_ == "amod"
                    and token.pos_ == "ADJ"
                    and token.lower_ not in _TIME_ADJECTIVES
                    and token.head.dep_ == "dobj"
                    and token.head.head.i == draft.head
                ):
                    return False  # "described a terrifying night": what it was like
                if token.is_punct or token.is_space or token.ent_type_ in ("DATE", "TIME"):
                    continue
                if token.pos_ == "ADP" and token.head.ent_type_ in ("DATE", "TIME"):
                    continue
                if token.pos_ == "ADP" and any(
                    c.ent_type_ in ("DATE", "TIME") for c in self._children(token)
                ):
                    continue
                return False
        return True

    def _in_heading(self, draft: _Draft) -> bool:
        """Whether the cue lies in a heading line with no verb that someone says it with.

        A short line without an end mark ("Calls for calm", "Alleged Fraud Leaves Voters
        Angry") heads a section; only a verb in the present with a subject ("Mayor Says Roads Will
        Reopen") makes a statement in one.
        """
        if draft.head < 0 or draft.label:
            return False
        cue = self.tokens[draft.head]
        if draft.speaker is not None and (
            cue.tag_ in ("VBZ", "VBP") or self.headline_subject(cue) is not None
        ):
            return False
        text = self.text
        start = text.rfind("\n", 0, cue.idx) + 1
        # A heading may follow the end of a paragraph after two spaces, on the same line.
        for gap in _GAP.finditer(text, start, cue.idx):
            start = gap.end()
        end = text.find("\n", cue.idx)
        if end < 0:
            return False
        line = text[start:end].strip()
        following = text[end:].lstrip()
        if not line or line[-1] in _END_MARKS or len(line) > _HEADING_LENGTH:
            return False
        if following and not (following[0].isupper() or following[0] in "\"“'‘"):
            return False
        return (
            is_headline(line, min_words=2)
            or len(line.split()) <= _HEADING_WORDS
            or self._story_headline(start, end)
        )

    def _story_headline(self, start: int, end: int) -> bool:
        """Whether the line ``[start, end)`` is the story's headline, a paragraph alone.

        In sentence case too, where :func:`is_headline` wants Title Case.

        "Merz rejects calls for new debt for pension reform" above the story, not the first
        line of a paragraph wrapped by hand, nor a line of a list further down.
        """
        text = self.text
        mark = "\n\n" if self.blank_lines else "\n"
        return not text[:start].strip() and text[end:].lstrip(" \t").startswith(mark)

    def _resolve_it(self, drafts: list[_Draft]) -> None:
        """Give an unresolved "it" the speaker of the statement before, if not a person.

        In "The ministry said ... It added that ...", "it" is the ministry; after "The report
        said ...", it is the report, which speaks for its author or for nobody.
        """
        # "Moody's said leverage would remain high, a level the agency said was weak. It
        # affirmed ...": a statement inside another's words is not the one "it" goes on from
        said = [(a, b) for other in drafts for a, b in other.content]

        def within(draft: _Draft) -> bool:
            start = self.tokens[draft.head].idx
            return any(a <= start < b for a, b in said)

        previous: _Draft | None = None
        for draft in sorted(drafts, key=lambda d: d.cue):
            speaker = draft.speaker
            unresolved_it = (
                speaker is not None
                and speaker.lower_ == "it"
                and speaker.dep_ == "nsubj"
                and self.actor(speaker) is None
                and not self._touches_quote(speaker)
            )
            own = self._own_subject(speaker) if unresolved_it and speaker is not None else None
            if own is not None:
                # "Russia is holding a drill in what it calls ...": its own sentence's subject
                draft.actor_id = own
            elif unresolved_it and previous is not None and self._close(previous, draft):
                if previous.document:
                    draft.document, draft.author = True, previous.author
                    draft.mention = previous.mention
                else:
                    actor = self.speaker_actor(previous)
                    if actor is not None and self.actor_kinds.get(actor) not in (None, "person"):
                        draft.actor_id = actor
            elif unresolved_it and speaker is not None:
                issued = self._document_issued_before(speaker)
                if issued is not None:
                    # "Chalmers' office issued a statement. It said ...": the statement
                    # speaks, for whom its author does; one read out on someone's behalf
                    # is theirs ("A spokeswoman read a statement on her behalf. It said")
                    draft.document = True
                    draft.author = self._author(issued) or _read_on_behalf_of(issued)
                else:
                    draft.actor_id = self._organization_before(speaker)
            if draft.speaker is not None and not draft.nested and not within(draft):
                previous = draft

    def _resolve_epithets(self, drafts: list[_Draft]) -> None:
        """Give "said the young father of two" the person who spoke just before.

        A definite family word ("the father", "the widow"; not "his father") that names a
        speaker no actor covers refers to the person whose statement came last, within a
        few sentences: news writes 'José said ... . "...," said the father of two'.
        """

        def near(previous: _Draft, draft: _Draft) -> bool:
            return self._sentences_between(previous, draft) <= _EPITHET_WINDOW

        self._refer_back(drafts, _kinship_nouns(), "person", near, bare=False)

    def _resolve_descriptions(self, drafts: list[_Draft]) -> None:
        """Give "the company said" or "the iPhone maker said" the organisation that spoke last.

        News names an organisation once, then describes it: "Apple said ... The iPhone
        maker said ...", "Hezbollah said ... The group said ...". A definite description
        with an organisation's head noun, that no actor covers, refers to the organisation
        whose statement came last, a few sentences back at most.
        """

        def near(previous: _Draft, draft: _Draft) -> bool:
            return self._sentences_back(previous, draft) <= _DESCRIPTION_WINDOW

        self._resolve_teams(drafts)
        self._refer_back(drafts, _organization_nouns(), "organization", near, bare=True)
        nouns = _organization_nouns()
        ordered = sorted(drafts, key=lambda d: d.cue)
        for draft in drafts:
            speaker = self._described(draft, nouns)
            if (
                speaker is None
                or (speaker.dep_ != "nsubj" and not draft.document)
                or not self._plainly_described(speaker, nations=True)
            ):
                continue
            # "Meridian Foods cut its forecast. The company said ...": no organisation spoke
            # before, but the one the sentence before was about is the company; not an
            # institution ("The White House issued rules. The company said")
            institution = speaker.lower_ in _institution_words()
            actor = (
                self._organization_named_by(speaker)
                if institution or speaker.lower_ not in nouns
                else None
            )
            # "the council says": a council, court or ministry is named by its word; but "the
            # agency" may be a body of any name, failing one named so
            if (
                actor is None
                and speaker.lower_ in nouns
                and (not institution or speaker.lower_ in _ANY_BODY_WORDS)
            ):
                actor = next(
                    (
                        key
                        for key in (
                            self._subject_of_sentence_before(
                                speaker, "organization", same_paragraph=True
                            ),
                            self._subject_reported_before(speaker, "organization"),
                            self._organization_named_by(speaker),
                            self._organization_said_before(draft, ordered),
                            self._only_organization_before(speaker),
                        )
                        # "Acme sold the data, Reuters reported. ..., the company said":
                        # an outlet that only reports is not what "the company" means
                        if key is not None and not self._only_reports(key, speaker)
                    ),
                    None,
                )
            if actor is None or self._introduced_otherwise(speaker, actor):
                continue
            if not self._nation_fits(speaker, actor):
                continue  # "Siemens ... The French group said": another company
            words = set(str(self.actor_records[actor].get("name", "")).lower().split())
            # an institution describes itself by a word of its name ("The Marine Licensing
            # Authority ... the authority said"), by no other noun
            if speaker.lower_ in words or not words & _institution_words():
                draft.actor_id = actor
        self._resolve_described_before(drafts)

    def _resolve_teams(self, drafts: list[_Draft]) -> None:
        """Give "Celtic have signed Lund, the Scottish champions said" the club it names.

        Sports news describes a club by what it is in its competition, often in the plural:
        "the champions", "the holders", "the hosts". Such a definite description, with only
        words that say what kind it is before its noun, that speaks a clause whose subject
        is an organisation, is that organisation describing itself.
        """
        for draft in drafts:
            speaker = draft.speaker
            if (
                speaker is None
                or draft.document
                or draft.actor_id is not None
                or speaker.dep_ != "nsubj"
                or speaker.lower_ not in _TEAM_WORDS
                or self.actor(speaker) is not None
            ):
                continue
            children = list(self._children(speaker))
            if not children or children[0].lower_ != "the":
                continue
            if not all(
                c.i < speaker.i and c.dep_ in ("amod", "compound") and c.ent_type_ != "PERSON"
                for c in children[1:]
            ):
                continue
            actor = self._subject_reported_before(speaker, "organization")
            subject = (
                self._reported_clause_subject(speaker.head, before=speaker.i)
                if actor is None
                else None
            )
            if subject is not None and self.actor(subject) is None:
                # "GLASGOW, Aug 28 - Celtic have signed ...": the club's name the model
                # left untagged after the dateline, an actor elsewhere in the text
                actor = self._country_named(subject, "organization")
            if actor is not None:
                draft.actor_id = actor

    def _organization_said_before(self, draft: _Draft, ordered: list[_Draft]) -> str | None:
        """Return the organisation the statement right before ``draft`` spoke or spoke of.

        "Celtic have signed Lund, a spokesman said. // The striker has signed a five-year
        contract, the club said": the statement in the sentence before, across a paragraph
        break too (news paragraphs are often one sentence), is the organisation's when an
        organisation speaks it, else, when no actor speaks it, it is about the organisation
        that is the subject of what it reports.
        """
        index = next((i for i, d in enumerate(ordered) if d is draft), 0)
        previous = next(
            (d for d in reversed(ordered[:index]) if d.speaker is not None and not d.nested), None
        )
        if previous is None or self._sentences_back(previous, draft) > 1:
            return None
        actor = self.speaker_actor(previous)
        if actor is not None:
            return actor if self.actor_kinds.get(actor) == "organization" else None
        subject = self._reported_clause_subject(self.tokens[previous.head])
        found = self.actor(subject) if subject is not None else None
        if found is None or self.actor_kinds.get(found) != "organization":
            return None
        return found

    def _resolve_described_before(self, drafts: list[_Draft]) -> None:
        """Give "the refugee agency said" the one organisation the text described so.

        "UNHCR, the UN refugee agency, opened a camp ... . The refugee agency said": a
        definite description no actor covers, whose words end with all the words of a
        description an organisation was given before it (a title of its actor, or the
        phrase that named it as a speaker: "The UN refugee agency (UNHCR) said ... . The UN
        refugee agency said"), is that organisation, when only one fits. A shorter one
        ("the agency") is left to the organisation that spoke last.
        """
        described: list[tuple[int, tuple[str, ...], str]] = []
        for key, record in self.actor_records.items():
            if record.get("kind") != "organization":
                continue
            mentions = record.get("mentions")
            starts = [
                m["start"]
                for m in (mentions if isinstance(mentions, list) else ())
                if isinstance(m, Mapping) and isinstance(m.get("start"), int)
            ]
            titles = record.get("titles")
            for title in titles if isinstance(titles, list) and starts else ():
                words = tuple(str(title).lower().split())
                if len(words) > 1:
                    described.append((min(starts), words, key))
        for draft in drafts:
            actor = self.speaker_actor(draft)
            speaker = draft.speaker
            if (
                actor is not None
                and speaker is not None
                and self.actor(speaker) is None
                and self.actor_kinds.get(actor) == "organization"
                and speaker.pos_ == "NOUN"
            ):
                words = self._description_words(speaker)
                if len(words) > 1:
                    described.append((speaker.idx, words, actor))
        for draft in drafts:
            speaker = draft.speaker
            if (
                speaker is None
                or draft.document
                or self.speaker_actor(draft) is not None
                or not self._singular_noun(speaker)
                or speaker.lower_ not in _speaker_words()
                or not self._plainly_described(speaker, names=True)
            ):
                continue
            words = self._description_words(speaker)
            fits = {
                key
                for start, given, key in described
                if start < speaker.idx
                and len(given) <= len(words)
                and words[-len(given) :] == given
            }
            if len(fits) == 1:
                draft.actor_id = fits.pop()

    def _description_words(self, noun: Token) -> tuple[str, ...]:
        """Return the words of "the UN refugee agency" from its noun back, without "the"."""
        start = noun.i
        while start > 0 and self.tokens[start - 1].head.i == noun.i:
            word = self.tokens[start - 1]
            if word.dep_ not in ("compound", "amod", "nmod"):
                break
            start -= 1
        return tuple(t.lower_ for t in self.tokens[start : noun.i + 1])

    def _introduced_otherwise(self, noun: Token, actor: str) -> bool:
        """Whether the text brought in another body by ``noun`` before, not ``actor``.

        "Drivers at Northern Rail will walk out after members of the ASLEF union voted ... .
        The union said": a phrase before with the same noun, named ("the ASLEF union") or
        new ("a union"), that no actor covers and that is not ``actor`` or said of it, is
        what the union is, though no actor stands for it.
        """
        for token in self.tokens[: noun.i]:
            if token.lower_ != noun.lower_ or self.actor(token):
                continue
            lefts = list(token.lefts)
            if not any(
                (c.dep_ == "compound" and c.pos_ == "PROPN") or c.lower_ in ("a", "an")
                for c in lefts
            ):
                continue
            if any(self.actor(t) == actor for t in token.subtree):
                continue
            if token.dep_ in ("appos", "attr") and self.actor(token.head) == actor:
                continue
            return True
        return False

    def _only_reports(self, key: str, noun: Token) -> bool:
        """Whether the organisation ``key`` is the press, which "the company" does not mean.

        A news organisation by its name ("Reuters", "Bloomberg News"), or one the text
        shows reporting what another organisation did ("Palantir built the tool, The
        Intercept reported"), unless ``noun`` is a word for one ("the agency", "the
        newspaper").
        """
        if noun.lower_ in self.lexicon.outlet_words or noun.lower_ == "agency":
            return False
        record = self.actor_records.get(key, {})
        name = record.get("name")
        if self._press_actor(key) or (
            isinstance(name, str) and name.lower() in self.lexicon.outlet_names
        ):
            return True
        return self._reports_another(key, noun.i)

    @cached_property
    def _report_subjects(self) -> list[Token]:
        """The subject of every "report" of the doc, in text order, found once per doc."""
        # The subjects picked in the doc's index of dependencies, not word by word.
        deps, tokens = doc_children(self.doc).deps, self.tokens
        return [
            tokens[i]
            for i, dep in enumerate(deps)
            if dep == "nsubj" and tokens[i].head.lemma_.lower() == "report"
        ]

    def _reports_another(self, key: str, before: int) -> bool:
        """Whether the text before token ``before`` shows organisation ``key`` reporting.

        "Palantir built the tool, The Intercept reported": the subject of "report" whose
        reported clause has another organisation for its subject is the press there; so
        is one whose clause has a company described by its noun, no actor of its own ("The
        company built the tool, The Intercept reported").
        """
        for token in self._report_subjects:
            if token.i >= before:
                break
            if self.actor(token) != key:
                continue
            for clause in self._children(token.head):
                subject = (
                    next((c for c in self._children(clause) if c.dep_ == "nsubj"), None)
                    if clause.dep_ == "ccomp"
                    else None
                )
                other = self.actor(subject) if subject is not None else None
                if other not in (None, key) and self.actor_kinds.get(other or "") == "organization":
                    return True
                if (
                    subject is not None
                    and other is None
                    and subject.lower_ in _BUSINESS_WORDS
                    and self._plainly_described(subject)
                ):
                    return True
        return False

    def _plainly_described(
        self, noun: Token, *, names: bool = False, nations: bool = False
    ) -> bool:
        """Whether ``noun`` is "the company" or "the networking-chip maker", and no more.

        "The" and words in lower case that say what kind it is, nothing after the noun;
        with ``names``, a name before the noun too ("the UN refugee agency"); with
        ``nations``, a nationality ("the German industrial group").
        """
        children = list(self._children(noun))
        return (
            bool(children)
            and children[0].lower_ == "the"
            and all(
                c.i < noun.i
                and c.dep_ in ("compound", "amod", "punct")
                and (
                    c.is_lower
                    or (names and c.pos_ == "PROPN")
                    or (nations and self._nationality(c) is not None)
                )
                for c in children[1:]
            )
        )

    def _nationality(self, word: Token) -> str | None:
        """Return the country of a nationality word that describes a noun: "German"."""
        if word.ent_type_ not in ("NORP", "GPE") or not word.text[:1].isupper():
            return None
        return country_code(word.text)

    def _nation_fits(self, noun: Token, actor: str) -> bool:
        """Whether the nationality before ``noun`` may be organisation ``actor``'s.

        "Siemens ... the German industrial group" fits a company of no known country or of
        Germany, not a French one.
        """
        known = self.actor_records.get(actor, {}).get("country")
        return not known or all(
            self._nationality(c) in (None, known) for c in self._children(noun) if c.i < noun.i
        )

    def _resolve_given_roles(self, drafts: list[_Draft]) -> None:
        """Give "The singer, 29, wrote" the one person the text gave that role before.

        "The singer Ava Lind ...", "Lind, a singer, ...": a definite role noun no actor
        covers, with only "the", words in lower case before it and no "of" phrase after it,
        is the one person named before it with a title ending in that noun, whoever was
        named or spoke in between. With two such persons, or none, or someone unnamed
        brought in by that noun before ("a senior minister"), it is left to the rules of the
        sentence before and of the last speaker.
        """
        titled: list[tuple[int, str, str]] = []
        for key, record in self.actor_records.items():
            titles = record.get("titles")
            mentions = record.get("mentions")
            if record.get("kind") != "person" or not isinstance(titles, (list, tuple)):
                continue
            starts = [
                m["start"]
                for m in (mentions if isinstance(mentions, list) else ())
                if isinstance(m, Mapping) and isinstance(m.get("start"), int)
            ]
            for title in titles if starts else ():
                words = str(title).lower().split()
                if words:
                    titled.append((min(starts), words[-1], key))
        if not titled:
            return
        for draft in drafts:
            speaker = self._described(draft, {noun for _, noun, _ in titled})
            if speaker is None or not self._given_role_phrase(speaker):
                continue
            if any(
                token.lower_ == speaker.lower_
                and self.actor(token) is None
                and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in token.children)
                for token in self.tokens[: speaker.i]
            ):
                continue  # "A senior minister told the ABC ... the minister said": that one
            fits = {
                key for start, noun, key in titled if start < speaker.idx and noun == speaker.lower_
            }
            if len(fits) == 1:
                draft.actor_id = fits.pop()

    def _given_role_phrase(self, noun: Token) -> bool:
        """Whether ``noun`` is "the singer", "the former singer, 29,": no more than that.

        "The", words in lower case before it; after it only punctuation, an age or a
        clause set off by a comma, never an "of" phrase ("the singer of the band").
        """
        for child in self._children(noun):
            if child.i < noun.i:
                if child.dep_ == "det" and child.lower_ == "the":
                    continue
                if child.dep_ in ("amod", "compound", "punct") and child.is_lower:
                    continue
                return False
            if child.dep_ in ("prep", "poss", "compound"):
                return False
        return True

    def _resolve_roles(self, drafts: list[_Draft]) -> None:
        """Give "the official said" the person the sentence before is about.

        "Interior Minister Kithure Kindiki told reporters ... The official said ...",
        "Opposition leader Raila Odinga dismissed the offer. The veteran politician said
        ...": a definite role noun no actor covers, opening its sentence, is the person who
        is the subject of the sentence right before, when that is a known person.
        """
        for draft in drafts:
            speaker = self._described(draft, _role_nouns())
            if speaker is None:
                continue
            if not (self._opens_main_clause(speaker) or self._opens_as_source(speaker)):
                continue
            draft.actor_id = self._subject_of_sentence_before(
                speaker, "person", same_paragraph=False
            )

    def _resolve_roles_by_last_speaker(self, drafts: list[_Draft]) -> None:
        """Give "The striker added" the person whose statement is told right before it.

        '"...," the 22-year-old said. "..." / The striker added that ...': a definite role
        noun opening its sentence that the sentence before did not resolve is the person
        who spoke in the sentence before or the one before that.
        """
        previous: _Draft | None = None
        for draft in sorted(drafts, key=lambda d: d.cue):
            speaker = self._described(draft, _role_nouns())
            if speaker is None and previous is not None:
                # "Detective Inspector Sarah Holt said ... . '...,' the detective said":
                # a word of the title of the one who spoke last names them too
                speaker = self._described(draft, self._title_words(previous))
            if (
                speaker is not None
                and previous is not None
                and (
                    speaker.left_edge.i == self._opening(speaker)
                    or (
                        self._right_after_quotation(speaker, draft)
                        and not self._titled_other(speaker, previous)
                        and not self._other_person_since(previous, draft)
                    )
                )
            ):
                # "Ahmet said ... . We met a schoolteacher, Memet. The teacher told me":
                # the one introduced as that since is meant, not the one who spoke
                draft.actor_id = self._introduced_as(speaker, previous) or self._person_who_spoke(
                    previous, draft, _LAST_SPEAKER_WINDOW
                )
            if draft.speaker is not None and not draft.nested:
                previous = draft

    def _resolve_pronouns_by_last_speaker(self, drafts: list[_Draft]) -> None:
        """Give '"...," she said' the person who spoke just before, when no actor has "she".

        "The Conservative leader asked the prime minister whether ... '...,' she said": the
        actors may leave "she" open where its antecedent is a description the statements
        resolved ("the Conservative leader" is Badenoch). A "he" or "she" no actor covers,
        in the paragraph of the statement before it and at most a sentence later, is that
        statement's speaker, a person not called by the other pronoun, who spoke in the
        sentence before (not one who asked: "When asked by Xinhua ..., he said").
        """
        previous: _Draft | None = None
        for draft in sorted(drafts, key=lambda d: d.cue):
            speaker = draft.speaker
            if (
                speaker is not None
                and previous is not None
                and draft.actor_id is None
                and not draft.nested
                and speaker.lower_ in ("he", "she")
                and self.actor(speaker) is None
                and self._sentences_before(previous, draft) == 1
                # who spoke, not who asked: "When asked by Xinhua ..., he said"
                and previous.speaker is not None
                and previous.speaker.dep_ not in ("pobj", "agent")
            ):
                last = self.speaker_actor(previous)
                if last is not None and self.actor_kinds.get(last) == "person":
                    other = _FEMININE if speaker.lower_ == "he" else _MASCULINE
                    mentions = self.actor_records[last].get("mentions")
                    called = {
                        str(m.get("text", "")).lower()
                        for m in (mentions if isinstance(mentions, list) else [])
                        if isinstance(m, Mapping)
                    }
                    if not called & other:
                        draft.actor_id = last
            if draft.speaker is not None and not draft.nested:
                previous = draft

    def _sentences_before(self, previous: _Draft, draft: _Draft) -> int:
        """How many sentences open after ``previous``'s cue before ``draft`` begins.

        ``draft`` begins at its first words or its speaker, whichever comes first: the
        sentences of a quotation before '..., she said' do not count. A paragraph break
        between them counts as many.
        """
        low = previous.head
        starts = [self._token_at(a) for a, _ in draft.content[:1]]
        high = min([draft.head, *starts, *(s.i for s in (draft.speaker,) if s is not None)])
        if high <= low or any(self._paragraph_break(t) for t in self.tokens[low:high]):
            return 1_000
        return sum(1 for t in self.tokens[low + 1 : high + 1] if t.is_sent_start)

    def _right_after_quotation(self, speaker: Token, draft: _Draft) -> bool:
        """Whether ``speaker``'s phrase follows the quotation it says: '"...," the defender said'.

        Also after the cue: '"...," said the defender'. Such a phrase names no one new.
        """
        before = speaker.left_edge.i - 1
        if before >= 0 and before == draft.head:
            before -= 1  # "said the defender"
        if before < 1 or not self.tokens[before].is_quote:
            return False
        return self.tokens[before - 1].text in (",", "?", "!")

    def _other_person_since(self, previous: _Draft, draft: _Draft) -> bool:
        """Whether a person other than ``previous``'s speaker is named since its cue.

        'She asked Marsh whether anyone knew. "Nobody," the witness replied': the one asked
        may be the one who answers. What ``previous`` said does not count.
        """
        last = self.speaker_actor(previous)
        starts = [self._token_at(a) for a, _ in draft.content[:1]]
        high = min([draft.head, *starts])
        for token in self.tokens[previous.head + 1 : high]:
            if any(a <= token.idx < b for a, b in previous.content):
                continue
            actor = self.actor(token)
            if actor is not None and actor != last and self.actor_kinds.get(actor) == "person":
                return True
        return False

    def _title_words(self, previous: _Draft) -> frozenset[str]:
        """Return the nouns of the titles of the person who spoke in ``previous``.

        "Detective Inspector" gives "detective" and "inspector"; words in the titles
        lexicon's ``titles`` only, so that "the foreign" or "the deputy" is none.
        """
        last = self.speaker_actor(previous)
        if last is None or self.actor_kinds.get(last) != "person":
            return frozenset()
        titles = self.actor_records.get(last, {}).get("titles")
        if not isinstance(titles, (list, tuple)):
            return frozenset()
        words = {word for title in titles for word in str(title).lower().split()}
        return frozenset(words & _title_nouns())

    def _titled_other(self, noun: Token, previous: _Draft) -> bool:
        """Whether a person other than ``previous``'s speaker bears ``noun`` in a title.

        "goalkeeper Luca Bianchi" may be "the goalkeeper" even when the manager spoke last.
        """
        last = self.speaker_actor(previous)
        for actor, record in self.actor_records.items():
            titles = record.get("titles")
            if actor == last or self.actor_kinds.get(actor) != "person":
                continue
            if isinstance(titles, (list, tuple)) and any(
                str(title).lower().split()[-1:] == [noun.lower_] for title in titles
            ):
                return True
        return False

    def _person_who_spoke(self, previous: _Draft, draft: _Draft, window: int) -> str | None:
        """Return the person who spoke in ``previous``, at most ``window`` sentences back."""
        last = self.speaker_actor(previous)
        if (
            last is None
            or self.actor_kinds.get(last) != "person"
            or self._sentences_back(previous, draft) > window
        ):
            return None
        return last

    def _opens_as_source(self, speaker: Token) -> bool:
        """Whether ``speaker`` is the source its sentence opens with: "According to the official".

        Only "the" and the role noun: "according to the official in charge" names someone
        new.
        """
        head = speaker.head
        return (
            speaker.dep_ == "pobj"
            and head.lower_ == "to"
            and head.head.lower_ == "according"
            and head.head.i == self._opening(speaker)
            and speaker.right_edge.i == speaker.i
            and speaker.left_edge.i == speaker.i - 1
        )

    def _opens_main_clause(self, speaker: Token) -> bool:
        """Whether a speaker's phrase opens its sentence, or the clause after a fronted one.

        "The striker added", and "Speaking with journalists, the lawmaker alleged": what
        stands before the phrase is a participle clause of its verb, set off by a comma
        (not "In a taped confession, the suspect claimed", which may tell of another).
        """
        left = speaker.left_edge.i
        opening = self._opening(speaker)
        if left == opening:
            return True
        if left - 1 <= opening or self.tokens[left - 1].text != ",":
            return False
        fronted = {
            token.i
            for child in speaker.head.children
            if child.dep_ == "advcl" and child.tag_ in ("VBG", "VBN") and child.i < left
            for token in child.subtree
        }
        return all(i in fronted for i in range(opening, left - 1))

    def _opening(self, token: Token) -> int:
        """Return where ``token``'s sentence opens, past leading whitespace."""
        opening = self._sentence(token).start
        while opening < token.i and self.tokens[opening].is_space:
            opening += 1
        return opening

    def _resolve_ages(self, drafts: list[_Draft]) -> None:
        """Give "the 24-year-old said" the person of that age, or the one just written of.

        News gives an age once ("Daniel Okoro, 24," or "24-year-old Daniel Okoro") and then
        calls the person by it. Without an age given, "the 52-year-old" is the person who is
        the subject of the sentence before, else the person who spoke last within a few
        sentences; so is "the Italian", when that person is of no other nation.
        """
        previous: _Draft | None = None
        for draft in sorted(drafts, key=lambda d: d.cue):
            speaker = draft.speaker
            demonym = speaker is not None and self._demonym_description(speaker)
            old = self._age_of(speaker) if speaker is not None else None
            if (
                speaker is not None
                and draft.actor_id is None
                and not draft.document
                and (old is not None or demonym)
                # "The Spaniard", which the actors may take for Spain
                and self.actor_kinds.get(self.actor(speaker) or "") in (None, "country")
            ):
                aged = None if old is None else self._person_of_age(old)
                found = aged or self._subject_of_sentence_before(
                    speaker, "person", same_paragraph=False
                )
                if found is None and previous is not None:
                    found = self._person_who_spoke(previous, draft, _EPITHET_WINDOW)
                if found is not None and demonym and not self._of_nation(found, speaker):
                    found = None
                draft.actor_id = found
            if draft.speaker is not None and not draft.nested:
                previous = draft

    def _age_of(self, speaker: Token) -> Token | None:
        """Return the "old" that describes ``speaker`` by age alone, or None.

        "the 24-year-old" itself, or a role noun it goes before: "the 49-year-old former
        state senator", who is someone written of before, as "the" says.
        """
        if age_description(speaker):
            return speaker
        if speaker.lower_ not in _role_nouns() | _title_nouns() or not any(
            c.dep_ == "det" and c.lower_ == "the" for c in speaker.children
        ):
            return None
        return next((c for c in speaker.children if c.dep_ == "amod" and age_description(c)), None)

    @staticmethod
    def _demonym_description(speaker: Token) -> bool:
        """Whether ``speaker`` is "the Italian", "the Spaniard": a person by nationality."""
        # "The Spaniard, who managed Arsenal until 2019, said": a clause after it tells more
        before = [
            child.lower_
            for child in speaker.children
            if not (child.i > speaker.i and child.dep_ in ("punct", "relcl", "acl", "appos"))
        ]
        if speaker.tag_ not in ("NNP", "NN", "JJ") or before != ["the"]:
            return False
        if speaker.ent_type_ in ("NORP", "ORG"):
            return country_code(speaker.text) is not None
        # "The Pole told reporters", "The Scot said": a demonym the model tagged as no
        # entity, or as a person's name
        match = CountryIndex.default().lookup(speaker.text)
        return (
            speaker.ent_type_ in ("", "PERSON")
            and speaker.text[:1].isupper()
            and bool(match and match.demonym)
        )

    def _of_nation(self, actor: str, demonym: Token) -> bool:
        """Whether ``actor`` may be of the nation ``demonym`` names (unknown counts)."""
        country = self.actor_records.get(actor, {}).get("country")
        return country is None or country == country_code(demonym.text)

    def _person_of_age(self, old: Token) -> str | None:
        """Return the one person whose age the text gave before ``old`` as its number."""
        number = next(
            (n.text for year in self._children(old) if year.lower_ in ("year", "years")
             for n in self._children(year) if n.like_num),
            None,
        )  # fmt: skip
        found: set[str] = set()
        for token in self.tokens[: old.i - 3]:
            if token.text != number:
                continue
            before = self.tokens[token.i - 2] if token.i >= 2 else None
            named: str | None = None
            if before is not None and self.tokens[token.i - 1].text == ",":
                named = self.actor(before)  # "Daniel Okoro, 24,"
            joined = "".join(t.text for t in self.tokens[token.i + 1 : token.i + 4])
            if named is None and joined.lower() == "-year-old":
                # "24-year-old Daniel Okoro", "the 24-year-old striker Daniel Okoro"
                for later in self.tokens[token.i + 4 : token.i + 8]:
                    named = self.actor(later)
                    if named is not None:
                        break
            if named is not None and self.actor_kinds.get(named) == "person":
                found.add(named)
        return found.pop() if len(found) == 1 else None

    def _singular_noun(self, token: Token) -> bool:
        """Whether ``token`` is a singular noun, or an outlet's the tagger misread: "daily".

        In "the London daily cautioned", "daily" is tagged an adverb of time.
        """
        return token.tag_ == "NN" or (
            token.lower_ in self.lexicon.outlet_words and token.pos_ in ("ADV", "ADJ")
        )

    def _described(self, draft: _Draft, nouns: Container[str]) -> Token | None:
        """Return the speaker of ``draft`` if it is "the <noun>" that no actor covers yet."""
        # "according to a statement from the company": the document's author
        speaker = draft.author if draft.document else draft.speaker
        if (
            speaker is None
            or draft.actor_id is not None
            or not self._singular_noun(speaker)
            or speaker.lower_ not in nouns
            or self.actor(speaker) is not None
            or not any(c.dep_ == "det" and c.lower_ == "the" for c in self._children(speaker))
        ):
            return None
        return speaker

    def _refer_back(
        self,
        drafts: list[_Draft],
        nouns: Container[str],
        kind: str,
        near: Callable[[_Draft, _Draft], bool],
        *,
        bare: bool,
    ) -> None:
        """Give a speaker "the <noun>" that no actor covers the last speaker of ``kind``.

        The last statement with a speaker before it must be ``near`` it; with ``bare``, the
        noun may have no phrase of its own after it ("the group of experts" is new).
        """
        previous: _Draft | None = None
        # the last speaker that is not the press: "According to Bloomberg News, ... The
        # company said" is not Bloomberg's, though "the agency said" may be Reuters'
        previous_not_press: _Draft | None = None
        # the last speaker of the kind: "Veridian said ... Analyst Priya Raman of Leerink
        # Partners wrote ... The company also said": an analyst is no company
        previous_of_kind: _Draft | None = None
        for draft in sorted(drafts, key=lambda d: d.cue):
            speaker = draft.speaker
            antecedent = previous
            if (
                speaker is not None
                and kind == "organization"
                and speaker.lower_ not in self.lexicon.outlet_words
            ):
                antecedent = previous_not_press
            if (
                antecedent is not None
                and previous_of_kind is not None
                and kind == "organization"
                and self.actor_kinds.get(self.speaker_actor(antecedent) or "") == "person"
            ):
                antecedent = previous_of_kind
            if (
                antecedent is not None
                and speaker is not None
                and not draft.document
                and draft.actor_id is None
                and self.actor(speaker) is None
                # "The rights network IFEX said": the name in apposition speaks
                and not any(
                    (c.dep_ == "appos" or self.set_off_name(c)) and self.actor(c)
                    for c in self._children(speaker)
                )
                and self._singular_noun(speaker)
                and speaker.lower_ in nouns
                and any(c.dep_ == "det" and c.lower_ == "the" for c in self._children(speaker))
                and not (
                    bare
                    and any(
                        c.dep_ in ("prep", "poss", "relcl", "acl") for c in self._children(speaker)
                    )
                )
                and near(antecedent, draft)
            ):
                actor = self.speaker_actor(antecedent)
                named = self._named_with(speaker, kind)
                if named is not None and named != actor and not self._name_has(actor, speaker):
                    # "The National Union of Rail Workers said ... . Brooks said ... .
                    # According to the union, ...": the one whose name says "union"
                    draft.actor_id = named
                elif (
                    actor is not None
                    and self.actor_kinds.get(actor) == kind
                    # "France's Renault said ... The German carmaker said": another one
                    and (kind != "organization" or self._nation_fits(speaker, actor))
                ):
                    # "The Commission said ... . Britain's Competition and Markets Authority
                    # was more direct. '...,' the regulator said": one of that kind made the
                    # subject of a sentence between them is nearer
                    actor = self._subject_between(antecedent, draft, kind) or actor
                    if kind == "organization" and speaker.lower_ in _BUSINESS_WORDS:
                        actor = self._business_meant(speaker, actor)
                    draft.actor_id = actor
            if draft.speaker is not None and not draft.nested:
                previous = draft
                key = self.speaker_actor(draft)
                # "Palantir built the tool, The Intercept reported. ... the firm said": an
                # organisation shown reporting another's deeds is the press there
                if not (
                    kind == "organization"
                    and (
                        self._is_outlet(draft)
                        or (key is not None and self._reports_another(key, draft.head + 1))
                    )
                ):
                    previous_not_press = draft
                    if self.actor_kinds.get(self.speaker_actor(draft) or "") == kind:
                        previous_of_kind = draft

    def _business_meant(self, noun: Token, actor: str) -> str | None:
        """Return the company "the company" means, ``actor`` being the organisation last heard.

        A public body is no company: "The Federal Trade Commission said ... The company said"
        is the company the story is about, else the last one named. Nor is a company named
        once in passing, in a story about another one named at least twice as often
        ("Norvale Semiconductor cut its forecast. Norvale shares fell. Rival Tessaron Labs
        said ... The company said" is Norvale's).
        """
        counts: dict[str, int] = {}
        last: dict[str, int] = {}
        for start, _, key in self.mentions:
            if (
                start < noun.idx
                and self.actor_kinds.get(key) == "organization"
                and not self._press_actor(key)
                and not self._public_body(key)
            ):
                counts[key] = counts.get(key, 0) + 1
                last[key] = start
        ranked = sorted(counts.values(), reverse=True)
        story = next(
            (
                key
                for key, count in counts.items()
                if count >= 2
                and count == ranked[0]
                and (len(ranked) == 1 or count >= 2 * ranked[1])
            ),
            None,
        )
        if self._public_body(actor):
            return story or (max(last, key=lambda key: last[key]) if last else None)
        if story is not None and counts.get(actor, 0) <= 1:
            return story
        return actor

    def _public_body(self, key: str) -> bool:
        """Whether the organisation ``key`` is a public body by its name: "the Commission"."""
        return bool(set(self._name_words_of(key)) & _PUBLIC_BODIES)

    def _introduced_as(self, noun: Token, previous: _Draft) -> str | None:
        """Return the one person introduced as ``noun`` since ``previous``'s cue, if one.

        "a schoolteacher, Memet", "Memet, a schoolteacher", "a teacher named Memet": a noun
        ending with the description's ("schoolteacher" for "the teacher") right before or
        after a person's name, set off by a comma or given it by "named" or "called".
        """
        found: set[str] = set()
        for token in self.tokens[previous.head + 1 : noun.i]:
            if token.tag_ != "NN" or not token.lower_.endswith(noun.lower_):
                continue
            after = self.tokens[token.i + 1 : token.i + 3]
            before = self.tokens[max(token.i - 4, 0) : token.i]
            if len(after) == 2 and after[0].text in (",", "named", "called"):
                named = self.actor(after[1])
            elif before and any(t.text == "," for t in before[-3:]):
                comma = max(t.i for t in before if t.text == ",")
                named = self.actor(self.tokens[comma - 1]) if comma > 0 else None
            else:
                named = None
            if named is not None and self.actor_kinds.get(named) == "person":
                found.add(named)
        return found.pop() if len(found) == 1 else None

    def _subject_between(self, first: _Draft, second: _Draft, kind: str) -> str | None:
        """Return the last actor of ``kind`` that is a subject between two statements' cues."""
        found: str | None = None
        low, high = sorted((self.tokens[first.head].i, self.tokens[second.head].i))
        said = [span for draft in (first, second) for span in draft.content]
        for token in self.tokens[low + 1 : high]:
            if token.dep_ not in SUBJECT_DEPS or token.head.i == first.head:
                continue
            if any(a <= token.idx < b for a, b in said):
                continue  # "said Google had broken the rules": what was said, not who says
            actor = self.actor(token)
            if actor is not None and self.actor_kinds.get(actor) == kind:
                found = actor
        return found

    def _sentences_back(self, first: _Draft, second: _Draft) -> int:
        """How many sentence starts lie between two statements' cues, across paragraphs."""
        low, high = self.tokens[first.head].i, self.tokens[second.head].i
        if low >= high or self.tokens[high].idx - self.tokens[low].idx > 1_500:
            return 1_000
        return sum(1 for t in self.tokens[low + 1 : high + 1] if t.is_sent_start)

    def _sentences_between(self, first: _Draft, second: _Draft) -> int:
        """How many sentence starts lie between two statements' cues (a lot across a break)."""
        low, high = self.tokens[first.head].i, self.tokens[second.head].i
        if low == high:
            return 0  # a floating quotation shares its statement's cue
        if low > high:
            return 1_000
        if any(self._paragraph_break(t) for t in self.tokens[low:high]):
            return 1_000
        return sum(1 for t in self.tokens[low + 1 : high + 1] if t.is_sent_start)

    def _own_subject(self, pronoun: Token) -> str | None:
        """Return the organisation or country subject of the pronoun's own main clause.

        Only one before the pronoun: "Russia is conducting a drill as part of what it calls
        'anti-terrorism training'" is Russia's word, whoever spoke the sentence before.
        """
        subject = next(
            (c for c in self._children(self._sentence(pronoun).root) if c.dep_ == "nsubj"), None
        )
        if subject is None or subject.i >= pronoun.i or subject.lower_ == "it":
            return None
        actor = self.actor(subject)
        if actor is not None and self.actor_kinds.get(actor) in ("organization", "country"):
            return actor
        return None

    def _document_issued_before(self, pronoun: Token) -> Token | None:
        """Return the document the sentence before issued, that "it" opening this one is.

        "Chalmers' office issued a statement on Monday. It said ...": in the same
        paragraph, the object of the main verb of the sentence before, a document an
        authoring verb issued.
        """
        sentence = self._sentence(pronoun)
        if sentence.start == 0 or any(
            self._paragraph_break(t) for t in self.tokens[sentence.start - 1 : pronoun.i]
        ):
            return None
        root = self.sentences.of(sentence.start - 1).root
        if root.lemma_.lower() not in _AUTHORING_VERBS and not (
            # "A spokeswoman read a statement on her behalf": read out for its author
            root.lemma_.lower() == "read" and _behalf_of(root) is not None
        ):
            return None
        return next(
            (c for c in self._children(root) if c.dep_ == "dobj" and self._is_document(c)),
            None,
        )

    def _organization_before(self, pronoun: Token) -> str | None:
        """Return the organisation or country that "it" refers to from the sentence before.

        In "The group accepted responsibility for the attack. It claimed that ...", "it" is
        the subject of the main clause before, in the same paragraph, when that subject is
        an organisation or a country; after the subject of its own sentence's main clause,
        that subject ("India summoned the envoy and showed him what it said was proof").
        """
        sentence = self._sentence(pronoun)
        subject = next((c for c in self._children(sentence.root) if c.dep_ == "nsubj"), None)
        if subject is not None and subject.i < pronoun.i and subject.lower_ != "it":
            # "India summoned the envoy and showed him what it said was proof": the main
            # clause's subject before it, in its own sentence
            actor = self.actor(subject)
            if actor is not None and self.actor_kinds.get(actor) in ("organization", "country"):
                return actor
            return None
        if sentence.start == 0 or any(
            self._paragraph_break(t) for t in self.tokens[sentence.start - 1 : pronoun.i]
        ):
            return None
        before = self.sentences.of(sentence.start - 1)
        root = before.root
        subject = next((c for c in self._children(root) if c.dep_ == "nsubj"), None)
        actor = self.actor(subject)
        if actor is None or self.actor_kinds.get(actor) not in ("organization", "country"):
            return None
        return actor

    def _organization_named_by(self, noun: Token) -> str | None:
        """Return the organisation named just before whose name holds ``noun``'s word.

        "The Reserve Bank of Westland held rates. Marsh said ... The bank said": the last
        organisation named in the few sentences before with "bank" for the head of its name
        (not "the government" for "the Committee of Heads of State and Government").
        """
        word = noun.lower_
        named = [
            (start, key)
            for start, key in self._actors_named_before(noun, "organization")
            if word == name_head(str(self.actor_records[key].get("name", "")))
        ]
        return max(named)[1] if named else None

    def _only_organization_before(self, noun: Token) -> str | None:
        """Return the one organisation named in the few sentences before ``noun``, if one.

        "Northvale Foods employs 14,000 people. '...,' chief executive Laura Brandt said.
        Net income fell, the company said": no other organisation is named since; nor
        the press ("according to Bloomberg News", "..., The Intercept reported").
        """
        named = {
            key
            for _, key in self._actors_named_before(noun, "organization")
            if not self._only_reports(key, noun)
        }
        if len(named) == 1:
            return named.pop()
        # the one the story is about: named before at least twice as often as any other
        # ("Halvorsen Foods ... an analyst at Barclays ... Morgan Stanley ... The company")
        counts = sorted(((self._times_named_before(key, noun), key) for key in named), reverse=True)
        if len(counts) > 1 and counts[0][0] >= 2 * counts[1][0] and counts[0][0] >= 2:
            return counts[0][1]
        return None

    def _times_named_before(self, key: str, noun: Token) -> int:
        """How many times the actor ``key`` is named before ``noun``."""
        return sum(1 for start, _, actor in self.mentions if actor == key and start < noun.idx)

    def _subject_reported_before(self, speaker: Token, kind: str) -> str | None:
        """Return the subject of the clause reported before a cue, if an actor of ``kind``.

        "Norvale Motors will cut 4,000 jobs, the carmaker said": the company describes
        itself.
        """
        subject = self._reported_clause_subject(speaker.head, before=speaker.i)
        actor = self.actor(subject) if subject is not None else None
        return actor if actor is not None and self.actor_kinds.get(actor) == kind else None

    def _reported_clause_subject(self, verb: Token, before: int | None = None) -> Token | None:
        """Return the subject of the clause ``verb`` reports, one before ``before`` if given.

        "Norvale Motors will cut 4,000 jobs, the carmaker said": "Norvale Motors".
        """
        clause = next(
            (
                c
                for c in self._children(verb)
                if c.dep_ == "ccomp" and (before is None or c.i < before)
            ),
            None,
        )
        if clause is None:
            return None
        return next((c for c in self._children(clause) if c.dep_ == "nsubj"), None)

    def _close(self, previous: _Draft, draft: _Draft) -> bool:
        """Whether ``draft`` follows ``previous`` in its sentence or the next.

        The next sentence may start a paragraph of its own, as news paragraphs of one
        sentence do ("The ministry said ..." and, as a paragraph of its own, "The centre
        will open in May, it said.").
        """
        first, second = self.tokens[previous.head], self.tokens[draft.head]
        if first.i >= second.i:
            return False
        sentence = self._sentence(second)
        return self._sentence(first).start == sentence.start or (
            sentence.start > 0
            and self.sentences.of(sentence.start - 1).start == self._sentence(first).start
        )

    def _nested_cue(self, verb: Token) -> _Draft | None:
        """Return a cue inside a quotation that reports a third party's words.

        In '"The guards told us to leave," the farmer said', the farmer quotes what the
        guards told: a statement of its own, reported (so indirect). First and second
        persons ("I said", "as you say") are the quoted speaker's own words and make none,
        and neither does a pronoun the reader cannot resolve ('"They told us to leave"').
        """
        if verb.pos_ != "VERB" and not verb.tag_.startswith("VB"):
            return None
        lemma = self._lemma(verb)
        if lemma not in _SPEAKING:
            return None
        draft = self._verb_cue(verb)
        if draft is None or draft.speaker is None or not draft.content:
            return None
        quote = self.quote_of[verb.i]
        speaker = draft.speaker
        if self.quote_of[speaker.i] != quote or speaker.lower_ in _OWN_WORDS:
            return None
        if speaker.head.i != verb.i or speaker.dep_ != "nsubj" or speaker.lower_ == "it":
            return None  # only a subject of its own: not "it is unfair to ... say"
        if speaker.pos_ == "PRON" and self.actor(speaker) is None:
            return None  # '"They tell us to go to a shelter," she said': who, she knows
        if self._owned_thing(speaker) or self._quoted_thing(speaker):
            return None  # '"... when his body was telling him to stop," Ekholm said'
        if self._asked_to_believe(verb):
            return None  # '"Grant asks us to believe he forgot," the prosecutor said'

        parts = self.quotes[quote].parts
        if not all(any(a <= start and end <= b for a, b in parts) for start, end in draft.content):
            return None
        cue = verb.idx
        if any(start <= cue < end for start, end in draft.content):
            return None
        if not self._has_clause(draft.content):
            return None  # '"They promised homes," she said': a thing promised, no words
        draft.nested = True
        return draft

    def _asked_to_believe(self, verb: Token) -> bool:
        """Whether a quoted "ask" asks the listeners to believe what someone claims.

        '"Grant asks us to believe he forgot," the prosecutor said': the quoted speaker
        casts doubt on Grant's account; "asks us (you, me) to believe (accept, think,
        trust) ..." is that speaker's own turn of phrase, no request Grant made ("The
        guards asked us to leave" is one).
        """
        if self._lemma(verb) != "ask":
            return False
        children = self._children(verb)
        if not any(c.dep_ in ("dobj", "nsubj") and c.lower_ in _LISTENERS for c in children):
            asked = [c for c in children if c.dep_ in ("ccomp", "xcomp")]
            if not any(
                s.dep_ == "nsubj" and s.lower_ in _LISTENERS
                for c in asked
                for s in self._children(c)
            ):
                return False
        return any(
            c.dep_ in ("ccomp", "xcomp") and c.lemma_.lower() in _BELIEVING for c in children
        )

    def _owned_thing(self, noun: Token) -> bool:
        """Whether ``noun`` is someone's thing that speaks only as a figure: "his body".

        A common noun that is no actor, owned by a pronoun ("his body", "my gut"), and is no
        word of people, groups or bodies ("his lawyer", "their union" speak).
        """
        if noun.pos_ != "NOUN" or self.actor(noun) is not None:
            return False
        if not any(c.dep_ == "poss" and c.pos_ == "PRON" for c in noun.children):
            return False
        groups, people = _speaking_nouns()
        word = noun.lemma_.lower()
        return not (
            word in people
            or noun.lower_ in groups
            or word in _organization_nouns()
            or word in _institution_words()
            or word in _kinship_nouns()
        )

    def _quoted_thing(self, noun: Token) -> bool:
        """Whether ``noun``, subject of a cue inside a quotation, is a thing, no one who speaks.

        '"The timing tells you who did this," he said': a common noun that is no actor and no
        word of people, groups, bodies or documents is the quoted speaker's figure of
        speech, no third party whose words are reported.
        """
        if noun.pos_ != "NOUN" or self.actor(noun) is not None:
            return False
        groups, people = _speaking_nouns()
        word = noun.lemma_.lower()
        return not (
            word in people
            or noun.lower_ in groups
            or word in _speaker_words()
            or noun.lower_ in _speaker_words()
            or word in self.lexicon.documents
            or noun.lower_ in self.lexicon.documents
        )

    def _has_clause(self, content: list[tuple[int, int]]) -> bool:
        """Whether character spans ``content`` hold a verb: words reported, not a thing."""
        starts = self.token_starts
        for start, end in content:
            first = bisect.bisect_left(starts, start)
            last = bisect.bisect_left(starts, end)
            if any(self.tokens[i].pos_ in ("VERB", "AUX") for i in range(first, last)):
                return True
        return False

    def _reported_in_quotations(self, nested: list[_Draft], found: list[_Draft]) -> list[_Draft]:
        """Keep the nested cues whose quotation is itself attributed to someone.

        Who is quoted reports them: in '"The Prime Minister promised pensioners that nobody
        would be worse off," Badenoch told MPs', the promise is reported by Badenoch.
        """
        kept = []
        for draft in nested:
            if self._yes_no_question(draft):
                continue
            parts = self.quotes[self.quote_of[draft.head]].parts
            if not any(
                a < end and start < b
                for other in found
                for start, end in other.content
                for a, b in parts
            ):
                continue
            kept.append(draft)
            cue = self.tokens[draft.head]
            if cue.i > 0 and (
                self.tokens[cue.i - 1].is_quote or self.tokens[cue.i - 1].text == "''"
            ):
                continue  # "...,'' said Raul Madrid": a closing mark the quotes did not pair
            at = cue.idx
            # the statement whose quotation holds the cue
            holder = next(
                (
                    other
                    for other in found
                    if not other.nested
                    and any(
                        start <= at < end and self._quoted(start, end)
                        for start, end in other.content
                    )
                ),
                None,
            )
            if holder is not None:
                self._passed_on(draft, holder)
        return kept

    def _passed_on(self, inner: _Draft, outer: _Draft) -> None:
        """Make ``outer``'s speaker the one who reported ``inner``, unless the same actor."""
        reporter = self.speaker_actor(outer)
        if reporter is not None and reporter != self.speaker_actor(inner):
            inner.reported_by = outer.speaker
            inner.reporter_id = reporter

    def _reported_in_statements(self, drafts: list[_Draft]) -> None:
        """Give a statement told in another's reported clause that speaker as ``reported_by``.

        "Claire Dumont confirmed that Aurora had requested a meeting": Aurora's request is
        told by Dumont. The inner cue must lie in the outer content and in the clause the
        outer cue reports, so that content run on too far, an aside ("as critics say") or a
        second verb of the speaker's passes nothing on; nor does a denial.
        """
        for inner in drafts:
            if inner.reported_by is not None or inner.reporter_id is not None or inner.head < 0:
                continue
            cue = self.tokens[inner.head]
            if cue.dep_ == "advcl" and any(
                c.dep_ == "mark" and c.lower_ == "as" for c in self._children(cue)
            ):
                continue  # "has not affected the country as critics say": the writer's aside
            # the outer cues whose reported clause (a "ccomp") holds the inner cue
            below: dict[int, Token] = {}
            child = cue
            for ancestor in cue.ancestors:
                below[ancestor.i] = child
                child = ancestor
            outer = next(
                (
                    other
                    for other in drafts
                    if other is not inner
                    and other.head in below
                    and below[other.head].dep_ == "ccomp"
                    # "Israeli officials accuse Hamas ..., a charge the group denies": who
                    # denies a claim does not pass it on
                    and other.act is not SpeechAct.DENY
                    and any(start <= cue.idx < end for start, end in other.content)
                ),
                None,
            )
            if outer is not None:
                self._passed_on(inner, outer)

    def _relative_aside(self, draft: _Draft) -> Token | None:
        """Return the comma that opens a relative clause a cue heads, said of its noun.

        "her work on organ donation, which it said had helped change the law": the clause
        from the comma says what the speaker said of the work, a statement of its own.
        """
        if draft.head < 0 or len(draft.content) < 2:
            return None
        verb = self.tokens[draft.head]
        pronoun = verb.left_edge
        if verb.dep_ != "relcl" or pronoun.lower_ not in ("which", "who") or pronoun.i < 1:
            return None
        comma = self.tokens[pronoun.i - 1]
        if comma.text != "," or draft.content[0][1] > comma.idx:
            return None
        return comma

    def _cut_relative_asides(self, drafts: list[_Draft]) -> None:
        """Take a relative clause with a cue of its own out of another statement's content.

        In "The charity paid tribute to her work, which it said had helped change the law",
        what was said of the work is its own statement, no part of the tribute's.
        """
        for inner in drafts:
            comma = self._relative_aside(inner)
            if comma is None:
                continue
            last = self.tokens[self.tokens[inner.head].right_edge.i]
            for outer in drafts:
                if outer is not inner and any(a <= comma.idx < b for a, b in outer.content):
                    self._cut(outer, comma.idx, last.idx + len(last.text))

    def _cut_asides(self, drafts: list[_Draft]) -> None:
        """Take an inner cue set off in another's content out of it.

        In "Part of the answer, the senator said, might be more money, the governor
        suggested", "the senator said" is no part of what the governor suggested.
        """
        for inner in drafts:
            verb = self.tokens[inner.head] if inner.head >= 0 else None
            if verb is None or verb.dep_ != "parataxis" or inner.cue[0] != verb.i:
                continue
            start, end = _subtree_range(verb)
            opened = self.tokens[start].is_punct or (start > 0 and self.tokens[start - 1].is_punct)
            closed = self.tokens[end - 1].is_punct or (
                end < len(self.tokens) and self.tokens[end].is_punct
            )
            if not (opened and closed):
                continue
            first = self.tokens[start].idx
            last = self.tokens[end - 1]
            for outer in drafts:
                # not a quotation floating after the same cue ('"...," he said, his voice
                # breaking. "I am sorry."'): that is the one statement
                if outer is not inner and outer.cue != inner.cue:
                    self._cut(outer, first, last.idx + len(last.text))

    def _cut_participles(self, drafts: list[_Draft]) -> None:
        """Take a speaker's participle cue after a comma out of their other statement.

        In "They called for the party to be banned, accusing it of fraud", "accusing it of
        fraud" is a statement of its own, not part of what they called for.
        """
        for inner in drafts:
            if inner.head < 0 or inner.speaker is None:
                continue
            verb = self.tokens[inner.head]
            if verb.tag_ != "VBG" or verb.i < 2:
                continue
            comma = self.tokens[verb.i - 1]
            if comma.lower_ in _PARTICIPLE_OPENERS:
                comma = self.tokens[verb.i - 2]  # "..., before adding that ..."
            if comma.text != ",":
                continue
            last = verb.right_edge
            for outer in drafts:
                if outer is inner or outer.speaker is None or outer.head < 0:
                    continue
                if outer.speaker.i != inner.speaker.i or outer.head > verb.i:
                    continue
                if any(a <= verb.idx < b for a, b in outer.content):
                    self._cut(outer, comma.idx, last.idx + len(last.text))

    def _cut_coordinated_cues(self, drafts: list[_Draft]) -> None:
        """Take a second cue of the same speaker out of the first one's content.

        In "Wang said the talks were useful and added that more work was needed", the
        parser hangs "added" from "were": "and added that ..." is no part of what was said.
        So too a cue with a subject of its own after "but": "Lawmakers said the plan was
        fair, but Lee described it as ..." is Lee's statement, not part of theirs.
        """
        by_head = {draft.head: draft for draft in drafts if draft.head >= 0}
        for inner in drafts:
            if inner.head < 0:
                continue
            verb = self.tokens[inner.head]
            if self._cut_quoting_conjunct(inner, verb, by_head):
                continue
            if self._cut_contrasted_cue(inner, drafts) or inner.speaker is None:
                continue
            clause = verb.head
            if self._second_clause_cue(verb):
                # "said the fire was out and added that ...", with "added" as a second clause
                outer = by_head.get(clause.i)
                if outer is not None and outer is not inner:
                    joint = self.tokens[verb.left_edge.i - 1]
                    last = verb.right_edge
                    self._cut(outer, joint.idx, last.idx + len(last.text))
                continue
            infinitive = clause.dep_ == "xcomp" and verb.tag_ == "VBD"
            # "said in a press release that prices will fall and urged ...": the clause the
            # parser hung on the setting, read as what was said
            misread = clause.dep_ in ("relcl", "acl") and self._is_setting(clause.head)
            if verb.dep_ != "conj" or not (clause.dep_ == "ccomp" or infinitive or misread):
                continue  # "urged X to restore it and called on Y": the urged infinitive
            outer = by_head.get(clause.head.i)
            if misread:
                outer = next(
                    (
                        d
                        for d in drafts
                        if 0 <= d.head < clause.head.i
                        and any(a <= clause.idx < b for a, b in d.content)
                    ),
                    None,
                )
            if outer is None or outer is inner or outer.speaker is None:
                continue
            joint = next(
                (c for c in self._children(clause) if c.dep_ == "cc" and c.i < verb.i),
                verb,
            )
            own_subject = inner.speaker.head.i == verb.i and inner.speaker.dep_ == "nsubj"
            # "Lawmakers said the plan was fair, but Lee described it as ...", "The minister
            # said the country would not sign, and a delegate repeated that position": a
            # speaker of its own, set against the first or after a comma
            after_comma = joint.i > 0 and self.tokens[joint.i - 1].text == ","
            if (
                outer.speaker.i != inner.speaker.i
                and not own_subject
                # in the speaker's tense ("said ... and urged"), not the clause's modal's
                # ("said the Fed would cut rates and announce an end"): the Fed announces
                and verb.tag_ == self.tokens[outer.head].tag_
                and self._speaker_of_both(clause, inner.speaker, verb)
            ):
                # "The charity said the results were interesting but urged people ...": the
                # clause's subject cannot urge, and "should have taxed the banks and urged"
                # tells what the speaker thinks ought to have been, then what they urged
                self._take_speaker(inner, outer)
            elif outer.speaker.i != inner.speaker.i and not (
                own_subject and (joint.lower_ in _JOINING_WORDS or after_comma)
            ):
                continue
            last = verb.right_edge
            self._cut(outer, joint.idx, last.idx + len(last.text))

    def _cut_quoting_conjunct(self, inner: _Draft, verb: Token, by_head: dict[int, _Draft]) -> bool:
        """Cut "and quotes X as saying ..." joined to a reported clause out of its content.

        So too ", citing X as saying ...": "Reuters reported that talks could resume, citing
        a source as saying that ..." says "that talks could resume".

        In "The complaint says engineers discussed the risks, and quotes one of them as
        writing that ...", the parser joins "quotes" to "discussed": the quoting is the
        complaint's, not what it says engineers did, and what is quoted is a statement of
        its own.
        """
        quoting = self._quoting_verb(verb)
        if quoting is None or quoting.dep_ not in ("conj", "advcl") or quoting.head.dep_ != "ccomp":
            return False
        clause = quoting.head
        outer = by_head.get(clause.head.i)
        if outer is None or outer is inner or quoting.i <= clause.i:
            return False  # (not "Citing a source as saying ..., Reuters reported that ...")
        comma = self.tokens[quoting.i - 1]
        joint = next(
            (c for c in self._children(clause) if c.dep_ == "cc" and c.i < quoting.i),
            comma if comma.text == "," else None,
        )
        if joint is None:
            return False
        last = quoting.right_edge
        self._cut(outer, joint.idx, last.idx + len(last.text))
        return True

    def _cut_contrasted_cue(self, inner: _Draft, drafts: list[_Draft]) -> bool:
        """Cut a cue set against the statements before it out of their content.

        "Hamas said it accepted the plan, while Israel said it would study it": the second
        speaker's words, set against the first's, are none of theirs; so too a cue with a
        subject of its own and no speaker named ("According to media reports, Al-Hilal
        made an offer, though Galatasaray are said to value him at more").
        """
        verb = self.tokens[inner.head]
        mark = next((c for c in self._children(verb) if c.dep_ == "mark"), None)
        if verb.dep_ != "advcl" or mark is None or mark.lower_ not in _JOINING_WORDS:
            return False
        if not any(c.dep_ in SUBJECT_DEPS and mark.i < c.i < verb.i for c in self._children(verb)):
            return False
        last = verb.right_edge
        for outer in drafts:
            if outer is not inner and outer.head >= 0 and outer.head < mark.i:
                self._cut(outer, mark.idx, last.idx + len(last.text))
        return True

    def _speaker_of_both(self, clause: Token, subject: Token, cue: Token) -> bool:
        """Whether a cue joined to a reported clause, with no subject of its own, is the speaker's.

        The clause says what a thing is ("the results were interesting", "the trial was well
        run"; not "the board had considered ... but concluded", nor "said Putin was ready to
        talk but demanded ...", which may be his demand); it is the speaker's view of what
        ought to be or have been (a modal: "should have taxed"); or the cue's object is the
        clause's subject ("said Netanyahu was a friend but urged him ...").
        """
        if clause.lemma_ == "be" and self._thing(subject):
            return True
        if any(child.dep_ == "aux" and child.tag_ == "MD" for child in self._children(clause)):
            return True
        actor = self.actor(subject)
        return actor is not None and any(
            child.dep_ in ("dobj", "dative") and self.actor(child) == actor
            for child in self._children(cue)
        )

    @staticmethod
    def _take_speaker(inner: _Draft, outer: _Draft) -> None:
        """Give ``inner`` the speaker of ``outer``, as written and as resolved."""
        inner.speaker, inner.mention = outer.speaker, outer.mention
        inner.actor_id, inner.principal_id = outer.actor_id, outer.principal_id
        inner.document, inner.author = outer.document, outer.author

    def _second_that_clauses(self, drafts: list[_Draft]) -> None:
        """Add a second that-clause the parser joined to the cue: "... but that trust would".

        In 'said the reversal was "a good first step" but that trust would take time', the
        small model hangs "take" on "said" and reads "that" as a determiner: the clause is
        said all the same.
        """
        for draft in drafts:
            if draft.head < 0 or not draft.content:
                continue
            cue = self.tokens[draft.head]
            if cue.dep_ == "ccomp" and any(
                c.dep_ == "mark" and c.lower_ == "that" for c in self._children(cue)
            ):
                # "said that Kansas had requested a declaration and that loans would be
                # available": the second that-clause is the outer cue's, as the first is
                continue
            for clause in cue.rights:
                first = clause.left_edge
                if (
                    clause.dep_ != "conj"
                    or clause.pos_ not in ("VERB", "AUX")
                    or first.lower_ != "that"
                    or first.i == 0
                    or self.tokens[first.i - 1].lower_ not in ("and", "but")
                ):
                    continue
                start, end = draft.content[-1]
                joint = self.tokens[first.i - 1]
                if end <= joint.idx and not self.text[end : joint.idx].strip(' ,"”’'):
                    last = clause.right_edge
                    draft.content[-1] = (start, last.idx + len(last.text))

    def _cut_speaker_acts(self, drafts: list[_Draft]) -> None:
        """Take the speaker's own act, joined after the reported clause, out of its content.

        In "She said the plan failed and resigned", the parser hangs "resigned" from
        "failed", but a plan does not resign: a verb only a person does, with no subject of
        its own, after a clause whose subject is a thing, is what the speaker did next. So
        is a verb in the cue's own past after a clause shifted back by "would" or "could":
        "He said he would oppose the bill but seemed open to change" (not "would seem").
        """
        verbs = _person_verbs()
        for draft in drafts:
            if draft.head < 0 or draft.speaker is None or not draft.content:
                continue
            cue = self.tokens[draft.head]
            for clause in self._children(cue):
                if clause.dep_ != "ccomp" or clause.i < cue.i:
                    continue
                if not any(c.dep_ in SUBJECT_DEPS for c in self._children(clause)):
                    continue
                for verb in clause.rights:
                    if (
                        verb.dep_ == "conj"
                        and not any(
                            c.dep_ in ("nsubj", "nsubjpass", "expl") for c in self._children(verb)
                        )
                        and _withholding(verb)
                    ):
                        # "said the talks had stalled but did not elaborate": the speaker's
                        # silence, whoever the clause is about
                        joint = next(
                            (c for c in clause.rights if c.dep_ == "cc" and c.i < verb.i), verb
                        )
                        last = verb.right_edge
                        self._cut(draft, joint.idx, last.idx + len(last.text))
                subject = next((c for c in self._children(clause) if c.dep_ in SUBJECT_DEPS), None)
                if subject is None:
                    continue
                personal = self._personal(subject)
                shifted = (
                    cue.tag_ == "VBD"
                    and clause.tag_ == "VB"
                    and any(
                        c.dep_ == "aux" and c.lower_ in _BACKSHIFT for c in self._children(clause)
                    )
                )
                if personal and not shifted:
                    continue
                for verb in clause.rights:
                    if verb.dep_ != "conj" or any(
                        c.dep_ in ("nsubj", "nsubjpass", "expl") for c in self._children(verb)
                    ):
                        continue
                    own = (
                        (not personal and verb.lemma_.lower() in verbs)
                        or (
                            shifted
                            and verb.tag_ == "VBD"
                            # "would "not be blackmailed" but was open to dialogue": "is"
                            # shifted back, what was said
                            and verb.lemma_.lower() != "be"
                            and not any(c.dep_ in ("aux", "auxpass") for c in self._children(verb))
                        )
                        or _withholding(verb)
                    )
                    if not own:
                        continue
                    joint = (
                        next((c for c in clause.rights if c.dep_ == "cc" and c.i < verb.i), None)
                        or self._misread_subject_clause(clause, verb)
                        or verb
                    )
                    last = verb.right_edge
                    self._cut(draft, joint.idx, last.idx + len(last.text))

    def _misread_subject_clause(self, clause: Token, verb: Token) -> Token | None:
        """Return the comma before an "as" clause the parser tore from its own verb.

        In "warned that the region could slip into famine, as fighting between the army
        and the militia blocked convoys", the small model reads "fighting" as the verb of
        the "as" clause and joins "blocked" to the reported clause: the "as" clause is the
        subject of the joined verb, and what the writer adds goes with it.
        """
        for child in clause.rights:
            if child.dep_ != "advcl" or child.i > verb.i or child.right_edge.i != verb.i - 1:
                continue
            first = child.left_edge
            if first.dep_ != "mark" or first.lower_ not in ("as", "while"):
                continue
            if child.tag_ != "VBG" or any(
                c.dep_ in ("nsubj", "nsubjpass", "aux") for c in self._children(child)
            ):
                continue
            before = self.tokens[first.i - 1] if first.i > 0 else None
            return before if before is not None and before.text == "," else first
        return None

    def _personal(self, subject: Token) -> bool:
        """Whether a clause's subject may be a person: a pronoun, a person or a person noun."""
        if subject.lower_ in _PERSONAL or subject.ent_type_ in ("PERSON", "NORP"):
            return True
        actor = self.actor(subject)
        if actor is not None and self.actor_kinds.get(actor) in ("person", "group"):
            return True
        groups, people = _speaking_nouns()
        return subject.lower_ in groups or subject.lemma_.lower() in people

    def _without_raising(self, drafts: list[_Draft]) -> list[_Draft]:
        """Drop a passive cue that only frames another: "Xi is reported to have said ...".

        Its subject is who spoke, through the inner cue ("said"); the frame with nobody
        named as its speaker is no statement of its own.
        """
        heads = {draft.head for draft in drafts}
        kept = []
        for draft in drafts:
            verb = self.tokens[draft.head] if draft.head >= 0 else None
            framing = (
                verb is not None
                and draft.speaker is None
                and any(c.dep_ == "auxpass" for c in self._children(verb))
                and any(c.dep_ == "xcomp" and c.i in heads for c in self._children(verb))
            )
            if not framing:
                kept.append(draft)
        return kept

    def _without_planned(self, drafts: list[_Draft]) -> list[_Draft]:
        """Drop a cue that another statement reports as to come: "said the bloc would propose".

        A cue with a modal ("would", "will", "could") inside what someone else said, with its
        speaker, is what may be said later, not a statement made; so is a cue in the
        infinitive of another ("promised to declare", "urged them to say").
        """
        kept = []
        heads = {draft.head for draft in drafts}
        for draft in drafts:
            verb = self.tokens[draft.head] if draft.head >= 0 else None
            if (
                verb is not None
                and verb.dep_ == "xcomp"
                and verb.tag_ == "VB"
                and verb.head.i in heads
                and any(c.dep_ == "aux" and c.lower_ == "to" for c in self._children(verb))
            ):
                continue  # "promised to declare an emergency": what was promised, not said
            if (
                verb is not None
                and verb.dep_ == "pcomp"
                and verb.head.lower_ in ("against", "of", "about")
                and verb.head.head.i in heads
            ):
                continue  # "warned against blaming rentals": what they warned of
            if (
                verb is not None
                and verb.dep_ == "acl"
                and verb.tag_ == "VBN"
                and draft.speaker is None
                and not any(c.dep_ == "agent" for c in self._children(verb))
                and any(c.dep_ == "xcomp" for c in self._children(verb))
            ):
                continue  # "the plan, estimated to cost $11 billion": no one said it here
            if (
                verb is None
                or draft.speaker is None
                or not any(c.dep_ == "aux" and c.lower_ in _MODALS for c in self._children(verb))
            ):
                kept.append(draft)
                continue
            cue, said_by = verb.idx, draft.speaker.idx
            inside = any(
                other is not draft
                and other.head >= 0
                and any(
                    a <= cue < b and a <= said_by < b and not self._quoted(a, b)
                    for a, b in other.content
                )
                for other in drafts
            )
            if not inside:
                kept.append(draft)
        return kept

    def _without_repeats(self, drafts: list[_Draft]) -> list[_Draft]:
        """Drop a statement reported inside the same speaker's: "Kerry said he hoped ...".

        A speaker named again inside the words is another statement, made at another time:
        "Pyongyang claimed ... because North Korea announced its intention in 1993".
        """
        by_sentence: dict[int, list[_Draft]] = {}
        for draft in drafts:
            by_sentence.setdefault(self.sentences.of(draft.head).start, []).append(draft)
        kept = []
        for draft in drafts:
            if (
                draft.speaker is None
                or draft.speaker.pos_ == "PROPN"
                or self._relative_aside(draft) is not None
            ):
                # "paid tribute to her work, which it said had helped ...": a claim of its own
                kept.append(draft)
                continue
            cue, said_by = self.tokens[draft.head].idx, draft.speaker.idx
            # Both the cue and its speaker inside the other's words: "he hoped" in "Kerry
            # said he hoped ...", but not "added" that the parser hung inside a clause.
            repeats = any(
                other is not draft
                and other.speaker is not None
                and any(
                    a <= cue < b and a <= said_by < b and not self._quoted(a, b)
                    for a, b in other.content
                )
                and self._same_speaker(draft, other)
                for other in by_sentence[self.sentences.of(draft.head).start]
            )
            if not repeats:
                kept.append(draft)
        return kept

    def _same_speaker(self, inner: _Draft, outer: _Draft) -> bool:
        """Whether ``inner``, told in ``outer``'s words, is said by the same speaker.

        So is one said by whom ``outer``'s speaker speaks for: "A spokesman for the company
        said it regretted the disruption" is the spokesman's statement on the company's
        behalf, not a second one of the company's.
        """
        if inner.speaker is None or outer.speaker is None:
            return False
        principal = outer.principal_id
        actor = self.speaker_actor(inner)
        if actor is not None:
            return actor in (self.speaker_actor(outer), principal)
        if (
            inner.speaker.lower_ == "it"
            and principal is not None
            and self.actor_kinds.get(principal) not in (None, "person")
        ):
            return True
        return inner.speaker.lower_ in ("he", "she", "they", "we", "i")


# Verbs of giving or keeping back details: "did not elaborate", "gave no details",
# "declined to say".
_WITHHELD = frozenset(
    {
        "elaborate", "comment", "specify", "disclose", "detail", "explain", "say", "give",
        "provide", "offer", "release", "reveal", "identify", "name", "confirm", "answer",
        "mention", "address", "describe", "discuss",
    }
)  # fmt: skip


def _withholding(verb: Token) -> bool:
    """Whether ``verb`` says the speaker kept something back: what they did, not said.

    "did not elaborate", "gave no details", "declined to give details", "refused to say",
    and what they held back from: "stopped short of endorsing eurobonds", "refrained from
    naming the company".
    """
    lemma = verb.lemma_.lower()
    if lemma in ("stop", "fall", "come"):
        return any(
            c.lower_ == "short" and any(p.lower_ == "of" for p in c.children) for c in verb.children
        )
    if lemma in ("refrain", "abstain"):
        return any(c.dep_ == "prep" and c.lower_ == "from" for c in verb.children)
    if lemma in ("decline", "refuse"):
        return any(c.dep_ == "xcomp" and c.lemma_.lower() in _WITHHELD for c in verb.children)
    if lemma not in _WITHHELD:
        return False
    if any(c.dep_ == "auxpass" for c in verb.children):
        return False  # "could not be explained by addiction alone": said of a thing
    if any(c.dep_ == "neg" for c in verb.children):
        return True
    return any(
        c.dep_ == "dobj" and any(d.lower_ == "no" for d in c.children) for c in verb.children
    )


def _behalf_of(head: Token) -> Token | None:
    """Return whom "on behalf of X" or "on X's behalf" under ``head`` names, if any."""
    for prep in head.children:
        if prep.dep_ != "prep" or prep.lower_ != "on":
            continue
        for behalf in prep.children:
            if behalf.dep_ != "pobj" or behalf.lower_ != "behalf":
                continue
            owner = next((c for c in behalf.children if c.dep_ == "poss"), None)
            if owner is not None:
                return owner  # "on her behalf", "on the family's behalf"
            of = next((c for c in behalf.children if c.lower_ == "of"), None)
            whom = next((c for c in of.children if c.dep_ == "pobj"), None) if of else None
            if whom is not None:
                return whom  # "on behalf of the family"
    return None


def _read_on_behalf_of(document: Token) -> Token | None:
    """Return whom a document read out was read for: "read a statement on her behalf"."""
    if document.dep_ != "dobj" or document.head.lemma_.lower() != "read":
        return None
    return _behalf_of(document) or _behalf_of(document.head)
