"""The state of the work on one doc, and the helpers that every step of it uses.

:class:`_DocState` holds what the steps find on one doc: the repaired entities, the actors
being assembled (each a :class:`_Draft` with its mentions), which token belongs to which
actor. Each step is a subclass that adds the methods of its concern (entity repairs,
titles, persons, organisations, groups, pronouns, assembly), and ``_DocActors`` in
:mod:`newsevents.actors._extractor` combines them and runs the steps in order.
"""

from __future__ import annotations

import functools
from collections.abc import Collection, Iterable, Sequence
from typing import TYPE_CHECKING

import attrs
import numpy as np
from spacy.attrs import HEAD, LOWER, ORTH, POS
from spacy.tokens import Doc, Token

from newsevents._doctext import doc_text, heading_end
from newsevents._syntax import SUBJECT_DEPS, is_caption
from newsevents._words import WORD_DASHES
from newsevents.model import ActorKind
from newsevents.paragraphs import dateline_end, paragraph_starts

# What ends the place of a dateline: "ALBANY, N.Y. (AP) —", "SAN JOSE (AP) —", "OSLO —".
_DATELINE_PLACE_ENDS = (",", "(", " \u2014", " \u2013", " -")

if TYPE_CHECKING:
    from newsevents.actors._extractor import ActorExtractor

_MODIFIER_DEPS = frozenset({"amod", "compound", "nmod"})
_POSSESSIVE_ENDINGS = ("'s", "’s", "'S", "’S", "'", "’")


@attrs.define
class _Mention:
    """A mention found in a doc, before actors get their ids."""

    start: int  # token range
    end: int
    start_char: int
    end_char: int
    pronoun: bool = False
    description: bool = False  # "the Turkish president": a mention, but no name


@attrs.define
class _Draft:
    """An actor being assembled from its mentions."""

    kind: ActorKind
    name: str
    key: tuple[str, ...]
    mentions: list[_Mention] = attrs.Factory(list)
    titles: list[str] = attrs.Factory(list)
    country: str | None = None
    affiliation: _Draft | None = None
    gender: str | None = None
    last_token: int = -1
    # Tokens of title phrases that refer to this actor too (not mentions of it).
    described_by: list[int] = attrs.Factory(list)
    # Whether a title was said to be held in the past ("X, who served as CFO,").
    past: bool = False

    def add_title(self, title: str) -> None:
        if title.lower() not in (known.lower() for known in self.titles):
            self.titles.append(title)


@attrs.define
class _Description:
    """What the words around a name say about it: titles, country, affiliation, gender."""

    titles: list[tuple[int, int]] = attrs.Factory(list)  # token ranges
    country: str | None = None
    affiliation: tuple[int, int] | None = None  # token range of an organisation's entity
    gender: str | None = None
    tokens: list[int] = attrs.Factory(list)  # tokens of the phrase, for token_actors
    past: bool = False  # the title was held in the past ("who served as CFO")
    # A modifier of the first title written before its owner ("Former U.S. President").
    title_modifier: int | None = None
    # A plural title over a list of names, said of each in the singular ("NASA astronauts
    # Butch Wilmore and Suni Williams"): its token, and the singular.
    plural: tuple[int, str] | None = None


# Names of the part-of-speech values met so far (``doc.vocab.strings`` is slower to ask).
_POS_NAMES: dict[int, str] = {}


def _pos_names(doc: Doc) -> list[str]:
    """Return ``[token.pos_ for token in doc]``, from one array instead of a ``Token`` each.

    >>> from spacy.vocab import Vocab
    >>> _pos_names(Doc(Vocab(), words=["Kerry", "spoke", "."], pos=["PROPN", "VERB", "PUNCT"]))
    ['PROPN', 'VERB', 'PUNCT']
    >>> _pos_names(Doc(Vocab(), words=["untagged"]))
    ['']
    """
    if not len(doc):
        return []
    names = _POS_NAMES
    strings = doc.vocab.strings
    found = []
    for value in doc.to_array(POS).tolist():
        name = names.get(value)
        if name is None:
            name = names[value] = strings[value] if value else ""
        found.append(name)
    return found


