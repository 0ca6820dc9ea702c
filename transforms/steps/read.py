"""Reading inputs over Beam's ``FileSystems``: :func:`read_inputs` and the ``ReadInputs`` step.

One reader for every kind (text, HTML, gzip, WARC, JSON-lines archives), used by the
pipelines and by ``bantin extract``; it works on any file system Beam has (local,
``gs://``, ``s3://``...), honours ``--max-bytes`` for every kind, and reports each
input it skips as an :class:`~transforms.sources.files.InputError`.
"""

from __future__ import annotations

import gzip
import logging
import os
from collections.abc import Iterable, Iterator
from typing import Any

import apache_beam as beam
from apache_beam.io.filesystem import BeamIOError, CompressionTypes
from apache_beam.io.filesystems import FileSystems
from apache_beam.pvalue import TaggedOutput

from transforms.deadletters import DEAD_LETTER_TAG
from transforms.records import Failure, RawDocument, Source
from transforms.sources.files import (
    InputError,
    Listing,
    display_path,
    file_document,
    gzip_complete,
    is_remote,
    jsonl_documents,
    kind_of,
    walk_folder,
)
from transforms.sources.warc import warc_documents
from transforms.steps import Outputs, counter

logger = logging.getLogger(__name__)


def _open(path: str, compression: str = CompressionTypes.UNCOMPRESSED) -> Any:
    try:
        return FileSystems.open(path, compression_type=compression)
    except OSError as exc:
        raise _open_error(path, exc) from exc


def _open_error(path: str, exc: OSError) -> InputError:
    if not is_remote(path) and os.path.islink(path) and not os.path.exists(path):
        return InputError("unreadable", "a symbolic link that leads nowhere (a loop or a missing target)")
    if isinstance(exc, IsADirectoryError):
        return InputError("unreadable", "is a directory")
    if isinstance(exc, PermissionError):
        return InputError("unreadable", "permission denied")
    if isinstance(exc, FileNotFoundError) or not FileSystems.exists(path):
        return InputError("not_found", "no such file")
    return InputError("unreadable", f"cannot be read: {exc.strerror or exc}")


def _read_file(path: str, max_bytes: int) -> RawDocument:
    handle = _open(path)
    try:
        data = handle.read(max_bytes + 1)
    except OSError as exc:
        raise InputError("unreadable", f"cannot be read: {exc.strerror or exc}") from exc
    finally:
        handle.close()
    if len(data) > max_bytes:
        raise InputError("too_large", f"over the {max_bytes:,}-byte limit (--max-bytes)")
    return file_document(path, data, max_bytes)


def _read_archive(path: str, kind: str, max_bytes: int) -> Iterator[RawDocument | InputError]:
    # gzip is undone while streaming, in small buffers (Python's gzip for JSON lines; warcio reads
    # the members of a WARC itself); Beam's own decompression buffers 16 MB chunks
    handle = _open(path)
    try:
        if kind == "jsonl":
            lines = gzip.GzipFile(fileobj=handle, mode="rb") if path.lower().endswith(".gz") else handle
            yield from jsonl_documents(lines, path, max_bytes)
        else:
            yield from _warc(handle, path, max_bytes)
    except (OSError, EOFError) as exc:
        yield InputError("unreadable", f"cannot be read to the end: {exc}")
    except Exception as exc:  # warcio's ArchiveLoadFailed and friends: a broken archive, reported
        yield InputError("bad_warc" if kind == "warc" else "unreadable", f"{type(exc).__name__}: {exc}")
    finally:
        handle.close()


def _warc(handle: Any, path: str, max_bytes: int) -> Iterator[RawDocument | InputError]:
    cut = False
    for item in warc_documents(handle, path, max_bytes):
        cut = cut or (isinstance(item, InputError) and item.reason == "truncated")
        yield item
    if path.lower().endswith(".gz") and not cut:
        # warcio stops quietly when a gzip member (one record) ends early: check the members
        with _open(path) as again:
            if not gzip_complete(again):
                yield InputError(
                    "truncated", "the archive ends inside a compressed record: that record is lost"
                )


# what makes a path a pattern for FileSystems.match (the characters Beam's globs give a meaning)
GLOB_CHARS = frozenset("*?[")


