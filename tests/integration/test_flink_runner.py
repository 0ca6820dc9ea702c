"""The batch job on Apache Flink (Beam's portable runner) writes what the DirectRunner writes.

The Flink job server is started from Maven-resolved jars by deploy/runners/flink/jobserver.py
(embedded Flink 1.19); the first run on a machine resolves them (about 160 jars, ~20 s).
Set ``BANTIN_TEST_FLINK_ENDPOINT=host:port`` to use a job server that is already running.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import SEEDS
from tests.support.es import indexed_docs
from tests.support.runners import run_bounded
from transforms.es.indices import alias_for
from transforms.ids import document_id
from transforms.records import Source
from transforms.sources.files import display_path

pytestmark = [
    pytest.mark.integration,
    # When Flink releases an SDK environment it hangs up the data stream of the LOOPBACK worker
    # (in this process); Beam's reader thread then dies with CANCELLED "Multiplexer hanging up".
    # Harmless: the job has finished, and the assertions check what it wrote.
    pytest.mark.filterwarnings(
        "ignore:Exception in thread read_grpc_client_inputs:pytest.PytestUnhandledThreadExceptionWarning"
    ),
]

# A run of the 5 seeds takes ~15 s on Flink; past this something hangs (the test then fails).
PIPELINE_TIMEOUT = 300.0


@pytest.fixture(scope="module")
def job_endpoint() -> Iterator[str]:
    """``host:port`` of a Flink job server: $BANTIN_TEST_FLINK_ENDPOINT, else one started here."""
    given = os.environ.get("BANTIN_TEST_FLINK_ENDPOINT")
    if given:
        yield given
        return
    from deploy.runners.flink.jobserver import start

    server = start()
    print(f"Flink job server up in {server.started_in:.1f}s at {server.endpoint}")
    try:
        yield server.endpoint
    finally:
        server.stop()


def test_flink_writes_the_same_documents_as_the_direct_runner(
    es_url: str, es_index: str, other_index: str, job_endpoint: str, tmp_path: Path
) -> None:
    common = ["--input", str(SEEDS), "--es-url", es_url, "--dead-letter-dir", str(tmp_path)]
    direct_code, direct_time = run_bounded([*common, "--index", es_index], PIPELINE_TIMEOUT)
    flink_code, flink_time = run_bounded(
        [
            *common,
            "--index",
            other_index,
            "--runner=PortableRunner",
            f"--job_endpoint={job_endpoint}",
            "--environment_type=LOOPBACK",
        ],
        PIPELINE_TIMEOUT,
    )
    print(f"DirectRunner {direct_time:.1f}s, Flink {flink_time:.1f}s")
    assert (direct_code, flink_code) == (0, 0)

    direct, flink = set(indexed_docs(es_url, es_index)), set(indexed_docs(es_url, other_index))
    expected = {document_id(Source("file", path=display_path(str(p)))) for p in sorted(SEEDS.glob("*.txt"))}
    assert len(expected) == 5
    assert direct == flink == expected
    # the entity-centric mentions index too: same documents, whatever the extractor finds
    assert set(indexed_docs(es_url, alias_for(es_index, "mentions"))) == set(
        indexed_docs(es_url, alias_for(other_index, "mentions"))
    )
    assert not list(tmp_path.glob("*.jsonl"))  # no dead letters on either runner


def test_beams_flink_runner_runs_with_the_launcher_jar(es_url: str, es_index: str, tmp_path: Path) -> None:
    """``--runner=FlinkRunner`` starts (and stops) its own job server from ``launcher_jar()``."""
    from deploy.runners.flink.jobserver import launcher_jar

    argv = [
        "--input",
        str(SEEDS),
        "--es-url",
        es_url,
        "--index",
        es_index,
        "--dead-letter-dir",
        str(tmp_path),
        "--runner=FlinkRunner",
        "--flink_master=[local]",
        f"--flink_job_server_jar={launcher_jar()}",
        "--environment_type=LOOPBACK",
    ]
    code, elapsed = run_bounded(argv, PIPELINE_TIMEOUT)
    print(f"FlinkRunner (job server started by Beam) {elapsed:.1f}s")
    assert code == 0
    expected = {document_id(Source("file", path=display_path(str(p)))) for p in sorted(SEEDS.glob("*.txt"))}
    assert set(indexed_docs(es_url, es_index)) == expected
