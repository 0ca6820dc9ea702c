"""Cleaning of HTML article pages: charset, main text, metadata, then the text-path rules.

Steps:

1. Charset: the HTTP header, then ``<meta charset>``/``http-equiv``, then
   detection (:func:`transforms.clean.decode.decode_bytes`). A page declared as
   latin-1/cp1252/ASCII whose bytes are valid UTF-8 is UTF-8 (a common server
   misconfiguration; valid multi-byte UTF-8 is never an accident).
2. The article container, when the page marks it (``itemprop="articleBody"`` or
   a class used by the article templates of the big CMSs: ``fck_detail``,
   ``detail-content``, ``content_detail_news``...), is handed to trafilatura alone:
   on pages that use ``<article>`` for every teaser of a related-news list
   trafilatura otherwise stitches the teasers into the text. Without a container
   trafilatura reads the whole page. trafilatura runs with ``deduplicate=False``
   (its in-process cache would drop paragraphs seen in earlier pages) and
   ``include_comments=False``.
3. The sapo (lead) often stands outside the container; when the page has one
   (a ``sapo``/``description`` element whose text matches the meta description)
   and the text lacks it, it is put first.
4. Metadata: ``article:published_time``, ``datePublished`` (meta or JSON-LD), a
   visible time line, then trafilatura's date; local times get +07:00. Title from
   trafilatura (og:title, h1...). Publisher from the host (known outlets), else
   ``og:site_name``/trafilatura's site name.
5. The same normalization as the text path (:func:`normalize_unicode`, NFC first:
   some pages are NFD; :func:`canonical_tones`) and its helpers for chrome lines,
   captions, bylines, signatures and datelines.
"""

from __future__ import annotations

import copy
import json
import logging
import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from typing import Any
from urllib.parse import urlsplit

# Imported with the module (0.2-0.5 s), not on the first page: callers import this module lazily
# (transforms.article), only for HTML input.
import trafilatura
from htmldate import find_date
from lxml.etree import XPath
from trafilatura.metadata import (
    META_URL,
    examine_meta,
    extract_author,
    extract_meta_json,
    extract_sitename,
    extract_title,
    extract_url,
)
from trafilatura.settings import Extractor, set_date_params
from trafilatura.utils import load_html

from transforms.clean.decode import DecodeError, charset_from_content_type, decode_bytes
from transforms.clean.normalize import canonical_tones, fold, normalize_unicode
from transforms.clean.patterns import cue_pattern
from transforms.clean.publishers import PUBLISHERS
from transforms.clean.text import (
    _strip_chrome,
    is_caption,
    is_name,
    parse_byline,
    split_dateline,
    take_byline,
    take_signatures,
)
from transforms.records import CleanedText

logger = logging.getLogger(__name__)

VN_TZ = timezone(timedelta(hours=7))
# trafilatura's bias, measured (tests/unit/test_html_clean.py pages; article-extraction-benchmark,
# mean token F1 of 181 pages): inside a marked article container favor_recall keeps everything
# (favor_precision dropped 3-12 real paragraphs of the tuoitre and nld pages); on whole pages
# favor_precision is better (benchmark F1 0.969 against 0.959), the chrome being still around.
RECALL_IN_CONTAINER = True
RECALL_ON_PAGE = False

