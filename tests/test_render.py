"""The HTML view: highlighting of nested spans, escaping, the ``render`` command, a browser."""

from __future__ import annotations

import shutil
import struct
import subprocess
from html.parser import HTMLParser
from pathlib import Path

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
    Statement,
    StatementKind,
    Topic,
)
from newsevents.cli import main
from newsevents.render import LAYERS, render_html, render_page


def span(text: str, fragment: str, start_at: int = 0) -> Span:
    """Return the span of ``fragment`` in ``text``, searching from ``start_at``."""
    start = text.index(fragment, start_at)
    return Span(start=start, end=start + len(fragment), text=fragment)


class Page(HTMLParser):
    """Collects the elements, the visible text and the ``title`` attributes of a page."""

    def __init__(self, html: str) -> None:
        super().__init__()
        self.tags: list[str] = []
        self.attributes: list[dict[str, str | None]] = []
        self.text_parts: list[str] = []
        self._skip = 0
        self.feed(html)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        """Record the element and its attributes."""
        self.tags.append(tag)
        self.attributes.append(dict(attrs))
        if tag in ("style", "title"):
            self._skip += 1

    def handle_endtag(self, tag: str) -> None:
        """Leave a style or title element."""
        if tag in ("style", "title"):
            self._skip -= 1

    def handle_data(self, data: str) -> None:
        """Keep the text outside style and title elements."""
        if not self._skip:
            self.text_parts.append(data)

    @property
    def text(self) -> str:
        """The visible text of the page."""
        return "".join(self.text_parts)


def nested_document() -> Document:
    """Build a document whose spans nest and overlap."""
    text = "Kerry said climate finance matters. They met."
    kerry = Actor(id="a1", kind=ActorKind.PERSON, name="John Kerry", mentions=[span(text, "Kerry")])
    # "climate finance matters" (content) holds "climate finance" (topic), which overlaps
    # "finance matters" (a second topic): three spans, four boundaries inside the content.
    topics = [
        Topic(id="t1", label="climate finance", mentions=[span(text, "climate finance")]),
        Topic(id="t2", label="finance", mentions=[span(text, "finance matters")]),
    ]
    statement = Statement(
        id="s1",
        speaker="a1",
        cue=span(text, "said"),
        content=[span(text, "climate finance matters")],
        kind=StatementKind.INDIRECT,
    )
    meeting = Meeting(
        id="m1",
        kind=MeetingKind.MEETING,
        trigger=span(text, "met"),
        participants=["a1"],
        status=MeetingStatus.OCCURRED,
    )
    return Document(
        id="d1",
        text=text,
        actors=[kerry],
        topics=topics,
        statements=[statement],
        meetings=[meeting],
    )


def test_nested_and_overlapping_spans_are_cut_at_every_boundary() -> None:
    """Each piece of text carries the classes of exactly the spans that cover it."""
    page = render_html(nested_document())
    assert (
        '<span class="ne-content ne-topic" title="content of s1; topic t1: climate finance">'
        "climate </span>"
        '<span class="ne-content ne-topic" title="content of s1; topic t1: climate finance; '
        'topic t2: finance">finance</span>'
        '<span class="ne-content ne-topic" title="content of s1; topic t2: finance"> matters</span>'
    ) in page
    assert '<span class="ne-actor" title="actor a1: John Kerry">Kerry</span>' in page
    assert '<span class="ne-cue" title="cue of s1">said</span>' in page
    assert '<span class="ne-trigger" title="meeting m1: meeting">met</span>' in page


def test_the_text_survives_highlighting_unchanged() -> None:
    """Removing the markup from the article gives back the document text exactly."""
    document = nested_document()
    page = Page(render_html(document))
    assert document.text in page.text


def test_script_in_the_text_comes_out_as_inert_text() -> None:
    """Markup in the text, names, ids and titles is escaped: no element is created from it."""
    evil = '<script>alert("x")</script><img src=x onerror="alert(1)">'
    text = f"Kerry {evil} said."
    document = Document(
        id='d"1<b>',
        title="<script>alert(2)</script>",
        text=text,
        url="javascript:alert(3)",
        actors=[
            Actor(
                id='a"1',
                kind=ActorKind.PERSON,
                name='"><script>alert(4)</script>',
                mentions=[span(text, "Kerry")],
            )
        ],
        topics=[Topic(id="t1", label="<marquee>x</marquee>", mentions=[span(text, evil)])],
    )
    html = render_html(document)
    page = Page(html)
    assert "script" not in page.tags
    assert "img" not in page.tags
    assert "marquee" not in page.tags
    assert evil in page.text
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in html
    assert not any("href" in attributes for attributes in page.attributes)


