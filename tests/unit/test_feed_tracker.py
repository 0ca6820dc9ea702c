"""FeedPoller against a real HTTP server on 127.0.0.1, on a clock the test controls (issue 13)."""

from __future__ import annotations

import random
from collections.abc import Iterator
from datetime import datetime, timezone
from email.utils import format_datetime
from pathlib import Path

import pytest

from pipelines.feedbench import START, SimFeed, classify, run_bench
from tests.support.feedserver import FeedServer
from transforms.records import FeedConfig
from transforms.sources.feed_state import FeedState
from transforms.sources.fetch import Fetcher, FetchSettings
from transforms.sources.health import Health, from_iso
from transforms.sources.tracker import HOST_BACKOFF, NOT_DUE, FeedPoller, InFlight

DATA = Path(__file__).resolve().parents[1] / "data" / "sitemaps"
NOW = 1_773_000_000.0


def rss(*ids: int) -> str:
    items = "".join(
        f"<item><title>T{i}</title><link>http://x.test/{i}</link><guid>g{i}</guid></item>" for i in ids
    )
    return f'<?xml version="1.0"?><rss version="2.0"><channel><title>T</title>{items}</channel></rss>'


class Clock:
    def __init__(self) -> None:
        self.now = NOW

    def __call__(self) -> float:
        return self.now


@pytest.fixture()
def env() -> Iterator[tuple[FeedServer, FeedPoller, Clock]]:
    settings = FetchSettings(min_delay=0.0, read_timeout=2, total_timeout=5)
    if "allow_hosts" in FetchSettings.__dataclass_fields__:
        settings = FetchSettings(**{**vars(settings), "allow_hosts": ("127.0.0.1",)})
    clock = Clock()
    with FeedServer() as server, Fetcher(settings) as fetcher:
        yield server, FeedPoller(fetcher, clock=clock, rng=random.Random(1)), clock


def _poll(poller: FeedPoller, feed: FeedConfig, state: FeedState, clock: Clock) -> FeedState:
    clock.now = from_iso(state.next_poll) or clock.now
    assert poller.skip_reason(feed, state) is None
    return poller.poll(feed, state).state


def test_interval_adapts_and_same_body_counts_as_unchanged(env: tuple[FeedServer, FeedPoller, Clock]) -> None:
    server, poller, clock = env
    feed = FeedConfig(url=server.url("/f.xml"), poll_interval=3600)
    server.set("/f.xml", rss(*range(20)))  # no ETag: only the body hash can tell
    first = poller.poll(feed, FeedState(feed.url))
    assert first.outcome == "fetched" and first.new_listed == 20 and first.state.interval == 3600
    assert poller.skip_reason(feed, first.state) == NOT_DUE
    state = first.state
    for _ in range(3):
        clock.now = from_iso(state.next_poll) or 0
        outcome = poller.poll(feed, state)
        assert outcome.outcome == "unchanged_body" and len(outcome.entries) == 20
        state = outcome.state
    assert state.interval == 3600 * 1.5**3
    server.set("/f.xml", rss(*range(15, 35)))  # 15 of 20 new
    clock.now = from_iso(state.next_poll) or 0
    busy = poller.poll(feed, state)
    assert busy.new_listed == 15 and busy.state.interval == state.interval / 2
    assert sum(n for _, n in Health.from_dict(busy.state.health).daily) == 35


def test_retry_after_gone_moved_and_host_backoff(env: tuple[FeedServer, FeedPoller, Clock]) -> None:
    server, poller, clock = env
    server.set("/busy.xml", b"slow down", status=429, headers={"Retry-After": "1800"})
    busy = FeedConfig(url=server.url("/busy.xml"))
    out = poller.poll(busy, FeedState(busy.url))
    assert out.reason == "http_429" and from_iso(out.state.next_poll) == NOW + 1800
    other = FeedConfig(url=server.url("/other.xml"))  # same host: it waits too
    assert poller.skip_reason(other, FeedState(other.url)) == HOST_BACKOFF
    clock.now = NOW + 1801
    server.set("/gone.xml", b"", status=410)
    gone = FeedConfig(url=server.url("/gone.xml"))
    state = FeedState(gone.url)
    for _ in range(3):
        out = poller.poll(gone, state)
        state = out.state
        clock.now = from_iso(state.next_poll) or 0
    health = Health.from_dict(state.health)
    assert health.status == "gone" and health.failures == 3 and "http_410" in (health.last_error or "")
    assert (from_iso(state.next_poll) or 0) - (from_iso(state.polled_at) or 0) > 3 * 600  # less often
    server.set("/new.xml", rss(1, 2))
    server.redirect("/old.xml", "/new.xml", status=301)
    moved = poller.poll(FeedConfig(url=server.url("/old.xml")), FeedState(server.url("/old.xml")))
    assert Health.from_dict(moved.state.health).moved_to == server.url("/new.xml")
    assert Health.from_dict(moved.state.health).status == "moved" and len(moved.entries) == 2
    clock.now = from_iso(moved.state.next_poll) or 0
    again = poller.poll(FeedConfig(url=server.url("/old.xml")), moved.state)  # asked at its new address
    assert server.count("/old.xml") == 1 and server.count("/new.xml") == 2
    assert Health.from_dict(again.state.health).status == "moved" and again.ok


