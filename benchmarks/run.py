"""Benchmarks of newsevents: throughput, processes, memory, validation, long articles.

Run from the repository root::

    python benchmarks/run.py            # the full run (a few minutes on two cores)
    python benchmarks/run.py --quick    # a smoke run on tiny inputs (well under a minute)
    python benchmarks/run.py --profile  # also print where annotate_many spends its time

The corpus is built from files in the repository only: the seed article(s) in ``seeds/``,
the prose of ``docs/*.md`` and ``README.md``, and synthetic news-like articles made by
recombining those sentences (deterministically, from ``--seed``). Every measurement is
printed as a row of one table, with its target where there is one.
"""

from __future__ import annotations

import argparse
import cProfile
import gc
import io
import json
import os
import platform
import pstats
import random
import re
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent

# --------------------------------------------------------------------------- the corpus

_SENTENCE_END = re.compile(r"(?<=[.!?])[\"”’)]?\s+(?=[\"“‘(]?[A-Z])")
_MARKDOWN_NOISE = re.compile(r"`+|\*+|_{2,}|\[([^\]]*)\]\([^)]*\)")


def _split_sentences(paragraph: str) -> list[str]:
    pieces = _SENTENCE_END.split(" ".join(paragraph.split()))
    return [
        piece.strip()
        for piece in pieces
        if len(piece.split()) >= 5 and piece.rstrip()[-1] in '.!?"”’'
    ]


