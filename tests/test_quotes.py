"""Tests of the quotation-mark scanner."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsevents.quotes import Quote, find_quotes


def texts(text: str) -> list[str]:
    """Return the quotations of ``text`` as text."""
    return [quote.text(text) for quote in find_quotes(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('He said "yes" twice.', ['"yes"']),
        ("He said “yes” twice.", ["“yes”"]),
        ("Er sagte „ja“ zweimal.", ["„ja“"]),
        ("Er sagte „ja” zweimal.", ["„ja”"]),
        ("Il a dit « oui » deux fois.", ["« oui »"]),
        ("Han sagde »ja« to gange.", ["»ja«"]),
        ("Han sa ”ja” två gånger.", ["”ja”"]),
        ("She said ‘no’ and left.", ["‘no’"]),
        ("She said 'no' and left.", ["'no'"]),
    ],
)
def test_pairs_marks_of_every_style(text: str, expected: list[str]) -> None:
    """Straight, English, German, French, Danish, Swedish and single marks are paired."""
    assert texts(text) == expected


def test_apostrophes_are_not_quotation_marks() -> None:
    """Kerry’s and the countries’ are apostrophes, the ‘...’ around a phrase are marks."""
    text = "Kerry’s visit and the countries’ wealth: ‘a new phase’, he said."
    assert texts(text) == ["‘a new phase’"]


def test_single_marks_inside_double_marks_belong_to_the_outer_quotation() -> None:
    """Nested single marks do not make quotations of their own."""
    text = "“He called it ‘a disaster’ on Monday,” she said."
    assert texts(text) == ["“He called it ‘a disaster’ on Monday,”"]


def test_single_mark_quotations_in_a_text_quoting_with_double_marks() -> None:
    """'Finally,' said Dev in a story quoting others with double marks is a quotation too."""
    text = (
        '"We are in a crisis," Chow said.\n\n'
        "Others cheered. 'Finally,' said Dev Patel. 'Maybe one day I can buy.'"
    )
    assert texts(text) == [
        '"We are in a crisis,"',
        "'Finally,'",
        "'Maybe one day I can buy.'",
    ]


@pytest.mark.parametrize(
    "text",
    [
        '"Yes," he said of the ‘Peaceful Protest’ march.',  # scare quotes: no end mark
        "\"Yes,\" he said. It's the Smiths' house.",  # apostrophes
        '"Yes," he said. \'Tis the season.',  # never closed in its paragraph
        "\"Yes,\" he said of the 'peace deal.'",  # opens before a lower-case letter
    ],
)
def test_single_marks_in_a_double_mark_text_need_a_full_quotation(text: str) -> None:
    """Beside double marks, single ones quote only from a capital to an end mark."""
    assert texts(text) == ['"Yes,"']


def test_split_quotation_gives_two_quotations() -> None:
    """A quotation interrupted by its cue is two quotations."""
    text = '"We will win," he said, "and we will do it soon."'
    assert texts(text) == ['"We will win,"', '"and we will do it soon."']


def test_multi_sentence_quotation_is_one_quotation() -> None:
    """Sentences inside one pair of marks make one quotation."""
    text = "“This is serious. It is urgent. We act now,” Kerry said."
    assert texts(text) == ["“This is serious. It is urgent. We act now,”"]


def test_quotation_continues_in_the_next_paragraph() -> None:
    """An open quotation goes on in a paragraph that starts with an opening mark."""
    text = "“The first part.\n\n“The second part.\n\n“The end,” she said.\n\nNext story."
    (quote,) = find_quotes(text)
    assert quote.closed
    assert [text[start:end] for start, end in quote.parts] == [
        "“The first part.",
        "“The second part.",
        "“The end,”",
    ]
    assert quote.inner()[0] == (1, len("“The first part."))


def test_continuation_with_single_line_breaks() -> None:
    """Texts without blank lines use line breaks as paragraph ends."""
    text = '"One paragraph.\n"Another one," he said.\nDone.'
    (quote,) = find_quotes(text)
    assert len(quote.parts) == 2


def test_open_quotation_ends_with_its_paragraph() -> None:
    """A quotation never closed stops at the end of its paragraph, marked as not closed."""
    text = "He said “we will see.\n\nThe next paragraph has no mark."
    (quote,) = find_quotes(text)
    assert not quote.closed
    assert quote.text(text) == "“we will see."


def test_stray_closing_marks_are_skipped() -> None:
    """A closing mark with nothing open, or inches after a number, is not a quotation."""
    assert find_quotes('It measured 5" by 6" in all.') == []
    assert find_quotes("nothing open” here") == []


def test_a_new_opening_mark_ends_an_unclosed_quotation() -> None:
    """When a quotation is reopened before it closed, the first one ends unclosed."""
    quotes = find_quotes("He said “yes and then “no” again.")
    assert [q.closed for q in quotes] == [False, True]
    assert quotes[-1].text("He said “yes and then “no” again.") == "“no”"


def test_rejects_non_strings() -> None:
    """Only text can be scanned."""
    with pytest.raises(TypeError, match="needs a str"):
        find_quotes(b'"bytes"')  # type: ignore[arg-type]


MARKS = "\"'“”„‘’‚«»‹› \n\n.,:abcXYZ"


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list(MARKS)), max_size=80) | st.text(max_size=80))
def test_never_raises_and_spans_are_sane(text: str) -> None:
    """Any text with any marks gives ordered, non-overlapping quotations inside the text."""
    quotes = find_quotes(text)
    previous_end = 0
    for quote in quotes:
        assert isinstance(quote, Quote)
        assert previous_end <= quote.start < quote.end <= len(text)
        assert quote.parts[0][0] == quote.start
        assert quote.parts[-1][1] == quote.end
        for start, end in quote.parts:
            assert start < end
        previous_end = quote.end
