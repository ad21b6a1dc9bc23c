"""Bad and awkward input: a clear message naming file and line, the rest of the batch kept.

Texts that are empty, markup, emoji, right-to-left, full of zero-width characters or of
unbalanced quote marks must annotate into valid documents; files that are binary, not UTF-8,
empty, nested too deeply or broken on one line must be reported by name and line, with the
other documents still read and written, the exit code saying what happened, and never a
traceback.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

import newsevents
from newsevents import Actor, ActorKind, Document, DocumentError, Span
from newsevents.cli import _COMMANDS, main

#: Awkward but legitimate article texts: each must give a valid document.
AWKWARD_TEXTS: dict[str, str] = {
    "empty": "",
    "whitespace only": "   \n\t  \n\r\n ",
    "html markup": '<p>Kerry <b>met</b> Li.</p><script>alert("x")</script>&amp; &lt;',
    "unbalanced quotes": 'Kerry said: "We will meet. Li replied “no and ‘yes, he said.',
    "only quote marks": "\" “ ” „ « » ‘ ’ '" * 20,
    "emoji": '🇺🇸 Kerry 👋🏽 met Li Qiang in Beijing. "We agree 💯," Kerry said. 👨‍👩‍👧',
    "right to left": (
        "Kerry met Li. قال الرئيس إن المحادثات مثمرة. ״שלום״ אמר הנשיא. \u202eevil\u202c"
    ),
    "zero-width characters": (
        'Ker\u200bry met\u200d Li\ufeff Qiang.\u200c \u2060 "We\u00ad agree," Kerry said.'
    ),
    "control characters": "Kerry\x00 met Li.\x0b\x0c\x1b[31m said\x7f.",
    "carriage returns": 'Kerry met Li.\r\n\r\n"Yes," he said.\r',
    "combining marks": "Ke\u0301rry me\u0308t Li. Z\u0338\u0322a\u0334l\u0337g\u0336o said.",
    "one huge word": "x" * 20_000 + " said Kerry.",
    "many blank lines": "\n" * 2_000 + "Kerry met Li.",
}


def assert_spans_match(document: Document) -> None:
    """Check that every span of ``document`` repeats the text at its offsets."""
    spans: list[Span] = []
    for actor in document.actors:
        spans.extend(actor.mentions)
    for topic in document.topics:
        spans.extend(topic.mentions)
    for meeting in document.meetings:
        spans.append(meeting.trigger)
    for statement in document.statements:
        spans.append(statement.cue)
        spans.extend(statement.content)
    for span in spans:
        assert document.text[span.start : span.end] == span.text


@pytest.mark.slow
@pytest.mark.parametrize("name", sorted(AWKWARD_TEXTS))
def test_annotate_turns_awkward_text_into_a_valid_document(nlp: Any, name: str) -> None:
    """``annotate`` keeps the text exactly and returns a document ``validate`` accepts."""
    text = AWKWARD_TEXTS[name]
    document = newsevents.annotate(text, id=name, pipeline=nlp)
    assert document.text == text
    assert newsevents.validate(document) == []
    assert newsevents.validate(newsevents.to_dict(document)) == []
    assert_spans_match(document)
    assert newsevents.loads(newsevents.dumps(document)) == document


@pytest.mark.slow
def test_annotate_many_reports_bad_items_and_annotates_the_rest(nlp: Any) -> None:
    """Items without text or of the wrong type go to ``on_error``; the others are annotated."""
    errors: list[Exception] = []
    items: list[Any] = [
        {"id": "good-1", "text": "Kerry met Li."},
        {"id": "no-text"},
        {"id": "text-not-a-string", "text": 3},
        {"id": "bad-date", "text": "Hi.", "date": "19 July 2023"},
        42,
        {"id": "good-2", "text": "Wang Yi spoke."},
    ]
    documents = list(newsevents.annotate_many(items, pipeline=nlp, on_error=errors.append))
    assert [document.id for document in documents] == ["good-1", "good-2"]
    assert all(newsevents.validate(document) == [] for document in documents)
    messages = [str(error) for error in errors]
    assert len(messages) == 4
    assert any("record has no 'text'" in message for message in messages)
    assert any("'text' must be a string" in message for message in messages)
    assert any("19 July 2023" in message for message in messages)
    assert any("got int" in message for message in messages)


@pytest.mark.parametrize(
    "data",
    [None, [], "a document", 3, {}, {"schema_version": "1.0"}, {"actors": [[[[[]]]]]}],
    ids=["null", "array", "string", "number", "empty", "version only", "nested arrays"],
)
def test_validate_reports_non_documents_without_raising(data: Any) -> None:
    """``validate`` turns anything that is not a document into problems with JSON paths."""
    problems = newsevents.validate(data)
    assert problems
    assert all(problem.path.startswith("$") for problem in problems)


def test_loads_reports_json_nested_too_deeply() -> None:
    """Nesting deep enough to exhaust the parser is a DocumentError, not a RecursionError."""
    with pytest.raises(DocumentError, match="nested too deeply"):
        newsevents.loads("[" * 100_000 + "]" * 100_000)


def test_read_jsonl_skips_a_line_nested_too_deeply(tmp_path: Path) -> None:
    """A deeply nested line is reported with its line number; the next line is read."""
    path = tmp_path / "docs.jsonl"
    good = newsevents.dumps(Document(id="d1", text="Kerry met Li."))
    path.write_text("[" * 50_000 + "]" * 50_000 + "\n" + good + "\n", encoding="utf-8")
    errors: list[Exception] = []
    documents = list(newsevents.read_jsonl(path, on_error=errors.append))
    assert [document.id for document in documents] == ["d1"]
    assert [str(error) for error in errors] == [f"{path}:1: $: malformed JSON: nested too deeply"]


def emoji_document(*, utf16_offsets: bool) -> dict[str, Any]:
    """Return a document with an astral-plane emoji before its only mention.

    Python offsets count code points; a tool counting UTF-16 units (JavaScript) is off by one
    for each emoji before a span, and ``validate`` must catch that.
    """
    text = "👋 Kerry met Li."
    start = text.index("Kerry") + (1 if utf16_offsets else 0)
    actor = Actor(
        id="a1",
        kind=ActorKind.PERSON,
        name="John Kerry",
        mentions=[Span(start=start, end=start + 5, text="Kerry")],
    )
    return newsevents.to_dict(Document(id="emoji", text=text, actors=[actor]))


def write_bad_files(folder: Path) -> dict[str, Path]:
    """Write one annotation file per kind of bad input into ``folder``."""
    good = newsevents.to_dict(Document(id="good", text="Kerry met Li."))
    duplicate_ids = newsevents.to_dict(
        Document(
            id="dup",
            text="Kerry met Li.",
            actors=[
                Actor(id="a1", kind=ActorKind.PERSON, name="Kerry", mentions=[]),
                Actor(id="a1", kind=ActorKind.PERSON, name="Li", mentions=[]),
            ],
        )
    )
    files = {
        "binary": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\xff\xfe\x00",
        "latin-1": json.dumps({**good, "text": "café"}, ensure_ascii=False).encode("latin-1"),
        "empty": b"",
        "whitespace": b"  \n\t\n",
        "nested": b"[" * 100_000 + b"]" * 100_000,
        "html": json.dumps(
            {**good, "id": "html", "text": "<p>Kerry met <script>Li</script></p>"}
        ).encode(),
        "emoji": json.dumps(emoji_document(utf16_offsets=False)).encode(),
        "utf-16 offsets": json.dumps(
            {**emoji_document(utf16_offsets=True), "id": "utf-16"}
        ).encode(),
        "duplicate annotation ids": json.dumps(duplicate_ids).encode(),
    }
    paths = {}
    for name, data in files.items():
        path = folder / f"{name.replace(' ', '_')}.json"
        path.write_bytes(data)
        paths[name] = path
    lines = [
        json.dumps(good),
        '{"id": "broken", "text": ',
        json.dumps({**{k: v for k, v in good.items() if k != "text"}, "id": "no-text"}),
        "",
        json.dumps({**good, "id": "zero-width", "text": "Ker\u200bry"}),
        "[" * 5_000 + "]" * 5_000,
        json.dumps({**good, "id": "last"}),
    ]
    batch = folder / "batch.jsonl"
    batch.write_text("\n".join(lines) + "\n", encoding="utf-8")
    paths["batch"] = batch
    return paths


def test_validate_command_reports_each_bad_file_and_checks_the_rest(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Every bad file and line is named; valid documents pass; the exit code is 1."""
    paths = write_bad_files(tmp_path)
    code = main(["validate", *(str(path) for path in paths.values())])
    out, err = capsys.readouterr()
    assert code == 1
    assert "Traceback" not in out + err
    expected = {
        "binary": "$: not UTF-8 text",
        "latin-1": "$: not UTF-8 text",
        "empty": "$: malformed JSON",
        "whitespace": "$: malformed JSON",
        "nested": "$: malformed JSON: nested too deeply",
        "utf-16 offsets": "$.actors[0].mentions[0]: span text 'Kerry' does not match",
        "duplicate annotation ids": "$.actors[1].id: duplicate id 'a1'",
    }
    lines = out.splitlines()
    for name, message in expected.items():
        # FILE:LINE: JSON-PATH: message
        assert any(
            line.startswith(f"{paths[name]}:") and line.split(": ", 1)[1].startswith(message)
            for line in lines
        ), name
    for name in ("html", "emoji"):
        assert str(paths[name]) not in out, name
    batch = paths["batch"]
    assert f"{batch}:2: $: malformed JSON" in out
    assert f"{batch}:3: $: required field missing: text" in out
    assert f"{batch}:6: $: malformed JSON: nested too deeply" in out
    for line in (1, 4, 5, 7):
        assert f"{batch}:{line}:" not in out
    assert "duplicate document id" not in out  # every readable document has its own id
    # 9 .json files and 6 non-blank lines of the batch; 7 files and 3 lines are invalid.
    assert "15 documents, 10 invalid" in err


