"""Typed records passed between pipeline steps.

Every step of the pipeline consumes and produces one of these frozen dataclasses;
only the Elasticsearch sink turns an :class:`Article` into a bulk action. The
article layout is described in ``docs/record.md`` (the extraction contract shared with
the scorer and the dashboards): field names here are the contract's field names.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields, is_dataclass
from functools import cache
from typing import Any


@dataclass(frozen=True)
class Source:
    """Where an input came from.

    Attributes:
        kind: ``file``, ``feed``, ``html`` or ``warc``.
        path: Local path, relative to the working directory when possible.
        url: Canonical URL of a fetched page.
        feed: URL of the feed that listed the item.
        guid: The feed item's guid.
    """

    kind: str
    path: str | None = None
    url: str | None = None
    feed: str | None = None
    guid: str | None = None

    def locator(self) -> str:
        """The path or URL that identifies this input in messages and ids."""
        return self.url or self.path or self.guid or "<unknown>"


@dataclass(frozen=True)
class RawDocument:
    """Bytes of one input, before decoding and cleaning.

    Attributes:
        source: Where the bytes came from.
        data: The raw bytes as read or fetched.
        content_type: HTTP ``Content-Type`` (with charset) when known.
        feed_entry: For feed items, the item as the feed states it (title, summary,
            published are fallbacks when the page yields nothing).
        notes: Remarks for the article record (e.g. "page disallowed by robots.txt").
    """

    source: Source
    data: bytes
    content_type: str | None = None
    feed_entry: FeedEntry | None = None
    notes: tuple[str, ...] = ()


@dataclass(frozen=True)
class Failure:
    """A dead letter: an input or record that a step could not handle.

    Attributes:
        stage: The step that failed (``read``, ``decode``, ``clean``, ``extract``, ``write``...).
        reason: A short machine-friendly reason (``empty``, ``too_large``, ``binary``...).
        message: A sentence a user understands.
        source: Where the input came from.
        status: HTTP status for write failures, when there is one.
        payload: What is needed to replay it (for write failures, the document).
    """

    stage: str
    reason: str
    message: str
    source: Source
    status: int | None = None
    payload: dict[str, Any] | None = None


@dataclass(frozen=True, kw_only=True)
class CleanedText:
    """A decoded, normalized and de-chromed article, before entity extraction.

    An :class:`Article` is one too (its text fields are these); the fields are keyword-only.

    Attributes:
        title: Headline, or None when the input has none.
        title_inferred: A derived headline when ``title`` is None.
        lead: The sapo / first paragraph when distinguishable.
        body: Cleaned text, paragraphs separated by blank lines; includes the lead.
        captions: Photo captions removed from (or duplicated in) the body.
        authors: Bylines and trailing signatures.
        publisher: Outlet, when stated.
        published: ISO 8601 publication time, or None.
        spelling_original: ``(offset, original word)`` for every word whose tone-mark
            placement was changed to the canonical style (offsets into ``body``; the
            change never alters lengths, so the original text is recoverable).
    """

    title: str | None = None
    title_inferred: str | None = None
    lead: str | None = None
    body: str
    captions: tuple[str, ...] = ()
    authors: tuple[str, ...] = ()
    publisher: str | None = None
    published: str | None = None
    spelling_original: tuple[tuple[int, str], ...] = ()


@dataclass(frozen=True, kw_only=True)
class Span:
    """What every extracted item has: where its first mention stands in the body.

    Keyword-only, so that the records built on it keep their own fields first, in
    the constructor and in the JSON (see ``_json_order``).

    Attributes:
        start: Offset of the first mention in ``body``, or None (e.g. found in the headline).
        end: Offset just after it.
    """

    start: int | None = None
    end: int | None = None


@dataclass(frozen=True, kw_only=True)
class Entity(Span):
    """An extracted item that ``transforms.canonical`` names: a person, body, document or event.

    Attributes:
        canonical: The canonical form (set by ``transforms.canonical``), None before.
        key: Its stable key for aggregations (folded), None before.
    """

    canonical: str | None = None
    key: str | None = None


@dataclass(frozen=True)
class Position:
    """One title of a person, split and in canonical form (set by ``transforms.canonical``).

    Attributes:
        text: The title as written ("nguyên Phó chủ tịch UBND TP HCM").
        canonical: Role, body and qualifier in canonical form.
        key: The office's stable key (role and body folded; qualifier and former left out).
        role: "Phó Chủ tịch".
        organization: The canonical body ("Ủy ban nhân dân Thành phố Hồ Chí Minh"), or None.
        organization_key: Its key.
        qualifier: "khóa XV", "nhiệm kỳ 2020-2025", or None.
        former: "nguyên", "cựu" or "cố", or None.
    """

    text: str
    canonical: str
    key: str
    role: str
    organization: str | None = None
    organization_key: str | None = None
    qualifier: str | None = None
    former: str | None = None


@dataclass(frozen=True)
class Person(Entity):
    """A person named in the article, mentions merged.

    ``canonical``, ``key`` and ``positions`` (one per title) are set by ``transforms.canonical``;
    ``positions`` is keyword-only like them, so it stays last in the JSON.
    """

    name: str
    titles: tuple[str, ...] = ()
    aliases: tuple[str, ...] = ()
    mentions: int = 1
    roles: tuple[str, ...] = ()
    positions: tuple[Position, ...] = field(default=(), kw_only=True)


@dataclass(frozen=True)
class Organization(Entity):
    """A Party, State or mass body, by its full written name."""

    name: str
    mentions: int = 1
    short_forms: tuple[str, ...] = ()


@dataclass(frozen=True)
class DocumentRef(Entity):
    """A reference to an official document (resolution, directive, decree...)."""

    ref: str | None
    type: str | None
    issuer: str | None = None
    number: str | None = None
    title: str | None = None
    text: str = ""


@dataclass(frozen=True)
class Event(Entity):
    """A meeting, conference or session."""

    name: str
    session: int | None = None
    expanded: bool = False
    scope: tuple[str, ...] = ()
    date: str | None = None
    place: str | None = None
    organizer: str | None = None


@dataclass(frozen=True)
class Figure(Span):
    """A stated quantity ("62 đề án", "hơn 95%")."""

    value: float
    unit: str
    text: str


@dataclass(frozen=True)
class Extraction:
    """Everything the extraction transforms find in one article."""

    event_date: str | None = None
    places: tuple[str, ...] = ()
    people: tuple[Person, ...] = ()
    organizations: tuple[Organization, ...] = ()
    documents: tuple[DocumentRef, ...] = ()
    events: tuple[Event, ...] = ()
    figures: tuple[Figure, ...] = ()
    quotes: tuple[str, ...] = ()
    terms: tuple[str, ...] = ()
    places_canonical: tuple[str, ...] = ()


@dataclass(frozen=True)
class Article(CleanedText):
    """The article record of the extraction contract: a cleaned text, identified and extracted.

    Its text fields (``title`` ... ``spelling_original``, keyword-only) are those of
    :class:`CleanedText`; :meth:`of` builds one from a cleaned text.
    """

    id: str
    source: Source
    content_hash: str
    language: str = "vi"
    extraction: Extraction = field(default_factory=Extraction)
    notes: tuple[str, ...] = ()
    duplicate_of: str | None = None

    @classmethod
    def of(cls, text: CleanedText, **own: Any) -> Article:
        """The article of ``text``: its text fields, and ``own`` (``id``, ``source``, ``content_hash``...)."""
        return cls(**{f.name: getattr(text, f.name) for f in fields(CleanedText)}, **own)

    def to_dict(self) -> dict[str, Any]:
        """The record as the contract's JSON object (entities flattened to the top level)."""
        out: dict[str, Any] = {
            "id": self.id,
            "source": _plain(self.source),
            "title": self.title,
            "title_inferred": self.title_inferred,
            "lead": self.lead,
            "body": self.body,
            "captions": list(self.captions),
            "authors": list(self.authors),
            "publisher": self.publisher,
            "published": self.published,
            "language": self.language,
            "content_hash": self.content_hash,
        }
        out.update(_plain(self.extraction))
        out["spelling_original"] = [list(pair) for pair in self.spelling_original]
        if self.notes:
            out["notes"] = list(self.notes)
        if self.duplicate_of:
            out["duplicate_of"] = self.duplicate_of
        return out


