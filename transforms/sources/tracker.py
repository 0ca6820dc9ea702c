"""One poll of one feed or news sitemap, with adaptive schedule and health: Beam-free.

:class:`FeedPoller` is what the Beam poll step (batch and streaming) calls, and
what ``bantin bench feeds`` drives on a simulated clock. It does not talk to
Elasticsearch: the caller loads the previous :class:`FeedState`, asks
:meth:`FeedPoller.skip_reason` whether the feed is due, calls
:meth:`FeedPoller.poll`, keeps the listed items whose article is not written yet,
and saves :attr:`PollOutcome.state`.

What one poll decides:

* unchanged answers: ``304``, or a 200 whose body hash equals the last one (a
  server sending a new ``ETag`` for the same bytes), re-list the stored items;
* the new items are those not listed by the previous answer; their share of the
  list adapts the interval (:mod:`~transforms.sources.schedule`);
* a failure updates the health (:mod:`~transforms.sources.health`), backs the feed
  off (``Retry-After`` first) and, for timeouts, refused connections, 429 and 503,
  the whole host;
* a ``sitemap`` feed is parsed by :mod:`~transforms.sources.sitemaps`; an index
  has its child sitemaps fetched (changed since the last success, newest first).
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from typing import Any, Protocol

from transforms.records import FeedConfig, FeedEntry, FetchResult, ParsedFeed
from transforms.sources import health as hl
from transforms.sources.feed_state import FeedState, entry_from_dict, entry_to_dict
from transforms.sources.feeds import parse_feed
from transforms.sources.schedule import (
    DEFAULT_MAX_INTERVAL,
    DEFAULT_MIN_INTERVAL,
    Bounds,
    HostBackoff,
    NextPoll,
    adapt_interval,
    body_hash,
    first_interval,
    floor_probe,
    is_due,
    list_lifetime,
    parse_retry_after,
    plan_failure,
    plan_success,
    scroll_deadline,
    spread,
)
from transforms.sources.sitemaps import MAX_CHILDREN, parse_sitemap
from transforms.sources.urls import host_of

HOST_REASONS = frozenset({"timeout", "connection", "http_429", "http_503", "tls"})  # the host, not the feed
NOT_DUE, HOST_BACKOFF, DISABLED, RETRY_AFTER = "not_due", "host_backoff", "disabled", "retry_after"
ALWAYS_SKIP = frozenset({DISABLED, HOST_BACKOFF, RETRY_AFTER})  # even when every feed is to be polled
MAX_STORED = 5000  # items of a sitemap index remembered between polls (a month of a busy outlet)


class FeedFetcher(Protocol):
    """What the poller needs of :class:`~transforms.sources.fetch.Fetcher`."""

    def fetch_feed(
        self, url: str, *, etag: str | None = None, last_modified: str | None = None
    ) -> FetchResult:
        """Fetch a feed (conditional when validators are given)."""
        ...


def bounds_of(feed: FeedConfig) -> Bounds:
    """A feed's interval bounds: the list's, else 10 min (or its ``poll_interval`` if shorter) to 24 h."""
    low = feed.min_interval
    if low is None:
        low = min(DEFAULT_MIN_INTERVAL, feed.poll_interval)
    high = feed.max_interval if feed.max_interval is not None else DEFAULT_MAX_INTERVAL
    return Bounds(float(low), float(max(low, high)))


@dataclass(frozen=True)
class PollOutcome:
    """What one poll gives.

    Attributes:
        state: The feed's state to save.
        outcome: ``fetched``, ``not_modified``, ``unchanged_body``, ``failed`` or ``rejected``.
        entries: Every listed item (the caller keeps those not yet written).
        new_listed: Items listed for the first time.
        reason: Failure reason code (``http_500``, ``timeout``, ``not_a_feed``...).
        message: Failure sentence.
        status: HTTP status of the answer, when there was one.
        warnings: Problems that did not fail the poll (a child sitemap that failed).
        requests: HTTP requests made (an index and its children count each).
    """

    state: FeedState
    outcome: str
    entries: tuple[FeedEntry, ...] = ()
    new_listed: int = 0
    reason: str | None = None
    message: str | None = None
    status: int | None = None
    warnings: tuple[str, ...] = field(default_factory=tuple)
    requests: int = 1

    @property
    def ok(self) -> bool:
        """True unless the poll failed or the answer was no feed."""
        return self.outcome not in ("failed", "rejected")


@dataclass(frozen=True)
class _Poll:
    """One poll under way: the feed's state before, the time, its schedule, health and the answer."""

    base: FeedState
    now: float
    interval: float
    bounds: Bounds
    health: hl.Health
    result: FetchResult

    def state(self, plan: NextPoll, health: hl.Health, **fields: Any) -> FeedState:
        """The state to save: ``plan`` and ``health`` applied (and other changed ``fields``)."""
        return replace(
            self.base,
            status=self.result.status,
            interval=plan.interval,
            next_poll=hl.iso(plan.next_poll),
            health=health.to_dict(),
            **fields,
        )


