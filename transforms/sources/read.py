"""Beam step reading local input files; unreadable files go to the dead-letter output."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import apache_beam as beam
from apache_beam.metrics import Metrics
from apache_beam.pvalue import TaggedOutput

from transforms.deadletters import DEAD_LETTER_TAG
from transforms.records import Failure, RawDocument, Source
from transforms.sources.files import InputError, iter_jsonl_records, kind_of, read_file


class ReadFileFn(beam.DoFn):  # type: ignore[misc]
    """Path -> RawDocument (main output) or Failure (``failed``); WARC files yield one per page."""

    def __init__(self, max_bytes: int) -> None:
        self.max_bytes = max_bytes
        self.read = Metrics.counter("bantin", "read_ok")
        self.failed = Metrics.counter("bantin", "read_failed")

    def process(self, path: str) -> Iterator[Any]:
        kind = kind_of(path)
        if kind == "warc":
            yield from self._warc(path)
        elif kind == "jsonl":
            for item in iter_jsonl_records(path, self.max_bytes):
                if isinstance(item, InputError):
                    yield self._failed(item, item.path or path)
                else:
                    self.read.inc()
                    yield item
        else:
            yield self._read(path)

    def _failed(self, exc: InputError, path: str) -> TaggedOutput:
        self.failed.inc()
        Metrics.counter("bantin", f"read_failed_{exc.reason}").inc()
        return TaggedOutput(DEAD_LETTER_TAG, Failure("read", exc.reason, str(exc), Source("file", path=path)))

    def _read(self, path: str) -> Any:
        try:
            doc = read_file(path, self.max_bytes)
        except InputError as exc:
            return self._failed(exc, path)
        self.read.inc()
        return doc

    def _warc(self, path: str) -> Iterator[Any]:
        try:
            from transforms.sources.warc import iter_warc_records

            for url, content_type, payload in iter_warc_records(path):
                self.read.inc()
                yield RawDocument(Source("warc", path=path, url=url), payload, content_type)
        except Exception as exc:  # a broken archive is reported, the rest of the run goes on
            self.failed.inc()
            Metrics.counter("bantin", "read_failed_bad_warc").inc()
            yield TaggedOutput(
                DEAD_LETTER_TAG, Failure("read", "bad_warc", str(exc), Source("warc", path=path))
            )
