"""Flat tables of annotations: rows, pandas frames, and the ``export`` command."""

from __future__ import annotations

import csv
import json
import re
import sys
from pathlib import Path

import pandas as pd
import pytest

import newsevents
from newsevents import (
    Actor,
    ActorKind,
    Document,
    Location,
    Meeting,
    MeetingKind,
    MeetingStatus,
    Span,
    SpeechAct,
    Statement,
    StatementKind,
    Topic,
    TopicCategory,
)
from newsevents.cli import main
from newsevents.tables import COLUMNS, DTYPES, TABLES, rows, to_frames

TEXT = "Kerry met Li in Beijing. \"We agree, on coal; and 'methane',\" Kerry said.\nLi nodded."


def span(text: str, fragment: str, start_at: int = 0) -> Span:
    """Return the span of ``fragment`` in ``text``, searching from ``start_at``."""
    start = text.index(fragment, start_at)
    return Span(start=start, end=start + len(fragment), text=fragment)


def make_document(doc_id: str = "d1", place: str = "Beijing") -> Document:
    """Build a small document with every kind of annotation and a few awkward characters."""
    text = TEXT.replace("Beijing", place)
    kerry = Actor(
        id="a1",
        kind=ActorKind.PERSON,
        name="John Kerry",
        mentions=[span(text, "Kerry"), span(text, "Kerry", 30)],
        titles=["climate envoy", "former Secretary"],
        country="USA",
    )
    li = Actor(
        id="a2",
        kind=ActorKind.PERSON,
        name="Li Qiang",
        mentions=[span(text, "Li"), span(text, "Li", 40)],
        country="CHN",
        affiliation="a3",
    )
    china = Actor(id="a3", kind=ActorKind.COUNTRY, name="China", mentions=[], country="CHN")
    coal = Topic(
        id="t1", label="coal", mentions=[span(text, "coal")], category=TopicCategory.ENERGY
    )
    methane = Topic(id="t2", label="methane", mentions=[span(text, "methane")], confidence=0.5)
    meeting = Meeting(
        id="m1",
        kind=MeetingKind.MEETING,
        trigger=span(text, "met"),
        participants=["a1", "a2"],
        host="a2",
        location=Location(name=place, span=span(text, place), country="CHN"),
        status=MeetingStatus.OCCURRED,
        topics=["t1", "t2"],
        evidence=span(text, f"Kerry met Li in {place}."),
    )
    statement = Statement(
        id="s1",
        speaker="a1",
        cue=span(text, "said"),
        content=[span(text, "We agree"), span(text, "on coal; and 'methane',")],
        kind=StatementKind.DIRECT,
        speaker_mention=span(text, "Kerry", 30),
        act=SpeechAct.ASSERT,
        addressee="a2",
        meeting="m1",
        topics=["t1", "t2"],
        confidence=0.75,
    )
    return Document(
        id=doc_id,
        text=text,
        date="2023-07-19",
        actors=[kerry, li, china],
        meetings=[meeting],
        statements=[statement],
        topics=[coal, methane],
    )


def test_every_row_has_the_columns_of_its_table_in_order() -> None:
    """Each row's keys are exactly the documented columns, in the documented order."""
    documents = [make_document("d1"), make_document("d2")]
    for table in TABLES:
        table_rows = list(rows(documents, table))
        assert table_rows, table
        for row in table_rows:
            assert tuple(row) == COLUMNS[table]


def test_rows_count_one_per_annotation_and_name_their_document() -> None:
    """One row per annotation, each carrying its document's id and date."""
    documents = [make_document("d1"), make_document("d2")]
    actors = list(rows(documents, "actors"))
    assert [(row["document_id"], row["actor_id"]) for row in actors] == [
        ("d1", "a1"),
        ("d1", "a2"),
        ("d1", "a3"),
        ("d2", "a1"),
        ("d2", "a2"),
        ("d2", "a3"),
    ]
    assert {row["document_date"] for row in actors} == {"2023-07-19"}