def test_the_page_is_self_contained() -> None:
    """No script, no external style, font or image: only inline CSS, pinned by a CSP."""
    html = render_html(nested_document())
    page = Page(html)
    assert set(page.tags) & {"script", "link", "img", "iframe", "object"} == set()
    for needle in ("http://", "https://", "url(", "@import", "@font-face"):
        assert needle not in html
    assert "default-src 'none'" in html


def test_the_legend_names_every_layer_with_its_count() -> None:
    """The legend shows each kind of highlight with how many spans it has."""
    page = Page(render_html(nested_document())).text
    for layer, count in zip(LAYERS, (1, 1, 1, 1, 2, 0, 0), strict=True):
        assert f"{layer.label} ({count})" in page


def test_the_side_lists_show_statements_and_meetings() -> None:
    """Statements read speaker — cue — content; meetings show kind, participants, status."""
    document = nested_document()
    text = document.text
    document = Document(
        id="d1",
        text=text,
        actors=document.actors,
        statements=document.statements,
        meetings=[
            Meeting(
                id="m1",
                kind=MeetingKind.TALKS,
                trigger=span(text, "met"),
                participants=["a1", "a7"],
                location=Location(name="Beijing", country="CHN"),
                date="2023-07-19",
            )
        ],
    )
    page = Page(render_html(document)).text
    assert "John Kerry — said — “climate finance matters”" in page
    assert "participants: John Kerry, a7" in page
    assert "place: Beijing (CHN)" in page
    assert "date: 2023-07-19" in page
    assert "status: unknown" in page


def test_spans_that_do_not_fit_the_text_are_flagged_not_fatal() -> None:
    """Offsets past the end or a wrong span text give a warning, never an exception."""
    document = Document(
        id="d1",
        text="Short.",
        actors=[
            Actor(
                id="a1",
                kind=ActorKind.PERSON,
                name="X",
                mentions=[
                    Span(start=2, end=40, text="ort. and more"),
                    Span(start=0, end=5, text="Long"),
                ],
            )
        ],
    )
    page = Page(render_html(document)).text
    assert "2 span(s) do not match the text" in page
    assert "Short." in page


def test_several_documents_go_into_one_page_in_order() -> None:
    """``render_page`` writes one section per document, in input order."""
    documents = [Document(id=f"d{i}", text=f"Text number {i}.") for i in range(3)]
    html = "".join(render_page(documents, title="batch"))
    assert html.count('<section class="ne-document"') == 3
    assert (
        html.index("Text number 0.") < html.index("Text number 1.") < html.index("Text number 2.")
    )
    assert "<title>batch</title>" in html


