"""Readers: one test per format and per kind of bad input, folders, stdin, batches."""

from __future__ import annotations

import io
import json
import os
from pathlib import Path

import pytest

from claimledger.ingest.readers import (
    DEFAULT_MAX_BYTES,
    ReadFailure,
    iter_inputs,
    read_bytes,
    read_path,
)
from claimledger.records import Document

TEXT = "Officials said twelve soldiers were killed and 40 wounded near the bridge on Monday."


def write(path: Path, content: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8", newline="")
    return path


def only(items: list) -> Document | ReadFailure:
    assert len(items) == 1, items
    return items[0]


def failure(path: Path) -> ReadFailure:
    item = only(read_path(path))
    assert isinstance(item, ReadFailure), item
    assert item.source == str(path)
    assert str(item).startswith(f"{path}: ")
    assert "\n" not in str(item)
    return item


# --- plain text -------------------------------------------------------------------------


def test_text_file_keeps_text_exactly_but_drops_a_bom(tmp_path: Path) -> None:
    raw = "\ufeffHeadline here\r\n\r\n" + TEXT + "  \n"
    doc = only(read_path(write(tmp_path / "bridge-report.txt", raw)))
    assert isinstance(doc, Document)
    assert doc.id == "bridge-report"
    assert doc.text == raw[1:]  # CRLF and trailing spaces kept: claim offsets index this
    assert doc.source == str(tmp_path / "bridge-report.txt")


@pytest.mark.parametrize("name", ["notes.md", "wire.text", "story.log", "README"])
def test_markdown_text_and_unknown_extensions_read_as_text(tmp_path: Path, name: str) -> None:
    doc = only(read_path(write(tmp_path / name, TEXT)))
    assert isinstance(doc, Document) and doc.text == TEXT and doc.meta["format"] == "text"


def test_utf16_text_with_a_bom_is_decoded(tmp_path: Path) -> None:
    doc = only(read_path(write(tmp_path / "u16.txt", TEXT.encode("utf-16"))))
    assert isinstance(doc, Document) and doc.text == TEXT


# --- HTML -------------------------------------------------------------------------------

PAGE = """<!DOCTYPE html><html><head><title>Bridge attack | The Example Post</title>
<link rel="canonical" href="https://www.examplepost.org/world/bridge-attack"/>
<meta property="og:site_name" content="The Example Post"/>
<meta property="article:published_time" content="2026-03-03T08:15:00+02:00"/>
</head><body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>Bridge attack</h1><p>{text}</p>
<p>The regional governor claimed that at least thirty civilians had been hurt.</p></article>
<footer>All rights reserved by nobody in particular.</footer></body></html>"""


def test_html_main_text_and_metadata(tmp_path: Path) -> None:
    doc = only(read_path(write(tmp_path / "bridge.html", PAGE.format(text=TEXT))))
    assert isinstance(doc, Document)
    assert doc.id == "bridge"
    assert TEXT in doc.text and "thirty civilians" in doc.text
    assert "Home" not in doc.text and "All rights reserved" not in doc.text
    assert doc.title and doc.title.startswith("Bridge attack")
    assert doc.date == "2026-03-03"
    assert doc.url == "https://www.examplepost.org/world/bridge-attack"
    assert doc.outlet == "The Example Post"


def test_html_outlet_falls_back_to_url_host(tmp_path: Path) -> None:
    page = (
        '<html><head><title>Bridge attack</title><link rel="canonical" '
        'href="https://www.examplepost.org/world/bridge-attack"/></head>'
        f"<body><article><p>{TEXT}</p></article></body></html>"
    )
    doc = only(read_path(write(tmp_path / "b.htm", page)))
    assert isinstance(doc, Document)
    assert (doc.outlet, doc.date, doc.title) == ("examplepost.org", None, "Bridge attack")


def test_html_fragment_without_html_tag_is_read(tmp_path: Path) -> None:
    doc = only(read_path(write(tmp_path / "frag.html", f"<p>{TEXT}</p>")))
    assert isinstance(doc, Document) and doc.text == TEXT


def test_saved_page_with_a_leading_comment_keeps_its_head_out_of_the_text(tmp_path: Path) -> None:
    page = "<!-- saved from url=(0040)https://www.examplepost.org/world/a -->\n" + PAGE.format(
        text=TEXT
    )
    doc = only(read_path(write(tmp_path / "saved.html", page)))
    assert isinstance(doc, Document)
    assert doc.text.startswith("Bridge attack\n" + TEXT) and "Home" not in doc.text
    assert doc.outlet == "The Example Post"


def test_html_in_a_declared_legacy_charset_is_decoded(tmp_path: Path) -> None:
    page = PAGE.format(text="Caf\u00e9 owners said five people were hurt in the strike.")
    page = page.replace("<head>", '<head><meta charset="windows-1252">')
    doc = only(read_path(write(tmp_path / "latin.html", page.encode("windows-1252"))))
    assert isinstance(doc, Document) and "Caf\u00e9 owners" in doc.text


def test_html_without_article_text_fails(tmp_path: Path) -> None:
    path = write(tmp_path / "menu.html", "<html><body><script>var x = 1;</script></body></html>")
    assert failure(path).reason == "no article text found in the HTML"


def test_malformed_html_that_yields_nothing_fails(tmp_path: Path) -> None:
    path = write(tmp_path / "broken.html", "<html><<<>>><body></</html>")
    assert failure(path).reason == "no article text found in the HTML"


def test_unclosed_tags_are_forgiven(tmp_path: Path) -> None:
    page = f"<html><body><article><p>{TEXT}<p>Second <b>paragraph of the report."
    doc = only(read_path(write(tmp_path / "sloppy.html", page)))
    assert isinstance(doc, Document)
    assert doc.text.startswith(TEXT) and "Second paragraph" in doc.text


# --- JSON and JSON Lines ----------------------------------------------------------------


def test_json_article_object(tmp_path: Path) -> None:
    article = {
        "id": 4021,
        "url": "https://www.wirenews.example/a/4021",
        "title": "  Bridge\n attack ",
        "date": "2026-03-03T10:00:00Z",
        "text": TEXT,
    }
    doc = only(read_path(write(tmp_path / "a.json", json.dumps(article))))
    assert isinstance(doc, Document)
    assert (doc.id, doc.text, doc.title, doc.date) == ("4021", TEXT, "Bridge attack", "2026-03-03")
    assert doc.outlet == "wirenews.example"


def test_json_without_id_takes_the_file_stem(tmp_path: Path) -> None:
    doc = only(read_path(write(tmp_path / "lone.json", json.dumps({"text": TEXT}))))
    assert isinstance(doc, Document) and doc.id == "lone"


def test_json_list_reads_each_item_and_reports_bad_ones(tmp_path: Path) -> None:
    items = [{"text": "One killed."}, {"title": "no body"}, {"id": "x9", "text": "Two hurt."}]
    path = write(tmp_path / "batch.json", json.dumps(items))
    got = read_path(path)
    assert [d.id for d in got if isinstance(d, Document)] == ["batch-1", "x9"]
    bad = [f for f in got if isinstance(f, ReadFailure)]
    assert [str(f) for f in bad] == [f'{path}: item 2: missing "text" field']


def test_jsonl_one_article_a_line_bad_line_named(tmp_path: Path) -> None:
    lines = [
        json.dumps({"id": "n1", "text": "Three killed.", "source": "Wire Daily"}),
        "",
        '{"id": "n2", "text": ',
        json.dumps({"text": "Four wounded.", "date": "Tue, 03 Mar 2026 23:30:00 -0500"}),
    ]
    path = write(tmp_path / "feed.jsonl", "\n".join(lines) + "\n")
    got = read_path(path)
    assert [type(x).__name__ for x in got] == ["Document", "ReadFailure", "Document"]
    first, bad, last = got
    assert first.id == "n1" and first.outlet == "Wire Daily"
    assert bad.source == f"{path}:3" and "malformed JSON" in bad.reason
    assert last.id == "feed-4" and last.date == "2026-03-03"  # fallback id is <stem>-<line>


def test_malformed_json_names_line_and_column(tmp_path: Path) -> None:
    path = write(tmp_path / "bad.json", '{\n  "text": "ok",\n  "id" 5\n}')
    assert failure(path).reason.startswith("malformed JSON at line 3, column 8:")


def test_json_missing_text_fails(tmp_path: Path) -> None:
    path = write(tmp_path / "notext.json", json.dumps({"id": "a", "title": "t"}))
    assert failure(path).reason == 'missing "text" field'


def test_json_text_that_is_not_a_string_fails(tmp_path: Path) -> None:
    path = write(tmp_path / "list.json", json.dumps({"text": ["para one", "para two"]}))
    assert failure(path).reason == '"text" must be a string, not a list'


def test_json_that_is_not_an_object_fails(tmp_path: Path) -> None:
    reason = failure(write(tmp_path / "n.json", "42")).reason
    assert reason == "expected a JSON object, got a number"


# --- feeds ------------------------------------------------------------------------------

RSS = """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Example Wire</title><link>https://www.examplewire.net/</link>
<item><title>Shelling in Marvik</title>
<link>https://www.examplewire.net/2026/03/shelling-in-marvik.html?ref=rss</link>
<guid isPermaLink="true">https://www.examplewire.net/2026/03/shelling-in-marvik.html?ref=rss</guid>
<pubDate>Tue, 03 Mar 2026 23:30:00 -0500</pubDate>
<description>&lt;p&gt;Seven people were &lt;b&gt;killed&lt;/b&gt; in Marvik.&lt;/p&gt;
&lt;p&gt;Two &amp;amp; more hurt.&lt;/p&gt;</description>
</item>
<item><title>Short note</title><guid isPermaLink="false">wire-778</guid>
<description>Officials said 20 were wounded.</description></item>
</channel></rss>"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Front Desk</title>
<entry><id>tag:frontdesk.example,2026:entry-5</id><title>Convoy hit</title>
<link href="https://frontdesk.example/convoy"/><updated>2026-02-10T06:00:00Z</updated>
<summary>Short summary.</summary>
<content type="html">&lt;p&gt;A convoy was hit; three drivers died.&lt;/p&gt;
&lt;script&gt;x()&lt;/script&gt;</content>
</entry></feed>"""


def test_rss_one_document_per_entry(tmp_path: Path) -> None:
    got = read_path(write(tmp_path / "wire.rss", RSS))
    assert all(isinstance(d, Document) for d in got) and len(got) == 2
    first, second = got
    assert first.text == "Seven people were killed in Marvik.\nTwo & more hurt."
    slug = "shelling-in-marvik-"
    assert first.id.startswith(slug) and len(first.id) == len(slug) + 8
    assert first.date == "2026-03-03"  # the outlet's own day, not shifted to UTC
    assert first.outlet == "examplewire.net" and first.title == "Shelling in Marvik"
    assert (second.id, second.text) == ("wire-778", "Officials said 20 were wounded.")


def test_feed_ids_are_stable_between_reads(tmp_path: Path) -> None:
    path = write(tmp_path / "wire.xml", RSS)
    assert [d.id for d in read_path(path)] == [d.id for d in read_path(path)]


def test_atom_prefers_full_content_over_summary(tmp_path: Path) -> None:
    doc = only(read_path(write(tmp_path / "desk.atom", ATOM)))
    assert isinstance(doc, Document)
    assert doc.text == "A convoy was hit; three drivers died."
    assert doc.id.startswith("entry-5-") and doc.date == "2026-02-10"
    assert doc.url == "https://frontdesk.example/convoy" and doc.outlet == "frontdesk.example"


def test_feed_entry_without_text_fails_alone(tmp_path: Path) -> None:
    feed = RSS.replace("<description>Officials said 20 were wounded.</description>", "")
    path = write(tmp_path / "wire.rss", feed)
    got = read_path(path)
    assert isinstance(got[0], Document)
    assert str(got[1]) == f"{path}: entry 2 (wire-778) has no text"


def test_xml_that_is_not_a_feed_fails(tmp_path: Path) -> None:
    path = write(tmp_path / "config.xml", "<settings><colour>red</colour></settings>")
    assert failure(path).reason == "feed has no entries"


def test_broken_feed_fails(tmp_path: Path) -> None:
    path = write(tmp_path / "cut.rss", "<rss><channel><title>Cut off")
    assert failure(path).reason.startswith("not a valid RSS/Atom feed")


# --- bad input of every kind ------------------------------------------------------------


def test_missing_path_fails(tmp_path: Path) -> None:
    assert failure(tmp_path / "nowhere.txt").reason == "no such file or directory"


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root reads anything")
def test_unreadable_file_fails(tmp_path: Path) -> None:
    path = write(tmp_path / "locked.txt", TEXT)
    path.chmod(0)
    assert failure(path).reason == "cannot read: Permission denied"


def test_path_through_a_file_cannot_be_read(tmp_path: Path) -> None:
    # Not a permissions case (tests may run as root), but the same branch: the OS refuses.
    inner = write(tmp_path / "plain.txt", TEXT) / "inner.txt"
    assert failure(inner).reason == "cannot read: Not a directory"


def test_empty_file_fails(tmp_path: Path) -> None:
    assert failure(write(tmp_path / "empty.txt", b"")).reason == "empty file"


def test_whitespace_only_file_fails(tmp_path: Path) -> None:
    reason = failure(write(tmp_path / "blank.txt", " \n\t\n")).reason
    assert reason == "empty file (only whitespace)"


def test_file_over_the_limit_says_size_and_limit(tmp_path: Path) -> None:
    path = write(tmp_path / "big.txt", "x" * 2000)
    assert failure_with_limit(path, 1000) == "file is 2,000 bytes, over the limit of 1,000 bytes"


def failure_with_limit(path: Path, limit: int) -> str:
    item = only(list(iter_inputs([path], max_bytes=limit)))
    assert isinstance(item, ReadFailure)
    return item.reason


def test_default_limit_is_ten_megabytes() -> None:
    assert DEFAULT_MAX_BYTES == 10 * 1024 * 1024


def test_invalid_utf8_names_the_byte(tmp_path: Path) -> None:
    path = write(tmp_path / "latin1.txt", "Caf\u00e9 owners".encode("latin-1"))
    assert failure(path).reason == "not valid UTF-8 at byte 3"


def test_invalid_utf8_offset_counts_a_bom(tmp_path: Path) -> None:
    path = write(tmp_path / "bom.txt", b"\xef\xbb\xbfab\xff")
    assert failure(path).reason == "not valid UTF-8 at byte 5"


def test_nul_bytes_are_binary(tmp_path: Path) -> None:
    path = write(tmp_path / "image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    assert failure(path).reason == "binary data, not text (contains NUL bytes)"


def test_mostly_control_characters_are_binary(tmp_path: Path) -> None:
    path = write(tmp_path / "junk.txt", bytes(range(1, 9)) * 20 + b"some words")
    assert failure(path).reason.startswith("binary data, not text (")
    assert "% control characters)" in failure(path).reason


def test_a_few_control_characters_in_text_are_kept(tmp_path: Path) -> None:
    doc = only(read_path(write(tmp_path / "ff.txt", TEXT + "\x0c" + TEXT + "\x07")))
    assert isinstance(doc, Document) and "\x07" in doc.text


def test_special_file_is_not_read(tmp_path: Path) -> None:
    if not hasattr(os, "mkfifo"):
        pytest.skip("no FIFOs here")
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    assert failure(fifo).reason == "not a regular file"


# --- folders, batches, stdin ------------------------------------------------------------


def test_folder_walk_is_recursive_sorted_and_skips_hidden_and_other_files(tmp_path: Path) -> None:
    write(tmp_path / "b.txt", "Bee text.")
    write(tmp_path / "a" / "z.txt", "Zed text.")
    write(tmp_path / "a" / "c.json", json.dumps({"text": "See text."}))
    write(tmp_path / "c", "No extension.")
    write(tmp_path / ".hidden.txt", "Hidden.")
    write(tmp_path / ".git" / "x.txt", "Hidden folder.")
    write(tmp_path / "photo.png", b"\x89PNG\x00")
    write(tmp_path / "gold" / "a.claims.jsonl", '{"doc": "a"}\n')
    write(tmp_path / "README.md", "About this corpus.")
    got = read_path(tmp_path)
    assert all(isinstance(d, Document) for d in got), got
    assert [d.id for d in got] == ["c", "z", "b", "c"]
    assert [Path(d.source).relative_to(tmp_path).as_posix() for d in got] == [
        "a/c.json", "a/z.txt", "b.txt", "c",
    ]


def test_a_bad_file_does_not_stop_the_batch(tmp_path: Path) -> None:
    first = write(tmp_path / "one.txt", "First report.")
    bad = write(tmp_path / "two.json", "{ nope")
    last = write(tmp_path / "three.txt", "Third report.")
    got = list(iter_inputs([first, tmp_path / "gone.txt", bad, str(last)]))
    assert [str(x) if isinstance(x, ReadFailure) else x.id for x in got] == [
        "one",
        f"{tmp_path / 'gone.txt'}: no such file or directory",
        f"{bad}: malformed JSON at line 1, column 3: Expecting property name enclosed in "
        "double quotes",
        "three",
    ]


def test_stdin_plain_text() -> None:
    doc = only(list(iter_inputs(["-"], stdin=io.StringIO(TEXT))))
    assert isinstance(doc, Document) and (doc.id, doc.text, doc.source) == ("stdin", TEXT, "stdin")


def test_stdin_bytes_json_object() -> None:
    raw = json.dumps({"id": "s1", "text": TEXT}).encode()
    doc = only(list(iter_inputs(["-"], stdin=io.BytesIO(raw))))
    assert isinstance(doc, Document) and doc.id == "s1"


def test_stdin_json_list_and_jsonl() -> None:
    listed = list(iter_inputs(["-"], stdin=io.StringIO('[{"text": "a b"}, {"text": "c d"}]')))
    assert [d.id for d in listed] == ["stdin-1", "stdin-2"]
    lines = '{"text": "a b"}\n{"id": "k", "text": "c d"}\n'
    assert [d.id for d in iter_inputs(["-"], stdin=io.StringIO(lines))] == ["stdin-1", "k"]


def test_stdin_text_starting_with_a_bracket_that_is_not_json_fails_clearly() -> None:
    item = only(list(iter_inputs(["-"], stdin=io.StringIO("[Editor's note] Ten killed."))))
    assert isinstance(item, ReadFailure) and item.source == "stdin"
    assert item.reason.startswith("malformed JSON at line 1")


def test_stdin_empty_and_over_limit_fail() -> None:
    assert str(only(list(iter_inputs(["-"], stdin=io.StringIO(""))))) == "stdin: empty file"
    item = only(list(iter_inputs(["-"], stdin=io.StringIO("x" * 50), max_bytes=10)))
    assert str(item) == "stdin: input is over the limit of 10 bytes"


def test_read_bytes_picks_format_by_name() -> None:
    doc = only(read_bytes(json.dumps({"text": TEXT}).encode(), "upload.json"))
    assert isinstance(doc, Document) and doc.id == "upload" and doc.meta["format"] == "json"
    assert str(only(read_bytes(b"", "upload.txt"))) == "upload.txt: empty file"


def test_failure_message_is_one_line() -> None:
    assert str(ReadFailure("f.rss", "not a valid feed (line 3\n  col 4)")) == (
        "f.rss: not a valid feed (line 3 col 4)"
    )
