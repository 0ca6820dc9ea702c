"""The batch job: local files (and feeds) -> clean -> extract -> Elasticsearch.

``build_pipeline`` returns the main and dead-letter PCollections so that tests can
assert on both; ``run`` checks Elasticsearch, runs the pipeline and prints a summary.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
import time
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Any

import apache_beam as beam
from apache_beam.io.filesystems import FileSystems
from apache_beam.options.pipeline_options import PipelineOptions, SetupOptions

from deploy.local.cluster import cache_dir
from pipelines.options import BantinOptions
from transforms.build_articles import BuildArticleFn, DedupFn, DedupItemsByUrl
from transforms.deadletters import DEAD_LETTER_TAG, failure_to_json
from transforms.progress import ReportProgress
from transforms.runlock import EXIT_LOCKED, RunLock, RunLocked
from transforms.sinks.elasticsearch import EsSettings, ensure_articles_index, mentions_alias
from transforms.sinks.write import WriteToElasticsearch
from transforms.sources.feedlist import FeedListError, load_feed_list
from transforms.sources.fetch import FetchSettings
from transforms.sources.files import expand_inputs, modified_since
from transforms.sources.poll import FetchArticleFn, PollFeedFn
from transforms.sources.read import ReadFileFn

DEFAULT_INPUTS = ["seeds"]
DEFAULT_FEEDS = "seeds/feeds.yaml"


class EsUnavailable(RuntimeError):
    """Elasticsearch cannot be reached or set up; the message says what to do."""


@dataclass
class PipelineOutputs:
    """What ``build_pipeline`` returns: the articles, what was written, and the dead letters."""

    articles: Any
    written: Any
    failed: Any
    inputs: list[str] = field(default_factory=list)


def es_settings(opts: BantinOptions) -> EsSettings:
    """Client settings from the options and the environment."""
    return EsSettings.from_env(opts.es_url, insecure=opts.es_insecure)


def write_step(opts: BantinOptions) -> WriteToElasticsearch:
    """The sink as the options configure it (shared by the batch and the streaming job)."""
    mentions = opts.write_mentions_index or mentions_alias(opts.index)
    return WriteToElasticsearch(
        es_settings(opts),
        opts.write_index or opts.index,
        batch_size=opts.batch_size,
        batch_bytes=opts.batch_bytes,
        max_retries=opts.es_max_retries,
        backoff=opts.es_backoff,
        max_backoff=opts.es_max_backoff,
        refresh=opts.refresh,
        mentions_index=None if opts.no_mentions else mentions,
    )


def fetch_settings(opts: BantinOptions) -> FetchSettings:
    """HTTP limits and manners from the options."""
    return FetchSettings(
        connect_timeout=opts.fetch_timeout / 2,
        read_timeout=opts.fetch_timeout,
        total_timeout=opts.fetch_timeout * 3,
        max_bytes=opts.max_bytes,
        min_delay=opts.host_delay,
        respect_robots=not opts.ignore_robots,
    )


def build_pipeline(p: beam.Pipeline, options: PipelineOptions) -> PipelineOutputs:
    """Add the batch job's steps to ``p``.

    Args:
        p: The pipeline.
        options: Options holding :class:`BantinOptions`.

    Returns:
        The articles, the written ids (empty with ``--dry-run``) and the dead letters.
    """
    opts = options.view_as(BantinOptions)
    default_run = not opts.input and not opts.feeds
    inputs = expand_inputs(opts.input or (DEFAULT_INPUTS if default_run else []))
    if opts.since:
        inputs = modified_since(inputs, opts.since)
    feed_list = opts.feeds or (DEFAULT_FEEDS if default_run and os.path.exists(DEFAULT_FEEDS) else None)
    feeds = load_feed_list(feed_list) if feed_list else ()
    read = (
        p
        | "ListInputs" >> beam.Create(inputs)
        | "ReadFiles" >> beam.ParDo(ReadFileFn(opts.max_bytes)).with_outputs(DEAD_LETTER_TAG, main="docs")
    )
    failures = [read[DEAD_LETTER_TAG]]
    docs = read.docs
    if feeds:
        fetch = fetch_settings(opts)
        polled = (
            p
            | "ListFeeds" >> beam.Create(list(feeds))
            | "PollFeeds"
            >> beam.ParDo(
                PollFeedFn(
                    fetch, None if opts.dry_run else es_settings(opts), opts.index, opts.since, opts.poll_all
                )  # feeds (issue 13): poll what is due unless --poll-all
            ).with_outputs(DEAD_LETTER_TAG, main="items")
        )
        fetched = (
            polled.items
            | "DedupItemsByUrl" >> DedupItemsByUrl()
            | "FetchArticles"
            >> beam.ParDo(
                FetchArticleFn(
                    fetch, opts.archive, int(opts.archive_max_mb * 1024 * 1024)
                )  # feeds (issue 13)
            ).with_outputs(DEAD_LETTER_TAG, main="docs")
        )
        failures += [polled[DEAD_LETTER_TAG], fetched[DEAD_LETTER_TAG]]
        docs = (read.docs, fetched.docs) | "FilesAndPages" >> beam.Flatten()
    built = docs | "BuildArticles" >> beam.ParDo(BuildArticleFn()).with_outputs(
        DEAD_LETTER_TAG, main="articles"
    )
    dedup = DedupFn(None if opts.dry_run else es_settings(opts), opts.index)
    articles = built.articles | "DropCopiesFlagNearDuplicates" >> beam.ParDo(dedup)
    if opts.progress_interval > 0:
        articles = articles | "ReportProgress" >> beam.ParDo(
            ReportProgress(len(inputs), opts.progress_interval)
        )
    failures.append(built[DEAD_LETTER_TAG])
    if opts.dry_run:
        written = p | "NothingWritten" >> beam.Create([])
    else:
        result = articles | "WriteToElasticsearch" >> write_step(opts)
        written = result.written
        failures.append(result[DEAD_LETTER_TAG])
    failed = tuple(failures) | "FlattenDeadLetters" >> beam.Flatten()
    return PipelineOutputs(articles=articles, written=written, failed=failed, inputs=inputs)


def prepare_index(opts: BantinOptions) -> str:
    """Check that Elasticsearch answers and install the template and alias.

    Raises:
        EsUnavailable: with a one-line message naming the URL and the fix.
    """
    settings = es_settings(opts)
    client = settings.client()
    try:
        try:
            client.cluster.health(timeout="5s")
        except Exception as exc:
            raise EsUnavailable(
                f"Elasticsearch is not reachable at {settings.url} ({type(exc).__name__}). "
                "Start the local one with `bantin es up`, "
                "or point --es-url / BANTIN_ES_URL at a running cluster."
            ) from exc
        try:
            # a rebuild (bantin reindex) writes into new indices: the old one may be outdated
            return ensure_articles_index(client, opts.index, check_version=not opts.write_index)
        except Exception as exc:
            raise EsUnavailable(f"cannot set up index {opts.index} at {settings.url}: {exc}") from exc
    finally:
        client.close()


def _counters(result: Any) -> dict[str, int]:
    counters: dict[str, int] = {}
    try:
        for counter in result.metrics().query()["counters"]:
            name = counter.key.metric.name
            counters[name] = counters.get(name, 0) + int(counter.committed or counter.attempted or 0)
    except Exception:  # some runners do not report metrics; the summary then says less
        pass
    return counters


def _read_dead_letters(prefix: str) -> list[dict[str, Any]]:
    # Beam's file systems: the dead-letter folder may be gs:// or s3:// on a distributed runner
    path = prefix + ".jsonl"
    if not FileSystems.exists(path):
        return []
    with FileSystems.open(path) as handle:
        text = handle.read().decode("utf-8")
    return [json.loads(line) for line in text.splitlines() if line.strip()]


def run(argv: list[str] | None = None) -> int:
    """Run the batch job and print its summary.

    Args:
        argv: Command-line flags (``BantinOptions`` and any Beam flags).

    Returns:
        0 when everything was written; 1 when some inputs or writes failed; 2 when
        Elasticsearch is unavailable or the options are wrong; 75 when another run of
        the same job holds the lock (try later).
    """
    if argv and ("--help" in argv or "-h" in argv):
        parser = argparse.ArgumentParser(prog="bantin run", description="Run the batch pipeline.")
        BantinOptions._add_argparse_args(parser)
        parser.print_help()
        print("\nAny Apache Beam pipeline option (--runner, --direct_num_workers, ...) is accepted too.")
        return 0
    logging.getLogger("apache_beam").setLevel(logging.ERROR)
    logging.getLogger("elastic_transport").setLevel(logging.ERROR)
    options = PipelineOptions(argv)
    options.view_as(SetupOptions).save_main_session = False
    opts = options.view_as(BantinOptions)
    lock_path = opts.lock_file or os.path.join(cache_dir(), "locks", f"{opts.index}.lock")
    try:
        with RunLock(lock_path):
            return _run_locked(options, opts)
    except RunLocked as exc:
        print(f"error: {exc}; not starting a second run", file=sys.stderr)
        return EXIT_LOCKED


def _run_locked(options: PipelineOptions, opts: BantinOptions) -> int:
    started = time.monotonic()
    index = "(dry run)"
    if not opts.dry_run:
        try:
            index = prepare_index(opts)
        except EsUnavailable as exc:
            print(f"error: {exc}", file=sys.stderr)
            return 2
    stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%SZ")
    prefix = os.path.join(opts.dead_letter_dir, f"run-{stamp}")
    pipeline = beam.Pipeline(options=options)
    try:
        outputs = build_pipeline(pipeline, options)
    except (ValueError, FeedListError, OSError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    _ = (
        outputs.failed
        | "DeadLetterJson" >> beam.Map(failure_to_json)
        | "WriteDeadLetters"
        >> beam.io.WriteToText(prefix, file_name_suffix=".jsonl", shard_name_template="", num_shards=1)
    )
    result = pipeline.run()
    result.wait_until_finish()
    elapsed = time.monotonic() - started
    counters = _counters(result)
    dead = _read_dead_letters(prefix)
    if not dead and FileSystems.exists(prefix + ".jsonl"):
        FileSystems.delete([prefix + ".jsonl"])
    read_total = len(outputs.inputs)
    print(
        f"read {read_total} inputs, built {counters.get('articles_built', 0)} articles, "
        f"wrote {counters.get('es_written', 0)}, failed {len(dead)}, "
        f"duplicates dropped {counters.get('duplicates_dropped', 0)}, "
        f"mentions written {counters.get('es_mentions_written', 0)}, "
        f"index {opts.index} -> {index}, elapsed {elapsed:.1f}s"
    )
    for letter in dead[:20]:
        src = letter.get("source", {})
        where = src.get("path") or src.get("url") or src.get("feed")  # feeds (issue 13): feed failures
        print(f"  failed [{letter['stage']}/{letter['reason']}] {where}: {letter['message']}")
    if len(dead) > 20:
        print(f"  ... {len(dead) - 20} more")
    if dead:
        print(f"dead letters: {prefix}.jsonl (replay writes with `bantin replay {prefix}.jsonl`)")
    return 1 if dead else 0