_META_CHARSET = re.compile(rb"<meta[^>]{0,200}?charset\s*=\s*[\"']?\s*([A-Za-z0-9_.:-]+)", re.IGNORECASE)
_LATIN_FAMILY = {"latin-1", "iso8859-1", "cp1252", "ascii", "iso-8859-1", "windows-1252", "us-ascii"}
_CONTAINER_CLASSES = (
    # (priority, class or id token); lower is better
    (1, "fck_detail"),
    (1, "detail-content"),
    (1, "detail__content"),
    (1, "content_detail_news"),
    (1, "singular-content"),
    (1, "maincontent"),
    (1, "article-body"),
    (1, "article__body"),
    (1, "article-content"),
    (1, "entry-content"),
    (1, "post-content"),
    (1, "cms-body"),
    (1, "story-body"),
    (1, "detail-body"),
    (2, "detail-cmain"),
    (2, "content-detail"),
)
_CONTAINER_PRIORITY = dict((token, prio) for prio, token in _CONTAINER_CLASSES)
# _Marked keeps elements whose class/id holds "detail", "content" or "body" (as every token of
# _CONTAINER_PRIORITY does), "sapo"/"lead"/... (_LEAD_CLASS) or "date"/"time"/... (_TIME_CLASS).
_MIN_CONTAINER_TEXT = 200
# Less text than this is no article (a menu link, "Trang chủ"): the caller uses the feed summary.
MIN_BODY_CHARS = 50
# A lead's class: "sapo", "article-lead", "detail_summary", "sapo-detail".
_LEAD_CLASS = cue_pattern(
    ("sapo", "lead", "description", "summary", "standfirst"),
    before=r"^(?:(?:detail|content-detail|article|entry|news|post|story)[-_])?",
    after=r"(?:[-_]detail)?$",
    capture=False,
)
_TIME_CLASS = re.compile(r"date|time|publish|ngay-dang", re.IGNORECASE)
_DATELINE_PREFIX = re.compile(r"^\(?[^()\s][^()]{0,24}\)?\s*[-–—]\s*")
_DATE_META_KEYS = (
    "article:published_time",
    "datepublished",
    "og:published_time",
    "pubdate",
    "publishdate",
    "publish-date",
    "dc.date.issued",
    "dcterms.created",
    "dc.date",
    "date",
    "parsely-pub-date",
    "sailthru.date",
)
_ISO_SPACE_OFFSET = re.compile(r"\s+(?=[+-]\d{2}:?\d{2}$|Z$)")
_TABLE_CELL = re.compile(r"^\|\s*([^|]+?)\s*\|$")
_SIGNATURE_SUFFIX = re.compile(r"\s*\((?:tổng hợp|lược dịch|dịch|biên dịch)\)\s*$", re.IGNORECASE)
_HTML_DROP = {
    fold(s) for s in ("Tải ứng dụng", "Tải ứng dụng:", "In bài viết", "Chia sẻ", "Lưu bài", "Nghe bài viết")
}
# fold() walks every character; a line this much longer than any _HTML_DROP key (after the
# " .:" strip) cannot fold to one, so long paragraphs skip it.
_HTML_DROP_SCAN = 4 * max(len(key) for key in _HTML_DROP)
_AUTHOR_NOISE = re.compile(
    r"https?://|www\.|\.(?:vn|com|net)\b|\b(?:vn|online|news|báo|vccorp)\b", re.IGNORECASE
)


def _empty(
    title: str | None = None, published: str | None = None, publisher: str | None = None
) -> CleanedText:
    return CleanedText(
        title=title, title_inferred=None, lead=None, body="", publisher=publisher, published=published
    )


def decode_html(data: bytes, content_type: str | None = None) -> str:
    """Decode page bytes: HTTP charset, then ``<meta>`` charset, then detection.

    Args:
        data: Raw page bytes.
        content_type: HTTP ``Content-Type`` header, when known.

    Returns:
        The page as text.

    Raises:
        DecodeError: empty or binary input, or an undetectable charset.
    """
    declared = charset_from_content_type(content_type)
    if not declared:
        match = _META_CHARSET.search(data[:16384])
        declared = match.group(1).decode("ascii", "replace").lower() if match else None
    if declared and declared.lower() in _LATIN_FAMILY:
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            pass
        else:
            if not text.isascii():
                return text
        declared = "cp1252"  # browsers read latin-1 and ASCII labels as windows-1252
    return decode_bytes(data, declared).text


def _meta(tree: Any) -> dict[str, str]:
    found: dict[str, str] = {}
    for element in tree.iter("meta"):
        content = element.get("content")
        if content is None:
            continue
        for attribute in ("property", "name", "itemprop"):
            key = element.get(attribute)
            if key:
                found.setdefault(key.strip().lower(), content.strip())
    return found


def _json_ld(tree: Any) -> list[dict[str, Any]]:
    objects: list[dict[str, Any]] = []

    def walk(node: Any) -> None:
        if isinstance(node, list):
            for item in node:
                walk(item)
        elif isinstance(node, dict):
            objects.append(node)
            if "@graph" in node:
                walk(node["@graph"])

    for script in tree.iter("script"):
        if (script.get("type") or "").strip().lower() != "application/ld+json" or not script.text:
            continue
        try:
            walk(json.loads(script.text, strict=False))
        except (ValueError, RecursionError):
            continue
    return objects


def _iso(value: str) -> tuple[str, bool] | None:
    """(ISO 8601 string, has a time) from a meta/JSON-LD date, local times at +07:00."""
    text = _ISO_SPACE_OFFSET.sub("", value.strip())
    if not text:
        return None
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        return None
    if len(text) <= 10:
        return moment.date().isoformat(), False
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=VN_TZ)
    return moment.isoformat(timespec="seconds"), True


