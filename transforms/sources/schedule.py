"""Adaptive polling: when to poll each feed next. Pure functions, no I/O, no Beam.

Each feed has an interval that follows how often it publishes, inside the bounds
of the feed list (default 10 minutes to 24 hours):

* the share of listed items that are new decides the next interval: nothing new
  makes it longer (x1.5), a list that is entirely new makes it much shorter (/4:
  items may have scrolled off the list unseen), in between the interval is scaled
  towards :data:`TARGET_NEW_SHARE` of the list being new at each poll (by at most
  /2 or x1.25 per poll);
* an unchanged answer (``304``, or the same body bytes as last time, for servers
  that send a new ``ETag`` for the same content or none at all) counts as nothing new;
* ``429``/``503`` with ``Retry-After`` (seconds or an HTTP date) is honoured, capped
  at :data:`MAX_RETRY_AFTER`;
* after errors a feed waits ``interval * 2**failures`` (capped at the upper bound,
  with jitter), and the host it lives on waits too (:class:`HostBackoff`), so a
  failing outlet with fifty feeds is not asked fifty times.

Times are POSIX seconds (``float``); callers pass the clock, so tests and the
scale bench run on a simulated one.
"""

from __future__ import annotations

import email.utils
import hashlib
import random
from dataclasses import dataclass
from datetime import datetime

DEFAULT_MIN_INTERVAL = 600.0  # 10 minutes: the busiest Vietnamese outlets publish a few items per 10 min
DEFAULT_MAX_INTERVAL = 86400.0  # a day: a quiet feed is still seen daily
GROW = 1.5  # nothing new: +50% (reaches a day from 10 min in ~12 quiet polls)
SATURATED_SHRINK = 4.0  # every listed item new: items may have been missed, come back much sooner
TARGET_NEW_SHARE = 0.25  # aim at a quarter of the list being new per poll: far from losing items
MAX_STEP = 2.0  # a single poll shortens the interval by at most /2 (besides saturation)
MAX_RISE = 1.25  # ... and lengthens it by at most x1.25 when some items were new (measured: x2 after
# a lucky quiet poll lost items of busy feeds; a poll with nothing new still grows x1.5)
MAX_RETRY_AFTER = 6 * 3600.0  # a server asking for more than 6 h is asked again after 6 h
JITTER = 0.1  # +-10% on every next-poll time: feeds listed together drift apart
HOST_BACKOFF_BASE = 60.0  # first wait of a host after an error
HOST_BACKOFF_CAP = 1800.0  # a host in trouble is retried at least every 30 min (busy feeds list ~1 h)
FAILING_CAP = 2.0  # a failing (not gone) feed is retried at least every 2 intervals: less often, no loss
SCROLL_MARGIN = 0.5  # unseen items may start to scroll off after half the list's lifetime (20
# exponential gaps: the lifetime's spread is ~22 %, so half of it is more than 2 spreads early)
RIDE_OUT = 3 * 3600.0  # an item published just after a poll must still be listed after an outage this
# long (the 429 windows the scale bench simulates), else the feed is polled at its floor
PROBE_SPAN = 6 * 3600.0  # probe at the floor for at most 6 h past that point; then only the backoff


@dataclass(frozen=True)
class Bounds:
    """Per-feed interval bounds (seconds), from the feed list."""

    min_interval: float = DEFAULT_MIN_INTERVAL
    max_interval: float = DEFAULT_MAX_INTERVAL

    def clamp(self, seconds: float) -> float:
        """``seconds`` within the bounds."""
        return max(self.min_interval, min(self.max_interval, seconds))


def body_hash(data: bytes) -> str:
    """Fingerprint of a feed body (SHA-1 hex), compared with the last poll's."""
    return hashlib.sha1(data).hexdigest()


def adapt_interval(
    interval: float, new: int, listed: int, bounds: Bounds, lifetime: float | None = None
) -> float:
    """The next interval after a successful poll.

    Args:
        interval: The current interval, seconds.
        new: Listed items never seen before.
        listed: Items the answer listed (0 for an unchanged answer).
        bounds: The feed's bounds.
        lifetime: How long an item stays listed (:func:`list_lifetime`), when known: the
            interval stays under ``lifetime - RIDE_OUT`` (:func:`ride_out_cap`).

    Returns:
        The new interval, within ``bounds``.
    """
    if new <= 0 or listed <= 0:
        nxt = interval * GROW
    elif new >= listed:
        nxt = interval / SATURATED_SHRINK
    else:
        nxt = interval * max(1.0 / MAX_STEP, min(MAX_RISE, TARGET_NEW_SHARE * listed / new))
    return bounds.clamp(min(nxt, ride_out_cap(lifetime)))