class FeedPoller:
    """Polls feeds with adaptive schedules, health, host backoff and body hashes.

    Args:
        fetcher: A :class:`~transforms.sources.fetch.Fetcher` (or anything with ``fetch_feed``).
        clock: Current POSIX time (a simulated clock in tests and the bench).
        rng: Jitter source.
        hosts: Per-host backoff shared by this worker's feeds.
    """

    def __init__(
        self,
        fetcher: FeedFetcher,
        clock: Callable[[], float] = time.time,
        rng: random.Random | None = None,
        hosts: HostBackoff | None = None,
    ) -> None:
        self.fetcher = fetcher
        self.clock = clock
        self.rng = rng or random.Random()
        self.hosts = hosts if hosts is not None else HostBackoff(self.rng)  # (an empty one is falsy)

    def skip_reason(self, feed: FeedConfig, previous: FeedState) -> str | None:
        """Why not to poll ``feed`` now, or None.

        ``disabled``; ``retry_after`` (the last answer was a 429/503 and its wait is not over);
        ``not_due`` (the schedule); ``host_backoff``. Only ``not_due`` may be overridden
        (``--poll-all``): :data:`ALWAYS_SKIP` are kept to by every caller.
        """
        if not feed.enabled:
            return DISABLED
        now = self.clock()
        if not is_due(hl.from_iso(previous.next_poll), now):
            return RETRY_AFTER if previous.status in (429, 503) else NOT_DUE
        if self.hosts.blocked_until(host_of(feed.url), now) is not None:
            return HOST_BACKOFF
        return None

    def poll(self, feed: FeedConfig, previous: FeedState) -> PollOutcome:
        """Poll one feed now (whether due or not) and decide its next poll.

        Args:
            feed: The feed from the list.
            previous: Its stored state (``FeedState(feed.url)`` when never polled).

        Returns:
            The outcome, with the state to save.
        """
        now = self.clock()
        bounds = bounds_of(feed)
        first = previous.interval is None
        interval = bounds.clamp(previous.interval if previous.interval is not None else feed.poll_interval)
        health = hl.Health.from_dict(previous.health)
        base = replace(
            previous,
            polled_at=hl.iso(now),
            name=feed.name,
            kind=feed.kind,
            tags=tuple(f"{k}:{v}" for k, v in feed.tags),
        )
        # a feed that moved for good is asked at its new address (one request, not two)
        moved = health.moved_to if health.status == hl.MOVED else None
        result = self.fetcher.fetch_feed(
            moved or feed.url, etag=previous.etag, last_modified=previous.last_modified
        )
        if moved and not result.moved_to:
            result = replace(result, moved_to=moved)
        poll = _Poll(base, now, interval, bounds, health, result)
        if not result.ok:
            reason = result.error_reason or "fetch"
            return self._failed(poll, reason, result.error_message or reason)
        self.hosts.succeeded(host_of(feed.url), now)
        known = [entry_from_dict(e) for e in previous.entries]
        if result.not_modified:
            return self._unchanged(poll, known, "not_modified")
        digest = body_hash(result.data)
        if digest == previous.body_hash and previous.entries:
            return self._unchanged(
                poll, known, "unchanged_body", etag=result.etag, last_modified=result.last_modified
            )
        requests = 1
        warnings: list[str] = []
        if feed.kind == "sitemap":
            parsed, requests, warnings = self._sitemap(result, previous, health)
        else:
            parsed = parse_feed(result.data, url=result.final_url, content_type=result.content_type)
        if not parsed.ok:
            return self._failed(poll, "not_a_feed", parsed.error or "not a feed", requests)
        entries = tuple(parsed.entries)
        seen = {e.link or e.guid for e in known}
        fresh = [e for e in entries if (e.link or e.guid) not in seen]
        days = _fresh_by_day(fresh, now)
        recovered = health.failures > 0
        gap = _gap(known, entries, len(fresh))
        if gap:
            warnings.append(gap)
        health = hl.after_success(health, now, len(fresh), result.moved_to, days)
        lifetime = list_lifetime(_dates(entries))
        if first:  # the first answer lists a backlog: only its dates tell the pace
            nxt = first_interval(lifetime, interval, bounds)
            plan = NextPoll(nxt, now + spread(nxt, bounds, self.rng), "first")
        elif recovered or gap:
            # a catch-up: what was published during the outage (or the gap) is not the usual pace;
            # look again at the floor to see the list as it is now, and never slow down on it
            nxt = min(interval, adapt_interval(interval, len(fresh), len(entries), bounds, lifetime))
            plan = NextPoll(nxt, now + floor_probe(bounds, self.rng), "catch_up")
        else:
            plan = plan_success(now, interval, len(fresh), len(entries), bounds, self.rng, lifetime)
        state = poll.state(
            plan, health, etag=result.etag, last_modified=result.last_modified, body_hash=digest,
            entries=tuple(entry_to_dict(e) for e in entries),
        )  # fmt: skip
        return PollOutcome(
            state, "fetched", entries, len(fresh), status=result.status, warnings=tuple(warnings),
            requests=requests,
        )  # fmt: skip

    def _unchanged(self, poll: _Poll, known: list[FeedEntry], outcome: str, **fields: Any) -> PollOutcome:
        health = hl.after_success(poll.health, poll.now, 0, poll.result.moved_to)
        lifetime = list_lifetime(_dates(known))
        plan = plan_success(poll.now, poll.interval, 0, 0, poll.bounds, self.rng, lifetime)
        return PollOutcome(
            poll.state(plan, health, **fields), outcome, tuple(known), 0, status=poll.result.status
        )

    def _failed(self, poll: _Poll, reason: str, message: str, requests: int = 1) -> PollOutcome:
        now, result = poll.now, poll.result
        failing_since = hl.from_iso(poll.health.last_error_at) if poll.health.failures else None
        health = hl.after_failure(poll.health, now, reason, result.status, message)
        retry_after = parse_retry_after(result.retry_after, now) if result.status in (429, 503) else None
        if reason in HOST_REASONS:
            self.hosts.failed(host_of(poll.base.feed), now, retry_after, failing_since)
        gone = health.status == hl.GONE
        lifetime = list_lifetime(_dates(entry_from_dict(e) for e in poll.base.entries))
        deadline = scroll_deadline(hl.from_iso(health.last_success), lifetime)
        plan = plan_failure(
            now, poll.interval, health.failures, poll.bounds, self.rng, retry_after, gone, deadline
        )
        outcome = "rejected" if reason == "not_a_feed" else "failed"
        state = poll.state(plan, health)
        return PollOutcome(state, outcome, (), 0, reason, message, result.status, requests=requests)

    def _sitemap(
        self, result: FetchResult, previous: FeedState, health: hl.Health
    ) -> tuple[ParsedFeed, int, list[str]]:
        sitemap = parse_sitemap(result.data, url=result.final_url)
        if not sitemap.children:
            return sitemap.parsed, 1, []
        since = hl.from_iso(health.last_success)
        entries: list[FeedEntry] = []
        warnings: list[str] = []
        requests = 1
        fetched = 0
        for child, lastmod in sitemap.children:
            changed = hl.from_iso(lastmod)
            if since is not None and changed is not None and changed <= since:
                continue  # unchanged since the last good poll: its items are among the stored ones
            if fetched >= MAX_CHILDREN:
                warnings.append(f"more than {MAX_CHILDREN} changed child sitemaps: {child} left for later")
                continue
            fetched += 1
            requests += 1
            answer = self.fetcher.fetch_feed(child)
            if not answer.ok:
                warnings.append(f"child sitemap {child}: {answer.error_message or answer.error_reason}")
                continue
            part = parse_sitemap(answer.data, url=answer.final_url)
            if not part.parsed.ok:
                warnings.append(f"child sitemap {child}: {part.parsed.error}")
                continue
            entries.extend(part.parsed.entries)
        if fetched and len(warnings) >= fetched and not entries:
            return ParsedFeed(ok=False, error="; ".join(warnings[:3])), requests, warnings
        # the stored items of unchanged children stay listed (up to MAX_STORED, newest first)
        links = {e.link for e in entries}
        kept = [entry_from_dict(e) for e in previous.entries if e.get("link") not in links]
        merged = (entries + kept)[:MAX_STORED]
        return ParsedFeed(ok=True, type="sitemapindex", entries=tuple(merged)), requests, warnings


