"""The streaming job: poll the feeds forever, one bounded Beam pipeline per tick.

``bantin stream --feeds FILE --poll-interval SECONDS`` is a long-running process.
Every interval it lists the feeds that are due (each feed's own
``poll_interval``), runs one bounded pipeline over them on the DirectRunner (the
batch job's poll, fetch, build, dedup and write steps), adds up its counters and
sleeps until the next tick. New items are found through the feed state and the
articles index in Elasticsearch, so the job keeps no state of its own and can be
stopped and restarted at any time; an item counts as seen only once its article
is written, so every item is written once.

Why not a Beam streaming pipeline (``PeriodicImpulse``): measured here
(``docs/reliability.md``), the streaming DirectRunner grows by ~17 MB/s and keeps
half a core busy while idle, and Prism and the embedded Flink runner stay flat but
busy or heavy. Bounded runs back to back keep the memory flat and the process asleep
between ticks; the per-tick cost (building and running a small pipeline) is a
second or two of CPU.

Stopping: the first SIGINT (Ctrl-C) or SIGTERM lets the current tick finish (its
writes are acknowledged and counted), then prints the summary and exits 0; a
second one abandons the tick at once (what it wrote stays; its unwritten items are
polled again by the next run). A run lock (like the batch job's, exit 75) keeps
two streams off one index (``<cache>/locks/<index>-stream.lock``, or ``--lock-file``).
"""

from __future__ import annotations

import argparse
import logging
import os
import select
import signal
import sys
import time
from dataclasses import dataclass, field
from typing import Any

import apache_beam as beam
from apache_beam.options.pipeline_options import PipelineOptions, SetupOptions, StandardOptions

from pipelines.batch import DEFAULT_FEEDS, build_and_write, feed_pages
from pipelines.common import (
    EsUnavailable,
    counters,
    error,
    es_settings,
    lock_path,
    prepare_index,
    print_help,
    setup_logging,
    wants_help,
)
from pipelines.options import BantinOptions
from transforms.deadletters import failure_to_json, is_disk_full, unique_name
from transforms.records import FeedConfig
from transforms.runlock import EXIT_LOCKED, RunLock, RunLocked
from transforms.sources.feedlist import FeedListError, load_feed_list
from transforms.sources.tracker import bounds_of
from transforms.steps.deadletter_sink import AppendDeadLetters

log = logging.getLogger(__name__)


def due_feeds(feeds: tuple[FeedConfig, ...], last: dict[str, float], now: float) -> list[FeedConfig]:
    """The enabled feeds whose lower polling bound has passed since ``last[url]``; updates ``last``.

    (Issue 13: the poll step then skips the feeds whose adaptive schedule in the feed
    state says they are not due yet, as in the batch job.)
    """
    due = [f for f in feeds if f.enabled and now - last.get(f.url, -1e18) >= bounds_of(f).min_interval]
    for feed in due:
        last[feed.url] = now
    return due


def feed_steps(p: beam.Pipeline, feeds: list[FeedConfig], opts: BantinOptions) -> tuple[Any, Any]:
    """The batch job's feed branch over ``feeds``: (written ids, dead letters).

    The one place the streaming job names the steps it runs each tick: the same
    composites as ``bantin run`` (:func:`pipelines.batch.feed_pages`, then
    :func:`pipelines.batch.build_and_write`: IngestFeeds, BuildArticles, WriteToElasticsearch).
    """
    es = None if opts.bantin_dry_run else es_settings(opts)
    pages = feed_pages(p, feeds, opts, es)
    _, written, failed = build_and_write(p, [pages.main], [pages.failed], opts, es)
    return written, failed


@dataclass
class Totals:
    """Counters added up over the ticks that finished."""

    ticks: int = 0
    counters: dict[str, int] = field(default_factory=dict)

    def add(self, counters: dict[str, int]) -> None:
        """Add one tick's counters."""
        self.ticks += 1
        for name, value in counters.items():
            self.counters[name] = self.counters.get(name, 0) + value

    def get(self, name: str) -> int:
        """One counter (0 when never incremented)."""
        return self.counters.get(name, 0)


def run_tick(options: PipelineOptions, feeds: list[FeedConfig], dead_path: str) -> dict[str, int]:
    """Run one bounded pipeline over ``feeds`` to the end; return its counters."""
    pipeline = beam.Pipeline(runner="DirectRunner", options=options)
    _, failed = feed_steps(pipeline, feeds, options.view_as(BantinOptions))
    _ = (
        failed
        | "DeadLetterJson" >> beam.Map(failure_to_json)
        | "AppendDeadLetters" >> beam.ParDo(AppendDeadLetters(dead_path, echo=True))
    )
    result = pipeline.run()
    result.wait_until_finish()
    return counters(result)