def dated(*ids: int, step: float = 180.0) -> str:
    """A feed whose item ``i`` was published ``i * step`` seconds after NOW - 1 day."""
    items = "".join(
        f"<item><title>T{i}</title><link>http://x.test/{i}</link><guid>g{i}</guid>"
        f"<pubDate>{format_datetime(datetime.fromtimestamp(NOW - 86400 + i * step, timezone.utc))}</pubDate>"
        "</item>"
        for i in ids
    )
    return f'<?xml version="1.0"?><rss version="2.0"><channel><title>T</title>{items}</channel></rss>'


def test_outage_probe_recovery_catch_up_and_gap(env: tuple[FeedServer, FeedPoller, Clock]) -> None:
    """A busy feed (one item every 3 min, 20 listed: an hour) goes down: it is probed at its floor once
    unseen items may scroll off; its first answer after is a catch-up (the floor again); a list that is
    all newer than what was known says there is a gap."""
    server, poller, clock = env
    feed = FeedConfig(url=server.url("/busy.xml"), poll_interval=900)
    server.set("/busy.xml", dated(*range(20)))
    state = poller.poll(feed, FeedState(feed.url)).state
    assert state.interval == 600  # the dates say: an hour of items, at the floor
    server.set("/busy.xml", b"oops", status=500)
    waits = []
    for _ in range(8):
        clock.now = from_iso(state.next_poll) or 0
        before = clock.now
        state = poller.poll(feed, state).state
        waits.append((from_iso(state.next_poll) or 0) - before)
    assert Health.from_dict(state.health).status == "failing"
    assert all(w <= 1800 for w in waits) and all(540 <= w <= 600 for w in waits[-4:])  # floor probes
    server.set("/busy.xml", dated(*range(10, 30)))  # back: 10 items new
    clock.now = from_iso(state.next_poll) or 0
    back = poller.poll(feed, state)
    assert back.new_listed == 10 and not back.warnings
    assert 540 <= (from_iso(back.state.next_poll) or 0) - clock.now <= 600  # a catch-up: the floor
    server.set("/busy.xml", dated(*range(60, 80)))  # items 30-59 were never listed to us
    clock.now = from_iso(back.state.next_poll) or 0
    gap = poller.poll(feed, back.state)
    assert gap.new_listed == 20 and any(w.startswith("gap:") for w in gap.warnings)


def test_news_sitemap_index_with_children(env: tuple[FeedServer, FeedPoller, Clock]) -> None:
    server, poller, _ = env
    index = (
        '<?xml version="1.0"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
        f"<sitemap><loc>{server.url('/news.xml')}</loc><lastmod>2026-06-15T20:00:26+00:00</lastmod></sitemap>"
        f"<sitemap><loc>{server.url('/missing.xml')}</loc></sitemap></sitemapindex>"
    )
    server.set("/index.xml", index)
    server.set("/news.xml", (DATA / "washingtonpost-politics-news.xml").read_bytes())
    feed = FeedConfig(url=server.url("/index.xml"), kind="sitemap")
    out = poller.poll(feed, FeedState(feed.url))
    assert out.ok and len(out.entries) == 3 and out.requests == 3
    assert out.entries[0].title == "The Latest: Roy Moore thanks Trump in new fundraising appeal"
    assert any("missing.xml" in w for w in out.warnings)


def test_in_flight_items_are_not_handed_on_twice() -> None:
    clock = Clock()
    seen = InFlight(clock, ttl=60)
    assert seen.claim("a") and not seen.claim("a")
    clock.now += 61
    assert seen.claim("a")


def test_short_scale_bench() -> None:
    """The scale bench, small: 40 feeds, 4 simulated hours (the full one: `bantin bench feeds`)."""
    figures = run_bench(n=40, hours=4, hosts=5, seed=5)
    adaptive, fixed = figures["adaptive"], figures["fixed"]
    assert adaptive["lost"] == 0 and adaptive["duplicated"] == 0, adaptive["timelines"]
    assert adaptive["wrongly_marked"] == 0, adaptive["wrong_examples"]
    assert adaptive["retry_after_violations"] == 0
    # the fixed poller ran over HTTP too: every 10 min, Retry-After ignored
    assert fixed["duplicated"] == 0 and fixed["retry_after_violations"] > 0
    assert fixed["requests"] > 2 * adaptive["requests"]


def test_bench_groups_of_items_not_handed_on() -> None:
    """The scale bench's accounting: lost, forbidden by Retry-After, not gettable."""
    h = 3600.0
    # item k is listed from times[k] until times[k + 20]; outage of a 429 feed: 1 h - 4 h
    times = [START + 3.9 * h, *[START + 4.3 * h + i for i in range(19)], START + 4.35 * h]
    feed = SimFeed("/f.xml", 0, 1.0, "throttled429", "ok", times=times + [START + 9 * h] * 25)
    end = START + 10 * h
    # listed 3.9 h - 4.35 h: 21 min while the feed answers (after 4 h), none of it forbidden
    assert classify(feed, 0, False, end) == "lost_around_outages"
    assert classify(feed, 0, True, end) is None  # handed on
    feed.forbidden = [(START + 3.95 * h, START + 4.45 * h)]  # the last 429's Retry-After
    assert classify(feed, 0, False, end) == "forbidden"
    feed.forbidden = [(START + 3.95 * h, START + 4.2 * h)]  # 9 min left outside it: still forbidden
    assert classify(feed, 0, False, end) == "forbidden"
    feed.forbidden = [(START + 3.95 * h, START + 4.1 * h)]  # 15 min left: a poller could have it
    assert classify(feed, 0, False, end) == "lost_around_outages"
    short = SimFeed("/g.xml", 0, 1.0, "ok", "ok", times=[START + h + i * 20 for i in range(40)])
    assert classify(short, 0, False, end) == "not_gettable"  # listed 400 s
