"""A second implementation of JSON Schema (ajv, in node) agrees with the Python validator.

The schema is meant for other tools too; these tests run it through ajv (draft 2020-12, strict
mode, ``ajv-formats``) and check that ajv and ``jsonschema`` accept and refuse the same
documents. ``tests/ajv/validate.mjs`` does the node side; its dependencies are pinned by
``tests/ajv/package-lock.json`` (``npm ci --prefix tests/ajv``).
"""

from __future__ import annotations

import copy
import json
import subprocess
from collections.abc import Callable, Sequence
from functools import cache
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis_jsonschema import from_schema
from jsonschema import Draft202012Validator

import newsevents
from ajv_helpers import AJV_DIR, node

Corruption = Callable[[dict[str, Any]], None]


@pytest.fixture(scope="module")
def schema_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Write the schema exactly as ``newsevents.schema()`` returns it to a file."""
    path = tmp_path_factory.mktemp("schema") / "newsevents.schema.json"
    path.write_text(json.dumps(newsevents.schema()), encoding="utf-8")
    return path


def ajv(schema_file: Path, documents: Sequence[Any]) -> list[dict[str, Any]]:
    """Return ajv's verdict on each document, in order (ajv reads them as JSON Lines)."""
    lines = "".join(json.dumps(document) + "\n" for document in documents)
    result = subprocess.run(
        [node(), str(AJV_DIR / "validate.mjs"), str(schema_file), "-"],
        input=lines,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode in (0, 1), result.stderr or result.stdout
    header, *verdicts = (json.loads(line) for line in result.stdout.splitlines())
    assert header["valid"], header
    assert len(verdicts) == len(documents)
    return verdicts


@cache
def schema_validator() -> Draft202012Validator:
    """Return jsonschema's validator of the schema alone (no semantic checks), built once."""
    return Draft202012Validator(
        newsevents.schema(), format_checker=Draft202012Validator.FORMAT_CHECKER
    )


def python_accepts(document: Any) -> bool:
    """Whether the jsonschema validator (the schema alone) accepts ``document``."""
    return schema_validator().is_valid(document)


def generator_schema() -> dict[str, Any]:
    """Return the schema for hypothesis-jsonschema, which cannot resolve refs under a URN ``$id``.

    With the ``$id`` left out, ``#/$defs/...`` resolves against the schema itself; nothing
    else changes.
    """
    contents = newsevents.schema()
    del contents["$id"]
    return contents


def seed_gold(seed_gold_path: Path) -> dict[str, Any]:
    """Return the seed's gold annotation as a dict, or skip when it is absent."""
    if not seed_gold_path.exists():
        pytest.skip("the seed's gold annotation is not in this checkout")
    data: dict[str, Any] = json.loads(seed_gold_path.read_text(encoding="utf-8"))
    return data


def test_ajv_compiles_the_schema_in_strict_mode_without_warnings(schema_file: Path) -> None:
    """Ajv's strict mode finds no unknown keyword or contradictory type in the schema."""
    result = subprocess.run(
        [node(), str(AJV_DIR / "validate.mjs"), str(schema_file)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    header = json.loads(result.stdout.splitlines()[0])
    assert header == {"schema": str(schema_file), "valid": True, "errors": [], "warnings": []}


def test_the_shipped_schema_file_is_what_schema_returns() -> None:
    """The file ajv would read from the package is the schema ``newsevents.schema()`` gives."""
    from importlib import resources

    shipped = resources.files("newsevents.data").joinpath(
        f"newsevents-{newsevents.SCHEMA_VERSION}.schema.json"
    )
    assert json.loads(shipped.read_text(encoding="utf-8")) == newsevents.schema()


def test_both_validators_accept_the_seed_gold(seed_gold_path: Path, schema_file: Path) -> None:
    """The hand-made gold annotation is valid for ajv, for jsonschema and for newsevents."""
    data = seed_gold(seed_gold_path)
    (verdict,) = ajv(schema_file, [data])
    assert verdict["valid"], verdict["errors"]
    assert python_accepts(data)
    assert newsevents.validate(data) == []


def test_both_validators_accept_a_document_file_read_from_disk(
    seed_gold_path: Path, schema_file: Path, tmp_path: Path
) -> None:
    """Ajv reads .json and .jsonl files and gives one verdict per document and line."""
    data = seed_gold(seed_gold_path)
    jsonl = tmp_path / "docs.jsonl"
    small = {**data, "id": "second", "text": "", "actors": [], "meetings": []}
    small.update(statements=[], topics=[])
    jsonl.write_text(f"{json.dumps(data)}\n\n{json.dumps(small)}\n", encoding="utf-8")
    result = subprocess.run(
        [node(), str(AJV_DIR / "validate.mjs"), str(schema_file), str(jsonl)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    verdicts = [json.loads(line) for line in result.stdout.splitlines()][1:]
    assert [(v["line"], v["valid"]) for v in verdicts] == [(1, True), (3, True)]
    assert result.returncode == 0


def _set(path: Sequence[str | int], value: Any) -> Corruption:
    def corrupt(data: dict[str, Any]) -> None:
        target: Any = data
        for key in path[:-1]:
            target = target[key]
        target[path[-1]] = value

    return corrupt


def _delete(path: Sequence[str | int]) -> Corruption:
    def corrupt(data: dict[str, Any]) -> None:
        target: Any = data
        for key in path[:-1]:
            target = target[key]
        del target[path[-1]]

    return corrupt


#: Corruptions that break the schema, with the JSON path each should be reported at.
SCHEMA_CORRUPTIONS: dict[str, tuple[Corruption, str]] = {
    "missing text": (_delete(["text"]), "$"),
    "missing actors": (_delete(["actors"]), "$"),
    "wrong schema version": (_set(["schema_version"], "2.0"), "$.schema_version"),
    "offset as a string": (
        _set(["actors", 0, "mentions", 0, "start"], "65"),
        "$.actors[0].mentions[0].start",
    ),
    "negative offset": (
        _set(["actors", 0, "mentions", 0, "end"], -1),
        "$.actors[0].mentions[0].end",
    ),
    "float offset": (_set(["statements", 0, "cue", "start"], 76.5), "$.statements[0].cue.start"),
    "unknown actor kind": (_set(["actors", 0, "kind"], "alien"), "$.actors[0].kind"),
    "unknown key": (_set(["meetings", 0, "colour"], "red"), "$.meetings[0]"),
    "empty id": (_set(["topics", 0, "id"], ""), "$.topics[0].id"),
    "impossible date": (_set(["date"], "2023-02-30"), "$.date"),
    "date in another format": (_set(["date"], "19/07/2023"), "$.date"),
    "lower-case country": (_set(["actors", 0, "country"], "usa"), "$.actors[0].country"),
    "confidence above one": (_set(["actors", 0, "confidence"], 1.5), "$.actors[0].confidence"),
    "participants not a list": (
        _set(["meetings", 0, "participants"], "a1"),
        "$.meetings[0].participants",
    ),
    "speaker missing": (_delete(["statements", 0, "speaker"]), "$.statements[0]"),
    "content not spans": (
        _set(["statements", 0, "content"], ["the potential"]),
        "$.statements[0].content[0]",
    ),
    "boolean as offset": (
        _set(["topics", 0, "mentions", 0, "start"], True),
        "$.topics[0].mentions[0].start",
    ),
    "empty document": (lambda data: data.clear(), "$"),
}


def _ajv_path(instance_path: str) -> str:
    """Turn ajv's JSON Pointer (``/actors/0/kind``) into a JSON path (``$.actors[0].kind``)."""
    path = "$"
    for token in filter(None, instance_path.split("/")):
        token = token.replace("~1", "/").replace("~0", "~")
        path += f"[{token}]" if token.isdigit() else f".{token}"
    return path


@pytest.mark.parametrize("name", sorted(SCHEMA_CORRUPTIONS))
def test_both_validators_refuse_a_corrupted_document_at_the_same_place(
    seed_gold_path: Path, schema_file: Path, name: str
) -> None:
    """Each corruption is refused by ajv and by jsonschema, both pointing at the culprit."""
    data = copy.deepcopy(seed_gold(seed_gold_path))
    corrupt, where = SCHEMA_CORRUPTIONS[name]
    corrupt(data)
    (verdict,) = ajv(schema_file, [data])
    assert not verdict["valid"]
    assert where in {_ajv_path(error["path"]) for error in verdict["errors"]}
    assert not python_accepts(data)
    problems = newsevents.validate(data)
    assert where in {problem.path for problem in problems}, problems


def test_semantic_errors_pass_both_schemas_and_are_caught_by_validate(
    seed_gold_path: Path, schema_file: Path
) -> None:
    """A span that does not match the text or a dangling reference is beyond any schema."""
    data = copy.deepcopy(seed_gold(seed_gold_path))
    data["actors"][0]["mentions"][0]["text"] = "Somebody else"
    data["statements"][0]["speaker"] = "a999"
    (verdict,) = ajv(schema_file, [data])
    assert verdict["valid"]
    assert python_accepts(data)
    paths = {problem.path for problem in newsevents.validate(data)}
    assert {"$.actors[0].mentions[0]", "$.statements[0].speaker"} <= paths


def test_both_validators_agree_on_documents_generated_from_the_schema(schema_file: Path) -> None:
    """Documents drawn from the schema by hypothesis-jsonschema are valid for ajv too."""
    drawn: list[Any] = []

    @settings(
        max_examples=30,
        deadline=None,
        database=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    )
    @given(from_schema(generator_schema()))
    def collect(document: Any) -> None:
        drawn.append(document)

    collect()
    verdicts = ajv(schema_file, drawn)
    disagreements = [
        (document, verdict["errors"])
        for document, verdict in zip(drawn, verdicts, strict=True)
        if verdict["valid"] != python_accepts(document)
    ]
    assert disagreements == []
    assert all(verdict["valid"] for verdict in verdicts)


def test_both_validators_agree_on_mutated_documents(
    seed_gold_path: Path, schema_file: Path
) -> None:
    """Single-field mutations of the gold file get the same verdict from both validators."""
    base = seed_gold(seed_gold_path)
    replacements: list[Any] = [None, "", "x", -1, 0, 2.5, True, [], {}, "2023-07-19", "USA"]
    documents: list[Any] = []
    for section in ("actors", "meetings", "statements", "topics"):
        for key in base[section][0]:
            for value in replacements:
                document = copy.deepcopy(base)
                document[section][0][key] = value
                documents.append(document)
    for key in base:
        for value in replacements:
            document = copy.deepcopy(base)
            document[key] = value
            documents.append(document)
    verdicts = ajv(schema_file, documents)
    disagreements = [
        (index, verdict["errors"])
        for index, (document, verdict) in enumerate(zip(documents, verdicts, strict=True))
        if verdict["valid"] != python_accepts(document)
    ]
    assert disagreements == []
    assert sum(not verdict["valid"] for verdict in verdicts) > len(documents) // 2


def test_annotations_made_by_the_pipeline_pass_ajv(
    seed_txt: Path, schema_file: Path, request: pytest.FixtureRequest
) -> None:
    """What ``annotate`` produces is valid for ajv as well as for newsevents."""
    annotate = getattr(newsevents, "annotate", None)
    if annotate is None:
        pytest.skip("newsevents.annotate is not available yet")
    nlp = request.getfixturevalue("nlp")
    raw = seed_txt.read_text(encoding="utf-8")
    text = raw.split(" date 2023-07-19 ", 1)[1]
    documents = [
        annotate(text, date="2023-07-19", id="seed", pipeline=nlp),
        annotate(
            "Kerry met Li in Beijing on Monday. “We agree,” he said.", id="short", pipeline=nlp
        ),
        annotate("", id="empty", pipeline=nlp),
    ]
    data = [newsevents.to_dict(document) for document in documents]
    verdicts = ajv(schema_file, data)
    assert [verdict["valid"] for verdict in verdicts] == [True, True, True], verdicts
    assert all(newsevents.validate(document) == [] for document in data)