def test_references_are_resolved_next_to_their_ids() -> None:
    """Actor ids come with the actors' names and topic ids with their labels."""
    document = make_document()
    (meeting,) = rows([document], "meetings")
    assert meeting["participants"] == "a1;a2"
    assert meeting["participant_names"] == "John Kerry;Li Qiang"
    assert meeting["host_name"] == "Li Qiang"
    assert meeting["topic_labels"] == "coal;methane"
    assert (meeting["location"], meeting["location_country"]) == ("Beijing", "CHN")
    (statement,) = rows([document], "statements")
    assert (statement["speaker"], statement["speaker_name"]) == ("a1", "John Kerry")
    assert statement["addressee_name"] == "Li Qiang"
    assert statement["on_behalf_of"] is None
    assert statement["on_behalf_of_name"] is None
    actors = {row["actor_id"]: row for row in rows([document], "actors")}
    assert actors["a2"]["affiliation_name"] == "China"
    assert actors["a1"]["titles"] == "climate envoy;former Secretary"


def test_offsets_point_at_the_text_in_the_row() -> None:
    """``X_start``/``X_end`` cut the document text to exactly the column ``X``."""
    document = make_document()
    (statement,) = rows([document], "statements")
    for column in ("cue", "speaker_mention"):
        start, end = statement[f"{column}_start"], statement[f"{column}_end"]
        assert document.text[start:end] == statement[column]
    assert statement["content"] == "We agree ... on coal; and 'methane',"
    assert statement["content_starts"] == f"{TEXT.index('We agree')};{TEXT.index('on coal')}"
    (meeting,) = rows([document], "meetings")
    assert document.text[meeting["trigger_start"] : meeting["trigger_end"]] == "met"
    assert document.text[meeting["location_start"] : meeting["location_end"]] == "Beijing"
    topic = next(rows([document], "topics"))
    assert document.text[topic["first_start"] : topic["first_end"]] == "coal"


def test_a_dangling_reference_gives_no_name_rather_than_an_error() -> None:
    """An id that names no actor (an invalid document) leaves the name column empty."""
    document = make_document()
    broken = Document(
        id="d1",
        text=document.text,
        statements=[
            Statement(
                id="s1",
                speaker="a9",
                cue=Span(start=0, end=5, text="Kerry"),
                content=[],
                kind=StatementKind.INDIRECT,
            )
        ],
    )
    (row,) = rows([broken], "statements")
    assert (row["speaker"], row["speaker_name"], row["content"]) == ("a9", None, None)


def test_unknown_table_is_refused() -> None:
    """Asking for a table that does not exist raises a ValueError naming the tables."""
    with pytest.raises(ValueError, match="actors, meetings, statements, topics"):
        list(rows([make_document()], "quotes"))  # type: ignore[arg-type]


def test_rows_are_lazy() -> None:
    """Rows come as the documents do: the generator does not read ahead."""
    seen: list[str] = []

    def documents() -> object:
        for name in ("d1", "d2", "d3"):
            seen.append(name)
            yield make_document(name)

    iterator = rows(documents(), "statements")  # type: ignore[arg-type]
    next(iterator)
    assert seen == ["d1"]


def test_to_frames_gives_typed_frames_with_the_documented_columns() -> None:
    """``to_frames`` returns four frames with nullable dtypes and the documented columns."""
    frames = newsevents.to_frames([make_document("d1"), make_document("d2")])
    assert sorted(frames) == sorted(TABLES)
    for table, frame in frames.items():
        assert list(frame.columns) == list(COLUMNS[table])  # type: ignore[index]
        assert {column: str(dtype) for column, dtype in frame.dtypes.items()} == dict(
            DTYPES[table]  # type: ignore[index]
        )
    assert len(frames["actors"]) == 6
    statements = frames["statements"]
    assert statements.loc[0, "cue_start"] == TEXT.index("said")
    assert statements.loc[0, "on_behalf_of"] is pd.NA


def test_to_frames_without_pandas_says_how_to_install_it(monkeypatch: pytest.MonkeyPatch) -> None:
    """Without pandas, ``to_frames`` names the extra to install."""
    monkeypatch.setitem(sys.modules, "pandas", None)
    with pytest.raises(ImportError, match=r'pip install "newsevents\[pandas\]"'):
        to_frames([make_document()])


def write_jsonl(path: Path, lines: list[str]) -> Path:
    """Write raw lines to ``path`` and return it."""
    path.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
    return path


