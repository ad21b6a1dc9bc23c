"""Where the ajv cross-check lives and how to reach node, for the tests that use it."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

AJV_DIR = Path(__file__).parent / "ajv"


def node() -> str:
    """Return the node executable with ajv installed, or skip the test that needs it.

    Without node, or without ``npm ci --prefix tests/ajv``, the cross-check is skipped on a
    developer's machine; under CI (``CI`` set, as ``.ci/run`` does after installing ajv)
    a missing ajv fails instead, so that the cross-check never goes quietly unrun there.
    """
    found = shutil.which("node")
    if found is None:
        pytest.skip("node is not installed: the ajv cross-check needs node and npm")
    if not (AJV_DIR / "node_modules" / "ajv").is_dir():
        message = "ajv is not installed: run `npm ci --prefix tests/ajv` for the cross-check"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    return found
