"""Per-feed state and the set of ingested articles, kept in Elasticsearch itself.

Two facts persist between runs:

- per feed: the validators of the last answer (ETag, Last-Modified), when it was
  polled, and the items that answer listed (so that a ``304 Not Modified`` still
  lets the run retry items whose article was not written yet);
- per article: its document in the articles index. An item counts as *seen* only
  when its article document exists, so it is marked seen exactly when written.

Every call retries with the sink's :class:`~transforms.es.client.Backoff` and raises
:class:`~transforms.es.client.EsCallFailed` when it gives up (the poll step then
dead-letters the feed; the next run polls it again).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Any

from transforms.es.client import Backoff
from transforms.es.indices import add_new_fields, alias_for, ensure_state_index, load_template
from transforms.records import FeedEntry


def entry_to_dict(entry: FeedEntry) -> dict[str, Any]:
    """A feed entry as stored in the feed state."""
    return {k: v for k, v in vars(entry).items() if v is not None}


def entry_from_dict(data: dict[str, Any]) -> FeedEntry:
    """Inverse of :func:`entry_to_dict`."""
    return FeedEntry(
        guid=str(data.get("guid") or ""),
        title=data.get("title"),
        link=data.get("link"),
        published=data.get("published"),
        summary=data.get("summary"),
    )


def is_before(published: str | None, since: str | None) -> bool:
    """True when an item was published before ``since`` (undated items are never skipped)."""
    if not since or not published:
        return False
    try:
        stamp = datetime.fromisoformat(published.replace("Z", "+00:00"))
        limit = datetime.fromisoformat(since)
    except ValueError:
        return False
    if limit.tzinfo is None:
        limit = limit.replace(tzinfo=stamp.tzinfo or timezone.utc)
    if stamp.tzinfo is None:
        stamp = stamp.replace(tzinfo=limit.tzinfo)
    return stamp < limit


def feed_key(url: str) -> str:
    """Document id of a feed's state."""
    return hashlib.sha1(url.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class FeedState:
    """What the last poll of a feed learnt.

    Attributes:
        feed: Feed URL.
        etag: ``ETag`` of the last 200 answer.
        last_modified: ``Last-Modified`` of the last 200 answer.
        polled_at: ISO time of the last poll.
        status: HTTP status of the last poll.
        entries: The entries of the last 200 answer, as plain dicts.
        interval: Adaptive polling interval, seconds (None: never polled).
        next_poll: ISO time the feed is due again.
        body_hash: SHA-1 of the last 200 body (same bytes = nothing new, whatever the ETag).
        health: :class:`~transforms.sources.health.Health` as a dict.
        name: Feed name from the list.
        kind: ``feed`` or ``sitemap``.
        tags: ``name:value`` tags from the list.
    """

    feed: str
    etag: str | None = None
    last_modified: str | None = None
    polled_at: str | None = None
    status: int | None = None
    entries: tuple[dict[str, Any], ...] = field(default_factory=tuple)
    # feeds (issue 13): adaptive polling and source health
    interval: float | None = None
    next_poll: str | None = None
    body_hash: str | None = None
    health: dict[str, Any] = field(default_factory=dict)
    name: str | None = None
    kind: str | None = None
    tags: tuple[str, ...] = ()


class StateStore:
    """Reads and writes feed state and checks which article ids exist.

    Args:
        client: An Elasticsearch client (created by the caller, e.g. in ``DoFn.setup``).
        articles_alias: The articles alias; the state index is named after it.
        backoff: Retries of every call.
    """

    def __init__(self, client: Any, articles_alias: str, backoff: Backoff | None = None) -> None:
        self.client = client
        self.articles = articles_alias
        self.index = alias_for(articles_alias, "state")
        self.backoff = backoff or Backoff()
        self.ready = False

    def ensure(self) -> None:
        """Create the state index when missing, with the tracking fields (once per store)."""
        if not self.ready:

            def _ensure() -> None:
                ensure_state_index(self.client, self.articles)
                # feeds (issue 13): an older state index gets the template's newer fields
                add_new_fields(self.client, self.index, load_template("state"))

            self.backoff.call("feed state index check", _ensure)
            self.ready = True

    def load(self, feed: str) -> FeedState:
        """The stored state of a feed (empty when never polled)."""
        self.ensure()
        response = self.backoff.call(
            "feed state read",
            lambda: self.client.options(ignore_status=404).get(index=self.index, id=feed_key(feed)),
        )
        if not response.body.get("found"):
            return FeedState(feed=feed)
        src = response.body["_source"]
        return FeedState(
            feed=feed,
            etag=src.get("etag"),
            last_modified=src.get("last_modified"),
            polled_at=src.get("polled_at"),
            status=src.get("status"),
            entries=tuple(src.get("entries") or ()),
            interval=src.get("interval"),
            next_poll=src.get("next_poll"),
            body_hash=src.get("body_hash"),
            health=dict(src.get("health") or {}),
            name=src.get("name"),
            kind=src.get("kind"),
            tags=tuple(src.get("tags") or ()),
        )

    def save(self, state: FeedState) -> None:
        """Store a feed's state (overwrites)."""
        doc = {
            "feed": state.feed,
            "etag": state.etag,
            "last_modified": state.last_modified,
            "polled_at": state.polled_at or datetime.now(timezone.utc).isoformat(timespec="seconds"),
            "status": state.status,
            "entries": list(state.entries),
            # feeds (issue 13)
            "doc_kind": "feed",
            "interval": state.interval,
            "next_poll": state.next_poll,
            "body_hash": state.body_hash,
            "health": state.health,
            "name": state.name,
            "kind": state.kind,
            "tags": list(state.tags),
        }
        self.backoff.call(
            "feed state write",
            lambda: self.client.index(index=self.index, id=feed_key(state.feed), document=doc),
        )

    def save_day(self, state: FeedState, day: str, items: int) -> None:
        """Store a feed's new items of one day (``doc_kind: day``, for the Kibana panel; issue 13)."""
        doc = {"doc_kind": "day", "feed": state.feed, "name": state.name, "kind": state.kind,
               "tags": list(state.tags), "day": day, "items": items,
               "health": {"status": state.health.get("status")}}  # fmt: skip
        self.client.index(index=self.index, id=f"{feed_key(state.feed)}-{day}", document=doc)

    def all_feeds(self, size: int = 10000) -> list[FeedState]:
        """Every feed's stored state (``bantin feeds status``; issue 13)."""
        self.client.indices.refresh(index=self.index)
        response = self.client.options(ignore_status=404).search(
            index=self.index, query={"bool": {"must_not": {"term": {"doc_kind": "day"}}}}, size=size
        )
        hits = response.body.get("hits", {}).get("hits", [])
        return [self.load_source(h["_source"]) for h in hits]

    def load_source(self, src: dict[str, Any]) -> FeedState:
        """A state document's ``_source`` as a :class:`FeedState`."""
        return FeedState(
            feed=src["feed"], etag=src.get("etag"), last_modified=src.get("last_modified"),
            polled_at=src.get("polled_at"), status=src.get("status"),
            entries=tuple(src.get("entries") or ()), interval=src.get("interval"),
            next_poll=src.get("next_poll"), body_hash=src.get("body_hash"),
            health=dict(src.get("health") or {}), name=src.get("name"), kind=src.get("kind"),
            tags=tuple(src.get("tags") or ()),
        )  # fmt: skip

    def existing(self, ids: list[str]) -> set[str]:
        """Which of these article ids already have a document (i.e. were written)."""
        if not ids:
            return set()
        response = self.backoff.call(
            "ingested articles lookup",
            lambda: self.client.options(ignore_status=404).mget(index=self.articles, ids=ids, _source=False),
        )
        return {d["_id"] for d in response.body.get("docs", []) if d.get("found")}
