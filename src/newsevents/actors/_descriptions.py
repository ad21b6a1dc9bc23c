"""Persons named by a definite description: "the Brazilian leader", "his Saudi counterpart".

A singular noun phrase headed by a title of the lexicon ("president", "foreign minister"),
by "leader", "diplomat" or "counterpart", with "the", a possessive pronoun or a country's
possessive before it and no name after it, refers to a person. Its country comes from a
demonym or a country in it ("the Turkish president", "France's new president", "the
president of Brazil").

It refers to the person named in apposition ("his Russian counterpart, Sergei Lavrov,") or
right after it ("his Turkish counterpart Hakan Fidan"), else to the person named before it
in the doc whose country and title fit, when exactly one does: the same country, and for a
title, one of theirs ending with it ("the U.S. envoy" is "US climate envoy John Kerry";
"Gov." counts as "governor"); "leader" fits a head of state or government, "diplomat" a
foreign minister, ambassador or envoy ("the top U.S. diplomat" is "Secretary of State Marco
Rubio"), and "counterpart" anyone of that country, named before or after it. When nobody
before fits, the one person named after it whose title fits, for a description with no
country in the two sentences after it unless it is in the lead ("the state's governor denied
it ... Gov. Ruiz said"); not a title that ends with it after "to" ("Chief Press Secretary to
the Governor" is no governor). A possessive before the title may be a country's or a place's
below one ("Ohio's senator"), not a person's or company's. When none fits and the
description names a country, it is a person of its own ("his Saudi counterpart": a person of
SAU), whom later pronouns may refer to. Without a country, or with several candidates, it is
left alone, and so are predicates ("he is the third US official"), appositions and
indefinite ("a Chinese diplomat").

A former office holder ("the former president", "the ex-president", "the late queen") is the
one person named before whose title has the same word before it ("former" and "ex" being
one): "Former U.S. President Donald Trump", "Trump, the former president,". It never makes a
person of its own.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsevents.actors._doc import _Draft
from newsevents.actors._evidence import (
    _PEER_TITLES,
    _PLACE_KIND_NOUNS,
    _peer_name,
    _PersonEvidence,
)
from newsevents.actors._lexicon import _key
from newsevents.model import ActorKind
from newsevents.paragraphs import dateline_end, paragraph_starts

_GENERIC_HEADS = frozenset({"leader", "counterpart", "diplomat"})
# A word for anyone who holds an office: "the Polish official" fits a president.
_ANY_OFFICE = "official"
# Titles of those whom "the leader" of a country refers to.
_LEADER_TITLES = (
    "president", "primeminister", "premier", "chancellor", "king", "queen", "emir", "amir",
    "sultan", "leader", "monarch", "ruler", "emperor", "supremeleader",
)  # fmt: skip
# Words before "leader" that do not say what the leader leads: "the new leader".
_PLAIN_LEADER_WORDS = frozenset({
    "top", "senior", "new", "veteran", "longtime", "then", "current", "outgoing", "incoming",
    "former", "late", "acting", "interim", "elected", "embattled", "ailing", "aging", "ageing",
    "powerful", "de", "facto", "sole", "undisputed", "country", "nation", "world",
})  # fmt: skip
# Titles of those whom "the head of government" and "the head of state" (the other leaders,
# but for the generic "leader" and "ruler") refer to.
_GOVERNMENT_HEADS = ("primeminister", "premier", "chancellor")
_HEAD_TITLES = {
    "headofstate": tuple(
        title
        for title in _LEADER_TITLES
        if title not in _GOVERNMENT_HEADS and title not in ("leader", "ruler")
    ),
    "headofgovernment": _GOVERNMENT_HEADS,
}
# Titles of those whom "the boss" of an organisation refers to.
_BOSS_TITLES = (
    "chiefexecutive", "ceo", "chairman", "chairwoman", "chair", "president", "head",
    "director", "directorgeneral", "managingdirector", "governor", "boss", "chief",
)  # fmt: skip
# Titles of those whom "the top diplomat" of a country refers to.
_DIPLOMAT_TITLES = (
    "foreignminister", "secretaryofstate", "foreignsecretary", "ministerofforeignaffairs",
    "foreignaffairsminister", "ambassador", "envoy",
)  # fmt: skip
# Words before a title that make it another office: "Deputy Prime Minister", "Vice President".
_LOWER_RANKS = ("deputy", "vice", "assistant", "associate", "under", "junior", "shadow")
_POSSESSIVE_PRONOUNS = frozenset({"his", "her", "their", "its", "our", "my", "your"})
# Nouns of places whose possessive says where an office is ("the state's governor"): the
# kinds of places, and the words for a whole country.
_PLACE_NOUNS = _PLACE_KIND_NOUNS | {"country", "nation", "capital", "territory", "republic"}
# Prepositions that open a title's complement: "ambassador to the UN", "envoy for Sudan".
_TITLE_COMPLEMENTS = frozenset({"to", "for", "at", "of", "in"})
_PAST_MODIFIERS = frozenset({"former", "late", "then", "ex", "previous", "outgoing", "future"})
# Words of a title phrase that may stand between a past modifier and the title: "Former
# U.S. President", "former Brazilian President".
_TITLE_FILLERS = frozenset({"-", "'s", "’s"})
# Dependencies of a noun that says who someone is rather than refer to them.
_PREDICATE_DEPS = frozenset({"attr", "appos", "compound", "amod", "nmod", "npadvmod", "oprd"})


def _ends_with_title(title: str, key: str) -> bool:
    """Whether a title (a match key) ends with the title ``key``, as its own office.

    "Chief Press Secretary to the Governor" is no governor, a "Deputy Prime Minister" no
    prime minister.
    """
    if not title.endswith(key):
        return False
    before = title[: len(title) - len(key)]
    return not before.endswith(("to", "tothe", "forthe")) and not before.endswith(_LOWER_RANKS)


def _past_key(word: str) -> str:
    """Return the past modifier a word stands for: "ex" is "former"."""
    return "former" if word == "ex" else word


class _Descriptions(_PersonEvidence):
    """Resolve or create the persons that definite descriptions refer to."""

    def _find_descriptions(self) -> None:
        for i, pos in enumerate(self.pos):
            if pos != "NOUN" and pos != "PROPN":
                continue
            token = self.tokens[i]
            if token.tag_ in ("NNS", "NNPS") or token.dep_ in _PREDICATE_DEPS:
                continue
            if i in self.token_owner or i in self.title_tokens or i in self.entity_at:
                continue
            if (
                self.lower[i] in _PEER_TITLES
                and i + 2 < len(self.lower)
                and self.lower[i + 1] == "of"
                and self._is_capitalised(i + 2)
            ):
                continue  # "The Duke of Edinburgh": a peer of his own, no one named elsewhere
            title_start = self._description_title(i)
            if title_start is None:
                continue
            found = self._read_description(token, title_start)
            if found is not None:
                start, country, past = found
                if past is None:
                    self._refer(token, title_start, start, country)
                else:
                    self._refer_to_former(token, title_start, start, country, past)

    def _description_title(self, i: int) -> int | None:
        """Start of the title that noun ``i`` ends ("foreign minister"), or None."""
        word = self.lower[i]
        if word in _GENERIC_HEADS:
            return i
        lexicon = self.lexicon
        sentence_start, _ = self._sentence_bounds(i)
        core = self._core_ending_at(i, sentence_start, lexicon.titles, lexicon.longest_title)
        if core is None:
            return None
        # A name right after the title makes it part of a name's title phrase.
        following = i + 1
        if following < len(self.doc) and (
            following in self.entity_at or self.pos[following] == "PROPN"
        ):
            return None
        return core

    def _read_description(
        self, token: Token, title_start: int
    ) -> tuple[int, str | None, str | None] | None:
        """Return where the description's words start, its country and its past modifier.

        None if it is not definite. The past modifier is "former" of "the former
        president" ("ex" counts as "former"), or None.
        """
        doc = self.tokens
        definite = False
        country: str | None = None
        past: str | None = None
        # "the head of state": the words before a title of several words hang on its first
        lead = doc[title_start] if doc[title_start].is_ancestor(token) else token
        for child in lead.lefts:
            if child.i >= title_start:
                continue
            word = child.lower_
            if word in _PAST_MODIFIERS:
                if past is not None:
                    return None
                past = _past_key(word)
                continue
            if child.dep_ == "det":
                if word != "the":
                    return None
                definite = True
                continue
            if child.dep_ == "poss":
                definite = True
                if word not in _POSSESSIVE_PRONOUNS:
                    code = self._country_of_range(child.left_edge.i, child.i + 1)
                    if code is None and not self._is_place(child):
                        return None  # "Kerry's aide", "the company's president"
                    country = country or code
                continue
            code = self._country_in(child)
            if code is not None:
                country = country or code
        prefixed = self._ex_prefix(token.i)
        if prefixed is not None and past is None:
            # "the ex-president": the parser may hang "the" on "ex", not on the title.
            past = "former"
            definite = definite or (prefixed > 0 and self.lower[prefixed - 1] == "the")
        if not definite and title_start > 0:
            # "Thames Vale Water boss admits ...": a headline's employer stands for "the"
            owner = self.token_owner.get(title_start - 1)
            definite = owner is not None and owner.kind is ActorKind.ORGANIZATION
        if not definite:
            return None
        # The words from the first modifier after the determiner or possessive to the head.
        words_start = token.i if prefixed is None else prefixed
        for child in lead.lefts:
            if child.dep_ in ("det", "poss") or child.i >= title_start:
                continue
            words_start = min(words_start, child.left_edge.i)
        words_start = min(words_start, title_start)
        while words_start < token.i and (
            words_start in self.token_owner or doc[words_start].is_punct
        ):
            words_start += 1
        # "the president of Brazil"; not "the head of state", a title read in part.
        of_country = self._country_after(token)
        if of_country is False:
            return None
        return (
            words_start,
            country or (of_country if isinstance(of_country, str) else None),
            past,
        )

    def _ex_prefix(self, i: int) -> int | None:
        """Where "ex-" starts when it is written onto noun ``i`` ("ex-president"), or None."""
        if i < 2 or self.lower[i - 1] != "-" or self.lower[i - 2] != "ex":
            return None
        tokens = self.tokens
        if tokens[i - 2].whitespace_ or tokens[i - 1].whitespace_:
            return None
        return i - 2

    def _is_place(self, word: Token) -> bool:
        """Whether a possessive names a place below a country: "Ohio's", "the state's"."""
        entity = self.entity_at.get(word.i)
        if entity is not None:
            return entity[2] in ("GPE", "LOC")
        return word.pos_ == "NOUN" and word.lower_ in _PLACE_NOUNS

    def _country_in(self, child: Token) -> str | None:
        """Return the country a modifier names: a demonym ("Turkish") or a name ("U.S.")."""
        entity = self.entity_at.get(child.i)
        if entity is not None:
            return self._country_of_range(entity[0], entity[1])
        if not self._is_capitalised(child.i):
            return None
        match = self._country_match(child.text)
        return match.code if match is not None else None

    def _country_after(self, token: Token) -> str | bool | None:
        """Return the country of "of Brazil" after the title; False when "of" continues it.

        "head of state", "chief of staff": a bare noun after "of" makes a longer title, read
        here only in part. An organisation ("the president of UEFA") or another noun phrase
        ("the chairman of the conference") gives no country but is no obstacle.
        """
        for child in token.rights:
            if child.dep_ == "prep" and child.lower_ == "of":
                for target in child.children:
                    if target.dep_ != "pobj":
                        continue
                    entity = self.entity_at.get(target.i)
                    if entity is not None:
                        return self._country_of_range(entity[0], entity[1])
                    if not any(word.dep_ in ("det", "poss") for word in target.children):
                        return False
        return None

    def _identified_later(self, i: int, country: str | None) -> list[_Draft]:
        """Return the person a lead's description names later, if only one can be meant.

        "Ontario's housing minister says ... / "..." Paul Calandra told reporters": news
        often names the person of its first sentence only later. When the description is in
        the first sentence (after a dateline, if any) and exactly one person without a title
        of their own (and of no other country) speaks in the two sentences after it, it is
        that person.
        """
        lead = self._sentence(i)
        if lead > 1:
            return []
        found: list[_Draft] = []
        for draft in self.persons:
            if not draft.mentions or draft.titles:
                continue
            if country is not None and draft.country not in (None, country):
                continue
            first = min(mention.start for mention in draft.mentions)
            if not lead + 1 <= self._sentence(first) <= lead + 2:
                continue
            if any(self._speaks(mention.start, mention.end) for mention in draft.mentions):
                found.append(draft)
        return found if len(found) == 1 else []

    def _lead_after_headline(self, i: int) -> int:
        """Return the number of the sentence after the lead for a headline token ``i``, or -1.

        "Japan's emperor honoured at Windsor" over "LONDON - King Charles hosted Emperor
        Naruhito ...": the lead after its dateline, and the sentence after it, may name the
        one the headline describes, however many sentences the dateline was cut into.
        """
        if not self.heading_end or self.tokens[i].idx >= self.heading_end:
            return -1
        body = next(
            (start for start in paragraph_starts(self.text) if start >= self.heading_end), None
        )
        if body is None:
            return -1
        body = dateline_end(self.text, body) or body
        lead = next((token.i for token in self.tokens if token.idx >= body), None)
        return -1 if lead is None else self._sentence(lead) + 1

    def _leader_of_a_country_before(self, i: int, country: str | None) -> list[_Draft]:
        """Return the person "Turkey's Erdogan" that "the president" refers to, if only one.

        News names a leader by country and name alone ("Turkey's Erdogan", "Hungary's
        Orban") and then by office. A person with no title of their own, named so in the
        description's sentence or the two before it (of the description's country, if it
        names one), is the leader it describes when exactly one such person is there:
        "Turkey's Erdogan met Hungary's Orban. The president said" is left alone, and so
        is anyone with a title, which says their office.
        """
        first = self._sentence(i) - 2
        # "France's Macron hosted Germany's Scholz": leaders of two countries named so,
        # whatever the model took the second for
        window = i
        while window > 1 and self._sentence(window - 1) >= first:
            window -= 1
        named = {
            code
            for k in range(max(window, 1), i)
            if self._is_possessive(k)
            and k + 1 < i
            and self.pos[k + 1] == "PROPN"
            and (entity := self.entity_at.get(k - 1)) is not None
            and (code := self._country_of_range(entity[0], entity[1])) is not None
        }
        if len(named) > 1:
            return []
        found: list[_Draft] = []
        for draft in self.persons:
            if draft.titles or draft.country is None:
                continue
            if country is not None and draft.country != country:
                continue
            if any(
                first <= self._sentence(mention.start)
                and mention.start < i
                and self._named_by_country(mention.start, draft.country)
                for mention in draft.mentions
                if not mention.pronoun and not mention.description
            ):
                found.append(draft)
        return found if len(found) == 1 else []

    def _named_by_country(self, start: int, country: str) -> bool:
        """Whether the name at ``start`` follows its country's possessive ("Turkey's")."""
        if start < 2 or not self._is_possessive(start - 1):
            return False
        entity = self.entity_at.get(start - 2)
        if entity is None:
            return False
        return self._country_of_range(entity[0], entity[1]) == country

    def _named_in(self, draft: _Draft, sentence: int) -> bool:
        """Whether ``draft`` is named (not by a pronoun) in sentence ``sentence``."""
        return any(not m.pronoun and self._sentence(m.start) == sentence for m in draft.mentions)

    def _speaks(self, start: int, end: int) -> bool:
        """Whether the name ``[start, end)`` is the subject of a reporting verb."""
        head = self.tokens[self._head(start, end)]
        return head.dep_ == "nsubj" and head.head.lemma_.lower() in self.roles.speech_verbs

    def _full_title(self, title: str) -> str:
        """Match key of a title with its abbreviations written out ("Gov." is "governor")."""
        abbreviations = self.lexicon.abbreviations
        return "".join(abbreviations.get(_key(word), _key(word)) for word in title.split())

    def _refer_to_former(
        self, token: Token, title_start: int, start: int, country: str | None, past: str
    ) -> None:
        """Attach "the former president" to the one person named before who fits it.

        The person's title must fit as for any description, and have the same past
        modifier before it ("Former U.S. President Donald Trump", "Trump, the former
        president,"). Nobody fitting, or several: the description is left alone.
        """
        i = token.i
        head_word = self.lower[i]
        if head_word == "counterpart":
            return
        title_key = self._full_title(" ".join(self.lower[title_start : i + 1]))
        candidates: list[_Draft] = []
        for draft in self.persons:
            if not draft.mentions or min(mention.start for mention in draft.mentions) > i:
                continue
            if country is not None and draft.country != country:
                continue
            titles = [self._full_title(title) for title in draft.titles]
            if title_key in _HEAD_TITLES:
                fits = any(title.endswith(_HEAD_TITLES[title_key]) for title in titles)
            elif head_word == "leader":
                fits = any(title.endswith(_LEADER_TITLES) for title in titles)
            elif head_word == "diplomat":
                fits = any(title.endswith(_DIPLOMAT_TITLES) for title in titles)
            else:
                fits = any(_ends_with_title(title, title_key) for title in titles)
            if fits and past in self._past_modifiers(draft, i):
                candidates.append(draft)
        if len(candidates) != 1:
            return
        draft = candidates[0]
        end = i + 1
        mention = self._mention(start, end)
        mention.description = True
        draft.mentions.append(mention)
        draft.last_token = max(draft.last_token, i)
        self._own(draft, range(start, end))
        self.person_mentions.append((i, draft))

    def _unnamed_before(self, i: int) -> bool:
        """Whether someone unnamed with the same noun came shortly before ``i``.

        "A senior minister told the ABC that ... . 'People are scared,' the minister said":
        the minister of "a senior minister", one the text does not name, not the Prime
        Minister named earlier. Only within the two sentences before and this one.
        """
        first = self._sentence_bounds(i)[0]
        for _ in range(2):
            if first == 0:
                break
            first = self._sentence_bounds(first - 1)[0]
        word = self.lower[i]
        for j in range(first, i):
            if self.lower[j] != word or j in self.token_owner or self.pos[j] != "NOUN":
                continue
            token = self.tokens[j]
            if token.dep_ == "pobj" and token.head.head.pos_ == "NOUN":
                continue  # "the first visit by an Indian prime minister": anyone, no one met
            if any(
                child.dep_ in ("det", "nummod") and child.lower_ in ("a", "an", "one", "another")
                for child in token.children
            ) and not any(child.dep_ == "appos" for child in token.children):
                return True
        return False

    def _past_modifiers(self, draft: _Draft, before: int) -> set[str]:
        """Past modifiers of a person's titles, as written before ``before``.

        In a title ("former president") or before the title phrase in front of a name
        ("Former U.S. President Donald Trump"), the country's words in between.
        """
        found = {
            _past_key(word)
            for title in draft.titles
            for word in title.lower().replace("-", " ").split()[:1]
            if word in _PAST_MODIFIERS
        }
        if draft.past:
            found.add("former")  # "X, who served as CFO,": the former CFO
        described = set(draft.described_by)
        for mention in draft.mentions:
            if mention.pronoun or mention.description or mention.start >= before:
                continue
            j = mention.start - 1
            while j >= 0 and (
                j in described or self.lower[j] in _TITLE_FILLERS or self._country_word(j)
            ):
                j -= 1
            if j >= 0 and j < mention.start - 1 and self.lower[j] in _PAST_MODIFIERS:
                found.add(_past_key(self.lower[j]))
        return found

    def _leader_kinds(self, token: Token) -> list[str]:
        """Return the lower-case words before "leader" that say what it leads.

        "spiritual" of "the Tibetan spiritual leader", "opposition" of "the opposition
        leader": adjectives and nouns hung on the head, written in lower case, without the
        words of a country, an age ("the 71-year-old leader") or of time and rank ("the new
        leader", "the top leader").
        """
        return [
            child.lower_
            for child in token.lefts
            if child.dep_ in ("amod", "compound", "nmod")
            and child.is_alpha
            and child.is_lower
            and child.lower_ not in _PLAIN_LEADER_WORDS
            and not any(word.like_num for word in child.subtree)
            and not self._country_word(child.i)
        ]

    def _country_word(self, i: int) -> bool:
        """Whether token ``i`` is a word of a country's name or demonym ("U.S.", "Brazilian")."""
        entity = self.entity_at.get(i)
        if entity is not None:
            return self._country_of_range(entity[0], entity[1]) is not None
        return self._is_capitalised(i) and self._country_match(self.words[i]) is not None

    def _name_set_off(self, i: int) -> _Draft | None:
        """Return the person named between commas right after token ``i``, if one is.

        The title may have its complement first: "Haiti's ambassador to the UN, Jean-Robert
        Baptiste,", "the Ambassador of the Republic of Korea to the Kingdom, Choi Byung-hyuk".
        """
        if i + 1 < len(self.lower) and self.lower[i + 1] in _TITLE_COMPLEMENTS:
            comma = next(
                (
                    j
                    for j in range(i + 2, min(i + 12, len(self.lower)))
                    if self.lower[j] == "," or self.pos[j] in ("VERB", "AUX")
                ),
                None,
            )
            if comma is None or self.lower[comma] != ",":
                return None
            i = comma - 1
        if i + 2 >= len(self.lower) or self.lower[i + 1] != ",":
            return None
        first = i + 2
        while first in self.title_tokens and first + 1 < len(self.lower):
            first += 1  # "Sheikh Tamim bin Hamad Al Thani": a title before the name
        named = self.token_owner.get(first)
        if named is None or named.kind is not ActorKind.PERSON:
            return None
        end = first
        while end < len(self.lower) and self.token_owner.get(end) is named:
            end += 1
        closing = end < len(self.lower) and self.lower[end] in (",", ".", ";")
        listed = end + 1 < len(self.lower) and self.lower[end + 1] in ("and", "or")
        return named if closing and not listed else None

    def _refer(self, token: Token, title_start: int, start: int, country: str | None) -> None:
        """Attach the description ``[start, token]`` to the person it refers to, or make one."""
        i = token.i
        head_word = self.lower[i]
        # "the pontiff" is "Pope Francis": a title's other word, as the lexicon spells it out
        title_key = self._full_title(" ".join(self.lower[title_start : i + 1]))
        candidates: list[_Draft] = []
        # "his Russian counterpart, Sergei Lavrov,": the name in apposition.
        for child in token.rights:
            named = self.token_owner.get(child.i)
            if child.dep_ == "appos" and named is not None and named.kind is ActorKind.PERSON:
                named.country = named.country or country
                candidates.append(named)
        # "Qatar's emir, Sheikh Tamim bin Hamad Al Thani, on Sunday": the name set off by
        # commas, which the parser did not make the apposition (not one of a list)
        if not candidates:
            named = self._name_set_off(i)
            if named is not None:
                named.country = named.country or country
                candidates.append(named)
        # "The Emir of Qatar, Sheikh Tamim ...": the name set off after the description
        # holds its office, which a later "the Emir" refers to
        set_off = len(candidates) == 1
        # "his Turkish counterpart Hakan Fidan": the name right after it, with no comma.
        following = self.token_owner.get(i + 1)
        if not candidates and following is not None and following.kind is ActorKind.PERSON:
            following.country = following.country or country
            candidates.append(following)
        if not candidates and self._unnamed_before(i):
            return  # "A senior minister told the ABC ... '...,' the minister said": that one
        later: list[_Draft] = []
        # "the OpenAI chief": an organisation before the title says whose
        employer: _Draft | None = None
        j = start - 1
        while employer is None and j >= 0 and start - j <= 3:
            owner = self.token_owner.get(j)
            if owner is None:
                break  # "the", or another word: no organisation right before the title
            if owner.kind is ActorKind.ORGANIZATION:
                employer = owner
            j -= 1
        if employer is None:
            # "the chief executive of Thames Vale Water": the organisation after the title
            employer = next(
                (
                    owner
                    for prep in token.rights
                    if prep.dep_ == "prep" and prep.lower_ == "of"
                    for body in prep.children
                    if body.dep_ == "pobj"
                    for owner in (self.token_owner.get(body.i),)
                    if owner is not None and owner.kind is ActorKind.ORGANIZATION
                ),
                None,
            )
        for draft in () if candidates else self.persons:
            if not draft.mentions:
                continue
            # A counterpart may be named anywhere in the doc; others before the description,
            # or after it when nobody before fits ("the governor denied it ... Gov. Ruiz").
            named_later = min(mention.start for mention in draft.mentions) > i
            if (
                named_later
                and country is None  # "the Chinese president": one of its nation, anywhere
                and head_word != "counterpart"
                and self._sentence(i) > 1  # a lead's may be named anywhere after it
                and self._sentence(min(m.start for m in draft.mentions))
                > max(self._sentence(i) + 2, self._lead_after_headline(i))
            ):
                # "The minister replied ... . (paragraphs on) Treasury minister James Okonjo
                # later told ...": one named far after it is another, not the one meant
                continue
            # "WADA president Witold Banka said ... . The Polish official added": one with a
            # title, of its country or none, who spoke in the sentence before, the only
            # person named there
            just_before = (
                head_word == _ANY_OFFICE
                and country is not None
                and not named_later
                and draft.country in (None, country)
                and bool(draft.titles)
                and any(
                    self._sentence(m.start) == self._sentence(i) - 1
                    and not m.pronoun
                    and self._speaks(m.start, m.end)
                    for m in draft.mentions
                )
                and not any(
                    other is not draft and self._named_in(other, self._sentence(i) - 1)
                    for other in self.persons
                )
            )
            # "Greenland's premier said ... Premier Jens-Frederik Nielsen met ...": one named
            # first in the two sentences after it, with no country, may be of the description's
            if (
                country is not None
                and draft.country != country
                and not just_before
                and not (
                    named_later
                    and draft.country is None
                    and head_word != "counterpart"
                    and self._sentence(min(m.start for m in draft.mentions))
                    <= max(self._sentence(i) + 2, self._lead_after_headline(i))
                )
            ):
                continue
            titles = [self._full_title(title) for title in draft.titles]
            if _peer_name(draft.key):
                titles.append(draft.key[0])  # "The Prince of Wales said ... the prince added"
            if head_word == "counterpart":
                fits = country is not None
            elif title_key in _HEAD_TITLES:
                fits = any(title.endswith(_HEAD_TITLES[title_key]) for title in titles)
            elif head_word == "leader":
                fits = any(title.endswith(_LEADER_TITLES) for title in titles)
                if fits and named_later:
                    # "the Tibetan spiritual leader has lived ... President Vladimir Putin":
                    # one named after it is that leader only by a title with its kind
                    fits = all(
                        any(kind in title for title in titles) for kind in self._leader_kinds(token)
                    )
            elif head_word == "diplomat":
                fits = any(title.endswith(_DIPLOMAT_TITLES) for title in titles)
            elif head_word == "boss":
                fits = any(title.endswith(_BOSS_TITLES) for title in titles)
            else:
                fits = any(_ends_with_title(title, title_key) for title in titles) or just_before
            if employer is not None:
                if draft.affiliation is not None and draft.affiliation is not employer:
                    continue  # another organisation's
                # "OpenAI Chief Executive Sam Altman ... the OpenAI chief"
                written = [title.lower() for title in draft.titles]
                employed = draft.affiliation is employer or any(
                    employer.name.lower() in title for title in written
                )
                fits = fits or (employed and any(head_word in title.split() for title in written))
                if named_later and not employed:
                    continue  # "the chief executive of X ... Y's chief executive, Okafor"
            if not fits:
                continue
            if named_later and head_word != "counterpart":
                if draft not in later:
                    later.append(draft)
            elif draft not in candidates:
                candidates.append(draft)
        if not candidates and len(later) == 1:
            candidates = later
            later[0].country = later[0].country or country
        if not candidates and not later and head_word != "counterpart":
            candidates = self._identified_later(i, country)
        if not candidates and not later and employer is None and title_key in _LEADER_TITLES:
            candidates = self._leader_of_a_country_before(i, country)
        end = i + 1
        if len(candidates) == 1:
            draft = candidates[0]
            if head_word == _ANY_OFFICE:
                draft.country = draft.country or country  # "The Polish official": Banka's
            elif set_off and head_word not in _GENERIC_HEADS:
                title_chars = self._chars(title_start, i + 1)
                draft.add_title(self.text[title_chars[0] : title_chars[1]])
        elif not candidates and country is not None:
            name = self.text[self.tokens[start].idx : self._chars(start, end)[1]]
            draft = self._new_draft(ActorKind.PERSON, name, tuple(self.lower[start:end]))
            draft.country = country
            if head_word not in _GENERIC_HEADS:
                title_chars = self._chars(title_start, end)
                draft.add_title(self.text[title_chars[0] : title_chars[1]])
                draft.gender = self._title_gender(title_start, end)
            self.persons.append(draft)
        else:
            return
        mention = self._mention(start, end)
        mention.description = True  # not a name: no entity of its own
        draft.mentions.append(mention)
        draft.last_token = max(draft.last_token, i)
        self._own(draft, range(start, end))
        self.person_mentions.append((i, draft))
