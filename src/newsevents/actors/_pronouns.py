"""Personal pronouns resolved to the persons they refer to.

"he", "his", "him", "she", "her" attach to the most salient person of a compatible gender:
in a fronted phrase before the main clause's subject, that subject ("In his meeting with
Wang Yi, Kerry said"); for a subject pronoun, the nearest subject before it in the
sentence, else the main clause's subject of a recent sentence ("Although Li doubted what
Kerry said, he later agreed" is Li); for a possessive or object, the nearest person before
it in the sentence (not the subject of its own verb for "him"/"her", nor the one a relative
"who" subject stands for: "Xi, who thanked him", nor a person named in a relative clause on a
person subject: "Carney, who spoke with Trump, said his government" is Carney; "him" is not
the subject of a verb whose infinitive it is the object of: "Llarena refused to meet him").
A possessive in a subjectless participle clause naming no one is the unwritten subject's
("Abascal went further, calling Sánchez a tyrant and urging his supporters").

Inside a quotation a pronoun never refers to the quotation's speaker, who would say "I":
'"If he continues, we will hold him accountable," Park said' is about someone else. The
pronouns outside quotation marks are resolved first, so that "she" in '"He drove us mad,"
she said' names the speaker (and her gender) before "He" is read.

Of several subjects before a subject pronoun in its sentence, the one of the highest clause
wins ("Sekulow told VOA that Brunson's case came up, ... he said" is Sekulow, not the
person inside what Sekulow reported). A pronoun outside quotation marks never takes a
person named only inside them ('"Trump waited too long," she said': not Trump). A subject
pronoun never takes a person named in a subjectless clause fronted to its verb ("Asked
about Fernandes, he said"), and passes over a name that only qualifies a subject ("United
defender Gary Neville"); in the sentences before, the source of an "according to" counts
as a subject, and so does a name closing a subject title's phrase ("A spokesman for the
National Police, Lionel Lazarre, told"). In the sentence just before, one who speaks in a
clause joined to the main one after its subject speaks last ("X called it "...," while
Kagame said ... . "...," he said" is Kagame); one that sentence introduces with what he is
("we met a schoolteacher, Memet.") is taken when it has no person subject.

A person named in full whose first name is in the lexicon's ``female_names`` or
``male_names`` has that gender ("Helen Mason ... James Doyle arrived. She said": Mason).

Who wrote the story is no antecedent: under "By Jane Doe", "her manager told her" is not
about the writer.

A subject pronoun after a person the text describes but does not name ("One source said
... . ..., he added"; "the witness said he ...") refers to that person, so to no actor, and
so does a pronoun after such a subject pronoun in its sentence ("He asked that his name
...").

Who asks a question does not answer it: after "When a reporter asked if Trump was worried,"
or "One reporter pressed Leavitt on whether ... .", "she said" is neither the reporter nor
Trump, and the one asked answers.
"""

from __future__ import annotations

import functools
from bisect import bisect_right, insort
from collections.abc import Mapping, Sequence
from typing import Any

from newsevents._doctext import credit_spans
from newsevents._syntax import SUBJECT_DEPS, clause_depth
from newsevents._words import SUBJECT_PRONOUNS
from newsevents.actors._doc import _DocState, _Draft
from newsevents.actors._lexicon import _key
from newsevents.model import ActorKind
from newsevents.quotes import find_quotes

_FRONTED_DEPS = frozenset({"prep", "advcl", "npadvmod", "advmod", "pcomp"})
_NAME_LINK_DEPS = frozenset({"conj", "appos", "compound", "flat"})
_MALE_PRONOUNS = frozenset({"he", "him", "his", "himself"})
_FEMALE_PRONOUNS = frozenset({"she", "her", "hers", "herself"})
# The pronouns of one man or one woman as a subject: "he", "she".
_SUBJECT_PRONOUNS = SUBJECT_PRONOUNS & (_MALE_PRONOUNS | _FEMALE_PRONOUNS)
_OBJECT_PRONOUNS = frozenset({"him", "her"})
_REFLEXIVE_PRONOUNS = frozenset({"himself", "herself"})
# Verb forms of a fronted clause whose unwritten subject is the main clause's subject.
_CLAUSE_TAGS = frozenset({"VBG", "VBN", "VB"})
# Verbs of asking: their subject puts the question, and the pronoun that answers is another.
_ASKING_VERBS = frozenset({"ask", "press", "question", "quiz"})
# How many sentences back a pronoun looks for its antecedent.
_PRONOUN_WINDOW = 3
# How many sentences back it looks at most, over sentences that name no person.
_PRONOUN_REACH = 6


