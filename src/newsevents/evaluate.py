"""Score predicted annotations against gold annotations: precision, recall and F1.

Documents are paired by ``id``. Every metric counts true positives (``tp``), false positives
(``fp``: predicted, not in the gold) and false negatives (``fn``: in the gold, not
predicted); totals are micro-averaged (counts summed over documents, then divided).
``docs/evaluation.md`` defines each metric exactly.

>>> from newsevents import Actor, ActorKind, Document, Span
>>> text = "Kerry met Li."
>>> kerry = Actor(id="a1", kind=ActorKind.PERSON, name="John Kerry",
...               mentions=[Span(start=0, end=5, text="Kerry")])
>>> li = Actor(id="a2", kind=ActorKind.PERSON, name="Li Qiang",
...            mentions=[Span(start=10, end=12, text="Li")])
>>> gold = Document(id="d1", text=text, actors=[kerry, li])
>>> pred = Document(id="d1", text=text, actors=[kerry])
>>> report = evaluate_documents([gold], [pred])
>>> score = report.totals["actors.names"]
>>> score.precision, score.recall, round(score.f1, 3)
(1.0, 0.5, 0.667)
"""

from __future__ import annotations

import os
import textwrap
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from typing import Any

import attrs

from newsevents.errors import DocumentError, InputError, JSONLineError
from newsevents.model import Actor, Document, Meeting, Span, Statement
from newsevents.serialize import loads as _loads
from newsevents.serialize import read_jsonl

__all__ = [
    "METRICS",
    "DocumentReport",
    "Report",
    "Score",
    "evaluate_documents",
    "evaluate_files",
    "read_annotations",
]

#: Every metric, in the order reports list them, with a one-line description.
METRICS: Mapping[str, str] = {
    "actors.mentions_exact": "actor mention spans, identical offsets",
    "actors.mentions_overlap": "actor mention spans, one-to-one by character overlap",
    "actors.names": "canonical actor names, case-insensitive",
    "actors.names_kinds": "canonical actor names and kinds",
    "statements.matched": "statements matched one-to-one by cue/content overlap",
    "statements.speaker": "speaker actor names of matched statements",
    "statements.speaker_mention_exact": "speaker_mention spans of matched statements, exact",
    "statements.speaker_mention_overlap": "speaker_mention spans of matched statements, overlap",
    "statements.cue_exact": "cue spans of matched statements, exact",
    "statements.cue_overlap": "cue spans of matched statements, overlap",
    "statements.content_exact": "content span lists of matched statements, exact",
    "statements.content_overlap": "content of matched statements, any character overlap",
    "meetings.trigger_overlap": "meetings matched one-to-one by trigger overlap",
    "meetings.trigger_exact": "triggers of matched meetings, exact",
    "meetings.kind": "kinds of matched meetings",
    "meetings.participants": "participant actor names of matched meetings",
    "meetings.location": "location names of matched meetings, case-insensitive",
    "meetings.status": "statuses of matched meetings",
    "topics.labels": "topic labels, case-insensitive",
}

# The metrics shown for each document in the readable table (all are in the JSON output).
_DOCUMENT_COLUMNS = {
    "actors.names": "actors",
    "actors.mentions_overlap": "mentions",
    "statements.matched": "statements",
    "statements.speaker": "speakers",
    "meetings.trigger_overlap": "meetings",
    "meetings.participants": "participants",
    "topics.labels": "topics",
}


def _ratio(numerator: int, denominator: int) -> float | None:
    return numerator / denominator if denominator else None