def _date_before_subject(tokens: list[Token], start: int, end: int) -> int:
    """Return where a date the model ran on over a comma onto a verb's subject ends.

    "[In September, Musk] said": the date ends at its comma, where the subject of a verb
    after the date begins ("Monday, March 3" goes on: no subject there).
    """
    for comma in range(start + 1, end - 1):
        if tokens[comma].text != ",":
            continue
        if any(
            tokens[i].dep_ in SUBJECT_DEPS and not start <= tokens[i].head.i < end
            for i in range(comma + 1, end)
        ):
            return comma
    return end


def _trimmed_entities(
    tokens: list[Token], entities: Sequence[tuple[int, int, str]]
) -> tuple[tuple[int, int, str], ...]:
    """Return the doc's entities as token ranges, without the edges the model put in them.

    Whitespace and punctuation at either end of an entity are no part of a name: the
    paragraph break after "[Fla.]", the comma of "[the Center for Media] ,", the colon of
    "[Big Harbor Op] :". A closing bracket or quote stays when the entity opens it
    ("[Islamic State (IS)]"); an entity that opens a quote after "the" and closes none
    starts after the quote ('the "[Harbor Front]" group'). The full stop of an
    abbreviation is a part of its token ("Fla.", "U.S."), so it stays; a full stop that is
    a token of its own ends the sentence, not the name, unless it is glued to a word inside
    the sentence ("Sr.,"). A name the model ends on "of" takes the number after it
    ("Group of 20"). A lower-case adverb the model ends a name on belongs to the verb
    ("China's [foreign ministry later] said"). A person's name the model ends on a hyphen
    glued to a capitalised word goes on with it ("[Bilawal Bhutto-]Zardari",
    "[Francois-]Philippe Champagne").
    """
    found: list[tuple[int, int, str]] = []
    taken = 0  # where the last name, with a number it took, ends
    for start, end, label in entities:
        if start < taken:
            continue  # the number a name before it took
        while start < end and _loose_edge(tokens[start]):
            start += 1
        if (
            end - start > 2
            and tokens[start].lower_ == "the"
            and tokens[start + 1].is_punct
            and not any(tokens[i].is_punct for i in range(start + 2, end))
        ):
            start += 2  # 'the "Islamic State': a quote opened and not closed in the entity
        if (
            label == "PERSON"
            and end - start >= 2
            and end < len(tokens)
            and not tokens[end].ent_type_
            and tokens[end - 1].text == "-"
            and not tokens[end - 2].whitespace_
            and not tokens[end - 1].whitespace_
            and tokens[end].is_alpha
            and tokens[end].is_title
            and tokens[end].pos_ == "PROPN"
            and not tokens[end].is_stop
            and not tokens[end].like_num
        ):
            # "[Bilawal Bhutto-]Zardari", "[Francois-]Philippe Champagne": the model stopped
            # inside the name, which goes on over the names after the hyphen
            end += 1
            while (
                end < len(tokens)
                and end - start < 6
                and tokens[end - 1].whitespace_ == " "
                and tokens[end].pos_ == "PROPN"
                and tokens[end].is_title
                and tokens[end].is_alpha
                and not tokens[end].ent_type_
            ):
                end += 1
        if label in ("DATE", "TIME"):
            end = _date_before_subject(tokens, start, end)
        while end > start and _loose_edge(tokens[end - 1]):
            if _abbreviation_stop(tokens, start, end - 1):
                break
            openers = _OPENERS.get(tokens[end - 1].text)
            if openers is not None and any(
                tokens[i].text in openers for i in range(start, end - 1)
            ):
                break
            end -= 1
        while (
            label in _NAME_LABELS
            and end - start > 1
            and tokens[end - 1].pos_ == "ADV"
            and tokens[end - 1].is_lower
            and not start <= tokens[end - 1].head.i < end
        ):
            end -= 1  # "China's [foreign ministry later] said": the adverb is the verb's
        if (
            end + 1 < len(tokens)
            and tokens[end - 1].lower_ == "group"
            and tokens[end].lower_ == "of"
            and tokens[end + 1].like_num
        ):
            end += 1  # "the [Group] of 20 major economies": "of" first, the number below
        if (
            start < end < len(tokens)
            and end - start >= 2
            and tokens[end - 1].lower_ == "of"
            and tokens[end].like_num
            and (
                # "[the Group of] [20 ended two days]": whatever the model made the number
                tokens[end - 2].lower_ == "group"
                or (
                    tokens[end].ent_type_ in ("", "CARDINAL")
                    and tokens[end].ent_iob_ != "I"
                    and (end + 1 == len(tokens) or tokens[end + 1].ent_iob_ != "I")
                )
            )
        ):
            end += 1  # "[the Group of] 20": the model leaves the number out of the name
            taken = end
        if start < end:
            found.append((start, end, label))
    return tuple(found)


