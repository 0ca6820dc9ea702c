"""The streaming job: poll the feeds on a periodic impulse, forever, with the batch job's steps.

``bantin stream --feeds FILE --poll-interval SECONDS`` runs a Beam streaming
pipeline: a ``PeriodicImpulse`` fires every interval, each tick lists the feeds
that are due (per-feed ``poll_interval``), and the same poll, fetch, build and
write steps as the batch job follow. New items are found through the feed state
and the articles index in Elasticsearch, so the job keeps no state of its own and
can be stopped and restarted at any time. Ctrl-C (SIGINT) or SIGTERM stops it
cleanly: the runner is cancelled and the summary printed.
"""

from __future__ import annotations

import contextlib
import logging
import signal
import sys
import threading
import time
from collections.abc import Iterator
from typing import Any

import apache_beam as beam
from apache_beam.metrics import Metrics
from apache_beam.options.pipeline_options import PipelineOptions, StandardOptions
from apache_beam.transforms.periodicsequence import PeriodicImpulse

from pipelines.batch import (
    DEFAULT_FEEDS,
    EsUnavailable,
    es_settings,
    fetch_settings,
    prepare_index,
    write_step,
)
from pipelines.options import BantinOptions
from transforms.build_articles import BuildArticleFn, DedupFn
from transforms.deadletters import DEAD_LETTER_TAG, failure_to_json
from transforms.records import FeedConfig
from transforms.sources.feedlist import load_feed_list
from transforms.sources.poll import FetchArticleFn, PollFeedFn
from transforms.sources.tracker import bounds_of


class DueFeeds(beam.DoFn):  # type: ignore[misc]
    """Tick -> the feeds whose lower polling bound has passed since this worker last polled them.

    (Issue 13: the poll step then skips feeds whose adaptive schedule in the feed state says
    they are not due yet, as in the batch job.)
    """

    def __init__(self, feeds: tuple[FeedConfig, ...]) -> None:
        self.feeds = feeds

    def setup(self) -> None:
        self.last: dict[str, float] = {}

    def process(self, tick: Any) -> Iterator[FeedConfig]:
        now = time.monotonic()
        Metrics.counter("bantin", "ticks").inc()
        for feed in self.feeds:
            # feeds (issue 13): at most every lower bound; the poll step applies the adaptive schedule
            if feed.enabled and now - self.last.get(feed.url, -1e12) >= bounds_of(feed).min_interval:
                self.last[feed.url] = now
                yield feed


class AppendDeadLetters(beam.DoFn):  # type: ignore[misc]
    """Streaming dead letters: appended to one JSON-lines file as they come (one worker, DirectRunner)."""

    def __init__(self, path: str) -> None:
        self.path = path

    def process(self, line: str) -> Iterator[None]:
        with open(self.path, "a", encoding="utf-8") as handle:
            handle.write(line + "\n")
        print(f"  failed: {line}", file=sys.stderr, flush=True)
        return iter(())


def build_stream(p: beam.Pipeline, options: PipelineOptions, poll_interval: float, ticks: int | None) -> Any:
    """Add the streaming job's steps; return (written ids, dead letters)."""
    opts = options.view_as(BantinOptions)
    feeds = load_feed_list(opts.feeds or DEFAULT_FEEDS)
    # a test (or a user) may ask for a bounded number of polls
    stop = time.time() + poll_interval * ticks if ticks else None
    fetch = fetch_settings(opts)
    bounds: dict[str, float] = {"stop_timestamp": stop} if stop is not None else {}
    impulse = PeriodicImpulse(start_timestamp=time.time(), fire_interval=poll_interval, **bounds)
    polled = (
        p
        | "Tick" >> impulse
        | "DueFeeds" >> beam.ParDo(DueFeeds(feeds))
        | "PollFeeds"
        >> beam.ParDo(PollFeedFn(fetch, es_settings(opts), opts.index, opts.since)).with_outputs(
            DEAD_LETTER_TAG, main="items"
        )
    )
    archive_bytes = int(opts.archive_max_mb * 1024 * 1024)  # feeds (issue 13): --archive DIR
    fetched = polled.items | "FetchArticles" >> beam.ParDo(
        FetchArticleFn(fetch, opts.archive, archive_bytes)
    ).with_outputs(DEAD_LETTER_TAG, main="docs")
    built = fetched.docs | "BuildArticles" >> beam.ParDo(BuildArticleFn()).with_outputs(
        DEAD_LETTER_TAG, main="articles"
    )
    unique = built.articles | "DropCopiesFlagNearDuplicates" >> beam.ParDo(
        DedupFn(es_settings(opts), opts.index, batch_size=20)
    )
    written = unique | "WriteToElasticsearch" >> write_step(opts)
    failed = (
        polled[DEAD_LETTER_TAG],
        fetched[DEAD_LETTER_TAG],
        built[DEAD_LETTER_TAG],
        written[DEAD_LETTER_TAG],
    ) | "FlattenDeadLetters" >> beam.Flatten()
    return written.written, failed


