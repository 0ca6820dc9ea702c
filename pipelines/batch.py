"""The batch job: local files (and feeds) -> clean -> extract -> Elasticsearch.

``build_pipeline`` returns the main and dead-letter PCollections so that tests can
assert on both; ``run`` checks Elasticsearch, runs the pipeline and prints a summary.
"""

from __future__ import annotations

import json
import logging
import os
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import apache_beam as beam
from apache_beam.io.filesystems import FileSystems
from apache_beam.options.pipeline_options import PipelineOptions, SetupOptions

from pipelines.common import (
    EsUnavailable,
    backoff,
    counters,
    error,
    es_settings,
    fetch_settings,
    lock_path,
    prepare_index,
    print_help,
    setup_logging,
    sink_settings,
    wants_help,
)
from pipelines.options import BantinOptions
from transforms.deadletters import failure_to_json, is_disk_full, salvage, unique_name
from transforms.es.client import EsSettings
from transforms.es.documents import ingest_stamp
from transforms.progress import expected_articles
from transforms.records import FeedConfig
from transforms.runlock import EXIT_LOCKED, RunLock, RunLocked
from transforms.sources.feedlist import FeedListError, load_feed_list
from transforms.sources.files import Listing, modified_since
from transforms.steps.build import BuildArticles
from transforms.steps.deadletter_sink import AppendDeadLetters, is_local
from transforms.steps.feeds import IngestFeeds
from transforms.steps.progress import ReportProgress
from transforms.steps.read import input_failure, list_inputs
from transforms.steps.split_read import ReadArchives
from transforms.steps.write import WriteToElasticsearch

logger = logging.getLogger(__name__)

DEFAULT_INPUTS = ["seeds"]
DEFAULT_FEEDS = "seeds/feeds.yaml"


@dataclass
class PipelineOutputs:
    """What ``build_pipeline`` returns: the articles, what was written, and the dead letters."""

    articles: Any
    written: Any
    failed: Any
    inputs: list[str] = field(default_factory=list)


def _plan(opts: BantinOptions) -> tuple[Listing, tuple[FeedConfig, ...]]:
    """The inputs to read and the feeds to poll (seeds/ and seeds/feeds.yaml without either flag)."""
    default_run = not opts.input and not opts.feeds
    listing = list_inputs(opts.input or (DEFAULT_INPUTS if default_run else []))
    if opts.since:
        listing = Listing(tuple(modified_since(listing.paths, opts.since)), listing.errors)
    feed_list = opts.feeds or (DEFAULT_FEEDS if default_run and os.path.exists(DEFAULT_FEEDS) else None)
    return listing, load_feed_list(feed_list) if feed_list else ()


def build_pipeline(p: beam.Pipeline, options: PipelineOptions) -> PipelineOutputs:
    """Add the batch job's steps to ``p``: read (and ingest feeds), build, write.

    Args:
        p: The pipeline.
        options: Options holding :class:`BantinOptions`.

    Returns:
        The articles, the written ids (empty with ``--dry-run``) and the dead letters.
    """
    opts = options.view_as(BantinOptions)
    listing, feeds = _plan(opts)
    logger.info(
        "%d inputs, %d feeds, %d folders not listed", len(listing.paths), len(feeds), len(listing.errors)
    )
    es = None if opts.bantin_dry_run else es_settings(opts)
    # archives in parallel shards (scale: transforms/steps/split_read.py)
    read = p | "ReadInputs" >> ReadArchives(listing.paths, opts.max_bytes, opts.read_shards)
    unlisted = [input_failure(e, e.path or "") for e in listing.errors]
    failures = [read.failed, p | "UnlistedFolders" >> beam.Create(unlisted)]
    docs = [read.main]
    if feeds:
        pages = feed_pages(p, feeds, opts, es)
        docs.append(pages.main)
        failures.append(pages.failed)
    total = expected_articles(listing.paths) if opts.progress_interval > 0 else None
    articles, written, failed = build_and_write(p, docs, failures, opts, es, total)
    return PipelineOutputs(articles=articles, written=written, failed=failed, inputs=list(listing.paths))