def list_inputs(paths: Iterable[str]) -> Listing:
    """Files named, the supported files of folders named, and the matches of glob patterns.

    A named file is kept whatever its suffix (so that a wrong file is reported, not silently
    skipped); folders and patterns give only supported suffixes. Local folders are walked
    (:func:`~transforms.sources.files.walk_folder`, which reports the folders it cannot list);
    a remote folder (a URL ending in ``/``, e.g. ``gs://bucket/dir/``) and any pattern
    (``corpus/*.jsonl.gz``, ``s3://bucket/2026-*/**``) are listed by Beam's
    ``FileSystems.match``, so ``--input`` works with every file system Beam has.

    Args:
        paths: Local files and folders, remote files and folders, glob patterns.

    Returns:
        Display paths, without duplicates, in a stable order (a folder's files before its
        folders' files), and the listing errors (a folder that cannot be listed, a pattern
        that matches nothing).
    """
    found: list[str] = []
    errors: list[InputError] = []
    for path in paths:
        if GLOB_CHARS.intersection(path):
            found.extend(_match(path, errors))
        elif is_remote(path) and path.endswith("/"):
            found.extend(_match(path + "**", errors))
        elif not is_remote(path) and os.path.isdir(path):
            found.extend(walk_folder(path, errors))
        else:
            found.append(path)
    return Listing(tuple(dict.fromkeys(display_path(p) for p in found)), tuple(errors))


def _walk_order(path: str) -> tuple[tuple[int, str], ...]:
    """Sort key giving ``os.walk``'s order (sorted): a folder's files first, then its folders."""
    *folders, name = path.split("/")
    return (*((1, part) for part in folders), (0, name))


def _match(pattern: str, errors: list[InputError]) -> list[str]:
    """The supported files matching ``pattern`` (``FileSystems.match``), in walk order."""
    try:
        result = FileSystems.match([pattern])[0]
    except BeamIOError as exc:
        reasons = "; ".join(f"{type(e).__name__}: {e}" for e in (exc.exception_details or {}).values())
        errors.append(InputError("unreadable", f"cannot be listed: {reasons or exc}", pattern))
        return []
    paths = sorted((m.path for m in result.metadata_list if kind_of(m.path)), key=_walk_order)
    if not paths and not pattern.endswith("/**"):
        errors.append(InputError("not_found", "no supported file matches this pattern", pattern))
    return paths


def read_inputs(path: str, max_bytes: int) -> Iterator[RawDocument | InputError]:
    """The raw documents of one input, and an :class:`InputError` for each thing skipped.

    Args:
        path: A file (display path or a URL Beam's file systems know).
        max_bytes: Largest file, page or record kept (``--max-bytes``).

    Yields:
        Documents, and errors whose ``path`` is set (the input, or ``PATH#ID`` for a record).
    """
    kind = kind_of(path)
    try:
        if kind in ("jsonl", "warc"):
            for item in _read_archive(path, kind, max_bytes):
                if isinstance(item, InputError) and item.path is None:
                    item.path = path
                yield item
        else:
            yield _read_file(path, max_bytes)
    except InputError as exc:
        exc.path = exc.path or path
        yield exc


def input_failure(error: InputError, path: str) -> Failure:
    """The dead letter of an input that could not be read."""
    where = error.path or path
    kind = "warc" if kind_of(path) == "warc" else "file"
    return Failure("read", error.reason, str(error), Source(kind, path=where))


class ReadingFn(beam.DoFn):
    """Base of the DoFns that read inputs: their size limit, and one routing of what they read."""

    def __init__(self, max_bytes: int) -> None:
        self.max_bytes = max_bytes
        self.read = counter("read_ok")
        self.failed = counter("read_failed")

    def route(self, item: RawDocument | InputError, path: str) -> Any:
        """A read document as the main output, or an input error as its dead letter (counted by reason)."""
        if isinstance(item, InputError):
            logger.info("skipped %s [%s]: %s", item.path, item.reason, item)
            self.failed.inc()
            counter(f"read_failed_{item.reason}").inc()
            return TaggedOutput(DEAD_LETTER_TAG, input_failure(item, path))
        self.read.inc()
        return item


class _ReadFn(ReadingFn):
    """Path -> RawDocument (main output) or Failure (``failed``); archives yield one per record."""

    def process(self, path: str) -> Iterator[Any]:
        for item in read_inputs(path, self.max_bytes):
            yield self.route(item, path)


class ReadInputs(beam.PTransform[Any, Any]):
    """Paths -> RawDocument, with a dead letter for every input (or record) that cannot be read.

    Args:
        max_bytes: Largest file, page or record kept.

    Returns:
        :class:`~transforms.steps.Outputs`: the documents, and the dead letters.
    """

    def __init__(self, max_bytes: int) -> None:
        super().__init__()
        self.max_bytes = max_bytes

    def expand(self, paths: Any) -> Outputs:
        read = paths | "Read" >> beam.ParDo(_ReadFn(self.max_bytes)).with_outputs(
            DEAD_LETTER_TAG, main="docs"
        )
        return Outputs(read.docs, read[DEAD_LETTER_TAG])
