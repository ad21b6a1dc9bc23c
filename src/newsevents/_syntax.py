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

from spacy.tokens import Token

__all__ = ["CLAUSE_DEPS", "clause_depth"]

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
