"""The ``newsevents_statements`` component: who said what, to whom, and how.

:func:`extract_statements` reads a parsed spaCy ``Doc`` and returns :class:`Statement` objects:
the speaker (an actor id, through ``token._.newsevents_actor``, so pronouns and short names
resolved by the actors component count), the speaker as written, the cue ("said", "expressed
optimism", "called on", "according to"), the content (one or more spans) and whether it is
quoted (``direct``), paraphrased (``indirect``) or both (``mixed``). A document ("the report
said") speaks for its author when the text names one, else for nobody.

Cues come from a lexicon (``newsevents/data/cues.json``, see :class:`CueLexicon`): reporting
verbs with the complements that carry what was said, verb phrases, nouns that take a
that-clause, and "according to". Direct quotations come from :func:`newsevents.quotes.find_quotes`
and are attached to the cue that frames them (``"...," he said``, ``he said: "..."``), split
around it, or, when a quotation stands alone after a statement, to that statement's speaker.

Each concern is a private module of this package:

* ``_lexicon``: the cue lexicon, read and checked from ``cues.json`` or a user's file;
* ``_document``: the state of the work on one doc and the helpers every step uses;
* ``_reported``: what a cue says (that-clauses, infinitives, objects, participles);
* ``_speakers``: who said it, and the words that name them;
* ``_links``: "according to" sources (``reported_by``), ``on_behalf_of`` and ``addressee``;
* ``_cues``: the verbs, verb phrases and nouns that start a statement;
* ``_quotes_direct``: direct quotations, framed by a cue or floating after a statement;
* ``_extractor``: the pass over one doc that combines the steps;
* ``_context``: the meeting a statement was made in and the topics it mentions;
* ``_build``: the :class:`Statement` objects, and :func:`extract_statements`;
* ``_component``: the spaCy component and its factory.

>>> from newsevents import load_pipeline
>>> nlp = load_pipeline()
>>> doc = nlp("“We will win,” Kerry said, adding that the talks were useful.")
>>> [(s.cue.text, s.speaker_mention.text, s.kind.value) for s in extract_statements(doc)]
[('said', 'Kerry', 'direct'), ('adding', 'Kerry', 'indirect')]
"""

from newsevents.statements._build import extract_statements
from newsevents.statements._component import StatementsComponent, make_statements_component
from newsevents.statements._lexicon import TAKES as TAKES
from newsevents.statements._lexicon import CueLexicon, PhraseCue, VerbCue

__all__ = [
    "CueLexicon",
    "PhraseCue",
    "StatementsComponent",
    "VerbCue",
    "extract_statements",
    "make_statements_component",
]
