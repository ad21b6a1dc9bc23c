"""Links between a statement and other actors: sources, senders and addressees.

"According to X" either names the source of another cue's statement in its sentence
(``reported_by``, and the aside is cut from that statement's content) or, with no such cue,
makes X the speaker of the rest of the sentence. A message "from Biden to Xi" or a statement
"on behalf of" someone gives ``on_behalf_of`` and ``addressee``.
"""

from __future__ import annotations

import bisect
from collections.abc import Mapping

from spacy.tokens import Token

from newsevents._names import name_head
from newsevents._syntax import SUBJECT_DEPS
from newsevents._words import SUBJECT_PRONOUNS
from newsevents.countries import country_code
from newsevents.model import SpeechAct
from newsevents.statements._document import _SENTENCE_END, _Draft, _subtree_range
from newsevents.statements._speakers import _organization_nouns, _speaker_words, _Speakers

# Words that link a sentence to the one before and say nothing: "And", "But", "however".
_LINKING_TAGS = frozenset({"CCONJ"})
_LINKING_WORDS = frozenset(
    {"also", "however", "meanwhile", "moreover", "furthermore", "yet", "still", "then", "so"}
    | {"instead", "nevertheless", "nonetheless", "besides", "indeed", "otherwise", "rather"}
)

# Phrases that link a sentence to the one before: "In addition, he said, ...".
_LINKING_PHRASES = frozenset(
    {"in addition", "in fact", "of course", "for example", "for instance", "in particular"}
    | {"on the other hand", "at the same time", "in turn", "above all", "after all"}
)


# Words that set one clause against another: the writer's against the source's after an
# "according to" aside, a second speaker's statement against the first one's.
_JOINING_WORDS = frozenset({"but", "while", "whereas", "yet", "though", "although"})
# Cues by which an outlet reports another speaker's statement: "..., Xinhua said".
_OUTLET_VERBS = frozenset({"report", "say"})
# The most words an outlet's clause at the end of a sentence has: ", the agency reported".
_TAIL_WORDS = 8
# The parts of speech of an outlet's name: "the official state news agency TASS".
_PHRASE_TAGS = frozenset({"DET", "ADJ", "NOUN", "PROPN", "PUNCT"})
# The longest speaker's phrase, in words, looked through for a spokesperson word.
_PHRASE_LIMIT = 30
# Words for a company of any kind: "a spokeswoman for the company" is the last one named.
_ANY_COMPANY = frozenset(
    {
        "company",
        "firm",
        "group",
        "corporation",
        "business",
        "organization",
        "organisation",
        "charity",
        "label",
        "studio",
    }
)
# Words for a body of any kind, which a body's name may hold by chance ("the group").
# Participles of asking whose agent is whom an answer is made to: "Pressed by reporters".
_ASKING_PARTICIPLES = frozenset({"ask", "press", "question", "quiz", "challenge"})
_GENERIC_BODIES = frozenset({"organization", "organisation", "group", "company", "firm", "body"})
# How far back (in characters) an actor named again is looked for: "the company", "the
# group's spokesman".
_NAMED_BEFORE_WINDOW = 1_500
# Spokesperson words for a body that speaks for the person it belongs to, not for itself.
_PERSONAL_BODIES = frozenset({"office", "campaign"})
# Words of who heads a body, who speaks for the body that owns them: "its chief executive".
_HEAD_WORDS = frozenset(
    {
        "executive",
        "director",
        "chairman",
        "chairwoman",
        "chairperson",
        "chair",
        "president",
        "head",
        "boss",
        "leader",
        "founder",
        "secretary-general",
    }
)
# Words of the organ that governs a body and speaks for it: "the newspaper's editorial
# board", "the board of the charity".
_GOVERNING_BODIES = frozenset({"board"})
# Spokesperson words for the officials of an organisation or country.
_OFFICIAL_WORDS = frozenset({"official", "officials"})
# Words before "officials" that leave them speaking for no state: "former Israeli officials",
# "Israeli opposition officials", "Israeli hospital officials".
_NOT_THE_STATE = frozenset(
    {"former", "retired", "ex", "opposition", "hospital", "party", "rebel", "militia", "union"}
)


# Participles of speaking for someone: "speaking on behalf of the EU".
_SPEAKING_FOR_VERBS = frozenset({"speak", "talk", "act", "write"})

# How many quoted sentences the sentence before a description may pass over.
_QUOTED_SENTENCES = 4


# Nouns of those who speak for another by trade: "a representative for the singer",
# "lawyers for the company", "her attorney".
_REPRESENTING_NOUNS = frozenset(
    {"representative", "lawyer", "attorney", "solicitor", "barrister", "counsel", "advocate"}
)