def feed_pages(
    p: beam.Pipeline, feeds: Sequence[FeedConfig], opts: BantinOptions, es: EsSettings | None
) -> Any:
    """The feed branch (the batch job's, and the streaming job's at each tick): feeds -> pages.

    Returns:
        :class:`~transforms.steps.Outputs`: the fetched pages and the dead letters.
    """
    ingest = IngestFeeds(
        fetch_settings(opts),
        es,
        opts.index,
        opts.since,
        backoff(opts),
        max_items=opts.max_items_per_poll,
        poll_all=opts.poll_all,  # feeds (issue 13): poll what is due unless --poll-all
        archive=opts.archive,
        archive_max_bytes=int(opts.archive_max_mb * 1024 * 1024),
    )
    return p | "ListFeeds" >> beam.Create(list(feeds)) | "IngestFeeds" >> ingest


def build_and_write(
    p: beam.Pipeline,
    docs: list[Any],
    failures: list[Any],
    opts: BantinOptions,
    es: EsSettings | None,
    progress_total: int | None = None,
) -> tuple[Any, Any, Any]:
    """Documents -> articles -> Elasticsearch, shared by the batch and the streaming job.

    Args:
        p: The pipeline.
        docs: PCollections of RawDocument (files, feed pages).
        failures: PCollections of dead letters so far; this step's are added.
        opts: The run's options.
        es: The cluster (None with ``--dry-run``).
        progress_total: Articles expected, for the progress lines; None: no progress step.

    Returns:
        (articles, written ids, all dead letters).
    """
    built = (
        tuple(docs)
        | "FilesAndPages" >> beam.Flatten()
        | "BuildArticles" >> BuildArticles(es, opts.index, backoff(opts))
    )
    articles = built.main
    failures = [*failures, built.failed]
    if progress_total is not None:
        articles = articles | "ReportProgress" >> beam.ParDo(
            ReportProgress(progress_total, opts.progress_interval)
        )
    if opts.bantin_dry_run:
        written = p | "NothingWritten" >> beam.Create([])
    else:
        result = articles | "WriteToElasticsearch" >> WriteToElasticsearch(sink_settings(opts))
        written = result.written
        failures.append(result.failed)
    failed = tuple(failures) | "FlattenDeadLetters" >> beam.Flatten()
    return articles, written, failed


def _read_dead_letters(path: str) -> list[dict[str, Any]]:
    # Beam's file systems: the dead-letter folder may be gs:// or s3:// on a distributed runner
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
    if wants_help(argv):
        print_help("bantin run", "Run the batch pipeline.")
        return 0
    options = PipelineOptions(argv)
    options.view_as(SetupOptions).save_main_session = False
    opts = options.view_as(BantinOptions)
    setup_logging(opts.log_level)
    try:
        with RunLock(lock_path(opts)):
            return _run_locked(options, opts)
    except RunLocked as exc:
        error(f"{exc}; not starting a second run")
        return EXIT_LOCKED


def _disk_full(folder: str, prefix: str) -> int:
    """One line for a run whose dead letters filled the disk; what was written stays readable."""
    path, kept = salvage(folder, os.path.basename(prefix))
    error(
        f"no space left on the disk of the dead-letter folder {os.path.abspath(folder)}: "
        f"{kept} dead letters kept in {path or '(none)'}, the rest not saved; free space and re-run"
    )
    return 1


