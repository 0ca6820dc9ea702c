"""``WriteToElasticsearch``: Beam's ``BatchElements`` in front of a stateless bulk-writing DoFn."""

from __future__ import annotations

import logging
import time
from collections.abc import Iterator, Sequence
from typing import Any

import apache_beam as beam
from apache_beam.metrics.metric import Metrics
from apache_beam.pvalue import TaggedOutput

from transforms.deadletters import DEAD_LETTER_TAG, redact
from transforms.es.bulk import BulkWriter, SinkSettings, WriteResult
from transforms.es.documents import article_actions
from transforms.records import Article, Failure, Source
from transforms.steps import NAMESPACE, counter

logger = logging.getLogger(__name__)

MENTIONS_TAG = "mentions"


class _BulkWriteFn(beam.DoFn):
    """A batch of articles -> their actions, split by count and bytes, written; every result routed."""

    def __init__(self, sink: SinkSettings) -> None:
        self.sink = sink
        self.written = counter("es_written")
        self.failed = counter("es_failed")
        self.retried = counter("es_retried")
        self.requests = counter("es_bulk_requests")
        self.mentions_written = counter("es_mentions_written")
        self.batch_articles = Metrics.distribution(NAMESPACE, "es_batch_articles")
        self.batch_ms = Metrics.distribution(NAMESPACE, "es_batch_write_ms")

    def setup(self) -> None:
        self.client = self.sink.es.client()
        self.writer = BulkWriter(self.client, self.sink.backoff, self.sink.refresh)

    def process(self, batch: Sequence[Article]) -> Iterator[Any]:
        started = time.perf_counter()
        sources: dict[str, Source] = {}
        actions: list[dict[str, Any]] = []
        for article in batch:
            for action in article_actions(article, self.sink.index, self.sink.mentions_index):
                sources[action["_id"]] = article.source
                actions.append(action)
        self.batch_articles.update(len(batch))
        sent = self.writer.requests
        for result in self.writer.write_all(actions, self.sink.batch_size, self.sink.batch_bytes):
            yield self._route(result, sources.get(result.id, Source("file")))
        self.requests.inc(self.writer.requests - sent)
        self.batch_ms.update(int((time.perf_counter() - started) * 1000))

    def _route(self, result: WriteResult, source: Source) -> Any:
        if result.attempts > 1:
            self.retried.inc()
        if result.ok and result.index != self.sink.index:
            self.mentions_written.inc()
            return TaggedOutput(MENTIONS_TAG, result.id)
        if result.ok:
            self.written.inc()
            return result.id
        self.failed.inc()
        logger.info("write of %s failed [%s]: %s", result.id, result.reason, redact(result.message))
        counter(f"es_failed_{result.reason}").inc()
        payload = {"action": result.action}
        message = redact(result.message)
        return TaggedOutput(
            DEAD_LETTER_TAG, Failure("write", result.reason, message, source, result.status, payload)
        )

    def teardown(self) -> None:
        client = getattr(self, "client", None)
        if client is not None:
            client.close()


class WriteToElasticsearch(beam.PTransform[Any, Any]):
    """Write articles (and their mentions) with idempotent bulk ``index`` actions.

    Articles are grouped by Beam's ``BatchElements`` (``sink.batch_size`` articles at
    most); the writer splits each group into requests of at most ``batch_size``
    actions and ``batch_bytes`` bytes. Returns ``written`` (article ids), ``mentions``
    (mention ids) and ``failed`` (:class:`Failure` with the action as payload, replayable).

    Args:
        sink: Where and how to write.
    """

    def __init__(self, sink: SinkSettings) -> None:
        super().__init__()
        self.sink = sink

    def expand(self, articles: Any) -> Any:
        size = max(self.sink.batch_size, 1)
        return (
            articles
            | "Batch" >> beam.BatchElements(min_batch_size=size, max_batch_size=size)
            | "BulkIndex"
            >> beam.ParDo(_BulkWriteFn(self.sink)).with_outputs(DEAD_LETTER_TAG, MENTIONS_TAG, main="written")
        )