def news_sentences() -> list[str]:
    """Sentences of the seed articles (the ``date`` header left out)."""
    sentences: list[str] = []
    for path in sorted((ROOT / "seeds").glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        text = re.sub(r"^\s*date\s+\d{4}-\d{2}-\d{2}\s", "", text)
        for paragraph in text.split("\n\n"):
            sentences.extend(_split_sentences(paragraph))
    return sentences


def prose_sentences() -> list[str]:
    """Sentences of the documentation's prose (code blocks, tables and headings left out)."""
    sentences: list[str] = []
    paths = [*sorted((ROOT / "docs").glob("*.md")), ROOT / "README.md"]
    for path in paths:
        if not path.exists():
            continue
        text = re.sub(r"```.*?```", "\n\n", path.read_text(encoding="utf-8"), flags=re.S)
        for paragraph in text.split("\n\n"):
            lines = [
                line
                for line in paragraph.splitlines()
                if line.strip() and not line.lstrip().startswith(("#", "|", ">", "<"))
            ]
            cleaned = _MARKDOWN_NOISE.sub(r"\1", " ".join(lines))
            cleaned = re.sub(r"^\s*[-*+]\s+", "", cleaned)
            sentences.extend(s for s in _split_sentences(cleaned) if s[0].isupper())
    return sentences


@dataclass
class Corpus:
    """The texts every benchmark runs on."""

    articles: list[dict[str, str]]
    short: list[dict[str, str]]

    @staticmethod
    def build(n_articles: int, n_short: int, seed: int) -> Corpus:
        """Recombine repository sentences into news-like articles and short documents."""
        rng = random.Random(seed)
        news, prose = news_sentences(), prose_sentences()
        if not news:
            raise SystemExit("no seed article found in seeds/: run from a source checkout")

        def sentence(previous: str | None) -> str:
            while True:  # mostly news, some other prose; never the same sentence twice in a row
                pool = news if not prose or rng.random() < 0.8 else prose
                chosen = rng.choice(pool)
                if chosen != previous or len(news) + len(prose) < 2:
                    return chosen

        def article(index: int) -> dict[str, str]:
            chosen: list[str] = []
            for _ in range(rng.randint(10, 22)):
                chosen.append(sentence(chosen[-1] if chosen else None))
            paragraphs, i = [], 0
            while i < len(chosen):
                size = rng.randint(1, 3)
                paragraphs.append(" ".join(chosen[i : i + size]))
                i += size
            return {
                "id": f"article-{index:05d}",
                "date": "2023-07-19",
                "text": "\n\n".join(paragraphs),
            }

        def short(index: int) -> dict[str, str]:
            first = rng.choice(news)
            text = first if rng.random() < 0.5 else f"{first} {sentence(first)}"
            return {"id": f"short-{index:06d}", "text": text}

        return Corpus(
            articles=[article(i) for i in range(n_articles)],
            short=[short(i) for i in range(n_short)],
        )


def words(texts: Iterable[dict[str, str]]) -> int:
    """Count white-space separated words, the unit of every throughput figure."""
    return sum(len(record["text"].split()) for record in texts)


def write_records(records: Iterable[dict[str, str]], path: Path) -> None:
    """Write article records as JSON Lines (the input of ``newsevents annotate``)."""
    with path.open("w", encoding="utf-8") as out:
        for record in records:
            out.write(json.dumps(record, ensure_ascii=False) + "\n")


# --------------------------------------------------------------------------- the table


@dataclass
class Row:
    """One line of the results table."""

    name: str
    value: str
    target: str = ""
    verdict: str = ""


def check(passed: bool) -> str:
    """Say whether a target was met."""
    return "met" if passed else "MISSED"


def print_table(rows: Sequence[Row], stream: Any = sys.stdout) -> None:
    """Print the rows as a Markdown table (readable as plain text too)."""
    headers = ("benchmark", "result", "target", "")
    cells = [headers, *((r.name, r.value, r.target, r.verdict) for r in rows)]
    widths = [max(len(cell[i]) for cell in cells) for i in range(4)]

    def line(cell: Sequence[str]) -> str:
        return "| " + " | ".join(c.ljust(w) for c, w in zip(cell, widths, strict=True)) + " |"

    print(line(headers), file=stream)
    print("|" + "|".join("-" * (w + 2) for w in widths) + "|", file=stream)
    for cell in cells[1:]:
        print(line(cell), file=stream)


def best_time(function: Callable[[], object], repeat: int) -> float:
    """Return the shortest wall-clock time of ``repeat`` calls (the least disturbed run)."""
    return min(timed(function)[0] for _ in range(repeat))


def timed(function: Callable[[], object]) -> tuple[float, float]:
    """Call ``function`` once; return its wall-clock time and this process's CPU time."""
    gc.collect()
    wall, cpu = time.perf_counter(), time.process_time()
    function()
    return time.perf_counter() - wall, time.process_time() - cpu


# --------------------------------------------------------------------------- benchmarks


def bench_throughput(
    corpus: Corpus, model: str | None, batch_size: int, repeat: int, wait_idle: float
) -> tuple[list[Row], list[Any]]:
    """Words per second: bare spaCy ``nlp.pipe`` against ``annotate_many`` plus ``dumps``."""
    import newsevents

    pipeline = newsevents.load_pipeline(model)
    # Bare spaCy is the very same loaded model with the newsevents components switched off.
    ours_only = [name for name in pipeline.pipe_names if name.startswith("newsevents_")]
    texts = [record["text"] for record in corpus.articles]
    n_words = words(corpus.articles)

    def run_bare() -> None:
        with pipeline.select_pipes(disable=ours_only):
            for _ in pipeline.pipe(texts, batch_size=batch_size):
                pass

    documents: list[Any] = []

    def run_ours() -> None:
        documents.clear()
        for document in newsevents.annotate_many(
            corpus.articles, batch_size=batch_size, pipeline=pipeline
        ):
            newsevents.dumps(document)
            documents.append(document)

    # Warm both up once (lazy initialisation, caches), then alternate the timed runs, so
    # that both see the same conditions; keep the best of each. CPU time (both run in this
    # process, on one core) is less disturbed by other work on the machine than wall time.
    run_bare()
    run_ours()
    idle = wait_until_idle(wait_idle)
    bare_times, our_times = [], []
    for _ in range(repeat):
        bare_times.append(timed(run_bare))
        our_times.append(timed(run_ours))
    label = f"{len(texts)} articles, {n_words:,} words, batch {batch_size}"
    rows: list[Row] = []
    ratios = []
    for index, clock in ((0, "wall"), (1, "CPU")):
        bare_rate = n_words / min(times[index] for times in bare_times)
        our_rate = n_words / min(times[index] for times in our_times)
        ratios.append(our_rate / bare_rate)
        rows.append(Row(f"bare spaCy nlp.pipe ({label})", f"{bare_rate:,.0f} words/{clock}-s"))
        rows.append(Row(f"annotate_many + dumps ({label})", f"{our_rate:,.0f} words/{clock}-s"))
    rows.append(
        Row(
            "  annotate_many / bare spaCy (wall, CPU)",
            f"{ratios[0]:.2f}, {ratios[1]:.2f}; machine {idle} before",
            ">= 0.85",
            check(min(ratios) >= 0.85),
        )
    )
    return rows, documents


def bench_processes(corpus: Corpus, model: str | None, wait_idle: float) -> list[Row]:
    """Words per second of ``annotate_many`` with one process against two (default batches).

    Wall time is what counts; the CPU time of this process and of the worker processes
    shows whether a poor speed-up comes from work added by the processes or from a machine
    busy with other work.
    """
    import multiprocessing
    import resource

    import newsevents
    from newsevents.pipeline import DEFAULT_BATCH_SIZE, DEFAULT_WORKER_BATCH_SIZE

    pipeline = newsevents.load_pipeline(model)
    n_words = words(corpus.articles)
    rates, cpu, idle = {}, {}, {}
    for n_process in (1, 2):
        idle[n_process] = wait_until_idle(wait_idle)

        def run(n_process: int = n_process) -> None:
            for document in newsevents.annotate_many(
                corpus.articles, n_process=n_process, pipeline=pipeline
            ):
                newsevents.dumps(document)

        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        wall, own = timed(run)
        multiprocessing.active_children()  # reap the finished workers, so they are counted
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        workers = (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)
        rates[n_process] = n_words / wall
        cpu[n_process] = (own, workers)
    speedup = rates[2] / rates[1]
    label = f"{len(corpus.articles)} articles"
    return [
        Row(
            f"annotate_many n_process=1 ({label}, batch {DEFAULT_BATCH_SIZE})",
            f"{rates[1]:,.0f} words/s; CPU {cpu[1][0]:.1f} s; machine {idle[1]} before",
        ),
        Row(
            f"annotate_many n_process=2 ({label}, batch {DEFAULT_WORKER_BATCH_SIZE})",
            f"{rates[2]:,.0f} words/s; CPU {cpu[2][0]:.1f} s main + {cpu[2][1]:.1f} s workers; "
            f"machine {idle[2]} before",
        ),
        Row(
            f"  speed-up on {os.cpu_count()} cores",
            f"{speedup:.2f}x",
            ">= 1.5x",
            check(speedup >= 1.5),
        ),
    ]


# Runs a command and reports its exit code and peak memory. It is started as a small process of
# its own because Linux carries the peak RSS of the memory image a process had before exec
# into the peak it reports: a child forked from this (large) process would report our peak.
_LAUNCHER = """
import os, subprocess, sys
child = subprocess.Popen(sys.argv[1:], stdout=subprocess.DEVNULL)
_, status, usage = os.wait4(child.pid, 0)
print(os.waitstatus_to_exitcode(status), usage.ru_maxrss)
"""


def run_cli_measured(arguments: Sequence[str]) -> tuple[int, int, float, str]:
    """Run ``python -m newsevents ARGUMENTS``; return exit code, max RSS, seconds, stderr.

    The maximum resident set size (bytes) is that of the ``newsevents`` process alone, from
    ``os.wait4`` in a small launcher process.
    """
    start = time.perf_counter()
    launched = subprocess.run(
        [sys.executable, "-c", _LAUNCHER, sys.executable, "-m", "newsevents", *arguments],
        capture_output=True,
        text=True,
        check=False,
    )
    elapsed = time.perf_counter() - start
    if launched.returncode != 0 or not launched.stdout.strip():
        return launched.returncode or 1, 0, elapsed, launched.stderr
    code, peak = (int(field) for field in launched.stdout.split())
    scale = 1 if sys.platform == "darwin" else 1024  # ru_maxrss: bytes on macOS, KiB on Linux
    return code, peak * scale, elapsed, launched.stderr


def check_output(path: Path, expected: int) -> tuple[int, int]:
    """Count the documents in an annotated JSON Lines file and those that fail validation."""
    import newsevents

    count = invalid = 0
    with path.open("rb") as lines:
        for line in lines:
            if not line.strip():
                continue
            count += 1
            if newsevents.validate(json.loads(line)):
                invalid += 1
    return count, invalid + abs(expected - count)


def bench_memory(corpus: Corpus, small: int, large: int, workdir: Path) -> list[Row]:
    """Peak memory of ``newsevents annotate in.jsonl -o out.jsonl`` on small and large inputs."""
    rows: list[Row] = []
    peaks = {}
    for size in (small, large):
        source, target = workdir / f"short-{size}.jsonl", workdir / f"short-{size}.out.jsonl"
        write_records(corpus.short[:size], source)
        code, peak, elapsed, stderr = run_cli_measured(["annotate", str(source), "-o", str(target)])
        if code != 0:
            raise SystemExit(f"newsevents annotate failed on {size} documents ({code}):\n{stderr}")
        count, bad = check_output(target, size)
        peaks[size] = peak
        rows.append(
            Row(
                f"newsevents annotate, {size:,} short docs jsonl -> jsonl",
                f"max RSS {peak / 2**20:,.0f} MiB, {elapsed:.1f} s, {size / elapsed:,.0f} docs/s",
            )
        )
        rows.append(
            Row(
                f"  corpus check: {size:,} docs written and valid",
                f"{count:,} written, {bad} invalid or missing",
                "all valid",
                check(bad == 0),
            )
        )
    growth = (peaks[large] - peaks[small]) / 2**20
    rows.append(
        Row(
            f"  memory growth {small:,} -> {large:,} docs",
            f"{growth:+.1f} MiB",
            "< 40 MiB",
            check(growth < 40),
        )
    )
    return rows


def bench_validation(documents: Sequence[Any], n: int) -> list[Row]:
    """Documents per second: ``newsevents.validate`` against ``jsonschema.validate`` each time."""
    import jsonschema

    import newsevents

    if not documents:
        return [Row("validation", "no documents to validate")]
    dicts = [newsevents.to_dict(documents[i % len(documents)]) for i in range(n)]
    schema = newsevents.schema()
    newsevents.validate(dicts[0])  # build the compiled validator once, outside the timing

    def compiled() -> None:
        for data in dicts:
            newsevents.validate(data)

    def naive() -> None:
        for data in dicts[: max(1, n // 10)]:
            jsonschema.validate(data, schema)

    ours = n / best_time(compiled, 2)
    theirs = max(1, n // 10) / best_time(naive, 1)
    return [
        Row(f"newsevents.validate ({n:,} annotated docs)", f"{ours:,.0f} docs/s"),
        Row("jsonschema.validate(instance, schema) per doc", f"{theirs:,.0f} docs/s"),
        Row("  speed-up (schema + semantic checks vs schema only)", f"{ours / theirs:.1f}x"),
    ]


def bench_long_article(corpus: Corpus, model: str | None, chars: int) -> list[Row]:
    """One article of ``chars`` characters (past spaCy's max_length) through the full pipeline."""
    import newsevents

    articles = [record["text"] for record in corpus.articles]
    chosen: list[str] = []
    while sum(len(text) + 2 for text in chosen) < chars:
        chosen.append(articles[len(chosen) % len(articles)])
    text = "\n\n".join(chosen)
    pipeline = newsevents.load_pipeline(model)
    gc.collect()
    started = time.perf_counter()
    document = newsevents.annotate(text, id="long-article", pipeline=pipeline)
    elapsed = time.perf_counter() - started
    problems = newsevents.validate(document)
    over = "over" if len(text) > pipeline.max_length else "under"
    return [
        Row(
            f"one {len(text):,}-character article ({over} max_length {pipeline.max_length:,})",
            f"{elapsed:.1f} s; {len(document.actors):,} actors, "
            f"{len(document.statements):,} statements, {len(document.meetings):,} meetings",
        ),
        Row(
            "  long article annotated and valid",
            f"{len(problems)} validation problems",
            "valid",
            check(not problems),
        ),
    ]


# --------------------------------------------------------------------------- profile


def stage_times(corpus: Corpus, model: str | None, batch_size: int) -> list[Row]:
    """Seconds spent in each stage: tokenizer, each pipeline component, conversion, JSON."""
    import newsevents
    from newsevents.extensions import DOC_DATE, register_extensions
    from newsevents.pipeline import doc_to_document

    register_extensions()
    pipeline = newsevents.load_pipeline(model)
    texts = [record["text"] for record in corpus.articles]
    list(pipeline.pipe(texts[:4]))  # warm up
    times: list[tuple[str, float]] = []
    start = time.perf_counter()
    docs = [pipeline.make_doc(text) for text in texts]
    for doc, record in zip(docs, corpus.articles, strict=True):
        doc._.set(DOC_DATE, record.get("date"))
    times.append(("tokenizer", time.perf_counter() - start))
    for name, component in pipeline.pipeline:
        start = time.perf_counter()
        if hasattr(component, "pipe"):
            docs = list(component.pipe(docs, batch_size=batch_size))
        else:
            docs = [component(doc) for doc in docs]
        times.append((name, time.perf_counter() - start))
    start = time.perf_counter()
    documents = [
        doc_to_document(doc, id=record["id"], pipeline=pipeline)
        for doc, record in zip(docs, corpus.articles, strict=True)
    ]
    times.append(("to Document (cattrs structure)", time.perf_counter() - start))
    start = time.perf_counter()
    for document in documents:
        newsevents.dumps(document)
    times.append(("dumps (JSON)", time.perf_counter() - start))
    total = sum(seconds for _, seconds in times)
    spacy_total = sum(
        seconds
        for name, seconds in times
        if name == "tokenizer"
        or (name in pipeline.pipe_names and not name.startswith("newsevents_"))
    )
    rows = [
        Row(f"  stage: {name}", f"{seconds:.2f} s ({100 * seconds / total:.1f}%)")
        for name, seconds in times
    ]
    extra = (total - spacy_total) / spacy_total
    rows.append(
        Row(
            "  newsevents time on top of spaCy's (one pass)",
            f"{total - spacy_total:.2f} s = +{100 * extra:.0f}%",
            "<= +17.6% (ratio 0.85)",
        )
    )
    return rows


def profile(corpus: Corpus, model: str | None, batch_size: int, top: int) -> str:
    """Profile ``annotate_many`` + ``dumps``; return time by package area and top functions."""
    import newsevents

    pipeline = newsevents.load_pipeline(model)
    list(newsevents.annotate_many(corpus.articles[:5], pipeline=pipeline))  # warm up
    profiler = cProfile.Profile()
    profiler.enable()
    for document in newsevents.annotate_many(
        corpus.articles, batch_size=batch_size, pipeline=pipeline
    ):
        newsevents.dumps(document)
    profiler.disable()
    stats = pstats.Stats(profiler)
    total = sum(entry[2] for entry in stats.stats.values())  # type: ignore[attr-defined]
    areas: dict[str, float] = defaultdict(float)
    for (filename, _, _), entry in stats.stats.items():  # type: ignore[attr-defined]
        areas[_area(filename)] += entry[2]
    out = io.StringIO()
    print(f"own time by area (total {total:.2f} s):", file=out)
    for area, seconds in sorted(areas.items(), key=lambda item: -item[1]):
        print(f"  {100 * seconds / total:5.1f}%  {seconds:7.3f} s  {area}", file=out)
    print(f"\ntop {top} functions by own time:", file=out)
    stats.stream = out  # type: ignore[attr-defined]
    stats.sort_stats("tottime").print_stats(top)
    print(f"\ntop {top} newsevents functions by cumulative time:", file=out)
    stats.sort_stats("cumulative").print_stats(r"newsevents", top)
    return out.getvalue()


def _area(filename: str) -> str:
    match = re.search(r"newsevents[/\\](.+)\.py$", filename)
    if match and "site-packages" not in filename:
        return f"newsevents.{match.group(1).replace(os.sep, '.')}"
    for name in ("spacy", "thinc", "cattrs", "attrs", "attr", "jsonschema", "json", "srsly"):
        # Compiled modules show paths relative to their package: "spacy/tokens/doc.pyx".
        if re.search(rf"(^|[/\\]){name}[/\\]", filename):
            return name
    if filename.startswith("<") or filename == "~":
        return "built-ins (C code: model, json, regex)"
    return "other Python"


# --------------------------------------------------------------------------- machine


def machine() -> list[tuple[str, str]]:
    """Describe the machine and the software versions."""
    import spacy.about

    import newsevents
    from newsevents.pipeline import pipeline_label

    cpu = platform.processor() or platform.machine()
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as info:
            for line in info:
                if line.startswith("model name"):
                    cpu = line.split(":", 1)[1].strip()
                    break
    except OSError:
        pass
    memory = ""
    try:
        with open("/proc/meminfo", encoding="utf-8") as info:
            kib = int(next(line for line in info if line.startswith("MemTotal")).split()[1])
            memory = f"{kib / 2**20:.1f} GiB"
    except (OSError, StopIteration, ValueError):
        pass
    pipeline = newsevents.load_pipeline()
    return [
        ("CPU", f"{cpu}, {os.cpu_count()} cores"),
        ("memory", memory or "unknown"),
        ("system", platform.platform()),
        ("Python", platform.python_version()),
        ("spaCy", spacy.about.__version__),
        ("model", pipeline_label(pipeline)),
        ("newsevents", newsevents.__version__),
        ("load average at start", _load_average()),
    ]


def idle_fraction(interval: float = 2.0) -> float | None:
    """Return the share of the machine's CPU time that was idle during ``interval`` seconds."""

    def sample() -> tuple[int, int]:
        with open("/proc/stat", encoding="ascii") as stat:
            fields = [int(value) for value in stat.readline().split()[1:]]
        return fields[3] + fields[4], sum(fields)  # idle + iowait, total

    try:
        idle_before, total_before = sample()
        time.sleep(interval)
        idle_after, total_after = sample()
    except (OSError, ValueError, IndexError):  # not Linux
        return None
    return (idle_after - idle_before) / max(1, total_after - total_before)


def wait_until_idle(timeout: float, threshold: float = 0.9) -> str:
    """Wait (up to ``timeout`` seconds) until the CPUs are mostly idle; say how it went."""
    deadline = time.monotonic() + timeout
    while True:
        idle = idle_fraction()
        if idle is None:
            return "unknown (no /proc/stat)"
        if idle >= threshold or time.monotonic() >= deadline:
            return f"{100 * idle:.0f}% idle"
        print(f"(waiting: the CPUs are {100 * idle:.0f}% idle)", file=sys.stderr)


def _load_average() -> str:
    """The 1-minute load average: other work on the machine slows every figure down."""
    try:
        return f"{os.getloadavg()[0]:.2f}"
    except OSError:  # pragma: no cover - not on Windows
        return "unknown"


# --------------------------------------------------------------------------- main


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=100, help="news articles (default 100)")
    parser.add_argument(
        "--small", type=int, default=1000, help="short documents, small run (default 1000)"
    )
    parser.add_argument(
        "--large", type=int, default=10000, help="short documents, large run (default 10000)"
    )
    parser.add_argument(
        "--validate", type=int, default=2000, help="documents to validate (default 2000)"
    )
    parser.add_argument(
        "--batch-size", type=int, default=64, help="nlp.pipe batch size of the throughput run"
    )
    parser.add_argument(
        "--long-chars",
        type=int,
        default=2_000_000,
        help="characters of the long article (default 2,000,000)",
    )
    parser.add_argument("--repeat", type=int, default=3, help="timed runs; the best is kept")
    parser.add_argument("--model", default=None, help="spaCy pipeline (default: the English one)")
    parser.add_argument("--seed", type=int, default=0, help="seed of the synthetic corpus")
    parser.add_argument(
        "--quick", action="store_true", help="tiny sizes: check that everything runs"
    )
    parser.add_argument("--profile", action="store_true", help="profile annotate_many too")
    parser.add_argument(
        "--wait-idle",
        type=float,
        default=0.0,
        metavar="SECONDS",
        help="before each timed run, wait up to SECONDS for the CPUs to be 90%% idle",
    )
    parser.add_argument(
        "--only",
        action="append",
        choices=("throughput", "processes", "memory", "validation", "long"),
        help="run only these benchmarks (repeatable)",
    )
    args = parser.parse_args(argv)
    if args.quick:
        args.articles, args.small, args.large = 6, 20, 60
        args.validate, args.repeat, args.long_chars = 50, 1, 20_000
    return args


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    selected = set(args.only or ("throughput", "processes", "memory", "validation", "long"))
    corpus = Corpus.build(args.articles, max(args.small, args.large), args.seed)
    print("## Machine\n")
    for key, value in machine():
        print(f"- {key}: {value}")
    print(
        f"\n## Corpus\n\n{len(corpus.articles)} articles ({words(corpus.articles):,} words) "
        f"and {len(corpus.short):,} short documents "
        f"({words(corpus.short) / max(1, len(corpus.short)):.0f} words each on average), "
        f"recombined from repository text (seed {args.seed}).\n"
    )
    rows: list[Row] = []
    documents: list[Any] = []
    started = time.perf_counter()
    if "throughput" in selected or "validation" in selected:
        found, documents = bench_throughput(
            corpus, args.model, args.batch_size, args.repeat, args.wait_idle
        )
        if "throughput" in selected:
            rows += found
            rows += stage_times(corpus, args.model, args.batch_size)
    if "processes" in selected:
        rows += bench_processes(corpus, args.model, args.wait_idle)
    if "memory" in selected:
        with tempfile.TemporaryDirectory() as workdir:
            rows += bench_memory(corpus, args.small, args.large, Path(workdir))
    if "validation" in selected:
        rows += bench_validation(documents, args.validate)
    if "long" in selected:
        rows += bench_long_article(corpus, args.model, args.long_chars)
    print("## Results\n")
    print_table(rows)
    print(
        f"\n(benchmarks took {time.perf_counter() - started:.0f} s; "
        f"load average at the end {_load_average()})"
    )
    if args.profile:
        print("\n## Profile of annotate_many + dumps\n\n```text")
        print(profile(corpus, args.model, args.batch_size, top=25).rstrip())
        print("```")
    return 0


if __name__ == "__main__":
    sys.exit(main())