@pytest.mark.parametrize("table", TABLES)
def test_exported_csv_reads_back_into_pandas_unchanged(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], table: str
) -> None:
    """``pandas.read_csv`` with the documented dtypes gives back exactly ``to_frames``."""
    documents = [make_document("d1"), make_document("d2", 'Zürich, "Old" Town,\r\nCH')]
    source = write_jsonl(tmp_path / "docs.jsonl", [newsevents.dumps(doc) for doc in documents])
    out = tmp_path / f"{table}.csv"
    assert main(["export", str(source), "--table", table, "-o", str(out)]) == 0
    frame = pd.read_csv(out, dtype=dict(DTYPES[table]), keep_default_na=False, na_values=[""])  # type: ignore[index]
    expected = to_frames(documents)[table]
    pd.testing.assert_frame_equal(frame, expected)
    assert f"to {out}" in capsys.readouterr().err


def test_export_jsonl_writes_one_object_per_row(tmp_path: Path) -> None:
    """``--format jsonl`` writes the rows as JSON objects, columns in order."""
    source = tmp_path / "doc.json"
    source.write_text(newsevents.dumps(make_document()), encoding="utf-8")
    out = tmp_path / "meetings.jsonl"
    code = main(["export", str(source), "--table", "meetings", "--format", "jsonl", "-o", str(out)])
    assert code == 0
    lines = out.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 1
    row = json.loads(lines[0])
    assert list(row) == list(COLUMNS["meetings"])
    assert row == next(rows([make_document()], "meetings"))


