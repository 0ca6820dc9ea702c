"""Input files: listing folders, telling kinds apart, and turning bytes into raw documents.

Beam-free: the listing and the reading themselves (over Beam's ``FileSystems``, so that
``--input`` may be ``gs://`` or ``s3://``) are :func:`transforms.steps.read.list_inputs` and
:func:`transforms.steps.read.read_inputs`; this module decides what the bytes are and
rejects bad input with a reason.
"""

from __future__ import annotations

import json
import logging
import os
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import IO

from transforms.records import RawDocument, Source

logger = logging.getLogger(__name__)

TEXT_SUFFIXES = (".txt",)
HTML_SUFFIXES = (".html", ".htm", ".html.gz", ".htm.gz")
WARC_SUFFIXES = (".warc", ".warc.gz")
JSONL_SUFFIXES = (".jsonl", ".jsonl.gz")
# 10 MB: the largest real article page seen is under 2 MB; anything bigger is a dump or an error.
DEFAULT_MAX_BYTES = 10 * 1024 * 1024


class InputError(ValueError):
    """An input that cannot be read; ``reason`` is a short code, str(self) a sentence.

    Attributes:
        reason: ``not_found``, ``unreadable``, ``too_large``, ``empty``, ``bad_record``,
            ``duplicate_id``, ``truncated``, ``bad_warc``...
        path: The input (or ``PATH#ID`` for one record of an archive).
    """

    def __init__(self, reason: str, message: str, path: str | None = None) -> None:
        super().__init__(message)
        self.reason = reason
        self.path = path


@dataclass(frozen=True)
class Listing:
    """What :func:`transforms.steps.read.list_inputs` found: the files to read and what it could not list."""

    paths: tuple[str, ...]
    errors: tuple[InputError, ...] = ()


def kind_of(path: str) -> str | None:
    """``file`` (plain text), ``html``, ``warc`` or ``jsonl`` from a file name, None for other files."""
    name = path.lower()
    if name.endswith(JSONL_SUFFIXES):
        return "jsonl"
    if name.endswith(TEXT_SUFFIXES):
        return "file"
    if name.endswith(HTML_SUFFIXES):
        return "html"
    if name.endswith(WARC_SUFFIXES):
        return "warc"
    return None


def is_remote(path: str) -> bool:
    """True for a URL-like path (``gs://``, ``s3://``...) that Beam's file systems read."""
    return "://" in path


def display_path(path: str) -> str:
    """The path relative to the working directory when under it, POSIX style (remote paths as given)."""
    if is_remote(path):
        return path
    try:
        absolute = Path(path).resolve()
    except (RuntimeError, OSError):  # a symlink loop: reported when read, named as given
        absolute = Path(os.path.abspath(path))
    try:
        return absolute.relative_to(Path.cwd().resolve()).as_posix()
    except ValueError:
        return absolute.as_posix()


def walk_folder(folder: str, errors: list[InputError]) -> Iterator[str]:
    """The supported files of a local folder, recursively: a folder's files (sorted), then its folders.

    ``os.walk`` rather than Beam's local listing, which skips unreadable folders and broken
    links without a word: each folder that cannot be listed is appended to ``errors``.
    """

    def failed(exc: OSError) -> None:
        where = display_path(exc.filename or folder)
        errors.append(InputError("unreadable", f"folder cannot be listed: {exc.strerror or exc}", where))

    for root, dirs, files in os.walk(folder, onerror=failed):
        dirs.sort()
        yield from (os.path.join(root, f) for f in sorted(files) if kind_of(f))


