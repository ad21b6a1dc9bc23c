"""Reported speech: what a cue says, found in the parse.

The content of a cue is its first complement of the kinds the lexicon lets it take: a
that-clause ("said that ..."; also one before the cue, "X, he said"), an addressee and an
infinitive ("urged nations to act"), what something is called ("called the decision a
mistake"), an infinitive, an object, or a prepositional phrase ("expressed doubt about ...").
A trailing participle clause joins the content (", mentioning ...") unless it is a cue of its
own (", warning ..."); a cue set inside its content gets the content around it ("X, he said,
Y"; "As he noted, X").
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Sequence
from functools import cache

from spacy.tokens import Token

from newsevents._syntax import SUBJECT_DEPS
from newsevents._words import RELATIVE_WORDS
from newsevents.lexicons import load_lexicon
from newsevents.statements._document import _QUOTING_VERBS, _Document, _Draft, _subtree_range

# Auxiliaries of a verb in the reported tense: "said it was hurt and would appeal".
_REPORTED_AUXILIARIES = frozenset({"would", "could", "might", "should", "had", "'d"})


def _token_range(tokens: Iterable[Token]) -> tuple[int, int]:
    items = list(tokens)
    return min(t.i for t in items), max(t.i for t in items) + 1


# The longest name or title, in tokens, that the parser may cut off a speaker's phrase.
_TITLE_LIMIT = 10
# Lower-case words inside names and titles: "Department of Homeland Security".
_NAME_JOINERS = frozenset({"of", "the", "for", "and", "'s", "’s", "de", "al"})
# How the phrases before a cue hang when they only say when, where or how: "In 1997, under a
# new deal, India agreed", "As he was speaking, his campaign posted".
# Words that open a clause of why or while, never one of what was said.
_REASON_MARKS = frozenset({"as", "because", "while", "although", "though", "since", "whereas"})
# Conjunctions of a clause set off after a cue that follows what was said: a condition or a
# reason is part of the claim ("Fares will rise, he said, unless ..."), where "when" or "as"
# tells when it was said.
_CLAIM_MARKS = frozenset({"if", "unless", "because", "although", "though"})
_ADVERBIAL = frozenset({"prep", "advmod", "npadvmod", "mark", "cc"})
# Nouns by which a writer comments on a claim after it: ", a claim that could not be verified".
_COMMENT_NOUNS = frozenset(
    {"claim", "accusation", "allegation", "charge", "assertion", "figure", "account", "version"}
    | {"toll", "number", "report", "statement", "contention", "estimate"}
    # the writer's word for what was announced: ", a move that would make its army ..."
    | {"move", "step", "sign", "shift", "reversal", "setback", "blow", "departure"}
    # and for what was decided or how it turned out: ", a decision that will cost 300 jobs"
    | {"decision", "ruling", "verdict", "judgment", "judgement", "development", "outcome"}
    | {"announcement", "change", "escalation", "concession", "admission"}
    # the writer's word for the words themselves or what they report: ", a phrase greeted
    # with groans", ", a result that, if confirmed, would be a first"
    | {"phrase", "remark", "comment", "result", "finding"}
)
# Words by which a writer frames what was done: ", in a move seen as retaliation".
_FRAMING = re.compile(
    r",\s+(?:in\s+(?:a|an|what)\s+(?:move|sign|step|blow|rebuke|reversal|setback)"
    # ", without giving details": what the speaker did not say, in the writer's words
    r"|without\s+(?:giving|providing|offering|elaborating|specifying|saying|naming|citing"
    r"|disclosing|revealing|explaining|identifying)"
    # ", drawing a cry of 'When?' from the benches", ", prompting fears of ...": how the
    # words were received
    r"|(?:prompting|sparking|triggering|eliciting|provoking|drawing)\s+(?:an?\s+(?:cry|storm"
    r"|wave|flurry|backlash|rebuke|outcry|uproar|walkout)|applause|laughter|cheers|jeers"
    r"|groans|shouts|boos|gasps|heckling|criticism"
    r"|condemnation|anger|outrage|fears|protests|questions|speculation|calls\s+for)"
    # ", though he declined to say how many": what the speaker held back
    r"|(?:though|although|but)\s+(?:he|she|they|it)\s+(?:declined|refused|would\s+not"
    r"|did\s+not\s+(?:say|give|elaborate|specify)|gave\s+no|offered\s+no|provided\s+no"
    # ", although he stopped short of endorsing ...": what the speaker held back from
    r"|(?:stopped|fell)\s+short\s+of|refrained\s+from)"
    # ", though several officials have since signaled ...": what others did after
    r"|(?:though|although)\s+(?:[\w-]+\s+){1,4}?(?:have|has)\s+since"
    # ", to applause from Democrats", ", to a standing ovation": how the audience took it
    r"|to\s+(?:(?:loud|long|thunderous|sustained|scattered|some|a)\s+)?(?:applause|cheers"
    r"|laughter|jeers|boos|groans|gasps|standing\s+ovation))\b",
    re.IGNORECASE,
)
# The writer's comment on a claim after a comma, however the parser reads it: "said the
# vote was rigged, an accusation the government rejects", '"maximum restraint," a claim
# rights groups rejected' (the comma inside the quotation marks).
_COMMENT_AFTER = re.compile(
    r",([\"\u201d\u2019']?)\s+(?:a|an)\s+"
    r"(?:claim|accusation|allegation|assertion|contention|charge|figure|phrase|remark"
    r"|comment|result|finding)\s+"
    r"(?:that\s+|which\s+)?\w+",
    re.IGNORECASE,
)
# Words before "that" that make a clause say why or when: "so that", "now that".
_NOT_SAID_THAT = frozenset({"so", "such", "now", "given", "except", "provided", "in"})
# Words that place a date before a reported clause: "said late on Sunday he would ...".
_TIME_WORDS = frozenset({"late", "early", "earlier", "later"})
# words by which a date points to a time ("the following week", "last month")
_POINTING_DATE_WORDS = frozenset(
    {"following", "next", "previous", "last", "same", "this", "coming", "yesterday", "today"}
)


# Nouns of a time an object's verb is set in, not what it says: "confirmed it that day".
_TIME_UNITS = frozenset(
    ("day", "week", "month", "year", "morning", "afternoon", "evening", "night", "time")
)


@cache
def _person_words() -> frozenset[str]:
    """Titles and nouns of people of the shipped ``titles`` lexicon ("chancellor", "aide")."""
    titles = load_lexicon("titles")
    words = [*titles.get("titles", []), *titles.get("person_nouns", [])]
    return frozenset(word.lower() for word in [*words, *titles.get("kinship_nouns", [])])


def _that_misread(clause: Token) -> bool:
    """Whether a relative clause's "that" is a conjunction: "a briefing that China opposed it".

    With an object or subject of its own besides "that", the clause cannot be relative.
    """
    if clause.dep_ != "relcl":
        return False
    children = list(clause.children)
    that = next((c for c in children if c.lower_ == "that" and c.i < clause.i), None)
    if that is None or that.dep_ not in ("dobj", "nsubj"):
        return False
    return any(c.dep_ == that.dep_ and c.i != that.i for c in children)


# Verbs of an aside that names a source: "citing three sources", "quoting officials".
def _as_clause(token: Token) -> bool:
    """Whether ``token`` heads "as politically motivated", parsed as a clause of the verb.

    In "described the strike as politically motivated" the parser makes "as" an adverb of
    "motivated", a clause of "described": what the strike is called, as in "as a stunt".
    "as the rain fell" opens with a conjunction: a time, not a name.
    """
    first = token.left_edge
    return token.dep_ == "advcl" and first.lower_ == "as" and first.dep_ == "advmod"


def _adverbial(token: Token) -> bool:
    """Whether a phrase only says when, where or how: "In 1997", "As he was speaking".

    A clause the parser took for an adverbial one, with a subject and no conjunction, is
    none: "Since March, families were leaving the valley, an official said".
    """
    if token.dep_ == "advcl":
        children = list(token.children)
        return any(c.dep_ == "mark" for c in children) or not any(
            c.dep_ in ("nsubj", "nsubjpass", "expl") for c in children
        )
    return token.dep_ in _ADVERBIAL


# Words that open a real relative clause: "the reporters who were told".
# Nouns of meetings and calls after which a that-clause the parser made relative to them may
# be what was told ("told reporters after the meeting that ...").
_MEETING_NOUNS = frozenset(
    {"call", "meeting", "talks", "session", "summit", "hearing", "trial", "interview"}
)
# Verbs done to a document or an occasion, whose object a relative "that" on one may be:
# "said in a statement that he posted", "said at a news conference that she called".
_HANDLING_VERBS = frozenset(
    {
        "issue", "release", "publish", "post", "put", "write", "send", "sign", "file", "submit",
        "deliver", "give", "make", "read", "see", "obtain", "share", "record", "delete", "draft",
        "prepare", "broadcast", "air", "hold", "host", "call", "attend", "convene", "chair",
        "organize", "organise", "have", "tweet", "upload", "distribute", "circulate", "review",
    }
)  # fmt: skip
# prepositions of the time words were said at: "said after the vote that ..."
_WHEN_SAID = frozenset({"after", "before", "during", "following"})
# Nouns whose "that" clause says what they hold, not what the speaker said there: "said in
# the hope that the talks would resume", "warned amid fears that ...", "in the event that".
_CONTENT_NOUNS = frozenset(
    {
        "hope", "belief", "fear", "concern", "ground", "grounds", "fact", "claim", "view",
        "assumption", "expectation", "understanding", "idea", "notion", "news", "report",
        "rumour", "rumor", "suggestion", "assurance", "promise", "condition", "event", "sense",
        "knowledge", "evidence", "sign", "indication", "suspicion", "allegation", "accusation",
        "speculation", "possibility", "chance", "risk", "danger", "warning", "threat", "doubt",
        "realisation", "realization", "recognition", "acknowledgement", "acknowledgment",
        "admission", "confirmation", "conviction", "certainty", "insistence", "proposal",
        "demand", "requirement", "pledge", "argument", "theory", "impression", "thought",
        "way", "extent", "degree", "point",
    }
)  # fmt: skip


# Nouns of the edge of an event that a statement is set in: "on the sidelines of a summit".
_SIDES_OF_EVENTS = frozenset({"sideline", "sidelines", "margin", "margins", "side", "fringe"})

# Double quotation marks: a paragraph with one is a quotation of its own, read as such.
_QUOTE_MARKS = frozenset('“”„«»"')


class _Reported(_Document):
    """Finds the content of a cue: clauses, infinitives, objects, participles."""

    def _find_content(
        self, draft: _Draft, verb: Token, takes: frozenset[str], about: frozenset[str]
    ) -> None:
        for child in self._children(verb):
            if child.dep_ in ("dative", "dobj") and "addressee" in takes:
                draft.addressee = child
            if child.dep_ == "prep" and child.lower_ == "to" and "quote" in takes:
                pobj = next((c for c in self._children(child) if c.dep_ == "pobj"), None)
                draft.addressee = draft.addressee or pobj
        if draft.addressee is None:
            # "said in a statement to Variety", "wrote in a letter to lawmakers": to whom the
            # setting was addressed
            draft.addressee = next(
                (
                    whom
                    for prep in self._children(verb)
                    if prep.dep_ == "prep" and prep.lower_ == "in"
                    for noun in self._children(prep)
                    if noun.dep_ == "pobj" and self._is_setting(noun)
                    for to in self._children(noun)
                    if to.dep_ == "prep" and to.lower_ == "to"
                    for whom in self._children(to)
                    if whom.dep_ == "pobj"
                ),
                None,
            )
        if self._colon_quote_after(verb):
            return  # 'she told Tan: "Don't worry ..."': the quotation, read as such, is said
        block = self._block_after_colon(verb)
        if block is not None:
            # "Rain Newton-Smith, the CBI chief executive, said:" and her words set out in
            # the next paragraph, without quotation marks: a live blog's block quote
            draft.content = [block]
            draft.verbatim = True
            return
        passive = next((c for c in self._children(verb) if c.dep_ == "nsubjpass"), None)
        if passive is None:
            passive = self._torn_passive_subject(verb)
        if passive is None and self._passive_conjunct(verb):
            # "Beirut had complained ... and had been told ...": the subject both share
            passive = next((c for c in self._children(verb.head) if c.dep_ in SUBJECT_DEPS), None)
        xcomp = next((c for c in self._children(verb) if c.dep_ == "xcomp" and c.i > verb.i), None)
        if (
            passive is not None
            and "addressee" in takes
            and draft.addressee is None
            and passive.lower_ not in ("it", "this", "that", "which")
        ):
            # "Residents were told to stay indoors": the passive's subject is told
            draft.addressee = passive
        said_of = (
            "clause" in takes
            and passive is not None
            and passive.lower_ != "it"
            and xcomp is not None
            and self._is_infinitive(xcomp, perfect=True)
        )
        if said_of and passive is not None and xcomp is not None:
            # "Iran is said to have developed ...": Iran ... to have developed ...
            subject = _subtree_range(passive)
            if (
                passive.tag_ in ("WDT", "WP")
                and verb.dep_ == "relcl"
                and verb.head.pos_ in ("NOUN", "PROPN")
                and verb.head.i < passive.i
            ):
                # "the drug, which was claimed by Pfizer to be safe": the drug ... to be safe
                subject = self._said_of_phrase(verb.head, verb)
            draft.content = [
                self._chars(subject),
                self._chars(self._infinitive_range(xcomp)),
            ]
            draft.takes_clause = True
            return
        span = self._complement(verb, takes, about)
        if span is None and "clause" in takes and verb.dep_ == "xcomp":
            # "continues to assert, however, that ...": the clause hangs from the head verb.
            span = self._complement(verb.head, frozenset({"clause"}), about, after=verb.i)
        if span is None and "clause" in takes:
            span = self._after_relative_object(verb)
        if span is None and "clause" in takes:
            span = self._that_after_setting(verb)
        if span is None and "clause" in takes:
            span = self._clause_hung_past_object(verb)
        if (
            span is None
            and "object" in takes
            and passive is not None
            and passive.lower_ not in ("it", "this", "that", "which", "who")
            and any(c.dep_ == "agent" for c in self._children(verb))
            and self._lemma(verb) != "claim"  # "attacks are often claimed by fighters"
        ):
            # "Her death was confirmed by her son": the son confirms what the subject names
            span = _subtree_range(passive)
            reason = self._passive_reason(verb)
            if reason is not None:
                # "The UAE was accused by UN experts of arming the RSF": of what, too, which
                # the parser may hang on the agent
                draft.content = [self._chars(span), self._chars(_subtree_range(reason))]
                if draft.mention is not None and draft.mention[0] < reason.i < draft.mention[1]:
                    draft.mention = (draft.mention[0], reason.i)
                draft.takes_clause = "clause" in takes
                return
        if span is None and "object" in takes:
            span = self._object_of_reduced_passive(verb)
        if span is not None:
            draft.content = [self._chars(span)]
            condition = self._condition_after_cue(verb, span)
            if condition is not None:
                draft.content.append(self._chars(condition))
            noun = self._said_of_the_noun(verb, span)
            if noun is not None:
                # "a pipeline that Korvania says violates its waters": the pipeline ... violates
                draft.content.insert(0, self._chars(self._said_of_phrase(noun, verb)))
        draft.takes_clause = "clause" in takes

    def _condition_after_cue(self, verb: Token, span: tuple[int, int]) -> tuple[int, int] | None:
        """Return a condition or reason of the clause before the cue, hung on the cue after it.

        In "Prices will rise, the analysts said, if the strike goes on" the parser may hang
        the "if" clause on "said"; it is part of what was said, as "unless", "because" and
        "although" are. "when asked" or "as he left" tell when it was said and stay out, and
        ", although he added ..." is a statement of its own.
        """
        if span[1] > verb.i:
            return None
        for child in self._children(verb):
            if (
                child.dep_ == "advcl"
                and child.i > verb.i
                and self.tokens[child.left_edge.i - 1].text == ","
                and not self._is_cue(child)  # ", although he added: ..." is said by itself
                and any(
                    c.dep_ == "mark" and c.lower_ in _CLAIM_MARKS and c.i == child.left_edge.i
                    for c in self._children(child)
                )
            ):
                start, end = _subtree_range(child)
                while end > start and self.tokens[end - 1].is_punct:
                    end -= 1
                return (start, end) if self._has_words(start, end) else None
        return None

    @staticmethod
    def _quoting_verb(verb: Token) -> Token | None:
        """Return the "quoted" of "X was quoted as saying" (or "cited" of "O cited X as ...").

        Any cue may be the one quoted: "was quoted as warning", "quotes one of them as
        writing that ...".
        """
        head = verb.head
        if head.lower_ == "as" and head.dep_ == "prep":
            head = head.head
        elif verb.lemma_.lower() != "say":
            return None  # "quoted him saying ...", without "as", only with "say"
        if head.i != verb.i and head.lemma_.lower() in _QUOTING_VERBS:
            return head
        return None

    def _passive_conjunct(self, verb: Token) -> bool:
        """Whether ``verb`` is a passive joined after another verb, sharing its subject.

        In "Beirut had complained to Washington and had been told the violations would
        stop" the subject of "complained" is the one told, no speaker.
        """
        return (
            verb.dep_ == "conj"
            and verb.head.i < verb.i
            and any(c.dep_ == "auxpass" for c in self._children(verb))
            and not any(c.dep_ in SUBJECT_DEPS for c in self._children(verb))
        )

    def _colon_ending_cue(self, verb: Token) -> int | None:
        """Return the colon that ends the cue and whom it addresses ("told Tan:"), if one."""
        told = [
            child
            for child in self._children(verb)
            if child.dep_ in ("dobj", "dative") and child.i > verb.i
        ]
        colon = self._word_from(max((c.right_edge.i for c in told), default=verb.i) + 1)
        return colon if colon < len(self.tokens) and self.tokens[colon].text == ":" else None

    def _block_after_colon(self, verb: Token) -> tuple[int, int] | None:
        """Return the paragraph a cue that ends its own at a colon introduces, unquoted.

        "X said:" (or "X told Pippa Crerar:") at the end of a paragraph, a blank line, then
        a paragraph with no quotation mark in it: that paragraph is the speaker's words.
        """
        colon = self._colon_ending_cue(verb)
        if colon is None:
            return None
        tokens, text = self.tokens, self.text
        first = self._word_from(colon + 1)
        if first >= len(tokens):
            return None
        gap = text[tokens[colon].idx + 1 : tokens[first].idx]
        if gap.count("\n") < 2 or gap.strip():
            return None  # the words go on in the cue's own paragraph
        start = tokens[first].idx
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        paragraph = text[start:end].rstrip()
        if not paragraph or any(mark in paragraph for mark in _QUOTE_MARKS):
            return None
        if paragraph[-1] not in ".!?" or len(paragraph.split()) < 4:
            return None  # a time stamp ("11.42am GMT") or a post's by-line: no sentence said
        return start, start + len(paragraph)

    def _colon_quote_after(self, verb: Token) -> bool:
        """Whether the cue and whom it addresses end at a colon, and a quotation opens.

        'she told Tan: "Don't worry about the specs."', 'He told reporters: "..."'.
        """
        if not any(c.dep_ in ("dobj", "dative") and c.i > verb.i for c in self._children(verb)):
            return False  # 'said: "..."' reads right as it is
        tokens = self.tokens
        colon = self._colon_ending_cue(verb)
        if colon is None or colon + 1 >= len(tokens):
            return False
        after = self._word_from(colon + 1)
        # a quotation the text closes (one left open is read as reported words)
        return (
            after + 1 < len(tokens)
            and tokens[after].is_quote
            and self.quote_of[after + 1] >= 0
            and self.quotes[self.quote_of[after + 1]].closed
        )

    def _passive_reason(self, verb: Token) -> Token | None:
        """Return the "of" or "for" phrase of a passive cue with an agent, if any.

        "was accused by UN experts of arming ...", "was praised by the mayor for ...": on
        the verb, or on the agent's noun where the parser hangs it.
        """
        agent = next((c for c in self._children(verb) if c.dep_ == "agent"), None)
        if agent is None:
            return None
        for holder in (verb, *(c for c in self._children(agent) if c.dep_ == "pobj")):
            for prep in self._children(holder):
                if prep.dep_ != "prep" or prep.lower_ not in ("of", "for") or prep.i < agent.i:
                    continue
                # on the agent's noun, only a deed: not "the mayor of Lyon", "the minister
                # for health"
                if holder is verb or any(
                    c.dep_ == "pcomp" and c.tag_ == "VBG" for c in self._children(prep)
                ):
                    return prep
        return None

    def _said_of_the_noun(self, verb: Token, span: tuple[int, int]) -> Token | None:
        """Return the noun a relative cue's clause is said of: "a pipeline that X says violates".

        The cue is a relative clause of the noun, and the clause it reports has the relative
        pronoun for subject (or none): what is said is said of the noun.
        """
        if verb.dep_ != "relcl" or verb.head.pos_ not in ("NOUN", "PROPN"):
            return None
        noun = verb.head
        start, end = span
        clause = next((c for c in verb.children if c.dep_ == "ccomp" and start <= c.i < end), None)
        if clause is None or noun.i >= verb.i:
            return None
        subjects = [c for c in clause.children if c.dep_ in SUBJECT_DEPS]
        if any(s.lower_ not in ("that", "which", "who") for s in subjects):
            return None
        return noun

    def _said_of_phrase(self, noun: Token, verb: Token) -> tuple[int, int]:
        """Return the token range of what a relative cue's clause is said of, before the cue.

        The parser hangs the clause on the nearest noun, which is often the object of a
        preposition inside the phrase meant: "a savings product for farmers, which she says
        could reach ..." is said of the whole phrase (not of people: "who" keeps the noun;
        nor a clause without a comma, which names the nearest noun: "discussion of bills
        that Democrats say would help" is said of the bills).
        A time cannot be what "which" stands for, but what happened then: "voted to ban
        overtime from March 10, which the company warned could lead to ..." is said of the
        clause the time belongs to, "voted to ban overtime from March 10".
        """
        pronoun = verb.left_edge
        people = pronoun.lower_ in ("who", "whom", "whose")
        comma = pronoun.i > noun.i + 1 and self.tokens[pronoun.i - 1].text == ","
        phrase = noun
        while (
            comma
            and not people
            and phrase.dep_ == "pobj"
            and phrase.head.dep_ == "prep"
            and phrase.head.head.pos_ in ("NOUN", "PROPN")
            and phrase.head.head.i < phrase.i
        ):
            phrase = phrase.head.head
        end = pronoun.i - 1 if comma else noun.i + 1
        if not people and comma and noun.ent_type_ in ("DATE", "TIME"):
            clause = next((a for a in noun.ancestors if a.pos_ in ("VERB", "AUX")), None)
            while (
                clause is not None and clause.dep_ in ("xcomp", "conj") and clause.head.i < clause.i
            ):
                clause = clause.head
            if clause is not None and clause.i < noun.i:
                return clause.left_edge.i, end
        return phrase.left_edge.i, end

    def _clause_after_aside(self, verb: Token) -> Token | None:
        """Return the that-clause a verb set off by commas after the cue shares with it.

        "It was suggested, but never proved, that the mayor had taken bribes": the parser
        hangs the clause on "proved", the second of the two verbs; it is what was suggested.
        """
        tokens = self.tokens
        if verb.i + 1 >= len(tokens) or tokens[verb.i + 1].text != ",":
            return None
        for joined in self._children(verb):
            if joined.dep_ != "conj" or joined.i < verb.i:
                continue
            if not any(
                c.dep_ == "cc" and verb.i < c.i < joined.i for c in tokens[verb.i : joined.i]
            ):
                return None
            for clause in self._children(joined):
                start = clause.left_edge.i
                if (
                    clause.dep_ == "ccomp"
                    and clause.i > joined.i
                    and self._has_that(clause)
                    and tokens[start - 1].text == ","
                    and start - 1 > joined.i
                ):
                    return clause
        return None

    def _complement(
        self,
        verb: Token,
        takes: frozenset[str],
        about: frozenset[str],
        *,
        after: int = -1,
    ) -> tuple[int, int] | None:
        """Return the token range of what ``verb`` says, by the first complement it takes."""
        children = [c for c in self._children(verb) if c.i > max(after, verb.i)]
        if "naming" in takes and after < 0:
            shifted = self._shifted_naming(verb)
            if shifted is not None:
                return shifted  # "described as false reports that ...", before any clause
        if "clause" in takes:
            clauses = self._clauses(verb, after)
            if not clauses:
                misread = (
                    self._clause_read_as_relative_of_setting(verb, any_noun=True)
                    if not any(c.dep_ in ("dobj", "xcomp") for c in children)
                    else None
                )
                if misread is not None:
                    return _subtree_range(misread)
                shared = self._clause_after_aside(verb)
                if shared is not None:
                    return _subtree_range(shared)
            if len(clauses) == 1 and self._relative_read_as_clause(verb, clauses[0]):
                # "says the vote, in which 54.5% backed the charge, shows ...": what was
                # said is all that follows the cue, the relative clause inside it.
                words = [c for c in verb.rights if not (c.is_punct or c.is_space)]
                return verb.i + 1, max(c.right_edge.i for c in words) + 1
            if clauses:
                start, end = _token_range(t for c in clauses for t in (c.left_edge, c.right_edge))
                if start < verb.i < end:
                    # "the blazes which the government says were started ...": the relative
                    # pronoun opens the clause before the cue; what was said follows it.
                    start = verb.i + 1
                start = self._with_request_before(verb, takes, start)
                if len(clauses) == 1 and clauses[0].i > verb.i:
                    start = self._after_leading_date(clauses[0], start)
                    start = self._subject_hung_on_date(verb, clauses[0], start)
                    start = self._subject_hung_on_setting(verb, clauses[0], start)
                    if "addressee" not in takes:  # "told Moscow IS was ...": Moscow is told
                        start = self._with_misread_subject(verb, clauses[0], start)
                    # or to a verb the parser joined to the cue after a quotation ('that
                    # Ukraine "should be thanking Elon, not attacking him" and that ...')
                    joined = [c for c in self._children(verb) if c.dep_ == "conj"]
                    joined += [
                        c
                        for j in joined
                        if j.i < clauses[0].right_edge.i + 3
                        for c in self._children(j)
                        if c.dep_ == "conj" and self._has_that(c)
                    ]
                    second = next(
                        (
                            c
                            for c in joined
                            if c.i > clauses[0].i
                            and (self._has_that(c) or self._in_reported_tense(verb, c))
                        ),
                        None,
                    )
                    if second is not None:
                        # "said they had no power, and that food was running out": the
                        # parser joins the second that-clause to the cue
                        end = max(end, second.right_edge.i + 1)
                    if self._has_that(clauses[0]):
                        end = self._that_clauses_joined_above(verb, end)
                start = self._after_citing_aside(clauses, start, end)
                end = self._before_comment(start, end)
                if len(clauses) == 1:
                    end = self._before_narration(clauses[0], start, end)
                for clause in clauses:
                    aside = self._trailing_participle_cue(clause)
                    if aside is not None and start < aside.i - 1 < end:
                        # the comma before ", warning ...", after the quote closing before it
                        end = aside.i if self.tokens[aside.i - 1].is_quote else aside.i - 1
                return start, end
        if "addressee" in takes:
            target = next((c for c in children if c.dep_ in ("dobj", "dative")), None)
            wanted = self._clausal(verb, after=target.i) if target is not None else None
            if target is not None and wanted is not None:
                return target.left_edge.i, wanted.right_edge.i + 1
            misread = self._clause_read_as_relative(target) if "clause" in takes else None
            if misread is None and "clause" in takes:
                misread = self._clause_read_as_relative_of_setting(verb)
            if misread is None and "clause" in takes and wanted is None:
                misread = self._clause_read_as_relative_of_setting(verb, any_noun=True)
            if misread is not None:
                return _subtree_range(misread)
            hung = self._clause_hung_elsewhere(target)
            if hung is not None:
                return hung
            as_object = self._second_object_clause(verb, target)
            if as_object is not None:
                return as_object
        if "naming" in takes:
            named = self._naming(verb, children)
            if named is not None:
                return named
        if "infinitive" in takes:
            xcomp = next((c for c in children if c.dep_ == "xcomp" and c.i > verb.i), None)
            if xcomp is not None:
                return _subtree_range(xcomp)
        if "object" in takes:
            obj = next((c for c in children if c.dep_ == "dobj" and c.i > verb.i), None)
            if obj is not None and not obj.is_punct:
                return self._extend_participles(verb, self._object_span(verb, obj))
        if "about" in takes:
            preps = [
                c
                for c in children
                # "paid tribute to the firefighters", parsed with "to" a dative
                if c.dep_ in ("prep", "dative")
                and c.lower_ in about
                and not self._on_the_air(c)
                and not self._absolute_with(c)
                # "nothing to talk about": a preposition left without its object says nothing
                and any(o.dep_ in ("pobj", "pcomp") for o in self._children(c))
            ]
            target = next((c for c in children if c.dep_ in ("dobj", "dative")), None)
            if not preps and target is not None and "addressee" in takes:
                # "warned his colleagues against X": the parser may hang it on the one warned
                preps = [
                    c
                    for c in self._children(target)
                    if c.dep_ == "prep"
                    and c.lower_ in about
                    and c.lower_ != "of"  # "the men of the village": which men
                    and c.i > target.i
                    and any(o.dep_ in ("pobj", "pcomp") for o in self._children(c))
                ]
            if preps and preps[0].left_edge.i > verb.i:  # not "what they talked about"
                start, end = _subtree_range(preps[0])
                end = self._before_gerund_narration(verb, preps[0], end)
                end = self._as_after_about(verb, end)
                return self._extend_participles(verb, (start, end))
        return None

    def _object_of_reduced_passive(self, verb: Token) -> tuple[int, int] | None:
        """Return the noun phrase a past participle with an agent is hung on.

        "the claims reiterated by the ministry were false": the ministry reiterated the
        claims, which the noun before the participle names (the phrase up to it).
        """
        if (
            verb.dep_ != "acl"
            or verb.tag_ not in ("VBN", "VBD")
            or verb.head.pos_ not in ("NOUN", "PROPN")
            or verb.head.i > verb.i
            or not any(c.dep_ == "agent" for c in self._children(verb))
        ):
            return None
        start, end = verb.head.left_edge.i, verb.left_edge.i
        while end > start and (self.tokens[end - 1].is_punct or self.tokens[end - 1].is_space):
            end -= 1
        return (start, end) if end > start else None

    def _that_clauses_joined_above(self, verb: Token, end: int) -> int:
        """Return the end of what was said past that-clauses the parser joins higher up.

        In "issued a notice indicating that jobs would go, that the plant would close, and
        that wages would fall", the parser joins the last that-clause to "issued": a
        that-clause right after the one the cue heads, with only a comma or "and" between,
        is said too.
        """
        ancestors = list(verb.ancestors)
        while True:
            at = end
            while at < len(self.tokens) and (
                self.tokens[at].is_punct or self.tokens[at].lower_ in ("and", "or")
            ):
                at += 1
            if at == end or at >= len(self.tokens) or self.tokens[at].lower_ != "that":
                return end
            clause = self.tokens[at].head
            if not (
                self.tokens[at].dep_ == "mark"
                and clause.dep_ == "conj"
                and clause.left_edge.i == at
                and (clause.head == verb or clause.head in ancestors)
            ):
                return end
            end = clause.right_edge.i + 1

    def _as_after_about(self, verb: Token, end: int) -> int:
        """Return the end of what was said past an "as" that names what it is about.

        'paid tribute to Whitcombe as "a giant of our movement"' says what Whitcombe was,
        not only whom the tribute was to: an "as" of the cue right after its preposition's
        object belongs to it (the closing quotation mark too).
        """
        named = next(
            (
                c
                for c in self._children(verb)
                if c.dep_ == "prep"
                and c.lower_ == "as"
                and c.left_edge.i == end
                and any(o.dep_ == "pobj" for o in self._children(c))
            ),
            None,
        )
        if named is None:
            return end
        last = _subtree_range(named)[1]
        opened = sum(1 for t in self.tokens[end:last] if t.is_quote)
        if opened % 2 and last < len(self.tokens) and self.tokens[last].is_quote:
            last += 1  # the quotation the parser hung on the cue, closed after the name
        return last

    def _before_gerund_narration(self, verb: Token, prep: Token, end: int) -> int:
        """Return where what a gerund says ends before the writer's clause of "as".

        In "accused Starmer of "betraying" pensioners on Wednesday as the two leaders
        clashed over cuts", the parser hangs the clause of "as" in the plain past, and the
        day, on the gerund: a gerund has no tense of its own, and the plain past after a
        cue in the past is the time the words were said, the writer's. Not a clause of
        "as" in another tense ("of acting as if the law did not apply").
        """
        if verb.tag_ != "VBD":
            return end
        for gerund in self._children(prep):
            if gerund.dep_ != "pcomp" or gerund.tag_ not in ("VBG", "NN"):
                continue
            for child in gerund.rights:
                own = list(self._children(child))
                if not (
                    child.dep_ == "advcl"
                    and child.tag_ == "VBD"
                    and child.left_edge.dep_ == "mark"
                    and child.left_edge.lower_ in ("as", "while")
                    and any(c.dep_ == "nsubj" for c in own)
                    and not any(c.dep_ in ("aux", "auxpass") for c in own)
                ):
                    continue
                cut = child.left_edge.i
                # the day the words were said, right before: "on Wednesday as ..."
                before = [
                    c for c in gerund.rights if c.dep_ == "prep" and c.right_edge.i == cut - 1
                ]
                if before and all(
                    t.ent_type_ in ("DATE", "TIME") for t in self.tokens[before[0].i + 1 : cut]
                ):
                    cut = before[0].i
                while cut > prep.i + 1 and self.tokens[cut - 1].is_punct:
                    cut -= 1
                return min(end, cut)
        return end

    @staticmethod
    def _in_reported_tense(verb: Token, joined: Token) -> bool:
        """Whether ``joined``, hung on the cue ``verb``, goes on with what was said.

        "said it was "disappointed" and would appeal", "acknowledged she had been fired and
        had filed a claim", "argued that ... and that poor record-keeping explains the
        deaths": with no subject before it, a verb in the reported tense (a modal, a past
        perfect, or the present after a past cue) continues the reported clause, not the
        speaker's own doing ("said so and left").
        """
        if joined.pos_ not in ("VERB", "AUX"):
            return False
        if any(c.dep_ in SUBJECT_DEPS and c.i < joined.i for c in joined.children):
            return False
        perfect = verb.tag_ == "VBN" and any(
            c.dep_ == "aux" and c.lower_ in ("has", "have", "had") for c in verb.children
        )
        if verb.tag_ != "VBD" and not perfect:
            return False  # ("has argued that ... and that poor record-keeping explains")
        auxiliaries = {c.lower_ for c in joined.children if c.dep_ in ("aux", "auxpass")}
        if auxiliaries & _REPORTED_AUXILIARIES:
            return True
        # the present after a past cue (not after "has said": the present is the speaker's)
        return not perfect and joined.tag_ in ("VBZ", "VBP") and not auxiliaries

    @staticmethod
    def _relative_read_as_clause(verb: Token, clause: Token) -> bool:
        """Whether a clause after the cue's object opens with "in which" and the like.

        Such a clause relates to the object; the parser took it for what was said.
        """
        first = clause.left_edge
        if first.i + 1 >= clause.right_edge.i or first.tag_ != "IN":
            return False
        pronoun = first.nbor(1)
        return pronoun.tag_ in ("WDT", "WP") and any(
            c.dep_ == "dobj" and verb.i < c.i < first.i for c in verb.children
        )

    def _after_citing_aside(self, clauses: Sequence[Token], start: int, end: int) -> int:
        """Move ``start`` past a source-naming aside that opens what was said.

        "said, citing new figures, that crime had fallen": the parser puts "citing new
        figures" inside the clause; it is the speaker's aside, not their words.
        """
        for clause in clauses:
            for aside in self._children(clause):
                if (
                    aside.dep_ == "advcl"
                    and aside.lemma_.lower() in _QUOTING_VERBS
                    and aside.left_edge.i == start
                ):
                    after = aside.right_edge.i + 1
                    while after < end and self.tokens[after].is_punct:
                        after += 1
                    if after < end:
                        return after
        return start

    def _on_the_air(self, prep: Token, *, titles: bool = False) -> bool:
        """Whether ``prep`` names where it was said: "on CNN", and with ``titles`` a show.

        'made similar remarks on "Fox News Sunday"': after a noun of speech, a title in
        quotation marks is the show; after a verb it may be what is insisted on
        ("insists on 'peaceful protest'").
        """
        if prep.i + 1 >= len(self.tokens):
            return False
        if titles and self.tokens[prep.i + 1].is_quote:
            return True
        objects = [c for c in self._children(prep) if c.dep_ == "pobj"]
        names, words = self.lexicon.outlet_names, self.lexicon.outlet_words
        platforms = self.lexicon.platforms
        return any(
            obj.lower_ in names
            or obj.lower_ in words
            or obj.lower_ in platforms  # "spoke out on Facebook"
            or any(c.lower_ in names for c in obj.lefts)  # "on CNN's State of the Union"
            for obj in objects
        )

    @staticmethod
    def _with_misread_subject(verb: Token, clause: Token, start: int) -> int:
        """Return where a clause starts whose subject the parser took for the cue's object.

        "said Thursday any conclusions ... are speculation", "deny the Kurdish action has
        been coordinated": a clause with no subject of its own after an object of the cue
        has that object for its subject.
        """
        if any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj", "mark") for c in clause.children):
            return start
        finite = ("VBD", "VBZ", "VBP", "MD")
        if clause.tag_ not in finite and not any(
            c.dep_ in ("aux", "auxpass") and c.tag_ in finite for c in clause.children
        ):
            return start
        obj = next(
            (c for c in verb.children if c.dep_ == "dobj" and verb.i < c.i < clause.left_edge.i),
            None,
        )
        if obj is None:
            return start
        between = verb.doc[obj.right_edge.i + 1 : clause.left_edge.i]
        if any(t.is_punct or t.is_space for t in between):
            return start
        return min(start, obj.left_edge.i)

    def _naming(self, verb: Token, children: Sequence[Token]) -> tuple[int, int] | None:
        """Return "the decision a serious mistake" of "called the decision a serious mistake"."""
        shifted = self._shifted_naming(verb)
        if shifted is not None:
            return shifted
        obj = next((c for c in children if c.dep_ == "dobj"), None)
        if obj is None:
            named = self._naming_predicate(verb)
            relative = verb.dep_ in ("acl", "relcl") and verb.head.pos_ == "NOUN"
            subjects = [c.i for c in self._children(verb) if c.dep_ == "nsubj"]
            if named is not None and (
                relative
                or any(
                    c.dep_ == "dobj"
                    and c.i < verb.i
                    # 'an answer Castellano called "a dodge"', read as the clause's object
                    and (c.tag_ in ("WP", "WDT") or any(c.i < i < verb.i for i in subjects))
                    for c in self._children(verb)
                )
            ):
                # "what he called a witch hunt", 'a move the mayor called "long overdue"'
                return _subtree_range(named)
            return None
        for child in (*children, *obj.rights):
            if child.i <= obj.i:
                continue
            as_phrase = (child.dep_ == "prep" and child.lower_ == "as") or _as_clause(child)
            predicate = child.dep_ in ("oprd", "npadvmod", "ccomp") and child.pos_ in (
                "NOUN",
                "PROPN",
                "ADJ",
            )
            # 'called the damage "unprecedented"', parsed as a quoted adjective of the object
            quoted = child.dep_ == "amod" and child.head.i == obj.i and self._in_quote(child)
            if as_phrase or predicate or quoted or self._named_appositive(obj, child):
                end = child.right_edge.i + 1
                if quoted and end < len(self.tokens) and self.tokens[end].is_quote:
                    end += 1  # the closing mark the parser left out of the adjective
                if as_phrase:
                    end = self._second_predicate(verb, end)
                return obj.left_edge.i, end
        # 'called the announcement "a black day for our city"', the quotation hung elsewhere:
        # the object and the quotation right after it
        after = obj.right_edge.i + 1
        if after < len(self.tokens) and self.quote_of[after] >= 0:
            closing = self.quotes[self.quote_of[after]].end
            end = bisect.bisect_left(self.token_starts, closing)
            return obj.left_edge.i, end
        return None

    def _second_predicate(self, verb: Token, end: int) -> int:
        """Return the end of a naming's "as" phrase with an adjective joined after it.

        'described it as overlong but "impossible to shake."': the parser may join the
        adjective to the verb; a verb joins no adjective of its own, so it is a second
        thing the object is called, quotation marks included.
        """
        if end >= len(self.tokens) or self.tokens[end].lower_ not in ("but", "and", "or"):
            return end
        start = end + 1
        if start < len(self.tokens) and self.tokens[start].is_quote:
            start += 1
        adjective = next(
            (c for c in verb.children if c.dep_ == "conj" and c.i == start and c.pos_ == "ADJ"),
            None,
        )
        if adjective is None:
            return end
        last = adjective.right_edge.i + 1
        opening = self.quote_of[end + 1] if end + 1 < start else -1
        if opening >= 0:
            closing = self.quotes[opening].end
            return max(last, bisect.bisect_left(self.token_starts, closing))
        return last

    def _shifted_naming(self, verb: Token) -> tuple[int, int] | None:
        """Return "as false reports that ..." of "described as false reports that ...".

        An active naming cue with no object of its own, followed at once by "as": the long
        object was moved after what it is called, and the parser hangs it inside the
        "as" phrase ("as false and mischievous reports that ...") or after it ("as false
        the reports that ..."). What was said is the phrase and the object together.
        """
        children = self._children(verb)
        if verb.dep_ in ("acl", "relcl", "amod") or any(
            c.dep_ in ("nsubjpass", "auxpass", "dobj", "dative") and c.i < verb.i for c in children
        ):
            return None  # "the reports, described as false", "what he described as ..."
        following = self._word_from(verb.i + 1)
        if following >= len(self.tokens) or self.tokens[following].lower_ != "as":
            return None
        phrase = next((c for c in children if c.left_edge.i == following), None)
        if phrase is None:
            return None
        if phrase.dep_ == "prep":
            named = [c for c in self._children(phrase) if c.dep_ == "pobj"]
            # the predicate before the object: "as false (and mischievous) reports"
            shifted = any(
                c.pos_ == "ADJ" and c.dep_ in ("amod", "conj") for n in named for c in n.lefts
            )
        elif phrase.dep_ == "advcl":  # "as fabricated a video that ...", a participle
            shifted = not any(
                c.dep_ in ("nsubj", "nsubjpass", "expl") for c in self._children(phrase)
            ) and any(c.dep_ == "dobj" for c in self._children(phrase))
        else:
            return None
        end = phrase.right_edge.i + 1
        obj = next((c for c in children if c.dep_ == "dobj" and c.i > phrase.i), None)
        if obj is not None and obj.left_edge.i == end:
            end, shifted = obj.right_edge.i + 1, True  # "as false the reports that ..."
        if not shifted:
            return None
        # "as false reports circulating online that ...": the object's that-clause, which the
        # parser may hang on the cue
        clause = self._clause_of_shifted_object(verb, end)
        return following, clause.right_edge.i + 1 if clause is not None else end

    def _clause_of_shifted_object(self, verb: Token, end: int) -> Token | None:
        """Return a that-clause hung on ``verb`` that goes on from its moved object at ``end``."""
        return next(
            (
                c
                for c in self._children(verb)
                if c.dep_ == "ccomp" and c.left_edge.i == end and self._has_that(c)
            ),
            None,
        )

    def _as_hung_in_object(self, verb: Token, obj: Token) -> Token | None:
        """Return "as" of "as false" that the parser hung inside a naming cue's long object.

        "described reports that Tinubu was flown abroad for medical treatment as false":
        "as" and adjectives alone that end the object, hung on a noun of it (a noun takes
        no "as false") or on a verb with no object that is no passive ("reports that the
        minister had resigned as baseless"), say what the object is called. On a passive
        or a verb with an object the phrase may be the clause's own: "reports that he was
        seen as weak", "claims that they regard him as weak".
        """
        entry = self.lexicon.verbs.get(self._lemma(verb))
        if not (
            (entry is not None and "naming" in entry.takes)
            or any(p.requires == "as" for p in self.lexicon.phrases.get(self._lemma(verb), ()))
        ):
            return None
        last = obj.right_edge.i
        while last > obj.i and self.tokens[last].is_punct:
            last -= 1
        first = last
        while (
            first > obj.i
            and self.tokens[first].lower_ != "as"
            and self.tokens[first].pos_ in ("ADJ", "ADV", "CCONJ")
        ):
            first -= 1
        phrase = self.tokens[first : last + 1]
        if phrase[0].lower_ != "as" or not any(t.pos_ == "ADJ" for t in phrase):
            return None
        heads = {t.head.i for t in phrase if not first <= t.head.i <= last}
        if len(heads) != 1:
            return None
        head = self.tokens[heads.pop()]
        if head.i == obj.i or head.pos_ not in ("NOUN", "PROPN", "VERB"):
            return None
        if head.pos_ == "VERB" and any(
            c.dep_ in ("auxpass", "nsubjpass", "dobj", "attr", "oprd") for c in head.children
        ):
            return None
        return phrase[0]

    def _named_appositive(self, obj: Token, child: Token) -> bool:
        """Whether the parser took what an object is called for its apposition.

        'called the offer "an insult"' may be parsed with "insult" as an apposition of
        "offer"; with no comma between them ("called the minister, a veteran, to ask") and
        no name ("called his counterpart Wang Yi") it is what the offer was called.
        """
        return (
            child.dep_ == "appos"
            and child.head.i == obj.i
            and child.pos_ in ("NOUN", "ADJ")
            and not child.ent_type_  # "called his counterpart Wang Yi": a phone call
            and self.actor(child) is None
            and child.lemma_.lower() not in _person_words()  # "called his friend the chancellor"
            and not any(t.text == "," for t in self.tokens[obj.i + 1 : child.left_edge.i])
        )

    def _naming_predicate(self, verb: Token) -> Token | None:
        """Return what something is called: "a mistake" of "called the decision a mistake"."""
        objects = [c for c in self._children(verb) if c.dep_ == "dobj"] + [
            g
            for c in self._children(verb)
            if c.dep_ == "prep" and c.lower_ != "as"
            for g in self._children(c)
            if g.dep_ == "pobj"
        ]
        first = max([verb.i, *(o.i for o in objects)])
        candidates = [*self._children(verb), *(t for o in objects for t in o.rights)]
        for child in sorted(candidates, key=lambda t: t.i):
            if child.i <= first:
                continue
            if (child.dep_ == "prep" and child.lower_ == "as") or _as_clause(child):
                return child
            if child.dep_ in ("oprd", "npadvmod", "ccomp") and child.pos_ in (
                "NOUN",
                "PROPN",
                "ADJ",
            ):
                return child
            if any(self._named_appositive(o, child) for o in objects):
                return child
        return next(
            (
                phrase
                for o in objects
                if o.dep_ == "dobj"
                for phrase in [self._as_hung_in_object(verb, o)]
                if phrase is not None
            ),
            None,
        )

    @staticmethod
    def _infinitive_range(xcomp: Token) -> tuple[int, int]:
        """Return the tokens of an infinitive without a clause of its own joined to it.

        In "Crime is said to thrive and kidnappings are common", "and kidnappings are
        common" has a subject of its own: no part of what is said of crime. Nor is what the
        parser hung before the cue ("the area where Badreddine was reported to have been
        killed": not "where").
        """
        start, end = _subtree_range(xcomp)
        if xcomp.head.i < xcomp.i:
            start = max(start, xcomp.head.i + 1)
        for child in xcomp.rights:
            if child.dep_ == "conj" and (
                child.pos_ in ("NOUN", "PROPN")  # a misparse: no noun joins a verb
                or any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in child.children)
            ):
                joint = next(
                    (c for c in xcomp.children if c.dep_ == "cc" and xcomp.i < c.i < child.i),
                    child,
                )
                end = min(end, joint.i)
        return start, end

    def _adverbial_read_as_said(self, verb: Token, clause: Token) -> bool:
        """Whether a clause after ``verb`` says why or while, not what: "warn ... as X blocks".

        "Aid agencies warn of famine risk as fighting blocks convoys": the parser may take
        the clause opened by "as", "because" or "while" for what the verb reports. What is
        said may open with such a clause of its own ("says while he remains optimistic, the
        outlook is bleak"), whose mark hangs on the clause inside, not on what is said.
        """
        first = clause.left_edge
        return (
            first.i > verb.i
            and first.dep_ == "mark"
            and first.lower_ in _REASON_MARKS
            # the clause's own mark, not one of a clause inside it
            and (
                first.head.i == clause.i
                or (first.head.dep_ in ("aux", "auxpass") and first.head.head.i == clause.i)
            )
        )

    def _with_request_before(self, verb: Token, takes: frozenset[str], start: int) -> int:
        """Return where a that-clause's content starts, with an infinitive told before it.

        "told us at half-time to be patient, that the chance would come": the one told and
        what they were told to do come before the clause and are said too.
        """
        if "addressee" not in takes or start <= verb.i:
            return start
        target = next(
            (c for c in self._children(verb) if c.dep_ in ("dobj", "dative") and c.i > verb.i),
            None,
        )
        if target is None or target.right_edge.i >= start:
            return start
        told = any(
            c.dep_ == "xcomp"
            and target.i < c.i
            and c.right_edge.i < start
            and self._is_infinitive(c)
            for c in self._children(verb)
        )
        return target.left_edge.i if told else start

    def _clauses(self, verb: Token, after: int) -> list[Token]:
        """Return the clausal complements on one side of ``verb``: "X, he said" or "he said X"."""
        ccomps = [
            c
            for c in self._children(verb)
            if c.dep_ == "ccomp"
            and (not c.left_edge.i <= verb.i <= c.right_edge.i or self._relative_clause(verb, c))
            and not self._adverbial_read_as_said(verb, c)
        ]
        quoting = self._quoting_verb(verb)
        if quoting is not None and not ccomps:
            # "Such a step would prompt a response, Ryabkov was quoted as saying": the parser
            # hangs the clause before on "quoted"
            ccomps = [
                c
                for c in self._children(quoting)
                if c.dep_ == "ccomp" and c.right_edge.i < quoting.i
            ]
        before = [c for c in ccomps if c.i < verb.i and after < 0 and self._ends_clause(c)]
        if before and self._said_thing_is_subject(verb):
            before = []  # "..., the same word was shouted at rallies": the word was said
        following = [c for c in ccomps if c.i > max(verb.i, after)]
        if not following:
            # "reported, citing three sources, that the deal was close": the parser hangs
            # the that-clause on the aside
            following = [
                clause
                for aside in self._children(verb)
                if aside.dep_ == "advcl"
                and aside.lemma_.lower() in _QUOTING_VERBS
                and aside.i > verb.i
                for clause in self._children(aside)
                if clause.dep_ == "ccomp" and clause.i > aside.i and self._has_that(clause)
            ]
        if verb.dep_ == "relcl" and len(following) > 1 and self._has_that(following[0]):
            # "a report, which warned that trawling was destroying reefs, helped lead to ...":
            # the clause after the relative one is the sentence's own, not a second warning
            following = [following[0], *(c for c in following[1:] if self._has_that(c))]
        if not following:
            following = self._clause_of_setting(verb, after)
        if not following:
            following = self._clause_of_date(verb, after)
        if not following:
            following = [c for c in verb.rights if c.i > after and self._that_adverbial(c)]
        if before and following:
            quoted = any(self._in_quote(c) for c in before)
            that = any(self._has_that(c) for c in following)
            # "In a statement read to the court, Dunn said the family ...": a phrase of the
            # setting the parser made a clause, with no subject of its own, says nothing
            framed = not quoted and not any(
                child.dep_ in ("nsubj", "nsubjpass", "expl")
                for c in before
                for child in self._children(c)
            )
            return before if (quoted or not that) and not framed else following
        return before or following

    def _clause_of_date(self, verb: Token, after: int) -> list[Token]:
        """Return a that-clause the parser hung on a date it made the cue's object.

        In "declared the following week that it was resuming talks", the parser reads "the
        following week" as what was declared and "that it was resuming talks" as a relative
        clause of it: the date tells when, the clause what. Only a date that points to a
        time ("the following week", "the next day", "last month", "Monday"), not "the
        night that her son died", and a clause with a subject of its own.
        """
        for noun in self._children(verb):
            if (
                noun.dep_ not in ("dobj", "npadvmod")
                or noun.i <= max(verb.i, after)
                or noun.ent_type_ not in ("DATE", "TIME")
                or not any(
                    t.lower_ in _POINTING_DATE_WORDS or (t.pos_ == "PROPN" and t.ent_type_)
                    for t in noun.subtree
                    if t.i <= noun.i
                )
            ):
                continue
            for clause in noun.rights:
                that = clause.left_edge
                if (
                    clause.dep_ in ("relcl", "acl")
                    and that.lower_ == "that"
                    and that.dep_ == "mark"
                    and that.i == noun.i + 1
                    and any(c.dep_ in SUBJECT_DEPS for c in self._children(clause))
                ):
                    return [clause]
        return []

    def _before_comment(self, start: int, end: int) -> int:
        """Return where a reported clause ends before the writer's comment on it.

        In "said it had killed 40 fighters, a figure that could not be verified" or "said
        the vote was rigged, an accusation the government rejects", the noun after the
        comma, with a relative clause, is the writer's, not the speaker's; so is "in a
        move" or "in a sign" after a comma ("said it would curb exports, in a move seen as
        retaliation"), and "without giving details".
        """
        tokens = self.tokens
        first_char = tokens[start].idx
        last_token = tokens[end - 1]
        # ", in a move ...", ", without giving details", however the parser hangs them
        framing = _FRAMING.search(self.text, first_char, last_token.idx + len(last_token.text))
        if framing is not None:
            comma = bisect.bisect_left(self.token_starts, framing.start())
            if start < comma < end and not self._in_quote(tokens[comma + 1]):
                return comma
        remark = _COMMENT_AFTER.search(self.text, first_char, last_token.idx + len(last_token.text))
        if remark is not None and remark.group(1):
            # the quotation closes after its comma; the comment follows it
            mark = bisect.bisect_left(self.token_starts, remark.start(1))
            if start < mark < end - 1 and tokens[mark].idx == remark.start(1):
                return mark + 1
        elif remark is not None:
            comma = bisect.bisect_left(self.token_starts, remark.start())
            if start < comma < end and not self._in_quote(tokens[comma]):
                return comma
        judged = self._judged_after(start, end)
        if judged is not None:
            return judged
        last = end - 1
        while last > start and (tokens[last].is_punct or tokens[last].is_space):
            last -= 1
        final = tokens[last]
        for token in (final, *final.ancestors):
            if token.i < start:
                return end
            comment = None
            # ", a figure that ...": the parser reads the noun as an apposition or, for
            # "a move", as an adverbial noun phrase
            if token.dep_ == "relcl" and token.head.dep_ in ("appos", "npadvmod"):
                noun = token.head
                comment = noun if noun.lemma_.lower() in _COMMENT_NOUNS else None
            elif token.dep_ == "conj":
                comment = self._second_relative_of_comment(token)
            if comment is not None:
                first = comment.left_edge.i
                if (
                    start < first
                    and tokens[first - 1].text == ","
                    and not self._in_quote(tokens[first])
                ):
                    return first - 1
                return end
        return end

    def _judged_after(self, start: int, end: int) -> int | None:
        """Return where a reported clause ends before another's word on it, if it has one.

        In 'said she would accept it "if it is a fair election," an answer Castellano
        called "a dodge"' or "said he would cut taxes, a plan Democrats rejected", the noun
        set off by a comma, with a cue that has a subject of its own, is what someone else
        made of the words: their statement, not the speaker's, whatever the noun. A cue
        that says more of the noun ("a level the agency said was weak") stays in it.
        """
        tokens = self.tokens
        for comma in range(start + 1, end - 2):
            if tokens[comma].text != ",":
                continue
            if self._in_quote(tokens[comma]) and not tokens[comma + 1].is_quote:
                continue  # a comma inside the quotation, unless the quotation closes there
            first = comma + 1
            while first < end and tokens[first].is_quote:
                first += 1
            if first >= end - 1 or tokens[first].lower_ not in ("a", "an"):
                continue
            noun = tokens[first].head
            if noun.left_edge.i != first or noun.pos_ != "NOUN":
                continue
            # the noun's relative clause, or the clause the parser made it the object of
            cue = next((c for c in self._children(noun) if c.dep_ == "relcl"), noun)
            if cue is noun and noun.dep_ == "dobj":
                cue = noun.head
            if cue is noun or cue.i <= noun.i or not self.lexicon.is_cue(self._lemma(cue)):
                continue
            subject = next((c for c in self._children(cue) if c.dep_ == "nsubj"), None)
            if subject is None or subject.i < noun.i or subject.tag_ == "WDT":
                continue
            if any(c.dep_ in ("ccomp", "xcomp") for c in self._children(cue)):
                continue  # "a level the agency said was weak": what is said of the noun
            return comma + 1 if tokens[comma + 1].is_quote else comma
        return None

    def _second_relative_of_comment(self, conj: Token) -> Token | None:
        """Return the comment noun whose second relative clause the parser misjoined.

        In "..., a shift that some economists welcomed but that his advisers did not
        anticipate", the parser joins the second "that" clause to the reported verb; it is
        the writer's second clause on the same noun, right after the first one.
        """
        if not any(c.dep_ == "mark" and c.lower_ == "that" for c in self._children(conj)):
            return None
        before = conj.left_edge.i - 1
        while before >= 0 and self.tokens[before].dep_ == "cc":
            before -= 1
        if before == conj.left_edge.i - 1 or before < 0:
            return None  # no "but" or "and" stands right before the second "that"
        token = self.tokens[before]
        noun = next(
            (
                t
                for t in (token, *token.ancestors)
                if t.dep_ in ("appos", "npadvmod") and t.right_edge.i == before
            ),
            None,
        )
        if noun is None or noun.lemma_.lower() not in _COMMENT_NOUNS:
            return None
        if not any(c.dep_ == "relcl" for c in self._children(noun)):
            return None
        return noun

    def _after_leading_date(self, clause: Token, start: int) -> int:
        """Return where a bare clause starts after a date the parser hung on it.

        In "said on Wednesday he would travel" or "said late Sunday the talks had failed",
        the date before the clause's subject tells when it was said, not what.
        """
        if self._has_that(clause):
            return start
        subject = next((c for c in self._children(clause) if c.dep_ in SUBJECT_DEPS), None)
        if subject is None or subject.i < start:
            return start
        first = subject.left_edge.i
        index = start
        dated = False
        while index < first:
            token = self.tokens[index]
            if token.ent_type_ in ("DATE", "TIME"):
                dated = True
            elif not (token.pos_ == "ADP" or token.is_punct or token.lower_ in _TIME_WORDS):
                return start
            index += 1
        return first if dated else start

    def _subject_hung_on_date(self, verb: Token, clause: Token, start: int) -> int:
        """Return where a clause starts whose subject the parser took into a date after the cue.

        In "said on Thursday cases rose", the parser reads "Thursday cases" as one noun, the
        object of "on", and leaves "rose" with no subject: the date tells when it was said,
        and what was said starts after it ("cases rose").
        """
        if start <= verb.i + 1:
            return start
        subject = next((c for c in self._children(clause) if c.dep_ in SUBJECT_DEPS), None)
        before = self.tokens[start - 1]
        if subject is not None:
            # "said on Thursday morning prices fell": "on" left with no object, the date
            # hung on the subject
            if (
                before.dep_ != "prep"
                or before.head != verb
                or any(True for _ in before.children)
                or subject.left_edge.i != start
            ):
                return start
            return self._after_dates(subject, start)
        finite = ("VBD", "VBZ", "VBP", "MD")
        if clause.tag_ not in finite and not any(
            c.dep_ in ("aux", "auxpass") and c.tag_ in finite for c in self._children(clause)
        ):
            return start
        noun = self.tokens[start - 1]
        if (
            noun.dep_ != "pobj"
            or noun.head.dep_ != "prep"
            or noun.head.head != verb
            or noun.pos_ not in ("NOUN", "PROPN", "PRON")
            or noun.ent_type_ in ("DATE", "TIME")
            or noun.right_edge.i != noun.i
        ):
            return start
        return self._after_dates(noun, start)

    def _after_dates(self, noun: Token, start: int) -> int:
        """Return where ``noun``'s phrase goes on after the date that opens it, or ``start``."""
        if noun.ent_type_ in ("DATE", "TIME"):
            return start
        dates = [
            t.i for t in self.tokens[noun.left_edge.i : noun.i] if t.ent_type_ in ("DATE", "TIME")
        ]
        if (
            not dates
            or dates[0] != noun.left_edge.i  # "in its Monday statement profits fell"
            or dates != list(range(dates[0], dates[-1] + 1))
            or self.tokens[dates[-1] + 1].is_punct
        ):
            return start
        return dates[-1] + 1

    def _subject_hung_on_setting(self, verb: Token, clause: Token, start: int) -> int:
        """Return where a clause starts whose "that" and subject the parser hung on a setting.

        In 'said in a statement that the US move "seriously undermines ..."', the parser
        reads "that the US move" as a clause of "statement" and hangs the quoted verb on
        the cue: what was said starts at "that", not at the quotation mark.
        """
        if start <= verb.i or any(
            c.dep_ in ("nsubj", "nsubjpass", "expl") for c in self._children(clause)
        ):
            return start
        before = self.tokens[start - 1]
        for token in (before, *before.ancestors):
            if token.i <= verb.i:
                return start
            if token.dep_ in ("acl", "relcl") and token.head.i > verb.i:
                that = next(
                    (c for c in self._children(token) if c.dep_ == "mark" and c.lower_ == "that"),
                    None,
                )
                noun = token.head
                if (
                    that is not None
                    and self._is_setting(noun)
                    and token.right_edge.i == start - 1
                    and that.i == noun.i + 1
                ):
                    return that.i
                return start
        return start

    def _that_adverbial(self, clause: Token) -> bool:
        """Whether the parser took a that-clause for an adverbial one: "telling them that ...".

        Not "so that" or "now that", which say why or when.
        """
        if clause.dep_ != "advcl":
            return False
        mark = next((c for c in self._children(clause) if c.dep_ == "mark"), None)
        if mark is None or mark.lower_ != "that" or mark.i == 0:
            return False
        return self.tokens[mark.i - 1].lower_ not in _NOT_SAID_THAT

    def _clause_of_setting(self, verb: Token, after: int) -> list[Token]:
        """Return a that-clause the parser hung on where something was said.

        In "the ministry said in a statement that ...", "told a news briefing that ..." or
        "told CNN in an interview that ...", the clause may hang from "statement",
        "briefing" or "interview": it is what the verb says; so too after "without
        evidence" ("claimed without evidence that ...").
        """
        entry = self.lexicon.verbs.get(self._lemma(verb))
        told = entry is not None and "addressee" in entry.takes
        nouns: list[Token] = []
        for child in self._children(verb):
            if child.i <= max(verb.i, after):
                continue
            if told and child.dep_ in ("dobj", "dative") and self._is_occasion(child):
                nouns.append(child)  # "told a news briefing that ...", not "denied reports that"
            elif child.dep_ == "prep" and child.lower_ == "without":
                # "without evidence that ...", "without providing evidence that ..."
                nouns.extend(t for t in child.subtree if t.dep_ in ("pobj", "dobj"))
            elif child.dep_ == "prep" and child.lower_ != "as":
                # "described as false reports that ...": what the reports are called, no
                # setting
                for noun in (c for c in self._children(child) if c.dep_ == "pobj"):
                    if noun.lemma_.lower() in _SIDES_OF_EVENTS:
                        # "told reporters on the sidelines of a conference that ..."
                        noun = next(
                            (
                                o
                                for p in self._children(noun)
                                if p.lower_ == "of"
                                for o in self._children(p)
                            ),
                            noun,
                        )
                    if self._is_setting(noun):
                        nouns.append(noun)
        for noun in nouns:
            # "in a letter seen by Reuters that ...": the clause may hang on the participle
            holders = [noun, *(c for c in noun.rights if c.dep_ == "acl" and c.tag_ == "VBN")]
            for holder in holders:
                clause = next(
                    (
                        c
                        for c in holder.rights
                        if c.dep_ in ("acl", "ccomp", "relcl")
                        and (self._has_that(c) or _that_misread(c))
                    ),
                    None,
                )
                if clause is not None:
                    return [clause]
        return []

    def _is_setting(self, noun: Token) -> bool:
        """Whether ``noun`` names where words were said: "statement", "interview", "post"."""
        return noun.lemma_.lower() in self.lexicon.documents or self._is_occasion(noun)

    def _is_occasion(self, noun: Token) -> bool:
        """Whether ``noun`` is the head of a setting: "briefing", "(news) conference"."""
        return noun.lower in self.lexicon._setting_ids

    def _said_thing_is_subject(self, verb: Token) -> bool:
        """Whether a passive cue's subject is what was said: "the word was shouted".

        Not "it" ("..., it was reported") nor the addressee of a verb that has one
        ("..., residents were told").
        """
        entry = self.lexicon.verbs.get(self._lemma(verb))
        if entry is not None and "addressee" in entry.takes:
            return False
        return any(
            c.dep_ == "nsubjpass" and c.lower_ not in ("it", "this") for c in self._children(verb)
        )

    @staticmethod
    def _relative_clause(verb: Token, clause: Token) -> bool:
        """Whether ``clause`` wraps ``verb`` only through a relative pronoun before it.

        "the tax, which he said would help schools"; "what the government says were
        weapons"; "an assistant that it says can write code", with "that" tagged as a
        conjunction but parsed as the clause's subject.
        """
        return clause.i > verb.i and all(
            t.tag_ in ("WDT", "WP", "WP$")
            or t.is_punct
            or (t.lower_ == "that" and t.dep_ in ("nsubj", "nsubjpass") and t.head == clause)
            for t in clause.subtree
            if t.i < verb.i
        )

    def _torn_passive_subject(self, verb: Token) -> Token | None:
        """Return the subject of a joined passive the parser joined to the object before it.

        "shopkeepers have boarded up their windows and residents were told to move cars",
        parsed with "residents" a conjunct of "windows": the residents are told, not the
        shopkeepers.
        """
        if verb.dep_ != "conj" or verb.tag_ != "VBN":
            return None
        index = verb.i - 1
        while index > 0 and self.tokens[index].dep_ in ("aux", "auxpass", "neg", "advmod"):
            index -= 1
        if index == verb.i - 1 or not any(
            self.tokens[i].dep_ == "auxpass" for i in range(index + 1, verb.i)
        ):
            return None
        noun = self.tokens[index]
        if (
            noun.dep_ == "conj"
            and noun.pos_ in ("NOUN", "PROPN")
            and verb.head.i < noun.head.i < noun.i
            and self.tokens[noun.left_edge.i - 1].dep_ == "cc"
        ):
            return noun
        return None

    def _that_after_setting(self, verb: Token) -> tuple[int, int] | None:
        """Return the that-clause after a cue's setting that the parser tore apart.

        "said on a call with analysts that several customers had paused orders", parsed
        with "that" hung on the cue and the clause's verb read as a modifier: only the
        setting's phrases lie between the cue and "that", and what follows, to the end of
        the sentence, has a subject and a verb of its own; or with the clause read as a
        relative clause on the setting's noun.
        """
        end = verb.i + 1
        for child in verb.rights:
            if child.dep_ in ("prep", "npadvmod", "advmod") and child.left_edge.i == end:
                end = child.right_edge.i + 1
                # the relative clause the parser made of what was said ends no setting
                end = next(
                    (
                        t.i
                        for t in self.tokens[child.i : end]
                        if t.lower_ == "that" and self._marks_clause_of_setting(t)
                    ),
                    end,
                )
        sentence = self._sentence(verb)
        if end == verb.i + 1 or end >= sentence.end:
            return None
        that = self.tokens[end]
        # or with "that" read as marking a relative clause on the setting's noun ("said in
        # a call with journalists that the Commission had moved"); a relative "that" is the
        # clause's subject or object, no mark
        misread = self._marks_clause_of_setting(that) and verb.i < that.head.head.i
        if that.lower_ != "that" or (that.head.i != verb.i and not misread):
            return None
        last = sentence.end
        # not into a cue joined after it: "..., and claimed the fine was disproportionate"
        joined = next(
            (
                t.i
                for t in self.tokens[end + 1 : last]
                if t.dep_ == "conj"
                and t.pos_ == "VERB"
                and self.lexicon.is_cue(self._lemma(t))
                and self.tokens[t.i - 1].dep_ == "cc"
                and not any(c.dep_ in SUBJECT_DEPS for c in self._children(t))
            ),
            None,
        )
        if joined is not None:
            last = joined - 1
        while last > end + 1 and self.tokens[last - 1].is_punct:
            last -= 1
        words = self.tokens[end + 1 : last]
        if not any(t.dep_ in SUBJECT_DEPS for t in words) or not any(
            t.pos_ in ("VERB", "AUX") for t in words
        ):
            return None
        return end, last

    def _marks_clause_of_setting(self, that: Token) -> bool:
        """Whether ``that`` opens a clause the parser hung on a noun as a relative one.

        Also as a clause of what an occasion or document is: "said at the opening of the
        hearing that Israel would present ...", where the hearing says nothing of its own,
        and as a clause of when on a time the cue lasted ("warned for a year that ...").
        """
        clause = that.head
        if (
            that.dep_ == "advmod"
            and that.tag_ == "WDT"
            and clause.dep_ == "relcl"
            and clause.head.ent_type_ in ("DATE", "TIME")
            and clause.head.dep_ == "pobj"  # not "recalled the year that the plant closed"
        ):
            # "warned for more than a year that night shifts were understaffed": the clause
            # read as saying when, on a time the cue lasted
            return True
        if that.dep_ != "mark":
            return False
        return clause.dep_ == "relcl" or (
            clause.dep_ == "acl"
            and (self._is_setting(clause.head) or clause.head.lemma_.lower() in _MEETING_NOUNS)
        )

    def _after_relative_object(self, verb: Token) -> tuple[int, int] | None:
        """Return the predicate after "what X claimed" that the parser hung elsewhere.

        In "troops shelled what the rebels claimed was a hospital", "was a hospital"
        is what was claimed, even when the parse attaches it to another verb; so too after
        the one told ("what a commander told VOA is the decisive moment").
        """
        if not any(
            c.dep_ in ("dobj", "nsubj", "dative") and c.i < verb.i and c.tag_ in ("WP", "WDT")
            for c in self._children(verb)
        ):
            return None
        end = verb.i + 1
        for child in verb.rights:
            if child.dep_ in ("dobj", "dative") and child.left_edge.i == end:
                end = child.right_edge.i + 1  # "told VOA", "told reporters"
        if end >= len(self.tokens):
            return None
        following = self.tokens[end]
        if following.tag_ not in ("VBD", "VBZ", "VBP", "MD") or following.head.i == verb.i:
            return None
        # "which he claimed are riddled with fraud": the auxiliary's verb is what was claimed
        predicate = (
            following.head
            if following.dep_ in ("aux", "auxpass") and following.head.i > following.i
            else following
        )
        if any(
            not (c.left_edge.i <= verb.i <= c.right_edge.i)
            for c in predicate.lefts
            if c.i < following.i
        ):  # "was" may take the cue itself as its subject, nothing else before it
            return None
        # not a verb the parser joined after a comma ("which critics warned could be
        # abused, passed on Tuesday": the bill passed)
        last = max(
            [predicate.i]
            + [c.right_edge.i for c in predicate.rights if c.dep_ not in ("conj", "cc", "punct")]
        )
        return following.i, last + 1

    def _ends_clause(self, clause: Token) -> bool:
        """Whether a clause before its cue is set off by a comma, a dash or a quotation mark.

        A quotation closing the clause may stand before the comma the parser left out of it:
        'called for "maximum restraint", his spokesman said'.
        """
        index = clause.right_edge.i
        last = self.tokens[index]
        if last.text in (",", "—", "–", "-", "?", "!"):
            return True
        index += 1
        while index < len(self.tokens) and self.tokens[index].is_quote and self._in_quote(last):
            index += 1
        following = self.tokens[index] if index < len(self.tokens) else None
        return following is not None and following.text in (",", "—", "–", "-")

    def _clause_read_as_relative_of_setting(
        self, verb: Token, *, any_noun: bool = False
    ) -> Token | None:
        """Return what was told, where the parser made it a relative clause of the setting.

        "told analysts on a conference call that demand continues to exceed supply": a
        that-clause after the setting ("call", "briefing") with a subject of its own, whose
        "that" is no subject or object of it, is what was said ("on a call that he made"
        is a call). With ``any_noun``, for a cue that has said nothing else, any noun may
        be the setting: "said in an advisory that ...", "told supporters at a diner that",
        "said at the time that ..." (where the parser reads "that" as "when").
        """
        # "told reporters after the meeting that the delegations had agreed": a meeting's
        # noun is a setting too
        settings = {setting.split()[-1] for setting in self.lexicon.settings} | _MEETING_NOUNS
        for prep in self._children(verb):
            if prep.dep_ != "prep" or prep.i < verb.i:
                continue
            for place in self._places_of_setting(prep, settings):
                if place.dep_ != "pobj":
                    continue
                heard = place.head.head.i != verb.i
                if place.lemma_.lower() not in settings and not any_noun and not heard:
                    continue
                for clause in self._children(place):
                    that = clause.doc[clause.left_edge.i]
                    if that.lower_ != "that" or that.i <= place.i:
                        continue
                    # "argued in an earlier lawsuit that the patent was invalid": a clause the
                    # parser made one of what the noun is, on a noun that holds none
                    of_noun = (
                        (any_noun or heard)
                        and clause.dep_ == "acl"
                        and that.dep_ == "mark"
                        and self._holds_no_content(place)
                    )
                    if clause.dep_ != "relcl" and not of_noun:
                        continue
                    # right after the noun, or after its own words ('on "State of the Union"')
                    if any(
                        not place.is_ancestor(t) or clause.is_ancestor(t)
                        for t in self.tokens[place.i + 1 : that.i]
                    ):
                        continue
                    subjects = [
                        c for c in self._children(clause) if c.dep_ in SUBJECT_DEPS and c != that
                    ]
                    objects = [
                        c
                        for c in self._children(that.head)
                        if c.dep_ in ("dobj", "attr") and c != that
                    ]
                    # "that the company's robotaxi ... would be unveiled", parsed with the
                    # subject hung on "that": a relative pronoun takes no subject
                    misread = [c for c in self._children(that) if c.dep_ in SUBJECT_DEPS]
                    # "said at the time that the plan was sound": "that" read as "when"
                    at_the_time = (
                        any_noun
                        and prep.lower_ == "at"
                        and place.lower_ == "time"
                        and that.dep_ == "advmod"
                    )
                    # "said at a regular press briefing that talks would go on", parsed with
                    # "that" as an object of no preposition, hung on the verb
                    stray = that.dep_ == "pobj" and that.head.pos_ in ("VERB", "AUX")
                    # "told journalists after the session that the government had run out
                    # of excuses": a cue that said nothing else, and a time's noun
                    timed = any_noun and prep.lower_ in _WHEN_SAID
                    # "said in a press release that Israel would respond on Friday": "that"
                    # read as the object of a verb that does nothing to a document or an
                    # occasion ("in a statement that he posted" is the statement)
                    unfit = (
                        that.dep_ == "dobj"
                        and self._is_setting(place)
                        and self._lemma(that.head) not in _HANDLING_VERBS
                    )
                    # "on a call that price increases had run their course": "that" read
                    # as the determiner of a plural subject, which it cannot be
                    plural = (
                        that.dep_ == "det"
                        and that.head in subjects
                        and that.head.tag_ in ("NNS", "NNPS")
                    )
                    if misread or (
                        subjects
                        and (
                            that.dep_ == "mark"
                            or objects
                            or at_the_time
                            or stray
                            or timed
                            or unfit
                            or plural
                        )
                    ):
                        return clause
        return None

    def _places_of_setting(self, prep: Token, settings: set[str]) -> list[Token]:
        """Return the nouns of a setting a clause of what was said may hang on.

        The setting itself ("said on a call that ..."), and after a setting the ones it was
        held with or for, where the parser may hang the clause instead: "said on a call
        with analysts that customers were cautious" ("analysts").
        """
        places: list[Token] = []
        for place in self._children(prep):
            places.append(place)
            if place.dep_ != "pobj" or place.lemma_.lower() not in settings:
                continue
            for listener_prep in self._children(place):
                if listener_prep.dep_ != "prep" or listener_prep.lower_ not in ("with", "for"):
                    continue
                places.extend(
                    heard for heard in self._children(listener_prep) if heard.dep_ == "pobj"
                )
        return places

    @staticmethod
    def _holds_no_content(noun: Token) -> bool:
        """Whether ``noun`` takes no "that" clause of what it holds: "case", not "hope".

        "an earlier case" is a setting; "the case" alone may open a condition ("in the case
        that talks fail"), and "the hope", "fears", "grounds" hold the clause after them.
        """
        lemma = noun.lemma_.lower()
        if lemma == "case":
            return any(c.dep_ != "det" for c in noun.lefts)
        return lemma not in _CONTENT_NOUNS

    def _second_object_clause(self, verb: Token, target: Token | None) -> tuple[int, int] | None:
        """Return a clause the parser read as a second object: "told her the figures needed".

        With the one told as the first object, a second object right after it whose finite
        verb the parser made a modifier ("the figures needed to look better") is the
        subject of what was told.
        """
        if target is None or target.dep_ not in ("dobj", "dative"):
            return None
        second = next((c for c in verb.children if c.dep_ == "dobj" and c.i > target.i), None)
        if second is None or second.left_edge.i != target.right_edge.i + 1:
            return None
        # a finite verb, or a participle that goes on as one ("needed to look better")
        finite = any(
            c.dep_ == "acl"
            and c.i == second.i + 1
            and (
                c.tag_ in ("VBD", "VBZ", "VBP", "MD")
                or (c.tag_ == "VBN" and c.nbor(1).lower_ in ("to", "that"))
            )
            and not any(s.dep_ in ("nsubj", "nsubjpass", "agent") for s in c.children)
            for c in second.children
        )
        return (second.left_edge.i, second.right_edge.i + 1) if finite else None

    def _clause_hung_past_object(self, verb: Token) -> tuple[int, int] | None:
        """Return a clause whose subject the parser made the cue's object, the rest hung above.

        'said he would not comment but insisted the secretary "has always been clear-eyed"
        about the risks': the parser makes "the secretary" the object of "insisted" and
        hangs '"has always been clear-eyed" about the risks' on "said". A finite verb
        with no subject of its own, right after the object, is what the object does: the
        object and that clause are what was said.
        """
        obj = next((c for c in self._children(verb) if c.dep_ == "dobj" and c.i > verb.i), None)
        if obj is None:
            return None
        after = obj.right_edge.i + 1
        finite = ("VBD", "VBZ", "VBP", "MD")
        for above in verb.ancestors:
            for clause in self._children(above):
                if (
                    clause.dep_ == "ccomp"
                    and clause.left_edge.i == after
                    and clause.i > after - 1
                    and not any(
                        c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj", "mark")
                        for c in self._children(clause)
                    )
                    and (
                        clause.tag_ in finite
                        or any(
                            c.dep_ in ("aux", "auxpass") and c.tag_ in finite
                            for c in self._children(clause)
                        )
                    )
                ):
                    return obj.left_edge.i, clause.right_edge.i + 1
        return None

    def _clause_hung_elsewhere(self, target: Token | None) -> tuple[int, int] | None:
        """Return the that-clause right after the one told, hung on another verb.

        "at one point warning the MP Mark Ebbs that he would be asked to leave": the parser
        hangs the clause on the main verb; it is what the MP was warned.
        """
        if target is None:
            return None
        following = target.right_edge.i + 1
        if following >= len(self.tokens):
            return None
        that = self.tokens[following]
        if that.lower_ != "that" or that.dep_ != "mark":
            return None
        clause = that.head
        if clause.dep_ != "ccomp" or clause.i <= following or clause.head.i > target.i:
            return None
        return following, clause.right_edge.i + 1

    def _clause_read_as_relative(self, target: Token | None) -> Token | None:
        """Return what was told, where the parser made it a relative clause of the hearer.

        "told a news conference the man was known to police": the clause right after the
        hearer, with a subject of its own and no relative word, is what was said. So is one
        opened by "that" when the hearer is a gathering or someone named, who hear rather
        than are told about: "told the closing session that Africa had waited long enough"
        (not "told the story that he wrote").
        """
        if target is None:
            return None
        settings = {setting.split()[-1] for setting in self.lexicon.settings} | _MEETING_NOUNS
        hearer = target.lemma_.lower() in settings or self.actor(target) is not None
        for child in target.children:
            if child.dep_ != "relcl" or child.left_edge.i != target.i + 1:
                continue
            subjects = [c for c in child.children if c.dep_ in SUBJECT_DEPS]
            if not subjects:
                continue
            words = [t for t in child.subtree if t.i <= subjects[0].i]
            if not any(t.lower_ in RELATIVE_WORDS for t in words):
                return child
            if hearer and words[0].lower_ == "that" and words[0] not in subjects:
                return child
        return None

    def _clausal(self, head: Token | None, *, after: int) -> Token | None:
        """Return an infinitive or clause after ``after``: "urged nations *to act*"."""
        if head is None:
            return None
        for child in self._children(head):
            if child.i > after and child.dep_ in ("xcomp", "ccomp", "acl", "advcl", "relcl"):
                if child.dep_ in ("acl", "relcl", "advcl") and not self._is_infinitive(child):
                    continue
                return child
        return None

    @staticmethod
    def _is_infinitive(token: Token, *, perfect: bool = False) -> bool:
        # a passive one too: "urged residents to get vaccinated", "to be screened"
        passive = token.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in token.children)
        tags = ("VB", "VBN") if perfect else ("VB",)
        return (token.tag_ in tags or passive) and any(
            c.dep_ == "aux" and c.lower_ == "to" for c in token.children
        )

    def second_absolute_subject(self, participle: Token) -> Token | None:
        """Return the subject of a second participle the parser joined to an object.

        In "with some hailing a long-overdue compromise and others warning that ...", the
        parser makes "others" a second object of "hailing" and hangs "warning" on the
        first one: "others" is the subject of "warning", a participle with a subject of its
        own after "with" as "some hailing" is.
        """
        if participle.tag_ != "VBG":
            return None
        if participle.dep_ == "acl":
            noun, first = participle.head, participle.head.head
            if noun.dep_ != "dobj" or first.tag_ != "VBG":
                return None
        elif participle.dep_ == "advcl" and participle.head.tag_ == "VBG":
            # "with some praising the reforms and others criticizing the cost", with
            # "criticizing" hung on "praising"
            first = participle.head
            objects = [c for c in self._children(first) if c.dep_ == "dobj" and c.i < participle.i]
            if not objects:
                return None
            noun = objects[-1]
        else:
            return None
        if not any(c.dep_ == "nsubj" for c in self._children(first)) and not (
            first.dep_ == "pcomp" and first.head.lower_ == "with"
        ):
            return None
        return next(
            (
                c
                for c in self._children(noun)
                if c.dep_ == "conj"
                and noun.i < c.i < participle.i
                and c.right_edge.i == participle.i - 1
                and c.pos_ in ("NOUN", "PRON", "PROPN")
                and any(
                    j.dep_ == "cc" and j.lower_ in ("and", "while") and j.i < c.i
                    for j in self._children(noun)
                )
            ),
            None,
        )

    def _second_absolute(self, child: Token, obj: Token) -> Token | None:
        """Return the subject of a participle with a subject of its own joined to ``obj``.

        The participle hung on the object after the subject ("a compromise and others
        warning", see :meth:`second_absolute_subject`), or on the subject joined to the
        object ("it a betrayal and others accusing ...": "others" with its "accusing").
        """
        if child.dep_ in ("acl", "advcl"):
            return self.second_absolute_subject(child)
        if child.dep_ != "conj" or child.pos_ not in ("NOUN", "PRON", "PROPN"):
            return None
        first = obj.head
        if first.tag_ != "VBG" or not any(c.dep_ == "nsubj" for c in self._children(first)):
            return None
        acting = any(
            c.dep_ == "acl" and c.tag_ == "VBG" and c.i > child.i and self._is_cue(c)
            for c in self._children(child)
        )
        return child if acting else None

    def _object_span(self, verb: Token, obj: Token) -> tuple[int, int]:
        """Return the object and what follows it ("the potential ... as a means")."""
        end = obj.right_edge.i + 1
        for relative in self._children(obj):
            entry = self.lexicon.verbs.get(self._lemma(relative))
            if (
                relative.dep_ == "relcl"
                and entry is not None
                and "naming" in entry.takes
                and self.tokens[relative.left_edge.i - 1].text == ","
                and any(
                    c.dep_ == "nsubj" and c.tag_ not in ("WDT", "WP") for c in relative.children
                )
            ):
                # "condemned the kidnappings, which he described as ...": the naming is a
                # statement of its own, not part of what was condemned
                end = min(end, relative.left_edge.i - 1)
        subject = next(
            (
                found
                for c in (*self._children(obj), *self._children(verb))
                if (found := self._second_absolute(c, obj)) is not None
            ),
            None,
        )
        if subject is not None:
            # "with some hailing a compromise and others warning that ...": the object ends
            # before the second participle's subject and its "and"
            joining = [c.i for c in self._children(obj) if c.dep_ == "cc" and c.i < subject.i]
            last = (max(joining) if joining else subject.i) - 1
            while last > obj.i and self.tokens[last].is_punct:
                last -= 1
            end = min(end, last + 1)
        for prep in self._children(obj):
            if (
                prep.dep_ == "prep"
                and prep.i > obj.i
                and (self._setting_of_speech(prep) or self._manner_of_speech(prep))
            ):
                # "repeated the claim on X", with "on X" hung on the claim: where, not what
                return obj.left_edge.i, prep.i
        # "accused the unions of ... and the government of ...": a second object the parser
        # joined to the verb, the verb left out before it
        gapped = [
            c.i
            for c in self._children(verb)
            if c.dep_ == "conj" and c.i > obj.i and c.pos_ in ("NOUN", "PROPN")
        ]
        for child in self._children(verb):
            if child.i <= obj.i or child.is_punct or child.is_space:
                continue
            if child.dep_ == "cc" and any(i > child.i for i in gapped):
                continue
            if child.i in gapped:
                end = max(end, child.right_edge.i + 1)
                continue
            absolute = child.dep_ == "prep" and child.lower_ == "with"
            if (
                absolute
                and self.tokens[child.i - 1].text == ","
                and any(
                    c.dep_ == "pcomp" or any(g.tag_ == "VBG" for g in self._children(c))
                    for c in self._children(child)
                )
            ):
                break  # "criticised the plan, with Zakharova telling reporters ...": an aside
            if child.dep_ == "prep" and self._setting_of_speech(child):
                break  # "repeated the claim in a post on X": where it was said, not what
            if child.dep_ == "prep" and self._manner_of_speech(child):
                break  # "confirmed the report by announcing ...", "for the first time"
            if child.dep_ == "prep" and self._shared_with(child):
                break  # "recount these stories with each other": with whom, not what
            if child.dep_ == "prep" and all(
                t.ent_type_ in ("DATE", "TIME")
                for t in self.tokens[child.i + 1 : child.right_edge.i + 1]
            ):
                continue  # "denied it again on Tuesday": when, not what
            if child.dep_ == "prep":
                # "accused X of betraying pensioners as the leaders clashed": not the clash
                end = max(end, self._before_gerund_narration(verb, child, child.right_edge.i + 1))
            elif (
                child.dep_ == "npadvmod"
                and (child.ent_type_ in ("DATE", "TIME") or child.lemma_.lower() in _TIME_UNITS)
            ) or (child.dep_ == "advmod" and child.pos_ == "ADV" and not list(child.rights)):
                continue  # "confirmed it later", "denied the report again": when or how, not what
            elif child.dep_ in ("xcomp", "ccomp", "oprd", "advmod", "npadvmod", "dative"):
                end = max(end, child.right_edge.i + 1)
            elif child.dep_ == "advcl" and child.left_edge.i == end and self._is_infinitive(child):
                # "ruled out direct subsidies to keep the plant running": what they were for
                end = child.right_edge.i + 1
            elif child.left_edge.i == end and self._dangling_preposition(end - 1):
                # "vow joint push on EU defence spending", with "spending" hung on the verb:
                # the object's preposition goes on with it, up to the end of the line
                last = child.right_edge.i + 1
                end = next(
                    (t.i for t in self.tokens[end:last] if t.is_space and "\n" in t.text), last
                )
                break
            else:
                break
        return obj.left_edge.i, end

    def _manner_of_speech(self, preposition: Token) -> bool:
        """Whether a preposition after an object tells how or when it was said, not what.

        "by" with a gerund is the means ("confirmed the report by announcing that ..."), and
        "for the first time" (second, last ...) counts the times it was said.
        """
        if preposition.lower_ == "by":
            return any(c.dep_ == "pcomp" and c.tag_ == "VBG" for c in self._children(preposition))
        if preposition.lower_ != "for":
            return False
        return any(
            c.dep_ == "pobj"
            and c.lower_ == "time"
            and any(m.dep_ == "amod" and m.tag_ in ("JJ", "JJS") for m in self._children(c))
            and any(m.dep_ == "det" for m in self._children(c))
            for c in self._children(preposition)
        )

    def _shared_with(self, preposition: Token) -> bool:
        """Whether a "with" after an object names the people it was told to, not what.

        "recount these stories with each other", "shared the findings with residents", "with
        him", "with Biden": a pronoun, "each other" or "one another", a person's name or a
        noun for a person; "with Microsoft" may be part of what was announced and stays.
        """
        if preposition.lower_ != "with":
            return False
        whom = next((c for c in self._children(preposition) if c.dep_ == "pobj"), None)
        if whom is None:
            return False
        if whom.lower_ in ("other", "another"):
            return any(c.lower_ in ("each", "one") for c in self._children(whom))
        if whom.pos_ == "PRON":
            return whom.lower_ not in ("it", "this", "that", "which", "what")
        if whom.ent_type_ == "PERSON":
            return True
        words = _person_words()
        return whom.pos_ == "NOUN" and (whom.lower_ in words or whom.lemma_.lower() in words)

    def _dangling_preposition(self, index: int) -> bool:
        """Whether the token at ``index`` is a preposition the parser left without its object."""
        token = self.tokens[index]
        return token.dep_ == "prep" and not any(
            c.dep_ in ("pobj", "pcomp") for c in self._children(token)
        )

    def _setting_of_speech(self, preposition: Token) -> bool:
        """Whether a preposition's phrase says where words were said: "in a post on X".

        "in", "at", "during" or "on" with the head of a setting of the lexicon ("interview",
        "post", "(press) conference"), as ``_is_occasion`` reads it, or a platform ("on
        Facebook").
        """
        if preposition.lower_ not in ("in", "at", "during", "on"):
            return False
        place = next((c for c in self._children(preposition) if c.dep_ == "pobj"), None)
        if place is None:
            return False
        if preposition.lower_ == "on":
            platforms = self.lexicon.platforms
            return place.lemma_.lower() in platforms or place.lower_ in platforms
        return self._is_occasion(place)

    def _extend_participles(self, verb: Token, span: tuple[int, int]) -> tuple[int, int]:
        """Add a trailing participle clause that is not itself a cue (", mentioning ...").

        So too an infinitive right after a gerund that ends the span, which the parser hung
        on the cue: "accused Moreno of planning to raise property taxes".
        """
        start, end = span
        for child in self._children(verb):
            if (
                child.i >= end
                and child.dep_ == "advcl"
                and child.tag_ == "VBG"
                and not self._is_cue(child)
            ):
                end = max(end, child.right_edge.i + 1)
            elif (
                child.dep_ == "advcl"
                and child.left_edge.i == end
                and end > start
                and self.tokens[end - 1].tag_ == "VBG"
                and self.tokens[end].lower_ == "to"
            ):
                end = child.right_edge.i + 1
        return start, end

    def _before_narration(self, clause: Token, start: int, end: int) -> int:
        """Return where a reported clause ends before the writer goes on with the story.

        The parser hangs on the reported clause what the writer tells next:
        - "admitted the company "got it wrong", as MPs accused the firm of ...": a clause
          of "as" with a speaker and a cue of its own, after a comma, or one in the plain
          past after a clause in another tense ("acknowledged that the agency would not
          meet its targets, as senators pressed him"; see _at_the_time_of_the_cue);
        - "said 50,000 took part, while police put the number at 20,000": a clause of
          "while" or "whereas" after a comma, with a subject of its own and a cue or a verb
          of estimating, is another source's figure set against it ("said prices rose while
          wages fell" says both);
        - "said the testimony was "a pack of lies" and moved to cite her": a verb in the
          past with an infinitive but no subject, auxiliary or "that" of its own, joined
          right after the quotation that closes what was said ("was "dead" and would be rejected",
          "were "not true," but that ..." and "... and accused Australia of ..." go on
          saying it);
        - "say the offer is too low and have called a strike": a verb with no subject of
          its own whose present tense agrees with the speaker and not with the clause's
          subject is the speaker's (see _agrees_with_speaker).
        """
        tokens = self.tokens
        for child in clause.rights:
            if not start < child.i < end or self._in_quote(child):
                continue
            own = {c.dep_ for c in self._children(child)}
            if child.dep_ == "conj" and self._agrees_with_speaker(clause, child):
                cut = next(
                    (c.i for c in self._children(clause) if c.dep_ == "cc" and c.i < child.i),
                    child.left_edge.i,
                )
                while cut > start and tokens[cut - 1].text in (",", ";"):
                    cut -= 1
                if cut > start:
                    return cut
            if (
                child.dep_ in ("advcl", "conj")
                and "nsubj" in own
                and self._marked_as(child)
                and tokens[child.left_edge.i - 1].text == ","
                and (self._is_cue(child) or self._at_the_time_of_the_cue(clause, child))
            ):
                return child.left_edge.i - 1
            if (
                child.dep_ == "conj"
                and child.left_edge.i >= 2
                and tokens[child.left_edge.i - 1].lower_ in ("and", "but")
                and tokens[child.left_edge.i - 2].text == ","
                and self._speakers_shares(clause.head, child)
            ):
                # "said demand was weak, and its shares fell 7% in early trading": the
                # market's answer to what was said, told by the writer
                cut = child.left_edge.i - 2
                if cut > start:
                    return cut
            if (
                child.dep_ in ("advcl", "conj")
                and "nsubj" in own
                and self._set_against(child)
                and tokens[child.left_edge.i - 1].text == ","
                and (self._is_cue(child) or self._estimates(child))
            ):
                return child.left_edge.i - 1
            if (
                child.dep_ == "conj"
                and child.tag_ == "VBD"
                # an act of the speaker's own: "moved to cite her", "refused to blame" (not
                # '"built on sand" and relied on bracket creep', said of the surplus)
                and any(c.dep_ == "xcomp" for c in child.children)
                # "said Trump described the plan as "the worst deal" and accused Australia
                # of ...": a cue goes on reporting
                and not self.lexicon.is_cue(self._lemma(child))
                and not own & {"nsubj", "nsubjpass", "aux", "auxpass", "mark"}
                and child.i >= 2
                and tokens[child.i - 1].dep_ == "cc"
                and tokens[child.i - 2].is_quote
                and self._in_quote(tokens[child.i - 3])
            ):
                return child.i - 2
        return end

    def _speakers_shares(self, cue: Token, joined: Token) -> bool:
        """Whether a clause joined to what was said tells of the speaker's shares.

        "its shares fell", "their stock rose", "Acme's share price jumped": the subject is
        the speaker's shares or stock ("its", "their", or a possessor the speaker's actor
        covers), which the writer reports moving after the words; a company does not
        report its own share price in the same breath.
        """
        subject = next((c for c in self._children(joined) if c.dep_ == "nsubj"), None)
        if subject is None:
            return False
        word = subject.lemma_.lower()
        if word == "price":
            word = next(
                (c.lemma_.lower() for c in self._children(subject) if c.dep_ == "compound"), ""
            )
        if word not in ("share", "stock"):
            return False
        owner = next((c for c in self._children(subject) if c.dep_ == "poss"), None)
        if owner is None:
            return False
        if owner.lower_ in ("its", "their"):
            return True
        speaker = next((c for c in self._children(cue) if c.dep_ == "nsubj"), None)
        return (
            speaker is not None
            and self.actor(owner) is not None
            and self.actor(owner) == self.actor(speaker)
        )

    def _agrees_with_speaker(self, clause: Token, joined: Token) -> bool:
        """Whether a verb joined to a reported clause is the speaker's by its number.

        In "the unions say the offer is too low and have called a strike", "have" cannot
        go with "the offer": the unions called it. Only a verb with no subject, mark or
        quotation of its own, in the present tense (where English shows number), whose
        number differs from the clause subject's and equals the speaker's.
        """
        if any(c.dep_ in ("nsubj", "nsubjpass", "expl", "mark") for c in self._children(joined)):
            return False
        finite = next(
            (c for c in self._children(joined) if c.dep_ in ("aux", "auxpass") and c.i < joined.i),
            joined,
        )
        form = _number_of_verb(finite)
        if form is None:
            return False
        subject = next(
            (c for c in self._children(clause) if c.dep_ in ("nsubj", "nsubjpass")), None
        )
        speaker = next(
            (c for c in self._children(clause.head) if c.dep_ == "nsubj" and c.i < clause.head.i),
            None,
        )
        if subject is None or speaker is None:
            return False
        return _number_of_noun(subject) not in (None, form) and _number_of_noun(speaker) == form

    def _set_against(self, verb: Token) -> bool:
        """Whether "while" or "whereas" opens ``verb``'s clause: "while police put ..."."""
        first = verb.left_edge
        return first.lower_ in ("while", "whereas") and first.dep_ == "mark"

    def _estimates(self, verb: Token) -> bool:
        """Whether ``verb`` gives an estimate: "estimated the crowd at", "put the number at".

        "estimate" or "reckon" with an object, or "put" or "place" with an object and "at".
        """
        lemma = verb.lemma_.lower()
        children = list(self._children(verb))
        if not any(c.dep_ == "dobj" for c in children):
            return False
        if lemma in ("estimate", "reckon"):
            return True
        return lemma in ("put", "place") and any(
            c.dep_ == "prep" and c.lower_ == "at" for c in children
        )

    def _marked_as(self, verb: Token) -> bool:
        """Whether "as" opens ``verb``'s clause: its own mark, or one on its subject.

        In "..., as fighting between the army and the militia blocked convoys", the parser
        may hang "as" on the subject and join the verb to the reported clause: the clause
        is of "as" all the same. A joined verb is no clause of "as" with a conjunction
        before it.
        """
        children = self._children(verb)
        if verb.dep_ == "advcl":
            return any(c.dep_ == "mark" and c.lower_ == "as" for c in children)
        subject = next((c for c in children if c.dep_ == "nsubj"), None)
        if subject is None or any(
            c.dep_ == "cc" for c in self._children(verb.head) if subject.i > c.i > verb.head.i
        ):
            return False
        first = subject.left_edge
        return first.lower_ == "as" and first.dep_ == "mark" and first.head.i == subject.i

    def _at_the_time_of_the_cue(self, clause: Token, when: Token) -> bool:
        """Whether an "as" clause in the plain past tells what went on as the cue was said.

        After a cue in the past, "as senators pressed him" in the plain past, hung on a
        reported clause that is not in the plain past ("would not meet", "has grown",
        "is"), is the time of the cue: the writer's. After a clause in the plain past it
        may be the speaker's reason ("said sales fell, as demand slowed"), and a clause in
        the present the speaker's now ("said prices would rise, as demand outstrips
        supply").
        """
        cue = clause.head
        # "acknowledged Wednesday that ...", which the tagger may read as a participle
        if cue.tag_ not in ("VBD", "VBN") or when.tag_ != "VBD":
            return False
        if any(c.dep_ == "auxpass" for c in self._children(cue)):
            return False
        if any(c.dep_ in ("aux", "auxpass") for c in self._children(when)):
            return False
        return clause.tag_ != "VBD" or any(
            c.dep_ in ("aux", "auxpass") for c in self._children(clause)
        )

    def _trailing_participle_cue(self, clause: Token) -> Token | None:
        """Return a cue participle the parser put at the end of a reported clause.

        In "said that X would not accept it, warning Beijing ...", "warning" is the
        speaker's, not part of what was said; so is a participle by which the speaker
        gives a source or evidence for it: "reported that a million homes had lost power,
        citing the grid operator", "said the economy was strong, pointing to job growth".
        """
        for child in clause.rights:
            if (
                child.dep_ == "advcl"
                and child.tag_ == "VBG"
                and self._comma_before(child)
                and (self._adduces(child) or self._is_cue(child))
            ):
                return child
        return None

    def _adduces(self, participle: Token) -> bool:
        """Whether ``participle`` names a source or evidence: "citing X", "pointing to X"."""
        lemma = participle.lemma_.lower()
        if lemma in _QUOTING_VERBS:
            return any(c.dep_ == "dobj" for c in self._children(participle))
        return lemma == "point" and any(
            c.dep_ == "prep" and c.lower_ == "to" and c.i == participle.i + 1
            for c in self._children(participle)
        )

    def _comma_before(self, token: Token) -> bool:
        """Whether a comma comes right before ``token``, or before a quote mark closing there.

        '... needed "a striker who scores twenty goals," adding: ...': the comma of the
        participle is inside the quotation marks.
        """
        before = token.i - 1
        if before > 0 and self.tokens[before].is_quote and self.tokens[before - 1].text == ",":
            return True
        return before >= 0 and self.tokens[before].text == ","

    def _is_cue(self, verb: Token) -> bool:
        """Whether ``verb`` makes a statement of its own (with content of its own)."""
        lemma = self._lemma(verb)
        if not self.lexicon.is_cue(lemma):
            return False
        if verb.i in self.cues_in_reading:
            return False  # a parse that goes round in circles: read no further
        self.cues_in_reading.add(verb.i)
        try:
            draft = self._verb_cue(verb)
        finally:
            self.cues_in_reading.discard(verb.i)
        return draft is not None and bool(draft.content)

    def _noun_complement(self, noun: Token, about: frozenset[str]) -> tuple[int, int] | None:
        """Return what an attitude noun is about: a that-clause, infinitive or preposition."""
        for child in self._children(noun):
            if child.dep_ in ("acl", "ccomp", "relcl") and (
                self._has_that(child) or self._is_infinitive(child)
            ):
                return _subtree_range(child)
        for child in self._children(noun):
            if (
                child.dep_ == "prep"
                and child.lower_ in about
                and not self._on_the_air(child, titles=True)
                and not self._absolute_with(child)
            ):
                return _subtree_range(child)
        return None

    def _absolute_with(self, prep: Token) -> bool:
        """Whether ``prep`` opens a clause of its own: ", with several capitals urging ...".

        A "with" set off by a comma whose object has a participle of its own tells what
        else happened, not what an attitude is about ("voiced alarm, with Germany urging
        Tehran to ..."; but "expressed frustration with the delays").
        """
        if prep.lower_ not in ("with", "without") or prep.i == 0:
            return False
        if self.tokens[prep.i - 1].text != ",":
            return False
        return any(
            participle.dep_ == "acl" and participle.tag_ in ("VBG", "VBN")
            for obj in self._children(prep)
            if obj.dep_ == "pobj"
            for participle in self._children(obj)
        )

    @staticmethod
    def _has_that(clause: Token) -> bool:
        return any(
            c.dep_ == "mark" and c.lower_ in ("that", "whether", "if") for c in clause.children
        )

    def _clause_before_root(
        self, verb: Token, speaker: Token | None, *, quoting: bool = False
    ) -> list[tuple[int, int]]:
        """Return the clause before "X, officials said" that the parser did not hang on the cue.

        In "The ceasefire held overnight, army officers said", the parse may make "ceasefire"
        a loose dependent, and in '... inspections," Department of Labor Secretary
        Ann Lee said' it may hang part of the speaker's title on the clause; what was said
        is the clause before the comma that opens the speaker's phrase.
        """
        if speaker is None or speaker.i >= verb.i:
            return []
        entry = self.lexicon.verbs.get(verb.lemma_.lower())
        if (
            not quoting
            and (entry is None or "addressee" not in entry.takes)
            and any(c.dep_ == "dobj" and c.i > verb.i for c in self._children(verb))
        ):
            return []  # "..., the change could add up to 40,000 homes": an object, no speech
        start = self._sentence(verb).start
        comma = min(speaker.left_edge.i, speaker.i) - 1
        # Walk back over a name or title the parser cut off the speaker's phrase.
        while comma > start and comma >= speaker.i - _TITLE_LIMIT:
            token = self.tokens[comma]
            if token.text == ",":
                break
            name_part = token.is_title or token.is_upper or token.lower_ in _NAME_JOINERS
            if not (name_part or token.is_bracket or token.is_quote or token.text in ("-", ".")):
                return []
            comma -= 1
        if comma <= start or self.tokens[comma].text != ",":
            return []
        before = self.tokens[start:comma]
        if not any(t.pos_ in ("VERB", "AUX") for t in before):
            return []
        if all(_adverbial(t) or t.is_punct for t in before if not start <= t.head.i < comma):
            return []  # "As he was speaking, his campaign posted": no clause, only when
        first = self.tokens[start].idx
        last = self.tokens[comma].idx
        for other in self.drafts.values():
            if other.head != verb.i and any(a < last and first < b for a, b in other.content):
                return []  # someone else's words
        return [(start, comma)] if self._has_words(start, comma) else []

    def _as_of_content(self, mark: int, subject: Token) -> bool:
        """Whether the "as" read as the cue's is a clause of the content before the speaker.

        "As he noted, X" has only the speaker between "as" and the cue; in "... jobs as the
        maker shifts spending, Delaney wrote" a clause with its own verb ends in a comma
        before the speaker.
        """
        first = subject.left_edge.i
        return (
            self.tokens[mark].lower_ == "as"
            and first - 1 > mark + 1
            and self.tokens[first - 1].text == ","
            and any(
                t.pos_ in ("VERB", "AUX") or t.tag_.startswith("VB")
                for t in self.tokens[mark + 1 : first - 1]
            )
        )

    def _inverted_content(self, verb: Token, speaker: Token | None) -> list[tuple[int, int]]:
        """Return the content around a cue set in it: "X, he said." or "As he noted, X"."""
        if verb.dep_ == "ROOT":
            return self._clause_before_root(verb, speaker)
        quoting = self._quoting_verb(verb)
        if quoting is not None and quoting.dep_ == "ROOT":
            # "Such a step would prompt a response, Ryabkov was quoted as saying (by
            # Interfax)", "..., Interfax quoted Ryabkov as saying": the clause before who
            # is quoted, or who quotes
            subject = next(
                (c for c in self._children(quoting) if c.dep_ in SUBJECT_DEPS and c.i < quoting.i),
                None,
            )
            return self._clause_before_root(quoting, subject, quoting=True)
        if any(
            c.dep_ in ("ccomp", "xcomp") or (c.dep_ == "dobj" and c.lower_ != "it")
            for c in self._children(verb)
        ):
            return []  # not "As one diplomat put it, X": "it" is what the cue is set in
        marks = [c.lower_ for c in self._children(verb) if c.dep_ == "mark"]
        # not "as if" or "as though": "it looked as if Washington would agree to this"
        as_clause = verb.dep_ == "advcl" and marks == ["as"] and not self._as_of_time(verb)
        # "However, Ruiz assured, the government is doing ...": an aside the parser took
        # for an adverbial clause, set off by commas, with a subject and nothing else.
        aside = (
            verb.dep_ == "advcl"
            and verb.tag_ in ("VBD", "VBZ", "VBP")
            and verb.i < verb.head.i
            and all(c.dep_ in ("nsubj", "punct", "advmod") for c in self._children(verb))
            and any(c.dep_ == "nsubj" for c in self._children(verb))
            and verb.i + 1 < len(self.tokens)
            and self.tokens[verb.i + 1].text == ","
        )
        if (
            verb.dep_ not in ("parataxis",)
            and not as_clause
            and not aside
            and not self._inverted_conjunct(verb)
            and not self._appositive_conjunct(verb, speaker)
        ):
            return []
        head = verb.head
        if head.i == verb.i or not (head.pos_ in ("VERB", "AUX") or self._verb_read_as_noun(head)):
            return []
        own_start, own_end = _subtree_range(verb)
        children = self._children(verb)
        before = [c for c in children if c.dep_ in SUBJECT_DEPS and c.i < verb.i]
        if before and any(c.dep_ == "nsubj" and c.i > verb.i for c in children):
            # "Europe's role, says one EU official, has shrunk", the parser giving "says"
            # both subjects: the one before is the clause's
            own_start = max(own_start, before[-1].right_edge.i + 1)
        elif self._appositive_conjunct(verb, speaker) and speaker is not None:
            own_start = speaker.left_edge.i  # ", the Athletics Integrity Unit (AIU) said"
        elif as_clause and before and self._as_of_content(own_start, before[-1]):
            # "... jobs as the maker shifts spending toward AI, Chief Executive Mark Delaney
            # wrote": the "as" opens a clause of what was written, not "as Delaney wrote"
            own_start = before[-1].left_edge.i
        # "Growth was weak, Governor Halvorsen said, and unemployment remained low", with the
        # clause after "and" hung on the cue: it is said too
        joined = next(
            (
                c
                for c in self._children(verb)
                if c.dep_ == "conj"
                and c.left_edge.i > verb.i
                and any(s.dep_ in SUBJECT_DEPS for s in self._children(c))
                and not self.lexicon.is_cue(self._lemma(c))
            ),
            None,
        )
        if joined is not None:
            own_end = joined.left_edge.i
        condition = self._condition_after_cue(verb, (own_start, verb.i))
        if condition is not None:
            own_end = min(own_end, condition[0])  # "X, the experts said, if ...": said too
        start, end = _subtree_range(head)
        end = self._before_next_statement(head, own_end, end)
        while own_end < end and (
            self.tokens[own_end].pos_ == "CCONJ" or self.tokens[own_end].text == ","
        ):
            own_end += 1  # "..., she said, and unemployment remained low": not the "and"
        spans = [(start, own_start), (own_end, end)]
        return [(a, b) for a, b in spans if self._has_words(a, b)]

    def _verb_read_as_noun(self, head: Token) -> bool:
        """Whether a plural noun with a subject of its own is a verb the parser misread.

        "The Kremlin, he said, talks about peace": "talks" has "Kremlin" for its subject,
        so it is the verb of the clause the cue is set in.
        """
        return head.tag_ == "NNS" and any(
            c.dep_ == "nsubj" and c.i < head.i for c in self._children(head)
        )

    def _as_of_time(self, verb: Token) -> bool:
        """Whether a headline's "as" clause after what it joins tells when, not who said it.

        "Moreno wins governor's race as rival concedes" and "Shares fall as bank warns"
        report no words of the rival or the bank: in a headline an "as" that gives the
        source is set off by a comma ("Rates to rise, as bank warned"). In the body "He
        escaped as you have just described" is yours.
        """
        mark = next(c for c in self._children(verb) if c.dep_ == "mark")
        if verb.idx >= self.heading_end or verb.head.i > verb.i or mark.i == 0:
            return False
        before = self.tokens[mark.i - 1]
        return not (before.is_punct or before.is_quote or before.is_space)

    def _inverted_conjunct(self, verb: Token) -> bool:
        """Whether a cue after a clause and a comma, its subject after it, is that clause's.

        In "The talks were led by the council, said one of the people, who spoke on
        condition of anonymity" the parser may join "said" to "led" as a second verb of the
        same subject; a verb of its own tense after a bare comma (no "and" or "but"), whose
        subject follows it, reports the clause before.
        """
        if verb.dep_ != "conj" or verb.tag_ not in ("VBD", "VBZ", "VBP"):
            return False
        if verb.i == 0 or self.tokens[verb.i - 1].text != "," or verb.head.i >= verb.i:
            return False
        children = self._children(verb)
        if any(c.dep_ in SUBJECT_DEPS and c.i < verb.i for c in children):
            return False
        subject = next((c for c in children if c.dep_ == "nsubj" and c.i > verb.i), None)
        if subject is None:
            return False
        # someone who can speak, or "one of" them: not "..., explains the deaths", an object
        # the parser took for the subject
        whole = [subject, *(o for p in subject.children if p.lower_ == "of" for o in p.children)]
        people = _person_words()
        if not any(
            self.actor(t) is not None
            or t.ent_type_ in ("PERSON", "ORG", "NORP", "GPE")
            or t.pos_ == "PRON"
            or t.lemma_.lower() in people
            or t.lower_ == "people"
            for t in whole
        ):
            return False
        # a comma alone joins them: no "and" or "but" after the verb before the cue ("were
        # led by the council and involved officials, said one of them" is still reported)
        siblings = self._children(verb.head)
        before = max((c.i for c in siblings if c.dep_ == "conj" and c.i < verb.i), default=-1)
        before = max(before, verb.head.i)
        return not any(c.dep_ == "cc" and before < c.i < verb.i for c in siblings)

    def _appositive_conjunct(self, verb: Token, speaker: Token | None) -> bool:
        """Whether a cue joined to the clause before it has its speaker in that clause.

        In "Okafor was suspended after testing positive for a banned agent, the Athletics
        Integrity Unit (AIU) said" the parser may join "said" to "suspended" with no "and"
        between and make the unit an apposition of "agent": the cue reports the clause,
        and the apposition is who speaks.
        """
        if speaker is None or verb.dep_ != "conj" or verb.tag_ not in ("VBD", "VBZ", "VBP"):
            return False
        if speaker.dep_ != "appos" or not (verb.head.i < speaker.i < verb.i):
            return False
        if speaker.right_edge.i + 1 != verb.i:
            return False
        return not any(
            c.dep_ == "cc" and c.i < verb.i for c in self._children(verb.head)
        ) and not any(c.dep_ in SUBJECT_DEPS for c in self._children(verb))

    def _before_next_statement(self, head: Token, after: int, end: int) -> int:
        """Where the clause ``head`` stops before a statement joined to it after ``after``.

        "Two people were missing, the sheriff said, but he stressed that ...": the joined
        cue with someone for its subject is a statement of its own, with its "but".
        """
        children = list(self._children(head))
        for child in children:
            if child.dep_ != "conj" or child.i < after:
                continue
            lemma = self._lemma(child)
            if not self.lexicon.is_cue(lemma):
                continue
            subject = next((c for c in self._children(child) if c.dep_ == "nsubj"), None)
            if subject is None or (subject.pos_ != "PRON" and self.actor(subject) is None):
                continue  # "..., and a state of emergency declared": nobody speaks
            cut = child.left_edge.i
            joiners = [c.i for c in children if c.dep_ == "cc" and after <= c.i < child.i]
            return min(cut, *joiners) if joiners else cut
        return end


_SINGULAR_FORMS = frozenset({"has", "is", "does", "'s"})
_PLURAL_FORMS = frozenset({"have", "are", "do", "'ve", "'re"})


def _number_of_verb(verb: Token) -> str | None:
    """Return "one" or "many" for a present-tense verb that shows number, else None.

    "has", "is", "calls" are of one; "have", "are", "call" of many (or of "I" and "you",
    which _number_of_noun leaves unknown).
    """
    if verb.lower_ in _SINGULAR_FORMS:
        return "one"
    if verb.lower_ in _PLURAL_FORMS:
        return "many"
    if verb.tag_ == "VBZ":
        return "one"
    if verb.tag_ == "VBP":
        return "many"
    return None


def _number_of_noun(noun: Token) -> str | None:
    """Return "one" or "many" for a subject whose number is plain, else None.

    "the offer", "Smith", "it" are one; "the unions", "they", "France and Germany" are
    many; "I", "you", a number or a collective noun ("the government", which British
    news may take as many) are left unknown.
    """
    lower = noun.lower_
    if lower in ("he", "she", "it", "this", "that"):
        return "one"
    if lower in ("we", "they", "these", "those"):
        return "many"
    if noun.pos_ == "PRON":
        return None
    if any(c.dep_ == "conj" for c in noun.children) or noun.tag_ in ("NNS", "NNPS"):
        return "many"
    if noun.tag_ == "NN" and noun.lemma_.lower() not in _COLLECTIVE_NOUNS:
        return "one"
    if noun.tag_ == "NNP" and noun.ent_type_ in ("PERSON", "GPE"):
        return "one"  # "Smith", "Bolivia"; not a team or firm, which British news may take as many
    return None


_COLLECTIVE_NOUNS = frozenset(
    [
        "government",
        "team",
        "committee",
        "council",
        "police",
        "staff",
        "family",
        "crew",
        "party",
        "board",
        "public",
        "majority",
        "minority",
        "group",
        "union",
        "jury",
        "panel",
        "management",
        "press",
        "audience",
        "opposition",
        "administration",
    ]
)