def _run_locked(options: PipelineOptions, opts: BantinOptions) -> int:
    started = time.monotonic()
    ingest_started = ingest_stamp()  # this run's people resolution lists mentions from here
    index = "(dry run)"
    if not opts.bantin_dry_run:
        try:
            index = prepare_index(opts)
        except EsUnavailable as exc:
            error(str(exc))
            return 2
    prefix = os.path.join(opts.dead_letter_dir, unique_name("run"))  # unique per run
    pipeline = beam.Pipeline(options=options)
    try:
        outputs = build_pipeline(pipeline, options)
    except (ValueError, FeedListError, OSError) as exc:
        error(str(exc))
        return 2
    # canon (issue 10): the names this run wrote are resolved in the same pipeline, once the
    # writes are done (scale, issue 15: one set of workers, not a second pipeline's)
    try:
        people = _add_people(pipeline, outputs, opts, ingest_started)
    except EsUnavailable as exc:
        error(str(exc))
        return 2
    lines = outputs.failed | "DeadLetterJson" >> beam.Map(failure_to_json)
    if is_local(prefix):  # whole lines, and a full disk is reported, not a crash
        _ = lines | "WriteDeadLetters" >> beam.ParDo(AppendDeadLetters(prefix + ".jsonl"))
    else:
        _ = lines | "WriteDeadLetters" >> beam.io.WriteToText(
            prefix, file_name_suffix=".jsonl", shard_name_template="", num_shards=1
        )
    try:
        result = pipeline.run()
        result.wait_until_finish()
    except Exception as exc:  # runners wrap a worker's OSError in their own types: look inside it
        if not is_disk_full(exc):
            raise
        return _disk_full(opts.dead_letter_dir, prefix)
    counts = counters(result)
    dead = _read_dead_letters(prefix + ".jsonl")
    if not dead and FileSystems.exists(prefix + ".jsonl"):
        FileSystems.delete([prefix + ".jsonl"])
    unsaved = counts.get("dead_letters_unsaved", 0)
    _print_summary(outputs, counts, dead, f"{opts.index} -> {index}", time.monotonic() - started)
    if dead:
        print(f"dead letters: {prefix}.jsonl (replay writes with `bantin replay {prefix}.jsonl`)")
    if unsaved:
        folder = os.path.abspath(opts.dead_letter_dir)
        error(
            f"no space left on the disk of the dead-letter folder {folder}: {len(dead)} dead letters "
            f"kept in {prefix}.jsonl, {unsaved} not saved; free space and re-run"
        )
        return 1
    people_failed = _people_done(opts, people, counts, time.monotonic() - started)
    return 1 if dead or people_failed else 0


def _print_summary(
    outputs: PipelineOutputs, counts: dict[str, int], dead: list[dict[str, Any]], index: str, elapsed: float
) -> None:
    unsaved = counts.get("dead_letters_unsaved", 0)
    print(
        f"read {len(outputs.inputs)} inputs, built {counts.get('articles_built', 0)} articles, "
        f"wrote {counts.get('es_written', 0)}, failed {len(dead) + unsaved}, "
        f"duplicates dropped {counts.get('duplicates_dropped', 0)}, "
        f"mentions written {counts.get('es_mentions_written', 0)}, "
        f"index {index}, elapsed {elapsed:.1f}s"
    )
    for letter in dead[:20]:
        src = letter.get("source", {})
        where = src.get("path") or src.get("url") or src.get("feed")  # feeds (issue 13): feed failures
        print(f"  failed [{letter['stage']}/{letter['reason']}] {where}: {letter['message']}")
    if len(dead) > 20:
        print(f"  ... {len(dead) - 20} more")


def _add_people(
    pipeline: beam.Pipeline, outputs: PipelineOutputs, opts: BantinOptions, since: str
) -> str | None:
    """Add the incremental people resolution (names whose mentions this run wrote) after the writes.

    Returns:
        The people alias, or None when the run resolves no people (dry run, no mentions, a rebuild).
    """
    if opts.bantin_dry_run or opts.no_mentions or opts.no_people or opts.write_index:
        return None
    from elasticsearch import ApiError, TransportError

    from pipelines.people import people_alias
    from transforms.deadletters import redact
    from transforms.es.client import EsCallFailed
    from transforms.es.indices import alias_for, ensure_index
    from transforms.steps.people import LogFailures, ResolvePeople

    settings = es_settings(opts)
    people = people_alias(opts.index)
    client = settings.client()
    try:
        backoff(opts).call("people index set-up", lambda: ensure_index(client, people, "people"))
    except (ApiError, TransportError, EsCallFailed) as exc:
        raise EsUnavailable(redact(f"cannot set up index {people} at {settings.url}: {exc}")) from exc
    finally:
        client.close()
    _keys, failed = (
        pipeline
        | "PeopleSince" >> beam.Create([since])
        | "ResolvePeople"
        >> ResolvePeople(settings, alias_for(opts.index, "mentions"), people, after=outputs.written)
    )
    _ = (
        failed
        | "PeopleDeadLetterJson" >> beam.Map(failure_to_json)
        | "LogPeopleFailures" >> beam.ParDo(LogFailures())
    )
    return people


def _people_done(opts: BantinOptions, people: str | None, counts: dict[str, int], elapsed: float) -> int:
    """After a run that resolved people: one refresh, the ``people:`` line; the failures."""
    if people is None:
        return 0
    from pipelines.people import people_failures, people_summary, refresh_people
    from transforms.es.indices import alias_for

    refresh_people(es_settings(opts), people, alias_for(opts.index, "mentions"))
    print(people_summary(counts, people, elapsed))
    return people_failures(counts)
