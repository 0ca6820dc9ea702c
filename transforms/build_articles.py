"""Beam step turning raw documents into article records (clean + extract)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import apache_beam as beam
from apache_beam.metrics import Metrics
from apache_beam.pvalue import TaggedOutput

from transforms.article import ArticleError, build_article
from transforms.deadletters import DEAD_LETTER_TAG
from transforms.ids import mark_near_duplicates, near_duplicate_key
from transforms.records import Failure, RawDocument


class BuildArticleFn(beam.DoFn):  # type: ignore[misc]
    """RawDocument -> Article (main output) or Failure (``failed``)."""

    def __init__(self) -> None:
        self.built = Metrics.counter("bantin", "articles_built")
        self.failed = Metrics.counter("bantin", "build_failed")

    def process(self, raw: RawDocument) -> Iterator[Any]:
        try:
            article = build_article(raw)
        except ArticleError as exc:
            self.failed.inc()
            Metrics.counter("bantin", f"build_failed_{exc.reason}").inc()
            yield TaggedOutput(DEAD_LETTER_TAG, Failure(exc.stage, exc.reason, str(exc), raw.source))
        except Exception as exc:  # an extractor bug must not lose the input: report it
            self.failed.inc()
            Metrics.counter("bantin", "build_failed_error").inc()
            message = f"{type(exc).__name__}: {exc}"
            yield TaggedOutput(DEAD_LETTER_TAG, Failure("extract", "error", message, raw.source))
        else:
            self.built.inc()
            yield article


class DedupItemsByUrl(beam.PTransform):  # type: ignore[misc]
    """One (feed, item) per article URL: the same story in two feeds is fetched once."""

    def expand(self, items: Any) -> Any:
        def keep_one(item: Any) -> Any:
            _, group = item
            ordered = sorted(group, key=lambda fe: fe[0])
            if len(ordered) > 1:
                Metrics.counter("bantin", "items_in_several_feeds").inc(len(ordered) - 1)
            return ordered[0]

        return (
            items
            | "KeyByLink" >> beam.Map(lambda fe: (fe[1].link, fe))
            | "GroupByLink" >> beam.GroupByKey()
            | "KeepOnePerLink" >> beam.Map(keep_one)
        )


class DedupByContent(beam.PTransform):  # type: ignore[misc]
    """One article per content hash (the smallest id is kept, deterministic); near-duplicates
    (same opening words, other text) are kept and flagged with ``duplicate_of``."""

    def expand(self, articles: Any) -> Any:
        def keep_one(item: Any) -> Any:
            _, group = item
            ordered = sorted(group, key=lambda a: a.id)
            if len(ordered) > 1:
                Metrics.counter("bantin", "duplicates_dropped").inc(len(ordered) - 1)
            return ordered[0]

        def flag(item: Any) -> Any:
            _, group = item
            marked = mark_near_duplicates(list(group))
            Metrics.counter("bantin", "near_duplicates_flagged").inc(len(marked) - 1)
            return marked

        return (
            articles
            | "KeyByContentHash" >> beam.Map(lambda a: (a.content_hash, a))
            | "GroupByContentHash" >> beam.GroupByKey()
            | "KeepOnePerHash" >> beam.Map(keep_one)
            | "KeyByOpening" >> beam.Map(lambda a: (near_duplicate_key(a.id, a.body), a))
            | "GroupByOpening" >> beam.GroupByKey()
            | "FlagNearDuplicates" >> beam.FlatMap(flag)
        )
