"""Hostile and careless feeds against the real poll step: a real HTTP server on 127.0.0.1 and
the real local Elasticsearch holding the feed state and the articles."""

from __future__ import annotations

import os
from collections.abc import Iterator
from typing import Any

import pytest
from apache_beam.pvalue import TaggedOutput

from tests.support.feedserver import FeedServer
from transforms.es.client import Backoff, EsSettings
from transforms.es.indices import ensure_articles_index
from transforms.ids import document_id_for_url
from transforms.records import FeedConfig, FeedEntry
from transforms.sources.fetch import FetchSettings
from transforms.steps.feeds import _PollFeedFn

pytestmark = pytest.mark.integration

# The full 100,000 items take ~1-4 minutes here (feedparser reads ~2,500 items/s): CI runs them
# (BANTIN_SLOW_TESTS=1, set by .ci/run); the default suite runs the same steps on 3,000.
ITEMS = 100_000 if os.environ.get("BANTIN_SLOW_TESTS") == "1" else 3_000
FETCH = FetchSettings(min_delay=0.0, max_bytes=64 * 1024 * 1024, allow_hosts=("127.0.0.1",))


def big_feed(server: FeedServer, count: int) -> bytes:
    items = "".join(
        f"<item><title>Tin {i}</title><link>{server.url(f'/tin/{i}.htm')}</link><guid>g{i}</guid></item>"
        for i in range(count)
    )
    head = '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Kênh</title>'
    return (head + items + "</channel></rss>").encode()


def poll(fn: _PollFeedFn, feed: FeedConfig) -> tuple[list[FeedEntry], list[Any]]:
    items: list[FeedEntry] = []
    failures: list[Any] = []
    for out in fn.process(feed):
        if isinstance(out, TaggedOutput):
            failures.append(out.value)
        else:
            items.append(out[1])
    return items, failures


def mark_written(es_url: str, alias: str, entries: list[FeedEntry]) -> None:
    """What the sink does for these items: one article document each (empty: the id is what counts)."""
    client = EsSettings(url=es_url).client()
    try:
        operations: list[dict[str, Any]] = []
        for entry in entries:
            operations += [
                {"index": {"_index": alias, "_id": document_id_for_url(entry.link or "")}},
                {},
            ]
        client.bulk(operations=operations, refresh=True)
    finally:
        client.close()


@pytest.fixture()
def server() -> Iterator[FeedServer]:
    with FeedServer() as running:
        yield running


def test_a_huge_feed_is_taken_500_items_a_poll_and_nothing_is_lost(
    server: FeedServer, es_url: str, es_index: str
) -> None:
    client = EsSettings(url=es_url).client()
    ensure_articles_index(client, es_index)
    client.close()
    server.set("/big.xml", big_feed(server, ITEMS), etag='"big"')
    feed = FeedConfig(url=server.url("/big.xml"), poll_interval=60)
    # the poll step of IngestFeeds, called directly: three polls, with writes between them
    # (poll_all: the adaptive schedule of issue 13 would not poll again so soon)
    fn = _PollFeedFn(FETCH, EsSettings(url=es_url), es_index, None, Backoff(), max_items=500, poll_all=True)
    fn.setup()
    try:
        first, failures = poll(fn, feed)
        assert not failures and len(first) == 500
        assert [e.title for e in first[:2]] == ["Tin 0", "Tin 1"]  # feed order: newest first
        mark_written(es_url, es_index, first)
        second, _ = poll(fn, feed)  # 304: the stored items are listed again
        assert server.hits_for("/big.xml")[-1].headers.get("if-none-match") == '"big"'
        assert len(second) == 500 and {e.link for e in second}.isdisjoint(e.link for e in first)
        assert second[0].title == "Tin 500"
        # the feed moves on: it now lists 10 new items only; the ones not taken yet stay candidates
        mark_written(es_url, es_index, second)
        fresh = big_feed(server, 10).replace(b"/tin/", b"/moi/").replace(b"<guid>g", b"<guid>m")
        server.set("/big.xml", fresh, etag='"fresh"')
        third, _ = poll(fn, feed)
        assert [e.link for e in third[:10]] == [server.url(f"/moi/{i}.htm") for i in range(10)]
        assert [e.link for e in third[10:]] == [server.url(f"/tin/{i}.htm") for i in range(1000, 1490)]
    finally:
        fn.teardown()
