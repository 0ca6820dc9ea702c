"""The sink against the real Elasticsearch under faults: rejections, 429s, an outage, credentials."""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import apache_beam as beam
import pytest
from apache_beam.options.pipeline_options import PipelineOptions
from apache_beam.testing.test_pipeline import TestPipeline
from apache_beam.testing.util import assert_that, equal_to

from pipelines.batch import run
from pipelines.replay import replay
from tests.conftest import SEEDS
from tests.support.es import indexed_docs, own_node
from tests.support.esproxy import EsProxy
from transforms.article import build_article
from transforms.es.bulk import SinkSettings
from transforms.es.client import EsSettings
from transforms.es.indices import ensure_articles_index
from transforms.records import RawDocument
from transforms.sources.files import display_path
from transforms.steps.read import read_inputs
from transforms.steps.write import WriteToElasticsearch

pytestmark = pytest.mark.integration


def _seed_articles() -> list:  # type: ignore[type-arg]
    docs = [d for p in sorted(SEEDS.glob("*.txt")) for d in read_inputs(display_path(str(p)), 10_000_000)]
    return [build_article(d) for d in docs if isinstance(d, RawDocument)]


def test_a_document_the_mapping_rejects_is_dead_lettered_and_its_batch_written(
    es_url: str, es_index: str
) -> None:
    client = EsSettings(url=es_url).client()
    ensure_articles_index(client, es_index)
    client.close()
    articles = _seed_articles()
    bad = replace(articles[0], id="bad-date", published="not a date")
    with TestPipeline(options=PipelineOptions([])) as p:
        result = (
            p
            | "Articles" >> beam.Create([*articles, bad])
            | "Write" >> WriteToElasticsearch(SinkSettings(EsSettings(url=es_url), es_index, batch_size=100))
        )
        assert_that(result.written, equal_to([a.id for a in articles]), label="WrittenIds")
        reasons = result.failed | beam.Map(
            lambda f: (f.payload["action"]["_id"], f.stage, f.reason, f.status)
        )
        assert_that(reasons, equal_to([("bad-date", "write", "mapping", 400)]), label="Rejected")
    assert len(indexed_docs(es_url, es_index)) == 5


def test_429_answers_are_retried_until_written(es_url: str, es_index: str, tmp_path: Path) -> None:
    with EsProxy(es_url) as proxy:
        proxy.reject_bulks = 3
        argv = [
            "--input", str(SEEDS), "--es-url", proxy.url, "--index", es_index,
            "--es-backoff", "0.05", "--es-max-retries", "5", "--dead-letter-dir", str(tmp_path),
            "--no-people",  # the sink's bulks only, not the people resolution's
        ]  # fmt: skip
        assert run(argv) == 0
        assert proxy.rejected == 3
        assert proxy.bulks == 4  # three 429s, then the batch went through
    assert len(indexed_docs(es_url, es_index)) == 5


@pytest.fixture()
def outage_node() -> Iterator[object]:
    """A node of its own (own name, data and free port), so that stopping it leaves every other node alone."""
    with own_node("test-outage") as cluster:
        yield cluster


def test_outage_mid_run_dead_letters_then_replay_restores_exactly_the_documents(
    outage_node: object, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from deploy.local.cluster import LocalCluster, down, up

    cluster = outage_node
    assert isinstance(cluster, LocalCluster)
    secret = "s3cret-Passw0rd"
    monkeypatch.setenv("BANTIN_ES_USERNAME", "elastic")
    monkeypatch.setenv("BANTIN_ES_PASSWORD", secret)
    alias = f"outage-{uuid.uuid4().hex[:8]}"
    dead = tmp_path / "dead"
    with EsProxy(cluster.url) as proxy:
        # after the second single-document bulk has been written, the real node is stopped
        def stop_after_two(n: int) -> None:
            if n == 2:
                down(cluster)

        proxy.after_bulk = stop_after_two
        argv = [
            "--input", str(SEEDS), "--es-url", proxy.url, "--index", alias,
            "--batch-size", "1", "--no-mentions",
            "--es-backoff", "0.05", "--es-max-retries", "2", "--dead-letter-dir", str(dead),
        ]  # fmt: skip
        code = run(argv)
        assert proxy.auth_headers and all(h.startswith("Basic ") for h in proxy.auth_headers)
    captured = capsys.readouterr()
    assert code == 1
    assert "wrote 2, failed 3" in captured.out
    assert captured.out.count("failed [write/retries_exhausted]") == 3
    letters_file = next(dead.glob("*.jsonl"))
    letters = [json.loads(line) for line in letters_file.read_text(encoding="utf-8").splitlines()]
    assert len(letters) == 3 and all(d["reason"] == "retries_exhausted" for d in letters)
    assert secret not in captured.out + captured.err + letters_file.read_text(encoding="utf-8")

    up(cluster, heap="384m")
    assert len(indexed_docs(cluster.url, alias)) == 2
    assert replay([str(letters_file)], es_url=cluster.url) == 0
    assert replay([str(letters_file)], es_url=cluster.url) == 0  # twice: still no duplicates
    assert len(indexed_docs(cluster.url, alias)) == 5
    assert (
        run(
            ["--input", str(SEEDS), "--es-url", cluster.url, "--index", alias, "--dead-letter-dir", str(dead)]
        )
        == 0
    )
    assert len(indexed_docs(cluster.url, alias)) == 5
    out = capsys.readouterr().out
    assert "replayed 3 writes: written 3, failed 0" in out
    assert secret not in out


def test_two_actions_with_one_id_in_a_batch_give_two_results(es_url: str, es_index: str) -> None:
    # the writer keyed pending actions by _id: the first of two actions with one id vanished
    from transforms.es.bulk import BulkWriter
    from transforms.es.documents import index_action

    first, second = _seed_articles()[:2]
    client = EsSettings(url=es_url).client()
    try:
        index = ensure_articles_index(client, es_index)
        actions = [index_action(first, index), index_action(replace(second, id=first.id), index)]
        results = list(BulkWriter(client).write_all(actions))
    finally:
        client.close()
    assert [(r.ok, r.id) for r in results] == [(True, first.id), (True, first.id)]
    (doc,) = indexed_docs(es_url, es_index).values()
    assert doc["body"] == second.body  # the later write overwrote the first, both accounted for
