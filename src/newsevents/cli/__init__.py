"""The ``newsevents`` command line: one sub-command per module of this package.

Exit codes are shared by every sub-command: ``0`` success, ``1`` the input was read but
something in it was invalid or skipped, ``2`` usage error (bad arguments, a file that
cannot be read at all). User errors are reported in one line on stderr, never as a
traceback.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

from newsevents import __version__
from newsevents.errors import NewsEventsError

__all__ = ["EXIT_INVALID", "EXIT_OK", "EXIT_USAGE", "main"]

EXIT_OK = 0
EXIT_INVALID = 1
EXIT_USAGE = 2

# Each module in newsevents.cli named here has ``add_parser(subparsers)``, which adds its
# sub-command and sets ``run(args) -> int`` as the parser's default ``func``.
_COMMANDS: tuple[str, ...] = ("annotate", "evaluate", "export", "render", "schema", "validate")


class _Parser(argparse.ArgumentParser):
    """An argument parser whose usage errors exit with :data:`EXIT_USAGE`."""

    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        self.exit(EXIT_USAGE, f"{self.prog}: error: {message}\n")


def build_parser() -> argparse.ArgumentParser:
    """Return the parser of the whole command line, with every sub-command."""
    parser = _Parser(
        prog="newsevents",
        description="Structured, validated event annotations from English news.",
    )
    parser.add_argument("--version", action="version", version=f"newsevents {__version__}")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    subparsers.required = True
    for name in _COMMANDS:
        module = importlib.import_module(f"newsevents.cli.{name}")
        module.add_parser(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line with ``argv`` (default: ``sys.argv[1:]``) and return the exit code.

    >>> main(["--version"])  # doctest: +SKIP
    newsevents 0.1.0
    """
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        code: int = args.func(args)
    except KeyboardInterrupt:
        print("newsevents: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # The reader went away (``newsevents schema | head``): not an error of ours.
        sys.stderr.close()
        return EXIT_OK
    except (NewsEventsError, OSError) as exc:
        print(f"newsevents {args.command}: error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    return code
