"""Step 1: spaCy's entities, with the small model's usual mistakes on news undone.

A place or organisation that swallowed the name after it ("China's Great Hall of the
People, Kerry" becomes a country, a place and a person), titles and honorifics inside a
person's span ("President Xi Jinping"), a possessive ending inside a span ("Xi’s"), a
regnal numeral left out of a name ("Abdullah II"), a name cut at a particle ("[Ursula von
der] [Leyen]" is one name), a name cut in two ("[Rustem] [Umerov]" and "Rustem [Umerov]"
are one name), a span stretched over a verb ("[Biden invited Modi]" is two persons) or
over two persons named elsewhere ("[Biden and Widodo] met"), an organisation or place
that starts with a title ("the Vicar Hummerstone" is a person), a known city tagged as a
person ("Kyiv" is a place), and a photo caption's "FILE -" marker (no entity at all).
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
from collections.abc import Callable, Sequence

import numpy as np
from spacy.attrs import LEMMA
from spacy.tokens import Token

from newsevents._doctext import title_case_words
from newsevents._names import NAME_PARTICLES, spelling_key
from newsevents._syntax import CAPTION_MARKERS, SUBJECT_DEPS, doc_children
from newsevents._words import DEMONSTRATIVES, HYPHENS, TIME_PREPOSITIONS, WORD_DASHES
from newsevents.actors._evidence import (
    _ARRIVAL_VERBS,
    _AWARD_HEADS,
    _BASE_WORDS,
    _PEER_TITLES,
    _PLACE_KIND_NOUNS,
    _REGION_HEADS,
    _is_roman_numeral,
    _PersonEvidence,
)
from newsevents.actors._lexicon import _affixes, _key, is_company_suffix
from newsevents.actors._titles import _ACRONYM, _REGION_OPENERS, _SEAT_TITLES, _SMALL_NAME_WORDS
from newsevents.dates import MONTHS, WEEKDAYS
from newsevents.lexicons import load_lexicon
from newsevents.places import city_country, place_country

# Labels whose spans may have swallowed a person's name or a country's possessive.
_REPAIRABLE_LABELS = frozenset({"GPE", "LOC", "FAC", "ORG", "NORP", "EVENT", "WORK_OF_ART"})
# Labels of numbers, which give way to a grouping named with one: "the Group of [Seven]".
_NUMBER_LABELS = frozenset({"CARDINAL", "ORDINAL", "QUANTITY"})
# Words that say what a source is before its name: "according to state news agency INA".
_OUTLET_WORDS = frozenset(
    {"state", "official", "news", "agency", "newspaper", "daily", "broadcaster", "public"}
    | {"wire", "service", "outlet", "media", "the", "state-run", "semi-official", "tv"}
)


@functools.cache
def _outlet_names() -> frozenset[str]:
    """Return the names of news outlets of the statements lexicon, as written ("Vogue")."""
    names = load_lexicon("cues").get("outlets", {}).get("names", [])
    return frozenset(name for name in names if isinstance(name, str))


# German articles that open the name of a paper or party ("Der Spiegel", "Die Linke"), never
# a person's ("Das" is an Indian surname too).
_GERMAN_ARTICLES = frozenset({"Der", "Die"})
# Verbs before "(only) as" and a person's name: "an operator, identified only as Farida".
_IDENTIFYING_VERBS = frozenset({"identified", "known", "named"})
# Last words of a body's name that no place's name ends with ("[West Yorkshire Police]").
# Last words of the names of buildings and places named after someone.
_FACILITY_HEADS = frozenset({
    "center", "centre", "hall", "palace", "airport", "stadium", "arena", "hotel", "hospital",
    "university", "college", "school", "museum", "mosque", "church", "cathedral", "bridge",
    "square", "street", "road", "avenue", "park", "tower", "building", "house", "port",
    "station", "library", "institute", "foundation", "prize", "award", "dam", "highway",
})  # fmt: skip
# Lower-case nouns of a site worked or built, whose name a proper noun before them is: "the
# Tanbreez project", "the Pituffik base", "the Kvanefjeld mine".
_SITE_NOUNS = frozenset({
    "project", "mine", "deposit", "base", "airbase", "airfield", "oilfield", "gasfield",
    "refinery", "reactor", "station", "rocket", "spacecraft", "capsule", "satellite",
    "telescope", "dam", "pipeline",
})  # fmt: skip
# Capitalised last words of the names of things built or of nature, which never act: "the
# Grand Ethiopian Renaissance Dam", "the International Space Station", "the Blue Nile River".
_THING_HEADS = frozenset({
    "dam", "river", "lake", "canal", "pipeline", "station", "reactor", "rocket",
    "spacecraft", "satellite", "telescope", "store", "cathedral", "abbey", "basilica",
    "chapel", "mosque", "synagogue", "monastery", "castle",
})  # fmt: skip
# Lower-case nouns of products, apps, games and missions, which a name before them, in
# apposition with it or said to be one names: "the Meta AI assistant", "Fortnite, the popular
# game,", "NASA's Artemis II mission", "Signal is a messaging app".
_PRODUCT_NOUNS = frozenset({
    "app", "application", "assistant", "chatbot", "game", "videogame", "feature", "browser",
    "console", "smartphone", "handset", "headset", "software", "mission", "probe", "orbiter",
    "lander", "rover",
})  # fmt: skip
# Nouns of those who make or use a product, before "of" or after its name: "the maker of
# Fortnite", "users of Messenger", "the ChatGPT maker OpenAI", "Threads users".
_PRODUCT_USER_NOUNS = frozenset({"maker", "developer", "user", "player", "subscriber"})
# Nouns of a part or a member of a body, before "of": "part of JAXA", "a unit of Amazon".
_BODY_PART_NOUNS = frozenset(
    {"part", "member", "unit", "arm", "division", "subsidiary", "head", "chief", "board"}
)
# Verbs whose object is a product: "launched Threads", "downloaded TikTok".
_PRODUCT_VERBS = frozenset({"launch", "release", "download", "install", "uninstall", "unveil"})
# Planets, no actors where the text speaks of orbits and probes: "orbit around Mercury".
_PLANETS = frozenset(
    {"mercury", "venus", "mars", "jupiter", "saturn", "uranus", "neptune", "pluto"}
)
# Lower-case words of space flight that show a planet's name is the planet's.
_SPACE_WORDS = frozenset(
    {"orbit", "orbits", "orbiter", "spacecraft", "probe", "planet", "astronaut", "astronauts"}
)
# Lower-case nouns of what a company makes and sells: "its Gemini assistant".
_MADE_PRODUCT_NOUNS = frozenset(
    {
        "assistant", "chatbot", "model", "app", "smartphone", "phone", "browser", "console",
        "tablet", "laptop", "headset", "software", "vaccine", "drug", "car",
        "truck", "jet", "airliner", "aircraft", "device", "service", "platform", "engine",
        "processor", "chip",
    }
)  # fmt: skip
# Words that join the words of a name between hyphens: "Lashkar-e-Taiba", "Hizb-ut-Tahrir".
_NAME_CONNECTIVES = frozenset({"e", "i", "ul", "ut"})
# Capitalised last words of the names of laws and treaties: "the EU Deforestation Regulation".
_LAW_HEADS = frozenset({"regulation", "regulations", "directive", "act", "treaty", "accord"})
# Capitalised last words of the names of programmes, no body of their own when another owns
# them: "NASA's Commercial Crew Program" (not "the World Food Programme said").
_PROGRAMME_HEADS = frozenset({"program", "programme"})
# Lower-case nouns of places, sites and camps: what "at", "in", "on" or "near" after them
# names is a place too ("the camps at Cox's Bazar").
_WHERE_NOUNS = frozenset({
    "camp", "site", "border", "port", "facility", "plant", "base", "compound", "coast",
    "shore", "bank", "frontier", "crossing", "checkpoint", "settlement", "outpost",
    "target", "area", "installation",
})  # fmt: skip
# Nouns of a part of a place, whose "of" names the place: "most of Rakhine".
_PART_NOUNS = frozenset({
    "most", "much", "part", "parts", "rest", "half", "north", "south", "east", "west",
    "northeast", "northwest", "southeast", "southwest", "heart", "outskirts", "swathes",
})  # fmt: skip
# Nouns whose "in" may name a person: "faith in Mandela", "confidence in Powell".
_IN_PERSON_NOUNS = frozenset({"faith", "trust", "confidence", "belief", "interest", "stake"})
# Nouns of events held somewhere, whose "at" names where: "a briefing at the Johnson Space
# Center".
_EVENT_NOUNS = frozenset({
    "briefing", "conference", "ceremony", "event", "rally", "speech", "forum", "launch",
    "reception", "banquet", "dinner", "lunch", "gathering", "session", "hearing",
})  # fmt: skip
# Prepositions that date something by an event: "after the State of the Nation Address".
# Not "before", which also places someone before a body ("testified before the Senate").
_TIME_PREPOSITIONS = TIME_PREPOSITIONS - {"before"}
# Determiners that point at a body named before ("This Justice Department"), no word of it.
_BODY_HEADS = frozenset({
    "police", "constabulary", "ministry", "council", "commission", "agency", "authority",
    "department", "party", "committee", "bureau",
})  # fmt: skip
# Lower-case nouns of bodies whose name a proper noun just before them is, even one the model
# tags as a place: "the ruling Morena party", "the Banxico central bank".
_BODY_NOUNS_AFTER_NAME = frozenset({"party", "bank", "agency", "ministry"})
# Common nouns in the plural without an "s" that open sentences: "Media reports said".
_PLURALS_WITHOUT_S = frozenset({"media", "people", "police", "data", "men", "women", "children"})
# Last words of a body's name that no person's name ends with: "China Coast Guard".
_BODY_LAST_WORDS = _BODY_HEADS | {"guard", "guards", "army", "navy", "force", "forces", "corps"}
# Capitalised words of a public body's name that a country or region closes: "Police
# Scotland", "Public Health England", "Transport for London", "Sport Wales".
_PLACE_BODY_WORDS = frozenset({
    "police", "health", "transport", "sport", "historic", "heritage", "ambulance", "fire",
    "rescue", "rail", "water", "forestry", "education", "housing", "enterprise", "tourism",
    "arts", "statistics", "revenue", "customs", "immigration", "prisons", "probation",
    "environment",
})  # fmt: skip
# Nouns of bodies of members whose whole name goes on with "of" and a capitalised name:
# "the Muslim Council of Britain", "the Board of Deputies of British Jews".
_MEMBERS_BODY_NOUNS = frozenset({
    "council", "board", "federation", "confederation", "association", "union", "society",
    "institute", "institution", "bank", "college", "league", "academy", "chamber", "guild",
})  # fmt: skip
# Prepositions whose object is where something happens: a name after one is a place there.
_WHERE_PREPOSITIONS = frozenset({"in", "at", "near", "into", "inside", "outside", "across"})
# Labels whose spans may be a title and a person's name ("the Vicar Hummerstone").
_TITLED_LABELS = frozenset({"GPE", "ORG", "NORP", "WORK_OF_ART", "FAC"})
# Titles only a company gives, after its name and before its holder's: "Lumora chief
# executive Priya Raman", "Halden CEO Magnus Ek".
_COMPANY_TITLES = tuple(
    tuple(title.split())
    for title in (
        "chief executive officer", "chief executive", "ceo", "chief financial officer", "cfo",
        "chief technology officer", "cto", "chief operating officer", "coo", "founder",
        "co-founder", "chairman", "chairwoman",
    )
)  # fmt: skip
_COMPANY_TITLE_STARTS = frozenset(title[0] for title in _COMPANY_TITLES)
# Lower-case nouns of a company's works, which a company's name modifies: "the Navantia
# shipyard", "the Volkswagen plant".
_WORKS_NOUNS = frozenset({"shipyard", "dockyard", "factory", "plant", "smelter", "brewery"})
# Words of an Arabic patronymic chain ("Mohammed bin Abdulrahman"), after which a capitalised
# "Al" opens the family's name ("Al Thani").
_MATCH_VERBS = frozenset({
    "beat", "defeat", "draw", "lose", "win", "thrash", "edge", "rout", "hammer", "crush",
    "stun", "host", "overcome", "trounce",
})  # fmt: skip

# Prepositions after which a name with "the" is where something is, not who: "across the
# Sahel" (a person's name takes no "the"; "faith in Mandela" may be anyone's).
_PLACE_USE_PREPOSITIONS = frozenset({
    "in", "to", "across", "near", "throughout", "inside", "within", "around", "into", "of", "from",
})  # fmt: skip
# Lower-case nouns of a place that a name before them names: "the Rossio square".
_NAMED_PLACE_NOUNS = (
    _PLACE_KIND_NOUNS
    | _WHERE_NOUNS
    | {
        "square",
        "neighbourhood",
        "neighborhood",
        "quarter",
        "street",
        "avenue",
        "estate",
        "suburb",
        "park",
        "market",
        "district",
    }
)
_SIDE_PREPOSITIONS = frozenset({"with", "to", "against", "over", "at", "by"})
# Words of a sports story: two of them make a text one, where a town's name in the plural
# ("Liverpool have held talks") or a name ending in a club's word is a club's.
_SPORTS_WORDS = frozenset({
    "match", "league", "striker", "midfielder", "defender", "goalkeeper", "footballer",
    "fixture", "stadium", "squad", "referee", "club", "kick-off", "playoff", "relegation",
    "scorer", "winger",
})  # fmt: skip
# The last words of football clubs' names, which end no person's or place's:
# "Manchester City", "Aston Villa", "Blackburn Rovers", "Tottenham Hotspur" (a city the
# gazetteers know, "Mexico City", stays a place).
_CLUB_WORDS = frozenset({
    "city", "united", "villa", "hotspur", "rovers", "wanderers", "athletic", "albion",
    "rangers", "palace", "forest", "fc", "afc", "argyle", "orient",
})  # fmt: skip

_PATRONYMICS = frozenset({"bin", "ibn", "bint"})
# Prepositions of where something is or comes from, before a country's region.
_REGION_PREPOSITIONS = frozenset({"in", "from", "into", "across", "throughout", "inside"})
_CAPTION_WORDS = frozenset(marker.lower() for marker in CAPTION_MARKERS)
# Labels of spans that the model may stretch over a verb ("[Biden invited Modi]").
# Labels the model gives names right, however far it stretches them.
# Where a name stands when it is something's doer, owner or object, not a place
# jobs done at a firm whose name may stand before them: "Bernstein analyst Jane Roe"
_MARKET_JOBS = frozenset({"analyst", "economist", "strategist", "trader", "researcher"})
_BODY_DEPS = frozenset({"nsubj", "nsubjpass", "poss", "dobj"})
# The last word of a company's name, whose first word alone is the company's short name:
# "Corvane Systems ... Corvane said" (not "Party" or "Foundation", which a family name opens).
_COMPANY_HEADS = frozenset(
    {"airlines", "airways", "motors", "industries", "holdings", "technologies", "labs"}
    | {"pharmaceuticals", "laboratories", "group", "systems", "logistics", "therapeutics"}
    | {"biosciences", "telecom", "chemicals", "ventures", "securities", "solutions"}
    | {"aerospace", "semiconductor", "semiconductors", "automotive", "brands", "robotics"}
    | {"company", "corporation", "software", "networks", "electronics", "pharma", "mining"}
)
_NAME_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "FAC", "LOC"})
# Lower-case nouns of a part of a company, a body too: "The unit, known as Lumen Grid,".
_COMPANY_PART_NOUNS = frozenset(
    {"unit", "subsidiary", "division", "business", "affiliate", "venture", "startup"}
)
# Words that open a clause, no word of a name in lower case: "[the State Duma that Kyiv]".
_CLAUSE_WORDS = frozenset({"that", "which", "who", "whom", "whose"})
# A time told from now, which a date the model runs on from a name may end with: "[Orban
# weeks ago]", "[Merz last month]".
_RELATIVE_TIME = re.compile(
    r"(?:(?:a|an|a few|few|several|some|many|\d+|one|two|three|four|five|six|seven|eight|"
    r"nine|ten|eleven|twelve)\s+)?(?:days?|weeks?|months?|years?|decades?)\s+"
    r"(?:ago|earlier|later|before)"
    r"|(?:earlier |later |late |early )?(?:last|next|this)\s+"
    r"(?:week|month|year|weekend|spring|summer|autumn|fall|winter)"
    r"|yesterday|today|tomorrow|last night"
)
_CLAUSE_TAGS = frozenset({"WDT", "WP", "WP$", "IN"})
# Words of an amount, which no name runs on into: "fined [Meta] 200 million euros".
_AMOUNT_SCALES = frozenset({"thousand", "million", "billion", "trillion", "bn", "mln"})
_CURRENCY_SIGNS = frozenset({"$", "\u20ac", "\u00a3", "\u00a5"})
# Prefixes of a navy's ships ("the USS Carl Vinson", "HMS Queen Elizabeth"): a vessel, no one.
_SHIP_PREFIXES = frozenset(
    {"USS", "USNS", "HMS", "HMCS", "HMAS", "HMNZS", "INS", "PNS", "ROKS", "RFS", "TCG"}
)
# Verbs whose past is written as their present: "Smith cut the ribbon" is no plural.
_SAME_PAST_VERBS = frozenset({
    "put", "cut", "hit", "set", "let", "hurt", "cost", "shut", "quit", "spread", "bet",
    "read", "split", "burst", "cast", "beat", "upset", "bid", "broadcast", "forecast",
})  # fmt: skip
_SHIP_PREFIX_KEYS = frozenset(prefix.lower() for prefix in _SHIP_PREFIXES)
# Lower-case nouns of arms and military equipment, whose model a name before them is:
# "Patriot air defence batteries", "Leopard tanks".
_EQUIPMENT_NOUNS = frozenset({
    "battery", "missile", "interceptor", "launcher", "tank", "jet", "fighter", "bomber",
    "drone", "helicopter", "howitzer", "rifle", "warship", "destroyer", "frigate",
    "submarine", "vehicle",
})  # fmt: skip
# Verbs of going somewhere: what "to" names after them is a place ("travel to Ravenna").
_TRAVEL_VERBS = frozenset({"travel", "fly", "journey", "sail"})
# Verbs whose "in" may take a person: "believe in Mandela", "confided in Biden".
_IN_PERSON_VERBS = frozenset({"believe", "confide", "trust", "invest", "see", "find"})
_STRETCHED_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "FAC", "LOC", "WORK_OF_ART"})
# Lower-case words inside a name that are no verb of a sentence, whatever their tag.
_NAME_JOINERS = frozenset({"and", "of", "the", "&"})


# Words for what a source publishes: "according to LSEG data", "according to Opta figures".
_SOURCE_NOUNS = frozenset(
    {"data", "figures", "statistics", "estimates", "report", "survey", "analysis", "poll"}
)


# A word of a model's or a vehicle's name, never of a person's: "CST-100", "737", "F-16".
_MODEL_NUMBER = re.compile(r"(?:[a-z]+-?)?\d+(?!st|nd|rd|th)[a-z]*")


def _letters_and_digits(word: str) -> bool:
    """Whether ``word`` is a code of capitals and digits, as no place's name is: "M23"."""
    return (
        word.isalnum()
        and word[:1].isupper()
        and any(c.isdigit() for c in word)
        and not word.isdigit()
    )


def _place_kind_form(word: str) -> bool:
    """Whether ``word`` is a noun of ``_PLACE_KIND_NOUNS`` or its plural ("regions")."""
    return (
        word in _PLACE_KIND_NOUNS
        or word[:-1] in _PLACE_KIND_NOUNS
        or (word.endswith("ies") and word[:-3] + "y" in _PLACE_KIND_NOUNS)
    )


def _plural_place_kind(word: str) -> bool:
    """Whether ``word`` is the plural of a noun of ``_PLACE_KIND_NOUNS`` ("municipalities")."""
    return word == "ports" or (
        word.endswith("s")
        and (
            word[:-1] in _PLACE_KIND_NOUNS
            or (word.endswith("ies") and word[:-3] + "y" in _PLACE_KIND_NOUNS)
        )
    )


# What only a place has, after its name and "'s": "Kinmen's waters".
_PLACE_PARTS = frozenset(
    {"waters", "coast", "coastline", "shores", "airspace", "territory", "outskirts", "soil"}
    | {"skies", "streets", "mountains", "beaches", "ports", "harbour", "harbor", "capital"}
)
# A sum written with a currency's letter or sign: "N1,468", "N10", "KSh 500", "R2.5bn" (not
# "G7", "P5" or "F1", names of groups and sports).
_AMOUNT = re.compile(
    r"(?:₦|N|KSh|Ksh|TSh|USh|Sh|Rs|Rp|Tk|GH₵|R)\s?\d[\d,.]*"
    r"(?:\s?(?:bn|m|k|tn|million|billion|trillion))?"
)


def _spells_name(acronym: str, words: tuple[str, ...]) -> bool:
    """Whether ``acronym`` spells the name of ``words`` in order, as acronyms are made.

    Every capitalised word gives its initial, or all its letters if it is written in
    capitals ("UN" in "UN Assistance Mission in Afghanistan", UNAMA); a small word gives its
    initial or nothing; the first and last words give a letter, and one capitalised word
    between may give none ("African Union Transition Mission in Somalia", ATMIS).
    """

    def spells(a: int, w: int, skipped: bool) -> bool:
        if w == len(words):
            return a == len(acronym)
        word = words[w]
        last = w == len(words) - 1
        if word.lower() in _SMALL_NAME_WORDS and not last:
            if spells(a, w + 1, skipped):
                return True
        elif not (word[:1].isupper() and word.isalpha()):
            return False
        elif w > 0 and not last and not skipped and spells(a, w + 1, True):
            return True
        if a < len(acronym) and word[:1].upper() == acronym[a] and spells(a + 1, w + 1, skipped):
            return True
        return (
            len(word) > 1
            and word.isupper()
            and acronym.startswith(word, a)
            and spells(a + len(word), w + 1, skipped)
        )

    return spells(0, 0, False)