class _Pronouns(_DocState):
    """Attach each personal pronoun to its antecedent, a person found by name."""

    def _resolve_pronouns(self) -> None:
        if not self.person_mentions:
            return
        doc = self.tokens
        by_sentence: dict[int, list[tuple[int, int, _Draft]]] = {}
        # who wrote the story (its byline, its credit lines) is no one the story is about
        credits = credit_spans(self.text)
        for head, draft in self.person_mentions:
            if any(start <= doc[head].idx < end for start, end in credits):
                continue
            insort(by_sentence.setdefault(self._sentence(head), []), (head, id(draft), draft))
        pronouns = _MALE_PRONOUNS | _FEMALE_PRONOUNS
        self._quoted = _QuotedText(self.text)
        self._genders_from_first_names()
        # Pronouns outside quotation marks first: the one that attributes a quotation ('she
        # said') tells who speaks it, and so whom a pronoun inside it cannot be.
        # Only the pronouns are read: where each stands is looked up for them alone.
        found = self._positions_of(pronouns)
        covered = {i: self._quoted.covers(doc[i].idx) for i in found}
        order = [i for i in found if not covered[i]]
        order += [i for i in found if covered[i]]
        for i in order:
            word = self.lower[i]
            if word not in pronouns or i in self.token_owner:
                continue
            if self.pos[i] != "PRON":
                continue
            if self._style_before_name(i):
                continue  # "His Highness Sheikh Abdullah bin Zayed met ...": his style
            token = doc[i]
            gender = "male" if word in _MALE_PRONOUNS else "female"
            antecedent = self._antecedent(token, word, gender, by_sentence)
            if antecedent is None:
                continue
            end = self._style_end(i)  # "His Royal Highness" stands for him
            antecedent.mentions.append(self._mention(i, end, pronoun=True))
            antecedent.gender = antecedent.gender or gender
            self._own(antecedent, tuple(range(i, end)))
            insort(by_sentence.setdefault(self._sentence(i), []), (i, id(antecedent), antecedent))

    def _style_before_name(self, i: int) -> bool:
        """Whether the pronoun at ``i`` opens a style that a person's name follows.

        "His Highness Sheikh Abdullah bin Zayed": the style is his title, and "his" refers
        to no one told before. Titles may stand between ("His Majesty King Abdullah"); so
        may "the" and a title ("His Highness the Amir of Kuwait, Sheikh Mishal"), which
        says whose style it is with no name after it.
        """
        end = self._style_end(i)
        if end == i + 1:
            return False
        lexicon = self.lexicon
        if (
            end + 1 < len(self.lower)
            and self.lower[end] == "the"
            and _key(self.lower[end + 1]) in lexicon.titles
        ):
            return True
        while end < len(self.lower) and (
            _key(self.lower[end]) in lexicon.titles or _key(self.lower[end]) in lexicon.honorifics
        ):
            end += 1
        owner = self.token_owner.get(end) if end < len(self.lower) else None
        return owner is not None and owner.kind is ActorKind.PERSON

    def _genders_from_first_names(self) -> None:
        """Give a person named in full the gender of a first name of the lexicon's lists.

        "Helen Mason ... James Doyle ... She said": Mason, not Doyle. A gender already
        known (from a title or a family word) stays; a name of one word tells none.
        """
        lexicon = self.lexicon
        for _, draft in self.person_mentions:
            if draft.gender is not None or draft.kind is not ActorKind.PERSON:
                continue
            first = draft.key[0]
            if len(draft.key) < 2 and not self._first_name_only(draft):
                continue
            if first in lexicon.female_names:
                draft.gender = "female"
            elif first in lexicon.male_names:
                draft.gender = "male"

    def _first_name_only(self, draft: _Draft) -> bool:
        """Whether a one-word name is a first name: "Her brother Daniel", "Daniel, 34,".

        A one-word name is a surname as often as not ("Mason said"); it tells a gender only
        when a word of kin or a possessive pronoun comes right before one of its mentions.
        """
        for mention in draft.mentions:
            index = mention.start
            if not mention.pronoun and index > 0:
                before = self.lower[index - 1]
                if before in self.lexicon.kinship_nouns or before in ("his", "her", "their"):
                    return True
        return False

    def _antecedent(
        self,
        token: Any,
        word: str,
        gender: str,
        by_sentence: Mapping[int, Sequence[tuple[int, int, _Draft]]],
    ) -> _Draft | None:
        i = token.i
        sentence = self._sentence(i)

        quoted = self._quoted
        outside = not quoted.covers(token.idx)
        # A speaker calls himself "I": "he" in his own quotation is someone else.
        speaker = None if outside else self._quote_speaker(token.idx)

        # the drafts a pronoun object cannot be: its own clause's subject
        barred: set[int] = set()

        def compatible(draft: _Draft) -> bool:
            return (
                draft.gender in (None, gender) and draft is not speaker and id(draft) not in barred
            )

        def heard(head: int) -> bool:
            """Whether the mention at ``head`` may be the antecedent: not quoted, if we are not."""
            return not (outside and quoted.covers(self.tokens[head].idx))

        before = [
            (head, draft)
            for head, _, draft in by_sentence.get(sentence, ())
            if head < i and compatible(draft) and heard(head)
        ]
        if not before:
            cataphora = self._main_subject_after(token)
            if cataphora is not None and compatible(cataphora):
                return cataphora
            if self._unresolved_pronoun_before(token, gender, outside):
                return None  # "He asked that his name not be published": whoever "he" is
        if word in ("his", "her") and self._owned_in_relative_of_unnamed(token, sentence, gender):
            return None  # "A neighbor, who declined to give her name, said": the neighbour's
        verb = token.head
        if word in _REFLEXIVE_PRONOUNS:
            for head, draft in reversed(before):
                if self._role(head) == "subject" and self.tokens[head].head.i == verb.i:
                    return draft
        if word in _OBJECT_PRONOUNS and token.dep_ not in ("poss",):
            if token.dep_ == "pobj" and verb.dep_ == "dative":
                verb = verb.head  # "applied the amnesty to him": the verb's own subject
            # "Kerry thanked him": not the subject of the same verb; "Xi, who thanked him":
            # not the one "who" stands for either.
            relative = verb.dep_ == "relcl" and any(
                child.dep_ == "nsubj" and child.lower_ in ("who", "that") for child in verb.children
            )
            doers = _understood_subject(verb)
            # "His predecessor, Ifeanyi Okowa, joined him": nor a name in apposition to it
            kept = [
                (head, draft)
                for head, draft in before
                if not (self._phrase_head(head).head.i in doers and self._role(head) == "subject")
                and not (relative and head == verb.head.i)
            ]
            # nor that subject named in an earlier sentence: "Felipe met the envoy. Felipe
            # thanked him" is the envoy, not Felipe
            kept_heads = {head for head, _ in kept}
            barred.update(id(draft) for head, draft in before if head not in kept_heads)
            before = kept
        if word in _SUBJECT_PRONOUNS:
            # nor one described inside what the pronoun says ("The minister, she argued,
            # was ..."): a speaker is not "the minister" of her own words
            before = [
                (head, draft)
                for head, draft in before
                if not self._in_own_adjunct(head, token)
                # nor one the question before the answer is about ("When a reporter asked if
                # Trump was worried, she said")
                and not self._in_question(head, i)
            ]
            subjects = [(head, draft) for head, draft in before if self._role(head) == "subject"]
            unnamed = self._unnamed_subject(sentence, i, gender)
            if unnamed is not None and (
                self._introduced_in_words_of(token, unnamed)
                # "A resident of Milwaukee, he has voted": what he is, a second subject
                or (token.dep_ in SUBJECT_DEPS and self.tokens[unnamed].head.i == token.head.i)
            ):
                unnamed = None
            hung = self._subject_of_relative_host(token, subjects)
            if hung is not None:
                return hung
            if subjects:
                # The subject of the highest clause, the nearest of those; a name that only
                # modifies the subject ("Former [United] defender Gary Neville") comes last.
                head, draft = min(
                    reversed(subjects),
                    key=lambda pair: (self._clause_depth(pair[0]), self._qualifies(pair[0])),
                )
                if unnamed is not None and (
                    self._clause_depth(unnamed),
                    -unnamed,
                ) < (self._clause_depth(head), -head):
                    return None  # "the witness said Ruiz had left before he ..."
                return draft
            if unnamed is not None:
                return None  # "A source said he believed ...": the source
            if before:
                # "cost Paetongtarn her job after a call with Hun Sen, in which she called
                # him": one already known to be of the pronoun's gender before one not known
                known = [draft for _, draft in before if draft.gender == gender]
                if before[-1][1].gender is None and known:
                    return known[-1]
                return before[-1][1]
        elif before:
            if word in ("his", "her") and self._owned_by_unnamed_subject(token, sentence, gender):
                return None  # "told reporters that the hostage had spoken to her family"
            before = [
                (head, draft)
                for head, draft in before
                if not self._in_subject_relative(head, token)
            ] or before
            if token.dep_ == "poss":
                # "Abascal went further, calling Sánchez a tyrant and urging his
                # supporters": the participle's unwritten subject
                doer = self._participle_subject(token, before)
                if doer is not None:
                    return doer
            # "met Erdogan, whose government has been his closest ally": "whose" is
            # Erdogan's; "his" another's
            owner = _whose_owner(token)
            if owner is not None and any(head == owner for head, _ in before):
                # the subject of the verb whose object the clause hangs on ("Al-Sharaa,
                # whose group toppled Assad, met Erdogan, whose government ... his ally")
                verb = self.tokens[owner].head
                doers = {c.i for c in verb.children if c.dep_ in SUBJECT_DEPS}
                if not doers and verb.dep_ == "conj":
                    # "..., led the offensive ..., met Erdogan": the subject they share
                    doers = {c.i for c in verb.head.children if c.dep_ in SUBJECT_DEPS}
                met = [draft for head, draft in before if head in doers]
                if met:
                    return met[-1]
                before = [(head, draft) for head, draft in before if head != owner] or before
            return self._reported_subject(token, before) or before[-1][1]
        # Earlier sentences: the subject of the main clause, else the latest subject, else the
        # latest person ("declared Eldon Elliott, recalling when McVeigh entered his shop. He
        # said ..." is Elliott).
        fallback: _Draft | None = None
        # "Margaret Doyle kept the room. Police searched. The case went cold. Nobody knew
        # why. She said": sentences that name no person at all do not count
        window = _PRONOUN_WINDOW
        while (
            window < _PRONOUN_REACH
            and sentence - window > 0
            and not by_sentence.get(sentence - window)
        ):
            window += 1
        for back in range(1, window + 1):
            if self._is_caption(sentence - back):
                continue  # a photo caption interrupts the story
            mentions = [
                (head, draft)
                for head, _, draft in by_sentence.get(sentence - back, ())
                if compatible(draft) and heard(head)
            ]
            # A source named by "according to" is whom the next "he said" goes on quoting.
            earlier = [
                (head, draft)
                for head, draft in mentions
                if self._role(head) == "subject" or self._according_to(head)
            ]
            if word in _SUBJECT_PRONOUNS and sentence - back >= 0:
                # "One source said ... . Others were wrong, he added.": the unnamed person
                # the sentence before is about, not a person named further back.
                unnamed = self._unnamed_subject(sentence - back, None, gender)
                if (
                    unnamed is not None
                    and self._clause_depth(unnamed) == 0
                    and not any(
                        self._is_main_clause_subject(head) and not self._owns(head, unnamed)
                        for head, _ in earlier
                    )
                ):
                    return None
            if word in _SUBJECT_PRONOUNS and self._clause_depth(i) == 0:
                # the answer's speaker (not "he" inside what she answered)
                asked = [
                    (head, draft)
                    for head, draft in mentions
                    if self.tokens[head].dep_ == "dobj"
                    and self.tokens[head].head.lemma_.lower() in _ASKING_VERBS
                ]
                if asked:
                    return asked[-1][1]  # "One reporter pressed Leavitt on ... . She responded"
                # not a person the question was about ("asked whether Trump would ...")
                earlier = [(h, d) for h, d in earlier if not self._in_question(h, None)]
            main = [
                (head, draft)
                for head, draft in earlier
                if self._is_main_clause_subject(head) or self._according_to(head)
            ]
            if main:
                if back == 1 and word in _SUBJECT_PRONOUNS:
                    # "X called it "a turning point," while Kagame said ... . "...," he
                    # said": who spoke last goes on speaking
                    last = self._last_speaker_beside(token, earlier, main)
                    if last is not None:
                        return last
                return min(main, key=lambda pair: self._qualifies(pair[0]))[1]
            if earlier:
                return earlier[-1][1]
            if back == 1 and word in _SUBJECT_PRONOUNS:
                # "At a tea stall we met a schoolteacher, Memet. He told me": the person
                # the sentence before introduces, not the one who spoke before it
                introduced = [draft for head, draft in mentions if self._introduced_at(head, draft)]
                if len(introduced) == 1:
                    return introduced[0]
            if mentions and fallback is None:
                fallback = mentions[-1][1]
        return fallback

    def _in_question(self, head: int, pronoun: int | None) -> bool:
        """Whether the mention at ``head`` is inside what a verb of asking asks.

        Not its asker nor the one asked: in "asked Leavitt whether Trump would fire Powell",
        Trump and Powell.
        """
        below = self.tokens[head]
        for verb in below.ancestors:
            if below.dep_ not in ("nsubj", "dobj", "dative") and self._asks_another(verb, pronoun):
                return True
            below = verb
        return False

    def _asks_another(self, verb: Any, pronoun: int | None) -> bool:
        """Whether ``verb`` puts a question the pronoun at ``pronoun`` (if any) lies outside."""
        if verb.lemma_.lower() not in _ASKING_VERBS:
            return False
        return pronoun is None or not (verb.left_edge.i <= pronoun <= verb.right_edge.i)

    def _in_subject_relative(self, head: int, pronoun: Any) -> bool:
        """Whether the mention at ``head`` is in a relative clause on a person subject.

        In "Carney, who spoke with Trump on Friday, said his government would act", the
        clause only tells more of Carney: "his" is Carney's, not Trump's, the last one named.
        A pronoun inside that clause is not concerned.
        """
        token = self.tokens[head]
        for _ in range(12):
            if token.head.i == token.i:
                return False
            if token.dep_ == "relcl":
                break
            token = token.head
        else:
            return False
        if token.left_edge.i <= pronoun.i <= token.right_edge.i:
            return False
        subject = self._phrase_head(token.head.i)
        # "His predecessor, Ifeanyi Okowa, who was ...": the person named in apposition
        owner = self._person_of(token.head)
        return (
            subject.dep_ in SUBJECT_DEPS
            and owner is not None
            and owner.kind is ActorKind.PERSON
            and owner is not self.token_owner.get(head)
        )

    def _phrase_head(self, head: int) -> Any:
        """Return the head of the noun phrase a name at ``head`` is part of or in apposition to."""
        token = self.tokens[head]
        while token.dep_ in _NAME_LINK_DEPS and token.head.i != token.i:
            token = token.head
        return token

    def _person_of(self, token: Any) -> _Draft | None:
        """Return the person a noun names, or the one named in apposition to it."""
        owner = self.token_owner.get(token.i)
        if owner is None:
            owner = next(
                (
                    found
                    for child in token.children
                    if child.dep_ == "appos"
                    and (found := self.token_owner.get(child.i)) is not None
                ),
                None,
            )
        if owner is not None and owner.kind is ActorKind.PERSON:
            return owner
        return None

    def _subject_of_relative_host(
        self, pronoun: Any, subjects: Sequence[tuple[int, _Draft]]
    ) -> _Draft | None:
        """Return whom a subject pronoun means in a relative clause on a place or thing.

        In "after Vance visited the base, where he accused Denmark", the clause tells what
        happened at the base Vance visited: "he" is the subject of the verb whose object
        the clause hangs on, not a subject of a higher clause ("Trump repeated that ...").
        A clause whose own subject is a relative word ("Xi, who said he ...") is not one.
        """
        clause = pronoun.head
        if pronoun.dep_ not in SUBJECT_DEPS or clause.dep_ != "relcl":
            return None
        noun = clause.head
        if self.token_owner.get(noun.i) is not None:
            return None  # "Xi, where he ...": a clause on a person or a body
        host = noun.head
        if noun.dep_ == "pobj" and host.dep_ == "prep":
            host = host.head  # "visited troops at the base, where he ..."
        elif noun.dep_ not in ("dobj", "attr"):
            return None
        doers = {c.i for c in host.children if c.dep_ in SUBJECT_DEPS}
        for head, draft in reversed(subjects):
            if self._phrase_head(head).i in doers:
                return draft
        return None

    def _quote_speaker(self, offset: int) -> _Draft | None:
        """Return the person who speaks the quotation around character ``offset``.

        The subject of a speech verb outside the quotation marks in the quotation's
        sentences ('"If he continues, we will act," Park said'); for a quotation with no
        such verb, the speaker of the quotation just before it in its paragraph or the one
        before, with at most the attribution between ('"...," Park said. "If he ...'").
        """
        quoted = self._quoted
        index = quoted.quote_at(offset)
        for _ in range(4):
            if index is None:
                return None
            attributed, speaker = self._attributed_speaker(index)
            if attributed:
                return speaker  # "..., the statement said": no person speaks it
            previous = index - 1
            if previous < 0 or not self._continues_quote(previous, index):
                return None
            index = previous
        return None

    def _continues_quote(self, previous: int, index: int) -> bool:
        """Whether quotation ``index`` goes on with the words of quotation ``previous``."""
        quoted = self._quoted
        end = quoted.quotes[previous].end
        start = quoted.quotes[index].start
        if self.text.count("\n\n", end, start) > 1:
            return False
        first = self._token_at(end - 1)
        second = self._token_at(start)
        if first is None or second is None:
            return False
        return self._sentence(second) - self._sentence(first) <= 2

    def _attributed_speaker(self, index: int) -> tuple[bool, _Draft | None]:
        """Return whether a speech verb outside quotation ``index`` has a subject, and its person.

        The verb is looked for in the quotation's sentences, its subject active ("Brunson
        was told" tells nothing of who speaks); a subject that is a thing ("the statement
        said") tells that no person speaks, one that describes a person ("the former chief")
        leaves the speaker to the quotation before.
        """
        quote = self._quoted.quotes[index]
        first = self._token_at(quote.start)
        last = self._token_at(quote.end - 1)
        if first is None or last is None:
            return False, None
        start = self._bounds[self._sentence(first)][0]
        end = self._bounds[self._sentence(last)][1]
        speech = self.roles.speech_verbs
        for verb in self.tokens[start:end]:
            if self._quoted.covers(verb.idx) or verb.lemma_.lower() not in speech:
                continue
            for child in verb.children:
                if child.dep_ != "nsubj" or self._quoted.covers(child.idx):
                    continue
                owner = self.token_owner.get(child.i)
                if owner is not None and owner.kind is ActorKind.PERSON:
                    return True, owner
                if owner is None and (
                    child.lower_ in self.lexicon.titles or child.lower_ in self.lexicon.person_nouns
                ):
                    continue  # "said the former Pentagon chief": a person the text told before
                return True, None
        return False, None

    @functools.cached_property
    def _token_starts(self) -> list[int]:
        """Each token's character offset, read only for a pronoun inside a quotation."""
        return [token.idx for token in self.tokens]

    def _token_at(self, offset: int) -> int | None:
        """Return the index of the token that covers or follows character ``offset``."""
        starts = self._token_starts
        index = bisect_right(starts, offset) - 1
        if index < 0:
            return None
        token = self.tokens[index]
        if offset >= token.idx + len(token.text) and index + 1 < len(starts):
            index += 1
        return index

    def _unresolved_pronoun_before(self, token: Any, gender: str, outside: bool) -> bool:
        """Whether a subject pronoun of the same gender before it in its sentence has no antecedent.

        "One former detainee said ... . He asked that his name not be published": "he" is the
        detainee, no actor, and so is "his"; a person named sentences before is not.
        """
        same = _MALE_PRONOUNS if gender == "male" else _FEMALE_PRONOUNS
        start = self._bounds[self._sentence(token.i)][0]
        lexicon = self.lexicon
        for j in range(token.i - 1, start - 1, -1):
            word = self.lower[j]
            if self.pos[j] == "NOUN" and (word in lexicon.titles or word in lexicon.person_nouns):
                return False  # "He said the president would rest before his speech"
            if (
                word in same
                and word in _SUBJECT_PRONOUNS
                and self.tokens[j].dep_ in SUBJECT_DEPS
                and j not in self.token_owner
                and not (outside and self._quoted.covers(self.tokens[j].idx))
            ):
                return True
        return False

    def _participle_subject(
        self, token: Any, before: Sequence[tuple[int, _Draft]]
    ) -> _Draft | None:
        """Return the unwritten subject of the participle clause a possessive is in.

        In "Abascal went further, calling Sánchez a tyrant and urging his supporters", the
        one urging is Abascal, the subject of the verb the participles hang on; a person
        named in the possessive's own participle clause ("accusing Sánchez of betraying
        his voters") keeps the nearest-person rule.
        """
        verb = token.head
        while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
            verb = verb.head
        if verb.tag_ != "VBG" or any(c.dep_ in SUBJECT_DEPS for c in verb.children):
            return None
        if any(verb.left_edge.i <= head <= verb.right_edge.i for head, _ in before):
            return None
        clause = verb
        while clause.dep_ == "conj" and clause.head.i != clause.i:
            clause = clause.head
        if (
            clause.dep_ != "advcl"
            or clause.tag_ != "VBG"
            or any(c.dep_ in SUBJECT_DEPS for c in clause.children)
        ):
            return None
        subjects = {c.i for c in clause.head.children if c.dep_ in SUBJECT_DEPS}
        found = [draft for head, draft in before if self._phrase_head(head).i in subjects]
        return found[-1] if found else None

    def _reported_subject(self, token: Any, before: Sequence[tuple[int, _Draft]]) -> _Draft | None:
        """Return whom "his" means in a trailing attribution: the reported clause's subject.

        In "Zelenskiy will meet Biden on Thursday, his office said", the office is
        Zelenskiy's, the person the report is about, not Biden, the last one named.
        """
        owner = token.head
        if token.dep_ != "poss" or owner.dep_ not in SUBJECT_DEPS:
            return None
        clauses = [c for c in owner.head.children if c.dep_ == "ccomp" and c.i < owner.i]
        if not clauses:
            return None
        for head, draft in reversed(before):
            mention = self.tokens[head]
            while mention.dep_ in _NAME_LINK_DEPS and mention.head.i != mention.i:
                mention = mention.head
            if mention.dep_ in SUBJECT_DEPS and mention.head.i == clauses[-1].i:
                return draft
        return None

    def _owned_in_relative_of_unnamed(self, token: Any, sentence: int, gender: str) -> bool:
        """Whether a possessive is in a relative clause whose "who" is an unnamed person.

        "A neighbor, who declined to give her name, said": her is the neighbour's, not a
        woman named before. Only a person introduced so ("a", "an", "another", "one"):
        "the young father of two, who declined to give his last name" may be one named
        before.
        """
        if token.dep_ != "poss":
            return False
        for ancestor in token.ancestors:
            if ancestor.dep_ != "relcl":
                continue
            if not any(c.dep_ == "nsubj" and c.lower_ == "who" for c in ancestor.children):
                return False
            host = ancestor.head
            if not any(
                c.dep_ in ("det", "nummod") and c.lower_ in ("a", "an", "another", "one")
                for c in host.children
            ):
                return False
            return bool(self._unnamed_subject(sentence, host.i + 1, gender) == host.i)
        return False

    def _owned_by_unnamed_subject(self, token: Any, sentence: int, gender: str) -> bool:
        """Whether a possessive's own clause has an unnamed person as its subject before it.

        "Mudavadi told reporters that the Kenyan hostage had spoken to her family": her is
        the hostage's, not Mudavadi's.
        """
        if token.dep_ != "poss":
            return False
        unnamed = self._unnamed_subject(sentence, token.i, gender)
        if unnamed is None:
            return False
        verb = self.tokens[unnamed].head
        if verb.dep_ != "ccomp":
            return False  # only in words reported: "The first woman elected, Fernandez ..."
        ancestor = token
        for _ in range(12):
            if ancestor.i == verb.i:
                return True
            if ancestor.head.i == ancestor.i or ancestor.dep_ in ("ccomp", "advcl", "relcl"):
                return False
            ancestor = ancestor.head
        return False

    def _owns(self, head: int, noun: int) -> bool:
        """Whether the mention at ``head`` is whose the noun at ``noun`` is: "Oleh's commander"."""
        return any(
            head in (t.i for t in child.subtree)
            for child in self.tokens[noun].children
            if child.dep_ == "poss"
        )

    def _unnamed_subject(self, sentence: int, before: int | None, gender: str) -> int | None:
        """Return the last subject of a sentence (before ``before``) that is an unnamed person.

        "the witness", "one source": a singular noun of the lexicon's person nouns, titles
        or family words, with no actor on it or its words, outside quotation marks and not
        of the other gender ("the woman" is no "he").
        """
        self._sentence(0)  # index the sentences
        if sentence >= len(self._bounds):
            return None
        start, end = self._bounds[sentence]
        if before is not None:
            end = min(end, before)
        lexicon = self.lexicon
        other = lexicon.female if gender == "male" else lexicon.male
        for j in range(end - 1, start - 1, -1):
            token = self.tokens[j]
            if token.dep_ not in SUBJECT_DEPS or token.tag_ != "NN" or j in self.token_owner:
                continue
            word = token.lower_
            if word in other or self._quoted.covers(token.idx):
                continue
            # a pronoun in a relative clause on it is not its name ("A neighbor, who had
            # known her for years,": still unnamed; "a soldier who gave his name as
            # Dmytro" is named)
            relative = {
                word_in.i
                for child in token.children
                if child.dep_ == "relcl"
                for word_in in child.subtree
                if word_in.pos_ == "PRON"
            }
            # nor is whose it is ("Oleh's commander, a captain, said": still unnamed)
            relative |= {
                word_in.i
                for child in token.children
                if child.dep_ == "poss"
                for word_in in child.subtree
            }
            if any(
                (owner := self.token_owner.get(word_in.i)) is not None
                and owner.kind is ActorKind.PERSON
                and word_in.i not in relative
                for word_in in token.subtree
            ):
                continue  # "The chairman of the board, Ann Lee,": named after all
            if self._asks_another(token.head, before):
                continue  # "When a reporter asked ..., she said": who asks does not answer
            if (
                word in lexicon.person_nouns
                or word in lexicon.titles
                or word in lexicon.kinship_nouns
            ):
                return j
        return None

    def _clause_depth(self, head: int) -> int:
        """How many clauses lie between the mention headed by ``head`` and its sentence's root."""
        return clause_depth(self.tokens[head])

    def _is_main_clause_subject(self, head: int) -> bool:
        """Whether the subject mention headed by token ``head`` is its sentence's main subject."""
        token = self._unnamed_host(head) or self.tokens[head]
        while token.dep_ in _NAME_LINK_DEPS or token.dep_ == "poss":
            if token.head.i == token.i:
                break
            token = token.head
        verb = token.head
        while verb.dep_ == "conj" and verb.head.i != verb.i:
            verb = verb.head
        return bool(verb.dep_ == "ROOT")

    def _introduced_in_words_of(self, pronoun: Any, head: int) -> bool:
        """Whether the unnamed person at ``head`` is introduced in what the pronoun reports.

        "A third body was found, and a fourth man died when a wall collapsed, he added":
        one introduced as "a man" in the words reported by "he added", before or around
        the attribution, is not the one who speaks.
        """
        verb = pronoun.head
        token = self.tokens[head]
        if (
            pronoun.dep_ not in SUBJECT_DEPS
            or verb.lemma_.lower() not in self.roles.speech_verbs
            or not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in token.children)
        ):
            return False
        if verb.dep_ == "parataxis" and verb.head.i != verb.i:
            clause = verb.head
            if (
                clause.left_edge.i <= head <= clause.right_edge.i
                and not verb.left_edge.i <= head <= verb.right_edge.i
            ):
                return True
        return any(
            child.dep_ == "ccomp" and child.left_edge.i <= head <= child.right_edge.i
            for child in verb.children
        )

    def _in_own_adjunct(self, head: int, pronoun: Any) -> bool:
        """Whether the mention at ``head`` is in a subjectless clause fronted to the pronoun's verb.

        The clause's unwritten subject is the pronoun, so a person named inside it is someone
        else: in "Asked about captain Bruno Fernandes, he said", "he" is not Fernandes, nor
        Biden in "After meeting Biden, he said".
        """
        if pronoun.dep_ not in SUBJECT_DEPS:
            return False
        verb = pronoun.head
        for clause in verb.children:
            if clause.i > pronoun.i:
                continue
            if clause.dep_ == "prep":  # "After meeting Biden": a gerund after a preposition
                clause = next((c for c in clause.children if c.dep_ == "pcomp"), clause)
            if clause.dep_ not in ("advcl", "pcomp") or clause.tag_ not in _CLAUSE_TAGS:
                continue
            if any(child.dep_ in SUBJECT_DEPS for child in clause.children):
                continue
            if clause.left_edge.i <= head <= clause.right_edge.i:
                return True
        return False

    def _according_to(self, head: int) -> bool:
        """Whether the mention headed by ``head`` is the source of an "according to"."""
        token = self.tokens[head]
        while token.dep_ in _NAME_LINK_DEPS and token.head.i != token.i:
            token = token.head
        preposition = token.head
        return (
            token.dep_ == "pobj"
            and preposition.lower_ == "to"
            and preposition.head.lower_ == "according"
        )

    def _qualifies(self, head: int) -> bool:
        """Whether the mention headed by ``head`` only qualifies the subject it lies in.

        A name modifying a common noun ("Former United defender Gary Neville") or owning the
        subject named in apposition ("Delacroix's campaign manager, Nadia Osman"): the
        subject is the other person.
        """
        if self._modifies_noun(head):
            return True
        token = self.tokens[head]
        while token.dep_ in _NAME_LINK_DEPS and token.head.i != token.i:
            token = token.head
        return token.dep_ == "poss" and any(c.dep_ == "appos" for c in token.head.children)

    def _modifies_noun(self, head: int) -> bool:
        """Whether the mention headed by ``head`` only modifies a common noun.

        In "Former United defender Gary Neville", "United" qualifies "defender": the
        subject is Neville, though both mentions lie in the subject phrase.
        """
        token = self.tokens[head]
        return token.dep_ == "compound" and token.head.tag_ in ("NN", "NNS")

    def _role(self, head: int) -> str:
        """Whether the mention headed by token ``head`` is a subject (or owns the subject)."""
        token = self._unnamed_host(head) or self.tokens[head]
        while token.dep_ in _NAME_LINK_DEPS and token.head.i != token.i:
            token = token.head
        if token.dep_ in SUBJECT_DEPS:
            return "subject"
        if token.dep_ == "poss" and token.head.dep_ in SUBJECT_DEPS:
            return "subject"
        return "other"

    def _last_speaker_beside(
        self,
        pronoun: Any,
        earlier: Sequence[tuple[int, _Draft]],
        main: Sequence[tuple[int, _Draft]],
    ) -> _Draft | None:
        """Return who spoke last in the sentence before, in a clause beside the main one.

        In 'Tshisekedi called the accord "a turning point," while Kagame said there would
        be "ups and downs." "It is not easy," he said.', the one speaking goes on: Kagame,
        the subject of a speech verb in a clause joined to the main clause ("while", "and"),
        after its subject. Not one in what the main subject reported ("Tshisekedi said
        Kagame had warned ..."), whose clause lies below a verb's complement.
        """
        speech = self.roles.speech_verbs
        if pronoun.head.lemma_.lower() not in speech:
            return None
        first = min(head for head, _ in main)
        for head, draft in reversed(earlier):
            if head <= first or any(draft is other for _, other in main):
                continue
            subject = self.tokens[head]
            while subject.dep_ in _NAME_LINK_DEPS and subject.head.i != subject.i:
                subject = subject.head
            verb = subject.head
            if subject.dep_ != "nsubj" or verb.lemma_.lower() not in speech:
                continue
            clause = verb
            while clause.dep_ in ("advcl", "conj") and clause.head.i != clause.i:
                clause = clause.head
            if clause.dep_ == "ROOT" and verb.dep_ != "ROOT":
                return draft
        return None

    def _introduced_at(self, head: int, draft: _Draft) -> bool:
        """Whether the mention at ``head`` first names a person, told with what he is.

        "a schoolteacher, Memet,", "Memet, a schoolteacher,", "a widow called Tursun": a
        common noun in apposition to the name, or one the name is given to by "named" or
        "called"; and no mention of the person comes before it.
        """
        if any(mention.start < head and not mention.pronoun for mention in draft.mentions):
            return False
        token = self.tokens[head]
        while token.dep_ in ("compound", "flat") and token.head.i != token.i:
            token = token.head
        host = token.head
        if host.dep_ == "oprd" or (host.dep_ == "prep" and host.lower_ == "as"):
            host = host.head  # "a widow named (as) Tursun"
        if host.dep_ == "acl" and host.lower_ in ("named", "called"):
            return host.head.tag_ == "NN" and host.head.i not in self.token_owner
        if token.dep_ == "appos" and host.tag_ == "NN" and host.i not in self.token_owner:
            return True
        comma = token.left_edge.i - 1
        if token.dep_ == "npadvmod" and comma > 0 and self.tokens[comma].text == ",":
            # "we met a schoolteacher, Memet.": the name set off may hang on the verb
            noun = self.tokens[comma - 1]
            return noun.tag_ == "NN" and noun.i not in self.token_owner and noun.head.i == host.i
        # (the parser may hang "a schoolteacher," before the name on it as a modifier)
        return any(
            child.tag_ == "NN"
            and child.i not in self.token_owner
            and (
                child.dep_ == "appos"
                or (child.dep_ == "nmod" and "," in self.lower[child.i : token.i])
            )
            for child in token.children
        )

    def _unnamed_host(self, head: int) -> Any | None:
        """Return the unnamed person noun a name closing its phrase names, if any.

        In "A spokesman for Haiti's National Police, Lionel Lazarre, told reporters", the
        parser hangs the name on "Police", the noun of the "for"; set off by commas and
        closing the phrase of a subject "spokesman" that no actor covers, it names him, so
        Lazarre is the subject ("He said" after it is Lazarre).
        """
        name = self.tokens[head]
        while name.dep_ in ("compound", "flat") and name.head.i != name.i:
            name = name.head
        host = name.head
        if name.dep_ != "appos" or host.dep_ != "pobj" or self.token_owner.get(host.i) is None:
            return None
        preposition = host.head
        noun = preposition.head
        closing = name.right_edge.i + 1
        lexicon = self.lexicon
        if (
            preposition.dep_ == "prep"
            and preposition.lower_ in ("for", "of", "at")
            and noun.dep_ in SUBJECT_DEPS
            and noun.tag_ == "NN"
            and noun.i not in self.token_owner
            and (noun.lower_ in lexicon.titles or noun.lower_ in lexicon.person_nouns)
            and self.tokens[name.left_edge.i - 1].text == ","
            and closing < len(self.tokens)
            and self.tokens[closing].text == ","
            and closing + 1 == noun.head.i
        ):
            return noun
        return None

    def _main_subject_after(self, token: Any) -> _Draft | None:
        """Return the person subject of the main clause when ``token`` is in a phrase before it."""
        start, end = self._sentence_bounds(token.i)
        root = self.doc[start:end].root
        subject = next((child for child in root.children if child.dep_ in SUBJECT_DEPS), None)
        if subject is None or subject.i < token.i:
            return None
        branch = token
        while branch.head.i != root.i and branch.head.i != branch.i:
            branch = branch.head
        # Only a fronted adjunct ("In his meeting ..., Kerry"), not a quotation before
        # "said X" ("'I saw him,' said X": "him" is someone else).
        if branch.dep_ not in _FRONTED_DEPS:
            return None
        if branch.i == subject.i or branch.i > subject.i or branch.i == root.i:
            return None
        owner = self.token_owner.get(subject.i)
        if owner is not None and owner.kind is ActorKind.PERSON:
            return owner
        return None


