"""Feed parsing: RSS 0.9x/1.0/2.0, Atom, CDF (via feedparser) and JSON Feed (our own).

:func:`parse_feed` never raises on bad input. A document that is no feed, or is
too broken to yield any item, gives ``ok=False`` and a reason a user understands
("not a feed: HTML page", "XML not well-formed at line 3, column 2: mismatched
tag"); a feed that is not well-formed but still yields items is ``ok`` with a
``warning``. Feedparser only ever sees bytes wrapped in a stream: given a plain
string it would open files or fetch URLs itself, and fetching is our job
(:mod:`transforms.sources.fetch`).
"""

from __future__ import annotations

import email.utils
import hashlib
import io
import json
import re
import time
import xml.parsers.expat
from datetime import datetime, timezone
from html.parser import HTMLParser
from typing import Any

from transforms.clean.normalize import normalize_unicode
from transforms.records import FeedEntry, ParsedFeed
from transforms.sources.urls import canonicalize_url

# A feed file bigger than this is not read by describe_feed_file (real feeds are < 2 MB).
MAX_FEED_BYTES = 50 * 1024 * 1024
_SKIP_PROLOG = re.compile(
    r"\A(?:\s+|<\?.*?\?>|<!--.*?-->|<!DOCTYPE(?:[^\[>]|\[.*?\])*>)*",
    re.DOTALL | re.IGNORECASE,
)
_ROOT = re.compile(r"<([A-Za-z_][\w:.-]*)")
_BLOCK_TAGS = frozenset(
    {"p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "table", "blockquote"}
    | {"section", "article", "figure", "figcaption", "pre", "hr", "dd", "dt"}
)
_SKIP_TAGS = frozenset({"script", "style", "noscript", "template", "iframe", "object"})
_SPACE_RUN = re.compile(r"[ \t]+")
_HTML_SPACE = re.compile(r"[ \t\r\n\f]+")
_ISO_SPACE_OFFSET = re.compile(r"\s+(?=[+-]\d{2}:?\d{2}$|Z$)")
_CONTROL = re.compile(rb"[\x00-\x08\x0e-\x1a\x1c-\x1f]")
# Byte-order marks (UTF-32 before UTF-16: FF FE 00 00 starts with FF FE) and, without a
# mark, how "<" or "{" looks in the wide encodings (XML 1.0 appendix F).
_BOMS = (
    (b"\xef\xbb\xbf", "utf-8"),
    (b"\xff\xfe\x00\x00", "utf-32-le"),
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
)
_UNMARKED = (
    (b"\x00\x00\x00", "utf-32-be"),
    (b"<\x00\x00\x00", "utf-32-le"),
    (b"{\x00\x00\x00", "utf-32-le"),
    (b"\x00<", "utf-16-be"),
    (b"\x00{", "utf-16-be"),
    (b"<\x00", "utf-16-le"),
    (b"{\x00", "utf-16-le"),
)


class _TextExtractor(HTMLParser):
    """HTML fragment -> plain text, block elements as line breaks, scripts dropped."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIP_TAGS:
            self._skip += 1
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP_TAGS:
            self._skip = max(0, self._skip - 1)
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self.parts.append(_HTML_SPACE.sub(" ", data))  # in HTML a line break is a space


def html_to_text(fragment: str) -> str:
    """Plain text of an HTML fragment (a feed summary): tags removed, entities resolved, NFC.

    Args:
        fragment: HTML or plain text.

    Returns:
        Normalized text, one line per block, no empty lines.
    """
    if "<" in fragment:
        parser = _TextExtractor()
        try:
            parser.feed(fragment)
            parser.close()
            fragment = "".join(parser.parts)
        except Exception:  # html.parser is lenient; this only guards odd assertion errors
            fragment = re.sub(r"<[^>]*>", " ", fragment)
    text = normalize_unicode(fragment)
    lines = (_SPACE_RUN.sub(" ", line).strip() for line in text.split("\n"))
    return "\n".join(line for line in lines if line)


def _clean_inline(value: Any) -> str | None:
    if not isinstance(value, str):
        return None
    text = html_to_text(value) if "<" in value else normalize_unicode(value)
    text = " ".join(text.split())
    return text or None


def iso_datetime(value: str | None, parsed: time.struct_time | None = None) -> str | None:
    """A feed date (RFC 822 or ISO 8601/W3CDTF) as ISO 8601, keeping the stated offset.

    Args:
        value: The date as written in the feed.
        parsed: Feedparser's UTC struct_time, used when the text cannot be parsed here.

    Returns:
        ``2026-03-07T08:01:53+07:00`` (no offset when the feed gives none), or None.
    """
    text = (value or "").strip()
    moment: datetime | None = None
    if text:
        try:
            moment = email.utils.parsedate_to_datetime(text)
        except (TypeError, ValueError, IndexError):
            moment = None
        if moment is None:
            candidate = _ISO_SPACE_OFFSET.sub("", text)
            try:
                moment = datetime.fromisoformat(candidate)
            except ValueError:
                moment = None
    if moment is None and parsed is not None:
        try:
            moment = datetime(*parsed[:6], tzinfo=timezone.utc)
        except (TypeError, ValueError):
            moment = None
    if moment is None:
        return None
    if moment.tzinfo is None and len(text) == 10 and text[4] == "-":
        return moment.date().isoformat()
    return moment.isoformat(timespec="seconds")


def _link(value: Any, base: str | None) -> str | None:
    if not isinstance(value, str) or not value.strip():
        return None
    try:
        return canonicalize_url(value, base)
    except ValueError:
        return None


def _guid(given: Any, link: str | None, title: str | None, summary: str | None, published: str | None) -> str:
    if isinstance(given, str | int) and str(given).strip():
        return str(given).strip()
    if link:
        return link
    digest = hashlib.sha1(f"{title}\x1f{summary}\x1f{published}".encode()).hexdigest()
    return f"sha1:{digest}"


def _head_text(head: bytes) -> str | None:
    """The start of the document as text (wide encodings detected), None for binary data."""
    for bom, codec in _BOMS:
        if head.startswith(bom):
            return head[len(bom) :].decode(codec, "replace")
    for prefix, codec in _UNMARKED:
        if head.startswith(prefix):
            return head.decode(codec, "replace")
    if b"\x00" in head or len(_CONTROL.findall(head)) > 0.02 * len(head):
        return None
    return head.decode("latin-1")  # enough to find the root element in any ASCII-based charset


def _sniff(data: bytes) -> tuple[str, str | None]:
    """(kind, root element): kind is ``empty``, ``binary``, ``json``, ``markup`` or ``text``."""
    text = _head_text(data[:8192])
    if text is None:
        return "binary", None
    stripped = text.lstrip()
    if not stripped.strip("\x00"):
        return "empty", None
    if stripped[:1] in "{[":
        return "json", None
    rest = text[_SKIP_PROLOG.match(text).end() :]  # type: ignore[union-attr]
    root = _ROOT.match(rest)
    if root:
        return "markup", root.group(1)
    return ("markup" if stripped.startswith("<") else "text"), None


def _xml_error(data: bytes) -> str | None:
    """Where and why the raw bytes are not well-formed XML (expat's own words), or None."""
    parser = xml.parsers.expat.ParserCreate(namespace_separator=" ")
    try:
        parser.Parse(data, True)
    except xml.parsers.expat.ExpatError as exc:
        message = xml.parsers.expat.ErrorString(exc.code)
        if "encoding" in message:  # expat knows few charsets; feedparser re-encodes first
            return None
        return f"XML not well-formed at line {exc.lineno}, column {exc.offset + 1}: {message}"
    except Exception:  # only locates feedparser's error for the message: without it, feedparser's own
        return None
    return None


def _bozo_message(exc: Any, data: bytes) -> str:
    name = type(exc).__name__
    if name == "SAXParseException":
        located = _xml_error(data)
        if located:
            return located
        # the location refers to feedparser's UTF-8 re-encoding of the document
        return f"XML not well-formed (after conversion to UTF-8): {exc.getMessage()}"
    if name in ("CharacterEncodingOverride", "CharacterEncodingUnknown", "NonXMLContentType"):
        return str(exc)
    if name == "UndeclaredNamespace":
        return f"undeclared XML namespace: {exc}"
    return f"{name}: {exc}" if str(exc) else name


def _entry(item: Any, base: str | None) -> FeedEntry:
    title = _clean_inline(item.get("title"))
    link_value = item.get("link")
    if not link_value:
        for candidate in item.get("links") or ():
            if candidate.get("rel", "alternate") == "alternate" and candidate.get("href"):
                link_value = candidate.get("href")
                break
    link = _link(link_value, base)
    raw_date = item.get("published") or item.get("updated") or item.get("created")
    parsed = item.get("published_parsed") or item.get("updated_parsed") or item.get("created_parsed")
    published = iso_datetime(raw_date if isinstance(raw_date, str) else None, parsed)
    summary_value = item.get("summary")
    if not summary_value:
        contents = item.get("content") or ()
        summary_value = contents[0].get("value") if contents else None
    summary = html_to_text(summary_value) if isinstance(summary_value, str) else None
    guid = _guid(item.get("id"), link, title, summary, published)
    return FeedEntry(guid=guid, title=title, link=link, published=published, summary=summary or None)


def _parse_json_feed(data: bytes, base: str | None) -> ParsedFeed:
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError:
            return ParsedFeed(ok=False, error="not a feed: JSON that is not UTF-8 text")
    try:
        doc = json.loads(text)
    except json.JSONDecodeError as exc:
        return ParsedFeed(
            ok=False, error=f"not a feed: invalid JSON at line {exc.lineno}, column {exc.colno}: {exc.msg}"
        )
    if not isinstance(doc, dict) or not str(doc.get("version", "")).startswith(
        "https://jsonfeed.org/version/"
    ):
        return ParsedFeed(ok=False, error="not a feed: JSON document without a jsonfeed.org version")
    version = str(doc["version"]).rsplit("/", 1)[-1]
    feed_type = "json" + version.replace(".", "")
    items = doc.get("items")
    if not isinstance(items, list):
        return ParsedFeed(ok=False, type=feed_type, error="JSON Feed without an items list")
    home = _link(doc.get("home_page_url"), base)
    entries: list[FeedEntry] = []
    for item in items:
        if not isinstance(item, dict):
            continue
        title = _clean_inline(item.get("title"))
        link = _link(item.get("url") or item.get("external_url"), home or base)
        raw_date = item.get("date_published") or item.get("date_modified")
        published = iso_datetime(raw_date if isinstance(raw_date, str) else None)
        summary_value = item.get("summary") or item.get("content_text") or item.get("content_html")
        summary = html_to_text(summary_value) if isinstance(summary_value, str) else None
        guid = _guid(item.get("id"), link, title, summary, published)
        entries.append(FeedEntry(guid, title, link, published, summary or None))
    return ParsedFeed(
        ok=True, type=feed_type, title=_clean_inline(doc.get("title")), entries=tuple(entries), link=home
    )


def parse_feed(data: bytes, *, url: str | None = None, content_type: str | None = None) -> ParsedFeed:
    """Parse a feed document; never raises.

    Args:
        data: The feed's bytes, as fetched or read.
        url: The feed's URL: relative item links are resolved against it.
        content_type: HTTP ``Content-Type`` (its charset overrides the document's).

    Returns:
        The feed type, title and entries, or ``ok=False`` with the reason.
    """
    try:
        return _parse_feed(data, url, content_type)
    except Exception as exc:  # a bug here must not stop a run over thousands of feeds
        return ParsedFeed(ok=False, error=f"feed reader failed: {type(exc).__name__}: {exc}")


def _parse_feed(data: bytes, url: str | None, content_type: str | None) -> ParsedFeed:
    kind, root = _sniff(data)
    if kind == "empty":
        return ParsedFeed(ok=False, error="empty file" if not data else "empty document (only white space)")
    if kind == "binary":
        return ParsedFeed(ok=False, error="not a feed: binary data")
    if kind == "json":
        return _parse_json_feed(data, url)
    if kind == "text":
        return ParsedFeed(ok=False, error="not a feed: plain text, not XML")
    if root is None:
        return ParsedFeed(ok=False, error="not a feed: markup without any element")
    if root.lower() == "html":
        return ParsedFeed(ok=False, error="not a feed: HTML page")

    import feedparser

    headers: dict[str, str] = {}
    if url:
        headers["content-location"] = url
        # with any header feedparser wants a type; application/xml defers to the XML declaration
        headers["content-type"] = content_type or "application/xml"
    elif content_type:
        headers["content-type"] = content_type
    try:
        result = feedparser.parse(
            io.BytesIO(data), response_headers=headers, sanitize_html=False, resolve_relative_uris=False
        )
    except Exception as exc:  # feedparser's loose parser can raise on odd markup
        return ParsedFeed(ok=False, error=f"feed parser failed: {type(exc).__name__}: {exc}")
    feed = result.get("feed", {})
    base = url or None
    entries = tuple(_entry(item, base) for item in result.get("entries", ()))
    version = result.get("version") or ""
    if not version and root and root.lower() == "channel":
        version = "cdf"
    title = _clean_inline(feed.get("title"))
    link = _link(feed.get("link"), base)
    bozo = bool(result.get("bozo"))
    problem = _bozo_message(result.get("bozo_exception"), data) if bozo else None
    if entries:
        return ParsedFeed(
            ok=True, type=version or None, title=title, entries=entries, warning=problem, link=link
        )
    if not bozo:
        if version:
            return ParsedFeed(ok=True, type=version, title=title, link=link)
        return ParsedFeed(ok=False, error=f"not a feed: XML document with root element <{root}>")
    exc_name = type(result.get("bozo_exception")).__name__
    if version and exc_name in ("CharacterEncodingOverride", "NonXMLContentType"):
        return ParsedFeed(ok=True, type=version, title=title, warning=problem, link=link)
    return ParsedFeed(ok=False, type=version or None, title=title, error=problem)


def describe_feed_file(path: str) -> dict[str, Any]:
    """What the feed reader makes of one file, for ``bantin feeds parse``.

    Args:
        path: A local feed file.

    Returns:
        ``{"file", "ok", "entries", "type", "error"}``: ``entries`` is the number of items,
        ``error`` the rejection reason (None when ok).
    """
    try:
        with open(path, "rb") as handle:
            data = handle.read(MAX_FEED_BYTES + 1)
    except OSError as exc:
        return {
            "file": path,
            "ok": False,
            "entries": 0,
            "type": None,
            "error": f"cannot read file: {exc.strerror}",
        }
    if len(data) > MAX_FEED_BYTES:
        error = f"file larger than {MAX_FEED_BYTES // (1024 * 1024)} MB"
        return {"file": path, "ok": False, "entries": 0, "type": None, "error": error}
    parsed = parse_feed(data)
    return {
        "file": path,
        "ok": parsed.ok,
        "entries": len(parsed.entries),
        "type": parsed.type,
        "error": parsed.error,
    }
