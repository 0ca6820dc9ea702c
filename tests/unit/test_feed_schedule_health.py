"""Adaptive polling, Retry-After, host backoff and source health: the pure rules (issue 13)."""

from __future__ import annotations

import random
from datetime import datetime, timezone
from email.utils import format_datetime

from transforms.sources import health as hl
from transforms.sources import schedule as sc
from transforms.sources.schedule import (
    MAX_RETRY_AFTER,
    Bounds,
    HostBackoff,
    adapt_interval,
    failure_delay,
    is_due,
    parse_retry_after,
    plan_failure,
    plan_success,
)

B = Bounds(600, 86400)
NOW = datetime(2026, 3, 9, 12, tzinfo=timezone.utc).timestamp()


def test_interval_grows_when_nothing_is_new_and_shrinks_when_most_is_new() -> None:
    assert adapt_interval(3600, 0, 20, B) == 5400
    assert adapt_interval(3600, 0, 0, B) == 5400  # an unchanged answer
    assert adapt_interval(3600, 15, 20, B) == 1800  # 75% new: halved (step capped)
    assert adapt_interval(3600, 20, 20, B) == 900  # all new: items may be lost, /4
    assert adapt_interval(3600, 5, 20, B) == 3600  # a quarter new: the target, kept
    assert adapt_interval(700, 20, 20, B) == 600  # never below the bound
    assert adapt_interval(80000, 0, 20, B) == 86400  # never above it


def test_a_quiet_feed_reaches_a_day_and_a_busy_one_the_floor() -> None:
    rng = random.Random(1)
    interval = 900.0
    for _ in range(20):
        interval = plan_success(NOW, interval, 0, 20, B, rng).interval
    assert interval == 86400
    for _ in range(10):
        interval = plan_success(NOW, interval, 20, 20, B, rng).interval
    assert interval == 600


def test_next_poll_is_jittered_within_ten_percent() -> None:
    rng = random.Random(7)
    times = {plan_success(NOW, 3600, 5, 20, B, rng).next_poll - NOW for _ in range(50)}
    assert len(times) > 40
    assert all(3240 <= t <= 3960 for t in times)


def test_retry_after_seconds_and_http_date_capped() -> None:
    assert parse_retry_after("120", NOW) == 120
    assert parse_retry_after("999999", NOW) == MAX_RETRY_AFTER
    when = format_datetime(datetime.fromtimestamp(NOW + 1800, timezone.utc), usegmt=True)
    assert parse_retry_after(when, NOW) == 1800
    assert parse_retry_after("soon", NOW) is None
    assert parse_retry_after(None, NOW) is None
    plan = plan_failure(NOW, 900, 1, B, random.Random(), retry_after=1800)
    assert plan.next_poll == NOW + 1800 and plan.reason == "retry_after" and plan.interval == 900


def test_failure_backoff_doubles_up_to_two_intervals_or_the_bound_when_gone() -> None:
    assert failure_delay(900, 1, B) == 900  # one failure: the usual interval (a blip)
    assert failure_delay(900, 2, B) == 1800
    assert failure_delay(900, 30, B) == 1800  # failing: never more than 2 intervals (no loss after)
    assert failure_delay(900, 3, B, gone=True) == 3600
    assert failure_delay(900, 30, B, gone=True) == 86400
    assert is_due(None, NOW) and is_due(NOW - 1, NOW) and not is_due(NOW + 1, NOW)


def test_host_backoff_grows_with_jitter_and_clears_on_success() -> None:
    hosts = HostBackoff(random.Random(3), base=60, cap=3600)
    waits = [hosts.failed("a.vn", NOW) - NOW for _ in range(8)]
    assert 30 <= waits[0] <= 60 and waits[-1] <= 3600
    assert waits[3] > waits[0]
    assert hosts.blocked_until("a.vn", NOW) is not None and hosts.blocked_until("b.vn", NOW) is None
    assert hosts.failed("c.vn", NOW, retry_after=3000) >= NOW + 3000
    hosts.succeeded("a.vn")
    assert hosts.blocked_until("a.vn", NOW) is None


def test_health_hard_errors_weigh_more_than_timeouts() -> None:
    h = hl.Health()
    h = hl.after_failure(h, NOW, "timeout", None, "slow")
    assert h.status == hl.OK and h.failure_score == 0.5
    h = hl.after_failure(h, NOW, "timeout", None, "slow")
    h = hl.after_failure(h, NOW, "timeout", None, "slow")
    assert h.status == hl.OK  # three timeouts: 1.5
    h = hl.after_failure(h, NOW, "http_500", 500, "boom")
    assert h.status == hl.FAILING and h.failures == 4 and h.last_error == "http_500: boom"
    h = hl.after_success(h, NOW + 60, 3)
    assert h.status == hl.OK and h.failures == 0 and h.failures_total == 4


def test_gone_and_moved() -> None:
    assert hl.after_failure(hl.Health(), NOW, "http_410", 410, "gone").status == hl.GONE
    assert hl.after_failure(hl.Health(), NOW, "http_404", 404, "nf").status == hl.GONE
    moved = hl.after_success(hl.Health(), NOW, 1, moved_to="https://b.vn/rss")
    assert moved.status == hl.MOVED and moved.moved_to == "https://b.vn/rss"
    assert hl.Health.from_dict(moved.to_dict()) == moved


