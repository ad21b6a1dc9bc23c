"""Groups named by a modified plural noun phrase.

"senior Chinese officials", "wealthy nations", "the US and Chinese delegations": a noun of
the lexicon's ``group_nouns`` with a real modifier that says which group. A country or
organisation among the modifiers gives the group its country or affiliation. Plural
demonyms ("Palestinians") become groups through :meth:`_Groups._add_group` too.

A bare group noun ("officials", "the reporters", "his aides") names a group only where it
plays an actor's role (see :class:`newsevents.actors._lexicon._RoleWords`): "officials
said", "met with reporters". Its name is the noun without determiners. Two bare mentions
in different sentences are taken for different groups ("officials" of one paragraph are
rarely those of the next), except that a definite one ("the officials", "these
delegates") refers back to the last group with the same head noun.
"""

from __future__ import annotations

import functools

from spacy.tokens import Token

from newsevents._names import name_head
from newsevents._syntax import SUBJECT_DEPS
from newsevents._words import DEMONSTRATIVES, TIME_PREPOSITIONS, WORD_DASHES
from newsevents.actors._doc import _MODIFIER_DEPS, _DocState, _Draft, _Mention
from newsevents.actors._lexicon import _key, _singular_forms
from newsevents.lexicons import load_lexicon
from newsevents.model import ActorKind
from newsevents.places import listed_place, place_country

# Words that say how many, not which: "some other officials" is the group "officials"; so
# do words that say only how groups stand to each other ("rival administrations").
_QUANTIFIERS = frozenset(
    {
        "some", "any", "all", "many", "several", "few", "other", "others", "both", "most",
        "rival", "competing",
        "more", "various", "numerous", "certain", "such", "each", "every", "no", "own", "same",
        "respective", "dozen", "dozens", "hundreds", "thousands", "scores", "couple",
        "further", "additional", "extra",
    }
)  # fmt: skip


# Group nouns that name a group only with a determiner ("the opposition", "Kenya's
# opposition"): without one they are a stance ("faced strong opposition").
_MASS_NOUNS = frozenset({"opposition"})
# Determiners that refer back to a group already named: "the", and the plural demonstratives
# ("this" and "that" point at one).
_DEFINITE = (DEMONSTRATIVES - {"this", "that"}) | {"the"}
# Counts of people one names one by one: "the two leftist presidents" are those just named.
_FEW = {"two": 2, "three": 3, "four": 4}
# Prepositions whose object is a place or an office: "outside the embassy", "elected to
# the presidency".
_PLACE_PREPOSITIONS = frozenset(
    {
        "in", "at", "to", "into", "from", "outside", "inside", "near", "toward", "towards",
        "around", "behind", "beside", "across", "through", "within", "past", "onto", "opposite",
    }
)  # fmt: skip
# First parts of hyphenated words that say who owns a body: "state-run", "government-backed".
_OWNERSHIP_WORDS = frozenset({"state", "government", "military", "party", "privately"})
# Words after which "for" names an office sought: "candidates for the presidency".
_CANDIDACY_WORDS = frozenset(
    {"candidate", "run", "bid", "race", "campaign", "nominee", "contender", "nominate", "vie"}
)
# Nouns of a number of people whose "of" names who they are: "a group of senators".
_COLLECTIVE_HEADS = frozenset(
    {"group", "number", "handful", "delegation", "team", "panel", "dozen", "dozens", "crowd"}
)
# Verbs whose object is whom a statement is made to: "told reporters", "urged residents".
_TELLING_VERBS = frozenset({
    "tell", "inform", "urge", "ask", "warn", "order", "instruct", "advise", "implore",
    "remind", "assure", "brief", "encourage", "beg",
})  # fmt: skip
# Verbs whose "to" is whom a statement is made to: "speaking to reporters".
_SPEAKING_VERBS = frozenset({"speak", "talk"})
# Participles of asking whose agent is asking a speaker: "Pressed by reporters, Carney said".
_ASKING_VERBS = frozenset({"ask", "press", "question", "quiz", "challenge"})
# Bodies named after their leader ("the Trump administration", "Maduro's government").
_LEADER_BODIES = frozenset({"administration", "government", "regime", "cabinet", "junta"})
# Prepositions that make such a body a time: "during the Bush presidency", and "under",
# which places in time only with a government ("under the Obama administration").
_TIME_PREPOSITIONS = TIME_PREPOSITIONS | {"under"}
# Prepositions whose object takes part in the meeting a verb or noun reports.
_ROLE_PREPOSITIONS = frozenset({"with", "between", "among", "of", "by"})


# Words that tell a body by its time, not by what it does: "the new government".
_TIME_MODIFIERS = frozenset(
    {
        "new", "old", "former", "previous", "current", "interim", "incoming", "outgoing",
        "present", "last", "next", "then", "future", "past", "transitional", "caretaker",
        "provisional", "same", "other", "whole", "entire",
    }
)  # fmt: skip


# Groups named by whose kin they are: "families of the remaining hostages" are one group,
# and the hostages no party to what the families do.
_KIN_GROUPS = frozenset({"families", "family", "relatives", "parents"})
# Groups of people who stand outside what they are "of": "critics of the WHO".
_OUTSIDERS = frozenset(
    {"critics", "opponents", "supporters", "fans", "enemies", "rivals", "victims"}
    | {"observers", "admirers", "detractors", "foes", "customers", "clients", "users"}
)


# Nouns of bodies that a name usually says which of ("Britain's Competition and Markets
# Authority ... the regulator"): alone, with no country's name before them, never a body of
# their own, as "the army" or "parliament" are.
_DESCRIBED_BODIES = frozenset({"regulator", "watchdog"})

# Nouns of bodies that meet as one ("The cabinet met", "the committee will meet again").
_SITTING_BODIES = frozenset(
    {"cabinet", "committee", "executive", "council", "parliament", "congress", "assembly"}
)  # not "board", which meets for its company ("Apple's board met": Apple)
# Verbs of a body that sits: "The cabinet met in emergency session", "the board convened".
_SITTING_VERBS = frozenset({"meet", "convene", "reconvene"})


@functools.cache
def _document_nouns() -> frozenset[str]:
    """Nouns of documents and statements of the shipped ``cues`` lexicon ("statement")."""
    return frozenset(word.lower() for word in load_lexicon("cues").get("documents", []))