# Labels of the model's entities that name someone or somewhere (not a date or number).
_NAME_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"})


def _abbreviation_stop(tokens: list[Token], start: int, i: int) -> bool:
    """Whether the "." token ``i`` is the stop of an abbreviation the tokenizer split off.

    "Tyrone Harris Sr.," gives "Sr", ".", ",": a stop glued to the word before it, inside
    the sentence, is no full stop.
    """
    return (
        tokens[i].text == "."
        and i > start
        and tokens[i - 1].whitespace_ == ""
        and tokens[i - 1].is_alpha
        and not _ends_sentence(tokens, i)
    )


def _ends_sentence(tokens: list[Token], i: int) -> bool:
    """Whether token ``i`` is the last one of its sentence or of its paragraph."""
    after = i + 1
    if after == len(tokens):
        return True
    token = tokens[after]
    return bool(token.is_sent_start) or (token.is_space and "\n" in token.text)


def _loose_edge(token: Token) -> bool:
    """Whether a token at the edge of an entity is whitespace or punctuation, not a word."""
    return token.is_space or token.is_punct


# Closing brackets and quotes, each with the marks that open it.
_OPENERS = {")": "(", "]": "[", '"': '"', "\u201d": '\u201c"', "\u2019": "\u2018'", "'": "'"}


