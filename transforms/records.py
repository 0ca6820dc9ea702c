"""Typed records passed between pipeline steps.

Every step of the pipeline consumes and produces one of these frozen dataclasses;
only the Elasticsearch sink turns an :class:`Article` into a bulk action. The
article layout follows ``spec/extraction-contract.md`` (shared with the scorer and
the dashboards): field names here are the contract's field names.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields, is_dataclass
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
        feed_entry: For feed items, what the feed said of the item (title, summary,
            published), used as a fallback when the page yields nothing.
    """

    source: Source
    data: bytes
    content_type: str | None = None
    feed_entry: tuple[tuple[str, str], ...] = ()


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


@dataclass(frozen=True)
class CleanedText:
    """A decoded, normalized and de-chromed article, before entity extraction.

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

    title: str | None
    title_inferred: str | None
    lead: str | None
    body: str
    captions: tuple[str, ...] = ()
    authors: tuple[str, ...] = ()
    publisher: str | None = None
    published: str | None = None
    spelling_original: tuple[tuple[int, str], ...] = ()


@dataclass(frozen=True)
class Person:
    """A person named in the article, mentions merged."""

    name: str
    titles: tuple[str, ...] = ()
    aliases: tuple[str, ...] = ()
    mentions: int = 1
    roles: tuple[str, ...] = ()
    start: int | None = None
    end: int | None = None


@dataclass(frozen=True)
class Organization:
    """A Party, State or mass body, by its full written name."""

    name: str
    mentions: int = 1
    short_forms: tuple[str, ...] = ()
    start: int | None = None
    end: int | None = None


@dataclass(frozen=True)
class DocumentRef:
    """A reference to an official document (resolution, directive, decree...)."""

    ref: str | None
    type: str | None
    issuer: str | None = None
    number: str | None = None
    title: str | None = None
    text: str = ""
    start: int | None = None
    end: int | None = None


@dataclass(frozen=True)
class Event:
    """A meeting, conference or session."""

    name: str
    session: int | None = None
    expanded: bool = False
    scope: tuple[str, ...] = ()
    date: str | None = None
    place: str | None = None
    organizer: str | None = None
    start: int | None = None
    end: int | None = None


@dataclass(frozen=True)
class Figure:
    """A stated quantity ("62 đề án", "hơn 95%")."""

    value: float
    unit: str
    text: str
    start: int | None = None
    end: int | None = None


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


@dataclass(frozen=True)
class Article:
    """The article record of the extraction contract."""

    id: str
    source: Source
    body: str
    content_hash: str
    title: str | None = None
    title_inferred: str | None = None
    lead: str | None = None
    captions: tuple[str, ...] = ()
    authors: tuple[str, ...] = ()
    publisher: str | None = None
    published: str | None = None
    language: str = "vi"
    extraction: Extraction = field(default_factory=Extraction)
    spelling_original: tuple[tuple[int, str], ...] = ()
    notes: tuple[str, ...] = ()
    duplicate_of: str | None = None

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


def _plain(value: Any) -> Any:
    """Dataclasses and tuples to dicts and lists, dropping None-valued keys of sources."""
    if is_dataclass(value) and not isinstance(value, type):
        result = {f.name: _plain(getattr(value, f.name)) for f in fields(value)}
        if isinstance(value, Source):
            return {k: v for k, v in result.items() if v is not None}
        return result
    if isinstance(value, tuple | list):
        return [_plain(v) for v in value]
    return value