class _QuotedText:
    """The character ranges of a text's quotations, to ask whether an offset is quoted."""

    def __init__(self, text: str) -> None:
        self.quotes = sorted(find_quotes(text), key=lambda quote: quote.start)
        ranges = sorted(part for quote in self.quotes for part in quote.inner())
        self._starts = [start for start, _ in ranges]
        self._ends = [end for _, end in ranges]
        self._quote_starts = [quote.start for quote in self.quotes]

    def quote_at(self, offset: int) -> int | None:
        """Return the index of the quotation whose marks enclose ``offset``, if any."""
        index = bisect_right(self._quote_starts, offset) - 1
        while index >= 0:  # a quotation inside another one ends first
            if offset < self.quotes[index].end:
                return index
            index -= 1
        return None

    def covers(self, offset: int) -> bool:
        """Whether ``offset`` lies inside a quotation."""
        index = bisect_right(self._starts, offset) - 1
        return index >= 0 and offset < self._ends[index]


def _understood_subject(verb: Any) -> set[int]:
    """Return the verbs whose subject does what the pronoun's verb says.

    In "Llarena has refused to meet him", the one who would meet is the subject of
    "refused", so not "him". A verb with an object passes it no subject: the one who acts
    may be the object ("asked Macron to call him") or not ("approached Khanh to ask her").
    An adjective of the copula passes its subject on as a verb does ("Macron is due to
    receive him").
    """
    doers = {verb.i}
    while verb.dep_ in ("xcomp", "acomp") and verb.head.i != verb.i:
        verb = verb.head
        if any(c.dep_ == "dobj" for c in verb.children):
            break
        doers.add(verb.i)
    return doers


def _whose_owner(token: Any) -> int | None:
    """Return the noun a "whose" relative clause around ``token`` hangs on, if any."""
    for ancestor in token.ancestors:
        if ancestor.dep_ == "relcl":
            if any(t.lower_ == "whose" and t.i < token.i for t in ancestor.subtree):
                return int(ancestor.head.i)
            return None
    return None
