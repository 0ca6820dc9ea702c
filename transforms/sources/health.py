"""Source health: what each poll says about a feed, kept in its state. Pure, no I/O, no Beam.

A feed is ``ok``, ``failing`` (its weighted failure score reached
:data:`FAILING_AT`: hard errors weigh 1, timeouts and throttling 0.5), ``gone``
(404/410) or ``moved`` (a permanent redirect; the new URL is recorded). No status
drops a feed: a failing or gone feed is still polled, less often (see
:func:`~transforms.sources.schedule.plan_failure`), and comes back to ``ok`` with
the first good answer.

Publishing history is a per-day count of new items (the last :data:`KEEP_DAYS`
days), enough for items per day over 7 and 30 days and for the *silent* flag: a
feed that usually publishes but has listed nothing new for :data:`SILENT_INTERVALS`
of its usual gaps between items.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta, timezone
from typing import Any

OK, FAILING, GONE, MOVED = "ok", "failing", "gone", "moved"
HARD_WEIGHT = 1.0
SOFT_WEIGHT = 0.5  # a timeout or a 429/503 is often the network or a busy moment, not the source
FAILING_AT = 2.0  # two hard errors (or four timeouts) in a row make a feed "failing"
KEEP_DAYS = 35  # enough for the 30-day rate, whatever the time zone of the day boundary
SILENT_INTERVALS = 4.0  # nothing new for 4 usual gaps: flag it (1 gap happens, 4 rarely by chance)
SILENT_MIN_ITEMS = 7  # a feed "usually publishes" with >= 7 items in 30 days (about weekly or more)
SOFT_REASONS = frozenset({"timeout", "http_429", "http_503"})
GONE_STATUSES = frozenset({404, 410})


def iso(ts: float) -> str:
    """POSIX seconds as an ISO 8601 UTC string."""
    return datetime.fromtimestamp(ts, timezone.utc).isoformat(timespec="seconds")


def from_iso(text: str | None) -> float | None:
    """ISO 8601 (as stored) to POSIX seconds; None when absent or unreadable."""
    if not text:
        return None
    try:
        moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=timezone.utc)
    return moment.timestamp()


def day_of(ts: float) -> str:
    """The UTC day (``YYYY-MM-DD``) of a time."""
    return datetime.fromtimestamp(ts, timezone.utc).date().isoformat()


@dataclass(frozen=True)
class Health:
    """A feed's health, as stored in its state document.

    Attributes:
        status: ``ok``, ``failing``, ``gone`` or ``moved``.
        failure_score: Weighted failures in a row (0 after a success).
        failures: Failed polls in a row (unweighted, for the backoff).
        failures_total: Failed polls ever.
        polls: Polls ever.
        last_success: ISO time of the last good answer.
        last_error: Reason code and sentence of the last failure.
        last_error_at: ISO time of the last failure.
        moved_to: The URL a permanent redirect leads to.
        last_new_at: ISO time the feed last listed a new item.
        daily: ``(day, new items)`` of the last days, oldest first.
    """

    status: str = OK
    failure_score: float = 0.0
    failures: int = 0
    failures_total: int = 0
    polls: int = 0
    last_success: str | None = None
    last_error: str | None = None
    last_error_at: str | None = None
    moved_to: str | None = None
    last_new_at: str | None = None
    daily: tuple[tuple[str, int], ...] = field(default_factory=tuple)

    def to_dict(self) -> dict[str, Any]:
        """As stored in Elasticsearch (``daily`` as a ``{day: count}`` object)."""
        doc: dict[str, Any] = {k: v for k, v in vars(self).items() if k != "daily" and v is not None}
        doc["daily"] = dict(self.daily)
        return doc

    @classmethod
    def from_dict(cls, data: dict[str, Any] | None) -> Health:
        """Inverse of :meth:`to_dict`; tolerant of missing keys (older state documents)."""
        if not data:
            return cls()
        daily = data.get("daily") or {}
        return cls(
            status=str(data.get("status") or OK),
            failure_score=float(data.get("failure_score") or 0.0),
            failures=int(data.get("failures") or 0),
            failures_total=int(data.get("failures_total") or 0),
            polls=int(data.get("polls") or 0),
            last_success=data.get("last_success"),
            last_error=data.get("last_error"),
            last_error_at=data.get("last_error_at"),
            moved_to=data.get("moved_to"),
            last_new_at=data.get("last_new_at"),
            daily=tuple(sorted((str(k), int(v)) for k, v in daily.items())),
        )


def _add_day(daily: tuple[tuple[str, int], ...], day: str, count: int) -> tuple[tuple[str, int], ...]:
    table = dict(daily)
    table[day] = table.get(day, 0) + count
    days = sorted(table)[-KEEP_DAYS:]
    return tuple((d, table[d]) for d in days)


def is_soft(reason: str | None) -> bool:
    """True for failures that weigh less (timeouts, throttling)."""
    return (reason or "") in SOFT_REASONS


def after_success(
    health: Health,
    now: float,
    new_items: int,
    moved_to: str | None = None,
    days: Mapping[str, int] | None = None,
) -> Health:
    """Health after a good answer.

    Args:
        health: Before this poll.
        now: Poll time.
        new_items: Items listed for the first time.
        moved_to: Where a permanent redirect led (None: no permanent redirect).
        days: New items per publication day (``YYYY-MM-DD``); default: all on the poll's day.
    """
    daily = health.daily
    for day, count in (days if days is not None else {day_of(now): new_items}).items():
        if count:
            daily = _add_day(daily, day, count)
    return replace(
        health,
        status=MOVED if moved_to else OK,
        failure_score=0.0,
        failures=0,
        polls=health.polls + 1,
        last_success=iso(now),
        moved_to=moved_to,
        last_new_at=iso(now) if new_items else health.last_new_at,
        daily=daily,
    )


def after_failure(health: Health, now: float, reason: str | None, status: int | None, message: str) -> Health:
    """Health after a failed poll (the feed stays in the list and keeps being polled).

    Args:
        health: Before this poll.
        now: Poll time.
        reason: The fetch's reason code (``timeout``, ``http_500``, ``connection``, ``not_a_feed``...).
        status: HTTP status, when there was an answer.
        message: The sentence for ``last_error``.
    """
    score = health.failure_score + (SOFT_WEIGHT if is_soft(reason) else HARD_WEIGHT)
    if status in GONE_STATUSES:
        state = GONE
    elif score >= FAILING_AT:
        state = FAILING
    else:
        state = health.status if health.status in (OK, MOVED) else FAILING
    return replace(
        health,
        status=state,
        failure_score=score,
        failures=health.failures + 1,
        failures_total=health.failures_total + 1,
        polls=health.polls + 1,
        last_error=f"{reason or 'error'}: {message}",
        last_error_at=iso(now),
    )


def items_per_day(health: Health, now: float, days: int) -> float:
    """Average new items per day over the last ``days`` days (today included)."""
    first = (datetime.fromtimestamp(now, timezone.utc).date() - timedelta(days=days - 1)).isoformat()
    total = sum(count for day, count in health.daily if day >= first)
    return total / days


def usual_gap(health: Health, now: float) -> float | None:
    """Seconds between two new items, on average over 30 days (None for a feed that rarely publishes)."""
    rate = items_per_day(health, now, 30)
    if rate * 30 < SILENT_MIN_ITEMS:
        return None
    return 86400.0 / rate


def is_silent(health: Health, now: float, interval: float | None = None) -> bool:
    """True when a feed that usually publishes has listed nothing new for several usual gaps.

    The gap is the larger of the feed's usual gap between items and its polling
    interval (a feed polled daily cannot be expected to show an item every hour).
    """
    gap = usual_gap(health, now)
    last = from_iso(health.last_new_at)
    if gap is None or last is None:
        return False
    return now - last > SILENT_INTERVALS * max(gap, interval or 0.0)
