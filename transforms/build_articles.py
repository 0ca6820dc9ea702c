"""Beam step turning raw documents into article records (clean + extract)."""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Iterator
from dataclasses import replace
from typing import Any

import apache_beam as beam
from apache_beam.metrics import Metrics
from apache_beam.pvalue import TaggedOutput
from apache_beam.transforms.window import GlobalWindow
from apache_beam.utils.timestamp import MIN_TIMESTAMP
from apache_beam.utils.windowed_value import WindowedValue

from transforms.article import ArticleError, build_article
from transforms.deadletters import DEAD_LETTER_TAG
from transforms.ids import near_duplicate_key
from transforms.records import Article, Failure, RawDocument
from transforms.republish import WINDOW_DAYS, RecentTitles, title_key
from transforms.sinks.elasticsearch import EsSettings

# hashes remembered per worker: ~200 bytes each, so 500,000 cost ~100 MB at most
_SEEN_LIMIT = 500_000


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
            if article.language != "vi":  # feeds (issue 13): kept out of the Vietnamese extraction
                Metrics.counter("bantin", "articles_not_vietnamese").inc()
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


class DedupFn(beam.DoFn):  # type: ignore[misc]
    """Drop exact copies and flag near-duplicates, without a shuffle.

    An article whose content hash was already seen, under another id, by this
    worker or in the index, is dropped (the first one written stays). An article
    whose opening words (:func:`near_duplicate_key`) match another article's, but
    whose text differs, is kept with ``duplicate_of`` set. Checking the index makes
    this work across runs; doing it per batch, in the stream of articles, keeps the
    memory of a run flat (a GroupByKey would hold every article of a batch run).

    Args:
        es: Elasticsearch settings, or None (``--dry-run``: this worker's articles only).
        alias: The articles alias to check.
        batch_size: Articles checked with one search request.
    """

    def __init__(self, es: EsSettings | None, alias: str, batch_size: int = 200) -> None:
        self.es = es
        self.alias = alias
        self.batch_size = batch_size
        self.dropped = Metrics.counter("bantin", "duplicates_dropped")
        self.flagged = Metrics.counter("bantin", "near_duplicates_flagged")
        self.republished = Metrics.counter("bantin", "republished_flagged")  # feeds (issue 13)

    def setup(self) -> None:
        self.client = self.es.client() if self.es else None
        self.owner_of_hash: OrderedDict[str, str] = OrderedDict()
        self.owner_of_opening: OrderedDict[str, str] = OrderedDict()
        self.titles = RecentTitles()  # feeds (issue 13): same title by one publisher within days

    def start_bundle(self) -> None:
        self.buffer: list[Article] = []

    def process(self, article: Article) -> Iterator[Article]:
        self.buffer.append(article)
        if len(self.buffer) >= self.batch_size:
            yield from self._flush()

    def finish_bundle(self) -> Iterator[Any]:
        for article in self._flush():
            yield WindowedValue(article, MIN_TIMESTAMP, [GlobalWindow()])

    def _indexed(
        self,
        hashes: set[str],
        openings: set[str],
        titles: set[str] = frozenset(),  # type: ignore[assignment]
    ) -> tuple[dict[str, str], dict[str, str]]:
        if self.client is None:
            return {}, {}
        query = {
            "bool": {
                "should": [
                    {"terms": {"content_hash": sorted(hashes)}},
                    {"terms": {"near_key": sorted(openings)}},
                    {"terms": {"title.keyword": sorted(titles or ())}},  # feeds (issue 13)
                ]
            }
        }
        fields = ["content_hash", "near_key", "title", "source.url", "published"]
        response = self.client.options(ignore_status=404).search(
            index=self.alias, query=query, size=6 * len(hashes) + 10, _source=fields
        )
        by_hash: dict[str, str] = {}
        by_opening: dict[str, str] = {}
        for hit in sorted(response.body.get("hits", {}).get("hits", []), key=lambda h: h["_id"]):
            src = hit.get("_source", {})
            by_hash.setdefault(src.get("content_hash", ""), hit["_id"])
            by_opening.setdefault(src.get("near_key", ""), hit["_id"])
            key = title_key((src.get("source") or {}).get("url"), src.get("title"))  # feeds (issue 13)
            self.titles.remember(key, hit["_id"], src.get("published"))
        return by_hash, by_opening

    def _remember(self, table: OrderedDict[str, str], key: str, doc_id: str) -> None:
        table.setdefault(key, doc_id)
        if len(table) > _SEEN_LIMIT:
            table.popitem(last=False)

    def _flush(self) -> Iterator[Article]:
        batch, self.buffer = self.buffer, []
        if not batch:
            return
        openings = {a.id: near_duplicate_key(a.id, a.body) for a in batch}
        titles = {a.title for a in batch if a.title}
        by_hash, by_opening = self._indexed({a.content_hash for a in batch}, set(openings.values()), titles)
        for article in batch:
            owner = self.owner_of_hash.get(article.content_hash) or by_hash.get(article.content_hash)
            if owner and owner != article.id:
                self.dropped.inc()
                continue
            opening = openings[article.id]
            near = self.owner_of_opening.get(opening) or by_opening.get(opening)
            if near and near != article.id:
                self.flagged.inc()
                article = replace(article, duplicate_of=near)
            # feeds (issue 13): the same story re-published by its outlet under a changed URL
            key = title_key(article.source.url, article.title)
            again = self.titles.owner(key, article.id, article.published)
            if again and not article.duplicate_of:
                self.republished.inc()
                note = f"republished: same title by the same outlet within {WINDOW_DAYS:g} days as {again}"
                article = replace(article, duplicate_of=again, notes=(*article.notes, note))
            self.titles.remember(key, article.id, article.published)
            self._remember(self.owner_of_hash, article.content_hash, article.id)
            self._remember(self.owner_of_opening, opening, article.id)
            yield article

    def teardown(self) -> None:
        if getattr(self, "client", None) is not None:
            self.client.close()
