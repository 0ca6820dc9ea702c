"""Local input files: expanding paths and reading them with clear rejections."""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from pathlib import Path

from transforms.records import RawDocument, Source

TEXT_SUFFIXES = (".txt",)
HTML_SUFFIXES = (".html", ".htm", ".html.gz", ".htm.gz")
WARC_SUFFIXES = (".warc", ".warc.gz")
JSONL_SUFFIXES = (".jsonl", ".jsonl.gz")
# 10 MB: the largest real article page seen is under 2 MB; anything bigger is a dump or an error.
DEFAULT_MAX_BYTES = 10 * 1024 * 1024


class InputError(ValueError):
    """An input that cannot be read; ``reason`` is a short code, str(self) a sentence."""

    def __init__(self, reason: str, message: str) -> None:
        super().__init__(message)
        self.reason = reason
        self.path: str | None = None


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


def display_path(path: str) -> str:
    """The path relative to the working directory when under it, POSIX style."""
    absolute = Path(path).resolve()
    try:
        return absolute.relative_to(Path.cwd().resolve()).as_posix()
    except ValueError:
        return absolute.as_posix()


def expand_inputs(paths: Iterable[str]) -> list[str]:
    """Files named, and the supported files found (recursively, sorted) in folders named.

    A named file is kept whatever its suffix (so that a wrong file is reported, not
    silently skipped); in folders only supported suffixes are taken.

    Args:
        paths: Files and folders.

    Returns:
        Display paths, without duplicates, in a stable order.
    """
    found: list[str] = []
    for path in paths:
        if os.path.isdir(path):
            for root, dirs, files in os.walk(path):
                dirs.sort()
                found.extend(os.path.join(root, f) for f in sorted(files) if kind_of(f))
        else:
            found.append(path)
    return list(dict.fromkeys(display_path(p) for p in found))


def modified_since(paths: list[str], since: str) -> list[str]:
    """The paths whose modification time is on or after ``since`` (a date or ISO 8601 time).

    Args:
        paths: Files.
        since: ``YYYY-MM-DD`` (local midnight) or an ISO 8601 time.

    Raises:
        ValueError: ``since`` is not a date.
    """
    from datetime import datetime

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


def iter_jsonl_records(path: str, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[RawDocument | InputError]:
    """Articles of a JSON-lines archive (``{"id": ..., "text": ...}`` a line, optionally gzipped).

    Each record becomes a plain-text document whose path is ``PATH#ID``. A bad line
    yields an :class:`InputError` (with the line's path) instead of stopping the file.

    Args:
        path: The archive (display path).
        max_bytes: Larger records are rejected.
    """
    import gzip
    import json

    opener = gzip.open if path.lower().endswith(".gz") else open
    try:
        with opener(path, "rt", encoding="utf-8") as handle:
            for number, line in enumerate(handle, start=1):
                if not line.strip():
                    continue
                try:
                    record = json.loads(line)
                    key = str(record.get("id", number))
                    text = str(record["text"])
                except (ValueError, KeyError, AttributeError) as exc:
                    error = InputError(
                        "bad_record", f"line {number} is not a {{id, text}} JSON object: {exc}"
                    )
                    error.path = f"{path}#line{number}"
                    yield error
                    continue
                data = text.encode("utf-8")
                if len(data) > max_bytes:
                    error = InputError("too_large", f"record {key} is over the {max_bytes:,}-byte limit")
                    error.path = f"{path}#{key}"
                    yield error
                    continue
                yield RawDocument(source=Source(kind="file", path=f"{path}#{key}"), data=data)
    except (OSError, EOFError, UnicodeDecodeError) as exc:
        error = InputError("unreadable", f"cannot be read: {exc}")
        error.path = path
        yield error


def read_file(path: str, max_bytes: int = DEFAULT_MAX_BYTES) -> RawDocument:
    """Read one local input file.

    Args:
        path: The file (display path).
        max_bytes: Larger files are rejected with reason ``too_large``.

    Returns:
        The raw document.

    Raises:
        InputError: ``not_found``, ``unreadable``, ``too_large`` or ``empty``.
    """
    kind = kind_of(path) or "file"
    source = Source(kind=kind, path=path)
    try:
        size = os.path.getsize(path)
        if size > max_bytes:
            raise InputError(
                "too_large", f"{size:,} bytes is over the {max_bytes:,}-byte limit (--max-bytes)"
            )
        with open(path, "rb") as handle:
            data = handle.read(max_bytes + 1)
    except FileNotFoundError as exc:
        raise InputError("not_found", "no such file") from exc
    except IsADirectoryError as exc:
        raise InputError("unreadable", "is a directory") from exc
    except PermissionError as exc:
        raise InputError("unreadable", "permission denied") from exc
    except OSError as exc:
        raise InputError("unreadable", f"cannot be read: {exc.strerror or exc}") from exc
    if len(data) > max_bytes:
        raise InputError("too_large", f"over the {max_bytes:,}-byte limit (--max-bytes)")
    if path.lower().endswith(".gz"):
        import gzip

        try:
            data = gzip.decompress(data)
        except (OSError, EOFError) as exc:
            raise InputError("unreadable", f"not a valid gzip file: {exc}") from exc
    if not data.strip():
        raise InputError("empty", "the file is empty")
    return RawDocument(source=source, data=data)