def run_stream(argv: list[str] | None = None) -> int:
    """Run ``bantin stream`` until Ctrl-C / SIGTERM (or ``--ticks`` polls); print a summary."""
    import argparse
    import os
    from datetime import datetime, timezone

    parser = argparse.ArgumentParser(prog="bantin stream", add_help=False)
    parser.add_argument("--poll-interval", type=float, default=300.0)
    parser.add_argument("--ticks", type=int, default=None)
    if argv and ("--help" in argv or "-h" in argv):
        help_parser = argparse.ArgumentParser(prog="bantin stream", description="Poll feeds until stopped.")
        help_parser.add_argument(
            "--poll-interval", type=float, default=300.0, help="seconds between two ticks"
        )
        help_parser.add_argument("--ticks", type=int, default=None, help="stop after this many ticks")
        BantinOptions._add_argparse_args(help_parser)
        help_parser.print_help()
        return 0
    known, rest = parser.parse_known_args(argv)
    logging.getLogger("apache_beam").setLevel(logging.ERROR)
    logging.getLogger("elastic_transport").setLevel(logging.ERROR)
    options = PipelineOptions(rest)
    options.view_as(StandardOptions).streaming = True
    opts = options.view_as(BantinOptions)
    try:
        index = prepare_index(opts)
    except EsUnavailable as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    os.makedirs(opts.dead_letter_dir, exist_ok=True)
    stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%SZ")
    dead_path = os.path.join(opts.dead_letter_dir, f"stream-{stamp}.jsonl")
    pipeline = beam.Pipeline(options=options)
    _, failed = build_stream(pipeline, options, known.poll_interval, known.ticks)
    _ = (
        failed
        | "DeadLetterJson" >> beam.Map(failure_to_json)
        | "AppendDeadLetters" >> beam.ParDo(AppendDeadLetters(dead_path))
    )
    print(
        f"streaming into {opts.index} -> {index}, polling every {known.poll_interval:g}s; Ctrl-C stops",
        flush=True,
    )
    holder: dict[str, Any] = {}
    stop_requested: list[int] = []

    def _stop(signum: int, frame: Any) -> None:
        # no locks in a signal handler (it may interrupt the main thread inside one)
        stop_requested.append(signum)

    def _run() -> None:
        try:
            holder["result"] = pipeline.run()
            holder["result"].wait_until_finish()
        except Exception as exc:  # reported by the main thread
            holder["error"] = exc

    previous = {sig: signal.signal(sig, _stop) for sig in (signal.SIGINT, signal.SIGTERM)}
    # the runner may block in run() (the streaming DirectRunner does): it gets a thread of its own,
    # and the main thread stays free to take Ctrl-C
    worker = threading.Thread(target=_run, name="bantin-stream", daemon=True)
    worker.start()
    try:
        while not stop_requested and worker.is_alive():
            time.sleep(0.2)
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)
    result = holder.get("result")
    if worker.is_alive():
        print("stopping ...", file=sys.stderr, flush=True)
        if result is not None:
            with contextlib.suppress(Exception):
                result.cancel()
        worker.join(timeout=10)
    final = str(result.state) if result is not None else ("FAILED" if "error" in holder else "CANCELLED")
    if "error" in holder:
        print(f"error: the stream failed: {holder['error']}", file=sys.stderr)
    counters: dict[str, int] = {}
    try:
        for counter in result.metrics().query()["counters"]:  # type: ignore[union-attr]
            counters[counter.key.metric.name] = counters.get(counter.key.metric.name, 0) + int(
                counter.committed or counter.attempted or 0
            )
    except Exception:  # metrics of a cancelled job may be unavailable
        pass
    print(
        f"stream ended ({final}): ticks {counters.get('ticks', 0)}, "
        f"new items {counters.get('items_new', 0)}, "
        f"wrote {counters.get('es_written', 0)}, failed (see {dead_path}) "
        f"{sum(v for k, v in counters.items() if k.endswith('_failed'))}"
    )
    return 1 if final == "FAILED" or "error" in holder else 0