def test_export_reports_a_broken_line_and_writes_the_rest(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A broken line is named by file and line, skipped, and the exit code is 1."""
    good = newsevents.dumps(make_document("d1"))
    also_good = newsevents.dumps(make_document("d3"))
    source = write_jsonl(tmp_path / "docs.jsonl", [good, '{"id": "d2", "text": ', also_good])
    out = tmp_path / "actors.csv"
    assert main(["export", str(source), "--table", "actors", "-o", str(out)]) == 1
    err = capsys.readouterr().err
    assert f"{source}:2: $: malformed JSON" in err
    assert "Traceback" not in err
    frame = pd.read_csv(out)
    assert sorted(set(frame["document_id"])) == ["d1", "d3"]


def test_export_of_an_invalid_json_file_names_the_path_in_the_document(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A .json file that is not a document is reported with the JSON path of the problem."""
    source = tmp_path / "bad.json"
    data = newsevents.to_dict(make_document())
    data["actors"][0]["kind"] = "alien"
    source.write_text(json.dumps(data), encoding="utf-8")
    out = tmp_path / "actors.csv"
    assert main(["export", str(source), "--table", "actors", "-o", str(out)]) == 1
    err = capsys.readouterr().err
    assert f"{source}: $.actors[0].kind: 'alien' is not one of" in err
    assert out.read_text(encoding="utf-8").splitlines() == [",".join(COLUMNS["actors"])]


def test_export_of_a_missing_file_writes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A missing input is a usage error (exit 2) found before any output is made."""
    out = tmp_path / "actors.csv"
    code = main(["export", str(tmp_path / "nope.jsonl"), "--table", "actors", "-o", str(out)])
    assert code == 2
    assert "nope.jsonl: no such file" in capsys.readouterr().err
    assert not out.exists()
    assert list(tmp_path.iterdir()) == []


def test_export_failing_midway_leaves_the_old_output_untouched(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """If writing fails, the output file keeps its old content and no temporary file stays."""
    source = write_jsonl(tmp_path / "docs.jsonl", [newsevents.dumps(make_document())])
    out = tmp_path / "actors.csv"
    out.write_text("old\n", encoding="utf-8")

    def explode(*args: object, **kwargs: object) -> object:
        raise OSError("disk full")

    monkeypatch.setattr("newsevents.cli.export.rows", explode)
    assert main(["export", str(source), "--table", "actors", "-o", str(out)]) == 2
    assert out.read_text(encoding="utf-8") == "old\n"
    assert sorted(path.name for path in tmp_path.iterdir()) == ["actors.csv", "docs.jsonl"]


def test_export_escape_formulas_guards_cells_a_spreadsheet_would_run(tmp_path: Path) -> None:
    """``--escape-formulas`` prefixes formula-like cells with ``'``; without it they stay as is."""
    source = tmp_path / "doc.json"
    source.write_text(newsevents.dumps(make_document(place="=SUM(A1)")), encoding="utf-8")
    plain, escaped = tmp_path / "plain.csv", tmp_path / "escaped.csv"
    assert main(["export", str(source), "--table", "meetings", "-o", str(plain)]) == 0
    command = ["export", str(source), "--table", "meetings", "--escape-formulas"]
    assert main([*command, "-o", str(escaped)]) == 0
    with plain.open(encoding="utf-8", newline="") as stream:
        plain_row = next(csv.DictReader(stream))
    with escaped.open(encoding="utf-8", newline="") as stream:
        escaped_row = next(csv.DictReader(stream))
    assert plain_row["location"] == "=SUM(A1)"
    assert escaped_row["location"] == "'=SUM(A1)"
    unchanged = [column for column in plain_row if column != "location"]
    assert all(plain_row[column] == escaped_row[column] for column in unchanged)


def test_export_escape_formulas_is_refused_for_json_lines(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """``--escape-formulas`` with ``--format jsonl`` is a usage error and writes nothing."""
    source = tmp_path / "doc.json"
    source.write_text(newsevents.dumps(make_document()), encoding="utf-8")
    out = tmp_path / "out.jsonl"
    command = ["export", str(source), "--table", "actors", "--format", "jsonl"]
    assert main([*command, "--escape-formulas", "-o", str(out)]) == 2
    assert "--escape-formulas applies to --format csv only" in capsys.readouterr().err
    assert not out.exists()


def test_export_rejects_an_unknown_table(capsys: pytest.CaptureFixture[str]) -> None:
    """An unknown ``--table`` is a usage error with exit code 2."""
    with pytest.raises(SystemExit) as exit_info:
        main(["export", "x.jsonl", "--table", "quotes"])
    assert exit_info.value.code == 2
    assert "invalid choice: 'quotes'" in capsys.readouterr().err


def test_export_of_the_seed_gold_resolves_every_speaker(
    seed_gold_path: Path, tmp_path: Path
) -> None:
    """The seed's gold statements all export with a speaker name and matching offsets."""
    if not seed_gold_path.exists():
        pytest.skip("the seed's gold annotation is not in this checkout")
    document = newsevents.loads(seed_gold_path.read_bytes())
    out = tmp_path / "statements.csv"
    assert main(["export", str(seed_gold_path), "--table", "statements", "-o", str(out)]) == 0
    frame = pd.read_csv(
        out, dtype=dict(DTYPES["statements"]), keep_default_na=False, na_values=[""]
    )
    assert len(frame) == len(document.statements)
    for row in frame.itertuples():
        if not pd.isna(row.speaker):
            assert not pd.isna(row.speaker_name)
        assert document.text[row.cue_start : row.cue_end] == row.cue


def test_docs_list_the_columns_of_every_table_in_order() -> None:
    """``docs/tables.md`` lists exactly the columns of each table, in the order of the code."""
    docs = (Path(__file__).parent.parent / "docs" / "tables.md").read_text(encoding="utf-8")
    section = docs.split("## Columns", 1)[1]
    for table in TABLES:
        paragraph = section.split(f"`{table}`:", 1)[1].split("\n\n", 1)[0]
        listed = re.findall(r"`(\w+)`", paragraph)
        assert tuple(listed) == COLUMNS[table], table


def test_export_reads_ndjson_and_refuses_other_file_types(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """``.ndjson`` is read as JSON Lines; a ``.txt`` input is a usage error, nothing written."""
    source = write_jsonl(tmp_path / "docs.ndjson", [newsevents.dumps(make_document())])
    out = tmp_path / "topics.csv"
    assert main(["export", str(source), "--table", "topics", "-o", str(out)]) == 0
    assert len(pd.read_csv(out)) == 2
    article = tmp_path / "article.txt"
    article.write_text("Kerry met Li.", encoding="utf-8")
    other = tmp_path / "other.csv"
    assert main(["export", str(article), "--table", "topics", "-o", str(other)]) == 2
    assert "expected a .json, .jsonl or .ndjson annotation file" in capsys.readouterr().err
    assert not other.exists()
