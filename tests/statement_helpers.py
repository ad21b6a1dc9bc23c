"""Helpers shared by the statement test modules: statements of a text, one by its cue."""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsevents import Statement
from newsevents.serialize import converter

if TYPE_CHECKING:
    from spacy.language import Language


def annotate(nlp: Language, text: str) -> tuple[list[Statement], dict[str, str]]:
    """Return the statements of ``text`` and the names of its actors by id."""
    doc = nlp(text)
    found = [converter.structure(item, Statement) for item in doc._.newsevents_statements]
    names = {actor["id"]: actor["name"] for actor in doc._.newsevents_actors or []}
    return found, names


def by_cue(found: list[Statement], cue: str) -> Statement:
    """Return the one statement whose cue reads ``cue``."""
    matching = [s for s in found if s.cue.text == cue]
    assert len(matching) == 1, [s.cue.text for s in found]
    return matching[0]