class _Links(_Speakers):
    """Finds "according to" sources and who a message is from and to."""

    def _quoted_by(self, quoting: Token, verb: Token) -> Token | None:
        """Return who quotes in "X was quoted by O as saying" or "O quoted X as saying"."""
        agents = [
            c
            for head in (quoting, verb)
            for c in self._children(head)
            if c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "by" and c.i > verb.i)
        ]
        for agent in agents:
            by = next((c for c in self._children(agent) if c.dep_ == "pobj"), None)
            if by is not None:
                return by
        children = self._children(quoting)
        if not any(c.dep_ == "dobj" for c in children):
            return None  # "X was quoted as saying": nobody named
        subject = next((c for c in children if c.dep_ == "nsubj"), None)
        head = quoting.head
        if subject is None and quoting.dep_ in ("advcl", "conj") and head.dep_ == "ccomp":
            head = head.head  # "Officials said the fire was out and cited the mayor as saying"
        if (
            subject is None
            and quoting.dep_ in ("advcl", "conj")
            and self.lexicon.is_cue(self._lemma(head))
        ):
            # "Reuters reported, citing a source as saying": who reports quotes
            subject = next((c for c in self._children(head) if c.dep_ == "nsubj"), None)
        return subject

    def _find_roles(self, draft: _Draft, verb: Token) -> None:
        """Set who a message is from and to: "conveyed a message from Biden to Xi".

        Also who quoted it: "Putin was quoted by Interfax as saying ..." (or "as saying by
        Interfax") and "Interfax quoted (cited) Putin as saying ..." are reported by Interfax.
        """
        quoting = self._quoting_verb(verb) if verb.dep_ == "pcomp" else None
        if quoting is not None and draft.reported_by is None:
            draft.reported_by = self._quoted_by(quoting, verb)
        # "Speaking on behalf of the EU, Borrell said", "Kamara, speaking on behalf of ...,
        # said": the participle of speaking, on the verb or on its subject, says for whom
        subjects = [c for c in self._children(verb) if c.dep_ == "nsubj"]
        subjects += [c for s in subjects for c in self._children(s) if c.dep_ == "appos"]
        speaking = [
            c
            for head in (verb, *subjects)
            for c in self._children(head)
            if c.dep_ in ("advcl", "acl") and c.lemma_.lower() in _SPEAKING_FOR_VERBS
        ]
        for prep in (p for head in (verb, *speaking) for p in self._children(head)):
            if prep.lower_ != "on":
                continue  # the object is looked for under "on" only, not under every child
            pobj = next((c for c in self._children(prep) if c.dep_ == "pobj"), None)
            if pobj is not None and pobj.lower_ == "behalf":
                of = next((c for c in self._children(pobj) if c.lower_ == "of"), None)
                whom = (
                    next((c for c in self._children(of) if c.dep_ == "pobj"), None)
                    if of
                    # "said on her behalf": whose behalf it is
                    else next((c for c in self._children(pobj) if c.dep_ == "poss"), None)
                )
                draft.on_behalf_of = draft.on_behalf_of or whom
        # "Lowe, representing South Africa, said", "Representing the union, Kamara said":
        # whom the participle represents
        for head in (verb, *subjects):
            for child in self._children(head):
                if child.dep_ in ("advcl", "acl") and child.lemma_.lower() == "represent":
                    whom = next((c for c in self._children(child) if c.dep_ == "dobj"), None)
                    draft.on_behalf_of = draft.on_behalf_of or whom
        # "a representative for the singer", "her representatives", "lawyers for Veltron",
        # "a lawyer for the company, Orbis Systems,": the one represented
        speaker = draft.speaker
        if speaker is not None and speaker.lemma_.lower() not in _REPRESENTING_NOUNS:
            # "Nadia Osei, a lawyer for Veltron, said": the noun set off after the name (not
            # "a lawyer and co-founder of X for Y", whose "for" the parser may give the lawyer)
            speaker = next(
                (
                    c
                    for c in self._children(speaker)
                    if c.dep_ == "appos"
                    and c.i > speaker.i
                    and c.is_lower
                    and c.lemma_.lower() in _REPRESENTING_NOUNS
                    and not any(j.dep_ == "conj" for j in self._children(c))
                ),
                speaker,
            )
        if (
            speaker is not None
            and speaker.lemma_.lower() in _REPRESENTING_NOUNS
            # not the title "Representative Ilhan Omar"; "Lawyers for ..." opening a sentence
            and (speaker.is_lower or speaker.i == self._sentence(speaker).start)
            and draft.on_behalf_of is None
        ):
            children = list(self._children(speaker))
            bodies = [
                o
                for c in children
                if c.dep_ == "prep" and c.lower_ in ("for", "of") and c.i > speaker.i
                for o in self._children(c)
                if o.dep_ == "pobj"
            ]
            candidates = [
                *(c for c in children if self.renames_body(c)),
                # "a lawyer for the airline, Skyward,": the name set off after the noun
                *(n for b in bodies if b.pos_ == "NOUN" for n in b.children if n.dep_ == "appos"),
                *bodies,
                *(c for c in children if c.dep_ == "poss"),
            ]
            own = self.actor(speaker)
            # "Representatives of the union", one group's mention: no one else spoken for
            draft.on_behalf_of = next(
                (c for c in candidates if self.actor(c) not in (None, own)), None
            )
        # "Speaking to reporters in Sacramento, Newsom said": to whom the participle speaks
        for participle in speaking:
            if participle.lemma_.lower() not in ("speak", "talk") or draft.addressee is not None:
                continue
            for prep in self._children(participle):
                if prep.dep_ == "prep" and prep.lower_ == "to":
                    pobj = next((c for c in self._children(prep) if c.dep_ == "pobj"), None)
                    draft.addressee = pobj
                    break
        if draft.addressee is None:
            # "Briefing the council before the vote, Guterres said", "Addressing the UN
            # General Assembly, Lula said": whom the participle briefs or addresses
            for participle in self._children(verb):
                if (
                    participle.dep_ == "advcl"
                    and participle.tag_ == "VBG"
                    and participle.lemma_.lower() in ("brief", "address")
                ):
                    whom = next((c for c in self._children(participle) if c.dep_ == "dobj"), None)
                    if whom is not None and self.actor(whom) is not None:
                        draft.addressee = whom
                        break
        if draft.addressee is None:
            draft.addressee = self._interviewer(verb)
        if draft.addressee is None:
            # "Pressed by reporters, Carney said", "Asked by the senator about the deal, the
            # minister said": those who asked are whom the answer is made to
            draft.addressee = self._asked_by(verb)
        if draft.act is not SpeechAct.CONVEY:
            return
        message = next((c for c in self._children(verb) if c.dep_ == "dobj"), None)
        if message is None:
            return
        # The parser hangs "to Xi" on the verb, "message" or "Biden": all mean the same.
        for prep in [*message.subtree, *self._children(verb)]:
            pobj = next((c for c in self._children(prep) if c.dep_ == "pobj"), None)
            if prep.dep_ != "prep" or pobj is None:
                continue
            if prep.lower_ == "from" and draft.on_behalf_of is None:
                draft.on_behalf_of = pobj
            elif prep.lower_ == "to" and draft.addressee is None:
                draft.addressee = pobj

    def _interviewer(self, verb: Token) -> Token | None:
        """Return the outlet or person of an interview the cue was said in, as "told" names them.

        "In an interview with the BBC, Holt said", "said in an interview with Reuters" (or
        "on CNN", an organisation): the actor the interview was given to, as "Holt told the
        BBC" gives it.
        """
        for prep in self._children(verb):
            if prep.dep_ != "prep" or prep.lower_ != "in":
                continue
            for noun in self._children(prep):
                if noun.dep_ != "pobj" or noun.lemma_.lower() != "interview":
                    continue
                for given in self._children(noun):
                    if given.dep_ != "prep" or given.lower_ not in ("with", "on"):
                        continue
                    for whom in self._children(given):
                        found = self.actor(whom) if whom.dep_ == "pobj" else None
                        if found is None:
                            continue
                        kind = self.actor_kinds.get(found)
                        if kind == "organization" or (given.lower_ == "with" and kind == "person"):
                            return whom
        return None

    def _asked_by(self, verb: Token) -> Token | None:
        """Return who asked the speaker, by an opening passive participle of the cue ``verb``.

        "Pressed by reporters, Carney said": the agent of a participle of asking ("asked",
        "pressed", "questioned"), when an actor covers it.
        """
        for participle in self._children(verb):
            if (
                participle.dep_ == "advcl"
                and participle.tag_ == "VBN"
                and participle.i < verb.i
                and participle.lemma_.lower() in _ASKING_PARTICIPLES
            ):
                for agent in self._children(participle):
                    if agent.dep_ != "agent":
                        continue
                    whom = next((c for c in self._children(agent) if c.dep_ == "pobj"), None)
                    if whom is not None and self.actor(whom) is not None:
                        return whom
        return None

    def _preposition_cue(self, token: Token) -> SpeechAct | None:
        for words, act in self.lexicon.prepositions.items():
            if token.lower_ != words[0] or token.i + len(words) > len(self.tokens):
                continue
            if all(self.tokens[token.i + k].lower_ == word for k, word in enumerate(words)):
                return act
        return None

    def _preposition_object(self, token: Token) -> Token | None:
        last = self.tokens[token.i + 1] if token.i + 1 < len(self.tokens) else token
        for candidate in (last, token):
            pobj = next((c for c in self._children(candidate) if c.dep_ == "pobj"), None)
            if pobj is not None:
                return pobj
        return None

    def _says_something(self, start: int, end: int) -> bool:
        """Whether tokens ``[start, end)`` hold more than a linking word ("And", "But also").

        A linking phrase of two words ("In addition", "In fact") says nothing either.
        """
        words = [t for t in self.tokens[start:end] if not (t.is_punct or t.is_space)]
        if " ".join(t.lower_ for t in words) in _LINKING_PHRASES:
            return False
        return any(t.pos_ not in _LINKING_TAGS and t.lower_ not in _LINKING_WORDS for t in words)

    def _joined_statement(self, head: int, after: int) -> bool:
        """Whether the cue at ``head`` is a clause of its own joined by "and" after ``after``.

        "..., two people died, and witnesses said ...": "said" has its own subject and hangs
        as a conjunct on the clause before.
        """
        verb = self.tokens[head]
        return (
            head >= after
            and verb.dep_ == "conj"
            and any(c.dep_ in SUBJECT_DEPS for c in self._children(verb))
            and any(
                c.dep_ == "cc" and c.lower_ == "and" and after <= c.i < head
                for c in self._children(verb.head)
            )
        )

    def _new_clause(self, start: int, end: int) -> bool:
        """Whether tokens ``[start, end)`` open with "but" or "while" and a clause of its own.

        So does a clause of "as" with its own subject in the present: "..., according to
        medical sources, as hundreds of aid trucks remain stranded" (as with "..., medical
        sources said, as ...", the writer's).
        """
        index = start
        while index < end and self.tokens[index].is_punct:
            index += 1
        if index >= end:
            return False
        first = self.tokens[index]
        if first.lower_ == "as" and first.dep_ == "mark":
            # in the present: the writer's now, not a time of what was told ("..., according
            # to prosecutors, as they slept" is part of it)
            clause = first.head
            return (
                clause.dep_ == "advcl"
                and index < clause.i < end
                and clause.tag_ in ("VBP", "VBZ")
                and any(c.dep_ in SUBJECT_DEPS and c.i > index for c in clause.lefts)
            )
        if first.lower_ not in _JOINING_WORDS:
            return False
        if first.dep_ == "mark":
            # "..., though editors speak out": a clause of its own the word opens
            clause = first.head
            return (
                clause.pos_ in ("VERB", "AUX")
                and index < clause.i < end
                and any(c.dep_ in SUBJECT_DEPS and c.i > index for c in clause.lefts)
            )
        joint = self.tokens[index].head
        verb = next(
            (c for c in joint.rights if c.dep_ == "conj" and index < c.i < end),
            None,
        )
        return (
            verb is not None
            and verb.pos_ in ("VERB", "AUX")
            and any(c.dep_ in SUBJECT_DEPS and c.i > index for c in self._children(verb))
        )

    def _before_stop(self, start: int, end: int) -> int:
        """Return ``end`` moved back over the spaces and the full stop that close a sentence."""
        while end > start and (
            self.tokens[end - 1].is_space or self.tokens[end - 1].text in _SENTENCE_END
        ):
            end -= 1
        return end

    def _aside_cue(self, noun: Token) -> _Draft | None:
        """Read "In her words, ..." and "..., in the words of one diplomat, ...".

        The speaker is the noun's possessor or its "of" object; what was said is the rest of
        the clause, the aside left out. An aside inside a statement told already ("said the
        plan was, in his words, dead") is no statement of its own.
        """
        preposition = noun.head
        if noun.dep_ != "pobj" or preposition.lower_ != "in" or preposition.i > noun.i:
            return None
        cue_end = noun.i + 1
        speaker = next((c for c in self._children(noun) if c.dep_ == "poss"), None)
        if speaker is None:
            of = next((c for c in self._children(noun) if c.i == noun.i + 1), None)
            if of is None or of.lower_ != "of":
                return None  # "in other words", "in a word"
            cue_end = of.i + 1
            speaker = next((c for c in self._children(of) if c.dep_ == "pobj"), None)
            if speaker is None:
                return None
        if any(self.lexicon.is_cue(a.lemma_.lower()) for a in list(preposition.ancestors)[1:]):
            return None
        sentence = self._sentence(noun)
        phrase_end = max(cue_end, speaker.right_edge.i + 1)
        if cue_end > noun.i + 1:
            name = self._name_set_off(phrase_end, sentence.end)
            if name is not None:
                phrase_end = name[1]  # "in the words of its founder, Ann Lowe, ..."
        # What was said is the clause the aside is in, not a clause it is joined to ("by
        # arguing that ... and, in the words of his adviser, recognize that ...").
        clause = preposition.head
        start = max(sentence.start, clause.left_edge.i)
        end = self._before_stop(phrase_end, min(sentence.end, clause.right_edge.i + 1))
        draft = _Draft(cue=(preposition.i, cue_end), act=self.lexicon.asides[noun.lemma_.lower()])
        self._set_speaker(draft, speaker)
        if draft.mention is not None and self.tokens[draft.mention[1] - 1].tag_ == "POS":
            draft.mention = (draft.mention[0], draft.mention[1] - 1)  # "In Lagarde's words"
        spans = [(start, preposition.i), (phrase_end, end)]
        draft.content = [self._chars(span) for span in spans if self._says_something(*span)]
        return draft if draft.content else None

    def _according(self, token: Token, reporter: Token | None, act: SpeechAct) -> None:
        """Handle "according to X": X reports another cue's statement, or speaks itself."""
        if reporter is None or reporter.lemma_.lower() in self.lexicon.not_sources:
            return  # "according to the plan"
        mention = self._mention(reporter, (token.i, token.i + 2))
        subject = self._subject_read_as_apposition(token, reporter)
        if subject is not None:
            # "According to Mr Bellingham, the risk ... had not disappeared"
            mention = (mention[0], min(mention[1], subject.left_edge.i))
            while mention[1] > mention[0] + 1 and self.tokens[mention[1] - 1].is_punct:
                mention = (mention[0], mention[1] - 1)
        # The aside runs to the end of the source's phrase, "who spoke on condition of
        # anonymity" included, but not into a cue the parser hung on it.
        phrase_end = reporter.i + 1
        for child in reporter.rights:
            if subject is not None and child.right_edge.i >= subject.i:
                # the subject's comma closes the source's phrase
                phrase_end = max(phrase_end, subject.left_edge.i - 1)
                break
            inside = (self.drafts.get(head) for head in range(*_subtree_range(child)))
            if any(draft is not None and draft.content for draft in inside):
                break
            phrase_end = child.right_edge.i + 1
        phrase_end = max(phrase_end, mention[1], token.i + 2)
        sentence = self._sentence(token)
        name = self._name_set_off(phrase_end, sentence.end) or self._description_set_off(
            reporter, phrase_end, sentence.end
        )
        if name is not None:
            phrase_end = name[1]  # "according to the chief planner, Kerri Voumvakis, ..."
        candidates = [
            draft
            for draft in self.drafts.values()
            if sentence.start <= draft.head < sentence.end
            and not token.i <= draft.head < phrase_end
            and draft.content
        ]
        # the nearest cue above the aside: "said ..., and a delegate reiterated it,
        # according to observers" is the delegate's
        by_head = {d.head: d for d in candidates}
        governing = [by_head[a.i] for a in token.ancestors if a.i in by_head]
        # not a cue inside another's words ("said he hopes ..., according to Xinhua")
        governing = [
            d
            for d in governing
            if not any(
                other is not d and a <= self.tokens[d.head].idx < b
                for other in governing
                for a, b in other.content
            )
        ]
        if not governing:
            # "According to people familiar with the matter, the board discussed cuts but
            # rejected them": a cue with a thing for its object is no statement the source
            # passes on; the source says the whole clause. Nor is a statement joined after
            # the source's own clause ("According to the police, two died, and witnesses
            # said ...").
            candidates = [
                d
                for d in candidates
                if self._says_a_clause(d) and not self._joined_statement(d.head, phrase_end)
            ]
        if candidates:
            chosen = (governing or sorted(candidates, key=lambda d: abs(d.head - token.i)))[0]
            if chosen.head < token.i and self._source_of_a_fact(reporter, mention):
                # "told reporters that 1.3 million remained displaced, according to the
                # IOM": the body the speaker cites for a figure, part of what was said
                return
            unnamed = False
            if chosen.reported_by is None:
                # "according to a report by Reuters": the report's author reported it.
                document = self._is_document(reporter)
                chosen.reported_by = (
                    (self._author(reporter) or self.document_reader(reporter))
                    if document
                    else reporter
                )
                # "According to a person who heard the conversation, Blinken told ...": a
                # source no actor stands for cannot be the one who reported it; it says
                # the clause, as "A person who heard it said Blinken told ..." does.
                # Not a name the actors missed ("According to Xinhua, Li called ...").
                unnamed = (
                    not document
                    and reporter.pos_ == "NOUN"
                    and self.actor(reporter) is None
                    and chosen.head > token.i
                )
            # "said ..., according to Xinhua": the source is no part of what was said.
            last = self.tokens[phrase_end - 1]
            self._cut(chosen, token.idx, last.idx + len(last.text))
            if not unnamed:
                return
        draft = _Draft(cue=(token.i, token.i + 2), act=act)
        self._set_speaker(draft, reporter)
        if subject is not None and draft.mention is not None:
            draft.mention = (draft.mention[0], min(draft.mention[1], mention[1]))
        if name is not None and draft.mention is not None and not draft.document:
            draft.mention = (draft.mention[0], name[1])
            draft.actor_id = self.actor(self.tokens[name[1] - 1]) or draft.actor_id
        end = self._before_stop(sentence.start, sentence.end)
        joined = next(
            (d.head for d in self.drafts.values() if self._joined_statement(d.head, phrase_end)),
            None,
        )
        if joined is not None and sentence.start <= joined < end:
            # "According to the police, two died, and witnesses said ...": up to the "and"
            cc = next(
                (
                    c
                    for c in self._children(self.tokens[joined].head)
                    if c.dep_ == "cc" and phrase_end <= c.i < joined
                ),
                None,
            )
            if cc is not None:
                end = cc.i
                while end > phrase_end and self.tokens[end - 1].is_punct:
                    end -= 1
        spans = [(sentence.start, token.i), (phrase_end, end)]
        if self._says_something(*spans[0]) and self._new_clause(phrase_end, end):
            # "Hundreds are in jail, according to rights groups, but leaders speak out":
            # the clause joined after the aside is the writer's, not the source's.
            spans.pop()
        draft.content = [self._chars(span) for span in spans if self._says_something(*span)]
        if draft.content:
            self.drafts[draft.head] = draft

    def _subject_read_as_apposition(self, token: Token, reporter: Token) -> Token | None:
        """Return the clause's subject the parser hung on the source as its apposition.

        "According to Mr Bellingham, the risk of a hike had not disappeared": the clause
        "According to" opens has no subject of its own, and a common noun set off after
        the source's name (or after a name in the source's phrase) is it.
        """
        clause = token.head
        if clause.pos_ not in ("VERB", "AUX") or any(
            c.dep_ in ("nsubj", "nsubjpass", "expl") for c in self._children(clause)
        ):
            return None
        # on the source, or on a name after it: "According to a survey by the public
        # broadcaster ARD, 61% of Germans believe ..."
        for child in (t for t in reporter.subtree if t.i > reporter.i):
            if (
                child.dep_ == "appos"
                and child.pos_ == "NOUN"
                and child.left_edge.i > 0
                and self.tokens[child.left_edge.i - 1].text == ","
                and child.right_edge.i + 1 == clause.i - self._auxiliaries(clause)
            ):
                return child
        return None

    def _auxiliaries(self, verb: Token) -> int:
        """How many auxiliaries and negations stand right before ``verb``."""
        count = 0
        while verb.i - count - 1 >= 0 and self.tokens[verb.i - count - 1].dep_ in (
            "aux",
            "auxpass",
            "neg",
        ):
            count += 1
        return count

    def _says_a_clause(self, draft: _Draft) -> bool:
        """Whether a statement's content is a quotation or a clause, not an object's phrase."""
        start, end = draft.content[0]
        first = bisect.bisect_left(self.token_starts, start)
        last = bisect.bisect_left(self.token_starts, end)
        inside = range(first, last)
        if any(self.quote_of[i] >= 0 for i in inside):
            return True
        return any(
            self.tokens[i].pos_ in ("VERB", "AUX") and self.tokens[i].head.i not in inside
            for i in inside
        ) or any(self.tokens[i].dep_ == "mark" for i in inside[:1])

    def _name_set_off(self, index: int, end: int) -> tuple[int, int] | None:
        """Return a person's name set off by commas at ``index``, before more of the sentence.

        "According to the city's chief planner, Kerri Voumvakis, the change could ...": the
        parser may take the name for the subject of the clause; it is the source's
        apposition.
        """
        if 0 < index < end and self.tokens[index - 1].text == ",":
            index -= 1  # the comma closed the source's phrase already
        if index >= end or self.tokens[index].text != ",":
            return None
        start = stop = index + 1
        while stop < end and self.tokens[stop].ent_type_ == "PERSON":
            stop += 1
        if stop == start or self.tokens[start].ent_iob_ != "B":
            return None
        if stop + 1 >= end or self.tokens[stop].text != ",":
            return None
        if self._subject_with_apposition(stop - 1, end):
            return None
        return start, stop

    def _description_set_off(self, reporter: Token, index: int, end: int) -> tuple[int, int] | None:
        """Return a description of a named source set off by commas at ``index``.

        "According to the Institute for the Study of War, a Washington-based think tank,
        Russian forces have made gains": "a" or "an" and a noun phrase without a verb of its
        own, then a comma and the clause's subject; the parser may hang the phrase anywhere.
        Only after a name ("According to police, a man, 24, was killed" tells of the man).
        """
        if not any(self.actor(t) is not None or t.pos_ == "PROPN" for t in reporter.subtree):
            return None
        if 0 < index < end and self.tokens[index - 1].text == ",":
            index -= 1
        if index + 2 >= end or self.tokens[index].text != ",":
            return None
        start = index + 1
        if self.tokens[start].lower_ not in ("a", "an"):
            return None
        stop = start + 1
        while stop < end and self.tokens[stop].text != ",":
            token = self.tokens[stop]
            if token.is_quote or (token.pos_ in ("VERB", "AUX") and token.dep_ != "amod"):
                return None
            if token.text in _SENTENCE_END and stop == end - 1:
                # "..., according to the ISW, a Washington-based think tank." ends it
                return (start, stop) if self.tokens[stop - 1].pos_ == "NOUN" else None
            stop += 1
        if stop + 1 >= end or stop - start < 2 or self.tokens[stop - 1].pos_ != "NOUN":
            return None
        after = self.tokens[stop + 1]
        if after.pos_ in ("VERB", "AUX", "PRON") and after.lower_ not in SUBJECT_PRONOUNS:
            return None  # ", who ...", ", said ...": the phrase is the clause's
        subject = next(
            (t for t in self.tokens[stop + 1 : end] if t.dep_ in ("nsubj", "nsubjpass")), None
        )
        if subject is None or subject.head.i <= stop:
            return None
        return start, stop

    def _subject_with_apposition(self, last: int, end: int) -> bool:
        """Whether the name ending at ``last`` is the clause's subject, with its own appositive.

        "According to people close to the campaign, Paul Manafort, the campaign chairman,
        has been urging ...": a noun phrase set off after the name, then the verb with no
        other subject; the name is the one urging, not the source's apposition.
        """
        name = self.tokens[last]
        for child in name.rights:
            if child.dep_ != "appos" or child.pos_ != "NOUN":
                continue
            comma = child.right_edge.i + 1
            if comma + 1 < end and self.tokens[comma].text == ",":
                verb = self.tokens[comma + 1]
                while verb.dep_ in ("aux", "auxpass", "neg") and verb.head.i > verb.i:
                    verb = verb.head
                if verb.i == name.head.i and name.dep_ in SUBJECT_DEPS:
                    return True
        return False

    def _subject_of_sentence_before(
        self, token: Token, kind: str, *, same_paragraph: bool
    ) -> str | None:
        """Return the main subject of the sentence before ``token``'s, if an actor of ``kind``.

        With ``same_paragraph``, only when no paragraph ends between them. Sentences
        quoted are passed over: in '"... Why not?" the 22-year-old said.', the sentence before
        is the one before the quotation.
        """
        start = self._sentence(token).start
        for _ in range(_QUOTED_SENTENCES):
            if start == 0 or self.quote_of[self.sentences.of(start - 1).root.i] < 0:
                break
            start = self.sentences.of(start - 1).start
        if start == 0:
            return None
        if same_paragraph and any(
            self._paragraph_break(t) for t in self.tokens[start - 1 : token.i]
        ):
            return None
        root = self.sentences.of(start - 1).root
        subject = next((c for c in self._children(root) if c.dep_ == "nsubj"), None)
        actor = self.actor(subject) if subject is not None else None
        if actor is None and subject is not None and kind == "country":
            # "China on Thursday summoned the ambassador." where the name went unrecognised
            # there: the country of that name, named elsewhere in the text
            actor = self._country_named(subject)
        return actor if actor is not None and self.actor_kinds.get(actor) == kind else None

    def _country_named(self, word: Token, kind: str = "country") -> str | None:
        """Return the country (or actor of ``kind``) whose name is the proper noun ``word``."""
        if (
            word.pos_ != "PROPN"
            or word.ent_type_
            or any(c.dep_ in ("compound", "flat", "poss", "amod") for c in self._children(word))
        ):
            return None
        text = word.text.casefold()
        return next(
            (
                key
                for key, record in self.actor_records.items()
                if record.get("kind") == kind and str(record.get("name", "")).casefold() == text
            ),
            None,
        )

    def _named_with(self, noun: Token, kind: str) -> str | None:
        """Return the last actor of ``kind`` named before ``noun`` whose name holds it.

        Not for a word of any kind of body ("the aid organization", "the group"), which
        the International Organization for Migration holds by chance.
        """
        if noun.lower_ in _GENERIC_BODIES:
            return None
        # One whose name the word heads first: "a university spokeswoman" is the University
        # of Northbridge's, not the University and College Union's.
        return self._last_named_with(noun, kind, head=True) or self._last_named_with(
            noun, kind, head=False
        )

    def _last_named_with(self, noun: Token, kind: str, *, head: bool) -> str | None:
        """Return the last actor of ``kind`` named before ``noun`` whose name holds (heads) it."""
        found: str | None = None
        last = -1
        for key, record in self.actor_records.items():
            if self.actor_kinds.get(key) != kind or not self._name_has(key, noun):
                continue
            if head and name_head(str(record.get("name", ""))) != noun.lower_:
                continue
            mentions = record.get("mentions")
            starts = [
                m["start"]
                for m in (mentions if isinstance(mentions, list) else ())
                if isinstance(m, Mapping)
                and isinstance(m.get("start"), int)
                and m["start"] < noun.idx
            ]
            if starts and max(starts) > last:
                found, last = key, max(starts)
        return found

    def _name_has(self, actor: str | None, noun: Token) -> bool:
        """Whether the name of ``actor`` holds the word ``noun`` ("Union" for "the union")."""
        record = self.actor_records.get(actor, {}) if actor is not None else {}
        name = record.get("name")
        return isinstance(name, str) and noun.lower_ in name.casefold().split()

    def _spokes_word(self, token: Token) -> bool:
        """Whether ``token`` ends a spokesperson word: "spokesman", "press secretary"."""
        words = self.lexicon.spokespeople
        if token.lower_ in words:
            return True
        return token.i > 0 and f"{self.tokens[token.i - 1].lower_} {token.lower_}" in words

    def _find_principal(self, draft: _Draft) -> None:
        """Set whom a spokesperson speaks for: "Kremlin spokesman Dmitry Peskov said".

        The speaker's phrase, or its apposition, holds a spokesperson word; the principal is
        the actor it belongs to ("Kremlin spokesman", "a spokesman for UNICEF"), else the
        speaking person's affiliation; an office speaks for the person it is of ("Netanyahu's
        office"), and so does a document its author issued ("a statement from Sisi's
        office"). A person the actors know as a spokesperson speaks for their affiliation
        wherever they are named ("He added ..." after "Peskov, the Kremlin spokesman,
        said"). No such actor, no principal.
        """
        # "a statement from Sisi's office": a document speaks for whom its author does
        speaker = draft.author if draft.document else draft.speaker
        if speaker is None or draft.on_behalf_of is not None:
            return
        own = self.speaker_actor(draft)
        record = self.actor_records.get(own, {}) if own is not None else {}
        affiliation = record.get("affiliation")
        if record.get("kind") != "person" or not isinstance(affiliation, str):
            affiliation = None
        principal, named = self._principal_in_phrase(draft, speaker, own, affiliation)
        titles = record.get("titles")
        spokes_titled = isinstance(titles, list) and any(
            isinstance(title, str) and self._spokes_title(title) for title in titles
        )
        if not named and affiliation is not None and spokes_titled:
            principal = affiliation
        if principal is None and (
            (own is None and self._unnamed_spokesperson(speaker))
            or (
                record.get("kind") == "person"
                and affiliation is None
                and self._ownerless_spokes_phrase(draft, speaker)
            )
        ):
            # "according to Uganda's Ministry of Health. A ministry spokesperson said": the
            # body named before whose name holds the word before the spokesperson word
            descriptor = self._spokes_descriptor(draft, speaker)
            if descriptor is not None:
                principal = self._named_with(descriptor, "organization")
            # "The regional government denied the claim. A spokeswoman said ...": the one
            # the sentence before is about; so too for "a company spokeswoman, Helen Brooks"
            principal = (
                principal
                or self._subject_of_sentence_before(speaker, "organization", same_paragraph=False)
                or self._subject_of_sentence_before(speaker, "country", same_paragraph=False)
            )
        if principal is None and own is None:
            principal = self._body_headed(speaker)
        if (
            principal is not None
            and principal != own
            and not self._principal_named_in(draft, speaker, principal)
            and self._other_country_since(principal, speaker, own, draft)
        ):
            # "Germany's foreign ministry said ... '... China hopes ...,' foreign ministry
            # spokesman Lin Jian told": a ministry of one country, named before the text
            # moved on to another, is no principal a bare "ministry" can name
            principal = None
        if principal is not None and principal != own:
            draft.principal_id = principal

    def _body_headed(self, speaker: Token) -> str | None:
        """Return the organisation an unnamed head of it speaks for: "its chief executive".

        "Cancer Research UK welcomed the ban. Its chief executive said ...", "the company's
        chairman", "Acme's director": a word of who heads a body (the lexicon-free
        ``_HEAD_WORDS``), owned by an organisation ("its" or "the charity's" as resolved
        before it). Not a person's or a country's: "his chief of staff", "Britain's prime
        minister". So too the board that governs a body (``_GOVERNING_BODIES``), owned or
        with "of": "The Daily Herald's editorial board said", "the board of Acme".
        """
        children = list(self._children(speaker))
        if not (
            (speaker.lower_ in _HEAD_WORDS and any(c.dep_ == "poss" for c in children))
            or (
                speaker.lower_ in _GOVERNING_BODIES
                and any(
                    c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ == "of") for c in children
                )
            )
        ):
            return None
        principal, _ = self._owner(speaker, None)
        if principal is None or self.actor_kinds.get(principal) != "organization":
            return None
        return principal

    def _principal_named_in(self, draft: _Draft, speaker: Token, principal: str) -> bool:
        """Whether an actor's mention in the speaker's phrase names ``principal``."""
        phrase = self._speaker_phrase(draft, speaker) or ()
        return any(self.actor(word) == principal for word in phrase)

    def _other_country_since(
        self, principal: str, speaker: Token, own: str | None, draft: _Draft
    ) -> bool:
        """Whether the text speaks of another country than ``principal``'s before ``speaker``.

        A subject in the speaker's own sentence, or the main subject of the sentence before,
        whose actor is of a country other than the principal's: "Beijing urged restraint.
        '...,' foreign ministry spokesman Lin Jian said" is not on Germany's ministry, named
        before it. Not the subject of what the cue reports after it, which speaks of whom
        the spokesperson spoke about: "China's foreign ministry rejected the statement.
        Spokesperson Mao Ning told a briefing that Japan was stirring trouble" is on behalf
        of China's ministry.
        """
        record = self.actor_records.get(principal, {})
        code = record.get("country")
        if record.get("kind") != "organization" or not isinstance(code, str):
            return False  # "Cuban officials say": the country their nationality names
        if own is not None and self.actor_records.get(own, {}).get("country") == code:
            return False  # "German foreign ministry spokesman Martin Giese": of that country
        sentence = self._sentence(speaker)
        after = self.tokens[draft.head].idx if draft.head >= 0 else len(self.text)
        subjects = [
            word
            for word in sentence
            if word.dep_ in SUBJECT_DEPS
            and not (
                word.idx > after
                and not self._in_quote(word)
                and any(a <= word.idx < b for a, b in draft.content)
            )
        ]
        if sentence.start > 0:
            root = self.sentences.of(sentence.start - 1).root
            subjects.extend(c for c in self._children(root) if c.dep_ == "nsubj")
        for subject in subjects:
            found = self.actor(subject)
            if found is None or found in (own, principal):
                continue
            other = self.actor_records.get(found, {}).get("country")
            if isinstance(other, str) and other != code:
                return True
        return False

    def _unnamed_spokesperson(self, speaker: Token) -> bool:
        """Whether ``speaker`` is "a spokeswoman" or "a union spokesperson", for no one named."""
        if not speaker.lower_.startswith("spokes") or speaker.ent_type_:
            return False  # not "officials", "the office": they need not speak for the last
        return not any(
            child.dep_ in ("prep", "poss", "appos") or child.ent_type_
            for child in self._children(speaker)
        )

    def _speaker_phrase(self, draft: _Draft, speaker: Token) -> list[Token] | None:
        """Return the words of the speaker's phrase (with its apposition), before the cue.

        None for a phrase longer than any a spokesperson word is looked for in.
        """
        root = speaker.head if speaker.dep_ == "appos" else speaker
        start, end = _subtree_range(root)
        if start <= draft.head < end:
            end = draft.head  # the cue inside the speaker's phrase: only the words before it
        if end - start > _PHRASE_LIMIT:
            return None
        # "Maricel Dizon, who had denied any contact with officials of Agriverde, confirmed":
        # a relative clause tells of others, whom the speaker does not speak for
        told = {
            word.i
            for clause in self.tokens[start:end]
            if clause.dep_ == "relcl" and clause.i != draft.head
            for word in clause.subtree
        }
        return [word for word in self.tokens[start:end] if word.i not in told]

    def _ownerless_spokes_phrase(self, draft: _Draft, speaker: Token) -> bool:
        """Whether a named speaker's phrase is "a company spokeswoman", of no one named.

        "a company spokeswoman, Helen Brooks", "Helen Brooks, a utility spokeswoman": a
        spokesperson word with neither an owner ("for the union", "its") nor a name in it.
        """
        for word in self._speaker_phrase(draft, speaker) or ():
            if (
                self._spokes_word(word)
                and word.lower_ not in _PERSONAL_BODIES
                and word.lower_ not in _OFFICIAL_WORDS
            ):
                return not any(
                    (child.dep_ in ("prep", "poss") and not self._for_the_body(child))
                    or (child.ent_type_ and child.dep_ != "appos")
                    for child in self._children(word)
                )
        return False

    def _spokes_descriptor(self, draft: _Draft, speaker: Token) -> Token | None:
        """Return the common noun before a spokesperson word: "a ministry spokesperson"."""
        for word in self._speaker_phrase(draft, speaker) or ():
            if self._spokes_word(word):
                return next(
                    (
                        child
                        for child in self._children(word)
                        if child.dep_ == "compound" and child.pos_ == "NOUN" and child.is_lower
                    ),
                    None,
                )
        return None

    def _for_the_body(self, prep: Token) -> bool:
        """Whether ``prep`` is "for the company", a company named by no name ("for the firm")."""
        if prep.lower_ != "for":
            return False
        bodies = [c for c in self._children(prep) if c.dep_ == "pobj"]
        return len(bodies) == 1 and (
            bodies[0].lower_ in _ANY_COMPANY
            and self.actor(bodies[0]) is None
            and [c.lower_ for c in self._children(bodies[0])] == ["the"]
        )

    def _spokes_title(self, title: str) -> bool:
        """Whether a person's title ends in a spokesperson word: "foreign ministry spokesman"."""
        words = title.lower().split()
        return any(
            " ".join(words[-size:]) in self.lexicon.spokespeople
            for size in (1, 2)
            if len(words) >= size and words[-1] not in _PERSONAL_BODIES
        )

    def _shared_principals(self, drafts: list[_Draft]) -> None:
        """Give a spokesperson's other statements the principal one of them names.

        After "Kremlin spokesman Dmitry Peskov said ...", "He added ..." is Peskov speaking
        for the Kremlin too: one person holds one role in one article. So does an unnamed
        spokesperson named again with "the" ("a spokesperson for the Commission ... The
        spokesperson said").
        """
        principals: dict[str, str] = {}
        # "According to a spokesperson for the European Commission, ... The spokesperson,
        # who declined to be named, said": the unnamed spokesperson named again
        unnamed: dict[str, str] = {}
        # the principal of the last speaker when an unnamed one, and that speaker's sentence
        last: tuple[str, int] | None = None
        for draft in drafts:
            speaker = draft.speaker
            own = self.speaker_actor(draft)
            anonymous = (
                own is None
                and speaker is not None
                and (self._spokes_word(speaker) or speaker.lower_ in _REPRESENTING_NOUNS)
            )
            if (
                speaker is not None
                and own is None
                and last is not None
                and speaker.lower_ in ("he", "she")
                and draft.principal_id is None
                and draft.on_behalf_of is None
                and self._sentence(speaker).start - 1 <= last[1]
            ):
                # "A council spokesman said ... . He said ...": the pronoun no actor stands
                # for is that spokesman, in this sentence or the one after
                draft.principal_id = last[0]
            # whom the speaker speaks for: a spokesperson's principal, or whom a
            # representative represents ("her representative")
            principal = draft.principal_id or (
                self.actor(draft.on_behalf_of) if draft.on_behalf_of is not None else None
            )
            if speaker is not None:
                last = None
                if (
                    (anonymous or speaker.lower_ in ("he", "she"))
                    and own is None
                    and principal is not None
                ):
                    last = principal, self._sentence(speaker).end - 1
            if anonymous and speaker is not None and principal is not None:
                unnamed[speaker.lower_] = principal
            elif (
                anonymous
                and speaker is not None
                and speaker.lower_ in unnamed
                and draft.principal_id is None
                and draft.on_behalf_of is None
                and [c.lower_ for c in speaker.lefts] == ["the"]
            ):
                # just "the spokesperson", as before: not "the Labour campaign"
                draft.principal_id = unnamed[speaker.lower_]
            if draft.principal_id is None:
                continue
            if own is not None and self.actor_kinds.get(own) == "person":
                principals.setdefault(own, draft.principal_id)
        if not principals:
            return
        for draft in drafts:
            if draft.principal_id is not None or draft.on_behalf_of is not None:
                continue
            own = self.speaker_actor(draft)
            if own is not None and own in principals:
                draft.principal_id = principals[own]

    def _principal_in_phrase(
        self, draft: _Draft, speaker: Token, own: str | None, affiliation: str | None
    ) -> tuple[str | None, bool]:
        """Return whom a spokesperson word in the speaker's phrase speaks for, and if named.

        The second value says whether the phrase settles it: it holds a spokesperson word.
        """
        phrase = self._speaker_phrase(draft, speaker)
        if phrase is None:
            return None, False
        for word in phrase:
            if not self._spokes_word(word):
                continue
            principal, named = self._owner(word, own)
            if word.lower_ in _PERSONAL_BODIES and any(
                c.dep_ == "poss" and c.lower_ in ("his", "her") for c in self._children(word)
            ):
                # "Zelenskiy spoke with Macron and urged him ..., his office said": the
                # person the statement is about, not the last one named before "his"
                principal = self._reported_subject(draft, speaker) or principal
            if word.lower_ in _PERSONAL_BODIES:
                # "Netanyahu's office", "Clinton's campaign": a person's office speaks for
                # them; "Britain's Foreign Office" is an institution speaking for itself.
                if principal is not None and self.actor_kinds.get(principal) == "person":
                    return principal, True
                continue
            if word.lower_ in _OFFICIAL_WORDS:
                # "a Hamas official", "U.S. officials": they speak for the organisation or
                # country named with them, and for no one else
                kind = self.actor_kinds.get(principal) if principal is not None else None
                if kind in ("organization", "country"):
                    return principal, True
                continue
            if named:
                return principal, True
            return affiliation, True
        return None, False

    def _reported_subject(self, draft: _Draft, speaker: Token) -> str | None:
        """Return the person subject of the clause a trailing attribution reports, if any.

        In "Zelenskiy spoke with Macron ..., his office said", Zelenskiy: the subject of the
        clause before the cue that the cue hangs on, when an actor that is a person.
        """
        verb = self.tokens[draft.head]
        clause = next(
            (c for c in self._children(verb) if c.dep_ in ("ccomp", "parataxis") and c.i < verb.i),
            None,
        )
        if clause is None and verb.dep_ in ("ccomp", "parataxis") and verb.head.i < verb.i:
            clause = verb.head
        if clause is None or speaker.i < clause.i:
            return None
        subject = next((c for c in self._children(clause) if c.dep_ == "nsubj"), None)
        found = self.actor(subject)
        return found if found is not None and self.actor_kinds.get(found) == "person" else None

    def _owner(self, word: Token, own: str | None) -> tuple[str | None, bool]:
        """Return the actor a spokesperson word belongs to, in its own phrase, and if named.

        "Netanyahu's office", "a spokesman for UNICEF", "White House spokeswoman": the
        possessor, the object of "for" or "of", or the nearest noun before it. A noun there
        that is no actor ("foreign ministry spokesperson") names a principal all the same:
        the second value says so, and nobody else is taken for it.
        """
        children = list(self._children(word))
        candidates = [c for c in children if c.dep_ == "poss"]
        preps = children
        if word.dep_ == "compound" and word.head.i > word.i and word.head.ent_type_ == "PERSON":
            # "Spokeswoman Mary Moriarty of the Foreign Ministry": the title's body follows
            # the name it stands before
            preps = [*children, *self._children(word.head)]
        # "an official at the Ministry", "officials from the agency": where officials work
        bodies = ("for", "of", "at", "from") if word.lower_ in _OFFICIAL_WORDS else ("for", "of")
        for prep in preps:
            if prep.dep_ == "prep" and prep.lower_ in bodies:
                candidates.extend(c for c in self._children(prep) if c.dep_ == "pobj")
        candidates.extend(
            c
            for c in reversed(children)
            if c.dep_ in ("compound", "nmod", "amod")
            and c.i < word.i
            and (
                # "presidential spokesperson": the president's
                c.lower_ == "presidential"
                or (
                    f"{c.lower_} {word.lower_}" not in self.lexicon.spokespeople
                    # "an Israeli official": a nationality only when an actor stands for it
                    and (c.dep_ != "amod" or self.actor(c) is not None)
                )
            )
            # "Trump and U.S. officials": a name joined to the phrase owns none of it
            and not any(g.dep_ == "cc" for g in self._children(c))
        )
        state_official = word.lower_ in _OFFICIAL_WORDS and not any(
            c.lower_ in _NOT_THE_STATE for c in self._children(word) if c.i < word.i
        )
        if state_official:
            # "an Israeli official": the nationality of an official names their country
            candidates.extend(
                c
                for c in children
                if c.dep_ == "amod"
                and c.i < word.i
                and self.actor(c) is None
                and c not in candidates
            )
        # "A spokesperson for the nightclub, The Vault,": the parser hangs the club's name on
        # the spokesperson word itself
        candidates[:0] = [c for c in children if self.renames_body(c)]
        # "a spokesperson for the rail operator, Ferromex": the name set off after a noun,
        # before the noun
        candidates = [
            each
            for candidate in candidates
            for each in (
                *(
                    name
                    for name in self._children(candidate)
                    if candidate.pos_ == "NOUN" and name.dep_ == "appos"
                ),
                candidate,
            )
        ]
        named = False
        for candidate in candidates:
            found = self.actor(candidate)
            if (found is None or found == own) and candidate.dep_ == "amod" and state_official:
                # "an Israeli official" where Israel is named: that country's; so too
                # "Israeli officials", whose nationality is part of the group's own mention
                found = self._country_of_demonym(candidate) or found
            if found is None or found == own:
                # a word of the speaker's own title ("presidential spokesperson") too
                found = self._owner_named_before(candidate)
            if found is None and candidate.lower_ in _PERSONAL_BODIES and candidate is not word:
                # "a spokesperson for the office of Mayor Denise Harker", "for Harker's
                # office": the person whose office it is
                holder = self._owner(candidate, own)[0]
                if holder is not None and self.actor_kinds.get(holder) == "person":
                    found = holder
            if found is not None and found != own:
                return found, True
            named = named or candidate.pos_ in ("NOUN", "PROPN")
        return None, named

    def _country_of_demonym(self, word: Token) -> str | None:
        """Return the country actor a nationality word names, when the doc has one."""
        if not word.text[:1].isupper():
            return None
        code = country_code(word.text)
        if code is None:
            return None
        return next(
            (
                key
                for key, record in self.actor_records.items()
                if record.get("kind") == "country" and record.get("country") == code
            ),
            None,
        )

    def _actors_named_before(self, token: Token, kind: str | None = None) -> list[tuple[int, str]]:
        """Return where each actor (of ``kind``) is named in the few sentences before ``token``."""
        window = token.idx - _NAMED_BEFORE_WINDOW
        found = []
        for key, record in self.actor_records.items():
            if kind is not None and record.get("kind") != kind:
                continue
            mentions = record.get("mentions")
            for mention in mentions if isinstance(mentions, list) else ():
                start = mention.get("start") if isinstance(mention, Mapping) else None
                if isinstance(start, int) and window <= start < token.idx:
                    found.append((start, key))
        return found

    def _owner_named_before(self, word: Token) -> str | None:
        """Return the actor a spokesperson's owner word names again, where no actor covers it.

        "an OCHA spokesperson" after "The OCHA said": the actor of that name, or the
        organisation whose name ends with it ("a Commission spokesperson"); "the group's
        spokesman", "a spokesperson for the label": the organisation named last before it;
        "presidential spokesperson": the president named before.
        """
        before = sorted(self._actors_named_before(word), reverse=True)
        if word.pos_ == "PROPN":
            text = word.text.casefold()
            for _, key in before:
                record = self.actor_records[key]
                mentions = record.get("mentions")
                written = {
                    str(m.get("text", "")).casefold().removeprefix("the ")
                    for m in (mentions if isinstance(mentions, list) else ())
                    if isinstance(m, Mapping)
                }
                name = str(record.get("name", "")).casefold()
                # "The Houthis ... Houthi military spokesman": the plural's one-word name
                if text in (name, name.removesuffix("s")) or text in written:
                    return key
            # "the European Commission ... A Commission spokesperson": the organisation whose
            # name ends with the word, named last
            return next(
                (
                    key
                    for _, key in before
                    if self.actor_kinds.get(key) == "organization"
                    and str(self.actor_records[key].get("name", "")).casefold().split()[-1:]
                    == [text]
                ),
                None,
            )
        if word.lower_ in ("its", "their"):
            # "The union rejected the offer. Its spokeswoman said": the body the sentence
            # before is about ("their" also a group: "Residents ... Their spokesman")
            kinds = ("organization", "country", "group")[: 3 if word.lower_ == "their" else 2]
            return next(
                (
                    found
                    for kind in kinds
                    if (found := self._subject_of_sentence_before(word, kind, same_paragraph=False))
                ),
                None,
            )
        if word.lower_ == "presidential":
            for _, key in before:
                titles = self.actor_records[key].get("titles")
                if isinstance(titles, list) and any(
                    "president" in str(title).lower().split() for title in titles
                ):
                    return key
            return None
        if (
            word.dep_ == "compound"
            and word.lower_ in _ANY_COMPANY
            and not any(c.lower_ == "the" for c in self._children(word))
        ):
            # "a company spokeswoman": the one company named in the few sentences before, if
            # the last statement before is its own ("Tesco said ... Rival Sainsbury's said
            # ... A company spokeswoman said" is neither's)
            # (not the press: "(AP)"; names that open with one word are one company:
            # "Veridian Pharma" in a headline, "Veridian Pharmaceuticals" in the text)
            companies = [
                key
                for _, key in before  # the last named first
                if self.actor_kinds.get(key) == "organization" and not self._press_actor(key)
            ]
            if len({tuple(self._name_words_of(key)[:1]) for key in companies}) != 1:
                return None
            earlier = [d for head, d in self.drafts.items() if 0 <= head < word.i and d.speaker]
            last = max(earlier, key=lambda d: d.head, default=None)
            company = companies[0]
            if last is None or self.speaker_actor(last) == company:
                return company
            # or one of its people: "Chief Executive Laura Brennan said"
            record = self.actor_records.get(self.speaker_actor(last) or "", {})
            own = record.get("affiliation") in (company, None) and bool(record.get("titles"))
            return company if own and record.get("kind") == "person" else None
        # "the union's spokesman", "a spokesperson for the label"
        definite = any(c.lower_ == "the" for c in self._children(word))
        if word.pos_ != "NOUN" or not definite or word.lower_ not in _organization_nouns():
            return None
        # "the union's spokesman": the body named with that word; "the group's", "the
        # label's": a word any company goes by, the organisation named last
        named = self._named_with(word, "organization")
        if named is not None or word.lower_ not in _ANY_COMPANY:
            return named
        return next((key for _, key in before if self.actor_kinds.get(key) == "organization"), None)

    def _name_words_of(self, key: str) -> list[str]:
        """Return the lower-case words of an actor's name, without "the"."""
        name = str(self.actor_records.get(key, {}).get("name", "")).casefold()
        return [word for word in name.split() if word != "the"]

    def _press_actor(self, key: str) -> bool:
        """Whether the organisation ``key`` is a news outlet by its name ("Bloomberg News")."""
        return self._outlet_words(self._name_words_of(key))

    def _cited_sources(self, drafts: list[_Draft]) -> None:
        """Give what an outlet says citing a source to that source, reported by the outlet.

        "Citing a source in the Foreign Ministry, the newspaper said Moscow would respond":
        the source speaks and the paper passes it on, as in "according to a source in the
        Foreign Ministry, ...". An outlet that cites a document says what it read there
        itself ("..., the AP said, citing a city finance report"), and someone who is not the
        press keeps what they say citing others ("Citing security concerns, the ministry
        said ...").
        """
        for draft in drafts:
            if (
                draft.head < 0
                or draft.speaker is None
                or draft.nested
                or draft.reported_by is not None
                or draft.reporter_id is not None
            ):
                continue
            cited = self._cited(self.tokens[draft.head], draft.speaker)
            if cited is None or not self._is_outlet(draft):
                continue
            draft.reported_by = draft.speaker
            draft.reporter_id = self.speaker_actor(draft)
            draft.actor_id = draft.principal_id = draft.on_behalf_of = None
            draft.document, draft.author = False, None
            self._set_speaker(draft, cited)
            if draft.mention is not None and self.tokens[draft.mention[0]].lower_ == "citing":
                draft.mention = (draft.mention[0] + 1, draft.mention[1])

    def _cited(self, verb: Token, subject: Token) -> Token | None:
        """Return whom a participle "citing" on a cue or its subject names as the source."""
        words = _speaker_words()
        for holder in (verb, subject):
            for child in self._children(holder):
                if (
                    child.lemma_.lower() != "cite"
                    or child.tag_ != "VBG"
                    or child.dep_ not in ("advcl", "acl")
                    or any(c.dep_ in SUBJECT_DEPS for c in self._children(child))
                ):
                    continue
                source = next((c for c in self._children(child) if c.dep_ == "dobj"), None)
                if source is not None and (
                    self._may_speak(source)
                    or source.lemma_.lower() in words
                    or source.lower_ in words
                    or source.lower_ == "people"
                ):
                    return source
        for child in self._children(verb):
            # "Citing Interior Minister Dana Okoro, Reuters said": the parser may make the
            # participle a modifier of the name and the name a second subject
            opening = self.tokens[child.left_edge.i]
            if (
                child is not subject
                and child.dep_ == "nsubj"
                and child.i < subject.i
                and opening.lower_ == "citing"
                and opening.dep_ == "amod"
                and self._may_speak(child)
            ):
                return child
        return None

    def _is_outlet(self, draft: _Draft) -> bool:
        """Whether the speaker is a news organisation: "Xinhua", "state TV", "the agency"."""
        speaker = draft.speaker
        if speaker is None or draft.document:
            return False
        start, end = draft.mention or self._noun_phrase(speaker)
        verb = self._lemma(self.tokens[draft.head])
        return self._outlet_phrase(start, end, self.speaker_actor(draft), speaker, verb)

    def _source_of_a_fact(self, reporter: Token, mention: tuple[int, int]) -> bool:
        """Whether an "according to" source is an organisation other than the press."""
        actor = self.actor(reporter)
        record = self.actor_records.get(actor, {}) if actor is not None else {}
        if record.get("kind") != "organization" or self._is_document(reporter):
            return False
        return not self._outlet_phrase(mention[0], mention[1], actor, reporter, "say")

    def _outlet_phrase(
        self, start: int, end: int, actor: str | None, head: Token, verb: str
    ) -> bool:
        """Whether tokens ``[start, end)``, headed by ``head``, name a news organisation."""
        record = self.actor_records.get(actor, {}) if actor is not None else {}
        if record.get("kind") not in (None, "organization"):
            return False
        names = self.lexicon.outlet_names
        name = record.get("name")
        if isinstance(name, str) and name.lower() in names:
            return True
        if self._outlet_words([t.lower_ for t in self.tokens[start:end] if t.lower_ != "the"]):
            return True
        if (
            actor is not None
            and end - start >= 2
            and self.tokens[start].lower_ == "the"
            and self.tokens[end - 1].text == "Post"
        ):
            # "the Post", "The Washington Post": a paper's name ends in "Post" and takes the
            # article, which a post on social media (a document) and a postal company
            # ("Deutsche Post") do not
            return True
        # "..., the agency reported": an agency that reports another's words is the press.
        return head.lower_ == "agency" and verb == "report"

    def _outlets(self, drafts: list[_Draft]) -> list[_Draft]:
        """Give a statement the outlet after it as ``reported_by``: "Xi urged calm, Xinhua said".

        The outlet's own statement, whose words are only the statements it reports, goes:
        one statement by the speaker, reported by the outlet, as with "according to Xinhua".
        """
        kept = []
        for outer in drafts:
            if outer.nested or outer.speaker is None or outer.head < 0:
                kept.append(outer)
                continue
            cue = self.tokens[outer.head]
            if (
                self._lemma(cue) not in _OUTLET_VERBS
                # "rejected a Reuters report that ...": the report is what another rejects
                or cue.pos_ not in ("VERB", "AUX")
                or not self._is_outlet(outer)
            ):
                kept.append(outer)
                continue
            # "The Inquirer reported that officials had complained about delays": what the
            # outlet reports others said, it reports
            for draft in drafts:
                if (
                    draft is not outer
                    and draft.head > outer.head
                    and draft.reported_by is None
                    and draft.reporter_id is None
                    and any(a <= self.tokens[draft.head].idx < b for a, b in outer.content)
                ):
                    draft.reported_by = outer.speaker
                    draft.reporter_id = self.speaker_actor(outer)
            inner = [
                d
                for d in drafts
                if d is not outer
                and not d.nested
                and d.head >= 0
                and d.head < outer.head
                and d.head < outer.speaker.i
                and self.sentences.of(d.head).start == self.sentences.of(cue.i).start
                and any(a <= self.tokens[d.head].idx < b for a, b in outer.content)
            ]
            if not inner:
                # "The minister said the border would reopen, the agency reported": the
                # parser hangs the outlet's clause inside the statement it reports.
                start = self.tokens[min(outer.head, outer.speaker.i)].idx
                inner = [
                    d
                    for d in drafts
                    if d is not outer
                    and not d.nested
                    and 0 <= d.head < outer.speaker.i
                    and self.sentences.of(d.head).start == self.sentences.of(cue.i).start
                    and any(a <= start < b and not self._quoted(a, b) for a, b in d.content)
                ]
            if not inner:
                kept.append(outer)
                continue
            mention = outer.mention or (outer.speaker.i, outer.speaker.i + 1)
            first = self.tokens[min(mention[0], outer.head)]
            if first.i > 0 and self.tokens[first.i - 1].text == ",":
                first = self.tokens[first.i - 1]
            last = self.tokens[self.sentences.of(cue.i).end - 1]
            covered: list[tuple[int, int]] = []
            for draft in inner:
                if draft.reported_by is None and draft.reporter_id is None:
                    draft.reported_by = outer.speaker
                    draft.reporter_id = self.speaker_actor(outer)
                self._cut(draft, first.idx, last.idx + len(last.text))
                covered.extend(draft.content)
                for start, end in (draft.cue, draft.mention or draft.cue):
                    words = self.tokens[start:end]
                    if words:
                        covered.append((words[0].idx, words[-1].idx + len(words[-1].text)))
            if self._reports_more(outer, covered):
                kept.append(outer)
        self._outlet_tails(kept)
        return kept

    def _outlet_tails(self, drafts: list[_Draft]) -> None:
        """Find an outlet at the end of a sentence the parser did not make a speaker of.

        In "Putin said the talks failed, the state news agency TASS reported." the parser may
        leave "reported" without a subject or words; the outlet still reports Putin's.
        """
        heads = {draft.head for draft in drafts}
        tails: dict[int, tuple[Token, str | None, Token, Token] | None] = {}
        for draft in drafts:
            if draft.nested or draft.head < 0 or draft.reported_by is not None:
                continue
            if draft.reporter_id is not None:
                continue
            sentence = self.sentences.of(draft.head)
            if sentence.start not in tails:
                tails[sentence.start] = self._outlet_tail(sentence.start, sentence.end)
            tail = tails[sentence.start]
            if tail is None or tail[2].i in heads or draft.head >= tail[0].i:
                continue  # no outlet, or one that made a statement of its own
            comma, actor, _, last = tail
            draft.reporter_id = actor
            self._cut(draft, comma.idx, last.idx + len(last.text))

    def _outlet_tail(self, start: int, end: int) -> tuple[Token, str | None, Token, Token] | None:
        """Return the comma, outlet's actor id, verb and last word of ", <outlet> reported."."""
        last = end - 1
        while last > start and (self.tokens[last].is_punct or self.tokens[last].is_space):
            last -= 1
        comma = last - 1
        while comma > start and last - comma <= _TAIL_WORDS and self.tokens[comma].text != ",":
            comma -= 1
        if comma <= start or self.tokens[comma].text != ",":
            return None
        words = self.tokens[comma + 1 : last + 1]
        # ", Xinhua reported." or ", reported the official news agency."
        verb = words[-1] if self._lemma(words[-1]) in _OUTLET_VERBS else words[0]
        phrase = [t for t in words if t is not verb]
        if (
            not phrase
            or self._lemma(verb) not in _OUTLET_VERBS
            or verb.tag_ not in ("VBD", "VBZ", "VBP")
            or any(t.pos_ not in _PHRASE_TAGS for t in phrase)
        ):
            return None
        actor = next((found for t in phrase if (found := self.actor(t)) is not None), None)
        nouns = [t for t in phrase if t.pos_ in ("NOUN", "PROPN")]
        head = nouns[-1] if nouns else phrase[-1]
        if not self._outlet_phrase(phrase[0].i, phrase[-1].i + 1, actor, head, self._lemma(verb)):
            return None
        return self.tokens[comma], actor, verb, self.tokens[last]

    def _reports_more(self, outer: _Draft, covered: list[tuple[int, int]]) -> bool:
        """Whether the outlet's words hold more than the statements it reports."""
        for start, end in outer.content:
            first = bisect.bisect_left(self.token_starts, start)
            last = bisect.bisect_left(self.token_starts, end)
            for token in self.tokens[first:last]:
                if token.is_punct or token.is_space:
                    continue
                if token.pos_ in ("CCONJ", "SCONJ") or token.lower_ == "that":
                    continue
                if not any(a <= token.idx < b for a, b in covered):
                    return True
        return False
