"""Id, date and outlet rules, the ingest data file, and feed HTML to text."""

from __future__ import annotations

import pytest

from claimledger.ingest.fields import normalise_date, outlet_from_url, outlet_name, short_id
from claimledger.ingest.htmltext import html_to_text
from claimledger.ingest.settings import get_settings


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("2026-11-24", "2026-11-24"),
        ("2026-11-24T23:10:00+05:00", "2026-11-24"),  # the written day, not UTC's
        ("2026-11-24 08:00", "2026-11-24"),
        ("Tue, 24 Nov 2026 10:00:00 GMT", "2026-11-24"),  # RFC 2822 from feeds
        ("24 November 2026", "2026-11-24"),
        ("24th November 2026", "2026-11-24"),
        ("November 24, 2026", "2026-11-24"),
        ("Tuesday, 24 November 2026", "2026-11-24"),
        ("2026/11/24", "2026-11-24"),
        ("24.11.2026", "2026-11-24"),
        (1795510800, "2026-11-24"),  # Unix seconds
        ("2026-02-30", None),  # no such day
        ("last Tuesday", None),
        ("", None),
        (2026, None),  # a bare year is not a day
        (None, None),
    ],
)
def test_normalise_date(raw: object, expected: str | None) -> None:
    assert normalise_date(raw) == expected


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://www.example.org/world/1", "example.org"),
        ("http://News.Example.COM:8080/a", "news.example.com"),
        ("https://wwwexample.org/", "wwwexample.org"),
        ("ftp://example.org/file", None),
        ("not a url", None),
        (None, None),
    ],
)
def test_outlet_from_url(url: str | None, expected: str | None) -> None:
    assert outlet_from_url(url) == expected


def test_outlet_name_from_string_or_object() -> None:
    assert outlet_name("  Wire   Daily ") == "Wire Daily"
    assert outlet_name({"id": "wd", "name": "Wire Daily"}) == "Wire Daily"
    assert outlet_name({"title": "Front Desk", "href": "https://x"}) == "Front Desk"
    assert outlet_name(42) is None and outlet_name("  ") is None


def test_short_id_keeps_safe_ids_and_slugs_links() -> None:
    assert short_id("wire-778") == "wire-778"
    link = short_id("https://example.org/2026/11/depot-strike.html?ref=rss")
    assert link.startswith("depot-strike-") and len(link) == len("depot-strike-") + 8
    # Same ending, different link: different ids.
    assert short_id("https://a.example/x/depot-strike") != short_id("https://b.example/depot-strike")
    assert short_id("urn:uuid:abc") == short_id("urn:uuid:abc")
    assert "/" not in short_id("https://example.org/?p=12") and short_id("https://example.org/?p=12")


def test_data_file_maps_extensions_to_readers() -> None:
    settings = get_settings()
    assert [settings.format_of(e) for e in (".TXT", ".md", ".htm", ".jsonl", ".atom", ".pdf")] == [
        "text", "text", "html", "jsonl", "feed", None,
    ]


def test_data_file_skips_gold_files_and_notes_in_folder_walks() -> None:
    settings = get_settings()
    assert settings.walk_skips("seed-nk-troops.claims.jsonl")
    assert settings.walk_skips("README.md")
    assert not settings.walk_skips("seed-nk-troops.txt")


def test_data_file_lists_the_json_field_aliases() -> None:
    assert get_settings().fields["title"][:2] == ("title", "headline")


def test_html_to_text_one_line_per_block_without_scripts() -> None:
    fragment = (
        "<div>Ten <i>killed</i><br/>near &quot;Marvik&quot;</div>"
        "<script>x()</script><ul><li>a</li><li>b</li></ul>"
    )
    assert html_to_text(fragment) == 'Ten killed\nnear "Marvik"\na\nb'