@cache
def _json_order(cls: type) -> tuple[str, ...]:
    """A record's field names in the order of its constructor: positional, then keyword-only.

    That is the order the fields are declared in, but for those of a keyword-only base
    (:class:`Span`, :class:`Entity`), which ``dataclasses.fields`` lists first: so an entity's
    JSON keeps its own fields first and the shared ``start``, ``end``, ``canonical``, ``key``
    after them (``docs/record.md``).
    """
    declared = fields(cls)
    return tuple(f.name for f in declared if not f.kw_only) + tuple(f.name for f in declared if f.kw_only)


def _plain(value: Any) -> Any:
    """Dataclasses and tuples to dicts and lists, dropping None-valued keys of sources."""
    if is_dataclass(value) and not isinstance(value, type):
        result = {name: _plain(getattr(value, name)) for name in _json_order(type(value))}
        if isinstance(value, Source):
            return {k: v for k, v in result.items() if v is not None}
        return result
    if isinstance(value, tuple | list):
        return [_plain(v) for v in value]
    return value


@dataclass(frozen=True)
class FeedConfig:
    """One feed to poll, from ``seeds/feeds.yaml`` or an OPML file.

    Attributes:
        url: Canonical feed URL.
        name: Outlet / feed name.
        language: Language of the items ("vi").
        poll_interval: Seconds between polls.
        enabled: False to keep a feed listed but not polled.
        kind: ``feed`` (RSS/Atom/JSON Feed) or ``sitemap`` (a news sitemap or sitemap index).
        min_interval: Shortest adaptive polling interval, seconds (None: the default, 10 min).
        max_interval: Longest adaptive polling interval, seconds (None: the default, 24 h).
        tags: ``(name, value)`` pairs from the feed list (outlet, province, ...).
    """

    url: str
    name: str | None = None
    language: str = "vi"
    poll_interval: int = 900
    enabled: bool = True
    # feeds (issue 13): adaptive polling bounds, source kind and tags
    kind: str = "feed"
    min_interval: float | None = None
    max_interval: float | None = None
    tags: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class FetchResult:
    """The outcome of one HTTP fetch; errors are values, not exceptions.

    Attributes:
        url: The URL asked for.
        final_url: The URL after redirects.
        status: HTTP status of the last response, None when there was none.
        content_type: ``Content-Type`` header of the response.
        data: The (decompressed) body; empty on errors and 304.
        etag: ``ETag`` validator of the response.
        last_modified: ``Last-Modified`` validator of the response.
        error_reason: None on success (2xx or 304), else a short code: ``timeout``,
            ``too_large``, ``http_404``, ``too_many_redirects``, ``bad_scheme``,
            ``connection``, ``robots_disallowed``, ``bad_encoding``...
        error_message: A sentence a user understands, when ``error_reason`` is set.
        elapsed_s: Seconds spent, waiting for politeness included.
        notes: Remarks that are no errors (e.g. robots.txt could not be fetched).
        retry_after: The ``Retry-After`` header of an error answer (429/503), as sent.
        moved_to: Where the first permanent redirect (301/308) led, when there was one.
    """

    url: str
    final_url: str
    status: int | None
    content_type: str | None
    data: bytes
    etag: str | None
    last_modified: str | None
    error_reason: str | None
    error_message: str | None
    elapsed_s: float
    notes: tuple[str, ...] = ()
    # feeds (issue 13): what adaptive polling and source health need from the answer
    retry_after: str | None = None
    moved_to: str | None = None

    @property
    def ok(self) -> bool:
        """True for a 2xx response with a body, or a 304."""
        return self.error_reason is None

    @property
    def not_modified(self) -> bool:
        """True when the server answered 304 to a conditional request."""
        return self.status == 304 and self.error_reason is None


@dataclass(frozen=True)
class ParsedFeed:
    """What the feed reader made of one feed document.

    Attributes:
        ok: True when the input is a feed (possibly with no entries).
        type: ``rss20``, ``rss10``, ``atom10``, ``json1``... (feedparser's names), or None.
        title: The feed's title.
        entries: The items, in feed order.
        error: Why the input was rejected (``ok`` False), a sentence.
        warning: For a feed that is ok but was not well-formed, what was wrong.
        link: The feed's home page.
    """

    ok: bool
    type: str | None = None
    title: str | None = None
    entries: tuple[FeedEntry, ...] = ()
    error: str | None = None
    warning: str | None = None
    link: str | None = None


@dataclass(frozen=True)
class FeedEntry:
    """One item of a feed, as the feed states it.

    Attributes:
        guid: The item's id (``guid``/``id``); the canonical link, or a hash of title and
            summary, when the feed gives none.
        title: Item title (plain text), or None.
        link: Canonical absolute http(s) URL of the article page, or None.
        published: ISO 8601 publication (else update) time as stated, or None.
        summary: Plain-text summary / description, or None.
    """

    guid: str
    title: str | None = None
    link: str | None = None
    published: str | None = None
    summary: str | None = None
