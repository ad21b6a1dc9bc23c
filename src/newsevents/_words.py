"""Closed classes of English words and marks the components read the same way, listed once.

Each component that needs one of these lists imports it from here, or builds the part of it
it needs from it and says why, so that a word added here reaches every reader.

>>> sorted(TIME_PREPOSITIONS)[:3]
['after', 'before', 'during']
>>> HYPHEN_SPLIT.split("Sino-US")
['Sino', 'US']
"""

from __future__ import annotations

import re

__all__ = [
    "DEMONSTRATIVES",
    "HYPHENS",
    "HYPHEN_SPLIT",
    "LATER_WORDS",
    "OBJECT_PRONOUNS",
    "RELATIVE_PRONOUNS",
    "RELATIVE_WORDS",
    "SUBJECT_PRONOUNS",
    "TIME_PREPOSITIONS",
    "TOPIC_PREPOSITIONS",
    "WORD_DASHES",
]

# Prepositions that place something in time by an event or a period: "after the summit",
# "during the Bush presidency", "until the election".
TIME_PREPOSITIONS = frozenset(
    {"after", "before", "during", "following", "since", "until", "till", "throughout"}
)
# Determiners that point at something named before: "this summit", "those talks".
DEMONSTRATIVES = frozenset({"this", "that", "these", "those"})
# Prepositions of what something is about: "talks on trade", "a row over tariffs".
TOPIC_PREPOSITIONS = frozenset({"about", "on", "over", "regarding", "concerning"})
# Adverbs that set what they tell after what was told before: "then called", "later met".
LATER_WORDS = frozenset({"then", "later", "afterwards", "afterward", "subsequently"})
# The personal pronouns of people, as a subject and as an object ("it" is no person's).
SUBJECT_PRONOUNS = frozenset({"i", "we", "you", "he", "she", "they"})
OBJECT_PRONOUNS = frozenset({"me", "us", "you", "him", "her", "them"})
# Pronouns that open a relative clause: "the general, who seized power", "the truce, which".
RELATIVE_PRONOUNS = frozenset({"who", "whom", "whose", "which", "that"})
# Words that open a relative clause, the pronouns and the adverbs: "the city where they met".
RELATIVE_WORDS = RELATIVE_PRONOUNS | {"where", "when", "why"}
# The hyphens that may stand as a token of their own: "-", the hyphen and the non-breaking
# hyphen ("UN-backed", "al-Sisi").
HYPHENS = frozenset({"-", "\u2010", "\u2011"})
# The hyphens and the en dash, which joins words as a hyphen does: "the US\u2013China talks".
WORD_DASHES = HYPHENS | {"\u2013"}
# Splits a word at any of them: "Sino-US" into "Sino" and "US".
HYPHEN_SPLIT = re.compile("[" + "".join(re.escape(dash) for dash in sorted(WORD_DASHES)) + "]")
