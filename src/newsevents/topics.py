"""The ``newsevents_topics`` component: topics from a taxonomy of labels and their terms.

A topic is a subject the article discusses ("climate finance", "US-China relations",
"COP28"), with a normalised label, a category from :class:`~newsevents.model.TopicCategory`
and every stretch of text that mentions it. The taxonomy is a JSON file shipped as the
``topics`` lexicon (see ``docs/topics.md``); a user's file of the same shape replaces it::

    nlp.add_pipe("newsevents_topics", config={"taxonomy": "my_topics.json"})

Matching is built once, when the component is made: spaCy ``PhraseMatcher`` objects find
the terms case-insensitively (``NORM``) and through lemmas (``LEMMA``, so "emissions" and
"emission" both match), and a token ``Matcher`` finds the productive forms: bilateral
relations ("US-China relations", "relations between X and Y"), numbered events ("COP28")
and places named as the object of a dispute ("disputes over Taiwan"). A disputed place is
also a topic where the parse shows it is what is discussed ("they discussed Taiwan", "talks
on Taiwan"), and phrases of the taxonomy's ``exclude`` list ("war of words") hide the terms
inside them. Per document the work is one pass of each matcher and a sort of the matches.
When matches overlap the longest wins, so "Iran nuclear talks" is one topic and not also
"nuclear talks".

>>> import spacy
>>> nlp = spacy.blank("en")
>>> topics = TopicMatcher(nlp.vocab, load_taxonomy())
>>> [(t.label, t.category.value) for t in topics(nlp("Global warming hit coal exports."))]
[('climate change', 'environment'), ('coal', 'energy'), ('trade', 'trade')]
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable, Mapping, Sequence
from functools import cache
from typing import Any

import attrs
from spacy.attrs import LOWER, ORTH
from spacy.lang.en import English
from spacy.language import Language
from spacy.matcher import Matcher, PhraseMatcher
from spacy.tokens import Doc, Token
from spacy.vocab import Vocab

from newsevents._syntax import conjuncts
from newsevents._words import HYPHENS
from newsevents.countries import country_code, country_name
from newsevents.errors import InputError
from newsevents.extensions import DOC_ACTORS, DOC_TOPICS, Guarded, register_extensions
from newsevents.lexicons import load_lexicon
from newsevents.meetings import MeetingLexicon
from newsevents.model import Span, Topic, TopicCategory
from newsevents.serialize import converter

__all__ = [
    "Taxonomy",
    "TopicEntry",
    "TopicMatcher",
    "TopicsComponent",
    "extract_topics",
    "load_taxonomy",
    "make_topics_component",
    "parse_taxonomy",
]

_CATEGORIES = ", ".join(category.value for category in TopicCategory)
# Words that end in "s" in the singular: never strip it when guessing a lemma.
_KEEP_FINAL_S = ("ss", "us", "is", "ics", "news", "series", "species")
# Named entities that are names of something else: a term inside one is not a topic
# ("Trade" in "World Trade Organization", "Energy" in "Department of Energy").
_NAME_LABELS = frozenset({"ORG", "PERSON", "FAC", "WORK_OF_ART", "PRODUCT"})
_PLACE_LABELS = ["GPE", "LOC"]
_POSSESSIVE = frozenset({"'s", "'"})
_CAPITALISED: dict[str, Any] = {"TEXT": {"REGEX": r"^[A-Z]"}}
_ASCII_CAPITALS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ")  # what ``_CAPITALISED`` matches first


@attrs.frozen(kw_only=True)
class TopicEntry:
    """One label of the taxonomy: its category, its terms and optional token patterns."""

    label: str
    category: TopicCategory
    terms: tuple[str, ...] = ()
    patterns: tuple[Any, ...] = ()
    implies: tuple[str, ...] = ()
    #: Other labels that a mention of one term also counts for, by the term in lower case:
    #: "mortgage rates" is ``housing`` and ``interest rates`` too, "mortgages" only housing.
    term_implies: Mapping[str, tuple[str, ...]] = attrs.field(factory=dict)
    #: Terms that mention the topic only after one of its own terms or patterns in the same
    #: document: "the exercises" after "joint drills", "the levies" after "tariffs".
    anaphors: tuple[str, ...] = ()


@attrs.frozen(kw_only=True)
class RelationsRule:
    """Bilateral relations: "X-Y <noun>", "<noun> between X and Y", "X's <noun> with Y"."""

    category: TopicCategory
    nouns: tuple[str, ...]
    template: str


@attrs.frozen(kw_only=True)
class EventSeries:
    """A numbered event series such as "COP" (COP28, COP 28, Cop28)."""

    prefix: str
    category: TopicCategory


@attrs.frozen(kw_only=True)
class DisputesRule:
    """A place named as the object of a dispute: "<noun> <preposition> [the] PLACE"."""

    category: TopicCategory
    nouns: tuple[str, ...]
    prepositions: tuple[str, ...]


@attrs.frozen(kw_only=True)
class DiscussedRule:
    """A place that is a label of ``category`` is a topic where it is what is discussed.

    It must be the object of one of ``verbs`` ("they discussed Taiwan", "Taiwan was
    raised") or of one of ``prepositions`` after one of ``heads`` ("talks on Taiwan", "they
    talked about Taiwan"), alone or inside a coordinated list. Verbs and heads are lemmas.
    """

    category: TopicCategory
    verbs: frozenset[str]
    heads: frozenset[str]
    prepositions: frozenset[str]


@attrs.frozen(kw_only=True)
class Taxonomy:
    """A validated topic taxonomy: see :func:`parse_taxonomy` for the file's shape."""

    topics: tuple[TopicEntry, ...]
    relations: RelationsRule | None = None
    events: tuple[EventSeries, ...] = ()
    disputes: DisputesRule | None = None
    discussed: DiscussedRule | None = None
    places: Mapping[str, tuple[str, ...]] = attrs.field(factory=dict)
    exclude: tuple[str, ...] = ()
    source: str = "<taxonomy>"


def load_taxonomy(path: str | os.PathLike[str] | None = None) -> Taxonomy:
    """Read and validate the shipped taxonomy, or the one in the JSON file at ``path``.

    >>> taxonomy = load_taxonomy()
    >>> [t.label for t in taxonomy.topics if "global warming" in t.terms]
    ['climate change']
    """
    source = "the shipped topics lexicon" if path is None else os.fspath(path)
    return parse_taxonomy(load_lexicon("topics", path), source=source)


def parse_taxonomy(data: Any, *, source: str = "<taxonomy>") -> Taxonomy:
    """Check the parsed JSON of a taxonomy and return it as a :class:`Taxonomy`.

    The shape: ``{"topics": [{"label", "category", "terms", "patterns"?, "implies"?,
    "anaphors"?}, ...],
    "relations"?: {...}, "events"?: [...], "disputes"?: {...}, "discussed"?: {...},
    "places"?: {...}, "exclude"?: [str, ...], "description"?: str}``. Every problem is reported at once, each with its JSON path; an
    :class:`~newsevents.errors.InputError` names ``source`` and lists them.

    >>> parse_taxonomy({"topics": [{"label": "rain", "category": "weather", "terms": []}]})
    Traceback (most recent call last):
    ...
    newsevents.errors.InputError: <taxonomy>: invalid topic taxonomy: $.topics[0] ('rain').category: 'weather' is not a topic category (one of: environment, ...
    """  # noqa: E501
    problems: list[str] = []
    if not isinstance(data, dict):
        _fail(source, [f"$: expected an object with a 'topics' list, got {_kind(data)}"])
    known = {
        "description",
        "topics",
        "relations",
        "events",
        "disputes",
        "discussed",
        "places",
        "exclude",
    }
    problems.extend(f"$.{key}: unknown key" for key in sorted(set(data) - known))
    raw_topics = data.get("topics")
    topics: list[TopicEntry] = []
    if not isinstance(raw_topics, list):
        problems.append(f"$.topics: expected a list of topic entries, got {_kind(raw_topics)}")
    else:
        for index, raw in enumerate(raw_topics):
            entry = _parse_entry(raw, f"$.topics[{index}]", problems)
            if entry is not None:
                topics.append(entry)
    _check_unique(topics, problems)
    relations = _parse_relations(data.get("relations"), problems)
    events = _parse_events(data.get("events"), problems)
    disputes = _parse_disputes(data.get("disputes"), problems)
    discussed = _parse_discussed(data.get("discussed"), problems)
    places = _parse_places(data.get("places"), problems)
    exclude = _strings(data.get("exclude", []), "$.exclude", problems)
    if problems:
        _fail(source, problems)
    return Taxonomy(
        topics=tuple(topics),
        relations=relations,
        events=events,
        disputes=disputes,
        discussed=discussed,
        places=places,
        exclude=tuple(exclude),
        source=source,
    )


def _fail(source: str, problems: Sequence[str]) -> Any:
    shown = "; ".join(problems[:10])
    more = f" (and {len(problems) - 10} more)" if len(problems) > 10 else ""
    raise InputError(f"{source}: invalid topic taxonomy: {shown}{more}")


def _kind(value: object) -> str:
    names = {dict: "an object", list: "a list", str: "a string", bool: "a boolean"}
    if value is None:
        return "nothing"
    return names.get(type(value), f"a {type(value).__name__}")


def _strings(value: Any, where: str, problems: list[str], *, empty_ok: bool = True) -> list[str]:
    if not isinstance(value, list):
        problems.append(f"{where}: expected a list of strings, got {_kind(value)}")
        return []
    good = []
    for index, item in enumerate(value):
        if isinstance(item, str) and item.strip():
            good.append(item)
        else:
            problems.append(f"{where}[{index}]: expected a non-empty string, got {item!r}")
    if not good and not empty_ok:
        problems.append(f"{where}: must hold at least one string")
    return good


def _category(value: Any, where: str, problems: list[str]) -> TopicCategory | None:
    try:
        return TopicCategory(value)
    except ValueError:
        problems.append(f"{where}: {value!r} is not a topic category (one of: {_CATEGORIES})")
        return None


def _parse_entry(raw: Any, where: str, problems: list[str]) -> TopicEntry | None:
    if not isinstance(raw, dict):
        problems.append(f"{where}: expected an object, got {_kind(raw)}")
        return None
    label = raw.get("label")
    if not isinstance(label, str) or not label.strip():
        problems.append(f"{where}.label: expected a non-empty string, got {label!r}")
        return None
    where = f"{where} ({label!r})"
    before = len(problems)
    known = {"label", "category", "terms", "patterns", "implies", "term_implies", "anaphors"}
    problems.extend(f"{where}: unknown key {key!r}" for key in sorted(set(raw) - known))
    category = _category(raw.get("category"), f"{where}.category", problems)
    terms = _strings(raw.get("terms", []), f"{where}.terms", problems)
    patterns = raw.get("patterns", [])
    if not isinstance(patterns, list) or not all(
        isinstance(pattern, list) and pattern and all(isinstance(t, dict) for t in pattern)
        for pattern in patterns
    ):
        problems.append(
            f"{where}.patterns: expected a list of spaCy token patterns (lists of objects)"
        )
        patterns = []
    elif patterns:
        try:  # spaCy's own validation says which attribute or operator is wrong
            Matcher(Vocab(), validate=True).add("check", patterns)
        except (ValueError, TypeError, KeyError) as exc:
            message = " ".join(str(exc).split())
            problems.append(f"{where}.patterns: not a valid spaCy token pattern: {message}")
    if not terms and not patterns:
        problems.append(f"{where}: needs at least one term or pattern")
    implies = _strings(raw.get("implies", []), f"{where}.implies", problems)
    anaphors = _strings(raw.get("anaphors", []), f"{where}.anaphors", problems)
    term_implies: dict[str, tuple[str, ...]] = {}
    by_term = raw.get("term_implies", {})
    if not isinstance(by_term, dict):
        problems.append(f"{where}.term_implies: expected an object of terms and label lists")
        by_term = {}
    for term, labels in by_term.items():
        if term.lower() not in {t.lower() for t in terms}:
            problems.append(f"{where}.term_implies: {term!r} is not one of the entry's terms")
        implied = _strings(labels, f"{where}.term_implies.{term}", problems)
        term_implies[term.lower()] = tuple(implied)
    if len(problems) > before or category is None:
        return None
    return TopicEntry(
        label=label,
        category=category,
        terms=tuple(terms),
        patterns=tuple(patterns),
        implies=tuple(implies),
        term_implies=term_implies,
        anaphors=tuple(anaphors),
    )


def _check_unique(topics: Sequence[TopicEntry], problems: list[str]) -> None:
    labels: dict[str, int] = {}
    owners: dict[str, str] = {}
    for index, entry in enumerate(topics):
        if entry.label in labels:
            problems.append(f"$.topics: label {entry.label!r} is defined twice")
        labels.setdefault(entry.label, index)
        for term in (*entry.terms, *entry.anaphors):
            owner = owners.setdefault(term.lower(), entry.label)
            if owner != entry.label:
                problems.append(
                    f"$.topics ({entry.label!r}): term {term!r} already belongs to {owner!r}"
                )
    for entry in topics:
        for implied in (*entry.implies, *(i for t in entry.term_implies.values() for i in t)):
            if implied not in labels or implied == entry.label:
                problems.append(
                    f"$.topics ({entry.label!r}).implies: {implied!r} is not another label "
                    "of the taxonomy"
                )


def _section(value: Any, where: str, keys: set[str], problems: list[str]) -> dict[str, Any] | None:
    if value is None:
        return None
    if not isinstance(value, dict):
        problems.append(f"{where}: expected an object, got {_kind(value)}")
        return None
    problems.extend(f"{where}: unknown key {key!r}" for key in sorted(set(value) - keys))
    missing = sorted(keys - set(value))
    if missing:
        problems.append(f"{where}: missing {', '.join(map(repr, missing))}")
        return None
    return value


def _parse_relations(value: Any, problems: list[str]) -> RelationsRule | None:
    section = _section(value, "$.relations", {"category", "nouns", "template"}, problems)
    if section is None:
        return None
    before = len(problems)
    category = _category(section["category"], "$.relations.category", problems)
    nouns = _strings(section["nouns"], "$.relations.nouns", problems, empty_ok=False)
    template = section["template"]
    if not isinstance(template, str) or "{first}" not in template or "{second}" not in template:
        problems.append("$.relations.template: expected a string with {first} and {second}")
    if len(problems) > before or category is None:
        return None
    return RelationsRule(
        category=category, nouns=tuple(n.lower() for n in nouns), template=template
    )


def _parse_events(value: Any, problems: list[str]) -> tuple[EventSeries, ...]:
    if value is None:
        return ()
    if not isinstance(value, list):
        problems.append(f"$.events: expected a list of objects, got {_kind(value)}")
        return ()
    series = []
    for index, raw in enumerate(value):
        where = f"$.events[{index}]"
        section = _section(raw, where, {"prefix", "category"}, problems)
        if section is None:
            if raw is None:
                problems.append(f"{where}: expected an object, got nothing")
            continue
        prefix = section["prefix"]
        category = _category(section["category"], f"{where}.category", problems)
        if not isinstance(prefix, str) or not prefix.isalpha():
            problems.append(f"{where}.prefix: expected letters only, got {prefix!r}")
        elif category is not None:
            series.append(EventSeries(prefix=prefix, category=category))
    return tuple(series)


def _parse_disputes(value: Any, problems: list[str]) -> DisputesRule | None:
    keys = {"category", "nouns", "prepositions"}
    section = _section(value, "$.disputes", keys, problems)
    if section is None:
        return None
    before = len(problems)
    category = _category(section["category"], "$.disputes.category", problems)
    nouns = _strings(section["nouns"], "$.disputes.nouns", problems, empty_ok=False)
    preps = _strings(section["prepositions"], "$.disputes.prepositions", problems, empty_ok=False)
    if len(problems) > before or category is None:
        return None
    return DisputesRule(
        category=category,
        nouns=tuple(n.lower() for n in nouns),
        prepositions=tuple(p.lower() for p in preps),
    )


def _parse_discussed(value: Any, problems: list[str]) -> DiscussedRule | None:
    keys = {"category", "verbs", "heads", "prepositions"}
    section = _section(value, "$.discussed", keys, problems)
    if section is None:
        return None
    before = len(problems)
    category = _category(section["category"], "$.discussed.category", problems)
    verbs = _strings(section["verbs"], "$.discussed.verbs", problems)
    heads = _strings(section["heads"], "$.discussed.heads", problems)
    preps = _strings(section["prepositions"], "$.discussed.prepositions", problems)
    if heads and not preps:
        problems.append("$.discussed.prepositions: must hold at least one string when heads do")
    if len(problems) > before or category is None:
        return None
    return DiscussedRule(
        category=category,
        verbs=frozenset(v.lower() for v in verbs),
        heads=frozenset(h.lower() for h in heads),
        prepositions=frozenset(p.lower() for p in preps),
    )


def _parse_places(value: Any, problems: list[str]) -> dict[str, tuple[str, ...]]:
    if value is None:
        return {}
    if not isinstance(value, dict):
        problems.append(f"$.places: expected an object of name: [aliases], got {_kind(value)}")
        return {}
    return {
        name: tuple(_strings(aliases, f"$.places[{name!r}]", problems))
        for name, aliases in value.items()
    }


def _guess_lemma(word: str) -> str:
    """Guess the lemma spaCy gives a plural common noun, for the ``LEMMA`` phrase patterns.

    Words written with capitals or non-letters are kept: proper nouns keep their case
    as lemmas. A wrong guess costs nothing but a missed inflection, since every term is
    also matched as written.
    """
    if not word.isalpha() or not word.islower() or len(word) <= 3 or word.endswith(_KEEP_FINAL_S):
        return word
    if word.endswith("ies"):
        return word[:-3] + "y"
    if word.endswith(("sses", "shes", "ches", "xes")):
        return word[:-2]
    if word.endswith("s"):
        return word[:-1]
    return word


def _is_acronym(word: str) -> bool:
    return word.isupper() and sum(char.isalpha() for char in word) >= 2


@attrs.frozen
class _Candidate:
    """One match before overlaps are resolved: the tokens it claims and what it mentions."""

    start: int
    end: int
    key: object
    label: str
    category: TopicCategory
    # token range of the mention, inside [start, end), or going on past it to a head written
    # once for two modifiers ("Iran's nuclear [and missile programs]")
    mention: tuple[int, int]
    rank: int  # lower wins between matches of the same length


class TopicMatcher:
    """Finds the topics of a taxonomy in processed spaCy docs; built once, called per doc.

    >>> import spacy
    >>> nlp = spacy.blank("en")
    >>> matcher = TopicMatcher(nlp.vocab, load_taxonomy())
    >>> [t.label for t in matcher(nlp("Talks on COP28 and US-China relations."))]
    ['COP28', 'US-China relations']
    """

    def __init__(self, vocab: Vocab, taxonomy: Taxonomy) -> None:
        """Build the matchers for ``taxonomy`` over ``vocab``."""
        self.taxonomy = taxonomy
        self._entries: list[TopicEntry] = list(taxonomy.topics)
        self._by_label = {entry.label: index for index, entry in enumerate(self._entries)}
        self._by_term = {
            term.lower(): index
            for index, entry in enumerate(self._entries)
            for term in (entry.label, *entry.terms)
        }
        # "Karabakh" for "Nagorno-Karabakh": the last part of a hyphenated name, when it is
        # no country's name and no other term ends so
        ends: dict[str, set[int]] = {}
        countries: set[str] = set()  # last parts that name a country ("Ethiopia-Eritrea")
        for index, entry in enumerate(self._entries):
            for term in (entry.label, *entry.terms):
                head, hyphen, last = term.rpartition("-")
                if hyphen and head[:1].isupper() and last[:1].isupper() and last.isalpha():
                    ends.setdefault(last.lower(), set()).add(index)
                    if country_code(last) is not None:
                        countries.add(last.lower())
        self._by_last_part = {
            last: indexes.pop()
            for last, indexes in ends.items()
            if len(indexes) == 1 and last not in self._by_term and last not in countries
        }
        # "World Cup", "Grand Prix": terms of several words written capitalised, the kind of
        # a name that ends with them ("the Women's Rugby World Cup")
        self._kinds_of_names = frozenset(
            term.lower()
            for entry in self._entries
            for term in entry.terms
            if " " in term
            and all(word[:1].isupper() and not _is_acronym(word) for word in term.split())
        )
        self._exact = PhraseMatcher(vocab, attr="ORTH")
        self._norm = PhraseMatcher(vocab, attr="NORM")
        self._lemma = PhraseMatcher(vocab, attr="LEMMA")
        self._tokens = Matcher(vocab)
        # For each token pattern, the words a doc must hold for it to match (see
        # ``_required_words``); None for a pattern that can match in any doc.
        self._pattern_words: list[list[frozenset[int]] | None] = []
        self._tokenizer = _Tokenizer(vocab)
        for index, entry in enumerate(self._entries):
            key = f"topic:{index}"
            self._add_terms(vocab, key, entry.terms)
            if entry.patterns:
                self._tokens.add(key, list(entry.patterns))
                self._pattern_words += [_required_words(vocab, p) for p in entry.patterns]
            self._add_terms(vocab, f"anaphor:{index}", entry.anaphors)
        # Phrases that are never topics ("war of words"): matched like terms, they hide the
        # terms inside them.
        self._add_terms(vocab, "exclude:", taxonomy.exclude)
        self._places = _place_index(taxonomy.places)
        self._has_patterns = any(entry.patterns for entry in self._entries)
        self._add_productive_patterns(vocab, taxonomy)
        # Match ids are hashes of these keys: decode them without the string store.
        keys = [f"topic:{index}" for index in range(len(self._entries))]
        keys += [f"anaphor:{index}" for index in range(len(self._entries))]
        keys += [f"relations:{form}" for form in ("hyphen", "joined", "between", "with")]
        keys += [f"event:{series.prefix}" for series in taxonomy.events] + ["disputes"]
        keys += ["exclude:", "discussed:"]
        self._keys = {vocab.strings.add(key): key.partition(":")[::2] for key in keys}

    def _add_terms(self, vocab: Vocab, key: str, terms: Iterable[str]) -> None:
        """Add ``terms`` under ``key`` to the phrase matchers: as written, and through lemmas."""
        exact, norm, lemma = [], [], []
        for term in terms:
            words = self._tokenizer(term)
            if any(_is_acronym(word) for word in words):
                exact.append(Doc(vocab, words=words))
            else:
                norm.append(Doc(vocab, words=words))
            lemmas = [_guess_lemma(word) for word in words]
            lemma.append(Doc(vocab, words=words, lemmas=lemmas))
            if lemmas[0].islower():
                # A capitalised first word tagged PROPN keeps its capital in the lemma
                # ("Bee colonies" at the start of a sentence).
                title = [lemmas[0].capitalize(), *lemmas[1:]]
                lemma.append(Doc(vocab, words=words, lemmas=title))
        for matcher, patterns in ((self._exact, exact), (self._norm, norm)):
            if patterns:
                matcher.add(key, patterns)
        if lemma:
            self._lemma.add(key, lemma)

    def _add_productive_patterns(self, vocab: Vocab, taxonomy: Taxonomy) -> None:
        """Build the token matchers of the productive forms, each run only when needed.

        A token ``Matcher`` tests its first pattern token on every token of the doc, which
        is slow next to a phrase matcher (its regular expressions are Python calls); so each
        productive matcher runs only on docs that hold one of its anchor words (a relation
        noun, a dispute noun, an event prefix), and there only on the stretches of the doc
        where a match can be (see :meth:`_token_matches`).
        """
        self._relations = Matcher(vocab)
        self._relation_nouns: frozenset[int] = frozenset()
        # The LOWER values of every token a relations pattern can match, besides capitalised
        # words, "-" and "'s" (the window test of ``_relation_windows``).
        self._relation_words: frozenset[int] = frozenset()
        self._possessive_norm = vocab.strings.add("'s")
        self._hyphen = vocab.strings.add("-")
        relations = taxonomy.relations
        if relations is not None:
            self._relation_nouns = frozenset(vocab.strings.add(n) for n in relations.nouns)
            self._relation_words = self._relation_nouns | {
                vocab.strings.add(word) for word in ("between", "the", "and", "with")
            }
            noun: dict[str, Any] = {"LOWER": {"IN": list(relations.nouns)}}
            the: dict[str, Any] = {"LOWER": "the", "OP": "?"}
            name: dict[str, Any] = {**_CAPITALISED, "OP": "+"}
            joined: dict[str, Any] = {"TEXT": {"REGEX": r"^[A-Z][\w.']*-[A-Z][\w.']*$"}}
            self._relations.add("relations:hyphen", [[name, {"ORTH": "-"}, name, noun]])
            self._relations.add("relations:joined", [[joined, noun]])
            between = [noun, {"LOWER": "between"}, the, name, {"LOWER": "and"}, the, name]
            self._relations.add("relations:between", [between])
            self._relations.add(
                "relations:with",
                [[name, {"NORM": "'s"}, noun, {"LOWER": "with"}, the, name]],
            )
        self._events = Matcher(vocab)
        self._event_words = frozenset(
            vocab.strings.add(word)
            for series in taxonomy.events
            for prefix in [series.prefix.lower()]
            for word in (prefix, *(f"{prefix}{dash}{n}" for dash in ("", "-") for n in range(200)))
        )
        # The first token of every event pattern, as a test on a token's text: a match
        # starts only where one of them holds.
        self._event_starts: list[tuple[re.Pattern[str], frozenset[str]]] = []
        self._event_start_cache: dict[int, bool] = {}  # ORTH value -> may start a match
        for series in taxonomy.events:
            number = rf"^(?i:{re.escape(series.prefix)})-?\d{{1,3}}$"
            prefixes = [series.prefix.upper(), series.prefix.title()]
            self._event_starts.append((re.compile(number), frozenset(prefixes)))
            self._events.add(
                f"event:{series.prefix}",
                [
                    [{"TEXT": {"REGEX": number}}],
                    [
                        {"TEXT": {"IN": prefixes}},
                        {"ORTH": "-", "OP": "?"},
                        {"TEXT": {"REGEX": r"^\d{1,3}$"}},
                    ],
                ],
            )
        # Labels of the discussed rule's category, as written ("Taiwan", "South China Sea"),
        # found in the same pass as the acronyms.
        discussed = taxonomy.discussed
        if discussed is not None:
            labels = [e.label for e in taxonomy.topics if e.category is discussed.category]
            if labels:
                self._exact.add(
                    "discussed:", [Doc(vocab, words=self._tokenizer(label)) for label in labels]
                )
        self._disputes = Matcher(vocab)
        self._dispute_nouns: frozenset[int] = frozenset()
        disputes = taxonomy.disputes
        if disputes is not None:
            self._dispute_nouns = frozenset(vocab.strings.add(n) for n in disputes.nouns)
            self._disputes.add(
                "disputes",
                [
                    [
                        {"LOWER": {"IN": list(disputes.nouns)}},
                        {"LOWER": {"IN": list(disputes.prepositions)}},
                        {"LOWER": "the", "OP": "?"},
                        {"ENT_TYPE": {"IN": _PLACE_LABELS}},
                    ]
                ],
            )

    def _token_matches(self, doc: Doc) -> list[tuple[int, int, int]]:
        """Run the token matchers that can match in ``doc``.

        The productive matchers run only on the windows of the doc that can hold a match
        (every match lies inside one), which finds the same matches as a run over the whole
        doc at a fraction of the cost.
        """
        lowers: list[int] = doc.to_array(LOWER).tolist() if len(doc) else []
        words = set(lowers)
        matches: list[tuple[int, int, int]] = []
        if self._has_patterns and any(
            required is None or all(not options.isdisjoint(words) for options in required)
            for required in self._pattern_words
        ):
            # run over the whole doc, as written, when one of its patterns can match there
            matches += self._tokens(doc)
        if self._relation_nouns or self._dispute_nouns or self._event_words:
            if not self._relation_nouns.isdisjoint(words):
                matches += _matches_in(self._relations, doc, self._relation_windows(doc, lowers))
            if not self._dispute_nouns.isdisjoint(words):
                starts = [i for i, word in enumerate(lowers) if word in self._dispute_nouns]
                # "<noun> <preposition> [the] PLACE": four tokens at most.
                matches += _matches_in(self._disputes, doc, _windows(starts, 4, len(doc)))
            if not self._event_words.isdisjoint(words):
                # "COP28", "COP-28", "COP 28", "COP - 28": three tokens at most.
                windows = _windows(self._event_start_tokens(doc), 3, len(doc))
                matches += _matches_in(self._events, doc, windows)
        return matches

    def _relation_windows(self, doc: Doc, lowers: Sequence[int]) -> list[tuple[int, int]]:
        """Return the token ranges that can hold a relations match.

        Around each relation noun, the longest run of tokens that some token of the
        relations patterns can match.
        """
        windows: list[tuple[int, int]] = []
        end = 0
        for i, word in enumerate(lowers):
            if i < end or word not in self._relation_nouns:
                continue
            start = i
            while start > 0 and self._may_relate(doc, start - 1):
                start -= 1
            end = i + 1
            while end < len(lowers) and self._may_relate(doc, end):
                end += 1
            windows.append((start, end))
        return windows

    def _may_relate(self, doc: Doc, i: int) -> bool:
        """Whether token ``i`` can be a token of a relations match (see the patterns)."""
        token = doc[i]
        return (
            token.lower in self._relation_words
            or token.text[:1] in _ASCII_CAPITALS
            or token.orth == self._hyphen
            or token.norm == self._possessive_norm
        )

    def _event_start_tokens(self, doc: Doc) -> list[int]:
        """Return the tokens where an event pattern's first token matches (once per word)."""
        cache = self._event_start_cache
        strings = doc.vocab.strings
        starts = []
        for i, orth in enumerate(doc.to_array(ORTH).tolist()):
            known = cache.get(orth)
            if known is None:
                text = strings[orth]
                known = any(
                    number.search(text) is not None or text in prefixes
                    for number, prefixes in self._event_starts
                )
                if len(cache) >= 100_000:
                    cache.clear()
                cache[orth] = known
            if known:
                starts.append(i)
        return starts

    def __call__(self, doc: Doc) -> list[Topic]:
        """Return the topics of ``doc``, in order of first mention, with ids ``t1``, ``t2``..."""
        return self._topics(doc, _longest_first(self._candidates(doc)))

    def _candidates(self, doc: Doc) -> list[_Candidate]:
        found: list[_Candidate] = []
        names = _name_spans(doc)
        tagged = doc.has_annotation("POS") or doc.has_annotation("TAG")
        parsed = tagged and doc.has_annotation("DEP")
        phrase_hits = self._exact(doc) + self._norm(doc)
        if doc.has_annotation("LEMMA"):
            phrase_hits += self._lemma(doc)
        passive = self._passive_terms(doc) if parsed else []
        phrase_hits += passive
        excluded: list[tuple[int, int]] = []
        discussed: list[tuple[int, int]] = []
        anaphors: list[_Candidate] = []
        for match_id, start, end in phrase_hits:
            family, detail = self._keys[match_id]
            if family not in ("topic", "anaphor"):
                (excluded if family == "exclude" else discussed).append((start, end))
                continue
            if self._is_name_part(doc, start, end, names):
                continue
            if tagged and _verb_use(doc[end - 1]) and (match_id, start, end) not in passive:
                continue
            if parsed and _another_sense(doc, start, end, names, self._entries[int(detail)]):
                continue
            if not parsed and end - start == 1 and _guess_lemma(doc[start].lower_) in _DEAL_HEADS:
                continue  # whose deal a bare "merger" is takes the parse to tell
            index = int(detail)
            if parsed and end - start == 1 and _church_election(doc[start]):
                # "his election as pope" is the church's affair, as "the papal election" is
                index = self._by_term.get(_CHURCH_ELECTION, index)
            elif index == self._by_term.get("election") and _in_conclave(doc[start]):
                # "the cardinals cast four ballots": the vote of a conclave
                index = self._by_term.get(_CHURCH_ELECTION, index)
            elif index == self._by_term.get("election") and parsed and _union_vote(doc[start]):
                # "nurses backed industrial action in a ballot": a union's vote
                index = self._by_term.get(_UNION_BALLOT, index)
            elif parsed and _state_aid_held_back(doc, start, end):
                # "Congress blocked aid to Ukraine", "Hungary blocked aid to Ukraine": a
                # state's money held back, not relief
                index = self._by_label.get(_FOREIGN_AID, index)
            elif parsed and _attack_between_sides(doc, start, end, self._entries[index]):
                # "Palestinian stabbing attacks on Israelis": one side's violence on the other
                index = self._by_label.get(_SIDES_LABEL, index)
            elif _patrol_at_sea(doc, start, end):
                # "joint patrols at sea" guard the waters, not a border
                index = self._by_label.get(_SEA_LABEL, index)
            candidate = self._entry_candidate(index, start, end, rank=int(detail))
            (found if family == "topic" else anaphors).append(candidate)
        if parsed:
            found.extend(self._elided(doc, names))
        rule = self.taxonomy.discussed
        if discussed and rule is not None and doc.has_annotation("DEP"):
            found.extend(self._discussed_places(doc, discussed, names, rule))
        for match_id, start, end in self._token_matches(doc):
            family, detail = self._keys[match_id]
            if family == "topic":
                if parsed and end - start == 1 and _listed_place(doc[start]):
                    continue  # "raids near schools and churches": places, not teaching
                if not self._is_name_part(doc, start, end, names):
                    index = int(detail)
                    if end - start == 1 and _forwards_of_a_team(doc, doc[start]):
                        # "top strikers" in a report of a football match are players
                        index = self._by_term.get(_FORWARD, index)
                    found.append(self._entry_candidate(index, start, end, rank=int(detail)))
            elif family == "relations" and self.taxonomy.relations is not None:
                found.extend(self._relation(doc, start, end, detail, self.taxonomy.relations))
            elif family == "event":
                found.extend(self._event(doc, start, end, detail))
            elif family == "disputes" and self.taxonomy.disputes is not None:
                found.extend(self._dispute(doc, end, self.taxonomy.disputes))
        if excluded:
            found = [c for c in found if not _inside_any(c, excluded)]
        if anaphors:
            # "the exercises" is a topic's only after the topic's own terms named it, or in
            # the sentence that names it ("Voters cast ballots in the election"); people who
            # choose, the subject of a verb of voting, name it alone ("voters backed him")
            first: dict[str, int] = {}
            sentences: dict[str, set[int]] = {}
            sentenced = doc.has_annotation("SENT_START") or parsed
            for candidate in found:
                first[candidate.label] = min(candidate.start, first.get(candidate.label, len(doc)))
                if sentenced:
                    sentence = doc[candidate.start].sent.start
                    sentences.setdefault(candidate.label, set()).add(sentence)
            # a term of the same topic that runs past the anaphor is the mention ("the merger
            # deal" is "merger deal"); one inside it leaves it ("The Grand Prix")
            spans: dict[str, list[tuple[int, int]]] = {}
            for candidate in found:
                spans.setdefault(candidate.label, []).append((candidate.start, candidate.end))
            found += [
                candidate
                for candidate in anaphors
                if not any(
                    start < candidate.end and candidate.start < end and end > candidate.end
                    for start, end in spans.get(candidate.label, ())
                )
                and (
                    first.get(candidate.label, len(doc)) < candidate.start
                    or (
                        sentenced
                        and doc[candidate.start].sent.start in sentences.get(candidate.label, ())
                    )
                    or (parsed and _chooser(doc[candidate.end - 1]))
                )
                and not _inside_any(candidate, excluded)
            ]
        return found

    def _elided(self, doc: Doc, names: Mapping[int, tuple[int, int]]) -> list[_Candidate]:
        """Terms of a first modifier whose head noun is written once, after a second one.

        "Iran's nuclear and missile programs" is "Iran's nuclear program" and "missile
        programs": the first modifier with the words before it and the shared head is matched
        as a term, which must take in the modifier (the head alone is matched as written).
        """
        found = []
        # Only a conjunct can be such a second modifier: the conjuncts are picked in the
        # doc's array of dependencies, without a ``Token`` for every word.
        for token in (doc[i] for i in conjuncts(doc)):
            first = token.head
            if token.dep_ != "conj" or first.dep_ not in ("amod", "compound"):
                continue
            head = first.head
            if not first.i < token.i < head.i or head.pos_ not in ("NOUN", "PROPN"):
                continue
            left = head.left_edge.i
            if left > first.i or any(
                doc[i].dep_ in ("cc", "conj", "punct") for i in range(left, first.i)
            ):
                continue
            tokens = [*doc[left : first.i + 1], head]
            words = [t.text for t in tokens]
            lemmas = [t.lemma_ or t.text for t in tokens]
            elided = Doc(doc.vocab, words=words, lemmas=lemmas)
            for match_id, start, end in self._exact(elided) + self._lemma(elided):
                family, detail = self._keys[match_id]
                if family != "topic" or end != len(words) or start > len(words) - 2:
                    continue
                if self._is_name_part(doc, left + start, first.i + 1, names):
                    continue
                candidate = self._entry_candidate(
                    int(detail), left + start, first.i + 1, rank=int(detail)
                )
                found.append(attrs.evolve(candidate, mention=(left + start, head.i + 1)))
        return found

    def _passive_terms(self, doc: Doc) -> list[tuple[int, int, int]]:
        """Terms of a verb and its object said in the passive: "Aid to Ukraine was blocked".

        The object, the passive subject of the verb, and the verb make the term ("block
        aid"); the match runs from the first of them to the last.
        """
        found = []
        for token in doc:
            if token.dep_ not in _PASSIVE_SUBJECTS or token.head.pos_ != "VERB":
                continue
            verb = token.head.lemma_.lower()
            for noun in {token.lemma_.lower(), token.lower_}:
                index = self._by_term.get(f"{verb} {noun}")
                if index is not None:
                    first, last = sorted((token.i, token.head.i))
                    key = doc.vocab.strings[f"topic:{index}"]
                    found.append((key, first, last + 1))
                    break
        return found

    def _discussed_places(
        self,
        doc: Doc,
        places: Iterable[tuple[int, int]],
        names: Mapping[int, tuple[int, int]],
        rule: DiscussedRule,
    ) -> list[_Candidate]:
        """Places of the rule's category that the parse shows as discussed ("talks on Taiwan")."""
        found = []
        for start, end in places:
            label = self._by_label.get(doc[start:end].text)
            if (
                label is not None
                and not self._is_name_part(doc, start, end, names)
                and _is_discussed(doc[start:end].root, rule)
            ):
                found.append(self._entry_candidate(label, start, end, rank=-1))
        return found

    def _entry_candidate(self, index: int, start: int, end: int, *, rank: int) -> _Candidate:
        entry = self._entries[index]
        return _Candidate(
            start=start,
            end=end,
            key=entry.label,
            label=entry.label,
            category=entry.category,
            mention=(start, end),
            rank=rank,
        )

    def _is_name_part(
        self, doc: Doc, start: int, end: int, names: Mapping[int, tuple[int, int]]
    ) -> bool:
        """Whether the match is a piece of a longer name rather than a subject."""
        for i in range(start, end):
            name = names.get(i)
            if name is None and doc[i].ent_type_ in _NAME_LABELS:
                name = _entity_at(doc, i)
            if name is not None and name[0] < start and doc[name[0]].lower_ == "the":
                name = (name[0] + 1, name[1])  # "the Rugby World Cup" is the term's own name
            if (
                name is not None
                and name[1] == end
                and name[0] < start
                and doc[start:end].text.lower() in self._kinds_of_names
                and all(
                    token.text[:1].isupper() for token in map(doc.__getitem__, range(start, end))
                )
            ):
                continue  # "the Women's Rugby World Cup" is a World Cup
            if name is not None and (name[0] < start or name[1] > end):
                return True
        if _in_quoted_title(doc, start, end):
            return True
        # "Human Rights Watch", "Trade Organization": a name that goes on after the term;
        # "The World Anti-Doping Agency": a hyphenated term, capitalised, the parser may read
        # its last part as an adjective
        first, after = start, end
        while first > 1 and doc[first - 1].text == "-" and not doc[first - 2].whitespace_:
            first -= 2  # "Anti-" before "Doping"
        while after + 1 < len(doc) and doc[after].text == "-" and not doc[after - 1].whitespace_:
            after += 2  # "-Doping" after "Anti"
        # (the words by index here and below: a slice of the doc makes a ``Span`` first)
        words = [token for token in map(doc.__getitem__, range(first, after)) if token.text != "-"]
        if (
            after < len(doc)
            and doc[after].pos_ == "PROPN"
            and (
                all(token.pos_ == "PROPN" for token in words)
                or (len(words) < after - first and all(t.text[:1].isupper() for t in words))
            )
        ):
            return True
        # "the NCSC's chief technology officer", "technology editor": a job's field; "EU
        # trade chief", "the EU's trade commissioner": the portfolio of an office, also the
        # second of two ("the work and pensions committee")
        last = doc[end - 1]
        if (
            end < len(doc)
            and (doc[end].lower_ in _JOB_HEADS or doc[end].lower_ in _PORTFOLIO_HEADS)
            and (last.head.i == end or (last.dep_ == "conj" and last.head.head.i == end))
        ):
            return True
        # "the minister for migration", "vice-president for tech sovereignty": the portfolio
        # of an office, written after it in lower case
        before = start - 1
        while before > 0 and doc[before].dep_ in ("compound", "amod") and doc[before].is_lower:
            before -= 1  # "for tech sovereignty"
        if (
            before > 0
            and doc[before].lower_ == "for"
            and doc[before - 1].lower_ in _PORTFOLIO_OFFICES
            and doc[before].head.i == before - 1
        ):
            return True
        # "Trade, Industry and Energy Minister Park": a portfolio of an office's title
        if not all(token.text[:1].isupper() for token in map(doc.__getitem__, range(start, end))):
            return False
        # "Under Secretary of the Treasury for Terrorism and Financial Intelligence": the
        # portfolio after the title
        if start > 1 and doc[start - 1].lower_ == "for":
            # the capitalised title right before "for" ("Under Secretary of the Treasury"),
            # not "the case for Net Zero" after a title
            i = start - 2
            while i >= max(0, start - 8) and (
                doc[i].text[:1].isupper() or doc[i].lower_ in ("of", "the", "and")
            ):
                if doc[i].lower_ in _OFFICE_HEADS and doc[i].text[:1].isupper():
                    return True
                i -= 1
        for token in doc[end : end + 5]:
            if token.lower_ in _OFFICE_HEADS and token.text[:1].isupper():
                return True
            if not (token.text[:1].isupper() or token.lower_ in (",", "and", "&")):
                return False
        return False

    def _relation(
        self, doc: Doc, start: int, end: int, form: str, rule: RelationsRule
    ) -> list[_Candidate]:
        tokens = doc[start:end]
        first: str | None
        second: str | None
        if form == "hyphen":
            hyphen = next(i for i in range(start + 1, end) if doc[i].text == "-")
            first = self._place(doc[start:hyphen].text)
            second = self._place(doc[hyphen + 1 : end - 1].text)
        elif form == "joined":
            left, _, right = tokens[0].text.partition("-")
            first, second = self._place(left), self._place(right)
        elif form == "between":
            conj = max(i for i in range(start, end) if doc[i].lower_ == "and")
            first = self._place(_strip_the(doc[start + 2 : conj]))
            second = self._place(_strip_the(doc[conj + 1 : end]))
        else:  # "X's relations with Y"
            owner = next(i for i in range(start, end) if doc[i].norm_ == "'s")
            first = self._place(doc[start:owner].text)
            second = self._place(_strip_the(doc[owner + 3 : end]))
        if first is None or second is None or first == second:
            return []
        return [
            _Candidate(
                start=start,
                end=end,
                key=("relations", frozenset((first, second))),
                label=rule.template.format(first=first, second=second),
                category=rule.category,
                mention=(start, end),
                rank=-1,
            )
        ]

    def _place(self, text: str) -> str | None:
        """Return the short name of the country or bloc ``text`` names, if it names one."""
        name = self._places.get(text) or self._places.get(text.lower())
        if name is None and self.taxonomy.places:
            # Countries the taxonomy does not list: their ISO short names ("Chad").
            code = country_code(text)
            name = country_name(code) if code else None
            name = self._places.get(name, name) if name else None
        return name

    def _event(self, doc: Doc, start: int, end: int, prefix: str) -> list[_Candidate]:
        series = next(s for s in self.taxonomy.events if s.prefix == prefix)
        digits = re.search(r"\d+$", doc[start:end].text)
        if digits is None:  # pragma: no cover - both patterns end in digits
            return []
        label = f"{series.prefix}{int(digits.group())}"
        index = self._by_label.get(label)
        category = self._entries[index].category if index is not None else series.category
        return [
            _Candidate(
                start=start,
                end=end,
                key=label,
                label=label,
                category=category,
                mention=(start, end),
                rank=-1,
            )
        ]

    def _dispute(self, doc: Doc, end: int, rule: DisputesRule) -> list[_Candidate]:
        # Only the place is claimed, so "US-China tensions over Taiwan" keeps both topics.
        place = _entity_at(doc, end - 1)
        if place is None or (place[0] != end - 1 and doc[place[0]].lower_ != "the"):
            return []  # the match must reach the start of the place's name
        found = []
        while place is not None:
            first, last = place
            if doc[first].lower_ == "the":
                first += 1
            if first >= last or (last < len(doc) and doc[last].norm_ in _POSSESSIVE):
                break
            name = doc[first:last].text
            index = self._by_label.get(name, self._by_term.get(name.lower()))
            if index is None and name[:1].isupper():
                index = self._by_last_part.get(name.lower())  # "claims on Karabakh"
            entry = self._entries[index] if index is not None else None
            found.append(
                _Candidate(
                    start=first,
                    end=last,
                    key=entry.label if entry else name,
                    label=entry.label if entry else name,
                    category=entry.category if entry else rule.category,
                    mention=(first, last),
                    rank=-1,
                )
            )
            place = _next_conjunct(doc, last)
        return found

    def _topics(self, doc: Doc, chosen: Iterable[_Candidate]) -> list[Topic]:
        mentions: dict[object, list[tuple[int, int, str]]] = {}
        labels: dict[object, tuple[str, TopicCategory]] = {}
        for candidate in chosen:
            first, last = candidate.mention
            covered = doc[first:last]
            span = (covered.start_char, covered.end_char, covered.text)
            keys = [(candidate.key, candidate.label, candidate.category)]
            index = self._by_label.get(candidate.label)
            if index is not None and candidate.key == candidate.label:
                entry = self._entries[index]
                said = (covered.text.lower(), " ".join(t.lemma_.lower() for t in covered))
                by_term = next((entry.term_implies[w] for w in said if w in entry.term_implies), ())
                for implied in (*entry.implies, *by_term):
                    other = self._entries[self._by_label[implied]]
                    keys.append((other.label, other.label, other.category))
            for key, label, category in keys:
                labels.setdefault(key, (label, category))
                mentions.setdefault(key, []).append(span)
        topics = []
        for number, key in enumerate(sorted(mentions, key=lambda k: min(mentions[k])), start=1):
            spans = [Span(start=s, end=e, text=t) for s, e, t in sorted(set(mentions[key]))]
            label, category = labels[key]
            topics.append(Topic(id=f"t{number}", label=label, category=category, mentions=spans))
        return topics


class _Tokenizer:
    """Split a term into words the way the pipeline's tokenizer splits text."""

    def __init__(self, vocab: Vocab) -> None:
        self._nlp = English(vocab=vocab)

    def __call__(self, text: str) -> list[str]:
        return [token.text for token in self._nlp.make_doc(text)]


def _place_index(places: Mapping[str, Sequence[str]]) -> dict[str, str]:
    """Map each alias (as written, and lower-cased unless it is an acronym) to its name."""
    index: dict[str, str] = {}
    for name, aliases in places.items():
        for alias in (name, *aliases):
            index.setdefault(alias, name)
            if not _is_acronym(alias.replace(".", "")):
                index.setdefault(alias.lower(), name)
    return index


# Works of fiction, whose setting is no subject: "a novel set on an oil rig".
_FICTION_WORKS = frozenset(
    {"novel", "novella", "film", "movie", "play", "drama", "thriller", "series", "sitcom"}
    | {"comedy", "musical", "opera", "story", "tale", "book", "show", "episode", "fiction"}
)


# Quotation marks, and the small words a title in capitals may hold in lower case.
_QUOTES = frozenset({'"', "\u201c", "\u201d", "''", "``"})
_TITLE_SMALL_WORDS = frozenset(
    {"a", "an", "the", "of", "and", "or", "in", "on", "at", "to", "for", "by", "with", ":", ","}
    | {"-", "'s", "\u2019s"}
)


# Works whose quoted titles name no subject: the fiction and the art of a review.
_TITLED_WORKS = _FICTION_WORKS | frozenset(
    {"album", "song", "single", "record", "poem", "painting", "sculpture", "exhibition"}
    | {"novelist", "author", "singer", "band", "director", "playwright"}
)


def _in_quoted_title(doc: Doc, start: int, end: int) -> bool:
    """Whether a term in capitals is a piece of a quoted title: "The Cost of Living", a novel.

    The quotation marks hold two words or more, all capitalised but for small words ("of",
    "the"), as are the term's words (an acronym is no title case), and a work of fiction or
    art is named next to them ("the novel", "its album", "a song by"). Not a quote in
    lower case ("a 'trade war'"), a quoted sentence ("Inflation is high"), nor the name of
    a campaign or a headline ("the 'War on Drugs' campaign"), which say what they are about.
    """
    words = [
        t
        for t in map(doc.__getitem__, range(start, end))  # (no ``Span`` made by a slice)
        if t.is_alpha and t.lower_ not in _TITLE_SMALL_WORDS
    ]
    if not words or not all(t.text[:1].isupper() and not t.is_upper for t in words):
        return False
    first = start - 1
    while first >= 0 and first > start - 10 and doc[first].text not in _QUOTES:
        first -= 1
    last = end
    while last < len(doc) and last < end + 10 and doc[last].text not in _QUOTES:
        last += 1
    if first < 0 or last >= len(doc) or doc[first].text not in _QUOTES:
        return False
    if doc[last].text not in _QUOTES:
        return False
    words = [t for t in doc[first + 1 : last] if not t.is_punct]
    if len(words) < 2 or not all(
        t.text[:1].isupper() or t.lower_ in _TITLE_SMALL_WORDS or t.like_num for t in words
    ):
        return False
    around = [*doc[max(0, first - 4) : first], *doc[last + 1 : last + 5]]
    return any(t.lemma_.lower() in _TITLED_WORKS or t.lower_ in _TITLED_WORKS for t in around)


def _strip_the(span: Any) -> str:
    text: str = span.text
    return text[4:] if text.lower().startswith("the ") else text


# Words that end the title of an office or the name of a body after its portfolio: "Trade
# Minister", "Education Department".
_OFFICE_HEADS = frozenset(
    {"minister", "ministry", "secretary", "commissioner", "department", "committee", "board"}
)
# Offices whose portfolio may follow "for": "the minister for migration".
_PORTFOLIO_OFFICES = frozenset(
    {"minister", "secretary", "commissioner", "president", "vice-president", "envoy", "czar"}
    | {"tsar", "spokesperson", "spokesman", "spokeswoman", "coordinator", "rapporteur"}
)
# Offices written after their portfolio in lower case: "EU trade chief", "the trade
# commissioner", "a climate envoy".
_PORTFOLIO_HEADS = _OFFICE_HEADS | _PORTFOLIO_OFFICES | {"chief"}
# Jobs named by their field: "chief technology officer", "health correspondent", "an
# infectious diseases specialist", "a vaccine expert", "public health experts".
_JOB_HEADS = frozenset(
    {"officer", "editor", "correspondent", "reporter", "columnist", "writer", "specialist"}
    | {"specialists", "expert", "experts", "adviser", "advisers", "advisor", "advisors"}
)


# Words for a war that, before "on" or "against" and a common noun, name a campaign
# against a thing ("a war on aspiration", "the war against corruption").
_CAMPAIGN_WORDS = frozenset({"war", "wars"})
# Heads of terms that, made definite, name a body rather than its making ("the interim
# government in Damascus", "Syria's transitional government").
_BODY_HEADS = frozenset({"government"})
# Categories whose terms name sectors of the economy, and so a person's trade ("a farmer").
_SECTORS = frozenset({TopicCategory.ECONOMY, TopicCategory.ENERGY, TopicCategory.TRADE})
_DEFINITE = frozenset({"the", "this", "that", "its", "their", "his", "her", "our"})


def _another_sense(
    doc: Doc, start: int, end: int, names: Mapping[int, tuple[int, int]], entry: TopicEntry
) -> bool:
    """Whether a term of ``entry`` says something other than its topic here, by the parse.

    - a war on a thing is a campaign: "Labour's war on aspiration", "a war against
      corruption" (a singular common noun after "on" or "against"), not "the war on
      Ukraine", "a war on two fronts" or "the war on the ground";
    - a definite government is a body, not its forming: "the interim government in
      Damascus", "Syria's interim government", "his Government of National Unity", not
      "agree on an interim government";
    - a person's trade, a singular noun of a sector of the economy next to the person's
      name: "Mahmoud Khalil, a 52-year-old farmer", "farmer Jane Doe" (but "Sam, a
      refugee from Pakistan" is about refugees);
    - what a named body is: "the Mossad spy agency", "the Hezbollah terror group", "The
      United Nations refugee agency, UNHCR," (see ``_describes_body``);
    - where words were said: "condemned the meeting on social media" (see
      ``_speech_channel``);
    - the first half of a noun made of a verb and its particle: "a political trade-off",
      "a trade-in" (see ``_before_particle``);
    - a thing, not people, held hostage: "hold the capital hostage" (see
      ``_held_hostage_thing``).
    - a crossing point, not crossings made: "aid trucks waited at border crossings",
      "agreed to open two more border crossings" (see ``_crossing_point``);
    - a person's own debt, not a state's: "he had not paid his debt", "she said they owe
      a debt to the volunteers" (see ``_owed_by_person``);
    - where and when a work of fiction is set: "a novel set on an oil rig" (see
      ``_fiction_setting``);
    - a game or a show that something is compared with: "This is not a football match",
      "the chamber looked like a boxing match" (see ``_comparison``);
    - an adjective after "the" that goes on to its noun: "the poor harvest" is no
      "the poor";
    - a walkout from a meeting, not from work: "the delegation staged a walkout during
      the talks" (see ``_walkout_from_meeting``);
    - an eviction by an army, not by a landlord: "the army issued eviction orders" (see
      ``_eviction_by_force``).
    """
    last = doc[end - 1]
    if (
        doc[start].lower_ == "the"
        and last.tag_ in ("JJ", "JJR", "JJS")
        and last.dep_ == "amod"
        and last.head.i >= end
        and end < len(doc)
        and doc[end].tag_ in ("NN", "NNS", "JJ", "VBG", "VBN")
    ):
        return True  # "the poor grass growth": an adjective before its noun, not "the poor"
    if _describes_body(doc, start, end, names) or _speech_channel(doc, start, end):
        return True
    if _before_particle(doc, end) or _held_hostage_thing(doc, start, end):
        return True
    if _crossing_point(doc, start, end) or _fiction_setting(doc, start, end):
        return True
    if _walkout_from_meeting(doc, start, end) or _eviction_by_force(doc, start, end):
        return True
    if entry.category in _IMAGE_CATEGORIES and _comparison(doc, start, end):
        return True
    if end - start == 1 and last.lower_ in _CAMPAIGN_WORDS and end + 1 < len(doc):
        prep = doc[end]
        if prep.lower_ in ("on", "against") and prep.head.i == last.i:
            i = end + 1
            while i < len(doc) and doc[i].tag_ == "JJ" and doc[i].is_lower:
                i += 1
            if (
                i < len(doc)
                and doc[i].tag_ == "NN"
                and doc[i].head.i == prep.i
                and doc[i].is_lower
                and not doc[i].ent_type_
                and i not in names
                and (i + 1 == len(doc) or doc[i + 1].lower_ != "of")  # "on behalf of"
            ):
                return True
    # the term's own head: "government" in "his Government of National Unity"
    head = next(
        (t for t in map(doc.__getitem__, range(start, end)) if not start <= t.head.i < end), last
    )
    if end - start == 1 and head.lemma_.lower() in _PERSONAL_HEADS and _owed_by_person(head):
        return True
    if end - start == 1 and head.lemma_.lower() in _DEAL_HEADS and not _among_firms(head):
        return True
    if _festival_prize(doc, start, end):
        return True
    if head.lemma_.lower() in _ROLE_HEADS and any(
        word.lower_ in _PAST_WORDS for word in doc[max(0, start - 4) : start]
    ):
        return True  # "former Republican presidential candidate Marco Rubio": a past role
    if head.lemma_.lower() in _BODY_HEADS and any(
        child.dep_ == "poss" or (child.dep_ == "det" and child.lower_ in _DEFINITE)
        for child in head.children
    ):
        return True
    return (
        entry.category in _SECTORS
        and last.tag_ == "NN"
        and last.dep_ in ("appos", "compound")
        and last.head.i not in range(start, end)
        and (last.head.ent_type_ == "PERSON" or last.head.i in _name_spans(doc, ("person",)))
        and (last.dep_ == "appos" or last.i < last.head.i)
    )


# Dependencies a mention's neighbourhood climbs through to the words it belongs to: "eviction
# orders", "schools, hospitals and mosques", "voted to block".
_PHRASE_DEPS = frozenset({"compound", "conj", "xcomp"})
# Dependencies of a phrase that make it the verb's thing: "issued eviction orders".
_OBJECT_DEPS = frozenset({"dobj", "nsubjpass"})
# Who holds a thing back: "Congress blocked", "was blocked by Congress".
_HOLDER_DEPS = frozenset({"nsubj", "agent"})
_PREP_DEPS = frozenset({"prep"})
# A passive subject, also as the parser reads a capitalised noun that starts a sentence as a
# verb ("Aid to Gaza was blocked", with "Aid" a clause).
_PASSIVE_SUBJECTS = frozenset({"nsubjpass", "csubjpass"})
# Words that tell who does what a noun names: "military eviction orders", "evictions by
# Israeli forces", "the army issued eviction orders".
_DOER_DEPS = frozenset({"amod", "compound", "nmod", "nsubj", "agent", "prep"})


def _context_words(
    head: Token,
    deps: frozenset[str] = frozenset(),
    *,
    up: bool = True,
    governor: bool = False,
    prepositions: frozenset[str] = frozenset({"by"}),
    sentence: bool = False,
) -> frozenset[str]:
    """Return the words of :func:`_context_tokens`, in lower case and as lemmas."""
    return frozenset(
        _forms(
            _context_tokens(
                head, deps, up=up, governor=governor, prepositions=prepositions, sentence=sentence
            )
        )
    )


def _context_tokens(
    head: Token,
    deps: frozenset[str] = frozenset(),
    *,
    up: bool = True,
    governor: bool = False,
    prepositions: frozenset[str] = frozenset({"by"}),
    sentence: bool = False,
) -> list[Token]:
    """Return the words around a mention's head word.

    The one way the sense checks look at a mention's context. With ``sentence``, every
    word of the head's sentence (of the doc when it has no sentences). Otherwise the head's
    syntactic neighbourhood: the head; unless not ``up``, the words it hangs from through
    compounds, conjunctions and clauses it completes ("eviction orders", "voted to block");
    with ``governor``, the verb whose object or passive subject that phrase is ("issued
    eviction orders"); and of each of these, the children by one of ``deps`` ("the army
    issued", "military eviction") with the objects of an agent or of one of
    ``prepositions`` among them ("evictions by Israeli forces"), and their conjuncts.
    """
    doc = head.doc
    if sentence:
        parsed = doc.has_annotation("SENT_START") or doc.has_annotation("DEP")
        return list(head.sent if parsed else doc)
    chain = [head]
    while up and len(chain) < 4 and head.dep_ in _PHRASE_DEPS and head.head.i != head.i:
        head = head.head
        chain.append(head)
    if governor and head.dep_ in _OBJECT_DEPS and head.head.i != head.i:
        chain.append(head.head)
    near: list[Token] = list(chain)
    for word in chain:
        for child in word.children:
            if child.dep_ not in deps:
                continue
            if child.dep_ == "agent" or (child.dep_ == "prep" and child.lower_ in prepositions):
                near.extend(g for g in child.children if g.dep_ == "pobj")
            elif child.dep_ != "prep":
                near.append(child)
    near += [conjunct for word in near[len(chain) :] for conjunct in word.conjuncts]
    return near


def _forms(words: Iterable[Token]) -> Iterable[str]:
    """Yield each word in lower case and its lemma in lower case."""
    for word in words:
        yield word.lower_
        if word.lemma_:
            yield word.lemma_.lower()


# The label a state's aid held back by lawmakers counts for, and the verbs that hold it back.
_FOREIGN_AID = "foreign aid"
_HOLDING_BACK = frozenset({"block", "obstruct"})
# Members of a party in a legislature ("House Republicans blocked aid"): lawmakers here, but
# no word of a legislature's hearing for the meetings lexicon.
_PARTY_MEMBERS = frozenset({"republicans", "democrats"})


@cache
def _lawmakers() -> frozenset[str]:
    """Words of a legislature or its members: the meetings lexicon's ``legislative_words``."""
    return MeetingLexicon.load().legislative_words | _PARTY_MEMBERS


def _state_aid_held_back(doc: Doc, start: int, end: int) -> bool:
    """Whether a term of blocking aid tells of a state's aid held back, not of relief.

    Held back by a legislature or its members ("Congress blocked aid to Ukraine", "The
    Senate voted to block aid to Israel", "Aid to Ukraine was blocked by Congress": the
    subject or agent of the verb, or of the verb it completes), or by a state from another
    state ("Hungary blocked aid to Ukraine"). Not relief kept from people in need: "Rebels
    blocked aid to the city", "Israel blocked aid to Gaza" (a territory, no state).
    """
    verbs = [
        word
        for word in map(doc.__getitem__, range(start, end))
        if word.lemma_.lower() in _HOLDING_BACK and word.pos_ == "VERB"
    ]
    if end - start < 2 or not verbs:
        return False
    verb = verbs[0]
    aid = doc[end - 1] if verb.i == start else doc[start]
    holders = _context_tokens(verb, _HOLDER_DEPS)
    if frozenset(_forms(holders)) & _lawmakers():
        return True
    if not any(_names_state(word) for word in holders if word.i != verb.i):
        return False
    to = frozenset({"to"})
    recipients = _context_tokens(aid, _PREP_DEPS, up=False, prepositions=to)
    recipients += _context_tokens(verb, _PREP_DEPS, up=False, prepositions=to)
    return any(_names_state(word) for word in recipients if word.i not in (aid.i, verb.i))


def _names_state(word: Token) -> bool:
    """Whether a word is (in) the name of a country ("Hungary", "the United States")."""
    if word.ent_type_ != "GPE":
        return False
    span = _entity_at(word.doc, word.i)
    name = word.doc[span[0] : span[1]].text if span else word.text
    return country_code(name) is not None or country_code(_strip_the_text(name)) is not None


def _strip_the_text(name: str) -> str:
    return name[4:] if name.lower().startswith("the ") else name


# The label of the waters' security, and words of a sentence that put a patrol at sea.
_SEA_LABEL = "maritime security"
_SEA_WORDS = frozenset(
    {"sea", "seas", "waters", "ocean", "oceans", "maritime", "naval", "navy", "navies"}
    | {"strait", "straits", "gulf", "coastguard", "warships", "vessels", "offshore"}
)


def _patrol_at_sea(doc: Doc, start: int, end: int) -> bool:
    """Whether a joint patrol keeps watch at sea, not on a border.

    "The navies began joint patrols", "joint patrols in the South China Sea", "joint
    patrols at sea" (a word of the sea in the sentence); not "joint patrols along the
    border" nor "border patrols".
    """
    last = doc[end - 1]
    if last.lower_ not in ("patrol", "patrols") or doc[start].lower_ == "border":
        return False
    return bool(_context_words(last, sentence=True) & _SEA_WORDS)


# Places named with schools in a list of where something happened: "raids near schools and
# churches", "shelled schools, hospitals and mosques"; and the prepositions and verbs that
# make them places.
_LISTED_PLACES = frozenset(
    {"church", "mosque", "synagogue", "temple", "hospital", "clinic", "courthouse", "court"}
    | {"shelter", "market", "home", "house", "shop", "playground", "park", "worship"}
)
_PLACE_PREPOSITIONS = frozenset(
    {"near", "at", "outside", "inside", "around", "in", "on", "by", "beside", "against"}
    | {"into", "from", "to", "nearby", "within"}
)
_ATTACK_VERBS = frozenset(
    {"attack", "shell", "bomb", "strike", "hit", "target", "raid", "destroy", "damage"}
    | {"storm", "loot", "burn", "occupy"}
)


def _listed_place(token: Token) -> bool:
    """Whether "schools" are places in a list, not education.

    "Raids near schools and churches", "strikes on schools, hospitals and mosques",
    "soldiers shelled schools, hospitals and mosques": listed with churches, hospitals or
    homes, after a preposition of place or as what a verb of attack hit. Not "the
    government will fund schools and hospitals" nor "schools reopened".
    """
    if token.lower_ != "schools":
        return False
    first = token
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    if not _context_words(first, frozenset({"conj"}), up=False) & _LISTED_PLACES:
        return False
    head = first.head
    if first.dep_ == "pobj":
        return head.lower_ in _PLACE_PREPOSITIONS
    return first.dep_ in ("dobj", "nsubjpass") and head.lemma_.lower() in _ATTACK_VERBS


# Words of a meeting a delegation walks out of, and words of work that make a walkout a
# strike ("Teachers staged a walkout over pay").
_WALKOUT_HEADS = frozenset({"walkout", "walkouts"})
# The kinds of meeting one may walk out of (not a visit nor a call).
_SITTINGS = frozenset({"meeting", "talks", "summit", "negotiation"})
# Sittings and those who sit in them that the meetings lexicon does not hold as words of a
# meeting of their own: a debate or a ceremony is no meeting between parties, and envoys and
# delegations are listed there among all persons.
_SITTING_WORDS = frozenset(
    {"chamber", "debate", "ceremony", "speech", "delegation", "delegate", "delegates"}
    | {"diplomat", "diplomats", "envoy", "envoys"}
)


@cache
def _meeting_words() -> frozenset[str]:
    """Nouns of a sitting and of its members: the meetings lexicon's, and the few above."""
    lexicon = MeetingLexicon.load()
    sittings = {noun for noun, kind in lexicon.nouns.items() if kind.value in _SITTINGS}
    return frozenset(
        sittings | lexicon.gathering_names | lexicon.legislative_words | _SITTING_WORDS
    )


_WORK_WORDS = frozenset(
    {"pay", "wage", "wages", "union", "unions", "worker", "workers", "staff", "employees"}
    | {"strike", "strikes", "job", "jobs", "shift", "shifts", "salary", "salaries", "employer"}
    | {"employers", "industrial", "picket", "management", "conditions", "contract"}
)


# Who walks out and what they leave: "the delegation staged a walkout", "a walkout from
# parliament", "staged a walkout during the talks".
_WALKER_DEPS = frozenset({"nsubj", "amod", "compound", "nmod", "poss", "prep", "agent"})
_LEAVING_PREPOSITIONS = frozenset({"from", "of", "during", "at", "in", "out", "by"})


def _walkout_from_meeting(doc: Doc, start: int, end: int) -> bool:
    """Whether a walkout leaves a meeting, not work.

    "The delegation staged a walkout during the talks", "Opposition lawmakers staged a
    walkout from parliament": in the walkout's neighbourhood (who stages it, and what it is
    from, of, during or at), a word of a meeting or of its members, and none of work. Not
    "Teachers staged a walkout over pay", nor "Nurses staged a walkout after the meeting"
    (a meeting only near it in time).
    """
    if doc[end - 1].lower_ not in _WALKOUT_HEADS:
        return False
    words = _context_words(
        doc[end - 1], _WALKER_DEPS, governor=True, prepositions=_LEAVING_PREPOSITIONS
    )
    return bool(words & _meeting_words()) and not words & _WORK_WORDS


# The label of violence by one side of a conflict on another, the nouns of attacks a crime
# term may be or name ("stabbing attacks"), and the prepositions of their target.
_SIDES_LABEL = "political violence"
_ATTACK_NOUNS = frozenset({"attack", "assault", "stabbing", "shooting", "killing", "raid"})
_TARGET_PREPOSITIONS = frozenset({"on", "against"})
# Named groups that may be sides of a conflict: peoples and nations, and countries.
_SIDE_LABELS = frozenset({"NORP", "GPE"})


def _attack_between_sides(doc: Doc, start: int, end: int, entry: TopicEntry) -> bool:
    """Whether a crime term tells of attacks by one people or nation on another.

    "Palestinian stabbing attacks on Israelis", "a wave of Israeli settler attacks against
    Palestinians": an attack whose doer (a modifier, the subject, or the agent) and whose
    target (after "on" or "against") are both named peoples or nations, and not the same
    one, is violence in a conflict, not ordinary crime. Not "a stabbing attack on a
    teenager in Leeds", nor "Russian gangs' attacks on Russian businessmen".
    """
    if entry.category is not TopicCategory.SOCIETY or entry.label != "crime":
        return False
    attack = doc[end - 1]
    while attack.dep_ == "compound" and attack.head.i > attack.i:
        attack = attack.head  # "stabbing attacks"
    if attack.lemma_.lower() not in _ATTACK_NOUNS or attack.pos_ not in ("NOUN", "PROPN"):
        return False
    doers = _context_tokens(attack, _DOER_DEPS, governor=True, up=False)
    targets = _context_tokens(attack, _PREP_DEPS, up=False, prepositions=_TARGET_PREPOSITIONS)
    sides = (
        {word.lemma_.lower() for word in doers if word.ent_type_ in _SIDE_LABELS},
        {word.lemma_.lower() for word in targets if word.ent_type_ in _SIDE_LABELS},
    )
    return bool(sides[0] and sides[1]) and not sides[0] & sides[1]


# Words of armed forces that order evictions: "military eviction orders". The actors
# lexicon holds these words only among all state bodies ("army" with "ministry") and all
# groups of people ("troops" with "tenants"), with nothing that tells the armed ones apart.
_ARMED_WORDS = frozenset({"military", "army", "troops", "soldiers", "forces", "armed", "idf"})
_EVICTION_HEADS = frozenset({"eviction", "evictions"})


def _eviction_by_force(doc: Doc, start: int, end: int) -> bool:
    """Whether an eviction is an army's, not a landlord's: no housing.

    "The army issued eviction orders", "military eviction orders", "evictions by Israeli
    forces" (a modifier, the subject of the verb or the agent is a word of armed forces);
    not "Tenants face eviction".
    """
    noun = doc[end - 1]
    if noun.lower_ not in _EVICTION_HEADS:
        return False
    return bool(_context_words(noun, _DOER_DEPS, governor=True) & _ARMED_WORDS)


def _fiction_setting(doc: Doc, start: int, end: int) -> bool:
    """Whether a term names where or when a work of fiction is set, not what an article is about.

    "Her novel is set on an oil rig", "The film, set in a refugee camp,", "a thriller set
    against the backdrop of the oil crisis": the term's noun is the object of a preposition
    on "set" (a participle) whose subject, or the noun it describes, is a work of fiction,
    also through nouns in between ("the backdrop of"). Not "oil rigs were set on fire", nor
    "the rules set on oil exports".
    """
    noun = doc[end - 1]
    for _ in range(4):
        if noun.dep_ in ("compound", "amod") and noun.head.i > noun.i:
            noun = noun.head
        if noun.dep_ != "pobj" or noun.head.dep_ != "prep":
            return False
        owner = noun.head.head
        if owner.lemma_.lower() == "set" and owner.tag_ == "VBN":
            if owner.dep_ in ("acl", "relcl") and owner.head.lemma_.lower() in _FICTION_WORKS:
                return True
            return any(
                child.dep_ == "nsubjpass" and child.lemma_.lower() in _FICTION_WORKS
                for child in owner.children
            )
        if owner.pos_ not in ("NOUN", "PROPN"):
            return False
        noun = owner
    return False


# Categories whose terms lend images to other news: a game or a show that something is
# compared with ("This is not a football match") says nothing of sport.
_IMAGE_CATEGORIES = frozenset({TopicCategory.OTHER})
# Verbs after which "like" compares: "looked like a boxing match".
_SEEM_VERBS = frozenset({"be", "look", "feel", "seem", "sound"})


def _comparison(doc: Doc, start: int, end: int) -> bool:
    """Whether a term names what something is compared with, not a subject of the article.

    "This is not a football match" (what a negated "be" says its subject is),
    "The chamber looked like a boxing match", "It felt like a cup final" (the object of
    "like" after a verb of being or seeming). Not "The final was a football match to
    remember", nor "sports like football".
    """
    noun = doc[end - 1]
    if noun.dep_ in ("compound", "amod") and noun.head.i > noun.i:
        noun = noun.head
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.dep_ == "attr":
        noun = noun.head.head  # "not a game of cricket"
    if noun.dep_ == "attr" and noun.head.lemma_.lower() == "be":
        return any(child.dep_ == "neg" for child in noun.head.children)
    return (
        noun.dep_ == "pobj"
        and noun.head.lower_ == "like"
        and noun.head.head.lemma_.lower() in _SEEM_VERBS
    )


# The term whose topic a church leader's election is ("religion" in the shipped taxonomy);
# a taxonomy without it leaves such an election where its own term puts it.
_CHURCH_ELECTION = "papal election"
# Offices of churches and faiths whose holder's election is no political vote.
_CHURCH_OFFICES = frozenset(
    {"pope", "pontiff", "papacy", "patriarch", "archbishop", "bishop", "primate", "rabbi"}
)


def _church_election(token: Token) -> bool:
    """Whether an "election" is that of a church's leader: "after his election as pope".

    The one elected (the possessive, or the object of "of") is a person whose title is a
    church office (the actors' titles), or the office is named after "as" or "to" ("his
    election to the papacy", "the election of the new patriarch"). Not "his election as
    mayor", "the election of a new parliament".
    """
    if token.lemma_.lower() != "election":
        return False
    owners: list[Token] = []
    for child in token.children:
        if child.dep_ == "poss":
            owners.append(child)
        elif child.dep_ == "prep" and child.lower_ in ("of", "as", "to"):
            owners += [c for c in child.children if c.dep_ == "pobj"]
    if not owners:
        return False
    if any(owner.lemma_.lower() in _CHURCH_OFFICES for owner in owners):
        return True
    actors = token.doc._.get(DOC_ACTORS) if token.doc.has_extension(DOC_ACTORS) else None
    for actor in actors or ():
        titles = {title.lower() for title in actor.get("titles") or ()}
        if actor.get("kind") != "person" or titles.isdisjoint(_CHURCH_OFFICES):
            continue
        for mention in actor.get("mentions", ()):
            if any(mention["start"] <= o.idx < mention["end"] for o in owners):
                return True
    return False


# Words of a sentence that tell a vote of a church's electors: "the cardinals cast ballots".
_CONCLAVE_WORDS = frozenset({"conclave", "conclaves", "cardinals"})


def _in_conclave(token: Token) -> bool:
    """Whether a word of voting is said of a conclave: "the cardinals cast four ballots".

    The sentence names the conclave or the cardinals who vote in it, in lower case (not
    "Cardinals", a team's name).
    """
    return any(word.lower_ in _CONCLAVE_WORDS and word.is_lower for word in token.sent)


# Heads of terms of a role in a race, and words that make the role a person's past one:
# "former presidential candidate", "then-presidential nominee".
_ROLE_HEADS = frozenset({"candidate", "nominee"})
_PAST_WORDS = frozenset({"former", "then", "then-", "ex", "ex-", "one-time", "onetime"})
# The term of the forward on a team, and words that only a report of football has.
_FORWARD = "striker"
_FOOTBALL_WORDS = frozenset(
    {"football", "soccer", "footballer", "footballers", "goalkeeper", "goalkeepers"}
    | {"midfielder", "midfielders", "winger", "wingers", "referee", "striker", "goalscorer"}
)


def _forwards_of_a_team(doc: Doc, token: Token) -> bool:
    """Whether "strikers" are a team's forwards: the document reports football.

    "That is what top strikers do", after a goalkeeper's mistake and the referee's penalty,
    speaks of players; "the strikers blocked the gates" in a story of a walkout, of workers.
    """
    return token.lower_ == "strikers" and any(t.lower_ in _FOOTBALL_WORDS for t in doc)


# Terms of a race that are also the prizes of festivals: "won the Grand Prix at Cannes".
_FESTIVAL_PRIZES = frozenset({"grand prix"})
# Words of a festival of films or the arts.
_FESTIVAL_WORDS = frozenset(
    {"film", "films", "festival", "festivals", "movie", "movies", "cinema", "jury"}
    | {"screenplay", "documentary", "filmmaker", "filmmakers", "director's"}
)


def _festival_prize(doc: Doc, start: int, end: int) -> bool:
    """Whether a "Grand Prix" is a festival's prize: the document is about films or a festival.

    "The director won the Grand Prix, the festival's second prize": a jury's award, no race.
    A Grand Prix in a document with no word of films or festivals is a race ("Hamilton won
    the Grand Prix"), as most in the news are.
    """
    if doc[start:end].text.lower() not in _FESTIVAL_PRIZES:
        return False
    return any(token.lower_ in _FESTIVAL_WORDS for token in doc)


# Heads of terms that name a deal between companies only where the sentence names them:
# "Rail firms agree merger", not "the merger of the two rebel groups".
_DEAL_HEADS = frozenset({"merger"})
# Nouns of companies and their trade: "firm", "the lender", "shareholders", "a $2bn stake".
_FIRM_NOUNS = frozenset(
    {"firm", "company", "bank", "lender", "insurer", "airline", "carrier", "operator"}
    | {"retailer", "supermarket", "brewer", "miner", "utility", "conglomerate", "business"}
    | {"shareholder", "investor", "stake", "share", "acquisition", "takeover", "antitrust"}
    | {"telecom", "telecoms", "broadcaster", "publisher", "startup", "start-up", "subsidiary"}
    | {"manufacturer", "producer", "developer", "rival", "competitor", "brand", "chain"}
)


def _among_firms(token: Token) -> bool:
    """Whether a word of a deal is said of companies: its sentence names them or their trade.

    A common noun of a company or its trade ("Rail firms agree merger",
    "shareholders backed the merger", "the carmaker's merger"), a company's suffix ("Inc",
    "plc") or a sum of money. Not "the merger of the two rebel groups", "a merger of the
    two parties", where nothing names a business.
    """
    if any(_firm_word(word) for word in token.sent):
        return True
    # "Nissan and Honda agreed a merger": companies named by name only, told to be
    # companies elsewhere in the document ("the two carmakers", "shares of Nissan")
    return _named_parties(token) and any(_firm_word(word) for word in token.doc)


def _firm_word(word: Token) -> bool:
    """Whether ``word`` names a company or its trade: "firm", "carmaker", "plc", "$2bn"."""
    lemma = word.lemma_.lower()
    if word.pos_ == "NOUN" and (
        lemma in _FIRM_NOUNS or word.lower_ in _FIRM_NOUNS or lemma.endswith("maker")
    ):
        return True
    return word.text in _company_suffixes() or word.ent_type_ == "MONEY"


def _named_parties(deal: Token) -> bool:
    """Whether organisations named by name are the parties to ``deal``.

    The subject of the verb whose object the deal is ("Nissan and Honda agreed a merger"),
    its owner ("Nissan's merger") or what it is of, with or between ("the merger of Nissan
    and Honda", "a merger with Honda").
    """
    parties: list[Token] = []
    if deal.dep_ in ("dobj", "nsubjpass", "attr"):
        parties += [c for c in deal.head.children if c.dep_ == "nsubj"]
    for child in deal.children:
        if child.dep_ == "poss":
            parties.append(child)
        elif child.dep_ == "prep" and child.lower_ in ("of", "with", "between"):
            parties += [c for c in child.children if c.dep_ == "pobj"]
    return any(word.ent_type_ == "ORG" for party in parties for word in (party, *party.conjuncts))


@cache
def _company_suffixes() -> frozenset[str]:
    """Suffixes of companies' names: "Inc", "plc" (the actors' lexicon)."""
    return frozenset(load_lexicon("titles")["company_suffixes"])


# Verbs whose subject chooses in a vote: "voters backed the party", "voters went to the polls".
_CHOOSING_VERBS = frozenset(
    {"vote", "elect", "re-elect", "choose", "back", "reject", "return", "oust", "pick", "cast"}
    | {"endorse", "approve", "turn", "go", "head", "punish", "deliver"}
)


def _chooser(token: Token) -> bool:
    """Whether people are the subject of a verb of voting: "voters backed the party".

    The term is a plural noun of people ("voters"), the subject of one of the verbs of
    choosing, or of the relative clause after it ("voters who backed him"). Not "the trust
    of voters", "voters are angry about prices".
    """
    if token.tag_ != "NNS" or (
        token.lower_ not in _people_nouns() and token.lemma_.lower() not in _people_nouns()
    ):
        return False
    if token.dep_ == "nsubj" and token.head.lemma_.lower() in _CHOOSING_VERBS:
        return True
    # "evangelical voters who backed Trump"
    return any(
        child.dep_ == "relcl" and child.lemma_.lower() in _CHOOSING_VERBS
        for child in token.children
    )


# The term whose topic a union's vote is ("labour" in the shipped taxonomy).
_UNION_BALLOT = "strike ballot"
# Words of voting that a union's members do too.
_BALLOT_WORDS = frozenset({"ballot", "ballots", "voting"})
# Words of a sentence that tell a vote of a union's members: "a ballot on strike action".
_UNION_WORDS = frozenset({"union", "unions", "strike", "strikes", "walkout", "industrial"})


def _union_vote(token: Token) -> bool:
    """Whether a ballot is a union's: "nurses backed industrial action in a ballot".

    A bare "ballot" or "voting" in a sentence that names a union, a strike, a walkout or
    industrial action in lower case ("the union", not the "European Union"). Not "voters
    cast their ballots in the election".
    """
    return token.lower_ in _BALLOT_WORDS and any(
        word.lower_ in _UNION_WORDS and word.is_lower for word in token.sent
    )


# Heads of terms that, owed by a person, are that person's affairs: "his debts".
_PERSONAL_HEADS = frozenset({"debt"})
# Words for a person who owns or owes something: "his debt", "she owes a debt".
_PERSONAL_OWNERS = frozenset({"his", "her", "my", "your", "i", "he", "she", "you"})
# Verbs of owing and paying back, whose subject owes the debt.
_OWING_VERBS = frozenset({"owe", "pay", "repay", "settle", "incur", "accumulate"})


# Common nouns for a state that takes on debt: "the country took on a debt".
_STATE_NOUNS = frozenset({"country", "government", "state", "nation", "treasury"})


def _owed_by_person(head: Token) -> bool:
    """Whether a debt is a person's own: "his debts", "Ley's debt", "she owes a debt".

    The owner is the possessive before the noun, or the subject of the verb of owing or
    paying whose object the noun is: a personal pronoun or a person's name; a debt with "a"
    and no owner is one person's too ("a row over a debt"). Not "the country's debt",
    "Greece repaid its debt", "we owe a debt" (a speaker's nation), "Greece took on a debt".
    """
    owners = [child for child in head.children if child.dep_ == "poss"]
    if head.dep_ in ("dobj", "obj") and head.head.lemma_.lower() in _OWING_VERBS:
        owners += [child for child in head.head.children if child.dep_ == "nsubj"]
    if not owners:
        # "killed in a row over a debt": one debt, owed by no state or body named as its owner
        return (
            head.tag_ == "NN"
            and any(child.dep_ == "det" and child.lower_ in ("a", "an") for child in head.children)
            and not any(
                child.dep_ == "nsubj"
                and (child.ent_type_ in ("GPE", "ORG", "NORP") or child.lower_ in _STATE_NOUNS)
                for child in (head.head.children if head.dep_ in ("dobj", "obj") else ())
            )
        )
    persons = _name_spans(head.doc, ("person",))
    return any(
        owner.lower_ in _PERSONAL_OWNERS or owner.ent_type_ == "PERSON" or owner.i in persons
        for owner in owners
    )


# Particles that make a noun of the word before them and a hyphen: "trade-off", "trade-in".
_PARTICLES = frozenset({"off", "in", "out", "up", "down", "over", "on", "back", "away"})
# Singular nouns of people the actors' lexicon has no use for: "held the crew hostage".
_COLLECTIVE_PEOPLE = frozenset({"crew", "staff", "people", "child", "children", "public"})
# Verbs one holds or keeps something hostage with.
_HOLDING_VERBS = frozenset({"hold", "keep"})


def _before_particle(doc: Doc, end: int) -> bool:
    """Whether a term is glued by a hyphen to a particle after it: "a trade-off".

    The particle and the term make another word ("trade-off", "trade-in", "war-off" is
    none); not a compound with a word of its own ("trade-related", "war-torn").
    """
    return (
        end + 1 < len(doc)
        and doc[end].text in HYPHENS
        and not doc[end - 1].whitespace_
        and not doc[end].whitespace_
        and doc[end + 1].lower_ in _PARTICLES
    )


@cache
def _people_nouns() -> frozenset[str]:
    """Nouns of people and their titles (the actors' lexicon), lower case."""
    lists = load_lexicon("titles")
    return _COLLECTIVE_PEOPLE | frozenset(
        word.lower()
        for key in ("group_nouns", "person_nouns", "titles", "kinship_nouns")
        for word in lists[key]
    )


def _held_hostage_thing(doc: Doc, start: int, end: int) -> bool:
    """Whether "hostage" says a thing is held to ransom: "hold the capital hostage".

    "hostage" alone right after the object of "hold" or "keep", when that object is a
    singular common noun of no people (or a place's name), names no hostages; not "held
    five aid workers hostage", "took him hostage", "held the crew hostage" where the noun is
    of people, nor a number, a pronoun or a person's name. So is "hostage" after a passive
    "held" whose subject is such a noun ("the country cannot be held hostage"; not "the crew
    was held hostage").
    """
    if end - start != 1 or doc[start].lower_ != "hostage" or start < 2:
        return False
    held = doc[start - 1]
    if held.lemma_.lower() in _HOLDING_VERBS and held.tag_ == "VBN":
        # "the country cannot be held hostage": the passive's subject is what is held
        subject = next((c for c in held.children if c.dep_ == "nsubjpass"), None)
        return subject is not None and _thing_not_people(subject)
    verb = next(
        (
            i
            for i in range(start - 2, max(start - 7, -1), -1)
            if doc[i].lemma_.lower() in _HOLDING_VERBS and doc[i].pos_ in ("VERB", "AUX")
        ),
        None,
    )
    if verb is None:
        return False
    words = doc[verb + 1 : start]
    if any(
        token.is_punct
        or token.pos_ in ("PRON", "NUM", "VERB", "AUX", "ADP")
        or token.ent_type_ in ("PERSON", "NORP", "CARDINAL")
        for token in words
    ):
        return False
    return _thing_not_people(doc[start - 1])


# Heads of terms for crossings made that also name the point crossed: "border crossings".
_CROSSING_HEADS = frozenset({"crossing"})
# Prepositions and verbs, and nouns of those verbs, whose object is a point crossed: "at the
# border crossing", "reopen the border crossings", "the closure of border crossings".
_POINT_PREPOSITIONS = frozenset({"at", "near", "via", "to", "toward", "towards", "from"})
_POINT_VERBS = frozenset({"open", "reopen", "close", "shut", "seal", "blockade"})
_POINT_NOUNS = frozenset({"opening", "reopening", "closure", "closing", "shutdown", "blockade"})
# Modifiers of crossings made: "illegal border crossings".
_CROSSINGS_MADE = frozenset({"illegal", "irregular", "unlawful", "unauthorized", "unauthorised"})


def _crossing_point(doc: Doc, start: int, end: int) -> bool:
    """Whether a term for crossings made names the points crossed instead.

    "Aid trucks waited at border crossings", "agreed to open two more border crossings",
    "the crossings were closed", "the reopening of the border crossings": the object of a
    preposition of place, or of a verb (or its noun) of opening and closing, is a place, not
    people crossing. Not "illegal border crossings", "border crossings fell", "migrants
    poured through the border crossing".
    """
    head = doc[end - 1]
    if head.lemma_.lower() not in _CROSSING_HEADS:
        return False
    if any(c.dep_ == "amod" and c.lower_ in _CROSSINGS_MADE for c in head.children):
        return False
    while head.dep_ == "conj" and head.head.i < head.i:
        head = head.head
    governor = head.head
    if head.dep_ == "pobj":
        if governor.lower_ in _POINT_PREPOSITIONS:
            return True
        return governor.lower_ == "of" and governor.head.lemma_.lower() in _POINT_NOUNS
    return head.dep_ in ("dobj", "nsubjpass") and governor.lemma_.lower() in _POINT_VERBS


def _thing_not_people(head: Token) -> bool:
    """Whether a noun held hostage is a thing or a place: "the capital", "the country"."""
    if head.ent_type_ in ("GPE", "LOC", "FAC"):
        return True
    return (
        head.tag_ == "NN"
        and head.lower_ not in _people_nouns()
        and head.lemma_.lower() not in _people_nouns()
    )


# Nouns of a body that a term before them may only describe: "spy agency", "terror group",
# "the farmers' party".
_BODY_NOUNS = frozenset(
    {"agency", "group", "organization", "organisation", "body", "network", "movement", "militia"}
    | {"party"}
)
# Prepositions before the medium words are said on: "on social media", "via Telegram".
_CHANNEL_PREPOSITIONS = frozenset({"on", "via", "over"})


def _describes_body(doc: Doc, start: int, end: int, names: Mapping[int, tuple[int, int]]) -> bool:
    """Whether a term only says what a named body is, as a word of its descriptor.

    "the Mossad spy agency", "the Hezbollah terror group", "The United Nations refugee
    agency, UNHCR,", "the farmers' party BBB": the term ends with a body's noun or modifies
    it (or owns it), and the body is named right before it, right after it or in apposition.
    Not "a terror group attacked" (no name), nor "US spy agencies" (a country, no body's
    name).
    """
    last = doc[end - 1]
    if last.lemma_.lower() in _BODY_NOUNS and end - start > 1:
        body = last
    elif last.head.lemma_.lower() in _BODY_NOUNS and (
        (last.dep_ == "compound" and last.head.i == end)
        # "the farmers' party", "the farmers's party"
        or (last.dep_ == "poss" and last.head.i in (end, end + 1))
    ):
        body = last.head
    else:
        return False
    if start > 0 and start - 1 in names and doc[start - 1].head.i == body.i:
        return True
    if body.dep_ == "compound" and body.head.i in names and body.head.i > body.i:
        return True  # "the farmers' party BBB"
    return any(child.dep_ == "appos" and child.i in names for child in body.children) or (
        body.dep_ == "appos" and body.head.i in names
    )


@cache
def _speech_verbs() -> frozenset[str]:
    """Lemmas of the verbs that report speech (the statement cues' ``verbs``)."""
    return frozenset(load_lexicon("cues")["verbs"])


@cache
def _platforms() -> frozenset[str]:
    """Social media and other platforms one speaks on, lower case (the cues' ``platforms``)."""
    return frozenset(name.lower() for name in load_lexicon("cues")["platforms"])


def _speech_channel(doc: Doc, start: int, end: int) -> bool:
    """Whether a term names the medium words were said on, not what they were about.

    "Machado condemned the meeting on social media", "announced it via the internet": a
    medium ("media", "internet", a platform) after "on", "via" or "over" that hangs on a
    verb of speech or on its object. Not "a ban on social media", "lifted curbs on the
    internet" (no verb of speech).
    """
    last = doc[end - 1]
    if last.lower_ not in ("media", "internet") and last.lower_ not in _platforms():
        return False
    before = start - 1
    while before > 0 and doc[before].dep_ in ("det", "poss"):
        before -= 1
    if before < 0 or doc[before].lower_ not in _CHANNEL_PREPOSITIONS:
        return False
    head = doc[before].head
    if head.dep_ in ("dobj", "obj") and head.pos_ in ("NOUN", "PROPN"):
        head = head.head
    if head.pos_ not in ("VERB", "AUX") or head.lemma_.lower() not in _speech_verbs():
        return False
    # an object before it must be a thing told before ("the meeting", "it"): "condemned
    # curbs on social media" may be about them
    return all(
        child.pos_ in ("PRON", "PROPN")
        or any(c.dep_ == "poss" or c.lower_ in _DEFINITE for c in child.children)
        for child in head.children
        if child.dep_ in ("dobj", "obj") and child.i < before
    )


def _name_spans(
    doc: Doc, kinds: tuple[str, ...] = ("person", "organization")
) -> dict[int, tuple[int, int]]:
    """Map each token in a mention of a person or organisation to that mention's token range.

    ``kinds`` are the kinds of actors whose mentions count.
    """
    actors = doc._.get(DOC_ACTORS) if doc.has_extension(DOC_ACTORS) else None
    spans: dict[int, tuple[int, int]] = {}
    for actor in actors or ():
        if actor.get("kind") not in kinds:
            continue
        for mention in actor.get("mentions", ()):
            span = doc.char_span(mention["start"], mention["end"], alignment_mode="expand")
            if span is not None:
                for i in range(span.start, span.end):
                    spans[i] = (span.start, span.end)
    return spans


def _entity_at(doc: Doc, i: int) -> tuple[int, int] | None:
    """Return the token range of the named entity that token ``i`` belongs to, if any."""
    if doc[i].ent_iob_ not in ("B", "I"):
        return None
    first = i
    while doc[first].ent_iob_ == "I" and first > 0:
        first -= 1
    last = i + 1
    while last < len(doc) and doc[last].ent_iob_ == "I":
        last += 1
    return first, last


def _next_conjunct(doc: Doc, i: int) -> tuple[int, int] | None:
    """Return a place coordinated at token ``i`` ("over Taiwan and the South China Sea")."""
    if i + 1 >= len(doc) or doc[i].lower_ not in (",", "and"):
        return None
    j = i + 1
    if doc[j].lower_ == "and" and j + 1 < len(doc):
        j += 1
    if doc[j].ent_type_ in _PLACE_LABELS and doc[j].ent_iob_ == "B":
        return _entity_at(doc, j)
    if doc[j].lower_ == "the" and j + 1 < len(doc) and doc[j + 1].ent_type_ in _PLACE_LABELS:
        return _entity_at(doc, j + 1)
    return None


def _is_discussed(token: Any, rule: DiscussedRule) -> bool:
    """Whether ``token`` (a place's head word) names what is discussed, by the parse.

    A conjunct counts as the first item of its list ("they discussed trade, Taiwan and
    fentanyl"). The place must be the object of one of the rule's verbs ("Taiwan was
    raised") or of one of its prepositions after one of its heads: "talks on Taiwan",
    "talked about Taiwan", and "held talks with Xi on Taiwan" where "on" hangs from the verb.
    """
    seen = 0
    while token.dep_ in ("conj", "appos") and token.head.i != token.i and seen < 20:
        token, seen = token.head, seen + 1
    head = token.head
    if token.dep_ in ("dobj", "oprd", "nsubjpass"):
        return bool(head.lemma_.lower() in rule.verbs)
    if token.dep_ != "pobj" or head.lower_ not in rule.prepositions:
        return False
    owner = head.head
    if owner.lemma_.lower() in rule.heads or owner.lower_ in rule.heads:
        return True
    # "held talks with Xi on Taiwan": the preposition hangs from the verb of the talks.
    return owner.pos_ in ("VERB", "AUX") and any(
        child.dep_ == "dobj" and child.lemma_.lower() in rule.heads for child in owner.children
    )


def _required_words(
    vocab: Vocab, pattern: Sequence[Mapping[str, Any]]
) -> list[frozenset[int]] | None:
    """Return the lower-case words a doc must hold for a token pattern to match, or None.

    One set for each token of the pattern that must be there (no ``OP``) and is given by
    its ``LOWER`` form or its text (``TEXT`` or ``ORTH``, whose lower case a doc then holds),
    as a word or a list of them (``{"LOWER": {"IN": [...]}}``): the pattern matches only in
    a doc with a word of every such set. None when no token of the pattern is such a word,
    as ``[{"TEXT": {"REGEX": ...}}]``, which may match anywhere. The token ``Matcher``
    tests its first token on every word of the doc, the cost of a topic's patterns on every
    doc; a doc without their words is spared the run.
    """
    required = []
    for token in pattern:
        spec = {key.upper(): value for key, value in token.items()}  # as the Matcher reads it
        if "OP" in spec:
            continue
        for attr in ("LOWER", "TEXT", "ORTH"):
            options = _word_options(spec.get(attr))
            if options is not None:
                required.append(frozenset(vocab.strings.add(o.lower()) for o in options))
                break
    return required or None


def _word_options(value: Any) -> list[str] | None:
    """Return the words a token pattern's value accepts (one, or its ``IN`` list), or None.

    >>> _word_options("Cup"), _word_options({"IN": ["jobs", "posts"]})
    (['Cup'], ['jobs', 'posts'])
    >>> _word_options({"REGEX": "^A"}) is None
    True
    """
    if isinstance(value, Mapping):
        test = {key.upper(): options for key, options in value.items()}
        value = test["IN"] if set(test) == {"IN"} else None
    if isinstance(value, str):
        return [value]
    if isinstance(value, list) and all(isinstance(option, str) for option in value):
        return value
    return None


def _windows(starts: Iterable[int], length: int, size: int) -> list[tuple[int, int]]:
    """Token ranges of ``length`` tokens from each of ``starts`` (ascending), overlaps merged.

    >>> _windows([2, 4, 9], 3, 10)
    [(2, 7), (9, 10)]
    """
    windows: list[tuple[int, int]] = []
    for start in starts:
        end = min(start + length, size)
        if windows and start < windows[-1][1]:
            windows[-1] = (windows[-1][0], end)
        else:
            windows.append((start, end))
    return windows


def _matches_in(
    matcher: Matcher, doc: Doc, windows: Iterable[tuple[int, int]]
) -> list[tuple[int, int, int]]:
    """Run ``matcher`` on each window of ``doc``; return the matches with doc offsets."""
    found: list[tuple[int, int, int]] = []
    for start, end in windows:
        found.extend(
            (match_id, start + first, start + last)
            for match_id, first, last in matcher(doc[start:end])
        )
    return found


def _inside_any(candidate: _Candidate, spans: Iterable[tuple[int, int]]) -> bool:
    """Whether the candidate lies inside (or is) one of the excluded phrases' token ranges."""
    return any(start <= candidate.start and candidate.end <= end for start, end in spans)


def _longest_first(candidates: Iterable[_Candidate]) -> list[_Candidate]:
    """Keep the longest of overlapping matches; on equal length the first, then lowest rank."""
    ordered = sorted(
        set(candidates), key=lambda c: (-(c.end - c.start), c.start, c.rank, str(c.key))
    )
    taken: set[int] = set()
    kept = []
    for candidate in ordered:
        claimed = range(candidate.start, candidate.end)
        if any(i in taken for i in claimed):
            continue
        taken.update(claimed)
        kept.append(candidate)
    return kept


@cache
def _default_matcher(vocab: Vocab) -> TopicMatcher:
    return TopicMatcher(vocab, load_taxonomy())


def extract_topics(doc: Doc, matcher: TopicMatcher | None = None) -> list[Topic]:
    """Return the topics of a processed ``doc`` (the shipped taxonomy unless ``matcher``).

    >>> import spacy
    >>> nlp = spacy.blank("en")
    >>> [t.label for t in extract_topics(nlp("Disputes over tariffs and trade."))]
    ['tariffs', 'trade']
    """
    return (matcher or _default_matcher(doc.vocab))(doc)


class TopicsComponent(Guarded):
    """Runs a :class:`TopicMatcher` and stores the topics on ``doc._.newsevents_topics``."""

    def __init__(self, matcher: TopicMatcher) -> None:
        """Wrap ``matcher``, built once for the pipeline's vocabulary."""
        self.matcher = matcher

    def annotate(self, doc: Doc) -> Doc:
        """Annotate ``doc`` in place and return it."""
        found = self.matcher(doc)
        doc._.set(DOC_TOPICS, [converter.unstructure(item, Topic) for item in found])
        return doc


@Language.factory(
    "newsevents_topics",
    assigns=["doc._.newsevents_topics"],
    requires=["doc._.newsevents_actors"],
    default_config={"taxonomy": None},
)
def make_topics_component(nlp: Language, name: str, taxonomy: str | None) -> TopicsComponent:
    """Create the ``newsevents_topics`` component (``nlp.add_pipe("newsevents_topics")``).

    ``taxonomy`` is the path of a JSON taxonomy file that replaces the shipped one; it is
    read and validated here, once, and a bad file raises
    :class:`~newsevents.errors.InputError` naming the file, the entry and the problem.
    """
    register_extensions()
    return TopicsComponent(TopicMatcher(nlp.vocab, load_taxonomy(taxonomy)))


# Where a gerund stands for a noun: "a week of fighting", "people smuggling networks".
_NOMINAL_DEPS = frozenset({"pobj", "dobj", "nsubj", "nsubjpass", "compound", "conj", "appos"})
# Prepositions after which a gerund alone is a noun: "displaced by fighting" (not "after
# trading in a narrow range", a clause of its own).
_NOMINAL_AFTER = frozenset({"by", "of", "from", "amid", "against"})


def _verb_use(token: Token) -> bool:
    """Whether a term's last word is used as a verb ("sanctioned", "they are fighting").

    A gerund in a noun's place ("a week of fighting", "people smuggling networks") is no verb.
    """
    if token.pos_ not in ("VERB", "AUX"):
        return False
    if (
        token.tag_ == "VBG"
        and token.dep_ == "pcomp"
        and token.head.lower_ in _NOMINAL_AFTER
        and not any(True for _ in token.children)
    ):
        return False  # "displaced by fighting"
    return not (
        token.tag_ == "VBG"
        and token.dep_ in _NOMINAL_DEPS
        and not any(c.dep_ in ("dobj", "nsubj", "aux", "auxpass") for c in token.children)
    )
