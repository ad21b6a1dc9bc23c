"""``newsevents validate`` and ``newsevents schema`` on the command line."""

from __future__ import annotations

import copy
import io
import json
import re
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from newsevents import schema
from newsevents.cli import main

Change = Callable[[dict[str, Any]], object]


@pytest.fixture(scope="module")
def gold_data(seed_gold_path: Path) -> dict[str, Any]:
    """Return the gold annotation of the seed article as a dict (do not change it)."""
    data: dict[str, Any] = json.loads(seed_gold_path.read_text(encoding="utf-8"))
    return data


def write_json(path: Path, data: Any) -> Path:
    """Write ``data`` as indented JSON, as people write annotation files by hand."""
    path.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return path


def corrupted(gold: dict[str, Any], change: Change) -> dict[str, Any]:
    """Return a deep copy of ``gold`` with ``change`` applied."""
    data = copy.deepcopy(gold)
    change(data)
    return data


def renamed(data: dict[str, Any], document_id: str) -> dict[str, Any]:
    """Return a copy of ``data`` whose document id is ``document_id``."""
    return {**data, "id": document_id}


def line_of(path: Path, fragment: str, occurrence: int = 1) -> int:
    """Return the number of the line holding the ``occurrence``-th ``fragment`` in the file."""
    seen = 0
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if fragment in line:
            seen += 1
            if seen == occurrence:
                return number
    raise AssertionError(f"{fragment!r} not in {path}")


