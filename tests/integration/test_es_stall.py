"""A cluster that stalls mid-run (issue 12): SIGSTOP on a node of this test's own, past the client timeout.

Every Elasticsearch call of the write path (dedup lookups, bulk writes, index checks)
retries with the run's backoff and then routes the affected articles to dead
letters: the run ends with a summary, not a traceback; every article is written or
dead-lettered; a replay plus a re-run leave exactly one document per article.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import ROOT, SEEDS
from tests.support.es import indexed_docs, own_node
from transforms.es.client import EsSettings
from transforms.ids import document_id
from transforms.records import Source
from transforms.sources.files import display_path

pytestmark = pytest.mark.integration

ARTICLES = 700
PAUSE_S = 12.0  # longer than the whole retry budget below (3 attempts of 2 s plus ~1 s of waits)


@pytest.fixture()
def pause_node() -> Iterator[object]:
    """A node of its own (own name, data and free port): pausing it leaves every other node alone."""
    with own_node("pause") as cluster:
        yield cluster


def _archive(path: Path) -> list[str]:
    """A JSON-lines archive of distinct articles; returns their document ids."""
    texts = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]
    with path.open("w", encoding="utf-8") as out:
        for n in range(ARTICLES):
            text = f"Bản tin số {n} của ngày hôm nay.\n\n{texts[n % len(texts)]}\n\nMã bài {n}."
            out.write(json.dumps({"id": f"a{n}", "text": text}, ensure_ascii=False) + "\n")
    return [document_id(Source("file", path=f"{display_path(str(path))}#a{n}")) for n in range(ARTICLES)]


def _count(url: str, alias: str) -> int:
    client = EsSettings(url=url, request_timeout=2).client()
    try:
        return int(client.options(ignore_status=404).count(index=alias).body.get("count", 0))
    except Exception:
        return 0
    finally:
        client.close()


def test_a_node_paused_past_the_client_timeout_loses_nothing(pause_node: object, tmp_path: Path) -> None:
    from deploy.local.cluster import LocalCluster, running_pid

    cluster = pause_node
    assert isinstance(cluster, LocalCluster)
    archive = tmp_path / "archive.jsonl"
    expected = set(_archive(archive))
    alias = f"pause-{uuid.uuid4().hex[:8]}"
    dead = tmp_path / "dead"
    argv = [
        sys.executable, "-m", "pipelines.cli", "run", "--input", str(archive), "--es-url", cluster.url,
        "--index", alias, "--dead-letter-dir", str(dead), "--progress-interval", "0", "--batch-size", "40",
        "--es-timeout", "2", "--es-max-retries", "2", "--es-backoff", "0.2", "--es-max-backoff", "0.5",
    ]  # fmt: skip
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    job = subprocess.Popen(argv, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    pid = running_pid(cluster)
    assert pid is not None
    paused = False
    try:
        deadline = time.monotonic() + 300
        while job.poll() is None and time.monotonic() < deadline and _count(cluster.url, alias) == 0:
            time.sleep(0.2)
        assert job.poll() is None, "the run ended before the node could be paused"
        os.kill(pid, signal.SIGSTOP)
        paused = True
        time.sleep(PAUSE_S)
    finally:
        if paused:
            os.kill(pid, signal.SIGCONT)
        out, err = job.communicate(timeout=600)
    assert "Traceback" not in err, err
    assert job.returncode == 1, out + err  # some articles failed, and the run says so
    letters_file = next(dead.glob("*.jsonl"))
    letters = [json.loads(line) for line in letters_file.read_text(encoding="utf-8").splitlines()]
    assert letters and {d["reason"] for d in letters} <= {"es_unavailable", "retries_exhausted"}
    lettered = {document_id(Source(**d["source"])) for d in letters}
    written = set(indexed_docs(cluster.url, alias))
    assert written | lettered == expected  # every article is written or dead-lettered
    assert f"failed {len(letters)}" in out

    from pipelines.replay import replay

    assert replay([str(letters_file)], es_url=cluster.url) == 0
    rerun = subprocess.run(argv, cwd=ROOT, env=env, capture_output=True, text=True, timeout=600)
    assert rerun.returncode == 0, rerun.stdout + rerun.stderr
    assert set(indexed_docs(cluster.url, alias)) == expected  # exactly one document per article
