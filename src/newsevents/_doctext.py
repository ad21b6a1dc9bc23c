"""The text of a spaCy ``Doc``, built once for the doc every component is working on.

``Doc.text`` joins the text of every token, making a ``Token`` object for each one, each
time it is read: on a long article that costs more than some components' whole work. The
components of the pipeline read the text of the same doc one after the other, and
``nlp.pipe`` hands a whole batch of docs to one component before the next, so the text is
kept for every doc still alive (a weak reference to the doc, which drops the text with the
doc), with the doc's length to tell when it is stale.

>>> import spacy
>>> nlp = spacy.blank("en")
>>> doc = nlp("Kerry met Li.")
>>> doc_text(doc) is doc_text(doc)
True
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from spacy.tokens import Doc

from newsevents._names import name_word
from newsevents._perdoc import PerDoc

__all__ = [
    "BLANK_LINE",
    "credit_spans",
    "doc_text",
    "heading_end",
    "remember_text",
    "title_case_words",
]

# The text of every doc still alive whose text was read.
_texts: PerDoc[str] = PerDoc(lambda doc: doc.text)


def doc_text(doc: Doc) -> str:
    """Return ``doc.text``, reading it from the doc only the first time it is asked for."""
    return _texts.get(doc)


def remember_text(doc: Doc, text: str) -> None:
    """Note that ``nlp.make_doc(text)`` made ``doc``, for :func:`doc_text` to return ``text``.

    spaCy's tokenizer keeps every character; a tokenizer that did not (its last token
    ending elsewhere than the text) is not trusted, and the text is built from the tokens.

    >>> import spacy
    >>> nlp = spacy.blank("en")
    >>> doc = nlp.make_doc("Kerry met Li.")
    >>> remember_text(doc, "Kerry met Li.")
    >>> doc_text(doc)
    'Kerry met Li.'
    """
    if len(doc) and doc[-1].idx + len(doc[-1].text_with_ws) != len(text):
        return
    _texts.put(doc, text)


def heading_end(text: str) -> int:
    r"""Return where a headline on the text's first line ends, or 0 when it has none.

    A headline is a short first line with no sentence end mark: "Modi, Albanese hold talks".

    >>> heading_end("Modi, Albanese hold talks\n\nModi and Albanese met on Wednesday.")
    25
    >>> heading_end("Modi and Albanese met on Wednesday.\n\nThey held talks.")
    0
    """
    end = text.find("\n")
    line = text[:end].strip() if end > 0 else ""
    if not line or len(line) > 200 or line[-1] in ".!?\"\u201d\u2019'":
        return 0
    return end


# A byline: "By MARIA CHENG and DAVID RISING", "By Jane Doe, Associated Press".
_BYLINE = re.compile(r"[ \t]*By[ \t]+[A-Z][^\n]*")
# A byline with the writer's job before the name: "By foreign affairs reporter Stephen Dziedzic",
# "By Pacific affairs reporter ...".
_BYLINE_TITLED = re.compile(
    r"[ \t]*By[ \t]+(?:[A-Za-z-]+[ \t]+){0,4}?"
    r"(?:reporter|correspondent|editor|writer|journalist)[ \t]+(?P<names>[A-Z][^\n]*)"
)
_BYLINE_WORDS = frozenset({"and", "of", "the", "in", "for", "&"})
# A credit line after the story: who reported, wrote or edited it, and its copyright.
_CREDIT = re.compile(
    r"contributed(?:\s+to)?(?:\s+this)?\s+report|contributed\s+reporting"
    # at the start of the line or of a part of it: "(Reporting by ...; editing by ...)", not
    # "according to data compiled by Bloomberg"
    # "— Reporting by STAT's Helen Branswell", set off by its dash
    r"|(?:^[\s\u2014\u2013-]*|[(;,]|\band)\s*(?:additional\s+)?"
    r"(?:reporting|editing|writing|compiled)\s+by"
    # "Source: Al Jazeera and news agencies": whose copy the story is
    r"|^\s*sources?\s*:"
    # "— With files from Mickey Djuric in Ottawa": whose reporting the story took in
    r"|^[\s\u2014\u2013-]*with\s+files\s+from\b"
    # "— With reports from Jean Mangaluz": the same, set off by its dash (not a sentence of
    # the story, "With reports from the front suggesting ...")
    r"|^\s*[\u2014\u2013-]\s*with\s+reports\s+from\b"
    # "This report by The Canadian Press was first published March 10, 2025."
    r"|^\s*this\s+(?:report|story|article)\b[^\n]*?\b(?:first|originally)\s+published\b"
    r"|\bcopyright\b|\u00a9|all\s+rights\s+reserved",
    re.IGNORECASE | re.MULTILINE,
)
# A mark that ends the story, a word in capitals in brackets on its own line: "(END)".
_END_MARK = re.compile(r"\s*\(\s*[A-Z]{2,}\s*\)\s*")
_LINE = re.compile(r"[^\n]+")
# A blank line, one that holds white space at most: where paragraphs are cut apart.
BLANK_LINE = re.compile(r"\n[ \t\r\f\v]*\n")
# A credit is a short line among the last few of the text.
_CREDIT_LENGTH = 300
_CREDIT_LINES = 4


def credit_spans(text: str) -> list[tuple[int, int]]:
    r"""Return where the text names its own authors: a byline and credit lines.

    A byline is a line among the first five that starts with "By" and holds names only,
    with their lower-case particles ("al-Mughrabi", "van der"), and the outlet after a comma
    or on the next short line, or one after the first that holds writers in places only
    ("Sam Jones in Madrid"); a credit is a short line among the last four of the text
    that says who contributed, reported, wrote or edited (or whose files the story took in:
    "With files from ...", "— With reports from ..."), that says where the story was first
    published, names its source ("Source: Al Jazeera and news agencies"), or holds the
    copyright, or that marks the story's end ("(END)"); and a last line that is a name
    alone, the outlet that signs the story ("Al Jazeera"). The people and outlets named
    there are not in the story.

    >>> text = "By MARIA CHENG\nAP\n\nWHO said it was ready.\n\nCheng reported from London."
    >>> [text[start:end] for start, end in credit_spans(text)]
    ['By MARIA CHENG', 'AP']
    >>> text = "By foreign affairs reporter Stephen Dziedzic\n\nWong met Marsudi."
    >>> [text[start:end] for start, end in credit_spans(text)]
    ['By foreign affairs reporter Stephen Dziedzic']
    >>> text = "Stocks rose.\n\nYields fell, according to data compiled by Bloomberg."
    >>> credit_spans(text)
    []
    >>> text = "Kerry met Li.\n\nAP writer Geir Moulson in Berlin contributed to this report."
    >>> [text[start:end] for start, end in credit_spans(text)]
    ['AP writer Geir Moulson in Berlin contributed to this report.']
    >>> text = (
    ...     "Ford met Lutnick.\n\n- With files from Mickey Djuric in Ottawa\n\n"
    ...     "This report by The Canadian Press was first published March 10, 2025.\n\n(END)"
    ... )
    >>> [text[start:end] for start, end in credit_spans(text)]  # doctest: +NORMALIZE_WHITESPACE
    ['- With files from Mickey Djuric in Ottawa',
     'This report by The Canadian Press was first published March 10, 2025.', '(END)']
    >>> text = "Ford met Lutnick.\n\nThe novel was first published in 1990, Ford said."
    >>> credit_spans(text)
    []
    """
    spans: list[tuple[int, int]] = []
    lines = [(m.start(), m.end()) for m in _LINE.finditer(text) if m.group().strip()]
    # under a headline in title case, "Zelensky Arrives in Washington" is a deck, no byline
    titled_headline = bool(lines) and _title_case(text[slice(*lines[0])])
    for index, (start, end) in enumerate(lines[:5]):
        line = text[start:end]
        titled = _BYLINE_TITLED.fullmatch(line)
        if (
            (_BYLINE.fullmatch(line) and _names_only(line.strip()[3:]))
            or (titled is not None and _names_only(titled["names"]))
            or (index > 0 and not titled_headline and _writers_in_places(line))
        ):
            spans.append((start, end))
            following = lines[index + 1] if index + 1 < len(lines) else None
            if following is not None:
                after = text[following[0] : following[1]].strip()
                if len(after.split()) <= 4 and after[-1:] not in '.!?"\u201d':
                    spans.append(following)  # "Associated Press" on a line of its own
            break
    for start, end in lines[-_CREDIT_LINES:]:
        credit = end - start <= _CREDIT_LENGTH and (
            _CREDIT.search(text, start, end) or _END_MARK.fullmatch(text, start, end)
        )
        if credit and (start, end) not in spans:
            spans.append((start, end))
    if len(lines) >= 2 and _sign_off(text[slice(*lines[-1])]) and lines[-1] not in spans:
        spans.append(lines[-1])  # "Al Jazeera" under the story: the outlet that signs it
    return spans


# Short words a headline in title case may leave in lower case.
_TITLE_SMALL_WORDS = frozenset(
    {"a", "an", "the", "of", "in", "on", "at", "to", "for", "and", "or", "with", "by", "as"}
)


def _title_case(line: str) -> bool:
    """Whether a line of three words or more capitalises every word but the short ones.

    >>> _title_case("Zelensky Arrives in Washington for Talks"), _title_case("Court upholds law")
    (True, False)
    """
    words = [word for word in line.split() if word[:1].isalpha()]
    return len(words) >= 3 and all(
        word[:1].isupper() or word in _TITLE_SMALL_WORDS for word in words
    )


def title_case_words(words: Sequence[str]) -> bool:
    """Whether a headline's words of four letters or more are mostly capitalised.

    Three in four of them, with four such words or more, as in "Vucic and Kurti Trade Blame
    as EU Envoy Urges Calm in North Kosovo": looser than the test ``credit_spans`` puts to a
    headline before it reads the line under it as a deck, which wants every word but the
    short ones capitalised.

    >>> title_case_words("Kurti Trade Blame as EU Envoy Urges Calm".split())
    True
    >>> title_case_words("Kurti and Vucic trade blame over north Kosovo".split())
    False
    """
    long_words = [word for word in words if word.isalpha() and len(word) >= 4]
    capitals = sum(1 for word in long_words if word[:1].isupper() and not word.isupper())
    return len(long_words) >= 4 and capitals >= 0.75 * len(long_words)


def _writers_in_places(line: str) -> bool:
    """Whether a line under the headline is a byline without "By": "Sam Jones in Madrid".

    Each part joined by "and" is a name of two or three capitalised words, "in" and a
    place of one to three; nothing else, no mark of a sentence.

    >>> _writers_in_places("Sam Jones in Madrid"), _writers_in_places("Floods in Spain")
    (True, False)
    >>> _writers_in_places("Jon Henley in Paris and Sam Jones in Madrid")
    True
    >>> _writers_in_places("Sam Jones in Madrid said it rained.")
    False
    """
    if any(mark in line for mark in '.!?,:;"\u201d()'):
        return False
    for part in line.strip().split(" and "):
        name, _, place = part.partition(" in ")
        names, places = name.split(), place.split()
        if not (2 <= len(names) <= 3 and 1 <= len(places) <= 3):
            return False
        if not all(word[:1].isupper() and name_word(word) for word in (*names, *places)):
            return False
    return True


def _sign_off(line: str) -> bool:
    """Whether the text's last line is a name alone that signs the story: "Al Jazeera".

    One to four capitalised words or particles, with no mark that ends a sentence and no
    comma.

    >>> _sign_off("Al Jazeera"), _sign_off("Talks resume on Monday"), _sign_off("Gaza.")
    (True, False, False)
    """
    parts = line.split()
    return (
        0 < len(parts) <= 4
        and not any(mark in line for mark in '.!?,:;"\u201d()')
        and parts[0][:1].isupper()
        and all(name_word(part) for part in parts)
    )


def _names_only(words: str) -> bool:
    """Whether a byline's words are names: capitalised or particles, or "and", "of", commas.

    >>> _names_only("Nidal al-Mughrabi and Maayan Lubell"), _names_only("the staff of")
    (True, False)
    """
    parts = words.replace(",", " ").split()
    return (
        0 < len(parts) <= 12
        and all(name_word(part) or part in _BYLINE_WORDS for part in parts)
        and any(part[:1].isupper() for part in parts)
    )
