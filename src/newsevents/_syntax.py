"""What the dependency parse says about a token's clause, shared by the components.

>>> import spacy
>>> from spacy.tokens import Doc
>>> nlp = spacy.blank("en")
>>> doc = Doc(nlp.vocab, words=["He", "said", "she", "left"], heads=[1, 1, 3, 1],
...           deps=["nsubj", "ROOT", "nsubj", "ccomp"])
>>> clause_depth(doc[0]), clause_depth(doc[2])
(0, 1)
"""

from __future__ import annotations

import bisect
import itertools
from collections.abc import Sequence

import numpy as np
from spacy.attrs import DEP, HEAD, LOWER, SENT_START
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span, Token

from newsevents._perdoc import PerDoc

__all__ = [
    "CAPTION_MARKERS",
    "CLAUSE_DEPS",
    "SUBJECT_DEPS",
    "Children",
    "Sentences",
    "clause_depth",
    "conjuncts",
    "doc_children",
    "glued_prefix",
    "is_caption",
]

# The words that open a photo caption: "FILE - Kerry arrives ...".
CAPTION_MARKERS = frozenset({"FILE", "PHOTO"})
# Dependencies of a subject: "Kerry met Li", "Li was met".
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
# Dependencies that open a clause below another one.
CLAUSE_DEPS = frozenset({"ccomp", "xcomp", "advcl", "relcl", "acl", "csubj", "pcomp", "parataxis"})


def clause_depth(token: Token) -> int:
    """Return how many clauses lie between ``token`` and its sentence's root."""
    depth = 0
    steps = 0
    while token.head.i != token.i and steps < 64:
        if token.dep_ in CLAUSE_DEPS:
            depth += 1
        token = token.head
        steps += 1
    return depth


def glued_prefix(token: Token) -> bool:
    """Whether ``token`` is the first part of a hyphenated word ("co" of "co-author").

    >>> from spacy.vocab import Vocab
    >>> doc = Doc(Vocab(), words=["co", "-", "author", "co", "-", "op"], spaces=[0, 0, 1, 1, 1, 0])
    >>> glued_prefix(doc[0]), glued_prefix(doc[3])
    (True, False)
    """
    following = token.nbor() if token.i + 1 < len(token.doc) else None
    return (
        following is not None
        and following.text == "-"
        and not token.whitespace_
        and not following.whitespace_
    )


class Children:
    """Each token's children (``token.children``) in one doc, indexed once, with their deps.

    ``Token.children`` scans the token's whole subtree and makes a new ``Token`` for each
    child on every read; the rules read the children of the same few words many times, most
    often to pick the few of one dependency. The index is two flat lists (the children
    ordered by head, and where each head's start), not a list per token, which would leave
    the garbage collector many more objects to track; ``deps`` holds each token's ``dep_``,
    read from one array, so that children are picked by dependency without a ``Token``,
    and ``lower`` each token's ``lower_``, so that they are picked by word too.

    >>> from spacy.vocab import Vocab
    >>> deps = ["nsubj", "ROOT", "nsubj", "ccomp"]
    >>> doc = Doc(Vocab(), words=["He", "said", "she", "left"], heads=[1, 1, 3, 1], deps=deps)
    >>> children = Children(doc)
    >>> [children.of(i) for i in range(len(doc))], children.deps[3]
    ([[], [0, 3], [], [2]], 'ccomp')
    """

    def __init__(self, doc: Doc) -> None:
        rows = doc.to_array([HEAD, DEP, LOWER])
        # Heads are stored as offsets, in an unsigned array: read them as signed.
        offsets = rows[:, 0].astype("int64")
        dependents = offsets.nonzero()[0]  # every token but the roots
        heads = offsets[dependents] + dependents
        order = heads.argsort(kind="stable")  # by head, then in text order
        self._children: list[int] = dependents[order].tolist()
        self._starts: list[int] = heads[order].searchsorted(range(len(doc) + 1)).tolist()
        # Each distinct label looked up once (no dependency: "", as ``dep_`` gives).
        labels, which = np.unique(rows[:, 1], return_inverse=True)
        strings = doc.vocab.strings
        names = [strings[value] if value else "" for value in labels.tolist()]
        self.deps: list[str] = [names[k] for k in which.reshape(-1).tolist()]
        self.lower: list[str] = [strings[value] for value in rows[:, 2].tolist()]

    def of(self, i: int) -> list[int]:
        """Return the indices of the children of token ``i``, in text order."""
        return self._children[self._starts[i] : self._starts[i + 1]]

    def with_dep(self, i: int, deps: tuple[str, ...] | frozenset[str]) -> list[int]:
        """Return the indices of the children of token ``i`` whose dependency is in ``deps``."""
        start, end = self._starts[i], self._starts[i + 1]
        if start == end:
            return []  # a word without children, as about half of them are
        found = self.deps
        return [child for child in self._children[start:end] if found[child] in deps]


# The children of every doc still alive whose children were asked for.
_children: PerDoc[Children] = PerDoc(Children)


def doc_children(doc: Doc) -> Children:
    """Return the :class:`Children` of ``doc``, indexed the first time they are asked for.

    The meeting rules ask for the children of a word through free functions, given only the
    word; the index is kept for the doc while it lives and keeps its length (as its text is,
    in :mod:`newsevents._doctext`).

    >>> import spacy
    >>> doc = spacy.blank("en")("Kerry met Li.")
    >>> doc_children(doc) is doc_children(doc)
    True
    """
    return _children.get(doc)


def _find_conjuncts(doc: Doc) -> list[int]:
    """Return the indices of the tokens of ``doc`` whose dependency is "conj", in text order."""
    found: list[int] = np.flatnonzero(doc.to_array(DEP) == get_string_id("conj")).tolist()
    return found


