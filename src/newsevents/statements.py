"""The ``newsevents_statements`` component: who said what, to whom, and how.

:func:`extract_statements` reads a parsed spaCy ``Doc`` and returns :class:`Statement` objects:
the speaker (an actor id, through ``token._.newsevents_actor``, so pronouns and short names
resolved by the actors component count), the speaker as written, the cue ("said", "expressed
optimism", "called on", "according to"), the content (one or more spans) and whether it is
quoted (``direct``), paraphrased (``indirect``) or both (``mixed``).

Cues come from a lexicon (``newsevents/data/cues.json``, see :class:`CueLexicon`): reporting
verbs with the complements that carry what was said, verb phrases, nouns that take a
that-clause, and "according to". Direct quotations come from :func:`newsevents.quotes.find_quotes`
and are attached to the cue that frames them (``"...," he said``, ``he said: "..."``), split
around it, or, when a quotation stands alone after a statement, to that statement's speaker.

>>> from newsevents import load_pipeline
>>> nlp = load_pipeline()
>>> doc = nlp("“We will win,” Kerry said, adding that the talks were useful.")
>>> [(s.cue.text, s.speaker_mention.text, s.kind.value) for s in extract_statements(doc)]
[('said', 'Kerry', 'direct'), ('adding', 'Kerry', 'indirect')]
"""

from __future__ import annotations

import bisect
import os
import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from functools import cache
from typing import Any, overload

import attrs
from spacy.attrs import IDX, LEMMA, LOWER
from spacy.language import Language
from spacy.strings import hash_string  # type: ignore[attr-defined]
from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from newsevents.errors import InputError
from newsevents.extensions import (
    DOC_ACTORS,
    DOC_MEETINGS,
    DOC_STATEMENTS,
    DOC_TOPICS,
    TOKEN_ACTOR,
    register_extensions,
)
from newsevents.lexicons import load_lexicon
from newsevents.model import Span, SpeechAct, Statement, StatementKind
from newsevents.quotes import Quote, find_quotes
from newsevents.serialize import converter

__all__ = [
    "CueLexicon",
    "PhraseCue",
    "StatementsComponent",
    "VerbCue",
    "extract_statements",
    "make_statements_component",
]

