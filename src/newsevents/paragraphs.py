r"""The ``newsevents_paragraphs`` component: where sentences must start before parsing.

The small English models parse some runs of text as one sentence that never are, and a
speaker, a participant or a title then leaks from one into the other. This component runs
before the parser and marks the tokens that must start a sentence; the parser keeps
boundaries that are already set. A sentence starts:

- after every blank line: a paragraph never continues a sentence of the one before
  (:func:`paragraph_starts`);
- after a dateline that opens a text or a paragraph (``WASHINGTON —``,
  ``GENEVA, July 19 (Reuters) -``, ``TROMSO, Norway, Sept. 9 (Xinhua) --``, ``Hanoi (VNA) -``,
  ``FILE PHOTO -``; :func:`dateline_end`);
- after a headline glued to the first sentence of a text or a paragraph
  (``Talks Resume in Geneva -The ministers said ...``,
  ``Talks Resume-GENEVA — -The ministers said ...``; :func:`glued_headline_end`).

Glued headlines often leave the body's first word inside one token (``-The``); that token is
split, and the components before this one (``tok2vec``, ``tagger``) are run again on the doc
so that the parser sees the new tokens.

>>> import spacy
>>> nlp = spacy.blank("en")
>>> _ = nlp.add_pipe("newsevents_paragraphs")
>>> _ = nlp.add_pipe("sentencizer")
>>> [sent.text for sent in nlp("The minister arrived late\n\nOfficials said so.").sents]
['The minister arrived late\n\n', 'Officials said so.']
>>> [sent.text for sent in nlp("OSLO — Officials said so.").sents]
['OSLO —', 'Officials said so.']
>>> [sent.text for sent in nlp("Ministers Agree on Fish Quotas -The deal was signed.").sents]
['Ministers Agree on Fish Quotas -', 'The deal was signed.']
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from functools import cache
from itertools import pairwise

from spacy.attrs import IDX
from spacy.language import Language
from spacy.tokens import Doc, Token

from newsevents._doctext import doc_text
from newsevents._names import NAME_PARTICLES
from newsevents.countries import country_code
from newsevents.extensions import Guarded
from newsevents.lexicons import load_lexicon
from newsevents.places import city_country, is_subdivision, load_tables, place_country

__all__ = [
    "QUOTE_OPENERS",
    "dateline_credits",
    "dateline_end",
    "glued_headline_end",
    "is_headline",
    "make_paragraphs_component",
    "mark_sentence_starts",
    "paragraph_starts",
    "sentence_starts",
]

#: Marks that may open a quotation at the start of a paragraph; the word after one of them
#: continues the same sentence.
QUOTE_OPENERS = frozenset({'"', "“", "„", "«", "»", "‘", "'"})

#: How far into a paragraph a headline may reach (characters).
_MAX_HEADLINE_CHARS = 200

# Capitals and small letters with those of Latin-1 ("SANTA LUCÍA", "Bogotá").
_UPPER = "A-ZÀ-ÖØ-Þ"
_LOWER = "a-zß-öø-ÿ"
# One word of a dateline's place: capitals only ("WASHINGTON", "U.S.", "PENTAGON/WASHINGTON"),
# with hyphens between capitals ("PORT-AU-PRINCE", "CAP-HAITIEN").
_PLACE_WORD = rf"[{_UPPER}](?:[{_UPPER}.'’&/]|-(?=[{_UPPER}]))*[{_UPPER}.]"
# One word of a region or country written in normal case after the place ("Afghanistan",
# "Calif.", "N.Y.").
_REGION_WORD = rf"(?:[{_UPPER}][{_LOWER}]+\.?|[A-Z]\.(?:[A-Z]\.)+)"
# A dateline: a place in capitals (several words, or "PLACE, REGION"), an optional region or
# country in normal case ("KANDAHAR, Afghanistan"), an optional date ("July 19",
# "Oct. 3, 2024") and agency ("(Reuters)", "(dpa)"), then a dash with space on both sides; the body
# may start with one more hyphen glued to it ("HAVANA — -The city ...").
_DATE = (
    r",[ \xa0](?:[A-Z][a-z]{2,8}\.?[ \xa0]\d{1,2}(?:,[ \xa0]\d{4})?"
    r"|\d{1,2}[ \xa0][A-Z][a-z]{2,8}\.?(?:[ \xa0]\d{4})?)"
)
_AGENCY = r"[ \xa0]*\([A-Za-z][A-Za-z. ]{0,30}\)"
_DATELINE = re.compile(
    rf"(?:{_PLACE_WORD}(?:,?[ \xa0]{_PLACE_WORD}){{0,4}}"
    rf"(?:,[ \xa0]{_REGION_WORD}(?:[ \xa0]{_REGION_WORD}){{0,2}})?"
    # the date: "July 19, 2026" or "19 July 2026"; after it, an agency in parentheses or,
    # as Kyodo writes it, in none ("SAN FRANCISCO, Nov. 17 Kyodo -")
    rf"(?:{_DATE}(?:[ \xa0][A-Z][A-Za-z]{{1,15}})?)?(?:{_AGENCY})?"
    # or a place in normal case, always with its agency: "Hanoi (VNA) -"
    rf"|[{_UPPER}][{_LOWER}]+(?:[ \xa0][{_UPPER}][{_LOWER}]+){{0,2}}(?:{_DATE})?{_AGENCY})"
    r"[ \xa0]+(?:—|–|--|-)[ \xa0]+-?"
    r"(?=[\"“‘'(]?[A-Z0-9])"
)
# A dateline closed by a colon ("KUWAIT CITY, November 30, 2026:", "Manama:") or by an
# agency between slashes ("MOSCOW, November 30. /TASS/."): a place, an optional date, then
# the mark and a space. Whether the place is one is checked apart (see dateline_end).
_OTHER_DATELINE = re.compile(
    rf"(?P<place>{_PLACE_WORD}(?:[ \xa0]{_PLACE_WORD}){{0,2}}"
    rf"|[{_UPPER}][{_LOWER}]+(?:[ \xa0][{_UPPER}][{_LOWER}]+){{0,2}})"
    # ANI writes the country in brackets after the place: "Buenos Aires [Argentina], July 5"
    rf"(?:[ \xa0]\[[{_UPPER}][{_LOWER}]+(?:[ \xa0][{_UPPER}][{_LOWER}]+){{0,2}}\])?"
    rf"(?P<date>{_DATE})?"
    rf"(?::|\.?[ \xa0]*/[A-Za-z-]{{2,12}}/\.?|(?P<agency>{_AGENCY}):?)[ \xa0]+"
    r"(?=[\"“‘'(]?[A-Z0-9])"
)
# A dateline all in normal case, as Al Jazeera writes it: a place (whose name may hold a
# particle of the names lexicon, "Deir el-Balah"), a comma, a region or country with an
# optional word of where in it (the demonyms lexicon's `region_modifiers`: "central Gaza",
# "northeast Congo"), then a long dash with space on both sides. The region must be one the
# gazetteer knows (see dateline_end).


@cache
def _normal_case_dateline() -> re.Pattern[str]:
    particles = "|".join(sorted(NAME_PARTICLES, key=len, reverse=True))
    regions = load_lexicon("demonyms").get("region_modifiers", [])
    where = "|".join(re.escape(word) for word in sorted(regions, key=len, reverse=True))
    return re.compile(
        rf"(?P<place>[{_UPPER}][{_LOWER}'’]+"
        rf"(?:(?:[ \xa0]|[ \xa0](?:{particles})[ \xa0-]|-)[{_UPPER}][{_LOWER}'’]+){{0,3}})"
        rf",[ \xa0](?:(?:{where})[ \xa0])?"
        rf"(?P<region>[{_UPPER}][{_LOWER}]+(?:[ \xa0][{_UPPER}][{_LOWER}]+){{0,2}})"
        r"[ \xa0]+(?:—|–|--)[ \xa0]+"
        r"(?=[\"“‘'(]?[A-Z0-9])"
    )


# A bulleted line: a line break, then a bullet and a space ("- Australia will provide ...").
_BULLET = re.compile(r"\n[ \t]*([-\u2022*\u25aa\u25cf])[ \t]+(?=\S)")
# Dashes that may glue a headline to its body.
_DASHES = "-–—"
# Lower-case words a Title Case headline keeps in lower case besides words of up to three
# letters (articles, short prepositions and conjunctions).
_HEADLINE_SMALL_WORDS = frozenset(
    {"about", "after", "amid", "from", "into", "onto", "over", "than", "that", "upon", "with"}
)
# Lower-case particles of names ("al -Qaida", "el -Sissi"): a hyphen after one is a name's.
# Those of the actors, and a few more that are written before a hyphen ("Zia-ul-Haq").
_NAME_PARTICLES = NAME_PARTICLES | {"abu", "ben", "du", "ul"}
# Prefixes of hyphenated words ("Anti-IS", "Pro-Kremlin").
_COMPOUND_PREFIXES = frozenset({"anti", "co", "ex", "non", "post", "pre", "pro", "trans"})
# Words of speech that follow a name, not the first word of a body after a headline: "Labour MP
# Sarah Owen-Jones said".
_SPEECH_AFTER_NAME = frozenset(
    {"said", "says", "told", "tells", "added", "adds", "wrote", "writes", "asked", "asks"}
    | {"argued", "insisted", "warned", "announced", "urged", "stressed", "noted", "replied"}
)
_WORD_EDGES = "\"'“”‘’()[]:;,.!?-–—"


# The first non-space character, and one after a blank line. Two patterns, not one with
# "\A|\n..." in front: a pattern that starts with the line break is searched for as a literal,
# many times faster than trying the alternatives at every character.
_TEXT_START = re.compile(r"\s*(?=\S)")
_PARAGRAPH_BREAK = re.compile(r"\n[^\S\n]*\n\s*(?=\S)")


def paragraph_starts(text: str) -> Iterator[int]:
    r"""Yield the character offset of the start of ``text`` and of every paragraph in it.

    A paragraph starts at the first non-space character after a blank line (two or more
    line breaks); a single line break is often a wrapped line in the middle of a sentence.

    >>> list(paragraph_starts("  One.\nStill one.\n\n Two."))
    [2, 20]
    """
    first = _TEXT_START.match(text)
    if first is None:
        return  # nothing but white space
    yield first.end()
    for match in _PARAGRAPH_BREAK.finditer(text, first.end()):
        yield match.end()


def dateline_end(text: str, start: int = 0) -> int | None:
    """Return where the body begins after a dateline at ``start`` of ``text``, else None.

    A dateline is a place in capitals with an optional region or country in normal case,
    date and news agency, a place in normal case with its news agency ("Hanoi (VNA)"), or
    ``FILE`` / ``FILE PHOTO``, followed by a dash with space around it. A hyphen joining two words
    ("U.S.-China") is no dateline.

    >>> text = "GENEVA, July 19 (Reuters) - The talks ended."
    >>> text[dateline_end(text):]
    'The talks ended.'
    >>> text = "TROMSO, Norway, Sept. 9 (Xinhua) -- Fishers protested."
    >>> text[dateline_end(text):]
    'Fishers protested.'
    >>> text = "SAN FRANCISCO, Nov. 17 Kyodo - Kishida met Xi on Thursday."
    >>> text[dateline_end(text):]
    'Kishida met Xi on Thursday.'
    >>> text = "LEEDS, 27 November 2026 – Two people were hurt."
    >>> text[dateline_end(text):]
    'Two people were hurt.'
    >>> text = "PORT-AU-PRINCE, Haiti (AP) — Armed men stormed a town."
    >>> text[dateline_end(text):]
    'Armed men stormed a town.'
    >>> text = "Hanoi (VNA) – The two leaders met."
    >>> text[dateline_end(text):]
    'The two leaders met.'
    >>> dateline_end("Apple - The company said.") is None
    True
    >>> dateline_end("U.S.-China talks ended.") is None
    True

    A place closed by a colon or an agency between slashes is a dateline too, when the
    place is a city or place the gazetteer knows (no country) or a date follows it:

    >>> text = "Manama: The forum opened on Friday."
    >>> text[dateline_end(text):]
    'The forum opened on Friday.'
    >>> text = "MOSCOW, November 30. /TASS/. Lavrov met his Lao counterpart."
    >>> text[dateline_end(text):]
    'Lavrov met his Lao counterpart.'
    >>> dateline_end("Update: The talks ended.") is None
    True

    So is a place, a date and an agency with no dash, as India's wires write it:

    >>> text = "New Delhi, Dec 10 (PTI) Opposition members staged a walkout."
    >>> text[dateline_end(text):]
    'Opposition members staged a walkout.'
    >>> dateline_end("Hanoi (VNA) The two leaders met.") is None
    True

    and as ANI writes it, with the country in brackets and a colon after the agency:

    >>> text = "Buenos Aires [Argentina], July 5 (ANI): Modi held talks with Milei."
    >>> text[dateline_end(text):]
    'Modi held talks with Milei.'

    A place and its region or country all in normal case, with a long dash, is one when the
    gazetteer knows the region:

    >>> text = "Deir el-Balah, central Gaza – Warplanes struck overnight."
    >>> text[dateline_end(text):]
    'Warplanes struck overnight.'
    >>> dateline_end("Growth, Inflation – What the Data Show") is None
    True
    >>> text = "Goma, northeast Congo – Rebels seized the airport."
    >>> text[dateline_end(text):]
    'Rebels seized the airport.'
    >>> dateline_end("Texas, California – Two states sued.") is None
    True
    >>> dateline_end("Pakistan: Intelligence Deal Can Help Counter Terrorism") is None
    True
    """
    match = _DATELINE.match(text, start)
    if match is not None:
        return match.end()
    normal = _normal_case_dateline().match(text, start)
    if normal is not None:
        region, place = normal.group("region"), normal.group("place")
        known = country_code(region) or place_country(region) or city_country(region)
        # not two regions or countries ("Texas, California – Two states sued ...")
        region_first = country_code(place) is not None or (
            city_country(place) is None and is_subdivision(place)
        )
        if known and not region_first:
            return normal.end()
    other = _OTHER_DATELINE.match(text, start)
    if other is None:
        return None
    if other.group("date") is None and (
        other.group("agency") is not None or not _known_place(other.group("place"))
    ):
        return None  # ("New Delhi, Dec 10 (PTI) Opposition members ...": with its date)
    return other.end()


# Where a dateline names the news agency: "(Reuters)", "/TASS/", or Kyodo's name after the
# date ("SAN FRANCISCO, Nov. 17 Kyodo -").
_DATELINE_CREDIT = re.compile(
    r"\((?P<parenthesised>[A-Za-z][A-Za-z. ]{0,30})\)"
    r"|/(?P<slashed>[A-Za-z-]{2,12})/"
    rf"|{_DATE}[ \xa0](?P<after_date>[A-Z][A-Za-z]{{1,15}})(?=[ \xa0]+(?:—|–|--|-)[ \xa0])"
)
# The start of a line, after its leading spaces.
_LINE_START = re.compile(r"(?:\A|\n)[ \t\xa0]*")


def dateline_credits(text: str) -> list[tuple[int, int]]:
    r"""Return where the datelines of ``text`` name the news agency that wrote the story.

    The agency of a dateline says who wrote the story, not who is in it.

    >>> text = "GENEVA, July 19 (Reuters) - The talks ended, Reuters was told."
    >>> [text[start:end] for start, end in dateline_credits(text)]
    ['Reuters']
    >>> text = "Kishida meets Xi\nSAN FRANCISCO, Nov. 17 Kyodo - Kishida met Xi."
    >>> [text[start:end] for start, end in dateline_credits(text)]
    ['Kyodo']
    >>> text = "MOSCOW, November 30. /TASS/. Lavrov met his Lao counterpart."
    >>> [text[start:end] for start, end in dateline_credits(text)]
    ['TASS']
    >>> dateline_credits("The agency (Reuters) said - nothing more.")
    []
    """
    spans: list[tuple[int, int]] = []
    for line in _LINE_START.finditer(text):
        start = line.end()
        end = dateline_end(text, start)
        if end is None:
            continue
        credit = _DATELINE_CREDIT.search(text, start, end)
        if credit is not None and credit.lastgroup is not None:
            spans.append(credit.span(credit.lastgroup))
    return spans


def _known_place(name: str) -> bool:
    """Whether ``name`` (as written, or in capitals) is a city or place the gazetteer knows.

    Not a country: "Pakistan: Intelligence Deal Can Help" is a headline's topic.
    """
    for form in (name, name.title()):
        if country_code(form) is None and (place_country(form) or city_country(form)):
            return True
    return False


def is_headline(text: str, min_words: int = 1) -> bool:
    """Return whether ``text`` reads as a Title Case headline of at least ``min_words`` words.

    Every word starts with a capital or a digit, except articles, short prepositions and
    conjunctions; the last word is not a name particle ("al", "de").

    >>> is_headline("Leaders Meet in Oslo to Discuss Fish")
    True
    >>> is_headline("In a televised address Sunday el")
    False
    """
    words = [word.strip(_WORD_EDGES) for word in text.split()]
    words = [word for word in words if word]
    if len(words) < min_words or len(words) > 25:
        return False
    if words[-1].lower() in _NAME_PARTICLES and not words[-1].isupper():
        return False
    for word in words:
        if word[0].isupper() or word[0].isdigit():
            continue
        if len(word) <= 3 or word in _HEADLINE_SMALL_WORDS:
            continue
        return False
    return words[-1][0].isupper() or words[-1][0].isdigit()


def glued_headline_end(text: str, start: int = 0) -> int | None:
    """Return where the body begins after a headline glued to it at ``start``, else None.

    The glue is one of: a dash with space before it and a capitalised word right after it
    ("Fish Quotas -The deal"); a hyphen between a Title Case run of three or more words and
    a sentence ("Ministers Agree Fish Quotas-Norway said ..."); a dash before a dateline
    ("Fish Quotas-OSLO — The deal"); a dash, space and a hyphen ("Fish Quotas — -The deal");
    a hyphen with space around it after a Title Case run of three or more words
    ("Ministers Agree Fish Quotas - The deal").
    What comes before the glue must read as a headline (:func:`is_headline`), so hyphenated
    words ("Guinea-Bissau", "al -Qaida") are never split.

    >>> text = "Ministers Agree on Fish Quotas -The deal was signed."
    >>> text[glued_headline_end(text):]
    'The deal was signed.'
    >>> text = "Ministers Agree-OSLO — -The deal was signed."
    >>> text[glued_headline_end(text):]
    'OSLO — -The deal was signed.'
    >>> glued_headline_end("Guinea-Bissau Votes - The count began.") is None
    True
    """
    line_end = text.find("\n", start)
    stop = min(len(text) if line_end < 0 else line_end, start + _MAX_HEADLINE_CHARS)
    for index in range(start + 1, stop):
        if text[index] not in _DASHES:
            continue
        body = _body_after_glue(text, start, index)
        if body is not None:
            return body
    return None


def _body_after_glue(text: str, start: int, dash: int) -> int | None:
    """Return where the body starts if the dash at ``dash`` glues a headline to it."""
    before, after = text[dash - 1], text[dash + 1 : dash + 2]
    headline = text[start:dash]
    if before.isspace() and after.isupper():  # "Quotas -The"
        return dash + 1 if is_headline(headline) else None
    rest = dash + 1
    while rest < len(text) and text[rest] in " \xa0":
        rest += 1
    if dateline_end(text, rest) is not None:  # "Quotas-OSLO — The", "Quotas - OSLO — The"
        return rest if is_headline(headline) else None
    if before.isalpha() or before in "'’":  # "Quotas-Norway agreed"
        return dash + 1 if _is_glued_body(text, start, dash) else None
    if not (before.isspace() and after.isspace() and rest < len(text)):
        return None
    if text[rest] == "-" and text[rest + 1 : rest + 2].isupper():  # "Quotas — -The"
        return rest + 1 if is_headline(headline) else None
    if text[dash] == "-" and text[rest].isupper():  # "Ministers Agree Fish Quotas - The"
        return rest if start == 0 and is_headline(headline, min_words=3) else None
    return None


def _is_glued_body(text: str, start: int, dash: int) -> bool:
    """Return whether a hyphen with no space around it ends a headline and starts a body.

    Three or more Title Case words come before it, and a sentence, not more Title Case words,
    comes after it ("Fish Quotas Agreed-Norway said ..."; not "Leaders Visit Guinea-Bissau
    Capital").
    """
    last = text[start:dash].split()[-1]
    if last.lower() in _COMPOUND_PREFIXES:
        return False  # "Anti-IS Strike"
    words = text[dash + 1 :].split()[:6]
    if words and f"{last}-{words[0]}".strip(_WORD_EDGES).lower() in _hyphenated_titles():
        return False  # "European Commission Vice-President Margrethe Vestager said"
    if len(words) < 2 or not words[0][0].isupper() or words[0][-1] in ",)":
        return False  # a double name ("Abdel-Fattah", "Herredia-Morales, one of ...")
    if words[1].split("-")[0] in _NAME_PARTICLES:
        return False  # "Abdel-Fattah el-Sissi"
    if words[1].strip(_WORD_EDGES) in _SPEECH_AFTER_NAME:
        return False  # "Labour MP Sarah Owen-Jones said": a double name
    return is_headline(text[start:dash], min_words=3) and not is_headline(" ".join(words))


@cache
def _hyphenated_titles() -> frozenset[str]:
    """Return the pairs of words a hyphen joins in the shipped titles.

    "vice-president", "secretary-general", "under-secretary".
    """
    pairs: set[str] = set()
    for title in load_lexicon("titles")["titles"]:
        for word in title.lower().split():
            pairs.update(f"{a}-{b}" for a, b in pairwise(word.split("-")))
    return frozenset(pairs)


def sentence_starts(text: str) -> list[int]:
    r"""Return the character offsets in ``text`` where a sentence must start, in order.

    These are the paragraph starts (:func:`paragraph_starts`), and after a paragraph's
    glued headline (:func:`glued_headline_end`) and dateline (:func:`dateline_end`), where
    the body begins.

    >>> text = "Fish Quotas -OSLO — The deal was signed.\n\nIt holds."
    >>> [text[start:start + 4] for start in sentence_starts(text)]
    ['Fish', 'OSLO', 'The ', 'It h']

    A line that opens with a bullet ("- ", "• ", "* ") starts one too, at the bullet:

    >>> text = "Key points:\n- Aid goes to the Police Force\n- Manele says the pact holds"
    >>> [text[start:start + 5] for start in sentence_starts(text)]
    ['Key p', '- Aid', '- Man']
    """
    starts: list[int] = []
    for start in paragraph_starts(text):
        starts.append(start)
        headline_end = None if dateline_end(text, start) else glued_headline_end(text, start)
        if headline_end is not None:
            start = headline_end
            starts.append(start)
        body = dateline_end(text, start)
        if body is not None:
            starts.append(body)
    bullets = _bullet_starts(text)
    return sorted(set(starts).union(bullets)) if bullets else starts


def _bullet_starts(text: str) -> list[int]:
    r"""Return where bulleted lines start, but not those of a list a speaker says.

    'The senator said:\n- we will not fund the wall': what was said, one block.
    """
    found: list[int] = []
    said = False
    last_end = 0  # where the line of the bullet before ends
    for match in _BULLET.finditer(text):
        between = text[last_end : match.start()]
        if between.strip():
            # prose before this bullet: does its last line introduce what someone says?
            line = between.rstrip().rsplit("\n", 1)[-1].rstrip()
            said = line.endswith(":") and any(
                word.lower() in _SPEECH_AFTER_NAME for word in line[:-1].split()[-3:]
            )
        line_end = text.find("\n", match.end())
        last_end = len(text) if line_end < 0 else line_end
        if not said:
            found.append(match.start(1))
    return found


# A sentence's full stop glued to a name that ends in a capital letter ("built by SpaceX.
# NASA said", "sold it to AT&T."), which the tokenizer keeps as one token with the stop; an
# abbreviation with stops of its own ("U.S.", "Ph.D.") or all in capitals ("U.N.") is not one.
# (A word is matched whole and tested after: a pattern that looks for the small letter inside
# it would try every split of a long run of letters.)
_GLUED_STOP = re.compile(
    r"(?<![\w.&])(?P<word>[A-Za-z]+|[A-Z]+&[A-Z]+)(\.)"
    r"(?=\s+[\"\u201c\u2018'(]?[A-Z]|\s*$)"
)


def glued_stops(text: str) -> list[int]:
    """Return the offsets of full stops glued to a name that ends in a capital letter.

    >>> text = "The rocket was built by SpaceX. NASA said it sold data to AT&T."
    >>> [text[text.rfind(" ", 0, stop) + 1 : stop + 1] for stop in glued_stops(text)]
    ['SpaceX.', 'AT&T.']

    Abbreviations are left alone: "the U.S. Senate", "a Ph.D. student", "U.N. envoy".
    """
    return [
        match.start(2)
        for match in _GLUED_STOP.finditer(text)
        if "&" in (word := match["word"])
        or (word[-1].isupper() and any(letter.islower() for letter in word))
    ]


def mark_sentence_starts(doc: Doc) -> bool:
    """Make a token start a sentence at every offset of :func:`sentence_starts`.

    A token that has the start inside it ("-The") is split there. Returns whether any
    token was split. A quotation mark that opens a sentence keeps its words in the sentence.
    A full stop glued to a name that ends in a capital letter (:func:`glued_stops`) is split
    off, and the word after it starts a sentence.
    """
    split = False
    offsets: list[int] = doc.to_array([IDX]).tolist() if len(doc) else []
    for stop in glued_stops(doc_text(doc)):
        token = _token_at(doc, offsets, stop)
        if token is None or token.idx == stop:
            continue
        _split_token(doc, token, stop - token.idx)
        split = True
        doc[token.i + 1].is_sent_start = False  # the stop ends the name's sentence
        if token.i + 2 < len(doc):
            _start_sentence(doc, doc[token.i + 2])
        offsets = doc.to_array([IDX]).tolist()
    for char in sentence_starts(doc_text(doc)):
        token = _token_at(doc, offsets, char)
        if token is None:
            continue
        if token.idx < char:
            _split_token(doc, token, char - token.idx)
            split = True
            doc[token.i].is_sent_start = False  # the glue stays with the headline
            token = doc[token.i + 1]
            offsets = doc.to_array([IDX]).tolist()  # the tokens after it moved on by one
        _start_sentence(doc, token)
    return _join_after_abbreviations(doc) or split


# Abbreviated honorifics and titles that stand before a name ("met Smt. Nirmala Sitharaman",
# "Lt. Col. Ana Ruiz"): their stop ends no sentence. "St." and "Dr." also end street names
# ("on Main St. Police said"), so those two hold only after no capitalised word.
_NAME_ABBREVIATIONS = frozenset(
    {"smt", "shri", "dr", "mr", "mrs", "ms", "prof", "gen", "lt", "col", "sen", "rep", "gov"}
    | {"rev", "st", "sgt", "capt", "maj", "cmdr", "adm"}
)
_STREET_ABBREVIATIONS = frozenset({"st", "dr"})


def _join_after_abbreviations(doc: Doc) -> bool:
    """Keep the name after an abbreviated honorific or title in its sentence.

    The parser may end a sentence at the stop of "Smt." before "Nirmala Sitharaman", and a
    preset boundary alone does not stop it: a stop the tokenizer split off is joined to its
    word again ("Smt", "." become "Smt."), and the word after it is marked as no sentence
    start. Returns whether any tokens were joined.
    """
    joins: list[Token] = []
    for token in doc[:-1]:
        word = token.text.rstrip(".").lower()
        if word not in _NAME_ABBREVIATIONS:
            continue
        stop = token if token.text.endswith(".") else doc[token.i + 1]
        if (stop is not token and (stop.text != "." or token.whitespace_)) or (
            stop.whitespace_ != " " or stop.i + 1 >= len(doc)
        ):
            continue
        after = doc[stop.i + 1]
        if not after.text[:1].isupper() or after.is_sent_start:
            continue
        if word in _STREET_ABBREVIATIONS and token.i and doc[token.i - 1].text[:1].isupper():
            continue  # "Main St." ends a street's name, and may end its sentence
        after.is_sent_start = False
        if stop is not token:
            stop.is_sent_start = False
            joins.append(token)
    if joins:
        with doc.retokenize() as retokenizer:
            for token in joins:
                retokenizer.merge(doc[token.i : token.i + 2])
    return bool(joins)


def _start_sentence(doc: Doc, token: Token) -> None:
    """Mark ``token`` as a sentence start, keeping a quotation mark's words with it."""
    if token.i == 0:
        return
    token.is_sent_start = True
    if token.text in QUOTE_OPENERS and token.i + 1 < len(doc):
        # The quotation mark opens the sentence; the words after it belong to it.
        doc[token.i + 1].is_sent_start = False
    elif (
        token.i + 1 < len(doc)
        and len(token.text) > 1
        and token.text.isupper()
        and token.text.isalnum()
        and doc[token.i + 1].is_alpha
        and not token.whitespace_.count("\n")
        # after a space (a dateline's dash), not split from a headline glued to it
        and doc[token.i - 1].whitespace_
    ):
        # "Kyiv, Ukraine – NATO troops arrived": the parser may end a sentence after a
        # word in capitals that opens one; the words after it belong to it
        doc[token.i + 1].is_sent_start = False
    elif (
        token.i + 1 < len(doc)
        and token.is_alpha
        and doc[token.i + 1].is_alpha
        and not token.whitespace_.count("\n")
        and _after_unmarked_line(doc, token)
    ):
        # "Talks to resume / Interior Minister Juan Cristo said": after a headline with no
        # end mark, the parser may make the paragraph's first word a sentence of its own;
        # a word with no mark after it ends no sentence
        doc[token.i + 1].is_sent_start = False


def _after_unmarked_line(doc: Doc, token: Token) -> bool:
    """Whether ``token`` opens a line after one that ends with a word: a headline's."""
    before = token.i - 1
    if not ("\n" in doc[before].text or "\n" in doc[before].whitespace_):
        return False
    while before >= 0 and doc[before].is_space:
        before -= 1
    return before >= 0 and doc[before].is_alpha


def _token_at(doc: Doc, offsets: list[int], char: int) -> Token | None:
    """Return the token that covers the character offset ``char``, if any.

    ``offsets`` are the tokens' start offsets, in order: a binary search, not a walk that
    makes a ``Token`` for every word before ``char``.
    """
    index = bisect.bisect_right(offsets, char) - 1
    if index < 0:
        return None
    token = doc[index]
    return token if char < token.idx + len(token.text) else None


def _split_token(doc: Doc, token: Token, at: int) -> None:
    """Split ``token`` into two tokens at the character ``at`` inside it."""
    orths = [token.text[:at], token.text[at:]]
    with doc.retokenize() as retokenizer:
        retokenizer.split(token, orths, heads=[(token, 1), (token, 1)])


@Language.factory("newsevents_paragraphs", assigns=["token.is_sent_start"])
def make_paragraphs_component(nlp: Language, name: str) -> ParagraphsComponent:
    """Create the ``newsevents_paragraphs`` component; add it before the parser."""
    return ParagraphsComponent(nlp, name)


class ParagraphsComponent(Guarded):
    """Marks where sentences must start (:func:`mark_sentence_starts`) on each doc.

    When it splits a token, it runs the components before it in ``nlp`` again on the doc,
    so that the token vectors and tags match the new tokens.
    """

    def __init__(self, nlp: Language, name: str) -> None:
        """Remember the pipeline and the name the component has in it."""
        self.nlp = nlp
        self.name = name
        load_tables()  # the places a dateline names, read now

    def annotate(self, doc: Doc) -> Doc:
        """Mark sentence starts in ``doc`` and return it."""
        if mark_sentence_starts(doc):
            for name, component in self.nlp.pipeline:
                if name == self.name:
                    break
                doc = component(doc)
        return doc
