"""Beam steps of people resolution: mentions index -> resolved people -> ``bantin-people``.

Thin wrappers around the pure :mod:`transforms.canonical.resolve`: the name keys to resolve
are listed (all, or those of mentions ingested since a time: the incremental run after an
ingest) in batches of :data:`KEY_BATCH`; each batch's person mentions are read back with one
search, grouped by key in the DoFn and resolved there, and written (people documents indexed,
people no longer produced for a key deleted, ``person_id`` set on every mention). No
``GroupByKey`` over the mentions (scale, issue 15): memory holds one batch of keys' mentions,
whatever the number of articles. Failures go to the dead-letter output with the key they concern.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Any

import apache_beam as beam
from apache_beam.pvalue import TaggedOutput
from apache_beam.transforms import combiners

from transforms.canonical.resolve import groups_by_key, mention_from_source, person_document, resolve_group
from transforms.clean.normalize import fold
from transforms.deadletters import DEAD_LETTER_TAG
from transforms.es.bulk import BulkWriter
from transforms.es.client import ES_ERRORS, EsSettings
from transforms.records import Failure, Source
from transforms.steps import counter

logger = logging.getLogger(__name__)

# Name keys read back with one search: a terms query of 200 keys stays far below ES's limits.
KEY_BATCH = 200


def _failure(key: str, reason: str, message: str) -> Failure:
    return Failure("resolve", reason, message, Source("mentions", path=key or "<all>"))


class _MentionsFn(beam.DoFn):
    """A DoFn over the mentions index: its client is made in ``setup()`` and closed in ``teardown()``."""

    def __init__(self, settings: EsSettings, mentions: str, failed: str) -> None:
        self.settings = settings
        self.mentions = mentions
        self.failed = counter(failed)

    def setup(self) -> None:
        self.client = self.settings.client()

    def teardown(self) -> None:
        if getattr(self, "client", None) is not None:
            self.client.close()

    def _read_failed(self, keys: list[str], exc: Exception) -> Iterator[TaggedOutput]:
        """A ``read_failed`` dead letter for each key of a batch whose search failed."""
        for key in keys:
            self.failed.inc()
            yield TaggedOutput(DEAD_LETTER_TAG, _failure(key, "read_failed", f"{type(exc).__name__}: {exc}"))


class ListPersonKeysFn(_MentionsFn):
    """``since`` ("" for all) -> the person name keys of the mentions (ingested since then), in batches.

    ``written`` (a side input: the count of what the ingest wrote, when resolution runs
    in the ingest's pipeline) only orders this step after the writes; its value is not used.
    """

    def __init__(self, settings: EsSettings, mentions: str, batch: int = KEY_BATCH) -> None:
        super().__init__(settings, mentions, "people_keys_failed")
        self.listed = counter("people_keys_listed")
        self.batch = batch

    def process(self, since: str, written: Any = None) -> Iterator[Any]:
        """Every key once, in lists of :data:`KEY_BATCH` (or a ``list_failed`` dead letter)."""
        keys: list[str] = []
        for item in self._keys(since):
            if isinstance(item, str):
                keys.append(item)
                if len(keys) >= self.batch:
                    yield keys
                    keys = []
            else:
                yield item
        if keys:
            yield keys

    def _keys(self, since: str) -> Iterator[Any]:
        query: dict[str, Any] = {"bool": {"filter": [{"term": {"kind": "person"}}]}}
        if since:
            query["bool"]["filter"].append({"range": {"ingested_at": {"gte": since}}})
        after: dict[str, Any] | None = None
        try:
            # the run's mentions were written without refresh: make them searchable first, so the
            # listing never depends on the refresh interval (the same rule as cross-run dedup)
            self.client.indices.refresh(index=self.mentions)
            while True:
                composite: dict[str, Any] = {
                    "size": 1000,
                    "sources": [{"key": {"terms": {"field": "person_key"}}}],
                }
                if after:
                    composite["after"] = after
                body = self.client.search(
                    index=self.mentions, query=query, size=0, aggs={"keys": {"composite": composite}}
                ).body
                agg = body["aggregations"]["keys"]
                for bucket in agg["buckets"]:
                    self.listed.inc()
                    yield bucket["key"]["key"]
                after = agg.get("after_key")
                if not after or not agg["buckets"]:
                    break
        except ES_ERRORS as exc:  # the whole listing failed: one dead letter says so
            self.failed.inc()
            yield TaggedOutput(DEAD_LETTER_TAG, _failure("", "list_failed", f"{type(exc).__name__}: {exc}"))


class ResolveKeysFn(_MentionsFn):
    """A batch of name keys -> ``(key, people documents, {mention id: person id})`` per key.

    One search reads every person mention of the batch's keys, so each key's group is complete
    here: it is resolved at once (:func:`~transforms.canonical.resolve.resolve_group`, the
    mentions sorted as before), and only this batch's mentions are ever held.
    """

    def __init__(self, settings: EsSettings, mentions: str) -> None:
        super().__init__(settings, mentions, "people_read_failed")
        self.read = counter("people_mentions_read")
        self.people = counter("people_resolved")
        self.merged = counter("people_units_merged")
        self.resolve_failed = counter("people_resolve_failed")

    def process(self, keys: list[str]) -> Iterator[Any]:
        """One read of the mentions of ``keys``, then each key resolved on its own."""
        from elasticsearch.helpers import scan

        query = {"bool": {"filter": [{"term": {"kind": "person"}}, {"terms": {"person_key": keys}}]}}
        try:
            hits = list(scan(self.client, index=self.mentions, query={"query": query}, size=1000))
        except ES_ERRORS as exc:
            yield from self._read_failed(keys, exc)
            return
        found = []
        for hit in hits:
            mention = mention_from_source(hit["_id"], hit["_source"])
            if mention is not None:
                self.read.inc()
                found.append(mention)
        del hits
        stamp = datetime.now(timezone.utc).isoformat(timespec="seconds")
        for name_key, group in groups_by_key(found):
            yield from self._resolve(name_key, group, stamp)

    def _resolve(self, name_key: str, group: list[Any], stamp: str) -> Iterator[Any]:
        try:
            people = resolve_group(group)
        except Exception as exc:  # a resolution bug must not lose the key: report it
            self.resolve_failed.inc()
            yield TaggedOutput(DEAD_LETTER_TAG, _failure(name_key, "error", f"{type(exc).__name__}: {exc}"))
            return
        docs = []
        links: dict[str, str] = {}
        for person in people:
            self.people.inc()
            self.merged.inc(len(person.mentions) - 1)
            doc = person_document(person, stamp)
            doc["folded"] = {"name": fold(doc["name"]), "variants": [fold(v) for v in doc["variants"]]}
            docs.append(doc)
            for unit in person.mentions:
                for mention_id in unit.mention_ids:
                    links[mention_id] = person.person_id
        yield (name_key, docs, links)


class WritePeopleFn(_MentionsFn):
    """Index the people of a key, delete its stale people, set ``person_id`` on its mentions."""

    def __init__(self, settings: EsSettings, people: str, mentions: str, refresh: bool = False) -> None:
        super().__init__(settings, mentions, "people_write_failed")
        self.people_index = people
        self.refresh = refresh
        self.written = counter("people_written")
        self.deleted = counter("people_deleted")
        self.linked = counter("mentions_linked")

    def setup(self) -> None:
        super().setup()
        self.writer = BulkWriter(self.client, refresh=self.refresh)

    def process(self, batch: list[tuple[str, list[dict[str, Any]], dict[str, str]]]) -> Iterator[Any]:
        """One stale-people search and one bulk write for a batch of name keys (``BatchElements``)."""
        from elasticsearch.helpers import scan

        keys = [k for k, _, _ in batch]
        ids = {d["person_id"] for _, docs, _ in batch for d in docs}
        links = {mid: pid for _, _, found in batch for mid, pid in found.items()}
        key_of = {d["person_id"]: k for k, docs, _ in batch for d in docs}
        try:
            if self.client.indices.exists(index=self.people_index):
                old = scan(
                    self.client,
                    index=self.people_index,
                    query={"query": {"terms": {"key": keys}}},
                    _source=["key"],
                )
                stale = sorted(h["_id"] for h in old if h["_id"] not in ids)
            else:
                stale = []
        except ES_ERRORS as exc:
            yield from self._read_failed(keys, exc)
            return
        actions: list[dict[str, Any]] = [
            {"_op_type": "index", "_index": self.people_index, "_id": d["person_id"], "_source": d}
            for _, docs, _ in batch
            for d in docs
        ]
        actions += [{"_op_type": "delete", "_index": self.people_index, "_id": i} for i in stale]
        actions += [
            {"_op_type": "update", "_index": self.mentions, "_id": mid, "doc": {"person_id": pid}}
            for mid, pid in sorted(links.items())
        ]
        failed_keys: set[str] = set()
        for result in self.writer.write_all(actions):
            if result.ok:
                if result.id in ids:
                    self.written.inc()
                elif result.id in links:
                    self.linked.inc()
                else:
                    self.deleted.inc()
                continue
            self.failed.inc()
            key = key_of.get(result.id) or key_of.get(links.get(result.id, ""), "")
            failed_keys.add(key)
            yield TaggedOutput(
                DEAD_LETTER_TAG,
                Failure(
                    "resolve_write",
                    result.reason,
                    result.message,
                    Source("mentions", path=key or "<people>"),
                    result.status,
                    {"action": result.action},
                ),
            )
        for key in keys:
            if key not in failed_keys:
                yield key


class LogFailures(beam.DoFn):
    """People resolution's dead letters (JSON lines) to the log: their keys are resolved again next run."""

    def process(self, line: str) -> None:
        """Log one failure."""
        logger.warning("people resolution failure: %s", line)


@dataclass(frozen=True)
class _Resolution:
    """What one resolution reads and writes: the cluster, its two aliases, and how it batches."""

    settings: EsSettings
    mentions: str
    people: str
    refresh: bool
    key_batch: int


class ResolvePeople(beam.PTransform[Any, Any]):
    """``since`` values ("" = everything) -> resolved name keys (main) and dead letters (``failed``).

    Args:
        settings: The cluster.
        mentions: The mentions alias.
        people: The people alias.
        refresh: Refresh after each people write (tests).
        after: A PCollection (what an ingest in the same pipeline wrote): the listing waits for
            all of it, so one pipeline ingests then resolves (one set of workers, not two).
        key_batch: Name keys read and resolved together (memory holds their mentions).
    """

    def __init__(
        self,
        settings: EsSettings,
        mentions: str,
        people: str,
        refresh: bool = False,
        after: Any = None,
        key_batch: int = KEY_BATCH,
    ) -> None:
        super().__init__()
        self.plan = _Resolution(settings, mentions, people, refresh, key_batch)
        self.after = after

    def expand(self, since: Any) -> Any:
        plan = self.plan
        wait: list[Any] = []
        if self.after is not None:
            done = self.after | "CountWritten" >> combiners.Count.Globally()
            wait = [beam.pvalue.AsSingleton(done)]
        keys = since | "ListPersonKeys" >> beam.ParDo(
            ListPersonKeysFn(plan.settings, plan.mentions, plan.key_batch), *wait
        ).with_outputs(DEAD_LETTER_TAG, main="keys")
        resolved = (
            keys.keys
            | "SpreadKeyBatches" >> beam.Reshuffle()
            | "ReadAndResolve"
            >> beam.ParDo(ResolveKeysFn(plan.settings, plan.mentions)).with_outputs(
                DEAD_LETTER_TAG, main="people"
            )
        )
        written = (
            resolved.people
            | "BatchPeople" >> beam.BatchElements(min_batch_size=1, max_batch_size=KEY_BATCH)
            | "WritePeople"
            >> beam.ParDo(
                WritePeopleFn(plan.settings, plan.people, plan.mentions, plan.refresh)
            ).with_outputs(DEAD_LETTER_TAG, main="keys")
        )
        failed = (
            keys[DEAD_LETTER_TAG],
            resolved[DEAD_LETTER_TAG],
            written[DEAD_LETTER_TAG],
        ) | "FlattenResolveFailures" >> beam.Flatten()
        return written.keys, failed
