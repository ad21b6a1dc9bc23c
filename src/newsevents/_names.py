"""What the words of a name say, shared by the components.

>>> name_head("Reserve Bank of Westland")
'bank'
"""

from __future__ import annotations

__all__ = ["name_head"]

# Prepositions after the head of an organisation's name: "Bank of England".
_NAME_PREPOSITIONS = frozenset({"of", "on", "for", "in", "to"})


def name_head(name: str) -> str:
    """Return the head word of an organisation's name, in lower case.

    The word before its first preposition, else its last word: "the bank" is the "Reserve
    Bank of Westland", "the government" no "Committee of Heads of State and Government".

    >>> name_head("Committee of Heads of State and Government on Climate Change")
    'committee'
    >>> name_head("National Disaster Risk Reduction and Management Council")
    'council'
    >>> name_head("Global Fund to Fight AIDS, Tuberculosis and Malaria")
    'fund'
    """
    words = name.lower().replace(",", " ").split()
    for index, word in enumerate(words):
        if word in _NAME_PREPOSITIONS and index > 0:
            return words[index - 1]
    return words[-1] if words else ""
