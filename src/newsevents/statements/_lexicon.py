"""The cue lexicon: the words that mark speech, read and checked from ``cues.json``.

:class:`CueLexicon` holds reporting verbs (:class:`VerbCue`: a speech act and the complements
that carry what was said), verb phrases (:class:`PhraseCue`: "called on", "expressed
optimism"), nouns that take a that-clause, prepositional cues ("according to"), the nouns of
asides ("in her words"), the settings a statement may be made in, the words that make a
naming cue praise or criticism, and the documents and media that carry a statement without
speaking ("the report said"). A user's file of the same shape replaces the shipped one; a
mistake in it is reported with the file and the JSON path.
"""

from __future__ import annotations

import os
import re
from collections.abc import Mapping
from functools import cache
from typing import Any

import attrs
from spacy.strings import hash_string  # type: ignore[attr-defined]

from newsevents._words import TOPIC_PREPOSITIONS
from newsevents.errors import InputError
from newsevents.lexicons import load_lexicon
from newsevents.model import SpeechAct

#: What a cue's complements may be (the ``takes`` of a lexicon entry).
TAKES = frozenset({"quote", "clause", "object", "infinitive", "addressee", "about", "naming"})
# Prepositions that carry the content of an attitude phrase ("expressed doubt about ...").
_ATTITUDE_PREPOSITIONS = TOPIC_PREPOSITIONS | {"at", "for", "with", "in", "of", "against"}


@attrs.frozen(kw_only=True)
class VerbCue:
    """A reporting verb: its speech act, and the complements that carry the content."""

    act: SpeechAct
    takes: frozenset[str]
    about: frozenset[str] = frozenset()
    # Objects that make the verb something else: "claimed the lives of", "denied entry".
    not_objects: frozenset[str] = frozenset()
    # Words the verb must govern to be a cue, separated by spaces: "as" of "defended the
    # rise as necessary" ("defended the title" says nothing), "as it" of "as one diplomat
    # put it".
    requires: str | None = None
    # Speech only with a document for its subject: "The study found that ..." ("Police found
    # a note" says nothing).
    documents_only: bool = False
    # Complements the verb takes only with a document for its subject: "The report mentions
    # the sale" ("Ortega mentioned the sale" is no statement; "mentioned that ..." is).
    document_takes: frozenset[str] = frozenset()
    # A verb of opinion ("believe", "fear"): speech only in the active voice with a subject
    # of its own that is a noun or a name ("Experts believe that ..."), not "is believed to
    # be", "I believe" or "citizens who believe".
    opinion: bool = False


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
    # Prepositions whose object, someone who can speak, is whom the attitude is voiced to,
    # not what it is about ("raised concerns with the minister").
    listeners: frozenset[str] = frozenset()


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
    #: Nouns of an aside that gives the rest of its clause to someone: "in her words", "in
    #: the words of one diplomat".
    asides: Mapping[str, SpeechAct] = attrs.field(factory=dict)
    settings: frozenset[str] = frozenset()
    not_sources: frozenset[str] = frozenset()
    #: Documents and media that carry a statement but do not speak: "the report said".
    documents: frozenset[str] = frozenset()
    #: Words that make a naming cue praise or criticism: "called the deal a breakthrough".
    evaluations: Mapping[str, SpeechAct] = attrs.field(factory=dict)
    #: Words of a speaker who speaks for someone else: "spokesman", "press secretary", "office".
    spokespeople: frozenset[str] = frozenset()
    #: Words in a news organisation's name or description: "news agency", "state TV".
    outlet_words: frozenset[str] = frozenset()
    #: Social media and other platforms on which one speaks ("spoke out on Facebook"): where
    #: something was said, not what.
    platforms: frozenset[str] = frozenset()
    #: Names of news agencies and broadcasters, lower-cased: "xinhua", "reuters".
    outlet_names: frozenset[str] = frozenset()
    # Hashes of the words that may start a cue, to pick candidates without making Tokens.
    _lemma_ids: frozenset[int] = attrs.field(init=False, eq=False, repr=False)
    #: Regular inflections of the cue verbs ("hoped", "urges") -> the verb.
    verb_forms: Mapping[str, str] = attrs.field(init=False, eq=False, repr=False)
    _lower_ids: frozenset[int] = attrs.field(init=False, eq=False, repr=False)
    _setting_ids: frozenset[int] = attrs.field(init=False, eq=False, repr=False)

    def __attrs_post_init__(self) -> None:
        lemmas = {*self.verbs, *self.phrases, *self.nouns, *self.asides}
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

    def is_cue(self, lemma: str) -> bool:
        """Whether ``lemma`` is a cue verb, alone or as the verb of a phrase ("call for").

        A verb that speaks only with a document for its subject ("find", "show") is none
        here: whatever else finds or shows something says nothing; nor is a verb of
        opinion ("believe"), which speaks only with some subjects.

        >>> CueLexicon.load().is_cue("say"), CueLexicon.load().is_cue("walk")
        (True, False)
        >>> CueLexicon.load().is_cue("show")
        False
        """
        entry = self.verbs.get(lemma)
        if entry is not None:
            return not (entry.documents_only or entry.opinion)
        return lemma in self.phrases

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
            requires = entry.get("requires")
            if requires is not None and not isinstance(requires, str):
                raise self.fail(f"{path}.requires", "expected a string")
            documents_only = entry.get("documents_only", False)
            if not isinstance(documents_only, bool):
                raise self.fail(f"{path}.documents_only", "expected true or false")
            opinion = entry.get("opinion", False)
            if not isinstance(opinion, bool):
                raise self.fail(f"{path}.opinion", "expected true or false")
            verbs[lemma.lower()] = VerbCue(
                act=self.act(entry.get("act"), f"{path}.act"),
                takes=self.takes(entry.get("takes", ["quote", "clause"]), f"{path}.takes"),
                about=frozenset(self.words(entry.get("about", []), f"{path}.about")),
                not_objects=frozenset(
                    self.words(entry.get("not_objects", []), f"{path}.not_objects")
                ),
                requires=requires.lower() if requires else None,
                documents_only=documents_only,
                document_takes=self.takes(
                    entry.get("document_takes", []), f"{path}.document_takes"
                ),
                opinion=opinion,
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
        asides = {
            lemma.lower(): self.act(act, f"$.asides.{lemma}")
            for lemma, act in self.mapping(data.get("asides", {}), "$.asides").items()
        }
        outlets = self.mapping(data.get("outlets", {}), "$.outlets")
        return CueLexicon(
            verbs=verbs,
            phrases={verb: tuple(found) for verb, found in phrases.items()},
            nouns=nouns,
            prepositions=prepositions,
            asides=asides,
            settings=frozenset(self.words(data.get("settings", []), "$.settings")),
            not_sources=frozenset(self.words(data.get("not_sources", []), "$.not_sources")),
            documents=frozenset(self.words(data.get("documents", []), "$.documents")),
            evaluations=self.evaluations(data.get("evaluations", {})),
            spokespeople=frozenset(self.words(data.get("spokespeople", []), "$.spokespeople")),
            outlet_words=frozenset(self.words(outlets.get("words", []), "$.outlets.words")),
            outlet_names=frozenset(self.words(outlets.get("names", []), "$.outlets.names")),
            platforms=frozenset(self.words(data.get("platforms", []), "$.platforms")),
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
            listeners=frozenset(self.words(entry.get("listeners", []), f"{path}.listeners")),
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
