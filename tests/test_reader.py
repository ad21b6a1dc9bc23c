"""Reading articles from text files, folders, JSON Lines and standard input."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from newsevents import Article, InputError
from newsevents.reader import (
    parse_header,
    read_articles,
    read_folder,
    read_jsonl,
    read_stream,
    read_text,
)


def _jsonl(path: Path, *lines: object) -> Path:
    text = "".join((line if isinstance(line, str) else json.dumps(line)) + "\n" for line in lines)
    path.write_text(text, encoding="utf-8")
    return path


def test_seed_header_sets_the_date_and_is_not_text(seed_txt: Path) -> None:
    """The seed's leading `` date 2023-07-19 `` header becomes the date; the body follows."""
    raw = seed_txt.read_text(encoding="utf-8")
    article = read_text(seed_txt)
    assert article.date == "2023-07-19"
    assert article.id == seed_txt.stem
    assert article.text.startswith("During a meeting")
    assert raw.endswith(article.text)
    assert raw[: len(raw) - len(article.text)] == " date 2023-07-19 "


@pytest.mark.parametrize(
    ("raw", "date", "body"),
    [
        ("date 2023-07-19\nBody", "2023-07-19", "Body"),
        ("date 2023-07-19\r\nBody", "2023-07-19", "Body"),
        ("\tdate  2023-07-19  Body", "2023-07-19", " Body"),
        ("date 2023-07-19", "2023-07-19", ""),
        ("date 2023-02-30 Body", None, "date 2023-02-30 Body"),
        ("date 2023-07-19Body", None, "date 2023-07-19Body"),
        ("The date 2023-07-19 was hot", None, "The date 2023-07-19 was hot"),
        ("\ndate 2023-07-19 Body", None, "\ndate 2023-07-19 Body"),
    ],
)
def test_parse_header_cases(raw: str, date: str | None, body: str) -> None:
    """Only a well-formed header with a real date at the very start is taken off."""
    assert parse_header(raw) == (date, body)


def test_text_is_kept_byte_for_byte(tmp_path: Path) -> None:
    """Line endings, trailing spaces and non-ASCII characters are not touched; a BOM goes."""
    body = "Kerry met Li.\r\n\r\n  Zürich — “quoted” \n\n"
    path = tmp_path / "a.txt"
    path.write_bytes(b"\xef\xbb\xbf" + body.encode("utf-8"))
    article = read_text(path)
    assert article.text == body
    assert article.date is None


def test_undecodable_text_names_the_file(tmp_path: Path) -> None:
    """A file that is not UTF-8 raises an InputError naming it and the bad byte."""
    path = tmp_path / "latin.txt"
    path.write_bytes("Zürich".encode("latin-1"))
    with pytest.raises(InputError, match=r"latin\.txt: not UTF-8 text \(byte 0xfc at offset 1\)"):
        read_text(path)


