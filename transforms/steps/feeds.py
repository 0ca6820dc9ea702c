"""``IngestFeeds``: poll feeds, keep only new items, one item per URL, fetch their pages.

Thin wrappers: the fetching is :class:`~transforms.sources.fetch.Fetcher`, the
parsing :func:`~transforms.sources.feeds.parse_feed`, the state
:class:`~transforms.sources.feed_state.StateStore`.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from dataclasses import replace
from datetime import datetime, timezone
from typing import Any

import apache_beam as beam
from apache_beam.pvalue import TaggedOutput

from transforms.deadletters import DEAD_LETTER_TAG
from transforms.es.client import Backoff, EsCallFailed, EsSettings
from transforms.ids import document_id_for_url
from transforms.records import Failure, FeedConfig, FeedEntry, FetchResult, RawDocument, Source
from transforms.sources.feed_state import FeedState, StateStore
from transforms.sources.fetch import Fetcher, FetchSettings, redact_url
from transforms.sources.health import Health, day_of
from transforms.sources.poll_plan import DEFAULT_MAX_ITEMS, PollPlan, plan_poll, without_credentials
from transforms.sources.schedule import HostBackoff
from transforms.sources.tracker import ALWAYS_SKIP, FeedPoller, InFlight
from transforms.steps import Outputs, counter
from transforms.steps.archive import DEFAULT_MAX_BYTES as ARCHIVE_MAX_BYTES
from transforms.steps.archive import WarcArchive

logger = logging.getLogger(__name__)

# a 304, or a body identical to the last one: the stored items are listed again
_UNCHANGED = ("not_modified", "unchanged_body")
ROBOTS_NOTE = "page disallowed by robots.txt: body from the feed summary"


HOSTS = HostBackoff()  # per-host waits of this worker process, shared by its poll steps (every tick)


def _close(owner: object, *names: str) -> None:
    """Close the clients ``setup()`` made (those it got to: a failed setup leaves some unset)."""
    for name in names:
        thing = getattr(owner, name, None)
        if thing is not None:
            thing.close()


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
        poll_all: bool = False,
    ) -> None:
        self.fetch_settings = fetch
        self.es_settings = es
        self.alias = alias
        self.since = since
        self.backoff = backoff
        self.max_items = max_items
        self.poll_all = poll_all  # feeds (issue 13): poll every feed, due or not

    def setup(self) -> None:
        self.fetcher = Fetcher(self.fetch_settings)
        # without Elasticsearch (--dry-run) there is no state: every item is new
        self.client = self.es_settings.client() if self.es_settings else None
        self.state = StateStore(self.client, self.alias, self.backoff) if self.client else None
        # feeds (issue 13): schedule, health, sitemaps; host waits outlive a streaming tick's pipeline
        self.poller = FeedPoller(self.fetcher, hosts=HOSTS)
        self.in_flight = InFlight()

    def process(self, feed: FeedConfig) -> Iterator[Any]:
        try:
            yield from self._poll(feed)
        except EsCallFailed as exc:
            logger.warning("feed %s not polled: %s", redact_url(feed.url), exc)
            counter("feeds_failed").inc()
            yield _feed_failure(redact_url(feed.url), "es_unavailable", str(exc))

    def _poll(self, feed: FeedConfig) -> Iterator[Any]:
        shown = redact_url(feed.url)  # the credentials stay in feed.url, for the fetch only
        if self.state:  # once per worker; a failure is this feed's dead letter (EsCallFailed)
            self.state.ensure()  # feeds (issue 13): the tracking fields of older state indices
        previous = self.state.load(shown) if self.state else FeedState(shown)
        # feeds (issue 13): the poll itself is transforms.sources.tracker.FeedPoller (Beam-free)
        skip = self.poller.skip_reason(feed, previous)
        if skip in ALWAYS_SKIP or (skip and not self.poll_all):
            counter(f"feeds_{skip}").inc()
            return
        outcome = self.poller.poll(feed, previous)
        counter(f"feeds_{outcome.outcome}").inc()
        if outcome.state.health.get("status") not in (None, "ok"):
            counter(f"feeds_status_{outcome.state.health['status']}").inc()
        state = replace(outcome.state, feed=shown)
        items: list[Any] = []
        if not outcome.ok:
            reason = outcome.reason or "fetch"
            items.append(_feed_failure(shown, reason, outcome.message or reason, outcome.status))
        else:
            counter("items_first_listed").inc(outcome.new_listed)
            # reliab (issue 12): a capped share of the new items, the rest stay candidates
            listed = None if outcome.outcome in _UNCHANGED else without_credentials(outcome.entries)
            plan = plan_poll(
                listed,
                previous.entries,
                self.state.existing if self.state else lambda ids: set(),
                document_id_for_url,
                max_items=self.max_items,
                since=self.since,
            )
            state = replace(state, entries=plan.stored)
            items = list(self._route(shown, plan))
        if self.state:  # saved before the items go on
            self.state.save(state)
            if outcome.new_listed:
                today = day_of(self.poller.clock())
                daily = dict(Health.from_dict(state.health).daily)
                self.state.save_day(state, today, daily.get(today, 0))
        yield from items

    def _route(self, feed: str, plan: PollPlan) -> Iterator[Any]:
        for entry in plan.without_link:
            counter("items_without_link").inc()
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
                counter(name).inc(value)
        logger.info("feed %s: %d new items, %d left for the next poll", feed, len(plan.new), plan.deferred)
        for entry in plan.new:
            if not self.in_flight.claim(document_id_for_url(entry.link or "")):
                counter("items_in_flight").inc()  # feeds (issue 13): handed on moments ago
                continue
            counter("items_new").inc()
            yield (feed, entry)

    def teardown(self) -> None:
        _close(self, "fetcher", "client")


class _FetchArticleFn(beam.DoFn):
    """(feed URL, FeedEntry) -> RawDocument of the article page, or a dead letter.

    A page that robots.txt forbids is not fetched: the item's feed summary becomes
    the article (the record says so). Other fetch failures go to dead letters; the
    item is not marked seen, so the next run tries again.
    """

    def __init__(
        self, fetch: FetchSettings, archive: str | None = None, archive_max_bytes: int = ARCHIVE_MAX_BYTES
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
        source = Source("feed", url=redact_url(link), feed=redact_url(feed), guid=entry.guid)
        result: FetchResult = self.fetcher.fetch_article(link)
        if result.ok:
            counter("pages_fetched").inc()
            if self.archive is not None:  # feeds (issue 13)
                record = {
                    "feed": source.feed,
                    "guid": entry.guid,
                    "title": entry.title,
                    "published": entry.published,
                }
                self.archive.write(source.url or link, result, datetime.now(timezone.utc), record)
                counter("pages_archived").inc()
            yield RawDocument(source, result.data, result.content_type, entry)
        elif result.error_reason == "robots_disallowed" and entry.summary:
            counter("pages_robots_summary").inc()
            yield RawDocument(source, b"", None, entry, notes=(ROBOTS_NOTE,))
        else:
            counter("pages_failed").inc()
            message = result.error_message or result.error_reason or "fetch failed"
            yield TaggedOutput(
                DEAD_LETTER_TAG,
                Failure("fetch", result.error_reason or "fetch", message, source, result.status),
            )

    def teardown(self) -> None:
        _close(self, "fetcher", "archive")


def _keep_one(item: tuple[str, Any]) -> Any:
    _, group = item
    ordered = sorted(group, key=lambda fe: fe[0])
    if len(ordered) > 1:
        counter("items_in_several_feeds").inc(len(ordered) - 1)
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
        poll_all: Poll every feed, not only those due by their adaptive schedule (``--poll-all``).
        archive: Folder of the WARC archive of fetched pages (``--archive``), or None.
        archive_max_bytes: Size at which the archive starts a new WARC file.

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
        poll_all: bool = False,
        archive: str | None = None,
        archive_max_bytes: int = ARCHIVE_MAX_BYTES,
    ) -> None:
        super().__init__()
        self.poll = _PollFeedFn(fetch, es, alias, since, backoff or Backoff(), max_items, poll_all)
        self.fetch = _FetchArticleFn(fetch, archive, archive_max_bytes)
        self.group_by_url = group_by_url

    def expand(self, feeds: Any) -> Outputs:
        polled = feeds | "PollFeeds" >> beam.ParDo(self.poll).with_outputs(DEAD_LETTER_TAG, main="items")
        items = polled.items | "DedupItemsByUrl" >> DedupItemsByUrl() if self.group_by_url else polled.items
        fetched = items | "FetchArticles" >> beam.ParDo(self.fetch).with_outputs(DEAD_LETTER_TAG, main="docs")
        failed = (polled[DEAD_LETTER_TAG], fetched[DEAD_LETTER_TAG]) | "FeedFailures" >> beam.Flatten()
        return Outputs(fetched.docs, failed)
