"""``BuildArticles``: raw documents -> article records; copies dropped, near-duplicates flagged."""

from __future__ import annotations

import logging
import time
from collections.abc import Iterator, Sequence
from typing import Any

import apache_beam as beam
from apache_beam.metrics.metric import Metrics
from apache_beam.pvalue import TaggedOutput

from transforms.article import ArticleError, build_article
from transforms.deadletters import DEAD_LETTER_TAG
from transforms.dedup import Deduplicator, indexed_owners, opening_keys
from transforms.es.client import Backoff, EsCallFailed, EsSettings
from transforms.records import Article, Failure, RawDocument
from transforms.republish import title_key
from transforms.steps import NAMESPACE, Outputs, counter

logger = logging.getLogger(__name__)

# articles checked with one search request: 200 keeps the terms query small and the worker's
# wait for the answer short
DEDUP_BATCH = 200


class _BuildArticleFn(beam.DoFn):
    """RawDocument -> Article (main output) or Failure (``failed``)."""

    def __init__(self) -> None:
        self.built = counter("articles_built")
        self.failed = counter("build_failed")

    def process(self, raw: RawDocument) -> Iterator[Any]:
        try:
            article = build_article(raw)
        except ArticleError as exc:
            self.failed.inc()
            counter(f"build_failed_{exc.reason}").inc()
            yield TaggedOutput(DEAD_LETTER_TAG, Failure(exc.stage, exc.reason, str(exc), raw.source))
        except Exception as exc:  # an extractor bug must not lose the input: report it
            logger.warning("building %s failed", raw.source.locator(), exc_info=True)
            self.failed.inc()
            counter("build_failed_error").inc()
            message = f"{type(exc).__name__}: {exc}"
            yield TaggedOutput(DEAD_LETTER_TAG, Failure("extract", "error", message, raw.source))
        else:
            self.built.inc()
            if article.language != "vi":  # feeds (issue 13): kept out of the Vietnamese extraction
                counter("articles_not_vietnamese").inc()
            yield article


class _DedupFn(beam.DoFn):
    """A batch of articles -> the articles kept; a batch whose index lookup gave up -> dead letters.

    The first lookup of a worker refreshes the index, so that what an earlier run
    wrote is seen whatever the refresh interval (cross-run dedup without timing).
    """

    def __init__(self, es: EsSettings | None, alias: str, backoff: Backoff) -> None:
        self.es = es
        self.alias = alias
        self.backoff = backoff
        self.dropped = counter("duplicates_dropped")
        self.flagged = counter("near_duplicates_flagged")
        self.republished = counter("republished_flagged")  # feeds (issue 13)
        self.failed = counter("dedup_failed")
        self.lookup_ms = Metrics.distribution(NAMESPACE, "dedup_lookup_ms")

    def setup(self) -> None:
        self.client = self.es.client() if self.es else None
        self.memory = Deduplicator()
        self.refreshed = False

    def _indexed(self, batch: Sequence[Article], openings: dict[str, str]) -> Any:
        client = self.client
        if client is None:
            return {}, {}
        if not self.refreshed:
            self.backoff.call(
                "dedup refresh", lambda: client.options(ignore_status=404).indices.refresh(index=self.alias)
            )
            self.refreshed = True
        hashes = {a.content_hash for a in batch}
        titles = {a.title for a in batch if a.title}
        keys = {k for k in (title_key(a.source.url, a.title) for a in batch) if k}  # feeds2 (issue 13)
        return self.backoff.call(
            "dedup lookup",
            lambda: indexed_owners(
                client, self.alias, hashes, set(openings.values()), titles, self.memory.titles, keys
            ),
        )

    def process(self, batch: Sequence[Article]) -> Iterator[Any]:
        openings = opening_keys(batch)
        started = time.perf_counter()
        try:
            by_hash, by_opening = self._indexed(batch, openings)
        except EsCallFailed as exc:
            # not written, so a re-run (or the next poll, for feed items) takes them again
            logger.warning("%d articles to dead letters: %s", len(batch), exc)
            self.failed.inc(len(batch))
            for article in batch:
                yield TaggedOutput(
                    DEAD_LETTER_TAG, Failure("dedup", "es_unavailable", str(exc), article.source)
                )
        else:
            self.lookup_ms.update(int((time.perf_counter() - started) * 1000))
            outcome = self.memory.decide(batch, openings, by_hash, by_opening)
            self.dropped.inc(outcome.dropped)
            self.flagged.inc(outcome.flagged)
            self.republished.inc(outcome.republished)
            yield from outcome.kept

    def teardown(self) -> None:
        client = getattr(self, "client", None)
        if client is not None:
            client.close()


class BuildArticles(beam.PTransform[Any, Any]):
    """RawDocument -> Article: build (clean + extract), then drop copies and flag near-duplicates.

    Dedup runs per batch (Beam's ``BatchElements``) against the worker's memory and
    one search of the index, without a shuffle, so the read -> build -> write chain
    fuses and a run's memory stays flat; checking the index makes it work across runs.

    Args:
        es: Elasticsearch settings, or None (``--dry-run``: this worker's articles only).
        alias: The articles alias to check.
        backoff: Retries of the index lookups.
        batch_size: Articles per lookup.

    Returns:
        :class:`Outputs`: the articles, and the dead letters of both steps.
    """

    def __init__(
        self, es: EsSettings | None, alias: str, backoff: Backoff | None = None, batch_size: int = DEDUP_BATCH
    ) -> None:
        super().__init__()
        self.es = es
        self.alias = alias
        self.backoff = backoff or Backoff()
        self.batch_size = batch_size

    def expand(self, docs: Any) -> Outputs:
        built = docs | "Build" >> beam.ParDo(_BuildArticleFn()).with_outputs(DEAD_LETTER_TAG, main="articles")
        size = max(self.batch_size, 1)
        unique = (
            built.articles
            | "BatchForDedup" >> beam.BatchElements(min_batch_size=size, max_batch_size=size)
            | "DropCopiesFlagNearDuplicates"
            >> beam.ParDo(_DedupFn(self.es, self.alias, self.backoff)).with_outputs(
                DEAD_LETTER_TAG, main="articles"
            )
        )
        failed = (built[DEAD_LETTER_TAG], unique[DEAD_LETTER_TAG]) | "BuildFailures" >> beam.Flatten()
        return Outputs(unique.articles, failed)
