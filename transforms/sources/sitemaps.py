"""News sitemaps as a source: Google News ``<news:news>`` sitemaps, plain sitemaps, sitemap indexes.

:func:`parse_sitemap` turns one sitemap document into the same
:class:`~transforms.records.ParsedFeed` a feed gives (so state, dedup and health
are shared): each ``<url>`` is an entry whose link is its ``<loc>``, title the
``<news:title>``, date the ``<news:publication_date>`` (else ``<lastmod>``). A
``<sitemapindex>`` gives no entries but its child sitemaps (with ``lastmod``), which
the poller fetches through the same polite fetcher.

Why our own parser: trafilatura's ``sitemaps`` module finds only ``<loc>`` URLs
(with regular expressions) and fetches by itself, so it cannot give the news title
and publication date; ultimate-sitemap-parser fetches with its own HTTP client
(no politeness, robots or address checks of ours). The parsing itself is small:
``defusedxml`` (no DTDs, no entity expansion, no network) and namespace-agnostic
matching of local names, which also accepts the common mistakes of real sitemaps
(a wrong or missing namespace URI, ``<news:news>`` without ``<news:publication>``).
Gzipped sitemaps (``.xml.gz`` served as ``application/x-gzip``) are decompressed.
"""

from __future__ import annotations

import gzip
import io
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from typing import Any

import defusedxml.ElementTree as DET
from defusedxml import DefusedXmlException

from transforms.clean.normalize import normalize_unicode
from transforms.records import FeedEntry, ParsedFeed
from transforms.sources.feeds import iso_datetime
from transforms.sources.urls import canonicalize_url

MAX_SITEMAP_BYTES = 50 * 1024 * 1024  # the sitemaps.org limit for one (uncompressed) file
MAX_CHILDREN = 50  # child sitemaps fetched per poll of an index (the newest first)


@dataclass(frozen=True)
class Sitemap:
    """One parsed sitemap document.

    Attributes:
        parsed: Entries (``ok=False`` with the reason for a document that is no sitemap).
        children: ``(url, lastmod)`` of the sitemaps an index lists, newest first.
        news: How many entries had ``<news:news>``.
    """

    parsed: ParsedFeed
    children: tuple[tuple[str, str | None], ...] = field(default_factory=tuple)
    news: int = 0


def _local(tag: Any) -> str:
    if not isinstance(tag, str):
        return ""
    return tag.rsplit("}", 1)[-1].lower()


def _child(element: ET.Element, name: str) -> ET.Element | None:
    for sub in element:
        if _local(sub.tag) == name:
            return sub
    return None


def _text(element: ET.Element | None, prose: bool = False) -> str | None:
    if element is None:
        return None
    text = (element.text or "").strip() if not len(element) else "".join(element.itertext()).strip()
    if not text:
        return None
    return normalize_unicode(" ".join(text.split())) if prose else text


def _find(element: ET.Element, name: str) -> ET.Element | None:
    for sub in element.iter():
        if _local(sub.tag) == name:
            return sub
    return None


def is_sitemap(data: bytes) -> bool:
    """True when a document's root element is ``<urlset>`` or ``<sitemapindex>`` (a cheap sniff)."""
    head = _maybe_gunzip(data[: 1 << 16], partial=True)[:4096].lower()
    return b"<urlset" in head or b"<sitemapindex" in head


def _maybe_gunzip(data: bytes, partial: bool = False) -> bytes:
    if data[:2] != b"\x1f\x8b":
        return data
    if partial:
        try:
            return gzip.GzipFile(fileobj=io.BytesIO(data)).read(8192)
        except (OSError, EOFError):
            return b""
    return gzip.decompress(data)


def _url(value: str | None, base: str | None) -> str | None:
    if not value:
        return None
    try:
        return canonicalize_url(value, base)
    except ValueError:
        return None


def parse_sitemap(data: bytes, *, url: str | None = None) -> Sitemap:
    """Parse a sitemap, news sitemap or sitemap index; never raises.

    Args:
        data: The document's bytes (gzip accepted).
        url: Where it came from (relative ``<loc>`` values are resolved against it).

    Returns:
        The entries (or the index's children), or ``ok=False`` with the reason.
    """
    try:
        raw = _maybe_gunzip(data)
    except (OSError, EOFError) as exc:
        return Sitemap(ParsedFeed(ok=False, error=f"not a sitemap: bad gzip data ({exc})"))
    if len(raw) > MAX_SITEMAP_BYTES:
        return Sitemap(ParsedFeed(ok=False, error="sitemap larger than 50 MB"))
    try:
        root = DET.fromstring(raw, forbid_dtd=True)
    except DefusedXmlException as exc:
        return Sitemap(ParsedFeed(ok=False, error=f"sitemap refused: {type(exc).__name__} (DTD or entities)"))
    except ET.ParseError as exc:
        return Sitemap(ParsedFeed(ok=False, error=f"not a sitemap: XML not well-formed: {exc}"))
    kind = _local(root.tag)
    if kind == "sitemapindex":
        children: list[tuple[str, str | None]] = []
        for node in root:
            if _local(node.tag) != "sitemap":
                continue
            loc = _url(_text(_child(node, "loc")), url)
            if loc:
                children.append((loc, iso_datetime(_text(_child(node, "lastmod")))))
        children.sort(key=lambda c: c[1] or "", reverse=True)
        return Sitemap(ParsedFeed(ok=True, type="sitemapindex"), tuple(children))
    if kind != "urlset":
        return Sitemap(ParsedFeed(ok=False, error=f"not a sitemap: XML document with root element <{kind}>"))
    entries: list[FeedEntry] = []
    news_count = 0
    for node in root:
        if _local(node.tag) != "url":
            continue
        link = _url(_text(_child(node, "loc")), url)
        if not link:
            continue
        news = _child(node, "news")
        title = published = None
        if news is not None:
            news_count += 1
            title = _text(_find(news, "title"), prose=True)
            published = iso_datetime(_text(_find(news, "publication_date")))
        if published is None:
            published = iso_datetime(_text(_child(node, "lastmod")))
        entries.append(FeedEntry(guid=link, title=title, link=link, published=published))
    kind_name = "sitemap-news" if news_count else "sitemap"
    return Sitemap(ParsedFeed(ok=True, type=kind_name, entries=tuple(entries), link=url), (), news_count)
