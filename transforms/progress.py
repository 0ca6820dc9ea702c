"""Progress of long runs: a line redrawn on a terminal, periodic lines otherwise."""

from __future__ import annotations

import sys
import time
from collections.abc import Iterable
from typing import TextIO

from transforms.sources.files import kind_of

ARCHIVE_KINDS = ("jsonl", "warc")


def expected_articles(paths: Iterable[str]) -> int:
    """How many articles the inputs should give: one per file, 0 (unknown) when any is an archive.

    A JSON-lines archive or a WARC file holds any number of articles, so counting
    files would give a wrong total ("7484/1 articles").
    """
    total = 0
    for path in paths:
        if kind_of(path) in ARCHIVE_KINDS:
            return 0
        total += 1
    return total


class ProgressReporter:
    """Counts articles done and prints rate and ETA at most every ``interval`` seconds.

    Args:
        total: Expected number of articles (0 when unknown: no total, no ETA).
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

    def line(self) -> str:
        """The progress text: done/total, rate, ETA."""
        elapsed = max(time.monotonic() - self.started, 1e-9)
        rate = self.done / elapsed
        text = f"{self.done}" + (f"/{self.total}" if self.total else "") + f" articles, {rate:.1f}/s"
        if self.total and rate > 0:
            text += f", ETA {max(self.total - self.done, 0) / rate:.0f}s"
        return text

    def add(self, done: int = 1) -> None:
        """Count articles; print when the interval has passed."""
        self.done += done
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
