"""Tests of newsevents.dask on a real local Dask cluster (two worker processes, no network)."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

import newsevents
from newsevents import InputError
from newsevents.dask import annotate_bag, annotate_files, annotate_partition, write_partitions

if TYPE_CHECKING:
    from spacy.language import Language

dask_bag = pytest.importorskip("dask.bag")
distributed = pytest.importorskip("distributed")

RECORDS = [
    {"id": "kerry", "text": "US climate envoy John Kerry met Premier Li Qiang in Beijing."},
    {"id": "wang", "text": "Wang Yi said the talks had been candid and constructive."},
    {
        "id": "xi",
        "text": "Chinese President Xi Jinping reiterated China's commitment.",
        "date": "2023-07-19",
    },
    {"id": "biden", "text": "Joe Biden will visit Tokyo next week, the White House said."},
    {"id": "un", "text": "The United Nations called on wealthy nations to cut emissions."},
]


@pytest.fixture(scope="module")
def client() -> Iterator[Any]:
    """Start a local cluster of two single-threaded worker processes and connect to it."""
    with (
        distributed.LocalCluster(
            n_workers=2, processes=True, threads_per_worker=1, dashboard_address=":0"
        ) as cluster,
        distributed.Client(cluster) as connected,
    ):
        yield connected


def write_records(path: Path, lines: list[str]) -> Path:
    """Write raw JSON Lines (possibly bad ones) to ``path``."""
    path.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
    return path


def read_part(path: Path) -> list[dict[str, Any]]:
    """Read a part file, checking every line is a valid document."""
    documents = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    for document in documents:
        assert newsevents.validate(document) == []
    return documents


@pytest.mark.slow
def test_annotate_files_on_a_cluster(tmp_path: Path, client: Any, nlp: Language) -> None:
    """Two input files give two part files, equal to annotate_many's output, bad lines reported."""
    first = write_records(
        tmp_path / "first.jsonl",
        [json.dumps(RECORDS[0]), "{not json", json.dumps(RECORDS[1]), json.dumps(RECORDS[2])],
    )
    second = write_records(
        tmp_path / "second.jsonl", [json.dumps(RECORDS[3]), '{"id": "x"}', json.dumps(RECORDS[4])]
    )
    results = annotate_files([first, second], tmp_path / "out")
    assert [result.path.name for result in results] == ["part-00000.jsonl", "part-00001.jsonl"]
    assert [result.documents for result in results] == [3, 2]
    assert [len(result.problems) for result in results] == [1, 1]
    assert results[0].problems[0].startswith(f"{first}:2: malformed JSON")
    assert results[1].problems[0] == f"{second}:2: record has no 'text'"
    written = read_part(results[0].path) + read_part(results[1].path)
    expected = [newsevents.to_dict(d) for d in newsevents.annotate_many(RECORDS, pipeline=nlp)]
    assert written == expected
    assert sorted(path.name for path in (tmp_path / "out").iterdir()) == [
        "part-00000.jsonl",
        "part-00001.jsonl",
    ]


@pytest.mark.slow
def test_annotate_bag_and_write_partitions(tmp_path: Path, client: Any) -> None:
    """A bag of records in three partitions gives part-00000 to part-00002, order kept."""
    bag = dask_bag.from_sequence(RECORDS, npartitions=3)
    paths = write_partitions(annotate_bag(bag), tmp_path / "parts")
    assert [path.name for path in paths] == [f"part-{i:05d}.jsonl" for i in range(3)]
    ids = [document["id"] for path in paths for document in read_part(path)]
    assert ids == [record["id"] for record in RECORDS]


def test_blocks_of_one_file_become_several_parts(tmp_path: Path, nlp: Language) -> None:
    """With a small blocksize one file is cut into several partitions, each its own part."""
    lines = [json.dumps(record) for record in RECORDS] + ["[1, 2]"]
    source = write_records(tmp_path / "all.jsonl", lines)
    results = annotate_files(source, tmp_path / "out", blocksize=200, scheduler="sync")
    assert len(results) > 1
    assert sum(result.documents for result in results) == len(RECORDS)
    problems = [problem for result in results for problem in result.problems]
    assert len(problems) == 1
    assert "expected a JSON object, got list" in problems[0]
    assert "partition" in problems[0]
    ids = [d["id"] for result in results for d in read_part(result.path)]
    assert ids == [record["id"] for record in RECORDS]


def test_annotate_partition_is_annotate_many(nlp: Language) -> None:
    """annotate_partition gives the documents annotate_many gives."""
    assert annotate_partition(RECORDS) == list(newsevents.annotate_many(RECORDS, pipeline=nlp))


def test_missing_input_file_is_an_input_error(tmp_path: Path) -> None:
    """A missing input file is reported before anything runs."""
    with pytest.raises(InputError, match=r"absent\.jsonl: no such file"):
        annotate_files(tmp_path / "absent.jsonl", tmp_path / "out")
    with pytest.raises(InputError, match="no input files"):
        annotate_files([], tmp_path / "out")


def test_without_dask_the_error_names_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    """When Dask is not installed, the error says to install the newsevents[dask] extra."""
    monkeypatch.setitem(sys.modules, "dask", None)
    monkeypatch.setitem(sys.modules, "dask.bag", None)
    with pytest.raises(ImportError, match=r"newsevents\[dask\]"):
        annotate_bag(object())  # type: ignore[arg-type]