class _Groups(_DocState):
    """Find the groups of the doc among noun phrases headed by a group noun."""

    def _find_groups(self) -> None:
        nouns = self.lexicon.group_nouns
        bodies = self.lexicon.institution_nouns
        doc = self.tokens
        for i, word in enumerate(self.lower):
            body = word in bodies
            if (word not in nouns and not body) or i in self.token_owner or i in self.entity_at:
                continue
            if i in self.list_titles:
                continue  # "Foreign ministers Wang Yi and Sergei Lavrov": their title
            if self.pos[i] not in ("NOUN", "PROPN"):
                continue
            if doc[i].is_upper and self._in_dateline_place(i, i + 1):
                continue  # "UNITED NATIONS —": where the story was filed
            if body and doc[i].tag_ not in ("NN", "NNP") and word != "media":
                continue  # "the Turkish ministries" are several; "state media" is one voice
            if (
                not body
                and doc[i].dep_ == "compound"
                and doc[i].head.pos_ == "NOUN"
                and not self._before_spokesperson(i)
            ):
                continue  # "a security staff member": a word of another noun's phrase
            lefts = list(doc[i].lefts)
            if word in _MASS_NOUNS and (
                not any(c.lower_ in _DEFINITE or c.dep_ == "poss" for c in lefts)
                or any(c.pos_ == "VERB" for c in lefts)
            ):
                continue  # "faced strong opposition": a stance, not "the opposition"
            if word in _MASS_NOUNS and self._name_follows(i):
                continue  # "the main opposition Constitutional Democratic Party": its word
            if body and self._leader_body(i):
                continue  # "the Trump administration"
            if self._class_of_one(i):
                continue  # "Niger, one of the world's poorest countries": what Niger is
            if self._what_a_name_is(i):
                continue  # "a wider rebel coalition, the Congo River Alliance": what it is
            after = self.entity_at.get(i + 1)
            if body and after is not None and after[0] == i + 1 and after[2] == "ORG":
                # "Britain's communications regulator Ofcom": what the body named after it
                # is, whose descriptor the words are
                continue
            bounds = self._group_bounds(i)
            if bounds is None:
                if body:
                    self._find_body_again(i)  # "the agency" after "Xinhua news agency"
                else:
                    self._find_role_group(i)
                continue
            if body and not self._body_words_before(i, bodies[word]):
                continue  # "Russian media" are many outlets; "Russian state media" is one
            start, name_start = bounds
            codes: set[str] = set()
            affiliation: _Draft | None = None
            j = name_start
            while j < i:
                entity = self.entity_at.get(j)
                if entity is not None:
                    code = self._country_of_range(entity[0], entity[1])
                    if self._backs(entity[1]):
                        code = None  # "the Rwanda-backed M23 rebels" are no Rwandan group
                    if code is not None and not self._ethnic(entity[0]):
                        codes.add(code)
                    elif entity[2] == "ORG":
                        affiliation = self.token_owner.get(entity[0])
                    j = max(entity[1], j + 1)
                    continue
                match = self._country_match(doc[j].text)
                if (
                    match is not None
                    and self._is_capitalised(j)
                    and not self._ethnic(j)
                    and not self._backs(j + 1)
                ):
                    codes.add(match.code)
                elif doc[j].is_upper and len(doc[j].text) >= 2 and doc[j].text.isalpha():
                    # "RSF leaders": the initials of an organisation named in full before
                    affiliation = affiliation or self.initials.get(self.lower[j])
                j += 1
            code = codes.pop() if len(codes) == 1 else None
            named = self._named_in_apposition(i) if body else None
            if named is not None:
                # "Xinhua, the official Chinese news agency, said": what the body named
                # before it is, no body of its own
                named.country = named.country or code
                self._own(named, (j for j in range(start, i + 1) if j not in self.token_owner))
                continue
            if body and affiliation is not None and affiliation.kind is ActorKind.ORGANIZATION:
                # "Russia's state-run Tass news agency": the agency is the organisation named
                # (its name stays its mention; the words around it are its tokens too)
                affiliation.country = affiliation.country or code
                self._own(
                    affiliation, (j for j in range(start, i + 1) if j not in self.token_owner)
                )
                continue
            if body:
                # "the Turkish foreign ministry", "Israel's military": one country's body;
                # "the health ministry": a body of no country named, said which by its words
                plain = () in bodies[word] and self._plain_body(start, i)
                if code is None and (plain or self.lower[start] == "the"):
                    # "the health ministry in Lilongwe", "the interim government in Damascus"
                    code = self._country_of_place_after(i)
                if code is None and plain:
                    code = self._country_of_fronted_place(i)  # "In Chad, the health ministry"
                if (code is not None or plain) and self._is_body(start, i):
                    while doc[start].pos_ == "ADV":
                        start += 1  # "sadly the Thai government"
                    name_start = max(name_start, start)
                    while name_start < i and doc[name_start].pos_ in ("DET", "ADV"):
                        name_start += 1
                    named = self._named_below_headline(name_start, i)
                    if named is not None:
                        # "Thai army reports clashes" over "The Royal Thai Army accused"
                        named.mentions.append(self._mention(start, i + 1))
                        self._own(
                            named, (j for j in range(start, i + 1) if j not in self.token_owner)
                        )
                        continue
                    self._add_group(start, i + 1, name_start, code, None, ActorKind.ORGANIZATION)
                elif code is None and not plain:
                    self._find_body_again(i)  # "The central bank" after "Argentina's central bank"
                continue
            if affiliation is None and self.lower[start] == "its":
                # "The Arctic Council has struggled since its seven Western members paused
                # work": the council's members
                affiliation = self._body_its_refers_to(i)
            self._add_group(start, i + 1, name_start, code, affiliation)
        self._find_sitting_bodies()

    def _find_sitting_bodies(self) -> None:
        """Make a definite body that meets an organisation: "The cabinet met on Sunday".

        A body noun ("cabinet", "committee") with "the" or an owner before it, the subject
        of a verb of sitting ("met", "will meet", "is due to meet", "convened") with no one it
        meets as object, is a body of its own when no actor covers it: the one last named
        with that noun ("the committee" after "the ethics committee"), or a new one ("the
        union's executive"). An owner named as an actor ("the council's cabinet") meets
        itself, as a board meets for its company, and is left to the meetings.
        """
        doc = self.tokens
        for i, word in enumerate(self.lower):
            if word not in _SITTING_BODIES or i in self.token_owner or i in self.entity_at:
                continue
            token = doc[i]
            if token.tag_ != "NN" or not self._sits(token):
                continue
            lefts = list(token.lefts)
            owner = next((c for c in lefts if c.dep_ == "poss"), None)
            if owner is None and not any(
                c.dep_ == "det" and c.lower_ == "the" and c.i == lefts[0].i for c in lefts[:1]
            ):
                continue  # "a committee will meet": which body is not said
            if any(
                c is not owner
                and c.dep_ != "det"
                and (c.text[:1].isupper() or c.like_num or c.dep_ in ("nummod", "appos"))
                for c in lefts
            ):
                continue  # "the Senate committee": a name, the model's to find
            start = lefts[0].left_edge.i if lefts else i
            name_start = owner.left_edge.i if owner is not None else start + 1
            while name_start < i and doc[name_start].pos_ == "DET":
                name_start += 1
            if owner is not None:
                owning = self.token_owner.get(owner.i)
                if owning is not None:
                    continue  # "the council's cabinet": the council meets, as it is named
                if owner.pos_ != "NOUN":
                    continue  # "its board", "his cabinet": whose the pronoun says
            referent = None
            if name_start == i:
                candidates = [
                    draft
                    for draft in (*self.groups.values(), *self.organizations.values())
                    if draft.kind is ActorKind.ORGANIZATION
                    and (word == name_head(draft.name) or draft.key[-1:] == (word,))
                ]
                referent = self._last_referent(candidates, i)
            if referent is not None:
                referent.mentions.append(self._mention(start, i + 1))
                self._own(referent, (j for j in range(start, i + 1) if j not in self.token_owner))
                continue
            self._add_group(start, i + 1, name_start, None, None, ActorKind.ORGANIZATION)

    def _sits(self, token: Token) -> bool:
        """Whether ``token`` is the subject of a verb of sitting with no object.

        "The cabinet met", "the committee will meet again", "the board is due to meet".
        """
        if token.dep_ != "nsubj":
            return False
        verb = token.head
        for _ in range(3):
            if verb.lemma_.lower() in _SITTING_VERBS:
                break
            verb = next(
                (c for c in verb.children if c.dep_ in ("xcomp", "acomp") and c.i > verb.i),
                verb,
            )
        else:
            return False
        if verb.lemma_.lower() not in _SITTING_VERBS:
            return False
        # "the executive met with investors" may be a person; a body meets with others
        return not any(
            c.dep_ in ("dobj", "obj")
            or (c.dep_ == "prep" and c.lower_ == "with" and token.lower_ == "executive")
            for c in verb.children
        )

    def _body_its_refers_to(self, i: int) -> _Draft | None:
        """Return the organisation an "its" before the group noun ``i`` refers to, if named.

        The subject of the nearest clause above the group's own that has one, when it is
        an organisation ("The Arctic Council has struggled since its members paused work";
        not "Russia said its members", a country, nor a clause with no body for subject).
        """
        token = self.tokens[i]
        own = token.head.i if token.dep_ in SUBJECT_DEPS else None
        for verb in token.ancestors:
            if verb.i == own:
                continue  # the group is its own clause's subject
            subject = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)
            if subject is None:
                continue
            owner = self.token_owner.get(subject.i)
            if owner is not None and owner.kind is ActorKind.ORGANIZATION:
                return owner
            return None
        return None

    def _country_of_fronted_place(self, i: int) -> str | None:
        """Return the country of a place that opens the body's sentence: "In Chad, ...".

        "In Chad, the health ministry said": the sentence starts with "In", a place the
        model tagged and a comma, and the body ``i`` comes after them.
        """
        first = self._sentence_bounds(i)[0]  # (``.sent`` scans the whole doc)
        if self.lower[first] != "in" or first + 2 >= i:
            return None
        entity = self.entity_at.get(first + 1)
        if entity is None or entity[0] != first + 1 or entity[2] != "GPE":
            return None
        if entity[1] >= i or self.lower[entity[1]] != ",":
            return None
        name = self.text[self.tokens[entity[0]].idx : self._chars(entity[0], entity[1])[1]]
        return self._country_of_range(entity[0], entity[1]) or place_country(name)

    def _country_of_place_after(self, i: int) -> str | None:
        """Return the country of a place right after a body: "the ministry in Lilongwe"."""
        doc = self.tokens
        if i + 2 >= len(doc) or self.lower[i + 1] not in ("in", "of"):
            return None
        entity = self.entity_at.get(i + 2)
        if entity is None or entity[0] != i + 2 or entity[2] != "GPE":
            return None
        name = self.text[doc[entity[0]].idx : self._chars(entity[0], entity[1])[1]]
        return self._country_of_range(entity[0], entity[1]) or place_country(name)

    def _plain_body(self, start: int, i: int) -> bool:
        """Whether "the health ministry" names a state body by what it does, with no country.

        "The" and words in lower case that say which body ("health", "state elections");
        not one told by time ("the new government", "the former regime") or a quantity.
        """
        doc = self.tokens
        words = range(start + 1, i)
        return (
            self.lower[start] == "the"
            and doc[i].tag_ in ("NN", "NNP")
            and doc[i].is_lower
            and doc[i].dep_ != "attr"  # "is the sole legitimate government": said of another
            and len(words) > 0
            and all(
                doc[j].is_lower
                and doc[j].pos_ in ("NOUN", "ADJ")
                and j not in self.entity_at
                and self.lower[j] not in _TIME_MODIFIERS
                for j in words
            )
        )

    def _body_words_before(self, i: int, needed: frozenset[tuple[str, ...]]) -> bool:
        """Whether the words some entry needs stand right before noun ``i`` ("state")."""
        return any(
            len(words) <= i and tuple(self.lower[i - len(words) : i]) == words for words in needed
        )

    def _is_body(self, start: int, i: int) -> bool:
        """Whether the phrase ``[start, i]`` headed by a state body's noun names the body.

        Not a place ("outside the U.S. embassy", "elected to the French presidency"; but
        "according to the labour ministry" and "a statement from the health ministry" name
        the body as a source) and
        not a compound of another sense ("the duty-free regime").
        """
        token = self.tokens[i]
        source = (token.head.lower_ == "to" and token.head.head.lower_ == "according") or (
            # "a statement from the health ministry": who issued it, no place
            token.head.lower_ == "from"
            and token.head.head.pos_ == "NOUN"
            and token.head.head.lemma_.lower() in _document_nouns()
        )
        if token.dep_ == "pobj" and token.head.lower_ in _PLACE_PREPOSITIONS and not source:
            return False  # "outside the U.S. embassy", not "according to the labour ministry"
        # "candidates for the presidency", not "a spokesman for the foreign ministry"
        sought = token.head.lower_ == "for" and token.head.head.lemma_.lower() in _CANDIDACY_WORDS
        if token.dep_ == "pobj" and sought:
            return False
        # "the duty-free regime" is a sense of its own; "state-run" and "government-backed"
        # still say whose body it is
        return not any(
            (self.lower[j] in WORD_DASHES or self._glued(j))
            and self.lower[j - 1] not in _OWNERSHIP_WORDS
            and self.lower[j - 2] not in _OWNERSHIP_WORDS
            for j in range(start + 1, i)
        )

    def _leader_body(self, i: int) -> bool:
        """Make "the Trump administration", "Maduro's government" an organisation.

        A government named after the person who leads it speaks and meets as a body, not as
        that person; it belongs to the leader's country. Not a time ("under the Obama
        administration", "during the Bush presidency"). Returns whether one was made.
        """
        doc = self.tokens
        token = doc[i]
        if self.lower[i] not in _LEADER_BODIES:
            return False
        if token.dep_ == "pobj" and token.head.lower_ in _TIME_PREPOSITIONS:
            return False
        child = next(
            (
                c
                for c in token.lefts
                if c.dep_ in ("compound", "poss")
                and (owner := self.token_owner.get(c.i)) is not None
                and (owner.kind is ActorKind.PERSON or self._leader_taken_for_body(c.i, i))
            ),
            None,
        )
        if child is None or not self._is_body(i, i):
            return False
        leader = self.token_owner[child.i]
        first, last = child.i, child.i + 1  # the leader's name around the child
        while first > 0 and self.token_owner.get(first - 1) is leader:
            first -= 1
        while last < i and self.token_owner.get(last) is leader:
            last += 1
        start = min(c.left_edge.i for c in token.lefts)
        if any(doc[j].is_space or doc[j].pos_ in ("VERB", "AUX", "ADP") for j in range(start, i)):
            return False  # a heading or a clause the parser joined to the phrase
        if child.dep_ == "compound":
            # The leader's name is a word of the body's name, no mention of its own: "The
            # Trump administration" names no person "Trump" (nor, tagged so, an
            # organisation); "Maduro's government" keeps Maduro
            leader.mentions = [m for m in leader.mentions if not start <= m.start < i]
            self.person_mentions[:] = [
                (head, draft)
                for head, draft in self.person_mentions
                if draft is not leader or not start <= head < i
            ]
            for j in range(first, last):
                del self.token_owner[j]
        if leader.kind is ActorKind.ORGANIZATION:
            if not leader.mentions:
                for key in [k for k, d in self.organizations.items() if d is leader]:
                    del self.organizations[key]
            leader = _Draft(kind=ActorKind.PERSON, name=leader.name, key=leader.key)
        # Named by the leader's name as written and the noun: "Maduro government" for
        # "Venezuela's President Nicolas Maduro's government"; one per leader and noun.
        words = self._name_words(first, last)
        key = f"{' '.join(leader.key)} {self.lower[i]} #leader"
        draft = self.groups.get(key)
        if draft is None:
            name = f"{self.text[doc[first].idx : self._chars(first, last)[1]]} {token.text}"
            if words and words[-1] != self.lower[last - 1]:
                name = f"{' '.join(doc[j].text for j in range(first, last - 1))} {token.text}"
            draft = self._new_draft(ActorKind.ORGANIZATION, name, (key,))
            draft.country = leader.country
            self.groups[key] = draft
        draft.mentions.append(self._mention(start, i + 1))
        self._own(draft, (j for j in range(start, i + 1) if j not in self.token_owner))
        return True

    def _leader_taken_for_body(self, name: int, noun: int) -> bool:
        """Whether the organisation at ``name`` is a leader's name read as a body's.

        "as the Trump administration pressed ahead": the model may tag the leader's name as
        an organisation; one capitalised word, no acronym nor a name of the lexicon, before
        "administration", or before another leader's body when a person of that surname is
        named in the text ("President Donald Trump ... the Trump government"). Not a party
        ("the Labour government").
        """
        owner = self.token_owner.get(name)
        text: str = self.words[name]
        if (
            owner is None
            or owner.kind is not ActorKind.ORGANIZATION
            or len(owner.key) != 1
            or not text[:1].isupper()
            or text.isupper()
            or self.entity_at.get(name, (name, name + 1))[:2] != (name, name + 1)
        ):
            return False
        word = self.lower[name]
        lexicon = self.lexicon
        if _key(word) in lexicon.organizations or word in lexicon.institutions:
            return False
        return self.lower[noun] == "administration" or word in self.tagged_surnames

    def _find_body_again(self, i: int) -> None:
        """Make "the ministry" a mention of the state body last mentioned with that noun.

        With none mentioned, a bare body that is told, urged or speaks is a body of its own:
        "urged the government to invest", "told parliament", "The government said".
        """
        doc = self.tokens
        lefts = [c.i for c in doc[i].lefts]
        words = tuple(self.lower[j] for j in lefts[1:])
        if (
            len(lefts) > 1
            and lefts == list(range(i - len(lefts), i))
            and words in self.lexicon.institution_nouns.get(self.lower[i], ())
        ):
            lefts = [lefts[0]]  # "the central bank": the words of one body's noun
        start = lefts[0] if lefts else i  # "told parliament": no article
        if lefts and (start < 0 or self.lower[start] != "the" or lefts != [start]):
            return  # "the ministry" alone, not "the defence ministry" of another country
        if (
            not lefts
            and doc[i].dep_ in ("compound", "amod", "nmod")
            and not self._before_spokesperson(i)
            and not self._before_document(i)
        ):
            return  # "government forces": a word of another noun's phrase
        word = self.lower[i]
        # The body last mentioned whose name has the noun, found here or named as an
        # organisation ("China's Commerce Ministry", "the Foreign Ministry of Japan")
        candidates = [
            draft
            for draft in (*self.groups.values(), *self.organizations.values())
            if draft.kind is ActorKind.ORGANIZATION
            # the head of its name, or its last word: "the government" is no "Committee of
            # Heads of State and Government on Climate Change"
            and (word == name_head(draft.name) or " ".join(draft.key).split()[-1:] == [word])
            and not self._not_its_noun(draft, i)
        ]
        referent = self._last_referent(candidates, i)
        if referent is None:
            # "Ceasefire holds as army reports clashes" over "The Royal Thai Army accused"
            referent = self._named_below_headline(i, i)
        if referent is None and self._bare_body(i):
            if not self._bare_body_plays_role(i):
                # "talks between the army and the rebels ... The army said": the body
                # that speaks later is the one told before
                self.bare_bodies.setdefault(word, []).append((start, i))
                return
            name = doc[i].text if start == i or not doc[i].text[1:].islower() else word
            referent = self.groups.get(word)
            if referent is None:
                referent = self._new_draft(ActorKind.ORGANIZATION, name, (word,))
                self.groups[word] = referent
                for before, head in self.bare_bodies.pop(word, ()):
                    referent.mentions.append(self._mention(before, head + 1))
                    self._own(referent, range(before, head + 1))
        if referent is not None:
            referent.mentions.append(self._mention(start, i + 1))
            self._own(referent, range(start, i + 1))

    def _last_referent(self, candidates: list[_Draft], i: int, reach: int = -1) -> _Draft | None:
        """Return the body of ``candidates`` that the noun at ``i`` refers back to, if any.

        The one mentioned last before it (within ``reach`` characters, when not negative);
        but a noun that is its clause's subject refers to the one last named as a subject,
        when one was: "The Bank of Canada held rates. Economists at Royal Bank of Canada
        expect cuts. The bank said ..." is the Bank of Canada.
        """
        start_char = self.tokens[i].idx
        subject = self.tokens[i].dep_ in SUBJECT_DEPS
        found: tuple[int, int, _Draft] | None = None
        for draft in candidates:
            for mention in draft.mentions:
                if mention.start >= i or (0 <= reach < start_char - mention.start_char):
                    continue
                rank = (int(subject and self._subject_mention(mention)), mention.start)
                if found is None or rank > found[:2]:
                    found = (*rank, draft)
        return found[2] if found is not None else None

    def _subject_mention(self, mention: _Mention) -> bool:
        """Whether a word of ``mention`` is the subject of a verb outside it."""
        return any(
            self.tokens[j].dep_ in SUBJECT_DEPS
            and not mention.start <= self.tokens[j].head.i < mention.end
            for j in range(mention.start, mention.end)
        )

    def _backs(self, end: int) -> bool:
        """Whether the name ending before ``end`` is glued to "-backed": it backs the group."""
        return (
            end + 1 < len(self.lower)
            and self.lower[end] in WORD_DASHES
            and self.lower[end + 1] == "backed"
        )

    def _named_below_headline(self, first: int, i: int) -> _Draft | None:
        """Return the one organisation below the headline that its body noun ``i`` names short.

        A headline's "army" or "Thai army" is "The Royal Thai Army" the text then names: an
        organisation whose name ends with the noun and has the words before it
        ("Thai"), and the only such one named below the headline; not "the army" of a text
        that names two armies.
        """
        if not self.heading_end or self.tokens[i].idx >= self.heading_end:
            return None
        word = self.lower[i]
        words = set(self._name_words(first, i))
        found: dict[int, _Draft] = {}
        for draft in (*self.groups.values(), *self.organizations.values()):
            key = " ".join(draft.key).split()
            if (
                draft.kind is ActorKind.ORGANIZATION
                and len(key) > 1 + len(words)
                and key[-1] == word
                and words <= set(key[:-1])
                and any(m.start_char >= self.heading_end for m in draft.mentions)
            ):
                found[id(draft)] = draft
        if len(found) != 1:
            return None
        (draft,) = found.values()
        for j, token in enumerate(self.tokens):
            if (
                token.idx >= self.heading_end
                and self.lower[j] == word
                and self.token_owner.get(j) is not draft
                and any(c.dep_ in _MODIFIER_DEPS or c.dep_ == "poss" for c in token.lefts)
            ):
                return None  # "The Cambodian Army denied it": another army below
        return draft

    def _not_its_noun(self, draft: _Draft, i: int) -> bool:
        """Whether the body noun at ``i`` cannot refer back to the body ``draft``.

        Not when the body is named again later in the clause of the noun's verb ("The army
        shelled villages held by the Arakan Army": another army; not "people show up at the
        church, said X of Judson Memorial Church"), nor when each time it was named before
        it only said whose a person's title is ("Japan Aerospace Exploration Agency
        astronaut Takuya Onishi ... the agency": no body the story goes on about).
        """
        verb = self.tokens[i]
        while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
            verb = verb.head
        if verb.pos_ in ("VERB", "AUX"):
            clause = {token.i for token in verb.subtree}
            if any(
                m.start > i and m.start in clause and self.lower[m.end - 1] == self.lower[i]
                for m in draft.mentions
            ):
                return True
        named = [m for m in draft.mentions if m.start < i and not m.description]
        if not named or not all(self._modifies_title(m) for m in named):
            return False
        # the noun stood before it for a body of the story: "NASA has not decided, agency
        # officials said"
        word = self.lower[i]
        return any(self.lower[j] == word and self.words[j].islower() for j in range(named[0].start))

    def _modifies_title(self, mention: _Mention) -> bool:
        """Whether a body's mention only says whose a person's title is: "JAXA astronaut X".

        A lower-case word of the titles lexicon right after it, then a person's name.
        """
        end = mention.end
        return (
            end + 1 < len(self.lower)
            and self.words[end].islower()
            and _key(self.lower[end]) in self.lexicon.titles
            and self.entity_at.get(end + 1, (0, 0, ""))[2] == "PERSON"
        )

    def _name_follows(self, i: int) -> bool:
        """Whether an organisation's name starts right after noun ``i``."""
        entity = self.entity_at.get(i + 1)
        return entity is not None and entity[0] == i + 1 and entity[2] == "ORG"

    def _bare_body(self, i: int) -> bool:
        """Whether body noun ``i`` stands alone for one body: "the army", "parliament"."""
        token = self.tokens[i]
        if token.tag_ not in ("NN", "NNP"):
            return False
        if () not in self.lexicon.institution_nouns[self.lower[i]]:
            return False  # "the agency": a word of "news agency", maybe the one reporting
        if self.lower[i] in _DESCRIBED_BODIES:
            return False  # "the regulator said": the body named before, as the text says
        return not (
            any(child.dep_ in ("appos", "compound") for child in token.children)
            or (i + 1 < len(self.tokens) and self.tokens[i + 1].pos_ == "PROPN")
        )  # "told the broadcaster Sky Italia": the name says which

    def _ethnic(self, i: int) -> bool:
        """Whether the demonym at ``i`` follows "ethnic": a people, not a country's.

        "the ethnic Albanian mayors" of Kosovo, "ethnic Armenians" of Karabakh.
        """
        return i > 0 and self.lower[i - 1] == "ethnic"

    def _before_spokesperson(self, i: int) -> bool:
        """Whether noun ``i`` modifies a spokesperson word: "a police spokesman"."""
        token = self.tokens[i]
        return token.dep_ == "compound" and token.head.lower_.startswith("spokes")

    def _before_document(self, i: int) -> bool:
        """Whether noun ``i`` says whose a document is: "A ministry statement said"."""
        token = self.tokens[i]
        return (
            token.dep_ == "compound"
            and token.head.i == i + 1
            and token.head.tag_ == "NN"
            and token.head.lemma_.lower() in _document_nouns()
        )

    def _bare_body_plays_role(self, i: int) -> bool:
        """Whether a bare body noun ("the government", "parliament") speaks or is spoken to.

        Only a body of one (the singular), where it is told, urged or asked ("urged the
        government to"), or where it speaks ("The government said", "a police spokesman"),
        also through a document of its own that speaks ("A government report said").
        """
        token = self.tokens[i]
        if self._before_spokesperson(i):
            return True  # "A ministry spokesman, Colonel Raul Ibarra, said": it speaks
        if self._before_document(i):
            document = token.head
            verbs = [document.head] if document.dep_ == "nsubj" else []
            # "read a government report that said ...": the clause the document speaks in
            verbs += [
                child
                for child in document.children
                if child.dep_ == "relcl"
                and any(c.dep_ == "nsubj" and c.tag_ == "WDT" for c in child.children)
            ]
            return any(
                verb.lemma_.lower() in self.roles.speech_verbs
                or verb.lemma_.lower() in self.roles.document_verbs
                for verb in verbs
            )
        if token.dep_ not in ("dobj", "nsubj"):
            return False
        lemma = token.head.lemma_.lower()
        speaks = lemma in self.roles.speech_verbs
        return speaks if token.dep_ == "nsubj" else speaks or lemma in _TELLING_VERBS

    def _titled_before(self, i: int) -> int:
        """Return how many people named before word ``i`` hold its title, a plural one.

        "President Gustavo Petro met President Nicolas Maduro ... The two leftist
        presidents": two; none for "The three foreign ministers" after three leaders.
        """
        word = self.lower[i]
        singulars = set(_singular_forms(word)) & self.lexicon.titles
        return sum(
            1
            for person in self.persons
            if person.mentions
            and person.mentions[0].start < i
            and any(
                title.lower().split()[-1:] in ([s] for s in singulars) for title in person.titles
            )
        )

    def _group_bounds(self, i: int) -> tuple[int, int] | None:
        """Return where the noun phrase headed by group noun ``i`` and its name start.

        None unless a real modifier ("senior", "Chinese", "developing") says which group:
        "the officials" or "two countries" name no group.
        """
        doc = self.tokens
        lefts = list(doc[i].lefts)
        if not any(self._is_group_modifier(child.i) for child in lefts):
            return None
        start = min(child.left_edge.i for child in lefts)
        # Keep to the noun phrase: nothing verbal or clausal inside it, no line break ...
        for j in range(i - 1, start - 1, -1):
            token = doc[j]
            if (
                token.pos_ in ("VERB", "AUX", "PRON", "ADP", "SCONJ")
                and token.tag_ != "PRP$"
                and token.dep_ not in _MODIFIER_DEPS
            ) or (token.is_space and "\n" in token.text):
                start = j + 1
                break
            if (
                token.pos_ == "VERB"
                and j >= 2
                and doc[j - 1].pos_ == "CCONJ"
                and doc[j - 2].pos_ == "VERB"
                and doc[j - 2].dep_ not in _MODIFIER_DEPS
            ):
                start = j + 1  # "has funded and trained Somali troops": a second verb
                break
        # ... and no piece of a hyphenated word ("state-of-the-art").
        while start < i and start > 0 and self._glued(start):
            start += 1
        # "Coalition spokesman US Army Col. John Smith": a person's title, in lower case, before
        # a name that says which body, is the title of someone, not a word of the body's name
        titles = [
            j
            for j in range(start, i)
            if doc[j].dep_ == "compound"
            and self.words[j].islower()
            and _key(self.lower[j]) in self.lexicon.titles
            and any(self._is_capitalised(k) for k in range(j + 1, i))
        ]
        if titles:
            start = titles[-1] + 1
        start = self._after_addressee(i, start)
        people = [j for j in range(start, i) if self.entity_at.get(j, (0, 0, ""))[2] == "PERSON"]
        if people:
            # "between Lee and Japanese business leaders": the parser may hang the person
            # joined by "and" on the group; the group starts after the "and"
            joint = next(
                (j for j in range(people[-1] + 1, i) if self.lower[j] in ("and", "&")), None
            )
            owner = self.token_owner.get(people[-1])
            if (
                joint is None
                or owner is None
                or owner.kind is not ActorKind.PERSON
                or doc[i].dep_ != "pobj"  # only a list after a preposition ("between")
            ):
                return None
            start = joint + 1
        # The name leaves out determiners, numbers and quantifiers ("some other", "three").
        while start < i and doc[start].pos_ in ("CCONJ", "PUNCT"):
            start += 1
        if (
            self.lower[start] in ("a", "an")
            and doc[i].tag_ in ("NNS", "NNPS")
            and start + 2 < i
            and doc[start + 1].tag_ == "NN"
            and self.lower[start + 1] not in _QUANTIFIERS
        ):
            # "a policy that protected journalists, a move press freedom groups condemned":
            # "a" goes with the singular noun after it, and the group starts past it
            start += 2
        name_start = start
        # A number ends the quantity before the name: "roughly 40 other Democratic lawmakers",
        # "an estimated 340,000 residents", "At least 10 organizations".
        numbers = [
            j for j in range(start, i) if doc[j].dep_ == "nummod" and doc[j].ent_type_ != "DATE"
        ]
        if (
            numbers
            and self.lower[start] in _DEFINITE
            and self.lower[numbers[-1]] in _FEW
            and not any(j in self.entity_at for j in range(numbers[-1] + 1, i))
            and self._titled_before(i) >= _FEW[self.lower[numbers[-1]]]
        ):
            return None  # "The two leftist presidents": the people just named
        if numbers:
            name_start = numbers[-1] + 1
        while name_start < i and (
            doc[name_start].pos_ in ("DET", "CCONJ", "NUM", "PUNCT")
            or doc[name_start].tag_ == "PRP$"
            or self.lower[name_start] in _QUANTIFIERS
        ):
            name_start += 1
        if not any(self._is_group_modifier(j) for j in range(name_start, i)):
            return None
        return start, name_start

    def _after_addressee(self, i: int, start: int) -> int:
        """Where group noun ``i`` starts past the addressee of "told" the parser hung on it.

        "told VOA officials have met": "told" takes whom it tells, and with no object the
        parser made the name after it a modifier of the subject of the clause told; the
        name is the addressee ("told VOA [that] officials have met"), and the group starts
        after it. Not after a passive "was told", which tells its subject.
        """
        doc = self.tokens
        noun = doc[i]
        verb = noun.head.head
        if not (
            noun.dep_ == "nsubj"
            and noun.head.dep_ == "ccomp"
            and verb.lemma_ == "tell"
            and verb.i + 1 == start
            and not any(
                child.dep_ in ("dobj", "dative", "iobj", "nsubjpass", "auxpass")
                for child in verb.children
            )
        ):
            return start
        entity = self.entity_at.get(start)
        if entity is None or entity[2] not in ("ORG", "GPE", "PERSON") or entity[1] > i:
            return start
        return entity[1]

    def _find_role_group(self, i: int) -> None:
        """Make a group of the bare group noun ``i`` when it plays an actor's role."""
        doc = self.tokens
        token = doc[i]
        if not (
            self._plays_role(i)
            or (
                token.dep_ == "nsubj" and token.head.dep_ == "ROOT" and self._they_speak_next(token)
            )
            # "A police spokesman, Colonel Raul Ibarra, said": the police speak through him
            or self._before_spokesperson(i)
        ):
            self._named_group_again(i)
            return
        lefts = list(doc[i].lefts)
        start = min((child.left_edge.i for child in lefts), default=i)
        for j in range(i - 1, start - 1, -1):
            if doc[j].is_space and "\n" in doc[j].text:
                start = j + 1  # a heading the parser joined to the line
                break
        while start < i and (
            doc[start].pos_ in ("CCONJ", "PUNCT", "ADP") or (start in self.token_owner)
        ):
            start += 1
        name_start = start
        # A number ends the quantity before the name: "roughly 40 other Democratic lawmakers",
        # "an estimated 340,000 residents", "At least 10 organizations".
        numbers = [
            j for j in range(start, i) if doc[j].dep_ == "nummod" and doc[j].ent_type_ != "DATE"
        ]
        if numbers:
            name_start = numbers[-1] + 1
        while name_start < i and (
            doc[name_start].pos_ in ("DET", "NUM", "PRON")
            or doc[name_start].tag_ in ("PRP$", "PDT")
            or self.lower[name_start] in _QUANTIFIERS
        ):
            name_start += 1
        if name_start != i:
            return  # something else modifies the noun: not a bare group
        if any(self.lower[j] == "both" for j in range(start, i)) or (
            any(doc[j].like_num for j in range(start, i)) and self.lower[start] in _DEFINITE
        ):
            return  # "the two ministers": the people just named, whom meetings resolve
        word = self.lower[i]
        end = self._of_what(i)
        referent: _Draft | None = None
        if end > i + 1:
            # "members of the diplomatic corps": the group is named by what it belongs to
            name = self.text[doc[i].idx : self._chars(i, end)[1]]
            if doc[i].text[1:].islower():  # "Members of ...": capitalised only as a first word
                name = name[:1].lower() + name[1:]
            key = " ".join(self.lower[i:end])
            referent = self.groups.get(key)
            if referent is None:
                referent = self._new_draft(ActorKind.GROUP, name, (key,))
                self.groups[key] = referent
        elif start < i and self.lower[start] in _DEFINITE:
            # "the officials" after "Chinese officials": the same group.
            best = -1
            for draft in self.groups.values():
                # a bare group's key is "officials #3": its noun, then its sentence
                if draft.key[-1].split(" #")[0].split()[-1] == word:
                    first = draft.mentions[0].start if draft.mentions else i
                    if best < first < i:
                        best, referent = first, draft
        if referent is None:
            key = f"{word} #{self._sentence(i)}"
            referent = self.groups.get(key)
            if referent is None:
                name = doc[i].text
                if name[1:].islower():  # "Officials said": capitalised only as a first word
                    name = name.lower()
                referent = self._new_draft(ActorKind.GROUP, name, (key,))
                self.groups[key] = referent
        if end == i + 1:
            self._owner_after(i, referent)
        referent.mentions.append(self._mention(start, end))
        # "his staff": "his" is still a pronoun of its own, for the one it refers to
        first = start + (doc[start].tag_ == "PRP$")
        self._own(referent, (j for j in range(first, end) if j not in self.token_owner))

    def _named_group_again(self, i: int) -> None:
        """Make "the officers" a mention of the group named before with that noun.

        "Some 800 Kenyan officers ... demanded that the officers be brought home", "the
        Venezuelan opposition ... sheets collected by the opposition": "the" and the noun
        alone, in any role, refer back to the last group whose name ends with the noun and
        says which (not a bare "officials" of another sentence), when it is no doer (a doer
        does only in an actor's role).
        """
        token = self.tokens[i]
        if i == 0 or self.lower[i - 1] != "the" or [c.i for c in token.lefts] != [i - 1]:
            return
        if token.dep_ == "nsubj":
            return  # a doer refers back only in an actor's role (above)
        if i in self.token_owner or i - 1 in self.token_owner:
            return
        word = self.lower[i]
        best, referent = -1, None
        for draft in self.groups.values():
            if draft.kind is not ActorKind.GROUP or " #" in draft.key[-1]:
                continue
            if draft.key[-1].split()[-1] != word or not draft.mentions:
                continue
            first = draft.mentions[0].start
            if best < first < i:
                best, referent = first, draft
        if referent is not None:
            referent.mentions.append(self._mention(i - 1, i + 1))
            self._own(referent, (i - 1, i))

    def _class_of_one(self, i: int) -> bool:
        """Whether the plural noun ``i`` is the class one member is said to belong to.

        "one of the world's poorest countries", "among the poorest countries in the world": a
        class by a superlative (not "one of two Republican members who filed a lawsuit"); or
        what something is taken for after "as" ("designated ... as foreign terrorist
        organizations").
        """
        token = self.tokens[i]
        preposition = token.head
        if (
            token.dep_ == "pobj"
            and preposition.lower_ == "as"
            and preposition.i > 0
            and self.lower[preposition.i - 1] not in ("such", "well")
            and self.lower[preposition.i + 1] not in ("many", "much", "few")
        ):
            # "designated the cartels as foreign terrorist organizations", "worked as
            # journalists": what they are made or taken for (not "groups such as ...", nor
            # "as many voters as possible")
            return True
        if token.dep_ != "pobj" or not any(
            c.tag_ == "JJS" or any(m.lower_ == "most" for m in c.children) for c in token.children
        ):
            return False  # a class by a superlative: "the poorest", "the most stable"
        preposition = token.head
        if preposition.lower_ == "among":
            # "is among the poorest countries" (not "Among the protesters were students")
            return preposition.head.lemma_ == "be" and preposition.i > preposition.head.i
        # "Niger, one of ...", "Niger is one of ..." (not "One of the officials said")
        one = preposition.head
        # "the SSA, one of ...": a "one" set off by a comma, however the parser hangs it
        set_off = one.i > 0 and self.lower[one.i - 1] == ","
        return (
            preposition.lower_ == "of"
            and one.lower_ == "one"
            and (one.dep_ in ("appos", "attr") or (set_off and one.dep_ not in SUBJECT_DEPS))
        )

    def _named_in_apposition(self, i: int) -> _Draft | None:
        """Return the organisation named before the body noun ``i`` it is in apposition to.

        "Xinhua, the official Chinese news agency, said": the noun, set off by a comma
        after the name, says what the organisation is (not "Xinhua said the ministry", nor
        "talks with Hamas and the army").
        """
        token = self.tokens[i]
        if token.dep_ != "appos" or token.head.i >= i:
            return None
        owner = self.token_owner.get(token.head.i)
        if owner is None or owner.kind is not ActorKind.ORGANIZATION:
            return None
        first = min(t.i for t in token.subtree)
        if first < 1 or self.lower[first - 1] != ",":
            return None
        return owner

    def _what_a_name_is(self, i: int) -> bool:
        """Whether the singular noun ``i`` after "a" says what an organisation named after it is.

        "part of a wider rebel coalition, the Congo River Alliance (AFC)": the coalition is
        the alliance, set off by a comma, and no group of its own (not "a coalition of
        opposition parties said", nor "the coalition, the alliance said").
        """
        token = self.tokens[i]
        if token.tag_ != "NN" or not any(
            c.dep_ == "det" and c.lower_ in ("a", "an") for c in token.lefts
        ):
            return False
        after = i + 1
        if after + 1 >= len(self.lower) or self.lower[after] != ",":
            return False
        after += 1
        if self.lower[after] == "the" and after + 1 < len(self.lower):
            after += 1
        owner = self.token_owner.get(after)
        if owner is None or owner.kind is not ActorKind.ORGANIZATION:
            return False
        name = self.tokens[after]
        while name.dep_ in ("compound", "flat") and name.head.i != name.i:
            name = name.head
        return name.dep_ in ("appos", "conj") and name.head.i == i  # not "the AFC said"

    def _preposition_after(self, i: int, words: tuple[str, ...]) -> Token | None:
        """Return the preposition of ``words`` right after the noun ``i`` that hangs on it."""
        following = i + 1
        if following >= len(self.tokens) or self.lower[following] not in words:
            return None
        preposition = self.tokens[following]
        if preposition.head.i != i or preposition.dep_ != "prep":
            return None
        return preposition

    def _owner_after(self, i: int, group: _Draft) -> None:
        """Give the bare group ``i`` the organisation or country of an "of" or "from" after it.

        "Leaders of the Group of Seven", "officials of the ISU", "ministers from Russia".
        """
        doc = self.tokens
        preposition = self._preposition_after(i, ("of", "from"))
        if preposition is None or self.lower[i] in _OUTSIDERS:
            return  # ("Critics of the WHO": not its people)
        for child in preposition.children:
            if child.dep_ != "pobj":
                continue
            after = child.right_edge.i + 1
            if any(c.dep_ == "conj" for c in child.children) or (
                after + 1 < len(doc)
                and self.lower[after] in ("and", ",", "or")
                and (after + 1 in self.entity_at or self.lower[after + 1] == "the")
            ):
                return  # "the leaders of Cuba and the U.S.", "of France, Germany": of several
            # "of the Group of Seven wealthy democracies": the name may modify the noun, or
            # own it ("members of the ECB's governing council")
            owner = self.token_owner.get(child.i) or next(
                (
                    self.token_owner[j]
                    for modifier in child.lefts
                    if modifier.dep_ in ("compound", "nmod", "poss")
                    for j in range(modifier.left_edge.i, modifier.i + 1)
                    if j in self.token_owner
                ),
                None,
            )
            if owner is None:
                return
            if owner.kind is ActorKind.ORGANIZATION and group.affiliation is None:
                group.affiliation = owner
            elif owner.kind is ActorKind.COUNTRY and group.country is None:
                group.country = owner.country
            return

    def _of_what(self, i: int) -> int:
        """Return where the bare group noun ``i`` ends with the "of" phrase that says which.

        "members of the diplomatic corps", "heads of the six continental confederations",
        "members of the public": a short phrase of common nouns right after the noun, naming
        no actor and no other group (in "representatives of the two countries" the countries
        take part themselves), unless the group is their kin ("families of the remaining
        hostages"). Else the noun ends where it stands.
        """
        doc = self.tokens
        following = i + 1
        preposition = self._preposition_after(i, ("of",))
        if preposition is None:
            return following
        objects = [child for child in preposition.children if child.dep_ == "pobj"]
        if len(objects) == 1 and objects[0].pos_ == "PROPN":
            # "Residents of Goma": a town, no actor of its own, says which residents
            place = objects[0]
            if (
                place.left_edge.i == following + 1
                and all(doc[j].pos_ == "PROPN" for j in range(following + 1, place.i + 1))
                and not any(j in self.token_owner for j in range(following + 1, place.i + 1))
                and listed_place(
                    self.text[doc[following + 1].idx : self._chars(place.i, place.i + 1)[1]]
                )
            ):
                return place.i + 1
            return following
        if len(objects) != 1 or objects[0].pos_ != "NOUN":
            return following
        noun = objects[0]
        end = noun.i + 1  # what follows the noun ("in Zurich") is not the group's name
        if end - following > 6 or noun.left_edge.i != following + 1:
            return following  # only a plain noun phrase that ends with its noun
        lexicon = self.lexicon
        if (
            self.lower[noun.i] in lexicon.group_nouns and self.lower[i] not in _KIN_GROUPS
        ) or self.lower[noun.i] in lexicon.institution_nouns:
            return following
        for j in range(following + 1, end):
            if j in self.token_owner or self.entity_at.get(j, (0, 0, "CARDINAL"))[2] not in (
                "CARDINAL",
                "ORDINAL",
            ):
                return following
            participle = doc[j].dep_ == "amod" and doc[j].tag_ in ("VBG", "VBN")
            if doc[j].pos_ not in ("DET", "ADJ", "NUM", "NOUN") and not participle:
                return following  # (but "the remaining hostages", "the detained students")
        return end

    def _plays_role(self, i: int, *, speech: bool = True) -> bool:
        """Whether noun ``i`` is a participant or speaker by its place in the parse.

        The subject or object of a meeting verb, the object of "told", the subject of a
        reporting verb or of a support verb with a meeting noun ("officials held talks"),
        the source of "according to" ("according to prosecutors"), the object of "with",
        "between", "of" or "by" after a meeting word; a conjunct counts as its first one.
        """
        roles = self.roles
        token = self.tokens[i]
        while token.dep_ == "conj" and token.head.i != token.i:
            token = token.head
        head = token.head
        dep = token.dep_
        if (
            dep in ("nmod", "compound")
            and head.i > token.i
            and any(c.dep_ == "cc" for c in token.children)
            and any(
                c.dep_ == "conj" and _key(c.lower_) in self.lexicon.titles for c in token.children
            )
        ):
            # "met Carney and Chinese Premier Li Qiang", parsed with "Carney and ... Premier"
            # as modifiers of the name after them: the name's role is theirs
            return self._plays_role(head.i, speech=speech)
        if dep in SUBJECT_DEPS:
            return self._role_verb(head, speech=speech)
        if dep == "dobj":
            # "told reporters": the addressee of a statement
            return head.lemma_.lower() in roles.meeting_verbs or (
                # a common noun: "told The Star" names no one told; "told MPs", though the
                # tagger may take the group noun for a name, is no name of its own
                speech
                and head.lemma_.lower() in _TELLING_VERBS
                and (token.pos_ == "NOUN" or self._group_word_alone(token.i))
            )
        if dep == "pobj" and head.lower_ == "to" and head.head.lower_ == "according":
            return speech  # "according to prosecutors": the source speaks
        if dep == "pobj" and head.lower_ == "on" and head.head.lemma_.lower() == "call":
            return speech and token.pos_ == "NOUN"  # "called on residents to leave"
        if dep == "pobj" and head.lower_ == "to" and head.head.lemma_.lower() == "appeal":
            return speech and token.pos_ == "NOUN"  # "appealed to witnesses to come forward"
        if (
            dep == "pobj"
            and head.lower_ == "to"
            and head.head.lemma_.lower() in _SPEAKING_VERBS
            and token.pos_ == "NOUN"
        ):
            return speech  # "Speaking to reporters, Newsom said": whom a statement is made to
        if (
            dep == "pobj"
            and head.dep_ == "agent"
            and head.head.dep_ == "advcl"
            and head.head.tag_ == "VBN"
            and head.head.lemma_.lower() in _ASKING_VERBS
            and head.head.head.lemma_.lower() in self.roles.speech_verbs
            and token.pos_ == "NOUN"
        ):
            return speech  # "Pressed by reporters, Carney said": whom the answer is made to
        if dep == "pobj" and head.lower_ in _ROLE_PREPOSITIONS:
            governor = head.head
            if (
                head.lower_ == "of"
                and governor.lemma_.lower() in _COLLECTIVE_HEADS
                and governor.i != token.i
            ):
                # "A bipartisan group of senators met with Trump": the senators meet
                return self._plays_role(governor.i, speech=speech)
            if head.lower_ == "by" and head.dep_ != "agent":
                return governor.lemma_.lower() in roles.meeting_nouns
            lemma = governor.lemma_.lower()
            # "sat down with leaders of ... pueblos": a verb that meets with its particle
            particles = {(lemma, c.lower_) for c in governor.children if c.dep_ == "prt"}
            return (
                lemma in roles.meeting_verbs
                or lemma in roles.meeting_nouns
                or bool(particles & roles.particle_verbs)
            )
        return False

    def _group_word_alone(self, i: int) -> bool:
        """Whether token ``i`` is a group noun standing alone, no word of a longer name."""
        doc = self.tokens
        return (
            self.lower[i] in self.lexicon.group_nouns
            and (i == 0 or doc[i - 1].pos_ != "PROPN")
            and (i + 1 >= len(doc) or doc[i + 1].pos_ != "PROPN")
        )

    def _they_speak_next(self, noun: Token) -> bool:
        """Whether "they" of the next sentence speak: "Prosecutors disagreed. They said ...".

        The group that is the main subject of one sentence is whom a "they" that is the
        subject of a reporting verb in a clause of its own later in that sentence ("Protesters
        marched to the ministry, where they chanted ...") or in the next sentence refers to,
        if no plural noun stands between them.
        """
        _, end = self._sentence_bounds(noun.i)
        following_start, following_end = (
            self._sentence_bounds(end) if end < len(self.tokens) else (end, end)
        )
        for token in self.tokens[noun.i + 1 : following_end]:
            if token.tag_ in ("NNS", "NNPS") and token.dep_ in SUBJECT_DEPS:
                return False  # another plural subject in between
            if token.lower_ == "they" and token.dep_ == "nsubj" and token.i >= following_start:
                return token.head.lemma_.lower() in self.roles.speech_verbs
            if (
                token.lower_ == "they"
                and token.dep_ == "nsubj"
                and token.head.i != noun.head.i
                and token.head.lemma_.lower() in self.roles.speech_verbs
            ):
                return True  # "Protesters marched to the ministry, where they chanted ..."
        return False

    def _role_verb(self, verb: Token, *, speech: bool, depth: int = 0) -> bool:
        """Whether the subject of ``verb`` meets (or speaks, with ``speech``).

        So does the subject of a verb or adjective whose complement meets: "is due to hold
        a meeting", "plans to visit", "was expected to meet"; and of a verb joined to one
        that meets without a subject of its own: "arrived and was welcomed by the mayor".
        """
        roles = self.roles
        lemma = verb.lemma_.lower()
        if lemma in roles.meeting_verbs or (speech and lemma in roles.speech_verbs):
            return True
        if lemma in roles.support_verbs and any(
            child.dep_ == "dobj" and child.lemma_.lower() in roles.meeting_nouns
            for child in verb.children
        ):
            return True
        if depth >= 2:
            return False
        return any(
            self._role_verb(child, speech=False, depth=depth + 1)
            for child in verb.children
            if child.dep_ in ("xcomp", "acomp")
        ) or any(
            # "The delegation arrived on Friday and was welcomed by the mayor": a verb
            # joined to it, with no subject of its own, shares its subject
            self._role_verb(child, speech=speech, depth=depth + 1)
            for child in verb.children
            if child.dep_ == "conj"
            and child.pos_ in ("VERB", "AUX")
            and not any(c.dep_ in SUBJECT_DEPS for c in child.children)
        )

    def _is_group_modifier(self, i: int) -> bool:
        token = self.tokens[i]
        if i in self.caption_tokens:
            return False
        if token.dep_ not in _MODIFIER_DEPS and token.dep_ not in ("conj", "poss"):
            return False
        if i in self.entity_at:
            return self.entity_at[i][2] in ("GPE", "NORP", "ORG", "LOC")
        if token.dep_ == "poss":
            return False
        return self.lower[i] not in _QUANTIFIERS and not token.like_num and token.is_alpha

    def _same_state_body(self, key: str, code: str) -> _Draft | None:
        """Return the body of country ``code`` named before with its nation told another way.

        "Two Chinese coast guard ships ... China's coast guard said": one coast guard, named
        once with the nation's adjective and once owned by the nation ("the Philippine coast
        guard" is another body, of another country).
        """
        own = self._without_nation(key, code)
        for draft in (*self.groups.values(), *self.organizations.values()):
            if (
                draft.kind is ActorKind.ORGANIZATION
                and draft.country == code
                and self._without_nation(" ".join(draft.key), code) == own
            ):
                return draft
        return None

    def _body_named_with_nation(self, key: str) -> _Draft | None:
        """Return the one body named before as ``key`` with its nation: "the health ministry".

        "The Lebanese health ministry said ... The health ministry added" (or "Lebanon's
        health ministry"): the same ministry, named again without its nation. Not when
        bodies of two countries were so named ("the Israeli and the Lebanese health
        ministries").
        """
        found = {
            id(draft): draft
            for draft in (*self.groups.values(), *self.organizations.values())
            if draft.kind is ActorKind.ORGANIZATION
            and draft.country is not None
            and self._without_nation(" ".join(draft.key), draft.country) == key
        }
        return next(iter(found.values())) if len(found) == 1 else None

    def _without_nation(self, key: str, code: str) -> str:
        """Return a body's key without the nation's word it opens with ("chinese coast guard")."""
        first, _, rest = key.partition(" ")
        if rest:
            # keys are in lower case; a nation's word is written capitalised or in capitals
            for form in (first.capitalize(), first.upper()):
                match = self._country_match(form)
                if match is not None and match.code == code:
                    return rest
        return key

    def _add_group(
        self,
        start: int,
        end: int,
        name_start: int,
        code: str | None,
        affiliation: _Draft | None,
        kind: ActorKind = ActorKind.GROUP,
    ) -> _Draft:
        doc = self.tokens
        name = self.text[doc[name_start].idx : self._chars(name_start, end)[1]]
        key = " ".join(self._name_words(name_start, end))
        draft = self.groups.get(key)
        if draft is None and kind is ActorKind.ORGANIZATION and code is not None:
            draft = self._same_state_body(key, code)
            if draft is not None and len(name) > len(draft.name):
                draft.name = name  # "Chinese coast guard" says whose
        if draft is None and kind is ActorKind.ORGANIZATION and code is None:
            draft = self._body_named_with_nation(key)
        if draft is None:
            draft = self._new_draft(kind, name, (key,))
            draft.country = code
            draft.affiliation = affiliation
            self.groups[key] = draft
        draft.mentions.append(self._mention(start, end))
        # Tokens already owned (a country's "US" inside "the US and Chinese delegations")
        # keep their actor.
        self._own(draft, (i for i in range(start, end) if i not in self.token_owner))
        return draft
