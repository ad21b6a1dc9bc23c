"""The exceptions newsevents raises.

Every exception also subclasses the matching built-in, so ``except ValueError`` keeps
working for callers who do not know this module::

    NewsEventsError
    ├── DocumentError (ValueError)        a dict or JSON text is not a valid Document
    │   └── JSONLineError                 ... on a given line of a JSON Lines file
    ├── InputError (ValueError)           an article or input file cannot be read
    └── PipelineError (RuntimeError)      a spaCy pipeline cannot be loaded or lacks a part

>>> issubclass(DocumentError, ValueError)
True
"""

from __future__ import annotations

from collections.abc import Sequence

__all__ = ["DocumentError", "InputError", "JSONLineError", "NewsEventsError", "PipelineError"]


class NewsEventsError(Exception):
    """Base class of every error newsevents raises on purpose.

    >>> from newsevents import loads
    >>> try:
    ...     loads("{}")
    ... except NewsEventsError as error:
    ...     print(type(error).__name__)
    DocumentError
    """


class DocumentError(NewsEventsError, ValueError):
    """A mapping or JSON text does not describe a valid :class:`~newsevents.Document`.

    ``problems`` holds one message per problem, each starting with its JSON path
    (``$.actors[0].mentions[2]: ...``).

    >>> error = DocumentError(["$.id: must not be empty"], source="article.json")
    >>> str(error)
    'article.json: $.id: must not be empty'
    """

    def __init__(self, problems: Sequence[str], *, source: str | None = None) -> None:
        self.problems: tuple[str, ...] = tuple(problems)
        self.source = source
        where = f"{source}: " if source else ""
        shown = "; ".join(self.problems[:5])
        more = f" (and {len(self.problems) - 5} more)" if len(self.problems) > 5 else ""
        super().__init__(f"{where}{shown}{more}")


class JSONLineError(DocumentError):
    """A line of a JSON Lines file does not hold a valid document.

    >>> error = JSONLineError(["$: not valid JSON"], source="in.jsonl", line=3)
    >>> error.line, str(error)
    (3, 'in.jsonl:3: $: not valid JSON')
    """

    def __init__(self, problems: Sequence[str], *, source: str | None, line: int) -> None:
        self.line = line
        name = source if source is not None else "<jsonl>"
        super().__init__(problems, source=f"{name}:{line}")


class InputError(NewsEventsError, ValueError):
    """An article or an input file cannot be read (missing, undecodable, malformed).

    >>> isinstance(InputError("notes.txt: no such file"), ValueError)
    True
    """


class PipelineError(NewsEventsError, RuntimeError):
    """A spaCy pipeline cannot be loaded, or lacks a component newsevents needs.

    >>> isinstance(PipelineError("no such model"), RuntimeError)
    True
    """