def test_validate_command_never_shows_a_traceback(tmp_path: Path) -> None:
    """Run as a program on every bad file: messages, exit code 1, no traceback."""
    paths = write_bad_files(tmp_path)
    result = subprocess.run(
        [sys.executable, "-m", "newsevents", "validate", *map(str, paths.values())],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert "documents" in result.stderr


def test_export_and_render_skip_the_same_bad_lines(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The table export and the HTML view keep every readable document of a damaged batch."""
    batch = write_bad_files(tmp_path)["batch"]
    csv = tmp_path / "out.csv"
    assert main(["export", str(batch), "--table", "actors", "-o", str(csv)]) == 1
    html = tmp_path / "out.html"
    assert main(["render", str(batch), "-o", str(html)]) == 1
    err = capsys.readouterr().err
    for line in (2, 3, 6):
        assert err.count(f"{batch}:{line}: ") == 2
    page = html.read_text(encoding="utf-8")
    assert page.count('<section class="ne-document"') == 3


# --- newsevents annotate ---------------------------------------------------------------------

needs_annotate_command = pytest.mark.skipif(
    "annotate" not in _COMMANDS, reason="the annotate command is not registered yet"
)


def write_bad_articles(folder: Path) -> tuple[list[Path], dict[str, str]]:
    """Write awkward and bad article files; return them and the ids that must come out."""
    articles = folder / "articles"
    articles.mkdir()
    expected: dict[str, str] = {}
    for name, text in AWKWARD_TEXTS.items():
        stem = name.replace(" ", "_")
        (articles / f"{stem}.txt").write_text(text, encoding="utf-8", newline="")
        expected[stem] = text
    (articles / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\xff\xfe")
    (articles / "latin1.txt").write_bytes("Kerry met Li in Zürich.".encode("latin-1"))
    records = folder / "records.jsonl"
    lines = [
        json.dumps({"id": "r1", "text": "Kerry met Li."}),
        '{"id": "r2", "text": "broken',
        json.dumps({"id": "r3", "title": "no text"}),
        json.dumps({"id": "r1", "text": "Same id as the first record."}),
        json.dumps({"id": "r5", "text": 'Li said "yes.'}),
        "[" * 5_000 + "]" * 5_000,
        json.dumps({"id": "r7", "text": "Wang Yi spoke.", "date": "2023-07-19"}),
    ]
    records.write_text("\n".join(lines) + "\n", encoding="utf-8")
    expected.update({"r1": "Kerry met Li.", "r5": 'Li said "yes.', "r7": "Wang Yi spoke."})
    return [articles, records], expected


@pytest.mark.slow
@needs_annotate_command
def test_annotate_command_writes_every_good_article_and_names_the_bad_ones(
    tmp_path: Path,
) -> None:
    """Bad files and lines are named on stderr; every other article is written, valid."""
    inputs, expected = write_bad_articles(tmp_path)
    out = tmp_path / "out.jsonl"
    result = subprocess.run(
        [sys.executable, "-m", "newsevents", "annotate", *map(str, inputs), "-o", str(out)],
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert result.returncode == 1, result.stderr
    assert "Traceback" not in result.stderr
    articles, records = inputs
    for culprit in (
        f"{articles / 'binary.txt'}",
        f"{articles / 'latin1.txt'}",
        f"{records}:2:",
        f"{records}:3:",
        f"{records}:4:",
        f"{records}:6:",
    ):
        assert culprit in result.stderr, culprit
    documents = list(newsevents.read_jsonl(out))
    assert {document.id: document.text for document in documents} == expected
    for document in documents:
        assert newsevents.validate(document) == [], document.id
    assert main(["validate", str(out)]) == 0