def test_items_per_day_and_the_silent_flag() -> None:
    h = hl.Health()
    for day in range(30):  # 10 items a day for a month, then nothing
        h = hl.after_success(h, NOW - (40 - day) * 86400, 10)
    later = NOW - 11 * 86400 + 3 * 3600  # 3 h after the last item: less than 4 usual gaps (2.4 h)
    assert hl.items_per_day(h, later, 7) == 70 / 7
    assert not hl.is_silent(h, later, interval=600)
    assert hl.is_silent(h, NOW, interval=600)  # nine days without an item
    rare = hl.after_success(hl.Health(), NOW - 20 * 86400, 2)
    assert not hl.is_silent(rare, NOW)  # a feed that rarely publishes is never "silent"


def test_list_lifetime_from_the_listed_dates() -> None:
    assert sc.list_lifetime([NOW - 19 * 180 + i * 180 for i in range(20)]) == 20 * 180  # one every 3 min
    assert sc.list_lifetime([NOW]) is None and sc.list_lifetime([NOW, NOW]) is None
    assert sc.scroll_deadline(NOW, 3600) == NOW + 1800 and sc.scroll_deadline(None, 3600) is None


def test_a_failing_feed_is_probed_at_its_floor_once_unseen_items_may_scroll_off() -> None:
    rng = random.Random(2)
    deadline = NOW + 1800  # last good poll NOW, list lifetime 1 h
    early = plan_failure(NOW + 60, 900, 1, B, rng, deadline=deadline)
    assert early.reason == "backoff" and early.next_poll <= deadline  # the backoff while nothing can be lost
    doubled = plan_failure(NOW + 60, 900, 2, B, rng, deadline=deadline)
    assert doubled.reason == "probe" and doubled.next_poll == deadline  # the doubling stops at the deadline
    late = plan_failure(deadline + 60, 900, 5, B, rng, deadline=deadline)
    assert late.reason == "probe" and 540 <= late.next_poll - (deadline + 60) <= 600  # ... the floor
    assert plan_failure(deadline + 60, 900, 5, B, rng).reason == "backoff"  # no dates: backoff only
    gone = plan_failure(deadline + 60, 900, 5, B, rng, gone=True, deadline=deadline)
    assert gone.reason == "backoff" and gone.next_poll - (deadline + 60) >= 1800  # 404/410: no probing
    stale = plan_failure(deadline + sc.PROBE_SPAN + 1, 900, 9, B, rng, deadline=deadline)
    assert stale.reason == "backoff"  # after sc.PROBE_SPAN: the backoff again
    throttled = plan_failure(deadline + 60, 900, 5, B, rng, retry_after=1800, deadline=deadline)
    assert throttled.next_poll == deadline + 60 + 1800  # Retry-After wins over probing


def test_dates_bound_the_interval_so_an_item_outlives_an_outage() -> None:
    # a busy feed (list lifetime 1 h): at the floor, whatever the share of new items
    assert adapt_interval(900, 5, 20, B, lifetime=3600) == 600
    # a quiet one (lifetime 100 h): only the share decides
    assert adapt_interval(3600, 0, 20, B, lifetime=100 * 3600) == 5400
    assert adapt_interval(3600 * 10, 5, 20, B, lifetime=12 * 3600) == 9 * 3600  # 12 h - RIDE_OUT
    assert sc.first_interval(100 * 3600, 900, B) == 86400  # the first answer: a quarter of the lifetime
    assert sc.first_interval(8 * 3600, 900, B) == 3600  # as far as half the lifetime rides out 3 h
    assert sc.first_interval(5 * 3600, 900, B) == 900  # one list's dates never lengthen this one
    assert sc.first_interval(None, 900, B) == 900  # no dates: the list's interval
    rng = random.Random(4)
    assert all(540 <= sc.spread(600, B, rng) <= 600 for _ in range(50))  # at the floor: never later
    assert any(sc.spread(3600, B, rng) > 3600 for _ in range(50))


def test_a_feed_failing_on_its_own_does_not_block_its_host() -> None:
    hosts = HostBackoff(random.Random(5), base=60, cap=1800)
    assert hosts.failed("a.vn", NOW) > NOW  # a first failure: the host waits
    hosts.succeeded("a.vn", NOW + 100)  # another feed of the host answers
    # the same feed fails again (its previous failure at NOW, before the host's success): its own problem
    assert hosts.failed("a.vn", NOW + 200, feed_failing_since=NOW) == NOW + 200
    assert hosts.blocked_until("a.vn", NOW + 200) is None
    # a whole host down (no success since the feed's last failure): held against the host
    assert hosts.failed("a.vn", NOW + 300, feed_failing_since=NOW + 250) > NOW + 300
    # Retry-After always holds the host, even when another of its feeds answers meanwhile
    assert hosts.failed("b.vn", NOW, retry_after=900, feed_failing_since=NOW - 10) >= NOW + 900
    hosts.succeeded("b.vn", NOW + 10)
    assert hosts.blocked_until("b.vn", NOW + 10) == NOW + 900
