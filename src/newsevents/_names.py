"""What the words of a name say, shared by the components.

>>> name_head("Reserve Bank of Westland")
'bank'
"""

from __future__ import annotations

import re

__all__ = ["NAME_PARTICLES", "name_head", "name_word", "spelling_key"]

# Lower-case particles inside names: "Ursula von der Leyen", "Lula da Silva", "bin Salman",
# and before a hyphen: "Nidal al-Mughrabi", "Abdel Fattah el-Sisi".
NAME_PARTICLES = frozenset(
    {
        "von", "der", "van", "den", "de", "da", "do", "dos", "das", "del", "della", "di",
        "bin", "ibn", "al", "el", "le", "la",
    }
)  # fmt: skip

# The ending of a Slavic family name in "-sky", spelled in English as "-sky", "-skiy",
# "-skyy", "-skyi" or "-ski" by different outlets ("Zelensky", "Zelenskiy", "Zelenskyy").
_SKY_ENDING = re.compile(r"(?<=[a-z][sz]k)(?:iy|yy|yi|ii|y|i)$")


def spelling_key(words: tuple[str, ...]) -> tuple[str, ...] | None:
    """Return lower-case name ``words`` with a family name's "-sky" in one spelling, or None.

    None when the last word has no such ending: only those names are spelled in several ways.

    >>> spelling_key(("volodymyr", "zelenskyy")) == spelling_key(("volodymyr", "zelensky"))
    True
    >>> spelling_key(("keir", "starmer")) is None
    True
    """
    if not words:
        return None
    last = _SKY_ENDING.sub("", words[-1])
    return None if last == words[-1] else (*words[:-1], last)


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


def name_word(word: str) -> bool:
    """Whether ``word`` can be a word of a person's name as written: capitalised, or a particle.

    >>> [name_word(w) for w in ("Lubell", "al-Mughrabi", "van", "and", "al-qaeda", "said")]
    [True, True, True, False, False, False]
    """
    if word[:1].isupper():
        return True
    particle, hyphen, rest = word.partition("-")
    return particle in NAME_PARTICLES and (not hyphen or rest[:1].isupper())
