"""Beam steps of feed ingestion: poll feeds, keep only new items, fetch their pages.

Thin wrappers: the fetching is :class:`~transforms.sources.fetch.Fetcher`, the
parsing :func:`~transforms.sources.feeds.parse_feed`, the state
:class:`~transforms.sources.feed_state.StateStore`. Clients are made in
``setup()`` and closed in ``teardown()``; every branch has a counter; every
failure goes to the ``failed`` output with its reason.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from dataclasses import replace
from datetime import datetime, timezone
from typing import Any

import apache_beam as beam
from apache_beam.metrics import Metrics
from apache_beam.pvalue import TaggedOutput

from transforms.deadletters import DEAD_LETTER_TAG
from transforms.ids import document_id
from transforms.records import Failure, FeedConfig, FeedEntry, RawDocument, Source
from transforms.sinks.elasticsearch import EsSettings
from transforms.sources.feed_state import FeedState, StateStore
from transforms.sources.feeds import entry_fields, parse_feed
from transforms.sources.fetch import Fetcher, FetchSettings, redact_url

log = logging.getLogger(__name__)
# Default cap of new items per feed and poll: a 100,000-item feed is taken in steps a run
# (and its memory) can hold; the rest is checked again on the next poll.
DEFAULT_MAX_ITEMS = 500
_CHECK_CHUNK = 1000  # ids per existence check (one mget request)
# Unwritten items a feed no longer lists, kept as candidates: one 100,000-item feed's worth
# (~15 MB of state); beyond it the oldest are dropped, counted and logged.
_MAX_CARRIED = 100_000


def _counter(name: str) -> Any:
    return Metrics.counter("bantin", name)


def entry_to_dict(entry: FeedEntry) -> dict[str, Any]:
    """A feed entry as stored in the feed state."""
    return {k: v for k, v in vars(entry).items() if v is not None}


def entry_from_dict(data: dict[str, Any]) -> FeedEntry:
    """Inverse of :func:`entry_to_dict`."""
    return FeedEntry(**{k: data.get(k) for k in ("guid", "title", "link", "published", "summary")})


def is_before(published: str | None, since: str | None) -> bool:
    """True when an item was published before ``since`` (undated items are never skipped)."""
    if not since or not published:
        return False
    try:
        stamp = datetime.fromisoformat(published.replace("Z", "+00:00"))
        limit = datetime.fromisoformat(since)
    except ValueError:
        return False
    if limit.tzinfo is None:
        limit = limit.replace(tzinfo=stamp.tzinfo or timezone.utc)
    if stamp.tzinfo is None:
        stamp = stamp.replace(tzinfo=limit.tzinfo)
    return stamp < limit


class PollFeedFn(beam.DoFn):  # type: ignore[misc]
    """FeedConfig -> (feed URL, FeedEntry) for every item whose article is not written yet.

    A 200 answer's validators and items are stored; a 304 re-lists the stored items,
    so an item whose article failed to be written is tried again on the next run.
    """

    def __init__(
        self,
        fetch: FetchSettings,
        es: EsSettings | None,
        alias: str,
        since: str | None = None,
        max_items: int = DEFAULT_MAX_ITEMS,
    ) -> None:
        self.fetch_settings = fetch
        self.es_settings = es
        self.alias = alias
        self.since = since
        self.max_items = max_items

    def setup(self) -> None:
        self.fetcher = Fetcher(self.fetch_settings)
        # without Elasticsearch (--dry-run) there is no state: every item is new
        self.client = self.es_settings.client() if self.es_settings else None
        self.state = StateStore(self.client, self.alias) if self.client else None
        if self.state:
            self.state.ensure()

    def process(self, feed: FeedConfig) -> Iterator[Any]:
        if not feed.enabled:
            _counter("feeds_disabled").inc()
            return
        shown = redact_url(feed.url)  # the credentials stay in feed.url, for the fetch only
        previous = self.state.load(shown) if self.state else FeedState(shown)
        result = self.fetcher.fetch_feed(feed.url, etag=previous.etag, last_modified=previous.last_modified)
        polled = datetime.now(timezone.utc).isoformat(timespec="seconds")
        if not result.ok:
            _counter("feeds_failed").inc()
            message = result.error_message or result.error_reason or "fetch failed"
            yield TaggedOutput(
                DEAD_LETTER_TAG,
                Failure(
                    "feed",
                    result.error_reason or "fetch",
                    message,
                    Source("feed", feed=shown),
                    result.status,
                ),
            )
            return
        if result.not_modified:
            _counter("feeds_not_modified").inc()
            entries = [entry_from_dict(e) for e in previous.entries]
            yield from self._new_items(shown, entries)
            state = FeedState(shown, previous.etag, previous.last_modified, polled, 304, previous.entries)
        else:
            parsed = parse_feed(result.data, url=result.final_url, content_type=result.content_type)
            if not parsed.ok:
                _counter("feeds_rejected").inc()
                yield TaggedOutput(
                    DEAD_LETTER_TAG,
                    Failure("feed", "not_a_feed", parsed.error or "not a feed", Source("feed", feed=shown)),
                )
                return
            _counter("feeds_polled").inc()
            entries = [replace(e, link=redact_url(e.link)) if e.link else e for e in parsed.entries]
            # items of the last answer that this one no longer lists and that were not written
            # yet (left by the cap) stay candidates: a fast-moving feed loses nothing
            listed = {e.link for e in entries}
            carried = [entry_from_dict(e) for e in previous.entries if e.get("link") not in listed]
            if len(carried) > _MAX_CARRIED:
                _counter("items_dropped_unlisted").inc(len(carried) - _MAX_CARRIED)
                log.warning(
                    "%s: %d unlisted items not written yet dropped", shown, len(carried) - _MAX_CARRIED
                )
                carried = carried[:_MAX_CARRIED]
            written: set[str] = set()
            yield from self._new_items(shown, entries + carried, written)
            kept = entries + [e for e in carried if e.link not in written]
            stored = tuple(entry_to_dict(e) for e in kept)
            state = FeedState(shown, result.etag, result.last_modified, polled, result.status, stored)
        if self.state:
            self.state.save(state)

    def _new_items(
        self, feed: str, entries: list[FeedEntry], written: set[str] | None = None
    ) -> Iterator[Any]:
        """Yield up to ``max_items`` items not written yet; ``written`` gets the links found written."""
        linked = []
        for entry in entries:
            if not entry.link:
                _counter("items_without_link").inc()
                yield TaggedOutput(
                    DEAD_LETTER_TAG,
                    Failure(
                        "feed", "no_link", f"item {entry.guid!r} has no http(s) link",
                        Source("feed", feed=feed, guid=entry.guid),
                    ),
                )  # fmt: skip
            elif is_before(entry.published, self.since):
                _counter("items_before_since").inc()
            else:
                linked.append(entry)
        ids = list({document_id(Source("feed", url=e.link)): e for e in linked}.items())
        taken = 0
        for start in range(0, len(ids), _CHECK_CHUNK):
            if taken >= self.max_items:
                _counter("items_deferred").inc(len(ids) - start)
                log.info("%s: %d new items taken, %d left for the next poll", feed, taken, len(ids) - start)
                return
            chunk = ids[start : start + _CHECK_CHUNK]
            done = self.state.existing([i for i, _ in chunk]) if self.state else set()
            _counter("items_already_ingested").inc(len(done))
            for position, (doc_id, entry) in enumerate(chunk):
                if doc_id in done:
                    if written is not None:
                        written.add(entry.link or "")
                elif taken < self.max_items:
                    taken += 1
                    _counter("items_new").inc()
                    yield (feed, entry)
                else:
                    _counter("items_deferred").inc(len(ids) - start - position)
                    log.info("%s: %d new items taken, the rest left for the next poll", feed, taken)
                    return

    def teardown(self) -> None:
        if getattr(self, "fetcher", None) is not None:
            self.fetcher.close()
        if getattr(self, "client", None) is not None:
            self.client.close()


class FetchArticleFn(beam.DoFn):  # type: ignore[misc]
    """(feed URL, FeedEntry) -> RawDocument of the article page, or a dead letter.

    A page that robots.txt forbids is not fetched: the item's feed summary becomes
    the article (the record says so). Other fetch failures go to dead letters; the
    item is not marked seen, so the next run tries again.
    """

    def __init__(self, fetch: FetchSettings) -> None:
        self.fetch_settings = fetch

    def setup(self) -> None:
        self.fetcher = Fetcher(self.fetch_settings)

    def process(self, item: tuple[str, FeedEntry]) -> Iterator[Any]:
        feed, entry = item
        link = entry.link or ""
        source = Source("feed", url=redact_url(link), feed=redact_url(feed), guid=entry.guid)
        result = self.fetcher.fetch_article(link)
        if result.ok:
            _counter("pages_fetched").inc()
            yield RawDocument(source, result.data, result.content_type, entry_fields(entry))
        elif result.error_reason == "robots_disallowed" and entry.summary:
            _counter("pages_robots_summary").inc()
            fields = (
                *entry_fields(entry),
                ("note", "page disallowed by robots.txt: body from the feed summary"),
            )
            yield RawDocument(source, b"", None, fields)
        else:
            _counter("pages_failed").inc()
            message = result.error_message or result.error_reason or "fetch failed"
            yield TaggedOutput(
                DEAD_LETTER_TAG,
                Failure("fetch", result.error_reason or "fetch", message, source, result.status),
            )

    def teardown(self) -> None:
        if getattr(self, "fetcher", None) is not None:
            self.fetcher.close()