# Only elements with a class, id or itemprop can be marked: libxml2 finds them (a Python walk
# over every element cost more than the tests below; an XPath doing the tests too, with
# translate() for the case, was ten times slower than that walk).
_MARKABLE = XPath("//*[@class or @id or @itemprop]")


class _Marked:
    """The page's elements that may be its article container, sapo or time line, in document order.

    One pass over the elements with a class, id or itemprop, with cheap substring tests, for the
    three searches below (each used to walk every element and run its regexes on every class).
    """

    __slots__ = ("containers", "leads", "times")

    def __init__(self, tree: Any) -> None:
        self.containers: list[Any] = []
        self.leads: list[Any] = []
        self.times: list[Any] = []
        for element in _MARKABLE(tree):
            tag = element.tag
            marker = f"{element.get('class') or ''} {element.get('id') or ''}"
            if len(marker) == 1:
                if element.get("itemprop") == "articleBody":
                    self.containers.append(element)
                continue
            # (or-chains: any() over a generator cost more than the tests themselves)
            if (
                "detail" in marker
                or "content" in marker
                or "body" in marker
                or element.get("itemprop") == "articleBody"
            ):
                self.containers.append(element)
            if not marker.isascii():  # the regexes' case folding, left to them
                if tag not in ("meta", "script", "style", "a"):
                    self.leads.append(element)
                if tag not in ("script", "style", "meta") and _TIME_CLASS.search(marker):
                    self.times.append(element)
                continue
            low = marker.lower()
            if tag not in ("meta", "script", "style", "a") and (
                "sapo" in low
                or "lead" in low
                or "description" in low
                or "summary" in low
                or "standfirst" in low
            ):
                self.leads.append(element)
            if tag not in ("script", "style", "meta") and (
                "date" in low or "time" in low or "publish" in low or "ngay-dang" in low
            ):
                self.times.append(element)


def _visible_time(marked: _Marked) -> str | None:
    """The time shown on the page (a ``date``/``time`` element such as "- 07/03/2026 08:47")."""
    for element in marked.times:
        text = " ".join(element.text_content().split())
        if not text or len(text) > 90:
            continue
        parsed = parse_byline(normalize_unicode(text))
        if parsed and parsed[1] and "T" in parsed[1]:
            return parsed[1]
    return None


def _published(meta: dict[str, str], ld: list[dict[str, Any]], marked: _Marked) -> str | None:
    """The page's own publication time: meta tags, JSON-LD, then the visible time line."""
    candidates: list[str] = []
    candidates.extend(meta[key] for key in _DATE_META_KEYS[:2] if key in meta)
    candidates.extend(str(obj["datePublished"]) for obj in ld if isinstance(obj.get("datePublished"), str))
    candidates.extend(meta[key] for key in _DATE_META_KEYS[2:] if key in meta)
    date_only: str | None = None
    for candidate in candidates:
        parsed = _iso(candidate)
        if parsed is None:
            continue
        if parsed[1]:
            return parsed[0]
        date_only = date_only or parsed[0]
    visible = _visible_time(marked)
    if visible and (date_only is None or visible.startswith(date_only)):
        return visible
    return date_only


def _tokens(element: Any) -> list[str]:
    return (element.get("class") or "").split() + ([element.get("id")] if element.get("id") else [])


def _find_container(marked: _Marked) -> Any | None:
    """The element holding the article text, when the page marks it; else None."""
    best: tuple[int, int, Any] | None = None
    for element in marked.containers:
        if element.get("itemprop") == "articleBody":
            priority = 0
        else:
            ranks = [_CONTAINER_PRIORITY[t] for t in _tokens(element) if t in _CONTAINER_PRIORITY]
            if not ranks:
                continue
            priority = min(ranks)
        size = len(element.text_content().strip())
        if size < _MIN_CONTAINER_TEXT:
            continue
        if best is None or (priority, -size) < (best[0], -best[1]):
            best = (priority, size, element)
    return best[2] if best else None


@contextmanager
def _alone(container: Any) -> Iterator[Any]:
    """A bare page holding the container, moved out of its page meanwhile and then put back.

    trafilatura copies the tree it is given, so a deep copy of the container here was a second one.
    """
    import lxml.html

    wrapper = lxml.html.fromstring("<html><head></head><body></body></html>")
    parent = container.getparent()
    if parent is None:  # the page's root element
        wrapper.find("body").append(copy.deepcopy(container))
        yield wrapper
        return
    index = parent.index(container)
    wrapper.find("body").append(container)  # moves it, with its tail
    try:
        yield wrapper
    finally:
        parent.insert(index, container)