def ride_out_cap(lifetime: float | None) -> float:
    """The longest interval at which an item published just after a poll is still listed after an
    outage of :data:`RIDE_OUT` (no cap when the lifetime is unknown; the floor applies after)."""
    return float("inf") if lifetime is None else lifetime - RIDE_OUT


def first_interval(lifetime: float | None, fallback: float, bounds: Bounds) -> float:
    """The interval after a feed's first answer: a quarter of its list's lifetime (from the listed
    items' dates), as the adaptation would reach it; ``fallback`` when the dates say nothing.

    One list's dates may overstate the lifetime (measured: 20 items over ~5 h on a feed listing
    3.3 h of items), so the first answer lengthens the interval past ``fallback`` only as far as
    even :data:`SCROLL_MARGIN` of the lifetime rides out an outage of :data:`RIDE_OUT`.
    """
    if lifetime is None:
        return bounds.clamp(fallback)
    sure = max(ride_out_cap(lifetime * SCROLL_MARGIN), min(fallback, ride_out_cap(lifetime)))
    return bounds.clamp(min(lifetime * TARGET_NEW_SHARE, sure))


def jittered(seconds: float, rng: random.Random, spread: float = JITTER) -> float:
    """``seconds`` moved by a random +-``spread`` share."""
    return seconds * (1.0 + rng.uniform(-spread, spread))


def parse_retry_after(value: str | None, now: float) -> float | None:
    """Seconds to wait from a ``Retry-After`` header (delta-seconds or an HTTP date), capped.

    Args:
        value: The header value.
        now: Current time (POSIX seconds), for the date form.

    Returns:
        Seconds (0 to :data:`MAX_RETRY_AFTER`), or None when absent or unreadable.
    """
    text = (value or "").strip()
    if not text:
        return None
    if text.isdigit():
        return min(float(text), MAX_RETRY_AFTER)
    try:
        when: datetime = email.utils.parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:
        return None
    return max(0.0, min(when.timestamp() - now, MAX_RETRY_AFTER))


def list_lifetime(published: list[float]) -> float | None:
    """How long an item stays on a list, from the publication times of the items listed at once.

    With ``n`` items spread over ``span`` seconds, a new item is published every
    ``span / (n - 1)`` on average and pushes one off: an item stays listed about
    ``span * n / (n - 1)``. None with fewer than 2 dated items or no spread.
    """
    if len(published) < 2:
        return None
    span = max(published) - min(published)
    if span <= 0:
        return None
    return span * len(published) / (len(published) - 1)


def scroll_deadline(last_success: float | None, lifetime: float | None) -> float | None:
    """The earliest time an item published after ``last_success`` may have scrolled off unseen."""
    if last_success is None or lifetime is None:
        return None
    return last_success + SCROLL_MARGIN * lifetime


def failure_delay(interval: float, failures: int, bounds: Bounds, gone: bool = False) -> float:
    """Wait before retrying a feed that failed ``failures`` times in a row (never "dropped").

    The first retry comes after the usual interval, then it doubles: up to the upper bound for a
    feed that is gone (404/410), but only up to :data:`FAILING_CAP` intervals for one that fails
    otherwise, so that a busy feed coming back loses no item that scrolled off in the meantime.
    """
    exponent = max(0, min(failures - 1, 20))
    base = max(interval, bounds.min_interval)
    cap = bounds.max_interval if gone else min(bounds.max_interval, FAILING_CAP * base)
    return min(base * 2.0**exponent, cap)


@dataclass(frozen=True)
class NextPoll:
    """The schedule decided after one poll.

    Attributes:
        interval: The feed's interval from now on (seconds; the normal cadence).
        next_poll: When to poll next (POSIX seconds), jitter, backoff and Retry-After included.
        reason: Why: ``adapted``, ``unchanged``, ``retry_after``, ``backoff``.
    """

    interval: float
    next_poll: float
    reason: str


def plan_success(
    now: float,
    interval: float,
    new: int,
    listed: int,
    bounds: Bounds,
    rng: random.Random,
    lifetime: float | None = None,
) -> NextPoll:
    """Schedule after a good answer (``listed == 0`` for an unchanged one)."""
    nxt = adapt_interval(interval, new, listed, bounds, lifetime)
    return NextPoll(nxt, now + spread(nxt, bounds, rng), "adapted" if listed else "unchanged")