def test_folder_sorted_not_recursive_by_default(tmp_path: Path) -> None:
    """A folder gives its .txt files in sorted order; sub-folders and other files are left."""
    (tmp_path / "b.txt").write_text("B", encoding="utf-8")
    (tmp_path / "a.txt").write_text("A", encoding="utf-8")
    (tmp_path / "notes.md").write_text("no", encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text("no", encoding="utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "c.txt").write_text("C", encoding="utf-8")
    assert [a.id for a in read_folder(tmp_path)] == ["a", "b"]
    assert [a.id for a in read_folder(tmp_path, recursive=True)] == ["a", "b", "sub/c"]


def test_recursive_folder_survives_a_link_loop(tmp_path: Path) -> None:
    """A symbolic link back to a parent folder is not followed round and round."""
    (tmp_path / "a.txt").write_text("A", encoding="utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.txt").write_text("B", encoding="utf-8")
    (tmp_path / "sub" / "up").symlink_to(tmp_path, target_is_directory=True)
    assert [a.id for a in read_folder(tmp_path, recursive=True)] == ["a", "sub/b"]


def test_folder_reports_bad_file_and_goes_on(tmp_path: Path) -> None:
    """An undecodable file in a folder is reported through on_error; the others are read."""
    (tmp_path / "a.txt").write_bytes(b"\xff\xfe")
    (tmp_path / "b.txt").write_text("B", encoding="utf-8")
    problems: list[InputError] = []
    assert [a.text for a in read_folder(tmp_path, on_error=problems.append)] == ["B"]
    assert len(problems) == 1
    assert "a.txt: not UTF-8" in str(problems[0])


def test_jsonl_records_and_metadata(tmp_path: Path) -> None:
    """Records carry id, text and metadata; unknown keys are ignored; ids may be integers."""
    path = _jsonl(
        tmp_path / "in.jsonl",
        {"id": "k", "text": "Kerry met Li.", "date": "2023-07-19", "title": "T", "extra": 1},
        "",
        {"id": 7, "text": "Second.", "url": "https://example.org/x", "source": "Reuters"},
        {"text": "No id."},
    )
    articles = list(read_jsonl(path))
    assert [a.id for a in articles] == ["k", "7", "in-4"]
    assert articles[0] == Article(id="k", text="Kerry met Li.", date="2023-07-19", title="T")
    assert (articles[1].url, articles[1].source) == ("https://example.org/x", "Reuters")
    assert [a.where for a in articles] == [f"{path}:1", f"{path}:3", f"{path}:4"]


def test_jsonl_bad_records_reported_with_line_and_skipped(tmp_path: Path) -> None:
    """Broken JSON, missing or non-string text, bad metadata and duplicate ids are skipped."""
    path = _jsonl(
        tmp_path / "in.jsonl",
        {"id": "a", "text": "First."},
        '{"id": "b", "text": ',
        {"id": "c"},
        {"id": "d", "text": 42},
        {"id": "a", "text": "Again."},
        [1, 2],
        {"id": "e", "text": "Bad date.", "date": "19/07/2023"},
        {"id": "f", "text": "Bad title.", "title": 3},
        {"id": "h", "text": "Bad url.", "url": "example.org/a b"},
        {"id": "", "text": "Empty id."},
        '{"id": "g", "text": "\\ud800"}',
        {"id": "z", "text": "Last."},
    )
    problems: list[InputError] = []
    assert [a.id for a in read_jsonl(path, on_error=problems.append)] == ["a", "z"]
    messages = [str(problem) for problem in problems]
    assert [message.split(": ", 1)[0] for message in messages] == [
        f"{path}:{line}" for line in range(2, 12)
    ]
    assert "malformed JSON" in messages[0]
    assert "record has no 'text'" in messages[1]
    assert "'text' must be a string, got int" in messages[2]
    assert "duplicate id 'a'" in messages[3]
    assert "expected a JSON object, got list" in messages[4]
    assert "YYYY-MM-DD" in messages[5]
    assert "'title' must be a string" in messages[6]
    assert "url must be an absolute URI" in messages[7]
    assert "non-empty string" in messages[8]
    assert "lone surrogate" in messages[9]


def test_jsonl_without_on_error_raises_at_the_bad_line(tmp_path: Path) -> None:
    """Without on_error, the first bad record raises; the records before it were read."""
    path = _jsonl(tmp_path / "in.jsonl", {"text": "ok"}, "nope", {"text": "never"})
    seen: list[str] = []
    with pytest.raises(InputError, match=r"in\.jsonl:2: malformed JSON"):
        seen.extend(a.text for a in read_jsonl(path))
    assert seen == ["ok"]


def test_jsonl_line_over_the_limit_is_skipped_unread() -> None:
    """A line longer than max_line_bytes is reported, not read; the next line is."""
    data = b'{"text": "' + b"x" * 200 + b'"}\n{"text": "short"}\n'
    problems: list[InputError] = []
    articles = list(read_jsonl(io.BytesIO(data), on_error=problems.append, max_line_bytes=64))
    assert [a.text for a in articles] == ["short"]
    assert "<stream>:1: line longer than 64 bytes" in str(problems[0])


def test_jsonl_nested_too_deeply_is_reported() -> None:
    """A line nested deeper than the JSON parser goes is reported, not a crash."""
    data = b"[" * 100_000 + b"\n" + b'{"text": "ok"}\n'
    problems: list[InputError] = []
    assert [a.text for a in read_jsonl(io.BytesIO(data), on_error=problems.append)] == ["ok"]
    assert "<stream>:1: malformed JSON: nested too deeply" in str(problems[0])


def test_jsonl_not_utf8_is_reported(tmp_path: Path) -> None:
    """A record that is not UTF-8 is reported with its line."""
    path = tmp_path / "in.jsonl"
    path.write_bytes(b'{"text": "\xff"}\n{"text": "ok"}\n')
    problems: list[InputError] = []
    assert [a.text for a in read_jsonl(path, on_error=problems.append)] == ["ok"]
    assert f"{path}:1: not UTF-8" in str(problems[0])


def test_reading_is_lazy() -> None:
    """Records are read one at a time: a bad line far ahead does not stop the first ones."""

    class Lines(io.BytesIO):
        reads = 0

        def readline(self, size: int | None = -1, /) -> bytes:
            Lines.reads += 1
            return super().readline(size)

    stream = Lines(b"".join(b'{"text": "t%d"}\n' % n for n in range(1000)))
    first = next(read_jsonl(stream))
    assert first.text == "t0"
    assert Lines.reads == 1


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (b" date 2023-07-19 Kerry met Li.\n", [("stdin", "2023-07-19", "Kerry met Li.\n")]),
        (b"\n\n  Plain\n{\n", [("stdin", None, "\n\n  Plain\n{\n")]),
        (b"", [("stdin", None, "")]),
        (
            b'\n  {"id": "x", "text": "One."}\n{"text": "Two."}\n',
            [("x", None, "One."), ("stdin-3", None, "Two.")],
        ),
    ],
)
def test_stream_auto_detects_jsonl_or_text(
    data: bytes, expected: list[tuple[str, str | None, str]]
) -> None:
    """``auto`` reads JSON Lines when the first non-blank line starts with ``{``."""
    problems: list[InputError] = []
    articles = list(read_stream(io.BytesIO(data), on_error=problems.append))
    assert [(a.id, a.date, a.text) for a in articles] == expected
    assert problems == []


