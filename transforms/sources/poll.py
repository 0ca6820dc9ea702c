"""Beam steps of feed ingestion: poll feeds, keep only new items, fetch their pages.

Thin wrappers: the fetching is :class:`~transforms.sources.fetch.Fetcher`, the
parsing :func:`~transforms.sources.feeds.parse_feed`, the state
:class:`~transforms.sources.feed_state.StateStore`. Clients are made in
``setup()`` and closed in ``teardown()``; every branch has a counter; every
failure goes to the ``failed`` output with its reason.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timezone
from typing import Any

import apache_beam as beam
from apache_beam.metrics import Metrics
from apache_beam.pvalue import TaggedOutput

from transforms.deadletters import DEAD_LETTER_TAG
from transforms.ids import document_id
from transforms.records import Failure, FeedConfig, FeedEntry, RawDocument, Source
from transforms.sinks.elasticsearch import EsSettings
from transforms.sources.archive import DEFAULT_MAX_BYTES, WarcArchive
from transforms.sources.feed_state import FeedState, StateStore
from transforms.sources.feeds import entry_fields
from transforms.sources.fetch import Fetcher, FetchSettings
from transforms.sources.health import Health, day_of
from transforms.sources.tracker import DISABLED, FeedPoller, InFlight


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
        poll_all: bool = False,
    ) -> None:
        self.fetch_settings = fetch
        self.es_settings = es
        self.alias = alias
        self.since = since
        self.poll_all = poll_all  # feeds (issue 13): poll every feed, due or not

    def setup(self) -> None:
        self.fetcher = Fetcher(self.fetch_settings)
        # without Elasticsearch (--dry-run) there is no state: every item is new
        self.client = self.es_settings.client() if self.es_settings else None
        self.state = StateStore(self.client, self.alias) if self.client else None
        if self.state:
            self.state.ensure()
        self.poller = FeedPoller(self.fetcher)  # feeds (issue 13): schedule, health, sitemaps
        self.in_flight = InFlight()

    def process(self, feed: FeedConfig) -> Iterator[Any]:
        # feeds (issue 13): the poll itself is transforms.sources.tracker.FeedPoller (Beam-free)
        previous = self.state.load(feed.url) if self.state else FeedState(feed.url)
        skip = self.poller.skip_reason(feed, previous)
        if skip == DISABLED or (skip and not self.poll_all):
            _counter(f"feeds_{skip}").inc()
            return
        outcome = self.poller.poll(feed, previous)
        _counter(f"feeds_{outcome.outcome}").inc()
        if outcome.state.health.get("status") not in (None, "ok"):
            _counter(f"feeds_status_{outcome.state.health['status']}").inc()
        if not outcome.ok:
            reason = outcome.reason or "fetch"
            yield TaggedOutput(
                DEAD_LETTER_TAG,
                Failure(
                    "feed", reason, outcome.message or reason, Source("feed", feed=feed.url), outcome.status
                ),
            )
        else:
            _counter("items_first_listed").inc(outcome.new_listed)
            yield from self._new_items(feed, list(outcome.entries))
        if self.state:
            self.state.save(outcome.state)
            if outcome.new_listed:
                today = day_of(self.poller.clock())
                daily = dict(Health.from_dict(outcome.state.health).daily)
                self.state.save_day(outcome.state, today, daily.get(today, 0))

    def _new_items(self, feed: FeedConfig, entries: list[FeedEntry]) -> Iterator[Any]:
        linked = []
        for entry in entries:
            if not entry.link:
                _counter("items_without_link").inc()
                yield TaggedOutput(
                    DEAD_LETTER_TAG,
                    Failure(
                        "feed", "no_link", f"item {entry.guid!r} has no http(s) link",
                        Source("feed", feed=feed.url, guid=entry.guid),
                    ),
                )  # fmt: skip
            elif is_before(entry.published, self.since):
                _counter("items_before_since").inc()
            else:
                linked.append(entry)
        ids = {document_id(Source("feed", url=e.link)): e for e in linked}
        done = self.state.existing(list(ids)) if self.state else set()
        _counter("items_already_ingested").inc(len(done))
        for doc_id, entry in ids.items():
            if doc_id not in done:
                if not self.in_flight.claim(doc_id):  # feeds (issue 13): handed on moments ago
                    _counter("items_in_flight").inc()
                    continue
                _counter("items_new").inc()
                yield (feed.url, entry)

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

    def __init__(
        self, fetch: FetchSettings, archive: str | None = None, archive_max_bytes: int = DEFAULT_MAX_BYTES
    ) -> None:
        self.fetch_settings = fetch
        self.archive_dir = archive  # feeds (issue 13): --archive DIR keeps every page as WARC
        self.archive_max_bytes = archive_max_bytes

    def setup(self) -> None:
        self.fetcher = Fetcher(self.fetch_settings)
        self.archive = WarcArchive(self.archive_dir, self.archive_max_bytes) if self.archive_dir else None

    def process(self, item: tuple[str, FeedEntry]) -> Iterator[Any]:
        feed, entry = item
        link = entry.link or ""
        source = Source("feed", url=link, feed=feed, guid=entry.guid)
        result = self.fetcher.fetch_article(link)
        if result.ok:
            _counter("pages_fetched").inc()
            if self.archive is not None:  # feeds (issue 13)
                item = {"feed": feed, "guid": entry.guid, "title": entry.title, "published": entry.published}
                self.archive.write(link, result, datetime.now(timezone.utc), item)
                _counter("pages_archived").inc()
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
        if getattr(self, "archive", None) is not None:
            self.archive.close()
