"""Running the batch job under a time bound, and reading back what a run wrote."""

from __future__ import annotations

import signal
import time
from typing import Any

import pytest
from elasticsearch.helpers import scan

from pipelines.batch import run
from transforms.es.client import EsSettings
from transforms.es.indices import alias_for


class _TimedOut(Exception):
    pass


def run_bounded(argv: list[str], timeout: float) -> tuple[int, float]:
    """``run(argv)`` under an alarm (a hung job fails the test instead of blocking CI); (exit code, seconds).

    In the main thread: Beam's runners install signal handlers when they start a job server.
    """

    def on_alarm(signum: int, frame: object) -> None:
        raise _TimedOut

    previous = signal.signal(signal.SIGALRM, on_alarm)
    signal.setitimer(signal.ITIMER_REAL, timeout)
    started = time.monotonic()
    try:
        code = run(argv)
    except _TimedOut:
        pytest.fail(f"the pipeline did not finish within {timeout:.0f}s")
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
    return code, time.monotonic() - started


def _ids(client: Any, alias: str) -> set[str]:
    if not client.indices.exists_alias(name=alias):
        return set()
    client.indices.refresh(index=alias)
    return {
        hit["_id"] for hit in scan(client, index=alias, query={"query": {"match_all": {}}}, _source=False)
    }


def written_ids(es_url: str, alias: str) -> tuple[set[str], set[str]]:
    """The article ids and the mention ids under ``alias`` (all of them: scrolled, no 10,000 cap)."""
    client = EsSettings(url=es_url).client()
    try:
        return _ids(client, alias), _ids(client, alias_for(alias, "mentions"))
    finally:
        client.close()
