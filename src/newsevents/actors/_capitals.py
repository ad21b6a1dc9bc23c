"""Capitals that stand for their governments.

A capital that is the subject of a reporting verb ("Moscow blamed Kyiv for the attack"),
of a meeting verb ("Washington and Beijing met") or of a participant's support verb with a
meeting noun ("Seoul and Tokyo held talks") speaks or meets for its government, and so does
one that welcomes a thing, not a guest ("Beijing welcomed the decision"): it is a
mention of its country's actor (made if the article names the country nowhere else). So is
a capital joined by "and" to such a subject ("Russia and Kyiv met"). A capital anywhere
else is a place: "talks in Moscow", "flew to Washington", "Tehran hosted the talks".
"""

from __future__ import annotations

from spacy.tokens import Token

from newsevents.actors._doc import _Draft
from newsevents.actors._organizations import _Organizations
from newsevents.model import ActorKind
from newsevents.places import listed_city, place_country

# The British prime minister's office by its house number, as news writes it: "No 10 said",
# "Number 10 declined to comment"; like "Downing Street", it speaks for that office.
_NUMBERED_SEATS = {("no", "10"): "GBR", ("no.", "10"): "GBR", ("number", "10"): "GBR"}

# Labels of a capital's name used for someone else ("Denzel Washington", "Moscow Times").
_OTHER_LABELS = frozenset({"PERSON", "ORG", "NORP", "WORK_OF_ART", "PRODUCT", "EVENT"})