def modified_since(paths: Iterable[str], since: str) -> list[str]:
    """The paths whose modification time is on or after ``since`` (a date or ISO 8601 time).

    Args:
        paths: Files.
        since: ``YYYY-MM-DD`` (local midnight) or an ISO 8601 time.

    Raises:
        ValueError: ``since`` is not a date.
    """
    try:
        limit = datetime.fromisoformat(since).timestamp()
    except ValueError as exc:
        raise ValueError(f"--since {since!r} is not a date (YYYY-MM-DD or ISO 8601)") from exc
    kept = []
    for path in paths:
        try:
            if os.path.getmtime(path) >= limit:
                kept.append(path)
        except OSError:
            kept.append(path)  # a missing file is reported by the read step, not hidden here
    return kept


def jsonl_documents(
    lines: Iterable[bytes], path: str, max_bytes: int, start: int = 1
) -> Iterator[RawDocument | InputError]:
    """Articles of a JSON-lines archive (``{"id": ..., "text": ...}`` a line).

    ``start`` is the number of the first of ``lines`` (a byte range of the archive; scale).

    Each record becomes a plain-text document whose path is ``PATH#ID``. A bad line,
    a record over ``max_bytes`` and a second record with an id already seen each
    yield an :class:`InputError` (with the record's path) instead of stopping the file.
    """
    first_line: dict[str, int] = {}
    for number, line in enumerate(lines, start=start):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
            key = str(record.get("id", number))
            text = str(record["text"])
        except (ValueError, KeyError, AttributeError) as exc:
            yield InputError(
                "bad_record",
                f"line {number} is not a {{id, text}} JSON object: {exc}",
                f"{path}#line{number}",
            )
            continue
        if key in first_line:
            yield InputError(
                "duplicate_id",
                f"line {number} repeats the id {key!r} of line {first_line[key]}: not ingested",
                f"{path}#{key}",
            )
            continue
        first_line[key] = number
        data = text.encode("utf-8")
        if len(data) > max_bytes:
            yield InputError(
                "too_large", f"record {key} is over the {max_bytes:,}-byte limit", f"{path}#{key}"
            )
            continue
        yield RawDocument(source=Source(kind="file", path=f"{path}#{key}"), data=data)


def gunzip(data: bytes, max_bytes: int) -> bytes:
    """Decompress a gzip file, refusing more than ``max_bytes`` of output.

    Raises:
        InputError: ``unreadable`` (corrupt or cut) or ``too_large``.
    """
    inflater = zlib.decompressobj(wbits=31)
    try:
        out = inflater.decompress(data, max_bytes + 1)
    except zlib.error as exc:
        raise InputError("unreadable", f"not a valid gzip file: {exc}") from exc
    if len(out) > max_bytes:
        raise InputError("too_large", f"decompresses to over the {max_bytes:,}-byte limit (--max-bytes)")
    if not inflater.eof:
        raise InputError("unreadable", "not a valid gzip file: the compressed data is cut short")
    return out


def gzip_complete(stream: IO[bytes], chunk: int = 1 << 20) -> bool:
    """True when every gzip member of ``stream`` ends properly (the file was not cut short)."""
    inflater = zlib.decompressobj(wbits=31)
    started = False
    try:
        while data := stream.read(chunk):
            started = True
            while data:
                inflater.decompress(data)
                data = b""
                if inflater.eof:
                    data = inflater.unused_data
                    inflater = zlib.decompressobj(wbits=31)
                    started = bool(data)
    except zlib.error:
        return False
    return not started or inflater.eof


def file_document(path: str, data: bytes, max_bytes: int) -> RawDocument:
    """The raw document of one text or HTML file, given at most ``max_bytes + 1`` of its bytes.

    Raises:
        InputError: ``too_large``, ``unreadable`` (corrupt gzip) or ``empty``.
    """
    if len(data) > max_bytes:
        raise InputError("too_large", f"over the {max_bytes:,}-byte limit (--max-bytes)")
    if path.lower().endswith(".gz"):
        data = gunzip(data, max_bytes)
    if not data.strip():
        raise InputError("empty", "the file is empty")
    return RawDocument(source=Source(kind=kind_of(path) or "file", path=path), data=data)
