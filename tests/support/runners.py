"""Running the batch job under a time bound, and reading back what a run wrote."""

from __future__ import annotations

import gzip
import json
import signal
import time
from pathlib import Path
from typing import Any

import pytest
from elasticsearch.helpers import scan

from pipelines.batch import run
from tests.conftest import shared_path
from transforms.es.client import EsSettings
from transforms.es.indices import alias_for

VNTC = ("corpora", "vntc-politics", "vntc-chinh-tri-xa-hoi-test.jsonl.gz")


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


def vntc_slice(tmp_path: Path, count: int, copies: bool) -> Path:
    """The first ``count`` VNTC texts (gzip), with two copies of earlier texts far down and a bad line."""
    with gzip.open(shared_path(*VNTC), "rt", encoding="utf-8") as handle:
        lines = [next(handle) for _ in range(count)]
    if copies:
        for n, at in ((2, count - 5), (count // 2, count - 1)):
            record = json.loads(lines[n])
            record["id"] = f"copy-of-{record['id']}"
            lines.insert(at, json.dumps(record, ensure_ascii=False) + "\n")
        lines.insert(count // 3, "not a record\n")
    path = tmp_path / f"vntc-{count}.jsonl.gz"
    path.write_bytes(gzip.compress("".join(lines).encode("utf-8")))
    return path