#: What a cue's complements may be (the ``takes`` of a lexicon entry).
TAKES = frozenset({"quote", "clause", "object", "infinitive", "addressee", "about", "naming"})
# Verbs under which a cue reports nothing: "declined to say whether ...".
_WITHHOLDING = frozenset({"decline", "refuse", "fail", "avoid"})
# Prepositions that carry the content of an attitude phrase ("expressed doubt about ...").
_ATTITUDE_PREPOSITIONS = frozenset(
    {"about", "over", "at", "regarding", "on", "for", "with", "in", "of", "concerning"}
)
_SENTENCE_END = frozenset({".", "!", "?"})
_BLANK_LINE = re.compile(r"\n[ \t\r\f\v]*\n")
_RELATIVE_PRONOUNS = frozenset({"who", "which", "that", "whom"})
_FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP"})
_ENTITY_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP"})
# Verbs that report someone else's words: "was quoted as saying", "citing X as saying".
_QUOTING_VERBS = frozenset({"quote", "cite"})
# The longest stretch, in tokens, between a quotation and the cue that frames it.
_FRAME_LIMIT = 40
# Verbs that say a noun cue came out: "reports emerged that ...".
_EMERGING = frozenset({"emerge", "surface", "circulate", "persist", "spread", "swirl", "mount"})
# Entities that never speak: "April 7, 2017 - Syria decried ..." parsed with the date as subject.
_NOT_SPEAKERS = frozenset({"DATE", "TIME", "PERCENT", "MONEY", "QUANTITY"})
# Courtesy titles that are part of how a name is written ("Mr. Putin").
_HONORIFICS = frozenset({"mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "miss"})
_NEGATIONS = frozenset({"not", "no", "never", "n't", "hardly"})


# -- the lexicon --------------------------------------------------------------------------------


@attrs.frozen(kw_only=True)
class VerbCue:
    """A reporting verb: its speech act, and the complements that carry the content."""

    act: SpeechAct
    takes: frozenset[str]
    about: frozenset[str] = frozenset()
    # Objects that make the verb something else: "claimed the lives of", "denied entry".
    not_objects: frozenset[str] = frozenset()


@attrs.frozen(kw_only=True)
class PhraseCue:
    """A verb with a particle ("called on") or an attitude noun as object ("expressed doubt")."""

    verb: str
    act: SpeechAct
    particle: str | None = None
    objects: frozenset[str] = frozenset()
    requires: str | None = None
    takes: frozenset[str] = frozenset({"clause", "about", "infinitive"})
    about: frozenset[str] = _ATTITUDE_PREPOSITIONS
    # The object is what was said and the verb alone is the cue ("reiterated its commitment").
    object_is_content: bool = False


@attrs.frozen(kw_only=True)
class CueLexicon:
    """The speech cues: verbs, verb phrases, nouns and prepositions (read from ``cues.json``).

    >>> lexicon = CueLexicon.load()
    >>> lexicon.verbs["say"].act.value
    'assert'
    >>> CueLexicon.from_data({"verbs": {"say": {"act": "shout", "takes": []}}}, source="x.json")
    Traceback (most recent call last):
    ...
    newsevents.errors.InputError: x.json: $.verbs.say.act: unknown speech act 'shout' ...
    """

    verbs: Mapping[str, VerbCue]
    phrases: Mapping[str, tuple[PhraseCue, ...]]
    nouns: Mapping[str, SpeechAct]
    prepositions: Mapping[tuple[str, ...], SpeechAct]
    settings: frozenset[str] = frozenset()
    not_sources: frozenset[str] = frozenset()
    #: Words that make a naming cue praise or criticism: "called the deal a breakthrough".
    evaluations: Mapping[str, SpeechAct] = attrs.field(factory=dict)
    # Hashes of the words that may start a cue, to pick candidates without making Tokens.
    _lemma_ids: frozenset[int] = attrs.field(init=False, eq=False, repr=False)
    #: Regular inflections of the cue verbs ("hoped", "urges") -> the verb.
    verb_forms: Mapping[str, str] = attrs.field(init=False, eq=False, repr=False)
    _lower_ids: frozenset[int] = attrs.field(init=False, eq=False, repr=False)
    _setting_ids: frozenset[int] = attrs.field(init=False, eq=False, repr=False)

    def __attrs_post_init__(self) -> None:
        lemmas = {*self.verbs, *self.phrases, *self.nouns}
        object.__setattr__(self, "_lemma_ids", frozenset(hash_string(w) for w in lemmas))
        # Regular forms of the verbs, for words the lemmatizer gets wrong ("hoped" -> "hop").
        forms = {
            form: verb
            for verb in sorted({*self.verbs, *self.phrases})
            for form in _regular_forms(verb)
            if form not in lemmas
        }
        object.__setattr__(self, "verb_forms", forms)
        starts = {words[0] for words in self.prepositions if words}
        object.__setattr__(self, "_lower_ids", frozenset(hash_string(w) for w in {*starts, *forms}))
        heads = {setting.split()[-1] for setting in self.settings if setting.split()}
        object.__setattr__(self, "_setting_ids", frozenset(hash_string(w) for w in heads))

    @classmethod
    def load(cls, path: str | os.PathLike[str] | None = None) -> CueLexicon:
        """Return the shipped lexicon (parsed once per process), or the one in the file ``path``."""
        if path is None:
            return _shipped_lexicon()
        return cls.from_data(load_lexicon("cues", path), source=os.fspath(path))

    @classmethod
    def from_data(cls, data: Any, *, source: str = "cues") -> CueLexicon:
        """Build a lexicon from parsed JSON, naming the file and JSON path of any mistake."""
        return _LexiconReader(source).read(data)


class _LexiconReader:
    """Checks a cue lexicon's JSON and turns it into a :class:`CueLexicon`."""

    def __init__(self, source: str) -> None:
        self.source = source

    def fail(self, path: str, message: str) -> InputError:
        return InputError(f"{self.source}: {path}: {message}")

    def mapping(self, value: Any, path: str) -> Mapping[str, Any]:
        if not isinstance(value, Mapping):
            raise self.fail(path, f"expected an object, got {type(value).__name__}")
        return value

    def words(self, value: Any, path: str) -> list[str]:
        if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
            raise self.fail(path, "expected a list of non-empty strings")
        return [v.lower() for v in value]

    def act(self, value: Any, path: str) -> SpeechAct:
        try:
            return SpeechAct(value)
        except ValueError:
            known = ", ".join(act.value for act in SpeechAct)
            raise self.fail(path, f"unknown speech act {value!r} (known: {known})") from None

    def takes(self, value: Any, path: str) -> frozenset[str]:
        takes = frozenset(self.words(value, path))
        unknown = takes - TAKES
        if unknown:
            raise self.fail(
                path,
                f"unknown complement {sorted(unknown)[0]!r} (known: {', '.join(sorted(TAKES))})",
            )
        return takes

    def read(self, data: Any) -> CueLexicon:
        data = self.mapping(data, "$")
        verbs: dict[str, VerbCue] = {}
        for lemma, entry in self.mapping(data.get("verbs", {}), "$.verbs").items():
            path = f"$.verbs.{lemma}"
            entry = self.mapping(entry, path)
            verbs[lemma.lower()] = VerbCue(
                act=self.act(entry.get("act"), f"{path}.act"),
                takes=self.takes(entry.get("takes", ["quote", "clause"]), f"{path}.takes"),
                about=frozenset(self.words(entry.get("about", []), f"{path}.about")),
                not_objects=frozenset(
                    self.words(entry.get("not_objects", []), f"{path}.not_objects")
                ),
            )
        phrases: dict[str, list[PhraseCue]] = {}
        raw_phrases = data.get("phrases", [])
        if not isinstance(raw_phrases, list):
            raise self.fail("$.phrases", "expected a list")
        for index, entry in enumerate(raw_phrases):
            phrase = self.phrase(self.mapping(entry, f"$.phrases[{index}]"), f"$.phrases[{index}]")
            phrases.setdefault(phrase.verb, []).append(phrase)
        nouns = {
            lemma.lower(): self.act(act, f"$.nouns.{lemma}")
            for lemma, act in self.mapping(data.get("nouns", {}), "$.nouns").items()
        }
        prepositions = {
            tuple(words.lower().split()): self.act(act, f"$.prepositions.{words}")
            for words, act in self.mapping(data.get("prepositions", {}), "$.prepositions").items()
        }
        return CueLexicon(
            verbs=verbs,
            phrases={verb: tuple(found) for verb, found in phrases.items()},
            nouns=nouns,
            prepositions=prepositions,
            settings=frozenset(self.words(data.get("settings", []), "$.settings")),
            not_sources=frozenset(self.words(data.get("not_sources", []), "$.not_sources")),
            evaluations=self.evaluations(data.get("evaluations", {})),
        )

    def evaluations(self, value: Any) -> dict[str, SpeechAct]:
        found: dict[str, SpeechAct] = {}
        for act, words in self.mapping(value, "$.evaluations").items():
            path = f"$.evaluations.{act}"
            speech_act = self.act(act, path)
            for word in self.words(words, path):
                found[word] = speech_act
        return found

    def phrase(self, entry: Mapping[str, Any], path: str) -> PhraseCue:
        verb = entry.get("verb")
        if not isinstance(verb, str) or not verb:
            raise self.fail(f"{path}.verb", "expected a verb lemma")
        particle = entry.get("particle")
        objects = frozenset(self.words(entry.get("objects", []), f"{path}.objects"))
        if (particle is None) == (not objects):
            raise self.fail(path, "a phrase needs either a 'particle' or 'objects', not both")
        if particle is not None and not isinstance(particle, str):
            raise self.fail(f"{path}.particle", "expected a string")
        requires = entry.get("requires")
        if requires is not None and not isinstance(requires, str):
            raise self.fail(f"{path}.requires", "expected a string")
        object_is_content = entry.get("object_is_content", False)
        if not isinstance(object_is_content, bool):
            raise self.fail(f"{path}.object_is_content", "expected true or false")
        defaults = PhraseCue(verb="", act=SpeechAct.ASSERT)
        return PhraseCue(
            verb=verb.lower(),
            act=self.act(entry.get("act"), f"{path}.act"),
            particle=particle.lower() if particle else None,
            objects=objects,
            requires=requires.lower() if requires else None,
            object_is_content=object_is_content,
            takes=(
                self.takes(entry["takes"], f"{path}.takes") if "takes" in entry else defaults.takes
            ),
            about=(
                frozenset(self.words(entry["about"], f"{path}.about"))
                if "about" in entry
                else defaults.about
            ),
        )


def _regular_forms(verb: str) -> set[str]:
    """Return the regular -s, -ed and -ing forms of ``verb`` ("urge": urges, urged, urging).

    >>> sorted(_regular_forms("urge"))
    ['urged', 'urges', 'urging']
    """
    if " " in verb or not verb.isalpha():
        return set()
    stem = verb[:-1] if verb.endswith("e") else verb
    if verb.endswith("y") and len(verb) > 2 and verb[-2] not in "aeiou":
        return {verb[:-1] + "ies", verb[:-1] + "ied", verb + "ing"}
    if re.fullmatch(r".*[^aeiou][aeiou][bdgkmnprt]", verb) and len(verb) <= 6:
        doubled = verb + verb[-1]
        # Stressed last syllable doubles (admit, regret); too short a guess to be sure, so
        # both spellings are listed.
        return {verb + "s", doubled + "ed", doubled + "ing", verb + "ed", verb + "ing"}
    plural = verb + "es" if verb.endswith(("s", "sh", "ch", "x", "z")) else verb + "s"
    return {plural, stem + "ed", stem + "ing"}


@cache
def _shipped_lexicon() -> CueLexicon:
    return CueLexicon.from_data(load_lexicon("cues"), source="cues.json")


# -- drafts -------------------------------------------------------------------------------------


@attrs.define
class _Draft:
    """A statement being put together: token ranges and char spans, resolved at the end."""

    cue: tuple[int, int]  # token range
    act: SpeechAct
    speaker: Token | None = None
    mention: tuple[int, int] | None = None  # token range of the speaker as written
    content: list[tuple[int, int]] = attrs.Factory(list)  # char spans
    takes_quote: bool = False
    addressee: Token | None = None
    on_behalf_of: Token | None = None
    reported_by: Token | None = None
    from_quotes: bool = False  # content so far comes only from quotation marks
    takes_clause: bool = False

    @property
    def head(self) -> int:
        return self.cue[0]

    def end(self) -> int:
        """Return the last character the statement covers (to find floating quotations)."""
        return max([end for _, end in self.content], default=0)


def _token_range(tokens: Iterable[Token]) -> tuple[int, int]:
    items = list(tokens)
    return min(t.i for t in items), max(t.i for t in items) + 1


def _subtree_range(token: Token) -> tuple[int, int]:
    return token.left_edge.i, token.right_edge.i + 1


# -- the extractor ------------------------------------------------------------------------------


class _Extractor:
    """One pass over one document."""

    def __init__(self, doc: Doc, lexicon: CueLexicon, text: str) -> None:
        self.doc = doc
        self.tokens = _Tokens(doc)
        # One array pass instead of a Token per word: most words are never looked at.
        self.rows: list[list[int]] = doc.to_array([LEMMA, LOWER, IDX]).tolist()
        self.token_starts = [row[2] for row in self.rows]
        self.lexicon = lexicon
        self.text = text
        # As in find_quotes: paragraphs end at blank lines, or at line breaks in texts without.
        self.blank_lines = _BLANK_LINE.search(text) is not None
        # A quotation never closed within its paragraph is more often a stray mark than speech.
        self.quotes = [q for q in find_quotes(self.text) if q.closed or len(q.parts) > 1]
        self.quote_ends = [quote.end for quote in self.quotes]
        self.quote_of = self._quote_of_tokens()
        self.drafts: dict[int, _Draft] = {}  # cue head token -> draft
        self.mentions = sorted(_actor_mentions(doc))
        self.mention_starts = [start for start, _, _ in self.mentions]
        # (end, number) of every statement with a speaker; a statement that grows is noted
        # again, and quotations come in text order, so the last end before one is current.
        self.said_ends: list[tuple[int, int]] = []
        self.said_by_end: list[_Draft] = []

    # -- quotations -----------------------------------------------------------------------------

    def _quote_of_tokens(self) -> list[int]:
        """For each token, the index of the quotation it lies in, or -1."""
        parts = sorted(
            (start, end, index)
            for index, quote in enumerate(self.quotes)
            for start, end in quote.parts
        )
        result = [-1] * len(self.token_starts)
        cursor = 0
        for index, start in enumerate(self.token_starts):
            while cursor < len(parts) and parts[cursor][1] <= start:
                cursor += 1
            if cursor < len(parts) and parts[cursor][0] <= start < parts[cursor][1]:
                result[index] = parts[cursor][2]
        return result

    def _in_quote(self, token: Token) -> bool:
        return self.quote_of[token.i] >= 0

    def _quote_tokens(self, quote: Quote) -> tuple[int, int] | None:
        span = self.doc.char_span(quote.start, quote.end, alignment_mode="expand")
        if span is None or len(span) == 0:
            return None
        return span.start, span.end

    # -- main -----------------------------------------------------------------------------------

    def run(self) -> list[_Draft]:
        according: list[tuple[Token, Token | None, SpeechAct]] = []
        lemma_ids, lower_ids = self.lexicon._lemma_ids, self.lexicon._lower_ids
        for index, (lemma, lower, _) in enumerate(self.rows):
            if self.quote_of[index] >= 0 or not (lemma in lemma_ids or lower in lower_ids):
                continue
            token = self.tokens[index]
            draft: _Draft | None = None
            if token.pos_ == "VERB" or token.tag_.startswith("VB"):
                draft = self._verb_cue(token)
            if draft is None and token.pos_ in ("NOUN", "PROPN"):
                draft = self._noun_cue(token)
            if draft is not None:
                self.drafts[draft.head] = draft
                continue
            act = self._preposition_cue(token)
            if act is not None:
                according.append((token, self._preposition_object(token), act))
        self._attach_quotes()
        for draft in self.drafts.values():
            if not draft.content and draft.takes_clause:
                spans = self._inverted_content(self.tokens[draft.head])
                draft.content = [self._chars(span) for span in spans]
        for token, reporter, act in according:
            self._according(token, reporter, act)
        found = [draft for draft in self.drafts.values() if draft.content]
        self._cut_asides(found)
        for draft in found:
            if draft.act is SpeechAct.ASSERT and draft.head >= 0:
                draft.act = self._evaluation(draft) or draft.act
        return sorted(self._without_repeats(found), key=lambda d: d.cue)

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
                if outer is not inner:
                    self._cut(outer, first, last.idx + len(last.text))

    def _cut(self, draft: _Draft, start: int, end: int) -> None:
        """Remove the characters ``[start, end)`` from inside the draft's non-quoted content."""
        spans = []
        for a, b in draft.content:
            if a < start < b and not self._quoted(a, b):
                spans.append((a, self._trim_chars(a, start)))
                if end < b:
                    spans.append((self._trim_chars(end, b, left=True), b))
            else:
                spans.append((a, b))
        draft.content = [(a, b) for a, b in spans if b > a]

    def _trim_chars(self, start: int, end: int, *, left: bool = False) -> int:
        """Return the end (or, with ``left``, the start) of ``[start, end)`` without commas."""
        text = self.text
        if left:
            while start < end and (text[start].isspace() or text[start] in ",;—–-"):
                start += 1
            return start
        while end > start and (text[end - 1].isspace() or text[end - 1] in ",;—–-"):
            end -= 1
        return end

    def _without_repeats(self, drafts: list[_Draft]) -> list[_Draft]:
        """Drop a statement reported inside the same speaker's: "Kerry said he hoped ..."."""
        by_sentence: dict[int, list[_Draft]] = {}
        for draft in drafts:
            by_sentence.setdefault(self.tokens[draft.head].sent.start, []).append(draft)
        kept = []
        for draft in drafts:
            if draft.speaker is None:
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
                for other in by_sentence[self.tokens[draft.head].sent.start]
            )
            if not repeats:
                kept.append(draft)
        return kept

    def _same_speaker(self, inner: _Draft, outer: _Draft) -> bool:
        if inner.speaker is None or outer.speaker is None:
            return False
        actor = self.speaker_actor(inner)
        if actor is not None:
            return actor == self.speaker_actor(outer)
        return inner.speaker.lower_ in ("he", "she", "they", "we", "i")

    # -- verb cues ------------------------------------------------------------------------------

    def _lemma(self, verb: Token) -> str:
        """Return the verb's lemma, mended from its form when the lemmatizer missed it."""
        lemma = verb.lemma_.lower()
        if lemma in self.lexicon.verbs or lemma in self.lexicon.phrases:
            return lemma
        return self.lexicon.verb_forms.get(verb.lower_, lemma)

    def _verb_cue(self, verb: Token) -> _Draft | None:
        lemma = self._lemma(verb)
        for phrase in self.lexicon.phrases.get(lemma, ()):
            draft = self._phrase_cue(verb, phrase)
            if draft is not None:
                return draft
        entry = self.lexicon.verbs.get(lemma)
        if entry is None or self._withheld(verb):
            return None
        takes = entry.takes
        if entry.not_objects and any(
            c.dep_ == "dobj" and c.lemma_.lower() in entry.not_objects for c in verb.children
        ):
            takes = takes - {"object"}
        draft = _Draft(cue=(verb.i, verb.i + 1), act=entry.act, takes_quote="quote" in takes)
        aside = self._said_to_be(verb) if "clause" in takes else None
        if aside is not None:
            draft.content = [self._chars(span) for span in aside]
            return draft  # said of someone by nobody named
        self._find_speaker(draft, verb)
        self._find_content(draft, verb, takes, entry.about)
        self._find_roles(draft, verb)
        if draft.content and entry.act is SpeechAct.PRAISE and not self._praise_content(verb):
            draft.content = []  # "welcomed Kerry": a host greeting a guest, not a statement
        return draft

    def _said_to_be(self, verb: Token) -> list[tuple[int, int]] | None:
        """Return the noun and infinitive of an aside "Silva, said to be the gang's leader"."""
        if verb.tag_ not in ("VBN", "VBD") or verb.i < 2 or self.tokens[verb.i - 1].text != ",":
            return None
        if any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children):
            return None
        xcomp = next((c for c in verb.children if c.dep_ == "xcomp"), None)
        if xcomp is None or not self._is_infinitive(xcomp, perfect=True):
            return None
        if xcomp.left_edge.i != verb.i + 1:
            return None
        noun = self.tokens[verb.i - 2]
        if noun.pos_ not in ("NOUN", "PROPN"):
            return None
        return [self._noun_phrase(noun), _subtree_range(xcomp)]

    def _withheld(self, verb: Token) -> bool:
        """Whether the cue is negated or declined: "did not say", "declined to comment"."""
        if any(c.dep_ == "neg" for c in verb.children):
            return True
        return verb.dep_ == "xcomp" and verb.head.lemma_.lower() in _WITHHOLDING

    def _praise_content(self, verb: Token) -> bool:
        objects = [c for c in verb.children if c.dep_ in ("dobj", "ccomp")]
        if not objects or objects[0].dep_ == "ccomp":
            return True
        named = objects[0].ent_type_ in _ENTITY_LABELS or self.actor(objects[0]) is not None
        has_reason = any(
            c.dep_ == "prep" and c.i > objects[0].i and c.lower_ in ("for", "as", "over", "on")
            for c in verb.children
        )
        return not named or has_reason

    def _phrase_cue(self, verb: Token, phrase: PhraseCue) -> _Draft | None:
        children = list(verb.children)
        if phrase.particle is not None:
            particle = next(
                (
                    c
                    for c in children
                    if c.i > verb.i and c.lower_ == phrase.particle and c.dep_ in ("prt", "prep")
                ),
                None,
            )
            if particle is None:
                return None
            if phrase.requires and not any(c.lower_ == phrase.requires for c in children):
                return None
            draft = _Draft(cue=(verb.i, particle.i + 1), act=phrase.act)
            self._find_speaker(draft, verb)
            self._particle_content(draft, verb, particle, phrase)
            draft.takes_quote = "quote" in phrase.takes
            return draft
        noun = next(
            (c for c in children if c.dep_ == "dobj" and c.lemma_.lower() in phrase.objects), None
        )
        if noun is None:
            return None
        if phrase.object_is_content:
            draft = _Draft(cue=(verb.i, verb.i + 1), act=phrase.act, takes_quote=True)
            self._find_speaker(draft, verb)
            said = self._extend_participles(verb, self._object_span(verb, noun))
            draft.content = [self._chars(said)]
            self._find_roles(draft, verb)
            return draft
        draft = _Draft(cue=(verb.i, noun.i + 1), act=phrase.act)
        self._find_speaker(draft, verb)
        span = self._noun_complement(noun, phrase.about) or self._complement(
            verb, phrase.takes, phrase.about, after=noun.i
        )
        if span is not None:
            draft.content = [self._chars(self._extend_participles(verb, span))]
        self._find_roles(draft, verb)
        return draft

    def _particle_content(
        self, draft: _Draft, verb: Token, particle: Token, phrase: PhraseCue
    ) -> None:
        target = next((c for c in particle.children if c.dep_ == "pobj"), None)
        if target is None and particle.dep_ == "prt":
            target = next((c for c in verb.children if c.dep_ == "dobj"), None)
        clause = self._clausal(verb, after=particle.i) or (
            self._clausal(target, after=target.i) if target is not None else None
        )
        if target is not None and "addressee" in phrase.takes and clause is not None:
            draft.addressee = target
            draft.content = [self._chars((target.left_edge.i, clause.right_edge.i + 1))]
            return
        if target is not None and phrase.requires:
            # "referred to Kerry as an old friend": said to, or of, Kerry.
            draft.addressee = target
            marker = next(c for c in verb.children if c.lower_ == phrase.requires)
            end = max(marker.right_edge.i, target.right_edge.i) + 1
            draft.content = [self._chars((target.left_edge.i, end))]
            return
        if target is not None and "object" in phrase.takes:
            span = self._extend_participles(verb, self._object_span(verb, target))
            draft.content = [self._chars(span)]
            return
        found = self._complement(verb, phrase.takes, phrase.about, after=particle.i)
        if found is not None:
            draft.content = [self._chars(found)]

    # -- content --------------------------------------------------------------------------------

    def _find_roles(self, draft: _Draft, verb: Token) -> None:
        """Set who a message is from and to: "conveyed a message from Biden to Xi"."""
        for prep in verb.children:
            pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if prep.lower_ == "on" and pobj is not None and pobj.lower_ == "behalf":
                of = next((c for c in pobj.children if c.lower_ == "of"), None)
                whom = next((c for c in of.children if c.dep_ == "pobj"), None) if of else None
                draft.on_behalf_of = draft.on_behalf_of or whom
        if draft.act is not SpeechAct.CONVEY:
            return
        message = next((c for c in verb.children if c.dep_ == "dobj"), None)
        if message is None:
            return
        # The parser hangs "to Xi" on the verb, "message" or "Biden": all mean the same.
        for prep in [*message.subtree, *verb.children]:
            pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if prep.dep_ != "prep" or pobj is None:
                continue
            if prep.lower_ == "from" and draft.on_behalf_of is None:
                draft.on_behalf_of = pobj
            elif prep.lower_ == "to" and draft.addressee is None:
                draft.addressee = pobj

    def _find_content(
        self, draft: _Draft, verb: Token, takes: frozenset[str], about: frozenset[str]
    ) -> None:
        for child in verb.children:
            if child.dep_ in ("dative", "dobj") and "addressee" in takes:
                draft.addressee = child
            if child.dep_ == "prep" and child.lower_ == "to" and "quote" in takes:
                pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
                draft.addressee = draft.addressee or pobj
        passive = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
        xcomp = next((c for c in verb.children if c.dep_ == "xcomp" and c.i > verb.i), None)
        said_of = (
            "clause" in takes
            and passive is not None
            and passive.lower_ != "it"
            and xcomp is not None
            and self._is_infinitive(xcomp, perfect=True)
        )
        if said_of and passive is not None and xcomp is not None:
            # "Iran is said to have developed ...": Iran ... to have developed ...
            draft.content = [
                self._chars(_subtree_range(passive)),
                self._chars(_subtree_range(xcomp)),
            ]
            draft.takes_clause = True
            return
        span = self._complement(verb, takes, about)
        if span is None and "clause" in takes and verb.dep_ == "xcomp":
            # "continues to assert, however, that ...": the clause hangs from the head verb.
            span = self._complement(verb.head, frozenset({"clause"}), about, after=verb.i)
        if span is not None:
            draft.content = [self._chars(span)]
        draft.takes_clause = "clause" in takes

    def _complement(
        self,
        verb: Token,
        takes: frozenset[str],
        about: frozenset[str],
        *,
        after: int = -1,
    ) -> tuple[int, int] | None:
        """Return the token range of what ``verb`` says, by the first complement it takes."""
        children = [c for c in verb.children if c.i > max(after, verb.i)]
        if "clause" in takes:
            clauses = self._clauses(verb, after)
            if clauses:
                start, end = _token_range(t for c in clauses for t in (c.left_edge, c.right_edge))
                if start < verb.i < end:
                    # "the blazes which the government says were started ...": the relative
                    # pronoun opens the clause before the cue; what was said follows it.
                    start = verb.i + 1
                for clause in clauses:
                    aside = self._trailing_participle_cue(clause)
                    if aside is not None and start < aside.i - 1 < end:
                        end = aside.i - 1  # the comma before ", warning ..."
                return start, end
        if "addressee" in takes:
            target = next((c for c in children if c.dep_ in ("dobj", "dative")), None)
            wanted = self._clausal(verb, after=target.i) if target is not None else None
            if target is not None and wanted is not None:
                return target.left_edge.i, wanted.right_edge.i + 1
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
            preps = [c for c in children if c.dep_ == "prep" and c.lower_ in about]
            if preps:
                return self._extend_participles(verb, _subtree_range(preps[0]))
        return None

    def _naming(self, verb: Token, children: Sequence[Token]) -> tuple[int, int] | None:
        """Return "the decision a serious mistake" of "called the decision a serious mistake"."""
        obj = next((c for c in children if c.dep_ == "dobj"), None)
        if obj is None:
            named = self._naming_predicate(verb)
            if named is not None and any(
                c.dep_ == "dobj" and c.i < verb.i and c.tag_ in ("WP", "WDT") for c in verb.children
            ):
                return _subtree_range(named)  # "what he called a witch hunt"
            return None
        for child in (*children, *obj.rights):
            if child.i <= obj.i:
                continue
            as_phrase = child.dep_ == "prep" and child.lower_ == "as"
            predicate = child.dep_ in ("oprd", "npadvmod", "ccomp") and child.pos_ in (
                "NOUN",
                "PROPN",
                "ADJ",
            )
            if as_phrase or predicate:
                return obj.left_edge.i, child.right_edge.i + 1
        return None

    def _naming_predicate(self, verb: Token) -> Token | None:
        """Return what something is called: "a mistake" of "called the decision a mistake"."""
        objects = [c for c in verb.children if c.dep_ == "dobj"] + [
            g
            for c in verb.children
            if c.dep_ == "prep" and c.lower_ != "as"
            for g in c.children
            if g.dep_ == "pobj"
        ]
        first = max([verb.i, *(o.i for o in objects)])
        candidates = [*verb.children, *(t for o in objects for t in o.rights)]
        for child in sorted(candidates, key=lambda t: t.i):
            if child.i <= first:
                continue
            if child.dep_ == "prep" and child.lower_ == "as":
                return child
            if child.dep_ in ("oprd", "npadvmod", "ccomp") and child.pos_ in (
                "NOUN",
                "PROPN",
                "ADJ",
            ):
                return child
        return None

    def _evaluation(self, draft: _Draft) -> SpeechAct | None:
        """Return praise or criticism that a naming cue's predicate carries ("an old friend")."""
        verb = self.tokens[draft.head]
        lemma = self._lemma(verb)
        entry = self.lexicon.verbs.get(lemma)
        naming = (entry is not None and "naming" in entry.takes) or any(
            phrase.requires == "as" for phrase in self.lexicon.phrases.get(lemma, ())
        )
        if not naming:
            return None
        predicate = self._naming_predicate(verb)
        if predicate is None:
            return None
        words = self.tokens[predicate.left_edge.i : predicate.right_edge.i + 1]
        if any(t.lower_ in _NEGATIONS for t in words):
            return None
        acts = {
            self.lexicon.evaluations[t.lemma_.lower()]
            for t in words
            if t.lemma_.lower() in self.lexicon.evaluations
        }
        return acts.pop() if len(acts) == 1 else None

    def _clauses(self, verb: Token, after: int) -> list[Token]:
        """Return the clausal complements on one side of ``verb``: "X, he said" or "he said X"."""
        ccomps = [
            c
            for c in verb.children
            if c.dep_ == "ccomp"
            and (not c.left_edge.i <= verb.i <= c.right_edge.i or self._relative_clause(verb, c))
        ]
        before = [c for c in ccomps if c.i < verb.i and after < 0 and self._ends_clause(c)]
        following = [c for c in ccomps if c.i > max(verb.i, after)]
        if before and following:
            quoted = any(self._in_quote(c) for c in before)
            that = any(self._has_that(c) for c in following)
            return before if quoted or not that else following
        return before or following

    def _relative_clause(self, verb: Token, clause: Token) -> bool:
        """Whether ``clause`` wraps ``verb`` only through a relative pronoun before it."""
        return (
            verb.dep_ == "relcl"
            and clause.i > verb.i
            and all(
                t.tag_ in ("WDT", "WP", "WP$") or t.is_punct
                for t in self.tokens[clause.left_edge.i : verb.i]
                if t.i not in {s.i for s in verb.subtree}
            )
        )

    def _ends_clause(self, clause: Token) -> bool:
        """Whether a clause before its cue is set off by a comma, a dash or a quotation mark."""
        index = clause.right_edge.i
        last = self.tokens[index]
        if last.text in (",", "—", "–", "-", "?", "!"):
            return True
        following = self.tokens[index + 1] if index + 1 < len(self.tokens) else None
        return following is not None and following.text in (",", "—", "–", "-")

    def _clausal(self, head: Token | None, *, after: int) -> Token | None:
        """Return an infinitive or clause after ``after``: "urged nations *to act*"."""
        if head is None:
            return None
        for child in head.children:
            if child.i > after and child.dep_ in ("xcomp", "ccomp", "acl", "advcl", "relcl"):
                if child.dep_ in ("acl", "relcl", "advcl") and not self._is_infinitive(child):
                    continue
                return child
        return None

    @staticmethod
    def _is_infinitive(token: Token, *, perfect: bool = False) -> bool:
        tags = ("VB", "VBN") if perfect else ("VB",)
        return token.tag_ in tags and any(
            c.dep_ == "aux" and c.lower_ == "to" for c in token.children
        )

    def _object_span(self, verb: Token, obj: Token) -> tuple[int, int]:
        """Return the object and what follows it ("the potential ... as a means")."""
        end = obj.right_edge.i + 1
        for child in verb.children:
            if child.i <= obj.i or child.is_punct or child.is_space:
                continue
            if child.dep_ in ("prep", "xcomp", "ccomp", "oprd", "advmod", "npadvmod", "dative"):
                end = max(end, child.right_edge.i + 1)
            else:
                break
        return obj.left_edge.i, end

    def _extend_participles(self, verb: Token, span: tuple[int, int]) -> tuple[int, int]:
        """Add a trailing participle clause that is not itself a cue (", mentioning ...")."""
        start, end = span
        for child in verb.children:
            if (
                child.i >= end
                and child.dep_ == "advcl"
                and child.tag_ == "VBG"
                and not self._is_cue(child)
            ):
                end = max(end, child.right_edge.i + 1)
        return start, end

    def _trailing_participle_cue(self, clause: Token) -> Token | None:
        """Return a cue participle the parser put at the end of a reported clause.

        In "said that X would not accept it, warning Beijing ...", "warning" is the
        speaker's, not part of what was said.
        """
        for child in clause.rights:
            if (
                child.dep_ == "advcl"
                and child.tag_ == "VBG"
                and child.i > 0
                and self.tokens[child.i - 1].text == ","
                and self._is_cue(child)
            ):
                return child
        return None

    def _is_cue(self, verb: Token) -> bool:
        """Whether ``verb`` makes a statement of its own (with content of its own)."""
        lemma = self._lemma(verb)
        if lemma not in self.lexicon.verbs and lemma not in self.lexicon.phrases:
            return False
        draft = self._verb_cue(verb)
        return draft is not None and bool(draft.content)

    def _noun_complement(self, noun: Token, about: frozenset[str]) -> tuple[int, int] | None:
        """Return what an attitude noun is about: a that-clause, infinitive or preposition."""
        for child in noun.children:
            if child.dep_ in ("acl", "ccomp", "relcl") and (
                self._has_that(child) or self._is_infinitive(child)
            ):
                return _subtree_range(child)
        for child in noun.children:
            if child.dep_ == "prep" and child.lower_ in about:
                return _subtree_range(child)
        return None

    @staticmethod
    def _has_that(clause: Token) -> bool:
        return any(
            c.dep_ == "mark" and c.lower_ in ("that", "whether", "if") for c in clause.children
        )

    def _inverted_content(self, verb: Token) -> list[tuple[int, int]]:
        """Return the content around a cue set in it: "X, he said." or "As he noted, X"."""
        if any(c.dep_ in ("ccomp", "dobj", "xcomp") for c in verb.children):
            return []
        as_clause = verb.dep_ == "advcl" and any(
            c.dep_ == "mark" and c.lower_ == "as" for c in verb.children
        )
        if verb.dep_ not in ("parataxis",) and not as_clause:
            return []
        head = verb.head
        if head.i == verb.i or head.pos_ not in ("VERB", "AUX"):
            return []
        own_start, own_end = _subtree_range(verb)
        start, end = _subtree_range(head)
        spans = [(start, own_start), (own_end, end)]
        return [(a, b) for a, b in spans if self._has_words(a, b)]

    def _has_words(self, start: int, end: int) -> bool:
        return any(not (t.is_punct or t.is_space) for t in self.tokens[start:end])

    # -- speakers -------------------------------------------------------------------------------

    def _find_speaker(self, draft: _Draft, verb: Token) -> None:
        subject = self._subject(verb)
        if subject is None or subject.ent_type_ in _NOT_SPEAKERS:
            return
        low, high = sorted((subject.i, verb.i))
        if any(self._paragraph_break(t) for t in self.tokens[low:high]):
            return  # the parser ran over a paragraph break: the speaker is another paragraph's
        draft.speaker = subject
        draft.mention = self._mention(subject, draft.cue)

    def _subject(self, verb: Token, depth: int = 0) -> Token | None:
        if depth > 4:
            return None
        children = list(verb.children)
        subject = next((c for c in children if c.dep_ == "nsubj"), None)
        if subject is not None:
            if (
                verb.dep_ == "relcl"
                and subject.lower_ in _RELATIVE_PRONOUNS
                and verb.head.pos_ in ("NOUN", "PROPN", "PRON")
            ):
                return verb.head
            return subject
        agent = next((c for c in children if c.dep_ == "agent"), None)
        if agent is not None:
            return next((c for c in agent.children if c.dep_ == "pobj"), None)
        quoting = self._quoting_verb(verb)
        if quoting is not None:
            # "Kerry was quoted as saying": the speaker is who was quoted.
            return next(
                (c for c in quoting.children if c.dep_ in ("nsubjpass", "dobj")),
                None,
            )
        if any(c.dep_ in ("nsubjpass", "expl") for c in children):
            return None  # "it is reported that ...": nobody named
        head = verb.head
        if verb.dep_ == "pcomp" and head.dep_ == "prep":
            head = head.head  # "responded by announcing that ..."
        if (
            verb.dep_ == "advcl"
            and verb.tag_ == "VBG"
            and head.dep_ == "ccomp"
            and head.head.lemma_.lower() in self.lexicon.verbs
            and verb.i > 0
            and self.tokens[verb.i - 1].text == ","
        ):
            return self._subject(head.head, depth + 1)  # "said that ..., warning ..."
        inherits = verb.dep_ in ("conj", "xcomp", "dep", "pcomp") or (
            verb.dep_ == "advcl" and (verb.tag_ == "VBG" or self._is_infinitive(verb))
        )
        if inherits and head.i != verb.i and head.pos_ in ("VERB", "AUX"):
            passive = next((c for c in head.children if c.dep_ == "nsubjpass"), None)
            if passive is not None and passive.lower_ not in ("it", "which", "that"):
                return passive  # "could be heard declaring", "was arrested and said"
            inherited = self._subject(head, depth + 1)
            if verb.dep_ == "conj" and head.dep_ == "ccomp" and not self._may_speak(inherited):
                # "Wang said the talks were useful and added that ...": the parser joined
                # "added" to the reported clause; the speaker is the outer cue's.
                outer = head.head
                if outer.i != head.i and outer.lemma_.lower() in self.lexicon.verbs:
                    return self._subject(outer, depth + 1)
            return inherited
        if verb.dep_ == "acl" and verb.tag_ == "VBG" and verb.head.pos_ in ("NOUN", "PROPN"):
            noun = verb.head
            if noun.dep_ == "dobj" and noun.lemma_.lower() in self.lexicon.nouns:
                # "issued a statement saying ...": whoever issued it.
                return self._subject(noun.head, depth + 1)
            return noun
        if verb.tag_ in _FINITE_TAGS:
            return self._inverted_subject(verb) or self._subject_on_the_left(verb)
        return None

    def _inverted_subject(self, verb: Token) -> Token | None:
        """Find the subject after a cue that follows a quotation: '"...," said Holmes, ...'.

        The parser sometimes makes "Holmes" the subject of what comes after it.
        """
        before = verb.i - 1
        while before >= 0 and self.tokens[before].is_space:
            before -= 1
        if before < 0 or not (self.tokens[before].is_punct or self.quote_of[before] >= 0):
            return None
        if verb.i + 1 >= len(self.tokens):
            return None
        noun = self.tokens[verb.i + 1]
        if noun.pos_ not in ("PROPN", "NOUN", "PRON", "DET", "ADJ"):
            return None
        # Climb "Kerry 's spokesman" to "spokesman", staying inside the noun phrase.
        while noun.dep_ in ("compound", "poss", "det", "amod", "case", "flat") and (
            noun.head.i > noun.i and noun.head.pos_ in ("NOUN", "PROPN")
        ):
            noun = noun.head
        return noun if noun.pos_ in ("PROPN", "NOUN", "PRON") else None

    def _may_speak(self, token: Token | None) -> bool:
        """Whether ``token`` names someone who can speak: a person, group, pronoun or actor."""
        if token is None:
            return False
        if token.ent_type_ in _ENTITY_LABELS or self.actor(token) is not None:
            return True
        return token.pos_ == "PRON" and token.lower_ not in ("it", "which", "that", "this")

    def _quoting_verb(self, verb: Token) -> Token | None:
        """Return the "quoted" of "X was quoted as saying" (or "citing" of "citing X as ...")."""
        if verb.lemma_.lower() != "say":
            return None
        head = verb.head
        if head.lower_ == "as" and head.dep_ == "prep":
            head = head.head
        if head.i != verb.i and head.lemma_.lower() in _QUOTING_VERBS:
            return head
        return None

    def _subject_on_the_left(self, verb: Token) -> Token | None:
        """Find the subject of a finite cue the parser left without one, skipping an aside.

        "Li, according to Xinhua, called on ..." is often parsed with "called" hanging from
        "agency"; the subject is the noun before the comma-delimited aside.
        """
        start = verb.sent.start
        index = verb.i - 1
        while index >= start:
            token = self.tokens[index]
            if token.pos_ in ("ADV", "PART") or token.is_space:
                index -= 1
                continue
            if token.text == ",":
                index -= 1
                while index >= start and self.tokens[index].text != ",":
                    index -= 1
                index -= 1
                continue
            if token.pos_ in ("NOUN", "PROPN", "PRON") and not self._in_quote(token):
                return token
            return None
        return None

    def _mention(self, head: Token, cue: tuple[int, int]) -> tuple[int, int]:
        """Return the speaker as written: the actor's mention, else the subject's phrase.

        "US climate envoy John Kerry" gives "John Kerry", the name the actors component
        marked; a speaker no actor covers keeps its phrase without asides ("a senior
        official, who asked not to be named," gives "a senior official").
        """
        named = self._actor_mention(head)
        if named is not None:
            return self._with_article(*named)
        for child in head.children:
            if child.dep_ == "appos":
                named = self._actor_mention(child)
                if named is not None:
                    return self._with_article(*named)
        excluded: set[int] = set()
        for child in head.children:
            subtree = _subtree_range(child)
            aside = (
                child.lower_ == "according"
                or subtree[0] <= cue[0] < subtree[1]
                or self._participle_aside(head, child)
                or (child.dep_ in ("relcl", "appos") and self._after_comma(child))
            )
            if aside or (child.dep_ in ("acl", "relcl", "advcl") and self._is_cue(child)):
                excluded.update(range(*subtree))
        start, end = _subtree_range(head)
        if start <= cue[0] < end:
            start, end = self._noun_phrase(head)
        # Keep the contiguous stretch around the head.
        left = head.i
        while left - 1 >= start and (left - 1) not in excluded:
            left -= 1
        right = head.i + 1
        while right < end and right not in excluded:
            right += 1
        return self._trim_tokens(left, right)

    def _with_article(self, start: int, end: int) -> tuple[int, int]:
        """Add the article or courtesy title written right before a name: "the U.S.", "Mr. Li"."""
        if start == 0:
            return start, end
        before = self.tokens[start - 1]
        if before.lower_ in _HONORIFICS:
            return start - 1, end
        if before.lower_ == "the" and start <= before.head.i < end:
            return start - 1, end
        return start, end

    def _actor_mention(self, token: Token) -> tuple[int, int] | None:
        """Return the run of tokens around ``token`` that carry its actor's id."""
        actor = self.actor(token)
        if actor is None:
            return None
        marked = [t for t in (token, *token.lefts) if _actor_id(t) == actor]
        if not marked:
            return None
        # The actor's own mention span, when it lists one: the name without its titles.
        for t in marked:
            index = bisect.bisect_right(self.mention_starts, t.idx) - 1
            while index >= 0 and self.mentions[index][0] <= t.idx:
                start, end, owner = self.mentions[index]
                if owner == actor and t.idx < end:
                    return self._token_span(start, end)
                index -= 1
        # A title marked with the actor's id ("the EU's foreign policy chief, Josep Borrell"):
        # the actor's mention inside the phrase.
        first, last = token.left_edge, token.right_edge
        index = bisect.bisect_left(self.mention_starts, first.idx)
        while index < len(self.mentions) and self.mentions[index][0] <= last.idx:
            start, end, owner = self.mentions[index]
            if owner == actor:
                return self._token_span(start, end)
            index += 1
        left = right = marked[0].i
        while left > 0 and _actor_id(self.tokens[left - 1]) == actor:
            left -= 1
        while right + 1 < len(self.tokens) and _actor_id(self.tokens[right + 1]) == actor:
            right += 1
        return self._trim_tokens(left, right + 1)

    def _token_span(self, start: int, end: int) -> tuple[int, int]:
        """Return the tokens that cover the characters ``[start, end)``."""
        first = bisect.bisect_right(self.token_starts, start) - 1
        last = bisect.bisect_left(self.token_starts, end)
        return max(first, 0), max(last, first + 1)

    def _after_comma(self, child: Token) -> bool:
        before = child.left_edge.i - 1
        return before >= 0 and self.tokens[before].text == ","

    def _participle_aside(self, head: Token, child: Token) -> bool:
        """Whether ``child`` is a participle set off by a comma: "Holmes, lighting his lamp"."""
        if (
            child.i < head.i
            or child.dep_ not in ("acl", "advcl")
            or child.tag_ not in ("VBG", "VBN")
        ):
            return False
        return self._after_comma(child)

    def _noun_phrase(self, head: Token) -> tuple[int, int]:
        start = head.i
        for child in head.lefts:
            if child.dep_ in ("compound", "det", "amod", "poss", "nmod", "nummod", "flat"):
                start = min(start, child.left_edge.i)
        return start, head.i + 1

    def _trim_tokens(self, start: int, end: int) -> tuple[int, int]:
        while start < end - 1 and (self.tokens[start].is_punct or self.tokens[start].is_space):
            start += 1
        while end - 1 > start and (self.tokens[end - 1].is_punct or self.tokens[end - 1].is_space):
            end -= 1
        return start, end

    # -- noun and preposition cues --------------------------------------------------------------

    def _noun_cue(self, noun: Token) -> _Draft | None:
        act = self.lexicon.nouns.get(noun.lemma_.lower())
        if act is None:
            return None
        source = next((c for c in noun.children if c.dep_ == "poss"), None)
        clause = next(
            (
                c
                for c in noun.children
                if c.dep_ in ("acl", "ccomp", "relcl")
                and c.i > noun.i
                and (
                    self._has_that(c)
                    # "China's pledge to cut emissions", "a call to end the strike"
                    or (
                        self._is_infinitive(c)
                        and (source is not None or act in (SpeechAct.COMMIT, SpeechAct.REQUEST))
                    )
                )
            ),
            None,
        )
        if clause is None and noun.dep_ == "nsubj" and noun.head.lemma_.lower() in _EMERGING:
            # "Reports emerged that ...": the clause hangs from the verb.
            clause = next(
                (c for c in noun.head.children if c.dep_ == "ccomp" and self._has_that(c)), None
            )
        if clause is None:
            return None
        draft = _Draft(cue=(noun.i, noun.i + 1), act=act)
        draft.content = [self._chars(_subtree_range(clause))]
        if source is None:
            by = next(
                (c for c in noun.children if c.dep_ == "prep" and c.lower_ in ("by", "from")),
                None,
            )
            source = next((c for c in by.children if c.dep_ == "pobj"), None) if by else None
        if source is not None:
            draft.speaker = source
            draft.mention = self._mention(source, draft.cue)
        return draft

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
            pobj = next((c for c in candidate.children if c.dep_ == "pobj"), None)
            if pobj is not None:
                return pobj
        return None

    def _according(self, token: Token, reporter: Token | None, act: SpeechAct) -> None:
        """Handle "according to X": X reports another cue's statement, or speaks itself."""
        if reporter is None or reporter.lemma_.lower() in self.lexicon.not_sources:
            return  # "according to the plan"
        mention = self._mention(reporter, (token.i, token.i + 2))
        # The aside runs to the end of the source's phrase, "who spoke on condition of
        # anonymity" included, but not into a cue the parser hung on it.
        phrase_end = reporter.i + 1
        for child in reporter.rights:
            inside = (self.drafts.get(head) for head in range(*_subtree_range(child)))
            if any(draft is not None and draft.content for draft in inside):
                break
            phrase_end = child.right_edge.i + 1
        phrase_end = max(phrase_end, mention[1], token.i + 2)
        sentence = token.sent
        candidates = [
            draft
            for draft in self.drafts.values()
            if sentence.start <= draft.head < sentence.end
            and not token.i <= draft.head < phrase_end
            and draft.content
        ]
        if candidates:
            governing = [d for d in candidates if d.head in {a.i for a in token.ancestors}]
            chosen = (governing or sorted(candidates, key=lambda d: abs(d.head - token.i)))[0]
            if chosen.reported_by is None:
                chosen.reported_by = reporter
            # "said ..., according to Xinhua": the source is no part of what was said.
            last = self.tokens[phrase_end - 1]
            self._cut(chosen, token.idx, last.idx + len(last.text))
            return
        draft = _Draft(cue=(token.i, token.i + 2), act=act, speaker=reporter, mention=mention)
        end = sentence.end
        while end > sentence.start and (
            self.tokens[end - 1].is_space or self.tokens[end - 1].text in _SENTENCE_END
        ):
            end -= 1
        spans = [(sentence.start, token.i), (phrase_end, end)]
        draft.content = [self._chars(span) for span in spans if self._has_words(*span)]
        if draft.content:
            self.drafts[draft.head] = draft

    # -- direct quotations ----------------------------------------------------------------------

    def _attach_quotes(self) -> None:
        for draft in self.drafts.values():
            self._said(draft)
        covered_by: dict[int, list[_Draft]] = {}
        for draft in self.drafts.values():
            for start, end in draft.content:
                for index in self._quotes_overlapping(start, end):
                    covered_by.setdefault(index, []).append(draft)
        for index, quote in enumerate(self.quotes):
            tokens = self._quote_tokens(quote)
            if index in covered_by:
                framing = self._framing_cue_after(tokens[1]) if tokens else None
                for covering in covered_by[index]:
                    if covering is framing and covering.content[0][0] < quote.start:
                        # '... recipients: "You can earn it," she says': the parse took in
                        # what comes before the quotation; the quotation is what was said.
                        covering.content = [c for c in covering.content if self._quoted(*c)]
                    self._add_quote(covering, quote)
                continue
            if tokens is None:
                continue
            starts_sentence = not self._frame_before(tokens[0])
            found = self._framing_cue_after(tokens[1])
            if found is None and not starts_sentence:
                found = self._framing_cue_before(tokens[0])
            if found is None and not starts_sentence:
                found = self._colon_speaker(tokens[0])
            if found is not None:
                self._add_quote(found, quote, framed=True)
            elif starts_sentence:
                self._floating(quote, tokens)

    def _quotes_overlapping(self, start: int, end: int) -> Iterator[int]:
        # Quotations do not overlap, so their ends are sorted too.
        index = bisect.bisect_right(self.quote_ends, start)
        while index < len(self.quotes) and self.quotes[index].start < end:
            if any(a < end and start < b for a, b in self.quotes[index].parts):
                yield index
            index += 1

    def _add_quote(self, draft: _Draft, quote: Quote, *, framed: bool = False) -> None:
        overlaps = any(a < quote.end and quote.start < b for a, b in draft.content)
        if framed and draft.content and not draft.from_quotes and not overlaps:
            # Content from the parse already; the quotation belongs to it only if they overlap.
            return
        draft.content = _merge_spans([*draft.content, *quote.parts])
        # Content inside quotation marks only (the parse found a piece of the quotation).
        draft.from_quotes = all(self._quoted(start, end) for start, end in draft.content)
        self._said(draft)

    def _quoted(self, start: int, end: int) -> bool:
        index = bisect.bisect_right(self.quote_ends, start)
        if index >= len(self.quotes):
            return False
        return any(a <= start and end <= b for a, b in self.quotes[index].parts)

    def _frame_before(self, first: int) -> list[Token]:
        """Return the tokens between a quotation and what precedes it in its sentence."""
        frame: list[Token] = []
        index = first - 1
        while index >= 0 and len(frame) < _FRAME_LIMIT:
            token = self.tokens[index]
            if self._in_quote(token) or self._paragraph_break(token):
                break
            if token.text in _SENTENCE_END:
                break
            frame.append(token)
            index -= 1
        frame.reverse()
        return [t for t in frame if not (t.is_space or t.is_punct)] and frame

    def _frame_after(self, last: int) -> list[Token]:
        frame: list[Token] = []
        index = last
        while index < len(self.tokens) and len(frame) < _FRAME_LIMIT:
            token = self.tokens[index]
            if self._in_quote(token) or self._paragraph_break(token):
                break
            frame.append(token)
            if token.text in _SENTENCE_END:
                break
            index += 1
        return frame

    def _paragraph_break(self, token: Token) -> bool:
        """Whether ``token`` ends a paragraph: a blank line, or a line break in texts without."""
        if not token.is_space:
            return False
        return token.text.count("\n") >= 2 if self.blank_lines else "\n" in token.text

    def _framing_cue_after(self, last: int) -> _Draft | None:
        """Find the cue after a quotation: '"...," he said', '"...," said Kerry'."""
        seen: list[Token] = []
        for token in self._frame_after(last):
            draft = self.drafts.get(token.i)
            if draft is None or not draft.takes_quote:
                seen.append(token)
                continue
            # Before the cue: nothing but its speaker ("a diplomat who knows the file").
            lo, hi = (token.i, token.i)
            if draft.speaker is not None and draft.speaker.i < token.i:
                lo, hi = _subtree_range(draft.speaker)
            # A capitalised name the parser split off the speaker's phrase: '"...," Human
            # Rights Watch researcher Belkis Wille told VOA' ("Watch" read as a verb).
            named = draft.speaker is not None and draft.speaker.pos_ == "PROPN"
            if all(
                t.is_punct
                or t.is_space
                or t.pos_ == "ADV"
                or lo <= t.i < hi
                or (named and t.i < lo and (t.is_title or t.is_upper))
                for t in seen
            ):
                return draft
            return None
        return None

    def _framing_cue_before(self, first: int) -> _Draft | None:
        """Find the cue before a quotation: 'He said: "..."', 'Kerry told reporters, "..."'."""
        frame = self._frame_before(first)
        for token in reversed(frame):
            if token.is_punct or token.is_space:
                continue
            draft = self.drafts.get(token.i)
            if draft is not None and draft.takes_quote:
                after = [t for t in frame if t.i >= draft.cue[1]]
                own = {t.i for t in self.tokens[draft.head].subtree}
                if all(t.is_punct or t.is_space or t.i in own for t in after):
                    return draft
                return None
            if token.pos_ in ("VERB", "AUX"):
                return None
        return None

    def _colon_speaker(self, first: int) -> _Draft | None:
        """Attribute 'Kerry: "..."': a short name before a colon, the colon as cue."""
        frame = self._frame_before(first)
        words = [t for t in frame if not (t.is_punct or t.is_space)]
        colon = next((t for t in reversed(frame) if not t.is_space), None)
        if colon is None or colon.text != ":" or not words or len(words) > 6:
            return None
        if any(t.pos_ in ("VERB", "AUX") for t in words):
            return None
        head = words[-1]
        if head.pos_ != "PROPN" and self.actor(head) is None:
            return None
        draft = _Draft(cue=(colon.i, colon.i + 1), act=SpeechAct.ASSERT, takes_quote=True)
        draft.speaker = head
        draft.mention = self._trim_tokens(words[0].i, head.i + 1)
        draft.from_quotes = True
        self.drafts[colon.i] = draft
        return draft

    def _floating(self, quote: Quote, tokens: tuple[int, int]) -> None:
        """Attribute a quotation standing alone right after a statement to its speaker."""
        if sum(1 for t in self.tokens[tokens[0] : tokens[1]] if t.is_alpha) < 3:
            return
        index = bisect.bisect_right(self.said_ends, (quote.start, len(self.said_ends))) - 1
        if index < 0:
            return
        last = self.said_by_end[self.said_ends[index][1]]
        # Nothing but the statement's own sentence may stand between it and the quotation.
        said_in = self.tokens[last.head].sent if last.head >= 0 else None
        gap_start = max(self._token_at(last.end()), said_in.end if said_in else 0)
        if self._has_words(gap_start, tokens[0]):
            return
        floating = _Draft(
            cue=last.cue,
            act=last.act,
            speaker=last.speaker,
            mention=last.mention,
            content=list(quote.parts),
            from_quotes=True,
        )
        self.drafts[self._free_key(tokens[0])] = floating
        self._said(floating)

    def _said(self, draft: _Draft) -> None:
        """Note where a statement with a speaker ends, for floating quotations after it."""
        if draft.speaker is not None and draft.content:
            bisect.insort(self.said_ends, (draft.end(), len(self.said_by_end)))
            self.said_by_end.append(draft)

    def _free_key(self, index: int) -> int:
        """Return a draft key for a statement without a cue of its own."""
        key = -(index + 1)
        while key in self.drafts:
            key -= len(self.tokens) + 1
        return key

    def _token_at(self, char: int) -> int:
        """Return the index of the first token starting at or after ``char``."""
        return bisect.bisect_left(self.token_starts, char)

    # -- helpers --------------------------------------------------------------------------------

    def setting_positions(self) -> list[int]:
        """Return where the text sets speech elsewhere: "during a press conference"."""
        settings = self.lexicon.settings
        positions = []
        for index, (lemma, _, _) in enumerate(self.rows):
            if lemma not in self.lexicon._setting_ids:
                continue
            token = self.tokens[index]
            if token.dep_ != "pobj" or token.head.lower_ not in ("during", "at", "in", "on", "via"):
                continue
            words = [c.lemma_.lower() for c in token.lefts if c.dep_ == "compound"]
            words.append(token.lemma_.lower())
            if any(" ".join(words[k:]) in settings for k in range(len(words))):
                positions.append(token.idx)
        return positions

    def _chars(self, tokens: tuple[int, int]) -> tuple[int, int]:
        start, end = tokens
        for index in range(start, end):
            if self._paragraph_break(self.tokens[index]) and self._has_words(start, index):
                end = index  # the parser joined two paragraphs: what was said ends with one
                break
        start, end = self._trim_tokens(*self._without_trailing_date(start, end))
        last = self.tokens[end - 1]
        return self.tokens[start].idx, last.idx + len(last.text)

    def _without_trailing_date(self, start: int, end: int) -> tuple[int, int]:
        """Drop a date the parser hung on the content: "... as an old friend on Tuesday"."""
        last = end - 1
        while last > start and (self.tokens[last].is_punct or self.tokens[last].is_space):
            last -= 1
        if self.tokens[last].ent_type_ not in ("DATE", "TIME") or self._in_quote(self.tokens[last]):
            return start, end
        attached_to = self.tokens[last].head
        if attached_to.pos_ == "ADP":
            attached_to = attached_to.head
        if attached_to.pos_ not in ("NOUN", "PROPN"):
            return start, end  # "will resume next week": the date belongs to the clause
        first = last
        while first > start and self.tokens[first - 1].ent_type_ in ("DATE", "TIME"):
            first -= 1
        if first > start and self.tokens[first - 1].pos_ == "ADP":
            first -= 1
        if first <= start or not self._has_words(start, first):
            return start, end
        return start, first

    def actor(self, token: Token | None) -> str | None:
        """Return the actor id on ``token``, or on the name it heads ("Xinhua news agency")."""
        if token is None:
            return None
        found = _actor_id(token)
        if found is not None or not token.ent_type_:
            return found
        for child in token.lefts:
            if child.dep_ in ("compound", "flat") and child.ent_type_ == token.ent_type_:
                found = _actor_id(child)
                if found is not None:
                    return found
        return None

    def speaker_actor(self, draft: _Draft) -> str | None:
        """Return the actor id of the speaker: its head's, else an appositive's."""
        head = draft.speaker
        if head is None:
            return None
        found = self.actor(head)
        if found is not None:
            return found
        for child in head.children:
            if child.dep_ == "appos":
                found = self.actor(child)
                if found is not None:
                    return found
        return None