def _lead_key(text: str) -> str:
    """Folded text without a dateline prefix ("(Chinhphu.vn) - "), for comparing a sapo and a description."""
    return fold(_DATELINE_PREFIX.sub("", " ".join(text.split())))


def _find_lead(marked: _Marked, description: str | None) -> str | None:
    """The visible sapo: a lead-classed element whose text matches the meta description."""
    wanted = _lead_key(description)[:40] if description else None
    fallback: str | None = None
    for element in marked.leads:
        if not any(_LEAD_CLASS.match(t) for t in _tokens(element)):
            continue
        text = normalize_unicode(" ".join(element.text_content().split())).strip()
        if not 30 <= len(text) <= 1500:
            continue
        key = _lead_key(text)
        if wanted and (key.startswith(wanted) or _lead_key(description or "").startswith(key[:40])):
            return text
        if fallback is None and "sapo" in " ".join(_tokens(element)).lower():
            fallback = text
    return fallback if not wanted else None


def _words(text: str) -> set[str]:
    return set(re.findall(r"\w+", fold(text)))


def _headline(tree: Any, declared: str | None) -> str | None:
    """The visible headline (the first ``<h1>``) when it is the article's title.

    ``og:title`` is sometimes an SEO variant of the printed headline (a real nld.com.vn
    page: "...quy định thuế mới" against the printed "...quy định mới về thuế"); an
    ``<h1>`` that shares most of its words with the declared title is the headline.
    A logo or section name in ``<h1>`` shares few and is ignored.
    """
    for element in tree.iter("h1"):
        text = normalize_unicode(" ".join(element.text_content().split())).strip()
        if not 8 <= len(text) <= 300:
            continue
        if not declared:
            return text
        ours, theirs = _words(text), _words(declared)
        if ours and theirs and len(ours & theirs) / len(ours | theirs) >= 0.5:
            return text
        return None
    return None


_TITLE_SEPARATOR = re.compile(r"\s(?:-|\||–|—|::)\s")
_SITE_NAME_MAX = 40  # site names in <title> are short; a longer tail is part of the headline


def _compact(text: str) -> str:
    return re.sub(r"[\W_]+", "", fold(text))


def _without_site_name(title: str | None, site_names: tuple[str | None, ...]) -> str | None:
    """The declared title without the site name the ``<title>`` appends ("Headline - Site").

    The tail after the last separator goes when it is the page's site name or starts its host
    ("... - 9to5Mac" on 9to5mac.com, "... | The Anti-June Cleaver" named so by ``og:site_name``).
    """
    if not title:
        return title
    title = title.rstrip(" -|–—") or title
    separators = list(_TITLE_SEPARATOR.finditer(title))
    if not separators:
        return title
    head, tail = title[: separators[-1].start()].rstrip(), _compact(title[separators[-1].end() :])
    if len(head) < 8 or not tail or len(tail) > _SITE_NAME_MAX:
        return title
    for name in site_names:
        key = _compact(name or "")
        key = key[3:] if key.startswith("www") else key
        if key and (tail == key or key.startswith(tail) or (tail.startswith(key) and len(key) >= 4)):
            return head
    return title


def _host_publisher(url: str | None) -> str | None:
    if not url:
        return None
    host = (urlsplit(url).hostname or "").lower()
    while host:
        if host in PUBLISHERS:
            return PUBLISHERS[host]
        host = host.partition(".")[2]
    return None


def _page_url(url: str | None, meta: dict[str, str], tree: Any) -> str | None:
    if url:
        return url
    for link in tree.iter("link"):
        if (link.get("rel") or "").lower() == "canonical" and link.get("href"):
            return str(link.get("href"))
    return meta.get("og:url")


