"""Per-feed state and the set of ingested articles, kept in Elasticsearch itself.

Two facts persist between runs:

- per feed: the validators of the last answer (ETag, Last-Modified), when it was
  polled, and the items that answer listed (so that a ``304 Not Modified`` still
  lets the run retry items whose article was not written yet);
- per article: its document in the articles index. An item counts as *seen* only
  when its article document exists, so it is marked seen exactly when written.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Any

from transforms.sources.state_mapping import TRACKING_PROPERTIES, add_tracking_fields

STATE_TEMPLATE: dict[str, Any] = {
    "settings": {"number_of_shards": 1, "number_of_replicas": 0},
    "mappings": {
        "dynamic": "strict",
        "properties": {
            "feed": {"type": "keyword"},
            "etag": {"type": "keyword", "index": False},
            "last_modified": {"type": "keyword", "index": False},
            "polled_at": {"type": "date"},
            "status": {"type": "integer"},
            "entries": {"type": "object", "enabled": False},
            **TRACKING_PROPERTIES,  # feeds (issue 13)
        },
    },
}


def state_index(alias: str) -> str:
    """The state index that goes with an articles alias (``bantin-articles`` -> ``bantin-state``)."""
    return alias.replace("articles", "state") if "articles" in alias else f"{alias}-state"


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
        articles_alias: The articles alias; the state index is derived from it.
    """

    def __init__(self, client: Any, articles_alias: str) -> None:
        self.client = client
        self.articles = articles_alias
        self.index = state_index(articles_alias)

    def ensure(self) -> None:
        """Create the state index when missing."""
        if not self.client.indices.exists(index=self.index):
            self.client.options(ignore_status=400).indices.create(index=self.index, **STATE_TEMPLATE)
        add_tracking_fields(self.client, self.index)  # feeds (issue 13): older state indices

    def load(self, feed: str) -> FeedState:
        """The stored state of a feed (empty when never polled)."""
        response = self.client.options(ignore_status=404).get(index=self.index, id=feed_key(feed))
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
        self.client.index(index=self.index, id=feed_key(state.feed), document=doc)

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
        response = self.client.options(ignore_status=404).mget(index=self.articles, ids=ids, _source=False)
        return {d["_id"] for d in response.body.get("docs", []) if d.get("found")}