def test_stream_auto_takes_a_leading_brace_for_jsonl() -> None:
    """Text that starts with ``{`` is read as JSON Lines in ``auto``: use ``text`` for it."""
    problems: list[InputError] = []
    assert list(read_stream(io.BytesIO(b"{not a record"), on_error=problems.append)) == []
    assert str(problems[0]).startswith("<stdin>:1: malformed JSON")


def test_stream_formats_can_be_forced() -> None:
    """``text`` keeps JSON as text; ``jsonl`` reports non-JSON lines."""
    data = b'{"text": "One."}\n'
    as_text = list(read_stream(io.BytesIO(data), format="text"))
    assert [a.text for a in as_text] == ['{"text": "One."}\n']
    problems: list[InputError] = []
    assert list(read_stream(io.BytesIO(b"Plain\n"), format="jsonl", on_error=problems.append)) == []
    assert "<stdin>:1: malformed JSON" in str(problems[0])


def test_read_articles_mixes_inputs_and_checks_ids_across_them(tmp_path: Path) -> None:
    """Files, folders, JSON Lines and stdin are read in turn; an id seen before is skipped."""
    folder = tmp_path / "folder"
    folder.mkdir()
    (folder / "one.txt").write_text("One.", encoding="utf-8")
    single = tmp_path / "two.txt"
    single.write_text("date 2023-01-02 Two.", encoding="utf-8")
    records = _jsonl(
        tmp_path / "r.jsonl", {"id": "three", "text": "Three."}, {"id": "one", "text": "Dup."}
    )
    stdin = io.BytesIO(b"Four.")
    problems: list[InputError] = []
    articles = list(
        read_articles([folder, single, records, "-"], stdin=stdin, on_error=problems.append)
    )
    assert [(a.id, a.text) for a in articles] == [
        ("one", "One."),
        ("two", "Two."),
        ("three", "Three."),
        ("stdin", "Four."),
    ]
    assert articles[1].date == "2023-01-02"
    assert [str(p) for p in problems] == [
        f"{records}:2: duplicate id 'one': an earlier article has it"
    ]


def test_read_articles_reports_unreadable_inputs(tmp_path: Path) -> None:
    """A missing file is reported by name and the next input is still read."""
    good = tmp_path / "good.txt"
    good.write_text("Good.", encoding="utf-8")
    problems: list[InputError] = []
    articles = list(read_articles([tmp_path / "missing.txt", good], on_error=problems.append))
    assert [a.id for a in articles] == ["good"]
    assert str(problems[0]).startswith(f"{tmp_path / 'missing.txt'}: cannot read")


def test_article_validates_its_fields() -> None:
    """An Article needs a non-empty id, a string text and an ISO date."""
    with pytest.raises(ValueError, match="id must be a non-empty string"):
        Article(id="", text="x")
    with pytest.raises(TypeError):
        Article(id="a", text=b"x")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="YYYY-MM-DD"):
        Article(id="a", text="x", date="2023-7-1")
    assert Article(id="a", text="x", origin="f.txt") == Article(id="a", text="x")
