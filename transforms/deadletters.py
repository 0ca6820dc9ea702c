"""Dead letters: failures as JSON lines that a user can read and ``bantin replay`` can resend.

A dead-letter file is only ever made of whole lines: a run that runs out of disk
space keeps the lines it wrote (a cut last line is removed) and says so in one
line naming the folder (:class:`DeadLettersFull`).
"""

from __future__ import annotations

import contextlib
import errno
import glob
import json
import os
import re
import threading
import uuid
from datetime import datetime, timezone
from typing import IO, Any

from transforms.records import Failure, Source

DEAD_LETTER_TAG = "failed"
_USERINFO = re.compile(r"(https?://)[^/@\s]+@")


class DeadLettersFull(OSError):
    """The dead-letter folder's disk is full; ``str(self)`` is the one line to print."""


def redact(text: str) -> str:
    """Remove credentials embedded in URLs (``https://user:pass@host``) from a message."""
    return _USERINFO.sub(r"\1***@", text)


def unique_name(kind: str = "run") -> str:
    """A dead-letter file stem unique per run: ``run-20261201T084800Z-3f9a1c2e``.

    The time makes files sort by run; the random part keeps two runs started in the
    same second (on other indices, into one folder) apart.
    """
    stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%SZ")
    return f"{kind}-{stamp}-{uuid.uuid4().hex[:8]}"


def failure_to_json(failure: Failure) -> str:
    """One dead-letter line."""
    record: dict[str, Any] = {
        "stage": failure.stage,
        "reason": failure.reason,
        "message": redact(failure.message),
        "source": {k: redact(v) if isinstance(v, str) else v for k, v in vars(failure.source).items() if v},
    }
    if failure.status is not None:
        record["status"] = failure.status
    if failure.payload is not None:
        record["payload"] = failure.payload
    return json.dumps(record, ensure_ascii=False, default=str)


def failure_from_json(line: str) -> Failure:
    """Parse a dead-letter line written by :func:`failure_to_json`.

    Raises:
        ValueError: the line is not JSON or not a dead letter (``json.JSONDecodeError``
            is a ``ValueError``).
    """
    record = json.loads(line)
    if not isinstance(record, dict) or "stage" not in record or "reason" not in record:
        raise ValueError("not a dead letter (no stage and reason)")
    return Failure(
        stage=record["stage"],
        reason=record["reason"],
        message=record.get("message", ""),
        source=Source(**record.get("source", {"kind": "file"})),
        status=record.get("status"),
        payload=record.get("payload"),
    )


def is_disk_full(exc: BaseException) -> bool:
    """True when ``exc``, or an exception it was raised from or wraps, is ``ENOSPC``.

    Runners re-raise a worker's error wrapped (sometimes only as text), so the chain
    and the message are both consulted.
    """
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        if isinstance(current, OSError) and current.errno == errno.ENOSPC:
            return True
        if "No space left on device" in str(current) or "ENOSPC" in str(current):
            return True
        current = current.__cause__ or current.__context__
    return False


def keep_whole_lines(path: str) -> int:
    """Cut a file back to its last complete line; return the number of lines kept.

    Truncating frees space, so this works on a full disk.
    """
    with open(path, "rb+") as handle:
        data = handle.read()
        end = data.rfind(b"\n") + 1
        if end != len(data):
            handle.truncate(end)
    return data[:end].count(b"\n")


def salvage(folder: str, stem: str) -> tuple[str | None, int]:
    """After a disk-full failure, make ``STEM.jsonl`` readable from what was written.

    Beam's text sink writes to temporary files first: the largest temporary file of
    this run (or ``STEM.jsonl`` itself) is cut back to whole lines and moved into
    place (a rename needs no space).

    Returns:
        The dead-letter file (None when nothing was written) and its number of lines.
    """
    target = os.path.join(folder, stem + ".jsonl")
    candidates = [target] if os.path.exists(target) else []
    candidates += glob.glob(os.path.join(glob.escape(folder), ".temp-beam*", "**", "*"), recursive=True)
    files = [c for c in candidates if os.path.isfile(c)]
    if not files:
        return None, 0
    best = max(files, key=os.path.getsize)
    lines = keep_whole_lines(best)
    if best != target:
        os.replace(best, target)
    return target, lines


_LOCKS: dict[str, threading.Lock] = {}
_LOCKS_LOCK = threading.Lock()


def _lock_for(path: str) -> threading.Lock:
    with _LOCKS_LOCK:
        return _LOCKS.setdefault(os.path.abspath(path), threading.Lock())


class DeadLetterFile:
    """Appends dead-letter lines to one file, whole lines only, safely from several threads.

    Each line goes out in one unbuffered write under a per-file lock; a write that
    fails or falls short for lack of space is cut off again, so the file never
    holds a partial line.

    Args:
        path: The ``.jsonl`` file (its folder is created).
        opener: Injected by tests to simulate a full disk.
    """

    def __init__(self, path: str, opener: Any = None) -> None:
        self.path = path
        self.written = 0
        os.makedirs(os.path.dirname(os.path.abspath(path)), exist_ok=True)
        self._handle: IO[bytes] = (opener or _open_unbuffered)(path, "ab")

    def append(self, lines: list[str]) -> None:
        """Append lines (each one JSON document).

        Raises:
            DeadLettersFull: the disk is full; the file still holds whole lines only.
        """
        for line in lines:
            data = line.encode("utf-8") + b"\n"
            with _lock_for(self.path):
                start = self._handle.seek(0, os.SEEK_END)
                try:
                    if self._handle.write(data) != len(data):
                        raise OSError(errno.ENOSPC, "short write")
                    self._handle.flush()
                except OSError as exc:
                    if exc.errno != errno.ENOSPC:
                        raise
                    self._cut(start)
                    folder = os.path.dirname(os.path.abspath(self.path))
                    raise DeadLettersFull(
                        errno.ENOSPC,
                        f"no space left on the disk of the dead-letter folder {folder}: {self.written} dead "
                        f"letters kept in {self.path}, the rest not saved (free space and re-run)",
                    ) from exc
            self.written += 1

    def _cut(self, start: int) -> None:
        with contextlib.suppress(OSError):
            self._handle.close()  # a buffered rest cannot be written: it is cut off below
        with open(self.path, "rb+") as handle:
            handle.truncate(start)  # truncating needs no space

    def close(self) -> None:
        """Close the file."""
        if not self._handle.closed:
            self._handle.close()


def _open_unbuffered(path: str, mode: str) -> IO[bytes]:
    return open(path, mode, buffering=0)
