"""The examples in the documentation run: module doctests and the README's and docs' code."""

from __future__ import annotations

import doctest
import importlib
import io
import pkgutil
import re
import traceback
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

import newsevents

ROOT = Path(__file__).resolve().parent.parent
DOC_FILES = sorted([ROOT / "README.md", *(ROOT / "docs").glob("*.md")])
DOCTEST_FLAGS = doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE

# A fence opens with three or more backticks and an optional language, and closes with at
# least as many backticks and nothing else.
_FENCE = re.compile(r"^(?P<indent> {0,3})(?P<fence>`{3,})\s*(?P<language>[\w+-]*)[^`]*$")


def package_modules() -> list[str]:
    """Return the names of the package and of every module under it."""
    found = [newsevents.__name__]
    for module in pkgutil.walk_packages(newsevents.__path__, prefix=f"{newsevents.__name__}."):
        found.append(module.name)
    return sorted(found)


@pytest.mark.parametrize("name", package_modules())
def test_module_doctests(name: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """Every ``>>>`` example in the module's docstrings gives the output it shows."""
    monkeypatch.chdir(ROOT)
    module: ModuleType = importlib.import_module(name)
    finder = doctest.DocTestFinder(exclude_empty=True)
    runner = doctest.DocTestRunner(optionflags=DOCTEST_FLAGS)
    report = io.StringIO()
    failed = sum(runner.run(test, out=report.write).failed for test in finder.find(module, name))
    assert failed == 0, f"doctests of {name} failed:\n{report.getvalue()}"


def python_blocks(path: Path) -> list[tuple[int, str]]:
    """Return the ``python`` code blocks of a Markdown file as (first line number, code)."""
    blocks: list[tuple[int, str]] = []
    lines = path.read_text(encoding="utf-8").splitlines()
    index = 0
    while index < len(lines):
        opening = _FENCE.match(lines[index])
        if not opening:
            index += 1
            continue
        fence, language = opening["fence"], opening["language"].lower()
        start = index + 1
        index = start
        while index < len(lines) and not re.fullmatch(rf" {{0,3}}{fence}`*\s*", lines[index]):
            index += 1
        if index == len(lines):
            raise AssertionError(f"{path.name}:{start}: code block is never closed")
        if language == "python":
            blocks.append((start + 1, "\n".join(lines[start:index])))
        index += 1
    return blocks


def test_block_finder_takes_python_blocks_only(tmp_path: Path) -> None:
    """Only ```python blocks are found: text, console and json blocks are left alone."""
    page = tmp_path / "page.md"
    page.write_text(
        "# Title\n\n```python\nx = 1\n```\n\n```console\n$ newsevents schema\n```\n\n"
        "```json\n{}\n```\n\n````python\ny = '```'\n````\n\n```text\nraise\n```\n",
        encoding="utf-8",
    )
    assert python_blocks(page) == [(4, "x = 1"), (16, "y = '```'")]


@pytest.mark.parametrize("path", DOC_FILES, ids=lambda path: str(path.relative_to(ROOT)))
def test_documentation_code_blocks_run(path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Each file's ```python blocks run in order, in one namespace, from the repository root."""
    monkeypatch.chdir(ROOT)
    namespace: dict[str, Any] = {"__name__": f"docs:{path.name}"}
    name = path.relative_to(ROOT)
    for number, (line, code) in enumerate(python_blocks(path), start=1):
        try:
            exec(compile(code, f"{name}:{line}", "exec"), namespace)
        except Exception:
            pytest.fail(
                f"{name}: python block {number} (line {line}) failed:\n{traceback.format_exc()}"
            )
