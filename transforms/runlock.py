"""A lock file so that two scheduled runs of one job never overlap."""

from __future__ import annotations

import fcntl
import os
from types import TracebackType
from typing import IO

EXIT_LOCKED = 75  # EX_TEMPFAIL: schedulers (systemd, cron wrappers) treat it as "try later"


class RunLocked(RuntimeError):
    """Another run holds the lock."""


class RunLock:
    """``with RunLock(path):`` holds an exclusive, non-blocking ``flock`` for the run.

    The lock dies with the process, so a crashed run never leaves a stale lock.
    """

    def __init__(self, path: str) -> None:
        self.path = path
        self.handle: IO[str] | None = None

    def __enter__(self) -> RunLock:
        os.makedirs(os.path.dirname(os.path.abspath(self.path)), exist_ok=True)
        handle = open(self.path, "a+", encoding="utf-8")
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError as exc:
            handle.seek(0)
            holder = handle.read().strip() or "unknown"
            handle.close()
            raise RunLocked(f"another run holds {self.path} (pid {holder})") from exc
        handle.seek(0)
        handle.truncate()
        handle.write(str(os.getpid()))
        handle.flush()
        self.handle = handle
        return self

    def __exit__(
        self, kind: type[BaseException] | None, value: BaseException | None, tb: TracebackType | None
    ) -> None:
        if self.handle is not None:
            fcntl.flock(self.handle, fcntl.LOCK_UN)
            self.handle.close()
            self.handle = None
