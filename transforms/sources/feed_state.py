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
    """

    feed: str
    etag: str | None = None
    last_modified: str | None = None
    polled_at: str | None = None
    status: int | None = None
    entries: tuple[dict[str, Any], ...] = field(default_factory=tuple)


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
        }
        self.client.index(index=self.index, id=feed_key(state.feed), document=doc)

    def existing(self, ids: list[str]) -> set[str]:
        """Which of these article ids already have a document (i.e. were written)."""
        if not ids:
            return set()
        response = self.client.options(ignore_status=404).mget(index=self.articles, ids=ids, _source=False)
        return {d["_id"] for d in response.body.get("docs", []) if d.get("found")}