def spread(interval: float, bounds: Bounds, rng: random.Random) -> float:
    """The wait until the next poll: ``interval`` with jitter, never later than the floor for a feed
    polled at its floor (an item listed for the floor is then always seen)."""
    return floor_probe(bounds, rng) if interval <= bounds.min_interval else jittered(interval, rng)


def plan_failure(
    now: float,
    interval: float,
    failures: int,
    bounds: Bounds,
    rng: random.Random,
    retry_after: float | None = None,
    gone: bool = False,
    deadline: float | None = None,
) -> NextPoll:
    """Schedule after a failed poll; the interval itself is kept for when the feed recovers.

    Args:
        now: Current time.
        interval: The feed's interval before the failure.
        failures: Consecutive failures, this one included (weighted, see ``health``).
        bounds: The feed's bounds.
        rng: Jitter source.
        retry_after: Seconds the server asked for (429/503), already capped.
        gone: The feed answered 404/410 (its backoff may reach the upper bound).
        deadline: :func:`scroll_deadline` of the feed: from then on (for at most :data:`PROBE_SPAN`)
            a feed that is not gone is probed at its floor, so that the first good answer after an
            outage comes within the floor, before its unseen items scroll off.
    """
    if retry_after is not None:
        return NextPoll(interval, now + max(retry_after, 1.0), "retry_after")
    delay = jittered(failure_delay(interval, failures, bounds, gone), rng)
    if deadline is not None and not gone and now < deadline + PROBE_SPAN and now + delay > deadline:
        probe = max(deadline - now, floor_probe(bounds, rng))
        if probe < delay:
            return NextPoll(interval, now + probe, "probe")
    return NextPoll(interval, now + delay, "backoff")


def floor_probe(bounds: Bounds, rng: random.Random) -> float:
    """The floor with jitter downwards only (never later than the floor)."""
    return bounds.min_interval * (1.0 - rng.uniform(0.0, JITTER))


def is_due(next_poll: float | None, now: float) -> bool:
    """True when a feed should be polled (never polled, or its time has come)."""
    return next_poll is None or next_poll <= now


class HostBackoff:
    """Per-host waits after errors (exponential, full jitter), shared by a worker's feeds.

    Args:
        rng: Jitter source.
        base: First wait, seconds.
        cap: Longest wait, seconds.
    """

    def __init__(self, rng: random.Random | None = None, base: float = HOST_BACKOFF_BASE,
                 cap: float = HOST_BACKOFF_CAP) -> None:  # fmt: skip
        self.rng = rng or random.Random()
        self.base = base
        self.cap = cap
        self._errors: dict[str, int] = {}
        self._until: dict[str, float] = {}
        self._ok_at: dict[str, float] = {}
        self._asked: dict[str, float] = {}  # Retry-After windows (a success does not end them)

    def blocked_until(self, host: str, now: float) -> float | None:
        """When the host may be asked again, or None when it may be asked now."""
        until = max(self._until.get(host, 0.0), self._asked.get(host, 0.0))
        return until if until > now else None

    def failed(
        self, host: str, now: float, retry_after: float | None = None, feed_failing_since: float | None = None
    ) -> float:
        """Record an error of ``host``; return until when it is left alone (``now``: not held against it).

        Args:
            host: The feed's host.
            now: Current time.
            retry_after: Seconds the server asked for (the host is left alone at least that long).
            feed_failing_since: When the feed's previous failure in a row was (None: it was fine).
                A feed that keeps failing while other feeds of its host answer (a success of the
                host after that failure) fails on its own: it does not block the host, else one
                dead feed would starve every other feed of its outlet.
        """
        ok_at = self._ok_at.get(host)
        if (
            retry_after is None
            and feed_failing_since is not None
            and ok_at is not None
            and ok_at > feed_failing_since
        ):
            return max(now, self._until.get(host, now))
        errors = self._errors.get(host, 0) + 1
        self._errors[host] = errors
        ceiling = min(self.cap, self.base * 2.0 ** min(errors - 1, 20))
        wait = self.rng.uniform(ceiling / 2, ceiling)  # "equal jitter": never zero, never synchronized
        if retry_after is not None:
            wait = max(wait, retry_after)
        self._until[host] = now + wait
        if retry_after is not None:  # what the server asked for holds whatever else answers meanwhile
            self._asked[host] = max(self._asked.get(host, 0.0), now + retry_after)
        return now + wait

    def succeeded(self, host: str, now: float | None = None) -> None:
        """The host answered well (at ``now``): forget its errors (not a ``Retry-After`` it gave)."""
        self._errors.pop(host, None)
        self._until.pop(host, None)
        if now is not None:
            self._ok_at[host] = now

    def __len__(self) -> int:
        return len(self._errors)