class _Signals:
    """SIGINT/SIGTERM: the first asks to stop after the tick, the second interrupts it.

    The handler only appends to a list and raises; the sleep between ticks waits on
    the wakeup pipe, so a signal ends it at once without any polling.
    """

    def __init__(self) -> None:
        self.received: list[int] = []
        self._read, self._write = os.pipe()
        os.set_blocking(self._read, False)
        os.set_blocking(self._write, False)
        self._previous_fd = signal.set_wakeup_fd(self._write)
        self._previous = {s: signal.signal(s, self._handle) for s in (signal.SIGINT, signal.SIGTERM)}
        self.in_tick = False

    def _handle(self, signum: int, frame: Any) -> None:
        self.received.append(signum)
        if self.in_tick and len(self.received) > 1:
            raise KeyboardInterrupt  # a second signal: abandon the tick

    def sleep(self, seconds: float) -> None:
        """Sleep until ``seconds`` pass or a signal arrives."""
        if seconds > 0 and not self.received:
            select.select([self._read], [], [], seconds)
        while True:
            try:
                if not os.read(self._read, 512):
                    break
            except BlockingIOError:
                break

    def restore(self) -> None:
        """Put the previous handlers back."""
        for sig, handler in self._previous.items():
            signal.signal(sig, handler)
        signal.set_wakeup_fd(self._previous_fd)
        os.close(self._read)
        os.close(self._write)


def _parse(argv: list[str] | None) -> tuple[argparse.Namespace, list[str]] | None:
    parser = argparse.ArgumentParser(prog="bantin stream", add_help=False)
    parser.add_argument("--poll-interval", type=float, default=300.0, help="seconds between two ticks")
    parser.add_argument("--ticks", type=int, default=None, help="stop after this many ticks")
    if wants_help(argv):
        print_help("bantin stream", "Poll feeds until stopped, one bounded pipeline per tick.", parser)
        return None
    return parser.parse_known_args(argv)


def run_stream(argv: list[str] | None = None) -> int:
    """Run ``bantin stream`` until SIGINT/SIGTERM (or ``--ticks`` ticks); print a summary.

    Returns:
        0 after a clean stop; 2 when Elasticsearch is unavailable or the options are
        wrong; 75 when another stream on the same index holds the lock.
    """
    parsed = _parse(argv)
    if parsed is None:
        return 0
    known, rest = parsed
    options = PipelineOptions(rest)
    options.view_as(SetupOptions).save_main_session = False
    options.view_as(StandardOptions).streaming = False  # bounded runs, one per tick
    opts = options.view_as(BantinOptions)
    setup_logging(opts.log_level)
    try:
        with RunLock(lock_path(opts, "stream")):
            return _stream_locked(options, opts, known.poll_interval, known.ticks)
    except RunLocked as exc:
        error(f"{exc}; not starting a second stream")
        return EXIT_LOCKED


def _stream_locked(options: PipelineOptions, opts: BantinOptions, interval: float, ticks: int | None) -> int:
    signals = _Signals()  # from the start: a SIGTERM while setting up still ends with a summary
    try:
        feeds = load_feed_list(opts.feeds or DEFAULT_FEEDS)
        index = prepare_index(opts)
    except (EsUnavailable, FeedListError, OSError, ValueError) as exc:
        signals.restore()
        error(str(exc))
        return 2
    dead_path = os.path.join(opts.dead_letter_dir, unique_name("stream") + ".jsonl")
    print(f"streaming into {opts.index} -> {index}, polling every {interval:g}s; Ctrl-C stops", flush=True)
    totals = Totals()
    last: dict[str, float] = {}
    how = "stopped"
    try:
        while not signals.received and (ticks is None or totals.ticks < ticks):
            started = time.monotonic()
            due = due_feeds(feeds, last, started)
            signals.in_tick = True
            try:
                counts = run_tick(options, due, dead_path) if due else {}
            except KeyboardInterrupt:
                how = "interrupted during a tick (its writes are not counted)"
                break
            except Exception as exc:  # one failed tick (e.g. Elasticsearch down) must not end the stream
                if is_disk_full(exc):
                    folder = os.path.abspath(opts.dead_letter_dir)
                    error(f"no space left on the disk of the dead-letter folder {folder}")
                    how = "stopped: the dead-letter disk is full"
                    break
                log.warning("tick failed: %s", exc)
                print(f"  tick failed: {type(exc).__name__}: {exc}", file=sys.stderr, flush=True)
                counts = {"ticks_failed": 1}
            finally:
                signals.in_tick = False
            totals.add(counts)
            if counts.get("dead_letters_unsaved") and totals.get("dead_letters_unsaved") == counts.get(
                "dead_letters_unsaved"
            ):  # the first tick that could not save: one line, then the summaries count them
                folder = os.path.abspath(opts.dead_letter_dir)
                error(f"no space left on the disk of the dead-letter folder {folder}")
            if counts.get("items_new") or counts.get("ticks_failed"):
                print(_summary("tick", totals, counts), flush=True)
            if ticks is None or totals.ticks < ticks:
                signals.sleep(interval - (time.monotonic() - started))
    finally:
        signals.restore()
    if signals.received:
        how = f"{how} by {signal.Signals(signals.received[0]).name}"
    saved = totals.get("dead_letters")
    where = f"dead letters: {dead_path}" if saved else "no dead letters"
    print(f"stream ended ({how}): {_summary('total', totals, totals.counters)}; {where}", flush=True)
    return 0


def _summary(what: str, totals: Totals, counters: dict[str, int]) -> str:
    def get(name: str) -> int:
        return counters.get(name, 0)

    failed = get("dead_letters") + get("dead_letters_unsaved")
    return (
        f"ticks {totals.ticks}, feeds polled {get('feeds_polled') + get('feeds_not_modified')}, "
        f"new items {get('items_new')}, wrote {get('es_written')}, failed {failed}"
        + (f", deferred {get('items_deferred')}" if get("items_deferred") else "")
        + ("" if what == "total" else f" (tick {totals.ticks})")
    )
