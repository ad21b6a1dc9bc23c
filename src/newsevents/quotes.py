r"""Quotation marks: find the quoted stretches of a text, tolerant of odd and unbalanced marks.

:func:`find_quotes` is a pure function over a string. It pairs straight (``"``) and
typographic marks (``“ ”``, ``„ “``, ``« »``, ``» «``, ``” ”``, and single ``‘ ’`` or ``'``
outside double quotes), follows the news convention that a quotation left open at the end of
a paragraph goes on in the next paragraph when that one starts with an opening mark, and never
raises: a mark it cannot pair is skipped, and a quotation that is never closed ends at the end
of its paragraph (``closed`` is then false).

>>> [q.text("He said: “We will win.” Then he left.") for q in find_quotes(
...     "He said: “We will win.” Then he left.")]
['“We will win.”']
>>> text = '"First paragraph.\n\n"Second paragraph," he said.'
>>> [text[start:end] for start, end in find_quotes(text)[0].parts]
['"First paragraph.', '"Second paragraph,"']
>>> find_quotes('an odd " mark')
[]
"""

from __future__ import annotations

import functools
import re

import attrs

from newsevents._doctext import BLANK_LINE

__all__ = ["Quote", "find_quotes"]

# Opening mark -> the marks that may close it. Straight marks close themselves.
_DOUBLE_PAIRS: dict[str, str] = {
    "“": "”",  # English
    "„": "“”",  # German, Polish
    "«": "»",  # French
    "»": "«",  # Danish, German
    '"': '"',
    "”": "”",  # Swedish, Finnish
}
_SINGLE_PAIRS: dict[str, str] = {
    "‘": "’",
    "‚": "‘’",
    "‹": "›",
    "›": "‹",
    "'": "'",
}
_DOUBLE_MARKS = frozenset('“”„«»"')
_SINGLE_MARKS = frozenset("‘’‚‹›'")
# Marks that only ever open (in the languages above) and marks that only ever close.
_ALWAYS_OPEN = frozenset("„‚")
_GUILLEMETS = frozenset("«»")
# Closing marks accepted after an opening mark of another style ("“Yes\"").
_LENIENT_CLOSE = frozenset('"”»')
_MARK = re.compile("[\"“”„«»‘’‚‹›']")
_LINE_BREAK = re.compile("\n")
# Characters after which a mark reads as an opening one ("(“", "— “", "said: ‘").
_BEFORE_OPENING = frozenset("([{<—–-/:")


@attrs.frozen(kw_only=True)
class Quote:
    """A quotation: where it starts and ends (marks included), and its parts per paragraph.

    ``parts`` holds one ``(start, end)`` pair per paragraph the quotation runs over; ``closed``
    is false when no closing mark was found (the quotation then ends with its paragraph).
    """

    start: int
    end: int
    open_mark: str
    close_mark: str | None
    parts: tuple[tuple[int, int], ...]

    @property
    def closed(self) -> bool:
        """Whether a closing mark ends the quotation.

        >>> find_quotes('He said "yes')[0].closed
        False
        """
        return self.close_mark is not None

    def text(self, text: str) -> str:
        """Return the quoted text with its marks (the parts joined by a blank line).

        >>> find_quotes("“Yes”")[0].text("“Yes”")
        '“Yes”'
        """
        return "\n\n".join(text[start:end] for start, end in self.parts)

    def inner(self) -> tuple[tuple[int, int], ...]:
        """Return the parts without the marks themselves.

        >>> find_quotes("“Yes”")[0].inner()
        ((1, 4),)
        """
        spans = []
        for index, (start, end) in enumerate(self.parts):
            inner_start = start + 1
            last = index == len(self.parts) - 1
            inner_end = end - 1 if last and self.closed else end
            spans.append((inner_start, max(inner_start, inner_end)))
        return tuple(spans)


def _is_space(char: str) -> bool:
    return char == "" or char.isspace()


def _flanks(text: str, index: int) -> tuple[bool, bool]:
    """Return whether the mark at ``index`` can open and whether it can close."""
    before = text[index - 1] if index > 0 else ""
    after = text[index + 1] if index + 1 < len(text) else ""
    opens = (_is_space(before) or before in _BEFORE_OPENING or before in _DOUBLE_MARKS) and not (
        _is_space(after)
    )
    closes = not _is_space(before) and (
        _is_space(after) or not (after.isalnum() or after in _BEFORE_OPENING)
    )
    return opens, closes


