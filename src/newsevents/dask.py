"""Annotating a corpus with Dask: :func:`~newsevents.annotate_many` mapped over partitions.

Nothing here is a scheduler of its own: a ``dask.bag.Bag`` is cut into partitions, each
partition goes through the same pure :func:`~newsevents.annotate_many` on whichever worker
Dask gives it to, and each worker process loads the spaCy pipeline once and reuses it for
every partition it gets. Without a ``distributed.Client`` the bag runs on Dask's local
scheduler; with one (``Client(LocalCluster(...))`` or ``Client("scheduler-host:8786")``) it
runs on that cluster, unchanged.

Three levels, from the most to the least managed:

- :func:`annotate_files`: JSON Lines record files in, a folder of ``part-00000.jsonl``,
  ``part-00001.jsonl``, ... out, one per partition, each written atomically; bad records are
  reported and skipped, the rest is annotated.
- :func:`annotate_bag` and :func:`write_partitions`: a bag of articles (strings or records)
  to a bag of :class:`~newsevents.Document`, and a bag of documents to part files.
- :func:`annotate_partition`: one partition's articles to documents, for any engine that
  maps a function over partitions (Spark's ``rdd.mapPartitions``, Ray, a process pool).

Dask is an optional dependency: ``pip install 'newsevents[dask]'``. This module imports it
only when a function needs it and says so when it is missing.

>>> from newsevents.dask import annotate_partition
>>> [document.id for document in annotate_partition([{"id": "k", "text": "Kerry met Li."}])]
['k']
"""

from __future__ import annotations

import json
import os
import threading
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

import attrs

from newsevents.errors import InputError, NewsEventsError
from newsevents.model import Document
from newsevents.pipeline import DEFAULT_BATCH_SIZE, annotate_many, load_pipeline
from newsevents.reader import Article, article_from_mapping
from newsevents.serialize import write_jsonl

if TYPE_CHECKING:
    import dask.bag
    from spacy.language import Language

__all__ = [
    "PartitionResult",
    "annotate_bag",
    "annotate_files",
    "annotate_partition",
    "write_partitions",
]

_MISSING_DASK = (
    "this needs Dask and distributed, which are not installed: "
    "pip install 'newsevents[dask]' (the 'dask' extra)"
)


def _dask() -> Any:
    """Import Dask, or raise an ImportError that names the ``dask`` extra."""
    try:
        import dask
        import dask.bag
    except ImportError as exc:
        raise ImportError(_MISSING_DASK) from exc
    return dask


@contextmanager
def _borrowed_pipeline(model: str | None) -> Iterator[Language]:
    """Lend this process's pipeline for ``model`` to one task at a time.

    One spaCy pipeline is not meant to annotate two texts at once, so tasks running in
    threads of the same process each borrow a pipeline of their own: the first is the one
    :func:`~newsevents.load_pipeline` caches for the process, more are loaded only when
    several tasks run at the same time, and all are kept for the next tasks.
    """
    with _lock:
        free = _free.setdefault(model, [])
        nlp = free.pop() if free else None
        first = _loaded.get(model, 0) == 0
        if nlp is None:
            _loaded[model] = _loaded.get(model, 0) + 1
    if nlp is None:
        nlp = load_pipeline(model) if first else _private_pipeline(model)
    try:
        yield nlp
    finally:
        with _lock:
            _free[model].append(nlp)


_free: dict[str | None, list[Language]] = {}
_loaded: dict[str | None, int] = {}
_lock = threading.Lock()


def _private_pipeline(model: str | None) -> Language:
    import spacy

    from newsevents.pipeline import add_components, default_model

    return add_components(spacy.load(default_model() if model is None else model))


def annotate_partition(
    articles: Iterable[str | Article | Mapping[str, Any]],
    *,
    model: str | None = None,
    batch_size: int = DEFAULT_BATCH_SIZE,
) -> list[Document]:
    """Annotate one partition's articles with this worker's pipeline; return the documents.

    This is :func:`~newsevents.annotate_many` with a pipeline loaded once per worker process
    and reused: a pure function of the articles, safe to map over the partitions of any
    engine. A bad article raises :class:`~newsevents.InputError` (see :func:`annotate_files`
    for a tolerant reader).

    >>> annotate_partition(["Kerry met Li."])[0].text
    'Kerry met Li.'
    """
    with _borrowed_pipeline(model) as nlp:
        return list(annotate_many(articles, pipeline=nlp, batch_size=batch_size))


def annotate_bag(
    articles: dask.bag.Bag,
    *,
    model: str | None = None,
    batch_size: int = DEFAULT_BATCH_SIZE,
) -> dask.bag.Bag:
    """Return a bag of :class:`~newsevents.Document`, one per article of ``articles``.

    Lazy, like every bag operation: nothing runs until the result is computed or written.
    Partitions keep their order and their articles' order.

    >>> import dask.bag as db
    >>> bag = db.from_sequence(["Kerry met Li.", "Wang Yi spoke."], npartitions=2)
    >>> [document.text for document in annotate_bag(bag).compute(scheduler="sync")]
    ['Kerry met Li.', 'Wang Yi spoke.']
    """
    _dask()
    bag: Any = articles  # Dask's bag methods are not typed
    annotated: dask.bag.Bag = bag.map_partitions(
        annotate_partition, model=model, batch_size=batch_size
    )
    return annotated


def _part_name(index: int) -> str:
    return f"part-{index:05d}.jsonl"


