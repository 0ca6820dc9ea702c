"""Beam step that saves dead letters to a local JSON-lines file, whole lines, disk-full aware.

A full disk does not stop the run: the lines that fit stay readable, the rest are
counted (``dead_letters_unsaved``) and the job's summary says so in one line
naming the folder. (Remote folders, ``gs://`` and the like, go through Beam's text
sink instead: see :func:`is_local`.)
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from typing import Any

import apache_beam as beam

from transforms.deadletters import DeadLetterFile, DeadLettersFull
from transforms.steps import counter

log = logging.getLogger(__name__)


def is_local(path: str) -> bool:
    """True for a path on this machine's file system (not ``scheme://``)."""
    return "://" not in path


class AppendDeadLetters(beam.DoFn):
    """Dead-letter lines -> appended to ``path``; nothing is output.

    Args:
        path: The ``.jsonl`` file.
        echo: Also log each line (a warning; the streaming job does).
    """

    def __init__(self, path: str, echo: bool = False) -> None:
        self.path = path
        self.echo = echo
        self.saved = counter("dead_letters")
        self.unsaved = counter("dead_letters_unsaved")

    def setup(self) -> None:
        self.file: DeadLetterFile | None = None
        self.full = False

    def process(self, line: str) -> Iterator[Any]:
        if self.echo:
            log.warning("failed: %s", line)
        if self.full:
            self.unsaved.inc()
            return iter(())
        try:
            if self.file is None:
                self.file = DeadLetterFile(self.path)
            self.file.append([line])
            self.saved.inc()
        except DeadLettersFull as exc:
            self.full = True
            self.unsaved.inc()
            log.info("%s", exc)
        return iter(())

    def teardown(self) -> None:
        if getattr(self, "file", None) is not None:
            self.file.close()  # type: ignore[union-attr]
