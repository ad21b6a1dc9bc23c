"""newsevents: structured, validated event annotations from English news.

Actors, meetings, statements and topics, with character offsets into the article text,
a JSON Schema, and validation.
"""

from importlib.metadata import PackageNotFoundError, version

from newsevents.errors import (
    DocumentError,
    InputError,
    JSONLineError,
    NewsEventsError,
    PipelineError,
)
from newsevents.model import (
    SCHEMA_VERSION,
    Actor,
    ActorKind,
    Document,
    Location,
    Meeting,
    MeetingKind,
    MeetingStatus,
    Provenance,
    Span,
    SpeechAct,
    Statement,
    StatementKind,
    Topic,
    TopicCategory,
)
from newsevents.pipeline import annotate, annotate_many, doc_to_document, load_pipeline
from newsevents.reader import Article
from newsevents.serialize import dumps, from_dict, loads, read_jsonl, to_dict, write_jsonl
from newsevents.tables import to_frames
from newsevents.validation import Problem, schema, validate, validate_many

try:
    __version__ = version("newsevents")
except PackageNotFoundError:  # pragma: no cover - running from a source tree
    __version__ = "0.0.0"

__all__ = [
    "SCHEMA_VERSION",
    "Actor",
    "ActorKind",
    "Article",
    "Document",
    "DocumentError",
    "InputError",
    "JSONLineError",
    "Location",
    "Meeting",
    "MeetingKind",
    "MeetingStatus",
    "NewsEventsError",
    "PipelineError",
    "Problem",
    "Provenance",
    "Span",
    "SpeechAct",
    "Statement",
    "StatementKind",
    "Topic",
    "TopicCategory",
    "__version__",
    "annotate",
    "annotate_many",
    "doc_to_document",
    "dumps",
    "from_dict",
    "load_pipeline",
    "loads",
    "read_jsonl",
    "schema",
    "to_dict",
    "to_frames",
    "validate",
    "validate_many",
    "write_jsonl",
]
