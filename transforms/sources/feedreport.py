"""``bantin feeds status`` and ``bantin feeds check``: the rows they print. Beam-free.

:func:`status_row` summarizes one feed's stored state (status, last success, last
error, items per day over 7 and 30 days, next poll, silent flag);
:func:`check_feed` validates one feed-list entry without ingesting anything: is it
reachable, does it parse (feed or sitemap), how many items, does robots.txt allow it.
"""

from __future__ import annotations

from typing import Any

from transforms.records import FeedConfig
from transforms.sources import health as hl
from transforms.sources.feed_state import FeedState
from transforms.sources.feeds import parse_feed
from transforms.sources.sitemaps import is_sitemap, parse_sitemap

_ACCEPT = "application/rss+xml, application/atom+xml, application/feed+json, application/xml;q=0.9, */*;q=0.5"


def status_row(state: FeedState, now: float) -> dict[str, Any]:
    """One feed's health as ``bantin feeds status`` prints it.

    Args:
        state: The stored state.
        now: Current time (POSIX seconds).
    """
    health = hl.Health.from_dict(state.health)
    return {
        "feed": state.feed,
        "name": state.name,
        "kind": state.kind or "feed",
        "status": health.status if state.health else "never polled",
        "last_success": health.last_success,
        "last_error": health.last_error,
        "last_error_at": health.last_error_at,
        "moved_to": health.moved_to,
        "items_per_day_7d": round(hl.items_per_day(health, now, 7), 2),
        "items_per_day_30d": round(hl.items_per_day(health, now, 30), 2),
        "interval_s": round(state.interval) if state.interval is not None else None,
        "next_poll": state.next_poll,
        "silent": hl.is_silent(health, now, state.interval),
        "failures_in_a_row": health.failures,
        "tags": list(state.tags),
    }


def format_rows(rows: list[dict[str, Any]]) -> str:
    """A plain-text table of :func:`status_row` rows (failing, gone and silent feeds first)."""
    order = {"failing": 0, "gone": 1, "moved": 2, "never polled": 4, "ok": 3}
    rows = sorted(rows, key=lambda r: (order.get(r["status"], 5) - (0.5 if r["silent"] else 0), r["feed"]))
    lines = [f"{'status':<13} {'7d/day':>7} {'30d/day':>7} {'last success':<25} {'next poll':<25} feed"]
    for r in rows:
        status = r["status"] + (" SILENT" if r["silent"] else "")
        lines.append(
            f"{status:<13} {r['items_per_day_7d']:>7} {r['items_per_day_30d']:>7} "
            f"{r['last_success'] or '-':<25} {r['next_poll'] or '-':<25} {r['name'] or r['feed']}"
        )
        if r["last_error"] and r["status"] != "ok":
            lines.append(f"{'':13} last error {r['last_error_at']}: {r['last_error'][:160]}")
        if r["moved_to"]:
            lines.append(f"{'':13} moved to {r['moved_to']} (update the feed list)")
    return "\n".join(lines)


def check_feed(feed: FeedConfig, fetcher: Any) -> dict[str, Any]:
    """Validate one feed-list entry: reachable, parses, items, robots.txt; nothing is ingested.

    Args:
        feed: The entry.
        fetcher: A :class:`~transforms.sources.fetch.Fetcher`.

    Returns:
        ``{"feed", "kind", "ok", "status", "reachable", "parses", "items", "robots", "problem"}``.
    """
    row: dict[str, Any] = {"feed": feed.url, "name": feed.name, "kind": feed.kind, "ok": False,
                           "status": None, "reachable": False, "parses": False, "items": 0,
                           "robots": "allowed", "problem": None}  # fmt: skip
    result = fetcher.fetch(feed.url, check_robots=True, accept=_ACCEPT)
    row["status"] = result.status
    if result.error_reason == "robots_disallowed":
        row["robots"] = "disallowed"
        row["problem"] = result.error_message
        return row
    if any("robots.txt" in note for note in result.notes):
        row["robots"] = "unavailable"
    if not result.ok:
        row["problem"] = result.error_message or result.error_reason
        return row
    row["reachable"] = True
    if result.moved_to:
        row["problem"] = f"moved permanently to {result.moved_to}"
    if feed.kind == "sitemap" or is_sitemap(result.data):
        sitemap = parse_sitemap(result.data, url=result.final_url)
        parsed = sitemap.parsed
        row["children"] = len(sitemap.children)
        if feed.kind != "sitemap":
            row["problem"] = "a sitemap listed as a feed: set kind: sitemap"
    else:
        parsed = parse_feed(result.data, url=result.final_url, content_type=result.content_type)
    row["parses"] = parsed.ok
    row["type"] = parsed.type
    row["items"] = len(parsed.entries)
    if not parsed.ok:
        row["problem"] = parsed.error
        return row
    if not parsed.entries and not row.get("children"):
        row["problem"] = row["problem"] or "parses but lists no items"
    row["ok"] = row["problem"] is None
    return row
