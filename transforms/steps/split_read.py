"""Archives read in parallel shards: ``ReadArchives`` (JSON-lines and WARC), over Beam's file sources.

One archive used to be one input element, read by one worker from end to end, so a
second worker (``--direct_num_workers=2``, Flink ``--parallelism=2``) had nothing to do.
Here an archive becomes several elements, spread over the workers by a reshuffle of
small descriptors (never of the documents):

* **uncompressed JSON-lines** (``.jsonl``): byte ranges, as ``ReadFromText`` splits text
  files, by Beam's own :class:`~apache_beam.io.filebasedsource.FileBasedSource` and
  :class:`~apache_beam.io.filebasedsource.ReadAllFiles` (``OffsetRangeTracker``: a line
  belongs to the range its first byte is in). Each range counts the newlines before it,
  so record paths, line numbers and the ``PATH#LINE`` fallback ids are the ones a
  single reader gives.
* **compressed JSON-lines** (``.jsonl.gz``) and **WARCs**: gzip cannot be entered in the
  middle, so the archive becomes ``shards`` elements ``(path, k, shards)``; each reads the
  whole archive with the one reader (:func:`~transforms.steps.read.read_inputs`: same
  records, same errors, same duplicate-id checks) and keeps its share. A record's shard
  is a hash of its whitespace-normalized text, so copies of one text land in the same
  shard, in file order, and the first copy is the one kept, as with one worker.
  Decompressing and parsing again per shard costs ~0.3 s per VNTC pass against ~25 s
  of cleaning and extraction.

Everything that is not an archive goes to :class:`~transforms.steps.read.ReadInputs`.
"""

from __future__ import annotations

import hashlib
import json
import logging
import math
from collections.abc import Iterator, Sequence
from typing import Any

import apache_beam as beam
from apache_beam.io import filebasedsource
from apache_beam.io.filesystem import CompressionTypes
from apache_beam.io.filesystems import FileSystems
from apache_beam.pvalue import TaggedOutput

from transforms.deadletters import DEAD_LETTER_TAG
from transforms.records import RawDocument
from transforms.sources.files import InputError, jsonl_documents, kind_of
from transforms.steps import Outputs, counter
from transforms.steps.read import ReadingFn, ReadInputs, input_failure, read_inputs

logger = logging.getLogger(__name__)

# Shards per archive when not given: 4 per core of this 2-core machine gives the workers
# even loads (ranges differ in cost) at ~1 s of extra start-up per shard on Flink.
DEFAULT_SHARDS = 8
# Below this, a byte range is not worth a bundle of its own (a few VNTC records).
MIN_RANGE_BYTES = 64 * 1024


def is_split_archive(path: str) -> bool:
    """Whether :class:`ReadArchives` reads ``path`` in shards (JSON-lines archives and WARCs)."""
    return kind_of(path) in ("jsonl", "warc")


def shard_of(item: RawDocument | InputError, shards: int) -> int:
    """The shard of a record: copies of one text (up to whitespace) share it; an error by its path."""
    key = (item.path or "").encode("utf-8") if isinstance(item, InputError) else b" ".join(item.data.split())
    return int.from_bytes(hashlib.blake2b(key, digest_size=8).digest(), "big") % shards


class _JsonLinesSource(filebasedsource.FileBasedSource):
    """An uncompressed JSON-lines file read by byte ranges: ``(line number, line bytes)`` records."""

    def __init__(self, path: str, min_bundle_size: int) -> None:
        super().__init__(
            path,
            min_bundle_size=min_bundle_size,
            compression_type=CompressionTypes.UNCOMPRESSED,
            splittable=True,
            validate=False,
        )

    def read_records(self, file_name: str, range_tracker: Any) -> Iterator[tuple[int, bytes, int]]:
        """``(line number, line, line number of an earlier record with the same id or 0)``.

        The lines before the range are read too (their ids only), so that a repeated id is found
        whatever range holds the first one, as by one reader.
        """
        start = range_tracker.start_position()
        first_line: dict[str, int] = {}
        with self.open_file(file_name) as handle:
            number = 0
            position = 0
            while position < start:  # the lines whose first byte is before the range
                line = handle.readline()
                if not line:
                    break
                number += 1
                position += len(line)
                _remember(first_line, line, number)
            while range_tracker.try_claim(position):
                line = handle.readline()
                if not line:
                    break
                number += 1
                position += len(line)
                key = _record_key(line, number)
                earlier = first_line.get(key, 0) if key is not None else 0
                if key is not None and not earlier:
                    first_line[key] = number
                yield number, line, earlier


def _record_key(line: bytes, number: int) -> str | None:
    """The id :func:`~transforms.sources.files.jsonl_documents` gives a line, None for a bad or blank one."""
    if not line.strip():
        return None
    try:
        record = json.loads(line)
        key = str(record.get("id", number))
        str(record["text"])
    except (ValueError, KeyError, AttributeError):
        return None
    return key