class _EntityRepairs(_PersonEvidence):
    """Split or trim the entities of the doc where the small model is known to go wrong."""

    def _repair_entities(self) -> None:
        repaired: list[tuple[int, int, str]] = []
        swallowed = -1  # entities up to this token belong to a name cut at a particle
        for start, end, label in self._mended():
            if end <= swallowed:
                continue
            if start < swallowed:
                start = swallowed
            if label == "PERSON":
                whole = self._name_after_particle(end)
                if whole > end:
                    end = swallowed = whole  # "[Ursula von der] [Leyen]": one name
            parts = self._repair(start, end, label)
            repaired.extend(parts)
            # "[France] [24]": a part may take in words the model tagged apart
            swallowed = max([swallowed, *(part[1] for part in parts if part[1] > end)])
        repaired = self._without_overlaps(repaired)
        things = self.lexicon.things
        # "the EU's [AI] Act", split from the law's name: a thing of the lexicon is no actor
        repaired = [
            entity
            for entity in repaired
            if entity[2] not in ("ORG", "PERSON")
            or _key("".join(self.lower[entity[0] : entity[1]])) not in things
        ]
        repaired = self._alliances(self._listed_countries(repaired))
        # "[Lumora] unveiled its glasses. [Lumora] will begin shipping": whatever the model
        # tagged it, a name that owns "its" is an organisation's, wherever it stands.
        its = "its" in self._positions
        bodies = {
            tuple(self.lower[start:end])
            for start, end, label in repaired
            if (
                label in ("PERSON", "ORG", "PRODUCT")
                and (
                    (its and self._owner_of_its(start, end))
                    or self._employer_before_title(end)
                    # "the [Navantia] shipyard": a company's works
                    or self._owner_of_works(start, end)
                )
            )
            # "the wind developer [Aurora Tuuli] ... [Aurora Tuuli] declined": a company
            or (label in ("PERSON", "ORG") and self._descriptor_before(start))
            # "a spokesperson for [Acas] said": one word no first name, title or "he" makes
            # a person's, that a spokesperson speaks for
            or (label == "PERSON" and self._body_spoken_for(start, end, repaired))
            # "[Izvestia] reported that ...": a newspaper, however else it is tagged
            or (label == "PERSON" and end - start == 1 and self._reports_as_outlet(start))
            # "Danish shipping giant [Maersk] said": a company wherever else it is named
            or (
                label == "ORG"
                and (
                    self._named_by_descriptor(start, end)
                    or self._body_in_apposition(start, end) is not None
                    # "told the [Kommersant] newspaper ... Kommersant said it": an outlet
                    or self._outlet_before_noun(start, end)
                    # "The unit, known as [Lumen Grid], ... Lumen Grid's founder"
                    or self._body_known_as(start)
                )
            )
            # "[Komeito] leader Natsuo Yamaguchi", tagged as a place no gazetteer knows
            or (
                label == "GPE"
                # not "the Islamic Republic has not changed its stripes": a state's epithet
                and "the" not in self.lower[max(start - 1, 0) : start + 1]
                and (
                    (its and self._owner_of_its(start, end))
                    or self._employer_before_title(end)
                    or self._leader_named_after(end)
                )
                and self._no_place(start, end)
            )
        }
        outlets = self._outlets_reporting(repaired)
        shorts = self._company_short_names(repaired) | outlets
        if shorts:
            # "Drennor Labs said ... Drennor said": the short name the model left untagged
            # (an outlet's even where the tagger took it for a common noun)
            tagged = {i for start, end, _ in repaired for i in range(start, end)}
            repaired = sorted(
                repaired
                + [
                    (i, i + 1, "ORG")
                    for i, word in enumerate(self.lower)
                    if (word,) in shorts
                    and i not in tagged
                    and (self.pos[i] == "PROPN" or (word,) in outlets)
                    and self._is_capitalised(i)
                ]
            )
        bodies |= shorts
        # "[Nvidia] declined to comment. [Nvidia] has designed ...", the second tagged as a
        # place: a name no gazetteer knows as a place, tagged as an organisation once, is one
        # wherever the model took it for a place
        named = bodies | {
            tuple(self.lower[start:end]) for start, end, label in repaired if label == "ORG"
        }
        if named:
            repaired = [
                (start, end, "ORG")
                if (label in ("PERSON", "PRODUCT") and tuple(self.lower[start:end]) in bodies)
                or (
                    label == "GPE"
                    and (
                        tuple(self.lower[start:end]) in bodies
                        or (
                            tuple(self.lower[start:end]) in named
                            # what a body does or owns, not where things happen ("in
                            # Ferguson"); an acronym is no town's name ("the head of UNAMA")
                            and (
                                self.tokens[self._head(start, end)].dep_ in _BODY_DEPS
                                or (
                                    end - start == 1
                                    and _ACRONYM.fullmatch(self.words[start]) is not None
                                )
                            )
                        )
                    )
                    and self._no_place(start, end)
                )
                else (start, end, label)
                for start, end, label in repaired
            ]
        repaired = self._clubs(repaired)
        repaired = self._companies(repaired, bodies)
        self.entities = repaired
        for entity in repaired:
            for i in range(entity[0], entity[1]):
                self.entity_at[i] = entity

    def _companies(
        self, entities: list[tuple[int, int, str]], bodies: set[tuple[str, ...]]
    ) -> list[tuple[int, int, str]]:
        """Return the entities with companies' names made whole and of the right kind.

        A known organisation's name goes on with the capitalised proper nouns after it that
        it modifies, which the model left untagged ("[Meta] Platforms said": "Meta
        Platforms", not a person "Platforms"); a name of two words or more tagged as a
        person whose first word is an organisation's name, known or shown to be one in the
        text (``bodies``: it owns "its", a company's title follows it), is that
        organisation's ("[Google Cloud] revenue rose"); and a one-word name tagged as a
        person joined by "and" or a comma to a known organisation (the lexicon's) is an
        organisation too ("competition from Huawei and [Xiaomi]", "Facebook, Instagram,
        [Messenger] and WhatsApp"), when the text gives it no first name, no title and no
        longer person's name.
        """
        lexicon = self.lexicon
        words = self.lower
        tagged = {i for s, e, _ in entities for i in range(s, e)}
        # a known organisation's words are "KNOWN": a list with one names companies
        label_at = {
            i: "KNOWN"
            if label == "ORG" and _key("".join(words[s:e])) in lexicon.organizations
            else label
            for s, e, label in entities
            for i in range(s, e)
        }

        def body_word(word: str) -> bool:
            return (word,) in bodies or _key(word) in lexicon.organizations

        def goes_on(i: int) -> bool:
            return i < len(words) and i not in tagged and name_word(i)

        def name_word(i: int) -> bool:
            return (
                self.pos[i] == "PROPN"
                and self.words[i].isalpha()
                and self._is_capitalised(i)
                and not self.words[i].isupper()  # "Meta AI": a product's acronym
                and _key(words[i]) not in lexicon.titles
                and words[i] not in lexicon.not_name_words
                and self._country_match(self.words[i]) is None
                and not self._is_known_place(i, i + 1)
                # "Westinghouse Anniston Project Manager": a word that opens a title
                and not self._core_starting_at(i, len(words), lexicon.titles, lexicon.longest_title)
            )

        people = {
            word
            for s, e, label in entities
            if label == "PERSON" and e - s > 1
            for word in words[s:e]
        }
        result: list[tuple[int, int, str]] = []
        for start, end, label in entities:
            if (
                label == "ORG"
                and _key("".join(words[start:end])) in lexicon.organizations
                and not self._in_title_case_headline(end)
            ):
                stop = end
                while (
                    stop - end < 2
                    and goes_on(stop)
                    and self.tokens[stop - 1].dep_ == "compound"
                    and self.tokens[stop - 1].head.i >= stop
                ):
                    stop += 1
                end = stop
            elif (
                label == "PERSON"
                and end - start > 1
                and body_word(words[start])
                and not self._in_title_case_headline(end)
                # "Trump Urges ...": a person's name, whatever else the text calls a body
                and not any(
                    tag == "PERSON" and s != start and words[start] in words[s:e]
                    for s, e, tag in entities
                )
                and not lexicon.is_first_name(words[start])
                and not self._titled_name_start(start)
            ):
                label = "ORG"  # "[Google Cloud] revenue rose"
            elif (
                label == "PERSON"
                and end - start == 1
                and words[start] not in people
                and not lexicon.is_first_name(words[start])
                and not self._titled_name_start(start)
                and self._listed_with_body(start, label_at)
            ):
                label = "ORG"  # "competition from Huawei and [Xiaomi]"
            if (
                label == "ORG"
                and result
                and result[-1][2] == "ORG"
                and result[-1][1] == start
                and self.tokens[start - 1].dep_ == "compound"
                and start <= self.tokens[start - 1].head.i < end
                and all(name_word(i) for i in range(start, end))
                and _key("".join(words[start:end])) not in lexicon.organizations
            ):
                # "[Meta] [Platforms] said it": one company the rules found in two pieces
                result[-1] = (result[-1][0], end, "ORG")
                continue
            result.append((start, end, label))
        return result

    def _listed_with_body(self, i: int, label_at: dict[int, str]) -> bool:
        """Whether word ``i`` is joined in a list to a known organisation and to no person."""
        token = self.tokens[i]
        first = token
        while first.dep_ == "conj" and first.head.i < first.i:
            first = first.head
        labels = set()
        stack = [first]
        while stack:
            member = stack.pop()
            if member.i != i:
                labels.add(label_at.get(member.i))
            stack.extend(child for child in member.children if child.dep_ == "conj")
        return "KNOWN" in labels and "PERSON" not in labels

    def _amount_start(self, start: int, end: int) -> int | None:
        """Where an amount of money or a count begins inside a name, or None.

        "fined [Meta 200 million] euros": a number with a scale word after it ("million"),
        or a currency sign, is no word of a name; a model's or a channel's number stays
        ("Boeing 737", "France 24").
        """
        words = self.lower
        for k in range(start, end):
            if words[k] in _CURRENCY_SIGNS:
                return k
            if (
                self.tokens[k].like_num
                and k + 1 < len(words)
                and (words[k + 1] in _AMOUNT_SCALES or words[k + 1] in _CURRENCY_SIGNS)
            ):
                return k
        return None

    @functools.cached_property
    def _ship_names(self) -> frozenset[tuple[str, ...]]:
        """The names the text gives after a navy ship's prefix: "USS [Carl Vinson]"."""
        names = set()
        for i in self._positions_of(_SHIP_PREFIX_KEYS):
            if self.words[i] not in _SHIP_PREFIXES:
                continue  # the prefixes are written in capitals only
            end = i + 1
            while end < len(self.words) and end - i <= 4 and self._is_capitalised(end):
                end += 1
            if end > i + 1:
                names.add(tuple(self.lower[i + 1 : end]))
        return frozenset(names)

    def _ship_start(self, start: int, end: int) -> int | None:
        """Where a ship's name begins with its prefix, when ``[start, end)`` names a ship.

        "The [USS Carl Vinson] sailed", "HMS [Queen Elizabeth]", and the same name elsewhere
        without its prefix ("the Carl Vinson"): a vessel, which is no actor. None otherwise.
        """
        if not self._ship_names:
            return None
        first = start + (self.lower[start] == "the")
        if first >= end:
            return None
        if self.words[first] in _SHIP_PREFIXES and end - first > 1:
            return start
        k = first - 1
        while k >= max(first - 3, 0) and self._is_capitalised(k):
            if self.words[k] in _SHIP_PREFIXES:
                return k  # "HMS Queen [Elizabeth]": the words before it are the ship's too
            k -= 1
        words = tuple(self.lower[first:end])
        if words in self._ship_names:
            return start
        if (first > start or (start > 0 and self.lower[start - 1] == "the")) and any(
            len(name) > len(words) and name[-len(words) :] == words for name in self._ship_names
        ):
            return start  # "the USS Carl Vinson ... the [Vinson]"
        return None

    def _company_short_names(self, entities: list[tuple[int, int, str]]) -> set[tuple[str, ...]]:
        """Return the one-word names that are the first word of a company named in the text.

        "Corvane to cut jobs ... Corvane Systems will cut ... Corvane said": a capitalised
        word that opens an organisation's name ending with a word of a company
        (``_COMPANY_HEADS`` or the lexicon's ``company_suffixes``) is that company's short
        name, whatever the model tagged it; not a word of a person's name of two words or
        more ("Walt Disney ... Disney Labs"), nor a first name. The company's name is
        returned too ("Halvika Robotics" tagged as a person).
        """
        lexicon = self.lexicon

        def company(start: int, end: int) -> bool:
            last = self.words[end - 1]
            return self._is_capitalised(end - 1) and (
                _key(last) in _COMPANY_HEADS or is_company_suffix(last, lexicon.company_suffixes)
            )

        people = {
            word
            for start, end, label in entities
            if label == "PERSON" and end - start > 1 and not company(start, end)
            for word in self.lower[start:end]
        }
        found: set[tuple[str, ...]] = set()
        for start, end, label in entities:
            if label not in ("ORG", "PERSON"):
                continue
            first = start + (self.lower[start] == "the")
            if end - first < 2 or not company(first, end):
                continue
            word = self.lower[first]
            if (
                self.words[first].isalpha()
                and self._is_capitalised(first)
                and word not in people
                and not lexicon.is_first_name(word)
                and _key(word) not in lexicon.titles
                and self._country_match(self.words[first]) is None
            ):
                found.add((word,))
                # "Halvika Robotics" tagged as a person is the company
                found.add(tuple(self.lower[first:end]))
        return found

    @staticmethod
    def _without_overlaps(entities: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
        """Return ``entities`` with no two sharing a token: the longest of those that do.

        "the Lashkar-e-[Taiba] ... the [Lashkar]-e-[Taiba] said": two pieces the model
        tagged, each repaired to the whole name, and a word of it found alone, are one name.
        """
        kept: list[tuple[int, int, str]] = []
        taken: set[int] = set()
        for entity in sorted(set(entities), key=lambda e: (e[0] - e[1], e[0])):
            if taken.isdisjoint(range(entity[0], entity[1])):
                kept.append(entity)
                taken.update(range(entity[0], entity[1]))
        if len(kept) == len(entities):
            return entities
        return sorted(kept)

    def _leader_named_after(self, end: int) -> bool:
        """Whether a title of the lexicon and a capitalised name follow ("leader Natsuo").

        Not the title of an office held for a place: "[West Yorkshire] Mayor Tracy Brabin"
        names where the mayor serves.
        """
        lower = self.lower
        if end >= len(lower) or _key(lower[end]) not in self.lexicon.titles:
            return False
        if _key(lower[end]) in _SEAT_TITLES or lower[end : end + 2] == ["chief", "minister"]:
            return False
        after = end + 1
        while after < len(lower) and self._is_title_word(after):
            after += 1
        return after < len(lower) and self.pos[after] == "PROPN" and self._is_capitalised(after)

    def _no_place(self, start: int, end: int) -> bool:
        """Whether the words are no country, region or city the gazetteers know ("Nvidia").

        Nor a place by its kind ("Los Angeles County").
        """
        text = self.text[slice(*self._chars(start, end))]
        return (
            not any(_place_kind_form(word) for word in self.lower[start:end])
            and self._country_of_range(start, end) is None
            and place_country(text) is None
            and city_country(text) is None
            and not self._is_known_place(start, end)
        )

    def _name_before_acronym(self, end: int) -> int:
        """Return where a body's name ends that runs on to the lower-case noun before its acronym.

        "the Spanish [Socialist Workers]' party (PSOE)": in a house style that writes the
        body's noun in lower case the model stops before it; a descriptor's words right
        after the name (and its possessive ending), then an acronym in brackets, end the
        name, as they do when written "Party". Not without the brackets ("the Kremlin's
        party": a party the body owns).
        """
        lower = self.lower
        after = end + (end < len(lower) and self._is_possessive(end))
        if after >= len(lower) or not self._lower_case(after, after + 1):
            return end
        lexicon = self.lexicon
        found = self._core_starting_at(
            after, len(lower), lexicon.organization_descriptors, lexicon.longest_descriptor
        )
        if found is None or not self._lower_case(after, found):
            return end
        return end if self._acronym_in_brackets(found) is None else found

    def _person_named_alone_at_end(self, start: int, end: int) -> int | None:
        """Where a person's name starts in an organisation's name that ends with a surname.

        "led by [the Socialist Salvador Illa] ... Illa said": the last word of a name of two
        words or more, alone elsewhere in the text as a person (tagged so, or the subject of
        a verb, untagged), is that person's surname; the words before it are the rest of the
        name, after "the" and a capitalised word of a creed ("Socialist", "Islamist"). Not a
        known organisation, an acronym, a name with a nation's word ("Saudi Aramco ... Aramco
        added") or one that ends with a body's word ("the Tata Group ... Tata declined").
        """
        lower = self.lower
        first = start + (lower[start] == "the")
        last = self.words[end - 1]
        if (
            end - first < 2
            or not last[:1].isupper()
            or last.isupper()
            or lower[end - 1] in self.lexicon.organization_heads
            or _key("".join(lower[first:end])) in self.lexicon.organizations
            # the other places of the same word, from the index of the doc's words: the
            # same spelling has the same lower-case form
            or not any(
                self._alone_as_person(j)
                for j in self._positions.get(lower[end - 1], ())
                if j != end - 1 and self.words[j] == last
            )
        ):
            return None
        while end - first > 2 and lower[first].endswith("ist") and self._is_capitalised(first):
            first += 1
        if any(self._country_match(self.words[i]) is not None for i in range(first, end)):
            return None  # "Saudi Aramco ... Aramco added": a nation's company
        return first if self._name_like(first, end) else None

    def _alone_as_person(self, i: int) -> bool:
        """Whether word ``i`` is a name alone: tagged as a person, or an untagged subject."""
        token = self.tokens[i]
        if token.ent_type_:
            return token.ent_type_ == "PERSON" and self._model_entity_at(i) == (i, i + 1)
        # alone: no capitalised word of a longer name next to it ("Northvale Software will")
        sentence_start, sentence_end = self._sentence_bounds(i)
        return (
            token.dep_ == "nsubj"
            and token.head.pos_ == "VERB"
            and self._is_capitalised(i)
            and (i == sentence_start or not self.words[i - 1][:1].isupper())
            and (i + 1 >= sentence_end or not self.words[i + 1][:1].isupper())
        )

    def _city_joined_to_place(self, start: int, end: int) -> bool:
        """Whether a one-word name is a city joined by "and" to a known place before it.

        "The rebels seized Goma in January and then [Bukavu] in February": a city of the
        gazetteer of towns, the conjunct of a place, or of the verb whose object a place is
        (as the parser may read "and then"); not a name a person of the text bears
        ("Washington ... George Washington"), nor one joined to a person.
        """
        if end - start != 1 or city_country(self.words[start]) is None:
            return False
        token = self.tokens[start]
        if token.dep_ != "conj" or token.head.i > start:
            return False
        head = token.head
        if head.pos_ in ("VERB", "AUX"):
            objects = [child for child in head.children if child.dep_ == "dobj"]
            if len(objects) != 1:
                return False
            head = objects[0]
        if head.i >= start or not self._is_known_place(head.i, head.i + 1):
            return False
        word = self.lower[start]
        return not any(
            label == "PERSON" and e - s > 1 and word in self.lower[s:e]
            for s, e, label in self.original
        )

    def _descriptor_cut(self, start: int, end: int) -> int | None:
        """Return where a name ends before a descriptor the model took half of into it.

        "the state-run [IRNA news] agency": "news agency" says what IRNA is; the name is
        "IRNA". Only words in lower case are given back.
        """
        lower = self.lower
        descriptors = self.lexicon.organization_descriptors
        for inside in (1, 2):
            if end - inside <= start or not all(
                self.tokens[i].is_lower for i in range(end - inside, end)
            ):
                break
            for rest in (1, 2):
                if end + rest <= len(lower) and (
                    _key(" ".join(lower[end - inside : end + rest])) in descriptors
                ):
                    return end - inside
        return None

    def _first_possessive(self, start: int, end: int) -> int | None:
        """Return where the first "'s" inside an entity stands, among its first words."""
        return next(
            (i for i in range(start + 1, min(end - 1, start + 4)) if self._is_possessive(i)),
            None,
        )

    def _owner_and_owned_body(self, start: int, owner_end: int, end: int) -> bool:
        """Whether an organisation's name is two, an owner's and the body's it owns.

        "[Alphabet's Google] said", "[Meta's Instagram]": the words before an owner's "'s"
        (not a plural's, a word of the name: "the Senate Veterans' Affairs Committee", "the
        [Workers' Party]") and the words after it each name a body. Either the words after
        it, one to three capitalised ones, are word for word an organisation's entity
        elsewhere ("... Google declined to comment"), but for one word that names no company
        alone ("Rodong Sinmun's Party"); or both sides are capitalised proper nouns, one a
        known organisation of the lexicon or named alone in the text. Not one company's name
        with an "'s" inside ("Moody's Investors Service", "McDonald's Corp"), whose end opens
        with no name of its own, nor a person's business ("Elliott's Body Shop" where "Eldon
        Elliott" is named).
        """
        lower, lexicon = self.lower, self.lexicon
        if lower[owner_end] not in ("'s", "\u2019s"):
            return False
        owner, owned = lower[start:owner_end], lower[owner_end + 1 : end]
        if not owned:
            return False
        # the owned body named alone elsewhere: "Alphabet's Google ... Google declined"
        if (
            len(owned) <= 3
            and all(self._is_capitalised(i) for i in range(owner_end + 1, end))
            and not (
                len(owned) == 1
                and (owned[0] in lexicon.organization_heads or owned[0] in lexicon.institutions)
            )
            and any(label == "ORG" and lower[s:e] == owned for s, e, label in self.original)
        ):
            return True
        # two proper names, one of them a body's the lexicon or the text knows
        if any(
            self.pos[i] != "PROPN" or not self._is_capitalised(i) or not self.words[i].isalpha()
            for i in (*range(start, owner_end), *range(owner_end + 1, end))
        ):
            return False
        if (
            is_company_suffix(self.words[owner_end + 1], lexicon.company_suffixes)
            or _key(owned[0]) in lexicon.organization_heads
            or owned[0] in lexicon.not_name_words
        ):
            return False
        if any(
            label == "PERSON" and any(word in owner for word in lower[s:e])
            for s, e, label in self.original
        ):
            return False  # "Elliott's Body Shop", of Eldon Elliott: a person's business
        names = [owner, owned]
        return any(_key("".join(words)) in lexicon.organizations for words in names) or any(
            label == "ORG" and s != start and lower[s:e] in names for s, e, label in self.original
        )

    def _body_led(self, start: int, end: int) -> bool:
        """Whether the words name a body a person may lead: an acronym or an institution.

        "CDU", "BJP", "U.N." (no country's short form, as "UK" is), "Kremlin".
        """
        if end - start != 1:
            return False
        word = self.words[start]
        letters = word.replace(".", "")
        if self.lower[start] in self.lexicon.institutions:
            return True
        return (
            2 <= len(letters) <= 5
            and letters.isalpha()
            and letters.isupper()
            and self._country_match(word) is None
        )

    def _person_leads_body(self, start: int, owner_end: int, end: int) -> bool:
        """Whether an organisation's name is a person's possessive and the body they lead.

        "[Merz's CDU] won", "[Putin's Kremlin]": one or two capitalised words, no acronym,
        before "'s", and after it a party's acronym or an institution of the lexicon. Not a
        body known by the words before "'s" (a known organisation, or one the model tags
        alone elsewhere), nor one company's name ("McDonald's Corp").
        """
        if not 1 <= owner_end - start <= 2 or not self._body_led(owner_end + 1, end):
            return False
        if any(
            not (self.words[i].isalpha() and self.words[i].istitle())
            for i in range(start, owner_end)
        ):
            return False
        owner = self.lower[start:owner_end]
        if _key(" ".join(owner)) in self.lexicon.organizations or any(
            self.lower[i] in self.lexicon.not_name_words for i in range(start, owner_end)
        ):
            return False
        if self._country_match(self.text[self.tokens[start].idx : self.tokens[owner_end].idx]):
            return False
        return not any(
            label != "PERSON" and s != start and self.lower[s:e] == owner
            for s, e, label in self.original
        )

    def _demonym_before_body(self, start: int, end: int) -> bool:
        """Whether an organisation's name opens with a demonym that is no word of it.

        "A [Rwandan U.N.] official": the nation of the one the body's words describe, before
        a body that belongs to no nation (an acronym or a known organisation). Not a
        nation's own body named with its demonym ("the Chinese Communist Party").
        """
        if end - start < 2:
            return False
        match = self._country_match(self.words[start])
        if match is None or not match.demonym:
            return False
        rest = self.lower[start + 1 : end]
        return (end - start == 2 and self._body_led(start + 1, end)) or (
            _key(" ".join(rest)) in self.lexicon.organizations
        )

    def _name_before_titled_apposition(self, start: int, end: int) -> bool:
        """Whether a one-word name stands before a person's title set off by commas.

        "[Camilla], the Queen Consort, visited": the title of the lexicon, whole, after a
        comma and "the", up to the next comma or the end of the sentence, says who the
        name is; not a body's word the title lexicon shares ("the agency").
        """
        if end - start != 1 or not self._name_like(start, end):
            return False
        word = self.words[start]
        if not word.isalpha() or word.isupper():
            return False
        lower = self.lower
        first = end + 2
        if first >= len(lower) or lower[end] != "," or lower[end + 1] != "the":
            return False
        lexicon = self.lexicon
        close = self._core_starting_at(first, len(lower), lexicon.titles, lexicon.longest_title)
        if close is None or close >= len(lower) or lower[close] not in (",", ".", ";"):
            return False
        return (
            _key(" ".join(lower[first:close])) not in lexicon.organization_descriptors
            and _key(lower[close - 1]) not in lexicon.organization_descriptors
        )

    def _possessive_ends_name(self, end: int) -> bool:
        """Whether the "'s" right after an organisation's name is the last word of it.

        "Ben & Jerry's said", "Sotheby's will sell": a possessive that a verb in a tense
        follows owns nothing, so it ends the company's name. Not "has" written short ("Ford's
        been", "Apple's said it will", with a participle after it).
        """
        if end + 1 >= len(self.tokens) or not self._is_possessive(end):
            return False
        if self.lower[end] not in ("'s", "\u2019s") or self.tokens[end].tag_ != "POS":
            return False
        after = self.tokens[end + 1]
        return after.tag_ in ("VBD", "VBZ", "VBP", "MD") and after.lower_ != "got"

    def _country_owner(self, start: int, owner_end: int) -> bool:
        """Whether the words before an entity's "'s" name a country ("China's", not "Thai")."""
        match = self._country_match(self.text[self.tokens[start].idx : self.tokens[owner_end].idx])
        return match is not None and not match.demonym

    def _country_at_edge(self, start: int, end: int) -> bool:
        """Whether a name of two to four words ends with a country, or opens with one in capitals.

        "[Kidney Care UK]", "[Cancer Research Wales]", "[US Anti-Doping]" tagged as persons:
        no person's name ends with a country (a first name of the lexicon on either side,
        as in "Michael Jordan", leaves it a person's), nor opens with a country's short
        form in capitals ("Jordan Henderson", written out, may be a person's).
        """
        if not 2 <= end - start <= 4 or any(self._is_possessive(i) for i in range(start, end)):
            return False
        words = [i for i in range(start, end) if self.words[i] not in WORD_DASHES]
        if not all(self._is_capitalised(i) for i in words):
            return False
        opening = self.words[start].replace(".", "")
        if opening.isalpha() and opening.isupper() and len(opening) >= 2:
            match = self._country_match(self.words[start])
            if match is not None and not match.demonym:
                return True
        lexicon = self.lexicon
        if end - start > 3 or lexicon.is_first_name(self.lower[start]):
            return False
        if lexicon.is_first_name(self.lower[end - 1]):
            return False
        match = self._country_match(self.words[end - 1])
        return (
            match is not None
            and not match.demonym
            and self._country_of_range(start, end - 1) is None
        )

    def _body_of_owner_country(self, start: int, end: int) -> bool:
        """Whether a name no gazetteer knows as a place, after a country's "'s", is a subject.

        "Russia's [Gazprom] said", tagged as a place: what a country owns and that does
        something is a body of that country (not "China's Xinjiang", a known place).
        """
        owner_end = start - 1
        if owner_end < 1 or not self._is_possessive(owner_end) or end - start > 3:
            return False
        if self.tokens[self._head(start, end)].dep_ not in SUBJECT_DEPS:
            return False
        if not any(
            self._country_owner(first, owner_end)
            for first in range(max(owner_end - 3, 0), owner_end)
        ):
            return False
        return self._no_place(start, end)

    def _region_of_country(self, start: int, end: int) -> bool:
        """Whether a name tagged as a body is a region of the country whose "'s" precedes it.

        "Myanmar's [Rakhine State]", "Nigeria's [Borno State]": proper nouns ending in a
        capitalised kind of region ("State", "Province", "County"), right after a country's
        possessive, where something is or comes from ("from", "in", "across"); not a body
        it names ("loyal to Syria's Islamic State").
        """
        if end - start < 2 or start < 2 or self.lower[start - 1] not in ("'s", "\u2019s"):
            return False
        head = self.tokens[self._head(start, end)]
        if head.dep_ != "pobj" or head.head.lower_ not in _REGION_PREPOSITIONS:
            return False
        if self.lower[end - 1] not in _REGION_HEADS or not self._is_capitalised(end - 1):
            return False
        if any(self.pos[i] != "PROPN" for i in range(start, end)):
            return False
        return any(
            self._country_owner(owner, start - 1) for owner in range(max(start - 4, 0), start - 1)
        )

    def _posted_to_country(self, start: int, end: int) -> bool:
        """Whether a name opens with the country a title before it is "to" or "in".

        "Ambassador to [Vietnam Chea Kimtha]", "envoy to [Syria Geir Pedersen]"; not "spoke
        to Jordan Peterson", with no title before "to".
        """
        if end - start < 3 or start < 2 or self.lower[start - 1] not in ("to", "in"):
            return False
        if _key(self.lower[start - 2]) not in self.lexicon.titles:
            return False
        match = self._country_match(self.words[start])
        return match is not None and not match.demonym

    def _country_of_after_name(self, start: int, end: int) -> int | None:
        """Return where "of" stands before a country the model ran into a person's name.

        "[Aryna Sabalenka of Belarus]": a full name of two words or more, none a title, then
        "of" and a country's name (not "the Prince of Wales", "Catherine of Aragon").
        """
        lower = self.lower
        of = next((k for k in range(start + 2, end - 1) if lower[k] == "of"), None)
        if of is None or self._country_of_range(of + 1, end) is None:
            return None
        titles = self.lexicon.titles
        if any(not self._is_capitalised(k) or _key(lower[k]) in titles for k in range(start, of)):
            return None
        return of

    def _descriptor_opens_name(self, start: int, end: int) -> bool:
        """Whether a name of three words or more opens with a noun of people, capitalised.

        "Newcomer Lucia Ferrer, who plays the sister," and "Rookie Jordan Miles scored":
        the first word of the sentence is one of the lexicon's ``person_nouns`` and no first
        name, and the words after it are a name, by a first name the lexicon knows or by a
        last word the text has alone elsewhere ("... Ferrer said"); not "Son Heung-min". A
        headline may give the surname alone after the noun: "Sprinter Okafor suspended".
        """
        lexicon = self.lexicon
        first = self.lower[start]
        # in a headline a surname alone may follow: "Sprinter Okafor suspended"
        shortest = 2 if self.tokens[start].idx < self.heading_end else 3
        if end - start < shortest or not self.tokens[start].is_sent_start:
            return False
        if first not in lexicon.person_nouns or not self.words[start].istitle():
            return False
        if lexicon.is_first_name(first):
            return False
        if not all(
            self._is_capitalised(i) and self.words[i].isalpha() for i in range(start + 1, end)
        ):
            return False
        given = self.lower[start + 1]
        last = self.lower[end - 1]
        return lexicon.is_first_name(given) or any(
            (i < start or i >= end) and self._is_capitalised(i)
            for i in self._positions.get(last, ())
        )

    def _repair(self, start: int, end: int, label: str) -> list[tuple[int, int, str]]:
        """Split or trim one entity; return what is left of it (maybe several entities)."""
        lower = self.lower
        if label in _NAME_LABELS:
            amount = self._amount_start(start, end)
            if amount is not None:
                # "fined [Meta 200 million] euros": an amount is no word of a name
                return self._repair(start, amount, label) if amount > start else []
            ship = self._ship_start(start, end)
            if ship is not None:
                return [(ship, end, "PRODUCT")]  # "the [USS Carl Vinson]": a vessel, no one
        bracketed = self._bracketed_first_name(start, end)
        if bracketed is not None:
            return [(bracketed, end, "PERSON")]  # "[Mike] Pence said": the writer's insertion
        if (
            label == "GPE"
            and end + 2 < len(lower)
            and lower[end] in ("'s", "\u2019s")
            and any(s == end + 1 and tag == "ORG" for s, e, tag in self.original)
            and self._body_led(end + 1, end + 2)
            and self._no_place(start, end)
            and self._person_leads_body(start, end, end + 2)
        ):
            return [(start, end, "PERSON")]  # "[Modi]'s BJP", tagged as a place: its leader
        if (
            label == "NORP"
            and 2 <= end - start <= 3
            and self.lexicon.is_first_name(lower[start])
            and all(self.words[i].istitle() for i in range(start, end))
            and all(self._country_match(self.words[i]) is None for i in range(start, end))
        ):
            return [(start, end, "PERSON")]  # "[Frans Timmermans] said": a person's name
        if (
            label in ("ORG", "PERSON")
            and end - start == 1
            and start > 0
            and lower[start - 1] == "the"
        ):
            match = self._country_match(self.words[start])
            if match is not None and match.demonym:
                # "The [Spaniard] said", "The [Scot] said": a person's nation
                return [(start, end, "NORP")]
        if (
            label == "ORG"
            and end - start == 1
            and end < len(lower)
            and self.words[end].islower()
            and self.tokens[start].head.i > start
            and self.tokens[start].dep_ in ("amod", "compound")
        ):
            match = self._country_match(self.words[start])
            if match is not None and match.demonym:
                # "An [Emirati] official said": a nation's word before a noun, no body
                return [(start, end, "NORP")]
        if (
            label in ("ORG", "PERSON", "GPE")  # not "June 27-28", a date
            and end - start >= 4
            and self.words[end - 1].isdigit()
            and self.words[end - 2] in WORD_DASHES
            and self.words[end - 3].isdigit()
            and not self.words[end - 4][:1].isdigit()
        ):
            # "beat [Tottenham 1-0]": the score after a side's name is no word of it
            return self._repair(start, end - 3, label)
        if label in ("ORG", "PERSON") and self._title_name(start, end):
            return [(start + 1, end, "PERSON")]  # "[The Aga Khan] visited Lisbon"
        if label in ("ORG", "PERSON") and self._peer_by_title(start + 1, end):
            return [(start + 1, end, "PERSON")]  # "[The Duchess of Kent] said"
        if (
            label in ("ORG", "GPE", "LOC")
            and end - start <= 2
            and start >= 3
            and self._peer_by_title(start - 2, end)
            and not self._in_original_entity(start - 2)
            and self._is_capitalised(start - 2)
            and self._country_of_range(start, end) is None
            and not (end < len(lower) and self.pos[end] == "PROPN")
        ):
            # "The Duke of [Edinburgh] said", "the Patriarch of [Moscow]": the title and
            # its place name a person (not "the Emperor of Japan", a country)
            return [(start - 2, end, "PERSON")]
        if (
            label in ("GPE", "LOC", "FAC")
            and _key("".join(lower[start:end])) in self.lexicon.organizations
            and not (start > 0 and lower[start - 1] == "the")
        ):
            # "chips from [Nvidia] and AMD": a known company the model took for a place
            # (not "the Amazon", the river)
            return [(start, end, "ORG")]
        if label == "PERSON" and self._country_at_edge(start, end):
            return [(start, end, "ORG")]  # "[Kidney Care UK] welcomed", "[US Anti-Doping]"
        if label in ("GPE", "LOC") and self._body_of_owner_country(start, end):
            return [(start, end, "ORG")]  # "Russia's [Gazprom] said": a body of that country
        if label in ("PERSON", "GPE", "LOC") and self._outlet_before_noun(start, end):
            return [(start, end, "ORG")]  # "told the [Tasnim] news agency", "the Mehr daily"
        if label == "PERSON" and self._known_outlet(start, end):
            return [(start, end, "ORG")]  # "Renner told [Vogue]": a magazine, no person
        if label == "PERSON" and self._home_after_name(start, end):
            return [(start, end, "GPE")]  # "Daniel Pearce, of [Keighley], denies murder"
        if label == "ORG" and self._town_after_name(start, end):
            return [(start, end, "GPE")]  # "John Smith of [Keighley] said": where he is from
        if label == "PERSON":
            of = self._country_of_after_name(start, end)
            if of is not None:
                # "[Aryna Sabalenka of Belarus] beat ...": the person, and her country
                return [*self._repair(start, of, label), (of + 1, end, "GPE")]
        if label == "PERSON" and self._descriptor_opens_name(start, end):
            # "[Newcomer Lucia Ferrer] missed the premiere": a noun of people that opens
            # the sentence describes the person named after it
            return self._repair(start + 1, end, label)
        connected = self._joined_by_connective(start)
        if connected != start:
            # "the Lashkar-e-[Taiba] group": the words before the connective are the name's
            return self._repair(connected, end, label)
        cut_end = end  # where the model ended the name
        spelled = self._hyphenated_name_before_acronym(start, end)
        if spelled is not None:
            # "The [Pakistan] Tehreek-e-Insaf (PTI)": the country opens a body's name
            return [(start, spelled, "ORG")]
        if label == "ORG":
            placed = self._place_in_name_before_acronym(start, end)
            if placed is not None:
                # "The UN Assistance Mission in [Afghanistan] (UNAMA)": the place is a word
                # of the name its acronym spells, no mention of the country
                return [(start, placed, "ORG")]
        if label in ("ORG", "PERSON") and self._function_word_opens_name(start, end):
            # "General Secretary [To Lam]": a name whose first word is spelled as an English
            # word, written with a capital between a title and the rest of the name
            return self._repair(start - 1, end, "PERSON")
        if label in ("WORK_OF_ART", "EVENT", "PRODUCT"):
            run_on = self._surname_run_on(start, end)
            if run_on is not None:
                # "Meloni will host [Zelenskyy at Palazzo Chigi on] Sunday": a person named
                # before, whose name the model ran on into the words after it
                return [(start, run_on, "PERSON")]
        if (
            label in ("ORG", "PERSON")
            and end - start == 1
            and self.words[start].isalpha()
            and self.words[start].islower()
            and lower[start] not in self.lexicon.institutions
            and lower[start] not in self.lexicon.organization_heads
            and _key(lower[start]) not in self.lexicon.organization_descriptors
        ):
            # "as [bin] strike looms": one word in lower case that names no kind of body is
            # a common noun ("congress", "China's [coast guard]" still name a body)
            return []
        if (
            label == "PERSON"
            and end - start == 1
            and lower[start] in self.lexicon.organization_heads
            and self._is_capitalised(start)
        ):
            # "the Problem Solvers [Caucus]": a body's word ends the name of a body, written
            # in the capitalised proper nouns before it; alone it is no one's name
            first = start
            while (
                first > 0
                and start - first < 4
                and self.pos[first - 1] == "PROPN"
                and self.words[first - 1].isalpha()
                and self._is_capitalised(first - 1)
                and not self._in_original_entity(first - 1)
            ):
                first -= 1
            return [(first, end, "ORG")] if first < start else []
        if label == "ORG":
            end = self._name_goes_on(start, end)  # "the Global Fund [to Fight AIDS, ...]"
            end = self._name_goes_on_of(start, end)  # "The Muslim Council [of Britain]"
            end = self._name_before_acronym(end)  # "[Socialist Workers]' party (PSOE)"
        if label == "ORG" and end - start > 1:
            cut = self._descriptor_cut(start, end)
            if cut is not None:
                return self._repair(start, cut, label)
        words = lower[start:end]
        if start > 0 and self._style_end(start - 1) == end:
            return []  # "His Royal Highness": whom "his" refers to, no name
        if (
            self._opens_title(start, end)
            or self._portfolio_before_title(start, end)
            or self._title_before_name(start, end)
            or (label == "PERSON" and self._place_of_office(start, end))
            # "[Sinaloa] Governor Ruben Rocha Moya", tagged as an organisation: a known region
            or (
                label == "ORG"
                and self._is_known_place(start, end)
                and self._place_of_office(start, end, named=False)
            )
        ):
            # "the [Crown] Prince", "the Minister of Investment, Khalid Al-Falih", "[Kakamega]
            # Senator Boni Wafula"
            return []
        if (
            label == "ORG"
            and end - start > 1
            and lower[start] in DEMONSTRATIVES
            and self.pos[start] == "DET"
        ):
            start += 1  # '"[This Justice Department] will hold accountable ...": the body
        if label == "ORG" and self._only_a_building(start, end):
            return [(start, end, "FAC")]  # "announced his defection at the Government House"
        if label == "ORG" and self._only_a_time(start, end):
            return [(start, end, "EVENT")]  # "after the State of the Nation Address in July"
        if label in ("ORG", "PERSON") and self._only_a_sites_name(start, end):
            return [(start, end, "FAC")]  # "the Tanbreez and Kvanefjeld rare earth projects"
        if label == "PERSON" and self._only_a_sites_name(start, end, _EQUIPMENT_NOUNS):
            return [(start, end, "PRODUCT")]  # "Patriot air defence batteries": a weapon
        if label in ("ORG", "PERSON") and self._a_product(start, end):
            # "Fortnite, the popular game,", "orbit Mercury", "its Gemini assistant ...
            # Gemini will"
            return [(start, end, "PRODUCT")]
        if label in ("ORG", "PERSON"):
            kind = self._no_actors_kind(start, end, label)
            if kind == "LAW":
                # "The [EU] Deforestation Regulation": a law, and the body or country whose
                # initials or name open it
                first = start + (lower[start] == "the")
                opener = self.words[first]
                if opener.isupper() and opener.isalpha() and len(opener) > 1 and end - first > 1:
                    owner = "GPE" if self._country_of_range(first, first + 1) else "ORG"
                    return [(first, first + 1, owner), (first + 1, end, kind)]
            if kind is not None:
                # "the Grand Ethiopian Renaissance Dam on the Blue Nile", "sites near Isfahan"
                return [(start, end, kind)]
        if label == "ORG":
            cut = self._title_words_at_end(start, end)
            if cut is not None:
                # "[The APC National] Chairman", "[U.S. Magistrate] Judge", "[Palace Press]
                # Officer": the words before the title are its own
                return self._owner_before_title(start + (lower[start] == "the"), cut)
        if any(ch.isdigit() for ch in lower[end - 1]) and _AMOUNT.fullmatch(
            self.text[slice(*self._chars(start, end))]
        ):
            return []  # "closed at [N1,468]", "the [N10] coin": a sum in a currency's sign
        if label == "GPE" and self._channel_number(start, end):
            return [(start, end + 1, "ORG")]  # "told [France] 24": a broadcaster
        if label == "GPE":
            body_end = self._body_opened_by_country(start, end)
            if body_end is not None:
                return [(start, body_end, "ORG")]  # "[UK] [Anti-Doping] said": one body
        country_end = self._country_cut_short(start, end)
        if country_end is not None:
            return [(start, country_end, "GPE")]  # "[Cook] Islands", "[Solomon] Islands"
        if "(" in words and ")" not in words and words.index("(") > 0:
            # "[the Bureau of Meteorology (BoM]) said": the name, and its short form apart
            bracket = start + words.index("(")
            parts = self._repair(start, bracket, label)
            if bracket + 1 < end and end < len(lower) and lower[end] == ")":
                parts += self._repair(bracket + 1, end, label)
            return parts
        while (
            end - start > 1 and self.pos[start] in ("VERB", "AUX") and self.words[start].islower()
        ):
            start += 1  # "to [meet President Volodymyr Zelenskiy]": no name opens with a verb
        if label in ("ORG", "PERSON"):
            end = self._hyphenated_end(end)  # "[Rolls]-Royce" is "Rolls-Royce"
        if label == "ORG":
            end = self._joined_name_end(start, end)  # "[Culture, Sports and] Tourism"
            start = self._joined_name_start(start, end)  # "Peace and [Security Council]"
        if label == "PERSON":
            end = self._hyphenated_first_name(start, end)  # "[Francois]-Philippe Champagne"
        elif label == "ORG" and start > 0 and _key(lower[start - 1]) in self.lexicon.titles:
            # "President [Kassym]-Jomart Tokayev": a title's holder, a person's hyphenated name
            longer = self._hyphenated_first_name(start, end)
            if longer != end:
                end, label = longer, "PERSON"
        while end - start > 1 and self._is_possessive(end - 1):
            end -= 1
        while end - start > 1 and self.pos[end - 1] in ("ADP", "CCONJ", "DET"):
            end -= 1  # "[the ministry on] Monday": no name ends with a function word
        if label == "PERSON" and end - start >= 3 and self.words[start] == "The":
            label = "ORG"  # "[The Yorkshire Post] reported": no person's name has "The"
        if label == "PERSON" and "&" in self.words[start + 1 : end - 1]:
            label = "ORG"  # "[Ben & Jerry]'s said": no person's name has "&"
        if label == "ORG" and self._possessive_ends_name(end):
            end += 1  # "[Ben & Jerry's] said": the company's name has its "'s"
        if label == "PERSON" and end - start >= 2 and self.tokens[start].text in _GERMAN_ARTICLES:
            label = "ORG"  # "an interview with [Der Spiegel]", "[Die Zeit] reported"
        if label != "PERSON" and self._identified_as(start) and self._name_like(start, end):
            return [(start, end, "PERSON")]  # "an operator, identified only as [Farida]"
        if (
            label in ("WORK_OF_ART", "PRODUCT", "LAW")
            and end - start >= 2
            and lower[end - 1] in self.lexicon.organization_heads
            and self._is_capitalised(end - 1)
            # names, and "of", "for", "and" between them: not "In God We Trust"
            and all(
                self.pos[i] == "PROPN" or lower[i] in ("of", "for", "and", "&")
                for i in range(start + (lower[start] == "the"), end)
            )
        ):
            # "[The Firearms Policy Coalition] wrote": a body's name, not a work
            return [(start + (lower[start] == "the"), end, "ORG")]
        if self._is_caption_marker(start, end):
            self.caption_tokens.update(range(start, end))
            return []
        if (
            label in ("GPE", "LOC", "FAC")
            and end - start >= 2
            and lower[end - 1] in _BODY_HEADS
            and self._is_capitalised(end - 1)
            and self._country_of_range(start, end) is None
            and not self._is_known_place(start, end)
        ):
            label = "ORG"  # "[West Yorkshire Police] said", tagged as a place
        if label in ("GPE", "LOC", "PERSON") and tuple(lower[start:end]) in self._bodies_named:
            return [(start, end, "ORG")]  # "the ruling [Morena] party", "its bank, [Banxico]"
        if _key("".join(lower[start:end])) in self.lexicon.things:
            return []  # "COVID-19", "Brexit": a disease, a policy, not an actor
        if label == "ORG" and _key("".join(lower[start + (lower[start] == "the") : end])) in (
            self.lexicon.titles
        ):
            return []  # "the [CFO] said": an office, whose holder the descriptions find
        if label == "ORG" and self._office_of_a_field(start, end):
            return []  # "a former [Regius Professor of Medicine]": a chair, no body
        if (
            end - start == 1
            and start > 0
            and self.words[start] in self.lexicon.postnominals
            and self.tokens[start - 1].ent_type_ == "PERSON"
        ):
            return []  # "James Whitcombe [KC]": the letters after a name, no organisation
        if (
            label != "PERSON"
            and end - start >= 2
            and (_key(lower[start]) in self.lexicon.honorifics or self._name_honorific(start, end))
            and self._is_capitalised(start + 1)
        ):
            return self._repair(start, end, "PERSON")  # "[Mr Justice Farrington]"
        if label != "PERSON" and self._name_with_postnominal(start, end):
            return [(start, end, "PERSON")]  # "[Rebecca Mills KC]" tagged as a place
        if label == "PERSON" and end - start == 1 and (lower[start],) in self._plural_subjects:
            return [(start, end, "ORG")]  # "[McLaren] now lead the standings": a team
        if label == "PERSON" and self._plural_subject(start, end):
            return [(start, end, "ORG")]  # "[Blackburn Rovers] have received a bid": a team
        if label == "PERSON" and self._definite_one_word(start, end):
            return [(start, end, "ORG")]  # "[The Guardian] called it": no person takes "the"
        if label in ("PERSON", "PRODUCT") and self._team_by_plural(start, end):
            return [(start, end, "ORG")]  # "England's [Lionesses] will play": a team
        if label in ("ORG", "PERSON") and (
            self._place_by_its_noun(start, end)
            or self._place_of_its_noun(start, end)
            or (
                tuple(lower[start + (lower[start] == "the") : end]) in self._settled_places
                and not self._modifies_body_noun(start, end)
            )
        ):
            # "the [Karaganda] region", "the [Almaty]-based", "the island of [Lampedusa]",
            # "left [Sfax], Tunisia,", and "the town of Pont-Sondé ... sent to [Pont-Sondé]"
            return [(start, end, "GPE")]
        if (
            (label == "PERSON" or (label == "ORG" and self._place_of_title(start, end)))
            and end - start >= 2
            and self._is_known_place(start, end)
            and not any(
                _key(word) in self.lexicon.titles or _key(word) in self.lexicon.honorifics
                for word in (lower[start], lower[start - 1] if start > 0 else "")
            )
        ):
            # "[Andhra Pradesh] has suffered": a state's name of two words or more is no
            # one's ("Prince George" is someone), nor, after a title and "of", a body's
            # ("chief minister of [Andhra Pradesh]")
            return [(start, end, "GPE")]
        if label == "PERSON" and end - start == 1 and self._owns_place_parts(end):
            return [(start, end, "GPE")]  # "entered [Kinmen]'s waters": a place's waters
        joined = self._joined_before_demonym(start, end)
        if joined is not None:
            return joined  # "[Takaichi and Chinese] Premier Li Qiang"
        if label == "PERSON" and self._posted_to_country(start, end):
            # "Cambodian Ambassador to [Vietnam Chea Kimtha]": the country of the post
            return [(start, start + 1, "GPE"), (start + 1, end, "PERSON")]
        if label == "PERSON" and self._model_name(start, end):
            return [(start, end, "PRODUCT")]  # "Boeing's [CST-100 Starliner]": no one's name
        if label == "PERSON" and any(lower[i] in _BASE_WORDS for i in range(start, end)):
            return [(start, end, "FAC")]  # "Forward Operating [Base Dwyer]": a base
        if label == "PERSON" and self._place_after_the(start, end):
            return [(start, end, "FAC")]  # "met Visser at the [Catshuis]": a building
        if label == "ORG" and self._plural_noun_opening_sentence(start, end):
            return []  # "[Warplanes] struck the town": a common noun with a capital
        if label == "PERSON" and end - start == 1:
            unpersoned = self._no_person_by_uses.get(lower[start])
            if unpersoned is not None:
                # "in the [Sahel]", "in an interview with [Kommersant]", "[Itamaraty], the
                # foreign ministry,": a place, an outlet, a body
                return [(start, end, unpersoned)]
        if (
            label in ("PERSON", "NORP")
            and _key("".join(lower[start:end])) in self.lexicon.organizations
        ):
            # "Writing on [Twitter]", "The [Bundesrat] approved": no person or nation's
            # people, whatever the tag
            return [(start, end, "ORG")]
        chamber_start = start + (lower[start] == "the")
        if (
            label == "LOC"
            and end - chamber_start >= 2
            and _key("".join(lower[chamber_start:end])) in self.lexicon.organizations
        ):
            return [(start, end, "ORG")]  # "In the [Verkhovna Rada]": a chamber, no place
        for extra in (1, 2):
            # "Médecins [Sans Frontières]": a known organisation the model tagged in part
            if (
                start - extra >= 0
                and all(lower[i].isalpha() for i in range(start - extra, start))
                and start - extra not in self.entity_at
                and _key("".join(lower[start - extra : end])) in self.lexicon.organizations
            ):
                return [(start - extra, end, "ORG")]
        if (
            label == "PERSON"
            and end - start > 1
            and is_company_suffix(self.words[end - 1], self.lexicon.company_suffixes)
        ):
            return [(start, end, "ORG")]  # "[Lumora Inc] reported": a company's legal name
        if (
            label == "PERSON"
            and end - start == 1
            and start > 0
            and lower[start - 1] == "("
            and lower[end : end + 2] == [".", ")"]
        ):
            return []  # "(Laughs.)": a stage direction in an interview, no one's name
        if (
            label == "PERSON"
            and self._in_title_case_headline(end)
            and self._headline_common_nouns(start, end)
        ):
            return []  # "Man Jailed After [Murder Conviction]": words of the story, no one
        if label in ("ORG", "PERSON") and self._in_title_case_headline(end):
            kept = self._headline_name_pieces(start, end)
            if kept is not None:
                # "Vucic and [Kurti Trade Blame] as EU Envoy [Urges Calm]": the headline's
                # verbs and their objects are no words of a name
                return [
                    (s, e, "PERSON" if self._person_named_below(s, e) else label) for s, e in kept
                ]
        if label == "PERSON" and (
            self._article_first_name(start, end) or self._body_known_as(start)
        ):
            # "to defeat [al Shabaab]", "a coalition known as [Viv Ansanm]": a body's name
            return [(start, end, "ORG")]
        if (
            label == "PERSON"
            and start >= 2
            and self.words[start - 2] == "Al"
            and self.words[start - 1] in HYPHENS
            and self._glued(start - 1)
            and self._glued(start)
            and not self._in_original_entity(start - 2)
            and self._article_first_name(start - 2, end)
        ):
            return [(start - 2, end, "ORG")]  # "the Grand Imam of Al-[Azhar]"
        if label == "PERSON" and self._opening_common_noun(start, end):
            return []  # "PORT-AU-PRINCE, Haiti (AP) — [Gang] members stormed": no one's name
        if label == "PERSON" and self._body_name(start, end, label):
            return [(start, end, "ORG")]  # "[Crestline Buses] said": a body's name
        if label == "NORP" and self._named_after_nation(start, end):
            return [(start, end, "ORG")]  # "State oil giant [Saudi Aramco] cut its prices"
        if label != "GPE" and self._abbreviated_region(start, end):
            return [(start, end, "GPE")]  # "in Hamilton, [Ont].": the city's province
        if label == "ORG" and self._region_of_country(start, end):
            return [(start, end, "GPE")]  # "Myanmar's [Rakhine State]": a part of the country
        if label != "GPE" and self._in_dateline_place(start, end):
            return [(start, end, "GPE")]  # "PERTH" of "PERTH, Australia (AFP) --" is a place
        if label == "PERSON" and self._named_in_dateline(start, end):
            return [(start, end, "GPE")]  # "HALDRA — ... Not everyone in Haldra": the place
        if (
            label == "ORG"
            and start > 0
            and lower[start - 1] in _WHERE_PREPOSITIONS
            and self._named_in_dateline(start, end)
        ):
            return [(start, end, "GPE")]  # "SILVERSTONE, England - ... won at Silverstone"
        if (
            label in ("PERSON", "NORP", "GPE")
            and self._company_first_word(start, end)
            and (
                label == "PERSON"
                # a noun on its own ("Veridian said"), not a modifier ("Islamic State
                # militants", "European governments") nor a demonym
                or (
                    label == "NORP"
                    and self.tokens[start].dep_ in ("nsubj", "nsubjpass", "dobj", "pobj", "poss")
                    and self._country_match(self.words[start]) is None
                )
                # a town's name the company bears, as the subject of what it does ("Halden
                # Foods cut its forecast ... Halden also said")
                or (
                    label == "GPE"
                    and self.tokens[start].dep_ in SUBJECT_DEPS
                    and self._country_match(self.words[start]) is None
                    # not a city the gazetteer knows ("The Washington Post ... Washington")
                    and not self._is_known_place(start, end)
                    and city_country(self.words[start]) is None
                    and self._plain_company_before(start)
                )
            )
        ):
            # "Corvane Chemicals ... Corvane said": the company, whether the model took the
            # short name for a person or a nation's ("Veridian")
            return [(start, end, "ORG")]
        if label in ("GPE", "LOC") and end - start == 1 and _letters_and_digits(self.words[start]):
            return [(start, end, "ORG")]  # "the [M23] rebels": no place is named by a code
        if label == "ORG" and self._is_capital_name(start, end):
            return [(start, end, "GPE")]  # "Oslo" alone tagged as an organisation is the city
        if label == "ORG" and self._ends_title(start, end):
            return []  # "Minister of [State] Mohammed Al-Khulaifi": a word of the title
        if label in ("ORG", "PERSON") and self._portfolio(start, end):
            return []  # "Minister for [Law] and Justice Azam Nazeer Tarar": the portfolio
        if label == "ORG" and self._named_for_owner(start, end):
            start -= 2  # "The [Alzheimer's Society]": the owner the model left out names it
        if label == "ORG":
            # "the Senate Veterans' [Affairs Committee]": a plural owner inside the name
            start = self._plural_owner_start(start, end)
        # "Abdullah II": a regnal numeral the model left out of a one-word name.
        if (
            label in _TITLED_LABELS | {"PERSON"}
            and end - start == 1
            and end < len(self.doc)
            and _is_roman_numeral(self.words[end])
            and self._name_like(start, end)
        ):
            numeral = self.tokens[end]
            if (
                numeral.dep_ in ("compound", "nmod")
                and numeral.head.i > end
                and numeral.head.text.islower()
                and numeral.head.lemma_.lower() in _PRODUCT_NOUNS
            ):
                return [(start, end + 1, "PRODUCT")]  # "NASA's Artemis II mission": no king
            return [(start, end + 1, "PERSON")]
        if label == "PERSON" and end - start > 1 and self._country_of_range(start, end):
            return [(start, end, "GPE")]  # "[Burkina Faso]" tagged as a person
        if label == "PERSON" and end - start == 1 and self._lone_country(start):
            return [(start, end, "GPE")]  # "[Malawi] said the figure was a joke"
        if label in ("GPE", "LOC") and self._surname_spelled_otherwise(start, end):
            return [(start, end, "PERSON")]  # "Volodymyr Zelenskiy ... [Zelenskyy]'s office"
        if label == "PERSON" and self._travelled_to(start, end):
            return [(start, end, "GPE")]  # "will travel to [Ravenna] on Thursday"
        if label in ("PERSON", "ORG") and self._place_after_in(start, end, label):
            return [
                (start, end, "GPE")
            ]  # "killed in [Khan Younis]", "in Baja California, [Sonora]"
        if label == "PERSON" and self._group_of_body(start, end):
            # "Several backbench [Labour MPs] warned": the party, and a group the groups find
            return [(start, end - 1, "ORG")]
        named = self._spelled_by_acronym_after(start, end) if label == "PERSON" else None
        if named is not None:
            return [(named, end, "ORG")]  # "[Hayat] [Tahrir al-Sham] (HTS)": a body's initials
        if (
            label == "PERSON"
            and start > 0
            and self.words[start - 1].islower()
            and (
                _key(lower[start - 1]) in self.lexicon.organization_descriptors
                or self._descriptor_before(start)
            )
        ):
            # "logistics company [Brightline Freight]", "the wind developer [Aurora Tuuli]"
            return [(start, end, "ORG")]
        if label == "PERSON" and self._firm_of_market_job(start, end):
            return [(start, end, "ORG")]  # "[Bernstein] analyst Jane Roe said": her firm
        if label == "PERSON" and self._employer_after_job(start, end):
            return [(start, end, "ORG")]  # "analysts at [Peel Hunt]", "her editor at [Faber]"
        if label == "PRODUCT" and self._named_by_descriptor(start, end):
            return [(start, end, "ORG")]  # "Danish shipping giant [Maersk] said"
        if label == "PERSON" and self._body_in_apposition(start, end) is not None:
            return [(start, end, "ORG")]  # "[Gavi], the Vaccine Alliance,"
        if label == "ORG":
            named = self._person_named_alone_at_end(start, end)
            if named is not None:
                # "led by [the Socialist Salvador Illa] ... Illa said": the surname the model
                # tags alone as a person ends the name of that person
                return self._repair(named, end, "PERSON")
        if label == "ORG" and (
            self._name_of_counterpart(start, end) or self._name_after_complement(start, end)
        ):
            # "her Indonesian counterpart [Retno Marsudi]", "Foreign Minister of Iran [Abbas
            # Araghchi]"
            return [(start, end, "PERSON")]
        if label == "PERSON":
            if self._acronym_in_running_text(start, end):
                return [(start, end, "ORG")]  # "The rights network IFEX said"
            if self._body_by_it(start, end):
                return [(start, end, "ORG")]  # "Force Ouvrière said it would decide"
            if self._company_by_its_words(start, end):
                return [(start, end, "ORG")]  # "Ford shares fell", "Ford said its sales fell"
            owner_end = self._first_possessive(start, end)
            if owner_end is not None and self._country_owner(start, owner_end):
                # "[Jordan’s King Abdullah]": the country, and the person it owns
                return [(start, owner_end, "GPE"), *self._repair(owner_end + 1, end, "PERSON")]
            first = start + (lower[start] == "the")
            if (
                end - first >= 2
                and self._core_starting_at(
                    first, end, self.lexicon.titles, self.lexicon.longest_title
                )
                == end
            ):
                # "Camilla, [the Queen Consort]": a title of several words, whole, names the
                # one it stands for; no word of it is a name
                return []
            stripped = self._skip_title_prefix(start, end)
            if stripped == start and (
                self._place_not_person(start, end) or self._city_joined_to_place(start, end)
            ):
                return [(start, end, "GPE")]  # "seized Goma and then [Bukavu]"
            if (
                end - stripped == 1
                and end < len(self.doc)
                and _is_roman_numeral(self.words[end])
                and self._name_like(stripped, end)
            ):
                end += 1  # "[King Abdullah] II": the numeral after the title and name
            return [(stripped, end, label)] if stripped < end else []
        if label == "ORG" and self._name_before_titled_apposition(start, end):
            return [(start, end, "PERSON")]  # "[Camilla], the Queen Consort, visited"
        if label not in _REPAIRABLE_LABELS:
            return [(start, end, label)]
        if label in _TITLED_LABELS and self._titled_name(start, end):
            return self._repair(start + (lower[start] == "the"), end, "PERSON")
        if label in _TITLED_LABELS:
            # "Secretary of [Commerce Gina Raimondo]": the model glued the name to the
            # portfolio at the end of a title
            cut = self._title_running_into(start, end)
            if cut is not None and self._name_like(cut, end):
                return [(cut, end, "PERSON")]
        pieces: list[tuple[int, int, str]] = []
        # "China's Great Hall of the People": the owner is a country of its own.
        # "PICO's Bishop Royster": an owner and a titled person of its own.
        owner_end = self._first_possessive(start, end)
        if owner_end is not None:
            if self._country_owner(start, owner_end):
                pieces.append((start, owner_end, "GPE"))
                start = owner_end + 1
            elif self._titled_name(owner_end + 1, end):
                return [(start, owner_end, label), *self._repair(owner_end + 1, end, "PERSON")]
            elif label == "ORG" and self._owner_and_owned_body(start, owner_end, end):
                # "[Alphabet's Google] said": the company, and the one that owns it, each
                # a body of its own (also "... Google declined" named alone later)
                return [(start, owner_end, "ORG"), (owner_end + 1, end, "ORG")]
            elif label == "ORG" and self._person_leads_body(start, owner_end, end):
                # "[Merz's CDU] won": the party's leader, and the party
                return [(start, owner_end, "PERSON"), (owner_end + 1, end, "ORG")]
        if label == "ORG" and self._demonym_before_body(start, end):
            # "a [Rwandan U.N.] official": the official's nation, and the body
            return [(start, start + 1, "NORP"), *self._repair(start + 1, end, label)]
        # "[National Assembly Speaker Woo Won-shik]": a body's name, a title and a name
        name_end = end - 2 if self._glued_syllable_at(end - 1) else end  # "Won-shik"
        for cut in range(start + 2, name_end - 1):
            if self._ends_body_name(cut - 1) and self._titled_name(cut, name_end):
                return [(start, cut, label), *self._repair(cut, end, "PERSON")]
        # "... of the People, Kerry": a capitalised name after a comma, acting on its own.
        for comma in range(cut_end - 2, start, -1):
            if lower[comma] != ",":
                continue
            if self._swallowed_person(comma + 1, end):
                pieces.append((start, comma, label))
                pieces.append((comma + 1, end, "PERSON"))
                return pieces
            break
        pieces.append((start, end, label))
        return pieces

    def _surname_spelled_otherwise(self, start: int, end: int) -> bool:
        """Whether one word is a tagged person's surname in another spelling of "-sky".

        "Volodymyr Zelenskiy ... the head of Zelenskyy's office": the model may take the
        other spelling for a place; no country nor known place is such a name.
        """
        if end - start != 1 or not self._is_capitalised(start):
            return False
        spelled = spelling_key((self.lower[start],))
        if spelled is None or self.lower[start] in self.tagged_surnames:
            return False
        if self._country_of_range(start, end) is not None or self._is_known_place(start, end):
            return False
        return any(spelling_key((surname,)) == spelled for surname in self.tagged_surnames)

    def _plural_noun_opening_sentence(self, start: int, end: int) -> bool:
        """Whether a one-word name is a common noun in the plural that opens a sentence.

        "Warplanes struck the town": the tagger reads a plural common noun, capitalised
        only because the sentence starts with it, and the text never writes it with a
        capital inside a sentence. Not a known organisation, nor a noun of people.
        """
        if end - start != 1:
            return False
        token = self.tokens[start]
        word = self.words[start]
        if not token.is_sent_start or token.tag_ != "NNS" or not word[1:].islower():
            return False
        lower = word.lower()
        if lower not in _PLURALS_WITHOUT_S and (not word.endswith("s") or word.endswith("ss")):
            return False  # "Lumen rejected": no plural, whatever the tagger read
        if _key(word) in self.lexicon.organizations or lower in self.lexicon.group_nouns:
            return False  # "Groups such as ...": words of people are the groups' to read
        return not any(
            other.text == word and not other.is_sent_start
            for other in self.tokens
            if other.i != start
        )

    @functools.cached_property
    def _no_person_by_uses(self) -> dict[str, str]:
        """One-word names tagged as persons that every use shows to be a place or a body.

        Each to the label it takes: a place ("GPE") for a name used only after "the" and a
        preposition of place ("across the Sahel", "the people of the Sahel") or before a
        lower-case noun ("near the Rossio square", "Sahel juntas"), with one use after a
        preposition at least; an organisation ("ORG") for an outlet one
        gives an interview ("in an interview with Kommersant") or a name set beside a body's
        noun ("Itamaraty, the foreign ministry,"), its other uses such, or any for an outlet
        interviewed ("... Kommersant reported") whose word ends no person's longer name.
        Not a first name,
        nor a name a title or an honorific stands before, nor one any other use (a subject,
        an object, an owner) may show a person.
        """
        found: dict[str, str] = {}
        uses: dict[str, list[int]] = {}
        for s, e, label in self.original:
            if label == "PERSON" and e - s == 1:
                uses.setdefault(self.lower[s], [])
        if not uses:
            return found
        for i, word in enumerate(self.lower):
            if word in uses and self._is_capitalised(i):
                uses[word].append(i)
        lexicon = self.lexicon
        for word, places in uses.items():
            if lexicon.is_first_name(word) or _key(word) in lexicon.titles:
                continue
            kinds = [self._use_of_no_person(i) for i in places]
            if any(self._titled_name_start(i) for i in places):
                continue
            if None in kinds and ("body" not in kinds or word in self.tagged_surnames):
                # "an interview with Kommersant ... Kommersant reported": an outlet once
                # is that outlet where it reports (not "Michael Bloomberg", a person)
                continue
            if "body" in kinds:
                found[word] = "ORG"
            elif "place" in kinds:
                found[word] = "GPE"
        return found

    def _use_of_no_person(self, i: int) -> str | None:
        """How one use of a name shows it no person: "place", "body", "modifier" or None."""
        token = self.tokens[i]
        before = self.lower[i - 1] if i > 0 else ""
        head = token.head
        if token.dep_ == "pobj":
            preposition = head.lower_
            if before == "the" and preposition in _PLACE_USE_PREPOSITIONS:
                return "place"  # "across the Sahel", "the people of the Sahel"
            if preposition == "with" and head.head.lemma_.lower() == "interview":
                return "body"  # "in an interview with Kommersant": an outlet
            return None
        if token.dep_ in ("compound", "nmod") and head.i > i and head.tag_ in ("NN", "NNS"):
            if head.text.islower():
                # "near the Rossio square", "Sahel juntas" (not "in the Obama administration")
                placed = (
                    head.dep_ == "pobj"
                    and head.head.lower_ in _PLACE_USE_PREPOSITIONS
                    and head.lemma_.lower() in _NAMED_PLACE_NOUNS
                )
                return "place" if placed else "modifier"
            return None
        if self._body_noun_beside(token):
            return "body"  # "Itamaraty, the foreign ministry, said"
        return None

    def _place_by_its_noun(self, start: int, end: int) -> bool:
        """Whether a name is a place by the word after it: "the Karaganda region".

        A name glued to "-based" ("Almaty-based") or set off before a known place glued to
        it ("Santa Clara, California-based"), or one that, alone or joined by "and" to
        another, modifies a lower-case noun of the kinds of places ("the Karaganda and East
        Kazakhstan regions", "Tigray province").
        """
        lower = self.lower
        if end + 1 < len(lower) and lower[end] in HYPHENS and lower[end + 1] == "based":
            return not self.tokens[end - 1].whitespace_
        if self._town_before_based_place(start, end):
            return True  # "The [Santa Clara], California-based company": a town and its state
        kinds = self._place_kind_positions
        after = bisect.bisect_left(kinds, end)
        if after == len(kinds) or kinds[after] >= end + 6:
            return False  # no noun of a kind of place in the six words after the name
        tokens = self.tokens
        head = tokens[self._head(start, end)]
        while head.dep_ == "conj" and head.head.i != head.i:
            head = head.head
        noun = head.head
        return (
            head.dep_ in ("compound", "nmod", "amod")
            and noun.i >= end
            and noun.text.islower()
            and noun.lemma_.lower() in _PLACE_KIND_NOUNS
        )

    @functools.cached_property
    def _place_kind_positions(self) -> list[int]:
        """The tokens that are nouns of kinds of places or their plurals, in text order."""
        # Each distinct word tested once, not every token.
        found = self._positions
        return sorted(i for word, at in found.items() if _place_kind_form(word) for i in at)

    def _joined_before_demonym(self, start: int, end: int) -> list[tuple[int, int, str]] | None:
        """Split "X and <Demonym>" before a capitalised title: "[Takaichi and Chinese] Premier".

        The model may run a name, "and" and the nationality of the next person's title into
        one entity; the name is a country or a person's, the nationality a nation's. None when
        the entity is no such run.
        """
        lower = self.lower
        if end - start < 3 or lower[end - 2] != "and" or end >= len(lower):
            return None
        match = self._country_match(self.words[end - 1])
        if match is None or not match.demonym:
            return None
        if not self._is_capitalised(end) or _key(lower[end]) not in self.lexicon.titles:
            return None
        first = start + (lower[start] == "the")
        if self._country_of_range(first, end - 2) is not None:
            return [(first, end - 2, "GPE"), (end - 1, end, "NORP")]
        if self._name_like(first, end - 2):
            return [(first, end - 2, "PERSON"), (end - 1, end, "NORP")]
        return None

    @functools.cached_property
    def _settled_places(self) -> frozenset[tuple[str, ...]]:
        """Names a rule of places settled once, a place wherever else the text names them.

        The words of a name the model tagged as an organisation or a person that is a place
        by a kind of place around it ("the town of Pont-Sondé", "Rakhine state"), or that
        owns what only a place has ("Kinmen's waters"); and of a one-word name tagged as a
        person where it is only where something is ("the war in Tigray", "most of
        Rakhine"), when the text never has it act or own (no subject, no possessive), never
        sets a title before it and names no person with its word. Not a known organisation.
        """
        lower = self.lower
        settled: set[tuple[str, ...]] = set()
        for start, end, label in self.original:
            if label not in ("ORG", "PERSON"):
                continue
            first = start + (lower[start] == "the")
            if first >= end:
                continue
            if (
                self._place_by_its_noun(first, end)
                or self._place_of_its_noun(first, end)
                or (label == "PERSON" and end - first == 1 and self._owns_place_parts(end))
            ):
                settled.add(tuple(lower[first:end]))
            elif label == "PERSON" and end - first == 1 and self._where_person_tagged(first):
                settled.add((lower[first],))
        return frozenset(
            words
            for words in settled
            if _key("".join(words)) not in self.lexicon.organizations
            and not self._acts_somewhere(words)
        )

    @functools.cached_property
    def _bodies_named(self) -> frozenset[tuple[str, ...]]:
        """Names the model tags as places or persons that the text gives to a body.

        A name that modifies a lower-case noun of a body after it ("the ruling Morena party")
        or stands set off in apposition to a description of a body ("Mexico's central bank,
        Banxico,"); no country, nor a place the gazetteer lists, nor (but before "party") a
        city, and no mention of it after a preposition of where ("in Banxico"). A name tagged
        as a person's is one word, no first name.
        """
        lower = self.lower
        lexicon = self.lexicon
        found: set[tuple[str, ...]] = set()
        for start, end, label in self.original:
            if (
                label not in ("GPE", "LOC", "PERSON")
                # one word of no first name, for a name the model tags as a person's
                or (label == "PERSON" and (end - start != 1 or lexicon.is_first_name(lower[start])))
                or not self._is_capitalised(start)
                or self._country_of_range(start, end) is not None
                or self._is_known_place(start, end)
            ):
                continue
            head = self.tokens[self._head(start, end)]
            noun = head.head
            city = city_country(self.text[head.idx : self._chars(start, end)[1]]) is not None
            if (
                head.dep_ in ("compound", "nmod")
                and noun.i == end
                and noun.text.islower()
                and noun.lower_ in _BODY_NOUNS_AFTER_NAME
                and (noun.lower_ == "party" or not city)
                and start > 0
                and self.tokens[start - 1].pos_ in ("DET", "ADJ", "VERB")
            ):
                found.add(tuple(lower[start:end]))  # "the ruling [Morena] party"
            elif (
                head.dep_ == "appos"
                and (noun.lower_ == "party" or not city)
                and start > 0
                and lower[start - 1] == ","
                and noun.i < start
                and noun.text.islower()
                and (
                    _key(noun.lower_) in lexicon.organization_descriptors
                    or noun.lower_ in lexicon.institution_nouns
                )
            ):
                found.add(tuple(lower[start:end]))  # "Mexico's central bank, [Banxico],"
        return frozenset(words for words in found if not self._named_where(words))

    def _outlets_reporting(self, entities: list[tuple[int, int, str]]) -> set[tuple[str, ...]]:
        """One-word names the model left untagged that report news as an outlet does.

        "Kommersant reported that ...": a capitalised proper noun outside any entity (or a
        word tagged alone elsewhere), no first name, country or known place (see
        ``_reports_as_outlet``).
        """
        tagged = {i for start, end, _ in entities for i in range(start, end)}
        names = {self.lower[start] for start, end, _ in entities if end - start == 1}
        return {
            (self.lower[i],)
            for i in range(len(self.lower))
            if i not in tagged
            # a proper noun, or a word the model tags as a name elsewhere ("Police reported"
            # is no outlet's name)
            and (self.pos[i] == "PROPN" or self.lower[i] in names)
            and self._is_capitalised(i)
            and not self.lexicon.is_first_name(self.lower[i])
            and self._no_place(i, i + 1)
            and self._reports_as_outlet(i)
        }

    def _named_where(self, words: tuple[str, ...]) -> bool:
        """Whether the text names ``words`` as where something is or happens ("in Banxico")."""
        size = len(words)
        lower = self.lower
        return any(
            tuple(lower[i : i + size]) == words
            and self.tokens[self._head(i, i + size)].dep_ == "pobj"
            and lower[i - 1 - (lower[i - 1] == "the")] in _WHERE_PREPOSITIONS
            for i in range(1, len(lower) - size + 1)
        )

    def _modifies_body_noun(self, start: int, end: int) -> bool:
        """Whether a name modifies a lower-case noun of a body: "the Tigray interim administration".

        A region's own body is an organisation, whose name the region's opens.
        """
        head = self.tokens[self._head(start, end)]
        noun = head.head
        return (
            head.dep_ in ("compound", "amod", "nmod")
            and noun.i >= end
            and noun.text.islower()
            and (
                noun.lower_ in self.lexicon.institution_nouns
                or noun.lower_ in self.lexicon.organization_heads
            )
        )

    def _in_title_case_headline(self, end: int) -> bool:
        """Whether a name ending before ``end`` stands in a headline written in title case."""
        return (
            bool(self.heading_end)
            and self.tokens[end - 1].idx < self.heading_end
            and self._title_case_headline
        )

    @functools.cached_property
    def _title_case_headline(self) -> bool:
        """Whether the headline is written in title case, with four long words or more.

        "Vucic and Kurti Trade Blame as EU Envoy Urges Calm in North Kosovo": three in four
        of its words of four letters or more are capitalised (read once per document).
        """
        words = []
        for token in self.tokens:
            if token.idx >= self.heading_end:
                break
            words.append(token.text)
        return title_case_words(words)

    def _headline_name_pieces(self, start: int, end: int) -> list[tuple[int, int]] | None:
        """Return the names left in a title-case headline's name without its verbs, or None.

        A word no name below the headline has (as the model tagged them) is no word of a
        name there when the words before it are in such names and none after it is
        ("[Kurti] Trade Blame", "Pope [Francis] Visits Iraq"); and a verb of speaking or
        meeting in its third person ("Urges", "Meets") that is in no such name splits the
        name: the words before it stay a name, those after it only when they are in names
        below ("[Macron] Meets [Scholz]", "EU Envoy Urges Calm": no name). None when
        nothing is cut, and for a name of one word or with an acronym, a number, a country
        or a title in it.
        """
        if end - start < 2:
            return None
        for i in range(start, end):
            word = self.words[i]
            if (
                not word.isalpha()
                or word.isupper()
                or self._country_of_range(i, i + 1) is not None
                or _key(self.lower[i]) in self.lexicon.titles
            ):
                return None
        below = {
            word
            for s, e, tag in self.original
            if tag in _NAME_LABELS and self.tokens[s].idx >= self.heading_end
            for word in self.words[s:e]
        }
        again = [self.words[i] in below for i in range(start, end)]
        gone = again.index(False) if False in again else None
        if gone is None:
            return None
        if gone > 0 and not any(again[gone:]):
            return [(start, start + gone)]
        verbs = self.roles.speech_verbs | self.roles.meeting_verbs
        for n in range(end - start):
            word = self.lower[start + n]
            if again[n] or not word.endswith("s") or not (word[:-1] in verbs or word[:-2] in verbs):
                continue
            pieces = [(start, start + n)] if n > 0 else []
            if start + n + 1 < end and all(again[n + 1 :]):
                pieces.append((start + n + 1, end))
            return pieces
        return None

    def _headline_common_nouns(self, start: int, end: int) -> bool:
        """Whether a title-case headline's name is only words the story writes in lower case.

        Each word of it stands in lower case below the headline, as written or as the lemma
        of a word there ("conviction", "murder"), and none is capitalised there but as the
        first word of a sentence: a person of the headline is named again below.
        """
        words = {self.lower[i] for i in range(start, end)}
        if not all(self.words[i].isalpha() and self.words[i].istitle() for i in range(start, end)):
            return False
        written: set[str] = set()
        for token in self.tokens:
            if token.idx < self.heading_end:
                continue
            lower = token.lower_
            if lower in words or token.lemma_.lower() in words:
                if token.text[:1].isupper() and not token.is_sent_start:
                    return False
                if token.text.islower():
                    written.add(lower if lower in words else token.lemma_.lower())
        return written == words

    def _person_named_below(self, start: int, end: int) -> bool:
        """Whether a person the model tagged below the headline has the last word of a name."""
        word = self.lower[end - 1]
        return any(
            tag == "PERSON" and word in self.lower[s:e]
            for s, e, tag in self.original
            if self.tokens[s].idx >= self.heading_end
        )

    def _article_first_name(self, start: int, end: int) -> bool:
        """Whether a name opens with the lower-case Arabic article and names nobody: "al Shabaab".

        "al" or "el" first, with no title before or after it, and no person of the text whose
        longer name ends with it ("Bashar al-Assad ... al-Assad" is the person). The article
        may be capitalised where it is glued by a hyphen to the name and opens no sentence
        ("said Al-Azhar was ready"; not "Al Gore", a first name).
        """
        if end - start < 2:
            return False
        if self.words[start] not in ("al", "el") and not (
            self.words[start] == "Al"
            and self.words[start + 1] in HYPHENS
            and self._glued(start + 1)
            and not self.tokens[start].is_sent_start
        ):
            return False
        if self._titled_name_start(start) or (
            end < len(self.lower) and _key(self.lower[end]) in self.lexicon.titles
        ):
            return False  # nor before a title: "al-Anbar governor" may be a province
        words = self.lower[start:end]
        size = len(words)
        return not any(
            tag == "PERSON" and e - s > size and self.lower[e - size : e] == words
            for s, e, tag in self.original
        )

    def _body_known_as(self, start: int) -> bool:
        """Whether a name follows "known as" after a noun of a body: "a coalition known as".

        The noun is a word of what a body is (``organization_heads``, or a descriptor of
        the lexicon) or of a part of a company: "a coalition known as Viv Ansanm", "The unit,
        known as Lumen Grid,"; not "a man known as ...".
        """
        lower = self.lower
        if start < 3 or lower[start - 2 : start] != ["known", "as"]:
            return False
        noun = start - 3
        if lower[noun] == "," and noun > 0:
            noun -= 1
        word = lower[noun]
        return self.words[noun].islower() and (
            word in self.lexicon.organization_heads
            or word in _COMPANY_PART_NOUNS
            or _key(word) in self.lexicon.organization_descriptors
        )

    def _opening_common_noun(self, start: int, end: int) -> bool:
        """Whether a one-word name opens its sentence as a common noun before people's plural.

        "[Gang] members armed with rifles stormed a town": a word the tagger reads as a
        common noun, capitalised only as the first of its sentence (or of the body after a
        dateline), that modifies a lower-case plural noun; no person's name (not "Trump
        supporters", a proper noun).
        """
        if end - start != 1 or self.pos[start] != "NOUN":
            return False
        token = self.tokens[start]
        noun = token.head
        if token.dep_ != "compound" or noun.i != start + 1 or not noun.text.islower():
            return False
        if noun.tag_ != "NNS":
            return False
        if start == 0 or self._sentence_bounds(start)[0] == start:
            return True
        before = start - 1
        while before > 0 and self.tokens[before].is_space:
            before -= 1
        return (
            self.words[before] in ("\u2014", "\u2013", "--", "-", ".")
            or self.tokens[before].is_space
        )

    def _where_person_tagged(self, i: int) -> bool:
        """Whether a one-word name tagged as a person is only where something is at ``i``.

        "the war in [Tigray]", "most of [Rakhine]": the object of a preposition that names
        where for a person's tag, with no title before it and no person of the text named by
        its word ("Moon Jae-in ... Moon").
        """
        head = self.tokens[i]
        while head.dep_ == "conj" and head.head.i < head.i:
            head = head.head
        if head.dep_ != "pobj" or not self._where_preposition(head.head, "PERSON"):
            return False
        if self._titled_name_start(i):
            return False
        word = self.lower[i]
        return not any(
            tag == "PERSON"
            and e - s > 1
            and word in self.lower[s:e]
            # a person's name, not a body's the model took for one ("the Tigray People's
            # Liberation Front") nor a headline's last word run on into the next line's name
            and self._name_like(s, e)
            and not any(self.tokens[k].is_space for k in range(s, e))
            for s, e, tag in self.original
        )

    def _acts_somewhere(self, words: tuple[str, ...]) -> bool:
        """Whether the text has the name ``words`` do or own something, or speak of itself.

        As a subject or a possessive anywhere ("Halden said", "Halden's mayor"): a name that
        does so may be a body's or a person's, whatever a rule of places said of it once.
        """
        size = len(words)
        lower = self.lower
        for i in range(len(lower) - size + 1):
            if tuple(lower[i : i + size]) != words:
                continue
            head = self.tokens[self._head(i, i + size)]
            if head.dep_ in ("nsubj", "poss") or (
                i + size < len(lower) and self._is_possessive(i + size)
            ):
                return True
        return False

    def _place_of_its_noun(self, start: int, end: int) -> bool:
        """Whether a name is a place by the words around it: "the island of Lampedusa".

        After "the", a lower-case noun of the kinds of places (or "port") and "of", also as
        a later name of a list after a plural of such a noun ("the municipalities of
        Zvecan, Leposavic and Zubin Potok"); or one word after a preposition of place or a
        verb of leaving, with a country after a comma and then a comma or the sentence's
        end ("left Sfax, Tunisia, two days earlier").
        """
        lower = self.lower
        if self._after_kind_of(start):
            return True
        # the name must be an item of the list: after "and", or after a comma with the list
        # going on ("the regions of Donetsk and Luhansk, [Putin] said" is no item of it)
        item = lower[start - 1] == "and" or (
            lower[start - 1] == "," and end < len(lower) and lower[end] in (",", "and")
        )
        listed = start - 1
        while (
            item
            and listed > max(start - 15, 0)
            and (
                lower[listed] in (",", "and")
                or (self._is_capitalised(listed) and self.pos[listed] == "PROPN")
                or (lower[listed] in HYPHENS and not self.tokens[listed].whitespace_)
            )
        ):
            listed -= 1  # back over the list's items, only for an item of one
        if (
            item
            and listed < start - 2
            and lower[listed] == "of"
            and lower[listed + 1] not in (",", "and")
            and _plural_place_kind(lower[listed - 1])
            and self._after_kind_of(listed + 1)
        ):
            return True  # "the municipalities of Zvecan, Leposavic and [Zubin Potok]"
        if end - start != 1 or start == 0 or end + 2 >= len(lower) or lower[end] != ",":
            return False
        if lower[start - 1] not in ("in", "from", "to", "near", "at", "outside", "off", "left"):
            return False
        country = self._model_entity_at(end + 1)
        if country is None or self._country_of_range(*country) is None:
            return False
        after = country[1]
        return after >= len(lower) or lower[after] in (",", ".", ";")

    def _after_kind_of(self, start: int) -> bool:
        """Whether "the", a lower-case noun of a kind of place and "of" end before ``start``.

        "the state of Sinaloa", and with lower-case words before the noun: "the border state
        of Tachira", "the southern port of Aden".
        """
        lower = self.lower
        if not (
            start >= 3
            and lower[start - 1] == "of"
            and self.words[start - 2].islower()
            and (_place_kind_form(lower[start - 2]) or lower[start - 2] in ("port", "ports"))
        ):
            return False
        i = start - 3
        while i > max(start - 6, 0) and self.words[i].islower():
            if self.pos[i] not in ("ADJ", "NOUN"):
                break
            i -= 1
        return lower[i] == "the"

    def _model_entity_at(self, i: int) -> tuple[int, int] | None:
        """Return the model's entity that starts at token ``i`` as a token range, or None."""
        token = self.tokens[i]
        if token.ent_iob_ != "B":
            return None
        end = i + 1
        while end < len(self.tokens) and self.tokens[end].ent_iob_ == "I":
            end += 1
        return i, end

    def _owns_place_parts(self, end: int) -> bool:
        """Whether a name owns what only a place has: "[Kinmen]'s waters", "Gaza's border".

        Its possessive, then one of ``_PLACE_PARTS`` (perhaps after an adjective).
        """
        if end + 1 >= len(self.lower) or not self._is_possessive(end):
            return False
        after = end + 1
        if self.pos[after] == "ADJ" and after + 1 < len(self.lower):
            after += 1  # "Kinmen's restricted waters"
        return self.lower[after] in _PLACE_PARTS

    def _body_opened_by_country(self, start: int, end: int) -> int | None:
        """Return where a body's name that the name of a country opens ends, if one does.

        "[UK] [Anti-Doping] said": the model tags the country apart from the rest of the
        name, which the parse hangs the country on. An organisation's name right after
        the country, with no space missing or punctuation between them, whose words are
        all capitalised, is one name with it, as "UK Sport" and "Kenya Airways" are when
        the model tags them whole. Not "in Britain, Reuters said" nor "Britain's Labour",
        nor an institution the country has ("the U.S. White House", "the UK Treasury").
        """
        if end >= len(self.tokens) or not self.tokens[end - 1].whitespace_:
            return None
        body = next(
            (e for s, e, tag in self.original if s == end and tag == "ORG"),
            None,
        )
        if body is None or not self._is_nation(start, end):
            return None
        if self.tokens[end - 1].dep_ != "compound" or not end <= self.tokens[end - 1].head.i < body:
            return None
        words = [self.words[i] for i in range(end, body) if self.words[i] not in WORD_DASHES]
        if not words or not all(word[:1].isupper() for word in words):
            return None
        if self.lower[body - 1] in self.lexicon.institutions:
            return None  # "the [U.S.] [White House]": the country's own institution
        return body

    def _channel_number(self, start: int, end: int) -> bool:
        """Whether a place's name runs on into a channel's number: "[France] 24", "[Russia] 1".

        One or two digits right after the name that count nothing (no noun or "%" after
        them) and give no score ("Italy 12, Wales 10"; "France 2-1" and the year of
        "Brazil 2014" are tokens of another shape).
        """
        if end >= len(self.tokens):
            return False
        number = self.words[end]
        if not (number.isdigit() and len(number) <= 2 and self.tokens[end - 1].whitespace_):
            return False
        after = end + 1
        near = range(max(0, start - 4), min(after + 4, len(self.tokens)))
        if any(self.tokens[i].is_digit for i in near if not start <= i <= end):
            return False  # "Italy 12, Wales 10": a score
        return after >= len(self.tokens) or (
            self.pos[after] not in ("NOUN", "PROPN", "NUM", "SYM") and self.lower[after] != "%"
        )

    def _opens_title(self, start: int, end: int) -> bool:
        """Whether a one-word entity is the first word of a title: "[Crown] Prince".

        Not an institution or a portfolio that titles are made of ("Treasury Secretary").
        """
        if end - start != 1 or end >= len(self.lower):
            return False
        lexicon = self.lexicon
        word = self.lower[start]
        if word in lexicon.institutions or _key(word) in lexicon.portfolios:
            return False
        title_end = self._core_starting_at(
            start, len(self.lower), lexicon.titles, lexicon.longest_title
        )
        return (
            title_end is not None
            and title_end > end
            and _key(self.lower[title_end - 1]) in lexicon.titles
        )

    def _named_after_nation(self, start: int, end: int) -> bool:
        """Whether a nationality the model tagged is a body named after its nation.

        "Saudi Aramco", "Afghan Taliban": a nation's adjective, then one capitalised word
        that is no nation's, plural, acronym or word of the lexicon ("Syrian Kurds", "Iraqi
        Christians" are peoples), as a subject or object (not "a Saudi Shiite cleric").
        """
        if end - start != 2:
            return False
        name = self.tokens[end - 1]
        return (
            self._country_match(self.words[start]) is not None
            and self._is_capitalised(start)
            and self._is_capitalised(end - 1)
            and name.is_alpha
            and not name.is_upper
            # a name that does something, not a modifier ("a Saudi Shiite cleric")
            and name.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj", "poss", "appos", "conj")
            and not name.lower_.endswith("s")
            and self._country_match(name.text) is None
            and self.lower[end - 1] not in self.lexicon.not_name_words
        )

    def _nation_named_before(self, i: int, word: str) -> bool:
        """Whether a body named before token ``i`` is ``word`` after its nation.

        "Saudi Aramco ... Aramco said": a name of two words, the first a nation's, which the
        model tagged as an organisation or as a nationality (see ``_named_after_nation``).
        """
        end = self._nation_bodies.get(word)
        return end is not None and end <= i

    @functools.cached_property
    def _nation_bodies(self) -> dict[str, int]:
        """The second word of each body named after its nation, and where it is first named."""
        found: dict[str, int] = {}
        for s, e, label in self.original:
            if (
                e - s == 2
                and self._country_match(self.words[s]) is not None
                and (label == "ORG" or (label == "NORP" and self._named_after_nation(s, e)))
            ):
                found[self.lower[s + 1]] = min(e, found.get(self.lower[s + 1], e))
        return found

    def _portfolio_before_title(self, start: int, end: int) -> bool:
        """Whether an organisation's name is the portfolio of the title after it.

        "[Union Home] Minister Amit Shah", "India's [Home] Minister": the model's
        organisation ends with a portfolio word, and a title follows; the words are the
        title's.
        """
        lexicon = self.lexicon
        if end >= len(self.lower) or _key(self.lower[end - 1]) not in lexicon.portfolios:
            return False
        if self.lower[start] == "the" or not all(
            self._is_capitalised(i) for i in range(start, end)
        ):
            return False
        title_end = self._core_starting_at(
            end, len(self.lower), lexicon.titles, lexicon.longest_title
        )
        return title_end is not None and self._is_capitalised(end)

    def _only_a_building(self, start: int, end: int) -> bool:
        """Whether an organisation's name is a building's, only ever named as where things are.

        "announced it at the Government House in Asaba": a name after "the" that ends with a
        capitalised word of what a building is, each time the text tags it the object of
        "at", "in" or "inside" after a verb (not "The White House said ... talks at the White
        House", nor "a professor at the Business School").
        """
        lower = self.lower
        if end - start < 2 or lower[end - 1] not in _FACILITY_HEADS:
            return False
        if not self._is_capitalised(end - 1):
            return False
        words = tuple(lower[start + (lower[start] == "the") : end])
        places = 0
        for first, e in self._original_by_bare_words.get(words, ()):
            if first == 0 or (lower[first - 1] != "the" and self.pos[first - 1] != "ADP"):
                return False  # "the Government House", or "at State House" with no article
            head = self.tokens[self._head(first, e)]
            preposition = head.head
            if lower[first - 1] != "the" and not self._met_there(preposition.head):
                return False  # "a professor studying race at Washington University"
            if (
                head.dep_ != "pobj"
                or preposition.lower_ not in ("at", "in", "inside")
                # where something is done ("a briefing at"), not whose member someone is
                # ("a professor at")
                or not (
                    preposition.head.pos_ in ("VERB", "AUX")
                    or preposition.head.lemma_.lower() in self.roles.meeting_nouns
                    or preposition.head.lemma_.lower() in _EVENT_NOUNS
                    or self._met_there(preposition.head)
                )
            ):
                return False
            places += 1
        return places > 0

    def _model_name(self, start: int, end: int) -> bool:
        """Whether a name is a model's or a vehicle's: "CST-100 Starliner", "Starliner".

        A name with a model's number in it ("CST-100", "737"), or one word that ends such a
        name the model tagged elsewhere in the text ("Boeing's CST-100 Starliner ... the
        Starliner"); no person's name has a number.
        """
        lower = self.lower
        if any(_MODEL_NUMBER.fullmatch(word) for word in lower[start:end]):
            return True
        return end - start == 1 and lower[start] in self._model_name_ends

    @functools.cached_property
    def _model_name_ends(self) -> frozenset[str]:
        """The last word of each name with a model's number before it ("CST-100 Starliner").

        Only the names the model tagged as a person, a body or a product.
        """
        lower = self.lower
        return frozenset(
            lower[e - 1]
            for s, e, tag in self.original
            if tag in ("PERSON", "ORG", "PRODUCT")
            and e - s > 1
            and any(_MODEL_NUMBER.fullmatch(word) for word in lower[s : e - 1])
        )

    def _met_there(self, token: Token) -> bool:
        """Whether ``token`` is a person's name met, on which the parser hung where.

        "hosted Abiy Ahmed at State House": the person is the object of a meeting verb, and
        "at" is where the meeting was.
        """
        return (
            token.ent_type_ == "PERSON"
            and token.dep_ == "dobj"
            and token.head.lemma_.lower() in self.roles.meeting_verbs
        )

    def _only_a_time(self, start: int, end: int) -> bool:
        """Whether an organisation's name is an event's, only ever named to date something.

        "will take its oath after the State of the Nation Address in July": a name of two
        words or more whose last is no word that ends bodies' names (Council, Party, ...),
        each time the text names it the object of "after", "during", "following", "until"
        or "since", with a preposition or a punctuation mark after it; not "after the
        European Commission proposed" ("until the Islamic State of Iraq and the Levant
        ceases" may be parsed so), nor "during the Council's meeting", nor "before the
        Senate", where someone appears.
        """
        lower = self.lower
        lexicon = self.lexicon
        last = lower[end - 1]
        if (
            end - start - (lower[start] == "the") < 2
            or not self._is_capitalised(end - 1)
            or _key(last) in lexicon.organization_heads
            or last in lexicon.institutions
            or last in lexicon.group_nouns
        ):
            return False
        words = tuple(lower[start + (lower[start] == "the") : end])
        times = 0
        for first, e in self._original_by_bare_words.get(words, ()):
            head = self.tokens[self._head(first, e)]
            if head.dep_ != "pobj" or head.head.lower_ not in _TIME_PREPOSITIONS:
                return False
            if e < len(lower) and self.pos[e] not in ("ADP", "PUNCT"):
                return False  # "until the Islamic State ... ceases": the subject of a clause
            times += 1
        return times > 0

    def _only_a_sites_name(self, start: int, end: int, nouns: frozenset[str] = _SITE_NOUNS) -> bool:
        """Whether a name only ever names a site: a project, a mine, a base.

        "interest in the Tanbreez and Kvanefjeld rare earth projects", "the Pituffik base":
        each time the text names it, the name (or the first of names joined by "and")
        modifies a lower-case noun of ``nouns`` (sites, or arms: "Patriot air defence
        batteries") after it. A name that is also
        written alone ("Tanbreez said") or modifies people ("Tanbreez officials") is kept,
        and so is a body's ("the Army base", "the Navy Mining base").
        """
        modified = self._nouns_modified_by(tuple(self.lower[start:end]))
        return bool(modified) and modified <= nouns

    def _nouns_modified_by(self, words: tuple[str, ...]) -> frozenset[str]:
        """Return the lemmas of the lower-case nouns every mention of a name modifies.

        Empty when a mention modifies none (it stands alone, or the parser hangs it after
        its noun), and for a body's name, which no site's is. The answer reads only the
        name's words and the model's entities of the same words, so it is worked out once
        per name and doc, for sites and arms alike (see :meth:`_only_a_sites_name`).
        """
        known = self._modified_nouns.get(words)
        if known is None:
            known = self._modified_nouns[words] = self._find_nouns_modified_by(words)
        return known

    def _find_nouns_modified_by(self, words: tuple[str, ...]) -> frozenset[str]:
        """Work out :meth:`_nouns_modified_by` for one name."""
        lexicon = self.lexicon
        last = words[-1]
        if (
            last in lexicon.institutions
            or last in lexicon.institution_nouns
            or _key(last) in lexicon.organization_heads
            or _key("".join(words)) in lexicon.organizations
        ):
            # "the Army base": the body whose base it is; "a SpaceX rocket": the maker
            return frozenset()
        nouns: set[str] = set()
        for s, e, _ in self._original_by_words.get(words, ()):
            head = self.tokens[self._head(s, e)]
            while head.dep_ == "conj" and head.head.i < head.i:
                head = head.head  # "Tanbreez and [Kvanefjeld] ... projects"
            noun = head.head
            if (
                # the parser may read a name it does not know as an adjective ("the
                # Langeled pipeline"); a nation's adjective is no name
                head.dep_ not in ("compound", "nmod", "amod")
                or (head.dep_ == "amod" and self._country_match(head.text) is not None)
                or noun.i <= head.i
                or not noun.text.islower()
            ):
                return frozenset()
            nouns.add(noun.lemma_.lower())
        return frozenset(nouns)

    def _a_product(self, start: int, end: int) -> bool:
        """Whether a name is a product's (``_only_a_product`` or ``_a_products_name``).

        Both read only the name's words and the model's entities of the same words, so the
        answer is the same for every mention of the name: worked out once per name and
        doc, not again for each of its mentions (each a pass over all of them).
        """
        key = (tuple(self.lower[start:end]), self.words[end - 1])
        known = self._product_names.get(key)
        if known is None:
            known = self._product_names[key] = self._only_a_product(
                start, end
            ) or self._a_products_name(start, end)
        return known

    def _only_a_product(self, start: int, end: int) -> bool:
        """Whether a name is a product's, an app's, a game's, a mission's or a planet's.

        The text must show it once: the name is in apposition with a lower-case noun of a
        product ("Fortnite, the popular game,"), said to be one ("Meta AI is an optional
        feature"), made or used ("the maker of Fortnite", "users of Messenger", "the ChatGPT
        maker OpenAI"), or a planet's name in a text of orbits and probes ("orbit around
        Mercury"); and it must never speak. A name that only modifies such a noun ("the Meta
        AI assistant", "NASA's Artemis II mission") or is launched, downloaded or installed is
        one only when it is never the subject of a verb nor owns anything elsewhere: "the
        Amazon app ... Amazon cut prices" keeps the company. Known organisations and names
        that end with a body's word ("Epic Games") are kept.
        """
        lower = self.lower
        lexicon = self.lexicon
        first = start + (lower[start] == "the")
        words = tuple(lower[first:end])
        if (
            not words
            or words[-1] in lexicon.institutions
            or words[-1] in lexicon.institution_nouns
            or _key(words[-1]) in lexicon.organization_heads
            or _key("".join(words)) in lexicon.organizations
            or _key(words[-1]) in lexicon.company_suffixes
            or self.words[end - 1] in lexicon.company_suffixes
        ):
            return False
        planet = words[0] in _PLANETS and len(words) == 1
        if planet and not any(word in self._positions for word in _SPACE_WORDS):
            planet = False
        strong = weak = False
        acts = False
        for f, e in self._original_by_bare_words.get(words, ()):
            head = self.tokens[self._head(f, e)]
            while head.dep_ == "conj" and head.head.i < head.i:
                head = head.head  # "Facebook, Instagram and [Messenger]"
            owner = head.head
            noun = owner.lemma_.lower()
            if head.dep_ in SUBJECT_DEPS and noun in self.roles.speech_verbs:
                return False  # "Fortnite said": whoever speaks is no product
            # picked by dependency in the doc's index: no ``Token`` made for every child
            appositions = [
                self.tokens[child]
                for child in doc_children(self.doc).with_dep(head.i, ("appos",))
                if child > head.i
            ]
            if any(
                child.lemma_.lower() in _PRODUCT_NOUNS and child.text.islower()
                for child in appositions
            ) or (
                head.dep_ == "nsubj"
                and noun == "be"
                and any(
                    child.dep_ == "attr"
                    and child.lemma_.lower() in _PRODUCT_NOUNS
                    and child.text.islower()
                    for child in owner.children
                )
            ):
                strong = True  # "Fortnite, the popular game,", "Meta AI is an optional feature"
            elif (
                head.dep_ == "compound"
                and owner.i > head.i
                and owner.text.islower()
                and noun in _PRODUCT_USER_NOUNS
            ):
                strong = True  # "the ChatGPT maker OpenAI"
            elif (
                head.dep_ == "pobj"
                and owner.lower_ == "of"
                and owner.head.pos_ == "NOUN"
                and owner.head.lemma_.lower() in _PRODUCT_USER_NOUNS
            ):
                strong = True  # "the maker of Fortnite", "users of Messenger"
            elif planet and head.dep_ in ("pobj", "dobj", "poss"):
                strong = True  # "orbit around Mercury", "Mercury's orbit"
            elif (
                head.dep_ in ("compound", "nmod", "amod")
                and owner.i > head.i
                and owner.text.islower()
                and noun in _PRODUCT_NOUNS
            ):
                weak = True  # "the Meta AI assistant"
            elif (head.dep_ == "dobj" and noun in _PRODUCT_VERBS) or (
                head.dep_ == "nsubj"
                and noun == "launch"
                and not any(child.dep_ == "dobj" for child in owner.children)
            ):
                weak = True  # "launched Threads", "Artemis II will launch in April"
            elif head.dep_ in (*SUBJECT_DEPS, "poss", "compound") or (
                head.dep_ == "pobj" and owner.head.lemma_.lower() in _BODY_PART_NOUNS
            ):
                # "Amazon cut prices", "Amazon's chief executive", "JAXA president Hiroshi
                # Yamakawa", "part of JAXA": a body
                acts = True
        return strong or (weak and not acts)

    def _a_products_name(self, start: int, end: int) -> bool:
        """Whether a name is a product's: once it names what a body makes, after "its".

        "its Gemini assistant", "its Claude artificial intelligence models": the name
        modifies a lower-case noun of a product owned by "its" or "their", so it names the
        product wherever else the text writes it ("Gemini would soon be able to ...").
        Not a known organisation's, nor a name that is ever the subject of a verb of saying
        or owns "its" ("Tesla said", "Tesla raised its forecast").
        """
        lower = self.lower
        lexicon = self.lexicon
        if (
            lower[end - 1] in lexicon.institutions
            or _key(lower[end - 1]) in lexicon.organization_heads
            or _key("".join(lower[start:end])) in lexicon.organizations
        ):
            return False
        owned = False
        its = "its" in self._positions
        for s, e, _ in self._original_by_words.get(tuple(lower[start:end]), ()):
            head = self.tokens[self._head(s, e)]
            if head.dep_ in SUBJECT_DEPS and head.head.lemma_.lower() in self.roles.speech_verbs:
                return False
            if its and self._owner_of_its(s, e):
                return False
            noun = head.head
            if (
                head.dep_ in ("compound", "nmod")
                and noun.i > head.i
                and noun.lemma_.lower() in _MADE_PRODUCT_NOUNS
                and noun.text.islower()
                and any(
                    child.dep_ == "poss" and child.lower_ in ("its", "their")
                    for child in noun.children
                )
            ):
                owned = True
        return owned

    def _surname_run_on(self, start: int, end: int) -> int | None:
        """Where a surname the model ran on into the words after it ends, if it did.

        "[Zelenskyy at Palazzo Chigi on] Sunday": one capitalised word that is the surname
        of a person the model tagged, then a lower-case preposition inside the entity.
        """
        if end - start < 3 or self.lower[start] not in self.tagged_surnames:
            return None
        after = start + 1
        if self.pos[after] != "ADP" or self._is_capitalised(after):
            return None
        if self.pos[start] != "PROPN" or not self._is_capitalised(start):
            return None
        return after

    def _spells_law(self, word: str) -> bool:
        """Whether an acronym spells the name of a law the text names in full.

        "the Digital Markets Act ... the DMA": a run of capitalised words (and the small
        words of names) that ends with a capitalised word of a law's name and whose
        initials the acronym spells. The answer reads only the acronym and the doc, so it is
        worked out once per acronym and doc (each time a pass over all the model's
        entities), not again at each of its mentions.
        """
        if not (2 <= len(word) <= 6 and word.isalpha() and word.isupper()):
            return False
        known = self._law_acronyms.get(word)
        if known is None:
            known = self._law_acronyms[word] = self._acronym_spells_law(word)
        return known

    def _acronym_spells_law(self, word: str) -> bool:
        """Work out :meth:`_spells_law` for an acronym (which keeps each acronym's answer)."""
        lower = self.lower
        if any(
            label == "ORG"
            and e - s >= 2
            and _spells_name(word, tuple(self.words[s + (lower[s] == "the") : e]))
            for s, e, label in self.original
        ):
            return False  # "the Dutch Medicines Agency (DMA)": a body's initials too
        for k in self._positions_of(_LAW_HEADS):
            if not self.words[k][:1].isupper():
                continue
            first = k
            while (
                first > 0
                and k - first < 6
                and (self._is_capitalised(first - 1) or lower[first - 1] in _SMALL_NAME_WORDS)
                and self.words[first - 1].isalpha()
            ):
                first -= 1
            for s in range(first, k):
                if self._is_capitalised(s) and _spells_name(word, tuple(self.words[s : k + 1])):
                    return True
        return False

    def _no_actors_kind(self, start: int, end: int, label: str) -> str | None:
        """Return the label of a name tagged as a body or a person that is no actor, or None.

        "LAW" for the name of a law or a treaty ("the EU Deforestation Regulation") and of a
        programme another body owns ("NASA's Commercial Crew Program"); "EVENT" for an award
        by its capitalised last word ("the Earthshot Prize"); "FAC" for a thing
        built or of nature, by the capitalised last word of a name of two words or more ("the
        Grand Ethiopian Renaissance Dam", "the International Space Station"); "GPE" for a
        name that, each time the text names it, is only where something is or happens
        (``_where_preposition``). None for a name that is ever the subject of a verb of
        saying ("The Carter Center said"), for a known organisation, and, for a thing told by
        its last word, for a name that is ever the subject of a verb ("Colonial Pipeline paid
        the hackers").
        """
        lower = self.lower
        first = start + (lower[start] == "the")
        words = lower[first:end]
        if not words:
            return None
        if label == "ORG" and _key("".join(words)) in self.lexicon.organizations:
            return None  # a known body, whatever its name ends with
        occurrences: list[Token] = []
        for f, e in self._original_by_bare_words.get(tuple(words), ()):
            head = self.tokens[self._head(f, e)]
            if head.dep_ in SUBJECT_DEPS and head.head.lemma_.lower() in self.roles.speech_verbs:
                return None  # "The Carter Center said": a body that speaks
            occurrences.append(head)
        # "Colonial Pipeline paid the hackers": a body named after what it runs acts; a thing
        # built is only where something is, or what is done to it
        acts = any(head.dep_ == "nsubj" and head.head.pos_ == "VERB" for head in occurrences)
        if label == "ORG" and end - first == 1 and self._spells_law(self.words[first]):
            return "LAW"  # "the Digital Markets Act ... the DMA requires": the law's initials
        if any(
            lower[k] in _LAW_HEADS | {"charter"}
            and lower[k + 1] == "of"
            and self._is_capitalised(k)
            and self._is_capitalised(k + 2)
            for k in range(first, end - 2)
        ):
            return "LAW"  # "the EU Charter of Fundamental Rights", "the Treaty of Rome"
        last = self.words[end - 1]
        if end - first >= 2 and last[:1].isupper() and last[1:].islower():
            if lower[end - 1] in _LAW_HEADS:
                return "LAW"  # ("The EU Deforestation Regulation will require": still a law)
            if lower[end - 1] in _THING_HEADS and not acts:
                return "FAC"
            if lower[end - 1] in _AWARD_HEADS and not acts:
                return "EVENT"  # "a meeting of his Earthshot Prize": an award
            if (
                lower[end - 1] in _PROGRAMME_HEADS
                and first >= 2
                and lower[first - 1] in ("'s", "\u2019s")
                and all(head.dep_ not in ("nsubj", "poss") for head in occurrences)
            ):
                return "LAW"
        if not occurrences:
            return None
        for head in occurrences:
            while head.dep_ == "conj" and head.head.i < head.i:
                head = head.head  # "near Isfahan and [Natanz]"
            if head.dep_ != "pobj" or not self._where_preposition(head.head, label):
                return None
        if self._titled_name_start(first):
            return None  # (a title before it, asked last: the look-up costs more)
        named = set(words)
        if any(
            tag == "PERSON" and lower[s:e] != words and named & set(lower[s:e])
            for s, e, tag in self.original
        ):
            return None  # "Moon Jae-in ... Moon": a person's name
        return "GPE"

    def _where_preposition(self, preposition: Token, label: str) -> bool:
        """Whether what ``preposition`` takes is a place: "sites near [Isfahan]".

        "at", "in", "on" or "near" after a noun of a place, a site or a thing built ("sites
        near [Isfahan]", "the camps at [Cox's Bazar]", "the Dam on [the Blue Nile]") or a
        verb of arriving ("arrived at"); and, for a name tagged as a person, "of" after a
        noun of a part of a place ("most of [Rakhine]"; not "part of the [Jaeger Brigade]")
        and "in" after a lower-case noun ("the war in [Tigray]"; not "faith in [Mandela]").
        """
        word = preposition.lower_
        owner = preposition.head
        noun = owner.lemma_.lower()
        if word in ("at", "in", "near") and owner.pos_ == "VERB" and noun in _ARRIVAL_VERBS:
            return True  # "arrived at [Cox's Bazar]"
        if (
            word in ("at", "in", "on", "near")
            and owner.pos_ in ("NOUN", "PROPN")
            and (
                noun in _WHERE_NOUNS
                or noun in _SITE_NOUNS
                or owner.lower_ in _THING_HEADS
                or _place_kind_form(owner.lower_)
            )
        ):
            return True
        if (
            word == "of"
            and label == "PERSON"
            and owner.lower_ in _PART_NOUNS
            and owner.text.islower()
        ):
            return True  # not "part of the 68th Separate Jaeger Brigade", a body
        return (
            word == "in"
            and label == "PERSON"
            and owner.pos_ == "NOUN"
            and owner.text.islower()
            and noun not in _IN_PERSON_NOUNS
        )

    def _title_words_at_end(self, start: int, end: int) -> int | None:
        """Where the words of a title start that an organisation's name ends with, or None.

        "[The APC National] Chairman, Abdullahi Ganduje", "[U.S. Magistrate] Judge Zia
        Faruqui": capitalised words of the titles lexicon (titles or their modifiers) end the
        entity, and a capitalised title follows it; they are the first words of that title.
        Not a name that ends with a body's word ("National Assembly Speaker"), nor title
        words after "of" ("the White House Office of the Press Secretary").
        """
        lower = self.lower
        lexicon = self.lexicon
        if end >= len(lower) or not self._is_capitalised(end):
            return None
        title_end = self._core_starting_at(end, len(lower), lexicon.titles, lexicon.longest_title)
        if title_end is None or _key(lower[title_end - 1]) not in lexicon.titles:
            return None
        cut = end
        while (
            cut - 1 > start
            and self._is_capitalised(cut - 1)
            and self.tokens[cut - 1].is_alpha
            and not self.tokens[cut - 1].is_upper
            and (
                self._is_title_word(cut - 1)
                # "[APC National Publicity] Secretary": a word that opens a title with
                # the words after it
                or (
                    self._core_starting_at(
                        cut - 1, title_end, lexicon.titles, lexicon.longest_title
                    )
                    == title_end
                )
            )
        ):
            cut -= 1
        if cut == end or self.pos[cut - 1] in ("ADP", "DET", "CCONJ"):
            return None  # "the White House Office of the Press Secretary": one name
        return cut

    def _owner_before_title(self, start: int, end: int) -> list[tuple[int, int, str]]:
        """Return what is left of an organisation's name once its title words are cut.

        A country ("U.S."), or a body's name ("APC", "Labour Party"); not a building's one
        word, the seat its officer speaks for ("Palace" of "Palace Press Officer"), which is a
        word of the title.
        """
        if start >= end:
            return []
        if self._country_of_range(start, end) is not None:
            return [(start, end, "GPE")]
        if end - start == 1 and self.lower[start] in _FACILITY_HEADS:
            return []
        return self._repair(start, end, "ORG")

    def _country_cut_short(self, start: int, end: int) -> int | None:
        """Where a country's name ends that the entity stops short of, if it does.

        "Cook Islands Prime Minister Mark Brown" with "Cook" tagged as a person: the name
        and the capitalised word after it, which no entity covers, name a country.
        """
        after = end
        if (
            after >= len(self.lower)
            or not self.words[after][:1].isupper()
            or self._country_of_range(start, end) is not None
        ):
            return None
        if self._in_original_entity(after) and not (
            # "in [DR] [Congo]": two entities of one country's name
            end - start == 1 and self._original_entity_is(after, after + 1)
        ):
            return None
        return after + 1 if self._country_of_range(start, after + 1) is not None else None

    def _original_entity_is(self, start: int, end: int) -> bool:
        """Whether the model tagged exactly ``[start, end)`` as one entity."""
        return any(s == start and e == end for s, e, _ in self.original)

    def _place_of_office(self, start: int, end: int, *, named: bool = True) -> bool:
        """Whether an entity is the place of a capitalised title before a name.

        "[Kakamega] Senator Boni Wafula", "[Enugu] Governor Peter Mbah", "[Manipur] Chief
        Minister N Biren Singh": a county or a state the model took for a person, before
        the title of an office held for a place; also a name that ends with a kind of region
        ("[Jefferson County] Sheriff Reggie Marinelli").
        Other titles name whom their holder serves ("Putin Spokesman Dmitry Peskov"), who
        is a person. Without ``named``, any capitalised word may follow the title.
        """
        lower = self.lower
        # one word, a name that ends with a kind of region ("[Jefferson County] Sheriff"), or
        # one that opens with a point of the compass ("[West Yorkshire] Mayor")
        if (
            end - start != 1
            and lower[end - 1] not in _REGION_HEADS
            and not (end - start <= 3 and self._opens_with_compass(start))
        ):
            return False
        if end + 1 >= len(lower) or not self.words[end][:1].isupper():
            return False
        lexicon = self.lexicon
        title_end = self._core_starting_at(end, len(lower), lexicon.titles, lexicon.longest_title)
        # "[Manipur] Chief Minister N Biren Singh": the head of a state's government
        seat = _key(lower[end]) in _SEAT_TITLES or lower[end : end + 2] == ["chief", "minister"]
        return (
            seat
            and title_end is not None
            and title_end < len(lower)
            and _key(lower[title_end - 1]) in lexicon.titles
            and (
                self.tokens[title_end].ent_type_ == "PERSON"
                # (or, for a known region, any capitalised name)
                or (not named and self._is_capitalised(title_end))
            )
        )

    def _title_before_name(self, start: int, end: int) -> bool:
        """Whether an entity is an office set before the name of who holds it.

        "the Minister of Investment, Khalid Al-Falih", "The commission's Head of Voter
        Education, Mrs Halima Yusuf": a title word, "of" or "for", and a person's name
        after the comma.
        """
        first = start + (self.lower[start] == "the")
        if end - first < 3 or end + 1 >= len(self.lower):
            return False
        if _key(self.lower[first]) not in self.lexicon.titles or self.lower[first + 1] not in (
            "of",
            "for",
        ):
            return False
        after = end + 1
        while after < len(self.lower) and _key(self.lower[after]) in self.lexicon.honorifics:
            after += 1
        return (
            self.lower[end] == ","
            and after < len(self.lower)
            and self.tokens[after].ent_type_ == "PERSON"
        )

    def _hyphenated_end(self, end: int) -> int:
        """Where a name cut at a hyphen goes on: "[Rolls]-Royce".

        A hyphen and a capitalised word right after the name, with no space on either side,
        belong to the name when the whole is an entity of the model somewhere else (a
        headline glued to its first sentence, "Military School-Taliban gunmen", is not).
        """
        doc = self.tokens
        if not (
            end + 1 < len(doc)
            and doc[end].text in HYPHENS
            and doc[end - 1].whitespace_ == ""
            and doc[end].whitespace_ == ""
            and doc[end + 1].is_alpha
            and doc[end + 1].is_title
        ):
            return end
        whole = f"{doc[end - 1].text}{doc[end].text}{doc[end + 1].text}"
        if self._whole_names is None:
            self._whole_names = {
                self.text[doc[s].idx : doc[e - 1].idx + len(doc[e - 1].text)]
                for s, e, _ in self.original
            }
        if any(whole == name or name.endswith(f" {whole}") for name in self._whole_names):
            return end + 2
        return end

    def _joined_name_end(self, start: int, end: int) -> int:
        """Where an organisation's name cut after its last "and" goes on.

        "[The Ministry of Culture, Sports and] Tourism": the model stops at the "and" of a
        list of portfolios. Capitalised words right after a name ending in "and" or "&"
        belong to it when they are in no entity of their own and no title ("the Ministry of
        Defence and [France]", "... and Interior Minister" stay apart).
        """
        lower = self.lower
        if end - start < 3 or lower[end - 1] not in ("and", "&"):
            return end
        after = end
        while (
            after < len(lower)
            and self.pos[after] in ("PROPN", "NOUN")
            and self._is_capitalised(after)
            and not self._in_original_entity(after)
            and lower[after] not in self.lexicon.titles
        ):
            after += 1
        if after < len(lower) and lower[after] in self.lexicon.titles:
            return end  # "[the Ministry of Defence and] Interior Minister Ali Khan"
        return after

    def _joined_name_start(self, start: int, end: int) -> int:
        """Where a body's name the model cut before its first words starts.

        "The Peace and [Security Council]", "The 76th FIFA [Congress]": a name ending with
        a body's head word ("Council", "Congress") goes back over an acronym right before
        it, and over "and" or "&" with capitalised proper nouns before that, in no entity of
        their own, no title, country or known place ("Russia and [NATO Council]" stay apart),
        unless the name comes with its own article ("Save the Children and [the Norwegian
        Refugee Council]").
        """
        lower = self.lower
        head = lower[end - 1]
        if _key(head) not in self.lexicon.organization_heads and head not in (
            self.lexicon.institutions
        ):
            return start

        def free_word(i: int, *, acronym: bool = False) -> bool:
            return (
                i >= 0
                # an acronym the tagger may take for a common noun ("WHO")
                and (self.pos[i] == "PROPN" or (acronym and self.pos[i] == "NOUN"))
                and self.tokens[i].is_alpha
                and self._is_capitalised(i)
                and not self._in_original_entity(i)
                and _key(lower[i]) not in self.lexicon.titles
                and self._country_of_range(i, i + 1) is None
                and not self._is_known_place(i, i + 1)
            )

        first = start
        before = self.words[start - 1] if start > 0 else ""
        if len(before) > 1 and before.isupper() and free_word(start - 1, acronym=True):
            first -= 1  # "FIFA [Congress]"
        if (
            first >= 2
            # a name given with its own article starts there: "Save the Children and
            # [the Norwegian Refugee Council]" are two bodies
            and lower[first] not in ("the", "a", "an")
            and lower[first - 1] in ("and", "&")
            and free_word(first - 2)
        ):
            first -= 2
            while free_word(first - 1):
                first -= 1  # "Peace and [Security Council]"
        return first

    def _place_of_title(self, start: int, end: int) -> bool:
        """Whether a name is the object of "of" after a title: "chief minister of [Goa]"."""
        head = self.tokens[self._head(start, end)]
        return (
            head.dep_ == "pobj"
            and head.head.lower_ == "of"
            and _key(head.head.head.lower_) in self.lexicon.titles
        )

    def _joined_by_connective(self, start: int) -> int:
        """Where a name cut after a connective between hyphens starts: "Lashkar-e-[Taiba]".

        Names from Urdu, Persian and Arabic join their words with "e", "i", "ul" or "ut"
        between hyphens ("Jaish-e-Mohammed", "Hizb-ut-Tahrir"); a capitalised word glued
        before them is a word of the name the model cut, also when it tagged that word alone.
        """
        doc = self.tokens
        first = start - 4
        if (
            first >= 0
            and doc[start - 1].text in HYPHENS
            and self.lower[start - 2] in _NAME_CONNECTIVES
            and doc[start - 3].text in HYPHENS
            and all(doc[i].whitespace_ == "" for i in range(first, start))
            and doc[first].is_alpha
            and doc[first].is_title
            # ("[Lashkar]-e-[Taiba]": a piece the model tagged alone is the same name)
            and (
                not self._in_original_entity(first)
                or self._model_entity_at(first) == (first, first + 1)
            )
        ):
            return first
        return start

    def _bracketed_first_name(self, start: int, end: int) -> int | None:
        """Where a person's name opened by a first name in square brackets starts, or None.

        A writer inserts the first name a quotation left out: "[Mike] Pence said". The model
        tags "Mike] Pence" (often as a body) or "Pence" alone; the name runs from the
        bracket, one capitalised word in brackets glued to it, and one capitalised word
        after, no place ("[US] Congress") nor title ("[President] Bush").
        """
        doc = self.tokens
        words = [t.text for t in doc[start:end]]
        if words[:2] == ["[", "]"] or len(words) not in (1, 3) or words.count("]") > 1:
            return None
        opening = start - 1 if len(words) == 3 else start - 3
        if opening < 0 or doc[opening].text != "[" or doc[opening + 2].text != "]":
            return None
        first, surname = doc[opening + 1], doc[end - 1]
        if end - 1 != opening + 3:
            return None
        if not all(t.is_alpha and t.is_title for t in (first, surname)):
            return None
        if doc[opening].whitespace_ or first.whitespace_ or not doc[opening + 2].whitespace_:
            return None
        if self._country_match(first.text) is not None or _key(first.lower_) in self.lexicon.titles:
            return None  # "[President] Bush": a title the writer inserted is no first name
        return opening

    def _hyphenated_first_name(self, start: int, end: int) -> int:
        """Where a person's name cut inside a hyphenated first name goes on.

        "[Francois]-Philippe Champagne": one word, a glued hyphen, then two capitalised
        proper nouns outside any entity of the model; or the second half of the first name
        outside any entity and then the surname the model tagged as a person of its own,
        "[Kassym]-Jomart [Tokayev]", one person to the end of that surname.
        """
        doc = self.tokens
        if not (
            end - start == 1
            and end + 2 < len(doc)
            and doc[end].text in HYPHENS
            and doc[end - 1].whitespace_ == ""
            and doc[end].whitespace_ == ""
        ):
            return end
        rest = range(end + 1, end + 3)
        if all(
            doc[i].is_alpha
            and doc[i].is_title
            and self.pos[i] == "PROPN"
            and not self._in_original_entity(i)
            for i in rest
        ):
            return end + 3
        second, surname = rest
        tagged = self._model_entity_at(surname)
        if (
            tagged is not None
            and doc[surname].ent_type_ == "PERSON"
            and doc[second].is_alpha
            and doc[second].is_title
            and not self._in_original_entity(second)
            and all(doc[i].is_title for i in range(*tagged))
        ):
            return tagged[1]
        return end

    def _acronym_in_running_text(self, start: int, end: int) -> bool:
        """Whether a one-word entity is an acronym of three or more letters ("IFEX").

        Also one with small letters for the small words of the name it spells ("AfD",
        "PvdA", "MoD"): its first and last letters are capitals, as no name's is. Not in a
        line written in capitals ("KIM MEETS MOON"), where a name is capitals too.
        """
        text: str = self.words[start]
        if end - start != 1 or len(text) < 3 or not text.isalpha():
            return False
        if not text.isupper() and not (len(text) <= 6 and text[0].isupper() and text[-1].isupper()):
            return False
        sentence_start, sentence_end = self._sentence_bounds(start)
        return any(
            self.words[i][:1].isalpha() and not self.words[i].isupper()
            for i in range(sentence_start, sentence_end)
        )

    def _company_first_word(self, start: int, end: int) -> bool:
        """Whether a one-word person name is the first word of an organisation named before.

        "Corvane Chemicals ... Corvane said": the company named short, unless a person of
        that name is named in full ("Henry Ford").
        """
        if end - start != 1:
            return False
        word = self.lower[start]
        end_of_first = self._body_first_words.get(word)
        if (end_of_first is None or end_of_first > start) and not self._nation_named_before(
            start, word
        ):
            return False
        return word not in self._full_name_words

    @functools.cached_property
    def _body_first_words(self) -> dict[str, int]:
        """The first word of each body's name of two words or more, and where it is first named."""
        found: dict[str, int] = {}
        for s, e, label in self.original:
            if e - s >= 2 and self._body_name(s, e, label):
                found[self.lower[s]] = min(e, found.get(self.lower[s], e))
        return found

    @functools.cached_property
    def _full_name_words(self) -> frozenset[str]:
        """The words of the persons' names the model tagged in two words or more."""
        return frozenset(
            word
            for s, e, label in self.original
            if label == "PERSON" and e - s >= 2 and not self._body_name(s, e, label)
            for word in self.lower[s:e]
        )

    def _firm_of_market_job(self, start: int, end: int) -> bool:
        """Whether the name is the firm of a market job its employee's name follows.

        "Bernstein analyst Jane Roe", "Citi chief economist Tom Hale": lower-case words
        (at most three) that end with a job done at a firm (``_MARKET_JOBS``: analyst,
        economist, strategist), then a name the model tagged as a person. A person's aide is
        no such job ("Trump adviser Stephen Miller" keeps Trump).
        """
        lower = self.lower
        i = end
        while i < len(lower) and i - end < 3 and self.words[i].islower():
            i += 1
        if i == end or lower[i - 1] not in _MARKET_JOBS or i >= len(lower):
            return False
        return self._model_entity_at(i) is not None and self.tokens[i].ent_type_ == "PERSON"

    def _employer_after_job(self, start: int, end: int) -> bool:
        """Whether the name is where the person or job before it works.

        "analysts at [Peel Hunt]", "her editor at [Faber]": the object of "at" on a noun of a
        job of the lexicon's titles or nouns of persons (not of kin); "Kallum Pickering of
        [Peel Hunt]": the object of "at" or "of" on a name the model tagged as a person. A
        country or a known place is where the person is, not an employer.
        """
        if start < 2 or self.lower[start - 1] not in ("at", "of"):
            return False
        preposition = self.tokens[start - 1]
        if self.heads[self._head(start, end)] != start - 1:
            return False
        if self._country_of_range(start, end) is not None or self._is_known_place(start, end):
            return False
        head = preposition.head
        if head.i >= start - 1:
            return False
        if head.pos_ == "PROPN":
            return head.ent_type_ == "PERSON" and head.i == start - 2
        lexicon = self.lexicon
        lemma = head.lemma_.lower()
        return (
            preposition.lower_ == "at"
            and head.pos_ == "NOUN"
            and (lemma in lexicon.titles or lemma in lexicon.person_nouns)
            and lemma not in lexicon.kinship_nouns
        )

    def _named_by_descriptor(self, start: int, end: int) -> bool:
        """Whether a lower-case noun of what a body is stands just before the name, as one phrase.

        "Danish shipping giant [Maersk] said": the name in apposition to "giant", or "giant"
        a modifier of the name; not "the bank [Jamie Dimon] runs".
        """
        if start == 0:
            return False
        before = self.tokens[start - 1]
        if (
            not before.text.islower()
            or _key(before.lower_) not in self.lexicon.organization_descriptors
        ):
            return False
        head = self.tokens[self._head(start, end)]
        return (head.head.i == before.i and head.dep_ in ("appos", "compound", "npadvmod")) or (
            before.head.i == head.i and before.dep_ in ("compound", "nmod", "amod")
        )

    def _body_in_apposition(self, start: int, end: int) -> int | None:
        """Return the head of an organisation's name set off after a one-word name, if any.

        "Gavi, the Vaccine Alliance,": a name that an organisation's name with "the" stands
        in apposition to is that organisation's other name, no person ("Jane Doe, the
        Guardian's correspondent," is described by a noun, not named).
        """
        lower = self.lower
        if (
            end - start != 1
            or end + 2 >= len(lower)
            or lower[end] != ","
            or lower[end + 1] != "the"
        ):
            return None
        body = next(
            (
                (s, e)
                for s, e, label in self.original
                if label == "ORG" and s in (end + 1, end + 2) and e - s >= 2
            ),
            None,
        )
        if body is None:
            return None
        head = self.tokens[self._head(*body)]
        if head.dep_ != "appos" or head.head.i != start or not self._is_capitalised(head.i):
            return None
        return head.i

    def _owner_of_works(self, start: int, end: int) -> bool:
        """Whether the name modifies a lower-case noun of a company's works after it.

        "the [Navantia] shipyard", "a [Skoda] factory": no person's name is given to a
        shipyard, a factory or a plant, a company's is (but "its [Tarhunah] plant", owned
        by another, is named after its site).
        """
        if end >= len(self.lower):
            return False
        noun = self.tokens[end]
        head = self.tokens[self._head(start, end)]
        return (
            head.head.i == end
            and head.dep_ in ("compound", "nmod", "amod")
            and noun.text.islower()
            and noun.lemma_.lower() in _WORKS_NOUNS
            # not another's works named after their site: "Libya's Tarhunah plant"
            and not any(child.dep_ == "poss" for child in noun.children)
        )

    def _body_spoken_for(
        self, start: int, end: int, entities: Sequence[tuple[int, int, str]]
    ) -> bool:
        """Whether a one-word name a spokesperson speaks for is a body's: "a spokesperson for Acas".

        Only a word the text never writes in a longer person's name ("Eddie Dempsey ...
        a spokesperson for Dempsey" is his), with nothing around it that makes a person.
        """
        if end - start != 1 or not self._is_capitalised(start):
            return False
        token = self.tokens[start]
        preposition = token.head
        if not (
            token.dep_ == "pobj"
            and preposition.lower_ == "for"
            and preposition.head.lower_.startswith("spokes")
            and preposition.head.i < preposition.i
        ):
            return False
        word = self.lower[start]
        if any(
            label == "PERSON" and last - first > 1 and word in self.lower[first:last]
            for first, last, label in entities
        ):
            return False
        # wherever the text names it, never the subject of a verb nor with a person's
        # context ("Starmer met Macron ... a spokesperson for Starmer" is his)
        return not any(
            self.tokens[i].dep_ in ("nsubj", "nsubjpass") or self._person_evidence(i, i + 1)
            for i, other in enumerate(self.lower)
            if other == word
        )

    def _employer_before_title(self, end: int) -> bool:
        """Whether a company's title and a name follow: "Lumora chief executive Priya Raman".

        Only a title no person or place holds in a person's name ("chief executive", "CEO",
        "founder"): "Trump adviser Stephen Miller" names no company.
        """
        lower = self.lower
        if end >= len(lower) or lower[end] not in _COMPANY_TITLE_STARTS:
            return False
        for words in _COMPANY_TITLES:
            after = end + len(words)
            if (
                tuple(lower[end:after]) == words
                and after < len(lower)
                and self.pos[after] == "PROPN"
                and self._is_capitalised(after)
            ):
                return True
        return False

    def _body_name(self, start: int, end: int, label: str) -> bool:
        """Whether the model's entity is an organisation's name, whatever its label says.

        An organisation, or a name of two words or more that ends with a capitalised word of
        the lexicon's ``organization_heads`` ("Crestline Buses" tagged as a person).
        """
        if label == "ORG":
            return True
        lexicon = self.lexicon
        return (
            label == "PERSON"
            and end - start > 1
            and self.lower[end - 1] in lexicon.organization_heads
            and self._is_capitalised(end - 1)
            # "Tom Partners told the BBC he had been fired": a first name makes a person
            and not lexicon.is_first_name(self.lower[start])
        )

    def _named_in_dateline(self, start: int, end: int) -> bool:
        """Whether a name is the place of a dateline, written there in capitals."""
        self._in_dateline_place(start, end)  # read the datelines' places once
        name = self.text[self.tokens[start].idx : self._chars(start, end)[1]].casefold()
        return any(
            self.text[low:high].strip(" ,").casefold() == name
            for low, high in self._dateline_places or ()
        )

    def _mended(self) -> list[tuple[int, int, str]]:
        """Return the doc's entities, stretched spans split and names cut in two joined."""
        mended: list[tuple[int, int, str]] = []
        for start, end, label in self.original:
            pieces = (
                self._split_titled_name(start, end, label)
                or self._split_place_and_name(start, end, label)
                or self._split_at_verb(start, end, label)
                or self._split_at_clause_word(start, end, label)
                or self._split_countries(start, end)
                or self._split_name_before_time(start, end, label)
            )
            if pieces is None:
                pieces = self._split_pair(start, end, label)
            for piece in pieces:
                free = mended[-1][1] if mended else 0
                if piece[2] == "PERSON" and self._first_name_before(piece[0], piece[1], free):
                    piece = (piece[0] - 1, piece[1], "PERSON")  # "Rustem [Umerov]"
                elif (
                    piece[2] in ("GPE", "LOC")
                    and piece[1] - piece[0] == 1
                    and self._first_name_before(piece[0], piece[1], free)
                    and not self._is_known_place(piece[0] - 1, piece[1])
                    and not self._is_known_place(piece[0], piece[1])
                    and self._country_of_range(piece[0], piece[1]) is None
                ):
                    # "Takahide [Kiuchi]" tagged as a place no gazetteer knows: a surname
                    piece = (piece[0] - 1, piece[1], "PERSON")
                elif (
                    piece[2] == "ORG"
                    and piece[1] - piece[0] == 1
                    and piece[0] >= 2
                    and self._core_ending_at(
                        piece[0] - 2, 0, self.lexicon.titles, self.lexicon.longest_title
                    )
                    is not None
                    and self._first_name_before(piece[0], piece[1], free)
                ):
                    # "former concertmaster Gábor [Halmi]": a title, a first name, and the
                    # surname taken for an organisation
                    piece = (piece[0] - 1, piece[1], "PERSON")
                elif (
                    piece[2] in ("ORG", "GPE")
                    and piece[1] - piece[0] == 1
                    and piece[0] >= 1
                    and self._surname_of_person(piece[0] - 1, piece[1])
                    and self._first_name_before(piece[0], piece[1], free)
                ):
                    # "Kamran Rezaei arrived ... Nasrin [Rezaei] told reporters": the surname
                    # of a person the model tagged, after a first name, is a kin's name
                    piece = (piece[0] - 1, piece[1], "PERSON")
                body_start = self._body_named_before_place(piece[0], piece[1], piece[2], free)
                if body_start is not None:
                    piece = (body_start, piece[1], "ORG")  # "Police [Scotland] confirmed"
                elif piece[2] == "PERSON" and self._surname_after(piece[0], piece[1]):
                    piece = (piece[0], piece[1] + 1, "PERSON")  # "[Jeff] Landry"
                elif self._first_name_taken_apart(piece[0], piece[1], piece[2]):
                    piece = (piece[0], piece[1] + 1, "PERSON")  # "[Clare] Foges argued"
                syllable_end = self._glued_syllable_end(piece[0], piece[1], piece[2])
                if syllable_end > piece[1]:
                    piece = (piece[0], syllable_end, "PERSON")  # "[Han Duck]-soo"
                if mended and (
                    self._one_name(mended[-1], piece)
                    or self._hyphen_between(mended[-1], piece)
                    or self._surname_tagged_apart(mended[-1], piece)
                    or self._first_name_tagged_apart(mended[-1], piece)
                ):
                    mended[-1] = (mended[-1][0], piece[1], "PERSON")
                elif mended and self._party_word_apart(mended[-1], piece):
                    # "the [Liberal] [Democrat] MP": a party's adjective, no organisation
                    mended[-1] = (mended[-1][0], piece[1], "NORP")
                elif mended and (
                    self._one_body(mended[-1], piece) or self._body_named_whole(mended[-1], piece)
                ):
                    mended[-1] = (mended[-1][0], piece[1], "ORG")
                else:
                    mended.append(piece)
        found = self._untagged_companies(self._titled_offices(mended))
        return self._names_of_acronyms(self._bodies_listed_with_body(found))

    def _bodies_listed_with_body(
        self, entities: list[tuple[int, int, str]]
    ) -> list[tuple[int, int, str]]:
        """Return the entities with a body's name the model missed beside one it found.

        "Medical Aid for Palestinians and Save the Children urged", "The British Heart
        Foundation and Diabetes UK welcomed": a run of two to six capitalised words (with
        "for", "of" or "the" between them) joined by "and" to an organisation the model
        tagged, the two right before their verb, is an organisation too, whatever the model
        tagged of a country or a people inside it. One of its words must be a capitalised
        word the model left untagged, not the first of its sentence, and none a title; a
        country's or a region's name ("Northern Ireland"), a run with a person or a body in
        it and a headline in title case are left alone.
        """
        runs: list[tuple[int, int]] = []
        for start, end, label in entities:
            if label != "ORG" or end >= len(self.tokens):
                continue
            if start >= 2 and self.lower[start - 1] == "and" and self.pos[end] in ("VERB", "AUX"):
                run_end = start - 1
                run_start = run_end
                while run_start > 0 and self._name_run_word(run_start - 1):
                    run_start -= 1
            elif end + 2 < len(self.tokens) and self.lower[end] == "and":
                run_start = end + 1 + (self.lower[end + 1] == "the")
                run_end = run_start
                while run_end < len(self.tokens) and self._name_run_word(run_end):
                    run_end += 1
                if run_end >= len(self.tokens) or self.pos[run_end] not in ("VERB", "AUX"):
                    continue
            else:
                continue
            while run_start < run_end and not self._is_capitalised(run_start):
                run_start += 1
            if run_start < run_end and self.lower[run_start] == "the":
                run_start += 1
            while run_end > run_start and not self._is_capitalised(run_end - 1):
                run_end -= 1
            if self._missed_body_name(run_start, run_end, entities):
                runs.append((run_start, run_end))
        if not runs:
            return entities
        kept = [
            entity
            for entity in entities
            if not any(s <= entity[0] and entity[1] <= e for s, e in runs)
        ]
        return sorted(kept + [(s, e, "ORG") for s, e in runs])

    def _name_run_word(self, i: int) -> bool:
        """Whether word ``i`` may stand in a body's name: capitalised, or "for", "of", "the"."""
        token = self.tokens[i]
        if self.lower[i] in ("for", "of", "the"):
            return not token.is_sent_start
        return token.is_alpha and self._is_capitalised(i)

    def _missed_body_name(self, start: int, end: int, entities: list[tuple[int, int, str]]) -> bool:
        """Whether ``[start, end)`` is the name of a body the model missed (see above)."""
        if not 2 <= end - start <= 6 or self._in_title_case_headline(end):
            return False
        if self.lower[start] in _REGION_OPENERS or self._country_of_range(start, end):
            return False
        inside: set[int] = set()
        for s, e, label in entities:
            if s < end and start < e:
                if label not in ("GPE", "NORP", "LOC") or s < start or e > end:
                    return False
                inside.update(range(s, e))
        if any(self._is_title_word(i) for i in range(start, end)):
            return False
        return any(
            i not in inside and self._is_capitalised(i) and not self.tokens[i].is_sent_start
            for i in range(start, end)
        )

    def _names_of_acronyms(
        self, entities: list[tuple[int, int, str]]
    ) -> list[tuple[int, int, str]]:
        """Make the words an acronym in brackets spells one organisation's name.

        "the Russian-led Collective Security Treaty Organization (CSTO)", "Tehreek-e-Taliban
        Pakistan (TTP)": the model tags the name in pieces, or not at all. Capitalised words
        right before the brackets (hyphenated ones with their lower-case particles, and small
        words such as "of" between them) whose initials spell the acronym (see
        :func:`_spells_name`; the fewest words that do) name the body it stands for; the
        entities inside them go. A name the model tagged whole is left as it is.
        """
        lower = self.lower
        spans: list[tuple[int, int]] = []
        for close in range(3, len(lower)):
            if lower[close] != ")" or lower[close - 2] != "(":
                continue
            acronym = self.words[close - 1]
            if not (acronym.isalpha() and acronym.isupper() and 3 <= len(acronym) <= 6):
                continue
            end = close - 2
            words: list[str] = []
            i = end - 1
            while i >= 0 and end - i <= 10:
                token = self.tokens[i]
                if token.is_alpha and self._is_capitalised(i):
                    words.insert(0, token.text)
                    if token.text[0] == acronym[0] and _spells_name(acronym, tuple(words)):
                        if not self._no_body_named(i, close):
                            spans.append((i, end))
                        break
                elif not (
                    (lower[i] in _SMALL_NAME_WORDS and words)
                    or (lower[i] in WORD_DASHES and self._glued(i + 1) and self._glued(i))
                    or (
                        token.is_alpha
                        and token.text.islower()
                        and self._glued(i + 1)
                        and self._glued(i)
                    )
                ):
                    break
                i -= 1
        if not spans:
            return entities
        result = list(entities)
        for first, end in spans:
            inside = [e for e in result if e[0] < end and e[1] > first]
            if any(e[0] < first or e[1] > end for e in inside) or (first, end, "ORG") in inside:
                continue  # a name the model tagged whole, or one that runs on
            result = sorted(
                [e for e in result if e not in inside] + [(first, end, "ORG")],
                key=lambda e: e[0],
            )
        return result

    def _titled_offices(self, entities: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
        """Make "the Hennepin County Attorney's Office" one organisation, whatever the tags.

        After "the", capitalised words (and "of" between them) with a word of a title among
        them, a possessive and a capitalised word of the lexicon's ``organization_heads``
        name a body: the model tags such names in pieces ("Hennepin County" a place,
        "Office" a person) or not at all.
        """
        lower = self.lower
        heads = self.lexicon.organization_heads
        found: list[tuple[int, int]] = []
        for i in range(3, len(lower)):
            if (
                lower[i] not in heads
                or not self._is_capitalised(i)
                or not self._is_possessive(i - 1)
            ):
                continue
            start = i - 1
            while start > 0 and (
                (
                    self._is_capitalised(start - 1)
                    and self.tokens[start - 1].is_alpha
                    and lower[start - 1] != "the"
                )
                or (lower[start - 1] == "of" and start > 1 and self._is_capitalised(start - 2))
            ):
                start -= 1
            if (
                start < i - 1
                and lower[start - 1] == "the"
                and any(self._is_title_word(j) for j in range(start, i - 1))
            ):
                found.append((start, i + 1))
        if not found:
            return entities
        kept = [
            entity
            for entity in entities
            if not any(entity[0] < end and start < entity[1] for start, end in found)
        ]
        return sorted([*kept, *((start, end, "ORG") for start, end in found)])

    def _surname_after(self, start: int, end: int) -> bool:
        """Whether the word after a first name tagged alone is its surname: "Gov. [Jeff] Landry".

        A one-word person of the lexicon's first names, one space before a capitalised
        proper noun outside any entity that the parse makes the name's head; or a name of
        two words before such a noun, or one the tagger took for a common noun ("[Omar
        García] Harfuch", "[Alberto Nunez] Feijoo").
        """
        after = end
        if not 1 <= end - start <= 2 or after >= len(self.tokens):
            return False
        if after in self._original_tokens:
            return False
        first = self.tokens[start]
        lexicon = self.lexicon
        word = self.lower[start]
        if end - start == 2:
            # "[Omar García] Harfuch": a name of two words whose words the parse hangs on the
            # proper noun after it, which names no body or place, and which the model does
            # not tag alone elsewhere
            # ("[Alberto Nunez] Feijoo", a chain of compounds, the last word tagged as a noun)
            surname = self.tokens[after]
            return (
                self.tokens[start + 1].whitespace_ == " "
                and self.tokens[end - 1].head.i == after
                and all(start < self.tokens[j].head.i <= after for j in range(start, end))
                and surname.pos_ in ("PROPN", "NOUN")
                and surname.is_alpha
                and surname.is_title
                and not self._is_title_word(after)
                and self.lower[after] not in lexicon.institutions
                and _key(self.lower[after]) not in lexicon.organization_descriptors
                and self._country_of_range(after, after + 1) is None
                and not self._is_known_place(after, after + 1)
                and not self._tagged_alone(start, end)
                and not (after + 1 < len(self.tokens) and self._is_capitalised(after + 1))
            )
        if not lexicon.is_first_name(word):
            return False
        if first.whitespace_ != " ":
            return False
        surname = self.tokens[after]
        return (
            surname.pos_ == "PROPN"
            and surname.is_alpha
            and self._is_capitalised(after)
            and first.head.i == after
            and not self._is_title_word(after)
        )

    def _abbreviated_region(self, start: int, end: int) -> bool:
        """Whether a one-word name is a region's abbreviation after its city: "Hamilton, Ont.".

        A capitalised word of at most four letters with its full stop (in the word or
        glued to it), right after a comma after a place the model tagged or a city of the
        gazetteer, that is no title, honorific or abbreviated title ("in Hamilton, Sen.
        Jane Doe said" is the senator).
        """
        doc = self.tokens
        if end - start != 1 or start < 2 or doc[start - 1].text != ",":
            return False
        word = doc[start].text
        letters = word.rstrip(".")
        stopped = word.endswith(".") or (
            end < len(doc) and doc[end].text == "." and doc[start].whitespace_ == ""
        )
        if not (stopped and letters.isalpha() and letters[:1].isupper() and len(letters) <= 4):
            return False
        abbreviations = self.lexicon.abbreviations
        if (
            self._is_title_word(start)
            or _key(letters) in abbreviations
            or _key(f"{letters}.") in abbreviations
        ):
            return False
        city = start - 2
        if city_country(doc[city].text) is not None:
            return True
        return any(s <= city < e and label in ("GPE", "LOC") for s, e, label in self.original)

    def _glued_syllable_end(self, start: int, end: int, label: str) -> int:
        """Where a name cut before the lower-case end of a hyphenated given name goes on.

        "[Han Duck]-soo", and "[Han] Duck-soo" with "Han" taken for a nation's: a
        capitalised word, a hyphen with no space on either side, then a lower-case noun
        outside any entity that the parse makes the name's head. Not a word that makes the
        name a modifier of a noun after it ("the Joe Biden-era rules", "a Merkel-led
        coalition"). A person's span may be of any length; a span of one word with another
        label becomes a person's name when one capitalised proper noun outside any entity
        follows it, its given name.
        """
        doc = self.tokens
        if label == "PERSON":
            first_syllable = end - 1
        elif label in ("NORP", "ORG", "GPE") and end - start == 1:
            first_syllable = end
            if (
                first_syllable >= len(doc)
                or doc[start].whitespace_ != " "
                or not doc[start].is_alpha
                or not self._is_capitalised(start)
                or self.pos[first_syllable] != "PROPN"
                or self._in_original_entity(first_syllable)
            ):
                return end
        else:
            return end
        syllable = first_syllable + 2
        if syllable >= len(doc) or self._in_original_entity(syllable):
            return end
        last = doc[syllable]
        if not (
            self._glued_syllable_at(syllable)
            and doc[first_syllable].is_alpha
            and last.pos_ in ("NOUN", "PROPN")
            and all(doc[i].head.i == syllable for i in range(start, first_syllable + 1))
        ):
            return end
        if last.dep_ in ("compound", "amod", "nmod") and last.head.i > syllable:
            return end  # "the Joe Biden-era rules": the name qualifies a noun
        if syllable + 1 < len(doc) and doc[syllable + 1].text in HYPHENS:
            return end  # "a Moon Jae-in-style reform"
        return syllable + 1

    def _untagged_companies(
        self, entities: list[tuple[int, int, str]]
    ) -> list[tuple[int, int, str]]:
        """Add the companies the model missed that their legal suffix names: "Lumio Inc".

        One to three capitalised proper nouns outside any entity, right before a word of
        the lexicon's ``company_suffixes``, are an organisation; so are they before the
        capitalised last word of a company's name ("Lumen Labs", "Corvane Systems"),
        outside the headline, whose capitals say nothing.
        """
        suffixes = self.lexicon.company_suffixes
        lower = self.lower
        tagged = {i for start, end, _ in entities for i in range(start, end)}
        found = []
        words = self.words
        for i in range(1, len(lower)):
            # as ``is_company_suffix``: a token's key is its lower case (it has no spaces)
            head = (
                lower[i] in _COMPANY_HEADS
                and lower[i] != "group"  # "Rights Group Details ...": a headline's common noun
                and words[i].istitle()
                and self.pos[i] == "PROPN"
                and self.tokens[i].idx >= self.heading_end
            )
            if (lower[i] not in suffixes and words[i] not in suffixes and not head) or i in tagged:
                continue
            start = self._names_before(i, tagged)
            if start < i:
                found.append((start, i + 1, "ORG"))
        # each rule leaves alone what the model and the rules before it found: two rules
        # may name the same words ("Meta Platforms ... Google and Meta": a short name of a
        # known company), and spaCy takes no overlapping entities
        taken = tagged | {i for s, e, _ in found for i in range(s, e)}
        rules: tuple[Callable[[set[int]], list[tuple[int, int, str]]], ...] = (
            lambda _: self._untagged_sources(entities),
            lambda taken: self._untagged_institutions(entities, taken),
            self._untagged_short_names,
            self._untagged_titled_names,
            self._untagged_peers,
            self._untagged_title_names,
            self._untagged_identified,
            self._untagged_known_organizations,
            lambda taken: self._untagged_repeats(entities, taken),
            self._untagged_first_names,
            self._untagged_described_acronyms,
            self._untagged_described_bodies,
            self._untagged_definite_names,
            self._untagged_bodies_by_it,
            self._untagged_place_bodies,
        )
        for rule in rules:
            for start, end, label in rule(taken):
                if not any(i in taken for i in range(start, end)):
                    found.append((start, end, label))
                    taken.update(range(start, end))
        return sorted([*entities, *found]) if found else entities

    def _untagged_place_bodies(self, tagged: set[int]) -> list[tuple[int, int, str]]:
        """Add a public body named before a place the model missed: "Public Health England".

        A known country or region outside any entity, after the capitalised words of a
        public body (see :meth:`_body_named_before_place`), is the end of its name.
        """
        found = []
        for i in range(1, len(self.lower)):
            if i in tagged or i - 1 in tagged or self.pos[i] != "PROPN":
                continue
            free = i - 1
            while free > 0 and free - 1 not in tagged and i - free < 4:
                free -= 1
            start = self._body_named_before_place(i, i + 1, "", free)
            if start is not None:
                found.append((start, i + 1, "ORG"))
        return found

    def _untagged_peers(self, tagged: set[int]) -> list[tuple[int, int, str]]:
        """Add a royal or a peer named by title and place alone: "the Prince of Wales".

        After "the", a capitalised royal or noble title ("Prince", "Duchess", "Earl"), "of"
        and one or two capitalised proper nouns outside any entity name a person: "The Duke
        of Sussex said", "the Princess of Wales" (not "the Prince of Wales Hospital", whose
        name goes on, nor "the Emperor of Japan", a country).
        """
        found = []
        lower = self.lower
        for i in sorted(self._positions_of(_PEER_TITLES)):
            if i < 1 or lower[i - 1] != "the" or i + 2 >= len(lower) or lower[i + 1] != "of":
                continue
            if not self._is_capitalised(i) or i in tagged:
                continue
            end = i + 2
            while (
                end < len(lower)
                and end - i - 2 < 2
                and end not in tagged
                and self.pos[end] == "PROPN"
                and self._is_capitalised(end)
            ):
                end += 1
            if end == i + 2 or (end < len(lower) and self.pos[end] == "PROPN"):
                continue
            if self._country_of_range(i + 2, end) is not None:
                continue
            found.append((i, end, "PERSON"))
        return found

    def _title_name(self, start: int, end: int) -> bool:
        """Whether ``[start, end)`` is "the" and a title that names its one holder alone.

        "the Dalai Lama", "The Aga Khan": a title of the lexicon's ``title_names``, written
        with capitals, after "the".
        """
        return (
            end - start >= 2
            and self.lower[start] == "the"
            and self._is_capitalised(start + 1)
            and _key("".join(self.lower[start + 1 : end])) in self.lexicon.title_names
        )

    def _untagged_title_names(self, tagged: set[int]) -> list[tuple[int, int, str]]:
        """Add a person the model missed, named by a title alone: "the Dalai Lama said".

        After "the", the capitalised words of one of the lexicon's ``title_names``, outside
        any entity and with no capitalised proper noun right after them (not "the Aga Khan
        Foundation"), name a person.
        """
        names = self.lexicon.title_names
        if not names:
            return []
        longest = max(len(name) for name in names)  # a key has no spaces: at most its letters
        found = []
        lower = self.lower
        for i in self._positions_of(("the",)):
            for end in range(i + 2, min(i + 2 + 3, len(lower) + 1)):
                if any(j in tagged for j in range(i + 1, end)):
                    break
                if len("".join(lower[i + 1 : end])) > longest:
                    break
                if not self._title_name(i, end):
                    continue
                if end < len(lower) and self.pos[end] == "PROPN" and self._is_capitalised(end):
                    break
                found.append((i + 1, end, "PERSON"))
                break
        return found

    def _peer_by_title(self, start: int, end: int) -> bool:
        """Whether ``[start, end)`` is a royal or peer named by title and place alone."""
        return (
            2 < end - start <= 4
            and self.lower[start] in _PEER_TITLES
            and self.lower[start + 1] == "of"
            and start > 0
            and self.lower[start - 1] == "the"
        )

    def _untagged_repeats(
        self, entities: list[tuple[int, int, str]], tagged: set[int]
    ) -> list[tuple[int, int, str]]:
        """Add an organisation's name of two or more words where the model missed it.

        "Thames Vale Water boss admits ..." in a headline, "The chief executive of Thames Vale
        Water" in the text: the same capitalised words, outside any entity, are that name.
        """
        lower = self.lower
        names = {
            tuple(lower[start:end]): self.text[slice(*self._chars(start, end))]
            for start, end, label in entities
            if label == "ORG"
            and end - start >= 2
            and all(self._is_capitalised(i) for i in (start, end - 1))
        }
        found: list[tuple[int, int, str]] = []
        taken = set(tagged)
        for name in sorted(names, key=len, reverse=True):
            size = len(name)
            for i in self._positions.get(name[0], ()):  # where its first word stands
                if i > len(lower) - size:
                    break
                if any(j in taken for j in range(i, i + size)):
                    continue
                # the same words, written the same way ("WHITE HOUSE" of a dateline is none)
                if (
                    tuple(lower[i : i + size]) == name
                    and self.text[slice(*self._chars(i, i + size))] == names[name]
                ):
                    found.append((i, i + size, "ORG"))
                    taken.update(range(i, i + size))
        return found

    def _untagged_definite_names(self, tagged: set[int]) -> list[tuple[int, int, str]]:
        """Add a body the model missed that "the" names and that reports: "The Inquirer said".

        One to three capitalised proper nouns outside any entity, right after "the", that
        are the subject of a reporting verb or the one "told" ("told The Economist"), are an
        organisation (a newspaper, a company): a person's name takes no article.
        """
        found = []
        lower = self.lower
        speech = self.roles.speech_verbs
        free = 1  # where the last name read ends
        for i in (at + 1 for at in self._positions.get("the", ())):  # the word after "the"
            if i < free or i >= len(lower) or i in tagged or self.pos[i] != "PROPN":
                continue
            end = i
            while (
                end < len(lower)
                and end - i < 3
                and end not in tagged
                and (self.pos[end] == "PROPN" and self._is_capitalised(end))
            ):
                end += 1
            head = self.tokens[self._head(i, end)]
            if (
                end > i
                and all(self.tokens[j].is_alpha for j in range(i, end))
                and not self._is_known_place(i, end)
                and self._country_of_range(i, end) is None
                # "The Region Commander said": an office, whose holder is no body
                and not any(_key(lower[j]) in self.lexicon.titles for j in range(i, end))
                and _key("".join(lower[i:end])) not in self.lexicon.titles
                and (
                    (head.dep_ == "nsubj" and head.head.lemma_.lower() in speech)
                    # "told The Economist": whom a statement is made to
                    or (head.dep_ in ("dobj", "dative") and head.head.lemma_.lower() == "tell")
                )
            ):
                found.append((i, end, "ORG"))
            free = max(end, i + 1)
        return found

    def _untagged_first_names(self, tagged: set[int]) -> list[tuple[int, int, str]]:
        """Add a person the model missed whose first name the lexicon knows, where it speaks.

        "SUD-Rail's Nadia Benali went further, saying ...": a first name of the lexicon's
        ``female_names`` or ``male_names`` and one more capitalised name, outside any
        entity, after an owner's "'s" or as the subject of a verb of speech, that name no
        place. "Kamran Rezaei arrived ... Nasrin Rezaei told reporters": a name whose
        surname is that of a person the model tagged is a kin's, whatever the first name.
        """
        lexicon = self.lexicon
        lower = self.lower
        speech = self.roles.speech_verbs
        surnames = self.tagged_surnames
        found = []
        # Only a first name of the lexicon, or a word before a tagged person's surname, can
        # open such a name.
        candidates = sorted(
            {
                *self._positions_of(lexicon.first_names),
                *(at - 1 for at in self._positions_of(surnames) if at > 0),
            }
        )
        for i in candidates:
            if i >= len(lower) - 1:
                break
            last = i + 1
            if not lexicon.is_first_name(lower[i]) and not (
                lower[last] in surnames
                and self.pos[i] == "PROPN"
                and self.tokens[i].head.i == last
                and not self._is_title_word(i)
                and self._surname_of_person(i, last + 1)
            ):
                continue
            if (
                i in tagged
                or last in tagged
                or not self._is_capitalised(i)
                or not self._is_capitalised(last)
                or self.pos[last] != "PROPN"
                or not self.tokens[last].is_alpha
                or lower[last] in lexicon.not_name_words
                or (last + 1 < len(lower) and self.pos[last + 1] == "PROPN")
            ):
                continue
            head = self.tokens[last]
            owned = i > 0 and self._is_possessive(i - 1)
            speaks = head.dep_ == "nsubj" and head.head.lemma_.lower() in speech
            if (
                (owned or speaks)
                and self._country_of_range(i, last + 1) is None
                and not self._is_known_place(i, last + 1)
            ):
                found.append((i, last + 1, "PERSON"))
        return found

    def _untagged_described_acronyms(self, tagged: set[int]) -> list[tuple[int, int, str]]:
        """Add an acronym the model missed after a word of what it is: "rail operator SNCF".

        A word of two to six capital letters outside any entity, right after a noun of the
        lexicon's ``organization_descriptors`` ("operator", "authority", "federation"), that
        names no country or known place, is an organisation; so is a word in title case
        after a descriptor with a determiner or owner ("the employers' federation Medef",
        "the AI company Anthropic").
        """
        found = []
        descriptors = self.lexicon.organization_descriptors
        lower = self.lower
        for i in range(1, len(lower)):
            # the cheap tests first: a Token is made only for a word after a descriptor (a
            # token's lower-case form is its own key: no spaces in it)
            if lower[i - 1] not in descriptors or i in tagged or not 2 <= len(lower[i]) <= 14:
                continue
            text = self.words[i]
            if (
                text.isalpha()
                and ((text.isupper() and len(text) <= 6) or self._named_after_descriptor(i))
                and self._country_of_range(i, i + 1) is None
                and not self._is_known_place(i, i + 1)
            ):
                found.append((i, i + 1, "ORG"))
        return found

    def _named_after_descriptor(self, i: int) -> bool:
        """Whether the capitalised word ``i`` names the body a descriptor before it tells.

        "head of the employers' federation Medef": a proper noun of one word, which no word
        of a name follows, after a determiner's or owner's descriptor phrase; not a title
        ("the federation President").
        """
        token = self.tokens[i]
        if (
            token.pos_ != "PROPN"
            or not token.text[1:].islower()
            or _key(self.lower[i]) in self.lexicon.titles
            or _key(self.lower[i]) in self.lexicon.honorifics
            or (i + 1 < len(self.lower) and self._is_capitalised(i + 1))
        ):
            return False
        descriptor = self.tokens[i - 1]
        return descriptor.text.islower() and any(
            child.dep_ in ("det", "poss") and child.i < descriptor.i
            for child in (*descriptor.children, *token.children)
        )

    def _untagged_described_bodies(self, tagged: set[int]) -> list[tuple[int, int, str]]:
        """Add a name the model missed that an appositive says is a body ("Frontex, ...").

        "Frontex, the EU's border and coast guard agency,": one to three capitalised proper
        nouns outside any entity, then a comma and a noun phrase in apposition headed by a
        noun of the lexicon's ``organization_descriptors`` ("agency", "company", "charity").
        """
        found = []
        descriptors = self.lexicon.organization_descriptors
        lower = self.lower
        for i in range(len(lower) - 3):
            if lower[i + 1] != "," or i in tagged or not self._is_capitalised(i):
                continue
            head = self.tokens[i]
            if head.pos_ != "PROPN" or not any(
                child.dep_ == "appos" and child.i > i + 1 and _key(child.lower_) in descriptors
                for child in head.children
            ):
                continue
            start = i
            while (
                start > 0
                and i - start < 2
                and start - 1 not in tagged
                and self.tokens[start - 1].pos_ == "PROPN"
                and self._is_capitalised(start - 1)
            ):
                start -= 1
            if self._country_of_range(start, i + 1) is None and not self._is_known_place(
                start, i + 1
            ):
                found.append((start, i + 1, "ORG"))
        return found

    def _untagged_bodies_by_it(self, tagged: set[int]) -> list[tuple[int, int, str]]:
        """Add a name the model missed that speaks of itself as "it": "Equinor said it had".

        One to three capitalised proper nouns outside any entity, the subject of a reporting
        verb whose complement opens with "it" doing something (see :meth:`_body_by_it`).
        """
        found = []
        pos = self.pos
        # the tag from the list read once per doc first: most words are no proper noun
        for i, tag in enumerate(pos):
            if (
                tag != "PROPN"
                or i in tagged
                or self.tokens[i].dep_ != "nsubj"
                or not self._is_capitalised(i)
                or (i + 1 < len(pos) and pos[i + 1] == "PROPN")
            ):
                continue
            start = self._names_before(i, tagged)
            if start > 0 and self.lower[start - 1] == "the":
                continue
            if self._name_like(start, i + 1) and self._body_by_it(start, i + 1):
                found.append((start, i + 1, "ORG"))
        return found

    def _untagged_known_organizations(self, tagged: set[int]) -> list[tuple[int, int, str]]:
        """Add the lexicon's organisations the model missed: "Médecins Sans Frontières said".

        One to four capitalised words outside any entity whose key is one of the lexicon's
        ``organizations``.
        """
        known = self.lexicon.organizations
        prefixes, _ = _affixes(known)
        lower = self.lower
        found = []
        free = 0  # where the last name found ends
        for i in self._positions_of(prefixes):
            if i < free or i in tagged or not self._is_capitalised(i):
                continue
            size = next(
                (
                    size
                    for size in (4, 3, 2, 1)
                    if i + size <= len(lower)
                    and not any(j in tagged for j in range(i, i + size))
                    and _key("".join(lower[i : i + size])) in known
                ),
                0,
            )
            if size:
                found.append((i, i + size, "ORG"))
            free = i + max(size, 1)
        return found

    def _is_nation(self, start: int, end: int) -> bool:
        """Whether ``[start, end)`` names a country (not a demonym: "Chinese")."""
        match = self._country_match(self.text[self.tokens[start].idx : self._chars(start, end)[1]])
        return match is not None and not match.demonym

    def _split_countries(self, start: int, end: int) -> list[tuple[int, int, str]] | None:
        """Split "[Mali, Burkina Faso] and Niger": countries listed, tagged as one name.

        Every piece between commas and "and" must name a country; else None.
        """
        lower = self.lower
        if "," not in lower[start:end] and "and" not in lower[start:end]:
            return None  # one piece at most: no list (most names, told before the gazetteers)
        pieces: list[tuple[int, int, str]] = []
        first = start
        for i in range(start, end + 1):
            if i < end and lower[i] not in (",", "and"):
                continue
            if i == first or not self._is_nation(first, i):
                return None
            pieces.append((first, i, "GPE"))
            first = i + 1
        return pieces if len(pieces) > 1 else None

    def _listed_countries(self, entities: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
        """Make the countries the model missed in a list of countries places.

        "Mali, Burkina Faso and [Niger]": one to three capitalised words, untagged or tagged
        as a person, that name a country, joined by a comma or "and" to a country (tagged
        or found so), are a country.
        """
        lower = self.lower
        at = {start: (start, end, label) for start, end, label in entities}
        tagged = {i for start, end, _ in entities for i in range(start, end)}
        nations = [(s, e) for s, e, label in entities if label == "GPE" and self._is_nation(s, e)]
        changed = False
        while nations:
            start, end = nations.pop()
            after = end + (end < len(lower) and lower[end] == ",")
            after += after < len(lower) and lower[after] in ("and", "or")
            before = start - (start > 0 and lower[start - 1] in ("and", "or"))
            before -= before > 0 and lower[before - 1] == ","
            sides = (
                [(after, after + size) for size in (3, 2, 1) if after > end],
                [(before - size, before) for size in (3, 2, 1) if before < start],
            )
            for side in sides:
                for first, last in side:
                    if first < 0 or last > len(lower) or not self._is_nation(first, last):
                        continue
                    entity = at.get(first)
                    person = entity is not None and entity[1:] == (last, "PERSON")
                    if not person and any(i in tagged for i in range(first, last)):
                        continue  # "Niger" tagged as a person in a list of countries, or none
                    if not all(self._is_capitalised(i) for i in range(first, last)):
                        continue
                    at[first] = (first, last, "GPE")
                    tagged.update(range(first, last))
                    nations.append((first, last))
                    changed = True
                    break
        return sorted(at.values()) if changed else entities

    def _untagged_short_names(self, tagged: set[int]) -> list[tuple[int, int, str]]:
        """Add an organisation named again by its first word: "Lumen Technologies ... Lumen".

        A capitalised proper noun (or a bare noun the tagger took it for) outside any
        entity, alone (no proper noun on either side), that is the first word of an
        organisation of two or three capitalised words named before it, and the word of
        no person's name.
        """
        found = []
        pos = self.pos
        for i in self._capitalised_at:
            if i < 1 or i in tagged or pos[i] not in ("PROPN", "NOUN"):
                continue
            if pos[i - 1] == "PROPN" or (i + 1 < len(pos) and pos[i + 1] == "PROPN"):
                continue
            # the tagger may take the name opening a sentence for a plural ("Lumen rejected")
            if pos[i] == "NOUN" and not self._bare_noun(i):
                continue
            if self._company_first_word(i, i + 1) and self._plain_company_before(i):
                found.append((i, i + 1, "ORG"))
        return found

    def _one_body(self, first: tuple[int, int, str], second: tuple[int, int, str]) -> bool:
        """Whether two organisations the model cut apart are one body's name.

        "[the UN Office] for [the Coordination of Humanitarian Affairs]": a body's word, then
        "for" or "of"; "[International Federation of Red Cross] and [Red Crescent
        Societies]": a name with "of", then "and" and bodies in the plural; "[the Canadian
        Security] and [Intelligence Service]": the first one's last word, before "and",
        qualifies the second one's noun (not "[Microsoft] and [Google]").
        """
        if first[2] != "ORG" or second[2] != "ORG":
            return False
        lower = self.lower
        between = lower[first[1] : second[0]]
        last_first = first[1] - 1
        if between == [] and lower[last_first] == "and" and last_first > first[0]:
            between, last_first = ["and"], last_first - 1  # "[the Canadian Security and]"
        if between == ["and"] and self._qualifies_body(last_first, second):
            return True
        heads = self.lexicon.organization_heads
        if between in (["for"], ["of"], ["for", "the"], ["of", "the"]):
            return lower[first[1] - 1] in heads and self._is_capitalised(first[1] - 1)
        if between != ["and"] or "of" not in lower[first[0] : first[1]]:
            return False
        last = lower[second[1] - 1]
        return lower[second[0]] != "the" and (
            (last.endswith("ies") and f"{last[:-3]}y" in heads)
            or (last.endswith("s") and last[:-1] in heads)
        )

    def _body_named_whole(self, first: tuple[int, int, str], second: tuple[int, int, str]) -> bool:
        """Whether two names side by side are the words of a body the text names whole.

        "Doncaster Royal Infirmary said ... a spokesman for [Doncaster] [Royal Infirmary]":
        one of them tagged as a person's, and the model's organisation elsewhere has exactly
        the two names' words, in order.
        """
        if first[1] != second[0] or "PERSON" not in (first[2], second[2]):
            return False  # "[Afghan] [Taliban]": a nation's word, and no person, stay apart
        words = self.lower[first[0] : second[1]]
        return any(
            label == "ORG"
            and end - start == len(words) + (self.lower[start] == "the")
            and self.lower[end - len(words) : end] == words
            # another mention, not the model's entity these two were cut from
            and (end <= first[0] or start >= second[1])
            for start, end, label in self.original
        )

    def _qualifies_body(self, i: int, body: tuple[int, int, str]) -> bool:
        """Whether the capitalised word at ``i`` qualifies the noun of ``body``'s name.

        The parser hangs "Security" of "Canadian Security and Intelligence Service" on
        "Service", joined to "Intelligence" by "and", and "Service" is a body's noun: one
        name, not two bodies.
        """
        token = self.tokens[i]
        start, end, _ = body
        return (
            self._is_capitalised(i)
            and token.dep_ in ("nmod", "compound", "amod")
            and start <= token.head.i < end
            and self.lower[start] != "the"
            # a body's noun ends the name, and the word is none: "[Apple Music] and
            # [Spotify Premium]", "[Acme Group] and [Intelligence Service]" are two
            and self.lower[end - 1] in self.lexicon.organization_heads
            and self.lower[i] not in self.lexicon.organization_heads
            and any(t.dep_ == "conj" and t.head.i == i for t in self.tokens[start:end])
        )

    def _team_by_plural(self, start: int, end: int) -> bool:
        """Whether a one-word plural name after "the" or a nation's possessive is a team's.

        "the Lionesses", "England's Lionesses", "the Matildas": a proper noun in the plural
        names no one person (the parser need read only one of its mentions so), when the text
        has it do or own something somewhere. Not a family of a person the text names
        ("Barack Obama ... the Obamas"), nor a title.
        """
        if end - start != 1 or start == 0:
            return False
        token = self.tokens[start]
        word = self.lower[start]
        if not word.endswith("s") or not self._is_capitalised(start):
            return False
        if token.tag_ != "NNPS" and not any(
            other.tag_ == "NNPS" and other.lower_ == word for other in self.tokens
        ):
            return False  # the parser may read one of them in the singular
        if not any(
            other.lower_ == word and other.dep_ in ("nsubj", "nsubjpass", "poss")
            for other in self.tokens
        ):
            return False  # "captured the city from the Jebusites": a people, no team
        if _key(word) in self.lexicon.titles or word in self.lexicon.group_nouns:
            return False
        before = self.lower[start - 1]
        if before in ("'s", "\u2019s"):
            if self._country_of_range(start - 2, start - 1) is None:
                return False
        elif before != "the":
            return False
        stems = {word[:-1], word[:-2]}
        return not any(
            label == "PERSON" and s != start and stems & set(self.lower[s:e])
            for s, e, label in self.original
        )

    @functools.cached_property
    def _plural_subjects(self) -> frozenset[tuple[str, ...]]:
        """One-word names tagged as persons that are the subject of a verb in the plural.

        "McLaren now lead the standings", "Ferrari have won": no one person "lead" or
        "have", so the name is a team's or a company's wherever the text names it. Not a
        name the text gives a first name, a title or "he" or "she" ("Vance ... Vance
        lead"), nor one joined by "and", nor a verb whose present is its past ("Smith
        cut the ribbon").
        """
        lexicon = self.lexicon
        people = {
            word
            for s, e, label in self.original
            if label == "PERSON" and e - s > 1
            for word in self.lower[s:e]
        }
        found: set[tuple[str, ...]] = set()
        for s, e, label in self.original:
            word = self.lower[s]
            if label != "PERSON" or e - s != 1 or word in people:
                continue
            if lexicon.is_first_name(word):
                continue
            if not self._plural_subject(s, e, least=1) or self._titled_name_start(s):
                continue
            verb = self.tokens[s].head
            if verb.tag_ == "VBP" and verb.lower_ in _SAME_PAST_VERBS:
                continue  # "Smith cut the ribbon": the past, read as the present
            found.add((word,))
        return frozenset(found)

    def _plural_subject(self, start: int, end: int, least: int = 2) -> bool:
        """Whether a name of ``least`` words or more is the subject of a verb in the plural.

        "Blackburn Rovers have received a bid": no one person "have"; names joined by
        "and" ("Biden and Xi have met") are no such name.
        """
        sentence_start, _ = self._sentence_bounds(start)
        before = range(max(sentence_start, start - 4), end)  # "Trump and Saudi King Salman"
        if end - start < least or any(self.lower[i] in ("and", "&") for i in before):
            return False
        head = self.tokens[self._head(start, end)]
        if head.dep_ not in SUBJECT_DEPS or head.tag_ not in ("NNP", "NNPS"):
            return False
        if any(child.dep_ in ("conj", "cc") for child in head.children):
            return False
        verb = head.head
        return verb.tag_ == "VBP" or any(
            child.dep_ in ("aux", "auxpass") and child.tag_ == "VBP" for child in verb.children
        )

    def _names_before(self, i: int, tagged: set[int]) -> int:
        """Where the run of up to three capitalised proper nouns right before ``i`` starts.

        Only words outside ``tagged`` (the tokens of entities); ``i`` when there is none.
        """
        start = i
        while (
            start > 0
            and i - start < 3
            and start - 1 not in tagged
            and self.pos[start - 1] == "PROPN"
            and self._is_capitalised(start - 1)
        ):
            start -= 1
        return start

    def _names_from(self, i: int, tagged: set[int]) -> int:
        """Where the run of up to three capitalised proper nouns from ``i`` on ends."""
        end = i
        while (
            end < len(self.lower)
            and end - i < 3
            and end not in tagged
            and self.pos[end] == "PROPN"
            and self._is_capitalised(end)
        ):
            end += 1
        return end

    def _identified_as(self, start: int) -> bool:
        """Whether a name follows "identified (only) as", "known only as", "named only as"."""
        lower = self.lower
        if start < 2 or lower[start - 1] != "as":
            return False
        verb = start - 2
        if lower[verb] == "only" and verb > 0:
            return lower[verb - 1] in _IDENTIFYING_VERBS  # "known only as", "named only as"
        if start < len(lower) and self.pos[start] == "PROPN" and lower[verb] == "identified":
            # "identified as Farida", not "identified as Chelsea's new manager"
            end = start
            while end < len(lower) and self.pos[end] == "PROPN":
                end += 1
            return end == len(lower) or self.pos[end] not in ("NOUN", "PROPN", "PART")
        return False

    def _untagged_identified(self, tagged: set[int]) -> list[tuple[int, int, str]]:
        """Add the person the model missed after "identified only as": "as Farida"."""
        found = []
        for i in range(2, len(self.lower)):
            if i in tagged or self.lower[i - 1] != "as" or not self._identified_as(i):
                continue
            end = self._names_from(i, tagged)
            if end > i and self._name_like(i, end):
                found.append((i, end, "PERSON"))
        return found

    def _place_after_in(self, start: int, end: int, label: str) -> bool:
        """Whether a name tagged as a person or an organisation is where something happens.

        "three people were killed in Khan Younis", "stationed mainly in Baja California,
        Sonora and Chihuahua": the object of "in" after a verb, or a name joined by "and" or a
        comma to such an object, that no person of the text is named by, with no title
        before it; for an organisation, a known place only (an ISO 3166-2 subdivision's
        name: "stationed in Sonora"). Not what one believes or trusts in ("believe in
        Mandela").
        """
        head = self.tokens[end - 1]
        while head.dep_ == "conj" and head.head.i < head.i:
            head = head.head
        if head.dep_ != "pobj" or head.head.lower_ != "in":
            return False
        verb = head.head.head
        if verb.pos_ not in ("VERB", "AUX") or verb.lemma_.casefold() in _IN_PERSON_VERBS:
            return False
        if self._titled_name_start(start):
            return False
        known = self._is_known_place(start, end)
        if not known and label != "PERSON":
            return False
        if known and end - start == 1 and not self._is_capitalised(start):
            return False
        words = set(self.lower[start:end])
        return not any(
            tag == "PERSON" and (s, e) != (start, end) and words & set(self.lower[s:e])
            for s, e, tag in self.original
        )

    def _group_of_body(self, start: int, end: int) -> bool:
        """Whether a name tagged as a person ends with a plural group noun: "[Labour MPs]".

        The words before the noun name the body the group belongs to (no country).
        """
        token = self.tokens[end - 1]
        text: str = token.text
        return (
            end - start >= 2
            # written as a common noun or a plural of initials: "MPs", not "Tom Partners"
            and (text.islower() or text[:-1].isupper())
            and token.tag_ in ("NNS", "NNPS", "NNP")
            and _key(self.lower[end - 1]) in self.lexicon.group_nouns
            and all(self._is_capitalised(i) for i in range(start, end - 1))
            and self._country_of_range(start, end - 1) is None
        )

    def _hyphenated_name_before_acronym(self, start: int, end: int) -> int | None:
        """Return where a name goes on to, which hyphenated words and an acronym say is longer.

        "The Pakistan Tehreek-e-Insaf (PTI)": the model tags the country alone, and the
        parse may take the first part of the hyphenated word for a person. Capitalised
        words glued by hyphens, with lower-case particles between ("-e-", "-ul-"), right
        after the entity and up to an acronym in brackets that their capitals and the
        entity's spell make one name. Without a hyphenated word the model's cut stands.
        """
        lower = self.lower
        if "(" not in lower[end : end + 11]:
            return None  # no bracket where the run of words after the name may end
        j = end
        hyphenated = False
        while j < len(lower) and j - end < 10:
            token = self.tokens[j]
            if token.text in WORD_DASHES and self._glued(j):
                hyphenated = True
            elif not (
                (self._is_capitalised(j) and token.is_alpha)
                or (token.is_alpha and token.text.islower() and j > end and self._glued(j))
            ):
                break
            j += 1
        if not hyphenated or self._acronym_in_brackets(j) is None:
            return None
        if self.tokens[j - 1].text in WORD_DASHES or self.tokens[j - 1].text.islower():
            return None
        if any(s < j and e > end for s, e, _ in self.original):
            return None  # a word of the run is another name
        acronym = self.tokens[j + 1].text
        letters = "".join(
            self.tokens[i].text[0]
            for i in range(start, j)
            if self.tokens[i].text[:1].isupper() and lower[i] != "the"
        )
        return j if letters == acronym else None

    def _no_body_named(self, first: int, close: int) -> bool:
        """Whether a name with its acronym in brackets names a thing, not a body.

        "a Long Range Acoustic Device (LRAD)": after "a"; "the Deferred Action for Childhood
        Arrivals (DACA) policy": before a lower-case noun it is the name of.
        """
        if first > 0 and self.lower[first - 1] in ("a", "an"):
            return True
        after = close + 1
        return after < len(self.lower) and self.pos[after] == "NOUN" and self.words[after].islower()

    def _place_in_name_before_acronym(self, start: int, end: int) -> int | None:
        """Return where a body's name cut before "in", "for" or "of" and a place ends.

        "The UN Assistance Mission in Afghanistan (UNAMA)", "the African Union Transition
        Mission in Somalia (ATMIS)": the model ends the name before the place, which the
        acronym in brackets right after spells too. One to three capitalised words after
        the small word, then the acronym, of three to six capitals, whose last letter is
        the initial of the last of them and which the name's words spell in order (see
        :func:`_spells_name`); not when the name before the small word spells it alone
        ("the World Food Programme in Somalia (WFP)": its office there).
        """
        lower = self.lower
        if end + 4 >= len(lower) or lower[end] not in ("in", "for", "of", "on"):
            return None
        j = end + 1
        while j < min(end + 4, len(lower)) and self.tokens[j].is_alpha and self._is_capitalised(j):
            j += 1
        if j == end + 1 or j + 2 >= len(lower) or lower[j] != "(" or lower[j + 2] != ")":
            return None
        acronym = self.words[j + 1]
        if not (acronym.isalpha() and acronym.isupper() and 3 <= len(acronym) <= 6):
            return None
        first = start + (lower[start] == "the")
        if acronym[-1] != self.words[j - 1][0] or acronym[0] != self.words[first][0]:
            return None
        cut = tuple(self.words[first:end])
        if _spells_name(acronym, cut) or not _spells_name(acronym, tuple(self.words[first:j])):
            return None
        return j

    def _spelled_by_acronym_after(self, start: int, end: int) -> int | None:
        """Return where a name whose initials the acronym in brackets after it spells starts.

        "Hayat Tahrir al-Sham (HTS) led the offensive": a person has no acronym; the model
        may leave the name's first capitalised word out, which the initials take back.
        """
        if self._acronym_in_brackets(end) is None:
            return None
        acronym = self.words[end + 1]
        for first in (start, start - 1):
            if first < 0 or (
                first < start and (first in self.entity_at or not self._is_capitalised(first))
            ):
                continue
            letters = "".join(
                self.words[i][0] for i in range(first, end) if self.words[i][:1].isupper()
            )
            if letters == acronym:
                return first
        return None

    def _travelled_to(self, start: int, end: int) -> bool:
        """Whether a name is where someone travels: "travel to Ravenna", "arrived in Ravenna".

        The object of "to" after a verb of travel, or of "in" after "arrive": no one goes
        to a person.
        """
        head = self.tokens[end - 1]
        if head.dep_ != "pobj" or head.head.lower_ not in ("to", "in"):
            return False
        verb = head.head.head
        lemma = verb.lemma_.casefold()
        if head.head.lower_ == "in":
            return lemma == "arrive"
        if verb.pos_ != "VERB" or lemma not in _TRAVEL_VERBS:
            return False
        # someone travels, not a thing ("The long ball flew to Saka")
        return any(
            child.dep_ == "nsubj" and (child.pos_ in ("PROPN", "PRON") or self._people_word(child))
            for child in verb.children
        )

    @staticmethod
    def _person_possessor(token: Token) -> bool:
        """Whether a possessor may be a person's: "his", "her", "Wang Yi's"; not "its"."""
        if token.pos_ == "PRON":
            return token.lower_ != "its"
        return token.pos_ == "PROPN" and token.ent_type_ == "PERSON"

    def _lone_country(self, i: int) -> bool:
        """Whether a one-word name is a country's, never a word of a longer name in the text.

        "Malawi said": the country; "Michael Jordan ... Jordan said": the man.
        """
        if self._is_nation(i, i + 1) is False:
            return False
        word = self.lower[i]
        return not any(
            end - start > 1 and word in self.lower[start:end]
            for start, end, label in self.original
            if label == "PERSON"
        )

    def _person_noun(self, i: int) -> bool:
        """Whether word ``i`` is "counterpart" or a title in lower case: a person's noun."""
        lower = self.lower
        return (
            self.pos[i] == "NOUN"
            and self.tokens[i].is_lower
            and (lower[i] == "counterpart" or lower[i] in self.lexicon.titles)
        )

    def _name_after_complement(self, start: int, end: int) -> bool:
        """Whether an organisation's tag is a name after a capitalised title's complement.

        "Foreign Minister of Iran [Abbas Araghchi]", "Special Envoy for Syria [Geir
        Pedersen]": a country or organisation just before the entity, "of", "for" or "to"
        before it, and a capitalised title of the lexicon before that.
        """
        if start < 2 or self.tokens[start - 1].ent_type_ not in ("GPE", "ORG"):
            return False
        if not self._name_like(start, end):
            return False
        owner = start - 1  # the model's entities: the repaired ones are not known yet
        while owner > 0 and self.tokens[owner].ent_iob_ == "I":
            owner -= 1
        preposition = owner - 1 - (owner > 0 and self.lower[owner - 1] == "the")
        if preposition < 1 or self.lower[preposition] not in ("of", "for", "to"):
            return False
        lexicon = self.lexicon
        title = self._core_ending_at(preposition - 1, 0, lexicon.titles, lexicon.longest_title)
        return title is not None and self._is_capitalised(title)

    def _name_of_counterpart(self, start: int, end: int) -> bool:
        """Whether an organisation's tag is a person's name in apposition to a person's noun.

        "her Indonesian counterpart [Retno Marsudi]", "his counterpart, [Retno Marsudi],":
        two or three capitalised proper nouns, the last in apposition to "counterpart" or a
        title in lower case before them, none a word that heads organisations' names, and no
        known organisation, country or place.
        """
        last = self.tokens[end - 1]
        if not 2 <= end - start <= 3 or last.dep_ != "appos" or last.head.i >= start:
            return False
        if not self._person_noun(last.head.i) or start - last.head.i > 2:
            return False
        if any(
            child.dep_ == "poss" and not self._person_possessor(child)
            for child in last.head.children
        ):
            # "Lufthansa's French counterpart, Air France": a company's; but "Wang Yi's
            # Indonesian counterpart, Retno Marsudi" is a person's
            return False
        lexicon = self.lexicon
        return (
            all(
                self.pos[i] == "PROPN" and self.tokens[i].is_alpha and self._is_capitalised(i)
                for i in range(start, end)
            )
            and not any(self.lower[i] in lexicon.organization_heads for i in range(start, end))
            and _key("".join(self.lower[start:end])) not in lexicon.organizations
            and self._country_of_range(start, end) is None
            and not self._is_known_place(start, end)
        )

    def _untagged_titled_names(self, tagged: set[int]) -> list[tuple[int, int, str]]:
        """Add a name the model missed right after a title: "his Indian counterpart Piyush Goyal".

        Two or three capitalised proper nouns outside any entity, right after a title word
        in lower case ("counterpart", "minister"), the last the head of the name and in
        apposition to the title, no place, are a person.
        """
        found = []
        lower = self.lower
        # Only "counterpart" and the lexicon's titles are person's nouns.
        candidates = sorted(
            {*self._positions_of(self.lexicon.titles), *self._positions.get("counterpart", ())}
        )
        for i in candidates:
            if i >= len(lower) - 2:
                break
            if i in tagged or not self._person_noun(i):
                continue
            end = i + 1
            while (
                end < len(lower)
                and end - i <= 3
                and end not in tagged
                and self.pos[end] == "PROPN"
                and self.tokens[end].is_alpha
                and self._is_capitalised(end)
            ):
                end += 1
            if not 2 <= end - i - 1 <= 3 or (end < len(lower) and self.pos[end] == "PROPN"):
                continue
            last = self.tokens[end - 1]
            if last.dep_ != "appos" or last.head.i != i:
                continue
            if self._country_of_range(i + 1, end) is not None or self._is_known_place(i + 1, end):
                continue
            found.append((i + 1, end, "PERSON"))
        return found

    def _ends_title(self, start: int, end: int) -> bool:
        """Whether an entity of one word ends a capitalised title begun before it.

        "Minister of [State]", "Secretary of [State]" before a name: the title of the
        lexicon ends with the entity's word, and a capitalised word opens it.
        """
        if end - start != 1 or end >= len(self.lower) or self.pos[end] != "PROPN":
            return False
        lexicon = self.lexicon
        title_start = self._core_ending_at(start, 0, lexicon.titles, lexicon.longest_title)
        return (
            title_start is not None
            and title_start < start
            and self._is_capitalised(title_start)
            and self.lower[start - 1] == "of"
        )

    def _portfolio(self, start: int, end: int) -> bool:
        """Whether an entity is a portfolio of a title, no organisation of its own.

        "Minister for [Law] and Justice", "Secretary of [Commerce]", "Minister of Labour and
        [Solidarity]" (one word after a title and "for" or "of"); "[Kazakh Industry]
        Minister" (a nationality and a portfolio before the title).
        """
        lexicon = self.lexicon
        if (
            end < len(self.lower)
            and _key(self.lower[end]) in lexicon.titles
            and self._is_capitalised(end)
            and _key("".join(self.lower[start + 1 : end])) in lexicon.portfolios
            and self._country_match(self.words[start]) is not None
        ):
            return True  # "[Kazakh Industry] Minister Daniyar Temirbekov": a nation's office
        if end - start != 1 or start < 2:
            return False
        # "Minister of Labour and [Solidarity]": the last word of a portfolio of several
        joint = start - 1
        while (
            joint > 1
            and (
                self.lower[joint] in ("and", "&", ",")
                or (self._is_capitalised(joint) and self.lower[joint] not in ("for", "of"))
            )
            and start - joint < 5
        ):
            joint -= 1
        if self.lower[joint] not in ("for", "of") or joint < 1:
            return False
        title_start = self._core_ending_at(joint - 1, 0, lexicon.titles, lexicon.longest_title)
        return (
            title_start is not None
            and self._is_capitalised(title_start)
            and self._is_capitalised(joint - 1)
        )

    def _plain_company_before(self, i: int) -> bool:
        """Whether an organisation of two or three capitalised words opens with word ``i``.

        "Lumen Technologies", not "Police National/Handout/EPA" or "Way of Sorrows"; the
        first word no title, group, institution or country ("Taliban Attack ...").
        """
        word = self.lower[i]
        lexicon = self.lexicon
        if (
            _key(word) in lexicon.titles
            or word in lexicon.group_nouns
            or word in lexicon.institutions
            or self._country_match(self.words[i]) is not None
        ):
            return False
        return any(
            label == "ORG"
            and 2 <= e - s <= 3
            and e <= i
            and self.lower[s] == word
            and all(self.tokens[k].is_alpha and self.tokens[k].is_title for k in range(s, e))
            for s, e, label in self.original
        ) or self._nation_named_before(i, word)

    def _untagged_institutions(
        self, entities: list[tuple[int, int, str]], tagged: set[int]
    ) -> list[tuple[int, int, str]]:
        """Add the institutions the model missed after "the": "the European Central Bank".

        One to four capitalised proper nouns outside any entity, right after "the", the last
        a word of the lexicon's ``organization_heads`` and the first no known place of its
        are an organisation ("the Federal Reserve Board"; not "the Bank", a name of one
        word).
        """
        heads = self.lexicon.organization_heads
        lower = self.lower
        found = []
        for i in range(2, len(lower)):
            if i in tagged or lower[i] not in heads or self.pos[i] != "PROPN":
                continue
            if not self._is_capitalised(i) or (i + 1 < len(lower) and self.pos[i + 1] == "PROPN"):
                continue  # "the Bank Holding Act": the head is further on
            start = self._names_before(i, tagged)
            if start == i or start == 0 or lower[start - 1] != "the":
                continue
            found.append((start, i + 1, "ORG"))
        return found

    def _untagged_sources(self, entities: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
        """Add the sources the model missed that "according to" names: "according to Opta".

        One to three capitalised proper nouns outside any entity right after "according to",
        ending there or before a word for data ("according to LSEG data"), neither a known
        place nor a name that opens with a first name, are an organisation.
        """
        lower = self.lower
        tagged = {i for start, end, _ in entities for i in range(start, end)}
        lexicon = self.lexicon
        found = []
        for k in range(2, len(lower)):
            if lower[k - 1] != "to" or lower[k - 2] != "according":
                continue
            # "according to state news agency INA": past the words that say what it is
            i = k
            while (
                i < len(lower)
                and i - k < 4
                and self.tokens[i].is_lower
                and lower[i] in _OUTLET_WORDS
            ):
                i += 1
            if i in tagged:
                continue
            end = self._names_from(i, tagged)
            if end == i:
                continue
            if end < len(lower) and self.pos[end] in ("NOUN", "PROPN"):
                if lower[end] not in _SOURCE_NOUNS:
                    continue  # "according to Opta Sports officials": no name of a source
            elif any(self.pos[j] != "PROPN" for j in range(i, end)):
                continue
            if lexicon.is_first_name(lower[i]):
                continue
            if self._country_of_range(i, end) is not None or self._is_known_place(i, end):
                continue
            found.append((i, end, "ORG"))
        return found

    def _hyphen_between(self, first: tuple[int, int, str], second: tuple[int, int, str]) -> bool:
        """Whether two person entities are one name cut at a hyphen: "[Kassym]-[Jomart Tokayev]"."""
        if first[2] != "PERSON" or second[2] != "PERSON" or second[0] != first[1] + 1:
            return False
        hyphen = self.tokens[first[1]]
        return (
            hyphen.text == "-"
            and not self.tokens[first[1] - 1].whitespace_
            and not hyphen.whitespace_
            and self._is_capitalised(second[0])
        )

    def _one_name(self, first: tuple[int, int, str], second: tuple[int, int, str]) -> bool:
        """Whether two adjacent person entities are one name the model cut in two.

        "[Rustem] [Umerov]": one space between them, both capitalised, the first a word of
        the second's name in the parse, and the first not tagged alone elsewhere in the
        doc (not "the [Trump] [Putin] summit"); or the second opens with a particle
        ("[Prince Abdulaziz] [bin Salman]").
        """
        if first[2] != "PERSON" or second[2] != "PERSON" or first[1] != second[0]:
            return False
        if self.lower[second[0]] in NAME_PARTICLES and second[1] - second[0] > 1:
            # "[Prince Abdulaziz] [bin Salman]": a particle opens no name of its own
            return self.tokens[first[1] - 1].whitespace_ == " "
        last = self.tokens[first[1] - 1]
        if last.whitespace_ != " " or not last.is_alpha or not last.text[:1].isupper():
            return False
        if not self._is_capitalised(second[0]) or self._is_possessive(first[1] - 1):
            return False
        if not second[0] <= last.head.i < second[1]:
            return False
        return not self._tagged_alone(first[0], first[1])

    def _surname_tagged_apart(
        self, first: tuple[int, int, str], second: tuple[int, int, str]
    ) -> bool:
        """Whether a word tagged as no person right after a person's name is its last word.

        "[Ana Beatriz] [Costa]" with "Costa" taken for an organisation: a name of two words
        or more, one space, then one capitalised proper noun that the parse makes the
        name's head, which is neither a place, a country nor a word of organisations (the
        model may tag "Costa" alone as an organisation elsewhere too).
        """
        if first[2] != "PERSON" or second[2] == "PERSON" or first[1] != second[0]:
            return False
        if first[1] - first[0] < 2 or second[1] - second[0] != 1:
            return False
        i = second[0]
        token = self.tokens[i]
        return (
            self.tokens[i - 1].whitespace_ == " "
            and token.pos_ == "PROPN"
            and token.is_alpha
            and token.is_title
            and all(self.tokens[j].head.i == i for j in range(first[0], first[1]))
            and self.lower[i] not in self.lexicon.institutions
            and _key(self.lower[i]) not in self.lexicon.organization_descriptors
            and self._country_of_range(i, i + 1) is None
            and not self._is_known_place(i, i + 1)
        )

    def _party_word_apart(self, first: tuple[int, int, str], second: tuple[int, int, str]) -> bool:
        """Whether an organisation's word is the first of a party's adjective before a title.

        "the [Liberal] [Democrat] MP Sarah Olney": one word tagged as an organisation, one
        space, then a word of a nation or party, itself a word of the title after it, on which
        (or on whose title) the parse hangs the first.
        """
        if first[2] != "ORG" or second[2] != "NORP" or first[1] != second[0]:
            return False
        if first[1] - first[0] != 1 or second[1] - second[0] != 1:
            return False
        word, party = self.tokens[first[0]], self.tokens[second[0]]
        return (
            word.whitespace_ == " "
            and word.is_alpha
            and party.head.i > party.i
            and word.head.i in (party.i, party.head.i)
            and self._is_title_word(party.head.i)
        )

    def _first_name_taken_apart(self, start: int, end: int, label: str) -> bool:
        """Whether a first name tagged as no person is a name's, with the surname after it.

        "[Clare] Foges argued", "Clare" taken for an organisation (or a county): one word, a
        first name of the lexicon and no country, not tagged alone elsewhere, before an
        untagged surname (see :meth:`_surname_after`) that names no body nor place.
        """
        if label not in ("ORG", "GPE", "LOC", "NORP") or end - start != 1:
            return False
        after = end
        if after >= len(self.tokens) or not self._surname_after(start, end):
            return False
        lexicon = self.lexicon
        word = self.lower[after]
        return (
            self.tokens[start].is_title
            and self._country_of_range(start, end) is None
            and not self._tagged_alone(start, end)
            and word not in lexicon.institutions
            and word not in lexicon.organization_heads
            and _key(word) not in lexicon.organization_descriptors
            and self._country_of_range(after, after + 1) is None
            and not self._is_known_place(after, after + 1)
            and not (after + 1 < len(self.tokens) and self._is_capitalised(after + 1))
        )

    def _first_name_tagged_apart(
        self, first: tuple[int, int, str], second: tuple[int, int, str]
    ) -> bool:
        """Whether a first name tagged as no person right before a person's name opens it.

        "[Clare] [Foges]" with "Clare" taken for an organisation (or a county): one word, a
        first name of the lexicon and no country, one space, then a person's name of one or
        two words of which the parse makes it a word, and not tagged alone elsewhere.
        """
        if first[2] not in ("ORG", "GPE", "LOC", "NORP") or second[2] != "PERSON":
            return False
        if first[1] != second[0] or first[1] - first[0] != 1 or second[1] - second[0] > 2:
            return False
        i = first[0]
        token = self.tokens[i]
        return (
            token.whitespace_ == " "
            and token.is_alpha
            and token.is_title
            and self.lexicon.is_first_name(self.lower[i])
            and second[0] <= token.head.i < second[1]
            and self._is_capitalised(second[0])
            and self._country_of_range(i, i + 1) is None
            and not self._tagged_alone(i, i + 1)
        )

    def _first_name_before(self, start: int, end: int, free: int) -> bool:
        """Whether the word before a person's span is the first word of the name.

        "Defence Minister Rustem [Umerov]": a capitalised proper noun outside any entity
        (at or after ``free``), one space before the span, a word of the name in the
        parse, that may be a name's word (no title, country or place), with no other
        capitalised word but a title before it ("Minority Whip [Hoyer]"), and not tagged
        alone elsewhere in the doc ("Bagram ... 2014 Bagram [Airfield] bombing").
        """
        before = start - 1
        words = end - start
        if words == 3 and self._hyphenated_given_name(start, end):
            words = 1  # "Son [Heung-min]": a Korean given name of two syllables is one word
        if before < free or words > 2 or self.pos[before] != "PROPN":
            return False
        token = self.tokens[before]
        if token.whitespace_ != " " or not start <= token.head.i < end:
            return False
        if not self._name_like(before, start) and not self._given_name_after_title(before):
            return False  # (but "Governor Sheriff [Oborevwori]": a first name)
        lexicon = self.lexicon
        if (
            before > 0
            and not self._is_title_word(before - 1)
            and self._core_ending_at(before - 1, 0, lexicon.titles, lexicon.longest_title) is None
        ):
            previous = self.tokens[before - 1]
            if previous.like_num or (previous.is_alpha and previous.text[:1].isupper()):
                return False
            if previous.lower_ in ("of", "for") and before > 1:
                # "Chancellor of the Duchy of Lancaster [Pat McFadden]": the end of a title
                # or a name, not the first word of the person's
                named = self.tokens[before - 2]
                if named.is_alpha and named.text[:1].isupper():
                    return False
        return not self._tagged_alone(before, start)

    @functools.cached_property
    def _place_body_positions(self) -> list[int]:
        """The tokens that are words of a public body's name (``_PLACE_BODY_WORDS``)."""
        return self._positions_of(_PLACE_BODY_WORDS)

    def _body_named_before_place(self, start: int, end: int, label: str, free: int) -> int | None:
        """Return where a body's name starts that a place closes, if one does.

        "Police [Scotland] confirmed", "Public Health [England] said", "Transport for
        [London] said", "[Historic England] listed" (as a person or a building): one to three
        capitalised words right before a country or a region, or before "for" and one, with
        a word of a public body's among them ("police", "health", "transport", "sport",
        "historic"), make one organisation's name with it. The words stand outside any entity before
        (from ``free``), in the same sentence, one space apart; not in a headline in title
        case, nor a title ("Health Secretary"). ``label`` is the model's for the words, or
        empty where it tagged none; a place it did not tag as one must be a known one.
        """
        if label not in ("GPE", "LOC", "PERSON", "FAC", ""):
            return None
        place = end - 1 if label in ("PERSON", "FAC") else start
        bodies = self._place_body_positions
        near = bisect.bisect_left(bodies, place - 4)
        if near == len(bodies) or bodies[near] >= place:
            return None  # no word of a public body's in the four words the name may take
        if self._in_title_case_headline(end):
            return None
        if end - place > 2 or not all(self._is_capitalised(i) for i in range(place, end)):
            return None
        if label not in ("GPE", "LOC") and not (
            self._is_known_place(place, end) or self._country_of_range(place, end) is not None
        ):
            return None
        first = place
        if first - 1 >= free and self.lower[first - 1] == "for":
            first -= 1  # "Transport for [London]"
            if self.tokens[first].is_sent_start:
                return None
        longest = 3 + (first < place)
        while (
            first > free
            and place - first < longest
            and self.tokens[first - 1].is_alpha
            and self._is_capitalised(first - 1)
            and self.tokens[first - 1].whitespace_ == " "
            and (self.lower[first - 1] in _PLACE_BODY_WORDS or not self._is_title_word(first - 1))
        ):
            first -= 1
            if self.tokens[first].is_sent_start:
                break
        if self.lower[first] == "for" or not any(
            self.lower[i] in _PLACE_BODY_WORDS for i in range(first, place)
        ):
            return None
        if any(self.tokens[i].whitespace_ != " " for i in range(first, end - 1)):
            return None
        return first

    def _clubs(self, entities: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
        """Return the entities with the clubs of a match's score made organisations.

        A side in a score ("[Brighton] drew 1-1 with [Leeds]") is a club, whatever the model
        tagged it, and so is the same name elsewhere ("[Brighton] manager Fabian Hurzeler"),
        but where it is a place after "in", "from" or "near" ("a fan from Brighton").
        """
        found = [
            (start, end)
            for start, end, label in entities
            if label in ("PERSON", "GPE", "NORP", "ORG")
            and (self._side_in_score(start, end) or self._club_of_sports_story(start, end, label))
        ]
        sides = {tuple(self.lower[start:end]) for start, end in found}
        if not sides:
            return entities
        entities = [
            (start, end, "ORG")
            if label in ("PERSON", "GPE", "NORP")
            and tuple(self.lower[start:end]) in sides
            and (start == 0 or self.lower[start - 1] not in ("in", "from", "near", "of"))
            else (start, end, label)
            for start, end, label in entities
        ]
        # "Manchester United ... the Red Devils": a club named by its town or its words,
        # then a nickname in the plural, which says no more which club than "the club"
        if not any(
            not self.lower[end - 1].endswith("s") and self._country_of_range(start, end) is None
            for start, end in found
        ):
            return entities
        return [
            entity for entity in entities if not self._club_nickname(*entity, entities=entities)
        ]

    def _club_nickname(
        self, start: int, end: int, label: str, *, entities: list[tuple[int, int, str]]
    ) -> bool:
        """Whether a name after "the" is a club's nickname in the plural: "the Gunners".

        Capitalised words ending in one in the plural, which no known organisation, group
        noun, title or people is, and no word of which another name holds ("the Warriors"
        after "Golden State Warriors" is that club's short name).
        """
        if label not in ("ORG", "PERSON", "NORP"):
            return False
        first = start + (self.lower[start] == "the")
        if first == 0 or self.lower[first - 1] != "the" or end - first > 3 or first >= end:
            return False
        words = self.lower[first:end]
        last = words[-1]
        if not last.endswith("s") or not all(self._is_capitalised(i) for i in range(first, end)):
            return False
        if not any(t.lower_ == last and t.tag_ == "NNPS" for t in self.tokens):
            return False
        lexicon = self.lexicon
        if (
            _key("".join(words)) in lexicon.organizations
            or last in lexicon.group_nouns
            or _key(last) in lexicon.titles
            or last in lexicon.organization_heads
            or self._country_of_range(first, end) is not None
        ):
            return False
        return not any(
            (s, e) != (start, end) and set(words) & set(self.lower[s:e]) for s, e, _ in entities
        )

    @functools.cached_property
    def _sports_story(self) -> bool:
        """Whether the text is a sports story: two of its words are a sport's, or a score."""
        # Each distinct lemma of the doc's array read once, not every word's.
        strings = self.doc.vocab.strings
        lemmas = (strings[lemma].lower() for lemma in np.unique(self.doc.to_array(LEMMA)).tolist())
        found = {lemma for lemma in lemmas if lemma in _SPORTS_WORDS}
        return len(found) >= 2 or bool(self._score_starts)

    def _club_of_sports_story(self, start: int, end: int, label: str) -> bool:
        """Whether a name in a sports story is a club's, though no score shows it.

        A name tagged as a person or a place that ends in a club's word ("Manchester City",
        "Aston Villa", "Tottenham Hotspur"), when it opens with no first name and names no
        place the gazetteers know ("Mexico City"); and a town's name that is the subject of
        a verb in the plural ("Liverpool have held talks", "Newcastle are fifth"): a town
        does nothing in the plural, its club does. Not a country's ("England have won": the
        country, as elsewhere).
        """
        if label not in ("PERSON", "GPE") or not self._sports_story:
            return False
        lower = self.lower
        if end - start >= 2:
            return (
                lower[end - 1] in _CLUB_WORDS
                and self._is_capitalised(end - 1)
                and not self.lexicon.is_first_name(lower[start])
                and not self._is_known_place(start, end)
                and self._country_of_range(start, end) is None
                and city_country(self.text[slice(*self._chars(start, end))]) is None
            )
        if label != "GPE" or self._country_of_range(start, end) is not None:
            return False
        if not self._plural_subject(start, end, least=1):
            return False
        verb = self.tokens[start].head
        return not (verb.tag_ == "VBP" and verb.lower_ in _SAME_PAST_VERBS)

    def _descriptor_before(self, start: int) -> bool:
        """Whether a lower-case noun phrase of what a body is ends right before word ``start``.

        The lexicon's ``organization_descriptors``: "logistics company", "the pension insurer",
        "the Finnish wind developer"; longer than any title ending there ("developer"), not
        "publisher [Luis Cano]", a person's title as much.
        """
        if start == 0 or not self.words[start - 1].islower():
            return False
        lexicon = self.lexicon
        described = self._core_ending_at(
            start - 1, 0, lexicon.organization_descriptors, lexicon.longest_descriptor
        )
        titled = self._core_ending_at(start - 1, 0, lexicon.titles, lexicon.longest_title)
        return described is not None and (titled is None or described < titled)

    def _score_at(self, i: int) -> bool:
        """Whether a match's score of two small numbers starts at word ``i``: "2-1"."""
        words = self.words
        return (
            i + 2 < len(words)
            and words[i].isdigit()
            and len(words[i]) <= 2
            and words[i + 1] in WORD_DASHES
            and words[i + 2].isdigit()
            and len(words[i + 2]) <= 2
            and self.tokens[i].whitespace_ == ""
            and self.tokens[i + 1].whitespace_ == ""
        )

    @functools.cached_property
    def _score_starts(self) -> list[int]:
        """Where each match's score (``_score_at``) starts in the doc, in text order.

        Found once per doc from the dashes the doc's word index holds, not by testing every
        word of a sentence again for each name in it.
        """
        return [k - 1 for k in self._positions_of(WORD_DASHES) if k > 0 and self._score_at(k - 1)]

    def _side_in_score(self, start: int, end: int) -> bool:
        """Whether a name is a side in a match with its score: a club, no person or place.

        "[Man City] beat [Everton] 2-1", "a 1-1 draw at [Brighton]", "[Everton] lost 3-0
        to [Leeds]": the name right before or after a verb of a match's result ("beat",
        "draw", "lose", "host" ...), or after "with", "to", "against" ... that follow it,
        with a score near that verb. Not a set's scores ("beat Sinner 6-4, 6-3": players),
        nor a person's name that opens with a first name or whose surname it is.
        """
        if not self._score_starts:
            return False  # (most texts have no score: no sentence to read)
        tokens = self.tokens
        first, last = self._sentence_bounds(start)  # (``.sent`` scans the whole doc)
        scores = [i for i in self._score_starts if first <= i < last]
        if not scores or any(b - a <= 5 for a, b in itertools.pairwise(scores)):
            return False
        lexicon = self.lexicon
        if lexicon.is_first_name(self.lower[start]):
            return False
        if end - start == 1 and any(
            tag == "PERSON" and e - s >= 2 and self.lower[e - 1] == self.lower[start]
            for s, e, tag in self.original
        ):
            return False  # "Jannik Sinner ... beat Sinner 7-5": the player's surname
        for verb in range(first, last):
            token = tokens[verb]
            if token.pos_ not in ("VERB", "NOUN") or token.lemma_.lower() not in _MATCH_VERBS:
                continue
            if not any(-4 <= score - verb <= 4 for score in scores):
                continue
            if end == verb or start == verb + 1:
                return True  # "[Arsenal] beat [Fulham] 2-1"
            if (
                verb < start - 1 <= verb + 6
                and self.lower[start - 1] in _SIDE_PREPOSITIONS
                and not any(
                    tokens[i].is_punct
                    and not self._score_at(i - 1)
                    and self.words[i] not in WORD_DASHES
                    for i in range(verb + 1, start - 1)
                )
            ):
                return True  # "a 1-1 draw at [Brighton]", "lost 3-0 to [Leeds]"
        return False

    def _hyphenated_given_name(self, start: int, end: int) -> bool:
        """Whether ``[start, end)`` is one given name of two syllables joined by a hyphen.

        "Heung-min", "Tae-yul": a capitalised syllable, a hyphen and a lower-case one, with
        no space between them.
        """
        tokens = self.tokens
        return (
            end - start == 3
            and tokens[start].is_alpha
            and tokens[start].is_title
            and self.words[start + 1] == "-"
            and tokens[end - 1].is_alpha
            and tokens[end - 1].is_lower
            and tokens[start].whitespace_ == ""
            and tokens[start + 1].whitespace_ == ""
        )

    def _known_outlet(self, start: int, end: int) -> bool:
        """Whether a name is, word for word, an outlet's of the statements lexicon.

        "Renner told [Vogue]", "she told [Billboard]": a magazine the model took for a
        person. Not the surname of a person named in full ("Michael Bloomberg ...
        [Bloomberg] said").
        """
        words = self.words[start:end]
        if " ".join(words) not in _outlet_names():
            return False
        return not any(
            label == "PERSON"
            and e - s > end - start
            and tuple(self.words[e - (end - start) : e]) == tuple(words)
            for s, e, label in self.original
        )

    def _outlet_before_noun(self, start: int, end: int) -> bool:
        """Whether a name is an outlet's, by the lower-case noun of an outlet after it.

        "told the Tasnim news agency", "the semi-official Mehr news agency", "the Kommersant
        newspaper": "the" (maybe with lower-case words) or a possessive before one to three
        capitalised words, then a descriptor of the lexicon that names an outlet ("news
        agency", "newspaper", "broadcaster"); not a country nor a known place ("the Tehran
        newspaper" may be any of the city's).
        """
        if end - start > 3 or start == 0:
            return False
        lower = self.lower
        found = False
        for size in (2, 1):
            words = lower[end : end + size]
            if len(words) == size and all(self.tokens[i].is_lower for i in range(end, end + size)):
                key = _key(" ".join(words))
                found = key in self.lexicon.organization_descriptors and (
                    "news" in key or key.endswith(("paper", "broadcaster"))
                )
            if found:
                break
        if not found:
            return False
        before = start - 1
        while before > 0 and (
            (self.tokens[before].is_lower and self.tokens[before].pos_ == "ADJ")
            or lower[before] in WORD_DASHES
        ):
            before -= 1
        if lower[before] != "the" and not self._is_possessive(before):
            return False
        return self._country_of_range(start, end) is None and not self._is_known_place(start, end)

    def _home_after_name(self, start: int, end: int) -> bool:
        """Whether a name tagged as a person is where the person named before it lives.

        "Daniel Pearce, of Keighley, denies murder", "Jane Doe, 41, of Leeds,": a comma,
        "of" and one or two capitalised words set off by commas (or ending the sentence)
        right after a person's name, and maybe an age, is a town, no one's name.
        """
        if end - start > 2 or start < 3 or self.lower[start - 1] != "of":
            return False
        if self.lower[start - 2] != ",":
            return False
        if end < len(self.lower) and self.lower[end] not in (",", ".", ";"):
            return False
        before = start - 3
        if self.words[before].isdigit() and before >= 2 and self.lower[before - 1] == ",":
            before -= 2  # "Jane Doe, 41, of Leeds"
        return any(s <= before < e and label == "PERSON" for s, e, label in self.original)

    def _town_after_name(self, start: int, end: int) -> bool:
        """Whether a name tagged as an organisation is the town of the person named before it.

        "John Smith of Keighley said", "Ann Lee, of Bath, said": "of" right after a person's
        name, then one or two words a gazetteer knows as a town or region, that no company
        of the lexicon bears ("Jim Lentz of Toyota") and that no name goes on from.
        """
        if end - start > 2 or start < 2 or self.lower[start - 1] != "of":
            return False
        before = start - 3 if self.lower[start - 2] == "," else start - 2
        if not any(s <= before < e == before + 1 for s, e, tag in self.original if tag == "PERSON"):
            return False
        if end < len(self.lower) and (self.pos[end] == "PROPN" or self.lower[end] == "'s"):
            return False
        name = " ".join(self.words[start:end])
        return _key("".join(self.lower[start:end])) not in self.lexicon.organizations and (
            city_country(name) is not None or self._is_known_place(start, end)
        )

    def _name_with_postnominal(self, start: int, end: int) -> bool:
        """Whether an entity is a person's name with the letters written after it.

        "Rebecca Mills KC", "Alan Pryce MP": two or three capitalised words, then letters of
        the lexicon's `postnominals` as written, whatever the model's tag; no place, country
        nor body's word among the name's words.
        """
        if not 3 <= end - start <= 4 or self.words[end - 1] not in self.lexicon.postnominals:
            return False
        if not all(
            self.tokens[i].is_alpha and self.tokens[i].is_title for i in range(start, end - 1)
        ):
            return False
        return (
            self._country_of_range(start, end - 1) is None
            and not self._is_known_place(start, end - 1)
            and not any(
                self.lower[i] in self.lexicon.institutions
                or _key(self.lower[i]) in self.lexicon.organization_heads
                or _key(self.lower[i]) in self.lexicon.organization_descriptors
                for i in range(start, end - 1)
            )
        )

    def _tagged_alone(self, start: int, end: int) -> bool:
        """Whether the words ``[start, end)`` are an entity of their own elsewhere."""
        words = self.lower[start:end]
        return any(
            e - s == end - start and s != start and self.lower[s:e] == words
            for s, e, _ in self.original
        )

    def _split_titled_name(
        self, start: int, end: int, label: str
    ) -> list[tuple[int, int, str]] | None:
        """Split "[USAID Administrator Samantha Power]", tagged as one organisation or work.

        A body, a capitalised title of the lexicon, then a name of two or three words that
        starts with a known first name, or follows a title only a company gives ("[Siemens
        Chief Executive Roland Busch]"): the body and the person, the title between them
        left to be read as the person's title.
        """
        if label not in ("ORG", "WORK_OF_ART") or end - start < 4:
            return None
        lexicon = self.lexicon
        body_start = start + 1 if self.lower[start] == "the" else start
        if not self.tokens[body_start].text[:1].isupper():
            return None  # "to [meet President Volodymyr Zelenskiy]": no body before the title
        for i in range(body_start + 1, end - 2):
            if not self.tokens[i].text[:1].isupper():
                continue
            title_end = self._core_starting_at(i, end - 2, lexicon.titles, lexicon.longest_title)
            if title_end is None or not 2 <= end - title_end <= 3:
                continue
            first = self.lower[title_end]
            known = (
                lexicon.is_first_name(first)
                # "[Siemens Chief Executive Roland Busch]": a title only a company gives
                or tuple(self.lower[i:title_end]) in _COMPANY_TITLES
            )
            if known and self._name_like(title_end, end):
                return [(body_start, i, "ORG"), (title_end, end, "PERSON")]
        return None

    def _split_place_and_name(
        self, start: int, end: int, label: str
    ) -> list[tuple[int, int, str]] | None:
        """Split "envoy for [the Middle East Daniel Marsh]", tagged as one entity.

        A country or a listed place or region, then a first name of the lexicon and one or
        two more names: the place, and the person (whose title is read before the place).
        After a title and "for" ("UN special envoy for [Syria Geir Pedersen]"), two
        capitalised words that may be a name, ending the span, are one too, whatever the
        first name.
        """
        if label not in _NAME_LABELS or end - start < 3:
            return None
        lexicon = self.lexicon
        # ("a spokesperson for the China Coast Guard": a body, which "the" opens)
        titled = (
            start >= 2
            and self.lower[start] != "the"
            and self.lower[start - 1] == "for"
            and self._core_ending_at(start - 2, 0, lexicon.titles, lexicon.longest_title)
            is not None
        )
        place_start = start + 1 if self.lower[start] == "the" else start
        for i in range(place_start + 1, end - 1):
            if not 2 <= end - i <= 3:
                continue
            if not self._first_name_and_surname(i, end) and not (
                titled
                and end - i == 2
                and self.lower[end - 1] not in _BODY_LAST_WORDS
                and all(self.pos[k] == "PROPN" for k in range(i, end))
                and self._name_like(i, end)
            ):
                continue
            if self._country_of_range(place_start, i) is not None:
                return [(start, i, "GPE"), (i, end, "PERSON")]
            if self._is_known_place(start, i) or self._is_known_place(place_start, i):
                return [(start, i, "LOC"), (i, end, "PERSON")]
        return None

    def _split_at_verb(self, start: int, end: int, label: str) -> list[tuple[int, int, str]] | None:
        """Split a span stretched over a verb ("[Biden invited Modi]", "[Morrow told]").

        A lower-case verb inside the span (not a particle of a name) ends a name: each part
        around it that is one or two capitalised proper nouns of a name is a person (or
        what the model tags it as alone elsewhere in the doc), a country or known place is
        a place; other parts are left out.
        """
        if label not in _STRETCHED_LABELS or end - start < 2:
            return None
        # ('"...," [Morrow told] Sky News': a verb may end the span too)
        verbs = [
            i
            for i in range(start + 1, end)
            if self.pos[i] in ("VERB", "AUX")
            and self.words[i].islower()
            and self.lower[i] not in NAME_PARTICLES
            and self.lower[i] not in _NAME_JOINERS
        ]
        if not verbs:
            return None
        pieces: list[tuple[int, int, str]] = []
        starts = [start, *(i + 1 for i in verbs)]
        for part_start, part_end in zip(starts, [*verbs, end], strict=True):
            while part_end - part_start > 1 and self._is_possessive(part_end - 1):
                part_end -= 1
            piece = self._name_part(part_start, part_end)
            if piece is not None and end - start == 2 and label in _NAME_LABELS:
                piece = (piece[0], piece[1], label)  # "[Apple said]": still the organisation
            if piece is not None:
                pieces.append(piece)
        return pieces

    def _split_at_clause_word(
        self, start: int, end: int, label: str
    ) -> list[tuple[int, int, str]] | None:
        """Cut a name the model ran on into a clause: "told [the State Duma that Kyiv] was".

        A lower-case "that", "which", "who", "whom" or "whose" opening a clause inside the
        span ends the name; a name right after it is kept as ``_name_part`` reads it.
        """
        if label not in _NAME_LABELS or end - start < 3:
            return None
        for i in range(start + 1, end - 1):
            if self.words[i] in _CLAUSE_WORDS and self.tokens[i].tag_ in _CLAUSE_TAGS:
                after = self._name_part(i + 1, end)
                return [(start, i, label), *([after] if after is not None else [])]
        return None

    def _split_name_before_time(
        self, start: int, end: int, label: str
    ) -> list[tuple[int, int, str]] | None:
        """Cut a name off the time the model ran it into: "a meeting with [Orban weeks ago]".

        A date that opens with one or two capitalised words no date is made of (not a month,
        a weekday or a feast: "Christmas two years ago" stays whole) followed by a relative
        time ("weeks ago", "last month", "two days earlier") is the name and the time.
        """
        if label != "DATE" or end - start < 2:
            return None
        for cut in (start + 1, start + 2):
            if cut >= end or not _RELATIVE_TIME.fullmatch(" ".join(self.lower[cut:end])):
                continue
            if any(
                self.pos[i] not in ("PROPN", "ADJ", "NOUN")
                or not self._is_capitalised(i)
                or self.lower[i] in WEEKDAYS
                or self.lower[i] in MONTHS
                or _key(self.lower[i]) in self.lexicon.things
                for i in range(start, cut)
            ):
                return None
            if self._country_of_range(start, cut) is not None or self._is_known_place(start, cut):
                return [(start, cut, "GPE"), (cut, end, "DATE")]  # "[Kyiv last week]"
            if not self._name_like(start, cut):
                return None
            words = self.lower[start:cut]
            # the label the model gives the name where it tags it alone, else a person's
            named = next(
                (tag for s, e, tag in self.original if self.lower[s:e] == words and tag != label),
                "PERSON",
            )
            return [(start, cut, named), (cut, end, "DATE")]
        return None

    def _name_part(self, start: int, end: int) -> tuple[int, int, str] | None:
        """One or two capitalised proper nouns of a name, as an entity, or None.

        A country or a known place is a place ("[Xi visited Moscow]"); an article before
        the name is left out ("[Stamatakis told The Guardian]").
        """
        if end - start > 1 and self.lower[start] == "the":
            start += 1
        if not 1 <= end - start <= 2:
            return None
        if any(self.pos[i] != "PROPN" for i in range(start, end)):
            return None
        if self._country_of_range(start, end) is not None or self._is_known_place(start, end):
            return (start, end, "GPE")
        if not self._name_like(start, end):
            return None
        words = self.lower[start:end]
        for s, e, label in self.original:
            if self.lower[s:e] == words:
                return (start, end, label)  # "Apple" tagged alone as an organisation
        return (start, end, "PERSON")

    def _split_pair(self, start: int, end: int, label: str) -> list[tuple[int, int, str]]:
        """Split "[Biden and Widodo] met" into two persons; else keep the entity as it is.

        An organisation of two different capitalised words joined by "and", the subject of
        a meeting or reporting verb, when both words name persons elsewhere in the doc
        ("Joko Widodo"). A company's name ("Procter and Gamble met investors") names no
        person elsewhere, so it stays whole.
        """
        whole = [(start, end, label)]
        if label != "ORG" or end - start != 3 or self.lower[start + 1] != "and":
            return whole
        first, second = start, start + 2
        if self.lower[first] == self.lower[second]:
            return whole
        if not (self._name_like(first, first + 1) and self._name_like(second, second + 1)):
            return whole
        head = self.tokens[self._head(start, end)]
        if head.dep_ not in SUBJECT_DEPS:
            return whole
        lemma = head.head.lemma_.lower()
        roles = self.roles
        if lemma not in roles.meeting_verbs and lemma not in roles.speech_verbs:
            return whole
        if self._person_name_ends is None:
            self._person_name_ends = {
                tuple(self.lower[s:e])[-length:]
                for s, e, tag in self.original
                if tag == "PERSON"
                for length in range(1, e - s + 1)
            }
        ends = self._person_name_ends
        if (self.lower[first],) in ends and (self.lower[second],) in ends:
            return [(first, first + 1, "PERSON"), (second, second + 1, "PERSON")]
        return whole

    def _alliances(self, entities: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
        """Make the lexicon's groupings organisations: "G7" tagged as a place, or untagged."""
        names = self.lexicon.alliances
        if not names:
            return entities
        text = self.text
        doc = self.tokens
        firsts = self.lexicon.alliance_firsts
        found: list[tuple[int, int, str]] = []
        covered: set[int] = set()
        for start, end, label in entities:
            first = start + (self.lower[start] == "the" and end - start > 1)  # "the AU"
            if (
                end - first > 2
                and doc[first].text in names
                and self.lower[first + 1] in self.lexicon.group_nouns
            ):
                # "G7 Leaders Close Summit in Apulia", "NATO Allies Agree to ...": a headline's
                # capitals ran the alliance into the people after it and on
                end, label = first + 1, "ORG"
            covered.update(range(start, end))
            if (
                label != "ORG"
                and self.lower[first] in firsts
                and " ".join(text[doc[first].idx : self._chars(first, end)[1]].split()) in names
            ):
                label = "ORG"
            found.append((start, end, label))
        lowered = self.lexicon.alliance_words
        added = [
            (i, i + 1, "ORG")
            for i, word in enumerate(self.lower)
            if word in lowered
            and i not in covered
            and self.words[i] in names
            and not self._shouted(i)
            # "PORT-AU-PRINCE, Haiti (AP) —": a word of a dateline's place
            and not self._in_dateline_place(i, i + 1)
        ]
        added += self._untagged_alliances(found)
        if not added:
            return found
        # "the Group of [Seven]": a number the model tagged inside the name gives way to it
        taken = {i for start, end, _ in added for i in range(start, end)}
        found = [
            entity
            for entity in found
            if not (entity[2] in _NUMBER_LABELS and taken.intersection(range(*entity[:2])))
        ]
        return sorted(found + added)

    def _untagged_alliances(
        self, entities: list[tuple[int, int, str]]
    ) -> list[tuple[int, int, str]]:
        """Find the lexicon's groupings of several words the model left untagged.

        "Leaders of the Group of Seven": the model tags "Seven" a number, or nothing. A
        name tagged as an organisation is found already; one a number only is inside is not.
        """
        names = self.lexicon.alliances
        longest = self.lexicon.alliance_length
        firsts = self.lexicon.alliance_firsts
        named = {
            i
            for start, end, label in entities
            if label not in _NUMBER_LABELS
            for i in range(start, end)
        }
        added: list[tuple[int, int, str]] = []
        i = 0
        while i < len(self.lower):
            if self.lower[i] not in firsts or i in named:
                i += 1
                continue
            for length in range(min(longest, len(self.lower) - i), 1, -1):
                words = " ".join(token.text for token in self.tokens[i : i + length])
                if words in names and not named.intersection(range(i, i + length)):
                    added.append((i, i + length, "ORG"))
                    i += length - 1
                    break
            i += 1
        return added

    def _name_after_particle(self, end: int) -> int:
        """Where a name goes on after a person's span cut at a particle ("von der").

        "[Ursula von der] Leyen", "[Ursula von] der [Leyen]", "[Mohammed] bin Salman",
        "[Abdel Fattah] el-[Sissi]": a
        span that ends with a lower-case particle or is followed by one or two particles
        outside any entity, then one capitalised word, whatever the model tagged it as (and
        a second one that starts no entity of its own), all one space apart. Return ``end``
        when the name does not go on.
        """
        doc = self.tokens
        length = len(doc)
        if end >= length:
            return end
        lower = self.lower
        last = doc[end - 1]
        if lower[end - 1] in NAME_PARTICLES and last.text[:1].isupper():
            return end  # "Von" starting a name is a word of it, not a particle before one
        if (
            end + 2 < length
            and lower[end] in ("al", "el")
            and doc[end - 1].whitespace_ == " "
            and doc[end].whitespace_ == ""
            and lower[end + 1] == "-"
            and doc[end + 1].whitespace_ == ""
            and doc[end + 2].is_alpha
            and doc[end + 2].is_title
        ):
            return end + 3  # "[Abdel Fattah] el-[Sissi]": one name
        if (
            end + 1 < length
            and doc[end].text == "Al"
            and any(lower[j] in _PATRONYMICS for j in range(max(end - 3, 0), end - 1))
            and doc[end - 1].whitespace_ == " "
            and doc[end].whitespace_ == " "
            and doc[end + 1].is_alpha
            and doc[end + 1].is_title
            and (end + 2 >= length or not doc[end + 2].is_title)
        ):
            return end + 2  # "[Mohammed bin Abdulrahman] Al Thani": the family's name
        i = end
        if self._entity_starts is None:
            self._entity_starts = {s: e for s, e, _ in self.original}
        starts = self._entity_starts
        while (
            i < min(length, end + 2)
            and lower[i] in NAME_PARTICLES
            and doc[i].text.islower()
            and doc[i - 1].whitespace_ == " "
            and not self._in_original_entity(i)
        ):
            i += 1
        if i == end and lower[end - 1] not in NAME_PARTICLES:
            return end
        whole = i
        while (
            whole < min(length, i + 2)
            and doc[whole - 1].whitespace_ == " "
            and doc[whole].is_alpha
            and doc[whole].is_title
            and (whole == i or whole not in starts)
        ):
            whole += 1
        return whole if whole > i else end

    def _named_for_owner(self, start: int, end: int) -> bool:
        """Whether a one-word organisation is named for the untagged owner before it.

        "The Alzheimer's Society", "the Children's Trust": after "the", a capitalised word,
        no entity of its own, and a possessive, the organisation's word of what it is.
        """
        if end - start != 1 or start < 3 or not self._is_possessive(start - 1):
            return False
        owner = start - 2
        return (
            self.lower[owner - 1] == "the"
            and self.tokens[owner].pos_ == "PROPN"
            and self.words[owner][:1].isupper()
            and not self._in_original_entity(owner)
            and _key(self.lower[start]) in self.lexicon.organization_descriptors
        )

    def _plural_owner_start(self, start: int, end: int) -> int:
        """Return where a body's name starts that the model cut after a plural possessive.

        "the Senate Veterans' Affairs Committee", "the Korean Workers' Party": after "the",
        capitalised proper nouns with no entity of their own, the last a plural with an
        apostrophe, then the name the model found. A singular owner ("Britain's Labour
        Party") is another actor and stays apart; else ``start`` is returned.
        """
        owner = start - 2
        if (
            owner < 1
            or self.words[start - 1] not in ("'", "’")
            or not self.words[owner].endswith("s")
            or self.tokens[owner].tag_ not in ("NNPS", "NNS", "NNP")
            or self.lower[end - 1] not in self.lexicon.organization_heads
        ):
            return start
        first = owner
        while (
            first > 0
            and self.tokens[first].pos_ == "PROPN"
            and self.words[first][:1].isupper()
            and not self._in_original_entity(first)
            and not self.tokens[first].is_sent_start
        ):
            first -= 1
        if first == owner or self.lower[first] != "the":
            return start
        return first + 1

    def _in_original_entity(self, i: int) -> bool:
        """Whether token ``i`` lies inside an entity of the model."""
        return i in self._original_tokens

    def _is_capital_name(self, start: int, end: int) -> bool:
        """Whether ``[start, end)`` is exactly a capital's name ("Oslo", "New Delhi")."""
        if self.lower[start] == "the":
            return False
        name = " ".join(self.text[self.tokens[start].idx : self._chars(start, end)[1]].split())
        return name.casefold() in self.roles.capitals

    def _is_caption_marker(self, start: int, end: int) -> bool:
        """Whether ``[start, end)`` is the "FILE -" that starts a photo caption."""
        doc = self.tokens
        marked = False
        for i in range(start, end):
            if self.lower[i] not in _CAPTION_WORDS:  # no marker: punctuation or a no
                if not doc[i].is_punct:
                    return False
            elif not doc[i].is_punct:
                if doc[i].text not in CAPTION_MARKERS:
                    return False
                marked = True
        return marked

    def _name_goes_on(self, start: int, end: int) -> int:
        """Where a body's name cut before its "for" or "to" part ends.

        "the Corruption Investigation Office [for High-ranking Officials]", "The Global Fund
        [to Fight AIDS, Tuberculosis and Malaria]": after a name that ends with a body's
        word (the lexicon's ``organization_heads``), "for" or "to" and words in title case,
        outside the model's entities, with "and", "of", "the", a hyphen's lower-case end and
        the commas of a list among them. Not a place or a person after it ("moved the
        Office to Brussels", "the Fund for Peace, Smith said"), nor in the headline, which
        is in title case throughout.
        """
        lower = self.lower
        doc = self.tokens
        if (
            end + 1 >= len(lower)
            or lower[end] not in ("for", "to")
            or lower[end - 1] not in self.lexicon.organization_heads
            or not self._is_capitalised(end - 1)
            or doc[end].idx < self.heading_end
        ):
            return end
        i = end + 1
        last = end  # the end of the name's words so far
        listed = False
        while i < len(lower) and not self._other_name_at(i):
            word = doc[i]
            if word.pos_ in ("VERB", "AUX") and i > end + 1:
                break  # a title-case headline's "UN Agency for Refugees Says ..."
            if word.is_alpha and self._is_capitalised(i):
                if _key(lower[i]) in self.lexicon.organization_heads and i == end + 1:
                    return end  # "the Council to Commission ..."
                last = i + 1
            elif lower[i] in ("and", "&"):
                listed = True
            elif lower[i] in ("of", "the") or (lower[i] == "," and last == i):
                pass
            elif (
                lower[i] in HYPHENS
                and not word.whitespace_
                and not doc[i - 1].whitespace_
                and i + 1 < len(lower)
                and doc[i + 1].is_lower
                and doc[i + 1].is_alpha
            ):
                i += 1  # "High-ranking": the lower-case end of a hyphenated word
                last = i + 1
            else:
                break
            i += 1
        if last == end or (self.text.count(",", doc[end].idx, doc[last - 1].idx) and not listed):
            return end
        if not self._is_capitalised(end + 1) or self._country_of_range(end + 1, end + 2):
            return end
        if lower[end] == "to" and self._in_original_entity(end + 1):
            return end  # "sent the Commission to Congress": where, not what for
        if self._is_known_place(end + 1, last):
            return end
        return last

    def _name_goes_on_of(self, start: int, end: int) -> int:
        """Where a body's name cut before its "of" part ends.

        "The Muslim Council [of Britain]", "The Board of Deputies [of British Jews]": a name
        in title case throughout with a noun of a body of members ("council", "board",
        "society", "bank"), then "of" and capitalised words outside the model's persons and
        bodies, is one name (not "the Board of Directors of [Apple]", a company of its
        own, nor "the Council of the European Union", whose "the" names another body).
        Not in the headline, which is in title case throughout.
        """
        lower = self.lower
        doc = self.tokens
        if (
            end + 1 >= len(lower)
            or lower[end] != "of"
            or doc[end].idx < self.heading_end
            or not any(lower[i] in _MEMBERS_BODY_NOUNS for i in range(start, end))
            or not all(
                self._is_capitalised(i) or lower[i] in ("the", "of", "and")
                for i in range(start, end)
            )
        ):
            return end
        i = end + 1
        while (
            i < len(lower)
            and doc[i].is_alpha
            and self._is_capitalised(i)
            and all(label in ("GPE", "LOC", "NORP") for s, e, label in self.original if s <= i < e)
        ):
            i += 1
        if i == end + 1 or (i < len(lower) and self._is_possessive(i)):
            return end  # "the Council of Britain's Muslims": whose members, maybe no name
        return i

    def _other_name_at(self, i: int) -> bool:
        """Whether word ``i`` is a person, a date, a country or a known place, not a name's word.

        The model may tag the words of a body's long name as names of their own ("Fight AIDS,
        [Tuberculosis] and [Malaria]"); what no gazetteer knows as a place stays a word of it.
        """
        label = next((label for s, e, label in self.original if s <= i < e), None)
        if label is None:
            return False
        return (
            label not in ("ORG", "GPE", "LOC", "NORP", "PRODUCT", "WORK_OF_ART", "EVENT")
            or self._country_of_range(i, i + 1) is not None
            or self._is_known_place(i, i + 1)
        )

    def _glued_syllable_at(self, i: int) -> bool:
        """Whether word ``i`` is the lower-case end of a hyphenated given name ("Won-shik")."""
        doc = self.tokens
        return (
            i >= 2
            and doc[i].is_alpha
            and doc[i].is_lower
            and doc[i - 1].text in HYPHENS
            and not doc[i - 1].whitespace_
            and not doc[i - 2].whitespace_
            and self._is_capitalised(i - 2)
        )

    def _ends_body_name(self, i: int) -> bool:
        """Whether the capitalised word at ``i`` ends a body's name ("Assembly", "Ministry")."""
        word = self.lower[i]
        return self._is_capitalised(i) and (
            word in self.lexicon.organization_heads or word in self.lexicon.institutions
        )

    def _titled_name(self, start: int, end: int) -> bool:
        """Whether an organisation or place entity is a title and a name ("Vicar Hummerstone").

        A capitalised title of the lexicon (not a word that also modifies titles, such as
        "General" of "General Motors") followed by one or two words of a name.
        """
        lexicon = self.lexicon
        if self.lower[start] == "the":
            start += 1
        demonym = False
        if start + 1 < end:
            match = self._country_match(self.words[start])
            if match is not None and match.demonym:
                start += 1  # "Kazakh President Kassym-Jomart Tokayev", tagged as one organisation
                demonym = True
        if start >= end or not self._is_capitalised(start):
            return False
        core_end = self._core_starting_at(start, end - 1, lexicon.titles, lexicon.longest_title)
        if core_end is None or "".join(self.lower[start:core_end]) in lexicon.modifiers:
            return False
        if demonym and any(
            self.tokens[i].pos_ != "PROPN" for i in range(core_end, end) if self.lower[i] != "-"
        ):
            return False  # a headline's "Cambodian Activist Gunned Down" names no one
        # one to three words of a name ("Grand Imam Ahmad Fauzi Rahman"), hyphenated ones
        # counting as one ("Kassym-Jomart Tokayev"); not a building or body named after
        # someone ("the King Hussein Convention Center")
        hyphens = sum(1 for i in range(core_end, end) if self.lower[i] == "-")
        last = self.lower[end - 1]
        if last in _FACILITY_HEADS or last in lexicon.organization_heads:
            return False
        if end - core_end >= 2 and _is_roman_numeral(self.words[end - 1]):
            end -= 1  # "King Felipe VI": a monarch's name and regnal numeral
        return end - core_end - 2 * hyphens <= 3 and self._name_like(core_end, end)

    def _title_running_into(self, start: int, end: int) -> int | None:
        """Where a title that starts before ``start`` ends inside ``[start, end)``, or None."""
        joint = start - 1
        if joint > 0 and self.lower[joint] == "the":
            joint -= 1
        if joint < 1 or self.lower[joint] not in ("of", "for"):
            return None  # a portfolio follows "of" or "for" (and maybe "the")
        lexicon = self.lexicon
        # The office before "of" has a few words at most ("Deputy Assistant Secretary").
        for begin in range(max(0, joint - 4), joint):
            core_end = self._core_starting_at(begin, end - 1, lexicon.titles, lexicon.longest_title)
            if core_end is not None and start < core_end < end:
                return core_end
        return None

    def _swallowed_person(self, start: int, end: int) -> bool:
        """Whether ``[start, end)`` after a comma inside an entity is a person's name."""
        if end - start > 4:
            return False
        doc = self.tokens
        if not all(doc[i].pos_ == "PROPN" and self._is_capitalised(i) for i in range(start, end)):
            return False
        head = doc[self._head(start, end)]
        if head.dep_ in SUBJECT_DEPS and not start <= head.head.i < end:
            return True
        # Or the same name ends a person's name elsewhere in the doc.
        if self._person_name_ends is None:
            self._person_name_ends = {
                tuple(self.lower[s:e])[-length:]
                for s, e, label in self.original
                if label == "PERSON"
                for length in range(1, e - s + 1)
            }
        return tuple(self.lower[start:end]) in self._person_name_ends

    def _office_of_a_field(self, start: int, end: int) -> bool:
        """Whether ``[start, end)`` is a title, "of" and a field that is no body's name.

        "Regius Professor of Medicine", "Minister of Finance": an office, however the model
        tags it. Not "President of the European Commission", whose words after "of" name a
        body, nor "Governor of California", of a place.
        """
        lower = self.lower
        first = start + (lower[start] == "the")
        of = next((k for k in range(first + 1, end - 1) if lower[k] == "of"), None)
        if of is None or not self._is_capitalised(of - 1):
            return False
        lexicon = self.lexicon
        if self._core_ending_at(of - 1, first, lexicon.titles, lexicon.longest_title) is None:
            return False
        field = range(of + 1, end)
        return not (
            any(
                _key(lower[k]) in lexicon.organization_heads
                or _key(lower[k]) in lexicon.institution_nouns
                for k in field
            )
            or self._country_of_range(of + 1, end) is not None
            or self._is_known_place(of + 1, end)
        )

    def _skip_title_prefix(self, start: int, end: int) -> int:
        """Move ``start`` past honorifics and titles that spaCy put inside a person's span."""
        lexicon = self.lexicon
        i = start
        if self._peer_by_title(start, end):
            return start  # "the [Prince of Wales]": the title and its place are the name
        if start > 0 and self._is_capitalised(start - 1):
            # "First [Lady Jill Biden]": a title the model cut at its first word
            core_end = self._core_starting_at(
                start - 1, end - 1, lexicon.titles, lexicon.longest_title
            )
            if core_end is not None and core_end > start:
                i = core_end
        while i < end - 1:
            if i == start and end - i == 2 and self._given_name_after_title(i):
                # "Governor [Sheriff Oborevwori]", "The Delta State Governor, [Sheriff
                # Oborevwori],": after a title, a title word that opens a name of two words
                # is its first name
                break
            if i == start and end - i == 2 and self._title_word_named_alone(i):
                # "the victim, [Amir Hussain], ... justice for Amir": a title word the text
                # names someone by on its own is a first name
                break
            if _key(self.lower[i]) in lexicon.honorifics or self._name_honorific(i, end):
                i += 1
                continue
            match = self._country_match(self.words[i]) if i == start else None
            if match is not None and match.demonym and i + 1 < end - 1:
                # "Jordanian King Abdullah II": a demonym before the title
                core_end = self._core_starting_at(
                    i + 1, end - 1, lexicon.titles, lexicon.longest_title
                )
                if core_end is not None:
                    i = core_end
                    continue
            core_end = self._core_starting_at(i, end - 1, lexicon.titles, lexicon.longest_title)
            if core_end is not None:
                i = core_end
                continue
            if self.lower[i] in lexicon.modifiers and i + 1 < end - 1:
                core_end = self._core_starting_at(
                    i + 1, end - 1, lexicon.titles, lexicon.longest_title
                )
                if core_end is not None:
                    i = core_end
                    continue
            break
        # A span that is all title ("Councilor", "Rear" of "Rear Adm.") names nobody.
        if i == end - 1 and self._is_title_word(end - 1):
            return end
        return i

    def _name_honorific(self, i: int, end: int) -> bool:
        """Whether the word at ``i`` is an honorific that is also a surname, before a name.

        "[Begum Khaleda Zia]'s party": one of the lexicon's ``name_honorifics`` followed, up
        to ``end``, by two capitalised words or more (a possessive's mark left out); alone
        or before one word ("Begum said", "Amina Begum") it is a surname.
        """
        if _key(self.lower[i]) not in self.lexicon.name_honorifics:
            return False
        names = [j for j in range(i + 1, end) if not self._is_possessive(j)]
        return len(names) >= 2 and all(self._is_capitalised(j) for j in names)

    def _title_word_named_alone(self, i: int) -> bool:
        """Whether the capitalised title word at ``i`` is a name the model tags on its own.

        "Amir Hussain ... justice for Amir": the word alone is a person's entity elsewhere,
        with no determiner nor possessive before it ("the Emir" is the office), and the
        word after it at ``i`` is written capitalised as a name.
        """
        word = self.lower[i]
        if not (self._is_capitalised(i) and self._is_capitalised(i + 1)):
            return False
        for start, end, label in self.original:
            if label != "PERSON" or end - start != 1 or start == i or self.lower[start] != word:
                continue
            before = self.tokens[start - 1] if start > 0 else None
            if before is None or (
                before.pos_ not in ("DET", "PRON") and not self._is_possessive(start - 1)
            ):
                return True
        return False

    def _given_name_after_title(self, i: int) -> bool:
        """Whether the capitalised title word at ``i`` is a first name after a title.

        "Governor Sheriff Oborevwori", "The Delta State Governor, Sheriff Oborevwori,": one
        word of the titles lexicon right after a title (or after it and a comma); not a word
        that modifies titles ("Governor General"), nor a rank or style that tells a gender
        ("Emir Sheikh Tamim").
        """
        key = _key(self.lower[i])
        return (
            self._is_capitalised(i)
            and key in self.lexicon.titles
            and self.lower[i] not in self.lexicon.modifiers
            and self._gender_of(key) is None
            and self._title_ends_before(i)
        )

    def _function_word_opens_name(self, start: int, end: int) -> bool:
        """Whether a short capitalised function word before an entity opens a person's name.

        "General Secretary To Lam", "President Vo Van Thuong": a word the tagger reads as a
        preposition or determiner, written with a capital in the middle of a sentence, right
        after a title, before a name of one or two words.
        """
        before = start - 1
        if end - start > 2 or before < 1 or self.lower[before - 1] == ",":
            return False
        token = self.tokens[before]
        word = self.words[before]
        return (
            len(word) <= 3
            and word.isalpha()
            and word[0].isupper()
            and word[1:].islower()
            and token.pos_ in ("ADP", "DET", "PART", "CCONJ", "SCONJ")
            and not token.is_sent_start
            and all(self.words[i][1:].islower() for i in range(start, end))
            and all(self._is_capitalised(i) for i in range(start, end))
            and self._title_ends_before(before)
        )

    def _title_ends_before(self, start: int) -> bool:
        """Whether a capitalised title ends right before ``start``, or before a comma there."""
        pos = start - 1
        if pos > 0 and self.lower[pos] == ",":
            pos -= 1
        if pos < 0 or not self._is_capitalised(pos):
            return False
        lexicon = self.lexicon
        core = self._core_ending_at(pos, 0, lexicon.titles, lexicon.longest_title)
        return core is not None and _key(self.lower[pos]) in lexicon.titles

    def _is_title_word(self, i: int) -> bool:
        key = _key(self.lower[i])
        lexicon = self.lexicon
        return key in lexicon.titles or key in lexicon.honorifics or key in lexicon.modifiers