def write_partitions(
    documents: dask.bag.Bag, directory: str | os.PathLike[str], *, scheduler: str | None = None
) -> list[Path]:
    """Compute a bag of documents and write partition ``i`` to ``directory/part-0000i.jsonl``.

    Each part is written where its partition was computed (so ``directory`` must be shared
    by the workers on a real cluster), through a temporary file renamed at the end: a part
    file is complete or absent. Returns the paths, in partition order. ``scheduler`` is
    passed to ``dask.compute``: by default a ``distributed.Client`` if one is active, else
    Dask's local threads.

    >>> import dask.bag as db, tempfile
    >>> bag = annotate_bag(db.from_sequence(["Kerry met Li."]))
    >>> paths = write_partitions(bag, tempfile.mkdtemp(), scheduler="sync")
    >>> [path.name for path in paths]
    ['part-00000.jsonl']
    """
    dask = _dask()
    folder = Path(directory)
    folder.mkdir(parents=True, exist_ok=True)
    tasks = [
        dask.delayed(_write_part)(part, str(folder / _part_name(index)))
        for index, part in enumerate(cast(Any, documents).to_delayed())
    ]
    return [Path(path) for path in dask.compute(*tasks, scheduler=scheduler)]


def _write_part(documents: Iterable[Document], path: str) -> str:
    write_jsonl(documents, path)
    return path


@attrs.frozen(kw_only=True)
class PartitionResult:
    """What :func:`annotate_files` did with one partition."""

    #: The part file written (complete, or absent when the partition failed as a whole).
    path: Path
    #: How many documents it holds.
    documents: int
    #: One message per record skipped, ``FILE:LINE: message``.
    problems: tuple[str, ...] = ()


def annotate_files(
    inputs: str | os.PathLike[str] | Sequence[str | os.PathLike[str]],
    directory: str | os.PathLike[str],
    *,
    model: str | None = None,
    batch_size: int = DEFAULT_BATCH_SIZE,
    blocksize: int | str | None = None,
    scheduler: str | None = None,
) -> list[PartitionResult]:
    r"""Annotate JSON Lines record files into ``directory/part-00000.jsonl``, ... in parallel.

    Records are those of ``newsevents annotate``: ``text`` and optional ``id``, ``date``,
    ``title``, ``url``, ``source``. Each input file is one partition; with ``blocksize``
    (bytes, or a string such as ``"16MiB"``) large files are cut into several. Records that
    cannot be read are skipped and reported in :attr:`PartitionResult.problems`; a record the
    pipeline fails on is skipped and reported too. Ids are not checked for uniqueness across
    partitions. ``scheduler`` is passed to ``dask.compute``, as in :func:`write_partitions`.

    >>> import os, tempfile
    >>> folder = tempfile.mkdtemp()
    >>> source = os.path.join(folder, "in.jsonl")
    >>> with open(source, "w") as out:
    ...     _ = out.write('{"id": "k", "text": "Kerry met Li."}\n{"id": "bad"}\n')
    >>> (result,) = annotate_files(source, os.path.join(folder, "out"), scheduler="sync")
    >>> result.path.name, result.documents
    ('part-00000.jsonl', 1)
    >>> [problem.split(os.sep)[-1] for problem in result.problems]
    ["in.jsonl:2: record has no 'text'"]
    """
    dask = _dask()
    paths = [inputs] if isinstance(inputs, str | os.PathLike) else list(inputs)
    names = [os.fspath(path) for path in paths]
    if not names:
        raise InputError("no input files given")
    for name in names:
        if not os.path.isfile(name):
            raise InputError(f"{name}: no such file")
    folder = Path(directory)
    folder.mkdir(parents=True, exist_ok=True)
    lines = dask.bag.read_text(names, blocksize=blocksize, include_path=True)
    numbered = blocksize is None  # one partition per file: line numbers are the file's own
    tasks = [
        dask.delayed(_annotate_part)(
            part, str(folder / _part_name(index)), index, numbered, model, batch_size
        )
        for index, part in enumerate(lines.to_delayed())
    ]
    return list(dask.compute(*tasks, scheduler=scheduler))


def _annotate_part(
    lines: Sequence[tuple[str, str]],
    path: str,
    index: int,
    numbered: bool,
    model: str | None,
    batch_size: int,
) -> PartitionResult:
    problems: list[str] = []

    def where(source: str, number: int) -> str:
        if numbered:
            return f"{source}:{number}"
        return f"{source} (partition {index}, line {number} of it)"

    def articles() -> Iterator[Article]:
        for number, (line, source) in enumerate(lines, 1):
            if not line.strip():
                continue
            try:
                try:
                    record = json.loads(line)
                except ValueError as exc:
                    raise InputError(f"malformed JSON: {exc}") from None
                if not isinstance(record, dict):
                    raise InputError(f"expected a JSON object, got {type(record).__name__}")
                article = article_from_mapping(record, default_id=f"{Path(source).stem}-{number}")
            except InputError as exc:
                problems.append(f"{where(source, number)}: {exc}")
                continue
            yield attrs.evolve(article, origin=where(source, number))

    def report(error: NewsEventsError) -> None:
        problems.append(str(error))

    with _borrowed_pipeline(model) as nlp:
        documents = annotate_many(articles(), pipeline=nlp, batch_size=batch_size, on_error=report)
        count = write_jsonl(documents, path)
    return PartitionResult(path=Path(path), documents=count, problems=tuple(problems))
