"""``newsevents annotate``: every input form, the output formats, skips and exit codes."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from spacy.language import Language

import newsevents.cli.annotate as annotate_command
from newsevents import Document, loads, validate
from newsevents.cli import main
from newsevents.reader import read_text

# Every test here runs the default pipeline; the session fixture loads it once for all.
pytestmark = pytest.mark.usefixtures("nlp")


def _lines(text: str) -> list[Document]:
    return [loads(line) for line in text.splitlines()]


def _jsonl(path: Path, *records: Any) -> Path:
    lines = (r if isinstance(r, str) else json.dumps(r) for r in records)
    path.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
    return path


def _stdin(monkeypatch: pytest.MonkeyPatch, data: bytes) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))


def test_txt_with_header_gives_one_pretty_json_document(
    seed_txt: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A .txt file becomes one indented JSON document with the header's date and the stem id."""
    assert main(["annotate", str(seed_txt)]) == 0
    out, err = capsys.readouterr()
    assert out.startswith('{\n  "schema_version": "1.0",')
    document = loads(out)
    assert document.id == seed_txt.stem
    assert document.date == "2023-07-19"
    assert document.text == read_text(seed_txt).text
    assert validate(document) == []
    assert "1 document written to standard output" in err


def test_format_jsonl_for_a_single_file(seed_txt: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """``--format jsonl`` writes even a single document as one line."""
    assert main(["annotate", str(seed_txt), "--format", "jsonl", "--quiet"]) == 0
    out, err = capsys.readouterr()
    assert out.count("\n") == 1
    assert _lines(out)[0].id == seed_txt.stem
    assert err == ""


def test_folder_gives_json_lines_in_order(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A folder's .txt files come out as JSON Lines, sorted; --recursive reads sub-folders."""
    (tmp_path / "b.txt").write_text("date 2023-07-20 Li met Kerry.", encoding="utf-8")
    (tmp_path / "a.txt").write_text("Kerry met Li.", encoding="utf-8")
    (tmp_path / "deeper").mkdir()
    (tmp_path / "deeper" / "c.txt").write_text("Wang Yi spoke.", encoding="utf-8")
    assert main(["annotate", str(tmp_path)]) == 0
    documents = _lines(capsys.readouterr().out)
    assert [(d.id, d.date) for d in documents] == [("a", None), ("b", "2023-07-20")]
    assert main(["annotate", "-r", str(tmp_path)]) == 0
    assert [d.id for d in _lines(capsys.readouterr().out)] == ["a", "b", "deeper/c"]


def test_jsonl_bad_record_is_skipped_with_exit_1(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A bad record is reported with file and line; the others are written; exit code 1."""
    source = _jsonl(
        tmp_path / "in.jsonl",
        {"id": "a", "text": "Kerry met Li.", "title": "Talks", "source": "Reuters"},
        '{"id": "broken", ',
        {"id": "c", "text": "Wang Yi spoke.", "date": "2023-07-19"},
    )
    assert main(["annotate", str(source)]) == 1
    out, err = capsys.readouterr()
    documents = _lines(out)
    assert [d.id for d in documents] == ["a", "c"]
    assert (documents[0].title, documents[0].source, documents[1].date) == (
        "Talks",
        "Reuters",
        "2023-07-19",
    )
    assert f"skipped {source}:2: malformed JSON" in err
    assert "2 documents written to standard output, 1 skipped" in err


def test_undecodable_file_is_skipped_and_the_rest_written(
    tmp_path: Path, seed_txt: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A file that is not UTF-8 is named on stderr and skipped; exit code 1."""
    bad = tmp_path / "latin.txt"
    bad.write_bytes("Zürich".encode("latin-1"))
    assert main(["annotate", str(bad), str(seed_txt)]) == 1
    out, err = capsys.readouterr()
    assert [d.id for d in _lines(out)] == [seed_txt.stem]
    assert f"skipped {bad}: not UTF-8 text" in err


@pytest.mark.parametrize(
    ("data", "options", "expected"),
    [
        (b" date 2023-07-19 Kerry met Li.", [], [("stdin", "2023-07-19", "Kerry met Li.")]),
        (
            b'{"id": "x", "text": "Kerry met Li."}\n{"id": "y", "text": "Li met Kerry."}\n',
            [],
            [("x", None, "Kerry met Li."), ("y", None, "Li met Kerry.")],
        ),
        (
            b'{"text": "braces"}',
            ["--stdin-format", "text"],
            [("stdin", None, '{"text": "braces"}')],
        ),
    ],
)
def test_stdin_plain_text_or_json_lines(
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    data: bytes,
    options: list[str],
    expected: list[tuple[str, str | None, str]],
) -> None:
    """``-`` reads one text article or, when it starts with ``{``, JSON Lines records."""
    _stdin(monkeypatch, data)
    assert main(["annotate", "-", "--format", "jsonl", *options]) == 0
    documents = _lines(capsys.readouterr().out)
    assert [(d.id, d.date, d.text) for d in documents] == expected


def test_stdin_text_defaults_to_json(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Plain text on standard input is one article: written as one JSON document."""
    _stdin(monkeypatch, "Kerry met Li in Zürich.\n".encode())
    assert main(["annotate", "-"]) == 0
    assert loads(capsys.readouterr().out).text == "Kerry met Li in Zürich.\n"


def test_output_file_is_written_whole(tmp_path: Path, seed_txt: Path) -> None:
    """With -o the documents land in OUTPUT; no temporary file is left beside it."""
    target = tmp_path / "out.jsonl"
    assert main(["annotate", str(seed_txt), str(seed_txt.parent), "-o", str(target), "-q"]) == 1
    assert [d.id for d in _lines(target.read_text(encoding="utf-8"))] == [seed_txt.stem]
    assert os.listdir(tmp_path) == ["out.jsonl"]


def test_output_left_untouched_when_the_run_fails(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """``--format json`` with two articles is a usage error; OUTPUT keeps its old content."""
    source = _jsonl(tmp_path / "in.jsonl", {"text": "One."}, {"text": "Two."})
    target = tmp_path / "out.json"
    target.write_text("old", encoding="utf-8")
    assert main(["annotate", str(source), "--format", "json", "-o", str(target)]) == 2
    assert "--format json writes one document" in capsys.readouterr().err
    assert target.read_text(encoding="utf-8") == "old"
    assert sorted(os.listdir(tmp_path)) == ["in.jsonl", "out.json"]


def test_output_absent_after_an_interruption(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Interrupted halfway, the run leaves no OUTPUT and no temporary file."""
    source = _jsonl(tmp_path / "in.jsonl", *({"text": f"Text {n}."} for n in range(4)))
    calls = 0
    real_dumps = annotate_command.dumps

    def dumps_then_interrupt(document: Document, **options: Any) -> str:
        nonlocal calls
        calls += 1
        if calls == 3:
            raise KeyboardInterrupt
        return real_dumps(document, **options)

    monkeypatch.setattr(annotate_command, "dumps", dumps_then_interrupt)
    target = tmp_path / "out.jsonl"
    assert main(["annotate", str(source), "-o", str(target)]) == 130
    assert sorted(os.listdir(tmp_path)) == ["in.jsonl"]


def test_json_output_absent_when_the_only_article_fails(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """No document to write: OUTPUT is not created (an empty file would not be JSON)."""
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\xff")
    target = tmp_path / "out.json"
    assert main(["annotate", str(bad), "-o", str(target)]) == 1
    assert not target.exists()
    assert "0 documents written" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (["no-such-file.txt"], "no such file or folder: no-such-file.txt"),
        (["-", "-"], "standard input (-) can be read only once"),
        (["{seed}", "--model", "no_such_model"], "cannot load the spaCy pipeline 'no_such_model'"),
        (["{seed}", "-o", "no/such/folder/out.json"], "no such folder"),
        (["{seed}", "--n-process", "0"], "must be at least 1"),
        (["{seed}", "--batch-size", "x"], "not a whole number"),
    ],
)
def test_usage_errors_exit_2(
    seed_txt: Path, capsys: pytest.CaptureFixture[str], arguments: list[str], message: str
) -> None:
    """Missing inputs, an unknown model and bad options are usage errors: exit code 2."""
    arguments = [item.replace("{seed}", str(seed_txt)) for item in arguments]
    with pytest.raises(SystemExit) as stopped:
        raise SystemExit(main(["annotate", *arguments]))
    assert stopped.value.code == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert message in err
    assert "Traceback" not in err


def test_ids_must_be_unique_across_inputs(
    tmp_path: Path, seed_txt: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The same article given twice is annotated once; the second is reported."""
    assert main(["annotate", str(seed_txt), str(seed_txt)]) == 1
    out, err = capsys.readouterr()
    assert len(_lines(out)) == 1
    assert "duplicate id" in err


def test_two_processes_write_the_same_as_one(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """``--n-process 2`` writes exactly what one process writes, in the same order."""
    texts = ["Kerry met Li.", "Wang Yi called Kerry an old friend.", "Li spoke.", "Xi spoke."]
    source = _jsonl(
        tmp_path / "in.jsonl", *({"id": f"d{n}", "text": t} for n, t in enumerate(texts))
    )
    assert main(["annotate", str(source), "-q"]) == 0
    one = capsys.readouterr().out
    assert main(["annotate", str(source), "-q", "--n-process", "2", "--batch-size", "1"]) == 0
    assert capsys.readouterr().out == one


def test_console_script_end_to_end(tmp_path: Path, seed_txt: Path, nlp: Language) -> None:
    """``python -m newsevents annotate - -o OUT`` reads a pipe and writes a valid file."""
    target = tmp_path / "seed.json"
    result = subprocess.run(
        [sys.executable, "-m", "newsevents", "annotate", "-", "-o", str(target)],
        input=seed_txt.read_bytes(),
        capture_output=True,
        check=False,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr.decode()
    document = loads(target.read_text(encoding="utf-8"))
    assert (document.id, document.date) == ("stdin", "2023-07-19")
    assert validate(document) == []
    assert result.stdout == b""
    assert b"1 document written to " in result.stderr
