"""Tests of newsevents.evaluate and ``newsevents evaluate``, on hand-built documents."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsevents import (
    Actor,
    ActorKind,
    Document,
    InputError,
    Location,
    Meeting,
    MeetingKind,
    MeetingStatus,
    Span,
    Statement,
    StatementKind,
    Topic,
    dumps,
)
from newsevents.cli import EXIT_INVALID, EXIT_OK, EXIT_USAGE, main
from newsevents.evaluate import (
    METRICS,
    Score,
    evaluate_documents,
    evaluate_files,
    read_annotations,
)

TEXT = (
    'Kerry met Wang Yi in Beijing. Kerry said "we made progress". '
    "Wang said relations would improve. China backed the talks."
)


def span(fragment: str, occurrence: int = 0, text: str = TEXT) -> Span:
    """Return the span of the ``occurrence``-th ``fragment`` in ``text``."""
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(fragment, start + 1)
    return Span(start=start, end=start + len(fragment), text=fragment)


def gold_document() -> Document:
    """Build a gold document: 3 actors, 2 statements, 2 meetings, 2 topics."""
    actors = [
        Actor(
            id="a1",
            kind=ActorKind.PERSON,
            name="John Kerry",
            mentions=[span("Kerry"), span("Kerry", 1)],
        ),
        Actor(
            id="a2",
            kind=ActorKind.PERSON,
            name="Wang Yi",
            mentions=[span("Wang Yi"), span("Wang", 1)],
        ),
        Actor(id="a3", kind=ActorKind.COUNTRY, name="China", mentions=[span("China")]),
    ]
    statements = [
        Statement(
            id="s1",
            speaker="a1",
            cue=span("said"),
            content=[span('"we made progress"')],
            kind=StatementKind.DIRECT,
            speaker_mention=span("Kerry", 1),
        ),
        Statement(
            id="s2",
            speaker="a2",
            cue=span("said", 1),
            content=[span("relations would improve")],
            kind=StatementKind.INDIRECT,
            speaker_mention=span("Wang", 1),
        ),
    ]
    meetings = [
        Meeting(
            id="m1",
            kind=MeetingKind.MEETING,
            trigger=span("met"),
            participants=["a1", "a2"],
            location=Location(name="Beijing", span=span("Beijing")),
            status=MeetingStatus.OCCURRED,
        ),
        Meeting(
            id="m2",
            kind=MeetingKind.TALKS,
            trigger=span("talks"),
            participants=["a3"],
            status=MeetingStatus.PLANNED,
        ),
    ]
    topics = [
        Topic(id="t1", label="trade", mentions=[]),
        Topic(id="t2", label="climate change", mentions=[]),
    ]
    return Document(
        id="d1", text=TEXT, actors=actors, statements=statements, meetings=meetings, topics=topics
    )


def predicted_document() -> Document:
    """Build a prediction with known mistakes against :func:`gold_document`."""
    actors = [
        # Same name in another case, one of its two mentions.
        Actor(id="p1", kind=ActorKind.PERSON, name="john kerry", mentions=[span("Kerry")]),
        # Right name, wrong kind, a mention that overlaps but is longer.
        Actor(id="p2", kind=ActorKind.ORGANIZATION, name="Wang Yi", mentions=[span("Wang Yi in")]),
        # Not an actor at all.
        Actor(id="p3", kind=ActorKind.COUNTRY, name="Beijing", mentions=[span("Beijing")]),
    ]
    statements = [
        # Matches s1: content without the quote marks, speaker by name, exact mention.
        Statement(
            id="q1",
            speaker="p1",
            cue=span("said"),
            content=[span("we made progress")],
            kind=StatementKind.DIRECT,
            speaker_mention=span("Kerry", 1),
        ),
        # Not in the gold.
        Statement(
            id="q2",
            speaker=None,
            cue=span("backed"),
            content=[span("the talks")],
            kind=StatementKind.INDIRECT,
        ),
        # Matches s2 with the wrong speaker and a longer speaker mention.
        Statement(
            id="q3",
            speaker="p1",
            cue=span("said", 1),
            content=[span("relations would improve")],
            kind=StatementKind.INDIRECT,
            speaker_mention=span("Wang said"),
        ),
    ]
    meetings = [
        # Matches m1 by overlap; wrong kind; one extra participant; location in lower case.
        Meeting(
            id="n1",
            kind=MeetingKind.VISIT,
            trigger=span("met Wang"),
            participants=["p1", "p2", "p3"],
            location=Location(name="beijing"),
            status=MeetingStatus.OCCURRED,
        ),
        # Not in the gold.
        Meeting(id="n2", kind=MeetingKind.MEETING, trigger=span("backed"), participants=["p1"]),
    ]
    topics = [
        Topic(id="t1", label="Trade", mentions=[]),
        Topic(id="t2", label="coal", mentions=[]),
    ]
    return Document(
        id="d1", text=TEXT, actors=actors, statements=statements, meetings=meetings, topics=topics
    )


EXPECTED = {
    "actors.mentions_exact": (1, 2, 4),
    "actors.mentions_overlap": (2, 1, 3),
    "actors.names": (2, 1, 1),
    "actors.names_kinds": (1, 2, 2),
    "statements.matched": (2, 1, 0),
    "statements.speaker": (1, 1, 1),
    "statements.speaker_mention_exact": (1, 1, 1),
    "statements.speaker_mention_overlap": (2, 0, 0),
    "statements.cue_exact": (2, 1, 0),
    "statements.cue_overlap": (2, 1, 0),
    "statements.content_exact": (1, 2, 1),
    "statements.content_overlap": (2, 1, 0),
    "meetings.trigger_overlap": (1, 1, 1),
    "meetings.trigger_exact": (0, 2, 2),
    "meetings.kind": (0, 2, 2),
    "meetings.participants": (2, 2, 1),
    "meetings.location": (1, 0, 0),
    "meetings.status": (1, 0, 1),
    "topics.labels": (1, 1, 1),
}


def write(path: Path, *documents: Document) -> Path:
    """Write documents as .json (one) or .jsonl (any number) according to the suffix."""
    if path.suffix == ".json":
        (document,) = documents
        path.write_text(dumps(document), encoding="utf-8")
    else:
        path.write_text("".join(dumps(d) + "\n" for d in documents), encoding="utf-8")
    return path


def test_every_metric_is_expected() -> None:
    """The expectations below cover every metric the module defines."""
    assert set(EXPECTED) == set(METRICS)


@pytest.mark.parametrize("metric", sorted(EXPECTED))
def test_counts_of_each_metric(metric: str) -> None:
    """Each metric counts the hand-checked tp, fp and fn of the example prediction."""
    report = evaluate_documents([gold_document()], [predicted_document()])
    score = report.totals[metric]
    assert (score.tp, score.fp, score.fn) == EXPECTED[metric]


def test_precision_recall_f1_numbers() -> None:
    """Precision, recall and F1 follow from the counts: actor mentions 1/3, 2/6, ..."""
    report = evaluate_documents([gold_document()], [predicted_document()])
    names = report.totals["actors.names"]
    assert names.precision == pytest.approx(2 / 3)
    assert names.recall == pytest.approx(2 / 3)
    assert names.f1 == pytest.approx(2 / 3)
    exact = report.totals["actors.mentions_exact"]
    assert exact.precision == pytest.approx(1 / 3)
    assert exact.recall == pytest.approx(1 / 5)
    assert exact.f1 == pytest.approx(2 * (1 / 3) * (1 / 5) / (1 / 3 + 1 / 5))
    participants = report.totals["meetings.participants"]
    assert participants.precision == pytest.approx(0.5)
    assert participants.recall == pytest.approx(2 / 3)


def test_perfect_prediction_scores_one() -> None:
    """A document scored against itself has precision, recall and F1 of 1 wherever defined."""
    gold = gold_document()
    report = evaluate_documents([gold], [gold])
    for name, score in report.totals.items():
        assert score.fp == 0
        assert score.fn == 0
        assert score.f1 == 1.0, name
    assert report.complete


def test_empty_prediction_has_zero_recall_and_undefined_precision() -> None:
    """Predicting nothing gives recall 0, F1 0, and precision undefined (None)."""
    gold = gold_document()
    report = evaluate_documents([gold], [Document(id="d1", text=TEXT)])
    score = report.totals["statements.matched"]
    assert (score.precision, score.recall, score.f1) == (None, 0.0, 0.0)


def test_score_ratios_and_sum() -> None:
    """Score computes ratios from counts and adds counts for micro-averaging."""
    assert Score(tp=1, fp=1, fn=3).f1 == pytest.approx(2 / 6)
    assert Score().f1 is None
    assert Score(tp=1, fp=2, fn=0) + Score(tp=3, fp=0, fn=4) == Score(tp=4, fp=2, fn=4)


def test_micro_totals_sum_counts_over_documents() -> None:
    """Totals are summed counts, not averaged per-document ratios."""
    first = gold_document()
    text = "Biden spoke."
    second = Document(
        id="d2",
        text=text,
        actors=[
            Actor(
                id="a1",
                kind=ActorKind.PERSON,
                name="Joe Biden",
                mentions=[span("Biden", text=text)],
            )
        ],
    )
    second_pred = Document(id="d2", text=text)
    report = evaluate_documents([first, second], [predicted_document(), second_pred])
    assert [document.id for document in report.documents] == ["d1", "d2"]
    assert report.documents[1].scores["actors.names"] == Score(tp=0, fp=0, fn=1)
    assert report.totals["actors.names"] == Score(tp=2, fp=1, fn=2)
    assert report.totals["actors.names"].recall == pytest.approx(0.5)


def test_statements_are_matched_one_to_one() -> None:
    """Two predictions over one gold statement: one matches, the other is a false positive."""
    gold = gold_document()
    twice = [
        Statement(
            id=f"q{i}",
            speaker=None,
            cue=span("said"),
            content=[span("we made progress")],
            kind=StatementKind.DIRECT,
        )
        for i in (1, 2)
    ]
    pred = Document(id="d1", text=TEXT, statements=twice)
    score = evaluate_documents([gold], [pred]).totals["statements.matched"]
    assert score == Score(tp=1, fp=1, fn=1)


def test_greedy_matching_prefers_the_largest_overlap() -> None:
    """A prediction goes to the gold statement it overlaps most, not to the first one."""
    gold = gold_document()
    # Cue on s1's "said", content over all of s2's content: s2 is the larger overlap.
    pred_statement = Statement(
        id="q1",
        speaker="p1",
        cue=span("said"),
        content=[span("Wang said relations would improve")],
        kind=StatementKind.INDIRECT,
    )
    actors = [Actor(id="p1", kind=ActorKind.PERSON, name="Wang Yi", mentions=[])]
    pred = Document(id="d1", text=TEXT, actors=actors, statements=[pred_statement])
    scores = evaluate_documents([gold], [pred]).totals
    # Matched with s2, whose speaker is Wang Yi: the speaker agrees.
    assert scores["statements.speaker"] == Score(tp=1, fp=0, fn=1)


def test_unresolved_actor_ids_never_match() -> None:
    """A speaker or participant id missing from the actor table counts as wrong."""
    gold = gold_document()
    pred = Document(
        id="d1",
        text=TEXT,
        statements=[
            Statement(
                id="q1",
                speaker="a1",
                cue=span("said"),
                content=[span('"we made progress"')],
                kind=StatementKind.DIRECT,
            )
        ],
    )
    # The prediction has no actor "a1" (the gold id is not a name).
    assert evaluate_documents([gold], [pred]).totals["statements.speaker"] == Score(
        tp=0, fp=1, fn=2
    )


def test_missing_documents_are_reported_and_counted() -> None:
    """Gold without prediction counts as predicting nothing; prediction without gold is skipped."""
    gold = [
        gold_document(),
        Document(id="d2", text="", topics=[Topic(id="t1", label="x", mentions=[])]),
    ]
    pred = [
        predicted_document(),
        Document(id="d3", text="", topics=[Topic(id="t1", label="y", mentions=[])]),
    ]
    report = evaluate_documents(gold, pred)
    assert report.missing_in_prediction == ("d2",)
    assert report.missing_in_gold == ("d3",)
    assert [d.missing_in_prediction for d in report.documents] == [False, True]
    # d1 gives tp 1, fp 1, fn 1; d2 adds one false negative; d3 adds nothing.
    assert report.totals["topics.labels"] == Score(tp=1, fp=1, fn=2)
    assert not report.complete


def test_text_mismatch_is_reported() -> None:
    """Documents with the same id but different text are flagged."""
    report = evaluate_documents([Document(id="d1", text="a")], [Document(id="d1", text="b")])
    assert report.text_mismatch == ("d1",)
    assert not report.complete


def test_duplicate_ids_are_refused() -> None:
    """An id that occurs twice on one side is an input error."""
    document = Document(id="d1", text="")
    with pytest.raises(InputError, match="'d1' appears more than once"):
        evaluate_documents([document, document], [document])


def test_report_to_dict_is_json_ready() -> None:
    """to_dict holds totals and per-document scores and survives json.dumps."""
    report = evaluate_documents([gold_document()], [predicted_document()])
    data = json.loads(json.dumps(report.to_dict()))
    assert data["documents"] == 1
    assert data["totals"]["actors.names"]["tp"] == 2
    assert data["per_document"][0]["id"] == "d1"
    assert data["per_document"][0]["scores"]["topics.labels"]["f1"] == pytest.approx(0.5)


def test_read_annotations_json_and_jsonl(tmp_path: Path) -> None:
    """One document per .json file, several per .jsonl file."""
    single = write(tmp_path / "one.json", gold_document())
    many = write(tmp_path / "many.jsonl", gold_document(), Document(id="d2", text="x"))
    assert [d.id for d in read_annotations(single)] == ["d1"]
    assert [d.id for d in read_annotations(many)] == ["d1", "d2"]
    assert evaluate_files(single, many).missing_in_gold == ("d2",)


def test_cli_prints_a_table(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The default output is a table with every metric and the per-document F1."""
    gold = write(tmp_path / "gold.json", gold_document())
    pred = write(tmp_path / "pred.jsonl", predicted_document())
    assert main(["evaluate", str(gold), str(pred)]) == EXIT_OK
    out = capsys.readouterr().out
    for name in METRICS:
        assert name in out
    names_row = next(line for line in out.splitlines() if line.startswith("actors.names "))
    assert names_row.split()[1:] == ["2", "1", "1", "66.7", "66.7", "66.7"]
    assert "F1 per document" in out


