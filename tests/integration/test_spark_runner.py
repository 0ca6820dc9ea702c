"""The batch job on Spark 3.5 ``local[2]`` (Beam's portable runner) writes what the DirectRunner writes.

The Spark job server is started from Maven-resolved jars by deploy/runners/spark/jobserver.py;
the first run on a machine resolves them (about 240 jars). Set
``BANTIN_TEST_SPARK_ENDPOINT=host:port`` to use a job server that is already running.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import SEEDS
from tests.support.runners import run_bounded, vntc_slice, written_ids
from transforms.ids import document_id
from transforms.records import Source
from transforms.sources.files import display_path

pytestmark = [
    pytest.mark.integration,
    # as on Flink: the LOOPBACK worker's data stream is hung up when the job ends (harmless)
    pytest.mark.filterwarnings(
        "ignore:Exception in thread read_grpc_client_inputs:pytest.PytestUnhandledThreadExceptionWarning"
    ),
]

# The 5 seeds take 20-80 s on Spark local[2] here (JVM warm-up dominates); past this something hangs.
PIPELINE_TIMEOUT = 400.0
# 1,000 VNTC articles: 1-3 min on the DirectRunner and 2-8 min on Spark here, more on a loaded machine.
SLICE_TIMEOUT = 1800.0


@pytest.fixture(scope="module")
def spark_endpoint() -> Iterator[str]:
    """``host:port`` of a Spark job server: $BANTIN_TEST_SPARK_ENDPOINT, else one started here."""
    given = os.environ.get("BANTIN_TEST_SPARK_ENDPOINT")
    if given:
        yield given
        return
    if not (shutil.which("mvn") and shutil.which("java")):
        pytest.skip("the Spark job server needs Java and Maven (deploy/local/setup.sh installs them)")
    from deploy.runners.spark.jobserver import start

    server = start("local[2]")
    print(f"Spark job server up in {server.started_in:.1f}s at {server.endpoint}")
    try:
        yield server.endpoint
    finally:
        server.stop()


def on_spark(endpoint: str) -> list[str]:
    """The flags that send a run to the Spark job server at ``endpoint``."""
    return ["--runner=PortableRunner", f"--job_endpoint={endpoint}", "--environment_type=LOOPBACK"]


def test_spark_writes_the_same_documents_as_the_direct_runner(
    es_url: str, es_index: str, other_index: str, spark_endpoint: str, tmp_path: Path
) -> None:
    common = ["--input", str(SEEDS), "--es-url", es_url, "--dead-letter-dir", str(tmp_path)]
    direct_code, direct_time = run_bounded([*common, "--index", es_index], PIPELINE_TIMEOUT)
    spark_code, spark_time = run_bounded(
        [*common, "--index", other_index, *on_spark(spark_endpoint)], PIPELINE_TIMEOUT
    )
    print(f"DirectRunner {direct_time:.1f}s, Spark local[2] {spark_time:.1f}s")
    assert (direct_code, spark_code) == (0, 0)
    direct, spark = written_ids(es_url, es_index), written_ids(es_url, other_index)
    expected = {document_id(Source("file", path=display_path(str(p)))) for p in sorted(SEEDS.glob("*.txt"))}
    assert len(expected) == 5
    assert direct[0] == spark[0] == expected
    assert direct[1] == spark[1] and direct[1]  # the same mention documents
    assert not list(tmp_path.glob("*.jsonl"))  # no dead letters on either runner


@pytest.mark.skipif(
    os.environ.get("BANTIN_TEST_SPARK_SLICE") != "1",
    reason="1,000 articles on Spark take minutes: set BANTIN_TEST_SPARK_SLICE=1 (docs/performance.md)",
)
def test_spark_1000_vntc_articles_as_the_direct_runner(
    es_url: str, es_index: str, other_index: str, spark_endpoint: str, tmp_path: Path
) -> None:
    path = vntc_slice(tmp_path, 1000, copies=False)
    common = ["--input", str(path), "--es-url", es_url, "--progress-interval", "0"]
    direct_code, direct_time = run_bounded(
        [*common, "--index", es_index, "--dead-letter-dir", str(tmp_path / "d1")], SLICE_TIMEOUT
    )
    spark_argv = [*common, "--index", other_index, "--dead-letter-dir", str(tmp_path / "d2")]
    spark_code, spark_time = run_bounded([*spark_argv, *on_spark(spark_endpoint)], SLICE_TIMEOUT)
    print(f"1,000 VNTC articles: DirectRunner {direct_time:.1f}s, Spark local[2] {spark_time:.1f}s")
    assert (direct_code, spark_code) == (0, 0)
    direct, spark = written_ids(es_url, es_index), written_ids(es_url, other_index)
    assert len(direct[0]) == 1000 and direct[1]
    assert direct == spark  # the same article ids and the same mention ids
