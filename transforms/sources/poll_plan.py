"""Which items of a feed a poll takes: Beam-free, so every feed step (batch, stream) shares it.

An item is *new* when its article document does not exist yet. A poll takes at most
``max_items`` new items (a 100,000-item feed is taken in steps a run can hold); the
others stay candidates for the next poll, also when the feed stops listing them:
the feed state keeps every listed item plus the unlisted ones not written yet.
Credentials never enter an item: links are stored and used without user-info.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any

from transforms.records import FeedEntry
from transforms.sources.feed_state import entry_from_dict, entry_to_dict, is_before
from transforms.sources.fetch import redact_url

log = logging.getLogger(__name__)
# Default cap of new items per feed and poll: a run (and its memory) holds this many pages;
# the rest is checked again on the next poll.
DEFAULT_MAX_ITEMS = 500
CHECK_CHUNK = 1000  # ids per existence check (one mget request)
# Unwritten items a feed no longer lists, kept as candidates: one 100,000-item feed's worth
# (~15 MB of state); beyond it the oldest are dropped, counted and logged.
MAX_CARRIED = 100_000


def without_credentials(entries: tuple[FeedEntry, ...] | list[FeedEntry]) -> list[FeedEntry]:
    """The entries with user-info removed from their links."""
    return [replace(e, link=redact_url(e.link)) if e.link else e for e in entries]


@dataclass(frozen=True)
class PollPlan:
    """What one poll of a feed does.

    Attributes:
        new: Items to fetch now (at most ``max_items``), in feed order.
        without_link: Items with no link (each a dead letter).
        before_since: Items skipped by ``--since``.
        already_ingested: Items whose article exists.
        deferred: Candidates not examined because the cap was reached (next poll).
        dropped_unlisted: Unlisted unwritten items beyond :data:`MAX_CARRIED`.
        stored: The entries the feed state keeps.
    """

    new: tuple[FeedEntry, ...]
    without_link: tuple[FeedEntry, ...]
    before_since: int
    already_ingested: int
    deferred: int
    dropped_unlisted: int
    stored: tuple[dict[str, Any], ...]


def plan_poll(
    listed: list[FeedEntry] | None,
    previous: tuple[dict[str, Any], ...],
    existing: Callable[[list[str]], set[str]],
    doc_id: Callable[[str], str],
    *,
    max_items: int = DEFAULT_MAX_ITEMS,
    since: str | None = None,
) -> PollPlan:
    """Choose the items of one poll.

    Args:
        listed: The entries of a 200 answer (links without credentials), or None for a 304.
        previous: The entries the feed state holds.
        existing: Which of these article ids exist (an ``mget``); called per chunk of ids.
        doc_id: The article id of a link.
        max_items: Most new items taken.
        since: Skip items published before this date.
    """
    dropped = 0
    if listed is None:
        candidates = [entry_from_dict(e) for e in previous]
        carried: list[FeedEntry] = []
    else:
        links = {e.link for e in listed}
        carried = [entry_from_dict(e) for e in previous if e.get("link") not in links]
        if len(carried) > MAX_CARRIED:
            dropped = len(carried) - MAX_CARRIED
            log.warning("%d unlisted items not written yet dropped (more than %d)", dropped, MAX_CARRIED)
            carried = carried[:MAX_CARRIED]
        candidates = listed + carried
    no_link = tuple(e for e in candidates if not e.link)
    dated = [e for e in candidates if e.link]
    linked = [e for e in dated if not is_before(e.published, since)]
    ids = list({doc_id(e.link or ""): e for e in linked}.items())
    new: list[FeedEntry] = []
    written: set[str] = set()
    already = 0
    examined = 0
    for start in range(0, len(ids), CHECK_CHUNK):
        if len(new) >= max_items:
            break
        chunk = ids[start : start + CHECK_CHUNK]
        done = existing([i for i, _ in chunk])
        already += len(done)
        for doc, entry in chunk:
            if len(new) >= max_items:
                break
            examined += 1
            if doc in done:
                written.add(entry.link or "")
            else:
                new.append(entry)
    if listed is None:
        stored = previous
    else:
        stored = tuple(entry_to_dict(e) for e in listed + [e for e in carried if e.link not in written])
    return PollPlan(
        new=tuple(new),
        without_link=no_link,
        before_since=len(dated) - len(linked),
        already_ingested=already,
        deferred=len(ids) - examined,
        dropped_unlisted=dropped,
        stored=stored,
    )