class _Tokens:
    """The doc's tokens, each made once: spaCy makes a new ``Token`` on every ``doc[i]``."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.made: dict[int, Token] = {}

    def __len__(self) -> int:
        return len(self.doc)

    @overload
    def __getitem__(self, key: int) -> Token: ...

    @overload
    def __getitem__(self, key: slice) -> list[Token]: ...

    def __getitem__(self, key: int | slice) -> Token | list[Token]:
        if isinstance(key, slice):
            return [self[index] for index in range(*key.indices(len(self.doc)))]
        token = self.made.get(key)
        if token is None:
            token = self.made[key] = self.doc[key]
        return token


def _actor_mentions(doc: Doc) -> Iterator[tuple[int, int, str]]:
    """Yield ``(start, end, actor id)`` for every actor mention the actors component listed."""
    for actor in doc._.get(DOC_ACTORS) or []:
        if not isinstance(actor, Mapping) or not isinstance(actor.get("id"), str):
            continue
        for mention in actor.get("mentions") or []:
            if isinstance(mention, Mapping):
                start, end = mention.get("start"), mention.get("end")
                if isinstance(start, int) and isinstance(end, int) and start < end:
                    yield start, end, actor["id"]


def _actor_id(token: Token) -> str | None:
    value = token._.get(TOKEN_ACTOR)
    return value if isinstance(value, str) and value else None


def _merge_spans(spans: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


# -- building statements -----------------------------------------------------------------------


def _kind(content: Sequence[tuple[int, int]], quoted: bytearray, text: str) -> StatementKind:
    """Direct when every word lies in quotation marks, mixed when some do, else indirect."""
    inside = 0
    outside = []
    for start, end in content:
        for index in range(start, end):
            if text[index].isalnum():
                if quoted[index]:
                    inside += 1
                else:
                    outside.append(text[index])
    if inside == 0:
        return StatementKind.INDIRECT
    if not outside or "".join(outside).lower() == "that":
        return StatementKind.DIRECT
    return StatementKind.MIXED


def _quoted_mask(quotes: Sequence[Quote], length: int) -> bytearray:
    """Return one byte per character of the text: 1 inside a quotation."""
    mask = bytearray(length)
    for quote in quotes:
        for start, end in quote.parts:
            mask[start:end] = b"\x01" * (end - start)
    return mask


def _span(text: str, start: int, end: int) -> Span:
    # Punctuation was trimmed by token; quotation parts keep theirs ('“... ahead of us.').
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Span(start=start, end=end, text=text[start:end])


class _MeetingLinker:
    """Which meeting a statement was made in.

    A statement belongs to a meeting whose evidence holds its cue (or whose trigger shares
    its sentence) when its speaker took part; and later statements by participants stay in
    the last meeting that took place until the text moves to another setting ("at a press
    conference") or another meeting.
    """

    def __init__(self, doc: Doc, extractor: _Extractor) -> None:
        self.meetings = [m for m in doc._.get(DOC_MEETINGS) or [] if _usable_meeting(m)]
        self.resets = extractor.setting_positions() if self.meetings else []

    def link(self, cue: SpacySpan, speaker: str | None) -> str | None:
        if not self.meetings:
            return None
        sentence = cue.sent
        position = cue.start_char
        direct: list[tuple[bool, int, str]] = []
        for meeting in self.meetings:
            evidence = meeting.get("evidence") or {}
            trigger = meeting["trigger"]["start"]
            in_evidence = evidence.get("start", -1) <= position < evidence.get("end", -1)
            in_sentence = sentence.start_char <= trigger < sentence.end_char
            if (in_evidence or in_sentence) and _takes_part(meeting, speaker):
                direct.append((meeting["kind"] == "visit", abs(trigger - position), meeting["id"]))
        if direct:
            return min(direct)[2]
        if speaker is None:
            return None
        earlier = [
            m
            for m in self.meetings
            if m["trigger"]["start"] < position and m["kind"] != "visit" and _occurred(m)
        ]
        if not earlier:
            return None
        last = max(earlier, key=lambda m: m["trigger"]["start"])
        since = last["trigger"]["start"]
        if any(since < reset <= position for reset in self.resets):
            return None
        return str(last["id"]) if _takes_part(last, speaker) else None


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
            if any(start <= mention["start"] and mention["end"] <= end for start, end in content):
                found.append(topic["id"])
                break
    return tuple(found)


def extract_statements(doc: Doc, lexicon: CueLexicon | None = None) -> list[Statement]:
    """Return the statements of a parsed ``doc``, in text order, with ids ``s1``, ``s2``, ...

    Speakers are actor ids read from ``token._.newsevents_actor`` (set by the actors
    component); without it, ``speaker`` stays null and ``speaker_mention`` still says who.

    >>> from newsevents import load_pipeline
    >>> doc = load_pipeline()("Li, according to Xinhua, called on rich nations to take the lead.")
    >>> [(s.speaker_mention.text, s.cue.text, s.content[0].text) for s in extract_statements(doc)]
    [('Li', 'called on', 'rich nations to take the lead')]
    """
    register_extensions()
    lexicon = lexicon or CueLexicon.load()
    text = doc.text
    extractor = _Extractor(doc, lexicon, text)
    drafts = extractor.run()
    meetings = _MeetingLinker(doc, extractor)
    quoted = _quoted_mask(extractor.quotes, len(text))
    statements = []
    for number, draft in enumerate(drafts, start=1):
        cue = doc[draft.cue[0] : draft.cue[1]]
        content = tuple(_span(text, start, end) for start, end in draft.content)
        content = tuple(span for span in content if span.end > span.start)
        if not content:
            continue
        mention = None
        if draft.mention is not None:
            words = doc[draft.mention[0] : draft.mention[1]]
            mention = Span(start=words.start_char, end=words.end_char, text=words.text)
        spans = [(span.start, span.end) for span in content]
        # Through ``Any``: mypy's attrs plugin reads the model's generic tuple converter as
        # wanting ``Iterable[_T]`` and rejects every sequence given to it.
        sequences: dict[str, Any] = {"content": content, "topics": _topics_in(doc, spans)}
        speaker = extractor.speaker_actor(draft)
        statements.append(
            Statement(
                id=f"s{number}",
                speaker=speaker,
                cue=Span(start=cue.start_char, end=cue.end_char, text=cue.text),
                kind=_kind(spans, quoted, text),
                speaker_mention=mention,
                act=draft.act,
                addressee=extractor.actor(draft.addressee),
                on_behalf_of=extractor.actor(draft.on_behalf_of),
                reported_by=extractor.actor(draft.reported_by),
                meeting=meetings.link(cue, speaker),
                **sequences,
            )
        )
    return [attrs.evolve(s, id=f"s{n}") for n, s in enumerate(statements, start=1)]


# -- the spaCy component ------------------------------------------------------------------------


class StatementsComponent:
    """Runs :func:`extract_statements` and stores the result on ``doc._.newsevents_statements``."""

    def __init__(self, lexicon: CueLexicon) -> None:
        self.lexicon = lexicon

    def __call__(self, doc: Doc) -> Doc:
        """Annotate ``doc`` in place and return it."""
        found = extract_statements(doc, self.lexicon)
        doc._.set(DOC_STATEMENTS, [converter.unstructure(item, Statement) for item in found])
        return doc


@Language.factory(
    "newsevents_statements",
    assigns=["doc._.newsevents_statements"],
    requires=["doc._.newsevents_actors"],
    default_config={"cues": None},
)
def make_statements_component(nlp: Language, name: str, cues: str | None) -> StatementsComponent:
    """Create the ``newsevents_statements`` component (``nlp.add_pipe("newsevents_statements")``).

    ``cues`` is the path of a cue lexicon to use instead of the shipped one.
    """
    register_extensions()
    return StatementsComponent(CueLexicon.load(cues))