def _dates(entries: Iterable[FeedEntry]) -> list[float]:
    """Publication times of the dated entries."""
    stamps = (hl.from_iso(e.published) for e in entries)
    return [t for t in stamps if t is not None]


def _fresh_by_day(fresh: list[FeedEntry], now: float) -> dict[str, int]:
    """New items per day of publication; undated, future or over 35 days old: the poll's day."""
    days: dict[str, int] = {}
    for entry in fresh:
        stamp = hl.from_iso(entry.published)
        day = hl.day_of(stamp if stamp is not None and now - 35 * 86400 < stamp <= now else now)
        days[day] = days.get(day, 0) + 1
    return days


def _gap(known: list[FeedEntry], listed: tuple[FeedEntry, ...], fresh: int) -> str | None:
    """A warning when items were missed: every listed item is new and all are newer than the
    newest item of the last answer (so items published in between have scrolled off)."""
    if not known or not listed or fresh < len(listed):
        return None
    newest_known = max(_dates(known), default=None)
    oldest_listed = min(_dates(listed), default=None)
    if newest_known is None or oldest_listed is None or oldest_listed <= newest_known:
        return None
    return f"gap: items published between {hl.iso(newest_known)} and {hl.iso(oldest_listed)} may be missed"


IN_FLIGHT_TTL = 600.0  # an item handed on is not handed on again for 10 min (its write takes seconds)


class InFlight:
    """Items handed on recently by this worker, so that a quick re-poll does not fetch them twice.

    An item counts as *seen* only once its article is written; between being handed
    on and being written, a streaming job polling again would list it again. After
    ``ttl`` seconds an item is forgotten (a failed fetch is then retried).

    Args:
        clock: Current time.
        ttl: Seconds an item is remembered.
        limit: Most items remembered (oldest forgotten first).
    """

    def __init__(self, clock: Callable[[], float] = time.monotonic, ttl: float = IN_FLIGHT_TTL,
                 limit: int = 100_000) -> None:  # fmt: skip
        self.clock = clock
        self.ttl = ttl
        self.limit = limit
        self._since: dict[str, float] = {}

    def claim(self, key: str) -> bool:
        """True when ``key`` may be handed on now (and remember it); False while it is in flight."""
        now = self.clock()
        when = self._since.get(key)
        if when is not None and now - when < self.ttl:
            return False
        self._since.pop(key, None)
        self._since[key] = now
        while len(self._since) > self.limit:
            self._since.pop(next(iter(self._since)))
        return True