class _Capitals(_Organizations):
    """Make capitals acting as governments mentions of their country actors."""

    def _find_capitals(self) -> None:
        capitals = self.roles.capitals
        if not capitals:
            return
        tokens = self.tokens
        for token in (tokens[i] for i, pos in enumerate(self.pos) if pos == "PROPN"):
            if token.i in self.token_owner:
                continue
            if token.dep_ == "compound" and token.head.pos_ == "PROPN":
                continue  # "New" in "New Delhi": the name's head decides
            first = min((c.i for c in token.lefts if c.dep_ == "compound"), default=token.i)
            name = self.doc[first : token.i + 1]
            code = capitals.get(" ".join(name.text.split()).casefold())
            if code is None and first == token.i and self._seat_acts(token):
                self._organization(token.i, token.i + 1)  # "The Elysee welcomed the result"
                continue
            seat = self._seat_country(first, token) if code is None else None
            if seat is not None:
                # "Buckingham Palace says", "Downing Street said": the office in it speaks
                draft = self._organization(first, token.i + 1)
                if draft.country is None:
                    draft.country = seat
                continue
            if code is None or name.text.isupper():
                continue  # not a capital, or a dateline ("MOSCOW —") or headline word
            if any(self._other_label(i) for i in range(first, token.i + 1)):
                continue
            if any(i in self.token_owner for i in range(first, token.i + 1)):
                continue
            if self._acts_as_party(token):
                self._add_country(first, token.i + 1, code)
        self._find_numbered_seats()

    def _find_numbered_seats(self) -> None:
        """Make "No 10 said", "Number 10 declined to comment" the office of GBR that speaks.

        The word "No" or "Number", capitalised, and the house number, outside any other
        actor, as the subject of a party's verb; "talks at No 10" stays a place, and "the
        No 10 seed" or "ranked No 10" is no office.
        """
        tokens = self.tokens
        office: _Draft | None = None
        for i in range(len(tokens) - 1):
            seat = _NUMBERED_SEATS.get((self.lower[i], self.words[i + 1]))
            if seat is None or not tokens[i].text[:1].isupper():
                continue
            if i in self.token_owner or i + 1 in self.token_owner:
                continue
            head = tokens[i + 1] if tokens[i + 1].head.i != i else tokens[i]
            if i > 0 and tokens[i - 1].pos_ in ("DET", "NOUN", "PROPN", "ADJ", "NUM"):
                continue  # "The world No 10 said": a ranking, not the office
            if any(c.i != i for c in head.lefts) or not self._acts_as_party(head):
                continue
            if office is None:
                # the same office as "Downing Street" when the text names it so
                office = next((d for d in self.drafts if d.name == "Downing Street"), None)
            if office is None:
                office = self._organization(i, i + 2)
                office.country = office.country or seat
            else:
                office.mentions.append(self._mention(i, i + 2))
                self._own(office, range(i, i + 2))

    def _seat_acts(self, token: Token) -> bool:
        """Whether a seat of power the model took for a place speaks for its office.

        One capitalised word of the lexicon's ``institutions`` ("the Elysee", "the Vatican")
        after "the", outside any other actor, that acts as a capital would ("The Elysee
        welcomed the result"); tagged as an organisation, it is one already.
        """
        i = token.i
        return (
            self.lower[i] in self.lexicon.institutions
            and token.text[:1].isupper()
            and not token.is_upper
            and i > 0
            and self.lower[i - 1] == "the"
            and not self._other_label(i)
            and self._acts_as_party(token)
        )

    def _seat_country(self, first: int, token: Token) -> str | None:
        """Return the country of a seat of power of several words that speaks for its office.

        A name of the places lexicon that is no city ("Downing Street", "Buckingham
        Palace": the model tags it as a building or not at all), outside any other actor,
        that acts as a capital would ("Downing Street said ..."); a seat anywhere else
        ("talks at Downing Street") stays a place.
        """
        if first == token.i or not token.text[:1].isupper() or token.is_upper:
            return None
        if any(i in self.token_owner for i in range(first, token.i + 1)):
            return None
        if any(self.entity_at.get(i, (0, 0, "FAC"))[2] != "FAC" for i in range(first, token.i + 1)):
            return None  # "Abu Dhabi", "New York": a city, tagged as a place
        name = " ".join(self.doc[first : token.i + 1].text.split())
        if not listed_city(name) or not self._acts_as_party(token):
            return None
        return place_country(name)

    def _other_label(self, i: int) -> bool:
        """Whether token ``i`` is tagged as a name that is no place."""
        entity = self.entity_at.get(i)
        return entity is not None and entity[2] in _OTHER_LABELS

    def _acts_as_party(self, token: Token) -> bool:
        """Whether ``token`` is, or is joined by "and" to, the subject of a party's verb."""
        subject = token
        while subject.dep_ == "conj" and subject.head.i != subject.i:
            subject = subject.head
        if subject is not token and not self._is_state(subject):
            return False  # "Putin and Moscow" may be a man and a city; keep to states
        if subject.dep_ != "nsubj":
            return False
        verb = subject.head
        if verb.pos_ not in ("VERB", "AUX"):
            return False
        lemma = verb.lemma_.lower()
        if lemma in self.roles.party_verbs:
            return True
        if lemma == "welcome":  # "welcomed the decision" speaks; "welcomed the leaders" hosts
            objects = [child for child in verb.children if child.dep_ in ("dobj", "obj")]
            return bool(objects) and not any(self._may_be_guest(child) for child in objects)
        if lemma in self.roles.participant_support_verbs:
            return any(
                child.dep_ in ("dobj", "obj") and child.lemma_.lower() in self.roles.meeting_nouns
                for child in verb.children
            )
        return False

    def _may_be_guest(self, token: Token) -> bool:
        """Whether the object ``token`` of "welcome" may be someone welcomed as a guest."""
        if token.pos_ in ("PROPN", "PRON") or token.i in self.token_owner:
            return True
        if token.i in self.entity_at or any(c.i in self.token_owner for c in token.subtree):
            return True
        people = self.roles.person_nouns
        return token.lemma_.lower() in people or token.lower_ in people or self._people_word(token)

    def _is_state(self, token: Token) -> bool:
        """Whether ``token`` names a country or a capital (the first of joined subjects)."""
        owner = self.token_owner.get(token.i)
        if owner is not None:
            return owner.kind is ActorKind.COUNTRY
        first = min((c.i for c in token.lefts if c.dep_ == "compound"), default=token.i)
        return " ".join(self.doc[first : token.i + 1].text.split()).casefold() in (
            self.roles.capitals
        )
