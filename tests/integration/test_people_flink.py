"""People resolution on Apache Flink (Beam's portable runner) writes what the DirectRunner writes."""

from __future__ import annotations

import signal
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from pipelines.batch import run
from pipelines.people import people_alias, resolve
from tests.conftest import SEEDS
from tests.integration.test_flink_runner import PIPELINE_TIMEOUT, job_endpoint  # noqa: F401 (fixture)
from tests.support.es import drop_templates, indexed_docs, run_argv
from transforms.es.client import EsSettings
from transforms.es.indices import alias_for

pytestmark = [
    pytest.mark.integration,
    pytest.mark.filterwarnings(
        "ignore:Exception in thread read_grpc_client_inputs:pytest.PytestUnhandledThreadExceptionWarning"
    ),
]


@pytest.fixture()
def people_cleanup(es_url: str, es_index: str) -> Iterator[None]:
    yield
    drop_templates(es_url, people_alias(es_index))


def _people(es_url: str, alias: str) -> dict[str, dict[str, Any]]:
    docs = indexed_docs(es_url, people_alias(alias))
    return {k: {f: v for f, v in d.items() if f != "resolved_at"} for k, d in docs.items()}


def test_resolution_on_flink_matches_the_direct_runner(
    es_url: str,
    es_index: str,
    job_endpoint: str,  # noqa: F811 (the fixture imported above)
    tmp_path: Path,
    people_cleanup: None,
) -> None:
    assert run(run_argv(SEEDS, es_url, es_index, tmp_path)) == 0  # DirectRunner: ingest + resolution
    direct = _people(es_url, es_index)
    links = {k: m.get("person_id") for k, m in indexed_docs(es_url, alias_for(es_index, "mentions")).items()}
    assert direct and any(links.values())
    client = EsSettings(url=es_url).client()
    try:  # forget the people, resolve again on Flink
        client.indices.delete(index=f"{people_alias(es_index)}*")
    finally:
        client.close()

    def on_alarm(signum: int, frame: object) -> None:
        raise TimeoutError

    previous = signal.signal(signal.SIGALRM, on_alarm)
    signal.setitimer(signal.ITIMER_REAL, PIPELINE_TIMEOUT)
    try:
        code = resolve(
            [
                "--es-url",
                es_url,
                "--index",
                es_index,
                "--runner=PortableRunner",
                f"--job_endpoint={job_endpoint}",
                "--environment_type=LOOPBACK",
            ]
        )
    except TimeoutError:
        pytest.fail(f"the resolution did not finish within {PIPELINE_TIMEOUT:.0f}s")
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
    assert code == 0
    assert _people(es_url, es_index) == direct
    assert {
        k: m.get("person_id") for k, m in indexed_docs(es_url, alias_for(es_index, "mentions")).items()
    } == links
