"""News sitemaps: real sitemap excerpts (tests/data/sitemaps/ORIGIN.md) and hostile XML (issue 13)."""

from __future__ import annotations

import gzip
from pathlib import Path

from transforms.sources.sitemaps import is_sitemap, parse_sitemap

DATA = Path(__file__).resolve().parents[1] / "data" / "sitemaps"


def test_google_news_sitemap_of_the_washington_post() -> None:
    data = (DATA / "washingtonpost-politics-news.xml").read_bytes()
    assert is_sitemap(data)
    sitemap = parse_sitemap(data)
    parsed = sitemap.parsed
    assert parsed.ok and parsed.type == "sitemap-news" and sitemap.news == 3
    first = parsed.entries[0]
    assert first.link is not None and first.link.startswith(
        "https://www.washingtonpost.com/politics/the-latest"
    )
    assert first.title == "The Latest: Roy Moore thanks Trump in new fundraising appeal"
    assert first.published == "2017-11-23T02:05:12+00:00"
    assert parsed.entries[2].title is not None and "Democrats’ request" in parsed.entries[2].title


def test_sitemap_index_children_newest_first_and_plain_child() -> None:
    index = parse_sitemap((DATA / "ripost-sitemapindex.xml").read_bytes())
    assert index.parsed.ok and not index.parsed.entries
    assert [c[0].rsplit("/", 1)[1] for c in index.children] == [
        "202606_sitemap.xml", "202605_sitemap.xml", "news_sitemap.xml",
    ]  # fmt: skip
    assert index.children[2][1] is None  # empty <lastmod>
    child = parse_sitemap((DATA / "ripost-202606.xml").read_bytes()).parsed
    assert child.type == "sitemap"
    links = [e.link for e in child.entries]
    assert (
        links[0] == links[2] == "https://ripost.hu/politik/2026/06/orban-viktor-nem-adom-fel"
    )  # utm dropped
    assert child.entries[0].published == "2026-06-14T07:15:00+00:00" and child.entries[0].title is None
    news = parse_sitemap((DATA / "ripost-news.xml").read_bytes(), url="https://ripost.hu/news_sitemap.xml")
    assert news.parsed.entries[0].title == "Kiderult a pihenteto alvas titka"


def test_gzip_case_variants_and_refusals() -> None:
    data = gzip.compress((DATA / "ripost-news.xml").read_bytes())
    assert is_sitemap(data) and parse_sitemap(data).parsed.ok
    odd = b'<?xml version="1.0"?><sitemapIndex><sitemap><loc>http://www.people.cn/a.xml</loc></sitemap></sitemapIndex>'
    assert parse_sitemap(odd).children == (("http://www.people.cn/a.xml", None),)
    bomb = b'<?xml version="1.0"?><!DOCTYPE l [<!ENTITY a "aaaa"><!ENTITY b "&a;&a;">]><urlset>&b;</urlset>'
    refused = parse_sitemap(bomb).parsed
    assert not refused.ok and "refused" in (refused.error or "")
    assert "not well-formed" in (parse_sitemap(b"<urlset><url>").parsed.error or "")
    assert "root element <rss>" in (parse_sitemap(b"<rss version='2.0'/>").parsed.error or "")
    assert not is_sitemap(b"<rss version='2.0'><channel/></rss>")