class _DocState:
    """What the steps find on one doc, and the helpers they share (token ranges, sentences)."""

    def __init__(self, extractor: ActorExtractor, doc: Doc) -> None:
        self.lexicon = extractor.titles
        self.countries = extractor.countries
        self._country_match = extractor._country_match  # countries.lookup, remembered
        self.roles = extractor.roles
        self.doc = doc
        self.text: str = doc_text(doc)
        self.heading_end = heading_end(self.text)  # 0 when the text has no headline
        # One Token object per position, made once: steps iterate this, not the doc.
        self.tokens: list[Token] = list(doc)
        # Read from the doc's array: ``token.text`` and ``token.lower_`` cost more on every
        # token, and the steps read the words of the same tokens again and again.
        strings = doc.vocab.strings
        # Column by column: ``tolist`` of the two-column array makes a list for every token.
        rows = doc.to_array([ORTH, LOWER])
        self.words: list[str] = [strings[orth] for orth in rows[:, 0].tolist()]  # ``token.text``
        self.lower: list[str] = [strings[lower] for lower in rows[:, 1].tolist()]
        # Each token's coarse part of speech (``token.pos_``), read from the doc at once.
        self.pos: list[str] = _pos_names(doc)
        # Each token's syntactic head (``token.head.i``), read from the doc at once: the
        # heads are stored as offsets, in an unsigned array, read here as signed.
        offsets = doc.to_array(HEAD).astype(np.int64)
        self.heads: list[int] = (offsets + np.arange(len(offsets))).tolist()
        # The model's entities, read once: ``doc.ents`` makes a new ``Span`` for each one.
        self.model_entities = tuple((ent.start, ent.end, ent.label_) for ent in doc.ents)
        self.original = _trimmed_entities(self.tokens, self.model_entities)
        # The surnames of the persons the model tagged in two words or more ("Vance" of
        # "Eleanor Vance"), whose kin may be named with them.
        self.tagged_surnames = frozenset(
            self.lower[end - 1]
            for start, end, label in self.original
            if label == "PERSON" and end - start >= 2
        )
        self.entities: list[tuple[int, int, str]] = []
        self.entity_at: dict[int, tuple[int, int, str]] = {}  # every token of an entity
        self.drafts: list[_Draft] = []
        self.token_owner: dict[int, _Draft] = {}
        self.persons: list[_Draft] = []
        self.person_index: dict[tuple[str, ...], list[_Draft]] = {}  # full name and its ends
        self.person_names: dict[tuple[str, ...], list[_Draft]] = {}  # full names only
        self.countries_by_code: dict[str, _Draft] = {}
        self.organizations: dict[str, _Draft] = {}
        # State bodies of the same name by country: "Israel's" and "Lebanon's Health Ministry".
        self.state_bodies: dict[tuple[str, str], _Draft] = {}
        self.groups: dict[str, _Draft] = {}
        # Bare bodies ("the army") told before one of them speaks or is spoken to, by noun.
        self.bare_bodies: dict[str, list[tuple[int, int]]] = {}
        # Start offsets of country mentions that are parties to "US-China talks".
        self.pair_starts: set[int] = set()
        self.person_mentions: list[tuple[int, _Draft]] = []  # (head token, actor)
        self.title_tokens: set[int] = set()
        # Plural titles over a list of names ("astronauts X and Y"): no group of their own.
        self.list_titles: set[int] = set()
        self.caption_tokens: set[int] = set()  # "FILE -" before a photo caption
        self.initials: dict[str, _Draft] = {}  # "iaea" -> International Atomic Energy Agency
        self._person_name_ends: set[tuple[str, ...]] | None = None
        self._entity_starts: dict[int, int] | None = None  # the model's entities by start
        self._whole_names: set[str] | None = None  # the texts of the model's entities
        self._sentence_of: list[int] | None = None
        self._bounds: list[tuple[int, int]] = []
        self._country_cache: dict[tuple[int, int], str | None] = {}
        self._known_place_cache: dict[tuple[int, int], bool] = {}  # listed places, by range
        self._name_like_cache: dict[tuple[int, int], bool] = {}  # ``_name_like``, by range
        # ``_a_product`` by the name's lower-case words and the original case of its last
        self._product_names: dict[tuple[tuple[str, ...], str], bool] = {}
        # ``_nouns_modified_by``, by the name's lower-case words
        self._modified_nouns: dict[tuple[str, ...], frozenset[str]] = {}
        self._law_acronyms: dict[str, bool] = {}  # ``_spells_law``, by acronym
        self._chars_cache: dict[tuple[int, int], tuple[int, int]] = {}
        self._name_words_cache: dict[tuple[int, int], tuple[str, ...]] = {}
        self._dateline_places: list[tuple[int, int]] | None = None  # character ranges

    @functools.cached_property
    def _positions(self) -> dict[str, list[int]]:
        """Where each lower-case word stands in the doc, in text order (indexed once).

        The rules that look for the words of a lexicon ("the", first names, titles) read
        their few places here instead of testing every token of the doc.
        """
        found: dict[str, list[int]] = {}
        for i, word in enumerate(self.lower):
            at = found.get(word)
            if at is None:
                found[word] = [i]
            else:
                at.append(i)
        return found

    def _positions_of(self, words: Collection[str]) -> list[int]:
        """Return, in text order, every token whose lower-case form is one of ``words``."""
        positions = self._positions
        # The doc's few distinct words tested against the lexicon, not the other way round.
        present = [word for word in positions if word in words]
        if len(present) == 1:
            return list(positions[present[0]])
        return sorted(i for word in present for i in positions[word])

    @functools.cached_property
    def _capitalised_at(self) -> list[int]:
        """Every token whose first character is a capital (``_is_capitalised``), in text order."""
        return [i for i, word in enumerate(self.words) if word[:1].isupper()]

    @functools.cached_property
    def _original_tokens(self) -> frozenset[int]:
        """Every token that lies inside an entity of the model."""
        return frozenset(i for start, end, _ in self.original for i in range(start, end))

    @functools.cached_property
    def _original_by_words(self) -> dict[tuple[str, ...], list[tuple[int, int, str]]]:
        """The model's entities by their lower-case words, each list in text order."""
        found: dict[tuple[str, ...], list[tuple[int, int, str]]] = {}
        for entity in self.original:
            found.setdefault(tuple(self.lower[entity[0] : entity[1]]), []).append(entity)
        return found

    @functools.cached_property
    def _original_persons_by_word(self) -> dict[str, list[tuple[int, int]]]:
        """The model's persons ``(start, end)`` by each of their lower-case words, in text order."""
        found: dict[str, list[tuple[int, int]]] = {}
        for start, end, label in self.original:
            if label == "PERSON":
                for word in set(self.lower[start:end]):
                    found.setdefault(word, []).append((start, end))
        return found

    @functools.cached_property
    def _original_by_bare_words(self) -> dict[tuple[str, ...], list[tuple[int, int]]]:
        """The model's entities by their lower-case words after a leading "the".

        Each entity is given as ``(first, end)``, ``first`` the token after "the" when it
        opens the entity; each list is in text order.
        """
        lower = self.lower
        found: dict[tuple[str, ...], list[tuple[int, int]]] = {}
        for start, end, _ in self.original:
            first = start + (lower[start] == "the")
            found.setdefault(tuple(lower[first:end]), []).append((first, end))
        return found

    def _chars(self, start: int, end: int) -> tuple[int, int]:
        """Character offsets of tokens ``[start, end)``, without a possessive ending."""
        known = self._chars_cache.get((start, end))
        if known is not None:
            return known
        tokens = self.tokens
        start_char = tokens[start].idx
        last = tokens[end - 1]
        text = last.text
        end_char = last.idx + len(text)
        if (end - start > 1 or len(text) > 2) and text.endswith(_POSSESSIVE_ENDINGS):
            for ending in _POSSESSIVE_ENDINGS:
                if text.endswith(ending) and len(text) > len(ending):
                    end_char -= len(ending)
                    break
        elif self._full_stop_after_letter(end - 1):
            end_char -= 1  # "on X." at a sentence's end: the name is "X"
        self._chars_cache[(start, end)] = (start_char, end_char)
        return start_char, end_char

    def _full_stop_after_letter(self, i: int) -> bool:
        """Whether token ``i`` is one capital letter and the full stop of its sentence.

        The tokenizer keeps the stop with a lone letter, as with an initial ("John F.
        Kennedy"), an abbreviation keeps its stop ("Fla.", "U.S."); but a letter that is
        the last word before the sentence ends ("he wrote on X.", "Napoleon I.") is a name
        or a numeral whose stop ends the sentence.
        """
        text = self.words[i]
        if len(text) != 2 or text[1] != "." or not text[0].isupper():
            return False
        return _ends_sentence(self.tokens, i)

    def _mention(self, start: int, end: int, *, pronoun: bool = False) -> _Mention:
        start_char, end_char = self._chars(start, end)
        return _Mention(start, end, start_char, end_char, pronoun)

    def _style_end(self, i: int) -> int:
        """Return where a style of address after the pronoun at ``i`` ends, else ``i + 1``.

        "His Royal Highness", "Her Majesty": the style stands for the person "his" or "her"
        refers to.
        """
        if self.lower[i] not in ("his", "her", "their", "your"):
            return i + 1
        for size in (2, 1):
            end = i + 1 + size
            if end <= len(self.lower) and "".join(self.lower[i + 1 : end]) in self.lexicon.styles:
                return end
        return i + 1

    def _is_possessive(self, i: int) -> bool:
        return self.tokens[i].tag_ == "POS" or self.lower[i] in _POSSESSIVE_ENDINGS

    def _lower_case(self, start: int, end: int) -> bool:
        """Whether tokens ``[start, end)`` are written in lower case (not part of a name)."""
        return all(self.words[i].islower() for i in range(start, end))

    def _acronym_in_brackets(self, i: int) -> int | None:
        """Where an acronym in brackets that opens at token ``i`` ends ("(PSOE)"), or None."""
        lower = self.lower
        if (
            i + 2 < len(lower)
            and lower[i] == "("
            and lower[i + 2] == ")"
            and self.words[i + 1].isalpha()
            and self.words[i + 1].isupper()
            and 2 <= len(self.words[i + 1]) <= 6
        ):
            return i + 3
        return None

    def _people_word(self, token: Token) -> bool:
        """Whether a noun's lemma or form is a title, a group noun or a person noun."""
        lexicon = self.lexicon
        return any(
            word in lexicon.titles or word in lexicon.group_nouns or word in lexicon.person_nouns
            for word in (token.lemma_.lower(), token.lower_)
        )

    def _shouted(self, i: int) -> bool:
        """Whether word ``i`` stands next to a word in capitals, as in a shouted headline.

        "WHO WILL PAY": no acronym, whatever its letters spell.
        """
        doc = self.tokens
        return any(
            doc[j].text.isalpha() and doc[j].text.isupper() and len(doc[j].text) > 1
            for j in (i - 1, i + 1)
            if 0 <= j < len(doc)
        )

    def _is_capitalised(self, i: int) -> bool:
        text: str = self.words[i]
        return text[:1].isupper()

    def _is_caption(self, number: int) -> bool:
        """Whether sentence ``number`` is a photo caption (see :func:`is_caption`)."""
        if number < 0:
            return False
        self._sentence(0)
        start, end = self._bounds[number]
        return is_caption(self.doc[start:end])

    def _sentence(self, i: int) -> int:
        """Return the number of the sentence of token ``i`` (indexed once per doc)."""
        if self._sentence_of is None:
            sentence_of = [0] * len(self.doc)
            for number, sentence in enumerate(self.doc.sents):
                sentence_of[sentence.start : sentence.end] = [number] * len(sentence)
                self._bounds.append((sentence.start, sentence.end))
            self._sentence_of = sentence_of
        return self._sentence_of[i]

    def _sentence_bounds(self, i: int) -> tuple[int, int]:
        return self._bounds[self._sentence(i)]

    def _head(self, start: int, end: int) -> int:
        """Return the token of ``[start, end)`` whose syntactic head lies outside it."""
        heads = self.heads
        for i in range(end - 1, start - 1, -1):
            head = heads[i]
            if head < start or head >= end or head == i:
                return i
        return end - 1

    def _country_of_range(self, start: int, end: int) -> str | None:
        if (start, end) not in self._country_cache:
            text = self.text[self.tokens[start].idx : self._chars(start, end)[1]]
            match = self._country_match(text)
            self._country_cache[(start, end)] = match.code if match is not None else None
        return self._country_cache[(start, end)]

    def _in_dateline_place(self, start: int, end: int) -> bool:
        """Whether ``[start, end)`` lies in the place that starts a paragraph's dateline.

        The place runs to the dateline's first comma, parenthesis or dash ("ALBANY" of
        "ALBANY, N.Y. (AP) —").
        """
        if self._dateline_places is None:
            places: list[tuple[int, int]] = []
            for paragraph in paragraph_starts(self.text):
                body = dateline_end(self.text, paragraph)
                if body is None:
                    continue
                head = self.text[paragraph:body]
                stops = [head.find(mark) for mark in _DATELINE_PLACE_ENDS]
                cut = min((stop for stop in stops if stop >= 0), default=len(head))
                places.append((paragraph, paragraph + cut))
            self._dateline_places = places
        if not self._dateline_places:
            return False  # (most texts have no dateline: no offsets to read)
        first, last = self.tokens[start].idx, self.tokens[end - 1].idx + len(self.tokens[end - 1])
        return any(low <= first and last <= high for low, high in self._dateline_places)

    def _own(self, draft: _Draft, tokens: Iterable[int]) -> None:
        for i in tokens:
            self.token_owner[i] = draft

    def _new_draft(self, kind: ActorKind, name: str, key: tuple[str, ...]) -> _Draft:
        draft = _Draft(kind=kind, name=name, key=key)
        self.drafts.append(draft)
        return draft

    def _name_words(self, start: int, end: int) -> tuple[str, ...]:
        """Return the words that key a name: lower case, "U.N." as "un" ("UN" = "U.N.")."""
        # The steps ask for the words of the same ranges many times over.
        known = self._name_words_cache.get((start, end))
        if known is not None:
            return known
        words = tuple(
            _undotted(word)
            for word in self.lower[start:end]
            if word not in _POSSESSIVE_ENDINGS and word not in (".", "-", "[", "]")
        )
        if (
            words
            and len(words[-1]) == 2
            and words[-1] not in ("jr", "sr")  # "Ferdinand Marcos Jr." ending a sentence
            and self._full_stop_after_letter(end - 1)
        ):
            words = (*words[:-1], words[-1][0])  # "X." ending a sentence is the name "X"
        self._name_words_cache[(start, end)] = words
        return words

    def _glued(self, i: int) -> bool:
        """Whether token ``i`` continues a hyphenated word ("state-of-the-art")."""
        before, token = self.tokens[i - 1], self.tokens[i]
        return (
            before.whitespace_ == ""
            and (before.is_alpha or before.text in WORD_DASHES)
            and (token.is_alpha or token.text in WORD_DASHES)
        )


def _undotted(word: str) -> str:
    """Return an abbreviation written with full stops without them: "u.n." -> "un".

    >>> _undotted("u.s."), _undotted("j.d."), _undotted("st."), _undotted("mr")
    ('us', 'jd', 'st.', 'mr')
    """
    if word.count(".") < 2:
        return word
    letters = word.replace(".", "")
    return letters if letters.isalpha() and len(letters) <= 4 else word
