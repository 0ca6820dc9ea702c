"""Progress of long runs: a line redrawn on a terminal, periodic log lines otherwise."""

from __future__ import annotations

import sys
import time
from collections.abc import Iterator
from typing import Any, TextIO

import apache_beam as beam


class ProgressReporter:
    """Counts done and failed items and prints rate and ETA at most every ``interval`` seconds.

    Args:
        total: Expected number of items (0 when unknown: no ETA).
        interval: Seconds between two reports (a terminal gets 0.5 s).
        stream: Where to print (standard error by default).
    """

    def __init__(self, total: int, interval: float = 10.0, stream: TextIO | None = None) -> None:
        self.total = total
        self.stream = stream or sys.stderr
        self.tty = bool(getattr(self.stream, "isatty", lambda: False)())
        self.interval = 0.5 if self.tty else interval
        self.started = time.monotonic()
        self.last = self.started
        self.done = 0
        self.failed = 0

    def line(self) -> str:
        """The progress text: done/total, failures, rate, ETA."""
        elapsed = max(time.monotonic() - self.started, 1e-9)
        rate = self.done / elapsed
        text = f"{self.done}" + (f"/{self.total}" if self.total else "") + f" articles, {self.failed} failed"
        text += f", {rate:.1f}/s"
        if self.total and rate > 0:
            text += f", ETA {max(self.total - self.done - self.failed, 0) / rate:.0f}s"
        return text

    def add(self, done: int = 0, failed: int = 0) -> None:
        """Count items; print when the interval has passed."""
        self.done += done
        self.failed += failed
        now = time.monotonic()
        if now - self.last >= self.interval:
            self.last = now
            self.emit()

    def emit(self, final: bool = False) -> None:
        """Print the line now."""
        if self.tty:
            self.stream.write("\r\x1b[K[progress] " + self.line() + ("\n" if final else ""))
        else:
            self.stream.write("[progress] " + self.line() + "\n")
        self.stream.flush()


class ReportProgress(beam.DoFn):  # type: ignore[misc]
    """Pass-through step that reports progress (per worker) while articles flow by."""

    def __init__(self, total: int, interval: float = 10.0) -> None:
        self.total = total
        self.interval = interval

    def setup(self) -> None:
        self.reporter = ProgressReporter(self.total, self.interval)

    def process(self, element: Any) -> Iterator[Any]:
        self.reporter.add(done=1)
        yield element

    def teardown(self) -> None:
        reporter = getattr(self, "reporter", None)
        if reporter is not None and reporter.done:
            reporter.emit(final=True)