@attrs.frozen(kw_only=True)
class Score:
    """Counts of one metric, and the precision, recall and F1 they give.

    A ratio whose denominator is zero is ``None`` (undefined), not ``0`` or ``1``: precision
    when nothing was predicted, recall when the gold holds nothing, F1 when neither does.
    F1 is ``2·tp / (2·tp + fp + fn)``, the harmonic mean of precision and recall whenever
    both are defined.

    >>> score = Score(tp=3, fp=1, fn=2)
    >>> score.precision, score.recall, round(score.f1, 3)
    (0.75, 0.6, 0.667)
    >>> (score + Score(tp=1, fp=0, fn=0)).tp
    4
    >>> Score(tp=0, fp=0, fn=2).precision is None
    True
    """

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float | None:
        """``tp / (tp + fp)``: the share of predicted items that are right."""
        return _ratio(self.tp, self.tp + self.fp)

    @property
    def recall(self) -> float | None:
        """``tp / (tp + fn)``: the share of gold items that were predicted."""
        return _ratio(self.tp, self.tp + self.fn)

    @property
    def f1(self) -> float | None:
        """``2·tp / (2·tp + fp + fn)``: the harmonic mean of precision and recall."""
        return _ratio(2 * self.tp, 2 * self.tp + self.fp + self.fn)

    def __add__(self, other: Score) -> Score:
        """Sum the counts (micro-averaging)."""
        return Score(tp=self.tp + other.tp, fp=self.fp + other.fp, fn=self.fn + other.fn)

    def to_dict(self) -> dict[str, int | float | None]:
        """Return counts and ratios as a JSON-ready dict."""
        return {
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
            "precision": self.precision,
            "recall": self.recall,
            "f1": self.f1,
        }


@attrs.frozen(kw_only=True)
class DocumentReport:
    """The scores of one document, by metric name (the keys of :data:`METRICS`)."""

    id: str
    scores: Mapping[str, Score]
    #: Whether the document was absent from the prediction (scored as predicting nothing).
    missing_in_prediction: bool = False


@attrs.frozen(kw_only=True)
class Report:
    """The result of an evaluation: micro totals, per-document scores, and what was unpaired."""

    #: Micro-averaged scores by metric name, over every scored document.
    totals: Mapping[str, Score]
    #: One entry per gold document, in gold order.
    documents: tuple[DocumentReport, ...]
    #: Gold document ids with no prediction; they are scored as if nothing was predicted.
    missing_in_prediction: tuple[str, ...] = ()
    #: Predicted document ids with no gold; they are not scored.
    missing_in_gold: tuple[str, ...] = ()
    #: Ids whose gold and predicted ``text`` differ (their offsets may not be comparable).
    text_mismatch: tuple[str, ...] = ()

    @property
    def complete(self) -> bool:
        """Whether every document was paired and every pair shares the same text."""
        return not (self.missing_in_prediction or self.missing_in_gold or self.text_mismatch)

    def to_dict(self) -> dict[str, Any]:
        """Return the whole report as a JSON-ready dict (what ``--json`` prints)."""
        return {
            "documents": len(self.documents),
            "missing_in_prediction": list(self.missing_in_prediction),
            "missing_in_gold": list(self.missing_in_gold),
            "text_mismatch": list(self.text_mismatch),
            "totals": {name: score.to_dict() for name, score in self.totals.items()},
            "per_document": [
                {
                    "id": document.id,
                    "missing_in_prediction": document.missing_in_prediction,
                    "scores": {name: score.to_dict() for name, score in document.scores.items()},
                }
                for document in self.documents
            ],
        }

    def format_table(self, *, per_document: bool = True) -> str:
        """Return the report as a plain-text table (what ``newsevents evaluate`` prints)."""
        lines = [f"{len(self.documents)} gold documents scored"]
        for label, ids in (
            ("missing in prediction (scored as empty)", self.missing_in_prediction),
            ("missing in gold (not scored)", self.missing_in_gold),
            ("text differs between gold and prediction", self.text_mismatch),
        ):
            if ids:
                lines.append(f"{len(ids)} {label}: {', '.join(ids)}")
        lines.append("")
        width = max(len(name) for name in METRICS)
        lines.append(
            f"{'metric':<{width}}  {'tp':>6} {'fp':>6} {'fn':>6}  "
            f"{'precision':>9} {'recall':>6} {'f1':>6}"
        )
        lines.append("-" * (width + 46))
        for name, score in self.totals.items():
            lines.append(
                f"{name:<{width}}  {score.tp:>6} {score.fp:>6} {score.fn:>6}  "
                f"{_percent(score.precision):>9} {_percent(score.recall):>6} "
                f"{_percent(score.f1):>6}"
            )
        if per_document and self.documents:
            lines.append("")
            legend = ", ".join(f"{short} = {name}" for name, short in _DOCUMENT_COLUMNS.items())
            lines.append(textwrap.fill(f"F1 per document ({legend})", width=100))
            id_width = max(8, *(len(document.id) for document in self.documents))
            header = "  ".join(_DOCUMENT_COLUMNS.values())
            lines.append(f"{'document':<{id_width}}  {header}")
            for document in self.documents:
                cells = "  ".join(
                    f"{_percent(document.scores[name].f1):>{len(short)}}"
                    for name, short in _DOCUMENT_COLUMNS.items()
                )
                lines.append(f"{document.id:<{id_width}}  {cells}")
        return "\n".join(lines)