def _authors(
    meta: dict[str, str], ld: list[dict[str, Any]], trafilatura_author: str | None, exclude: set[str]
) -> list[str]:
    names: list[str] = []
    raw: list[str] = []
    if meta.get("article:author"):
        raw.append(meta["article:author"])
    for obj in ld:
        author = obj.get("author")
        for item in author if isinstance(author, list) else [author]:
            if isinstance(item, dict) and isinstance(item.get("name"), str):
                raw.append(item["name"])
            elif isinstance(item, str):
                raw.append(item)
    if trafilatura_author:
        raw.extend(trafilatura_author.split(";"))
    for value in raw:
        name = normalize_unicode(" ".join(value.split())).strip()
        name = re.sub(r"^(?:theo|by)\s+", "", name, flags=re.IGNORECASE)
        if not name or _AUTHOR_NOISE.search(name) or fold(name) in exclude or not is_name(name):
            continue
        if fold(name) not in {fold(n) for n in names}:
            names.append(name)
    return names


def _assemble(
    text: str, title: str | None, lead_text: str | None
) -> tuple[list[str], list[str], list[str], str | None, str | None, bool]:
    """Paragraphs, captions, authors, publisher and time from the text; and whether it has a lead."""
    lines = [" ".join(line.split()) for line in normalize_unicode(text).split("\n")]
    lines = [line for line in lines if line]
    title_key = fold(title) if title else None
    while lines and title_key and fold(lines[0]).rstrip(" .") == title_key.rstrip(" ."):
        lines.pop(0)
    has_lead = False
    if lead_text:
        lead_key = fold(lead_text)[:50]
        if any(fold(line).startswith(lead_key) for line in lines[:3]):
            has_lead = True
        else:
            lines.insert(0, lead_text)
            has_lead = True
    lines = [
        line
        for line in lines
        if len(line.strip(" .:")) > _HTML_DROP_SCAN or fold(line).strip(" .:") not in _HTML_DROP
    ]
    lines = [line for line in _strip_chrome(lines) if line]

    authors: list[str] = []
    byline = take_byline(lines, authors)
    published = byline[0] if byline else None
    if byline and byline[1] == 0:
        has_lead = False
    tail, publisher = take_signatures(lines, lambda line: _SIGNATURE_SUFFIX.sub("", line))
    authors.extend(a for a in tail if a not in authors)

    paragraphs: list[str] = []
    captions: list[str] = []
    for i, line in enumerate(lines):
        cell = _TABLE_CELL.match(line)
        if cell:
            captions.append(cell.group(1))
            continue
        if (i > 0 or not has_lead) and is_caption(line):
            captions.append(line)
            continue
        if paragraphs and paragraphs[-1] == line:
            continue
        paragraphs.append(line)
    if paragraphs:
        first, dateline_publisher = split_dateline(paragraphs[0])
        if first.strip():
            paragraphs[0] = first
            publisher = dateline_publisher or publisher
    return paragraphs, captions, authors, publisher, published, has_lead


# Inside a marked container trafilatura skips its comparison with its readability port
# (``fast``): that fallback is for whole pages whose main text its own extractor missed; in the
# container it cost 13% of clean_html's time and changed 3 of 181 benchmark pages (mean F1
# 0.9724 -> 0.9730) and none of the 9 Vietnamese pages. Its baseline rescue of short texts stays.
FAST_IN_CONTAINER = True
# trafilatura's options, built once (an Extractor reads its config file settings: ~1 ms a page);
# each page gets a copy with its URL. Metadata is never asked of trafilatura's extraction:
# _page_info reads the fields this cleaner uses.
_OPTIONS = {
    in_container: Extractor(
        output_format="python",
        fast=FAST_IN_CONTAINER and in_container,
        precision=not (RECALL_IN_CONTAINER if in_container else RECALL_ON_PAGE),
        recall=RECALL_IN_CONTAINER if in_container else RECALL_ON_PAGE,
        comments=False,
        dedup=False,
        with_metadata=False,
    )
    for in_container in (True, False)
}


def _options(in_container: bool, page_url: str | None) -> Extractor:
    options = copy.copy(_OPTIONS[in_container])
    options.url = page_url
    options.source = page_url
    return options


@dataclass(frozen=True)
class _PageInfo:
    """What trafilatura's metadata gives this cleaner: declared title, author, site name, URL."""

    title: str | None
    author: str | None
    sitename: str | None
    url: str | None


