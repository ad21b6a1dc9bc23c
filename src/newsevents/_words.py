"""Closed classes of English words the components read the same way, listed once.

Each component that needs one of these lists imports it from here, or builds the part of it
it needs from it and says why, so that a word added here reaches every reader.

>>> sorted(TIME_PREPOSITIONS)[:3]
['after', 'before', 'during']
"""

from __future__ import annotations

__all__ = ["RELATIVE_PRONOUNS", "RELATIVE_WORDS", "TIME_PREPOSITIONS"]

# Prepositions that place something in time by an event or a period: "after the summit",
# "during the Bush presidency", "until the election".
TIME_PREPOSITIONS = frozenset(
    {"after", "before", "during", "following", "since", "until", "till", "throughout"}
)
# Pronouns that open a relative clause: "the general, who seized power", "the truce, which".
RELATIVE_PRONOUNS = frozenset({"who", "whom", "whose", "which", "that"})
# Words that open a relative clause, the pronouns and the adverbs: "the city where they met".
RELATIVE_WORDS = RELATIVE_PRONOUNS | {"where", "when", "why"}