def _remember(first_line: dict[str, int], line: bytes, number: int) -> None:
    key = _record_key(line, number)
    if key is not None:
        first_line.setdefault(key, number)


class _JsonLinesRecordsFn(ReadingFn):
    """(path, (line number, line)) -> RawDocument, or a dead letter for a bad record."""

    def process(self, element: tuple[str, tuple[int, bytes, int]]) -> Iterator[Any]:
        path, (number, line, earlier) = element
        if earlier:
            key = _record_key(line, number)
            self.failed.inc()
            counter("read_failed_duplicate_id").inc()
            error = InputError(
                "duplicate_id",
                f"line {number} repeats the id {key!r} of line {earlier}: not ingested",
                f"{path}#{key}",
            )
            yield TaggedOutput(DEAD_LETTER_TAG, input_failure(error, path))
            return
        for item in jsonl_documents((line,), path, self.max_bytes, start=number):
            yield self.route(item, path)


class _ShardFn(ReadingFn):
    """(path, k, shards) -> the records of that archive whose shard is k (and its errors)."""

    def __init__(self, max_bytes: int) -> None:
        super().__init__(max_bytes)
        self.passes = counter("read_shard_passes")

    def process(self, element: tuple[str, int, int]) -> Iterator[Any]:
        path, k, shards = element
        self.passes.inc()
        for item in read_inputs(path, self.max_bytes):
            if shard_of(item, shards) == k:
                yield self.route(item, path)


def _total_size(paths: Sequence[str]) -> int:
    total = 0
    for path in paths:
        try:
            total += sum(m.size_in_bytes for m in FileSystems.match([path])[0].metadata_list)
        except Exception:  # a missing file is reported by the reader, with a reason
            continue
    return total


class ReadArchives(beam.PTransform[Any, Any]):
    """Paths -> RawDocument with archives split in shards; other files one element each.

    Args:
        paths: Every input (display paths or URLs of Beam's file systems).
        max_bytes: Largest file, page or record kept.
        shards: Shards per archive (0: :data:`DEFAULT_SHARDS`). 1 reads each archive whole.

    Returns:
        :class:`~transforms.steps.Outputs`: the documents, and the dead letters.
    """

    def __init__(self, paths: Sequence[str], max_bytes: int, shards: int = 0) -> None:
        super().__init__()
        self.paths = list(paths)
        self.max_bytes = max_bytes
        self.shards = shards or DEFAULT_SHARDS

    def expand(self, pbegin: Any) -> Outputs:
        plain = [p for p in self.paths if kind_of(p) == "jsonl" and not p.lower().endswith(".gz")]
        packed = [p for p in self.paths if is_split_archive(p) and p not in plain]
        others = [p for p in self.paths if not is_split_archive(p)]
        docs: list[Any] = []
        failed: list[Any] = []

        if others or not (plain or packed):
            rest = pbegin | "ListFiles" >> beam.Create(others) | "ReadFiles" >> ReadInputs(self.max_bytes)
            docs.append(rest.main)
            failed.append(rest.failed)

        if plain:
            # ranges of ~size/shards bytes per file; ReadAllFiles reshuffles the ranges, not the lines
            size = max(_total_size(plain) // max(len(plain), 1), 1)
            bundle = max(MIN_RANGE_BYTES, math.ceil(size / self.shards))
            lines = (
                pbegin
                | "ListJsonLines" >> beam.Create(plain)
                | "SplitJsonLines"
                >> filebasedsource.ReadAllFiles(
                    True,
                    CompressionTypes.UNCOMPRESSED,
                    bundle,
                    bundle,
                    lambda path: _JsonLinesSource(path, bundle),
                    with_filename=True,
                )
            )
            parsed = lines | "ParseJsonLines" >> beam.ParDo(_JsonLinesRecordsFn(self.max_bytes)).with_outputs(
                DEAD_LETTER_TAG, main="docs"
            )
            docs.append(parsed.docs)
            failed.append(parsed[DEAD_LETTER_TAG])

        if packed:
            shards = [(path, k, self.shards) for path in packed for k in range(self.shards)]
            read = (
                pbegin
                | "ListShards" >> beam.Create(shards)  # Create reshuffles: shards spread over workers
                | "ReadShards"
                >> beam.ParDo(_ShardFn(self.max_bytes)).with_outputs(DEAD_LETTER_TAG, main="docs")
            )
            docs.append(read.docs)
            failed.append(read[DEAD_LETTER_TAG])

        if len(docs) == 1:
            # one branch, no Flatten: the DirectRunner (FnApiRunner) holds every input of a Flatten
            # fed from several stages until they all end, i.e. the whole corpus in memory (measured:
            # 470 MB at 20,000 articles against 219 MB at 1,000)
            return Outputs(docs[0], failed[0])
        return Outputs(
            tuple(docs) | "AllDocs" >> beam.Flatten(),
            tuple(failed) | "AllReadFailures" >> beam.Flatten(),
        )
