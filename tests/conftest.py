"""Shared fixtures: the seed article, its gold annotation, and one pipeline per session."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from spacy.language import Language

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
SEED_TXT = SEEDS / "000_0f433a46f915af16.txt"
SEED_GOLD = SEEDS / "000_0f433a46f915af16.json"


@pytest.fixture(scope="session")
def seed_txt() -> Path:
    """Return the seed article as shipped, with its ``date`` header."""
    return SEED_TXT


@pytest.fixture(scope="session")
def seed_gold_path() -> Path:
    """Return the hand-made gold annotation of the seed article."""
    return SEED_GOLD


@pytest.fixture(scope="session")
def nlp() -> Language:
    """Return the default newsevents pipeline, loaded once for the whole test session."""
    from newsevents import load_pipeline

    return load_pipeline()
