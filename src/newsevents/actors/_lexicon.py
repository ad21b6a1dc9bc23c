"""The ``titles`` lexicon compiled for matching, and the key that lexicon entries match on.

Entries are matched on runs of tokens by their key, lower case without spaces, so that
"vice president", "Vice-President" and "vice-president" are one entry.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache, lru_cache
from typing import Any

import attrs

from newsevents.errors import InputError
from newsevents.lexicons import load_lexicon

_LEXICON_LISTS = (
    "titles",
    "modifiers",
    "honorifics",
    "male",
    "female",
    "organization_descriptors",
    "group_nouns",
    "institution_nouns",
    "portfolios",
    "portfolio_titles",
    "person_verbs",
    "kinship_nouns",
    "institutions",
    "alliances",
    "person_nouns",
    "things",
    "organizations",
    "female_names",
    "male_names",
    "postnominals",
    "company_suffixes",
    "organization_heads",
    "styles",
    "title_names",
    "name_honorifics",
)


def _key(text: str) -> str:
    """Match key of a lexicon entry or of a run of tokens: lower case, no spaces."""
    return "".join(text.lower().split())


def _singular_forms(word: str) -> tuple[str, ...]:
    """Return what a plural word may be in the singular, in order: "presidents" -> "president".

    >>> _singular_forms("secretaries"), _singular_forms("astronauts")
    (('secretary', 'secretari', 'secretarie'), ('astronaut',))
    """
    return tuple(
        word[: len(word) - len(ending)] + singular
        for ending, singular in (("ies", "y"), ("es", ""), ("s", ""))
        if word.endswith(ending)
    )


def _suffix_key(text: str) -> str:
    """Match key of a company suffix: as written when in capitals ("SE", "AG"), else a key.

    "Kwon Young-se" ends with no "SE": capitals match only capitals.
    """
    written = "".join(text.split())
    return written if written.replace(".", "").isupper() else _key(text)


def is_company_suffix(word: str, suffixes: frozenset[str]) -> bool:
    """Whether ``word`` as written is one of the company ``suffixes`` (see ``_suffix_key``)."""
    return word in suffixes or _key(word) in suffixes


@lru_cache(maxsize=64)
def _affixes(entries: frozenset[str]) -> tuple[frozenset[str], frozenset[str]]:
    """Return every prefix and every suffix of the match keys ``entries``.

    A run of tokens can match an entry only if its first token's word is a prefix of the
    entry and its last token's word a suffix: most tokens are neither, and are ruled out
    with one set look-up.

    >>> prefixes, suffixes = _affixes(frozenset({"primeminister"}))
    >>> "prime" in prefixes, "minister" in suffixes, "minister" in prefixes
    (True, True, False)
    """
    prefixes = frozenset(entry[:k] for entry in entries for k in range(1, len(entry) + 1))
    suffixes = frozenset(entry[k:] for entry in entries for k in range(len(entry)))
    return prefixes, suffixes


def prepare_matching(lexicon: TitleLexicon) -> None:
    """Compute now the affixes of the entries of ``lexicon`` that runs of tokens are matched to.

    They are otherwise computed at the first match, in a component's first document.
    """
    for entries in (
        lexicon.titles,
        lexicon.organization_descriptors,
        lexicon.kinship_nouns,
        lexicon.organizations,
    ):
        _affixes(entries)


def _span_length(text: str) -> int:
    """Return an upper bound of the number of spaCy tokens of a lexicon entry."""
    count = 0
    for word in text.split():
        count += 1 + sum(1 for char in word if not char.isalnum())
    return count


@attrs.frozen
class TitleLexicon:
    """The ``titles`` lexicon compiled for matching (keys are lower case without spaces).

    >>> lexicon = TitleLexicon.from_data(load_lexicon("titles"))
    >>> "secretaryofstate" in lexicon.titles, "top" in lexicon.modifiers
    (True, True)
    """

    titles: frozenset[str]
    modifiers: frozenset[str]
    honorifics: frozenset[str]
    male: frozenset[str]
    female: frozenset[str]
    organization_descriptors: frozenset[str]
    group_nouns: frozenset[str]
    longest_title: int
    longest_descriptor: int
    #: Singular nouns of state bodies ("ministry") that a country's name or demonym makes an
    #: organisation ("the Turkish foreign ministry"), with the words that must stand right
    #: before the noun, if any ("media" only in "state media").
    institution_nouns: Mapping[str, frozenset[tuple[str, ...]]] = attrs.field(
        factory=dict, hash=False
    )
    #: Portfolios of offices ("commerce", "homeland security"), as match keys.
    portfolios: frozenset[str] = frozenset()
    #: Lemmas of verbs only a person is the subject of ("smile", "resign").
    person_verbs: frozenset[str] = frozenset()
    #: Family words ("son", "brother-in-law") whose owner or appositive is a person.
    kinship_nouns: frozenset[str] = frozenset()
    #: One-word institution names ("Congress", "Kremlin"), never a person.
    institutions: frozenset[str] = frozenset()
    #: Names of intergovernmental groupings ("G7", "BRICS"), as written: organisations.
    alliances: frozenset[str] = frozenset()
    #: Common nouns of people ("source", "witness") that may stand for an unnamed speaker.
    person_nouns: frozenset[str] = frozenset()
    #: Names of things the model tags as people or organisations (diseases, programmes,
    #: "Brexit"), as match keys: never actors.
    things: frozenset[str] = frozenset()
    #: Names of organisations the model may tag as people or places (platforms, companies:
    #: "Twitter", "Instagram"), as match keys: organisations wherever the model tags them.
    organizations: frozenset[str] = frozenset()
    #: First names that tell a gender ("Helen", "James"), lower case: "she" is no "James
    #: Doyle". Only unambiguous names belong here.
    female_names: frozenset[str] = frozenset()
    male_names: frozenset[str] = frozenset()
    #: Letters written after a name for an honour or office ("KC", "MP", "OBE"), as
    #: written: no word of the name ("Sarah Kendrick KC" is "Ms Kendrick").
    postnominals: frozenset[str] = frozenset()
    #: Words that end a company's legal name ("Inc", "Ltd", "GmbH"), as match keys (as
    #: written for those in capitals: "SE", "AG"): a name ending with one is an
    #: organisation, whatever the model tags it.
    company_suffixes: frozenset[str] = frozenset()
    #: Capitalised nouns that end the name of an institution ("Bank", "Authority"), as
    #: match keys: "the European Central Bank", missed by the model, is an organisation.
    organization_heads: frozenset[str] = frozenset()
    #: Styles of address written after a possessive pronoun ("His Royal Highness", "Her
    #: Majesty"), as match keys: the person the pronoun refers to, no actor of their own.
    styles: frozenset[str] = frozenset()
    #: Titles that name their one holder alone after "the" ("Dalai Lama", "Aga Khan"), as
    #: match keys: a person of that name.
    title_names: frozenset[str] = frozenset()
    #: Honorifics that are also surnames ("Begum"), as match keys: stripped only before a
    #: name of two words or more ("Begum Khaleda Zia"), a surname on their own.
    name_honorifics: frozenset[str] = frozenset()
    #: Abbreviated titles and what they stand for, as match keys ("gov." -> "governor").
    abbreviations: Mapping[str, str] = attrs.field(factory=dict, hash=False)
    #: Lower-case words that are no word of a person's name: group nouns, institutions,
    #: titles, honorifics, modifiers and organisation descriptors of one word.
    not_name_words: frozenset[str] = attrs.field(init=False, hash=False, eq=False)
    #: The lexicon's groupings in lower case, and their first words, to look for them cheaply.
    alliance_words: frozenset[str] = attrs.field(init=False, hash=False, eq=False)
    alliance_firsts: frozenset[str] = attrs.field(init=False, hash=False, eq=False)
    #: The most words any of the groupings has.
    alliance_length: int = attrs.field(init=False, hash=False, eq=False)
    #: The first names of either gender, lower case.
    first_names: frozenset[str] = attrs.field(init=False, hash=False, eq=False)

    @not_name_words.default
    def _not_name_words(self) -> frozenset[str]:
        return (
            self.group_nouns
            | self.institutions
            | self.titles
            | self.honorifics
            | self.modifiers
            | self.organization_descriptors
            | self.styles
        )

    @first_names.default
    def _first_names(self) -> frozenset[str]:
        return self.female_names | self.male_names

    def is_first_name(self, word: str) -> bool:
        """Whether a lower-case word is a first name of the lexicon, of either gender.

        >>> lexicon = TitleLexicon.from_data({"female_names": ["Helen"], "male_names": ["James"]})
        >>> lexicon.is_first_name("helen"), lexicon.is_first_name("james")
        (True, True)
        >>> lexicon.is_first_name("mason")
        False
        """
        return word in self.first_names

    @alliance_words.default
    def _alliance_words(self) -> frozenset[str]:
        return frozenset(name.lower() for name in self.alliances)

    @alliance_firsts.default
    def _alliance_firsts(self) -> frozenset[str]:
        return frozenset(name.lower().split()[0] for name in self.alliances)

    @alliance_length.default
    def _alliance_length(self) -> int:
        return max((len(name.split()) for name in self.alliances), default=0)

    @classmethod
    def from_data(cls, data: Any, *, source: str = "titles") -> TitleLexicon:
        """Compile parsed lexicon JSON, refusing a malformed one with the path of the culprit.

        >>> TitleLexicon.from_data({"titles": "president"}, source="my.json")
        Traceback (most recent call last):
        ...
        newsevents.errors.InputError: my.json: $.titles: expected an array of strings
        """
        if not isinstance(data, Mapping):
            raise InputError(f"{source}: $: expected an object with {', '.join(_LEXICON_LISTS)}")
        lists: dict[str, list[str]] = {}
        for name in _LEXICON_LISTS:
            entries = data.get(name, [])
            if not isinstance(entries, list):
                raise InputError(f"{source}: $.{name}: expected an array of strings")
            for index, entry in enumerate(entries):
                if not isinstance(entry, str) or not entry.strip():
                    raise InputError(f"{source}: $.{name}[{index}]: expected a non-empty string")
            lists[name] = entries
        abbreviations = data.get("abbreviations", {})
        if not isinstance(abbreviations, Mapping) or not all(
            isinstance(value, str) and value.strip() for value in abbreviations.values()
        ):
            raise InputError(f"{source}: $.abbreviations: expected an object of strings")
        # "Secretary of Commerce", "Minister for Trade": each office of a portfolio is a title.
        titles = lists["titles"] + [
            f"{office} {joint} {portfolio}"
            for office in lists["portfolio_titles"]
            for joint in ("of", "for")
            for portfolio in lists["portfolios"]
        ]
        return cls(
            titles=frozenset(_key(entry) for entry in titles),
            modifiers=frozenset(_key(entry) for entry in lists["modifiers"]),
            honorifics=frozenset(_key(entry) for entry in lists["honorifics"]),
            male=frozenset(_key(entry) for entry in lists["male"]),
            female=frozenset(_key(entry) for entry in lists["female"]),
            organization_descriptors=frozenset(
                _key(entry) for entry in lists["organization_descriptors"]
            ),
            # Groups are found by the head noun of a noun phrase: the last word of an entry.
            group_nouns=frozenset(entry.split()[-1].lower() for entry in lists["group_nouns"]),
            longest_title=max((_span_length(entry) for entry in titles), default=0),
            longest_descriptor=max(
                (_span_length(entry) for entry in lists["organization_descriptors"]), default=0
            ),
            institution_nouns=_heads_with_words(lists["institution_nouns"]),
            portfolios=frozenset(_key(entry) for entry in lists["portfolios"]),
            person_verbs=frozenset(entry.lower() for entry in lists["person_verbs"]),
            kinship_nouns=frozenset(_key(entry) for entry in lists["kinship_nouns"]),
            institutions=frozenset(entry.lower() for entry in lists["institutions"]),
            alliances=frozenset(" ".join(entry.split()) for entry in lists["alliances"]),
            person_nouns=frozenset(entry.lower() for entry in lists["person_nouns"]),
            things=frozenset(_key(entry) for entry in lists["things"]),
            organizations=frozenset(_key(entry) for entry in lists["organizations"]),
            female_names=frozenset(entry.lower() for entry in lists["female_names"]),
            male_names=frozenset(entry.lower() for entry in lists["male_names"]),
            postnominals=frozenset(entry.strip() for entry in lists["postnominals"]),
            company_suffixes=frozenset(_suffix_key(entry) for entry in lists["company_suffixes"]),
            organization_heads=frozenset(_key(entry) for entry in lists["organization_heads"]),
            styles=frozenset(_key(entry) for entry in lists["styles"]),
            title_names=frozenset(_key(entry) for entry in lists["title_names"]),
            name_honorifics=frozenset(_key(entry) for entry in lists["name_honorifics"]),
            abbreviations={_key(short): _key(full) for short, full in abbreviations.items()},
        )


def _heads_with_words(entries: list[str]) -> dict[str, frozenset[tuple[str, ...]]]:
    """Map each entry's last word to the words before it in each entry ("state media").

    An entry of one word maps its word to the empty tuple: it needs nothing before it.
    """
    heads: dict[str, set[tuple[str, ...]]] = {}
    for entry in entries:
        *before, head = entry.lower().split()
        heads.setdefault(head, set()).add(tuple(before))
    return {head: frozenset(words) for head, words in heads.items()}


@cache
def _default_titles() -> TitleLexicon:
    return TitleLexicon.from_data(load_lexicon("titles"))


@attrs.frozen
class _RoleWords:
    """Words whose arguments play an actor's role, from the meeting and speech-cue lexicons.

    A bare group noun ("officials", "the reporters") names an actor only in such a role:
    the subject or object of a meeting verb, the subject of a reporting verb, the object of
    "with", "between" or "of" after a meeting word, or the subject of a support verb ("held
    talks").
    """

    meeting_verbs: frozenset[str]  # lemmas: meet, visit, host, ...
    speech_verbs: frozenset[str]  # lemmas: say, tell, warn, ...
    meeting_nouns: frozenset[str]  # lemmas: meeting, talk, visit, ...
    support_verbs: frozenset[str]  # lemmas: hold, have, attend, ...
    # Lemmas of verbs a government is the subject of when it talks or meets as a party:
    # the reporting and meeting verbs but those of a host or a visitor ("say", "meet",
    # "negotiate"; not "host", "welcome"), and the support verbs of a participant ("hold"
    # talks).
    party_verbs: frozenset[str] = frozenset()
    participant_support_verbs: frozenset[str] = frozenset()
    # Capital cities (case-folded name -> country code) that stand for their government.
    capitals: Mapping[str, str] = attrs.Factory(dict)
    # Nouns of people and parties of a meeting ("leader", "delegation"): a capital that
    # welcomes them hosts them; one that welcomes anything else ("the decision") speaks.
    person_nouns: frozenset[str] = frozenset()
    # Verbs that meet with their particle only: ("sit", "down") of "sat down with leaders".
    particle_verbs: frozenset[tuple[str, str]] = frozenset()
    # Verbs that speak only through a document ("The study found that ...").
    document_verbs: frozenset[str] = frozenset()


@cache
def _default_roles() -> _RoleWords:
    meetings = load_lexicon("meeting_triggers")
    cues = load_lexicon("cues")
    # a verb that speaks only with a word it requires ("defended X as Y") says nothing of
    # its subject alone ("witnesses remember seeing"), nor one that speaks only through a
    # document ("Video shows ...", "Investigators found"), nor a verb of opinion, which
    # speaks only with some subjects ("civilians are believed to have fled")
    speech = frozenset(
        verb
        for verb, entry in cues.get("verbs", {}).items()
        if not (
            isinstance(entry, Mapping)
            and (entry.get("requires") or entry.get("documents_only") or entry.get("opinion"))
        )
    )
    documents = frozenset(
        verb
        for verb, entry in cues.get("verbs", {}).items()
        if isinstance(entry, Mapping) and entry.get("documents_only")
    )
    return _RoleWords(
        document_verbs=documents,
        meeting_verbs=frozenset(meetings.get("verbs", {}))
        | frozenset(meetings.get("phone_verbs", [])),
        speech_verbs=speech,
        meeting_nouns=frozenset(meetings.get("nouns", {})),
        support_verbs=frozenset(meetings.get("support_verbs", {})),
        party_verbs=(
            speech
            | frozenset(meetings.get("phone_verbs", []))
            | frozenset(meetings.get("verbs", {}))
        )
        - _PLACE_VERBS,
        participant_support_verbs=frozenset(
            verb
            for verb, role in meetings.get("support_verbs", {}).items()
            if role == "participant"
        ),
        capitals=_capitals(meetings.get("capital_cities", [])),
        person_nouns=frozenset(meetings.get("person_nouns", [])) | {"guest", "visitor"},
        particle_verbs=frozenset(
            (verb, particle)
            for phrase in meetings.get("particle_verbs", {})
            for verb, particle in [phrase.split()]
        ),
    )


# Verbs whose subject is a host or a visitor, often a city as a place ("Tehran hosted the
# talks", "Warsaw welcomed the leaders"), or a witness: no government speaking or meeting
# as a party.
_PLACE_VERBS = frozenset({"host", "receive", "welcome", "visit", "testify", "appear"})


def _capitals(names: list[str]) -> dict[str, str]:
    """Map each capital of ``names`` that the places lexicon knows to its country code."""
    places = {name.casefold(): code for name, code in load_lexicon("places")["places"].items()}
    return {name.casefold(): places[name.casefold()] for name in names if name.casefold() in places}
