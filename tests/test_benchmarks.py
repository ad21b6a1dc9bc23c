"""The benchmark script runs and prints its table (speed itself is never asserted here)."""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING

import pytest

import newsevents
from newsevents.cli import EXIT_OK, main

if TYPE_CHECKING:
    from spacy.language import Language

ROOT = Path(__file__).resolve().parent.parent
SCRIPT = ROOT / "benchmarks" / "run.py"


@pytest.fixture(scope="module")
def bench() -> ModuleType:
    """Import benchmarks/run.py as a module."""
    spec = importlib.util.spec_from_file_location("newsevents_benchmarks", SCRIPT)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def test_corpus_is_built_from_repository_text(bench: ModuleType) -> None:
    """Articles and short documents are made only of sentences found in the repository."""
    corpus = bench.Corpus.build(5, 20, seed=1)
    sentences = set(bench.news_sentences()) | set(bench.prose_sentences())
    assert len(corpus.articles) == 5
    assert len(corpus.short) == 20
    for record in corpus.articles:
        assert record["date"] == "2023-07-19"
        for paragraph in record["text"].split("\n\n"):
            assert paragraph
            remaining = paragraph
            while remaining:
                # Every paragraph is a run of whole repository sentences joined by spaces.
                first = next(s for s in sentences if remaining.startswith(s))
                remaining = remaining[len(first) :].lstrip(" ")
    assert len({record["id"] for record in corpus.short}) == 20


def test_corpus_is_deterministic(bench: ModuleType) -> None:
    """The same seed gives the same corpus; another seed another one."""
    assert bench.Corpus.build(3, 3, seed=7) == bench.Corpus.build(3, 3, seed=7)
    assert bench.Corpus.build(3, 3, seed=7) != bench.Corpus.build(3, 3, seed=8)


def test_seed_article_header_is_left_out(bench: ModuleType) -> None:
    """The ``date`` header of the seed article is not part of any sentence."""
    assert bench.news_sentences()
    assert not any("date 2023" in sentence for sentence in bench.news_sentences())


@pytest.mark.slow
def test_quick_run_prints_the_table() -> None:
    """``python benchmarks/run.py --quick`` exits 0 and prints every row of the table."""
    result = subprocess.run(
        [sys.executable, str(SCRIPT), "--quick"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=600,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "## Machine" in out
    assert "| benchmark" in out
    for row in (
        "bare spaCy nlp.pipe",
        "annotate_many + dumps",
        "annotate_many / bare spaCy (wall, CPU)",
        "annotate_many n_process=2",
        "newsevents annotate, 20 short docs",
        "newsevents annotate, 60 short docs",
        "corpus check: 60 docs written and valid",
        "memory growth",
        "newsevents.validate",
        "jsonschema.validate",
    ):
        assert row in out, row
    # The corpus check validates every written document: none may be invalid or missing.
    assert "60 written, 0 invalid or missing" in out


@pytest.mark.slow
def test_a_thousand_document_corpus_is_annotated_and_valid(
    bench: ModuleType, tmp_path: Path, nlp: Language
) -> None:
    """``newsevents annotate`` turns 1,000 JSON Lines records into 1,000 valid documents."""
    corpus = bench.Corpus.build(0, 1000, seed=3)
    source, target = tmp_path / "corpus.jsonl", tmp_path / "annotated.jsonl"
    bench.write_records(corpus.short, source)
    assert main(["annotate", str(source), "-o", str(target)]) == EXIT_OK
    lines = target.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 1000
    documents = [json.loads(line) for line in lines]
    assert [document["id"] for document in documents] == [r["id"] for r in corpus.short]
    problems = {d["id"]: found for d in documents if (found := newsevents.validate(d))}
    assert problems == {}


def test_meeting_predictions_leave_calls_out_unless_asked(tmp_path: Path) -> None:
    """predict_meetings.py writes face-to-face meetings by default and calls with --kinds all."""
    gold = tmp_path / "gold.jsonl"
    text = "Biden spoke by phone with Xi on Monday. Blinken met Wang Yi in Beijing on Tuesday."
    gold.write_text(json.dumps({"id": "d1", "text": text}) + "\n", encoding="utf-8")
    script = str(ROOT / "benchmarks" / "predict_meetings.py")
    triggers = {}
    for kinds in ("", "all"):
        out = tmp_path / f"pred{kinds}.jsonl"
        extra = ["--kinds", kinds] if kinds else []
        subprocess.run(
            [sys.executable, script, str(gold), "-o", str(out), *extra],
            check=True,
            capture_output=True,
        )
        line = json.loads(out.read_text(encoding="utf-8"))
        triggers[kinds] = [text[m["trigger"][0] : m["trigger"][1]] for m in line["meetings"]]
    assert triggers[""] == ["met"]
    assert triggers["all"] == ["spoke", "met"]


def test_meeting_predictions_refuse_an_unknown_kind(tmp_path: Path) -> None:
    """An unknown --kinds value is a usage error that names the known kinds."""
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps({"id": "d1", "text": "Hi."}) + "\n", encoding="utf-8")
    script = str(ROOT / "benchmarks" / "predict_meetings.py")
    done = subprocess.run(
        [sys.executable, script, str(gold), "-o", str(tmp_path / "p.jsonl"), "--kinds", "party"],
        capture_output=True,
        text=True,
    )
    assert done.returncode == 2
    assert "summit" in done.stderr
    assert not (tmp_path / "p.jsonl").exists()