def _can_open(text: str, index: int) -> bool:
    """Whether the mark at ``index`` may open a quotation (« may be followed by a space)."""
    before = text[index - 1] if index > 0 else ""
    after = text[index + 1] if index + 1 < len(text) else ""
    if not (_is_space(before) or before in _BEFORE_OPENING or before in _DOUBLE_MARKS):
        return False
    return after != "" and (text[index] in _GUILLEMETS or not after.isspace())


def _is_apostrophe(text: str, index: int) -> bool:
    """Whether a single mark between letters or after a letter is an apostrophe (Kerry’s)."""
    before = text[index - 1] if index > 0 else ""
    after = text[index + 1] if index + 1 < len(text) else ""
    if before.isalnum() and after.isalnum():
        return True
    # "the '90s", "rock 'n' roll": an opening-looking mark followed by a digit or a lone letter.
    return _is_space(before) and after.isdigit()


def _paragraph_ends(text: str) -> list[int]:
    """Offsets where paragraphs end: blank lines when the text has any, else line breaks."""
    if BLANK_LINE.search(text):
        return [match.start() for match in BLANK_LINE.finditer(text)]
    return [match.start() for match in _LINE_BREAK.finditer(text)]


def _trim_end(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1].isspace():
        end -= 1
    return end


class _Scanner:
    """One left-to-right pass over the marks of a text."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.quotes: list[Quote] = []
        self.paragraph_ends = _paragraph_ends(text)
        self.next_paragraph = 0
        self.open_at: int | None = None
        self.open_mark = ""
        self.parts: list[tuple[int, int]] = []
        self.part_start = 0
        # The opening mark of a continuation paragraph, already accounted for.
        self.skip = -1
        # Whether the open quotation is a single-mark one in a text that uses double marks:
        # kept only when closed in its paragraph after an end mark ('Finally,' said Dev).
        self.strict = False

    def scan(self) -> list[Quote]:
        text = self.text
        single_level = self._single_level()
        for match in _MARK.finditer(text):
            index = match.start()
            self._cross_paragraphs(index)
            char = match.group()
            if char in _DOUBLE_MARKS:
                if self.strict:
                    # a double mark inside a single quotation: the single one was none
                    self.open_at = None
                    self.strict = False
                self._double(index, char)
            elif single_level and char in _SINGLE_MARKS:
                self._single(index, char)
            elif char in _SINGLE_MARKS and (self.open_at is None or self.strict):
                self._strict_single(index, char)
        self._cross_paragraphs(len(text) + 1)
        if self.open_at is not None:
            self._close_unclosed(len(text))
        return self.quotes

    def _single_level(self) -> bool:
        """Single marks quote only in texts without double marks (else they are nested)."""
        return not any(char in self.text for char in _DOUBLE_MARKS)

    # -- paragraphs -------------------------------------------------------------------------

    def _cross_paragraphs(self, index: int) -> None:
        """Handle every paragraph end before ``index``."""
        ends = self.paragraph_ends
        while self.next_paragraph < len(ends) and ends[self.next_paragraph] < index:
            paragraph_end = ends[self.next_paragraph]
            self.next_paragraph += 1
            if self.open_at is None:
                continue
            following = self._next_paragraph_start(paragraph_end)
            if following is not None and self._continues(following):
                # The news convention: no closing mark, and the next paragraph opens again.
                self.parts.append(
                    (self.part_start, _trim_end(self.text, self.part_start, paragraph_end))
                )
                self.part_start = following
                self.skip = following
            else:
                self._close_unclosed(paragraph_end)

    def _next_paragraph_start(self, paragraph_end: int) -> int | None:
        index = paragraph_end
        text = self.text
        while index < len(text) and text[index].isspace():
            index += 1
        return index if index < len(text) else None

    def _continues(self, index: int) -> bool:
        char = self.text[index]
        if char != self.open_mark and char not in _DOUBLE_PAIRS and char not in _SINGLE_PAIRS:
            return False
        same_family = (char in _DOUBLE_MARKS) == (self.open_mark in _DOUBLE_MARKS)
        return same_family and _can_open(self.text, index)

    # -- marks ------------------------------------------------------------------------------

    def _double(self, index: int, char: str) -> None:
        if index == self.skip:
            return
        opens, closes = _flanks(self.text, index)
        if char in _GUILLEMETS:
            # French style puts a space inside the marks: « Oui ».
            opens = _can_open(self.text, index)
            closes = closes or not opens
        if self.open_at is None:
            if opens and (char in _ALWAYS_OPEN or char in _GUILLEMETS or not closes or char == '"'):
                self._open(index, char)
            # Anything else is a stray closing mark: skipped.
            return
        if char in _DOUBLE_PAIRS[self.open_mark] or (char in _LENIENT_CLOSE and closes):
            if char == '"' and opens and not closes:
                # A straight mark that can only open: the earlier one was never closed.
                self._close_unclosed(index)
                self._open(index, char)
                return
            self._close(index, char)
        elif char in _ALWAYS_OPEN or (opens and not closes):
            self._close_unclosed(index)
            self._open(index, char)

    def _single(self, index: int, char: str) -> None:
        if index == self.skip or _is_apostrophe(self.text, index):
            return
        opens, closes = _flanks(self.text, index)
        if self.open_at is None:
            if opens and not closes and char not in ("’", "›"):
                self._open(index, char)
            return
        if char in _SINGLE_PAIRS.get(self.open_mark, "") and closes:
            self._close(index, char)

    def _strict_single(self, index: int, char: str) -> None:
        """Pair single marks at the top level of a text that quotes with double marks.

        Only a quotation that opens before a capital letter and closes right after a
        comma, full stop, question or exclamation mark counts; scare quotes (the
        ‘peaceful protest’) and apostrophes do not.
        """
        if _is_apostrophe(self.text, index):
            return
        opens, closes = _flanks(self.text, index)
        after = self.text[index + 1] if index + 1 < len(self.text) else ""
        if opens and not closes and char not in ("’", "›") and after.isupper():
            # a new opening, also over an open one that never closed properly ("the 'Big
            # Apple' ... 'Hello,' he said")
            self._open(index, char)
            self.strict = True
            return
        if self.open_at is None:
            return
        before = self.text[index - 1] if index > 0 else ""
        if char in _SINGLE_PAIRS.get(self.open_mark, "") and closes and before in ",.?!":
            self.strict = False
            self._close(index, char)

    # -- bookkeeping ------------------------------------------------------------------------

    def _open(self, index: int, char: str) -> None:
        self.open_at = index
        self.open_mark = char
        self.parts = []
        self.part_start = index

    def _close(self, index: int, char: str) -> None:
        assert self.open_at is not None
        self.parts.append((self.part_start, index + 1))
        self._emit(index + 1, char)

    def _close_unclosed(self, limit: int) -> None:
        """End the open quotation before ``limit`` without a closing mark."""
        assert self.open_at is not None
        if self.strict:
            # a single mark never closed after an end mark: no quotation after all
            self.strict = False
            self.open_at = None
            self.parts = []
            return
        end = _trim_end(self.text, self.part_start, limit)
        if end - self.part_start > 1:
            self.parts.append((self.part_start, end))
        if self.parts:
            self._emit(self.parts[-1][1], None)
        else:
            self.open_at = None

    def _emit(self, end: int, close_mark: str | None) -> None:
        assert self.open_at is not None
        self.quotes.append(
            Quote(
                start=self.open_at,
                end=end,
                open_mark=self.open_mark,
                close_mark=close_mark,
                parts=tuple(self.parts),
            )
        )
        self.open_at = None
        self.parts = []


def find_quotes(text: str) -> list[Quote]:
    """Return the top-level quotations of ``text`` in order, marks included; never raises.

    Quotations nested in others (single marks inside double ones) are part of the outer one.
    Single marks are never read between letters (``Kerry’s``). In a text that also quotes
    with double marks, a single-mark quotation outside them counts only when it opens before
    a capital letter and closes in its paragraph right after ``,``, ``.``, ``?`` or ``!``
    (``'Finally,' said Dev``), so scare quotes and apostrophes are left alone.

    >>> [q.text(s) for s in ["‘Go,’ she said. It’s late."] for q in find_quotes(s)]
    ['‘Go,’']
    >>> [q.text(s) for s in ['« Oui », dit-il.'] for q in find_quotes(s)]
    ['« Oui »']
    """
    if not isinstance(text, str):
        raise TypeError(f"find_quotes() needs a str, got {type(text).__name__}")
    return list(_scan(text))


# The actors and statements components both need the quotations of each doc of a batch that
# ``nlp.pipe`` hands them one component after the other: remember those of the last texts.
_REMEMBERED = 128


@functools.lru_cache(maxsize=_REMEMBERED)
def _scan(text: str) -> tuple[Quote, ...]:
    return tuple(_Scanner(text).scan())
