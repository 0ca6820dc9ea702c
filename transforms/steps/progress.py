"""``ReportProgress``: a pass-through step printing progress lines while articles flow by."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import apache_beam as beam

from transforms.progress import ProgressReporter


class ReportProgress(beam.DoFn):
    """Pass-through step that reports progress (per worker) while articles flow by.

    Args:
        total: Expected articles (:func:`~transforms.progress.expected_articles`; 0: unknown).
        interval: Seconds between two lines.
    """

    def __init__(self, total: int, interval: float = 10.0) -> None:
        self.total = total
        self.interval = interval

    def setup(self) -> None:
        self.reporter = ProgressReporter(self.total, self.interval)

    def process(self, element: Any) -> Iterator[Any]:
        self.reporter.add()
        yield element

    def teardown(self) -> None:
        reporter = getattr(self, "reporter", None)
        if reporter is not None and reporter.done:
            reporter.emit(final=True)