def test_render_command_skips_a_broken_line_and_renders_the_rest(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A broken line is reported by file and line (exit 1); the other documents are shown."""
    source = tmp_path / "docs.jsonl"
    lines = [
        newsevents.dumps(Document(id="first", text="First article.")),
        "[1, 2",
        newsevents.dumps(Document(id="second", text="Second article.")),
    ]
    source.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = tmp_path / "page.html"
    assert main(["render", str(source), "-o", str(out)]) == 1
    err = capsys.readouterr().err
    assert f"{source}:2: $: malformed JSON" in err
    assert "2 document(s)" in err
    page = Page(out.read_text(encoding="utf-8")).text
    assert "First article." in page
    assert "Second article." in page


def test_render_command_writes_nothing_when_no_document_can_be_read(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """With no readable document there is no page, and the exit code is 1."""
    source = tmp_path / "docs.jsonl"
    source.write_text("not json\n", encoding="utf-8")
    out = tmp_path / "page.html"
    assert main(["render", str(source), "-o", str(out)]) == 1
    assert "no document to render" in capsys.readouterr().err
    assert not out.exists()
    assert [path.name for path in tmp_path.iterdir()] == ["docs.jsonl"]


def seed_document(seed_gold_path: Path, seed_txt: Path) -> Document:
    """Return the seed's gold annotation, or a small annotation of the seed built here."""
    if seed_gold_path.exists():
        return newsevents.loads(seed_gold_path.read_bytes())
    raw = seed_txt.read_text(encoding="utf-8")
    text = raw.split(" date 2023-07-19 ", 1)[1]
    kerry = Actor(
        id="a1",
        kind=ActorKind.PERSON,
        name="John Kerry",
        mentions=[span(text, "John Kerry")],
    )
    statement = Statement(
        id="s1",
        speaker="a1",
        cue=span(text, "highlighted"),
        content=[span(text, "the potential for climate cooperation")],
        kind=StatementKind.INDIRECT,
    )
    meeting = Meeting(
        id="m1", kind=MeetingKind.MEETING, trigger=span(text, "meeting"), participants=["a1"]
    )
    return Document(
        id="seed",
        text=text,
        date="2023-07-19",
        actors=[kerry],
        statements=[statement],
        meetings=[meeting],
        topics=[
            Topic(
                id="t1", label="climate cooperation", mentions=[span(text, "climate cooperation")]
            )
        ],
    )


def chromium() -> str:
    """Return the path of headless Chromium, or skip the test when it is not installed."""
    for name in ("chromium", "chromium-browser"):
        found = shutil.which(name)
        if found:
            return found
    pytest.skip("chromium is not installed (apt-get install chromium); CI installs it")


def run_chromium(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """Run headless Chromium with no network services and a throwaway profile."""
    command = [
        chromium(),
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        f"--user-data-dir={tmp_path / 'profile'}",
        *args,
    ]
    return subprocess.run(command, capture_output=True, text=True, timeout=120, check=True)


@pytest.mark.slow
def test_the_seed_page_opens_in_chromium_with_its_legend_and_lists(
    tmp_path: Path, seed_gold_path: Path, seed_txt: Path
) -> None:
    """Chromium loads the seed page: the text, the legend and the side lists are in its DOM."""
    document = seed_document(seed_gold_path, seed_txt)
    page_path = tmp_path / "seed.html"
    source = write_json(tmp_path, document)
    assert main(["render", str(source), "-o", str(page_path)]) == 0
    dom = Page(run_chromium(tmp_path, "--dump-dom", page_path.as_uri()).stdout)
    assert "article" in dom.tags
    assert "script" not in dom.tags
    for layer in LAYERS:
        assert f"{layer.label} (" in dom.text
    assert f"Statements ({len(document.statements)})" in dom.text
    assert f"Meetings ({len(document.meetings)})" in dom.text
    # The article text comes through whole, however many spans cut it.
    assert document.text in dom.text
    highlighted = [a for a in dom.attributes if (a.get("class") or "").startswith("ne-")]
    assert any("ne-actor" in (a.get("class") or "") for a in highlighted)
    assert any("ne-cue" in (a.get("class") or "") for a in highlighted)


def write_json(tmp_path: Path, document: Document) -> Path:
    """Write ``document`` as a .json file and return its path."""
    path = tmp_path / "document.json"
    path.write_text(newsevents.dumps(document), encoding="utf-8")
    return path


@pytest.mark.slow
def test_a_script_in_the_article_does_not_run_in_chromium(tmp_path: Path) -> None:
    """A script tag in the text is shown as text in a real browser and changes nothing."""
    text = "<script>document.body.setAttribute('data-owned', 'yes')</script> Kerry spoke."
    page_path = tmp_path / "evil.html"
    page_path.write_text(render_html(Document(id="d1", text=text)), encoding="utf-8")
    dom_html = run_chromium(tmp_path, "--dump-dom", page_path.as_uri()).stdout
    dom = Page(dom_html)
    assert "data-owned" not in " ".join(" ".join(a) for a in dom.attributes)
    assert "script" not in dom.tags
    assert text in dom.text


@pytest.mark.slow
def test_a_screenshot_of_the_seed_page_has_the_requested_size(
    tmp_path: Path, seed_gold_path: Path, seed_txt: Path
) -> None:
    """Chromium draws the seed page into a PNG of the window size, with real content."""
    page_path = tmp_path / "seed.html"
    page_path.write_text(render_html(seed_document(seed_gold_path, seed_txt)), encoding="utf-8")
    png = tmp_path / "seed.png"
    run_chromium(tmp_path, f"--screenshot={png}", "--window-size=1200,1600", page_path.as_uri())
    data = png.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", data[16:24])
    assert (width, height) == (1200, 1600)
    # A blank page compresses to a few kilobytes; highlighted text does not.
    assert len(data) > 50_000