def _page_info(tree: Any, default_url: str | None) -> _PageInfo:
    """trafilatura's ``extract_metadata`` for the fields used here.

    Its categories, tags and licence are not used (a third of its time), and its date
    (htmldate, with a text search) is asked only when the page's own dates fail
    (:func:`_fallback_date`).
    """
    metadata = examine_meta(tree)
    if metadata.author and " " not in metadata.author:
        metadata.author = None
    try:
        metadata = extract_meta_json(tree, metadata)
    except Exception as exc:  # trafilatura guards this call the same way (bugs in its JSON-LD reader)
        logger.debug("trafilatura's JSON-LD reader failed: %s", exc)
    title = metadata.title or extract_title(tree)
    author = metadata.author or extract_author(tree)
    url = metadata.url or extract_url(tree, default_url)
    sitename = metadata.sitename or extract_sitename(tree)
    if sitename:
        if isinstance(sitename, list):
            sitename = sitename[0]
        elif isinstance(sitename, dict):
            sitename = str(sitename)
        sitename = sitename.lstrip("@")
        if sitename and "." not in sitename and not sitename[0].isupper():
            sitename = sitename.title()
    elif url:
        match = META_URL.match(url)
        sitename = match[1] if match else None
    return _PageInfo(title=title or None, author=author or None, sitename=sitename or None, url=url)


def _fallback_date(tree: Any, info: _PageInfo) -> str | None:
    """trafilatura's date of the page (htmldate, as ``extract_metadata`` asks it)."""
    params = set_date_params(True)
    params["url"] = info.url
    found = find_date(tree, **params)
    return str(found) if found else None


def _extract_text(tree: Any, container: Any, page_url: str | None) -> str:
    """The article text: trafilatura in the container when the page marks one, else the whole page."""
    if container is not None:
        with _alone(container) as page:
            options = _options(True, page_url)
            extracted: Any = trafilatura.bare_extraction(page, options=options)
        body_text = (extracted.text if extracted is not None else None) or ""
        if body_text.strip():
            return body_text
    extracted = trafilatura.bare_extraction(tree, options=_options(False, page_url))
    return (extracted.text if extracted is not None else None) or ""


def clean_html(data: bytes, *, url: str | None = None, content_type: str | None = None) -> CleanedText:
    """Decode an article page and take it apart into the fields of the article record.

    Args:
        data: Raw page bytes.
        url: The page URL (resolves the publisher; passed to trafilatura).
        content_type: HTTP ``Content-Type``; its charset wins over the page's own.

    Returns:
        The cleaned article. ``body`` is empty when no article text was found (the
        caller then falls back to the feed summary); undecodable input gives an
        empty result too.
    """
    try:
        text = decode_html(data, content_type)
    except DecodeError:
        return _empty()
    tree = load_html(text)
    if tree is None:
        return _empty()
    meta = _meta(tree)
    ld = _json_ld(tree)
    description = meta.get("og:description") or meta.get("description")
    marked = _Marked(tree)
    lead_text = _find_lead(marked, description)
    page_url = _page_url(url, meta, tree)
    info = _page_info(tree, page_url)
    body_text = _extract_text(tree, _find_container(marked), page_url)

    declared_title = info.title or meta.get("og:title")
    site_names = (meta.get("og:site_name"), info.sitename, urlsplit(page_url or "").hostname)
    title_raw = _headline(tree, declared_title) or _without_site_name(declared_title, site_names)
    title = canonical_tones(" ".join(normalize_unicode(title_raw).split()))[0] if title_raw else None
    title = title or None
    site_name = meta.get("og:site_name") or info.sitename
    publisher = _host_publisher(page_url) or (normalize_unicode(site_name).strip() if site_name else None)
    published = _published(meta, ld, marked) or _fallback_date(tree, info)
    if not body_text.strip():
        return _empty(title, published, publisher)

    paragraphs, captions, authors, dateline_publisher, byline_time, has_lead = _assemble(
        body_text, title, lead_text
    )
    exclude = {fold(n) for n in (publisher, site_name) if n}
    for name in _authors(meta, ld, info.author, exclude):
        if fold(name) not in {fold(a) for a in authors}:
            authors.append(name)
    if sum(len(p) for p in paragraphs) < MIN_BODY_CHARS:
        return _empty(title, published or byline_time, publisher or dateline_publisher)
    body, changes = canonical_tones("\n\n".join(paragraphs))
    lead: str | None = None
    if paragraphs and (has_lead or len(paragraphs) > 1):
        lead = body[: len(paragraphs[0])]
    if published is None or (byline_time and len(published) == 10 and byline_time.startswith(published)):
        published = byline_time or published
    return CleanedText(
        title=title,
        title_inferred=None,
        lead=lead,
        body=body,
        captions=tuple(canonical_tones(c)[0] for c in captions),
        authors=tuple(canonical_tones(a)[0] for a in authors),
        publisher=publisher or dateline_publisher,
        published=published,
        spelling_original=changes,
    )
