"""Lexicons: the data files (cue verbs, titles, meeting triggers, topics...) behind the rules.

Every lexicon is a JSON file shipped in ``newsevents/data/``. Users read one with
:func:`load_lexicon`, and replace it in a component with their own file of the same shape
(``nlp.add_pipe("newsevents_statements", config={"lexicon": "my_cues.json"})``), or extend
it by loading the shipped one, adding entries and writing the result to a file.

>>> sorted(available_lexicons())[:1]  # doctest: +SKIP
['cues']
>>> load_lexicon("no-such-lexicon")
Traceback (most recent call last):
...
newsevents.errors.InputError: no lexicon named 'no-such-lexicon'; shipped lexicons: ...
"""

from __future__ import annotations

import json
import os
from functools import cache
from importlib import resources
from typing import Any

from newsevents.errors import InputError

__all__ = ["available_lexicons", "load_lexicon"]

_PACKAGE_DATA = "newsevents.data"


def available_lexicons() -> list[str]:
    """Return the names of the lexicons shipped with newsevents (file names without ``.json``).

    >>> isinstance(available_lexicons(), list)
    True
    """
    folder = resources.files(_PACKAGE_DATA)
    return sorted(
        entry.name.removesuffix(".json")
        for entry in folder.iterdir()
        if entry.name.endswith(".json") and not entry.name.endswith(".schema.json")
    )


def load_lexicon(name: str, path: str | os.PathLike[str] | None = None) -> Any:
    """Return the parsed JSON of the shipped lexicon ``name``, or of the file at ``path``.

    The shipped lexicons are read once per process and cached; treat the result as read-only
    (copy it before changing it). A user file is read each time it is asked for.
    """
    if path is not None:
        return _read(os.fspath(path))
    if name not in available_lexicons():
        shipped = ", ".join(available_lexicons()) or "none"
        raise InputError(f"no lexicon named {name!r}; shipped lexicons: {shipped}")
    return _shipped(name)


@cache
def _shipped(name: str) -> Any:
    resource = resources.files(_PACKAGE_DATA).joinpath(f"{name}.json")
    return json.loads(resource.read_text(encoding="utf-8"))


def _read(path: str) -> Any:
    try:
        with open(path, encoding="utf-8") as stream:
            return json.load(stream)
    except OSError as exc:
        raise InputError(f"{path}: cannot read lexicon: {exc.strerror or exc}") from None
    except UnicodeDecodeError as exc:
        raise InputError(f"{path}: lexicon is not UTF-8 text: {exc}") from None
    except json.JSONDecodeError as exc:
        raise InputError(
            f"{path}:{exc.lineno}: lexicon is not valid JSON: {exc.msg} (column {exc.colno})"
        ) from None
