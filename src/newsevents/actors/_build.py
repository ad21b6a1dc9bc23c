"""The last step: actors with their ids, the tokens that refer to them, the final entities.

Drops the countries that are only ever a modifier or a topic, gives officials with no
country of their own the country a foreign visitor visits in the story, numbers the actors
in order of first mention (``a1``, ``a2``, ...) and relabels the entities the actors show
to be something else.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Mapping
from typing import Any

import attrs

from newsevents._doctext import credit_spans
from newsevents._words import HYPHENS, TOPIC_PREPOSITIONS
from newsevents.actors._doc import _MODIFIER_DEPS, _DocState, _Draft, _Mention
from newsevents.model import Actor, ActorKind, Span
from newsevents.paragraphs import dateline_credits, paragraph_starts

# Prepositions of what a country is talked about in: "talks about Iran". Not "on", which
# also names whom one turns to ("called on Iran to release them").
_TOPIC_PREPOSITIONS = TOPIC_PREPOSITIONS - {"on"}
_VISIT_WORDS = frozenset({"visit", "visits", "visited", "visiting", "trip", "tour", "toured"})


@attrs.frozen
class ActorAnnotations:
    """Everything the actors component writes on a ``Doc``.

    ``actors`` are the actors in order of first mention; ``token_actors`` maps token
    indices to actor ids (the tokens of every mention, and of the title phrase around a
    person's name); ``entities`` are the repaired entities as ``(start, end, label)`` token
    ranges, every entity of the doc, in order.
    """

    actors: tuple[Actor, ...]
    token_actors: Mapping[int, str]
    entities: tuple[tuple[int, int, str], ...]


class _Assembly(_DocState):
    """Turn the drafts of a doc into :class:`ActorAnnotations`."""

    def _is_participant(self, mention: _Mention) -> bool:
        """Whether a country mention takes part, rather than modify a noun or be a topic."""
        if mention.start_char in self.pair_starts:
            return True  # "US-China talks"
        token = self.tokens[self._head(mention.start, mention.end)]
        if token.dep_ in _MODIFIER_DEPS:
            return False
        end = mention.end
        if (
            end + 1 < len(self.tokens)
            and self.lower[end] in HYPHENS
            and not self.tokens[end - 1].whitespace_
            and not self.tokens[end].whitespace_
            and self.tokens[end + 1].tag_ in ("VBN", "VBD")
        ):
            return False  # "the Iran-backed militia", "a China-made drone": a modifier
        return not (token.dep_ == "pobj" and token.head.lower_ in _TOPIC_PREPOSITIONS)

    def _only_names_things(self, draft: _Draft) -> bool:
        """Whether an institution's one-word name only ever modifies a plural of things.

        "Treasury yields were little changed": securities, not the Treasury; "Treasury
        officials" are people of it, and keep it.
        """
        if (
            draft.kind is not ActorKind.ORGANIZATION
            or len(draft.key) != 1
            or draft.key[0] not in self.lexicon.institutions
        ):
            return False
        for mention in draft.mentions:
            token = self.tokens[mention.end - 1]
            noun = token.head
            if (
                mention.end - mention.start != 1
                or token.dep_ != "compound"
                or noun.i != token.i + 1
                or noun.tag_ != "NNS"
                or self._people_word(noun)
            ):
                return False
        return True

    def _host_country(self) -> tuple[str | None, set[int], list[int]]:
        """Return the country a foreign visitor visits in the story, the visitors, the visits.

        "Kerry's visit to China", "Kerry visited China": a visit by a person whose country
        is known to be another one, not one asked about or supposed ("whether Kerry would
        visit Japan"). None unless exactly one country is visited so. The visits are the
        character offsets of their words.
        """
        doc = self.tokens
        hosts: set[str] = set()
        visitors: set[int] = set()
        visits: list[int] = []
        for i, word in enumerate(self.lower):
            if word not in _VISIT_WORDS:
                continue
            token = doc[i]
            if any(
                child.dep_ == "mark" and child.lower_ in ("whether", "if")
                for child in token.children
            ):
                continue  # "Asked whether Marsh would visit Israel": a visit asked about
            visitor: _Draft | None = None
            host: _Draft | None = None
            for child in token.children:
                if child.dep_ in ("poss", "nsubj"):
                    visitor = self.token_owner.get(child.i)
                elif child.dep_ == "dobj":
                    host = self.token_owner.get(child.i)
                elif child.dep_ == "prep" and child.lower_ in ("to", "in"):
                    objects = list(child.children)
                    if objects and objects[0].dep_ == "pobj":
                        host = self.token_owner.get(objects[0].i)
            if (
                visitor is not None
                and visitor.kind is ActorKind.PERSON
                and host is not None
                and host.kind is ActorKind.COUNTRY
                and visitor.country not in (None, host.country)
                and host.country is not None
            ):
                hosts.add(host.country)
                visitors.add(id(visitor))
                visits.append(token.idx)
        return (hosts.pop() if len(hosts) == 1 else None), visitors, visits

    def _finish(self) -> ActorAnnotations:
        self._drop_credits()
        # A country that is only ever a modifier or a topic ("the Iran nuclear talks",
        # "disputes over Taiwan") is not an actor of the story.
        drafts = [
            draft
            for draft in self.drafts
            if draft.mentions
            and (
                draft.kind is not ActorKind.COUNTRY
                or any(self._is_participant(mention) for mention in draft.mentions)
            )
            and not self._only_names_things(draft)
        ]
        # Officials whose nationality goes without saying ("Premier Li Qiang" in a story of
        # Kerry's visit to China) belong to the country a foreign visitor visits; not
        # those who speak for an organisation, nor those told of far from the visit.
        host, visitors, visits = self._host_country()
        if host is not None:
            # Officials told of in a paragraph of the visit or of a visitor ("Premier Li Qiang
            # met Kerry"); not a prime minister in paragraphs on another capital.
            starts = list(paragraph_starts(self.text))
            near = {bisect_right(starts, offset) for offset in visits} | {
                bisect_right(starts, mention.start_char)
                for draft in drafts
                if id(draft) in visitors
                for mention in draft.mentions
            }
            for draft in drafts:
                if (
                    draft.kind is ActorKind.PERSON
                    and draft.titles
                    and draft.country is None
                    and draft.affiliation is None
                    and id(draft) not in visitors
                    and any(bisect_right(starts, m.start_char) in near for m in draft.mentions)
                ):
                    draft.country = host
        for draft in drafts:
            if draft.kind is ActorKind.PERSON and draft.country is None:
                draft.country = self._relatives_country(draft)
        for draft in drafts:
            draft.mentions.sort(key=lambda mention: mention.start)
        drafts.sort(key=lambda draft: draft.mentions[0].start)
        ids = {id(draft): f"a{number}" for number, draft in enumerate(drafts, start=1)}
        token_actors: dict[int, str] = {}
        for draft in drafts:
            for i in draft.described_by:
                if i not in self.token_owner:
                    token_actors[i] = ids[id(draft)]
        for i, draft in self.token_owner.items():
            if id(draft) in ids:
                token_actors[i] = ids[id(draft)]
        actors = []
        for draft in drafts:
            affiliation = draft.affiliation
            if draft.kind is ActorKind.GROUP and affiliation is None and draft.country:
                affiliation = self.countries_by_code.get(draft.country)
            # Typed Any: mypy cannot solve the generic converter of these fields.
            mentions: Any = tuple(
                Span(
                    start=mention.start_char,
                    end=mention.end_char,
                    text=self.text[mention.start_char : mention.end_char],
                )
                for mention in draft.mentions
            )
            titles: Any = tuple(draft.titles)
            actors.append(
                Actor(
                    id=ids[id(draft)],
                    kind=draft.kind,
                    name=draft.name,
                    mentions=mentions,
                    titles=titles,
                    country=draft.country,
                    affiliation=ids.get(id(affiliation)) if affiliation is not None else None,
                )
            )
        return ActorAnnotations(
            actors=tuple(actors),
            token_actors=token_actors,
            entities=tuple(self._final_entities()),
        )

    def _relatives_country(self, draft: _Draft) -> str | None:
        """Return the country of the relative a person's name is set after, if any.

        "Kim's sister, Kim Yo Jong,", "the leader's wife Jane Doe": a family word owned by a
        person of the story, right before a mention of the name (after a comma or not),
        gives the person that relative's country.
        """
        lower = self.lower
        for mention in draft.mentions:
            if mention.pronoun or mention.description:
                continue
            kin = mention.start - 1 - (mention.start > 0 and lower[mention.start - 1] == ",")
            if kin < 2 or self.lexicon.kinship_nouns.isdisjoint({lower[kin]}):
                continue
            if not self._is_possessive(kin - 1):
                continue
            relative = self.token_owner.get(kin - 2)
            if (
                relative is not None
                and relative is not draft
                and relative.kind is ActorKind.PERSON
                and relative.country is not None
            ):
                return relative.country
        return None

    def _drop_credits(self) -> None:
        """Forget the mentions in the byline, credit lines and datelines: who wrote the story."""
        datelines = [
            (start, end)
            for start, end in dateline_credits(self.text)
            # an agency written again in the story is in it ("LONDON (Reuters) - Reuters
            # Editor-in-Chief Alessandra Galloni said"), where the model may not tag it
            if len(re.findall(rf"\b{re.escape(self.text[start:end])}\b", self.text)) == 1
        ]
        credits = credit_spans(self.text) + datelines
        if not credits:
            return

        def credited(offset: int) -> bool:
            return any(start <= offset < end for start, end in credits)

        def in_dateline(offset: int) -> bool:
            return any(start <= offset < end for start, end in datelines)

        for draft in self.drafts:
            # "(AP) — ... told The Associated Press": the agency the story names in full
            # keeps its dateline's short name
            named = any(
                not credited(m.start_char) and not m.pronoun and not m.description
                for m in draft.mentions
            )
            draft.mentions = [
                m
                for m in draft.mentions
                if not credited(m.start_char) or (named and in_dateline(m.start_char))
            ]
        for i in [i for i in self.token_owner if credited(self.tokens[i].idx)]:
            del self.token_owner[i]

    def _final_entities(self) -> list[tuple[int, int, str]]:
        """Return the repaired entities, relabelled where the actors say otherwise.

        Short names spaCy missed or mislabelled become persons, "US" tagged as an
        organisation becomes a place name (GPE), an agency tagged as a place an organisation.
        """
        labels = {
            ActorKind.PERSON: "PERSON",
            ActorKind.ORGANIZATION: "ORG",
            ActorKind.COUNTRY: "GPE",
        }
        relabel: dict[tuple[int, int], str] = {}
        for draft in self.drafts:
            label = labels.get(draft.kind)
            if label is not None:
                for mention in draft.mentions:
                    if not mention.pronoun and not mention.description:
                        relabel[(mention.start, mention.end)] = label
        entities = [
            (start, end, relabel.get((start, end), label)) for start, end, label in self.entities
        ]
        taken = {i for start, end, _ in self.entities for i in range(start, end)}
        for (start, end), label in sorted(relabel.items()):
            # A token may be in one entity only: a mention inside another ("II" of
            # "Abdullah II") adds none.
            if label == "PERSON" and taken.isdisjoint(range(start, end)):
                entities.append((start, end, "PERSON"))
                taken.update(range(start, end))
        entities.sort()
        return entities