def _percent(value: float | None) -> str:
    return "-" if value is None else f"{100 * value:.1f}"


# --------------------------------------------------------------------------- matching


def _overlap(a: Span, b: Span) -> int:
    """Characters shared by two spans (0 when they merely touch)."""
    return max(0, min(a.end, b.end) - max(a.start, b.start))


def _merge(spans: Iterable[Span]) -> list[tuple[int, int]]:
    """Return the character ranges covered by ``spans``, sorted and without overlaps."""
    merged: list[tuple[int, int]] = []
    for start, end in sorted((span.start, span.end) for span in spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        elif end > start:
            merged.append((start, end))
    return merged


def _ranges_overlap(a: Sequence[tuple[int, int]], b: Sequence[tuple[int, int]]) -> int:
    """Characters shared by two lists of merged ranges."""
    shared = 0
    for a_start, a_end in a:
        for b_start, b_end in b:
            shared += max(0, min(a_end, b_end) - max(a_start, b_start))
    return shared


def _match(
    gold_count: int, pred_count: int, similarity: Callable[[int, int], int]
) -> list[tuple[int, int]]:
    """Pair gold and predicted items one-to-one, greedily by decreasing similarity.

    Only pairs with a positive similarity are eligible. Ties go to the earlier gold item,
    then to the earlier prediction, so the result is deterministic.
    """
    candidates = [
        (-score, g, p)
        for g in range(gold_count)
        for p in range(pred_count)
        if (score := similarity(g, p)) > 0
    ]
    candidates.sort()
    used_gold: set[int] = set()
    used_pred: set[int] = set()
    pairs: list[tuple[int, int]] = []
    for _, g, p in candidates:
        if g not in used_gold and p not in used_pred:
            used_gold.add(g)
            used_pred.add(p)
            pairs.append((g, p))
    return pairs


def _set_score(gold: set[Any], pred: set[Any]) -> Score:
    shared = len(gold & pred)
    return Score(tp=shared, fp=len(pred) - shared, fn=len(gold) - shared)


def _span_overlap_score(gold: Sequence[Span], pred: Sequence[Span]) -> Score:
    pairs = _match(len(gold), len(pred), lambda g, p: _overlap(gold[g], pred[p]))
    return Score(tp=len(pairs), fp=len(pred) - len(pairs), fn=len(gold) - len(pairs))


def _attribute_score(
    gold_has: int,
    pred_has: int,
    pairs: Iterable[tuple[int, int]],
    agree: Callable[[int, int], bool],
) -> Score:
    """Score an attribute of matched items: tp = matched pairs that agree on it.

    ``gold_has`` and ``pred_has`` count the items (matched or not) that have the attribute, so
    an attribute of an unmatched item is a false negative or a false positive.
    """
    tp = sum(1 for g, p in pairs if agree(g, p))
    return Score(tp=tp, fp=pred_has - tp, fn=gold_has - tp)


# --------------------------------------------------------------------------- names


def _normalise(name: str) -> str:
    """Compare names ignoring case and runs of white space."""
    return " ".join(name.casefold().split())


class _Unresolved:
    """A reference to an actor id that the document does not define: it matches nothing."""

    def __eq__(self, other: object) -> bool:
        return False

    def __hash__(self) -> int:
        return id(self)


def _actor_names(document: Document) -> dict[str, str]:
    return {actor.id: _normalise(actor.name) for actor in document.actors}


def _resolve(names: Mapping[str, str], actor_id: str) -> str | _Unresolved:
    return names.get(actor_id, _Unresolved())


# --------------------------------------------------------------------------- per document


def _actor_scores(gold: Document, pred: Document) -> dict[str, Score]:
    def mentions(actors: Sequence[Actor]) -> list[Span]:
        seen = {(m.start, m.end): m for actor in actors for m in actor.mentions}
        return [seen[key] for key in sorted(seen)]

    gold_mentions, pred_mentions = mentions(gold.actors), mentions(pred.actors)
    return {
        "actors.mentions_exact": _set_score(
            {(m.start, m.end) for m in gold_mentions}, {(m.start, m.end) for m in pred_mentions}
        ),
        "actors.mentions_overlap": _span_overlap_score(gold_mentions, pred_mentions),
        "actors.names": _set_score(
            {_normalise(a.name) for a in gold.actors}, {_normalise(a.name) for a in pred.actors}
        ),
        "actors.names_kinds": _set_score(
            {(_normalise(a.name), a.kind) for a in gold.actors},
            {(_normalise(a.name), a.kind) for a in pred.actors},
        ),
    }


def _statement_scores(gold: Document, pred: Document) -> dict[str, Score]:
    gs, ps = gold.statements, pred.statements
    gold_content = [_merge(s.content) for s in gs]
    pred_content = [_merge(s.content) for s in ps]

    def similarity(g: int, p: int) -> int:
        return _overlap(gs[g].cue, ps[p].cue) + _ranges_overlap(gold_content[g], pred_content[p])

    pairs = _match(len(gs), len(ps), similarity)
    gold_names, pred_names = _actor_names(gold), _actor_names(pred)

    def speaker_agrees(g: int, p: int) -> bool:
        gold_speaker, pred_speaker = gs[g].speaker, ps[p].speaker
        if gold_speaker is None or pred_speaker is None:
            return False
        return _resolve(gold_names, gold_speaker) == _resolve(pred_names, pred_speaker)

    def mention_agrees(exact: bool) -> Callable[[int, int], bool]:
        def agree(g: int, p: int) -> bool:
            gold_span, pred_span = gs[g].speaker_mention, ps[p].speaker_mention
            if gold_span is None or pred_span is None:
                return False
            if exact:
                return (gold_span.start, gold_span.end) == (pred_span.start, pred_span.end)
            return _overlap(gold_span, pred_span) > 0

        return agree

    def with_speaker(statements: Sequence[Statement]) -> int:
        return sum(1 for s in statements if s.speaker is not None)

    def with_mention(statements: Sequence[Statement]) -> int:
        return sum(1 for s in statements if s.speaker_mention is not None)

    def cue_exact(g: int, p: int) -> bool:
        return (gs[g].cue.start, gs[g].cue.end) == (ps[p].cue.start, ps[p].cue.end)

    def content_exact(g: int, p: int) -> bool:
        return gold_content[g] == pred_content[p]

    def content_overlap(g: int, p: int) -> bool:
        return _ranges_overlap(gold_content[g], pred_content[p]) > 0

    n_gold, n_pred = len(gs), len(ps)
    return {
        "statements.matched": Score(tp=len(pairs), fp=n_pred - len(pairs), fn=n_gold - len(pairs)),
        "statements.speaker": _attribute_score(
            with_speaker(gs), with_speaker(ps), pairs, speaker_agrees
        ),
        "statements.speaker_mention_exact": _attribute_score(
            with_mention(gs), with_mention(ps), pairs, mention_agrees(exact=True)
        ),
        "statements.speaker_mention_overlap": _attribute_score(
            with_mention(gs), with_mention(ps), pairs, mention_agrees(exact=False)
        ),
        "statements.cue_exact": _attribute_score(n_gold, n_pred, pairs, cue_exact),
        "statements.cue_overlap": _attribute_score(
            n_gold, n_pred, pairs, lambda g, p: _overlap(gs[g].cue, ps[p].cue) > 0
        ),
        "statements.content_exact": _attribute_score(n_gold, n_pred, pairs, content_exact),
        "statements.content_overlap": _attribute_score(n_gold, n_pred, pairs, content_overlap),
    }


def _meeting_scores(gold: Document, pred: Document) -> dict[str, Score]:
    gm, pm = gold.meetings, pred.meetings
    pairs = _match(len(gm), len(pm), lambda g, p: _overlap(gm[g].trigger, pm[p].trigger))
    gold_names, pred_names = _actor_names(gold), _actor_names(pred)

    def participants(meeting: Meeting, names: Mapping[str, str]) -> set[str | _Unresolved]:
        return {_resolve(names, actor_id) for actor_id in meeting.participants}

    gold_participants = [participants(m, gold_names) for m in gm]
    pred_participants = [participants(m, pred_names) for m in pm]
    shared = sum(len(gold_participants[g] & pred_participants[p]) for g, p in pairs)

    def location(meeting: Meeting) -> str | None:
        return None if meeting.location is None else _normalise(meeting.location.name)

    def location_agrees(g: int, p: int) -> bool:
        gold_location = location(gm[g])
        return gold_location is not None and gold_location == location(pm[p])

    def status_agrees(g: int, p: int) -> bool:
        return gm[g].status is not None and gm[g].status == pm[p].status

    def trigger_exact(g: int, p: int) -> bool:
        return (gm[g].trigger.start, gm[g].trigger.end) == (pm[p].trigger.start, pm[p].trigger.end)

    n_gold, n_pred = len(gm), len(pm)
    return {
        "meetings.trigger_overlap": Score(
            tp=len(pairs), fp=n_pred - len(pairs), fn=n_gold - len(pairs)
        ),
        "meetings.trigger_exact": _attribute_score(n_gold, n_pred, pairs, trigger_exact),
        "meetings.kind": _attribute_score(
            n_gold, n_pred, pairs, lambda g, p: gm[g].kind == pm[p].kind
        ),
        "meetings.participants": Score(
            tp=shared,
            fp=sum(map(len, pred_participants)) - shared,
            fn=sum(map(len, gold_participants)) - shared,
        ),
        "meetings.location": _attribute_score(
            sum(1 for m in gm if m.location is not None),
            sum(1 for m in pm if m.location is not None),
            pairs,
            location_agrees,
        ),
        "meetings.status": _attribute_score(
            sum(1 for m in gm if m.status is not None),
            sum(1 for m in pm if m.status is not None),
            pairs,
            status_agrees,
        ),
    }


def _topic_scores(gold: Document, pred: Document) -> dict[str, Score]:
    return {
        "topics.labels": _set_score(
            {_normalise(t.label) for t in gold.topics}, {_normalise(t.label) for t in pred.topics}
        )
    }


def _document_scores(gold: Document, pred: Document) -> dict[str, Score]:
    scores = {
        **_actor_scores(gold, pred),
        **_statement_scores(gold, pred),
        **_meeting_scores(gold, pred),
        **_topic_scores(gold, pred),
    }
    return {name: scores[name] for name in METRICS}


def _by_id(documents: Iterable[Document], side: str) -> dict[str, Document]:
    found: dict[str, Document] = {}
    for document in documents:
        if document.id in found:
            raise InputError(f"{side}: document id {document.id!r} appears more than once")
        found[document.id] = document
    return found


def evaluate_documents(gold: Iterable[Document], pred: Iterable[Document]) -> Report:
    """Score predicted documents against gold documents, paired by ``id``.

    A gold document without a prediction is scored as if nothing had been predicted for it
    (all its items are false negatives) and listed in :attr:`Report.missing_in_prediction`;
    a predicted document without gold is not scored and is listed in
    :attr:`Report.missing_in_gold`. An id that occurs twice on one side raises
    :class:`~newsevents.InputError`.

    >>> from newsevents import Document, Topic
    >>> gold = [Document(id="a", text="", topics=[Topic(id="t1", label="Trade", mentions=[])])]
    >>> pred = [Document(id="b", text="")]
    >>> report = evaluate_documents(gold, pred)
    >>> report.missing_in_prediction, report.missing_in_gold
    (('a',), ('b',))
    >>> report.totals["topics.labels"]
    Score(tp=0, fp=0, fn=1)
    """
    gold_by_id = _by_id(gold, "gold")
    pred_by_id = _by_id(pred, "prediction")
    totals = dict.fromkeys(METRICS, Score())
    documents: list[DocumentReport] = []
    mismatched: list[str] = []
    for document_id, gold_document in gold_by_id.items():
        pred_document = pred_by_id.get(document_id)
        missing = pred_document is None
        if pred_document is None:
            pred_document = Document(id=document_id, text=gold_document.text)
        elif pred_document.text != gold_document.text:
            mismatched.append(document_id)
        scores = _document_scores(gold_document, pred_document)
        for name, score in scores.items():
            totals[name] += score
        documents.append(
            DocumentReport(id=document_id, scores=scores, missing_in_prediction=missing)
        )
    return Report(
        totals=totals,
        documents=tuple(documents),
        missing_in_prediction=tuple(d.id for d in documents if d.missing_in_prediction),
        missing_in_gold=tuple(i for i in pred_by_id if i not in gold_by_id),
        text_mismatch=tuple(mismatched),
    )


# --------------------------------------------------------------------------- files


def read_annotations(path: str | os.PathLike[str]) -> list[Document]:
    """Read an annotation file: one document as ``.json``, or many as ``.jsonl``.

    Every problem in the file is collected; if there is any, :class:`~newsevents.InputError`
    is raised with one line per problem (``FILE:LINE: JSON-PATH: message``). Two documents
    with the same id are an error too.

    >>> read_annotations("notes.txt")
    Traceback (most recent call last):
    ...
    newsevents.errors.InputError: notes.txt: expected a .json or .jsonl annotation file
    """
    name = os.fspath(path)
    suffix = os.path.splitext(name)[1].lower()
    if suffix not in (".json", ".jsonl"):
        raise InputError(f"{name}: expected a .json or .jsonl annotation file")
    try:
        if suffix == ".json":
            with open(name, "rb") as stream:
                raw = stream.read()
            try:
                return [_loads(raw)]
            except DocumentError as exc:
                raise InputError("\n".join(f"{name}: {p}" for p in exc.problems)) from None
        errors: list[JSONLineError] = []
        documents = list(read_jsonl(name, on_error=errors.append))
    except OSError as exc:
        raise InputError(f"{name}: cannot read: {exc.strerror or exc}") from None
    problems = [f"{name}:{error.line}: {problem}" for error in errors for problem in error.problems]
    problems.extend(_duplicates(name, documents))
    if problems:
        raise InputError("\n".join(problems))
    return documents


def _duplicates(name: str, documents: Sequence[Document]) -> Iterator[str]:
    first: dict[str, int] = {}
    for number, document in enumerate(documents, start=1):
        if document.id in first:
            yield (
                f"{name}: document id {document.id!r} appears more than once "
                f"(documents {first[document.id]} and {number})"
            )
        else:
            first[document.id] = number


def evaluate_files(gold: str | os.PathLike[str], pred: str | os.PathLike[str]) -> Report:
    """Read two annotation files with :func:`read_annotations` and evaluate them.

    >>> import os, tempfile
    >>> from newsevents import Document, dumps
    >>> folder = tempfile.mkdtemp()
    >>> path = os.path.join(folder, "gold.json")
    >>> with open(path, "w", encoding="utf-8") as out:
    ...     _ = out.write(dumps(Document(id="d1", text="Hello.")))
    >>> evaluate_files(path, path).complete
    True
    """
    return evaluate_documents(read_annotations(gold), read_annotations(pred))
