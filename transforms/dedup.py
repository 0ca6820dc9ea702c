"""Dropping copies and flagging near-duplicates, per batch, against memory and the index.

Beam-free: :class:`Deduplicator` decides on a batch of articles given what the
index already holds (:func:`indexed_owners`); the Beam step only batches and routes.
An article whose content hash was already seen under another id, by this worker
or in the index, is dropped (the first one written stays). An article whose opening
words (:func:`~transforms.ids.near_duplicate_key`) match another article's, but
whose text differs, is kept with ``duplicate_of`` set. The same title re-published by
its outlet within a few days under another URL (:mod:`~transforms.republish`, issue 13)
is flagged the same way, with a note.
"""

from __future__ import annotations

import hashlib
from collections import deque
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any

from transforms.ids import near_duplicate_key
from transforms.records import Article
from transforms.republish import WINDOW_DAYS, RecentTitles, title_key

# hashes remembered per worker: ~130 bytes each (a digest, its slot and the FIFO), so 500,000
# cost ~65 MB at most
SEEN_LIMIT = 500_000


@dataclass(frozen=True)
class DedupOutcome:
    """What a batch became: the articles kept (some flagged) and how many were dropped."""

    kept: tuple[Article, ...]
    dropped: int
    flagged: int
    republished: int = 0  # feeds (issue 13): flagged as a re-published story


def opening_keys(batch: Sequence[Article]) -> dict[str, str]:
    """The opening key (:func:`~transforms.ids.near_duplicate_key`) of each article, by id."""
    return {a.id: near_duplicate_key(a.id, a.body) for a in batch}


def indexed_owners(
    client: Any,
    alias: str,
    hashes: set[str],
    openings: set[str],
    titles: set[str] | None = None,
    recent: RecentTitles | None = None,
    keys: set[str] | None = None,
) -> tuple[dict[str, str], dict[str, str]]:
    """Which indexed articles hold these content hashes and opening keys (the lowest id wins).

    One search request; a missing alias is no error (nothing is indexed yet).

    Args:
        client: An Elasticsearch client.
        alias: The articles alias.
        hashes: Content hashes of the batch.
        openings: Opening keys of the batch.
        titles: Exact titles of the batch (issue 13: re-published stories across runs).
        recent: Where the indexed articles with those titles are remembered.
        keys: Title keys of the batch (:func:`~transforms.republish.title_key`), found in the
            ``title_key`` field of articles written since it exists (the exact titles find older ones).
    """
    should: list[dict[str, Any]] = [
        {"terms": {"content_hash": sorted(hashes)}},
        {"terms": {"near_key": sorted(openings)}},
    ]
    if titles:
        should.append({"terms": {"title.keyword": sorted(titles)}})  # feeds (issue 13)
    if keys:
        should.append({"terms": {"title_key": sorted(keys)}})  # feeds2: case, marks, punctuation folded
    fields = ["content_hash", "near_key", "title", "title_key", "source.url", "published"]
    response = client.options(ignore_status=404).search(
        index=alias, query={"bool": {"should": should}}, size=6 * len(hashes) + 10, _source=fields
    )
    by_hash: dict[str, str] = {}
    by_opening: dict[str, str] = {}
    for hit in sorted(response.body.get("hits", {}).get("hits", []), key=lambda h: h["_id"]):
        src = hit.get("_source", {})
        by_hash.setdefault(src.get("content_hash", ""), hit["_id"])
        by_opening.setdefault(src.get("near_key", ""), hit["_id"])
        if recent is not None:
            key = src.get("title_key") or title_key((src.get("source") or {}).get("url"), src.get("title"))
            recent.remember(key, hit["_id"], src.get("published"))
    return by_hash, by_opening


def digest(key: str) -> bytes:
    """The 16 bytes a worker remembers for a hash or opening key (half the memory of the text key).

    A 128-bit BLAKE2b of the key: two different keys share a digest with odds of about 2**-64
    over a billion keys, so the decisions are those of the keys themselves.
    """
    return hashlib.blake2b(key.encode("utf-8"), digest_size=16).digest()


class _Owners:
    """Owner id by key digest, the oldest forgotten past ``limit`` (a dict and a FIFO of its keys)."""

    def __init__(self, limit: int) -> None:
        self.limit = limit
        self.owner: dict[bytes, str] = {}
        self.order: deque[bytes] = deque()

    def get(self, key: str) -> str | None:
        return self.owner.get(digest(key))

    def remember(self, key: str, doc_id: str) -> None:
        k = digest(key)
        if k in self.owner:
            return
        self.owner[k] = doc_id
        self.order.append(k)
        if len(self.order) > self.limit:
            del self.owner[self.order.popleft()]

    def __len__(self) -> int:
        return len(self.owner)


class Deduplicator:
    """A worker's memory of content hashes and openings, bounded by :data:`SEEN_LIMIT`.

    Scale (issue 15): keys are kept as 16-byte digests in plain dicts (~260 bytes an article for
    both tables, ids included, against ~430 with hexadecimal keys in ordered dicts).
    """

    def __init__(self, limit: int = SEEN_LIMIT) -> None:
        self.limit = limit
        self.owner_of_hash = _Owners(limit)
        self.owner_of_opening = _Owners(limit)
        self.titles = RecentTitles()  # feeds (issue 13): same title by one publisher within days

    def decide(
        self,
        batch: Sequence[Article],
        openings: dict[str, str],
        by_hash: dict[str, str],
        by_opening: dict[str, str],
    ) -> DedupOutcome:
        """Drop copies and flag near-duplicates in ``batch``, given the index's owners.

        Args:
            batch: Articles in arrival order.
            openings: Their opening keys (:func:`opening_keys`).
            by_hash: Indexed owner id of each content hash (from :func:`indexed_owners`).
            by_opening: Indexed owner id of each opening key.
        """
        kept: list[Article] = []
        dropped = flagged = republished = 0
        for article in batch:
            owner = self.owner_of_hash.get(article.content_hash) or by_hash.get(article.content_hash)
            if owner and owner != article.id:
                dropped += 1
                continue
            opening = openings[article.id]
            near = self.owner_of_opening.get(opening) or by_opening.get(opening)
            if near and near != article.id:
                flagged += 1
                article = replace(article, duplicate_of=near)
            # feeds (issue 13): the same story re-published by its outlet under a changed URL
            key = title_key(article.source.url, article.title)
            again = self.titles.owner(key, article.id, article.published)
            if again and not article.duplicate_of:
                republished += 1
                note = f"republished: same title by the same outlet within {WINDOW_DAYS:g} days as {again}"
                article = replace(article, duplicate_of=again, notes=(*article.notes, note))
            self.titles.remember(key, article.id, article.published)
            self.owner_of_hash.remember(article.content_hash, article.id)
            self.owner_of_opening.remember(opening, article.id)
            kept.append(article)
        return DedupOutcome(tuple(kept), dropped, flagged, republished)