def test_gold_file_is_valid(seed_gold_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The gold file validates: exit 0, nothing on stdout, a summary on stderr."""
    assert main(["validate", str(seed_gold_path)]) == 0
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err == "1 document, 0 invalid\n"


def shift_second_kerry(data: dict[str, Any]) -> None:
    """Move the second mention of Kerry one character to the right."""
    mention = data["actors"][0]["mentions"][1]
    mention["start"] += 1
    mention["end"] += 1


CORRUPTIONS = [
    pytest.param(
        shift_second_kerry,
        "$.actors[0].mentions[1]",
        "span text 'Kerry' does not match text[265:270], which is 'erry’'; that text is at 264:269",
        ('"start": 265', 1, -1),
        id="span-offset-moved-by-one",
    ),
    pytest.param(
        lambda d: d["statements"][3].update(speaker="a99"),
        "$.statements[3].speaker",
        "no actor has id 'a99'",
        ('"speaker": "a99"', 1, 0),
        id="speaker-that-does-not-exist",
    ),
    pytest.param(
        lambda d: d["actors"][2].pop("kind"),
        "$.actors[2]",
        "required field missing: kind",
        ('"id": "a3"', 1, -1),
        id="missing-required-field",
    ),
    pytest.param(
        lambda d: d["topics"][0].update(colour="green"),
        "$.topics[0]",
        "unknown key(s): colour",
        ('"id": "t1"', 1, -1),
        id="unknown-key",
    ),
    pytest.param(
        lambda d: d["meetings"][2].update(status="postponed"),
        "$.meetings[2].status",
        "'postponed' is not one of 'occurred', 'planned', 'ongoing', 'cancelled'",
        ('"status": "postponed"', 1, 0),
        id="unknown-enum-value",
    ),
    pytest.param(
        lambda d: d["actors"].append(copy.deepcopy(d["actors"][0])),
        "$.actors[13].id",
        "duplicate id 'a1' (already used by $.actors[0])",
        ('"id": "a1"', 2, 0),
        id="duplicated-id",
    ),
    pytest.param(
        lambda d: d["meetings"][0]["participants"].append("a42"),
        "$.meetings[0].participants[2]",
        "no actor has id 'a42'",
        ('"a42"', 1, 0),
        id="participant-that-does-not-exist",
    ),
]


@pytest.mark.parametrize(("change", "path", "message", "where"), CORRUPTIONS)
def test_corrupted_gold_file_is_reported_with_line_and_path(
    gold_data: dict[str, Any],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    change: Change,
    path: str,
    message: str,
    where: tuple[str, int, int],
) -> None:
    """Each corruption: exit 1, one line FILE:LINE: JSON-PATH: message, LINE where it is."""
    target = write_json(tmp_path / "gold.json", corrupted(gold_data, change))
    assert main(["validate", str(target)]) == 1
    captured = capsys.readouterr()
    fragment, occurrence, shift = where  # an object starts on the line before its first key
    line = line_of(target, fragment, occurrence) + shift
    assert captured.out == f"{target}:{line}: {path}: {message}\n"
    assert captured.err == "1 document, 1 invalid\n"


def test_jsonl_with_broken_lines_reports_each_and_checks_the_rest(
    gold_data: dict[str, Any], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A broken line in a .jsonl is reported by number; the lines after it are still checked."""
    good = json.dumps(gold_data, ensure_ascii=False)
    bad = corrupted(gold_data, lambda d: d["statements"][3].update(speaker="a99"))
    bad_line = json.dumps(renamed(bad, "bad"))
    last = json.dumps(renamed(gold_data, "last"))
    target = tmp_path / "many.jsonl"
    target.write_text("\n".join([good, '{"schema_version": "1.0", ', "", bad_line, last]) + "\n")
    assert main(["validate", str(target)]) == 1
    captured = capsys.readouterr()
    assert captured.out.splitlines() == [
        f"{target}:2: $: malformed JSON: Expecting property name enclosed in double quotes "
        "at column 27",
        f"{target}:4: $.statements[3].speaker: no actor has id 'a99'",
    ]
    assert captured.err == "4 documents, 2 invalid\n"


def test_jsonl_line_that_is_not_utf8(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Bytes that are not UTF-8 are reported on their line, not raised."""
    target = tmp_path / "latin1.jsonl"
    target.write_bytes('{"text": "Zürich"}\n'.encode("latin-1"))
    assert main(["validate", str(target)]) == 1
    out = capsys.readouterr().out
    assert out.startswith(f"{target}:1: $: not UTF-8 text: invalid start byte")


def test_json_file_that_is_not_json(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Malformed JSON in a .json file is reported with the line where parsing failed."""
    target = tmp_path / "broken.json"
    target.write_text('{\n  "id": "d1",\n  "text": oops\n}\n', encoding="utf-8")
    assert main(["validate", str(target)]) == 1
    assert (
        capsys.readouterr().out == f"{target}:3: $: malformed JSON: Expecting value at column 11\n"
    )


def test_json_file_line_numbers_point_at_the_value(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """For a .json file, LINE is where the offending value starts (nested, compact or not)."""
    target = tmp_path / "small.json"
    target.write_text(
        "{\n"
        ' "schema_version": "1.0", "id": "d1", "text": "Kerry met Li.",\n'
        ' "actors": [\n'
        '  {"id": "a1", "kind": "person", "name": "Kerry",\n'
        '   "mentions": [{"start": 0, "end": 5, "text": "Kerry"},\n'
        '                {"start": 10,\n'
        '                 "end": 12, "text": "Lee"}]}\n'
        " ],\n"
        ' "meetings": [], "statements": [], "topics": [],\n'
        ' "date": "yesterday"\n'
        "}\n",
        encoding="utf-8",
    )
    assert main(["validate", str(target)]) == 1
    assert capsys.readouterr().out.splitlines() == [
        f"{target}:10: $.date: 'yesterday' is not an ISO date (YYYY-MM-DD)",
    ]
    target.write_text(target.read_text().replace("yesterday", "2023-07-19"))
    assert main(["validate", str(target)]) == 1
    assert capsys.readouterr().out.splitlines() == [
        f"{target}:6: $.actors[0].mentions[1]: span text 'Lee' does not match text[10:12], "
        "which is 'Li'",
    ]


def test_missing_file_is_a_usage_error_but_others_are_checked(
    seed_gold_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A missing file gives exit 2 and a one-line error; the other files are still checked."""
    missing = tmp_path / "missing.json"
    assert main(["validate", str(missing), str(seed_gold_path)]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.splitlines() == [
        f"newsevents validate: error: {missing}: cannot read: No such file or directory",
        "1 document, 0 invalid, 1 file not read",
    ]
    assert "Traceback" not in captured.err


def test_unknown_file_type_is_a_usage_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A file that is neither .json nor .jsonl is refused with exit 2."""
    notes = tmp_path / "notes.txt"
    notes.write_text("hello", encoding="utf-8")
    assert main(["validate", str(notes)]) == 2
    assert "unknown file type (expected .json or .jsonl)" in capsys.readouterr().err


def test_usage_error_when_no_file_is_given(capsys: pytest.CaptureFixture[str]) -> None:
    """``newsevents validate`` without a FILE is a usage error (exit 2)."""
    with pytest.raises(SystemExit) as caught:
        main(["validate"])
    assert caught.value.code == 2
    assert "the following arguments are required: FILE" in capsys.readouterr().err


def test_quiet_prints_nothing(
    gold_data: dict[str, Any], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """--quiet prints nothing at all; the exit code still tells."""
    target = write_json(tmp_path / "bad.json", corrupted(gold_data, lambda d: d.pop("text")))
    assert main(["validate", "--quiet", str(target)]) == 1
    assert capsys.readouterr() == ("", "")


def test_duplicate_document_id_in_jsonl_is_reported_with_its_first_line(
    gold_data: dict[str, Any], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A later line repeating a document id is invalid and points at the first one."""
    target = tmp_path / "batch.jsonl"
    lines = [renamed(gold_data, name) for name in ("g", "h", "g", "k", "h", "g")]
    target.write_text("".join(json.dumps(line) + "\n" for line in lines), encoding="utf-8")
    assert main(["validate", str(target)]) == 1
    captured = capsys.readouterr()
    assert captured.out.splitlines() == [
        f"{target}:3: $.id: duplicate document id 'g' (first on {target}:1)",
        f"{target}:5: $.id: duplicate document id 'h' (first on {target}:2)",
        f"{target}:6: $.id: duplicate document id 'g' (first on {target}:1)",
    ]
    assert captured.err == "6 documents, 3 invalid\n"


def test_duplicate_document_id_comes_after_the_other_problems_of_its_line(
    gold_data: dict[str, Any], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A line with a repeated id still gets every other problem reported, and counts once."""
    target = tmp_path / "batch.jsonl"
    bad = corrupted(gold_data, lambda d: d["statements"][3].update(speaker="a99"))
    lines = [renamed(gold_data, "g"), renamed(bad, "g"), renamed(gold_data, "h")]
    target.write_text("".join(json.dumps(line) + "\n" for line in lines), encoding="utf-8")
    assert main(["validate", str(target)]) == 1
    captured = capsys.readouterr()
    assert captured.out.splitlines() == [
        f"{target}:2: $.statements[3].speaker: no actor has id 'a99'",
        f"{target}:2: $.id: duplicate document id 'g' (first on {target}:1)",
    ]
    assert captured.err == "3 documents, 1 invalid\n"


def test_duplicate_document_id_across_files_points_at_the_first_file(
    gold_data: dict[str, Any], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Ids are unique across all files of one call: .jsonl, then .json at the id's line."""
    first = tmp_path / "first.jsonl"
    first.write_text(
        json.dumps(renamed(gold_data, "g")) + "\n" + json.dumps(renamed(gold_data, "h")) + "\n",
        encoding="utf-8",
    )
    other = write_json(tmp_path / "other.json", renamed(gold_data, "h"))
    unique = write_json(tmp_path / "unique.json", renamed(gold_data, "u"))
    assert main(["validate", str(first), str(unique), str(other)]) == 1
    captured = capsys.readouterr()
    line = line_of(other, '"id": "h"')
    assert captured.out == f"{other}:{line}: $.id: duplicate document id 'h' (first on {first}:2)\n"
    assert captured.err == "4 documents, 1 invalid\n"
    assert main(["validate", str(other), str(first)]) == 1
    assert capsys.readouterr().out == (
        f"{first}:2: $.id: duplicate document id 'h' (first on {other}:{line})\n"
    )


def test_documents_without_a_string_id_are_not_duplicates(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Lines lacking an id, or with a non-string one, get their schema problems only."""
    target = tmp_path / "odd.jsonl"
    target.write_text('{"text": "a"}\n{"text": "b"}\n{"id": 7}\n{"id": 7}\n[]\n[]\n')
    assert main(["validate", str(target)]) == 1
    assert "duplicate" not in capsys.readouterr().out


def stdin_with(monkeypatch: pytest.MonkeyPatch, data: str) -> None:
    """Replace standard input by ``data``."""
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data.encode("utf-8"))))


def test_stdin_as_json_lines(
    gold_data: dict[str, Any], monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """``-`` reads JSON Lines from standard input."""
    bad = renamed(corrupted(gold_data, lambda d: d["topics"][0].update(colour="green")), "bad")
    stdin_with(monkeypatch, json.dumps(gold_data) + "\n" + json.dumps(bad) + "\n")
    assert main(["validate", "-"]) == 1
    captured = capsys.readouterr()
    assert captured.out == "<stdin>:2: $.topics[0]: unknown key(s): colour\n"
    assert captured.err == "2 documents, 1 invalid\n"


def test_stdin_as_one_indented_document(
    gold_data: dict[str, Any], monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """``-`` also takes one JSON document spread over many lines."""
    bad = corrupted(gold_data, lambda d: d.update(date="2023-13-01"))
    text = json.dumps(bad, indent=2)
    stdin_with(monkeypatch, "\n" + text)
    assert main(["validate", "-"]) == 1
    line = 1 + next(
        number for number, content in enumerate(text.splitlines(), start=1) if '"date"' in content
    )
    assert capsys.readouterr().out == (
        f"<stdin>:{line}: $.date: '2023-13-01' is not an ISO date (YYYY-MM-DD)\n"
    )


def test_stdin_json_lines_with_a_cut_first_record_checks_the_rest(
    gold_data: dict[str, Any], monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """A first record cut short is one bad line: the records after it are still checked."""
    cut = json.dumps(renamed(gold_data, "cut"))[:40]
    bad = renamed(corrupted(gold_data, lambda d: d["topics"][0].update(colour="green")), "bad")
    stdin_with(monkeypatch, "\n".join([cut, "", json.dumps(gold_data), json.dumps(bad)]) + "\n")
    assert main(["validate", "-"]) == 1
    captured = capsys.readouterr()
    lines = captured.out.splitlines()
    assert len(lines) == 2
    assert lines[0].startswith("<stdin>:1: $: malformed JSON: ")
    assert lines[1] == "<stdin>:4: $.topics[0]: unknown key(s): colour"
    assert captured.err == "3 documents, 2 invalid\n"


def test_stdin_broken_indented_document_is_one_problem(
    gold_data: dict[str, Any], monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """An indented document with a syntax error is reported once, where the error is."""
    text = json.dumps(gold_data, indent=2).replace('"date":', '"date"', 1)
    stdin_with(monkeypatch, text)
    assert main(["validate", "-"]) == 1
    captured = capsys.readouterr()
    line, content = next(
        (n, content) for n, content in enumerate(text.splitlines(), start=1) if '"date"' in content
    )
    column = content.index('"date"') + len('"date" ') + 1
    assert captured.out == (
        f"<stdin>:{line}: $: malformed JSON: Expecting ':' delimiter at column {column}\n"
    )
    assert captured.err == "1 document, 1 invalid\n"


def test_schema_command_prints_the_schema(capsys: pytest.CaptureFixture[str]) -> None:
    """``newsevents schema`` prints the schema as indented JSON."""
    assert main(["schema"]) == 0
    out = capsys.readouterr().out
    assert json.loads(out) == schema()
    assert out.startswith('{\n  "$schema": "https://json-schema.org/draft/2020-12/schema",\n')


def test_python_dash_m_entry_point(
    gold_data: dict[str, Any], seed_gold_path: Path, tmp_path: Path
) -> None:
    """``python -m newsevents validate`` runs in a fresh process with the same exit codes."""
    bad = write_json(
        tmp_path / "bad.json",
        corrupted(gold_data, lambda d: d["meetings"][0]["participants"].append("a42")),
    )
    command = [sys.executable, "-m", "newsevents", "validate"]
    good_run = subprocess.run(
        [*command, str(seed_gold_path)], capture_output=True, text=True, check=False
    )
    assert (good_run.returncode, good_run.stdout) == (0, "")
    bad_run = subprocess.run([*command, str(bad)], capture_output=True, text=True, check=False)
    assert bad_run.returncode == 1
    assert re.fullmatch(
        rf"{re.escape(str(bad))}:\d+: \$\.meetings\[0\]\.participants\[2\]: "
        r"no actor has id 'a42'\n",
        bad_run.stdout,
    )
    assert bad_run.stderr == "1 document, 1 invalid\n"


def test_ascii_terminal_gets_escapes_not_a_traceback(
    gold_data: dict[str, Any], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """On a terminal that cannot show ’, the message escapes it instead of crashing."""
    target = write_json(tmp_path / "bad.json", corrupted(gold_data, shift_second_kerry))
    terminal = io.TextIOWrapper(io.BytesIO(), encoding="ascii")
    monkeypatch.setattr(sys, "stdout", terminal)
    assert main(["validate", "--quiet", str(target)]) == 1
    assert main(["validate", str(target)]) == 1
    terminal.flush()
    out = terminal.buffer.getvalue().decode("ascii")  # type: ignore[attr-defined]
    assert "which is 'erry\\u2019'; that text is at 264:269" in out
