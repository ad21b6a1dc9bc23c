"""Statements in wire-style news: attribution habits of agency copy, sentence by sentence."""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsevents import Statement
from newsevents.serialize import converter

if TYPE_CHECKING:
    from spacy.language import Language


def statements(nlp: Language, text: str) -> list[Statement]:
    """Run the pipeline and return the statements the component stored on the doc."""
    doc = nlp(text)
    return [converter.structure(item, Statement) for item in doc._.newsevents_statements]


def summary(statement: Statement) -> tuple[str | None, str, list[str], str]:
    """Return a statement's speaker as written, cue, content texts and kind."""
    mention = statement.speaker_mention.text if statement.speaker_mention else None
    content = [span.text for span in statement.content]
    return mention, statement.cue.text, content, statement.kind.value


def test_said_in_a_statement_that(nlp: Language) -> None:
    """'The ministry said in a statement that ...' is said by the ministry, cue "said"."""
    found = statements(
        nlp, "The transport ministry said in a statement that the ferry service would resume."
    )
    assert [summary(s) for s in found] == [
        (
            "The transport ministry",
            "said",
            ["that the ferry service would resume"],
            "indirect",
        )
    ]


def test_told_in_an_interview_that(nlp: Language) -> None:
    """A that-clause hung on "interview" is what the verb before it reports."""
    found = statements(
        nlp, "The coach told a radio station in an interview that the team had lost its way."
    )
    assert [summary(s) for s in found] == [
        ("The coach", "told", ["that the team had lost its way"], "indirect")
    ]


def test_date_of_the_reported_clause_stays(nlp: Language) -> None:
    """A date at the end of a reported clause is part of what was said."""
    (found,) = statements(
        nlp, "The brewer announced that it would close three plants by the end of the decade."
    )
    assert summary(found)[2] == ["that it would close three plants by the end of the decade"]


def test_date_after_a_count_stays(nlp: Language) -> None:
    """A date on a noun of a reported clause ("four times this year") is said too."""
    (found,) = statements(
        nlp, "Traders noted that the refinery had raised prices four times this year."
    )
    assert summary(found)[2] == ["that the refinery had raised prices four times this year"]


def test_date_of_the_cue_before_a_bare_clause(nlp: Language) -> None:
    """'said on Thursday he would ...': the date tells when it was said, not what."""
    (found,) = statements(
        nlp, "Mayor Ines Calder said on Thursday she would seek a second term in office."
    )
    assert summary(found) == (
        "Mayor Ines Calder",
        "said",
        ["she would seek a second term in office"],
        "indirect",
    )


def test_date_late_on_a_day_before_a_bare_clause(nlp: Language) -> None:
    """'said late on Sunday they had ...' leaves "late on Sunday" out of the content."""
    (found,) = statements(nlp, "The insurgents said late on Sunday they had taken the bridge.")
    assert summary(found)[2] == ["they had taken the bridge"]


def test_second_speaker_after_while(nlp: Language) -> None:
    """'X said ..., while Y said ...': Y's statement is no part of X's content."""
    found = statements(
        nlp,
        "The union said the walkout would begin on Monday, while the employers said "
        "they were still ready to talk.",
    )
    assert [summary(s) for s in found] == [
        ("The union", "said", ["the walkout would begin on Monday"], "indirect"),
        ("the employers", "said", ["they were still ready to talk"], "indirect"),
    ]


def test_cue_set_off_by_commas_speaks_with_the_name_after_it(nlp: Language) -> None:
    """'The truce, said envoy Lena Ruiz, "..."' is said by Lena Ruiz, not by the truce."""
    (found,) = statements(nlp, 'The truce, said U.N. envoy Lena Ruiz, "remains fragile."')
    assert summary(found)[:2] == ("U.N. envoy Lena Ruiz", "said")