def test_cli_json(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """--json prints the report as JSON."""
    gold = write(tmp_path / "gold.jsonl", gold_document())
    pred = write(tmp_path / "pred.jsonl", predicted_document())
    assert main(["evaluate", "--json", str(gold), str(pred)]) == EXIT_OK
    data = json.loads(capsys.readouterr().out)
    assert data["totals"]["meetings.participants"]["fp"] == 2


def test_cli_missing_documents_exit_1(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Unpaired documents are listed and the exit code is 1."""
    gold = write(tmp_path / "gold.jsonl", gold_document(), Document(id="d2", text=""))
    pred = write(tmp_path / "pred.jsonl", predicted_document(), Document(id="d9", text=""))
    assert main(["evaluate", str(gold), str(pred)]) == EXIT_INVALID
    out = capsys.readouterr().out
    assert "1 missing in prediction (scored as empty): d2" in out
    assert "1 missing in gold (not scored): d9" in out


@pytest.mark.parametrize(
    ("name", "content", "expected"),
    [
        (
            "bad.jsonl",
            '{"id": 1}\n{not json\n',
            ["bad.jsonl:1: $", "bad.jsonl:2: $: malformed JSON"],
        ),
        ("bad.json", "[]", ["bad.json: $"]),
        ("notes.txt", "hello", ["notes.txt: expected a .json or .jsonl annotation file"]),
    ],
)
def test_cli_bad_file_exit_2(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    name: str,
    content: str,
    expected: list[str],
) -> None:
    """A file that cannot be read as annotations gives exit 2 and says where."""
    bad = tmp_path / name
    bad.write_text(content, encoding="utf-8")
    good = write(tmp_path / "good.json", gold_document())
    assert main(["evaluate", str(good), str(bad)]) == EXIT_USAGE
    captured = capsys.readouterr()
    assert captured.out == ""
    assert "Traceback" not in captured.err
    for fragment in expected:
        assert fragment in captured.err


def test_cli_missing_file_and_duplicates_exit_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A missing file, or a file with the same id twice, gives exit 2 and a clear message."""
    good = write(tmp_path / "good.json", gold_document())
    assert main(["evaluate", str(good), str(tmp_path / "absent.jsonl")]) == EXIT_USAGE
    assert "absent.jsonl: cannot read" in capsys.readouterr().err
    twice = write(tmp_path / "twice.jsonl", gold_document(), gold_document())
    assert main(["evaluate", str(twice), str(good)]) == EXIT_USAGE
    assert "document id 'd1' appears more than once" in capsys.readouterr().err
