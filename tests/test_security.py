r"""Security: no network from the schema, no code from the input, bounded sizes.

- ``$ref`` resolves inside the shipped schema only: a reference to an http URL is not
  fetched (checked against a local HTTP server that counts its requests).
- The package never unpickles, ``eval``\\ s or ``exec``\\ s anything (checked on its syntax tree).
- A 50 MB line is refused with a clear message by ``read_jsonl`` and the commands, without
  being read whole into memory, and the lines around it are still processed.
"""

from __future__ import annotations

import ast
import http.server
import json
import subprocess
import sys
import threading
import tracemalloc
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from jsonschema import Draft202012Validator
from referencing.exceptions import Unresolvable

import ajv_helpers
import newsevents
from newsevents import Document
from newsevents.cli import _COMMANDS, main
from newsevents.serialize import DEFAULT_MAX_LINE_BYTES
from newsevents.validation import _validator

SOURCE = Path(newsevents.__file__).parent
HUGE = 50 * 1024 * 1024


class CountingServer:
    """A local HTTP server that serves a tiny schema and counts the requests it gets."""

    def __init__(self) -> None:
        self.requests: list[str] = []
        requests = self.requests

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                requests.append(self.path)
                body = json.dumps({"type": "string"}).encode()
                self.send_response(200)
                self.send_header("Content-Type", "application/schema+json")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, format: str, *args: Any) -> None:
                pass

        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/remote.schema.json"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def close(self) -> None:
        """Stop serving and release the socket."""
        self.server.shutdown()
        self.server.server_close()
        self.thread.join()


@pytest.fixture
def server() -> Iterator[CountingServer]:
    """Run a counting HTTP server on localhost for the duration of a test."""
    running = CountingServer()
    try:
        yield running
    finally:
        running.close()


def test_a_plain_jsonschema_validator_would_fetch_a_remote_ref(server: CountingServer) -> None:
    """Control: jsonschema's default does fetch remote refs, so the server would notice."""
    with pytest.warns(DeprecationWarning, match="remote"):
        assert not Draft202012Validator({"$ref": server.url}).is_valid(3)
    assert server.requests == ["/remote.schema.json"]


def test_the_newsevents_validator_never_fetches_a_remote_ref(server: CountingServer) -> None:
    """Given a schema that points to an http URL, the validator refuses instead of fetching."""
    validator = _validator().evolve(schema={"$ref": server.url})
    with pytest.raises(Unresolvable, match=r"127\.0\.0\.1"):
        validator.is_valid(3)
    assert server.requests == []


def test_a_ref_in_a_document_is_only_data(server: CountingServer) -> None:
    """A ``$ref`` key inside a document is an unknown key, not an instruction to fetch."""
    data = newsevents.to_dict(Document(id="d1", text="Hi"))
    data["$ref"] = server.url
    data["title"] = {"$ref": server.url}
    problems = newsevents.validate(data)
    assert {problem.path for problem in problems} == {"$", "$.title"}
    assert server.requests == []


def test_every_ref_in_the_shipped_schema_is_local() -> None:
    """The schema refers only to its own ``$defs``: nothing to resolve outside it."""
    refs: list[str] = []

    def walk(node: Any) -> None:
        if isinstance(node, dict):
            for key, value in node.items():
                if key in ("$ref", "$dynamicRef"):
                    refs.append(value)
                walk(value)
        elif isinstance(node, list):
            for item in node:
                walk(item)

    contents = newsevents.schema()
    walk(contents)
    assert refs
    assert all(ref.startswith("#/$defs/") for ref in refs), refs
    assert contents["$id"].startswith("urn:")


