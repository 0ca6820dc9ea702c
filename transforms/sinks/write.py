"""Beam sink: ``WriteToElasticsearch``, a thin wrapper around :class:`BulkWriter`."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import apache_beam as beam
from apache_beam.metrics import Metrics
from apache_beam.pvalue import TaggedOutput
from apache_beam.transforms.window import GlobalWindow
from apache_beam.utils.timestamp import MIN_TIMESTAMP
from apache_beam.utils.windowed_value import WindowedValue

from transforms.deadletters import DEAD_LETTER_TAG, redact
from transforms.records import Article, Failure, Source
from transforms.sinks.elasticsearch import (
    BulkWriter,
    EsSettings,
    WriteResult,
    action_bytes,
    index_action,
    mention_actions,
)

MENTIONS_TAG = "mentions"


class _BulkWriteFn(beam.DoFn):  # type: ignore[misc]
    """Buffers actions per bundle, flushes by count and bytes, routes every result."""

    def __init__(
        self,
        settings: EsSettings,
        index: str,
        batch_size: int,
        batch_bytes: int,
        max_retries: int,
        backoff: float,
        max_backoff: float,
        refresh: bool,
        mentions_index: str | None = None,
    ) -> None:
        self.settings = settings
        self.mentions_index = mentions_index
        self.index = index
        self.batch_size = batch_size
        self.batch_bytes = batch_bytes
        self.max_retries = max_retries
        self.backoff = backoff
        self.max_backoff = max_backoff
        self.refresh = refresh
        self.written = Metrics.counter("bantin", "es_written")
        self.failed = Metrics.counter("bantin", "es_failed")
        self.retried = Metrics.counter("bantin", "es_retried")
        self.requests = Metrics.counter("bantin", "es_bulk_requests")
        self.mentions_written = Metrics.counter("bantin", "es_mentions_written")

    def setup(self) -> None:
        self.client = self.settings.client()
        self.writer = BulkWriter(
            self.client,
            max_retries=self.max_retries,
            initial_backoff=self.backoff,
            max_backoff=self.max_backoff,
            refresh="true" if self.refresh else None,
        )

    def start_bundle(self) -> None:
        self.buffer: list[dict[str, Any]] = []
        self.sources: dict[str, Source] = {}
        self.size = 0

    def process(self, article: Article) -> Iterator[Any]:
        action = index_action(article, self.index)
        actions = [action]
        if self.mentions_index:
            actions += mention_actions(article, self.mentions_index, action["_source"]["ingested_at"])
        for item in actions:
            self.buffer.append(item)
            self.sources[item["_id"]] = article.source
            self.size += action_bytes(item)
        if len(self.buffer) >= self.batch_size or self.size >= self.batch_bytes:
            yield from self._flush(windowed=False)

    def finish_bundle(self) -> Iterator[Any]:
        if self.buffer:
            yield from self._flush(windowed=True)

    def _flush(self, windowed: bool) -> Iterator[Any]:
        buffer, sources = self.buffer, self.sources
        self.buffer, self.sources, self.size = [], {}, 0
        self.requests.inc()
        articles = {a["_id"] for a in buffer if a["_index"] == self.index}
        for result in self.writer.write(buffer):
            out = self._route(result, sources.get(result.id, Source("file")), result.id in articles)
            if windowed:
                tag = out.tag if isinstance(out, TaggedOutput) else None
                value = out.value if isinstance(out, TaggedOutput) else out
                wv = WindowedValue(value, MIN_TIMESTAMP, [GlobalWindow()])
                yield TaggedOutput(tag, wv) if tag else wv
            else:
                yield out

    def _route(self, result: WriteResult, source: Source, is_article: bool) -> Any:
        if result.attempts > 1:
            self.retried.inc()
        if result.ok and not is_article:
            self.mentions_written.inc()
            return TaggedOutput(MENTIONS_TAG, result.id)
        if result.ok:
            self.written.inc()
            return result.id
        self.failed.inc()
        Metrics.counter("bantin", f"es_failed_{result.reason}").inc()
        payload = {"action": result.action}
        message = redact(result.message)
        return TaggedOutput(
            DEAD_LETTER_TAG, Failure("write", result.reason, message, source, result.status, payload)
        )

    def teardown(self) -> None:
        client = getattr(self, "client", None)
        if client is not None:
            client.close()


class WriteToElasticsearch(beam.PTransform):  # type: ignore[misc]
    """Write articles with idempotent bulk ``index`` actions.

    With ``mentions_index``, each article's mentions (see ``mention_documents``) go
    into the same bulk requests. Returns a tuple-like result with ``written``
    (article ids), ``mentions`` (mention ids) and ``failed`` (:class:`Failure` with
    the action as payload, replayable).
    """

    def __init__(
        self,
        settings: EsSettings,
        index: str,
        batch_size: int = 1000,
        batch_bytes: int = 5 * 1024 * 1024,
        max_retries: int = 5,
        backoff: float = 0.5,
        max_backoff: float = 30.0,
        refresh: bool = False,
        mentions_index: str | None = None,
    ) -> None:
        super().__init__()
        self.fn = _BulkWriteFn(
            settings,
            index,
            batch_size,
            batch_bytes,
            max_retries,
            backoff,
            max_backoff,
            refresh,
            mentions_index,
        )

    def expand(self, articles: Any) -> Any:
        return articles | "BulkIndex" >> beam.ParDo(self.fn).with_outputs(
            DEAD_LETTER_TAG, MENTIONS_TAG, main="written"
        )
