"""``IngestFeeds``: poll feeds, keep only new items, one item per URL, fetch their pages.

Thin wrappers: the fetching is :class:`~transforms.sources.fetch.Fetcher`, the
parsing :func:`~transforms.sources.feeds.parse_feed`, the state
:class:`~transforms.sources.feed_state.StateStore`.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from datetime import datetime, timezone
from typing import Any

import apache_beam as beam
from apache_beam.metrics.metric import Metrics
from apache_beam.pvalue import TaggedOutput

from transforms.deadletters import DEAD_LETTER_TAG
from transforms.es.client import Backoff, EsCallFailed, EsSettings
from transforms.ids import document_id_for_url
from transforms.records import Failure, FeedConfig, FeedEntry, FetchResult, RawDocument, Source
from transforms.sources.feed_state import FeedState, StateStore
from transforms.sources.feeds import parse_feed
from transforms.sources.fetch import Fetcher, FetchSettings, redact_url
from transforms.sources.poll_plan import DEFAULT_MAX_ITEMS, PollPlan, plan_poll, without_credentials
from transforms.steps import Outputs

logger = logging.getLogger(__name__)

ROBOTS_NOTE = "page disallowed by robots.txt: body from the feed summary"


def _counter(name: str) -> Any:
    return Metrics.counter("bantin", name)


def _feed_failure(feed: str, reason: str, message: str, status: int | None = None) -> TaggedOutput:
    return TaggedOutput(DEAD_LETTER_TAG, Failure("feed", reason, message, Source("feed", feed=feed), status))


class _PollFeedFn(beam.DoFn):
    """FeedConfig -> (feed URL, FeedEntry) for every item whose article is not written yet.

    A 200 answer's validators and items are stored; a 304 re-lists the stored items,
    so an item whose article failed to be written is tried again on the next run.
    The state is saved before the items go on (an item counts as seen only once its
    article is written). When Elasticsearch gives up, the feed is one dead letter and
    the next run polls it again.
    """

    def __init__(
        self,
        fetch: FetchSettings,
        es: EsSettings | None,
        alias: str,
        since: str | None,
        backoff: Backoff,
        max_items: int = DEFAULT_MAX_ITEMS,
    ) -> None:
        self.fetch_settings = fetch
        self.es_settings = es
        self.alias = alias
        self.since = since
        self.backoff = backoff
        self.max_items = max_items

    def setup(self) -> None:
        self.fetcher = Fetcher(self.fetch_settings)
        # without Elasticsearch (--dry-run) there is no state: every item is new
        self.client = self.es_settings.client() if self.es_settings else None
        self.state = StateStore(self.client, self.alias, self.backoff) if self.client else None

    def process(self, feed: FeedConfig) -> Iterator[Any]:
        if not feed.enabled:
            _counter("feeds_disabled").inc()
            return
        try:
            yield from self._poll(feed)
        except EsCallFailed as exc:
            logger.warning("feed %s not polled: %s", redact_url(feed.url), exc)
            _counter("feeds_failed").inc()
            yield _feed_failure(redact_url(feed.url), "es_unavailable", str(exc))

    def _poll(self, feed: FeedConfig) -> Iterator[Any]:
        shown = redact_url(feed.url)  # the credentials stay in feed.url, for the fetch only
        previous = self.state.load(shown) if self.state else FeedState(shown)
        result = self.fetcher.fetch_feed(feed.url, etag=previous.etag, last_modified=previous.last_modified)
        if not result.ok:
            _counter("feeds_failed").inc()
            message = result.error_message or result.error_reason or "fetch failed"
            yield _feed_failure(shown, result.error_reason or "fetch", message, result.status)
            return
        polled = datetime.now(timezone.utc).isoformat(timespec="seconds")
        listed = None
        if not result.not_modified:
            parsed = parse_feed(result.data, url=result.final_url, content_type=result.content_type)
            if not parsed.ok:
                _counter("feeds_rejected").inc()
                yield _feed_failure(shown, "not_a_feed", parsed.error or "not a feed")
                return
            listed = without_credentials(parsed.entries)
        _counter("feeds_not_modified" if listed is None else "feeds_polled").inc()
        plan = plan_poll(
            listed,
            previous.entries,
            self.state.existing if self.state else lambda ids: set(),
            document_id_for_url,
            max_items=self.max_items,
            since=self.since,
        )
        items = list(self._route(shown, plan))
        if self.state:
            if listed is None:
                state = FeedState(shown, previous.etag, previous.last_modified, polled, 304, previous.entries)
            else:
                state = FeedState(
                    shown, result.etag, result.last_modified, polled, result.status, plan.stored
                )
            self.state.save(state)
        yield from items

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
        logger.info("feed %s: %d new items, %d left for the next poll", feed, len(plan.new), plan.deferred)
        for entry in plan.new:
            _counter("items_new").inc()
            yield (feed, entry)

    def teardown(self) -> None:
        if getattr(self, "fetcher", None) is not None:
            self.fetcher.close()
        client = getattr(self, "client", None)
        if client is not None:
            client.close()


class _FetchArticleFn(beam.DoFn):
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
        result: FetchResult = self.fetcher.fetch_article(link)
        if result.ok:
            _counter("pages_fetched").inc()
            yield RawDocument(source, result.data, result.content_type, entry)
        elif result.error_reason == "robots_disallowed" and entry.summary:
            _counter("pages_robots_summary").inc()
            yield RawDocument(source, b"", None, entry, notes=(ROBOTS_NOTE,))
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


def _keep_one(item: tuple[str, Any]) -> Any:
    _, group = item
    ordered = sorted(group, key=lambda fe: fe[0])
    if len(ordered) > 1:
        _counter("items_in_several_feeds").inc(len(ordered) - 1)
    return ordered[0]


class DedupItemsByUrl(beam.PTransform[Any, Any]):
    """One (feed, item) per article URL: the same story in two feeds is fetched once."""

    def expand(self, items: Any) -> Any:
        return (
            items
            | "KeyByLink" >> beam.Map(lambda fe: (fe[1].link, fe))
            | "GroupByLink" >> beam.GroupByKey()
            | "KeepOnePerLink" >> beam.Map(_keep_one)
        )


class IngestFeeds(beam.PTransform[Any, Any]):
    """FeedConfig -> RawDocument of every new item's page: poll, one item per URL, fetch.

    Used by the batch job (feeds from ``beam.Create``) and the streaming job (feeds
    due at each tick).

    Args:
        fetch: HTTP limits and manners.
        es: Where the feed state and the articles are, or None (``--dry-run``: no state).
        alias: The articles alias.
        since: Skip items published before this date.
        backoff: Retries of the feed state calls.
        group_by_url: Drop the same URL listed by two feeds (a GroupByKey: in a job
            over an unbounded input it needs windows).
        max_items: Most new items taken from one feed per poll (``--max-items-per-poll``);
            the rest wait for the next poll.

    Returns:
        :class:`~transforms.steps.Outputs`: the pages, and the dead letters.
    """

    def __init__(
        self,
        fetch: FetchSettings,
        es: EsSettings | None,
        alias: str,
        since: str | None = None,
        backoff: Backoff | None = None,
        group_by_url: bool = True,
        max_items: int = DEFAULT_MAX_ITEMS,
    ) -> None:
        super().__init__()
        self.poll = _PollFeedFn(fetch, es, alias, since, backoff or Backoff(), max_items)
        self.fetch = _FetchArticleFn(fetch)
        self.group_by_url = group_by_url

    def expand(self, feeds: Any) -> Outputs:
        polled = feeds | "PollFeeds" >> beam.ParDo(self.poll).with_outputs(DEAD_LETTER_TAG, main="items")
        items = polled.items | "DedupItemsByUrl" >> DedupItemsByUrl() if self.group_by_url else polled.items
        fetched = items | "FetchArticles" >> beam.ParDo(self.fetch).with_outputs(DEAD_LETTER_TAG, main="docs")
        failed = (polled[DEAD_LETTER_TAG], fetched[DEAD_LETTER_TAG]) | "FeedFailures" >> beam.Flatten()
        return Outputs(fetched.docs, failed)