def test_ajv_does_not_fetch_a_remote_ref_either(server: CountingServer, tmp_path: Path) -> None:
    """The node cross-check compiles schemas synchronously: a remote ref fails, unfetched."""
    schema = tmp_path / "remote.json"
    schema.write_text(json.dumps({"$ref": server.url}), encoding="utf-8")
    result = subprocess.run(
        [ajv_helpers.node(), str(ajv_helpers.AJV_DIR / "validate.mjs"), str(schema)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 2
    assert "can't resolve reference" in result.stdout
    assert server.requests == []


# --- no code from the input ------------------------------------------------------------------

#: Modules that turn bytes into live objects, and builtins that run strings as code.
UNSAFE_MODULES = {"pickle", "cPickle", "_pickle", "marshal", "shelve", "dill", "cloudpickle"}
UNSAFE_CALLS = {"eval", "exec", "compile", "__import__"}


def python_files() -> list[Path]:
    """Return every Python file of the installed package."""
    return sorted(SOURCE.rglob("*.py"))


def test_the_package_never_unpickles_or_evaluates() -> None:
    """No module imports pickle-like modules or calls eval/exec/compile/__import__."""
    found: list[str] = []
    for path in python_files():
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        for node in ast.walk(tree):
            where = f"{path.relative_to(SOURCE)}:{getattr(node, 'lineno', '?')}"
            if isinstance(node, ast.Import):
                found += [
                    f"{where} import {a.name}" for a in node.names if a.name in UNSAFE_MODULES
                ]
            elif isinstance(node, ast.ImportFrom) and node.module in UNSAFE_MODULES:
                found.append(f"{where} from {node.module} import ...")
            elif isinstance(node, ast.Call):
                name = node.func.id if isinstance(node.func, ast.Name) else None
                attribute = node.func.attr if isinstance(node.func, ast.Attribute) else None
                if name in UNSAFE_CALLS:
                    found.append(f"{where} {name}()")
                if attribute is not None and "pickle" in attribute.lower():
                    found.append(f"{where} .{attribute}()")
    assert len(python_files()) > 10
    assert found == []


# --- sizes -----------------------------------------------------------------------------------


def good_line(doc_id: str) -> bytes:
    """Return one valid document as a JSON line."""
    return newsevents.dumps(Document(id=doc_id, text="Kerry met Li.")).encode() + b"\n"


def huge_document_line() -> bytes:
    """Return a 50 MB line holding a well-formed document, refused only for its size."""
    head = b'{"schema_version": "1.0", "id": "huge", "text": "'
    tail = b'", "actors": [], "meetings": [], "statements": [], "topics": []}\n'
    return head + b"a" * (HUGE - len(head) - len(tail)) + tail


@pytest.fixture(scope="module")
def huge_jsonl(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Write a JSON Lines file: a good line, a 50 MB line, another good line."""
    path = tmp_path_factory.mktemp("huge") / "huge.jsonl"
    with path.open("wb") as stream:
        stream.write(good_line("before"))
        stream.write(huge_document_line())
        stream.write(good_line("after"))
    assert path.stat().st_size > HUGE
    return path


@pytest.mark.slow
def test_read_jsonl_refuses_a_50_mb_line_and_reads_the_others(huge_jsonl: Path) -> None:
    """The long line is reported with its number and limit; memory stays below its size."""
    errors: list[Exception] = []
    tracemalloc.start()
    try:
        documents = [doc.id for doc in newsevents.read_jsonl(huge_jsonl, on_error=errors.append)]
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert documents == ["before", "after"]
    assert [str(error) for error in errors] == [
        f"{huge_jsonl}:2: $: line longer than {DEFAULT_MAX_LINE_BYTES} bytes, not read"
    ]
    # At most the limit (32 MB) is ever held, never the whole 50 MB line.
    assert peak < DEFAULT_MAX_LINE_BYTES + 4 * 1024 * 1024


@pytest.mark.slow
def test_read_jsonl_memory_follows_the_limit_not_the_line(huge_jsonl: Path) -> None:
    """With a 1 MB limit the reader holds about 1 MB while it skips the 50 MB line."""
    errors: list[Exception] = []
    tracemalloc.start()
    try:
        reader = newsevents.read_jsonl(huge_jsonl, on_error=errors.append, max_line_bytes=1 << 20)
        documents = [doc.id for doc in reader]
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert documents == ["before", "after"]
    assert len(errors) == 1
    assert peak < 8 * 1024 * 1024


@pytest.mark.slow
def test_validate_command_refuses_a_50_mb_line(
    huge_jsonl: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """``newsevents validate`` names the line, checks the others, and exits with 1."""
    assert main(["validate", str(huge_jsonl)]) == 1
    out, err = capsys.readouterr()
    assert out == f"{huge_jsonl}:2: $: line longer than {DEFAULT_MAX_LINE_BYTES} bytes, not read\n"
    assert "3 documents, 1 invalid" in err


@pytest.mark.slow
def test_validate_command_refuses_a_50_mb_json_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A single .json document of 50 MB is refused by size, not parsed."""
    path = tmp_path / "huge.json"
    path.write_bytes(huge_document_line())
    small = tmp_path / "small.json"
    small.write_bytes(good_line("small"))
    assert main(["validate", str(path), str(small)]) == 1
    out, err = capsys.readouterr()
    assert out == f"{path}:1: $: document longer than {DEFAULT_MAX_LINE_BYTES} bytes, not read\n"
    assert "2 documents, 1 invalid" in err


@pytest.mark.slow
def test_export_and_render_refuse_a_50_mb_line(
    huge_jsonl: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The table export and the HTML view skip the long line and keep the other documents."""
    out = tmp_path / "actors.csv"
    assert main(["export", str(huge_jsonl), "--table", "actors", "-o", str(out)]) == 1
    page = tmp_path / "page.html"
    assert main(["render", str(huge_jsonl), "-o", str(page)]) == 1
    err = capsys.readouterr().err
    assert err.count(f"{huge_jsonl}:2: $: line longer than {DEFAULT_MAX_LINE_BYTES} bytes") == 2
    assert page.read_text(encoding="utf-8").count('<section class="ne-document"') == 2


@pytest.mark.slow
@pytest.mark.skipif(
    "annotate" not in _COMMANDS, reason="the annotate command is not registered yet"
)
def test_annotate_command_refuses_a_50_mb_record(tmp_path: Path) -> None:
    """``newsevents annotate`` names the long line and annotates the records around it."""
    records = tmp_path / "records.jsonl"
    with records.open("wb") as stream:
        stream.write(b'{"id": "before", "text": "Kerry met Li."}\n')
        head, tail = b'{"id": "huge", "text": "', b'"}\n'
        stream.write(head + b"a " * ((HUGE - len(head) - len(tail)) // 2) + tail)
        stream.write(b'{"id": "after", "text": "Wang Yi spoke."}\n')
    out = tmp_path / "out.jsonl"
    result = subprocess.run(
        [sys.executable, "-m", "newsevents", "annotate", str(records), "-o", str(out)],
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert result.returncode == 1, result.stderr
    assert f"{records}:2:" in result.stderr
    assert "longer than" in result.stderr
    assert "Traceback" not in result.stderr
    assert [document.id for document in newsevents.read_jsonl(out)] == ["before", "after"]
