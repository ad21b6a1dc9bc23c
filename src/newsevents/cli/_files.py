"""Annotation files in, one complete-or-absent output out: what ``export`` and ``render`` share.

Inputs are ``.json`` files (one document), ``.jsonl``/``.ndjson`` files (one document a line)
and ``-`` (JSON Lines on standard input), read lazily; a bad document is reported as
``FILE:LINE: ...`` and skipped.
"""

from __future__ import annotations

import io
import os
import sys
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import IO

from newsevents._atomic import AtomicFile
from newsevents.cli import EXIT_INVALID, EXIT_OK
from newsevents.errors import DocumentError, InputError, JSONLineError
from newsevents.model import Document
from newsevents.reader import JSONL_SUFFIXES
from newsevents.serialize import DEFAULT_MAX_LINE_BYTES, loads, read_jsonl

__all__ = ["Problems", "check_inputs", "iter_documents", "write_atomically"]

_SUFFIXES = (".json", *JSONL_SUFFIXES)


class Problems:
    """Prints problems with input documents on stderr and counts them."""

    def __init__(self) -> None:
        self.count = 0

    def report(self, where: str, problems: Sequence[str]) -> None:
        """Print each problem as ``WHERE: problem``."""
        self.count += 1
        for problem in problems:
            print(f"{where}: {problem}", file=sys.stderr)

    def line_error(self, error: JSONLineError) -> None:
        """Report a bad line of a JSON Lines file (the ``on_error`` of ``read_jsonl``)."""
        self.report(error.source or "<jsonl>", error.problems)

    def finish(self, command: str, written: str, output: str | None) -> int:
        """Print what ``newsevents COMMAND`` wrote where, and how many inputs it skipped.

        Return the exit code: :data:`~newsevents.cli.EXIT_INVALID` when an input was
        skipped, else :data:`~newsevents.cli.EXIT_OK`.
        """
        target = output if output not in (None, "-") else "standard output"
        skipped = f", {self.count} input(s) skipped" if self.count else ""
        print(f"newsevents {command}: {written} to {target}{skipped}", file=sys.stderr)
        return EXIT_INVALID if self.count else EXIT_OK


def check_inputs(inputs: Sequence[str]) -> None:
    """Raise :class:`~newsevents.InputError` unless every input is a readable annotation file.

    Checked before anything is written, so that a typo costs no output.
    """
    for name in inputs:
        if name == "-":
            continue
        path = Path(name)
        if path.suffix not in _SUFFIXES:
            raise InputError(f"{name}: expected a .json, .jsonl or .ndjson annotation file")
        if not path.is_file():
            raise InputError(f"{name}: no such file")
        if not os.access(path, os.R_OK):
            raise InputError(f"{name}: permission denied")


def iter_documents(
    inputs: Sequence[str], problems: Problems, *, max_bytes: int = DEFAULT_MAX_LINE_BYTES
) -> Iterator[Document]:
    """Yield the documents of ``.json``/``.jsonl`` files lazily; report and skip bad ones."""
    for name in inputs:
        if name == "-":
            yield from read_jsonl(
                sys.stdin.buffer, on_error=problems.line_error, max_line_bytes=max_bytes
            )
        elif name.endswith(JSONL_SUFFIXES):
            yield from read_jsonl(name, on_error=problems.line_error, max_line_bytes=max_bytes)
        else:
            document = _read_json(name, problems, max_bytes)
            if document is not None:
                yield document


def _read_json(name: str, problems: Problems, max_bytes: int) -> Document | None:
    with open(name, "rb") as stream:
        # Read at most one byte over the limit: a huge file is refused, not swallowed.
        data = stream.read(max_bytes + 1)
    if len(data) > max_bytes:
        problems.report(name, [f"$: file longer than {max_bytes} bytes, not read"])
        return None
    try:
        return loads(data)
    except DocumentError as exc:
        problems.report(name, exc.problems)
        return None


def write_atomically(output: str | None, write: Callable[[IO[str]], None]) -> None:
    """Call ``write`` with a text stream for ``output`` (``None`` or ``-``: standard output).

    A file is written beside its final name and renamed into place once complete.
    """
    if output is None or output == "-":
        write(sys.stdout)
        sys.stdout.flush()
        return
    with AtomicFile(output) as raw, io.TextIOWrapper(raw, encoding="utf-8", newline="") as text:
        write(text)
