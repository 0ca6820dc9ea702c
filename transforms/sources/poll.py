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
from transforms.sources.poll_plan import (
    DEFAULT_MAX_ITEMS,
    PollPlan,
    plan_poll,
    without_credentials,
)

log = logging.getLogger(__name__)


def _counter(name: str) -> Any:
    return Metrics.counter("bantin", name)


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
            source = Source("feed", feed=shown)
            yield TaggedOutput(
                DEAD_LETTER_TAG,
                Failure("feed", result.error_reason or "fetch", message, source, result.status),
            )
            return
        listed = None
        if not result.not_modified:
            parsed = parse_feed(result.data, url=result.final_url, content_type=result.content_type)
            if not parsed.ok:
                _counter("feeds_rejected").inc()
                yield TaggedOutput(
                    DEAD_LETTER_TAG,
                    Failure("feed", "not_a_feed", parsed.error or "not a feed", Source("feed", feed=shown)),
                )
                return
            listed = without_credentials(parsed.entries)
        _counter("feeds_not_modified" if listed is None else "feeds_polled").inc()
        plan = plan_poll(
            listed,
            previous.entries,
            self.state.existing if self.state else lambda ids: set(),
            lambda link: document_id(Source("feed", url=link)),
            max_items=self.max_items,
            since=self.since,
        )
        yield from self._route(shown, plan)
        if self.state:
            if listed is None:
                state = FeedState(shown, previous.etag, previous.last_modified, polled, 304, previous.entries)
            else:
                state = FeedState(
                    shown, result.etag, result.last_modified, polled, result.status, plan.stored
                )
            self.state.save(state)

    def _route(self, feed: str, plan: PollPlan) -> Iterator[Any]:
        for entry in plan.without_link:
            _counter("items_without_link").inc()
            yield TaggedOutput(
                DEAD_LETTER_TAG,
                Failure(
                    "feed", "no_link", f"item {entry.guid!r} has no http(s) link",
                    Source("feed", feed=feed, guid=entry.guid),
                ),
            )  # fmt: skip
        for name, value in (
            ("items_before_since", plan.before_since),
            ("items_already_ingested", plan.already_ingested),
            ("items_deferred", plan.deferred),
            ("items_dropped_unlisted", plan.dropped_unlisted),
        ):
            if value:
                _counter(name).inc(value)
        if plan.deferred:
            log.info("%s: %d new items taken, %d left for the next poll", feed, len(plan.new), plan.deferred)
        for entry in plan.new:
            _counter("items_new").inc()
            yield (feed, entry)

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