# The conjuncts of every doc still alive whose conjuncts were asked for.
_conjuncts: PerDoc[list[int]] = PerDoc(_find_conjuncts)


def conjuncts(doc: Doc) -> Sequence[int]:
    """Return the indices of the conjuncts of ``doc`` (``dep_`` "conj"), in text order.

    Picked once for the doc in its array of dependencies, without a ``Token`` for every
    word: a rule that only looks at conjuncts need not walk the doc.

    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> nlp = spacy.blank("en")
    >>> doc = Doc(nlp.vocab, words=["Kerry", "and", "Li", "met"], heads=[3, 0, 0, 3],
    ...           deps=["nsubj", "cc", "conj", "ROOT"])
    >>> list(conjuncts(doc))
    [2]
    """
    return _conjuncts.get(doc)


class Sentences:
    """The sentences of one doc, found once and asked for by token.

    ``Token.sent`` searches the doc for the sentence's bounds anew on every read and makes
    a new ``Span`` each time; the rules ask it thousands of times a doc. A doc with its own
    sentence hooks is asked through them.

    >>> import spacy
    >>> nlp = spacy.blank("en")
    >>> nlp.add_pipe("sentencizer")  # doctest: +ELLIPSIS
    <...>
    >>> doc = nlp("Kerry spoke. Li left early.")
    >>> sentences = Sentences(doc)
    >>> sentences.of(4).text, sentences.of(4) == doc[4].sent, sentences.after(sentences.of(0))
    ('Li left early.', True, Li left early.)
    """

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        # Only the sentences asked for get a ``Span``: fewer objects for the garbage collector.
        self._spans: list[Span | None] = []
        self._starts: list[int] = []  # where each sentence starts, and the doc's end
        self._number: list[int] = []  # the sentence of each token
        self._indexed = False
        # Hooks, or no sentence boundaries (which spaCy refuses): asked through spaCy.
        self._hooked = bool(doc.user_hooks or doc.user_span_hooks or doc.user_token_hooks)
        self._hooked = self._hooked or not doc.has_annotation("SENT_START")

    def of(self, i: int) -> Span:
        """Return the sentence of token ``i``: ``doc[i].sent``."""
        if self._hooked:
            sentence: Span = self.doc[i].sent
            return sentence
        if not self._indexed:
            self._index()
        number = self._number[i]
        span = self._spans[number]
        if span is None:
            span = self._spans[number] = self.doc[self._starts[number] : self._starts[number + 1]]
        return span

    def after(self, sentence: Span) -> Span:
        """Return the sentence after ``sentence``: ``doc[sentence.end].sent``."""
        return self.of(sentence.end)

    def starts_in(self, low: int, high: int) -> list[int]:
        """Return the tokens of ``[low, high)`` that start a sentence (``is_sent_start``).

        From the index, without a ``Token`` for each word of the range; ``low`` is above 0.
        """
        if self._hooked:
            return [token.i for token in self.doc[low:high] if token.is_sent_start]
        if not self._indexed:
            self._index()
        starts = self._starts  # the doc's end last: never below ``high``
        return starts[bisect.bisect_left(starts, max(low, 1)) : bisect.bisect_left(starts, high)]

    def _index(self) -> None:
        # As ``Doc.sents``: a sentence starts at the first token and wherever sent_start is 1.
        # Worked out in the array: a Python loop over every token costs more.
        opens = self.doc.to_array(SENT_START) == 1
        if len(opens):
            opens[0] = True
        self._starts = [*np.flatnonzero(opens).tolist(), len(self.doc)]
        self._number = (np.cumsum(opens) - 1).tolist()
        self._spans = [None] * (len(self._starts) - 1)
        self._indexed = True


def is_caption(sentence: Span, sentences: Sentences | None = None) -> bool:
    """Whether ``sentence`` is a photo caption marked "FILE -" or "PHOTO -".

    The parser may make the marker a sentence of its own, before the caption's. A caption
    interrupts the story: a pronoun after it refers past it.

    >>> import spacy
    >>> nlp = spacy.blank("en")
    >>> nlp.add_pipe("sentencizer")  # doctest: +ELLIPSIS
    <...>
    >>> doc = nlp("Kerry spoke. FILE - Two men hide their faces. He left.")
    >>> [is_caption(sentence) for sentence in doc.sents]
    [False, True, False]
    >>> from spacy.tokens import Doc
    >>> words = ["FILE", "-", "Afghan", "minister", "Rabbani", "talks", ".", "He", "left"]
    >>> doc = Doc(nlp.vocab, words=words, sent_starts=[1, 0, 1, 1, 0, 0, 0, 1, 0])
    >>> [is_caption(sentence) for sentence in doc.sents]
    [True, True, True, False]

    ``sentences`` finds the sentences before it faster.
    """
    # The marker may also be split from its caption by other scraps of a sentence ("FILE -",
    # "Afghan", "Foreign Minister ... talks"): look back over scraps of up to two words.
    for _ in range(3):
        if _starts_with_marker(sentence):
            return True
        if sentence.start == 0:
            return False
        before = sentence.start - 1
        sentence = sentences.of(before) if sentences is not None else sentence.doc[before].sent
        if len(_words(sentence, 3)) > 2:
            return False
    return False


def _words(sentence: Span, most: int) -> list[Token]:
    """Return the first ``most`` words of ``sentence``, its spaces left out.

    Only as many tokens as needed are made: a caption's marker is at the sentence's start.
    """
    return list(itertools.islice((t for t in sentence if not t.is_space), most))


def _starts_with_marker(sentence: Span) -> bool:
    words = _words(sentence, 2)
    return (
        len(words) == 2
        and words[0].text in CAPTION_MARKERS
        and words[1].text in ("-", "\u2013", "\u2014", ":")
    )
